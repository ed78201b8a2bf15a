// Closures for fused expression trees (compiler/fuse.ts). Each node becomes a small closure;
// operators get one closure body per opcode, with the int and float fast paths inline and the
// generic operator (dunders, big ints, errors) as the slow path. Built once per code object, on
// first use; no string-built code.

import { Code } from "../compiler/code.ts";
import * as O from "../compiler/opcodes.ts";
import {
  FNode, N_ATTR, N_AUG_ATTR, N_AUG_SUBSCR, N_BIN, N_CONST, N_CURRENT, N_DEREF, N_DISCARD, N_GLOBAL, N_IN, N_IS, N_LIST,
  N_LOCAL, N_SLICE, N_STORE_ATTR, N_STORE_DEREF, N_STORE_GLOBAL, N_STORE_SUBSCR, N_SUBSCR, N_TUPLE, N_UN,
} from "../compiler/fuse.ts";
import { nameError, unboundLocal } from "../errors.ts";
import { EMPTY_TUPLE, Py, PyDict, PyFloat, PyInstance, PyList, PyTuple, typeEpoch } from "../objects/model.ts";
import { pyBool, richCompare } from "../objects/protocol.ts";
import type { Frame } from "./frame.ts";
import { binaryOp, contains, getItem, getSlice, inplaceOp, setItem, unaryInvert, unaryNeg, unaryPos } from "./ops.ts";
import { current, IC_SIZE } from "./vm.ts";

export type Ev = (s: Py[], f: Frame) => Py;

const MAX = 9007199254740991;

export function buildFused(co: Code): Ev[] {
  return co.fused.map((n) => build(n as FNode, co, null));
}

/** The value an augmented assignment loaded (read by its right-hand side's N_CURRENT leaf). */
interface Holder {
  v: Py;
}

function local(i: number, co: Code): Ev {
  const name = co.varnames[i];
  return (s) => {
    const v = s[i];
    if (v === undefined) unboundLocal(name);
    return v;
  };
}

function global(i: number, co: Code): Ev {
  const name = co.globalNames[i];
  return (_s, f) => {
    const g = f.globals;
    let v = g.values[i];
    if (v === undefined) {
      v = g.builtinsCache[i];
      if (v === undefined) {
        v = g.get(name) ?? g.builtins?.get(name);
        if (v === undefined) nameError(name);
      }
    }
    return v;
  };
}

function build(n: FNode, co: Code, h: Holder | null): Ev {
  switch (n.k) {
    case N_LOCAL:
      return local(n.i!, co);
    case N_CONST: {
      const v = n.v;
      return () => v;
    }
    case N_GLOBAL:
      return global(n.i!, co);
    case N_UN:
      return unary(n.op!, build(n.l!, co, h));
    case N_CURRENT: {
      const holder = h!;
      return () => holder.v;
    }
    case N_DEREF: {
      const i = n.i!;
      const nc = co.cellvars.length;
      const name = i < nc ? co.cellvars[i] : co.freevars[i - nc];
      return (_s, f) => {
        const v = f.cells![i].v;
        if (v === undefined) current.unboundCell(co, i);
        void name;
        return v;
      };
    }
    case N_ATTR:
      return attr(build(n.l!, co, h), n.v as string);
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
        const a = new Array(items.length);
        for (let i = 0; i < items.length; i++) a[i] = items[i](s, f);
        return isTuple ? new PyTuple(a) : new PyList(a);
      };
    }
    case N_SLICE: {
      const O_ = build(n.l!, co, h), LO = build(n.r!, co, h), HI = build(n.x!, co, h);
      return (s, f) => {
        const o = O_(s, f), lo = LO(s, f);
        return getSlice(o, lo, HI(s, f));
      };
    }
    case N_STORE_SUBSCR: {
      const V = build(n.x!, co, h), O_ = build(n.l!, co, h), K = build(n.r!, co, h);
      return (s, f) => {
        const v = V(s, f), o = O_(s, f), k = K(s, f);
        if (o instanceof PyList && typeof k === "number" && o.cls.builtin) {
          const a = o.a;
          const i = k < 0 ? k + a.length : k;
          if (i >= 0 && i < a.length) {
            a[i] = v;
            return undefined;
          }
        } else if (o instanceof PyDict && o.cls.builtin && typeof k === "string") {
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
      const ic: Py[] = new Array(IC_SIZE).fill(undefined);
      return (s, f) => {
        const v = V(s, f), o = O_(s, f);
        if (o instanceof PyInstance && ic[0] === o.shape && ic[2] === typeEpoch) {
          const x = ic[1];
          if (typeof x === "number") o.slots[x] = v;
          else {
            o.shape = x;
            o.slots.push(v);
          }
          return undefined;
        }
        current.storeAttr(o, name, v, ic, 0);
        return undefined;
      };
    }
    case N_AUG_SUBSCR: {
      const O_ = build(n.l!, co, h), K = build(n.r!, co, h);
      const holder: Holder = { v: undefined };
      const RHS = build(n.x!, co, holder);
      return (s, f) => {
        const o = O_(s, f), k = K(s, f);
        // RHS reads the holder first (its left operand), before anything can re-enter this tree
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
      const ric: Py[] = new Array(IC_SIZE).fill(undefined);
      const wic: Py[] = new Array(IC_SIZE).fill(undefined);
      return (s, f) => {
        const o = O_(s, f);
        if (o instanceof PyInstance && ric[0] === o.shape && ric[2] === typeEpoch && typeof ric[1] === "number") {
          holder.v = o.slots[ric[1]];
        } else holder.v = current.loadAttr(o, name, ric, 0);
        const v = RHS(s, f);
        if (o instanceof PyInstance && wic[0] === o.shape && wic[2] === typeEpoch && typeof wic[1] === "number") {
          o.slots[wic[1]] = v;
        } else current.storeAttr(o, name, v, wic, 0);
        return undefined;
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
      return (s, f) => {
        const o = L(s, f), k = R(s, f);
        if (typeof k === "number") {
          if (o instanceof PyList && o.cls.builtin) {
            const i = k < 0 ? k + o.a.length : k;
            if (i >= 0 && i < o.a.length) return o.a[i];
          } else if (o instanceof PyTuple && o.cls.builtin) {
            const i = k < 0 ? k + o.a.length : k;
            if (i >= 0 && i < o.a.length) return o.a[i];
          }
        }
        if (o instanceof PyDict && o.cls.builtin && (typeof k === "string" || typeof k === "number")) {
          const v = o.m.get(k);
          if (v !== undefined) return v;
        }
        return getItem(o, k);
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

/** Attribute load with a private inline cache (instance slots and plain class attributes). */
function attr(L: Ev, name: string): Ev {
  const ic: Py[] = new Array(IC_SIZE).fill(undefined);
  return (s, f) => {
    const o = L(s, f);
    if (o instanceof PyInstance && ic[0] === o.shape && ic[2] === typeEpoch) {
      const x = ic[1];
      return typeof x === "number" ? o.slots[x] : x.v;
    }
    return current.loadAttr(o, name, ic, 0);
  };
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
  const slow = inplace ? (a: Py, b: Py) => inplaceOp(gi, a, b) : (a: Py, b: Py) => binaryOp(gi, a, b);
  switch (op) {
    case O.BINARY_ADD:
    case O.INPLACE_ADD:
      return (s, f) => {
        const a = L(s, f), b = R(s, f);
        if (typeof a === "number" && typeof b === "number") {
          const r = a + b;
          if (r <= MAX && r >= -MAX) return r;
        } else if (a instanceof PyFloat) {
          if (b instanceof PyFloat) return new PyFloat(a.v + b.v);
          if (typeof b === "number") return new PyFloat(a.v + b);
        } else if (typeof a === "number" && b instanceof PyFloat) return new PyFloat(a + b.v);
        return slow(a, b);
      };
    case O.BINARY_SUB:
    case O.INPLACE_SUB:
      return (s, f) => {
        const a = L(s, f), b = R(s, f);
        if (typeof a === "number" && typeof b === "number") {
          const r = a - b;
          if (r <= MAX && r >= -MAX) return r;
        } else if (a instanceof PyFloat) {
          if (b instanceof PyFloat) return new PyFloat(a.v - b.v);
          if (typeof b === "number") return new PyFloat(a.v - b);
        } else if (typeof a === "number" && b instanceof PyFloat) return new PyFloat(a - b.v);
        return slow(a, b);
      };
    case O.BINARY_MUL:
    case O.INPLACE_MUL:
      return (s, f) => {
        const a = L(s, f), b = R(s, f);
        if (typeof a === "number" && typeof b === "number") {
          const r = a * b;
          if (r <= MAX && r >= -MAX) return r + 0;
        } else if (a instanceof PyFloat) {
          if (b instanceof PyFloat) return new PyFloat(a.v * b.v);
          if (typeof b === "number") return new PyFloat(a.v * b);
        } else if (typeof a === "number" && b instanceof PyFloat) return new PyFloat(a * b.v);
        return slow(a, b);
      };
    case O.BINARY_TRUEDIV:
    case O.INPLACE_TRUEDIV:
      return (s, f) => {
        const a = L(s, f), b = R(s, f);
        if (a instanceof PyFloat) {
          if (b instanceof PyFloat && b.v !== 0) return new PyFloat(a.v / b.v);
          if (typeof b === "number" && b !== 0) return new PyFloat(a.v / b);
        } else if (typeof a === "number") {
          if (typeof b === "number" && b !== 0) return new PyFloat(a / b);
          if (b instanceof PyFloat && b.v !== 0) return new PyFloat(a / b.v);
        }
        return slow(a, b);
      };
    case O.BINARY_FLOORDIV:
    case O.INPLACE_FLOORDIV:
      return (s, f) => {
        const a = L(s, f), b = R(s, f);
        if (typeof a === "number" && typeof b === "number" && b !== 0) {
          const r = a % b;
          let q = (a - r) / b;
          if (r !== 0 && (r < 0) !== (b < 0)) q -= 1;
          return q + 0;
        }
        return slow(a, b);
      };
    case O.BINARY_MOD:
    case O.INPLACE_MOD:
      return (s, f) => {
        const a = L(s, f), b = R(s, f);
        if (typeof a === "number" && typeof b === "number" && b !== 0) {
          let r = a % b;
          if (r !== 0 && (r < 0) !== (b < 0)) r += b;
          return r + 0;
        }
        return slow(a, b);
      };
    case O.BINARY_AND:
    case O.INPLACE_AND:
      return (s, f) => {
        const a = L(s, f), b = R(s, f);
        if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a & b;
        return slow(a, b);
      };
    case O.BINARY_OR:
    case O.INPLACE_OR:
      return (s, f) => {
        const a = L(s, f), b = R(s, f);
        if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a | b;
        return slow(a, b);
      };
    case O.BINARY_XOR:
    case O.INPLACE_XOR:
      return (s, f) => {
        const a = L(s, f), b = R(s, f);
        if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a ^ b;
        return slow(a, b);
      };
    case O.BINARY_RSHIFT:
    case O.INPLACE_RSHIFT:
      return (s, f) => {
        const a = L(s, f), b = R(s, f);
        if (typeof a === "number" && typeof b === "number" && b >= 0 && b < 32 && (a | 0) === a) return a >> b;
        return slow(a, b);
      };
    case O.BINARY_LSHIFT:
    case O.INPLACE_LSHIFT:
      return (s, f) => {
        const a = L(s, f), b = R(s, f);
        if (typeof a === "number" && typeof b === "number" && b >= 0 && b < 31 && a >= 0 && a < 0x100000 && (a | 0) === a) {
          return a * (1 << b);
        }
        return slow(a, b);
      };
    case O.COMPARE_LT:
      return (s, f) => {
        const a = L(s, f), b = R(s, f);
        if (typeof a === "number" && typeof b === "number") return a < b;
        if (a instanceof PyFloat && b instanceof PyFloat) return a.v < b.v;
        return richCompare(a, b, 0);
      };
    case O.COMPARE_LE:
      return (s, f) => {
        const a = L(s, f), b = R(s, f);
        if (typeof a === "number" && typeof b === "number") return a <= b;
        if (a instanceof PyFloat && b instanceof PyFloat) return a.v <= b.v;
        return richCompare(a, b, 1);
      };
    case O.COMPARE_EQ:
      return (s, f) => {
        const a = L(s, f), b = R(s, f);
        if ((typeof a === "number" && typeof b === "number") || (typeof a === "string" && typeof b === "string")) return a === b;
        return richCompare(a, b, 2);
      };
    case O.COMPARE_NE:
      return (s, f) => {
        const a = L(s, f), b = R(s, f);
        if ((typeof a === "number" && typeof b === "number") || (typeof a === "string" && typeof b === "string")) return a !== b;
        return richCompare(a, b, 3);
      };
    case O.COMPARE_GT:
      return (s, f) => {
        const a = L(s, f), b = R(s, f);
        if (typeof a === "number" && typeof b === "number") return a > b;
        if (a instanceof PyFloat && b instanceof PyFloat) return a.v > b.v;
        return richCompare(a, b, 4);
      };
    case O.COMPARE_GE:
      return (s, f) => {
        const a = L(s, f), b = R(s, f);
        if (typeof a === "number" && typeof b === "number") return a >= b;
        if (a instanceof PyFloat && b instanceof PyFloat) return a.v >= b.v;
        return richCompare(a, b, 5);
      };
  }
  return (s, f) => {
    const a = L(s, f), b = R(s, f);
    return slow(a, b);
  };
}

/** Specialisations for `local <op> int constant`; null when there is none for the op. */
function localConst(op: number, i: number, c: number, co: Code): Ev | null {
  const name = co.varnames[i];
  const gi = opIndex(op);
  const inplace = op >= O.INPLACE_ADD && op <= O.INPLACE_MATMUL;
  const slow = (a: Py): Py => {
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
        if (typeof a === "number") {
          let r = a % c;
          if (r !== 0 && (r < 0) !== (c < 0)) r += c;
          return r + 0;
        }
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
