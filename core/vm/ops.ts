// Generic operators: the slow paths behind the VM's inline fast paths. Numbers, strings and the
// builtin containers are handled directly; everything else dispatches to dunder methods with
// Python's reflected-operand rules.

import {
  indicesMustBeInt, keyError, noItemAssignment, overflowError, noItemDeletion, notSubscriptable, raise, typeError,
  unsupportedBinary, unsupportedUnary, zeroDivision, memoryError,
} from "../errors.ts";
import { MAX_SEQUENCE } from "../limits.ts";
import {
  dictCopy, dictDel, dictMerge, mergesDirectly, dictGet, dictHas, dictSet, newSet, setClear, setCopyInto, setDifference,
  setDifferenceUpdate, setHas, setIntersection, setSymmetricDifference, setSymmetricDifferenceUpdate, setUpdate,
} from "../objects/dict.ts";
import { OverflowError, TypeError } from "../objects/exceptions.ts";
import {
  big, intAbs, intAdd, intAnd, intFloorDiv, intInvert, intMod, intMul, intNeg, intOr, intPow, intShl, intShr,
  intSub, intTrueDiv, intXor,
} from "../objects/int.ts";
import {
  EMPTY_TUPLE, FrozenSetType, NotImplemented, type Py, PyByteArray, PyBytes, PyComplex, PyDict,
  FloatType, PyFloat, PyFunction, PyInstance, IntType, BoolType, StrType, ComplexType, typeEpoch, PyList, PyRange, PySet, PySlice, PyTuple, PyType, SetType, TypeType, BytesType, ByteArrayType, TupleType, ListType, RangeType, DictType, DictKeysType, DictValuesType, DictItemsType, MappingProxyType, PyMappingProxy,
} from "../objects/model.ts";
import {
  baseValue, callBound, getAttrOpt, hooks, isBuiltinSlot, isSubtype, lookup, pyBool, pyEq, pyStr, richCompare, slotOverride, userMethod,
} from "../objects/protocol.ts";
import {
  arraySlice, arraySliceAssign, arraySliceDelete, asIndex, bigIndexError, indexKey, repeatCount, seqIndex, sliceIndices,
} from "../objects/seq.ts";
import { typeName, typeOf } from "../objects/typeof.ts";
import { type BytesPct, percentFormat } from "../objects/format.ts";
import { chargeConcat, chargeWork, forEachItem, iterToArray } from "../objects/protocol.ts";
import { listExtend } from "../objects/containers.ts";
import { cpArray, cpLength, isWide, noteConcat, ROPE_MIN } from "../objects/strrepr.ts";
import {
  bytearrayDelSlice, bytearrayIadd, bytearrayImul, bytearraySetSlice, bytesConcat, callBytes, bytesContains, bytesGetItem, bytesRepeat, bytesSlice,
} from "../objects/bytes.ts";
import { strContains, strGetItem, strRepeat, strSlice } from "../objects/str.ts";
import { floatDivmod, floatPow, floatFloorDiv, floatMod, hypot } from "../objects/float.ts";
import { complexOp } from "../objects/complex.ts";
import { classGetItem, makeUnion } from "../objects/union.ts";
import { rangeIndexOf, rangeItem, rangeSlice } from "../objects/range.ts";

// Binary operator indexes (same order as the BINARY_* opcodes).
export const ADD = 0, SUB = 1, MUL = 2, TRUEDIV = 3, FLOORDIV = 4, MOD = 5, POW = 6, LSHIFT = 7, RSHIFT = 8,
  AND = 9, OR = 10, XOR = 11, MATMUL = 12;
/** divmod(a, b): an operator of the number protocol (nb_divmod) without an opcode or an in-place form. */
export const DIVMOD = 13;
/** How many binary operators there are (the in-place forms follow them in a type's slot cache). */
const N_OPS = 14;
export const OP_SYMBOLS = ["+", "-", "*", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^", "@", "divmod()"];
const DUNDER = ["__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__", "__mod__", "__pow__", "__lshift__",
  "__rshift__", "__and__", "__or__", "__xor__", "__matmul__", "__divmod__"];
const RDUNDER = ["__radd__", "__rsub__", "__rmul__", "__rtruediv__", "__rfloordiv__", "__rmod__", "__rpow__",
  "__rlshift__", "__rrshift__", "__rand__", "__ror__", "__rxor__", "__rmatmul__", "__rdivmod__"];
const IDUNDER = ["__iadd__", "__isub__", "__imul__", "__itruediv__", "__ifloordiv__", "__imod__", "__ipow__",
  "__ilshift__", "__irshift__", "__iand__", "__ior__", "__ixor__", "__imatmul__"];

function intOf(v: Py): number | bigint | undefined {
  switch (typeof v) {
    case "number":
    case "bigint":
      return v;
    case "boolean":
      return v ? 1 : 0;
  }
  return undefined;
}

/** int/int arithmetic. */
function intBinary(op: number, a: number | bigint, b: number | bigint): Py {
  switch (op) {
    case ADD:
      return intAdd(a, b);
    case SUB:
      return intSub(a, b);
    case MUL:
      return intMul(a, b);
    case TRUEDIV:
      return new PyFloat(intTrueDiv(a, b));
    case FLOORDIV:
      return intFloorDiv(a, b);
    case MOD:
      return intMod(a, b);
    case POW:
      if (b < 0) {
        const fa = Number(a), fb = Number(b);
        if (fa === 0) zeroDivision("0.0 cannot be raised to a negative power");
        return new PyFloat(Math.pow(fa, fb));
      }
      return intPow(a, b);
    case LSHIFT:
      return intShl(a, b);
    case RSHIFT:
      return intShr(a, b);
    case AND:
      return intAnd(a, b);
    case OR:
      return intOr(a, b);
    case XOR:
      return intXor(a, b);
    case DIVMOD:
      return new PyTuple([intFloorDiv(a, b), intMod(a, b)]);
  }
  return NotImplemented;
}

/** float arithmetic (either operand may be int). */
function floatBinary(op: number, x: number, y: number): Py {
  switch (op) {
    case ADD:
      return new PyFloat(x + y);
    case SUB:
      return new PyFloat(x - y);
    case MUL:
      return new PyFloat(x * y);
    case TRUEDIV:
      if (y === 0) zeroDivision("float division by zero");
      return new PyFloat(x / y);
    case FLOORDIV:
      return new PyFloat(floatFloorDiv(x, y));
    case MOD:
      return new PyFloat(floatMod(x, y));
    case POW:
      return floatPow(x, y);
    case DIVMOD: {
      const [q, r] = floatDivmod(x, y);
      return new PyTuple([new PyFloat(q), new PyFloat(r)]);
    }
  }
  return NotImplemented;
}

/** An int, bool or float operand as a JS number; undefined for anything else. */
export function numOf(v: Py): number | undefined {
  if (v instanceof PyFloat) return v.v;
  switch (typeof v) {
    case "number":
      return v;
    case "bigint":
      return Number(v);
    case "boolean":
      return v ? 1 : 0;
  }
  return undefined;
}

/** A sequence of n items is about to be built: MemoryError past MAX_SEQUENCE; a large one counts toward the memory limit. */
function checkSize(n: number): void {
  if (n > MAX_SEQUENCE) memoryError();
  if (n >= 65536) hooks.grow?.(n * 8);
}

/** checkSize for a list or tuple of n items about to be built by copying: charges the copy. */
function checkCopy(n: number): void {
  if (n > MAX_SEQUENCE) memoryError();
  chargeWork(n);
}

/** Builtin implementations of binary operators; NotImplemented when the types do not apply. */
export function builtinBinary(op: number, a: Py, b: Py, unwrapRight = true): Py {
  // instances of int/float/str/bytes subclasses operate through their builtin value; not the
  // right operand when it has a reflected method of its own to try next, nor the right operand
  // of `%` formatting (formatted as the object it is)
  const a0 = a, b0 = b; // (the operands as given, which repetition errors name)
  if (a instanceof PyInstance) a = baseValue(a);
  if (b instanceof PyInstance && unwrapRight && !(op === MOD && (typeof a === "string" || a instanceof PyBytes || a instanceof PyByteArray))) {
    b = baseValue(b);
  }
  let ia = intOf(a), ib = intOf(b);
  if (op === MUL) {
    // sequence repetition accepts any object with __index__
    if (ib === undefined && ia === undefined) {
      if (isSequence(a)) ib = userIndex(b);
      else if (isSequence(b)) ia = userIndex(a);
    }
  }
  if (ia !== undefined && ib !== undefined) {
    if (op === AND || op === OR || op === XOR) {
      if (typeof a === "boolean" && typeof b === "boolean") {
        return op === AND ? a && b : op === OR ? a || b : a !== b;
      }
    }
    return intBinary(op, ia, ib);
  }
  if (a instanceof PyFloat || b instanceof PyFloat) {
    const x = numOf(a), y = numOf(b);
    if (x !== undefined && y !== undefined && (a instanceof PyFloat || ia !== undefined) && (b instanceof PyFloat || ib !== undefined)) {
      return floatBinary(op, x, y);
    }
  }
  if (a instanceof PyComplex || b instanceof PyComplex) {
    const r = complexOp(op, a, b);
    if (r !== NotImplemented) return r;
  }
  const ta = typeof a, tb = typeof b;
  if (ta === "string") {
    if (op === ADD && tb === "string") return concatStr(a, b as string);
    if (op === MUL && ib !== undefined) return strRepeat(a, ib, b0);
    if (op === MOD) return percentFormat(a, b);
    return op === SUB || op === AND || op === OR || op === XOR ? viewBinary(op, a, b) : NotImplemented;
  }
  if (op === MUL && ia !== undefined && tb === "string") return strRepeat(b, ia, a0);
  if (typeof a !== "object" || a === null) {
    if (op === MUL && ia !== undefined && typeof b === "object" && b !== null) return seqRepeat(b, ia, a0);
    if (op === OR && a === null) {
      const u = makeUnion(a, b);
      if (u !== undefined) return u;
    }
    // `5 & d.keys()`: the view's reflected operator takes any left operand
    return op === SUB || op === AND || op === OR || op === XOR ? viewBinary(op, a, b) : NotImplemented;
  }
  switch (op) {
    case ADD:
      if (a instanceof PyList && b instanceof PyList) {
        checkCopy(a.a.length + b.a.length);
        return new PyList(a.a.concat(b.a));
      }
      if (a instanceof PyTuple && b instanceof PyTuple) {
        // an exact tuple plus an empty one is itself (CPython's tupleconcat)
        if (b.a.length === 0 && a.cls === TupleType) return a;
        if (a.a.length === 0 && b.cls === TupleType) return b;
        checkCopy(a.a.length + b.a.length);
        return new PyTuple(a.a.concat(b.a));
      }
      if ((a instanceof PyBytes || a instanceof PyByteArray) && (b instanceof PyBytes || b instanceof PyByteArray)) {
        return bytesConcat(a, b);
      }
      break;
    case MUL:
      if (ib !== undefined) return seqRepeat(a, ib, b0);
      // an object with __index__ times a sequence (CPython's sequence_repeat with the operands swapped)
      if (ia !== undefined && isSequence(b)) return seqRepeat(b, ia, a0);
      break;
    case MOD:
      if (a instanceof PyBytes || a instanceof PyByteArray) return bytesPercent(a, b);
      break;
    case SUB:
    case AND:
    case OR:
    case XOR:
      if (op === OR) {
        const u = makeUnion(a, b);
        if (u !== undefined) return u;
      }
      if (a instanceof PySet && b instanceof PySet) return setBinary(op, a, b);
      if (op === OR && a instanceof PyDict && b instanceof PyDict) {
        // (a copy of a, updated from b: each read as dict_merge reads it)
        const d = mergesDirectly(a) ? dictCopy(a, new PyDict()) : new PyDict();
        if (!mergesDirectly(a)) dictUpdateFrom(d, a);
        dictUpdateFrom(d, b);
        return d;
      }
      // a keys or items view on either side takes any iterable on the other
      return viewBinary(op, a, b);
  }
  return NotImplemented;
}

/** bytes % args: %-formatting over the latin-1 view of the bytes. */
function bytesPercent(a: PyBytes | PyByteArray, b: Py): Py {
  const s = percentFormat(latin1(a), b, BYTES_PCT);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return a instanceof PyBytes ? new PyBytes(out) : new PyByteArray(out, out.length);
}

function latin1(x: PyBytes | PyByteArray): string {
  const n = x instanceof PyBytes ? x.b.length : x.n;
  let s = "";
  for (let i = 0; i < n; i++) s += String.fromCharCode(x.b[i]);
  return s;
}

const BYTES_PCT: BytesPct = {
  key(s: string): Py {
    const b = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
    return new PyBytes(b);
  },
  bytesOf(v: Py): string | undefined {
    // bytes and bytearray, subclasses included, give their own bytes (a subclass's __bytes__ is not called)
    const x = baseValue(v);
    if (x instanceof PyBytes || x instanceof PyByteArray) return latin1(x);
    if (typeof v === "object" && v !== null && !(v.cls as PyType).builtin) {
      const m = lookup(v.cls, "__bytes__");
      if (m === undefined) return undefined;
      return latin1(baseValue(callBytes(m, v, v.cls)) as PyBytes);
    }
    return undefined;
  },
  single(v: Py): string | undefined {
    const x = baseValue(v);
    if ((x instanceof PyBytes && x.b.length === 1) || (x instanceof PyByteArray && x.n === 1)) {
      return String.fromCharCode(x.b[0]);
    }
    return undefined;
  },
};

function isSequence(v: Py): boolean {
  return typeof v === "string" || v instanceof PyList || v instanceof PyTuple || v instanceof PyBytes || v instanceof PyByteArray;
}

/** __index__ of a user object used as a repetition count (undefined when it has none). */
function userIndex(v: Py): number | bigint | undefined {
  if (typeof v !== "object" || v === null || v.cls.builtin) return undefined;
  if (lookup(v.cls, "__index__") === undefined) return undefined;
  return asIndex(v);
}

/** Set operations with a dict keys or items view on one side (installed by the builtins). */
let viewBinary: (op: number, a: Py, b: Py) => Py = () => NotImplemented;
export function setViewBinaryHook(f: (op: number, a: Py, b: Py) => Py): void {
  viewBinary = f;
}

/** `a * n` for a list, tuple, bytes or bytearray; `src` is the operand n came from (for errors). */
function seqRepeat(a: Py, n: number | bigint, src: Py): Py {
  if (a instanceof PyList || a instanceof PyTuple) {
    const k = repeatCount(n, "", src);
    const len = a.a.length;
    // an exact tuple repeated once, or empty, is itself (CPython's tuplerepeat)
    if ((len === 0 || k === 1) && a.cls === TupleType) return a;
    if (len === 0 || k === 0) return a instanceof PyList ? new PyList([]) : EMPTY_TUPLE;
    checkCopy(len * k);
    const items = a.a, total = len * k;
    let out: Py[];
    if (total < 65536) {
      // (a packed array: the engine's fastest kind for what the program does with it next)
      out = [];
      for (let i = 0; i < k; i++) for (let j = 0; j < len; j++) out.push(items[j]);
    } else {
      // written into its final size (measured: about 3x faster than pushing, for [0] * 10**6)
      out = new Array(total);
      for (let i = 0, p = 0; i < k; i++) for (let j = 0; j < len; j++) out[p++] = items[j];
    }
    return a instanceof PyList ? new PyList(out) : new PyTuple(out);
  }
  if (a instanceof PyBytes || a instanceof PyByteArray) return bytesRepeat(a, n, src);
  return NotImplemented;
}

/** Set algebra for |, &, -, ^. */
export function setBinary(op: number, a: PySet, b: PySet, cls: PyType = a.cls): PySet {
  const frozen = isSubtype(cls, FrozenSetType);
  const out = newSet([], frozen);
  if (!cls.builtin) out.cls = isSubtype(cls, FrozenSetType) ? FrozenSetType : SetType;
  switch (op) {
    case OR:
      setCopyInto(a, out);
      setUpdate(out, b);
      break;
    case AND:
      setIntersection(a, b, out);
      break;
    case SUB:
      setDifference(a, b, out);
      break;
    case XOR:
      setSymmetricDifference(a, b, out);
      break;
  }
  return out;
}

/**
 * a <op> b when both are exact ints, or exact floats and ints: no dunder can apply, so binaryOp and
 * inplaceOp skip the lookups (ints past the VM's fast paths: big ints, overflow). NotImplemented
 * for everything else.
 */
function exactNumeric(op: number, a: Py, b: Py): Py {
  const ta = typeof a, tb = typeof b;
  if ((ta === "number" || ta === "bigint") && (tb === "number" || tb === "bigint")) {
    return intBinary(op, a as number | bigint, b as number | bigint);
  }
  if (
    (a instanceof PyFloat && a.cls === FloatType && (b instanceof PyFloat ? b.cls === FloatType : tb === "number")) ||
    (b instanceof PyFloat && b.cls === FloatType && ta === "number")
  ) {
    return floatBinary(op, ta === "number" ? a as number : (a as PyFloat).v, tb === "number" ? b as number : (b as PyFloat).v);
  }
  return NotImplemented;
}

/** a <op> b with full dunder dispatch. */
export function binaryOp(op: number, a: Py, b: Py, inplace = false): Py {
  const r0 = exactNumeric(op, a, b);
  if (r0 !== NotImplemented) return r0;
  if (!typeOf(a).builtin || !typeOf(b).builtin) return userBinary(op, a, b, inplace);
  const r = builtinBinary(op, a, b);
  if (r !== NotImplemented) return r;
  binaryError(op, a, b, inplace);
}

/** a <op>= b: __iop__ first; lists, sets, dicts and bytearrays mutate in place. */
export function inplaceOp(op: number, a: Py, b: Py): Py {
  const r0 = exactNumeric(op, a, b);
  if (r0 !== NotImplemented) return r0;
  if (!typeOf(a).builtin || !typeOf(b).builtin) return userBinary(op, a, b, true);
  if (typeof a === "object" && a !== null) {
    const r = builtinInplace(op, a, b);
    if (r !== NotImplemented) return r;
  }
  return binaryOp(op, a, b, true);
}

/**
 * Does v (a str, bytes, bytearray, list or tuple) have its type's concatenation (op ADD) or
 * repetition (MUL)? (For the builtin types' error messages; see keepsSeqSlot for classes.)
 */
function seqSlot(op: number, v: Py): boolean {
  if (typeof v === "string") return true;
  if (typeof v !== "object" || v === null || !isSequence(baseValue(v))) return false;
  const t = v.cls as PyType;
  if (t.builtin) return true;
  return keepsSeqSlot(t, op, false);
}

function binaryError(op: number, a: Py, b: Py, inplace: boolean): never {
  const x = op === ADD && a instanceof PyInstance ? baseValue(a) : a;
  if (op === ADD && typeof x === "string") {
    typeError(`can only concatenate str (not "${typeName(b)}") to str`);
  }
  if (op === ADD && x instanceof PyList && !(b instanceof PyList)) {
    typeError(`can only concatenate list (not "${typeName(b)}") to list`);
  }
  if (op === ADD && x instanceof PyTuple && !(b instanceof PyTuple)) {
    typeError(`can only concatenate tuple (not "${typeName(b)}") to tuple`);
  }
  if (op === ADD && (x instanceof PyBytes || x instanceof PyByteArray)) {
    typeError(`can't concat ${typeName(b)} to ${typeName(a)}`);
  }
  // (CPython's PyNumber_InPlaceMultiply repeats the right operand only when the left one's type has
  // no sequence methods at all)
  if (op === MUL && (seqSlot(MUL, a) || (seqSlot(MUL, b) && !(inplace && hasSequenceMethods(a))))) {
    const other = seqSlot(MUL, a) ? b : a;
    typeError(`can't multiply sequence by non-int of type '${typeName(other)}'`);
  }
  unsupported(op, a, b, inplace);
}

function unsupported(op: number, a: Py, b: Py, inplace: boolean): never {
  unsupportedBinary(inplace ? (op === POW ? "**=" : OP_SYMBOLS[op] + "=") : OP_SYMBOLS[op], a, b);
}

// ---------------------------------------------------------------------------------------------
// Operators with an operand of a user class, dispatched as CPython's abstract.c does over the type
// slots a class statement fills. A class's number slot for `+` (nb_add) is CPython's slot_nb_add
// when the class has an __add__ or __radd__ other than a builtin type's own method of that name
// (one written in Python, or `__add__ = int.__sub__`: see isBuiltinSlot) (USER_SLOT: __add__,
// then the other operand's __radd__, the latter first for a subclass that overrides it), the slot
// function of the builtin type whose methods it inherits (int's for an int subclass), or none. The + and *
// methods of str, bytes, bytearray, list and tuple are their sequence slots (sq_concat,
// sq_repeat), not number slots: CPython tries those only after both operands' number slots
// declined, so `"a" + B()` calls B.__radd__ first, and a str subclass that defines __add__ or
// __mul__ in Python has no concatenation or repetition left.

/** A class's operator slot: USER_SLOT, the builtin type whose slot function it inherits, or null. */
type OpSlot = PyType | typeof USER_SLOT | null;
const USER_SLOT = 1;
const SEQ_METHODS: ReadonlySet<string> = new Set(["__add__", "__mul__", "__rmul__", "__iadd__", "__imul__"]);

/** Type t's slot for operator op (0..13), or for its in-place form (N_OPS + op); cached per type. */
function opSlot(t: PyType, i: number): OpSlot {
  let c = t.opSlots;
  if (c === null) c = t.opSlots = new Array(2 * N_OPS).fill(undefined);
  if (t.slotsEpoch !== typeEpoch) {
    // (a class statement or an assignment to any class's attribute may have changed the slots)
    c.fill(undefined);
    t.slotsEpoch = typeEpoch;
  }
  let s = c[i] as OpSlot | undefined;
  if (s === undefined) s = c[i] = i < N_OPS ? numberSlot(t, i) : inplaceSlot(t, i - N_OPS);
  return s;
}

/** The builtin type whose slot function a class's `name` method is (see isBuiltinSlot), or null. */
function builtinOwner(t: PyType, name: string, m: Py): PyType | null {
  return isBuiltinSlot(t, name, m) ? m.owner : null;
}

function isSeqType(t: PyType): boolean {
  return t === StrType || t === BytesType || t === ByteArrayType || t === ListType || t === TupleType;
}

/** CPython's update_one_slot for nb_<op>: from the __op__ and __rop__ found on the MRO. */
function numberSlot(t: PyType, op: number): OpSlot {
  let owner: PyType | null = null, mixed = false, user = false;
  for (const name of [DUNDER[op], RDUNDER[op]]) {
    const m = lookup(t, name);
    if (m === undefined) continue;
    const o = builtinOwner(t, name, m);
    if (o === null) user = true;
    else if (isSeqType(o) && SEQ_METHODS.has(name)) mixed = true;
    else if (owner === null || owner === o) owner = o;
    else mixed = true;
  }
  return user ? USER_SLOT : mixed ? null : owner;
}

/**
 * nb_inplace_<op>: list's and bytearray's __iadd__ and __imul__ are sequence slots, but a subclass
 * takes the __iadd__ it inherits for its nb_inplace_add too (the two slots' wrappers have the same
 * signature in CPython's update_one_slot), so `l += x` extends before x's __radd__ is asked.
 */
function inplaceSlot(t: PyType, op: number): OpSlot {
  const name = IDUNDER[op];
  const m = lookup(t, name);
  if (m === undefined) return null;
  const o = builtinOwner(t, name, m);
  if (o === null) return USER_SLOT;
  return isSeqType(o) && SEQ_METHODS.has(name) && (op !== ADD || t.builtin) ? null : o;
}

/**
 * Does class t keep its builtin base's sequence slot for `+` (sq_concat) or `*` (sq_repeat), or in
 * place sq_inplace_concat / sq_inplace_repeat? A method written in Python for any of the slot's
 * names clears it.
 */
function keepsSeqSlot(t: PyType, op: number, inplace: boolean): boolean {
  const names = inplace ? [op === ADD ? "__iadd__" : "__imul__"] : op === ADD ? ["__add__"] : ["__mul__", "__rmul__"];
  let found = false;
  for (const name of names) {
    const m = lookup(t, name);
    if (m === undefined) continue;
    const o = builtinOwner(t, name, m);
    if (o === null || !isSeqType(o)) return false;
    found = true;
  }
  return found;
}

/** CPython's PyNumber_<Op> and PyNumber_InPlace<Op> where an operand's type is a class statement's. */
function userBinary(op: number, v: Py, w: Py, inplace: boolean): Py {
  const tv = typeOf(v), tw = typeOf(w);
  if (inplace) {
    const s = opSlot(tv, N_OPS + op);
    if (s !== null) {
      const r = s === USER_SLOT ? callMaybe(v, tv, IDUNDER[op], w) : builtinInplace(op, v, w);
      if (r !== NotImplemented) return r;
    }
  }
  // (two instances of one class with the method written in Python, the common case: binary_op1
  // calls v's slot alone, and that calls v's method alone)
  const r = tv === tw && opSlot(tv, op) === USER_SLOT ? callMaybe(v, tv, DUNDER[op], w) : binaryOp1(op, v, w, tv, tw);
  if (r !== NotImplemented) return r;
  if (op === ADD) {
    if (inplace && keepsSeqSlot(tv, ADD, true)) return builtinInplace(ADD, v, w);
    if (keepsSeqSlot(tv, ADD, false)) return concatSeq(v, w);
  } else if (op === MUL) {
    if (!inplace || hasSequenceMethods(v)) {
      if (inplace && keepsSeqSlot(tv, MUL, true)) return builtinInplace(MUL, v, w);
      if (keepsSeqSlot(tv, MUL, false)) return repeatSeq(v, w);
    }
    // (in place, the right operand repeats only when the left one's type has no sequence methods)
    if ((!inplace || !hasSequenceMethods(v)) && keepsSeqSlot(tw, MUL, false)) return repeatSeq(w, v);
  }
  unsupported(op, v, w, inplace);
}

/** CPython's binary_op1: v's number slot and w's, w's first when its type is a subclass of v's. */
function binaryOp1(op: number, v: Py, w: Py, tv: PyType, tw: PyType): Py {
  const sv = opSlot(tv, op);
  const sw0 = tv !== tw ? opSlot(tw, op) : null;
  // (what each type's slot is, for the slot functions: see userSlot)
  const vUser = sv === USER_SLOT, wUser = sw0 === USER_SLOT;
  let sw = sw0 === sv ? null : sw0;
  if (sv !== null) {
    if (sw !== null && isSubtype(tw, tv)) {
      const r = sw === USER_SLOT ? userSlot(op, v, w, tv, tw, vUser, wUser) : builtinSlot(sw, op, v, w);
      if (r !== NotImplemented) return r;
      sw = null;
    }
    const r = sv === USER_SLOT ? userSlot(op, v, w, tv, tw, vUser, wUser) : builtinSlot(sv, op, v, w);
    if (r !== NotImplemented) return r;
  }
  if (sw === null) return NotImplemented;
  return sw === USER_SLOT ? userSlot(op, v, w, tv, tw, vUser, wUser) : builtinSlot(sw, op, v, w);
}

/**
 * CPython's slot_nb_<op>(v, w), v of type tv and w of type tw (vUser, wUser: is that type's slot
 * this one?): v.__op__(w), w.__rop__(v), the latter first when w's class is a subclass of v's that
 * overrides it.
 */
function userSlot(op: number, v: Py, w: Py, tv: PyType, tw: PyType, vUser: boolean, wUser: boolean): Py {
  let other = tv !== tw && wUser;
  if (vUser) {
    const rname = RDUNDER[op];
    if (other && isSubtype(tw, tv)) {
      const m = lookup(tw, rname);
      if (m !== undefined && m !== lookup(tv, rname)) {
        const r = callBound(m, w, tw, [v]);
        if (r !== NotImplemented) return r;
        other = false;
      }
    }
    const r = callMaybe(v, tv, DUNDER[op], w);
    if (r !== NotImplemented || tv === tw) return r;
  }
  return other ? callMaybe(w, tw, RDUNDER[op], v) : NotImplemented;
}

/** self.name(other) as a slot calls it: NotImplemented when the class has no such method. */
function callMaybe(self: Py, t: PyType, name: string, other: Py): Py {
  const m = lookup(t, name);
  return m === undefined ? NotImplemented : callBound(m, self, t, [other]);
}

function isIntValue(x: Py): boolean {
  return typeof x === "number" || typeof x === "bigint" || typeof x === "boolean";
}

/** The number slot function of builtin type `owner` on v and w (either may be the owner's
 * instance): NotImplemented when it does not take both operands, as long_add and its kind. */
function builtinSlot(owner: PyType, op: number, v: Py, w: Py): Py {
  const x = baseValue(v), y = baseValue(w);
  if (owner === IntType || owner === BoolType) return isIntValue(x) && isIntValue(y) ? builtinBinary(op, x, y) : NotImplemented;
  if (owner === FloatType) {
    return (isIntValue(x) || x instanceof PyFloat) && (isIntValue(y) || y instanceof PyFloat) ? builtinBinary(op, x, y) : NotImplemented;
  }
  if (owner === ComplexType) {
    const num = (z: Py) => isIntValue(z) || z instanceof PyFloat || z instanceof PyComplex;
    return num(x) && num(y) ? complexOp(op, x, y) : NotImplemented;
  }
  // % of str, bytes and bytearray formats when the left operand is one
  if (owner === StrType) return typeof x === "string" ? percentFormat(x, w) : NotImplemented;
  if (owner === BytesType) return x instanceof PyBytes ? bytesPercent(x, w) : NotImplemented;
  if (owner === ByteArrayType) return x instanceof PyByteArray ? bytesPercent(x, w) : NotImplemented;
  if (owner === SetType || owner === FrozenSetType) return v instanceof PySet && w instanceof PySet ? setBinary(op, v, w) : NotImplemented;
  if (owner === DictType) return v instanceof PyDict && w instanceof PyDict ? builtinBinary(op, v, w) : NotImplemented;
  // dict views take any iterable on the other side, as it is
  if (owner === DictKeysType || owner === DictItemsType) return viewBinary(op, v, w);
  // type | x (a union), mappingproxy
  return builtinBinary(op, v, w);
}

/** sq_concat of v's type (str, list, tuple, bytes, bytearray): the right operand must be one too. */
function concatSeq(v: Py, w: Py): Py {
  const r = builtinBinary(ADD, v, w);
  if (r !== NotImplemented) return r;
  const x = baseValue(v);
  if (typeof x === "string") typeError(`can only concatenate str (not "${typeName(w)}") to str`);
  if (x instanceof PyList) typeError(`can only concatenate list (not "${typeName(w)}") to list`);
  if (x instanceof PyTuple) typeError(`can only concatenate tuple (not "${typeName(w)}") to tuple`);
  typeError(`can't concat ${typeName(w)} to ${typeName(v)}`);
}

/** CPython's sequence_repeat: `seq * n` for an n with __index__. */
function repeatSeq(seq: Py, n: Py): Py {
  const k = asIndex(n);
  if (k === undefined) typeError(`can't multiply sequence by non-int of type '${typeName(n)}'`);
  const x = baseValue(seq);
  return typeof x === "string" ? strRepeat(x, k, n) : seqRepeat(x, k, n);
}

/**
 * The in-place operators of the mutable builtin containers (list `+=` `*=`, set `|=` `&=` `-=`
 * `^=`, dict `|=`, bytearray `+=` `*=`), applied to the builtin layout whatever the class: the VM
 * calls it for the builtin types, and `list.__iadd__` and the like (what a subclass inherits) call
 * it for instances of subclasses. NotImplemented when `a` has no such operator for `b`.
 */
export function builtinInplace(op: number, a: Py, b: Py): Py {
  if (a instanceof PyList) {
    if (op === ADD) {
      listExtend(a, b);
      return a;
    }
    if (op === MUL) {
      const k = repeatCount(b, "list");
      const src = a.a.slice();
      checkCopy(src.length * k);
      a.a.length = 0;
      for (let i = 0; i < k; i++) for (const x of src) a.a.push(x);
      return a;
    }
  } else if (a instanceof PySet && b instanceof PySet && isSubtype(a.cls, SetType)) {
    if (op === OR) {
      setUpdate(a, b);
      return a;
    }
    if (op === AND) {
      // CPython computes a & b, then gives a the result's contents (elements, order)
      const r = setIntersection(a, b, new PySet());
      setClear(a);
      setCopyInto(r, a);
      return a;
    }
    if (op === SUB) {
      setDifferenceUpdate(a, b);
      return a;
    }
    if (op === XOR) {
      setSymmetricDifferenceUpdate(a, b);
      return a;
    }
  } else if (a instanceof PyDict && op === OR) {
    dictUpdateFrom(a, b);
    return a;
  } else if (a instanceof PyByteArray) {
    if (op === ADD) return bytearrayIadd(a, b);
    if (op === MUL) return bytearrayImul(a, repeatCount(b, "bytearray"));
  }
  // (a mappingproxy is read-only: `|` makes a dict, `|=` is refused rather than rebinding)
  if (a instanceof PyMappingProxy && op === OR) typeError("'|=' is not supported by mappingproxy; use '|' instead");
  return NotImplemented;
}

/** dict.update semantics for |= and DICT_UPDATE. */
export function dictUpdateFrom(d: PyDict, src: Py): void {
  if (src instanceof PyDict && mergesDirectly(src)) {
    dictMerge(d, src);
    return;
  }
  const keys = getAttrOpt(src, "keys");
  if (keys !== undefined) {
    const ks = iterToArray(hooksCall(keys, []));
    for (const k of ks) dictSet(d, k, getItem(src, k));
    return;
  }
  // pair by pair as they are read (CPython's dict_merge_from_seq2): a failure keeps the ones before
  let i = 0;
  forEachItem(src, (item) => {
    const pair = iterToArrayOrError(item, i);
    if (pair.length !== 2) {
      raise(hooksValueError(), `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    }
    dictSet(d, pair[0], pair[1]);
    i++;
  });
}

function iterToArrayOrError(item: Py, i: number): Py[] {
  try {
    return iterToArray(item);
  } catch (e) {
    if (e instanceof Object && (e as { cls?: PyType }).cls === TypeError) {
      typeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
    }
    throw e;
  }
}

import { bind, callObject } from "../objects/protocol.ts";
import { ValueError } from "../objects/exceptions.ts";
function hooksCall(f: Py, args: Py[]): Py {
  return callObject(f, args);
}
function hooksValueError(): PyType {
  return ValueError;
}

// ---------------------------------------------------------------------------------------------
// Unary

export function unaryNeg(a: Py): Py {
  if (typeof a === "number" || typeof a === "bigint") return intNeg(a);
  if (typeof a === "boolean") return a ? -1 : 0;
  if (a instanceof PyFloat) return new PyFloat(-a.v);
  if (a instanceof PyComplex) return new PyComplex(-a.re, -a.im);
  const m = userMethod(a, "__neg__");
  if (m !== undefined) return callBound(m, a, a.cls, []);
  // (an int, float or complex subclass's instance negates its value; the error names its class)
  if (a instanceof PyInstance) {
    const v = baseValue(a);
    if (v !== a && isNumberValue(v)) return unaryNeg(v);
  }
  unsupportedUnary("-", a);
}

export function unaryPos(a: Py): Py {
  if (typeof a === "number" || typeof a === "bigint") return a;
  if (typeof a === "boolean") return a ? 1 : 0;
  if (a instanceof PyFloat) return a;
  if (a instanceof PyComplex) return a;
  const m = userMethod(a, "__pos__");
  if (m !== undefined) return callBound(m, a, a.cls, []);
  if (a instanceof PyInstance) {
    const v = baseValue(a);
    if (v !== a && isNumberValue(v)) return unaryPos(v);
  }
  unsupportedUnary("+", a);
}

export function unaryInvert(a: Py): Py {
  if (typeof a === "number" || typeof a === "bigint") return intInvert(a);
  if (typeof a === "boolean") return a ? -2 : -1;
  const m = userMethod(a, "__invert__");
  if (m !== undefined) return callBound(m, a, a.cls, []);
  if (a instanceof PyInstance) {
    const v = baseValue(a);
    if (v !== a && isIntValue(v)) return unaryInvert(v);
  }
  unsupportedUnary("~", a);
}

/** The value of an int, float or complex (subclass) instance, which `-` and `+` apply to. */
function isNumberValue(v: Py): boolean {
  return isIntValue(v) || v instanceof PyFloat || v instanceof PyComplex;
}

export function absValue(a: Py): Py {
  if (typeof a === "number" || typeof a === "bigint") return intAbs(a);
  if (typeof a === "boolean") return a ? 1 : 0;
  if (a instanceof PyFloat) return new PyFloat(Math.abs(a.v));
  if (a instanceof PyComplex) {
    const r = hypot(a.re, a.im);
    if (r === Infinity && Number.isFinite(a.re) && Number.isFinite(a.im)) overflowError("absolute value too large");
    return new PyFloat(r);
  }
  const m = userMethod(a, "__abs__");
  if (m !== undefined) return callBound(m, a, a.cls, []);
  typeError(`bad operand type for abs(): '${typeName(a)}'`);
}

// ---------------------------------------------------------------------------------------------
// Containment and subscripts

export function contains(container: Py, item: Py, raw = false): boolean {
  if (typeof container === "string") return strContains(container, item);
  if (typeof container === "object" && container !== null) {
    const t = container.cls as PyType;
    if (!t.builtin && !raw) {
      const m = userOverride(t, "__contains__");
      if (m !== undefined) {
        // `__contains__ = None` opts out of `in` (no fallback to iteration)
        if (m === null) typeError(`'${typeName(container)}' object is not a container`);
        return pyBool(callBound(m, container, t, [item]));
      }
    }
    if (container instanceof PyDict) return dictHas(container, item);
    if (container instanceof PySet) return setHas(container, item);
    if (container instanceof PyList || container instanceof PyTuple) {
      const a = container.a;
      for (let i = 0; i < a.length; i++) {
        const x = a[i];
        if (x === item || pyEq(x, item)) {
          chargeWork(i);
          return true;
        }
      }
      chargeWork(a.length);
      return false;
    }
    if (container instanceof PyRange) return rangeContains(container, item);
    if (container instanceof PyBytes || container instanceof PyByteArray) return bytesContains(container, item);
    if (container instanceof PyInstance) {
      // a str or bytes subclass: the inherited __contains__ tests for a substring, whatever __iter__ yields
      const v = baseValue(container);
      if (typeof v === "string") return strContains(v, item);
      if (v instanceof PyBytes) return bytesContains(v, item);
    }
    const h = containsHook(container, item);
    if (h !== undefined) return h;
    // fall back to iteration
    const it = getIter(container, `argument of type '${typeName(container)}' is not iterable`);
    for (;;) {
      const x = iterNextHook(it);
      if (x === STOP_) return false;
      if (x === item || pyEq(x, item)) return true;
    }
  }
  typeError(`argument of type '${typeName(container)}' is not iterable`);
}

import { getIter, iterNext, STOP } from "../objects/protocol.ts";
const STOP_ = STOP;
function iterNextHook(it: Py): Py {
  return iterNext(it);
}
let containsHook: (c: Py, x: Py) => boolean | undefined = () => undefined;
export function setContainsHook(f: (c: Py, x: Py) => boolean | undefined): void {
  containsHook = f;
}

function rangeContains(r: PyRange, item: Py): boolean {
  return rangeIndexOf(r, item) !== -1;
}

/**
 * A dunder defined by a user class itself (not inherited from a builtin type, whose layout the
 * builtin paths below already handle).
 */
function userOverride(t: PyType, name: string): Py {
  return slotOverride(t, name);
}

/** str + str (size check, budget charge and rope bookkeeping as for any concatenation). */
export function concatStr(a: string, b: string): string {
  const n = a.length + b.length;
  checkSize(n);
  chargeConcat(n, a.length > b.length ? a.length : b.length);
  const r = a + b;
  if (n >= ROPE_MIN) noteConcat(a, b, r);
  return r;
}

/** o[k] */
export function getItem(o: Py, k: Py, raw = false): Py {
  if (typeof o === "string") {
    if (typeof k === "number") return strGetItem(o, k);
    if (k instanceof PySlice) return strSlice(o, k.start, k.stop, k.step);
    const i = asIndex(k);
    if (i === undefined) typeError(`string indices must be integers, not '${typeName(k)}'`);
    if (typeof i === "bigint") bigIndexError(i, "string", k);
    return strGetItem(o, i);
  }
  if (typeof o !== "object" || o === null) notSubscriptable(o);
  const t = o.cls as PyType;
  if (!t.builtin && !raw) {
    const m = userOverride(t, "__getitem__");
    if (m !== undefined) return callBound(m, o, t, [k]);
    // a str or bytes subclass's instance indexes its value (an int's is not subscriptable)
    const value = (o as PyInstance & { value?: Py }).value;
    if (o instanceof PyInstance && (typeof value === "string" || value instanceof PyBytes)) return getItem(value, k);
    if (o instanceof PyInstance) notSubscriptable(o);
  }
  if (o instanceof PyList) {
    if (k instanceof PySlice) return new PyList(arraySlice(o.a, k.start, k.stop, k.step));
    const i = seqIndex(indexKey(k, "list"), o.a.length, "list");
    return o.a[i];
  }
  if (o instanceof PyTuple) {
    if (k instanceof PySlice) return tupleSlice(o, k.start, k.stop, k.step);
    const i = seqIndex(indexKey(k, "tuple"), o.a.length, "tuple");
    return o.a[i];
  }
  if (o instanceof PyDict) {
    const v = dictGet(o, k);
    if (v !== undefined) return v;
    if (!t.builtin) {
      const miss = lookup(t, "__missing__");
      if (miss !== undefined) return callBound(miss, o, t, [k]);
    }
    keyError(k);
  }
  if (o instanceof PyRange) {
    if (k instanceof PySlice) return rangeSlice(o, k);
    if (!o.big && typeof k === "number") return rangeItem(o, k);
    const ki = asIndex(k);
    if (ki === undefined) typeError(`range indices must be integers or slices, not ${typeName(k)}`);
    return rangeItem(o, ki);
  }
  if (o instanceof PyBytes || o instanceof PyByteArray) {
    if (k instanceof PySlice) return bytesSlice(o, k.start, k.stop, k.step);
    // (__index__ called once)
    const i = typeof k === "number" ? k : asIndex(k);
    if (i === undefined) indicesMustBeInt(o instanceof PyBytes ? "byte" : "bytearray", k);
    if (typeof i === "bigint") bigIndexError(i, o instanceof PyBytes ? "" : "bytearray", k);
    return bytesGetItem(o, i);
  }
  if (o instanceof PyType) {
    const cg = lookup(o, "__class_getitem__");
    // (called as getattr(o, "__class_getitem__")(k): a class method binds to o; None is no method)
    if (cg !== undefined && cg !== null) return hooksCall(cg instanceof PyFunction ? cg : bind(cg, null, o), [k]);
    if (o === TypeType) return classGetItem([o, k]);
    typeError(`type '${o.name}' is not subscriptable`);
  }
  const h = getItemHook(o, k);
  if (h !== undefined) return h;
  notSubscriptable(o);
}
let getItemHook: (o: Py, k: Py) => Py = () => undefined;
export function setGetItemHook(f: (o: Py, k: Py) => Py): void {
  getItemHook = f;
}

/** o[k] = v */
export function setItem(o: Py, k: Py, v: Py, raw = false): void {
  if (typeof o === "object" && o !== null) {
    const t = o.cls as PyType;
    if (!t.builtin && !raw) {
      const m = userOverride(t, "__setitem__");
      if (m !== undefined) {
        callBound(m, o, t, [k, v]);
        return;
      }
    }
    if (o instanceof PyList) {
      if (k instanceof PySlice) {
        arraySliceAssign(o.a, k.start, k.stop, k.step, (extended) => v === o ? o.a.slice() : iterToArray(v, sliceSourceError(extended)));
        return;
      }
      const i = seqIndex(indexKey(k, "list assignment", "list"), o.a.length, "list assignment");
      o.a[i] = v;
      return;
    }
    if (o instanceof PyDict) {
      dictSet(o, k, v);
      return;
    }
    if (o instanceof PyByteArray) {
      if (k instanceof PySlice) return bytearraySetSlice(o, k, v);
      // (CPython's order: the index as an int, the byte's value, then the index's range, whose
      // length the value's __index__ may have changed)
      const key = typeof k === "number" ? k : asIndex(k);
      if (key === undefined) indicesMustBeInt("bytearray", k);
      if (typeof key === "bigint" && (key >= 1n << 63n || key < -(1n << 63n))) bigIndexError(key, "bytearray", k);
      const x = asIndex(v);
      if (x === undefined) typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
      if (x < 0 || x > 255) raise(hooksValueError(), "byte must be in range(0, 256)");
      o.b[seqIndex(key, o.n, "bytearray")] = Number(x);
      return;
    }
  }
  if (isIndexKey(k) && hasSequenceMethods(o)) indexKeyFits(k);
  noItemAssignment(o);
}

/** del o[k] */
export function delItem(o: Py, k: Py, raw = false): void {
  if (typeof o === "object" && o !== null) {
    const t = o.cls as PyType;
    if (!t.builtin && !raw) {
      const m = userOverride(t, "__delitem__");
      if (m !== undefined) {
        callBound(m, o, t, [k]);
        return;
      }
    }
    if (o instanceof PyList) {
      if (k instanceof PySlice) {
        arraySliceDelete(o.a, k.start, k.stop, k.step);
        return;
      }
      const i = seqIndex(indexKey(k, "list assignment", "list"), o.a.length, "list assignment");
      chargeWork(o.a.length - i);
      o.a.splice(i, 1);
      return;
    }
    if (o instanceof PyDict) {
      dictDel(o, k);
      return;
    }
    if (o instanceof PyByteArray) {
      if (k instanceof PySlice) return bytearrayDelSlice(o, k);
      const i = seqIndex(indexKey(k, "bytearray"), o.n, "bytearray");
      o.b.copyWithin(i, i + 1, o.n);
      o.n--;
      return;
    }
  }
  const seqKey = isIndexKey(k) && hasSequenceMethods(o);
  if (seqKey) indexKeyFits(k);
  noItemDeletion(o, seqKey);
}

/**
 * An index stored into or deleted from a type with sequence methods but no such item slot is
 * converted first (CPython's PyObject_SetItem): IndexError past the index-sized range.
 */
function indexKeyFits(k: Py): void {
  const i = asIndex(k);
  if (typeof i === "bigint" && (i >= 1n << 63n || i < -(1n << 63n))) bigIndexError(i, "", k);
}

/** Does k have __index__ (CPython's _PyIndex_Check)? */
function isIndexKey(k: Py): boolean {
  const t = typeof k;
  if (t === "number" || t === "bigint" || t === "boolean") return true;
  return t === "object" && k !== null && !(k instanceof PyFloat) && lookup(k.cls, "__index__") !== undefined;
}

// the builtin types that have sequence methods in CPython (tp_as_sequence); every class statement's do
const SEQUENCE_TYPES: ReadonlySet<PyType> = new Set([
  BytesType, ByteArrayType, TupleType, ListType, RangeType, SetType, FrozenSetType, DictType, DictKeysType, DictValuesType,
  DictItemsType, MappingProxyType,
]);

/** Does o's type have sequence methods (CPython's tp_as_sequence)? */
function hasSequenceMethods(o: Py): boolean {
  if (typeof o === "string") return true;
  if (typeof o !== "object" || o === null) return false;
  const t = o.cls as PyType;
  return !t.builtin || SEQUENCE_TYPES.has(t);
}

/** o[lo:hi] without allocating a slice for builtin sequences. */
export function getSlice(o: Py, lo: Py, hi: Py): Py {
  if (typeof o === "string") return strSlice(o, lo, hi, null);
  if (o instanceof PyList && o.cls.builtin) return new PyList(arraySlice(o.a, lo, hi, null));
  if (o instanceof PyTuple && o.cls.builtin) return tupleSlice(o, lo, hi, null);
  return getItem(o, new PySlice(lo, hi, null));
}

/** A slice of a tuple: an exact tuple sliced whole with step 1 is itself (CPython's tuplesubscript). */
function tupleSlice(o: PyTuple, start: Py, stop: Py, step: Py): PyTuple {
  if (o.cls !== TupleType) return new PyTuple(arraySlice(o.a, start, stop, step));
  const [s, , st, count] = sliceIndices(start, stop, step, o.a.length);
  if (s === 0 && st === 1 && count === o.a.length) return o;
  if (count === 0) return EMPTY_TUPLE;
  chargeWork(count);
  if (st === 1) return new PyTuple(o.a.slice(s, s + count));
  const out: Py[] = [];
  for (let i = 0, j = s; i < count; i++, j += st) out.push(o.a[j]);
  return new PyTuple(out);
}

/** CPython's message for assigning a non-iterable to a slice. */
function sliceSourceError(extended: boolean): string {
  return extended ? "must assign iterable to extended slice" : "can only assign an iterable";
}

export function setSlice(o: Py, lo: Py, hi: Py, v: Py): void {
  setItem(o, new PySlice(lo, hi, null), v);
}

// ---------------------------------------------------------------------------------------------
// Comparison opcodes

/** COMPARE_* opcode -> protocol op index */
export function compareOp(op: number, a: Py, b: Py): Py {
  return richCompare(a, b, op);
}

export function isTrue(v: Py): boolean {
  return v === true ? true : v === false ? false : pyBool(v);
}

export { big, cpArray, cpLength, isWide, OverflowError, pyStr };
