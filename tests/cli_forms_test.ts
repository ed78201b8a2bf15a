// The command line as CPython's: the argument forms it accepts, its messages for a file that
// cannot be run, tracebacks of `-c` and stdin programs, and how a script's bytes are decoded.
// Expected texts are CPython 3.11's (`/usr/bin/python3.11 ...`), with our program name.

import assert from "node:assert/strict";

const MOD = new URL("../mod.ts", import.meta.url).pathname;
const dec = new TextDecoder();
const enc = new TextEncoder();

/** Run the CLI with `args`, `stdin` written to its standard input (closed at once when absent). */
async function cli(args: string[], stdin: string | Uint8Array = "", cwd?: string) {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", MOD, ...args],
    cwd,
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const w = child.stdin.getWriter();
  await w.write(typeof stdin === "string" ? enc.encode(stdin) : stdin);
  await w.close();
  const r = await child.output();
  return { code: r.code, stdout: dec.decode(r.stdout), stderr: dec.decode(r.stderr) };
}

Deno.test("cli: tracebacks of -c and stdin programs show no source lines (CPython has none for <string>, <stdin>)", async () => {
  const src = "def f():\n    1/0\nf()\n";
  for (const [args, name] of [[["-c", src], "<string>"], [["-"], "<stdin>"]] as const) {
    const r = await cli([...args], args[0] === "-" ? src : "");
    assert.equal(r.code, 1);
    assert.equal(
      r.stderr,
      `Traceback (most recent call last):\n  File "${name}", line 3, in <module>\n  File "${name}", line 2, in f\nZeroDivisionError: division by zero\n`,
    );
  }
  // a syntax error shows its line in both
  for (const [args, name] of [[["-c", "x = (1 +"], "<string>"], [["-"], "<stdin>"]] as const) {
    const r = await cli([...args], "x = (1 +\n");
    assert.equal(r.code, 1);
    assert.equal(r.stderr, `  File "${name}", line 1\n    x = (1 +\n        ^\nSyntaxError: '(' was never closed\n`);
  }
});
