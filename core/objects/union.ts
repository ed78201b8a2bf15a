// `int | str`: union types (types.UnionType), usable with isinstance/issubclass; and `list[int]`:
// generic aliases of the builtin containers (types.GenericAlias), as annotations evaluate them.

import { typeError } from "../errors.ts";
import { builtinType, Ellipsis, NoneType, type Py, PyObject, PyTuple, PyType } from "./model.ts";

export const UnionType: PyType = builtinType("UnionType", undefined, true);
UnionType.module = "types";

export class PyUnion extends PyObject {
  constructor(public readonly args: Py[]) {
    super();
    this.cls = UnionType;
  }
}

export const GenericAliasType: PyType = builtinType("GenericAlias", undefined, true);
GenericAliasType.module = "types";

/** The attributes a generic alias answers itself; it hands every other name to its origin
 * (`list[int].append` is list.append), as CPython's ga_getattro. */
export const ALIAS_OWN_ATTRS: ReadonlySet<string> = new Set([
  "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__",
  "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__",
]);

/** `list[int]`: the origin type with its arguments; calling it calls the origin. `unpacked`:
 * `*tuple[int]` (PEP 646), the one item an alias iterates to. */
export class PyGenericAlias extends PyObject {
  constructor(public readonly origin: PyType, public readonly args: Py[], public readonly unpacked = false) {
    super();
    this.cls = GenericAliasType;
  }
}

function part(v: Py): Py[] | undefined {
  if (v === null) return [NoneType];
  if (v instanceof PyType || v instanceof PyGenericAlias) return [v];
  if (v instanceof PyUnion) return v.args;
  return undefined;
}

/** a | b for types; undefined when either side is not a type (or None, or a union, or an alias).
 * A union of one member is that member (`int | int` is int). */
export function makeUnion(a: Py, b: Py): Py | undefined {
  const typeLike = (v: Py) => v instanceof PyType || v instanceof PyUnion || v instanceof PyGenericAlias;
  if (!typeLike(a) && !typeLike(b)) return undefined;
  const x = part(a), y = part(b);
  if (x === undefined || y === undefined) return undefined;
  const out: Py[] = [];
  for (const t of x.concat(y)) if (!out.some((o) => sameTypeArg(o, t))) out.push(t);
  return out.length === 1 ? out[0] : new PyUnion(out);
}

/** Equality of two type arguments (types by identity, aliases by origin and arguments). */
export function sameTypeArg(a: Py, b: Py): boolean {
  if (a === b) return true;
  if (a instanceof PyGenericAlias && b instanceof PyGenericAlias) {
    return a.origin === b.origin && a.unpacked === b.unpacked && a.args.length === b.args.length &&
      a.args.every((x, i) => sameTypeArg(x, b.args[i]));
  }
  if (a instanceof PyUnion && b instanceof PyUnion) {
    return a.args.length === b.args.length && a.args.every((x) => b.args.some((y) => sameTypeArg(x, y)));
  }
  return false;
}

/** How a type argument shows inside a union or an alias: types by (qualified) name. */
function argRepr(v: Py, repr: (v: Py) => string): string {
  if (v === null || v === NoneType) return "None";
  if (v === Ellipsis) return "...";
  if (v instanceof PyType) return v.module === "builtins" ? v.qualname : `${v.module}.${v.qualname}`;
  if (v instanceof PyGenericAlias) return aliasRepr(v, repr);
  if (v instanceof PyUnion) return unionRepr(v, repr);
  return repr(v);
}

export function unionRepr(u: PyUnion, repr: (v: Py) => string): string {
  return u.args.map((t) => argRepr(t, repr)).join(" | ");
}

export function aliasRepr(a: PyGenericAlias, repr: (v: Py) => string): string {
  const inner = a.args.length === 0 ? "()" : a.args.map((t) => argRepr(t, repr)).join(", ");
  return `${a.unpacked ? "*" : ""}${argRepr(a.origin, repr)}[${inner}]`;
}

/** `__class_getitem__` of the builtin generics: `list[int]` is an alias of list with (int,). */
export function classGetItem(args: Py[]): Py {
  if (args.length !== 2 || !(args[0] instanceof PyType)) {
    const who = args[0] instanceof PyType ? `${args[0].name}.` : "";
    typeError(`${who}__class_getitem__() takes exactly one argument (${Math.max(0, args.length - 1)} given)`);
  }
  const k = args[1];
  return new PyGenericAlias(args[0] as PyType, k instanceof PyTuple ? k.a.slice() : [k]);
}
