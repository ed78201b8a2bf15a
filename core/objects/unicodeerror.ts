// UnicodeDecodeError, UnicodeEncodeError and UnicodeTranslateError: the fields CPython gives them
// (encoding, object, start, end, reason), their constructor's argument checks and their message.
// The fields live in the exception's `fields` map; `args` keeps the constructor's arguments as
// given, and assigning a field (`e.reason = ...`) changes the message but not `args`, as in CPython.

import { overflowError, typeError } from "../errors.ts";
import { UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError } from "./exceptions.ts";
import { type Py, PyByteArray, PyBytes, PyException, PyTuple, type PyType } from "./model.ts";
import { defMethod } from "./native.ts";
import { baseValue, isSubtype, pyStr } from "./protocol.ts";
import { cpArray, cpLength } from "./strrepr.ts";
import { indexArg } from "./str.ts";
import { typeName } from "./typeof.ts";

const DECODE = 0, ENCODE = 1, TRANSLATE = 2;

/** Which of the three a type is (a subclass counts as its base), or -1. */
function kindOf(t: PyType): number {
  if (isSubtype(t, UnicodeDecodeError)) return DECODE;
  if (isSubtype(t, UnicodeEncodeError)) return ENCODE;
  if (isSubtype(t, UnicodeTranslateError)) return TRANSLATE;
  return -1;
}

function setFields(e: PyException, encoding: Py, object: Py, start: number, end: number, reason: Py): void {
  e.fields ??= new Map();
  e.fields.set("encoding", encoding).set("object", object).set("start", start).set("end", end).set("reason", reason);
}

/**
 * The UnicodeDecodeError raised by `bytes.decode`: `start`..`end` are byte positions in `object`.
 *
 * @example
 * throw newDecodeError("utf-8", new Uint8Array([0xff]), 0, 1, "invalid start byte");
 */
export function newDecodeError(encoding: string, object: Uint8Array, start: number, end: number, reason: string): PyException {
  const b = new PyBytes(object.slice());
  const e = new PyException(UnicodeDecodeError, new PyTuple([encoding, b, start, end, reason]));
  setFields(e, encoding, b, start, end, reason);
  return e;
}

/**
 * The UnicodeEncodeError raised by `str.encode`: `start`..`end` are code-point positions in `object`.
 *
 * @example
 * throw newEncodeError("ascii", "é", 0, 1, "ordinal not in range(128)");
 */
export function newEncodeError(encoding: string, object: string, start: number, end: number, reason: string): PyException {
  const e = new PyException(UnicodeEncodeError, new PyTuple([encoding, object, start, end, reason]));
  setFields(e, encoding, object, start, end, reason);
  return e;
}

/** A Py_ssize_t argument ("n" in CPython's argument format). */
function ssize(v: Py): number {
  const n = indexArg(v);
  if (typeof n === "bigint") {
    if (n >= 1n << 63n || n < -(1n << 63n)) overflowError("Python int too large to convert to C ssize_t");
    return Number(n);
  }
  return n;
}

/** A str argument ("U"): CPython's "argument 1 must be str, not int". */
function str(v: Py, pos: number): string {
  const x = baseValue(v);
  if (typeof x !== "string") typeError(`argument ${pos} must be str, not ${typeName(v)}`);
  return x;
}

/** `__init__` of the three types: check the arguments and set the fields. */
function init(args: Py[], kw: string[] | null): Py {
  const e = args[0] as PyException;
  const kind = kindOf(e.cls);
  if (kw !== null && kw.length > 0) typeError(`${e.cls.name}() takes no keyword arguments`);
  const a = args.slice(1);
  e.args = new PyTuple(a);
  const want = kind === TRANSLATE ? 4 : 5;
  if (a.length !== want) typeError(`function takes exactly ${want} arguments (${a.length} given)`);
  if (kind === TRANSLATE) {
    const object = str(a[0], 1);
    setFields(e, null, object, ssize(a[1]), ssize(a[2]), str(a[3], 4));
    return null;
  }
  const encoding = str(a[0], 1);
  let object: Py;
  if (kind === ENCODE) object = str(a[1], 2);
  else {
    const b = baseValue(a[1]);
    if (b instanceof PyBytes) object = a[1];
    else if (b instanceof PyByteArray) object = new PyBytes(b.b.slice(0, b.n));
    else typeError(`a bytes-like object is required, not '${typeName(a[1])}'`);
  }
  setFields(e, encoding, object, ssize(a[2]), ssize(a[3]), str(a[4], 5));
  return null;
}

/**
 * A field read on an exception (`e.start`): its value, None or 0 when `__init__` never set it, or
 * undefined when `e` is not one of the three types or `name` not one of their fields.
 */
export function unicodeErrorAttr(e: PyException, name: string): Py {
  if (name !== "encoding" && name !== "object" && name !== "start" && name !== "end" && name !== "reason") return undefined;
  if (kindOf(e.cls) < 0) return undefined;
  return e.fields?.get(name) ?? (name === "start" || name === "end" ? 0 : null);
}

/**
 * Assign a field (`e.start = 3`); false when `e` or `name` is not one of theirs. start and end must
 * be integers (TypeError "an integer is required"); the others take any value.
 */
export function setUnicodeErrorAttr(e: PyException, name: string, v: Py): boolean {
  if (unicodeErrorAttr(e, name) === undefined) return false;
  if (name === "start" || name === "end") {
    const x = baseValue(v);
    if (typeof x !== "number" && typeof x !== "bigint" && typeof x !== "boolean") typeError("an integer is required");
    v = ssize(x);
  }
  (e.fields ??= new Map()).set(name, v);
  return true;
}

/** A code point as CPython's message shows it: \xhh, \uhhhh or \Uhhhhhhhh. */
function escapeCp(c: number): string {
  if (c <= 0xff) return "\\x" + c.toString(16).padStart(2, "0");
  if (c <= 0xffff) return "\\u" + c.toString(16).padStart(4, "0");
  return "\\U" + c.toString(16).padStart(8, "0");
}

/**
 * str() of one of the three (undefined for any other exception): "'utf-8' codec can't decode byte
 * 0xff in position 0: invalid start byte", "... can't decode bytes in position 0-1: ...", "'ascii'
 * codec can't encode character '\xe9' in position 0: ...", "can't translate characters in position
 * 0-1: ...". Empty when `__init__` never set the fields.
 */
export function unicodeErrorStr(e: PyException): string | undefined {
  const kind = kindOf(e.cls);
  if (kind < 0) return undefined;
  const f = e.fields;
  const object = f?.get("object");
  if (f === undefined || f === null || object === undefined || object === null) return "";
  const start = f.get("start") as number, end = f.get("end") as number;
  const reason = pyStr(f.get("reason") ?? null);
  const codec = kind === TRANSLATE ? "" : `'${pyStr(f.get("encoding") ?? null)}' codec `;
  const verb = kind === DECODE ? "decode" : kind === ENCODE ? "encode" : "translate";
  const o = baseValue(object);
  if (kind === DECODE) {
    if (o instanceof PyBytes && start >= 0 && start < o.b.length && end === start + 1) {
      return `${codec}can't decode byte 0x${o.b[start].toString(16).padStart(2, "0")} in position ${start}: ${reason}`;
    }
  } else if (typeof o === "string") {
    const s = o;
    if (start >= 0 && start < cpLength(s) && end === start + 1) {
      const c = cpArray(s)[start].codePointAt(0)!;
      return `${codec}can't ${verb} character '${escapeCp(c)}' in position ${start}: ${reason}`;
    }
  }
  return `${codec}can't ${verb} ${kind === DECODE ? "bytes" : "characters"} in position ${start}-${end - 1}: ${reason}`;
}

/** Give the three types their `__init__`. */
export function installUnicodeErrors(): void {
  for (const t of [UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError]) defMethod(t, "__init__", init);
}
