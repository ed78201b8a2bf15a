// The language suite: every tests/py/*.py runs in-process and its printed lines must equal the
// sibling .out file, which CPython 3.11 produced (see tests/py/README.md). A program whose first
// line is `# expect-error: <Type>: <message>` must end with exactly that uncaught exception
// (CPython's last traceback line); any other program must finish without one.
//   deno test -A tests/py_test.ts               all programs
//   deno test -A tests/py_test.ts --filter str  only files whose name contains "str"

import assert from "node:assert/strict";
import { EdgePython, PythonError } from "../mod.ts";

const DIR = new URL("./py/", import.meta.url);
const EXPECT_ERROR = /^#\s*expect-error:\s*(.*?)\s*$/;

/** Lines of a text, dropping the one empty line a final "\n" leaves. */
function lines(text: string): string[] {
  const ls = text.split("\n");
  if (ls.length > 0 && ls[ls.length - 1] === "") ls.pop();
  return ls;
}

const names: string[] = [];
for await (const entry of Deno.readDir(DIR)) {
  if (entry.isFile && entry.name.endsWith(".py")) names.push(entry.name);
}
names.sort();

for (const name of names) {
  Deno.test(name, async () => {
    const src = await Deno.readTextFile(new URL(name, DIR));
    const expected = lines(await Deno.readTextFile(new URL(name.replace(/\.py$/, ".out"), DIR)));
    const firstLine = src.split("\n", 1)[0];
    const expectError = EXPECT_ERROR.exec(firstLine)?.[1] ?? null;

    const ep = await EdgePython.create();
    const out: string[] = [];
    ep.onOutput((line) => out.push(line));
    let error: string | null = null;
    try {
      await ep.run(src, { filename: name });
    } catch (e) {
      if (!(e instanceof PythonError)) throw e;
      error = e.message;
    }
    // One comparison for both, so a failure shows the output diff and the error side by side.
    // A final partial line (no trailing newline) arrives as a line of its own, as split() sees it.
    assert.deepEqual({ output: out, error }, { output: expected, error: expectError }, name);
  });
}
