// An exception raised by a descriptor's __set_name__ while a class is created propagates as it is,
// with a note naming the descriptor, as in CPython 3.12 (3.11 wraps it in a RuntimeError with that
// message as its text, so tests/py cannot hold this). Expected lines are CPython 3.12.1's.

import assert from "node:assert/strict";
import { outputOf as run } from "./helpers.ts";

const SRC = `
class D:
    def __set_name__(self, owner, name):
        raise ValueError("bad name " + name)
try:
    class X:
        a = D()
except Exception as e:
    print(type(e).__name__, e, e.__cause__, e.__notes__)
class NeedsArgs:
    def __set_name__(self):
        pass
try:
    class Y:
        b = NeedsArgs()
except Exception as e:
    print(type(e).__name__, e, e.__notes__)
class Ok:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class Z:
    c = Ok()
`;

Deno.test("__set_name__ errors propagate with a note (CPython 3.12)", async () => {
  assert.deepEqual(await run(SRC), [
    `ValueError bad name a None ["Error calling __set_name__ on 'D' instance 'a' in 'X'"]`,
    `TypeError NeedsArgs.__set_name__() takes 1 positional argument but 3 were given ["Error calling __set_name__ on 'NeedsArgs' instance 'b' in 'Y'"]`,
    "set_name Z c",
  ]);
});
