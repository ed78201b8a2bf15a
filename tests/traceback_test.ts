// Tracebacks name the right frames and lines whatever the VM did to run the code fast: calls of
// straight-line functions without a frame switch, fused statement blocks, recursion collapsed as
// CPython prints it. Expected texts are CPython 3.11's, minus its `~~~^^^` marker lines.

import assert from "node:assert/strict";
import { EdgePython, PythonError } from "../mod.ts";

async function traceback(src: string): Promise<string> {
  const ep = await EdgePython.create();
  ep.onOutput(() => {});
  try {
    await ep.run(src, { filename: "t.py" });
  } catch (e) {
    assert.ok(e instanceof PythonError);
    return e.traceback;
  }
  throw new Error("the program did not fail");
}

Deno.test("traceback: a straight-line callee keeps its own frame and line", async () => {
  const tb = await traceback(
    "def div(a, b):\n    c = a + b\n    return a / (c - c)\n\ndef g():\n    return div(1, 2)\n\ng()\n",
  );
  assert.equal(
    tb,
    [
      "Traceback (most recent call last):",
      '  File "t.py", line 8, in <module>',
      "    g()",
      '  File "t.py", line 6, in g',
      "    return div(1, 2)",
      '  File "t.py", line 3, in div',
      "    return a / (c - c)",
      "ZeroDivisionError: division by zero",
    ].join("\n"),
  );
});

Deno.test("traceback: the failing statement of a fused block is the one reported", async () => {
  const tb = await traceback(
    "def f(i):\n    a = i * 2\n    b = a - 1\n    c = 10 // (i - 2)\n    d = c + 1\n    return d\n\nf(2)\n",
  );
  assert.match(
    tb,
    /File "t\.py", line 4, in f\n {4}c = 10 \/\/ \(i - 2\)\nZeroDivisionError: integer division or modulo by zero$/,
  );
});

Deno.test("traceback: deep recursion is collapsed as CPython prints it", async () => {
  const tb = await traceback("def f(n):\n    return f(n + 1)\n\nf(0)\n");
  const lines = tb.split("\n");
  assert.equal(lines.at(-1), "RecursionError: maximum recursion depth exceeded");
  // the module frame, three entries for f, then the repetition count (999 frames of f)
  assert.equal(lines.filter((l) => l.includes(", in f")).length, 3);
  assert.ok(lines.includes("  [Previous line repeated 996 more times]"), tb);
});

Deno.test("traceback: a recursion through an operator dunder is collapsed too", async () => {
  const tb = await traceback("class V:\n    def __add__(self, o):\n        return self + o\n\nV() + 1\n");
  assert.match(
    tb,
    /\[Previous line repeated \d+ more times\]\nRecursionError: maximum recursion depth exceeded$/,
  );
});

Deno.test("traceback: notes added with add_note() follow the exception line", async () => {
  const tb = await traceback('e = ValueError("with note")\ne.add_note("extra info")\ne.add_note("more")\nraise e\n');
  assert.ok(tb.endsWith("ValueError: with note\nextra info\nmore"), tb);
});

Deno.test("traceback: a bare raise re-raises with the traceback unchanged", async () => {
  // the handler's frame already has its entry; a helper doing the bare raise adds none
  const tb = await traceback(
    'def f():\n    try:\n        {}["a"]\n    except KeyError:\n        raise\n\ndef helper():\n    raise\n\n' +
      "def g():\n    try:\n        f()\n    except KeyError:\n        helper()\n\ng()\n",
  );
  assert.equal(
    tb,
    [
      "Traceback (most recent call last):",
      '  File "t.py", line 16, in <module>',
      "    g()",
      '  File "t.py", line 14, in g',
      "    helper()",
      '  File "t.py", line 12, in g',
      "    f()",
      '  File "t.py", line 3, in f',
      '    {}["a"]',
      "KeyError: 'a'",
    ].join("\n"),
  );
});

Deno.test("traceback: a bare raise in a generator's finally inside its handler", async () => {
  const tb = await traceback(
    "def g():\n    try:\n        yield 1\n        1 / 0\n    except ZeroDivisionError:\n        try:\n            pass\n" +
      "        finally:\n            raise\n\nfor x in g():\n    pass\n",
  );
  assert.equal(
    tb,
    [
      "Traceback (most recent call last):",
      '  File "t.py", line 11, in <module>',
      "    for x in g():",
      '  File "t.py", line 4, in g',
      "    1 / 0",
      "ZeroDivisionError: division by zero",
    ].join("\n"),
  );
});

Deno.test("traceback: a StopIteration leaving a generator: its entry on the cause, the caller's on the RuntimeError", async () => {
  const tb = await traceback("def g():\n    yield 1\n    raise StopIteration\n\nfor v in g():\n    pass\n");
  assert.equal(
    tb,
    [
      "Traceback (most recent call last):",
      '  File "t.py", line 3, in g',
      "    raise StopIteration",
      "StopIteration",
      "",
      "The above exception was the direct cause of the following exception:",
      "",
      "Traceback (most recent call last):",
      '  File "t.py", line 5, in <module>',
      "    for v in g():",
      "RuntimeError: generator raised StopIteration",
    ].join("\n"),
  );
});

Deno.test("traceback: raise e.with_traceback(None) drops the old entries", async () => {
  const tb = await traceback(
    "def f():\n    try:\n        1 / 0\n    except ZeroDivisionError as e:\n        raise e.with_traceback(None)\n\nf()\n",
  );
  assert.equal(
    tb,
    [
      "Traceback (most recent call last):",
      '  File "t.py", line 7, in <module>',
      "    f()",
      '  File "t.py", line 5, in f',
      "    raise e.with_traceback(None)",
      "ZeroDivisionError: division by zero",
    ].join("\n"),
  );
});

Deno.test("traceback: the last line names the class by its assigned __module__ and __qualname__; __notes__ set directly print", async () => {
  const tb = await traceback(
    'class LibError(Exception):\n    pass\n\nLibError.__module__ = "mylib.errors"\nLibError.__qualname__ = "Outer.LibError"\n' +
      'e = LibError("from lib")\ne.__notes__ = ["a note", 42]\nraise e\n',
  );
  assert.ok(tb.endsWith("mylib.errors.Outer.LibError: from lib\na note\n42"), tb);
});

Deno.test("traceback: a SyntaxError raised by the program shows its place and its msg, as CPython", async () => {
  const tb = await traceback(
    'def f():\n    raise SyntaxError("bad thing", ("lib.py", 3, 5, "  x = = 1\\n", 3, 7))\n\nf()\n',
  );
  assert.equal(
    tb,
    [
      "Traceback (most recent call last):",
      '  File "t.py", line 4, in <module>',
      "    f()",
      '  File "t.py", line 2, in f',
      '    raise SyntaxError("bad thing", ("lib.py", 3, 5, "  x = = 1\\n", 3, 7))',
      '  File "lib.py", line 3',
      "    x = = 1",
      "      ^^",
      "SyntaxError: bad thing",
    ].join("\n"),
  );
});

Deno.test("traceback: in a multi-line expression, the line where the failing sub-expression starts", async () => {
  assert.match(
    await traceback('d = {}\nprint(\n    d["k"],\n)\n'),
    /File "t\.py", line 3, in <module>\n {4}d\["k"\],\nKeyError: 'k'$/,
  );
  assert.match(
    await traceback("class A:\n    def m(self):\n        return (self\n            .missing_attr)\n\nA().m()\n"),
    /File "t\.py", line 4, in m\n {4}\.missing_attr\)\nAttributeError: 'A' object has no attribute 'missing_attr'$/,
  );
  assert.match(
    await traceback('data = {"a": [1], "b": [2]}\nt = (\n    data["a"][0]\n    + data["b"][5]\n)\n'),
    /File "t\.py", line 4, in <module>\n {4}\+ data\["b"\]\[5\]\nIndexError: list index out of range$/,
  );
  // a binary operation is where its left operand starts
  assert.match(await traceback("x = (1\n     / 0)\n"), /File "t\.py", line 1, in <module>\n {4}x = \(1\nZeroDivisionError/);
});
Deno.test("traceback: a name on a continuation line, and a store, report their own lines", async () => {
  // Regression: both reported the line where the fused instruction's run starts
  assert.match(
    await traceback("def main():\n    result = print(1,\n                   missing_arg)\nmain()\n"),
    /File "t\.py", line 3, in main\n {4}missing_arg\)\nNameError: name 'missing_arg' is not defined$/,
  );
  assert.match(
    await traceback("total = 1 + \\\n    undefined_thing\n"),
    /File "t\.py", line 2, in <module>\n {4}undefined_thing\nNameError: name 'undefined_thing' is not defined$/,
  );
  assert.match(
    await traceback("t = (1,)\nt[0] = (\n    5)\n"),
    /File "t\.py", line 2, in <module>\n {4}t\[0\] = \(\nTypeError: 'tuple' object does not support item assignment$/,
  );
});
Deno.test("traceback: a try: whose body is not indented is an IndentationError, before the missing clauses", async () => {
  assert.equal(
    await traceback("try:\nx = 1\n"),
    ['  File "t.py", line 2', "    x = 1", "    ^", "IndentationError: expected an indented block after 'try' statement on line 1"].join("\n"),
  );
});
Deno.test("traceback: a block left open at the end of the file shows the last line, no caret", async () => {
  // Regression: the error was on the empty line after the final newline, with no source shown
  assert.equal(
    await traceback("x = 1\ntry:\n    x\n"),
    ['  File "t.py", line 3', "    x", "SyntaxError: expected 'except' or 'finally' block"].join("\n"),
  );
  assert.equal(
    await traceback("def f():\n    pass\n\nwhile x:\n\n\n"),
    ['  File "t.py", line 6', "    ", "IndentationError: expected an indented block after 'while' statement on line 4"].join("\n"),
  );
  assert.equal(
    await traceback("class C:\n    def f(self):\n        # todo\n"),
    ['  File "t.py", line 3', "    # todo", "IndentationError: expected an indented block after function definition on line 2"].join("\n"),
  );
});

Deno.test("traceback: a decorator followed by a dedent is CPython's unexpected unindent, no caret", async () => {
  // Regression: it was "invalid syntax" at the line after the decorator
  assert.equal(
    await traceback("if 1:\n    @x\ndef f(): pass\n"),
    ['  File "t.py", line 3', "    def f(): pass", "IndentationError: unexpected unindent"].join("\n"),
  );
  assert.equal(
    await traceback("if 1:\n    @dec\n"),
    ['  File "t.py", line 2', "    @dec", "IndentationError: unexpected unindent"].join("\n"),
  );
});

Deno.test("traceback: an unexpected indent set by a backslash continuation shows the line of the first token, no caret", async () => {
  // Regression: it was reported on the line of the backslash
  assert.equal(
    await traceback("  \\\nx = 1\n"),
    ['  File "t.py", line 2', "    x = 1", "IndentationError: unexpected indent"].join("\n"),
  );
  assert.equal(
    await traceback("if 1:\n    x = 1\n      \\\n  y = 2\n"),
    ['  File "t.py", line 4', "    y = 2", "IndentationError: unexpected indent"].join("\n"),
  );
});

Deno.test("traceback: a chain of 10,000 exceptions prints its last 1,000 links, not a JS stack overflow", async () => {
  // CPython prints the chain recursively and dies of a C stack overflow here
  for (const [attr, link] of [
    ["__context__", "During handling of the above exception, another exception occurred:"],
    ["__cause__", "The above exception was the direct cause of the following exception:"],
  ]) {
    const tb = await traceback(`prev = None\nfor i in range(10_000):\n    e = ValueError(i)\n    e.${attr} = prev\n    prev = e\nraise prev\n`);
    const lines = tb.split("\n");
    assert.deepEqual(lines.slice(0, 6), ["[9000 earlier chained exceptions not shown]", "", link, "", "ValueError: 9000", ""]);
    assert.equal(lines.filter((l) => l === link).length, 1000);
    assert.deepEqual(lines.slice(-5), ["", "Traceback (most recent call last):", '  File "t.py", line 6, in <module>', "    raise prev", "ValueError: 9999"]);
  }
  // raised in a loop: the same, each exception with its own traceback
  const tb = await traceback("e = None\nfor i in range(10_000):\n    try:\n        raise ValueError(i) from e\n    except ValueError as x:\n        e = x\nraise e\n");
  assert.ok(tb.startsWith("[9000 earlier chained exceptions not shown]\n"), tb.slice(0, 100));
  assert.ok(tb.endsWith('  File "t.py", line 4, in <module>\n    raise ValueError(i) from e\nValueError: 9999'), tb.slice(-200));
});

Deno.test("traceback: the tokenizer's indentation errors are placed as CPython's (no caret, or past the line)", async () => {
  // Regression: a caret was drawn under the first token for all of them
  assert.equal(
    await traceback("x = 1\n    y = 2\n"),
    ['  File "t.py", line 2', "    y = 2", "IndentationError: unexpected indent"].join("\n"),
  );
  assert.equal(
    await traceback("if True:\n\tx = 1\n        y = 2\n"),
    ['  File "t.py", line 3', "    y = 2", "TabError: inconsistent use of tabs and spaces in indentation"].join("\n"),
  );
  assert.equal(
    await traceback("if True:\n        x = 1\n    y = 2  # two\n"),
    ['  File "t.py", line 3', "    y = 2  # two", "                ^", "IndentationError: unindent does not match any outer indentation level"].join("\n"),
  );
  let deep = "";
  for (let i = 0; i < 100; i++) deep += " ".repeat(i) + "if True:\n";
  const tb = await traceback(deep + " ".repeat(100) + "pass\n");
  assert.equal(tb, ['  File "t.py", line 101', "    pass", "IndentationError: too many levels of indentation"].join("\n"));
});
Deno.test("traceback: a SyntaxError's source line keeps its trailing characters, as CPython prints it", async () => {
  // Regression: trailing spaces and a vertical tab were trimmed from the line shown
  assert.equal(
    await traceback("x = 1 +   \n"),
    ['  File "t.py", line 1', "    x = 1 +   ", "              ^", "SyntaxError: invalid syntax"].join("\n"),
  );
  assert.equal(
    await traceback('x = "a"\v\n'),
    ['  File "t.py", line 1', '    x = "a"\v', "           ^", "SyntaxError: invalid non-printable character U+000B"].join("\n"),
  );
});

Deno.test("traceback: an exception re-raised 40,000 times prints its innermost 1,000 entries, as CPython's PyTraceBack_LIMIT", async () => {
  // each `raise e` adds two entries to e's traceback: 80,000 of them (their lines were once
  // spread into one push call, which overflowed the JS stack)
  const tb = await traceback("def f(e):\n    raise e\ne = ValueError('grown')\nfor i in range(40000):\n    try:\n        f(e)\n    except ValueError:\n        pass\nraise e\n");
  const lines = tb.split("\n");
  assert.equal(lines.length, 2002);
  assert.equal(lines[0], "Traceback (most recent call last):");
  assert.deepEqual(lines.slice(-5), ['  File "t.py", line 6, in <module>', "    f(e)", '  File "t.py", line 2, in f', "    raise e", "ValueError: grown"]);
});

Deno.test("traceback: an error inside a conditional expression or `and` value names its line", async () => {
  const tb = await traceback(
    "def f(d, k):\n    n = 0\n    v = d[k] if k else d['z']\n    return v and v.x\n\nf({1: 2}, 1)\n",
  );
  assert.match(tb, /File "t\.py", line 4, in f\n {4}return v and v\.x\nAttributeError: 'int' object has no attribute 'x'$/);
  const tb2 = await traceback("def f(d, k):\n    n = 0\n    v = d[k] if k else d['z']\n    return v\n\nf({}, 0)\n");
  assert.match(tb2, /File "t\.py", line 3, in f\n {4}v = d\[k\] if k else d\['z'\]\nKeyError: 'z'$/);
});

Deno.test("traceback: an error in a generator expression a builtin consumes names the generator's frame", async () => {
  const tb = await traceback('data = [{"k": 1}, {}]\ntry:\n    raise ValueError("v")\nexcept ValueError:\n    print(sum(d["k"] for d in data))\n');
  assert.match(
    tb,
    /During handling of the above exception, another exception occurred:\n\nTraceback \(most recent call last\):\n {2}File "t\.py", line 5, in <module>\n {4}print\(sum\(d\["k"\] for d in data\)\)\n {2}File "t\.py", line 5, in <genexpr>\n {4}print\(sum\(d\["k"\] for d in data\)\)\nKeyError: 'k'$/,
  );
});

Deno.test("traceback: an error in a loop's `if` or `out.append(...)` line names that line", async () => {
  const tb = await traceback("def f(xs):\n    out = []\n    for x in xs:\n        if 10 // x:\n            out.append(x)\n    return out\n\nf([5, 0])\n");
  assert.match(tb, /File "t\.py", line 4, in f\n {4}if 10 \/\/ x:\nZeroDivisionError: integer division or modulo by zero$/);
  const tb2 = await traceback("def f(xs, d):\n    out = []\n    for x in xs:\n        out.append(d[x])\n    return out\n\nf([1, 2], {1: 1})\n");
  assert.match(tb2, /File "t\.py", line 4, in f\n {4}out\.append\(d\[x\]\)\nKeyError: 2$/);
});

Deno.test("traceback: an error in a loop of fused statements names the failing statement's line", async () => {
  const tb = await traceback("def f(xs, d):\n    s = 0\n    for x in xs:\n        s += x\n        s += d[x]\n    return s\n\nf([1, 2], {1: 1})\n");
  assert.match(tb, /File "t\.py", line 5, in f\n {4}s \+= d\[x\]\nKeyError: 2$/);
});
