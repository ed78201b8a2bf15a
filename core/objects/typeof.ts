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

/** `type(v).__name__`, for error messages ("'int' object is not iterable"). */
export function typeName(v: Py): string {
  return typeOf(v).name;
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
