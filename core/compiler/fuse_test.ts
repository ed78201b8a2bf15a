// Expression fusion (fuse.ts): branches that only choose a value become one instruction.
//   deno test -A core/compiler/fuse_test.ts

import assert from "node:assert/strict";
import type { Code } from "./code.ts";
import * as O from "./opcodes.ts";
import { compile } from "./stmt.ts";

/** A code object's opcodes, without the NOPs fused instructions leave. */
function opcodes(code: Code | undefined): string[] {
  assert.ok(code !== undefined);
  const out: string[] = [];
  for (let at = 0; at < code.code.length; at += 1 + O.OP_ARGS[code.code[at]]) {
    if (code.code[at] !== O.NOP) out.push(O.OP_NAMES[code.code[at]]);
  }
  return out;
}

/** The function `f` of `src`. */
function fnF(src: string): Code | undefined {
  return compile(src, "<s>").code.children.find((c: Code) => c.name === "f");
}

/** The opcodes of function `f` in `src`. */
function ops(src: string): string[] {
  return opcodes(fnF(src));
}

Deno.test("fuse: a conditional expression stored or returned is one instruction", () => {
  assert.deepEqual(ops('def f(w):\n    key = w[0] if w else "?"\n    return key\n'), ["FUSED_STORE_FAST", "RETURN_FAST", "RETURN_CONST"]);
  assert.deepEqual(ops("def f(v):\n    return 1 if v > 0 else -1 if v < 0 else 0\n"), ["FUSED_RETURN", "RETURN_CONST"]);
});

Deno.test("fuse: `and` / `or` values, chains included, are one instruction", () => {
  assert.deepEqual(ops("def f(s, o):\n    return s.a == o.a and s.b == o.b\n"), ["FUSED_RETURN", "RETURN_CONST"]);
  assert.deepEqual(ops("def f(a, b, c):\n    x = a or b or c\n    return x\n"), ["FUSED_STORE_FAST", "RETURN_FAST", "RETURN_CONST"]);
  assert.deepEqual(ops("def f(a, b, c, d):\n    return a and b or c and d\n"), ["FUSED_RETURN", "RETURN_CONST"]);
});

Deno.test("fuse: branches over several lines or around calls keep their jumps", () => {
  // (an error on the second line must name it)
  assert.ok(ops("def f(x):\n    return (x[0] if x\n            else x[1])\n").includes("JUMP"));
  assert.ok(ops("def f(x, g):\n    return g(x) if x else 0\n").includes("JUMP"));
});

/** The opcodes of the first comprehension in `src`. */
function compOps(src: string): string[] {
  return opcodes(fnF(src)?.children.find((c: Code) => c.name.startsWith("<")));
}

Deno.test("fuse: a comprehension of one value and an optional filter runs its loop in FOR_ITER_APPEND", () => {
  assert.ok(compOps("def f(xs):\n    return [x * 2 for x in xs if x % 3]\n").includes("FOR_ITER_APPEND"));
  assert.ok(compOps("def f(s):\n    return {c for c in s}\n").includes("FOR_ITER_APPEND"));
  // a call in the value, or a dict comprehension, keeps the plain loop
  assert.ok(!compOps("def f(xs, g):\n    return [g(x) for x in xs]\n").includes("FOR_ITER_APPEND"));
  assert.ok(!compOps("def f(xs):\n    return {x: 1 for x in xs}\n").includes("FOR_ITER_APPEND"));
});

Deno.test("fuse: a generator expression of one value and an optional filter gets a yield-loop plan", () => {
  const gen = (src: string) => compile(src, "<s>").code.children.find((c: Code) => c.name === "<genexpr>")!;
  assert.ok(gen("t = sum(x * x for x in data if x)\n").yieldLoop !== null);
  assert.ok(gen("t = sum(x for row in rows for x in row)\n").yieldLoop !== null);
  assert.equal(gen("t = sum(f(x) for x in data)\n").yieldLoop, null);
});

Deno.test("fuse: `for x in xs: [if c:] out.append(v)` on a local list runs in FOR_ITER_APPEND", () => {
  assert.ok(ops("def f(xs):\n    out = []\n    for x in xs:\n        out.append(x * 2)\n    return out\n").includes("FOR_ITER_APPEND"));
  assert.ok(ops("def f(xs):\n    out = []\n    for x in xs:\n        if x:\n            out.append(x)\n    return out\n").includes("FOR_ITER_APPEND"));
  // a second statement, another method, or the loop's own variable as the list: the plain loop
  assert.ok(!ops("def f(xs):\n    out = []\n    for x in xs:\n        out.append(x)\n        out.append(x)\n").includes("FOR_ITER_APPEND"));
  assert.ok(!ops("def f(xs):\n    out = set()\n    for x in xs:\n        out.add(x)\n").includes("FOR_ITER_APPEND"));
  assert.ok(!ops("def f(xs):\n    for out in xs:\n        out.append(1)\n").includes("FOR_ITER_APPEND"));
  // after fused statements, unless they rebind the list's local
  assert.ok(ops("def f(xs):\n    out = []\n    for x in xs:\n        y = x * 3\n        t = y - x\n        out.append(t)\n    return out\n").includes("FOR_ITER_APPEND"));
  assert.ok(!ops("def f(xs):\n    out = []\n    for x in xs:\n        out = [x]\n        out.append(x)\n    return out\n").includes("FOR_ITER_APPEND"));
});

Deno.test("fuse: a loop of one fused statement or one block of them runs in FOR_ITER_APPEND", () => {
  assert.ok(ops("def f(s):\n    h = 0\n    for ch in s:\n        h = (h * 131 + ord(ch)) % 1000003\n    return h\n").includes("FOR_ITER_APPEND"));
  assert.ok(ops("def f(bs, dt):\n    for b in bs:\n        b[0] += dt * b[3]\n").includes("FOR_ITER_APPEND"));
  assert.ok(ops("def f(bs, dt):\n    for b in bs:\n        b[0] += dt * b[3]\n        b[1] += dt * b[4]\n").includes("FOR_ITER_APPEND"));
  // copies between locals and constant stores join the block
  assert.ok(ops("def f(xs):\n    y = 0\n    for x in xs:\n        y = y * 3 + x\n        w = x\n        n = 0\n    return y\n").includes("FOR_ITER_APPEND"));
  assert.ok(!ops("def f(xs, g):\n    for x in xs:\n        g(x)\n").includes("FOR_ITER_APPEND"));
  assert.ok(!ops("def f(xs, g):\n    for x in xs:\n        y = x + 1\n        g(y)\n").includes("FOR_ITER_APPEND"));
});

Deno.test("fuse: `w = x` and `n = 0` between fused statements join their block", () => {
  // (a block's statements keep their own instructions for tracebacks; its FUSED_STMT jumps past them)
  const c = fnF("def f(x):\n    y = x * 2 + 1\n    w = x\n    n = 0\n    z = y - w\n    return z + n\n")!.code;
  assert.equal(c[0], O.FUSED_STMT);
  assert.equal(c[c[2]], O.FUSED_RETURN);
  // alone, they stay instructions of their own
  const p = ops("def f(x):\n    w = x\n    n = 0\n    return w, n\n");
  assert.ok(p.includes("MOVE_FAST") && p.includes("STORE_CONST_FAST") && !p.includes("FUSED_STMT"), p.join(" "));
});

Deno.test("fuse: a jump forward to a loop's jump back goes back itself", () => {
  const src = "def f(xs, d):\n    t = 0\n    for x in xs:\n        try:\n            t += d[x]\n        except KeyError:\n            t -= 1\n    return t\n";
  const names = ops(src);
  // the try body's jump over the handler and the handler's own jump both go back to the loop
  assert.equal(names.filter((n) => n === "JUMP").length, 0);
  assert.ok(names.filter((n) => n === "JUMP_FOR").length >= 2);
});

Deno.test("fuse: a bound local combined with a call's result is read after the call", () => {
  // a parameter, and a local assigned on every path
  assert.deepEqual(ops("def f(t, g):\n    t += g(1)\n    return t\n"), ["CALL_FUSED", "FUSED_STORE_FAST_SHORT", "RETURN_FAST", "RETURN_CONST"]);
  assert.ok(!ops("def f(g, v, n):\n    acc = 0.0\n    for j in range(n):\n        acc = acc + g(j) * v[j]\n    return acc\n").includes("LOAD_FAST"));
  assert.ok(!ops("def f(o):\n    t = 0\n    t += o.m() * 2\n    return t\n").includes("LOAD_FAST"));
});

Deno.test("fuse: the call that reads a local after it takes the load's place (no NOP runs before it)", () => {
  const first = fnF("def f(t, g):\n    t += g(1)\n    return t\n")!;
  assert.equal(O.OP_NAMES[first.code[0]], "CALL_FUSED");
  // its run ends where the statement after it starts
  assert.equal(O.OP_NAMES[first.code[first.code[1]]], "FUSED_STORE_FAST_SHORT");
  const loop = fnF("def f(o, ts):\n    total = 0\n    for t in ts:\n        total += t.step(o)\n    return total\n")!;
  const c = loop.code;
  const at = c.indexOf(O.STORE_FAST, c.indexOf(O.FOR_ITER_STORE)) + 2;
  assert.equal(O.OP_NAMES[c[at]], "CALL_METHOD_FUSED");
  assert.equal(O.OP_NAMES[c[at + c[at + 1]]], "FUSED_STORE_FAST_SHORT");
});

Deno.test("fuse: a local that may be unbound, or that the call's arguments store, is read before the call", () => {
  const before = (src: string) => assert.ok(ops(src).includes("LOAD_FAST"), src);
  before("def f(g):\n    acc += g(1)\n    return acc\n");
  before("def f(g, c):\n    if c:\n        acc = 1\n    acc += g(1)\n    return acc\n");
  before("def f(t, g):\n    del t\n    t += g(1)\n");
  // (a `del` later in the loop unbinds it for the next pass)
  assert.ok(ops("def f(g):\n    acc = 0\n    for i in g:\n        acc += g(i)\n        del acc\n").includes("LOAD_FAST"));
  // a handler can run before the assignment in its `try` did
  assert.ok(ops("def f(g):\n    try:\n        acc = g(0)\n    except E:\n        acc += g(1)\n    return acc\n").includes("LOAD_FAST"));
});
