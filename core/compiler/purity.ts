// Static purity of a function body (the first condition for memoization, see vm/memo.ts).

import { Code } from "./code.ts";

export function checkPurity(_code: Code): boolean {
  return false;
}
