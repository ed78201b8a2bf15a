// Bytecode clean-ups after name resolution, before fusion (compiler/fuse.ts). Every rewrite is in
// place and keeps instruction lengths, so relative jumps elsewhere stay valid.

import * as O from "./opcodes.ts";
import { forEachInstr } from "./unit.ts";

/**
 * Jump threading for boolean operators used as conditions. `if a or b:` compiles to
 * `a JUMP_IF_TRUE_OR_POP L; b; L: POP_JUMP_IF_FALSE else`; a jump that keeps a value only for
 * the next instruction to test it again becomes a plain conditional jump past that test. The
 * truth of each operand is then evaluated once, as in CPython (`__bool__` is not called twice),
 * also through a conditional expression used as a condition (`if (a and b if c else d):`).
 */
export function threadJumps(code: number[]): void {
  for (let changed = true; changed;) {
    changed = false;
    forEachInstr(code, (at, op) => {
      if (op !== O.JUMP_IF_TRUE_OR_POP && op !== O.JUMP_IF_FALSE_OR_POP) return;
      // (through a conditional expression's jump to its end: `if (a and b if c else d):`)
      let t = at + code[at + 1];
      while (code[t] === O.JUMP && code[t + 1] > 0) t += code[t + 1];
      const next = code[t];
      const onTrue = op === O.JUMP_IF_TRUE_OR_POP;
      let to = -1, newOp = op;
      if (next === (onTrue ? O.JUMP_IF_TRUE_OR_POP : O.JUMP_IF_FALSE_OR_POP)) {
        // same test again: jump straight to its target, still keeping the value
        to = t + code[t + 1];
      } else if (next === (onTrue ? O.POP_JUMP_IF_TRUE : O.POP_JUMP_IF_FALSE)) {
        newOp = onTrue ? O.POP_JUMP_IF_TRUE : O.POP_JUMP_IF_FALSE;
        to = t + code[t + 1];
      } else if (next === (onTrue ? O.POP_JUMP_IF_FALSE : O.POP_JUMP_IF_TRUE)) {
        // the test at t cannot jump for this value: continue after it
        newOp = onTrue ? O.POP_JUMP_IF_TRUE : O.POP_JUMP_IF_FALSE;
        to = t + 2;
      } else if (next === O.UNARY_NOT) {
        // `if not (a and b):` negations of a value of known truth: the test after them jumps or
        // not for every such value, so the operand is not asked for its truth again
        let u = t, truth = onTrue;
        while (code[u] === O.UNARY_NOT) {
          u++;
          truth = !truth;
        }
        if (code[u] === O.POP_JUMP_IF_FALSE || code[u] === O.POP_JUMP_IF_TRUE) {
          newOp = onTrue ? O.POP_JUMP_IF_TRUE : O.POP_JUMP_IF_FALSE;
          to = (code[u] === O.POP_JUMP_IF_TRUE) === truth ? u + code[u + 1] : u + 2;
        }
      }
      if (to < 0 || to === t) return;
      code[at] = newOp;
      code[at + 1] = to - at;
      changed = true;
    });
  }
  threadChains(code);
}

/**
 * Where a value whose truth is known (`truth`), arriving at `at`, is consumed by a conditional
 * jump: the offset control then reaches, or -1 when the value is used otherwise. `not` and a
 * conditional expression's forward JUMP to its end are followed. (A JUMP_IF_*_OR_POP left after
 * threadJumps is a boolean operator whose value is used, where CPython asks for the truth again.)
 */
function whereTruthGoes(code: number[], at: number, truth: boolean): number {
  for (;;) {
    switch (code[at]) {
      case O.UNARY_NOT:
        truth = !truth;
        at++;
        continue;
      case O.JUMP:
        if (code[at + 1] <= 0) return -1;
        at += code[at + 1];
        continue;
      case O.POP_JUMP_IF_FALSE:
        return truth ? at + 2 : at + code[at + 1];
      case O.POP_JUMP_IF_TRUE:
        return truth ? at + code[at + 1] : at + 2;
      default:
        return -1;
    }
  }
}

/**
 * Chained comparisons used as conditions. `a < b < c` compiles to
 * `a b DUP ROT3 < JUMP_IF_FALSE_OR_POP cleanup; c <; JUMP end; cleanup: ROT_TWO POP_TOP JUMP end;
 * end:` (compiler/expr.ts), which leaves a false link's result as the chain's value. When the code
 * at `end` only tests that value (`if`, `while`, `assert`, `not`, `and`/`or`, a conditional
 * expression's test, a comprehension's filter), each link becomes a POP_JUMP_IF_FALSE to a cleanup
 * that drops the left operand and jumps where a false value goes from `end`: the false link's
 * truth is asked once, as CPython's compiler_jump_if does, instead of again at `end`.
 */
function threadChains(code: number[]): void {
  const links = new Map<number, number[]>();
  const cleanups: number[] = [];
  let prev = -1;
  forEachInstr(code, (at, op) => {
    if (op === O.JUMP_IF_FALSE_OR_POP) {
      const t = at + code[at + 1];
      const l = links.get(t);
      if (l) l.push(at);
      else links.set(t, [at]);
    } else if (
      op === O.ROT_TWO && code[at + 1] === O.POP_TOP && code[at + 2] === O.JUMP && code[at + 3] === 2 &&
      prev === at - 2 && code[prev] === O.JUMP && code[prev + 1] === 6
    ) cleanups.push(at);
    prev = at;
  });
  for (const t of cleanups) {
    const from = links.get(t);
    if (!from) continue;
    const to = whereTruthGoes(code, t + 4, false);
    if (to < 0) continue;
    // cleanup: NOP POP_TOP JUMP to; the links jump to its POP_TOP
    code[t] = O.NOP;
    code[t + 3] = to - (t + 2);
    for (const at of from) {
      code[at] = O.POP_JUMP_IF_FALSE;
      code[at + 1] = t + 1 - at;
    }
  }
}

/** The final code arrays. */
export function peephole(code: number[], pos: number[]): { code: Int32Array; pos: Int32Array } {
  return { code: Int32Array.from(code), pos: Int32Array.from(pos) };
}
