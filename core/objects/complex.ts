// complex numbers (a small subset: arithmetic, abs, equality, repr).

import { zeroDivision } from "../errors.ts";
import { NotImplemented, type Py, PyComplex, PyFloat } from "./model.ts";

function parts(v: Py): [number, number] | undefined {
  if (v instanceof PyComplex) return [v.re, v.im];
  if (v instanceof PyFloat) return [v.v, 0];
  switch (typeof v) {
    case "number":
      return [v, 0];
    case "bigint":
      return [Number(v), 0];
    case "boolean":
      return [v ? 1 : 0, 0];
  }
  return undefined;
}

/** Binary op index (see vm/ops.ts) on complex operands. */
export function complexOp(op: number, a: Py, b: Py): Py {
  const x = parts(a), y = parts(b);
  if (x === undefined || y === undefined) return NotImplemented;
  const [ar, ai] = x, [br, bi] = y;
  switch (op) {
    case 0:
      return new PyComplex(ar + br, ai + bi);
    case 1:
      return new PyComplex(ar - br, ai - bi);
    case 2:
      return new PyComplex(ar * br - ai * bi, ar * bi + ai * br);
    case 3: {
      const d = br * br + bi * bi;
      if (d === 0) zeroDivision("complex division by zero");
      return new PyComplex((ar * br + ai * bi) / d, (ai * br - ar * bi) / d);
    }
    case 6: {
      if (br === 0 && bi === 0) return new PyComplex(1, 0);
      if (ar === 0 && ai === 0) {
        if (bi !== 0 || br < 0) zeroDivision("0.0 to a negative or complex power");
        return new PyComplex(0, 0);
      }
      const logr = Math.log(Math.hypot(ar, ai)), th = Math.atan2(ai, ar);
      const mag = Math.exp(logr * br - th * bi), ang = th * br + logr * bi;
      return new PyComplex(mag * Math.cos(ang), mag * Math.sin(ang));
    }
  }
  return NotImplemented;
}
