// Name resolution, run once the whole module has been parsed: decides for every name in every
// unit whether it is a fast local, a cell, a free variable, a class-namespace name or a global,
// then patches the placeholder NAME_* instructions and builds the Code objects. The checks CPython's
// symtable makes on `global`/`nonlocal` statements and annotations run earlier, as each statement is
// compiled, from what the unit has recorded so far (see `declareName`).

import {
  type Code, CO_ASYNC_GENERATOR, CO_CLASS_BODY, CO_COMPREHENSION, CO_COROUTINE, CO_GENERATOR, CO_LAMBDA, CO_MODULE, CO_NEEDS_CLASS, CO_NESTED, CO_PURE, CO_VARARGS,
  CO_VARKEYWORDS,
} from "./code.ts";
import { CompileError } from "./errors.ts";
import * as O from "./opcodes.ts";
import { peephole, threadJumps } from "./peephole.ts";
import { forEachInstr, U_CLASS, U_COMPREHENSION, U_LAMBDA, U_MODULE, Unit } from "./unit.ts";
import type { ExprCompiler } from "./expr.ts";
import { checkPurity } from "./purity.ts";
import { fuseExpressions, MAX_FUSED_WORDS } from "./fuse.ts";
import { undefinedSlots } from "../objects/model.ts";

interface Scope {
  /** Names bound in this unit (function-like: fast locals or cells; class: namespace). */
  bound: Set<string>;
  /** Cells owned and free variables (null while there are none: most units have none). */
  cells: Set<string> | null;
  free: Set<string> | null;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * Record `global name` or `nonlocal name` in `u`, from the statement starting at token `tok`. Returns
 * CPython's SyntaxError message when the name was already a parameter, read, annotated or assigned in
 * this scope (checked in that order, as CPython's symtable does), else null. "nonlocal and global"
 * is left to the caller, which reports it at the first declaration (`u.declared`).
 */
export function declareName(u: Unit, name: string, isGlobal: boolean, tok: number, shown = name): string | null {
  const first = u.declared === null ? undefined : u.declared.get(name);
  // the same statement again: a `finally` body is compiled once per exit
  if (first === tok) return null;
  if (first === undefined) (u.declared ??= new Map()).set(name, tok);
  const what = isGlobal ? "global" : "nonlocal";
  // (parameters are assigned names: the scan of the list is for a name that is an error anyway)
  if (u.assigned.has(name) && u.params.includes(name)) return `name '${shown}' is parameter and ${what}`;
  if (u.used.has(name)) return `name '${shown}' is used prior to ${what} declaration`;
  if (u.annotated !== null && u.annotated.has(name)) return `annotated name '${shown}' can't be ${what}`;
  if (u.assigned.has(name) && !(u.importOnly !== null && u.importOnly.has(name))) {
    return `name '${shown}' is assigned to before ${what} declaration`;
  }
  return null;
}

/** CPython's SyntaxError message for annotating the simple name `name` in `u`, or null when allowed. */
export function annotationError(u: Unit, name: string, shown = name): string | null {
  if (u.kind === U_MODULE) return null;
  if (u.globals.has(name)) return `annotated name '${shown}' can't be global`;
  if (u.nonlocals.has(name)) return `annotated name '${shown}' can't be nonlocal`;
  return null;
}

export function finishModule(root: Unit, c: ExprCompiler): Code {
  const scopes = new Map<Unit, Scope>();
  const all: Unit[] = [];
  const collect = (u: Unit) => {
    all.push(u);
    const bound = new Set<string>();
    if (u.kind !== U_MODULE) {
      for (const n of u.assigned) if (!u.globals.has(n) && !u.nonlocals.has(n)) bound.add(n);
      for (const n of u.params) bound.add(n);
    }
    scopes.set(u, { bound, cells: null, free: null });
    for (const ch of u.children) collect(ch);
  };
  collect(root);

  // free-variable analysis
  for (const u of all) {
    if (u.kind === U_MODULE) continue;
    const s = scopes.get(u)!;
    const names = new Set<string>([...u.used, ...u.nonlocals]);
    // CPython's symtable: loading the name `super` in a function (whatever is done with it: an
    // alias, `[super][0]()`, a nested def returning it) uses `__class__`, so a zero-argument call
    // of the builtin finds the class in the calling frame (see super's zero-argument path)
    if (u.isFunctionLike && u.used.has("super")) names.add("__class__");
    for (const n of names) {
      if (u.globals.has(n)) continue;
      if (s.bound.has(n)) continue;
      if (u.kind === U_CLASS && !u.nonlocals.has(n) && n !== "__class__") {
        // class bodies see enclosing function variables only when not assigned here
        const owner = findOwner(u, n, scopes);
        if (owner !== null) markFree(u, owner, n, scopes);
        continue;
      }
      const owner = findOwner(u, n, scopes);
      if (owner !== null) markFree(u, owner, n, scopes);
      else if (u.nonlocals.has(n)) {
        // at the `nonlocal` statement, as CPython
        const tok = u.declared === null ? undefined : u.declared.get(n);
        throw new CompileError(`no binding for nonlocal '${n}' found`, tok === undefined ? u.code_.firstOffset : c.t.start[tok]);
      }
    }
  }

  // the global names the module binds itself: calls of builtins of these names are not fused
  // into expression trees (see fuse.ts N_BCALL), so a Python function of the same name keeps
  // its own frame; a star import can bind any of them
  const boundGlobals = new Set<string>();
  for (const u of all) for (const n of u.assigned) if (u.kind === U_MODULE || u.globals.has(n)) boundGlobals.add(n);
  const fusable = (name: string) => !root.starImport && !boundGlobals.has(name);
  const sameLine = (a: number, b: number) => a >= 0 && b >= 0 && c.source.line(a) === c.source.line(b);

  // build code objects bottom-up (children first so parents can reference their Code)
  const fuseBudget = { words: MAX_FUSED_WORDS };
  const build = (u: Unit): Code => {
    for (const ch of u.children) build(ch);
    return buildCode(u, scopes.get(u)!, scopes, c, fusable, sameLine, fuseBudget);
  };
  return build(root);
}

/** The nearest enclosing function-like unit binding `n` (class scopes are skipped), or null. */
function findOwner(u: Unit, n: string, scopes: Map<Unit, Scope>): Unit | null {
  let a = u.parent;
  while (a !== null) {
    if (a.kind === U_MODULE) return null;
    if (a.kind === U_CLASS) {
      if (n === "__class__") return a;
      a = a.parent;
      continue;
    }
    if (a.globals.has(n)) return null;
    const s = scopes.get(a)!;
    if (s.bound.has(n)) return a;
    a = a.parent;
  }
  return null;
}

function markFree(u: Unit, owner: Unit, n: string, scopes: Map<Unit, Scope>): void {
  const so = scopes.get(owner)!;
  (so.cells ??= new Set()).add(n);
  let a: Unit | null = u;
  while (a !== null && a !== owner) {
    const sa = scopes.get(a)!;
    (sa.free ??= new Set()).add(n);
    a = a.parent;
  }
}

function buildCode(
  u: Unit, scope: Scope, scopes: Map<Unit, Scope>, c: ExprCompiler, fusable: (name: string) => boolean,
  sameLine: (a: number, b: number) => boolean, fuseBudget: { words: number },
): Code {
  const s = { bound: scope.bound, cells: scope.cells ?? NONE, free: scope.free ?? NONE };
  const code = u.code_;
  code.source = c.source;
  code.globalNames = c.globalNames;
  const fnLike = u.isFunctionLike;
  if (u.kind === U_MODULE) code.flags |= CO_MODULE;
  if (u.kind === U_CLASS) code.flags |= CO_CLASS_BODY;
  if (u.kind === U_LAMBDA) code.flags |= CO_LAMBDA;
  if (u.kind === U_COMPREHENSION) code.flags |= CO_COMPREHENSION;
  for (let a = u.parent; a !== null; a = a.parent) {
    if (a.isFunctionLike) {
      code.flags |= CO_NESTED;
      break;
    }
  }

  // locals: parameters first, then the rest in first-seen order
  const varnames: string[] = [];
  const localIdx = new Map<string, number>();
  if (fnLike) {
    for (const n of u.params) {
      localIdx.set(n, varnames.length);
      varnames.push(n);
    }
    for (const n of u.assigned) {
      if (s.bound.has(n) && !localIdx.has(n) && !s.cells.has(n)) {
        localIdx.set(n, varnames.length);
        varnames.push(n);
      }
    }
  }
  // cells: owned cells, then free variables. A class body may have both a `__class__` cell (its
  // own class, for the functions inside) and a free `__class__` (its body's own references, which
  // see an enclosing class's, as in CPython): the name then indexes the cell, and classFree the
  // free variable.
  // In CPython's order (co_cellvars, co_freevars, __closure__): the parameters that are cells in
  // their order, then the other cells sorted; the free variables sorted. (UTF-16 order is code point
  // order for any two identifiers but an astral one against one from U+E000 up.)
  const cellvars = fnLike ? u.params.filter((n) => s.cells.has(n)) : [];
  cellvars.push(...[...s.cells].filter((n) => !cellvars.includes(n)).sort());
  const isClass = u.kind === U_CLASS;
  const freevars = [...s.free].filter((n) => !s.cells.has(n) || (isClass && n === "__class__")).sort();
  const cellIdx = new Map<string, number>();
  freevars.forEach((n, i) => cellIdx.set(n, cellvars.length + i));
  const classFree = isClass && s.free.has("__class__") ? cellIdx.get("__class__")! : -1;
  cellvars.forEach((n, i) => cellIdx.set(n, i));
  code.varnames = varnames;
  code.nlocals = varnames.length;
  code.cellvars = cellvars;
  code.freevars = freevars;
  if (cellvars.length > 0) {
    const param = new Map<string, number>();
    u.params.forEach((n, i) => param.set(n, i));
    code.cell2arg = Int32Array.from(cellvars.map((n) => param.get(n) ?? -1));
  }
  if (cellIdx.has("__class__") && fnLike) code.flags |= CO_NEEDS_CLASS;

  const globalsRead = new Set<number>();
  const scopeOf = (n: string): [number, number] => {
    // returns [kind, index]: 0 fast, 1 deref, 2 global, 3 class namespace
    if (u.kind === U_MODULE) return [2, c.globalIdx(n)];
    if (u.globals.has(n)) return [2, c.globalIdx(n)];
    if (isClass && n === "__class__") {
      // the body's own `__class__` is a name of its namespace, free only when an enclosing class
      // has one, never the cell of the class being built (NameError at top level, as CPython)
      return classFree >= 0 && !s.bound.has(n) ? [1, classFree] : [3, u.nameIdx(n)];
    }
    if (cellIdx.has(n) && (fnLike || !s.bound.has(n))) return [1, cellIdx.get(n)!];
    if (fnLike) {
      const li = localIdx.get(n);
      if (li !== undefined) return [0, li];
      return [2, c.globalIdx(n)];
    }
    // class body
    return [3, u.nameIdx(n)];
  };

  const LOADS = [O.LOAD_FAST, O.LOAD_DEREF, O.LOAD_GLOBAL, O.LOAD_NAME];
  const STORES = [O.STORE_FAST, O.STORE_DEREF, O.STORE_GLOBAL, O.STORE_NAME];
  const DELS = [O.DELETE_FAST, O.DELETE_DEREF, O.DELETE_GLOBAL, O.DELETE_NAME];
  const buf = u.code;
  forEachInstr(buf, (at, op) => {
    switch (op) {
      case O.NAME_LOAD:
      case O.NAME_STORE:
      case O.NAME_DELETE: {
        const n = u.vnames[buf[at + 1]];
        const [k, i] = scopeOf(n);
        buf[at] = op === O.NAME_LOAD ? LOADS[k] : op === O.NAME_STORE ? STORES[k] : DELS[k];
        // a class body reads a free variable from its namespace first (a __prepare__ mapping or
        // locals() may hold the name), as CPython's LOAD_CLASSDEREF
        if (k === 1 && op === O.NAME_LOAD && isClass) buf[at] = O.LOAD_CLASSDEREF;
        buf[at + 1] = i;
        if (k === 2 && op === O.NAME_LOAD) globalsRead.add(i);
        break;
      }
      case O.SUPER_ARGS: {
        buf[at + 2] = cellIdx.get("__class__") ?? -1;
        break;
      }
      case O.LOAD_CLOSURE_CLASS:
        buf[at + 1] = u.kind === U_CLASS && cellIdx.has("__class__") && s.cells.has("__class__") ? cellIdx.get("__class__")! : -1;
        break;
      case O.MAKE_FUNCTION: {
        const child = u.consts[buf[at + 1]];
        if (child instanceof Unit && child.code_.freevars.length > 0) {
          const cc = child.code_;
          cc.freeSources = Int32Array.from(cc.freevars.map((n) => {
            const i = cellIdx.get(n);
            if (i === undefined) throw new Error(`internal: free variable ${n} of ${cc.name} has no source in ${code.name}`);
            return i;
          }));
        }
        break;
      }
    }
  });
  // replace child units by their code
  code.consts = u.consts.map((v) => (v instanceof Unit ? v.code_ : v));
  code.children = u.children.map((ch) => ch.code_);
  code.names = u.names;
  code.excTable = u.excTable();
  if (globalsRead.size > 0) code.globalsRead = Int32Array.from(globalsRead);
  threadJumps(buf);
  const fused = fuseExpressions(buf, u.pos, code.excTable, code.consts, code.names, c.globalNames, fusable, sameLine, fuseBudget, fnLike ? u.params.length : 0);
  code.fused = fused.trees;
  code.fusedLists = fused.lists;
  code.fusedPops = fused.treePops;
  code.fusedListPops = fused.listPops;
  code.fusedListFaults = fused.listFaults;
  code.loops = fused.loops;
  code.yieldLoop = fused.yieldLoop;
  const { code: final, pos } = peephole(buf, u.pos);
  code.code = final;
  code.pos = pos;
  code.stacksize = u.maxDepth + 4;
  // (one extra slot, dropped: even an empty cache array gets the elements kind of the others, so
  // the VM's cache reads never meet a second array map)
  code.ic = undefinedSlots(u.icCount * 12 + 1); // vm.ts IC_SIZE
  code.ic.pop();
  if (fnLike && checkPurity(code)) code.flags |= CO_PURE;
  code.plainBody = fnLike && (code.flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) === 0 &&
    code.kwonlyargcount === 0 && code.cellvars.length === 0;
  if (code.plainBody && code.excTable.length === 0) code.inlineBody = straightLine(code.code);
  // a memoization candidate takes the fast paths only once its memo table is given up (vm/memo.ts)
  if ((code.flags & CO_PURE) === 0) {
    code.plain = code.plainBody;
    code.inlineOps = code.inlineBody;
  }
  void scopes;
  return code;
}

/**
 * The instructions of a body made of fused statements, forward jumps, returns and `raise X` /
 * `raise X(...)` (no loops, other calls, handlers or other instructions): such a function is
 * called without a frame of its own
 * (see Interp.callInline). Pairs [offset, target]: for a jump, the target is the pair index
 * (times two) of the instruction it lands on; -1 otherwise. Null for any other body.
 */
function straightLine(code: Int32Array): Int32Array | null {
  const ops: number[] = [];
  const at = new Map<number, number>(); // instruction offset -> its pair index
  const jumps: number[] = []; // pair indexes of jumps, with their target offsets in ops
  for (let pc = 0; pc < code.length;) {
    const op = code[pc];
    if (op === O.NOP) {
      pc += 1;
      continue;
    }
    at.set(pc, ops.length);
    switch (op) {
      case O.FUSED_STMT:
      case O.FUSED_STORE_FAST:
        ops.push(pc, -1);
        pc += code[pc + 2];
        continue;
      case O.STORE_CONST_FAST:
      case O.MOVE_FAST:
      case O.FUSED_RETURN:
      case O.RETURN_FAST:
      case O.RETURN_CONST:
        ops.push(pc, -1);
        pc += 1 + O.OP_ARGS[op];
        continue;
      case O.LOAD_GLOBAL:
      case O.CALL_FUSED: {
        // `raise X` / `raise X(...)`: the exception and its RAISE 1 are one instruction here (a
        // guard's `raise ValueError(...)`, a __next__'s `raise StopIteration`)
        const q = pc + (op === O.LOAD_GLOBAL ? 2 : code[pc + 1]);
        if (code[q] !== O.RAISE || code[q + 1] !== 1) return null;
        ops.push(pc, -1);
        pc = q + 2;
        continue;
      }
      case O.FUSED_JUMP_IF_FALSE:
      case O.FUSED_JUMP_IF_TRUE:
      case O.JUMP: {
        const d = code[pc + 1];
        if (d <= 0) return null; // a loop
        jumps.push(ops.length);
        ops.push(pc, pc + d);
        pc += op === O.JUMP ? 2 : code[pc + 3];
        continue;
      }
    }
    return null;
  }
  if (ops.length > 48 || ops.length === 0) return null;
  for (const j of jumps) {
    let t = ops[j + 1];
    while (t < code.length && code[t] === O.NOP) t++;
    const k = at.get(t);
    if (k === undefined) return null;
    ops[j + 1] = k;
  }
  return Int32Array.from(ops);
}
