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
// An object key's bucket is its stored hash: copies, merges and the set algebra pass it on
// (storedHashes) instead of calling __hash__ again, as CPython reuses the hashes it stores.

import { keyError, unhashable } from "../errors.ts";
import {
  BytesType, ComplexType, DictType, FloatType, PyBuiltin, FrozenSetType, MISSING, type Py, PyBytes, PyDict, type PyComplex, PyFloat, PyFunction, PyInstance, PySet,
  PyTuple, type PyType, RangeType, SetType, TupleType,
} from "./model.ts";
import { chargeWork, forEachItem, hasValueEquality, isSubtype, lookup, pyEq, pyHash } from "./protocol.ts";

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

/**
 * The hash each object key of a store is held under, or null when it holds none. CPython keeps
 * every key's hash beside it and reuses it wherever the key is put in or looked up in another
 * dict or set (dict(d), set(s), s | t, s & t, hash(frozenset) ...): __hash__ runs once per key,
 * and a key whose hash changed after insertion travels under the hash it was stored with.
 */
export function storedHashes(s: Store): Map<Py, number> | null {
  return s.nob > 0 ? objKeyHashes(s) : null;
}

/**
 * The hash a store computes for `key` (undefined for the keys stored without one), for a key read
 * from an iterable that is looked up and then added: CPython hashes it once. Raises for an
 * unhashable key, with no retry of a set as a frozenset (only `in`, remove and discard do that).
 */
export function keyHash(key: Py): number | undefined {
  return primKey(key) !== MISSING || !hasValueEquality(key) ? undefined : pyHash(key);
}

/**
 * The normalised key for insertion (registers new object keys in the buckets); `known` is the
 * key's hash when it comes from another store or was computed already (keyHash).
 */
function insertKey(s: Store, key: Py, known?: number): Py {
  const p = primKey(key);
  if (p !== MISSING) return primOrEqualObject(s, key, p);
  if (!hasValueEquality(key)) return key;
  const h = known !== undefined ? known : pyHash(key);
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

/** dictSet for a key whose hash is known (`h`, from storedHashes or keyHash; undefined for none). */
function dictSetHashed(d: PyDict, key: Py, value: Py, h: number | undefined): void {
  if (h === undefined) return dictSet(d, key, value);
  const nk = insertKey(d, key, h);
  if (needsOriginal(key) && !d.m.has(nk)) (d.k ??= new Map()).set(nk, key);
  d.m.set(nk, value);
}

/**
 * d.update(src) read from src's storage, for a dict that mergesDirectly (CPython's dict_merge):
 * each key goes in with the hash src holds it under, so no __hash__ runs (dict(d), {**d}, d | e).
 */
export function dictMerge(d: PyDict, src: PyDict): void {
  if (d.m.size === 0 && d !== src) {
    dictCopy(src, d);
    return;
  }
  chargeWork(src.m.size);
  const hs = storedHashes(src);
  for (const [nk, v] of src.m) dictSetHashed(d, origKey(src, nk), v, hs?.get(nk));
}

/**
 * dict.fromkeys(src, v) into the empty exact dict `d` when src is an exact dict, set or frozenset:
 * CPython reads src's storage and its stored hashes. False (nothing done) for any other src.
 */
export function dictFromStore(d: PyDict, src: Py, v: Py): boolean {
  if (src instanceof PyDict ? src.cls !== DictType : !isExactSet(src)) return false;
  const hs = storedHashes(src);
  const keys = src instanceof PyDict ? dictKeys(src) : setItems(src); // (charged there)
  for (let i = 0; i < keys.length; i++) dictSetHashed(d, keys[i], v, hs?.get(keys[i]));
  return true;
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

/** `key in s`; `h` is the key's hash when known (from storedHashes or keyHash). */
export function setHas(s: PySet, key: Py, h?: number): boolean {
  if ((typeof key === "string" || typeof key === "number") && s.ob === null) return s.m.has(key);
  const nk = h === undefined ? lookupKey(s, setAsKey(key)) : lookupKey(s, key, h);
  return nk !== MISSING && s.m.has(nk);
}

/** s.add(key); `h` is the key's hash when known (from storedHashes or keyHash). */
export function setAdd(s: PySet, key: Py, h?: number): void {
  if ((typeof key === "string" || typeof key === "number") && s.ob === null) {
    if (!s.m.has(key)) {
      s.m.set(key, key);
      s.order = null;
    }
    return;
  }
  const nk = insertKey(s, key, h);
  if (!s.m.has(nk)) {
    s.m.set(nk, key);
    s.order = null;
  }
}

/** Remove; returns whether it was present. `h` is the key's hash when known. */
export function setDiscard(s: PySet, key: Py, h?: number): boolean {
  const nk = (typeof key === "string" || typeof key === "number") && s.ob === null
    ? key
    : h === undefined
    ? lookupKey(s, setAsKey(key))
    : lookupKey(s, key, h);
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

export function newSet(items: Iterable<Py> = [], frozen = false): PySet {
  const s = new PySet(frozen ? FrozenSetType : undefined);
  if (Array.isArray(items)) chargeWork(items.length);
  for (const x of items) setAdd(s, x);
  return s;
}

/** Copy a set's elements into an empty set `dst`. */
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

// ---------------------------------------------------------------------------------------------
// set algebra, as CPython's setobject.c computes it (3.12): an operand that is a set (or, where
// CPython says so, an exact dict) is read from its storage, each key with the hash it is stored
// under; an element read from any other iterable is hashed once, even when it is looked up and
// then added. The results' element objects come from the side CPython takes them from.

/** Is `o` read through its storage where CPython's set_update_internal reads it: a set or an exact dict. */
function isStore(o: Py): o is Store {
  return o instanceof PySet || (o instanceof PyDict && o.cls === DictType);
}

/** An exact set or frozenset (the operands CPython's isdisjoint and fromkeys read from storage). */
function isExactSet(o: Py): o is PySet {
  return o instanceof PySet && (o.cls === SetType || o.cls === FrozenSetType);
}

/** The keys of a store in iteration order (charged). */
function storeKeys(s: Store): Py[] {
  if (s instanceof PyDict) return dictKeys(s);
  const items = setItems(s);
  chargeWork(items.length);
  return items;
}

/** Is `key` (with its known hash, or undefined) in a set or dict? */
function storeHas(s: Store, key: Py, h: number | undefined): boolean {
  return s instanceof PySet ? setHas(s, key, h) : dictFind(s, key, h) !== MISSING;
}

/**
 * s.update(other) for one operand (CPython's set_update_internal): set(x), frozenset(x), s | t,
 * s |= t, s.union(x) and {*x} all come here.
 */
export function setUpdate(s: PySet, other: Py): void {
  if (!isStore(other)) {
    forEachItem(other, (x) => void setAdd(s, x));
    return;
  }
  if (other instanceof PySet && s.m.size === 0) {
    if (other !== s) setCopyInto(other, s);
    return;
  }
  const hs = storedHashes(other);
  const keys = storeKeys(other);
  for (let i = 0; i < keys.length; i++) setAdd(s, keys[i], hs?.get(keys[i]));
}

/**
 * s & other into `out` (CPython's set_intersection). Two sets: the smaller one is iterated (other
 * when both are the same size) and its elements kept. Any other iterable is iterated, and stops
 * once every element of s is found (3.12).
 */
export function setIntersection(s: PySet, other: Py, out: PySet): PySet {
  if (other === s) return setCopyInto(s, out);
  if (other instanceof PySet) {
    const [small, large] = other.m.size > s.m.size ? [s, other] : [other, s];
    const hs = storedHashes(small);
    const items = storeKeys(small);
    for (let i = 0; i < items.length; i++) {
      const x = items[i], h = hs?.get(x);
      if (setHas(large, x, h)) setAdd(out, x, h);
    }
    return out;
  }
  forEachItem(other, (x) => {
    const h = keyHash(x);
    if (!setHas(s, x, h)) return false;
    setAdd(out, x, h);
    return out.m.size >= s.m.size;
  });
  return out;
}

/**
 * s - other into the empty set `out` (CPython's set_difference). A set or an exact dict is read
 * from storage, unless s is more than four times its size: then s is copied and other's elements
 * discarded from the copy, as set_copy_and_difference does (hashing a dict's keys again).
 */
export function setDifference(s: PySet, other: Py, out: PySet): PySet {
  if (!isStore(other) || s.m.size >> 2 > other.m.size) {
    setCopyInto(s, out);
    setDifferenceUpdate(out, other);
    return out;
  }
  const hs = storedHashes(s);
  const items = storeKeys(s);
  for (let i = 0; i < items.length; i++) {
    const x = items[i], h = hs?.get(x);
    if (!storeHas(other, x, h)) setAdd(out, x, h);
  }
  return out;
}

/**
 * s -= other (CPython's set_difference_update_internal): a set's elements are discarded with
 * their stored hashes (through s & other when other is more than eight times larger); any other
 * iterable's elements are hashed, a dict's keys included.
 */
export function setDifferenceUpdate(s: PySet, other: Py): void {
  if (other === s) return setClear(s);
  if (!(other instanceof PySet)) {
    forEachItem(other, (x) => void setDiscard(s, x, keyHash(x)));
    return;
  }
  const src = other.m.size >> 3 > s.m.size ? setIntersection(s, other, new PySet()) : other;
  const hs = storedHashes(src);
  const items = storeKeys(src);
  for (let i = 0; i < items.length; i++) setDiscard(s, items[i], hs?.get(items[i]));
}

/** The operand of a symmetric difference as a store: a set or exact dict, else a new set of its elements. */
function symmetricOperand(other: Py): Store {
  if (isStore(other)) return other;
  const o = new PySet();
  setUpdate(o, other);
  return o;
}

/**
 * s ^ other into the empty set `out` (CPython's set_symmetric_difference): s's elements that
 * are not in other, then other's that are not in s, each looked up with its stored hash.
 */
export function setSymmetricDifference(s: PySet, other: Py, out: PySet): PySet {
  const o = symmetricOperand(other);
  if (o === s) return out;
  const hs = storedHashes(s), ho = storedHashes(o);
  const items = storeKeys(s);
  for (let i = 0; i < items.length; i++) {
    const x = items[i], h = hs?.get(x);
    if (!storeHas(o, x, h)) setAdd(out, x, h);
  }
  const keys = storeKeys(o);
  for (let i = 0; i < keys.length; i++) {
    const x = keys[i], h = ho?.get(x);
    if (!setHas(s, x, h)) setAdd(out, x, h);
  }
  return out;
}

/** s ^= other (CPython's set_symmetric_difference_update): each element of other is discarded from s, or added. */
export function setSymmetricDifferenceUpdate(s: PySet, other: Py): void {
  if (other === s) return setClear(s);
  const o = symmetricOperand(other);
  const ho = storedHashes(o);
  const keys = storeKeys(o);
  for (let i = 0; i < keys.length; i++) {
    const x = keys[i], h = ho?.get(x);
    if (!setDiscard(s, x, h)) setAdd(s, x, h);
  }
}

/**
 * s <= other (CPython's set_issubset). A set is read from storage; any other iterable is
 * intersected with s (3.12: 3.11 made a set of it first), which stops once all of s is found.
 */
export function setIsSubset(s: PySet, other: Py): boolean {
  if (!(other instanceof PySet)) return setIntersection(s, other, new PySet()).m.size === s.m.size;
  if (s.m.size > other.m.size) return false;
  chargeWork(s.m.size);
  const hs = storedHashes(s);
  for (const x of s.m.values()) if (!setHas(other, x, hs?.get(x))) return false;
  return true;
}

/** s >= other (CPython's set_issuperset): other <= s for a set, else every element looked up in s. */
export function setIsSuperset(s: PySet, other: Py): boolean {
  if (other instanceof PySet) return setIsSubset(other, s);
  return !forEachItem(other, (x) => !setHas(s, x, keyHash(x)));
}

/**
 * s.isdisjoint(other) (CPython's set_isdisjoint): an exact set or frozenset is read from storage,
 * the smaller one looked up in the larger; any other iterable (a set subclass too) is iterated.
 */
export function setIsDisjoint(s: PySet, other: Py): boolean {
  if (other === s) return s.m.size === 0;
  if (!isExactSet(other)) return !forEachItem(other, (x) => setHas(s, x, keyHash(x)));
  const [small, large] = other.m.size > s.m.size ? [s, other] : [other, s];
  chargeWork(small.m.size);
  const hs = storedHashes(small);
  for (const x of small.m.values()) if (setHas(large, x, hs?.get(x))) return false;
  return true;
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
