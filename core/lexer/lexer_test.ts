import assert from "node:assert/strict";
import { lex } from "./lexer.ts";
import * as T from "./tokens.ts";
import { KEYWORDS, LexError, type Tokens } from "./tokens.ts";
import { MAX_FSTRING_DEPTH, MAX_INDENT_DEPTH, MAX_NESTING } from "../limits.ts";

// ---------------------------------------------------------------------------------------------
// Helpers

/** Kind number -> constant name ("NAME", "LPAR", "KW_IF"), for readable assertions. */
const KIND_NAME: string[] = (() => {
  const names: string[] = [];
  for (const [k, v] of Object.entries(T)) {
    if (typeof v === "number" && /^[A-Z_]+$/.test(k) && k !== "N_KINDS") names[v] = k;
  }
  return names;
})();

/** Kinds of `src` as constant names, space-separated. */
function kinds(src: string): string {
  const t = lex(src);
  return Array.from(t.kind, (k) => KIND_NAME[k]).join(" ");
}

/** Values of the tokens of `src` that carry one. */
function values(src: string): unknown[] {
  const t = lex(src);
  return t.value.filter((v) => v !== null);
}

/** The single value of the first valued token. */
function value(src: string): unknown {
  return values(src)[0];
}

/** The LexError raised by `src`, or carried by the first of its literals that does not decode
 * (which the parser raises when it reads it). */
function error(src: string): LexError {
  let t: Tokens;
  try {
    t = lex(src);
  } catch (e) {
    if (e instanceof LexError) return e;
    throw e;
  }
  const bad = t.value.find((v) => v instanceof LexError);
  if (bad instanceof LexError) return bad;
  assert.fail(`expected a LexError for ${JSON.stringify(src)}`);
}

function fails(src: string, message: string | RegExp, offset?: number, type = "SyntaxError"): void {
  const e = error(src);
  if (typeof message === "string") assert.equal(e.message, message, JSON.stringify(src));
  else assert.match(e.message, message, JSON.stringify(src));
  assert.equal(e.type, type, JSON.stringify(src));
  if (offset !== undefined) assert.equal(e.offset, offset, `offset for ${JSON.stringify(src)}`);
}

function checkMatchSymmetric(t: Tokens): void {
  for (let i = 0; i < t.count; i++) {
    const m = t.match[i];
    if (m >= 0) assert.equal(t.match[m], i, `match of ${i} is ${m} but not back`);
  }
}

// ---------------------------------------------------------------------------------------------
// Token arrays

Deno.test("tokens: struct of arrays sized to count, EOF last, value per token", () => {
  const t = lex("x = 1\n");
  assert.equal(t.count, 5);
  for (const a of [t.kind, t.start, t.end, t.match]) assert.equal(a.length, 5);
  assert.equal(t.value.length, 5);
  assert.equal(t.kind[4], T.EOF);
  assert.deepEqual(t.value, ["x", null, 1, null, null]);
  assert.deepEqual(Array.from(t.start), [0, 2, 4, 5, 6]);
  assert.deepEqual(Array.from(t.end), [1, 3, 5, 6, 6]);
  assert.deepEqual(Array.from(t.match), [-1, -1, -1, -1, -1]);
});

// ---------------------------------------------------------------------------------------------
// Logical lines

Deno.test("lines: NEWLINE ends each logical line; blank and comment-only lines give nothing", () => {
  assert.equal(kinds(""), "EOF");
  assert.equal(kinds("   "), "EOF");
  assert.equal(kinds("\n\n\n"), "EOF");
  assert.equal(kinds("# only a comment"), "EOF");
  assert.equal(kinds("# c\n\n  # indented comment\n"), "EOF");
  assert.equal(kinds("x\ny\n"), "NAME NEWLINE NAME NEWLINE EOF");
  assert.equal(kinds("x  # trailing comment\n\n# c\ny"), "NAME NEWLINE NAME NEWLINE EOF");
  assert.equal(kinds("x; y"), "NAME SEMI NAME NEWLINE EOF");
});

Deno.test("lines: NEWLINE at the newline character, or at src.length at EOF", () => {
  const a = lex("x\n");
  assert.deepEqual([a.start[1], a.end[1]], [1, 2]);
  const b = lex("x\r\ny");
  assert.deepEqual([b.start[1], b.end[1]], [1, 3]);
  assert.deepEqual([b.start[3], b.end[3]], [4, 4]); // synthesized at EOF
  assert.deepEqual([b.start[4], b.end[4]], [4, 4]); // EOF
  // after a comment, the comment (as CPython's tokenizer places it)
  const c = lex("x  # c\ny  # d");
  assert.deepEqual([c.start[1], c.end[1]], [3, 6]);
  assert.deepEqual([c.start[3], c.end[3]], [10, 13]);
});

Deno.test("lines: implicit joining inside brackets", () => {
  assert.equal(kinds("x = (1,\n 2)\n"), "NAME EQUAL LPAR INT COMMA INT RPAR NEWLINE EOF");
  assert.equal(kinds("[\n1,\n# comment\n\n2\n]\n"), "LSQB INT COMMA INT RSQB NEWLINE EOF");
  assert.equal(kinds("{\n  1:\n    2\n}\nz\n"), "LBRACE INT COLON INT RBRACE NEWLINE NAME NEWLINE EOF");
  // Indentation inside brackets is not measured.
  assert.equal(
    kinds("if x:\n    f(a,\nb)\n"),
    "KW_IF NAME COLON NEWLINE INDENT NAME LPAR NAME COMMA NAME RPAR NEWLINE DEDENT EOF",
  );
});

Deno.test("lines: explicit backslash continuation", () => {
  assert.equal(kinds("x = 1 + \\\n    2\n"), "NAME EQUAL INT PLUS INT NEWLINE EOF");
  assert.equal(kinds("x = 1 + \\\r\n2"), "NAME EQUAL INT PLUS INT NEWLINE EOF");
  assert.equal(
    kinds("if x:\n    y = \\\n1\n"),
    "KW_IF NAME COLON NEWLINE INDENT NAME EQUAL INT NEWLINE DEDENT EOF",
  );
  fails("x = 1 \\ y", "unexpected character after line continuation character", 7);
  fails("x = \\# c\n", "unexpected character after line continuation character", 5);
  // (just past the backslash, as CPython; an open bracket is reported instead)
  fails("x = 1 \\", "unexpected EOF while parsing", 7);
  fails("x = 1 \\\n", "unexpected EOF while parsing", 7);
  fails("x = [1, \\\n", "'[' was never closed", 4);
  // (with closeAtEnd, left for the parser to raise when it reads that far)
  const t = lex("x = 1 \\\n", true);
  assert.deepEqual([t.unclosed?.error.message, t.unclosed?.error.offset, t.unclosed?.from], ["unexpected EOF while parsing", 7, 3]);
});

Deno.test("lines: \\r\\n and lone \\r are newlines", () => {
  assert.equal(kinds("x\r\ny\r\n"), "NAME NEWLINE NAME NEWLINE EOF");
  assert.equal(kinds("x\ry\r"), "NAME NEWLINE NAME NEWLINE EOF");
  assert.equal(kinds("if x:\r    y\r\r"), "KW_IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT EOF");
  assert.equal(kinds("# c\r\n\r\nx"), "NAME NEWLINE EOF");
});

Deno.test("lines: a leading BOM is skipped", () => {
  const t = lex("\ufeffx");
  assert.equal(kinds("\ufeffx"), "NAME NEWLINE EOF");
  assert.equal(t.start[0], 1);
  assert.equal(kinds("\ufeff"), "EOF");
  fails("x\ufeff", "invalid non-printable character U+FEFF", 1);
});

Deno.test("lines: EOF gives NEWLINE (if the line had tokens), DEDENTs to column 0, EOF", () => {
  assert.equal(
    kinds("if x:\n    if y:\n        z"),
    "KW_IF NAME COLON NEWLINE INDENT KW_IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT DEDENT EOF",
  );
  const src = "if x:\n    y\n";
  const t = lex(src);
  assert.equal(kinds(src), "KW_IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT EOF");
  assert.deepEqual([t.start[7], t.end[7]], [src.length, src.length]);
});

Deno.test("lines: a NUL character anywhere is refused", () => {
  fails("x = 1\0", "source code string cannot contain null bytes", 5);
  fails("'a\0'", "source code string cannot contain null bytes", 2);
});

// ---------------------------------------------------------------------------------------------
// Indentation

Deno.test("indent: INDENT/DEDENT, offsets and match", () => {
  const src = "if a:\n    if b:\n        c\n    d\ne\n";
  assert.equal(
    kinds(src),
    "KW_IF NAME COLON NEWLINE INDENT KW_IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT NAME NEWLINE DEDENT NAME NEWLINE EOF",
  );
  const t = lex(src);
  // INDENT at the first token of its line, DEDENT at the first token of the dedented line.
  assert.equal(t.start[4], src.indexOf("if b"));
  assert.equal(t.end[4], src.indexOf("if b"));
  assert.equal(t.start[9], src.indexOf("c"));
  assert.equal(t.start[12], src.indexOf("d"));
  assert.equal(t.start[15], src.indexOf("e"));
  assert.equal(t.match[4], 15);
  assert.equal(t.match[15], 4);
  assert.equal(t.match[9], 12);
  assert.equal(t.match[12], 9);
  checkMatchSymmetric(t);
});

Deno.test("indent: several DEDENTs at once, DEDENTs at EOF point at src.length", () => {
  const src = "class A:\n  def f():\n    return 1\nA()";
  const t = lex(src);
  assert.equal(
    kinds(src),
    "KW_CLASS NAME COLON NEWLINE INDENT KW_DEF NAME LPAR RPAR COLON NEWLINE INDENT KW_RETURN INT NEWLINE DEDENT DEDENT NAME LPAR RPAR NEWLINE EOF",
  );
  assert.equal(t.match[4], 16);
  assert.equal(t.match[11], 15);
  const u = lex("if x:\n  y");
  assert.deepEqual([u.start[7], u.start[8]], [9, 9]);
});

Deno.test("indent: tabs count to the next multiple of 8", () => {
  assert.equal(
    kinds("if x:\n\ty\n\tz\n"),
    "KW_IF NAME COLON NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT EOF",
  );
  // ' \t' is column 8 and (tab size 1) column 2: consistent with the outer level 0.
  assert.equal(kinds("if x:\n \ty\n"), "KW_IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT EOF");
  assert.equal(
    kinds("if x:\n\t\ty\n\t\tz\n"),
    "KW_IF NAME COLON NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT EOF",
  );
});

Deno.test("indent: TabError when tabs and spaces disagree", () => {
  const msg = "inconsistent use of tabs and spaces in indentation";
  // (at the start of the line, as CPython: its report then draws no caret)
  fails("if x:\n\ty\n        z\n", msg, 9, "TabError");
  fails("if x:\n        y\n\tz\n", msg, 16, "TabError");
  fails("if x:\n  if y:\n\tz\n", msg, 14, "TabError"); // deeper by tabs=8, shallower by tab size 1
});

Deno.test("indent: IndentationError for an unindent to an unknown level", () => {
  // (at the end of the physical line, comment included, as CPython)
  fails("if x:\n    y\n  z\n", "unindent does not match any outer indentation level", 15, "IndentationError");
  fails("if x:\n    y\n  z  # c\r\n", "unindent does not match any outer indentation level", 20, "IndentationError");
  fails("if x:\n    y\n  z = (1,\n 2)\n", "unindent does not match any outer indentation level", 21, "IndentationError");
  fails(
    "if True:\n    if True:\n        pass\n  x = 1",
    "unindent does not match any outer indentation level",
    42,
    "IndentationError",
  );
});

Deno.test("indent: fewer than MAX_INDENT_DEPTH levels (CPython refuses the 100th)", () => {
  const nest = (levels: number) => {
    let s = "";
    for (let i = 0; i < levels; i++) s += " ".repeat(i) + "if x:\n";
    return s + " ".repeat(levels) + "pass\n";
  };
  const ok = lex(nest(MAX_INDENT_DEPTH - 1));
  assert.equal(Array.from(ok.kind).filter((k) => k === T.INDENT).length, MAX_INDENT_DEPTH - 1);
  checkMatchSymmetric(ok);
  // (at the start of the line, as CPython)
  const deep = nest(MAX_INDENT_DEPTH);
  fails(deep, "too many levels of indentation", deep.length - MAX_INDENT_DEPTH - 5, "IndentationError");
});

Deno.test("indent: a form feed at line start resets the column", () => {
  assert.equal(
    kinds("if x:\n    y\n\f\n\fz\n"),
    "KW_IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT NAME NEWLINE EOF",
  );
  assert.equal(kinds("if x:\n  \f    y\n"), "KW_IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT EOF");
  assert.equal(kinds("x = 1 \f+ 2"), "NAME EQUAL INT PLUS INT NEWLINE EOF");
});

Deno.test("indent: blank and comment lines at any indentation do not count", () => {
  assert.equal(
    kinds("if x:\n    y\n\n  # odd\n        \n    z\n"),
    "KW_IF NAME COLON NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT EOF",
  );
  // Unexpected indent is the parser's to report: the lexer just emits INDENT.
  assert.equal(kinds("x\n  y\n"), "NAME NEWLINE INDENT NAME NEWLINE DEDENT EOF");
});

Deno.test("indent: a backslash continuation in the indentation, as CPython's cont_line_col", () => {
  // the first backslash's column is the indentation; the next line's spaces do not add to it
  assert.equal(kinds("if x:\n    y\n    \\\nz\n"), "KW_IF NAME COLON NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT EOF");
  const t = lex("x\n  \\\n  y\n");
  assert.equal(kinds("x\n  \\\n  y\n"), "NAME NEWLINE INDENT NAME NEWLINE DEDENT EOF");
  assert.equal(t.start[2], 8); // the INDENT is at the first token, after the continuation
  // a backslash at column 0 sets none: the spaces after it count
  assert.equal(kinds("x\n\\\n  y\n"), "NAME NEWLINE INDENT NAME NEWLINE DEDENT EOF");
  // tabs and spaces are not compared across it
  assert.equal(kinds("if x:\n        y\n\t\\\n        z\n"), "KW_IF NAME COLON NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT EOF");
  fails("if x:\n\ty\n        \\\n\tz\n", "inconsistent use of tabs and spaces in indentation", 19, "TabError");
  // a line left blank or holding a comment after it does not count
  assert.equal(kinds("x\n  \\\n# c\ny\n"), "NAME NEWLINE NAME NEWLINE EOF");
  assert.equal(kinds("x\n  \\\n\ny\n"), "NAME NEWLINE NAME NEWLINE EOF");
  // the end of the input after it
  fails("x\n  \\\n", "unexpected EOF while parsing", 5);
  fails("x\n  \\", "unexpected EOF while parsing", 5);
});

// ---------------------------------------------------------------------------------------------
// Names

Deno.test("names: ASCII identifiers", () => {
  assert.deepEqual(values("abc _x x1 __init__ Abc_9"), ["abc", "_x", "x1", "__init__", "Abc_9"]);
  const t = lex("foo.bar");
  assert.deepEqual([t.start[2], t.end[2]], [4, 7]);
});

Deno.test("names: every keyword has its kind; soft keywords stay NAME", () => {
  for (const [word, kind] of KEYWORDS) {
    const t = lex(word);
    assert.equal(t.kind[0], kind, word);
    assert.equal(t.value[0], null);
  }
  for (const soft of ["match", "case", "type", "_"]) {
    const t = lex(soft);
    assert.equal(t.kind[0], T.NAME, soft);
    assert.equal(t.value[0], soft);
  }
  assert.equal(kinds("iff Trues none"), "NAME NAME NAME NEWLINE EOF");
});

Deno.test("names: non-ASCII identifiers, NFKC-normalised", () => {
  assert.deepEqual(values("café = π"), ["café", "π"]);
  assert.deepEqual(values("ﬁle"), ["file"]); // U+FB01 LATIN SMALL LIGATURE FI
  assert.deepEqual(values("µ"), ["μ"]); // MICRO SIGN -> GREEK SMALL LETTER MU
  assert.deepEqual(values("ｗｉｄｔｈ"), ["width"]);
  assert.deepEqual(values("x\u{E0100} = 1"), ["x\u{E0100}", 1]); // variation selector: ID_Continue, kept by NFKC
  assert.deepEqual(values("𝔘𝔫𝔦"), ["Uni"]); // astral letters
  assert.deepEqual(values("名前 = 1"), ["名前", 1]);
  const t = lex("aé b");
  assert.deepEqual([t.start[1], t.end[1]], [3, 4]);
});

Deno.test("names: invalid characters", () => {
  fails("a €", "invalid character '€' (U+20AC)", 2);
  fails("x = 1 → 2", "invalid character '→' (U+2192)", 6);
  fails("😀", "invalid character '😀' (U+1F600)", 0);
  fails("x\u00a0= 1", "invalid non-printable character U+00A0", 1);
  fails("x\u200b", "invalid non-printable character U+200B", 1);
  fails("x\x01", "invalid non-printable character U+0001", 1);
  fails("x\x0b", "invalid non-printable character U+000B", 1);
  fails("x\x7f", "invalid non-printable character U+007F", 1);
  // ID_Start or ID_Continue but not XID_ (CPython's classes: NFKC would make them no identifier)
  fails("\u037a = 1", "invalid character '\u037a' (U+037A)", 0);
  fails("x\u309b = 1", "invalid character '\u309b' (U+309B)", 1);
  fails("\u0e33 = 1", "invalid character '\u0e33' (U+0E33)", 0);
  fails("a\ufdfab = 1", "invalid character '\ufdfa' (U+FDFA)", 1);
  fails("\uff9e", "invalid character '\uff9e' (U+FF9E)", 0);
  assert.deepEqual(values("a\u0e33 = 1"), ["a\u0e4d\u0e32", 1]); // XID_Continue (NFKC: two characters)
});

Deno.test("names: $ ? ` and a lone ! are invalid syntax", () => {
  fails("x $ y", "invalid syntax", 2);
  fails("x ? y", "invalid syntax", 2);
  fails("`x`", "invalid syntax", 0);
  fails("!", "invalid syntax", 0);
  fails("a ! b", "invalid syntax", 2);
  assert.equal(kinds("a != b"), "NAME NOTEQUAL NAME NEWLINE EOF");
});

// ---------------------------------------------------------------------------------------------
// Numbers

Deno.test("numbers: integers in every base", () => {
  const t = lex("0 7 00 0_0 1_000_000 0xFF 0XfF 0o17 0O17 0b101 0B1_0 0xDEAD_BEEF");
  assert.deepEqual(t.value.slice(0, 12), [0, 7, 0, 0, 1000000, 255, 255, 15, 15, 5, 2, 0xdeadbeef]);
  for (let i = 0; i < 12; i++) assert.equal(t.kind[i], T.INT);
});

Deno.test("numbers: floats and imaginary", () => {
  const t = lex("1. .5 1e10 1E+10 1_0.5e-3 3.14_15 5.e-1 09.5 09e1 0e0");
  assert.deepEqual(t.value.slice(0, 10), [1, 0.5, 1e10, 1e10, 10.5e-3, 3.1415, 0.5, 9.5, 90, 0]);
  for (let i = 0; i < 10; i++) assert.equal(t.kind[i], T.FLOAT);
  const j = lex("1j 1.5J 0j 1e5j 09j .5j");
  assert.deepEqual(j.value.slice(0, 6), [1, 1.5, 0, 1e5, 9, 0.5]);
  for (let i = 0; i < 6; i++) assert.equal(j.kind[i], T.IMAG);
  assert.equal(value("1e400"), Infinity);
});

Deno.test("numbers: number then dot, attribute and keyword neighbours", () => {
  assert.equal(kinds("1..real"), "FLOAT DOT NAME NEWLINE EOF");
  assert.equal(kinds("1 .real"), "INT DOT NAME NEWLINE EOF");
  assert.equal(kinds("x[1:2]"), "NAME LSQB INT COLON INT RSQB NEWLINE EOF");
  // CPython accepts a number running into these keywords (with a warning).
  assert.equal(kinds("1if x else 2"), "INT KW_IF NAME KW_ELSE INT NEWLINE EOF");
  assert.equal(kinds("1else"), "INT KW_ELSE NEWLINE EOF");
  assert.equal(kinds("0x1for x in y"), "INT KW_OR NAME KW_IN NAME NEWLINE EOF"); // 0x1f or ..., as in CPython
  assert.equal(kinds("1or 2"), "INT KW_OR INT NEWLINE EOF");
  assert.equal(kinds("1jand 2"), "IMAG KW_AND INT NEWLINE EOF");
  assert.equal(kinds("1not in x"), "INT KW_NOT KW_IN NAME NEWLINE EOF");
  assert.equal(kinds("1is x"), "INT KW_IS NAME NEWLINE EOF");
});

Deno.test("numbers: number values switch to bigint beyond MAX_SAFE_INTEGER", () => {
  assert.equal(value("9007199254740991"), 9007199254740991);
  assert.equal(value("9007199254740992"), 9007199254740992n);
  assert.equal(value("0x1fffffffffffff"), 0x1fffffffffffff);
  assert.equal(value("0x20000000000000"), 0x20000000000000n);
  assert.equal(value("99_999_999_999_999_999_999"), 99999999999999999999n);
  assert.equal(value("170141183460469231731687303715884105727"), (1n << 127n) - 1n);
  assert.equal(value("0x7fffffffffffffffffffffffffffffff"), (1n << 127n) - 1n);
  assert.equal(value("0b" + "1".repeat(127)), (1n << 127n) - 1n);
});

Deno.test("numbers: literals of 2^127 or more are refused", () => {
  const msg = "integer literal too large to represent (max ±2^127)";
  fails("x = 170141183460469231731687303715884105728", msg, 4);
  fails("0x80000000000000000000000000000000", msg, 0);
  fails("0o" + "7".repeat(50), msg, 0);
  fails("9".repeat(5000), msg, 0);
});

// (error offsets are CPython 3.12's: the last character read before the bad one)
Deno.test("numbers: misplaced underscores", () => {
  fails("1_", "invalid decimal literal: invalid '_' in number", 1);
  fails("x = 1_", "invalid decimal literal: invalid '_' in number", 5);
  fails("1e_5", "invalid decimal literal: invalid '_' in number", 0);
  fails("1e+_5", "invalid decimal literal: invalid '_' in number", 2);
  fails("1_.5", "invalid decimal literal: invalid '_' in number", 1);
  fails("1._5", "invalid decimal literal: invalid '_' in number", 1);
  fails("1.5_", "invalid decimal literal: invalid '_' in number", 3);
  fails("0_", "invalid decimal literal: invalid '_' in number", 1);
  assert.equal(lex("0x_1").value[0], 1); // CPython accepts an underscore after the prefix
  fails("0x__1", "invalid hexadecimal literal: consecutive '_' in number", 2);
  assert.equal(lex("0o_7").value[0], 7);
  assert.equal(lex("0b_1").value[0], 1);
  fails("0o_", "invalid octal literal: invalid '_' in number", 2);
  fails("0x1_", "invalid hexadecimal literal: invalid '_' in number", 3);
  fails("1__2", "invalid decimal literal: consecutive '_' in number", 1);
  fails("0__0", "invalid decimal literal: consecutive '_' in number", 1);
  fails("0x1__2", "invalid hexadecimal literal: consecutive '_' in number", 3);
  fails("1e1__0", "invalid decimal literal: consecutive '_' in number", 3);
});

Deno.test("numbers: missing digits, invalid digits, leading zeros, trailing letters", () => {
  fails("0x", "invalid hexadecimal literal: missing digits", 1);
  fails("0o", "invalid octal literal: missing digits", 1);
  fails("0b", "invalid binary literal: missing digits", 1);
  fails("0X ", "invalid hexadecimal literal: missing digits", 1);
  fails("0b2", "invalid digit '2' in binary literal", 2);
  fails("0b1012", "invalid digit '2' in binary literal", 5);
  fails("0o8", "invalid digit '8' in octal literal", 2);
  fails("0o1_9", "invalid digit '9' in octal literal", 4);
  fails("0b1_2", "invalid digit '2' in binary literal", 4);
  const lz =
    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
  fails("012", lz, 0);
  fails("x = 00_7", lz, 4);
  fails("1abc", "invalid decimal literal", 0);
  fails("1e", "invalid decimal literal", 0);
  fails("1ex", "invalid decimal literal", 0);
  fails("1.5x", "invalid decimal literal", 2);
  fails("1_000L", "invalid decimal literal", 4);
  fails("0xfg", "invalid hexadecimal literal", 2);
  fails("0xg", "invalid hexadecimal literal", 1);
  fails("0b1x", "invalid binary literal", 2);
  fails("0o7a", "invalid octal literal", 2);
  fails("1jx", "invalid imaginary literal", 1);
});

// A number followed by a non-ASCII character: the character's own error (a NAME after an INT, for a letter)
// at the character, as CPython 3.12 and 3.13 (gh-88943, also backported: 3.11.7 agrees); 3.11.2
// said "invalid decimal literal" (hexadecimal, imaginary) at the number.
Deno.test("numbers: a non-ASCII character after a number is reported as itself", () => {
  fails("price = 5€", "invalid character '€' (U+20AC)", 9);
  fails("x = 0x1F€", "invalid character '€' (U+20AC)", 8);
  fails("x = 2j€", "invalid character '€' (U+20AC)", 6);
  fails("x = 1.5€", "invalid character '€' (U+20AC)", 7);
  fails("x = 1e5€", "invalid character '€' (U+20AC)", 7);
  fails("x = 1\ufeff", "invalid non-printable character U+FEFF", 5);
  fails("x = 0o7\u00a0", "invalid non-printable character U+00A0", 7);
  assert.equal(kinds("1é"), "INT NAME NEWLINE EOF");
});

// ---------------------------------------------------------------------------------------------
// Strings

Deno.test("strings: quotes and prefixes in any case", () => {
  assert.deepEqual(values(`'a' "b" '''c''' """d""" '' "" '''''' """"""`), [
    "a",
    "b",
    "c",
    "d",
    "",
    "",
    "",
    "",
  ]);
  assert.deepEqual(values(`u'x' U"x" r'\\n' R"\\n"`), ["x", "x", "\\n", "\\n"]);
  const t = lex(`b'a' B"b" br'\\x' Rb'c' bR"d" rB'e'`);
  for (let i = 0; i < 6; i++) assert.equal(t.kind[i], T.BYTES);
  assert.deepEqual(Array.from(t.value[2] as Uint8Array), [92, 120]);
  // Not prefixes: a name followed by a string.
  assert.equal(kinds("ur'x'"), "NAME STRING NEWLINE EOF");
  assert.equal(kinds("fb'x'"), "NAME STRING NEWLINE EOF");
  assert.equal(kinds("bu'x'"), "NAME STRING NEWLINE EOF");
  assert.equal(kinds("rr'x'"), "NAME STRING NEWLINE EOF");
});

Deno.test("strings: offsets include the prefix and the quotes", () => {
  const t = lex(`x = rb'''ab'''`);
  assert.deepEqual([t.start[2], t.end[2]], [4, 14]);
});

Deno.test("strings: triple-quoted strings span lines; newlines become \\n", () => {
  assert.equal(value(`"""a\nb"""`), "a\nb");
  assert.equal(value(`'''a\r\nb\rc'''`), "a\nb\nc");
  assert.equal(value(`r'''a\r\nb'''`), "a\nb");
  assert.equal(value(`'''it's "quoted" ''\\''''`), `it's "quoted" '''`);
  assert.equal(kinds(`x = """\n  abc\n"""\ny\n`), "NAME EQUAL STRING NEWLINE NAME NEWLINE EOF");
});

Deno.test("strings: escapes", () => {
  assert.equal(value(String.raw`'\\ \' \" \a \b \f \n \r \t \v'`), "\\ ' \" \x07 \b \f \n \r \t \v");
  assert.equal(value(String.raw`'\0 \07 \101 \1010 \777'`), "\0 \x07 A A0 \u01ff");
  assert.equal(value(String.raw`'\x41\x7e \u00e9\u20AC \U0001F600 \U00000041'`), "A~ é€ 😀 A");
  assert.equal(value(String.raw`'\N{BULLET}\N{EM DASH}\N{SNOWMAN}\N{bullet}'`), "•—☃•");
  assert.equal(
    value(
      String.raw`'\N{GREEK SMALL LETTER ALPHA}\N{GREEK SMALL LETTER OMEGA}\N{GREEK CAPITAL LETTER DELTA}'`,
    ),
    "αωΔ",
  );
  assert.equal(
    value(
      String
        .raw`'\N{LATIN SMALL LETTER E WITH ACUTE}\N{LATIN CAPITAL LETTER A}\N{latin small letter n with tilde}'`,
    ),
    "éAñ",
  );
  assert.equal(
    value(String.raw`'\N{SPACE}\N{LINE FEED}\N{NULL}\N{DIGIT SEVEN}\N{LEFT CURLY BRACKET}\N{ESC}'`),
    " \n\x007{\x1b",
  );
  // Unknown escapes are kept verbatim.
  assert.equal(value(String.raw`'\d \q \8 \%'`), "\\d \\q \\8 \\%");
  // Backslash-newline is removed (line continuation inside the literal).
  assert.equal(value("'a\\\nb'"), "ab");
  assert.equal(value("'a\\\r\nb'"), "ab");
  assert.equal(value("'''a\\\nb'''"), "ab");
  assert.equal(value("'\\\\'"), "\\");
  assert.equal(value("'no escapes at all'"), "no escapes at all");
});

Deno.test("strings: raw strings keep everything", () => {
  assert.equal(value(String.raw`r'\n\x\N{X}\u12'`), String.raw`\n\x\N{X}\u12`);
  assert.equal(value(String.raw`r'\''`), String.raw`\'`);
  assert.equal(value("r'a\\\nb'"), "a\\\nb");
  assert.equal(value(String.raw`r'\\'`), String.raw`\\`);
});

Deno.test("strings: bytes", () => {
  const b = value(String.raw`b'A\x00\xff\n\101\777\q\u1234\N{X}'`) as Uint8Array;
  assert.ok(b instanceof Uint8Array);
  const expected = [65, 0, 255, 10, 65, 0o777 & 0xff, ...new TextEncoder().encode(String.raw`\q\u1234\N{X}`)];
  assert.deepEqual(Array.from(b), expected);
  assert.deepEqual(Array.from(value("b'ab'") as Uint8Array), [97, 98]);
  assert.deepEqual(Array.from(value("b'''a\r\nb'''") as Uint8Array), [97, 10, 98]);
  assert.deepEqual(Array.from(value("b'a\\\nb'") as Uint8Array), [97, 98]);
  fails("x = b'caf\u00e9'", "bytes can only contain ASCII literal characters", 4);
  fails("rb'\u20ac'", "bytes can only contain ASCII literal characters", 0);
  fails(String.raw`b'\x4'`, String.raw`(value error) invalid \x escape at position 0`, 0);
  fails(String.raw`b'ab\xzz'`, String.raw`(value error) invalid \x escape at position 2`, 0);
});

Deno.test("strings: adjacent literals are separate tokens", () => {
  assert.equal(kinds(`'a' "b" '''c'''`), "STRING STRING STRING NEWLINE EOF");
  assert.equal(kinds(`'a' f'b' b'c'`), "STRING FSTRING_START FSTRING_MIDDLE FSTRING_END BYTES NEWLINE EOF");
});

Deno.test("strings: unterminated literals (offset at the literal, prefix included)", () => {
  fails("x = 'abc", "unterminated string literal (detected at line 1)", 4);
  fails("x = 'abc\ny = 1\n", "unterminated string literal (detected at line 1)", 4);
  fails("x = b'abc\\\ndef", "unterminated string literal (detected at line 2)", 4);
  fails('\n\nx = "abc', "unterminated string literal (detected at line 3)", 6);
  fails("x = '''abc\ndef", "unterminated triple-quoted string literal (detected at line 2)", 4);
  fails("x = '''abc\ndef\n", "unterminated triple-quoted string literal (detected at line 2)", 4);
  fails("x = '''abc\ndef\n\n", "unterminated triple-quoted string literal (detected at line 3)", 4);
  fails("x = r'abc\\'", "unterminated string literal (detected at line 1)", 4);
  fails("x = rB'''abc", "unterminated triple-quoted string literal (detected at line 1)", 4);
  fails("'", "unterminated string literal (detected at line 1)", 0);
});

Deno.test("strings: a literal that does not decode carries its error, which the parser raises", () => {
  // (CPython's parser reports these, so a syntax error before them comes first)
  const t = lex("x = '\\x' + b'\\x' + b'\u00e9'\n");
  const errs = t.value.filter((v) => v instanceof LexError) as LexError[];
  assert.deepEqual(errs.map((e) => [e.message, e.offset]), [
    ["(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape", 4],
    ["(value error) invalid \\x escape at position 0", 11],
    ["bytes can only contain ASCII literal characters", 19],
  ]);
  // an f-string's, at its closing quote (as CPython 3.12, once the f-string has parsed): the first
  // of its text or format specs
  const f = lex('f"a\\x{y:\\N{foo}}\\N{bar}" f"\\x"\n');
  const fe = f.value.map((v, i) => [v, f.kind[i]]).filter(([v]) => v instanceof LexError) as [LexError, number][];
  assert.deepEqual(fe.map(([e, k]) => [e.message.slice(-26), e.offset, KIND_NAME[k]]), [
    ["1-2: truncated \\xXX escape", 23, "FSTRING_END"],
    ["0-1: truncated \\xXX escape", 29, "FSTRING_END"],
  ]);
});

Deno.test("strings: invalid escapes", () => {
  const u = "(unicode error) 'unicodeescape' codec can't decode bytes in position";
  fails(String.raw`x = '\x'`, `${u} 0-1: truncated \\xXX escape`, 4);
  fails(String.raw`'\x4'`, `${u} 0-2: truncated \\xXX escape`, 0);
  fails(String.raw`'ab\xg0'`, `${u} 2-3: truncated \\xXX escape`, 0);
  fails(String.raw`'\u12'`, `${u} 0-3: truncated \\uXXXX escape`, 0);
  fails(String.raw`'\U0001F60'`, `${u} 0-8: truncated \\UXXXXXXXX escape`, 0);
  fails(String.raw`'\U12345678'`, `${u} 0-9: illegal Unicode character`, 0);
  fails(String.raw`'\N{FOO}'`, `${u} 0-6: unknown Unicode character name`, 0);
  fails(String.raw`'a\N{NOT A REAL NAME}'`, `${u} 1-19: unknown Unicode character name`, 0);
  fails(String.raw`'\Nx'`, `${u} 0-1: malformed \\N character escape`, 0);
  fails(String.raw`'\N{x'`, `${u} 0-3: malformed \\N character escape`, 0);
  fails(String.raw`'\N{}'`, `${u} 0-2: malformed \\N character escape`, 0);
  fails(String.raw`'ab\N{}'`, `${u} 2-4: malformed \\N character escape`, 0);
});

// ---------------------------------------------------------------------------------------------
// f-strings

Deno.test("f-strings: literal text and replacement fields", () => {
  assert.equal(kinds("f'hello'"), "FSTRING_START FSTRING_MIDDLE FSTRING_END NEWLINE EOF");
  assert.equal(kinds("f''"), "FSTRING_START FSTRING_END NEWLINE EOF");
  assert.equal(kinds("f'{x}'"), "FSTRING_START LBRACE NAME RBRACE FSTRING_END NEWLINE EOF");
  assert.equal(
    kinds("f'a {b} c {d + 1}'"),
    "FSTRING_START FSTRING_MIDDLE LBRACE NAME RBRACE FSTRING_MIDDLE LBRACE NAME PLUS INT RBRACE FSTRING_END NEWLINE EOF",
  );
  const t = lex("f'a{x}b'");
  assert.deepEqual(Array.from(t.start.subarray(0, 6)), [0, 2, 3, 4, 5, 6]);
  assert.deepEqual(Array.from(t.end.subarray(0, 7)), [2, 3, 4, 5, 6, 7, 8]);
  assert.equal(t.match[0], 6);
  assert.equal(t.match[6], 0);
  assert.equal(t.match[2], 4);
  assert.equal(t.match[4], 2);
  checkMatchSymmetric(t);
});

Deno.test("f-strings: prefixes and quotes", () => {
  for (
    const src of [
      `f"x{y}"`,
      `F'x{y}'`,
      `f'''x{y}'''`,
      `f"""x{y}"""`,
      `rf'x{y}'`,
      `fR'x{y}'`,
      `Rf"x{y}"`,
      `FR'x{y}'`,
    ]
  ) {
    assert.equal(kinds(src), "FSTRING_START FSTRING_MIDDLE LBRACE NAME RBRACE FSTRING_END NEWLINE EOF", src);
  }
  const t = lex(`rf'''a{x}'''`);
  assert.deepEqual([t.start[0], t.end[0]], [0, 5]);
  assert.deepEqual([t.start[5], t.end[5]], [9, 12]);
});

Deno.test("f-strings: middle values are decoded", () => {
  assert.deepEqual(values(String.raw`f'a\tb{x}\n'`), ["a\tb", "x", "\n"]);
  assert.deepEqual(values("f'{{}}'"), ["{}"]);
  assert.deepEqual(values("f'a{{b}}c{x}d'"), ["a{b}c", "x", "d"]);
  assert.deepEqual(values("f'{x}}}'"), ["x", "}"]);
  assert.deepEqual(values(String.raw`f'\N{BULLET} {x}'`), ["• ", "x"]);
  assert.deepEqual(values(String.raw`f'\{x}'`), ["\\", "x"]);
  assert.deepEqual(values(String.raw`f'\{{x}}'`), ["\\{x}"]);
  assert.deepEqual(values("f'''a\r\nb'''"), ["a\nb"]);
  // Empty middles (also after decoding) are omitted.
  assert.equal(kinds("f'\\\n{x}'"), "FSTRING_START LBRACE NAME RBRACE FSTRING_END NEWLINE EOF");
});

Deno.test("f-strings: raw f-strings keep backslashes in literal parts", () => {
  assert.deepEqual(values(String.raw`rf'\n{x}\t'`), ["\\n", "x", "\\t"]);
  assert.deepEqual(values(String.raw`fr'\{x}'`), ["\\", "x"]);
  assert.deepEqual(values(String.raw`rf'\N{x}'`), ["\\N", "x"]); // no \N escape in raw: a field
  assert.deepEqual(values(String.raw`rf'\''`), ["\\'"]);
  assert.deepEqual(values(String.raw`rf'{x:\d}'`), ["x", "\\d"]);
});

Deno.test("f-strings: conversion and self-documenting =", () => {
  assert.equal(
    kinds("f'{x!r}'"),
    "FSTRING_START LBRACE NAME EXCLAMATION NAME RBRACE FSTRING_END NEWLINE EOF",
  );
  assert.equal(kinds("f'{x=}'"), "FSTRING_START LBRACE NAME EQUAL RBRACE FSTRING_END NEWLINE EOF");
  assert.equal(kinds("f'{x = }'"), "FSTRING_START LBRACE NAME EQUAL RBRACE FSTRING_END NEWLINE EOF");
  assert.equal(
    kinds("f'{x=!r}'"),
    "FSTRING_START LBRACE NAME EQUAL EXCLAMATION NAME RBRACE FSTRING_END NEWLINE EOF",
  );
  assert.equal(
    kinds("f'{x=:>10}'"),
    "FSTRING_START LBRACE NAME EQUAL COLON FSTRING_MIDDLE RBRACE FSTRING_END NEWLINE EOF",
  );
  // Comparison operators stay themselves.
  assert.equal(kinds("f'{x==y}'"), "FSTRING_START LBRACE NAME EQEQUAL NAME RBRACE FSTRING_END NEWLINE EOF");
  assert.equal(kinds("f'{x!=y}'"), "FSTRING_START LBRACE NAME NOTEQUAL NAME RBRACE FSTRING_END NEWLINE EOF");
  assert.equal(kinds("f'{x<=y}'"), "FSTRING_START LBRACE NAME LESSEQUAL NAME RBRACE FSTRING_END NEWLINE EOF");
  assert.equal(
    kinds("f'{x>=y}'"),
    "FSTRING_START LBRACE NAME GREATEREQUAL NAME RBRACE FSTRING_END NEWLINE EOF",
  );
  // Keyword argument inside a call: EQUAL at bracket depth 1, not the self-documenting form.
  assert.equal(
    kinds("f'{f(a=1)}'"),
    "FSTRING_START LBRACE NAME LPAR NAME EQUAL INT RPAR RBRACE FSTRING_END NEWLINE EOF",
  );
});

Deno.test("f-strings: format spec", () => {
  assert.equal(
    kinds("f'{x:>10}'"),
    "FSTRING_START LBRACE NAME COLON FSTRING_MIDDLE RBRACE FSTRING_END NEWLINE EOF",
  );
  assert.deepEqual(values("f'{x:>10}'"), ["x", ">10"]);
  assert.equal(
    kinds("f'{x:{w}}'"),
    "FSTRING_START LBRACE NAME COLON LBRACE NAME RBRACE RBRACE FSTRING_END NEWLINE EOF",
  );
  assert.deepEqual(values("f'{x:{w}.{p}f}'"), ["x", "w", ".", "p", "f"]);
  assert.deepEqual(values("f'{x!r:^{w}}'"), ["x", "r", "^", "w"]);
  // fields nest in specs three deep, as in CPython 3.12 ("expressions nested too deeply" just
  // before the fourth's brace)
  assert.deepEqual(values("f'{a:{b:{c}}}'"), ["a", "b", "c"]);
  fails("f'{a:{b:{c:{d}}}}'", "f-string: expressions nested too deeply", 10);
  // `:=` at depth 0 of a field is a format spec "=5"; inside parentheses it is the walrus.
  assert.deepEqual(values("f'{x:=5}'"), ["x", "=5"]);
  assert.equal(
    kinds("f'{(x:=5)}'"),
    "FSTRING_START LBRACE LPAR NAME COLONEQUAL INT RPAR RBRACE FSTRING_END NEWLINE EOF",
  );
  // `:` inside brackets is not a format spec.
  assert.equal(
    kinds("f'{x[1:2]}'"),
    "FSTRING_START LBRACE NAME LSQB INT COLON INT RSQB RBRACE FSTRING_END NEWLINE EOF",
  );
  assert.equal(
    kinds(`f'{ {"a": 1}["a"] }'`),
    "FSTRING_START LBRACE LBRACE STRING COLON INT RBRACE LSQB STRING RSQB RBRACE FSTRING_END NEWLINE EOF",
  );
  // Escapes are applied in specs; `{{` has no meaning there.
  assert.deepEqual(values(String.raw`f'{x:\x41}'`), ["x", "A"]);
  const t = lex("f'{x:{w}}'");
  assert.equal(t.match[1], 7);
  assert.equal(t.match[4], 6);
  checkMatchSymmetric(t);
});

Deno.test("f-strings: strings and f-strings inside fields reuse any quote (PEP 701)", () => {
  assert.equal(
    kinds(`f'{d["a"]}'`),
    "FSTRING_START LBRACE NAME LSQB STRING RSQB RBRACE FSTRING_END NEWLINE EOF",
  );
  assert.equal(
    kinds(`f'{d['a']}'`),
    "FSTRING_START LBRACE NAME LSQB STRING RSQB RBRACE FSTRING_END NEWLINE EOF",
  );
  assert.equal(
    kinds("f'{f'{x}'}'"),
    "FSTRING_START LBRACE FSTRING_START LBRACE NAME RBRACE FSTRING_END RBRACE FSTRING_END NEWLINE EOF",
  );
  const src = `f'a{f'b{f'c{f'd{f'''e{f"""f{f"g{f'h{x}i'}j"}k"""}l'''}m'}n'}o'}p'`;
  const t = lex(src);
  assert.equal(Array.from(t.kind).filter((k) => k === T.FSTRING_START).length, 8);
  assert.equal((t.value.filter((v) => typeof v === "string") as string[]).join(""), "abcdefghxijklmnop");
  checkMatchSymmetric(t);
  assert.deepEqual(values(`f'{"\\n".join(a)}'`), ["\n", "join", "a"]);
  assert.deepEqual(values(`f"{'''a\nb'''}"`), ["a\nb"]);
});

Deno.test("f-strings: newlines inside fields produce no NEWLINE; comments are dropped", () => {
  assert.equal(kinds("f'{1 +\n2}'\n"), "FSTRING_START LBRACE INT PLUS INT RBRACE FSTRING_END NEWLINE EOF");
  assert.equal(kinds("f'''{x # c\n}'''\n"), "FSTRING_START LBRACE NAME RBRACE FSTRING_END NEWLINE EOF");
  assert.equal(
    kinds("if a:\n    f'''x\n{y\n}z'''\n"),
    "KW_IF NAME COLON NEWLINE INDENT FSTRING_START FSTRING_MIDDLE LBRACE NAME RBRACE FSTRING_MIDDLE FSTRING_END NEWLINE DEDENT EOF",
  );
});

Deno.test("f-strings: nesting depth limit", () => {
  const nest = (depth: number) => {
    let s = "x";
    for (let d = 0; d < depth; d++) s = `f'{${s}}'`;
    return s;
  };
  const t = lex(nest(MAX_FSTRING_DEPTH));
  assert.equal(Array.from(t.kind).filter((k) => k === T.FSTRING_START).length, MAX_FSTRING_DEPTH);
  fails(nest(MAX_FSTRING_DEPTH + 1), "f-string: too many nested f-strings");
});

Deno.test("f-strings: errors", () => {
  fails("f'{x'", "f-string: expecting '}'", 4);
  fails("f'{x' y", "f-string: expecting '}'", 4);
  fails("f'{x!r'", "f-string: expecting '}'", 6);
  fails("f'{x:abc'", "f-string: expecting '}', or format specs", 8);
  fails("f'''{x:abc'''", "f-string: expecting '}', or format specs", 10);
  // (CPython 3.12 ends the f-string at the quote, its field's `{` still open)
  fails("print(f'{x:{2}')", "closing parenthesis ')' does not match opening parenthesis '{'", 15);
  fails("[f'{x:abc' ]", "closing parenthesis ']' does not match opening parenthesis '{'", 11);
  fails("f'}'", "f-string: single '}' is not allowed", 2);
  fails("f'{x}}'", "f-string: single '}' is not allowed", 5);
  fails("f'{{}'", "f-string: single '}' is not allowed", 4);
  fails("f'{}'", "f-string: valid expression required before '}'", 3);
  fails("f'{ }'", "f-string: valid expression required before '}'", 4);
  fails("f'{!r}'", "f-string: valid expression required before '!'", 3);
  fails("f'{:x}'", "f-string: valid expression required before ':'", 3);
  fails("f'{=}'", "f-string: valid expression required before '='", 3);
  fails("f'{x:{}}'", "f-string: valid expression required before '}'", 6);
  fails("f'{a)}'", "f-string: unmatched ')'", 4);
  fails("f'{a]}'", "f-string: unmatched ']'", 4);
  fails("f'{a(}'", "closing parenthesis '}' does not match opening parenthesis '('", 5);
  fails("f'{x", "'{' was never closed", 2);
  fails("f'{x\ny = 1\n", "'{' was never closed", 2);
  fails("f'{x!r", "'{' was never closed", 2);
  fails("f'{x!}", "unterminated f-string literal (detected at line 1)", 0);
});

Deno.test("f-strings: unterminated", () => {
  fails("x = f'abc", "unterminated f-string literal (detected at line 1)", 4);
  fails("f'abc\n'", "unterminated f-string literal (detected at line 1)", 0);
  fails("f'{x}abc\n", "unterminated f-string literal (detected at line 1)", 0);
  fails("x = rf'''abc\n{x}", "unterminated triple-quoted f-string literal (detected at line 2)", 4);
  // (a single-quoted f-string's format spec left open: its field's brace, as CPython 3.12)
  fails("f'{x:abc\n", "'{' was never closed", 2);
  fails("x = f'{x:", "'{' was never closed", 6);
  fails("f'''{x:abc\n", "unterminated triple-quoted f-string literal (detected at line 1)", 0);
});

Deno.test("f-strings: a stray character in a field is left to the parser", () => {
  assert.equal(kinds("f'{$}'"), "FSTRING_START LBRACE ERRORTOKEN RBRACE FSTRING_END NEWLINE EOF");
  fails("x = $", "invalid syntax", 4);
});

// ---------------------------------------------------------------------------------------------
// Operators

Deno.test("operators: every operator kind, longest match", () => {
  const ops: [string, number][] = [
    ["+", T.PLUS],
    ["-", T.MINUS],
    ["*", T.STAR],
    ["/", T.SLASH],
    ["|", T.VBAR],
    ["&", T.AMPER],
    ["<", T.LESS],
    [">", T.GREATER],
    ["=", T.EQUAL],
    [".", T.DOT],
    ["%", T.PERCENT],
    ["==", T.EQEQUAL],
    ["!=", T.NOTEQUAL],
    ["<=", T.LESSEQUAL],
    [">=", T.GREATEREQUAL],
    ["~", T.TILDE],
    ["^", T.CIRCUMFLEX],
    ["<<", T.LEFTSHIFT],
    [">>", T.RIGHTSHIFT],
    ["**", T.DOUBLESTAR],
    ["+=", T.PLUSEQUAL],
    ["-=", T.MINEQUAL],
    ["*=", T.STAREQUAL],
    ["/=", T.SLASHEQUAL],
    ["%=", T.PERCENTEQUAL],
    ["&=", T.AMPEREQUAL],
    ["|=", T.VBAREQUAL],
    ["^=", T.CIRCUMFLEXEQUAL],
    ["<<=", T.LEFTSHIFTEQUAL],
    [">>=", T.RIGHTSHIFTEQUAL],
    ["**=", T.DOUBLESTAREQUAL],
    ["//", T.DOUBLESLASH],
    ["//=", T.DOUBLESLASHEQUAL],
    ["@", T.AT],
    ["@=", T.ATEQUAL],
    ["->", T.RARROW],
    ["...", T.ELLIPSIS],
    [":=", T.COLONEQUAL],
    [":", T.COLON],
    [",", T.COMMA],
    [";", T.SEMI],
  ];
  for (const [op, kind] of ops) {
    const t = lex(`a${op}b`);
    assert.equal(t.kind[1], kind, op);
    assert.deepEqual([t.start[1], t.end[1]], [1, 1 + op.length], op);
    assert.equal(t.kind[2], T.NAME, op);
    assert.equal(T.KIND_TEXT[kind], op);
  }
  assert.equal(kinds("a....b"), "NAME ELLIPSIS DOT NAME NEWLINE EOF");
  assert.equal(kinds("a..b"), "NAME DOT DOT NAME NEWLINE EOF");
  assert.equal(kinds("a***b"), "NAME DOUBLESTAR STAR NAME NEWLINE EOF");
  assert.equal(kinds("a=-1"), "NAME EQUAL MINUS INT NEWLINE EOF");
  assert.equal(kinds("a<<=>>=b"), "NAME LEFTSHIFTEQUAL RIGHTSHIFTEQUAL NAME NEWLINE EOF");
  fails("1 <> 2", "invalid syntax", 2);
});

// ---------------------------------------------------------------------------------------------
// Brackets

Deno.test("brackets: match links both ways", () => {
  const t = lex("f(a[1], {2: (3)})");
  assert.equal(
    kinds("f(a[1], {2: (3)})"),
    "NAME LPAR NAME LSQB INT RSQB COMMA LBRACE INT COLON LPAR INT RPAR RBRACE RPAR NEWLINE EOF",
  );
  assert.equal(t.match[1], 14);
  assert.equal(t.match[3], 5);
  assert.equal(t.match[7], 13);
  assert.equal(t.match[10], 12);
  assert.equal(t.match[0], -1);
  checkMatchSymmetric(t);
});

Deno.test("brackets: mismatched, unmatched and unclosed", () => {
  fails("([)", "closing parenthesis ')' does not match opening parenthesis '['", 2);
  fails("x = (1,\n2]", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 9);
  fails("{[(])}", "closing parenthesis ']' does not match opening parenthesis '('", 3);
  fails(")", "unmatched ')'", 0);
  fails("x]", "unmatched ']'", 1);
  fails("a\n}", "unmatched '}'", 2);
  fails("x = (1,", "'(' was never closed", 4);
  fails("foo(\n  [1,\n", "'[' was never closed", 7);
  fails("{", "'{' was never closed", 0);
});

Deno.test("brackets: nesting up to the limit lexes; deeper is CPython's 'too many nested parentheses'", () => {
  const depth = MAX_NESTING;
  const src = "x = " + "(".repeat(depth) + "1" + ")".repeat(depth) + "\n";
  const t = lex(src);
  assert.equal(t.count, 2 + 2 * depth + 1 + 2);
  assert.equal(t.match[2], 2 + 2 * depth);
  assert.equal(t.match[2 + depth - 1], 2 + depth + 1);
  checkMatchSymmetric(t);
  fails("(".repeat(10_000), "too many nested parentheses", MAX_NESTING);
});

Deno.test("brackets: a 10 MB string literal", () => {
  const body = "ab".repeat(5 * 1024 * 1024);
  const t = lex(`x = '${body}'\n`);
  assert.equal((t.value[2] as string).length, body.length);
  const esc = lex(`x = '${"a\\n".repeat(1024 * 1024)}'`);
  assert.equal((esc.value[2] as string).length, 2 * 1024 * 1024);
  const tq = lex(`x = """${"line\n".repeat(1024 * 1024)}"""`);
  assert.equal((tq.value[2] as string).length, 5 * 1024 * 1024);
});

// ---------------------------------------------------------------------------------------------
// Soft keywords and statements (smoke tests)

Deno.test("smoke: statements", () => {
  assert.equal(
    kinds("match x:\n    case _:\n        pass\n"),
    "NAME NAME COLON NEWLINE INDENT NAME NAME COLON NEWLINE INDENT KW_PASS NEWLINE DEDENT DEDENT EOF",
  );
  assert.equal(kinds("type X = int\n"), "NAME NAME EQUAL NAME NEWLINE EOF");
  assert.equal(
    kinds("@decorator\ndef f() -> int: pass\n"),
    "AT NAME NEWLINE KW_DEF NAME LPAR RPAR RARROW NAME COLON KW_PASS NEWLINE EOF",
  );
  assert.equal(
    kinds("async def f():\n    await x\n"),
    "KW_ASYNC KW_DEF NAME LPAR RPAR COLON NEWLINE INDENT KW_AWAIT NAME NEWLINE DEDENT EOF",
  );
  assert.equal(kinds("lambda x: x"), "KW_LAMBDA NAME COLON NAME NEWLINE EOF");
});

// ---------------------------------------------------------------------------------------------
// Upstream conformance corpora (data only, outside the repo)

/** Upstream kind names for our kinds. */
const UPSTREAM: string[] = (() => {
  const u: string[] = [];
  const plain: [number, string][] = [
    [T.EOF, "Endmarker"],
    [T.NEWLINE, "Newline"],
    [T.INDENT, "Indent"],
    [T.DEDENT, "Dedent"],
    [T.NAME, "Name"],
    [T.INT, "Int"],
    [T.FLOAT, "Float"],
    [T.IMAG, "Complex"],
    [T.STRING, "String"],
    [T.BYTES, "Bytes"],
    [T.FSTRING_START, "FstringStart"],
    [T.FSTRING_MIDDLE, "FstringMiddle"],
    [T.FSTRING_END, "FstringEnd"],
    [T.LPAR, "Lpar"],
    [T.RPAR, "Rpar"],
    [T.LSQB, "Lsqb"],
    [T.RSQB, "Rsqb"],
    [T.LBRACE, "Lbrace"],
    [T.RBRACE, "Rbrace"],
    [T.COLON, "Colon"],
    [T.COMMA, "Comma"],
    [T.SEMI, "Semi"],
    [T.PLUS, "Plus"],
    [T.MINUS, "Minus"],
    [T.STAR, "Star"],
    [T.SLASH, "Slash"],
    [T.VBAR, "Vbar"],
    [T.AMPER, "Amper"],
    [T.LESS, "Less"],
    [T.GREATER, "Greater"],
    [T.EQUAL, "Equal"],
    [T.DOT, "Dot"],
    [T.PERCENT, "Percent"],
    [T.EQEQUAL, "EqEqual"],
    [T.NOTEQUAL, "NotEqual"],
    [T.LESSEQUAL, "LessEqual"],
    [T.GREATEREQUAL, "GreaterEqual"],
    [T.TILDE, "Tilde"],
    [T.CIRCUMFLEX, "Circumflex"],
    [T.LEFTSHIFT, "LeftShift"],
    [T.RIGHTSHIFT, "RightShift"],
    [T.DOUBLESTAR, "DoubleStar"],
    [T.PLUSEQUAL, "PlusEqual"],
    [T.MINEQUAL, "MinEqual"],
    [T.STAREQUAL, "StarEqual"],
    [T.SLASHEQUAL, "SlashEqual"],
    [T.PERCENTEQUAL, "PercentEqual"],
    [T.AMPEREQUAL, "AmperEqual"],
    [T.VBAREQUAL, "VbarEqual"],
    [T.CIRCUMFLEXEQUAL, "CircumflexEqual"],
    [T.LEFTSHIFTEQUAL, "LeftShiftEqual"],
    [T.RIGHTSHIFTEQUAL, "RightShiftEqual"],
    [T.DOUBLESTAREQUAL, "DoubleStarEqual"],
    [T.DOUBLESLASH, "DoubleSlash"],
    [T.DOUBLESLASHEQUAL, "DoubleSlashEqual"],
    [T.AT, "At"],
    [T.ATEQUAL, "AtEqual"],
    [T.RARROW, "Rarrow"],
    [T.ELLIPSIS, "Ellipsis"],
    [T.COLONEQUAL, "ColonEqual"],
    [T.EXCLAMATION, "Exclamation"],
  ];
  for (const [k, s] of plain) u[k] = s;
  for (const [word, k] of KEYWORDS) u[k] = word[0].toUpperCase() + word.slice(1);
  return u;
})();

/**
 * Corpus cases where the upstream stream disagrees with this lexer's rules, keyed by source.
 * One reason each; a case that starts agreeing fails the test so that it is removed from here.
 */
const KNOWN_CORPUS_DIFFERENCES: Record<string, string> = {
  "if x:\n \tpass\n":
    "' \\t' is column 8 / tab-size-1 column 2, consistent with level 0: CPython (and this lexer) " +
    "indent; upstream stops after the first NEWLINE",
  "!": "a lone '!' outside an f-string field is 'invalid syntax' here (brief); upstream emits Exclamation",
  "x $ y": "'$' is 'invalid syntax' here (brief, CPython); upstream skips it silently",
  "f'{x": "an f-string open at EOF is \"'{' was never closed\" here (CPython 3.12); upstream ends the stream",
  "if True:\n    if True:\n        pass\n  x = 1": "column 2 matches no outer level: IndentationError " +
    "'unindent does not match any outer indentation level' here (CPython); upstream dedents twice",
};

/**
 * Upstream streams, normalised to what this lexer's rules say:
 * - Comment and Nl (non-logical newline) tokens are dropped: this lexer emits neither;
 * - the soft keywords Underscore, Match, Case, Type are plain Name tokens here;
 * - a Newline first in the stream or right after another Newline (upstream emits one for some blank
 *   or comment-only lines, e.g. '\n' -> Newline) is dropped: blank lines give no tokens.
 */
function normaliseUpstream(names: string[]): string[] {
  const out: string[] = [];
  for (const n of names) {
    if (n === "Comment" || n === "Nl") continue;
    if (n === "Newline" && (out.length === 0 || out[out.length - 1] === "Newline")) continue;
    out.push(n === "Underscore" || n === "Match" || n === "Case" || n === "Type" ? "Name" : n);
  }
  return out;
}

/**
 * Our stream with upstream names. Upstream emits no NEWLINE when the source does not end with a
 * newline, so the NEWLINE this lexer synthesises at EOF (at src.length, or spanning a final
 * comment) is dropped.
 * `bytesAsString`: lexer_cases.json predates the Bytes kind and calls b"..." a String.
 */
function oursAsUpstream(src: string, bytesAsString: boolean): string[] {
  const t = lex(src);
  const out: string[] = [];
  const noFinalNewline = !/[\r\n]$/.test(src);
  for (let i = 0; i < t.count; i++) {
    const k = t.kind[i];
    if (k === T.NEWLINE && t.end[i] === src.length && noFinalNewline) continue;
    out.push(k === T.BYTES && bytesAsString ? "String" : UPSTREAM[k]);
  }
  return out;
}

async function loadCorpus(which: "lexer" | "lexer_cases"): Promise<unknown[] | null> {
  // A literal specifier keeps the JSON in the module graph: no --allow-read needed, and no Deno.* here.
  const where = new URL(`../../../shared/conformance/upstream/${which}.json`, import.meta.url);
  try {
    const mod = which === "lexer"
      ? await import("../../../shared/conformance/upstream/lexer.json", { with: { type: "json" } })
      : await import("../../../shared/conformance/upstream/lexer_cases.json", { with: { type: "json" } });
    return mod.default as unknown[];
  } catch (e) {
    if (e instanceof Error && /not found|No such file/i.test(e.message)) {
      console.log(`skipping upstream ${which}.json: not found at ${where.pathname}`);
      return null;
    }
    throw e;
  }
}

function runCorpus(name: string, cases: [string, string[]][], bytesAsString: boolean): void {
  let agree = 0;
  const newFailures: string[] = [];
  const nowAgreeing: string[] = [];
  for (const [src, expected] of cases) {
    let ours: string[] | string;
    try {
      ours = oursAsUpstream(src, bytesAsString);
    } catch (e) {
      if (!(e instanceof LexError)) throw e;
      ours = `${e.type}: ${e.message}`;
    }
    const same = Array.isArray(ours) && ours.join(" ") === normaliseUpstream(expected).join(" ");
    const known = src in KNOWN_CORPUS_DIFFERENCES;
    if (same) agree++;
    if (same && known) nowAgreeing.push(JSON.stringify(src));
    if (!same && !known) {
      newFailures.push(
        `${JSON.stringify(src)}\n  expected ${normaliseUpstream(expected).join(" ")}\n  got      ${
          Array.isArray(ours) ? ours.join(" ") : ours
        }`,
      );
    }
  }
  console.log(`${name}: ${agree}/${cases.length} agree, ${cases.length - agree} known differences`);
  assert.deepEqual(newFailures, [], `${name}: new disagreements`);
  assert.deepEqual(nowAgreeing, [], `${name}: now agreeing, remove from KNOWN_CORPUS_DIFFERENCES`);
}

Deno.test("corpus: upstream lexer.json", async () => {
  const data = await loadCorpus("lexer");
  if (data === null) return;
  const cases = (data as { src: string; tokens: string[] }[]).map((c) =>
    [c.src, c.tokens] as [string, string[]]
  );
  runCorpus("lexer.json", cases, false);
});

Deno.test("corpus: upstream lexer_cases.json", async () => {
  const data = await loadCorpus("lexer_cases");
  if (data === null) return;
  runCorpus("lexer_cases.json", data as [string, string[]][], true);
});
