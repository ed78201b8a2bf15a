// Memoization of pure recursive functions (vm/memo.ts), observed through the op budget: a
// memoized recursion runs in a handful of operations, an unmemoized one in millions.

import assert from "node:assert/strict";
import { outputOf } from "./helpers.ts";

const runWithin = (ops: number, src: string) => outputOf(src, { ops });

const FIB = "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n";

Deno.test("memo: fib(i) for i from 0 stays memoized (its small calls do little work, but all of it calls)", async () => {
  // unmemoized, these would take about 7 million calls
  assert.deepEqual(await runWithin(200_000, FIB + "print(sum(fib(i) for i in range(32)))"), ["3524577"]);
  assert.deepEqual(await runWithin(200_000, FIB + "print([fib(i) for i in range(32)][-1])"), ["1346269"]);
});

Deno.test("memo: a recursion that is not memoizable still runs out of the same budget", async () => {
  // (the same recursion through a list argument, which is mutable: no memo)
  const src = "def fib(n, l):\n    if n < 2:\n        return n\n    return fib(n - 1, l) + fib(n - 2, l)\n" +
    "print(sum(fib(i, []) for i in range(32)))";
  await assert.rejects(runWithin(200_000, src), /budget exceeded/);
});
