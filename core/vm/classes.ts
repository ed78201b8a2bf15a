// Class creation (the class statement) and instantiation of user classes.

import { mroConflict, raise, runtimeError, typeError } from "../errors.ts";
import { dictGet, dictSet, setAdopt } from "../objects/dict.ts";
import { BaseException, TypeError as TypeErrorT } from "../objects/exceptions.ts";
import {
  bumpTypeEpoch, ByteArrayType, DictType, FloatType, FrozenSetType, IntType, ListType, ObjectType, type Py, PyBuiltin,
  PyByteArray, PyCell, PyDict, PyFunction, PyInstance, PyList, PySet, PyTuple, PyType, SetType,
  StrType, TupleType, TypeType, BytesType, PyClassMethod, PyProperty, PyStaticMethod, EMPTY_TUPLE, PyDescriptor,
  MemberDescriptorType, GetSetDescriptorType, PyException, TYPE_ABSTRACT, PropertyType, StaticMethodType, ClassMethodType, SuperType, PySuper, typeEpoch,
} from "../objects/model.ts";
import {
  asStr, baseValue, bind, chargeWork, callBound, callBoundKw, callMethod, callObject, checkCompatible, getAttr, getAttrOpt, hooks, isBuiltinSlot, isSubtype, iterToArray, lookup,
  newExceptionInstance, pyRepr, pyStr, setAttr, strCompare, typeGetAttr,
} from "../objects/protocol.ts";
import { typeName, typeOf } from "../objects/typeof.ts";
import { isIdentifier } from "../objects/str.ts";
import type { Frame } from "./frame.ts";
import type { Interp } from "./vm.ts";
import { PyGenericAlias } from "../objects/union.ts";
import { setItem } from "./ops.ts";

/**
 * The MRO of class `cls` with these bases (CPython's mro_implementation): with one base, `cls`
 * then the base's MRO as it is; else the C3 merge of the bases' MROs and the bases themselves,
 * TypeError when there is none.
 */
export function c3(cls: PyType, bases: PyType[]): PyType[] {
  if (bases.length === 1) {
    // (charged as a copy: a chain of 10,000 classes each deriving from the last holds 50 million entries)
    chargeWork(bases[0].mro.length);
    return [cls].concat(bases[0].mro);
  }
  // as CPython's check_duplicates: the first base that occurs again
  const first = new Map<PyType, number>();
  let dup = -1;
  for (let i = 0; i < bases.length; i++) {
    const j = first.get(bases[i]);
    if (j === undefined) first.set(bases[i], i);
    else if (dup < 0 || j < dup) dup = j;
  }
  if (dup >= 0) typeError(`duplicate base class ${bases[dup].name}`);
  return merge(cls, bases.map((b) => b.mro).concat([bases]));
}

/**
 * CPython's pmerge: repeatedly take the head of the first list whose head is in no list's tail,
 * and drop it from the heads of all lists. CPython scans every list's tail for every head it
 * tries, which is cubic in the number of bases (10,000 bases: minutes); here each class counts
 * its places in the tails, and the lists whose head is free wait in a heap by their order, so the
 * merge costs O(n log n) in the total length n of the lists, with the same result and error. The
 * budget is charged for its steps (a list element counted, a list advanced, a heap push or pop).
 */
function merge(cls: PyType, lists: PyType[][]): PyType[] {
  const n = lists.length;
  let steps = 0;
  const remain = new Int32Array(n);
  // places of each class in the lists' tails (a list may repeat a class: a custom mro())
  const inTails = new Map<PyType, number>();
  for (const l of lists) {
    for (let k = 1; k < l.length; k++) inTails.set(l[k], (inTails.get(l[k]) ?? 0) + 1);
    steps += l.length;
  }
  // the lists each class heads, and the lists whose head is in no tail (a binary min-heap)
  const heading = new Map<PyType, number[]>();
  const ready: number[] = [];
  const push = (i: number) => {
    steps++;
    let k = ready.length;
    ready.push(i);
    while (k > 0) {
      const p = (k - 1) >> 1;
      if (ready[p] <= i) break;
      ready[k] = ready[p];
      k = p;
    }
    ready[k] = i;
  };
  const pop = (): number => {
    const top = ready[0], last = ready.pop()!;
    const len = ready.length;
    if (len > 0) {
      let k = 0;
      for (;;) {
        let c = 2 * k + 1;
        if (c >= len) break;
        if (c + 1 < len && ready[c + 1] < ready[c]) c++;
        if (ready[c] >= last) break;
        ready[k] = ready[c];
        k = c;
      }
      ready[k] = last;
    }
    return top;
  };
  const head = (i: number, h: PyType) => {
    const ls = heading.get(h);
    if (ls === undefined) heading.set(h, [i]);
    else ls.push(i);
  };
  for (let i = 0; i < n; i++) {
    if (lists[i].length === 0) continue;
    const h = lists[i][0];
    head(i, h);
    if (!inTails.has(h)) push(i);
  }
  const out: PyType[] = [cls];
  while (ready.length > 0) {
    steps++;
    const i = pop();
    // (a list pushed for a head it has since passed)
    if (remain[i] >= lists[i].length) continue;
    const c = lists[i][remain[i]];
    if ((inTails.get(c) ?? 0) > 0) continue;
    out.push(c);
    const ls = heading.get(c)!;
    heading.delete(c);
    steps += ls.length;
    for (const j of ls) {
      const l = lists[j];
      if (++remain[j] >= l.length) continue;
      const h = l[remain[j]];
      const left = inTails.get(h)! - 1;
      inTails.set(h, left);
      head(j, h);
      if (left === 0) for (const k of heading.get(h)!) push(k);
    }
  }
  chargeWork(steps);
  if (remain.some((r, i) => r < lists[i].length)) {
    // as CPython: the classes still at the heads of the lists, each once
    const heads = new Set<PyType>();
    for (let i = 0; i < n; i++) if (remain[i] < lists[i].length) heads.add(lists[i][remain[i]]);
    mroConflict([...heads].map((b) => b.name));
  }
  return out;
}

/** The builtin layout instances of a class with these bases use. */
function solidLayout(bases: PyType[]): PyType {
  let layout: PyType = ObjectType;
  for (const b of bases) {
    const l = b.layout ?? ObjectType;
    if (l === ObjectType) continue;
    if (layout === ObjectType || isSubtype(l, layout)) layout = l;
    else if (!isSubtype(layout, l)) typeError("multiple bases have instance lay-out conflict");
  }
  return layout;
}

/** Does t add to its base's instance layout (CPython's extra_ivars): a builtin layout of its own, or __slots__ naming slots? */
function addsLayout(t: PyType): boolean {
  if (t.builtin) return (t.layout === t && t !== ObjectType) || t.extraIvars;
  const sl = t.declaredSlots;
  if (sl === null) return false;
  return sl.some((n) => n !== "__dict__" && n !== "__weakref__");
}

/** CPython's solid_base: the nearest class along the __base__ chain that adds to the layout. */
export function solidBase(t: PyType): PyType {
  if (t.solid !== null) return t.solid;
  // (a loop: the __base__ chain may be 10,000 classes long)
  let s: PyType = t;
  while (s.solid === null && !addsLayout(s)) {
    if (s.base === null) break;
    s = s.base;
  }
  const solid = s.solid ?? (addsLayout(s) ? s : ObjectType);
  for (let c: PyType = t; c !== s; c = c.base!) c.solid = solid;
  return s.solid = solid;
}

/** CPython's best_base: the base whose solid base is the most derived (the new class's __base__). */
export function bestBase(bases: PyType[]): PyType {
  let base = bases[0], winner: PyType | null = null;
  for (const b of bases) {
    const c = solidBase(b);
    if (winner === null || (!isSubtype(winner, c) && isSubtype(c, winner))) {
      winner = c;
      base = b;
    } else if (!isSubtype(winner, c)) typeError("multiple bases have instance lay-out conflict");
  }
  return base;
}

/** Call f with the positional args followed by the class statement's keywords. */
function callWithKw(f: Py, args: Py[], kw: Map<string, Py>): Py {
  return callObject(f, args.concat([...kw.values()]), kw.size > 0 ? [...kw.keys()] : null);
}

/** Execute a class statement. */
export function buildClass(vm: Interp, body: PyFunction, name: string, bases: Py[], kwnames: string[], kwvalues: Py[]): Py {
  // a base that is not a class stands for what its __mro_entries__ gives (a generic alias, for
  // `class C(list[int])`, its origin); the class keeps the bases as written in __orig_bases__
  let origBases: PyTuple | null = null;
  if (bases.some((b) => !(b instanceof PyType))) {
    const orig = new PyTuple(bases.slice());
    const out: Py[] = [];
    let changed = false;
    for (const b of bases) {
      const me = b instanceof PyType || b instanceof PyGenericAlias ? undefined : getAttrOpt(b, "__mro_entries__");
      if (b instanceof PyGenericAlias) out.push(b.origin);
      else if (me !== undefined) {
        const r = callObject(me, [orig]);
        if (!(r instanceof PyTuple)) typeError("__mro_entries__ must return a tuple");
        out.push(...r.a);
      } else {
        out.push(b);
        continue;
      }
      changed = true;
    }
    if (changed) {
      origBases = orig;
      bases = out;
    }
  }
  let meta: Py = null;
  const kw = new Map<string, Py>();
  for (let i = 0; i < kwnames.length; i++) {
    if (kwnames[i] === "metaclass") meta = kwvalues[i];
    else kw.set(kwnames[i], kwvalues[i]);
  }
  const baseTypes = bases as PyType[];
  // as CPython's __build_class__: the first base's type by default, then the most derived of
  // the bases' types; a base that is not a class makes its type the metaclass (`class C(5)`
  // calls int("C", (5,), ns)), which only type and its subclasses accept
  if (meta === null) meta = bases.length > 0 ? typeOf(bases[0]) : TypeType;
  if (meta instanceof PyType) meta = calcMeta(meta, baseTypes);
  // run the body in a fresh namespace, or the one the metaclass's __prepare__ makes
  let ns: PyDict;
  const prepare = meta instanceof PyType && !meta.builtin ? lookup(meta, "__prepare__") : undefined;
  if (prepare !== undefined && prepare !== TypeType.dict.get("__prepare__")) {
    const m = callWithKw(getAttr(meta, "__prepare__"), [name, new PyTuple(bases)], kw);
    // any mapping (CPython's PyMapping_Check: its type has __getitem__); the body's name loads,
    // stores and deletions go through its __getitem__, __setitem__ and __delitem__
    if (!(m instanceof PyDict) && lookup(typeOf(m), "__getitem__") === undefined) {
      typeError(`${(meta as PyType).name}.__prepare__() must return a mapping, not ${typeName(m)}`);
    }
    ns = m as PyDict;
    setItem(ns, "__module__", body.globals.name);
    setItem(ns, "__qualname__", body.code.qualname);
  } else {
    ns = new PyDict();
    dictSet(ns, "__module__", body.globals.name);
    dictSet(ns, "__qualname__", body.code.qualname);
  }
  const f = vm.enterFunction(body, [], 0, 0, null) as Frame;
  f.ns = ns;
  vm.depth++;
  let cell: Py;
  try {
    cell = vm.runNested(f);
  } finally {
    vm.depth--;
  }
  // the __class__ cell (a body using __class__ or super()) goes to the metaclass in the namespace;
  // type.__new__ takes it out and sets it (newClass)
  if (cell instanceof PyCell) setItem(ns, "__classcell__", cell);
  if (origBases !== null) setItem(ns, "__orig_bases__", origBases);
  let cls: Py;
  if (meta !== TypeType && meta instanceof PyType && !meta.builtin) {
    cls = callWithKw(meta, [name, new PyTuple(bases), ns], kw);
  } else if (meta !== TypeType) {
    cls = callWithKw(meta, [name, new PyTuple(bases), ns], kw);
  } else {
    cls = newClass(TypeType, name, baseTypes, ns, kw);
  }
  // (CPython's __build_class__: a metaclass that dropped __classcell__ left the cell unset)
  if (cell instanceof PyCell && cell.v !== cls) {
    if (cell.v === undefined) {
      runtimeError(`__class__ not set defining ${pyRepr(name)} as ${pyRepr(cls)}. Was __classcell__ propagated to type.__new__?`);
    }
    typeError(`__class__ set to ${pyRepr(cell.v)} defining ${pyRepr(name)} as ${pyRepr(cls)}`);
  }
  return cls;
}

/** The most derived of `meta` and the bases' metaclasses (CPython's _PyType_CalculateMetaclass). */
export function calcMeta(meta: PyType, bases: PyType[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const m = typeOf(b);
    if (isSubtype(winner, m)) continue;
    if (isSubtype(m, winner)) {
      winner = m;
      continue;
    }
    typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
  }
  return winner;
}

/**
 * type(name, bases, ns): create a user class object. `module` is the `__module__` it gets when
 * `ns` has none (type() called from a module's code: that module's name).
 */
export function newClass(
  meta: PyType, name: string, bases: PyType[], ns: PyDict, kw: Map<string, Py> = new Map(), module: string | null = null,
): PyType {
  // (checked here, after the class body ran, for class statements and type() alike; CPython's
  // best_base, then the name)
  for (const b of bases as Py[]) {
    if (!(b instanceof PyType)) typeError("bases must be types");
    if (b.final) typeError(`type '${b.name}' is not an acceptable base type`);
  }
  if (name.includes("\0")) raise(hooks.ValueError, "type name must not contain null characters");
  const realBases = bases.length > 0 ? bases : [ObjectType];
  const t = new PyType(name, realBases, new Map(), false);
  t.cls = meta;
  t.layout = solidLayout(realBases);
  t.base = bestBase(realBases);
  if (t.layout !== ObjectType) t.hasDict = true;
  let qualname: Py = undefined;
  let classCell: Py = undefined;
  for (const [k, v] of ns.m) {
    if (typeof k !== "string") continue;
    if (k === "__qualname__") {
      qualname = v;
      continue;
    }
    if (k === "__classcell__") {
      classCell = v;
      continue;
    }
    // __module__ stays in the class namespace (instances read it too); t.module serves repr
    if (k === "__module__") t.module = String(v);
    let val = v;
    // __init_subclass__ and __class_getitem__ are implicit classmethods
    if ((k === "__init_subclass__" || k === "__class_getitem__") && v instanceof PyFunction) val = new PyClassMethod(v);
    if (k === "__new__" && v instanceof PyFunction) val = new PyStaticMethod(v);
    t.dict.set(k, val);
  }
  if (module !== null && !t.dict.has("__module__")) {
    t.module = module;
    t.dict.set("__module__", module);
  }
  const own = t.dict.get("__slots__");
  if (own !== undefined) t.declaredSlots = typeof own === "string" ? [own] : iterToArray(own);
  addDescriptors(t);
  if (qualname !== undefined) {
    const q = baseValue(qualname);
    if (typeof q !== "string") typeError(`type __qualname__ must be a str, not ${typeName(qualname)}`);
    t.qualname = q;
  }
  // the class body's __class__ cell is this class (set before __set_name__ and __init_subclass__ run)
  if (classCell !== undefined) {
    if (!(classCell instanceof PyCell)) typeError(`__classcell__ must be a nonlocal cell, not ${pyRepr(typeOf(classCell))}`);
    classCell.v = t;
  }
  // (in CPython's order: the descriptors, __doc__, then __hash__)
  if (!t.dict.has("__doc__")) t.dict.set("__doc__", null);
  if (t.dict.has("__eq__") && !t.dict.has("__hash__")) t.dict.set("__hash__", null);
  // the MRO once the namespace is set up (CPython's PyType_Ready, after __slots__ is checked)
  t.mro = computeMro(t, realBases);
  for (const b of realBases) b.subclasses.push(t);
  applySlots(t);
  bumpTypeEpoch();
  // __set_name__ (a property just learns its name, for error messages)
  for (const [k, v] of t.dict) {
    if (v instanceof PyProperty && v.name === null) v.name = k;
    if (typeof v === "object" && v !== null && !(v instanceof PyType) && !v.cls.builtin) {
      const sn = lookup(v.cls, "__set_name__");
      if (sn === undefined) continue;
      try {
        callBound(sn, v, v.cls, [t, k]);
      } catch (e) {
        // as CPython 3.12 (3.11 wraps the error in a RuntimeError with this message)
        if (e instanceof PyException) callMethod(e, "add_note", [`Error calling __set_name__ on '${v.cls.name}' instance ${pyRepr(k)} in '${t.name}'`]);
        throw e;
      }
    }
  }
  // __init_subclass__ of the nearest base that defines one
  for (let i = 1; i < t.mro.length; i++) {
    const base = t.mro[i];
    const isc = base.dict.get("__init_subclass__");
    if (isc !== undefined) {
      const fn = isc instanceof PyClassMethod ? isc.func : isc;
      if (fn instanceof PyBuiltin && base === ObjectType) break; // object's: checked below
      // CPython calls super(t, t).__init_subclass__(**kw): a classmethod (what a plain function in
      // the class body became) gets t, an explicit staticmethod nothing
      const args: Py[] = [];
      const kn: string[] = [];
      for (const [k, v] of kw) {
        kn.push(k);
        args.push(v);
      }
      callObject(getAttr(new PySuper(t, t, t), "__init_subclass__"), args, kn.length ? kn : null);
      return t;
    }
  }
  if (kw.size > 0) typeError(`${t.qualname}.__init_subclass__() takes no keyword arguments`);
  return t;
}

/**
 * `C.__bases__ = (...)` (CPython's type_set_bases): checks the new bases, then recomputes the MRO of
 * the class and of its subclasses; on an error everything is left as it was.
 */
export function setBases(t: PyType, v: Py): void {
  if (!(v instanceof PyTuple)) typeError(`can only assign tuple to ${t.name}.__bases__, not ${typeName(v)}`);
  if (v.a.length === 0) typeError(`can only assign non-empty tuple to ${t.name}.__bases__, not ()`);
  for (const b of v.a) {
    if (!(b instanceof PyType)) typeError(`${t.name}.__bases__ must be tuple of classes, not '${typeName(b)}'`);
    if (isSubtype(b, t)) typeError("a __bases__ item causes an inheritance cycle");
  }
  const bases = (v.a as PyType[]).slice();
  const base = bestBase(bases);
  checkCompatible(t.base!, base, "__bases__");
  const oldBases = t.bases, oldBase = t.base;
  const saved: [PyType, PyType[]][] = [];
  t.bases = bases;
  t.base = base;
  try {
    remro(t, saved);
  } catch (e) {
    t.bases = oldBases;
    t.base = oldBase;
    for (const [c, mro] of saved) c.mro = mro;
    resetSolid(t);
    bumpTypeEpoch();
    throw e;
  }
  for (const b of oldBases) b.subclasses.splice(b.subclasses.indexOf(t), 1);
  for (const b of bases) b.subclasses.push(t);
  bumpTypeEpoch();
}

/**
 * Recompute the MRO of t and of its subclasses, saving the old ones: CPython's mro_hierarchy, a
 * class before its subclasses as they were once its own MRO was made, walked with a stack of its
 * own (a hierarchy may be 10,000 classes deep).
 */
function remro(t: PyType, saved: [PyType, PyType[]][]): void {
  const stack: { subs: PyType[]; i: number }[] = [];
  for (let c: PyType | null = t; c !== null;) {
    saved.push([c, c.mro]);
    c.solid = null;
    c.mro = computeMro(c, c.bases);
    bumpTypeEpoch();
    stack.push({ subs: c.subclasses.slice(), i: 0 });
    c = null;
    while (c === null && stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top.i < top.subs.length) c = top.subs[top.i++];
      else stack.pop();
    }
  }
}

function resetSolid(t: PyType): void {
  const todo = [t];
  while (todo.length > 0) {
    const c = todo.pop()!;
    c.solid = null;
    for (const sub of c.subclasses) todo.push(sub);
  }
}

/**
 * The MRO of class t with these bases (CPython's mro_invoke): what its metaclass's own mro()
 * gives, with CPython's checks, or C3 (the metaclass's mro() is then not called at all).
 */
function computeMro(t: PyType, bases: PyType[]): PyType[] {
  const meta = t.cls as PyType;
  const m = meta === TypeType ? undefined : lookup(meta, "mro");
  if (m === undefined || (m instanceof PyBuiltin && m.owner === TypeType)) return c3(t, bases);
  const r = iterToArray(callBound(m, t, meta, []));
  const solid = solidBase(t);
  for (const c of r) {
    if (!(c instanceof PyType)) typeError(`mro() returned a non-class ('${typeName(c)}')`);
    if (!isSubtype(solid, solidBase(c))) typeError(`mro() returned base with unsuitable layout ('${c.name}')`);
  }
  return r as PyType[];
}

/**
 * __new__ of an immutable builtin type (int, float, str, bytes, tuple, frozenset, complex):
 * for the type itself its constructor, for a subclass an instance holding the base value.
 */
export function builtinNew(base: PyType, cls: PyType, args: Py[], kw: string[] | null): Py {
  // frozenset's makes the subclass's set itself (and names the subclass in its errors)
  if (base === FrozenSetType && cls !== base && isSubtype(cls, base)) return base.newFn!(cls, args, kw);
  const v = base.newFn!(base, args, kw);
  if (cls === base) return v;
  if (!isSubtype(cls, base)) typeError(`${base.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${base.name}`);
  if (base === TupleType) return new PyTuple((v as PyTuple).a, cls);
  if (base === FrozenSetType) {
    const s = new PySet(cls);
    setAdopt(s, v as PySet);
    return s;
  }
  const inst = new PyInstance(cls);
  // (bytes(x) may be x.__bytes__()'s bytes-subclass instance itself; a subclass holds the bytes)
  (inst as PyInstance & { value: Py }).value = baseValue(v);
  return inst;
}

/** The private-name form of a slot declared by class c (`__x` in C is `_C__x`, as in its methods). */
function mangleSlot(c: PyType, n: string): string {
  const owner = c.name.replace(/^_+/, "");
  return n.startsWith("__") && !n.endsWith("__") && owner !== "" ? `_${owner}${n}` : n;
}

/**
 * Does an instance of class b carry a __dict__ / weak references (CPython's tp_dictoffset,
 * tp_weaklistoffset)? A user class knows since it was made (a lookup would walk its MRO: for a
 * chain of 10,000 classes each deriving from the one before, 50 million steps); a builtin has a
 * getset descriptor for it on its MRO.
 */
function hasGetSet(b: PyType, name: "__dict__" | "__weakref__"): boolean {
  if (!b.builtin) return name === "__dict__" ? b.dictSlot : b.weakrefSlot;
  return lookup(b, name) instanceof PyDescriptor;
}

/**
 * The class-namespace descriptors CPython's type_new adds: a member descriptor per slot the class
 * declares (sorted, as CPython), then `__dict__` and `__weakref__` when instances get them here
 * (no __slots__, or slots naming them, and a base without them; no weak references past a
 * variable-size builtin base: int, tuple, bytes).
 */
function addDescriptors(t: PyType): void {
  const items = t.declaredSlots;
  let slots: string[] | null = null;
  const base = t.base!;
  const l = base.layout, varSize = l === IntType || l === TupleType || l === BytesType;
  const baseDict = hasGetSet(base, "__dict__"), baseWeakref = hasGetSet(base, "__weakref__");
  if (items !== null) {
    slots = [];
    // CPython's type_new checks, in its order: the base's layout, each name, then the namespace
    if (items.length > 0 && varSize) typeError(`nonempty __slots__ not supported for subtype of '${base.name}'`);
    for (const item of items) {
      const n = asStr(item);
      if (n === undefined) typeError(`__slots__ items must be strings, not '${typeName(item)}'`);
      if (!isIdentifier(n)) typeError("__slots__ must be identifiers");
      if (n === "__dict__" && (slots.includes(n) || baseDict)) typeError("__dict__ slot disallowed: we already got one");
      if (n === "__weakref__" && (slots.includes(n) || baseWeakref)) {
        typeError("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
      }
      slots.push(n);
    }
    for (const n of slots) {
      if (n !== "__dict__" && n !== "__weakref__" && t.dict.has(mangleSlot(t, n))) {
        raise(hooks.ValueError, `'${mangleSlot(t, n)}' in __slots__ conflicts with class variable`);
      }
    }
    const members = slots.filter((n) => n !== "__dict__" && n !== "__weakref__").map((n) => mangleSlot(t, n)).sort();
    for (const n of members) t.dict.set(n, new PyDescriptor(n, t, MemberDescriptorType));
  }
  const addDict = (slots === null || slots.includes("__dict__")) && !baseDict;
  const addWeakref = (slots === null || slots.includes("__weakref__")) && !baseWeakref && !varSize;
  t.dictSlot = addDict || baseDict;
  t.weakrefSlot = addWeakref || baseWeakref;
  // (a name the class body defines stays: CPython adds these with setdefault)
  if (addDict && !t.dict.has("__dict__")) t.dict.set("__dict__", new PyDescriptor("__dict__", t, GetSetDescriptorType));
  if (addWeakref && !t.dict.has("__weakref__")) t.dict.set("__weakref__", new PyDescriptor("__weakref__", t, GetSetDescriptorType));
}

/** __slots__: restrict instance attributes when every class in the MRO declares slots. */
function applySlots(t: PyType): void {
  if (t.declaredSlots === null) return;
  const names = new Set<string>();
  let dict = false;
  for (const c of t.mro) {
    if (c === ObjectType) continue;
    const items = c.declaredSlots;
    if (items === null) {
      // a class without __slots__ brings a __dict__; of the builtins, only exceptions have one
      if (!c.builtin || isSubtype(c, BaseException)) return;
      continue;
    }
    // private names are mangled with the class that declares them, as in its methods
    for (const item of items) {
      const n = asStr(item);
      if (n === undefined) typeError(`__slots__ items must be strings, not '${typeName(item)}'`);
      if (n === "__dict__") dict = true;
      else names.add(mangleSlot(c, n));
    }
  }
  if (dict) return;
  t.slotNames = names;
  t.noDict = true;
}

/** object.__new__(cls): a bare instance of cls in its layout. */
export function newInstance(cls: PyType, args: Py[] = []): Py {
  const l = cls.layout ?? ObjectType;
  if (l === ObjectType) {
    if (cls.flags & TYPE_ABSTRACT) abstractInstantiation(cls);
    return new PyInstance(cls);
  }
  if (isSubtype(l, BaseException)) return newExceptionInstance(cls, args);
  if (l === ListType) return new PyList([], cls);
  if (l === DictType) return new PyDict(cls);
  if (l === SetType || l === FrozenSetType) return new PySet(cls);
  if (l === TupleType) return new PyTuple(args.length > 0 && args[0] instanceof PyTuple ? args[0].a : [], cls);
  if (l === ByteArrayType) {
    const b = new PyByteArray(new Uint8Array(8), 0);
    b.cls = cls;
    return b;
  }
  // the descriptor types and super: empty until their __init__ fills them (CPython's PyType_GenericNew)
  if (l === PropertyType) return new PyProperty(null, null, null, null, cls);
  if (l === StaticMethodType || l === ClassMethodType || l === SuperType) {
    const o = l === SuperType ? new PySuper(cls, null, cls) : l === StaticMethodType ? new PyStaticMethod(null) : new PyClassMethod(null);
    o.cls = cls;
    return o;
  }
  if (l === IntType || l === FloatType || l === StrType || l === BytesType) {
    // immutable builtin bases: the value comes from the base constructor
    const base = callObject(l, args);
    const inst = new PyInstance(cls);
    (inst as PyInstance & { value: Py }).value = base;
    return inst;
  }
  return new PyInstance(cls);
}

/** object.__new__ of a class with abstract methods (CPython 3.11's wording). */
function abstractInstantiation(cls: PyType): never {
  const names = iterToArray(cls.dict.get("__abstractmethods__")).map((n) => pyStr(n)).sort(strCompare);
  typeError(`Can't instantiate abstract class ${cls.name} with abstract method${names.length > 1 ? "s" : ""} ${names.join(", ")}`);
}

/** Is this the default object.__new__ (possibly wrapped as a staticmethod)? */
/** Is this `__new__` object.__new__ (directly or as the static method the class dict holds)? */
export function isObjectNew(nw: Py): boolean {
  const f = nw instanceof PyStaticMethod ? nw.func : nw;
  return f instanceof PyBuiltin && f.owner === ObjectType;
}

/**
 * How calling a user class (whose metaclass is type) constructs, cached on the class until a
 * class changes: `ctorPlainNew` when its __new__ is object's (an abstract class excepted: object.__new__
 * refuses it on the slow path), `ctorExcNew` when it is BaseException's; `ctorInit` the __init__ found
 * on the MRO (for an exception class, undefined when that is BaseException's own).
 */
export function classifyCtor(cls: PyType): void {
  const nw = lookup(cls, "__new__");
  const abstract = (cls.flags & TYPE_ABSTRACT) !== 0;
  cls.ctorPlainNew = cls.layout === ObjectType && (nw === undefined || isObjectNew(nw)) && !abstract;
  cls.ctorExcNew = !abstract && nw !== undefined && nw === BaseException.dict.get("__new__") && isSubtype(cls, BaseException);
  const init = cls.ctorPlainNew || cls.ctorExcNew ? lookup(cls, "__init__") : undefined;
  cls.ctorInit = cls.ctorExcNew && init === BaseException.dict.get("__init__") ? undefined : init;
  cls.ctorEpoch = typeEpoch;
}

/** Generic instantiation for classes the VM's fast path does not handle. */
export function instantiate(cls: PyType, args: Py[], kw: string[] | null): Py {
  if (!cls.builtin && cls.cls === TypeType && kw === null) {
    // a user exception class with BaseException's __new__ (see Interp.construct), from a builtin or
    // a straight-line body calling it (`raise MyError(...)` in a helper)
    if (cls.ctorEpoch !== typeEpoch) classifyCtor(cls);
    if (cls.ctorExcNew) {
      const inst = newExceptionInstance(cls, args);
      const init = cls.ctorInit;
      if (init !== undefined) {
        const r = callObject(init, [inst, ...args]);
        if (r !== null) typeError(`__init__() should return None, not '${typeName(r)}'`);
      }
      return inst;
    }
  }
  const meta = typeOf(cls);
  if (meta !== TypeType && !meta.builtin) {
    const call = lookup(meta, "__call__");
    if (call !== undefined && !isBuiltinSlot(meta, "__call__", call)) {
      return callBoundKw(call, cls, meta, args, kw);
    }
  }
  return typeCall(cls, args, kw);
}

/** type.__call__: __new__ then __init__, without consulting the metaclass again. */
export function typeCall(cls: PyType, args: Py[], kw: string[] | null): Py {
  if (cls.builtin && cls.newFn !== null) return cls.newFn(cls, args, kw);
  const nw = lookup(cls, "__new__");
  // a runtime type made only by the runtime (functions, iterators, generators)
  if (cls.builtin && (nw === undefined || isObjectNew(nw))) typeError(`cannot create '${cls.name}' instances`);
  let obj: Py;
  if (nw !== undefined && !isObjectNew(nw)) {
    // (CPython's slot_tp_new: getattr(cls, "__new__")(cls, *args), so a classmethod binds too)
    const fn = nw instanceof PyStaticMethod && nw.cls === StaticMethodType ? nw.func : nw instanceof PyFunction ? nw : typeGetAttr(cls, "__new__");
    obj = callObject(fn, [cls, ...args], kw);
    if (!isSubtype(typeOf(obj), cls)) return obj;
  } else {
    const l = cls.layout ?? ObjectType;
    if ((l === TupleType || l === FrozenSetType || l === IntType || l === FloatType || l === StrType || l === BytesType) && l.newFn !== null) {
      const base = l.newFn(l, args, kw);
      if (l === TupleType) obj = new PyTuple(base.a, cls);
      else if (l === FrozenSetType) {
        obj = new PySet(cls);
        setAdopt(obj as PySet, base);
      } else {
        obj = new PyInstance(cls);
        (obj as PyInstance & { value: Py }).value = base;
      }
    } else {
      // (object.__new__ checks excess arguments before abstract methods)
      if (args.length > 0 && cls.flags & TYPE_ABSTRACT) {
        const init = lookup(cls, "__init__");
        if (init instanceof PyBuiltin && init.owner === ObjectType) typeError(`${cls.name}() takes no arguments`);
      }
      obj = newInstance(cls, isSubtype(cls, BaseException) ? args : []);
    }
  }
  // (a __new__ returning an instance of a subclass gets that subclass's __init__)
  const init = lookup(typeOf(obj), "__init__");
  if (init !== undefined && !(init instanceof PyBuiltin && init.owner === ObjectType)) {
    const r = callObject(init, [obj, ...args], kw);
    if (r !== null) typeError(`__init__() should return None, not '${typeName(r)}'`);
  } else if (init instanceof PyBuiltin && init.owner === ObjectType && args.length > 0 && (nw === undefined || isObjectNew(nw))) {
    typeError(`${cls.name}() takes no arguments`);
  }
  return obj;
}

export { bind, dictGet, EMPTY_TUPLE, pyRepr, setAttr, TypeErrorT, typeName };
