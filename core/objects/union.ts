// `int | str`: union types (types.UnionType), usable with isinstance/issubclass.

import { builtinType, NoneType, type Py, PyObject, PyType } from "./model.ts";

export const UnionType: PyType = builtinType("UnionType", undefined, true);
UnionType.module = "types";

export class PyUnion extends PyObject {
  constructor(public readonly args: Py[]) {
    super();
    this.cls = UnionType;
  }
}

function part(v: Py): Py[] | undefined {
  if (v === null) return [NoneType];
  if (v instanceof PyType) return [v];
  if (v instanceof PyUnion) return v.args;
  return undefined;
}

/** a | b for types; undefined when either side is not a type (or None, or a union). */
export function makeUnion(a: Py, b: Py): PyUnion | undefined {
  if (!(a instanceof PyType || a instanceof PyUnion) && !(b instanceof PyType || b instanceof PyUnion)) return undefined;
  const x = part(a), y = part(b);
  if (x === undefined || y === undefined) return undefined;
  const out: Py[] = [];
  for (const t of x.concat(y)) if (!out.includes(t)) out.push(t);
  return new PyUnion(out);
}

export function unionRepr(u: PyUnion): string {
  return u.args.map((t) => (t === NoneType ? "None" : t instanceof PyType ? (t.module === "builtins" ? t.qualname : `${t.module}.${t.qualname}`) : String(t))).join(" | ");
}
