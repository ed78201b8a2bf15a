// Pure-function memoization: calls of statically pure functions (compiler/purity.ts) with
// immutable arguments are answered from a per-function table once seen. It must never change
// what a program observably does, so:
//   - the function may read globals only when they hold immutable values, pure builtins or other
//     memoizable functions (checked when its table is created); rebinding any global it depends
//     on, directly or through the functions it calls, clears the table;
//   - arguments and results must be immutable (numbers, str, bytes, None, bools, tuples of these);
//   - calls that raise are not recorded;
//   - an entry remembers how deep its computation recursed, and is not served where replaying
//     that depth would have raised RecursionError;
//   - identity stays what a recomputation would give. Floats, tuples and bytes are objects: equal
//     ones need not be the same. Arguments are keyed by value only when nothing the call runs
//     compares objects by identity (compiler/purity.ts: `a is b`) and no float in them is a NaN
//     (`x == x` is false, so `==`, `in` and hash() tell NaN objects apart); otherwise objects are
//     keyed by identity. A hit hands out the objects the call found (a global, a constant, a
//     default, a part of an identity-keyed argument) as the very same objects, and the objects it
//     made as new ones; a result holding part of a value-keyed argument is not recorded.

import { type Code, CO_PURE } from "../compiler/code.ts";
import {
  BytesType, EMPTY_TUPLE, MISSING, type Py, PyBuiltin, PyBytes, PyFloat, PyFunction, type PyModule, PyTuple, PyType, TupleType, WATCH_MEMO, WATCH_UNBOUND,
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
  /** Something the call runs compares objects by identity: objects in arguments are keyed by
   * identity, not by value (set by validation). */
  byId = false;
  /** What validation saw the call can reach besides its arguments: constants, defaults and
   * global values; `found` holds every object in them, built when a result first needs it. */
  roots: (readonly Py[])[] = [];
  found: Set<Py> | null = null;
  constructor(readonly code: Code) {}
}

interface Entry {
  value: Py;
  /** Extra call depth the computation needed beyond the call itself. */
  depth: number;
  /** The call made the result (or part of it): a hit makes those objects anew (`remake`). */
  made: boolean;
  /** In a made result, the objects the call found, which a hit hands out as they are. */
  kept: Set<Py> | null;
}

const MAX_ENTRIES = 100_000;
/** Minimum work (calls and loop back-edges, in budget units) for the result of a call that made no
 * Python call to be worth recording. */
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

/** A recorded result as a hit hands it out: the objects the call made are made anew, as a
 * recomputation would make them (`f(x) is f(x)` stays false for a float it computes; a tuple
 * holding one object twice still does), and the objects it found are the same objects (`f(x) is
 * SENTINEL` stays true). Ints, strs, bools and None have no identity of their own here. */
function remake(v: Py, kept: Set<Py> | null, made: Map<Py, Py>): Py {
  if (typeof v !== "object" || v === null || kept !== null && kept.has(v)) return v;
  let n = made.get(v);
  if (n !== undefined) return n;
  if (v instanceof PyFloat) n = new PyFloat(v.v);
  else if (v instanceof PyBytes) n = new PyBytes(v.b);
  else n = new PyTuple((v as PyTuple).a.map((x) => remake(x, kept, made)));
  made.set(v, n);
  return n;
}

/** Add the objects in v (v itself and, in a tuple, its items) to a set. */
function addObjects(v: Py, to: Set<Py>): void {
  if (typeof v !== "object" || v === null || to.has(v)) return;
  to.add(v);
  if (v instanceof PyTuple) for (const x of v.a) addObjects(x, to);
}

/** Identity numbers of objects in identity-keyed arguments (private: `id()` keeps its own). */
const ids = new WeakMap<object, number>();
let nextId = 0;

/** Set by keyPart: an argument holds an object, so a result may be part of an argument. */
let objectArgs = false;

/** An argument's part of a key; "" for a value that cannot be keyed by value (a NaN). */
function keyPart(v: Py, byId: boolean): string {
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
  objectArgs = true;
  if (byId) {
    let id = ids.get(v as object);
    if (id === undefined) ids.set(v as object, id = nextId++);
    return "#" + id;
  }
  if (v instanceof PyFloat) return v.v !== v.v ? "" : "f" + (Object.is(v.v, -0) ? "-0" : String(v.v));
  if (v instanceof PyBytes) return "b" + Array.from(v.b).join(",");
  let k = "(";
  for (const x of (v as PyTuple).a) {
    const p = keyPart(x, false);
    if (p === "") return "";
    k += p + ",";
  }
  return k + ")";
}

/** The table key for an argument list, or MISSING when an argument cannot be a key. */
function makeKey(s: Py[], base: number, argc: number, byId: boolean): Py {
  objectArgs = false;
  if (argc === 1) {
    const a = s[base];
    if (typeof a === "number") return a;
    if (!immutable(a)) return MISSING;
    const k = keyPart(a, byId);
    return k === "" ? MISSING : k;
  }
  let k = "";
  for (let i = 0; i < argc; i++) {
    const a = s[base + i];
    if (!immutable(a)) return MISSING;
    const p = keyPart(a, byId);
    if (p === "") return MISSING;
    k += p + "\u0001";
  }
  return k;
}

export class MemoState {
  /** Tables of functions whose dependency slots are watched, per module slot. */
  private watchers = new Map<PyModule, Map<number, Set<Table>>>();
  /** The arguments of the memoizable call being entered, when one of them is an object. */
  private args: Py[] | null = null;

  /** Called when MAKE_FUNCTION sees statically pure code: enable memoization for it. */
  register(code: Code): void {
    if (code.memo === null && (code.flags & CO_PURE)) code.memo = new Table(code);
  }

  /** Must a store into this global slot be reported (to globalChanged)? */
  watched(m: PyModule, slot: number): boolean {
    const w = m.memoWatch;
    return w !== null && slot < w.length && w[slot] !== 0;
  }

  /** A global slot flagged in memoWatch was stored into or deleted. */
  globalChanged(m: PyModule, slot: number): void {
    const w = m.memoWatch!;
    if (w[slot] & WATCH_UNBOUND && m.values[slot] !== undefined) m.noteBound(slot);
    if (!(w[slot] & WATCH_MEMO)) return;
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
    const roots: (readonly Py[])[] = [];
    const ok = this.validateCode(fn.code, fn.globals, seen, deps, roots);
    if (!ok) {
      giveUp(t);
      return false;
    }
    if (fn.defaults !== null) roots.push(fn.defaults);
    t.roots = roots;
    t.found = null;
    t.byId = false;
    for (const code of seen) if (code.identity) t.byId = true;
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
      m.memoWatch[slot] |= WATCH_MEMO;
    }
    t.validated = true;
    return true;
  }

  private validateCode(code: Code, g: PyModule, seen: Set<Code>, deps: [PyModule, number][], roots: (readonly Py[])[]): boolean {
    if (seen.has(code)) return true;
    seen.add(code);
    roots.push(code.consts);
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
        if (!(v.code.flags & CO_PURE) || v.globals !== g && !this.validateCode(v.code, v.globals, seen, deps, roots)) return false;
        if (v.globals === g && !this.validateCode(v.code, g, seen, deps, roots)) return false;
        if (v.defaults !== null && !v.defaults.every((d) => immutable(d))) return false;
        if (v.defaults !== null) roots.push(v.defaults);
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
      if (typeof v === "object" && v !== null) roots.push([v]);
    }
    return true;
  }

  /** How a hit is to hand out v, the object a call returned (`args`: the call's arguments, or
   * null when none of them holds an object); null when v must not be recorded: part of it is part
   * of a value-keyed argument (a later call's equal argument is another object, which a
   * recomputation would return). */
  private plan(t: Table, v: Py, args: Py[] | null): { made: boolean; kept: Set<Py> | null } | null {
    let own: Set<Py> | null = null;
    if (args !== null) {
      own = new Set();
      for (const a of args) addObjects(a, own);
    }
    let found = t.found;
    if (found === null) {
      found = t.found = new Set([EMPTY_TUPLE]);
      for (const r of t.roots) for (const v of r) addObjects(v, found);
    }
    let kept: Set<Py> | null = null;
    let fromArgs = false;
    // did the call make x? A pure call gets objects from nowhere but its arguments and `found`
    // (EMPTY_TUPLE is the one object builtins hand out without making it); anything else it made
    const isMade = (x: Py): boolean => {
      if (typeof x !== "object" || x === null) return false;
      if (own !== null && own.has(x)) fromArgs = true;
      else if (!found!.has(x)) {
        if (x instanceof PyTuple) for (const y of x.a) isMade(y);
        return true;
      }
      (kept ??= new Set()).add(x);
      return false;
    };
    const made = isMade(v);
    if (fromArgs && !t.byId) return null;
    return { made, kept: made ? kept : null };
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
      key = makeKey(s, base, argc, t.byId);
    }
    if (key !== MISSING) {
      const e = t.entries.get(key);
      const need = e === undefined ? Infinity : vm.depth + 1 + e.depth;
      if (need <= vm.limits.depth) {
        t.hits++;
        // the depth the computation would have needed counts for a memoized caller's entry too
        if (need > vm.peakDepth) vm.peakDepth = need;
        const v = e!.value;
        if (!e!.made) return v;
        return v instanceof PyFloat ? new PyFloat(v.v) : remake(v, e!.kept, new Map());
      }
    }
    // a function that is rarely called with repeated arguments is not worth the bookkeeping
    if (t.lookups >= MISS_LIMIT && t.hits * 8 < t.lookups) {
      giveUp(t);
      return MISSING;
    }
    if (key === MISSING) return MISSING;
    vm.memoKey = key;
    this.args = objectArgs ? s.slice(base, base + argc) : null;
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
    f.memoArgs = this.args;
    this.args = null;
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
    const args = f.memoArgs;
    f.memoArgs = null;
    const used = Math.max(0, vm.peakDepth - f.memoDepth);
    // the caller's own peak includes this call
    if (f.savedPeak > vm.peakDepth) vm.peakDepth = f.savedPeak;
    const t = f.fn!.code.memo as Table;
    if (t.disabled || !t.validated || !immutable(v) || t.entries.size >= MAX_ENTRIES) return;
    // calls that did little work are cheaper to redo than to look up; but not one that called a
    // Python function (used > 0): `[fib(i) for i in range(30)]` computes fib(2), fib(3), ... each
    // doing little work but all of it calls, and left unrecorded those made the table give up
    // (below) before it held anything, leaving the whole recursion unmemoized (22x CPython)
    if (used === 0 && vm.work - vm.ticks - f.memoWork < MIN_WORK) {
      if (++t.cheap > 256 && t.entries.size * 8 < t.cheap) giveUp(t);
      return;
    }
    if (typeof v !== "object" || v === null) {
      t.entries.set(key, { value: v, depth: used, made: false, kept: null });
      return;
    }
    const plan = this.plan(t, v, args);
    if (plan !== null) t.entries.set(key, { value: v, depth: used, made: plan.made, kept: plan.kept });
  }
}
