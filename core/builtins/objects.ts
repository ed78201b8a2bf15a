// object, type, str (constructor), exceptions, property/staticmethod/classmethod/super and
// generator methods.

import { makeUnion, PyGenericAlias } from "../objects/union.ts";
import { propertyMissing, raise, runtimeError, typeError } from "../errors.ts";
import { dictGet, dictSet, origKey } from "../objects/dict.ts";
import {
  AttributeError, BaseException, ImportError, KeyError, NameError, OSError, StopAsyncIteration, StopIteration,
  SyntaxError, SystemExit, UnicodeDecodeError, UnicodeEncodeError,
} from "../objects/exceptions.ts";
import {
  AsyncGeneratorType, ClassMethodType, CoroutineType, GeneratorType, type NativeFn, NotImplemented, ObjectType,
  PropertyType, type Py, PyBuiltin, PyClassMethod, ClassMethodDescriptorType, PyDict, PyException, PyFunction, PyInstance,
  PyProperty, PyStaticMethod, PySuper, PyTuple, PyType, StaticMethodType, StrType, SuperType, TypeType, STOP,
  PyModule, ModuleType, FunctionType, MethodType, PyMethod, NoneType, NotImplementedType, EllipsisType, Ellipsis,
  PyDescriptor, MemberDescriptorType, GetSetDescriptorType, classMethodDescriptor,
} from "../objects/model.ts";
import { arity, bindArgs, defMethod, defMethods, noKw } from "../objects/native.ts";
import {
  asStr, attrNameArg, baseValue, bind, callObject, exceptionStr, isSubtype, lookup, objectId, pyRepr, pyStr, setAttrRaw, typeDelAttr, typeGetAttr,
  typeSetAttr, builtinRepr, defaultRepr, pyHash, delAttrRaw, getAttrOpt, iterToArray, pyFormat, PyTraceback, rawGetAttr, setAttr,
  setTraceback, objectIsInstance, pyReprObj, pyStrObj, newExceptionInstance, osErrorInit, typeNewOwner,
  objectGetState, TYPE_GETSETS, TYPE_MEMBERS, classMethodGet, memberAccess, superCheck, superDescrGet, realIsSubclass,
  objectNe, objectDirNames, classDirNames,
} from "../objects/protocol.ts";
import { tpName, typeName, typeOf } from "../objects/typeof.ts";
import { bytesDecode, bytesView } from "../objects/bytes.ts";
import { argTypeName } from "../objects/str.ts";
import { current } from "../vm/vm.ts";
import { CO_COMPREHENSION, CO_GENERATOR } from "../compiler/code.ts";
import {
  AnextAwaitableType, AsyncGenASendType, AsyncGenAThrowType, AW_CLOSED, AW_INIT, CoroutineWrapperType, GEN_RUNNING,
  PyAnextAwaitable, PyAsyncGenAwaitable, PyCoroutineWrapper, PyGenerator,
} from "../vm/frame.ts";
import { anextProxy, awaitableStep } from "../vm/asyncgen.ts";
import { c3, calcMeta, instantiate, isObjectNew, newClass, newInstance, typeCall } from "../vm/classes.ts";
import { formatStr } from "../objects/format.ts";
import { isCallable } from "./functions.ts";
import { installSizeof } from "../objects/sizeof.ts";

/**
 * The receiver of an exception method called through its type (`ValueError.__str__(x)`): an
 * instance of `owner`, or CPython's TypeError for a slot wrapper (`slot`) or a method.
 */
function excSelf(name: string, v: Py, owner: PyType = BaseException, slot = true): PyException {
  if (v instanceof PyException && isSubtype(v.cls, owner)) return v;
  if (slot) typeError(`descriptor '${name}' requires a '${tpName(owner)}' object but received a '${typeName(v)}'`);
  typeError(`descriptor '${name}' for '${tpName(owner)}' objects doesn't apply to a '${typeName(v)}' object`);
}

/**
 * The exception generator.throw(typ[, val[, tb]]) raises, normalised as CPython does: a class is
 * called with `val` (an instance of it is used as is, a tuple spread as the arguments); an
 * instance takes no separate value.
 */
function thrownException(typ: Py, val: Py, tb: Py): PyException {
  if (tb !== null && !(tb instanceof PyTraceback)) typeError("throw() third argument must be a traceback object");
  let e: Py;
  if (typ instanceof PyType && isSubtype(typ, BaseException)) {
    if (val instanceof PyException && isSubtype(val.cls, typ)) e = val;
    else {
      // an error making the exception is what gets thrown in (CPython's PyErr_NormalizeException)
      try {
        e = callObject(typ, val === null ? [] : val instanceof PyTuple ? val.a.slice() : [val]);
        if (!(e instanceof PyException)) {
          typeError(`calling ${pyRepr(typ)} should have returned an instance of BaseException, not ${typeName(e)}`);
        }
      } catch (err) {
        if (!(err instanceof PyException) || err.uncatchable) throw err;
        e = err;
      }
    }
  } else if (typ instanceof PyException) {
    if (val !== null) typeError("instance exception may not have a separate value");
    e = typ;
  } else typeError(`exceptions must be classes or instances deriving from BaseException, not ${typeName(typ)}`);
  if (tb !== null) setTraceback(e, tb);
  return e;
}

/**
 * A `__new__` for each builtin type that constructs through `newFn` and has none of its own
 * (`list.__new__`, `bool.__new__`, `range.__new__`), so `X.__new__(Y)` is checked against X as in
 * CPython (protocol.ts checkNew). To instantiation they are object.__new__ (their owner is
 * object); the types in `initBuilt` fill their value in __init__, so their __new__ makes an empty one.
 */
export function installTypeNews(types: readonly PyType[], initBuilt: readonly PyType[]): void {
  for (const t of types) {
    if (t.newFn === null || t.dict.has("__new__")) continue;
    const empty = initBuilt.includes(t);
    const nw = new PyBuiltin("__new__", (args, kw) => {
      const cls = args[0] as PyType;
      if (cls !== t) return newInstance(cls, []);
      if (!empty) return t.newFn!(t, args.slice(1), kw);
      // (an empty super, property, staticmethod or classmethod, for __init__ to fill)
      return t === SuperType || t === StaticMethodType || t === ClassMethodType ? newInstance(t, []) : t.newFn!(t, [], null);
    }, undefined, ObjectType);
    typeNewOwner.set(nw, t);
    t.dict.set("__new__", new PyStaticMethod(nw));
  }
}

export function installObjects(): void {
  // ---- object ----
  defMethods(ObjectType, {
    __init__(args, kw) {
      const self = args[0];
      const t = typeOf(self);
      // CPython's object_init: extra arguments are an error unless __new__ is overridden and __init__ is not
      if (args.length > 1 || (kw !== null && kw !== undefined && kw.length > 0)) {
        const init = lookup(t, "__init__");
        if (!(init instanceof PyBuiltin && init.owner === ObjectType)) typeError("object.__init__() takes exactly one argument (the instance to initialize)");
        const nw = lookup(t, "__new__");
        if (nw === undefined || isObjectNew(nw)) typeError(`${t.name}.__init__() takes exactly one argument (the instance to initialize)`);
      }
      return null;
    },
    __repr__(args) {
      return defaultRepr(args[0]);
    },
    __str__(args) {
      return pyReprObj(args[0]);
    },
    __eq__(args) {
      return args[0] === args[1] ? true : NotImplemented;
    },
    __ne__(args) {
      return objectNe(args[0], args[1]);
    },
    __lt__() {
      return NotImplemented;
    },
    __le__() {
      return NotImplemented;
    },
    __gt__() {
      return NotImplemented;
    },
    __ge__() {
      return NotImplemented;
    },
    __hash__(args) {
      // (None is no object of its own here: its hash is the one hash(None) gives)
      return args[0] === null ? pyHash(null) : (objectId(args[0]) / 16) | 0;
    },
    __setattr__(args, kw) {
      arity("__setattr__", args, kw, 2, 2, true);
      const name = attrNameArg(args[1]);
      if (args[0] instanceof PyType) typeError(`can't apply this __setattr__ to ${typeName(args[0])} object`);
      setAttrRaw(args[0], name, args[2]);
      return null;
    },
    __delattr__(args) {
      delAttrRaw(args[0], attrNameArg(args[1]));
      return null;
    },
    __getattribute__(args) {
      return rawGetAttr(args[0], attrNameArg(args[1]));
    },
    __format__(args) {
      const spec = asStr(args[1]);
      if (spec === undefined) typeError(`__format__() argument must be str, not ${args[1] === null ? "None" : typeName(args[1])}`);
      if (spec !== "") typeError(`unsupported format string passed to ${typeName(args[0])}.__format__`);
      return pyStrObj(args[0]);
    },
    // (CPython's copyreg protocol is absent: no object is picklable this way, docs/differences.md)
    __reduce__(args) {
      typeError(`cannot pickle '${typeName(args[0])}' object`);
    },
    __dir__(args) {
      return new (hooksList())(objectDirNames(args[0]));
    },
  });
  const objectNew = defMethod(ObjectType, "__new__", (args) => {
    const cls = args[0];
    if (!(cls instanceof PyType)) typeError(`object.__new__(X): X is not a type object (${typeName(cls)})`);
    if (args.length > 1 && !isSubtype(cls, BaseException)) {
      // CPython's object_new: extra arguments are an error unless __init__ is overridden and __new__ is not
      if (!isObjectNew(lookup(cls, "__new__"))) typeError("object.__new__() takes exactly one argument (the type to instantiate)");
      const init = lookup(cls, "__init__");
      if (init instanceof PyBuiltin && init.owner === ObjectType) typeError(`${cls.name}() takes no arguments`);
    }
    return newInstance(cls, isSubtype(cls, BaseException) ? args.slice(1) : []);
  });
  ObjectType.dict.set("__new__", new PyStaticMethod(objectNew));
  const isc = defMethod(ObjectType, "__init_subclass__", (args, kw) => {
    const who = args[0] instanceof PyType ? args[0].qualname : "object";
    if (kw !== null && kw.length > 0) typeError(`${who}.__init_subclass__() takes no keyword arguments`);
    if (args.length > 1) typeError(`${who}.__init_subclass__() takes no arguments (${args.length - 1} given)`);
    return null;
  });
  ObjectType.dict.set("__init_subclass__", new PyClassMethod(isc));
  // (the hook abc's classes override; object's declines, whatever it is given)
  const hook = new PyBuiltin("__subclasshook__", () => NotImplemented, undefined, ObjectType);
  ObjectType.dict.set("__subclasshook__", classMethodDescriptor(hook));
  defMethod(ObjectType, "__getstate__", (args) => objectGetState(args[0]));
  // (__sizeof__ of object and its overrides, float.__getformat__)
  installSizeof();
  ObjectType.newFn = (_cls, args) => {
    // (keyword values are in args: CPython words both kinds of excess arguments alike)
    if (args.length > 0) typeError("object() takes no arguments");
    return new PyInstance(ObjectType);
  };

  // NoneType(), NotImplementedType(), EllipsisType(): the singletons
  const singletons = [[NoneType, null, "NoneType"], [NotImplementedType, NotImplemented, "NotImplementedType"], [EllipsisType, Ellipsis, "EllipsisType"]] as const;
  for (const [t, v, name] of singletons) {
    t.newFn = (_cls, args) => {
      if (args.length > 0) typeError(`${name} takes no arguments`);
      return v;
    };
  }

  // ---- type ----
  /** A class made by calling type() takes its __module__ from the calling code's globals. */
  const callerModule = (): string | null => current.frame?.globals.name ?? null;
  /** The three arguments of type(name, bases, dict) and type.__new__, with CPython's errors. */
  function checkClassArgs(name: Py, bases: Py, ns: Py): string {
    const n = asStr(name);
    if (n === undefined) typeError(`type.__new__() argument 1 must be str, not ${typeName(name)}`);
    if (!(bases instanceof PyTuple)) typeError(`type.__new__() argument 2 must be tuple, not ${typeName(bases)}`);
    if (!(ns instanceof PyDict)) typeError(`type.__new__() argument 3 must be dict, not ${typeName(ns)}`);
    // (a base standing for others, as a generic alias does, is for the class statement only)
    for (const b of bases.a) {
      if (!(b instanceof PyType) && (b instanceof PyGenericAlias || getAttrOpt(b, "__mro_entries__") !== undefined)) {
        typeError("type() doesn't support MRO entry resolution; use types.new_class()");
      }
    }
    return n;
  }
  TypeType.newFn = (_cls, args, kw) => {
    const nkw = kw === null ? 0 : kw.length;
    if (args.length - nkw === 1) {
      if (nkw > 0) typeError("type() takes no keyword arguments");
      return typeOf(args[0]);
    }
    if (args.length - nkw !== 3) typeError("type() takes 1 or 3 arguments");
    const [name, bases, ns] = args;
    const n = checkClassArgs(name, bases, ns);
    const winner = calcMeta(TypeType, bases.a as PyType[]);
    if (winner !== TypeType) return typeCall(winner, args, kw);
    // keyword arguments go to __init_subclass__, as a class statement's do
    const kwMap = new Map<string, Py>();
    for (let i = 0; i < nkw; i++) kwMap.set(kw![i], args[3 + i]);
    return newClass(TypeType, n, bases.a as PyType[], ns, kwMap, callerModule());
  };
  defMethods(TypeType, {
    // what a metaclass's __setattr__/__delattr__ reach through super()
    __setattr__(args, kw) {
      arity("__setattr__", args, kw, 2, 2, true);
      if (!(args[0] instanceof PyType)) typeError(`descriptor '__setattr__' requires a 'type' object but received a '${typeName(args[0])}'`);
      typeSetAttr(args[0], attrNameArg(args[1]), args[2]);
      return null;
    },
    __delattr__(args, kw) {
      arity("__delattr__", args, kw, 1, 1, true);
      if (!(args[0] instanceof PyType)) typeError(`descriptor '__delattr__' requires a 'type' object but received a '${typeName(args[0])}'`);
      typeDelAttr(args[0], attrNameArg(args[1]));
      return null;
    },
    mro(args, kw) {
      // type.mro() is the C3 linearisation, whatever a metaclass's mro() made __mro__
      const t = args[0] as PyType;
      if (args.length > 1 || (kw !== null && kw.length > 0)) {
        if (kw !== null && kw.length > 0) typeError(`${t.qualname}.mro() takes no keyword arguments`);
        typeError(`${t.qualname}.mro() takes no arguments (${args.length - 1} given)`);
      }
      return new (hooksList())(t.builtin ? t.mro.slice() : c3(t, t.bases));
    },
    __repr__(args) {
      return builtinRepr(args[0]);
    },
    __call__(args, kw) {
      const t = args[0];
      if (!(t instanceof PyType)) typeError(`descriptor '__call__' requires a 'type' object but received a '${typeName(t)}'`);
      return typeCall(t, args.slice(1), kw);
    },
    __instancecheck__(args) {
      return objectIsInstance(args[1], args[0]);
    },
    // the generic lookup on a class (what a metaclass's own __getattribute__ reaches through super())
    __getattribute__(args) {
      return rawGetAttr(args[0], attrNameArg(args[1]));
    },
    // the names dir(C) starts from: the class's and its bases' namespaces
    __dir__(args) {
      return new (hooksList())(classDirNames(args[0] as PyType));
    },
    __subclasscheck__(args) {
      return realIsSubclass(args[1], args[0]);
    },
  });
  const typeNew = defMethod(TypeType, "__new__", (args, kw) => {
    // class keywords (other than metaclass) go on to __init_subclass__
    const kwm = new Map<string, Py>();
    const nkw = kw === null ? 0 : kw.length;
    for (let i = 0; i < nkw; i++) kwm.set(kw![i], args[args.length - nkw + i]);
    const pos = nkw > 0 ? args.slice(0, args.length - nkw) : args;
    if (pos.length === 0) typeError("type.__new__(): not enough arguments");
    const [meta, name, bases, ns] = pos;
    if (!(meta instanceof PyType)) typeError(`type.__new__(X): X is not a type object (${typeName(meta)})`);
    if (!isSubtype(meta, TypeType)) typeError(`type.__new__(${meta.name}): ${meta.name} is not a subtype of type`);
    if (pos.length !== 4) typeError(`type.__new__() takes exactly 3 arguments (${pos.length - 1} given)`);
    const n = checkClassArgs(name, bases, ns);
    const winner = calcMeta(meta as PyType, bases.a as PyType[]);
    if (winner !== meta) {
      // a more derived metaclass with a __new__ of its own makes the class (CPython's type_new:
      // `M1("F", (D,), {})` where D's metaclass derives from M1)
      const wn = lookup(winner, "__new__");
      if (wn !== TypeType.dict.get("__new__")) {
        const fn = wn instanceof PyStaticMethod && wn.cls === StaticMethodType ? wn.func : typeGetAttr(winner, "__new__");
        return callObject(fn, [winner, ...args.slice(1)], kw);
      }
    }
    return newClass(winner, n, bases.a as PyType[], ns, kwm, callerModule());
  });
  TypeType.dict.set("__new__", new PyStaticMethod(typeNew));
  defMethod(TypeType, "__subclasses__", (args) => {
    const t = args[0];
    if (!(t instanceof PyType)) typeError(`descriptor '__subclasses__' for 'type' objects doesn't apply to a '${typeName(t)}' object`);
    return new PyList(t.subclasses.slice());
  });
  // type.__prepare__(name, bases, **kw): the class body's namespace, a new dict whatever it is given
  const prepare = new PyBuiltin("__prepare__", () => new PyDict(), undefined, TypeType);
  TypeType.dict.set("__prepare__", classMethodDescriptor(prepare));
  // `int | str` as the slot wrappers a program can call (`type.__or__(int, str)`): NotImplemented
  // unless both sides are types, None, unions or generic aliases
  defMethods(TypeType, {
    __or__(args) {
      return makeUnion(args[0], args[1]) ?? NotImplemented;
    },
    __ror__(args) {
      return makeUnion(args[1], args[0]) ?? NotImplemented;
    },
  });
  // type's getset and member descriptors (`type.__dict__["__name__"]`); protocol.ts typeDescrAttr
  // answers these names for classes before their namespace
  for (const n of TYPE_GETSETS) TypeType.dict.set(n, new PyDescriptor(n, TypeType, GetSetDescriptorType));
  for (const n of TYPE_MEMBERS) TypeType.dict.set(n, new PyDescriptor(n, TypeType, MemberDescriptorType));
  defMethod(TypeType, "__init__", (args, kw) => {
    const nkw = kw === null ? 0 : kw.length, n = args.length - 1 - nkw;
    if (n === 1 && nkw > 0) typeError("type.__init__() takes no keyword arguments");
    if (n !== 1 && n !== 3) typeError("type.__init__() takes 1 or 3 arguments");
    return null;
  });

  // ---- str constructor ----
  StrType.call1 = pyStrObj;
  StrType.newFn = (cls, args, kw) => {
    if (kw === null && args.length === 1 && cls === StrType) return pyStrObj(args[0]);
    const [obj, encoding, errors] = bindArgs("str", args, kw, ["object", "encoding", "errors"], 0);
    let s: string;
    if (obj === undefined) s = "";
    else if (encoding !== undefined || errors !== undefined) {
      const enc = encoding === undefined ? "utf-8" : baseValue(encoding);
      if (typeof enc !== "string") typeError(`str() argument 'encoding' must be str, not ${argTypeName(encoding)}`);
      const err = errors === undefined ? "strict" : baseValue(errors);
      if (typeof err !== "string") typeError(`str() argument 'errors' must be str, not ${argTypeName(errors)}`);
      if (typeof baseValue(obj) === "string") typeError("decoding str is not supported");
      const b = bytesView(obj);
      if (b === undefined) typeError(`decoding to str: need a bytes-like object, ${typeName(obj)} found`);
      s = bytesDecode(b, enc, err);
    } else if (cls === StrType) return pyStrObj(obj);
    else s = pyStr(obj);
    if (cls !== StrType) {
      const inst = new PyInstance(cls);
      (inst as PyInstance & { value: Py }).value = s;
      return inst;
    }
    return s;
  };
  defMethods(StrType, {
    __str__(args) {
      return unwrapStr(args[0]);
    },
    __repr__(args) {
      return pyRepr(unwrapStr(args[0]));
    },
    __format__(args) {
      return formatStr(unwrapStr(args[0]), args[1]);
    },
    __hash__(args) {
      return pyHash(unwrapStr(args[0]));
    },
    __len__(args) {
      return [...unwrapStr(args[0])].length;
    },
  });

  // ---- exceptions ----
  // As CPython: __new__ keeps the positional arguments and ignores keywords (a subclass's
  // __init__ may take them), __init__ refuses keywords
  BaseException.newFn = (cls, args, kw) => {
    if (kw !== null && kw.length > 0) typeError(`${cls.name}() takes no keyword arguments`);
    // an OSError subclass with its own __init__ starts with no args (its errno and strerror come
    // from the OSError.__init__ it may call), as CPython's OSError.__new__ leaves them to __init__
    return newExceptionInstance(cls, args);
  };
  defMethods(BaseException, {
    __init__(args, kw) {
      const e = excSelf("__init__", args[0]);
      if (kw !== null && kw.length > 0) typeError(`${typeName(e)}() takes no keyword arguments`);
      e.args = new PyTuple(args.slice(1));
      return null;
    },
    __str__(args) {
      // BaseException's own: the args alone (KeyError's and OSError's overrides are their own)
      const a = excSelf("__str__", args[0]).args;
      return a.a.length === 0 ? "" : a.a.length === 1 ? pyStr(a.a[0]) : pyRepr(a);
    },
    __repr__(args) {
      return builtinRepr(excSelf("__repr__", args[0]));
    },
    with_traceback(args, kw) {
      const e = excSelf("with_traceback", args[0], BaseException, false);
      arity("BaseException.with_traceback", args, kw, 1, 1, true);
      setTraceback(e, args[1]);
      return e;
    },
    add_note(args, kw) {
      const e = excSelf("add_note", args[0], BaseException, false);
      arity("BaseException.add_note", args, kw, 1, 1, true);
      // (a str subclass is a str: the note is kept as given)
      if (asStr(args[1]) === undefined) typeError(`note must be a str, not '${typeName(args[1])}'`);
      // __notes__ is an ordinary attribute, which the program may also set
      let notes = getAttrOpt(e, "__notes__");
      if (notes === undefined) setAttr(e, "__notes__", notes = new PyList([]));
      if (!(notes instanceof PyList)) typeError("Cannot add note: __notes__ is not a list");
      notes.a.push(args[1]);
      return null;
    },
    // (what unpickling calls: each item of a dict state becomes an attribute)
    __setstate__(args, kw) {
      const e = excSelf("__setstate__", args[0], BaseException, false);
      arity("BaseException.__setstate__", args, kw, 1, 1, true);
      const state = args[1];
      if (state === null) return null;
      if (!(state instanceof PyDict)) typeError("state is not a dictionary");
      for (const [nk, v] of [...state.m]) setAttr(e, attrNameArg(origKey(state, nk)), v);
      return null;
    },
  });
  // SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])) sets its fields
  defMethod(SyntaxError, "__init__", (args, kw) => {
    const e = excSelf("__init__", args[0], SyntaxError);
    callObject(BaseException.dict.get("__init__"), args, kw);
    const n = args.length - 1 - (kw === null ? 0 : kw.length);
    const f = e.fields ??= new Map();
    if (n >= 1) f.set("msg", args[1]);
    if (n === 2) {
      const info = iterToArray(args[2]);
      if (info.length < 4) typeError(`function takes at least 4 arguments (${info.length} given)`);
      if (info.length > 6) typeError(`function takes at most 6 arguments (${info.length} given)`);
      if (info.length === 5) typeError("end_offset must be provided when end_lineno is provided");
      const names = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];
      for (let i = 0; i < info.length; i++) f.set(names[i], info[i]);
    }
    return null;
  });
  // OSError.__init__ sets the fields only for a class with an __init__ of its own (which calls it);
  // otherwise __new__ has set them and it does nothing
  defMethod(OSError, "__init__", (args, kw) => {
    const e = excSelf("__init__", args[0], OSError);
    if (kw !== null && kw.length > 0) typeError(`${typeName(e)}() takes no keyword arguments`);
    if (!(lookup(e.cls, "__init__") instanceof PyBuiltin)) osErrorInit(e, args.slice(1));
    return null;
  });
  // the types whose str() CPython computes differently from BaseException's
  for (const t of [KeyError, OSError, SyntaxError, UnicodeDecodeError, UnicodeEncodeError]) {
    defMethod(t, "__str__", (args) => exceptionStr(excSelf("__str__", args[0], t)));
  }
  const beNew = defMethod(BaseException, "__new__", (args, kw) => {
    const cls = args[0];
    if (!(cls instanceof PyType)) typeError(`BaseException.__new__(X): X is not a type object (${typeName(cls)})`);
    if (!isSubtype(cls, BaseException)) typeError(`BaseException.__new__(${cls.name}): ${cls.name} is not a subtype of BaseException`);
    return newExceptionInstance(cls, args.slice(1, args.length - (kw?.length ?? 0)));
  });
  BaseException.dict.set("__new__", new PyStaticMethod(beNew));
  // the exceptions whose __init__ takes keyword-only fields (CPython 3.10+)
  for (const [t, fields] of [[NameError, ["name"]], [AttributeError, ["name", "obj"]], [ImportError, ["name", "path"]]] as const) {
    defMethod(t, "__init__", (args, kw) => {
      const e = args[0] as PyException;
      const nkw = kw === null ? 0 : kw.length;
      const pos = args.slice(1, args.length - nkw);
      const f = e.fields ??= new Map();
      for (const n of fields) f.set(n, null);
      for (let i = 0; i < nkw; i++) {
        if (!(fields as readonly string[]).includes(kw![i])) typeError(`'${kw![i]}' is an invalid keyword argument for ${t.name}()`);
        f.set(kw![i], args[args.length - nkw + i]);
      }
      if (t === ImportError) f.set("msg", pos.length === 1 ? pos[0] : null);
      e.args = new PyTuple(pos);
      return null;
    });
  }
  // exceptions carry a __dict__ (so their subclasses add only __weakref__)
  BaseException.dict.set("__dict__", new PyDescriptor("__dict__", BaseException, GetSetDescriptorType));

  // ---- property, staticmethod, classmethod ----
  // property(fget, fset, fdel, doc): CPython's property_init; the docstring defaults to the getter's
  const propertyInit = (p: PyProperty, args: Py[], kw: string[] | null, self: boolean) => {
    const [fget, fset, fdel, doc] = bindArgs("property", args, kw, ["fget", "fset", "fdel", "doc"], 0, 4, self);
    p.fget = fget ?? null;
    p.fset = fset ?? null;
    p.fdel = fdel ?? null;
    p.name = null; // (a property initialized again forgets the name __set_name__ gave it)
    let d = doc ?? null;
    p.getterDoc = false;
    if (d === null && p.fget !== null) {
      d = getAttrOpt(p.fget, "__doc__") ?? null;
      p.getterDoc = d !== null;
    }
    p.doc = d;
    // a subclass's instance keeps it in its __dict__ (where the class's own __doc__ does not shadow it)
    if (p.cls !== PropertyType && !p.cls.noDict) dictSet(p.attrs ??= new PyDict(), "__doc__", d);
  };
  PropertyType.newFn = (cls, args, kw) => {
    const p = new PyProperty(null, null, null, null, cls);
    propertyInit(p, args, kw, false);
    return p;
  };
  /** getter(), setter(), deleter(): a copy made by calling the property's type (CPython's
   * property_copy); None keeps the function the property has. */
  const copyProp = (p: PyProperty, get: Py, set: Py, del: Py) => {
    if (get === null) get = p.fget;
    if (set === null) set = p.fset;
    if (del === null) del = p.fdel;
    // a docstring taken from the old getter is taken from the new one
    const doc = p.getterDoc && get !== null ? null : p.doc;
    const c = p.cls === PropertyType ? PropertyType.newFn!(PropertyType, [get, set, del, doc], null) : callObject(p.cls, [get, set, del, doc]);
    if (c instanceof PyProperty) c.name = p.name;
    return c;
  };
  const propSelf = (name: string, v: Py): PyProperty => {
    if (!(v instanceof PyProperty)) typeError(`descriptor '${name}' for 'property' objects doesn't apply to a '${typeName(v)}' object`);
    return v;
  };
  defMethods(PropertyType, {
    __init__(args, kw) {
      propertyInit(propSelf("__init__", args[0]), args, kw, true);
      return null;
    },
    // the name its errors give (a class statement sets it; a name that is no str is not kept)
    __set_name__(args, kw) {
      const p = propSelf("__set_name__", args[0]);
      const n = args.length - 1 - (kw?.length ?? 0);
      if (n !== 2) typeError(`__set_name__() takes 2 positional arguments but ${n} were given`);
      const name = asStr(args[2]);
      if (name !== undefined) p.name = name;
      return null;
    },
    getter(args, kw) {
      const p = propSelf("getter", args[0]);
      arity("property.getter", args, kw, 1, 1, true);
      return copyProp(p, args[1], p.fset, p.fdel);
    },
    setter(args, kw) {
      const p = propSelf("setter", args[0]);
      arity("property.setter", args, kw, 1, 1, true);
      return copyProp(p, p.fget, args[1], p.fdel);
    },
    deleter(args, kw) {
      const p = propSelf("deleter", args[0]);
      arity("property.deleter", args, kw, 1, 1, true);
      return copyProp(p, p.fget, p.fset, args[1]);
    },
    __get__(args, kw) {
      arity("__get__", args, kw, 1, 2, true);
      const p = propSelf("__get__", args[0]);
      if (args[1] === null) return p;
      if (p.fget === null) propertyMissing(p.name, args[1], "getter");
      return callObject(p.fget, [args[1]]);
    },
    __set__(args, kw) {
      arity("__set__", args, kw, 2, 2, true);
      const p = propSelf("__set__", args[0]);
      if (p.fset === null) propertyMissing(p.name, args[1], "setter");
      callObject(p.fset, [args[1], args[2]]);
      return null;
    },
    __delete__(args, kw) {
      arity("__delete__", args, kw, 1, 1, true);
      const p = propSelf("__delete__", args[0]);
      if (p.fdel === null) propertyMissing(p.name, args[1], "deleter");
      callObject(p.fdel, [args[1]]);
      return null;
    },
  });
  // ---- member_descriptor (slots), getset_descriptor (__dict__, __weakref__, type's __name__...) ----
  /** The descriptor, once the object it is applied to is an instance of its class. */
  const descrFor = (args: Py[]): PyDescriptor => {
    const d = args[0] as PyDescriptor;
    if (!isSubtype(typeOf(args[1]), d.owner)) {
      typeError(`descriptor '${d.name}' for '${tpName(d.owner)}' objects doesn't apply to a '${typeName(args[1])}' object`);
    }
    return d;
  };
  /** A user class's descriptor for one of its __slots__ (it reads and writes the slot itself). */
  const isSlotMember = (d: PyDescriptor) => d.cls === MemberDescriptorType && !d.owner.builtin;
  for (const t of [MemberDescriptorType, GetSetDescriptorType]) {
    defMethods(t, {
      __get__(args, kw) {
        arity("__get__", args, kw, 1, 2, true);
        if (args[1] === null) return args[0];
        const d = descrFor(args);
        return isSlotMember(d) ? memberAccess(args[1], d.name, undefined) : rawGetAttr(args[1], d.name);
      },
      __set__(args, kw) {
        arity("__set__", args, kw, 2, 2, true);
        const d = descrFor(args);
        if (d.name === "__weakref__") raise(AttributeError, `attribute '__weakref__' of '${tpName(d.owner)}' objects is not writable`);
        if (d.owner === TypeType) typeSetAttr(args[1], d.name, args[2]);
        else if (isSlotMember(d)) memberAccess(args[1], d.name, args[2]);
        else setAttrRaw(args[1], d.name, args[2]);
        return null;
      },
      __delete__(args, kw) {
        arity("__delete__", args, kw, 1, 1, true);
        const d = descrFor(args);
        if (d.owner === TypeType) typeDelAttr(args[1], d.name);
        else if (isSlotMember(d)) memberAccess(args[1], d.name, undefined, true);
        else delAttrRaw(args[1], d.name);
        return null;
      },
    });
  }
  StaticMethodType.newFn = (_cls, args, kw) => {
    noKw("staticmethod", kw);
    if (args.length !== 1) typeError(`staticmethod expected 1 argument, got ${args.length}`);
    return new PyStaticMethod(args[0]);
  };
  // method(function, instance), CPython's method_new: how a program without the types module builds a
  // bound method (type(obj.m)(f, obj)); a builtin function stays a plain bound method here
  MethodType.newFn = (_cls, args, kw) => {
    noKw("method", kw);
    if (args.length !== 2) typeError(`method expected 2 arguments, got ${args.length}`);
    if (!isCallable(args[0])) typeError("first argument must be callable");
    if (args[1] === null) typeError("instance must not be None");
    const m = new PyMethod(args[0], args[1]);
    m.cls = MethodType;
    return m;
  };
  ClassMethodType.newFn = (_cls, args, kw) => {
    noKw("classmethod", kw);
    if (args.length !== 1) typeError(`classmethod expected 1 argument, got ${args.length}`);
    return new PyClassMethod(args[0]);
  };
  defMethods(StaticMethodType, {
    __init__(args, kw) {
      noKw("staticmethod", kw);
      if (args.length !== 2) typeError(`staticmethod expected 1 argument, got ${args.length - 1}`);
      (args[0] as PyStaticMethod).func = args[1];
      return null;
    },
    __get__(args) {
      return (args[0] as PyStaticMethod).func;
    },
    __call__(args, kw) {
      return callObject((args[0] as PyStaticMethod).func, args.slice(1), kw);
    },
  });
  defMethod(ClassMethodType, "__init__", (args, kw) => {
    noKw("classmethod", kw);
    if (args.length !== 2) typeError(`classmethod expected 1 argument, got ${args.length - 1}`);
    (args[0] as PyClassMethod).func = args[1];
    return null;
  });
  for (const t of [ClassMethodType, ClassMethodDescriptorType]) {
    defMethods(t, {
      __get__(args) {
        const cm = args[0] as PyClassMethod;
        const owner = args.length > 2 && args[2] !== null ? args[2] : typeOf(args[1]);
        return classMethodGet(cm, owner);
      },
    });
  }

  // ---- super ----
  /** super(type, obj): the type and the object's type it searches (CPython's super_init). */
  const superInit = (s: PySuper, args: Py[]) => {
    if (args.length === 0) {
      // not the literal super() (compiled to pass __class__ and the first argument) but a call of
      // it under another name (`s = super; s()`): as CPython's super_init_without_args, the
      // calling frame's first argument and its `__class__` free variable, which the compiler
      // gives any function that loads the name `super`. The frame is the function a list, set or
      // dict comprehension runs inlined in.
      let f = current.frame;
      while (f !== null && (f.code.flags & CO_COMPREHENSION) && !(f.code.flags & CO_GENERATOR) && f.back !== null) f = f.back;
      if (f === null || f.code.argcount === 0) runtimeError("super(): no arguments");
      const co = f.code;
      let first = f.s[0];
      const c0 = co.cell2arg === null ? -1 : co.cell2arg.indexOf(0);
      if (first === undefined && c0 >= 0) first = f.cells![c0].v;
      if (first === undefined) runtimeError("super(): arg[0] deleted");
      const i = co.freevars.indexOf("__class__");
      if (i < 0) runtimeError("super(): __class__ cell not found");
      const cls = f.cells![co.cellvars.length + i].v;
      if (cls === undefined) runtimeError("super(): empty __class__ cell");
      if (!(cls instanceof PyType)) runtimeError(`super(): __class__ is not a type (${typeName(cls)})`);
      args = [cls, first];
    }
    if (args.length > 2) typeError(`super() expected at most 2 arguments, got ${args.length}`);
    const t = args[0];
    if (!(t instanceof PyType)) typeError(`super() argument 1 must be a type, not ${typeName(t)}`);
    s.type = t;
    if (args.length === 1 || args[1] === null) {
      s.obj = null;
      s.objType = t;
      return;
    }
    s.objType = superCheck(t, args[1]);
    s.obj = args[1];
  };
  SuperType.newFn = (_cls, args, kw) => {
    noKw("super", kw);
    const s = new PySuper(ObjectType, null, ObjectType);
    superInit(s, args);
    return s;
  };
  defMethod(SuperType, "__get__", (args, kw) => {
    arity("__get__", args, kw, 1, 2, true);
    const s = args[0];
    if (!(s instanceof PySuper)) typeError(`descriptor '__get__' requires a 'super' object but received a '${typeName(s)}'`);
    return superDescrGet(s, args[1]);
  });
  defMethod(SuperType, "__init__", (args, kw) => {
    noKw("super", kw);
    const s = args[0];
    if (!(s instanceof PySuper)) typeError(`descriptor '__init__' requires a 'super' object but received a '${typeName(s)}'`);
    superInit(s, args.slice(1));
    return null;
  });

  // ---- functions and methods ----
  defMethods(FunctionType, {
    __get__(args) {
      if (args[1] === null) return args[0];
      return new PyMethod(args[0], args[1]);
    },
    __call__(args, kw) {
      return callObject(args[0], args.slice(1), kw);
    },
  });
  defMethods(MethodType, {
    __call__(args, kw) {
      return callObject(args[0], args.slice(1), kw);
    },
  });
  ModuleType.newFn = (_cls, args) => new PyModule(String(args[0]));

  // ---- generators ----
  const genSelf = (v: Py): PyGenerator => {
    if (!(v instanceof PyGenerator)) typeError(`descriptor requires a 'generator' object but received '${typeName(v)}'`);
    return v;
  };
  const stopWith = (g: PyGenerator): never => {
    const r = g.result;
    // the return value travels with the first StopIteration only (as CPython)
    if (g.cls === GeneratorType) g.result = undefined;
    throw new PyException(g.cls === AsyncGeneratorType ? StopAsyncIteration : StopIteration, new PyTuple(r === undefined || r === null ? [] : [r]));
  };
  // a coroutine is no iterator (it has __await__ instead); an async generator keeps them: `for`
  // runs it as it runs a generator, the original's model (docs/differences.md)
  const iterMethods: Record<string, NativeFn> = {
    __next__(args) {
      const g = genSelf(args[0]);
      if (args.length !== 1) typeError(`expected 0 arguments, got ${args.length - 1}`);
      const v = current.resumeGen(g, null, null);
      if (v === STOP) stopWith(g);
      return v;
    },
    __iter__(args) {
      return args[0];
    },
  };
  const genMethods: Record<string, NativeFn> = {
    send(args, kw) {
      const g = genSelf(args[0]);
      arity(`${g.cls.name}.send`, args, kw, 1, 1, true);
      const v = current.resumeGen(g, args[1], null);
      if (v === STOP) stopWith(g);
      return v;
    },
    throw(args, kw) {
      const g = genSelf(args[0]);
      arity("throw", args, kw, 1, 3, true);
      const e = thrownException(args[1], args.length > 2 ? args[2] : null, args.length > 3 ? args[3] : null);
      const v = current.resumeGen(g, null, e);
      if (v === STOP) stopWith(g);
      return v;
    },
    close(args, kw) {
      const g = genSelf(args[0]);
      arity(`${g.cls.name}.close`, args, kw, 0, 0, true);
      current.closeGen(g);
      return null;
    },
    // the finalizer CPython runs when the object is freed: close() (an error from it is dropped;
    // CPython prints it as unraisable)
    __del__(args) {
      genSelf(args[0]);
      if (args.length !== 1) typeError(`expected 0 arguments, got ${args.length - 1}`);
      try {
        genMethods.close(args, null);
      } catch (e) {
        if (!(e instanceof PyException) || e.uncatchable) throw e;
      }
      return null;
    },
    // The original's extension: calling a generator advances it (None once exhausted);
    // calling a coroutine runs it to completion.
    __call__(args) {
      const g = genSelf(args[0]);
      if (g.cls === CoroutineType) return current.runCoroutine(g);
      const v = current.resumeGen(g, null, null);
      return v === STOP ? null : v;
    },
  };
  defMethods(GeneratorType, iterMethods);
  defMethods(AsyncGeneratorType, iterMethods);
  for (const gt of [GeneratorType, CoroutineType]) defMethods(gt, genMethods);
  // an async generator is driven through awaitables (core/vm/asyncgen.ts); when it is freed,
  // CPython (without an event loop's hooks) closes it as a generator
  const agenSelf = (v: Py): PyGenerator => {
    if (!(v instanceof PyGenerator) || v.cls !== AsyncGeneratorType) {
      typeError(`descriptor requires a 'async_generator' object but received '${typeName(v)}'`);
    }
    return v;
  };
  defMethods(AsyncGeneratorType, {
    __del__: genMethods.__del__,
    __aiter__(args) {
      return agenSelf(args[0]);
    },
    __anext__(args) {
      return new PyAsyncGenAwaitable(agenSelf(args[0]), null, 0);
    },
    asend(args, kw) {
      const g = agenSelf(args[0]);
      arity("asend", args, kw, 1, 1, true);
      return new PyAsyncGenAwaitable(g, args[1], 0);
    },
    athrow(args, kw) {
      const g = agenSelf(args[0]);
      arity("athrow", args, kw, 1, 3, true);
      // (the arguments are checked when the awaitable first runs)
      return new PyAsyncGenAwaitable(g, new PyTuple(args.slice(1)), 1);
    },
    aclose(args, kw) {
      const g = agenSelf(args[0]);
      arity("aclose", args, kw, 0, 0, true);
      return new PyAsyncGenAwaitable(g, null, 2);
    },
  });
  const awSelf = (v: Py): PyAsyncGenAwaitable => {
    if (!(v instanceof PyAsyncGenAwaitable)) typeError(`descriptor requires an async generator awaitable but received '${typeName(v)}'`);
    return v;
  };
  const step = (aw: PyAsyncGenAwaitable, v: Py, exc: PyException | null): Py => {
    if (aw.kind === 1 && aw.value instanceof PyTuple && aw.state === AW_INIT && exc === null) {
      const a = aw.value.a;
      aw.value = thrownException(a[0], a.length > 1 ? a[1] : null, a.length > 2 ? a[2] : null);
    }
    return awaitableStep(aw, v, exc);
  };
  for (const t of [AsyncGenASendType, AsyncGenAThrowType]) {
    defMethods(t, {
      __await__(args) {
        return awSelf(args[0]);
      },
      __iter__(args) {
        return awSelf(args[0]);
      },
      __next__(args) {
        return step(awSelf(args[0]), null, null);
      },
      send(args, kw) {
        const aw = awSelf(args[0]);
        arity("send", args, kw, 1, 1, true);
        return step(aw, args[1], null);
      },
      throw(args, kw) {
        const aw = awSelf(args[0]);
        arity("throw", args, kw, 1, 3, true);
        return step(aw, null, thrownException(args[1], args.length > 2 ? args[2] : null, args.length > 3 ? args[3] : null));
      },
      close(args, kw) {
        const aw = awSelf(args[0]);
        arity("close", args, kw, 0, 0, true);
        aw.state = AW_CLOSED;
        return null;
      },
    });
  }
  const anextSelf = (v: Py): PyAnextAwaitable => {
    if (!(v instanceof PyAnextAwaitable)) typeError(`descriptor requires a 'anext_awaitable' object but received '${typeName(v)}'`);
    return v;
  };
  defMethods(AnextAwaitableType, {
    __await__(args) {
      return anextSelf(args[0]);
    },
    __iter__(args) {
      return anextSelf(args[0]);
    },
    __next__(args) {
      return anextProxy(anextSelf(args[0]), "__next__", []);
    },
    send(args, kw) {
      const aw = anextSelf(args[0]);
      arity("send", args, kw, 1, 1, true);
      return anextProxy(aw, "send", [args[1]]);
    },
    throw(args, kw) {
      const aw = anextSelf(args[0]);
      arity("throw", args, kw, 1, 3, true);
      return anextProxy(aw, "throw", args.slice(1));
    },
    close(args, kw) {
      const aw = anextSelf(args[0]);
      arity("close", args, kw, 0, 0, true);
      return anextProxy(aw, "close", []);
    },
  });
  // what a coroutine's __await__() returns: an iterator driving it (CPython's coroutine_wrapper)
  defMethods(CoroutineType, {
    __await__(args) {
      return new PyCoroutineWrapper(genSelf(args[0]));
    },
  });
  const wrapped = (fn: NativeFn): NativeFn => (args, kw) => {
    const w = args[0];
    if (!(w instanceof PyCoroutineWrapper)) typeError(`descriptor requires a 'coroutine_wrapper' object but received '${typeName(w)}'`);
    return fn([w.coro, ...args.slice(1)], kw);
  };
  defMethods(CoroutineWrapperType, {
    __next__: wrapped(iterMethods.__next__),
    __iter__: iterMethods.__iter__,
    send: wrapped(genMethods.send),
    throw: wrapped(genMethods.throw),
    close: wrapped(genMethods.close),
  });
  void SystemExit;
  void KeyError;
  void dictGet;
  void bind;
  void typeGetAttr;
  void iterToArray;
  void instantiate;
  void PyFunction;
  void objectId;
  void pyFormat;
  void GEN_RUNNING;
  void PyDict;
  void PyBuiltin;
}

function unwrapStr(v: Py): string {
  if (typeof v === "string") return v;
  if (v instanceof PyInstance && typeof (v as PyInstance & { value?: Py }).value === "string") return (v as PyInstance & { value: string }).value;
  typeError(`descriptor requires a 'str' object but received a '${typeName(v)}'`);
}

import { PyList } from "../objects/model.ts";
function hooksList(): typeof PyList {
  return PyList;
}

