// The operator and comparison dunders of int, bool, float and str as Python code sees them:
// `int.__add__(5, 2)`, `super().__lt__(other)` in a subclass, `(5).__format__("03d")`, and the
// methods a subclass inherits. The VM never calls these for builtin values (its fast paths do the
// work); they exist for explicit calls and for subclasses, and follow CPython's rules on which
// operand types a method accepts (`int.__add__(5, 1.5)` is NotImplemented, float's is not).

import { formatComplex, formatFloat, formatInt, formatStr } from "../objects/format.ts";
import { typeError, valueError } from "../errors.ts";
import { arity, defMethod, slotArity } from "../objects/native.ts";
import {
  BoolType, BuiltinFunctionType, ByteArrayType, BytesType, FloatType, FunctionType, IntType, MethodDescriptorType,
  MethodType, MethodWrapperType, NoneType, WrapperDescriptorType, Ellipsis, EllipsisType, NotImplementedType,
  NotImplemented, type Py, type PyBuiltin, ClassMethodDescriptorType, PyComplex, PyMethod, PyFloat, PyStaticMethod, ComplexType, PyTuple, RangeType, StrType, type PyType,
  AsyncGeneratorType, CellType, ClassMethodType, CoroutineType, DictItemsType, DictKeysType, DictType, DictValuesType, FrozenSetType,
  GeneratorType, GetSetDescriptorType, ListType, MappingProxyType, MemberDescriptorType, ModuleType, type PyMappingProxy, PyRange, PySlice,
  SetType, SliceType, StaticMethodType, SuperType, TupleType,
} from "../objects/model.ts";
import {
  asStr, baseValue, builtinCompareRaw, builtinRepr, callObject, CodeType, FrameType, isSubtype, proxyMapping, pyEq, pyHash,
  pyHashExact, pyStr, richCompare,
} from "../objects/protocol.ts";
import { viewCompare } from "../objects/containers.ts";
import { GenericAliasType, makeUnion, type PyGenericAlias, UnionType } from "../objects/union.ts";
import { builtinIter } from "../objects/iter.ts";
import { tpName, typeName, typeOf } from "../objects/typeof.ts";
import { absValue, builtinBinary, unaryInvert } from "../vm/ops.ts";
import { complexOp } from "../objects/complex.ts";
import { pyPow } from "./functions.ts";


type Kind = "int" | "float" | "str";

function isInt(v: Py): boolean {
  return typeof v === "number" || typeof v === "bigint" || typeof v === "boolean";
}

/** Does a method of `kind` handle this (unwrapped) other operand? */
function accepts(kind: Kind, v: Py): boolean {
  if (kind === "int") return isInt(v);
  if (kind === "float") return isInt(v) || v instanceof PyFloat;
  return typeof v === "string";
}

function selfOf(kind: Kind, t: PyType, name: string, v: Py): Py {
  const x = baseValue(v);
  const ok = kind === "int" ? isInt(x) : kind === "float" ? x instanceof PyFloat : typeof x === "string";
  if (!ok) typeError(`descriptor '${name}' requires a '${t.name}' object but received a '${typeName(v)}'`);
  return x;
}

/** A slot wrapper's argument count check (CPython: "expected 1 argument, got 0"). */
const want = slotArity;

/** The argument count check of a ternary slot (`__pow__`), which CPython words under an empty name. */
function wantPow(args: Py[], kw: string[] | null, name: string): void {
  if (kw !== null && kw.length > 0) typeError(`wrapper ${name}() takes no keyword arguments`);
  if (args.length < 2) typeError(` expected at least 1 argument, got ${args.length - 1}`);
  if (args.length > 3) typeError(` expected at most 2 arguments, got ${args.length - 1}`);
}

/**
 * `base.__pow__(exp, mod)` and `exp.__rpow__(base, mod)` with a modulus (not None), as CPython's
 * long_pow and float_pow: float refuses any modulus before looking at the operands; int needs
 * all three to be ints, else NotImplemented.
 */
function ternaryPow(kind: Kind, base: Py, exp: Py, mod: Py): Py {
  if (kind === "float") typeError("pow() 3rd argument not allowed unless all arguments are integers");
  const m = baseValue(mod);
  return isInt(base) && isInt(exp) && isInt(m) ? pyPow([base, exp, m], null) : NotImplemented;
}

// operator index (vm/ops.ts) per dunder stem
const ARITH: [string, number][] = [
  ["add", 0], ["sub", 1], ["mul", 2], ["truediv", 3], ["floordiv", 4], ["mod", 5], ["pow", 6],
  ["lshift", 7], ["rshift", 8], ["and", 9], ["or", 10], ["xor", 11], ["divmod", 13],
];
const FLOAT_OPS = new Set(["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "divmod"]);
const CMP: [string, number][] = [["lt", 0], ["le", 1], ["eq", 2], ["ne", 3], ["gt", 4], ["ge", 5]];

function install(t: PyType, kind: Kind): void {
  for (const [stem, op] of ARITH) {
    if (kind === "str") break; // str's own __add__/__mul__/__mod__ are in objects/str.ts
    if (kind === "float" && !FLOAT_OPS.has(stem)) continue;
    const name = `__${stem}__`, rname = `__r${stem}__`;
    const other = (b: Py) => accepts(kind, b);
    defMethod(t, name, (args, kw) => {
      if (op === 6) wantPow(args, kw, name);
      else want(args, kw, 1, name);
      const a = selfOf(kind, t, name, args[0]), b = baseValue(args[1]);
      if (op === 6 && args.length > 2 && args[2] !== null) return ternaryPow(kind, a, b, args[2]);
      if (!other(b)) return NotImplemented;
      return builtinBinary(op, a, b);
    });
    defMethod(t, rname, (args, kw) => {
      if (op === 6) wantPow(args, kw, rname);
      else want(args, kw, 1, rname);
      const a = selfOf(kind, t, rname, args[0]), b = baseValue(args[1]);
      if (op === 6 && args.length > 2 && args[2] !== null) return ternaryPow(kind, b, a, args[2]);
      if (!other(b)) return NotImplemented;
      return builtinBinary(op, b, a);
    });
  }
  for (const [stem, op] of CMP) {
    const name = `__${stem}__`;
    defMethod(t, name, (args, kw) => {
      want(args, kw, 1, name);
      const a = selfOf(kind, t, name, args[0]), b = baseValue(args[1]);
      if (!accepts(kind, b)) return NotImplemented;
      return builtinCompareRaw(a, b, op);
    });
  }
  // format(x, spec): an empty spec is str(x), through the subclass's __str__/__repr__
  defMethod(t, "__format__", (args, kw) => {
    if (args.length !== 2 || (kw !== null && kw.length > 0)) {
      if (kw !== null && kw.length > 0) typeError(`${t.name}.__format__() takes no keyword arguments`);
      typeError(`${t.name}.__format__() takes exactly one argument (${args.length - 1} given)`);
    }
    const spec = asStr(args[1]);
    if (spec === undefined) typeError(`__format__() argument must be str, not ${typeName(args[1])}`);
    if (spec === "") return pyStr(args[0]);
    // (the errors name the subclass: "Unknown format code 'q' for object of type 'Count'")
    const x = selfOf(kind, t, "__format__", args[0]), tn = typeName(args[0]);
    if (kind === "int") return formatInt(x as number | bigint | boolean, spec, tn);
    return kind === "float" ? formatFloat((x as PyFloat).v, spec, tn) : formatStr(x as string, spec, tn);
  });
}

/** complex's operator dunders, for explicit calls (`(1+2j).__add__(1)`) and subclasses. */
function installComplex(): void {
  const selfOfComplex = (name: string, v: Py): PyComplex => {
    const x = baseValue(v);
    if (!(x instanceof PyComplex)) typeError(`descriptor '${name}' requires a 'complex' object but received a '${typeName(v)}'`);
    return x;
  };
  /** The other operand when complex arithmetic takes it (an int, float or complex). */
  const operand = (v: Py): Py => {
    const x = baseValue(v);
    return isInt(x) || x instanceof PyFloat || x instanceof PyComplex ? x : undefined;
  };
  for (const [stem, op] of [["add", 0], ["sub", 1], ["mul", 2], ["truediv", 3], ["pow", 6]] as [string, number][]) {
    for (const name of [`__${stem}__`, `__r${stem}__`]) {
      const reflected = name.startsWith("__r");
      defMethod(ComplexType, name, (args, kw) => {
        if (op === 6) wantPow(args, kw, name);
        else want(args, kw, 1, name);
        const a = selfOfComplex(name, args[0]), b = operand(args[1]);
        if (b === undefined) return NotImplemented;
        if (op === 6 && args.length > 2 && args[2] !== null) valueError("complex modulo");
        return reflected ? complexOp(op, b, a) : complexOp(op, a, b);
      });
    }
  }
  const unary: [string, (c: PyComplex) => Py][] = [
    ["__neg__", (c) => new PyComplex(-c.re, -c.im)],
    ["__pos__", (c) => new PyComplex(c.re, c.im)],
    ["__abs__", (c) => absValue(c)],
    ["__bool__", (c) => c.re !== 0 || c.im !== 0],
  ];
  for (const [name, f] of unary) {
    defMethod(ComplexType, name, (args, kw) => {
      want(args, kw, 0, name);
      return f(selfOfComplex(name, args[0]));
    });
  }
  for (const [name, op] of [["__eq__", 2], ["__ne__", 3]] as [string, number][]) {
    defMethod(ComplexType, name, (args, kw) => {
      want(args, kw, 1, name);
      const a = selfOfComplex(name, args[0]), b = operand(args[1]);
      if (b === undefined) return NotImplemented;
      let eq: boolean;
      if (b instanceof PyComplex) eq = a.re === b.re && a.im === b.im;
      // an int compares exactly with the real part (2**53 + 1 is not 2.0**53)
      else eq = a.im === 0 && builtinCompareRaw(new PyFloat(a.re), b, 2) === true;
      return op === 2 ? eq : !eq;
    });
  }
  defMethod(ComplexType, "__hash__", (args, kw) => {
    want(args, kw, 0, "__hash__");
    return pyHashExact(selfOfComplex("__hash__", args[0]));
  });
  defMethod(ComplexType, "__getnewargs__", (args, kw) => {
    arity("complex.__getnewargs__", args, kw, 0, 0, true);
    const c = selfOfComplex("__getnewargs__", args[0]);
    return new PyTuple([new PyFloat(c.re), new PyFloat(c.im)]);
  });
  defMethod(ComplexType, "__format__", (args, kw) => {
    if (args.length !== 2 || (kw !== null && kw.length > 0)) {
      if (kw !== null && kw.length > 0) typeError("complex.__format__() takes no keyword arguments");
      typeError(`complex.__format__() takes exactly one argument (${args.length - 1} given)`);
    }
    const c = selfOfComplex("__format__", args[0]);
    const spec = asStr(args[1]);
    if (spec === undefined) typeError(`__format__() argument must be str, not ${typeName(args[1])}`);
    return spec === "" ? pyStr(args[0]) : formatComplex(c.re, c.im, spec, typeName(args[0]));
  });
  defMethod(ComplexType, "__complex__", (args, kw) => {
    arity("complex.__complex__", args, kw, 0, 0, true);
    const c = selfOfComplex("__complex__", args[0]);
    return args[0] === c ? c : new PyComplex(c.re, c.im);
  });
}

/** Install the dunders on int, float and str (bool inherits int's), and the protocol methods
 * other builtins show to `hasattr` and explicit calls (`__iter__`, `__call__`, `__bool__`). */
export function installBuiltinDunders(): void {
  install(IntType, "int");
  install(FloatType, "float");
  install(StrType, "str");
  installComplex();
  for (const t of [StrType, BytesType, ByteArrayType, RangeType]) {
    defMethod(t, "__iter__", (args, kw) => {
      want(args, kw, 0, "__iter__");
      // the type's own iteration, whatever a subclass defines
      const it = builtinIter(baseValue(args[0]));
      if (it === undefined) typeError(`descriptor '__iter__' requires a '${t.name}' object but received a '${typeName(args[0])}'`);
      return it;
    });
  }
  for (const t of [
    FunctionType, BuiltinFunctionType, MethodType, MethodDescriptorType, WrapperDescriptorType, MethodWrapperType,
    ClassMethodDescriptorType,
  ]) {
    defMethod(t, "__call__", (args, kw) => callObject(args[0], args.slice(1), kw));
  }
  // bound methods are equal when bound to the same object and equal functions (`m.__eq__(other)`)
  for (const name of ["__eq__", "__ne__"]) {
    defMethod(MethodType, name, (args, kw) => {
      want(args, kw, 1, name);
      const a = args[0], b = args[1];
      if (!(a instanceof PyMethod)) typeError(`descriptor '${name}' requires a 'method' object but received a '${typeName(a)}'`);
      if (!(b instanceof PyMethod) || b.cls !== MethodType) return NotImplemented;
      return pyEq(a, b) === (name === "__eq__");
    });
  }
  // a builtin method's descriptor bound by hand: `list.append.__get__(xs)`
  for (const t of [MethodDescriptorType, WrapperDescriptorType]) {
    defMethod(t, "__get__", (args, kw) => {
      if (kw !== null && kw.length > 0) typeError("wrapper __get__() takes no keyword arguments");
      if (args.length < 2) typeError(` expected at least 1 argument, got ${args.length - 1}`);
      if (args.length > 3) typeError(` expected at most 2 arguments, got ${args.length - 1}`);
      const d = args[0] as PyBuiltin, obj = args[1];
      if (obj === null) {
        if (args.length < 3 || args[2] === null) typeError("__get__(None, None) is invalid");
        return d;
      }
      const owner = d.owner!;
      if (!isSubtype(typeOf(obj), owner)) {
        typeError(`descriptor '${d.name}' for '${tpName(owner)}' objects doesn't apply to a '${typeName(obj)}' object`);
      }
      return new PyMethod(d, obj);
    });
  }
  defMethod(NoneType, "__bool__", (args, kw) => {
    want(args, kw, 0, "__bool__");
    return false;
  });
  // calling the type of a singleton returns the singleton (EllipsisType is ellipsis's name in C)
  const singletons: [PyType, Py, string][] = [
    [NoneType, null, "NoneType"], [EllipsisType, Ellipsis, "EllipsisType"], [NotImplementedType, NotImplemented, "NotImplementedType"],
  ];
  for (const [t, v, name] of singletons) {
    t.newFn = (_cls, args) => {
      if (args.length > 0) typeError(`${name} takes no arguments`);
      return v;
    };
    const nw = defMethod(t, "__new__", (args) => t.newFn!(t, args.slice(1), null));
    t.dict.set("__new__", new PyStaticMethod(nw));
  }
  defMethod(IntType, "__invert__", (args, kw) => {
    want(args, kw, 0, "__invert__");
    return unaryInvert(selfOf("int", IntType, "__invert__", args[0]));
  });
  // bool defines its own &, | and ^ (bool results for two bools); int's methods compute them.
  // bool cannot be subclassed, so `self` must be True or False (`bool.__and__(1, 1)` is an error).
  const boolSelf = (name: string, v: Py): boolean => {
    if (typeof v !== "boolean") typeError(`descriptor '${name}' requires a 'bool' object but received a '${typeName(v)}'`);
    return v;
  };
  for (const name of ["__and__", "__rand__", "__or__", "__ror__", "__xor__", "__rxor__"]) {
    const m = IntType.dict.get(name) as PyBuiltin;
    defMethod(BoolType, name, (args, kw) => {
      if (args.length > 0) boolSelf(name, args[0]);
      return m.fn(args, kw);
    });
  }
  defMethod(BoolType, "__repr__", (args, kw) => {
    want(args, kw, 0, "__repr__");
    return boolSelf("__repr__", args[0]) ? "True" : "False";
  });
  // the other builtin types whose hash is not object's identity hash (equal ranges, bound methods,
  // aliases and slices hash alike; slices as in 3.12, 3.11 refuses them): their own __hash__ is
  // hash(), as CPython's tp_hash slot
  for (const t of [RangeType, MethodType, BuiltinFunctionType, MethodWrapperType, GenericAliasType, UnionType, SliceType]) {
    defMethod(t, "__hash__", (args, kw) => {
      want(args, kw, 0, "__hash__");
      if (!isSubtype(typeOf(args[0]), t)) typeError(`descriptor '__hash__' requires a '${tpName(t)}' object but received a '${typeName(args[0])}'`);
      return pyHashExact(args[0]);
    });
  }
  // int and float print through object.__str__, i.e. repr(), so a subclass's __repr__ is used
  IntType.dict.delete("__str__");
  FloatType.dict.delete("__str__");
}

/** The receiver of a builtin type's own slot called through the type (`list.__repr__(x)`). */
function ownSelf(t: PyType, name: string, v: Py): Py {
  if (!isSubtype(typeOf(v), t)) typeError(`descriptor '${name}' requires a '${tpName(t)}' object but received a '${typeName(v)}'`);
  return v;
}

/**
 * The `__repr__` and rich comparisons that builtin types have of their own in CPython, for the
 * types that had none here (their values print and compare through the protocol's native paths,
 * which these call): `dict.__repr__ is not object.__repr__`, `list.__repr__(x)` checks that x is a
 * list, `range.__eq__(range(3), range(0, 3))` is True, `slice.__lt__(a, b)` compares, and a
 * comparison a type does not make returns NotImplemented. Installed after the types' own methods.
 */
export function installOwnSlots(): void {
  const reprTypes = [
    ListType, TupleType, DictType, SetType, FrozenSetType, RangeType, SliceType, NoneType, NotImplementedType, EllipsisType,
    StaticMethodType, ClassMethodType, SuperType, GeneratorType, CoroutineType, AsyncGeneratorType, FunctionType, MethodType,
    BuiltinFunctionType, MethodDescriptorType, WrapperDescriptorType, MethodWrapperType, MappingProxyType, GetSetDescriptorType,
    MemberDescriptorType, ClassMethodDescriptorType, DictKeysType, DictValuesType, DictItemsType, GenericAliasType, UnionType,
    CellType, CodeType, FrameType, ModuleType,
  ];
  for (const t of reprTypes) {
    if (t.dict.has("__repr__")) continue;
    defMethod(t, "__repr__", (args) => {
      const v = ownSelf(t, "__repr__", args[0]);
      return v === null ? "None" : builtinRepr(v, typeOf(v));
    });
  }
  /** The six comparisons of t, each `cmp(a, b, op)` once a is a t. */
  const compares = (t: PyType, cmp: (a: Py, b: Py, op: number) => Py, only: readonly [string, number][] = CMP) => {
    for (const [stem, op] of only) {
      const name = `__${stem}__`;
      defMethod(t, name, (args) => cmp(ownSelf(t, name, args[0]), args[1], op));
    }
  };
  const EQ = 2, NE = 3;
  const ordering = CMP.filter(([, op]) => op !== EQ && op !== NE);
  // ranges are equal when they hold the same numbers, and have no order
  compares(RangeType, (a, b, op) => (op === EQ || op === NE) && b instanceof PyRange ? builtinCompareRaw(a, b, op) : NotImplemented);
  // slices compare as the tuples (start, stop, step)
  compares(SliceType, (a, b, op) => b instanceof PySlice ? builtinCompareRaw(a, b, op) : NotImplemented);
  // keys and items views compare with sets and with each other's kind, as sets
  for (const t of [DictKeysType, DictItemsType]) compares(t, (a, b, op) => viewCompare(a, b, op) ?? NotImplemented);
  // equal when bound to the same object and the same function (aliases: by origin and arguments)
  for (const t of [BuiltinFunctionType, MethodWrapperType, GenericAliasType, UnionType]) {
    compares(t, (a, b, op) => (op === EQ || op === NE) && typeOf(b) === t ? pyEq(a, b) === (op === EQ) : NotImplemented);
  }
  compares(MethodType, () => NotImplemented, ordering);
  compares(ComplexType, () => NotImplemented, ordering);
  // a mappingproxy compares as its mapping, and hashes as it (3.12; 3.11 refuses any hash)
  compares(MappingProxyType, (a, b, op) => richCompare(proxyMapping(a as PyMappingProxy), b, op));
  defMethod(MappingProxyType, "__hash__", (args) => pyHash(proxyMapping(ownSelf(MappingProxyType, "__hash__", args[0]) as PyMappingProxy)));
  // `X | Y` of unions (NotImplemented for what is no type). (GenericAlias has these too in
  // CPython, but an alias hands the names it does not own to its origin, `list[int].__or__` is
  // list's, and the VM's method calls would find the alias's own first: vm.ts loadMethod)
  defMethod(UnionType, "__or__", (args) => makeUnion(ownSelf(UnionType, "__or__", args[0]), args[1]) ?? NotImplemented);
  defMethod(UnionType, "__ror__", (args) => makeUnion(args[1], ownSelf(UnionType, "__ror__", args[0])) ?? NotImplemented);
  // a generic alias as a base stands for its origin (one of the names the alias answers itself)
  defMethod(GenericAliasType, "__mro_entries__", (args, kw) => {
    arity("GenericAlias.__mro_entries__", args, kw, 1, 1, true);
    return new PyTuple([(ownSelf(GenericAliasType, "__mro_entries__", args[0]) as PyGenericAlias).origin]);
  });
  // a mappingproxy's str() is its mapping's
  defMethod(MappingProxyType, "__str__", (args) => pyStr(proxyMapping(ownSelf(MappingProxyType, "__str__", args[0]) as PyMappingProxy)));
  // (True, with a DeprecationWarning in CPython 3.12)
  defMethod(NotImplementedType, "__bool__", (args) => {
    ownSelf(NotImplementedType, "__bool__", args[0]);
    return true;
  });
  // (pickling support CPython has for tuples, and a program may call)
  defMethod(TupleType, "__getnewargs__", (args, kw) => {
    arity("tuple.__getnewargs__", args, kw, 0, 0, true);
    const t = ownSelf(TupleType, "__getnewargs__", args[0]);
    return new PyTuple([new PyTuple((baseValue(t) as PyTuple).a.slice())]);
  });
}
