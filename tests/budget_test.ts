// The op budget (`limits.ops`) charges the work a builtin does inside one instruction: a loop of
// bulk operations (`L.count(x)`, `x in L`, `sorted(L)`, `str(L)`, `s.split()`, ...) on a large
// object runs out of budget, as a loop of bytecode does, instead of doing unbounded work for a
// handful of instructions. Each program below would finish (after about 10^8 native steps) if the
// operation were free; charged, it ends in the uncatchable "budget exceeded" within a few of them.
//   deno test -A tests/budget_test.ts

import assert from "node:assert/strict";
import { EdgePython, PythonError } from "../mod.ts";
import { outputOf } from "./helpers.ts";

const OPS = 1_000_000;

/** Run a program under a small op budget; return the error's last line, or "done". */
async function runOps(src: string, ops = OPS): Promise<string> {
  const ep = await EdgePython.create({ limits: { ops } });
  try {
    await ep.run(src, { filename: "budget.py" });
    return "done";
  } catch (e) {
    if (!(e instanceof PythonError)) throw e;
    return e.message;
  }
}

const LIST = "L = [0] * 100_000\nL[-1] = 1\nL2 = [0] * 100_000\nT = tuple(L)\n";
const STR = "s = 'a' * 1_000_000\n";
const DICT = "d = dict.fromkeys(range(50_000))\nS = set(range(50_000))\n";

const cases: [string, string][] = [
  [LIST, "L.count(1)"],
  [LIST, "1 in L"],
  [LIST, "1 in T"],
  [LIST, "L.index(1)"],
  [LIST, "L.reverse()"],
  [LIST, "L.copy()"],
  [LIST, "L[:]"],
  [LIST, "L[::2]"],
  [LIST, "L + L2"],
  [LIST, "L * 2"],
  [LIST, "L == L2"],
  [LIST, "L < L2"],
  [LIST, "T == tuple(L2)"],
  [LIST, "str(L)"],
  [LIST, "repr(T)"],
  [LIST, "hash(T)"],
  [LIST, "sorted(L)"],
  [LIST, "L.sort()"],
  [LIST, "max(L)"],
  [LIST, "sum(L)"],
  [LIST, "any(L)"],
  [LIST, "any(T)"],
  [LIST, "list(L)"],
  [LIST, "[*L]"],
  [LIST, "[*T, 1]"],
  [LIST, "(lambda *a: 0)(*L)"],
  [LIST, "set(L)"],
  [LIST, "L.insert(0, 1); L.pop(0)"],
  [LIST, "L.append(1); L.remove(1)"],
  [LIST, "L[1:1] = [5]; del L[1]"],
  [LIST, "bytes(L)"],
  [LIST, "'x'.join(map(str, L[:10_000]))"],
  [STR, "s.count('b')"],
  [STR, "s.find('b')"],
  [STR, "'b' in s"],
  [STR, "s.split('b')"],
  [STR, "s.upper()"],
  [STR, "s.replace('b', 'c')"],
  [STR, "s.isalpha()"],
  [STR, "s * 2"],
  [STR, "repr(s)"],
  [STR, "hash(s)"],
  [STR + "b = s.encode()\n", "b.count(b'b')"],
  [STR + "b = s.encode()\n", "b'b' in b"],
  [DICT, "d.copy()"],
  [DICT, "list(d)"],
  [DICT, "d == d.copy()"],
  [DICT, "None in d.values()"],
  [DICT, "S == set(S)"],
  [DICT, "S & S"],
  [DICT, "S <= S"],
];

Deno.test("budget: a loop of bulk operations on large objects runs out of op budget", async () => {
  for (const [setup, op] of cases) {
    const r = await runOps(`${setup}for i in range(1000):\n    ${op}\nprint('finished')\n`);
    assert.equal(r, "RuntimeError: budget exceeded", op);
  }
});

Deno.test("budget: the same operations on small objects stay cheap", async () => {
  // 1000 iterations of each on 10-element objects fit easily in the same budget
  const small = "L = [0] * 10\nL[-1] = 1\nL2 = [0] * 10\nT = tuple(L)\ns = 'a' * 10\nd = dict.fromkeys(range(10))\nS = set(range(10))\n";
  for (const [, op] of cases) {
    if (op.includes("b'b'")) continue;
    const r = await runOps(`${small}for i in range(1000):\n    ${op}\n`);
    assert.equal(r, "done", op);
  }
});

Deno.test("budget: the budget error from a bulk operation cannot be caught", async () => {
  const r = await runOps("L = [0] * 100_000\ntry:\n    while True:\n        L.count(1)\nexcept BaseException:\n    print('caught')\n");
  assert.equal(r, "RuntimeError: budget exceeded");
});

Deno.test("budget: endless __getitem__ iteration is stopped, whatever the signature", async () => {
  for (const sig of ["self, *a", "self, i", "*a"]) {
    const cls = `class S:\n    def __getitem__(${sig}): return 1\n`;
    for (const op of ["2 in S()", "all(S())", "sum(S())", "list(S())", "for x in S(): pass", "sorted(S())", "max(S())"]) {
      assert.equal(await runOps(cls + op + "\n", 200_000), "RuntimeError: budget exceeded", `${sig}: ${op}`);
    }
  }
});

Deno.test("budget: a list that grows while a builtin drains it is stopped", async () => {
  assert.equal(await runOps("L = [0]\nany(map(L.append, L))\n"), "RuntimeError: budget exceeded");
  assert.equal(await runOps("L = [0]\nall(L.append(x) is None for x in L)\n"), "RuntimeError: budget exceeded");
});

Deno.test("budget: building a long string piece by piece stays linear (concatenation charges its shorter side)", async () => {
  // 300,000 appends by +=, by s = s + c and by an f-string: well within the corpus budget of 100M,
  // as CPython runs them in linear time
  const src = "s = ''\nfor i in range(300_000):\n    s += 'x'\nt = ''\nfor i in range(300_000):\n    t = t + 'y'\n" +
    "u = ''\nfor i in range(300_000):\n    u = f'{u}z'\nassert len(s) == len(t) == len(u) == 300_000\n";
  assert.equal(await runOps(src, 100_000_000), "done");
  // a string that keeps doubling is still charged for what it copies
  assert.equal(await runOps("t = 'ab' * 40_000\nwhile True:\n    t = t + t\n    t = t[:80_000]\n"), "RuntimeError: budget exceeded");
});

Deno.test("budget: emptying a dict by popitem() and looking up instances among int keys stay linear", async () => {
  // the indexes behind them (the key order, the plain keys by hash) are charged when built, once
  assert.equal(await runOps("d = dict.fromkeys(range(50_000))\nwhile d:\n    d.popitem()\n", 2_000_000), "done");
  const cls = "class P:\n    def __init__(s, x): s.x = x\n    def __hash__(s): return hash(s.x)\n" +
    "    def __eq__(s, o): return isinstance(o, P) and o.x == s.x\n";
  const src = `${cls}d = {i: i for i in range(50_000)}\nd[P(1)] = 'p'\nprint(sum(P(i) in d for i in range(2000)))\n`;
  assert.equal(await runOps(src, 2_000_000), "done");
});

Deno.test("budget: walks into nested containers charge every element they reach, however small the containers", async () => {
  // 27 doublings: 2^27 elements behind 27 two-element containers, each free as a flat operation
  const nest = (open: string, close: string) =>
    `a = ${open}1${close}\nb = ${open}1${close}\nfor i in range(27):\n    a = ${open}a, a${close}\n    b = ${open}b, b${close}\n`;
  const dicts = "a = {1: 1}\nb = {1: 1}\nfor i in range(27):\n    a = {1: a, 2: a}\n    b = {1: b, 2: b}\n";
  const cases: [string, string][] = [
    [nest("[", "]"), "a == b"],
    [nest("[", "]"), "a < b + [2]"],
    [nest("[", "]"), "b in [0, a]"],
    [nest("[", "]"), "[a].count(b)"],
    [nest("(", ",)"), "a == b"],
    [nest("(", ",)"), "hash(a)"],
    [nest("(", ",)"), "{a: 1}[b]"],
    [nest("[", "]"), "repr(a)"],
    [nest("(", ",)"), "str(a)"],
    [nest("[", "]"), "print(a)"],
    [dicts, "a == b"],
    [dicts, "repr(a)"],
  ];
  for (const [setup, op] of cases) {
    assert.equal(await runOps(setup + op + "\n", 100_000), "RuntimeError: budget exceeded", `${setup.slice(0, 9)}: ${op}`);
  }
  // while nesting a few levels deep costs next to nothing
  const small = "a = [[1, 2], (3, [4])]\nb = [[1, 2], (3, [4])]\nt = ((1, 2), (3, (4,)))\nd = {1: [2, {3: (4,)}]}\n";
  assert.equal(await runOps(`${small}for i in range(1000):\n    a == b; a < b; hash(t); repr(a); str(d); d == d.copy(); b in [a]\n`), "done");
});

Deno.test("budget: a repr longer than MAX_SEQUENCE characters is a MemoryError raised while it is built", async () => {
  // 2^11 strings of 10,000 characters behind 11 nested lists: 20 million characters; the same
  // with half of them fits (each level of the repr stops as soon as it is too long, so a nesting
  // whose repr would take gigabytes fails as fast)
  const src = (levels: number, fn: string) =>
    `a = ['x' * 10_000]\nfor i in range(${levels}):\n    a = [a, a]\ntry:\n    print(len(${fn}(a)))\nexcept MemoryError:\n    print('MemoryError')\n`;
  for (const fn of ["repr", "str"]) {
    assert.deepEqual(await outputOf(src(11, fn)), ["MemoryError"]);
    assert.deepEqual(await outputOf(src(9, fn)), ["5124092"]);
  }
  assert.deepEqual(await outputOf("d = {i: 'x' * 10_000 for i in range(1100)}\ntry:\n    print(len(repr(d)))\nexcept MemoryError:\n    print('MemoryError')\n"), ["MemoryError"]);
  assert.deepEqual(await outputOf("s = {str(i) * 10_000 for i in range(1100)}\ntry:\n    print(len(repr(s)))\nexcept MemoryError:\n    print('MemoryError')\n"), ["MemoryError"]);
});

Deno.test("budget: a handler that recurses on RecursionError is stopped, though each raise walks a longer context chain", async () => {
  // every raise links the exception being handled as its __context__ and walks that chain (as
  // CPython does, to break cycles); the walk grows with every level, and unless it is charged the
  // program runs for hours under any budget
  const src = "def f():\n    try:\n        f()\n    except RecursionError:\n        f()\nf()\n";
  const ep = await EdgePython.create({ limits: { ops: 200_000, depth: 40 } });
  const e = await ep.run(src).then(() => null, (e) => e);
  assert.ok(e instanceof PythonError);
  assert.equal(e.message, "RuntimeError: budget exceeded");
});

Deno.test("budget: a class with 10,000 bases is made in steps linear in its MRO; a chain of classes is charged for its MROs", async () => {
  // Regression: the C3 merge scanned every list's tail for every head it tried (CPython's
  // algorithm), cubic in the bases: 10,000 of them took minutes. The merge charges the budget for
  // each of its steps, so a merge that went back to that would run out of this budget
  const wide = "bases = [type('B%d' % i, (), {}) for i in range(10_000)]\nclass C(*bases): pass\nassert len(C.__mro__) == 10_002\n";
  assert.equal(await runOps(wide, 1_000_000), "done");
  // each class of a chain holds a copy of its base's MRO (as in CPython): 10,000 deep is 50 million
  // entries, charged as copies
  const deep = "C = object\nfor i in range(10_000):\n    C = type('C', (C,), {})\n";
  assert.equal(await runOps(deep, 1_000_000), "RuntimeError: budget exceeded");
  assert.equal(await runOps(deep.replace("10_000", "1_000")), "done");
});

Deno.test("budget: a comprehension run in one instruction, or a generator expression a builtin consumes, is charged per item as its loop is", async () => {
  // (FOR_ITER_APPEND: the whole loop inside one dispatch; its items cost what the jumps charge)
  assert.equal(await runOps("L = [x for x in range(10**9)]"), "RuntimeError: budget exceeded");
  assert.equal(await runOps("S = {x % 7 for x in range(10**9) if x % 2}"), "RuntimeError: budget exceeded");
  assert.equal(await runOps("L = [c for c in 'ab' * 10**6]"), "RuntimeError: budget exceeded");
  assert.equal(await runOps("t = sum(x for x in range(10**9) if x % 2)"), "RuntimeError: budget exceeded");
  // within the budget it finishes with every item
  assert.equal(await runOps("L = [x for x in range(10_000) if x % 3]\nassert len(L) == 6666"), "done");
  assert.equal(await runOps("assert sum(x for x in range(10_000) if x % 3) == 33_326_667"), "done");
});
