// The match statement. Patterns have their own grammar; each pattern compiles to code that
// consumes the subject on top of the stack and either falls through (matched) or jumps to a
// failure stub that pops whatever that pattern still had on the stack, then continues with the
// enclosing failure (ultimately the next case).

import * as T from "../lexer/tokens.ts";
import { dictHas, dictSet, newDict } from "../objects/dict.ts";
import { type Py, PyComplex, PyFloat, PyTuple } from "../objects/model.ts";
import { pyRepr } from "../objects/protocol.ts";
import { CompileError } from "./errors.ts";
import * as O from "./opcodes.ts";
import * as P from "./precedence.ts";
import type { Compiler } from "./stmt.ts";

/** Pending jumps to a failure target that must first pop `pops` stack items. */
interface Fail {
  jumps: { at: number; pops: number }[];
}

export function compileMatch(c: Compiler): void {
  const matchTok = c.p++;
  const u = c.u;
  const depth = c.blockDepth();
  c.exprList(true, false, P.P_LOWEST);
  if (!c.at(T.COLON)) c.fail(c.at(T.NEWLINE) ? "expected ':'" : "invalid syntax");
  c.p++;
  c.expect(T.NEWLINE, "invalid syntax");
  if (!c.at(T.INDENT)) {
    c.fail(`expected an indented block after 'match' statement on line ${c.source.line(c.t.start[matchTok])}`, c.tokStart, "IndentationError");
  }
  c.p++;
  const ends: number[] = [];
  while (!c.at(T.DEDENT) && !c.at(T.EOF)) {
    if (!c.isName(c.p, "case")) c.fail("invalid syntax");
    const caseTok = c.p++;
    u.depth = depth + 1;
    c.emit(O.DUP_TOP);
    const fail: Fail = { jumps: [] };
    const bound = new Set<string>();
    topPattern(c, fail, bound, isLastCase(c, caseTok));
    if (c.accept(T.KW_IF)) {
      c.parse(P.P_LOWEST);
      fail.jumps.push({ at: u.jump(O.POP_JUMP_IF_FALSE), pops: 0 });
    }
    // matched: drop the subject and run the body
    u.depth = depth + 1;
    c.emit(O.POP_TOP);
    c.suite("'case' statement", caseTok);
    ends.push(u.jump(O.JUMP));
    // failure stubs, then the next case with the subject still on the stack
    emitFailStubs(c, fail, depth + 1);
  }
  c.accept(T.DEDENT);
  u.depth = depth + 1;
  c.emit(O.POP_TOP);
  for (const e of ends) u.patch(e);
  u.depth = depth;
}

/** Emit the failure stubs of `fail`; afterwards the stack is at `depth` (subject kept). */
function emitFailStubs(c: Compiler, fail: Fail, depth: number): void {
  const u = c.u;
  // group jumps by pop count, deepest first, so stubs fall through into each other
  const byPops = new Map<number, number[]>();
  let max = 0;
  for (const j of fail.jumps) {
    (byPops.get(j.pops) ?? byPops.set(j.pops, []).get(j.pops)!).push(j.at);
    if (j.pops > max) max = j.pops;
  }
  for (let n = max; n >= 0; n--) {
    for (const at of byPops.get(n) ?? []) u.patch(at);
    if (n > 0) c.emit(O.POP_TOP);
  }
  u.depth = depth;
}

/** Is the case whose `case` token is `caseTok` the last of its match statement? */
function isLastCase(c: Compiler, caseTok: number): boolean {
  const kind = c.t.kind, n = c.t.count;
  let i = caseTok;
  while (i < n && kind[i] !== T.NEWLINE) i++; // brackets hold no NEWLINE
  i++;
  if (i < n && kind[i] === T.INDENT) {
    let nest = 0;
    do {
      if (kind[i] === T.INDENT) nest++;
      else if (kind[i] === T.DEDENT) nest--;
      i++;
    } while (nest > 0 && i < n);
  }
  return !c.isName(i, "case");
}

/**
 * A case's pattern: an open sequence `a, b` is allowed. An irrefutable pattern (a capture or `_`)
 * is an error unless the case is the last one or has a guard: CPython's `allow_irrefutable`,
 * passed down as `allowIrr`.
 */
function topPattern(c: Compiler, fail: Fail, bound: Set<string>, last: boolean): void {
  // find a top-level comma before ':' / 'if'
  const start = c.p;
  let i = start;
  let comma = false;
  while (i < c.t.count) {
    const k = c.t.kind[i];
    if (k === T.COLON || k === T.KW_IF || k === T.NEWLINE || k === T.EOF) break;
    if (k === T.COMMA) comma = true;
    if (k === T.LPAR || k === T.LSQB || k === T.LBRACE) i = c.t.match[i] + 1;
    else i++;
  }
  if (comma) sequencePattern(c, fail, bound, -1);
  else if (c.at(T.STAR)) loneStar(c);
  else asPattern(c, fail, bound, last || c.t.kind[i] === T.KW_IF);
}

/** A star pattern alone (`case *a:`, `case (*a):`): CPython's parser reads it as a sequence's
 * item, then finds no comma after it. */
function loneStar(c: Compiler): never {
  c.p++;
  c.expect(T.NAME, "invalid syntax");
  c.fail("invalid syntax");
}

/** or_pattern ['as' NAME]. Returns whether it is irrefutable. */
function asPattern(c: Compiler, fail: Fail, bound: Set<string>, allowIrr: boolean): boolean {
  const u = c.u;
  // look ahead for 'as' at this level: compile the subject duplicate first
  let hasAs = false;
  {
    let i = c.p;
    while (i < c.t.count) {
      const k = c.t.kind[i];
      if (k === T.KW_AS) {
        hasAs = true;
        break;
      }
      if (k === T.COLON || k === T.KW_IF || k === T.COMMA || k === T.RPAR || k === T.RSQB || k === T.RBRACE || k === T.NEWLINE) break;
      if (k === T.LPAR || k === T.LSQB || k === T.LBRACE) i = c.t.match[i] + 1;
      else i++;
    }
  }
  if (!hasAs) return orPattern(c, fail, bound, allowIrr);
  {
    // CPython's parser rejects a bad target before the compiler looks at the pattern itself
    let i = c.p;
    while (c.t.kind[i] !== T.KW_AS) {
      const k = c.t.kind[i];
      i = k === T.LPAR || k === T.LSQB || k === T.LBRACE ? c.t.match[i] + 1 : i + 1;
    }
    if (c.isName(i + 1, "_")) c.fail("cannot use '_' as a target", c.t.start[i + 1]);
  }
  const patternPos = c.tokStart;
  c.emit(O.DUP_TOP);
  const inner: Fail = { jumps: [] };
  const irr = orPattern(c, inner, bound, allowIrr);
  for (const j of inner.jumps) fail.jumps.push({ at: j.at, pops: j.pops + 1 });
  c.expect(T.KW_AS, "invalid syntax");
  // (a parenthesized target is reported where the expression in it starts; a tuple or a
  // generator expression where its parenthesis is)
  let tgt = c.p;
  while (c.t.kind[tgt] === T.LPAR && isGroup(c, tgt)) tgt++;
  if (!c.at(T.NAME)) asTargetError(c, tgt);
  const nt = c.p++;
  const name = c.value(nt) as string;
  // `as a.b`, `as a[0]`, `as a()`: CPython's parser stops after the name
  if (c.at(T.DOT) || c.at(T.LSQB) || c.at(T.LPAR)) c.fail("invalid syntax");
  if (name === "_") c.fail("cannot use '_' as a target", c.t.start[nt]);
  bindName(c, name, bound, c.t.start[nt], patternPos);
  void u;
  return irr;
}

/** Does the parenthesis at token `i` hold one expression (not a tuple or a generator expression)? */
function isGroup(c: Compiler, i: number): boolean {
  const close = c.t.match[i];
  if (close === i + 1) return false;
  for (let j = i + 1; j < close;) {
    const k = c.t.kind[j];
    if (k === T.COMMA || k === T.KW_FOR) return false;
    j = k === T.LPAR || k === T.LSQB || k === T.LBRACE ? c.t.match[j] + 1 : j + 1;
  }
  return true;
}

/** Tokens an expression can start with (a NAME aside); the unary ones may repeat. */
const UNARY_START = new Set([T.MINUS, T.PLUS, T.TILDE, T.KW_NOT, T.KW_AWAIT]);
const ATOM_START = new Set([
  T.NAME, T.INT, T.FLOAT, T.IMAG, T.STRING, T.BYTES, T.FSTRING_START, T.KW_NONE, T.KW_TRUE, T.KW_FALSE, T.ELLIPSIS,
]);

/**
 * `as` followed by something other than a NAME. CPython's invalid_as_pattern says "invalid
 * pattern target" when an expression parses there (`1 as None`, `1 as [x]`, `1 as -x y`), reported
 * where it starts (`tgt`, inside any parentheses); anything else (`1 as if`, `1 as *x`, `1 as:`,
 * `1 as -:`) is plain "invalid syntax" at the token after `as`, or the bracket's own error
 * (`1 as (1 2)`: "Perhaps you forgot a comma?").
 */
function asTargetError(c: Compiler, tgt: number): never {
  const at = c.p;
  let i = at;
  while (UNARY_START.has(c.t.kind[i])) i++;
  const k = c.t.kind[i];
  if (k === T.LPAR || k === T.LSQB || k === T.LBRACE || k === T.KW_LAMBDA) {
    // an expression can start here: see whether it parses (the code emitted is thrown away)
    c.p = i;
    try {
      c.parse(k === T.KW_LAMBDA ? P.P_LOWEST : P.P_PRIMARY);
    } catch (e) {
      if (!(e instanceof CompileError) || e.message !== "invalid syntax") throw e;
      c.fail("invalid syntax", c.t.start[at]);
    }
  } else if (!ATOM_START.has(k)) c.fail("invalid syntax", c.t.start[at]);
  c.fail("invalid pattern target", c.t.start[tgt]);
}

/** Bind a capture at `pos`; `__debug__` is CPython's compiler error at `patternPos`, the pattern's. */
function bindName(c: Compiler, name: string, bound: Set<string>, pos: number, patternPos = pos): void {
  if (bound.has(name)) c.fail(`multiple assignments to name '${name}' in pattern`, pos);
  bound.add(name);
  c.forbiddenName(name, patternPos);
  c.storeName(name, pos);
}

/** closed ('|' closed)*: only the last alternative may be irrefutable. */
function orPattern(c: Compiler, fail: Fail, bound: Set<string>, allowIrr: boolean): boolean {
  const u = c.u;
  // single alternative?
  let i = c.p, alts = 1;
  while (i < c.t.count) {
    const k = c.t.kind[i];
    if (k === T.VBAR) alts++;
    if (k === T.COLON || k === T.KW_IF || k === T.COMMA || k === T.KW_AS || k === T.RPAR || k === T.RSQB || k === T.RBRACE || k === T.NEWLINE) break;
    if (k === T.LPAR || k === T.LSQB || k === T.LBRACE) i = c.t.match[i] + 1;
    else i++;
  }
  if (alts === 1) return closedPattern(c, fail, bound, allowIrr);
  const orPos = c.tokStart;
  const success: number[] = [];
  let irr = false;
  let names: Set<string> | null = null;
  const depth = u.depth;
  for (let a = 0; a < alts; a++) {
    const last = a === alts - 1;
    const altBound = new Set<string>();
    u.depth = depth;
    if (!last) {
      c.emit(O.DUP_TOP);
      const f: Fail = { jumps: [] };
      if (closedPattern(c, f, altBound, false)) irr = true;
      c.emit(O.POP_TOP); // matched: drop the spare subject
      success.push(u.jump(O.JUMP));
      // this alternative failed: its stubs leave the spare subject for the next one
      emitFailStubs(c, f, depth);
    } else {
      if (closedPattern(c, fail, altBound, allowIrr)) irr = true;
    }
    if (names === null) names = altBound;
    else if (names.size !== altBound.size || [...altBound].some((n) => !names!.has(n))) {
      // (CPython 3.12 places it at the whole or-pattern)
      c.fail("alternative patterns bind different names", orPos);
    }
    if (!last) c.expect(T.VBAR, "invalid syntax");
  }
  for (const s of success) u.patch(s);
  u.depth = depth - 1;
  for (const n of names!) bound.add(n);
  return irr;
}

/**
 * After an item of a class, sequence or mapping pattern: only `,` or the closing token may follow
 * (`int(1=x)`, `int(a.b=1)`, `int(real:=5)`, `[a[0]]` are CPython's plain "invalid syntax" there).
 */
function endItem(c: Compiler, close: number): void {
  const k = c.kind;
  if (k === T.COMMA || k === close || (close === -1 && (k === T.COLON || k === T.KW_IF))) return;
  c.fail("invalid syntax");
}

/** Do the adjacent string literals at the cursor include an f-string? */
function hasFString(c: Compiler): boolean {
  for (let i = c.p; ; i++) {
    const k = c.t.kind[i];
    if (k === T.FSTRING_START) return true;
    if (k !== T.STRING && k !== T.BYTES) return false;
  }
}

function literalValue(c: Compiler): unknown {
  const k = c.kind;
  const neg = k === T.MINUS;
  if (neg) c.p++;
  const kk = c.kind;
  let v: unknown;
  if (kk === T.INT) v = neg ? (typeof c.value() === "bigint" ? -(c.value() as bigint) : -(c.value() as number) || 0) : c.value();
  else if (kk === T.FLOAT) v = new PyFloat(neg ? -(c.value() as number) : (c.value() as number));
  else if (kk === T.IMAG) v = new PyComplex(0, neg ? -(c.value() as number) : (c.value() as number));
  else c.fail("invalid syntax");
  c.p++;
  // complex literal: real +/- imag j (the real part is checked first, as CPython)
  const num = c.kindAt(c.p + 1) === T.INT || c.kindAt(c.p + 1) === T.FLOAT || c.kindAt(c.p + 1) === T.IMAG;
  if ((c.at(T.PLUS) || c.at(T.MINUS)) && num && kk === T.IMAG) c.fail("real number required in complex literal", c.t.start[c.p - 1]);
  if ((c.at(T.PLUS) || c.at(T.MINUS)) && (c.kindAt(c.p + 1) === T.INT || c.kindAt(c.p + 1) === T.FLOAT)) {
    c.fail("imaginary number required in complex literal", c.t.start[c.p + 1]);
  }
  if ((c.at(T.PLUS) || c.at(T.MINUS)) && c.kindAt(c.p + 1) !== T.IMAG) c.fail("invalid syntax", c.t.start[c.p + 1]);
  if ((c.at(T.PLUS) || c.at(T.MINUS)) && c.kindAt(c.p + 1) === T.IMAG) {
    const sign = c.at(T.MINUS) ? -1 : 1;
    c.p++;
    const im = c.value() as number;
    c.p++;
    const re = v instanceof PyFloat ? v.v : Number(v);
    v = new PyComplex(re, sign * im);
  }
  return v;
}

/** A literal, capture, wildcard, value, group, sequence, mapping or class pattern. */
function closedPattern(c: Compiler, fail: Fail, bound: Set<string>, allowIrr: boolean): boolean {
  const u = c.u;
  const k = c.kind;
  const pos = c.tokStart;
  switch (k) {
    case T.INT:
    case T.FLOAT:
    case T.IMAG:
    case T.MINUS: {
      const v = literalValue(c);
      c.loadConst(v, pos);
      c.emit(O.COMPARE_EQ, 0, 0, 0, pos);
      fail.jumps.push({ at: u.jump(O.POP_JUMP_IF_FALSE), pops: 0 });
      return false;
    }
    case T.STRING:
    case T.BYTES:
    case T.FSTRING_START: {
      if (hasFString(c)) c.fail("patterns may only match literals and attribute lookups");
      c.strings();
      c.emit(O.COMPARE_EQ, 0, 0, 0, pos);
      fail.jumps.push({ at: u.jump(O.POP_JUMP_IF_FALSE), pops: 0 });
      return false;
    }
    case T.KW_NONE:
    case T.KW_TRUE:
    case T.KW_FALSE:
      c.p++;
      if (k === T.KW_NONE) c.emit(O.LOAD_NONE);
      else c.loadConst(k === T.KW_TRUE);
      c.emit(O.IS_OP, 0, 0, 0, pos);
      fail.jumps.push({ at: u.jump(O.POP_JUMP_IF_FALSE), pops: 0 });
      return false;
    case T.LPAR: {
      const close = c.t.match[c.p];
      // group (p) vs tuple
      let comma = false;
      for (let i = c.p + 1; i < close;) {
        const kk = c.t.kind[i];
        if (kk === T.COMMA) {
          comma = true;
          break;
        }
        if (kk === T.LPAR || kk === T.LSQB || kk === T.LBRACE) i = c.t.match[i] + 1;
        else i++;
      }
      if (!comma && close !== c.p + 1) {
        c.p++;
        if (c.at(T.STAR)) loneStar(c);
        const irr = asPattern(c, fail, bound, allowIrr);
        c.expect(T.RPAR, "invalid syntax");
        return irr;
      }
      c.p++;
      sequencePattern(c, fail, bound, T.RPAR);
      c.expect(T.RPAR, "invalid syntax");
      return false;
    }
    case T.LSQB:
      c.p++;
      sequencePattern(c, fail, bound, T.RSQB);
      c.expect(T.RSQB, "invalid syntax");
      return false;
    case T.LBRACE:
      c.p++;
      mappingPattern(c, fail, bound);
      c.expect(T.RBRACE, "invalid syntax");
      return false;
    case T.NAME: {
      const name = c.value() as string;
      if (c.kindAt(c.p + 1) === T.DOT || c.kindAt(c.p + 1) === T.LPAR) {
        // value pattern (dotted name) or class pattern
        c.p++;
        c.loadName(name, pos);
        while (c.accept(T.DOT)) {
          const at = c.expect(T.NAME, "invalid syntax");
          c.emit(O.LOAD_ATTR, u.nameIdx(c.value(at) as string), u.newIC(), 0, pos);
        }
        if (c.at(T.LPAR)) {
          classPattern(c, fail, bound, pos);
          return false;
        }
        c.emit(O.COMPARE_EQ, 0, 0, 0, pos);
        fail.jumps.push({ at: u.jump(O.POP_JUMP_IF_FALSE), pops: 0 });
        return false;
      }
      if (!allowIrr) {
        const what = name === "_" ? "wildcard" : `name capture '${name}'`;
        c.fail(`${what} makes remaining patterns unreachable`, pos);
      }
      c.p++;
      if (name === "_") {
        c.emit(O.POP_TOP);
        return true;
      }
      bindName(c, name, bound, pos);
      return true;
    }
  }
  c.fail("invalid syntax");
}

/** Is the pattern in tokens [tok, end) a bare wildcard, `_`, maybe in parentheses (`(_)`)? */
function isWildcard(c: Compiler, tok: number, end: number): boolean {
  let last = end - 1;
  while (tok < last && c.t.kind[tok] === T.LPAR && c.t.match[tok] === last) {
    tok++;
    last--;
  }
  return tok === last && c.t.kind[tok] === T.NAME && c.value(tok) === "_";
}

/** Items of a sequence pattern up to `close` (-1: an open sequence ending at ':' or 'if'). */
function sequencePattern(c: Compiler, fail: Fail, bound: Set<string>, close: number): void {
  const u = c.u;
  // (CPython's compiler places the pattern's operations at the whole pattern, its bracket included)
  const pos = close === -1 ? c.tokStart : c.t.start[c.p - 1];
  // collect item token starts, ends and whether each is a wildcard (`_`, `*_`)
  const items: { tok: number; end: number; star: boolean; wild: boolean }[] = [];
  let i = c.p;
  const end = close === -1 ? -1 : c.t.match[c.p - 1];
  for (;;) {
    const k = c.t.kind[i];
    if (close === -1 ? (k === T.COLON || k === T.KW_IF) : i >= end) break;
    const tok = i;
    // skip to the next top-level comma
    while (i < c.t.count) {
      const kk = c.t.kind[i];
      if (kk === T.COMMA || (close === -1 ? (kk === T.COLON || kk === T.KW_IF) : i >= end)) break;
      if (kk === T.LPAR || kk === T.LSQB || kk === T.LBRACE) i = c.t.match[i] + 1;
      else i++;
    }
    const star = k === T.STAR;
    const wild = star ? i === tok + 2 && isWildcard(c, tok + 1, i) : isWildcard(c, tok, i);
    items.push({ tok, end: i, star, wild });
    if (c.t.kind[i] === T.COMMA) i++;
    else break;
  }
  const stars = items.filter((x) => x.star).length;
  if (stars > 1) {
    // (CPython's parser first wants a name after each `*`: `[*, *rest]` is invalid syntax at the comma)
    for (const it of items) {
      if (!it.star) continue;
      if (c.t.kind[it.tok + 1] !== T.NAME || it.end !== it.tok + 2) {
        c.p = c.t.kind[it.tok + 1] === T.NAME ? it.tok + 2 : it.tok + 1;
        c.fail("invalid syntax");
      }
    }
    c.fail("multiple starred names in sequence pattern", pos);
  }
  const n = items.length;
  const si = items.findIndex((x) => x.star);
  const depth = u.depth; // subject on top
  c.emit(O.MATCH_SEQUENCE, 0, 0, 0, pos);
  fail.jumps.push({ at: u.jump(O.POP_JUMP_IF_FALSE), pops: 1 });
  // as CPython's compiler_pattern_sequence: len(subject) == n, or >= n - 1 with a star (no test
  // for a lone star); then the items: none when all are wildcards, subscripts (from the end
  // through len()) when the star is `*_`, otherwise an unpack (which iterates the subject)
  if (si < 0 || n > 1) {
    c.emit(O.GET_LEN, 0, 0, 0, pos);
    c.loadConst(si >= 0 ? n - 1 : n);
    c.emit(si >= 0 ? O.COMPARE_GE : O.COMPARE_EQ);
    fail.jumps.push({ at: u.jump(O.POP_JUMP_IF_FALSE), pops: 1 });
  }
  if (items.every((x) => x.wild)) {
    c.emit(O.POP_TOP);
    c.p = items.length > 0 ? items[n - 1].end : c.p;
    c.accept(T.COMMA);
  } else if (si >= 0 && items[si].wild) {
    // the subject stays below each item while the item's pattern runs
    for (let j = 0; j < n; j++) {
      if (items[j].wild) c.p = items[j].end;
      else {
        c.p = items[j].tok;
        u.depth = depth;
        c.emit(O.DUP_TOP);
        if (j < si) c.loadConst(j);
        else {
          // (the subject may not support negative indexes)
          c.emit(O.GET_LEN, 0, 0, 0, pos);
          c.loadConst(n - j);
          c.emit(O.BINARY_SUB, 0, 0, 0, pos);
        }
        c.emit(O.BINARY_SUBSCR, 0, 0, 0, pos);
        const f: Fail = { jumps: [] };
        asPattern(c, f, bound, true);
        for (const jj of f.jumps) fail.jumps.push({ at: jj.at, pops: jj.pops + 1 });
      }
      endItem(c, close);
      c.accept(T.COMMA);
    }
    u.depth = depth;
    c.emit(O.POP_TOP);
  } else {
    if (si < 0) c.emit(O.UNPACK_SEQUENCE, n, 0, 0, pos);
    else c.emit(O.UNPACK_EX, si | ((n - si - 1) << 8), 0, 0, pos);
    // items are on the stack, the first on top
    for (let j = 0; j < n; j++) {
      c.p = items[j].tok;
      u.depth = depth - 1 + (n - j);
      const f: Fail = { jumps: [] };
      if (items[j].star) {
        const starPos = c.tokStart;
        c.p++;
        const nt = c.expect(T.NAME, "invalid syntax");
        const name = c.value(nt) as string;
        if (name === "_") c.emit(O.POP_TOP);
        else bindName(c, name, bound, c.t.start[nt], starPos);
      } else asPattern(c, f, bound, true);
      endItem(c, close);
      for (const jj of f.jumps) fail.jumps.push({ at: jj.at, pops: jj.pops + (n - j - 1) });
      c.accept(T.COMMA);
    }
  }
  u.depth = depth - 1;
}

function mappingPattern(c: Compiler, fail: Fail, bound: Set<string>): void {
  const u = c.u;
  const pos = c.tokStart;
  const bracePos = c.t.start[c.p - 1];
  // literal keys seen, compared with Python equality (1, 1.0 and True are one key); a duplicate is
  // reported once all keys are parsed, as CPython's compiler runs after its parser
  const seen = newDict();
  let duplicate: string | null = null;
  const depth = u.depth;
  c.emit(O.MATCH_MAPPING, 0, 0, 0, pos);
  fail.jumps.push({ at: u.jump(O.POP_JUMP_IF_FALSE), pops: 1 });
  // as CPython: a mapping with fewer items than the pattern has keys fails before any key is
  // evaluated or looked up (the keys are counted by their top-level ':')
  let counted = 0;
  for (let i = c.p, end = c.t.match[c.p - 1]; i < end; i++) {
    const k = c.kindAt(i);
    if (k === T.COLON) counted++;
    else if (k === T.LPAR || k === T.LSQB || k === T.LBRACE) i = c.t.match[i];
  }
  if (counted > 0) {
    c.emit(O.GET_LEN);
    c.loadConst(counted);
    c.emit(O.COMPARE_GE);
    fail.jumps.push({ at: u.jump(O.POP_JUMP_IF_FALSE), pops: 1 });
  }
  // keys first (literals or dotted values), remembering where each value pattern starts
  const valueToks: number[] = [];
  let rest: string | null = null;
  let nkeys = 0;
  while (!c.at(T.RBRACE)) {
    if (c.accept(T.DOUBLESTAR)) {
      const nt = c.expect(T.NAME, "invalid syntax");
      rest = c.value(nt) as string;
      if (rest === "_") c.fail("invalid syntax", c.t.start[nt]); // '**' takes a capture target, never '_'

      c.accept(T.COMMA);
      break;
    }
    const kpos = c.tokStart;
    if (c.at(T.NAME)) {
      const nm = c.value() as string;
      c.p++;
      c.loadName(nm, kpos);
      if (!c.at(T.DOT)) c.fail("invalid syntax");
      while (c.accept(T.DOT)) {
        const at = c.expect(T.NAME, "invalid syntax");
        c.emit(O.LOAD_ATTR, u.nameIdx(c.value(at) as string), u.newIC(), 0, kpos);
      }
    } else {
      let key: Py;
      if (c.at(T.STRING) || c.at(T.BYTES) || c.at(T.FSTRING_START)) {
        if (hasFString(c)) c.fail("mapping pattern keys may only match literals and attribute lookups", bracePos);
        c.strings();
        key = u.consts[u.code[u.here - 1]]; // strings() ends with LOAD_CONST of the value
      } else if (c.at(T.KW_NONE)) {
        c.p++;
        c.emit(O.LOAD_NONE);
        key = null;
      } else if (c.at(T.KW_TRUE) || c.at(T.KW_FALSE)) {
        key = c.at(T.KW_TRUE);
        c.loadConst(key);
        c.p++;
      } else {
        key = literalValue(c) as Py;
        c.loadConst(key, kpos);
      }
      // (a complex key with no imaginary part equals the real number)
      const eqKey = key instanceof PyComplex && key.im === 0 ? new PyFloat(key.re) : key;
      if (duplicate === null && dictHas(seen, eqKey)) duplicate = `mapping pattern checks duplicate key (${pyRepr(key)})`;
      dictSet(seen, eqKey, null);
    }
    c.expect(T.COLON, "invalid syntax");
    valueToks.push(c.p);
    nkeys++;
    // skip the value pattern
    while (!c.at(T.COMMA) && !c.at(T.RBRACE)) {
      const k = c.kind;
      if (k === T.LPAR || k === T.LSQB || k === T.LBRACE) c.p = c.t.match[c.p] + 1;
      else c.p++;
    }
    if (!c.accept(T.COMMA)) break;
  }
  if (duplicate !== null) c.fail(duplicate, bracePos);
  const closeTok = c.p;
  c.emit(O.BUILD_TUPLE, nkeys);
  // [subj, keys]
  c.emit(O.MATCH_KEYS, 0, 0, 0, pos);
  // [subj, keys, values|None]
  c.emit(O.DUP_TOP);
  c.emit(O.LOAD_NONE);
  c.emit(O.IS_OP, 0);
  fail.jumps.push({ at: u.jump(O.POP_JUMP_IF_TRUE), pops: 3 });
  c.emit(O.UNPACK_SEQUENCE, nkeys);
  for (let j = 0; j < nkeys; j++) {
    c.p = valueToks[j];
    u.depth = depth + 1 + (nkeys - j);
    const f: Fail = { jumps: [] };
    asPattern(c, f, bound, true);
    endItem(c, T.RBRACE);
    for (const jj of f.jumps) fail.jumps.push({ at: jj.at, pops: jj.pops + (nkeys - j - 1) + 2 });
  }
  u.depth = depth + 1;
  if (rest !== null) {
    c.emit(O.COPY_DICT_WITHOUT_KEYS);
    bindName(c, rest, bound, pos, bracePos);
  } else c.emit(O.POP_TOP);
  c.emit(O.POP_TOP);
  u.depth = depth - 1;
  c.p = closeTok;
}

function classPattern(c: Compiler, fail: Fail, bound: Set<string>, pos: number): void {
  const u = c.u;
  // stack: [subj, cls]
  const depth = u.depth - 1;
  c.p++; // '('
  const posToks: number[] = [];
  const kwToks: number[] = [];
  const kwNames: string[] = [];
  const seen = new Set<string>();
  while (!c.at(T.RPAR)) {
    if (c.at(T.NAME) && c.kindAt(c.p + 1) === T.EQUAL) {
      const kw = c.value() as string;
      // (CPython's compiler places these at the keyword's pattern)
      c.forbiddenName(kw, c.t.start[c.p + 2]);
      if (seen.has(kw)) c.fail(`attribute name repeated in class pattern: ${kw}`, c.t.start[c.p + 2]);
      seen.add(kw);
      kwNames.push(kw);
      c.p += 2;
      kwToks.push(c.p);
    } else {
      if (kwNames.length > 0) c.fail("positional patterns follow keyword patterns");
      posToks.push(c.p);
    }
    while (!c.at(T.COMMA) && !c.at(T.RPAR)) {
      const k = c.kind;
      if (k === T.LPAR || k === T.LSQB || k === T.LBRACE) c.p = c.t.match[c.p] + 1;
      else c.p++;
    }
    if (!c.accept(T.COMMA)) break;
  }
  const closeTok = c.p;
  c.emit(O.LOAD_CONST, u.newConst(new PyTuple(kwNames)));
  c.emit(O.MATCH_CLASS, posToks.length, 0, 0, pos);
  // [attrs|None]
  c.emit(O.DUP_TOP);
  c.emit(O.LOAD_NONE);
  c.emit(O.IS_OP, 0);
  fail.jumps.push({ at: u.jump(O.POP_JUMP_IF_TRUE), pops: 1 });
  const all = posToks.concat(kwToks);
  const n = all.length;
  c.emit(O.UNPACK_SEQUENCE, n);
  for (let j = 0; j < n; j++) {
    c.p = all[j];
    u.depth = depth - 1 + (n - j);
    const f: Fail = { jumps: [] };
    asPattern(c, f, bound, true);
    endItem(c, T.RPAR);
    for (const jj of f.jumps) fail.jumps.push({ at: jj.at, pops: jj.pops + (n - j - 1) });
  }
  u.depth = depth - 1;
  c.p = closeTok;
  c.expect(T.RPAR, "invalid syntax");
}
