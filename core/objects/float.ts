// float arithmetic with Python's semantics (floored division and modulo, pow rules), and
// float.fromhex.

import { overflowError, rangeError, valueError, zeroDivision } from "../errors.ts";
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

/**
 * sqrt(x*x + y*y) without undue overflow or underflow, as the C library's `hypot` computes it
 * (CPython's `abs()` of a complex and complex `**` call it). `Math.hypot` is not that function and
 * differs from it in the last bit for many arguments (abs(2+3j)). This is the algorithm glibc
 * (2.35 and later, without FMA, as on x86-64) uses, after C. F. Borges, "An Improved Algorithm
 * for hypot(a,b)" (arXiv:1904.09481): a square root of the rounded sum of squares, then one
 * correction step from the exactly-known error of the squares. Its error is under 0.8 ulp (it is
 * not always correctly rounded), and it gives CPython's results bit for bit.
 * hypot(3, 4) === 5; hypot(Infinity, NaN) === Infinity
 */
export function hypot(x: number, y: number): number {
  if (x - x !== 0 || y - y !== 0) { // an infinity or a NaN
    if (x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return Infinity;
    return x + y;
  }
  x = Math.abs(x);
  y = Math.abs(y);
  const ax = x < y ? y : x, ay = x < y ? x : y;
  if (ax > HYPOT_LARGE) { // scale down so the squares do not overflow
    if (ay <= ax * HYPOT_EPS) return ax + ay;
    return hypotKernel(ax * HYPOT_SCALE, ay * HYPOT_SCALE) / HYPOT_SCALE;
  }
  if (ay < HYPOT_TINY) { // scale up so the squares do not underflow
    if (ax >= ay / HYPOT_EPS) return ax + ay;
    return hypotKernel(ax / HYPOT_SCALE, ay / HYPOT_SCALE) * HYPOT_SCALE;
  }
  if (ay <= ax * HYPOT_EPS) return ax + ay;
  return hypotKernel(ax, ay);
}

const HYPOT_SCALE = 2 ** -600, HYPOT_LARGE = 2 ** 511, HYPOT_TINY = 2 ** -459, HYPOT_EPS = 2 ** -54;

/** hypot of ax >= ay >= 0 whose squares (and that of ax - ay) neither overflow nor underflow. */
function hypotKernel(ax: number, ay: number): number {
  let h = Math.sqrt(ax * ax + ay * ay), t1: number, t2: number;
  if (h <= 2 * ay) {
    const delta = h - ay;
    t1 = ax * (2 * delta - ax);
    t2 = (delta - 2 * (ax - ay)) * delta;
  } else {
    const delta = h - ax;
    t1 = 2 * delta * (ax - 2 * ay);
    t2 = (4 * delta - ay) * ay + delta * delta;
  }
  h -= (t1 + t2) / (2 * h);
  return h;
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
  rangeError();
}

// [sign] (inf | infinity | nan | [0x] hexdigits [. hexdigits] [p [sign] decimal digits]), with ASCII
// whitespace around it (CPython's Py_ISSPACE) and case ignored
const HEX_FLOAT =
  /^[ \t\n\v\f\r]*([+-]?)(?:(inf|infinity|nan)|(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?[0-9]+))?)[ \t\n\v\f\r]*$/i;

/**
 * float.fromhex(s): the hexadecimal string's value rounded to the nearest double, ties to even
 * (subnormals included), as CPython's float_fromhex. ValueError "invalid hexadecimal
 * floating-point string"; OverflowError "hexadecimal value too large to represent as a float".
 *
 * @example
 * floatFromHex("0x1.8p1");  // 3
 * floatFromHex("0x1.000000000000081p0");  // 1.0000000000000002
 */
export function floatFromHex(s: string): number {
  const m = HEX_FLOAT.exec(s);
  if (m === null) return valueError("invalid hexadecimal floating-point string");
  const neg = m[1] === "-";
  if (m[2] !== undefined) return m[2].toLowerCase() === "nan" ? NaN : neg ? -Infinity : Infinity;
  const whole = m[3] ?? "", frac = m[4] ?? "";
  if (whole === "" && frac === "") valueError("invalid hexadecimal floating-point string");
  const digits = (whole + frac).replace(/^0+/, "");
  if (digits === "") return neg ? -0 : 0;
  // value = mant * 2^exp, with 2^(top-1) <= value < 2^top
  const mant = BigInt("0x" + digits);
  const bits = 4 * (digits.length - 1) + (32 - Math.clz32(parseInt(digits[0], 16)));
  const exp = BigInt(m[5] ?? "0") - 4n * BigInt(frac.length);
  const top = exp + BigInt(bits);
  if (top > 1024n) tooLarge();
  if (top < -1074n) return neg ? -0 : 0; // below half the smallest subnormal
  // keep 53 significant bits, and no bit below 2^-1074; round the dropped ones half to even
  const e = Number(exp);
  const shift = Math.max(bits - 53, -1074 - e);
  let q = mant, k = e;
  if (shift > 0) {
    const sh = BigInt(shift);
    q = mant >> sh;
    const rest = mant & ((1n << sh) - 1n), half = 1n << (sh - 1n);
    if (rest > half || (rest === half && (q & 1n) === 1n)) q++;
    k = e + shift;
  }
  if (q === 0n) return neg ? -0 : 0;
  if (q.toString(2).length + k > 1024) tooLarge();
  const v = Number(q) * 2 ** k; // exact: q < 2^54 and the result is representable
  return neg ? -v : v;
}

function tooLarge(): never {
  return overflowError("hexadecimal value too large to represent as a float");
}
