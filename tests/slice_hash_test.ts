// Slices are hashable, as in CPython 3.12 (3.11 raises "unhashable type: 'slice'", so tests/py
// cannot hold this): a slice hashes as the tuple of its bounds, equal slices are one dict key or set
// element, and unhashable bounds raise. Expected lines are CPython 3.12.1's.

import assert from "node:assert/strict";
import { outputOf as run } from "./helpers.ts";

const SRC = `
print(slice.__hash__)
s = slice(1, 2)
print(hash(s) == hash(slice(1, 2)), hash(s) == hash(slice(1, 2, None)), s.__hash__() == hash(s), hash(slice(1.0, 2)) == hash(s))
d = {s: "a", slice(None): "all"}
print(d[slice(1, 2)], d[slice(None, None, None)], slice(1, 2) in d, slice(1, 3) in d, len({slice(1), slice(1), slice(None, 1)}))
class D(dict):
    pass
dd = D({slice(0, 2): "first two"})
print(dd[0:2])
try:
    dd[0:3]
except KeyError as e:
    print("KeyError", e)
for bad in [slice([], 1), slice(1, {}), slice(1, 2, [3])]:
    for f in (hash, lambda x: {x: 1}, lambda x: x in {1}):
        try:
            f(bad)
        except TypeError as e:
            print(e)
class K:
    def __init__(self, v): self.v = v
    def __hash__(self):
        print("K.hash")
        return hash(self.v)
    def __eq__(self, o):
        return isinstance(o, K) and self.v == o.v
print({slice(K(1), 2): "k"}[slice(K(1), 2)])
print((slice(1, 2),) in {(slice(1, 2),): 0}, {slice(1, 2)} | {slice(1, 2)}, {slice(2): 1}.get(slice(None, 2)))
`;

Deno.test("slices are hashable (CPython 3.12)", async () => {
  assert.deepEqual(await run(SRC), [
    "<slot wrapper '__hash__' of 'slice' objects>",
    "True True True True",
    "a all True False 1",
    "first two",
    "KeyError slice(0, 3, None)",
    "unhashable type: 'list'",
    "unhashable type: 'list'",
    "unhashable type: 'list'",
    "unhashable type: 'dict'",
    "unhashable type: 'dict'",
    "unhashable type: 'dict'",
    "unhashable type: 'list'",
    "unhashable type: 'list'",
    "unhashable type: 'list'",
    "K.hash",
    "K.hash",
    "k",
    "True {slice(1, 2, None)} 1",
  ]);
});
