// Time slices and stalls under a fake clock (each reading of it advances 5 ms, so a slice of
// SLICE_MS and a stall of STALL_MS pass after a few periodic checks): a run pauses at its back-edges
// and calls, and a loop that cannot pause (inside a builtin at the top level, inside a nested run)
// is reported to the host (HostIO.stalled), where the host can stop it (the API's interrupt()).
//   deno test -A tests/stall_test.ts

import assert from "node:assert/strict";
import { compile } from "../core/compiler/stmt.ts";
import { createBuiltins } from "../core/builtins/index.ts";
import { Frame } from "../core/vm/frame.ts";
import { Interp, newExc } from "../core/vm/vm.ts";
import { Scheduler } from "../core/vm/scheduler.ts";
import { KeyboardInterrupt, RuntimeError } from "../core/objects/exceptions.ts";
import { SLICE_MS, STALL_MS } from "../core/limits.ts";

function uncatchable(message: string) {
  const e = newExc(RuntimeError, message);
  e.uncatchable = true;
  return e;
}

/**
 * Drive a program as host/api.ts does, under the fake clock, for at most `slices` time slices;
 * the first stall raises KeyboardInterrupt at the VM's next check (as EdgePython.interrupt() called
 * from onStall does). Returns how many slices ended in a pause, how many stalls were reported, and
 * the class name of the uncaught exception ("" when the run finished or was left paused).
 */
function drive(src: string, slices = 20): { pauses: number; stalls: number; error: string } {
  let clock = 0, stalls = 0, sliceStart = 0;
  const vm: Interp = new Interp(
    {
      write() {},
      readLine: () => null,
      now: () => {
        // a slice that never ends, nor stalls, fails the test rather than hanging it
        if ((clock += 5) - sliceStart > 10 * STALL_MS) throw uncatchable("neither paused nor stalled");
        return clock;
      },
      stalled: () => {
        stalls++;
        vm.interrupt ??= newExc(KeyboardInterrupt, "");
      },
    },
    { ops: Infinity, depth: 1000, objects: Infinity },
    createBuiltins(),
  );
  vm.activate();
  const code = compile(src, "stall.py").code;
  const frame = new Frame(code, null, vm.newModule("__main__", code), null);
  frame.boundary = true;
  vm.pausable = true;
  const sched = new Scheduler(vm, false);
  vm.scheduler = sched;
  sched.start(frame);
  let pauses = 0;
  try {
    while (pauses < slices) {
      sliceStart = clock;
      vm.sliceDeadline = vm.io.now() + SLICE_MS;
      vm.activate();
      const st = sched.drive(vm.sliceDeadline);
      if (st.kind !== "paused") break;
      pauses++;
    }
  } catch (e) {
    const exc = e as { cls?: { name: string }; args?: { a: unknown[] } };
    return { pauses, stalls, error: exc.cls ? [exc.cls.name, ...exc.args!.a].join(": ") : String(e) };
  } finally {
    vm.scheduler = null;
    vm.pausable = false;
  }
  return { pauses, stalls, error: "" };
}

Deno.test("stall: a loop inside a builtin at the top level is reported as a stall, and stopped from there", () => {
  for (
    const src of [
      "sum(range(10**15))",
      "max(iter(int, 1))",
      "set(iter(int, 1))",
      "sorted(iter(int, 1))",
      "sum(map(abs, iter(int, 1)))",
      "1 in iter(int, 1)",
      "''.join(map(str, iter(int, 1)))",
      "any(x for x in iter(int, 1))",
      "def g():\n    while True: yield 1\nsum(g())",
      "sorted([3, 1, 2], key=lambda v: sum(range(10**15)))",
    ]
  ) {
    const r = drive(src);
    assert.equal(r.error, "KeyboardInterrupt", src);
    assert.equal(r.stalls, 1, src);
  }
});

Deno.test("stall: a recursion without loops pauses at its calls instead of stalling", () => {
  for (
    const src of [
      "def f(n):\n    if n < 2: return [n]\n    return [f(n - 1), f(n - 2)]\nf(40)",
      // a fused call (its arguments are evaluated once, the pause comes at the callee's start)
      "def f(n):\n    if n < 2: return [n]\n    return [f(n - 1), f(n - 2)], len([n]) + 1\nf(40)",
      "class C:\n    def f(self, n):\n        if n < 2: return [n]\n        return [self.f(n - 1), self.f(n - 2)]\nC().f(40)",
      // calls the loop makes through its helpers (callAny): *args, a cell of its own, a pure function
      "def f(n, *a):\n    if n < 2: return [n]\n    return [f(n - 1), f(n - 2)]\nf(40)",
      "def f(n):\n    g = lambda: n\n    if n < 2: return [g()]\n    return [f(n - 1), f(n - 2)]\nf(40)",
      "def f(n, d):\n    return n if d == 0 else f(2 * n, d - 1) + f(2 * n + 1, d - 1)\nf(0, 40)",
    ]
  ) {
    const r = drive(src, 3);
    assert.deepEqual(r, { pauses: 3, stalls: 0, error: "" }, src);
  }
  // and a pause at a call loses nothing: the program computes the same result
  const src = "c = 0\ndef f(n):\n    global c\n    c += 1\n    return 1 if n < 2 else f(n - 1) + f(n - 2)\n" +
    "assert f(18) == 4181 and c == 8361\n";
  const r = drive(src, 100_000);
  assert.deepEqual([r.stalls, r.error], [0, ""]);
  assert.ok(r.pauses > 0);
});

Deno.test("stall: a comprehension run in one instruction still pauses at the end of its time slices", () => {
  for (
    const src of [
      "def f():\n    return [x for x in range(10**12)]\nf()",
      "def f():\n    return {x % 5 for x in range(10**12) if x % 2}\nf()",
    ]
  ) {
    const r = drive(src, 3);
    assert.deepEqual(r, { pauses: 3, stalls: 0, error: "" }, src);
  }
  // and a pause inside one loses nothing
  const r = drive("L = [x * 2 for x in range(300_000) if x % 3]\nassert len(L) == 200_000 and L[-1] == 599_998 and sum(L) == 60_000_000_000\n", 100_000);
  assert.deepEqual([r.stalls, r.error], [0, ""]);
  assert.ok(r.pauses > 0);
});
