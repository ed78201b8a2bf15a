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
