// The object model: how every Python value is represented in JavaScript.
//
//   None            -> null
//   bool            -> true / false
//   int             -> number (always an integer, |v| <= 2^53-1) or bigint (beyond that, |v| < 2^127)
//   str             -> string (UTF-16; code-point aware helpers live in str.ts)
//   float           -> PyFloat { v }
//   everything else -> an instance of a class below, all carrying `cls` (their Python type)
//
// Numbers and strings stay unboxed so that the VM's hot paths (`typeof a === "number"`) never
// allocate; a bigint appears only past 2^53 and is normalised back to a number when it fits.
// `undefined` is never a Python value: the VM uses it for "unbound".

/** Any Python value. */
// deno-lint-ignore no-explicit-any
export type Py = any;

/**
 * Base of every heap-allocated Python object. The objects made most often (floats, instances,
 * lists, tuples, dicts, functions, ...) are classes of their own whose prototype is linked to this
 * one with Object.setPrototypeOf: `instanceof PyObject` holds as before, but `new PyFloat(x)` is
 * a base-class construction, which V8 allocates inline. As subclasses their constructors called
 * through a builtin that skips the empty base constructor (FindNonDefaultConstructorOrConstruct,
 * then FastNewObject): about 5% of the profile of a loop making two floats per call.
 */
export class PyObject {
  declare cls: PyType;
}

// ---------------------------------------------------------------------------------------------
// Shapes: hidden classes for instance attributes. An instance's attribute names live in its
// shape, the values in a plain array. Shapes are rooted per class, so a shape also tells the
// class, and inline caches keyed by shape need no separate class check.

export class Shape {
  /** name -> slot index. */
  readonly index: Map<string, number>;
  readonly names: string[];
  private next: Map<string, Shape> | null = null;
  constructor(readonly owner: PyType | null, names: string[], index: Map<string, number>) {
    this.names = names;
    this.index = index;
  }
  /** The shape reached by adding `name` (cached transition). */
  add(name: string): Shape {
    let n = this.next?.get(name);
    if (n === undefined) {
      const names = this.names.concat(name);
      const index = new Map(this.index);
      index.set(name, this.names.length);
      n = new Shape(this.owner, names, index);
      (this.next ??= new Map()).set(name, n);
    }
    return n;
  }
}

// ---------------------------------------------------------------------------------------------
// Types

/** Global epoch bumped whenever any class namespace changes; attribute caches compare against it. */
export let typeEpoch = 0;
export function bumpTypeEpoch(): void {
  typeEpoch++;
}

/**
 * A Python class (builtin or user-defined). `dict` is the class namespace; `mro` the C3
 * linearisation (itself first). `layout` names the builtin type whose JS representation
 * instances use (object, list, dict, BaseException, ...).
 */
export class PyType extends PyObject {
  name: string;
  qualname: string;
  module: string;
  bases: PyType[];
  mro: PyType[];
  dict: Map<string, Py>;
  layout: PyType | null = null;
  /** True for types implemented by the runtime. */
  builtin: boolean;
  /** Root shape for instances (user classes whose layout is object or an exception). */
  shape: Shape;
  /** Per-type attribute lookup cache (name -> value found on the MRO, or MISSING), valid for `cacheEpoch`. */
  lookupCache: Map<string, Py> = new Map();
  /** Per-type cache of protocol.ts slotOverride / userGetattribute (MISSING for none). */
  slotCache: Map<string, Py> = new Map();
  /** What is derived from the MRO's names, all valid for `cacheEpoch` (protocol.ts typeCaches
   * renews them; -1: not worked out yet): how instances are dict keys (instanceKeyKind), whether
   * the class hooks attribute access (1) or not (0), which comparison dunders it has of its own
   * (bit = operator index, userCompare). */
  keyKind = -1;
  hooksAttrs = -1;
  cmpMask = -1;
  cacheEpoch = -1;
  /** How calling this (user) class constructs, valid for `ctorEpoch` (see Interp.construct):
   * whether its `__new__` is object's or BaseException's, and then its `__init__` as found on the MRO. */
  ctorPlainNew = false;
  ctorExcNew = false;
  ctorInit: Py = undefined;
  ctorEpoch = -1;
  /** Its operator slots as CPython would fill them (vm/ops.ts opSlot), valid for `slotsEpoch`. */
  opSlots: Py[] | null = null;
  slotsEpoch = -1;
  /** Can user code subclass it? */
  final = false;
  /** Native constructor: called as `type(args, kwnames)` (see builtins). */
  // deno-lint-ignore no-explicit-any
  newFn: ((cls: PyType, args: Py[], kw: string[] | null) => Py) | null = null;
  /** A builtin type's direct constructor for one positional argument (`str(x)`, `int(s)`): the
   * same result as `newFn` for the type itself, without an argument array. */
  call1: ((a: Py) => Py) | null = null;
  /** A builtin exception whose __new__ and __init__ are BaseException's (builtin types cannot
   * change): calling it with positional arguments makes the instance directly (Interp.construct). */
  plainException = false;
  /** Instances may carry a per-instance attribute dict. */
  hasDict: boolean;
  /** Extra per-class data: TYPE_ABSTRACT. */
  flags = 0;
  /** What the class body's __slots__ named, read once when the class was made (CPython's
   * ht_slots: `__slots__` itself may be an iterator, used up then); null without __slots__. */
  declaredSlots: Py[] | null = null;
  /** __slots__ without __dict__: the allowed instance attribute names (null: any). */
  slotNames: Set<string> | null = null;
  /** Instances have no __dict__ (object itself, classes with __slots__). */
  noDict = false;
  /** An instance kept in a builtin layout (a list, a function: its attributes in `attrs`) may
   * hold an attribute shadowing a class attribute, or its `__dict__` was taken (and can be written
   * through): method lookups on instances of this type are no longer inline-cached (vm.ts loadMethod). */
  attrShadow = false;
  /** Direct subclasses, in creation order (type.__subclasses__()). */
  subclasses: PyType[] = [];
  /** __base__ (CPython's tp_base): the base whose layout instances extend (vm/classes.ts bestBase). */
  base: PyType | null;
  /** CPython's solid_base, computed on first use (vm/classes.ts solidBase). */
  solid: PyType | null = null;
  /** A builtin type whose CPython instances have fields of their own (CPython's extra_ivars:
   * OSError's errno, StopIteration's value...) though here they share their base's
   * representation: a solid base of its own (instance lay-out conflicts, __base__, __class__
   * assignment). */
  extraIvars = false;
  /** Instances of this user class have a `__dict__` / take weak references (CPython's tp_dictoffset,
   * tp_weaklistoffset), as fixed when the class was made (vm/classes.ts addDescriptors). */
  dictSlot = false;
  weakrefSlot = false;

  constructor(name: string, bases: PyType[], dict?: Map<string, Py>, builtin = true) {
    super();
    this.name = name;
    this.qualname = name;
    this.module = "builtins";
    this.bases = bases;
    this.base = bases.length > 0 ? bases[0] : null;
    this.dict = dict ?? new Map();
    this.builtin = builtin;
    this.mro = [this];
    this.shape = new Shape(this, [], new Map());
    this.hasDict = !builtin;
  }
}

/** PyType.flags: a true `__abstractmethods__` was assigned (CPython's Py_TPFLAGS_IS_ABSTRACT):
 * object.__new__ refuses to instantiate the class. */
export const TYPE_ABSTRACT = 1;

/** Returned by iterator `next()` when exhausted (never a Python value). */
export const STOP: unique symbol = Symbol("stop");

/** Sentinel for "not found" in lookups (never a Python value). */
export const MISSING: unique symbol = Symbol("missing");

/**
 * An array of n `undefined` slots whose elements kind is already the generic one. V8 keeps
 * `new Array(n).fill(undefined)` in a double-elements kind (undefined has a double encoding),
 * so the first object stored transitions it: frame slots and inline caches built that way make
 * every store site that touches them see two maps. Seeding with null then pushing avoids that.
 */
export function undefinedSlots(n: number): Py[] {
  const a: Py[] = [null];
  a.length = 0;
  for (let i = 0; i < n; i++) a.push(undefined);
  return a;
}

// The two roots are created by hand (their cls refers to each other).
export const ObjectType: PyType = new PyType("object", []);
export const TypeType: PyType = new PyType("type", [ObjectType]);
ObjectType.cls = TypeType;
TypeType.cls = TypeType;
ObjectType.layout = ObjectType;
TypeType.mro = [TypeType, ObjectType];
TypeType.layout = TypeType;

/** Create a builtin type with single inheritance. */
export function builtinType(name: string, base: PyType = ObjectType, final = false): PyType {
  const t = new PyType(name, [base]);
  t.cls = TypeType;
  t.mro = [t, ...base.mro];
  t.layout = base === ObjectType ? t : base.layout;
  t.final = final;
  if (base !== ObjectType) base.subclasses.push(t); // (bool in int.__subclasses__(); object's are not listed)
  return t;
}

export const NoneType = builtinType("NoneType", ObjectType, true);
export const IntType = builtinType("int");
export const BoolType = builtinType("bool", IntType, true);
BoolType.layout = BoolType;
export const FloatType = builtinType("float");
export const ComplexType = builtinType("complex");
export const StrType = builtinType("str");
export const BytesType = builtinType("bytes");
export const ByteArrayType = builtinType("bytearray");
export const ListType = builtinType("list");
export const TupleType = builtinType("tuple");
export const DictType = builtinType("dict");
export const SetType = builtinType("set");
export const FrozenSetType = builtinType("frozenset");
export const RangeType = builtinType("range", ObjectType, true);
export const SliceType = builtinType("slice", ObjectType, true);
export const FunctionType = builtinType("function", ObjectType, true);
export const BuiltinFunctionType = builtinType("builtin_function_or_method", ObjectType, true);
export const MethodType = builtinType("method", ObjectType, true);
export const MethodDescriptorType = builtinType("method_descriptor", ObjectType, true);
export const WrapperDescriptorType = builtinType("wrapper_descriptor", ObjectType, true);
export const MethodWrapperType = builtinType("method-wrapper", ObjectType, true);
export const ModuleType = builtinType("module");
export const CellType = builtinType("cell", ObjectType, true);
export const PropertyType = builtinType("property");
export const StaticMethodType = builtinType("staticmethod");
export const ClassMethodType = builtinType("classmethod");
/** A builtin type's class method (`int.__dict__["from_bytes"]`). */
export const ClassMethodDescriptorType = builtinType("classmethod_descriptor", ObjectType, true);
export const SuperType = builtinType("super");
export const NotImplementedType = builtinType("NotImplementedType", ObjectType, true);
export const EllipsisType = builtinType("ellipsis", ObjectType, true);
export const GeneratorType = builtinType("generator", ObjectType, true);
export const CoroutineType = builtinType("coroutine", ObjectType, true);
export const AsyncGeneratorType = builtinType("async_generator", ObjectType, true);
export const CodeType = builtinType("code", ObjectType, true);
export const MappingProxyType = builtinType("mappingproxy", ObjectType, true);
export const DictKeysType = builtinType("dict_keys", ObjectType, true);
export const DictValuesType = builtinType("dict_values", ObjectType, true);
export const DictItemsType = builtinType("dict_items", ObjectType, true);

// ---------------------------------------------------------------------------------------------
// Simple objects

export class PyFloat {
  declare cls: PyType;
  constructor(public readonly v: number) {}
}
Object.setPrototypeOf(PyFloat.prototype, PyObject.prototype);
PyFloat.prototype.cls = FloatType;

export class PyComplex {
  declare cls: PyType;
  constructor(public readonly re: number, public readonly im: number) {
  }
}
Object.setPrototypeOf(PyComplex.prototype, PyObject.prototype);
PyComplex.prototype.cls = ComplexType;

class Singleton extends PyObject {
  constructor(cls: PyType, readonly repr: string) {
    super();
    this.cls = cls;
  }
}
export const NotImplemented: PyObject = new Singleton(NotImplementedType, "NotImplemented");
export const Ellipsis: PyObject = new Singleton(EllipsisType, "Ellipsis");

// ---------------------------------------------------------------------------------------------
// Instances of user classes

/**
 * An instance of a user class whose layout is `object`. Attributes live in `slots` under
 * `shape`; when an instance's attributes are deleted or its `__dict__` is taken, it switches to
 * dictionary mode (`shape === null`, attributes in `dict`).
 */
export class PyInstance {
  declare cls: PyType;
  shape: Shape | null;
  slots: Py[];
  dict: PyDict | null = null;
  constructor(cls: PyType) {
    this.cls = cls;
    this.shape = cls.shape;
    this.slots = [];
  }
}
Object.setPrototypeOf(PyInstance.prototype, PyObject.prototype);

/** Instances of BaseException and its subclasses. */
export class PyException extends PyInstance {
  args: PyTuple;
  /** Traceback entries, innermost last: [code, pc] pairs pushed as the exception unwinds. */
  tb: TracebackEntry[] = [];
  cause: Py = null;
  context: Py = null;
  suppressContext = false;
  /** Raised by the runtime itself for limits: cannot be caught by `except`. */
  uncatchable = false;
  /** The traceback object made for the first `tbObjLen` entries (`__traceback__` is the same
   * object until the exception unwinds further; then it is extended, as CPython links a new head). */
  tbObj: PyObject | null = null;
  tbObjLen = 0;
  /** The frame that last added a traceback entry (so an entry is added once per frame). */
  // deno-lint-ignore no-explicit-any
  tbFrame: any = null;
  /** Fields some exceptions carry: NameError.name, AttributeError.name/obj, __notes__ (a list). */
  fields: Map<string, Py> | null = null;
  /** A NameError's scope where it was raised (see noteNameScope), for the traceback's hint. */
  nameScope: { names: string[]; self: Py | undefined; globals: PyModule } | null = null;
  /** Thrown into a generator (throw(), close()): its context was settled there, from the exception
   * the generator itself was handling, so it is not chained again on its way out (until raised anew). */
  thrownIn = false;
  constructor(cls: PyType, args: PyTuple) {
    super(cls);
    this.args = args;
  }
}

/** One traceback line: the code object and the instruction offset that was executing. */
export interface TracebackEntry {
  // deno-lint-ignore no-explicit-any
  code: any;
  pc: number;
}

// ---------------------------------------------------------------------------------------------
// Containers

export class PyList {
  declare cls: PyType;
  /** Attribute dict for instances of user subclasses of list. */
  attrs: PyDict | null = null;
  constructor(public a: Py[], cls: PyType = ListType) {
    this.cls = cls;
  }
}
Object.setPrototypeOf(PyList.prototype, PyObject.prototype);

export class PyTuple {
  declare cls: PyType;
  attrs: PyDict | null = null;
  constructor(public readonly a: Py[], cls: PyType = TupleType) {
    this.cls = cls;
  }
}
Object.setPrototypeOf(PyTuple.prototype, PyObject.prototype);

export const EMPTY_TUPLE: PyTuple = new PyTuple([]);

export class PyBytes {
  declare cls: PyType;
  constructor(public readonly b: Uint8Array) {
  }
}
Object.setPrototypeOf(PyBytes.prototype, PyObject.prototype);
PyBytes.prototype.cls = BytesType;

export class PyByteArray extends PyObject {
  /** Attribute dict for instances of user subclasses of bytearray. */
  attrs: PyDict | null = null;
  constructor(public b: Uint8Array, public n: number = b.length) {
    super();
  }
}
PyByteArray.prototype.cls = ByteArrayType;

/**
 * Indexes a dict or set builds when first needed (dict.ts `cacheOf`), kept up to date by the
 * store's own insertions and removals, and dropped when its size shows a change they did not see.
 */
export interface StoreCache {
  /** The size of the store's `m` that the indexes describe. */
  size: number;
  /** dict: the keys in insertion order, for popitem() to take the last; may hold removed keys. */
  order: Py[] | null;
  /** How many removed keys `order` holds. */
  holes: number;
  /**
   * The plain keys (those outside the hash buckets: str, int, float and None keys normalised,
   * and objects compared by identity) by hash; may hold removed keys.
   */
  plain: Map<number, Py[]> | null;
  /** How many keys `plain` holds. */
  nplain: number;
  /** The hash each key in the buckets is stored under (made with `plain`, or for popitem() and set.pop()). */
  hashes: Map<Py, number> | null;
}

/**
 * dict: insertion-ordered. `m` maps a normalised key (see dict.ts `normKey`) to the value; `k`
 * remembers the original key object where it differs from the normalised one (True for 1,
 * 2.0 for 2); `ob` buckets canonical key objects that have value equality (tuples, frozensets,
 * instances defining __eq__/__hash__) by hash.
 */
export class PyDict {
  declare cls: PyType;
  m: Map<Py, Py> = new Map();
  k: Map<Py, Py> | null = null;
  ob: Map<number, Py[]> | null = null;
  /** How many keys are in `ob` (the rest of `m` are primitive or identity keys). */
  nob = 0;
  cache: StoreCache | null = null;
  attrs: PyDict | null = null;
  constructor(cls: PyType = DictType) {
    this.cls = cls;
  }
}
Object.setPrototypeOf(PyDict.prototype, PyObject.prototype);

/**
 * A read-only, live view of a mapping (mappingproxy): a class's namespace (`A.__dict__`, when
 * `target` is the class) or any mapping (`d.keys().mapping`, `type(A.__dict__)(m)`).
 */
export class PyMappingProxy extends PyObject {
  /** `ofClass`: target is a class, viewed through its namespace (a JS Map, not a dict). */
  constructor(readonly target: Py, readonly ofClass = false) {
    super();
  }
}
PyMappingProxy.prototype.cls = MappingProxyType;

/** set and frozenset. `m` maps the normalised key to the original element. */
export class PySet {
  declare cls: PyType;
  m: Map<Py, Py> = new Map();
  ob: Map<number, Py[]> | null = null;
  /** How many elements are in `ob`. */
  nob = 0;
  cache: StoreCache | null = null;
  attrs: PyDict | null = null;
  /** Cached iteration order (sorted for all-int sets), dropped on mutation. */
  order: Py[] | null = null;
  /** Where the order starts in `order`: set.pop() takes the first element and keeps the cache. */
  orderStart = 0;
  hashCache: number | null = null;
  constructor(cls: PyType = SetType) {
    this.cls = cls;
  }
}
Object.setPrototypeOf(PySet.prototype, PyObject.prototype);

/**
 * range. Bounds are numbers, or all bigints when any of them is beyond 2^53 (then `big` is set
 * and the numeric fields hold bigints at runtime).
 */
export class PyRange {
  declare cls: PyType;
  readonly big: boolean;
  constructor(public readonly start: number, public readonly stop: number, public readonly step: number) {
    this.big = typeof start === "bigint";
  }
  /** The exact length of a range with big-int bounds. */
  bigLength(): bigint {
    const start = this.start as unknown as bigint, stop = this.stop as unknown as bigint, step = this.step as unknown as bigint;
    if (step > 0n) return start < stop ? (stop - start - 1n) / step + 1n : 0n;
    return start > stop ? (start - stop - 1n) / -step + 1n : 0n;
  }
  /** The length as a JS number (approximate past 2^53; len() uses bigLength). */
  get length(): number {
    if (this.big) {
      const start = this.start as unknown as bigint, stop = this.stop as unknown as bigint, step = this.step as unknown as bigint;
      if (step > 0n) return Number(start < stop ? (stop - start - 1n) / step + 1n : 0n);
      return Number(start > stop ? (start - stop - 1n) / -step + 1n : 0n);
    }
    const { start, stop, step } = this;
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
}
Object.setPrototypeOf(PyRange.prototype, PyObject.prototype);
PyRange.prototype.cls = RangeType;

export class PySlice {
  declare cls: PyType;
  constructor(public readonly start: Py, public readonly stop: Py, public readonly step: Py) {
  }
}
Object.setPrototypeOf(PySlice.prototype, PyObject.prototype);
PySlice.prototype.cls = SliceType;

// ---------------------------------------------------------------------------------------------
// Callables

export class PyCell {
  declare cls: PyType;
  constructor(public v: Py) {
  }
}
Object.setPrototypeOf(PyCell.prototype, PyObject.prototype);
PyCell.prototype.cls = CellType;

/** Signature of a native function: positional args then keyword values; `kw` names the trailing keyword args. */
export type NativeFn = (args: Py[], kw: string[] | null) => Py;

/** A function implemented by the runtime (builtins, methods of builtin types, host functions). */
export class PyBuiltin {
  declare cls: PyType;
  /** Optional direct entries for hot builtins (no argument array; same semantics as `fn`, which
   * they fall back to for anything unusual): `call1(a)` for a function called with one
   * positional argument, `mcall0..2(self, ...)` for a method called through LOAD_METHOD. */
  call1: ((a: Py) => Py) | null = null;
  /** `call2(a, b)`: called with two positional arguments. */
  call2: ((a: Py, b: Py) => Py) | null = null;
  /** `call3(a, b, c)`: called with three (getattr with a default, setattr). */
  call3: ((a: Py, b: Py, c: Py) => Py) | null = null;
  mcall0: ((self: Py) => Py) | null = null;
  mcall1: ((self: Py, a: Py) => Py) | null = null;
  mcall2: ((self: Py, a: Py, b: Py) => Py) | null = null;
  constructor(
    public readonly name: string,
    public readonly fn: NativeFn,
    /** Bound receiver (for methods taken from an instance), or undefined. */
    public readonly self: Py = undefined,
    /** For methods: the type that defines it (for repr and descriptor binding). */
    public readonly owner: PyType | null = null,
  ) {
    // every instance sets cls, so all share one shape
    this.cls = builtinKind(name, self, owner);
  }
}
Object.setPrototypeOf(PyBuiltin.prototype, PyObject.prototype);
PyBuiltin.prototype.cls = BuiltinFunctionType;

// The dunders CPython implements as type slots: on builtin types they are slot wrappers
// (`<slot wrapper '__add__' of 'int' objects>`), not method descriptors.
const SLOT_NAMES = new Set([
  "__init__", "__repr__", "__str__", "__hash__", "__call__", "__len__", "__getitem__", "__setitem__", "__delitem__",
  "__contains__", "__iter__", "__next__", "__getattribute__", "__getattr__", "__setattr__", "__delattr__", "__get__",
  "__set__", "__delete__", "__del__", "__bool__", "__int__", "__float__", "__index__", "__neg__", "__pos__", "__abs__",
  "__invert__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__await__", "__aiter__", "__anext__",
  ...["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod", "pow", "lshift", "rshift", "and", "xor", "or"]
    .flatMap((op) => [`__${op}__`, `__r${op}__`, `__i${op}__`]),
]);

/** Is `owner.name` a slot wrapper in CPython (list and dict define __getitem__ as real methods)? */
export function isSlotWrapper(owner: PyType, name: string): boolean {
  if (!SLOT_NAMES.has(name)) return false;
  const t = owner.name;
  if (name === "__getitem__") return t !== "list" && t !== "dict";
  if (name === "__contains__") return t !== "dict" && t !== "set" && t !== "frozenset";
  return true;
}

/** The Python type of a runtime function, with CPython's split of builtin types' methods. */
function builtinKind(name: string, self: Py, owner: PyType | null): PyType {
  if (owner === null || name === "__new__") return BuiltinFunctionType;
  const slot = isSlotWrapper(owner, name);
  if (self === undefined) return slot ? WrapperDescriptorType : MethodDescriptorType;
  return slot ? MethodWrapperType : BuiltinFunctionType;
}

export class PyFunction {
  declare cls: PyType;
  // deno-lint-ignore no-explicit-any
  code: any;
  globals: PyModule;
  name: string;
  qualname: string;
  defaults: Py[] | null;
  kwdefaults: PyDict | null;
  closure: PyCell[] | null;
  attrs: PyDict | null = null;
  doc: Py = null;
  /** __module__ once assigned or deleted (None); until then the name of its globals' module. */
  module: Py = undefined;
  /** __annotations__ (created on first access when the def had none). */
  annotations: Py = null;
  /** The class whose body defined this function (for zero-argument super()). */
  classCell: PyCell | null = null;
  // deno-lint-ignore no-explicit-any
  constructor(code: any, globals: PyModule, defaults: Py[] | null, kwdefaults: PyDict | null, closure: PyCell[] | null) {
    this.code = code;
    this.globals = globals;
    this.name = code.name;
    this.qualname = code.qualname;
    this.defaults = defaults;
    this.kwdefaults = kwdefaults;
    this.closure = closure;
  }
}
Object.setPrototypeOf(PyFunction.prototype, PyObject.prototype);
PyFunction.prototype.cls = FunctionType;

/** A bound method: a callable plus the instance it was looked up on. */
export class PyMethod {
  declare cls: PyType;
  constructor(public readonly func: Py, public readonly self: Py) {
    // a builtin type's method bound to a value is a builtin method (or method-wrapper) to Python
    this.cls = func instanceof PyBuiltin && func.owner !== null ? builtinKind(func.name, self, func.owner) : MethodType;
  }
}
Object.setPrototypeOf(PyMethod.prototype, PyObject.prototype);
PyMethod.prototype.cls = MethodType;

export class PyProperty extends PyObject {
  /** The attribute name it was assigned to in a class body (for error messages). */
  name: string | null = null;
  /** The docstring was taken from the getter (a copy made by getter() takes the new getter's). */
  getterDoc = false;
  /** Attributes of an instance of a user subclass. */
  attrs: PyDict | null = null;
  constructor(public fget: Py, public fset: Py, public fdel: Py, public doc: Py, cls: PyType = PropertyType) {
    super();
    this.cls = cls;
  }
}

export const MemberDescriptorType = builtinType("member_descriptor", ObjectType, true);
export const GetSetDescriptorType = builtinType("getset_descriptor", ObjectType, true);

/**
 * A class's descriptor for a `__slots__` name (member_descriptor) or for its instances'
 * `__dict__` and `__weakref__` (getset_descriptor). Slot values live with the instance's other
 * attributes (docs/differences.md), so these only describe them: the attribute lookup reads the
 * instance first and reaches the descriptor when the value is missing.
 */
export class PyDescriptor extends PyObject {
  constructor(readonly name: string, readonly owner: PyType, cls: PyType) {
    super();
    this.cls = cls;
  }
}

export class PyStaticMethod extends PyObject {
  /** Attributes set on it (its __dict__ besides what it copies from the function). */
  attrs: PyDict | null = null;
  /** (Set again by __init__ for an instance of a subclass.) */
  constructor(public func: Py) {
    super();
  }
}
PyStaticMethod.prototype.cls = StaticMethodType;

export class PyClassMethod extends PyObject {
  /** Attributes set on it (its __dict__ besides what it copies from the function). */
  attrs: PyDict | null = null;
  /** (Set again by __init__ for an instance of a subclass.) */
  constructor(public func: Py) {
    super();
  }
}
PyClassMethod.prototype.cls = ClassMethodType;

/** A builtin type's class method (int.from_bytes, dict.fromkeys): CPython's classmethod_descriptor. */
export function classMethodDescriptor(f: PyBuiltin): PyClassMethod {
  const c = new PyClassMethod(f);
  c.cls = ClassMethodDescriptorType;
  return c;
}

export class PySuper extends PyObject {
  /** Attributes of an instance of a user subclass. */
  attrs: PyDict | null = null;
  /** (Set again by __init__ for an instance of a subclass.) */
  constructor(public type: PyType, public obj: Py, public objType: PyType) {
    super();
  }
}
PySuper.prototype.cls = SuperType;

/** A module: its globals live in a slot array indexed by the compiler (see compiler/code.ts). */
export class PyModule extends PyObject {
  /** Global variable values, index = position in `names`. undefined = unbound. */
  values: Py[] = [];
  /** name -> index into values. */
  index: Map<string, number> = new Map();
  names: string[] = [];
  /** Cached builtin value per global slot (filled when the slot is created). */
  builtinsCache: Py[] = [];
  /** The builtins namespace used to fill builtinsCache for new slots. */
  builtins: Map<string, Py> | null = null;
  /**
   * Per global slot, what a store by compiled code must report (vm/memo.ts `watched`, then
   * `globalChanged`): WATCH_MEMO while memoized functions depend on the slot, WATCH_UNBOUND while it
   * is unbound, so that its next binding takes its place in the namespace's order (`noteBound`).
   * `set` and `unbind` keep that order themselves.
   */
  memoWatch: Uint8Array | null = null;
  /** Per slot, the rank of its latest binding after being unbound: globals() and the module's
   * `__dict__` list the names in this order, as a dict keeps its keys (a name deleted and bound
   * again goes last). */
  boundAt: number[] = [];
  private bindings = 0;
  /** The builtins module (repr `<module 'builtins' (built-in)>`). */
  builtin = false;
  constructor(public name: string) {
    super();
    this.cls = ModuleType;
  }
  /** Index of a global, creating the slot if needed. */
  slot(name: string): number {
    let i = this.index.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.index.set(name, i);
      this.values.push(undefined);
      this.builtinsCache.push(this.builtins?.get(name));
    }
    return i;
  }
  get(name: string): Py {
    const i = this.index.get(name);
    return i === undefined ? undefined : this.values[i];
  }
  set(name: string, v: Py): void {
    const i = this.slot(name);
    if (this.values[i] === undefined && v !== undefined) this.noteBound(i);
    this.values[i] = v;
  }
  /** Compiled code stores into slots 0 .. values.length - 1 without looking at them: flag the unbound ones. */
  watchUnbound(): void {
    const n = this.values.length;
    const w = new Uint8Array(n + 16);
    if (this.memoWatch !== null) w.set(this.memoWatch.subarray(0, n));
    for (let i = 0; i < n; i++) if (this.values[i] === undefined) w[i] |= WATCH_UNBOUND;
    this.memoWatch = w;
  }
  /** Slot i was just bound, having been unbound: it goes last in the namespace's order. */
  noteBound(i: number): void {
    this.boundAt[i] = this.bindings++;
    const w = this.memoWatch;
    if (w !== null && i < w.length) w[i] &= ~WATCH_UNBOUND;
  }
  /** Unbind slot i (`del`): its next binding is noted. */
  unbind(i: number): void {
    this.values[i] = undefined;
    const w = this.memoWatch;
    if (w !== null && i < w.length) w[i] |= WATCH_UNBOUND;
  }
}

/** Flags of PyModule.memoWatch. */
export const WATCH_MEMO = 1, WATCH_UNBOUND = 2;

/** A runtime iterator: `next()` returns the next value or STOP (never throws StopIteration). */
export abstract class PyIterator {
  declare cls: PyType;
  abstract next(): Py;
}
Object.setPrototypeOf(PyIterator.prototype, PyObject.prototype);
