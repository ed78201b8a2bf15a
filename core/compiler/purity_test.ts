// Static purity (purity.ts): which functions are memoization candidates, and which of them tell
// objects apart by identity, so that their memo tables key arguments by identity (vm/memo.ts).
//   deno test -A core/compiler/purity_test.ts

import assert from "node:assert/strict";
import { type Code, CO_PURE } from "./code.ts";
import { compile } from "./stmt.ts";

/** The code object of function `name` defined at the top of `src`. */
function fn(src: string, name: string): Code {
  const code = compile(src, "<s>").code.children.find((c) => c.name === name);
  assert.ok(code !== undefined, name);
  return code;
}

/** [pure, identity] of `def f(params)` whose body loops (real work), then runs `body`. */
function judge(params: string, body: string): [boolean, boolean] {
  const code = fn(`def f(${params}):\n    for i in range(3):\n        pass\n    ${body}\n`, "f");
  return [(code.flags & CO_PURE) !== 0, code.identity];
}

Deno.test("purity: `is` against None, True or Ellipsis does not tell equal objects apart", () => {
  assert.deepEqual(judge("x", "return x is None"), [true, false]);
  assert.deepEqual(judge("x", "return x is not None"), [true, false]);
  assert.deepEqual(judge("x", "return x is True"), [true, false]);
  assert.deepEqual(judge("x", "return x is ..."), [true, false]);
  assert.deepEqual(judge("x, y", "return x == y"), [true, false]);
});

Deno.test("purity: `is` between two values that may be objects marks the function", () => {
  assert.deepEqual(judge("x, y", "return x is y"), [true, true]);
  assert.deepEqual(judge("x, y", "return x is not y"), [true, true]);
  assert.deepEqual(judge("x", "return x is 1.5"), [true, true]);
  assert.deepEqual(judge("x, y", "return x[0] is y[0]"), [true, true]);
  // the right operand is None on one branch only
  assert.deepEqual(judge("a, b, c", "return a is (b if c else None)"), [true, true]);
  assert.deepEqual(judge("a, b", "if a is b:\n        return 1\n    return 2"), [true, true]);
});

Deno.test("purity: impure bodies are not candidates", () => {
  assert.equal(judge("x", "return x.y")[0], false);
  assert.equal(judge("x", "x[0] = 1")[0], false);
  // (print is a global: whether it is a pure builtin is checked when the memo table is made)
  assert.equal(judge("x", "print(x)")[0], true);
});
