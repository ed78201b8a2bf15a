// Expression fusion: straight-line runs of loads, operators and simple stores are replaced by one
// FUSED_* instruction evaluating an expression tree (see vm/fused.ts). The tree is data; the VM
// turns it into nested, specialised closures the first time the code runs. A JS switch dispatch
// costs several times a CPython dispatch, so executing fewer, fatter instructions is what makes
// this interpreter competitive (measured: arithmetic loops 1.5-2x faster).
//
// A fused instruction keeps the length of the run it replaces (the rest is filled with NOPs),
// so relative jumps stay valid; runs never contain or cross a jump target or the edge of an
// exception-table range, and evaluation order is unchanged. Branches that only choose a value
// (`a if c else b`, `a and b` as a value) are folded afterwards, their jumps included. Calls are never fused (a Python call
// switches frames in the dispatch loop), but their callee and arguments are pushed by one
// FUSED_PUSH, or by the fused call instruction itself.

import type { Py } from "../objects/model.ts";
import { NO_I8 } from "./code.ts";
import * as O from "./opcodes.ts";
import { IS_JUMP, OP_ARGS } from "./opcodes.ts";
import { jumpTargets } from "./unit.ts";

export const N_LOCAL = 0, N_CONST = 1, N_GLOBAL = 2, N_BIN = 3, N_UN = 4, N_SUBSCR = 5, N_IS = 6, N_IN = 7,
  N_ATTR = 8, N_DEREF = 9, N_TUPLE = 10, N_LIST = 11, N_SLICE = 12, N_CURRENT = 13,
  // statement nodes (no value)
  N_STORE_SUBSCR = 20, N_STORE_ATTR = 21, N_AUG_SUBSCR = 22, N_AUG_ATTR = 23, N_STORE_DEREF = 24, N_DISCARD = 25,
  N_STORE_GLOBAL = 26, N_STORE_FAST = 27,
  // a value already on the VM stack when the fused instruction starts (i: 0 = the top), e.g. a
  // call's result in `acc += f(x)`; the instruction pops the values its tree read
  N_STACK = 29,
  // `a, b = x, y` with local targets: every value first, then the stores (no tuple is built)
  N_PSTORE = 30,
  // a run of statements executed by one instruction (`items`, at the original positions `pcs`)
  N_BLOCK = 28,
  // `name(args)` where `name` is a global that names a builtin (see FUSED_BUILTINS): global slot
  // `i`, the name `v`, the arguments `items`. The builtin is called in the tree; anything else
  // the name holds when the tree runs is called through the generic call path.
  N_BCALL = 31,
  // `l and r` (i = 0) or `l or r` (i = 1) as a condition: true or false, short-circuited
  N_COND = 32,
  // an f-string's parts: FORMAT_VALUE of `l` (flags i; `r` the spec when it has one), and
  // BUILD_STRING of `items`
  N_FMT = 33, N_STR = 34,
  // a conditional expression `l if x else r`, and `l and r` (i = 0) / `l or r` (i = 1) as values
  // (the operand that decides is the result): see foldValueBranches
  N_IFEXP = 35, N_ANDOR = 36,
  // an `if` statement whose branches are fused statements: the condition `l`, the statement run
  // when it is true `x` (false when i = 1: it came from a jump-if-true), the else branch `r` or
  // none; `pcs` the branches' own instructions (for tracebacks)
  N_IF = 37,
  // a conditional jump's test that first runs the fused statement or block before it: the
  // statement `x`, then the condition `l`, the value; `pcs` their own instructions (see thenJumps)
  N_THEN = 38;

/**
 * Builtins whose calls are fused into expression trees: common in expressions, and not among
 * those that look at or switch the calling frame (`next` resumes a generator in the dispatch
 * loop; `locals`, `vars`, `super`, `input`, `print` and the like stay calls of their own).
 * Not fused either where the module binds the name itself (or star-imports); a global of one of
 * these names that still holds something else at run time (another module set `mod.len = f`)
 * is called correctly, in a nested run.
 */
const FUSED_BUILTINS = new Set([
  "len", "abs", "ord", "chr", "int", "float", "str", "bool", "min", "max", "isinstance", "hash", "round", "repr",
  "divmod", "pow", "sum", "any", "all", "sorted", "list", "tuple", "set", "type", "hex", "bin", "oct",
]);

/** An expression tree node. `op` is the original opcode for operators. */
export interface FNode {
  k: number;
  /** N_LOCAL/N_STORE_*: local or cell index; N_GLOBAL: global slot; N_IS/N_IN: 1 when negated. */
  i?: number;
  /** N_CONST: the value; N_ATTR/N_STORE_ATTR/N_AUG_ATTR: the attribute name. */
  v?: Py;
  op?: number;
  l?: FNode;
  r?: FNode;
  /** N_STORE_SUBSCR, N_AUG_*: the value / right-hand side; N_TUPLE/N_LIST: the items;
   * N_IFEXP: the condition (`l` its value when true, `r` when false). */
  x?: FNode;
  items?: FNode[];
  /** N_BLOCK: where each statement's own instruction is (for tracebacks); N_IF: its branches';
   * N_THEN: the statement's and the condition's. */
  pcs?: number[];
  /** Tree depth (leaves: 1, when absent). */
  d?: number;
  /** N_PSTORE: the local each of `items` is stored into. */
  targets?: number[];
  /** Operators, name loads and stores: the instruction the node replaced (compile time only). */
  at?: number;
  /** An operator on another line than its fused instruction: the instruction (kept with its
   * own position) that the traceback and the exception handler see when it raises. */
  fault?: number;
  /** A subscript, slice or attribute load on its fused instruction's line but at another column
   * (`print(d['a'], d['b'])`): the instruction (kept with its own position) that an error of the
   * operation itself reports, set on its slow path only (vm/fused.ts). */
  colFault?: number;
}

/** Deeper expressions are split (the closures that evaluate a tree recurse on the JS stack). */
const MAX_TREE_DEPTH = 48;

/**
 * Code words one module fuses at most. A fused tree is built into closures the first time its
 * code runs (vm/fused.ts), some 300 bytes per word of code it replaced, so a module of 10 MiB of
 * `1+1+...` would need gigabytes; past this budget code objects are left as they were emitted (the
 * VM runs every opcode unfused as well). Functions are built before the module's top level
 * (scope.ts builds bottom-up), so they are fused first. The largest test program has 30,000 words.
 */
export const MAX_FUSED_WORDS = 1 << 20;

/** The most trees one operator combines (BUILD_TUPLE/BUILD_LIST of up to 8 items; a builtin call
 * takes its callee and up to 3 arguments, a slice 3, the others 1 or 2): see combineOp. */
const COMBINE_WINDOW = 8;

interface Sym {
  node: FNode;
  start: number;
  ops: number; // nodes beyond plain loads
  pops: number; // stack values its tree reads (only the first tree of a run can have any)
}

function isBinary(op: number): boolean {
  return (op >= O.BINARY_ADD && op <= O.INPLACE_MATMUL) || (op >= O.COMPARE_LT && op <= O.COMPARE_GE);
}

/** Operands the fusable operator at `at` takes from the stack (0 for anything else). */
function operandsOf(code: ArrayLike<number>, at: number): number {
  const op = code[at];
  if ((isBinary(op) && op !== O.BINARY_MATMUL && op !== O.INPLACE_MATMUL) || op === O.BINARY_SUBSCR || op === O.IS_OP || op === O.CONTAINS_OP) return 2;
  if (op === O.UNARY_NEG || op === O.UNARY_NOT || op === O.UNARY_INVERT || op === O.UNARY_POS || op === O.LOAD_ATTR) return 1;
  if (op === O.FORMAT_VALUE) return code[at + 1] & 4 ? 2 : 1;
  if (op === O.BUILD_STRING) return code[at + 1];
  return 0;
}

/** What fusion produced for one code object. */
export interface Fused {
  /** Expression and statement trees, indexed by the fused instructions' operands. */
  trees: FNode[];
  /** Operand lists of FUSED_PUSH and the fused calls: tagged words (see `OPERAND_*`). */
  lists: Int32Array[];
  /** Per tree / per list: how many stack values it reads (N_STACK) and its instruction pops. */
  treePops: Int8Array;
  listPops: Int8Array;
  /** Per list: for each operand read in place (a local or a global) that is a name on another
   * line than the list's instruction, the instruction that reports its error (else -1); null
   * for the lists without any (see placeFaults). */
  listFaults: (Int32Array | null)[];
  /** The plans of the FOR_ITER_APPEND loops by their offset (see comprehensionLoops), or null. */
  loops: Map<number, Int32Array> | null;
  /** A generator expression's loop (see yieldLoop), or null. */
  yieldLoop: Int32Array | null;
}

/** How many candidates readAfterCall checks in one code at most (each check walks the code). */
const MAX_READ_AFTER_CALL = 16;

/**
 * `acc += f(x)`, `total = total + o.m()`: a local pushed right before a call, that the fused
 * statement after the call combines with the call's result, is read by that statement instead,
 * after the call (one dispatch less: spectral_norm's inner loop runs 3 instead of 4). This keeps
 * what the program does where the call cannot rebind the local (no store or `del` of it in the
 * call's instructions, and a callee cannot reach the caller's plain locals) and the local is
 * bound whenever the LOAD_FAST runs, so that no UnboundLocalError would have come before the call.
 */
function readAfterCall(
  code: number[], pos: number[], owner: Int32Array, raw: number[], exc: Int32Array, trees: FNode[], boundary: Uint8Array, params: number,
): void {
  let checks = 0;
  for (let p0 = 0; p0 < code.length; p0 += 1 + OP_ARGS[code[p0]]) {
    if (code[p0] !== O.LOAD_FAST) continue;
    const p1 = p0 + 2;
    if ((code[p1] !== O.CALL_FUSED && code[p1] !== O.CALL_METHOD_FUSED) || boundary[p1]) continue;
    const p2 = p1 + code[p1 + 1];
    const q = code[p2];
    if (p2 >= code.length || boundary[p2] || (q !== O.FUSED_STORE_FAST && q !== O.FUSED_STORE_FAST_SHORT)) continue;
    const tree = trees[code[p2 + 1]];
    if (stackUse(tree) !== 2 || stackReads(tree, 1) !== 1) continue;
    // the statement's run ends with its STORE_FAST (two words)
    const end = p2 + (q === O.FUSED_STORE_FAST ? code[p2 + 2] : 3) - 2;
    const x = code[p0 + 1];
    if (raw[end] !== O.STORE_FAST || changesLocal(raw, p1, end, x)) continue;
    if (++checks > MAX_READ_AFTER_CALL) return;
    if (mayBeUnbound(raw, exc, x, p0, x < params)) continue;
    trees[code[p2 + 1]] = replaceStackRead(tree, x);
    // the call moves up into the load's two words and its run takes in the two at its end: a
    // NOP left before it would be dispatched. Its words keep their positions (the faults of its
    // operands name them); the call's own is its first word's.
    const len = code[p1 + 1];
    for (let i = 0; i < len; i++) code[p0 + i] = code[p1 + i];
    code[p0 + 1] = len + 2;
    code[p1 + len - 2] = O.NOP;
    code[p1 + len - 1] = O.NOP;
    pos[p0] = offsetAt(pos, p1);
    owner.fill(p0, p0, p2);
  }
}

/** How many nodes of a tree read the stack value `i` (0: the top). */
function stackReads(n: FNode | undefined, i: number): number {
  if (n === undefined || n.k === N_BLOCK) return 0;
  if (n.k === N_STACK) return n.i === i ? 1 : 0;
  let c = stackReads(n.l, i) + stackReads(n.r, i) + stackReads(n.x, i);
  if (n.items !== undefined) for (const m of n.items) c += stackReads(m, i);
  return c;
}

/** The tree with its read of stack value 1 made a read of local `x` (the value above it becomes 1's). */
function replaceStackRead(n: FNode, x: number): FNode {
  if (n.k === N_STACK) return n.i === 1 ? { k: N_LOCAL, i: x, d: 1 } : n;
  if (n.k === N_BLOCK) return n;
  if (n.l !== undefined) n.l = replaceStackRead(n.l, x);
  if (n.r !== undefined) n.r = replaceStackRead(n.r, x);
  if (n.x !== undefined) n.x = replaceStackRead(n.x, x);
  if (n.items !== undefined) for (let t = 0; t < n.items.length; t++) n.items[t] = replaceStackRead(n.items[t], x);
  return n;
}

/** Does an instruction of raw[from, to) store or delete local `x`? */
function changesLocal(raw: number[], from: number, to: number, x: number): boolean {
  for (let at = from; at < to; at += 1 + OP_ARGS[raw[at]]) {
    if ((raw[at] === O.STORE_FAST || raw[at] === O.DELETE_FAST) && raw[at + 1] === x) return true;
  }
  return false;
}

/**
 * Can local `x` be unbound when the instruction at `p0` runs? A path to it from the start (unless
 * `x` is a parameter) or from a `del x` that passes no store of `x`, through fall-throughs (also
 * after returns and raises: more paths only answer yes more often), jumps and exception handlers.
 */
function mayBeUnbound(raw: number[], exc: Int32Array, x: number, p0: number, param: boolean): boolean {
  const seen = new Uint8Array(raw.length + 1);
  const work: number[] = [];
  const reach = (at: number) => {
    if (at >= 0 && at < raw.length && !seen[at]) {
      seen[at] = 1;
      work.push(at);
    }
  };
  if (!param) reach(0);
  for (let at = 0; at < raw.length; at += 1 + OP_ARGS[raw[at]]) {
    if (raw[at] === O.DELETE_FAST && raw[at + 1] === x) reach(at + 2);
  }
  while (work.length > 0) {
    const at = work.pop()!;
    if (at === p0) return true;
    const op = raw[at];
    if (op === O.STORE_FAST && raw[at + 1] === x) continue;
    reach(at + 1 + OP_ARGS[op]);
    if (IS_JUMP[op]) reach(at + raw[at + 1]);
    for (let h = 0; h < exc.length; h += 4) if (at >= exc[h] && at < exc[h + 1]) reach(exc[h + 2]);
  }
  return false;
}

/** Is the UNPACK_SEQUENCE n at `at` followed by n STORE_FASTs, none of them a jump target? */
function unpacksToLocals(code: number[], boundary: Uint8Array, at: number): boolean {
  const n = code[at + 1];
  if (n < 1 || n > 8) return false;
  for (let k = 0; k < n; k++) {
    const p = at + 2 + 2 * k;
    if (code[p] !== O.STORE_FAST || boundary[p]) return false;
  }
  return true;
}

/** Nodes whose operation can raise (see FNode.fault): operators, stores into an object, and the
 * loads of a name that may be unbound or undefined. */
const RAISING = new Set([N_BIN, N_UN, N_SUBSCR, N_ATTR, N_SLICE, N_IN, N_BCALL, N_STORE_SUBSCR, N_STORE_ATTR, N_LOCAL, N_GLOBAL, N_DEREF, N_FMT]);

/** Nodes that report their own column when they fail on their fused instruction's line, as
 * CPython's positions do: a subscript's or an attribute's error is at where its expression
 * starts, so `print(d['a'], d['b'])` fails at `d['b']` (PythonError.column). */
const COLUMN_FAULTS = new Set([N_SUBSCR, N_SLICE, N_ATTR]);

/** The source offset an instruction reports: its own, else the nearest earlier one (Code.lineOf). */
function offsetAt(pos: ArrayLike<number>, at: number): number {
  let i = at;
  while (i >= 0 && pos[i] < 0) i--;
  return i < 0 ? -1 : pos[i];
}

/** What placeFaults needs: see there. */
interface FaultCtx {
  owner: Int32Array;
  srcPos: number[];
  pos: number[];
  sameLine: (a: number, b: number) => boolean;
  /** The words given back their own position. */
  placed: Uint8Array;
}

/**
 * A fused instruction reports one line, the line where its run starts; an operator of its tree
 * on a later line of a multi-line expression (`print(\n    d["k"],\n)`) reports its own, as
 * CPython does, and so do a name loaded there (`f(1,\n  missing)`: NameError) and the store of
 * a statement whose value starts on a later line (`t[0] = (\n  5)`: the target's line). The
 * replaced instruction gets its original position back and the node is marked to name it when it
 * raises (vm/fused.ts), as are the raising nodes under it (with the fused instruction), so the
 * innermost one names the line: trees on one line are unchanged.
 */
function placeFaults(n: FNode | undefined, cx: FaultCtx): void {
  if (n === undefined) return;
  placeFaults(n.l, cx);
  placeFaults(n.r, cx);
  placeFaults(n.x, cx);
  if (n.items !== undefined) for (const c of n.items) placeFaults(c, cx);
  const at = n.at;
  if (at === undefined || n.fault !== undefined || !RAISING.has(n.k)) return;
  const { owner, pos } = cx;
  const rep = owner[at];
  if (rep < 0 || at === rep || at + 1 >= owner.length) return;
  const own = offsetAt(cx.srcPos, at), fusedAt = offsetAt(pos, rep);
  if (own < 0 || fusedAt < 0 || own === fusedAt) return;
  const sameLine = cx.sameLine(own, fusedAt);
  if (sameLine && !COLUMN_FAULTS.has(n.k)) return;
  // the next word keeps the position it had (an instruction or word after it scanning back for
  // its line must not find this one)
  if (!cx.placed[at + 1] && pos[at + 1] < 0) pos[at + 1] = offsetAt(pos, at + 1);
  pos[at] = own;
  cx.placed[at] = 1;
  if (sameLine) {
    n.colFault = at;
    return;
  }
  n.fault = at;
  // an operator under it on the fused instruction's line reports that instruction, not this one
  claimInner(n.l, rep);
  claimInner(n.r, rep);
  claimInner(n.x, rep);
  if (n.items !== undefined) for (const c of n.items) claimInner(c, rep);
}

/** Give the raising nodes of a subtree that report nothing of their own the instruction `pc`. */
function claimInner(n: FNode | undefined, pc: number): void {
  if (n === undefined) return;
  if (n.fault === undefined && n.at !== undefined && RAISING.has(n.k)) n.fault = pc;
  claimInner(n.l, pc);
  claimInner(n.r, pc);
  claimInner(n.x, pc);
  if (n.items !== undefined) for (const c of n.items) claimInner(c, pc);
}

/** How many stack values a tree reads (one more than its deepest N_STACK). */
export function stackUse(n: FNode | undefined): number {
  if (n === undefined) return 0;
  if (n.k === N_STACK) return n.i! + 1;
  if (n.k === N_BLOCK) return 0;
  let m = Math.max(stackUse(n.l), stackUse(n.r), stackUse(n.x));
  if (n.items !== undefined) for (const c of n.items) m = Math.max(m, stackUse(c));
  return m;
}

/** A tagged operand word: `index << 2 | tag`. Locals and constants are read directly, which is
 * cheaper than calling a closure for a leaf. */
export const OPERAND_TREE = 0, OPERAND_LOCAL = 1, OPERAND_CONST = 2, OPERAND_GLOBAL = 3;

/** The value one instruction at `at` pushes, reading nothing else from the stack (a leaf, or a
 * fused tree or one-item list that reads no stack value), and where the instruction ends. */
function valueAt(code: number[], at: number, consts: Py[], trees: FNode[], lists: Int32Array[], listNodes: FNode[][]): { node: FNode; end: number } | null {
  switch (code[at]) {
    case O.LOAD_FAST:
      return { node: { k: N_LOCAL, i: code[at + 1], at }, end: at + 2 };
    case O.LOAD_CONST:
      return { node: { k: N_CONST, v: consts[code[at + 1]] }, end: at + 2 };
    case O.LOAD_NONE:
      return { node: { k: N_CONST, v: null }, end: at + 1 };
    case O.LOAD_GLOBAL:
      return { node: { k: N_GLOBAL, i: code[at + 1], at }, end: at + 2 };
    case O.FUSED_EXPR_SHORT:
    case O.FUSED_EXPR: {
      const t = trees[code[at + 1]];
      if (stackUse(t) !== 0) return null;
      return { node: t, end: code[at] === O.FUSED_EXPR ? at + code[at + 2] : at + 2 };
    }
    case O.FUSED_PUSH: {
      const l = code[at + 1];
      if (lists[l].length !== 1 || stackUse(listNodes[l][0]) !== 0) return null;
      return { node: listNodes[l][0], end: at + code[at + 2] };
    }
  }
  return null;
}

/** How many jumps land at each offset, and the offsets an exception range starts, ends or is
 * handled at (nothing is folded across them). */
function jumpRefs(code: number[], exc: Int32Array): { refs: Int32Array; pinned: Uint8Array } {
  const refs = new Int32Array(code.length + 1);
  for (let at = 0; at < code.length; at += 1 + OP_ARGS[code[at]]) if (IS_JUMP[code[at]]) refs[at + code[at + 1]]++;
  const pinned = new Uint8Array(code.length + 1);
  for (let i = 0; i < exc.length; i++) if (i % 4 !== 3) pinned[exc[i]] = 1;
  return { refs, pinned };
}

/**
 * Branches that only choose a value become one tree: `a if c else b` (a fused conditional jump
 * over one value and a JUMP over the other) and `a and b` / `a or b` as values (a
 * JUMP_IF_FALSE_OR_POP / JUMP_IF_TRUE_OR_POP over one value), when each part is one instruction
 * that pushes a value, all on one line, and nothing else jumps into them. One dispatch instead of
 * three or four, and a store or return right after joins the same instruction
 * (`key = w[0] if w else "?"`, `return a == b and c == d`).
 */
function foldValueBranches(
  code: number[], pos: number[], exc: Int32Array, consts: Py[], trees: FNode[], lists: Int32Array[], listNodes: FNode[][],
  sameLine: (a: number, b: number) => boolean, put: (at: number, stop: number, words: number[]) => void,
): void {
  const { refs, pinned } = jumpRefs(code, exc);
  const free = (from: number, to: number): boolean => {
    for (let i = from; i < to; i++) if (pinned[i]) return false;
    return true;
  };
  const line = (at: number) => offsetAt(pos, at);
  const depth = (...ns: FNode[]) => 1 + Math.max(...ns.map((n) => n.d ?? 1));
  // a chain (`a and b and c`: both jumps land after c) folds from its end, one link a pass
  for (let pass = 0, folded = true; folded && pass < 8; pass++) {
    folded = false;
    for (let at = 0; at < code.length;) {
      const op = code[at];
      let node: FNode | null = null;
      let end = 0;
      if ((op === O.FUSED_JUMP_IF_FALSE || op === O.FUSED_JUMP_IF_TRUE) && stackUse(trees[code[at + 2]]) === 0) {
        // [cond jump -> X] [A] [JUMP -> Y] X: [B] Y:
        const a = valueAt(code, at + code[at + 3], consts, trees, lists, listNodes);
        const j = a === null ? -1 : a.end;
        const x = at + code[at + 1];
        if (a !== null && code[j] === O.JUMP && code[j + 1] > 0 && x === j + 2 && refs[x] === 1 && refs[at + code[at + 3]] === 0 && refs[j] === 0) {
          const b = valueAt(code, x, consts, trees, lists, listNodes);
          const y = j + code[j + 1];
          if (b !== null && b.end === y && free(at + 1, y) && sameLine(line(at), line(x))) {
            const c = trees[code[at + 2]];
            const [t, f] = op === O.FUSED_JUMP_IF_FALSE ? [a.node, b.node] : [b.node, a.node];
            const d = depth(c, t, f);
            if (d <= MAX_TREE_DEPTH) {
              node = { k: N_IFEXP, x: c, l: t, r: f, d };
              refs[x]--;
              refs[y]--;
              end = y;
            }
          }
        }
      } else if (op !== O.NOP) {
        // [A] [JUMP_IF_FALSE_OR_POP / JUMP_IF_TRUE_OR_POP -> X] [B] X:
        const a = valueAt(code, at, consts, trees, lists, listNodes);
        const j = a === null ? -1 : a.end;
        if (a !== null && (code[j] === O.JUMP_IF_FALSE_OR_POP || code[j] === O.JUMP_IF_TRUE_OR_POP) && code[j + 1] > 0 && refs[j] === 0) {
          const x = j + code[j + 1];
          const b = valueAt(code, j + 2, consts, trees, lists, listNodes);
          if (b !== null && b.end === x && refs[j + 2] === 0 && free(at + 1, x) && sameLine(line(at), line(j + 2))) {
            const d = depth(a.node, b.node);
            if (d <= MAX_TREE_DEPTH) {
              node = { k: N_ANDOR, i: code[j] === O.JUMP_IF_FALSE_OR_POP ? 0 : 1, l: a.node, r: b.node, d };
              refs[x]--;
              end = x;
            }
          }
        }
      }
      if (node === null) {
        at += op === O.FUSED_JUMP_IF_FALSE || op === O.FUSED_JUMP_IF_TRUE ? code[at + 3] : 1 + OP_ARGS[op];
        continue;
      }
      // the value is stored or returned by the same instruction when nothing else jumps there
      const idx = trees.push(node) - 1;
      const next = refs[end] === 0 && !pinned[end] ? code[end] : -1;
      if (next === O.STORE_FAST) put(at, end + 2, [O.FUSED_STORE_FAST, idx, end + 2 - at, code[end + 1]]);
      else if (next === O.RETURN_VALUE) put(at, end + 1, [O.FUSED_RETURN, idx]);
      else put(at, end, [O.FUSED_EXPR, idx, end - at]);
      folded = true;
      // (stay at `at`: the new value may be part of an enclosing one, `(a and b) or c`)
    }
  }
}

/** Does the tree store into a local (an assignment or a walrus), so that it could rebind the
 * loop's list? With `i`, into that local only (cells are another namespace then). */
function storesLocal(n: FNode | undefined, i = -1): boolean {
  if (n === undefined) return false;
  if (i < 0 ? n.k === N_STORE_FAST || n.k === N_PSTORE || n.k === N_STORE_DEREF : (n.k === N_STORE_FAST && n.i === i) || (n.k === N_PSTORE && n.targets!.includes(i))) {
    return true;
  }
  if (n.items !== undefined && n.items.some((c) => storesLocal(c, i))) return true;
  return storesLocal(n.l, i) || storesLocal(n.r, i) || storesLocal(n.x, i);
}

/**
 * Loops the VM can run in one instruction: FOR_ITER_STORE into a local (or FOR_ITER_UNPACK into
 * several), then an optional fused
 * filter that jumps back to it (or to the loop's JUMP_FOR), then either a comprehension's one value
 * and LIST_APPEND / SET_ADD on one line, or a statement `out.append(value)` on a local `out`
 * (`for x in xs: if c: out.append(v)`), after fused statements or not, or one fused statement
 * or block of them, then the JUMP_FOR back,
 * with nothing else jumping in. The
 * FOR_ITER_STORE becomes FOR_ITER_APPEND and its plan is [value tree, filter tree or -1, LIST_APPEND
 * or SET_ADD (the target below on the stack) or -1 (list.append on a local) or -2 (the tree is a
 * statement, run for its effect), the target's stack
 * depth or local, what the JUMP_FOR charges the budget, what a filtered-out item charges, the
 * filter's offset, the value's offset, how many variables FOR_ITER_UNPACK unpacks or 0, the
 * tree of the statements before an append or -1, their offset]. The
 * instructions stay, for the iterators and targets the
 * VM does not handle itself (generators, a local that is no list) and for the end of a time slice.
 */
function comprehensionLoops(
  code: number[], pos: number[], jumps: { refs: Int32Array; pinned: Uint8Array }, consts: Py[], names: string[], trees: FNode[],
  lists: Int32Array[], listNodes: FNode[][], sameLine: (a: number, b: number) => boolean,
): Map<number, Int32Array> | null {
  let loops: Map<number, Int32Array> | null = null;
  const { refs, pinned } = jumps;
  for (let p = 0; p < code.length; p += 1 + OP_ARGS[code[p]]) {
    if (code[p] !== O.FOR_ITER_STORE && code[p] !== O.FOR_ITER_UNPACK) continue;
    const end = p + code[p + 1], t = end - 2;
    if (code[t] !== O.JUMP_FOR || t + code[t + 1] !== p) continue;
    const back = code[t + 1] - 1;
    // the loop's variables: one STORE_FAST, or FOR_ITER_UNPACK's n (UNPACK_SEQUENCE n, n STORE_FASTs)
    const n = code[p] === O.FOR_ITER_UNPACK ? code[p + 3] : 0;
    const slots: number[] = [];
    if (n === 0) slots.push(code[p + 3]);
    else for (let k = 0; k < n; k++) slots.push(code[p + 5 + 2 * k]);
    let q = p + 4 + 2 * n, cond = -1, skip = 0, qpc = -1, jumpsIn = 1, toJump = 0;
    if (code[q] === O.FUSED_JUMP_IF_FALSE && stackUse(trees[code[q + 2]]) === 0 && !storesLocal(trees[code[q + 2]])) {
      const to = q + code[q + 1];
      if (to !== p && to !== t) continue;
      cond = code[q + 2];
      // (a jump back to the loop is charged as such; one to its JUMP_FOR, by that jump)
      skip = to === p ? code[q + 1] - 1 : back;
      if (to === p) jumpsIn = 2;
      else toJump = 1;
      qpc = q;
      q += code[q + 3];
    }
    // `out.append(v)` as the body's last statement, its POP_TOP and the JUMP_FOR
    const appendAt = (r: number) =>
      code[r] === O.CALL_METHOD_FUSED && code[r + 2] === 1 && (code[r + 3] & 3) === OPERAND_LOCAL && names[code[r + 4]] === "append" &&
      lists[code[r + 6]].length === 1 && code[r + code[r + 1]] === O.POP_TOP && r + code[r + 1] + 1 === t;
    // fused statements before it (`x = f(x); out.append(x)`), run before each value (measured:
    // `x = (x * 75 + 74) % m; out.append(x % 12)` 0.53x)
    let pre: FNode | null = null, prePc = -1;
    if ((code[q] === O.FUSED_STMT || code[q] === O.FUSED_STORE_FAST) && stackUse(trees[code[q + 1]]) === 0 && appendAt(q + code[q + 2])) {
      const st = trees[code[q + 1]];
      pre = code[q] === O.FUSED_STMT ? st : { k: N_STORE_FAST, i: code[q + 3], x: st, d: (st.d ?? 1) + 1 };
      prePc = q;
      q += code[q + 2];
    }
    let value: FNode, kind: number, where: number;
    const a = pre !== null ? null : valueAt(code, q, consts, trees, lists, listNodes);
    if (a !== null && (code[a.end] === O.LIST_APPEND || code[a.end] === O.SET_ADD) && a.end + 2 === t) {
      // a comprehension (one line: its errors are reported at the loop's line)
      if (!sameLine(offsetAt(pos, p), offsetAt(pos, q))) continue;
      value = a.node;
      kind = code[a.end];
      where = code[a.end + 1];
    } else if (appendAt(q)) {
      value = listNodes[code[q + 6]][0];
      kind = -1;
      where = code[q + 3] >> 2;
      // (the list is read before each item: not the loop's own variable, nor one the statements
      // before the append store)
      if (slots.includes(where) || (pre !== null && storesLocal(pre, where))) continue;
    } else if (pre === null && (code[q] === O.FUSED_STMT || code[q] === O.FUSED_STORE_FAST) && q + code[q + 2] === t) {
      // one fused statement or block of them per item: `for ch in s: h = (h * 31 + ord(ch)) % m`
      const st = trees[code[q + 1]];
      if (stackUse(st) !== 0) continue;
      value = code[q] === O.FUSED_STMT ? st : { k: N_STORE_FAST, i: code[q + 3], x: st, d: (st.d ?? 1) + 1 };
      kind = -2;
      where = 0;
    } else continue;
    if (stackUse(value) !== 0 || (kind !== -2 && storesLocal(value))) continue;
    let clean = refs[p] === jumpsIn && refs[t] === toJump;
    for (let i = p + 1; i < end && clean; i++) if ((i !== t && refs[i] !== 0) || pinned[i]) clean = false;
    if (!clean) continue;
    trees.push(value);
    const vi = trees.length - 1;
    if (pre !== null) trees.push(pre);
    (loops ??= new Map()).set(p, Int32Array.of(vi, cond, kind, where, back, skip, qpc, q, n, pre !== null ? trees.length - 1 : -1, prePc));
    code[p] = O.FOR_ITER_APPEND;
  }
  return loops;
}

/**
 * A generator expression's loop: FOR_ITER_STORE into a local, an optional fused filter jumping
 * back to it, one value, YIELD_VALUE, POP_TOP and the JUMP_FOR back, on one line with nothing
 * else jumping in. Its plan [FOR_ITER_STORE offset, value tree, filter tree or -1, YIELD_VALUE
 * offset, the JUMP_FOR's offset, the filter jump's offset] lets the VM produce the next item
 * without running the frame (Interp.yieldLoopNext), when the generator is resumed from native code.
 */
function yieldLoopOf(
  code: number[], pos: number[], exc: Int32Array, refs: Int32Array, consts: Py[], trees: FNode[], lists: Int32Array[],
  listNodes: FNode[][], sameLine: (a: number, b: number) => boolean,
): Int32Array | null {
  if (exc.length > 0) return null;
  for (let p = 0; p < code.length; p += 1 + OP_ARGS[code[p]]) {
    if (code[p] !== O.FOR_ITER_STORE) continue;
    const end = p + code[p + 1];
    let q = p + 4, cond = -1, dc = 0, jumpsIn = 1;
    if (code[q] === O.FUSED_JUMP_IF_FALSE && q + code[q + 1] === p && stackUse(trees[code[q + 2]]) === 0) {
      cond = code[q + 2];
      dc = code[q + 1];
      jumpsIn = 2;
      q += code[q + 3];
    }
    const a = valueAt(code, q, consts, trees, lists, listNodes);
    if (a === null || stackUse(a.node) !== 0) continue;
    const y = a.end, t = y + 2;
    if (code[y] !== O.YIELD_VALUE || code[y + 1] !== O.POP_TOP || code[t] !== O.JUMP_FOR || t + code[t + 1] !== p || t + 2 !== end) continue;
    let clean = refs[p] === jumpsIn;
    for (let i = p + 1; i < end && clean; i++) if (refs[i] !== 0) clean = false;
    if (!clean || !sameLine(offsetAt(pos, p), offsetAt(pos, q)) || !sameLine(offsetAt(pos, p), offsetAt(pos, y))) continue;
    trees.push(a.node);
    return Int32Array.of(p, trees.length - 1, cond, y, code[t + 1], dc);
  }
  return null;
}

/**
 * Fuse expression runs in `code` (in place). Returns the trees, indexed by the fused
 * instructions' operands.
 */
export function fuseExpressions(
  code: number[], pos: number[], exc: Int32Array, consts: Py[], names: string[], globalNames: readonly string[],
  /** May calls of the builtin of this name be fused (the module never binds the name itself)? */
  builtinFusable: (name: string) => boolean,
  /** Are two source offsets on one line (an error in a merged condition reports the first)? */
  sameLine: (a: number, b: number) => boolean,
  /** The module's words left to fuse (see MAX_FUSED_WORDS), charged for this code. */
  budget: { words: number },
  /** How many locals, the first ones, are bound when the code starts (its parameters). */
  params = 0,
): Fused {
  if (code.length > budget.words) return { trees: [], lists: [], treePops: NO_I8, listPops: NO_I8, listFaults: [], loops: null, yieldLoop: null };
  budget.words -= code.length;
  // the instructions as compiled, for the questions asked after fusion (readAfterCall)
  const raw = code.slice();
  const trees: FNode[] = [];
  const lists: Int32Array[] = [];
  const boundary = jumpTargets(code, exc);
  // each word's fused instruction (the last one written over it), for the fault positions
  const owner = new Int32Array(code.length).fill(-1);
  const srcPos = pos.slice();
  for (let i = 0; i < exc.length; i += 4) {
    boundary[exc[i]] = 1;
    boundary[exc[i + 1]] = 1;
  }
  let sym: Sym[] = [];

  const operand = (node: FNode): number => {
    if (node.k === N_LOCAL) return (node.i! << 2) | OPERAND_LOCAL;
    if (node.k === N_CONST) return (constIndex(node.v!) << 2) | OPERAND_CONST;
    if (node.k === N_GLOBAL) return (node.i! << 2) | OPERAND_GLOBAL;
    trees.push(node);
    return ((trees.length - 1) << 2) | OPERAND_TREE;
  };
  // each list's nodes, for the fault positions of the leaves read in place
  const listNodes: FNode[][] = [];
  const list = (nodes: FNode[]): number => {
    lists.push(Int32Array.from(nodes.map(operand)));
    listNodes.push(nodes);
    return lists.length - 1;
  };
  let constMap: Map<Py, number> | null = null;
  const constIndex = (v: Py): number => {
    if (constMap === null) {
      // (a literal with many constants must not make this quadratic)
      constMap = new Map();
      for (let i = consts.length - 1; i >= 0; i--) constMap.set(consts[i], i);
    }
    let i = constMap.get(v);
    if (i === undefined) {
      i = consts.push(v) - 1;
      constMap.set(v, i);
    }
    return i;
  };

  /** Push the first n pending trees with one instruction ending at `stop`, when that saves
   * dispatches; the rest of the run is left as it is. */
  const pushRun = (n: number, stop: number) => {
    let work = n > 1 ? 1 : 0;
    for (let t = 0; t < n; t++) work += sym[t].ops;
    if (n === 1 && work > 0 && stop - sym[0].start === 2) {
      // two one-word operators on stack values (`x % len(y)` then a subscript, ...)
      trees.push(sym[0].node);
      put(sym[0].start, stop, [O.FUSED_EXPR_SHORT, trees.length - 1]);
      return;
    }
    if (work > 0 && stop - sym[0].start >= 1 + OP_ARGS[O.FUSED_PUSH]) {
      const nodes: FNode[] = [];
      for (let t = 0; t < n; t++) nodes.push(sym[t].node);
      put(sym[0].start, stop, [O.FUSED_PUSH, list(nodes), stop - sym[0].start]);
    }
  };

  const put = (at: number, stop: number, words: number[]) => {
    if (words.length > stop - at) throw new Error(`internal: fused instruction longer than the run it replaces at ${at}`);
    owner.fill(at, at, stop);
    for (let i = 0; i < words.length; i++) code[at + i] = words[i];
    for (let i = at + words.length; i < stop; i++) {
      code[i] = O.NOP;
      pos[i] = pos[at];
    }
  };

  /** Emit the pending trees; `endAt` is the instruction that stopped the run. Returns how many
   * words of that instruction were absorbed (0 when it still runs by itself). */
  const flush = (endAt: number): number => {
    if (sym.length === 0) return 0;
    const term = endAt < code.length && !boundary[endAt] ? code[endAt] : -1;
    let absorbed = 0;
    let n = sym.length;
    const last = sym[n - 1];
    // the last tree may feed a store or a conditional jump
    if (term === O.STORE_FAST && last.ops === 0 && (last.node.k === N_CONST || last.node.k === N_LOCAL) && endAt + 2 - last.start === 4) {
      // plain moves: one instruction instead of a load and a store
      const stop = endAt + 2;
      const t = last.node;
      if (t.k === N_CONST) put(last.start, stop, [O.STORE_CONST_FAST, constIndex(t.v!), code[endAt + 1], 0]);
      else put(last.start, stop, [O.MOVE_FAST, t.i!, code[endAt + 1], 0]);
      absorbed = 2;
      n--;
    } else if (term === O.STORE_FAST || term === O.POP_JUMP_IF_FALSE || term === O.POP_JUMP_IF_TRUE || term === O.STORE_GLOBAL ||
      term === O.STORE_DEREF || term === O.POP_TOP) {
      const stop = endAt + 1 + OP_ARGS[term];
      if (term === O.STORE_FAST && last.ops > 0 && stop - last.start === 3) {
        // `acc += f(x)`: an operator on stack values, then the store
        trees.push(last.node);
        put(last.start, stop, [O.FUSED_STORE_FAST_SHORT, trees.length - 1, code[endAt + 1]]);
        absorbed = stop - endAt;
        n--;
      } else if ((last.ops > 0 || term === O.POP_JUMP_IF_FALSE || term === O.POP_JUMP_IF_TRUE) && stop - last.start >= 4) {
        const idx = trees.length;
        if (term === O.STORE_FAST) {
          trees.push(last.node);
          put(last.start, stop, [O.FUSED_STORE_FAST, idx, stop - last.start, code[endAt + 1]]);
        } else if (term === O.POP_JUMP_IF_FALSE || term === O.POP_JUMP_IF_TRUE) {
          const target = endAt + code[endAt + 1];
          trees.push(last.node);
          put(last.start, stop, [term === O.POP_JUMP_IF_FALSE ? O.FUSED_JUMP_IF_FALSE : O.FUSED_JUMP_IF_TRUE, target - last.start, idx, stop - last.start]);
        } else {
          const k = term === O.STORE_GLOBAL ? N_STORE_GLOBAL : term === O.STORE_DEREF ? N_STORE_DEREF : N_DISCARD;
          trees.push({ k, i: code[endAt + 1], x: last.node });
          put(last.start, stop, [O.FUSED_STMT, idx, stop - last.start]);
        }
        absorbed = stop - endAt;
        n--;
      }
    } else if (term === O.RETURN_VALUE) {
      const stop = endAt + 1;
      const t = last.node;
      if (t.k === N_CONST) put(last.start, stop, [O.RETURN_CONST, constIndex(t.v!)]);
      else if (t.k === N_LOCAL) put(last.start, stop, [O.RETURN_FAST, t.i!]);
      else {
        trees.push(t);
        put(last.start, stop, [O.FUSED_RETURN, trees.length - 1]);
      }
      absorbed = 1;
      n--;
    } else if (
      (term === O.CALL || term === O.CALL_KW) && n >= code[endAt + 1] + 1 && code[endAt + 1] < 16 &&
      sym[n - code[endAt + 1] - 1].pops === 0
    ) {
      const argc = code[endAt + 1];
      const first = sym[n - argc - 1];
      const stop = endAt + 1 + OP_ARGS[term];
      // a call placed on another line than its callee's first instruction (where the expression
      // starts, `(-\n x)()`, or at a method's name, `(o\n .m)()`) is left unfused: its callee's
      // errors and the call report different lines (rare)
      const callPos = pos[endAt];
      if (stop - first.start >= 1 + OP_ARGS[O.CALL_FUSED] && (callPos < 0 || sameLine(callPos, offsetAt(pos, first.start)))) {
        const nodes: FNode[] = [];
        for (let t = n - argc - 1; t < n; t++) nodes.push(sym[t].node);
        put(first.start, stop, [O.CALL_FUSED, stop - first.start, argc, list(nodes), term === O.CALL_KW ? code[endAt + 2] : -1]);
        absorbed = stop - endAt;
        n -= argc + 1;
      }
    } else if (term === O.STORE_SUBSCR && n >= 3) {
      const [v, o, k] = sym.slice(n - 3);
      const stop = endAt + 1;
      const idx = trees.length;
      trees.push({ k: N_STORE_SUBSCR, x: v.node, l: o.node, r: k.node, at: endAt });
      put(v.start, stop, [O.FUSED_STMT, idx, stop - v.start]);
      absorbed = 1;
      n -= 3;
    } else if (term === O.STORE_ATTR && n >= 2) {
      const [v, o] = sym.slice(n - 2);
      const stop = endAt + 3;
      const idx = trees.length;
      trees.push({ k: N_STORE_ATTR, x: v.node, l: o.node, v: names[code[endAt + 1]], at: endAt });
      put(v.start, stop, [O.FUSED_STMT, idx, stop - v.start]);
      absorbed = 3;
      n -= 2;
    }
    // the rest: push them all with one instruction when that saves dispatches
    if (n > 0) pushRun(n, n < sym.length ? sym[n].start : endAt);
    sym = [];
    return absorbed;
  };

  /** Try the augmented-subscript pattern at a DUP_TOP_TWO; returns the words consumed or 0. */
  const augSubscr = (at: number): number => {
    // o k DUP_TOP_TWO BINARY_SUBSCR <rhs> INPLACE_op ROT_THREE STORE_SUBSCR
    if (sym.length < 2 || code[at + 1] !== O.BINARY_SUBSCR || sym[sym.length - 2].pops > 0) return 0;
    const r = augValue(at + 2);
    if (r === null) return 0;
    const { node, end } = r;
    if (code[end] !== O.ROT_THREE || code[end + 1] !== O.STORE_SUBSCR || boundary[end] || boundary[end + 1]) return 0;
    const [o, k] = sym.slice(sym.length - 2);
    const stop = end + 2;
    sym.length -= 2;
    if (sym.length > 0) flushBefore(o.start);
    const idx = trees.length;
    trees.push({ k: N_AUG_SUBSCR, l: o.node, r: k.node, x: node });
    put(o.start, stop, [O.FUSED_STMT, idx, stop - o.start]);
    return stop - at;
  };

  /** Try the augmented-attribute pattern at a DUP_TOP: o DUP_TOP LOAD_ATTR a <rhs> INPLACE_op ROT_TWO STORE_ATTR a */
  const augAttr = (at: number): number => {
    if (sym.length < 1 || code[at + 1] !== O.LOAD_ATTR || boundary[at + 1] || sym[sym.length - 1].pops > 0) return 0;
    const name = code[at + 2];
    const r = augValue(at + 4);
    if (r === null) return 0;
    const { node, end } = r;
    if (code[end] !== O.ROT_TWO || code[end + 1] !== O.STORE_ATTR || code[end + 2] !== name || boundary[end] || boundary[end + 1]) {
      return 0;
    }
    const o = sym[sym.length - 1];
    // an attribute named on a later line than its object starts (`(o\n .x) += v`) has its load
    // and store reported there and the operator on the statement's line: left unfused (rare)
    if (pos[at + 1] >= 0 && !sameLine(pos[at + 1], offsetAt(pos, o.start))) return 0;
    const stop = end + 4;
    sym.length -= 1;
    if (sym.length > 0) flushBefore(o.start);
    const idx = trees.length;
    trees.push({ k: N_AUG_ATTR, l: o.node, v: names[name], x: node });
    put(o.start, stop, [O.FUSED_STMT, idx, stop - o.start]);
    return stop - at;
  };

  /** Flush the pending trees that precede `start` as pushes. */
  const flushBefore = (start: number) => {
    pushRun(sym.length, start);
    sym = [];
  };

  /** Parse the value of an augmented assignment: `current <op>= <rhs>`, where the current value
   * is already on the stack. Returns the tree (an in-place operator whose left operand is
   * N_CURRENT) and the position after the operator. */
  const augValue = (from: number): { node: FNode; end: number } | null => {
    const stack: FNode[] = [{ k: N_CURRENT }];
    let at = from;
    while (at < code.length) {
      if (boundary[at]) return null;
      const op = code[at];
      const node = leaf(op, at);
      if (node !== null) stack.push(node);
      else if (!combine(op, at, stack)) break;
      at += 1 + OP_ARGS[op];
      if (op >= O.INPLACE_ADD && op <= O.INPLACE_MATMUL) break;
    }
    const top = stack[0];
    if (stack.length !== 1 || top.k !== N_BIN || top.op! < O.INPLACE_ADD || top.op! > O.INPLACE_MATMUL || top.l!.k !== N_CURRENT) {
      return null;
    }
    return { node: top, end: at };
  };

  /** `a, b = x, y` (a tuple display unpacked straight into locals): one statement. */
  const parallelStore = (at: number): number => {
    const last = sym[sym.length - 1];
    const n = code[at + 1];
    if (last.node.k !== N_TUPLE || last.node.items!.length !== n || last.pops > 0) return 0;
    const targets: number[] = [];
    let p = at + 2;
    for (let i = 0; i < n; i++, p += 2) {
      if (code[p] !== O.STORE_FAST || boundary[p]) return 0;
      targets.push(code[p + 1]);
    }
    sym.length -= 1;
    if (sym.length > 0) flushBefore(last.start);
    trees.push({ k: N_PSTORE, items: last.node.items, targets });
    put(last.start, p, [O.FUSED_STMT, trees.length - 1, p - last.start]);
    return p - at;
  };

  /** A method call `recv.name(args)` whose receiver is the last pending tree and whose arguments
   * are all fusable: one CALL_METHOD_FUSED. Returns the words consumed from `at` or 0. */
  const methodCall = (at: number): number => {
    if (sym.length < 1 || boundary[at] || sym[sym.length - 1].pops > 0) return 0;
    const args: FNode[] = [];
    let p = at + 1 + OP_ARGS[O.LOAD_METHOD];
    while (p < code.length && !boundary[p]) {
      const op = code[p];
      if (op === O.CALL_METHOD) break;
      const node = leaf(op, p);
      if (node !== null) args.push(node);
      else if (!combine(op, p, args)) return 0;
      p += 1 + OP_ARGS[op];
    }
    if (p >= code.length || boundary[p] || code[p] !== O.CALL_METHOD || code[p + 1] !== args.length || args.length > 15) return 0;
    const recv = sym[sym.length - 1];
    // a method named on a later line than its receiver starts (`(s\n .upper())`) has its lookup
    // and call reported there and the receiver's errors on its own line: left unfused (rare)
    if (pos[at] >= 0 && !sameLine(pos[at], offsetAt(pos, recv.start))) return 0;
    const stop = p + 1 + OP_ARGS[O.CALL_METHOD];
    if (stop - recv.start < 1 + OP_ARGS[O.CALL_METHOD_FUSED]) return 0; // (a one-word receiver: no room)
    sym.length -= 1;
    if (sym.length > 0) flushBefore(recv.start);
    const r = operand(recv.node);
    put(recv.start, stop, [O.CALL_METHOD_FUSED, stop - recv.start, args.length, r, code[at + 1], code[at + 2], list(args)]);
    return stop - at;
  };

  const leaf = (op: number, at: number): FNode | null => {
    switch (op) {
      case O.LOAD_FAST:
        return { k: N_LOCAL, i: code[at + 1], at };
      case O.LOAD_CONST:
        return { k: N_CONST, v: consts[code[at + 1]] };
      case O.LOAD_NONE:
        return { k: N_CONST, v: null };
      case O.LOAD_GLOBAL:
        return { k: N_GLOBAL, i: code[at + 1], at };
      case O.LOAD_DEREF:
        return { k: N_DEREF, i: code[at + 1], at };
    }
    return null;
  };

  /** Would a node over the top k trees be too deep? */
  const tooDeep = (st: FNode[], k: number): boolean => {
    for (let i = Math.max(0, st.length - k); i < st.length; i++) if ((st[i].d ?? 1) + 1 > MAX_TREE_DEPTH) return true;
    return false;
  };

  /** Apply an operator instruction to a tree stack; false when it is not fusable here. */
  const combine = (op: number, at: number, st: FNode[]): boolean => {
    const ok = combineOp(op, at, st);
    if (ok) {
      // the new node's depth: one more than its deepest operand
      const n = st[st.length - 1];
      n.at = at;
      let d = 0;
      for (const c of [n.l, n.r, n.x]) if (c !== undefined) d = Math.max(d, c.d ?? 1);
      if (n.items !== undefined) for (const c of n.items) d = Math.max(d, c.d ?? 1);
      n.d = d + 1;
    }
    return ok;
  };

  const combineOp = (op: number, at: number, st: FNode[]): boolean => {
    const two = (isBinary(op) && op !== O.BINARY_MATMUL && op !== O.INPLACE_MATMUL) || op === O.BINARY_SUBSCR ||
      op === O.IS_OP || op === O.CONTAINS_OP;
    if (two) {
      if (st.length < 2 || tooDeep(st, 2)) return false;
      const r = st.pop()!, l = st.pop()!;
      if (op === O.BINARY_SUBSCR) st.push({ k: N_SUBSCR, l, r });
      else if (op === O.IS_OP) st.push({ k: N_IS, i: code[at + 1], l, r });
      else if (op === O.CONTAINS_OP) st.push({ k: N_IN, i: code[at + 1], l, r });
      else st.push({ k: N_BIN, op, l, r });
      return true;
    }
    switch (op) {
      case O.UNARY_NEG:
      case O.UNARY_NOT:
      case O.UNARY_INVERT:
      case O.UNARY_POS:
        if (st.length < 1 || tooDeep(st, 1)) return false;
        st.push({ k: N_UN, op, l: st.pop()! });
        return true;
      case O.LOAD_ATTR:
        if (st.length < 1 || tooDeep(st, 1)) return false;
        st.push({ k: N_ATTR, v: names[code[at + 1]], l: st.pop()! });
        return true;
      case O.BINARY_SLICE:
        if (st.length < 3 || tooDeep(st, 3)) return false;
        {
          const hi = st.pop()!, lo = st.pop()!, o = st.pop()!;
          st.push({ k: N_SLICE, l: o, r: lo, x: hi });
        }
        return true;
      case O.CALL: {
        // a builtin called with 1-3 positional arguments (see N_BCALL)
        const argc = code[at + 1];
        if (argc < 1 || argc > 3 || st.length < argc + 1 || tooDeep(st, argc + 1)) return false;
        const callee = st[st.length - argc - 1];
        if (callee.k !== N_GLOBAL) return false;
        const name = globalNames[callee.i!];
        if (!FUSED_BUILTINS.has(name) || !builtinFusable(name)) return false;
        const items = st.splice(st.length - argc, argc);
        st.pop();
        st.push({ k: N_BCALL, i: callee.i, v: name, items });
        return true;
      }
      case O.BUILD_TUPLE:
      case O.BUILD_LIST: {
        const n = code[at + 1];
        if (st.length < n || n > 8 || tooDeep(st, n)) return false;
        const items = st.splice(st.length - n, n);
        st.push({ k: op === O.BUILD_TUPLE ? N_TUPLE : N_LIST, items });
        return true;
      }
      case O.FORMAT_VALUE: {
        // (an f-string was a dispatch per field and one to join them, out of the loop's fast cases)
        const flags = code[at + 1], k = flags & 4 ? 2 : 1;
        if (st.length < k || tooDeep(st, k)) return false;
        const r = k === 2 ? st.pop()! : undefined;
        st.push({ k: N_FMT, i: flags, l: st.pop()!, r });
        return true;
      }
      case O.BUILD_STRING: {
        const n = code[at + 1];
        if (st.length < n || n > 16 || tooDeep(st, n)) return false;
        st.push({ k: N_STR, items: st.splice(st.length - n, n) });
        return true;
      }
    }
    return false;
  };

  for (let at = 0; at < code.length;) {
    const op = code[at];
    let len = 1 + OP_ARGS[op];
    if (boundary[at]) flush(at);
    const l = leaf(op, at);
    if (l !== null) {
      sym.push({ node: l, start: at, ops: 0, pops: 0 });
    } else if (op === O.DUP_TOP_TWO && !boundary[at]) {
      const used = augSubscr(at);
      if (used > 0) len = used;
      else flush(at);
    } else if (op === O.LOAD_METHOD && sym.length > 0) {
      const used = methodCall(at);
      if (used > 0) len = used;
      else flush(at);
    } else if (op === O.UNPACK_SEQUENCE && sym.length > 0 && !boundary[at]) {
      const used = parallelStore(at);
      if (used > 0) len = used;
      else flush(at);
    } else if (op === O.DUP_TOP && !boundary[at]) {
      const used = augAttr(at);
      if (used > 0) len = used;
      else flush(at);
    } else {
      // the operator reads at most the top COMBINE_WINDOW trees (or the operands it takes, when
      // more): only those are copied, so a long run (a literal of thousands of items) costs the
      // same per operator as a short one
      const need = !boundary[at] ? operandsOf(code, at) : 0;
      const st: FNode[] = [];
      for (let t = Math.max(0, sym.length - Math.max(COMBINE_WINDOW, need)); t < sym.length; t++) st.push(sym[t].node);
      const before = st.length;
      // operands missing from the whole run are the values below it on the VM stack
      const runPops = sym.length > 0 ? sym[0].pops : 0;
      let borrowed = 0;
      if (need > st.length && st.length === sym.length && runPops + need - st.length <= 4) {
        borrowed = need - st.length;
        for (let b = 0; b < borrowed; b++) st.unshift({ k: N_STACK, i: runPops + b });
      }
      if (combine(op, at, st)) {
        // rebuild the Sym entries: the operator merged the last k entries (and any borrowed
        // stack values) into one
        const merged = before - st.length + 1;
        const parts = sym.splice(sym.length - merged, merged);
        let ops = 1;
        for (const p of parts) ops += p.ops;
        // only a tree that starts the run can read the stack
        const pops = sym.length === 0 ? runPops + borrowed : 0;
        sym.push({ node: st[st.length - 1], start: parts.length > 0 ? parts[0].start : at, ops, pops });
      } else {
        const absorbed = flush(at);
        if (absorbed > 0) len = absorbed;
      }
    }
    at += len;
  }
  flush(code.length);
  readAfterCall(code, pos, owner, raw, exc, trees, boundary, params);

  // a chain of fused conditions (`if a or b or c:`, `while x and y:`) becomes one conditional
  // jump whose tree short-circuits: one dispatch instead of one per operand
  const isCond = (at: number) => (code[at] === O.FUSED_JUMP_IF_FALSE || code[at] === O.FUSED_JUMP_IF_TRUE) && stackUse(trees[code[at + 2]]) === 0;
  for (let at = 0; at < code.length;) {
    const len = code[at] === O.FUSED_JUMP_IF_FALSE || code[at] === O.FUSED_JUMP_IF_TRUE ? code[at + 3] : 1 + OP_ARGS[code[at]];
    const next = at + len;
    if (!isCond(at) || next >= code.length || !isCond(next) || boundary[next] || !sameLine(pos[at], pos[next])) {
      at = next;
      continue;
    }
    const ifTrue1 = code[at] === O.FUSED_JUMP_IF_TRUE, ifTrue2 = code[next] === O.FUSED_JUMP_IF_TRUE;
    const t1 = at + code[at + 1], t2 = next + code[next + 1];
    const after = next + code[next + 3];
    // both jump to the same place on the same outcome (`a or b` on true, `a and b` on false), or
    // the first skips the second (`a or b` then a jump on false, `a and b` then a jump on true):
    // either way `a` decides as the first jump did, so the merged test is `a or b` / `a and b`
    const same = t1 === t2 && ifTrue1 === ifTrue2;
    const l = trees[code[at + 2]], r = trees[code[next + 2]];
    const d = Math.max(l.d ?? 1, r.d ?? 1) + 1;
    if (!(same || (t1 === after && ifTrue1 !== ifTrue2)) || d > MAX_TREE_DEPTH) {
      at = next;
      continue;
    }
    trees.push({ k: N_COND, i: ifTrue1 ? 1 : 0, l, r, d });
    const op = same ? code[at] : code[next], target = same ? t1 : t2;
    put(at, after, [op, target - at, trees.length - 1, after - at]);
    // (stay at `at`: the merged jump may combine with the next one)
  }

  foldValueBranches(code, pos, exc, consts, trees, lists, listNodes, sameLine, put);

  // a loop's FOR_ITER stores straight into the target local, or unpacks into the target locals;
  // the jump back to it (later in the code, so after its rewrite) runs it without a dispatch
  for (let at = 0; at < code.length; at += 1 + OP_ARGS[code[at]]) {
    const op = code[at];
    if (op === O.FOR_ITER && !boundary[at + 2]) {
      if (code[at + 2] === O.STORE_FAST) code[at] = O.FOR_ITER_STORE;
      else if (code[at + 2] === O.UNPACK_SEQUENCE && unpacksToLocals(code, boundary, at + 2)) code[at] = O.FOR_ITER_UNPACK;
    } else if (op === O.JUMP && code[at + 1] < 0) {
      const t = code[at + code[at + 1]];
      if (t === O.FOR_ITER || t === O.FOR_ITER_STORE || t === O.FOR_ITER_UNPACK) code[at] = O.JUMP_FOR;
    }
  }
  // a jump forward to a loop's jump back (the end of a `try` body or of an `if` branch as the
  // loop's last statement) goes back itself: one dispatch less per item
  for (let at = 0; at < code.length; at += 1 + OP_ARGS[code[at]]) {
    if (code[at] !== O.JUMP || code[at + 1] <= 0) continue;
    const j = at + code[at + 1];
    if (code[j] === O.JUMP_FOR && j + code[j + 1] < at) {
      code[at] = O.JUMP_FOR;
      code[at + 1] = j + code[j + 1] - at;
    }
  }

  // consecutive fused statements become one block (the statements' own instructions stay for
  // tracebacks; nothing jumps into the middle of a block)
  // (a copy between locals and a constant stored into one join a block: `w = x`, `n = 0`)
  const isCopy = (at: number) => code[at] === O.MOVE_FAST || code[at] === O.STORE_CONST_FAST;
  const isStmt = (at: number) =>
    isCopy(at) || ((code[at] === O.FUSED_STMT || code[at] === O.FUSED_STORE_FAST) && stackUse(trees[code[at + 1]]) === 0);
  const stmtTree = (at: number): FNode => {
    if (code[at] === O.MOVE_FAST) return { k: N_STORE_FAST, i: code[at + 2], x: { k: N_LOCAL, i: code[at + 1] }, d: 2 };
    if (code[at] === O.STORE_CONST_FAST) return { k: N_STORE_FAST, i: code[at + 2], x: { k: N_CONST, v: consts[code[at + 1]] }, d: 2 };
    const t = trees[code[at + 1]];
    return code[at] === O.FUSED_STMT ? t : { k: N_STORE_FAST, i: code[at + 3], x: t };
  };
  const skipOf = (at: number) => isCopy(at) ? 4 : code[at + 2];
  const formBlocks = (): boolean => {
    let formed = false;
    for (let at = 0; at < code.length;) {
      if (!isStmt(at)) {
        at += 1 + OP_ARGS[code[at]];
        continue;
      }
      const items: FNode[] = [stmtTree(at)];
      const pcs = [at];
      let end = at + skipOf(at);
      while (end < code.length && isStmt(end) && !boundary[end]) {
        items.push(stmtTree(end));
        pcs.push(end);
        end += skipOf(end);
      }
      if (items.length > 1 && !pcs.every(isCopy)) {
        const idx = trees.length;
        trees.push({ k: N_BLOCK, items, pcs });
        // (FUSED_STMT has one word fewer than these)
        const longer = code[at] === O.FUSED_STORE_FAST || isCopy(at);
        code[at] = O.FUSED_STMT;
        code[at + 1] = idx;
        code[at + 2] = end - at;
        if (longer) code[at + 3] = O.NOP;
        formed = true;
      }
      at = end;
    }
    return formed;
  };
  // `if c: A` and `if c: A else: B` whose condition reads no stack value and whose branches are
  // each one fused statement or block, with nothing jumping into them, become one statement (a
  // block can then take it in: loops whose body has an `if` run as one instruction, see
  // comprehensionLoops); the branches' instructions stay for tracebacks, the jumps go
  const foldIfs = (): boolean => {
    const { refs, pinned } = jumpRefs(code, exc);
    const free = (from: number, to: number): boolean => {
      for (let i = from; i < to; i++) if (pinned[i]) return false;
      return true;
    };
    let folded = false;
    for (let at = 0; at < code.length;) {
      const op = code[at];
      if (op !== O.FUSED_JUMP_IF_FALSE && op !== O.FUSED_JUMP_IF_TRUE) {
        at += 1 + OP_ARGS[op];
        continue;
      }
      // the condition c, its jump's target x, the statement after it q
      const c = trees[code[at + 2]], x = at + code[at + 1], q = at + code[at + 3];
      let node: FNode | null = null, end = -1, j = -1;
      if (x > at && stackUse(c) === 0 && isStmt(q) && refs[q] === 0 && !boundary[q]) {
        const a = q + skipOf(q);
        if (a === x && free(at + 1, x)) {
          node = { k: N_IF, i: op === O.FUSED_JUMP_IF_TRUE ? 1 : 0, l: c, x: stmtTree(q), pcs: [q] };
          end = x;
        } else if (code[a] === O.JUMP && code[a + 1] > 0 && a + 2 === x && refs[a] === 0 && refs[x] === 1 && isStmt(x)) {
          const y = a + code[a + 1];
          if (x + skipOf(x) === y && free(at + 1, y)) {
            node = { k: N_IF, i: op === O.FUSED_JUMP_IF_TRUE ? 1 : 0, l: c, x: stmtTree(q), r: stmtTree(x), pcs: [q, x] };
            end = y;
            j = a;
          }
        }
      }
      if (node !== null) node.d = 1 + Math.max(c.d ?? 1, node.x!.d ?? 1, node.r?.d ?? 1);
      if (node === null || node.d! > MAX_TREE_DEPTH) {
        at = q;
        continue;
      }
      const idx = trees.push(node) - 1;
      code[at] = O.FUSED_STMT;
      code[at + 1] = idx;
      code[at + 2] = end - at;
      code[at + 3] = O.NOP;
      if (j >= 0) code[j] = code[j + 1] = O.NOP;
      folded = true;
      at = end;
    }
    // (the jumps gone, the statement after an `if` can join the block before it)
    if (folded) boundary.set(jumpTargets(code, exc));
    return folded;
  };
  // a fused statement or block right before a fused conditional jump runs in the jump's test
  // (N_THEN), the jump moved to the statement: `d = row - k` then `if d == x: break`, or a
  // `while` loop's last statement and its test, are one dispatch. Nothing may jump to the test
  // alone, nor an exception range start or end at it. The two instructions stay, for tracebacks;
  // the statement's first four words become the jump (every statement has four: a FUSED_STMT's
  // fourth is a NOP). Last, so that the loop shapes above are found as they were.
  const thenJumps = ({ refs, pinned }: { refs: Int32Array; pinned: Uint8Array }): void => {
    let prev = -1;
    for (let at = 0; at < code.length;) {
      const op = code[at];
      if (op === O.FUSED_JUMP_IF_FALSE || op === O.FUSED_JUMP_IF_TRUE) {
        const c = trees[code[at + 2]];
        if (
          prev >= 0 && isStmt(prev) && prev + skipOf(prev) === at && skipOf(prev) >= 4 && stackUse(c) === 0 && refs[at] === 0 &&
          !pinned[at]
        ) {
          const x = stmtTree(prev);
          const d = 1 + Math.max(c.d ?? 1, x.d ?? 1);
          if (d <= MAX_TREE_DEPTH) {
            const idx = trees.push({ k: N_THEN, x, l: c, pcs: [prev, at], d }) - 1;
            const target = at + code[at + 1], after = at + code[at + 3];
            code[prev] = op;
            code[prev + 1] = target - prev;
            code[prev + 2] = idx;
            code[prev + 3] = after - prev;
            at = after;
            prev = -1;
            continue;
          }
        }
      }
      prev = at;
      // (the instructions a statement or a jump took in are skipped: they no longer run)
      at += op === O.FUSED_STMT || op === O.FUSED_STORE_FAST ? code[at + 2]
        : op === O.FUSED_JUMP_IF_FALSE || op === O.FUSED_JUMP_IF_TRUE ? code[at + 3] : 1 + OP_ARGS[op];
    }
  };
  // (an `if` folded can complete a block that completes an enclosing `if`)
  for (let pass = 0; pass < 8; pass++) {
    const formed = formBlocks();
    if (!foldIfs() && pass > 0 && !formed) break;
  }
  // (the jumps as they stand now: turning FOR_ITER_STORE into FOR_ITER_APPEND moves none)
  const jumps = jumpRefs(code, exc);
  const loops = comprehensionLoops(code, pos, jumps, consts, names, trees, lists, listNodes, sameLine);
  const yieldLoop = yieldLoopOf(code, pos, exc, jumps.refs, consts, trees, lists, listNodes, sameLine);
  thenJumps(jumps);
  const cx: FaultCtx = { owner, srcPos, pos, sameLine, placed: new Uint8Array(code.length) };
  for (const t of trees) placeFaults(t, cx);
  // the names an operand list reads in place (the VM names their instruction when they fail)
  const listFaults = lists.map((words, l): Int32Array | null => {
    let faults: Int32Array | null = null;
    for (let t = 0; t < words.length; t++) {
      const n = listNodes[l][t];
      if ((words[t] & 3) === OPERAND_TREE || n.k === N_CONST) continue;
      placeFaults(n, cx);
      if (n.fault === undefined) continue;
      if (faults === null) faults = new Int32Array(words.length).fill(-1);
      faults[t] = n.fault;
    }
    return faults;
  });
  const treePops = trees.length === 0 ? NO_I8 : Int8Array.from(trees.map((t) => stackUse(t)));
  const listPops = lists.length === 0 ? NO_I8 : Int8Array.from(lists.map((l) => {
    let m = 0;
    for (const w of l) if ((w & 3) === OPERAND_TREE) m = Math.max(m, stackUse(trees[w >> 2]));
    return m;
  }));
  return { trees, lists, treePops, listPops, listFaults, loops, yieldLoop };
}
