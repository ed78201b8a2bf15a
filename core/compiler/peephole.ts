// Bytecode clean-ups after name resolution, before fusion (compiler/fuse.ts). Every rewrite is in
// place and keeps instruction lengths, so relative jumps elsewhere stay valid.

import * as O from "./opcodes.ts";
import { forEachInstr } from "./unit.ts";

/**
 * Jump threading for boolean operators used as conditions. `if a or b:` compiles to
 * `a JUMP_IF_TRUE_OR_POP L; b; L: POP_JUMP_IF_FALSE else`; a jump that keeps a value only for
 * the next instruction to test it again becomes a plain conditional jump past that test. The
 * truth of each operand is then evaluated once, as in CPython (`__bool__` is not called twice).
 */
export function threadJumps(code: number[]): void {
  for (let changed = true; changed;) {
    changed = false;
    forEachInstr(code, (at, op) => {
      if (op !== O.JUMP_IF_TRUE_OR_POP && op !== O.JUMP_IF_FALSE_OR_POP) return;
      const t = at + code[at + 1];
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
}

/** The final code arrays. */
export function peephole(code: number[], pos: number[]): { code: Int32Array; pos: Int32Array } {
  return { code: Int32Array.from(code), pos: Int32Array.from(pos) };
}
