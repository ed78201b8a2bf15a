// Frames live on the heap and link to their caller, so a running program can be paused anywhere
// in a call chain and resumed later, and Python calls never recurse on the JS stack.

import type { Code } from "../compiler/code.ts";
import { SEND, YIELD_ASYNC, YIELD_VALUE } from "../compiler/opcodes.ts";
import { MISSING, type Py, type PyCell, type PyDict, type PyException, type PyFunction, type PyInstance, type PyModule, PyObject, type PyType } from "../objects/model.ts";
import { builtinType, CoroutineType, GeneratorType, AsyncGeneratorType, undefinedSlots } from "../objects/model.ts";

export class Frame {
  /** Instruction offset. While a callee runs: the offset of the calling instruction. */
  pc = 0;
  sp: number;
  /** Locals (0..nlocals) then the value stack. */
  s: Py[];
  back: Frame | null = null;
  /** A nested run (a builtin calling back into Python) returns when this frame returns or yields. */
  boundary = false;
  /** Class bodies: the namespace being built (LOAD_NAME/STORE_NAME). */
  ns: PyDict | null = null;
  /** Generator/coroutine frames: their generator object. */
  gen: PyGenerator | null = null;
  /** __init__ frames started by instantiation: the instance to return instead of None. */
  initSelf: PyInstance | null = null;
  /** Memoized calls (vm/memo.ts): the table key, the call depth, the caller's peak depth. */
  memoKey: Py = MISSING;
  /** memoKey is set (a boolean, so the return path's test never depends on the key's type). */
  memoOn = false;
  /** The memoized call's arguments, when one of them is an object (vm/memo.ts). */
  memoArgs: Py[] | null = null;
  memoWork = 0;
  memoDepth = 0;
  savedPeak = 0;
  constructor(
    public code: Code,
    public fn: PyFunction | null,
    public globals: PyModule,
    public cells: PyCell[] | null,
  ) {
    // Cloned from a per-code template filled with `undefined`, so every slot array has the same
    // (packed, tagged) elements kind: stores of ints, floats and objects never transition it,
    // and the VM's element accesses stay monomorphic.
    let t = code.slotTemplate as Py[] | null;
    if (t === null) t = code.slotTemplate = undefinedSlots(code.nlocals + code.stacksize);
    this.s = t.slice();
    this.sp = code.nlocals;
  }
}

export const GEN_CREATED = 0, GEN_SUSPENDED = 1, GEN_RUNNING = 2, GEN_DONE = 3;

/** Generators, coroutines and async generators: a suspended frame. */
export class PyGenerator {
  declare cls: PyType;
  state = GEN_CREATED;
  name: string;
  qualname: string;
  /** For coroutines driven by the scheduler: the task running it. */
  task: Py = null;
  /** The value a finished generator returned (for coroutine results). */
  result: Py = undefined;
  /** What the generator is blocked on (yield from / await target), for introspection. */
  yieldFrom: Py = null;
  /** Made for one `for` loop (GET_ITER_OWN): closed when the loop is left early. */
  loopOwned = false;
  /** The interpreter's work count when made: GET_ITER_OWN owns only a generator made by the call just before it. */
  born = -1;
  /** gi_code (the frame is dropped when the generator finishes). */
  code: Code | null;
  /** The exception its own frame is handling while suspended (CPython's gi_exc_state), made the
   * interpreter's current one while it runs. */
  excState: PyException | null = null;
  /** The interpreter's current exception when it was resumed, given back when it yields or ends. */
  callerExc: PyException | null = null;
  /** Async generators: an __anext__()/asend()/athrow()/aclose() awaitable is driving it (CPython's
   * ag_running_async). */
  asyncBusy = false;
  /** Async generators: aclose() was called, or it ended by StopAsyncIteration or GeneratorExit (ag_closed). */
  asyncClosed = false;
  constructor(public frame: Frame | null, kind: PyType) {
    this.cls = kind;
    this.code = frame !== null ? frame.code : null;
    const fn = frame?.fn;
    this.name = fn ? fn.name : "<genexpr>";
    this.qualname = fn ? fn.qualname : "<genexpr>";
    if (frame) frame.gen = this;
  }
}
Object.setPrototypeOf(PyGenerator.prototype, PyObject.prototype);

/**
 * The iterator a suspended generator or coroutine delegates to with `yield from` or `await` (it
 * sits on the frame's stack while the frame waits at the YIELD_VALUE after SEND), else null.
 */
export function delegateOf(g: PyGenerator): Py {
  const f = g.frame;
  if (f === null || g.state !== GEN_SUSPENDED) return null;
  const c = f.code.code;
  return f.pc >= 3 && c[f.pc - 1] === YIELD_VALUE && c[f.pc - 3] === SEND ? f.s[f.sp - 1] : null;
}

/** The suspended async generator stopped at one of its own `yield`s (not inside an `await`). */
export function ownYield(g: PyGenerator): boolean {
  const f = g.frame;
  return f !== null && g.state === GEN_SUSPENDED && f.code.code[f.pc - 1] === YIELD_ASYNC;
}

/** What a coroutine's __await__() returns: an iterator that drives it (CPython's coroutine_wrapper). */
export const CoroutineWrapperType: PyType = builtinType("coroutine_wrapper", undefined, true);
export class PyCoroutineWrapper extends PyObject {
  constructor(readonly coro: PyGenerator) {
    super();
    this.cls = CoroutineWrapperType;
  }
}

/** The awaitables an async generator's __anext__()/asend() and athrow()/aclose() return. */
export const AsyncGenASendType: PyType = builtinType("async_generator_asend", undefined, true);
export const AsyncGenAThrowType: PyType = builtinType("async_generator_athrow", undefined, true);
export const AW_INIT = 0, AW_ITER = 1, AW_CLOSED = 2;
export class PyAsyncGenAwaitable extends PyObject {
  state = AW_INIT;
  /**
   * @param gen the async generator it drives
   * @param value asend(): the value to send first; athrow(): the exception (its arguments until
   * it first runs); aclose(): null
   * @param kind 0 asend (and __anext__), 1 athrow, 2 aclose
   */
  constructor(readonly gen: PyGenerator, public value: Py, readonly kind: number) {
    super();
    this.cls = kind === 0 ? AsyncGenASendType : AsyncGenAThrowType;
  }
}

/** What anext(it, default) returns: it.__anext__()'s awaitable, with StopAsyncIteration turned into StopIteration(default). */
export const AnextAwaitableType: PyType = builtinType("anext_awaitable", undefined, true);
export class PyAnextAwaitable extends PyObject {
  constructor(readonly wrapped: Py, readonly dflt: Py) {
    super();
    this.cls = AnextAwaitableType;
  }
}

export { AsyncGeneratorType, builtinType, CoroutineType, GeneratorType };
