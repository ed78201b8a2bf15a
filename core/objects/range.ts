// range: construction from exact bounds, membership and search, slicing, equality and hashing.
// A range holds numbers when its three bounds are safe integers and bigints otherwise (see
// PyRange); everything here is exact in both forms.

import { indexError, raise, valueError } from "../errors.ts";
import { big, norm } from "./int.ts";
import { BigRangeIter, RangeIter } from "./iter.ts";
import { type Py, PyFloat, PyRange, type PySlice, PyTuple } from "./model.ts";
import { hooks, pyEq, pyHash } from "./protocol.ts";
import { longSliceIndices } from "./seq.ts";

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const safe = (x: bigint) => x >= -MAX_SAFE && x <= MAX_SAFE;

/** A range from exact bounds: numbers when all three are safe integers, else all bigints. */
export function makeRange(start: number | bigint, stop: number | bigint, step: number | bigint): PyRange {
  if (typeof start === "number" && typeof stop === "number" && typeof step === "number") return new PyRange(start, stop, step);
  const a = big(start), b = big(stop), c = big(step);
  if (safe(a) && safe(b) && safe(c)) return new PyRange(Number(a), Number(b), Number(c));
  return new PyRange(a as unknown as number, b as unknown as number, c as unknown as number);
}

/** start, stop and step as bigints. */
function bounds(r: PyRange): [bigint, bigint, bigint] {
  return [big(r.start), big(r.stop), big(r.step)];
}

/** The exact length. */
export function rangeLen(r: PyRange): number | bigint {
  return r.big ? norm(r.bigLength()) : r.length;
}

/** One of the bounds as a Python int (a big range's bounds may be small). */
export function rangeAttr(r: PyRange, name: "start" | "stop" | "step"): Py {
  const v = r[name] as number | bigint;
  return typeof v === "number" ? v : norm(v);
}

/**
 * The position of `item` in the range, or -1. Ints and bools are placed arithmetically, as are
 * floats (equal to an element only when integral: the answer CPython's element-by-element search
 * gives); any other object is compared with each element in turn, as CPython does.
 */
export function rangeIndexOf(r: PyRange, item: Py): number | bigint {
  let v = item;
  if (typeof v === "boolean") v = v ? 1 : 0;
  else if (v instanceof PyFloat) {
    if (!Number.isInteger(v.v)) return -1;
    v = Number.isSafeInteger(v.v) ? v.v : BigInt(v.v);
  } else if (typeof v !== "number" && typeof v !== "bigint") return scan(r, item, true);
  if (!r.big && typeof v === "number") {
    const { start, stop, step } = r;
    if (step > 0 ? v < start || v >= stop : v > start || v <= stop) return -1;
    const d = v - start;
    if (d <= Number.MAX_SAFE_INTEGER && d >= -Number.MAX_SAFE_INTEGER) return d % step === 0 ? d / step : -1;
  }
  const x = big(v as number | bigint), [start, stop, step] = bounds(r);
  if (step > 0n ? x < start || x >= stop : x > start || x <= stop) return -1;
  const d = x - start;
  return d % step === 0n ? norm(d / step) : -1;
}

/** Compare `item` with each element: the first position (`first`) or how many are equal. */
function scan(r: PyRange, item: Py, first: boolean): number | bigint {
  const [start, , step] = bounds(r), n = r.big ? r.bigLength() : BigInt(r.length);
  let count = 0;
  for (let i = 0n; i < n; i++) {
    if ((i & 1023n) === 1023n) hooks.charge(1024);
    if (pyEq(norm(start + i * step), item)) {
      if (first) return norm(i);
      count++;
    }
  }
  return first ? -1 : count;
}

/** range.count(item). */
export function rangeCount(r: PyRange, item: Py): number | bigint {
  const t = typeof item;
  if (t === "number" || t === "bigint" || t === "boolean" || item instanceof PyFloat) return rangeIndexOf(r, item) === -1 ? 0 : 1;
  return scan(r, item, false);
}

/** range.index(item), with CPython's two messages (its own for ints, the generic search's otherwise). */
export function rangeIndex(r: PyRange, item: Py): number | bigint {
  const i = rangeIndexOf(r, item);
  if (i !== -1) return i;
  const t = typeof item;
  if (t === "number" || t === "bigint" || t === "boolean") valueError(`${item === true ? "True" : item === false ? "False" : item} is not in range`);
  valueError("sequence.index(x): x not in sequence");
}

/** r[i] for an int index. */
export function rangeItem(r: PyRange, i: number | bigint): Py {
  if (!r.big && typeof i === "number") {
    const n = r.length;
    if (i < 0) i += n;
    if (i < 0 || i >= n) indexError("range object index out of range");
    return r.start + i * r.step;
  }
  const [start, , step] = bounds(r), n = r.big ? r.bigLength() : BigInt(r.length);
  let j = big(i);
  if (j < 0n) j += n;
  if (j < 0n || j >= n) indexError("range object index out of range");
  return norm(start + j * step);
}

/** r[a:b:c], exact for any bounds (CPython's compute_slice). */
export function rangeSlice(r: PyRange, sl: PySlice): PyRange {
  const n = r.big ? r.bigLength() : BigInt(r.length);
  const [a, b, c] = longSliceIndices(sl, n);
  const [start, , step] = bounds(r);
  return makeRange(norm(start + a * step), norm(start + b * step), norm(step * c));
}

/** ==, as CPython: same length, and (unless empty) same start, and (unless one long) same step. */
export function rangeEq(a: PyRange, b: PyRange): boolean {
  if (a === b) return true;
  if (!a.big && !b.big) {
    const la = a.length, lb = b.length;
    return la === lb && (la === 0 || (a.start === b.start && (la === 1 || a.step === b.step)));
  }
  const la = a.big ? a.bigLength() : BigInt(a.length), lb = b.big ? b.bigLength() : BigInt(b.length);
  if (la !== lb) return false;
  if (la === 0n) return true;
  if (big(a.start) !== big(b.start)) return false;
  return la === 1n || big(a.step) === big(b.step);
}

/** hash(), as CPython: of (len, start, step), with None for the start of an empty range and the step of a one-element one. */
export function rangeHash(r: PyRange): number {
  const n = rangeLen(r);
  const start = n === 0 ? null : rangeAttr(r, "start");
  const step = n === 0 || n === 1 ? null : rangeAttr(r, "step");
  return pyHash(new PyTuple([n, start, step]));
}

export function rangeRepr(r: PyRange): string {
  const step = rangeAttr(r, "step");
  return step === 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${step})`;
}

/** reversed(range): a range iterator running from the last element down to just before the first. */
export function rangeReversed(r: PyRange): Py {
  const [start, , step] = bounds(r), n = r.big ? r.bigLength() : BigInt(r.length);
  const last = start + (n - 1n) * step, stop = start - step;
  if (safe(last) && safe(stop) && safe(step)) return new RangeIter(Number(last), Number(stop), -Number(step));
  return new BigRangeIter(last, stop, -step);
}

/** len(range) beyond what an index can hold. */
export function rangeLenChecked(r: PyRange): number {
  if (!r.big) return r.length;
  const n = r.bigLength();
  if (n > 0x7fffffffffffffffn) raise(hooks.OverflowError, "Python int too large to convert to C ssize_t");
  return norm(n) as number;
}
