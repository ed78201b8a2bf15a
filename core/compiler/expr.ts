// Expressions: a Pratt parser that emits bytecode as it goes (no AST).
//
// Each parse function returns a small target descriptor (`Tgt`) saying what was parsed and where
// its code starts; when an `=` (or `for ... in`, `del`, an augmented operator...) turns the
// expression into an assignment target, the emitted load code is cut and re-emitted as store
// code from those descriptors. Out-of-order constructs (comprehensions, whose element comes
// first in the source but runs last) move the token cursor instead of building a tree.

import * as T from "../lexer/tokens.ts";
import type { Tokens } from "../lexer/tokens.ts";
import { Ellipsis, type Py, PyBytes, PyFloat, PyComplex, PyTuple } from "../objects/model.ts";
import type { Source } from "./code.ts";
import { CompileError } from "./errors.ts";
import * as O from "./opcodes.ts";
import * as P from "./precedence.ts";
import { B_FOR, type Segment, U_CLASS, U_COMPREHENSION, U_FUNCTION, U_LAMBDA, U_MODULE, Unit } from "./unit.ts";
import { MAX_PARSE_DEPTH } from "../limits.ts";

// Target kinds
export const K_OTHER = 0, K_NAME = 1, K_ATTR = 2, K_SUBSCR = 3, K_SLICE = 4, K_TUPLE = 5, K_LIST = 6, K_STAR = 7;

/** What an expression was, for turning it into an assignment target. */
export interface Tgt {
  k: number;
  /** Code offset where the expression's code starts. */
  start: number;
  /** Code offset just past it. */
  end: number;
  /** Source offset (for diagnostics and positions). */
  pos: number;
  /** Stack depth before it. */
  depth: number;
  /** K_NAME: the name; K_ATTR: the attribute. */
  name?: string;
  /** K_ATTR/K_SUBSCR/K_SLICE: end of the object (+index) code, before the final load op. */
  objEnd?: number;
  /** K_TUPLE/K_LIST: elements; K_STAR: [inner]. */
  elts?: Tgt[];
  /** For "cannot assign to ..." messages. */
  what?: string;
  /** Parenthesised (affects some messages and walrus rules). */
  paren?: boolean;
  /** Not a bitwise_or in CPython's grammar (`not`, `and`, `or`; comparisons, conditionals and
   * lambdas say so in `what`): assigning to it gets no "Maybe you meant '=='" hint. */
  low?: boolean;
  /** K_NAME: its load was the unit's first use of the name (undone if it becomes a target). */
  fresh?: boolean;
  /** Compiled as a condition, where CPython 3.11's compiler leaves its location (compiler_jump_if):
   * at the last comparison reached through `not`, `and`/`or` and `if`-`else` (test, then body,
   * then the else part); absent when there is none. An `assert` raises there. */
  cond?: number;
}

/** What CPython's messages call an expression (`cannot use assignment expressions with attribute`). */
function exprName(t: Tgt): string {
  switch (t.k) {
    case K_NAME:
      return "name";
    case K_ATTR:
      return "attribute";
    case K_SUBSCR:
    case K_SLICE:
      return "subscript";
    case K_TUPLE:
      return "tuple";
    case K_LIST:
      return "list";
    case K_STAR:
      return "starred";
  }
  return t.what ?? "expression";
}

/** Each plain name a target binds (`x`, `x, (y, *z)`; attributes and subscripts bind none). */
export function forEachNameTarget(t: Tgt, visit: (n: Tgt) => void): void {
  if (t.k === K_NAME) visit(t);
  else if (t.k === K_TUPLE || t.k === K_LIST || t.k === K_STAR) for (const e of t.elts!) forEachNameTarget(e, visit);
}

const BINOPS: Int16Array = (() => {
  const t = new Int16Array(T.N_KINDS).fill(-1);
  t[T.PLUS] = O.BINARY_ADD;
  t[T.MINUS] = O.BINARY_SUB;
  t[T.STAR] = O.BINARY_MUL;
  t[T.SLASH] = O.BINARY_TRUEDIV;
  t[T.DOUBLESLASH] = O.BINARY_FLOORDIV;
  t[T.PERCENT] = O.BINARY_MOD;
  t[T.DOUBLESTAR] = O.BINARY_POW;
  t[T.LEFTSHIFT] = O.BINARY_LSHIFT;
  t[T.RIGHTSHIFT] = O.BINARY_RSHIFT;
  t[T.AMPER] = O.BINARY_AND;
  t[T.VBAR] = O.BINARY_OR;
  t[T.CIRCUMFLEX] = O.BINARY_XOR;
  t[T.AT] = O.BINARY_MATMUL;
  return t;
})();

/** Infix precedence of each token kind (0: not an infix operator). */
const INFIX: Uint8Array = (() => {
  const t = new Uint8Array(T.N_KINDS);
  t[T.KW_IF] = P.P_COND;
  t[T.KW_OR] = P.P_OR;
  t[T.KW_AND] = P.P_AND;
  for (const k of [T.KW_IN, T.KW_NOT, T.KW_IS, T.LESS, T.LESSEQUAL, T.GREATER, T.GREATEREQUAL, T.NOTEQUAL, T.EQEQUAL]) {
    t[k] = P.P_CMP;
  }
  t[T.VBAR] = P.P_BOR;
  t[T.CIRCUMFLEX] = P.P_BXOR;
  t[T.AMPER] = P.P_BAND;
  t[T.LEFTSHIFT] = t[T.RIGHTSHIFT] = P.P_SHIFT;
  t[T.PLUS] = t[T.MINUS] = P.P_ARITH;
  t[T.STAR] = t[T.SLASH] = t[T.DOUBLESLASH] = t[T.PERCENT] = t[T.AT] = P.P_TERM;
  t[T.DOUBLESTAR] = P.P_POWER;
  t[T.LPAR] = t[T.LSQB] = t[T.DOT] = P.P_PRIMARY;
  return t;
})();

const CMP_OPS: Int16Array = (() => {
  const t = new Int16Array(T.N_KINDS).fill(-1);
  t[T.LESS] = O.COMPARE_LT;
  t[T.LESSEQUAL] = O.COMPARE_LE;
  t[T.GREATER] = O.COMPARE_GT;
  t[T.GREATEREQUAL] = O.COMPARE_GE;
  t[T.EQEQUAL] = O.COMPARE_EQ;
  t[T.NOTEQUAL] = O.COMPARE_NE;
  return t;
})();

/** Tokens that can start an expression. */
/** The augmented assignment operators (`+=` ... `@=`): 1 for each. */
const AUG_KINDS: Uint8Array = (() => {
  const t = new Uint8Array(T.N_KINDS);
  for (let k = T.PLUSEQUAL; k <= T.DOUBLESTAREQUAL; k++) t[k] = 1;
  t[T.DOUBLESLASHEQUAL] = t[T.ATEQUAL] = 1;
  return t;
})();

export const STARTS_EXPR: Uint8Array = (() => {
  const t = new Uint8Array(T.N_KINDS);
  for (const k of [
    T.NAME, T.INT, T.FLOAT, T.IMAG, T.STRING, T.BYTES, T.FSTRING_START, T.LPAR, T.LSQB, T.LBRACE, T.MINUS,
    T.PLUS, T.TILDE, T.KW_NOT, T.KW_LAMBDA, T.KW_AWAIT, T.KW_NONE, T.KW_TRUE, T.KW_FALSE, T.ELLIPSIS,
    T.STAR, T.KW_YIELD,
  ]) t[k] = 1;
  return t;
})();

/** The tokens that start an expression but not a primary (what `await` takes). */
const NOT_PRIMARY: Uint8Array = (() => {
  const t = new Uint8Array(T.N_KINDS);
  for (const k of [T.MINUS, T.PLUS, T.TILDE, T.KW_NOT, T.KW_LAMBDA, T.KW_AWAIT, T.STAR, T.KW_YIELD]) t[k] = 1;
  return t;
})();

/** Soft keywords (3.12's): an expression starting with one is not "a missing comma" in a field. */
const SOFT_KEYWORDS = new Set(["match", "case", "_", "type"]);

export class ExprCompiler {
  /** Inside a comprehension's iterable expression (where `:=` is a SyntaxError), at any depth. */
  compIter = 0;
  t: Tokens;
  p = 0;
  u: Unit;
  readonly source: Source;
  readonly src: string;
  /** Module-wide global names (LOAD_GLOBAL operand = index). */
  globalIndex = new Map<string, number>();
  globalNames: string[] = [];
  nestDepth = 0;
  /** Import specs seen, for the host to resolve before the run. */
  imports: { spec: string; quoted: boolean; pos: number }[] = [];

  constructor(tokens: Tokens, source: Source) {
    this.t = tokens;
    this.source = source;
    this.src = source.text;
    this.u = new Unit(U_MODULE, null, "<module>");
  }

  // -- tokens ----------------------------------------------------------------------------------

  get kind(): number {
    return this.t.kind[this.p];
  }
  get tokStart(): number {
    return this.t.start[this.p];
  }
  kindAt(i: number): number {
    return i < this.t.count ? this.t.kind[i] : T.EOF;
  }
  /** Is token `i` a closing bracket the lexer added because the source ended with the bracket
   * open (lex's closeAtEnd)? CPython's tokenizer has only the end there, so a lookahead for a
   * closing bracket does not match it (`f(a=` is "'(' was never closed"). */
  closedAtEnd(i: number): boolean {
    const u = this.t.unclosed;
    return u !== undefined && i >= u.from;
  }
  at(k: number): boolean {
    return this.t.kind[this.p] === k;
  }
  accept(k: number): boolean {
    if (this.t.kind[this.p] === k) {
      this.p++;
      return true;
    }
    return false;
  }
  expect(k: number, msg?: string): number {
    if (this.t.kind[this.p] !== k) {
      if (k === T.RPAR || k === T.RSQB || k === T.RBRACE) {
        if (this.lastExprEnd === this.p) this.juxtaposed();
        // the lexer matched every bracket: something else stands before this one's partner
        this.fail("invalid syntax");
      }
      this.fail(msg ?? `expected '${T.KIND_TEXT[k]}'`);
    }
    return this.p++;
  }

  /** The furthest token CPython's parser would have read when one of our errors is raised, where
   * it is beyond the current one (see compile()'s handling of a bracket left open). */
  reach = 0;

  /**
   * Where CPython's parser, reading the second of two juxtaposed expressions (`f(a b c`),
   * stops: past its operands (atoms with their trailers) and binary operators.
   */
  secondExprEnd(): number {
    const kind = this.t.kind, match = this.t.match;
    let i = this.p;
    for (;;) {
      while (kind[i] === T.MINUS || kind[i] === T.PLUS || kind[i] === T.TILDE) i++;
      const k = kind[i];
      if (k === T.LPAR || k === T.LSQB || k === T.LBRACE || k === T.FSTRING_START) i = match[i] + 1;
      else if (k === T.STRING || k === T.BYTES) while (kind[i] === T.STRING || kind[i] === T.BYTES || kind[i] === T.FSTRING_START) i = kind[i] === T.FSTRING_START ? match[i] + 1 : i + 1;
      else if (STARTS_EXPR[k]) i++;
      else return i;
      for (;;) {
        if (kind[i] === T.DOT) i += 2;
        else if (kind[i] === T.LPAR || kind[i] === T.LSQB) i = match[i] + 1;
        else break;
      }
      if (INFIX[kind[i]] > P.P_CMP) i++;
      else return i;
    }
  }

  /** A `not` (not followed by `in`) that came after an expression where a comparison may stand,
   * by token index (see fail). */
  notAfterExpr = -1;

  /** First token and end (token index) of the outermost expression parsed last. */
  lastExprFirst = -1;
  lastExprEnd = -1;

  /** Inside brackets, an expression followed by another one: CPython's "forgot a comma" (at
   * the first one), or plain invalid syntax for a name before a string (`f(a "s")`). */
  juxtaposed(): void {
    const k = this.kind;
    if (!STARTS_EXPR[k] || k === T.STAR || k === T.KW_YIELD) return;
    // (`not` with no operand: no second expression, see fail)
    if (k === T.KW_NOT && !STARTS_EXPR[this.kindAt(this.p + 1)]) this.fail("invalid syntax");
    this.reach = this.secondExprEnd();
    const a = this.lastExprFirst;
    if (this.t.kind[a] === T.NAME && a + 1 === this.p && (k === T.STRING || k === T.BYTES || k === T.FSTRING_START)) this.fail("invalid syntax");
    if (a > 0 && this.t.kind[a - 1] === T.DOUBLESTAR) this.fail("invalid syntax"); // `{**a b}`
    this.fail("invalid syntax. Perhaps you forgot a comma?", this.t.start[this.groupInner(a, this.p)]);
  }

  /**
   * Where CPython's node for the expression in tokens [a, end) starts: a parenthesized group
   * (`(a)`, not a tuple or a generator expression) is the node inside it.
   */
  groupInner(a: number, end: number): number {
    const kind = this.t.kind, match = this.t.match;
    while (kind[a] === T.LPAR && match[a] + 1 === end && match[a] > a + 1) {
      for (let i = a + 1; i < match[a];) {
        const k = kind[i];
        if (k === T.COMMA || k === T.KW_FOR || k === T.KW_ASYNC) return a;
        i = k === T.LPAR || k === T.LSQB || k === T.LBRACE || k === T.FSTRING_START ? match[i] + 1 : i + 1;
      }
      end = match[a];
      a++;
    }
    return a;
  }
  value(i = this.p): Py {
    return this.t.value[i];
  }
  /** The value of the STRING or BYTES token at the cursor; its decoding error if it has one (see
   * tokens.ts: the parser reports these, as CPython's). */
  literal(): Py {
    const v = this.t.value[this.p];
    if (v instanceof T.LexError) throw new CompileError(v.message, v.offset);
    return v as Py;
  }
  /** Is the token at `i` the NAME `s`? */
  isName(i: number, s: string): boolean {
    return this.t.kind[i] === T.NAME && this.t.value[i] === s;
  }

  /** The first error of the kind CPython's compiler reports, held back by failLater. */
  deferred: CompileError | null = null;
  /** The first `nonlocal` at module level: raised once the module is parsed, before `deferred`. */
  moduleNonlocal: CompileError | null = null;

  /**
   * A SyntaxError that CPython's compiler finds, not its parser ('yield' outside function,
   * 'break' outside loop): every syntax error of the module comes first (`x = yield = 1` at
   * module level is "assignment to yield expression not possible"), so compilation goes on and
   * compileModule raises the first of them at the end. The caller keeps the code consistent.
   */
  failLater(msg: string, offset: number): void {
    this.deferred ??= new CompileError(msg, offset);
  }

  fail(msg = "invalid syntax", offset = this.tokStart, type = "SyntaxError"): never {
    let k = this.kind;
    if (this.p === this.notAfterExpr && offset === this.tokStart && msg === "invalid syntax") {
      // a `not` where a comparison operator may stand: CPython's parser takes it for `not in` and
      // stops at the token after it
      offset = this.t.start[++this.p];
      k = this.kind;
    }
    if (offset === this.tokStart && offset >= this.src.length && (k === T.EOF || k === T.DEDENT)) {
      // at the end of the input CPython points just past the last line (blank or comment lines
      // included), not at the empty line after the final newline, and draws no caret
      const end = this.src.endsWith("\n") ? this.src.length - 1 : this.src.length;
      throw new CompileError(msg, end, type, -1, true);
    }
    throw new CompileError(msg, offset, type);
  }

  /**
   * IndentationError at an INDENT token. CPython places it on the last character of the
   * indentation, so its report shows the line without a caret.
   */
  unexpectedIndent(): never {
    const at = this.tokStart, c = this.src.charCodeAt(at - 1);
    if (at > 0 && c !== 10 && c !== 13) this.fail("unexpected indent", at - 1, "IndentationError");
    // (a line that starts at column 0 after a backslash continuing its indentation: the line, no caret)
    throw new CompileError("unexpected indent", at, "IndentationError", -1, true);
  }

  /** "invalid syntax" at the current token, with a more specific message where we can tell. */
  unexpected(): never {
    const k = this.kind;
    if (k === T.INDENT) this.unexpectedIndent();
    if (k === T.EOF) this.fail("invalid syntax");
    this.fail("invalid syntax");
  }

  // -- emission helpers ------------------------------------------------------------------------

  emit(opc: number, a = 0, b = 0, c = 0, pos = -1): number {
    return this.u.emit(opc, a, b, c, pos);
  }

  loadConst(v: Py, pos = -1): void {
    if (v === null) {
      this.emit(O.LOAD_NONE, 0, 0, 0, pos);
      return;
    }
    const key = typeof v === "object" && v !== null ? constKey(v) : (typeof v === "number" && Object.is(v, -0) ? "-0" : v);
    this.emit(O.LOAD_CONST, this.u.constIdx(v, key), 0, 0, pos);
  }

  /** Emit a load of `name`; true when this is the unit's first use of it. */
  loadName(name: string, pos: number): boolean {
    name = this.u.priv(name);
    const used = this.u.used, n = used.size;
    used.add(name);
    this.emit(O.NAME_LOAD, this.u.vnameIdx(name), 0, 0, pos);
    return used.size !== n;
  }

  /**
   * Binding or deleting `__debug__` (a name, an attribute, a parameter, a keyword argument) is
   * CPython's compiler error, raised once the whole file has parsed.
   */
  forbiddenName(name: string, pos: number, del = false): void {
    if (name === "__debug__") this.failLater(del ? "cannot delete __debug__" : "cannot assign to __debug__", pos);
  }

  storeName(name: string, pos = -1): void {
    this.forbiddenName(name, pos);
    name = this.u.priv(name);
    this.declareAssigned(name);
    this.emit(O.NAME_STORE, this.u.vnameIdx(name), 0, 0, pos);
  }

  declareAssigned(name: string, u: Unit = this.u): void {
    name = u.priv(name);
    u.assigned.add(name);
    if (u.importOnly !== null) u.importOnly.delete(name);
  }

  /**
   * Bind `name` by an import (which, unlike other bindings, CPython allows before `global name`);
   * `pos` is the statement's.
   */
  storeImported(name: string, pos: number): void {
    this.forbiddenName(name, pos);
    const u = this.u;
    name = u.priv(name);
    if (!u.assigned.has(name)) (u.importOnly ??= new Set()).add(name);
    u.assigned.add(name);
    this.emit(O.NAME_STORE, u.vnameIdx(name), 0, 0, -1);
  }

  /**
   * `t` turned out to be an assignment or del target: the names it loaded speculatively were not
   * read, so take back the uses they recorded (for "used prior to global declaration").
   */
  dropTargetUses(t: Tgt): void {
    forEachNameTarget(t, (n) => {
      if (n.fresh) this.u.used.delete(this.u.priv(n.name!));
    });
  }

  globalIdx(name: string): number {
    let i = this.globalIndex.get(name);
    if (i === undefined) {
      i = this.globalNames.length;
      this.globalNames.push(name);
      this.globalIndex.set(name, i);
    }
    return i;
  }

  /** One level deeper in the parser's recursion (an operand, a bracket, a lambda...). Brackets
   * alone are limited by the lexer (MAX_NESTING); this bounds the JS stack the parser uses. */
  enterNest(): void {
    if (++this.nestDepth > MAX_PARSE_DEPTH) this.fail("maximum recursion depth exceeded during compilation", this.tokStart, "RecursionError");
  }
  leaveNest(): void {
    this.nestDepth--;
  }

  // -- expressions -------------------------------------------------------------------------------

  /** A single expression (no bare tuple): CPython's `expression`, where a walrus is invalid syntax. */
  expr(): Tgt {
    return this.parse(P.P_WALRUS);
  }

  /** A single expression or `name := value` (CPython's `named_expression`). */
  namedExpr(): Tgt {
    return this.parse(P.P_LOWEST);
  }

  /** `a, b, *c` (star_expressions): a tuple when there is a comma. `targets`: a lone `*a` is
   * left for the caller to report (`del *a`: "cannot delete starred"). `minPrec`: where a walrus
   * may stand (P_WALRUS: nowhere, as in CPython's star_expressions). `forIter`: the iterable of a
   * `for`, ended by its ':' (`for x in *a:` is CPython's "can't use starred expression here"). */
  exprList(allowStar = true, targets = false, minPrec: number = P.P_WALRUS, forIter = false): Tgt {
    const start = this.u.here, depth = this.u.depth, pos = this.tokStart;
    const inField = this.fieldOpen >= 0 && this.p === this.fieldOpen + 1;
    const first = this.starOrExpr(allowStar, minPrec);
    if (!this.at(T.COMMA)) {
      if (first.k === K_STAR && !targets) {
        // (a lone starred field of an f-string, whatever follows it)
        const k = this.kind;
        if (inField && (k === T.COLON || k === T.EQUAL || k === T.EXCLAMATION)) this.fail("can't use starred expression here", first.pos);
        // (a starred target, `*a = x` or `*a += 1`, is reported by the assignment)
        if (k === T.COLON && !forIter) this.fail("invalid syntax");
        // (another expression or a keyword after it: CPython's parser stops there)
        if ((!inField && STARTS_EXPR[k]) || (k >= T.KW_FALSE && k <= T.KW_YIELD && k !== T.KW_IF && k !== T.KW_IN && k !== T.KW_IS && k !== T.KW_AND && k !== T.KW_OR)) {
          this.fail("invalid syntax");
        }
        // (a comparison, `and`, `or` or `if` cannot follow: CPython's parser stops there, `*a == b`)
        if (INFIX[this.kind] !== 0 && INFIX[this.kind] < P.P_BOR) this.fail("invalid syntax");
        if (!this.at(T.EQUAL) && AUG_KINDS[this.kind] !== 1) this.fail("can't use starred expression here", first.pos);
      }
      return first;
    }
    const elts: Tgt[] = [first];
    while (this.accept(T.COMMA)) {
      if (!STARTS_EXPR[this.kind] || this.at(T.KW_YIELD)) break;
      elts.push(this.starOrExpr(allowStar, minPrec));
    }
    return this.buildSeq(elts, K_TUPLE, start, depth, pos);
  }

  /** The operand of `*` or `**` in a display or a subscript (a bitwise_or: no walrus after it). */
  starOperand(): Tgt {
    const t = this.parse(P.P_BOR);
    if (this.at(T.COLONEQUAL)) this.fail("invalid syntax");
    return t;
  }

  /** An item of a display or an expression list: `*a` or an expression (a named one by default). */
  starOrExpr(allowStar: boolean, minPrec: number = P.P_LOWEST): Tgt {
    if (this.at(T.STAR) && allowStar) {
      const start = this.u.here, depth = this.u.depth, pos = this.tokStart;
      this.p++;
      const inner = this.starOperand();
      return { k: K_STAR, start, end: this.u.here, pos, depth, elts: [inner], what: "starred" };
    }
    return this.parse(minPrec);
  }

  /**
   * Emit the glue that builds a tuple/list/set from already-emitted element code. Starred
   * elements need the list-building form; their code was emitted as plain expressions, so the
   * glue is inserted by re-pasting.
   */
  buildSeq(elts: Tgt[], k: number, start: number, depth: number, pos: number, setDisplay = false): Tgt {
    const hasStar = elts.some((e) => e.k === K_STAR);
    if (!hasStar) {
      const n = elts.length;
      this.u.depth = depth + n;
      if (k === K_TUPLE) this.emit(O.BUILD_TUPLE, n, 0, 0, pos);
      else if (setDisplay) this.emit(O.BUILD_SET, n, 0, 0, pos);
      else this.emit(O.BUILD_LIST, n, 0, 0, pos);
      return { k, start, end: this.u.here, pos, depth, elts };
    }
    // Re-emit: BUILD_LIST 0 then per element LIST_APPEND 1 / LIST_EXTEND 1.
    const seg = this.u.cut(start);
    this.u.depth = depth;
    this.emit(setDisplay ? O.BUILD_SET : O.BUILD_LIST, 0, 0, 0, pos);
    const newElts: Tgt[] = [];
    for (const e of elts) {
      const s = this.u.here;
      if (e.k === K_STAR) {
        const inner = e.elts![0];
        this.pasteRange(seg, start, inner.start, inner.end);
        this.u.adjust(1);
        const ne = { ...e, start: s, end: this.u.here, elts: [shiftTgt(inner, s - inner.start)] };
        this.emit(setDisplay ? O.SET_UPDATE : O.LIST_EXTEND, 1);
        newElts.push(ne);
      } else {
        this.pasteRange(seg, start, e.start, e.end);
        this.u.adjust(1);
        newElts.push(shiftTgt(e, s - e.start));
        this.emit(setDisplay ? O.SET_ADD : O.LIST_APPEND, 1);
      }
    }
    if (k === K_TUPLE) this.emit(O.LIST_TO_TUPLE);
    return { k, start, end: this.u.here, pos, depth, elts: newElts };
  }

  pasteRange(seg: Segment, base: number, from: number, to: number): void {
    const u = this.u;
    for (let i = from - base; i < to - base; i++) {
      u.code.push(seg.code[i]);
      u.pos.push(seg.pos[i]);
    }
  }

  /** The Pratt loop. */
  parse(minPrec: number): Tgt {
    this.enterNest();
    const start = this.u.here, depth = this.u.depth, pos = this.tokStart;
    const firstTok = this.p;
    if (minPrec <= P.P_LAMBDA && this.kind === T.NAME) this.legacyCall();
    let left = this.prefix(minPrec);
    for (;;) {
      const k = this.kind;
      const prec = INFIX[k];
      if (prec === 0 || prec <= minPrec) {
        if (k === T.COLONEQUAL && minPrec <= P.P_WALRUS) {
          // where CPython's grammar has no named expression, its parser stops at the `:=`
          // (a statement names what is not a plain name: `a.b := 1`; an argument does not)
          const plain = left.k === K_NAME && !left.paren;
          if (minPrec === P.P_WALRUS || (minPrec === P.P_STATEMENT ? plain : minPrec === P.P_ARGUMENT && !plain)) this.fail("invalid syntax");
          left = this.walrus(left, start, depth, pos);
          continue;
        }
        break;
      }
      if (k === T.KW_NOT && this.kindAt(this.p + 1) !== T.KW_IN) {
        if (minPrec < P.P_CMP) this.notAfterExpr = this.p;
        break;
      }
      left = this.infix(left, prec, start, depth, pos);
    }
    this.leaveNest();
    if (minPrec === P.P_LOWEST && this.kind === T.EQUAL) this.namedAssignHint(left);
    // (CPython names the last disjunction: the tail of a conditional expression, a lambda or a
    // named expression)
    if (left.what !== "conditional expression" && left.what !== "lambda" && left.what !== "named expression") this.lastExprFirst = firstTok;
    this.lastExprEnd = this.p;
    return left;
  }

  /**
   * `print x`, `exec "code"` where an expression starts: CPython's invalid_legacy_expression, for
   * the name followed by anything but `(` that starts an expression and cannot continue one.
   */
  legacyCall(): void {
    const v = this.t.value[this.p];
    if (v !== "print" && v !== "exec") return;
    const k = this.t.kind[this.p + 1];
    if (!STARTS_EXPR[k] || k === T.LPAR || k === T.LSQB || k === T.MINUS || k === T.PLUS || k === T.STAR || k === T.KW_YIELD) return;
    if (k === T.KW_NOT && this.t.kind[this.p + 2] === T.KW_IN) return;
    this.fail(`Missing parentheses in call to '${v}'. Did you mean ${v}(...)?`);
  }

  /**
   * A named expression followed by `=` (`if x = 1:`, `[a.b = 1]`, `@x = 1`): CPython's
   * invalid_named_expression, when both sides are bitwise_or expressions and the value is not
   * followed by another `=` or `:=`. Otherwise the caller's own error follows.
   */
  namedAssignHint(left: Tgt, eq = this.p): void {
    const w = left.what;
    // (in brackets, anything but a tuple or a generator expression is an atom, so a bitwise_or)
    if (left.k === K_TUPLE || left.k === K_LIST || left.k === K_STAR || w === "generator expression") return;
    if (!left.paren && (left.low || w === "comparison" || w === "conditional expression" || w === "lambda" || w === "named expression" ||
      w === "True" || w === "False" || w === "None" || w === "yield expression")) return;
    const kind = this.t.kind;
    const first = kind[eq + 1];
    if (!STARTS_EXPR[first] || first === T.KW_NOT || first === T.KW_LAMBDA || first === T.KW_YIELD || first === T.STAR) return;
    // the value's bitwise_or ends at the first top-level token that cannot continue it
    let i = eq + 1;
    for (;;) {
      const k = kind[i];
      if (k === T.LPAR || k === T.LSQB || k === T.LBRACE || k === T.FSTRING_START) i = this.t.match[i] + 1;
      else if (INFIX[k] > P.P_CMP || (STARTS_EXPR[k] && k !== T.KW_NOT && k !== T.KW_LAMBDA && k !== T.KW_YIELD)) i++;
      else break;
    }
    if (kind[i] === T.EQUAL || kind[i] === T.COLONEQUAL) return;
    if (left.k === K_NAME && !left.paren) this.fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", left.pos);
    this.fail(`cannot assign to ${exprName(left)} here. Maybe you meant '==' instead of '='?`, left.pos);
  }

  other(start: number, depth: number, pos: number, what = "expression"): Tgt {
    return { k: K_OTHER, start, end: this.u.here, pos, depth, what };
  }

  prefix(minPrec: number): Tgt {
    const start = this.u.here, depth = this.u.depth, pos = this.tokStart;
    const k = this.kind;
    switch (k) {
      case T.NAME: {
        const name = this.value() as string;
        this.p++;
        if (name === "super" && this.at(T.LPAR) && this.kindAt(this.p + 1) === T.RPAR && this.superArgs()) {
          // zero-argument super() in a method: the builtin gets the implicit __class__ and first
          // argument (SUPER_ARGS, then a jump to the CALL 2); anything else the name holds is
          // called with none (the CALL 0), as CPython does
          const u = this.u;
          this.loadName("super", pos);
          this.p += 2;
          this.markNeedsClass();
          const sa = u.jump(O.SUPER_ARGS, pos);
          this.emit(O.CALL, 0, 0, 0, pos);
          const j = u.jump(O.JUMP);
          u.patch(sa);
          u.adjust(2);
          this.emit(O.CALL, 2, 0, 0, pos);
          u.patch(j);
          return this.other(start, depth, pos, "function call");
        }
        if (name === "__debug__") {
          // a constant, as CPython's AST optimizer makes it (binding it is an error)
          this.loadConst(true, pos);
          return { k: K_NAME, start, end: this.u.here, pos, depth, name, fresh: false };
        }
        const fresh = this.loadName(name, pos);
        return { k: K_NAME, start, end: this.u.here, pos, depth, name, fresh };
      }
      case T.INT:
      case T.FLOAT: {
        const v = this.value();
        this.p++;
        this.loadConst(k === T.FLOAT ? new PyFloat(v as number) : v, pos);
        return this.other(start, depth, pos, "literal");
      }
      case T.IMAG: {
        const v = this.value() as number;
        this.p++;
        this.loadConst(new PyComplex(0, v), pos);
        return this.other(start, depth, pos, "literal");
      }
      case T.STRING:
      case T.BYTES:
      case T.FSTRING_START:
        return this.other(start, depth, pos, this.strings() ? "f-string expression" : "literal");
      case T.KW_NONE:
        this.p++;
        this.emit(O.LOAD_NONE, 0, 0, 0, pos);
        return this.other(start, depth, pos, "None");
      case T.KW_TRUE:
        this.p++;
        this.loadConst(true, pos);
        return this.other(start, depth, pos, "True");
      case T.KW_FALSE:
        this.p++;
        this.loadConst(false, pos);
        return this.other(start, depth, pos, "False");
      case T.ELLIPSIS:
        this.p++;
        this.loadConst(Ellipsis, pos);
        return this.other(start, depth, pos, "ellipsis");
      case T.LPAR:
        return this.paren();
      case T.LSQB:
        return this.listDisplay();
      case T.LBRACE:
        return this.dictOrSet();
      case T.MINUS:
      case T.PLUS:
      case T.TILDE: {
        this.p++;
        const operand = this.parse(P.P_UNARY);
        // fold -<number literal>
        const u = this.u;
        if (k === T.MINUS && operand.k === K_OTHER && u.here === operand.start + 2 && u.code[operand.start] === O.LOAD_CONST) {
          const c = u.consts[u.code[operand.start + 1]];
          let folded: Py = undefined;
          if (typeof c === "number" && c !== 0) folded = -c;
          else if (typeof c === "bigint") folded = -c;
          else if (c instanceof PyFloat) folded = new PyFloat(-c.v);
          if (folded !== undefined) {
            u.cut(operand.start);
            u.depth = depth;
            this.loadConst(folded, pos);
            return this.other(start, depth, pos, "expression");
          }
        }
        this.emit(k === T.MINUS ? O.UNARY_NEG : k === T.PLUS ? O.UNARY_POS : O.UNARY_INVERT, 0, 0, 0, pos);
        return this.other(start, depth, pos, "expression");
      }
      case T.KW_NOT: {
        // (no operand of a comparison or of a tighter operator: `1 + not 2`, `-not x`)
        if (minPrec > P.P_NOT) this.fail();
        this.p++;
        const operand = this.parse(P.P_NOT);
        this.emit(O.UNARY_NOT, 0, 0, 0, pos);
        return { ...this.other(start, depth, pos, "expression"), low: true, cond: operand.cond };
      }
      case T.KW_LAMBDA:
        if (minPrec > P.P_LAMBDA) this.fail();
        this.lambda();
        return this.other(start, depth, pos, "lambda");
      case T.KW_AWAIT: {
        this.p++;
        // (after its operand: `await = 1` is a syntax error first, as in CPython's parser)
        // the operand is a primary: `await -x`, `await await x` are invalid syntax
        if (NOT_PRIMARY[this.kind]) this.fail("invalid syntax");
        this.parse(P.P_AWAIT);
        this.awaitCheck(pos);
        this.emit(O.GET_AWAITABLE, 0, 0, 0, pos);
        this.emit(O.LOAD_NONE);
        this.emitYieldFrom(pos);
        return this.other(start, depth, pos, "await expression");
      }
      case T.KW_YIELD:
        // unparenthesized only as a statement (and a value assigned, which its callers parse)
        if (minPrec !== P.P_STATEMENT) this.fail("invalid syntax");
        this.yieldExpr();
        return this.other(start, depth, pos, "yield expression");
      case T.STAR:
        // a `*` where the grammar has no starred expression (an operand, a condition); where it
        // has one but the compiler refuses it (`x = *a`, `return *a`), starOrExpr reports it
        this.fail("invalid syntax");
        break;
      case T.RPAR:
      case T.RSQB:
      case T.RBRACE:
        // (the lexer reports a bracket that closes nothing: this one ends its brackets too
        // early, `f(a=)`, `[1, 2 +]`)
        this.fail("invalid syntax");
        break;
      case T.INDENT:
        this.unexpectedIndent();
        break;
      case T.NEWLINE:
      case T.EOF:
        this.fail("invalid syntax");
        break;
    }
    if (k >= T.KW_FALSE) this.fail("invalid syntax");
    this.fail("invalid syntax");
  }

  /** Hooks the statement compiler overrides. */
  /** A zero-argument super() here passes this frame's __class__ and first argument (SUPER_ARGS):
   * in a method, not in a comprehension inlined into one. */
  superArgs(): boolean {
    return false;
  }
  markNeedsClass(): void {}
  awaitCheck(_pos: number): void {}
  yieldExpr(): void {
    this.fail("'yield' outside function");
  }
  lambda(): void {
    this.fail();
  }
  comprehension(_open: number, _kind: number): void {
    this.fail();
  }

  walrus(left: Tgt, start: number, depth: number, pos: number): Tgt {
    if (left.k !== K_NAME || left.paren) this.fail(`cannot use assignment expressions with ${exprName(left)}`, left.pos);
    if (this.compIter > 0) this.fail("assignment expression cannot be used in a comprehension iterable expression", left.pos);
    this.p++;
    this.dropTargetUses(left);
    this.u.cut(left.start);
    this.u.depth = depth;
    this.parse(P.P_WALRUS);
    this.emit(O.DUP_TOP);
    this.walrusStore(left.name!, pos);
    return this.other(start, depth, pos, "named expression");
  }

  walrusStore(name: string, pos: number): void {
    this.storeName(name, pos);
  }

  infix(left: Tgt, prec: number, start: number, depth: number, pos: number): Tgt {
    const k = this.kind;
    const opPos = this.tokStart;
    switch (k) {
      case T.DOT: {
        this.p++;
        const nameTok = this.expect(T.NAME, "invalid syntax");
        const name = this.value(nameTok) as string;
        // (CPython 3.11 places an attribute split over lines at its name)
        const namePos = this.t.start[nameTok];
        if (this.at(T.LPAR) && !this.callHasStars()) {
          this.emit(O.LOAD_METHOD, this.u.nameIdx(this.u.mangle(name)), this.u.newIC(), 0, namePos);
          // (and a method call at the method's name: `(s\n .upper()\n .index(x))` fails on the
          // line of `.index`)
          this.call(true, start, namePos, pos);
          return this.other(start, depth, pos, "function call");
        }
        const objEnd = this.u.here;
        // (on one line, where the whole expression starts, as CPython's Attribute location)
        const attrPos = this.source.line(pos) === this.source.line(namePos) ? pos : namePos;
        this.emit(O.LOAD_ATTR, this.u.nameIdx(this.u.mangle(name)), this.u.newIC(), 0, attrPos);
        return { k: K_ATTR, start, end: this.u.here, pos, depth, name, objEnd };
      }
      case T.LPAR:
        // `(o\n .m)(x)` is a method call to CPython too: placed at the method's name
        this.call(false, start, left.k === K_ATTR && !this.callHasStars() ? this.u.pos[left.objEnd!] : pos, pos);
        return this.other(start, depth, pos, "function call");
      case T.LSQB:
        return this.subscript(start, depth, pos);
      case T.KW_IF: {
        // a if c else b: move a's code after the condition
        const seg = this.u.cut(left.start);
        this.u.depth = depth;
        this.p++;
        const test = this.parse(P.P_COND);
        const jf = this.u.jump(O.POP_JUMP_IF_FALSE, pos);
        this.u.paste(seg);
        this.u.adjust(1);
        const je = this.u.jump(O.JUMP);
        this.u.patch(jf);
        this.u.depth = depth;
        if (!this.at(T.KW_ELSE)) this.fail(this.at(T.COLON) ? "invalid syntax" : "expected 'else' after 'if' expression", this.at(T.COLON) ? this.tokStart : pos);
        this.p++;
        // (P_LAMBDA: a walrus after it is the enclosing expression's to report)
        const orelse = this.parse(P.P_LAMBDA);
        this.u.patch(je);
        this.u.depth = depth + 1;
        return { ...this.other(start, depth, pos, "conditional expression"), cond: orelse.cond ?? left.cond ?? test.cond };
      }
      case T.KW_OR:
      case T.KW_AND: {
        this.p++;
        const j = this.u.jump(k === T.KW_OR ? O.JUMP_IF_TRUE_OR_POP : O.JUMP_IF_FALSE_OR_POP, opPos);
        const right = this.parse(prec);
        this.u.patch(j);
        return { ...this.other(start, depth, pos, "expression"), low: true, cond: right.cond ?? left.cond };
      }
      case T.DOUBLESTAR: {
        this.p++;
        this.parse(P.P_UNARY - 1);
        this.emit(O.BINARY_POW, 0, 0, 0, pos);
        return this.other(start, depth, pos, "expression");
      }
    }
    if (prec === P.P_CMP) return this.comparison(start, depth, pos);
    const bop = BINOPS[k];
    if (bop < 0) this.fail();
    this.p++;
    this.parse(prec);
    // an operator's instruction is where its expression starts (CPython's BinOp location)
    this.emit(bop, 0, 0, 0, pos);
    return this.other(start, depth, pos, "expression");
  }

  /** Read one comparison operator; returns [opcode, operand]. */
  cmpOp(): [number, number] {
    const k = this.kind;
    this.p++;
    if (k === T.KW_IN) return [O.CONTAINS_OP, 0];
    if (k === T.KW_NOT) {
      this.expect(T.KW_IN);
      return [O.CONTAINS_OP, 1];
    }
    if (k === T.KW_IS) return this.accept(T.KW_NOT) ? [O.IS_OP, 1] : [O.IS_OP, 0];
    return [CMP_OPS[k], 0];
  }

  isCmp(): boolean {
    const k = this.kind;
    return INFIX[k] === P.P_CMP && (k !== T.KW_NOT || this.kindAt(this.p + 1) === T.KW_IN);
  }

  comparison(start: number, depth: number, pos: number): Tgt {
    // every comparison of a chain is where the chain starts (CPython's Compare location)
    let [opc, arg] = this.cmpOp();
    this.parse(P.P_CMP);
    if (!this.isCmp()) {
      this.emit(opc, arg, 0, 0, pos);
      return { ...this.other(start, depth, pos, "comparison"), cond: pos };
    }
    // chain: a < b < c  ->  a b DUP ROT3 < JIF_OR_POP(cleanup) c < JUMP end; cleanup: ROT2 POP
    // JUMP end. (The cleanup's JUMP, run only when a link is false, leaves room for threadChains
    // (peephole.ts) to turn it into `POP JUMP <where the false value would go>` when the chain is a
    // condition, so a false link's __bool__ is called once, as in CPython.)
    const cleanups: number[] = [];
    while (this.isCmp()) {
      this.emit(O.DUP_TOP);
      this.emit(O.ROT_THREE);
      this.emit(opc, arg, 0, 0, pos);
      cleanups.push(this.u.jump(O.JUMP_IF_FALSE_OR_POP));
      [opc, arg] = this.cmpOp();
      this.parse(P.P_CMP);
    }
    this.emit(opc, arg, 0, 0, pos);
    const jend = this.u.jump(O.JUMP);
    for (const c of cleanups) this.u.patch(c);
    this.emit(O.ROT_TWO);
    this.emit(O.POP_TOP);
    this.u.patch(this.u.jump(O.JUMP));
    this.u.patch(jend);
    this.u.depth = depth + 1;
    return { ...this.other(start, depth, pos, "comparison"), cond: pos };
  }

  /** The first token kind of each top-level argument of the call whose `(` is at `open`. */
  argFirsts(open: number): number[] {
    const close = this.t.match[open];
    const firsts: number[] = [];
    let argStart = true;
    for (let i = open + 1; i < close;) {
      const k = this.t.kind[i];
      if (argStart) firsts.push(k);
      argStart = k === T.COMMA;
      i = k === T.LPAR || k === T.LSQB || k === T.LBRACE ? this.t.match[i] + 1 : i + 1;
    }
    return firsts;
  }

  /** 1 when a call's arguments are only `*x`, 2 when they are `*x, **y`, 0 otherwise. */
  starOnly(open: number): number {
    const firsts = this.argFirsts(open);
    if (firsts.length === 1 && firsts[0] === T.STAR) return 1;
    return firsts.length === 2 && firsts[0] === T.STAR && firsts[1] === T.DOUBLESTAR ? 2 : 0;
  }

  /**
   * Is `*x` the only positional argument of the call whose `(` is at `open` (keywords aside)?
   * CPython then passes x to the call as it is, and a non-iterable x is the callee's error
   * ("f() argument after * must be an iterable"); otherwise the arguments are gathered in a list
   * first ("Value after * must be an iterable").
   */
  loneStarArgument(open: number): boolean {
    const close = this.t.match[open];
    let n = 0, star = false, argStart = true, lambdas = 0;
    for (let i = open + 1; i < close;) {
      const k = this.t.kind[i];
      if (argStart && k !== T.DOUBLESTAR && !(k === T.NAME && this.t.kind[i + 1] === T.EQUAL)) {
        n++;
        star = k === T.STAR;
      }
      // (the commas between a lambda's parameters separate no arguments)
      if (k === T.KW_LAMBDA) lambdas++;
      else if (k === T.COLON && lambdas > 0) lambdas--;
      argStart = k === T.COMMA && lambdas === 0;
      i = k === T.LPAR || k === T.LSQB || k === T.LBRACE || k === T.FSTRING_START ? this.t.match[i] + 1 : i + 1;
    }
    return n === 1 && star;
  }

  /**
   * CPython evaluates all positional and starred arguments before the keyword ones (its compiler's
   * call helper): when a keyword argument comes before a `*` one (`f(k=a(), *b())` calls b()
   * first), the start tokens of the positional and starred arguments, then of the keyword and
   * `**` ones; null when the source order is that order, or for argument lists the loop reports
   * as errors (a positional one after a keyword, `*` after `**`, a bare generator expression).
   */
  argumentOrder(open: number): number[] | null {
    const kind = this.t.kind, close = this.t.match[open];
    const first: number[] = [], second: number[] = [];
    let argStart = true, lambdas = 0, keyword = false, dstar = false, reorder = false;
    for (let i = open + 1; i < close;) {
      const k = kind[i];
      if (argStart) {
        if (k === T.DOUBLESTAR || (k === T.NAME && kind[i + 1] === T.EQUAL)) {
          second.push(i);
          keyword = true;
          if (k === T.DOUBLESTAR) dstar = true;
        } else {
          if (keyword && (k !== T.STAR || dstar)) return null;
          if (keyword) reorder = true;
          first.push(i);
        }
      }
      if (k === T.KW_FOR) return null;
      // (the commas between a lambda's parameters separate no arguments)
      if (k === T.KW_LAMBDA) lambdas++;
      else if (k === T.COLON && lambdas > 0) lambdas--;
      argStart = k === T.COMMA && lambdas === 0;
      i = k === T.LPAR || k === T.LSQB || k === T.LBRACE || k === T.FSTRING_START ? this.t.match[i] + 1 : i + 1;
    }
    return reorder ? first.concat(second) : null;
  }

  /** Does the call starting at the current '(' use *args/**kwargs? */
  callHasStars(): boolean {
    return this.argFirsts(this.p).some((k) => k === T.STAR || k === T.DOUBLESTAR);
  }

  /** Is the bracket at `open` a comprehension (a `for` at its top level)? */
  isComprehension(open: number): boolean {
    const close = this.t.match[open];
    for (let i = open + 1; i < close;) {
      const k = this.t.kind[i];
      if (k === T.KW_FOR) return i > open + 1;
      if (k === T.KW_ASYNC && this.t.kind[i + 1] === T.KW_FOR) return true;
      if (k === T.LPAR || k === T.LSQB || k === T.LBRACE || k === T.FSTRING_START) {
        i = this.t.match[i] + 1;
        continue;
      }
      i++;
    }
    return false;
  }

  /**
   * Are the call parens at `open` one bare generator expression, `f(x for x in xs)`? A generator
   * expression among other arguments (a top-level comma outside lambda parameters and `for` targets)
   * or as a keyword value is an error, reported by the argument loop (`checkBareGenexp`).
   */
  isGenexpArgument(open: number): boolean {
    if (!this.isComprehension(open)) return false;
    const kind = this.t.kind, close = this.t.match[open];
    if ((kind[open + 1] === T.NAME && kind[open + 2] === T.EQUAL) || kind[open + 1] === T.DOUBLESTAR) return false;
    let lambdas = 0, target = false;
    for (let i = open + 1; i < close;) {
      const k = kind[i];
      if (k === T.LPAR || k === T.LSQB || k === T.LBRACE || k === T.FSTRING_START) {
        i = this.t.match[i] + 1;
        continue;
      }
      if (k === T.KW_LAMBDA) lambdas++;
      else if (k === T.COLON && lambdas > 0) lambdas--;
      else if (k === T.KW_FOR) target = true;
      else if (k === T.KW_IN) target = false;
      else if (k === T.COMMA && lambdas === 0 && !target) return false;
      i++;
    }
    return true;
  }

  /**
   * A keyword argument's name (`name=` at the current token) in a call or a class statement, after
   * the checks of CPython 3.12's parser (a missing value) and compiler (`__debug__`, a repeated
   * name, which `seen` collects).
   */
  keywordName(seen: Set<string>): string {
    const name = this.value() as string, kpos = this.tokStart;
    const after = this.kindAt(this.p + 2);
    if (after === T.COMMA || (after === T.RPAR && !this.closedAtEnd(this.p + 2))) this.fail("expected argument value expression");
    this.forbiddenName(name, kpos);
    if (seen.has(name)) this.failLater(`keyword argument repeated: ${name}`, kpos);
    seen.add(name);
    return name;
  }

  /**
   * After a call or class argument `a` (not a keyword one), at an `=`: CPython 3.12's parser
   * errors for `True=1` (also False and None) and `x.y=1`.
   */
  argumentAssigned(a: Tgt, first: number): never {
    const k = this.t.kind[first];
    if (this.p === first + 1 && (k === T.KW_TRUE || k === T.KW_FALSE || k === T.KW_NONE)) {
      this.fail(`cannot assign to ${this.src.slice(this.t.start[first], this.t.end[first])}`, a.pos);
    }
    this.fail('expression cannot contain assignment, perhaps you meant "=="?', a.pos);
  }

  /** After `*x` (or `**x`) in a call or class statement: an `=` is CPython 3.12's error at the star. */
  unpackingAssigned(starPos: number, double: boolean): void {
    if (this.at(T.EQUAL)) this.fail(`cannot assign to ${double ? "keyword" : "iterable"} argument unpacking`, starPos);
  }

  /** After a call argument starting at `pos`: a `for` here makes it an unparenthesized generator expression. */
  checkBareGenexp(pos: number, keyword = -1): void {
    const k = this.kind;
    if (k === T.KW_FOR || (k === T.KW_ASYNC && this.kindAt(this.p + 1) === T.KW_FOR)) {
      if (keyword >= 0) this.fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", keyword);
      this.fail("Generator expression must be parenthesized", pos);
    }
  }

  /**
   * Call arguments after the callee (and, for methods, LOAD_METHOD) were emitted. `pos` places
   * the call: a method call's is the method's name, unless it has as many arguments as CPython
   * 3.11 calls the plain way (then `exprPos`, where the whole call starts).
   */
  call(method: boolean, _start: number, pos: number, exprPos = pos): void {
    const open = this.p;
    if (this.isGenexpArgument(open)) {
      // f(x for x in xs): a generator expression as the only argument
      this.comprehension(open, T.LPAR);
      this.emit(method ? O.CALL_METHOD : O.CALL, 1, 0, 0, pos);
      return;
    }
    this.p++;
    // (`f(yield`: CPython's parser reads to the closing parenthesis before it gives up)
    if (this.at(T.KW_YIELD)) this.reach = Math.max(this.reach, this.t.match[open]);
    this.enterNest();
    const callDepth = this.u.depth;
    if (this.callHasStarsAt(open)) {
      this.callEx(open, pos, callDepth);
      this.leaveNest();
      return;
    }
    let npos = 0;
    const kwnames: string[] = [];
    const seen = new Set<string>();
    while (!this.at(T.RPAR)) {
      if (this.kind === T.NAME && this.kindAt(this.p + 1) === T.EQUAL) {
        const kpos = this.tokStart;
        const name = this.keywordName(seen);
        this.p += 2;
        this.expr();
        this.checkBareGenexp(kpos, kpos);
        kwnames.push(name);
      } else {
        const first = this.p;
        const a = this.parse(P.P_ARGUMENT);
        if (this.at(T.EQUAL)) this.argumentAssigned(a, first);
        this.checkBareGenexp(a.pos);
        // CPython reports this at the closing parenthesis
        if (kwnames.length > 0) this.fail("positional argument follows keyword argument", this.t.start[this.t.match[open]]);
        npos++;
      }
      if (!this.accept(T.COMMA)) break;
    }
    this.closeCall();
    this.leaveNest();
    const argc = npos + kwnames.length;
    // (CPython's STACK_USE_GUIDELINE: its compiler's method-call form takes fewer operands)
    if (argc + (kwnames.length > 0 ? 1 : 0) >= 30) pos = exprPos;
    if (kwnames.length > 0) {
      const kc = this.u.newConst(new PyTuple(kwnames));
      this.emit(method ? O.CALL_METHOD_KW : O.CALL_KW, argc, kc, 0, pos);
    } else {
      this.emit(method ? O.CALL_METHOD : O.CALL, argc, 0, 0, pos);
    }
  }

  /** The `)` of a call's arguments (`f(*a = 1)`: CPython's parser stops at the `=`). */
  closeCall(): void {
    if (this.at(T.EQUAL)) this.fail("invalid syntax");
    this.expect(T.RPAR);
  }

  callHasStarsAt(open: number): boolean {
    const save = this.p;
    this.p = open;
    const r = this.callHasStars();
    this.p = save;
    return r;
  }

  /** Call with *args/**kwargs: build a tuple and a dict, then CALL_EX. */
  callEx(open: number, pos: number, _depth: number): void {
    const form = this.starOnly(open);
    if (form !== 0) {
      // `f(*a)` and `f(*a, **k)`: the values go to CALL_EX as they are (flag 2), which makes
      // the tuple and the dict only where they are not one already (measured: wrappers such
      // as `def w(*args): return f(*args)` about 15% faster)
      const spos = this.tokStart;
      if (this.kindAt(this.p + 1) === T.RPAR) this.fail("invalid syntax", this.t.start[this.p + 1]);
      this.p++;
      this.expr();
      this.unpackingAssigned(spos, false);
      this.checkBareGenexp(spos);
      if (form === 2) {
        this.expect(T.COMMA, "invalid syntax");
        const dpos = this.tokStart;
        this.p++;
        this.expr();
        this.unpackingAssigned(dpos, true);
        if (this.at(T.KW_FOR)) this.fail("invalid syntax");
      }
      this.accept(T.COMMA);
      this.closeCall();
      this.emit(O.CALL_EX, form === 2 ? 3 : 2, 0, 0, pos);
      return;
    }
    const haveKw = this.starArguments(open, pos, false);
    // (a lone `*x` among keywords stays as it is, iterated by the call: flag 2)
    const raw = this.loneStarArgument(open) ? 2 : 0;
    if (haveKw) this.emit(O.CALL_EX, 1 | raw, 0, 0, pos);
    else this.emit(O.CALL_EX, raw, 0, 0, pos);
  }

  /**
   * The arguments of a call (or of a class statement, `forClass`) that has `*` or `**` in them,
   * from the token after `(` to the `)`: leaves a tuple of the positional arguments and, when there
   * are keywords (the result), a dict of them above it. Errors in a class's arguments name
   * `__build_class__()` as CPython's do.
   */
  starArguments(open: number, pos: number, forClass: boolean): boolean {
    // LIST_EXTEND names the callee (two below the list, three below it and the dict) in its error
    // only for a lone `*x` (see loneStarArgument); a call's lone `*x` is left as it is (CPython
    // iterates it at the call, after the keyword arguments: `f(*gen(), k=g())` calls g() first)
    const lone = this.loneStarArgument(open);
    const named = !forClass && lone;
    // positional part as a list
    if (!named) this.emit(O.BUILD_LIST, 0);
    let haveKw = false;
    let kwStarted = false;
    let dstar = false;
    // DICT_MERGE names the callee below the list and the dict; a class has none (the flag)
    const merge = forClass ? 1 | (1 << 8) : 1;
    // a lone generator expression is no class argument (CPython: invalid syntax at the `for`)
    const genexpClass = forClass && this.isGenexpArgument(open);
    const seen = new Set<string>();
    const order = this.argumentOrder(open);
    const close = this.t.match[open];
    for (let n = 0; order !== null ? n < order.length : !this.at(T.RPAR); n++) {
      if (order !== null) this.p = order[n];
      if (this.at(T.STAR)) {
        if (dstar) this.fail("iterable argument unpacking follows keyword argument unpacking");
        if (this.kindAt(this.p + 1) === T.RPAR) this.fail("invalid syntax", this.t.start[this.p + 1]);
        const spos = this.tokStart;
        if (kwStarted) {
          // *args after keywords: still positional, goes to the list (under the dict)
          this.emit(O.ROT_TWO);
          this.p++;
          this.expr();
          this.unpackingAssigned(spos, false);
          this.checkBareGenexp(spos);
          this.emit(O.LIST_EXTEND, named ? 1 | (3 << 8) : 1);
          this.emit(O.ROT_TWO);
        } else {
          this.p++;
          this.expr();
          this.unpackingAssigned(spos, false);
          if (genexpClass && this.at(T.KW_FOR)) this.fail("invalid syntax");
          this.checkBareGenexp(spos);
          if (!named) this.emit(O.LIST_EXTEND, 1);
        }
      } else if (this.at(T.DOUBLESTAR)) {
        if (!haveKw) {
          this.emit(O.BUILD_MAP, 0);
          haveKw = true;
        }
        kwStarted = dstar = true;
        const dpos = this.tokStart;
        this.p++;
        this.expr();
        this.unpackingAssigned(dpos, true);
        if (this.at(T.KW_FOR)) this.fail("invalid syntax");
        this.emit(O.DICT_MERGE, merge, 0, 0, pos);
      } else if (this.kind === T.NAME && this.kindAt(this.p + 1) === T.EQUAL) {
        if (!haveKw) {
          this.emit(O.BUILD_MAP, 0);
          haveKw = true;
        }
        kwStarted = true;
        const kpos = this.tokStart;
        this.loadConst(this.keywordName(seen));
        this.p += 2;
        this.expr();
        this.checkBareGenexp(kpos, kpos);
        this.emit(O.BUILD_MAP, 1);
        this.emit(O.DICT_MERGE, merge, 0, 0, pos);
      } else {
        const first = this.p;
        const a = this.parse(P.P_ARGUMENT);
        if (this.at(T.EQUAL)) this.argumentAssigned(a, first);
        this.checkBareGenexp(a.pos);
        if (kwStarted) {
          // CPython reports this at the closing parenthesis
          this.fail(`positional argument follows keyword argument${dstar ? " unpacking" : ""}`, this.t.start[this.t.match[open]]);
        }
        this.emit(O.LIST_APPEND, 1);
      }
      if (order === null && !this.accept(T.COMMA)) break;
      // (reordered: each argument must end where the next begins, else the source-order loop's error)
      if (order !== null && !this.at(T.COMMA) && this.p !== close) this.closeCall();
    }
    if (order !== null) this.p = close;
    this.closeCall();
    if (named) return haveKw;
    if (haveKw) {
      this.emit(O.ROT_TWO);
      this.emit(O.LIST_TO_TUPLE);
      this.emit(O.ROT_TWO);
    } else {
      this.emit(O.LIST_TO_TUPLE);
    }
    return haveKw;
  }

  subscript(start: number, depth: number, pos: number): Tgt {
    if (this.subscriptStarred(this.p)) return this.starredSubscript(start, depth, pos);
    this.p++;
    this.enterNest();
    // one item: expression or slice; several (or a trailing comma): a tuple of them
    let n = 0;
    let multi = false;
    let lastSimple = false;
    while (!this.at(T.RSQB)) {
      const r = this.sliceItem();
      n++;
      if (this.at(T.COMMA)) {
        if (r === 2) this.emit(O.BUILD_SLICE, 2);
        this.p++;
        multi = true;
        continue;
      }
      lastSimple = r === 2;
      break;
    }
    this.expect(T.RSQB);
    this.leaveNest();
    // (`a[]`: at the `]`, as CPython)
    if (n === 0) this.fail("invalid syntax", this.t.start[this.p - 1]);
    if (!multi && lastSimple) {
      const objEnd = this.u.here;
      this.emit(O.BINARY_SLICE, 0, 0, 0, pos);
      return { k: K_SLICE, start, end: this.u.here, pos, depth, objEnd };
    }
    if (lastSimple) this.emit(O.BUILD_SLICE, 2);
    if (multi) {
      this.u.depth = depth + 1 + n;
      this.emit(O.BUILD_TUPLE, n);
    }
    const objEnd = this.u.here;
    // (where the subscripted expression starts, as CPython's Subscript location)
    this.emit(O.BINARY_SUBSCR, 0, 0, 0, pos);
    return { k: K_SUBSCR, start, end: this.u.here, pos, depth, objEnd };
  }

  /** Does the subscript opened at `open` have a starred item (`a[*b]`, `a[x, *b]`: 3.11)? */
  subscriptStarred(open: number): boolean {
    const close = this.t.match[open];
    let itemStart = true;
    for (let i = open + 1; i < close;) {
      const k = this.t.kind[i];
      if (itemStart && k === T.STAR) return true;
      itemStart = k === T.COMMA;
      i = k === T.LPAR || k === T.LSQB || k === T.LBRACE || k === T.FSTRING_START ? this.t.match[i] + 1 : i + 1;
    }
    return false;
  }

  /** `a[*b, c]`: the index is the tuple built from the items, starred ones unpacked. */
  starredSubscript(start: number, depth: number, pos: number): Tgt {
    this.p++;
    this.enterNest();
    this.emit(O.BUILD_LIST, 0);
    while (!this.at(T.RSQB)) {
      if (this.accept(T.STAR)) {
        this.starOperand();
        this.emit(O.LIST_EXTEND, 1);
      } else {
        if (this.sliceItem() === 2) this.emit(O.BUILD_SLICE, 2);
        this.emit(O.LIST_APPEND, 1);
      }
      if (!this.accept(T.COMMA)) break;
    }
    this.expect(T.RSQB);
    this.leaveNest();
    this.emit(O.LIST_TO_TUPLE);
    const objEnd = this.u.here;
    // (where the subscripted expression starts, as CPython's Subscript location)
    this.emit(O.BINARY_SUBSCR, 0, 0, 0, pos);
    return { k: K_SUBSCR, start, end: this.u.here, pos, depth, objEnd };
  }

  /**
   * One subscript item. Returns 0 for an expression, 1 for a slice object (BUILD_SLICE emitted),
   * 2 for a simple `lo:hi` slice (two values pushed, no object).
   */
  sliceItem(): number {
    let haveLo = false;
    if (!this.at(T.COLON)) {
      // a named expression, or a slice's lower bound (which cannot be one)
      const lo = this.namedExpr();
      haveLo = true;
      if (!this.at(T.COLON)) return 0;
      if (lo.what === "named expression" && !lo.paren) this.fail("invalid syntax");
    }
    this.p++; // ':'
    if (!haveLo) this.emit(O.LOAD_NONE);
    if (this.at(T.COLON) || this.at(T.RSQB) || this.at(T.COMMA)) this.emit(O.LOAD_NONE);
    else this.expr();
    if (this.accept(T.COLON)) {
      if (this.at(T.RSQB) || this.at(T.COMMA)) this.emit(O.LOAD_NONE);
      else this.expr();
      this.emit(O.BUILD_SLICE, 3);
      return 1;
    }
    return 2;
  }

  paren(): Tgt {
    const start = this.u.here, depth = this.u.depth, pos = this.tokStart;
    const open = this.p;
    if (this.kindAt(open + 1) === T.RPAR) {
      this.p += 2;
      this.loadConst(new PyTuple([]), pos);
      return { k: K_TUPLE, start, end: this.u.here, pos, depth, elts: [], paren: true };
    }
    if (this.isComprehension(open)) {
      this.comprehension(open, T.LPAR);
      return this.other(start, depth, pos, "generator expression");
    }
    this.p++;
    this.enterNest();
    if (this.at(T.KW_YIELD)) {
      const yieldPos = this.tokStart;
      this.yieldExpr();
      this.expect(T.RPAR);
      this.leaveNest();
      return { ...this.other(start, depth, yieldPos, "yield expression"), paren: true };
    }
    const first = this.starOrExpr(true);
    if (this.at(T.RPAR)) {
      this.p++;
      this.leaveNest();
      if (first.k === K_STAR) this.fail("cannot use starred expression here", first.pos);
      return { ...first, paren: true };
    }
    const elts: Tgt[] = [first];
    while (this.accept(T.COMMA)) {
      if (this.at(T.RPAR)) break;
      elts.push(this.starOrExpr(true));
    }
    this.expect(T.RPAR);
    this.leaveNest();
    const r = this.buildSeq(elts, K_TUPLE, start, depth, pos);
    r.paren = true;
    return r;
  }

  listDisplay(): Tgt {
    const start = this.u.here, depth = this.u.depth, pos = this.tokStart;
    const open = this.p;
    if (this.isComprehension(open)) {
      this.comprehension(open, T.LSQB);
      return this.other(start, depth, pos, "list comprehension");
    }
    this.p++;
    this.enterNest();
    const elts: Tgt[] = [];
    while (!this.at(T.RSQB)) {
      elts.push(this.starOrExpr(true));
      if (!this.accept(T.COMMA)) break;
    }
    this.expect(T.RSQB);
    this.leaveNest();
    return this.buildSeq(elts, K_LIST, start, depth, pos);
  }

  dictOrSet(): Tgt {
    const start = this.u.here, depth = this.u.depth, pos = this.tokStart;
    const open = this.p;
    this.p++;
    if (this.isComprehension(open)) {
      const what = this.firstItemIsDict() ? "dict comprehension" : "set comprehension";
      this.comprehension(open, T.LBRACE);
      return this.other(start, depth, pos, what);
    }
    this.enterNest();
    if (this.accept(T.RBRACE)) {
      this.leaveNest();
      this.emit(O.BUILD_MAP, 0, 0, 0, pos);
      return this.other(start, depth, pos, "dict literal");
    }
    // decide dict or set from the first item (a starred one is a set's: `{*a: 1}` fails at the `:`)
    const isDict = this.at(T.DOUBLESTAR) || (!this.at(T.STAR) && this.firstItemIsDict());
    if (!isDict) {
      const elts: Tgt[] = [];
      while (!this.at(T.RBRACE)) {
        elts.push(this.starOrExpr(true));
        if (!this.accept(T.COMMA)) break;
      }
      this.expect(T.RBRACE);
      this.leaveNest();
      this.buildSeq(elts, K_LIST, start, depth, pos, true);
      return this.other(start, depth, pos, "set display");
    }
    // dict: plain pairs are built in runs of BUILD_MAP; ** merges with DICT_UPDATE
    let pairs = 0;
    let built = false;
    const flush = () => {
      if (pairs > 0 || !built) {
        this.emit(O.BUILD_MAP, pairs, 0, 0, pos);
        if (built) this.emit(O.DICT_UPDATE, 1);
        built = true;
        pairs = 0;
      }
    };
    while (!this.at(T.RBRACE)) {
      if (this.accept(T.DOUBLESTAR)) {
        flush();
        this.starOperand();
        this.emit(O.DICT_UPDATE, 1, 0, 0, pos);
      } else {
        if (pairs >= 1000) {
          flush();
        }
        // (CPython reads a first item `k := v` as a set's, then stops at the `:`)
        const keyTok = this.p;
        const key = built || pairs > 0 ? this.expr() : this.namedExpr();
        if (key.what === "named expression" && !key.paren) this.fail("invalid syntax");
        const colon = this.tokStart;
        if (!this.at(T.COLON)) {
          // (CPython 3.12 places it on the key's last character, inside its parentheses)
          const last = this.p - 1 - (this.groupInner(keyTok, this.p) - keyTok);
          this.fail("':' expected after dictionary key", this.t.end[last] - 1);
        }
        this.p++;
        if (this.at(T.RBRACE) || this.at(T.COMMA)) this.fail("expression expected after dictionary key and ':'", colon);
        if (this.at(T.STAR)) this.starredValue();
        this.expr();
        pairs++;
      }
      if (!this.accept(T.COMMA)) break;
    }
    this.expect(T.RBRACE);
    this.leaveNest();
    if (pairs > 0 || !built) flush();
    return this.other(start, depth, pos, "dict literal");
  }

  /** At `*` after a dictionary key's ':': `{k: *v}` is an error once `v` parses (a bitwise_or). */
  starredValue(): never {
    const star = this.tokStart;
    this.p++;
    this.parse(P.P_BOR);
    this.fail("cannot use a starred expression in a dictionary value", star);
  }

  /** In `{...}`, is there a ':' at the top level before the first ','? */
  firstItemIsDict(): boolean {
    const close = this.t.match[this.p - 1];
    for (let i = this.p; i < close;) {
      const k = this.t.kind[i];
      if (k === T.COLON) return true;
      if (k === T.COMMA) return false;
      if (k === T.KW_LAMBDA) {
        // skip the lambda's parameter list up to its ':'
        while (i < close && this.t.kind[i] !== T.COLON) i++;
        i++;
        continue;
      }
      if (k === T.LPAR || k === T.LSQB || k === T.LBRACE || k === T.FSTRING_START) {
        i = this.t.match[i] + 1;
        continue;
      }
      i++;
    }
    return false;
  }

  // -- strings -----------------------------------------------------------------------------------

  /** Bytes and str (or f-string) literals side by side: CPython's parser reports it once it has
   * read the whole run of literals, at the token after it. */
  mixedBytes(): never {
    const kind = this.t.kind;
    let i = this.p;
    while (kind[i] === T.STRING || kind[i] === T.BYTES || kind[i] === T.FSTRING_START) {
      i = kind[i] === T.FSTRING_START ? this.t.match[i] + 1 : i + 1;
    }
    this.fail("cannot mix bytes and nonbytes literals", this.t.start[i]);
  }

  /** Adjacent string literals (str, bytes and f-strings), concatenated; true when one is an f-string. */
  strings(): boolean {
    const pos = this.tokStart;
    const first = this.kind;
    if (first === T.BYTES) {
      const parts: Uint8Array[] = [];
      while (this.at(T.BYTES) || this.at(T.STRING) || this.at(T.FSTRING_START)) {
        if (!this.at(T.BYTES)) this.mixedBytes();
        parts.push(this.literal() as Uint8Array);
        this.p++;
      }
      let n = 0;
      for (const b of parts) n += b.length;
      const all = new Uint8Array(n);
      let o = 0;
      for (const b of parts) {
        all.set(b, o);
        o += b.length;
      }
      this.u.depth++;
      if (this.u.depth > this.u.maxDepth) this.u.maxDepth = this.u.depth;
      this.u.code.push(O.LOAD_CONST, this.u.newConst(new PyBytes(all)));
      this.u.pos.push(pos, -1);
      return false;
    }
    let fstring = false;
    // str and f-string parts: fold adjacent constants, count pieces for BUILD_STRING
    let pieces = 0;
    let pending: string | null = null;
    const flushConst = () => {
      if (pending !== null) {
        if (pending.length > 0 || pieces === 0) {
          this.loadConst(pending, pos);
          pieces++;
        }
        pending = null;
      }
    };
    while (this.at(T.STRING) || this.at(T.FSTRING_START) || this.at(T.BYTES)) {
      if (this.at(T.BYTES)) this.mixedBytes();
      if (this.at(T.STRING)) {
        pending = (pending ?? "") + (this.literal() as string);
        this.p++;
        continue;
      }
      // f-string
      fstring = true;
      this.p++;
      while (!this.at(T.FSTRING_END)) {
        if (this.at(T.FSTRING_MIDDLE)) {
          pending = (pending ?? "") + (this.value() as string);
          this.p++;
        } else if (this.at(T.LBRACE)) {
          const lit = this.fieldSelfDoc();
          if (lit !== null) pending = (pending ?? "") + lit;
          flushConst();
          this.replacementField();
          pieces++;
        } else this.fail("f-string: expecting '}'");
      }
      // (an escape of its text the lexer could not decode: CPython 3.12 reports it now, at the end)
      this.literal();
      this.p++;
    }
    // (an empty f-string has no literal text at all: its value is still "")
    if (pieces === 0 || (pending !== null && (pending as string).length > 0)) {
      this.loadConst(pending ?? "", pos);
      pieces++;
    }
    if (pieces > 1) this.emit(O.BUILD_STRING, pieces, 0, 0, pos);
    else if (pieces === 1 && this.u.code[this.u.lastAt] === O.FORMAT_VALUE && this.u.lastAt + 2 === this.u.here) {
      // the f-string is this one field: its value is what format() returns (a str subclass stays one)
      this.u.code[this.u.lastAt + 1] |= 8;
    }
    return fstring;
  }

  /** For `{expr=}` return the literal "expr=" text (with surrounding spaces), else null. */
  fieldSelfDoc(): string | null {
    const open = this.p;
    const close = this.t.match[open];
    // find a top-level EQUAL right before '}' / '!' / ':'
    let depth = 0;
    for (let i = open + 1; i < close; i++) {
      const k = this.t.kind[i];
      if (k === T.LPAR || k === T.LSQB || k === T.LBRACE) depth++;
      else if (k === T.RPAR || k === T.RSQB || k === T.RBRACE) depth--;
      else if (k === T.EQUAL && depth === 0) {
        const nk = this.t.kind[i + 1];
        if (nk === T.RBRACE || nk === T.EXCLAMATION || nk === T.COLON) {
          const nextStart = this.t.start[i + 1];
          return this.src.slice(this.t.end[open], this.t.end[i]) + this.src.slice(this.t.end[i], nextStart);
        }
      } else if ((k === T.COLON || k === T.EXCLAMATION) && depth === 0) return null;
    }
    return null;
  }

  /** The `{` of the replacement field whose expression is being parsed (-1: none). */
  fieldOpen = -1;
  /** Inside fieldParses' trial parses: errors are not reworded. */
  fieldTrial = 0;

  /**
   * `{expr[=][!conv][:spec]}` -> expression code + FORMAT_VALUE. Errors are CPython 3.12's (PEP
   * 701 grammar): what may follow each part is named ("expecting '!', or ':', or '}'").
   */
  replacementField(): void {
    const open = this.p;
    const pos = this.tokStart;
    this.p++;
    // (the lexer reports `{}`, `{!r}`, `{:x}` and `{=}`: "valid expression required before '}'")
    this.enterNest();
    const outer = this.fieldOpen;
    this.fieldOpen = open;
    try {
      // (PEP 701: a field holds a yield expression or star expressions)
      if (this.at(T.KW_YIELD)) this.yieldExpr();
      else this.exprList();
    } catch (e) {
      // (`{*a b}`: the parser's error comes before the compiler's about the lone starred item)
      if (e instanceof CompileError && e.message === "can't use starred expression here" && STARTS_EXPR[this.kind]) {
        throw new CompileError("f-string: expecting '=', or '!', or ':', or '}'", this.tokStart);
      }
      throw this.fieldError(e, open);
    }
    const k = this.kind;
    if (k !== T.EQUAL && k !== T.EXCLAMATION && k !== T.COLON && k !== T.RBRACE) {
      if (this.lastExprEnd === this.p) this.fieldJuxtaposed();
      this.fail("f-string: expecting '=', or '!', or ':', or '}'");
    }
    this.fieldOpen = outer;
    let selfDoc = false;
    if (this.at(T.EQUAL)) {
      this.p++;
      selfDoc = true;
      if (!this.at(T.EXCLAMATION) && !this.at(T.COLON) && !this.at(T.RBRACE)) this.fail("f-string: expecting '!', or ':', or '}'");
    }
    let conv = 0;
    if (this.at(T.EXCLAMATION)) {
      const bang = this.p++;
      if (this.at(T.COLON) || this.at(T.RBRACE)) this.fail("f-string: missing conversion character");
      if (!this.at(T.NAME)) this.fail("f-string: invalid conversion character");
      // (3.12.1 and 3.13.0 spell it "exclamanation"; later releases corrected it)
      if (this.tokStart !== this.t.end[bang]) this.fail("f-string: conversion type must come right after the exclamation mark", this.t.start[bang]);
      const c = this.value() as string;
      if (c === "s") conv = 1;
      else if (c === "r") conv = 2;
      else if (c === "a") conv = 3;
      else this.fail(`f-string: invalid conversion character '${c}': expected 's', 'r', or 'a'`);
      this.p++;
      if (!this.at(T.COLON) && !this.at(T.RBRACE)) this.fail("f-string: expecting ':' or '}'");
    }
    let hasSpec = false;
    if (this.accept(T.COLON)) {
      hasSpec = true;
      let pieces = 0;
      while (!this.at(T.RBRACE)) {
        if (this.at(T.FSTRING_MIDDLE)) {
          this.loadConst(this.value() as string);
          this.p++;
          pieces++;
        } else if (this.at(T.LBRACE)) {
          const lit = this.fieldSelfDoc();
          if (lit !== null) {
            this.loadConst(lit);
            pieces++;
          }
          this.replacementField();
          pieces++;
        } else this.fail("f-string: expecting '}'");
      }
      if (pieces === 0) this.loadConst("");
      else if (pieces > 1) this.emit(O.BUILD_STRING, pieces);
    }
    if (selfDoc && conv === 0 && !hasSpec) conv = 2;
    if (!this.at(T.RBRACE)) this.fail("f-string: expecting '}'");
    if (this.t.match[open] !== this.p) this.fail("f-string: expecting '}'");
    this.p++;
    this.leaveNest();
    this.emit(O.FORMAT_VALUE, conv | (hasSpec ? 4 : 0), 0, 0, pos);
  }

  /**
   * A field's expression followed by another expression (`{x y}`): CPython 3.12's "Perhaps you
   * forgot a comma?" at the first, as inside brackets, except after a name followed by a string
   * (left to "expecting '=', or '!', ..."); an f-string is not a string token there.
   */
  fieldJuxtaposed(): void {
    const k = this.kind;
    if (k === T.KW_LAMBDA) this.fieldLambda(this.p);
    if (!STARTS_EXPR[k] || k === T.STAR || k === T.KW_YIELD) return;
    if (k === T.KW_NOT && !STARTS_EXPR[this.kindAt(this.p + 1)]) return; // (`{a not}`: no second expression)
    const a = this.lastExprFirst;
    const ka = this.t.kind[a];
    if (ka === T.NAME && a + 1 === this.p && (k === T.STRING || k === T.BYTES)) return;
    // (nor after a starred item, nor when the first starts with a soft keyword: `{_ x}`)
    if (a > 0 && this.t.kind[a - 1] === T.STAR) return;
    if (ka === T.NAME && SOFT_KEYWORDS.has(this.value(a) as string)) return;
    this.reach = this.secondExprEnd();
    this.fail("invalid syntax. Perhaps you forgot a comma?", this.t.start[this.groupInner(a, this.p)]);
  }

  /**
   * A lambda whose `:` is the one that starts the field's format spec (`f"{lambda x: 1}"`): CPython
   * 3.12's error, at the `lambda`. `colon` is the token after its parameters.
   */
  fieldLambda(lambdaTok: number, colon = -1): void {
    const open = this.fieldOpen;
    if (open < 0) return;
    const kind = this.t.kind, match = this.t.match, close = match[open];
    let i = open + 1;
    while (i < close && kind[i] !== T.COLON) {
      const k = kind[i];
      i = k === T.LPAR || k === T.LSQB || k === T.LBRACE || k === T.FSTRING_START ? match[i] + 1 : i + 1;
    }
    if (i >= close || (colon >= 0 && i !== colon)) return;
    if (colon < 0) {
      // (`{x lambda: 1}`: the lambda's own colon, right after its parameters, must be that one)
      for (let j = lambdaTok + 1; j < i; j++) {
        const k = kind[j];
        if (k !== T.NAME && k !== T.COMMA && k !== T.STAR && k !== T.DOUBLESTAR && k !== T.SLASH && k !== T.EQUAL && !STARTS_EXPR[k]) return;
      }
    }
    this.fail("f-string: lambda expressions are not allowed without parentheses", this.t.start[lambdaTok]);
  }

  /**
   * An error inside a field's expression, reworded as CPython 3.12's parser reports it. Its PEG
   * parser takes the longest prefix of the field that is an expression and names what may follow
   * it ("expecting '=', or '!', or ':', or '}'" at the next token); with no such prefix it says
   * "expecting a valid expression after '{'". Only our plain "invalid syntax" is reworded; other
   * messages are CPython's own for that mistake. (An error path only: each trial parses again.)
   */
  fieldError(e: unknown, open: number): unknown {
    if (!(e instanceof CompileError) || e.message !== "invalid syntax" || this.fieldTrial > 0) return e;
    const kind = this.t.kind, match = this.t.match;
    const first = open + 1, close = match[open], last = Math.min(close, this.p + 2);
    // a prefix can end only outside the field's brackets: those ends, longest first
    const ends: number[] = [];
    for (let i = first + 1; i <= last;) {
      ends.push(i);
      const k = kind[i - 1];
      i = k === T.LPAR || k === T.LSQB || k === T.LBRACE || k === T.FSTRING_START ? Math.max(match[i - 1] + 1, i + 1) : i + 1;
    }
    // (each trial reparses its prefix: past this many tokens the plain error stands)
    let work = 100_000;
    for (let j = ends.length - 1; j >= 0; j--) {
      const end = ends[j];
      if ((work -= end - first) < 0) return e;
      if (this.fieldParses(open, end)) return new CompileError("f-string: expecting '=', or '!', or ':', or '}'", this.t.start[end]);
    }
    return new CompileError("f-string: expecting a valid expression after '{'", this.t.start[first]);
  }

  /** Do the tokens of field `open` up to `end` (excluded) parse as its expression? */
  fieldParses(open: number, end: number): boolean {
    const kind = this.t.kind, saved = kind[end];
    const p = this.p, u = this.u, nest = this.nestDepth, compIter = this.compIter, field = this.fieldOpen;
    const lastFirst = this.lastExprFirst, lastEnd = this.lastExprEnd, reach = this.reach, deferred = this.deferred;
    const here = u.here, depth = u.depth;
    kind[end] = T.RBRACE; // the parser stops there as at the field's end
    this.fieldTrial++;
    try {
      this.p = open + 1;
      this.fieldOpen = open;
      if (this.at(T.KW_YIELD)) this.yieldExpr();
      else this.exprList();
      return this.p === end;
    } catch (e) {
      if (e instanceof CompileError) return false;
      throw e;
    } finally {
      this.fieldTrial--;
      kind[end] = saved;
      this.p = p;
      this.u = u;
      u.cut(here);
      u.depth = depth;
      this.nestDepth = nest;
      this.compIter = compIter;
      this.fieldOpen = field;
      this.lastExprFirst = lastFirst;
      this.lastExprEnd = lastEnd;
      this.reach = reach;
      this.deferred = deferred;
    }
  }

  emitYieldFrom(pos: number): void {
    const loop = this.u.here;
    const send = this.u.jump(O.SEND, pos);
    this.emit(O.YIELD_VALUE, 0, 0, 0, pos);
    this.u.jumpTo(O.JUMP, loop);
    this.u.patch(send);
    this.u.depth--; // SEND's exit path: iterator and value replaced by the result
  }

  // -- assignment targets ----------------------------------------------------------------------

  /**
   * Turn the just-parsed expression `t` (whose code ends the buffer) into store code. `hint`:
   * an invalid target gets CPython's "Maybe you meant '=='" (the first target of `x = y`).
   */
  cutTarget(t: Tgt): Segment {
    this.checkTarget(t, "assign to");
    this.dropTargetUses(t);
    const seg = this.u.cut(t.start);
    this.u.depth = t.depth;
    return seg;
  }

  /**
   * Is `t` an assignment target in CPython's grammar (star_targets)? The checks its compiler makes
   * later (`__debug__`, several or lone starred targets) are not counted.
   */
  isTarget(t: Tgt): boolean {
    switch (t.k) {
      case K_NAME:
      case K_ATTR:
      case K_SUBSCR:
      case K_SLICE:
        return true;
      case K_TUPLE:
      case K_LIST:
        return t.elts!.every((e) => this.isTarget(e.k === K_STAR ? e.elts![0] : e));
      case K_STAR:
        return this.isTarget(t.elts![0]);
    }
    return false;
  }

  checkTarget(t: Tgt, verb: string): void {
    switch (t.k) {
      case K_NAME:
      case K_ATTR:
        // (an attribute too, `x.__debug__ = 1`, as CPython's compiler says)
        this.forbiddenName(t.name!, t.pos);
        return;
      case K_SUBSCR:
      case K_SLICE:
        return;
      case K_TUPLE:
      case K_LIST: {
        let stars = 0;
        for (const e of t.elts!) {
          if (e.k === K_STAR) {
            stars++;
            this.checkTarget(e.elts![0], verb);
          } else this.checkTarget(e, verb);
        }
        if (stars > 1) this.fail("multiple starred expressions in assignment", t.pos);
        return;
      }
      case K_STAR:
        this.fail("starred assignment target must be in a list or tuple", t.pos);
    }
    const what = t.what ?? "expression";
    if (what === "yield expression" && !t.paren) this.fail("assignment to yield expression not possible", t.pos);
    this.fail(`cannot ${verb} ${what}`, t.pos);
  }

  /** Emit store code for target `t`, whose load code is in `seg` (cut at offset `base`). */
  emitStore(t: Tgt, seg: Segment, base: number): void {
    switch (t.k) {
      case K_NAME:
        this.storeName(t.name!, t.pos);
        return;
      case K_ATTR:
        this.pasteRange(seg, base, t.start, t.objEnd!);
        this.u.adjust(1);
        // (at the attribute's name, as its load: CPython 3.11 places `(o\n .x) = v` there)
        this.emit(O.STORE_ATTR, this.u.nameIdx(this.u.mangle(t.name!)), this.u.newIC(), 0, seg.pos[t.objEnd! - base]);
        return;
      case K_SUBSCR:
        this.pasteRange(seg, base, t.start, t.objEnd!);
        this.u.adjust(2);
        this.emit(O.STORE_SUBSCR, 0, 0, 0, t.pos);
        return;
      case K_SLICE:
        this.pasteRange(seg, base, t.start, t.objEnd!);
        this.u.adjust(3);
        this.emit(O.STORE_SLICE, 0, 0, 0, t.pos);
        return;
      case K_TUPLE:
      case K_LIST: {
        const elts = t.elts!;
        const si = elts.findIndex((e) => e.k === K_STAR);
        if (si < 0) this.emit(O.UNPACK_SEQUENCE, elts.length, 0, 0, t.pos);
        else {
          const after = elts.length - si - 1;
          if (si > 255 || after > 255) this.fail("too many expressions in star-unpacking assignment", t.pos);
          this.emit(O.UNPACK_EX, si | (after << 8), 0, 0, t.pos);
        }
        for (const e of elts) this.emitStore(e.k === K_STAR ? e.elts![0] : e, seg, base);
        return;
      }
    }
    this.checkTarget(t, "assign to");
  }

  /** Emit delete code for target `t`. */
  emitDelete(t: Tgt, seg: Segment, base: number): void {
    switch (t.k) {
      case K_NAME:
        this.forbiddenName(t.name!, t.pos, true);
        this.declareAssigned(t.name!);
        this.emit(O.NAME_DELETE, this.u.vnameIdx(this.u.priv(t.name!)), 0, 0, t.pos);
        return;
      case K_ATTR:
        this.pasteRange(seg, base, t.start, t.objEnd!);
        this.u.adjust(1);
        this.emit(O.DELETE_ATTR, this.u.nameIdx(this.u.mangle(t.name!)), 0, 0, seg.pos[t.objEnd! - base]);
        return;
      case K_SUBSCR:
        this.pasteRange(seg, base, t.start, t.objEnd!);
        this.u.adjust(2);
        this.emit(O.DELETE_SUBSCR, 0, 0, 0, t.pos);
        return;
      case K_SLICE:
        this.pasteRange(seg, base, t.start, t.objEnd!);
        this.u.adjust(2);
        this.emit(O.BUILD_SLICE, 2);
        this.emit(O.DELETE_SUBSCR, 0, 0, 0, t.pos);
        return;
      case K_TUPLE:
      case K_LIST:
        for (const e of t.elts!) this.emitDelete(e, seg, base);
        return;
    }
    const what = t.what ?? "expression";
    this.fail(`cannot delete ${what}`, t.pos);
  }
}

/** Shift a target descriptor's code offsets by d. */
export function shiftTgt(t: Tgt, d: number): Tgt {
  const r: Tgt = { ...t, start: t.start + d, end: t.end + d };
  if (t.objEnd !== undefined) r.objEnd = t.objEnd + d;
  if (t.elts) r.elts = t.elts.map((e) => shiftTgt(e, d));
  return r;
}

/** Dedup key for object constants (floats by bits, so 0.0 and -0.0 stay apart). */
function constKey(v: Py): Py {
  if (v instanceof PyFloat) return "f:" + (Object.is(v.v, -0) ? "-0" : String(v.v));
  if (v instanceof PyComplex) return "c:" + v.re + ":" + v.im;
  return v;
}

export { B_FOR, U_CLASS, U_COMPREHENSION, U_FUNCTION, U_LAMBDA };
