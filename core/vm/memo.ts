// Pure-function memoization: calls of statically pure functions (compiler/purity.ts) with
// immutable arguments are answered from a per-function table once seen. It must never change
// what a program observably does, so:
//   - the function may read globals only when they hold immutable values, pure builtins or other
//     memoizable functions (checked when its table is created); rebinding any global it depends
//     on, directly or through the functions it calls, clears the table;
//   - arguments and results must be immutable (numbers, str, bytes, None, bools, tuples of these);
//   - calls that raise are not recorded;
//   - an entry remembers how deep its computation recursed, and is not served where replaying
//     that depth would have raised RecursionError.

import { type Code, CO_PURE } from "../compiler/code.ts";
import {
  BytesType, MISSING, type Py, PyBuiltin, PyBytes, PyFloat, PyFunction, type PyModule, PyTuple, PyType, TupleType,
} from "../objects/model.ts";
import { hooks } from "../objects/protocol.ts";
import type { Frame } from "./frame.ts";
import type { Interp } from "./vm.ts";

/** Builtins that are pure when called with immutable arguments. */
const PURE_BUILTINS = new Set([
  "abs", "all", "any", "bin", "bool", "chr", "divmod", "enumerate", "filter", "float", "format", "frozenset",
  "hash", "hex", "int", "isinstance", "issubclass", "len", "list", "map", "max", "min", "oct", "ord", "pow",
  "range", "repr", "reversed", "round", "set", "sorted", "str", "sum", "tuple", "zip", "dict", "bytes",
  "ValueError", "TypeError", "IndexError", "KeyError", "ZeroDivisionError", "ArithmeticError", "Exception",
  "RecursionError", "OverflowError", "RuntimeError", "AssertionError", "StopIteration", "NotImplementedError",
  "LookupError", "NameError",
]);

/** Bumped when something memo validation relied on changes outside the watched globals (a
 * function's __defaults__ or __kwdefaults__): every table is emptied on its next lookup. */
let memoEpoch = 0;
hooks.functionChanged = () => {
  memoEpoch++;
};

/** Per-function memo table. */
class Table {
  epoch = memoEpoch;
  entries = new Map<Py, Entry>();
  lookups = 0;
  hits = 0;
  cheap = 0;
  disabled = false;
  validated = false;
  constructor(readonly code: Code) {}
}

interface Entry {
  value: Py;
  /** Extra call depth the computation needed beyond the call itself. */
  depth: number;
}

const MAX_ENTRIES = 100_000;
/** Minimum work (calls and loop back-edges, in budget units) for a result to be worth recording. */
const MIN_WORK = 24;
const MISS_LIMIT = 4096;

/** Stop memoizing a function for good: its calls take the VM's fast paths from now on. */
function giveUp(t: Table): void {
  t.disabled = true;
  t.entries.clear();
  t.code.plain = t.code.plainBody;
  t.code.inlineOps = t.code.inlineBody;
}

/** Is v immutable (so it can be a key or a cached result)? */
function immutable(v: Py, depth = 0): boolean {
  switch (typeof v) {
    case "number":
    case "bigint":
    case "string":
    case "boolean":
      return true;
  }
  if (v === null) return true;
  if (v instanceof PyFloat) return true;
  if (v instanceof PyBytes) return v.cls === BytesType;
  if (v instanceof PyTuple && v.cls === TupleType && depth < 8) {
    for (const x of v.a) if (!immutable(x, depth + 1)) return false;
    return true;
  }
  return false;
}

/** A cached result as a new object, as a recomputation would return it (`f(x) is f(x)` stays
 * false for floats and tuples); ints, strings, bools and None have no identity of their own here. */
function fresh(v: Py): Py {
  if (typeof v !== "object" || v === null) return v;
  if (v instanceof PyFloat) return new PyFloat(v.v);
  if (v instanceof PyTuple) return v.a.length === 0 ? v : new PyTuple(v.a.map(fresh));
  if (v instanceof PyBytes) return new PyBytes(v.b);
  return v;
}

function keyPart(v: Py): string {
  switch (typeof v) {
    case "number":
      return "i" + v;
    case "bigint":
      return "i" + v.toString();
    case "string":
      return "s" + v.length + ":" + v;
    case "boolean":
      return v ? "T" : "F";
  }
  if (v === null) return "N";
  if (v instanceof PyFloat) return "f" + (Object.is(v.v, -0) ? "-0" : String(v.v));
  if (v instanceof PyBytes) return "b" + Array.from(v.b).join(",");
  return "(" + (v as PyTuple).a.map(keyPart).join(",") + ")";
}

/** The table key for an argument list, or MISSING when an argument is not immutable. */
function makeKey(s: Py[], base: number, argc: number): Py {
  if (argc === 1) {
    const a = s[base];
    if (typeof a === "number") return a;
    if (!immutable(a)) return MISSING;
    return keyPart(a);
  }
  let k = "";
  for (let i = 0; i < argc; i++) {
    const a = s[base + i];
    if (!immutable(a)) return MISSING;
    k += keyPart(a) + "\u0001";
  }
  return k;
}

export class MemoState {
  /** Tables of functions whose dependency slots are watched, per module slot. */
  private watchers = new Map<PyModule, Map<number, Set<Table>>>();

  /** Called when MAKE_FUNCTION sees statically pure code: enable memoization for it. */
  register(code: Code): void {
    if (code.memo === null && (code.flags & CO_PURE)) code.memo = new Table(code);
  }

  watched(m: PyModule, slot: number): boolean {
    const w = m.memoWatch;
    return w !== null && slot < w.length && w[slot] === 1;
  }

  globalChanged(m: PyModule, slot: number): void {
    const tables = this.watchers.get(m)?.get(slot);
    if (tables === undefined) return;
    for (const t of tables) {
      t.entries.clear();
      t.validated = false;
    }
  }

  /** Check the globals the function (and the pure functions it calls) read; watch them. */
  private validate(t: Table, fn: PyFunction): boolean {
    const seen = new Set<Code>();
    const deps: [PyModule, number][] = [];
    const ok = this.validateCode(fn.code, fn.globals, seen, deps);
    if (!ok) {
      giveUp(t);
      return false;
    }
    for (const [m, slot] of deps) {
      let perModule = this.watchers.get(m);
      if (perModule === undefined) this.watchers.set(m, perModule = new Map());
      let set = perModule.get(slot);
      if (set === undefined) perModule.set(slot, set = new Set());
      set.add(t);
      if (m.memoWatch === null || m.memoWatch.length < m.values.length) {
        const w = new Uint8Array(Math.max(m.values.length, slot + 1) + 16);
        if (m.memoWatch !== null) w.set(m.memoWatch);
        m.memoWatch = w;
      }
      m.memoWatch[slot] = 1;
    }
    t.validated = true;
    return true;
  }

  private validateCode(code: Code, g: PyModule, seen: Set<Code>, deps: [PyModule, number][]): boolean {
    if (seen.has(code)) return true;
    seen.add(code);
    for (const slot of code.globalsRead) {
      deps.push([g, slot]);
      const v = g.values[slot];
      if (v === undefined) {
        const b = g.builtinsCache[slot];
        if (b === undefined) continue; // NameError at run time: nothing is recorded
        // (the value, not the name: `__builtins__.len = f` may have rebound it)
        if (b instanceof PyBuiltin ? b.self !== undefined || !PURE_BUILTINS.has(b.name) : !(b instanceof PyType && b.builtin && PURE_BUILTINS.has(b.name))) {
          return false;
        }
        continue;
      }
      if (v instanceof PyFunction) {
        if (!(v.code.flags & CO_PURE) || v.globals !== g && !this.validateCode(v.code, v.globals, seen, deps)) return false;
        if (v.globals === g && !this.validateCode(v.code, g, seen, deps)) return false;
        if (v.defaults !== null && !v.defaults.every((d) => immutable(d))) return false;
        continue;
      }
      if (v instanceof PyBuiltin) {
        if (v.self !== undefined || !PURE_BUILTINS.has(v.name)) return false;
        continue;
      }
      if (v instanceof PyType) {
        if (!v.builtin) return false;
        continue;
      }
      if (!immutable(v)) return false;
    }
    return true;
  }

  /** Lookup for a call whose arguments are on a stack slice; MISSING on a miss. */
  lookupStack(fn: PyFunction, s: Py[], base: number, argc: number, kw: string[] | null, vm: Interp): Py {
    vm.memoKey = MISSING;
    const t = fn.code.memo as Table;
    if (t.disabled) return MISSING;
    if (t.epoch !== memoEpoch) {
      t.epoch = memoEpoch;
      t.entries.clear();
      t.validated = false;
    }
    if (!t.validated && !this.validate(t, fn)) return MISSING;
    // every call counts, also those whose arguments cannot be a key (a method's `self`)
    t.lookups++;
    let key: Py = MISSING;
    if (kw === null && argc === fn.code.argcount && (fn.defaults === null || fn.defaults.every((d) => immutable(d)))) {
      key = makeKey(s, base, argc);
    }
    if (key !== MISSING) {
      const e = t.entries.get(key);
      const need = e === undefined ? Infinity : vm.depth + 1 + e.depth;
      if (need <= vm.limits.depth) {
        t.hits++;
        // the depth the computation would have needed counts for a memoized caller's entry too
        if (need > vm.peakDepth) vm.peakDepth = need;
        return fresh(e!.value);
      }
    }
    // a function that is rarely called with repeated arguments is not worth the bookkeeping
    if (t.lookups >= MISS_LIMIT && t.hits * 8 < t.lookups) {
      giveUp(t);
      return MISSING;
    }
    if (key === MISSING) return MISSING;
    vm.memoKey = key;
    return MISSING;
  }

  lookup(fn: PyFunction, args: Py[], kw: string[] | null, vm: Interp): Py {
    if (fn.code.memo === null) return MISSING;
    return this.lookupStack(fn, args, 0, args.length, kw, vm);
  }

  /** A memoizable call starts (after a miss): remember its key and depth. */
  onEnter(f: Frame, vm: Interp): void {
    const key = vm.memoKey;
    vm.memoKey = MISSING;
    if (key === MISSING) return;
    f.memoKey = key;
    f.memoOn = true;
    f.memoWork = vm.work - vm.ticks;
    f.memoDepth = vm.depth;
    f.savedPeak = vm.peakDepth;
    vm.peakDepth = vm.depth;
  }

  /** A memoizable call returned normally: record the result. */
  onReturn(f: Frame, v: Py, vm: Interp): void {
    const key = f.memoKey;
    if (key === MISSING) return;
    const used = Math.max(0, vm.peakDepth - f.memoDepth);
    // the caller's own peak includes this call
    if (f.savedPeak > vm.peakDepth) vm.peakDepth = f.savedPeak;
    const t = f.fn!.code.memo as Table;
    if (t.disabled || !t.validated || !immutable(v) || t.entries.size >= MAX_ENTRIES) return;
    // calls that did little work (no nested calls or loops ran) are cheaper to redo than to look up
    if (vm.work - vm.ticks - f.memoWork < MIN_WORK) {
      if (++t.cheap > 256 && t.entries.size * 8 < t.cheap) giveUp(t);
      return;
    }
    t.entries.set(key, { value: v, depth: used });
  }
}
