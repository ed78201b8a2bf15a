// Builtin functions (print, len, range's friends, min/max, sorted, isinstance, ...).

import {
  builtinArity, overflowError, raise, typeError, unexpectedKeyword, valueError,
} from "../errors.ts";
import { newDict } from "../objects/dict.ts";
import { StopIteration } from "../objects/exceptions.ts";
import { intToBase } from "../objects/format.ts";
import { big, intPowMod, norm } from "../objects/int.ts";
import {
  CallableIter, EnumerateIter, FilterIter, MapIter, ReversedIter, SeqReversedIter, UserIter, ZipIter, getIterAny, iterNextAny,
  EnumerateType, FilterType, MapType, ReversedType, ZipType,
} from "../objects/iter.ts";
import {
  type Py, PyBuiltin, PyBytes, PyDict, PyException, PyFloat, PyFunction, PyInstance, PyList, PyMethod, PyModule, PyRange,
  PyTuple, PyType, STOP, PyIterator, PyByteArray, PyClassMethod, PyStaticMethod, PyObject, NotImplemented, IntType,
  FloatType, ClassMethodDescriptorType, TypeType,
} from "../objects/model.ts";
import { arity, bindArgs, native, noKw, splitKw } from "../objects/native.ts";
import { bytesView } from "../objects/bytes.ts";
import {
  asStr, attrNameArg, baseValue, callBound, callObject, callObject1, delAttr, userMethod, realIsSubclass, abstractIsInstance, classDirNames, objectDirNames, getAttr, getAttrOpt, isBuiltinSlot, isObjectSlot, isSubtype, lookup, moduleDict, objectId, pyAsciiObj, pyBool, pyFormatObj, pyHashExact, strCompare, pyLen, pyLenExact, pyReprObj, pyStr, richCompare, setAttr, iterToArray, plainItems, objectIsInstance, chargeWork, forEachItem,
} from "../objects/protocol.ts";
import { asIndex } from "../objects/seq.ts";
import { cpLength } from "../objects/strrepr.ts";
import { typeName, typeOf } from "../objects/typeof.ts";
import { reverseFlag, sortArray } from "../objects/containers.ts";
import { absValue, binaryOp, DIVMOD } from "../vm/ops.ts";
import { current, frameLocals } from "../vm/vm.ts";
import { intArg, intFromBytes, intToBytes, pyRound } from "./numbers.ts";
import { CoroutineType, GeneratorType, PyGenerator } from "../vm/frame.ts";
import { pyAiter, pyAnext } from "../vm/asyncgen.ts";
import { ALIAS_OWN_ATTRS, PyGenericAlias, PyUnion } from "../objects/union.ts";
import { rangeReversed } from "../objects/range.ts";

function lessThan(a: Py, b: Py): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  if (typeof a === "string" && typeof b === "string") return strCompare(a, b) < 0;
  const r = richCompare(a, b, 0);
  return r === true ? true : r === false ? false : pyBool(r);
}

function greaterThan(a: Py, b: Py): boolean {
  if (typeof a === "number" && typeof b === "number") return a > b;
  if (typeof a === "string" && typeof b === "string") return strCompare(a, b) > 0;
  const r = richCompare(a, b, 4);
  return r === true ? true : r === false ? false : pyBool(r);
}

function minmax(name: string, isMax: boolean, args: Py[], kw: string[] | null): Py {
  const [pos, kws] = splitKw(args, kw);
  // CPython counts the positional arguments before it looks at the keywords
  if (pos.length === 0) typeError(`${name} expected at least 1 argument, got 0`);
  keywordsAtMost(name, kws, 2);
  for (const k of kws.keys()) {
    if (k !== "key" && k !== "default") unexpectedKeyword(name, k);
  }
  const key = kws.get("key") ?? null;
  const hasDefault = kws.has("default");
  // item by item as CPython: next(), then key(), then the comparison, before the next item is read
  let best: Py = null, bestKey: Py = null, empty = true;
  const step = (x: Py): void => {
    const k = key === null ? x : callObject1(key, x);
    // CPython asks `item > best` for max and `item < best` for min
    if (empty || (isMax ? greaterThan(k, bestKey) : lessThan(k, bestKey))) {
      best = x;
      bestKey = k;
      empty = false;
    }
  };
  if (pos.length === 1) {
    forEachItem(pos[0], step);
    if (empty) {
      if (hasDefault) return kws.get("default");
      valueError(`${name}() arg is an empty sequence`);
    }
  } else {
    if (hasDefault) typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
    for (let i = 0; i < pos.length; i++) step(pos[i]);
  }
  return best;
}

/** sum() with Neumaier-compensated float addition (CPython 3.12). */
function pySum(args: Py[], kw: string[] | null): Py {
  if (args.length === (kw?.length ?? 0)) typeError("sum() takes at least 1 positional argument (0 given)");
  const [it, start] = bindArgs("sum", args, kw, ["iterable", "start"], 1, 2);
  let acc: Py = start === undefined ? 0 : start;
  // the iterator first, as CPython: sum(2, "x") is "'int' object is not iterable"
  const items = plainItems(it);
  const iter = items === null ? getIterAny(it) : null;
  // (subclass instances too, as CPython's PyUnicode_Check/PyBytes_Check/PyByteArray_Check)
  if (asStr(acc) !== undefined) typeError("sum() can't sum strings [use ''.join(seq) instead]");
  if (acc instanceof PyByteArray) typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
  if (bytesView(acc) !== undefined) typeError("sum() can't sum bytes [use b''.join(seq) instead]");
  if (items !== null) chargeWork(items.length);
  let i = 0;
  const next = (): Py => {
    if (items !== null) return i < items.length ? items[i++] : STOP;
    return iterNextAny(iter);
  };
  // integer fast path
  for (;;) {
    const x = next();
    if (x === STOP) return acc;
    if (typeof acc === "number" && typeof x === "number") {
      const r = acc + x;
      if (r <= Number.MAX_SAFE_INTEGER && r >= -Number.MAX_SAFE_INTEGER) {
        acc = r;
        continue;
      }
    }
    if (x instanceof PyFloat && (typeof acc === "number" || acc instanceof PyFloat || typeof acc === "bigint" || typeof acc === "boolean")) {
      // float accumulation with compensation
      let f = acc instanceof PyFloat ? acc.v : Number(acc);
      let c = 0;
      let y: Py = x;
      for (;;) {
        let xv: number;
        if (y instanceof PyFloat) xv = y.v;
        else if (typeof y === "number" || typeof y === "bigint" || typeof y === "boolean") xv = Number(y);
        else {
          acc = new PyFloat(f + c);
          acc = binaryOp(0, acc, y);
          break;
        }
        const t = f + xv;
        if (Number.isFinite(t)) {
          if (Math.abs(f) >= Math.abs(xv)) c += (f - t) + xv;
          else c += (xv - t) + f;
        }
        f = t;
        y = next();
        if (y === STOP) {
          const r = f + c;
          return new PyFloat(c !== 0 && Number.isFinite(r) ? r : f);
        }
      }
      continue;
    }
    acc = binaryOp(0, acc, x);
  }
}

function isinstanceCheck(v: Py, t: Py, fname: string): boolean {
  if (t instanceof PyType) {
    const m = typeOf(t);
    // an exact type match is decided before any __instancecheck__ (as CPython)
    if (!m.builtin && typeOf(v) !== t) {
      const ic = lookup(m, "__instancecheck__");
      if (ic !== undefined) return pyBool(callBound(ic, t, m, [v]));
    }
    return objectIsInstance(v, t);
  }
  if (t instanceof PyTuple) {
    for (const x of t.a) if (isinstanceCheck(v, x, fname)) return true;
    return false;
  }
  if (t instanceof PyUnion) {
    // CPython 3.11 checks the members in order, as a tuple's: a generic alias fails only when reached
    for (const x of t.args) {
      if (x instanceof PyGenericAlias) typeError(`${fname}() argument 2 cannot be a parameterized generic`);
      if (isinstanceCheck(v, x, fname)) return true;
    }
    return false;
  }
  if (t instanceof PyGenericAlias) typeError(`${fname}() argument 2 cannot be a parameterized generic`);
  // any other object may still answer through its class's __instancecheck__
  const ic = userMethod(t, "__instancecheck__");
  if (ic !== undefined) return pyBool(callBound(ic, t, typeOf(t), [v]));
  // or stand for a class by providing __bases__
  const r = abstractIsInstance(v, t);
  if (r !== undefined) return r;
  typeError(`${fname}() arg 2 must be a type, a tuple of types, or a union`);
}

/** issubclass(c, t): t's __subclasscheck__ (a metaclass's, or any object's class's) decides first, whatever c is. */
function issubclassCheck(c: Py, t: Py): boolean {
  if (t instanceof PyType) {
    const m = typeOf(t);
    if (!m.builtin) {
      const sc = lookup(m, "__subclasscheck__");
      if (sc !== undefined) return pyBool(callBound(sc, t, m, [c]));
    }
    return realIsSubclass(c, t);
  }
  if (t instanceof PyTuple) return t.a.some((x) => issubclassCheck(c, x));
  if (t instanceof PyUnion) {
    for (const x of t.args) {
      if (x instanceof PyGenericAlias) typeError("issubclass() argument 2 cannot be a parameterized generic");
      if (issubclassCheck(c, x)) return true;
    }
    return false;
  }
  if (t instanceof PyGenericAlias) typeError("issubclass() argument 2 cannot be a parameterized generic");
  const sc = userMethod(t, "__subclasscheck__");
  if (sc !== undefined) return pyBool(callBound(sc, t, typeOf(t), [c]));
  // (objects providing __bases__ stand for classes)
  return realIsSubclass(c, t);
}

// ids for primitives: stable per value
const primIds = new Map<Py, number>();
let nextPrimId = 0x7e0000000010;
export function primitiveId(v: Py): number {
  if (v === null) return 0x7d0000000010;
  if (v === true) return 0x7d0000000020;
  if (v === false) return 0x7d0000000030;
  let id = primIds.get(v);
  if (id === undefined) {
    id = nextPrimId;
    nextPrimId += 32;
    if (primIds.size < 1_000_000) primIds.set(v, id);
  }
  return id;
}

/**
 * print(). CPython's order: the argument parser rejects an unknown keyword, then takes the truth
 * of `flush`; then `sep` and `end` are checked, in that order, before anything is written. Each
 * piece is written through str(), so a str subclass's `__str__` decides what its `sep` or `end`
 * writes, once per time it is written.
 */
function pyPrint(args: Py[], kw: string[] | null): Py {
  let sep: Py = " ", end: Py = "\n";
  let n = args.length;
  let file: Py = null, flush = false;
  if (kw !== null && kw.length > 0) {
    n -= kw.length;
    let flushArg: Py = false;
    for (let i = 0; i < kw.length; i++) {
      const v = args[n + i];
      switch (kw[i]) {
        case "sep":
          if (v !== null) sep = v;
          break;
        case "end":
          if (v !== null) end = v;
          break;
        case "file":
          file = v;
          break;
        case "flush":
          flushArg = v;
          break;
        default:
          typeError(`'${kw[i]}' is an invalid keyword argument for print()`);
      }
    }
    flush = pyBool(flushArg);
    if (typeof sep !== "string" && asStr(sep) === undefined) {
      typeError(`sep must be None or a string, not ${typeName(sep)}`);
    }
    if (typeof end !== "string" && asStr(end) === undefined) {
      typeError(`end must be None or a string, not ${typeName(end)}`);
    }
  }
  if (file !== null && file !== undefined) return printToFile(args, n, sep, end, file, flush);
  // CPython writes str(arg) and sep one at a time: what a __str__ prints (or the error it raises)
  // must come after the text before it, so pending text is written before converting an object
  // (an argument, or a str subclass given as sep or end). Strings, numbers and floats have no
  // side effects and are joined into one write.
  let out = "";
  for (let i = 0; i < n; i++) {
    if (i > 0) out = typeof sep === "string" ? out + sep : writeThenStr(out, sep);
    const v = args[i];
    if (typeof v === "string") out += v;
    else if (typeof v !== "object" || v === null || v instanceof PyFloat) out += pyStr(v);
    else out = writeThenStr(out, v);
  }
  current.io.write(typeof end === "string" ? out + end : writeThenStr(out, end));
  return null;
}

/** Write the pending text `out`, then convert `v` with str() (which may run Python code). */
function writeThenStr(out: string, v: Py): string {
  if (out !== "") current.io.write(out);
  return pyStr(v);
}

/** print(..., file=f): one f.write() call per argument, separator and end, as CPython makes. */
function printToFile(args: Py[], n: number, sep: Py, end: Py, file: Py, flush: boolean): Py {
  const write = (text: Py) => {
    const w = getAttrOpt(file, "write");
    if (w === undefined) raise(hooksAttrError(), `'${typeName(file)}' object has no attribute 'write'`);
    callObject(w, [typeof text === "string" ? text : pyStr(text)]);
  };
  for (let i = 0; i < n; i++) {
    if (i > 0) write(sep);
    write(args[i]);
  }
  write(end);
  if (flush) callObject(getAttr(file, "flush"), []);
  return null;
}
import { AttributeError } from "../objects/exceptions.ts";
function hooksAttrError(): PyType {
  return AttributeError;
}

function pyInput(args: Py[], kw: string[] | null): Py {
  arity("input", args, kw, 0, 1);
  if (args.length === 1) current.io.write(pyStr(args[0]));
  const line = current.io.readLine();
  if (line === null) raise(hooksEOFError(), "EOF when reading a line");
  return line;
}
import { EOFError } from "../objects/exceptions.ts";
function hooksEOFError(): PyType {
  return EOFError;
}

function pyNext(args: Py[], kw: string[] | null): Py {
  arity("next", args, kw, 1, 2);
  const it = args[0];
  let v: Py;
  if (it instanceof PyIterator) v = it.next();
  else if (it instanceof PyGenerator && it.cls !== CoroutineType) {
    v = current.resumeGen(it, null, null);
    if (v === STOP) {
      if (args.length > 1) return args[1];
      const r = it.result;
      if (it.cls === GeneratorType) it.result = undefined; // the value goes with the first StopIteration only
      throw new PyException(StopIteration, new PyTuple(r === undefined || r === null ? [] : [r]));
    }
    return v;
  } else {
    const t = typeOf(it);
    const nx = lookup(t, "__next__");
    if (nx === undefined) typeError(`'${t.name}' object is not an iterator`);
    if (args.length === 1) return callBound(nx, it, t, []);
    try {
      return callBound(nx, it, t, []);
    } catch (e) {
      if (e instanceof PyException && isSubtype(e.cls, StopIteration)) return args[1];
      throw e;
    }
  }
  if (v === STOP) {
    if (args.length > 1) return args[1];
    raise(StopIteration);
  }
  return v;
}

function pyIter(args: Py[], kw: string[] | null): Py {
  arity("iter", args, kw, 1, 2);
  if (args.length === 2) {
    if (!isCallable(args[0])) typeError("iter(object, sentinel): object must be callable");
    return new CallableIter(args[0], args[1]);
  }
  // a user iterator comes back behind the wrapper internal loops use: iter() returns the object
  const it = getIterAny(args[0]);
  return it instanceof UserIter ? it.obj : it;
}

export function isCallable(v: Py): boolean {
  if (typeof v !== "object" || v === null) return false;
  if (v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyMethod || v instanceof PyType) return true;
  // (3.10+: staticmethod objects are callable, whatever they wrap; classmethod objects are not,
  // a builtin type's class method descriptor is)
  if (v instanceof PyStaticMethod || v.cls === ClassMethodDescriptorType) return true;
  return lookup(v.cls, "__call__") !== undefined;
}

function pyReversed(args: Py[], kw: string[] | null): Py {
  if (kw !== null && kw.length > 0) typeError("reversed() takes no keyword arguments");
  if (args.length !== 1) builtinArity("reversed", `expected 1 argument, got ${args.length}`);
  const v = args[0];
  if (typeof v === "object" && v !== null && !v.cls.builtin) {
    const r = lookup(v.cls, "__reversed__");
    // (`__reversed__ = None` opts out of reversed())
    if (r === null) typeError(`'${typeName(v)}' object is not reversible`);
    if (r !== undefined) return callBound(r, v, v.cls, []);
  }
  if (v instanceof PyList) return new ReversedIter(v.a, v.a.length - 1, hooksListRevType());
  if (v instanceof PyTuple) return new ReversedIter(v.a, v.a.length - 1);
  if (typeof v === "string") {
    const a = Array.from(v);
    return new ReversedIter(a, a.length - 1);
  }
  if (v instanceof PyRange) return rangeReversed(v);
  if (v instanceof PyBytes) {
    const a = Array.from(v.b);
    return new ReversedIter(a, a.length - 1);
  }
  if (typeof v === "object" && v !== null) {
    const r = lookup(v.cls, "__reversed__");
    if (r !== undefined) return callBound(r, v, v.cls, []);
    // a sequence (CPython's PySequence_Check: a __getitem__, not a dict) must also have a length
    if (lookup(v.cls, "__getitem__") !== undefined && !(v instanceof PyDict)) return new SeqReversedIter(v, pyLen(v) - 1);
  }
  typeError(`'${typeName(v)}' object is not reversible`);
}
import { ListReverseIteratorType } from "../objects/iter.ts";
function hooksListRevType(): PyType {
  return ListReverseIteratorType;
}

export function pyPow(args: Py[], kw: string[] | null): Py {
  const [base, exp, mod] = bindArgs("pow", args, kw, ["base", "exp", "mod"], 2);
  if (mod === undefined || mod === null) return binaryOp(6, base, exp);
  const isInt = (v: Py) => typeof v === "number" || typeof v === "bigint" || typeof v === "boolean";
  if (!isInt(base) || !isInt(exp) || !isInt(mod)) return ternaryPow(base, exp, mod);
  const M = big(mod);
  if (M > (1n << 63n) || M < -(1n << 63n)) valueError("pow() modulus too large");
  return intPowMod(intArg(base), intArg(exp), intArg(mod));
}

/** Which nb_power slot CPython gives a value's type: a class defining __pow__ or __rpow__ has
 * slot_nb_power ("user"), a subclass that does not inherits its builtin base's; null for none. */
function powSlot(v: Py): "int" | "float" | "complex" | "user" | null {
  switch (typeof v) {
    case "number":
    case "bigint":
    case "boolean":
      return "int";
    case "object": {
      if (v === null) return null;
      const t = v.cls as PyType;
      if (!t.builtin && (!isBuiltinSlot(t, "__pow__", lookup(t, "__pow__")) || !isBuiltinSlot(t, "__rpow__", lookup(t, "__rpow__")))) {
        if (lookup(t, "__pow__") !== undefined || lookup(t, "__rpow__") !== undefined) return "user";
      }
      if (t.mro.includes(IntType)) return "int";
      if (t.mro.includes(FloatType)) return "float";
      if (t.mro.includes(ComplexType)) return "complex";
    }
  }
  return null;
}

/** An int, float or complex (subclasses included): what complex's operators convert. */
function isNumber(v: Py): boolean {
  const t = typeof v;
  if (t === "number" || t === "bigint" || t === "boolean") return true;
  if (t !== "object" || v === null) return false;
  const mro = (v.cls as PyType).mro;
  return mro.includes(IntType) || mro.includes(FloatType) || mro.includes(ComplexType);
}

/**
 * pow(base, exp, mod) with an operand that is not an int: CPython's ternary_op. The slots of
 * base's type, exp's type (first when a subclass of base's) and mod's type are tried once each;
 * int's computes when all three are ints, float's refuses any modulus, complex's any modulus
 * of two numbers (else NotImplemented), a class's calls base.__pow__(exp, mod) when base is
 * its instance (three-argument pow has no __rpow__).
 */
function ternaryPow(base: Py, exp: Py, mod: Py): Py {
  const sv = powSlot(base);
  let sw = typeOf(exp) === typeOf(base) ? null : powSlot(exp);
  if (sw === sv) sw = null;
  const call = (slot: string): Py => {
    switch (slot) {
      case "int":
        return isIntLike(base) && isIntLike(exp) && isIntLike(mod) ? pyPow([baseValue(base), baseValue(exp), baseValue(mod)], null) : NotImplemented;
      case "float":
        typeError("pow() 3rd argument not allowed unless all arguments are integers");
        break;
      case "complex":
        // (complex_pow converts both operands first: one that is not a number is NotImplemented)
        if (!isNumber(base) || !isNumber(exp)) return NotImplemented;
        valueError("complex modulo");
        break;
      case "user": {
        if (powSlot(base) !== "user") return NotImplemented;
        // (a class with only __rpow__ has the slot too, which then fails to find __pow__)
        const m = lookup(typeOf(base), "__pow__");
        if (m === undefined) raise(AttributeError, "__pow__");
        return callBound(m, base, typeOf(base), [exp, mod]);
      }
    }
    return NotImplemented;
  };
  if (sv !== null) {
    if (sw !== null && isSubtype(typeOf(exp), typeOf(base))) {
      const r = call(sw);
      if (r !== NotImplemented) return r;
      sw = null;
    }
    const r = call(sv);
    if (r !== NotImplemented) return r;
  }
  if (sw !== null) {
    const r = call(sw);
    if (r !== NotImplemented) return r;
  }
  const sz = powSlot(mod);
  if (sz !== null && sz !== sv && sz !== sw) {
    const r = call(sz);
    if (r !== NotImplemented) return r;
  }
  typeError(`unsupported operand type(s) for ** or pow(): '${typeName(base)}', '${typeName(exp)}', '${typeName(mod)}'`);
}

function pyDivmod(args: Py[], kw: string[] | null): Py {
  arity("divmod", args, kw, 2, 2);
  return binaryOp(DIVMOD, args[0], args[1]);
}

/** An int or bool, or an instance of a subclass of int. */
function isIntLike(v: Py): boolean {
  const t = typeof v;
  return t === "number" || t === "bigint" || t === "boolean" || (t === "object" && v !== null && !(v instanceof PyFloat) && v.cls.mro.includes(IntType));
}

function pyChr(args: Py[], kw: string[] | null): Py {
  arity("chr", args, kw, 1, 1);
  const i = asIndex(args[0]);
  if (i === undefined) typeError(`'${typeName(args[0])}' object cannot be interpreted as an integer`);
  if (i > 0x7fffffff || i < -0x80000000) overflowError("Python int too large to convert to C int");
  if (i < 0 || i > 0x10ffff) valueError("chr() arg not in range(0x110000)");
  return String.fromCodePoint(Number(i));
}

function pyOrd(args: Py[], kw: string[] | null): Py {
  arity("ord", args, kw, 1, 1);
  const v = args[0];
  // (str and bytes subclass instances too, as CPython's PyUnicode_Check/PyBytes_Check)
  const s = asStr(v);
  if (s !== undefined) {
    const n = cpLength(s);
    if (n !== 1) typeError(`ord() expected a character, but string of length ${n} found`);
    return s.codePointAt(0)!;
  }
  const b = bytesView(v);
  if (b !== undefined) {
    if (b.length !== 1) typeError(`ord() expected a character, but string of length ${b.length} found`);
    return b[0];
  }
  typeError(`ord() expected string of length 1, but ${typeName(v)} found`);
}

function baseFn(name: string, base: 2 | 8 | 16) {
  return (args: Py[], kw: string[] | null): Py => {
    arity(name, args, kw, 1, 1);
    const i = asIndex(args[0]);
    if (i === undefined) typeError(`'${typeName(args[0])}' object cannot be interpreted as an integer`);
    return intToBase(i, base, true);
  };
}

function pyVars(args: Py[], kw: string[] | null): Py {
  arity("vars", args, kw, 0, 1);
  if (args.length === 0) return locals();
  const d = getAttrOpt(args[0], "__dict__");
  if (d === undefined) typeError("vars() argument must have __dict__ attribute");
  return d;
}

/** dir(): the sorted names of the current scope; dir(x): x's attributes (its own, its class's
 * and their bases'), or what a user `__dir__` returns, sorted. */
export function pyDir(args: Py[], kw: string[] | null): Py {
  arity("dir", args, kw, 0, 1);
  const names = new Set<string>();
  const addKeys = (d: Py) => {
    if (d instanceof PyDict) for (const k of d.m.keys()) if (typeof k === "string") names.add(k);
  };
  if (args.length === 0) addKeys(locals());
  else {
    const o = args[0];
    const t = typeOf(o);
    const m = lookup(t, "__dir__");
    if (o instanceof PyModule) addKeys(moduleDict(o));
    else if (o instanceof PyGenericAlias) {
      // the origin's names and the alias's own (CPython's ga_dir)
      for (const k of (pyDir([o.origin], null) as PyList).a) names.add(k as string);
      for (const k of ALIAS_OWN_ATTRS) names.add(k);
    } else {
      // object.__dir__ and type.__dir__ computed here; any other __dir__ (a class's, a super()
      // call's result extended) is called, and what it gives sorted
      const items = isObjectSlot("__dir__", m) ? objectDirNames(o)
        : isBuiltinSlot(t, "__dir__", m) && m.owner === TypeType ? classDirNames(o as PyType)
        : iterToArray(callBound(m, o, t, [])).slice();
      sortArray(items, null, false);
      return new PyList(items);
    }
  }
  return new PyList([...names].sort((a, b) => strCompare(a, b)));
}

function globals(): Py {
  const f = current.frame;
  return f ? moduleDict(f.globals) : new PyDict();
}

function locals(): Py {
  const f = current.frame;
  return f === null ? new PyDict() : frameLocals(f);
}

function pySorted(args: Py[], kw: string[] | null): Py {
  const [pos, kws] = splitKw(args, kw);
  if (pos.length !== 1) builtinArity("sorted", `expected 1 argument, got ${pos.length}`);
  // (the keywords go to list.sort, which reports them)
  keywordsAtMost("sort", kws, 2);
  for (const k of kws.keys()) if (k !== "key" && k !== "reverse") unexpectedKeyword("sort", k);
  const items = iterToArray(pos[0], undefined, true);
  sortArray(items, kws.get("key") ?? null, reverseFlag(kws.get("reverse")));
  return new PyList(items);
}

function pyGetattr(args: Py[], kw: string[] | null): Py {
  arity("getattr", args, kw, 2, 3);
  if (args.length === 3) return getattr3(args[0], args[1], args[2]);
  return getAttr(args[0], attrNameArg(args[1]));
}

/** getattr(o, name, default). */
function getattr3(o: Py, n: Py, dflt: Py): Py {
  const name = attrNameArg(n);
  try {
    const v = getAttrOpt(o, name);
    return v === undefined ? dflt : v;
  } catch (e) {
    if (e instanceof PyException && isSubtype(e.cls, AttributeError)) return dflt;
    throw e;
  }
}

function pyHasattr(args: Py[], kw: string[] | null): Py {
  arity("hasattr", args, kw, 2, 2);
  return hasattr2(args[0], args[1]);
}

function hasattr2(obj: Py, n: Py): boolean {
  const name = attrNameArg(n);
  try {
    return getAttrOpt(obj, name) !== undefined;
  } catch (e) {
    if (e instanceof PyException && isSubtype(e.cls, AttributeError)) return false;
    throw e;
  }
}

function pyFormatFn(args: Py[], kw: string[] | null): Py {
  arity("format", args, kw, 1, 2);
  const spec = args.length > 1 ? asStr(args[1]) : "";
  if (spec === undefined) typeError(`format() argument 2 must be str, not ${args[1] === null ? "None" : typeName(args[1])}`);
  return pyFormatObj(args[0], spec);
}

function pyAll(args: Py[], kw: string[] | null): Py {
  arity("all", args, kw, 1, 1);
  const it = getIterAny(args[0]);
  for (;;) {
    const x = iterNextAny(it);
    if (x === STOP) return true;
    if (!(x === true || (x !== false && pyBool(x)))) return false;
  }
}

function pyAny(args: Py[], kw: string[] | null): Py {
  arity("any", args, kw, 1, 1);
  const it = getIterAny(args[0]);
  for (;;) {
    const x = iterNextAny(it);
    if (x === STOP) return false;
    if (x === true || (x !== false && pyBool(x))) return true;
  }
}

/** Keyword-only arguments parsed by CPython's PyArg_ParseTupleAndKeywords: too many is counted first. */
function keywordsAtMost(name: string, kws: Map<string, Py>, max: number): void {
  if (kws.size > max) builtinArity(name, `takes at most ${max} keyword argument${max === 1 ? "" : "s"} (${kws.size} given)`);
}

/** enumerate(iterable, start=0) bound as CPython's enum_vectorcall does, with its messages. */
function enumerateArgs(args: Py[], kw: string[] | null): [Py, Py] {
  const nkw = kw === null ? 0 : kw.length, npos = args.length - nkw;
  const check = (i: number, name: string) => {
    if (kw![i] !== name) unexpectedKeyword("enumerate", kw![i]);
  };
  if (args.length === 2) {
    if (nkw === 1) check(0, "start");
    else if (nkw === 2) {
      if (kw![0] === "start") {
        check(1, "iterable");
        return [args[1], args[0]];
      }
      check(0, "iterable");
      check(1, "start");
    }
    return [args[0], args[1]];
  }
  if (args.length === 1) {
    if (nkw === 1) check(0, "iterable");
    return [args[0], undefined];
  }
  if (npos === 0) typeError("enumerate() missing required argument 'iterable'");
  builtinArity("enumerate", `takes at most 2 arguments (${args.length} given)`);
}

/** enumerate, zip, map, filter and reversed: classes, as in CPython (isinstance(x, enumerate), type(zip())). */
export const ITERATOR_TYPES: readonly PyType[] = [EnumerateType, ZipType, MapType, FilterType, ReversedType];

/** Their constructors. */
export function installIteratorTypes(): void {
  EnumerateType.newFn = (_cls, args, kw) => {
    const [it, start] = enumerateArgs(args, kw);
    const s = start === undefined ? 0 : asIndex(start);
    if (s === undefined) typeError(`'${typeName(start)}' object cannot be interpreted as an integer`);
    return new EnumerateIter(getIterAny(it), s);
  };
  EnumerateType.call1 = (a) => new EnumerateIter(getIterAny(a), 0);
  ZipType.newFn = (_cls, args, kw) => {
    const [pos, kws] = splitKw(args, kw);
    keywordsAtMost("zip", kws, 1);
    for (const k of kws.keys()) if (k !== "strict") unexpectedKeyword("zip", k);
    return new ZipIter(pos.map((x) => getIterAny(x)), kws.has("strict") ? pyBool(kws.get("strict")) : false);
  };
  MapType.newFn = (_cls, args, kw) => {
    noKw("map", kw);
    if (args.length < 2) typeError("map() must have at least two arguments.");
    return new MapIter(args[0], args.slice(1).map((x) => getIterAny(x)));
  };
  FilterType.newFn = (_cls, args, kw) => {
    arity("filter", args, kw, 2, 2);
    return new FilterIter(args[0], getIterAny(args[1]));
  };
  ReversedType.newFn = (_cls, args, kw) => pyReversed(args, kw);
  ReversedType.call1 = (a) => pyReversed([a], null);
}

/** The builtin functions, by name. */
export function builtinFunctions(): Map<string, PyBuiltin> {
  const m = new Map<string, PyBuiltin>();
  const def = (name: string, fn: (args: Py[], kw: string[] | null) => Py) => m.set(name, native(name, fn));
  def("print", pyPrint);
  def("input", pyInput);
  const len1 = (v: Py): Py => {
    if (v instanceof PyList || v instanceof PyTuple) {
      if (v.cls.builtin) return v.a.length;
    }
    if (typeof v === "string") return cpLength(v);
    return pyLenExact(v);
  };
  def("len", (args, kw) => {
    arity("len", args, kw, 1, 1);
    return len1(args[0]);
  });
  m.get("len")!.call1 = len1;
  def("repr", (args, kw) => {
    arity("repr", args, kw, 1, 1);
    return pyReprObj(args[0]);
  });
  def("ascii", (args, kw) => {
    arity("ascii", args, kw, 1, 1);
    return pyAsciiObj(args[0]);
  });
  const abs1 = (v: Py): Py => {
    if (typeof v === "string" || v === null || v instanceof PyList || v instanceof PyTuple || v instanceof PyDict) {
      typeError(`bad operand type for abs(): '${typeName(v)}'`);
    }
    return absValue(v);
  };
  def("abs", (args, kw) => {
    arity("abs", args, kw, 1, 1);
    return abs1(args[0]);
  });
  // direct entries for the commonest calls in loops (same results as the general entries)
  m.get("abs")!.call1 = abs1;

  def("min", (args, kw) => minmax("min", false, args, kw));
  def("max", (args, kw) => minmax("max", true, args, kw));
  def("sum", pySum);
  def("sorted", pySorted);
  def("all", pyAll);
  def("any", pyAny);
  def("isinstance", (args, kw) => {
    arity("isinstance", args, kw, 2, 2);
    return isinstanceCheck(args[0], args[1], "isinstance");
  });
  m.get("isinstance")!.call2 = (a, b) => isinstanceCheck(a, b, "isinstance");
  def("issubclass", (args, kw) => {
    arity("issubclass", args, kw, 2, 2);
    return issubclassCheck(args[0], args[1]);
  });
  def("callable", (args, kw) => {
    arity("callable", args, kw, 1, 1);
    return isCallable(args[0]);
  });
  def("hash", (args, kw) => {
    arity("hash", args, kw, 1, 1);
    return pyHashExact(args[0]);
  });
  m.get("hash")!.call1 = pyHashExact;
  m.get("repr")!.call1 = pyReprObj;
  def("id", (args, kw) => {
    arity("id", args, kw, 1, 1);
    return objectId(args[0]);
  });
  def("chr", pyChr);
  m.get("chr")!.call1 = (v) => (typeof v === "number" && v >= 0 && v < 0xd800 ? String.fromCharCode(v) : pyChr([v], null));
  def("ord", pyOrd);
  m.get("ord")!.call1 = (v) => (typeof v === "string" && v.length === 1 ? v.charCodeAt(0) : pyOrd([v], null));
  def("bin", baseFn("bin", 2));
  def("oct", baseFn("oct", 8));
  def("hex", baseFn("hex", 16));
  def("divmod", pyDivmod);
  def("pow", pyPow);
  def("round", pyRound);
  def("format", pyFormatFn);
  def("next", pyNext);
  def("aiter", (args, kw) => {
    arity("aiter", args, kw, 1, 1);
    return pyAiter(args[0]);
  });
  def("anext", (args, kw) => {
    arity("anext", args, kw, 1, 2);
    return pyAnext(args[0], args.length > 1 ? args[1] : undefined);
  });
  def("iter", pyIter);
  def("getattr", pyGetattr);
  def("hasattr", pyHasattr);
  m.get("hasattr")!.call2 = hasattr2;
  m.get("getattr")!.call2 = (o, n) => getAttr(o, attrNameArg(n));
  m.get("getattr")!.call3 = getattr3;
  def("setattr", (args, kw) => {
    arity("setattr", args, kw, 3, 3);
    setAttr(args[0], attrNameArg(args[1]), args[2]);
    return null;
  });
  m.get("setattr")!.call3 = (o, n, v) => {
    setAttr(o, attrNameArg(n), v);
    return null;
  };
  def("delattr", (args, kw) => {
    arity("delattr", args, kw, 2, 2);
    delAttr(args[0], attrNameArg(args[1]));
    return null;
  });
  def("vars", pyVars);
  def("dir", pyDir);
  def("globals", (args, kw) => {
    arity("globals", args, kw, 0, 0);
    return globals();
  });
  def("locals", (args, kw) => {
    arity("locals", args, kw, 0, 0);
    return locals();
  });
  // the original's byte helpers
  def("bytes_fromhex", (args, kw) => {
    arity("bytes_fromhex", args, kw, 1, 1);
    return callObject(getAttr(hooksBytesType(), "fromhex"), [args[0]]);
  });
  def("int_from_bytes", (args, kw) => {
    arity("int_from_bytes", args, kw, 1, 3);
    if (!(args[0] instanceof PyBytes || args[0] instanceof PyByteArray)) typeError("int_from_bytes() first arg must be bytes");
    const order = args.length > 1 ? args[1] : "big";
    if (order !== "big" && order !== "little") valueError("int_from_bytes() byteorder must be 'big' or 'little'");
    return intFromBytes(args[0], order, args.length > 2 ? pyBool(args[2]) : false);
  });
  def("int_to_bytes", (args, kw) => {
    arity("int_to_bytes", args, kw, 2, 4);
    const order = args.length > 2 ? args[2] : "big";
    if (order !== "big" && order !== "little") valueError("int_to_bytes() byteorder must be 'big' or 'little'");
    return intToBytes(intArg(args[0]), Number(intArg(args[1])), order, args.length > 3 ? pyBool(args[3]) : false);
  });
  void newDict;
  void norm;
  void PyInstance;
  void PyModule;
  void PyClassMethod;
  void PyStaticMethod;
  void PyObject;
  return m;
}
import { BytesType, ComplexType } from "../objects/model.ts";
function hooksBytesType(): PyType {
  return BytesType;
}

export { isinstanceCheck };
