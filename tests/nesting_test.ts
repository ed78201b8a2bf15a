// Deeply nested source: brackets nest 200 deep as in CPython (201 is "too many nested parentheses");
// other recursive constructs (unary operators, `not`, lambda chains, conditional expressions, `**`)
// compile 1,000 deep and past that raise "maximum recursion depth exceeded during compilation"
// (CPython: about 3,000; see MAX_PARSE_DEPTH), never a JS stack overflow; long chains of
// left-associative operators are not nesting and compile at any length.
//   deno test -A tests/nesting_test.ts

import assert from "node:assert/strict";
import { EdgePython, PythonError } from "../mod.ts";
import { MAX_PARSE_DEPTH } from "../core/limits.ts";

/** Run a program: its printed lines, or the error's "Type: message". */
async function run(src: string): Promise<string> {
  const ep = await EdgePython.create();
  const out: string[] = [];
  ep.onOutput((line) => out.push(line));
  try {
    await ep.run(src, { filename: "nesting.py" });
    return out.join("\n");
  } catch (e) {
    if (!(e instanceof PythonError)) throw e;
    return `${e.type}: ${e.message.replace(/^\w+: /, "")}`;
  }
}

const TOO_DEEP = "RecursionError: maximum recursion depth exceeded during compilation";
const PARENS = "SyntaxError: too many nested parentheses";

/** Each construct nested n deep, and what CPython 3.11 prints for it at 200 and 1,000. */
const deep: [string, (n: number) => string, string][] = [
  ["unary minus", (n) => "print(" + "-".repeat(n) + "1)", "1"],
  ["not", (n) => "print(" + "not ".repeat(n) + "1)", "True"],
  ["invert", (n) => "print(" + "~".repeat(n) + "1)", "1"],
  ["lambda chain", (n) => "f = " + "lambda: ".repeat(n) + "7\nprint(type(f).__name__)", "function"],
  ["conditional chain", (n) => "print(" + "0 if 0 else ".repeat(n) + "2)", "2"],
  ["power chain", (n) => "print(" + "1 ** ".repeat(n) + "2)", "1"],
];

Deno.test("nesting: 200 nested brackets of each kind run, 201 are CPython's SyntaxError", async () => {
  const kinds: [string, string, string][] = [["(", ")", "1"], ["[", "]", "1"], ["{1: ", "}", "1"], ["f(", ")", "1"]];
  for (const [open, close, x] of kinds) {
    const src = (n: number) => "f = lambda *a: a\nx = " + open.repeat(n) + x + close.repeat(n) + "\nprint('ok')";
    assert.equal(await run(src(200)), "ok", open);
    assert.equal(await run(src(201)), PARENS, open);
    assert.equal(await run(src(10_000)), PARENS, open);
  }
  assert.equal(await run("print(" + "[x for x in ".repeat(99) + "[1]" + "]".repeat(99) + ")"), "[1]");
});

Deno.test("nesting: recursive constructs compile 1,000 deep; deeper is a RecursionError, never a JS overflow", async () => {
  for (const [name, src, expected] of deep) {
    assert.equal(await run(src(200)), expected, `${name} x 200`);
    assert.equal(await run(src(MAX_PARSE_DEPTH - 10)), expected, `${name} x ${MAX_PARSE_DEPTH - 10}`);
    for (const n of [5_000, 100_000]) assert.equal(await run(src(n)), TOO_DEEP, `${name} x ${n}`);
  }
});

Deno.test("nesting: long left-associative chains are not nesting", async () => {
  assert.equal(await run("print(" + "1 + ".repeat(100_000) + "1)"), "100001");
  assert.equal(await run("x = 1\nprint(" + "x <= ".repeat(10_000) + "2)"), "True");
  assert.equal(await run("print(" + "1 and ".repeat(10_000) + "2)"), "2");
  assert.equal(await run("f = lambda: f\nprint(type(f" + "()".repeat(10_000) + ").__name__)"), "function");
  assert.equal(await run("a = [0]\na[0] = a\nprint(len(a" + "[0]".repeat(10_000) + "))"), "1");
});

Deno.test("nesting: a RecursionError during compilation prints its message alone, as CPython (no File line or caret)", async () => {
  const ep = await EdgePython.create();
  const err = await ep.run("x = " + "-".repeat(3000) + "1\n", { filename: "deep.py" }).then(() => null, (e) => e);
  assert.ok(err instanceof PythonError);
  assert.equal(err.traceback, TOO_DEEP);
});
