// dict and set storage: JS Maps keyed by a normalised key.
//
// normKey maps Python-equal keys to one JS Map key:
//   str -> itself; int -> itself (number or bigint); bool -> 0/1; None -> null;
//   float -> the number when integral and safe (so 1.0 == 1), a bigint when integral beyond
//   2^53, the float object itself for NaN (identity), else the (non-integral) number itself,
//   which no int can equal;
//   objects with identity equality -> the object itself;
//   objects with value equality (tuple, frozenset, bytes, instances defining __eq__) -> the
//   canonical key object already stored (found through `ob`, hash buckets), or the new key.
// The first inserted key object is kept for iteration (Python keeps the original key).

import { keyError, unhashable } from "../errors.ts";
import {
  BytesType, ComplexType, DictType, FloatType, PyBuiltin, FrozenSetType, MISSING, type Py, PyBytes, PyDict, type PyComplex, PyFloat, PyFunction, PyInstance, PySet,
  PyTuple, type PyType, RangeType, TupleType,
} from "./model.ts";
import { chargeWork, hasValueEquality, isSubtype, lookup, pyEq, pyHash } from "./protocol.ts";

type Store = PyDict | PySet;

/** Normalise a primitive key; returns MISSING for keys that need hashing (object keys). */
function primKey(key: Py): Py {
  switch (typeof key) {
    case "string":
    case "number":
    case "bigint":
      return key;
    case "boolean":
      return key ? 1 : 0;
    case "object":
      if (key === null) return null;
      if (key.cls === FloatType || (key.cls === ComplexType && (key as PyComplex).im === 0)) {
        // a float, or a complex with no imaginary part, is the same key as the equal int
        const v = key.cls === FloatType ? (key as PyFloat).v : (key as PyComplex).re;
        // NaN equals nothing, not even itself: each NaN object is its own key, found by identity
        if (v !== v) return key;
        if (Number.isInteger(v)) {
          if (v <= Number.MAX_SAFE_INTEGER && v >= -Number.MAX_SAFE_INTEGER) return v === 0 ? 0 : v;
          if (Math.abs(v) < 2 ** 127) return BigInt(v);
        }
        return v;
      }
      if (key instanceof PyInstance) {
        // an instance of a str, int or float subclass that keeps its base's equality and hash
        // is the same key as its value ({'a': 1}[S('a')])
        const x = (key as PyInstance & { value?: Py }).value;
        if (x !== undefined && plainKeyClass(key.cls)) return primKey(x);
      }
      return MISSING;
  }
  return MISSING;
}

/** A class whose instances hash and compare as their builtin base does (no Python __eq__/__hash__). */
function plainKeyClass(t: PyType): boolean {
  return !(lookup(t, "__eq__") instanceof PyFunction) && !(lookup(t, "__hash__") instanceof PyFunction);
}

/** Is this key stored under a different JS value than itself (so the original must be kept)? */
function needsOriginal(key: Py): boolean {
  return typeof key === "boolean" ||
    (typeof key === "object" && key !== null && (key.cls === FloatType || key.cls === ComplexType || key instanceof PyInstance));
}

/** Find the canonical stored key equal to an object key, or undefined. Checks hashability. */
function findObjKey(s: Store, key: Py, h: number): Py {
  const b = s.ob?.get(h);
  if (b !== undefined) {
    for (let i = 0; i < b.length; i++) {
      const k = b[i];
      if (k === key || pyEq(k, key)) return k;
    }
  }
  return undefined;
}

/**
 * A primitive key absent from the map may still equal a stored instance whose class defines
 * __eq__ and __hash__ (`{K(): 1}[1]` when K() == 1): that instance's key, else the primitive.
 */
function primOrEqualObject(s: Store, key: Py, p: Py): Py {
  if (s.ob === null || s.m.has(p)) return p;
  const h = pyHash(key);
  const b = s.ob.get(h);
  if (b !== undefined) {
    for (let i = 0; i < b.length; i++) {
      if (b[i] instanceof PyInstance && pyEq(b[i], key)) {
        foundHash = h;
        return b[i];
      }
    }
  }
  return p;
}

/**
 * The hash of the bucket in which lookupKey found the object key it returned (undefined when it
 * found none), so that removing the key does not call its __hash__ again (CPython hashes once).
 */
let foundHash: number | undefined;

/**
 * The stored primitive key (str, int, None, ...) equal to an instance key with hash h, or
 * MISSING. Only scanned when the store holds primitive keys (not every key is in a bucket).
 */
function equalPrimKey(s: Store, key: Py, h: number): Py {
  if (!(key instanceof PyInstance) || s.m.size <= s.nob) return MISSING;
  for (const nk of s.m.keys()) {
    if (typeof nk === "object" && nk !== null) continue;
    const orig = s instanceof PyDict ? origKey(s, nk) : s.m.get(nk);
    if (pyHash(orig) === h && pyEq(key, orig)) return nk;
  }
  return MISSING;
}

/** Look up the normalised key for `key`, or MISSING when an object key is absent. */
function lookupKey(s: Store, key: Py, known?: number): Py {
  foundHash = undefined;
  const p = primKey(key);
  if (p !== MISSING) return primOrEqualObject(s, key, p);
  if (!hasValueEquality(key)) return key; // identity-hashed object (also validates hashability)
  const h = known !== undefined ? known : pyHash(key);
  const k = findObjKey(s, key, h);
  if (k === undefined) return equalPrimKey(s, key, h);
  foundHash = h;
  return k;
}

/**
 * The normalised key under which `d` holds a key equal to `key`, or MISSING; `h` is the key's
 * hash when the caller knows it (dict equality uses the other dict's, as CPython its stored hashes).
 */
export function dictFind(d: PyDict, key: Py, h?: number): Py {
  if (typeof key === "string" && d.ob === null) return d.m.has(key) ? key : MISSING;
  const nk = lookupKey(d, key, h);
  return nk !== MISSING && d.m.has(nk) ? nk : MISSING;
}

/** The hash of each object key in a store's buckets (normalised key -> hash). */
export function objKeyHashes(s: Store): Map<Py, number> {
  const out = new Map<Py, number>();
  if (s.ob !== null) for (const [h, b] of s.ob) for (let i = 0; i < b.length; i++) out.set(b[i], h);
  return out;
}

/** The normalised key for insertion (registers new object keys in the buckets). */
function insertKey(s: Store, key: Py): Py {
  const p = primKey(key);
  if (p !== MISSING) return primOrEqualObject(s, key, p);
  if (!hasValueEquality(key)) return key;
  const h = pyHash(key);
  const k = findObjKey(s, key, h);
  if (k !== undefined) return k;
  const pk = equalPrimKey(s, key, h);
  if (pk !== MISSING) return pk;
  const ob = (s.ob ??= new Map());
  const b = ob.get(h);
  if (b === undefined) ob.set(h, [key]);
  else b.push(key);
  s.nob++;
  return key;
}

/** Drop an object key from the buckets; `known` is its hash when lookupKey found it. */
function forgetObjKey(s: Store, nk: Py, known: number | undefined): void {
  if (s.ob === null || typeof nk !== "object" || nk === null) return;
  const h = known !== undefined ? known : pyHash(nk);
  const b = s.ob.get(h);
  if (b === undefined) return;
  const i = b.indexOf(nk);
  if (i >= 0) {
    b.splice(i, 1);
    s.nob--;
  }
  if (b.length === 0) s.ob.delete(h);
}

// ---------------------------------------------------------------------------------------------
// dict

export function dictGet(d: PyDict, key: Py): Py {
  if (typeof key === "string" && d.ob === null) return d.m.get(key);
  const nk = lookupKey(d, key);
  return nk === MISSING ? undefined : d.m.get(nk);
}

export function dictHas(d: PyDict, key: Py): boolean {
  if (typeof key === "string" && d.ob === null) return d.m.has(key);
  const nk = lookupKey(d, key);
  return nk !== MISSING && d.m.has(nk);
}

export function dictSet(d: PyDict, key: Py, value: Py): void {
  if (typeof key === "string" && d.ob === null) {
    d.m.set(key, value);
    return;
  }
  const nk = insertKey(d, key);
  if (needsOriginal(key) && !d.m.has(nk)) (d.k ??= new Map()).set(nk, key);
  d.m.set(nk, value);
}

/** Delete a key; returns the removed value or undefined when absent. */
export function dictPop(d: PyDict, key: Py): Py {
  const nk = typeof key === "string" && d.ob === null ? key : lookupKey(d, key);
  if (nk === MISSING) return undefined;
  const v = d.m.get(nk);
  if (v === undefined && !d.m.has(nk)) return undefined;
  d.m.delete(nk);
  d.k?.delete(nk);
  forgetObjKey(d, nk, foundHash);
  return v;
}

export function dictDel(d: PyDict, key: Py): void {
  const nk = typeof key === "string" && d.ob === null ? key : lookupKey(d, key);
  if (nk === MISSING || !d.m.has(nk)) keyError(key);
  d.m.delete(nk);
  d.k?.delete(nk);
  forgetObjKey(d, nk, foundHash);
}

/** The original key object for a normalised key. */
export function origKey(s: PyDict, nk: Py): Py {
  if (s.k !== null) {
    const o = s.k.get(nk);
    if (o !== undefined) return o;
  }
  if (typeof nk === "number" && !Number.isInteger(nk)) return new PyFloat(nk);
  return nk;
}

export function dictKeys(d: PyDict): Py[] {
  chargeWork(d.m.size);
  const out: Py[] = [];
  if (d.k === null) {
    for (const nk of d.m.keys()) out.push(typeof nk === "number" && !Number.isInteger(nk) ? new PyFloat(nk) : nk);
  } else {
    for (const nk of d.m.keys()) out.push(origKey(d, nk));
  }
  return out;
}

export function dictClear(d: PyDict): void {
  d.m.clear();
  d.k = null;
  d.ob = null;
  d.nob = 0;
}

/**
 * Is a dict merged into another (dict(d), d2.update(d), {**d}, f(**d), d.copy(), |) by reading
 * its storage? CPython's dict_merge does so when its type keeps dict's __iter__; a subclass that
 * overrides __iter__ is read through its keys() and __getitem__ instead.
 */
export function mergesDirectly(d: PyDict): boolean {
  if (d.cls === DictType) return true;
  const it = lookup(d.cls, "__iter__");
  return it instanceof PyBuiltin && it.owner === DictType;
}

export function dictCopy(d: PyDict, into: PyDict = new PyDict()): PyDict {
  chargeWork(d.m.size);
  for (const [nk, v] of d.m) into.m.set(nk, v);
  if (d.k !== null) into.k = new Map(d.k);
  if (d.ob !== null) {
    into.ob = new Map();
    for (const [h, b] of d.ob) into.ob.set(h, b.slice());
    into.nob = d.nob;
  }
  return into;
}

export function newDict(pairs: [Py, Py][] = []): PyDict {
  const d = new PyDict();
  for (const [k, v] of pairs) dictSet(d, k, v);
  return d;
}

// ---------------------------------------------------------------------------------------------
// set / frozenset

/** A set looked up in a set stands for the equal frozenset (CPython's set_contains and discard). */
function setAsKey(key: Py): Py {
  return key instanceof PySet && !isSubtype(key.cls, FrozenSetType)
    ? setCopyInto(key, new PySet(FrozenSetType))
    : key;
}

export function setHas(s: PySet, key: Py): boolean {
  if ((typeof key === "string" || typeof key === "number") && s.ob === null) return s.m.has(key);
  const nk = lookupKey(s, setAsKey(key));
  return nk !== MISSING && s.m.has(nk);
}

export function setAdd(s: PySet, key: Py): void {
  if ((typeof key === "string" || typeof key === "number") && s.ob === null) {
    if (!s.m.has(key)) {
      s.m.set(key, key);
      s.order = null;
    }
    return;
  }
  const nk = insertKey(s, key);
  if (!s.m.has(nk)) {
    s.m.set(nk, key);
    s.order = null;
  }
}

/** Remove; returns whether it was present. */
export function setDiscard(s: PySet, key: Py): boolean {
  const nk = (typeof key === "string" || typeof key === "number") && s.ob === null ? key : lookupKey(s, setAsKey(key));
  if (nk === MISSING || !s.m.has(nk)) return false;
  s.m.delete(nk);
  forgetObjKey(s, nk, foundHash);
  s.order = null;
  return true;
}

export function setClear(s: PySet): void {
  s.m.clear();
  s.ob = null;
  s.nob = 0;
  s.order = null;
}

/**
 * Iteration order of a set: numbers first in ascending order, then everything else in insertion
 * order. This is what the original prints, and what CPython prints for small ints.
 */
export function setItems(s: PySet): Py[] {
  if (s.order !== null) {
    if (s.orderStart === 0) return s.order;
    s.order = s.order.slice(s.orderStart);
    s.orderStart = 0;
    return s.order;
  }
  chargeWork(s.m.size);
  s.orderStart = 0;
  const items = Array.from(s.m.values());
  let nums = 0;
  for (let i = 0; i < items.length; i++) {
    const t = typeof items[i];
    if (t === "number" || t === "bigint" || (items[i] instanceof PyFloat && !Number.isNaN(items[i].v))) nums++;
  }
  if (nums > 1) {
    const num = (x: Py) => (x instanceof PyFloat ? x.v : x);
    const isNum = (x: Py) => typeof x === "number" || typeof x === "bigint" || (x instanceof PyFloat && !Number.isNaN(x.v));
    const numbers = items.filter(isNum).sort((a, b) => (num(a) < num(b) ? -1 : num(a) > num(b) ? 1 : 0));
    const rest = nums === items.length ? [] : items.filter((x) => !isNum(x));
    s.order = numbers.concat(rest);
    return s.order;
  }
  s.order = items;
  return items;
}

/**
 * set.pop(): remove and return the first element in iteration order. The rest keeps its order, so
 * the cached order stays, from one place further on: else each pop would sort the set again, and
 * a worklist emptied by pop() was quadratic (20,000 pops took 5.7 s).
 */
export function setPopFirst(s: PySet): Py {
  const order = s.order === null ? setItems(s) : s.order;
  const start = s.orderStart;
  const x = order[start];
  setDiscard(s, x);
  s.order = order;
  s.orderStart = start + 1;
  return x;
}

/**
 * The elements of `it` that are in `other`, added to `out` in `it`'s order: CPython's
 * set_intersection, whose result holds the element objects of the side it iterated.
 */
export function setIntersectInto(it: Py[], other: PySet, out: PySet): PySet {
  chargeWork(it.length);
  for (let i = 0; i < it.length; i++) if (setHas(other, it[i])) setAdd(out, it[i]);
  return out;
}

/** a & b of two sets as CPython computes it: it iterates the smaller one (b when both are the same size). */
export function setIntersect(a: PySet, b: PySet, out: PySet): PySet {
  return b.m.size > a.m.size ? setIntersectInto(setItems(a), b, out) : setIntersectInto(setItems(b), a, out);
}

export function newSet(items: Iterable<Py> = [], frozen = false): PySet {
  const s = new PySet(frozen ? FrozenSetType : undefined);
  if (Array.isArray(items)) chargeWork(items.length);
  for (const x of items) setAdd(s, x);
  return s;
}

export function setCopyInto(src: PySet, dst: PySet): PySet {
  chargeWork(src.m.size);
  for (const [nk, v] of src.m) dst.m.set(nk, v);
  if (src.ob !== null) {
    dst.ob = new Map();
    for (const [h, b] of src.ob) dst.ob.set(h, b.slice());
    dst.nob = src.nob;
  }
  dst.order = null;
  return dst;
}

/** Validate hashability without inserting (for error messages at the right moment). */
export function checkHashable(key: Py): void {
  if (primKey(key) !== MISSING) return;
  if (key instanceof PyInstance || key instanceof PyTuple || key instanceof PyBytes) {
    pyHash(key);
    return;
  }
  const c = key.cls;
  if (c === TupleType || c === BytesType || c === FrozenSetType || c === RangeType) return;
  pyHash(key);
}

export { unhashable };
