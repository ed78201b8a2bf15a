// The library API under misuse: an embedder's mistake (a wrong argument, an invalid limit, a
// callback that throws) fails early with a TypeError or RangeError, or rejects run() with the
// callback's own error; nothing a Python program does rejects run() with anything but a
// PythonError. Also the memory limit (bytes buffers count, MemoryError keeps earlier output),
// interrupt(), and the durations sleep() and with_timeout() accept.

import assert from "node:assert/strict";
import { EdgePython, PythonError } from "../mod.ts";
import { MAX_DEPTH } from "../core/limits.ts";

/** Run a program; its printed lines and what run() rejected with (null when it resolved). */
async function attempt(
  src: string,
  opts: Parameters<typeof EdgePython.create>[0] = {},
): Promise<{ out: string[]; error: unknown }> {
  const ep = await EdgePython.create(opts);
  const out: string[] = [];
  ep.onOutput((l) => out.push(l));
  try {
    await ep.run(src);
    return { out, error: null };
  } catch (e) {
    return { out, error: e };
  }
}

async function pythonError(src: string, opts: Parameters<typeof EdgePython.create>[0] = {}) {
  const r = await attempt(src, opts);
  assert.ok(r.error instanceof PythonError, `expected a PythonError, got ${r.error}`);
  return { out: r.out, error: r.error };
}

// deno-lint-ignore no-explicit-any
const loose = (v: unknown) => v as any;

Deno.test("api: create() rejects invalid options with a TypeError naming the option", async () => {
  const cases: [unknown, RegExp][] = [
    [null, /options must be an object, received null/],
    [5, /options must be an object, received 5/],
    [{ input: "abc" }, /"input" must be an array of strings, received "abc"/],
    [{ input: [1, 2] }, /"input" must be an array of strings/],
    [{ input: null }, /"input" must be an array of strings, received null/],
    [{ limits: null }, /"limits" must be an object, received null/],
    [{ limits: 5 }, /"limits" must be an object/],
    [{ limits: { ops: "100" } }, /"limits.ops" must be a number, received "100"/],
    [{ limits: { depth: null } }, /"limits.depth" must be a number, received null/],
    [{ readLine: 5 }, /"readLine" must be a function/],
    [{ heapUsed: 5 }, /"heapUsed" must be a function/],
    [{ onStall: "x" }, /"onStall" must be a function/],
    [{ clock: "bogus" }, /"clock" must be "real" or "virtual", received "bogus"/],
    [{ noEventWait: 1 }, /"noEventWait" must be a boolean/],
  ];
  for (const [opts, message] of cases) {
    await assert.rejects(EdgePython.create(loose(opts)), { name: "TypeError", message }, JSON.stringify(opts));
  }
});

Deno.test("api: limits must be in range: NaN, negatives, fractions and depths past MAX_DEPTH are a RangeError", async () => {
  const bad: [string, number][] = [
    ["ops", -1], ["ops", NaN], ["ops", 1.5], ["ops", -Infinity],
    ["depth", 0], ["depth", -1], ["depth", NaN], ["depth", Infinity], ["depth", 1.5], ["depth", 3e7], ["depth", MAX_DEPTH + 1],
    ["objects", -1], ["objects", NaN], ["objects", 0.5],
  ];
  for (const [name, value] of bad) {
    await assert.rejects(
      EdgePython.create({ limits: { [name]: value } }),
      { name: "RangeError", message: new RegExp(`"limits\\.${name}" must be .*, received ${value}$`) },
      `${name}: ${value}`,
    );
  }
  // the largest values are accepted: unlimited ops and memory, a million frames
  for (const limits of [{ ops: Infinity }, { objects: Infinity }, { depth: MAX_DEPTH }, { ops: 0 }, { depth: 1 }]) {
    await EdgePython.create({ limits });
  }
});

Deno.test("api: a recursion 100,000 deep runs with limits.depth 100,002 (the module frame counts), and fails with one less", async () => {
  const src = "def f(n):\n    return 0 if n == 0 else f(n - 1) + 1\nprint(f(100000))\n";
  assert.deepEqual((await attempt(src, { limits: { depth: 100_002 } })).out, ["100000"]);
  const { error } = await pythonError(src, { limits: { depth: 100_001 } });
  assert.equal(error.type, "RecursionError");
});

Deno.test("api: run() and the callback registrations reject wrong arguments with a TypeError", async () => {
  const ep = await EdgePython.create();
  const cases: [() => Promise<void>, RegExp][] = [
    [() => ep.run(loose(123)), /source must be a string, received 123/],
    [() => ep.run(loose(null)), /source must be a string, received null/],
    [() => ep.run(loose(undefined)), /source must be a string, received undefined/],
    [() => ep.run(loose(["print(1)"])), /source must be a string, received an array/],
    [() => ep.run(loose(new String("print(1)"))), /source must be a string/],
    [() => ep.run("print(1)", loose(null)), /options must be an object, received null/],
    [() => ep.run("print(1)", loose({ filename: 5 })), /"filename" must be a string, received 5/],
  ];
  for (const [call, message] of cases) await assert.rejects(call(), { name: "TypeError", message });
  assert.throws(() => ep.onOutput(loose(5)), { name: "TypeError", message: /onOutput: expected a function, received 5/ });
  assert.throws(() => ep.onWrite(loose(null)), { name: "TypeError", message: /onWrite: expected a function/ });
  assert.throws(() => ep.pushEvent(loose(5)), { name: "TypeError", message: /expected a string, received 5/ });
  // a second run while one is in progress
  const first = ep.run("sleep(0.01)");
  await assert.rejects(ep.run("print(1)"), { name: "TypeError", message: /already running/ });
  await first;
});

Deno.test("api: a callback that throws stops the run and run() rejects with its error, which Python cannot catch", async () => {
  const boom = new Error("host boom");
  const guarded = "try:\n    print('a')\n    print('b')\nexcept BaseException:\n    print('caught')\nfinally:\n    print('finally')\nprint('after')\n";
  for (const register of ["onOutput", "onWrite"] as const) {
    const ep = await EdgePython.create();
    const seen: string[] = [];
    ep[register]((text: string) => {
      seen.push(text);
      throw boom;
    });
    await assert.rejects(ep.run(guarded), (e) => e === boom, register);
    assert.equal(seen.length, 1, `${register}: ${JSON.stringify(seen)}`);
  }
  const readLine = () => {
    throw boom;
  };
  await assert.rejects(EdgePython.create({ readLine }).then((ep) => ep.run(guarded.replace("print('a')", "input()"))), (e) => e === boom);
  const heapUsed = () => {
    throw boom;
  };
  await assert.rejects(EdgePython.create({ heapUsed }).then((ep) => ep.run("print(1)")), (e) => e === boom);
  // broken contracts: a TypeError, not a confusing Python error
  await assert.rejects(EdgePython.create({ readLine: () => loose(5) }).then((ep) => ep.run("x = input()")), {
    name: "TypeError",
    message: /"readLine" must return a string or null, received 5/,
  });
  await assert.rejects(
    EdgePython.create({ heapUsed: () => NaN, limits: { objects: 100 } }).then((ep) => ep.run("x = [0] * 10")),
    { name: "TypeError", message: /"heapUsed" must return a finite number, received NaN/ },
  );
});

Deno.test("api: an interpreter whose callback threw runs the next program normally", async () => {
  const ep = await EdgePython.create();
  let fail = true;
  const out: string[] = [];
  ep.onOutput((l) => {
    if (fail) throw new Error("once");
    out.push(l);
  });
  await assert.rejects(ep.run("print(1)"), { message: "once" });
  fail = false;
  await ep.run("print(2)");
  assert.deepEqual(out, ["2"]);
});

Deno.test("api: an input() prompt is delivered to onOutput as a line of its own, whether the line comes from input or readLine", async () => {
  const src = 'name = input("Name: ")\nprint("hi", name)';
  assert.deepEqual((await attempt(src, { input: ["bob"] })).out, ["Name: ", "hi bob"]);
  assert.deepEqual((await attempt(src, { readLine: () => "bob" })).out, ["Name: ", "hi bob"]);
  // no prompt, nothing pending: no empty line
  assert.deepEqual((await attempt("print(input())", { input: ["x"] })).out, ["x"]);
});

Deno.test("api: a runaway allocation is a MemoryError that keeps the output printed before it", async () => {
  const progs = [
    "a = []\nwhile True:\n    a.append([0] * 1000)\n",
    "a = []\nwhile True:\n    a.append('x' * 10000 + str(len(a)))\n",
    // bytes and bytearray buffers live outside the JS heap: they count too
    "a = []\nwhile True:\n    a.append(bytes(10**6))\n",
    "a = []\nwhile True:\n    a.append(b'x' * 10**6)\n",
    "a = []\nwhile True:\n    a.append(bytearray(10**7))\n",
  ];
  for (const src of progs) {
    const t0 = performance.now();
    const { out, error } = await pythonError("print('before')\n" + src, { limits: { objects: 100_000 } });
    assert.equal(error.type, "MemoryError", `${src}\n${error.traceback}`);
    assert.deepEqual(out, ["before"]);
    assert.ok(performance.now() - t0 < 5000, `${src}: ${performance.now() - t0} ms`);
  }
  // a MemoryError can be caught, and the program carries on once it let go of the memory
  const { out } = await attempt(
    "a = []\ntry:\n    while True:\n        a.append(b'x' * 10**6)\nexcept MemoryError:\n    a = None\n    print('caught')\n",
    { limits: { objects: 100_000 } },
  );
  assert.deepEqual(out, ["caught"]);
});

Deno.test("api: a loop of bulk operations still yields to the event loop (the op budget they charge does not swallow the pause)", async () => {
  // each count() and repetition charges the budget from native code; the run must still pause at
  // its time slices, or the timer below never fires (and the budget, seconds of work away from
  // the timer even on a loaded machine, ends the loop instead)
  for (const body of ["x = [0] * 5000\n    x.count(1)", "'ab' * 40000", "sorted(range(3000))"]) {
    const ep = await EdgePython.create({ limits: { ops: 10_000_000_000 } });
    setTimeout(() => ep.interrupt(), 50);
    const e = await ep.run(`while True:\n    ${body}\n`).then(() => null, (e) => e);
    assert.ok(e instanceof PythonError, body);
    assert.equal(e.type, "KeyboardInterrupt", `${body}: ${e.message}`);
  }
  // and the budget those operations charge is still exact: the same program, twice, stops at the
  // same point
  const stops: string[] = [];
  for (let i = 0; i < 2; i++) {
    const ep = await EdgePython.create({ limits: { ops: 3_000_000 } });
    const out: string[] = [];
    ep.onOutput((l) => out.push(l));
    const e = await ep.run("i = 0\nwhile True:\n    [0] * 1000\n    i += 1\n    if i % 100 == 0: print(i)\n").then(() => null, (e) => e);
    assert.equal(e?.message, "RuntimeError: budget exceeded");
    stops.push(out.at(-1)!);
  }
  assert.equal(stops[0], stops[1]);
});

Deno.test("api: interrupt() raises KeyboardInterrupt in the running program", async () => {
  // uncaught, in a loop: a PythonError whose exitCode is CPython's 130
  const ep = await EdgePython.create();
  const out: string[] = [];
  ep.onOutput((l) => out.push(l));
  setTimeout(() => ep.interrupt(), 50);
  const e = await ep.run("print('start')\nwhile True:\n    pass\n").then(() => null, (e) => e);
  assert.ok(e instanceof PythonError);
  assert.equal(e.type, "KeyboardInterrupt");
  assert.equal(e.exitCode, 130);
  assert.deepEqual(out, ["start"]);
  // where the program sleeps or waits, at once; it may catch it
  const src = "try:\n    sleep(100)\nexcept KeyboardInterrupt:\n    print('in sleep')\n" +
    "async def w():\n    sleep(100)\ntry:\n    run(w())\nexcept KeyboardInterrupt:\n    print('in run')\n" +
    "try:\n    receive()\nexcept KeyboardInterrupt:\n    print('in receive')\n";
  const ep2 = await EdgePython.create();
  const out2: string[] = [];
  ep2.onOutput((l) => {
    out2.push(l);
    setTimeout(() => ep2.interrupt(), 10);
  });
  setTimeout(() => ep2.interrupt(), 10);
  const t0 = performance.now();
  await ep2.run(src);
  assert.deepEqual(out2, ["in sleep", "in run", "in receive"]);
  assert.ok(performance.now() - t0 < 5000);
  ep2.interrupt(); // not running: nothing happens
  await ep2.run("print('next run')");
  assert.deepEqual(out2.at(-1), "next run");
});

Deno.test("api: sleep() and with_timeout() durations: NaN is a ValueError, infinities overflow, negatives count as 0", async () => {
  const cases: [string, string, string][] = [
    ["sleep(float('nan'))", "ValueError", "ValueError: Invalid value NaN (not a number)"],
    ["sleep(float('inf'))", "OverflowError", "OverflowError: timestamp too large to convert to C _PyTime_t"],
    ["sleep(-float('inf'))", "OverflowError", "OverflowError: timestamp too large to convert to C _PyTime_t"],
    ["sleep(1e300)", "OverflowError", "OverflowError: timestamp too large to convert to C _PyTime_t"],
    ["sleep(10**30)", "OverflowError", "OverflowError: timestamp too large to convert to C _PyTime_t"],
    ["sleep('1')", "TypeError", "TypeError: sleep() argument must be a number, not 'str'"],
    ["async def f():\n    sleep(float('nan'))\nrun(f())", "ValueError", "ValueError: Invalid value NaN (not a number)"],
    ["async def f():\n    sleep(1)\nwith_timeout(float('nan'), f())", "ValueError", "ValueError: Invalid value NaN (not a number)"],
    ["async def f():\n    sleep(1)\nwith_timeout(float('inf'), f())", "OverflowError", "OverflowError: timestamp too large to convert to C _PyTime_t"],
  ];
  for (const clock of ["real", "virtual"] as const) {
    for (const [src, type, message] of cases) {
      const { error } = await pythonError(src, { clock });
      assert.equal(error.type, type, src);
      assert.equal(error.message, message, src);
    }
    const { out } = await attempt(
      "sleep(-1)\nsleep(-1e9)\nsleep(0)\nsleep(False)\nprint('slept')\n" +
        "async def f():\n    return 1\nprint(with_timeout(-1, f()))\n" +
        "async def g():\n    sleep(0.01)\n    return 2\ntry:\n    with_timeout(-1, g())\nexcept TimeoutError:\n    print('timeout')\n",
      { clock },
    );
    assert.deepEqual(out, ["slept", "1", "timeout"]);
  }
});

Deno.test("api: PythonError.column is where CPython places the failing subscript, slice or attribute load, inside a larger expression too", async () => {
  // [source, line, column]: CPython 3.11's traceback position (FrameSummary.colno + 1)
  const cases: [string, number, number][] = [
    ["data = {'a': 1}\nprint(data['a'], data['b'])", 2, 18],
    ["data = {'a': 1}\nx = 1 + data['b']", 2, 9],
    ["data = [1]\nx = [data[0], data[5]]", 2, 15],
    ["data = {'a': 1}\ndef f():\n    return data['a'] + data['b']\nf()", 3, 24],
    ["data = {'a': {}}\nprint(data['a']['b'])", 2, 7],
    ["d = {}\nfor k in range(2):\n    y = k + d[k]", 3, 13],
    ["x = [1]\nprint(x[1:2][0])", 2, 7],
    ["o = object()\nprint(1, o.x)", 2, 10],
    ["o = object()\nx = o.x", 2, 5],
    ["class A: pass\na = A()\nprint(1, a.b.c)", 3, 10],
    ["o = object()\nx = 1 + (o\n  .y)", 3, 4],
    ["d = {}\nd['a'] += 1", 2, 1],
  ];
  for (const [src, line, column] of cases) {
    const { error } = await pythonError(src);
    assert.deepEqual([error.line, error.column], [line, column], src);
  }
});

Deno.test("api: names bound through __builtins__ are the instance's own and last for its run only", async () => {
  const a = await EdgePython.create();
  const b = await EdgePython.create();
  const outA: string[] = [], outB: string[] = [];
  a.onOutput((l) => outA.push(l));
  b.onOutput((l) => outB.push(l));
  await a.run("__builtins__.len = lambda x: 42\n__builtins__.extra = 'a'\nprint(len([1]), extra)");
  await b.run("print(len([1]), 'extra' in dir(__builtins__))");
  // the next run of the same instance starts with the builtins as created
  await a.run("print(len([1]), hasattr(__builtins__, 'extra'))");
  assert.deepEqual(outA, ["42 a", "1 False"]);
  assert.deepEqual(outB, ["1 False"]);
});

Deno.test("api: appending to a string and reading it after each append stays linear", async () => {
  // each read used to copy the whole string (V8 flattens a rope on its first character access):
  // 300,000 turns took 30 s
  const { out } = await attempt("s = ''\nn = 0\nfor i in range(300000):\n    s += 'x'\n    n += len(s) + len(s[0] + s[-1] + s[-2:])\nprint(n)");
  assert.deepEqual(out, [String(300000 * 300001 / 2 + 4 * 300000 - 1)]);
});

Deno.test("api: a run started from another interpreter's callback leaves each program its own output, limits and state", async () => {
  // B.run() starts synchronously inside A's onOutput callback and makes B's VM current; A's program
  // must go on with its own listeners, depth limit and op budget (B's are much smaller)
  const A = await EdgePython.create();
  const B = await EdgePython.create({ limits: { depth: 20, ops: 200_000 } });
  const outA: string[] = [], outB: string[] = [];
  let bRun: Promise<unknown> | null = null;
  B.onOutput((l) => outB.push(l));
  A.onOutput((l) => {
    outA.push(l);
    bRun ??= B.run("print('b1')\nsleep(0.01)\nprint('b2')");
  });
  await A.run(
    "print('one')\n" +
    "def f(n): return 0 if n == 0 else 1 + f(n - 1)\n" +
    "print(f(200), sorted([3, 1, 2], key=lambda v: f(100) - v))\n" +
    "n = 0\nfor i in range(300_000): n += 1\nprint(n)\n",
  );
  await bRun;
  assert.deepEqual(outA, ["one", "200 [3, 2, 1]", "300000"]);
  assert.deepEqual(outB, ["b1", "b2"]);
});

Deno.test("api: interpreters running at the same time interleave their time slices, each with its own state", async () => {
  // two CPU-bound runs alternate at their slices (and a third sleeps in between): outputs, op
  // budgets and depth limits never mix
  const mk = async (limits = {}) => {
    const ep = await EdgePython.create({ limits });
    const out: string[] = [];
    ep.onOutput((l) => out.push(l));
    return { ep, out };
  };
  const a = await mk(), b = await mk({ ops: 100_000_000, depth: 30 }), c = await mk({ ops: 10_000 });
  const prog = (tag: string) =>
    `def f(n): return 0 if n == 0 else 1 + f(n - 1)\nt = 0\nfor i in range(5):\n` +
    `    for j in range(100_000): t += j\n    print('${tag}', i, t)\n    sleep(0)\nprint('${tag}', f(25))\n`;
  const r = await Promise.all([
    a.ep.run(prog("a")).then(() => "ok", (e) => e.message),
    b.ep.run(prog("b")).then(() => "ok", (e) => e.message),
    c.ep.run("for i in range(10**9): pass").then(() => "ok", (e) => e.message),
  ]);
  assert.deepEqual(r, ["ok", "ok", "RuntimeError: budget exceeded"]);
  for (const [tag, x] of [["a", a], ["b", b]] as const) {
    assert.deepEqual(x.out, [0, 1, 2, 3, 4].map((i) => `${tag} ${i} ${(i + 1) * 4999950000}`).concat([`${tag} 25`]));
  }
  assert.deepEqual(c.out, []);
});

Deno.test("api: with noEventWait, a receive() that would wait forever raises an ordinary RuntimeError where it was called", async () => {
  const src = "try:\n    receive()\nexcept RuntimeError as e:\n    print('caught', e)\nfinally:\n    print('finally')\n" +
    "async def w(tag):\n    try:\n        return receive()\n    finally:\n        print('left', tag)\n" +
    "async def main():\n    try:\n        await gather(w(1), w(2))\n    except RuntimeError as e:\n        print('gather', e)\nrun(main())\n";
  const { out } = await attempt(src, { noEventWait: true });
  assert.deepEqual(out, ["caught receive(): no more events", "finally", "left 1", "left 2", "gather receive(): no more events"]);
  // queued events come first; uncaught, a PythonError with a traceback at the call
  const ep = await EdgePython.create({ noEventWait: true });
  const lines: string[] = [];
  ep.onOutput((l) => lines.push(l));
  ep.pushEvent("a");
  const e = await ep.run("def f():\n    return receive()\nprint(f())\nprint(f())\n").then(() => null, (e) => e);
  assert.deepEqual(lines, ["a"]);
  assert.ok(e instanceof PythonError);
  assert.equal(e.message, "RuntimeError: receive(): no more events");
  assert.equal(e.line, 2);
  assert.match(e.traceback, /^Traceback \(most recent call last\):\n.*line 4, in <module>\n.*\n.*line 2, in f\n {4}return receive\(\)\nRuntimeError/);
});
