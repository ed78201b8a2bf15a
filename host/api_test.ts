// Unit tests of how EdgePython.run reports what the JavaScript engine throws while it compiles or
// runs a program (the API as a user sees it: tests/api_test.ts).

import assert from "node:assert/strict";
import { compileFailure, EdgePython, PythonError } from "./api.ts";
import { compile } from "../core/compiler/stmt.ts";
import { bumpTypeEpoch, PyBuiltin, StrType } from "../core/objects/model.ts";

/** What `fn` throws (it must throw). */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error("nothing thrown");
}

/**
 * Calls `fn` with more and more stack left, from next to none up, until `done` says so; what it
 * threw or returned each time.
 */
function withLittleStack<T>(fn: () => T, done: (results: (T | { threw: unknown })[]) => boolean): (T | { threw: unknown })[] {
  const results: (T | { threw: unknown })[] = [];
  const dive = (): void => {
    try {
      dive();
    } catch {
      // (the stack ran out below)
    }
    if (done(results)) return;
    try {
      results.push(fn());
    } catch (e) {
      results.push({ threw: e });
    }
  };
  dive();
  return results;
}

// nested 50 deep: within CPython's limit of 200 brackets, so no SyntaxError is due
const NESTED = "x = " + "(".repeat(50) + "1" + ")".repeat(50) + "\nprint(x)\n";

Deno.test("api: a JS stack overflow while compiling is RecursionError 'during compilation' with no place, not a made-up SyntaxError", async () => {
  // Regression: any RangeError from compile() was reported as "too many nested parentheses" at line 1
  const message = "RecursionError: maximum recursion depth exceeded during compilation";
  // compile() run out of stack at each point it can be (a regular expression compiled with no
  // stack left fails with a JS SyntaxError "Invalid regular expression: ...: Stack overflow")
  const compiles = withLittleStack(() => compile(NESTED, "deep.py"), (r) => r.length > 0 && !("threw" in r[r.length - 1]));
  const overflows = compiles.flatMap((r) => "threw" in r ? [r.threw] : []);
  assert.ok(overflows.some((e) => e instanceof RangeError), "compile() never ran out of stack");
  for (const e of overflows) {
    const err = compileFailure(e, "deep.py", NESTED);
    assert.deepEqual([err?.type, err?.message, err?.traceback, err?.line, err?.column], ["RecursionError", message, message, 0, 0], String(e));
  }
  // a run, where the parser recurses deeper than the JS stack holds (CPython 3.11: MemoryError)
  const ep = await EdgePython.create();
  const src = "f = " + "lambda x=".repeat(10_000) + "1: x".repeat(10_000) + "\n";
  const err = await ep.run(src).then(() => null, (e) => e);
  assert.ok(err instanceof PythonError);
  assert.deepEqual([err.type, err.message], ["RecursionError", message]);
});

Deno.test("api: the engine's length errors while compiling are MemoryError; its other errors are not given a cause", () => {
  for (const e of [thrown(() => new Array(-1)), thrown(() => "x".repeat(2 ** 30)), thrown(() => new Uint8Array(-1))]) {
    const err = compileFailure(e, "f.py", "");
    assert.deepEqual([err?.type, err?.traceback, err?.line], ["MemoryError", "MemoryError", 0], String(e));
  }
  assert.equal(compileFailure(thrown(() => (1).toFixed(200)), "f.py", ""), null);
  assert.equal(compileFailure(new TypeError("x is undefined"), "f.py", ""), null);
  // a CompileError is its SyntaxError
  const err = compileFailure(thrown(() => compile("x = (1 +\n", "f.py")), "f.py", "x = (1 +\n");
  assert.deepEqual([err?.type, err?.line, err?.traceback], ["SyntaxError", 1, `  File "f.py", line 1\n    x = (1 +\n        ^\nSyntaxError: '(' was never closed`]);
});

Deno.test("api: a JS error thrown inside the VM ends as a Python exception (SystemError, MemoryError, RecursionError), never a JS error", async () => {
  const casefold = StrType.dict.get("casefold");
  let error: unknown = null;
  StrType.dict.set("casefold", new PyBuiltin("casefold", () => {
    throw error;
  }, undefined, StrType));
  bumpTypeEpoch();
  try {
    const cases: [unknown, string, string][] = [
      [new TypeError("x is undefined"), "SystemError", "SystemError: internal error: x is undefined"],
      [thrown(() => (1).toFixed(200)), "SystemError", "SystemError: internal error: toFixed() digits argument must be between 0 and 100"],
      [thrown(() => new Array(-1)), "MemoryError", "MemoryError"],
      [new RangeError("Maximum call stack size exceeded"), "RecursionError", "RecursionError: maximum recursion depth exceeded"],
    ];
    for (const [e, type, message] of cases) {
      error = e;
      for (const src of ["print(1)\n'a'.casefold()\n", "print(1)\nprint(sorted(['b', 'a'], key=lambda s: s.casefold()))\n"]) {
        const ep = await EdgePython.create();
        const out: string[] = [];
        ep.onOutput((l) => out.push(l));
        const r = await ep.run(src).then(() => null, (x) => x);
        assert.ok(r instanceof PythonError, `${src}: ${r}`);
        assert.deepEqual([out, r.type, r.message, r.line], [["1"], type, message, 2], src);
      }
    }
    // and the program can catch it
    error = new TypeError("x is undefined");
    const ep = await EdgePython.create();
    const out: string[] = [];
    ep.onOutput((l) => out.push(l));
    await ep.run("try:\n    'a'.casefold()\nexcept SystemError as e:\n    print('caught', e)\n");
    assert.deepEqual(out, ["caught internal error: x is undefined"]);
  } finally {
    StrType.dict.set("casefold", casefold!);
    bumpTypeEpoch();
  }
});
