// Pure-function memoization (see docs/architecture.md). Placeholder until the purity analysis
// lands: nothing is registered, so every lookup misses.

import { Code } from "../compiler/code.ts";
import { MISSING, Py, PyFunction, PyModule } from "../objects/model.ts";
import type { Frame } from "./frame.ts";

export class MemoState {
  register(_code: Code): void {}
  watched(_m: PyModule, _slot: number): boolean {
    return false;
  }
  globalChanged(_m: PyModule, _slot: number): void {}
  lookup(_fn: PyFunction, _args: Py[], _kw: string[] | null, _vm: unknown): Py {
    return MISSING;
  }
  lookupStack(_fn: PyFunction, _s: Py[], _base: number, _argc: number, _kw: string[] | null, _vm: unknown): Py {
    return MISSING;
  }
  onEnter(_f: Frame, _vm: unknown): void {}
  onReturn(_f: Frame, _v: Py): void {}
}

export function memoLookup(): Py {
  return MISSING;
}
export function memoRecord(): void {}
