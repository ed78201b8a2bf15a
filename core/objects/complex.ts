// complex numbers (a small subset: arithmetic, abs, equality, repr).

import { overflowError, zeroDivision } from "../errors.ts";
import { NotImplemented, type Py, PyComplex, PyFloat } from "./model.ts";
import { hypot } from "./float.ts";

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
      if (br === 0 && bi === 0) zeroDivision("complex division by zero");
      const [r, i] = quot(ar, ai, br, bi);
      return new PyComplex(r, i);
    }
    case 6: {
      let r: number, i: number;
      if (bi === 0 && br === Math.floor(br) && Math.abs(br) <= 100) {
        // small integral exponents by repeated multiplication, as CPython does (exact for (3+4j)**2)
        if (br >= 0) [r, i] = powu(ar, ai, br);
        else {
          const [pr, pi] = powu(ar, ai, -br);
          if (pr === 0 && pi === 0) zeroDivision("0.0 to a negative or complex power");
          [r, i] = quot(1, 0, pr, pi);
        }
      } else {
        if (ar === 0 && ai === 0) {
          if (bi !== 0 || br < 0) zeroDivision("0.0 to a negative or complex power");
          return new PyComplex(0, 0);
        }
        const vabs = hypot(ar, ai), at = Math.atan2(ai, ar);
        let len = Math.pow(vabs, br), phase = at * br;
        if (bi !== 0) {
          len /= Math.exp(at * bi);
          phase += bi * Math.log(vabs);
        }
        // cos and sin of an infinite phase are domain errors in C's libm (errno EDOM), which CPython
        // reports as this ZeroDivisionError (inf ** 1j, 2 ** infj, -1 ** complex(inf, 0))
        if (phase === Infinity || phase === -Infinity) zeroDivision("0.0 to a negative or complex power");
        r = len * Math.cos(phase);
        i = len * Math.sin(phase);
      }
      // an infinite part is an overflow (a NaN part is not: CPython's _Py_ADJUST_ERANGE2)
      if (Math.abs(r) === Infinity || Math.abs(i) === Infinity) overflowError("complex exponentiation");
      return new PyComplex(r, i);
    }
  }
  return NotImplemented;
}

/** a / b for complex numbers by CPython's scaled algorithm (_Py_c_quot); b is not zero. */
function quot(ar: number, ai: number, br: number, bi: number): [number, number] {
  const abr = Math.abs(br), abi = Math.abs(bi);
  if (abr >= abi) {
    const ratio = bi / br, denom = br + bi * ratio;
    return [(ar + ai * ratio) / denom, (ai - ar * ratio) / denom];
  }
  if (abi >= abr) {
    const ratio = br / bi, denom = br * ratio + bi;
    return [(ar * ratio + ai) / denom, (ai * ratio - ar) / denom];
  }
  return [NaN, NaN];
}

/** x ** n for an integral 0 <= n <= 100 by repeated squaring (CPython's c_powu). */
function powu(xr: number, xi: number, n: number): [number, number] {
  let rr = 1, ri = 0, pr = xr, pi = xi;
  for (let mask = 1; n >= mask; mask <<= 1) {
    if (n & mask) [rr, ri] = [rr * pr - ri * pi, rr * pi + ri * pr];
    [pr, pi] = [pr * pr - pi * pi, pr * pi + pi * pr];
  }
  return [rr, ri];
}
