// Iterator objects and the iteration protocol for builtin and user types.

import { notIterable, raise, runtimeError, typeError, valueError } from "../errors.ts";
import { IndexError, StopIteration } from "./exceptions.ts";
import { dictKeys, origKey, setItems } from "./dict.ts";
import {
  builtinType, NotImplemented, type Py, PyByteArray, PyBytes, PyDict, PyException, PyFloat, PyIterator, PyList, PyRange,
  PySet, PyTuple, type PyType, STOP, StrType,
} from "./model.ts";
import { callBound, callObject, callObject1, chargeWork, hooks, isSubtype, lookup, pyEq, pyLenExact } from "./protocol.ts";
import { cpArray, isWide } from "./strrepr.ts";
import { typeName, typeOf } from "./typeof.ts";
import { big, norm } from "./int.ts";
import { defMethod } from "./native.ts";

export const ListIteratorType = builtinType("list_iterator", undefined, true);
export const TupleIteratorType = builtinType("tuple_iterator", undefined, true);
export const RangeIteratorType = builtinType("range_iterator", undefined, true);
/** CPython's iterator for ranges whose values do not fit a C long. */
export const LongRangeIteratorType = builtinType("longrange_iterator", undefined, true);
export const StrIteratorType = builtinType("str_ascii_iterator", undefined, true);
export const BytesIteratorType = builtinType("bytes_iterator", undefined, true);
export const StrWideIteratorType = builtinType("str_iterator", undefined, true);
export const ByteArrayIteratorType = builtinType("bytearray_iterator", undefined, true);
export const DictReverseKeyIteratorType = builtinType("dict_reversekeyiterator", undefined, true);
export const DictReverseValueIteratorType = builtinType("dict_reversevalueiterator", undefined, true);
export const DictReverseItemIteratorType = builtinType("dict_reverseitemiterator", undefined, true);
export const DictKeyIteratorType = builtinType("dict_keyiterator", undefined, true);
export const DictValueIteratorType = builtinType("dict_valueiterator", undefined, true);
export const DictItemIteratorType = builtinType("dict_itemiterator", undefined, true);
/** Iterates `tuple[int]` (PEP 646): its one item is the unpacked alias `*tuple[int]`. */
export const GenericAliasIteratorType = builtinType("generic_alias_iterator", undefined, true);
export const SetIteratorType = builtinType("set_iterator", undefined, true);
export const EnumerateType = builtinType("enumerate", undefined, true);
export const ZipType = builtinType("zip", undefined, true);
export const MapType = builtinType("map", undefined, true);
export const FilterType = builtinType("filter", undefined, true);
export const ReversedType = builtinType("reversed", undefined, true);
export const CallableIteratorType = builtinType("callable_iterator", undefined, true);
export const ListReverseIteratorType = builtinType("list_reverseiterator", undefined, true);

/** list and tuple iteration (lists are iterated live, as in CPython). */
export class SeqIter extends PyIterator {
  i = 0;
  constructor(public a: Py[], cls: PyType) {
    super();
    this.cls = cls;
  }
  next(): Py {
    const a = this.a, i = this.i;
    if (i < a.length) {
      // the builtin iterators charge the op budget every 1024 items: a native consumer (sum, any,
      // `in`, map) drains them within one instruction (the VM's own loop over a list does not call this)
      if ((i & 1023) === 1023) hooks.charge(1024);
      this.i = i + 1;
      return a[i];
    }
    this.i = Number.MAX_SAFE_INTEGER;
    return STOP;
  }
}

/**
 * The base of the two iterators the VM's loops read inline (ListIter and RangeIter), so that the
 * VM's iterKind tells them from every other iterator with one instanceof (one that fails walks the
 * whole prototype chain, four levels). `isRange` then tells the two apart (a load from one of two
 * shapes).
 */
export abstract class FastIter extends PyIterator {
  abstract readonly isRange: boolean;
}

/** Iterates a list object (its array may be replaced by slice assignment). */
export class ListIter extends FastIter {
  readonly isRange = false;
  i = 0;
  constructor(public l: PyList) {
    super();
  }
  next(): Py {
    const a = this.l.a, i = this.i;
    if (i < a.length) {
      // (a list that grows as it is drained, `any(map(L.append, L))`, must still run out of budget)
      if ((i & 1023) === 1023) hooks.charge(1024);
      this.i = i + 1;
      return a[i];
    }
    this.i = Number.MAX_SAFE_INTEGER;
    return STOP;
  }
}
ListIter.prototype.cls = ListIteratorType;

export class RangeIter extends FastIter {
  readonly isRange = true;
  n = 0;
  constructor(public cur: number, public stop: number, public step: number) {
    super();
  }
  next(): Py {
    if ((++this.n & 1023) === 0) hooks.charge(1024);
    const c = this.cur;
    if (this.step > 0 ? c < this.stop : c > this.stop) {
      this.cur = c + this.step;
      return c;
    }
    return STOP;
  }
}
RangeIter.prototype.cls = RangeIteratorType;

/** Ranges whose bounds go past 2^53. */
export class BigRangeIter extends PyIterator {
  constructor(public cur: bigint, public stop: bigint, public step: bigint) {
    super();
    const fits = (x: bigint) => x >= -(2n ** 63n) && x < 2n ** 63n;
    this.cls = fits(cur) && fits(stop) && fits(step) ? RangeIteratorType : LongRangeIteratorType;
  }
  n = 0;
  next(): Py {
    if ((++this.n & 1023) === 0) hooks.charge(1024);
    const c = this.cur;
    if (this.step > 0n ? c < this.stop : c > this.stop) {
      this.cur = c + this.step;
      return norm(c);
    }
    return STOP;
  }
}

export class StrIter extends PyIterator {
  i = 0;
  chars: string[] | null;
  constructor(public s: string) {
    super();
    this.chars = isWide(s) ? cpArray(s) : null;
  }
  next(): Py {
    const i = this.i;
    if (i >= (this.chars !== null ? this.chars.length : this.s.length)) return STOP;
    if ((i & 1023) === 1023) hooks.charge(1024);
    this.i = i + 1;
    return this.chars !== null ? this.chars[i] : this.s[i];
  }
}
// CPython 3.11 iterates ASCII strings with str_ascii_iterator and the others with str_iterator;
// the type is worked out only when asked for (iteration itself never needs it)
Object.defineProperty(StrIter.prototype, "cls", {
  get(this: StrIter): PyType {
    return /[\u0080-\uffff]/.test(this.s) ? StrWideIteratorType : StrIteratorType;
  },
});

export class BytesIter extends PyIterator {
  i = 0;
  constructor(public b: Uint8Array) {
    super();
  }
  next(): Py {
    const i = this.i;
    if (i >= this.b.length) return STOP;
    if ((i & 1023) === 1023) hooks.charge(1024);
    this.i = i + 1;
    return this.b[i];
  }
}
BytesIter.prototype.cls = BytesIteratorType;

/**
 * Iterates a bytearray live, as CPython's: it reads the object's current buffer, which may grow
 * (and be replaced) or shrink while it is drained. Once exhausted it stays exhausted.
 */
export class ByteArrayIter extends PyIterator {
  i = 0;
  constructor(public ba: PyByteArray) {
    super();
  }
  next(): Py {
    const ba = this.ba, i = this.i;
    if (i < ba.n) {
      // (a bytearray that grows as it is drained must still run out of budget)
      if ((i & 1023) === 1023) hooks.charge(1024);
      this.i = i + 1;
      return ba.b[i];
    }
    this.i = Number.MAX_SAFE_INTEGER;
    return STOP;
  }
}
ByteArrayIter.prototype.cls = ByteArrayIteratorType;

/** A dict or set iterator's `size` once it is exhausted: no container has that size, so the
 * changed-size check (off the hot path) finds it, and the iterator stays exhausted whatever
 * happens to the container later (CPython drops its reference). */
const EXHAUSTED = -2;

/**
 * Dict iteration: keys (0), values (1) or items (2); errors if the dict changes size (for ever
 * after, as CPython's). As in CPython, `left` counts the entries still expected: a key found when
 * none is left was added while as many were removed (`d[k2] = d.pop(k)`), which would otherwise
 * loop for ever.
 */
export class DictIter extends PyIterator {
  it: Iterator<[Py, Py]>;
  size: number;
  left: number;
  constructor(public d: PyDict, public kind: number) {
    super();
    this.cls = kind === 0 ? DictKeyIteratorType : kind === 1 ? DictValueIteratorType : DictItemIteratorType;
    this.it = d.m.entries();
    this.size = this.left = d.m.size;
  }
  /** The value of the entry nextEntry() stepped to. */
  value: Py = undefined;
  next(): Py {
    const k = this.nextEntry();
    if (k === STOP || this.kind === 0) return k;
    return this.kind === 1 ? this.value : new PyTuple([k, this.value]);
  }
  /**
   * Step to the next entry: its key (for a values iterator, anything but STOP), its value in
   * `value`; STOP at the end. A loop unpacking an items iterator into two variables takes the
   * pair from here, without the tuple.
   */
  nextEntry(): Py {
    if (this.d.m.size !== this.size) {
      if (this.size === EXHAUSTED) return STOP;
      this.size = -1;
      runtimeError("dictionary changed size during iteration");
    }
    const r = this.it.next();
    if (r.done) {
      this.size = EXHAUSTED;
      return STOP;
    }
    if ((this.left & 1023) === 0) hooks.charge(1024);
    if (this.left-- === 0) {
      // CPython drops the dict: the iterator is exhausted from now on
      this.size = EXHAUSTED;
      runtimeError("dictionary keys changed during iteration");
    }
    const e = r.value;
    const nk = e[0];
    this.value = e[1];
    if (this.kind === 1) return null;
    return this.d.k === null && (typeof nk !== "number" || Number.isInteger(nk)) ? nk : origKey(this.d, nk);
  }
}

/**
 * reversed() over a dict or a view: the keys as they were, last first, skipping keys deleted
 * since; errors if the dict changes size (for ever after, as CPython's). `left` counts the
 * entries still expected (its __length_hint__).
 */
export class DictRevIter extends PyIterator {
  ks: Py[];
  i: number;
  size: number;
  left: number;
  constructor(public d: PyDict, public kind: number) {
    super();
    this.cls = kind === 0 ? DictReverseKeyIteratorType : kind === 1 ? DictReverseValueIteratorType : DictReverseItemIteratorType;
    chargeWork(d.m.size);
    this.ks = Array.from(d.m.keys());
    this.i = this.ks.length - 1;
    this.size = this.left = d.m.size;
  }
  next(): Py {
    if (this.d.m.size !== this.size) {
      if (this.size === EXHAUSTED) return STOP;
      this.size = -1;
      runtimeError("dictionary changed size during iteration");
    }
    const m = this.d.m;
    while (this.i >= 0) {
      const nk = this.ks[this.i--];
      const v = m.get(nk);
      if (v === undefined && !m.has(nk)) continue;
      this.left--;
      if (this.kind === 1) return v;
      const k = origKey(this.d, nk);
      return this.kind === 0 ? k : new PyTuple([k, v]);
    }
    this.size = EXHAUSTED;
    return STOP;
  }
}

export class SetIter extends PyIterator {
  i = 0;
  items: Py[];
  size: number;
  constructor(public s: PySet) {
    super();
    this.items = setItems(s);
    this.size = s.m.size;
  }
  next(): Py {
    if (this.s.m.size !== this.size) {
      if (this.size === EXHAUSTED) return STOP;
      this.size = -1;
      runtimeError("Set changed size during iteration");
    }
    if (this.i < this.items.length) return this.items[this.i++];
    this.size = EXHAUSTED;
    return STOP;
  }
}
SetIter.prototype.cls = SetIteratorType;

/** The value carried by the last StopIteration turned into STOP (for `yield from` results). */
export const stopInfo: { value: Py } = { value: null };

/** Iterator over a user object with __next__. */
export class UserIter extends PyIterator {
  constructor(public obj: Py, public nextFn: Py) {
    super();
  }
  next(): Py {
    try {
      return callBound(this.nextFn, this.obj, typeOf(this.obj), []);
    } catch (e) {
      if (e instanceof PyException && isSubtype(e.cls, StopIteration)) {
        stopInfo.value = e.args.a.length > 0 ? e.args.a[0] : null;
        return STOP;
      }
      throw e;
    }
  }
}

/** Iteration via __getitem__ with 0, 1, 2... until IndexError. */
export class GetItemIter extends PyIterator {
  /** The next index; -1 once exhausted (CPython drops the object: no more __getitem__ calls). */
  i = 0;
  constructor(public obj: Py, public getitem: Py) {
    super();
    this.cls = builtinIteratorType;
  }
  next(): Py {
    if (this.i < 0) return STOP;
    // a builtin __getitem__ does not pass through a charged Python call
    if ((this.i & 1023) === 1023) hooks.charge(1024);
    try {
      return callBound(this.getitem, this.obj, typeOf(this.obj), [this.i++]);
    } catch (e) {
      if (e instanceof PyException && (isSubtype(e.cls, IndexError) || isSubtype(e.cls, StopIteration))) {
        this.i = -1;
        return STOP;
      }
      throw e;
    }
  }
}
const builtinIteratorType = builtinType("iterator", undefined, true);

export class EnumerateIter extends PyIterator {
  constructor(public it: Py, public n: number | bigint) {
    super();
    this.cls = EnumerateType;
  }
  next(): Py {
    const v = iterNextAny(this.it);
    if (v === STOP) return STOP;
    const i = this.n;
    this.n = typeof i === "number" && i < Number.MAX_SAFE_INTEGER ? i + 1 : norm(big(i) + 1n);
    return new PyTuple([i, v]);
  }
}

export class ZipIter extends PyIterator {
  done = false;
  constructor(public its: Py[], public strict: boolean) {
    super();
    this.cls = ZipType;
  }
  next(): Py {
    if (this.done || this.its.length === 0) return STOP;
    const out: Py[] = [];
    for (let i = 0; i < this.its.length; i++) {
      const v = iterNextAny(this.its[i]);
      if (v === STOP) {
        this.done = true;
        if (this.strict) {
          if (i > 0) valueError(`zip() argument ${i + 1} is shorter than argument${i > 1 ? "s 1-" + i : " 1"}`);
          for (let j = 1; j < this.its.length; j++) {
            if (iterNextAny(this.its[j]) !== STOP) {
              valueError(`zip() argument ${j + 1} is longer than argument${j > 1 ? "s 1-" + j : " 1"}`);
            }
          }
        }
        return STOP;
      }
      out.push(v);
    }
    return new PyTuple(out);
  }
}

/**
 * Call a builtin iterator's callback (map, filter, iter(f, sentinel)) with `args`, or with the one
 * argument x where args is null: a StopIteration it raises ends the iteration, as it does for
 * CPython's consumers of a C iterator.
 */
function callOrStop(fn: Py, args: Py[] | null, x?: Py): Py {
  try {
    return args === null ? callObject1(fn, x) : callObject(fn, args);
  } catch (e) {
    if (e instanceof PyException && !e.uncatchable && isSubtype(e.cls, StopIteration)) return STOP;
    throw e;
  }
}

export class MapIter extends PyIterator {
  constructor(public fn: Py, public its: Py[]) {
    super();
    this.cls = MapType;
  }
  next(): Py {
    if (this.its.length === 1) {
      const v = iterNextAny(this.its[0]);
      return v === STOP ? STOP : callOrStop(this.fn, null, v);
    }
    const args: Py[] = [];
    for (let i = 0; i < this.its.length; i++) {
      const v = iterNextAny(this.its[i]);
      if (v === STOP) return STOP;
      args.push(v);
    }
    return callOrStop(this.fn, args);
  }
}

export class FilterIter extends PyIterator {
  constructor(public fn: Py, public it: Py) {
    super();
    this.cls = FilterType;
  }
  next(): Py {
    for (;;) {
      const v = iterNextAny(this.it);
      if (v === STOP) return STOP;
      const r = this.fn === null ? v : callOrStop(this.fn, null, v);
      if (r === STOP) return STOP;
      if (hooks.truthy(r)) return v;
    }
  }
}

export class ReversedIter extends PyIterator {
  constructor(public a: Py[], public i: number, cls: PyType = ReversedType) {
    super();
    this.cls = cls;
  }
  next(): Py {
    const i = this.i;
    if (i >= 0 && i < this.a.length) {
      if ((i & 1023) === 1023) hooks.charge(1024);
      this.i = i - 1;
      return this.a[i];
    }
    this.i = -1;
    return STOP;
  }
}

/** reversed() over a user sequence (__len__ + __getitem__). */
export class SeqReversedIter extends PyIterator {
  /** Set once a call finds nothing left (CPython drops the sequence then). */
  done = false;
  constructor(public obj: Py, public i: number) {
    super();
    this.cls = ReversedType;
  }
  next(): Py {
    if (this.i < 0) {
      this.done = true;
      return STOP;
    }
    // as CPython's reversed_next: an IndexError or StopIteration from __getitem__ (the sequence
    // shrank) ends the iteration
    try {
      const v = hooks.getItem(this.obj, this.i);
      this.i--;
      return v;
    } catch (e) {
      if (e instanceof PyException && !e.uncatchable && (isSubtype(e.cls, IndexError) || isSubtype(e.cls, StopIteration))) {
        this.i = -1;
        this.done = true;
        return STOP;
      }
      throw e;
    }
  }
}

export class CallableIter extends PyIterator {
  done = false;
  n = 0;
  constructor(public fn: Py, public sentinel: Py) {
    super();
    this.cls = CallableIteratorType;
  }
  next(): Py {
    if (this.done) return STOP;
    // can be endless with a builtin callable (iter(int, 1)): natively drained by sum/any/in, it
    // must still run out of op budget
    if ((++this.n & 1023) === 0) hooks.charge(1024);
    const v = callOrStop(this.fn, []);
    // (CPython's PyObject_RichCompareBool(sentinel, v, Py_EQ): identity first, then the
    // sentinel's __eq__, then the value's reflected one)
    if (v === STOP || v === this.sentinel || pyEq(this.sentinel, v)) {
      this.done = true;
      return STOP;
    }
    return v;
  }
}

/**
 * CPython's `tp_iter == NULL && !PySequence_Check(v)`: v's type has no __iter__ (not even
 * `__iter__ = None`) and no __getitem__. Unpacking (`a, b = v`, `[*v]`, `f(*v)`) words its
 * TypeError for such a value only; any other failure keeps its own message.
 */
export function lacksIterSlot(v: Py): boolean {
  if (typeof v !== "object" || v === null || (v.cls as PyType).builtin) return true;
  return lookup(v.cls, "__iter__") === undefined && lookup(v.cls, "__getitem__") === undefined;
}

/** iter(v) for any value; `message` replaces the usual TypeError message. */
export function getIterAny(v: Py, message?: string): Py {
  if (v instanceof PyIterator) return v;
  if (typeof v === "string") return new StrIter(v);
  if (typeof v === "object" && v !== null) {
    const t = v.cls as PyType;
    if (!t.builtin) {
      const it = lookup(t, "__iter__");
      if (it !== undefined && it !== null) {
        const r = callBound(it, v, t, []);
        return checkIterator(r);
      }
      if (it === undefined) {
        const gi = lookup(t, "__getitem__");
        if (gi !== undefined) return new GetItemIter(v, gi);
      } else {
        // `__iter__ = None` declares the class not iterable, whatever its base
        if (message !== undefined) typeError(message);
        notIterable(v);
      }
    }
    const r = builtinIter(v);
    if (r !== undefined) return r;
  }
  if (message !== undefined) typeError(message);
  notIterable(v);
}

/** The iterator of a builtin iterable's own data (also for subclass instances, whatever their __iter__). */
export function builtinIter(v: Py): Py | undefined {
  if (typeof v === "string") return new StrIter(v);
  if (typeof v === "object" && v !== null) {
    if (v instanceof PyList) return new ListIter(v);
    if (v instanceof PyTuple) return new SeqIter(v.a, TupleIteratorType);
    if (v instanceof PyRange) {
      if (typeof v.start === "number") return new RangeIter(v.start, v.stop, v.step);
      return new BigRangeIter(big(v.start), big(v.stop), big(v.step));
    }
    if (v instanceof PyDict) return new DictIter(v, 0);
    if (v instanceof PySet) return new SetIter(v);
    if (v instanceof PyBytes) return new BytesIter(v.b);
    if (v instanceof PyByteArray) return new ByteArrayIter(v);
    return hooks.iterOf?.(v);
  }
  return undefined;
}

/** Validate what __iter__ returned. */
export function checkIterator(r: Py): Py {
  if (r instanceof PyIterator) return r;
  if (typeof r === "object" && r !== null) {
    const t = r.cls as PyType;
    const nx = lookup(t, "__next__");
    if (nx !== undefined) return t.builtin ? r : new UserIter(r, nx);
  }
  typeError(`iter() returned non-iterator of type '${typeName(r)}'`);
}

/** next() for any iterator object; STOP when exhausted. */
export function iterNextAny(it: Py): Py {
  if (it instanceof PyIterator) return it.next();
  const h = hooks.iterNextOther?.(it);
  if (h !== undefined) return h;
  if (typeof it === "object" && it !== null) {
    const nx = lookup(it.cls, "__next__");
    if (nx !== undefined) return new UserIter(it, nx).next();
  }
  typeError(`'${typeName(it)}' object is not an iterator`);
}

/** The items a range iterator has left. */
function rangeLeft(it: Py): number | bigint | undefined {
  if (it instanceof RangeIter) {
    const { cur, stop, step } = it;
    if (step > 0) return cur < stop ? Math.floor((stop - cur - 1) / step) + 1 : 0;
    return cur > stop ? Math.floor((cur - stop - 1) / -step) + 1 : 0;
  }
  if (it instanceof BigRangeIter) {
    const { cur, stop, step } = it;
    if (step > 0n) return norm(cur < stop ? (stop - cur - 1n) / step + 1n : 0n);
    return norm(cur > stop ? (cur - stop - 1n) / -step + 1n : 0n);
  }
  return undefined;
}

/** A dict iterator's entries left: none once it is exhausted or the dict changed size (CPython's dictiter_len). */
function dictLeft(it: Py): number | undefined {
  if (!(it instanceof DictIter || it instanceof DictRevIter)) return undefined;
  return it.d.m.size === it.size ? it.left : 0;
}

/** reversed()'s __length_hint__ (CPython's reversed_len: the position, or 0 if the sequence shrank below it). */
function reversedLeft(it: Py): number | bigint | undefined {
  if (it instanceof ReversedIter) return it.i >= 0 && it.i < it.a.length ? it.i + 1 : 0;
  if (!(it instanceof SeqReversedIter)) return undefined;
  if (it.done) return 0;
  const n = pyLenExact(it.obj), pos = it.i + 1;
  return n < pos ? 0 : pos;
}

/**
 * The old-style iterator's __length_hint__ (CPython's iter_len): the object's length less the
 * index, NotImplemented if it has no __len__, 0 once exhausted.
 */
function getItemLeft(it: Py): Py | undefined {
  if (!(it instanceof GetItemIter)) return undefined;
  if (it.i < 0) return 0;
  if (lookup(typeOf(it.obj), "__len__") === undefined) return NotImplemented;
  const n = pyLenExact(it.obj);
  if (typeof n === "bigint") return norm(n > BigInt(it.i) ? n - BigInt(it.i) : 0n);
  return Math.max(n - it.i, 0);
}

/** The characters a str iterator has left. */
function strLeft(it: Py): number | undefined {
  if (!(it instanceof StrIter)) return undefined;
  return Math.max((it.chars !== null ? it.chars.length : it.s.length) - it.i, 0);
}

/** Raise StopIteration (used by the next() builtin). */
export function raiseStop(): never {
  raise(StopIteration);
}

export { dictKeys, PyFloat, StrType };

/** __iter__/__next__ on every runtime iterator type (for explicit calls like it.__next__()). */
export function installIteratorMethods(): void {
  const types = [
    ListIteratorType, TupleIteratorType, RangeIteratorType, LongRangeIteratorType, StrIteratorType, BytesIteratorType, DictKeyIteratorType,
    DictValueIteratorType, DictItemIteratorType, SetIteratorType, EnumerateType, ZipType, MapType, FilterType,
    ReversedType, CallableIteratorType, ListReverseIteratorType, builtinIteratorType, StrWideIteratorType, ByteArrayIteratorType,
    DictReverseKeyIteratorType, DictReverseValueIteratorType, DictReverseItemIteratorType, GenericAliasIteratorType,
  ];
  // __length_hint__: how many items are left (0 once exhausted), for the sequence, dict and set iterators
  const hints: [PyType, (it: Py) => Py | undefined][] = [
    [ListIteratorType, (it) => (it instanceof ListIter ? Math.max(it.l.a.length - it.i, 0) : undefined)],
    [TupleIteratorType, (it) => (it instanceof SeqIter ? Math.max(it.a.length - it.i, 0) : undefined)],
    [ListReverseIteratorType, (it) => (it instanceof ReversedIter ? (it.i >= 0 && it.i < it.a.length ? it.i + 1 : 0) : undefined)],
    [StrIteratorType, strLeft],
    [StrWideIteratorType, strLeft],
    [BytesIteratorType, (it) => (it instanceof BytesIter ? Math.max(it.b.length - it.i, 0) : undefined)],
    [ByteArrayIteratorType, (it) => (it instanceof ByteArrayIter ? Math.max(it.ba.n - it.i, 0) : undefined)],
    [RangeIteratorType, rangeLeft],
    [LongRangeIteratorType, rangeLeft],
    [DictKeyIteratorType, dictLeft],
    [DictValueIteratorType, dictLeft],
    [DictItemIteratorType, dictLeft],
    [DictReverseKeyIteratorType, dictLeft],
    [DictReverseValueIteratorType, dictLeft],
    [DictReverseItemIteratorType, dictLeft],
    [SetIteratorType, (it) => (it instanceof SetIter ? (it.s.m.size === it.size ? it.items.length - it.i : 0) : undefined)],
    [ReversedType, reversedLeft],
    [builtinIteratorType, getItemLeft],
  ];
  for (const [t, left] of hints) {
    defMethod(t, "__length_hint__", (args) => {
      const n = left(args[0]);
      if (n === undefined) typeError(`descriptor '__length_hint__' for '${t.name}' objects doesn't apply to a '${typeName(args[0])}' object`);
      return n;
    });
  }
  for (const t of types) {
    defMethod(t, "__iter__", (args) => args[0]);
    defMethod(t, "__next__", (args) => {
      const v = (args[0] as PyIterator).next();
      if (v === STOP) raise(StopIteration);
      return v;
    });
  }
}
