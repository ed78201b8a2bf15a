// The original's async builtins: run, gather, sleep, receive, with_timeout, cancel, frame.
// They are plain calls (no await) that suspend the current task through the scheduler.

import { overflowError, raise, typeError, valueError } from "../errors.ts";
import { RuntimeError } from "../objects/exceptions.ts";
import { type Py, type PyBuiltin, PyFloat, PyList } from "../objects/model.ts";
import { arity, native } from "../objects/native.ts";
import { typeName } from "../objects/typeof.ts";
import { PyGenerator } from "../vm/frame.ts";
import { W_GATHER, W_RUN, W_TIMEOUT } from "../vm/scheduler.ts";
import { current, newExc } from "../vm/vm.ts";

/**
 * A duration in seconds for sleep() and with_timeout(). As CPython's time.sleep() converts it:
 * ValueError for NaN, OverflowError past the 64-bit nanosecond range (infinities included).
 * A negative duration counts as 0 (the original's rule; time.sleep() raises ValueError).
 */
function seconds(v: Py, fname: string): number {
  let s: number;
  if (typeof v === "number") s = v;
  else if (typeof v === "bigint") s = Number(v);
  else if (typeof v === "boolean") s = v ? 1 : 0;
  else if (v instanceof PyFloat) s = v.v;
  else typeError(`${fname}() argument must be a number, not '${typeName(v)}'`);
  if (s !== s) valueError("Invalid value NaN (not a number)");
  if (!(Math.abs(s) * 1e9 < 2 ** 63)) overflowError("timestamp too large to convert to C _PyTime_t");
  return s;
}

/** Can the current call suspend its task (top level of the loop, a scheduler present)? */
function canSuspend(): boolean {
  const vm = current;
  return vm.scheduler !== null && vm.nested === 0 && vm.suspendRequest === null;
}

function children(mode: number, coros: Py[], deadline: number): Py {
  const vm = current;
  if (canSuspend()) {
    vm.scheduler.request({ kind: "children", mode, coros, deadline });
    return null;
  }
  if (vm.scheduler !== null) return vm.scheduler.runNested(coros, mode, deadline);
  // no scheduler at all (a bare interpreter): run each coroutine to completion in turn
  const results: Py[] = coros.map((c) => (c instanceof PyGenerator ? vm.runCoroutineNested(c) : null));
  return mode === W_GATHER ? new PyList(results) : results[0] ?? null;
}

export function asyncBuiltins(): Map<string, PyBuiltin> {
  const m = new Map<string, PyBuiltin>();
  const def = (name: string, fn: (args: Py[], kw: string[] | null) => Py) => m.set(name, native(name, fn));
  def("run", (args, kw) => {
    arity("run", args, kw, 0, -1);
    return children(W_RUN, args, 0);
  });
  def("gather", (args, kw) => {
    arity("gather", args, kw, 0, -1);
    return children(W_GATHER, args, 0);
  });
  def("with_timeout", (args, kw) => {
    arity("with_timeout", args, kw, 2, 2);
    return children(W_TIMEOUT, [args[1]], seconds(args[0], "with_timeout"));
  });
  def("sleep", (args, kw) => {
    arity("sleep", args, kw, 0, 1);
    const s = args.length > 0 ? seconds(args[0], "sleep") : 0;
    if (canSuspend()) current.scheduler.request({ kind: "sleep", seconds: s });
    return null;
  });
  def("receive", (args, kw) => {
    arity("receive", args, kw, 0, 0);
    const vm = current;
    const sched = vm.scheduler;
    if (sched !== null && sched.events.length > 0) return sched.events.shift()!;
    if (canSuspend()) {
      sched.request({ kind: "event" });
      return null;
    }
    raise(RuntimeError, "receive(): no event is queued and the caller cannot wait here");
  });
  def("cancel", (args, kw) => {
    arity("cancel", args, kw, 1, 1);
    const g = args[0];
    const sched = current.scheduler;
    if (sched !== null && g instanceof PyGenerator) {
      const t = sched.byGen.get(g);
      if (t !== undefined) sched.cancel(t);
      else {
        // not started yet: it will never run
        sched.cancel(sched.spawn(g));
      }
    }
    return null;
  });
  def("frame", (args, kw) => {
    arity("frame", args, kw, 0, 0);
    if (canSuspend()) {
      current.scheduler.request({ kind: "frame" });
      return null;
    }
    const e = newExc(RuntimeError, "scheduler suspended");
    e.uncatchable = true;
    throw e;
  });
  return m;
}
