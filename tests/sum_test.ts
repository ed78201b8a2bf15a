// sum() of floats uses compensated summation, as CPython 3.12 does (the original's corpus checks
// it: sum([0.1, 0.2, 0.3]) == 0.6). CPython 3.11 adds plainly and prints 0.6000000000000001.

import assert from "node:assert/strict";
import { outputOf as run } from "./helpers.ts";

Deno.test("sum() of floats is compensated (CPython 3.12 semantics)", async () => {
  assert.deepEqual(await run("print(sum([0.1] * 10))\nprint(sum([0.1, 0.2, 0.3]))\nprint(sum([1e100, 1.0, -1e100]))"), [
    "1.0",
    "0.6",
    "1.0",
  ]);
});

Deno.test("sum() keeps ints exact and mixes ints with floats", async () => {
  assert.deepEqual(await run("print(sum(range(10**6)))\nprint(sum([1, 2.5, 3]))\nprint(sum([2**60, 2**60]))"), [
    "499999500000",
    "6.5",
    "2305843009213693952",
  ]);
});
