// Asynchronous iteration outside the dispatch loop: the async iterator and __anext__() awaitable
// behind `async for` (GET_AITER, GET_ANEXT), and `async for` / `async with` at module level.
//
// An async generator is a PyGenerator whose own `yield`s are YIELD_ASYNC: a SEND that awaits it
// (`async for` in a coroutine) completes with such a value, while a value a YIELD_VALUE passes up
// from an `await` inside it travels on to whoever drives the awaiting coroutine.

import { typeError } from "../errors.ts";
import { StopAsyncIteration } from "../objects/exceptions.ts";
import { AsyncGeneratorType, type Py, PyException, PyIterator, STOP } from "../objects/model.ts";
import { callBound, isSubtype, lookup } from "../objects/protocol.ts";
import { typeOf } from "../objects/typeof.ts";
import { PyGenerator } from "./frame.ts";
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
  if (aw instanceof PyGenerator) return vm.runCoroutineNested(aw);
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
