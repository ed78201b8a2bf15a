// Code objects: what the compiler produces and the VM runs.

import type { Py } from "../objects/model.ts";

export const CO_VARARGS = 1;
export const CO_VARKEYWORDS = 2;
export const CO_GENERATOR = 4;
export const CO_COROUTINE = 8;
export const CO_ASYNC_GENERATOR = 16;
export const CO_CLASS_BODY = 32;
export const CO_MODULE = 64;
export const CO_LAMBDA = 128;
export const CO_COMPREHENSION = 256;
/** Statically pure: a candidate for memoization (see vm/memo.ts). */
export const CO_PURE = 512;
/** Uses zero-argument super() or __class__. */
export const CO_NEEDS_CLASS = 1024;
/** Defined inside a function (directly or through classes): CPython's CO_NESTED. */
export const CO_NESTED = 2048;

/** Source of a module, shared by all its code objects (for tracebacks and line numbers). */
export class Source {
  private lineStarts: Int32Array | null = null;
  constructor(readonly filename: string, readonly text: string) {}
  private starts(): Int32Array {
    if (this.lineStarts === null) {
      const a = [0];
      const t = this.text;
      for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i);
        if (c === 10) a.push(i + 1);
        else if (c === 13) {
          if (t.charCodeAt(i + 1) === 10) i++;
          a.push(i + 1);
        }
      }
      this.lineStarts = Int32Array.from(a);
    }
    return this.lineStarts;
  }
  /** 1-based line of an offset. */
  line(offset: number): number {
    const s = this.starts();
    let lo = 0, hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  /** 1-based column (in code points) of an offset. */
  column(offset: number): number {
    const s = this.starts();
    const ln = this.line(offset);
    return Array.from(this.text.slice(s[ln - 1], offset)).length + 1;
  }
  /** Text of a 1-based line, without its newline. */
  lineText(line: number): string {
    const s = this.starts();
    if (line < 1 || line > s.length) return "";
    const a = s[line - 1];
    const b = line < s.length ? s[line] : this.text.length;
    return this.text.slice(a, b).replace(/[\r\n]+$/, "");
  }
}

/** The empty arrays of the fields most code objects leave empty, shared: a typed array costs about
 * 200 bytes even when empty, which a module of 100,000 small functions pays a million times. */
export const NO_I32: Int32Array = new Int32Array(0);
export const NO_I8: Int8Array = new Int8Array(0);

export class Code {
  name = "<module>";
  qualname = "<module>";
  flags = 0;
  /** Positional parameters (including positional-only). */
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  /** Local variable names; parameters first, then *args, **kwargs, then other locals. */
  varnames: string[] = [];
  nlocals = 0;
  /** Cells owned by this code (locals captured by inner functions), then free variables. */
  cellvars: string[] = [];
  freevars: string[] = [];
  /** For each cellvar: the parameter index whose value initialises it, or -1. */
  cell2arg: Int32Array | null = null;
  /** For each freevar: index into the enclosing frame's cells (used by MAKE_FUNCTION). */
  freeSources: Int32Array = NO_I32;
  code: Int32Array = NO_I32;
  /** Source offset per code word (meaningful at instruction starts). */
  pos: Int32Array = NO_I32;
  consts: Py[] = [];
  /** Attribute and namespace names referenced by LOAD_ATTR, LOAD_NAME, ... */
  names: string[] = [];
  /** Module-wide global names; LOAD_GLOBAL's operand indexes this (and the module's value slots). */
  globalNames: string[] = [];
  /** Exception table: [start, end, handler, depth] per entry, innermost regions first. */
  excTable: Int32Array = NO_I32;
  stacksize = 0;
  /** Inline caches (two slots per cached instruction). */
  ic: Py[] = [];
  source: Source | null = null;
  firstOffset = 0;
  /** Global slots this code reads (for memoization validity). */
  globalsRead: Int32Array = NO_I32;
  /** Memoization table (see vm/memo.ts), created lazily. */
  memo: Py = null;
  /** Child code objects (functions, lambdas, comprehensions, class bodies). */
  children: Code[] = [];
  /** Fused expression trees (compiler/fuse.ts) and their closures, built on first use (vm/fused.ts). */
  fused: Py[] = [];
  /** Operand lists of the fused push and call instructions (tagged words, compiler/fuse.ts). */
  fusedLists: Int32Array[] = [];
  /** Stack values each fused tree / list reads and its instruction pops (N_STACK leaves). */
  fusedPops: Int8Array = NO_I8;
  fusedListPops: Int8Array = NO_I8;
  /** Per operand list: the instructions its multi-line name operands report (Fused.listFaults). */
  fusedListFaults: (Int32Array | null)[] = [];
  /** The plans of this code's FOR_ITER_APPEND loops by offset (compiler/fuse.ts comprehensionLoops). */
  loops: Map<number, Int32Array> | null = null;
  /** Per FOR_ITER offset, the kind of iterator it stepped last (vm.ts iterKind; made on first use). */
  iterHints: Uint8Array | null = null;
  /** A generator expression's loop plan (compiler/fuse.ts yieldLoopOf), or null. */
  yieldLoop: Int32Array | null = null;
  // deno-lint-ignore no-explicit-any
  fusedFns: any[] | null = null;
  /** Parameter name -> local index for keyword binding (built on first keyword call). */
  argIndex: Map<string, number> | null = null;
  /** The Python-visible code object (`f.__code__`), made on first access. */
  pyCode: Py = null;
  /** The docstring (functions). */
  doc: Py = null;
  /** Frame slot array template (see vm/frame.ts). */
  slotTemplate: Py[] | null = null;
  /** Positional parameters only (defaults allowed), no cells of its own (free variables
   * allowed), not a generator, not memoized: positional calls take the VM's inline fast path
   * (set by the compiler). */
  plain = false;
  /** What `plain` and `inlineOps` are without memoization (set by the compiler); method calls,
   * which are never memoized, go by these. */
  plainBody = false;
  inlineBody: Int32Array | null = null;
  /** Has `for` loops that own their generator (GET_ITER_OWN): exceptions leaving them close it. */
  ownsIters = false;
  /** Has an `except` clause, or leaves a `finally` run for an exception (return, break, continue):
   * it can turn an exception into a result, one that may depend on how deep the call was
   * (RecursionError), so it is never memoized (compiler/purity.ts). */
  catches = false;
  /** A pure body (compiler/purity.ts) that compares objects by identity (`a is b`, neither a
   * constant None, bool, int, str or Ellipsis): memo tables of functions that run it key float,
   * tuple and bytes arguments by identity (vm/memo.ts). */
  identity = false;
  /** A loop-free body of fused statements and jumps (compiler/scope.ts straightLine): its
   * instructions' offsets and jump targets, when calls take the frameless path (see `plain`). */
  inlineOps: Int32Array | null = null;
  /** An inline call of this code is running (a re-entrant call takes a real frame). */
  inlineBusy = false;
  /** The frame object inline calls evaluate in (locals, globals, cells). */
  // deno-lint-ignore no-explicit-any
  inlineFrame: any = null;
  /** Frames of finished calls, reused by the next call (see Interp.enterFunction). */
  // deno-lint-ignore no-explicit-any
  framePool: any[] = objectArray();

  /** 1-based line number of the instruction at pc. */
  lineOf(pc: number): number {
    // operand words and some emitted instructions carry no position: use the nearest one before
    let off = -1;
    for (let i = Math.min(pc, this.pos.length - 1); i >= 0 && off < 0; i--) off = this.pos[i];
    return this.source ? this.source.line(off < 0 ? this.firstOffset : off) : 0;
  }

  /** `co_flags` as CPython sets them (our `flags` use their own bits). */
  pythonFlags(): number {
    const f = this.flags;
    if (f & (CO_MODULE | CO_CLASS_BODY)) return 0;
    let r = 3; // CO_OPTIMIZED | CO_NEWLOCALS
    if (f & CO_VARARGS) r |= 0x4;
    if (f & CO_VARKEYWORDS) r |= 0x8;
    if (f & CO_NESTED) r |= 0x10;
    if (f & CO_ASYNC_GENERATOR) r |= 0x200;
    else if (f & CO_COROUTINE) r |= 0x80;
    else if (f & CO_GENERATOR) r |= 0x20;
    return r;
  }
}

/** An empty array whose elements kind is already "objects": every frame pool has the same hidden
 * class from the start, so the VM's pool accesses never meet a second map (a deoptimization). */
// deno-lint-ignore no-explicit-any
function objectArray(): any[] {
  const a: unknown[] = [null];
  a.pop();
  return a;
}
