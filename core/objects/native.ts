// Helpers for defining native (runtime-implemented) functions and methods, and for parsing
// their arguments. A native function receives the positional args followed by the keyword
// values; `kw` names the trailing keyword values (null when there are none). For methods,
// args[0] is the receiver.

import { builtinArity, noKeywords, typeError, unexpectedKeyword } from "../errors.ts";
import { classMethodDescriptor, isSlotWrapper, type NativeFn, type Py, PyBuiltin, PyType, TypeType, undefinedSlots } from "./model.ts";

// The argument counts (receiver excluded) of CPython's slot wrappers, as typeobject.c's wrap_*
// functions check them: [min, max, how], where "n" is check_num_args ("expected 1 argument,
// got 0") and "u" PyArg_UnpackTuple under an empty name (" expected 2 arguments, got 1").
// __init__, __call__ and __new__ take any arguments; __pow__ checks its own.
const SLOT_ARGS = new Map<string, [number, number, "n" | "u"]>();
for (const name of [
  "__repr__", "__str__", "__hash__", "__len__", "__iter__", "__next__", "__bool__", "__int__", "__float__", "__index__",
  "__neg__", "__pos__", "__abs__", "__invert__", "__del__", "__await__", "__aiter__", "__anext__",
]) SLOT_ARGS.set(name, [0, 0, "n"]);
for (const name of [
  "__getattribute__", "__getattr__", "__delattr__", "__getitem__", "__delitem__", "__contains__", "__delete__",
  "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__ipow__",
  ...["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod", "lshift", "rshift", "and", "xor", "or"]
    .flatMap((op) => [`__${op}__`, `__r${op}__`, `__i${op}__`]),
]) SLOT_ARGS.set(name, [1, 1, "n"]);
for (const name of ["__setitem__", "__setattr__", "__set__"]) SLOT_ARGS.set(name, [2, 2, "u"]);
SLOT_ARGS.set("__get__", [1, 2, "u"]);
const REPEAT = new Set(["__mul__", "__rmul__", "__imul__"]);
const SEQUENCES = new Set(["str", "bytes", "bytearray", "list", "tuple"]);

// Dunders that builtin types define as METH_NOARGS (0) or METH_O (1) methods, checked as
// CPython does: `list.__sizeof__() takes no arguments (1 given)`; -1 is __round__'s optional one.
const METH_ARGS = new Map<string, number>([
  ["__sizeof__", 0], ["__dir__", 0], ["__reversed__", 0], ["__reduce__", 0], ["__getnewargs__", 0], ["__getstate__", 0],
  ["__copy__", 0], ["__length_hint__", 0], ["__subclasses__", 0], ["__complex__", 0], ["__bytes__", 0],
  ["__trunc__", 0], ["__floor__", 0], ["__ceil__", 0],
  ["__format__", 1], ["__getitem__", 1], ["__contains__", 1], ["__instancecheck__", 1], ["__subclasscheck__", 1],
  ["__round__", -1],
]);

/** Wrap a builtin method with the argument count check CPython makes before it runs. */
function checkedArity(t: PyType, name: string, fn: NativeFn): NativeFn {
  if (isSlotWrapper(t, name)) {
    const spec = SLOT_ARGS.get(name);
    if (spec === undefined) return fn;
    const [min, max] = spec;
    // sequence repetition (sq_repeat) unpacks its argument like __setitem__
    const how = REPEAT.has(name) && SEQUENCES.has(t.name) ? "u" : spec[2];
    if (name === "__get__") {
      // (CPython's wrap_descr_get: neither an instance nor an owner to bind to)
      return (args, kw) => {
        const n = args.length - 1;
        if (n < min || n > max || (kw !== null && kw.length > 0)) slotArgsError(name, n, kw, min, max, how);
        if (args[1] === null && (n < 2 || args[2] === null)) typeError("__get__(None, None) is invalid");
        return fn(args, kw);
      };
    }
    return (args, kw) => {
      const n = args.length - 1;
      if (n < min || n > max || (kw !== null && kw.length > 0)) slotArgsError(name, n, kw, min, max, how);
      return fn(args, kw);
    };
  }
  const want = METH_ARGS.get(name);
  if (want === undefined) return fn;
  if (want < 0) {
    return (args, kw) => {
      const n = args.length - 1 - (kw?.length ?? 0);
      if (n > 1) typeError(`${name} expected at most 1 argument, got ${n}`);
      return fn(args, kw);
    };
  }
  return (args, kw) => {
    if (args.length !== want + 1 || (kw !== null && kw.length > 0)) {
      // (type's methods, bound to a class, are named after it: `A.__subclasses__()`)
      const who = t === TypeType && args[0] instanceof PyType ? args[0].qualname : t.name;
      methArgsError(`${who}.${name}`, args, kw, want);
    }
    return fn(args, kw);
  };
}

function slotArgsError(name: string, n: number, kw: string[] | null, min: number, max: number, how: "n" | "u"): never {
  if (kw !== null && kw.length > 0) typeError(`wrapper ${name}() takes no keyword arguments`);
  const s = (k: number) => `${k} argument${k === 1 ? "" : "s"}`;
  if (how === "n") typeError(`expected ${s(min)}, got ${n}`);
  if (min === max) typeError(` expected ${s(min)}, got ${n}`);
  typeError(n < min ? ` expected at least ${s(min)}, got ${n}` : ` expected at most ${s(max)}, got ${n}`);
}

/** (CPython names the type that defines the method when it is called as `x.name(...)`.) */
function methArgsError(who: string, args: Py[], kw: string[] | null, want: number): never {
  if (kw !== null && kw.length > 0) noKeywords(who);
  const n = args.length - 1;
  typeError(`${who}() takes ${want === 0 ? "no arguments" : "exactly one argument"} (${n} given)`);
}

/** Define a method on a builtin type (dunders get CPython's argument count checks). */
export function defMethod(t: PyType, name: string, fn: NativeFn): PyBuiltin {
  if (name.startsWith("__")) fn = checkedArity(t, name, fn);
  const b = new PyBuiltin(name, fn, undefined, t);
  // __class_getitem__ is always a class method (METH_CLASS in CPython)
  t.dict.set(name, name === "__class_getitem__" ? classMethodDescriptor(b) : b);
  return b;
}

/** Define several methods at once. */
export function defMethods(t: PyType, table: Record<string, NativeFn>): void {
  for (const name of Object.keys(table)) defMethod(t, name, table[name]);
}

/** Direct entries for a hot builtin method (see PyBuiltin.mcall0..2); each must behave exactly
 * like the method's `fn`, falling back to it for anything unusual. */
export function fastMethod(
  t: PyType,
  name: string,
  entries: { m0?: (self: Py) => Py; m1?: (self: Py, a: Py) => Py; m2?: (self: Py, a: Py, b: Py) => Py },
): void {
  const b = t.dict.get(name);
  if (!(b instanceof PyBuiltin)) throw new Error(`internal: ${t.name}.${name} is not a builtin method`);
  if (entries.m0) b.mcall0 = entries.m0;
  if (entries.m1) b.mcall1 = entries.m1;
  if (entries.m2) b.mcall2 = entries.m2;
}

/** A plain (unbound) native function. */
export function native(name: string, fn: NativeFn): PyBuiltin {
  return new PyBuiltin(name, fn);
}

/** Reject keyword arguments. */
export function noKw(name: string, kw: string[] | null): void {
  if (kw !== null && kw.length > 0) noKeywords(name);
}

/**
 * Check the positional count of a call without keywords: `min..max` (max -1 = unbounded).
 * For methods, counts exclude the receiver when `self` is true.
 */
export function arity(name: string, args: Py[], kw: string[] | null, min: number, max: number, self = false): void {
  if (kw !== null && kw.length > 0) noKeywords(name);
  const n = args.length - (self ? 1 : 0);
  if (n < min || (max >= 0 && n > max)) {
    let detail: string;
    if (min === max) {
      detail = min === 0 ? `takes no arguments (${n} given)` : min === 1 ? `takes exactly one argument (${n} given)` : `expected ${min} arguments, got ${n}`;
    } else if (n < min) detail = `expected at least ${min} argument${min === 1 ? "" : "s"}, got ${n}`;
    else detail = `expected at most ${max} argument${max === 1 ? "" : "s"}, got ${n}`;
    builtinArity(name, detail);
  }
}

/** The arity check of a slot wrapper (`range(3).__len__(1)`: `expected 0 arguments, got 1`). */
export function slotArity(args: Py[], kw: string[] | null, n: number, name: string): void {
  if (kw !== null && kw.length > 0) typeError(`wrapper ${name}() takes no keyword arguments`);
  const got = args.length - 1;
  if (got !== n) typeError(`expected ${n} argument${n === 1 ? "" : "s"}, got ${got}`);
}

/**
 * The arity check of functions parsing their arguments as a tuple (CPython's PyArg_ParseTuple:
 * `count() takes at least 1 argument (0 given)`). `n` excludes the receiver.
 */
export function tupleArity(name: string, n: number, min: number, max: number): void {
  if (n < min) builtinArity(name, `takes at least ${min} argument${min === 1 ? "" : "s"} (${n} given)`);
  if (n > max) builtinArity(name, `takes at most ${max} argument${max === 1 ? "" : "s"} (${n} given)`);
}

/**
 * Bind positional and keyword arguments to named parameters.
 * `names` lists the parameters in order (receiver excluded when `self`); the result holds the
 * values (undefined where not given). `required` is how many leading ones must be present;
 * parameters at index >= `posMax` are keyword-only.
 */
export function bindArgs(
  fname: string,
  args: Py[],
  kw: string[] | null,
  names: string[],
  required = 0,
  posMax = names.length,
  self = false,
): Py[] {
  const out: Py[] = undefinedSlots(names.length);
  const nkw = kw === null ? 0 : kw.length;
  const start = self ? 1 : 0;
  const npos = args.length - nkw - start;
  // Argument Clinic's order (_PyArg_UnpackKeywords): too many in total (keywords counted, "keyword
  // arguments" when all are keywords), too many positional, a missing required argument, one given
  // by name and position, then an unknown keyword
  const total = names.length;
  if (npos + nkw > total) {
    const what = `${npos === 0 ? "keyword " : ""}argument${total === 1 ? "" : "s"}`;
    builtinArity(fname, `takes at most ${total} ${what} (${npos + nkw} given)`);
  }
  if (npos > posMax) {
    if (posMax === 0) typeError(`${fname}() takes no positional arguments`);
    builtinArity(fname, `takes at most ${posMax} positional argument${posMax === 1 ? "" : "s"} (${npos} given)`);
  }
  for (let i = 0; i < npos; i++) out[i] = args[start + i];
  // then the parameters after the positional arguments, in order, from the keywords: a missing
  // required one is reported before a keyword that repeats a positional one or names nothing
  let left = nkw;
  for (let i = npos; i < total; i++) {
    if (left > 0) {
      const j = kw!.indexOf(names[i]);
      if (j >= 0) {
        out[i] = args[args.length - nkw + j];
        left--;
        continue;
      }
    } else if (i >= required) break;
    if (i < required) typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  if (left > 0) {
    for (let i = 0; i < npos; i++) {
      if (kw!.includes(names[i])) typeError(`argument for ${fname}() given by name ('${names[i]}') and position (${i + 1})`);
    }
    for (const k of kw!) if (!names.includes(k)) unexpectedKeyword(fname, k);
  }
  return out;
}

/** Split a native call's arguments into positional and a keyword map. */
export function splitKw(args: Py[], kw: string[] | null): [Py[], Map<string, Py>] {
  const m = new Map<string, Py>();
  if (kw === null || kw.length === 0) return [args, m];
  const n = args.length - kw.length;
  for (let i = 0; i < kw.length; i++) m.set(kw[i], args[n + i]);
  return [args.slice(0, n), m];
}
