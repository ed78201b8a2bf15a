// float arithmetic with Python's semantics (floored division and modulo, pow rules).

import { overflowError, zeroDivision } from "../errors.ts";
import { type Py, PyComplex, PyFloat } from "./model.ts";

// The tests below are `x !== 0` rather than `if (x)`: C's truth test of a NaN is true, and a NaN
// remainder or quotient (an infinite dividend, a NaN operand) must stay NaN, as in CPython.

/** x % y with the sign of y. */
export function floatMod(x: number, y: number): number {
  if (y === 0) zeroDivision("float modulo");
  let mod = x % y;
  if (mod !== 0) {
    if ((y < 0) !== (mod < 0)) mod += y;
  } else mod = y < 0 ? -0 : 0;
  return mod;
}

/** x // y (floor). */
export function floatFloorDiv(x: number, y: number): number {
  if (y === 0) zeroDivision("float floor division by zero");
  return floatDivmod(x, y)[0];
}

/** divmod(x, y) for floats: CPython's float_divmod, step for step. */
export function floatDivmod(x: number, y: number): [number, number] {
  if (y === 0) zeroDivision("float divmod()");
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod !== 0) {
    if ((y < 0) !== (mod < 0)) {
      mod += y;
      div -= 1;
    }
  } else mod = y < 0 ? -0 : 0;
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    // copysign(0.0, x / y)
    const q = x / y;
    floordiv = q < 0 || (q === 0 && 1 / q < 0) ? -0 : 0;
  }
  return [floordiv, mod];
}

/** x ** y for floats; a negative base with a fractional exponent gives a complex. */
export function floatPow(x: number, y: number): Py {
  const r = Math.pow(x, y);
  // A finite result from Math.pow is CPython's result; only the non-finite ones need sorting out.
  if (r - r === 0) return new PyFloat(r);
  return floatPowSpecial(x, y, r);
}

/** The cases where Math.pow gives a NaN or an infinity: CPython's float_pow special cases. */
function floatPowSpecial(x: number, y: number, r: number): Py {
  if (x !== x) return new PyFloat(x); // nan ** y (y === 0 gave a finite 1)
  if (y !== y) return new PyFloat(x === 1 ? 1 : y); // 1 ** nan is 1
  if (y === Infinity || y === -Infinity) {
    const a = Math.abs(x); // Math.pow(±1, ±inf) is NaN; Python says 1.0
    return new PyFloat(a === 1 ? 1 : (y > 0) === (a > 1) ? Infinity : 0);
  }
  if (x === Infinity || x === -Infinity) return new PyFloat(r);
  if (x === 0) zeroDivision("0.0 cannot be raised to a negative power");
  if (x < 0 && !Number.isInteger(y)) {
    // CPython hands this to complex ** (|x| ** y at angle pi * y)
    const m = Math.pow(-x, y);
    const th = Math.PI * y;
    const re = m * Math.cos(th), im = m * Math.sin(th);
    if (re === Infinity || re === -Infinity || im === Infinity || im === -Infinity) overflowError("complex exponentiation");
    return new PyComplex(re, im);
  }
  overflowError("(34, 'Numerical result out of range')");
}
