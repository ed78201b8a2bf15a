// Number and string formatting: the format-spec mini-language (format(), f-strings,
// str.format), printf-style `str % args`, and bin/oct/hex digits.
//
// Layout of the file:
//   1. error messages (CPython 3.12 wording; the few corpus-required variants are marked)
//   2. exact decimal digits of a double (correct half-even rounding at any precision)
//   3. the spec parser and the int / float / str formatters
//   4. `str % args`
//   5. `str.format` / `str.format_map`
//
// Rounding: CPython rounds the exact binary value half-to-even. JavaScript's toFixed and
// toExponential are exact too but break exact ties upwards, so they are used as the fast path
// and a tie (detected cheaply, see fixedDigits/sigDigits) or a precision beyond their range of
// 100 digits takes the exact BigInt path.

import { indexError, keyError, memoryError, overflowError, typeError, valueError } from "../errors.ts";
import { MAX_FORMAT_PRECISION, MAX_FORMAT_WIDTH, MAX_SEQUENCE } from "../limits.ts";
import { TypeError as TypeErrorType } from "./exceptions.ts";
import { floatRepr } from "./floatrepr.ts";
import { numberText, unicodeDigit } from "./int.ts";
import {
  type Py,
  PyByteArray,
  PyBytes,
  PyComplex,
  PyDict,
  PyException,
  PyFloat,
  PyInstance,
  PyList,
  PyRange,
  PyTuple,
  type PyType,
} from "./model.ts";
import {
  getAttr,
  getItem,
  isBuiltinSlot,
  lookup,
  pyAscii,
  pyFormat,
  pyRepr,
  pyStr,
  toFloat,
  toIndex,
  toInt,
} from "./protocol.ts";
import { cpLength, cpSlice, unitToCp } from "./strrepr.ts";
import { asIndex } from "./seq.ts";
import { typeName } from "./typeof.ts";

// Character codes used by the parsers.
const C_SPACE = 32, C_BANG = 33, C_HASH = 35, C_PCT = 37, C_LPAREN = 40, C_RPAREN = 41, C_STAR = 42;
const C_PLUS = 43, C_COMMA = 44, C_MINUS = 45, C_DOT = 46, C_0 = 48, C_9 = 57, C_COLON = 58;
const C_LT = 60, C_EQ = 61, C_GT = 62, C_LBRACKET = 91, C_RBRACKET = 93, C_CARET = 94;
const C_UNDERSCORE = 95, C_LBRACE = 123, C_RBRACE = 125;
const T_E = 69, T_F = 70, T_G = 71, T_L = 76, T_X = 88;
const T_a = 97, T_b = 98, T_c = 99, T_d = 100, T_e = 101, T_f = 102, T_g = 103, T_h = 104, T_i = 105;
const T_l = 108, T_n = 110, T_o = 111, T_r = 114, T_s = 115, T_u = 117, T_x = 120, T_z = 122;

// ---------------------------------------------------------------------------------------------
// 1. Errors

/** A type code in a message: the character itself when printable ASCII, else `\x..`. */
function codeText(c: number): string {
  return c > 32 && c < 128 ? String.fromCharCode(c) : "\\x" + c.toString(16);
}

function unknownCode(type: number, tname: string): never {
  // CPython's text plus the words the upstream conformance corpus looks for.
  valueError(`Unknown format code '${codeText(type)}' for object of type '${tname}'`);
}

function widthLimit(): never {
  valueError("format width exceeds limit");
}

function precisionLimit(): never {
  valueError("format precision exceeds limit");
}

/** Is the decimal number `s[a, b)` (ASCII digits) greater than `max` (the same number of digits or fewer)? */
function digitsOver(s: string, a: number, b: number, max: string): boolean {
  while (a < b - 1 && s.charCodeAt(a) === C_0) a++;
  const d = s.slice(a, b);
  return d.length > max.length || (d.length === max.length && d > max);
}

/** Where the last `decimalRun` ended. */
let decimalEnd = 0;

/**
 * CPython's get_integer: the run of decimal digits at `s[pos]` as a number (-1 when there is
 * none), its end in `decimalEnd`. Any str.isdecimal() digit counts (`format(1, "\u0663")` is
 * width 3); ASCII takes the first test. A value past sys.maxsize is "Too many decimal digits".
 * (Our own caps on width and precision apply later, where CPython would allocate.)
 */
function decimalRun(s: string, pos: number): number {
  const start = pos;
  let v = 0, ascii = true;
  for (;;) {
    const c = s.charCodeAt(pos);
    let d: number;
    if (c >= C_0 && c <= C_9) {
      d = c - C_0;
      pos++;
    } else if (c >= 128 && (d = unicodeDigit(s.codePointAt(pos)!)) >= 0) {
      pos += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      ascii = false;
    } else break;
    v = v * 10 + d;
  }
  decimalEnd = pos;
  if (pos === start) return -1;
  if (v >= 9e18) {
    const digits = ascii ? s.slice(start, pos) : numberText(s.slice(start, pos));
    if (digitsOver(digits, 0, digits.length, "9223372036854775807")) {
      valueError("Too many decimal digits in format string");
    }
  }
  return v;
}

function isTypeError(e: unknown): boolean {
  if (!(e instanceof PyException)) return false;
  const mro = e.cls.mro;
  for (let i = 0; i < mro.length; i++) if (mro[i] === TypeErrorType) return true;
  return false;
}

function zeros(n: number): string {
  return n > 0 ? "0".repeat(n) : "";
}

// ---------------------------------------------------------------------------------------------
// 2. Exact decimal digits of a double

const scratch = new DataView(new ArrayBuffer(8));

/** Scale of the last exactDecimal result: value = digits * 10^-exactK. */
let exactK = 0;

/** The exact decimal digits of a finite a > 0 (no leading zeros); the scale goes to exactK. */
function exactDecimal(a: number): string {
  scratch.setFloat64(0, a);
  const hi = scratch.getUint32(0), lo = scratch.getUint32(4);
  const be = (hi >>> 20) & 0x7ff;
  let m = (hi & 0xfffff) * 4294967296 + lo;
  let e: number;
  if (be === 0) e = -1074;
  else {
    m += 4503599627370496; // implicit bit, 2^52
    e = be - 1075;
  }
  while (e < 0 && m % 2 === 0) {
    m /= 2;
    e++;
  }
  if (e >= 0) {
    exactK = 0;
    return (BigInt(m) << BigInt(e)).toString();
  }
  exactK = -e;
  return (BigInt(m) * 5n ** BigInt(-e)).toString();
}

/** Increment a decimal digit string ("199" -> "200", "99" -> "100", "" -> "1"). */
function increment(s: string): string {
  let i = s.length - 1;
  while (i >= 0 && s.charCodeAt(i) === C_9) i--;
  if (i < 0) return "1" + zeros(s.length);
  return s.slice(0, i) + String.fromCharCode(s.charCodeAt(i) + 1) + zeros(s.length - 1 - i);
}

/** Keep the first `keep` digits of exact digits `s`, rounding half to even (may carry one digit longer). */
function roundDigits(s: string, keep: number): string {
  const n = s.length;
  if (keep >= n) return s;
  if (keep < 0) return "";
  const d = s.charCodeAt(keep);
  let up: boolean;
  if (d !== 53) up = d > 53;
  else {
    let tie = true;
    for (let i = keep + 1; i < n; i++) {
      if (s.charCodeAt(i) !== C_0) {
        tie = false;
        break;
      }
    }
    up = !tie || (keep > 0 && (s.charCodeAt(keep - 1) & 1) === 1);
  }
  const head = s.slice(0, keep);
  return up ? increment(head) : head;
}

function stripZeros(s: string): string {
  let e = s.length;
  while (e > 1 && s.charCodeAt(e - 1) === C_0) e--;
  return e === s.length ? s : s.slice(0, e);
}

/** Decimal exponent of the last sigDigits result. */
let sigExp = 0;

/**
 * `n` significant digits of a >= 0 rounded half to even, trailing zeros stripped; the decimal
 * exponent of the first digit goes to sigExp.
 */
function sigDigits(a: number, n: number): string {
  if (a === 0) {
    sigExp = 0;
    return "0";
  }
  if (n <= 100) {
    // One digit more than asked. Its last digit decides the rounding unless it is a 5: only
    // then can the exact value lie on either side of (or exactly at) the halfway point.
    const s = a.toExponential(n);
    const last = s.charCodeAt(n + 1);
    if (last !== 53) {
      sigExp = +s.slice(n + 3);
      let head = s[0] + s.slice(2, n + 1);
      if (last > 53) {
        head = increment(head);
        if (head.length > n) {
          sigExp++;
          return "1";
        }
      }
      return stripZeros(head);
    }
  }
  const digits = exactDecimal(a);
  let e = digits.length - 1 - exactK;
  const r = roundDigits(digits, n);
  if (r.length > n) e++;
  sigExp = e;
  return stripZeros(r);
}

/** a.toFixed(p) rounded half to even, as CPython rounds; 0 <= a < 1e21, p <= 100. */
function toFixedEven(a: number, p: number): string {
  const s = a.toFixed(p);
  // An exact tie has exactly p+1 fractional bits (a*2^p is not an integer, a*2^(p+1) is;
  // scaling by a power of two is exact). toFixed rounded it up; CPython wants the even one,
  // and of the two neighbours exactly one is even: step back when toFixed's is odd.
  const t = a * 2 ** p;
  if (t !== Math.floor(t) && t * 2 === Math.floor(t * 2)) {
    const last = s.charCodeAt(s.length - 1);
    if (last & 1) return s.slice(0, -1) + String.fromCharCode(last - 1);
  }
  return s;
}

/** round(a * 10^p) half to even, as a digit string without leading zeros ("0" for zero); a >= 0. */
function fixedDigits(a: number, p: number): string {
  if (a === 0) return "0";
  let s: string;
  if (p <= 100 && a < 1e21) {
    s = toFixedEven(a, p);
    let i = 0;
    const n = s.length;
    while (i < n && (s.charCodeAt(i) === C_0 || s.charCodeAt(i) === C_DOT)) i++;
    if (i === n) return "0";
    const dot = s.indexOf(".", i);
    return dot < 0 ? s.slice(i) : s.slice(i, dot) + s.slice(dot + 1);
  }
  const digits = exactDecimal(a);
  const k = exactK;
  if (p >= k) return digits + zeros(p - k);
  const r = roundDigits(digits, digits.length - (k - p));
  return r === "" ? "0" : r;
}

/**
 * CPython's float layout (format_float_short): digits `d` (trailing zeros stripped) with the
 * decimal point after `decpt` digits, padded with zeros up to `vEnd` digits.
 */
function layout(
  d: string,
  decpt: number,
  vEnd: number,
  useExp: boolean,
  alt: boolean,
  addDot0: boolean,
  upper: boolean,
): string {
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  if (!useExp && addDot0) vEnd = vEnd > decpt ? vEnd : decpt + 1;
  else if (vEnd < decpt) vEnd = decpt;
  const n = d.length;
  let out: string;
  if (decpt <= 0) out = "0." + zeros(-decpt) + d + zeros(vEnd - n);
  else if (decpt < n) out = d.slice(0, decpt) + "." + d.slice(decpt) + zeros(vEnd - n);
  else out = d + zeros(decpt - n) + "." + zeros(vEnd - decpt);
  if (!alt && out.charCodeAt(out.length - 1) === C_DOT) out = out.slice(0, -1);
  if (useExp) {
    const ae = exp < 0 ? -exp : exp;
    out += (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + (ae < 10 ? "0" : "") + ae;
  }
  return out;
}

/**
 * The digits of a >= 0 (or nan) in presentation `type` (lower case e f g, or r for repr), the
 * way PyOS_double_to_string writes them without a sign.
 */
function floatBody(
  a: number,
  type: number,
  prec: number,
  alt: boolean,
  addDot0: boolean,
  upper: boolean,
): string {
  if (a !== a) return upper ? "NAN" : "nan";
  if (a === Infinity) return upper ? "INF" : "inf";
  let d: string, decpt: number, vEnd: number, useExp: boolean;
  switch (type) {
    case T_r: {
      if (a === 0) {
        d = "0";
        decpt = 1;
      } else {
        const s = a.toExponential();
        const e = s.indexOf("e");
        d = e > 1 ? s[0] + s.slice(2, e) : s[0];
        decpt = +s.slice(e + 1) + 1;
      }
      vEnd = d.length;
      useExp = decpt <= -4 || decpt > 16;
      break;
    }
    case T_e:
      d = sigDigits(a, prec + 1);
      decpt = sigExp + 1;
      vEnd = prec + 1;
      useExp = true;
      break;
    case T_f: {
      const n = fixedDigits(a, prec);
      if (n === "0") {
        d = "0";
        decpt = 1;
      } else {
        decpt = n.length - prec;
        d = stripZeros(n);
      }
      vEnd = decpt + prec;
      useExp = false;
      break;
    }
    default: {
      const p = prec === 0 ? 1 : prec;
      d = sigDigits(a, p);
      decpt = sigExp + 1;
      useExp = decpt <= -4 || decpt > (addDot0 ? p - 1 : p);
      vEnd = alt ? p : d.length;
    }
  }
  return layout(d, decpt, vEnd, useExp, alt, addDot0, upper);
}

/** Is a formatted body (before any exponent or %) all zeros? (For the `z` option.) */
function isZeroBody(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === C_0 || c === C_DOT) continue;
    return c === T_e || c === T_E || c === C_PCT;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// 3. The format-spec mini-language
//
//   [[fill]align][sign][z][#][0][width][grouping][.precision][type]

interface Spec {
  /** One code point. */
  fill: string;
  /** < > ^ = (as char codes); the type's default when not given. */
  align: number;
  /** + - space, or 0. */
  sign: number;
  z: boolean;
  alt: boolean;
  /** -1 when absent. */
  width: number;
  /** , or _ (char codes), or 0. */
  group: number;
  /** -1 when absent. */
  prec: number;
  /** The presentation type (a code point), or the type's default. */
  type: number;
}

function isAlign(c: number): boolean {
  return c === C_LT || c === C_GT || c === C_EQ || c === C_CARET;
}

/** Parsed specs, one map per type's defaults (a program formats with a few specs, in loops); an
 * invalid spec is not kept, so its error names each value's type. */
const SPECS: Map<string, Spec>[] = [new Map(), new Map(), new Map()];

function parseSpec(spec: string, defType: number, defAlign: number, tname: string): Spec {
  const cache = SPECS[defType === T_d ? 0 : defType === T_s ? 1 : 2];
  let sp = cache.get(spec);
  if (sp === undefined) {
    sp = parseSpecText(spec, defType, defAlign, tname);
    if (cache.size >= 256) cache.clear();
    cache.set(spec, sp);
  }
  return sp;
}

function parseSpecText(spec: string, defType: number, defAlign: number, tname: string): Spec {
  const n = spec.length;
  let pos = 0;
  let fill = " ", fillSet = false, align = defAlign, alignSet = false;
  const c0 = spec.charCodeAt(0);
  const w0 = c0 >= 0xd800 && c0 <= 0xdbff && n > 1 && (spec.charCodeAt(1) & 0xfc00) === 0xdc00 ? 2 : 1;
  if (n > w0 && isAlign(spec.charCodeAt(w0))) {
    fill = spec.slice(0, w0);
    fillSet = alignSet = true;
    align = spec.charCodeAt(w0);
    pos = w0 + 1;
  } else if (isAlign(c0)) {
    align = c0;
    alignSet = true;
    pos = 1;
  }
  let c = spec.charCodeAt(pos);
  let sign = 0;
  if (c === C_PLUS || c === C_MINUS || c === C_SPACE) {
    sign = c;
    c = spec.charCodeAt(++pos);
  }
  let z = false;
  if (c === T_z) {
    z = true;
    c = spec.charCodeAt(++pos);
  }
  let alt = false;
  if (c === C_HASH) {
    alt = true;
    c = spec.charCodeAt(++pos);
  }
  if (!fillSet && c === C_0) {
    fill = "0";
    if (!alignSet && defAlign === C_GT) align = C_EQ;
    c = spec.charCodeAt(++pos);
  }
  let width = -1;
  if ((c >= C_0 && c <= C_9) || c >= 128) {
    width = decimalRun(spec, pos);
    pos = decimalEnd;
    c = spec.charCodeAt(pos);
  }
  let group = 0;
  if (c === C_COMMA) {
    group = C_COMMA;
    c = spec.charCodeAt(++pos);
  }
  if (c === C_UNDERSCORE) {
    if (group !== 0) valueError("Cannot specify both ',' and '_'.");
    group = C_UNDERSCORE;
    c = spec.charCodeAt(++pos);
  }
  if (c === C_COMMA && group === C_UNDERSCORE) valueError("Cannot specify both ',' and '_'.");
  let prec = -1;
  if (c === C_DOT) {
    prec = decimalRun(spec, pos + 1);
    if (prec < 0) valueError("Format specifier missing precision");
    pos = decimalEnd;
    c = spec.charCodeAt(pos);
  }
  let type = defType;
  if (pos < n) {
    const cp = spec.codePointAt(pos)!;
    if (pos + (cp > 0xffff ? 2 : 1) !== n) {
      valueError(`Invalid format specifier '${spec}' for object of type '${tname}'`);
    }
    type = cp;
  }
  if (group !== 0) {
    switch (type) {
      case T_d:
      case T_e:
      case T_f:
      case T_g:
      case T_E:
      case T_G:
      case C_PCT:
      case T_F:
      case 0:
        break;
      case T_b:
      case T_o:
      case T_x:
      case T_X:
        if (group === C_UNDERSCORE) break;
      // falls through
      default:
        valueError(`Cannot specify '${String.fromCharCode(group)}' with '${codeText(type)}'.`);
    }
  }
  return { fill, align, sign, z, alt, width, group, prec, type };
}

/**
 * CPython's digit grouping (_PyUnicode_InsertThousandsGrouping): groups of `size` from the
 * right; with zero padding (`minWidth` > 0) the leading zeros are grouped too and the result
 * is at least `minWidth` long (a partial leading group never starts with a separator).
 */
function group(digits: string, minWidth: number, size: number, sep: string): string {
  if (size === 0) return digits.length < minWidth ? zeros(minWidth - digits.length) + digits : digits;
  let out = "";
  let remaining = digits.length;
  let min = minWidth;
  for (;;) {
    let l = remaining > min ? remaining : min;
    if (l < 1) l = 1;
    if (l > size) l = size;
    const nChars = remaining < l ? remaining : l;
    const part = zeros(l - nChars) + digits.slice(remaining - nChars, remaining);
    out = out === "" ? part : part + sep + out;
    remaining -= nChars;
    min -= l;
    if (remaining <= 0 && min <= 0) return out;
    min -= 1;
  }
}

/**
 * Lay out a number: <lpad><sign><prefix><spad><grouped digits><tail><rpad>. `digits` is the
 * leading run of digits, `tail` the rest (decimal point, fraction, exponent, %), `tailLen` its
 * length in code points.
 */
function renderNumber(
  sp: Spec,
  neg: boolean,
  prefix: string,
  digits: string,
  tail: string,
  tailLen: number,
  size: number,
  sep: string,
): string {
  if (sp.width > MAX_FORMAT_WIDTH) widthLimit();
  const sign = neg ? "-" : sp.sign === C_PLUS ? "+" : sp.sign === C_SPACE ? " " : "";
  const fixed = sign.length + prefix.length + tailLen;
  const width = sp.width;
  const minWidth = sp.fill === "0" && sp.align === C_EQ ? width - fixed : 0;
  const grouped = digits.length === 0 || (size === 0 && minWidth <= digits.length)
    ? digits
    : group(digits, minWidth, size, sep);
  const pad = width - fixed - grouped.length;
  if (pad <= 0) return sign + prefix + grouped + tail;
  const fill = sp.fill;
  switch (sp.align) {
    case C_LT:
      return sign + prefix + grouped + tail + fill.repeat(pad);
    case C_CARET: {
      const l = pad >> 1;
      return fill.repeat(l) + sign + prefix + grouped + tail + fill.repeat(pad - l);
    }
    case C_EQ:
      return sign + prefix + fill.repeat(pad) + grouped + tail;
    default:
      return fill.repeat(pad) + sign + prefix + grouped + tail;
  }
}

/** Pad a string field (calc_padding): `len` is its length in code points. */
function padStr(s: string, len: number, width: number, align: number, fill: string): string {
  const pad = width - len;
  if (pad <= 0) return s;
  if (align === C_GT) return fill.repeat(pad) + s;
  if (align === C_CARET) {
    const l = pad >> 1;
    return fill.repeat(l) + s + fill.repeat(pad - l);
  }
  return s + fill.repeat(pad);
}

/**
 * `format(v, spec)` for an int or a bool (`int.__format__`). `tname` names the type in error
 * messages (defaults to int or bool).
 *
 * @example
 * formatInt(1234567, ",");   // "1,234,567"
 * formatInt(255, "#06x");    // "0x00ff"
 * formatInt(true, "");       // "True"
 * formatInt(true, "d");      // "1"
 */
export function formatInt(v: number | bigint | boolean, spec: string, tname?: string): string {
  if (spec === "") {
    if (typeof v === "boolean") return v ? "True" : "False";
    return "" + v;
  }
  const tn = tname ?? (typeof v === "boolean" ? "bool" : "int");
  const sp = parseSpec(spec, T_d, C_GT, tn);
  switch (sp.type) {
    case T_b:
    case T_c:
    case T_d:
    case T_o:
    case T_x:
    case T_X:
    case T_n:
      return formatIntSpec(typeof v === "boolean" ? (v ? 1 : 0) : v, sp);
    case T_e:
    case T_E:
    case T_f:
    case T_F:
    case T_g:
    case T_G:
    case C_PCT:
      return formatFloatSpec(Number(v), sp);
    default:
      unknownCode(sp.type, tn);
  }
}

function formatIntSpec(v: number | bigint, sp: Spec): string {
  // The corpus checks this lower-case variant of CPython's "Precision not allowed ...".
  if (sp.prec !== -1) valueError("Precision not allowed in integer format specifier");
  if (sp.z) valueError("Negative zero coercion (z) not allowed in integer format specifier");
  const type = sp.type;
  if (type === T_c) {
    if (sp.sign !== 0) valueError("Sign not allowed with integer format specifier 'c'");
    if (sp.alt) valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof v === "bigint" && (v > 0x7fffffffffffffffn || v < -0x8000000000000000n)) {
      overflowError("Python int too large to convert to C long");
    }
    if (v < 0 || v > 0x10ffff) overflowError("%c arg not in range(0x110000)");
    const ch = String.fromCodePoint(Number(v));
    return renderNumber(sp, false, "", "", ch, 1, 0, "");
  }
  const neg = v < 0;
  const mag = neg ? -v : v;
  let digits: string, prefix = "";
  let size = 0;
  switch (type) {
    case T_b:
      digits = mag.toString(2);
      if (sp.alt) prefix = "0b";
      if (sp.group !== 0) size = 4;
      break;
    case T_o:
      digits = mag.toString(8);
      if (sp.alt) prefix = "0o";
      if (sp.group !== 0) size = 4;
      break;
    case T_x:
      digits = mag.toString(16);
      if (sp.alt) prefix = "0x";
      if (sp.group !== 0) size = 4;
      break;
    case T_X:
      digits = mag.toString(16).toUpperCase();
      if (sp.alt) prefix = "0X";
      if (sp.group !== 0) size = 4;
      break;
    default: // d, and n (the C locale: no grouping)
      digits = mag.toString();
      if (sp.group !== 0) size = 3;
  }
  return renderNumber(sp, neg, prefix, digits, "", 0, size, sp.group === C_COMMA ? "," : "_");
}

/**
 * `format(v, spec)` for a float (`float.__format__`). An empty spec is `str(v)`; an empty type
 * with a precision is like `g` but keeps a `.0` and switches to exponent notation one digit
 * earlier.
 *
 * @example
 * formatFloat(3.14159, ".2f");  // "3.14"
 * formatFloat(1e16, "");        // "1e+16"
 * formatFloat(1.0, ".3");       // "1.0"
 * formatFloat(0.25, ".0%");     // "25%"
 */
export function formatFloat(v: number, spec: string, tname = "float"): string {
  if (spec === "") return floatRepr(v);
  // `.2f` and the like, the commonest spec by far: toFixed's digits, with CPython's rounding and
  // the sign of a negative zero (measured: an f-string of two such fields ~0.6x the time)
  if (spec.length === 3 && spec.charCodeAt(0) === C_DOT && spec.charCodeAt(2) === T_f) {
    const p = spec.charCodeAt(1) - C_0, a = Math.abs(v);
    if (p >= 0 && p <= 9 && a < 1e21) return (v < 0 || Object.is(v, -0) ? "-" : "") + toFixedEven(a, p);
  }
  const sp = parseSpec(spec, 0, C_GT, tname);
  if (sp.type !== C_PCT && !isFloatCode(sp.type)) unknownCode(sp.type, tname);
  return formatFloatSpec(v, sp);
}

/** Is `type` a presentation type of float and complex (none, e E f F g G n; float also has %)? */
function isFloatCode(type: number): boolean {
  switch (type) {
    case 0:
    case T_e:
    case T_E:
    case T_f:
    case T_F:
    case T_g:
    case T_G:
    case T_n:
      return true;
  }
  return false;
}

/** Lay out a float's `body` (from floatBody) as a number field of `sp`: sign, grouping, padding. */
function floatField(sp: Spec, neg: boolean, body: string): string {
  let k = 0;
  while (k < body.length) {
    const c = body.charCodeAt(k);
    if (c < C_0 || c > C_9) break;
    k++;
  }
  const size = sp.group !== 0 && sp.type !== T_n ? 3 : 0;
  const sep = sp.group === C_COMMA ? "," : "_";
  return renderNumber(sp, neg, "", body.slice(0, k), body.slice(k), body.length - k, size, sep);
}

function formatFloatSpec(v: number, sp: Spec): string {
  let type = sp.type, prec = sp.prec, addDot0 = false, defPrec = 6;
  if (type === 0) {
    addDot0 = true;
    type = T_r;
    defPrec = 0;
  } else if (type === T_n) type = T_g;
  let pct = false;
  if (type === C_PCT) {
    type = T_f;
    v *= 100;
    pct = true;
  }
  if (prec < 0) prec = defPrec;
  else if (type === T_r) type = T_g;
  if (prec > 0x7fffffff) valueError("precision too big");
  if (prec > MAX_FORMAT_PRECISION) precisionLimit();
  const upper = type === T_E || type === T_F || type === T_G;
  let neg = v < 0 || (v === 0 && 1 / v < 0);
  let body = floatBody(neg ? -v : v, upper ? type + 32 : type, prec, sp.alt, addDot0, upper);
  if (neg && sp.z && isZeroBody(body)) neg = false;
  if (pct) body += "%";
  return floatField(sp, neg, body);
}

/**
 * `format(z, spec)` for a complex (CPython's format_complex_internal): both parts formatted as
 * floats, the imaginary one always signed, then padded as one field. Without a presentation type
 * it is str(z) with the spec's options: repr digits, parentheses unless the real part is +0.
 * (An empty spec is str(z) itself, which the callers give.)
 *
 * @example
 * formatComplex(1, 2, ".2f");   // "1.00+2.00j"
 * formatComplex(1, 2, ">10");   // "    (1+2j)"
 * formatComplex(0, -3, "g");    // "-3j"
 */
export function formatComplex(re: number, im: number, spec: string, tname = "complex"): string {
  const sp = parseSpec(spec, 0, C_GT, tname);
  if (!isFloatCode(sp.type)) unknownCode(sp.type, tname);
  if (sp.fill === "0") valueError("Zero padding is not allowed in complex format specifier");
  if (sp.align === C_EQ) valueError("'=' alignment flag is not allowed in complex format specifier");
  let type: number = sp.type, prec = sp.prec, defPrec = 6, skipRe = false, parens = false;
  if (type === 0) {
    type = T_r;
    defPrec = 0;
    if (re === 0 && 1 / re > 0) skipRe = true;
    else parens = true;
  } else if (type === T_n) type = T_g;
  if (prec < 0) prec = defPrec;
  else if (type === T_r) type = T_g;
  if (prec > 0x7fffffff) valueError("precision too big");
  if (prec > MAX_FORMAT_PRECISION) precisionLimit();
  if (sp.width > MAX_FORMAT_WIDTH) widthLimit();
  // each part unpadded (the imaginary part always signed unless it stands alone)
  const part = (v: number, sign: number): string => {
    const upper = type === T_E || type === T_F || type === T_G;
    let neg = v < 0 || (v === 0 && 1 / v < 0);
    const body = floatBody(neg ? -v : v, upper ? type + 32 : type, prec, sp.alt, false, upper);
    if (neg && sp.z && isZeroBody(body)) neg = false;
    return floatField({ ...sp, fill: " ", align: C_LT, width: -1, sign }, neg, body);
  };
  const text = (skipRe ? "" : part(re, sp.sign)) + part(im, skipRe ? sp.sign : C_PLUS) + "j";
  const all = parens ? "(" + text + ")" : text;
  return padStr(all, all.length, sp.width, sp.align, sp.fill);
}

/**
 * `format(s, spec)` for a str (`str.__format__`).
 *
 * @example
 * formatStr("ab", "*^6");   // "**ab**"
 * formatStr("abcdef", ".3"); // "abc"
 */
export function formatStr(s: string, spec: string, tname = "str"): string {
  if (spec === "") return s;
  const sp = parseSpec(spec, T_s, C_LT, tname);
  if (sp.type !== T_s) unknownCode(sp.type, tname);
  if (sp.sign !== 0) {
    valueError(
      sp.sign === C_SPACE
        ? "Space not allowed in string format specifier"
        : "Sign not allowed in string format specifier",
    );
  }
  if (sp.z) valueError("Negative zero coercion (z) not allowed in string format specifier");
  if (sp.alt) valueError("Alternate form (#) not allowed in string format specifier");
  if (sp.align === C_EQ) valueError("'=' alignment not allowed in string format specifier");
  // (a precision only cuts: no cap)
  if (sp.prec >= 0) s = cpSlice(s, 0, sp.prec);
  if (sp.width <= 0) return s;
  if (sp.width > MAX_FORMAT_WIDTH) widthLimit();
  return padStr(s, cpLength(s), sp.width, sp.align, sp.fill);
}

/**
 * The digits of an int in base 2, 8 or 16 as bin/oct/hex write them.
 *
 * @example
 * intToBase(-31, 16, true);  // "-0x1f"
 * intToBase(5, 2, false);    // "101"
 */
export function intToBase(v: number | bigint, base: 2 | 8 | 16, prefix: boolean): string {
  let neg: boolean, digits: string;
  if (typeof v === "number") {
    neg = v < 0;
    digits = (neg ? -v : v).toString(base);
  } else {
    neg = v < 0n;
    digits = (neg ? -v : v).toString(base);
  }
  if (prefix) digits = (base === 16 ? "0x" : base === 8 ? "0o" : "0b") + digits;
  return neg ? "-" + digits : digits;
}

// ---------------------------------------------------------------------------------------------
// 4. printf-style formatting: str % args

const F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16;

/** Does `v` define `name` on its (user) class? */
function userHas(v: Py, name: string): boolean {
  const t = v.cls as PyType | undefined;
  return t !== undefined && !t.builtin && lookup(t, name) !== undefined;
}

/** PyMapping_Check minus tuple and str: what makes `%` look arguments up by key. */
function isMapping(v: Py): boolean {
  if (typeof v !== "object" || v === null || v instanceof PyTuple) return false;
  if (v instanceof PyDict || v instanceof PyList || v instanceof PyBytes || v instanceof PyByteArray) {
    return true;
  }
  if (v instanceof PyRange) return true;
  return userHas(v, "__getitem__");
}

/**
 * The builtin value inside an instance of a user subclass of int, float or str (the runtime
 * keeps it in a `value` slot), or undefined for anything else.
 */
function subclassValue(v: Py): Py {
  if (!(v instanceof PyInstance)) return undefined;
  const inner = (v as PyInstance & { value?: Py }).value;
  return typeof inner === "object" && !(inner instanceof PyFloat) ? undefined : inner;
}

/** Integer value for %d %i %u %o %x %X; any size (a float beyond 2^53 gives a bigint). */
function pctInt(v: Py, ch: number): number | bigint {
  switch (typeof v) {
    case "number":
    case "bigint":
      return v;
    case "boolean":
      return v ? 1 : 0;
  }
  const integral = ch === T_o || ch === T_x || ch === T_X;
  if (v instanceof PyFloat && !integral) {
    const x = v.v;
    if (x !== x) valueError("cannot convert float NaN to integer");
    if (x === Infinity || x === -Infinity) overflowError("cannot convert float infinity to integer");
    const t = Math.trunc(x);
    return Number.isSafeInteger(t) ? t : BigInt(t);
  }
  // CPython's mainformatlong: an int subclass is its value; other numbers (PyNumber_Check) go
  // through PyNumber_Index for %o %x %X and PyNumber_Long (__int__ first) for the others, and a
  // TypeError there becomes the format's own
  const inner = subclassValue(v);
  if (typeof inner === "number" || typeof inner === "bigint") return inner;
  if (inner instanceof PyFloat && !integral) {
    // a float subclass: its own __int__ if it defines one, else its value truncated
    const m = lookup((v as PyInstance).cls, "__int__");
    if (m === undefined || isBuiltinSlot((v as PyInstance).cls, "__int__", m)) return pctInt(inner, ch);
  }
  const isFloat = v instanceof PyFloat || inner instanceof PyFloat;
  if (typeof v === "object" && v !== null && (isFloat || (inner === undefined && isNumber(v)))) {
    try {
      if (integral) {
        const i = asIndex(v);
        if (i !== undefined) return i;
      }
      // Deliberate difference: objects with only __int__ are accepted for %o %x %X as well
      // (CPython wants __index__ there), but not floats
      if (!(integral && isFloat)) return toInt(v);
    } catch (e) {
      if (!isTypeError(e)) throw e;
    }
  }
  const c = String.fromCharCode(ch);
  if (integral) typeError(`%${c} format: an integer is required, not ${typeName(v)}`);
  typeError(`%${c} format: a real number is required, not ${typeName(v)}`);
}

/** PyNumber_Check for an object that is not an int or float: a complex, or a type with __index__, __int__ or __float__. */
function isNumber(v: Py & object): boolean {
  if (v instanceof PyComplex) return true;
  const t = v.cls as PyType;
  return lookup(t, "__index__") !== undefined || lookup(t, "__int__") !== undefined || lookup(t, "__float__") !== undefined;
}

/** The number for %e %f %g (PyFloat_AsDouble: a float subclass is its value, else __float__ or __index__). */
function pctFloat(v: Py, bytes: boolean): number {
  switch (typeof v) {
    case "number":
      return v;
    case "bigint":
      return Number(v);
    case "boolean":
      return v ? 1 : 0;
  }
  if (v instanceof PyFloat) return v.v;
  const inner = subclassValue(v);
  if (inner instanceof PyFloat) return inner.v;
  if (typeof v === "object" && v !== null && !(v.cls as PyType).builtin) {
    // (toFloat calls a user __float__ or __index__ and raises CPython's errors for their results;
    // an int subclass without them is its value)
    const t = v.cls as PyType;
    if (typeof inner === "number" || typeof inner === "bigint") {
      const m = lookup(t, "__float__");
      return m === undefined || isBuiltinSlot(t, "__float__", m) ? Number(inner) : toFloat(v);
    }
    if (inner === undefined && (lookup(t, "__float__") !== undefined || lookup(t, "__index__") !== undefined)) return toFloat(v);
  }
  typeError(`${bytes ? "float argument required" : "must be real number"}, not ${typeName(v)}`);
}

/** The character for %c. */
function pctChar(v: Py): string {
  const inner = subclassValue(v);
  if (inner !== undefined) v = inner;
  if (typeof v === "string") {
    if (v.length === 1 || (v.length === 2 && cpLength(v) === 1)) return v;
    typeError("%c requires int or char");
  }
  const n = charIndex(v);
  if (n === undefined) typeError("%c requires int or char");
  if (n < 0 || n > 0x10ffff) overflowError("%c arg not in range(0x110000)");
  return String.fromCodePoint(Number(n));
}

/** _PyUnicode_FormatLong: sign, optional 0x/0o prefix, digits zero-filled to `prec`. */
function pctIntText(n: number | bigint, ch: number, alt: boolean, prec: number): string {
  const neg = n < 0;
  const mag = neg ? -n : n;
  let digits: string, prefix = "";
  if (ch === T_o) {
    digits = mag.toString(8);
    if (alt) prefix = "0o";
  } else if (ch === T_x || ch === T_X) {
    digits = mag.toString(16);
    if (alt) prefix = "0x";
  } else digits = mag.toString();
  if (prec > digits.length) digits = zeros(prec - digits.length) + digits;
  let s = (neg ? "-" : "") + prefix + digits;
  if (ch === T_X) s = s.toUpperCase();
  return s;
}

/** unicode_format_arg_output: width, precision, sign and zero padding of one converted field. */
function pctPad(
  str: string,
  ch: number,
  flags: number,
  width: number,
  prec: number,
  signed: boolean,
): string {
  if (width === -1 && prec === -1 && (flags & (F_SIGN | F_BLANK)) === 0) return str;
  if (width > MAX_FORMAT_WIDTH) widthLimit();
  let len = cpLength(str);
  if ((width === -1 || width <= len) && (prec === -1 || prec >= len) && (flags & (F_SIGN | F_BLANK)) === 0) {
    return str;
  }
  const fill = signed && (flags & F_ZERO) !== 0 ? "0" : " ";
  if ((ch === T_s || ch === T_r || ch === T_a || ch === B_BYTES) && prec >= 0 && len > prec) {
    str = cpSlice(str, 0, prec);
    len = prec;
  }
  let p = 0;
  let sign = "";
  if (signed) {
    const c = str.charCodeAt(0);
    if (c === C_MINUS || c === C_PLUS) {
      sign = str[0];
      len--;
      p = 1;
    } else if (flags & F_SIGN) sign = "+";
    else if (flags & F_BLANK) sign = " ";
    else signed = false;
  }
  if (width < len) width = len;
  let out = "";
  if (signed) {
    if (fill !== " ") out += sign;
    if (width > len) width--;
  }
  const prefixed = (flags & F_ALT) !== 0 && (ch === T_x || ch === T_X || ch === T_o);
  if (prefixed) {
    if (fill !== " ") {
      out += str.substr(p, 2);
      p += 2;
    }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && (flags & F_LJUST) === 0) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === " ") {
    if (signed) out += sign;
    if (prefixed) {
      out += str.substr(p, 2);
      p += 2;
    }
  }
  out += p === 0 ? str : str.slice(p);
  if (width > len) out += " ".repeat(width - len);
  return out;
}

/**
 * `fmt % args`: printf-style formatting. `args` is a tuple (one value per conversion), a
 * mapping (for `%(name)s`), or any other single value.
 *
 * @example
 * percentFormat("%5.2f|%-4d|%s", new PyTuple([new PyFloat(3.14159), 7, "x"])); // " 3.14|7   |x"
 * percentFormat("%(n)03d", dict);  // "007" when dict maps "n" to 7
 */
/**
 * How `bytes % args` differs from str formatting: the format string and the result are latin-1
 * text standing for bytes; mapping keys are bytes; %s/%b take bytes-like objects, %a/%r give ASCII
 * reprs and %c takes a byte value.
 */
export interface BytesPct {
  /** The bytes object for a mapping key written in the format. */
  key(latin1: string): Py;
  /** The latin-1 text of a bytes-like object or of __bytes__(), undefined for anything else. */
  bytesOf(v: Py): string | undefined;
  /** The character of a bytes or bytearray object of length 1. */
  single(v: Py): string | undefined;
}

export function percentFormat(fmt: string, args: Py, bytes?: BytesPct): string {
  let cur = args;
  let argLen: number, argIdx: number;
  if (args instanceof PyTuple) {
    argLen = args.a.length;
    argIdx = 0;
  } else {
    argLen = -1;
    argIdx = -2;
  }
  // (neither takes a str as a mapping, a str subclass included; bytes formatting does not take
  // bytes or a bytearray either, str formatting does)
  const base = args instanceof PyInstance ? (args as PyInstance & { value?: Py }).value ?? args : args;
  const bytesArg = base instanceof PyBytes || base instanceof PyByteArray;
  const dict = typeof args === "object" && typeof base !== "string" && isMapping(args) && !(bytes !== undefined && bytesArg) ? args : null;
  const next = (): Py => {
    if (argIdx < argLen) {
      argIdx++;
      return argLen < 0 ? cur : cur.a[argIdx - 1];
    }
    typeError("not enough arguments for format string");
  };
  const n = fmt.length;
  let out = "";
  let i = 0;
  while (i < n) {
    const j = fmt.indexOf("%", i);
    if (j < 0) {
      out += i === 0 ? fmt : fmt.slice(i);
      break;
    }
    if (j > i) out += fmt.slice(i, j);
    i = j + 1;
    if (i < n && fmt.charCodeAt(i) === C_PCT) {
      out += "%";
      i++;
      continue;
    }
    // Mapping key: %(name)s
    if (i < n && fmt.charCodeAt(i) === C_LPAREN) {
      if (dict === null) typeError("format requires a mapping");
      const ks = ++i;
      let depth = 1;
      while (i < n) {
        const c = fmt.charCodeAt(i++);
        if (c === C_RPAREN) {
          if (--depth === 0) break;
        } else if (c === C_LPAREN) depth++;
      }
      if (depth > 0) valueError("incomplete format key");
      const key = fmt.slice(ks, i - 1);
      cur = getItem(dict, bytes === undefined ? key : bytes.key(key));
      argLen = -1;
      argIdx = -2;
    }
    // Flags, width, precision. `ch` is the current character, -1 once the string ran out.
    let flags = 0, ch = -1;
    while (i < n) {
      const c = fmt.charCodeAt(i++);
      if (c === C_MINUS) flags |= F_LJUST;
      else if (c === C_PLUS) flags |= F_SIGN;
      else if (c === C_SPACE) flags |= F_BLANK;
      else if (c === C_HASH) flags |= F_ALT;
      else if (c === C_0) flags |= F_ZERO;
      else {
        ch = c;
        break;
      }
    }
    // (CPython's own limits first: a width up to sys.maxsize, a precision up to INT_MAX; our caps
    // apply where the padding or the digits would be built. bytes % keeps our caps' wording.)
    let width = -1, prec = -1;
    if (ch === C_STAR) {
      const w = next();
      if (typeof w !== "number" && typeof w !== "bigint" && typeof w !== "boolean") typeError("* wants int");
      if (typeof w === "bigint" && (w > 0x7fffffffffffffffn || w < -0x8000000000000000n)) {
        overflowError("Python int too large to convert to C ssize_t");
      }
      let wn = Number(w);
      if (wn < 0) {
        flags |= F_LJUST;
        wn = -wn;
      }
      if (bytes !== undefined && wn > MAX_FORMAT_WIDTH) widthLimit();
      width = wn;
      ch = i < n ? fmt.charCodeAt(i++) : -1;
    } else if (ch >= C_0 && ch <= C_9) {
      const s = i - 1;
      width = ch - C_0;
      ch = -1;
      while (i < n) {
        const c = fmt.charCodeAt(i++);
        if (c < C_0 || c > C_9) {
          ch = c;
          break;
        }
        width = width * 10 + (c - C_0);
      }
      if (width >= 9e18 && digitsOver(fmt, s, ch === -1 ? n : i - 1, "9223372036854775807")) valueError("width too big");
      if (bytes !== undefined && width > MAX_FORMAT_WIDTH) widthLimit();
    }
    if (ch === C_DOT) {
      prec = 0;
      ch = i < n ? fmt.charCodeAt(i++) : -1;
      if (ch === C_STAR) {
        const p = next();
        if (typeof p !== "number" && typeof p !== "bigint" && typeof p !== "boolean") {
          typeError("* wants int");
        }
        if (typeof p !== "boolean" && (p > 0x7fffffff || p < -0x80000000)) {
          overflowError("Python int too large to convert to C int");
        }
        const pn = Number(p);
        if (bytes !== undefined && pn > MAX_FORMAT_PRECISION) precisionLimit();
        prec = pn < 0 ? 0 : pn;
        ch = i < n ? fmt.charCodeAt(i++) : -1;
      } else if (ch >= C_0 && ch <= C_9) {
        prec = ch - C_0;
        ch = -1;
        while (i < n) {
          const c = fmt.charCodeAt(i++);
          if (c < C_0 || c > C_9) {
            ch = c;
            break;
          }
          prec = prec * 10 + (c - C_0);
          if (prec > 0x7fffffff) valueError(bytes === undefined ? "precision too big" : "prec too big");
        }
        if (bytes !== undefined && prec > MAX_FORMAT_PRECISION) precisionLimit();
      }
    }
    if (ch === T_h || ch === T_l || ch === T_L) ch = i < n ? fmt.charCodeAt(i++) : -1;
    if (ch === -1) valueError("incomplete format");
    // The conversion.
    const v = next();
    let str: string;
    let signed = false;
    if (bytes !== undefined) ch = bytesConversion(ch);
    switch (ch) {
      case T_s:
        str = typeof v === "string" ? v : pyStr(v);
        break;
      case T_r:
        str = pyRepr(v);
        break;
      case B_BYTES: {
        const b = bytes!.bytesOf(v);
        if (b === undefined) {
          typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${typeName(v)}'`);
        }
        str = b;
        break;
      }
      case B_CHAR:
        str = pctByte(v, bytes!);
        break;
      case T_a:
        str = pyAscii(v);
        break;
      case T_d:
      case T_i:
      case T_u:
      case T_o:
      case T_x:
      case T_X: {
        // (bytes' messages name %i as %d)
        const iv = pctInt(v, bytes !== undefined && ch === T_i ? T_d : ch);
        if (prec > MAX_FORMAT_PRECISION) precisionLimit();
        str = pctIntText(iv, ch, (flags & F_ALT) !== 0, prec);
        signed = true;
        break;
      }
      case T_e:
      case T_E:
      case T_f:
      case T_F:
      case T_g:
      case T_G: {
        const x = pctFloat(v, bytes !== undefined);
        if (prec > MAX_FORMAT_PRECISION) precisionLimit();
        const upper = ch < T_a;
        const neg = x < 0 || (x === 0 && 1 / x < 0);
        const body = floatBody(
          neg ? -x : x,
          upper ? ch + 32 : ch,
          prec < 0 ? 6 : prec,
          (flags & F_ALT) !== 0,
          false,
          upper,
        );
        str = neg ? "-" + body : body;
        signed = true;
        break;
      }
      case T_c:
        str = pctChar(v);
        break;
      default: {
        // The character is one code point; a surrogate pair reads as its code point.
        let cp = ch;
        if (ch >= 0xd800 && ch <= 0xdbff && i < n && (fmt.charCodeAt(i) & 0xfc00) === 0xdc00) {
          cp = fmt.codePointAt(i - 1)!;
        }
        const shown = cp >= 31 && cp <= 126 ? String.fromCharCode(cp) : "?";
        valueError(
          `unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${unitToCp(fmt, i - 1)}`,
        );
      }
    }
    out += pctPad(str, ch, flags, width, prec, signed);
    if (out.length > MAX_SEQUENCE) memoryError();
  }
  if (argIdx < argLen && dict === null) {
    typeError(`not all arguments converted during ${bytes === undefined ? "string" : "bytes"} formatting`);
  }
  return out;
}

// bytes conversions that differ from str's, as codes no character has
const B_BYTES = -2, B_CHAR = -3;

function bytesConversion(ch: number): number {
  switch (ch) {
    case T_s:
    case T_b:
      return B_BYTES;
    case T_r:
      return T_a; // %r is %a for bytes: the repr must be ASCII
    case T_c:
      return B_CHAR;
  }
  return ch;
}

/** The int a %c conversion takes from v (an int, a bool or a user __index__), or undefined. */
function charIndex(v: Py): number | bigint | undefined {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "object" && v !== null && !(v instanceof PyFloat) && !(v.cls as PyType).builtin) {
    try {
      return toIndex(v);
    } catch (e) {
      if (!isTypeError(e)) throw e;
    }
  }
  return undefined;
}

/** bytes %c: an int in range(256) or a bytes object of length 1. */
function pctByte(v: Py, bytes: BytesPct): string {
  const b = bytes.single(v);
  if (b !== undefined) return b;
  const n = charIndex(v);
  if (n === undefined) typeError("%c requires an integer in range(256) or a single byte");
  if (n < 0 || n > 255) overflowError("%c arg not in range(256)");
  return String.fromCharCode(Number(n));
}

// ---------------------------------------------------------------------------------------------
// 5. str.format and str.format_map

const ANS_INIT = 0, ANS_AUTO = 1, ANS_MANUAL = 2;

interface FormatContext {
  /** Positional arguments; null for format_map. */
  args: Py[] | null;
  /** Keyword arguments (str.format). */
  kwargs: Map<string, Py> | null;
  /** The mapping of format_map (looked up with getItem, so __missing__ works). */
  mapping: Py;
  auto: number;
  nextIndex: number;
}

/**
 * A field name or index read as a number, as CPython's get_integer: -1 when `s` is empty or not
 * all decimal digits (any str.isdecimal() digit: `"{\u0663}"` is field 3).
 */
function fieldInteger(s: string): number {
  const v = decimalRun(s, 0);
  return decimalEnd === s.length ? v : -1;
}

function fieldObject(name: string, ctx: FormatContext): Py {
  const n = name.length;
  let k = 0;
  while (k < n) {
    const c = name.charCodeAt(k);
    if (c === C_DOT || c === C_LBRACKET) break;
    k++;
  }
  const first = k === n ? name : name.slice(0, k);
  let idx = fieldInteger(first);
  const empty = first.length === 0;
  if (empty || idx !== -1) {
    if (ctx.auto === ANS_INIT) ctx.auto = empty ? ANS_AUTO : ANS_MANUAL;
    if (ctx.auto === ANS_MANUAL) {
      if (empty) valueError("cannot switch from manual field specification to automatic field numbering");
    } else if (!empty) {
      valueError("cannot switch from automatic field numbering to manual field specification");
    }
    if (empty) idx = ctx.nextIndex++;
  }
  let obj: Py;
  if (idx === -1) {
    if (ctx.kwargs !== null) {
      obj = ctx.kwargs.get(first);
      if (obj === undefined) keyError(first);
    } else if (ctx.mapping !== undefined) obj = getItem(ctx.mapping, first);
    else keyError(first);
  } else {
    if (ctx.args === null) valueError("Format string contains positional fields");
    if (idx >= ctx.args.length) indexError(`Replacement index ${idx} out of range for positional args tuple`);
    obj = ctx.args[idx];
  }
  while (k < n) {
    const c = name.charCodeAt(k++);
    if (c === C_DOT) {
      const s = k;
      while (k < n) {
        const d = name.charCodeAt(k);
        if (d === C_DOT || d === C_LBRACKET) break;
        k++;
      }
      if (k === s) valueError("Empty attribute in format string");
      obj = getAttr(obj, name.slice(s, k));
    } else if (c === C_LBRACKET) {
      const s = k;
      while (k < n && name.charCodeAt(k) !== C_RBRACKET) k++;
      if (k >= n) valueError("Missing ']' in format string");
      const key = name.slice(s, k++);
      if (key.length === 0) valueError("Empty attribute in format string");
      const i = fieldInteger(key);
      obj = getItem(obj, i === -1 ? key : i);
    } else valueError("Only '.' or '[' may follow ']' in format field specifier");
  }
  return obj;
}

function convertField(v: Py, conv: number): Py {
  switch (conv) {
    case T_r:
      return pyRepr(v);
    case T_s:
      return pyStr(v);
    case T_a:
      return pyAscii(v);
  }
  valueError(
    `Unknown conversion specifier ${
      conv > 32 && conv < 127 ? String.fromCharCode(conv) : "\\x" + conv.toString(16)
    }`,
  );
}

function buildString(s: string, depth: number, ctx: FormatContext): string {
  if (depth <= 0) valueError("Max string recursion exceeded");
  const n = s.length;
  let out = "";
  let i = 0;
  while (i < n) {
    // Literal text up to the next brace.
    let j = i, c = 0;
    while (j < n) {
      c = s.charCodeAt(j);
      if (c === C_LBRACE || c === C_RBRACE) break;
      j++;
    }
    if (j === n) {
      out += i === 0 ? s : s.slice(i);
      break;
    }
    const atEnd = j + 1 >= n;
    if (c === C_RBRACE) {
      if (atEnd || s.charCodeAt(j + 1) !== C_RBRACE) valueError("Single '}' encountered in format string");
      out += s.slice(i, j + 1);
      i = j + 2;
      continue;
    }
    if (atEnd) valueError("Single '{' encountered in format string");
    if (s.charCodeAt(j + 1) === C_LBRACE) {
      out += s.slice(i, j + 1);
      i = j + 2;
      continue;
    }
    if (j > i) out += s.slice(i, j);
    // A replacement field: {name!conv:spec}
    let p = j + 1;
    const nameStart = p;
    let term = 0;
    while (p < n) {
      const d = s.charCodeAt(p++);
      if (d === C_LBRACE) valueError("unexpected '{' in field name");
      if (d === C_LBRACKET) {
        while (p < n && s.charCodeAt(p) !== C_RBRACKET) p++;
        continue;
      }
      if (d === C_RBRACE || d === C_COLON || d === C_BANG) {
        term = d;
        break;
      }
    }
    if (term === 0) valueError("expected '}' before end of string");
    const name = s.slice(nameStart, p - 1);
    let conv = 0, spec = "", expand = false;
    if (term !== C_RBRACE) {
      let done = false;
      if (term === C_BANG) {
        if (p >= n) valueError("end of string while looking for conversion specifier");
        conv = s.codePointAt(p)!;
        p += conv > 0xffff ? 2 : 1;
        if (p < n) {
          const d = s.charCodeAt(p++);
          if (d === C_RBRACE) done = true;
          else if (d !== C_COLON) valueError("expected ':' after conversion specifier");
        }
      }
      if (!done) {
        const specStart = p;
        let count = 1;
        while (p < n) {
          const d = s.charCodeAt(p++);
          if (d === C_LBRACE) {
            expand = true;
            count++;
          } else if (d === C_RBRACE && --count === 0) break;
        }
        if (count !== 0) valueError("unmatched '{' in format spec");
        spec = s.slice(specStart, p - 1);
      }
    }
    let obj = fieldObject(name, ctx);
    if (conv !== 0) obj = convertField(obj, conv);
    if (expand) spec = buildString(spec, depth - 1, ctx);
    out += typeof obj === "string" ? formatStr(obj, spec) : pyFormat(obj, spec);
    if (out.length > MAX_SEQUENCE) memoryError();
    i = p;
  }
  return out;
}

/**
 * `fmt.format(*args, **kwargs)`.
 *
 * @example
 * strFormat("{0} + {x} = {0:>4}", [1], new Map([["x", 2]]));  // "1 + 2 =    1"
 */
export function strFormat(fmt: string, args: Py[], kwargs: Map<string, Py>): string {
  return buildString(fmt, 2, { args, kwargs, mapping: undefined, auto: ANS_INIT, nextIndex: 0 });
}

/**
 * `fmt.format_map(mapping)`: names are looked up with `mapping[name]` (so a dict subclass's
 * `__missing__` applies); positional fields are an error.
 *
 * @example
 * strFormatMap("{a}-{b}", dict);  // "1-2" when dict is {"a": 1, "b": 2}
 */
export function strFormatMap(fmt: string, mapping: Py): string {
  return buildString(fmt, 2, { args: null, kwargs: null, mapping, auto: ANS_INIT, nextIndex: 0 });
}
