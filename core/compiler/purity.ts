// Static purity of a function body: the first condition for memoization (see vm/memo.ts).
// A function is a candidate when its code only computes with its arguments, constants, locals
// and globals (which are checked dynamically), never touching attributes, non-local state,
// closures, generators or imports, and never catching an exception. It also tells whether the
// body tells objects apart by identity (`a is b`), which decides how memo tables key arguments.

import { type Code, CO_ASYNC_GENERATOR, CO_CLASS_BODY, CO_COROUTINE, CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS } from "./code.ts";
import * as O from "./opcodes.ts";
import { OP_ARGS } from "./opcodes.ts";
import { jumpTargets } from "./unit.ts";
import { Ellipsis, type Py } from "../objects/model.ts";
import { type FNode, N_ANDOR, N_BCALL, N_BIN, N_COND, N_IFEXP, N_IF, N_THEN, N_BLOCK, N_FMT, N_STR, N_PSTORE, N_STACK, N_STORE_FAST, N_CONST, N_DISCARD, N_GLOBAL, N_IN, N_IS, N_LIST, N_LOCAL, N_SLICE, N_SUBSCR, N_TUPLE, N_UN } from "./fuse.ts";

/** Fused tree nodes that only read (the same operations ALLOWED lets through unfused). */
// (N_BCALL reads a global, which memo validation checks like any other)
const PURE_NODES = new Set([
  N_BCALL, N_COND, N_LOCAL, N_CONST, N_GLOBAL, N_BIN, N_UN, N_SUBSCR, N_IS, N_IN, N_TUPLE, N_LIST, N_SLICE, N_DISCARD, N_STORE_FAST, N_BLOCK, N_STACK, N_PSTORE,
  N_FMT, N_STR, N_IFEXP, N_ANDOR, N_IF, N_THEN,
]);

function pureTree(n: FNode | undefined): boolean {
  if (n === undefined) return true;
  if (!PURE_NODES.has(n.k)) return false;
  if (n.items !== undefined && !n.items.every(pureTree)) return false;
  return pureTree(n.l) && pureTree(n.r) && pureTree(n.x);
}

/** Is v a constant whose identity says no more than its value (None, bools, ints, strs and
 * Ellipsis), so that `x is v` cannot tell two equal objects apart? */
function valueLike(v: Py): boolean {
  return typeof v !== "object" || v === null || v === Ellipsis;
}

/** Does the tree compare two operands by identity, neither of them a value-like constant? */
function identityTree(n: FNode | undefined): boolean {
  if (n === undefined) return false;
  if (n.k === N_IS && !(n.l!.k === N_CONST && valueLike(n.l!.v!)) && !(n.r!.k === N_CONST && valueLike(n.r!.v!))) return true;
  if (n.items !== undefined && n.items.some(identityTree)) return true;
  return identityTree(n.l) || identityTree(n.r) || identityTree(n.x);
}

const ALLOWED: Uint8Array = (() => {
  const t = new Uint8Array(O.N_OPS);
  for (
    const op of [
      O.NOP, O.POP_TOP, O.DUP_TOP, O.DUP_TOP_TWO, O.ROT_TWO, O.ROT_THREE, O.ROT_FOUR, O.LOAD_CONST, O.LOAD_NONE,
      O.LOAD_FAST, O.STORE_FAST, O.DELETE_FAST, O.LOAD_GLOBAL, O.BINARY_SUBSCR, O.BUILD_SLICE, O.BINARY_SLICE,
      O.BINARY_ADD, O.BINARY_SUB, O.BINARY_MUL, O.BINARY_TRUEDIV, O.BINARY_FLOORDIV, O.BINARY_MOD, O.BINARY_POW,
      O.BINARY_LSHIFT, O.BINARY_RSHIFT, O.BINARY_AND, O.BINARY_OR, O.BINARY_XOR, O.INPLACE_ADD, O.INPLACE_SUB,
      O.INPLACE_MUL, O.INPLACE_TRUEDIV, O.INPLACE_FLOORDIV, O.INPLACE_MOD, O.INPLACE_POW, O.INPLACE_LSHIFT,
      O.INPLACE_RSHIFT, O.INPLACE_AND, O.INPLACE_OR, O.INPLACE_XOR, O.UNARY_NEG, O.UNARY_POS, O.UNARY_NOT,
      O.UNARY_INVERT, O.COMPARE_LT, O.COMPARE_LE, O.COMPARE_EQ, O.COMPARE_NE, O.COMPARE_GT, O.COMPARE_GE, O.IS_OP,
      O.CONTAINS_OP, O.JUMP, O.POP_JUMP_IF_FALSE, O.POP_JUMP_IF_TRUE, O.JUMP_IF_FALSE_OR_POP,
      O.JUMP_IF_TRUE_OR_POP, O.GET_ITER, O.FOR_ITER, O.RETURN_VALUE, O.RETURN_CONST, O.CALL, O.CALL_KW,
      O.BUILD_TUPLE, O.BUILD_LIST, O.BUILD_SET, O.BUILD_MAP, O.BUILD_STRING, O.LIST_APPEND, O.SET_ADD, O.MAP_ADD,
      O.LIST_EXTEND, O.SET_UPDATE, O.DICT_UPDATE, O.LIST_TO_TUPLE, O.FORMAT_VALUE, O.UNPACK_SEQUENCE, O.UNPACK_EX,
      O.RAISE, O.RERAISE, O.PUSH_EXC_INFO, O.POP_EXCEPT, O.CHECK_EXC_MATCH, O.LOAD_ASSERTION_ERROR,
      O.FUSED_EXPR, O.FUSED_STORE_FAST, O.FUSED_JUMP_IF_FALSE, O.FUSED_JUMP_IF_TRUE, O.FUSED_STMT, O.FUSED_PUSH, O.FOR_ITER_STORE, O.CALL_FUSED, O.RETURN_FAST, O.FUSED_RETURN, O.STORE_CONST_FAST, O.MOVE_FAST, O.FUSED_STORE_FAST_SHORT, O.FUSED_EXPR_SHORT, O.GET_ITER_OWN, O.CLOSE_ITER,
      O.FOR_ITER_UNPACK, O.JUMP_FOR, O.FOR_ITER_APPEND,
    ]
  ) t[op] = 1;
  return t;
})();

/** Is this function body statically pure? Sets `code.identity` for a pure one. */
export function checkPurity(code: Code): boolean {
  if (code.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR | CO_CLASS_BODY | CO_VARARGS | CO_VARKEYWORDS)) return false;
  if (code.kwonlyargcount > 0 || code.cellvars.length > 0 || code.freevars.length > 0) return false;
  if (code.argcount === 0) return false;
  // a handler could turn RecursionError into a result that depends on the call's depth
  // (`try: return f(n + 1) except RecursionError: return n`), which a memo would replay
  if (code.catches) return false;
  if (!(code.fused as FNode[]).every(pureTree)) return false;
  // Only bodies that call something or loop can cost more than a table lookup.
  let work = false;
  let identity = code.fused.some((n) => identityTree(n as FNode));
  // unfused `x is None`: IS_OP right after the load of a value-like constant, unless a jump
  // lands on it (`a is (b if c else None)`: the operand may come from the other branch)
  const constIs: number[] = [];
  const c = code.code;
  for (let i = 0, prev = -1; i < c.length;) {
    const op = c[i];
    if (!ALLOWED[op]) return false;
    if (op === O.CALL || op === O.CALL_KW || op === O.CALL_FUSED || op === O.FOR_ITER || op === O.FOR_ITER_STORE || op === O.FOR_ITER_UNPACK || op === O.FOR_ITER_APPEND || (O.IS_JUMP[op] && c[i + 1] < 0)) work = true;
    if (op === O.IS_OP) {
      if (prev >= 0 && (c[prev] === O.LOAD_NONE || c[prev] === O.LOAD_CONST && valueLike(code.consts[c[prev + 1]]))) constIs.push(i);
      else identity = true;
    }
    prev = i;
    i += 1 + OP_ARGS[op];
  }
  if (!work) return false;
  if (!identity && constIs.length > 0) {
    const targets = jumpTargets(c, code.excTable);
    identity = constIs.some((i) => targets[i] === 1);
  }
  code.identity = identity;
  return true;
}
