// Expression fusion: straight-line runs of loads and operators (`(i * 3) % 7 - (i & 3)`) are
// replaced by one FUSED_* instruction that evaluates an expression tree (see vm/fused.ts). The
// tree is data; the VM turns it into nested specialised closures the first time the code runs.
// This cuts the number of dispatched instructions several-fold on arithmetic code.
//
// A fused instruction keeps the length of the run it replaces (the rest is filled with NOPs),
// so relative jumps stay valid; runs never contain or cross a jump target or the edge of an
// exception-table range, and evaluation order is unchanged.

import { Py } from "../objects/model.ts";
import * as O from "./opcodes.ts";
import { OP_ARGS } from "./opcodes.ts";
import { jumpTargets } from "./unit.ts";

export const N_LOCAL = 0, N_CONST = 1, N_GLOBAL = 2, N_BIN = 3, N_UN = 4, N_SUBSCR = 5, N_IS = 6, N_IN = 7;

/** An expression tree node. `op` is the original opcode for operators. */
export interface FNode {
  k: number;
  /** N_LOCAL: local index; N_GLOBAL: global slot; N_IS/N_IN: 1 when negated. */
  i?: number;
  /** N_CONST: the value. */
  v?: Py;
  op?: number;
  l?: FNode;
  r?: FNode;
}

interface Sym {
  node: FNode;
  start: number;
  ops: number; // operator nodes in the tree
}

function isBinary(op: number): boolean {
  return (op >= O.BINARY_ADD && op <= O.INPLACE_MATMUL) || (op >= O.COMPARE_LT && op <= O.COMPARE_GE);
}

/**
 * Fuse expression runs in `code` (in place). Returns the trees, indexed by the fused
 * instructions' operand.
 */
export function fuseExpressions(code: number[], pos: number[], exc: Int32Array, consts: Py[]): FNode[] {
  const trees: FNode[] = [];
  const boundary = jumpTargets(code, exc);
  for (let i = 0; i < exc.length; i += 4) {
    boundary[exc[i]] = 1;
    boundary[exc[i + 1]] = 1;
  }
  let sym: Sym[] = [];

  const flush = (endAt: number) => {
    if (sym.length === 0) return;
    const term = endAt < code.length ? code[endAt] : -1;
    for (let t = 0; t < sym.length; t++) {
      const e = sym[t];
      if (e.ops === 0) continue;
      const end = t + 1 < sym.length ? sym[t + 1].start : endAt;
      const last = t === sym.length - 1;
      const idx = trees.length;
      if (last && term === O.STORE_FAST && !boundary[endAt]) {
        const local = code[endAt + 1];
        const stop = endAt + 2;
        trees.push(e.node);
        code[e.start] = O.FUSED_STORE_FAST;
        code[e.start + 1] = idx;
        code[e.start + 2] = stop - e.start;
        code[e.start + 3] = local;
        fillNops(code, pos, e.start + 4, stop);
      } else if (last && (term === O.POP_JUMP_IF_FALSE || term === O.POP_JUMP_IF_TRUE) && !boundary[endAt]) {
        const target = endAt + code[endAt + 1];
        const stop = endAt + 2;
        trees.push(e.node);
        code[e.start] = term === O.POP_JUMP_IF_FALSE ? O.FUSED_JUMP_IF_FALSE : O.FUSED_JUMP_IF_TRUE;
        code[e.start + 1] = target - e.start;
        code[e.start + 2] = idx;
        code[e.start + 3] = stop - e.start;
        fillNops(code, pos, e.start + 4, stop);
      } else {
        trees.push(e.node);
        code[e.start] = O.FUSED_EXPR;
        code[e.start + 1] = idx;
        code[e.start + 2] = end - e.start;
        fillNops(code, pos, e.start + 3, end);
      }
    }
    sym = [];
  };

  for (let at = 0; at < code.length;) {
    const op = code[at];
    const len = 1 + OP_ARGS[op];
    if (boundary[at]) flush(at);
    switch (op) {
      case O.LOAD_FAST:
        sym.push({ node: { k: N_LOCAL, i: code[at + 1] }, start: at, ops: 0 });
        break;
      case O.LOAD_CONST:
        sym.push({ node: { k: N_CONST, v: consts[code[at + 1]] }, start: at, ops: 0 });
        break;
      case O.LOAD_NONE:
        sym.push({ node: { k: N_CONST, v: null }, start: at, ops: 0 });
        break;
      case O.LOAD_GLOBAL:
        sym.push({ node: { k: N_GLOBAL, i: code[at + 1] }, start: at, ops: 0 });
        break;
      default: {
        let two = isBinary(op) || op === O.BINARY_SUBSCR || op === O.IS_OP || op === O.CONTAINS_OP;
        const one = op === O.UNARY_NEG || op === O.UNARY_NOT || op === O.UNARY_INVERT || op === O.UNARY_POS;
        if (op === O.BINARY_POW || op === O.BINARY_MATMUL || op === O.INPLACE_POW || op === O.INPLACE_MATMUL) two = false;
        if (two && sym.length >= 2) {
          const r = sym.pop()!, l = sym.pop()!;
          let node: FNode;
          if (op === O.BINARY_SUBSCR) node = { k: N_SUBSCR, l: l.node, r: r.node };
          else if (op === O.IS_OP) node = { k: N_IS, i: code[at + 1], l: l.node, r: r.node };
          else if (op === O.CONTAINS_OP) node = { k: N_IN, i: code[at + 1], l: l.node, r: r.node };
          else node = { k: N_BIN, op, l: l.node, r: r.node };
          sym.push({ node, start: l.start, ops: l.ops + r.ops + 1 });
        } else if (one && sym.length >= 1) {
          const x = sym.pop()!;
          sym.push({ node: { k: N_UN, op, l: x.node }, start: x.start, ops: x.ops + 1 });
        } else {
          flush(at);
        }
      }
    }
    at += len;
  }
  flush(code.length);
  return trees;
}

function fillNops(code: number[], pos: number[], from: number, to: number): void {
  for (let i = from; i < to; i++) {
    code[i] = O.NOP;
    pos[i] = pos[from - 1];
  }
}
