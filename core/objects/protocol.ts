// The abstract object layer: attribute lookup with descriptors, calls, repr/str, equality,
// ordering, hashing, truthiness, len, iteration. Everything here works on any Python value and
// dispatches to dunder methods of user classes through `callObject`.
//
// Python functions are run by the VM, which installs itself with `setFunctionRunner` (a nested
// run: only used where a builtin calls back into Python).

import { ALIAS_OWN_ATTRS, GenericAliasType, PyGenericAlias, PyUnion, UnionType } from "./union.ts";
import {
  attributeError, attributeErrorOf, indexError, keyError, noItemAssignment, noItemDeletion, notCallable, notIterable,
  notSubscriptable, notSupportedBetween, propertyMissing, raise, recursionError, runtimeError, typeAttributeError, typeError, unhashable, valueError, memoryError,
} from "../errors.ts";
import { MAX_SEQUENCE } from "../limits.ts";
import {
  AttributeError, BaseException, BrokenPipeError, FileExistsError, FileNotFoundError, ImportError, IsADirectoryError, KeyError,
  NotADirectoryError, OSError, PermissionError, StopIteration, SyntaxError, SystemExit, TimeoutError,
  UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError, OverflowError, TypeError as TypeErrorType, newException,
} from "./exceptions.ts";
import { floatRepr } from "./floatrepr.ts";
import { rangeAttr, rangeEq, rangeHash, rangeLenChecked, rangeRepr } from "./range.ts";
import { formatComplex, formatFloat, formatInt, formatStr } from "./format.ts";
import { intHash, intHashExact } from "./int.ts";
import {
  BoolType, BytesType, bumpTypeEpoch, TYPE_ABSTRACT, ByteArrayType, ClassMethodType, ComplexType, DictType, Ellipsis, FloatType,
  FrozenSetType, FunctionType, IntType, ListType, MISSING, ModuleType, NoneType, NotImplemented,
  EMPTY_TUPLE, ObjectType, PropertyType, type Py, PyBuiltin, PyByteArray, PyBytes, PyClassMethod, ClassMethodDescriptorType, PyComplex, PyDict,
  PyException, PyFloat, PyFunction, PyInstance, PyList, PyMethod, PyModule, PyObject, PyProperty,
  PyRange, PySet, PySlice, PyStaticMethod, PySuper, PyTuple, PyType, RangeType, SetType, SliceType,
  StaticMethodType, StrType, TupleType, typeEpoch, PyIterator, STOP, PyCell, isSlotWrapper, MethodDescriptorType,
  WrapperDescriptorType, MethodType, BuiltinFunctionType, PyDescriptor, MemberDescriptorType, GetSetDescriptorType, GeneratorType,
  CoroutineType, AsyncGeneratorType, DictKeysType, DictItemsType, DictValuesType, CellType, PyMappingProxy, TypeType,
  MethodWrapperType, SuperType,
} from "./model.ts";
import { bytesRepr, escapeNonAscii, strAscii, strRepr } from "./strrepr.ts";
import { setUnicodeErrorAttr, unicodeErrorAttr, unicodeErrorStr } from "./unicodeerror.ts";
import { builtinType as builtinTypeRef, type TracebackEntry } from "./model.ts";
import { tpName, typeName, typeOf } from "./typeof.ts";
import { dictFind, dictGet, dictKeys, dictPop, dictSet, origKey, setItems, setHas, storedHashes } from "./dict.ts";

// ---------------------------------------------------------------------------------------------
// Hooks installed by the VM

type Runner = (f: PyFunction, args: Py[], kw: string[] | null) => Py;
type MethodRunner = (f: PyFunction, self: Py, args: Py[]) => Py;
let runFunction: Runner = () => {
  throw new Error("internal: no VM installed");
};
let runMethod: MethodRunner = runFunction;
let runFunction1: (f: PyFunction, x: Py) => Py = (f, x) => runFunction(f, [x], null);
/**
 * Installed by the VM: run a Python function to completion (nested run) and return its result;
 * `method` runs one with a receiver before `args` (a straight-line body inline, with no array
 * built for the receiver and its arguments); `one` runs one with a single argument (a key
 * function's or map's: inline, no argument array).
 */
export function setFunctionRunner(r: Runner, method: MethodRunner, one: (f: PyFunction, x: Py) => Py): void {
  runFunction = r;
  runMethod = method;
  runFunction1 = one;
}

/** Hooks for things implemented elsewhere (iterators, instantiation of builtins...). */
export const hooks: {
  /** Make an iterator for an object whose type has no builtin iteration (generators register here). */
  // deno-lint-ignore no-explicit-any
  [k: string]: any;
} = {};
/** Charge n units of op budget: a no-op until the VM installs its own (builtins/index.ts). */
hooks.charge = (_n: number): void => {};
/** The interpreter's depth limit, for native recursion (replaced by the VM's, builtins/index.ts). */
hooks.depthLimit = (): number => 1000;

/**
 * Charge the op budget for the work of one native bulk operation: n units, one per element
 * scanned, copied, compared or hashed. The budget counts code words at back-edges and calls, so
 * without this one instruction (`L.count(x)`, `x in L`, `sorted(L)`, `str(L)`) could do unbounded
 * work for nothing. Called once per operation with its size (before the work when the size is
 * known, after a scan that stops early), never per element; an operation of 64 elements or less
 * costs less than the call that made it and is free. Running out raises the uncatchable
 * RuntimeError "budget exceeded" (Interp.tick), which also samples the heap limit.
 *
 * @example
 * chargeWork(list.a.length);  // before reversing a list in place
 */
export function chargeWork(n: number): void {
  if (n > 64) hooks.charge(n);
}

/**
 * chargeWork for one container reached by a walk into nested containers (==, <, hash(), repr(),
 * str(), `in`): its n elements plus the visit, however few. The allowance of chargeWork is for one
 * flat operation; a structure of small containers can hold exponentially many elements
 * (`a = [a, a]` 27 times over: 2^27 elements behind 27 lists).
 */
function chargeNested(n: number): void {
  hooks.charge(n + 1);
}

/**
 * chargeWork for a native pass over n characters or bytes (searching, splitting, case mapping,
 * hashing): one unit per 16, as the engine scans them about that much faster than elements.
 */
export function chargeChars(n: number): void {
  if (n > 1024) hooks.charge(n >> 4);
}

/**
 * Charge for building a string of `total` characters by joining pieces (`a + b`, an f-string):
 * 16 units per character outside the longest piece, from 64 Ki characters on. The engine joins
 * strings as ropes, so `s += c` in a loop stays linear (as in CPython), while a string that keeps
 * doubling (8 units per character of the result) runs out of budget before memory.
 */
export function chargeConcat(total: number, longest: number): void {
  if (total >= 65536 && total - longest > 64) hooks.charge((total - longest) * 16);
}

// ---------------------------------------------------------------------------------------------
// Type attribute lookup

/** Find `name` along the MRO of `t` (cached per type, invalidated by the global type epoch). */
/** Bring t's caches up to the type epoch: the lookup cache and everything derived from it. */
function typeCaches(t: PyType): void {
  if (t.cacheEpoch === typeEpoch) return;
  t.lookupCache.clear();
  t.slotCache.clear();
  t.keyKind = t.hooksAttrs = t.cmpMask = -1;
  t.cacheEpoch = typeEpoch;
}

export function lookup(t: PyType, name: string): Py {
  typeCaches(t);
  let v = t.lookupCache.get(name);
  if (v === undefined) {
    v = MISSING;
    const mro = t.mro;
    for (let i = 0; i < mro.length; i++) {
      const x = mro[i].dict.get(name);
      if (x !== undefined) {
        v = x;
        break;
      }
    }
    t.lookupCache.set(name, v);
  }
  return v === MISSING ? undefined : v;
}

/** Set an attribute on a class (invalidates caches). */
export function typeSetAttr(t: PyType, name: string, v: Py): void {
  if (t.builtin) typeError(`cannot set '${name}' attribute of immutable type '${t.name}'`);
  // a data descriptor on a user metaclass (a property with a setter) handles the assignment
  if (!t.cls.builtin && setViaDescriptor(t, t.cls, name, v)) return;
  // the names reprs and tracebacks show live on the type itself
  if (name === "__name__" || name === "__qualname__") {
    const s = asStr(v);
    if (s === undefined) typeError(`can only assign string to ${t.name}.${name}, not '${typeName(v)}'`);
    if (name === "__name__" && s.includes("\0")) raise(hooks.ValueError, "type name must not contain null characters");
    if (name === "__name__") t.name = s;
    else t.qualname = s;
    bumpTypeEpoch();
    return;
  }
  if (name === "__bases__") {
    hooks.setBases(t, v);
    return;
  }
  if (name === "__mro__" || name === "__base__") raise(AttributeError, "readonly attribute");
  if (name === "__dict__") raise(AttributeError, "attribute '__dict__' of 'type' objects is not writable");
  if (name === "__class__" && lookup(t.cls, name) === undefined) {
    // object's __class__ setter, as for any object: only between compatible user metaclasses
    setClass(t, v);
    bumpTypeEpoch();
    return;
  }
  if (name === "__module__" && typeof v === "string") t.module = v;
  // (what abc does after creating a class: object.__new__ then refuses it)
  if (name === "__abstractmethods__") t.flags = pyBool(v) ? t.flags | TYPE_ABSTRACT : t.flags & ~TYPE_ABSTRACT;
  t.dict.set(name, v);
  bumpTypeEpoch();
}

/** Is `sub` a subclass of `sup`? */
export function isSubtype(sub: PyType, sup: PyType): boolean {
  if (sub === sup) return true;
  const mro = sub.mro;
  for (let i = 1; i < mro.length; i++) if (mro[i] === sup) return true;
  return false;
}

/**
 * CPython's update_one_slot: is `m`, found on the MRO of class `t` under the dunder `name`, the
 * slot function of a builtin type? Only a builtin type's own method of that very name (int's
 * `__add__` as `__add__`) on a class that inherits from that type is; any other object
 * (`__add__ = int.__sub__`, `__hash__ = id`, `__setattr__ = dict.__setitem__`, a function, a
 * callable instance) gives the class the generic slot, which looks the dunder up and calls it.
 */
export function isBuiltinSlot(t: PyType, name: string, m: Py): m is PyBuiltin {
  return m instanceof PyBuiltin && m.owner !== null && m.name === name && m.self === undefined &&
    (m.owner === ObjectType || isSubtype(t, m.owner));
}

/** Is `m`, found under the dunder `name`, object's own slot for it (see isBuiltinSlot)? */
export function isObjectSlot(name: string, m: Py): m is PyBuiltin {
  return m instanceof PyBuiltin && m.owner === ObjectType && m.name === name && m.self === undefined;
}

export function isInstance(v: Py, t: PyType): boolean {
  const vt = typeOf(v);
  return vt === t || isSubtype(vt, t);
}

/**
 * isinstance(v, t) without __instancecheck__ (CPython's object_isinstance): type(v)'s MRO, then
 * the class `v.__class__` claims, when its class can claim another (a `__class__` property or
 * class attribute, a `__getattribute__`).
 */
export function objectIsInstance(v: Py, t: PyType): boolean {
  const vt = typeOf(v);
  if (vt === t || isSubtype(vt, t)) return true;
  if (vt.builtin || (lookup(vt, "__class__") === undefined && userGetattribute(vt) === undefined)) return false;
  let c: Py;
  try {
    c = getAttrOpt(v, "__class__");
  } catch (e) {
    if (e instanceof PyException && isSubtype(e.cls, AttributeError)) return false;
    throw e;
  }
  return c !== vt && c instanceof PyType && isSubtype(c, t);
}

/** An object's `__bases__` when it is a tuple, else undefined (CPython's abstract_get_bases). */
function abstractBases(c: Py): PyTuple | undefined {
  const b = getAttrOpt(c, "__bases__");
  return b instanceof PyTuple ? b : undefined;
}

/** Is d, or a class along its `__bases__`, c itself? (CPython's abstract_issubclass, for objects
 * that stand for classes by providing `__bases__`.) */
function abstractIsSubclass(d: Py, c: Py, depth = 0): boolean {
  if (depth > hooks.depthLimit()) recursionError(" in __subclasscheck__");
  for (;;) {
    if (d === c) return true;
    const bases = abstractBases(d);
    if (bases === undefined || bases.a.length === 0) return false;
    chargeWork(1);
    if (bases.a.length === 1) {
      d = bases.a[0];
      continue;
    }
    for (const b of bases.a) if (abstractIsSubclass(b, c, depth + 1)) return true;
    return false;
  }
}

/** issubclass(d, c) without a __subclasscheck__ hook (type.__subclasscheck__, CPython's recursive_issubclass). */
export function realIsSubclass(d: Py, c: Py): boolean {
  if (d instanceof PyType && c instanceof PyType) return isSubtype(d, c);
  if (abstractBases(d) === undefined) typeError("issubclass() arg 1 must be a class");
  if (!(c instanceof PyUnion) && abstractBases(c) === undefined) typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
  return abstractIsSubclass(d, c);
}

/** isinstance(v, c) for an object c that is no type but provides `__bases__` (CPython's
 * object_isinstance): v's `__class__` derives from c; undefined when c has no `__bases__`. */
export function abstractIsInstance(v: Py, c: Py): boolean | undefined {
  if (abstractBases(c) === undefined) return undefined;
  const icls = getAttrOpt(v, "__class__");
  return icls !== undefined && abstractIsSubclass(icls, c);
}

// ---------------------------------------------------------------------------------------------
// Instance attribute storage

export function instGet(o: PyInstance, name: string): Py {
  if (o.shape !== null) {
    const i = o.shape.index.get(name);
    return i === undefined ? undefined : o.slots[i];
  }
  return dictGet(o.dict!, name);
}

export function instSet(o: PyInstance, name: string, v: Py): void {
  const sh = o.shape;
  if (sh !== null) {
    const i = sh.index.get(name);
    if (i !== undefined) {
      o.slots[i] = v;
      return;
    }
    if (sh.names.length < 64) {
      o.shape = sh.add(name);
      o.slots.push(v);
      return;
    }
    toDictMode(o);
  }
  dictSet(o.dict!, name, v);
}

/** Switch an instance to dictionary mode (attribute deleted, many attributes or __dict__ taken). */
export function toDictMode(o: PyInstance): PyDict {
  if (o.shape !== null) {
    const d = new PyDict();
    const names = o.shape.names;
    for (let i = 0; i < names.length; i++) {
      if (o.slots[i] !== undefined) dictSet(d, names[i], o.slots[i]);
    }
    o.dict = d;
    o.shape = null;
    o.slots = [];
  }
  return o.dict!;
}

/**
 * `del obj.__dict__` on an instance with a __dict__ (allowed in CPython 3.11: the next access
 * finds a fresh, empty one): drops its attributes, keeping the values of its slots. False when
 * its class gives it no __dict__.
 */
function instDelDict(o: PyInstance): boolean {
  const t = o.cls;
  if (t === ObjectType || t.noDict) return false;
  if (o instanceof PyException) typeError("cannot delete __dict__");
  // the slots live beside the attributes: their member descriptors name them
  const kept = slotValues(o);
  o.shape = t.shape;
  o.slots = [];
  o.dict = null;
  for (const [n, v] of kept) instSet(o, n, v);
  return true;
}

function instDel(o: PyInstance, name: string): boolean {
  if (name === "__dict__") return instDelDict(o);
  return dictPop(toDictMode(o), name) !== undefined;
}

/**
 * `obj.__dict__ = d`: the dict becomes the instance's attribute storage (dictionary mode, so
 * inline caches keyed by its shape no longer match it). Slot values, which live beside the
 * attributes (docs/differences.md), move into it.
 */
function instSetDict(o: PyInstance, v: Py): void {
  const d = checkDict(v);
  const kept = o.cls.slotNames === null && !hasMembers(o.cls) ? [] : slotValues(o);
  o.shape = null;
  o.slots = [];
  o.dict = d;
  for (const [n, x] of kept) dictSet(d, n, x);
}

/** Does a class on t's MRO declare __slots__ members? */
function hasMembers(t: PyType): boolean {
  for (const c of t.mro) if (c.declaredSlots !== null) return true;
  return false;
}

/** The values an instance holds for its class's __slots__ members (named by their descriptors). */
function slotValues(o: PyInstance): [string, Py][] {
  const kept: [string, Py][] = [];
  for (const c of o.cls.mro) {
    for (const [n, d] of c.dict) {
      if (!(d instanceof PyDescriptor) || d.cls !== MemberDescriptorType) continue;
      const v = instGet(o, n);
      if (v !== undefined) kept.push([n, v]);
    }
  }
  return kept;
}

/**
 * object.__getstate__() (CPython's object_getstate_default, not required): None for an object
 * without attributes, else its `__dict__`; when slots hold values, the pair (that, {slot: value}).
 */
export function objectGetState(o: Py): Py {
  if (!(o instanceof PyInstance)) {
    const attrs = typeof o === "object" && o !== null ? (o as { attrs?: PyDict | null }).attrs : undefined;
    return attrs == null || attrs.m.size === 0 ? null : attrsDict(o as AttrHolder);
  }
  const t = o.cls;
  const slots = hasMembers(t) ? slotValues(o) : [];
  let state: Py = null;
  if (!t.noDict && t !== ObjectType) {
    if (slots.length === 0) {
      if (o.shape === null ? o.dict!.m.size > 0 : o.slots.some((v) => v !== undefined)) state = toDictMode(o);
    } else {
      // (the slot values live beside the other attributes here: docs/differences.md)
      const d = new PyDict();
      for (const [k, v] of toDictMode(o).m) if (!slots.some(([n]) => n === k)) dictSet(d, k, v);
      if (d.m.size > 0) state = d;
    }
  }
  if (slots.length === 0) return state;
  const sd = new PyDict();
  for (const [n, v] of slots) dictSet(sd, n, v);
  return new PyTuple([state, sd]);
}

/**
 * A `__slots__` member descriptor's own access: `P.x.__get__(o)` (v undefined), `P.x.__set__(o, v)`
 * and `P.x.__delete__(o)` (del) reach the slot's storage itself, whatever else o's class has under
 * that name (a property in a subclass).
 */
export function memberAccess(o: Py, name: string, v: Py, del = false): Py {
  if (o instanceof PyInstance || (typeof o === "object" && o !== null && "attrs" in o)) {
    const inst = o instanceof PyInstance ? o : null;
    if (del) {
      if (inst !== null ? !instDel(inst, name) : dictPop(holderAttrs(o as AttrHolder), name) === undefined) raise(AttributeError, name);
      return null;
    }
    if (v !== undefined) {
      if (inst !== null) instSet(inst, name, v);
      else dictSet(holderAttrs(o as AttrHolder), name, v);
      return null;
    }
    const x = inst !== null ? instGet(inst, name) : attrsGet(o as AttrHolder, name);
    if (x === undefined) attributeError(o, name);
    return x;
  }
  if (del) delAttrRaw(o, name);
  else if (v !== undefined) setAttrRaw(o, name, v);
  else return rawGetAttr(o, name);
  return null;
}

/** What may be assigned to a `__dict__`: a dict or an instance of a dict subclass. */
function checkDict(v: Py): PyDict {
  if (!(v instanceof PyDict)) typeError(`__dict__ must be set to a dictionary, not a '${typeName(v)}'`);
  return v;
}

/**
 * A builtin object that keeps its attributes in `attrs`: an instance of a user subclass of list,
 * tuple, dict, set, frozenset, bytearray, property or super, a function, a static or class method.
 */
type AttrHolder = PyObject & { attrs: PyDict | null };

/**
 * Instances of t (in a builtin layout) may hold attributes that shadow class attributes: the
 * method inline caches, keyed by the type for these objects, stop caching lookups on t.
 */
function noteAttrShadow(t: PyType): void {
  if (!t.attrShadow) {
    t.attrShadow = true;
    bumpTypeEpoch();
  }
}

/** An object's attribute dict, made on first use (a static or class method's starts as a copy of
 * its function's __module__, __name__, __qualname__, __doc__ and __annotations__, as CPython's). */
function holderAttrs(o: AttrHolder): PyDict {
  if (o.attrs === null) {
    const d = new PyDict();
    if ((o instanceof PyStaticMethod || o instanceof PyClassMethod) && o.func !== null) {
      for (const k of ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"]) {
        const v = getAttrOpt(o.func, k);
        if (v !== undefined) dictSet(d, k, v);
      }
    }
    o.attrs = d;
  }
  return o.attrs;
}

/** `obj.__dict__` of an AttrHolder: the live dict (writes through it may shadow methods). */
function attrsDict(o: AttrHolder): PyDict {
  noteAttrShadow(o.cls);
  return holderAttrs(o);
}

/** Set an attribute of an AttrHolder (`__dict__` replaces the dict). */
function attrsSet(o: AttrHolder, name: string, v: Py): void {
  if (name === "__dict__") {
    o.attrs = checkDict(v);
    noteAttrShadow(o.cls);
    return;
  }
  if (!o.cls.attrShadow && lookup(o.cls, name) !== undefined) noteAttrShadow(o.cls);
  dictSet(holderAttrs(o), name, v);
}

/** Delete an attribute of an AttrHolder; false when it has none of that name. */
function attrsDel(o: AttrHolder, name: string): boolean {
  if (name === "__dict__" && !o.cls.builtin && !o.cls.noDict) {
    // (CPython 3.11 allows it: the next access finds a fresh, empty dict)
    o.attrs = null;
    return true;
  }
  if (o.attrs === null && !(o instanceof PyStaticMethod || o instanceof PyClassMethod)) return false;
  return dictPop(holderAttrs(o), name) !== undefined;
}

/** An attribute an AttrHolder holds itself, or undefined. */
function attrsGet(o: AttrHolder, name: string): Py {
  return o.attrs === null ? undefined : dictGet(o.attrs, name);
}

// ---------------------------------------------------------------------------------------------
// Descriptors and getattr

/** Bind a class attribute found on type `t` for instance `obj` (the descriptor protocol's __get__). */
export function bind(attr: Py, obj: Py, t: PyType): Py {
  if (typeof attr !== "object" || attr === null) return attr;
  switch (attr.cls) {
    case FunctionType:
      return new PyMethod(attr, obj);
    case ClassMethodType:
      return classMethodGet(attr as PyClassMethod, t);
    case StaticMethodType:
      return (attr as PyStaticMethod).func;
    case PropertyType:
      return propertyGet(attr as PyProperty, obj);
  }
  if (attr instanceof PyBuiltin) {
    const owner = attr.owner;
    // (a builtin type's __new__ is a function bound to the type, not a method: no binding)
    if (owner === null || attr.name === "__new__") return attr;
    // a builtin type's method kept in an unrelated class (`up = str.upper`): CPython's method
    // descriptor __get__ refuses the receiver (`t` is its type; the usual case is its owner)
    if (t !== owner && !isSubtype(t, owner) && owner !== ObjectType) foreignReceiver(attr, t);
    return new PyMethod(attr, obj);
  }
  if (attr instanceof PyProperty || attr instanceof PyClassMethod || attr instanceof PyStaticMethod) {
    // an instance of a user subclass: its class's __get__
    if (!attr.cls.builtin) return subclassGet(attr, obj, t);
    if (attr instanceof PyProperty) return propertyGet(attr, obj);
    if (attr instanceof PyClassMethod) return classMethodGet(attr, t);
    return attr.func;
  }
  if (attr instanceof PyInstance) {
    const get = lookup(attr.cls, "__get__");
    if (get !== undefined) return callObject(get, [attr, obj, t]);
  }
  if (attr instanceof PyDescriptor) return descriptorGet(attr, obj);
  if (attr instanceof PySuper) return superDescrGet(attr, obj);
  if (attr instanceof PyType && !attr.cls.builtin) {
    // a class whose metaclass defines __get__ is a descriptor too
    const get = lookup(attr.cls, "__get__");
    if (get !== undefined) return callObject(get, [attr, obj, t]);
  }
  return attr;
}

/** A builtin type's method read through an object of type `t`, outside its owner's subclasses. */
function foreignReceiver(f: PyBuiltin, t: PyType): never {
  typeError(`descriptor '${f.name}' for '${tpName(f.owner!)}' objects doesn't apply to a '${tpName(t)}' object`);
}

/** A descriptor whose class is a user subclass of property, staticmethod or classmethod: its class's __get__. */
function subclassGet(attr: PyObject, obj: Py, t: PyType): Py {
  return callObject(lookup(attr.cls, "__get__"), [attr, obj, t]);
}

/** A slot or __dict__/__weakref__ descriptor read through an instance whose storage lacks the value. */
export function descriptorGet(d: PyDescriptor, obj: Py): Py {
  if (!isInstance(obj, d.owner)) {
    typeError(`descriptor '${d.name}' for '${tpName(d.owner)}' objects doesn't apply to a '${typeName(obj)}' object`);
  }
  if (d.owner.builtin && d.name !== "__dict__" && d.name !== "__weakref__") {
    // a builtin type's computed attribute (`super().real`, `super().args`): its own value on obj
    const v = obj instanceof PyException ? exceptionAttr(obj, d.name)
      : specialAttr(obj instanceof PyInstance ? (obj as { value?: Py }).value ?? obj : obj, d.name);
    if (v !== undefined) return v;
  }
  if (d.cls === MemberDescriptorType) attributeError(obj, d.name); // an unset slot
  if (d.name === "__dict__" && obj instanceof PyInstance) return toDictMode(obj);
  return null; // __weakref__: there are no weak references
}

/** A property's value for obj: its getter called with obj (AttributeError without one). */
export function propertyGet(p: PyProperty, obj: Py): Py {
  if (p.fget === null) {
    propertyMissing(p.name, obj, "getter");
  }
  return callObject(p.fget, [obj]);
}

/** Is a class attribute a data descriptor (takes precedence over the instance dict)? */
function isDataDescriptor(attr: Py): boolean {
  if (attr instanceof PyProperty) return true;
  if (attr instanceof PyInstance || (attr instanceof PyType && !attr.cls.builtin)) {
    return lookup(attr.cls, "__set__") !== undefined || lookup(attr.cls, "__delete__") !== undefined;
  }
  return false;
}

/** A user-defined __getattribute__ on type t (the default ones, object's and type's, do not count). */
export function userGetattribute(t: PyType): Py {
  if (t.builtin) return undefined;
  typeCaches(t);
  let v = t.slotCache.get("__getattribute__");
  if (v === undefined) {
    const g = lookup(t, "__getattribute__");
    v = isBuiltinSlot(t, "__getattribute__", g) && (g.owner === ObjectType || g.owner === TypeType) ? MISSING : g;
    t.slotCache.set("__getattribute__", v);
  }
  return v === MISSING ? undefined : v;
}

/**
 * The dunder `name` on t's MRO unless it is the slot of t's builtin base (isBuiltinSlot), whose
 * behaviour the builtin paths have already: a class's own override, or undefined. Cached with
 * lookup's cache (each dict or container operation on a subclass's instance asks).
 */
export function slotOverride(t: PyType, name: string): Py {
  typeCaches(t);
  let v = t.slotCache.get(name);
  if (v === undefined) {
    const m = lookup(t, name);
    v = m === undefined || isBuiltinSlot(t, name, m) ? MISSING : m;
    t.slotCache.set(name, v);
  }
  return v === MISSING ? undefined : v;
}

/** The AttributeError for a missing attribute, for the lookup to throw itself (see attributeErrorOf). */
function noAttr(obj: Py, name: string): PyException {
  // a bound method hands unknown names to its function, which reports them
  if (obj instanceof PyMethod && obj.func instanceof PyFunction) return noAttr(obj.func, name);
  let e: PyException;
  if (obj instanceof PyType) e = newException(AttributeError, `type object '${obj.name}' has no attribute '${name}'`);
  else if (obj instanceof PyModule) e = newException(AttributeError, `module '${obj.name}' has no attribute '${name}'`);
  else return attributeErrorOf(obj, name);
  // (the name and object, as CPython's PyObject_GetAttr sets them: the traceback's hint reads them)
  e.fields = new Map<string, Py>([["name", name], ["obj", obj]]);
  return e;
}

/** getattr(obj, name): the full lookup (__getattribute__, descriptors, __getattr__). Raises AttributeError. */
export function getAttr(obj: Py, name: string): Py {
  const t = typeOf(obj);
  const ga = userGetattribute(t);
  if (ga !== undefined) {
    try {
      return callBound(ga, obj, t, [name]);
    } catch (e) {
      if (!(e instanceof PyException && isSubtype(e.cls, AttributeError))) throw e;
      const g2 = lookup(t, "__getattr__");
      if (g2 === undefined) throw attrErrorContext(e, obj, name);
      return userGetattr(g2, obj, t, name);
    }
  }
  if (!t.builtin && !(obj instanceof PyType)) {
    const g = lookup(t, "__getattr__");
    if (g !== undefined) {
      // __getattr__ also answers for an AttributeError raised while looking up (a property getter)
      let v: Py;
      try {
        v = genericGetAttr(obj, name);
      } catch (e) {
        if (!(e instanceof PyException && isSubtype(e.cls, AttributeError))) throw e;
        return userGetattr(g, obj, t, name);
      }
      if (v !== undefined) return v;
      return userGetattr(g, obj, t, name);
    }
  }
  const v = genericGetAttr(obj, name);
  if (v !== undefined) return v;
  // `list[int].x` is looked up, and missed, on list (types.GenericAlias's __getattribute__)
  if (obj instanceof PyGenericAlias && !ALIAS_OWN_ATTRS.has(name)) throw noAttr(obj.origin, name);
  throw noAttr(obj, name);
}

/** A class's `__getattr__` called for `name`; the AttributeError it raises gets the name and object. */
function userGetattr(g: Py, obj: Py, t: PyType, name: string): Py {
  try {
    return callBound(g, obj, t, [name]);
  } catch (e) {
    if (e instanceof PyException && isSubtype(e.cls, AttributeError)) throw attrErrorContext(e, obj, name);
    throw e;
  }
}

/**
 * An AttributeError leaving a user hook without `name` and `obj` gets them (CPython's
 * set_attribute_error_context, which the traceback's "Did you mean" hint reads).
 */
function attrErrorContext(e: PyException, obj: Py, name: string): PyException {
  const f = (e.fields ??= new Map());
  if ((f.get("name") ?? null) === null && (f.get("obj") ?? null) === null) {
    f.set("name", name);
    f.set("obj", obj);
  }
  return e;
}

/** object.__getattribute__: the generic lookup without user hooks. Raises AttributeError. */
export function rawGetAttr(obj: Py, name: string): Py {
  const v = genericGetAttr(obj, name);
  if (v === undefined) throw noAttr(obj, name);
  return v;
}

/** getattr without raising AttributeError for a missing attribute: returns undefined instead. */
export function getAttrOpt(obj: Py, name: string): Py {
  const t = typeOf(obj);
  if (!t.builtin && !(obj instanceof PyType)) {
    // (whether the class hooks attribute access, decided once per class and type epoch)
    typeCaches(t);
    if (t.hooksAttrs < 0) t.hooksAttrs = userGetattribute(t) !== undefined || lookup(t, "__getattr__") !== undefined ? 1 : 0;
    if (t.hooksAttrs === 1) {
      try {
        return getAttr(obj, name);
      } catch (e) {
        if (e instanceof PyException && isSubtype(e.cls, AttributeError)) return undefined;
        throw e;
      }
    }
  }
  return genericGetAttr(obj, name);
}

/** The generic attribute lookup (descriptors, instance storage, class attributes). */
function genericGetAttr(obj: Py, name: string): Py {
  if (obj instanceof PyType) return typeGetAttr(obj, name);
  const t = typeOf(obj);
  const cattr = lookup(t, name);
  // a data descriptor wins over the instance dict, if it can get (one with only __set__ cannot)
  if (cattr !== undefined && isDataDescriptor(cattr) && (cattr instanceof PyProperty || lookup(cattr.cls, "__get__") !== undefined)) {
    return bind(cattr, obj, t);
  }
  // instance storage
  if (obj instanceof PyInstance) {
    const v = instGet(obj, name);
    if (v !== undefined) return v;
    if (name === "__dict__" && t !== ObjectType && !t.noDict) return toDictMode(obj);
    if (name === "__class__" && cattr === undefined) return t; // (a class attribute __class__ = int wins)
    if (obj instanceof PyException) {
      const ev = exceptionAttr(obj, name);
      if (ev !== undefined) return ev;
    }
    // an int or float subclass instance has its value's real, imag, numerator and denominator
    const boxed = (obj as { value?: Py }).value;
    if (boxed !== undefined && (name === "real" || name === "imag" || name === "numerator" || name === "denominator")) {
      const v = specialAttr(boxed, name);
      if (v !== undefined) return v;
    }
  } else {
    const v = specialAttr(obj, name);
    if (v !== undefined) return v;
  }
  if (cattr !== undefined) return bind(cattr, obj, t);
  if (name === "__class__") return t;
  // every type has a __doc__; builtin types carry no docstrings (see docs/differences.md)
  if (name === "__doc__") return null;
  return undefined;
}

export const TracebackType: PyType = builtinTypeRef("traceback");

/** A traceback object (tb_lineno, tb_next) for an exception that has been raised. */
export class PyTraceback extends PyObject {
  /** tb_frame, made on first access. */
  frame: PyFrameObject | null = null;
  constructor(public readonly entry: TracebackEntry, public readonly next: PyTraceback | null) {
    super();
    this.cls = TracebackType;
  }
}

export const FrameType: PyType = builtinTypeRef("frame");

/**
 * A frame as introspection sees it (tb_frame, gi_frame): its code and the instruction it is at,
 * taken from what the traceback entry or the suspended generator already holds (nothing is
 * captured at raise time for it).
 */
export class PyFrameObject extends PyObject {
  /** A generator's frame: its instruction offset now (the frame keeps running). */
  livePc: (() => number) | null = null;
  // deno-lint-ignore no-explicit-any
  constructor(public readonly code: any, public readonly pc: number) {
    super();
    this.cls = FrameType;
  }
}

function frameAttr(f: PyFrameObject, name: string): Py {
  switch (name) {
    case "f_code":
      return f.code.pyCode ??= new PyCodeObject(f.code);
    case "f_lineno": {
      const pc = f.livePc !== null ? f.livePc() : f.pc;
      // not started yet: the def line, as CPython
      return pc < 0 ? (f.code.source ? f.code.source.line(f.code.firstOffset) : 1) : f.code.lineOf(pc);
    }
    case "f_lasti":
      return f.livePc !== null ? f.livePc() : f.pc;
  }
  return undefined;
}

/** Set an exception's traceback (`__traceback__ = tb`, with_traceback): a traceback or None. */
export function setTraceback(e: PyException, tb: Py): void {
  if (tb !== null && !(tb instanceof PyTraceback)) typeError("__traceback__ must be a traceback or None");
  const entries: TracebackEntry[] = [];
  for (let t: PyTraceback | null = tb; t !== null; t = t.next) entries.push(t.entry);
  e.tb = entries.reverse(); // innermost first
  e.tbFrame = null;
  // reading it back gives this very object
  e.tbObj = tb;
  e.tbObjLen = entries.length;
}

export const CodeType: PyType = builtinTypeRef("code", undefined, true);

/** A function's code object (read-only introspection: co_name, co_argcount, co_varnames, ...). */
export class PyCodeObject extends PyObject {
  // deno-lint-ignore no-explicit-any
  constructor(public readonly code: any) {
    super();
    this.cls = CodeType;
  }
}

function codeAttr(c: PyCodeObject, name: string): Py {
  const co = c.code;
  switch (name) {
    case "co_name":
      return co.name;
    case "co_qualname":
      return co.qualname ?? co.name;
    case "co_argcount":
      return co.argcount;
    case "co_posonlyargcount":
      return co.posonlyargcount;
    case "co_kwonlyargcount":
      return co.kwonlyargcount;
    case "co_nlocals":
      return co.nlocals;
    case "co_varnames":
      return new PyTuple(co.varnames.slice(0, co.nlocals));
    case "co_cellvars":
      return new PyTuple(co.cellvars.slice());
    case "co_freevars":
      return new PyTuple(co.freevars.slice());
    case "co_filename":
      return co.source?.filename ?? "<string>";
    case "co_firstlineno":
      return co.source ? co.source.line(co.firstOffset) : 1;
    case "co_flags":
      return co.pythonFlags();
  }
  return undefined;
}

/**
 * An exception's traceback object: the same object while the exception stays where it is; the
 * entries it gains unwinding further (one per frame, appended to `e.tb`, innermost first) become
 * new heads linked to the old chain, as CPython's tb_next chain grows from the outermost frame.
 */
function tracebackOf(e: PyException): Py {
  const n = e.tb.length;
  let tb = e.tbObj as PyTraceback | null;
  if (e.tbObjLen === n) return tb;
  if (e.tbObjLen > n) {
    tb = null;
    e.tbObjLen = 0;
  }
  for (let i = e.tbObjLen; i < n; i++) tb = new PyTraceback(e.tb[i], tb);
  e.tbObj = tb;
  e.tbObjLen = n;
  return tb;
}

function exceptionAttr(e: PyException, name: string): Py {
  switch (name) {
    case "args":
      return e.args;
    case "__cause__":
      return e.cause;
    case "__context__":
      return e.context;
    case "__suppress_context__":
      return e.suppressContext;
    case "__traceback__":
      return tracebackOf(e);
    case "value":
      if (isSubtype(e.cls, StopIteration)) return e.args.a.length > 0 ? e.args.a[0] : null;
      return undefined;
    case "code":
      if (isSubtype(e.cls, SystemExit)) return e.args.a.length === 0 ? null : e.args.a.length === 1 ? e.args.a[0] : e.args;
      return undefined;
    case "errno":
    case "strerror":
    case "filename":
    case "filename2":
      // set from OSError(errno, strerror[, filename[, winerror[, filename2]]]) (see osErrorInit)
      if (isOSError(e)) return e.fields?.get(name) ?? null;
      if (name !== "filename") return undefined;
      break;
    case "name":
      if (isSubtype(e.cls, NameErrorRef()) || isSubtype(e.cls, AttributeError) || isSubtype(e.cls, ImportError)) {
        return e.fields?.get("name") ?? null;
      }
      return e.fields?.get(name);
    case "obj":
      if (isSubtype(e.cls, AttributeError)) return e.fields?.get("obj") ?? null;
      return undefined;
    case "encoding":
    case "object":
    case "start":
    case "end":
    case "reason":
      return unicodeErrorAttr(e, name);
    case "path":
    case "msg":
      if (isSubtype(e.cls, ImportError)) return e.fields?.get(name) ?? null;
      break;
  }
  if (SYNTAX_ERROR_FIELDS.has(name) && isSubtype(e.cls, SyntaxError)) return e.fields?.get(name) ?? null;
  return e.fields?.get(name);
}

/** SyntaxError's fields (None until set by its constructor or assigned). */
export const SYNTAX_ERROR_FIELDS: Set<string> = new Set([
  "msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line",
]);

/** str() of a SyntaxError: `msg (file.py, line 3)`, with what is known of the place. */
function syntaxErrorStr(e: PyException): string {
  const f = e.fields;
  const msg = pyStr(f?.get("msg") ?? null);
  const filename = f?.get("filename");
  const lineno = f?.get("lineno");
  // CPython shows the base name, and the line only when it is an int proper (not a bool)
  const file = typeof filename === "string" ? filename.slice(filename.lastIndexOf("/") + 1) : null;
  const line = typeof lineno === "number" || typeof lineno === "bigint" ? String(lineno) : null;
  if (file !== null && line !== null) return `${msg} (${file}, line ${line})`;
  if (file !== null) return `${msg} (${file})`;
  if (line !== null) return `${msg} (line ${line})`;
  return msg;
}

function isOSError(e: PyException): boolean {
  return isSubtype(e.cls, OSError);
}

/** The OSError subclass CPython's OSError(errno, ...) makes for an errno (of those defined here). */
const ERRNO_CLASSES = new Map<number, PyType>([
  [1, PermissionError], [2, FileNotFoundError], [13, PermissionError], [17, FileExistsError],
  [20, NotADirectoryError], [21, IsADirectoryError], [32, BrokenPipeError], [108, BrokenPipeError], [110, TimeoutError],
]);

/**
 * A new instance of an exception class from its constructor's positional arguments, as
 * BaseException.__new__ makes it. OSError's own: `OSError(2, "x")` is a FileNotFoundError, and
 * the errno, strerror and filename fields are set here, unless the class has an __init__ of its
 * own (then they are left to OSError.__init__, which that __init__ may call, and args start empty).
 */
export function newExceptionInstance(cls: PyType, args: Py[]): PyException {
  if (!isSubtype(cls, OSError)) return new PyException(cls, new PyTuple(args));
  if (!(lookup(cls, "__init__") instanceof PyBuiltin)) return new PyException(cls, EMPTY_TUPLE);
  if (cls === OSError && args.length >= 2 && args.length <= 5 && typeof args[0] === "number") cls = ERRNO_CLASSES.get(args[0]) ?? cls;
  const e = new PyException(cls, EMPTY_TUPLE);
  osErrorInit(e, args);
  return e;
}

/** OSError's argument parsing: from 2 to 5 arguments set errno, strerror, filename and filename2;
 * with a filename, args keeps only (errno, strerror). */
export function osErrorInit(e: PyException, args: Py[]): void {
  e.args = new PyTuple(args);
  if (args.length < 2 || args.length > 5) return;
  const f = e.fields ??= new Map();
  f.set("errno", args[0]);
  f.set("strerror", args[1]);
  const filename = args.length > 2 ? args[2] : null;
  if (filename === null) return;
  f.set("filename", filename);
  if (args.length === 5) f.set("filename2", args[4]);
  e.args = new PyTuple([args[0], args[1]]);
}

function NameErrorRef(): PyType {
  return hooks.NameError;
}

/** A str, or the str value of an instance of a str subclass; anything else unchanged. */
function strValue(r: Py): Py {
  const v = baseValue(r);
  return typeof v === "string" ? v : r;
}

let extraNames: Map<PyType, readonly string[]> | null = null;

/**
 * The attributes `specialAttr` and `exceptionAttr` serve for instances of `t` itself (not its
 * bases) that are not in its dict (CPython's member and getset descriptors), for dir().
 *
 * @example
 * extraAttrNames(IntType);  // ["real", "imag", "numerator", "denominator"]
 */
export function extraAttrNames(t: PyType): readonly string[] {
  if (extraNames === null) {
    const fields = ["encoding", "object", "start", "end", "reason"];
    const exc = ["args", "__cause__", "__context__", "__suppress_context__", "__traceback__"];
    extraNames = new Map<PyType, readonly string[]>([
      [IntType, ["real", "imag", "numerator", "denominator"]],
      [FloatType, ["real", "imag"]],
      [ComplexType, ["real", "imag"]],
      [RangeType, ["start", "stop", "step"]],
      [SliceType, ["start", "stop", "step"]],
      [PropertyType, ["fget", "fset", "fdel", "__doc__", "__isabstractmethod__"]],
      [FunctionType, ["__closure__", "__doc__", "__globals__", "__module__", "__builtins__", "__code__", "__defaults__", "__kwdefaults__",
        "__annotations__", "__dict__", "__name__", "__qualname__"]],
      [MethodType, ["__func__", "__self__", "__doc__"]],
      [BuiltinFunctionType, ["__module__", "__doc__", "__name__", "__qualname__", "__self__"]],
      [StaticMethodType, ["__func__", "__wrapped__", "__isabstractmethod__", "__dict__"]],
      [ClassMethodType, ["__func__", "__wrapped__", "__isabstractmethod__", "__dict__"]],
      [SuperType, ["__thisclass__", "__self__", "__self_class__"]],
      [UnionType, ["__args__", "__parameters__"]],
      [GenericAliasType, ["__origin__", "__args__", "__parameters__", "__unpacked__"]],
      [BaseException, exc],
      [OSError, ["errno", "strerror", "filename", "filename2", "characters_written"]],
      [StopIteration, ["value"]],
      [SystemExit, ["code"]],
      [ImportError, ["msg", "name", "path"]],
      [NameErrorRef(), ["name"]],
      [AttributeError, ["name", "obj"]],
      [SyntaxError, ["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"]],
      [UnicodeDecodeError, fields],
      [UnicodeEncodeError, fields],
      [UnicodeTranslateError, fields],
      [GeneratorType, ["__name__", "__qualname__", "gi_code", "gi_frame", "gi_running", "gi_suspended", "gi_yieldfrom"]],
      [CoroutineType, ["__name__", "__qualname__", "cr_await", "cr_code", "cr_frame", "cr_running", "cr_suspended"]],
      [AsyncGeneratorType, ["__name__", "__qualname__", "ag_await", "ag_code", "ag_frame", "ag_running"]],
      [DictKeysType, ["mapping"]],
      [DictValuesType, ["mapping"]],
      [DictItemsType, ["mapping"]],
      [CellType, ["cell_contents"]],
      [CodeType, ["co_argcount", "co_cellvars", "co_filename", "co_firstlineno", "co_flags", "co_freevars",
        "co_kwonlyargcount", "co_name", "co_nlocals", "co_posonlyargcount", "co_qualname", "co_varnames"]],
    ]);
  }
  return extraNames.get(t) ?? [];
}

/**
 * CPython's object.__dir__(o): the keys of o's `__dict__` (when it is a dict), then the names of
 * o's `__class__`, its bases and theirs (classDirNames). dir() sorts them.
 */
export function objectDirNames(o: Py): Py[] {
  const d = new PyDict();
  const own = getAttrOpt(o, "__dict__");
  if (own instanceof PyDict) for (const k of dictKeys(own)) dictSet(d, k, null);
  const c = getAttrOpt(o, "__class__");
  if (c instanceof PyType) mergeClassNames(d, c);
  return dictKeys(d);
}

/** CPython's type.__dir__(c): the names in the namespaces of c, its bases and theirs. */
export function classDirNames(c: PyType): Py[] {
  const d = new PyDict();
  mergeClassNames(d, c);
  return dictKeys(d);
}

/** CPython's merge_class_dict: c's namespace, then each base's, depth first. */
function mergeClassNames(d: PyDict, c: PyType): void {
  for (const k of c.dict.keys()) dictSet(d, k, null);
  for (const k of extraAttrNames(c)) dictSet(d, k, null);
  // (every builtin type has __doc__ in its namespace, and object its __class__ descriptor)
  if (c.builtin) dictSet(d, "__doc__", null);
  if (c === ObjectType) dictSet(d, "__class__", null);
  for (const b of c.bases) mergeClassNames(d, b);
}

const extraDescriptors = new Map<string, PyDescriptor>();
// the computed ones (CPython's getset descriptors); the rest are member descriptors
const GETSET_ATTRS = new Set(["float.real", "float.imag", "BaseException.args", "BaseException.__cause__",
  "BaseException.__context__", "BaseException.__traceback__", "OSError.characters_written", "UnionType.__parameters__", "GenericAlias.__parameters__",
  "generator.__name__", "generator.__qualname__", "coroutine.__name__", "coroutine.__qualname__",
  "async_generator.__name__", "async_generator.__qualname__", "generator.gi_frame", "generator.gi_running", "generator.gi_suspended", "generator.gi_yieldfrom",
  "coroutine.cr_await", "coroutine.cr_frame", "coroutine.cr_running", "coroutine.cr_suspended",
  "async_generator.ag_await", "async_generator.ag_frame", "dict_keys.mapping", "dict_values.mapping",
  "dict_items.mapping", "cell.cell_contents", "code.co_varnames", "code.co_cellvars", "code.co_freevars",
  "property.__isabstractmethod__", "function.__code__", "function.__defaults__", "function.__kwdefaults__", "function.__annotations__",
  "function.__dict__", "function.__name__", "function.__qualname__", "method.__doc__", "builtin_function_or_method.__doc__",
  "builtin_function_or_method.__name__", "builtin_function_or_method.__qualname__", "builtin_function_or_method.__self__",
  "staticmethod.__isabstractmethod__", "staticmethod.__dict__", "classmethod.__isabstractmethod__", "classmethod.__dict__"]);

/**
 * The descriptor `complex.real` or `ValueError.args` names: one of the attributes
 * `extraAttrNames` lists for `t` or a base, made on first use (undefined if none).
 */
function extraAttrDescriptor(t: PyType, name: string): PyDescriptor | undefined {
  for (const c of t.mro) {
    if (!c.builtin || !extraAttrNames(c).includes(name)) continue;
    const key = `${c.name}.${name}`;
    let d = extraDescriptors.get(key);
    if (d === undefined) {
      d = new PyDescriptor(name, c, GETSET_ATTRS.has(key) ? GetSetDescriptorType : MemberDescriptorType);
      extraDescriptors.set(key, d);
    }
    return d;
  }
  return undefined;
}

/** Attributes of builtin objects that are not in their type's dict. */
function specialAttr(obj: Py, name: string): Py {
  if (typeof obj !== "object" || obj === null) {
    const t = typeof obj;
    if (t !== "number" && t !== "bigint" && t !== "boolean") return undefined;
    // bool's real and numerator are the plain int
    if (name === "real" || name === "numerator") return t === "boolean" ? (obj ? 1 : 0) : obj;
    if (name === "imag") return 0;
    if (name === "denominator") return 1;
    return undefined;
  }
  if (obj instanceof PyFunction) {
    switch (name) {
      case "__name__":
        return obj.name;
      case "__qualname__":
        return obj.qualname;
      case "__doc__":
        return obj.doc;
      case "__module__":
        return obj.module !== undefined ? obj.module : obj.globals.name;
      case "__builtins__":
        return moduleDict(hooks.builtinsModule());
      case "__defaults__":
        return obj.defaults === null ? null : new PyTuple(obj.defaults);
      case "__kwdefaults__":
        return obj.kwdefaults;
      case "__dict__":
        return attrsDict(obj);
      case "__globals__":
        return moduleDict(obj.globals);
      case "__closure__":
        return obj.closure === null ? null : new PyTuple(obj.closure.map((c) => c));
      case "__code__":
        return obj.code.pyCode ??= new PyCodeObject(obj.code);
      case "__annotations__":
        return obj.annotations ??= new PyDict();
    }
    return attrsGet(obj, name);
  }
  if (obj instanceof PyMethod) {
    if (name === "__self__") return obj.self;
    // a builtin type's method bound to a value (`[].append`, `(1).__add__`) is a builtin method or method-wrapper
    if (obj.cls !== MethodType) return boundBuiltinAttr(obj.func as PyBuiltin, obj.cls, obj.self, name);
    if (name === "__func__") return obj.func;
    // (CPython's method_getattro: the method type's own attributes, then the function's)
    if (name === "__class__" || (name !== "__doc__" && lookup(MethodType, name) !== undefined)) return undefined;
    return getAttrOpt(obj.func, name);
  }
  if (obj instanceof PyBuiltin) {
    if (name === "__name__") return obj.name;
    const owner = obj.name === "__new__" ? typeNewOwner.get(obj) ?? obj.owner : obj.owner;
    if (name === "__qualname__") return owner === null ? obj.name : `${owner.qualname}.${obj.name}`;
    if (name === "__doc__") return null;
    if (obj.self !== undefined) return boundBuiltinAttr(obj, obj.cls, obj.self, name);
    // a builtin function's __self__ is the builtins module, a type's __new__'s the type; a method
    // descriptor has none
    if (owner === null || obj.cls === BuiltinFunctionType) {
      if (name === "__self__") return owner === null ? hooks.builtinsModule() : owner;
      if (name === "__module__") return owner === null ? "builtins" : null;
      return undefined;
    }
    if (name === "__objclass__") return owner;
    return undefined;
  }
  if (obj instanceof PyModule) {
    if (name === "__name__") return obj.name;
    if (name === "__dict__") return moduleDict(obj);
    return obj.get(name);
  }
  if (obj instanceof PyFloat) {
    if (name === "real") return obj;
    if (name === "imag") return new PyFloat(0);
    return undefined;
  }
  if (obj instanceof PyComplex) {
    if (name === "real") return new PyFloat(obj.re);
    if (name === "imag") return new PyFloat(obj.im);
    return undefined;
  }
  if (obj instanceof PyRange) {
    if (name === "start" || name === "stop" || name === "step") return rangeAttr(obj, name);
    return undefined;
  }
  if (obj instanceof PySlice) {
    if (name === "start") return obj.start;
    if (name === "stop") return obj.stop;
    if (name === "step") return obj.step;
    return undefined;
  }
  if (obj instanceof PyProperty) {
    if (name === "fget") return obj.fget;
    if (name === "fset") return obj.fset;
    if (name === "fdel") return obj.fdel;
    if (name === "__doc__") {
      // (a subclass's instance keeps it in its __dict__, and without one there has its class's)
      if (obj.cls.builtin) return obj.doc;
      return attrsGet(obj, name);
    }
    if (name === "__isabstractmethod__") return isAbstract(obj.fget) || isAbstract(obj.fset) || isAbstract(obj.fdel);
    return subclassAttr(obj, name);
  }
  if (obj instanceof PyStaticMethod || obj instanceof PyClassMethod) {
    // a builtin type's class method (`dict.__dict__["fromkeys"]`): a method descriptor's names
    if (obj.cls === ClassMethodDescriptorType) {
      return name === "__name__" || name === "__qualname__" || name === "__doc__" || name === "__objclass__" ? specialAttr(obj.func, name) : undefined;
    }
    if (name === "__func__" || name === "__wrapped__") return obj.func;
    if (name === "__isabstractmethod__") return isAbstract(obj.func);
    if (name === "__dict__") return attrsDict(obj);
    // its own attributes, which start as a copy of the function's __name__, __doc__... (not the
    // function's others: a staticmethod has no __defaults__ or __code__)
    return dictGet(holderAttrs(obj), name);
  }
  if (obj instanceof PySuper) {
    const v = superGetAttr(obj, name);
    return v !== undefined ? v : subclassAttr(obj, name);
  }
  if (obj instanceof PyDescriptor) {
    if (name === "__name__") return obj.name;
    if (name === "__qualname__") return `${obj.owner.qualname}.${obj.name}`;
    if (name === "__objclass__") return obj.owner;
    if (name === "__doc__") return null;
    return undefined;
  }
  if (obj instanceof PyCodeObject) return codeAttr(obj, name);
  if (obj instanceof PyFrameObject) return frameAttr(obj, name);
  if (obj instanceof PyCell && name === "cell_contents") {
    if (obj.v === undefined) raise(hooks.ValueError, "Cell is empty");
    return obj.v;
  }
  if (obj instanceof PyTraceback) {
    if (name === "tb_lineno") return obj.entry.code.lineOf(obj.entry.pc);
    if (name === "tb_next") return obj.next;
    if (name === "tb_frame") return obj.frame ??= new PyFrameObject(obj.entry.code, obj.entry.pc);
    // (-1: raised in a generator before its first instruction, by throw())
    if (name === "tb_lasti") return Math.max(obj.entry.pc, 0);
    return undefined;
  }
  // builtin containers of user subclasses carry an attribute map
  const attrs = obj === null ? undefined : (obj as { attrs?: PyDict | null }).attrs;
  if (attrs) {
    const v = dictGet(attrs, name);
    if (v !== undefined) return v;
  }
  if (name === "__dict__" && attrs !== undefined && !typeOf(obj).builtin && !typeOf(obj).noDict) return attrsDict(obj as AttrHolder);
  const ex = hooks.specialAttr?.(obj, name);
  return ex;
}

/**
 * An attribute of a builtin method bound to its receiver (beside `__self__`): a method-wrapper
 * (`(1).__add__`, type `t`) also has `__objclass__` and no `__module__`.
 */
function boundBuiltinAttr(f: PyBuiltin, t: PyType, self: Py, name: string): Py {
  switch (name) {
    case "__name__":
      return f.name;
    case "__qualname__":
      // a builtin method names its receiver's class (the class itself for a class: `A.mro`), a
      // method-wrapper the type that defines it
      if (f.owner === null) return f.name;
      return `${(t === MethodWrapperType ? f.owner : self instanceof PyType ? self : typeOf(self)).qualname}.${f.name}`;
    case "__doc__":
      return null;
    case "__module__":
      return t === MethodWrapperType ? undefined : f.owner === null ? "builtins" : null;
    case "__objclass__":
      return t === MethodWrapperType ? f.owner : undefined;
  }
  return undefined;
}

/** An attribute of an instance of a user subclass of property or super (its __dict__). */
function subclassAttr(obj: PyProperty | PySuper, name: string): Py {
  if (obj.cls.builtin) return undefined;
  const v = attrsGet(obj, name);
  if (v !== undefined) return v;
  if (name === "__dict__" && !obj.cls.noDict) return attrsDict(obj);
  return undefined;
}

/** Does a wrapped callable say it is abstract (a true `__isabstractmethod__`, as abc's decorator sets)? */
function isAbstract(f: Py): boolean {
  if (f === null) return false;
  const v = getAttrOpt(f, "__isabstractmethod__");
  return v !== undefined && pyBool(v);
}

/** A snapshot of a module's namespace, its names in the order they were bound (PyModule.boundAt). */
export function moduleDict(m: PyModule): PyDict {
  const d = new PyDict();
  const bound: number[] = [];
  for (let i = 0; i < m.names.length; i++) if (m.values[i] !== undefined) bound.push(i);
  const at = m.boundAt;
  bound.sort((a, b) => (at[a] ?? -1) - (at[b] ?? -1) || a - b);
  for (const i of bound) dictSet(d, m.names[i], m.values[i]);
  return d;
}

/** Attribute lookup on a class object. */
export function typeGetAttr(t: PyType, name: string): Py {
  // a data descriptor on a user metaclass wins over the class's own attributes
  // (type.__getattribute__); `type` itself has none besides the names handled below
  const meta = t.cls;
  const mattr = meta.builtin ? undefined : lookup(meta, name);
  if (mattr !== undefined && isDataDescriptor(mattr) && (!(mattr instanceof PyInstance) || lookup(mattr.cls, "__get__") !== undefined)) {
    return bind(mattr, t, meta);
  }
  // type's own data descriptors (__name__, __mro__, __dict__...) win over the class's namespace
  if (name.charCodeAt(0) === 95 && name.charCodeAt(1) === 95) {
    const a = typeDescrAttr(t, name);
    if (a !== undefined) return a === MISSING ? undefined : a;
  }
  const v = lookup(t, name);
  if (v !== undefined) return classAttrGet(v, t);
  {
    const d = extraAttrDescriptor(t, name);
    if (d !== undefined) return d;
  }
  // metaclass attributes (methods of `type` such as mro())
  {
    const m = meta.builtin ? lookup(meta, name) : mattr;
    if (m !== undefined) return bind(m, t, meta);
  }
  // a metaclass __getattr__ answers for names the class does not have
  if (!meta.builtin) {
    const ga = lookup(meta, "__getattr__");
    if (ga !== undefined) return callBound(ga, t, meta, [name]);
  }
  return undefined;
}

/**
 * classmethod.__get__ for class t: the callable bound to t, or, when the callable is a descriptor
 * itself (a staticmethod, a property, another classmethod, an object with `__get__`), what its
 * `__get__(t, t)` returns, as CPython 3.11 and 3.12 chain them (3.13 drops this).
 */
export function classMethodGet(cm: PyClassMethod, t: PyType): Py {
  const f = cm.func;
  if (f instanceof PyFunction || cm.cls === ClassMethodDescriptorType) return new PyMethod(f, t);
  if (f === null) runtimeError("uninitialized classmethod object");
  if (typeof f === "object" && !(f instanceof PyBuiltin) && !(f instanceof PyMethod)) {
    const get = lookup(typeOf(f), "__get__");
    if (get !== undefined) return callBound(get, f, typeOf(f), [t, t]);
  }
  return new PyMethod(f, t);
}

/** A class attribute read through class t (`C.x`: its descriptor's `__get__(None, C)`). */
function classAttrGet(v: Py, t: PyType): Py {
  if (typeof v === "object" && v !== null) {
    if ((v instanceof PyClassMethod || v instanceof PyStaticMethod || v instanceof PyProperty) && !v.cls.builtin) return subclassGet(v, null, t);
    if (v instanceof PyClassMethod) return classMethodGet(v, t);
    if (v instanceof PyStaticMethod) return v.func;
    if ((v instanceof PyInstance && !(v instanceof PyException)) || (v instanceof PyType && !v.cls.builtin)) {
      const get = lookup(v.cls, "__get__");
      if (get !== undefined) return callObject(get, [v, null, t]);
    }
  }
  return v;
}

/** The attributes type's own getset and member descriptors give a class (`type.__dict__["__name__"]`). */
export const TYPE_GETSETS: readonly string[] = [
  "__name__", "__qualname__", "__module__", "__bases__", "__dict__", "__doc__", "__annotations__", "__abstractmethods__",
];
export const TYPE_MEMBERS: readonly string[] = ["__mro__", "__base__"];

/**
 * What type's data descriptors give class t, before its namespace (undefined for other names,
 * MISSING when t has no such attribute): `__name__` is the class's name even if its body set a
 * `__name__` attribute. `__module__` and `__doc__` read the class's own namespace, as CPython's
 * getters do; `__class__` is object's.
 */
function typeDescrAttr(t: PyType, name: string): Py {
  switch (name) {
    case "__name__":
      return t.name;
    case "__qualname__":
      return t.qualname;
    case "__module__": {
      const m = t.builtin ? undefined : t.dict.get("__module__");
      return m !== undefined ? m : t.module;
    }
    case "__mro__":
      return new PyTuple(t.mro);
    case "__bases__":
      return new PyTuple(t.bases);
    case "__base__":
      return t.base;
    case "__dict__":
      return new PyMappingProxy(t, true);
    case "__doc__": {
      // (builtin types carry no docstrings: docs/differences.md)
      const d = t.builtin ? undefined : t.dict.get("__doc__");
      return d === undefined ? null : classAttrGet(d, t);
    }
    case "__class__":
      return t.cls;
    case "__annotations__":
      // the class's own, made on first access (not inherited); builtin types have none
      return t.builtin ? MISSING : typeAnnotations(t);
    case "__abstractmethods__": {
      // the class's own (abc sets it on each class), never type's: AttributeError naming it alone
      const a = t === TypeType ? undefined : t.dict.get(name);
      if (a === undefined) raise(AttributeError, name);
      return a;
    }
  }
  return undefined;
}

/**
 * `C.__annotations__` (CPython's type_get_annotations): the class's own `__annotations__`
 * (through its `__get__` if it has one), else a new empty dict, stored in the class namespace.
 */
function typeAnnotations(t: PyType): Py {
  const a = t.dict.get("__annotations__");
  if (a === undefined) {
    const d = new PyDict();
    t.dict.set("__annotations__", d);
    bumpTypeEpoch();
    return d;
  }
  return a instanceof PyDict ? a : classAttrGet(a, t);
}

/**
 * The mapping a mappingproxy shows: a class's namespace as a dict (a copy, for what is not read
 * from the namespace directly: views, copy(), comparisons, repr), or the mapping it wraps.
 */
export function proxyMapping(p: PyMappingProxy): Py {
  if (!p.ofClass) return p.target;
  const d = new PyDict();
  for (const [k, x] of (p.target as PyType).dict) dictSet(d, k, x);
  return d;
}

/** The type super(t, obj) searches: obj itself when it is a subclass of t, else obj's type (CPython's supercheck). */
export function superCheck(t: PyType, obj: Py): PyType {
  if (obj instanceof PyType && isSubtype(obj, t)) return obj;
  const ot = typeOf(obj);
  if (!isSubtype(ot, t)) typeError("super(type, obj): obj must be an instance or subtype of type");
  return ot;
}

/** super.__get__(obj): an unbound super(t) bound to obj (a bound one, or no obj, is itself). */
export function superDescrGet(s: PySuper, obj: Py): Py {
  if (obj === null || s.obj !== null) return s;
  if (s.cls !== SuperType) return callObject(s.cls, [s.type, obj]);
  return new PySuper(s.type, obj, superCheck(s.type, obj));
}

function superGetAttr(s: PySuper, name: string): Py {
  const mro = s.objType.mro;
  // an unbound super(t) finds nothing along the MRO, nor does __class__ (the super object's own)
  let i = s.obj === null || name === "__class__" ? mro.length : mro.indexOf(s.type);
  for (i = i + 1; i < mro.length; i++) {
    let v = mro[i].dict.get(name);
    // (the attributes builtin types compute, `complex.real`, `BaseException.args`, are not in their dicts)
    if (v === undefined && mro[i].builtin && extraAttrNames(mro[i]).includes(name)) v = extraAttrDescriptor(mro[i], name);
    if (v !== undefined) {
      if (s.obj === s.objType || s.obj instanceof PyType && s.obj === s.objType) {
        // super() in a classmethod: bind to the class
        if ((v instanceof PyClassMethod || v instanceof PyStaticMethod || v instanceof PyProperty) && !v.cls.builtin) return subclassGet(v, null, s.obj);
        if (v instanceof PyClassMethod) return classMethodGet(v, s.obj);
        if (v instanceof PyStaticMethod) return v.func;
        if (v instanceof PyFunction) return v;
        return v;
      }
      return bind(v, s.obj, s.objType);
    }
  }
  // the super object's own members
  switch (name) {
    case "__class__":
      return SuperTypeRef();
    case "__thisclass__":
      return s.type;
    case "__self__":
      return s.obj;
    case "__self_class__":
      return s.obj === null ? null : s.objType;
  }
  return undefined;
}
function SuperTypeRef(): Py {
  return typeOf(new PySuper(ObjectType, null, ObjectType));
}

/** setattr(obj, name, v). */
export function setAttr(obj: Py, name: string, v: Py): void {
  if (obj instanceof PyType) {
    // a metaclass's own __setattr__ first
    const sa = metaHook(obj, "__setattr__");
    if (sa !== undefined) callBound(sa, obj, obj.cls, [name, v]);
    else typeSetAttr(obj, name, v);
    return;
  }
  const t = typeOf(obj);
  if (!t.builtin) {
    // type(obj).__setattr__ first; object.__setattr__ (setAttrRaw) handles descriptors
    const sa = lookup(t, "__setattr__");
    if (sa !== undefined && !isBuiltinSlot(t, "__setattr__", sa)) {
      callBound(sa, obj, t, [name, v]);
      return;
    }
  }
  setAttrRaw(obj, name, v);
}

/**
 * obj.__class__ = v, with CPython's rules (object_set_class): both classes user-defined, and
 * instances of the same layout (compatible_for_assignment).
 */
function setClass(obj: Py, v: Py): void {
  if (!(v instanceof PyType)) typeError(`__class__ must be set to a class, not '${typeName(v)}' object`);
  const old = typeOf(obj);
  if (old.builtin || v.builtin) typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
  checkCompatible(old, v, "__class__");
  obj.cls = v;
  // an instance's shape belongs to its class
  if (obj instanceof PyInstance && obj.shape !== null) toDictMode(obj);
}

/** Builtin types whose instances are not garbage-collected in CPython (their deallocator differs
 * from every class statement's). */
const NON_GC: ReadonlySet<PyType> = new Set([
  ObjectType, IntType, BoolType, FloatType, ComplexType, StrType, BytesType, ByteArrayType, RangeType,
]);

/**
 * CPython's compatible_for_assignment: may what was laid out for `oldto` be `newto`'s (`obj.__class__
 * = newto`, or a class's new __base__)? TypeError otherwise.
 */
export function checkCompatible(oldto: PyType, newto: PyType, attr: string): void {
  if (NON_GC.has(newto) !== NON_GC.has(oldto)) typeError(`${attr} assignment: '${newto.name}' deallocator differs from '${oldto.name}'`);
  const a = layoutRoot(newto), b = layoutRoot(oldto);
  if (a !== b && (a.builtin || b.builtin || a.base !== b.base || !sameSlotsAdded(a, b))) {
    typeError(`${attr} assignment: '${newto.name}' object layout differs from '${oldto.name}'`);
  }
}

/** The __slots__ a class declares itself (mangling aside), sorted as CPython keeps them. */
function ownSlots(t: PyType): string[] {
  const sl = t.declaredSlots;
  if (sl === null) return [];
  return sl.filter((n) => n !== "__dict__" && n !== "__weakref__").sort();
}

/** Do instances of t carry a __dict__ (user classes unless slotted, builtin exceptions)? */
function instanceHasDict(t: PyType): boolean {
  return t.builtin ? isSubtype(t, BaseException) : !t.noDict;
}

/** Do instances of t take weak references (a user class knows; a builtin has a `__weakref__` descriptor on its MRO)? */
function instanceHasWeakref(t: PyType): boolean {
  return t.builtin ? lookup(t, "__weakref__") instanceof PyDescriptor : t.weakrefSlot;
}

/** Does t lay out its instances as its base does (CPython's compatible_with_tp_base)? */
function sameLayoutAsBase(t: PyType): boolean {
  const b = t.base;
  if (b === null) return false;
  if (t.builtin) return b !== ObjectType && t.layout === b.layout && !t.extraIvars;
  return ownSlots(t).length === 0 && instanceHasDict(t) === instanceHasDict(b) && instanceHasWeakref(t) === instanceHasWeakref(b);
}

function layoutRoot(t: PyType): PyType {
  while (sameLayoutAsBase(t)) t = t.base!;
  return t;
}

/** Two classes over one base that add the same slots (CPython's same_slots_added); a __dict__
 * added to a variable-size builtin (int, tuple, bytes) makes every such class its own layout. */
function sameSlotsAdded(a: PyType, b: PyType): boolean {
  const l = a.base!.layout;
  if (l === IntType || l === TupleType || l === BytesType) return false;
  return instanceHasDict(a) === instanceHasDict(b) && instanceHasWeakref(a) === instanceHasWeakref(b) &&
    ownSlots(a).join(",") === ownSlots(b).join(",");
}

/** A data descriptor's setter for `name` on obj's class (property, __set__), or false. */
function setViaDescriptor(obj: Py, t: PyType, name: string, v: Py): boolean {
  const cattr = lookup(t, name);
  if (cattr === undefined) return false;
  if (cattr instanceof PyProperty) {
    if (!cattr.cls.builtin) callObject(lookup(cattr.cls, "__set__"), [cattr, obj, v]);
    else if (cattr.fset === null) propertyMissing(cattr.name, obj, "setter");
    else callObject(cattr.fset, [obj, v]);
    return true;
  }
  if (cattr instanceof PyInstance || (cattr instanceof PyType && !cattr.cls.builtin)) {
    const set = lookup(cattr.cls, "__set__");
    if (set !== undefined) {
      callObject(set, [cattr, obj, v]);
      return true;
    }
    // __delete__ alone still makes a data descriptor: it has no way to set
    if (lookup(cattr.cls, "__delete__") !== undefined) raise(AttributeError, "__set__");
  }
  // __weakref__, and the computed attributes of builtin types (int.real, float.imag) have no setter
  // (type's own, reached through a metaclass, are typeSetAttr's)
  if (cattr instanceof PyDescriptor && (name === "__weakref__" || (cattr.owner.builtin && name !== "__dict__" && cattr.owner !== TypeType))) {
    raise(AttributeError, `attribute '${name}' of '${tpName(cattr.owner)}' objects is not writable`);
  }
  return false;
}

/** object.__setattr__: data descriptors, then the instance, without consulting __setattr__. */
/** Setting an attribute instances of t have no room for (no __dict__, not one of its __slots__). */
function noSlotFor(t: PyType, name: string): never {
  if (t !== ObjectType && lookup(t, name) !== undefined) raise(AttributeError, `'${tpName(t)}' object attribute '${name}' is read-only`);
  raise(AttributeError, `'${tpName(t)}' object has no attribute '${name}'`);
}

export function setAttrRaw(obj: Py, name: string, v: Py): void {
  if (typeof obj === "object" && obj !== null && !(obj instanceof PyType) && !(obj.cls as PyType).builtin) {
    if (setViaDescriptor(obj, obj.cls, name, v)) return;
  }
  // object's __class__ (a class attribute of that name shadows it, as in CPython)
  if (name === "__class__" && !(obj instanceof PyType) && lookup(typeOf(obj), name) === undefined) {
    setClass(obj, v);
    return;
  }
  if (obj instanceof PyException) {
    // the exception's own fields (PyException is an instance: check them before its attributes)
    if (setUnicodeErrorAttr(obj, name, v)) return;
    if (name === "__cause__") {
      if (v !== null && !(v instanceof PyException)) typeError("exception cause must be None or derive from BaseException");
      obj.cause = v;
      obj.suppressContext = true;
      return;
    }
    if (name === "__context__") {
      if (v !== null && !(v instanceof PyException)) typeError("exception context must be None or derive from BaseException");
      obj.context = v;
      return;
    }
    if (name === "__suppress_context__") {
      if (typeof v !== "boolean") typeError("attribute value type must be bool");
      obj.suppressContext = v;
      return;
    }
    if (name === "__traceback__") {
      setTraceback(obj, v);
      return;
    }
    if (SYNTAX_ERROR_FIELDS.has(name) && isSubtype(obj.cls, SyntaxError)) {
      (obj.fields ??= new Map()).set(name, v);
      return;
    }
    if (name === "args") {
      obj.args = new PyTuple(iterToArray(v));
      return;
    }
  }
  if (obj instanceof PyInstance) {
    const t = obj.cls;
    if (t === ObjectType || (t.slotNames !== null && !t.slotNames.has(name))) noSlotFor(t, name);
    if (name === "__dict__") instSetDict(obj, v);
    else instSet(obj, name, v);
    return;
  }
  if (obj instanceof PyCell && name === "cell_contents") {
    obj.v = v;
    return;
  }
  // property's __doc__ is a writable member (a subclass's instance keeps it in its __dict__)
  if (obj instanceof PyProperty && name === "__doc__" && obj.cls.builtin) {
    obj.doc = v;
    return;
  }
  if (obj instanceof PyFunction) {
    if (name === "__name__" || name === "__qualname__") {
      const s = asStr(v);
      if (s === undefined) typeError(`${name} must be set to a string object`);
      if (name === "__name__") obj.name = s;
      else obj.qualname = s;
    }
    else if (name === "__doc__") obj.doc = v;
    else if (name === "__module__") obj.module = v;
    else if (name === "__annotations__") {
      if (v !== null && !(v instanceof PyDict)) typeError("__annotations__ must be set to a dict object");
      obj.annotations = v;
    } else if (name === "__code__") setFunctionCode(obj, v);
    else if (name === "__globals__" || name === "__closure__" || name === "__builtins__") raise(AttributeError, "readonly attribute");
    else if (name === "__defaults__" || name === "__kwdefaults__") {
      if (name === "__defaults__") {
        if (v !== null && !(v instanceof PyTuple)) typeError("__defaults__ must be set to a tuple object");
        obj.defaults = v === null ? null : (v as PyTuple).a.slice();
      } else {
        if (v !== null && !(v instanceof PyDict)) typeError("__kwdefaults__ must be set to a dict object");
        obj.kwdefaults = v as PyDict | null;
      }
      // memoized callers may depend on the old defaults
      hooks.functionChanged?.();
    }
    else attrsSet(obj, name, v);
    return;
  }
  if (obj instanceof PyModule) {
    obj.set(name, v);
    if (obj.builtin) hooks.rebindBuiltin(name, v);
    return;
  }
  const t = typeOf(obj);
  if (!t.builtin && "attrs" in obj) {
    // a slotted subclass of list, tuple, dict, set: no __dict__ for other names
    if (t.slotNames !== null && !t.slotNames.has(name)) noSlotFor(t, name);
    attrsSet(obj as AttrHolder, name, v);
    return;
  }
  if (obj instanceof PyMethod || obj instanceof PyBuiltin) {
    // CPython's descriptors on these types; what a bound method reads through from its function
    // is not its own attribute
    if (name === "__func__" && t === MethodType || name === "__self__" && t !== BuiltinFunctionType) {
      raise(AttributeError, "readonly attribute");
    }
    const getsets = t === MethodType ? ["__doc__"] : ["__doc__", "__name__", "__qualname__", "__self__"];
    if (!getsets.includes(name)) attributeError(obj, name);
  }
  if (obj instanceof PyStaticMethod || obj instanceof PyClassMethod) {
    if (name === "__func__" || name === "__wrapped__") raise(AttributeError, "readonly attribute");
    if (name === "__isabstractmethod__") raise(AttributeError, `attribute '${name}' of '${tpName(t)}' objects is not writable`);
    attrsSet(obj, name, v);
    return;
  }
  if ((t === GeneratorType || t === CoroutineType || t === AsyncGeneratorType) && (name === "__name__" || name === "__qualname__")) {
    const s = asStr(v);
    if (s === undefined) typeError(`${name} must be set to a string object`);
    const g = obj as { name: string; qualname: string };
    if (name === "__name__") g.name = s;
    else g.qualname = s;
    return;
  }
  if (obj instanceof PySuper) {
    // super has no instance dict; what it finds along the MRO is not its own attribute
    if (name === "__thisclass__" || name === "__self__" || name === "__self_class__") raise(AttributeError, "readonly attribute");
    attributeError(obj, name);
  }
  readOnlyAttr(obj, t, name);
}

/**
 * The AttributeError for setting or deleting attribute `name` of a builtin object without
 * storage for it, worded per kind of class attribute as in CPython.
 */
function readOnlyAttr(obj: Py, t: PyType, name: string): never {
  const cattr = lookup(t, name);
  if (cattr instanceof PyDescriptor) raise(AttributeError, `attribute '${name}' of '${tpName(cattr.owner)}' objects is not writable`);
  // (__doc__ is in every builtin type's dict in CPython; builtin functions compute theirs)
  if (cattr !== undefined || (name === "__doc__" && !(obj instanceof PyBuiltin || obj instanceof PyMethod || obj instanceof PyProperty ||
      obj instanceof PyStaticMethod || obj instanceof PyClassMethod))) {
    raise(AttributeError, `'${tpName(t)}' object attribute '${name}' is read-only`);
  }
  // a field of a builtin object (complex.real, range.start: member descriptors) or a computed
  // attribute (float.imag, a builtin function's __name__: getsets)
  const d = extraAttrDescriptor(t, name);
  if (d !== undefined && d.cls === MemberDescriptorType) raise(AttributeError, "readonly attribute");
  // (what `list[int]` finds on list is no attribute of its own)
  if (d !== undefined || (!(obj instanceof PyGenericAlias) && getAttrOpt(obj, name) !== undefined)) raise(AttributeError, `attribute '${name}' of '${tpName(t)}' objects is not writable`);
  raise(AttributeError, `'${tpName(t)}' object has no attribute '${name}'`);
}

/** An exception's own fields cannot be deleted (CPython's wording per field). */
function excFieldDelete(name: string): void {
  if (name === "args" || name === "__traceback__" || name === "__cause__" || name === "__context__") {
    typeError(`${name} may not be deleted`);
  }
  if (name === "__suppress_context__") typeError("can't delete numeric/char attribute");
}

/** object.__delattr__: delete without consulting a user __delattr__. */
export function delAttrRaw(obj: Py, name: string): void {
  if (obj instanceof PyException) excFieldDelete(name);
  if (obj instanceof PyInstance) {
    const t = obj.cls;
    const cattr = lookup(t, name);
    if (cattr instanceof PyProperty) {
      propertyDelete(cattr, obj);
      return;
    }
    if (name === "__class__" && !(cattr instanceof PyDescriptor)) typeError("can't delete __class__ attribute");
    if (instDel(obj, name)) return;
    if (cattr instanceof PyDescriptor && cattr.cls === MemberDescriptorType) raise(AttributeError, name); // an unset slot
    // no __dict__ to delete from: a class attribute of that name is read-only
    if (t.noDict) noSlotFor(t, name);
    attributeError(obj, name);
  }
  if (obj instanceof PyType) typeError(`can't apply this __delattr__ to ${typeName(obj)} object`);
  delAttr(obj, name); // a builtin object: no __delattr__ of its own to skip
}

/** `del obj.name` through a property (or its subclass's __delete__). */
function propertyDelete(p: PyProperty, obj: Py): void {
  if (!p.cls.builtin) callObject(lookup(p.cls, "__delete__"), [p, obj]);
  else if (p.fdel === null) propertyMissing(p.name, obj, "deleter");
  else callObject(p.fdel, [obj]);
}

/** A data descriptor's deleter for `name` on type t (property, __delete__), or false. */
function delViaDescriptor(obj: Py, t: PyType, name: string): boolean {
  const cattr = lookup(t, name);
  if (cattr instanceof PyProperty) {
    propertyDelete(cattr, obj);
    return true;
  }
  if (cattr instanceof PyInstance || (cattr instanceof PyType && !cattr.cls.builtin)) {
    const del = lookup(cattr.cls, "__delete__");
    if (del !== undefined) {
      callObject(del, [cattr, obj]);
      return true;
    }
    if (lookup(cattr.cls, "__set__") !== undefined) raise(AttributeError, "__delete__");
  }
  return false;
}

/** `f.__code__ = c` (CPython's func_set_code): a code object with as many free variables as f has cells. */
function setFunctionCode(f: PyFunction, v: Py): void {
  if (!(v instanceof PyCodeObject)) typeError("__code__ must be set to a code object");
  const nfree = v.code.freevars.length, nclosure = f.closure === null ? 0 : f.closure.length;
  if (nfree !== nclosure) raise(hooks.ValueError, `${f.name}() requires a code object with ${nclosure} free vars, not ${nfree}`);
  f.code = v.code;
  // memoized callers may depend on what the function did
  hooks.functionChanged?.();
}

/** `del f.name` for a function's own attributes (__doc__, __module__ ... become None), or false. */
function functionDelAttr(f: PyFunction, name: string): boolean {
  switch (name) {
    case "__doc__":
      f.doc = null;
      return true;
    case "__module__":
      f.module = null;
      return true;
    case "__annotations__":
      f.annotations = null;
      return true;
    case "__defaults__":
    case "__kwdefaults__":
      setAttrRaw(f, name, null);
      return true;
    case "__name__":
    case "__qualname__":
      typeError(`${name} must be set to a string object`);
      break;
    case "__code__":
      typeError("__code__ must be set to a code object");
      break;
    case "__dict__":
      typeError("cannot delete __dict__");
      break;
    case "__globals__":
    case "__closure__":
    case "__builtins__":
      raise(AttributeError, "readonly attribute");
  }
  return false;
}

/** type.__delattr__: remove a class attribute. */
export function typeDelAttr(t: PyType, name: string): void {
  // (type_setattro's wording, for deletion too)
  if (t.builtin) typeError(`cannot set '${name}' attribute of immutable type '${t.name}'`);
  if (name === "__name__" || name === "__qualname__" || name === "__module__" || name === "__bases__" || name === "__doc__") {
    typeError(`cannot delete '${name}' attribute of immutable type '${t.name}'`);
  }
  if (name === "__dict__") raise(AttributeError, "attribute '__dict__' of 'type' objects is not writable");
  if (name === "__mro__" || name === "__base__") raise(AttributeError, "readonly attribute");
  if (name === "__class__" && lookup(t.cls, name) === undefined) typeError("can't delete __class__ attribute");
  // a data descriptor on a user metaclass (a property with a deleter) handles the deletion
  if (!t.cls.builtin && delViaDescriptor(t, t.cls, name)) return;
  if (!t.dict.delete(name)) {
    if (name === "__abstractmethods__" || name === "__annotations__") raise(AttributeError, name);
    typeAttributeError(t.name, name);
  }
  if (name === "__abstractmethods__") t.flags &= ~TYPE_ABSTRACT;
  bumpTypeEpoch();
}

/** A user metaclass's own method `name` (__setattr__, __delattr__) for class `c`, if any. */
function metaHook(c: PyType, name: string): Py {
  const mt = c.cls as PyType;
  if (mt.builtin) return undefined;
  const h = lookup(mt, name);
  return h === undefined || isBuiltinSlot(mt, name, h) ? undefined : h;
}

export function delAttr(obj: Py, name: string): void {
  if (obj instanceof PyType) {
    const da = metaHook(obj, "__delattr__");
    if (da !== undefined) {
      callBound(da, obj, obj.cls, [name]);
      return;
    }
    typeDelAttr(obj, name);
    return;
  }
  const t = typeOf(obj);
  if (!t.builtin) {
    // type(obj).__delattr__ first (then what object.__delattr__ does: descriptors, the instance)
    const da = lookup(t, "__delattr__");
    if (da !== undefined && !isBuiltinSlot(t, "__delattr__", da)) {
      callBound(da, obj, t, [name]);
      return;
    }
  }
  if (!t.builtin && delViaDescriptor(obj, t, name)) return;
  const cattr = t.builtin ? undefined : lookup(t, name);
  if (name === "__class__" && (cattr === undefined || cattr instanceof PyBuiltin)) typeError("can't delete __class__ attribute");
  if (obj instanceof PyInstance) {
    if (obj instanceof PyException) excFieldDelete(name);
    if (instDel(obj, name)) return;
  } else if (obj instanceof PyFunction && (functionDelAttr(obj, name) || attrsDel(obj, name))) {
    return;
  } else if (obj instanceof PyCell && name === "cell_contents") {
    obj.v = undefined; // (an empty cell stays empty, without an error, as CPython)
    return;
  } else if (obj instanceof PyProperty && name === "__doc__" && t.builtin) {
    obj.doc = null;
    return;
  } else if (obj instanceof PyModule) {
    const i = obj.index.get(name);
    if (i !== undefined && obj.values[i] !== undefined) {
      obj.unbind(i);
      if (obj.builtin) hooks.rebindBuiltin(name, undefined);
      return;
    }
  } else if (typeof obj === "object" && obj !== null && "attrs" in obj && attrsDel(obj as AttrHolder, name)) {
    return;
  }
  if (cattr instanceof PyDescriptor && cattr.cls === MemberDescriptorType) raise(AttributeError, name); // an unset slot
  if ((t === GeneratorType || t === CoroutineType || t === AsyncGeneratorType) && (name === "__name__" || name === "__qualname__")) {
    typeError(`${name} must be set to a string object`);
  }
  if (t.builtin && !(obj instanceof PyFunction || obj instanceof PyInstance || obj instanceof PySuper)) readOnlyAttr(obj, t, name);
  // no __dict__ to delete from (__slots__): a class attribute of that name is read-only
  if (t.noDict) noSlotFor(t, name);
  attributeError(obj, name);
}

// ---------------------------------------------------------------------------------------------
// Calls

/** The name a bound method's repr shows: its callable's __qualname__, else __name__, else "?" (CPython's method_repr). */
function boundName(fn: Py): string {
  if (fn instanceof PyFunction) return fn.qualname;
  for (const k of ["__qualname__", "__name__"]) {
    const n = getAttrOpt(fn, k);
    if (n !== undefined) {
      const s = asStr(n);
      if (s === undefined) typeError(`${k} must be str, not ${typeName(n)}`);
      return s;
    }
  }
  return "?";
}

function builtinMethodRepr(f: PyBuiltin, self: Py): string {
  if (f.owner !== null && isSlotWrapper(f.owner, f.name)) {
    return `<method-wrapper '${f.name}' of ${typeName(self)} object at ${addr(self)}>`;
  }
  return `<built-in method ${f.name} of ${typeName(self)} object at ${addr(self)}>`;
}

/**
 * The receiver check of a builtin type's method called through the type (`list.__len__(x)`,
 * `str.upper(x)`, `map(str.upper, xs)`): CPython's method descriptors check that the first
 * argument is an instance of the defining type before the method runs. Bound calls
 * (`s.upper()`, LOAD_METHOD, bound method objects) never come here: their receiver was found
 * through its own type. `nkw` is the number of trailing keyword values in `args`.
 */
export function checkUnboundSelf(f: PyBuiltin, args: Py[], nkw: number): void {
  if (args.length === nkw) unboundWithoutSelf(f);
  const owner = f.owner!, v = args[0];
  if (f.name === "__new__") return checkNew(f, v);
  const vt = typeOf(v);
  if (vt === owner || owner === ObjectType || isSubtype(vt, owner)) return;
  // CPython words it per kind: slot wrappers (the type's C slots) and ordinary method descriptors
  if (isSlotWrapper(owner, f.name)) typeError(`descriptor '${f.name}' requires a '${tpName(owner)}' object but received a '${tpName(vt)}'`);
  typeError(`descriptor '${f.name}' for '${tpName(owner)}' objects doesn't apply to a '${tpName(vt)}' object`);
}

/**
 * The type each generic builtin `__new__` belongs to (`list.__new__`, `bool.__new__`: see
 * installTypeNews in builtins/objects.ts); they are object.__new__ to the instantiation paths.
 */
export const typeNewOwner = new Map<PyBuiltin, PyType>();

/** The builtin `__new__` that `t` inherits, or undefined when `t` has one written in Python. */
function builtinNewOf(t: PyType): PyBuiltin | undefined {
  const nw = lookup(t, "__new__");
  const f = nw instanceof PyStaticMethod ? nw.func : nw;
  return f instanceof PyBuiltin ? f : undefined;
}

/**
 * CPython's checks for a builtin `X.__new__(Y, ...)` (tp_new_wrapper): Y must be a subtype of X,
 * and the nearest builtin `__new__` of Y (past the classes defining their own in Python) must be
 * X's, else the object would lack the layout Y's own `__new__` builds.
 */
function checkNew(f: PyBuiltin, y: Py): void {
  const x = typeNewOwner.get(f) ?? f.owner!;
  if (!(y instanceof PyType)) typeError(`${x.name}.__new__(X): X is not a type object (${typeName(y)})`);
  if (!isSubtype(y, x)) typeError(`${x.name}.__new__(${y.name}): ${y.name} is not a subtype of ${x.name}`);
  let base: PyType | null = y;
  while (base !== null && builtinNewOf(base) === undefined) base = base.base;
  if (base !== null && builtinNewOf(base) !== f) typeError(`${x.name}.__new__(${y.name}) is not safe, use ${base.name}.__new__()`);
}

/** A builtin type's class method called from its descriptor: `dict.__dict__["fromkeys"](dict, xs)`. */
function callClassMethodDescriptor(d: PyClassMethod, args: Py[], kw: string[] | null): Py {
  const f = d.func as PyBuiltin, owner = f.owner!, c = args[0];
  if (args.length === (kw?.length ?? 0)) typeError(`descriptor '${f.name}' of '${tpName(owner)}' object needs an argument`);
  if (!(c instanceof PyType)) typeError(`descriptor '${f.name}' for type '${tpName(owner)}' needs a type, not a '${typeName(c)}' as arg 2`);
  if (!isSubtype(c, owner)) typeError(`descriptor '${f.name}' requires a subtype of '${tpName(owner)}' but received '${c.name}'`);
  return f.fn(args, kw);
}

/** A method of a builtin type called through the type with no receiver: `str.upper()`. */
export function unboundWithoutSelf(f: PyBuiltin): void {
  const t = tpName(f.owner!), name = f.name;
  if (name === "__new__") typeError(`${(typeNewOwner.get(f) ?? f.owner!).name}.__new__(): not enough arguments`);
  // CPython words it per kind: slot wrappers (the type's C slots) and ordinary method descriptors
  if (isSlotWrapper(f.owner!, name)) typeError(`descriptor '${name}' of '${t}' object needs an argument`);
  typeError(`unbound method ${t}.${name}() needs an argument`);
}


/** Call any Python callable from JavaScript. `kw` names the trailing `kw.length` args. */
export function callObject(f: Py, args: Py[], kw: string[] | null = null): Py {
  if (typeof f === "object" && f !== null) {
    if (f instanceof PyFunction) return runFunction(f, args, kw);
    if (f instanceof PyBuiltin) {
      if (f.self !== undefined) return f.fn([f.self, ...args], kw);
      if (f.owner !== null) checkUnboundSelf(f, args, kw?.length ?? 0);
      return f.fn(args, kw);
    }
    if (f instanceof PyMethod) {
      // a bound builtin method: its receiver came through its own type (or is the class of a
      // class method), so the unbound receiver check does not apply
      const fn = f.func;
      if (fn instanceof PyBuiltin && fn.self === undefined) return fn.fn([f.self, ...args], kw);
      return callObject(fn, [f.self, ...args], kw);
    }
    if (f instanceof PyType) return instantiate(f, args, kw);
    // (3.10+: a staticmethod object is callable; a classmethod object is not, unless a subclass
    // defines __call__; a builtin type's class method descriptor is)
    if (f instanceof PyStaticMethod && f.cls === StaticMethodType) return callObject(f.func, args, kw);
    if (f.cls === ClassMethodDescriptorType) return callClassMethodDescriptor(f as PyClassMethod, args, kw);
    const t = typeOf(f);
    const c = lookup(t, "__call__");
    if (c !== undefined) return callBoundKw(c, f, t, args, kw);
  }
  notCallable(f);
}

/** callObject(f, [x]): a Python function's call with no argument array (sort and min/max keys,
 * map and filter callbacks). */
export function callObject1(f: Py, x: Py): Py {
  return f instanceof PyFunction ? runFunction1(f, x) : callObject(f, [x]);
}

/** Call a method looked up on the type of `obj` (dunder-style: skips the instance dict). */
export function callMethod(obj: Py, name: string, args: Py[]): Py {
  const t = typeOf(obj);
  const m = lookup(t, name);
  if (m === undefined) attributeError(obj, name);
  return callBound(m, obj, t, args);
}

/** Call a class attribute `m` found on type `t` as a method of `obj`. */
export function callBound(m: Py, obj: Py, t: PyType, args: Py[]): Py {
  if (m instanceof PyFunction) return runMethod(m, obj, args);
  if (m instanceof PyBuiltin && m.owner !== null) {
    // a builtin type's method kept by a class that does not inherit from that type (`__len__ =
    // list.__len__`): its slot calls it unbound, and the method refuses the receiver
    if (m.owner !== t && m.owner !== ObjectType && !isSubtype(t, m.owner) && m.name !== "__new__") checkUnboundSelf(m, [obj], 0);
    return m.fn([obj, ...args], null);
  }
  return callObject(bind(m, obj, t), args);
}

/** callBound with keyword arguments (`kw` names the trailing ones). */
export function callBoundKw(m: Py, obj: Py, t: PyType, args: Py[], kw: string[] | null): Py {
  if (kw === null || kw.length === 0) return callBound(m, obj, t, args);
  if (m instanceof PyFunction || (m instanceof PyBuiltin && m.owner !== null)) return callObject(m, [obj, ...args], kw);
  return callObject(bind(m, obj, t), args, kw);
}

/** The dunder `name` of obj's type if a user class defines it (undefined for builtins). */
export function userMethod(obj: Py, name: string): Py {
  if (typeof obj !== "object" || obj === null) return undefined;
  const t = obj.cls as PyType;
  if (t.builtin) return undefined;
  return lookup(t, name);
}

/** Instantiate a class: `__new__` then `__init__`. */
export function instantiate(cls: PyType, args: Py[], kw: string[] | null): Py {
  if (cls.builtin && cls.newFn !== null) return cls.newFn(cls, args, kw);
  return hooks.instantiate(cls, args, kw);
}

// ---------------------------------------------------------------------------------------------
// repr / str / format

const reprStack: Py[] = [];

/**
 * Start the repr of a container, false if it is already being printed (`[[...]]`). Nesting past
 * the interpreter's depth limit is a RecursionError "... while getting the repr of an object",
 * as CPython's, well before the JS stack would overflow.
 */
function enterRepr(o: Py): boolean {
  const n = reprStack.length;
  for (let i = 0; i < n; i++) if (reprStack[i] === o) return false;
  if (n >= 64 && n >= hooks.depthLimit()) recursionError(" while getting the repr of an object");
  reprStack.push(o);
  return true;
}

/**
 * The repr of `o` made by `build`, or "..." when `o`'s repr is already being built (CPython's
 * Py_ReprEnter: a dict view whose items hold the view itself prints `dict_values([...])`).
 */
export function guardedRepr(o: Py, build: () => string): string {
  if (!enterRepr(o)) return "...";
  try {
    return build();
  } finally {
    reprStack.pop();
  }
}

export function pyRepr(v: Py): string {
  switch (typeof v) {
    case "number":
      return String(v);
    case "bigint":
      return v.toString();
    case "string":
      return strRepr(v);
    case "boolean":
      return v ? "True" : "False";
  }
  if (v === null) return "None";
  return objectRepr(v, "__repr__");
}

/**
 * repr() of an object: its class's `__repr__`, or the builtin one. `slot` names the method a non-str
 * result is blamed on: `__repr__` for repr(), `__str__` for str() falling back to repr (CPython's
 * object.__str__ calls the repr slot and PyObject_Str checks the result).
 */
function objectRepr(v: Py, slot: string): string {
  const t = (v as PyObject).cls as PyType;
  if (!t.builtin) {
    const r = lookup(t, "__repr__");
    if (r !== undefined && !isObjectSlot("__repr__", r)) {
      const s = strValue(callBound(r, v, t, []));
      if (typeof s !== "string") typeError(`${slot} returned non-string (type ${typeName(s)})`);
      return s;
    }
    // object's own, also where a builtin base has a repr (`__repr__ = object.__repr__` in a list subclass)
    if (r !== undefined) return defaultRepr(v);
  }
  return builtinRepr(v, t);
}

/** object.__repr__: `<__main__.C object at 0x...>`, the class's module and qualified name (none for builtins). */
export function defaultRepr(v: Py): string {
  const t = typeOf(v);
  const mod = t.module === "builtins" ? "" : t.module + ".";
  return `<${mod}${t.qualname} object at ${addr(v)}>`;
}

/** Charge for the repr of a container of n items (after enterRepr): see chargeNested. */
function chargeRepr(n: number): void {
  if (reprStack.length > 1) chargeNested(n);
  else chargeWork(n);
}

/**
 * A container's repr being built grew past MAX_SEQUENCE characters: MemoryError, as for any str
 * built by one operation, raised while building (a repr of nested containers can be exponentially
 * longer than they are: `a = [a, a]` 26 times over is a repr of 300 million characters).
 */
function reprTooLong(): never {
  memoryError();
}

function seqRepr(items: Py[], open: string, close: string, o: Py): string {
  if (!enterRepr(o)) return open + "..." + close;
  chargeRepr(items.length);
  try {
    let s = open;
    for (let i = 0; i < items.length; i++) {
      if (i > 0) s += ", ";
      s += pyRepr(items[i]);
      if (s.length > MAX_SEQUENCE) reprTooLong();
    }
    return s + close;
  } finally {
    reprStack.pop();
  }
}

export function builtinRepr(v: Py, t: PyType = typeOf(v)): string {
  if (typeof v !== "object" || v === null) return `<${t.name} object at ${addr(v)}>`;
  if (v instanceof PyFloat) return floatRepr(v.v);
  if (v instanceof PyList) {
    const s = seqRepr(v.a, "[", "]", v);
    return t === ListType || t.builtin ? s : s;
  }
  if (v instanceof PyTuple) {
    if (v.a.length === 1) {
      if (reprStack.includes(v)) return "(...)";
      return seqRepr(v.a, "(", ",)", v);
    }
    return seqRepr(v.a, "(", ")", v);
  }
  if (v instanceof PyDict) {
    if (!enterRepr(v)) return "{...}";
    chargeRepr(v.m.size);
    try {
      let s = "{";
      let first = true;
      for (const [nk, val] of v.m) {
        if (!first) s += ", ";
        first = false;
        s += pyRepr(origKey(v, nk)) + ": " + pyRepr(val);
        if (s.length > MAX_SEQUENCE) reprTooLong();
      }
      return s + "}";
    } finally {
      reprStack.pop();
    }
  }
  if (v instanceof PySet) {
    const frozen = isSubtype(t, FrozenSetType);
    const items = setItems(v);
    const name = t.name;
    if (items.length === 0) return name + "()";
    if (!enterRepr(v)) return name + "(...)";
    chargeRepr(items.length);
    try {
      let body = "{";
      for (let i = 0; i < items.length; i++) {
        if (i > 0) body += ", ";
        body += pyRepr(items[i]);
        if (body.length > MAX_SEQUENCE) reprTooLong();
      }
      body += "}";
      if (t === SetType) return body;
      if (frozen && t === FrozenSetType) return "frozenset(" + body + ")";
      return name + "(" + body + ")";
    } finally {
      reprStack.pop();
    }
  }
  if (v instanceof PyBytes) return bytesRepr(v.b);
  if (v instanceof PyByteArray) return t.name + "(" + bytesRepr(v.b, v.n, true) + ")";
  if (v instanceof PyType) {
    return v.module === "builtins" ? `<class '${v.qualname}'>` : `<class '${v.module}.${v.qualname}'>`;
  }
  if (v instanceof PyException) return exceptionRepr(v);
  if (v instanceof PyRange) return rangeRepr(v);
  if (v instanceof PySlice) return `slice(${pyRepr(v.start)}, ${pyRepr(v.stop)}, ${pyRepr(v.step)})`;
  if (v instanceof PyFunction) return `<function ${v.qualname} at ${addr(v)}>`;
  if (v instanceof PyBuiltin) {
    if (v.self !== undefined) return builtinMethodRepr(v, v.self);
    // a builtin type's __new__ is bound to the type (its __self__)
    if (v.name === "__new__" && v.owner !== null) return `<built-in method __new__ of type object at ${addr(typeNewOwner.get(v) ?? v.owner)}>`;
    if (v.cls === MethodDescriptorType) return `<method '${v.name}' of '${tpName(v.owner!)}' objects>`;
    if (v.cls === WrapperDescriptorType) return `<slot wrapper '${v.name}' of '${tpName(v.owner!)}' objects>`;
    return `<built-in function ${v.name}>`;
  }
  if (v instanceof PyMethod) {
    const fn = v.func;
    if (v.cls !== MethodType) return builtinMethodRepr(fn, v.self);
    return `<bound method ${boundName(fn)} of ${pyRepr(v.self)}>`;
  }
  if (v instanceof PyModule) return `<module '${v.name}'${v.builtin ? " (built-in)" : ""}>`;
  if (v === NotImplemented) return "NotImplemented";
  if (v === Ellipsis) return "Ellipsis";
  if (v instanceof PyComplex) return complexRepr(v);
  if (v instanceof PyProperty) return `<${t.builtin ? "" : t.module + "."}${t.qualname} object at ${addr(v)}>`;
  if (v instanceof PyStaticMethod) return `<staticmethod(${pyRepr(v.func)})>`;
  if (v instanceof PyClassMethod) return v.cls === ClassMethodDescriptorType ? pyRepr(v.func) : `<classmethod(${pyRepr(v.func)})>`;
  if (v instanceof PySuper) return `<super: <class '${v.type.name}'>, <${v.objType.name} object>>`;
  if (v instanceof PyDescriptor) {
    return `<${v.cls === MemberDescriptorType ? "member" : "attribute"} '${v.name}' of '${tpName(v.owner)}' objects>`;
  }
  if (v instanceof PyMappingProxy) return "mappingproxy(" + pyRepr(proxyMapping(v)) + ")";
  const custom = hooks.repr?.(v);
  if (custom !== undefined) return custom;
  // a subclass of a builtin without a __repr__ slot of its own (bytes): the value's repr
  const bv = baseValue(v);
  if (bv !== v) return builtinRepr(bv, t);
  return defaultRepr(v);
}

function complexRepr(c: PyComplex): string {
  const fmt = (x: number) => {
    const s = floatRepr(x);
    return s.endsWith(".0") ? s.slice(0, -2) : s;
  };
  if (c.re === 0 && !Object.is(c.re, -0)) return fmt(c.im) + "j";
  const im = c.im;
  const sign = im < 0 || Object.is(im, -0) ? "-" : "+";
  return "(" + fmt(c.re) + sign + fmt(Math.abs(im)) + "j)";
}

function exceptionRepr(e: PyException): string {
  const a = e.args.a;
  const name = e.cls.name;
  if (a.length === 1) return `${name}(${pyRepr(a[0])})`;
  return name + seqRepr(a, "(", ")", e.args);
}

// Object identity addresses: stable per object, fake but plausible.
const ids = new WeakMap<object, number>();
let nextId = 0x7f0000001000;
export function objectId(v: Py): number {
  if (typeof v === "object" && v !== null) {
    let id = ids.get(v);
    if (id === undefined) {
      id = nextId;
      nextId += 48;
      ids.set(v, id);
    }
    return id;
  }
  return hooks.primitiveId(v);
}
function addr(v: Py): string {
  return "0x" + objectId(v).toString(16).padStart(12, "0");
}

export function pyStr(v: Py): string {
  switch (typeof v) {
    case "string":
      return v;
    case "number":
      return String(v);
    case "bigint":
      return v.toString();
    case "boolean":
      return v ? "True" : "False";
  }
  if (v === null) return "None";
  const t = v.cls as PyType;
  if (t === FloatType) return floatRepr(v.v);
  if (!t.builtin) {
    const s = lookup(t, "__str__");
    if (s !== undefined && !isObjectSlot("__str__", s)) {
      const r = strValue(callBound(s, v, t, []));
      if (typeof r !== "string") typeError(`__str__ returned non-string (type ${typeName(r)})`);
      return r;
    }
    if (v instanceof PyException && lookup(t, "__repr__") === undefined) return exceptionStr(v);
    if (v instanceof PyException) {
      const r = lookup(t, "__repr__");
      if (r instanceof PyBuiltin) return exceptionStr(v);
    }
    return objectRepr(v, "__str__");
  }
  if (v instanceof PyException) return exceptionStr(v);
  if (v instanceof PyMappingProxy) return pyStr(proxyMapping(v));
  return builtinRepr(v, t);
}

/**
 * The result of a user class's `__str__`, `__repr__` or `__format__` method for the builtins that
 * return it as is (str(), repr(), ascii(), format(), an f-string that is a single field): an
 * instance of a str subclass stays one, as CPython only checks PyUnicode_Check. Undefined when
 * the method `name` found on v's type is the runtime's own (then the plain string path applies).
 */
function userStrResult(v: Py, name: string, slot: string, args: Py[]): Py {
  if (typeof v !== "object" || v === null) return undefined;
  const t = v.cls as PyType;
  if (t.builtin) return undefined;
  const m = lookup(t, name);
  if (m === undefined || m instanceof PyBuiltin) return undefined;
  const r = callBound(m, v, t, args);
  if (typeof r === "string" || typeof baseValue(r) === "string") return r;
  if (slot === "__format__") typeError(`__format__ must return a str, not ${typeName(r)}`);
  typeError(`${slot} returned non-string (type ${typeName(r)})`);
}

/** str(v) as the builtin returns it: a str subclass instance that `__str__` (or `__repr__` in its
 * place) returned is kept. */
export function pyStrObj(v: Py): Py {
  if (typeof v === "object" && v !== null && !(v.cls as PyType).builtin) {
    const s = lookup(v.cls, "__str__");
    const r = s instanceof PyBuiltin && s.owner === ObjectType ? userStrResult(v, "__repr__", "__str__", []) : userStrResult(v, "__str__", "__str__", []);
    if (r !== undefined) return r;
  }
  return pyStr(v);
}

/** repr(v) as the builtin returns it (see pyStrObj). */
export function pyReprObj(v: Py): Py {
  const r = userStrResult(v, "__repr__", "__repr__", []);
  return r !== undefined ? r : pyRepr(v);
}

/** ascii(v) as the builtin returns it: a str subclass from `__repr__` is kept when it is all ASCII. */
export function pyAsciiObj(v: Py): Py {
  const r = userStrResult(v, "__repr__", "__repr__", []);
  if (r === undefined) return pyAscii(v);
  const x = strValue(r) as string;
  const e = escapeNonAscii(x);
  return e === x ? r : e;
}

/** format(v, spec) as the builtin returns it (see pyStrObj); object.__format__ is str(). */
export function pyFormatObj(v: Py, spec: string): Py {
  if (typeof v === "object" && v !== null && !(v.cls as PyType).builtin) {
    const f = lookup(v.cls, "__format__");
    if (f instanceof PyBuiltin && f.owner === ObjectType) {
      if (spec === "") return pyStrObj(v);
    } else {
      const r = userStrResult(v, "__format__", "__format__", [spec]);
      if (r !== undefined) return r;
    }
  }
  return pyFormat(v, spec);
}

export function exceptionStr(e: PyException): string {
  const u = unicodeErrorStr(e);
  if (u !== undefined) return u;
  if (isSubtype(e.cls, SyntaxError)) return syntaxErrorStr(e);
  const a = e.args.a;
  if (isOSError(e) && e.fields !== null) {
    // "[Errno 2] No such file: 'x'", "[Errno 18] Invalid link: 'a' -> 'b'"
    const f = e.fields, errno = f.get("errno") ?? null, strerror = f.get("strerror") ?? null;
    const filename = f.get("filename") ?? null, filename2 = f.get("filename2") ?? null;
    if (filename !== null) {
      return `[Errno ${pyStr(errno)}] ${pyStr(strerror)}: ${pyRepr(filename)}` + (filename2 !== null ? ` -> ${pyRepr(filename2)}` : "");
    }
    if (errno !== null && strerror !== null) return `[Errno ${pyStr(errno)}] ${pyStr(strerror)}`;
  }
  if (a.length === 1 && isSubtype(e.cls, KeyError)) return pyRepr(a[0]);
  if (a.length === 0) return "";
  if (a.length === 1) return pyStr(a[0]);
  return pyRepr(e.args);
}

export function pyAscii(v: Py): string {
  if (typeof v === "string") return strAscii(v);
  return escapeNonAscii(pyRepr(v));
}

/** format(v, spec). */
export function pyFormat(v: Py, spec: string): string {
  switch (typeof v) {
    case "number":
    case "bigint":
    case "boolean":
      return formatInt(v, spec);
    case "string":
      return formatStr(v, spec);
  }
  if (v instanceof PyFloat && v.cls === FloatType) return formatFloat(v.v, spec);
  if (v instanceof PyComplex && v.cls === ComplexType) return spec === "" ? complexRepr(v) : formatComplex(v.re, v.im, spec);
  const t = typeOf(v);
  const f = lookup(t, "__format__");
  if (f !== undefined && !(f instanceof PyBuiltin && f.owner === ObjectType)) {
    const r = strValue(callBound(f, v, t, [spec]));
    if (typeof r !== "string") typeError(`__format__ must return a str, not ${typeName(r)}`);
    return r;
  }
  if (spec !== "") typeError(`unsupported format string passed to ${t.name}.__format__`);
  return pyStr(v);
}

// ---------------------------------------------------------------------------------------------
// Truthiness and length

export function pyBool(v: Py): boolean {
  switch (typeof v) {
    case "boolean":
      return v;
    case "number":
      return v !== 0;
    case "string":
      return v.length !== 0;
    case "bigint":
      return v !== 0n;
  }
  if (v === null) return false;
  if (v instanceof PyList || v instanceof PyTuple) {
    if (v.cls.builtin) return v.a.length !== 0;
  } else if (v instanceof PyFloat) return v.v !== 0;
  else if (v instanceof PyDict || v instanceof PySet) {
    if (v.cls.builtin) return v.m.size !== 0;
  }
  const t = v.cls as PyType;
  if (!t.builtin) {
    const b = lookup(t, "__bool__");
    if (b !== undefined) {
      const r = callBound(b, v, t, []);
      if (typeof r !== "boolean") typeError(`__bool__ should return bool, returned ${typeName(r)}`);
      return r;
    }
    const l = lookup(t, "__len__");
    if (l !== undefined) return lenResult(callBound(l, v, t, [])) !== 0;
  }
  if (v instanceof PyList || v instanceof PyTuple) return v.a.length !== 0;
  if (v instanceof PyDict || v instanceof PySet) return v.m.size !== 0;
  if (v instanceof PyBytes) return v.b.length !== 0;
  if (v instanceof PyByteArray) return v.n !== 0;
  if (v instanceof PyRange) return v.length !== 0;
  if (v instanceof PyComplex) return v.re !== 0 || v.im !== 0;
  const hb = hooks.bool?.(v);
  if (hb !== undefined) return hb;
  return true;
}

/**
 * A user __len__'s result checked as CPython's slot_sq_length does: an int (a subclass, a bool or
 * an __index__ object counts), >= 0, and at most 2^63-1 (a C Py_ssize_t).
 */
function lenResult(r: Py): number | bigint {
  const n = typeof r === "number" ? r : toIndex(r);
  if (n < 0) valueError("__len__() should return >= 0");
  if (typeof n === "bigint" && n >= SSIZE_END) {
    // (the message names an int subclass, which PyNumber_Index passes through)
    raise(hooks.OverflowError, `cannot fit '${typeName(baseValue(r) !== r ? r : n)}' into an index-sized integer`);
  }
  return n;
}
const SSIZE_END = 1n << 63n;

/** len(v) exactly, as the builtin reports it (a user __len__ may exceed 2^53). */
export function pyLenExact(v: Py): number | bigint {
  if (typeof v === "object" && v !== null && !v.cls.builtin) {
    const t = v.cls as PyType;
    const l = lookup(t, "__len__");
    if (l !== undefined) return lenResult(callBound(l, v, t, []));
  }
  return pyLen(v);
}

/** len(v); undefined when the object has no length. */
export function lenOpt(v: Py): number | undefined {
  if (typeof v === "string") return hooks.cpLength(v);
  if (typeof v !== "object" || v === null) return undefined;
  const t = v.cls as PyType;
  if (!t.builtin) {
    const l = lookup(t, "__len__");
    if (l !== undefined) return Number(lenResult(callBound(l, v, t, []))); // (inexact past 2^53)
  }
  if (v instanceof PyList || v instanceof PyTuple) return v.a.length;
  if (v instanceof PyDict || v instanceof PySet) return v.m.size;
  if (v instanceof PyBytes) return v.b.length;
  if (v instanceof PyByteArray) return v.n;
  if (v instanceof PyRange) return rangeLenChecked(v);
  return hooks.len?.(v);
}

export function pyLen(v: Py): number {
  const n = lenOpt(v);
  if (n === undefined) typeError(`object of type '${typeName(v)}' has no len()`);
  return n;
}

// ---------------------------------------------------------------------------------------------
// Equality and ordering

/** a == b as a JS boolean. */
export function pyEq(a: Py, b: Py): boolean {
  if (a === b) {
    if (a instanceof PyFloat) return !Number.isNaN(a.v);
    if (typeof a !== "object" || a === null || a.cls.builtin) return true;
  }
  const ta = typeof a, tb = typeof b;
  if (ta === "string" || tb === "string") {
    if (ta === tb) return false;
    if (ta === "string" && (tb !== "object" || b === null || b.cls.builtin)) return false;
    if (tb === "string" && (ta !== "object" || a === null || a.cls.builtin)) return false;
  }
  if ((ta === "number" || ta === "bigint" || ta === "boolean") && (tb === "number" || tb === "bigint" || tb === "boolean")) {
    // ints and bools: JS loose equality compares numbers, bigints and booleans by value
    // deno-lint-ignore eqeqeq
    return a == b;
  }
  const r = richCompare(a, b, EQ);
  return r === true ? true : r === false ? false : pyBool(r);
}

export const LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5;
const CMP_NAMES = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
const CMP_SWAP = [GT, GE, EQ, NE, LT, LE];
const CMP_SYMBOLS = ["<", "<=", "==", "!=", ">", ">="];

/** Numeric value of int/bool/float for comparisons, or undefined. */
function numVal(v: Py): number | bigint | undefined {
  switch (typeof v) {
    case "number":
    case "bigint":
      return v;
    case "boolean":
      return v ? 1 : 0;
  }
  if (v instanceof PyFloat) return v.v;
  return undefined;
}

function cmpNums(x: number | bigint, y: number | bigint, op: number): boolean {
  switch (op) {
    case LT:
      return x < y;
    case LE:
      return x <= y;
    // deno-lint-ignore eqeqeq
    case EQ: return x == y;
    // deno-lint-ignore eqeqeq
    case NE: return x != y;
    case GT:
      return x > y;
    default:
      return x >= y;
  }
}

function cmpResult(c: number, op: number): boolean {
  switch (op) {
    case LT:
      return c < 0;
    case LE:
      return c <= 0;
    case EQ:
      return c === 0;
    case NE:
      return c !== 0;
    case GT:
      return c > 0;
    default:
      return c >= 0;
  }
}

/**
 * How deeply comparisons of container items that are objects are nested (CPython's C recursion
 * count for them): past the interpreter's depth limit, a RecursionError "maximum recursion depth
 * exceeded in comparison" as CPython's, well before the JS stack would overflow (`[[[...]]] ==
 * [[[...]]]` 100,000 deep). Items that are ints, strs, None... cannot nest and are not counted.
 */
let cmpDepth = 0;

/** richCompare of two container items, the first of them an object, counted in cmpDepth. */
function nestedCompare(p: Py, q: Py, op: number): Py {
  if (++cmpDepth > 64 && cmpDepth > hooks.depthLimit()) {
    cmpDepth--;
    recursionError(" in comparison");
  }
  try {
    return richCompare(p, q, op);
  } finally {
    cmpDepth--;
  }
}

/** Compare two sequences element-wise (lists with lists, tuples with tuples). */
function seqCompare(x: Py[], y: Py[], op: number): boolean {
  if ((op === EQ || op === NE) && x.length !== y.length) return op === NE;
  const n = Math.min(x.length, y.length);
  let i = 0;
  for (; i < n; i++) {
    const p = x[i], q = y[i];
    if (p === q) continue; // identity implies equality inside containers, even for NaN
    if (typeof p === "object" && p !== null && !(p instanceof PyFloat) ? !truthy(nestedCompare(p, q, EQ)) : !pyEq(p, q)) break;
  }
  if (cmpDepth > 0) chargeNested(i);
  else chargeWork(i);
  if (i < n) {
    if (op === EQ) return false;
    if (op === NE) return true;
    return truthy(nestedCompare(x[i], y[i], op));
  }
  return cmpResult(x.length - y.length, op);
}

function truthy(r: Py): boolean {
  return r === true ? true : r === false ? false : pyBool(r);
}

function setCompare(x: PySet, y: PySet, op: number): boolean {
  const sub = (a: PySet, b: PySet) => {
    if (a.m.size > b.m.size) return false;
    if (cmpDepth > 0) chargeNested(a.m.size);
    else chargeWork(a.m.size);
    // (each element looked up with the hash it is stored under, as CPython's set_issubset)
    const hs = storedHashes(a);
    for (const k of a.m.values()) if (!setHas(b, k, hs?.get(k))) return false;
    return true;
  };
  // two frozensets whose hashes are known and differ are unequal (CPython's set_richcompare)
  const eq = () => x.m.size === y.m.size && (x.hashCache === null || y.hashCache === null || x.hashCache === y.hashCache) && sub(x, y);
  switch (op) {
    case EQ:
      return eq();
    case NE:
      return !eq();
    case LE:
      return sub(x, y);
    case LT:
      return x.m.size < y.m.size && sub(x, y);
    case GE:
      return sub(y, x);
    default:
      return y.m.size < x.m.size && sub(y, x);
  }
}

function dictEq(x: PyDict, y: PyDict): boolean {
  if (x.m.size !== y.m.size) return false;
  if (cmpDepth > 0) chargeNested(x.m.size);
  else chargeWork(x.m.size);
  // x's object keys are looked up in y with the hashes x holds them under (CPython's stored hashes)
  const hashes = storedHashes(x);
  for (const [nk, v] of x.m) {
    const k = origKey(x, nk);
    const ny = dictFind(y, k, hashes?.get(nk));
    if (ny === MISSING) return false;
    const w = y.m.get(ny);
    if (v !== w && (typeof v === "object" && v !== null ? !truthy(nestedCompare(v, w, EQ)) : !pyEq(v, w))) return false;
  }
  return true;
}

function bytesCmp(a: Uint8Array, an: number, b: Uint8Array, bn: number): number {
  const n = Math.min(an, bn);
  chargeChars(n);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return an - bn;
}

function bytesOf(v: Py): [Uint8Array, number] | undefined {
  if (v instanceof PyBytes) return [v.b, v.b.length];
  if (v instanceof PyByteArray) return [v.b, v.n];
  return undefined;
}

/** Builtin comparison of the builtin layouts (for list.__eq__ and friends). */
export function builtinCompareRaw(a: Py, b: Py, op: number): Py {
  return builtinCompare(baseValue(a), baseValue(b), op);
}

/** Builtin comparison; returns NotImplemented when the types do not compare. */
function builtinCompare(a: Py, b: Py, op: number): Py {
  const x = numVal(a), y = numVal(b);
  if (x !== undefined && y !== undefined) {
    if (typeof x === "number" && typeof y === "number") return cmpNums(x, y, op);
    // mixed bigint/number: JS compares exactly; NaN never equal
    if (Number.isNaN(x as number) || Number.isNaN(y as number)) return op === NE;
    return cmpNums(x, y, op);
  }
  if (typeof a === "string" && typeof b === "string") return cmpResult(strCompare(a, b), op);
  if (a instanceof PyComplex || b instanceof PyComplex) {
    const ca = a instanceof PyComplex ? a : null, cb = b instanceof PyComplex ? b : null;
    const re1 = ca ? ca.re : x, re2 = cb ? cb.re : y;
    if ((op !== EQ && op !== NE) || re1 === undefined || re2 === undefined) return NotImplemented;
    // deno-lint-ignore eqeqeq
    const eq = re1 == re2 && (ca ? ca.im : 0) === (cb ? cb.im : 0);
    return op === EQ ? eq : !eq;
  }
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null) return NotImplemented;
  if (a instanceof PyMethod && b instanceof PyMethod && (op === EQ || op === NE)) {
    // bound methods are equal when bound to the same object (identity) and the same function
    const same = a.self === b.self && (a.func === b.func || pyEq(a.func, b.func));
    return op === EQ ? same : !same;
  }
  if (a instanceof PyList && b instanceof PyList) return seqCompare(a.a, b.a, op);
  if (a instanceof PyTuple && b instanceof PyTuple) return seqCompare(a.a, b.a, op);
  if (a instanceof PySlice && b instanceof PySlice) return seqCompare([a.start, a.stop, a.step], [b.start, b.stop, b.step], op);
  if (a instanceof PySet && b instanceof PySet) return setCompare(a, b, op);
  if (a instanceof PyDict && b instanceof PyDict) {
    if (op === EQ) return dictEq(a, b);
    if (op === NE) return !dictEq(a, b);
    return NotImplemented;
  }
  const ba = bytesOf(a), bb = bytesOf(b);
  if (ba !== undefined && bb !== undefined) return cmpResult(bytesCmp(ba[0], ba[1], bb[0], bb[1]), op);
  if (a instanceof PyRange && b instanceof PyRange && (op === EQ || op === NE)) {
    const same = rangeEq(a, b);
    return op === EQ ? same : !same;
  }
  const h = hooks.compare?.(a, b, op);
  if (h !== undefined) return h;
  return NotImplemented;
}

/**
 * The comparison dunder for `op` of v's class when the class has one of its own (a Python method
 * or any object other than its builtin base's slot, or object's __ne__), else undefined: an inherited builtin slot
 * compares as the builtin does (`Symbol("x") == "quote"` for a str subclass is str's comparison
 * of the values, with no call). Which of the six a class has is decided once per class and type
 * epoch.
 */
function userCompare(v: Py, op: number): Py {
  if (typeof v !== "object" || v === null) return undefined;
  const t = v.cls as PyType;
  if (t.builtin) return undefined;
  typeCaches(t);
  if (t.cmpMask < 0) {
    let mask = 0;
    for (let k = 0; k < 6; k++) {
      // (object's __ne__ inverts the class's __eq__, see objectNe: a comparison of its own when
      // that __eq__ is; the loop decides EQ before NE)
      const m = lookup(t, CMP_NAMES[k]);
      if (m === undefined) continue;
      if (!isBuiltinSlot(t, CMP_NAMES[k], m) || (k === NE && m.owner === ObjectType && (mask & (1 << EQ)) !== 0)) mask |= 1 << k;
    }
    t.cmpMask = mask;
  }
  return (t.cmpMask & (1 << op)) !== 0 ? lookup(t, CMP_NAMES[op]) : undefined;
}

/**
 * Rich comparison with Python's reflection rules. Returns the result object (bool for builtins,
 * whatever a user dunder returns), raising TypeError when neither side supports an ordering.
 */
export function richCompare(a: Py, b: Py, op: number): Py {
  const ua = userCompare(a, op), ub = userCompare(b, CMP_SWAP[op]);
  if (ua === undefined && ub === undefined) {
    const r = builtinCompare(a, b, op);
    if (r !== NotImplemented) return r;
    if (a instanceof PyInstance || b instanceof PyInstance) {
      // instances of builtin subclasses compare through their builtin values
      const r2 = builtinCompareUser(a, b, op);
      if (r2 !== NotImplemented) return r2;
    }
  } else {
    const ta = typeOf(a), tb = typeOf(b);
    // reflected first when b's type is a proper subclass of a's (and then not tried again)
    const reflectedFirst = ub !== undefined && ta !== tb && isSubtype(tb, ta);
    if (reflectedFirst) {
      const r = callBound(ub, b, tb, [a]);
      if (r !== NotImplemented) return r;
    }
    // a side without a method of its own is a builtin: its type's comparison, as CPython's
    // tp_richcompare, takes only the other operands it knows (`1 == K(1.0)` leaves int's
    // to K.__eq__, reflected; `I(1) < 2` with I.__lt__ declining is int's `2 > I(1)`)
    const r1 = ua !== undefined ? callBound(ua, a, ta, [b]) : builtinSlotCompare(a, b, op);
    if (r1 !== NotImplemented) return r1;
    if (!reflectedFirst) {
      const r2 = ub !== undefined ? callBound(ub, b, tb, [a]) : builtinSlotCompare(b, a, CMP_SWAP[op]);
      if (r2 !== NotImplemented) return r2;
    }
  }
  if (op === EQ) return a === b;
  if (op === NE) return a !== b;
  notSupportedBetween(CMP_SYMBOLS[op], a, b);
}

/**
 * CPython's object.__ne__(a, b) (object_richcompare): the `==` of a's type alone, as its
 * tp_richcompare(a, b, Py_EQ) (a class's __eq__, a builtin type's own comparison, or object's
 * identity test; b's reflected method is not asked), inverted unless NotImplemented.
 */
export function objectNe(a: Py, b: Py): Py {
  const t = typeOf(a);
  let r: Py;
  if (t.builtin) {
    r = builtinSlotCompare(a, b, EQ);
    // (a type without a comparison of its own has object's: identity)
    if (r === NotImplemented && a === b) r = true;
  } else {
    const eq = lookup(t, "__eq__");
    if (eq === undefined || isObjectSlot("__eq__", eq)) r = a === b ? true : NotImplemented;
    else r = callBound(eq, a, t, [b]);
  }
  return r === NotImplemented ? r : !pyBool(r);
}

/** The builtin value inside an instance of a subclass of int/float/str/bytes (else v itself). */
export function baseValue(v: Py): Py {
  if (v instanceof PyInstance) {
    const x = (v as PyInstance & { value?: Py }).value;
    if (x !== undefined) return x;
  }
  return v;
}

/**
 * A str argument as a JS string: a str, or the str an instance of a str subclass holds (CPython's
 * PyUnicode_Check accepts both); undefined for anything else. Builtins parsing a str argument use
 * this, so `ord(S("x"))`, `getattr(o, S("name"))` or `int(S("ff"), 16)` work as in CPython.
 *
 * @example
 * asStr("ab");  // "ab"
 * asStr(1);     // undefined
 */
export function asStr(v: Py): string | undefined {
  if (typeof v === "string") return v;
  if (v instanceof PyInstance) {
    const x = (v as PyInstance & { value?: Py }).value;
    if (typeof x === "string") return x;
  }
  return undefined;
}

/** An attribute name argument (getattr, setattr, object.__getattribute__...): a str or str subclass. */
export function attrNameArg(v: Py): string {
  const s = asStr(v);
  if (s === undefined) typeError(`attribute name must be string, not '${typeName(v)}'`);
  return s;
}

/** When only one side is a user object, its builtin base may still compare (list subclasses). */
function builtinCompareUser(a: Py, b: Py, op: number): Py {
  const x = baseValue(a), y = baseValue(b);
  if (typeof x === "object" && x !== null && x instanceof PyInstance) return NotImplemented;
  return builtinCompare(x, y, op);
}

/**
 * The comparison of a's builtin type (a builtin value or an instance of a builtin subclass) with
 * b, through b's builtin base: NotImplemented where CPython's type would not take b (int takes
 * ints only, float ints and floats, complex any of the three).
 */
function builtinSlotCompare(a: Py, b: Py, op: number): Py {
  const x = baseValue(a), y = baseValue(b);
  if (y instanceof PyFloat ? isIntLike(x) : y instanceof PyComplex && (isIntLike(x) || x instanceof PyFloat)) return NotImplemented;
  return builtinCompareUser(x, y, op);
}

function isIntLike(v: Py): boolean {
  return typeof v === "number" || typeof v === "bigint" || typeof v === "boolean";
}

export function pyLt(a: Py, b: Py): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  return truthy(richCompare(a, b, LT));
}

/**
 * Python's str order (by code point) for JS strings (UTF-16): negative, zero or positive. Code
 * unit order agrees with it except where a surrogate (an astral character) meets a code unit of
 * U+E000 or above, which the mapping below puts in code point order.
 */
export function strCompare(a: string, b: string): number {
  if (a === b) return 0;
  const n = a.length < b.length ? a.length : b.length;
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length - b.length;
  let x = a.charCodeAt(i), y = b.charCodeAt(i);
  if (x >= 0xd800 && y >= 0xd800) {
    x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
    y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
  }
  return x - y;
}

/** Three-way compare for sorting (uses __lt__ only, as list.sort does). */
export function sortLess(a: Py, b: Py): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  if (typeof a === "string" && typeof b === "string") return strCompare(a, b) < 0;
  return truthy(richCompare(a, b, LT));
}

// ---------------------------------------------------------------------------------------------
// Hashing

const KEY_UNHASHABLE = 1, KEY_VALUE = 2, KEY_OWN = 3;

/** How instances of user class t are dict keys: unhashable, by value (a Python __eq__ or
 * __hash__), or as their builtin base (identity, or the value of a bytes/complex subclass). */
function instanceKeyKind(t: PyType): number {
  const h = lookup(t, "__hash__");
  if (h === null) return KEY_UNHASHABLE;
  // (an __eq__ defined in a class body without __hash__ set __hash__ to None then; one
  // assigned to the class later leaves instances hashable, as in CPython)
  const eq = lookup(t, "__eq__");
  if (eq !== undefined && !isBuiltinSlot(t, "__eq__", eq)) return KEY_VALUE;
  if (h !== undefined && !isBuiltinSlot(t, "__hash__", h)) return KEY_VALUE;
  return KEY_OWN;
}

/** hasValueEquality of an instance of a class (a user class, or a builtin one's instance). */
function userKeyEquality(v: PyObject): boolean {
  const t = v.cls as PyType;
  if (t.builtin) return false;
  // (decided once per class until a class changes: each dict operation on such a key asks)
  typeCaches(t);
  if (t.keyKind < 0) t.keyKind = instanceKeyKind(t);
  if (t.keyKind === KEY_UNHASHABLE) unhashable(v);
  if (t.keyKind === KEY_VALUE) return true;
  // an instance of a bytes or complex subclass hashes and compares as its value, through the
  // methods it inherits: the same key as an equal bytes ({b"k": 1}[B(b"k")])
  return (v as { value?: Py }).value !== undefined;
}

/** Does this (hashable) object need value-based dict keys? Raises TypeError when unhashable. */
export function hasValueEquality(v: Py): boolean {
  // (instances of user classes first: the commonest object keys, and none of the types below)
  if (v instanceof PyInstance) return userKeyEquality(v);
  if (v instanceof PyTuple || v instanceof PyBytes || v instanceof PyRange || v instanceof PyComplex || v instanceof PyMethod) return true;
  if (v instanceof PyGenericAlias || v instanceof PyUnion) return true;
  if (v instanceof PyMappingProxy) {
    // hashed as its mapping (3.12; 3.11 refuses any mappingproxy)
    hasValueEquality(proxyMapping(v));
    return true;
  }
  if ((v instanceof PyList || v instanceof PyDict || v instanceof PySet) && !v.cls.builtin) {
    // a subclass of a mutable container can define __hash__ (and then is a value-equal key)
    const h = lookup(v.cls, "__hash__");
    if (h !== undefined && h !== null && !isBuiltinSlot(v.cls, "__hash__", h)) return true;
  }
  if (v instanceof PySet) {
    if (isSubtype(v.cls, FrozenSetType)) return true;
    unhashable(v);
  }
  if (v instanceof PyList || v instanceof PyDict || v instanceof PyByteArray) unhashable(v);
  if (typeof v === "object" && !v.cls.builtin) return userKeyEquality(v);
  if (v instanceof PySlice) return true;
  if (v.cls === DictKeysType || v.cls === DictItemsType) unhashable(v);
  return false;
}

function strHash(s: string): number {
  chargeChars(s.length);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h |= 0;
  return h === -1 ? -2 : h;
}

const P61 = (1n << 61n) - 1n;
export function floatHash(x: number): number {
  const h = floatHashExact(x);
  return typeof h === "number" ? h : Number(h);
}

/** CPython's hash of a float, exactly. */
export function floatHashExact(x: number): number | bigint {
  if (Number.isInteger(x)) {
    if (Math.abs(x) <= Number.MAX_SAFE_INTEGER) return intHash(x);
    if (Math.abs(x) < 2 ** 127) return intHashExact(BigInt(x));
  }
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 0 : x > 0 ? 314159 : -314159;
  // CPython's algorithm: reduce the exact rational value modulo 2^61-1
  let m = Math.abs(x);
  let e = 0;
  while (m >= 1) m /= 2, e++;
  while (m < 0.5) m *= 2, e--;
  let h = 0n;
  while (m) {
    h = ((h << 28n) & P61) | (h >> 33n);
    m *= 268435456.0;
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    h += BigInt(y);
    if (h >= P61) h -= P61;
  }
  const ee = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
  h = ((h << BigInt(ee)) & P61) | (h >> BigInt(61 - ee));
  let r = BigInt.asIntN(64, x < 0 ? -h : h);
  if (r === -1n) r = -2n;
  return r >= -BigInt(Number.MAX_SAFE_INTEGER) && r <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(r) : r;
}

/** hash() as the builtin reports it: exact for numbers (which may exceed 2^53). */
export function pyHashExact(v: Py): number | bigint {
  if (typeof v === "number" || typeof v === "bigint") return intHashExact(v);
  if (v instanceof PyFloat) return floatHashExact(v.v);
  if (v instanceof PyComplex) {
    // CPython: hash(re) + 1000003 * hash(im) in wrapping 64-bit arithmetic
    let r = BigInt.asIntN(64, BigInt(floatHashExact(v.re)) + 1000003n * BigInt(floatHashExact(v.im)));
    if (r === -1n) r = -2n;
    return r >= -BigInt(Number.MAX_SAFE_INTEGER) && r <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(r) : r;
  }
  if (typeof v === "object" && v !== null && !(v.cls as PyType).builtin) {
    const h = lookup(v.cls, "__hash__");
    if (h === null) unhashable(v);
    if (h !== undefined && !isBuiltinSlot(v.cls, "__hash__", h)) return userHash(h, v);
    // an int/float subclass without its own __hash__ hashes exactly as its value
    const x = (v as PyInstance & { value?: Py }).value;
    if (v instanceof PyInstance && x !== undefined && (typeof x === "number" || typeof x === "bigint" || x instanceof PyFloat)) {
      return pyHashExact(x);
    }
  }
  return pyHash(v);
}

const I64_MIN = -(1n << 63n);
const I64_MAX = (1n << 63n) - 1n;

/**
 * The hash of an object whose class defines __hash__, exactly: CPython keeps a result that fits in
 * a C long (a signed 64-bit value; -1 becomes -2) and hashes a larger one as an int.
 */
function userHash(h: Py, v: Py): number | bigint {
  const r = baseValue(callBound(h, v, v.cls as PyType, [])); // an int subclass counts as its value
  if (typeof r === "boolean") return r ? 1 : 0;
  if (typeof r === "number") return r === -1 ? -2 : r;
  if (typeof r !== "bigint") typeError("__hash__ method should return an integer");
  return r >= I64_MIN && r <= I64_MAX ? r : intHashExact(r);
}

/** hash(v). */
export function pyHash(v: Py): number {
  switch (typeof v) {
    case "string":
      return strHash(v);
    case "number":
    case "bigint":
      return intHash(v);
    case "boolean":
      return v ? 1 : 0;
  }
  if (v === null) return 0x5f5f;
  if (v instanceof PyFloat) return floatHash(v.v);
  if (v instanceof PyMethod) return (objectId(v.self) ^ pyHash(v.func)) | 0;
  const t = v.cls as PyType;
  if (!t.builtin) {
    const h = lookup(t, "__hash__");
    if (h === null) unhashable(v);
    if (h !== undefined && !isBuiltinSlot(t, "__hash__", h)) {
      // (inexact past 2^53, as intHash is, so an object and an equal int with the same hash agree)
      const r = userHash(h, v);
      return typeof r === "number" ? r : Number(r);
    }
    if (v instanceof PyInstance) {
      // an int/float/str/bytes subclass hashes as its value (so I(5) and 5 are the same key)
      const x = (v as PyInstance & { value?: Py }).value;
      if (x !== undefined) return pyHash(x);
    }
  }
  if (v instanceof PyTuple) return tupleHash(v.a);
  if (v instanceof PyBytes) {
    let h = 0x811c9dc5;
    chargeChars(v.b.length);
    for (let i = 0; i < v.b.length; i++) h = Math.imul(h ^ v.b[i], 0x01000193);
    h |= 0;
    return h === -1 ? -2 : h;
  }
  if (v instanceof PySet) {
    if (!isSubtype(t, FrozenSetType)) unhashable(v);
    if (v.hashCache !== null) return v.hashCache;
    chargeWork(v.m.size);
    let h = 0;
    // (an element's stored hash, as CPython's frozenset_hash: no __hash__ runs again)
    const hs = storedHashes(v);
    for (const x of v.m.values()) {
      const xh = hs?.get(x) ?? pyHash(x);
      h ^= Math.imul(xh ^ (xh << 16) ^ 89869747, 3644798167);
    }
    h = Math.imul(h, 69069) + 907133923 | 0;
    v.hashCache = h;
    return h;
  }
  if (v instanceof PyRange) return rangeHash(v);
  if (v instanceof PyComplex) return floatHash(v.re) + 1000003 * floatHash(v.im) | 0;
  if (v instanceof PyList || v instanceof PyDict || v instanceof PyByteArray) unhashable(v);
  // a slice hashes as the tuple of its bounds (3.12; 3.11 refuses any): unhashable bounds raise
  if (v instanceof PySlice) return tupleHash([v.start, v.stop, v.step]);
  if (t === DictKeysType || t === DictItemsType) unhashable(v);
  // equal generic aliases and unions hash alike
  if (v instanceof PyGenericAlias) return (pyHash(v.origin) ^ pyHash(new PyTuple(v.args))) | 0;
  if (v instanceof PyUnion) return v.args.reduce((h: number, x) => h ^ pyHash(x), 0x7a11);
  if (v instanceof PyMappingProxy) return pyHash(proxyMapping(v));
  return (objectId(v) / 16) | 0;
}

/**
 * The hash of a tuple's items. Exact tuples nested in it are hashed without recursion, with a
 * stack of their own: CPython hashes a tuple nested 100,000 deep (its C stack allows it), which
 * recursion on the JS stack could not.
 */
function tupleHash(items: Py[]): number {
  let a = items, h = 0x345678, i = 0;
  let outer: { a: Py[]; h: number; i: number }[] | null = null;
  chargeWork(a.length);
  for (;;) {
    if (i < a.length) {
      const x = a[i];
      if (x instanceof PyTuple && x.cls === TupleType) {
        (outer ??= []).push({ a, h, i });
        a = x.a;
        h = 0x345678;
        i = 0;
        chargeNested(a.length);
        continue;
      }
      h = Math.imul(h ^ pyHash(x), 1000003) + i;
      i++;
      continue;
    }
    h |= 0;
    if (h === -1) h = -2;
    if (outer === null || outer.length === 0) return h;
    const o = outer.pop()!;
    a = o.a;
    i = o.i;
    h = Math.imul(o.h ^ h, 1000003) + i;
    i++;
  }
}

// ---------------------------------------------------------------------------------------------
// Iteration

export { PyIterator, STOP };

/** iter(v). */
export function getIter(v: Py, notIterable?: string): Py {
  if (v instanceof PyIterator) return v;
  return hooks.getIter(v, notIterable);
}

/** next() on any iterator object; returns STOP at the end. */
export function iterNext(it: Py): Py {
  if (it instanceof PyIterator) return it.next();
  return hooks.iterNext(it);
}

/**
 * The items of an exact list or tuple, read in place (null for anything else: a subclass may
 * define its own __iter__, which iteration must then use).
 */
export function plainItems(v: Py): Py[] | null {
  return (v instanceof PyList || v instanceof PyTuple) && v.cls.builtin ? v.a : null;
}

/**
 * Drain an iterable into a JS array; `notIterable` is the TypeError message when it is not one.
 * `sized` is for the builtins that size their result first (CPython's list_extend and
 * PySequence_Tuple: list(), tuple(), sorted(), list.extend, `[*x]`, `f(*x)`): once the iterator is
 * made, an object of a user class has its length hint taken (see lengthHint).
 */
export function iterToArray(v: Py, notIterable?: string, sized = false): Py[] {
  const a = plainItems(v);
  if (a !== null) {
    chargeWork(a.length);
    return a.slice();
  }
  if (typeof v === "string") {
    chargeWork(v.length);
    return hooks.cpArray(v);
  }
  const it = getIter(v, notIterable);
  if (sized) sizeHint(v);
  const out: Py[] = [];
  for (;;) {
    const x = iterNext(it);
    if (x === STOP) return out;
    out.push(x);
    if ((out.length & 1023) === 0) {
      hooks.charge(1024);
      if (out.length > 10_000_000) hooks.memoryError();
    }
  }
}

/**
 * Call `f` on each item of an iterable as it is read, for the builtins that update a container in
 * place (list.extend and `+=`, set.update and its kin, dict.update from pairs): as in CPython, an
 * item is added before the next one is read, so an iterable that fails partway leaves the items
 * before it added, and a generator that reads the container sees it grow. Returns true when `f`
 * asked to stop (by returning true). Lists, tuples, strings, sets and dicts are read as a snapshot
 * first (iterToArray: charged once, no per-item overhead; `l.extend(l)` sees l as it was);
 * other iterables are charged every 1024 items like iterToArray (the heap limit, sampled by the
 * charge, bounds what the container grows to; list.extend also checks MAX_SEQUENCE).
 */
export function forEachItem(v: Py, f: (x: Py) => boolean | void, notIterable?: string, sized = false): boolean {
  if (plainItems(v) !== null || typeof v === "string" || v instanceof PySet || v instanceof PyDict) {
    const a = iterToArray(v, notIterable);
    for (let i = 0; i < a.length; i++) if (f(a[i]) === true) return true;
    return false;
  }
  const it = getIter(v, notIterable);
  if (sized) sizeHint(v);
  for (let n = 1;; n++) {
    const x = iterNext(it);
    if (x === STOP) return false;
    if (f(x) === true) return true;
    if ((n & 1023) === 0) hooks.charge(1024);
  }
}

/**
 * The length hint CPython's sized consumers take (list(), tuple(), list.extend, `[*v]`, sorted),
 * for its errors: a user object's (lengthHint), and a range's length, which must fit a C ssize_t
 * (`list(range(2**64))`: OverflowError, not a MemoryError once the items run out of room).
 */
function sizeHint(v: Py): void {
  if (typeof v !== "object" || v === null) return;
  if (!v.cls.builtin) lengthHint(v);
  else if (v instanceof PyRange && v.big) rangeLenChecked(v);
}

/**
 * CPython's PyObject_LengthHint for an object of a user class, for its side effects and errors
 * only (the result would size a buffer): its __len__, whose TypeError makes way for
 * __length_hint__; a __length_hint__ result must be an int (NotImplemented means no hint), fit a
 * C ssize_t and not be negative.
 */
export function lengthHint(v: Py & object): void {
  const t = v.cls as PyType;
  const l = lookup(t, "__len__");
  if (l !== undefined && !isBuiltinSlot(t, "__len__", l)) {
    try {
      lenResult(callBound(l, v, t, []));
      return;
    } catch (e) {
      if (!(e instanceof PyException && isSubtype(e.cls, TypeErrorType))) throw e;
    }
  }
  const h = lookup(t, "__length_hint__");
  if (h === undefined || h instanceof PyBuiltin) return;
  const r = callBound(h, v, t, []);
  if (r === NotImplemented) return;
  const n = baseValue(r);
  if (typeof n !== "number" && typeof n !== "bigint" && typeof n !== "boolean") {
    typeError(`__length_hint__ must be an integer, not ${typeName(r)}`);
  }
  if (typeof n === "bigint" && (n >= SSIZE_END || n < -SSIZE_END)) raise(OverflowError, "Python int too large to convert to C ssize_t");
  if (typeof n !== "boolean" && n < 0) valueError("__length_hint__() should return >= 0");
}

// ---------------------------------------------------------------------------------------------
// Items

export function getItem(o: Py, k: Py): Py {
  return hooks.getItem(o, k);
}
export function setItem(o: Py, k: Py, v: Py): void {
  hooks.setItem(o, k, v);
}
export function delItem(o: Py, k: Py): void {
  hooks.delItem(o, k);
}

export {
  BaseException, BoolType, BytesType, ByteArrayType, DictType, IntType, keyError, indexError, ListType,
  ModuleType, NoneType, noItemAssignment, noItemDeletion, notIterable, notSubscriptable, RangeType, StrType,
  TupleType, dictKeys,
};

// ---------------------------------------------------------------------------------------------
// Numeric conversions (implemented in builtins/numbers.ts and seq.ts, installed as hooks)

/** operator.index(v): int from int, bool or __index__; TypeError otherwise. */
export function toIndex(v: Py): number | bigint {
  const i = hooks.asIndex(v);
  if (i === undefined) typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  return i;
}

/** int(v) semantics (including __int__ / __index__ / __trunc__). */
export function toInt(v: Py): number | bigint {
  return hooks.toInt(v);
}

/** float(v) semantics (including __float__ / __index__). */
export function toFloat(v: Py): number {
  return hooks.toFloat(v);
}
