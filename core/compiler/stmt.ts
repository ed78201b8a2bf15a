// Statements, blocks, functions, classes and comprehensions; the public `compile` entry point.

import { lex } from "../lexer/lexer.ts";
import * as T from "../lexer/tokens.ts";
import { LexError } from "../lexer/tokens.ts";
import { PyTuple } from "../objects/model.ts";
import { strRepr } from "../objects/strrepr.ts";
import {
  COMPILE_UNIT_BYTES, COMPILE_WORD_BYTES, MAX_BLOCK_NESTING, MAX_COMPILE_BYTES, MAX_FINALLY_COPY_WORDS, MAX_SOURCE_CHARS,
} from "../limits.ts";
import { type Code, CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS, Source } from "./code.ts";
import { CompileError } from "./errors.ts";
import { ExprCompiler, forEachNameTarget, K_ATTR, K_LIST, K_NAME, K_OTHER, K_SLICE, K_SUBSCR, K_TUPLE, STARTS_EXPR, type Tgt } from "./expr.ts";
import * as O from "./opcodes.ts";
import * as P from "./precedence.ts";
import { annotationError, declareName, finishModule } from "./scope.ts";
import {
  B_FINALLY, B_FINALLY_BODY, B_FOR, B_HANDLER, B_POP_VALUE, B_TRY, B_WHILE, B_WITH, type Block, type Region, type Segment, U_CLASS, U_COMPREHENSION,
  U_FUNCTION, U_LAMBDA, U_MODULE, Unit,
} from "./unit.ts";
import { compileMatch } from "./match.ts";

/** Headers whose ':' CPython's grammar forces (`&&':'`): "expected ':'" whatever follows. */
const FORCED_COLON: ReadonlySet<string> = new Set(["function definition", "'else' statement", "'try' statement", "'finally' statement"]);

/**
 * What each kind of Block counts toward MAX_BLOCK_NESTING: the blocks CPython 3.11's compiler
 * pushes for it (compile.c, compiler_push_fblock): a loop FOR_LOOP or WHILE_LOOP, a try body
 * TRY_EXCEPT and FINALLY_TRY, a with item WITH, a finally body run for an exception FINALLY_END,
 * an except clause EXCEPTION_HANDLER and HANDLER_CLEANUP, a return's value while the finally
 * bodies it leaves through are compiled POP_VALUE (unless it is a constant). (In a comprehension,
 * its own code object, each `async for` clause is one: ASYNC_COMPREHENSION_GENERATOR.)
 */
const FBLOCKS: Record<number, number> = {
  [B_FOR]: 1, [B_WHILE]: 1, [B_FINALLY]: 1, [B_HANDLER]: 2, [B_WITH]: 1, [B_FINALLY_BODY]: 1, [B_TRY]: 1, [B_POP_VALUE]: 1,
};

const AUG_OPS: Int16Array = (() => {
  const t = new Int16Array(T.N_KINDS).fill(-1);
  t[T.PLUSEQUAL] = O.INPLACE_ADD;
  t[T.MINEQUAL] = O.INPLACE_SUB;
  t[T.STAREQUAL] = O.INPLACE_MUL;
  t[T.SLASHEQUAL] = O.INPLACE_TRUEDIV;
  t[T.DOUBLESLASHEQUAL] = O.INPLACE_FLOORDIV;
  t[T.PERCENTEQUAL] = O.INPLACE_MOD;
  t[T.DOUBLESTAREQUAL] = O.INPLACE_POW;
  t[T.LEFTSHIFTEQUAL] = O.INPLACE_LSHIFT;
  t[T.RIGHTSHIFTEQUAL] = O.INPLACE_RSHIFT;
  t[T.AMPEREQUAL] = O.INPLACE_AND;
  t[T.VBAREQUAL] = O.INPLACE_OR;
  t[T.CIRCUMFLEXEQUAL] = O.INPLACE_XOR;
  t[T.ATEQUAL] = O.INPLACE_MATMUL;
  return t;
})();

/** The result of compiling a module. */
export interface CompiledModule {
  code: Code;
  /** Module-wide global names; a module object's value slots follow this order. */
  globalNames: string[];
  /** Import specs in source order. */
  imports: { spec: string; quoted: boolean; pos: number }[];
  source: Source;
}

/** What CPython's messages call each kind of comprehension, by its code name. */
const COMPREHENSION_KINDS: Record<string, string> = {
  "<listcomp>": "list comprehension",
  "<setcomp>": "set comprehension",
  "<dictcomp>": "dict comprehension",
  "<genexpr>": "generator expression",
};

/** The SyntaxError of a source past MAX_SOURCE_CHARS (also the CLI's, for a file too large to read). */
export function sourceTooLarge(): CompileError {
  return new CompileError(`source file exceeds maximum size (${MAX_SOURCE_CHARS / 2 ** 20} MiB)`, 0);
}

/** Compile Python source. Throws CompileError (a SyntaxError for the host to report). */
export function compile(text: string, filename = "<string>"): CompiledModule {
  if (text.length > MAX_SOURCE_CHARS) throw sourceTooLarge();
  const source = new Source(filename, text);
  let tokens;
  try {
    tokens = lex(text, true);
  } catch (e) {
    if (e instanceof LexError) throw parserErrorBefore(e, text, filename) ?? new CompileError(e.message, e.offset, e.type);
    throw e;
  }
  const c = new Compiler(tokens, source);
  const unclosed = tokens.unclosed;
  if (unclosed === undefined) return c.compileModule();
  // A bracket left open (or a backslash continuing the last line): CPython's tokenizer reports it
  // when its parser reads to the end, or when the parser's error comes from a line after the
  // bracket's (the parser read on past the line the bracket should have closed on); an error found
  // before that is the parser's. An error at one of the brackets closed at the end (`f(*`) was
  // found there, where CPython's tokenizer has nothing but the end.
  const lexError = new CompileError(unclosed.error.message, unclosed.error.offset);
  try {
    c.compileModule();
  } catch (e) {
    if (!(e instanceof CompileError)) throw e;
    const reached = Math.min(Math.max(c.p, c.reach), unclosed.from);
    if (reached < unclosed.from && e.offset < tokens.start[unclosed.from] && source.line(tokens.start[reached]) <= source.line(unclosed.error.offset)) throw e;
  }
  throw lexError;
}

/**
 * Tokenizer errors that CPython's parser meets only when it reads that far (its tokenizer runs on
 * demand): indentation errors (TabError, an unindent matching no outer level, too many levels), a
 * character after a line-continuation backslash, a file ending in one, and characters that are no
 * token (`$`, `?`). CPython raises the others (an unterminated string, a bad number literal) with
 * its own exception, and after any syntax error but "unexpected indent" it scans the rest of the
 * file for them, so they win over an earlier parser error.
 */
function reportedWhenReached(e: LexError): boolean {
  return e.type !== "SyntaxError" || e.message === "invalid syntax" ||
    e.message === "unexpected character after line continuation character" || e.message === "unexpected EOF while parsing";
}

/**
 * The parser's error that CPython reports instead of the lexer's error `e`, or null. Our lexer reads
 * the whole file before the parser starts, so the lines before the one `e` is on are compiled on
 * their own: a syntax error found there before their end (not one caused by cutting the file, nor a
 * compiler error held back until the end) is what CPython's parser stops at first; it wins when it
 * is "unexpected indent" (CPython then looks no further) or when `e` is only found by reading on.
 * `\tif x:` followed by `        pass` is "unexpected indent" on line 1, not a TabError on line 2.
 */
function parserErrorBefore(e: LexError, text: string, filename: string): CompileError | null {
  if (e.message === "source code string cannot contain null bytes") return null;
  const onLine = reportedWhenReached(e) && e.message !== "unexpected character after line continuation character";
  return parserErrorOnLinesBefore(e, text, filename) ?? (onLine ? parserErrorOnLineBefore(e, text, filename) : null);
}

/**
 * An error CPython's parser finds on `e`'s line before it reaches `e` (which it finds only by
 * reading that far): two expressions side by side (`x = 1 2 $`), a literal that does not decode
 * (`x = '\x' $`). The line is compiled up to `e`; an error at the end of that is the cut's.
 */
function parserErrorOnLineBefore(e: LexError, text: string, filename: string): CompileError | null {
  const cut = text.slice(0, e.offset);
  let c: Compiler;
  try {
    c = new Compiler(lex(cut, true), new Source(filename, cut));
  } catch {
    return null;
  }
  try {
    c.compileModule();
  } catch (err) {
    if (!(err instanceof CompileError) || err === c.deferred || err === c.moduleNonlocal || err === c.futureError || err.atEnd) return null;
    if (err.offset >= cut.trimEnd().length || c.p >= c.t.count - 2) return null;
    return err;
  }
  return null;
}

function parserErrorOnLinesBefore(e: LexError, text: string, filename: string): CompileError | null {
  const nl = Math.max(text.lastIndexOf("\n", e.offset - 1), text.lastIndexOf("\r", e.offset - 1));
  if (nl < 0) return null;
  const prefix = text.slice(0, nl + 1);
  let c: Compiler;
  try {
    c = new Compiler(lex(prefix, true), new Source(filename, prefix));
  } catch {
    return null; // (the cut fell inside a literal that spans lines)
  }
  try {
    c.compileModule();
  } catch (err) {
    if (!(err instanceof CompileError) || err === c.deferred || err === c.moduleNonlocal || err === c.futureError || (err.atEnd && err.message !== "unexpected indent")) return null;
    if (err.offset > nl || c.p >= c.t.count - 1) return null;
    if (err.message === "unexpected indent" || reportedWhenReached(e)) return err;
  }
  return null;
}

/** The features `from __future__ import` accepts (CPython's __future__.all_feature_names). */
const FUTURE_FEATURES = new Set([
  "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
  "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
]);

export class Compiler extends ExprCompiler {
  /** Code words of the units closed so far, and the units made (see checkSize). */
  closedWords = 0;
  units = 1;
  /** Code words of the finally bodies compiled at exits so far; the unit and offset where the
   * outermost copy being compiled started (see MAX_FINALLY_COPY_WORDS). */
  copyWords = 0;
  copyUnit: Unit | null = null;
  copyStart = 0;
  /** `from __future__ import annotations` was seen: annotations are kept as their source text. */
  futureAnnotations = false;
  /** No statement other than the docstring and future imports has been compiled yet. */
  futureAllowed = true;
  /** The statement being compiled at module level is a future import. */
  isFuture = false;
  /** The first error in the future imports at the module's top level, raised once the module has
   * parsed, before any other error held back (see failLater). */
  futureError: CompileError | null = null;

  /** An annotation's code, cut out: the expression's, or under `from __future__ import
   * annotations` (PEP 563) its source text as a str constant. */
  annotationCode(starred = false): Segment {
    const a0 = this.u.here, d0 = this.u.depth, p0 = this.p;
    if (starred && this.at(T.STAR)) {
      // `*args: *Ts` (PEP 646): the one item the value unpacks to, as CPython evaluates it
      // (CPython's star_expression: a bitwise `|` operand at most)
      const pos = this.tokStart;
      this.p++;
      this.parse(P.P_CMP);
      this.emit(O.UNPACK_SEQUENCE, 1, 0, 0, pos);
    } else this.expr();
    let seg = this.u.cut(a0);
    if (this.futureAnnotations) {
      // (a lone string literal reads back as its repr, as CPython's unparse gives it)
      const v = this.t.value[p0];
      const lone = this.p === p0 + 1 && this.t.kind[p0] === T.STRING && typeof v === "string";
      this.loadConst(lone ? strRepr(v) : this.src.slice(this.t.start[p0], this.t.end[this.p - 1]));
      seg = this.u.cut(a0);
    }
    this.u.depth = d0;
    return seg;
  }

  compileModule(): CompiledModule {
    const u = this.u;
    u.code_.name = "<module>";
    u.annoAt = this.emit(O.NOP);
    const doc = this.at(T.STRING) ? this.docstring(this.p - 1) : null;
    if (doc !== null) {
      this.loadConst(doc);
      this.storeName("__doc__");
    }
    let first = true;
    while (!this.at(T.EOF)) {
      // (the docstring may come before the future imports)
      this.isFuture = first && doc !== null;
      first = false;
      this.statement();
      if (!this.isFuture) this.futureAllowed = false;
    }
    if (this.futureError !== null) throw this.futureError;
    if (this.moduleNonlocal !== null) throw this.moduleNonlocal;
    if (this.deferred !== null) throw this.deferred;
    this.checkSize(); // (the last statement's)
    this.emit(O.LOAD_NONE);
    this.emit(O.RETURN_VALUE);
    const code = finishModule(u, this);
    return { code, globalNames: this.globalNames, imports: this.imports, source: this.source };
  }

  // -- blocks ------------------------------------------------------------------------------------

  /**
   * `: NEWLINE INDENT stmts DEDENT` or `: simple_stmts`. A block statement pushes its Block
   * first: past MAX_BLOCK_NESTING its suite reports it, once the header has parsed, at `nestPos`
   * (the statement's start, as CPython's compiler).
   */
  suite(what: string, headerTok: number, nestPos = this.t.start[headerTok]): void {
    // CPython's grammar forces the ':' after these headers; after the others it reports a
    // missing one only at the end of the line
    if (!this.at(T.COLON)) this.fail(FORCED_COLON.has(what) || this.at(T.NEWLINE) ? "expected ':'" : "invalid syntax");
    this.p++;
    if (this.fblocks() > MAX_BLOCK_NESTING) this.fail("too many statically nested blocks", nestPos);
    if (this.accept(T.NEWLINE)) {
      if (!this.at(T.INDENT)) {
        const line = this.source.line(this.t.start[headerTok]);
        this.fail(`expected an indented block after ${what} on line ${line}`, this.tokStart, "IndentationError");
      }
      this.p++;
      while (!this.at(T.DEDENT) && !this.at(T.EOF)) this.statement();
      this.accept(T.DEDENT);
    } else {
      this.simpleStatements();
    }
  }

  /** CPython's count of nested blocks in the current code object (see FBLOCKS). */
  fblocks(): number {
    let n = 0;
    for (const b of this.u.blocks) n += FBLOCKS[b.kind];
    return n;
  }

  /** Token index just past the suite whose ':' is at `i`. */
  skipSuite(i: number): number {
    i++;
    if (this.t.kind[i] === T.NEWLINE) {
      if (this.t.kind[i + 1] !== T.INDENT) return i + 1;
      return this.t.match[i + 1] + 1;
    }
    while (i < this.t.count && this.t.kind[i] !== T.NEWLINE && this.t.kind[i] !== T.EOF) {
      const k = this.t.kind[i];
      if (k === T.LPAR || k === T.LSQB || k === T.LBRACE || k === T.FSTRING_START) i = this.t.match[i] + 1;
      else i++;
    }
    return i + 1;
  }

  /** Index of the ':' ending a clause header starting at `i` (skipping brackets). */
  headerColon(i: number): number {
    while (i < this.t.count) {
      const k = this.t.kind[i];
      if (k === T.COLON) return i;
      if (k === T.NEWLINE || k === T.EOF) return -1;
      if (k === T.LPAR || k === T.LSQB || k === T.LBRACE || k === T.FSTRING_START) i = this.t.match[i] + 1;
      else if (k === T.KW_LAMBDA) {
        // a lambda's own ':' belongs to it
        i++;
        while (i < this.t.count && this.t.kind[i] !== T.COLON) i++;
        i++;
      } else i++;
    }
    return -1;
  }

  // -- statements --------------------------------------------------------------------------------

  statement(): void {
    this.checkSize();
    const u = this.u;
    u.depth = this.blockDepth();
    switch (this.kind) {
      case T.KW_IF:
        return this.ifStmt();
      case T.KW_WHILE:
        return this.whileStmt();
      case T.KW_FOR:
        return this.forStmt(false);
      case T.KW_TRY:
        return this.tryStmt();
      case T.KW_WITH:
        return this.withStmt(false);
      case T.KW_DEF:
        return this.funcDef([], false);
      case T.KW_CLASS:
        return this.classDef([]);
      case T.AT:
        return this.decorated();
      case T.KW_ASYNC: {
        const n = this.kindAt(this.p + 1);
        if (n === T.KW_DEF) {
          this.p++;
          return this.funcDef([], true);
        }
        if (n === T.KW_FOR) {
          this.p++;
          return this.forStmt(true);
        }
        if (n === T.KW_WITH) {
          this.p++;
          return this.withStmt(true);
        }
        // (at the token after `async`, as CPython)
        this.fail("invalid syntax", this.t.start[this.p + 1]);
        break;
      }
      case T.INDENT:
        this.unexpectedIndent();
        break;
      case T.NEWLINE:
        this.p++;
        return;
      case T.NAME:
        if (this.value() === "match") {
          if (this.isMatchStmt()) return compileMatch(this);
          return this.matchOrSimple();
        }
        break;
    }
    this.simpleStatements();
  }

  /**
   * A line starting with the soft keyword `match` that is no match header we recognise: simple
   * statements (`match(x)`, `match -x`); if they do not parse, CPython's error is the one of the
   * reading that got further, this one's or a match statement's (`match x` is "expected ':'",
   * `match x: pass` invalid syntax at `pass`).
   */
  matchOrSimple(): void {
    const p0 = this.p, u = this.u, depth = u.depth, nest = this.nestDepth;
    try {
      this.simpleStatements();
    } catch (e) {
      if (!(e instanceof CompileError) || e.type !== "SyntaxError") throw e;
      const p = this.p, reach = this.reach;
      this.p = p0;
      this.u = u;
      u.depth = depth;
      this.nestDepth = nest;
      try {
        compileMatch(this);
      } catch (m) {
        if (m instanceof CompileError && m.offset > e.offset) throw m;
      }
      this.p = p;
      this.reach = reach;
      throw e;
    }
  }

  /**
   * MemoryError once the code emitted so far stands for more than MAX_COMPILE_BYTES (checked at
   * each statement and each new code object: one statement alone emits code in proportion to its
   * text, and the source is at most MAX_SOURCE_CHARS).
   */
  checkSize(): void {
    let words = this.closedWords;
    for (let u: Unit | null = this.u; u !== null; u = u.parent) words += u.code.length;
    const copies = this.copyWords + (this.copyUnit === this.u ? this.u.here - this.copyStart : 0);
    if (words * COMPILE_WORD_BYTES + this.units * COMPILE_UNIT_BYTES > MAX_COMPILE_BYTES || copies > MAX_FINALLY_COPY_WORDS) {
      this.fail("program too large to compile", this.tokStart, "MemoryError");
    }
  }

  /** Stack depth at statement level inside the current blocks. */
  blockDepth(): number {
    const b = this.u.blocks;
    return b.length === 0 ? 0 : b[b.length - 1].depth;
  }

  simpleStatements(): void {
    for (;;) {
      this.u.depth = this.blockDepth();
      this.simpleStatement();
      if (this.accept(T.SEMI)) {
        if (this.at(T.NEWLINE) || this.at(T.EOF)) break;
        continue;
      }
      break;
    }
    if (this.at(T.EOF)) return;
    if (!this.accept(T.NEWLINE)) this.unexpectedAfterStatement();
  }

  unexpectedAfterStatement(): never {
    const k = this.kind;
    if (k === T.COLONEQUAL) this.fail("invalid syntax");
    if (k === T.NAME || k === T.INT || k === T.STRING || k === T.FLOAT) this.fail("invalid syntax");
    this.fail("invalid syntax");
  }

  simpleStatement(): void {
    const pos = this.tokStart;
    switch (this.kind) {
      case T.KW_PASS:
        this.p++;
        return;
      case T.KW_BREAK:
        this.p++;
        return this.breakStmt(pos);
      case T.KW_CONTINUE:
        this.p++;
        return this.continueStmt(pos);
      case T.KW_RETURN:
        return this.returnStmt();
      case T.KW_RAISE:
        return this.raiseStmt();
      case T.KW_GLOBAL:
      case T.KW_NONLOCAL:
        return this.globalStmt();
      case T.KW_DEL:
        return this.delStmt();
      case T.KW_ASSERT:
        return this.assertStmt();
      case T.KW_IMPORT:
        return this.importStmt();
      case T.KW_FROM:
        return this.fromImport();
    }
    if (!STARTS_EXPR[this.kind]) {
      if (this.kind === T.KW_ELSE || this.kind === T.KW_ELIF || this.kind === T.KW_EXCEPT || this.kind === T.KW_FINALLY) {
        this.fail("invalid syntax");
      }
      if (this.kind === T.RPAR || this.kind === T.RSQB || this.kind === T.RBRACE) this.fail(`unmatched '${T.KIND_TEXT[this.kind]}'`);
      this.fail("invalid syntax");
    }
    this.exprStatement();
  }

  exprStatement(): void {
    const pos = this.tokStart;
    const t = this.exprList(true, false, P.P_STATEMENT);
    const k = this.kind;
    if (k === T.EQUAL) return this.assignment(t);
    if (AUG_OPS[k] >= 0) return this.augAssign(t, AUG_OPS[k]);
    if (k === T.COLON) return this.annAssign(t);
    // expression statement: drop constants, pop the rest
    const u = this.u;
    if (t.k === K_OTHER && u.here === t.start + 2 && (u.code[t.start] === O.LOAD_CONST)) {
      u.cut(t.start);
      u.depth = t.depth;
      return;
    }
    if (t.k === K_NAME && u.kind === U_MODULE) {
      // a bare name still has to raise NameError when unbound
    }
    void pos;
    this.emit(O.POP_TOP);
  }

  assignment(first: Tgt): void {
    const targets: [Tgt, ReturnType<Compiler["cutTarget"]>][] = [];
    // CPython's parser, failing on any target, first reads the first target's items as named
    // expressions (its invalid_assignment rule): the last one, followed by `=` and a bitwise_or
    // value, gets "Maybe you meant '=='" (`a, f() = 1, 2`; `x = a, f() = 1` points at x)
    const eq0 = this.p;
    const hintAt = first.k !== K_TUPLE || first.paren ? first : this.t.kind[eq0 - 1] === T.COMMA ? null : first.elts!.at(-1)!;
    let t = first;
    while (this.at(T.EQUAL)) {
      if (hintAt !== null && !this.isTarget(t)) this.namedAssignHint(hintAt, eq0);
      targets.push([t, this.cutTarget(t)]);
      this.p++;
      if (this.at(T.KW_YIELD)) {
        const start = this.u.here, depth = this.u.depth, pos = this.tokStart;
        this.yieldExpr();
        t = { k: K_OTHER, start, end: this.u.here, pos, depth, what: "yield expression" };
      } else t = this.exprList(true);
    }
    if (this.kind !== T.NEWLINE && this.kind !== T.SEMI && this.kind !== T.EOF) {
      if (AUG_OPS[this.kind] >= 0) this.fail("invalid syntax");
    }
    for (let i = 0; i < targets.length; i++) {
      if (i < targets.length - 1) this.emit(O.DUP_TOP);
      const [tg, seg] = targets[i];
      this.emitStore(tg, seg, tg.start);
    }
  }

  augAssign(t: Tgt, inplace: number): void {
    // (the operator is placed at the statement, as CPython 3.11 does: `(x\n ) += "s"` fails on
    // the first line)
    const pos = t.pos;
    // (a yield_stmt ends at the operator: `yield x += 1` is invalid syntax there)
    if (t.what === "yield expression" && !t.paren) this.fail("invalid syntax");
    if (t.k !== K_NAME && t.k !== K_ATTR && t.k !== K_SUBSCR && t.k !== K_SLICE) {
      const what = t.k === K_TUPLE ? "tuple" : t.k === K_LIST ? "list" : t.what ?? "expression";
      this.fail(`'${what}' is an illegal expression for augmented assignment`, t.pos);
    }
    this.p++;
    const u = this.u;
    if (t.k === K_NAME) {
      this.dropTargetUses(t); // CPython: `x += 1` assigns x without using it
      this.augValue();
      this.emit(inplace, 0, 0, 0, pos);
      this.storeName(t.name!, t.pos);
      return;
    }
    const last = u.cut(t.objEnd!);
    if (t.k === K_ATTR) {
      u.adjust(-0); // object remains
      u.depth = t.depth + 1;
      this.emit(O.DUP_TOP);
      u.paste(last); // LOAD_ATTR
      this.augValue();
      this.emit(inplace, 0, 0, 0, pos);
      this.emit(O.ROT_TWO);
      this.emit(O.STORE_ATTR, last.code[1], u.newIC(), 0, last.pos[0]);
      return;
    }
    if (t.k === K_SLICE) {
      u.depth = t.depth + 3;
      this.emit(O.BUILD_SLICE, 2);
    } else u.depth = t.depth + 2;
    this.emit(O.DUP_TOP_TWO);
    this.emit(O.BINARY_SUBSCR, 0, 0, 0, t.pos);
    this.augValue();
    this.emit(inplace, 0, 0, 0, pos);
    this.emit(O.ROT_THREE);
    this.emit(O.STORE_SUBSCR, 0, 0, 0, t.pos);
  }

  /** The value of `x += v`: star expressions or a yield expression. */
  augValue(): void {
    if (this.at(T.KW_YIELD)) this.yieldExpr();
    else this.exprList(true);
  }

  annAssign(t: Tgt): void {
    if (t.k !== K_NAME && t.k !== K_ATTR && t.k !== K_SUBSCR && t.k !== K_SLICE) {
      // (CPython's rule for these messages needs an annotation after the ':')
      const k = this.kindAt(this.p + 1);
      if (!STARTS_EXPR[k] || k === T.STAR || k === T.KW_YIELD) this.fail("invalid syntax");
      if (t.k === K_TUPLE || t.k === K_LIST) this.fail(`only single target (not ${t.k === K_LIST ? "list" : "tuple"}) can be annotated`, t.pos);
      this.fail("illegal target for annotation", t.pos);
    }
    const simple = t.k === K_NAME && !t.paren;
    if (simple) {
      const err = annotationError(this.u, this.u.priv(t.name!), t.name!);
      if (err !== null) this.fail(err, t.pos);
      (this.u.annotated ??= new Set()).add(this.u.priv(t.name!));
    }
    const seg = this.cutTarget(t);
    this.p++; // ':'
    // The annotation is evaluated after the value. Module and class annotations of simple names
    // are kept in __annotations__; others are evaluated and dropped, as in CPython.
    const d0 = this.u.depth;
    const ann = this.annotationCode();
    if (this.accept(T.EQUAL)) {
      if (this.at(T.KW_YIELD)) this.yieldExpr();
      else this.exprList(true);
      this.emitStore(t, seg, t.start);
    } else if (simple) {
      if (this.u.kind !== U_MODULE && this.u.kind !== U_CLASS) this.declareAssigned(t.name!);
    } else if (t.k !== K_NAME) {
      // `a.b: int`, `d[k]: int`: the object and the index are evaluated (NameError if missing),
      // nothing is assigned
      this.pasteRange(seg, t.start, t.start, t.objEnd!);
      const n = t.k === K_ATTR ? 1 : t.k === K_SUBSCR ? 2 : 3;
      this.u.adjust(n);
      for (let i = 0; i < n; i++) this.emit(O.POP_TOP);
    }
    const keep = simple && (this.u.kind === U_MODULE || this.u.kind === U_CLASS);
    if (this.u.annoAt >= 0) this.u.code[this.u.annoAt] = O.SETUP_ANNOTATIONS;
    this.u.paste(ann);
    this.u.adjust(1);
    if (keep) {
      this.loadName("__annotations__", t.pos);
      this.loadConst(this.u.priv(t.name!));
      this.emit(O.STORE_SUBSCR);
    } else if (this.u.kind === U_MODULE || this.u.kind === U_CLASS) {
      this.emit(O.POP_TOP);
    } else {
      // annotations of locals are not evaluated in functions
      this.u.cut(this.u.here - ann.code.length);
      this.u.depth = d0;
    }
  }

  /** The docstring of the suite starting at the ':' at token i, or null. */
  docstring(i: number): string | null {
    i++;
    if (this.t.kind[i] === T.NEWLINE && this.t.kind[i + 1] === T.INDENT) i += 2;
    let doc: string | null = null;
    while (this.t.kind[i] === T.STRING) {
      const v = this.t.value[i];
      if (typeof v !== "string") return null; // (the statement reports it)
      doc = (doc ?? "") + v;
      i++;
    }
    const k = this.t.kind[i];
    return doc !== null && (k === T.NEWLINE || k === T.SEMI || k === T.EOF || k === T.DEDENT) ? doc : null;
  }

  // -- control flow ------------------------------------------------------------------------------

  ifStmt(): void {
    const ends: number[] = [];
    let headerTok = this.p;
    let what = "'if' statement";
    this.p++;
    for (;;) {
      this.u.depth = this.blockDepth();
      this.namedExpr();
      const jf = this.u.jump(O.POP_JUMP_IF_FALSE);
      this.suite(what, headerTok);
      if (this.at(T.KW_ELIF) || this.at(T.KW_ELSE)) ends.push(this.u.jump(O.JUMP));
      this.u.patch(jf);
      if (this.at(T.KW_ELIF)) {
        headerTok = this.p;
        what = "'elif' statement";
        this.p++;
        continue;
      }
      if (this.at(T.KW_ELSE)) {
        const et = this.p++;
        this.suite("'else' statement", et);
      }
      break;
    }
    for (const e of ends) this.u.patch(e);
  }

  whileStmt(): void {
    const headerTok = this.p++;
    const u = this.u;
    const depth = this.blockDepth();
    // while c: body   ->   JUMP test; top: body; test: c; POP_JUMP_IF_TRUE top
    const condStart = u.here;
    const cond = this.namedExpr();
    const alwaysTrue = cond.k === K_OTHER && u.here === cond.start + 2 && u.code[cond.start] === O.LOAD_CONST &&
      u.consts[u.code[cond.start + 1]] === true;
    const condSeg = u.cut(condStart);
    u.depth = depth;
    const toTest = alwaysTrue ? -1 : u.jump(O.JUMP);
    const top = u.here;
    const block: Block = { kind: B_WHILE, continueTarget: -1, breaks: [], depth };
    const continues: number[] = [];
    (block as Block & { continues: number[] }).continues = continues;
    u.blocks.push(block);
    this.suite("'while' statement", headerTok);
    u.blocks.pop();
    const test = u.here;
    for (const c of continues) u.patch(c, alwaysTrue ? top : test);
    // the back-edge carries the header's position (a budget or time-slice stop is reported there)
    const hpos = this.t.start[headerTok];
    if (alwaysTrue) {
      u.jumpTo(O.JUMP, top, hpos);
    } else {
      u.patch(toTest);
      u.paste(condSeg);
      u.adjust(1);
      u.jumpTo(O.POP_JUMP_IF_TRUE, top, hpos);
    }
    if (this.at(T.KW_ELSE)) {
      const et = this.p++;
      this.suite("'else' statement", et);
    }
    for (const b of block.breaks!) u.patch(b);
  }

  /** Parse a for-target list up to `in`. */
  targetList(): Tgt {
    const start = this.u.here, depth = this.u.depth, pos = this.tokStart;
    const elt = () => {
      if (this.at(T.STAR)) {
        const s = this.u.here, d = this.u.depth, ps = this.tokStart;
        this.p++;
        const inner = this.parse(P.P_CMP);
        return { k: 7, start: s, end: this.u.here, pos: ps, depth: d, elts: [inner] } as Tgt;
      }
      return this.parse(P.P_CMP);
    };
    const first = elt();
    if (!this.at(T.COMMA)) return first;
    const elts = [first];
    while (this.accept(T.COMMA)) {
      if (this.at(T.KW_IN)) break;
      elts.push(elt());
    }
    return this.buildSeq(elts, 5, start, depth, pos);
  }

  forStmt(isAsync: boolean): void {
    const headerTok = this.p++;
    const u = this.u;
    const pos = this.t.start[headerTok];
    // At module level `async for` runs its async iterator synchronously (the original's
    // extension, which its corpus checks); elsewhere it needs an async function, as in CPython.
    const sync = isAsync && u.kind === U_MODULE;
    if (isAsync && !sync) this.asyncStmtCheck("'async for' outside async function", headerTok - 1);
    const depth = this.blockDepth();
    const t = this.targetList();
    const seg = this.cutTarget(t);
    this.expect(T.KW_IN, "invalid syntax");
    this.exprList(true, false, P.P_WALRUS, true);
    // A generator (or async generator) made for this loop alone is closed when the loop is left
    // early, as CPython's reference counting does (its `finally` runs at the break).
    const last = u.code[u.lastAt];
    const owns = last === O.CALL || last === O.CALL_KW || last === O.CALL_EX || last === O.CALL_METHOD || last === O.CALL_METHOD_KW;
    if (isAsync) this.emit(O.GET_AITER, (sync ? 1 : 0) | (owns ? 2 : 0), 0, 0, pos);
    else this.emit(owns ? O.GET_ITER_OWN : O.GET_ITER, 0, 0, 0, pos);
    if (owns) u.code_.ownsIters = true;
    const top = u.here;
    // `async for` awaits each item; StopAsyncIteration from the await ends the loop (END_ASYNC_FOR)
    const next = isAsync && !sync ? this.emitAnext(pos) : null;
    const fi = next === null ? u.jump(O.FOR_ITER, pos) : -1;
    this.emitStore(t, seg, t.start);
    const block: Block = { kind: B_FOR, continueTarget: top, breaks: [], depth: depth + 1, owns };
    u.blocks.push(block);
    this.suite("'for' statement", headerTok, this.t.start[isAsync ? headerTok - 1 : headerTok]);
    u.blocks.pop();
    u.jumpTo(O.JUMP, top, pos);
    if (next !== null) this.endAsyncFor(next, pos);
    else u.patch(fi);
    u.depth = depth;
    if (this.at(T.KW_ELSE)) {
      const et = this.p++;
      this.suite("'else' statement", et);
    }
    for (const b of block.breaks!) u.patch(b);
  }

  /** `async for` / `async with` outside an async function (checked when CPython's compiler reaches it). */
  asyncStmtCheck(msg: string, asyncTok: number): void {
    const u = this.u;
    if (u.kind !== U_FUNCTION || !(u.code_.flags & CO_COROUTINE)) this.failLater(msg, this.t.start[asyncTok]);
  }

  /**
   * The head of an `async for` loop (the async iterator on the stack): await its next item, in a
   * region whose handler, placed by endAsyncFor after the loop's jump back, ends the loop.
   */
  emitAnext(pos: number): Region {
    const u = this.u;
    const r = u.openRegion();
    r.depth = u.depth;
    this.emit(O.GET_ANEXT, 0, 0, 0, pos);
    this.emit(O.LOAD_NONE);
    this.emitYieldFrom(pos);
    u.closeRegion(r);
    return r;
  }

  endAsyncFor(r: Region, pos: number): void {
    const u = this.u;
    r.handler = u.here;
    u.depth = r.depth + 1; // the async iterator and the exception
    this.emit(O.END_ASYNC_FOR, 0, 0, 0, pos);
  }

  /** Await TOS: a `yield from` loop, or at module level (`async with`) AWAIT_SYNC. */
  emitAwait(sync: boolean, pos: number): void {
    if (sync) this.emit(O.AWAIT_SYNC, 0, 0, 0, pos);
    else {
      this.emit(O.LOAD_NONE);
      this.emitYieldFrom(pos);
    }
  }

  innermostLoop(): number {
    const b = this.u.blocks;
    for (let i = b.length - 1; i >= 0; i--) {
      if (b[i].kind === B_FOR || b[i].kind === B_WHILE) return i;
    }
    return -1;
  }

  breakStmt(pos: number): void {
    const li = this.innermostLoop();
    if (li < 0) return this.failLater("'break' outside loop", pos);
    const paused = this.unwind(li + 1);
    const loop = this.u.blocks[li];
    if (loop.kind === B_FOR) this.emit(loop.owns ? O.CLOSE_ITER : O.POP_TOP);
    loop.breaks!.push(this.u.jump(O.JUMP));
    this.resume(paused);
  }

  continueStmt(pos: number): void {
    const li = this.innermostLoop();
    if (li < 0) return this.failLater("'continue' not properly in loop", pos);
    const paused = this.unwind(li + 1);
    const loop = this.u.blocks[li];
    if (loop.kind === B_WHILE) {
      (loop as Block & { continues: number[] }).continues.push(this.u.jump(O.JUMP));
    } else this.u.jumpTo(O.JUMP, loop.continueTarget!, pos);
    this.resume(paused);
  }

  returnStmt(): void {
    const pos = this.tokStart;
    this.p++;
    const u = this.u;
    const outside = !u.isFunctionLike || u.kind === U_COMPREHENSION;
    const hasValue = !(this.at(T.NEWLINE) || this.at(T.SEMI) || this.at(T.EOF));
    if (outside) {
      if (hasValue) {
        this.exprList(true);
        this.emit(O.POP_TOP);
      }
      return this.failLater("'return' outside function", pos);
    }
    if (hasValue && (u.code_.flags & CO_COROUTINE)) {
      // (a `yield` later in the body makes it an error too: see yieldExpr)
      if (u.code_.flags & CO_ASYNC_GENERATOR) this.fail("'return' with value in async generator", pos);
      if (u.valueReturn < 0) u.valueReturn = pos;
    }
    const valueAt = u.here;
    if (hasValue) this.exprList(true);
    else this.emit(O.LOAD_NONE);
    if (this.needsUnwind(0)) {
      // (a value that is not one constant counts as a block while the finally bodies it runs
      // are compiled: see FBLOCKS)
      const op = u.code[valueAt];
      const constant = u.here === valueAt + 1 + O.OP_ARGS[op] && (op === O.LOAD_CONST || op === O.LOAD_NONE);
      this.storeName(".ret");
      const paused = this.unwind(0, hasValue && !constant);
      this.loadName(".ret", pos);
      this.emit(O.RETURN_VALUE, 0, 0, 0, pos);
      this.resume(paused);
    } else {
      this.emit(O.RETURN_VALUE, 0, 0, 0, pos);
    }
  }

  needsUnwind(to: number): boolean {
    const b = this.u.blocks;
    for (let i = b.length - 1; i >= to; i--) {
      const k = b[i].kind;
      if (k === B_WITH || k === B_FINALLY || k === B_HANDLER || k === B_FINALLY_BODY || b[i].owns) return true;
    }
    return false;
  }

  /** Emit the exit actions of blocks[to..] (innermost first); returns the regions paused.
   * `popValue`: a return's value, which CPython counts as a block (see FBLOCKS). */
  unwind(to: number, popValue = false): Region[] {
    const u = this.u;
    const paused: Region[] = [];
    const saved = u.blocks;
    for (let i = saved.length - 1; i >= to; i--) {
      const b = saved[i];
      if (b.nameRegion && b.nameRegion.open >= 0) {
        u.pauseRegion(b.nameRegion);
        paused.push(b.nameRegion);
      }
      if (b.region && b.region.open >= 0) {
        u.pauseRegion(b.region);
        paused.push(b.region);
      }
      switch (b.kind) {
        case B_FOR:
          this.emit(b.owns ? O.CLOSE_ITER : O.POP_TOP);
          break;
        case B_WITH:
          this.emitWithExit(b.awaits ?? 0, b.pos!);
          break;
        case B_HANDLER:
          this.emit(O.POP_EXCEPT);
          if (b.asName) this.clearName(b.asName);
          break;
        case B_FINALLY_BODY:
          // (the exception being handled is dropped here)
          u.code_.catches = true;
          this.emit(O.POP_TOP);
          this.emit(O.POP_EXCEPT);
          break;
        case B_FINALLY: {
          // re-compile the finally body here, outside its own try
          const saveP = this.p;
          const saveDepth = u.depth;
          // (the copies nested in this one are part of it: see MAX_FINALLY_COPY_WORDS)
          const outermost = this.copyUnit === null;
          if (outermost) {
            this.copyUnit = u;
            this.copyStart = u.here;
          }
          u.blocks = saved.slice(0, i);
          if (popValue) u.blocks.push({ kind: B_POP_VALUE, depth: this.blockDepth() });
          this.p = b.finallyTok!;
          this.suite("'finally' statement", b.finallyTok! - 1);
          u.blocks = saved;
          if (outermost) {
            this.copyWords += u.here - this.copyStart;
            this.copyUnit = null;
          }
          this.p = saveP;
          u.depth = saveDepth;
          break;
        }
      }
    }
    return paused;
  }

  resume(paused: Region[]): void {
    for (const r of paused) this.u.resumeRegion(r);
  }

  clearName(name: string): void {
    this.emit(O.LOAD_NONE);
    this.storeName(name);
    this.declareAssigned(name);
    this.emit(O.NAME_DELETE, this.u.vnameIdx(this.u.priv(name)));
  }

  tryStmt(): void {
    const tryTok = this.p++;
    if (!this.at(T.COLON)) this.fail("expected ':'");
    // a body that is not indented is the first error, before the missing clauses (suite raises
    // CPython's IndentationError)
    if (this.t.kind[this.p + 1] === T.NEWLINE && this.t.kind[this.p + 2] !== T.INDENT) this.suite("'try' statement", tryTok);
    const u = this.u;
    const depth = this.blockDepth();
    // locate the clauses first (a return in the body re-compiles the finally body); an error in
    // them comes after one in the body, which CPython's parser reads first
    const clauseError = (fail: () => never): never => {
      try {
        fail();
      } catch (e) {
        if (e instanceof CompileError) {
          this.p = tryTok + 1;
          this.suite("'try' statement", tryTok);
        }
        throw e;
      }
    };
    const bodyEnd = this.skipSuite(this.p);
    const handlers: number[] = [];
    let i = bodyEnd;
    while (this.t.kind[i] === T.KW_EXCEPT) {
      handlers.push(i);
      const c = this.headerColon(i);
      if (c < 0) clauseError(() => this.exceptHeaderError(i));
      i = this.skipSuite(c);
    }
    let elseTok = -1, finallyTok = -1;
    if (this.t.kind[i] === T.KW_ELSE) {
      elseTok = i;
      i = this.skipSuite(i + 1);
    }
    if (this.t.kind[i] === T.KW_FINALLY) {
      finallyTok = i;
      i = this.skipSuite(i + 1);
    }
    const endTok = i;
    if (handlers.length === 0 && finallyTok < 0) {
      clauseError(() => {
        this.p = bodyEnd;
        this.fail("expected 'except' or 'finally' block");
      });
    }
    if (elseTok >= 0 && handlers.length === 0) {
      clauseError(() => {
        this.p = elseTok;
        this.fail("invalid syntax");
      });
    }
    let rf: Region | null = null;
    let finBlock: Block | null = null;
    if (finallyTok >= 0) {
      rf = u.openRegion();
      rf.depth = depth;
      finBlock = { kind: B_FINALLY, finallyTok: finallyTok + 1, region: rf, depth };
      u.blocks.push(finBlock);
    }
    if (handlers.length > 0) {
      u.code_.catches = true;
      const re = u.openRegion();
      re.depth = depth;
      // (a block only so that a return, break or continue in the body pauses the handlers'
      // region while it runs an enclosing finally body: what that raises is not for them)
      u.blocks.push({ kind: B_TRY, region: re, depth });
      this.suite("'try' statement", tryTok);
      u.blocks.pop();
      u.closeRegion(re);
      if (elseTok >= 0) {
        this.p = elseTok + 1;
        this.suite("'else' statement", elseTok);
      }
      const toEnd = [u.jump(O.JUMP)];
      // handlers
      re.handler = u.here;
      u.depth = depth + 1;
      this.emit(O.PUSH_EXC_INFO);
      const rh = u.openRegion();
      rh.depth = depth + 1;
      let bare = false;
      for (let h = 0; h < handlers.length; h++) {
        const hTok = handlers[h];
        this.p = hTok + 1;
        u.depth = depth + 2;
        let jnext = -1;
        if (this.at(T.STAR)) this.fail("except* is not supported");
        if (!this.at(T.COLON)) {
          const tpos = this.tokStart;
          const types = this.expr();
          if (this.at(T.COMMA)) this.exceptTypesError(types);
          this.emit(O.CHECK_EXC_MATCH, 0, 0, 0, tpos);
          jnext = u.jump(O.POP_JUMP_IF_FALSE);
        } else {
          bare = true;
          // (CPython's compiler reports it at the bare clause, before compiling its body)
          if (h < handlers.length - 1) this.failLater("default 'except:' must be last", this.t.start[hTok]);
        }
        let asName: string | undefined;
        let rn: Region | undefined;
        if (this.accept(T.KW_AS)) {
          const nt = this.expect(T.NAME, "invalid syntax");
          asName = this.value(nt) as string;
          this.forbiddenName(asName, this.t.start[hTok]);
          this.storeName(asName);
          // `except E as e:` deletes e however the body is left: an exception raised in the
          // body goes through rn's handler, which clears the name and re-raises (as CPython)
          rn = u.openRegion();
          rn.depth = depth + 1;
        } else this.emit(O.POP_TOP);
        // (leaving the handler by return/break/continue ends its cleanup region before its
        // POP_EXCEPT: what runs after, a finally body or a with's __exit__, must not unwind into
        // the cleanup, which would pop the exception state a second time)
        const hb: Block = { kind: B_HANDLER, region: rh, depth: depth + 1, asName, nameRegion: rn };
        u.blocks.push(hb);
        this.suite("'except' statement", hTok);
        u.blocks.pop();
        if (rn) u.closeRegion(rn);
        u.depth = depth + 1;
        this.emit(O.POP_EXCEPT);
        if (asName) this.clearName(asName);
        toEnd.push(u.jump(O.JUMP));
        if (rn) {
          rn.handler = u.here;
          u.depth = depth + 2;
          this.clearName(asName!);
          this.emit(O.RERAISE);
        }
        if (jnext >= 0) u.patch(jnext);
      }
      u.depth = depth + 2;
      if (!bare) this.emit(O.RERAISE);
      u.closeRegion(rh);
      rh.handler = u.here;
      u.depth = depth + 2;
      this.emit(O.ROT_TWO);
      this.emit(O.POP_EXCEPT);
      this.emit(O.RERAISE);
      for (const j of toEnd) u.patch(j);
      u.depth = depth;
    } else {
      this.suite("'try' statement", tryTok);
    }
    if (rf !== null) {
      u.blocks.pop();
      u.closeRegion(rf);
      // normal path
      u.depth = depth;
      this.p = finallyTok + 1;
      this.suite("'finally' statement", finallyTok);
      const jend = u.jump(O.JUMP);
      // exception path: the finally body again, then re-raise
      rf.handler = u.here;
      u.depth = depth + 1;
      this.emit(O.PUSH_EXC_INFO);
      const rc = u.openRegion();
      rc.depth = depth + 1;
      u.blocks.push({ kind: B_FINALLY_BODY, region: rc, depth: depth + 2 });
      this.p = finallyTok + 1;
      this.suite("'finally' statement", finallyTok);
      u.blocks.pop();
      u.depth = depth + 2;
      this.emit(O.RERAISE);
      u.closeRegion(rc);
      rc.handler = u.here;
      u.depth = depth + 2;
      this.emit(O.ROT_TWO);
      this.emit(O.POP_EXCEPT);
      this.emit(O.RERAISE);
      u.patch(jend);
      u.depth = depth;
    }
    this.p = endTok;
  }

  /** `except A, B:` (at the comma after `types`): CPython's invalid_except_stmt names it when
   * the rest of the header is `expressions ['as' NAME] ':'`, else it is invalid syntax at the comma. */
  exceptTypesError(types: Tgt): never {
    const comma = this.p;
    let header = false;
    try {
      this.p++;
      // `expressions`: one or more, an optional trailing comma (the code emitted is thrown away)
      if (!this.at(T.COLON) && !this.at(T.KW_AS)) {
        for (;;) {
          this.expr();
          if (!this.accept(T.COMMA) || this.at(T.COLON) || this.at(T.KW_AS)) break;
        }
        if (this.accept(T.KW_AS)) this.expect(T.NAME, "invalid syntax");
        header = this.at(T.COLON);
      }
    } catch (e) {
      if (!(e instanceof CompileError)) throw e;
    }
    if (header) this.fail("multiple exception types must be parenthesized", types.pos);
    this.p = comma;
    this.fail("invalid syntax");
  }

  /**
   * The header of except clause `i` has no colon: the error CPython's parser reports reading it
   * ("expected ':'" only after `except`, `except E` or `except E as name`; `except A, B` is invalid
   * syntax at the comma).
   */
  exceptHeaderError(i: number): never {
    this.p = i + 1;
    if (this.at(T.STAR)) this.fail("except* is not supported");
    if (!this.at(T.NEWLINE) && !this.at(T.EOF)) {
      this.expr();
      if (this.at(T.COMMA)) this.fail("invalid syntax");
      if (this.accept(T.KW_AS)) this.expect(T.NAME, "invalid syntax");
    }
    this.fail(this.at(T.NEWLINE) || this.at(T.EOF) ? "expected ':'" : "invalid syntax");
  }

  withStmt(isAsync: boolean): void {
    const headerTok = this.p++;
    // (at module level: the original's extension, as `async for`)
    if (isAsync && this.u.kind !== U_MODULE) this.asyncStmtCheck("'async with' outside async function", headerTok - 1);
    // parenthesised items: with (a as x, b as y):
    if (this.at(T.LPAR)) {
      const close = this.t.match[this.p];
      // (`as` at its top level: no expression, so no other reading; a missing colon after it is
      // "expected ':'" or invalid syntax, as after other items)
      if (this.hasTopLevel(this.p, T.KW_AS)) {
        this.p++;
        this.withItems(headerTok, isAsync, close);
        return;
      }
    }
    this.withItems(headerTok, isAsync, -1);
  }

  hasTopLevel(open: number, kind: number): boolean {
    const close = this.t.match[open];
    for (let i = open + 1; i < close;) {
      const k = this.t.kind[i];
      if (k === kind) return true;
      if (k === T.LPAR || k === T.LSQB || k === T.LBRACE || k === T.FSTRING_START) i = this.t.match[i] + 1;
      else i++;
    }
    return false;
  }

  /**
   * The items of a with statement, then its body, then each item's exit, innermost first. (A
   * loop, not a recursion: a statement with thousands of items must not grow the JS stack before
   * its suite reports "too many statically nested blocks".)
   */
  withItems(headerTok: number, isAsync: boolean, closeParen: number): void {
    const u = this.u;
    // __enter__ and __exit__ run "at" the statement's first line (its `async` or `with`), for
    // every item, as CPython 3.12 reports them (3.13 reports the item's line)
    const withPos = this.t.start[isAsync ? headerTok - 1 : headerTok];
    // async: 0 no, 1 awaits in a coroutine, 2 at module level (AWAIT_SYNC)
    const awaits = !isAsync ? 0 : u.kind === U_MODULE ? 2 : 1;
    // each item's stack depth before it and its protected region
    const items: { depth: number; rw: Region }[] = [];
    for (;;) {
      const depth = u.depth;
      this.expr();
      if (awaits !== 0) {
        this.emit(O.BEFORE_ASYNC_WITH, 0, 0, 0, withPos);
        this.emitAwait(awaits === 2, withPos);
      } else this.emit(O.BEFORE_WITH, 0, 0, 0, withPos);
      // binding the target is inside the protected region: if it fails, __exit__ sees the error
      const rw = u.openRegion();
      rw.depth = depth + 1;
      if (this.accept(T.KW_AS)) {
        let t: Tgt;
        if (this.at(T.STAR)) {
          // `with c as *a:` (a starred target is an error of its own)
          const s = this.u.here, d = this.u.depth, ps = this.tokStart;
          this.p++;
          t = { k: 7, start: s, end: this.u.here, pos: ps, depth: d, elts: [this.parse(P.P_CMP)] };
        } else t = this.parse(P.P_CMP);
        const seg = this.cutTarget(t);
        this.emitStore(t, seg, t.start);
      } else this.emit(O.POP_TOP);
      u.blocks.push({ kind: B_WITH, region: rw, depth: depth + 1, pos: withPos, awaits });
      items.push({ depth, rw });
      if (!this.accept(T.COMMA) || (closeParen >= 0 && this.p === closeParen)) break;
      u.depth = depth + 1;
    }
    if (closeParen >= 0) {
      this.expect(T.RPAR);
    }
    this.suite("'with' statement", headerTok, withPos);
    for (let i = items.length - 1; i >= 0; i--) {
      const { depth, rw } = items[i];
      u.blocks.pop();
      u.closeRegion(rw);
      u.depth = depth + 1;
      this.emitWithExit(awaits, withPos);
      const jend = u.jump(O.JUMP);
      rw.handler = u.here;
      u.depth = depth + 2;
      this.emit(O.PUSH_EXC_INFO);
      const rc = u.openRegion();
      rc.depth = depth + 2;
      if (awaits !== 0) {
        this.emit(O.WITH_EXCEPT_ASYNC, 0, 0, 0, withPos);
        this.emitAwait(awaits === 2, withPos);
      } else this.emit(O.WITH_EXCEPT, 0, 0, 0, withPos);
      const jsup = u.jump(O.POP_JUMP_IF_TRUE);
      this.emit(O.RERAISE);
      u.patch(jsup);
      u.depth = depth + 3;
      this.emit(O.POP_TOP);
      this.emit(O.POP_EXCEPT);
      this.emit(O.POP_TOP);
      const jend2 = u.jump(O.JUMP);
      u.closeRegion(rc);
      rc.handler = u.here;
      u.depth = depth + 3;
      this.emit(O.ROT_TWO);
      this.emit(O.POP_EXCEPT);
      this.emit(O.RERAISE);
      u.patch(jend);
      u.patch(jend2);
      u.depth = depth;
    }
  }

  /** A `with` block's normal exit: call the __exit__ on TOS (an `async with`'s __aexit__, awaited) and pop it. */
  emitWithExit(awaits: number, pos: number): void {
    if (awaits === 0) {
      this.emit(O.WITH_EXIT, 0, 0, 0, pos);
      return;
    }
    this.emit(O.ASYNC_WITH_EXIT, 0, 0, 0, pos);
    this.emitAwait(awaits === 2, pos);
    this.emit(O.POP_TOP);
  }

  raiseStmt(): void {
    const pos = this.tokStart;
    this.p++;
    if (this.at(T.NEWLINE) || this.at(T.SEMI) || this.at(T.EOF)) {
      this.emit(O.RAISE, 0, 0, 0, pos);
      return;
    }
    this.expr();
    if (this.accept(T.KW_FROM)) {
      this.expr();
      this.emit(O.RAISE, 2, 0, 0, pos);
    } else this.emit(O.RAISE, 1, 0, 0, pos);
  }

  globalStmt(): void {
    const isGlobal = this.kind === T.KW_GLOBAL;
    const tok = this.p++;
    const pos = this.t.start[tok];
    const u = this.u;
    if (!isGlobal && u.kind === U_MODULE) {
      // a malformed statement (`nonlocal = 1`) is CPython's parser's error, reported first
      const kind = this.t.kind;
      let i = tok + 1;
      while (kind[i] === T.NAME && kind[i + 1] === T.COMMA) i += 2;
      if (kind[i] === T.NAME) i++;
      if (i === tok + 1 || (kind[i] !== T.NEWLINE && kind[i] !== T.SEMI && kind[i] !== T.EOF)) this.fail("invalid syntax", this.t.start[i]);
      // CPython finds this when it resolves the module's names, after every parser error and
      // every misplaced declaration (`x = 1; nonlocal x`, below) in the module
      this.moduleNonlocal ??= new CompileError("nonlocal declaration not allowed at module level", pos);
    }
    for (;;) {
      const written = this.value(this.expect(T.NAME, "invalid syntax")) as string;
      const name = u.priv(written);
      const err = declareName(u, name, isGlobal, tok, written);
      if (err !== null) this.fail(err, pos);
      if (isGlobal ? u.nonlocals.has(name) : u.globals.has(name)) {
        // CPython reports this at the name's first declaration
        this.fail(`name '${written}' is nonlocal and global`, this.t.start[u.declared!.get(name)!]);
      }
      u.declare(name, isGlobal);
      if (!this.accept(T.COMMA)) break;
    }
  }

  delStmt(): void {
    this.p++;
    const t = this.exprList(true, true);
    this.notAfterExpr = -1; // (targets: no comparison, so a `not` after one is the error itself)
    this.dropTargetUses(t);
    const seg = this.u.cut(t.start);
    this.u.depth = t.depth;
    this.emitDelete(t, seg, t.start);
  }

  assertStmt(): void {
    const stmtPos = this.tokStart;
    this.p++;
    // (CPython 3.11 raises at the test's last comparison, if any, else at the statement)
    const pos = this.expr().cond ?? stmtPos;
    const j = this.u.jump(O.POP_JUMP_IF_TRUE);
    this.emit(O.LOAD_ASSERTION_ERROR, 0, 0, 0, pos);
    if (this.accept(T.COMMA)) {
      this.expr();
      this.emit(O.CALL, 1, 0, 0, pos);
    }
    this.emit(O.RAISE, 1, 0, 0, pos);
    this.u.patch(j);
  }

  // -- imports -------------------------------------------------------------------------------------

  /** A module spec: dotted name or quoted string. */
  moduleSpec(): { spec: string; quoted: boolean; pos: number } {
    const pos = this.tokStart;
    if (this.at(T.STRING)) {
      const spec = this.literal() as string;
      this.p++;
      return { spec, quoted: true, pos };
    }
    let name = this.value(this.expect(T.NAME, "invalid syntax")) as string;
    while (this.accept(T.DOT)) name += "." + (this.value(this.expect(T.NAME, "invalid syntax")) as string);
    return { spec: name, quoted: false, pos };
  }

  /**
   * `from __future__ import ...`: a directive to the compiler, as in CPython, valid only at the
   * start of the module. Every feature CPython knows is accepted; only `annotations` changes
   * anything here (the others are on in Python 3). No name is bound.
   */
  futureImport(pos: number): void {
    this.expect(T.KW_IMPORT, "invalid syntax");
    // (after a `;`, only another future import may come before it on its line)
    const afterOther = this.t.kind[this.p - 4] === T.SEMI && !this.isFuture;
    // (and inside a compound statement it is indented)
    const indented = this.t.kind[this.p - 4] !== T.SEMI && pos > this.src.lastIndexOf("\n", pos - 1) + 1;
    // CPython checks the future imports of the module's top level once the whole file has parsed,
    // before anything else (its future.c); one elsewhere, as its compiler meets it
    const topLevel = this.u.kind === U_MODULE && !indented;
    const failFuture = (msg: string) => {
      if (topLevel) this.futureError ??= new CompileError(msg, pos);
      else this.failLater(msg, pos);
    };
    if (!topLevel || !this.futureAllowed || afterOther) failFuture("from __future__ imports must occur at the beginning of the file");
    this.isFuture = true;
    if (this.at(T.STAR)) {
      // (the parser takes it as any `from m import *`)
      if (this.u.kind !== U_MODULE) this.fail("import * only allowed at module level");
      this.p++;
      failFuture("future feature * is not defined");
      return;
    }
    const paren = this.accept(T.LPAR);
    for (;;) {
      const name = this.value(this.expect(T.NAME, "invalid syntax")) as string;
      if (name === "braces") failFuture("not a chance");
      else if (!FUTURE_FEATURES.has(name)) failFuture(`future feature ${name} is not defined`);
      if (name === "annotations") this.futureAnnotations = true;
      if (this.accept(T.KW_AS)) this.expect(T.NAME, "invalid syntax");
      if (!this.accept(T.COMMA)) break;
      if (paren && this.at(T.RPAR)) break;
      if (!paren && this.at(T.NEWLINE)) this.fail("trailing comma not allowed without surrounding parentheses");
    }
    if (paren) this.expect(T.RPAR);
  }

  importStmt(): void {
    const stmtPos = this.tokStart;
    this.p++;
    let renamed = false;
    for (;;) {
      const m = this.moduleSpec();
      this.imports.push(m);
      this.emit(O.IMPORT_NAME, this.u.newConst(m.spec), 0, 0, m.pos);
      if (this.accept(T.KW_AS)) {
        renamed = true;
        const nt = this.expect(T.NAME, "invalid syntax");
        this.storeImported(this.value(nt) as string, stmtPos);
      } else {
        if (m.quoted) this.fail("a quoted import needs 'as NAME'", m.pos);
        const first = m.spec.split(".")[0];
        if (first !== m.spec) {
          this.emit(O.POP_TOP);
          this.emit(O.IMPORT_NAME, this.u.newConst(first), 0, 0, m.pos);
          this.imports.push({ spec: first, quoted: false, pos: m.pos });
        }
        this.storeImported(first, stmtPos);
      }
      if (!this.accept(T.COMMA)) break;
    }
    // `import a from b` (CPython 3.12's invalid_import)
    if (!renamed && this.at(T.KW_FROM) && this.kindAt(this.p + 1) === T.NAME) {
      this.fail("Did you mean to use 'from ... import ...' instead?", stmtPos);
    }
  }

  fromImport(): void {
    const fromPos = this.tokStart;
    this.p++;
    // A relative import's spec starts with its dots (`..m`, or `.` alone). The host has no package
    // to resolve it in (the main script is none), so it is not listed among the imports: the VM
    // raises CPython's ImportError when the statement runs.
    let dots = "";
    const dotsPos = this.tokStart;
    for (;;) {
      if (this.accept(T.DOT)) dots += ".";
      else if (this.accept(T.ELLIPSIS)) dots += "...";
      else break;
    }
    const m = dots !== "" && this.at(T.KW_IMPORT) ? { spec: dots, quoted: false, pos: dotsPos } : this.moduleSpec();
    if (dots !== "") {
      if (m.quoted) this.fail("invalid syntax", m.pos);
      m.spec = dots + m.spec;
      m.pos = dotsPos;
    } else {
      if (m.spec === "__future__" && this.t.kind[this.p - 1] === T.NAME) return this.futureImport(fromPos);
      this.imports.push(m);
    }
    this.expect(T.KW_IMPORT, "invalid syntax");
    this.emit(O.IMPORT_NAME, this.u.newConst(m.spec), 0, 0, m.pos);
    const starPos = this.tokStart;
    if (this.accept(T.STAR)) {
      if (this.u.kind !== U_MODULE) this.fail("import * only allowed at module level", starPos);
      this.u.starImport = true;
      this.emit(O.IMPORT_STAR);
      return;
    }
    const paren = this.accept(T.LPAR);
    for (;;) {
      const pos = this.tokStart;
      const nt = this.expect(T.NAME, "invalid syntax");
      const name = this.value(nt) as string;
      this.emit(O.IMPORT_FROM, this.u.nameIdx(name), 0, 0, pos);
      let as = name;
      if (this.accept(T.KW_AS)) as = this.value(this.expect(T.NAME, "invalid syntax")) as string;
      this.storeImported(as, fromPos);
      if (!this.accept(T.COMMA)) break;
      if (paren && this.at(T.RPAR)) break;
      if (!paren && this.at(T.NEWLINE)) this.fail("trailing comma not allowed without surrounding parentheses");
    }
    if (paren) this.expect(T.RPAR);
    this.emit(O.POP_TOP);
  }

  // -- functions and classes -----------------------------------------------------------------------

  decorated(): void {
    const decos: number[] = [];
    while (this.at(T.AT)) {
      decos.push(this.tokStart);
      this.p++;
      this.namedExpr();
      this.expect(T.NEWLINE, "invalid syntax");
    }
    if (this.at(T.KW_DEF)) return this.funcDef(decos, false);
    if (this.at(T.KW_ASYNC) && this.kindAt(this.p + 1) === T.KW_DEF) {
      this.p++;
      return this.funcDef(decos, true);
    }
    if (this.at(T.KW_CLASS)) return this.classDef(decos);
    if (this.at(T.INDENT)) this.unexpectedIndent();
    // (CPython's error when its parser fails at a dedent; no caret)
    if (this.at(T.DEDENT)) {
      if (this.tokStart >= this.src.length) this.fail("unexpected unindent", this.tokStart, "IndentationError");
      throw new CompileError("unexpected unindent", this.tokStart, "IndentationError", -1, true);
    }
    // (`async` not followed by `def`: at the token after it, as CPython)
    this.fail("invalid syntax", this.t.start[this.at(T.KW_ASYNC) ? this.p + 1 : this.p]);
  }

  /** The __qualname__ of a def, class, lambda or comprehension named `name` in the current unit
   * (CPython's compiler_set_qualname): the parent's qualname, plus "<locals>" after a function or
   * lambda (a class or a comprehension, a frame of its own here as in 3.11, adds just its name);
   * a def or class whose name the parent declares `global` gets the bare name. */
  qualname(name: string, kind: number): string {
    const u = this.u;
    if (u.kind === U_MODULE) return name;
    if ((kind === U_FUNCTION || kind === U_CLASS) && u.globals.has(u.priv(name))) return name;
    const base = u.code_.qualname;
    return u.kind === U_CLASS || u.kind === U_COMPREHENSION ? `${base}.${name}` : `${base}.<locals>.${name}`;
  }

  /**
   * Parameters up to `end` (RPAR for def, COLON for lambda). Defaults are emitted into the
   * current (enclosing) unit; returns the signature and MAKE_FUNCTION flags.
   */
  params(end: number, annotations: boolean): {
    names: string[];
    argcount: number;
    posonly: number;
    kwonly: number;
    varargs: boolean;
    varkw: boolean;
    flags: number;
    anns: [string, Segment][];
  } {
    const names: string[] = [];
    const kwonlyNames: string[] = [];
    let posonly = 0, nDefaults = 0, nKwDefaults = 0;
    let varargs: string | null = null, varkw: string | null = null;
    let star = false, starredAnnotation = false;
    let sawDefault = false;
    let defaultsBuilt = false;
    const seen = new Set<string>();
    // parameters are mangled inside a class (`__a` is `_C__a`); a duplicate is reported as written
    // (at `pos`, its `*` or `**` included), `__debug__` at the name (CPython 3.12's compiler)
    const addName = (n: string, pos: number, namePos = pos): string => {
      if (seen.has(n)) this.fail(`duplicate argument '${n}' in function definition`, pos);
      seen.add(n);
      this.forbiddenName(n, namePos);
      return this.u.mangle(n);
    };
    // `= ` with nothing after it (CPython's invalid_default)
    const defaultValue = () => {
      const eq = this.tokStart;
      this.p++;
      if (this.at(T.RPAR) || this.at(T.COMMA)) this.fail("expected default value expression", eq);
      this.expr();
    };
    // annotation code is cut out and kept; funcDef emits it after the defaults
    const anns: [string, Segment][] = [];
    const annotation = (name: string, starred = false) => {
      if (annotations && this.accept(T.COLON)) anns.push([name, this.annotationCode(starred)]);
    };
    while (!this.at(end)) {
      const pos = this.tokStart;
      if (this.accept(T.DOUBLESTAR)) {
        const n = addName(this.value(this.expect(T.NAME, "invalid syntax")) as string, pos, this.t.start[this.p - 1]);
        varkw = n;
        annotation(n);
        if (this.at(T.EQUAL)) this.fail("var-keyword argument cannot have default value");
        // (CPython's message for a parameter, `*`, `**` or `/` after it)
        const k = this.accept(T.COMMA) ? this.kind : -1;
        if (k === T.NAME || k === T.STAR || k === T.DOUBLESTAR || k === T.SLASH) this.fail("arguments cannot follow var-keyword argument");
        if (!this.at(end)) this.fail("invalid syntax");
        break;
      }
      if (this.accept(T.STAR)) {
        // (CPython's rules for these messages do not take a starred annotation)
        // (and need a parameter or a comma after the second `*`)
        const twice = !starredAnnotation && (this.at(T.NAME) || this.at(T.COMMA));
        if (star) this.fail(twice ? "* argument may appear only once" : "invalid syntax", pos);
        star = true;
        if (nDefaults > 0) {
          this.emit(O.BUILD_TUPLE, nDefaults);
          defaultsBuilt = true;
        }
        if (this.at(T.NAME)) {
          const n = addName(this.value() as string, pos, this.tokStart);
          this.p++;
          varargs = n;
          starredAnnotation = annotations && this.at(T.COLON) && this.kindAt(this.p + 1) === T.STAR;
          annotation(n, true);
          if (this.at(T.EQUAL)) this.fail(starredAnnotation ? "invalid syntax" : "var-positional argument cannot have default value");
        } else if (
          (this.at(end) && !this.closedAtEnd(this.p)) ||
          (this.at(T.COMMA) && ((this.kindAt(this.p + 1) === end && !this.closedAtEnd(this.p + 1)) || this.kindAt(this.p + 1) === T.DOUBLESTAR))
        ) {
          // CPython points at the `*` of a def, at the token after `*,` of a lambda
          this.fail("named arguments must follow bare *", end === T.RPAR ? pos : this.t.start[this.at(end) ? this.p : this.p + 1]);
        }
        if (!this.accept(T.COMMA)) break;
        continue;
      }
      if (this.accept(T.SLASH)) {
        if (star) this.fail("/ must be ahead of *", pos);
        if (posonly > 0) this.fail("/ may appear only once", pos);
        if (names.length === 0) this.fail(this.at(T.COMMA) ? "at least one argument must precede /" : "invalid syntax", pos);
        posonly = names.length;
        if (this.at(T.STAR)) this.fail("expected comma between / and *");
        if (!this.accept(T.COMMA)) break;
        continue;
      }
      if (this.at(T.LPAR) && !star && !sawDefault && posonly === 0) this.parenthesizedParams(annotations);
      const n = addName(this.value(this.expect(T.NAME, "invalid syntax")) as string, pos);
      annotation(n);
      if (star) {
        kwonlyNames.push(n);
        if (this.at(T.EQUAL)) {
          this.loadConst(n);
          defaultValue();
          nKwDefaults++;
        }
      } else {
        names.push(n);
        if (this.at(T.EQUAL)) {
          defaultValue();
          nDefaults++;
          sawDefault = true;
        } else if (sawDefault) {
          this.fail("parameter without a default follows parameter with a default", pos);
        }
      }
      if (!this.accept(T.COMMA)) break;
    }
    // stack now: the positional defaults tuple (or the defaults themselves), then kw name/value pairs
    let flags = 0;
    if (nDefaults > 0) {
      if (!defaultsBuilt) this.emit(O.BUILD_TUPLE, nDefaults);
      flags |= 1;
    }
    if (nKwDefaults > 0) {
      this.emit(O.BUILD_MAP, nKwDefaults);
      flags |= 2;
    }
    const all = names.concat(kwonlyNames);
    if (varargs !== null) all.push(varargs);
    if (varkw !== null) all.push(varkw);
    return {
      names: all,
      argcount: names.length,
      posonly,
      kwonly: kwonlyNames.length,
      varargs: varargs !== null,
      varkw: varkw !== null,
      flags,
      anns,
    };
  }

  /**
   * `def f((a, b)):` (Python 2's tuple parameters): CPython's "cannot be parenthesized" when the
   * brackets hold plain parameters (names, annotated in a def) and only plain parameters came
   * before; else the `(` is invalid syntax.
   */
  parenthesizedParams(annotations: boolean): void {
    const open = this.p, close = this.t.match[open], kind = this.t.kind;
    let i = open + 1;
    for (;;) {
      if (kind[i] !== T.NAME) return;
      i++;
      if (annotations && kind[i] === T.COLON) {
        // (the annotation: anything up to the next comma outside brackets)
        const from = ++i;
        while (i < close && kind[i] !== T.COMMA) i = kind[i] === T.LPAR || kind[i] === T.LSQB || kind[i] === T.LBRACE ? this.t.match[i] + 1 : i + 1;
        if (i === from) return;
      }
      if (i === close) break;
      if (kind[i] !== T.COMMA) return;
      if (++i === close) break;
    }
    this.fail(`${annotations ? "Function" : "Lambda expression"} parameters cannot be parenthesized`, this.t.start[open]);
  }

  funcDef(decos: number[], isAsync: boolean): void {
    const defTok = this.p++;
    const pos = this.t.start[defTok];
    const nameTok = this.expect(T.NAME, "invalid syntax");
    const name = this.value(nameTok) as string;
    if (!this.at(T.LPAR)) this.fail("expected '('");
    this.p++;
    const sig = this.params(T.RPAR, true);
    this.expect(T.RPAR);
    if (this.at(T.RARROW)) {
      // (with no expression after it, CPython's parser drops the `->` and wants the `:` there)
      const arrow = this.tokStart;
      this.p++;
      if (!STARTS_EXPR[this.kind] || this.at(T.STAR) || this.at(T.KW_YIELD)) this.fail("expected ':'", arrow);
      sig.anns.push(["return", this.annotationCode()]);
    }
    if (sig.anns.length > 0) {
      for (const [n, seg] of sig.anns) {
        this.loadConst(n);
        this.u.paste(seg);
        this.u.adjust(1);
      }
      this.emit(O.BUILD_MAP, sig.anns.length);
      sig.flags |= 4;
    }
    const doc = this.docstring(this.p);
    const child = this.openUnit(U_FUNCTION, name, sig);
    // co_firstlineno: the first decorator's line, else the def's
    child.code_.firstOffset = decos.length > 0 ? decos[0] : pos;
    child.code_.doc = doc;
    if (isAsync) child.code_.flags |= CO_COROUTINE;
    this.suite("function definition", defTok);
    this.emit(O.LOAD_NONE);
    this.emit(O.RETURN_VALUE);
    this.closeUnit(child, sig.flags, pos);
    for (let i = 0; i < decos.length; i++) this.emit(O.CALL, 1, 0, 0, decos[decos.length - 1 - i]);
    // (`async def __debug__()` is reported at the `async`)
    this.storeName(name, isAsync ? this.t.start[defTok - 1] : pos);
  }

  openUnit(kind: number, name: string, sig: { names: string[]; argcount: number; posonly: number; kwonly: number; varargs: boolean; varkw: boolean }): Unit {
    const parent = this.u;
    const child = new Unit(kind, parent, name);
    child.code_.qualname = this.qualname(name, kind);
    child.code_.name = name;
    child.params = sig.names;
    for (const n of sig.names) child.assigned.add(n);
    const c = child.code_;
    c.argcount = sig.argcount;
    c.posonlyargcount = sig.posonly;
    c.kwonlyargcount = sig.kwonly;
    if (sig.varargs) c.flags |= CO_VARARGS;
    if (sig.varkw) c.flags |= CO_VARKEYWORDS;
    c.firstOffset = this.tokStart;
    parent.children.push(child);
    this.u = child;
    this.units++;
    this.checkSize();
    return child;
  }

  closeUnit(child: Unit, mfFlags: number, pos: number): void {
    this.u = child.parent!;
    this.closedWords += child.code.length;
    child.constSlot = this.u.newConst(child);
    this.emit(O.MAKE_FUNCTION, child.constSlot, mfFlags, 0, pos);
  }

  override lambda(): void {
    const pos = this.tokStart, lambdaTok = this.p++;
    const sig = this.params(T.COLON, false);
    if (!this.at(T.COLON)) this.fail("invalid syntax");
    if (this.fieldOpen >= 0) this.fieldLambda(lambdaTok, this.p);
    this.p++;
    const child = this.openUnit(U_LAMBDA, "<lambda>", sig);
    child.code_.firstOffset = pos;
    const saveNest = this.nestDepth;
    // (P_LAMBDA: a walrus after the body is the enclosing expression's to report)
    this.parse(P.P_LAMBDA);
    this.nestDepth = saveNest;
    this.emit(O.RETURN_VALUE);
    this.closeUnit(child, sig.flags, pos);
  }

  classDef(decos: number[]): void {
    const classTok = this.p++;
    const pos = this.t.start[classTok];
    const name = this.value(this.expect(T.NAME, "invalid syntax")) as string;
    this.loadConst(name);
    let nargs = 0;
    const kwnames: string[] = [];
    const open = this.p;
    let dynamic = false;
    if (this.at(T.LPAR) && this.callHasStarsAt(open)) {
      // `class C(*bases, **kw)`: the arguments as a tuple and a dict, as a call's
      this.p++;
      if (!this.starArguments(open, this.t.start[classTok], true)) this.emit(O.BUILD_MAP, 0);
      nargs = 2;
      dynamic = true;
    } else if (this.accept(T.LPAR)) {
      const seen = new Set<string>();
      while (!this.at(T.RPAR)) {
        if (this.kind === T.NAME && this.kindAt(this.p + 1) === T.EQUAL) {
          const kpos = this.tokStart;
          kwnames.push(this.keywordName(seen));
          this.p += 2;
          this.expr();
          this.checkBareGenexp(kpos, kpos);
        } else {
          const first = this.p;
          const a = this.parse(P.P_ARGUMENT);
          if (this.at(T.EQUAL)) this.argumentAssigned(a, first);
          // a lone generator expression is no class argument (CPython: invalid syntax at the `for`)
          if (this.at(T.KW_FOR) && this.isGenexpArgument(open)) this.fail("invalid syntax");
          this.checkBareGenexp(a.pos);
          if (kwnames.length) this.fail("positional argument follows keyword argument", this.t.start[this.t.match[open]]);
        }
        nargs++;
        if (!this.accept(T.COMMA)) break;
      }
      this.expect(T.RPAR);
    }
    const parent = this.u;
    const child = new Unit(U_CLASS, parent, name);
    child.code_.qualname = this.qualname(name, U_CLASS);
    child.code_.name = name;
    child.code_.firstOffset = decos.length > 0 ? decos[0] : pos;
    parent.children.push(child);
    this.u = child;
    this.units++;
    this.checkSize();
    child.annoAt = this.emit(O.NOP);
    const doc = this.docstring(this.p);
    if (doc !== null) {
      this.loadConst(doc);
      this.storeName("__doc__");
    }
    this.suite("class definition", classTok);
    this.emit(O.LOAD_CLOSURE_CLASS, 0);
    this.emit(O.RETURN_VALUE);
    this.u = parent;
    this.closedWords += child.code.length;
    child.constSlot = parent.newConst(child);
    this.emit(O.MAKE_FUNCTION, child.constSlot, 0, 0, pos);
    const kc = dynamic ? -1 : kwnames.length ? this.u.newConst(new PyTuple(kwnames)) : this.u.newConst(null);
    this.emit(O.BUILD_CLASS, nargs, kc, 0, pos);
    for (let i = 0; i < decos.length; i++) this.emit(O.CALL, 1, 0, 0, decos[decos.length - 1 - i]);
    this.storeName(name, pos);
  }

  // -- scope-dependent hooks -------------------------------------------------------------------------

  override superArgs(): boolean {
    // SUPER_ARGS passes this frame's own __class__ and first argument: not in a list, set or
    // dict comprehension, which runs inlined in its function in CPython 3.12 (there super() is a
    // plain call, and the builtin's zero-argument path finds that function's frame)
    const f = this.u;
    if (!f.isFunctionLike || (f.kind === U_COMPREHENSION && !(f.code_.flags & CO_GENERATOR))) return false;
    let u: Unit | null = f;
    while (u !== null && u.isFunctionLike) u = u.parent;
    return u !== null && u.kind === U_CLASS;
  }

  override markNeedsClass(): void {
    this.u.used.add("__class__");
  }

  override awaitCheck(pos: number): void {
    const u = this.u;
    if (u.kind === U_FUNCTION || u.kind === U_LAMBDA) {
      if (!(u.code_.flags & CO_COROUTINE)) this.failLater("'await' outside async function", pos);
    } else if (u.kind === U_COMPREHENSION) {
      // an async comprehension: checked against its enclosing scope when it ends
      u.asyncComp = true;
    } else this.failLater("'await' outside function", pos);
  }

  override yieldExpr(): void {
    const pos = this.tokStart;
    this.p++;
    const u = this.u;
    if (u.kind === U_MODULE || u.kind === U_CLASS) {
      // the operand stands for the yield's value
      if (this.accept(T.KW_FROM)) this.expr();
      else if (STARTS_EXPR[this.kind] && !this.at(T.KW_YIELD)) this.exprList(true);
      else this.emit(O.LOAD_NONE);
      return this.failLater("'yield' outside function", pos);
    }
    if (u.kind === U_COMPREHENSION) this.fail(`'yield' inside ${COMPREHENSION_KINDS[u.name]}`, pos);
    u.code_.flags |= (u.code_.flags & CO_COROUTINE) ? CO_ASYNC_GENERATOR : CO_GENERATOR;
    if (u.valueReturn >= 0 && (u.code_.flags & CO_ASYNC_GENERATOR)) this.fail("'return' with value in async generator", u.valueReturn);
    if (this.accept(T.KW_FROM)) {
      if (u.code_.flags & CO_COROUTINE) this.fail("'yield from' inside async function", pos);
      this.expr();
      this.emit(O.GET_YIELD_FROM_ITER, 0, 0, 0, pos);
      this.emit(O.LOAD_NONE);
      this.emitYieldFrom(pos);
      return;
    }
    if (this.at(T.RPAR) || this.at(T.NEWLINE) || this.at(T.SEMI) || this.at(T.EOF) || this.at(T.RSQB) || this.at(T.RBRACE) || this.at(T.EQUAL)) {
      this.emit(O.LOAD_NONE);
    } else this.exprList(true);
    this.emit(u.code_.flags & CO_COROUTINE ? O.YIELD_ASYNC : O.YIELD_VALUE, 0, 0, 0, pos);
  }

  override walrusStore(written: string, pos: number): void {
    // In a comprehension, := binds in the nearest enclosing function (or module) scope.
    const name = this.u.priv(written);
    let u: Unit = this.u;
    if (u.kind !== U_COMPREHENSION) {
      this.storeName(name, pos);
      return;
    }
    const chain: Unit[] = [];
    while (u.kind === U_COMPREHENSION) {
      chain.push(u);
      u = u.parent!;
    }
    for (const c of chain) {
      if (c.compVars?.has(name)) this.fail(`assignment expression cannot rebind comprehension iteration variable '${written}'`, pos);
    }
    if (u.kind === U_CLASS) this.fail("assignment expression within a comprehension cannot be used in a class body", pos);
    const isGlobal = u.kind === U_MODULE || u.globals.has(name);
    for (const c of chain) c.declare(name, isGlobal);
    this.declareAssigned(name, u);
    this.u.used.add(name);
    this.emit(O.NAME_STORE, this.u.vnameIdx(this.u.priv(name)), 0, 0, pos);
  }

  /** A comprehension's iterable, where `:=` is a SyntaxError (even inside a nested lambda). */
  compIterable(): void {
    this.compIter++;
    try {
      this.parse(P.P_COND);
    } finally {
      this.compIter--;
    }
  }

  /**
   * A comprehension's `for` target not followed by `in`, as CPython's parser reports it (reading
   * the target as an expression, inside brackets): "Perhaps you forgot a comma?" before a second
   * expression (`[i for i range(3)]`), a conditional expression missing its `else` or standing as
   * the target, else invalid syntax at the token after the target.
   */
  forTargetError(): never {
    const a = this.lastExprFirst;
    const starred = a > 0 && this.t.kind[a - 1] === T.STAR;
    if (this.at(T.KW_IF) && !starred) {
      const at = this.t.start[this.groupInner(a, this.p)];
      this.p++;
      this.parse(P.P_OR);
      if (this.at(T.KW_ELSE)) this.fail("cannot assign to conditional expression", at);
      if (!this.at(T.COLON)) this.fail("expected 'else' after 'if' expression", at);
      this.fail("invalid syntax");
    }
    // (`i not in x` is a comparison, not two expressions)
    if (this.lastExprEnd === this.p && !starred && !(this.at(T.KW_NOT) && this.kindAt(this.p + 1) === T.KW_IN)) this.juxtaposed();
    this.fail("invalid syntax");
  }

  /** Comprehensions and generator expressions, compiled as nested functions. */
  override comprehension(open: number, kind: number): void {
    const close = this.t.match[open];
    const pos = this.t.start[open];
    // the first top-level `for` and its `in`
    let forIdx = -1;
    for (let i = open + 1; i < close;) {
      const k = this.t.kind[i];
      if (k === T.KW_FOR || (k === T.KW_ASYNC && this.t.kind[i + 1] === T.KW_FOR)) {
        forIdx = i;
        break;
      }
      if (k === T.LPAR || k === T.LSQB || k === T.LBRACE || k === T.FSTRING_START) i = this.t.match[i] + 1;
      else i++;
    }
    const isAsync = this.t.kind[forIdx] === T.KW_ASYNC;
    const forTok = isAsync ? forIdx + 1 : forIdx;
    if (kind === T.LBRACE) this.starredDictValue(open, forIdx);
    this.unparenthesizedTarget(open, forIdx, forTok, kind);
    const inIdx = this.findTopLevel(forTok + 1, close, T.KW_IN);
    if (inIdx < 0) {
      // (CPython reads the target as star expressions and names what cannot be assigned to)
      this.p = forTok + 1;
      const t = this.targetList();
      if (!this.isTarget(t) && !STARTS_EXPR[this.kind]) this.checkTarget(t, "assign to");
      this.forTargetError();
    }
    // outer: evaluate the first iterable
    this.p = inIdx + 1;
    this.compIterable();
    const afterIter = this.p;
    this.emit(isAsync ? O.GET_AITER : O.GET_ITER, 0, 0, 0, pos);
    const isDict = kind === T.LBRACE && this.compIsDict(open, forIdx);
    const cname = kind === T.LSQB ? "<listcomp>" : kind === T.LPAR ? "<genexpr>" : isDict ? "<dictcomp>" : "<setcomp>";
    const child = this.openUnit(U_COMPREHENSION, cname, {
      names: [".0"], argcount: 1, posonly: 0, kwonly: 0, varargs: false, varkw: false,
    });
    const isGen = kind === T.LPAR;
    if (isGen) child.code_.flags |= CO_GENERATOR;
    if (isAsync) child.asyncComp = true;
    if (!isGen) this.emit(kind === T.LSQB ? O.BUILD_LIST : isDict ? O.BUILD_MAP : O.BUILD_SET, 0, 0, 0, pos);
    this.loadName(".0", pos);
    // each loop: where it starts, and its FOR_ITER or (`async for`) the region ending it
    const loops: { top: number; exit: number | Region }[] = [];
    // first loop
    let top = child.here;
    loops.push({ top, exit: isAsync ? this.emitAnext(pos) : child.jump(O.FOR_ITER, pos) });
    this.p = forTok + 1;
    let t = this.targetList();
    if (this.p !== inIdx) this.forTargetError();
    let seg = this.cutTarget(t);
    this.emitStore(t, seg, t.start);
    const vars = (child.compVars = new Set());
    forEachNameTarget(t, (n) => vars.add(child.priv(n.name!)));
    this.p = afterIter;
    // (each `async for` clause is a block to CPython's compiler: see FBLOCKS)
    let asyncFors = isAsync ? 1 : 0;
    // further clauses
    while (this.p < close) {
      if (this.accept(T.KW_IF)) {
        this.parse(P.P_COND);
        child.jumpTo(O.POP_JUMP_IF_FALSE, loops[loops.length - 1].top, pos);
        continue;
      }
      let asyncFor = false;
      if (this.at(T.KW_ASYNC)) {
        this.p++;
        asyncFor = true;
      }
      if (this.accept(T.KW_FOR)) {
        if (asyncFor) child.asyncComp = true;
        if (asyncFor && ++asyncFors > MAX_BLOCK_NESTING) this.fail("too many statically nested blocks", pos);
        t = this.targetList();
        seg = this.cutTarget(t);
        forEachNameTarget(t, (n) => {
          const name = child.priv(n.name!);
          // an earlier `if` clause bound it with :=
          if (child.nonlocals.has(name) || child.globals.has(name)) {
            this.fail(`comprehension inner loop cannot rebind assignment expression target '${n.name!}'`, t.pos);
          }
          vars.add(name);
        });
        if (!this.at(T.KW_IN)) this.forTargetError();
        this.p++;
        this.compIterable();
        this.emit(asyncFor ? O.GET_AITER : O.GET_ITER, 0, 0, 0, pos);
        top = child.here;
        loops.push({ top, exit: asyncFor ? this.emitAnext(pos) : child.jump(O.FOR_ITER, pos) });
        this.emitStore(t, seg, t.start);
        continue;
      }
      this.fail("invalid syntax");
    }
    // the element, which comes first in the source
    this.p = open + 1;
    const n = loops.length;
    if (isDict) {
      // (CPython reads a key `k := v` or `*k` as a set comprehension's element, `**k` as a dict
      // display's, then stops at the `:`)
      if (this.accept(T.STAR) || this.accept(T.DOUBLESTAR)) {
        this.starOperand();
        this.fail("invalid syntax");
      }
      const key = this.namedExpr();
      if (key.what === "named expression" && !key.paren) this.fail("invalid syntax");
      if (!this.at(T.COLON)) this.elementEndError();
      this.p++;
      this.expr();
      this.emit(O.MAP_ADD, n + 1);
    } else {
      if (this.at(T.STAR)) {
        // (with no operand, invalid syntax after the star)
        if (!STARTS_EXPR[this.kindAt(this.p + 1)]) this.fail("invalid syntax", this.t.start[this.p + 1]);
        this.fail("iterable unpacking cannot be used in comprehension");
      }
      if (this.at(T.DOUBLESTAR) && kind === T.LBRACE && this.findTopLevel(open + 1, forIdx, T.COMMA) < 0) {
        this.fail("dict unpacking cannot be used in dict comprehension");
      }
      this.namedExpr();
      if (isGen) {
        // (an async generator expression's item is its own yield)
        this.emit(child.asyncComp ? O.YIELD_ASYNC : O.YIELD_VALUE, 0, 0, 0, pos);
        this.emit(O.POP_TOP);
      } else this.emit(kind === T.LSQB ? O.LIST_APPEND : O.SET_ADD, n + 1);
    }
    if (this.p !== forIdx) this.elementEndError();
    for (let i = loops.length - 1; i >= 0; i--) {
      child.jumpTo(O.JUMP, loops[i].top, pos);
      const exit = loops[i].exit;
      if (typeof exit === "number") {
        child.patch(exit);
        child.depth--;
      } else this.endAsyncFor(exit, pos);
    }
    if (isGen) this.emit(O.LOAD_NONE);
    this.emit(O.RETURN_VALUE);
    // An async list/set/dict comprehension is a coroutine, awaited where it stands (as in
    // CPython 3.11): an `await` in it that really suspends needs a frame that can be suspended.
    // An async generator expression is an async generator.
    const awaited = child.asyncComp && !isGen;
    if (child.asyncComp) child.code_.flags |= isGen ? CO_COROUTINE | CO_ASYNC_GENERATOR : CO_COROUTINE;
    this.closeUnit(child, 0, pos);
    if (awaited) {
      // it runs in its scope: an async function's, or an enclosing comprehension's, which then
      // is async too (a generator expression is free)
      const outer = this.u;
      if (outer.kind === U_COMPREHENSION) outer.asyncComp = true;
      else if (outer.kind !== U_FUNCTION || !(outer.code_.flags & CO_COROUTINE)) {
        this.fail("asynchronous comprehension outside of an asynchronous function", pos);
      }
    }
    this.emit(O.ROT_TWO);
    this.emit(O.CALL, 1, 0, 0, pos);
    if (awaited) {
      this.emit(O.GET_AWAITABLE, 0, 0, 0, pos);
      this.emit(O.LOAD_NONE);
      this.emitYieldFrom(pos);
    }
    this.p = close + 1;
  }

  /**
   * CPython's invalid_comprehension: `[a, b for x in y]`, a list or set comprehension whose
   * element is an unparenthesized tuple, is "did you forget parentheses around the comprehension
   * target?" once the elements and the first `for` clause parse (a wrong token in them is
   * reported where it stands). In a generator expression, `(a, b for x in y)`, it is plain
   * invalid syntax at the `for`. Code emitted here is garbage: every path raises.
   */
  /** A comprehension's element (or key) that does not end where it should: two expressions side by
   * side are CPython's "forgot a comma" (`[a b for a in c]`). */
  elementEndError(): never {
    if (this.lastExprEnd === this.p) this.juxtaposed();
    this.fail("invalid syntax");
  }

  unparenthesizedTarget(open: number, forIdx: number, forTok: number, kind: number): void {
    let lambdas = 0, comma = false;
    for (let i = open + 1; i < forIdx && !comma;) {
      const k = this.t.kind[i];
      if (k === T.LPAR || k === T.LSQB || k === T.LBRACE || k === T.FSTRING_START) {
        i = this.t.match[i] + 1;
        continue;
      }
      if (k === T.KW_LAMBDA) lambdas++;
      else if (k === T.COLON) {
        // (a dict comprehension: its own errors)
        if (lambdas === 0) return;
        lambdas--;
      } else if (k === T.COMMA && lambdas === 0) comma = true;
      i++;
    }
    if (!comma) return;
    this.p = open + 1;
    do this.starOrExpr(true); while (this.accept(T.COMMA) && this.p !== forIdx);
    if (this.p !== forIdx) this.elementEndError();
    if (kind === T.LPAR) this.fail("invalid syntax", this.t.start[forIdx]);
    this.p = forTok + 1;
    let t: Tgt | null = null, clause = false;
    try {
      t = this.targetList();
      if (this.isTarget(t)) {
        this.expect(T.KW_IN, "invalid syntax");
        this.parse(P.P_COND);
        clause = true;
      }
    } catch (e) {
      if (!(e instanceof CompileError)) throw e;
    }
    if (clause) this.fail("did you forget parentheses around the comprehension target?", this.t.start[open + 1]);
    // an invalid target (not `(a in b)`, which reads as the clause's own `in`) is named; any
    // other error is CPython's first-pass one, at the `for` where the list stopped parsing
    if (t !== null && !this.isTarget(t) && t.what !== "comparison") this.checkTarget(t, "assign to");
    this.fail("invalid syntax", this.t.start[forIdx]);
  }

  /**
   * `{k: *v for ...}`: "cannot use a starred expression in a dictionary value" (CPython's
   * invalid_double_starred_kvpairs), before the `for` clauses are looked at.
   */
  starredDictValue(open: number, forIdx: number): void {
    const colon = this.findTopLevelColon(open + 1, forIdx);
    if (colon < 0 || this.t.kind[colon + 1] !== T.STAR) return;
    // (a starred key is the error, see the element)
    if (this.t.kind[open + 1] === T.STAR || this.t.kind[open + 1] === T.DOUBLESTAR) return;
    const here = this.u.here, depth = this.u.depth;
    this.p = open + 1;
    this.expr();
    if (this.p === colon) {
      this.p++;
      this.starredValue();
    }
    this.u.cut(here);
    this.u.depth = depth;
  }

  findTopLevel(from: number, to: number, kind: number): number {
    for (let i = from; i < to;) {
      const k = this.t.kind[i];
      if (k === kind) return i;
      if (k === T.LPAR || k === T.LSQB || k === T.LBRACE || k === T.FSTRING_START) i = this.t.match[i] + 1;
      else i++;
    }
    return -1;
  }

  compIsDict(open: number, forIdx: number): boolean {
    return this.findTopLevelColon(open + 1, forIdx) >= 0;
  }

  findTopLevelColon(from: number, to: number): number {
    for (let i = from; i < to;) {
      const k = this.t.kind[i];
      if (k === T.COLON) return i;
      if (k === T.KW_LAMBDA) {
        while (i < to && this.t.kind[i] !== T.COLON) i++;
        i++;
        continue;
      }
      if (k === T.LPAR || k === T.LSQB || k === T.LBRACE || k === T.FSTRING_START) i = this.t.match[i] + 1;
      else i++;
    }
    return -1;
  }

  /**
   * `match` is a soft keyword: a statement when followed by a subject and a ':' ending the line
   * (with no indented block after it, CPython's IndentationError names the match statement).
   */
  isMatchStmt(): boolean {
    const nk = this.kindAt(this.p + 1);
    if (nk === T.EQUAL || nk === T.DOT || nk === T.COLON || nk === T.NEWLINE || nk === T.COMMA) return false;
    if (AUG_OPS[nk] >= 0) return false;
    const c = this.headerColon(this.p + 1);
    if (c < 0) return false;
    return this.t.kind[c + 1] === T.NEWLINE;
  }
}

export { CompileError };
