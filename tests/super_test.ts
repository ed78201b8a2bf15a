// Zero-argument super() inside comprehensions follows CPython 3.12, where list, set and dict
// comprehensions run inlined in their function's frame (PEP 709): super() there works as in the
// method itself. A generator expression still has a frame of its own, whose first argument is
// its iterator. (CPython 3.11 raises TypeError in all of them, so tests/py cannot hold these.)
// Expected lines are CPython 3.12.1's.

import assert from "node:assert/strict";
import { outputOf as run } from "./helpers.ts";

const SRC = `
class A:
    def f(self): return "A.f"
class E(A):
    def f(self):
        return [super().f() for _ in range(2)]
    def g(self):
        return {k: super().f() for k in range(1)}, {super().f() for _ in "a"}
    def h(self):
        return [[super().f() for _ in range(1)] for _ in range(2)]
    def gen(self):
        return list(super().f() for _ in range(1))
    def lam(self):
        return (lambda: [super().f() for _ in range(1)])()
    def inner(self):
        def g(me):
            return [super(E, me).f() + super().f() for _ in range(1)]
        return g(self)
    def star(*args):
        return [super().f() for _ in range(1)]
    def rebind(self):
        self = 5
        return [super().f() for _ in range(1)]
    @classmethod
    def cm(cls):
        return [super().f.__qualname__ for _ in range(1)]
for name in ["f", "g", "h", "gen", "lam", "inner", "star", "rebind", "cm"]:
    try:
        print(name, getattr(E(), name)())
    except Exception as e:
        print(name, type(e).__name__, e)
`;

Deno.test("super() in comprehensions: inlined in the method's frame (CPython 3.12)", async () => {
  assert.deepEqual(await run(SRC), [
    "f ['A.f', 'A.f']",
    "g ({0: 'A.f'}, {'A.f'})",
    "h [['A.f'], ['A.f']]",
    "gen TypeError super(type, obj): obj must be an instance or subtype of type",
    "lam RuntimeError super(): no arguments",
    "inner ['A.fA.f']",
    "star RuntimeError super(): no arguments",
    "rebind TypeError super(type, obj): obj must be an instance or subtype of type",
    "cm ['A.f']",
  ]);
});

const SRC_ALIAS = `
class A:
    def f(self): return "A.f"
class E(A):
    def alias(self):
        return [s().f() for s in [super]]
    def alias_gen(self):
        return list(s().f() for s in [super])
    def rebound(self):
        global super
        saved = super
        def super(*args):
            print("wrapper got", len(args), "args")
            return saved(*args)
        try:
            return [super().f() for _ in range(1)], super().f()
        finally:
            super = saved
for name in ["alias", "alias_gen", "rebound"]:
    try:
        print(name, getattr(E(), name)())
    except Exception as e:
        print(name, type(e).__name__, e)
`;

Deno.test("super() in comprehensions: an alias, and a global super rebound to a function (CPython 3.12)", async () => {
  // a comprehension that loads the name `super` gives its method the __class__ free variable;
  // a rebound global super is called with no arguments, also from a comprehension
  assert.deepEqual(await run(SRC_ALIAS), [
    "alias ['A.f']",
    "alias_gen RuntimeError super(): __class__ cell not found",
    "wrapper got 0 args",
    "rebound RuntimeError super(): no arguments",
  ]);
});
