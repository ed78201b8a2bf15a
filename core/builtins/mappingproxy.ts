// mappingproxy: the read-only, live view CPython gives of a class's namespace (`A.__dict__`,
// `vars(A)`) and of the dict behind a dict view (`d.keys().mapping`); `type(A.__dict__)(m)`
// wraps any mapping. Reads go to the mapping (a class's namespace is read directly, so the
// view follows the class as it changes); what returns a new object (`keys()`, `copy()`, `|`)
// works on a dict copy of a class's namespace, or on the wrapped mapping.

import { keyError, typeError } from "../errors.ts";
import {
  MappingProxyType, type Py, PyByteArray, PyBytes, PyDict, PyList, PyMappingProxy, PyRange, PyTuple, type PyType,
} from "../objects/model.ts";
import { callMethod, callObject, getIter, hooks, lookup, proxyMapping, pyLen } from "../objects/protocol.ts";
import { arity, bindArgs, defMethods, slotArity } from "../objects/native.ts";
import { typeName } from "../objects/typeof.ts";
import { binaryOp, builtinInplace, contains, getItem } from "../vm/ops.ts";
import { classGetItem } from "../objects/union.ts";

const OR = 10;

/** `p[k]`. */
export function proxyGetItem(p: PyMappingProxy, k: Py): Py {
  if (p.ofClass && typeof k === "string") {
    const v = (p.target as PyType).dict.get(k);
    if (v === undefined) keyError(k);
    return v;
  }
  return getItem(proxyMapping(p), k);
}

/** `k in p`. */
export function proxyContains(p: PyMappingProxy, k: Py): boolean {
  if (p.ofClass && typeof k === "string") return (p.target as PyType).dict.has(k);
  return contains(proxyMapping(p), k);
}

/** `len(p)`. */
export function proxyLen(p: PyMappingProxy): number {
  return p.ofClass ? (p.target as PyType).dict.size : pyLen(p.target);
}

/** `a | b` with a mappingproxy on either side: the mappings' `|` (so a dict results). */
export function proxyOr(a: Py, b: Py): Py {
  return binaryOp(OR, a instanceof PyMappingProxy ? proxyMapping(a) : a, b instanceof PyMappingProxy ? proxyMapping(b) : b);
}

function selfProxy(args: Py[], name: string): PyMappingProxy {
  const p = args[0];
  if (!(p instanceof PyMappingProxy)) {
    typeError(`descriptor '${name}' for 'mappingproxy' objects doesn't apply to a '${typeName(p)}' object`);
  }
  return p;
}

/** What mappingproxy() accepts (CPython's PyMapping_Check, lists and tuples excluded). */
function isMapping(v: Py): boolean {
  if (typeof v === "string") return true;
  if (typeof v !== "object" || v === null || v instanceof PyList || v instanceof PyTuple) return false;
  if (v instanceof PyDict || v instanceof PyMappingProxy || v instanceof PyBytes || v instanceof PyByteArray || v instanceof PyRange) return true;
  return !(v.cls as PyType).builtin && lookup(v.cls, "__getitem__") !== undefined;
}

export function installMappingProxy(): void {
  const T = MappingProxyType;
  T.newFn = (_cls, args, kw) => {
    const [m] = bindArgs("mappingproxy", args, kw, ["mapping"], 1);
    if (!isMapping(m)) typeError(`mappingproxy() argument must be a mapping, not ${typeName(m)}`);
    return new PyMappingProxy(m);
  };
  // the methods that make a new object ask the mapping (CPython calls its methods by name)
  const forward = (name: string) => (args: Py[], kw: string[] | null) => {
    arity(`mappingproxy.${name}`, args, kw, 0, 0, true);
    return callMethod(proxyMapping(selfProxy(args, name)), name, []);
  };
  defMethods(T, {
    get(args, kw) {
      arity("get", args, kw, 1, 2, true);
      const p = selfProxy(args, "get"), dflt = args.length > 2 ? args[2] : null;
      if (p.ofClass && typeof args[1] === "string") {
        const v = (p.target as PyType).dict.get(args[1]);
        return v === undefined ? dflt : v;
      }
      return callMethod(proxyMapping(p), "get", [args[1], dflt]);
    },
    keys: forward("keys"),
    values: forward("values"),
    items: forward("items"),
    copy: forward("copy"),
    __getitem__(args, kw) {
      slotArity(args, kw, 1, "__getitem__");
      return proxyGetItem(selfProxy(args, "__getitem__"), args[1]);
    },
    __contains__(args, kw) {
      slotArity(args, kw, 1, "__contains__");
      return proxyContains(selfProxy(args, "__contains__"), args[1]);
    },
    __len__(args, kw) {
      slotArity(args, kw, 0, "__len__");
      return proxyLen(selfProxy(args, "__len__"));
    },
    __iter__(args, kw) {
      slotArity(args, kw, 0, "__iter__");
      return getIter(proxyMapping(selfProxy(args, "__iter__")));
    },
    __reversed__(args, kw) {
      arity("__reversed__", args, kw, 0, 0, true);
      return callObject(hooks.builtinsModule().get("reversed"), [proxyMapping(selfProxy(args, "__reversed__"))]);
    },
    __or__(args, kw) {
      slotArity(args, kw, 1, "__or__");
      return proxyOr(args[0], args[1]);
    },
    __ror__(args, kw) {
      slotArity(args, kw, 1, "__ror__");
      return proxyOr(args[1], args[0]);
    },
    __ior__(args, kw) {
      slotArity(args, kw, 1, "__ior__");
      return builtinInplace(OR, selfProxy(args, "__ior__"), args[1]);
    },
    __class_getitem__: classGetItem,
  });
}
