// Token kinds produced by the lexer and consumed by the Pratt parser.
// One numeric constant per kind (plain consts, not `const enum`: Deno transpiles per file).
// Every operator and keyword has its own kind so the parser's rule table is indexed directly.

export const EOF = 0;
export const NEWLINE = 1;
export const INDENT = 2;
export const DEDENT = 3;
export const NAME = 4; // value: the identifier (NFKC-normalised string)
export const INT = 5; // value: number (safe integer) or bigint (beyond 2^53, within ±2^127)
export const FLOAT = 6; // value: number
export const IMAG = 7; // value: number (the imaginary part; `1j`)
// (a literal that does not decode has a LexError as its value, which the parser raises when it
// reads the literal: CPython's parser reports these, so an error before them comes first)
export const STRING = 8; // value: decoded string (escapes applied, raw honoured), or a LexError
export const BYTES = 9; // value: Uint8Array, or a LexError
export const FSTRING_START = 10; // value: null. Starts an f-string; tokens up to the matching FSTRING_END belong to it
export const FSTRING_MIDDLE = 11; // value: decoded literal text ("{{" -> "{"); also used for literal parts of a format spec
export const FSTRING_END = 12; // value: null, or a LexError for the first escape of the f-string's text that does not decode (reported at the end, as CPython 3.12)

// Punctuation and operators
export const LPAR = 13; // (
export const RPAR = 14; // )
export const LSQB = 15; // [
export const RSQB = 16; // ]
export const LBRACE = 17; // {
export const RBRACE = 18; // }
export const COLON = 19; // :
export const COMMA = 20; // ,
export const SEMI = 21; // ;
export const PLUS = 22; // +
export const MINUS = 23; // -
export const STAR = 24; // *
export const SLASH = 25; // /
export const VBAR = 26; // |
export const AMPER = 27; // &
export const LESS = 28; // <
export const GREATER = 29; // >
export const EQUAL = 30; // =
export const DOT = 31; // .
export const PERCENT = 32; // %
export const EQEQUAL = 33; // ==
export const NOTEQUAL = 34; // !=
export const LESSEQUAL = 35; // <=
export const GREATEREQUAL = 36; // >=
export const TILDE = 37; // ~
export const CIRCUMFLEX = 38; // ^
export const LEFTSHIFT = 39; // <<
export const RIGHTSHIFT = 40; // >>
export const DOUBLESTAR = 41; // **
export const PLUSEQUAL = 42; // +=
export const MINEQUAL = 43; // -=
export const STAREQUAL = 44; // *=
export const SLASHEQUAL = 45; // /=
export const PERCENTEQUAL = 46; // %=
export const AMPEREQUAL = 47; // &=
export const VBAREQUAL = 48; // |=
export const CIRCUMFLEXEQUAL = 49; // ^=
export const LEFTSHIFTEQUAL = 50; // <<=
export const RIGHTSHIFTEQUAL = 51; // >>=
export const DOUBLESTAREQUAL = 52; // **=
export const DOUBLESLASH = 53; // //
export const DOUBLESLASHEQUAL = 54; // //=
export const AT = 55; // @
export const ATEQUAL = 56; // @=
export const RARROW = 57; // ->
export const ELLIPSIS = 58; // ...
export const COLONEQUAL = 59; // :=
export const EXCLAMATION = 60; // ! (only inside f-string replacement fields, before the conversion)

// Keywords (hard). Soft keywords (match, case, type, _) are NAME tokens.
export const KW_FALSE = 61;
export const KW_NONE = 62;
export const KW_TRUE = 63;
export const KW_AND = 64;
export const KW_AS = 65;
export const KW_ASSERT = 66;
export const KW_ASYNC = 67;
export const KW_AWAIT = 68;
export const KW_BREAK = 69;
export const KW_CLASS = 70;
export const KW_CONTINUE = 71;
export const KW_DEF = 72;
export const KW_DEL = 73;
export const KW_ELIF = 74;
export const KW_ELSE = 75;
export const KW_EXCEPT = 76;
export const KW_FINALLY = 77;
export const KW_FOR = 78;
export const KW_FROM = 79;
export const KW_GLOBAL = 80;
export const KW_IF = 81;
export const KW_IMPORT = 82;
export const KW_IN = 83;
export const KW_IS = 84;
export const KW_LAMBDA = 85;
export const KW_NONLOCAL = 86;
export const KW_NOT = 87;
export const KW_OR = 88;
export const KW_PASS = 89;
export const KW_RAISE = 90;
export const KW_RETURN = 91;
export const KW_TRY = 92;
export const KW_WHILE = 93;
export const KW_WITH = 94;
export const KW_YIELD = 95;

/** A character no token starts with (`$`, `?`, a backquote) inside an f-string's replacement field:
 * the parser reports it as a field it cannot read, as CPython 3.12 does (outside f-strings the lexer
 * raises "invalid syntax" itself). */
export const ERRORTOKEN = 96;

export const N_KINDS = 97;

/** Keyword spelling -> kind. */
export const KEYWORDS: ReadonlyMap<string, number> = new Map([
  ["False", KW_FALSE], ["None", KW_NONE], ["True", KW_TRUE], ["and", KW_AND], ["as", KW_AS],
  ["assert", KW_ASSERT], ["async", KW_ASYNC], ["await", KW_AWAIT], ["break", KW_BREAK],
  ["class", KW_CLASS], ["continue", KW_CONTINUE], ["def", KW_DEF], ["del", KW_DEL], ["elif", KW_ELIF],
  ["else", KW_ELSE], ["except", KW_EXCEPT], ["finally", KW_FINALLY], ["for", KW_FOR], ["from", KW_FROM],
  ["global", KW_GLOBAL], ["if", KW_IF], ["import", KW_IMPORT], ["in", KW_IN], ["is", KW_IS],
  ["lambda", KW_LAMBDA], ["nonlocal", KW_NONLOCAL], ["not", KW_NOT], ["or", KW_OR], ["pass", KW_PASS],
  ["raise", KW_RAISE], ["return", KW_RETURN], ["try", KW_TRY], ["while", KW_WHILE], ["with", KW_WITH],
  ["yield", KW_YIELD],
]);

/** Human-readable spelling of each kind, for diagnostics ("expected ':'") and the token dump. */
export const KIND_TEXT: readonly string[] = (() => {
  const t: string[] = new Array(N_KINDS).fill("?");
  t[EOF] = "end of file";
  t[NEWLINE] = "newline";
  t[INDENT] = "indent";
  t[DEDENT] = "dedent";
  t[NAME] = "name";
  t[INT] = "integer";
  t[FLOAT] = "float";
  t[IMAG] = "imaginary";
  t[STRING] = "string";
  t[BYTES] = "bytes";
  t[FSTRING_START] = "f-string";
  t[FSTRING_MIDDLE] = "f-string text";
  t[FSTRING_END] = "end of f-string";
  t[ERRORTOKEN] = "invalid character";
  const ops: [number, string][] = [
    [LPAR, "("], [RPAR, ")"], [LSQB, "["], [RSQB, "]"], [LBRACE, "{"], [RBRACE, "}"], [COLON, ":"],
    [COMMA, ","], [SEMI, ";"], [PLUS, "+"], [MINUS, "-"], [STAR, "*"], [SLASH, "/"], [VBAR, "|"],
    [AMPER, "&"], [LESS, "<"], [GREATER, ">"], [EQUAL, "="], [DOT, "."], [PERCENT, "%"],
    [EQEQUAL, "=="], [NOTEQUAL, "!="], [LESSEQUAL, "<="], [GREATEREQUAL, ">="], [TILDE, "~"],
    [CIRCUMFLEX, "^"], [LEFTSHIFT, "<<"], [RIGHTSHIFT, ">>"], [DOUBLESTAR, "**"], [PLUSEQUAL, "+="],
    [MINEQUAL, "-="], [STAREQUAL, "*="], [SLASHEQUAL, "/="], [PERCENTEQUAL, "%="], [AMPEREQUAL, "&="],
    [VBAREQUAL, "|="], [CIRCUMFLEXEQUAL, "^="], [LEFTSHIFTEQUAL, "<<="], [RIGHTSHIFTEQUAL, ">>="],
    [DOUBLESTAREQUAL, "**="], [DOUBLESLASH, "//"], [DOUBLESLASHEQUAL, "//="], [AT, "@"], [ATEQUAL, "@="],
    [RARROW, "->"], [ELLIPSIS, "..."], [COLONEQUAL, ":="], [EXCLAMATION, "!"],
  ];
  for (const [k, s] of ops) t[k] = s;
  for (const [s, k] of KEYWORDS) t[k] = s;
  return t;
})();

/**
 * The lexer's output: a struct of arrays, one entry per token, ending with one EOF token.
 * `match[i]` links brackets and blocks both ways: for `( [ {` it is the index of the closing
 * token and vice versa; for INDENT it is the index of the DEDENT that closes the block and vice
 * versa; for FSTRING_START/FSTRING_END likewise; -1 elsewhere.
 */
export interface Tokens {
  count: number;
  kind: Uint8Array;
  /** UTF-16 offset of the token's first character in the source (INDENT/DEDENT/NEWLINE: where it was detected). */
  start: Int32Array;
  /** UTF-16 offset just past the token. */
  end: Int32Array;
  /** Per-kind payload, see the kind constants; null where there is none. */
  value: unknown[];
  match: Int32Array;
  /**
   * lex(src, true) only: brackets left open at the end, which that mode closes with zero-width
   * tokens at the end of the source (from token index `from` on) instead of failing, or a line
   * continued by a backslash into the end of the source. `error` is the "'(' was never closed"
   * (or "unexpected EOF while parsing") the parser raises when it gets that far (see compile()).
   */
  unclosed?: { error: LexError; from: number };
}

/** Thrown by the lexer; the compiler turns it into a Python SyntaxError (or IndentationError/TabError). */
export class LexError {
  constructor(
    /** CPython-style message, e.g. "unterminated string literal (detected at line 3)". */
    public readonly message: string,
    /** UTF-16 offset the caret points at. */
    public readonly offset: number,
    /** "SyntaxError", "IndentationError" or "TabError". */
    public readonly type: string = "SyntaxError",
  ) {}
}
