// The match statement (structural pattern matching).

import type { Compiler } from "./stmt.ts";

export function compileMatch(c: Compiler): void {
  c.fail("match statements are not supported yet");
}
