// typeOf: the Python type of any value, and its name for messages.

import {
  BoolType, FloatType, IntType, NoneType, type Py, type PyType, StrType,
} from "./model.ts";

/** The Python type of `v`. */
export function typeOf(v: Py): PyType {
  switch (typeof v) {
    case "number":
    case "bigint":
      return IntType;
    case "string":
      return StrType;
    case "boolean":
      return BoolType;
    case "object":
      return v === null ? NoneType : v.cls;
  }
  throw new Error(`internal: not a Python value: ${String(v)}`);
}

/**
 * The type's name for error messages ("'int' object is not iterable"): CPython's tp_name, which is
 * `__name__`, except for the few builtin types that live in another module ('types.UnionType').
 */
export function typeName(v: Py): string {
  return tpName(typeOf(v));
}

/** CPython's tp_name of a type: see typeName. */
export function tpName(t: PyType): string {
  return t.builtin && t.module !== "builtins" ? `${t.module}.${t.name}` : t.name;
}

/** Python int (not bool). */
export function isInt(v: Py): v is number | bigint {
  const t = typeof v;
  return t === "number" || t === "bigint";
}

/** int or bool (bool is a subclass of int). */
export function isIntLike(v: Py): boolean {
  const t = typeof v;
  return t === "number" || t === "bigint" || t === "boolean";
}

export function isFloatObj(v: Py): boolean {
  return typeof v === "object" && v !== null && v.cls === FloatType;
}
