// The builtin exception hierarchy (CPython's, plus the original's CancelledError).

import { builtinType, PyException, PyTuple, type PyType } from "./model.ts";

export const BaseException: PyType = builtinType("BaseException");

function exc(name: string, base: PyType): PyType {
  const t = builtinType(name, base);
  t.layout = BaseException;
  return t;
}

export const SystemExit = exc("SystemExit", BaseException);
export const KeyboardInterrupt = exc("KeyboardInterrupt", BaseException);
export const GeneratorExit = exc("GeneratorExit", BaseException);
export const CancelledError = exc("CancelledError", BaseException);
export const Exception = exc("Exception", BaseException);
export const StopIteration = exc("StopIteration", Exception);
export const StopAsyncIteration = exc("StopAsyncIteration", Exception);
export const ArithmeticError = exc("ArithmeticError", Exception);
export const FloatingPointError = exc("FloatingPointError", ArithmeticError);
export const OverflowError = exc("OverflowError", ArithmeticError);
export const ZeroDivisionError = exc("ZeroDivisionError", ArithmeticError);
export const AssertionError = exc("AssertionError", Exception);
export const AttributeError = exc("AttributeError", Exception);
export const BufferError = exc("BufferError", Exception);
export const EOFError = exc("EOFError", Exception);
export const ImportError = exc("ImportError", Exception);
export const ModuleNotFoundError = exc("ModuleNotFoundError", ImportError);
export const LookupError = exc("LookupError", Exception);
export const IndexError = exc("IndexError", LookupError);
export const KeyError = exc("KeyError", LookupError);
export const MemoryError = exc("MemoryError", Exception);
export const NameError = exc("NameError", Exception);
export const UnboundLocalError = exc("UnboundLocalError", NameError);
export const OSError = exc("OSError", Exception);
export const FileNotFoundError = exc("FileNotFoundError", OSError);
export const FileExistsError = exc("FileExistsError", OSError);
export const PermissionError = exc("PermissionError", OSError);
export const IsADirectoryError = exc("IsADirectoryError", OSError);
export const NotADirectoryError = exc("NotADirectoryError", OSError);
export const ConnectionError = exc("ConnectionError", OSError);
export const BrokenPipeError = exc("BrokenPipeError", ConnectionError);
export const TimeoutError = exc("TimeoutError", OSError);
export const ReferenceError = exc("ReferenceError", Exception);
export const RuntimeError = exc("RuntimeError", Exception);
export const NotImplementedError = exc("NotImplementedError", RuntimeError);
export const RecursionError = exc("RecursionError", RuntimeError);
export const SyntaxError = exc("SyntaxError", Exception);
export const IndentationError = exc("IndentationError", SyntaxError);
export const TabError = exc("TabError", IndentationError);
export const SystemError = exc("SystemError", Exception);
export const TypeError = exc("TypeError", Exception);
export const ValueError = exc("ValueError", Exception);
export const UnicodeError = exc("UnicodeError", ValueError);
export const UnicodeDecodeError = exc("UnicodeDecodeError", UnicodeError);
export const UnicodeEncodeError = exc("UnicodeEncodeError", UnicodeError);
export const UnicodeTranslateError = exc("UnicodeTranslateError", UnicodeError);
export const Warning = exc("Warning", Exception);
export const UserWarning = exc("UserWarning", Warning);
export const DeprecationWarning = exc("DeprecationWarning", Warning);
export const RuntimeWarning = exc("RuntimeWarning", Warning);

// the exceptions whose CPython instances have fields of their own (a larger __basicsize__ than
// their base's): a class cannot have two of them from different lines as bases (`class E(OSError,
// AttributeError)`: multiple bases have instance lay-out conflict)
for (const t of [SystemExit, StopIteration, AttributeError, ImportError, NameError, OSError, SyntaxError, UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError]) {
  t.extraIvars = true;
}

/** Every builtin exception type by name (for the builtins namespace). */
export const EXCEPTION_TYPES: PyType[] = [
  BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, CancelledError, Exception, StopIteration,
  StopAsyncIteration, ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError,
  AttributeError, BufferError, EOFError, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError,
  MemoryError, NameError, UnboundLocalError, OSError, FileNotFoundError, FileExistsError, PermissionError,
  IsADirectoryError, NotADirectoryError, ConnectionError, BrokenPipeError, TimeoutError, ReferenceError, RuntimeError,
  NotImplementedError, RecursionError, SyntaxError, IndentationError, TabError, SystemError, TypeError,
  ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError, Warning, UserWarning,
  DeprecationWarning, RuntimeWarning,
];

/** Make an exception instance of `type` with a single message argument (or none). */
export function newException(type: PyType, msg?: string): PyException {
  return new PyException(type, new PyTuple(msg === undefined ? [] : [msg]));
}

/** Is `t` a subclass of BaseException? */
export function isExceptionType(t: PyType): boolean {
  return t.mro.includes(BaseException);
}
