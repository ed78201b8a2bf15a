// int arithmetic. An int is a JS number while |v| <= 2^53-1 and a bigint beyond, capped at the
// i128 range of the original ([-2^127, 2^127-1]); every bigint result passes through `norm`.
// The VM inlines the number/number fast paths and calls these helpers for everything else.

import { intTooLarge, valueError, zeroDivision } from "../errors.ts";
import type { Py } from "./model.ts";
import { isSpaceCode, lazyRegExp } from "./strrepr.ts";
import { MAX_INT_STR_DIGITS } from "../limits.ts";

export const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const B_MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const B_MIN_SAFE = -B_MAX_SAFE;
const I128_MAX = (1n << 127n) - 1n;
const I128_MIN = -(1n << 127n);

/** Normalise a bigint result: back to a number when safe, OverflowError past the i128 range. */
export function norm(b: bigint): number | bigint {
  // (each bigint comparison is a builtin call: a big positive result, the common case, takes two)
  if (b > B_MAX_SAFE) {
    if (b > I128_MAX) intTooLarge();
    return b;
  }
  if (b >= B_MIN_SAFE) return Number(b);
  if (b < I128_MIN) intTooLarge();
  return b;
}

/** True when a JS integer-valued double is an exact safe int. */
export function isSafe(n: number): boolean {
  return n <= MAX_SAFE && n >= -MAX_SAFE;
}

const BIG_KEYS = new Float64Array(256).fill(NaN);
const BIG_VALS: bigint[] = new Array(256).fill(0n);

export function big(v: number | bigint | boolean): bigint {
  if (typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1n : 0n;
  const i = v & 255;
  if (BIG_KEYS[i] === v) return BIG_VALS[i];
  const b = BigInt(v);
  BIG_KEYS[i] = v;
  BIG_VALS[i] = b;
  return b;
}

/** bool -> number, int unchanged. */
export function intValue(v: number | bigint | boolean): number | bigint {
  return typeof v === "boolean" ? (v ? 1 : 0) : v;
}

export function intAdd(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return norm(big(a) + big(b));
}

export function intSub(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return norm(big(a) - big(b));
}

export function intMul(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r === 0 ? 0 : r; // no -0
  }
  return norm(big(a) * big(b));
}

// Python `%` and `//` for ints held as JS numbers (b !== 0). Unsigned 32-bit operands take a
// path V8 compiles to a machine division; the general case has its own `%` site, so its type
// feedback (doubles, -0) never turns the common case into a floating-point remainder call
// (measured: ~4 ns instead of ~20 ns per operation).

/** `a % b` for number ints, b !== 0. */
export function modNum(a: number, b: number): number {
  const x = a >>> 0, y = b >>> 0;
  if (x === a && y === b) return x % y;
  return modNumSigned(a, b);
}

function modNumSigned(a: number, b: number): number {
  if (a >= 0 && b > 0 && a + b <= 9007199254740992) {
    // Past 32 bits V8 compiles `%` to a call of C's fmod; a floating-point division is faster.
    // Math.floor(a / b) is the quotient or one more (a / b rounded up to the next integer), and
    // every product and difference here is an exact integer below 2^53.
    const r = a - Math.floor(a / b) * b;
    return r < 0 ? r + b : r;
  }
  let r = a % b;
  if (r !== 0 && (r < 0) !== (b < 0)) r += b;
  return r + 0;
}

/** `a // b` for number ints, b !== 0. */
export function floorDivNum(a: number, b: number): number {
  const x = a >>> 0, y = b >>> 0;
  if (x === a && y === b) return (x / y) >>> 0;
  return floorDivNumSigned(a, b);
}

function floorDivNumSigned(a: number, b: number): number {
  if (a >= 0 && b > 0 && a + b <= 9007199254740992) {
    const q = Math.floor(a / b); // (see modNumSigned)
    return (a - q * b < 0 ? q - 1 : q) + 0; // (no -0)
  }
  const r = a % b;
  let q = (a - r) / b;
  if (r !== 0 && (r < 0) !== (b < 0)) q -= 1;
  return q + 0;
}

/** Floor division (Python semantics). */
export function intFloorDiv(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) zeroDivision("integer division or modulo by zero");
    return floorDivNum(a, b);
  }
  const A = big(a), B = big(b);
  if (B === 0n) zeroDivision("integer division or modulo by zero");
  let q = A / B;
  // (the signs first: operands of one sign need no second division)
  if ((A < 0n) !== (B < 0n) && A % B !== 0n) q -= 1n;
  return norm(q);
}

/** Modulo with the sign of the divisor (Python semantics). */
export function intMod(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) zeroDivision("integer modulo by zero");
    return modNum(a, b);
  }
  const A = big(a), B = big(b);
  if (B === 0n) zeroDivision("integer modulo by zero");
  let r = A % B;
  if (r < 0n ? B > 0n : B < 0n && r !== 0n) r += B;
  return norm(r);
}

/** int ** int for a non-negative exponent. */
export function intPow(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === "number" && typeof b === "number") {
    // exponentiation by squaring while exact
    let result = 1, base = a, e = b;
    let exact = true;
    while (e > 0) {
      if (e & 1) {
        result *= base;
        if (!(result <= MAX_SAFE && result >= -MAX_SAFE)) {
          exact = false;
          break;
        }
      }
      e = Math.floor(e / 2);
      if (e > 0) {
        base *= base;
        if (!(base <= MAX_SAFE && base >= -MAX_SAFE)) {
          exact = false;
          break;
        }
      }
    }
    if (exact) return result;
  }
  const A = big(a), B = big(b);
  if (A === 0n || A === 1n) return Number(A);
  if (A === -1n) return (B & 1n) ? -1 : 1;
  if (B > 200n) intTooLarge();
  return norm(A ** B);
}

/** pow(a, b, m) with a non-negative or negative (modular inverse) exponent. */
export function intPowMod(a: number | bigint, b: number | bigint, m: number | bigint): number | bigint {
  let M = big(m);
  if (M === 0n) valueError("pow() 3rd argument cannot be 0");
  let A = big(a), E = big(b);
  const neg = M < 0n;
  if (neg) M = -M;
  if (E < 0n) {
    A = modInverse(A, M);
    E = -E;
  }
  let r = 1n % M;
  A = ((A % M) + M) % M;
  while (E > 0n) {
    if (E & 1n) r = (r * A) % M;
    A = (A * A) % M;
    E >>= 1n;
  }
  if (neg && r !== 0n) r -= M;
  return norm(r);
}

function modInverse(a: bigint, m: bigint): bigint {
  let [g, x] = egcd(((a % m) + m) % m, m);
  if (g !== 1n) valueError("base is not invertible for the given modulus");
  return ((x % m) + m) % m;
}

function egcd(a: bigint, b: bigint): [bigint, bigint] {
  let [r0, r1, s0, s1] = [a, b, 1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return [r0, s0];
}

export function intNeg(a: number | bigint): number | bigint {
  if (typeof a === "number") return a === 0 ? 0 : -a;
  return norm(-a);
}

export function intAbs(a: number | bigint): number | bigint {
  if (typeof a === "number") return Math.abs(a);
  return norm(a < 0n ? -a : a);
}

export function intInvert(a: number | bigint): number | bigint {
  if (typeof a === "number") return -a - 1;
  return norm(-a - 1n);
}

/** Bitwise ops; numbers within int32 take the JS fast path. */
export function intAnd(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a & b;
  return norm(big(a) & big(b));
}
export function intOr(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a | b;
  return norm(big(a) | big(b));
}
export function intXor(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a ^ b;
  return norm(big(a) ^ big(b));
}

export function intShl(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof b === "bigint" ? b < 0n : b < 0) valueError("negative shift count");
  if (typeof a === "number" && typeof b === "number") {
    if (a === 0) return 0;
    if (b < 31) {
      const r = a * (1 << b);
      if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
    } else if (b < 53) {
      const r = a * Math.pow(2, b);
      if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
    }
  }
  if (typeof b === "number" ? b > 200 : b > 200n) {
    if (big(a) === 0n) return 0;
    intTooLarge();
  }
  return norm(big(a) << big(b));
}

export function intShr(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof b === "bigint" ? b < 0n : b < 0) valueError("negative shift count");
  if (typeof a === "number" && typeof b === "number") {
    if (b >= 54) return a < 0 ? -1 : 0;
    if ((a | 0) === a && b < 32) return a >> b;
    return Math.floor(a / Math.pow(2, b));
  }
  if (typeof b === "number" ? b > 200 : b > 200n) return big(a) < 0n ? -1 : 0;
  return norm(big(a) >> big(b));
}

/** Three-way compare of two ints. */
export function intCmp(a: number | bigint, b: number | bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** int / int (true division) -> number, correctly rounded for big operands. */
export function intTrueDiv(a: number | bigint, b: number | bigint): number {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) zeroDivision("division by zero");
    return a / b;
  }
  const A = big(a), B = big(b);
  if (B === 0n) zeroDivision("division by zero");
  // exact when both convert exactly; otherwise scale to keep 64+ bits of quotient
  const fa = Number(A), fb = Number(B);
  if (BigInt(fa) === A && BigInt(fb) === B) return fa / fb;
  const neg = (A < 0n) !== (B < 0n);
  const an = A < 0n ? -A : A, bn = B < 0n ? -B : B;
  if (an === 0n) return neg ? -0 : 0;
  // Scale so the integer quotient has 55 or 56 bits, fold the remainder into its lowest bit
  // (sticky), and let the BigInt-to-Number conversion round once, half to even; the power-of-two
  // rescale is then exact (|a|, |b| < 2^127 keeps the result far from the subnormal range).
  const sh = 55 - (bitLength(an) - bitLength(bn));
  let q: bigint, rem: bigint;
  if (sh >= 0) {
    const num = an << BigInt(sh);
    q = num / bn;
    rem = num % bn;
  } else {
    const den = bn << BigInt(-sh);
    q = an / den;
    rem = an % den;
  }
  if (rem !== 0n) q |= 1n;
  const r = Number(q) * 2 ** -sh;
  return neg ? -r : r;
}

/** Convert an int to a float (float(x)); OverflowError past the float range cannot happen below 2^127. */
export function intToFloat(a: number | bigint): number {
  return typeof a === "number" ? a : Number(a);
}

/** Number of bits (int.bit_length). */
export function bitLength(a: number | bigint): number {
  let A = big(a);
  if (A < 0n) A = -A;
  return A === 0n ? 0 : A.toString(2).length;
}

/** Parse an int literal string for int(s, base). Returns undefined when invalid. */
export function parseIntString(s: string, base: number): number | bigint | undefined {
  if (base >= 2 && s.length > 0 && s.length <= 20) {
    // plain digits with an optional sign (and for bases 2, 8 and 16 an optional 0b/0o/0x): no
    // copies, no regexps. Anything else (spaces, underscores, a value past 2^53) is left to the
    // general parse below. (`int(hex(i), 16)` in a loop: 420 -> 103 ms for 300,000.)
    const c0 = s.charCodeAt(0);
    let i = c0 === 45 || c0 === 43 ? 1 : 0, n = 0;
    if (base !== 10 && i + 2 < s.length && s.charCodeAt(i) === 48) {
      const p = s.charCodeAt(i + 1) | 32;
      if ((p === 120 && base === 16) || (p === 111 && base === 8) || (p === 98 && base === 2)) i += 2;
    }
    if (i < s.length) {
      for (; i < s.length; i++) {
        const c = s.charCodeAt(i);
        const d = c <= 57 ? c - 48 : (c | 32) - 87; // (0-9, then a-z and A-Z as 10-35)
        if (d < 0 || d >= base || (c > 57 && (c | 32) < 97)) break;
        n = n * base + d;
      }
      // (each step only grows n, so a value below 2^53 was exact all along)
      if (i === s.length && n <= MAX_SAFE) return c0 === 45 && n !== 0 ? -n : n;
    }
  }
  let t = stripAsciiSpace(numberText(s));
  let neg = false;
  if (t.startsWith("+") || t.startsWith("-")) {
    neg = t[0] === "-";
    t = t.slice(1);
  }
  if (t.length > MAX_INT_STR_DIGITS) checkStrDigits(t, base);
  if (base === 0) {
    const p = t.slice(0, 2).toLowerCase();
    if (p === "0x" || p === "0o" || p === "0b") {
      base = p === "0x" ? 16 : p === "0o" ? 8 : 2;
      t = t.slice(2);
      // (one underscore may follow the prefix; a bare number may not start with one)
      if (t.startsWith("_")) t = t.slice(1);
    } else {
      base = 10;
      if (/^0+[_0]*[1-9]/.test(t)) return undefined;
    }
  } else if (base === 16 || base === 8 || base === 2) {
    const p = t.slice(0, 2).toLowerCase();
    if ((base === 16 && p === "0x") || (base === 8 && p === "0o") || (base === 2 && p === "0b")) {
      t = t.slice(2);
      if (t.startsWith("_")) t = t.slice(1);
    }
  }
  if (t.length === 0 || t.startsWith("_") || t.endsWith("_") || t.includes("__")) return undefined;
  t = t.replace(/_/g, "");
  let r = 0n;
  const B = BigInt(base);
  let small = 0;
  let useSmall = true;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    let d: number;
    if (c >= 48 && c <= 57) d = c - 48;
    else if (c >= 97 && c <= 122) d = c - 87;
    else if (c >= 65 && c <= 90) d = c - 55;
    else return undefined;
    if (d >= base) return undefined;
    if (useSmall) {
      const n = small * base + d;
      if (n <= MAX_SAFE) {
        small = n;
        continue;
      }
      useSmall = false;
      r = BigInt(small);
    }
    r = r * B + BigInt(d);
    if (r > (1n << 140n)) {
      intTooLarge();
    }
  }
  if (useSmall) return neg ? (small === 0 ? 0 : -small) : small;
  return norm(neg ? -r : r);
}

/**
 * CPython's limit on the digits int() converts in a base that is not a power of two: counted over
 * the run of digits and single underscores that starts the text (after the sign), before anything
 * after that run is looked at. A run with a double or trailing underscore is left to the caller's
 * "invalid literal" error, as CPython reports it first.
 */
function checkStrDigits(t: string, base: number): void {
  if (base === 0) {
    const p = t.slice(0, 2).toLowerCase();
    if (p === "0x" || p === "0o" || p === "0b") return;
    base = 10;
  }
  if ((base & (base - 1)) === 0 || t.charCodeAt(0) === 95) return;
  let digits = 0, prev = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 95) {
      if (prev === 95) return;
    } else {
      const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 122 ? c - 87 : c >= 65 && c <= 90 ? c - 55 : 99;
      if (d >= base) break;
      digits++;
    }
    prev = c;
  }
  if (prev === 95) return;
  if (digits > MAX_INT_STR_DIGITS) {
    valueError(
      `Exceeds the limit (${MAX_INT_STR_DIGITS} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
}

const ND = lazyRegExp(() => /\p{Nd}/u);

/** The value of a Unicode decimal digit (category Nd), or -1. Digits come in runs of ten. */
export function unicodeDigit(c: number): number {
  if (!ND().test(String.fromCodePoint(c))) return -1;
  let z = c;
  while (z > 0 && ND().test(String.fromCodePoint(z - 1))) z--;
  return (c - z) % 10;
}

/**
 * The text int(), float() and complex() parse from a str, as CPython's
 * _PyUnicode_TransformDecimalAndSpaceToASCII makes it: non-ASCII decimal digits become ASCII ones,
 * non-ASCII whitespace (`\x85`, `\u3000`, ...) a space, and any other non-ASCII character `?`, which
 * no parser accepts. What is left to strip is ASCII whitespace (`stripAsciiSpace`); `\ufeff` is not
 * whitespace in Python.
 *
 * @example
 * numberText("\u0661\x852");  // "1 2"
 */
export function numberText(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length && ascii; i++) ascii = s.charCodeAt(i) < 128;
  if (ascii) return s;
  let out = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (isSpaceCode(cp)) out += " ";
    else {
      const d = unicodeDigit(cp);
      out += d >= 0 ? String(d) : "?";
    }
  }
  return out;
}

/**
 * The text int() and float() parse from bytes: CPython reads the bytes themselves, so a non-ASCII
 * byte is never a digit or whitespace (it becomes `?`).
 *
 * @example
 * bytesNumberText(new Uint8Array([0x31, 0x85]), 2);  // "1?"
 */
export function bytesNumberText(b: Uint8Array, n: number): string {
  let out = "";
  for (let i = 0; i < n; i++) out += b[i] < 0x80 ? String.fromCharCode(b[i]) : "?";
  return out;
}

/** Strip the ASCII whitespace C's isspace() knows (space, \t, \n, \v, \f, \r) from both ends. */
export function stripAsciiSpace(s: string): string {
  return s.replace(ASCII_SPACE_ENDS, "");
}
const ASCII_SPACE_ENDS = /^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g;

/** Python's hash of an int, exactly (up to 2^61; bigint when past 2^53). */
export function intHashExact(a: number | bigint): number | bigint {
  if (typeof a === "number") return a === -1 ? -2 : a;
  const P = (1n << 61n) - 1n;
  let h = (a < 0n ? -a : a) % P;
  if (a < 0n) h = -h;
  if (h === -1n) h = -2n;
  return norm(h);
}

/** Python's hash of an int (mod 2^61-1, -1 -> -2), as a JS number (inexact past 2^53; for tables). */
export function intHash(a: number | bigint): number {
  if (typeof a === "number") return a === -1 ? -2 : a;
  const P = (1n << 61n) - 1n;
  const A = big(a);
  let h = (A < 0n ? -A : A) % P;
  if (A < 0n) h = -h;
  const r = Number(h);
  return r === -1 ? -2 : r;
}

export function isIntValue(v: Py): boolean {
  return typeof v === "number" || typeof v === "bigint";
}

type IntOp = (a: number | bigint, b: number | bigint) => number | bigint;

/**
 * The int-only result of each binary operator, by the generic operator index of ops.ts (ADD = 0 ...
 * XOR = 11); undefined where an int operand pair can give a float (`/`, `**`). The VM's fused
 * operators call these directly once both operands are exact ints, skipping the dunder dispatch.
 */
export const INT_BINARY: (IntOp | undefined)[] = [
  intAdd, intSub, intMul, undefined, intFloorDiv, intMod, undefined, intShl, intShr, intAnd, intOr, intXor,
];
