// Assembles the builtins namespace and wires the protocol layer's hooks (done once; the builtin
// types are shared, immutable singletons).

import { memoryError } from "../errors.ts";
import { dictHas } from "../objects/dict.ts";
import * as E from "../objects/exceptions.ts";
import { DictIter, GenericAliasIteratorType, getIterAny, installIteratorMethods, iterNextAny, RangeIter, SeqIter } from "../objects/iter.ts";
import {
  BoolType, ByteArrayType, BytesType, ClassMethodType, ComplexType, DictType, Ellipsis, FloatType, FrozenSetType,
  EMPTY_TUPLE, IntType, ListType, NotImplemented, CoroutineType, ObjectType, PropertyType, type Py, PyClassMethod, PyTuple, RangeType, SetType,
  SliceType, StaticMethodType, StrType, SuperType, TupleType, TypeType, ModuleType, PyMappingProxy, MappingProxyType,
} from "../objects/model.ts";
import {
  builtinCompareRaw, callObject, getAttrOpt, hooks, lookup, objectId, pyBool, pyHash, pyLen, PyCodeObject, PyFrameObject, pyRepr, getIter, proxyMapping, richCompare,
} from "../objects/protocol.ts";
import { cpArray, cpLength } from "../objects/strrepr.ts";
import { typeOf } from "../objects/typeof.ts";
import {
  installContainerDunders, installDict, installList, installRange, installSets, installTuple, PyDictView, viewBinary, viewCompare, viewContains,
  viewRepr,
} from "../objects/containers.ts";
import { installStrMethods } from "../objects/str.ts";
import { bytearrayNew, bytesNew, installBytesMethods } from "../objects/bytes.ts";
import { installUnicodeErrors } from "../objects/unicodeerror.ts";
import {
  builtinBinary, builtinInplace, contains, delItem, dictUpdateFrom, getItem, setContainsHook, setGetItemHook, setItem, setViewBinaryHook,
} from "../vm/ops.ts";
import { builtinNew, instantiate, setBases } from "../vm/classes.ts";
import { typeError } from "../errors.ts";
import { PyBuiltin, PyException, PyStaticMethod, PyType } from "../objects/model.ts";
import { typeName } from "../objects/typeof.ts";
import { ALIAS_OWN_ATTRS, aliasRepr, classGetItem, GenericAliasType, PyGenericAlias, PyUnion, sameTypeArg, UnionType, unionRepr } from "../objects/union.ts";
import { EnumerateType } from "../objects/iter.ts";
import { defMethod, slotArity } from "../objects/native.ts";
import { delegateOf, GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, PyAnextAwaitable, PyAsyncGenAwaitable, PyCoroutineWrapper, PyGenerator } from "../vm/frame.ts";
import { current } from "../vm/vm.ts";
import { builtinFunctions, installIteratorTypes, ITERATOR_TYPES, primitiveId } from "./functions.ts";
import { asyncBuiltins } from "./async.ts";
import { installNumbers, setHashBuiltin, toFloat, toInt } from "./numbers.ts";
import { asIndex } from "../objects/seq.ts";
import { installObjects, installTypeNews } from "./objects.ts";
import { installMatchHooks } from "./match.ts";
import { installBuiltinDunders, installOwnSlots } from "./dunders.ts";
import { installMappingProxy, proxyContains, proxyGetItem, proxyLen, proxyOr } from "./mappingproxy.ts";
import { EXIT, installQuitter, PyQuitter, QUIT, quitterRepr } from "./quitter.ts";

/** The operator index of the reflected comparison (a < b is b > a). */
const CMP_SWAP = [4, 5, 2, 3, 0, 1];

let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  installObjects();
  installNumbers();
  installList();
  installTuple();
  installDict();
  installSets();
  installRange();
  installStrMethods();
  installBytesMethods();
  installUnicodeErrors();
  installBuiltinDunders();
  installMappingProxy();
  installIteratorTypes();
  installQuitter();
  installOwnSlots();
  BytesType.newFn = (_cls, args, kw) => bytesNew(args, kw);
  ByteArrayType.newFn = (_cls, args, kw) => bytearrayNew(args, kw);

  hooks.instantiate = instantiate;
  hooks.setBases = setBases;
  hooks.getItem = getItem;
  hooks.setItem = setItem;
  hooks.delItem = delItem;
  hooks.getIter = getIterAny;
  hooks.iterNext = (it: Py) => iterNextAny(it);
  hooks.cpLength = cpLength;
  hooks.cpArray = cpArray;
  hooks.truthy = pyBool;
  hooks.contains = contains;
  hooks.dictUpdateFrom = dictUpdateFrom;
  hooks.dictHas = dictHas;
  hooks.typeOf = typeOf;
  hooks.PyClassMethod = PyClassMethod;
  hooks.RangeIter = RangeIter;
  hooks.ValueError = E.ValueError;
  hooks.NameError = E.NameError;
  hooks.OverflowError = E.OverflowError;
  hooks.memoryError = () => memoryError();
  hooks.primitiveId = primitiveId;
  hooks.asIndex = asIndex;
  hooks.hash = pyHash;
  installContainerDunders({
    getItem,
    setItem,
    delItem,
    contains,
    binary: (op, a, b) => {
      const r = builtinBinary(op, a, b);
      return r;
    },
    inplace: builtinInplace,
    compare: (a, b, op) => builtinCompareRaw(a, b, op),
  });
  for (const t of [IntType, FloatType, StrType, BytesType, TupleType, FrozenSetType, ComplexType]) {
    const nw = new PyBuiltin("__new__", (args, kw) => {
      const cls = args[0];
      if (!(cls instanceof PyType)) typeError(`${t.name}.__new__(X): X is not a type object (${typeName(cls)})`);
      return builtinNew(t, cls, args.slice(1), kw);
    }, undefined, t);
    t.dict.set("__new__", new PyStaticMethod(nw));
  }
  hooks.builtinsModule = () => current.builtinsModule();
  hooks.rebindBuiltin = (name: string, v: Py) => current.rebindBuiltin(name, v);
  hooks.grow = (bytes: number) => current.noteGrowth(bytes);
  hooks.charge = (n: number) => current.chargeNative(n);
  hooks.depthLimit = () => current.maxDepth;
  hooks.toInt = toInt;
  hooks.toFloat = toFloat;
  hooks.len = (v: Py) => {
    if (v instanceof PyDictView) return v.d.m.size;
    if (v instanceof PyMappingProxy) return proxyLen(v);
    return undefined;
  };
  hooks.repr = (v: Py) => {
    if (v instanceof PyDictView) return viewRepr(v);
    if (v instanceof PyUnion) return unionRepr(v, pyRepr);
    if (v instanceof PyGenericAlias) return aliasRepr(v, pyRepr);
    if (v instanceof PyQuitter) return quitterRepr(v);
    if (v instanceof PyGenerator) {
      const kind = v.cls.name;
      return `<${kind} object ${v.qualname} at 0x${objectId(v).toString(16).padStart(12, "0")}>`;
    }
    return undefined;
  };
  hooks.iterOf = (v: Py) => {
    if (v instanceof PyDictView) return new DictIter(v.d, v.kind);
    if (v instanceof PyMappingProxy) return getIter(proxyMapping(v));
    if (v instanceof PyGenericAlias) return new SeqIter([new PyGenericAlias(v.origin, v.args, true)], GenericAliasIteratorType);
    if ((v instanceof PyGenerator && v.cls !== CoroutineType) || v instanceof PyCoroutineWrapper || v instanceof PyAsyncGenAwaitable || v instanceof PyAnextAwaitable) return v;
    return undefined;
  };
  hooks.iterNextOther = (it: Py) => {
    if (it instanceof PyGenerator) return current.resumeGen(it, null, null);
    return undefined;
  };
  hooks.compare = (a: Py, b: Py, op: number) => {
    if ((op === 2 || op === 3) && (a instanceof PyGenericAlias || a instanceof PyUnion) && (b instanceof PyGenericAlias || b instanceof PyUnion)) {
      return sameTypeArg(a, b) === (op === 2);
    }
    // keys and items views compare like sets (with sets and with each other)
    if (a instanceof PyDictView || b instanceof PyDictView) return viewCompare(a, b, op);
    // a mappingproxy compares as its mapping (the reflected operation when it is on the right)
    if (a instanceof PyMappingProxy) return richCompare(proxyMapping(a), b, op);
    if (b instanceof PyMappingProxy) return richCompare(proxyMapping(b), a, CMP_SWAP[op]);
    return undefined;
  };
  hooks.specialAttr = (obj: Py, name: string) => {
    if (obj instanceof PyGenerator) {
      switch (name) {
        case "__name__":
          return obj.name;
        case "__qualname__":
          return obj.qualname;
        case "gi_running":
        case "cr_running":
        case "ag_running":
          return obj.state === GEN_RUNNING;
        case "gi_suspended":
        case "cr_suspended":
          return obj.state === GEN_SUSPENDED;
        case "gi_code":
        case "cr_code":
        case "ag_code":
          return obj.code === null ? undefined : obj.code.pyCode ??= new PyCodeObject(obj.code);
        case "gi_frame":
        case "cr_frame":
        case "ag_frame":
          return obj.frame === null ? null : generatorFrame(obj);
        case "gi_yieldfrom":
        case "cr_await":
        case "ag_await":
          return delegateOf(obj);
      }
    }
    if (obj instanceof PyQuitter) {
      if (name === "name") return obj.name;
      if (name === "eof") return obj.eof;
    }
    if (obj instanceof PyDictView && name === "mapping") return new PyMappingProxy(obj.d);
    if (obj instanceof PyGenericAlias) return aliasAttr(obj, name);
    if (obj instanceof PyUnion) {
      if (name === "__args__") return new PyTuple(obj.args.slice());
      if (name === "__parameters__") return EMPTY_TUPLE;
    }
    return undefined;
  };
  hooks.bool = (v: Py) => (v instanceof PyDictView ? v.d.m.size !== 0 : v instanceof PyMappingProxy ? proxyLen(v) !== 0 : undefined);
  defMethod(EnumerateType, "__class_getitem__", classGetItem);
  // calling `list[int]` calls list
  defMethod(GenericAliasType, "__call__", (args, kw) => callObject((args[0] as PyGenericAlias).origin, args.slice(1), kw));
  setViewBinaryHook((op, a, b) => op === 10 && (a instanceof PyMappingProxy || b instanceof PyMappingProxy) ? proxyOr(a, b) : viewBinary(op, a, b));
  setContainsHook((c: Py, x: Py) => (c instanceof PyDictView ? viewContains(c, x) : c instanceof PyMappingProxy ? proxyContains(c, x) : undefined));
  // `(int | str)[int]`, `list[int][int]`: only an alias with type variables takes arguments, and
  // there are none here (no typing module)
  const notGeneric = (o: Py): never => typeError(`${pyRepr(o)} is not a generic class`);
  for (const t of [GenericAliasType, UnionType]) {
    defMethod(t, "__getitem__", (args, kw) => {
      slotArity(args, kw, 1, "__getitem__");
      return notGeneric(args[0]);
    });
  }
  setGetItemHook((o: Py, k: Py) => (
    o instanceof PyMappingProxy ? proxyGetItem(o, k) : o instanceof PyGenericAlias || o instanceof PyUnion ? notGeneric(o) : undefined
  ));
  installMatchHooks();
  installIteratorMethods();
  installTypeNews(
    [
      BoolType, ByteArrayType, ListType, DictType, SetType, RangeType, SliceType, PropertyType, StaticMethodType, ClassMethodType, SuperType,
      MappingProxyType, ...ITERATOR_TYPES,
    ],
    [ByteArrayType, ListType, DictType, SetType, PropertyType, StaticMethodType, ClassMethodType, SuperType],
  );
  // (see PyType.plainException; `ValueError(msg)` also has the one-argument direct entry)
  const beNew = lookup(E.BaseException, "__new__"), beInit = lookup(E.BaseException, "__init__");
  for (const t of E.EXCEPTION_TYPES) {
    t.plainException = lookup(t, "__new__") === beNew && lookup(t, "__init__") === beInit;
    if (t.plainException) t.call1 ??= (a) => new PyException(t, new PyTuple([a]));
  }
  void pyLen;
  void pyRepr;
}

/** A fresh builtins namespace (each interpreter gets its own map; the objects are shared). */
export function createBuiltins(): Map<string, Py> {
  install();
  const m = new Map<string, Py>();
  const fns = builtinFunctions();
  for (const [k, v] of fns) m.set(k, v);
  for (const [k, v] of asyncBuiltins()) m.set(k, v);
  setHashBuiltin(fns.get("hash"));
  const types = [
    ObjectType, TypeType, IntType, BoolType, FloatType, ComplexType, StrType, BytesType, ByteArrayType, ListType,
    TupleType, DictType, SetType, FrozenSetType, RangeType, SliceType, PropertyType, StaticMethodType,
    ClassMethodType, SuperType, ...ITERATOR_TYPES,
  ];
  for (const t of types) m.set(t.name, t);
  for (const t of E.EXCEPTION_TYPES) m.set(t.name, t);
  m.set("IOError", E.OSError);
  m.set("EnvironmentError", E.OSError);
  m.set("NotImplemented", NotImplemented);
  m.set("Ellipsis", Ellipsis);
  // (the keywords' values, as in CPython's builtins: `Ｔｒｕｅ` is the name True, NFKC-normalised)
  m.set("None", null);
  m.set("False", false);
  m.set("True", true);
  m.set("__debug__", true);
  m.set("exit", EXIT);
  m.set("quit", QUIT);
  m.set("__name__", "__main__");
  void ModuleType;
  void PyTuple;
  return m;
}

/** Each generator's frame object, made on first access (no cost for generators never inspected). */
const genFrames = new WeakMap<PyGenerator, PyFrameObject>();

/** gi_frame: where the generator is now; before its first run, the def line (offset -1). */
function generatorFrame(g: PyGenerator): PyFrameObject {
  let fo = genFrames.get(g);
  if (fo === undefined) {
    fo = new PyFrameObject(g.code, 0);
    // suspended: the pc is past the YIELD_VALUE it stopped at
    fo.livePc = () => g.state === GEN_CREATED ? -1 : g.frame === null ? 0 : g.state === GEN_SUSPENDED ? g.frame.pc - 1 : g.frame.pc;
    genFrames.set(g, fo);
  }
  return fo;
}

/** Attributes of `list[int]`: its own few, and everything else from the origin type. */
function aliasAttr(a: PyGenericAlias, name: string): Py {
  switch (name) {
    case "__origin__":
      return a.origin;
    case "__args__":
      return new PyTuple(a.args.slice());
    case "__parameters__":
      return EMPTY_TUPLE;
    case "__unpacked__":
      return a.unpacked;
    case "__typing_unpacked_tuple_args__":
      return a.unpacked && a.origin === TupleType ? new PyTuple(a.args.slice()) : null;
    case "__class__":
      return GenericAliasType;
  }
  return ALIAS_OWN_ATTRS.has(name) ? undefined : getAttrOpt(a.origin, name);
}
