// Huge or explosive programs through the API: what the compiler refuses ends in a PythonError
// (CPython's "too many statically nested blocks", or MemoryError where compiling would take more
// than MAX_COMPILE_BYTES), never in a JS RangeError or the engine's out-of-memory abort. The
// compiler's own unit tests are core/compiler/big_input_test.ts.
//   deno test -A tests/compile_limits_test.ts

import assert from "node:assert/strict";
import { EdgePython, PythonError } from "../mod.ts";

/** Run a program: its output lines, or the PythonError it ends with. */
async function run(src: string): Promise<string[] | PythonError> {
  const ep = await EdgePython.create();
  const out: string[] = [];
  ep.onOutput((line) => out.push(line));
  try {
    await ep.run(src, { filename: "big.py" });
    return out;
  } catch (e) {
    if (e instanceof PythonError) return e;
    throw e;
  }
}

Deno.test("compile limits: 5,000 with items are CPython's SyntaxError at the statement, not a JS stack overflow", async () => {
  const r = await run("x = 1\nwith " + Array(5000).fill("c").join(", ") + ":\n    pass\n");
  assert.ok(r instanceof PythonError);
  assert.equal(r.type, "SyntaxError");
  assert.equal(r.message, "SyntaxError: too many statically nested blocks");
  assert.deepEqual([r.line, r.column], [2, 1]);
});

Deno.test("compile limits: try/finally nested 20 deep with five exits in each is a MemoryError with a position, in a second", async () => {
  const body = (d: number): string[] =>
    d === 0 ? ["pass"] : ["try:", "    if a == 0: return 0", "    if a == 1: return 1", "    if a == 2: return 2", "    if a < 0: break",
      "    if a < 1: continue", "finally:", ...body(d - 1).map((l) => "    " + l)];
  const src = "print('before')\ndef f(a):\n    for i in [1]:\n" + body(20).map((l) => "        " + l + "\n").join("") + "print(f(9))\n";
  const t = performance.now();
  const r = await run(src);
  assert.ok(performance.now() - t < 5_000);
  assert.ok(r instanceof PythonError);
  assert.equal(r.type, "MemoryError");
  assert.equal(r.message, "MemoryError: program too large to compile");
  // Regression: its traceback was a SyntaxError's (file, line, caret); CPython prints a compile-time
  // MemoryError bare, as the compile-time RecursionError. The line still says where the compile stopped
  assert.equal(r.traceback, "MemoryError: program too large to compile");
  assert.ok(r.line > 3);
});

Deno.test("compile limits: a module past the fusion budget runs unfused, with the same results", async () => {
  // 300,000 statements at the top level (1.2 million words), a function fused as usual
  const src = "def f(a):\n    return a * 2 + 1\ny = 0\n" + "y = y + 1\n".repeat(300_000) + "print(y, f(y), [y + i for i in range(3)])\n";
  assert.deepEqual(await run(src), ["300000 600001 [300000, 300001, 300002]"]);
});
