// int, bool, float and complex: constructors and methods.

import { intTooLarge, memoryError, overflowError, raise, typeError, valueError } from "../errors.ts";
import { newException, OverflowError, TypeError as TypeErrorType, ValueError } from "../objects/exceptions.ts";
import { floatRepr } from "../objects/floatrepr.ts";
import { big, bitLength, bytesNumberText, intHashExact, norm, numberText, parseIntString, stripAsciiSpace } from "../objects/int.ts";
import {
  BoolType, ComplexType, FloatType, IntType, NotImplemented, type Py, PyBytes, PyByteArray, PyComplex, PyException, PyFloat, PyInstance, PyTuple, PyType, classMethodDescriptor, EMPTY_TUPLE,
  GetSetDescriptorType, PyDescriptor,
} from "../objects/model.ts";
import { arity, bindArgs, defMethod, defMethods, noKw } from "../objects/native.ts";
import {
  asStr, baseValue, callBound, callObject, getIter, isBuiltinSlot, isSubtype, iterToArray, lookup, pyBool, pyRepr, pyStr,
} from "../objects/protocol.ts";
import { bytesView, callBytes } from "../objects/bytes.ts";
import { asIndex, ssizeArg } from "../objects/seq.ts";
import { typeName } from "../objects/typeof.ts";
import { cpLength, cpSlice } from "../objects/strrepr.ts";
import { argTypeName } from "../objects/str.ts";
import { floatFromHex } from "../objects/float.ts";
import { MAX_SEQUENCE } from "../limits.ts";

/** int(x) for any x (no base). */
export function toInt(v: Py): number | bigint {
  switch (typeof v) {
    case "number":
    case "bigint":
      return v;
    case "boolean":
      return v ? 1 : 0;
    case "string":
      return parseIntOrFail(v, 10, v);
  }
  if (v instanceof PyFloat) return floatToInt(v.v);
  if (typeof v === "object" && v !== null) {
    const t = v.cls as PyType;
    for (const name of ["__int__", "__index__", "__trunc__"]) {
      const m = lookup(t, name);
      if (m === undefined || t.builtin) continue;
      // an int/float subclass's inherited conversion: its value, below
      if (isBuiltinSlot(t, name, m)) break;
      const raw = callBound(m, v, t, []);
      const r = baseValue(raw); // a strict int subclass is accepted (CPython warns)
      if (typeof r === "number" || typeof r === "bigint") return r;
      if (typeof r === "boolean") return r ? 1 : 0;
      if (name === "__trunc__") {
        const i = asIndex(raw);
        if (i === undefined) typeError(`__trunc__ returned non-Integral (type ${typeName(raw)})`);
        return i;
      }
      typeError(`${name} returned non-int (type ${typeName(raw)})`);
    }
    const x = (v as { value?: Py }).value;
    if (v instanceof PyInstance && x !== undefined && (typeof x !== "object" || x instanceof PyFloat || x instanceof PyBytes)) {
      return toInt(x);
    }
    if (v instanceof PyBytes || v instanceof PyByteArray) {
      const b = v instanceof PyBytes ? v.b : v.b.slice(0, v.n);
      // (a bytearray is shown as the bytes CPython converted it to)
      return parseIntOrFail(bytesNumberText(b, b.length), 10, v instanceof PyBytes ? v : new PyBytes(b));
    }
  }
  typeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeName(v)}'`);
}

export function floatToInt(x: number): number | bigint {
  if (Number.isNaN(x)) valueError("cannot convert float NaN to integer");
  if (!Number.isFinite(x)) overflowError("cannot convert float infinity to integer");
  const t = Math.trunc(x);
  if (Math.abs(t) <= Number.MAX_SAFE_INTEGER) return t + 0;
  return norm(BigInt(t));
}

function parseIntOrFail(s: string, base: number, shown: Py): number | bigint {
  const r = parseIntString(s, base);
  // (thrown here, from code that also returns: a function that only ever throws is never
  // optimized by the engine, and its throw costs several times more; see fused.ts lookupFailed)
  if (r === undefined) throw invalidIntLiteral(base, shown);
  return r;
}

/** ValueError "invalid literal for int() with base 10: 'x'", the repr cut at 200 characters (CPython's %.200R). */
function invalidIntLiteral(base: number, shown: Py): PyException {
  const r = pyRepr(shown);
  return newException(ValueError, `invalid literal for int() with base ${base}: ${cpLength(r) > 200 ? cpSlice(r, 0, 200) : r}`);
}

/** float(x). */
export function toFloat(v: Py): number {
  switch (typeof v) {
    case "number":
      return v;
    case "bigint":
      return Number(v);
    case "boolean":
      return v ? 1 : 0;
    case "string":
      return parseFloatStr(v);
  }
  if (v instanceof PyFloat) return v.v;
  if (v instanceof PyBytes || v instanceof PyByteArray) {
    return parseFloatText(bytesNumberText(v.b, v instanceof PyByteArray ? v.n : v.b.length), v);
  }
  if (typeof v === "object" && v !== null) {
    const t = v.cls as PyType;
    const m = lookup(t, "__float__");
    // (an int/float subclass's inherited __float__ is its value, below)
    if (m !== undefined && !t.builtin && !isBuiltinSlot(t, "__float__", m)) {
      const r = callBound(m, v, t, []);
      if (r instanceof PyFloat) return r.v;
      const x = baseValue(r); // a strict float subclass is accepted (CPython warns)
      if (x instanceof PyFloat) return x.v;
      typeError(`${t.name}.__float__ returned non-float (type ${typeName(r)})`);
    }
    const ix = m === undefined ? lookup(t, "__index__") : undefined;
    if (ix !== undefined && !t.builtin && !isBuiltinSlot(t, "__index__", ix)) return Number(asIndex(v));
    // (a complex subclass's value is no real number: the error names the subclass)
    const value = (v as { value?: Py }).value;
    if (value !== undefined && !(value instanceof PyComplex) && v instanceof PyInstance) return toFloat(value);
  }
  typeError(`float() argument must be a string or a real number, not '${typeName(v)}'`);
}

const FLOAT_RE = /^[+-]?(?:(?:\d(?:_?\d)*)?\.?\d(?:_?\d)*(?:[eE][+-]?\d(?:_?\d)*)?|\d(?:_?\d)*\.(?:[eE][+-]?\d(?:_?\d)*)?)$/;

/** float(s) of a str (ValueError "could not convert string to float: 'x'"). */
export function parseFloatStr(s: string): number {
  return parseFloatText(numberText(s), s);
}

/** Parse the ASCII text of a float (see numberText); `shown` is what the error message shows. */
function parseFloatText(text: string, shown: Py): number {
  const t = stripAsciiSpace(text);
  const low = t.toLowerCase();
  const body = low.replace(/^[+-]/, "");
  const neg = low.startsWith("-");
  if (body === "inf" || body === "infinity") return neg ? -Infinity : Infinity;
  if (body === "nan") return NaN;
  if (FLOAT_RE.test(t)) return parseFloat(t.replace(/_/g, ""));
  // (thrown here rather than by a helper that only throws: see parseIntOrFail)
  throw newException(ValueError, `could not convert string to float: ${pyRepr(shown)}`);
}

/**
 * One argument of complex(): a complex or a float. The first argument goes through its
 * __complex__ if it has one (a complex subclass's own too); the second never does (CPython's
 * complex_new reads a complex's components, else calls __float__).
 */
function complexPart(v: Py, what: string, first: boolean): PyComplex | number {
  if (first && typeof v === "object" && v !== null && !(v.cls as PyType).builtin) {
    const t = v.cls as PyType;
    const m = lookup(t, "__complex__");
    if (m !== undefined) {
      const r = callBound(m, v, t, []);
      const c = baseValue(r);
      if (!(c instanceof PyComplex)) typeError(`__complex__ returned non-complex (type ${typeName(r)})`);
      return c;
    }
  }
  const boxed = baseValue(v);
  if (boxed instanceof PyComplex) return boxed;
  if (v === null) typeError(`complex() ${what}, not 'NoneType'`);
  if (typeof v === "object" && !(v instanceof PyFloat)) {
    const t = v.cls as PyType;
    if (lookup(t, "__float__") === undefined && lookup(t, "__index__") === undefined && (v as { value?: Py }).value === undefined) {
      typeError(`complex() ${what}, not '${typeName(v)}'`);
    }
  }
  return toFloat(v);
}

const COMPLEX_FLOAT = /[+-]?(?:infinity|inf|nan|(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:e[+-]?\d(?:_?\d)*)?)/iy;

/** complex("...") as CPython's complex_from_string: [(] <float> | <float>j | [<float>]<sign>[<float>]j | j [)]. */
function complexFromString(src: string): PyComplex {
  const s = numberText(src);
  if (s.includes("_") && /(?<![0-9])_|_(?![0-9])/.test(s)) valueError(`could not convert string to complex: ${pyRepr(src)}`);
  const bad = (): never => valueError("complex() arg is a malformed string");
  const isSpace = (c: string) => c === " " || (c >= "\t" && c <= "\r");
  let p = 0, x = 0, y = 0;
  while (isSpace(s[p])) p++;
  const bracket = s[p] === "(";
  if (bracket) {
    p++;
    while (isSpace(s[p])) p++;
  }
  const num = (): number | undefined => {
    COMPLEX_FLOAT.lastIndex = p;
    const m = COMPLEX_FLOAT.exec(s);
    if (m === null) return undefined;
    p += m[0].length;
    return parseFloatStr(m[0]);
  };
  const z = num();
  const isJ = () => s[p] === "j" || s[p] === "J";
  if (z !== undefined) {
    if (s[p] === "+" || s[p] === "-") {
      x = z;
      const sign = s[p];
      const w = num();
      if (w !== undefined) y = w;
      else {
        y = sign === "+" ? 1 : -1;
        p++;
      }
      if (!isJ()) bad();
      p++;
    } else if (isJ()) {
      p++;
      y = z;
    } else x = z;
  } else {
    if (s[p] === "+" || s[p] === "-") y = s[p++] === "+" ? 1 : -1;
    else y = 1;
    if (!isJ()) bad();
    p++;
  }
  while (isSpace(s[p])) p++;
  if (bracket) {
    if (s[p] !== ")") bad();
    p++;
    while (isSpace(s[p])) p++;
  }
  if (p !== s.length) bad();
  return new PyComplex(x, y);
}

function intArg(v: Py): number | bigint {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const i = asIndex(v);
  if (i === undefined) typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  return i;
}

function selfInt(v: Py): number | bigint {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyInstance && (v as PyInstance & { value?: Py }).value !== undefined) return selfInt((v as PyInstance & { value: Py }).value);
  typeError(`descriptor requires an 'int' object but received '${typeName(v)}'`);
}

function selfFloat(v: Py): number {
  if (v instanceof PyFloat) return v.v;
  if (v instanceof PyInstance && (v as PyInstance & { value?: Py }).value !== undefined) return selfFloat((v as PyInstance & { value: Py }).value);
  typeError(`descriptor requires a 'float' object but received '${typeName(v)}'`);
}

/** The byteorder argument of int.to_bytes/from_bytes: a str or str subclass ("big" when absent). */
function byteorderArg(fname: string, v: Py): string {
  if (v === undefined) return "big";
  const s = asStr(v);
  if (s === undefined) typeError(`${fname}() argument 'byteorder' must be str, not ${argTypeName(v)}`);
  return s;
}

/** int.to_bytes */
export function intToBytes(n: number | bigint, length: number, order: string, signed: boolean): PyBytes {
  if (order !== "big" && order !== "little") valueError("byteorder must be either 'little' or 'big'");
  if (length < 0) valueError("length argument must be non-negative");
  if (length > MAX_SEQUENCE) memoryError();
  const v = big(n);
  if (v < 0n && !signed) overflowError("can't convert negative int to unsigned");
  // an int has at most 128 bits: only its 17 lowest bytes are computed, the others are its sign
  // (0x00 or 0xff), so a long result costs no quadratic BigInt work
  const k = Math.min(length, 17), bits = BigInt(8 * k);
  if (length < 17) {
    // (zero signed bytes hold 0 and, as in CPython, -1)
    const fits = signed
      ? k === 0 ? v === 0n || v === -1n : v >= -(1n << (bits - 1n)) && v < 1n << (bits - 1n)
      : v < 1n << bits;
    if (!fits) overflowError("int too big to convert");
  }
  const out = new Uint8Array(length);
  if (v < 0n) out.fill(0xff);
  let w = BigInt.asUintN(8 * k, v);
  for (let i = 0; i < k; i++) {
    out[order === "big" ? length - 1 - i : i] = Number(w & 255n);
    w >>= 8n;
  }
  return new PyBytes(out);
}

/** int.from_bytes */
export function intFromBytes(b: Py, order: string, signed: boolean): number | bigint {
  // (CPython checks the byteorder before it converts the bytes)
  if (order !== "big" && order !== "little") valueError("byteorder must be either 'little' or 'big'");
  let bytes: Uint8Array;
  if (b instanceof PyBytes) bytes = b.b;
  else if (b instanceof PyByteArray) bytes = b.b.subarray(0, b.n);
  else {
    // PyObject_Bytes: __bytes__, or an iterable of ints in range(256); never a str or an int
    const t = typeof b === "object" && b !== null ? b.cls as PyType : null;
    const m = t !== null && !t.builtin ? lookup(t, "__bytes__") : undefined;
    if (m !== undefined) {
      bytes = (baseValue(callBytes(m, b, t!)) as PyBytes).b;
    } else {
      if (typeof b === "string" || typeof b === "number" || typeof b === "bigint" || typeof b === "boolean" || b === null) {
        typeError(`cannot convert '${typeName(b)}' object to bytes`);
      }
      let it: Py;
      try {
        it = getIter(b);
      } catch (e) {
        if (e instanceof PyException && e.cls === TypeErrorType) typeError(`cannot convert '${typeName(b)}' object to bytes`);
        throw e;
      }
      const items = hooksToArray(it);
      bytes = Uint8Array.from(items.map((x) => {
        const v = asIndex(x);
        if (v === undefined) typeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
        if (v < 0 || v > 255) valueError("bytes must be in range(0, 256)");
        return Number(v);
      }));
    }
  }
  const n = bytes.length;
  const at = (i: number) => bytes[order === "big" ? i : n - 1 - i]; // the i-th most significant byte
  const neg = signed && n > 0 && (at(0) & 0x80) !== 0;
  // leading 0x00 bytes (0xff for a negative number) do not change the value: skip them, so a long
  // input costs no quadratic BigInt work before it overflows
  let i = 0;
  const fill = neg ? 0xff : 0;
  while (i < n && at(i) === fill) i++;
  if (n - i > 17) intTooLarge();
  let v = 0n;
  for (let j = i; j < n; j++) v = (v << 8n) | BigInt(at(j));
  if (neg) v -= 1n << BigInt(8 * (n - i));
  return norm(v);
}
function hooksToArray(v: Py): Py[] {
  return iterToArray(v);
}

/** round() of a float to n digits, correctly rounded half-even on the exact binary value. */
export function roundFloat(x: number, n: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  // CPython's NDIGITS_MAX and NDIGITS_MIN: past them every double is already rounded (or 0)
  if (n > 323) return x;
  if (n < -308) return 0 * x;
  if (n > 22 || n < 0) return roundExact(x, n);
  if (n === 0) {
    let r = Math.round(x);
    if (Math.abs(x % 1) === 0.5) r = 2 * Math.round(x / 2);
    return r === 0 ? (x < 0 ? -0 : 0) : r;
  }
  if (n > 0) {
    // toFixed rounds exact ties away from zero; Python rounds them to even
    const s = x.toFixed(n);
    if (!isExactTie(x, n)) return parseFloat(s);
    const neg = s.startsWith("-");
    const digits = BigInt(s.replace("-", "").replace(".", ""));
    if (digits % 2n === 0n) return parseFloat(s);
    const t = (digits - 1n).toString().padStart(n + 1, "0");
    return parseFloat((neg ? "-" : "") + t.slice(0, t.length - n) + "." + t.slice(t.length - n));
  }
  const p = 10 ** -n;
  const q = x / p;
  let r = Math.round(q);
  if (Math.abs(q % 1) === 0.5) r = 2 * Math.round(q / 2);
  return r * p;
}

/** A finite float as an exact fraction num / den with den a power of two (not reduced). */
function floatRatio(x: number): [bigint, bigint] {
  let m = x, e = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    e++;
  }
  return [BigInt(m), 1n << BigInt(e)];
}

/** round(x, n) on the exact binary value of x, ties to even (BigInt arithmetic; any n). */
function roundExact(x: number, n: number): number {
  let [num, den] = floatRatio(Math.abs(x));
  if (n >= 0) num *= 10n ** BigInt(n);
  else den *= 10n ** BigInt(-n);
  let q = num / den;
  const r2 = (num % den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) q += 1n;
  const r = Number(`${q}e${-n}`);
  if (r === Infinity) overflowError("rounded value too large to represent");
  return x < 0 ? -r : r;
}

/** Is x * 10^n exactly halfway between two integers? (exact rational arithmetic) */
function isExactTie(x: number, n: number): boolean {
  // x = m * 2^e exactly
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, Math.abs(x));
  const hi = buf.getUint32(0), lo = buf.getUint32(4);
  const exp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (exp === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = exp - 1075;
  }
  // x*10^n*2 = mant * 2^(e+1) * 10^n must be an odd integer
  let num = mant * 10n ** BigInt(n) * 2n;
  if (e >= 0) return false; // x is an integer: never a tie for n > 0
  const den = 1n << BigInt(-e);
  if (num % den !== 0n) return false;
  num /= den;
  return num % 2n === 1n;
}

function intRound(v: number | bigint, nd: number | bigint): number | bigint {
  if (nd >= 0) return v;
  // every int is below 2^127 < 10^39 / 2 in magnitude, so it rounds to 0 at 10^40 and beyond
  // (without computing 10^-nd, which for ndigits = -10**30 CPython itself never finishes)
  if (nd < -39) return 0;
  const p = 10n ** big(-nd);
  const V = big(v);
  let q = V / p, r = V % p;
  if (r < 0n) {
    r += p;
    q -= 1n;
  }
  const twice = 2n * r;
  if (twice > p || (twice === p && (q & 1n) === 1n)) q += 1n;
  return norm(q * p);
}

export function pyRound(args: Py[], kw: string[] | null): Py {
  const [x, nd] = bindArgs("round", args, kw, ["number", "ndigits"], 1);
  const hasNd = nd !== undefined && nd !== null;
  if (typeof x === "number" || typeof x === "bigint" || typeof x === "boolean") {
    const v = typeof x === "boolean" ? (x ? 1 : 0) : x;
    if (!hasNd) return v;
    return intRound(v, intArg(nd));
  }
  if (x instanceof PyFloat) {
    if (!hasNd) {
      if (!Number.isFinite(x.v)) {
        if (Number.isNaN(x.v)) valueError("cannot convert float NaN to integer");
        overflowError("cannot convert float infinity to integer");
      }
      return floatToInt(roundFloat(x.v, 0));
    }
    const n = Number(intArg(nd));
    return new PyFloat(roundFloat(x.v, n));
  }
  if (typeof x === "object" && x !== null) {
    const m = lookup(x.cls, "__round__");
    if (m !== undefined && !x.cls.builtin) return callBound(m, x, x.cls, hasNd ? [nd] : []);
  }
  typeError(`type ${typeName(x)} doesn't define __round__ method`);
}

export function installNumbers(): void {
  IntType.call1 = toInt;
  FloatType.call1 = (v) => (v instanceof PyFloat && v.cls === FloatType ? v : new PyFloat(toFloat(v)));
  IntType.newFn = (cls, args, kw) => {
    if (kw === null && args.length === 1 && cls === IntType) return toInt(args[0]);
    // x is positional-only: no keyword can name the parameter ""
    const [x, base] = bindArgs("int", args, kw, ["", "base"], 0, 2);
    let r: number | bigint;
    if (x === undefined) {
      if (base !== undefined) typeError("int() missing string argument");
      r = 0;
    } else if (base === undefined) r = toInt(x);
    else {
      const b = Number(intArg(base));
      if (b !== 0 && (b < 2 || b > 36)) valueError("int() base must be >= 2 and <= 36, or 0");
      // (str, bytes and bytearray subclass instances too, as CPython)
      let s = asStr(x);
      const xb = s === undefined ? bytesView(x) : undefined;
      if (xb !== undefined) s = bytesNumberText(xb, xb.length);
      else if (s === undefined) typeError("int() can't convert non-string with explicit base");
      const v = parseIntString(s, b);
      // (bytes-like text is shown as the bytes CPython converted it to)
      if (v === undefined) throw invalidIntLiteral(b, xb !== undefined && !(x instanceof PyBytes) ? new PyBytes(xb.slice()) : x);
      r = v;
    }
    if (cls !== IntType) {
      const inst = new PyInstance(cls);
      (inst as PyInstance & { value: Py }).value = r;
      return inst;
    }
    return r;
  };
  BoolType.newFn = (_cls, args, kw) => {
    noKw("bool", kw);
    if (args.length > 1) typeError(`bool expected at most 1 argument, got ${args.length}`);
    return args.length === 0 ? false : pyBool(args[0]);
  };
  FloatType.newFn = (cls, args, kw) => {
    noKw("float", kw);
    if (args.length > 1) typeError(`float expected at most 1 argument, got ${args.length}`);
    const v = args.length === 0 ? 0 : toFloat(args[0]);
    if (cls !== FloatType) {
      const inst = new PyInstance(cls);
      (inst as PyInstance & { value: Py }).value = new PyFloat(v);
      return inst;
    }
    if (args.length === 1 && args[0] instanceof PyFloat && args[0].cls === FloatType) return args[0];
    return new PyFloat(v);
  };
  ComplexType.newFn = (_cls, args, kw) => {
    const [re, im] = bindArgs("complex", args, kw, ["real", "imag"], 0);
    // (a str subclass instance is a string too, as CPython's PyUnicode_Check)
    const rs = asStr(re);
    if (rs !== undefined) {
      if (im !== undefined) typeError("complex() can't take second arg if first is a string");
      return complexFromString(rs);
    }
    if (asStr(im) !== undefined) typeError("complex() second arg can't be a string");
    // CPython's complex_new: a complex argument contributes both of its components
    let r = 0, i = 0;
    if (re !== undefined) {
      const c = complexPart(re, "first argument must be a string or a number", true);
      if (c instanceof PyComplex) {
        if (im === undefined) return c;
        r = c.re;
        i = c.im;
      } else r = c;
    }
    if (im !== undefined) {
      const c = complexPart(im, "second argument must be a number", false);
      if (c instanceof PyComplex) {
        r -= c.im;
        i = re !== undefined && i !== 0 ? i + c.re : c.re;
      } else i = i !== 0 ? i + c : c;
    }
    return new PyComplex(r, i);
  };

  defMethods(IntType, {
    bit_length(args, kw) {
      arity("int.bit_length", args, kw, 0, 0, true);
      return bitLength(selfInt(args[0]));
    },
    bit_count(args, kw) {
      arity("int.bit_count", args, kw, 0, 0, true);
      let v = big(selfInt(args[0]));
      if (v < 0n) v = -v;
      let n = 0;
      while (v > 0n) {
        n += Number(v & 1n);
        v >>= 1n;
      }
      return n;
    },
    to_bytes(args, kw) {
      const [length, byteorder, signed] = bindArgs("to_bytes", args, kw, ["length", "byteorder", "signed"], 0, 2, true);
      return intToBytes(selfInt(args[0]), length === undefined ? 1 : ssizeArg(length), byteorderArg("to_bytes", byteorder), signed === undefined ? false : pyBool(signed));
    },
    conjugate(args, kw) {
      arity("int.conjugate", args, kw, 0, 0, true);
      return selfInt(args[0]);
    },
    is_integer(args, kw) {
      arity("int.is_integer", args, kw, 0, 0, true);
      selfInt(args[0]);
      return true;
    },
    as_integer_ratio(args, kw) {
      arity("int.as_integer_ratio", args, kw, 0, 0, true);
      return new PyTuple([selfInt(args[0]), 1]);
    },
    __getnewargs__(args, kw) {
      arity("int.__getnewargs__", args, kw, 0, 0, true);
      return new PyTuple([selfInt(args[0])]);
    },
    __index__(args) {
      return selfInt(args[0]);
    },
    __int__(args) {
      return selfInt(args[0]);
    },
    __float__(args) {
      return new PyFloat(Number(selfInt(args[0])));
    },
    __hash__(args) {
      return intHashExact(selfInt(args[0]));
    },
    __abs__(args) {
      const v = selfInt(args[0]);
      return typeof v === "number" ? Math.abs(v) : norm(v < 0n ? -v : v);
    },
    __neg__(args) {
      const v = selfInt(args[0]);
      return typeof v === "number" ? (v === 0 ? 0 : -v) : norm(-v);
    },
    __pos__(args) {
      return selfInt(args[0]);
    },
    __bool__(args) {
      const v = selfInt(args[0]);
      return v !== 0 && v !== 0n;
    },
    __repr__(args) {
      return String(selfInt(args[0]));
    },
    __str__(args) {
      return String(selfInt(args[0]));
    },
    __round__(args) {
      // (an explicit None is no index: round(x, None) calls it without one)
      return intRound(selfInt(args[0]), args.length > 1 ? intArg(args[1]) : 0);
    },
    __trunc__(args) {
      return selfInt(args[0]);
    },
    __floor__(args) {
      return selfInt(args[0]);
    },
    __ceil__(args) {
      return selfInt(args[0]);
    },
    __eq__(args) {
      const b = baseValue(args[1]);
      if (typeof b !== "number" && typeof b !== "bigint" && typeof b !== "boolean" && !(b instanceof PyFloat)) return NotImplemented;
      // deno-lint-ignore eqeqeq
      return selfInt(args[0]) == (b instanceof PyFloat ? b.v : typeof b === "boolean" ? (b ? 1 : 0) : b);
    },
    __lt__(args) {
      const b = baseValue(args[1]);
      if (typeof b !== "number" && typeof b !== "bigint" && !(b instanceof PyFloat)) return NotImplemented;
      return selfInt(args[0]) < (b instanceof PyFloat ? b.v : b);
    },
  });
  const fromBytes = defMethod(IntType, "from_bytes", (args, kw) => {
    const [bytes, byteorder, signed] = bindArgs("from_bytes", args, kw, ["bytes", "byteorder", "signed"], 1, 2, true);
    const r = intFromBytes(bytes, byteorderArg("from_bytes", byteorder), signed === undefined ? false : pyBool(signed));
    // bool and int subclasses make their instance from the int (CPython calls cls(value))
    return args[0] === IntType ? r : callObject(args[0], [r]);
  });
  IntType.dict.set("from_bytes", classMethodDescriptor(fromBytes));

  defMethods(FloatType, {
    is_integer(args, kw) {
      arity("float.is_integer", args, kw, 0, 0, true);
      return Number.isInteger(selfFloat(args[0]));
    },
    as_integer_ratio(args, kw) {
      arity("float.as_integer_ratio", args, kw, 0, 0, true);
      const x = selfFloat(args[0]);
      if (!Number.isFinite(x)) {
        if (Number.isNaN(x)) valueError("cannot convert NaN to integer ratio");
        overflowError("cannot convert Infinity to integer ratio");
      }
      let [num, den] = floatRatio(x);
      const g = gcd(num < 0n ? -num : num, den);
      num /= g;
      den /= g;
      return new PyTuple([norm(num), norm(den)]);
    },
    __getnewargs__(args, kw) {
      arity("float.__getnewargs__", args, kw, 0, 0, true);
      return new PyTuple([new PyFloat(selfFloat(args[0]))]);
    },
    hex(args, kw) {
      arity("float.hex", args, kw, 0, 0, true);
      return floatHex(selfFloat(args[0]));
    },
    conjugate(args, kw) {
      arity("float.conjugate", args, kw, 0, 0, true);
      return new PyFloat(selfFloat(args[0]));
    },
    __int__(args) {
      return floatToInt(selfFloat(args[0]));
    },
    __trunc__(args) {
      return floatToInt(selfFloat(args[0]));
    },
    __floor__(args) {
      return floatToInt(Math.floor(selfFloat(args[0])));
    },
    __ceil__(args) {
      return floatToInt(Math.ceil(selfFloat(args[0])));
    },
    __float__(args) {
      return new PyFloat(selfFloat(args[0]));
    },
    __round__(args) {
      return pyRound([new PyFloat(selfFloat(args[0])), ...args.slice(1)], null);
    },
    __repr__(args) {
      return floatRepr(selfFloat(args[0]));
    },
    __str__(args) {
      return floatRepr(selfFloat(args[0]));
    },
    __abs__(args) {
      return new PyFloat(Math.abs(selfFloat(args[0])));
    },
    __neg__(args) {
      return new PyFloat(-selfFloat(args[0]));
    },
    __pos__(args) {
      return new PyFloat(selfFloat(args[0]));
    },
    __bool__(args) {
      return selfFloat(args[0]) !== 0;
    },
    __hash__(args) {
      return callObject(hooksHash(), [new PyFloat(selfFloat(args[0]))]);
    },
    __eq__(args) {
      const b = baseValue(args[1]);
      const y = b instanceof PyFloat ? b.v : typeof b === "number" ? b : typeof b === "bigint" ? Number(b) : typeof b === "boolean" ? (b ? 1 : 0) : undefined;
      if (y === undefined) return NotImplemented;
      return selfFloat(args[0]) === y;
    },
    __lt__(args) {
      const b = baseValue(args[1]);
      const y = b instanceof PyFloat ? b.v : typeof b === "number" ? b : typeof b === "bigint" ? Number(b) : undefined;
      if (y === undefined) return NotImplemented;
      return selfFloat(args[0]) < y;
    },
  });
  const fromhex = defMethod(FloatType, "fromhex", (args, kw) => {
    // (the errors name the class it is called on: "Meters.fromhex() takes exactly one argument")
    arity(`${args[0] instanceof PyType ? args[0].name : "float"}.fromhex`, args, kw, 1, 1, true);
    const s = baseValue(args[1]);
    if (typeof s !== "string") typeError("bad argument type for built-in operation");
    const r = new PyFloat(floatFromHex(s));
    // a subclass makes its instance from the float, through its own __new__ and __init__
    return args[0] === FloatType ? r : callObject(args[0], [r]);
  });
  FloatType.dict.set("fromhex", classMethodDescriptor(fromhex));
  // the read-only attributes an int or float computes (CPython's getset descriptors; the attribute
  // lookup answers them for instances before it reaches the class, see protocol.ts specialAttr)
  for (const name of ["real", "imag", "numerator", "denominator"]) IntType.dict.set(name, new PyDescriptor(name, IntType, GetSetDescriptorType));
  for (const name of ["real", "imag"]) FloatType.dict.set(name, new PyDescriptor(name, FloatType, GetSetDescriptorType));
  defMethods(ComplexType, {
    __repr__(args) {
      return pyRepr(baseValue(args[0]));
    },
    conjugate(args, kw) {
      arity("complex.conjugate", args, kw, 0, 0, true);
      // (a subclass's instance holds its complex as its builtin value)
      const c = baseValue(args[0]) as PyComplex;
      return new PyComplex(c.re, -c.im);
    },
  });
  void raise;
  void OverflowError;
  void ValueError;
  void isSubtype;
  void pyStr;
  void EMPTY_TUPLE;
}

let hashFn: Py = null;
export function setHashBuiltin(f: Py): void {
  hashFn = f;
}
function hooksHash(): Py {
  return hashFn;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a;
}

function floatHex(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0x0.0p+0" : "0x0.0p+0";
  const sign = x < 0 ? "-" : "";
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, Math.abs(x));
  const hi = buf.getUint32(0), lo = buf.getUint32(4);
  let exp = (hi >>> 20) & 0x7ff;
  const mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let lead = "1";
  if (exp === 0) {
    lead = "0";
    exp = -1022;
  } else exp -= 1023;
  const hex = mant.toString(16).padStart(13, "0");
  return `${sign}0x${lead}.${hex}p${exp >= 0 ? "+" : ""}${exp}`;
}

export { intArg };
