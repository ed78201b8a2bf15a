// The command line as CPython's: the argument forms it accepts, its messages for a file that
// cannot be run, tracebacks of `-c` and stdin programs, and how a script's bytes are decoded.
// Expected texts are CPython 3.11's (`/usr/bin/python3.11 ...`), with our program name.

import assert from "node:assert/strict";
import { MAX_SCRIPT_BYTES } from "../core/limits.ts";

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

Deno.test("cli: CPython's argument forms: --, -c with its code attached, clustered flags, the program on stdin", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(`${dir}/five.py`, "print(5)\n");
    const cases: [string[], string][] = [
      [["--", "five.py"], "5\n"],
      [["-cprint(5)"], "5\n"],
      [["-uc", "print(6)"], "6\n"],
      [["-u", "five.py"], "5\n"],
      [["-B", "-E", "-I", "-P", "-q", "-R", "-s", "-u", "five.py"], "5\n"],
      [["-BEIPqRsu", "-c", "print(4)"], "4\n"],
      [["--depth", "50", "-u", "five.py"], "5\n"],
    ];
    for (const [args, stdout] of cases) {
      assert.deepEqual(await cli(args, "", dir), { code: 0, stdout, stderr: "" }, args.join(" "));
    }
    // no program argument: the program is read from stdin when stdin is not a terminal
    for (const args of [[], ["-u"], ["--"], ["-"], ["-u", "--", "-"]]) {
      assert.deepEqual(await cli(args, "print(7)\n", dir), { code: 0, stdout: "7\n", stderr: "" }, args.join(" "));
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("cli: usage errors are CPython's: the problem, the usage line, a pointer to -h; status 2", async () => {
  const usage = "usage: edge-python [option] ... [-c cmd | file | -] [arg] ...\nTry `edge-python -h' for more information.\n";
  const cases: [string[], string][] = [
    [["-c"], "Argument expected for the -c option"],
    [["-u", "-c"], "Argument expected for the -c option"],
    [["-Z", "x.py"], "Unknown option: -Z"],
    [["-uZ"], "Unknown option: -Z"],
    [["-O", "x.py"], "Unknown option: -O"], // (not ignored: it would drop asserts)
    [["--frob"], "unknown option --frob"],
  ];
  for (const [args, problem] of cases) {
    assert.deepEqual(await cli(args), { code: 2, stdout: "", stderr: `${problem}\n${usage}` }, args.join(" "));
  }
});

Deno.test("cli: a script that cannot be opened: CPython's messages with the absolute path", async () => {
  const dir = await Deno.realPath(await Deno.makeTempDir());
  try {
    await Deno.writeTextFile(`${dir}/five.py`, "print(5)\n");
    await Deno.mkdir(`${dir}/empty`);
    await Deno.mkdir(`${dir}/pkg`);
    await Deno.writeTextFile(`${dir}/pkg/__main__.py`, "print('main')\n");
    const cases: [string[], number, string, string][] = [
      [["nonexistent.py"], 2, "", `edge-python: can't open file '${dir}/nonexistent.py': [Errno 2] No such file or directory\n`],
      [["./nope.py", "arg"], 2, "", `edge-python: can't open file '${dir}/./nope.py': [Errno 2] No such file or directory\n`],
      [[`${dir}/nope.py`], 2, "", `edge-python: can't open file '${dir}/nope.py': [Errno 2] No such file or directory\n`],
      [["five.py/x"], 2, "", `edge-python: can't open file '${dir}/five.py/x': [Errno 20] Not a directory\n`],
      [["--", "-c"], 2, "", `edge-python: can't open file '${dir}/-c': [Errno 2] No such file or directory\n`],
      [["empty"], 1, "", `edge-python: can't find '__main__' module in '${dir}/empty'\n`],
      [["."], 1, "", `edge-python: can't find '__main__' module in '${dir}'\n`],
      [["./"], 1, "", `edge-python: can't find '__main__' module in '${dir}/./'\n`],
      [["pkg"], 0, "main\n", ""],
    ];
    for (const [args, code, stdout, stderr] of cases) {
      assert.deepEqual(await cli(args, "", dir), { code, stdout, stderr }, args.join(" "));
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("cli: --dump-bytecode of a program with a syntax error prints the SyntaxError report of a run", async () => {
  for (const src of ["x = (1 +\n", "def f():\n    return 1 +\n", "x = $\n"]) {
    const run = await cli(["-c", src]);
    const dump = await cli(["--dump-bytecode", "-c", src]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /^ {2}File "<string>", line \d\n.*\n.*\^\nSyntaxError: /);
    assert.deepEqual(dump, run, src);
  }
});

Deno.test("cli: a program the parser recurses on deeper than the JS stack holds is a RecursionError, run or dumped", async () => {
  // Regression: reported as "SyntaxError: too many nested parentheses" at line 1 (CPython 3.11: MemoryError)
  const src = "f = " + "lambda x=".repeat(10_000) + "1: x".repeat(10_000) + "\n";
  const stderr = "RecursionError: maximum recursion depth exceeded during compilation\n";
  assert.deepEqual(await cli(["-"], src), { code: 1, stdout: "", stderr });
  assert.deepEqual(await cli(["--dump-bytecode", "-"], src), { code: 1, stdout: "", stderr });
});

Deno.test("cli: a program too large to compile is a bare MemoryError, run or dumped, as CPython prints one", async () => {
  // Regression: printed like a SyntaxError, with the file, the line and a caret under it
  const body = (d: number): string[] =>
    d === 0 ? ["pass"] : ["try:", "    if a == 0: return 0", "    if a == 1: return 1", "    if a == 2: return 2", "    if a < 0: break",
      "    if a < 1: continue", "finally:", ...body(d - 1).map((l) => "    " + l)];
  const src = "print('before')\ndef f(a):\n    for i in [1]:\n" + body(20).map((l) => "        " + l + "\n").join("") + "print(f(9))\n";
  const stderr = "MemoryError: program too large to compile\n";
  assert.deepEqual(await cli(["-"], src), { code: 1, stdout: "", stderr });
  assert.deepEqual(await cli(["--dump-bytecode", "-"], src), { code: 1, stdout: "", stderr });
});

/** Run the CLI on a script file holding `bytes`. */
async function script(bytes: Uint8Array, args: string[] = []) {
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeFile(`${dir}/s.py`, bytes);
    return await cli([...args, "s.py"], "", dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

const BOM = [0xef, 0xbb, 0xbf];

Deno.test("cli: one BOM starts a file or stdin program; a second one (or one in -c) is a SyntaxError", async () => {
  const print1 = [...enc.encode("print(1)\n")];
  assert.deepEqual(await script(new Uint8Array([...BOM, ...print1])), { code: 0, stdout: "1\n", stderr: "" });
  assert.deepEqual(await cli(["-"], new Uint8Array([...BOM, ...print1])), { code: 0, stdout: "1\n", stderr: "" });
  const report = (name: string) =>
    `  File "${name}", line 1\n    \ufeffprint(1)\n    ^\nSyntaxError: invalid non-printable character U+FEFF\n`;
  assert.deepEqual(await script(new Uint8Array([...BOM, ...BOM, ...print1])), { code: 1, stdout: "", stderr: report("s.py") });
  assert.deepEqual(await cli(["-"], new Uint8Array([...BOM, ...BOM, ...print1])), { code: 1, stdout: "", stderr: report("<stdin>") });
  assert.deepEqual(await cli(["-c", "\ufeffprint(1)"]), { code: 1, stdout: "", stderr: report("<string>") });
  // with --dump-bytecode too
  assert.deepEqual(await script(new Uint8Array([...BOM, ...BOM, ...print1]), ["--dump-bytecode"]), { code: 1, stdout: "", stderr: report("s.py") });
});

/** Bytes from text where `\xNN` written as U+00NN stands for the raw byte NN (Latin-1), else UTF-8. */
function raw(text: string): Uint8Array {
  const out: number[] = [];
  for (const part of text.split(/([\x80-\xff])/)) {
    if (part.length === 1 && part.charCodeAt(0) >= 0x80 && part.charCodeAt(0) <= 0xff) out.push(part.charCodeAt(0));
    else out.push(...enc.encode(part));
  }
  return new Uint8Array(out);
}

Deno.test("cli: a script declared UTF-8 with bytes that are not: harmless in comments, a (unicode error) in a literal or a name", async () => {
  // comments only: CPython runs the program
  assert.deepEqual(await script(raw("# coding: utf-8\nprint(1)  # caf\xe9\n# \xff\xfe\nprint(2)\n")), { code: 0, stdout: "1\n2\n", stderr: "" });
  assert.deepEqual(await script(raw("\ufeff# -*- coding: utf-8 -*-\nprint(3)  # \xff\n")), { code: 0, stdout: "3\n", stderr: "" });
  // CPython 3.11's reports: the line (the byte as U+FFFD), the caret under it, the position inside the piece decoded
  const cases: [string, string][] = [
    [
      '# coding: utf-8\nx = "caf\xe9"\nprint(x)\n',
      '  File "s.py", line 2\n    x = "caf\ufffd"\n            ^\n' +
      "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xe9 in position 3: unexpected end of data\n",
    ],
    [
      '# coding: utf-8\nx = "ab\xc3\xa9cd\xe9"\n',
      '  File "s.py", line 2\n    x = "ab\xe9cd\ufffd"\n              ^\n' +
      "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xe9 in position 6: unexpected end of data\n",
    ],
    [
      '#!/bin/sh\n# coding: utf-8\nx = "\xff"\n',
      '  File "s.py", line 3\n    x = "\ufffd"\n         ^\n' +
      "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte\n",
    ],
    [
      "# coding: utf-8\nx = 1 + ab\xe9cd\n",
      '  File "s.py", line 2\n    x = 1 + ab\ufffdcd\n              ^\n' +
      "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xe9 in position 2: invalid continuation byte\n",
    ],
    [
      '# coding: utf-8\nx = r"ab\xe9"\n',
      '  File "s.py", line 2\n    x = r"ab\ufffd"\n            ^\n' +
      "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xe9 in position 2: unexpected end of data\n",
    ],
    [
      // (a literal with escapes: CPython decodes each run of non-ASCII bytes apart; its caret
      // is three columns further right, past the byte)
      '# coding: utf-8\nx = "ab\\n\xe9cd"\n',
      '  File "s.py", line 2\n    x = "ab\\n\ufffdcd"\n             ^\n' +
      "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xe9 in position 0: unexpected end of data\n",
    ],
    [
      // an error the parser meets first is reported instead
      '# coding: utf-8\n    x = "\xe9"\n',
      '  File "s.py", line 2\n    x = "\ufffd"\nIndentationError: unexpected indent\n',
    ],
  ];
  for (const [src, stderr] of cases) {
    assert.deepEqual(await script(raw(src)), { code: 1, stdout: "", stderr }, src);
  }
});

Deno.test("cli: bytes that are not UTF-8 in a script declaring no encoding: CPython's message, naming the byte and its line", async () => {
  // Regression: lines ended by a lone \r were not counted; a BOM (which declares UTF-8 to CPython)
  // and a declaration on line 2 after a line of code (which declares nothing) were taken the other way
  const report = (byte: string, line: number) =>
    `SyntaxError: Non-UTF-8 code starting with '\\x${byte}' in file <dir>/s.py on line ${line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n`;
  // (expected texts from CPython 3.11, which names the file by its absolute path, as we do here: <dir> stands
  // for the temporary directory the script is run from)
  const inDir = (r: { code: number; stdout: string; stderr: string }) => ({ ...r, stderr: r.stderr.replace(/ in file \/\S+\/s\.py /, " in file <dir>/s.py ") });
  const cases: [string, string][] = [
    ["x = 1\r# a\r# \xff\r", report("ff", 3)],
    ["x = 1\r\n# a\r\n\r\n# \xe9t\xe9\r\n", report("e9", 4)],
    ["x = 1 # a\rb = 2\n# \xc0\x80\n", report("c0", 3)], // (an overlong form)
    ["print(1)\n# \xed\xa0\x80\n", report("ed", 2)], // (a surrogate)
    ["print(1)\n# \xf4\x90\x80\x80\n", report("f4", 2)], // (past U+10FFFF)
    ["print(1)\n# \xf0\x9f\x98\n", report("f0", 2)], // (cut short)
    ["print(1) # \xe2\x82", report("e2", 1)], // (cut short by the end)
    ["x = 1\n# coding: utf-8\n# \xff\nprint(2)\n", report("ff", 3)],
  ];
  for (const [src, stderr] of cases) {
    assert.deepEqual(inDir(await script(raw(src))), { code: 1, stdout: "", stderr }, JSON.stringify(src));
  }
  // a BOM declares UTF-8: a bad byte in a comment does no harm
  assert.deepEqual(await script(raw("\ufeffprint(1)\n# \xff\n")), { code: 0, stdout: "1\n", stderr: "" });
  assert.deepEqual(await script(raw('\ufeffx = "\xff"\n')), {
    code: 1,
    stdout: "",
    stderr: '  File "s.py", line 1\n    x = "\ufffd"\n         ^\n' +
      "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte\n",
  });
  // the same rules for a program on stdin
  assert.deepEqual(await cli(["-"], raw("x = 1\r# a\r# \xff\r")), { code: 1, stdout: "", stderr: report("ff", 3).replace("<dir>/s.py", "<stdin>") });
  assert.deepEqual(await cli(["-"], raw("\ufeffprint(1)\n# \xff\n")), { code: 0, stdout: "1\n", stderr: "" });
});

Deno.test("cli: a script file past the size limit is refused (at once: see host/cli_test.ts)", async () => {
  // Regression: a valid script of 600 MB was read and decoded for ~5 minutes, then reported as
  // "Non-UTF-8 code" (the string was too long for the engine)
  const dir = await Deno.makeTempDir();
  try {
    const file = await Deno.open(`${dir}/s.py`, { write: true, create: true });
    await file.truncate(MAX_SCRIPT_BYTES + 1); // (sparse: nothing is written)
    file.close();
    const r = await cli(["s.py"], "", dir);
    assert.deepEqual(r, { code: 1, stdout: "", stderr: '  File "s.py", line 1\nSyntaxError: source file exceeds maximum size (10 MiB)\n' });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test({
  name: "cli: bytes that are not UTF-8 in -c code or the script's name are refused as CPython refuses them, not run as U+FFFD",
  ignore: Deno.build.os !== "linux", // (the command line's bytes are read from /proc/self/cmdline)
  fn: async () => {
    /** The CLI run by the shell with `args`, where `\xNN` stands for the byte NN. */
    const shell = async (...args: string[]) => {
      const words = args.map((a) =>
        a.split(/\\x([0-9a-f]{2})/).map((part, k) =>
          k % 2 === 0 ? `'${part.replaceAll("'", `'"'"'`)}'` : `"$(printf '\\${parseInt(part, 16).toString(8)}')"`
        ).join("")
      );
      const r = await new Deno.Command("/bin/sh", {
        args: ["-c", `exec "$0" run -A "$1" ${words.join(" ")}`, Deno.execPath(), MOD],
        stdout: "piped",
        stderr: "piped",
      }).output();
      return { code: r.code, stdout: dec.decode(r.stdout), stderr: dec.decode(r.stderr) };
    };
    // (CPython 3.11's texts)
    const unable = "Unable to decode the command from the command line:\nUnicodeEncodeError: 'utf-8' codec can't encode";
    assert.deepEqual(await shell("-c", "print('\\xff')"), { code: 1, stdout: "", stderr: `${unable} character '\\udcff' in position 7: surrogates not allowed\n` });
    assert.deepEqual(await shell("-uc", "x='\\xe6\\x97\\xa5\\xf0\\x9f\\x98'"), { code: 1, stdout: "", stderr: `${unable} characters in position 4-6: surrogates not allowed\n` });
    // a U+FFFD given as such runs, and so do such bytes among the program's arguments
    assert.deepEqual(await shell("-c", "print('\\xef\\xbf\\xbd')"), { code: 0, stdout: "\ufffd\n", stderr: "" });
    assert.deepEqual(await shell("-c", "print(2)", "\\xff"), { code: 0, stdout: "2\n", stderr: "" });
    // CPython opens such a file (this one: "[Errno 2] No such file or directory"); Deno cannot
    // (docs/differences.md)
    const r = await shell("/nonexistent/n\\xffpe.py");
    assert.deepEqual(r, {
      code: 2,
      stdout: "",
      stderr: "edge-python: can't open file '/nonexistent/n\\udcffpe.py': [Errno 84] Invalid or incomplete multibyte or wide character\n",
    });
  },
});
