// Methods and constructors of list, tuple, dict, set, frozenset and range.

import {
  indexError, keyError, memoryError, raise, typeError, valueError,
} from "../errors.ts";
import { MAX_SEQUENCE } from "../limits.ts";
import {
  dictClear, dictCopy, dictDel, dictFromStore, mergesDirectly, dictGet, dictHas, dictKeys, dictPop, dictPopItem, dictSet, dictSetDefault, newSet,
  origKey, setAdd, setClear,
  setCopyInto, setDiscard, setDifference, setDifferenceUpdate, setHas, setIntersection, setIsDisjoint, setIsSubset, setIsSuperset,
  setPopFirst, setItems, setSymmetricDifference, setSymmetricDifferenceUpdate, setUpdate,
} from "./dict.ts";
import { KeyError } from "./exceptions.ts";
import {
  DictIter, DictRevIter, ListIter, SeqIter, SetIter, TupleIteratorType, ReversedIter, ListReverseIteratorType,
} from "./iter.ts";
import {
  builtinType, ByteArrayType, BytesType, DictItemsType, DictKeysType, DictType, DictValuesType, EMPTY_TUPLE, FrozenSetType, ListType,
  NotImplemented, type Py, type PyBuiltin, PyBytes, classMethodDescriptor, PyDict, PyIterator, PyList, PyObject, PyRange, PySet, PySlice, PyTuple, type PyType, RangeType,
  SetType, SliceType, TupleType, STOP,
} from "./model.ts";
import { arity, bindArgs, defMethod, defMethods, fastMethod, noKw, slotArity } from "./native.ts";
import {
  baseValue, callObject, callObject1, chargeWork, forEachItem, getAttrOpt, getIter, guardedRepr, hooks, isSubtype, iterNext, iterToArray, plainItems, pyBool, pyEq, pyRepr, richCompare, lookup, strCompare,
} from "./protocol.ts";
import { asIndex, indexBound, longSliceIndices, seqIndex, sliceIndices, ssizeArg } from "./seq.ts";
import { makeRange, rangeCount, rangeIndex, rangeIndexOf, rangeLenChecked, rangeReversed } from "./range.ts";
import { typeName } from "./typeof.ts";
import { big, norm } from "./int.ts";
import { timsort } from "./timsort.ts";
import { classGetItem } from "./union.ts";

// ---------------------------------------------------------------------------------------------
// Sorting: Python's stable sort using only __lt__, with fast paths for homogeneous keys.

function lessThan(a: Py, b: Py): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  if (typeof a === "string" && typeof b === "string") return strCompare(a, b) < 0;
  if (a instanceof PyTuple && b instanceof PyTuple && a.cls === TupleType && b.cls === TupleType) {
    const x = a.a, y = b.a;
    const n = Math.min(x.length, y.length);
    for (let i = 0; i < n; i++) {
      const p = x[i], q = y[i];
      if (p === q) continue;
      if (typeof p === "number" && typeof q === "number") return p < q;
      if (typeof p === "string" && typeof q === "string") return strCompare(p, q) < 0;
      if (pyEq(p, q)) continue;
      return lessThan(p, q);
    }
    return x.length < y.length;
  }
  const r = richCompare(a, b, 0);
  return r === true ? true : r === false ? false : pyBool(r);
}

/** Are all keys exact tuples whose items are ints held as numbers or strs, with the same kind at
 * each position in every key? */
function plainTupleKeys(keys: Py[]): boolean {
  const kinds: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (!(k instanceof PyTuple) || k.cls !== TupleType) return false;
    const a = k.a;
    for (let j = 0; j < a.length; j++) {
      const t = typeof a[j];
      if (t !== "number" && t !== "string") return false;
      if (j >= kinds.length) kinds.push(t);
      else if (kinds[j] !== t) return false;
    }
  }
  return true;
}

/** sort()'s `reverse` flag: an int (CPython parses it as a C int), read as a truth value. */
export function reverseFlag(v: Py): boolean {
  if (v === undefined) return false;
  const i = asIndex(v);
  if (i === undefined) typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  return i !== 0 && i !== 0n;
}

/**
 * The stable order (as indices) of int keys, or of tuples of one length whose every position
 * holds ints or holds strs, without a comparator: a str is replaced by its rank among the
 * position's distinct strs (sorted once by code point), each key becomes one integer (mixed radix
 * over the positions' ranges), and the items are ordered by it, equal ones by index: by a radix
 * sort of the indices from 1,024 items, below that by the engine's numeric sort of the integers
 * packed with their indices. Reversed, the digits count down from each position's maximum, so
 * equal keys keep their order, as CPython's `reverse=True` does. Null when some key is not such a
 * value or the packed integers would pass 2**53. (Measured: sort_lists about 0.88x; a comparator
 * call per comparison was most of its sorting time.)
 */
function packedOrder(keys: Py[], reverse: boolean): Int32Array | null {
  const n = keys.length;
  const k0 = keys[0];
  const scalar = typeof k0 === "number";
  const width = scalar ? 1 : k0 instanceof PyTuple && k0.cls === TupleType ? k0.a.length : 0;
  if (width === 0 || width > 6) return null;
  const lo = new Array<number>(width).fill(Infinity), hi = new Array<number>(width).fill(-Infinity);
  // per position: null for ints, else the distinct strs seen (then their ranks)
  const strs: (Map<string, number> | null)[] = new Array(width).fill(null);
  for (let j = 0; j < width; j++) if (typeof (scalar ? k0 : (k0 as PyTuple).a[j]) === "string") strs[j] = new Map();
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    let a: Py[] | null = null;
    if (!scalar) {
      if (!(k instanceof PyTuple) || k.cls !== TupleType || k.a.length !== width) return null;
      a = k.a;
    }
    for (let j = 0; j < width; j++) {
      const v = a === null ? k : a[j], seen = strs[j];
      if (seen !== null) {
        if (typeof v !== "string") return null;
        seen.set(v, 0);
      } else {
        if (typeof v !== "number") return null;
        if (v < lo[j]) lo[j] = v;
        if (v > hi[j]) hi[j] = v;
      }
    }
  }
  for (let j = 0; j < width; j++) {
    const seen = strs[j];
    if (seen === null) continue;
    const sorted = sortStrs([...seen.keys()]);
    for (let r = 0; r < sorted.length; r++) seen.set(sorted[r], r);
    lo[j] = 0;
    hi[j] = sorted.length - 1;
  }
  let span = n;
  for (let j = 0; j < width; j++) {
    span *= hi[j] - lo[j] + 1;
    if (!(span <= Number.MAX_SAFE_INTEGER)) return null;
  }
  const vals = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    const a = scalar ? null : (k as PyTuple).a;
    let v = 0;
    for (let j = 0; j < width; j++) {
      const x = a === null ? k : a[j], seen = strs[j];
      const d = seen !== null ? seen.get(x as string)! : x as number;
      v = v * (hi[j] - lo[j] + 1) + (reverse ? hi[j] - d : d - lo[j]);
    }
    vals[i] = v;
  }
  if (n >= 1024) return radixOrder(vals, span / n - 1);
  // few items: each value packed with its index, in the engine's numeric sort
  for (let i = 0; i < n; i++) vals[i] = vals[i] * n + i;
  vals.sort();
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = vals[i] % n;
  return order;
}

/**
 * The stable order of integer sort values from 0 to `max` (below 2**53), as indices: a least
 * significant digit radix sort of the indices, 11 bits a pass over the values' low 32 bits, then
 * over their high bits where `max` has any. (Measured: 30,000 keys in about a third of the time
 * of the engine's sort of the values packed with their indices, which also needed a float
 * remainder per item to unpack them.)
 */
function radixOrder(vals: Float64Array, max: number): Int32Array {
  const n = vals.length;
  let order = new Int32Array(n), spare = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const wide = max >= 4294967296;
  const low = new Uint32Array(n), high = wide ? new Uint32Array(n) : null;
  for (let i = 0; i < n; i++) {
    const v = vals[i], l = v >>> 0;
    low[i] = l;
    if (high !== null) high[i] = (v - l) / 4294967296;
  }
  const count = new Int32Array(2048);
  const pass = (digits: Uint32Array, shift: number) => {
    count.fill(0);
    for (let i = 0; i < n; i++) count[(digits[i] >>> shift) & 2047]++;
    for (let d = 0, sum = 0; d < 2048; d++) {
      const c = count[d];
      count[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const x = order[i];
      spare[count[(digits[x] >>> shift) & 2047]++] = x;
    }
    const t = order;
    order = spare;
    spare = t;
  };
  const lowBits = wide ? 32 : 32 - Math.clz32(max);
  for (let s = 0; s < lowBits; s += 11) pass(low, s);
  if (high !== null) {
    const highBits = 32 - Math.clz32(Math.floor(max / 4294967296));
    for (let s = 0; s < highBits; s += 11) pass(high, s);
  }
  return order;
}

/** Sort strs in place in code point order: by code units where they agree. */
function sortStrs(a: string[]): string[] {
  if (!codeUnitOrder(a)) return a.sort(strCompare);
  reorder(a, strOrder(a, false));
  return a;
}

/** Put `items` in `order`, a list of their indices as they stand. */
function reorder(items: Py[], order: ArrayLike<number>): void {
  const copy = items.slice();
  for (let i = 0; i < order.length; i++) items[i] = copy[order[i]];
}

/** How many code units strOrder compares one at a time before it sorts a range by comparison. */
const DEEP = 32;

/**
 * The stable order of str keys by code units, as the keys' indices: a three-way radix quicksort
 * (one code unit per partitioning step, so shared prefixes are read once, where a comparison sort
 * compares them again each time), with random pivots against inputs built to be slow, and equal
 * keys in index order. Reversed, the keys descend and equal keys keep their index order, as
 * CPython's `reverse=True`. (Measured: 50,000 short strs in 9 ms, against 21 ms for the engine's
 * sort; keyed by strs, with no map of ranks, about 3x faster.)
 */
function strOrder(keys: string[], reverse: boolean): Int32Array {
  const n = keys.length;
  const idx = new Int32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  let seed = (Math.random() * 0x7fffffff) | 1;
  // ranges still to sort: lo, hi (exclusive) and the code unit index d their keys agree up to
  const todo = [0, n, 0];
  while (todo.length > 0) {
    const d = todo.pop()!, hi = todo.pop()!, lo = todo.pop()!;
    if (d >= DEEP && hi - lo >= 12) {
      // a long shared prefix: the engine's comparison reads it at once, where the radix steps
      // would read it a code unit per step for every key (10,000 copies of a 10,000-character
      // str: 1.9 s, against 0.4 s for comparisons)
      const sub = Array.from(idx.subarray(lo, hi)).sort((x, y) => {
        const a = keys[x], b = keys[y];
        return a < b ? -1 : a > b ? 1 : x - y;
      });
      idx.set(sub, lo);
      continue;
    }
    if (hi - lo < 12) {
      for (let j = lo + 1; j < hi; j++) {
        const v = idx[j], kv = keys[v];
        let k = j - 1;
        while (k >= lo && (keys[idx[k]] > kv || (keys[idx[k]] === kv && idx[k] > v))) {
          idx[k + 1] = idx[k];
          k--;
        }
        idx[k + 1] = v;
      }
      continue;
    }
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    const ps = keys[idx[lo + ((seed >>> 0) % (hi - lo))]];
    const pv = ps.length > d ? ps.charCodeAt(d) : -1;
    let lt = lo, gt = hi - 1, i = lo;
    while (i <= gt) {
      const x = idx[i], key = keys[x];
      const c = key.length > d ? key.charCodeAt(d) : -1;
      if (c < pv) {
        idx[i++] = idx[lt];
        idx[lt++] = x;
      } else if (c > pv) {
        idx[i] = idx[gt];
        idx[gt--] = x;
      } else i++;
    }
    todo.push(lo, lt, d);
    // (the middle part ended at d when its pivot did: equal keys, put back in index order)
    if (pv >= 0) todo.push(lt, gt + 1, d + 1);
    else idx.subarray(lt, gt + 1).sort();
    todo.push(gt + 1, hi, d);
  }
  if (reverse) {
    idx.reverse();
    for (let i = 0; i < n;) {
      let j = i + 1;
      while (j < n && keys[idx[j]] === keys[idx[i]]) j++;
      if (j - i > 1) idx.subarray(i, j).reverse();
      i = j;
    }
  }
  return idx;
}

/**
 * Does code unit order agree with code point order on these strs (no surrogate, that is no
 * astral character, in any of them)? One native join and one scan: a test per str cost a
 * quarter of the sort it decides.
 */
function codeUnitOrder(a: string[]): boolean {
  return !SURROGATE.test(a.join(""));
}

const SURROGATE = /[\ud800-\udfff]/;

/** 1 when every item is <= the next, -1 when every item is >= the next (and not all equal),
 * else 0: stops at the first pair that rules out both. */
function monotone(a: (number | string)[]): number {
  let up = true, down = true;
  for (let i = 1; i < a.length; i++) {
    const x = a[i - 1], y = a[i];
    if (x > y) {
      up = false;
      if (!down) return 0;
    } else if (x < y) {
      down = false;
      if (!up) return 0;
    }
  }
  return up ? 1 : -1;
}

/** Sort `items` in place (stable), optionally by key values and reversed. */
export function sortArray(items: Py[], key: Py, reverse: boolean): void {
  const n = items.length;
  if (n < 2) {
    // CPython calls the key even for a single item
    if (n === 1 && key !== null && key !== undefined) callObject1(key, items[0]);
    return;
  }
  // about n log2 n comparisons (key calls and comparisons that run Python code charge their own)
  chargeWork(n * (32 - Math.clz32(n)));
  const keys = key === null || key === undefined ? items : items.map((x) => callObject1(key, x));
  let allNum = true, allStr = true;
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    if (typeof k !== "number") allNum = false;
    if (typeof k !== "string") allStr = false;
    if (!allNum && !allStr) break;
  }
  if (keys === items && (allNum || allStr)) {
    // equal ints or strs are indistinguishable: the engine's native sorts need no stability.
    // Items already in order, or in reverse order, take n-1 comparisons, as CPython's sort finds
    // them one run (strs only where code units order as code points do)
    const m = monotone(items as (number | string)[]);
    if (m !== 0 && (allNum || codeUnitOrder(items as string[]))) {
      if (m < 0 !== reverse) items.reverse();
      return;
    }
    if (allNum) {
      const sorted = Float64Array.from(items as number[]).sort();
      for (let i = 0; i < n; i++) items[i] = sorted[i];
    } else sortStrs(items as string[]);
    if (reverse) items.reverse();
    return;
  }
  if (allStr && codeUnitOrder(keys as string[])) return reorder(items, strOrder(keys as string[], reverse));
  const order = allStr ? null : packedOrder(keys, reverse);
  if (order !== null) return reorder(items, order);
  const idx = new Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  let cmp: (i: number, j: number) => number;
  if (allNum) cmp = (i, j) => (keys[i] as number) - (keys[j] as number);
  // (strs whose code units agree with their code points took strOrder above)
  else if (allStr) cmp = (i, j) => strCompare(keys[i] as string, keys[j] as string);
  else if (plainTupleKeys(keys)) {
    // tuples of ints and strs, one kind per position: no comparison can run Python code or
    // raise, so the engine's stable sort gives CPython's result (measured: sort_lists ~10% faster)
    cmp = (i, j) => {
      const x = (keys[i] as PyTuple).a, y = (keys[j] as PyTuple).a;
      const n = x.length < y.length ? x.length : y.length;
      for (let k = 0; k < n; k++) {
        const p = x[k], q = y[k];
        if (p !== q) return typeof p === "number" ? (p < q ? -1 : 1) : strCompare(p, q);
      }
      return x.length - y.length;
    };
  } else {
    // any comparison may run Python code: make exactly the calls CPython's sort makes
    // (a comparison that raises leaves the items in the order the sort had reached, as CPython's)
    if (reverse) idx.reverse();
    try {
      timsort(idx, (i, j) => lessThan(keys[i], keys[j]));
    } finally {
      if (reverse) idx.reverse();
      reorder(items, idx);
    }
    return;
  }
  if (reverse) {
    // stable reverse sort: reverse, stable sort descending, reverse back keeps equal items in order
    idx.sort((i, j) => {
      const c = cmp(j, i);
      return c !== 0 ? c : i - j;
    });
  } else idx.sort(cmp);
  reorder(items, idx);
}

// ---------------------------------------------------------------------------------------------
// Helpers

function self<T>(args: Py[], t: PyType, name: string): T {
  const s = args[0];
  if (s === undefined || !isSubtype(s.cls ?? hooks.typeOf(s), t)) {
    typeError(`descriptor '${name}' for '${t.name}' objects doesn't apply to a '${typeName(s)}' object`);
  }
  return s as T;
}

/** The index of x in a[start:stop]; else ValueError `what`, or list's "<repr of x> is not in list" when null. */
function findIndex(a: Py[], x: Py, start: Py, stop: Py, what: string | null): number {
  const [s, e] = sliceIndices(indexBound(start) ?? null, indexBound(stop) ?? null, null, a.length);
  for (let i = s; i < e && i < a.length; i++) {
    if (a[i] === x || pyEq(a[i], x)) {
      chargeWork(i - s);
      return i;
    }
  }
  chargeWork(e - s);
  // (the repr only now: it may run Python code, or fail)
  valueError(what ?? `${pyRepr(x)} is not in list`);
}

function count(a: Py[], x: Py): number {
  chargeWork(a.length);
  let n = 0;
  for (const v of a) if (v === x || pyEq(v, x)) n++;
  return n;
}

/** Iterate any iterable into an array (tuples and lists are copied). */
export function toArray(v: Py): Py[] {
  return iterToArray(v);
}

/** The items of an iterable as list() and tuple() take them (a user object's length hint is taken). */
function sizedArray(v: Py): Py[] {
  return iterToArray(v, undefined, true);
}

/**
 * l.extend(v), `l += v`, as CPython's list_extend: an exact list or tuple is copied in one go
 * (`l.extend(l)` doubles l); any other iterable is appended item by item as it is read.
 */
export function listExtend(l: PyList, v: Py): void {
  const items = v === l ? l.a.slice() : plainItems(v);
  if (items !== null) {
    if (l.a.length + items.length > MAX_SEQUENCE) memoryError();
    chargeWork(items.length);
    for (let i = 0, n = items.length; i < n; i++) l.a.push(items[i]);
    return;
  }
  forEachItem(v, (x) => {
    if (l.a.length >= MAX_SEQUENCE) memoryError();
    l.a.push(x);
  }, undefined, true);
}

// ---------------------------------------------------------------------------------------------
// list

export function installList(): void {
  ListType.newFn = (cls, args, kw) => {
    noKw("list", kw);
    if (args.length > 1) typeError(`list expected at most 1 argument, got ${args.length}`);
    return new PyList(args.length ? sizedArray(args[0]) : [], cls);
  };
  defMethods(ListType, {
    append(args, kw) {
      arity("list.append", args, kw, 1, 1, true);
      self<PyList>(args, ListType, "append").a.push(args[1]);
      return null;
    },
    extend(args, kw) {
      arity("list.extend", args, kw, 1, 1, true);
      listExtend(self<PyList>(args, ListType, "extend"), args[1]);
      return null;
    },
    insert(args, kw) {
      arity("list.insert", args, kw, 2, 2, true);
      const l = self<PyList>(args, ListType, "insert");
      let n = ssizeArg(args[1]);
      const len = l.a.length;
      if (n < 0) n = Math.max(0, n + len);
      if (n > len) n = len;
      chargeWork(len - n);
      l.a.splice(n, 0, args[2]);
      return null;
    },
    remove(args, kw) {
      arity("list.remove", args, kw, 1, 1, true);
      const l = self<PyList>(args, ListType, "remove");
      // the items before x are compared, the items after it move
      chargeWork(l.a.length);
      for (let i = 0; i < l.a.length; i++) {
        if (l.a[i] === args[1] || pyEq(l.a[i], args[1])) {
          l.a.splice(i, 1);
          return null;
        }
      }
      valueError("list.remove(x): x not in list");
    },
    pop(args, kw) {
      arity("list.pop", args, kw, 0, 1, true);
      const l = self<PyList>(args, ListType, "pop");
      // the index is converted before the list is looked at, as CPython's argument clinic does
      let n = args.length === 1 ? -1 : ssizeArg(args[1]);
      if (l.a.length === 0) indexError("pop from empty list");
      if (args.length === 1) return l.a.pop();
      if (n < 0) n += l.a.length;
      if (n < 0 || n >= l.a.length) indexError("pop index out of range");
      chargeWork(l.a.length - n);
      return l.a.splice(n, 1)[0];
    },
    index(args, kw) {
      arity("list.index", args, kw, 1, 3, true);
      const l = self<PyList>(args, ListType, "index");
      return findIndex(l.a, args[1], args[2], args[3], null);
    },
    count(args, kw) {
      arity("list.count", args, kw, 1, 1, true);
      return count(self<PyList>(args, ListType, "count").a, args[1]);
    },
    sort(args, kw) {
      const l = self<PyList>(args, ListType, "sort");
      const [key, reverse] = bindArgs("sort", args, kw, ["key", "reverse"], 0, 0, true);
      const items = l.a;
      l.a = [];
      try {
        sortArray(items, key ?? null, reverseFlag(reverse));
      } finally {
        const modified = l.a.length > 0;
        l.a = items;
        if (modified) valueError("list modified during sort");
      }
      return null;
    },
    reverse(args, kw) {
      arity("list.reverse", args, kw, 0, 0, true);
      const a = self<PyList>(args, ListType, "reverse").a;
      chargeWork(a.length);
      a.reverse();
      return null;
    },
    clear(args, kw) {
      arity("list.clear", args, kw, 0, 0, true);
      self<PyList>(args, ListType, "clear").a.length = 0;
      return null;
    },
    copy(args, kw) {
      arity("list.copy", args, kw, 0, 0, true);
      const a = self<PyList>(args, ListType, "copy").a;
      chargeWork(a.length);
      return new PyList(a.slice());
    },
    __init__(args, kw) {
      noKw("list", kw);
      const l = self<PyList>(args, ListType, "__init__");
      if (args.length > 2) typeError(`list expected at most 1 argument, got ${args.length - 1}`);
      l.a = [];
      if (args.length > 1) listExtend(l, args[1]);
      return null;
    },
    __reversed__(args) {
      const l = self<PyList>(args, ListType, "__reversed__");
      return new ReversedIter(l.a, l.a.length - 1, ListReverseIteratorType);
    },
    __iter__(args) {
      return new ListIter(self<PyList>(args, ListType, "__iter__"));
    },
    __class_getitem__: classGetItem,
  });
  const append = ListType.dict.get("append") as PyBuiltin, pop = ListType.dict.get("pop") as PyBuiltin;
  fastMethod(ListType, "append", {
    m1: (l, x) => {
      if (!(l instanceof PyList)) return append.fn([l, x], null);
      l.a.push(x);
      return null;
    },
  });
  fastMethod(ListType, "pop", { m0: (l) => (l instanceof PyList && l.a.length > 0 ? l.a.pop() : pop.fn([l], null)) });
  const extend = ListType.dict.get("extend") as PyBuiltin;
  fastMethod(ListType, "extend", {
    m1: (l, x) => {
      if (!(l instanceof PyList)) return extend.fn([l, x], null);
      listExtend(l, x);
      return null;
    },
  });
}

// ---------------------------------------------------------------------------------------------
// tuple

export function installTuple(): void {
  TupleType.newFn = (cls, args, kw) => {
    noKw("tuple", kw);
    if (args.length > 1) typeError(`tuple expected at most 1 argument, got ${args.length}`);
    if (args.length === 0) return cls === TupleType ? EMPTY_TUPLE : new PyTuple([], cls);
    if (args[0] instanceof PyTuple && args[0].cls === TupleType && cls === TupleType) return args[0];
    return new PyTuple(sizedArray(args[0]), cls);
  };
  defMethods(TupleType, {
    index(args, kw) {
      arity("tuple.index", args, kw, 1, 3, true);
      return findIndex(self<PyTuple>(args, TupleType, "index").a, args[1], args[2], args[3], "tuple.index(x): x not in tuple");
    },
    count(args, kw) {
      arity("tuple.count", args, kw, 1, 1, true);
      return count(self<PyTuple>(args, TupleType, "count").a, args[1]);
    },
    __iter__(args) {
      return new SeqIter(self<PyTuple>(args, TupleType, "__iter__").a, TupleIteratorType);
    },
    __class_getitem__: classGetItem,
  });
}

// ---------------------------------------------------------------------------------------------
// dict and its views

/** dict_keys / dict_values / dict_items: live views. */
export class PyDictView extends PyObject {
  constructor(public d: PyDict, public kind: number) {
    super();
    this.cls = kind === 0 ? DictKeysType : kind === 1 ? DictValuesType : DictItemsType;
  }
}

export function viewItems(v: PyDictView): Py[] {
  const d = v.d;
  chargeWork(d.m.size);
  if (v.kind === 0) return dictKeys(d);
  if (v.kind === 1) return Array.from(d.m.values());
  const out: Py[] = [];
  for (const [nk, val] of d.m) out.push(new PyTuple([origKey(d, nk), val]));
  return out;
}

/** A keys or items view: the views with set operations. */
function isSetView(v: Py): v is PyDictView {
  return v instanceof PyDictView && v.kind !== 1;
}

/**
 * set(x), as CPython's dictviews_to_set makes it: the keys of an exact dict's keys view are read
 * from the dict's storage (with their stored hashes), as are a set's elements.
 */
function toSet(x: Py): PySet {
  const out = new PySet();
  if (x instanceof PyDictView) {
    if (x.kind === 0 && x.d.cls === DictType) setUpdate(out, x.d);
    else for (const y of viewItems(x)) setAdd(out, y);
  } else setUpdate(out, x);
  return out;
}

/**
 * `a & b`, `a | b`, `a - b`, `a ^ b` with a keys or items view on either side, as CPython's
 * dictviews_* functions: the other side may be any iterable and the result is a set. Only what
 * CPython hashes is hashed: `{1: 2}.items() & [[1, 2]]` is `set()`, since the list is no pair,
 * and items views ^ each other compare values. NotImplemented when neither side is such a view.
 */
export function viewBinary(op: number, a: Py, b: Py): Py {
  if (!isSetView(a) && !isSetView(b)) return NotImplemented;
  switch (op) {
    case 9: {
      // intersect: look up the other side's elements in the larger view
      let self = (isSetView(a) ? a : b) as PyDictView, other = self === a ? b : a;
      if (other instanceof PySet && other.cls === SetType && self.d.m.size <= other.m.size) {
        // other.intersection(self): the view's elements hashed once each
        return setIntersection(other, self, new PySet());
      }
      if (isSetView(other) && other.d.m.size > self.d.m.size) [self, other] = [other, self];
      const out = newSet([]);
      for (const x of toArray(other)) if (viewContains(self, x)) setAdd(out, x);
      return out;
    }
    case 10: {
      const out = toSet(a);
      setUpdate(out, b);
      return out;
    }
    case 1: {
      const out = toSet(a);
      setDifferenceUpdate(out, b);
      return out;
    }
    case 11: {
      if (isSetView(a) && a.kind === 2 && isSetView(b) && b.kind === 2) return itemsXor(a.d, b.d);
      const out = toSet(a);
      setSymmetricDifferenceUpdate(out, b);
      return out;
    }
  }
  return NotImplemented;
}

/** d1.items() ^ d2.items() (CPython's dictitems_xor): equal pairs drop out without hashing values. */
function itemsXor(d1: PyDict, d2: PyDict): PySet {
  const left = dictCopy(d1), out = newSet([]);
  for (const [nk, v2] of d2.m) {
    const k = origKey(d2, nk), v1 = dictGet(left, k);
    if (v1 !== undefined && (v1 === v2 || pyEq(v1, v2))) dictPop(left, k);
    else setAdd(out, new PyTuple([k, v2]));
  }
  for (const [nk, v1] of left.m) setAdd(out, new PyTuple([origKey(left, nk), v1]));
  return out;
}

function dictUpdate(d: PyDict, args: Py[], kw: string[] | null, start: number, name: string): void {
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - nkw - start;
  if (npos > 1) typeError(`${name} expected at most 1 argument, got ${npos}`);
  if (npos === 1) hooks.dictUpdateFrom(d, args[start]);
  for (let i = 0; i < nkw; i++) dictSet(d, kw![i], args[args.length - nkw + i]);
}

export function installDict(): void {
  DictType.newFn = (cls, args, kw) => {
    const d = new PyDict(cls);
    dictUpdate(d, args, kw, 0, "dict");
    return d;
  };
  const D = DictType;
  defMethods(D, {
    __init__(args, kw) {
      const d = self<PyDict>(args, D, "__init__");
      dictUpdate(d, args, kw, 1, "dict");
      return null;
    },
    get(args, kw) {
      arity("dict.get", args, kw, 1, 2, true);
      const v = dictGet(self<PyDict>(args, D, "get"), args[1]);
      return v === undefined ? (args.length > 2 ? args[2] : null) : v;
    },
    keys(args, kw) {
      arity("dict.keys", args, kw, 0, 0, true);
      return new PyDictView(self<PyDict>(args, D, "keys"), 0);
    },
    values(args, kw) {
      arity("dict.values", args, kw, 0, 0, true);
      return new PyDictView(self<PyDict>(args, D, "values"), 1);
    },
    items(args, kw) {
      arity("dict.items", args, kw, 0, 0, true);
      return new PyDictView(self<PyDict>(args, D, "items"), 2);
    },
    pop(args, kw) {
      arity("dict.pop", args, kw, 1, 2, true);
      const d = self<PyDict>(args, D, "pop");
      const v = dictPop(d, args[1]);
      if (v !== undefined) return v;
      if (args.length > 2) return args[2];
      keyError(args[1]);
    },
    popitem(args, kw) {
      arity("dict.popitem", args, kw, 0, 0, true);
      const kv = dictPopItem(self<PyDict>(args, D, "popitem"));
      if (kv === null) raise(KeyError, "popitem(): dictionary is empty");
      return new PyTuple(kv);
    },
    setdefault(args, kw) {
      arity("dict.setdefault", args, kw, 1, 2, true);
      return dictSetDefault(self<PyDict>(args, D, "setdefault"), args[1], args.length > 2 ? args[2] : null);
    },
    update(args, kw) {
      dictUpdate(self<PyDict>(args, D, "update"), args, kw, 1, "update");
      return null;
    },
    clear(args, kw) {
      arity("dict.clear", args, kw, 0, 0, true);
      dictClear(self<PyDict>(args, D, "clear"));
      return null;
    },
    copy(args, kw) {
      arity("dict.copy", args, kw, 0, 0, true);
      const d = self<PyDict>(args, D, "copy");
      if (mergesDirectly(d) || d.m.size === 0) return dictCopy(d);
      const c = new PyDict();
      hooks.dictUpdateFrom(c, d);
      return c;
    },
    __iter__(args) {
      return new DictIter(self<PyDict>(args, D, "__iter__"), 0);
    },
    __reversed__(args) {
      return new DictRevIter(self<PyDict>(args, D, "__reversed__"), 0);
    },
    __getitem__(args) {
      const d = self<PyDict>(args, D, "__getitem__");
      const v = dictGet(d, args[1]);
      if (v === undefined) {
        if (!d.cls.builtin) {
          const miss = lookup(d.cls, "__missing__");
          if (miss !== undefined) return callObject(miss, [d, args[1]]);
        }
        keyError(args[1]);
      }
      return v;
    },
    __setitem__(args) {
      dictSet(self<PyDict>(args, D, "__setitem__"), args[1], args[2]);
      return null;
    },
    __delitem__(args) {
      dictDel(self<PyDict>(args, D, "__delitem__"), args[1]);
      return null;
    },
    __contains__(args) {
      return dictGet(self<PyDict>(args, D, "__contains__"), args[1]) !== undefined;
    },
    __len__(args) {
      return self<PyDict>(args, D, "__len__").m.size;
    },
    __class_getitem__: classGetItem,
  });
  // dict.fromkeys is a classmethod
  const fromkeys = defMethod(D, "fromkeys", (args, kw) => {
    arity("dict.fromkeys", args, kw, 1, 2, true);
    const cls = args[0] as PyType;
    const d = callObject(cls, []) as PyDict;
    const v = args.length > 2 ? args[2] : null;
    // an exact dict, set or frozenset into an empty exact dict: read from storage (CPython's _PyDict_FromKeys)
    if (d instanceof PyDict && d.cls === DictType && d.m.size === 0 && dictFromStore(d, args[1], v)) return d;
    forEachItem(args[1], (k) => {
      if (d instanceof PyDict && d.cls === DictType) dictSet(d, k, v);
      else hooks.setItem(d, k, v);
    });
    return d;
  });
  D.dict.set("fromkeys", classMethodDescriptor(fromkeys));

  for (const vt of [DictKeysType, DictValuesType, DictItemsType]) {
    defMethods(vt, {
      __iter__(args) {
        const v = args[0] as PyDictView;
        return new DictIter(v.d, v.kind);
      },
      __len__(args) {
        return (args[0] as PyDictView).d.m.size;
      },
      __reversed__(args) {
        const v = args[0] as PyDictView;
        return new DictRevIter(v.d, v.kind);
      },
    });
  }
  for (const vt of [DictKeysType, DictItemsType]) {
    vt.dict.set("__hash__", null); // (set-like, so unhashable; values views hash by identity)
    defMethods(vt, {
      isdisjoint(args, kw) {
        arity(`${vt.name}.isdisjoint`, args, kw, 1, 1, true);
        // CPython's dictviews_isdisjoint: look up the elements of the smaller side in the other
        let self = args[0], other = args[1];
        if (self === other) return (self as PyDictView).d.m.size === 0;
        if (other instanceof PySet || isSetView(other)) {
          const n = other instanceof PySet ? other.m.size : other.d.m.size;
          if (n > (self as PyDictView).d.m.size) [self, other] = [other, self];
        }
        return !forEachItem(other, (x) => hooks.contains(self, x));
      },
      __contains__(args, kw) {
        slotArity(args, kw, 1, "__contains__");
        return viewContains(args[0] as PyDictView, args[1]);
      },
    });
    // set-like comparisons with a set or another keys or items view (`d.keys().__eq__({"a"})`)
    for (const [name, op] of [["__lt__", 0], ["__le__", 1], ["__eq__", 2], ["__ne__", 3], ["__gt__", 4], ["__ge__", 5]] as [string, number][]) {
      defMethod(vt, name, (args, kw) => {
        slotArity(args, kw, 1, name);
        return viewCompare(args[0], args[1], op) ?? NotImplemented;
      });
    }
    for (const [name, op] of [["__and__", 9], ["__or__", 10], ["__sub__", 1], ["__xor__", 11]] as [string, number][]) {
      defMethod(vt, name, (args, kw) => {
        slotArity(args, kw, 1, name);
        return viewBinary(op, args[0], args[1]);
      });
      defMethod(vt, "__r" + name.slice(2), (args, kw) => {
        slotArity(args, kw, 1, "__r" + name.slice(2));
        return viewBinary(op, args[1], args[0]);
      });
    }
  }
  const get = D.dict.get("get") as PyBuiltin;
  fastMethod(D, "get", {
    m1: (d, k) => {
      if (!(d instanceof PyDict)) return get.fn([d, k], null);
      const v = dictGet(d, k);
      return v === undefined ? null : v;
    },
    m2: (d, k, dflt) => {
      if (!(d instanceof PyDict)) return get.fn([d, k, dflt], null);
      const v = dictGet(d, k);
      return v === undefined ? dflt : v;
    },
  });
  const setdefault = D.dict.get("setdefault") as PyBuiltin, dpop = D.dict.get("pop") as PyBuiltin;
  fastMethod(D, "setdefault", {
    m1: (d, k) => (d instanceof PyDict ? dictSetDefault(d, k, null) : setdefault.fn([d, k], null)),
    m2: (d, k, dflt) => (d instanceof PyDict ? dictSetDefault(d, k, dflt) : setdefault.fn([d, k, dflt], null)),
  });
  fastMethod(D, "pop", {
    m1: (d, k) => {
      if (!(d instanceof PyDict)) return dpop.fn([d, k], null);
      const v = dictPop(d, k);
      if (v === undefined) keyError(k);
      return v;
    },
    m2: (d, k, dflt) => {
      if (!(d instanceof PyDict)) return dpop.fn([d, k, dflt], null);
      const v = dictPop(d, k);
      return v === undefined ? dflt : v;
    },
  });
  for (const [name, kind] of [["keys", 0], ["values", 1], ["items", 2]] as [string, number][]) {
    const m = D.dict.get(name) as PyBuiltin;
    fastMethod(D, name, { m0: (d) => (d instanceof PyDict ? new PyDictView(d, kind) : m.fn([d], null)) });
  }
}

export function viewContains(v: PyDictView, x: Py): boolean {
  if (v.kind === 0) return dictHas(v.d, x);
  if (v.kind === 1) {
    chargeWork(v.d.m.size);
    for (const val of v.d.m.values()) if (val === x || pyEq(val, x)) return true;
    return false;
  }
  if (!(x instanceof PyTuple) || x.a.length !== 2) return false;
  const val = dictGet(v.d, x.a[0]);
  return val !== undefined && (val === x.a[1] || pyEq(val, x.a[1]));
}

/**
 * A keys or items view compared with a set or another such view, as CPython's dictview_richcompare:
 * the sizes first, then membership of one side's elements in the other (a pair is looked up in an
 * items view by its key, its value compared, nothing hashed). Undefined when it does not apply.
 */
export function viewCompare(a: Py, b: Py, op: number): boolean | undefined {
  let self = a, other = b;
  if (!isSetView(a)) {
    // set <op> view: the set declines, the view answers the reflected comparison
    if (!isSetView(b)) return undefined;
    self = b;
    other = a;
    op = [4, 5, 2, 3, 0, 1][op];
  }
  if (!isSetView(other) && !(other instanceof PySet)) return undefined;
  const n = (self as PyDictView).d.m.size, m = isSetView(other) ? other.d.m.size : (other as PySet).m.size;
  const has = (c: Py, x: Py) => (c instanceof PySet ? setHas(c, x) : viewContains(c as PyDictView, x));
  const allIn = (x: Py, y: Py) => {
    for (const v of x instanceof PySet ? setItems(x).slice() : viewItems(x)) if (!has(y, v)) return false;
    return true;
  };
  switch (op) {
    case 2:
      return n === m && allIn(self, other);
    case 3:
      return !(n === m && allIn(self, other));
    case 0:
      return n < m && allIn(self, other);
    case 1:
      return n <= m && allIn(self, other);
    case 4:
      return n > m && allIn(other, self);
    default:
      return n >= m && allIn(other, self);
  }
}

export function viewRepr(v: PyDictView): string {
  const name = v.kind === 0 ? "dict_keys" : v.kind === 1 ? "dict_values" : "dict_items";
  return guardedRepr(v, () => name + "(" + pyRepr(new PyList(viewItems(v))) + ")");
}

// ---------------------------------------------------------------------------------------------
// set and frozenset

/**
 * s.intersection(*args[1:]) into `out`, as CPython's set_intersection_multi: the running result
 * intersected with each argument in turn.
 */
function setIntersectArgs(s: PySet, args: Py[], out: PySet): PySet {
  if (args.length === 1) return setCopyInto(s, out);
  let cur = s;
  for (let i = 1; i < args.length; i++) cur = setIntersection(cur, args[i], i === args.length - 1 ? out : new PySet());
  return cur;
}

/** The type of a new set made from set or frozenset s (CPython's make_new_set_basetype). */
function baseSetType(s: PySet): PyType {
  return isSubtype(s.cls, FrozenSetType) ? FrozenSetType : SetType;
}

/** An exact set or frozenset. */
function isExact(v: Py): boolean {
  return v instanceof PySet && (v.cls === SetType || v.cls === FrozenSetType);
}

export function installSets(): void {
  SetType.newFn = (cls, args, kw) => {
    if (kw !== null && kw.length > 0) typeError("set() takes no keyword arguments");
    if (args.length > 1) typeError(`set expected at most 1 argument, got ${args.length}`);
    const s = new PySet(cls);
    if (args.length) setUpdate(s, args[0]);
    return s;
  };
  FrozenSetType.newFn = (cls, args, kw) => {
    if (kw !== null && kw.length > 0) typeError("frozenset() takes no keyword arguments");
    if (args.length > 1) typeError(`${cls.name} expected at most 1 argument, got ${args.length}`);
    if (args.length && args[0] instanceof PySet && args[0].cls === FrozenSetType && cls === FrozenSetType) return args[0];
    const s = new PySet(cls);
    if (args.length) setUpdate(s, args[0]);
    return s;
  };
  // (the methods set and frozenset share, their errors naming the type: `frozenset.issubset()`;
  // the ones taking any number of iterables take no keywords)
  const common = (tn: string): Record<string, (args: Py[], kw: string[] | null) => Py> => ({
    copy(args, kw) {
      arity(`${tn}.copy`, args, kw, 0, 0, true);
      const s = args[0] as PySet;
      if (s.cls === FrozenSetType) return s;
      return setCopyInto(s, new PySet(baseSetType(s)));
    },
    union(args, kw) {
      arity(`${tn}.union`, args, kw, 0, -1, true);
      const s = args[0] as PySet;
      const out = setCopyInto(s, new PySet(baseSetType(s)));
      for (let i = 1; i < args.length; i++) if (!(isExact(args[i]) && args[i] === s)) setUpdate(out, args[i]);
      return out;
    },
    intersection(args, kw) {
      arity(`${tn}.intersection`, args, kw, 0, -1, true);
      const s = args[0] as PySet;
      return setIntersectArgs(s, args, new PySet(baseSetType(s)));
    },
    difference(args, kw) {
      arity(`${tn}.difference`, args, kw, 0, -1, true);
      // (CPython's set_difference_multi)
      const s = args[0] as PySet;
      if (args.length === 1) return setCopyInto(s, new PySet(baseSetType(s)));
      const out = setDifference(s, args[1], new PySet(baseSetType(s)));
      for (let i = 2; i < args.length; i++) setDifferenceUpdate(out, args[i]);
      return out;
    },
    symmetric_difference(args, kw) {
      arity(`${tn}.symmetric_difference`, args, kw, 1, 1, true);
      const s = args[0] as PySet;
      return setSymmetricDifference(s, args[1], new PySet(baseSetType(s)));
    },
    issubset(args, kw) {
      arity(`${tn}.issubset`, args, kw, 1, 1, true);
      return setIsSubset(args[0], args[1]);
    },
    issuperset(args, kw) {
      arity(`${tn}.issuperset`, args, kw, 1, 1, true);
      return setIsSuperset(args[0], args[1]);
    },
    isdisjoint(args, kw) {
      arity(`${tn}.isdisjoint`, args, kw, 1, 1, true);
      return setIsDisjoint(args[0], args[1]);
    },
    __contains__(args) {
      return setHas(args[0], args[1]);
    },
    __len__(args) {
      return (args[0] as PySet).m.size;
    },
    __iter__(args) {
      return new SetIter(args[0]);
    },
    __class_getitem__: classGetItem,
  });
  defMethods(SetType, common("set"));
  defMethods(FrozenSetType, common("frozenset"));
  defMethods(SetType, {
    add(args, kw) {
      arity("set.add", args, kw, 1, 1, true);
      setAdd(args[0], args[1]);
      return null;
    },
    remove(args, kw) {
      arity("set.remove", args, kw, 1, 1, true);
      if (!setDiscard(args[0], args[1])) keyError(args[1]);
      return null;
    },
    discard(args, kw) {
      arity("set.discard", args, kw, 1, 1, true);
      setDiscard(args[0], args[1]);
      return null;
    },
    pop(args, kw) {
      arity("set.pop", args, kw, 0, 0, true);
      const s = args[0] as PySet;
      if (s.m.size === 0) raise(KeyError, "pop from an empty set");
      return setPopFirst(s);
    },
    clear(args, kw) {
      arity("set.clear", args, kw, 0, 0, true);
      setClear(args[0]);
      return null;
    },
    update(args, kw) {
      arity("set.update", args, kw, 0, -1, true);
      const s = args[0] as PySet;
      for (let i = 1; i < args.length; i++) setUpdate(s, args[i]);
      return null;
    },
    intersection_update(args, kw) {
      arity("set.intersection_update", args, kw, 0, -1, true);
      const s = args[0] as PySet;
      const r = setIntersectArgs(s, args, new PySet());
      setClear(s);
      setCopyInto(r, s);
      return null;
    },
    difference_update(args, kw) {
      arity("set.difference_update", args, kw, 0, -1, true);
      const s = args[0] as PySet;
      for (let i = 1; i < args.length; i++) setDifferenceUpdate(s, args[i]);
      return null;
    },
    symmetric_difference_update(args, kw) {
      arity("set.symmetric_difference_update", args, kw, 1, 1, true);
      setSymmetricDifferenceUpdate(args[0], args[1]);
      return null;
    },
    __init__(args, kw) {
      noKw("set", kw);
      const s = args[0] as PySet;
      // (named by the instance's own type, as CPython's set_init)
      if (args.length > 2) typeError(`${typeName(s)} expected at most 1 argument, got ${args.length - 1}`);
      setClear(s);
      if (args.length > 1) setUpdate(s, args[1]);
      return null;
    },
  });
  const sadd = SetType.dict.get("add") as PyBuiltin, sdiscard = SetType.dict.get("discard") as PyBuiltin;
  fastMethod(SetType, "add", {
    m1: (st, x) => {
      if (!(st instanceof PySet)) return sadd.fn([st, x], null);
      setAdd(st, x);
      return null;
    },
  });
  fastMethod(SetType, "discard", {
    m1: (st, x) => {
      if (!(st instanceof PySet)) return sdiscard.fn([st, x], null);
      setDiscard(st, x);
      return null;
    },
  });
}

// ---------------------------------------------------------------------------------------------
// range and slice

function rangeArg(v: Py, what: string): number | bigint {
  const i = asIndex(v);
  if (i === undefined) typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  void what;
  return i;
}

export function installRange(): void {
  RangeType.newFn = (_cls, args, kw) => {
    noKw("range", kw);
    if (args.length === 0) typeError("range expected at least 1 argument, got 0");
    if (args.length > 3) typeError(`range expected at most 3 arguments, got ${args.length}`);
    let start: number | bigint = 0, stop: number | bigint, step: number | bigint = 1;
    if (args.length === 1) stop = rangeArg(args[0], "stop");
    else {
      start = rangeArg(args[0], "start");
      stop = rangeArg(args[1], "stop");
      if (args.length === 3) step = rangeArg(args[2], "step");
    }
    if (step === 0 || step === 0n) valueError("range() arg 3 must not be zero");
    return makeRange(start, stop, step);
  };
  // `range(n)`, the commonest call in loops: entered directly by a call and a fused tree (it went
  // through the generic call path; a loop over range(k) of 1-3 items: 0.88x instructions)
  const newRange = RangeType.newFn;
  RangeType.call1 = (v) => (typeof v === "number" ? new PyRange(0, v, 1) : newRange(RangeType, [v], null));
  defMethods(RangeType, {
    index(args, kw) {
      arity("range.index", args, kw, 1, 1, true);
      return rangeIndex(args[0] as PyRange, args[1]);
    },
    count(args, kw) {
      arity("range.count", args, kw, 1, 1, true);
      return rangeCount(args[0] as PyRange, args[1]);
    },
    __reversed__(args, kw) {
      arity("range.__reversed__", args, kw, 0, 0, true);
      return rangeReversed(args[0] as PyRange);
    },
    __len__(args, kw) {
      slotArity(args, kw, 0, "__len__");
      return rangeLenChecked(args[0] as PyRange);
    },
    __bool__(args, kw) {
      slotArity(args, kw, 0, "__bool__");
      return (args[0] as PyRange).length !== 0;
    },
    __contains__(args, kw) {
      slotArity(args, kw, 1, "__contains__");
      return rangeIndexOf(args[0] as PyRange, args[1]) !== -1;
    },
    __getitem__(args, kw) {
      slotArity(args, kw, 1, "__getitem__");
      return hooks.getItem(args[0], args[1]);
    },
    __reduce__(args, kw) {
      arity("range.__reduce__", args, kw, 0, 0, true);
      const r = args[0] as PyRange;
      const v = (x: number) => (r.big ? norm(x as unknown as bigint) : x);
      return new PyTuple([RangeType, new PyTuple([v(r.start), v(r.stop), v(r.step)])]);
    },
  });
  SliceType.newFn = (_cls, args, kw) => {
    noKw("slice", kw);
    if (args.length === 0) typeError("slice expected at least 1 argument, got 0");
    if (args.length > 3) typeError(`slice expected at most 3 arguments, got ${args.length}`);
    if (args.length === 1) return new PySlice(null, args[0], null);
    return new PySlice(args[0], args[1], args.length > 2 ? args[2] : null);
  };
  defMethods(SliceType, {
    indices(args, kw) {
      arity("slice.indices", args, kw, 1, 1, true);
      const n = asIndex(args[1]);
      if (n === undefined) typeError(`'${typeName(args[1])}' object cannot be interpreted as an integer`);
      if (n < 0) valueError("length should not be negative");
      return new PyTuple(longSliceIndices(args[0] as PySlice, BigInt(n)).map(norm));
    },
    __reduce__(args, kw) {
      arity("slice.__reduce__", args, kw, 0, 0, true);
      const sl = args[0] as PySlice;
      return new PyTuple([SliceType, new PyTuple([sl.start, sl.stop, sl.step])]);
    },
  });
}

export {
  big, builtinType, getAttrOpt, getIter, iterNext, lookup, norm, NotImplemented, PyIterator, seqIndex, STOP,
};

/**
 * Container dunders on the builtin types (list.__getitem__, dict.__setitem__, ...), so that
 * subclasses can call them through super() and code can call them explicitly. They use the
 * builtin layout directly, never the subclass's overrides.
 */
export function installContainerDunders(ops: {
  getItem: (o: Py, k: Py, raw: boolean) => Py;
  setItem: (o: Py, k: Py, v: Py, raw: boolean) => void;
  delItem: (o: Py, k: Py, raw: boolean) => void;
  contains: (c: Py, x: Py, raw: boolean) => boolean;
  binary: (op: number, a: Py, b: Py) => Py;
  inplace: (op: number, a: Py, b: Py) => Py;
  compare: (a: Py, b: Py, op: number) => Py;
}): void {
  // bytes.ts gives bytes and bytearray their sequence methods; `def` skips those already there
  const all = [ListType, TupleType, DictType, SetType, FrozenSetType, BytesType, ByteArrayType];
  // the operators each type has (CPython: no list.__sub__, no dict.__add__, no set.__getitem__)
  const seqOps: [string, number][] = [["__add__", 0], ["__mul__", 2], ["__rmul__", 2]];
  const setOps: [string, number][] = [["__or__", 10], ["__and__", 9], ["__sub__", 1], ["__xor__", 11], ["__ror__", 10], ["__rand__", 9], ["__rsub__", 1], ["__rxor__", 11]];
  const cmpNames: [string, number][] = [["__lt__", 0], ["__le__", 1], ["__eq__", 2], ["__ne__", 3], ["__gt__", 4], ["__ge__", 5]];
  for (const t of all) {
    const def = (name: string, fn: (args: Py[], kw: string[] | null) => Py) => {
      if (!t.dict.has(name)) defMethod(t, name, fn);
    };
    if (t !== SetType && t !== FrozenSetType) def("__getitem__", (args) => ops.getItem(args[0], args[1], true));
    def("__iter__", (args) => getIter(args[0]));
    if (t === ListType || t === DictType || t === ByteArrayType) {
      def("__setitem__", (args) => {
        ops.setItem(args[0], args[1], args[2], true);
        return null;
      });
      def("__delitem__", (args) => {
        ops.delItem(args[0], args[1], true);
        return null;
      });
    }
    def("__contains__", (args) => ops.contains(args[0], args[1], true));
    def("__len__", (args) => {
      const o = args[0];
      return o instanceof PyList || o instanceof PyTuple ? o.a.length : (o as PyDict | PySet).m.size;
    });
    const binNames: [string, number][] = t === ListType || t === TupleType
      ? seqOps
      : t === DictType
      ? [["__or__", 10], ["__ror__", 10]]
      : t === BytesType || t === ByteArrayType
      ? [["__mod__", 5], ["__rmod__", 5]]
      : setOps;
    for (const [name, op] of binNames) {
      const reflected = name.startsWith("__r") && name !== "__rmul__" || name === "__rmul__";
      if (name === "__rmod__") {
        // (bytes_mod and bytearray_mod format only a left operand of their own type)
        def(name, (args) => {
          const fmt = args[1];
          const own = typeof fmt === "object" && fmt !== null && isSubtype(fmt.cls, t);
          return own ? ops.binary(op, fmt, args[0]) : NotImplemented;
        });
        continue;
      }
      if (t === ListType || t === TupleType) {
        // (sq_concat and sq_repeat: the wrapper raises where the operator would decline)
        def(name, (args) => {
          const r = ops.binary(op, reflected ? args[1] : args[0], reflected ? args[0] : args[1]);
          if (r !== NotImplemented || args.length !== 2) return r;
          if (op === 2) typeError(`'${typeName(args[1])}' object cannot be interpreted as an integer`);
          typeError(`can only concatenate ${t.name} (not "${typeName(args[1])}") to ${t.name}`);
        });
        continue;
      }
      def(name, (args) => ops.binary(op, reflected ? args[1] : args[0], reflected ? args[0] : args[1]));
    }
    for (const [name, op] of cmpNames) {
      // (bytes compare only with bytes: bytes.__eq__(b, bytearray(b)) is NotImplemented, and the
      // reflected bytearray.__eq__ answers, as CPython's bytes_richcompare)
      if (t === BytesType) def(name, (args) => baseValue(args[1]) instanceof PyBytes ? ops.compare(args[0], args[1], op) : NotImplemented);
      else def(name, (args) => ops.compare(args[0], args[1], op));
    }
    def("__hash__", (args) => {
      if (t === ListType || t === DictType || t === SetType || t === ByteArrayType) {
        typeError(`unhashable type: '${typeName(args[0])}'`);
      }
      return hooks.hash(args[0]);
    });
  }
  defMethod(ListType, "__iadd__", (args) => {
    const l = args[0] as PyList;
    listExtend(l, args[1]);
    return l;
  });
  // (sq_inplace_repeat: the count is an index, whatever the operator would say)
  defMethod(ListType, "__imul__", (args) => {
    if (asIndex(args[1]) === undefined) typeError(`'${typeName(args[1])}' object cannot be interpreted as an integer`);
    return ops.inplace(2, args[0], args[1]);
  });
  // the remaining in-place operators, as the VM performs them
  for (const [t, names] of [[SetType, [["__ior__", 10], ["__iand__", 9], ["__isub__", 1], ["__ixor__", 11]]], [DictType, [["__ior__", 10]]]] as [PyType, [string, number][]][]) {
    for (const [name, op] of names) defMethod(t, name, (args) => ops.inplace(op, args[0], args[1]));
  }
  ListType.dict.set("__hash__", null);
  ByteArrayType.dict.set("__hash__", null);
  DictType.dict.set("__hash__", null);
  SetType.dict.set("__hash__", null);
}
