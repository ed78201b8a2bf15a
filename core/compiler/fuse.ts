// Expression fusion: straight-line runs of loads, operators and simple stores are replaced by one
// FUSED_* instruction evaluating an expression tree (see vm/fused.ts). The tree is data; the VM
// turns it into nested, specialised closures the first time the code runs. A JS switch dispatch
// costs several times a CPython dispatch, so executing fewer, fatter instructions is what makes
// this interpreter competitive (measured: arithmetic loops 1.5-2x faster).
//
// A fused instruction keeps the length of the run it replaces (the rest is filled with NOPs),
// so relative jumps stay valid; runs never contain or cross a jump target or the edge of an
// exception-table range, and evaluation order is unchanged. Calls are never fused (a Python call
// switches frames in the dispatch loop), but their callee and arguments are pushed by one
// FUSED_PUSH.

import { Py } from "../objects/model.ts";
import * as O from "./opcodes.ts";
import { OP_ARGS } from "./opcodes.ts";
import { jumpTargets } from "./unit.ts";

export const N_LOCAL = 0, N_CONST = 1, N_GLOBAL = 2, N_BIN = 3, N_UN = 4, N_SUBSCR = 5, N_IS = 6, N_IN = 7,
  N_ATTR = 8, N_DEREF = 9, N_TUPLE = 10, N_LIST = 11, N_SLICE = 12, N_CURRENT = 13,
  // statement nodes (no value)
  N_STORE_SUBSCR = 20, N_STORE_ATTR = 21, N_AUG_SUBSCR = 22, N_AUG_ATTR = 23, N_STORE_DEREF = 24, N_DISCARD = 25,
  N_STORE_GLOBAL = 26;

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
  /** N_STORE_SUBSCR, N_AUG_*: the value / right-hand side; N_TUPLE/N_LIST: the items. */
  x?: FNode;
  items?: FNode[];
}

interface Sym {
  node: FNode;
  start: number;
  ops: number; // nodes beyond plain loads
}

function isBinary(op: number): boolean {
  return (op >= O.BINARY_ADD && op <= O.INPLACE_MATMUL) || (op >= O.COMPARE_LT && op <= O.COMPARE_GE);
}

function isLoad(op: number): boolean {
  return op === O.LOAD_FAST || op === O.LOAD_CONST || op === O.LOAD_NONE || op === O.LOAD_GLOBAL || op === O.LOAD_DEREF;
}

/**
 * Fuse expression runs in `code` (in place). Returns the trees, indexed by the fused
 * instructions' operands.
 */
export function fuseExpressions(code: number[], pos: number[], exc: Int32Array, consts: Py[], names: string[]): FNode[] {
  const trees: FNode[] = [];
  const boundary = jumpTargets(code, exc);
  for (let i = 0; i < exc.length; i += 4) {
    boundary[exc[i]] = 1;
    boundary[exc[i + 1]] = 1;
  }
  let sym: Sym[] = [];

  const put = (at: number, stop: number, words: number[]) => {
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
    if (term === O.STORE_FAST || term === O.POP_JUMP_IF_FALSE || term === O.POP_JUMP_IF_TRUE || term === O.STORE_GLOBAL ||
      term === O.STORE_DEREF || term === O.POP_TOP) {
      const stop = endAt + 1 + OP_ARGS[term];
      if ((last.ops > 0 || term === O.POP_JUMP_IF_FALSE || term === O.POP_JUMP_IF_TRUE) && stop - last.start >= 4) {
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
    } else if (term === O.STORE_SUBSCR && n >= 3) {
      const [v, o, k] = sym.slice(n - 3);
      const stop = endAt + 1;
      const idx = trees.length;
      trees.push({ k: N_STORE_SUBSCR, x: v.node, l: o.node, r: k.node });
      put(v.start, stop, [O.FUSED_STMT, idx, stop - v.start]);
      absorbed = 1;
      n -= 3;
    } else if (term === O.STORE_ATTR && n >= 2) {
      const [v, o] = sym.slice(n - 2);
      const stop = endAt + 3;
      const idx = trees.length;
      trees.push({ k: N_STORE_ATTR, x: v.node, l: o.node, v: names[code[endAt + 1]] });
      put(v.start, stop, [O.FUSED_STMT, idx, stop - v.start]);
      absorbed = 3;
      n -= 2;
    }
    // the rest: push them all with one instruction when that saves dispatches
    if (n > 0) {
      let work = n > 1 ? 1 : 0;
      for (let t = 0; t < n; t++) work += sym[t].ops;
      const stop = n < sym.length ? sym[n].start : endAt;
      if (work > 0 && stop - sym[0].start >= 4) {
        const first = trees.length;
        for (let t = 0; t < n; t++) trees.push(sym[t].node);
        put(sym[0].start, stop, [O.FUSED_PUSH, first, n, stop - sym[0].start]);
      }
    }
    sym = [];
    return absorbed;
  };

  /** Try the augmented-subscript pattern at a DUP_TOP_TWO; returns the words consumed or 0. */
  const augSubscr = (at: number): number => {
    // o k DUP_TOP_TWO BINARY_SUBSCR <rhs> INPLACE_op ROT_THREE STORE_SUBSCR
    if (sym.length < 2 || code[at + 1] !== O.BINARY_SUBSCR) return 0;
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
    if (sym.length < 1 || code[at + 1] !== O.LOAD_ATTR || boundary[at + 1]) return 0;
    const name = code[at + 2];
    const r = augValue(at + 4);
    if (r === null) return 0;
    const { node, end } = r;
    if (code[end] !== O.ROT_TWO || code[end + 1] !== O.STORE_ATTR || code[end + 2] !== name || boundary[end] || boundary[end + 1]) {
      return 0;
    }
    const o = sym[sym.length - 1];
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
    const n = sym.length;
    let work = n > 1 ? 1 : 0;
    for (let t = 0; t < n; t++) work += sym[t].ops;
    if (work > 0 && start - sym[0].start >= 4) {
      const first = trees.length;
      for (let t = 0; t < n; t++) trees.push(sym[t].node);
      put(sym[0].start, start, [O.FUSED_PUSH, first, n, start - sym[0].start]);
    }
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

  const leaf = (op: number, at: number): FNode | null => {
    switch (op) {
      case O.LOAD_FAST:
        return { k: N_LOCAL, i: code[at + 1] };
      case O.LOAD_CONST:
        return { k: N_CONST, v: consts[code[at + 1]] };
      case O.LOAD_NONE:
        return { k: N_CONST, v: null };
      case O.LOAD_GLOBAL:
        return { k: N_GLOBAL, i: code[at + 1] };
      case O.LOAD_DEREF:
        return { k: N_DEREF, i: code[at + 1] };
    }
    return null;
  };

  /** Apply an operator instruction to a tree stack; false when it is not fusable here. */
  const combine = (op: number, at: number, st: FNode[]): boolean => {
    const two = (isBinary(op) && op !== O.BINARY_MATMUL && op !== O.INPLACE_MATMUL) || op === O.BINARY_SUBSCR ||
      op === O.IS_OP || op === O.CONTAINS_OP;
    if (two) {
      if (st.length < 2) return false;
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
        if (st.length < 1) return false;
        st.push({ k: N_UN, op, l: st.pop()! });
        return true;
      case O.LOAD_ATTR:
        if (st.length < 1) return false;
        st.push({ k: N_ATTR, v: names[code[at + 1]], l: st.pop()! });
        return true;
      case O.BINARY_SLICE:
        if (st.length < 3) return false;
        {
          const hi = st.pop()!, lo = st.pop()!, o = st.pop()!;
          st.push({ k: N_SLICE, l: o, r: lo, x: hi });
        }
        return true;
      case O.BUILD_TUPLE:
      case O.BUILD_LIST: {
        const n = code[at + 1];
        if (st.length < n || n > 8) return false;
        const items = st.splice(st.length - n, n);
        st.push({ k: op === O.BUILD_TUPLE ? N_TUPLE : N_LIST, items });
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
      sym.push({ node: l, start: at, ops: 0 });
    } else if (op === O.DUP_TOP_TWO && !boundary[at]) {
      const used = augSubscr(at);
      if (used > 0) len = used;
      else flush(at);
    } else if (op === O.DUP_TOP && !boundary[at]) {
      const used = augAttr(at);
      if (used > 0) len = used;
      else flush(at);
    } else {
      const st = sym.map((x) => x.node);
      const before = st.length;
      if (combine(op, at, st)) {
        // rebuild the Sym entries: the operator merged the last k entries into one
        const merged = before - st.length + 1;
        const parts = sym.splice(sym.length - merged, merged);
        let ops = 1;
        for (const p of parts) ops += p.ops;
        sym.push({ node: st[st.length - 1], start: parts.length > 0 ? parts[0].start : at, ops });
      } else {
        const absorbed = flush(at);
        if (absorbed > 0) len = absorbed;
      }
    }
    at += len;
  }
  flush(code.length);
  return trees;
}
