// Indexing and slicing shared by the sequence types.

import { indexError, indicesMustBeInt, overflowError, typeError, valueError } from "../errors.ts";
import { type Py, PySlice } from "./model.ts";
import { baseValue, chargeWork, lookup } from "./protocol.ts";
import { typeName, typeOf } from "./typeof.ts";
import { callBound } from "./protocol.ts";

/** An integer index from an int, bool or object with __index__; undefined when not an index. */
export function asIndex(v: Py): number | bigint | undefined {
  switch (typeof v) {
    case "number":
    case "bigint":
      return v;
    case "boolean":
      return v ? 1 : 0;
  }
  if (typeof v === "object" && v !== null && !v.cls.builtin) {
    // an int subclass is its value, whatever its __index__ says (PyNumber_Index's PyLong_Check)
    const x = (v as { value?: Py }).value;
    if (typeof x === "number" || typeof x === "bigint") return x;
    const m = lookup(v.cls, "__index__");
    if (m !== undefined) {
      // (a strict int subclass is accepted, as CPython does with a DeprecationWarning)
      const raw = callBound(m, v, v.cls, []);
      const r = baseValue(raw);
      if (typeof r !== "number" && typeof r !== "bigint" && typeof r !== "boolean") {
        typeError(`__index__ returned non-int (type ${typeName(raw)})`);
      }
      return typeof r === "boolean" ? (r ? 1 : 0) : r;
    }
  }
  return undefined;
}

/**
 * CPython's message for an index past what a C Py_ssize_t holds. It names the type of the object
 * the index came from (`src`: an int subclass, or an object whose __index__ gave the int).
 */
export function cannotFit(src: Py): string {
  return `cannot fit '${typeName(src)}' into an index-sized integer`;
}

/**
 * The IndexError for an index past 2^53 (always out of range): CPython's own wording past what a
 * C index (Py_ssize_t) holds, else the sequence's `... index out of range`.
 */
export function bigIndexError(i: bigint, what: string, src: Py = i): never {
  if (i >= 1n << 63n || i < -(1n << 63n)) indexError(cannotFit(src));
  indexError(what === "" ? "index out of range" : `${what} index out of range`);
}

/**
 * An int argument converted as CPython converts a Py_ssize_t (`list.pop(i)`, `list.insert(i, x)`):
 * TypeError for a non-int, OverflowError past 2^63. Beyond 2^53 the number is approximate, which
 * only ever places it out of range.
 */
export function ssizeArg(v: Py): number {
  const i = typeof v === "number" ? v : asIndex(v);
  if (i === undefined) typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  if (typeof i === "bigint") {
    if (i >= 1n << 63n || i < -(1n << 63n)) overflowError("Python int too large to convert to C ssize_t");
    return Number(i);
  }
  return i;
}

/**
 * A start/stop argument of `index()` (CPython's _PyEval_SliceIndexNotNone): an int clamped to
 * the safe range, None refused.
 */
export function indexBound(v: Py): number | undefined {
  if (v === undefined) return undefined;
  const i = typeof v === "number" ? v : asIndex(v);
  if (i === undefined) typeError("slice indices must be integers or have an __index__ method");
  if (typeof i === "bigint") return i < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return i;
}

/** Index for a sequence of length n (negative counts from the end); IndexError when out of range. */
/**
 * A subscript's value as an int (number or bigint), its __index__ run first: that may change the
 * sequence, whose length is read only after (`seqIndex(indexKey(k, w), o.a.length, w)`; CPython's
 * order, so a list cleared by __index__ is an IndexError). `what` names the sequence in an
 * IndexError ("list assignment index out of range"), `container` in the TypeError ("list indices
 * must be integers or slices").
 */
export function indexKey(key: Py, what: string, container = what): Py {
  if (typeof key === "number") return key;
  const i = asIndex(key);
  if (i === undefined) notAnIndex(container, key);
  if (typeof i === "bigint") bigIndexError(i, what, key);
  return i;
}

/** "list indices must be integers or slices, not float", also for an assignment or deletion (whose IndexError says "list assignment"). */
function notAnIndex(what: string, key: Py): never {
  indicesMustBeInt(what === "list assignment" ? "list" : what, key);
}

export function seqIndex(key: Py, n: number, what: string): number {
  let i: number | bigint | undefined = typeof key === "number" ? key : asIndex(key);
  if (i === undefined) notAnIndex(what, key);
  if (typeof i === "bigint") bigIndexError(i, what, key);
  if (i < 0) i += n;
  if (i < 0 || i >= n) indexError(what === "" ? "index out of range" : `${what} index out of range`);
  return i;
}

function sliceBound(v: Py): number | undefined {
  if (v === null) return undefined;
  const i = asIndex(v);
  if (i === undefined) typeError("slice indices must be integers or None or have an __index__ method");
  if (typeof i === "bigint") return i < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return i;
}

/**
 * Resolve slice bounds for a sequence of length n (Python's PySlice_AdjustIndices).
 * Returns [start, stop, step, count].
 */
export function sliceIndices(start: Py, stop: Py, step: Py, n: number): [number, number, number, number] {
  let st = sliceBound(step) ?? 1;
  if (st === 0) valueError("slice step cannot be zero");
  let lo = sliceBound(start), hi = sliceBound(stop);
  let a: number, b: number;
  if (st > 0) {
    if (lo === undefined) a = 0;
    else {
      a = lo < 0 ? Math.max(lo + n, 0) : Math.min(lo, n);
    }
    if (hi === undefined) b = n;
    else b = hi < 0 ? Math.max(hi + n, 0) : Math.min(hi, n);
    const count = b > a ? Math.floor((b - a - 1) / st) + 1 : 0;
    return [a, b, st, count];
  }
  if (lo === undefined) a = n - 1;
  else a = lo < 0 ? Math.max(lo + n, -1) : Math.min(lo, n - 1);
  if (hi === undefined) b = -1;
  else b = hi < 0 ? Math.max(hi + n, -1) : Math.min(hi, n - 1);
  const count = a > b ? Math.floor((a - b - 1) / -st) + 1 : 0;
  if (st < -Number.MAX_SAFE_INTEGER) st = -Number.MAX_SAFE_INTEGER;
  return [a, b, st, count];
}

/**
 * Exact slice bounds for a length of any size (CPython's _PySlice_GetLongIndices, used by
 * slice.indices() and range slicing): [start, stop, step], clamped to the sequence.
 */
export function longSliceIndices(sl: PySlice, n: bigint): [bigint, bigint, bigint] {
  const index = (v: Py): bigint => {
    const i = asIndex(v);
    if (i === undefined) typeError("slice indices must be integers or None or have an __index__ method");
    return BigInt(i);
  };
  const step = sl.step === null ? 1n : index(sl.step);
  if (step === 0n) valueError("slice step cannot be zero");
  const lower = step < 0n ? -1n : 0n, upper = step < 0n ? n - 1n : n;
  const bound = (v: Py, dflt: bigint): bigint => {
    if (v === null) return dflt;
    let i = index(v);
    if (i < 0n) {
      i += n;
      if (i < lower) i = lower;
    } else if (i > upper) i = upper;
    return i;
  };
  const start = bound(sl.start, step < 0n ? upper : lower);
  return [start, bound(sl.stop, step < 0n ? lower : upper), step];
}

/** Slice a JS array. */
export function arraySlice(a: Py[], start: Py, stop: Py, step: Py): Py[] {
  if (step === null || step === 1) {
    const n = a.length;
    const [s, e] = sliceIndices(start, stop, null, n);
    if (e <= s) return [];
    chargeWork(e - s);
    return a.slice(s, e);
  }
  const [s, , st, count] = sliceIndices(start, stop, step, a.length);
  chargeWork(count);
  const out: Py[] = [];
  for (let i = 0, j = s; i < count; i++, j += st) out.push(a[j]);
  return out;
}

/**
 * Assign to a slice of a JS array in place (list slice assignment). The slice is read first (its
 * TypeError or "slice step cannot be zero"), then `values(extended)` gives the items, as CPython's
 * list_ass_subscript takes them only after unpacking the slice.
 */
export function arraySliceAssign(a: Py[], start: Py, stop: Py, step: Py, values: (extended: boolean) => Py[]): void {
  const n = a.length;
  let [s, e, st, count] = sliceIndices(start, stop, step, n);
  if (st === 1) {
    const items = values(false);
    if (e < s) e = s;
    // the items after the slice move: charged with the items copied in
    chargeWork(a.length - e + items.length);
    if (items.length <= 4096) a.splice(s, e - s, ...items);
    else {
      // (spreading a long array into splice's arguments overflows the JS stack)
      const tail = a.slice(e);
      a.length = s;
      for (let i = 0; i < items.length; i++) a.push(items[i]);
      for (let i = 0; i < tail.length; i++) a.push(tail[i]);
    }
    return;
  }
  const items = values(true);
  // (iterating the values changed the list: its slice as it is now)
  if (a.length !== n) [s, , st, count] = sliceIndices(start, stop, step, a.length);
  if (items.length !== count) {
    valueError(`attempt to assign sequence of size ${items.length} to extended slice of size ${count}`);
  }
  chargeWork(count);
  for (let i = 0, j = s; i < count; i++, j += st) a[j] = items[i];
}

/** Delete a slice of a JS array in place. */
export function arraySliceDelete(a: Py[], start: Py, stop: Py, step: Py): void {
  if (step === null || step === 1) {
    const [s, e] = sliceIndices(start, stop, null, a.length);
    if (e > s) {
      chargeWork(a.length - s);
      a.splice(s, e - s);
    }
    return;
  }
  const [s, , st, count] = sliceIndices(start, stop, step, a.length);
  if (count === 0) return;
  chargeWork(a.length);
  const del = new Set<number>();
  for (let i = 0, j = s; i < count; i++, j += st) del.add(j);
  let w = 0;
  for (let r = 0; r < a.length; r++) if (!del.has(r)) a[w++] = a[r];
  a.length = w;
}

export function isSlice(v: Py): v is PySlice {
  return v instanceof PySlice;
}

/** Number of repetitions for seq * n (TypeError for non-ints). */
export function repeatCount(n: Py, seqType: string, src: Py = n): number {
  const i = asIndex(n);
  if (i === undefined) typeError(`can't multiply sequence by non-int of type '${typeOf(n).name}'`);
  if (typeof i === "bigint") {
    if (i >= 1n << 63n || i < -(1n << 63n)) overflowError(cannotFit(src));
    return i < 0n ? 0 : Number.MAX_SAFE_INTEGER;
  }
  void seqType;
  return i < 0 ? 0 : i;
}
