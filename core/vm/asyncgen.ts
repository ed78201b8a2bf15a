// Asynchronous iteration outside the dispatch loop: the async iterator and __anext__() awaitable
// behind `async for` (GET_AITER, GET_ANEXT), `async for` / `async with` at module level, aiter()
// and anext(), and the awaitables an async generator's __anext__(), asend(), athrow() and aclose()
// return, driven by hand with send()/throw() as in CPython.
//
// An async generator is a PyGenerator whose own `yield`s are YIELD_ASYNC: a SEND that awaits it
// (`async for` in a coroutine) completes with such a value, while a value a YIELD_VALUE passes up
// from an `await` inside it travels on to whoever drives the awaiting coroutine. Driven from here
// (a nested run), the two are told apart by the instruction the suspended frame stopped after.

import { raise, runtimeError, typeError } from "../errors.ts";
import { GeneratorExit, StopAsyncIteration, StopIteration } from "../objects/exceptions.ts";
import { AsyncGeneratorType, CoroutineType, EMPTY_TUPLE, type Py, PyException, PyIterator, PyTuple, STOP } from "../objects/model.ts";
import { callBound, callObject, getAttr, isSubtype, lookup } from "../objects/protocol.ts";
import { typeOf } from "../objects/typeof.ts";
import {
  AW_CLOSED, AW_INIT, AW_ITER, GEN_DONE, ownYield, PyAnextAwaitable, PyAsyncGenAwaitable, PyCoroutineWrapper, PyGenerator,
} from "./frame.ts";
import { current } from "./vm.ts";

/**
 * GET_AITER: the async iterator of `v` for `async for` (an async generator is its own). `sync`:
 * at module level, where the loop is a FOR_ITER loop that runs each __anext__() to completion.
 */
export function getAIter(v: Py, sync: boolean): Py {
  const t = typeOf(v);
  const ai = lookup(t, "__aiter__");
  if (ai === undefined) typeError(`'async for' requires an object with __aiter__ method, got ${t.name}`);
  const it = callBound(ai, v, t, []);
  if (it instanceof PyGenerator && it.cls === AsyncGeneratorType) return it;
  const nt = typeOf(it);
  if (lookup(nt, "__anext__") === undefined) {
    typeError(`'async for' received an object from __aiter__ that does not implement __anext__: ${nt.name}`);
  }
  return sync ? new AsyncIterSync(it) : it;
}

/** GET_ANEXT on an async iterator other than an async generator: the awaitable of its __anext__(). */
export function anextAwaitable(it: Py): Py {
  const t = typeOf(it);
  const an = lookup(t, "__anext__");
  if (an === undefined) typeError(`'async for' requires an iterator with __anext__ method, got ${t.name}`);
  return current.getAwaitable(callBound(an, it, t, []), "'async for' received an invalid object from __anext__: ");
}

/**
 * Run an awaitable (what Interp.getAwaitable makes of it) to completion on the JS stack and return its
 * result; a value it yields on the way is dropped (a sleep(0): nothing here can wait).
 */
export function driveAwaitable(aw: Py): Py {
  const vm = current;
  if (aw instanceof PyGenerator) {
    if (aw.cls !== AsyncGeneratorType) return vm.runCoroutineNested(aw);
    // an async generator's __anext__() (see Interp.getAwaitable)
    for (;;) {
      const r = vm.resumeGen(aw, null, null);
      if (r === STOP) raise(StopAsyncIteration);
      if (ownYield(aw)) return r;
    }
  }
  for (;;) {
    const r = vm.nextOrStop(aw);
    if (r === STOP) return vm.takeStopValue();
  }
}

/** `async for` at module level over an async iterator that is not an async generator (see GET_AITER). */
class AsyncIterSync extends PyIterator {
  constructor(readonly obj: Py) {
    super();
  }
  next(): Py {
    try {
      return driveAwaitable(anextAwaitable(this.obj));
    } catch (e) {
      if (e instanceof PyException && isSubtype(e.cls, StopAsyncIteration)) return STOP;
      throw e;
    }
  }
}

/** StopIteration carrying an async generator's yielded value (no args for None, as CPython). */
function stopIteration(v: Py): never {
  throw new PyException(StopIteration, v === null ? EMPTY_TUPLE : new PyTuple([v]));
}

/**
 * send(v) (v = null: __next__) or throw(exc) on the awaitable of __anext__()/asend() (kind 0),
 * athrow() (1) or aclose() (2): resume the async generator and return what its `await`s pass up,
 * or raise StopIteration with a value it yields itself, StopAsyncIteration when it is exhausted.
 */
export function awaitableStep(aw: PyAsyncGenAwaitable, v: Py, exc: PyException | null): Py {
  const g = aw.gen;
  const close = aw.kind === 2;
  if (aw.state === AW_CLOSED) {
    runtimeError(aw.kind === 0 ? "cannot reuse already awaited __anext__()/asend()" : "cannot reuse already awaited aclose()/athrow()");
  }
  let send = v, thrown = exc;
  if (aw.kind === 0) {
    if (exc === null && aw.state === AW_INIT) {
      if (g.asyncBusy) runtimeError("anext(): asynchronous generator is already running");
      if (v === null) send = aw.value;
      aw.state = AW_ITER;
    }
  } else {
    if (g.state === GEN_DONE) {
      aw.state = AW_CLOSED;
      raise(StopIteration);
    }
    if (exc === null && aw.state === AW_INIT) {
      if (g.asyncBusy) {
        aw.state = AW_CLOSED;
        runtimeError(`${close ? "aclose" : "athrow"}(): asynchronous generator is already running`);
      }
      if (g.asyncClosed) {
        aw.state = AW_CLOSED;
        raise(StopAsyncIteration);
      }
      if (v !== null) runtimeError("can't send non-None value to a just-started coroutine");
      aw.state = AW_ITER;
      if (close) g.asyncClosed = true;
      thrown = close ? new PyException(GeneratorExit, EMPTY_TUPLE) : aw.value as PyException;
      send = null;
    }
  }
  g.asyncBusy = true;
  let r: Py;
  try {
    r = current.resumeGen(g, send, thrown);
  } catch (e) {
    g.asyncBusy = false;
    aw.state = AW_CLOSED;
    if (e instanceof PyException && (isSubtype(e.cls, StopAsyncIteration) || isSubtype(e.cls, GeneratorExit))) {
      g.asyncClosed = true;
      if (close) raise(StopIteration);
    }
    throw e;
  }
  if (r === STOP) {
    g.asyncBusy = false;
    aw.state = AW_CLOSED;
    g.asyncClosed = true;
    raise(close ? StopIteration : StopAsyncIteration);
  }
  if (ownYield(g)) {
    g.asyncBusy = false;
    aw.state = AW_CLOSED;
    if (close) runtimeError("async generator ignored GeneratorExit");
    stopIteration(r);
  }
  return r;
}

/** aiter(v). */
export function pyAiter(v: Py): Py {
  const t = typeOf(v);
  const ai = lookup(t, "__aiter__");
  if (ai === undefined) typeError(`'${t.name}' object is not an async iterable`);
  const it = callBound(ai, v, t, []);
  if (lookup(typeOf(it), "__anext__") === undefined) typeError(`aiter() returned not an async iterator of type '${typeOf(it).name}'`);
  return it;
}

/** anext(it) and anext(it, dflt) (dflt undefined when not given). */
export function pyAnext(it: Py, dflt: Py | undefined): Py {
  const t = typeOf(it);
  const an = lookup(t, "__anext__");
  if (an === undefined) typeError(`'${t.name}' object is not an async iterator`);
  const aw = callBound(an, it, t, []);
  return dflt === undefined ? aw : new PyAnextAwaitable(aw, dflt);
}

/**
 * The anext_awaitable's methods (`meth`: __next__, send, throw, close): the same method of the
 * iterator the wrapped awaitable gives (asked again each time, as CPython), StopAsyncIteration
 * becoming StopIteration(default).
 */
export function anextProxy(aw: PyAnextAwaitable, meth: string, args: Py[]): Py {
  const w = aw.wrapped;
  const it = w instanceof PyGenerator && w.cls === CoroutineType ? new PyCoroutineWrapper(w) : w instanceof PyAsyncGenAwaitable ? w : current.getAwaitable(w);
  try {
    return callObject(getAttr(it, meth), args);
  } catch (e) {
    if (e instanceof PyException && isSubtype(e.cls, StopAsyncIteration)) stopIteration(aw.dflt);
    throw e;
  }
}
