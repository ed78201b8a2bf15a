// Huge and hostile programs at compile time: the compiler's time stays linear in the size of the
// source, and what it may emit is bounded (core/limits.ts), so a huge or explosive program ends in
// a Python exception, never in the JS engine's out-of-memory abort or a JS RangeError. Sources are
// generated here; each test runs in a second or two.
//   deno test -A core/compiler/big_input_test.ts

import assert from "node:assert/strict";
import { compile } from "./stmt.ts";

/** Milliseconds to compile `src`: the best of `runs` (the first runs warm up the JIT). */
function compileTime(src: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    compile(src, "<big>");
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

const items = (n: number, item: (i: number) => string, sep = ",") => Array.from({ length: n }, (_, i) => item(i)).join(sep);

/** Long runs of expressions that fusion (fuse.ts) combines, where it once copied the whole pending run at every operator. */
const LONG: [string, (n: number) => string][] = [
  ["a list of pairs", (n) => "x = [" + items(n, (i) => `(${i}, ${i + 1})`) + "]\n"],
  ["a list of pairs of names", (n) => "i = 1\nx = [" + items(n, () => "(i, i + 1)") + "]\n"],
  ["a list of lists", (n) => "x = [" + items(n, (i) => `[${i}]`) + "]\n"],
  ["call arguments", (n) => "f(" + items(n, (i) => `a + ${i}`) + ")\n"],
  ["keyword arguments", (n) => "f(" + items(n, (i) => `k${i}=a + ${i}`) + ")\n"],
  ["a set display in a function", (n) => "def f(a):\n    return {" + items(n, (i) => `a + ${i}`) + "}\n"],
  ["defaults", (n) => "def f(" + items(n, (i) => `a${i}=[${i}]`) + "): pass\n"],
  ["a class pattern's keywords", (n) => "match a:\n    case C(" + items(n, (i) => `k${i}=a${i}`) + "): pass\n"],
];

Deno.test("compile time grows linearly with long literals, argument lists and patterns", () => {
  for (const [what, make] of LONG) {
    const small = compileTime(make(4000), 3), large = compileTime(make(16000), 2);
    // four times the items: about four times the time (it was 20 to 60 times)
    assert.ok(large < 10 * small + 30, `${what}: ${small.toFixed(0)} ms for 4,000 items, ${large.toFixed(0)} ms for 16,000`);
  }
});
