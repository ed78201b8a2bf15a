// The one place Python-visible errors are made. Messages follow CPython's wording (3.11, the
// version the language suite is checked against; 3.12's where only it has the case, such as
// f-string conversion errors); call sites never build their own.
//
// A Python exception travels through JavaScript as the thrown PyException object itself
// (never an Error: no stack capture on the hot path).

import {
  AttributeError, ImportError, IndexError, KeyError, MemoryError, ModuleNotFoundError, NameError, newException, OverflowError,
  RecursionError, RuntimeError, StopIteration, TypeError, UnboundLocalError, ValueError,
  ZeroDivisionError,
} from "./objects/exceptions.ts";
import { type Py, PyException, PyTuple, type PyType } from "./objects/model.ts";
import { typeName, typeOf } from "./objects/typeof.ts";

/**
 * What a JavaScript error thrown by the engine stands for in Python: "recursion" for a stack
 * overflow (also a regular expression's, a SyntaxError "...: Stack overflow"), "memory" for a
 * length or size past the engine's limits (a JS Map or Set holds 2**24 entries: dict, set), null
 * for anything else. Near the stack limit even a regular expression can overflow, so this reads
 * the message with plain string checks only, and an error while reading it is a stack overflow.
 */
export function engineErrorKind(e: unknown): "recursion" | "memory" | null {
  if (!(e instanceof RangeError) && !(e instanceof SyntaxError)) return null;
  try {
    const m = e.message;
    if (e instanceof SyntaxError) return m.endsWith(": Stack overflow") ? "recursion" : null;
    if (m.includes("call stack") || m.includes("tack overflow")) return "recursion";
    if (
      m.startsWith("Invalid string length") || m.startsWith("Invalid array length") ||
      m.startsWith("Invalid typed array length") || m.startsWith("Array buffer allocation") ||
      m.endsWith("maximum size exceeded")
    ) return "memory";
    return null;
  } catch {
    return "recursion";
  }
}

/** Throw a new exception of `type` with message `msg`. */
export function raise(type: PyType, msg?: string): never {
  throw newException(type, msg);
}

export function typeError(msg: string): never {
  throw newException(TypeError, msg);
}
export function valueError(msg: string): never {
  throw newException(ValueError, msg);
}
export function indexError(msg: string): never {
  throw newException(IndexError, msg);
}
export function overflowError(msg: string): never {
  throw newException(OverflowError, msg);
}
/** A float result out of range (CPython reports the C library's ERANGE: errno and its text). */
export function rangeError(): never {
  throw new PyException(OverflowError, new PyTuple([34, "Numerical result out of range"]));
}
export function runtimeError(msg: string): never {
  throw newException(RuntimeError, msg);
}
export function memoryError(msg = ""): never {
  throw newException(MemoryError, msg === "" ? undefined : msg);
}
export function zeroDivision(msg = "division by zero"): never {
  throw newException(ZeroDivisionError, msg);
}
/** RecursionError; `where` is CPython's suffix for native recursion (" in comparison"). */
export function recursionError(where = ""): never {
  throw newException(RecursionError, "maximum recursion depth exceeded" + where);
}

/** KeyError carries the key itself as its argument (str(e) is repr(key)). */
export function keyError(key: Py): never {
  throw new PyException(KeyError, new PyTuple([key]));
}

export function stopIteration(value?: Py): never {
  throw new PyException(StopIteration, new PyTuple(value === undefined ? [] : [value]));
}

export function nameError(name: string): never {
  const e = newException(NameError, `name '${name}' is not defined`);
  (e.fields ??= new Map()).set("name", name);
  throw e;
}
export function unboundLocal(name: string): never {
  throw newException(UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}
/** (CPython sets `.name` on this NameError, not on the UnboundLocalError above.) */
export function unboundFree(name: string): never {
  const e = newException(NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  (e.fields ??= new Map()).set("name", name);
  throw e;
}

/** An ImportError (or ModuleNotFoundError) with CPython's fields: `name` (the module), `path`, `msg`. */
function importErrorOf(type: PyType, msg: string, name: string | null, path: Py = null): never {
  const e = newException(type, msg);
  e.fields = new Map<string, Py>([["name", name], ["path", path], ["msg", msg]]);
  throw e;
}
/** `import a.b.c` where module `name` (the first missing prefix) is not found; `parent` is its
 * package when that exists but is no package. */
export function moduleNotFound(name: string, parent: string | null = null): never {
  importErrorOf(ModuleNotFoundError, `No module named '${name}'${parent === null ? "" : `; '${parent}' is not a package`}`, name);
}
/** `from . import x` (or `from .m import x`) in a module that is no package, as the main script. */
export function relativeImportNoParent(): never {
  importErrorOf(ImportError, "attempted relative import with no known parent package", null);
}
/** `from mod import name` where mod has no such attribute; `file` is the module's __file__ if any. */
export function cannotImportName(name: string, mod: string, file: string | null): never {
  importErrorOf(ImportError, `cannot import name '${name}' from '${mod}' (${file ?? "unknown location"})`, mod, file);
}

export function attributeError(obj: Py, name: string): never {
  throw attributeErrorOf(obj, name);
}
/** The AttributeError of attributeError, for a caller that throws it itself (a function that
 * only ever throws is never optimized by the engine, and its throw costs several times more). */
export function attributeErrorOf(obj: Py, name: string): PyException {
  const e = newException(AttributeError, `'${typeName(obj)}' object has no attribute '${name}'`);
  e.fields = new Map([["name", name], ["obj", obj]]);
  return e;
}
export function typeAttributeError(typeNameStr: string, name: string): never {
  throw newException(AttributeError, `type object '${typeNameStr}' has no attribute '${name}'`);
}

export function unsupportedBinary(op: string, a: Py, b: Py): never {
  throw newException(TypeError, `unsupported operand type(s) for ${op}: '${typeName(a)}' and '${typeName(b)}'`);
}
export function unsupportedUnary(op: string, a: Py): never {
  throw newException(TypeError, `bad operand type for unary ${op}: '${typeName(a)}'`);
}
export function notSupportedBetween(op: string, a: Py, b: Py): never {
  throw newException(TypeError, `'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}
export function notIterable(v: Py): never {
  throw newException(TypeError, `'${typeName(v)}' object is not iterable`);
}
export function notCallable(v: Py): never {
  throw newException(TypeError, `'${typeName(v)}' object is not callable`);
}
export function notSubscriptable(v: Py): never {
  throw newException(TypeError, `'${typeName(v)}' object is not subscriptable`);
}
export function unhashable(v: Py): never {
  throw newException(TypeError, `unhashable type: '${typeName(v)}'`);
}
export function noItemAssignment(v: Py): never {
  throw newException(TypeError, `'${typeName(v)}' object does not support item assignment`);
}
/** `del v[k]` on a type without deletion. CPython words it "doesn't" when the key is an index and
 * the type has sequence methods (PySequence_DelItem), "does not" otherwise (PyObject_DelItem). */
export function noItemDeletion(v: Py, sequenceIndex: boolean): never {
  throw newException(TypeError, `'${typeName(v)}' object ${sequenceIndex ? "doesn't" : "does not"} support item deletion`);
}
export function indicesMustBeInt(container: string, idx: Py): never {
  throw newException(TypeError, `${container} indices must be integers or slices, not ${typeName(idx)}`);
}
export function intTooLarge(): never {
  throw newException(OverflowError, "integer too large for 128-bit int range");
}
/** Wrong number of arguments to a builtin, in CPython's two styles: "len() takes exactly one
 * argument (2 given)" and "divmod expected 2 arguments, got 1". */
/**
 * A builtin called with the wrong number of arguments. Like CPython, the "expected N arguments"
 * wording names the bare function (`insert`), the "takes ..." wording its qualified name.
 */
export function builtinArity(name: string, detail: string): never {
  if (detail.startsWith("expected")) {
    throw newException(TypeError, `${name.slice(name.lastIndexOf(".") + 1)} ${detail}`);
  }
  throw newException(TypeError, `${name}() ${detail}`);
}
export function noKeywords(name: string): never {
  throw newException(TypeError, `${name}() takes no keyword arguments`);
}
export function unexpectedKeyword(fname: string, kw: string): never {
  // CPython's argument parser for builtins words it this way (Python functions differ)
  throw newException(TypeError, `'${kw}' is an invalid keyword argument for ${fname}()`);
}

/**
 * No consistent MRO: `heads` are the classes left at the heads of the lists C3 merges. CPython
 * (set_mro_error) writes the message into a 1,000-byte buffer: it is cut to 999 UTF-8 bytes, and
 * a cut through a character leaves the TypeError without arguments (its decoding failed).
 */
export function mroConflict(heads: string[]): never {
  const msg = `Cannot create a consistent method resolution\norder (MRO) for bases ${heads.join(", ")}`;
  if (msg.length < 333) typeError(msg); // (3 bytes per UTF-16 unit at most)
  const bytes = new TextEncoder().encode(msg);
  if (bytes.length < 1000) typeError(msg);
  let cut: string;
  try {
    cut = new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, 999));
  } catch {
    raise(TypeError);
  }
  typeError(cut);
}

/** A property without a getter, setter or deleter (`what`) used on `obj`; `name` is the attribute
 * a class body assigned it to, if any (CPython 3.11's wording, with the class's qualified name). */
export function propertyMissing(name: string | null, obj: Py, what: string): never {
  const q = typeOf(obj).qualname;
  const prop = name === null ? "property" : `property '${name}'`;
  throw newException(AttributeError, `${prop} of '${q}' object has no ${what}`);
}
