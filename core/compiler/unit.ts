// A compilation unit: the code buffer of one function, lambda, comprehension, class body or
// module while it is being emitted, plus what the scope resolver needs afterwards.
//
// Code is position-independent (jumps are relative), so a segment of already-emitted code can
// be cut and pasted elsewhere: the single-pass parser relies on this to emit assignment targets
// after their value, the branch of `a if c else b` after its condition, and so on.

import { Code, NO_I32 } from "./code.ts";
import { IS_JUMP, OP_ARGS, stackEffect } from "./opcodes.ts";
import * as op from "./opcodes.ts";
import type { Py } from "../objects/model.ts";

export const U_MODULE = 0, U_FUNCTION = 1, U_LAMBDA = 2, U_CLASS = 3, U_COMPREHENSION = 4;

/** A cut piece of code (with its source positions). */
export interface Segment {
  code: number[];
  pos: number[];
}

/** A compile-time block (for break/continue/return unwinding). */
export interface Block {
  kind: number;
  /** Loops: where `continue` jumps (absolute offset). */
  continueTarget?: number;
  /** Loops: offsets of jump operands to patch with the loop's exit. */
  breaks?: number[];
  /** try/finally: token index of the finally body (re-compiled at each exit). */
  finallyTok?: number;
  /** The protected region owned by this block (paused while exiting through it). */
  region?: Region;
  /** Stack depth at block entry. */
  depth: number;
  /** `for` over a call's result: leaving early closes a generator (CLOSE_ITER instead of POP_TOP). */
  owns?: boolean;
  /** `with`: the statement's source offset (its exit is reported on the `with` line). */
  pos?: number;
  /** `async with`: 1 its __aexit__ is awaited, 2 run to completion at module level (AWAIT_SYNC). */
  awaits?: number;
  /** `except E as e`: the name (deleted on the way out) and the region around the handler body
   * whose handler deletes it when the body raises (paused with `region` while exiting). */
  asName?: string;
  nameRegion?: Region;
}
export const B_FOR = 0, B_WHILE = 1, B_FINALLY = 2, B_HANDLER = 3, B_WITH = 4, B_FINALLY_BODY = 5, B_TRY = 6,
  // a return's value, held while the finally bodies it leaves through are compiled: no code of its
  // own, it only counts toward MAX_BLOCK_NESTING (see stmt.ts FBLOCKS)
  B_POP_VALUE = 7;

/** A protected code region: list of [start, end) ranges all handled by one handler. */
export interface Region {
  ranges: number[];
  open: number; // start of the current open range, or -1 when paused
  handler: number;
  depth: number;
  nest: number;
}

/**
 * The empty set of names a unit's `globals` and `nonlocals` start as (most units declare none, and
 * an empty Set costs some 150 bytes): `declare` gives the unit its own set at its first name.
 */
class NoNames extends Set<string> {
  override add(_: string): this {
    throw new Error("internal: add to a unit's names through Unit.declare");
  }
}
const NO_NAMES: Set<string> = new NoNames();

export class Unit {
  code: number[] = [];
  pos: number[] = [];
  consts: Py[] = [];
  // (each index is made at its first entry)
  private constIndex: Map<Py, number> | null = null;
  names: string[] = [];
  private nameIndex: Map<string, number> | null = null;
  /** Placeholder name table for NAME_LOAD/NAME_STORE (resolved later). */
  vnames: string[] = [];
  private vnameIndex: Map<string, number> | null = null;
  depth = 0;
  maxDepth = 0;
  blocks: Block[] = [];
  regions: Region[] = [];
  nest = 0;
  icCount = 0;

  // scope information
  params: string[] = [];
  /** Names bound here (assignment, del, def/class, import, parameters...). */
  assigned = new Set<string>();
  /** The module has `from m import *` (which can bind any global name). */
  starImport = false;
  /** Names read here (CPython's USE: an assignment target is not a use, `x.y = 1` uses x). */
  used = new Set<string>();
  /** Names declared `global` / `nonlocal` here (add them with `declare`). */
  globals: Set<string> = NO_NAMES;
  nonlocals: Set<string> = NO_NAMES;
  /** Comprehensions: the names their `for` clauses bind (an assignment expression may not rebind them). */
  compVars: Set<string> | null = null;
  /** Comprehensions: has `async for` or `await` (or an async comprehension inside). */
  asyncComp = false;
  /** Async functions: the first `return` with a value (an error once a `yield` makes it an async generator). */
  valueReturn = -1;
  /** Simple names annotated here (`x: int`); null until the first. */
  annotated: Set<string> | null = null;
  /** A module or class body's first instruction: a NOP that becomes SETUP_ANNOTATIONS when the body
   * has an annotated assignment, so __annotations__ exists from the start, as in CPython. */
  annoAt = -1;
  /** Names bound here only by imports so far (CPython does not count those before `global`); null until the first. */
  importOnly: Set<string> | null = null;
  /** Token index of the first `global`/`nonlocal` statement naming each declared name; null until the first. */
  declared: Map<string, number> | null = null;
  children: Unit[] = [];
  /** Index of this unit's code in the parent's consts (set when the parent emits MAKE_FUNCTION). */
  constSlot = -1;
  code_: Code = new Code();

  constructor(readonly kind: number, readonly parent: Unit | null, public name: string) {}

  /** Record `global name` (or `nonlocal name`) in this unit. */
  declare(name: string, isGlobal: boolean): void {
    if (isGlobal) (this.globals === NO_NAMES ? (this.globals = new Set()) : this.globals).add(name);
    else (this.nonlocals === NO_NAMES ? (this.nonlocals = new Set()) : this.nonlocals).add(name);
  }

  get isFunctionLike(): boolean {
    return this.kind === U_FUNCTION || this.kind === U_LAMBDA || this.kind === U_COMPREHENSION;
  }

  // -- emission ------------------------------------------------------------------------------

  /** Offset of the last instruction emitted. */
  lastAt = -1;

  /** Emit an instruction; returns its offset. */
  emit(opc: number, a = 0, b = 0, c = 0, srcPos = -1): number {
    const at = this.code.length;
    this.lastAt = at;
    const n = OP_ARGS[opc];
    this.code.push(opc);
    this.pos.push(srcPos);
    if (n > 0) {
      this.code.push(a);
      this.pos.push(-1);
    }
    if (n > 1) {
      this.code.push(b);
      this.pos.push(-1);
    }
    if (n > 2) {
      this.code.push(c);
      this.pos.push(-1);
    }
    this.adjust(stackEffect(opc, a, b));
    return at;
  }

  adjust(d: number): void {
    this.depth += d;
    if (this.depth > this.maxDepth) this.maxDepth = this.depth;
  }

  get here(): number {
    return this.code.length;
  }

  /** Emit a forward jump; patch it later with `patch`. */
  jump(opc: number, srcPos = -1): number {
    return this.emit(opc, 0, 0, 0, srcPos);
  }

  /** Point the jump at `at` to `target` (default: here). */
  patch(at: number, target = this.code.length): void {
    this.code[at + 1] = target - at;
  }

  /** Emit a jump to a known (usually backward) target. */
  jumpTo(opc: number, target: number, srcPos = -1): number {
    const at = this.emit(opc, 0, 0, 0, srcPos);
    this.code[at + 1] = target - at;
    return at;
  }

  constIdx(v: Py, key?: Py): number {
    const k = key ?? v;
    const index = this.constIndex ??= new Map();
    let i = index.get(k);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(v);
      index.set(k, i);
    }
    return i;
  }

  /** A constant that must not be shared (code objects, tuples of names...). */
  newConst(v: Py): number {
    this.consts.push(v);
    return this.consts.length - 1;
  }

  nameIdx(n: string): number {
    const index = this.nameIndex ??= new Map();
    let i = index.get(n);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(n);
      index.set(n, i);
    }
    return i;
  }

  /** CPython's private-name mangling: `__x` (not `__x__`) inside class `C` is `_C__x`. */
  mangle(n: string): string {
    if (n.length < 3 || n.charCodeAt(0) !== 95 || n.charCodeAt(1) !== 95 || n.endsWith("__")) return n;
    if (this.kind === U_CLASS) {
      const c = this.name.replace(/^_+/, "");
      return c === "" ? n : `_${c}${n}`;
    }
    return this.parent === null ? n : this.parent.mangle(n);
  }

  /** A name bound or read in this unit as its namespace sees it: mangled in a class body and in
   * the functions inside a class (CPython mangles their locals and parameters too). */
  priv(n: string): string {
    return this.mangle(n);
  }

  vnameIdx(n: string): number {
    const index = this.vnameIndex ??= new Map();
    let i = index.get(n);
    if (i === undefined) {
      i = this.vnames.length;
      this.vnames.push(n);
      index.set(n, i);
    }
    return i;
  }

  newIC(): number {
    return this.icCount++;
  }

  // -- code motion ---------------------------------------------------------------------------

  /** Remove and return code from `start` to the end. */
  cut(start: number): Segment {
    const seg = { code: this.code.slice(start), pos: this.pos.slice(start) };
    this.code.length = start;
    this.pos.length = start;
    return seg;
  }

  /** Append a segment. */
  paste(seg: Segment): void {
    for (let i = 0; i < seg.code.length; i++) {
      this.code.push(seg.code[i]);
      this.pos.push(seg.pos[i]);
    }
  }

  // -- protected regions (exception table) ------------------------------------------------------

  /** Start protecting code from here; the handler offset is filled in with `setHandler`. */
  openRegion(): Region {
    const r: Region = { ranges: [], open: this.code.length, handler: -1, depth: this.depth, nest: this.nest++ };
    this.regions.push(r);
    return r;
  }

  closeRegion(r: Region): void {
    this.pauseRegion(r);
    this.nest--;
  }

  pauseRegion(r: Region): void {
    if (r.open >= 0) {
      if (this.code.length > r.open) r.ranges.push(r.open, this.code.length);
      r.open = -1;
    }
  }

  resumeRegion(r: Region): void {
    if (r.open < 0) r.open = this.code.length;
  }

  /** Build the exception table: deeper regions first so the first match is the innermost. */
  excTable(): Int32Array {
    const rs = this.regions.slice().sort((a, b) => b.nest - a.nest);
    const out: number[] = [];
    for (const r of rs) {
      for (let i = 0; i < r.ranges.length; i += 2) out.push(r.ranges[i], r.ranges[i + 1], r.handler, r.depth);
    }
    return out.length === 0 ? NO_I32 : Int32Array.from(out);
  }
}

/** Walk instructions of a code array: calls fn(offset, opcode) for each instruction start. */
export function forEachInstr(code: ArrayLike<number>, fn: (at: number, opc: number) => void): void {
  for (let i = 0; i < code.length;) {
    const o = code[i];
    fn(i, o);
    i += 1 + OP_ARGS[o];
  }
}

/** Offsets that are jump targets or exception handlers (fusion must not cross them). */
export function jumpTargets(code: ArrayLike<number>, exc: Int32Array): Uint8Array {
  const t = new Uint8Array(code.length + 1);
  forEachInstr(code, (at, o) => {
    if (IS_JUMP[o]) t[at + code[at + 1]] = 1;
  });
  for (let i = 0; i < exc.length; i += 4) t[exc[i + 2]] = 1;
  return t;
}

export { op };
