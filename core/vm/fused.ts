// Closures for fused expression trees (compiler/fuse.ts). Each node becomes a small closure;
// operators get one closure body per opcode, with the int and float fast paths inline and the
// generic operator (dunders, big ints, errors) as the slow path. Built once per code object, on
// first use; no string-built code.

import type { Code } from "../compiler/code.ts";
import * as O from "../compiler/opcodes.ts";
import {
  type FNode, N_ANDOR, N_ATTR, N_AUG_ATTR, N_AUG_SUBSCR, N_BCALL, N_BIN, N_COND, N_IFEXP, N_CONST, N_CURRENT, N_DEREF, N_DISCARD, N_FMT, N_GLOBAL, N_IN, N_IS, N_LIST,
  N_BLOCK, N_IF, N_THEN, N_LOCAL, N_PSTORE, N_SLICE, N_STACK, N_STORE_ATTR, N_STR, N_STORE_DEREF, N_STORE_FAST, N_STORE_GLOBAL, N_STORE_SUBSCR, N_SUBSCR, N_TUPLE,
  N_UN,
} from "../compiler/fuse.ts";
import { nameError, unboundLocal } from "../errors.ts";
import { IndexError, KeyError } from "../objects/exceptions.ts";
import { floorDivNum, INT_BINARY, modNum } from "../objects/int.ts";
import {
  EMPTY_TUPLE, type Py, PyBuiltin, PyDict, PyException, PyFloat, PyInstance, type PyProperty, PyList, PyTuple, PyType, typeEpoch, undefinedSlots,
} from "../objects/model.ts";
import {
  callObject, chargeConcat, lookup, pyAscii, pyBool, pyFormat, pyFormatObj, pyRepr, pyStr, richCompare, userGetattribute,
} from "../objects/protocol.ts";
import type { Frame } from "./frame.ts";
import { binaryOp, concatStr, contains, getItem, getSlice, inplaceOp, setItem, unaryInvert, unaryNeg, unaryPos } from "./ops.ts";
import { current, IC_SIZE, icProbe, icPut } from "./vm.ts";

export type Ev = (s: Py[], f: Frame) => Py;

const MAX = 9007199254740991;

export function buildFused(co: Code): Ev[] {
  const fns: Ev[] = new Array(co.fused.length);
  for (let i = 0; i < fns.length; i++) fns[i] = buildRoot(co.fused[i] as FNode, co, fns, i);
  return fns;
}

/** Where a root closure lives: an unboxed evaluator inside it that keeps failing replaces the
 * whole root by its boxed build, so a wrong guess (ints where floats were expected) costs
 * nothing once it has been noticed. */
interface RootSlot {
  arr: Ev[];
  i: number;
  n: FNode;
  co: Code;
  swapped: boolean;
}

/** The root being built (building is synchronous and never runs Python code). */
let rootSlot: RootSlot | null = null;

function buildRoot(n: FNode, co: Code, arr: Ev[], i: number): Ev {
  const saved = rootSlot;
  rootSlot = { arr, i, n, co, swapped: false };
  try {
    return build(n, co, null);
  } finally {
    rootSlot = saved;
  }
}

/** The value an augmented assignment loaded (read by its right-hand side's N_CURRENT leaf). */
interface Holder {
  v: Py;
}

/** A name load that fails reports its own instruction when it has one (FNode.fault: a name on
 * another line than its fused instruction). Set on the failing path only, so the load itself
 * costs nothing more (the innermost fault wins, as in faultAt). */
function nameFault(pc: number | undefined): void {
  if (pc !== undefined && current.faultPc < 0) current.faultPc = pc;
}

function local(i: number, co: Code, fault?: number): Ev {
  const name = co.varnames[i];
  return (s) => {
    const v = s[i];
    if (v === undefined) {
      nameFault(fault);
      unboundLocal(name);
    }
    return v;
  };
}

function global(i: number, co: Code, fault?: number): Ev {
  const name = co.globalNames[i];
  return (_s, f) => {
    const g = f.globals;
    let v = g.values[i];
    if (v === undefined) {
      v = g.builtinsCache[i];
      if (v === undefined) {
        v = g.get(name) ?? g.builtins?.get(name);
        if (v === undefined) {
          nameFault(fault);
          nameError(name);
        }
      }
    }
    return v;
  };
}

/** `name(args)` for a global naming a builtin (fuse.ts N_BCALL): the callee first, then the
 * arguments, as in an unfused call; a builtin function or type is entered directly. */
function builtinCall(n: FNode, co: Code, h: Holder | null): Ev {
  const G = global(n.i!, co);
  const args = n.items!.map((x) => build(x, co, h));
  if (args.length === 1) {
    const A = args[0];
    return (s, f) => {
      const fn = G(s, f);
      const a = A(s, f);
      if (fn instanceof PyBuiltin ? fn.self === undefined && fn.call1 !== null : fn instanceof PyType && fn.call1 !== null) {
        return fn.call1!(a);
      }
      return callObject(fn, [a]);
    };
  }
  if (args.length === 2) {
    const A = args[0], B = args[1];
    return (s, f) => {
      const fn = G(s, f);
      const a = A(s, f), b = B(s, f);
      if (fn instanceof PyBuiltin && fn.self === undefined && fn.call2 !== null) return fn.call2(a, b);
      return callObject(fn, [a, b]);
    };
  }
  return (s, f) => {
    const fn = G(s, f);
    const a: Py[] = [];
    for (let i = 0; i < args.length; i++) a.push(args[i](s, f));
    return callObject(fn, a);
  };
}

/** While building the boxed fallback of an unboxed tree: do not wrap its subtrees again. */
let boxedOnly = false;

function build(n: FNode, co: Code, h: Holder | null): Ev {
  if (!boxedOnly && (n.k === N_BIN || n.k === N_UN)) {
    const u = unboxedRoot(n, co, h);
    if (u !== null) return faultAt(n, u);
  }
  // (a name load names its instruction itself, when it fails: see nameFault)
  if (n.k === N_LOCAL || n.k === N_GLOBAL || n.k === N_DEREF) return buildBoxed(n, co, h);
  return faultAt(n, buildBoxed(n, co, h));
}

/**
 * An operator on another line than its fused instruction (fuse.ts, FNode.fault): an exception
 * from it is reported at its own instruction. Only such nodes pay for the wrapper (multi-line
 * expressions); the innermost one that raised wins.
 */
function faultAt(n: FNode, ev: Ev): Ev {
  const pc = n.fault;
  if (pc === undefined) return ev;
  return (s, f) => {
    try {
      return ev(s, f);
    } catch (e) {
      if (current.faultPc < 0) current.faultPc = pc;
      throw e;
    }
  };
}

function buildBoxed(n: FNode, co: Code, h: Holder | null): Ev {
  switch (n.k) {
    case N_LOCAL:
      return local(n.i!, co, n.fault);
    case N_CONST: {
      const v = n.v;
      return () => v;
    }
    case N_GLOBAL:
      return global(n.i!, co, n.fault);
    case N_BCALL:
      return builtinCall(n, co, h);
    case N_COND: {
      const L = build(n.l!, co, h), R = build(n.r!, co, h);
      if (n.i === 1) {
        return (s, f) => {
          const a = L(s, f);
          if (a === true || (a !== false && pyBool(a))) return true;
          const b = R(s, f);
          return b === true || (b !== false && pyBool(b));
        };
      }
      return (s, f) => {
        const a = L(s, f);
        if (a === false || (a !== true && !pyBool(a))) return false;
        const b = R(s, f);
        return b === true || (b !== false && pyBool(b));
      };
    }
    case N_IFEXP: {
      const C = build(n.x!, co, h), T = build(n.l!, co, h), F = build(n.r!, co, h);
      return (s, f) => {
        const c = C(s, f);
        return c === true || (c !== false && pyBool(c)) ? T(s, f) : F(s, f);
      };
    }
    case N_ANDOR: {
      // the deciding operand is the value when it ends the test (`x or default`)
      const L = build(n.l!, co, h), R = build(n.r!, co, h);
      if (n.i === 1) {
        return (s, f) => {
          const a = L(s, f);
          return a === true || (a !== false && pyBool(a)) ? a : R(s, f);
        };
      }
      return (s, f) => {
        const a = L(s, f);
        return a === false || (a !== true && !pyBool(a)) ? a : R(s, f);
      };
    }
    case N_UN:
      return unary(n.op!, build(n.l!, co, h));
    case N_CURRENT: {
      const holder = h!;
      return () => holder.v;
    }
    case N_STACK: {
      // the instruction stored its stack pointer in the frame before evaluating
      const k = n.i! + 1;
      return (s, f) => s[f.sp - k];
    }
    case N_DEREF: {
      const i = n.i!, fault = n.fault;
      return (_s, f) => {
        const v = f.cells![i].v;
        if (v === undefined) {
          nameFault(fault);
          current.unboundCell(co, i);
        }
        return v;
      };
    }
    case N_ATTR:
      return attr(build(n.l!, co, h), n.v as string, n.l!, n.colFault ?? -1);
    case N_FMT: {
      // FORMAT_VALUE: the value, then its spec, then the conversion and the formatting
      const V = build(n.l!, co, h), S = n.r !== undefined ? build(n.r, co, h) : null;
      const flags = n.i!, conv = flags & 3;
      return (s, f) => {
        let v = V(s, f);
        const spec = S === null ? "" : S(s, f) as string;
        if (conv === 1) v = pyStr(v);
        else if (conv === 2) v = pyRepr(v);
        else if (conv === 3) v = pyAscii(v);
        // (an f-string that is this one field keeps a str subclass that __format__ returned)
        return typeof v === "string" && spec === "" ? v : flags & 8 ? pyFormatObj(v, spec) : pyFormat(v, spec);
      };
    }
    case N_STR: {
      // BUILD_STRING: the parts are strs (constants and formatted fields)
      const items = n.items!.map((x) => build(x, co, h));
      return (s, f) => {
        let r = "", longest = 0;
        for (let i = 0; i < items.length; i++) {
          const part = items[i](s, f) as string;
          if (part.length > longest) longest = part.length;
          r += part;
        }
        chargeConcat(r.length, longest);
        return r;
      };
    }
    case N_TUPLE:
    case N_LIST: {
      const items = n.items!.map((x) => build(x, co, h));
      const isTuple = n.k === N_TUPLE;
      if (items.length === 2) {
        const [A, B] = items;
        return isTuple ? (s, f) => new PyTuple([A(s, f), B(s, f)]) : (s, f) => new PyList([A(s, f), B(s, f)]);
      }
      return (s, f) => {
        if (items.length === 0) return isTuple ? EMPTY_TUPLE : new PyList([]);
        const a: Py[] = [];
        for (let i = 0; i < items.length; i++) a.push(items[i](s, f));
        return isTuple ? new PyTuple(a) : new PyList(a);
      };
    }
    case N_SLICE: {
      const O_ = build(n.l!, co, h), LO = build(n.r!, co, h), HI = build(n.x!, co, h);
      const pc = n.colFault ?? -1;
      return (s, f) => {
        const o = O_(s, f), lo = LO(s, f), hi = HI(s, f);
        if (pc < 0) return getSlice(o, lo, hi);
        try {
          return getSlice(o, lo, hi);
        } catch (e) {
          return columnFault(e, pc);
        }
      };
    }
    case N_STORE_SUBSCR: {
      const V = build(n.x!, co, h), O_ = build(n.l!, co, h), K = build(n.r!, co, h);
      const vk = leafKind(n.x!), ok = leafKind(n.l!), kk = leafKind(n.r!);
      const vi = n.x!.i ?? 0, oi = n.l!.i ?? 0, ki = n.r!.i ?? 0, vc = n.x!.v, kc = n.r!.v;
      return (s, f) => {
        const v = vk === 1 ? s[vi] : vk === 2 ? vc : V(s, f);
        const o = ok === 1 ? s[oi] : O_(s, f);
        const k = kk === 1 ? s[ki] : kk === 2 ? kc : K(s, f);
        if (v === undefined || o === undefined || k === undefined) unbound3(v, V, o, O_, k, K, s, f);
        if (o instanceof PyList && typeof k === "number" && o.cls.builtin) {
          const a = o.a;
          const i = k < 0 ? k + a.length : k;
          if (i >= 0 && i < a.length) {
            a[i] = v;
            return undefined;
          }
        } else if (o instanceof PyDict && o.cls.builtin && typeof k === "string" && o.ob === null) {
          o.m.set(k, v);
          return undefined;
        }
        setItem(o, k, v);
        return undefined;
      };
    }
    case N_STORE_ATTR: {
      const V = build(n.x!, co, h), O_ = build(n.l!, co, h);
      const name = n.v as string;
      const ic: Py[] = undefinedSlots(IC_SIZE);
      const vk = leafKind(n.x!), ok = leafKind(n.l!), vi = n.x!.i ?? 0, oi = n.l!.i ?? 0, vc = n.x!.v;
      return (s, f) => {
        const v = vk === 1 ? s[vi] : vk === 2 ? vc : V(s, f);
        const o = ok === 1 ? s[oi] : O_(s, f);
        if (v === undefined || o === undefined) unbound3(v, V, o, O_, null, K0, s, f);
        if (o instanceof PyInstance) {
          const x = icGet(ic, o.shape);
          if (x !== undefined) {
            if (typeof x === "number") o.slots[x] = v;
            else {
              o.shape = x;
              o.slots.push(v);
            }
            return undefined;
          }
        }
        current.storeAttr(o, name, v, ic, 0);
        return undefined;
      };
    }
    case N_AUG_SUBSCR: {
      const O_ = build(n.l!, co, h), K = build(n.r!, co, h);
      const holder: Holder = { v: undefined };
      const RHS = build(n.x!, co, holder);
      const ok = leafKind(n.l!), kk = leafKind(n.r!), oi = n.l!.i ?? 0, ki = n.r!.i ?? 0, kc = n.r!.v;
      return (s, f) => {
        const o = ok === 1 ? s[oi] : O_(s, f);
        const k = kk === 1 ? s[ki] : kk === 2 ? kc : K(s, f);
        if (o === undefined || k === undefined) unbound3(null, K0, o, O_, k, K, s, f);
        // RHS reads the holder first (its left operand), before anything can re-enter this tree
        if (o instanceof PyList && typeof k === "number" && o.cls.builtin) {
          const i = k < 0 ? k + o.a.length : k;
          if (i >= 0 && i < o.a.length) {
            holder.v = o.a[i];
            const v = RHS(s, f);
            if (i < o.a.length) o.a[i] = v;
            else setItem(o, k, v);
            return undefined;
          }
        }
        holder.v = getItem(o, k);
        setItem(o, k, RHS(s, f));
        return undefined;
      };
    }
    case N_AUG_ATTR: {
      const O_ = build(n.l!, co, h);
      const holder: Holder = { v: undefined };
      const RHS = build(n.x!, co, holder);
      const name = n.v as string;
      const ric: Py[] = undefinedSlots(IC_SIZE);
      const wic: Py[] = undefinedSlots(IC_SIZE);
      const ok = leafKind(n.l!), oi = n.l!.i ?? 0;
      return (s, f) => {
        const o = ok === 1 ? s[oi] : O_(s, f);
        if (o === undefined) O_(s, f);
        const r = o instanceof PyInstance ? icGet(ric, o.shape) : undefined;
        holder.v = typeof r === "number" ? (o as PyInstance).slots[r] : current.loadAttr(o, name, ric, 0);
        const v = RHS(s, f);
        const w = o instanceof PyInstance ? icGet(wic, o.shape) : undefined;
        if (typeof w === "number") (o as PyInstance).slots[w] = v;
        else current.storeAttr(o, name, v, wic, 0);
        return undefined;
      };
    }
    case N_PSTORE: {
      const items = n.items!.map((x) => build(x, co, h));
      const targets = n.targets!;
      if (items.length === 2) {
        const [A, B] = items, [ta, tb] = targets;
        return (s, f) => {
          const a = A(s, f), b = B(s, f);
          s[ta] = a;
          s[tb] = b;
          return undefined;
        };
      }
      const vals: Py[] = new Array(items.length);
      return (s, f) => {
        // (a nested call of this same statement cannot happen: fused trees make no calls that
        // could re-enter it before the stores, except through dunders; copy first to be safe)
        const v = vals.slice();
        for (let i = 0; i < items.length; i++) v[i] = items[i](s, f);
        for (let i = 0; i < items.length; i++) s[targets[i]] = v[i];
        return undefined;
      };
    }
    case N_STORE_FAST: {
      const V = build(n.x!, co, h);
      const i = n.i!;
      return (s, f) => {
        s[i] = V(s, f);
        return undefined;
      };
    }
    case N_BLOCK: {
      const items: Ev[] = new Array(n.items!.length);
      for (let t = 0; t < items.length; t++) items[t] = buildRoot(n.items![t], co, items, t);
      const pcs = n.pcs!;
      const count = items.length;
      return (s, f) => {
        let t = 0;
        try {
          for (; t < count; t++) items[t](s, f);
        } catch (e) {
          // the traceback and the exception handler see the failing statement's own instruction
          // (or the operator's in it, when that is on a line of its own: see faultAt)
          if (current.faultPc < 0) current.faultPc = pcs[t];
          throw e;
        }
        return undefined;
      };
    }
    case N_IF: {
      // each part a root of its own (an unboxed condition that keeps failing replaces itself)
      const parts: Ev[] = [];
      parts.push(buildRoot(n.l!, co, parts, 0), buildRoot(n.x!, co, parts, 1));
      if (n.r !== undefined) parts.push(buildRoot(n.r, co, parts, 2));
      const when = n.i !== 1, orElse = n.r !== undefined;
      const pcs = n.pcs!;
      // (the condition's errors are the instruction's own: the `if` line)
      return (s, f) => {
        const c = parts[0](s, f);
        const b = (c === true || (c !== false && pyBool(c))) === when ? 1 : orElse ? 2 : 0;
        if (b === 0) return undefined;
        try {
          parts[b](s, f);
        } catch (e) {
          // a branch's errors, at its statement's own instruction (see N_BLOCK)
          if (current.faultPc < 0) current.faultPc = pcs[b - 1];
          throw e;
        }
        return undefined;
      };
    }
    case N_THEN: {
      // each part a root of its own (see N_IF); the errors of each at its own instruction (a
      // store into a local, the usual statement, is done here: one closure call less)
      const parts: Ev[] = [];
      const x = n.x!, into = x.k === N_STORE_FAST ? x.i! : -1;
      parts.push(buildRoot(into >= 0 ? x.x! : x, co, parts, 0), buildRoot(n.l!, co, parts, 1));
      const pcs = n.pcs!;
      return (s, f) => {
        let t = 0;
        try {
          const v = parts[0](s, f);
          if (into >= 0) s[into] = v;
          t = 1;
          return parts[1](s, f);
        } catch (e) {
          if (current.faultPc < 0) current.faultPc = pcs[t];
          throw e;
        }
      };
    }
    case N_STORE_DEREF: {
      const V = build(n.x!, co, h);
      const i = n.i!;
      return (s, f) => {
        f.cells![i].v = V(s, f);
        return undefined;
      };
    }
    case N_STORE_GLOBAL: {
      const V = build(n.x!, co, h);
      const i = n.i!;
      return (s, f) => {
        f.globals.values[i] = V(s, f);
        const vm = current;
        if (vm.memo.watched(f.globals, i)) vm.memo.globalChanged(f.globals, i);
        return undefined;
      };
    }
    case N_DISCARD: {
      const V = build(n.x!, co, h);
      return (s, f) => {
        V(s, f);
        return undefined;
      };
    }
    case N_SUBSCR: {
      const L = build(n.l!, co, h), R = build(n.r!, co, h);
      const ok = leafKind(n.l!), kk = leafKind(n.r!), oi = n.l!.i ?? 0, ki = n.r!.i ?? 0, kc = n.r!.v;
      const pc = n.colFault ?? -1;
      return (s, f) => {
        const o = ok === 1 ? s[oi] : L(s, f);
        const k = kk === 1 ? s[ki] : kk === 2 ? kc : R(s, f);
        if (typeof k === "number") {
          if (o instanceof PyList && o.cls.builtin) {
            const i = k < 0 ? k + o.a.length : k;
            if (i >= 0 && i < o.a.length) return o.a[i];
            throw lookupFailed(IndexError, "list index out of range", pc);
          } else if (o instanceof PyTuple && o.cls.builtin) {
            const i = k < 0 ? k + o.a.length : k;
            if (i >= 0 && i < o.a.length) return o.a[i];
            throw lookupFailed(IndexError, "tuple index out of range", pc);
          }
        }
        if (o instanceof PyDict && o.cls.builtin && (typeof k === "string" || typeof k === "number")) {
          const v = o.m.get(k);
          if (v !== undefined) return v;
          // (a str or int key is absent for sure when the dict holds no object keys that could
          // equal it: floats equal to ints are held under the int)
          if (o.ob === null) throw lookupFailed(KeyError, k, pc);
        }
        if (o === undefined || k === undefined) unbound3(null, K0, o, L, k, R, s, f);
        return pc < 0 ? getItem(o, k) : getItemAt(o, k, pc);
      };
    }
    case N_IS: {
      const L = build(n.l!, co, h), R = build(n.r!, co, h);
      return n.i === 0 ? (s, f) => L(s, f) === R(s, f) : (s, f) => L(s, f) !== R(s, f);
    }
    case N_IN: {
      const L = build(n.l!, co, h), R = build(n.r!, co, h);
      return n.i === 0 ? (s, f) => {
        const a = L(s, f);
        return contains(R(s, f), a);
      } : (s, f) => {
        const a = L(s, f);
        return !contains(R(s, f), a);
      };
    }
    case N_BIN:
      return binary(n.op!, build(n.l!, co, h), build(n.r!, co, h), n, co);
  }
  throw new Error("internal: bad fused node");
}

/** The value cached for shape `sh` in a private inline cache, or undefined. Every entry is tried
 * (vm.ts's icProbe), so a site that sees a few classes stays on the fast path. */
function icGet(ic: Py[], sh: Py): Py {
  const j = ic[0] === sh && ic[2] === typeEpoch ? 0 : icProbe(ic, 0, sh);
  return j < 0 ? undefined : ic[j + 1];
}

/** Attribute load with a private inline cache (instance slots and plain class attributes);
 * `pc`: see FNode.colFault (-1: none). */
function attr(L: Ev, name: string, on: FNode, pc: number): Ev {
  const ic: Py[] = undefinedSlots(IC_SIZE);
  const ok = leafKind(on), oi = on.i ?? 0;
  return (s, f) => {
    const o = ok === 1 ? s[oi] : L(s, f);
    if (o instanceof PyInstance) {
      const x = icGet(ic, o.shape);
      if (x !== undefined) {
        if (typeof x === "number") return o.slots[x];
        if (x.g === null) return x.v;
        return pc < 0 ? current.propGet(x.g, o) : getterAt(x.g, o, pc);
      }
    }
    if (o === undefined) L(s, f);
    return pc < 0 ? current.loadAttr(o, name, ic, 0) : loadAttrAt(o, name, ic, pc);
  };
}

/**
 * The IndexError or KeyError (`arg` its message or key) of a subscript that failed on a builtin
 * list, tuple or dict, made for the subscript's closure to throw. The error is raised from that
 * closure rather than through getItem: functions that only ever throw are never optimized by the
 * engine, so the usual path ran interpreted each time (measured: a caught KeyError in a loop,
 * 6.8 -> 3.2 µs, IndexError 6.5 -> 1.9 µs).
 */
function lookupFailed(cls: PyType, arg: Py, pc: number): PyException {
  if (pc >= 0 && current.faultPc < 0) current.faultPc = pc;
  return new PyException(cls, new PyTuple([arg]));
}

/**
 * An error of a subscript or attribute load on its fused instruction's line but at another
 * column (FNode.colFault) is reported at its own instruction; the innermost one wins, as in
 * faultAt. Only the slow paths come here, so the fast paths cost nothing more.
 */
function columnFault(e: unknown, pc: number): never {
  if (current.faultPc < 0) current.faultPc = pc;
  throw e;
}

function getItemAt(o: Py, k: Py, pc: number): Py {
  try {
    return getItem(o, k);
  } catch (e) {
    return columnFault(e, pc);
  }
}

/** A cached property's value (see AttrEntry), its errors placed as loadAttrAt's. */
function getterAt(p: PyProperty, o: Py, pc: number): Py {
  try {
    return current.propGet(p, o);
  } catch (e) {
    return columnFault(e, pc);
  }
}

function loadAttrAt(o: Py, name: string, ic: Py[], pc: number): Py {
  try {
    return current.loadAttr(o, name, ic, 0);
  } catch (e) {
    return columnFault(e, pc);
  }
}

function unary(op: number, X: Ev): Ev {
  switch (op) {
    case O.UNARY_NEG:
      return (s, f) => {
        const a = X(s, f);
        if (typeof a === "number") return a === 0 ? 0 : -a;
        if (a instanceof PyFloat) return new PyFloat(-a.v);
        return unaryNeg(a);
      };
    case O.UNARY_NOT:
      return (s, f) => {
        const a = X(s, f);
        return a === true ? false : a === false ? true : !pyBool(a);
      };
    case O.UNARY_INVERT:
      return (s, f) => unaryInvert(X(s, f));
    default:
      return (s, f) => unaryPos(X(s, f));
  }
}

/** Item `k` of a builtin list or tuple for an int index in range, else undefined. */
function seqItem(o: Py, k: Py): Py {
  if (typeof k === "number" && (o instanceof PyList || o instanceof PyTuple) && o.cls.builtin) {
    const a = o.a;
    const i = k < 0 ? k + a.length : k;
    if (i >= 0 && i < a.length) return a[i];
  }
  return undefined;
}

/** Never called: the closure for an absent operand of `unbound3`. */
const K0: Ev = () => null;

/** Operands read in place (see `binary`) found undefined, so one of them is an unbound local:
 * call the leaf closures in evaluation order, and the first unbound one raises. */
function unbound3(a: Py, A: Ev, b: Py, B: Ev, c: Py, C: Ev, s: Py[], f: Frame): void {
  if (a === undefined) A(s, f);
  if (b === undefined) B(s, f);
  if (c === undefined) C(s, f);
}

/** 1 for a local, 2 for a constant, 0 for anything else (an operand read through its closure). */
function leafKind(n: FNode): number {
  return n.k === N_LOCAL ? 1 : n.k === N_CONST ? 2 : 0;
}

/** The generic operator index of a BINARY_/INPLACE_ opcode (see ops.ts). */
function opIndex(op: number): number {
  return op >= O.INPLACE_ADD ? op - O.INPLACE_ADD : op - O.BINARY_ADD;
}

function binary(op: number, L: Ev, R: Ev, n: FNode, co: Code): Ev {
  // local (op) int-constant: the commonest loop shapes, without the operand calls
  if (n.l!.k === N_LOCAL && n.r!.k === N_CONST && typeof n.r!.v === "number") {
    const sp = localConst(op, n.l!.i!, n.r!.v as number, co);
    if (sp !== null) return sp;
  }
  const inplace = op >= O.INPLACE_ADD && op <= O.INPLACE_MATMUL;
  const gi = opIndex(op);
  // Operands that are locals or constants are read in place rather than through their leaf
  // closures: the calls inside these shared operator bodies are megamorphic, so each one saved
  // is a real call (measured: nqueens' inner loop 15% faster). An unbound local reads as
  // undefined, which no fast path accepts; the slow paths then call the leaf to raise. The read
  // is written out in each closure: a shared helper for it measured ~4% more instructions.
  const lk = leafKind(n.l!), rk = leafKind(n.r!);
  const li = n.l!.i ?? 0, ri = n.r!.i ?? 0, lc = n.l!.v, rc = n.r!.v;
  const raw = inplace ? (a: Py, b: Py) => inplaceOp(gi, a, b) : (a: Py, b: Py) => binaryOp(gi, a, b);
  const intOp = INT_BINARY[gi];
  // (&, |, ^ of two bools give a bool: left to the generic operator)
  const bitOp = gi >= 9 && gi <= 11;
  const slow = (a: Py, b: Py, s: Py[], f: Frame): Py => {
    // big ints (and number results past 2^53): exact ints have no dunder to look up
    if (
      intOp !== undefined && (typeof a === "bigint" || typeof a === "number") &&
      (typeof b === "bigint" || typeof b === "number")
    ) return intOp(a, b);
    // bools are the ints 0 and 1 (`count += x > 0`, `(a in s) + (b in s)`)
    if (intOp !== undefined && (typeof a === "boolean" || typeof b === "boolean") && !(bitOp && typeof a === "boolean" && typeof b === "boolean")) {
      const x = typeof a === "boolean" ? (a ? 1 : 0) : a, y = typeof b === "boolean" ? (b ? 1 : 0) : b;
      if ((typeof x === "bigint" || typeof x === "number") && (typeof y === "bigint" || typeof y === "number")) return intOp(x, y);
    }
    unbound3(a, L, b, R, null, K0, s, f);
    return raw(a, b);
  };
  const compare = (a: Py, b: Py, k: number, s: Py[], f: Frame): Py => {
    if ((typeof a === "bigint" || typeof a === "number") && (typeof b === "bigint" || typeof b === "number")) {
      // exact ints, one of them big: JS compares a bigint with a number exactly
      return k === 0 ? a < b : k === 1 ? a <= b : k === 2 ? a == b : k === 3 ? a != b : k === 4 ? a > b : a >= b;
    }
    unbound3(a, L, b, R, null, K0, s, f);
    return richCompare(a, b, k);
  };
  switch (op) {
    case O.BINARY_ADD:
    case O.INPLACE_ADD:
      return (s, f) => {
        const a = lk === 1 ? s[li] : lk === 2 ? lc : L(s, f);
        const b = rk === 1 ? s[ri] : rk === 2 ? rc : R(s, f);
        if (typeof a === "number" && typeof b === "number") {
          const r = a + b;
          if (r <= MAX && r >= -MAX) return r;
        } else if (a instanceof PyFloat) {
          if (b instanceof PyFloat) return new PyFloat(a.v + b.v);
          if (typeof b === "number") return new PyFloat(a.v + b);
        } else if (typeof a === "number" && b instanceof PyFloat) return new PyFloat(a + b.v);
        else if (typeof a === "string" && typeof b === "string") return concatStr(a, b);
        return slow(a, b, s, f);
      };
    case O.BINARY_SUB:
    case O.INPLACE_SUB:
      return (s, f) => {
        const a = lk === 1 ? s[li] : lk === 2 ? lc : L(s, f);
        const b = rk === 1 ? s[ri] : rk === 2 ? rc : R(s, f);
        if (typeof a === "number" && typeof b === "number") {
          const r = a - b;
          if (r <= MAX && r >= -MAX) return r;
        } else if (a instanceof PyFloat) {
          if (b instanceof PyFloat) return new PyFloat(a.v - b.v);
          if (typeof b === "number") return new PyFloat(a.v - b);
        } else if (typeof a === "number" && b instanceof PyFloat) return new PyFloat(a - b.v);
        return slow(a, b, s, f);
      };
    case O.BINARY_MUL:
    case O.INPLACE_MUL:
      return (s, f) => {
        const a = lk === 1 ? s[li] : lk === 2 ? lc : L(s, f);
        const b = rk === 1 ? s[ri] : rk === 2 ? rc : R(s, f);
        if (typeof a === "number" && typeof b === "number") {
          const r = a * b;
          if (r <= MAX && r >= -MAX) return r + 0;
        } else if (a instanceof PyFloat) {
          if (b instanceof PyFloat) return new PyFloat(a.v * b.v);
          if (typeof b === "number") return new PyFloat(a.v * b);
        } else if (typeof a === "number" && b instanceof PyFloat) return new PyFloat(a * b.v);
        return slow(a, b, s, f);
      };
    case O.BINARY_TRUEDIV:
    case O.INPLACE_TRUEDIV:
      return (s, f) => {
        const a = lk === 1 ? s[li] : lk === 2 ? lc : L(s, f);
        const b = rk === 1 ? s[ri] : rk === 2 ? rc : R(s, f);
        if (a instanceof PyFloat) {
          if (b instanceof PyFloat && b.v !== 0) return new PyFloat(a.v / b.v);
          if (typeof b === "number" && b !== 0) return new PyFloat(a.v / b);
        } else if (typeof a === "number") {
          if (typeof b === "number" && b !== 0) return new PyFloat(a / b);
          if (b instanceof PyFloat && b.v !== 0) return new PyFloat(a / b.v);
        }
        return slow(a, b, s, f);
      };
    case O.BINARY_FLOORDIV:
    case O.INPLACE_FLOORDIV:
      return (s, f) => {
        const a = lk === 1 ? s[li] : lk === 2 ? lc : L(s, f);
        const b = rk === 1 ? s[ri] : rk === 2 ? rc : R(s, f);
        if (typeof a === "number" && typeof b === "number" && b !== 0) return floorDivNum(a, b);
        return slow(a, b, s, f);
      };
    case O.BINARY_MOD:
    case O.INPLACE_MOD:
      return (s, f) => {
        const a = lk === 1 ? s[li] : lk === 2 ? lc : L(s, f);
        const b = rk === 1 ? s[ri] : rk === 2 ? rc : R(s, f);
        if (typeof a === "number" && typeof b === "number" && b !== 0) return modNum(a, b);
        return slow(a, b, s, f);
      };
    case O.BINARY_AND:
    case O.INPLACE_AND:
      return (s, f) => {
        const a = lk === 1 ? s[li] : lk === 2 ? lc : L(s, f);
        const b = rk === 1 ? s[ri] : rk === 2 ? rc : R(s, f);
        if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a & b;
        return slow(a, b, s, f);
      };
    case O.BINARY_OR:
    case O.INPLACE_OR:
      return (s, f) => {
        const a = lk === 1 ? s[li] : lk === 2 ? lc : L(s, f);
        const b = rk === 1 ? s[ri] : rk === 2 ? rc : R(s, f);
        if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a | b;
        return slow(a, b, s, f);
      };
    case O.BINARY_XOR:
    case O.INPLACE_XOR:
      return (s, f) => {
        const a = lk === 1 ? s[li] : lk === 2 ? lc : L(s, f);
        const b = rk === 1 ? s[ri] : rk === 2 ? rc : R(s, f);
        if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a ^ b;
        return slow(a, b, s, f);
      };
    case O.BINARY_RSHIFT:
    case O.INPLACE_RSHIFT:
      return (s, f) => {
        const a = lk === 1 ? s[li] : lk === 2 ? lc : L(s, f);
        const b = rk === 1 ? s[ri] : rk === 2 ? rc : R(s, f);
        if (typeof a === "number" && typeof b === "number" && b >= 0 && b < 32 && (a | 0) === a) return a >> b;
        return slow(a, b, s, f);
      };
    case O.BINARY_LSHIFT:
    case O.INPLACE_LSHIFT:
      return (s, f) => {
        const a = lk === 1 ? s[li] : lk === 2 ? lc : L(s, f);
        const b = rk === 1 ? s[ri] : rk === 2 ? rc : R(s, f);
        if (typeof a === "number" && typeof b === "number" && b >= 0 && b < 31 && a >= 0 && a < 0x100000 && (a | 0) === a) {
          return a * (1 << b);
        }
        return slow(a, b, s, f);
      };
    case O.COMPARE_LT:
      return (s, f) => {
        const a = lk === 1 ? s[li] : lk === 2 ? lc : L(s, f);
        const b = rk === 1 ? s[ri] : rk === 2 ? rc : R(s, f);
        if (typeof a === "number" && typeof b === "number") return a < b;
        if (a instanceof PyFloat && b instanceof PyFloat) return a.v < b.v;
        return compare(a, b, 0, s, f);
      };
    case O.COMPARE_LE:
      return (s, f) => {
        const a = lk === 1 ? s[li] : lk === 2 ? lc : L(s, f);
        const b = rk === 1 ? s[ri] : rk === 2 ? rc : R(s, f);
        if (typeof a === "number" && typeof b === "number") return a <= b;
        if (a instanceof PyFloat && b instanceof PyFloat) return a.v <= b.v;
        return compare(a, b, 1, s, f);
      };
    case O.COMPARE_EQ:
      return (s, f) => {
        const a = lk === 1 ? s[li] : lk === 2 ? lc : L(s, f);
        const b = rk === 1 ? s[ri] : rk === 2 ? rc : R(s, f);
        if ((typeof a === "number" && typeof b === "number") || (typeof a === "string" && typeof b === "string")) return a === b;
        return compare(a, b, 2, s, f);
      };
    case O.COMPARE_NE:
      return (s, f) => {
        const a = lk === 1 ? s[li] : lk === 2 ? lc : L(s, f);
        const b = rk === 1 ? s[ri] : rk === 2 ? rc : R(s, f);
        if ((typeof a === "number" && typeof b === "number") || (typeof a === "string" && typeof b === "string")) return a !== b;
        return compare(a, b, 3, s, f);
      };
    case O.COMPARE_GT:
      return (s, f) => {
        const a = lk === 1 ? s[li] : lk === 2 ? lc : L(s, f);
        const b = rk === 1 ? s[ri] : rk === 2 ? rc : R(s, f);
        if (typeof a === "number" && typeof b === "number") return a > b;
        if (a instanceof PyFloat && b instanceof PyFloat) return a.v > b.v;
        return compare(a, b, 4, s, f);
      };
    case O.COMPARE_GE:
      return (s, f) => {
        const a = lk === 1 ? s[li] : lk === 2 ? lc : L(s, f);
        const b = rk === 1 ? s[ri] : rk === 2 ? rc : R(s, f);
        if (typeof a === "number" && typeof b === "number") return a >= b;
        if (a instanceof PyFloat && b instanceof PyFloat) return a.v >= b.v;
        return compare(a, b, 5, s, f);
      };
  }
  return (s, f) => {
    const a = lk === 1 ? s[li] : lk === 2 ? lc : L(s, f);
        const b = rk === 1 ? s[ri] : rk === 2 ? rc : R(s, f);
    return slow(a, b, s, f);
  };
}

/** Specialisations for `local <op> int constant`; null when there is none for the op. */
function localConst(op: number, i: number, c: number, co: Code): Ev | null {
  const name = co.varnames[i];
  const gi = opIndex(op);
  const inplace = op >= O.INPLACE_ADD && op <= O.INPLACE_MATMUL;
  const intOp = INT_BINARY[gi];
  const slow = (a: Py): Py => {
    if (intOp !== undefined && typeof a === "bigint") return intOp(a, c);
    if (a === undefined) unboundLocal(name);
    return inplace ? inplaceOp(gi, a, c) : binaryOp(gi, a, c);
  };
  switch (op) {
    case O.BINARY_ADD:
    case O.INPLACE_ADD:
      return (s) => {
        const a = s[i];
        if (typeof a === "number") {
          const r = a + c;
          if (r <= MAX && r >= -MAX) return r;
        }
        return slow(a);
      };
    case O.BINARY_SUB:
    case O.INPLACE_SUB:
      return (s) => {
        const a = s[i];
        if (typeof a === "number") {
          const r = a - c;
          if (r <= MAX && r >= -MAX) return r;
        }
        return slow(a);
      };
    case O.BINARY_MUL:
    case O.INPLACE_MUL:
      return (s) => {
        const a = s[i];
        if (typeof a === "number") {
          const r = a * c;
          if (r <= MAX && r >= -MAX) return r + 0;
        }
        return slow(a);
      };
    case O.BINARY_MOD:
    case O.INPLACE_MOD:
      if (c === 0) return null;
      return (s) => {
        const a = s[i];
        if (typeof a === "number") return modNum(a, c);
        return slow(a);
      };
    case O.BINARY_AND:
    case O.INPLACE_AND:
      if ((c | 0) !== c) return null;
      return (s) => {
        const a = s[i];
        if (typeof a === "number" && (a | 0) === a) return a & c;
        return slow(a);
      };
    case O.COMPARE_LT:
      return (s) => {
        const a = s[i];
        if (typeof a === "number") return a < c;
        if (a === undefined) unboundLocal(name);
        return richCompare(a, c, 0);
      };
    case O.COMPARE_GT:
      return (s) => {
        const a = s[i];
        if (typeof a === "number") return a > c;
        if (a === undefined) unboundLocal(name);
        return richCompare(a, c, 4);
      };
    case O.COMPARE_EQ:
      return (s) => {
        const a = s[i];
        if (typeof a === "number") return a === c;
        if (a === undefined) unboundLocal(name);
        return richCompare(a, c, 2);
      };
  }
  return null;
}

// ---- unboxed float evaluation ----------------------------------------------------------------
// A float expression such as `dx * dx + dy * dy + dz * dz` is evaluated on raw doubles and
// boxed once at the end, instead of allocating a float per operator. Each numeric evaluator
// returns a double; a leaf that does not hold a float (or anything the numeric path cannot do
// exactly, such as a division by zero) sets `bail`, and the whole tree is then evaluated again on
// the boxed path, which raises the proper errors. This is sound because the numeric path only
// reads: locals, globals, cells, constants, list/tuple items and cached instance slots.

/** Set by a numeric evaluator that cannot produce the exact Python result. */
let bail = false;

type Num = (s: Py[], f: Frame) => number;

interface NumTree {
  fn: Num;
  /** The result is a Python float (otherwise an int constant expression). */
  float: boolean;
  /** Operators in the tree. */
  ops: number;
  /** Read in place by the operator above: 1 = local `i` (a float or a miss), 2 = constant `c`. */
  leaf?: number;
  i?: number;
  c?: number;
}

/** The double in a Python float; anything else is a miss. */
function fl(v: Py): number {
  return v instanceof PyFloat ? v.v : miss();
}

const MISS_LIMIT = 64;

/** Stop trying the unboxed path: replace the enclosing root by its boxed build. Returns false. */
function disable(slot: RootSlot | null): boolean {
  if (slot !== null && !slot.swapped) {
    slot.swapped = true;
    slot.arr[slot.i] = faultAt(slot.n, boxed(slot.n, slot.co, null));
  }
  return false;
}

/** The unboxed wrapper for an arithmetic or comparison root, or null when it does not apply. */
function unboxedRoot(n: FNode, co: Code, h: Holder | null): Ev | null {
  const op = n.op!;
  const slot = rootSlot;
  if (n.k === N_BIN && op >= O.COMPARE_LT && op <= O.COMPARE_GE) {
    const L = numeric(n.l!, co, h), R = numeric(n.r!, co, h);
    if (L === null || R === null || L.ops + R.ops === 0 || !(L.float || R.float)) return null;
    const E = boxed(n, co, h);
    const A = L.fn, B = R.fn;
    let hits = 0, misses = 0, on = true;
    const cmp = (d: (a: number, b: number) => boolean): Ev => (s, f) => {
      if (on) {
        bail = false;
        const a = A(s, f), b = B(s, f);
        if (!bail) {
          hits++;
          return d(a, b);
        }
        if (++misses * 8 > hits + MISS_LIMIT) on = disable(slot);
      }
      return E(s, f);
    };
    switch (op) {
      case O.COMPARE_LT:
        return cmp((a, b) => a < b);
      case O.COMPARE_LE:
        return cmp((a, b) => a <= b);
      case O.COMPARE_EQ:
        return cmp((a, b) => a === b);
      case O.COMPARE_NE:
        return cmp((a, b) => a !== b);
      case O.COMPARE_GT:
        return cmp((a, b) => a > b);
      default:
        return cmp((a, b) => a >= b);
    }
  }
  const t = numeric(n, co, h);
  if (t === null || !t.float || t.ops < 2) return null;
  const E = boxed(n, co, h);
  const D = t.fn;
  let hits = 0, misses = 0, on = true;
  return (s, f) => {
    if (on) {
      bail = false;
      const r = D(s, f);
      if (!bail) {
        hits++;
        return new PyFloat(r);
      }
      if (++misses * 8 > hits + MISS_LIMIT) on = disable(slot);
    }
    return E(s, f);
  };
}

function boxed(n: FNode, co: Code, h: Holder | null): Ev {
  const saved = boxedOnly;
  boxedOnly = true;
  try {
    return buildBoxed(n, co, h);
  } finally {
    boxedOnly = saved;
  }
}

function miss(): number {
  bail = true;
  return 0;
}

function numeric(n: FNode, co: Code, h: Holder | null): NumTree | null {
  switch (n.k) {
    case N_CONST: {
      const v = n.v;
      if (v instanceof PyFloat) {
        const x = v.v;
        return { fn: () => x, float: true, ops: 0, leaf: 2, c: x };
      }
      if (typeof v === "number") return { fn: () => v, float: false, ops: 0, leaf: 2, c: v };
      return null;
    }
    case N_LOCAL: {
      const i = n.i!;
      return { fn: (s) => fl(s[i]), float: true, ops: 0, leaf: 1, i };
    }
    case N_SUBSCR: {
      // `v[j]` and `v[2]` on a local list or tuple: one closure instead of three
      const o = n.l!, k = n.r!;
      if (o.k !== N_LOCAL || !(k.k === N_LOCAL || (k.k === N_CONST && typeof k.v === "number"))) {
        return leafRead(n, co, h);
      }
      const oi = o.i!, kl = k.k === N_LOCAL, ki = k.i ?? 0, kc = k.v as number;
      return {
        fn: (s) => {
          const v = seqItem(s[oi], kl ? s[ki] : kc);
          return v === undefined ? miss() : fl(v);
        },
        float: true,
        ops: 0,
      };
    }
    case N_CURRENT: {
      // the target's value in an augmented assignment (`a[3] -= dx * mb`): read in place
      const holder = h!;
      return { fn: () => fl(holder.v), float: true, ops: 0 };
    }
    case N_GLOBAL:
    case N_DEREF:
    case N_STACK:
    case N_ATTR:
      return leafRead(n, co, h);
    case N_UN: {
      if (n.op !== O.UNARY_NEG && n.op !== O.UNARY_POS) return null;
      const X = numeric(n.l!, co, h);
      if (X === null || !X.float) return null;
      const x = X.fn;
      return { fn: n.op === O.UNARY_NEG ? (s, f) => -x(s, f) : x, float: true, ops: X.ops + 1 };
    }
    case N_BIN: {
      const op = n.op!;
      if (op === O.BINARY_POW || op === O.INPLACE_POW) return power(n, co, h);
      const L = numeric(n.l!, co, h), R = numeric(n.r!, co, h);
      if (L === null || R === null) return null;
      const a = L.fn, b = R.fn;
      const ops = L.ops + R.ops + 1;
      // locals and constants are read in place (no megamorphic operand calls)
      const lk = L.leaf ?? 0, rk = R.leaf ?? 0, li = L.i ?? 0, ri = R.i ?? 0, lc = L.c ?? 0, rc = R.c ?? 0;
      switch (op) {
        case O.BINARY_ADD:
        case O.INPLACE_ADD:
          if (!L.float && !R.float) return null;
          return {
            fn: (s, f) =>
              (lk === 1 ? fl(s[li]) : lk === 2 ? lc : a(s, f)) + (rk === 1 ? fl(s[ri]) : rk === 2 ? rc : b(s, f)),
            float: true,
            ops,
          };
        case O.BINARY_SUB:
        case O.INPLACE_SUB:
          if (!L.float && !R.float) return null;
          return {
            fn: (s, f) =>
              (lk === 1 ? fl(s[li]) : lk === 2 ? lc : a(s, f)) - (rk === 1 ? fl(s[ri]) : rk === 2 ? rc : b(s, f)),
            float: true,
            ops,
          };
        case O.BINARY_MUL:
        case O.INPLACE_MUL:
          if (!L.float && !R.float) return null;
          return {
            fn: (s, f) =>
              (lk === 1 ? fl(s[li]) : lk === 2 ? lc : a(s, f)) * (rk === 1 ? fl(s[ri]) : rk === 2 ? rc : b(s, f)),
            float: true,
            ops,
          };
        case O.BINARY_TRUEDIV:
        case O.INPLACE_TRUEDIV:
          if (!L.float && !R.float) return null;
          return {
            fn: (s, f) => {
              const x = lk === 1 ? fl(s[li]) : lk === 2 ? lc : a(s, f);
              const y = rk === 1 ? fl(s[ri]) : rk === 2 ? rc : b(s, f);
              return y === 0 ? miss() : x / y;
            },
            float: true,
            ops,
          };
      }
      return null;
    }
  }
  return null;
}

/** A float read through a side-effect-free boxed read (see `pure`). */
function leafRead(n: FNode, co: Code, h: Holder | null): NumTree | null {
  const P = pure(n, co, h);
  if (P === null) return null;
  return { fn: (s, f) => fl(P(s, f)), float: true, ops: 0 };
}

/** `x ** 2` and `x ** 0.5` on floats (other powers stay boxed: libm differences). */
function power(n: FNode, co: Code, h: Holder | null): NumTree | null {
  const e = n.r!;
  if (e.k !== N_CONST) return null;
  const ev = e.v instanceof PyFloat ? e.v.v : typeof e.v === "number" ? e.v : NaN;
  const X = numeric(n.l!, co, h);
  if (X === null || !X.float) return null;
  const x = X.fn;
  if (ev === 2) {
    return {
      fn: (s, f) => {
        const v = x(s, f);
        const r = v * v;
        // float overflow in ** raises OverflowError (boxed path)
        return r === Infinity && v === v && v !== Infinity && v !== -Infinity ? miss() : r;
      },
      float: true,
      ops: X.ops + 1,
    };
  }
  if (ev === 0.5 && e.v instanceof PyFloat) {
    return {
      fn: (s, f) => {
        const v = x(s, f);
        if (v > 0 || v !== v) return Math.sqrt(v);
        return v === 0 ? 0 : miss(); // a negative base gives a complex
      },
      float: true,
      ops: X.ops + 1,
    };
  }
  return null;
}

/** Side-effect-free boxed reads for the numeric path; undefined (with `bail`) where they cannot. */
function pure(n: FNode, co: Code, h: Holder | null): Ev | null {
  switch (n.k) {
    case N_CONST: {
      const v = n.v;
      return () => v;
    }
    case N_LOCAL: {
      const i = n.i!;
      return (s) => s[i];
    }
    case N_GLOBAL: {
      const i = n.i!;
      return (_s, f) => f.globals.values[i];
    }
    case N_DEREF: {
      const i = n.i!;
      return (_s, f) => f.cells![i].v;
    }
    case N_CURRENT: {
      const holder = h!;
      return () => holder.v;
    }
    case N_STACK: {
      const k = n.i! + 1;
      return (s, f) => s[f.sp - k];
    }
    case N_SUBSCR: {
      const O_ = pure(n.l!, co, h), K = pure(n.r!, co, h);
      if (O_ === null || K === null) return null;
      return (s, f) => {
        const o = O_(s, f);
        const v = seqItem(o, K(s, f));
        if (v === undefined) bail = true;
        return v;
      };
    }
    case N_ATTR: {
      const O_ = pure(n.l!, co, h);
      if (O_ === null) return null;
      const ic: Py[] = undefinedSlots(IC_SIZE);
      const name = n.v as string;
      const ol = n.l!.k === N_LOCAL, oi = n.l!.i ?? 0;
      return (s, f) => {
        const o = ol ? s[oi] : O_(s, f);
        if (o instanceof PyInstance) {
          const x = icGet(ic, o.shape);
          if (typeof x === "number") return o.slots[x];
          // fill the cache only through a plain slot read (never runs user code)
          return slotRead(o, name, ic);
        }
        bail = true;
        return undefined;
      };
    }
  }
  return null;
}

/** An instance attribute held in the instance's own slots with no class descriptor over it. */
function slotRead(o: PyInstance, name: string, ic: Py[]): Py {
  const sh = o.shape;
  const idx = sh === null ? undefined : sh.index.get(name);
  if (idx === undefined || userGetattribute(o.cls) !== undefined || lookup(o.cls, name) !== undefined) {
    bail = true;
    return undefined;
  }
  icPut(ic, 0, sh, idx);
  return o.slots[idx];
}
