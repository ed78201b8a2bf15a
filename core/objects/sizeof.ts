// What a program can ask about how objects sit in memory: `__sizeof__` (object's, and the
// overrides of the types whose size grows with their contents, where CPython has them: int, str,
// bytearray, list, dict, set, frozenset) and `float.__getformat__`.
//
// The sizes are plausible byte counts modelled on the layouts of 64-bit CPython 3.12 (a header
// plus so much per item), not this runtime's memory use, which JavaScript does not expose; they
// grow with the contents as CPython's do (docs/differences.md). No limit or budget reads them.

import { typeError, valueError } from "../errors.ts";
import { bitLength } from "./int.ts";
import {
  ByteArrayType,
  classMethodDescriptor,
  DictType,
  FloatType,
  FrozenSetType,
  IntType,
  ListType,
  ObjectType,
  type Py,
  PyBuiltin,
  PyByteArray,
  PyBytes,
  PyComplex,
  PyDict,
  PyFloat,
  PyList,
  PyRange,
  PySet,
  PySlice,
  PyTuple,
  type PyType,
  SetType,
  StrType,
} from "./model.ts";
import { asStr, baseValue, chargeChars } from "./protocol.ts";
import { defMethod } from "./native.ts";
import { cpLength } from "./strrepr.ts";
import { typeName } from "./typeof.ts";

/**
 * object.__sizeof__: the type's fixed size (CPython's tp_basicsize), plus 8 per item of a tuple
 * and 1 per byte of bytes (tp_itemsize); the types with a table outside the object override it.
 */
function objectSize(v: Py): number {
  const x = baseValue(v);
  switch (typeof x) {
    case "string":
      return 40;
    case "number":
    case "bigint":
    case "boolean":
      return 24;
  }
  if (x instanceof PyTuple) return 24 + 8 * x.a.length;
  if (x instanceof PyBytes) return 33 + x.b.length;
  if (x instanceof PyFloat) return 24;
  if (x instanceof PyComplex) return 32;
  if (x instanceof PyList || x instanceof PySlice) return 40;
  if (x instanceof PyDict || x instanceof PyRange) return 48;
  if (x instanceof PyByteArray) return 56;
  if (x instanceof PySet) return 200;
  return 16;
}

/** int: a header and 4 bytes per 30-bit digit (at least one). */
function intSize(v: number | bigint | boolean): number {
  const n = bitLength(typeof v === "boolean" ? (v ? 1 : 0) : v);
  return 24 + 4 * Math.max(1, Math.ceil(n / 30));
}

const NON_ASCII = /[\x80-\uffff]/;
const BEYOND_LATIN1 = /[\u0100-\uffff]/;
const ASTRAL = /[\ud800-\udbff][\udc00-\udfff]/;

/** str: CPython's compact forms: ASCII one byte per character, else 1, 2 or 4 for the widest. */
function strSize(s: string): number {
  chargeChars(s.length);
  if (!NON_ASCII.test(s)) return 41 + s.length;
  const kind = ASTRAL.test(s) ? 4 : BEYOND_LATIN1.test(s) ? 2 : 1;
  return 56 + kind * (cpLength(s) + 1);
}

/** dict: the object, then a key table of a power-of-two size holding 2/3 as many entries. */
function dictSize(d: PyDict): number {
  const n = d.m.size;
  if (n === 0) return 48;
  let size = 8;
  while (((size << 1) / 3 | 0) < n) size *= 2;
  const index = size <= 128 ? 1 : size <= 0x8000 ? 2 : size <= 0x80000000 ? 4 : 8;
  return 48 + 32 + size * index + ((size << 1) / 3 | 0) * 24;
}

/** set: 8 slots inside the object; a larger table of 16-byte slots, at most 60% full, outside. */
function setSize(s: PySet): number {
  const n = s.m.size;
  let size = 8;
  while (n * 5 >= (size - 1) * 3) size *= 2;
  return size === 8 ? 200 : 200 + 16 * size;
}

function receiverError(t: PyType, v: Py): never {
  typeError(`descriptor '__sizeof__' for '${t.name}' objects doesn't apply to a '${typeName(v)}' object`);
}

/**
 * Define `__sizeof__` on object and the types that override it, and `float.__getformat__`.
 * Called once while the builtins are installed.
 *
 * @example
 * installSizeof();
 * ListType.dict.get("__sizeof__");  // list.__sizeof__
 */
export function installSizeof(): void {
  defMethod(ObjectType, "__sizeof__", (args) => objectSize(args[0]));
  defMethod(IntType, "__sizeof__", (args) => {
    const v = baseValue(args[0]);
    if (typeof v !== "number" && typeof v !== "bigint" && typeof v !== "boolean") receiverError(IntType, args[0]);
    return intSize(v);
  });
  defMethod(StrType, "__sizeof__", (args) => {
    const s = asStr(args[0]);
    if (s === undefined) receiverError(StrType, args[0]);
    return strSize(s);
  });
  defMethod(ByteArrayType, "__sizeof__", (args) => {
    const b = args[0];
    if (!(b instanceof PyByteArray)) receiverError(ByteArrayType, b);
    // (the buffer as bytearray.__alloc__ counts it)
    return 56 + (b.b.length === 0 ? 0 : b.b.length + 1);
  });
  defMethod(ListType, "__sizeof__", (args) => {
    const l = args[0];
    if (!(l instanceof PyList)) receiverError(ListType, l);
    return 40 + 8 * l.a.length;
  });
  defMethod(DictType, "__sizeof__", (args) => {
    const d = args[0];
    if (!(d instanceof PyDict)) receiverError(DictType, d);
    return dictSize(d);
  });
  for (const t of [SetType, FrozenSetType]) {
    defMethod(t, "__sizeof__", (args) => {
      const s = args[0];
      if (!(s instanceof PySet)) receiverError(t, s);
      return setSize(s);
    });
  }
  // float.__getformat__(typestr), a class method: how C doubles and floats are stored
  const getformat = new PyBuiltin("__getformat__", (args, kw) => {
    const who = `${(args[0] as PyType).name}.__getformat__`;
    if (kw !== null && kw.length > 0) typeError(`float.__getformat__() takes no keyword arguments`);
    if (args.length !== 2) typeError(`${who}() takes exactly one argument (${args.length - 1} given)`);
    const s = asStr(args[1]);
    if (s === undefined) typeError(`__getformat__() argument must be str, not ${args[1] === null ? "None" : typeName(args[1])}`);
    if (s !== "double" && s !== "float") valueError("__getformat__() argument 1 must be 'double' or 'float'");
    return "IEEE, little-endian";
  }, undefined, FloatType);
  FloatType.dict.set("__getformat__", classMethodDescriptor(getformat));
}
