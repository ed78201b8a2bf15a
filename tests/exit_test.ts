// An uncaught SystemExit (or subclass) ends the CLI quietly with the status its `code` asks for,
// printing str(code) on stderr only when the code is neither None nor an int. Expected statuses
// and stderr texts are CPython 3.11's (`python3.11 -c ...`).

import assert from "node:assert/strict";

const MOD = new URL("../mod.ts", import.meta.url).pathname;

async function runCli(src: string): Promise<{ code: number; stderr: string }> {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", MOD, "-c", src],
    stdout: "null",
    stderr: "piped",
  }).output();
  return { code: out.code, stderr: new TextDecoder().decode(out.stderr) };
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

// An uncaught KeyboardInterrupt prints its traceback and ends with status 130 (CPython re-raises
// SIGINT: 128 + 2); a subclass of it is an ordinary error (status 1), as CPython checks the exact type.
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
