// Huge and hostile programs at compile time: the compiler's time stays linear in the size of the
// source, and what it may emit is bounded (core/limits.ts), so a huge or explosive program ends in
// a Python exception, never in the JS engine's out-of-memory abort or a JS RangeError. Sources are
// generated here; each test runs in a second or two.
//   deno test -A core/compiler/big_input_test.ts

import assert from "node:assert/strict";
import { Source } from "./code.ts";
import { CompileError } from "./errors.ts";
import { MAX_FUSED_WORDS } from "./fuse.ts";
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

/** The error a compile raises: [type, message, line], or null when it compiles. */
function compileError(src: string): [string, string, number] | null {
  try {
    compile(src, "<big>");
    return null;
  } catch (e) {
    if (!(e instanceof CompileError)) throw e;
    return [e.type, e.message, new Source("<big>", src).line(e.offset)];
  }
}

Deno.test("a compile is bounded: a program that would emit too much is a MemoryError, not the engine's fatal out-of-memory", () => {
  // 400,000 lambdas (3.6 MB): past MAX_COMPILE_BYTES at some 300,000 (each a code object)
  const lambdas = "print('before')\n" + "f = lambda: 0\n".repeat(400_000);
  const err = compileError(lambdas);
  assert.deepEqual(err?.slice(0, 2), ["MemoryError", "program too large to compile"]);
  assert.ok(err![2] > 250_000 && err![2] < 400_000, `reported at line ${err![2]}`);
  // a shorter one compiles (and costs less than the estimate: see COMPILE_UNIT_BYTES)
  assert.equal(compileError("f = lambda: 0\n".repeat(20_000)), null);
});

/** try/finally nested `depth` deep in a loop, each try body with `exits` returns, breaks and continues. */
function nestedFinally(depth: number, exits: number): string {
  const body = (d: number): string[] => {
    if (d === 0) return ["pass"];
    const ex = Array.from({ length: exits - 2 }, (_, j) => `    if a == ${j}: return ${j}`).concat(["    if a < 0: break", "    if a < 1: continue"]);
    return ["try:", ...ex, "finally:", ...body(d - 1).map((l) => "    " + l)];
  };
  return "def f(a):\n    for i in [1]:\n" + body(depth).map((l) => "        " + l + "\n").join("") + "print(f(9))\n";
}

Deno.test("nested try/finally with exits: every exit compiles the finally bodies it leaves, so copies multiply; past the bound it is a MemoryError, quickly", () => {
  assert.equal(compileError(nestedFinally(6, 5)), null);
  const t = performance.now();
  assert.deepEqual(compileError(nestedFinally(20, 5))?.slice(0, 2), ["MemoryError", "program too large to compile"]);
  assert.ok(performance.now() - t < 5_000, `${(performance.now() - t).toFixed(0)} ms`);
});

Deno.test("fusion has a budget per module: code past it stays unfused, functions (built first) are fused", () => {
  // 300,000 statements of four words: more than MAX_FUSED_WORDS at the top level
  const src = "def f(a):\n    return a * 2 + 1\n" + "x = y + 1\n".repeat(300_000);
  const code = compile(src, "<big>").code;
  assert.ok(code.code.length > MAX_FUSED_WORDS);
  assert.equal(code.fused.length, 0);
  assert.ok(code.children[0].fused.length > 0);
  // within the budget the top level is fused
  assert.ok(compile("x = y + 1\n".repeat(1000), "<small>").code.fused.length > 0);
});
