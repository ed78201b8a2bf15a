// The interpreter: one instance per EdgePython instance. The dispatch loop keeps hot state (pc,
// sp, the frame's slot array) in locals; Python-to-Python calls switch frames inside the loop
// instead of recursing, so deep recursion ends in RecursionError at the configured depth and a
// run can pause between any two instructions of any frame.

import { type Code, CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS } from "../compiler/code.ts";
import * as O from "../compiler/opcodes.ts";
import { OP_ARGS } from "../compiler/opcodes.ts";
import {
  cannotImportName, engineErrorKind, moduleNotFound, nameError, notCallable, raise, recursionError, relativeImportNoParent, runtimeError, typeError, unboundFree,
  unboundLocal,
} from "../errors.ts";
import { dictGet, dictPop, dictSet, newSet, setAdd, setUpdate } from "../objects/dict.ts";
import {
  AssertionError, BaseException, GeneratorExit, KeyError, MemoryError, NameError, RecursionError, RuntimeError,
  StopAsyncIteration, StopIteration, SystemError, TypeError,
} from "../objects/exceptions.ts";
import { builtinIter, DictIter, FastIter, getIterAny, lacksIterSlot, ListIter, RangeIter, stopInfo, UserIter } from "../objects/iter.ts";
import { floorDivNum, MAX_SAFE, modNum } from "../objects/int.ts";
import {
  AsyncGeneratorType, CoroutineType, DictType, EMPTY_TUPLE, FloatType, FunctionType, GeneratorType, ListType, MISSING, NotImplemented,
  ObjectType, type Py, PyBuiltin, PyCell, PyDict, PyException, PyFloat, PyFunction, PyInstance, PyIterator, PyList,
  PyMethod, PyModule, PyProperty, PyRange, PySet, PySlice, PySuper, PyTuple, PyType, SuperType, type Shape, STOP, StrType, TypeType, typeEpoch, undefinedSlots,
  PyDescriptor, GetSetDescriptorType, PropertyType, PyStaticMethod, PyClassMethod, StaticMethodType, ClassMethodType,
} from "../objects/model.ts";
import {
  bind, callBound, callObject, getAttr, getAttrOpt, hooks, instGet, isSubtype, lookup, pyBool, pyFormat, pyFormatObj, pyRepr,
  pyStr, pyAscii, propertyGet, richCompare, moduleDict, TYPE_GETSETS, TYPE_MEMBERS, setAttr, setFunctionRunner, delAttr, iterToArray, pyLen, userGetattribute, isObjectSlot, checkUnboundSelf, plainItems, chargeConcat, chargeWork,
  newExceptionInstance,
} from "../objects/protocol.ts";
import { typeName, typeOf } from "../objects/typeof.ts";
import {
  AW_CLOSED, AW_INIT, delegateOf, Frame, GEN_CREATED, GEN_DONE, GEN_RUNNING, GEN_SUSPENDED, ownYield, PyAsyncGenAwaitable, PyGenerator,
} from "./frame.ts";
import {
  binaryOp, contains, delItem, dictUpdateFrom, getItem, getSlice, inplaceOp, setItem, setSlice, unaryInvert,
  unaryNeg, unaryPos,
} from "./ops.ts";
import { buildClass, classifyCtor } from "./classes.ts";
import { MemoState } from "./memo.ts";
import { buildFused } from "./fused.ts";
import { OPERAND_CONST, OPERAND_GLOBAL, OPERAND_LOCAL } from "../compiler/fuse.ts";
import { FINALIZE_WALK, GROWTH_SAMPLE_BYTES, MAX_SEQUENCE, STALL_MS } from "../limits.ts";
import { ROPE_MIN } from "../objects/strrepr.ts";
import { PyGenericAlias } from "../objects/union.ts";
import { anextAwaitable, driveAwaitable, getAIter } from "./asyncgen.ts";

const AEXIT_NOT_AWAITABLE = "'async with' received an object from __aexit__ that does not implement __await__: ";

/** Pushed by LOAD_METHOD when the callee is already bound. */
const NULL_SELF: unique symbol = Symbol("null-self");
/** What errors in a class statement's `**` arguments name as the callee (CPython's __build_class__). */
const BUILD_CLASS_CALLEE = new PyBuiltin("__build_class__", () => null);
/** Returned by `run` when a pausable run was paused by time-slicing. */
export const PAUSED: unique symbol = Symbol("paused");
/** Returned by `run` when a task suspends (sleep/receive) inside the scheduler. */
export const SUSPENDED: unique symbol = Symbol("suspended");

/**
 * Resource limits of a run.
 *
 * ```ts
 * const ep = await EdgePython.create({ limits: { ops: 100_000_000, depth: 256, objects: 100_000 } });
 * ```
 */
export interface Limits {
  /**
   * Op budget (loop back-edges, calls, large string building), a non-negative integer or Infinity;
   * past it: uncatchable `RuntimeError: budget exceeded`.
   */
  ops: number;
  /** Call depth, the module frame included, from 1 to 1,000,000 (MAX_DEPTH); past it: `RecursionError`. */
  depth: number;
  /**
   * Memory: about 1 KiB of growth of the JavaScript heap plus `bytes` buffers per unit, sampled every
   * 25 ms, a non-negative integer or Infinity (the host keeps it below the engine's heap limit); past
   * it: `MemoryError`.
   */
  objects: number;
}

/** Host services the core needs (all I/O goes through here). */
export interface HostIO {
  /** Write text to stdout (no newline added). */
  write(text: string): void;
  /** Next line for input(), or null at end of input. */
  readLine(): string | null;
  /** Monotonic clock in ms (for time-slicing and sleep). */
  now(): number;
  /** Bytes of JS heap in use, when the host can tell (for the `objects` memory limit). */
  heapUsed?(): number;
  /** The run has not yielded to the event loop for STALL_MS and cannot pause yet (see limits.ts). */
  stalled?(): void;
}

/**
 * The countdown left when a pause is due at a call that cannot pause (Interp.tickNoPause): the
 * loop's next back-edge or call pauses within these units, and a native loop making calls (a
 * `key=` function) reads the clock once per this many calls, not at each. After native work that
 * charged the budget (chargeNative) it is 0: the next back-edge pauses, however short.
 */
const PENDING_TICKS = 256;

/**
 * The first WARM_CHECKS periodic checks come after short, varied countdowns (WARM_QUANTA) instead
 * of 4096 units, so that while V8 still gathers type feedback for the dispatch loop, the countdown
 * runs out at every instruction the program uses often. Each such site calls tick(); a site whose
 * call V8 never saw before optimizing the loop deoptimizes it the first time the countdown ends
 * there, and the loop runs in slower tiers until it is compiled again (about 100 ms on
 * oo_sched.py). Only every 64th short check reads the clock, so the checks cost about what they
 * cost with full countdowns.
 */
const WARM_CHECKS = 1 << 17;
const WARM_QUANTA = [31, 97, 43, 79, 37, 89, 53, 61];

/** The interpreter currently executing (set on every entry into the loop). */
export let current: Interp = null as unknown as Interp;

/** generator.send, which method calls run in the VM's own loop (see CALL_METHOD). */
let genSend: Py = undefined;

/** The flags that, with CO_VARARGS alone among them, make a `*args` function CALL enters directly. */
const VARARGS_MASK = CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR;

/** How a `for` loop steps its iterator (iterKind). */
const ITER_RANGE = 0, ITER_LIST = 1, ITER_NEXT = 2, ITER_GEN = 3, ITER_OTHER = 4;

/**
 * The kind of a loop's iterator: a range or list iterator (read inline), another builtin
 * iterator (its next()), a generator (resumed in the loop) or anything else. A loop asks only
 * when the iterator is not of the kind it stepped last (Code.iterHints), which one instanceof
 * that succeeds tells (it reads one or two prototypes): one that fails walks the object's whole
 * prototype chain, and every iterator but a range failed up to three of them per item.
 */
function iterKind(it: Py): number {
  if (it instanceof FastIter) return it.isRange ? ITER_RANGE : ITER_LIST;
  if (it instanceof PyIterator) return ITER_NEXT;
  return it instanceof PyGenerator ? ITER_GEN : ITER_OTHER;
}

/** The next item of a range iterator, or STOP (the loops charge the budget for their items). */
function rangeNext(it: RangeIter): Py {
  const c = it.cur;
  if (it.step > 0 ? c < it.stop : c > it.stop) {
    it.cur = c + it.step;
    return c;
  }
  return STOP;
}

/** The next item of a list iterator, or STOP. */
function listNext(it: ListIter): Py {
  const a = it.l.a;
  if (it.i < a.length) return a[it.i++];
  it.i = MAX_SAFE;
  return STOP;
}

export class Interp {
  readonly limits: Limits;
  /** limits.depth, read on every call. */
  maxDepth: number;
  readonly io: HostIO;
  builtins: Map<string, Py>;
  /** Python call depth (frames on the heap stack). */
  depth = 0;
  /** Remaining op budget (in code words executed across back-edges and calls). */
  budget: number;
  /** Countdown to the next slow check (budget, time slice). */
  ticks = 4096;
  /** The units the current countdown started from (4096 after the first WARM_CHECKS checks). */
  quantum = 4096;
  /** Short countdowns left (see WARM_CHECKS). */
  warmChecks = WARM_CHECKS;
  /** Checks until the next one that reads the clock (every 64th during the short countdowns). */
  clockIn = 1;
  /** Work done so far, in budget units, minus the pending `ticks` (monotonic: work - ticks). */
  work = 4096;
  /** Nested (non-pausable) runs currently on the JS stack. */
  nested = 0;
  /** The exception being handled (sys.exc_info()), for bare raise and implicit chaining. */
  curExc: PyException | null = null;
  /** Modules registered before the run (resolved imports), by spec. */
  modules = new Map<string, Py>();
  /** Pause requested by the time-slicer. */
  sliceDeadline = Infinity;
  pausable = false;
  memo: MemoState = new MemoState();
  /** Key of the memoizable call being entered (set by a lookup miss). */
  memoKey: Py = MISSING;
  /** Deepest call depth reached since the innermost memoized call started. */
  peakDepth = 0;
  /** Frame currently executing (for builtins that need it: locals(), globals(), super()). */
  frame: Frame | null = null;
  /** Set by a builtin that wants to suspend the current task (scheduler). */
  suspendRequest: Py = null;
  // deno-lint-ignore no-explicit-any
  scheduler: any = null;

  /** Heap size past which MemoryError is raised (set at run start from the `objects` limit). */
  heapLimit = Infinity;
  nextHeapCheck = 0;
  /** Bytes built by large operations since the last heap sample (see noteGrowth). */
  grown = 0;
  /** An exception the host asked to raise in the main task at its next check (KeyboardInterrupt). */
  interrupt: PyException | null = null;
  /** How many heap checks ran (the first few run on every tick: see tick). */
  heapChecks = 0;

  constructor(io: HostIO, limits: Limits, builtins: Map<string, Py>) {
    genSend ??= lookup(GeneratorType, "send");
    this.io = io;
    this.limits = limits;
    this.maxDepth = limits.depth;
    this.budget = limits.ops;
    this.builtins = builtins;
    this.initialBuiltins = new Map(builtins);
  }

  activate(): void {
    current = this;
    setFunctionRunner(runFunction, runMethod, runFunction1);
  }

  // -- modules --------------------------------------------------------------------------------------

  /** Create the module object for compiled code: its globals follow the compiler's name table. */
  newModule(name: string, code: Code): PyModule {
    const m = new PyModule(name);
    m.names = code.globalNames;
    m.values = undefinedSlots(m.names.length);
    m.builtinsCache = m.names.map((n) => this.builtins.get(n));
    for (let i = 0; i < m.names.length; i++) m.index.set(m.names[i], i);
    m.builtins = this.builtins;
    m.watchUnbound();
    this.runModules.push(m);
    // what CPython 3.11 gives the __main__ module of a script run directly (`python3 script.py`),
    // except __file__ and __loader__ (None here: there is no importlib; docs/differences.md)
    m.set("__name__", name);
    m.set("__doc__", null);
    m.set("__package__", null);
    m.set("__loader__", null);
    m.set("__spec__", null);
    m.set("__annotations__", new PyDict());
    m.set("__builtins__", this.builtinsModule());
    m.set("__cached__", null);
    return m;
  }

  /** Run a module body to completion (nested run). */
  execModule(code: Code, module: PyModule): void {
    const f = new Frame(code, null, module, null);
    f.boundary = true;
    this.runNested(f);
  }

  // -- calls ----------------------------------------------------------------------------------------

  /**
   * Make the frame for calling `fn` with positional args src[base .. base+argc) and, when
   * `kwnames` is given, keyword values in the last kwnames.length of them. Returns the frame,
   * or the generator/coroutine object for generator functions.
   */
  enterFunction(fn: PyFunction, src: Py[], base: number, argc: number, kwnames: string[] | null, self: Py = NULL_SELF): Frame | PyGenerator {
    const co: Code = fn.code;
    // Reuse the frame of a finished call of the same code when there is one: a call then
    // allocates nothing (measured: ~15% on call-heavy benchmarks, mostly less GC).
    let f: Frame = co.framePool.pop();
    if (f === undefined) f = new Frame(co, fn, fn.globals, null);
    else {
      f.fn = fn;
      f.globals = fn.globals;
      const n = co.nlocals;
      const fs = f.s;
      for (let i = 0; i < n; i++) fs[i] = undefined;
    }
    const s = f.s;
    const hasSelf = self !== NULL_SELF;
    const nargs = argc + (hasSelf ? 1 : 0);
    const nkw = kwnames === null ? 0 : kwnames.length;
    const npos = nargs - nkw;
    const ac = co.argcount;
    if (nkw === 0 && npos === ac && (co.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && co.kwonlyargcount === 0) {
      // fast path: exact positional arity
      let j = 0;
      if (hasSelf) s[j++] = self;
      for (let i = 0; i < argc; i++) s[j++] = src[base + i];
    } else if (nkw === 0 && !hasSelf && (co.flags & (CO_VARARGS | CO_VARKEYWORDS)) === CO_VARARGS && co.kwonlyargcount === 0 && argc >= ac) {
      // `def wrapper(*args)` (and `def f(a, *rest)`) called positionally: the rest is the tuple
      for (let i = 0; i < ac; i++) s[i] = src[base + i];
      s[ac] = argc === ac ? EMPTY_TUPLE : new PyTuple(cut(src, base + ac, base + argc));
    } else {
      this.bindSlow(fn, co, s, src, base, argc, kwnames, self);
    }
    if (co.cellvars.length > 0 || co.freevars.length > 0) f.cells = this.makeCells(co, fn, s);
    if (co.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
      const kind = co.flags & CO_ASYNC_GENERATOR ? AsyncGeneratorType : co.flags & CO_COROUTINE ? CoroutineType : GeneratorType;
      const g = new PyGenerator(f, kind);
      g.born = this.work - this.ticks;
      this.gensMade++;
      return g;
    }
    return f;
  }

  makeCells(co: Code, fn: PyFunction, s: Py[]): PyCell[] {
    const nc = co.cellvars.length;
    // only free variables: the frame's cells are the function's closure, shared as they are
    if (nc === 0) return fn.closure!;
    const cells: PyCell[] = new Array(nc + co.freevars.length);
    for (let i = 0; i < nc; i++) {
      const a = co.cell2arg![i];
      cells[i] = new PyCell(a >= 0 ? s[a] : undefined);
      if (a >= 0) s[a] = undefined;
    }
    const cl = fn.closure;
    for (let i = 0; i < co.freevars.length; i++) cells[nc + i] = cl![i];
    return cells;
  }

  /** General argument binding with CPython's error messages. */
  bindSlow(fn: PyFunction, co: Code, s: Py[], src: Py[], base: number, argc: number, kwnames: string[] | null, self: Py): void {
    const nkw = kwnames === null ? 0 : kwnames.length;
    const hasSelf = self !== NULL_SELF;
    const npos = argc - nkw + (hasSelf ? 1 : 0);
    const ac = co.argcount;
    const kwonly = co.kwonlyargcount;
    const flags = co.flags;
    const hasVarargs = (flags & CO_VARARGS) !== 0;
    // positional arguments straight from the caller's stack slice
    const take = npos < ac ? npos : ac;
    let j = 0;
    if (hasSelf && take > 0) s[j++] = self;
    for (let i = base; j < take; i++) s[j++] = src[i];
    if (hasVarargs) {
      let extra: Py[] | null = null;
      if (npos > ac) {
        if (hasSelf && ac === 0) {
          extra = src.slice(base, base + argc - nkw);
          extra.unshift(self);
        } else extra = cut(src, base + ac - (hasSelf ? 1 : 0), base + argc - nkw);
      }
      s[ac + kwonly] = extra === null ? EMPTY_TUPLE : new PyTuple(extra);
    } else if (npos > ac) this.tooManyPositional(fn, co, npos, kwnames);
    let varkw: PyDict | null = null;
    if (flags & CO_VARKEYWORDS) varkw = new PyDict();
    // keywords, by a per-code name index
    if (nkw > 0) {
      const index = argIndexOf(co);
      const kbase = base + argc - nkw;
      for (let k = 0; k < nkw; k++) {
        const name = kwnames![k];
        const v = src[kbase + k];
        const idx = index.get(name);
        if (idx === undefined) {
          if (varkw !== null) {
            if (varkw.m.has(name)) typeError(`${fn.qualname}() got multiple values for keyword argument '${name}'`);
            varkw.m.set(name, v);
            continue;
          }
          if (co.varnames.indexOf(name) >= 0 && co.varnames.indexOf(name) < co.posonlyargcount) {
            // CPython names every positional-only parameter passed by keyword in this call
            const named = co.varnames.slice(0, co.posonlyargcount).filter((n: string) => kwnames!.includes(n));
            typeError(`${fn.qualname}() got some positional-only arguments passed as keyword arguments: '${named.join(", ")}'`);
          }
          typeError(`${fn.qualname}() got an unexpected keyword argument '${name}'`);
        }
        if (s[idx] !== undefined) typeError(`${fn.qualname}() got multiple values for argument '${name}'`);
        s[idx] = v;
      }
    }
    // defaults for the positional parameters not given
    if (npos < ac) {
      const defs = fn.defaults;
      const nd = defs === null ? 0 : defs.length;
      const firstDefault = ac - nd;
      let missing: string[] | null = null;
      for (let i = npos; i < ac; i++) {
        if (s[i] === undefined) {
          if (i >= firstDefault) s[i] = defs![i - firstDefault];
          else (missing ??= []).push(co.varnames[i]);
        }
      }
      if (missing !== null) typeError(`${fn.qualname}() missing ${missing.length} required positional argument${missing.length === 1 ? "" : "s"}: ${listNames(missing)}`);
    }
    if (kwonly > 0) {
      let missing: string[] | null = null;
      for (let i = ac; i < ac + kwonly; i++) {
        if (s[i] === undefined) {
          const d = fn.kwdefaults !== null ? dictGet(fn.kwdefaults, co.varnames[i]) : undefined;
          if (d !== undefined) s[i] = d;
          else (missing ??= []).push(co.varnames[i]);
        }
      }
      if (missing !== null) typeError(`${fn.qualname}() missing ${missing.length} required keyword-only argument${missing.length === 1 ? "" : "s"}: ${listNames(missing)}`);
    }
    if (varkw !== null) s[ac + kwonly + (hasVarargs ? 1 : 0)] = varkw;
  }

  tooManyPositional(fn: PyFunction, co: Code, npos: number, kwnames: string[] | null): never {
    const ac = co.argcount, kwonly = co.kwonlyargcount, names = co.varnames;
    const nd = fn.defaults ? fn.defaults.length : 0;
    const kwGiven = kwnames ? kwnames.filter((k) => names.indexOf(k) >= ac && names.indexOf(k) < ac + kwonly).length : 0;
    const takes = nd > 0 ? `from ${ac - nd} to ${ac}` : `${ac}`;
    const plural = nd > 0 || ac !== 1 ? "s" : "";
    const given = kwGiven > 0 ? `${npos} positional argument${npos === 1 ? "" : "s"} (and ${kwGiven} keyword-only argument${kwGiven === 1 ? "" : "s"}) were given` : `${npos} ${npos === 1 ? "was" : "were"} given`;
    typeError(`${fn.qualname}() takes ${takes} positional argument${plural} but ${given}`);
  }

  /** Call a non-Python-function callable with args from a stack slice. May return a Frame to run. */
  callValue(callee: Py, src: Py[], base: number, argc: number, kwnames: string[] | null): Py {
    if (callee instanceof PyBuiltin) {
      if (kwnames === null && callee.self === undefined) {
        if (argc === 1 && callee.call1 !== null) return callee.call1(src[base]);
        if (argc === 2 && callee.call2 !== null) return callee.call2(src[base], src[base + 1]);
        if (argc === 3 && callee.call3 !== null) return callee.call3(src[base], src[base + 1], src[base + 2]);
      }
      const args = src.slice(base, base + argc);
      if (callee.self !== undefined) args.unshift(callee.self);
      else if (callee.owner !== null) checkUnboundSelf(callee, args, kwnames?.length ?? 0);
      return callee.fn(args, kwnames);
    }
    if (callee instanceof PyMethod) {
      const fn = callee.func;
      if (fn instanceof PyFunction) return this.enterFunction(fn, src, base, argc, kwnames, callee.self);
      const args = src.slice(base, base + argc);
      args.unshift(callee.self);
      // a bound builtin method: the receiver needs no check (see checkUnboundSelf)
      if (fn instanceof PyBuiltin && fn.self === undefined) return fn.fn(args, kwnames);
      return callObject(fn, args, kwnames);
    }
    if (callee instanceof PyType) return this.construct(callee, src, base, argc, kwnames);
    if (callee instanceof PyFunction) return this.enterFunction(callee, src, base, argc, kwnames);
    const args = src.slice(base, base + argc);
    return callObject(callee, args, kwnames);
  }

  /** Instantiate a class; for user classes with a Python __init__, returns the __init__ frame. */
  construct(cls: PyType, src: Py[], base: number, argc: number, kwnames: string[] | null): Py {
    if (argc === 1 && kwnames === null && cls.call1 !== null) return cls.call1(src[base]);
    if (cls.plainException && kwnames === null) {
      // `ValueError(msg)`: the generic instantiation looked up and ran __new__ and __init__ on
      // every call (`raise ValueError(i)` caught in a loop: 2.5x faster without)
      return new PyException(cls, argc === 0 ? EMPTY_TUPLE : new PyTuple(src.slice(base, base + argc)));
    }
    if (cls.builtin && cls.newFn !== null) return cls.newFn(cls, src.slice(base, base + argc), kwnames);
    if (!cls.builtin && cls.cls === TypeType) {
      // __new__ and __init__ are looked up once per class (until a class changes)
      if (cls.ctorEpoch !== typeEpoch) classifyCtor(cls);
      const init = cls.ctorInit;
      if (cls.ctorPlainNew) {
        const inst = new PyInstance(cls);
        if (init instanceof PyFunction) return this.initInstance(inst, init, src, base, argc, kwnames);
        if (init !== undefined && !(init instanceof PyBuiltin && init.owner === ObjectType)) {
          const args = src.slice(base, base + argc);
          const r = callBound(init, inst, cls, args.length === 0 ? [] : args);
          if (r !== null) typeError(`__init__() should return None, not '${typeName(r)}'`);
          return inst;
        }
        if (argc > 0 && (init === undefined || (init instanceof PyBuiltin && init.owner === ObjectType))) {
          typeError(`${cls.name}() takes no arguments`);
        }
        return inst;
      }
      if (cls.ctorExcNew && kwnames === null && (init === undefined || init instanceof PyFunction)) {
        // a user exception class with BaseException's __new__: the instance keeps the arguments,
        // then its own Python __init__ runs, inline or in a frame (BaseException's would only set
        // them again; a builtin one is instantiate's). (Measured: `MyError("bad")` 1.5 -> 0.3 µs;
        // the generic path looked both up on every call.)
        const inst = newExceptionInstance(cls, src.slice(base, base + argc));
        return init === undefined ? inst : this.initInstance(inst, init, src, base, argc, null);
      }
    }
    return hooks.instantiate(cls, src.slice(base, base + argc), kwnames);
  }

  /** Run a Python `__init__` on a new instance: inline, or the frame to switch to. */
  initInstance(inst: PyInstance, init: PyFunction, src: Py[], base: number, argc: number, kwnames: string[] | null): Py {
    const ico = init.code;
    if (
      ico.inlineBody !== null && !ico.inlineBusy && kwnames === null && argc + 1 <= ico.argcount &&
      (argc + 1 === ico.argcount || this.hasDefaults(init, argc + 1))
    ) {
      // a straight-line __init__ (attribute stores): no frame
      if (--this.ticks <= 0) this.tickNoPause();
      if (this.depth >= this.maxDepth) recursionError();
      const r = this.callInline(init, ico, src, base, argc, inst);
      if (r !== null) typeError(`__init__() should return None, not '${typeName(r)}'`);
      return inst;
    }
    const f = this.enterFunction(init, src, base, argc, kwnames, inst);
    if (f instanceof Frame) {
      f.initSelf = inst;
      return f;
    }
    typeError("__init__() should return None, not 'generator'");
  }

  // -- nested runs (a builtin calling back into Python) --------------------------------------------

  /** Run a frame to completion on the JS stack and return its result. */
  runNested(f: Frame): Py {
    f.boundary = true;
    this.nested++;
    const saveFrame = this.frame;
    try {
      return this.run(f, null);
    } catch (e) {
      if (e instanceof RangeError) throw this.toPyException(e);
      throw e;
    } finally {
      this.nested--;
      this.frame = saveFrame;
      current = this;
    }
  }

  /**
   * Call a Python function with a receiver from JS (a dunder a builtin calls, a cached property
   * getter): a straight-line body runs inline, as a method call's in the loop does (never
   * memoized), with no array built for the receiver and the arguments. A sort by a class's
   * __lt__: 40 sorts of 1,000 objects, 250 -> 120 ms CPU.
   */
  callMethod(fn: PyFunction, self: Py, args: Py[]): Py {
    const co = fn.code;
    const n = args.length + 1;
    if (co.inlineBody !== null && !co.inlineBusy && n <= co.argcount && (n === co.argcount || this.hasDefaults(fn, n))) {
      if (this.depth >= this.maxDepth) recursionError();
      if (--this.ticks <= 0) this.tickNoPause();
      return this.callInline(fn, co, args, 0, args.length, self);
    }
    // (in a frame of its own, not memoized either: as a method call in the loop)
    if (this.depth >= this.maxDepth) recursionError();
    if (--this.ticks <= 0) this.tickNoPause();
    const f = this.enterFunction(fn, args, 0, args.length, null, self);
    return f instanceof PyGenerator ? f : this.runToEnd(f);
  }

  /**
   * A cached property's value (see AttrEntry): its getter is read at each call, since
   * `property.__init__` can replace it in place.
   */
  propGet(p: PyProperty, obj: Py): Py {
    const g = p.fget;
    return g instanceof PyFunction ? this.callMethod(g, obj, NO_ARGS) : propertyGet(p, obj);
  }

  /** Call a Python function from JS. */
  callFunction(fn: PyFunction, args: Py[], kwnames: string[] | null): Py {
    if (this.depth >= this.maxDepth) recursionError();
    // every call from native code charges the budget, as calls in the loop do: a straight-line
    // dunder called by a native loop (__getitem__ iteration, key=) is otherwise free
    if (--this.ticks <= 0) this.tickNoPause();
    const co = fn.code;
    if (
      co.inlineOps !== null && !co.inlineBusy && kwnames === null && args.length <= co.argcount &&
      (args.length === co.argcount || this.hasDefaults(fn, args.length))
    ) {
      // key functions, map/filter lambdas, dunders with straight-line bodies: no nested run
      return this.callInline(fn, co, args, 0, args.length, NULL_SELF);
    }
    const memo = this.memo.lookup(fn, args, kwnames, this);
    if (memo !== MISSING) return memo;
    const f = this.enterFunction(fn, args, 0, args.length, kwnames);
    if (f instanceof PyGenerator) return f;
    if (fn.code.memo !== null) this.memo.onEnter(f, this);
    return this.runToEnd(f);
  }

  /** callFunction(fn, [x]): a straight-line body takes its argument from x, with no array. */
  callFunction1(fn: PyFunction, x: Py): Py {
    const co = fn.code;
    if (co.inlineOps !== null && !co.inlineBusy && co.argcount >= 1 && (co.argcount === 1 || this.hasDefaults(fn, 1))) {
      if (this.depth >= this.maxDepth) recursionError();
      if (--this.ticks <= 0) this.tickNoPause();
      return this.callInline(fn, co, null, 0, 1, NULL_SELF, x);
    }
    return this.callFunction(fn, [x], null);
  }

  /** Run an entered frame in a nested run; a finished frame goes back to its code's pool, as a
   * return in the loop's does. */
  runToEnd(f: Frame): Py {
    if (++this.depth > this.peakDepth) this.peakDepth = this.depth;
    let r: Py;
    try {
      r = this.runNested(f);
    } finally {
      this.depth--;
    }
    const co = f.code;
    if (co.cellvars.length === 0 && co.framePool.length < 8) {
      f.boundary = false;
      this.releaseFrame(f);
    }
    return r;
  }

  // -- generators ------------------------------------------------------------------------------------

  /**
   * Resume a generator from JS with a sent value (or an exception thrown in). Returns the
   * yielded value, or STOP with `gen.result` set when it returned.
   */
  resumeGen(gen: PyGenerator, value: Py, exc: PyException | null, delegate = true): Py {
    if (gen.state === GEN_RUNNING) raise(hooks.ValueError, `${genKind(gen)} already executing`);
    if (gen.state === GEN_DONE) {
      // (a finished generator re-raises what is thrown in; a coroutine cannot be resumed at all)
      if (gen.cls === CoroutineType) runtimeError("cannot reuse already awaited coroutine");
      if (exc !== null) throw exc;
      gen.result = undefined; // the return value went with the first StopIteration
      return STOP;
    }
    const f = gen.frame!;
    if (exc !== null && gen.state === GEN_SUSPENDED && delegate) {
      const d = this.delegateThrow(gen, f, exc);
      if (d !== MISSING) return d;
    }
    // a generator expression asked for its next item by native code (sum, join, any, list(), ...)
    const yl = f.code.yieldLoop;
    if (yl !== null && exc === null && value === null && gen.state === GEN_SUSPENDED && f.pc === yl[3] + 1 && gen.excState === null) {
      const it = f.s[f.sp - 1];
      if (it instanceof PyIterator) {
        const r = this.yieldLoopNext(gen, f, it, yl);
        if (r !== MISSING) return r;
      }
    }
    if (gen.state === GEN_CREATED) {
      // (an exception thrown in is raised in the frame before its first instruction, so a
      // StopIteration becomes PEP 479's RuntimeError, as for a suspended generator)
      if (value !== null && exc === null) typeError(`can't send non-None value to a just-started ${genKind(gen)}`);
    } else if (exc === null) {
      f.s[f.sp++] = value;
    }
    if (this.depth >= this.maxDepth) recursionError();
    gen.state = GEN_RUNNING;
    this.genSwapIn(gen);
    if (exc !== null) thrownIn(exc, gen.excState);
    f.boundary = true;
    f.back = null;
    this.depth++;
    this.nested++;
    const saveFrame = this.frame;
    this.yielded = false;
    try {
      const r = this.run(f, exc);
      if (this.yielded) {
        this.yielded = false;
        return r;
      }
      gen.result = r;
      return STOP;
    } catch (e) {
      if (e instanceof RangeError) throw this.toPyException(e);
      throw e;
    } finally {
      f.boundary = false;
      this.depth--;
      this.nested--;
      this.frame = saveFrame;
      current = this;
    }
  }
  yielded = false;

  /**
   * The next item of a generator expression suspended at its loop's yield (Code.yieldLoop) over a
   * builtin iterator, computed by its trees without running the frame: the item goes into the
   * loop's local, through the filter and the value, and the generator is suspended at the same
   * yield again; the budget is charged as the loop's jumps charge it. At the iterator's end the
   * frame runs on from the loop's exit; near the end of the time slice MISSING tells the caller to
   * run it as usual; an exception is raised in the frame at its yield, so that
   * the generator ends and tracebacks and PEP 479 are as for the frame's own loop. (Measured:
   * `sum()` of generator expressions in a loop 2.29 -> 1.56 s CPU.)
   */
  yieldLoopNext(gen: PyGenerator, f: Frame, it: PyIterator, yl: Int32Array): Py {
    if (this.depth >= this.maxDepth) recursionError();
    const co = f.code;
    let fns = co.fusedFns;
    if (fns === null) fns = co.fusedFns = buildFused(co);
    const value = fns[yl[1]], filter = yl[2] >= 0 ? fns[yl[2]] : null;
    const back = yl[4] - 1, skip = yl[5] - 1;
    const most = back < skip ? -back : -skip;
    const s = f.s, slot = co.code[yl[0] + 3];
    const saveFrame = this.frame;
    let err: PyException | null = null;
    let r: Py = MISSING, stopped = false;
    gen.state = GEN_RUNNING;
    this.frame = f;
    this.depth++;
    try {
      while (this.ticks > most) {
        const v = it.next();
        if (v === STOP) {
          // the frame goes on from the loop's exit (the end, or an enclosing loop)
          f.sp--;
          f.pc = yl[0] + co.code[yl[0] + 1];
          stopped = true;
          break;
        }
        s[slot] = v;
        if (filter !== null) {
          const c = filter(s, f);
          if (c === false || (c !== true && !pyBool(c))) {
            this.ticks += skip;
            continue;
          }
        }
        r = value(s, f);
        this.ticks += back;
        break;
      }
    } catch (e) {
      err = this.toPyException(e);
      this.faultPc = -1;
      // chained as the loop's own handler would have (the generator shares the caller's state)
      this.chainHandled(err);
    } finally {
      gen.state = GEN_SUSPENDED;
      this.depth--;
      this.frame = saveFrame;
    }
    if (stopped) return this.resumeGenRaw(gen, f);
    if (err === null) return r;
    try {
      return this.resumeGen(gen, null, err, false);
    } catch (e) {
      // (raised in the generator, not thrown into it: chained by the callers as such)
      if (e === err) err.thrownIn = false;
      throw e;
    }
  }

  /**
   * throw()/close() on a generator suspended in `yield from`: the exception goes to the
   * sub-iterator first. Returns the next yielded value, STOP when the outer generator finished,
   * or MISSING when the outer generator itself must receive the exception.
   */
  delegateThrow(gen: PyGenerator, f: Frame, exc: PyException): Py {
    const code = f.code.code;
    const j = f.pc;
    if (code[j] !== O.JUMP) return MISSING;
    const sendAt = j + code[j + 1];
    if (code[sendAt] !== O.SEND) return MISSING;
    const top = f.s[f.sp - 1];
    const sub = top instanceof UserIter ? top.obj : top;
    const isClose = isSubtype(exc.cls, GeneratorExit);
    // when the sub-iterator finishes: the value `yield from` completes with, or what it raised
    let result: Py = null;
    let raised: PyException | null = null;
    try {
      if (sub instanceof PyGenerator) {
        // (awaited by `async for`; `yield from` runs one behind a UserIter, see GET_YIELD_FROM_ITER)
        const agen = sub.cls === AsyncGeneratorType && sub === top;
        if (isClose) {
          // (an async generator awaited by `async for`: only its __anext__() is closed, as CPython)
          if (!agen) {
            const close = getAttrOpt(sub, "close");
            if (close !== undefined) callObject(close, []);
          }
          return MISSING;
        }
        const r = this.resumeGen(sub, null, exc);
        if (agen) {
          // its awaited __anext__() ends with StopAsyncIteration, or with a value it yields itself
          if (r === STOP) raised = newExc(StopAsyncIteration, "");
          else if (ownYield(sub)) result = r;
          else return r;
        } else if (r === STOP) result = sub.result === undefined ? null : sub.result;
        else return r;
      } else {
        const m = getAttrOpt(sub, isClose ? "close" : "throw");
        if (m === undefined) return MISSING;
        if (isClose) {
          callObject(m, []);
          return MISSING;
        }
        return callObject(m, [exc]);
      }
    } catch (e) {
      if (e === exc && isClose) return MISSING;
      if (!(e instanceof PyException)) throw e;
      if (!isClose && isSubtype(e.cls, StopIteration) && !(sub instanceof PyGenerator)) result = e.args.a.length > 0 ? e.args.a[0] : null;
      // the sub-iterator raised: the exception surfaces in this generator at its `yield from`
      else raised = e;
    }
    // (resumed outside the try: what the generator raises now is its own, not the sub-iterator's)
    if (raised !== null) return this.resumeGen(gen, null, raised, false);
    f.sp--;
    f.s[f.sp++] = result;
    f.pc = sendAt + code[sendAt + 1];
    return this.resumeGenRaw(gen, f);
  }

  /** Resume a suspended generator whose frame was already prepared (no value pushed). */
  resumeGenRaw(gen: PyGenerator, f: Frame): Py {
    gen.state = GEN_RUNNING;
    this.genSwapIn(gen);
    f.boundary = true;
    f.back = null;
    this.depth++;
    this.nested++;
    const saveFrame = this.frame;
    this.yielded = false;
    try {
      const r = this.run(f, null);
      if (this.yielded) {
        this.yielded = false;
        return r;
      }
      gen.result = r;
      return STOP;
    } finally {
      f.boundary = false;
      this.depth--;
      this.nested--;
      this.frame = saveFrame;
      current = this;
    }
  }

  /** Calling a coroutine object runs it to completion (as a child task when possible). */
  runCoroutine(g: PyGenerator): Py {
    if (this.scheduler !== null) return this.scheduler.runToCompletion(g);
    return this.runCoroutineNested(g);
  }

  // -- exceptions -----------------------------------------------------------------------------------

  /** Normalise anything thrown inside the loop to a Python exception. */
  toPyException(e: unknown): PyException {
    if (e instanceof PyException) return e;
    const kind = engineErrorKind(e);
    if (kind === "recursion") return recursionExc();
    if (kind === "memory") return newExc(MemoryError, "");
    const err = newExc(SystemError, `internal error: ${e instanceof Error ? e.message : String(e)}`);
    (err as PyException & { jsError?: unknown }).jsError = e;
    return err;
  }

  // -- the loop -------------------------------------------------------------------------------------

  /**
   * Execute from frame `entry` until a boundary frame returns (or yields). With `inject`, the
   * exception is raised at entry's current instruction first (generator.throw).
   */
  run(entry: Frame, inject: PyException | null): Py {
    current = this;
    let f = entry;
    let co: Code = f.code;
    let code: Int32Array = co.code;
    let consts: Py[] = co.consts;
    let s: Py[] = f.s;
    // Every value given to sp and pc, here and wherever the loop below takes them from a field or
    // a call, is `| 0`: with one untyped input, V8 keeps pc as a tagged value and each dispatch
    // tests and untags it (7 of the dispatch's 23 instructions; a range loop 0.85x without them)
    let sp = f.sp | 0;
    let pc = f.pc | 0;
    let pending: PyException | null = inject;
    // raise "at" the yield that suspended the frame, or before the first instruction of one not
    // started (pc -1: the def line in a traceback, as CPython's)
    if (inject !== null) pc -= 1;
    for (;;) {
      if (pending !== null) {
        // ---- exception unwinding ----
        const exc = pending;
        pending = null;
        // the live stack of the frame being unwound (callers: as saved at the call)
        let top = sp;
        for (;;) {
          if (exc.tbFrame !== f) tracebackEntry(exc, f, co, pc);
          if (!exc.uncatchable) {
            const t = co.excTable;
            let h = 0;
            while (h < t.length && !(pc >= t[h] && pc < t[h + 1])) h += 4;
            // `for` loops left by the exception close the generators they own (CPython frees them)
            if (co.ownsIters) this.closeOwned(s, co.nlocals + (h < t.length ? t[h + 3] : 0), top);
            if (h < t.length) {
              sp = co.nlocals + t[h + 3];
              s[sp++] = exc;
              pc = t[h + 2];
              break;
            }
          }
          // pop the frame
          const g = f.gen;
          if (g !== null) {
            g.state = GEN_DONE;
            g.frame = null;
            this.curExc = g.callerExc;
            const stop = isSubtype(exc.cls, StopIteration);
            if ((stop || (g.cls === AsyncGeneratorType && isSubtype(exc.cls, StopAsyncIteration))) && !exc.uncatchable) {
              const re = newExc(RuntimeError, `${genKind(g)} raised ${stop ? "StopIteration" : "StopAsyncIteration"}`);
              // PEP 479: the StopIteration is both cause and context; the RuntimeError's
              // traceback starts in the caller (the generator's entries stay with the cause)
              re.cause = exc;
              re.context = exc;
              re.suppressContext = true;
              if (f.boundary) {
                f.boundary = false;
                // (to the caller's loop it has been raised already: its context stays)
                re.tbFrame = RAISED_IN_CALLEE;
                throw re;
              }
              this.depth--;
              f = f.back!;
              co = f.code;
              code = co.code;
              consts = co.consts;
              s = f.s;
              pc = f.pc | 0;
              pending = re;
              break;
            }
          }
          if (f.boundary) {
            f.sp = co.nlocals;
            throw exc;
          }
          this.depth--;
          f = f.back!;
          co = f.code;
          code = co.code;
          consts = co.consts;
          s = f.s;
          pc = f.pc | 0;
          top = f.sp;
        }
        if (pending !== null) continue;
        // context chaining happens when a handler begins (PUSH_EXC_INFO)
      }
      try {
        for (;;) {
          switch (code[pc]) {
            case 0 /* NOP */:
              pc += 1;
              continue;
            case 1 /* POP_TOP */:
              sp--;
              pc += 1;
              // (`break` out of a `for`: the iterator popped, then the jump forward out of the loop)
              if (code[pc] === 72 /* JUMP */ && code[pc + 1] > 0) pc += code[pc + 1];
              continue;
            case 9 /* LOAD_FAST */: {
              const v = s[code[pc + 1]];
              if (v === undefined) unboundLocal(co.varnames[code[pc + 1]]);
              pc += 2;
              // `for x in xs` over a local list: the loop's GET_ITER done here
              if (code[pc] === 77 /* GET_ITER */ && v instanceof PyList && v.cls.builtin) {
                s[sp++] = new ListIter(v);
                pc += 1;
                continue;
              }
              s[sp++] = v;
              if (code[pc] !== 27 /* LOAD_METHOD */) continue;
            }
            // falls through: `xs.append(f(x))`, a method call left unfused, looks its method up
            // in the same dispatch
            case 27 /* LOAD_METHOD */: {
              const obj = s[sp - 1];
              const k = code[pc + 2] * IC_SIZE;
              const ic = co.ic;
              if ((typeof obj === "object" && obj !== null) || typeof obj === "string") {
                // (str receivers are JS strings: their cache key is the type)
                const key = typeof obj === "string" ? StrType : obj instanceof PyInstance ? obj.shape : obj.cls;
                const j = ic[k] === key && ic[k + 2] === typeEpoch ? k : icProbe(ic, k, key);
                if (j >= 0 && key !== null) {
                  s[sp - 1] = ic[j + 1];
                  s[sp++] = obj;
                  pc += 3;
                  continue;
                }
              }
              this.loadMethod(obj, co.names[code[pc + 1]], s, sp, ic, k);
              sp++;
              pc += 3;
              continue;
            }
            case 10 /* STORE_FAST */:
              s[code[pc + 1]] = s[--sp];
              pc += 2;
              continue;
            case 15 /* LOAD_GLOBAL */: {
              const i = code[pc + 1];
              const g = f.globals;
              let v = g.values[i];
              if (v === undefined) {
                v = g.builtinsCache[i];
                if (v === undefined) v = this.loadGlobalSlow(g, co, i);
              }
              s[sp++] = v;
              pc += 2;
              continue;
            }
            case 137 /* CALL_METHOD_FUSED */: {
              // receiver, method lookup (as LOAD_METHOD), arguments; then the call below
              const obj = operandValue(co, code[pc + 3], s, f, -1, 0);
              const k = code[pc + 5] * IC_SIZE;
              const ic = co.ic;
              let hit = false;
              if ((typeof obj === "object" && obj !== null) || typeof obj === "string") {
                const key = typeof obj === "string" ? StrType : obj instanceof PyInstance ? obj.shape : obj.cls;
                const j = ic[k] === key && ic[k + 2] === typeEpoch ? k : icProbe(ic, k, key);
                if (j >= 0 && key !== null) {
                  const meth = ic[j + 1];
                  if (meth instanceof PyFunction && code[pc + 2] <= 2) {
                    // a method of a user class with at most two arguments: they are evaluated
                    // into locals and go straight into the callee's frame, none of them pushed
                    // (as for CALL_METHOD below, whose checks these are)
                    const fco = meth.code, argc = code[pc + 2], nargs = argc + 1, ac = fco.argcount;
                    if (fco.plainBody && nargs <= ac && (nargs === ac || this.hasDefaults(meth, nargs))) {
                      const li = code[pc + 6], L = co.fusedLists[li];
                      const a = argc > 0 ? operandValue(co, L[0], s, f, li, 0) : undefined;
                      const b = argc > 1 ? operandValue(co, L[1], s, f, li, 1) : undefined;
                      if (this.depth >= this.maxDepth) recursionError();
                      if (fco.inlineBody !== null && !fco.inlineBusy) {
                        if (--this.ticks <= 0) this.tickNoPause();
                        this.frame = f;
                        f.pc = pc;
                        const r = this.callInline(meth, fco, null, 0, argc, obj, a, b);
                        pc += code[pc + 1];
                        if (code[pc] === 10 /* STORE_FAST */ || code[pc] === 1 /* POP_TOP */) pc = foldResult(code, pc, s, r) | 0;
                        else s[sp++] = r;
                        continue;
                      }
                      const nf = this.pooledFrame(meth, fco), ns = nf.s;
                      ns[0] = obj;
                      if (argc > 0) ns[1] = a;
                      if (argc > 1) ns[2] = b;
                      if (nargs < ac) this.fillDefaults(meth, ns, nargs);
                      const p = this.enterFrame(f, pc, sp, nf);
                      f = nf;
                      co = fco;
                      code = co.code;
                      consts = co.consts;
                      s = ns;
                      sp = nf.sp | 0;
                      pc = 0;
                      if (p !== null) return p;
                      continue;
                    }
                  }
                  if ((key === StrType || key === ListType || key === DictType) && meth instanceof PyBuiltin) {
                    // an exact str, list or dict (whose methods are builtins: these types' dicts
                    // cannot change): a method's direct entry is called with the arguments as
                    // they come, none of them pushed (a push of a fresh object is a write
                    // barrier's slow path; loops of `counts.get(w, 0)` over words from split:
                    // 0.96x instructions, of `x = s.isdigit()`: 0.93x)
                    const argc = code[pc + 2];
                    const m = directEntry(meth, argc);
                    if (m !== null && meth.self === undefined) {
                      const li = code[pc + 6], L = co.fusedLists[li];
                      const a = argc > 0 ? operandValue(co, L[0], s, f, li, 0) : undefined;
                      const b = argc > 1 ? operandValue(co, L[1], s, f, li, 1) : undefined;
                      this.frame = f;
                      f.pc = pc;
                      const r2 = m(obj, a, b);
                      pc += code[pc + 1];
                      if (code[pc] === 10 /* STORE_FAST */ || code[pc] === 1 /* POP_TOP */) pc = foldResult(code, pc, s, r2) | 0;
                      else s[sp++] = r2;
                      continue;
                    }
                  }
                  s[sp++] = meth;
                  s[sp++] = obj;
                  hit = true;
                }
              }
              if (!hit) {
                s[sp] = obj;
                this.loadMethod(obj, co.names[code[pc + 4]], s, sp + 1, ic, k);
                sp += 2;
              }
              {
                // the operand list, inline (the hottest push in the VM)
                const L = co.fusedLists[code[pc + 6]];
                for (let t = 0; t < L.length; t++) {
                  const w = L[t], i = w >> 2;
                  let v: Py;
                  switch (w & 3) {
                    case 1 /* OPERAND_LOCAL */:
                      v = s[i];
                      if (v === undefined) this.unboundOperand(co, code[pc + 6], t);
                      break;
                    case 2 /* OPERAND_CONST */:
                      v = consts[i];
                      break;
                    case 3 /* OPERAND_GLOBAL */: {
                      const g = f.globals;
                      v = g.values[i];
                      if (v === undefined) {
                        v = g.builtinsCache[i];
                        if (v === undefined) v = this.loadGlobalSlow(g, co, i, code[pc + 6], t);
                      }
                      break;
                    }
                    default: {
                      let fns = co.fusedFns;
                      if (fns === null) fns = co.fusedFns = buildFused(co);
                      v = fns[i](s, f);
                    }
                  }
                  s[sp++] = v;
                }
              }
            }
            // falls through
            case 28 /* CALL_METHOD */:
            case 29 /* CALL_METHOD_KW */: {
              const mop = code[pc];
              const isKw = mop === 29 /* CALL_METHOD_KW */;
              const argc = mop === 137 /* CALL_METHOD_FUSED */ ? code[pc + 2] : code[pc + 1];
              const kwnames = isKw ? (consts[code[pc + 2]] as PyTuple).a as string[] : null;
              const len = mop === 28 /* CALL_METHOD */ ? 2 : isKw ? 3 : code[pc + 1];
              const self = s[sp - argc - 1];
              const callee = s[sp - argc - 2];
              if (callee instanceof PyFunction) {
                const fco = callee.code;
                const ac = fco.argcount;
                // the receiver is the first argument; a function reached through its class (`C.f(x)`,
                // a static method) has none, and may be memoized as a plain call may (`plain`)
                const own = self === NULL_SELF ? 0 : 1, nargs = argc + own;
                if ((own === 1 ? fco.plainBody : fco.plain) && kwnames === null && nargs <= ac && (nargs === ac || this.hasDefaults(callee, nargs))) {
                  // inline fast path (see CALL; method calls are never memoized)
                  if (this.depth >= this.maxDepth) recursionError();
                  if ((own === 1 ? fco.inlineBody : fco.inlineOps) !== null && !fco.inlineBusy) {
                    if (--this.ticks <= 0) this.tickNoPause();
                    this.frame = f;
                    f.pc = pc;
                    const r = this.callInline(callee, fco, s, sp - argc, argc, self);
                    sp -= argc + 2;
                    pc += len;
                    if (code[pc] === 10 /* STORE_FAST */ || code[pc] === 1 /* POP_TOP */) pc = foldResult(code, pc, s, r) | 0;
                    else s[sp++] = r;
                    continue;
                  }
                  const nf = this.pooledFrame(callee, fco);
                  const ns = nf.s, b = sp - argc;
                  if (own === 1) ns[0] = self;
                  for (let i = 0; i < argc; i++) ns[i + own] = s[b + i];
                  if (nargs < ac) this.fillDefaults(callee, ns, nargs);
                  const p = this.enterFrame(f, pc, b - 2, nf);
                  f = nf;
                  co = fco;
                  code = co.code;
                  consts = co.consts;
                  s = ns;
                  sp = nf.sp | 0;
                  pc = 0;
                  if (p !== null) return p;
                  continue;
                }
              }
              if (callee instanceof PyBuiltin && self !== NULL_SELF && kwnames === null && callee.self === undefined) {
                if (callee === genSend && argc === 1 && self instanceof PyGenerator && self.cls === GeneratorType && self.state !== GEN_DONE) {
                  // `g.send(v)`: the generator's frame runs in this loop, as FOR_ITER and SEND
                  // run it, not in a nested one (its yield completes this call; see YIELD_VALUE
                  // and RETURN_VALUE). A send in a loop: 7.6x python's time through the nested loop.
                  const gf = this.genEnter(self, s[sp - 1])!;
                  f.pc = pc;
                  f.sp = sp;
                  gf.back = f;
                  f = gf;
                  co = f.code;
                  code = co.code;
                  consts = co.consts;
                  s = f.s;
                  sp = f.sp | 0;
                  pc = f.pc | 0;
                  continue;
                }
                // direct entries of hot methods: no argument array
                const m = directEntry(callee, argc);
                if (m !== null) {
                  this.frame = f;
                  f.pc = pc;
                  const r = callDirect(m, self, s, sp, argc);
                  sp -= argc + 2;
                  pc += len;
                  if (code[pc] === 10 /* STORE_FAST */ || code[pc] === 1 /* POP_TOP */) pc = foldResult(code, pc, s, r) | 0;
                  else s[sp++] = r;
                  continue;
                }
              }
              this.frame = f;
              f.pc = pc;
              const r = this.callAny(callee, self, s, sp - argc, argc, kwnames);
              if (r instanceof Frame) {
                f.sp = sp - argc - 2;
                r.back = f;
                f = r;
                co = f.code;
                code = co.code;
                consts = co.consts;
                s = f.s;
                sp = f.sp | 0;
                pc = 0;
                if (this.pausedFrame === f) return PAUSED; // (its time slice is over: see callAny)
                continue;
              }
              sp -= argc + 2;
              if (this.suspendRequest !== null) {
                f.pc = pc + len;
                f.sp = sp;
                return this.suspendHere(f, r);
              }
              s[sp++] = r;
              pc += len;
              continue;
            }
            case 114 /* CALL_FUSED */: {
              // callee and arguments from fused trees; then the call below
              {
                const li = code[pc + 3], L = co.fusedLists[li];
                let t = 0;
                if (L.length <= 3 && code[pc + 4] < 0) {
                  // a plain function with at most two positional arguments: they are evaluated
                  // into locals and go straight into the callee's frame, none of them pushed
                  // (the checks are CALL's below, which takes any other callee)
                  const callee = operandValue(co, L[0], s, f, li, 0);
                  s[sp++] = callee;
                  t = 1;
                  if (callee instanceof PyFunction && callee.code.plain) {
                    const fco = callee.code, argc = L.length - 1, ac = fco.argcount;
                    const a = argc > 0 ? operandValue(co, L[1], s, f, li, 1) : undefined;
                    const b = argc > 1 ? operandValue(co, L[2], s, f, li, 2) : undefined;
                    if (argc <= ac && (argc === ac || this.hasDefaults(callee, argc))) {
                      sp--;
                      if (this.depth >= this.maxDepth) recursionError();
                      if (fco.inlineOps !== null && !fco.inlineBusy) {
                        if (--this.ticks <= 0) this.tickNoPause();
                        this.frame = f;
                        f.pc = pc;
                        const r = this.callInline(callee, fco, null, 0, argc, NULL_SELF, a, b);
                        pc += code[pc + 1];
                        if (code[pc] === 10 /* STORE_FAST */ || code[pc] === 1 /* POP_TOP */) pc = foldResult(code, pc, s, r) | 0;
                        else s[sp++] = r;
                        continue;
                      }
                      const nf = this.pooledFrame(callee, fco), ns = nf.s;
                      if (argc > 0) ns[0] = a;
                      if (argc > 1) ns[1] = b;
                      if (argc < ac) this.fillDefaults(callee, ns, argc);
                      const p = this.enterFrame(f, pc, sp, nf);
                      f = nf;
                      co = fco;
                      code = co.code;
                      consts = co.consts;
                      s = ns;
                      sp = nf.sp | 0;
                      pc = 0;
                      if (p !== null) return p;
                      continue;
                    }
                    if (argc > 0) s[sp++] = a;
                    if (argc > 1) s[sp++] = b;
                    t = L.length;
                  }
                }
                // the operand list, inline (the hottest push in the VM)
                for (; t < L.length; t++) {
                  const w = L[t], i = w >> 2;
                  let v: Py;
                  switch (w & 3) {
                    case 1 /* OPERAND_LOCAL */:
                      v = s[i];
                      if (v === undefined) this.unboundOperand(co, code[pc + 3], t);
                      break;
                    case 2 /* OPERAND_CONST */:
                      v = consts[i];
                      break;
                    case 3 /* OPERAND_GLOBAL */: {
                      const g = f.globals;
                      v = g.values[i];
                      if (v === undefined) {
                        v = g.builtinsCache[i];
                        if (v === undefined) v = this.loadGlobalSlow(g, co, i, code[pc + 3], t);
                      }
                      break;
                    }
                    default: {
                      let fns = co.fusedFns;
                      if (fns === null) fns = co.fusedFns = buildFused(co);
                      v = fns[i](s, f);
                    }
                  }
                  s[sp++] = v;
                }
              }
            }
            // falls through
            case 80 /* CALL */:
            case 81 /* CALL_KW */: {
              const cop = code[pc];
              const fusedCall = cop === 114 /* CALL_FUSED */;
              const argc = fusedCall ? code[pc + 2] : code[pc + 1];
              const kwc = cop === 81 /* CALL_KW */ ? code[pc + 2] : fusedCall ? code[pc + 4] : -1;
              const kwnames = kwc >= 0 ? (consts[kwc] as PyTuple).a as string[] : null;
              const len = cop === 80 /* CALL */ ? 2 : cop === 81 /* CALL_KW */ ? 3 : code[pc + 1];
              const callee = s[sp - argc - 1];
              if (callee instanceof PyFunction) {
                const fco = callee.code;
                const ac = fco.argcount;
                if (fco.plain && kwnames === null && argc <= ac && (argc === ac || this.hasDefaults(callee, argc))) {
                  // inline fast path: positional arguments straight into a pooled frame
                  if (this.depth >= this.maxDepth) recursionError();
                  if (fco.inlineOps !== null && !fco.inlineBusy) {
                    // a straight-line body runs without a frame switch (a pause due here waits
                    // for the next check: tickNoPause)
                    if (--this.ticks <= 0) this.tickNoPause();
                    this.frame = f;
                    f.pc = pc;
                    const r = this.callInline(callee, fco, s, sp - argc, argc, NULL_SELF);
                    sp -= argc + 1;
                    pc += len;
                    if (code[pc] === 10 /* STORE_FAST */ || code[pc] === 1 /* POP_TOP */) pc = foldResult(code, pc, s, r) | 0;
                    else s[sp++] = r;
                    continue;
                  }
                  const nf = this.pooledFrame(callee, fco);
                  const ns = nf.s, b = sp - argc;
                  for (let i = 0; i < argc; i++) ns[i] = s[b + i];
                  if (argc < ac) this.fillDefaults(callee, ns, argc);
                  const p = this.enterFrame(f, pc, b - 1, nf);
                  f = nf;
                  co = fco;
                  code = co.code;
                  consts = co.consts;
                  s = ns;
                  sp = nf.sp | 0;
                  pc = 0;
                  if (p !== null) return p;
                  continue;
                }
                if (
                  kwnames === null && argc >= ac && (fco.flags & VARARGS_MASK) === CO_VARARGS && fco.kwonlyargcount === 0 &&
                  fco.cellvars.length === 0 && fco.memo === null
                ) {
                  // `def wrapper(*args)` (or `def f(a, *rest)`) called positionally: the parameters
                  // and the tuple of the rest go straight into a pooled frame (as enterFunction's
                  // binding, without the generic call's steps)
                  if (this.depth >= this.maxDepth) recursionError();
                  const nf = this.pooledFrame(callee, fco), ns = nf.s, b = sp - argc;
                  for (let i = 0; i < ac; i++) ns[i] = s[b + i];
                  ns[ac] = argc === ac ? EMPTY_TUPLE : new PyTuple(cut(s, b + ac, sp));
                  const p = this.enterFrame(f, pc, b - 1, nf);
                  f = nf;
                  co = fco;
                  code = co.code;
                  consts = co.consts;
                  s = ns;
                  sp = nf.sp | 0;
                  pc = 0;
                  if (p !== null) return p;
                  continue;
                }
                if (kwnames !== null && fco.plain && fco.inlineOps !== null && !fco.inlineBusy) {
                  // `f(x, key=v)` to a straight-line function: inline too, the keywords bound as
                  // a frame's are (measured: `f(i, c=1)` 2.6x python's time through a frame)
                  if (this.depth >= this.maxDepth) recursionError();
                  if (--this.ticks <= 0) this.tickNoPause();
                  this.frame = f;
                  f.pc = pc;
                  const r = this.callInlineKw(callee, fco, s, sp - argc, argc, kwnames);
                  sp -= argc + 1;
                  pc += len;
                  if (code[pc] === 10 /* STORE_FAST */ || code[pc] === 1 /* POP_TOP */) pc = foldResult(code, pc, s, r) | 0;
                  else s[sp++] = r;
                  continue;
                }
              }
              if (kwnames === null && argc <= 2) {
                // direct entries of hot builtins (len, str, int, isinstance, ...): no argument array
                const d = callee instanceof PyBuiltin ? (callee.self !== undefined ? null : argc === 1 ? callee.call1 : argc === 2 ? callee.call2 : null)
                  : callee instanceof PyType && argc === 1 ? callee.call1 : null;
                if (d !== null) {
                  this.frame = f;
                  f.pc = pc;
                  const r = argc === 1 ? (d as (a: Py) => Py)(s[sp - 1]) : d(s[sp - 2], s[sp - 1]);
                  sp -= argc + 1;
                  pc += len;
                  const nx = code[pc];
                  if (nx === 10 /* STORE_FAST */ || nx === 1 /* POP_TOP */) pc = foldResult(code, pc, s, r) | 0;
                  else if ((nx === 77 /* GET_ITER */ || nx === 144 /* GET_ITER_OWN */) && (r instanceof PyIterator || r instanceof PyRange)) {
                    // `for x in range(n)`, `reversed(s)`, `enumerate(s)`: the loop's GET_ITER done here
                    s[sp++] = r instanceof PyRange ? builtinIter(r)! : r;
                    pc += 1;
                  } else s[sp++] = r;
                  continue;
                }
              }
              this.frame = f;
              f.pc = pc;
              const r = this.callAny(callee, NULL_SELF, s, sp - argc, argc, kwnames);
              if (r instanceof Frame) {
                f.sp = sp - argc - 1;
                r.back = f;
                f = r;
                co = f.code;
                code = co.code;
                consts = co.consts;
                s = f.s;
                sp = f.sp | 0;
                pc = 0;
                if (this.pausedFrame === f) return PAUSED; // (its time slice is over: see callAny)
                continue;
              }
              sp -= argc + 1;
              if (this.suspendRequest !== null) {
                f.pc = pc + len;
                f.sp = sp;
                return this.suspendHere(f, r);
              }
              s[sp++] = r;
              pc += len;
              continue;
            }
            case 82 /* CALL_EX */: {
              const a = code[pc + 1], hasKw = (a & 1) === 1;
              let kwd: PyDict | null = hasKw ? s[sp - 1] : null;
              const pv = s[sp - (hasKw ? 2 : 1)];
              const callee = s[sp - (hasKw ? 3 : 2)];
              let items: Py[];
              if (a & 2) {
                // `f(*x)` / `f(*x, **k)` (the mapping is checked first, as CPython does)
                if (kwd !== null && !plainDict(kwd)) {
                  const d = new PyDict();
                  this.dictMerge(d, kwd, callee);
                  kwd = d;
                }
                items = plainItems(pv) ?? this.iterToArrayStar(pv, callee);
              } else items = (pv as PyTuple).a;
              chargeWork(items.length);
              let kwnames: string[] | null = null;
              const noKw = kwd === null || kwd.m.size === 0;
              if (callee instanceof PyFunction && callee.code.plain) {
                // `f(*args)` and `f(*args, **kwargs)` to a plain function: the arguments are bound
                // straight into the locals its call runs in, the inline frame of a straight-line
                // body or a pooled frame (no argument array, keyword names or generic binding);
                // a binding error takes the generic path, which raises it
                const fco = callee.code;
                const inl = fco.inlineOps !== null && !fco.inlineBusy;
                if (this.depth >= this.maxDepth) recursionError();
                const nf = inl ? this.inlineFrame(callee, fco) : this.pooledFrame(callee, fco);
                if (bindStar(callee, fco, nf.s, items, noKw ? null : kwd)) {
                  if (inl) {
                    if (--this.ticks <= 0) this.tickNoPause();
                    this.frame = f;
                    f.pc = pc;
                    const r = this.callInline(callee, fco, nf.s, 0, fco.argcount, NULL_SELF);
                    sp -= hasKw ? 3 : 2;
                    s[sp++] = r;
                    pc += 2;
                    continue;
                  }
                  const p = this.enterFrame(f, pc, sp - (hasKw ? 3 : 2), nf);
                  f = nf;
                  co = fco;
                  code = co.code;
                  consts = co.consts;
                  s = nf.s;
                  sp = nf.sp | 0;
                  pc = 0;
                  if (p !== null) return p;
                  continue;
                }
                if (!inl) fco.framePool.push(nf);
              }
              // a Python function copies its arguments into its frame: no copy needed for it
              const args = callee instanceof PyFunction && noKw ? items : items.slice();
              if (!noKw) kwnames = keywordsOf(kwd!, args);
              this.frame = f;
              f.pc = pc;
              const r = this.callAny(callee, NULL_SELF, args, 0, args.length, kwnames);
              if (r instanceof Frame) {
                f.sp = sp - (hasKw ? 3 : 2);
                r.back = f;
                f = r;
                co = f.code;
                code = co.code;
                consts = co.consts;
                s = f.s;
                sp = f.sp | 0;
                pc = 0;
                if (this.pausedFrame === f) return PAUSED; // (see callAny)
                continue;
              }
              sp -= hasKw ? 3 : 2;
              if (this.suspendRequest !== null) {
                f.pc = pc + 2;
                f.sp = sp;
                return this.suspendHere(f, r);
              }
              s[sp++] = r;
              pc += 2;
              continue;
            }
            case 79 /* RETURN_VALUE */:
            case 133 /* RETURN_CONST */:
            case 138 /* RETURN_FAST */:
            case 139 /* FUSED_RETURN */: {
              const rop = code[pc];
              let v: Py;
              if (rop === 79 /* RETURN_VALUE */) v = s[--sp];
              else if (rop === 133 /* RETURN_CONST */) v = consts[code[pc + 1]];
              else if (rop === 138 /* RETURN_FAST */) {
                v = s[code[pc + 1]];
                if (v === undefined) unboundLocal(co.varnames[code[pc + 1]]);
              } else {
                let fns = co.fusedFns;
                if (fns === null) fns = co.fusedFns = buildFused(co);
                f.sp = sp;
                v = fns[code[pc + 1]](s, f);
              }
              if (f.gen !== null) {
                // generator finished
                const g = f.gen;
                g.state = GEN_DONE;
                g.frame = null;
                g.result = v;
                this.curExc = g.callerExc;
                if (f.boundary) {
                  f.boundary = false;
                  return v;
                }
                this.depth--;
                f = f.back!;
                co = f.code;
                code = co.code;
                consts = co.consts;
                s = f.s;
                sp = f.sp | 0;
                pc = f.pc | 0;
                // complete the resuming instruction with exhaustion
                if (code[pc] === 78 /* FOR_ITER */ || code[pc] === 136 /* FOR_ITER_STORE */ || code[pc] === 146 /* FOR_ITER_UNPACK */ || code[pc] === 157 /* FOR_ITER_APPEND */) {
                  sp--;
                  pc += code[pc + 1];
                } else if (code[pc] === 111 /* SEND */) {
                  // (an async generator that ends: its awaited __anext__() raises StopAsyncIteration)
                  if (g.cls === AsyncGeneratorType) raise(StopAsyncIteration);
                  sp -= 2;
                  s[sp++] = v;
                  pc += code[pc + 1];
                } else if (code[pc] === 28 /* CALL_METHOD */ || code[pc] === 137 /* CALL_METHOD_FUSED */) {
                  // g.send(v) (see CALL_METHOD): StopIteration with the return value, raised by the call
                  g.result = undefined; // (it travels with this StopIteration only)
                  this.frame = f;
                  pending = new PyException(StopIteration, new PyTuple(v === null ? [] : [v]));
                  if (pending.tbFrame !== f) this.chainHandled(pending);
                  break;
                } else {
                  throw new Error("internal: generator returned to unexpected instruction");
                }
                continue;
              }
              for (;;) {
                let rv = v;
                if (f.initSelf !== null) {
                  if (v !== null) typeError(`__init__() should return None, not '${typeName(v)}'`);
                  rv = f.initSelf;
                }
                if (f.boundary) {
                  f.sp = sp;
                  if (f.memoOn) this.memo.onReturn(f, rv, this);
                  return rv;
                }
                if (f.memoOn) this.memo.onReturn(f, rv, this);
                this.depth--;
                const done = f;
                f = f.back!;
                if (done.code.cellvars.length === 0 && done.code.framePool.length < 8) this.releaseFrame(done);
                co = f.code;
                code = co.code;
                consts = co.consts;
                s = f.s;
                sp = f.sp | 0;
                pc = f.pc | 0;
                // continue after the call instruction (fused calls record their own length), whose
                // STORE_FAST or POP_TOP the return does (see foldResult)
                const cop = code[pc];
                pc += cop === 114 /* CALL_FUSED */ || cop === 137 /* CALL_METHOD_FUSED */ ? code[pc + 1] : 1 + OP_ARGS[cop];
                // `return self.work(x)`: the caller's own return of the value, without a dispatch
                // (a generator's return finishes it: that one is dispatched)
                if (code[pc] === 79 /* RETURN_VALUE */ && f.gen === null) {
                  v = rv;
                  continue;
                }
                if (code[pc] === 10 /* STORE_FAST */ || code[pc] === 1 /* POP_TOP */) pc = foldResult(code, pc, s, rv) | 0;
                else s[sp++] = rv;
                break;
              }
              continue;
            }
            case 34 /* BINARY_ADD */:
            case 35 /* BINARY_SUB */:
            case 36 /* BINARY_MUL */:
            case 37 /* BINARY_TRUEDIV */:
            case 38 /* BINARY_FLOORDIV */:
            case 39 /* BINARY_MOD */:
            case 41 /* BINARY_LSHIFT */:
            case 42 /* BINARY_RSHIFT */:
            case 43 /* BINARY_AND */:
            case 44 /* BINARY_OR */:
            case 45 /* BINARY_XOR */:
            case 47 /* INPLACE_ADD */:
            case 48 /* INPLACE_SUB */:
            case 49 /* INPLACE_MUL */:
            case 50 /* INPLACE_TRUEDIV */:
            case 51 /* INPLACE_FLOORDIV */:
            case 52 /* INPLACE_MOD */:
            case 54 /* INPLACE_LSHIFT */:
            case 55 /* INPLACE_RSHIFT */:
            case 56 /* INPLACE_AND */:
            case 57 /* INPLACE_OR */:
            case 58 /* INPLACE_XOR */:
            case 64 /* COMPARE_LT */:
            case 65 /* COMPARE_LE */:
            case 66 /* COMPARE_EQ */:
            case 67 /* COMPARE_NE */:
            case 68 /* COMPARE_GT */:
            case 69 /* COMPARE_GE */: {
              // unfused operators (expressions mostly run fused): out of line, keeping this loop small
              s[sp - 2] = stackOp(code[pc], s[sp - 2], s[sp - 1]);
              sp--;
              pc += 1;
              continue;
            }
            case 72 /* JUMP */: {
              const d = code[pc + 1];
              if (d <= 0 && (this.ticks += d - 1) <= 0) {
                f.pc = pc + d;
                f.sp = sp;
                const p = this.slice(f);
                if (p !== null) return p;
              }
              pc += d;
              continue;
            }
            case 73 /* POP_JUMP_IF_FALSE */: {
              const v = s[--sp];
              if (v === false || (v !== true && !pyBool(v))) {
                const d = code[pc + 1];
                if (d <= 0 && (this.ticks += d - 1) <= 0) {
                  f.pc = pc + d;
                  f.sp = sp;
                  const p = this.slice(f);
                  if (p !== null) return p;
                }
                pc += d;
              } else pc += 2;
              continue;
            }
            case 74 /* POP_JUMP_IF_TRUE */: {
              const v = s[--sp];
              if (v === true || (v !== false && pyBool(v))) {
                const d = code[pc + 1];
                if (d <= 0 && (this.ticks += d - 1) <= 0) {
                  f.pc = pc + d;
                  f.sp = sp;
                  const p = this.slice(f);
                  if (p !== null) return p;
                }
                pc += d;
              } else pc += 2;
              continue;
            }
            case 77 /* GET_ITER */:
            case 144 /* GET_ITER_OWN */: {
              const v = s[sp - 1];
              if (!(v instanceof PyIterator)) {
                // (a coroutine is no iterator: getIterAny raises)
                if (!(v instanceof PyGenerator) || v.cls === CoroutineType) s[sp - 1] = getIterAny(v);
                else if (code[pc] === 144 /* GET_ITER_OWN */ && v.born === this.work - this.ticks) v.loopOwned = true;
              }
              pc += 1;
              continue;
            }
            case 126 /* FUSED_STORE_FAST */:
            case 142 /* FUSED_STORE_FAST_SHORT */:
            case 131 /* FUSED_STMT */: {
              let fns = co.fusedFns;
              if (fns === null) fns = co.fusedFns = buildFused(co);
              // (trees may read values already on the stack (N_STACK): they find sp in the frame)
              const op = code[pc], t = code[pc + 1];
              f.sp = sp;
              const v = fns[t](s, f);
              sp -= co.fusedPops[t];
              if (op === 126 /* FUSED_STORE_FAST */) {
                s[code[pc + 3]] = v;
                pc += code[pc + 2];
              } else if (op === 142 /* FUSED_STORE_FAST_SHORT */) {
                s[code[pc + 2]] = v;
                pc += 3;
              } else pc += code[pc + 2];
              // a loop body's last statement goes on into the loop's jump back, without a dispatch
              if (code[pc] !== 147 /* JUMP_FOR */) continue;
            }
            // falls through
            case 147 /* JUMP_FOR */: {
              // a loop's jump back to its FOR_ITER*, which then runs without a dispatch of its own
              const d = code[pc + 1];
              if ((this.ticks += d - 1) <= 0) {
                f.pc = pc + d;
                f.sp = sp;
                const p = this.slice(f);
                if (p !== null) return p;
              }
              pc += d;
            }
            // falls through
            case 78 /* FOR_ITER */:
            case 136 /* FOR_ITER_STORE */:
            case 146 /* FOR_ITER_UNPACK */:
            case 157 /* FOR_ITER_APPEND */: {
              // FOR_ITER_STORE: the next instruction is STORE_FAST, done here for the fast iterators;
              // FOR_ITER_UNPACK: UNPACK_SEQUENCE n and n STORE_FASTs follow, done here for an exact
              // tuple or list of n items (anything else goes through those instructions)
              const it = s[sp - 1];
              const fop = code[pc];
              if (fop === 157 /* FOR_ITER_APPEND */ && it instanceof PyIterator) {
                // a comprehension over a builtin iterator runs here (see appendLoop); the
                // instructions after this one take one item when the time slice is nearly over
                const r = this.appendLoop(co, it, s, sp, f, pc);
                if (r >= 0) {
                  sp--;
                  pc = r | 0;
                  continue;
                }
                if (r === -2) {
                  // (an item for the loop's own UNPACK_SEQUENCE, pushed)
                  sp++;
                  pc += 2;
                  continue;
                }
              }
              // the kind of iterator this loop stepped last, checked with an instanceof that
              // succeeds (see iterKind)
              let hints = co.iterHints;
              if (hints === null) hints = co.iterHints = new Uint8Array(code.length);
              let kind = hints[pc];
              if (
                !(kind === ITER_RANGE ? it instanceof RangeIter : kind === ITER_LIST ? it instanceof ListIter : kind === ITER_NEXT ? it instanceof PyIterator : kind === ITER_GEN && it instanceof PyGenerator)
              ) hints[pc] = kind = iterKind(it);
              let v: Py;
              if (kind === ITER_RANGE) v = rangeNext(it);
              else if (kind === ITER_LIST) v = listNext(it);
              else if (kind === ITER_NEXT) v = it.next();
              else if (kind === ITER_GEN) {
                // resume the generator frame in this loop (its value arrives through YIELD_VALUE)
                if (it.cls !== GeneratorType && it.cls !== AsyncGeneratorType && it.cls !== CoroutineType) typeError(`'${typeName(it)}' object is not an iterator`);
                const gf = this.genEnter(it, null);
                if (gf === null) {
                  sp--;
                  pc += code[pc + 1];
                  continue;
                }
                f.pc = pc;
                f.sp = sp;
                gf.back = f;
                f = gf;
                co = f.code;
                code = co.code;
                consts = co.consts;
                s = f.s;
                sp = f.sp | 0;
                pc = f.pc | 0;
                continue;
              } else v = this.iterNextOther(it);
              if (v === STOP) {
                sp--;
                pc += code[pc + 1];
              } else if (fop === 136 /* FOR_ITER_STORE */ || (fop === 157 /* FOR_ITER_APPEND */ && code[pc + 2] === 10 /* STORE_FAST */)) {
                s[code[pc + 3]] = v;
                pc += 4;
              } else if (fop !== 78 /* FOR_ITER */ && (v instanceof PyTuple || v instanceof PyList) && v.cls.builtin && v.a.length === code[pc + 3]) {
                // (FOR_ITER_UNPACK, or FOR_ITER_APPEND in its place)
                const a = v.a, n = a.length;
                for (let k = 0; k < n; k++) s[code[pc + 5 + 2 * k]] = a[k];
                pc += 4 + 2 * n;
              } else {
                s[sp++] = v;
                pc += 2;
              }
              continue;
            }
            case 89 /* LIST_APPEND */: {
              const v = s[--sp];
              (s[sp - code[pc + 1]] as PyList).a.push(v);
              pc += 2;
              continue;
            }
            case 109 /* YIELD_VALUE */:
            case 152 /* YIELD_ASYNC */: {
              const v = s[--sp];
              const g = f.gen!;
              f.pc = pc + 1;
              f.sp = sp;
              g.state = GEN_SUSPENDED;
              if (this.curExc !== g.callerExc || g.excState !== null) this.genSwapOut(g);
              if (f.boundary) {
                f.boundary = false;
                this.yielded = true;
                return v;
              }
              this.depth--;
              const caller = f.back!;
              f.back = null;
              f = caller;
              co = f.code;
              code = co.code;
              consts = co.consts;
              s = f.s;
              sp = f.sp | 0;
              pc = f.pc | 0;
              const rop = code[pc];
              if (rop === 136 /* FOR_ITER_STORE */ || (rop === 157 /* FOR_ITER_APPEND */ && code[pc + 2] === 10 /* STORE_FAST */)) {
                // the loop's STORE_FAST, done here (as FOR_ITER does for the fast iterators)
                s[code[pc + 3]] = v;
                pc += 4;
              } else if (rop === 78 /* FOR_ITER */ || rop === 146 /* FOR_ITER_UNPACK */ || rop === 157 /* FOR_ITER_APPEND */) {
                s[sp++] = v;
                pc += 2;
              } else if (rop === 28 /* CALL_METHOD */ || rop === 137 /* CALL_METHOD_FUSED */) {
                // g.send(v) (see CALL_METHOD): the value is the call's result
                sp -= 3;
                s[sp++] = v;
                pc += rop === 137 ? code[pc + 1] : 2;
              } else if (rop === 111 /* SEND */) {
                if (g.cls === AsyncGeneratorType && ownYield(g)) {
                  // an async generator's own value: the result of the __anext__() being awaited
                  sp -= 2;
                  s[sp++] = v;
                  pc += code[pc + 1];
                } else {
                  s[sp - 1] = v;
                  pc += 2;
                }
              } else throw new Error("internal: yield to unexpected instruction");
              continue;
            }
            case 111 /* SEND */: {
              const v = s[sp - 1];
              const it = s[sp - 2];
              if (it instanceof PyGenerator) {
                const gf = this.genEnter(it, v);
                if (gf === null) {
                  // finished already (result in it.result); an exhausted async generator's __anext__()
                  if (it.cls === AsyncGeneratorType) raise(StopAsyncIteration);
                  sp -= 2;
                  s[sp++] = it.result === undefined ? null : it.result;
                  pc += code[pc + 1];
                  continue;
                }
                sp--;
                f.pc = pc;
                f.sp = sp + 1;
                gf.back = f;
                f = gf;
                co = f.code;
                code = co.code;
                consts = co.consts;
                s = f.s;
                sp = f.sp | 0;
                pc = f.pc | 0;
                continue;
              }
              // a plain iterator: next() or send()
              let r: Py;
              stopInfo.value = null;
              this.lastStopValue = null;
              if (v === null) r = it instanceof PyIterator ? it.next() : this.iterNextOther(it);
              else r = this.sendTo(it, v);
              if (r === STOP) {
                sp -= 2;
                s[sp++] = this.lastStopValue ?? stopInfo.value;
                this.lastStopValue = null;
                pc += code[pc + 1];
              } else {
                s[sp - 1] = r;
                pc += 2;
              }
              continue;
            }
            case 125 /* FUSED_EXPR */: {
              let fns = co.fusedFns;
              if (fns === null) fns = co.fusedFns = buildFused(co);
              s[sp++] = fns[code[pc + 1]](s, f);
              pc += code[pc + 2];
              continue;
            }
            case 143 /* FUSED_EXPR_SHORT */: {
              let fns = co.fusedFns;
              if (fns === null) fns = co.fusedFns = buildFused(co);
              const t = code[pc + 1];
              f.sp = sp;
              const v = fns[t](s, f);
              sp -= co.fusedPops[t];
              s[sp++] = v;
              pc += 2;
              continue;
            }
            case 127 /* FUSED_JUMP_IF_FALSE */: {
              let fns = co.fusedFns;
              if (fns === null) fns = co.fusedFns = buildFused(co);
              const t = code[pc + 2];
              f.sp = sp;
              const v = fns[t](s, f);
              sp -= co.fusedPops[t];
              if (v === false || (v !== true && !pyBool(v))) {
                const d = code[pc + 1];
                if (d <= 0 && (this.ticks += d - 1) <= 0) {
                  f.pc = pc + d;
                  f.sp = sp;
                  const p = this.slice(f);
                  if (p !== null) return p;
                }
                pc += d;
              } else pc += code[pc + 3];
              continue;
            }
            case 128 /* FUSED_JUMP_IF_TRUE */: {
              let fns = co.fusedFns;
              if (fns === null) fns = co.fusedFns = buildFused(co);
              const t = code[pc + 2];
              f.sp = sp;
              const v = fns[t](s, f);
              sp -= co.fusedPops[t];
              if (v === true || (v !== false && pyBool(v))) {
                const d = code[pc + 1];
                if (d <= 0 && (this.ticks += d - 1) <= 0) {
                  f.pc = pc + d;
                  f.sp = sp;
                  const p = this.slice(f);
                  if (p !== null) return p;
                }
                pc += d;
              } else pc += code[pc + 3];
              continue;
            }
            case 132 /* FUSED_PUSH */: {
              const li = code[pc + 1];
              const pops = co.fusedListPops[li];
              if (pops === 0) sp = pushOperands(co, li, s, sp, f) | 0;
              else sp = this.pushPopping(co, li, s, sp, f, pops) | 0;
              pc += code[pc + 2];
              continue;
            }
            case 140 /* STORE_CONST_FAST */:
              // (a run of them, `ok = True; k = 0`, in one dispatch)
              do {
                s[code[pc + 2]] = consts[code[pc + 1]];
                pc += 4;
              } while (code[pc] === 140 /* STORE_CONST_FAST */);
              continue;
            case 141 /* MOVE_FAST */: {
              const v = s[code[pc + 1]];
              if (v === undefined) unboundLocal(co.varnames[code[pc + 1]]);
              s[code[pc + 2]] = v;
              pc += 4;
              continue;
            }
            case 100 /* RAISE */:
            case 101 /* RERAISE */: {
              this.frame = f;
              f.pc = pc;
              pending = this.raised(f, s, sp, pc);
              sp = this.rareSp | 0;
              if (pending.tbFrame !== f) this.chainHandled(pending); // (as the catch below)
              break;
            }
            default:
              // everything else runs outside the loop (see `rare`)
              pc = this.rare(f, co, s, sp, pc) | 0;
              sp = this.rareSp | 0;
              continue;
          }
          // only `break` from the switch gets here: an exception is pending
          break;
        }
      } catch (e) {
        pending = this.toPyException(e);
        if (this.faultPc >= 0) {
          pc = this.faultPc | 0;
          this.faultPc = -1;
        }
        if (pending.tbFrame !== f) this.chainHandled(pending);
        if (this.suspendRequest !== null) this.suspendRequest = null;
      }
    }
  }

  /**
   * The loop of a FOR_ITER_APPEND at `pc` over the builtin iterator `it` (TOS): each item goes into
   * the loop's local, through its filter, the statements before an append and the value trees,
   * and onto the list or set below (or the list in a local). Charges
   * the budget as the loop's own jumps do. Returns the loop's exit when the iterator is done, or
   * -1 when the time slice is nearly over: the instruction then takes the next item as
   * FOR_ITER_STORE does, and the loop's instructions (and its JUMP_FOR's check) run that item.
   * (Measured: `[ch for ch in text]` in a loop 0.64 -> 0.38 s CPU, with a filtered list and a set
   * comprehension 1.29 -> 0.83 s. A loop body of several fused statements: 0.84x; over short
   * lists, as nbody's 10 pairs, only once ranges and lists are read inline here: 1.13x before.)
   */
  appendLoop(co: Code, it: PyIterator, s: Py[], sp: number, f: Frame, pc: number): number {
    const plan = co.loops!.get(pc)!;
    let fns = co.fusedFns;
    if (fns === null) fns = co.fusedFns = buildFused(co);
    const value = fns[plan[0]], filter = plan[1] >= 0 ? fns[plan[1]] : null;
    const kind = plan[2], where = plan[3], back = plan[4], skip = plan[5], n = plan[8];
    const pre = plan[9] >= 0 ? fns[plan[9]] : null;
    const pairs = n === 2 && it instanceof DictIter && it.kind === 2;
    const step = iterKind(it);
    // the list or set below on the stack, or (kind -1) the local holding the list
    const target = kind < 0 ? null : s[sp - where];
    const list = kind === 89 /* LIST_APPEND */ ? (target as PyList).a : null;
    const slot = co.code[pc + 3];
    // (each item costs at most the larger of the two charges)
    const most = back < skip ? -back : -skip;
    f.sp = sp;
    let at = -1;
    try {
      while (this.ticks > most) {
        let into = list;
        if (kind === -1) {
          // `out.append(v)`: out must be an exact list (its append cannot be replaced)
          const o = s[where];
          if (!(o instanceof PyList) || o.cls !== ListType) return -1;
          into = o.a;
        }
        if (pairs) {
          // `for k, v in d.items()`: the entry straight into the two variables (no tuple)
          const k = (it as DictIter).nextEntry();
          if (k === STOP) return pc + co.code[pc + 1];
          s[co.code[pc + 5]] = k;
          s[co.code[pc + 7]] = (it as DictIter).value;
        } else {
          // (ranges and lists read here, as FOR_ITER_STORE reads them: no call per item)
          const v = step === ITER_RANGE ? rangeNext(it as RangeIter) : step === ITER_LIST ? listNext(it as ListIter) : it.next();
          if (v === STOP) return pc + co.code[pc + 1];
          if (n === 0) s[slot] = v;
          else if ((v instanceof PyTuple || v instanceof PyList) && v.cls.builtin && v.a.length === n) {
            const a = v.a;
            for (let k = 0; k < n; k++) s[co.code[pc + 5 + 2 * k]] = a[k];
          } else {
            // anything else is unpacked by the loop's UNPACK_SEQUENCE (or its error raised there)
            s[sp] = v;
            return -2;
          }
        }
        if (filter !== null) {
          at = plan[6];
          const c = filter(s, f);
          if (c === false || (c !== true && !pyBool(c))) {
            this.ticks += skip;
            continue;
          }
        }
        if (pre !== null) {
          at = plan[10];
          pre(s, f);
          // (they cannot rebind the list's local, but may have replaced its items)
          if (kind === -1) into = (s[where] as PyList).a;
        }
        at = plan[7];
        const x = value(s, f);
        if (into !== null) into.push(x);
        else if (kind !== -2) setAdd(target, x);
        this.ticks += back;
        at = -1;
      }
    } catch (e) {
      // reported at the filter's or the value's own line (a loop statement's body)
      if (at >= 0 && this.faultPc < 0) this.faultPc = at;
      throw e;
    }
    return -1;
  }


  /**
   * Any call the loop's inline fast paths did not take: args in src[base .. base+argc) (keyword
   * values last), `self` for method calls (NULL_SELF otherwise). Returns a Frame to switch to
   * (depth already counted) or the result. Out of line so `run` stays small. When the call's
   * periodic check finds the time slice over, the new frame is also `pausedFrame`: the loop pauses
   * at its first instruction (see callSlice).
   */
  callAny(callee: Py, self: Py, src: Py[], base: number, argc: number, kwnames: string[] | null): Py {
    if (callee instanceof PyFunction) {
      if (self === NULL_SELF) {
        const nf = this.callPy(callee, src, base, argc, kwnames);
        return nf !== null ? nf : this.callResult;
      }
      const due = --this.ticks <= 0 && this.tick();
      if (this.depth >= this.maxDepth) recursionError();
      const nf = this.enterFunction(callee, src, base, argc, kwnames, self);
      if (nf instanceof Frame) {
        this.depth++;
        if (due) this.pausedFrame = nf;
      } else if (due) this.pausePending(PENDING_TICKS);
      return nf;
    }
    let r: Py;
    if (self !== NULL_SELF) {
      const args: Py[] = [self];
      for (let i = 0; i < argc; i++) args.push(src[base + i]);
      r = callee instanceof PyBuiltin && callee.self === undefined ? callee.fn(args, kwnames) : this.callValue(callee, args, 0, argc + 1, kwnames);
    } else r = this.callValue(callee, src, base, argc, kwnames);
    if (r instanceof Frame) {
      const due = --this.ticks <= 0 && this.tick();
      if (this.depth >= this.maxDepth) recursionError();
      this.depth++;
      if (due) this.pausedFrame = r;
    }
    return r;
  }

  /**
   * Call a function whose body is fused statements, forward jumps and returns, with no loop
   * (Code.inlineBody), without switching frames: its trees run on the code's own inline frame.
   * Tracebacks still show the callee's line. The caller has checked arity, budget and depth.
   * The arguments are src[base, base + argc), or, where src is null, `a` and `b` (at most two).
   * (Measured: calls of small helpers such as `entry(i, j)` in spectral_norm.py about 2x faster.)
   */
  callInline(fn: PyFunction, co: Code, src: Py[] | null, base: number, argc: number, self: Py, a?: Py, b?: Py): Py {
    const fr = this.inlineFrame(fn, co);
    const s = fr.s;
    let j = 0;
    if (self !== NULL_SELF) s[j++] = self;
    if (src === null) {
      // (at most two arguments, evaluated by the caller into a and b: see CALL_FUSED)
      if (argc > 0) s[j++] = a!;
      if (argc > 1) s[j++] = b!;
    } else for (let i = 0; i < argc; i++) s[j++] = src[base + i];
    if (j < co.argcount) this.fillDefaults(fn, s, j);
    for (let i = co.argcount; i < co.nlocals; i++) s[i] = undefined;
    if (this.depth + 1 > this.peakDepth) this.peakDepth = this.depth + 1;
    let fns = co.fusedFns;
    if (fns === null) fns = co.fusedFns = buildFused(co);
    const code = co.code, ops = co.inlineBody!;
    co.inlineBusy = true;
    let k = 0; // a pair index: ops[k] is the instruction's offset, ops[k + 1] a jump's target
    try {
      for (;;) {
        const pc = ops[k];
        const op = code[pc];
        switch (op) {
          case 131 /* FUSED_STMT */:
            fns[code[pc + 1]](s, fr);
            k += 2;
            break;
          case 126 /* FUSED_STORE_FAST */:
            s[code[pc + 3]] = fns[code[pc + 1]](s, fr);
            k += 2;
            break;
          case 127 /* FUSED_JUMP_IF_FALSE */: {
            const v = fns[code[pc + 2]](s, fr);
            k = v === false || (v !== true && !pyBool(v)) ? ops[k + 1] : k + 2;
            break;
          }
          case 128 /* FUSED_JUMP_IF_TRUE */: {
            const v = fns[code[pc + 2]](s, fr);
            k = v === true || (v !== false && pyBool(v)) ? ops[k + 1] : k + 2;
            break;
          }
          case 72 /* JUMP */:
            k = ops[k + 1];
            break;
          case 140 /* STORE_CONST_FAST */:
            s[code[pc + 2]] = co.consts[code[pc + 1]];
            k += 2;
            break;
          case 141 /* MOVE_FAST */: {
            const v = s[code[pc + 1]];
            if (v === undefined) unboundLocal(co.varnames[code[pc + 1]]);
            s[code[pc + 2]] = v;
            k += 2;
            break;
          }
          case 15 /* LOAD_GLOBAL, then RAISE 1 (see straightLine) */: {
            // (the global read as a fused operand is: module slot, builtins, then the slow lookup)
            const v = operandValue(co, (code[pc + 1] << 2) | OPERAND_GLOBAL, s, fr, -1, 0);
            this.faultPc = pc + 2; // (raised at the RAISE, which may be on another line)
            this.raiseValue(v);
            break;
          }
          case 114 /* CALL_FUSED, then RAISE 1 */: {
            const li = code[pc + 3];
            const L = co.fusedLists[li];
            const callee = operandValue(co, L[0], s, fr, li, 0);
            const args: Py[] = [];
            for (let t = 1; t < L.length; t++) args.push(operandValue(co, L[t], s, fr, li, t));
            const kwc = code[pc + 4];
            // (code the call runs sees this call's depth, as in a frame of its own)
            this.depth++;
            let v: Py;
            try {
              v = callObject(callee, args, kwc >= 0 ? (co.consts[kwc] as PyTuple).a as string[] : null);
            } finally {
              this.depth--;
            }
            this.faultPc = pc + code[pc + 1];
            this.raiseValue(v);
            break;
          }
          case 139 /* FUSED_RETURN */: {
            const v = fns[code[pc + 1]](s, fr);
            co.inlineBusy = false;
            return v;
          }
          case 138 /* RETURN_FAST */: {
            const v = s[code[pc + 1]];
            if (v === undefined) unboundLocal(co.varnames[code[pc + 1]]);
            co.inlineBusy = false;
            return v;
          }
          default:
            co.inlineBusy = false;
            return co.consts[code[pc + 1]]; // RETURN_CONST
        }
      }
    } catch (e) {
      // (no finally: V8 runs one as a catch and a second throw, about 0.2 µs more per exception)
      co.inlineBusy = false;
      // the callee's traceback entry, as if it had had its own frame
      const exc = this.toPyException(e);
      if (exc.tbFrame !== fr) tracebackEntry(exc, fr, co, this.faultPc >= 0 ? this.faultPc : ops[k]);
      this.faultPc = -1;
      throw exc;
    }
  }

  /** The code's inline frame, set up for a call of fn (its locals are the caller's to fill). */
  inlineFrame(fn: PyFunction, co: Code): Frame {
    const fr = co.inlineFrame;
    if (fr === null) return co.inlineFrame = new Frame(co, fn, fn.globals, fn.closure);
    fr.fn = fn;
    fr.globals = fn.globals;
    fr.cells = fn.closure;
    return fr;
  }

  /**
   * The hand-over of a call from frame f (at the call `pc`, its stack `sp` without the callee and
   * arguments) to the callee's frame nf: the call's periodic check, whose time slice ends here
   * pausing at the callee's first instruction (a fused call cannot be dispatched twice), so that a
   * recursion without loops yields too (see callSlice). PAUSED then, else null.
   */
  enterFrame(f: Frame, pc: number, sp: number, nf: Frame): Py {
    f.pc = pc;
    f.sp = sp;
    nf.back = f;
    const p = --this.ticks <= 0 ? this.callSlice(nf) : null;
    if (++this.depth > this.peakDepth) this.peakDepth = this.depth;
    return p;
  }

  /** A frame for a call of fn from its code's pool (or a new one), its locals past the
   * parameters unbound: the caller fills the parameters. */
  pooledFrame(fn: PyFunction, co: Code): Frame {
    const nf: Frame | undefined = co.framePool.pop();
    if (nf === undefined) return new Frame(co, fn, fn.globals, fn.closure);
    nf.fn = fn;
    nf.globals = fn.globals;
    nf.cells = fn.closure;
    const ns = nf.s;
    for (let i = co.argcount; i < co.nlocals; i++) ns[i] = undefined;
    return nf;
  }

  /**
   * callInline for a call with keywords (`f(x, key=v)`): the arguments bound as a frame's are,
   * into the inline frame's locals (all unbound first), which callInline then takes as they are
   * (a plain function's parameters are all positional).
   */
  callInlineKw(fn: PyFunction, co: Code, src: Py[], base: number, argc: number, kwnames: string[]): Py {
    let fr: Frame = co.inlineFrame;
    if (fr === null) fr = co.inlineFrame = new Frame(co, fn, fn.globals, fn.closure);
    const s = fr.s;
    for (let i = 0; i < co.nlocals; i++) s[i] = undefined;
    this.bindSlow(fn, co, s, src, base, argc, kwnames, NULL_SELF);
    return this.callInline(fn, co, s, 0, co.argcount, NULL_SELF);
  }

  /** `raise v` (RAISE 1): v, or an instance of the class v, raised afresh. */
  raiseValue(v: Py): never {
    const e = this.makeException(v);
    e.tbFrame = null;
    e.thrownIn = false;
    throw e;
  }

  /** FUSED_PUSH whose first tree reads `pops` values already on the stack: they are replaced. */
  pushPopping(co: Code, li: number, s: Py[], sp: number, f: Frame, pops: number): number {
    const list = co.fusedLists[li];
    f.sp = sp;
    const v = operandValue(co, list[0], s, f, li, 0);
    sp -= pops;
    s[sp++] = v;
    for (let t = 1; t < list.length; t++) s[sp++] = operandValue(co, list[t], s, f, li, t);
    return sp;
  }

  /** Do `fn`'s defaults cover the positional parameters from `given` on? */
  hasDefaults(fn: PyFunction, given: number): boolean {
    const d = fn.defaults;
    return d !== null && given >= fn.code.argcount - d.length;
  }

  /** Positional parameters from `given` on take their defaults. */
  fillDefaults(fn: PyFunction, s: Py[], given: number): void {
    const d = fn.defaults!;
    const first = fn.code.argcount - d.length;
    for (let i = given; i < fn.code.argcount; i++) s[i] = d[i - first];
  }

  /** Stack pointer after `rare`. */
  rareSp = 0;

  /**
   * Implicit chaining of an exception met outside a handler block's PUSH_EXC_INFO while another is
   * being handled: raised here (no traceback frame yet), the handled one becomes its context, as
   * CPython's raise; propagated from a callee, only if it has none.
   */
  chainHandled(e: PyException): void {
    const cur = this.curExc;
    if (cur === null || e === cur) return;
    if (e.tbFrame === null) setContext(e, cur);
    else if (e.context === null && !e.thrownIn && !chainContains(cur, e)) e.context = cur;
  }

  /**
   * The exception RAISE n or RERAISE at `pc` raises, taken off the stack (the new stack pointer in
   * `rareSp`). The loop unwinds it at once, without a JS throw (measured: `raise E` caught in a
   * loop about 0.6x the time). Raises itself for a bare `raise` with nothing to re-raise.
   */
  raised(f: Frame, s: Py[], sp: number, pc: number): PyException {
    const code = f.code.code;
    let e: PyException;
    if (code[pc] === 101 /* RERAISE */) {
      e = s[--sp] as PyException;
      e.tbFrame = f; // do not add another traceback line for this frame
    } else {
      const n = code[pc + 1];
      if (n === 0) {
        if (this.curExc === null) runtimeError("No active exception to reraise");
        e = this.curExc;
        // a bare raise keeps the traceback as it is: this frame's entry, if the exception
        // passed through it, is already there (CPython adds none for the re-raise)
        e.tbFrame = f;
      } else {
        if (n === 2) {
          const cause = s[--sp];
          e = this.makeException(s[--sp]);
          if (cause === null) e.cause = null;
          else {
            const c = this.makeException(cause, true);
            e.cause = c;
          }
          e.suppressContext = true;
        } else e = this.makeException(s[--sp]);
        e.tbFrame = null;
        e.thrownIn = false;
      }
    }
    this.rareSp = sp;
    return e;
  }

  /**
   * The opcodes that are rare in hot code (definitions, imports, exception handling, with,
   * match, building sets/maps/strings, ...), outside the dispatch loop: a smaller \`run\` is
   * optimized by V8 sooner and recompiled much faster after a deoptimization (a program entering
   * a new phase), which measured ~1.5-2x on programs that change phase. Returns the next pc and
   * leaves the stack pointer in \`rareSp\`. These opcodes never switch frames.
   */
  rare(f: Frame, co: Code, s: Py[], sp: number, pc: number): number {
    const code = co.code;
    const consts = co.consts;
    switch (code[pc]) {
      case 6 /* ROT_FOUR */: {
        const t = s[sp - 1];
        s[sp - 1] = s[sp - 2];
        s[sp - 2] = s[sp - 3];
        s[sp - 3] = s[sp - 4];
        s[sp - 4] = t;
        pc += 1;
        break;
      }
      case 11 /* DELETE_FAST */: {
        const i = code[pc + 1];
        if (s[i] === undefined) unboundLocal(co.varnames[i]);
        s[i] = undefined;
        pc += 2;
        break;
      }
      case 14 /* DELETE_DEREF */: {
        const c = f.cells![code[pc + 1]];
        if (c.v === undefined) this.unboundCell(co, code[pc + 1]);
        c.v = undefined;
        pc += 2;
        break;
      }
      case 17 /* DELETE_GLOBAL */: {
        const i = code[pc + 1];
        if (f.globals.values[i] === undefined) nameError(co.globalNames[i]);
        f.globals.unbind(i);
        if (this.memo.watched(f.globals, i)) this.memo.globalChanged(f.globals, i);
        pc += 2;
        break;
      }
      case 18 /* LOAD_NAME */: {
        const name = co.names[code[pc + 1]];
        let v = f.ns !== null ? nsGet(f.ns, name) : undefined;
        if (v === undefined) v = f.globals.get(name);
        if (v === undefined) v = this.builtins.get(name);
        if (v === undefined) nameError(name);
        s[sp++] = v;
        pc += 2;
        break;
      }
      case 148 /* LOAD_CLASSDEREF */: {
        const i = code[pc + 1];
        const nc = co.cellvars.length;
        let v = f.ns !== null ? nsGet(f.ns, i < nc ? co.cellvars[i] : co.freevars[i - nc]) : undefined;
        if (v === undefined) {
          v = f.cells![i].v;
          if (v === undefined) this.unboundCell(co, i);
        }
        s[sp++] = v;
        pc += 2;
        break;
      }
      case 19 /* STORE_NAME */:
        if (f.ns!.cls === DictType) dictSet(f.ns!, co.names[code[pc + 1]], s[--sp]);
        else setItem(f.ns!, co.names[code[pc + 1]], s[--sp]);
        pc += 2;
        break;
      case 20 /* DELETE_NAME */: {
        const name = co.names[code[pc + 1]];
        if (f.ns === null) nameError(name);
        if (f.ns.cls !== DictType) {
          // a __prepare__ namespace: its own __delitem__, a KeyError from it being a NameError
          try {
            delItem(f.ns, name);
          } catch (e) {
            if (e instanceof PyException && isSubtype(e.cls, KeyError)) nameError(name);
            throw e;
          }
        } else {
          if (dictPop(f.ns, name) === undefined) nameError(name);
        }
        pc += 2;
        break;
      }
      case 26 /* DELETE_ATTR */:
        delAttr(s[sp - 1], co.names[code[pc + 1]]);
        sp--;
        pc += 2;
        break;
      case 40 /* BINARY_POW */:
      case 53 /* INPLACE_POW */: {
        const b = s[sp - 1], a = s[sp - 2];
        s[sp - 2] = code[pc] === O.BINARY_POW ? binaryOp(6, a, b) : inplaceOp(6, a, b);
        sp--;
        pc += 1;
        break;
      }
      case 46 /* BINARY_MATMUL */:
      case 59 /* INPLACE_MATMUL */: {
        const b = s[sp - 1], a = s[sp - 2];
        s[sp - 2] = code[pc] === O.BINARY_MATMUL ? binaryOp(12, a, b) : inplaceOp(12, a, b);
        sp--;
        pc += 1;
        break;
      }
      case 61 /* UNARY_POS */:
        s[sp - 1] = unaryPos(s[sp - 1]);
        pc += 1;
        break;
      case 63 /* UNARY_INVERT */:
        s[sp - 1] = unaryInvert(s[sp - 1]);
        pc += 1;
        break;
      case 32 /* DELETE_SUBSCR */:
        delItem(s[sp - 2], s[sp - 1]);
        sp -= 2;
        pc += 1;
        break;
      case 134 /* BINARY_SLICE */:
        s[sp - 3] = getSlice(s[sp - 3], s[sp - 2], s[sp - 1]);
        sp -= 2;
        pc += 1;
        break;
      case 135 /* STORE_SLICE */:
        setSlice(s[sp - 3], s[sp - 2], s[sp - 1], s[sp - 4]);
        sp -= 4;
        pc += 1;
        break;
      case 33 /* BUILD_SLICE */: {
        const n = code[pc + 1];
        if (n === 2) {
          s[sp - 2] = new PySlice(s[sp - 2], s[sp - 1], null);
          sp--;
        } else {
          s[sp - 3] = new PySlice(s[sp - 3], s[sp - 2], s[sp - 1]);
          sp -= 2;
        }
        pc += 2;
        break;
      }
      case 86 /* BUILD_SET */: {
        const n = code[pc + 1];
        const st = newSet();
        for (let i = 0; i < n; i++) setAdd(st, s[sp - n + i]);
        sp -= n;
        s[sp++] = st;
        pc += 2;
        break;
      }
      case 87 /* BUILD_MAP */: {
        const n = code[pc + 1];
        const d = new PyDict();
        for (let i = 0; i < n; i++) dictSet(d, s[sp - 2 * n + 2 * i], s[sp - 2 * n + 2 * i + 1]);
        sp -= 2 * n;
        s[sp++] = d;
        pc += 2;
        break;
      }
      case 88 /* BUILD_STRING */: {
        const n = code[pc + 1];
        let r = "", longest = 0;
        for (let i = 0; i < n; i++) {
          const part = s[sp - n + i] as string;
          if (part.length > longest) longest = part.length;
          r += part;
        }
        sp -= n;
        chargeConcat(r.length, longest);
        s[sp++] = r;
        pc += 2;
        break;
      }
      case 90 /* SET_ADD */: {
        const v = s[--sp];
        setAdd(s[sp - code[pc + 1]], v);
        pc += 2;
        break;
      }
      case 91 /* MAP_ADD */: {
        const v = s[--sp];
        const k = s[--sp];
        dictSet(s[sp - code[pc + 1]], k, v);
        pc += 2;
        break;
      }
      case 92 /* LIST_EXTEND */: {
        const v = s[--sp], a = code[pc + 1];
        const l = s[sp - (a & 255)] as PyList;
        const items = plainItems(v) ?? this.iterToArrayStar(v, a > 255 ? s[sp - (a >> 8)] : null);
        // (`[*L]` copies a list or tuple as `list(L)` does: charged, and no longer than MAX_SEQUENCE)
        if (l.a.length + items.length > MAX_SEQUENCE) raise(MemoryError);
        chargeWork(items.length);
        for (let i = 0; i < items.length; i++) l.a.push(items[i]);
        pc += 2;
        break;
      }
      case 93 /* SET_UPDATE */: {
        const v = s[--sp];
        setUpdate(s[sp - code[pc + 1]], v);
        pc += 2;
        break;
      }
      case 94 /* DICT_UPDATE */: {
        const v = s[--sp];
        const d = s[sp - code[pc + 1]] as PyDict;
        if (!(v instanceof PyDict) && getAttrOpt(v, "keys") === undefined) {
          typeError(`'${typeName(v)}' object is not a mapping`);
        }
        dictUpdateFrom(d, v);
        pc += 2;
        break;
      }
      case 95 /* DICT_MERGE */: {
        const v = s[--sp], a = code[pc + 1];
        const d = s[sp - (a & 255)] as PyDict;
        this.dictMerge(d, v, a > 255 ? BUILD_CLASS_CALLEE : s[sp - a - 2]);
        pc += 2;
        break;
      }
      case 96 /* LIST_TO_TUPLE */:
        s[sp - 1] = new PyTuple((s[sp - 1] as PyList).a);
        pc += 1;
        break;
      case 97 /* FORMAT_VALUE */: {
        const flags = code[pc + 1];
        let spec = "";
        if (flags & 4) spec = s[--sp];
        let v = s[sp - 1];
        const conv = flags & 3;
        if (conv === 1) v = pyStr(v);
        else if (conv === 2) v = pyRepr(v);
        else if (conv === 3) v = pyAscii(v);
        // (an f-string that is this one field keeps a str subclass that __format__ returned)
        s[sp - 1] = typeof v === "string" && spec === "" ? v : flags & 8 ? pyFormatObj(v, spec) : pyFormat(v, spec);
        pc += 2;
        break;
      }
      case 99 /* UNPACK_EX */: {
        const arg = code[pc + 1];
        const before = arg & 255, after = arg >> 8;
        const items = this.unpackIterable(s[sp - 1], -1);
        if (items.length < before + after) {
          raise(hooks.ValueError, `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
        }
        sp--;
        const mid = items.slice(before, items.length - after);
        for (let i = after - 1; i >= 0; i--) s[sp++] = items[items.length - after + i];
        s[sp++] = new PyList(mid);
        for (let i = before - 1; i >= 0; i--) s[sp++] = items[i];
        pc += 2;
        break;
      }
      case 83 /* MAKE_FUNCTION */: {
        const fc = consts[code[pc + 1]] as Code;
        const flags = code[pc + 2];
        let kwdefaults: PyDict | null = null, defaults: Py[] | null = null, annotations: Py = null;
        if (flags & 4) annotations = s[--sp];
        if (flags & 2) kwdefaults = s[--sp];
        if (flags & 1) defaults = (s[--sp] as PyTuple).a;
        let closure: PyCell[] | null = null;
        const fsrc = fc.freeSources;
        if (fsrc.length > 0) {
          closure = new Array(fsrc.length);
          for (let i = 0; i < fsrc.length; i++) closure[i] = f.cells![fsrc[i]];
        }
        const fn = new PyFunction(fc, f.globals, defaults, kwdefaults, closure);
        if (annotations !== null) fn.annotations = annotations;
        if (fc.doc !== null) fn.doc = fc.doc;
        if (fc.memo === null && fc.flags & 512) this.memo.register(fc);
        s[sp++] = fn;
        pc += 3;
        break;
      }
      case 113 /* BUILD_CLASS */: {
        const n = code[pc + 1];
        const body = s[sp - 1] as PyFunction;
        const name = s[sp - 2 - n] as string;
        f.pc = pc;
        f.sp = sp;
        this.frame = f;
        let cls: Py;
        if (code[pc + 2] < 0) {
          // `class C(*bases, **kw)`: a tuple and a dict
          const kwvalues: Py[] = [];
          const kwnames = keywordsOf(s[sp - 2] as PyDict, kwvalues);
          cls = buildClass(this, body, name, (s[sp - 3] as PyTuple).a.slice(), kwnames, kwvalues);
        } else {
          const kwc = consts[code[pc + 2]];
          const kwnames: string[] = kwc === null ? [] : (kwc as PyTuple).a;
          const args = s.slice(sp - 1 - n, sp - 1);
          cls = buildClass(this, body, name, args.slice(0, n - kwnames.length), kwnames, args.slice(n - kwnames.length));
        }
        sp -= n + 2;
        s[sp++] = cls;
        pc += 3;
        break;
      }
      case 129 /* LOAD_CLOSURE_CLASS */: {
        const i = code[pc + 1];
        s[sp++] = i >= 0 ? f.cells![i] : null;
        pc += 2;
        break;
      }
      case 130 /* SUPER_ARGS */: {
        // a global `super` rebound to something else is called with no arguments (the CALL 0
        // after this instruction), as CPython does
        if (s[sp - 1] !== SuperType) {
          pc += 3;
          break;
        }
        const i = code[pc + 2];
        const cls = i >= 0 ? f.cells![i].v : undefined;
        // (undefined: the class body has not finished; not a type: `nonlocal __class__` rebound it)
        if (!(cls instanceof PyType)) runtimeError(cls === undefined ? "super(): empty __class__ cell" : `super(): __class__ is not a type (${typeName(cls)})`);
        // (as CPython, a method taking only *args has no first argument)
        if (co.argcount === 0) runtimeError("super(): no arguments");
        let first = s[0];
        if (first === undefined && co.cellvars.length > 0 && co.cell2arg && co.cell2arg.indexOf(0) >= 0) {
          first = f.cells![co.cell2arg.indexOf(0)].v;
        }
        if (first === undefined) runtimeError("super(): arg[0] deleted");
        const to = pc + code[pc + 1];
        if (code[to + 2] === O.LOAD_METHOD && code[to] === O.CALL && code[to + 1] === 2) {
          // `super().name(...)`: the function found past the class is called with the instance,
          // as the super object's LOAD_METHOD would call it, without making that object
          const fn = superMethod(cls, first, co.names[code[to + 3]]);
          if (fn !== null) {
            s[sp - 1] = fn;
            s[sp++] = first;
            pc = to + 5;
            break;
          }
        }
        s[sp++] = cls;
        s[sp++] = first;
        pc += code[pc + 1];
        break;
      }
      case 102 /* PUSH_EXC_INFO */: {
        const e = s[sp - 1] as PyException;
        s[sp - 1] = this.curExc;
        s[sp++] = e;
        if (e !== this.curExc && this.curExc !== null && e.context === null && !e.thrownIn && !chainContains(this.curExc, e)) {
          e.context = this.curExc;
        }
        this.curExc = e;
        pc += 1;
        break;
      }
      case 103 /* POP_EXCEPT */:
        this.curExc = s[--sp];
        pc += 1;
        break;
      case 104 /* CHECK_EXC_MATCH */: {
        const t = s[sp - 1], e = s[sp - 2];
        s[sp - 1] = this.excMatches(e, t);
        pc += 1;
        break;
      }
      case 105 /* LOAD_ASSERTION_ERROR */:
        s[sp++] = AssertionError;
        pc += 1;
        break;
      case 106 /* BEFORE_WITH */: {
        const mgr = s[sp - 1];
        const t = typeOf(mgr);
        const enter = lookup(t, "__enter__"), exit = lookup(t, "__exit__");
        if (enter === undefined || exit === undefined) {
          typeError(`'${t.name}' object does not support the context manager protocol${enter === undefined ? "" : " (missed __exit__ method)"}`);
        }
        s[sp - 1] = bind(exit, mgr, t);
        f.pc = pc;
        this.frame = f;
        s[sp++] = callBound(enter, mgr, t, []);
        pc += 1;
        break;
      }
      case 107 /* WITH_EXIT */: {
        const exit = s[--sp];
        callObject(exit, [null, null, null]);
        pc += 1;
        break;
      }
      case 108 /* WITH_EXCEPT */: {
        const e = s[sp - 1] as PyException;
        const exit = s[sp - 3];
        const r = callObject(exit, [e.cls, e, getAttr(e, "__traceback__")]);
        s[sp++] = pyBool(r);
        pc += 1;
        break;
      }
      case 110 /* GET_YIELD_FROM_ITER */: {
        const v = s[sp - 1];
        if (!(v instanceof PyGenerator)) s[sp - 1] = getIterAny(v);
        else if (v.cls === CoroutineType && !(co.flags & CO_COROUTINE)) typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
        // (an async generator iterated by `yield from` runs as a plain iterator: SEND would await it)
        else if (v.cls === AsyncGeneratorType) s[sp - 1] = new UserIter(v, lookup(AsyncGeneratorType, "__next__"));
        pc += 1;
        break;
      }
      case 112 /* GET_AWAITABLE */: {
        s[sp - 1] = this.getAwaitable(s[sp - 1]);
        pc += 1;
        break;
      }
      case 149 /* GET_AITER */: {
        const v = s[sp - 1];
        const a = code[pc + 1];
        if (!(v instanceof PyGenerator && v.cls === AsyncGeneratorType)) {
          f.pc = pc;
          this.frame = f;
          s[sp - 1] = getAIter(v, (a & 1) !== 0);
        } else if ((a & 2) !== 0 && v.born === this.work - this.ticks) v.loopOwned = true; // (see GET_ITER_OWN)
        pc += 2;
        break;
      }
      case 150 /* GET_ANEXT */: {
        const it = s[sp - 1];
        // an async generator stands for its own __anext__(): SEND resumes it in the loop
        if (it instanceof PyGenerator && it.cls === AsyncGeneratorType) s[sp++] = it;
        else {
          f.pc = pc;
          this.frame = f;
          s[sp++] = anextAwaitable(it);
        }
        pc += 1;
        break;
      }
      case 151 /* END_ASYNC_FOR */: {
        const e = s[sp - 1] as PyException;
        if (!isSubtype(e.cls, StopAsyncIteration)) {
          e.tbFrame = f; // re-raised as it is
          throw e;
        }
        sp -= 2;
        pc += 1;
        break;
      }
      case 153 /* BEFORE_ASYNC_WITH */: {
        const mgr = s[sp - 1];
        const t = typeOf(mgr);
        const enter = lookup(t, "__aenter__"), exit = lookup(t, "__aexit__");
        if (enter === undefined || exit === undefined) {
          typeError(`'${t.name}' object does not support the asynchronous context manager protocol${enter === undefined ? "" : " (missed __aexit__ method)"}`);
        }
        s[sp - 1] = bind(exit, mgr, t);
        f.pc = pc;
        this.frame = f;
        s[sp++] = this.getAwaitable(callBound(enter, mgr, t, []), "'async with' received an object from __aenter__ that does not implement __await__: ");
        pc += 1;
        break;
      }
      case 154 /* ASYNC_WITH_EXIT */: {
        f.pc = pc;
        this.frame = f;
        s[sp - 1] = this.getAwaitable(callObject(s[sp - 1], [null, null, null]), AEXIT_NOT_AWAITABLE);
        pc += 1;
        break;
      }
      case 155 /* WITH_EXCEPT_ASYNC */: {
        const e = s[sp - 1] as PyException;
        const exit = s[sp - 3];
        s[sp++] = this.getAwaitable(callObject(exit, [e.cls, e, getAttr(e, "__traceback__")]), AEXIT_NOT_AWAITABLE);
        pc += 1;
        break;
      }
      case 156 /* AWAIT_SYNC */:
        f.pc = pc;
        this.frame = f;
        s[sp - 1] = driveAwaitable(s[sp - 1]);
        pc += 1;
        break;
      case 116 /* IMPORT_NAME */: {
        const spec = consts[code[pc + 1]] as string;
        const m = this.modules.get(spec);
        if (m === undefined) this.moduleNotFound(spec);
        s[sp++] = m;
        pc += 2;
        break;
      }
      case 117 /* IMPORT_FROM */: {
        const m = s[sp - 1];
        const name = co.names[code[pc + 1]];
        const v = getAttrOpt(m, name);
        if (v === undefined) {
          const file = getAttrOpt(m, "__file__");
          cannotImportName(name, m instanceof PyModule ? m.name : "?", typeof file === "string" ? file : null);
        }
        s[sp++] = v;
        pc += 2;
        break;
      }
      case 118 /* IMPORT_STAR */: {
        const m = s[--sp] as PyModule;
        for (let i = 0; i < m.names.length; i++) {
          const n = m.names[i];
          const v = m.values[i];
          if (v !== undefined && !n.startsWith("_")) {
            if (f.ns !== null) setItem(f.ns, n, v);
            else f.globals.set(n, v);
          }
        }
        pc += 1;
        break;
      }
      case 119 /* GET_LEN */:
        s[sp] = pyLen(s[sp - 1]);
        sp++;
        pc += 1;
        break;
      case 120 /* MATCH_MAPPING */:
        s[sp] = hooks.matchMapping(s[sp - 1]);
        sp++;
        pc += 1;
        break;
      case 121 /* MATCH_SEQUENCE */:
        s[sp] = hooks.matchSequence(s[sp - 1]);
        sp++;
        pc += 1;
        break;
      case 122 /* MATCH_KEYS */:
        s[sp] = hooks.matchKeys(s[sp - 2], s[sp - 1]);
        sp++;
        pc += 1;
        break;
      case 123 /* MATCH_CLASS */: {
        const r = hooks.matchClass(s[sp - 3], s[sp - 2], code[pc + 1], s[sp - 1]);
        sp -= 2;
        s[sp - 1] = r;
        pc += 2;
        break;
      }
      case 145 /* CLOSE_ITER */: {
        this.frame = f;
        f.pc = pc;
        f.sp = sp - 1;
        this.closeOwned(s, sp - 1, sp);
        sp--;
        pc += 1;
        break;
      }
      case 124 /* COPY_DICT_WITHOUT_KEYS */:
        s[sp - 1] = hooks.copyDictWithoutKeys(s[sp - 2], s[sp - 1]);
        pc += 1;
        break;
      case 115 /* SETUP_ANNOTATIONS */:
        if (f.ns !== null) {
          if (nsGet(f.ns, "__annotations__") === undefined) setItem(f.ns, "__annotations__", new PyDict());
        } else if (f.globals.get("__annotations__") === undefined) f.globals.set("__annotations__", new PyDict());
        pc += 1;
        break;

      // (ops the fused code rarely leaves to the loop: out of it, so that the loop compiles
      // smaller and sooner, and their first use deoptimizes this function rather than the loop)
      case 30 /* BINARY_SUBSCR */: {
        const k = s[sp - 1], o = s[sp - 2];
        if (o instanceof PyList && typeof k === "number" && o.cls.builtin) {
          const a = o.a;
          const i = k < 0 ? k + a.length : k;
          if (i >= 0 && i < a.length) {
            s[sp - 2] = a[i];
            sp--;
            pc += 1;
            break;
          }
        } else if (o instanceof PyDict && o.cls.builtin && (typeof k === "string" || typeof k === "number")) {
          const v = o.m.get(k);
          if (v !== undefined) {
            s[sp - 2] = v;
            sp--;
            pc += 1;
            break;
          }
        } else if (o instanceof PyTuple && typeof k === "number" && o.cls.builtin) {
          const a = o.a;
          const i = k < 0 ? k + a.length : k;
          if (i >= 0 && i < a.length) {
            s[sp - 2] = a[i];
            sp--;
            pc += 1;
            break;
          }
        }
        s[sp - 2] = getItem(o, k);
        sp--;
        pc += 1;
        break;
      }
      case 2 /* DUP_TOP */:
        s[sp] = s[sp - 1];
        sp++;
        pc += 1;
        break;
      case 3 /* DUP_TOP_TWO */:
        s[sp] = s[sp - 2];
        s[sp + 1] = s[sp - 1];
        sp += 2;
        pc += 1;
        break;
      case 4 /* ROT_TWO */: {
        const t = s[sp - 1];
        s[sp - 1] = s[sp - 2];
        s[sp - 2] = t;
        pc += 1;
        break;
      }
      case 5 /* ROT_THREE */: {
        const t = s[sp - 1];
        s[sp - 1] = s[sp - 2];
        s[sp - 2] = s[sp - 3];
        s[sp - 3] = t;
        pc += 1;
        break;
      }
      case 7 /* LOAD_CONST */:
        s[sp++] = consts[code[pc + 1]];
        pc += 2;
        break;
      case 8 /* LOAD_NONE */:
        s[sp++] = null;
        pc += 1;
        break;
      case 12 /* LOAD_DEREF */: {
        const v = f.cells![code[pc + 1]].v;
        if (v === undefined) this.unboundCell(co, code[pc + 1]);
        s[sp++] = v;
        pc += 2;
        break;
      }
      case 13 /* STORE_DEREF */:
        f.cells![code[pc + 1]].v = s[--sp];
        pc += 2;
        break;
      case 16 /* STORE_GLOBAL */: {
        const i = code[pc + 1];
        f.globals.values[i] = s[--sp];
        if (this.memo.watched(f.globals, i)) this.memo.globalChanged(f.globals, i);
        pc += 2;
        break;
      }
      case 24 /* LOAD_ATTR */: {
        const obj = s[sp - 1];
        const k = code[pc + 2] * IC_SIZE;
        const ic = co.ic;
        if (obj instanceof PyInstance) {
          const sh = obj.shape;
          const j = ic[k] === sh && ic[k + 2] === typeEpoch ? k : icProbe(ic, k, sh);
          if (j >= 0) {
            const x = ic[j + 1];
            s[sp - 1] = typeof x === "number" ? obj.slots[x] : x.g === null ? x.v : this.propGet(x.g, obj);
            pc += 3;
            break;
          }
        }
        s[sp - 1] = this.loadAttr(obj, co.names[code[pc + 1]], ic, k);
        pc += 3;
        break;
      }
      case 25 /* STORE_ATTR */: {
        const obj = s[sp - 1];
        const v = s[sp - 2];
        const k = code[pc + 2] * IC_SIZE;
        const ic = co.ic;
        if (obj instanceof PyInstance) {
          const sh = obj.shape;
          const j = ic[k] === sh && ic[k + 2] === typeEpoch ? k : icProbe(ic, k, sh);
          if (j >= 0) {
            const x = ic[j + 1];
            if (typeof x === "number") obj.slots[x] = v;
            else {
              obj.shape = x;
              obj.slots.push(v);
            }
            sp -= 2;
            pc += 3;
            break;
          }
        }
        this.storeAttr(obj, co.names[code[pc + 1]], v, ic, k);
        sp -= 2;
        pc += 3;
        break;
      }
      case 60 /* UNARY_NEG */: {
        const a = s[sp - 1];
        s[sp - 1] = typeof a === "number" ? (a === 0 ? 0 : -a) : a instanceof PyFloat ? new PyFloat(-a.v) : unaryNeg(a);
        pc += 1;
        break;
      }
      case 62 /* UNARY_NOT */: {
        const a = s[sp - 1];
        s[sp - 1] = a === true ? false : a === false ? true : !pyBool(a);
        pc += 1;
        break;
      }
      case 70 /* IS_OP */: {
        const b = s[sp - 1], a = s[sp - 2];
        const same = a === b || (a instanceof PyFloat && b instanceof PyFloat && Object.is(a.v, b.v) && false);
        s[sp - 2] = code[pc + 1] === 0 ? same : !same;
        sp--;
        pc += 2;
        break;
      }
      case 71 /* CONTAINS_OP */: {
        const b = s[sp - 1], a = s[sp - 2];
        const r = contains(b, a);
        s[sp - 2] = code[pc + 1] === 0 ? r : !r;
        sp--;
        pc += 2;
        break;
      }
      case 75 /* JUMP_IF_FALSE_OR_POP */: {
        const v = s[sp - 1];
        if (v === false || (v !== true && !pyBool(v))) pc += code[pc + 1];
        else {
          sp--;
          pc += 2;
        }
        break;
      }
      case 76 /* JUMP_IF_TRUE_OR_POP */: {
        const v = s[sp - 1];
        if (v === true || (v !== false && pyBool(v))) pc += code[pc + 1];
        else {
          sp--;
          pc += 2;
        }
        break;
      }
      case 31 /* STORE_SUBSCR */: {
        const k = s[sp - 1], o = s[sp - 2], v = s[sp - 3];
        if (o instanceof PyList && typeof k === "number" && o.cls.builtin) {
          const a = o.a;
          const i = k < 0 ? k + a.length : k;
          if (i >= 0 && i < a.length) {
            a[i] = v;
            sp -= 3;
            pc += 1;
            break;
          }
        } else if (o instanceof PyDict && o.cls.builtin && typeof k === "string" && o.ob === null) {
          o.m.set(k, v);
          sp -= 3;
          pc += 1;
          break;
        }
        setItem(o, k, v);
        sp -= 3;
        pc += 1;
        break;
      }
      case 84 /* BUILD_TUPLE */: {
        const n = code[pc + 1];
        const a = s.slice(sp - n, sp);
        sp -= n;
        s[sp++] = n === 0 ? EMPTY_TUPLE : new PyTuple(a);
        pc += 2;
        break;
      }
      case 85 /* BUILD_LIST */: {
        const n = code[pc + 1];
        const a = s.slice(sp - n, sp);
        sp -= n;
        s[sp++] = new PyList(a);
        pc += 2;
        break;
      }
      case 98 /* UNPACK_SEQUENCE */: {
        const n = code[pc + 1];
        const v = s[sp - 1];
        let items: Py[];
        if ((v instanceof PyTuple || v instanceof PyList) && v.cls.builtin) items = v.a;
        else items = this.unpackIterable(v, n);
        if (items.length !== n) this.unpackError(items.length, n);
        sp--;
        for (let i = n - 1; i >= 0; i--) s[sp++] = items[i];
        pc += 2;
        break;
      }
      default:
        throw new Error(`internal: unknown opcode ${code[pc]} (${O.OP_NAMES[code[pc]]}) at ${pc} in ${co.name}`);
    }
    this.rareSp = sp;
    return pc;
  }

  // -- helpers used by the loop -------------------------------------------------------------------

  /** Close the suspended generators `for` loops own in s[from .. to), top first (see GET_ITER_OWN). */
  closeOwned(s: Py[], from: number, to: number): void {
    for (let i = to - 1; i >= from; i--) {
      const v = s[i];
      if (v instanceof PyGenerator && v.loopOwned && v.state === GEN_SUSPENDED) {
        v.loopOwned = false;
        try {
          this.closeGen(v);
        } catch (e) {
          // CPython reports an error while finalizing a generator as "Exception ignored" on
          // stderr and carries on
          if (!(e instanceof PyException) || e.uncatchable) throw e;
        }
      }
    }
  }

  /** Generators, coroutines and async generators made so far (a run that made none skips finalizeGenerators). */
  gensMade = 0;

  /**
   * The end of a run (host), as CPython's interpreter shutdown: each generator the program left
   * suspended and reachable from the module's globals (directly, or through lists, tuples, dicts,
   * sets, instances' attributes and other such generators' frames) is closed, so its `finally`
   * blocks and `except GeneratorExit` handlers run: `g = gen(); next(g)` at module level prints
   * what gen's `finally` prints after the program's last output, as in CPython. They are closed in
   * the order a walk from the globals (in their order) finds them, a generator before those its
   * frame holds; CPython finalizes them as it clears the module and collects the garbage, in an
   * order its allocator decides. An error raised there is ignored (CPython prints it as
   * "Exception ignored in: ..." on stderr). The walk is breadth first and looks at no more than
   * FINALIZE_WALK items of containers.
   * `madeBefore`: gensMade when the run started.
   */
  finalizeGenerators(m: PyModule, madeBefore: number): void {
    if (this.gensMade === madeBefore) return;
    const found: PyGenerator[] = [];
    const seen = new Set<object>();
    // breadth first, so the globals' own generators are found before the walk's budget runs out
    const queue: Py[] = m.values.filter(mayHoldGenerator);
    let budget = FINALIZE_WALK;
    walk: for (let head = 0; head < queue.length; head++) {
      const v = queue[head];
      if (seen.has(v)) continue;
      seen.add(v);
      let items: Iterable<Py>;
      if (v instanceof PyGenerator) {
        if (v.cls === GeneratorType && v.state === GEN_SUSPENDED) found.push(v);
        if (v.frame === null) continue;
        items = v.frame.s.slice(0, v.frame.sp);
      } else if (v instanceof PyList || v instanceof PyTuple) items = v.a;
      else if (v instanceof PyDict) items = v.m.values();
      else if (v instanceof PySet) items = v.m.values();
      else if (v instanceof PyInstance) items = v.dict !== null ? [...v.slots, ...v.dict.m.values()] : v.slots;
      else continue;
      for (const x of items) {
        if (--budget < 0) break walk;
        if (mayHoldGenerator(x)) queue.push(x);
      }
    }
    this.depth = 0;
    this.curExc = null;
    for (const g of found) {
      if (g.state !== GEN_SUSPENDED) continue;
      try {
        this.closeGen(g);
      } catch (e) {
        if (!(e instanceof PyException) || e.uncatchable) throw e;
      }
    }
  }

  /**
   * close() of a generator or coroutine, and what CPython's finalizer does to an async generator
   * (with no event loop's hooks): GeneratorExit thrown in at its suspension point.
   */
  closeGen(g: PyGenerator): void {
    if (g.state === GEN_CREATED || g.state === GEN_DONE) {
      g.state = GEN_DONE;
      g.frame = null;
      return;
    }
    try {
      const v = this.resumeGen(g, null, new PyException(GeneratorExit, EMPTY_TUPLE));
      if (v !== STOP) runtimeError(`${genKind(g)} ignored GeneratorExit`);
    } catch (e) {
      if (e instanceof PyException && (isSubtype(e.cls, GeneratorExit) || isSubtype(e.cls, StopIteration))) return;
      throw e;
    }
  }

  callResult: Py = null;
  /** Set by a fused statement block that raised: the failing statement's own instruction. */
  faultPc = -1;

  /**
   * Call a Python function whose args are on a stack slice: returns the new frame to switch
   * to, or null with the result in `callResult` (memo hit, generator object).
   */
  callPy(fn: PyFunction, s: Py[], base: number, argc: number, kwnames: string[] | null): Frame | null {
    const due = --this.ticks <= 0 && this.tick();
    const co = fn.code;
    if (co.memo !== null) {
      const r = this.memo.lookupStack(fn, s, base, argc, kwnames, this);
      if (r !== MISSING) {
        this.callResult = r;
        if (due) this.pausePending(PENDING_TICKS);
        return null;
      }
    }
    if (this.depth >= this.maxDepth) recursionError();
    const nf = this.enterFunction(fn, s, base, argc, kwnames);
    if (nf instanceof Frame) {
      if (++this.depth > this.peakDepth) this.peakDepth = this.depth;
      if (co.memo !== null) this.memo.onEnter(nf, this);
      if (due) this.pausedFrame = nf; // (see callAny)
      return nf;
    }
    this.callResult = nf;
    if (due) this.pausePending(PENDING_TICKS);
    return null;
  }

  /** Prepare a generator frame to resume inside the loop; null when it is already finished. */
  genEnter(g: PyGenerator, value: Py): Frame | null {
    if (g.state === GEN_DONE) {
      if (g.cls === CoroutineType) runtimeError("cannot reuse already awaited coroutine");
      g.result = undefined; // the return value went with the first StopIteration
      return null;
    }
    if (g.state === GEN_RUNNING) raise(hooks.ValueError, `${genKind(g)} already executing`);
    const gf = g.frame!;
    if (g.state === GEN_CREATED) {
      if (value !== null) typeError(`can't send non-None value to a just-started ${genKind(g)}`);
    } else if (value === null && gf.code.code[gf.pc] === 1 /* POP_TOP */) {
      // a `yield` statement resumed by next() or send(None): its value would be pushed only to
      // be dropped
      gf.pc++;
    } else gf.s[gf.sp++] = value;
    if (this.depth >= this.maxDepth) recursionError();
    this.depth++;
    g.state = GEN_RUNNING;
    this.genSwapIn(g);
    return gf;
  }

  /**
   * A generator resumes: the exception its frame was handling when it yielded becomes the current
   * one (else the caller's stays visible, as CPython's topmost exc_info), and the caller's is kept.
   */
  genSwapIn(g: PyGenerator): void {
    g.callerExc = this.curExc;
    if (g.excState !== null) this.curExc = g.excState;
  }

  /** A generator yields: it keeps the exception it is handling, the caller gets its own back. */
  genSwapOut(g: PyGenerator): void {
    const own = this.curExc;
    this.curExc = g.callerExc;
    g.excState = own !== g.callerExc ? own : null;
    g.callerExc = null;
  }

  lastStopValue: Py = null;

  /**
   * `import a.b.c` found no module `spec`: CPython names the first missing one of a, a.b, a.b.c.
   * A relative import (`from . import x`: its spec starts with its dots) has no package to start
   * from, the main script being none.
   */
  moduleNotFound(spec: string): never {
    if (spec.charCodeAt(0) === 46 /* . */) relativeImportNoParent();
    // (the one before it, when that is a module but no package, is named too)
    let parent: string | null = null;
    for (let i = spec.indexOf("."); i >= 0; i = spec.indexOf(".", i + 1)) {
      const prefix = spec.slice(0, i);
      const p = this.modules.get(prefix);
      if (p === undefined) moduleNotFound(prefix, parent);
      parent = getAttrOpt(p, "__path__") === undefined ? prefix : null;
    }
    moduleNotFound(spec, parent);
  }

  /** send() to a non-generator iterator (an object with a send method). */
  sendTo(it: Py, v: Py): Py {
    // a user iterator runs behind a UserIter wrapper (fast next()); send() goes to the object
    const target = it instanceof UserIter ? it.obj : it;
    const m = getAttr(target, "send"); // AttributeError, as in CPython, when it has none
    try {
      return callObject(m, [v]);
    } catch (e) {
      if (e instanceof PyException && isSubtype(e.cls, StopIteration)) {
        this.lastStopValue = e.args.a.length > 0 ? e.args.a[0] : null;
        return STOP;
      }
      throw e;
    }
  }

  /** next() on an iterator that is not a runtime PyIterator (user __next__, generators from JS). */
  iterNextOther(it: Py): Py {
    if (it instanceof PyGenerator) {
      return this.resumeGen(it, null, null);
    }
    const t = typeOf(it);
    const nx = lookup(t, "__next__");
    if (nx === undefined) typeError(`'${t.name}' object is not an iterator`);
    try {
      return callBound(nx, it, t, []);
    } catch (e) {
      if (e instanceof PyException && isSubtype(e.cls, StopIteration)) {
        this.lastStopValue = e.args.a.length > 0 ? e.args.a[0] : null;
        return STOP;
      }
      throw e;
    }
  }

  /**
   * The iterator `await v` drives. `what`: the start of the TypeError when v has no __await__
   * (`'async with' received an object from __aenter__ ...: `), followed by its type's name.
   */
  getAwaitable(v: Py, what = ""): Py {
    if (v instanceof PyGenerator) {
      if (v.cls === CoroutineType) {
        if (delegateOf(v) !== null) runtimeError("coroutine is being awaited already");
        return v;
      }
      if (v.cls === GeneratorType) return v;
    } else if (v instanceof PyAsyncGenAwaitable && v.kind === 0 && v.state === AW_INIT && v.value === null && !v.gen.asyncBusy) {
      // awaiting an async generator's __anext__(): SEND runs it in the loop, as for `async for`
      v.state = AW_CLOSED;
      return v.gen;
    }
    const t = typeOf(v);
    const aw = lookup(t, "__await__");
    if (aw !== undefined) {
      const r = callBound(aw, v, t, []);
      // PEP 492: __await__ returns an iterator, and not a coroutine
      if (r instanceof PyGenerator && r.cls === CoroutineType) typeError("__await__() returned a coroutine");
      if (lookup(typeOf(r), "__next__") === undefined) typeError(`__await__() returned non-iterator of type '${typeName(r)}'`);
      return getIterAny(r);
    }
    const h = hooks.awaitable?.(v);
    if (h !== undefined) return h;
    typeError(what === "" ? `object ${t.name} can't be used in 'await' expression` : what + t.name);
  }

  /** next() on an iterator from native code: the item, or STOP with the return value left for takeStopValue(). */
  nextOrStop(it: Py): Py {
    stopInfo.value = null;
    this.lastStopValue = null;
    return it instanceof PyIterator ? it.next() : this.iterNextOther(it);
  }

  /** The value of the StopIteration that just ended nextOrStop(). */
  takeStopValue(): Py {
    const v = this.lastStopValue ?? stopInfo.value;
    this.lastStopValue = null;
    return v;
  }

  unpackIterable(v: Py, n: number): Py[] {
    if (typeof v === "string") {
      chargeWork(v.length);
      return hooks.cpArray(v);
    }
    const it = (() => {
      try {
        return getIterAny(v);
      } catch (e) {
        if (e instanceof PyException && e.cls === TypeError && lacksIterSlot(v)) typeError(`cannot unpack non-iterable ${typeName(v)} object`);
        throw e;
      }
    })();
    const out: Py[] = [];
    for (;;) {
      const x = it instanceof PyIterator ? it.next() : this.iterNextOther(it);
      if (x === STOP) break;
      out.push(x);
      if (n >= 0 && out.length > n) break;
      if (out.length > 10_000_000) raise(MemoryError);
    }
    return out;
  }

  unpackError(got: number, n: number): never {
    if (got > n) raise(hooks.ValueError, `too many values to unpack (expected ${n})`);
    raise(hooks.ValueError, `not enough values to unpack (expected ${n}, got ${got})`);
  }

  /** Unpack `*v` in a display, or in a call of `callee` (named in the error). */
  iterToArrayStar(v: Py, callee: Py | null): Py[] {
    // (`__iter__ = None` gives iter()'s own "'X' object is not iterable")
    if (typeof v === "object" && v !== null && !v.cls.builtin && !lacksIterSlot(v)) return iterToArray(v, undefined, true);
    const what = callee === null ? "Value" : `${functionStr(callee)} argument`;
    return iterToArray(v, `${what} after * must be an iterable, not ${typeName(v)}`, true);
  }

  dictMerge(d: PyDict, v: Py, callee: Py): void {
    if (plainDict(v) && d.k === null && d.ob === null) {
      // an exact dict with only plain keys (the usual **kwargs): no snapshot needed
      chargeWork(v.m.size);
      const dm = d.m;
      for (const [k, val] of v.m) {
        if (dm.has(k)) typeError(`${functionStr(callee)} got multiple values for keyword argument '${k}'`);
        dm.set(k, val);
      }
      return;
    }
    if (!(v instanceof PyDict) && getAttrOpt(v, "keys") === undefined) {
      typeError(`${functionStr(callee)} argument after ** must be a mapping, not ${typeName(v)}`);
    }
    const tmp = new PyDict();
    dictUpdateFrom(tmp, v);
    for (const [k, val] of tmp.m) {
      if (d.m.has(k)) typeError(`${functionStr(callee)} got multiple values for keyword argument '${k}'`);
      d.m.set(k, val);
    }
  }

  /** `list`, `t`: the operand of a fused list being read (its NameError may name its own line). */
  loadGlobalSlow(g: PyModule, co: Code, i: number, list = -1, t = 0): Py {
    const name = co.globalNames[i];
    // a slot added after the module was created (globals()['x'] = ...), or a builtin added later
    const v = g.get(name) ?? this.builtins.get(name);
    if (v === undefined) {
      if (list >= 0) this.operandFault(co, list, t);
      nameError(name);
    }
    return v;
  }

  /** Operand `t` of fused list `list` is an unbound local. */
  unboundOperand(co: Code, list: number, t: number): never {
    this.operandFault(co, list, t);
    unboundLocal(co.varnames[co.fusedLists[list][t] >> 2]);
  }

  /** A name read in place from a fused operand list failed: when it is on another line than the
   * list's instruction, the traceback and the handler see its own instruction (fuse.ts). */
  operandFault(co: Code, list: number, t: number): void {
    const faults = co.fusedListFaults[list];
    if (faults !== null && faults[t] >= 0 && this.faultPc < 0) this.faultPc = faults[t];
  }

  unboundCell(co: Code, i: number): never {
    const nc = co.cellvars.length;
    if (i < nc) unboundLocal(co.cellvars[i]);
    unboundFree(co.freevars[i - nc]);
  }

  /** Turn what `raise X` got into an exception instance. */
  makeException(v: Py, isCause = false): PyException {
    if (v instanceof PyException) return v;
    if (v instanceof PyType && isSubtype(v, BaseException)) {
      if (v.plainException) return new PyException(v, EMPTY_TUPLE); // (`raise KeyError`)
      const e = callObject(v, []);
      // (`raise` names the class by its repr, as CPython's do_raise; throw() by its name)
      if (!(e instanceof PyException)) typeError(`calling ${pyRepr(v)} should have returned an instance of BaseException, not ${pyRepr(typeOf(e))}`);
      return e;
    }
    typeError(isCause ? "exception causes must derive from BaseException" : "exceptions must derive from BaseException");
  }

  excMatches(e: PyException, t: Py): boolean {
    if (t instanceof PyType) {
      if (!isSubtype(t, BaseException)) typeError("catching classes that do not inherit from BaseException is not allowed");
      return isSubtype(e.cls, t);
    }
    if (t instanceof PyTuple) {
      // like CPython, every entry is validated (no nested tuples) before any is matched
      for (const x of t.a) {
        if (!(x instanceof PyType && isSubtype(x, BaseException))) {
          typeError("catching classes that do not inherit from BaseException is not allowed");
        }
      }
      for (const x of t.a) if (isSubtype(e.cls, x as PyType)) return true;
      return false;
    }
    typeError("catching classes that do not inherit from BaseException is not allowed");
  }

  // -- attributes with inline caches ----------------------------------------------------------------

  loadAttr(obj: Py, name: string, ic: Py[], k: number): Py {
    if (obj instanceof PyInstance && obj.shape !== null && userGetattribute(obj.cls) === undefined) {
      const t = obj.cls;
      const cattr = lookup(t, name);
      if (
        cattr instanceof PyProperty && cattr.cls === PropertyType && cattr.fget instanceof PyFunction && lookup(t, "__getattr__") === undefined
      ) {
        // a property (a data descriptor: it wins over the instance's own attribute) is cached, and
        // its getter called without the generic lookup (`p.x` of a property: 4.6x -> ~2.7x CPython)
        icPut(ic, k, obj.shape, new AttrEntry(undefined, cattr));
        return this.propGet(cattr, obj);
      }
      const idx = obj.shape.index.get(name);
      if (idx !== undefined) {
        if (cattr === undefined || !isDataDesc(cattr)) {
          icPut(ic, k, obj.shape, idx);
          return obj.slots[idx];
        }
      } else if (cattr !== undefined && !isDataDesc(cattr) && !(cattr instanceof PyFunction) && !hasGet(cattr) && lookup(t, "__getattr__") === undefined) {
        // plain class attribute (constants): cache the value itself
        icPut(ic, k, obj.shape, new AttrEntry(cattr, null));
        return cattr;
      }
    }
    if ((obj instanceof PyDict || obj instanceof PyList || obj instanceof PySet) && obj.attrs !== null && !obj.cls.builtin && !name.startsWith("__")) {
      // an attribute of a builtin container subclass's instance (`env.outer` of a dict subclass)
      // from its attribute map, unless a data descriptor or __getattribute__ of its class decides
      const t = obj.cls;
      const cattr = lookup(t, name);
      if ((cattr === undefined || !isDataDesc(cattr)) && userGetattribute(t) === undefined) {
        const v = dictGet(obj.attrs, name);
        if (v !== undefined) return v;
      }
    }
    return getAttr(obj, name);
  }

  storeAttr(obj: Py, name: string, v: Py, ic: Py[], k: number): void {
    // an exception's own fields (args, __cause__, ...) are not instance attributes
    if (
      obj instanceof PyInstance && obj.shape !== null && name !== "__class__" && name !== "__dict__" &&
      !(obj instanceof PyException && (name === "args" || name.startsWith("__") || obj.fields !== null))
    ) {
      const t = obj.cls;
      const sa = lookup(t, "__setattr__");
      if ((sa === undefined || isObjectSlot("__setattr__", sa)) && !t.builtin && (t.slotNames === null || t.slotNames.has(name))) {
        const cattr = lookup(t, name);
        if (cattr === undefined || !isDataDesc(cattr)) {
          const sh = obj.shape;
          const idx = sh.index.get(name);
          if (idx !== undefined) {
            icPut(ic, k, sh, idx);
            obj.slots[idx] = v;
            return;
          }
          if (sh.names.length < 64) {
            const next: Shape = sh.add(name);
            icPut(ic, k, sh, next);
            obj.shape = next;
            obj.slots.push(v);
            return;
          }
        }
      }
    }
    setAttr(obj, name, v);
  }

  /** LOAD_METHOD slow path: writes [callable, self|NULL] at s[sp-1], s[sp]. */
  loadMethod(obj: Py, name: string, s: Py[], sp: number, ic: Py[], k: number): void {
    if (obj instanceof PyType) {
      if (obj.cls === TypeType && !TYPE_OWN.has(name) && lookup(TypeType, name) === undefined) {
        // `C.f(...)` on a class whose metaclass is type, for a name type itself does not have: a
        // static method's function, a class method's bound to C, a plain function unbound, with
        // no bound-method object and no generic lookup (p67-style calls: ~40% faster)
        const a = lookup(obj, name);
        const fn = plainFunctionOf(a);
        if (fn !== null) {
          s[sp - 1] = fn;
          s[sp] = a instanceof PyClassMethod ? obj : NULL_SELF;
          return;
        }
      }
    } else if (obj instanceof PySuper && obj.obj !== null) {
      // a super object's name(...): a plain function found past the class is called with the
      // instance, without making a bound method (the loop's method-call fast path then applies)
      const fn = superMethod(obj.type, obj.obj, name);
      if (fn !== null) {
        s[sp - 1] = fn;
        s[sp] = obj.obj;
        return;
      }
    }
    const t = typeOf(obj);
    // (a generic alias hands most names to its origin: `list[int].__or__` is list's; getAttr knows which)
    if (
      !(obj instanceof PyType) && !(obj instanceof PyModule) && !(obj instanceof PySuper) && !(obj instanceof PyGenericAlias) &&
      userGetattribute(t) === undefined
    ) {
      const m = lookup(t, name);
      // (a builtin type's __new__ is bound to the type, not a method of the receiver)
      if (m instanceof PyFunction || (m instanceof PyBuiltin && m.owner !== null && m.name !== "__new__")) {
        let shadow = false;
        if (obj instanceof PyInstance) shadow = instGet(obj, name) !== undefined;
        else if (obj !== null && typeof obj === "object") {
          // a list subclass instance, a function...: its own attributes (`attrs`) come first
          const attrs = (obj as { attrs?: PyDict | null }).attrs;
          shadow = attrs != null && dictGet(attrs, name) !== undefined;
        }
        if (!shadow) {
          // the cache key of an object kept in a builtin layout is its type: once one of that
          // type's objects may shadow a method with its own attribute, its lookups are not cached
          const key = obj instanceof PyInstance ? obj.shape : t;
          if (key !== null && (obj instanceof PyInstance || !t.attrShadow)) icPut(ic, k, key, m);
          s[sp - 1] = m;
          s[sp] = obj;
          return;
        }
      } else if (obj instanceof PyInstance && (m instanceof PyStaticMethod || m instanceof PyClassMethod)) {
        // `obj.f(...)` of a static or class method that no instance attribute shadows
        const fn = plainFunctionOf(m);
        if (fn !== null && instGet(obj, name) === undefined) {
          s[sp - 1] = fn;
          s[sp] = m instanceof PyClassMethod ? t : NULL_SELF;
          return;
        }
      }
    }
    s[sp - 1] = getAttr(obj, name);
    s[sp] = NULL_SELF;
  }

  // -- limits, slicing, suspension -----------------------------------------------------------------

  /** Slow periodic check: op budget and time slice. Returns true to pause (pausable runs only). */
  tick(): boolean {
    const left = this.ticks;
    const used = this.quantum - left;
    const q = this.warmChecks > 0 ? WARM_QUANTA[--this.warmChecks & 7] : 4096;
    this.quantum = q;
    this.ticks = q;
    this.work += q - left; // (work - ticks does not change)
    this.budget -= used;
    if (this.budget < 0) {
      this.budget = 0;
      const e = newExc(RuntimeError, "budget exceeded");
      e.uncatchable = true;
      throw e;
    }
    if (this.interrupt !== null && (this.scheduler === null || this.scheduler.current === this.scheduler.main)) {
      const e = this.interrupt;
      this.interrupt = null;
      throw e;
    }
    if (--this.clockIn > 0) return false;
    this.clockIn = q === 4096 ? 1 : 64;
    const now = this.io.now();
    // Reading the heap size costs ~20 µs, so it is sampled at most every 25 ms; but on each of
    // the first 16 checks, so that V8 has type feedback for this branch before it optimizes the
    // dispatch loop, which inlines it (else the first check after that deoptimizes the loop).
    if (now >= this.nextHeapCheck && this.io.heapUsed !== undefined) {
      this.nextHeapCheck = ++this.heapChecks < 16 ? 0 : now + 25;
      this.grown = 0;
      if (this.io.heapUsed() > this.heapLimit) raise(MemoryError);
    }
    if (now < this.sliceDeadline) return false;
    if (this.pausable && this.nested === 0) return true;
    if (now >= this.sliceDeadline + STALL_MS) this.stalled(now);
    return false;
  }

  /**
   * Charge n units for work native code did inside one instruction (hooks.charge). The budget,
   * interrupt, heap and stall checks run here, but native code cannot pause: a due pause waits
   * for the loop's next call or back-edge (tickNoPause). Without this a loop of bulk operations
   * would never yield to the event loop, and a native loop over an endless iterator
   * (`sum(iter(int, 1))`) would never be reported to the host.
   */
  chargeNative(n: number): void {
    if ((this.ticks -= n) > 0) return;
    if (this.tick()) this.pausePending(0);
  }

  /**
   * tick() at a call that cannot pause (from native code, or one the loop makes without a frame
   * switch): a pause that is due stays pending (pausePending).
   */
  tickNoPause(): void {
    // (also now and then during the short countdowns, where it changes nothing that matters, so
    // that V8 has seen this branch before it inlines it into the optimized loop)
    if (this.tick() || (this.warmChecks & 63) === 1) this.pausePending(PENDING_TICKS);
  }

  /**
   * tick() said the time slice is over where the run cannot pause: the pause stays pending, the
   * countdown left at `left` so that the loop's next back-edge or call pauses (the units tick()
   * booked in advance beyond those are handed back, keeping the budget exact), and a run that
   * overruns its slice by STALL_MS without reaching one is reported to the host, as a nested run
   * is (tick() looks for a stall only where the run cannot pause).
   */
  pausePending(left: number): void {
    this.ticks = left;
    this.clockIn = 1; // (the next check reads the clock: the pause is due)
    this.work -= this.quantum - left;
    this.budget += this.quantum - left;
    const now = this.io.now();
    if (now >= this.sliceDeadline + STALL_MS) this.stalled(now);
  }

  /** The slice is long over and the run cannot pause: tell the host, again after STALL_MS. */
  stalled(now: number): void {
    this.sliceDeadline = now; // (a pausable loop reached next pauses at once)
    this.io.stalled?.();
  }

  /**
   * A large sequence or buffer of about `bytes` is being built: once GROWTH_SAMPLE_BYTES have
   * accumulated since the last sample, sample the heap now, so that a loop of big allocations
   * (`a.append(b'x' * 10**7)`) meets MemoryError before the engine runs out of memory.
   */
  noteGrowth(bytes: number): void {
    if ((this.grown += bytes) < GROWTH_SAMPLE_BYTES) return;
    this.grown = 0;
    if (this.io.heapUsed !== undefined && this.io.heapUsed() > this.heapLimit) raise(MemoryError);
  }

  /** Return a finished (non-generator, non-boundary) frame to its code's pool. */
  releaseFrame(f: Frame): void {
    f.back = null;
    f.initSelf = null;
    f.memoKey = MISSING;
    f.memoOn = false;
    f.pc = 0;
    f.sp = f.code.nlocals;
    f.code.framePool.push(f);
  }

  /** The builtins as created, restored by resetBuiltins. */
  private readonly initialBuiltins: ReadonlyMap<string, Py>;
  /** The modules of the current run, whose builtinsCache follows `builtins` (see rebindBuiltin). */
  private runModules: PyModule[] = [];
  /** A name of the builtins was bound or deleted during the current run. */
  private builtinsChanged = false;

  /**
   * A name of the builtins module was bound to `v` (or deleted: undefined) through `__builtins__`
   * (`__builtins__.len = f`, `setattr`, `del`): name lookups see it at once, and the memo tables
   * of pure functions that read that name are emptied. Rare, so the loop's LOAD_GLOBAL keeps
   * reading the per-module builtinsCache without a check.
   */
  rebindBuiltin(name: string, v: Py): void {
    if (v === undefined) this.builtins.delete(name);
    else this.builtins.set(name, v);
    this.builtinsChanged = true;
    for (const m of this.runModules) {
      const i = m.index.get(name);
      if (i === undefined) continue;
      m.builtinsCache[i] = v;
      if (this.memo.watched(m, i)) this.memo.globalChanged(m, i);
    }
  }

  /** Before a run (host): the builtins are the ones created, whatever an earlier run bound or
   * deleted in `__builtins__` (what a run does to its namespaces does not outlive it). */
  resetBuiltins(): void {
    this.runModules = [];
    if (!this.builtinsChanged) return;
    this.builtinsChanged = false;
    this.builtins.clear();
    for (const [k, v] of this.initialBuiltins) this.builtins.set(k, v);
    this.builtinsMod = null;
  }

  private builtinsMod: PyModule | null = null;
  /** The builtins namespace as a module object (`len.__self__`, `f.__builtins__`), made on first use. */
  builtinsModule(): PyModule {
    if (this.builtinsMod === null) {
      const m = new PyModule("builtins");
      m.builtin = true;
      for (const [k, v] of this.builtins) m.set(k, v);
      this.builtinsMod = m;
    }
    return this.builtinsMod;
  }

  /** The frame a paused run resumes from. */
  pausedFrame: Frame | null = null;

  /** The periodic check on a back-edge: PAUSED when the time slice is over, else null. One call
   * site per jump kind that runs on every check, so the first pause of a run does not meet
   * optimized code that never saw the pause path (a deoptimization). */
  slice(f: Frame): Py {
    // not a call to pause(): that runs once per slice, too rarely for V8 to give it type
    // feedback before the loop is optimized; and the store is made at every check, for the same
    // reason (the loop inlines this)
    const due = this.tick();
    this.pausedFrame = due ? f : this.pausedFrame;
    return due ? PAUSED : null;
  }

  /**
   * The periodic check of a call, made before the loop switches to the callee's new frame `nf`:
   * PAUSED, to resume at nf's first instruction, when the time slice is over. Like slice(), it runs
   * at every check, and the loop only returns its answer, so that the first pause at a call does
   * not meet optimized code that never ran the pause path (a variant that called a helper there
   * only to pause cost oo_sched.py about 15% more CPU time: one more deoptimization and recompile
   * of `run`; this one was measured within noise of not pausing at calls).
   */
  callSlice(nf: Frame): Py {
    const due = this.tick();
    this.pausedFrame = due ? nf : this.pausedFrame; // (see slice)
    return due ? PAUSED : null;
  }

  /** The innermost frame of a task that suspended. */
  suspendedFrame: Frame | null = null;
  /** Set when a task's run was paused by time-slicing (the scheduler reports it to the host). */
  pauseRequested = false;

  /** A builtin asked to suspend the current task; save state and leave the loop. */
  suspendHere(f: Frame, r: Py): Py {
    void r;
    this.frame = f;
    this.suspendedFrame = f;
    return SUSPENDED;
  }

  /** Drive a coroutine to completion on the JS stack (where the caller cannot suspend). */
  runCoroutineNested(g: PyGenerator): Py {
    let v = this.resumeGen(g, null, null);
    while (v !== STOP) v = this.resumeGen(g, null, null);
    return g.result === undefined ? null : g.result;
  }
}

/** The value of a tagged fused operand (compiler/fuse.ts): a local, a constant or a tree; `list`
 * and `t`: where the operand is (-1: not in a list). */
function operandValue(co: Code, w: number, s: Py[], f: Frame, list: number, t: number): Py {
  const i = w >> 2;
  switch (w & 3) {
    case OPERAND_LOCAL: {
      const v = s[i];
      if (v === undefined) {
        if (list >= 0) current.operandFault(co, list, t);
        unboundLocal(co.varnames[i]);
      }
      return v;
    }
    case OPERAND_CONST:
      return co.consts[i];
    case OPERAND_GLOBAL: {
      const g = f.globals;
      const v = g.values[i];
      if (v !== undefined) return v;
      const b = g.builtinsCache[i];
      return b !== undefined ? b : current.loadGlobalSlow(g, co, i, list, t);
    }
  }
  let fns = co.fusedFns;
  if (fns === null) fns = co.fusedFns = buildFused(co);
  return fns[i](s, f);
}

/** Push the operands of fused list `li`; returns the new stack pointer. */
function pushOperands(co: Code, li: number, s: Py[], sp: number, f: Frame): number {
  const list = co.fusedLists[li];
  for (let t = 0; t < list.length; t++) s[sp++] = operandValue(co, list[t], s, f, li, t);
  return sp;
}

/** Inline caches: IC_ENTRIES entries of [key, value, epoch] per cached instruction, most recent first. */
export const IC_ENTRIES = 4;
export const IC_SIZE = 3 * IC_ENTRIES;

/** The index of the entry for `key` in the cache at k (entries after the first), or -1. */
export function icProbe(ic: Py[], k: number, key: Py): number {
  for (let j = k + 3; j < k + IC_SIZE; j += 3) {
    if (ic[j] === key && ic[j + 2] === typeEpoch) return j;
  }
  return -1;
}

/** The attribute names type gives every class itself (`C.__name__`): never a method of C's. */
const TYPE_OWN = new Set([...TYPE_GETSETS, ...TYPE_MEMBERS, "__class__"]);

/**
 * The Python function a method call on a class attribute `a` runs: a plain function, or the one
 * an exact staticmethod or classmethod wraps (a subclass may have its own __get__); else null.
 */
function plainFunctionOf(a: Py): PyFunction | null {
  if (a instanceof PyFunction) return a;
  if (a instanceof PyStaticMethod) return a.cls === StaticMethodType && a.func instanceof PyFunction ? a.func : null;
  if (a instanceof PyClassMethod) return a.cls === ClassMethodType && a.func instanceof PyFunction ? a.func : null;
  return null;
}

/** An empty argument list (never written). */
export const NO_ARGS: Py[] = [];

/**
 * An attribute-load cache entry other than an instance slot's index (a number): a plain class
 * attribute's value (`v`), or a property (`g`) whose getter is called with the instance. One class
 * for both, so that the loads that read an entry stay monomorphic.
 */
export class AttrEntry {
  constructor(readonly v: Py, readonly g: PyProperty | null) {}
}

/** Insert an entry at the front of the cache at k. */
export function icPut(ic: Py[], k: number, key: Py, value: Py): void {
  for (let j = k + IC_SIZE - 3; j > k; j -= 3) {
    ic[j] = ic[j - 3];
    ic[j + 1] = ic[j - 2];
    ic[j + 2] = ic[j - 1];
  }
  ic[k] = key;
  ic[k + 1] = value;
  ic[k + 2] = typeEpoch;
}

function isDataDesc(attr: Py): boolean {
  if (attr instanceof PyProperty) return true;
  if (attr instanceof PyInstance || (attr instanceof PyType && !attr.cls.builtin)) return lookup(attr.cls, "__set__") !== undefined || lookup(attr.cls, "__delete__") !== undefined;
  // __dict__ and __weakref__ (setting __weakref__ is an error the slow path raises)
  return attr instanceof PyDescriptor && attr.cls === GetSetDescriptorType;
}

function hasGet(attr: Py): boolean {
  if (typeof attr !== "object" || attr === null) return false;
  if (attr instanceof PyBuiltin) return attr.owner !== null;
  if (attr instanceof PyType) return !attr.cls.builtin && lookup(attr.cls, "__get__") !== undefined;
  const c = attr.cls as PyType;
  if (c === FunctionType) return true;
  if (c.builtin) {
    return c.name === "classmethod" || c.name === "staticmethod" || c.name === "property" || c.name === "member_descriptor" ||
      c.name === "getset_descriptor" || c.name === "super" || c.name === "classmethod_descriptor";
  }
  return lookup(c, "__get__") !== undefined;
}

function listNames(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return q.slice(0, -1).join(", ") + ", and " + q[q.length - 1];
}

/**
 * An exception thrown into a generator (CPython's _PyErr_ChainStackItem): the exception the
 * generator's frame was handling, if any, becomes its context, and nothing else will.
 */
export function thrownIn(e: PyException, own: PyException | null): PyException {
  if (own !== null && own !== e) setContext(e, own);
  e.thrownIn = true;
  // (not raised in the caller's frame: its context stays as settled here)
  if (e.tbFrame === null) e.tbFrame = RAISED_IN_CALLEE;
  return e;
}

/**
 * src[b, e) as a new array: an array literal for up to three items, which V8 builds inline,
 * where `slice` is a call of a builtin (2.5x the time for two items). For `*args` tuples.
 */
function cut(src: Py[], b: number, e: number): Py[] {
  switch (e - b) {
    case 1:
      return [src[b]];
    case 2:
      return [src[b], src[b + 1]];
    case 3:
      return [src[b], src[b + 1], src[b + 2]];
  }
  return src.slice(b, e);
}

/** Parameter name -> local index, for the parameters a keyword can name (built on first use). */
function argIndexOf(co: Code): Map<string, number> {
  let index = co.argIndex;
  if (index === null) {
    index = co.argIndex = new Map();
    for (let i = co.posonlyargcount; i < co.argcount + co.kwonlyargcount; i++) index.set(co.varnames[i], i);
  }
  return index;
}

/**
 * Bind the arguments of `fn(*items, **kwd)` (kwd null or a plain dict) into s, the locals of a
 * call of fn, a plain function (positional parameters only, with defaults): true when they bind,
 * false on anything the generic binding reports as an error, which then runs it again.
 */
function bindStar(fn: PyFunction, co: Code, s: Py[], items: Py[], kwd: PyDict | null): boolean {
  const n = items.length, ac = co.argcount;
  if (n > ac) return false;
  for (let i = 0; i < n; i++) s[i] = items[i];
  if (n === ac) return kwd === null;
  for (let i = n; i < ac; i++) s[i] = undefined;
  if (kwd !== null) {
    const index = argIndexOf(co);
    for (const [k, v] of kwd.m) {
      const i = typeof k === "string" ? index.get(k) : undefined;
      if (i === undefined || s[i] !== undefined) return false;
      s[i] = v;
    }
  }
  const d = fn.defaults, first = ac - (d === null ? 0 : d.length);
  for (let i = n; i < ac; i++) {
    if (s[i] === undefined) {
      if (i < first) return false;
      s[i] = d![i - first];
    }
  }
  return true;
}

/** The names of a `**` mapping's keywords; their values are appended to `values`. */
function keywordsOf(kwd: PyDict, values: Py[]): string[] {
  const names: string[] = [];
  for (const [k, v] of kwd.m) {
    if (typeof k !== "string") typeError("keywords must be strings");
    names.push(k);
    values.push(v);
  }
  return names;
}

/** The `tbFrame` of an exception made while leaving a frame that has no entry of its own. */
const RAISED_IN_CALLEE = {};

/**
 * CPython's implicit chaining on raise: `ctx` becomes e's context, and a link of ctx's context
 * chain that points back at e is cut so no cycle forms (Floyd's walk stops on an existing one).
 */
function setContext(e: PyException, ctx: PyException): void {
  let o = ctx, slow = ctx, toggle = false, n = 0;
  for (;; n++) {
    const c = o.context;
    if (!(c instanceof PyException)) break;
    if (c === e) {
      o.context = null;
      break;
    }
    o = c;
    if (o === slow) break;
    if (toggle) slow = slow.context as PyException;
    toggle = !toggle;
  }
  // the walk is charged to the op budget: a chain that grows with every raise (a handler that
  // recurses) makes each raise longer, and the budget must still stop the program
  chargeWork(n);
  e.context = ctx;
}

function chainContains(head: PyException, e: PyException): boolean {
  let c: Py = head;
  let n = 0;
  while (c instanceof PyException && n++ < 1000) {
    if (c === e) return true;
    c = c.context;
  }
  return false;
}

/** How CPython names a callee in call errors: `__main__.f()`, `print()`, `list.append()`. */
export function functionStr(f: Py): string {
  if (f instanceof PyMethod) return functionStr(f.func);
  if (f instanceof PyFunction) {
    const m = f.module !== undefined ? f.module : f.globals.name;
    return typeof m === "string" && m !== "builtins" ? `${m}.${f.qualname}()` : `${f.qualname}()`;
  }
  if (f instanceof PyBuiltin) return f.owner !== null ? `${f.owner.name}.${f.name}()` : `${f.name}()`;
  if (f instanceof PyType) return `${f.module === "builtins" ? "" : f.module + "."}${f.qualname}()`;
  return `${typeName(f)} object`;
}

/** "generator", "coroutine" or "async generator", as CPython's messages name them. */
export function genKind(g: PyGenerator): string {
  return g.cls === GeneratorType ? "generator" : g.cls === CoroutineType ? "coroutine" : "async generator";
}

export function newExc(t: PyType, msg: string): PyException {
  return new PyException(t, new PyTuple(msg === "" ? [] : [msg]));
}

export function recursionExc(): PyException {
  return newExc(RecursionError, "maximum recursion depth exceeded");
}

/** An exact dict whose keys are all plain (str, int, None: no key objects kept beside the map). */
function plainDict(v: Py): v is PyDict {
  return v instanceof PyDict && v.cls === DictType && v.k === null && v.ob === null;
}

/** The function runner installed into the protocol layer. */
function runFunction(f: PyFunction, args: Py[], kw: string[] | null): Py {
  return current.callFunction(f, args, kw);
}

function runMethod(f: PyFunction, self: Py, args: Py[]): Py {
  return current.callMethod(f, self, args);
}

function runFunction1(f: PyFunction, x: Py): Py {
  return current.callFunction1(f, x);
}

/** What finalizeGenerators looks into: a generator, or a container that can hold one. */
function mayHoldGenerator(v: Py): boolean {
  return v instanceof PyGenerator || v instanceof PyList || v instanceof PyTuple || v instanceof PyDict || v instanceof PySet ||
    v instanceof PyInstance;
}

export { FloatType, GeneratorExit, notCallable, NotImplemented, StopAsyncIteration };

/** A builtin method's direct entry for a call with argc arguments after the receiver (none past 2). */
function directEntry(b: PyBuiltin, argc: number): ((self: Py, a: Py, b: Py) => Py) | null {
  return argc === 0 ? b.mcall0 : argc === 1 ? b.mcall1 : argc === 2 ? b.mcall2 : null;
}

/** A method's direct entry (directEntry) called with the receiver and the argc arguments on top of s. */
function callDirect(m: (self: Py, a: Py, b: Py) => Py, self: Py, s: Py[], sp: number, argc: number): Py {
  return argc === 0 ? (m as (a: Py) => Py)(self) : argc === 1 ? (m as (a: Py, b: Py) => Py)(self, s[sp - 1]) : m(self, s[sp - 2], s[sp - 1]);
}

/**
 * The result `r` of a call (returned without a frame switch, or by the return of the frame the
 * call entered) when the instruction after the call, at `pc`, is a STORE_FAST or POP_TOP: done
 * here, without its dispatch and without the trip through the stack (whose store of a fresh
 * object is a write barrier's slow path). Returns the pc past it. Neither can raise, so skipping
 * their dispatch changes nothing a program sees. The callers test for the two opcodes inline and
 * call this only to fold, so a result that is pushed costs no call (the dispatch loop does not
 * inline this helper). (Loops of `x = s.isdigit()`: 0.87x instructions, with the direct entry's
 * arguments not pushed; of `x = "".join(p)`: 0.94x; of `t = b.get(t)`, a method run inline:
 * 0.96x; of `x = g(i)`, a function with a frame: 0.975x.)
 */
function foldResult(code: Int32Array, pc: number, s: Py[], r: Py): number {
  if (code[pc] === 1 /* POP_TOP */) return pc + 1;
  s[code[pc + 1]] = r;
  return pc + 2;
}

/**
 * The plain function `super(cls, first).name` finds, which a method call on it calls with `first`
 * (for a super object, and for `super().name(...)` without one, see SUPER_ARGS): first is an
 * instance of cls (not a class), and the first class past cls in its type's MRO whose dict has
 * the name holds a Python function. null for anything else (a TypeError to raise, a descriptor,
 * a builtin class's computed attribute, no such name), which takes the generic lookup.
 */
function superMethod(cls: PyType, first: Py, name: string): PyFunction | null {
  if (first instanceof PyType) return null;
  const mro = typeOf(first).mro;
  const at = mro.indexOf(cls);
  if (at < 0) return null;
  for (let i = at + 1; i < mro.length; i++) {
    const v = mro[i].dict.get(name);
    if (v === undefined) {
      if (mro[i].builtin) return null;
      continue;
    }
    return v instanceof PyFunction ? v : null;
  }
  return null;
}

/**
 * An unfused binary operator or comparison (BINARY_*, INPLACE_*, COMPARE_*) on operands a and b:
 * the int, float and str fast paths, then the full protocol. Kept out of the dispatch loop, whose
 * size sets V8's compile time and tier-up delay for it.
 */
function stackOp(op: number, a: Py, b: Py): Py {
  switch (op) {
    case O.BINARY_ADD:
    case O.INPLACE_ADD:
      if (typeof a === "number" && typeof b === "number") {
        const r = a + b;
        if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
      } else if (a instanceof PyFloat && b instanceof PyFloat) return new PyFloat(a.v + b.v);
      else if (typeof a === "string" && typeof b === "string" && a.length + b.length < ROPE_MIN) return a + b;
      return op === O.BINARY_ADD ? binaryOp(0, a, b) : inplaceOp(0, a, b);
    case O.BINARY_SUB:
    case O.INPLACE_SUB:
      if (typeof a === "number" && typeof b === "number") {
        const r = a - b;
        if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
      } else if (a instanceof PyFloat && b instanceof PyFloat) return new PyFloat(a.v - b.v);
      return op === O.BINARY_SUB ? binaryOp(1, a, b) : inplaceOp(1, a, b);
    case O.BINARY_MUL:
    case O.INPLACE_MUL:
      if (typeof a === "number" && typeof b === "number") {
        const r = a * b;
        if (r <= MAX_SAFE && r >= -MAX_SAFE) return r + 0;
      } else if (a instanceof PyFloat) {
        if (b instanceof PyFloat) return new PyFloat(a.v * b.v);
        if (typeof b === "number") return new PyFloat(a.v * b);
      } else if (typeof a === "number" && b instanceof PyFloat) return new PyFloat(a * b.v);
      return op === O.BINARY_MUL ? binaryOp(2, a, b) : inplaceOp(2, a, b);
    case O.BINARY_FLOORDIV:
    case O.INPLACE_FLOORDIV:
      if (typeof a === "number" && typeof b === "number" && b !== 0) return floorDivNum(a, b);
      return op === O.BINARY_FLOORDIV ? binaryOp(4, a, b) : inplaceOp(4, a, b);
    case O.BINARY_MOD:
    case O.INPLACE_MOD:
      if (typeof a === "number" && typeof b === "number" && b !== 0) return modNum(a, b);
      return op === O.BINARY_MOD ? binaryOp(5, a, b) : inplaceOp(5, a, b);
    case O.COMPARE_LT:
      return typeof a === "number" && typeof b === "number" ? a < b : a instanceof PyFloat && b instanceof PyFloat ? a.v < b.v : richCompare(a, b, 0);
    case O.COMPARE_LE:
      return typeof a === "number" && typeof b === "number" ? a <= b : richCompare(a, b, 1);
    case O.COMPARE_EQ:
      return (typeof a === "number" && typeof b === "number") || (typeof a === "string" && typeof b === "string") ? a === b : richCompare(a, b, 2);
    case O.COMPARE_NE:
      return (typeof a === "number" && typeof b === "number") || (typeof a === "string" && typeof b === "string") ? a !== b : richCompare(a, b, 3);
    case O.COMPARE_GT:
      return typeof a === "number" && typeof b === "number" ? a > b : a instanceof PyFloat && b instanceof PyFloat ? a.v > b.v : richCompare(a, b, 4);
    case O.COMPARE_GE:
      return typeof a === "number" && typeof b === "number" ? a >= b : richCompare(a, b, 5);
  }
  // the rarer operators: the helpers' int paths come first
  return op >= O.INPLACE_ADD ? inplaceOp(op - O.INPLACE_ADD, a, b) : binaryOp(op - O.BINARY_ADD, a, b);
}

/** A name in a class body's namespace: a plain dict directly, the mapping a metaclass's
 * __prepare__ made through its own __getitem__ (undefined when it raises KeyError). */
function nsGet(ns: PyDict, name: string): Py {
  if (ns.cls === DictType) return dictGet(ns, name);
  try {
    return getItem(ns, name);
  } catch (e) {
    if (e instanceof PyException && isSubtype(e.cls, KeyError)) return undefined;
    throw e;
  }
}

/**
 * A frame's `locals()` (CPython's `f_locals`): the class or exec namespace, the module's globals,
 * or a new dict of a function's bound variables in CPython's order ("fast locals plus": the locals,
 * a parameter that is a cell in its place, then the other cells, then the free variables).
 */
export function frameLocals(f: Frame): Py {
  if (f.ns !== null) return f.ns;
  if (f.fn === null) return moduleDict(f.globals);
  const d = new PyDict();
  const co = f.code;
  const nc = co.cellvars.length;
  const c2a = co.cell2arg;
  for (let i = 0; i < co.nlocals; i++) {
    const c = c2a === null ? -1 : c2a.indexOf(i);
    const v = c < 0 ? f.s[i] : f.cells![c].v;
    if (v !== undefined && !co.varnames[i].startsWith(".")) dictSet(d, co.varnames[i], v);
  }
  for (let i = 0; i < nc + co.freevars.length; i++) {
    const v = f.cells![i].v;
    if (v !== undefined && (i >= nc || c2a![i] < 0)) dictSet(d, i < nc ? co.cellvars[i] : co.freevars[i - nc], v);
  }
  return d;
}

/** Frame `f`'s traceback entry (the instruction at `pc` of `co`), added once per frame. */
function tracebackEntry(exc: PyException, f: Frame, co: Code, pc: number): void {
  if (exc.tb.length === 0 && exc.fields !== null) noteNameScope(exc, f);
  exc.tb.push({ code: co, pc });
  exc.tbFrame = f;
}

/**
 * A NameError's first traceback entry is being added for frame `f`: keep what CPython's printer of
 * uncaught exceptions reads from that frame for its "Did you mean" hint (its code's `co_varnames`,
 * the value of a `self` among them, its globals), as the frame is reused once it returns. Called
 * once per exception, while unwinding.
 */
function noteNameScope(exc: PyException, f: Frame): void {
  if (!isSubtype(exc.cls, NameError) || typeof exc.fields!.get("name") !== "string") return;
  // a module or class body has no co_varnames
  const names = f.ns !== null || f.fn === null ? [] : f.code.varnames.slice(0, f.code.nlocals).filter((n: string) => !n.startsWith("."));
  let self: Py | undefined;
  if (names.includes("self")) {
    const loc = frameLocals(f);
    if (loc instanceof PyDict) self = dictGet(loc, "self");
  }
  exc.nameScope = { names, self, globals: f.globals };
}
