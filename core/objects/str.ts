// The methods of str, and the helpers the VM calls on its hot paths (indexing, slicing,
// repetition, `in`).
//
// Python indexes a str by code point, JavaScript by UTF-16 unit. Strings without surrogates
// (nearly all) go straight to the native String methods wherever their semantics are Python's
// (indexOf, split, replaceAll, startsWith, toLowerCase...); strings with astral characters convert
// indexes at the Python boundary only (cpToUnit / unitToCp from strrepr.ts: a binary search in an
// index of the string's surrogate pairs, kept for the last few long strings).
//
// One subtlety on that path: a needle that begins with a low surrogate or ends with a high one
// (only possible with lone surrogates) could match half of a pair in JavaScript. Searches with such
// a needle in a string with surrogates skip matches that split a pair (`needsAlign`, `aligned`).
//
// Layout: 1. errors  2. argument conversion  3. character classes and Unicode tables
// 4. searching  5. hot-path exports  6. the methods  7. installation.

import { indexError, memoryError, noKeywords, overflowError, typeError, valueError } from "../errors.ts";
import { MAX_SEQUENCE } from "../limits.ts";
import { strEncode } from "./bytes.ts";
import { dictGet, dictKeys, dictSet, newDict } from "./dict.ts";
import { LookupError, TypeError as TypeErrorType } from "./exceptions.ts";
import { formatStr, percentFormat, strFormat, strFormatMap } from "./format.ts";
import {
  DictType,
  NotImplemented,
  type Py,
  PyBuiltin,
  PyDict,
  PyException,
  PyList,
  PySlice,
  PyStaticMethod,
  PyTuple,
  StrType,
} from "./model.ts";
import { asIndex, bigIndexError, cannotFit } from "./seq.ts";
import { arity, bindArgs, defMethod, fastMethod, splitKw, tupleArity } from "./native.ts";
import {
  asStr, baseValue, chargeChars, chargeWork, getItem, getIter, hooks, isSubtype, iterNext, plainItems, STOP,
} from "./protocol.ts";
import {
  cpAt, cpLength, cpSlice, cpToUnit, isPrintableCp, isSpaceCode, isWide, lazyRegExp, narrowChar, narrowSlice, unitsEndWith, unitsStartWith, unitToCp,
} from "./strrepr.ts";
import { typeName } from "./typeof.ts";

// ---------------------------------------------------------------------------------------------
// 1. Errors (CPython 3.12 wording; the corpus-required additions are marked)

function notAnInteger(v: Py): never {
  return typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
}
function badSliceIndex(): never {
  return typeError("slice indices must be integers or None or have an __index__ method");
}
function ssizeOverflow(): never {
  return overflowError("Python int too large to convert to C ssize_t");
}
function mustBeStr(v: Py): never {
  return typeError(`must be str, not ${typeName(v)}`);
}
function argMustBeStr(fname: string, n: number, v: Py): never {
  return typeError(`${fname}() argument ${n} must be str, not ${argTypeName(v)}`);
}
/**
 * The type name in CPython's argument-clinic messages ("argument 1 must be str, not None"),
 * which name None itself rather than NoneType.
 */
export function argTypeName(v: Py): string {
  return v === null ? "None" : typeName(v);
}
function substringNotFound(): never {
  return valueError("substring not found");
}
function emptySeparator(): never {
  return valueError("empty separator");
}
function badFillChar(v: Py): never {
  if (typeof v !== "string") typeError(`The fill character must be a unicode character, not ${typeName(v)}`);
  return typeError("The fill character must be exactly one character long");
}
/** CPython says "can only join an iterable"; the corpus checks "join() argument must be iterable". */
function joinNotIterable(): never {
  return typeError("can only join an iterable");
}
function joinItem(i: number, v: Py): never {
  return typeError(`sequence item ${i}: expected str instance, ${typeName(v)} found`);
}
function notAStrDescriptor(name: string, v: Py): never {
  return typeError(`descriptor '${name}' for 'str' objects doesn't apply to a '${typeName(v)}' object`);
}
function stringIndexOutOfRange(): never {
  return indexError("string index out of range");
}

// ---------------------------------------------------------------------------------------------
// 2. Argument conversion

const SSIZE_LIMIT = 1n << 63n;

/**
 * An integer argument (int, bool, or an object with `__index__`) as a number, or a bigint
 * beyond 2^53. TypeError "'X' object cannot be interpreted as an integer" otherwise.
 *
 * @example
 * indexArg(true);  // 1
 */
export function indexArg(v: Py): number | bigint {
  switch (typeof v) {
    case "number":
    case "bigint":
      return v;
    case "boolean":
      return v ? 1 : 0;
  }
  if (typeof v === "object" && v !== null) {
    const r = asIndex(v);
    if (r !== undefined) return r;
  }
  return notAnInteger(v);
}

/**
 * An integer argument that must fit a C ssize_t (counts, widths, maxsplit), as a JS number.
 * OverflowError past 2^63; values between 2^53 and 2^63 come back approximate, which is fine
 * for everything they are used for (they exceed any length).
 */
export function ssizeArg(v: Py): number {
  if (typeof v === "number") return v;
  const n = indexArg(v);
  if (typeof n === "number") return n;
  if (n >= SSIZE_LIMIT || n < -SSIZE_LIMIT) ssizeOverflow();
  return Number(n);
}

/** An integer argument that must fit a C int (tab sizes, flags). OverflowError otherwise. */
export function cIntArg(v: Py): number {
  const n = indexArg(v);
  if (typeof n === "bigint" || n > 2147483647 || n < -2147483648) {
    overflowError("Python int too large to convert to C int");
  }
  return n;
}

/** A start/end argument of find/count/startswith...: None or absent gives `dflt`; huge values clamp. */
export function sliceArg(v: Py, dflt: number): number {
  if (v === undefined || v === null) return dflt;
  switch (typeof v) {
    case "number":
      return v;
    case "bigint":
      return Number(v);
    case "boolean":
      return v ? 1 : 0;
  }
  if (typeof v === "object") {
    const r = asIndex(v);
    if (r !== undefined) return Number(r);
  }
  return badSliceIndex();
}

/** CPython's ADJUST_INDICES for a start argument (negative counts from the end, floors at 0). */
export function adjustStart(start: number, len: number): number {
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  return start;
}
/** CPython's ADJUST_INDICES for an end argument (clamped to 0..len). */
export function adjustEnd(end: number, len: number): number {
  if (end > len) return len;
  if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  return end;
}

/**
 * Resolve a slice `[start:stop:step]` (None or ints) against a sequence of length `len`, as
 * `slice.indices()` does. Returns `[start, stop, step, count]`. ValueError for a zero step.
 *
 * @example
 * sliceIndices(5, null, null, -1);  // [4, -1, -1, 5]
 */
export function sliceIndices(len: number, start: Py, stop: Py, step: Py): [number, number, number, number] {
  const st = step === null || step === undefined ? 1 : sliceArg(step, 1);
  if (st === 0) valueError("slice step cannot be zero");
  let a: number, b: number;
  if (start === null || start === undefined) a = st < 0 ? len - 1 : 0;
  else {
    a = sliceArg(start, 0);
    if (a < 0) {
      a += len;
      if (a < 0) a = st < 0 ? -1 : 0;
    } else if (a >= len) a = st < 0 ? len - 1 : len;
  }
  if (stop === null || stop === undefined) b = st < 0 ? -1 : len;
  else {
    b = sliceArg(stop, 0);
    if (b < 0) {
      b += len;
      if (b < 0) b = st < 0 ? -1 : 0;
    } else if (b >= len) b = st < 0 ? len - 1 : len;
  }
  let n = 0;
  if (st < 0) {
    if (b < a) n = Math.floor((a - b - 1) / -st) + 1;
  } else if (a < b) n = Math.floor((b - a - 1) / st) + 1;
  return [a, b, st, n];
}

/**
 * The receiver of a str method: a str, or a str-subclass instance the VM can unbox. Every method
 * reads it once, so the op budget is charged here for a pass over it (see chargeChars).
 */
function recv(v: Py, name: string): string {
  if (typeof v === "string") {
    chargeChars(v.length);
    return v;
  }
  const u = asStr(v);
  if (u !== undefined) {
    chargeChars(u.length);
    return u;
  }
  return notAStrDescriptor(name, v);
}


/** Positional arity check of a method (receiver excluded), CPython style name. */
function nargs(name: string, args: Py[], kw: string[] | null, min: number, max: number): void {
  if (kw !== null && kw.length > 0) noKeywords(name);
  const n = args.length - 1;
  if (n < min || n > max) arity(name, args, null, min, max, true);
}

/** Arity of find/count/startswith and friends, parsed CPython's PyArg_ParseTuple way. */
function findArity(name: string, args: Args, kw: Kw): void {
  if (kw !== null && kw.length > 0) noKeywords(`str.${name}`);
  tupleArity(name, args.length - 1, 1, 3);
}

/**
 * Arity of a slot wrapper called explicitly (`"a".__add__()`: "expected 1 argument, got 0";
 * the sequence-repeat slot's message starts with a space, as CPython's does).
 */
function slotArity(args: Args, kw: Kw, n: number, name: string, lead = ""): void {
  if (kw !== null && kw.length > 0) typeError(`wrapper ${name}() takes no keyword arguments`);
  const got = args.length - 1;
  if (got !== n) typeError(`${lead}expected ${n} argument${n === 1 ? "" : "s"}, got ${got}`);
}

// ---------------------------------------------------------------------------------------------
// 3. Character classes and Unicode tables

/** Line boundaries of str.splitlines (\r\n is handled by the caller). */
function isLineBreak(c: number): boolean {
  if (c <= 13) return c >= 10;
  if (c < 28) return false;
  return c <= 30 || c === 0x85 || c === 0x2028 || c === 0x2029;
}

const SURROGATE = /[\ud800-\udfff]/;
// deno-lint-ignore no-control-regex
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * Unicode data JavaScript does not expose, generated from CPython 3.11's unicodedata (14.0):
 * titlecase where it differs from uppercase, full case folding where it differs from lowercase
 * (runs: first, last, delta; pairs: the character, its mapping, NUL), and the characters that are
 * digits or numeric in Python beyond \p{Nd} / \p{N}.
 */
// deno-fmt-ignore
const TITLE_RUNS: readonly number[] = [
  0x10d0, 0x10fa, 0, 0x1f80, 0x1f87, 8, 0x1f88, 0x1f8f, 0, 0x1f90, 0x1f97, 8,
  0x1f98, 0x1f9f, 0, 0x1fa0, 0x1fa7, 8, 0x1fa8, 0x1faf, 0,
];
const TITLE_PAIRS = "\u00dfSs\u0000\u01c4\u01c5\u0000\u01c5\u01c5\u0000\u01c6\u01c5\u0000\u01c7\u01c8\u0000" +
  "\u01c8\u01c8\u0000\u01c9\u01c8\u0000\u01ca\u01cb\u0000\u01cb\u01cb\u0000\u01cc\u01cb\u0000" +
  "\u01f1\u01f2\u0000\u01f2\u01f2\u0000\u01f3\u01f2\u0000\u0587\u0535\u0582\u0000\u10fd\u10fd\u0000" +
  "\u10fe\u10fe\u0000\u10ff\u10ff\u0000\u1fb2\u1fba\u0345\u0000\u1fb3\u1fbc\u0000" +
  "\u1fb4\u0386\u0345\u0000\u1fb7\u0391\u0342\u0345\u0000\u1fbc\u1fbc\u0000\u1fc2\u1fca\u0345\u0000" +
  "\u1fc3\u1fcc\u0000\u1fc4\u0389\u0345\u0000\u1fc7\u0397\u0342\u0345\u0000\u1fcc\u1fcc\u0000" +
  "\u1ff2\u1ffa\u0345\u0000\u1ff3\u1ffc\u0000\u1ff4\u038f\u0345\u0000\u1ff7\u03a9\u0342\u0345\u0000" +
  "\u1ffc\u1ffc\u0000\ufb00Ff\u0000\ufb01Fi\u0000\ufb02Fl\u0000\ufb03Ffi\u0000\ufb04Ffl\u0000" +
  "\ufb05St\u0000\ufb06St\u0000\ufb13\u0544\u0576\u0000\ufb14\u0544\u0565\u0000" +
  "\ufb15\u0544\u056b\u0000\ufb16\u054e\u0576\u0000\ufb17\u0544\u056d\u0000";
// deno-fmt-ignore
const FOLD_RUNS: readonly number[] = [
  0x13a0, 0x13f5, 0, 0x13f8, 0x13fd, -8, 0xab70, 0xabbf, -38864,
];
const FOLD_PAIRS = "\u00b5\u03bc\u0000\u00dfss\u0000\u0149\u02bcn\u0000\u017fs\u0000\u01f0j\u030c\u0000" +
  "\u0345\u03b9\u0000\u0390\u03b9\u0308\u0301\u0000\u03b0\u03c5\u0308\u0301\u0000\u03c2\u03c3\u0000" +
  "\u03d0\u03b2\u0000\u03d1\u03b8\u0000\u03d5\u03c6\u0000\u03d6\u03c0\u0000\u03f0\u03ba\u0000" +
  "\u03f1\u03c1\u0000\u03f5\u03b5\u0000\u0587\u0565\u0582\u0000\u1c80\u0432\u0000\u1c81\u0434\u0000" +
  "\u1c82\u043e\u0000\u1c83\u0441\u0000\u1c84\u0442\u0000\u1c85\u0442\u0000\u1c86\u044a\u0000" +
  "\u1c87\u0463\u0000\u1c88\ua64b\u0000\u1e96h\u0331\u0000\u1e97t\u0308\u0000\u1e98w\u030a\u0000" +
  "\u1e99y\u030a\u0000\u1e9aa\u02be\u0000\u1e9b\u1e61\u0000\u1e9ess\u0000\u1f50\u03c5\u0313\u0000" +
  "\u1f52\u03c5\u0313\u0300\u0000\u1f54\u03c5\u0313\u0301\u0000\u1f56\u03c5\u0313\u0342\u0000" +
  "\u1f80\u1f00\u03b9\u0000\u1f81\u1f01\u03b9\u0000\u1f82\u1f02\u03b9\u0000\u1f83\u1f03\u03b9\u0000" +
  "\u1f84\u1f04\u03b9\u0000\u1f85\u1f05\u03b9\u0000\u1f86\u1f06\u03b9\u0000\u1f87\u1f07\u03b9\u0000" +
  "\u1f88\u1f00\u03b9\u0000\u1f89\u1f01\u03b9\u0000\u1f8a\u1f02\u03b9\u0000\u1f8b\u1f03\u03b9\u0000" +
  "\u1f8c\u1f04\u03b9\u0000\u1f8d\u1f05\u03b9\u0000\u1f8e\u1f06\u03b9\u0000\u1f8f\u1f07\u03b9\u0000" +
  "\u1f90\u1f20\u03b9\u0000\u1f91\u1f21\u03b9\u0000\u1f92\u1f22\u03b9\u0000\u1f93\u1f23\u03b9\u0000" +
  "\u1f94\u1f24\u03b9\u0000\u1f95\u1f25\u03b9\u0000\u1f96\u1f26\u03b9\u0000\u1f97\u1f27\u03b9\u0000" +
  "\u1f98\u1f20\u03b9\u0000\u1f99\u1f21\u03b9\u0000\u1f9a\u1f22\u03b9\u0000\u1f9b\u1f23\u03b9\u0000" +
  "\u1f9c\u1f24\u03b9\u0000\u1f9d\u1f25\u03b9\u0000\u1f9e\u1f26\u03b9\u0000\u1f9f\u1f27\u03b9\u0000" +
  "\u1fa0\u1f60\u03b9\u0000\u1fa1\u1f61\u03b9\u0000\u1fa2\u1f62\u03b9\u0000\u1fa3\u1f63\u03b9\u0000" +
  "\u1fa4\u1f64\u03b9\u0000\u1fa5\u1f65\u03b9\u0000\u1fa6\u1f66\u03b9\u0000\u1fa7\u1f67\u03b9\u0000" +
  "\u1fa8\u1f60\u03b9\u0000\u1fa9\u1f61\u03b9\u0000\u1faa\u1f62\u03b9\u0000\u1fab\u1f63\u03b9\u0000" +
  "\u1fac\u1f64\u03b9\u0000\u1fad\u1f65\u03b9\u0000\u1fae\u1f66\u03b9\u0000\u1faf\u1f67\u03b9\u0000" +
  "\u1fb2\u1f70\u03b9\u0000\u1fb3\u03b1\u03b9\u0000\u1fb4\u03ac\u03b9\u0000\u1fb6\u03b1\u0342\u0000" +
  "\u1fb7\u03b1\u0342\u03b9\u0000\u1fbc\u03b1\u03b9\u0000\u1fbe\u03b9\u0000\u1fc2\u1f74\u03b9\u0000" +
  "\u1fc3\u03b7\u03b9\u0000\u1fc4\u03ae\u03b9\u0000\u1fc6\u03b7\u0342\u0000" +
  "\u1fc7\u03b7\u0342\u03b9\u0000\u1fcc\u03b7\u03b9\u0000\u1fd2\u03b9\u0308\u0300\u0000" +
  "\u1fd3\u03b9\u0308\u0301\u0000\u1fd6\u03b9\u0342\u0000\u1fd7\u03b9\u0308\u0342\u0000" +
  "\u1fe2\u03c5\u0308\u0300\u0000\u1fe3\u03c5\u0308\u0301\u0000\u1fe4\u03c1\u0313\u0000" +
  "\u1fe6\u03c5\u0342\u0000\u1fe7\u03c5\u0308\u0342\u0000\u1ff2\u1f7c\u03b9\u0000" +
  "\u1ff3\u03c9\u03b9\u0000\u1ff4\u03ce\u03b9\u0000\u1ff6\u03c9\u0342\u0000" +
  "\u1ff7\u03c9\u0342\u03b9\u0000\u1ffc\u03c9\u03b9\u0000\ufb00ff\u0000\ufb01fi\u0000\ufb02fl\u0000" +
  "\ufb03ffi\u0000\ufb04ffl\u0000\ufb05st\u0000\ufb06st\u0000\ufb13\u0574\u0576\u0000" +
  "\ufb14\u0574\u0565\u0000\ufb15\u0574\u056b\u0000\ufb16\u057e\u0576\u0000\ufb17\u0574\u056d\u0000";
const DIGIT_EXTRA =
  "\u00b2-\u00b3\u00b9\u1369-\u1371\u19da\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c" +
  "\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792\u{10a40}-\u{10a43}" +
  "\u{10e60}-\u{10e68}\u{11052}-\u{1105a}\u{1f100}-\u{1f10a}";
const NUMERIC_EXTRA =
  "\u3405\u3483\u382a\u3b4d\u4e00\u4e03\u4e07\u4e09\u4e5d\u4e8c\u4e94\u4e96\u4ebf-\u4ec0\u4edf" +
  "\u4ee8\u4f0d\u4f70\u5104\u5146\u5169\u516b\u516d\u5341\u5343-\u5345\u534c\u53c1-\u53c4\u56db" +
  "\u58f1\u58f9\u5e7a\u5efe-\u5eff\u5f0c-\u5f0e\u5f10\u62fe\u634c\u67d2\u6f06\u7396\u767e\u8086" +
  "\u842c\u8cae\u8cb3\u8d30\u9621\u9646\u964c\u9678\u96f6\uf96b\uf973\uf978\uf9b2\uf9d1\uf9d3\uf9fd" +
  "\u{20001}\u{20064}\u{200e2}\u{20121}\u{2092a}\u{20983}\u{2098c}\u{2099c}\u{20aea}\u{20afd}" +
  "\u{20b19}\u{22390}\u{22998}\u{23b1b}\u{2626d}\u{2f890}";

function mappingTable(runs: readonly number[], pairs: string): Map<number, string> {
  const m = new Map<number, string>();
  for (let i = 0; i < runs.length; i += 3) {
    for (let c = runs[i]; c <= runs[i + 1]; c++) m.set(c, String.fromCodePoint(c + runs[i + 2]));
  }
  let i = 0;
  while (i < pairs.length) {
    const c = pairs.codePointAt(i)!;
    const j = pairs.indexOf("\u0000", i);
    m.set(c, pairs.slice(i + (c > 0xffff ? 2 : 1), j));
    i = j + 1;
  }
  return m;
}

let titleMap: Map<number, string> | null = null;
let foldMap: Map<number, string> | null = null;

const RE_ALPHA = lazyRegExp(() => /^\p{L}+$/u);
const RE_DECIMAL = lazyRegExp(() => /^\p{Nd}+$/u);
const RE_DIGIT = lazyRegExp(() => new RegExp(`^[\\p{Nd}${DIGIT_EXTRA}]+$`, "u"));
const RE_NUMERIC = lazyRegExp(() => new RegExp(`^[\\p{N}${NUMERIC_EXTRA}]+$`, "u"));
const RE_ALNUM = lazyRegExp(() => new RegExp(`^[\\p{L}\\p{N}${NUMERIC_EXTRA}]+$`, "u"));
const RE_IDENTIFIER = lazyRegExp(() => /^[\p{XID_Start}_]\p{XID_Continue}*$/u);

// The ASCII characters' classes, so that the predicates over all of a string's characters test
// an ASCII string without a Unicode regular expression (`ch.isdigit()` in a tokenizer loop: the
// expression cost more than the rest of the call).
const A_ALPHA = 1, A_DIGIT = 2;
const ASCII_CLASS = (() => {
  const t = new Uint8Array(128);
  for (let c = 65; c <= 90; c++) t[c] = t[c + 32] = A_ALPHA;
  for (let c = 48; c <= 57; c++) t[c] = A_DIGIT;
  return t;
})();

/** Do all of s's characters have one of the classes `bits`: 1 or 0 when s is ASCII, -1 when
 * it has another character (the full test decides). s is not empty. */
function asciiEvery(s: string, bits: number): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return -1;
    if ((ASCII_CLASS[c] & bits) === 0) return 0;
  }
  return 1;
}

/** A predicate over all characters (false for ""): the ASCII table, else the expression. */
function everyChar(bits: number, re: () => RegExp): (s: string) => boolean {
  return (s) => {
    if (s.length === 0) return false;
    const r = asciiEvery(s, bits);
    return r >= 0 ? r === 1 : re().test(s);
  };
}
const isAlnumStr = everyChar(A_ALPHA | A_DIGIT, RE_ALNUM);
const isAlphaStr = everyChar(A_ALPHA, RE_ALPHA);
const isDecimalStr = everyChar(A_DIGIT, RE_DECIMAL);
const isDigitStr = everyChar(A_DIGIT, RE_DIGIT);
const isNumericStr = everyChar(A_DIGIT, RE_NUMERIC);

/** str.isidentifier(): a Python identifier (keywords included). */
export function isIdentifier(s: string): boolean {
  return RE_IDENTIFIER().test(s);
}
const RE_HAS_UPPER_OR_TITLE = lazyRegExp(() => /[\p{Uppercase}\p{Lt}]/u);
const RE_HAS_LOWER_OR_TITLE = lazyRegExp(() => /[\p{Lowercase}\p{Lt}]/u);
const RE_HAS_LOWER = lazyRegExp(() => /\p{Lowercase}/u);
const RE_HAS_UPPER = lazyRegExp(() => /\p{Uppercase}/u);
const RE_UPPER = lazyRegExp(() => /^\p{Uppercase}$/u);
const RE_LOWER = lazyRegExp(() => /^\p{Lowercase}$/u);
const RE_TITLE = lazyRegExp(() => /^\p{Lt}$/u);
const RE_CASED = lazyRegExp(() => /^\p{Cased}$/u);
const RE_CASE_IGNORABLE = lazyRegExp(() => /^\p{Case_Ignorable}$/u);

function isUpperCp(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return RE_UPPER().test(String.fromCodePoint(c));
}
function isLowerCp(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  return RE_LOWER().test(String.fromCodePoint(c));
}
function isTitleCp(c: number): boolean {
  return c >= 128 && RE_TITLE().test(String.fromCodePoint(c));
}
function isCasedCp(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return RE_CASED().test(String.fromCodePoint(c));
}
function isCaseIgnorableCp(c: number): boolean {
  return RE_CASE_IGNORABLE().test(String.fromCodePoint(c));
}

/** The code points of `s` (lone surrogates kept as themselves). */
function codePoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    out.push(c);
    if (c > 0xffff) i++;
  }
  return out;
}

/** Full lowercase of cps[i] in context (capital sigma becomes final sigma at a word end). */
function lowerAt(cps: number[], i: number): string {
  const c = cps[i];
  if (c < 128) return c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : String.fromCharCode(c);
  if (c === 0x3a3) return finalSigma(cps, i) ? "\u03c2" : "\u03c3";
  return String.fromCodePoint(c).toLowerCase();
}

function finalSigma(cps: number[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && isCaseIgnorableCp(cps[j])) j--;
  if (j < 0 || !isCasedCp(cps[j])) return false;
  j = i + 1;
  while (j < cps.length && isCaseIgnorableCp(cps[j])) j++;
  return j === cps.length || !isCasedCp(cps[j]);
}

function upperCp(c: number): string {
  return String.fromCodePoint(c).toUpperCase();
}

function titleCp(c: number): string {
  if (c < 128) return c >= 97 && c <= 122 ? String.fromCharCode(c - 32) : String.fromCharCode(c);
  titleMap ??= mappingTable(TITLE_RUNS, TITLE_PAIRS);
  return titleMap.get(c) ?? String.fromCodePoint(c).toUpperCase();
}

function foldCp(c: number): string {
  foldMap ??= mappingTable(FOLD_RUNS, FOLD_PAIRS);
  return foldMap.get(c) ?? String.fromCodePoint(c).toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// 4. Searching

/** Could `sub` match half of a surrogate pair (it starts with a low or ends with a high surrogate)? */
function needsAlign(sub: string): boolean {
  const a = sub.charCodeAt(0), b = sub.charCodeAt(sub.length - 1);
  return (a >= 0xdc00 && a <= 0xdfff) || (b >= 0xd800 && b <= 0xdbff);
}

/** Does the match of length `n` at unit `i` start and end on code-point boundaries? */
function aligned(s: string, i: number, n: number): boolean {
  const a = s.charCodeAt(i);
  if (a >= 0xdc00 && a <= 0xdfff && i > 0) {
    const p = s.charCodeAt(i - 1);
    if (p >= 0xd800 && p <= 0xdbff) return false;
  }
  const e = i + n;
  const b = s.charCodeAt(e - 1);
  if (b >= 0xd800 && b <= 0xdbff && e < s.length) {
    const q = s.charCodeAt(e);
    if (q >= 0xdc00 && q <= 0xdfff) return false;
  }
  return true;
}

/** First match of `sub` at a unit index in [from, maxStart], or -1. */
function firstMatch(s: string, sub: string, from: number, maxStart: number, align: boolean): number {
  let i = s.indexOf(sub, from);
  while (i >= 0 && i <= maxStart) {
    if (!align || aligned(s, i, sub.length)) return i;
    i = s.indexOf(sub, i + 1);
  }
  return -1;
}

/** Last match of `sub` at a unit index in [minStart, from], or -1. */
function lastMatch(s: string, sub: string, minStart: number, from: number, align: boolean): number {
  if (from < minStart) return -1;
  let i = s.lastIndexOf(sub, from);
  while (i >= minStart) {
    if (!align || aligned(s, i, sub.length)) return i;
    if (i - 1 < minStart) break;
    i = s.lastIndexOf(sub, i - 1);
  }
  return -1;
}

/**
 * find / rfind: the code-point index of `sub` in `s[start:end]`, or -1. `startArg`/`endArg` are
 * the raw Python arguments (undefined when absent).
 */
function findIn(s: string, sub: string, startArg: Py, endArg: Py, reverse: boolean): number {
  if (startArg === undefined && endArg === undefined && !needsAlign(sub)) {
    // Whole-string search: the unit index is right; convert only when surrogates could precede it.
    const i = reverse ? s.lastIndexOf(sub) : s.indexOf(sub);
    return i <= 0 || !isWide(s) ? i : unitToCp(s, i);
  }
  if (!isWide(s)) {
    const len = s.length;
    const start = startArg === undefined ? 0 : adjustStart(sliceArg(startArg, 0), len);
    const end = endArg === undefined ? len : adjustEnd(sliceArg(endArg, len), len);
    if (end - start < sub.length) return -1;
    if (!reverse) {
      const i = s.indexOf(sub, start);
      return i < 0 || i + sub.length > end ? -1 : i;
    }
    const i = s.lastIndexOf(sub, end - sub.length);
    return i < start ? -1 : i;
  }
  const len = cpLength(s);
  const start = startArg === undefined ? 0 : adjustStart(sliceArg(startArg, 0), len);
  const end = endArg === undefined ? len : adjustEnd(sliceArg(endArg, len), len);
  const subLen = cpLength(sub);
  if (end - start < subLen) return -1;
  if (subLen === 0) return reverse ? end : start;
  const us = cpToUnit(s, start), ue = cpToUnit(s, end);
  const align = needsAlign(sub);
  const i = reverse
    ? lastMatch(s, sub, us, ue - sub.length, align)
    : firstMatch(s, sub, us, ue - sub.length, align);
  return i < 0 ? -1 : unitToCp(s, i);
}

/** count: non-overlapping occurrences of `sub` in `s[start:end]`. */
function countIn(s: string, sub: string, startArg: Py, endArg: Py): number {
  const wide = isWide(s);
  const len = wide ? cpLength(s) : s.length;
  const start = startArg === undefined ? 0 : adjustStart(sliceArg(startArg, 0), len);
  const end = endArg === undefined ? len : adjustEnd(sliceArg(endArg, len), len);
  if (end < start) return 0;
  if (sub.length === 0) return end - start + 1;
  let us = start, ue = end;
  if (wide) {
    us = cpToUnit(s, start);
    ue = cpToUnit(s, end);
  }
  const align = wide && needsAlign(sub);
  const m = sub.length;
  let n = 0;
  let i = firstMatch(s, sub, us, ue - m, align);
  while (i >= 0) {
    n++;
    i = firstMatch(s, sub, i + m, ue - m, align);
  }
  return n;
}

/** startswith/endswith for one candidate against `s[start:end]` (code points, already adjusted). */
function tailMatch(s: string, p: string, wide: boolean, start: number, end: number, atEnd: boolean): boolean {
  if (!wide) {
    if (end - p.length < start) return false;
    return atEnd ? s.endsWith(p, end) : s.startsWith(p, start);
  }
  const plen = cpLength(p);
  if (end - plen < start) return false;
  if (plen === 0) return true;
  const us = cpToUnit(s, start), ue = cpToUnit(s, end);
  const i = atEnd ? ue - p.length : us;
  if (i < us || i + p.length > ue) return false;
  return s.startsWith(p, i) && (!needsAlign(p) || aligned(s, i, p.length));
}

// ---------------------------------------------------------------------------------------------
// 5. Hot-path exports

/**
 * `s[index]` for an int index (negative counts from the end).
 * IndexError "string index out of range".
 *
 * @example
 * strGetItem("héllo", -1);  // "o"
 */
export function strGetItem(s: string, index: number): string {
  if (!isWide(s)) {
    if (index < 0) index += s.length;
    if (index < 0 || index >= s.length) stringIndexOutOfRange();
    return narrowChar(s, index);
  }
  const len = cpLength(s);
  if (index < 0) index += len;
  if (index < 0 || index >= len) stringIndexOutOfRange();
  return cpAt(s, index);
}

/**
 * `s[start:stop:step]` with Python's slice semantics (None, negatives, clamping, negative steps).
 * ValueError "slice step cannot be zero".
 *
 * @example
 * strSlice("abcdef", null, null, -2);  // "fdb"
 */
export function strSlice(s: string, start: Py, stop: Py, step: Py): string {
  const wide = isWide(s);
  if ((step === null || step === undefined || step === 1) && !wide) {
    // String.prototype.slice already counts negatives from the end and clamps, as Python does.
    return narrowSlice(s,
      start === null || start === undefined ? 0 : sliceArg(start, 0),
      stop === null || stop === undefined ? s.length : sliceArg(stop, 0),
    );
  }
  const len = wide ? cpLength(s) : s.length;
  const [a, , st, n] = sliceIndices(len, start, stop, step);
  if (n === 0) return "";
  if (st === 1) return wide ? cpSlice(s, a, a + n) : s.slice(a, a + n);
  chargeWork(n);
  if (!wide && n <= UNITS.length) {
    // one string made from the units (`s[::-1]` of 36 characters: ~3x faster than joining an
    // array of one-character strings)
    for (let k = 0, i = a; k < n; k++, i += st) UNITS[k] = s.charCodeAt(i);
    return fromUnits(n);
  }
  const parts: string[] = new Array(n);
  for (let k = 0, i = a; k < n; k++, i += st) parts[k] = wide ? cpAt(s, i) : s[i];
  return parts.join("");
}

/** UTF-16 units of a string being built (a stepped slice, title(), swapcase()), up to this many:
 * made into a string by fromUnits, not by appending one-character strings or joining them. */
const UNITS = new Uint16Array(4096);

/** The string of the first n units in UNITS. */
function fromUnits(n: number): string {
  return String.fromCharCode.apply(null, UNITS.subarray(0, n) as unknown as number[]);
}

/**
 * `s * n`. MemoryError past MAX_SEQUENCE characters; OverflowError for counts past 2^63.
 *
 * @example
 * strRepeat("ab", 3);  // "ababab"
 */
export function strRepeat(s: string, n: number | bigint, src: Py = n): string {
  if (typeof n === "bigint") {
    if (n >= SSIZE_LIMIT || n < -SSIZE_LIMIT) overflowError(cannotFit(src));
    if (n <= 0n || s.length === 0) return "";
    // as CPython: a length past the index range overflows, anything else runs out of memory
    if (BigInt(cpLength(s)) * n >= SSIZE_LIMIT) overflowError("repeated string is too long");
    return memoryError();
  }
  if (n <= 0 || s.length === 0) return "";
  if (n === 1) return s;
  if (s.length * n > MAX_SEQUENCE) memoryError();
  chargeChars(s.length * n);
  if (s.length * n >= 65536) hooks.grow?.(s.length * n * 2);
  return s.repeat(n);
}

/**
 * `needle in hay` for a str container.
 * TypeError "'in <string>' requires string as left operand, not int".
 *
 * @example
 * strContains("hello", "ell");  // true
 */
export function strContains(hay: string, needle: Py): boolean {
  if (typeof needle !== "string") {
    const u = asStr(needle);
    if (u === undefined) typeError(`'in <string>' requires string as left operand, not ${typeName(needle)}`);
    needle = u;
  }
  chargeChars(hay.length);
  if (needle.length > 0 && needsAlign(needle) && isWide(hay)) {
    return firstMatch(hay, needle, 0, hay.length - needle.length, true) >= 0;
  }
  return hay.includes(needle);
}

/**
 * `sep.join(iterable)`. TypeError for a non-iterable or a non-str item; MemoryError past
 * MAX_SEQUENCE characters.
 *
 * @example
 * strJoin(", ", new PyList(["a", "b"]));  // "a, b"
 */
export function strJoin(sep: string, iterable: Py): string {
  let items: Py[];
  const plain = plainItems(iterable);
  if (plain !== null) items = plain;
  else if (typeof iterable === "string") {
    if (sep === "") return iterable;
    items = isWide(iterable) ? Array.from(iterable) : iterable.split("");
  } else items = drain(iterable);
  const n = items.length;
  if (n === 0) return "";
  let total = sep.length * (n - 1);
  let copied = false;
  for (let i = 0; i < n; i++) {
    let x = items[i];
    if (typeof x !== "string") {
      x = asStr(x);
      if (x === undefined) joinItem(i, items[i]);
      if (!copied) {
        items = items.slice();
        copied = true;
      }
      items[i] = x;
    }
    total += x.length;
    if (n === 1) return x;
  }
  if (total > MAX_SEQUENCE) memoryError();
  chargeWork(n);
  chargeChars(total);
  // Plain concatenation: Array.prototype.join sets up a cycle check and a builder for each call
  // and costs ~26 ns a piece against ~8 (`"".join(list_of_chars)` 3x faster). Past 65,536 pieces
  // join is kept, whose one flat result needs no tree of that many intermediate strings.
  if (n > 65536) return items.join(sep);
  let r = items[0] as string;
  if (sep === "") for (let i = 1; i < n; i++) r += items[i] as string;
  else for (let i = 1; i < n; i++) r = r + sep + (items[i] as string);
  // Concatenation past 12 characters builds a tree of n-1 rope nodes. Reading one character
  // makes V8 copy it into one flat string now, which it would do at the first hash, compare or
  // search anyway; a joined string kept in a list is then 1 object, not n, for every young-GC to
  // copy (dict_str: 3% fewer instructions, its text building 11%).
  if (total > 12) _joinSink = r.charCodeAt(0);
  return r;
}

/** Where strJoin's flattening read goes (a store, so that the compiler keeps the read). */
let _joinSink = 0;

/** All items of a non-list iterable for join (TypeError "can only join an iterable" when it has none). */
function drain(v: Py): Py[] {
  if (typeof v !== "object" || v === null) joinNotIterable();
  let it: Py;
  try {
    it = getIter(v);
  } catch (e) {
    if (e instanceof PyException && isSubtype(e.cls, TypeErrorType)) joinNotIterable();
    throw e;
  }
  const out: Py[] = [];
  for (;;) {
    const x = iterNext(it);
    if (x === STOP) return out;
    out.push(x);
    if (out.length > MAX_SEQUENCE) memoryError();
  }
}

// ---------------------------------------------------------------------------------------------
// 6. The methods. Each takes (args, kw) with args[0] the receiver; keyword values trail in args.

type Args = Py[];
type Kw = string[] | null;

function strArg(v: Py): string {
  if (typeof v === "string") return v;
  return asStr(v) ?? mustBeStr(v);
}

/**
 * The substring argument of find(), index(), count() and their r-forms: a bad slice bound is
 * reported before a substring that is no str, as CPython parses the bounds first.
 */
function findSubArg(args: Args): string {
  const v = args[1];
  if (typeof v === "string") return v;
  const s = asStr(v);
  if (s !== undefined) return s;
  if (args[2] !== undefined) sliceArg(args[2], 0);
  if (args[3] !== undefined) sliceArg(args[3], 0);
  return mustBeStr(v);
}

// -- case conversion ------------------------------------------------------------------------

function str_lower(args: Args, kw: Kw): Py {
  if (args.length !== 1) nargs("str.lower", args, kw, 0, 0);
  return recv(args[0], "lower").toLowerCase();
}

function str_upper(args: Args, kw: Kw): Py {
  if (args.length !== 1) nargs("str.upper", args, kw, 0, 0);
  return recv(args[0], "upper").toUpperCase();
}

function str_casefold(args: Args, kw: Kw): Py {
  if (args.length !== 1) nargs("str.casefold", args, kw, 0, 0);
  const s = recv(args[0], "casefold");
  if (ASCII_ONLY.test(s)) return s.toLowerCase();
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    if (c > 0xffff) i++;
    out += c < 128 ? (c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : String.fromCharCode(c)) : foldCp(c);
  }
  return out;
}

function str_capitalize(args: Args, kw: Kw): Py {
  if (args.length !== 1) nargs("str.capitalize", args, kw, 0, 0);
  const s = recv(args[0], "capitalize");
  if (s.length === 0) return s;
  const c = s.codePointAt(0)!;
  // Lowercasing is per character except the final-sigma rule, which needs the whole string as
  // context; so lower everything and drop the first character's lowercase form.
  const firstLower = c < 128 ? 1 : String.fromCodePoint(c).toLowerCase().length;
  return titleCp(c) + s.toLowerCase().slice(firstLower);
}

function str_title(args: Args, kw: Kw): Py {
  if (args.length !== 1) nargs("str.title", args, kw, 0, 0);
  const s = recv(args[0], "title");
  let out = "";
  let prevCased = false;
  if (s.length <= UNITS.length && ASCII_ONLY.test(s)) {
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      const up = c >= 65 && c <= 90, low = c >= 97 && c <= 122;
      if (prevCased) {
        if (up) c += 32;
      } else if (low) c -= 32;
      prevCased = up || low;
      UNITS[i] = c;
    }
    return fromUnits(s.length);
  }
  const cps = codePoints(s);
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    out += prevCased ? lowerAt(cps, i) : titleCp(c);
    prevCased = isCasedCp(c);
  }
  return out;
}

function str_swapcase(args: Args, kw: Kw): Py {
  if (args.length !== 1) nargs("str.swapcase", args, kw, 0, 0);
  const s = recv(args[0], "swapcase");
  let out = "";
  if (s.length <= UNITS.length && ASCII_ONLY.test(s)) {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      UNITS[i] = c >= 65 && c <= 90 ? c + 32 : c >= 97 && c <= 122 ? c - 32 : c;
    }
    return fromUnits(s.length);
  }
  const cps = codePoints(s);
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    out += isUpperCp(c) ? lowerAt(cps, i) : isLowerCp(c) ? upperCp(c) : String.fromCodePoint(c);
  }
  return out;
}

// -- predicates -------------------------------------------------------------------------------

function predicate(name: string, test: (s: string) => boolean): (args: Args, kw: Kw) => Py {
  const full = "str." + name;
  return (args, kw) => {
    if (args.length !== 1) nargs(full, args, kw, 0, 0);
    return test(recv(args[0], name));
  };
}

function isSpaceStr(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!isSpaceCode(s.charCodeAt(i))) return false;
  return true;
}

function isPrintableStr(s: string): boolean {
  if (PRINTABLE_ASCII.test(s)) return true;
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    if (c > 0xffff) i++;
    if (!isPrintableCp(c)) return false;
  }
  return true;
}

function isUpperStr(s: string): boolean {
  return RE_HAS_UPPER().test(s) && !RE_HAS_LOWER_OR_TITLE().test(s);
}

function isLowerStr(s: string): boolean {
  return RE_HAS_LOWER().test(s) && !RE_HAS_UPPER_OR_TITLE().test(s);
}

function isTitleStr(s: string): boolean {
  let cased = false, prevCased = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    if (c > 0xffff) i++;
    if (isUpperCp(c) || isTitleCp(c)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (isLowerCp(c)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}

// -- searching --------------------------------------------------------------------------------

function str_find(args: Args, kw: Kw): Py {
  if (args.length < 2 || args.length > 4 || kw !== null) findArity("find", args, kw);
  return findIn(recv(args[0], "find"), findSubArg(args), args[2], args[3], false);
}

function str_rfind(args: Args, kw: Kw): Py {
  if (args.length < 2 || args.length > 4 || kw !== null) findArity("rfind", args, kw);
  return findIn(recv(args[0], "rfind"), findSubArg(args), args[2], args[3], true);
}

function str_index(args: Args, kw: Kw): Py {
  if (args.length < 2 || args.length > 4 || kw !== null) findArity("index", args, kw);
  const i = findIn(recv(args[0], "index"), findSubArg(args), args[2], args[3], false);
  return i < 0 ? substringNotFound() : i;
}

function str_rindex(args: Args, kw: Kw): Py {
  if (args.length < 2 || args.length > 4 || kw !== null) findArity("rindex", args, kw);
  const i = findIn(recv(args[0], "rindex"), findSubArg(args), args[2], args[3], true);
  return i < 0 ? substringNotFound() : i;
}

function str_count(args: Args, kw: Kw): Py {
  if (args.length < 2 || args.length > 4 || kw !== null) findArity("count", args, kw);
  return countIn(recv(args[0], "count"), findSubArg(args), args[2], args[3]);
}

function startsEnds(args: Args, kw: Kw, name: string, atEnd: boolean): boolean {
  if (args.length < 2 || args.length > 4 || kw !== null) findArity(name, args, kw);
  const s = recv(args[0], name);
  const p = args[1];
  if (args.length === 2 && typeof p === "string" && !(needsAlign(p) && isWide(s))) {
    return atEnd ? unitsEndWith(s, p) : unitsStartWith(s, p);
  }
  const wide = isWide(s);
  const len = wide ? cpLength(s) : s.length;
  const start = adjustStart(sliceArg(args[2], 0), len);
  const end = adjustEnd(sliceArg(args[3], len), len);
  if (p instanceof PyTuple) {
    const a = p.a;
    for (let i = 0; i < a.length; i++) {
      const x = asStr(a[i]);
      if (x === undefined) typeError(`tuple for ${name} must only contain str, not ${typeName(a[i])}`);
      if (tailMatch(s, x, wide, start, end, atEnd)) return true;
    }
    return false;
  }
  const ps = asStr(p);
  if (ps === undefined) typeError(`${name} first arg must be str or a tuple of str, not ${typeName(p)}`);
  return tailMatch(s, ps, wide, start, end, atEnd);
}

function str_startswith(args: Args, kw: Kw): Py {
  return startsEnds(args, kw, "startswith", false);
}

function str_endswith(args: Args, kw: Kw): Py {
  return startsEnds(args, kw, "endswith", true);
}

// -- splitting and joining --------------------------------------------------------------------

function splitWhitespace(s: string, max: number): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  let left = max < 0 ? Infinity : max;
  while (left-- > 0) {
    while (i < n && isSpaceCode(s.charCodeAt(i))) i++;
    if (i === n) break;
    const j = i++;
    while (i < n && !isSpaceCode(s.charCodeAt(i))) i++;
    out.push(s.slice(j, i));
  }
  if (i < n) {
    while (i < n && isSpaceCode(s.charCodeAt(i))) i++;
    if (i !== n) out.push(s.slice(i));
  }
  return out;
}

function rsplitWhitespace(s: string, max: number): string[] {
  const out: string[] = [];
  let i = s.length - 1;
  let left = max < 0 ? Infinity : max;
  while (left-- > 0) {
    while (i >= 0 && isSpaceCode(s.charCodeAt(i))) i--;
    if (i < 0) break;
    const j = i--;
    while (i >= 0 && !isSpaceCode(s.charCodeAt(i))) i--;
    out.push(s.slice(i + 1, j + 1));
  }
  if (i >= 0) {
    while (i >= 0 && isSpaceCode(s.charCodeAt(i))) i--;
    if (i >= 0) out.push(s.slice(0, i + 1));
  }
  return out.reverse();
}

function splitSep(s: string, sep: string, max: number): string[] {
  const align = needsAlign(sep) && isWide(s);
  if (max < 0 && !align) return s.split(sep);
  const out: string[] = [];
  const m = sep.length, last = s.length - m;
  let i = 0;
  let left = max < 0 ? Infinity : max;
  while (left-- > 0) {
    const j = firstMatch(s, sep, i, last, align);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + m;
  }
  out.push(i === 0 ? s : s.slice(i));
  return out;
}

function rsplitSep(s: string, sep: string, max: number): string[] {
  const align = needsAlign(sep) && isWide(s);
  // A one-unit separator cannot overlap itself, so splitting from the left gives the same list.
  if (max < 0 && !align && sep.length === 1) return s.split(sep);
  const out: string[] = [];
  const m = sep.length;
  let j = s.length;
  let left = max < 0 ? Infinity : max;
  while (left-- > 0) {
    const i = lastMatch(s, sep, 0, j - m, align);
    if (i < 0) break;
    out.push(s.slice(i + m, j));
    j = i;
  }
  out.push(j === s.length ? s : s.slice(0, j));
  return out.reverse();
}

function splitArgs(args: Args, kw: Kw, name: string): [string, string | null, number] {
  let sep: Py, maxsplit: Py;
  if (kw === null && args.length <= 3) {
    sep = args[1];
    maxsplit = args[2];
  } else [sep, maxsplit] = bindArgs(name, args, kw, ["sep", "maxsplit"], 0, 2, true);
  const s = recv(args[0], name);
  const max = maxsplit === undefined ? -1 : ssizeArg(maxsplit);
  if (sep === undefined || sep === null) return [s, null, max];
  const sp = asStr(sep);
  if (sp === undefined) typeError(`must be str or None, not ${typeName(sep)}`);
  if (sp === "") emptySeparator();
  return [s, sp, max];
}

function str_split(args: Args, kw: Kw): Py {
  const [s, sep, max] = splitArgs(args, kw, "split");
  return new PyList(sep === null ? splitWhitespace(s, max) : splitSep(s, sep, max));
}

function str_rsplit(args: Args, kw: Kw): Py {
  const [s, sep, max] = splitArgs(args, kw, "rsplit");
  return new PyList(sep === null ? rsplitWhitespace(s, max) : rsplitSep(s, sep, max));
}

// Line boundaries other than \n: without them, splitlines is String.prototype.split("\n") (4x
// faster than the loop on the dict_str benchmark's text).
// deno-lint-ignore no-control-regex
const OTHER_BREAKS = /[\r\v\f\x1c-\x1e\x85\u2028\u2029]/;

function splitLines(s: string, keepends: boolean): string[] {
  if (!OTHER_BREAKS.test(s)) {
    if (s.length === 0) return [];
    const parts = s.split("\n");
    const trailing = parts[parts.length - 1] === "";
    if (trailing) parts.pop();
    if (keepends) {
      const n = trailing ? parts.length : parts.length - 1;
      for (let i = 0; i < n; i++) parts[i] += "\n";
    }
    return parts;
  }
  const out: string[] = [];
  const n = s.length;
  let i = 0, start = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (!isLineBreak(c)) {
      i++;
      continue;
    }
    let eol = i + 1;
    if (c === 13 && eol < n && s.charCodeAt(eol) === 10) eol++;
    out.push(s.slice(start, keepends ? eol : i));
    start = i = eol;
  }
  if (start < n) out.push(start === 0 ? s : s.slice(start));
  return out;
}

function str_splitlines(args: Args, kw: Kw): Py {
  let k: Py;
  if (kw === null && args.length <= 2) k = args[1];
  else [k] = bindArgs("splitlines", args, kw, ["keepends"], 0, 1, true);
  const s = recv(args[0], "splitlines");
  return new PyList(splitLines(s, k !== undefined && cIntArg(k) !== 0));
}

function partition(args: Args, kw: Kw, name: string, reverse: boolean): Py {
  if (args.length !== 2 || kw !== null) nargs(`str.${name}`, args, kw, 1, 1);
  const s = recv(args[0], name);
  const sep = strArg(args[1]);
  if (sep === "") emptySeparator();
  const align = needsAlign(sep) && isWide(s);
  const last = s.length - sep.length;
  const i = reverse ? lastMatch(s, sep, 0, last, align) : firstMatch(s, sep, 0, last, align);
  if (i < 0) return new PyTuple(reverse ? ["", "", s] : [s, "", ""]);
  return new PyTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
}

function str_partition(args: Args, kw: Kw): Py {
  return partition(args, kw, "partition", false);
}

function str_rpartition(args: Args, kw: Kw): Py {
  return partition(args, kw, "rpartition", true);
}

function str_join(args: Args, kw: Kw): Py {
  if (args.length !== 2 || kw !== null) nargs("str.join", args, kw, 1, 1);
  return strJoin(recv(args[0], "join"), args[1]);
}

// -- stripping --------------------------------------------------------------------------------

const LEFT = 1, RIGHT = 2, BOTH = 3;

/** strip/lstrip/rstrip; `chars` null strips Python whitespace. */
function stripStr(s: string, chars: string | null, mode: number): string {
  let i = 0, j = s.length;
  if (chars === null) {
    if (mode & LEFT) { while (i < j && isSpaceCode(s.charCodeAt(i))) i++; }
    if (mode & RIGHT) { while (j > i && isSpaceCode(s.charCodeAt(j - 1))) j--; }
  } else if (!SURROGATE.test(chars)) {
    // No surrogates in the set: comparing UTF-16 units is exact (a surrogate never matches).
    if (chars.length === 1) {
      const c = chars.charCodeAt(0);
      if (mode & LEFT) { while (i < j && s.charCodeAt(i) === c) i++; }
      if (mode & RIGHT) { while (j > i && s.charCodeAt(j - 1) === c) j--; }
    } else {
      if (mode & LEFT) { while (i < j && chars.indexOf(s[i]) >= 0) i++; }
      if (mode & RIGHT) { while (j > i && chars.indexOf(s[j - 1]) >= 0) j--; }
    }
  } else return stripCodePoints(s, chars, mode);
  return i === 0 && j === s.length ? s : s.slice(i, j);
}

/** The string of cps[i..j) (chunked: spreading a huge array would overflow the stack). */
function fromCodePoints(cps: number[], i: number, j: number): string {
  let out = "";
  for (let k = i; k < j; k += 4096) out += String.fromCodePoint(...cps.slice(k, Math.min(j, k + 4096)));
  return out;
}

function stripCodePoints(s: string, chars: string, mode: number): string {
  const set = new Set(codePoints(chars));
  const cps = codePoints(s);
  let i = 0, j = cps.length;
  if (mode & LEFT) { while (i < j && set.has(cps[i])) i++; }
  if (mode & RIGHT) { while (j > i && set.has(cps[j - 1])) j--; }
  return i === 0 && j === cps.length ? s : fromCodePoints(cps, i, j);
}

function stripMethod(args: Args, kw: Kw, name: string, mode: number): Py {
  if (args.length > 2 || kw !== null) nargs(`str.${name}`, args, kw, 0, 1);
  const s = recv(args[0], name);
  const c = args[1];
  if (c === undefined || c === null) return stripStr(s, null, mode);
  const cs = asStr(c);
  if (cs === undefined) typeError(`${name} arg must be None or str`);
  return stripStr(s, cs, mode);
}

function str_strip(args: Args, kw: Kw): Py {
  return stripMethod(args, kw, "strip", BOTH);
}

function str_lstrip(args: Args, kw: Kw): Py {
  return stripMethod(args, kw, "lstrip", LEFT);
}

function str_rstrip(args: Args, kw: Kw): Py {
  return stripMethod(args, kw, "rstrip", RIGHT);
}

function str_removeprefix(args: Args, kw: Kw): Py {
  if (args.length !== 2 || kw !== null) nargs("str.removeprefix", args, kw, 1, 1);
  const s = recv(args[0], "removeprefix");
  const p = asStr(args[1]);
  if (p === undefined) typeError(`removeprefix() argument must be str, not ${argTypeName(args[1])}`);
  if (p.length === 0 || !s.startsWith(p)) return s;
  if (needsAlign(p) && isWide(s) && !aligned(s, 0, p.length)) return s;
  return s.slice(p.length);
}

function str_removesuffix(args: Args, kw: Kw): Py {
  if (args.length !== 2 || kw !== null) nargs("str.removesuffix", args, kw, 1, 1);
  const s = recv(args[0], "removesuffix");
  const p = asStr(args[1]);
  if (p === undefined) typeError(`removesuffix() argument must be str, not ${argTypeName(args[1])}`);
  if (p.length === 0 || !s.endsWith(p)) return s;
  if (needsAlign(p) && isWide(s) && !aligned(s, s.length - p.length, p.length)) return s;
  return s.slice(0, s.length - p.length);
}

// -- replacing --------------------------------------------------------------------------------

/** Strings up to this length are replaced by hand in strReplace (longer ones by replaceAll). */
const SHORT_REPLACE = 256;

/**
 * `s.replace(old, new, count)` (count < 0: all). MemoryError when the result would pass
 * MAX_SEQUENCE characters.
 *
 * @example
 * strReplace("a-b-c", "-", "+", 1);  // "a+b-c"
 */
export function strReplace(s: string, old: string, nw: string, count: number): string {
  if (count === 0) return s;
  if (old.length === 0) return replaceEmpty(s, nw, count);
  if (s.length < old.length) return s;
  const align = needsAlign(old) && isWide(s);
  if (count < 0 && !align) {
    let j = s.indexOf(old);
    if (j < 0) return s;
    if (nw.length > old.length) checkReplaceSize(s, old, nw);
    if (s.length <= SHORT_REPLACE) {
      // a short string by hand: replaceAll's set-up (its checks for a pattern object, the
      // replacement's `$` patterns) costs more than the search (two replaces on 20-40 characters:
      // 0.7x the time)
      const m = old.length;
      let out = "", i = 0;
      do {
        out += s.slice(i, j) + nw;
        i = j + m;
        j = s.indexOf(old, i);
      } while (j >= 0);
      return out + s.slice(i);
    }
    // replaceAll would expand `$&`-style patterns in the replacement; split/join does not.
    return nw.indexOf("$") < 0 ? s.replaceAll(old, nw) : s.split(old).join(nw);
  }
  const m = old.length, last = s.length - m;
  let out = "", i = 0, k = 0;
  while (count < 0 || k < count) {
    const j = firstMatch(s, old, i, last, align);
    if (j < 0) break;
    out += s.slice(i, j) + nw;
    if (out.length > MAX_SEQUENCE) memoryError();
    i = j + m;
    k++;
  }
  return k === 0 ? s : out + s.slice(i);
}

function checkReplaceSize(s: string, old: string, nw: string): void {
  const grow = nw.length - old.length;
  if (s.length + Math.floor(s.length / old.length) * grow <= MAX_SEQUENCE) return;
  let n = 0;
  for (let i = s.indexOf(old); i >= 0; i = s.indexOf(old, i + old.length)) n++;
  if (s.length + n * grow > MAX_SEQUENCE) memoryError();
}

function replaceEmpty(s: string, nw: string, count: number): string {
  const chars = isWide(s) ? Array.from(s) : s.split("");
  const slots = chars.length + 1;
  const k = count < 0 || count > slots ? slots : count;
  if (s.length + k * nw.length > MAX_SEQUENCE) memoryError();
  if (chars.length === 0) return nw;
  if (k === slots) return nw + chars.join(nw) + nw;
  let out = "";
  for (let i = 0; i < k; i++) out += nw + chars[i];
  return out + chars.slice(k).join("");
}

function str_replace(args: Args, kw: Kw): Py {
  // positional-only in 3.11 and 3.12 (count= arrived in 3.13)
  if (kw !== null && kw.length > 0) noKeywords("str.replace");
  if (args.length < 3 || args.length > 4) nargs("replace", args, null, 2, 3);
  const old = args[1], nw = args[2], count = args[3];
  const s = recv(args[0], "replace");
  const o = asStr(old) ?? argMustBeStr("replace", 1, old);
  const n = asStr(nw);
  // Corpus: 'hello'.replace('l', 5) must mention "argument must be a string".
  if (n === undefined) {
    typeError(`replace() argument 2 must be str, not ${argTypeName(nw)}`);
  }
  return strReplace(s, o, n, count === undefined ? -1 : ssizeArg(count));
}

function str_expandtabs(args: Args, kw: Kw): Py {
  let t: Py;
  if (kw === null && args.length <= 2) t = args[1];
  else [t] = bindArgs("expandtabs", args, kw, ["tabsize"], 0, 1, true);
  const s = recv(args[0], "expandtabs");
  const tab = t === undefined ? 8 : cIntArg(t);
  if (s.indexOf("\t") < 0) return s;
  let out = "", col = 0, last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 9) {
      out += s.slice(last, i);
      last = i + 1;
      if (tab > 0) {
        const n = tab - (col % tab);
        if (out.length + n > MAX_SEQUENCE) memoryError();
        out += " ".repeat(n);
        col += n;
      }
    } else if (c === 10 || c === 13) col = 0;
    else if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && isHighAt(s, i - 1))) col++;
  }
  return out + s.slice(last);
}

function isHighAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff;
}

// -- padding ----------------------------------------------------------------------------------

function padMethod(args: Args, kw: Kw, name: string, where: number): Py {
  if (kw !== null && kw.length > 0) noKeywords(`str.${name}`);
  if (args.length < 2 || args.length > 3) arity(name, args, null, 1, 2, true);
  const s = recv(args[0], name);
  const width = ssizeArg(args[1]);
  let fill = " ";
  if (args.length === 3) {
    const f = asStr(args[2]);
    if (f === undefined || cpLength(f) !== 1) badFillChar(f ?? args[2]);
    fill = f;
  }
  const len = isWide(s) ? cpLength(s) : s.length;
  if (width <= len) return s;
  if (width > MAX_SEQUENCE) memoryError();
  const marg = width - len;
  const left = where === BOTH ? (marg >> 1) + (marg & width & 1) : where === LEFT ? marg : 0;
  return fill.repeat(left) + s + fill.repeat(marg - left);
}

function str_center(args: Args, kw: Kw): Py {
  return padMethod(args, kw, "center", BOTH);
}

function str_ljust(args: Args, kw: Kw): Py {
  return padMethod(args, kw, "ljust", RIGHT);
}

function str_rjust(args: Args, kw: Kw): Py {
  return padMethod(args, kw, "rjust", LEFT);
}

function str_zfill(args: Args, kw: Kw): Py {
  if (args.length !== 2 || kw !== null) nargs("str.zfill", args, kw, 1, 1);
  const s = recv(args[0], "zfill");
  const width = ssizeArg(args[1]);
  const len = isWide(s) ? cpLength(s) : s.length;
  if (width <= len) return s;
  if (width > MAX_SEQUENCE) memoryError();
  const zeros = "0".repeat(width - len);
  const c = s.charCodeAt(0);
  return c === 43 || c === 45 ? s[0] + zeros + s.slice(1) : zeros + s;
}

// -- encoding, formatting, translation ------------------------------------------------------------

function str_encode(args: Args, kw: Kw): Py {
  let enc: Py, err: Py;
  if (kw === null && args.length <= 3) {
    enc = args[1];
    err = args[2];
  } else [enc, err] = bindArgs("encode", args, kw, ["encoding", "errors"], 0, 2, true);
  const s = recv(args[0], "encode");
  const e = enc === undefined ? "utf-8" : asStr(enc);
  if (e === undefined) typeError(`encode() argument 'encoding' must be str, not ${argTypeName(enc)}`);
  const r = err === undefined ? "strict" : asStr(err);
  if (r === undefined) typeError(`encode() argument 'errors' must be str, not ${argTypeName(err)}`);
  return strEncode(s, e, r);
}

function str_format(args: Args, kw: Kw): Py {
  const [pos, named] = splitKw(args, kw);
  if (pos.length === 0) typeError("descriptor 'format' of 'str' object needs an argument");
  return strFormat(recv(pos[0], "format"), pos.slice(1), named);
}

function str_format_map(args: Args, kw: Kw): Py {
  if (args.length !== 2 || kw !== null) nargs("str.format_map", args, kw, 1, 1);
  return strFormatMap(recv(args[0], "format_map"), args[1]);
}

function str_mod(args: Args, kw: Kw): Py {
  if (args.length !== 2 || kw !== null) slotArity(args, kw, 1, "__mod__");
  return percentFormat(recv(args[0], "__mod__"), args[1]);
}

function str_maketrans(args: Args, kw: Kw): Py {
  if (kw !== null && kw.length > 0) noKeywords("str.maketrans");
  if (args.length < 1 || args.length > 3) arity("maketrans", args, null, 1, 3);
  const out = newDict();
  if (args.length === 1) {
    const x = args[0];
    // (a dict exactly, as CPython's PyDict_CheckExact: not a subclass)
    if (!(x instanceof PyDict) || x.cls !== DictType) {
      typeError("if you give only one argument to maketrans it must be a dict");
    }
    for (const k of dictKeys(x)) {
      const v = dictGet(x, k);
      // (a str or int subclass instance is a str or int key, as CPython's PyUnicode_Check/PyLong_Check)
      const kv = baseValue(k);
      if (typeof kv === "string") {
        if (cpLength(kv) !== 1) valueError("string keys in translate table must be of length 1");
        dictSet(out, kv.codePointAt(0), v);
      } else if (typeof kv === "number" || typeof kv === "bigint" || typeof kv === "boolean") dictSet(out, k, v);
      else typeError("keys in translate table must be strings or integers");
    }
    return out;
  }
  const x = asStr(args[0]), y = asStr(args[1]), z = args.length > 2 ? asStr(args[2]) : undefined;
  if (y === undefined) argMustBeStr("maketrans", 2, args[1]);
  if (args.length > 2 && z === undefined) argMustBeStr("maketrans", 3, args[2]);
  if (x === undefined) {
    typeError("first maketrans argument must be a string if there is a second argument");
  }
  const xs = codePoints(x), ys = codePoints(y);
  if (xs.length !== ys.length) valueError("the first two maketrans arguments must have equal length");
  for (let i = 0; i < xs.length; i++) dictSet(out, xs[i], ys[i]);
  if (z !== undefined) { for (const c of codePoints(z)) dictSet(out, c, null); }
  return out;
}

/** What `table[c]` maps a code point to for str.translate: a string, or undefined to keep it. */
function translateOne(table: Py, c: number): string | undefined {
  let v: Py;
  if (table instanceof PyDict && table.cls.builtin) v = dictGet(table, c);
  else {
    try {
      v = getItem(table, c);
    } catch (e) {
      if (e instanceof PyException && isSubtype(e.cls, LookupError)) return undefined;
      throw e;
    }
  }
  if (v === undefined) return undefined;
  if (v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") {
    const n = Number(v);
    if (n < 0 || n > 0x10ffff) valueError("character mapping must be in range(0x110000)");
    return String.fromCodePoint(n);
  }
  const u = asStr(v);
  if (u !== undefined) return u;
  return typeError("character mapping must return integer, None or str");
}

function str_translate(args: Args, kw: Kw): Py {
  if (args.length !== 2 || kw !== null) nargs("str.translate", args, kw, 1, 1);
  const s = recv(args[0], "translate");
  const table = args[1];
  const seen = new Map<number, string | undefined>();
  let out = "", last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    let r: string | undefined;
    if (seen.has(c)) r = seen.get(c);
    else {
      r = translateOne(table, c);
      seen.set(c, r);
    }
    const w = c > 0xffff ? 2 : 1;
    if (r !== undefined) {
      out += s.slice(last, i) + r;
      last = i + w;
      if (out.length > MAX_SEQUENCE) memoryError();
    }
    i += w - 1;
  }
  return last === 0 ? s : out + s.slice(last);
}

// -- operators as methods ---------------------------------------------------------------------

function str_len(args: Args, kw: Kw): Py {
  if (args.length !== 1) slotArity(args, kw, 0, "__len__");
  return cpLength(recv(args[0], "__len__"));
}

function str_getitem(args: Args, kw: Kw): Py {
  if (args.length !== 2 || kw !== null) slotArity(args, kw, 1, "__getitem__");
  const s = recv(args[0], "__getitem__");
  const k = args[1];
  if (typeof k === "number") return strGetItem(s, k);
  if (typeof k === "boolean") return strGetItem(s, k ? 1 : 0);
  if (k instanceof PySlice) return strSlice(s, k.start, k.stop, k.step);
  if (typeof k === "bigint") bigIndexError(k, "string");
  if (typeof k === "object" && k !== null) {
    const r = asIndex(k);
    if (r !== undefined) return typeof r === "number" ? strGetItem(s, r) : bigIndexError(r as bigint, "string", k);
  }
  return typeError(`string indices must be integers, not '${typeName(k)}'`);
}

function str_contains(args: Args, kw: Kw): Py {
  if (args.length !== 2 || kw !== null) slotArity(args, kw, 1, "__contains__");
  return strContains(recv(args[0], "__contains__"), args[1]);
}

function str_add(args: Args, kw: Kw): Py {
  if (args.length !== 2 || kw !== null) slotArity(args, kw, 1, "__add__");
  const s = recv(args[0], "__add__");
  const o = asStr(args[1]);
  if (o === undefined) typeError(`can only concatenate str (not "${typeName(args[1])}") to str`);
  if (s.length + o.length > MAX_SEQUENCE) memoryError();
  return s + o;
}

function str_mul(args: Args, kw: Kw): Py {
  if (args.length !== 2 || kw !== null) slotArity(args, kw, 1, "__mul__", " ");
  return strRepeat(recv(args[0], "__mul__"), indexArg(args[1]), args[1]);
}

function str_rmod(args: Args, kw: Kw): Py {
  if (args.length !== 2 || kw !== null) slotArity(args, kw, 1, "__rmod__");
  recv(args[0], "__rmod__");
  // (unicode_mod formats only a str left operand: "a".__rmod__("%s") is 'a')
  const fmt = asStr(args[1]);
  return fmt === undefined ? NotImplemented : percentFormat(fmt, args[0]);
}

function str_getnewargs(args: Args, kw: Kw): Py {
  const s = recv(args[0], "__getnewargs__");
  if (args.length !== 1 || (kw !== null && kw.length > 0)) arity("str.__getnewargs__", args, kw, 0, 0, true);
  return new PyTuple([s]);
}

function str_format_spec(args: Args, kw: Kw): Py {
  if (args.length !== 2 || kw !== null) nargs("__format__", args, kw, 1, 1);
  const s = recv(args[0], "__format__");
  const spec = asStr(args[1]);
  if (spec === undefined) typeError(`__format__() argument must be str, not ${argTypeName(args[1])}`);
  return formatStr(s, spec);
}

// ---------------------------------------------------------------------------------------------
// 7. Installation

/**
 * Define every str method on StrType (and `str.maketrans` as a static method). Idempotent.
 *
 * @example
 * installStrMethods();
 * StrType.dict.get("upper").fn(["abc"], null);  // "ABC"
 */
export function installStrMethods(): void {
  const table: [string, (args: Args, kw: Kw) => Py][] = [
    ["capitalize", str_capitalize],
    ["casefold", str_casefold],
    ["center", str_center],
    ["count", str_count],
    ["encode", str_encode],
    ["endswith", str_endswith],
    ["expandtabs", str_expandtabs],
    ["find", str_find],
    ["format", str_format],
    ["format_map", str_format_map],
    ["index", str_index],
    ["isalnum", predicate("isalnum", isAlnumStr)],
    ["isalpha", predicate("isalpha", isAlphaStr)],
    ["isascii", predicate("isascii", (s) => ASCII_ONLY.test(s))],
    ["isdecimal", predicate("isdecimal", isDecimalStr)],
    ["isdigit", predicate("isdigit", isDigitStr)],
    ["isidentifier", predicate("isidentifier", isIdentifier)],
    ["islower", predicate("islower", isLowerStr)],
    ["isnumeric", predicate("isnumeric", isNumericStr)],
    ["isprintable", predicate("isprintable", isPrintableStr)],
    ["isspace", predicate("isspace", isSpaceStr)],
    ["istitle", predicate("istitle", isTitleStr)],
    ["isupper", predicate("isupper", isUpperStr)],
    ["join", str_join],
    ["ljust", str_ljust],
    ["lower", str_lower],
    ["lstrip", str_lstrip],
    ["partition", str_partition],
    ["removeprefix", str_removeprefix],
    ["removesuffix", str_removesuffix],
    ["replace", str_replace],
    ["rfind", str_rfind],
    ["rindex", str_rindex],
    ["rjust", str_rjust],
    ["rpartition", str_rpartition],
    ["rsplit", str_rsplit],
    ["rstrip", str_rstrip],
    ["split", str_split],
    ["splitlines", str_splitlines],
    ["startswith", str_startswith],
    ["strip", str_strip],
    ["swapcase", str_swapcase],
    ["title", str_title],
    ["translate", str_translate],
    ["upper", str_upper],
    ["zfill", str_zfill],
    ["__len__", str_len],
    ["__getitem__", str_getitem],
    ["__contains__", str_contains],
    ["__add__", str_add],
    ["__mul__", str_mul],
    ["__rmul__", str_mul],
    ["__mod__", str_mod],
    ["__rmod__", str_rmod],
    ["__getnewargs__", str_getnewargs],
    ["__format__", str_format_spec],
  ];
  for (const [name, fn] of table) defMethod(StrType, name, fn);
  fastMethod(StrType, "join", { m1: (sep, it) => (typeof sep === "string" ? strJoin(sep, it) : str_join([sep, it], null)) });
  // the predicates called on a str take no argument array
  for (
    const [name, test] of [
      ["isalnum", isAlnumStr], ["isalpha", isAlphaStr], ["isdecimal", isDecimalStr], ["isdigit", isDigitStr],
      ["isnumeric", isNumericStr], ["isspace", isSpaceStr], ["isupper", isUpperStr], ["islower", isLowerStr],
    ] as [string, (s: string) => boolean][]
  ) {
    const slow = (StrType.dict.get(name) as PyBuiltin).fn;
    fastMethod(StrType, name, { m0: (s) => (typeof s === "string" ? test(recv(s, name)) : slow([s], null)) });
  }
  // prefix tests on UTF-16 code units agree with code points
  fastMethod(StrType, "startswith", {
    m1: (s, p) => (typeof s === "string" && typeof p === "string" ? unitsStartWith(s, p) : str_startswith([s, p], null)),
  });
  fastMethod(StrType, "endswith", {
    m1: (s, p) => (typeof s === "string" && typeof p === "string" ? unitsEndWith(s, p) : str_endswith([s, p], null)),
  });
  // Hot methods called on a str with plain str arguments: no argument array, no argument parsing
  // (anything else goes through the method itself). Each charges the receiver as recv() does.
  const plain = (s: Py): s is string => {
    if (typeof s !== "string") return false;
    chargeChars(s.length);
    return true;
  };
  fastMethod(StrType, "split", {
    m0: (s) => (plain(s) ? new PyList(splitWhitespace(s, -1)) : str_split([s], null)),
    m1: (s, sep) =>
      typeof sep === "string" && sep !== "" && plain(s) ? new PyList(splitSep(s, sep, -1)) : str_split([s, sep], null),
  });
  fastMethod(StrType, "replace", {
    m2: (s, o, n) =>
      typeof o === "string" && typeof n === "string" && plain(s) ? strReplace(s, o, n, -1) : str_replace([s, o, n], null),
  });
  fastMethod(StrType, "find", {
    m1: (s, sub) => (typeof sub === "string" && plain(s) ? findIn(s, sub, undefined, undefined, false) : str_find([s, sub], null)),
  });
  fastMethod(StrType, "strip", { m0: (s) => (plain(s) ? stripStr(s, null, BOTH) : str_strip([s], null)) });
  fastMethod(StrType, "lstrip", { m0: (s) => (plain(s) ? stripStr(s, null, LEFT) : str_lstrip([s], null)) });
  fastMethod(StrType, "rstrip", { m0: (s) => (plain(s) ? stripStr(s, null, RIGHT) : str_rstrip([s], null)) });
  fastMethod(StrType, "lower", { m0: (s) => (plain(s) ? s.toLowerCase() : str_lower([s], null)) });
  fastMethod(StrType, "upper", { m0: (s) => (plain(s) ? s.toUpperCase() : str_upper([s], null)) });
  fastMethod(StrType, "splitlines", { m0: (s) => (plain(s) ? new PyList(splitLines(s, false)) : str_splitlines([s], null)) });
  StrType.dict.set("maketrans", new PyStaticMethod(new PyBuiltin("maketrans", str_maketrans)));
  // protocol.ts measures and iterates strings through these hooks.
  hooks.cpLength ??= cpLength;
  hooks.cpArray ??= (s: string) => (isWide(s) ? Array.from(s) : s.split(""));
}
