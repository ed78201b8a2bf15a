// A coroutine run by the scheduler (run, gather) whose awaited object's __await__ yields a bare
// value: the task gives up its turn and resumes later, as asyncio's tasks do for a bare yield
// (the runtime's scheduler builtins have no CPython counterpart, so tests/py cannot hold these).
// Regression: resuming such a task failed with an internal error, in a plain await and in an
// await inside a comprehension.

import assert from "node:assert/strict";
import { outputOf } from "./helpers.ts";

const SRC = `
class Y:
    def __init__(self, v=1): self.v = v
    def __await__(self):
        yield
        return self.v
async def one(v):
    return await Y(v)
async def main():
    x = await Y()
    a = [await Y(i) for i in range(2)]
    b = {i: await one(i) for i in range(2)}
    return x, a, b
print(run(main()))
async def task(n):
    r = [await Y(n) for i in range(2)]
    sleep(0.01)
    return r
print(gather(task(1), task(2)))
`;

Deno.test("a bare yield inside a scheduled coroutine gives up the task's turn", async () => {
  assert.deepEqual(await outputOf(SRC), ["(1, [0, 1], {0: 0, 1: 1})", "[[1, 1], [2, 2]]"]);
});
