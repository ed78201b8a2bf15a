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
// An object key's bucket is its stored hash: copies, merges, the set algebra, popitem() and
// set.pop() use it instead of calling __hash__ again, as CPython reuses the hashes it stores.
// Keys outside the buckets (primitive and identity keys) are "plain". An instance with a user
// __eq__ and a plain key that it equals are one key, found both ways as CPython finds them:
// looked up by the hash they share, then compared.
// A store may also carry a cache of indexes built on first need (StoreCache: the key order for
// popitem(), the plain keys by hash), which its insertions and removals here keep up to date.

import { keyError, unhashable } from "../errors.ts";
import {
  BytesType, ComplexType, DictType, FloatType, FrozenSetType, MISSING, type Py, PyBytes, PyDict, type PyComplex, PyFloat, PyInstance, PySet,
  type StoreCache, PyTuple, type PyType, RangeType, SetType, TupleType,
} from "./model.ts";
import { chargeWork, forEachItem, hasValueEquality, isBuiltinSlot, isSubtype, lookup, pyEq, pyHash, slotOverride } from "./protocol.ts";

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
  return slotOverride(t, "__eq__") === undefined && slotOverride(t, "__hash__") === undefined;
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
      if (k === key || sameItems(k, key) || pyEq(k, key)) return k;
    }
  }
  return undefined;
}

/**
 * Two exact tuples whose items are pairwise identical (ints and strs by value): equal, with no
 * comparison dispatched (`(i % 300, i % 7) in s`: the generic == was a third of a set lookup).
 * False says nothing: == decides then.
 */
function sameItems(a: Py, b: Py): boolean {
  if (!(a instanceof PyTuple) || !(b instanceof PyTuple) || a.cls !== TupleType || b.cls !== TupleType) return false;
  const x = a.a, y = b.a;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/**
 * A plain key (primitive, normalised to p, or compared by identity, p being itself) absent from
 * the map may still equal a stored instance whose class defines __eq__ and __hash__
 * (`{K(): 1}[1]` when K() == 1): that instance's key, else p.
 */
function plainOrEqualObject(s: Store, key: Py, p: Py): Py {
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
  foundHash = undefined;
  return p;
}

/**
 * The hash of the bucket in which lookupKey found the key it returned (undefined for a plain
 * key, which is in none), so that removing the key does not call its __hash__ again.
 */
let foundHash: number | undefined;

/**
 * The stored plain key (str, int, None, ..., or an object compared by identity) equal to an
 * instance key with hash h, or MISSING: only the plain keys with that hash are compared, found
 * through the store's index of them (each lookup scanned and hashed every primitive key: 2,000
 * lookups of an instance in a dict of 50,000 ints took 2.7 s). Not looked for when every key is
 * in a bucket.
 */
function equalPlainKey(s: Store, key: Py, h: number): Py {
  if (!(key instanceof PyInstance) || s.m.size <= s.nob) return MISSING;
  const b = plainIndex(s).get(h);
  if (b === undefined) return MISSING;
  for (let i = 0; i < b.length; i++) {
    const nk = b[i];
    if (s.m.has(nk) && pyEq(key, storedKey(s, nk))) return nk;
  }
  return MISSING;
}

/** Look up the normalised key for `key`, or MISSING when an object key is absent. */
function lookupKey(s: Store, key: Py, known?: number): Py {
  foundHash = undefined;
  const p = primKey(key);
  if (p !== MISSING) return plainOrEqualObject(s, key, p);
  // an identity-hashed object (hasValueEquality also validates hashability)
  if (!hasValueEquality(key)) return plainOrEqualObject(s, key, key);
  const h = known !== undefined ? known : pyHash(key);
  const k = findObjKey(s, key, h);
  if (k !== undefined) {
    foundHash = h;
    return k;
  }
  const pk = equalPlainKey(s, key, h);
  foundHash = undefined; // (whatever the __eq__ calls looked up)
  return pk;
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
function objKeyHashes(s: Store): Map<Py, number> {
  chargeWork(s.nob);
  const out = new Map<Py, number>();
  if (s.ob !== null) for (const [h, b] of s.ob) for (let i = 0; i < b.length; i++) out.set(b[i], h);
  return out;
}

/**
 * The hash each object key of a store is held under (normalised key -> hash, to be read, not
 * changed), or null when it holds none. CPython keeps every key's hash beside it and reuses it
 * wherever the key is put in or looked up in another dict or set (dict(d), set(s), s | t, s & t,
 * hash(frozenset) ...): __hash__ runs once per key, and a key whose hash changed after insertion
 * travels under the hash it was stored with.
 */
export function storedHashes(s: Store): Map<Py, number> | null {
  if (s.nob === 0) return null;
  const c = cacheOf(s);
  return c !== null && c.hashes !== null ? c.hashes : objKeyHashes(s);
}

/**
 * The store's map of stored hashes (objKeyHashes), kept in its cache: for popitem() and
 * set.pop(), which remove keys that were not looked up, and for the index of plain keys. Not
 * made by every store that has object keys, since keeping it costs each insertion of one (a
 * dict of a million tuple keys was built 40% slower).
 */
function cachedHashes(s: Store): Map<Py, number> {
  const c = cacheOf(s) ?? newCache(s);
  return c.hashes ??= objKeyHashes(s);
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
  if (p !== MISSING) return plainOrEqualObject(s, key, p);
  if (!hasValueEquality(key)) return plainOrEqualObject(s, key, key);
  const h = known !== undefined ? known : pyHash(key);
  const k = findObjKey(s, key, h);
  if (k !== undefined) return k;
  const pk = equalPlainKey(s, key, h);
  return pk !== MISSING ? pk : addObjKey(s, key, h);
}

/** Register an object key that the store does not hold in the bucket of its hash `h`; returns it. */
function addObjKey(s: Store, key: Py, h: number): Py {
  const ob = (s.ob ??= new Map());
  const b = ob.get(h);
  if (b === undefined) ob.set(h, [key]);
  else b.push(key);
  s.nob++;
  s.cache?.hashes?.set(key, h);
  return key;
}

/** Drop a key from the bucket of its stored hash `h` (no __hash__ runs); undefined for a plain key, in none. */
function forgetObjKey(s: Store, nk: Py, h: number | undefined): void {
  if (s.ob === null || h === undefined) return;
  const b = s.ob.get(h);
  if (b === undefined) return;
  const i = b.indexOf(nk);
  if (i >= 0) {
    b.splice(i, 1);
    s.nob--;
    s.cache?.hashes?.delete(nk);
  }
  if (b.length === 0) s.ob.delete(h);
}

/** The hash of the bucket holding the normalised key nk, or undefined for a plain key. */
function bucketOf(s: Store, nk: Py): number | undefined {
  return s.nob === 0 || typeof nk !== "object" || nk === null ? undefined : cachedHashes(s).get(nk);
}

/** The key object a store holds under the normalised key nk (the original key, not its normal form). */
function storedKey(s: Store, nk: Py): Py {
  return s instanceof PyDict ? origKey(s, nk) : s.m.get(nk);
}

/** Remove the entry under the normalised key nk, which the store holds in the bucket of hash h (undefined: in none). */
function removeEntry(s: Store, nk: Py, h: number | undefined): void {
  s.m.delete(nk);
  if (s instanceof PyDict) s.k?.delete(nk);
  forgetObjKey(s, nk, h);
  if (s.cache !== null) noteRemoved(s, nk);
}

// ---------------------------------------------------------------------------------------------
// The cache (StoreCache): indexes built when first needed. Insertions and removals through this
// file keep them up to date; the VM's inline stores of str keys into a dict do not (they would
// cost every store a test), and change the dict's size, so a cache whose size is not the
// store's is out of date and dropped.

/** The store's cache if it is up to date, else null. */
function cacheOf(s: Store): StoreCache | null {
  const c = s.cache;
  if (c !== null && c.size !== s.m.size) return (s.cache = null);
  return c;
}

function newCache(s: Store): StoreCache {
  return (s.cache = { size: s.m.size, order: null, holes: 0, plain: null, nplain: 0, hashes: null });
}

/** Note in s's cache that the key nk was just added. */
function noteAdded(s: Store, nk: Py): void {
  const c = s.cache!;
  if (c.size + 1 !== s.m.size) {
    s.cache = null;
    return;
  }
  c.size++;
  if (c.order !== null) {
    // (a removed key added again would be listed twice: the order is listed anew when next needed)
    if (c.holes > 0) c.order = null;
    else c.order.push(nk);
  }
  // (the plain index comes with the stored hashes, which name the keys that are not plain)
  if (c.plain !== null && !c.hashes!.has(nk)) {
    if (c.nplain > 2 * c.size + 16) c.plain = null; // (mostly removed keys: index anew)
    else addPlain(s, c, c.plain, nk);
  }
}

/** Note in s's cache that the key nk was just removed. */
function noteRemoved(s: Store, nk: Py): void {
  const c = s.cache!;
  if (c.size - 1 !== s.m.size) {
    s.cache = null;
    return;
  }
  c.size--;
  const o = c.order;
  if (o !== null) {
    if (o[o.length - 1] === nk) o.pop();
    else c.holes++;
  }
}

/**
 * Add a plain key to the index by hash, unless it is listed already (removed and added again).
 * (Hashing it runs no Python code: it is a primitive, an instance of a str, int or float
 * subclass without a __hash__ of its own, or an object hashed by identity.)
 */
function addPlain(s: Store, c: StoreCache, plain: Map<number, Py[]>, nk: Py): void {
  const h = pyHash(storedKey(s, nk));
  const b = plain.get(h);
  if (b === undefined) plain.set(h, [nk]);
  else if (b.indexOf(nk) < 0) b.push(nk);
  else return;
  c.nplain++;
}

/** The store's plain keys by hash (built on first use; may list removed keys). */
function plainIndex(s: Store): Map<number, Py[]> {
  const hashes = cachedHashes(s), c = s.cache!;
  if (c.plain !== null) return c.plain;
  chargeWork(s.m.size);
  const plain = (c.plain = new Map());
  c.nplain = 0;
  for (const nk of s.m.keys()) if (!hashes.has(nk)) addPlain(s, c, plain, nk);
  return plain;
}

/**
 * The keys of d in insertion order, for popitem() to take the last; removed keys may remain
 * among them, never as the last. Kept between calls, so emptying a dict by popitem() is linear
 * (each call walked all the keys: 200,000 took 34 s).
 */
export function dictOrder(d: PyDict): Py[] {
  const c = cacheOf(d) ?? newCache(d);
  let o = c.order;
  if (o === null) {
    chargeWork(d.m.size);
    o = c.order = Array.from(d.m.keys());
    c.holes = 0;
  } else {
    while (o.length > 0 && !d.m.has(o[o.length - 1])) {
      o.pop();
      c.holes--;
    }
  }
  return o;
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
  if (typeof key === "string" && d.ob === null && d.cache === null) {
    d.m.set(key, value);
    return;
  }
  putValue(d, insertKey(d, key), key, value);
}

/** dictSet for a key whose hash is known (`h`, from storedHashes or keyHash; undefined for none). */
function dictSetHashed(d: PyDict, key: Py, value: Py, h: number | undefined): void {
  if (h === undefined) return dictSet(d, key, value);
  putValue(d, insertKey(d, key, h), key, value);
}

/** d[key] = value under the normalised key nk (from insertKey or lookupKey). */
function putValue(d: PyDict, nk: Py, key: Py, value: Py): void {
  if ((d.cache !== null || needsOriginal(key)) && !d.m.has(nk)) {
    if (needsOriginal(key)) (d.k ??= new Map()).set(nk, key);
    d.m.set(nk, value);
    if (d.cache !== null) noteAdded(d, nk);
    return;
  }
  d.m.set(nk, value);
}

/**
 * d.setdefault(key, dflt): one lookup, and an absent key goes in where the lookup left off, so
 * its __hash__ and the __eq__ of the keys it is compared with run once, as in CPython.
 */
export function dictSetDefault(d: PyDict, key: Py, dflt: Py): Py {
  const h = keyHash(key);
  let nk = lookupKey(d, key, h);
  if (nk !== MISSING) {
    const v = d.m.get(nk);
    if (v !== undefined) return v;
  } else nk = addObjKey(d, key, h!); // (MISSING only for an absent key hashed by keyHash)
  putValue(d, nk, key, dflt);
  return dflt;
}

/**
 * d.popitem(): remove the last key in insertion order and return [key, value], or null when d
 * is empty. The key leaves its bucket by its stored hash: no __hash__ runs, and a key whose hash
 * changed after insertion is removed all the same, as in CPython.
 */
export function dictPopItem(d: PyDict): [Py, Py] | null {
  if (d.m.size === 0) return null;
  const o = dictOrder(d);
  const nk = o[o.length - 1];
  const key = origKey(d, nk), v = d.m.get(nk);
  removeEntry(d, nk, bucketOf(d, nk));
  return [key, v];
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
  removeEntry(d, nk, foundHash);
  return v;
}

export function dictDel(d: PyDict, key: Py): void {
  const nk = typeof key === "string" && d.ob === null ? key : lookupKey(d, key);
  if (nk === MISSING || !d.m.has(nk)) keyError(key);
  removeEntry(d, nk, foundHash);
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
  d.cache = null;
}

/**
 * Is a dict merged into another (dict(d), d2.update(d), {**d}, f(**d), d.copy(), |) by reading
 * its storage? CPython's dict_merge does so when its type keeps dict's __iter__; a subclass that
 * overrides __iter__ is read through its keys() and __getitem__ instead.
 */
export function mergesDirectly(d: PyDict): boolean {
  if (d.cls === DictType) return true;
  const it = lookup(d.cls, "__iter__");
  return isBuiltinSlot(d.cls, "__iter__", it) && it.owner === DictType;
}

/** Copy a dict's entries into `into`, which is empty. */
export function dictCopy(d: PyDict, into: PyDict = new PyDict()): PyDict {
  chargeWork(d.m.size);
  for (const [nk, v] of d.m) into.m.set(nk, v);
  if (d.k !== null) into.k = new Map(d.k);
  copyBuckets(d, into);
  return into;
}

/** Give the empty store `dst` the buckets of src's object keys (and no cache: dst is built anew). */
function copyBuckets(src: Store, dst: Store): void {
  dst.cache = null;
  if (src.ob === null) return;
  dst.ob = new Map();
  for (const [h, b] of src.ob) dst.ob.set(h, b.slice());
  dst.nob = src.nob;
}

/**
 * Make the new set `dst` (a frozenset subclass's instance) hold the elements of the set `src`
 * that was built for it and is dropped.
 */
export function setAdopt(dst: PySet, src: PySet): void {
  dst.m = src.m;
  dst.ob = src.ob;
  dst.nob = src.nob;
  dst.cache = src.cache;
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
      if (s.cache !== null) noteAdded(s, key);
    }
    return;
  }
  const nk = insertKey(s, key, h);
  if (!s.m.has(nk)) {
    s.m.set(nk, key);
    s.order = null;
    if (s.cache !== null) noteAdded(s, nk);
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
  removeEntry(s, nk, foundHash);
  s.order = null;
  return true;
}

export function setClear(s: PySet): void {
  s.m.clear();
  s.ob = null;
  s.nob = 0;
  s.cache = null;
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
 * a worklist emptied by pop() was quadratic (20,000 pops took 5.7 s). The element is removed
 * under its normalised key, from the bucket of its stored hash: no __hash__ runs, as in CPython.
 */
export function setPopFirst(s: PySet): Py {
  const order = s.order === null ? setItems(s) : s.order;
  const start = s.orderStart;
  const x = order[start];
  const p = primKey(x), nk = p === MISSING ? x : p;
  if (s.m.get(nk) === x) removeEntry(s, nk, bucketOf(s, nk));
  else setDiscard(s, x); // (a str subclass given its own __eq__ since: no longer keyed by its value)
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
  copyBuckets(src, dst);
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
 * s ^ other into the empty set `out` (CPython 3.12's set_symmetric_difference): a set of other's
 * elements, then s ^= ... with s's elements and their stored hashes, each discarded from it or
 * added (3.13 instead looks s's elements up in other, then other's in s).
 */
export function setSymmetricDifference(s: PySet, other: Py, out: PySet): PySet {
  setUpdate(out, other);
  setSymmetricDifferenceUpdate(out, s);
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
