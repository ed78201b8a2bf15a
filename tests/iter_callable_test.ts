// iter(x, sentinel) with a non-callable x names its parameters as CPython 3.12 does ("iter(object,
// sentinel): object must be callable"; 3.11 says "iter(v, w): v must be callable", so tests/py
// cannot hold this). Expected lines are CPython 3.12.1's.

import assert from "node:assert/strict";
import { outputOf as run } from "./helpers.ts";

const SRC = `
for args in [(5, 1), ("abc", "b"), ([1, 2], None)]:
    try:
        iter(*args)
    except TypeError as e:
        print(e)
print(list(iter(iter([1, 2, 0, 3]).__next__, 0)))
`;

Deno.test("iter(x, sentinel) with x not callable (CPython 3.12's message)", async () => {
  assert.deepEqual(await run(SRC), [
    "iter(object, sentinel): object must be callable",
    "iter(object, sentinel): object must be callable",
    "iter(object, sentinel): object must be callable",
    "[1, 2]",
  ]);
});
