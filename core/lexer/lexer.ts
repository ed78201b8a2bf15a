// Lexer: Python 3.12 source text -> Tokens (struct of arrays, see tokens.ts).
//
// One pass over the UTF-16 code units with charCodeAt; no recursion. Brackets, f-strings and
// f-string replacement fields share one explicit stack, so 10,000 nested parentheses or deeply
// nested f-strings cost a few array slots, never JS stack frames.
//
// Modes are derived from the top of that stack:
//   - empty, a bracket, or a replacement field's expression part: ordinary tokens;
//   - an f-string: its literal text (FSTRING_MIDDLE) up to `{`, `}` or the closing quote;
//   - a replacement field's format spec: literal text up to a nested `{` or the closing `}`.
// Indentation is measured only at the start of a logical line (empty stack).
//
// Token text without escapes is taken with `slice`; literals with escapes, `\r` or `{{`/`}}` go
// through a decoder that copies runs between escapes with `slice` too.

import {
  AMPER,
  AMPEREQUAL,
  AT,
  ATEQUAL,
  BYTES,
  CIRCUMFLEX,
  CIRCUMFLEXEQUAL,
  COLON,
  COLONEQUAL,
  COMMA,
  DEDENT,
  DOT,
  DOUBLESLASH,
  DOUBLESLASHEQUAL,
  DOUBLESTAR,
  DOUBLESTAREQUAL,
  ELLIPSIS,
  EOF,
  EQEQUAL,
  EQUAL,
  ERRORTOKEN,
  EXCLAMATION,
  FLOAT,
  FSTRING_END,
  FSTRING_MIDDLE,
  FSTRING_START,
  GREATER,
  GREATEREQUAL,
  IMAG,
  INDENT,
  INT,
  KEYWORDS,
  LBRACE,
  LEFTSHIFT,
  LEFTSHIFTEQUAL,
  LESS,
  LESSEQUAL,
  LexError,
  LPAR,
  LSQB,
  MINEQUAL,
  MINUS,
  NAME,
  NEWLINE,
  NOTEQUAL,
  PERCENT,
  PERCENTEQUAL,
  PLUS,
  PLUSEQUAL,
  RARROW,
  RBRACE,
  RIGHTSHIFT,
  RIGHTSHIFTEQUAL,
  RPAR,
  RSQB,
  SEMI,
  SLASH,
  SLASHEQUAL,
  STAR,
  STAREQUAL,
  STRING,
  TILDE,
  type Tokens,
  VBAR,
  VBAREQUAL,
} from "./tokens.ts";
import { INT_BITS, MAX_FIELD_NESTING, MAX_FSTRING_DEPTH, MAX_INDENT_DEPTH, MAX_NESTING } from "../limits.ts";
import { lookupCharName } from "./unicode_names.ts";

// ---------------------------------------------------------------------------------------------
// Error messages: every message the lexer can raise is built here.

const SYNTAX = "SyntaxError";
const INDENTATION = "IndentationError";
const TAB = "TabError";

function fail(message: string, offset: number, type: string = SYNTAX): never {
  throw new LexError(message, offset, type);
}

/** 1-based line number of `offset` (`\n`, `\r\n` and lone `\r` end a line). Error path only. */
function lineOf(src: string, offset: number): number {
  let line = 1;
  const stop = Math.min(offset, src.length);
  for (let i = 0; i < stop; i++) {
    const c = src.charCodeAt(i);
    if (c === 10 || (c === 13 && src.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

/** The line CPython names in "detected at line N" when a literal runs into the end of the file. */
function lastLine(src: string): number {
  const n = src.length;
  const c = n > 0 ? src.charCodeAt(n - 1) : 0;
  return lineOf(src, n) - (c === 10 || c === 13 ? 1 : 0);
}

function hex4(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, "0");
}

// Unicode property classes for the characters past ASCII, made on first use (building one costs
// up to 0.7 ms, which every start-up would pay if they were made when the module loads).
// (XID: CPython's identifiers, closed under NFKC; ID_Start has a few more, such as U+309B)
let NON_PRINTABLE: RegExp | undefined, ID_START: RegExp | undefined, ID_CONTINUE: RegExp | undefined;
const nonPrintable = (): RegExp => NON_PRINTABLE ??= /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;
const idStart = (): RegExp => ID_START ??= /^\p{XID_Start}$/u;
const idContinue = (): RegExp => ID_CONTINUE ??= /^\p{XID_Continue}$/u;

function invalidCharacter(cp: number, offset: number): never {
  const ch = String.fromCodePoint(cp);
  if (nonPrintable().test(ch)) fail(`invalid non-printable character U+${hex4(cp)}`, offset);
  fail(`invalid character '${ch}' (U+${hex4(cp)})`, offset);
}

function unterminated(
  src: string,
  literalAt: number,
  detectedAt: number,
  triple: boolean,
  fstr: boolean,
): never {
  const what = (triple ? "unterminated triple-quoted " : "unterminated ") +
    (fstr ? "f-string literal" : "string literal");
  const line = detectedAt >= src.length ? lastLine(src) : lineOf(src, detectedAt);
  fail(`${what} (detected at line ${line})`, literalAt);
}

function unicodeError(from: number, to: number, what: string, offset: number): never {
  fail(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${from}-${to}: ${what}`, offset);
}

/** An invalid number literal; `offset` is CPython's: the last character read before the bad one. */
function numberError(kind: string, detail: string, offset: number): never {
  fail(detail === "" ? `invalid ${kind} literal` : `invalid ${kind} literal: ${detail}`, offset);
}

// ---------------------------------------------------------------------------------------------
// Character classes (ASCII only; everything >= 128 takes the Unicode path).

/** 1: identifier start, 2: digit (identifier continue only), 0: neither. */
const ID = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) ID[c] = 1;
  else if (c >= 48 && c <= 57) ID[c] = 2;
}

/** Digit value for bases up to 16, or 99. */
const DIGIT = new Uint8Array(128).fill(99);
for (let c = 48; c <= 57; c++) DIGIT[c] = c - 48;
for (let c = 0; c < 6; c++) DIGIT[65 + c] = DIGIT[97 + c] = 10 + c;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

// Stack frame types. Brackets use their opening character code.
const F_FIELD = 1; // replacement field, expression part
const F_SPEC = 2; // replacement field, format spec part
const F_FSTRING = 3; // f-string literal text; aux = quote | TRIPLE | RAW
const A_TRIPLE = 256;
const A_RAW = 512;

// String prefix flags.
const P_RAW = 1;
const P_BYTES = 2;
const P_F = 4;

// Decoder modes.
const D_STR = 0; // plain string body
const D_FTEXT = 1; // f-string literal text: `{{` and `}}` stand for one brace
const D_FSPEC = 2; // f-string format spec text

const MAX_INT_LITERAL = 1n << BigInt(INT_BITS);

// ---------------------------------------------------------------------------------------------

/**
 * Splits Python source into tokens with Python 3.12 semantics (PEP 701 f-strings included).
 * Throws {@link LexError} with CPython's wording on the first lexical error.
 *
 * @example
 * const t = lex("x = 1\n");
 * t.count; // 5: NAME EQUAL INT NEWLINE EOF
 * t.value[0]; // "x"
 */
export function lex(src: string, closeAtEnd = false): Tokens {
  const lx = new Lexer(src);
  lx.closeAtEnd = closeAtEnd;
  lx.run();
  const n = lx.count;
  const tokens: Tokens = {
    count: n,
    kind: lx.kind.subarray(0, n),
    start: lx.start.subarray(0, n),
    end: lx.end.subarray(0, n),
    value: lx.value,
    match: lx.match.subarray(0, n),
  };
  if (lx.unclosed !== null) tokens.unclosed = lx.unclosed;
  return tokens;
}

class Lexer {
  readonly src: string;
  readonly n: number;
  pos = 0;

  // Output, grown by doubling.
  count = 0;
  cap: number;
  kind: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  match: Int32Array;
  value: unknown[] = [];

  // Bracket / f-string / field stack: frame type, token index of the opener, aux data.
  sType: number[] = [];
  sTok: number[] = [];
  sAux: number[] = [];
  sp = 0;
  /** Stack indices of the open f-strings, innermost last. */
  fs: number[] = [];
  /** Per open f-string (by depth): the first escape its literal text could not decode, which
   * CPython 3.12 reports once the f-string has parsed (the FSTRING_END carries it). */
  fsBad: (string | null)[] = [];
  fdepth = 0;

  // Indentation stack: column (tabs to multiples of 8), column with tab size 1, INDENT token.
  indCol: number[] = [0];
  indAlt: number[] = [0];
  indTok: number[] = [-1];
  indDepth = 0;
  atLineStart = true;

  /** Close brackets left open at the end instead of failing (lex's closeAtEnd). */
  closeAtEnd = false;
  unclosed: { error: LexError; from: number } | null = null;

  constructor(src: string) {
    this.src = src;
    this.n = src.length;
    // Code averages one token per 4-7 characters; doubling covers the rest. Measured on 5 MB
    // (generated code and CPython's stdlib): starting at n/4 instead was no faster (~60 / ~40 ms
    // either way) and doubles the up-front memory, which a 10 MB string literal would waste.
    const cap = Math.max(64, (src.length / 8) | 0);
    this.cap = cap;
    this.kind = new Uint8Array(cap);
    this.start = new Int32Array(cap);
    this.end = new Int32Array(cap);
    this.match = new Int32Array(cap).fill(-1);
  }

  grow(): void {
    const cap = this.cap * 2;
    const kind = new Uint8Array(cap);
    kind.set(this.kind);
    this.kind = kind;
    const start = new Int32Array(cap);
    start.set(this.start);
    this.start = start;
    const end = new Int32Array(cap);
    end.set(this.end);
    this.end = end;
    const match = new Int32Array(cap).fill(-1);
    match.set(this.match);
    this.match = match;
    this.cap = cap;
  }

  emit(kind: number, start: number, end: number, value: unknown): number {
    const i = this.count;
    if (i === this.cap) this.grow();
    this.kind[i] = kind;
    this.start[i] = start;
    this.end[i] = end;
    this.value.push(value);
    this.count = i + 1;
    return i;
  }

  link(a: number, b: number): void {
    this.match[a] = b;
    this.match[b] = a;
  }

  push(type: number, tok: number, aux: number): void {
    const sp = this.sp;
    this.sType[sp] = type;
    this.sTok[sp] = tok;
    this.sAux[sp] = aux;
    this.sp = sp + 1;
  }

  // -------------------------------------------------------------------------------------------

  run(): void {
    const src = this.src;
    const n = this.n;
    if (n > 0 && src.charCodeAt(0) === 0xfeff) this.pos = 1;
    const nul = src.indexOf("\0");
    if (nul >= 0) fail("source code string cannot contain null bytes", nul);

    for (;;) {
      if (this.sp === 0) {
        if (this.atLineStart) this.lineStart();
      } else {
        const t = this.sType[this.sp - 1];
        if (t === F_FSTRING) {
          this.fstringText(false);
          continue;
        }
        if (t === F_SPEC) {
          this.fstringText(true);
          continue;
        }
      }

      let p = this.pos;
      let c = 0;
      while (p < n) {
        c = src.charCodeAt(p);
        if (c !== 32 && c !== 9 && c !== 12) break;
        p++;
      }
      this.pos = p;
      if (p >= n) break;

      if (c < 128) {
        const cls = ID[c];
        if (cls === 1) this.name(p);
        else if (cls === 2) this.number(p);
        else this.punct(c, p);
      } else {
        const cp = src.codePointAt(p)!;
        if (idStart().test(String.fromCodePoint(cp))) this.unicodeName(p);
        else invalidCharacter(cp, p);
      }
    }
    this.finish();
  }

  /** Measures indentation at the start of a logical line; skips blank and comment-only lines. */
  lineStart(): void {
    const src = this.src;
    const n = this.n;
    let p = this.pos;
    let col = 0;
    let alt = 0;
    // a backslash continuation in the indentation: the column of the first one (unless it is 0)
    // is the line's indentation, as CPython's cont_line_col (the next line's spaces still count
    // after a backslash at column 0)
    let cont = 0;
    for (;;) {
      col = 0;
      alt = 0;
      cont = 0;
      let c = 0;
      while (p < n) {
        c = src.charCodeAt(p);
        if (c === 32) {
          col++;
          alt++;
        } else if (c === 9) {
          col = ((col >> 3) + 1) << 3;
          alt++;
        } else if (c === 12) {
          col = alt = 0;
        } else if (c === 92 && (p + 1 >= n || src.charCodeAt(p + 1) === 10 || src.charCodeAt(p + 1) === 13)) {
          if (cont === 0) cont = col;
          const after = p + 1;
          p += src.charCodeAt(p + 1) === 13 && src.charCodeAt(p + 2) === 10 ? 3 : 2;
          if (p >= n) {
            this.continuationAtEnd(after);
            this.atLineStart = false;
            return;
          }
          continue;
        } else break;
        p++;
      }
      if (p >= n) {
        this.pos = p;
        this.atLineStart = false;
        return;
      }
      if (c === 35) {
        while (p < n) {
          c = src.charCodeAt(p);
          if (c === 10 || c === 13) break;
          p++;
        }
        if (p >= n) continue;
      }
      if (c === 10) {
        p++;
        continue;
      }
      if (c === 13) {
        p++;
        if (src.charCodeAt(p) === 10) p++;
        continue;
      }
      break;
    }
    this.pos = p;
    this.atLineStart = false;
    if (cont !== 0) col = alt = cont;

    let d = this.indDepth;
    const top = this.indCol[d];
    if (col === top) {
      if (alt !== this.indAlt[d]) this.indentError("inconsistent use of tabs and spaces in indentation", p, TAB);
    } else if (col > top) {
      if (d + 1 >= MAX_INDENT_DEPTH) this.indentError("too many levels of indentation", p, INDENTATION);
      if (alt <= this.indAlt[d]) this.indentError("inconsistent use of tabs and spaces in indentation", p, TAB);
      d++;
      this.indCol[d] = col;
      this.indAlt[d] = alt;
      this.indTok[d] = this.emit(INDENT, p, p, null);
      this.indDepth = d;
    } else {
      while (d > 0 && col < this.indCol[d]) d--;
      if (col !== this.indCol[d]) this.indentError("unindent does not match any outer indentation level", p, INDENTATION);
      if (alt !== this.indAlt[d]) this.indentError("inconsistent use of tabs and spaces in indentation", p, TAB);
      for (let k = this.indDepth; k > d; k--) this.link(this.indTok[k], this.emit(DEDENT, p, p, null));
      this.indDepth = d;
    }
  }

  /**
   * An indentation error of the line whose first token is at `p`, placed where CPython's tokenizer
   * places it: an unindent that matches no level at the end of the physical line (its caret goes
   * one past the text, comment included), the others at the start of the line (the caret would
   * fall in the indentation, so none is drawn).
   */
  indentError(message: string, p: number, type: string): never {
    const src = this.src;
    let at = p;
    if (message.startsWith("unindent")) {
      while (at < this.n && src.charCodeAt(at) !== 10 && src.charCodeAt(at) !== 13) at++;
    } else {
      while (at > 0 && src.charCodeAt(at - 1) !== 10 && src.charCodeAt(at - 1) !== 13) at--;
    }
    fail(message, at, type);
  }

  /**
   * A backslash continues the last line into the end of the input. CPython's tokenizer reports it,
   * just past the backslash, when its parser reads that far (so an error earlier in the line is
   * the parser's, see lex's closeAtEnd); an open bracket is reported instead, by finish().
   */
  continuationAtEnd(at: number): void {
    this.pos = this.n;
    if (this.sp > 0) return;
    const error = new LexError("unexpected EOF while parsing", at);
    if (!this.closeAtEnd) throw error;
    this.unclosed = { error, from: this.count };
  }

  finish(): void {
    const n = this.n;
    if (this.sp > 0) {
      const t = this.sType[this.sp - 1];
      const at = this.start[this.sTok[this.sp - 1]];
      const message = `'${t === F_FIELD ? "{" : String.fromCharCode(t)}' was never closed`;
      let plain = this.closeAtEnd;
      for (let i = 0; i < this.sp; i++) if (this.sType[i] !== 40 && this.sType[i] !== 91 && this.sType[i] !== 123) plain = false;
      if (!plain) fail(message, at);
      // CPython's tokenizer meets the end only if its parser reads that far: close the brackets
      // here and let the parser decide (lex(src, true))
      this.unclosed = { error: new LexError(message, at), from: this.count };
      for (let i = this.sp - 1; i >= 0; i--) {
        const ty = this.sType[i];
        this.link(this.sTok[i], this.emit(ty === 40 ? RPAR : ty === 91 ? RSQB : RBRACE, n, n, null));
      }
      this.sp = 0;
    }
    const c = this.count;
    if (c > 0) {
      const last = this.kind[c - 1];
      if (last !== NEWLINE && last !== INDENT && last !== DEDENT) this.emit(NEWLINE, n, n, null);
    }
    for (let d = this.indDepth; d > 0; d--) this.link(this.indTok[d], this.emit(DEDENT, n, n, null));
    this.indDepth = 0;
    this.emit(EOF, n, n, null);
  }

  // -------------------------------------------------------------------------------------------
  // Names

  name(s: number): void {
    const src = this.src;
    const n = this.n;
    let p = s + 1;
    let c = -1;
    while (p < n) {
      c = src.charCodeAt(p);
      if (c >= 128) return this.unicodeName(s);
      if (ID[c] === 0) break;
      p++;
    }
    if (p >= n) c = -1;
    if ((c === 39 || c === 34) && p - s <= 2) {
      const flags = prefixFlags(src, s, p);
      if (flags >= 0) return this.string(s, p, flags);
    }
    const text = src.slice(s, p);
    const kw = KEYWORDS.get(text);
    this.pos = p;
    if (kw === undefined) this.emit(NAME, s, p, text);
    else this.emit(kw, s, p, null);
  }

  /** An identifier with characters beyond ASCII: XID_Start/XID_Continue, value NFKC-normalised. */
  unicodeName(s: number): void {
    const src = this.src;
    const n = this.n;
    let p = s;
    while (p < n) {
      const c = src.charCodeAt(p);
      if (c < 128) {
        if (ID[c] === 0) break;
        p++;
        continue;
      }
      const cp = src.codePointAt(p)!;
      const ch = String.fromCodePoint(cp);
      if (!(p === s ? idStart() : idContinue()).test(ch)) break;
      p += ch.length;
    }
    this.pos = p;
    // Non-ASCII spellings never match a keyword (as in CPython, which compares the raw bytes).
    this.emit(NAME, s, p, src.slice(s, p).normalize("NFKC"));
  }

  // -------------------------------------------------------------------------------------------
  // Operators, brackets, newlines, comments

  punct(c: number, p: number): void {
    const src = this.src;
    const c1 = src.charCodeAt(p + 1);
    switch (c) {
      case 10:
      case 13: {
        const e = c === 13 && c1 === 10 ? p + 2 : p + 1;
        if (this.sp === 0) {
          const k = this.count > 0 ? this.kind[this.count - 1] : NEWLINE;
          if (k !== NEWLINE && k !== INDENT && k !== DEDENT) this.emit(NEWLINE, p, e, null);
          this.atLineStart = true;
        }
        this.pos = e;
        return;
      }
      case 35: { // #
        const n = this.n;
        let q = p + 1;
        while (q < n) {
          const d = src.charCodeAt(q);
          if (d === 10 || d === 13) break;
          q++;
        }
        if (this.sp === 0) {
          // a comment ending a line of tokens: the line's NEWLINE starts at it, as in CPython's
          // tokenizer (so `x = 1 +  # c` is invalid syntax at the `#`)
          const k = this.count > 0 ? this.kind[this.count - 1] : NEWLINE;
          if (k !== NEWLINE && k !== INDENT && k !== DEDENT) this.emit(NEWLINE, p, q, null);
        }
        this.pos = q;
        return;
      }
      case 92: { // \ line continuation
        let q = p + 1;
        if (q < this.n) {
          if (c1 === 10) q++;
          else if (c1 === 13) q += src.charCodeAt(q + 1) === 10 ? 2 : 1;
          else fail("unexpected character after line continuation character", p + 1);
        }
        if (q >= this.n) return this.continuationAtEnd(p + 1);
        this.pos = q;
        return;
      }
      case 39:
      case 34:
        return this.string(p, p, 0);
      case 40:
        return this.open(LPAR, c, p);
      case 91:
        return this.open(LSQB, c, p);
      case 123:
        return this.open(LBRACE, c, p);
      case 41:
        return this.close(RPAR, 40, p);
      case 93:
        return this.close(RSQB, 91, p);
      case 125:
        return this.close(RBRACE, 123, p);
      case 58: // :
        if (this.sp > 0 && this.sType[this.sp - 1] === F_FIELD) {
          // `:` at depth 0 of a replacement field starts the format spec (even in `{x:=5}`).
          this.checkFieldExpr(p);
          this.op(COLON, p, 1);
          this.sType[this.sp - 1] = F_SPEC;
          return;
        }
        return c1 === 61 ? this.op(COLONEQUAL, p, 2) : this.op(COLON, p, 1);
      case 44:
        return this.op(COMMA, p, 1);
      case 59:
        return this.op(SEMI, p, 1);
      case 46: // .
        if (isDigit(c1)) return this.number(p);
        if (c1 === 46 && src.charCodeAt(p + 2) === 46) return this.op(ELLIPSIS, p, 3);
        return this.op(DOT, p, 1);
      case 43:
        return c1 === 61 ? this.op(PLUSEQUAL, p, 2) : this.op(PLUS, p, 1);
      case 45:
        if (c1 === 61) return this.op(MINEQUAL, p, 2);
        if (c1 === 62) return this.op(RARROW, p, 2);
        return this.op(MINUS, p, 1);
      case 42:
        if (c1 === 42) {
          return src.charCodeAt(p + 2) === 61 ? this.op(DOUBLESTAREQUAL, p, 3) : this.op(DOUBLESTAR, p, 2);
        }
        return c1 === 61 ? this.op(STAREQUAL, p, 2) : this.op(STAR, p, 1);
      case 47:
        if (c1 === 47) {
          return src.charCodeAt(p + 2) === 61 ? this.op(DOUBLESLASHEQUAL, p, 3) : this.op(DOUBLESLASH, p, 2);
        }
        return c1 === 61 ? this.op(SLASHEQUAL, p, 2) : this.op(SLASH, p, 1);
      case 124:
        return c1 === 61 ? this.op(VBAREQUAL, p, 2) : this.op(VBAR, p, 1);
      case 38:
        return c1 === 61 ? this.op(AMPEREQUAL, p, 2) : this.op(AMPER, p, 1);
      case 60: // <
        if (c1 === 60) {
          return src.charCodeAt(p + 2) === 61 ? this.op(LEFTSHIFTEQUAL, p, 3) : this.op(LEFTSHIFT, p, 2);
        }
        if (c1 === 61) return this.op(LESSEQUAL, p, 2);
        if (c1 === 62) fail("invalid syntax", p); // `<>` (PEP 401 is a joke, not a feature)
        return this.op(LESS, p, 1);
      case 62: // >
        if (c1 === 62) {
          return src.charCodeAt(p + 2) === 61 ? this.op(RIGHTSHIFTEQUAL, p, 3) : this.op(RIGHTSHIFT, p, 2);
        }
        return c1 === 61 ? this.op(GREATEREQUAL, p, 2) : this.op(GREATER, p, 1);
      case 61: // =
        if (c1 === 61) return this.op(EQEQUAL, p, 2);
        if (this.sp > 0 && this.sType[this.sp - 1] === F_FIELD) this.checkFieldExpr(p);
        return this.op(EQUAL, p, 1);
      case 33: // !
        if (c1 === 61) return this.op(NOTEQUAL, p, 2);
        // Outside f-strings `!` is an error; inside a field it introduces the conversion
        // (fdepth > 0 here means we are in a field's expression: other f-string parts never reach punct()).
        if (this.fdepth === 0) fail("invalid syntax", p);
        if (this.sType[this.sp - 1] === F_FIELD) this.checkFieldExpr(p);
        return this.op(EXCLAMATION, p, 1);
      case 37:
        return c1 === 61 ? this.op(PERCENTEQUAL, p, 2) : this.op(PERCENT, p, 1);
      case 126:
        return this.op(TILDE, p, 1);
      case 94:
        return c1 === 61 ? this.op(CIRCUMFLEXEQUAL, p, 2) : this.op(CIRCUMFLEX, p, 1);
      case 64:
        return c1 === 61 ? this.op(ATEQUAL, p, 2) : this.op(AT, p, 1);
      case 36: // $
      case 63: // ?
      case 96: // `
        // (in a replacement field's expression the parser says what the field lacks)
        if (this.fdepth > 0) return this.op(ERRORTOKEN, p, 1);
        fail("invalid syntax", p);
    }
    invalidCharacter(c, p); // other ASCII controls: "invalid non-printable character U+0001"
  }

  op(kind: number, p: number, len: number): void {
    this.emit(kind, p, p + len, null);
    this.pos = p + len;
  }

  open(kind: number, c: number, p: number): void {
    if (this.sp >= MAX_NESTING) fail("too many nested parentheses", p);
    this.push(c, this.emit(kind, p, p + 1, null), 0);
    this.pos = p + 1;
  }

  close(kind: number, want: number, p: number): void {
    const closer = String.fromCharCode(kind === RPAR ? 41 : kind === RSQB ? 93 : 125);
    const sp = this.sp;
    if (sp === 0) fail(`unmatched '${closer}'`, p);
    const t = this.sType[sp - 1];
    const opener = this.sTok[sp - 1];
    if (t === F_FIELD) {
      if (kind !== RBRACE) fail(`f-string: unmatched '${closer}'`, p);
      this.checkFieldExpr(p);
    } else if (t !== want) {
      const o = this.start[opener];
      let msg = `closing parenthesis '${closer}' does not match opening parenthesis '${
        String.fromCharCode(t)
      }'`;
      const lo = lineOf(this.src, o);
      if (lo !== lineOf(this.src, p)) msg += ` on line ${lo}`;
      fail(msg, p);
    }
    this.link(opener, this.emit(kind, p, p + 1, null));
    this.sp = sp - 1;
    this.pos = p + 1;
  }

  /** `}`, `!`, `:` or `=` right after a field's `{`: the expression is missing (3.12's wording). */
  checkFieldExpr(p: number): void {
    if (this.sTok[this.sp - 1] === this.count - 1) {
      fail(`f-string: valid expression required before '${this.src[p]}'`, p);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Numbers

  /** `s` is at a digit, or at `.` followed by a digit. */
  number(s: number): void {
    const src = this.src;
    let p = s;
    let c = src.charCodeAt(p);
    let isFloat = false;
    if (c === 48) {
      const x = src.charCodeAt(p + 1) | 32;
      if (x === 120) return this.radix(s, 16, "hexadecimal");
      if (x === 111) return this.radix(s, 8, "octal");
      if (x === 98) return this.radix(s, 2, "binary");
      // Zeros, possibly `0_0`; any further digit makes a leading-zero integer unless a float follows.
      p++;
      for (;;) {
        c = src.charCodeAt(p);
        if (c === 48) p++;
        else if (c === 95) p = this.underscore(p, s, 10, "decimal");
        else break;
      }
      let nonzero = false;
      if (isDigit(c)) {
        nonzero = true;
        p = this.digits(p, s);
        c = src.charCodeAt(p);
      }
      if (nonzero && c !== 46 && (c | 32) !== 101 && (c | 32) !== 106) {
        fail(
          "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
          s,
        );
      }
    } else if (c !== 46) {
      p = this.digits(p, s);
      c = src.charCodeAt(p);
    }
    if (c === 46) { // fraction
      isFloat = true;
      p++;
      c = src.charCodeAt(p);
      if (isDigit(c)) {
        p = this.digits(p, s);
        c = src.charCodeAt(p);
      } else if (c === 95) numberError("decimal", "invalid '_' in number", p - 1);
    }
    if ((c | 32) === 101) { // exponent
      let q = p + 1;
      let d = src.charCodeAt(q);
      if (d === 43 || d === 45) {
        q++;
        d = src.charCodeAt(q);
        if (!isDigit(d)) numberError("decimal", d === 95 ? "invalid '_' in number" : "", q - 1);
      } else if (!isDigit(d)) {
        if (d === 95) numberError("decimal", "invalid '_' in number", p - 1);
        // Not an exponent: `1else` is the number 1 followed by `else`.
        this.endOfNumber(p, s, "decimal");
        return this.emitDecimal(s, p, isFloat);
      }
      isFloat = true;
      p = this.digits(q, s);
      c = src.charCodeAt(p);
    }
    if ((c | 32) === 106) { // imaginary
      this.endOfNumber(p + 1, s, "imaginary");
      this.emit(IMAG, s, p + 1, parseFloatText(src.slice(s, p)));
      this.pos = p + 1;
      return;
    }
    this.endOfNumber(p, s, "decimal");
    this.emitDecimal(s, p, isFloat);
  }

  emitDecimal(s: number, p: number, isFloat: boolean): void {
    const text = this.src.slice(s, p);
    this.pos = p;
    if (isFloat) {
      this.emit(FLOAT, s, p, parseFloatText(text));
      return;
    }
    const v = Number(text.length > 15 || text.includes("_") ? text.replaceAll("_", "") : text);
    this.emit(INT, s, p, v <= Number.MAX_SAFE_INTEGER ? v : bigIntLiteral(text, s));
  }

  /** Decimal digits with single underscores between them, starting at a digit. */
  digits(p: number, s: number): number {
    const src = this.src;
    for (;;) {
      const c = src.charCodeAt(p);
      if (isDigit(c)) p++;
      else if (c === 95) p = this.underscore(p, s, 10, "decimal");
      else return p;
    }
  }

  /** An `_` at `p` inside a number: it must be followed by a digit of `base`. Returns p + 1. */
  underscore(p: number, _s: number, base: number, kind: string): number {
    const d = this.src.charCodeAt(p + 1);
    if (d < 128 && DIGIT[d] < base) return p + 1;
    if (d === 95) numberError(kind, "consecutive '_' in number", p);
    if (base < 10 && isDigit(d)) fail(`invalid digit '${String.fromCharCode(d)}' in ${kind} literal`, p + 1);
    numberError(kind, "invalid '_' in number", p);
  }

  radix(s: number, base: number, kind: string): void {
    const src = this.src;
    let p = s + 2;
    let c = src.charCodeAt(p);
    if (c === 95) p = this.underscore(p, s, base, kind); // `0x_1` is valid, as in CPython
    let v = 0;
    let nd = 0;
    for (;;) {
      c = src.charCodeAt(p);
      const dv = c < 128 ? DIGIT[c] : 99;
      if (dv < base) {
        v = v * base + dv;
        nd++;
        p++;
      } else if (c === 95 && nd > 0) {
        p = this.underscore(p, s, base, kind);
      } else break;
    }
    if (base < 10 && isDigit(c)) fail(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`, p);
    if (nd === 0) numberError(kind, c < 128 && ID[c] !== 0 ? "" : "missing digits", p - 1);
    this.endOfNumber(p, s, kind);
    this.pos = p;
    // Every partial value is at most the final one, so `v` is exact whenever it is a safe integer.
    if (v <= Number.MAX_SAFE_INTEGER) {
      this.emit(INT, s, p, v);
      return;
    }
    const prefix = base === 16 ? "0x" : base === 8 ? "0o" : "0b";
    this.emit(INT, s, p, bigIntLiteral(prefix + src.slice(s + 2, p), s));
  }

  /**
   * CPython's verify_end_of_number: a number may run straight into `and else for if in is not or`
   * (`1if x else 2`), but not into any other identifier character (`1abc`).
   */
  endOfNumber(p: number, _s: number, kind: string): void {
    const src = this.src;
    const c = src.charCodeAt(p);
    if (!(c < 128 && ID[c] !== 0)) return;
    const c1 = src.charCodeAt(p + 1);
    let ok = false;
    switch (c) {
      case 97: // and
        ok = src.startsWith("nd", p + 1);
        break;
      case 101: // else
        ok = src.startsWith("lse", p + 1);
        break;
      case 102: // for
        ok = src.startsWith("or", p + 1);
        break;
      case 105: // if in is
        ok = c1 === 102 || c1 === 110 || c1 === 115;
        break;
      case 111: // or
        ok = c1 === 114;
        break;
      case 110: // not
        ok = src.startsWith("ot", p + 1);
        break;
    }
    if (!ok) numberError(kind, "", p - 1);
  }

  // -------------------------------------------------------------------------------------------
  // Strings

  /** A string literal whose prefix (possibly empty) starts at `s` and whose quote is at `q`. */
  string(s: number, q: number, flags: number): void {
    const src = this.src;
    const n = this.n;
    const quote = src.charCodeAt(q);
    const triple = src.charCodeAt(q + 1) === quote && src.charCodeAt(q + 2) === quote;
    if (flags & P_F) return this.fstringStart(s, q, quote, triple, (flags & P_RAW) !== 0);
    const body = q + (triple ? 3 : 1);
    let p = body;
    let special = false;
    if (!triple) {
      for (;;) {
        if (p >= n) this.unterminatedString(s, q, n, false);
        const c = src.charCodeAt(p);
        if (c > 92) { // most text: letters, `{`, `}`...
          p++;
          continue;
        }
        if (c === quote) break;
        if (c === 92) {
          special = true;
          p += src.charCodeAt(p + 1) === 13 && src.charCodeAt(p + 2) === 10 ? 3 : 2;
          continue;
        }
        if (c === 10 || c === 13) this.unterminatedString(s, q, p, false);
        p++;
      }
    } else {
      for (;;) {
        if (p >= n) this.unterminatedString(s, q, n, true);
        const c = src.charCodeAt(p);
        if (c > 92) {
          p++;
          continue;
        }
        if (c === quote) {
          if (src.charCodeAt(p + 1) === quote && src.charCodeAt(p + 2) === quote) break;
        } else if (c === 92) {
          special = true;
          p++;
        } else if (c === 13) special = true;
        p++;
      }
    }
    const e = p + (triple ? 3 : 1);
    const raw = (flags & P_RAW) !== 0;
    this.pos = e;
    // (a literal that does not decode is CPython's parser's error, not its tokenizer's: an error
    // before it in the file comes first, so its value is the LexError the parser raises)
    let v: unknown;
    try {
      if (flags & P_BYTES) v = decodeBytes(src, body, p, raw, s);
      else v = special ? decodeText(src, body, p, raw, D_STR, s) : src.slice(body, p);
    } catch (err) {
      if (!(err instanceof LexError)) throw err;
      v = err;
    }
    this.emit(flags & P_BYTES ? BYTES : STRING, s, e, v);
  }

  /** A string literal (prefix at `s`, quote at `q`) that does not end. */
  unterminatedString(s: number, q: number, detectedAt: number, triple: boolean): never {
    // Inside a replacement field, a string opened with the f-string's own quote means the `}` is missing.
    if (this.fdepth > 0) {
      const aux = this.sAux[this.fs[this.fdepth - 1]];
      if ((aux & 255) === this.src.charCodeAt(q) && (aux & A_TRIPLE ? true : false) === triple) {
        fail("f-string: expecting '}'", q);
      }
    }
    // (at the literal's start, prefix included, as CPython)
    unterminated(this.src, s, detectedAt, triple, false);
  }

  fstringStart(s: number, q: number, quote: number, triple: boolean, raw: boolean): void {
    if (this.fdepth >= MAX_FSTRING_DEPTH) fail("f-string: too many nested f-strings", s);
    const body = q + (triple ? 3 : 1);
    const tok = this.emit(FSTRING_START, s, body, null);
    this.push(F_FSTRING, tok, quote | (triple ? A_TRIPLE : 0) | (raw ? A_RAW : 0));
    this.fsBad[this.fdepth] = null;
    this.fs[this.fdepth++] = this.sp - 1;
    this.pos = body;
  }

  /**
   * Literal text of the innermost f-string (spec = false) or of a replacement field's format spec
   * (spec = true), up to the next `{`, `}` or closing quote.
   */
  fstringText(spec: boolean): void {
    const src = this.src;
    const n = this.n;
    const fi = this.fs[this.fdepth - 1];
    const aux = this.sAux[fi];
    const quote = aux & 255;
    const triple = (aux & A_TRIPLE) !== 0;
    const raw = (aux & A_RAW) !== 0;
    const s = this.pos;
    let p = s;
    let special = false;
    for (;;) {
      if (p >= n) {
        // (CPython 3.12 reports a single-quoted f-string's format spec left open as its field's brace)
        if (spec && !triple) fail("'{' was never closed", this.start[this.sTok[this.sp - 1]]);
        unterminated(src, this.start[this.sTok[fi]], n, triple, true);
      }
      const c = src.charCodeAt(p);
      if (c > 125 || (c > 92 && c < 123)) {
        p++;
        continue;
      }
      if (c === quote) {
        if (!triple || (src.charCodeAt(p + 1) === quote && src.charCodeAt(p + 2) === quote)) {
          if (spec) this.specEnded(p, p + (triple ? 3 : 1));
          this.middle(s, p, special, raw, D_FTEXT);
          const e = p + (triple ? 3 : 1);
          const bad = this.fsBad[this.fdepth - 1];
          this.link(this.sTok[fi], this.emit(FSTRING_END, p, e, bad === null ? null : new LexError(bad, p)));
          this.sp--;
          this.fdepth--;
          this.pos = e;
          return;
        }
      } else if (c === 123) { // {
        if (!spec && src.charCodeAt(p + 1) === 123) {
          special = true;
          p += 2;
          continue;
        }
        this.middle(s, p, special, raw, spec ? D_FSPEC : D_FTEXT);
        if (spec) {
          // fields nest in format specs MAX_FIELD_NESTING deep (CPython 3.12 places the error
          // just before the brace)
          let specs = 0;
          for (let i = this.sp - 1; i >= 0 && this.sType[i] !== F_FSTRING; i--) if (this.sType[i] === F_SPEC) specs++;
          if (specs >= MAX_FIELD_NESTING) fail("f-string: expressions nested too deeply", p - 1);
        }
        this.push(F_FIELD, this.emit(LBRACE, p, p + 1, null), 0);
        this.pos = p + 1;
        return;
      } else if (c === 125) { // }
        if (!spec) {
          if (src.charCodeAt(p + 1) !== 125) fail("f-string: single '}' is not allowed", p);
          special = true;
          p += 2;
          continue;
        }
        this.middle(s, p, special, raw, D_FSPEC);
        this.link(this.sTok[this.sp - 1], this.emit(RBRACE, p, p + 1, null));
        this.sp--;
        this.pos = p + 1;
        return;
      } else if (c === 92) { // backslash
        special = true;
        const d = src.charCodeAt(p + 1);
        if (d === 123 || d === 125) { // `\{`: a literal backslash, then the brace as usual
          p++;
          continue;
        }
        if (!raw && d === 78 && src.charCodeAt(p + 2) === 123) { // \N{NAME}: its braces are not a field
          let k = p + 3;
          while (k < n) {
            const e = src.charCodeAt(k);
            if (e === 125 || e === quote || e === 10 || e === 13) break;
            k++;
          }
          p = src.charCodeAt(k) === 125 ? k + 1 : p + 2; // unclosed: the decoder reports it
          continue;
        }
        p += d === 13 && src.charCodeAt(p + 2) === 10 ? 3 : 2;
        continue;
      } else if (c === 10 || c === 13) {
        // 3.12 accepts newlines in a single-quoted f-string's format spec, not in its text.
        if (!triple && !spec) {
          unterminated(src, this.start[this.sTok[fi]], p, false, true);
        }
        if (c === 13) special = true;
      }
      p++;
    }
  }

  /**
   * A format spec runs into its f-string's closing quote (at `q`, ending at `e`). CPython 3.12's
   * tokenizer ends the f-string there with the field's `{` still open, so a closing bracket right
   * after it is its mismatch; else its parser wants the `}`.
   */
  specEnded(q: number, e: number): never {
    const src = this.src;
    while (src.charCodeAt(e) === 32 || src.charCodeAt(e) === 9) e++;
    const c = src.charCodeAt(e);
    if (c === 41 || c === 93) fail(`closing parenthesis '${src[e]}' does not match opening parenthesis '{'`, e);
    fail("f-string: expecting '}', or format specs", q);
  }

  middle(s: number, p: number, special: boolean, raw: boolean, mode: number): void {
    if (p === s) return;
    let v: string;
    try {
      v = special ? decodeText(this.src, s, p, raw, mode, s) : this.src.slice(s, p);
    } catch (e) {
      // (a bad escape: reported at the f-string's end, see fsBad)
      if (!(e instanceof LexError)) throw e;
      this.fsBad[this.fdepth - 1] ??= e.message;
      v = this.src.slice(s, p);
    }
    if (v !== "") this.emit(FSTRING_MIDDLE, s, p, v);
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers for literals (no lexer state)

/** Flags for a string prefix of 1-2 letters at src[s, e), or -1 when it is not a prefix. */
function prefixFlags(src: string, s: number, e: number): number {
  let flags = 0;
  for (let i = s; i < e; i++) {
    const c = src.charCodeAt(i) | 32;
    const f = c === 114 ? P_RAW : c === 98 ? P_BYTES : c === 102 ? P_F : c === 117 ? 8 : -1;
    if (f < 0 || flags & f) return -1;
    flags |= f;
  }
  // u combines with nothing; b and f exclude each other.
  if (flags & 8) return flags === 8 ? 0 : -1;
  if ((flags & P_BYTES) && (flags & P_F)) return -1;
  return flags;
}

function parseFloatText(text: string): number {
  return Number(text.includes("_") ? text.replaceAll("_", "") : text);
}

/** Integer literal beyond 2^53: a bigint, refused at 2^INT_BITS. */
function bigIntLiteral(text: string, offset: number): bigint | number {
  const v = BigInt(text.replaceAll("_", ""));
  if (v >= MAX_INT_LITERAL) fail(`integer literal too large to represent (max ±2^${INT_BITS})`, offset);
  return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}

function hexValue(src: string, p: number, count: number, to: number): number {
  let v = 0;
  for (let i = 0; i < count; i++) {
    const c = p + i < to ? src.charCodeAt(p + i) : 0;
    const d = c < 128 ? DIGIT[c] : 99;
    if (d > 15) return -1 - i; // -(digits found) - 1
    v = v * 16 + d;
  }
  return v;
}

/**
 * Decodes a str literal body src[from, to): escapes (unless raw), newlines to `\n`, and for
 * f-string text `{{` / `}}` to one brace. Unescaped runs are copied with slice.
 * Error positions are relative to `from`, as CPython's are relative to the literal's body.
 */
function decodeText(
  src: string,
  from: number,
  to: number,
  raw: boolean,
  mode: number,
  errAt: number,
): string {
  const parts: string[] = [];
  let run = from;
  let p = from;
  while (p < to) {
    const c = src.charCodeAt(p);
    if (c === 92 && !raw) {
      if (p > run) parts.push(src.slice(run, p));
      p = escape(src, p, from, to, parts, errAt);
      run = p;
    } else if (c === 13) {
      if (p > run) parts.push(src.slice(run, p));
      parts.push("\n");
      p += src.charCodeAt(p + 1) === 10 && p + 1 < to ? 2 : 1;
      run = p;
    } else if (mode === D_FTEXT && (c === 123 || c === 125)) {
      parts.push(src.slice(run, p + 1)); // keep one brace of the pair
      p += 2;
      run = p;
    } else p++;
  }
  if (run < to) parts.push(src.slice(run, to));
  return parts.length === 1 ? parts[0] : parts.join("");
}

/** One escape sequence at src[p] === "\\" in a str literal; appends its text, returns the next index. */
function escape(src: string, p: number, from: number, to: number, out: string[], errAt: number): number {
  const q = p + 1;
  if (q >= to) {
    out.push("\\");
    return q;
  }
  const c = src.charCodeAt(q);
  switch (c) {
    case 10: // backslash-newline: both removed
      return q + 1;
    case 13:
      return src.charCodeAt(q + 1) === 10 && q + 1 < to ? q + 2 : q + 1;
    case 92:
      out.push("\\");
      return q + 1;
    case 39:
      out.push("'");
      return q + 1;
    case 34:
      out.push('"');
      return q + 1;
    case 97:
      out.push("\x07");
      return q + 1;
    case 98:
      out.push("\b");
      return q + 1;
    case 102:
      out.push("\f");
      return q + 1;
    case 110:
      out.push("\n");
      return q + 1;
    case 114:
      out.push("\r");
      return q + 1;
    case 116:
      out.push("\t");
      return q + 1;
    case 118:
      out.push("\v");
      return q + 1;
    case 120: // \xhh
    case 117: // \uXXXX
    case 85: { // \UXXXXXXXX
      const len = c === 120 ? 2 : c === 117 ? 4 : 8;
      const v = hexValue(src, q + 1, len, to);
      if (v < 0) {
        const what = c === 120
          ? "truncated \\xXX escape"
          : c === 117
          ? "truncated \\uXXXX escape"
          : "truncated \\UXXXXXXXX escape";
        unicodeError(p - from, q - from + (-v - 1), what, errAt);
      }
      if (v > 0x10ffff) unicodeError(p - from, q + len - from, "illegal Unicode character", errAt);
      out.push(String.fromCodePoint(v));
      return q + 1 + len;
    }
    case 78: { // \N{NAME}
      if (src.charCodeAt(q + 1) !== 123 || q + 1 >= to) {
        unicodeError(p - from, q - from, "malformed \\N character escape", errAt);
      }
      const close = src.indexOf("}", q + 2);
      if (close < 0 || close >= to || close === q + 2) {
        unicodeError(
          p - from,
          (close < 0 || close >= to ? to - 1 : q + 1) - from, // unclosed: to the end; empty: to the `{`
          "malformed \\N character escape",
          errAt,
        );
      }
      const cp = lookupCharName(src.slice(q + 2, close));
      if (cp < 0) unicodeError(p - from, close - from, "unknown Unicode character name", errAt);
      out.push(String.fromCodePoint(cp));
      return close + 1;
    }
  }
  if (c >= 48 && c <= 55) { // \ooo
    let v = c - 48;
    let k = q + 1;
    for (let i = 0; i < 2 && k < to; i++, k++) {
      const d = src.charCodeAt(k);
      if (d < 48 || d > 55) break;
      v = v * 8 + d - 48;
    }
    out.push(String.fromCharCode(v));
    return k;
  }
  // Unknown escape: kept verbatim. The character after the backslash is left to the caller,
  // so `\{` in f-string text still sees its brace pair and `\<CR><LF>` still becomes `\<LF>`.
  out.push("\\");
  return q;
}

/** Decodes a bytes literal body: ASCII only; \x gives raw bytes; \u, \U, \N are not escapes. */
function decodeBytes(src: string, from: number, to: number, raw: boolean, errAt: number): Uint8Array {
  const out = new Uint8Array(to - from);
  let k = 0;
  let p = from;
  while (p < to) {
    const c = src.charCodeAt(p);
    if (c >= 128) fail("bytes can only contain ASCII literal characters", errAt);
    if (c === 13) {
      out[k++] = 10;
      p += src.charCodeAt(p + 1) === 10 && p + 1 < to ? 2 : 1;
      continue;
    }
    if (c !== 92 || raw || p + 1 >= to) {
      out[k++] = c;
      p++;
      continue;
    }
    const d = src.charCodeAt(p + 1);
    let v = -1;
    let next = p + 2;
    switch (d) {
      case 10:
        p += 2;
        continue;
      case 13:
        p += src.charCodeAt(p + 2) === 10 && p + 2 < to ? 3 : 2;
        continue;
      case 92:
      case 39:
      case 34:
        v = d;
        break;
      case 97:
        v = 7;
        break;
      case 98:
        v = 8;
        break;
      case 102:
        v = 12;
        break;
      case 110:
        v = 10;
        break;
      case 114:
        v = 13;
        break;
      case 116:
        v = 9;
        break;
      case 118:
        v = 11;
        break;
      case 120:
        v = hexValue(src, p + 2, 2, to);
        if (v < 0) fail(`(value error) invalid \\x escape at position ${p - from}`, errAt);
        next = p + 4;
        break;
      default:
        if (d >= 48 && d <= 55) {
          v = d - 48;
          for (let i = 0; i < 2 && next < to; i++, next++) {
            const e = src.charCodeAt(next);
            if (e < 48 || e > 55) break;
            v = v * 8 + e - 48;
          }
          v &= 0xff;
        }
    }
    if (v < 0) { // unknown escape: the backslash stays, the next character is read normally
      out[k++] = 92;
      p++;
      continue;
    }
    out[k++] = v;
    p = next;
  }
  return k === out.length ? out : out.slice(0, k);
}
