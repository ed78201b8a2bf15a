// The cooperative scheduler behind run(), gather(), sleep(), receive(), with_timeout(), cancel().
//
// A task is a chain of heap frames (a coroutine plus the plain functions it called). A builtin
// that blocks (sleep, receive, run, gather...) asks the VM to suspend; the loop returns with the
// chain intact and the scheduler picks the next task. One driver, no JS recursion: the host
// calls `drive()` and awaits what it reports (a time slice ended, a timer, an event).

import { raise, recursionError, typeError } from "../errors.ts";
import { RuntimeError, TimeoutError } from "../objects/exceptions.ts";
import { CoroutineType, GeneratorType, type Py, PyException, PyList, PyTuple } from "../objects/model.ts";
import { type Frame, GEN_CREATED, GEN_DONE, GEN_RUNNING, GEN_SUSPENDED, PyGenerator } from "./frame.ts";
import { type Interp, PAUSED, SUSPENDED, newExc } from "./vm.ts";

const READY = 0, SLEEPING = 1, WAIT_EVENT = 2, WAIT_CHILDREN = 3, DONE = 4, FAILED = 5, CANCELLED = 6;

export const W_RUN = 0, W_GATHER = 1, W_TIMEOUT = 2, W_AWAIT = 3;

/** What a blocking builtin asks for. */
export type SuspendRequest =
  | { kind: "sleep"; seconds: number }
  | { kind: "event" }
  | { kind: "children"; mode: number; coros: Py[]; deadline: number }
  | { kind: "frame" };

export class Task {
  state = READY;
  frame: Frame | null = null;
  gen: PyGenerator | null;
  started = false;
  wake = 0;
  seq = 0;
  result: Py = null;
  error: PyException | null = null;
  /** Value pushed onto the resumed frame's stack (the blocking call's result). */
  resumeValue: Py = undefined;
  resumeExc: PyException | null = null;
  /** Set after a time-slice pause: resume without pushing a value. */
  paused = false;
  depth = 0;
  curExc: PyException | null = null;
  waiting: { mode: number; children: Task[]; deadline: number } | null = null;
  parents: Task[] = [];
  constructor(gen: PyGenerator | null, frame: Frame | null) {
    this.gen = gen;
    this.frame = frame;
  }
}

/** Status of a drive() call for the host. */
export type DriveStatus =
  | { kind: "done"; value: Py }
  | { kind: "paused" }
  | { kind: "timer"; ms: number }
  | { kind: "event" };

export class Scheduler {
  tasks: Task[] = [];
  ready: Task[] = [];
  sleeping: Task[] = [];
  events: string[] = [];
  eventWaiters: Task[] = [];
  main: Task | null = null;
  /** Virtual time (seconds) when `realTime` is false. */
  clock = 0;
  seq = 0;
  current: Task | null = null;
  byGen = new Map<PyGenerator, Task>();

  constructor(readonly vm: Interp, readonly realTime: boolean, readonly frameHost: boolean = false) {}

  now(): number {
    return this.realTime ? this.vm.io.now() / 1000 : this.clock;
  }

  /** The main task runs the module body. */
  start(frame: Frame): void {
    const t = new Task(null, frame);
    t.started = true;
    t.depth = 1; // the module frame counts, as in CPython (a limit of 1000 allows 999 nested calls)
    this.main = t;
    this.tasks.push(t);
    this.ready.push(t);
  }

  liveTasks(): number {
    let n = 0;
    for (const t of this.tasks) if (t.state !== DONE && t.state !== FAILED && t.state !== CANCELLED) n++;
    return n;
  }

  /** A task for a coroutine object (one per coroutine). */
  spawn(g: PyGenerator): Task {
    let t = this.byGen.get(g);
    if (t !== undefined) return t;
    if (this.liveTasks() >= this.vm.limits.depth) recursionError();
    if (g.state !== GEN_CREATED) {
      if (g.state === GEN_DONE) {
        t = new Task(g, null);
        t.state = DONE;
        t.result = g.result ?? null;
        return t;
      }
      raise(RuntimeError, "coroutine is already running");
    }
    t = new Task(g, g.frame);
    t.depth = this.current !== null ? this.current.depth : 0;
    this.byGen.set(g, t);
    this.tasks.push(t);
    this.makeReady(t);
    return t;
  }

  makeReady(t: Task): void {
    t.state = READY;
    t.seq = this.seq++;
    this.ready.push(t);
  }

  /** Called by builtins: block the current task. */
  request(r: SuspendRequest): void {
    this.vm.suspendRequest = r;
  }

  /** Run tasks until the main task finishes or everything is blocked. */
  drive(sliceDeadline: number): DriveStatus {
    const vm = this.vm;
    for (;;) {
      if (this.main!.state === DONE) return { kind: "done", value: this.main!.result };
      if (this.main!.state === FAILED) throw this.main!.error;
      let t = this.ready.shift();
      if (t === undefined) {
        // deliver queued events
        if (this.eventWaiters.length > 0 && this.events.length > 0) {
          const w = this.eventWaiters.shift()!;
          w.resumeValue = this.events.shift()!;
          this.makeReady(w);
          continue;
        }
        if (this.sleeping.length > 0) {
          this.sleeping.sort((a, b) => a.wake - b.wake || a.seq - b.seq);
          const next = this.sleeping[0].wake;
          if (this.realTime) {
            const wait = (next - this.now()) * 1000;
            if (wait > 0) return { kind: "timer", ms: wait };
          } else if (next > this.clock) this.clock = next;
          const now = this.now();
          while (this.sleeping.length > 0 && this.sleeping[0].wake <= now) this.wakeUp(this.sleeping.shift()!);
          continue;
        }
        if (this.eventWaiters.length > 0) return { kind: "event" };
        // nothing can run: a deadlock (e.g. a task waiting on itself)
        raise(RuntimeError, "scheduler deadlock: no task can run");
      }
      if (t.state !== READY) continue;
      this.runTask(t);
      if (vm.pauseRequested) {
        vm.pauseRequested = false;
        return { kind: "paused" };
      }
      void sliceDeadline;
    }
  }

  /** A sleeping task's time came (or a timeout expired). */
  wakeUp(t: Task): void {
    if (t.state === WAIT_CHILDREN && t.waiting !== null && t.waiting.mode === W_TIMEOUT) {
      // the deadline passed before the child finished
      for (const c of t.waiting.children) this.cancel(c);
      t.waiting = null;
      t.resumeExc = newExc(TimeoutError, "");
      this.makeReady(t);
      return;
    }
    if (t.state === SLEEPING) {
      t.resumeValue = null;
      this.makeReady(t);
    }
  }

  runTask(t: Task): void {
    const vm = this.vm;
    this.current = t;
    vm.depth = t.depth;
    vm.curExc = t.curExc;
    // (a task's coroutine suspended at a bare yield keeps the exception it was handling)
    if (t.gen !== null && t.started && t.gen.state === GEN_SUSPENDED && t.frame === t.gen.frame) {
      // resumed after that yield: the coroutine's frame is the root of the task's chain again
      vm.genSwapIn(t.gen);
      t.gen.state = GEN_RUNNING;
      t.frame!.boundary = true;
      t.frame!.back = null;
    }
    let frame: Frame;
    let inject: PyException | null = null;
    if (!t.started) {
      t.started = true;
      const g = t.gen!;
      g.state = GEN_RUNNING;
      frame = g.frame!;
      frame.boundary = true;
      frame.back = null;
      vm.depth++;
    } else {
      frame = t.frame!;
      if (t.resumeExc !== null) {
        inject = t.resumeExc;
        t.resumeExc = null;
      } else if (!t.paused && t.resumeValue !== undefined) frame.s[frame.sp++] = t.resumeValue;
      t.resumeValue = undefined;
      t.paused = false;
    }
    let r: Py;
    try {
      vm.activate();
      r = vm.run(frame, inject);
    } catch (e) {
      const exc = vm.toPyException(e);
      this.finish(t, FAILED, null, exc);
      return;
    } finally {
      t.depth = vm.depth;
      t.curExc = vm.curExc;
      this.current = null;
    }
    if (r === PAUSED) {
      t.frame = vm.pausedFrame;
      vm.pausedFrame = null; // (the loop pauses where it finds its new frame there: see Interp.callAny)
      t.paused = true;
      this.ready.unshift(t);
      vm.pauseRequested = true;
      return;
    }
    if (r === SUSPENDED) {
      t.frame = vm.suspendedFrame;
      const req = vm.suspendRequest as SuspendRequest;
      vm.suspendRequest = null;
      this.block(t, req);
      return;
    }
    if (vm.yielded) {
      // a bare yield at the top of a task: treat as sleep(0)
      vm.yielded = false;
      t.frame = t.gen!.frame;
      t.resumeValue = null;
      this.makeReady(t);
      return;
    }
    this.finish(t, DONE, r, null);
  }

  block(t: Task, req: SuspendRequest): void {
    switch (req.kind) {
      case "sleep": {
        t.state = SLEEPING;
        t.wake = this.now() + Math.max(0, req.seconds);
        t.seq = this.seq++;
        if (req.seconds <= 0) {
          t.resumeValue = null;
          this.makeReady(t);
        } else this.sleeping.push(t);
        return;
      }
      case "event":
        t.state = WAIT_EVENT;
        this.eventWaiters.push(t);
        return;
      case "frame":
        // no render frames without a page: the run cannot continue
        t.resumeExc = uncatchable("scheduler suspended");
        this.makeReady(t);
        return;
      case "children": {
        const children: Task[] = [];
        for (const c of req.coros) {
          if (c instanceof PyGenerator && (c.cls === CoroutineType || c.cls === GeneratorType)) children.push(this.spawn(c));
        }
        t.state = WAIT_CHILDREN;
        t.waiting = { mode: req.mode, children, deadline: req.deadline };
        for (const c of children) c.parents.push(t);
        if (req.mode === W_TIMEOUT) {
          t.wake = this.now() + Math.max(0, req.deadline);
          t.seq = this.seq++;
          this.sleeping.push(t);
        }
        this.checkParent(t);
        return;
      }
    }
  }

  finish(t: Task, state: number, result: Py, error: PyException | null): void {
    t.state = state;
    t.result = result;
    t.error = error;
    t.frame = null;
    if (t.gen !== null && t.gen.state !== GEN_DONE) {
      t.gen.state = GEN_DONE;
      t.gen.frame = null;
    }
    if (t.gen !== null && state === DONE) t.gen.result = result;
    for (const p of t.parents) this.checkParent(p);
  }

  cancel(t: Task): void {
    if (t.state === DONE || t.state === FAILED || t.state === CANCELLED) return;
    this.ready = this.ready.filter((x) => x !== t);
    this.sleeping = this.sleeping.filter((x) => x !== t);
    this.eventWaiters = this.eventWaiters.filter((x) => x !== t);
    this.finish(t, CANCELLED, null, null);
  }

  /** Wake a parent whose children are all finished. */
  checkParent(p: Task): void {
    const w = p.waiting;
    if (w === null || p.state !== WAIT_CHILDREN) return;
    const finished = (c: Task) => c.state === DONE || c.state === FAILED || c.state === CANCELLED;
    if (!w.children.every(finished)) return;
    p.waiting = null;
    if (w.mode === W_TIMEOUT) this.sleeping = this.sleeping.filter((x) => x !== p);
    if (w.mode === W_GATHER) {
      const err = w.children.find((c) => c.state === FAILED);
      if (err !== undefined) p.resumeExc = err.error;
      else p.resumeValue = new PyList(w.children.map((c) => c.result));
    } else {
      const first = w.children[0];
      if (first === undefined) p.resumeValue = null;
      else if (first.state === FAILED) p.resumeExc = first.error;
      else p.resumeValue = first.result;
    }
    this.makeReady(p);
  }

  /**
   * Raise `exc` in the main task where it waits (sleep, receive, run/gather/with_timeout): the
   * host's KeyboardInterrupt. False when the main task is not waiting (ready to run, or paused at
   * the end of a time slice): the VM then raises it at its next periodic check (`vm.interrupt`).
   */
  throwIntoMain(exc: PyException): boolean {
    const t = this.main;
    if (t === null || t.state === DONE || t.state === FAILED || t.state === CANCELLED) return true;
    if (t.state === READY) return false;
    t.resumeExc = exc;
    t.resumeValue = undefined;
    this.sleeping = this.sleeping.filter((x) => x !== t);
    this.eventWaiters = this.eventWaiters.filter((x) => x !== t);
    t.waiting = null;
    this.makeReady(t);
    return true;
  }

  pushEvent(e: string): void {
    this.events.push(e);
  }

  /**
   * Raise an exception made by `make` in every task waiting in receive(), where it called it: for a
   * host with no event source (the CLI), once no task can run.
   */
  failEventWaiters(make: () => PyException): void {
    for (const t of this.eventWaiters.splice(0)) {
      t.resumeExc = make();
      t.resumeValue = undefined;
      this.makeReady(t);
    }
  }

  /**
   * Synchronous fallback for run()/gather()/coroutine calls made where the caller cannot be
   * suspended (inside a builtin callback): drive the children to completion on the JS stack.
   */
  runNested(coros: Py[], mode: number, deadline: number): Py {
    const vm = this.vm;
    const results: Py[] = [];
    let firstErr: PyException | null = null;
    const start = this.now();
    for (const c of coros) {
      if (!(c instanceof PyGenerator)) {
        results.push(null);
        continue;
      }
      let r: Py = null;
      try {
        r = vm.runCoroutineNested(c);
      } catch (e) {
        if (e instanceof PyException) {
          if (firstErr === null) firstErr = e;
        } else throw e;
      }
      results.push(r);
      if (mode === W_TIMEOUT && this.now() - start > deadline) raise(TimeoutError);
    }
    if (mode === W_GATHER) {
      if (firstErr !== null) throw firstErr;
      return new PyList(results);
    }
    if (firstErr !== null && coros[0] instanceof PyGenerator) throw firstErr;
    return results.length > 0 ? results[0] : null;
  }

  runToCompletion(g: PyGenerator): Py {
    const vm = this.vm;
    if (vm.nested === 0 && vm.suspendRequest === null) {
      this.request({ kind: "children", mode: W_RUN, coros: [g], deadline: 0 });
      return null;
    }
    return this.runNested([g], W_RUN, 0);
  }
}

function uncatchable(msg: string): PyException {
  const e = newExc(RuntimeError, msg);
  e.uncatchable = true;
  return e;
}

export { PyTuple, typeError };
