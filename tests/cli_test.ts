// The command line under pressure: invalid limit flags are a usage error (status 2); a runaway
// allocation is a MemoryError (status 1) that keeps the output printed before it; output reaches
// stdout while the program runs, so a killed run keeps it; Ctrl-C raises KeyboardInterrupt
// (status 130, as CPython) and SIGTERM flushes and exits 143.

import assert from "node:assert/strict";

const MOD = new URL("../mod.ts", import.meta.url).pathname;
const dec = new TextDecoder();

async function cli(args: string[], denoFlags: string[] = []): Promise<{ code: number; stdout: string; stderr: string }> {
  const r = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", ...denoFlags, MOD, ...args],
    stdout: "piped",
    stderr: "piped",
  }).output();
  return { code: r.code, stdout: dec.decode(r.stdout), stderr: dec.decode(r.stderr) };
}

Deno.test("cli: invalid limit flags are a usage error with status 2", async () => {
  const cases: [string[], RegExp][] = [
    [["--depth", "3e7"], /argument --depth: expected an integer from 1 to 1000000, got '3e7'/],
    [["--depth", "1000001"], /argument --depth: expected an integer from 1 to 1000000/],
    [["--depth", "0"], /argument --depth: expected an integer from 1 to 1000000, got '0'/],
    [["--depth", "-5"], /argument --depth/],
    [["--ops", "1.5"], /argument --ops: expected a positive integer, got '1.5'/],
    [["--ops", "NaN"], /argument --ops: expected a positive integer/],
    [["--memory", "-1"], /argument --memory: expected a positive integer, got '-1'/],
    [["--memory", "Infinity"], /argument --memory: expected a positive integer/],
  ];
  for (const [flags, message] of cases) {
    const r = await cli([...flags, "-c", "print(1)"]);
    assert.equal(r.code, 2, flags.join(" "));
    assert.match(r.stderr, message);
    assert.equal(r.stdout, "");
  }
  const r = await cli(["--depth"]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /argument --depth: expected an integer from 1 to 1000000, got nothing/);
  assert.equal((await cli(["--depth", "1000000", "--ops", "100000000", "--memory", "100", "-c", "print(1)"])).stdout, "1\n");
});

const RUNAWAY = "print('before')\na = []\nwhile True:\n    a.append([0] * 1000)\n";

Deno.test("cli: a runaway allocation ends in MemoryError with status 1, keeping the output before it", async () => {
  const r = await cli(["--memory", "50000", "-c", RUNAWAY]);
  assert.equal(r.code, 1, r.stderr);
  assert.equal(r.stdout, "before\n");
  assert.match(r.stderr, /\nMemoryError\n$/);
});

Deno.test("cli: with the default limits, memory stops below the JS engine's heap limit (MemoryError, not V8's fatal OOM)", async () => {
  // a 128 MB heap: the default limit (2 GiB) is lowered below what V8 can hold
  for (const src of [RUNAWAY, "print('before')\na = []\nwhile True:\n    a.append(b'x' * 10**6)\n"]) {
    const r = await cli(["-c", src], ["--v8-flags=--max-old-space-size=128"]);
    assert.equal(r.code, 1, r.stderr.slice(0, 500));
    assert.equal(r.stdout, "before\n");
    assert.match(r.stderr, /\nMemoryError\n$/);
  }
});

async function cliBare(args: string[], denoFlags: string[], env: Record<string, string> = {}) {
  const r = await new Deno.Command(Deno.execPath(), {
    args: ["run", ...denoFlags, MOD, ...args],
    env,
    stdout: "piped",
    stderr: "piped",
  }).output();
  return { code: r.code, stdout: dec.decode(r.stdout), stderr: dec.decode(r.stderr) };
}

Deno.test("cli: where no V8 flag can be seen, V8's heap limit is fetched once memory grows, before it is reached", async () => {
  // no permissions: neither the command line nor DENO_V8_FLAGS can be read, and the machine's
  // memory is unknown (the estimate is 4 GiB); the exact limit arrives at the run's next pause
  const r = await cliBare(["-c", RUNAWAY], ["--v8-flags=--max-old-space-size=128"]);
  assert.equal(r.code, 1, r.stderr.slice(0, 500));
  assert.equal(r.stdout, "before\n");
  assert.match(r.stderr, /\nMemoryError\n$/);
});

Deno.test("cli: a heap flag in DENO_V8_FLAGS is seen at start-up, so a run that never pauses stops below it", async () => {
  const src = "print('before')\ndef g():\n    while True:\n        yield [0] * 1000\nlist(g())\n";
  const r = await cliBare(["-c", src], ["--allow-env=DENO_V8_FLAGS"], { DENO_V8_FLAGS: "--max-old-space-size=128" });
  assert.equal(r.code, 1, r.stderr.slice(0, 500));
  assert.equal(r.stdout, "before\n");
  assert.match(r.stderr, /\nMemoryError\n$/);
});

Deno.test("cli: a builtin accumulating an endless generator's items stops below the JS engine's heap limit", async () => {
  // list() never yields to the event loop: V8's exact heap limit must be read before the run starts
  // (the flag is seen on Deno's command line), not by an import that resolves at the next pause
  const src = "print('before')\ndef g():\n    while True:\n        yield [0] * 1000\nlist(g())\n";
  const r = await cli(["-c", src], ["--v8-flags=--max-old-space-size=128"]);
  assert.equal(r.code, 1, r.stderr.slice(0, 500));
  assert.equal(r.stdout, "before\n");
  assert.match(r.stderr, /\nMemoryError\n$/);
});

/** Start the CLI on `src`, wait until stdout has shown `ready`, then send `signal`. */
async function killedAfter(src: string, ready: string, signal: Deno.Signal, delayMs = 0) {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", MOD, "-c", src],
    stdin: "piped", // (open, with nothing written: input() waits)
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  let stdout = "";
  const reader = child.stdout.getReader();
  const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
  try {
    while (!stdout.includes(ready)) {
      const { value, done } = await reader.read();
      if (done) break;
      stdout += dec.decode(value, { stream: true });
    }
    // the text arrived while the program still runs: output is not held back until exit
    assert.ok(stdout.includes(ready), `never printed ${ready}: ${stdout}`);
    if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
    child.kill(signal);
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      stdout += dec.decode(value, { stream: true });
    }
    const status = await child.status;
    await child.stdin.close();
    const stderr = dec.decode(await new Response(child.stderr).arrayBuffer());
    return { status, stdout, stderr };
  } finally {
    clearTimeout(timer);
  }
}

Deno.test("cli: output reaches stdout while the program runs; SIGTERM flushes and exits 143", async () => {
  const r = await killedAfter("print('progress 1')\nprint('progress 2')\nwhile True:\n    pass\n", "progress 2\n", "SIGTERM");
  assert.equal(r.status.code, 143);
  assert.equal(r.stdout, "progress 1\nprogress 2\n");
});

Deno.test("cli: Ctrl-C raises KeyboardInterrupt: uncaught, a traceback and status 130; caught, the program goes on", async () => {
  const r = await killedAfter("print('start')\nwhile True:\n    pass\n", "start\n", "SIGINT");
  assert.equal(r.status.code, 130);
  // (after the traceback the process ends by SIGINT itself, as CPython's)
  assert.equal(r.status.signal, Deno.build.os === "windows" ? null : "SIGINT");
  assert.equal(r.stdout, "start\n");
  assert.match(r.stderr, /^Traceback \(most recent call last\):\n[\s\S]*\nKeyboardInterrupt\n$/);
  const caught = await killedAfter(
    "print('start')\ntry:\n    sleep(100)\nexcept KeyboardInterrupt:\n    print('caught')\n",
    "start\n",
    "SIGINT",
  );
  assert.equal(caught.status.code, 0, caught.stderr);
  assert.equal(caught.stdout, "start\ncaught\n");
});

Deno.test("cli: a loop that cannot yield (inside a key= function) still ends on SIGTERM", async () => {
  // the run reports the stall after a second; the signal then takes its default action
  const r = await killedAfter("print('start')\ndef k(x):\n    while True:\n        pass\nsorted([1, 2], key=k)\n", "start\n", "SIGTERM", 1500);
  assert.equal(r.status.code, 143); // (128 + 15, also when the signal killed it)
  assert.equal(r.stdout, "start\n");
});

Deno.test("cli: Ctrl-C and SIGTERM end a program blocked in input()", async () => {
  // the blocked read keeps the handlers from running, so the signals take their default action
  const src = "print('ask')\ntry:\n    input()\nexcept KeyboardInterrupt:\n    print('kbd')\n";
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
    const r = await killedAfter(src, "ask\n", signal, 200);
    assert.equal(r.status.code, code, signal);
    assert.equal(r.stdout, "ask\n");
  }
});

Deno.test("cli: input() reads stdin lines as CPython on POSIX (a \\r before \\n is kept)", async () => {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", MOD, "-c", "while True:\n    try:\n        print(repr(input()))\n    except EOFError:\n        print('eof')\n        break\n"],
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const w = child.stdin.getWriter();
  await w.write(new TextEncoder().encode("abc\r\n\nlast"));
  await w.close();
  const r = await child.output();
  assert.equal(dec.decode(r.stderr), "");
  const expected = Deno.build.os === "windows" ? "'abc'\n''\n'last'\neof\n" : "'abc\\r'\n''\n'last'\neof\n";
  assert.equal(dec.decode(r.stdout), expected);
});

/** Start the CLI on `src`, read stdout up to its first newline, then close the pipe. */
async function firstLineThenClose(src: string) {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", MOD, "-c", src],
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
  try {
    const reader = child.stdout.getReader();
    let stdout = "";
    while (!stdout.includes("\n")) {
      const { value, done } = await reader.read();
      if (done) break;
      stdout += dec.decode(value, { stream: true });
    }
    await reader.cancel(); // (the reader is gone: the program's next write fails with EPIPE)
    const status = await child.status;
    const stderr = dec.decode(await new Response(child.stderr).arrayBuffer());
    return { code: status.code, first: stdout.slice(0, stdout.indexOf("\n")), stderr };
  } finally {
    clearTimeout(timer);
  }
}

Deno.test("cli: a closed stdout pipe is BrokenPipeError at a print, as in CPython: uncaught, a traceback and status 1", async () => {
  const r = await firstLineThenClose("for i in range(1000000):\n    print(i)\n");
  assert.equal(r.first, "0");
  assert.equal(r.code, 1, r.stderr);
  assert.equal(
    r.stderr,
    'Traceback (most recent call last):\n  File "<string>", line 2, in <module>\nBrokenPipeError: [Errno 32] Broken pipe\n',
  );
});

Deno.test("cli: a BrokenPipeError caught as OSError lets the program end normally (status 0); later prints raise it again", async () => {
  const r = await firstLineThenClose("try:\n    for i in range(1000000):\n        print(i)\nexcept OSError:\n    pass\n");
  assert.deepEqual(r, { code: 0, first: "0", stderr: "" });
  const again = await firstLineThenClose(
    "try:\n    for i in range(1000000):\n        print(i)\nexcept OSError as e:\n    n = 0\n" +
      "    for i in range(3):\n        try:\n            print(i)\n        except BrokenPipeError as e:\n            n += e.errno\n" +
      "    if n == 96:\n        raise SystemExit(7)\n",
  );
  assert.deepEqual(again, { code: 7, first: "0", stderr: "" });
});

Deno.test("cli: a failed flush the program never saw is reported at exit as CPython does (status 120)", async () => {
  // print(1) is flushed while the program sleeps, after the pipe was closed
  const r = await firstLineThenClose("print(0)\nsleep(0.5)\nprint(1)\nsleep(0.5)\n");
  assert.deepEqual(r, {
    code: 120,
    first: "0",
    stderr: "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\nBrokenPipeError: [Errno 32] Broken pipe\n",
  });
});

Deno.test("cli: stdin bytes that are not UTF-8 reach input() as CPython's surrogateescape, and print() writes them back", async () => {
  // CPython 3.11 (C.UTF-8 locale): each line's repr, its surrogateescape encoding, and the line printed
  const src = "while True:\n    try:\n        s = input()\n    except EOFError:\n        break\n" +
    "    print(repr(s), len(s), s.encode('utf-8', 'surrogateescape'))\n    print(s)\n" +
    "raise ValueError(s)\n";
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", MOD, "-c", src],
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const w = child.stdin.getWriter();
  // invalid bytes; a BOM kept (stdin is utf-8, not utf-8-sig); an encoded surrogate; a truncated sequence
  const input = [0x63, 0x61, 0x66, 0xe9, 0x0a, 0xef, 0xbb, 0xbf, 0x78, 0xed, 0xa0, 0x80, 0xf0, 0x9f, 0x98, 0x80, 0x0a, 0x7a, 0xf0, 0x9f, 0x98];
  await w.write(new Uint8Array(input));
  await w.close();
  const r = await child.output();
  const utf8 = (text: string) => [...new TextEncoder().encode(text)];
  const expected = [
    ...utf8("'caf\\udce9' 4 b'caf\\xe9'\ncaf"), 0xe9, 0x0a,
    ...utf8("'\\ufeffx\\udced\\udca0\\udc80\u{1f600}' 6 b'\\xef\\xbb\\xbfx\\xed\\xa0\\x80\\xf0\\x9f\\x98\\x80'\n"),
    ...input.slice(5, 17),
    ...utf8("'z\\udcf0\\udc9f\\udc98' 4 b'z\\xf0\\x9f\\x98'\n"), ...input.slice(17), 0x0a,
  ];
  assert.deepEqual([...r.stdout], expected);
  // stderr escapes a lone surrogate, as CPython's backslashreplace
  assert.match(dec.decode(r.stderr), /\nValueError: z\\udcf0\\udc9f\\udc98\n$/);
  assert.equal(r.code, 1);
  // a BOM at the very start of stdin is kept too (CPython's stdin codec is utf-8, not utf-8-sig)
  const bom = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", MOD, "-c", "print(repr(input()))"],
    stdin: "piped",
    stdout: "piped",
  }).spawn();
  const bw = bom.stdin.getWriter();
  await bw.write(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x0a]));
  await bw.close();
  assert.equal(dec.decode((await bom.output()).stdout), "'\\ufeffa'\n");
});
