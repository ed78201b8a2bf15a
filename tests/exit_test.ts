// An uncaught SystemExit (or subclass) ends the CLI quietly with the status its `code` asks for,
// printing str(code) on stderr only when the code is neither None nor an int. Expected statuses
// and stderr texts are CPython 3.11's (`python3.11 -c ...`).

import assert from "node:assert/strict";

const MOD = new URL("../mod.ts", import.meta.url).pathname;

async function runCli(src: string): Promise<{ code: number; stderr: string }> {
  const out = await runCliFull(src);
  return { code: out.code, stderr: out.stderr };
}

async function runCliFull(src: string, stdout: "null" | "piped" = "null") {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", MOD, "-c", src],
    stdout,
    stderr: "piped",
  }).output();
  const dec = new TextDecoder();
  return { code: out.code, signal: out.signal, stdout: stdout === "piped" ? dec.decode(out.stdout) : "", stderr: dec.decode(out.stderr) };
}

const CASES: [string, number, string][] = [
  ["raise SystemExit(3)", 3, ""],
  ["class Abort(SystemExit): pass\nraise Abort(3)", 3, ""],
  ["class Abort(SystemExit): pass\nraise Abort()", 0, ""],
  ['class Abort(SystemExit): pass\nraise Abort("bye")', 1, "bye\n"],
  ["raise SystemExit(1, 2)", 1, "(1, 2)\n"],
  ["raise SystemExit(True)", 1, ""],
  ['raise SystemExit("1")', 1, "1\n"],
  ["raise SystemExit(256)", 0, ""],
  ["raise SystemExit(-1)", 255, ""],
  ["e = SystemExit(3)\ne.code = 5\nraise e", 5, ""],
  ["class I(int): pass\nraise SystemExit(I(4))", 4, ""],
  ["class A(SystemExit):\n    def __init__(self): self.code = 9\nraise A()", 9, ""],
];

Deno.test("exit: an uncaught SystemExit sets the status and prints only a non-int code", async () => {
  for (const [src, code, stderr] of CASES) {
    assert.deepEqual(await runCli(src), { code, stderr }, src);
  }
});

// An uncaught KeyboardInterrupt prints its traceback and ends with status 130: the process kills
// itself with SIGINT, as CPython does (128 + 2 for a shell); a subclass of it is an ordinary error (status 1), as CPython checks the exact type.
const INTERRUPT_CASES: [string, number, RegExp][] = [
  ["raise KeyboardInterrupt", 130, /\nKeyboardInterrupt\n$/],
  ['raise KeyboardInterrupt("stop")', 130, /\nKeyboardInterrupt: stop\n$/],
  ["raise KeyboardInterrupt from ValueError(1)", 130, /direct cause[\s\S]*\nKeyboardInterrupt\n$/],
  ["class K(KeyboardInterrupt): pass\nraise K()", 1, /\nK\n$/],
  ["try:\n    raise KeyboardInterrupt\nexcept KeyboardInterrupt:\n    pass", 0, /^$/],
  ["1/0", 1, /\nZeroDivisionError: division by zero\n$/],
];

Deno.test("exit: an uncaught KeyboardInterrupt exits with status 130, other errors with 1", async () => {
  for (const [src, code, stderr] of INTERRUPT_CASES) {
    const r = await runCli(src);
    assert.equal(r.code, code, src);
    assert.match(r.stderr, stderr, src);
  }
});

Deno.test("exit: an uncaught KeyboardInterrupt ends the process by SIGINT after its output, as CPython", async () => {
  const src = "for i in range(50000):\n    print(i)\nraise KeyboardInterrupt";
  const r = await runCliFull(src, "piped");
  assert.equal(r.code, 130);
  assert.equal(r.signal, Deno.build.os === "windows" ? null : "SIGINT");
  assert.equal(r.stdout.split("\n").length, 50001); // (all of it, flushed before the signal)
  assert.match(r.stderr, /\nKeyboardInterrupt\n$/);
  // a subclass, SystemExit(130) and other errors exit normally
  for (const other of ["class K(KeyboardInterrupt): pass\nraise K()", "raise SystemExit(130)", "1/0"]) {
    assert.equal((await runCliFull(other)).signal, null, other);
  }
});
