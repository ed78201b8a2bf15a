// float arithmetic with Python's semantics (floored division and modulo, pow rules).

import { overflowError, zeroDivision } from "../errors.ts";
import { type Py, PyComplex, PyFloat } from "./model.ts";

/** x % y with the sign of y. */
export function floatMod(x: number, y: number): number {
  if (y === 0) zeroDivision("float modulo");
  let mod = x % y;
  if (mod) {
    if ((y < 0) !== (mod < 0)) mod += y;
  } else mod = y < 0 ? -0 : 0;
  return mod;
}

/** x // y (floor). */
export function floatFloorDiv(x: number, y: number): number {
  if (y === 0) zeroDivision("float floor division by zero");
  return floatDivmod(x, y)[0];
}

export function floatDivmod(x: number, y: number): [number, number] {
  if (y === 0) zeroDivision("float divmod()");
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod) {
    if ((y < 0) !== (mod < 0)) {
      mod += y;
      div -= 1;
    }
  } else mod = y < 0 ? -0 : 0;
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else floordiv = (x / y) < 0 ? -0 : 0;
  return [floordiv, mod];
}

/** x ** y for floats; a negative base with a fractional exponent gives a complex. */
export function floatPow(x: number, y: number): Py {
  if (x === 0 && y < 0) zeroDivision("0.0 cannot be raised to a negative power");
  if (x < 0 && !Number.isInteger(y) && Number.isFinite(y)) {
    const r = Math.pow(-x, y);
    const th = Math.PI * y;
    return new PyComplex(r * Math.cos(th), r * Math.sin(th));
  }
  const r = Math.pow(x, y);
  if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) overflowError("(34, 'Numerical result out of range')");
  if (x === 1 || (y === 0)) return new PyFloat(1);
  return new PyFloat(r);
}
