// The embedding API: EdgePython instances and PythonError.

import { compile } from "../core/compiler/stmt.ts";
import { CompileError } from "../core/compiler/errors.ts";
import { engineErrorKind } from "../core/errors.ts";
import { Source } from "../core/compiler/code.ts";
import { createBuiltins } from "../core/builtins/index.ts";
import { Frame } from "../core/vm/frame.ts";
import { type HostIO, Interp, type Limits } from "../core/vm/vm.ts";
import { Scheduler } from "../core/vm/scheduler.ts";
import { type Py, PyException, type PyModule } from "../core/objects/model.ts";
import { baseValue, getAttrOpt, isSubtype, pyStr } from "../core/objects/protocol.ts";
import { KeyboardInterrupt, RuntimeError, SystemExit } from "../core/objects/exceptions.ts";
import { newExc } from "../core/vm/vm.ts";
import { DEFAULT_LIMITS, MAX_DEPTH, SLICE_MS } from "../core/limits.ts";
import { defaultHeapUsed, engineCap, estimateEngineCap, memoryReady, probeEngineCap } from "./memory.ts";
import { exceptionLine, exceptionPosition, formatSyntaxError, formatTraceback } from "./traceback.ts";

/**
 * Options for {@link EdgePython.create}. `create()` rejects with a `TypeError` when an option has
 * the wrong type and with a `RangeError` when a limit is out of range.
 */
export interface EdgePythonOptions {
  /** Lines returned by successive `input()` calls (an array of strings). */
  input?: string[];
  /**
   * Resource limits; missing fields take the CLI defaults (depth 1000, no op budget, 2 GiB).
   * `ops` and `objects`: a non-negative integer or `Infinity`; `depth`: an integer from 1 to
   * 1,000,000. Whatever `objects` says, the memory limit stays below the JS engine's own heap
   * limit, so a runaway allocation is a `MemoryError`, not a crash of the process.
   */
  limits?: Partial<Limits>;
  /** Read a line for `input()` when `input` is exhausted (the CLI reads stdin); must return a string or null. */
  readLine?: () => string | null;
  /**
   * Bytes of memory in use (enables the memory limit); defaults to the JS heap plus the
   * memory of ArrayBuffers (bytes objects) from `Deno.memoryUsage` when available.
   */
  heapUsed?: () => number;
  /**
   * "real" (default): sleep() waits in real time. "virtual": time advances only when every
   * task sleeps, so runs are fast and deterministic (the conformance runner uses this).
   */
  clock?: "real" | "virtual";
  /**
   * No event source (the CLI): once every task is blocked and one waits in `receive()` with no event
   * queued, that `receive()` raises `RuntimeError: receive(): no more events` (catchable) instead of
   * waiting for `pushEvent()`.
   */
  noEventWait?: boolean;
  /**
   * Called when the program has run for a second without yielding to the event loop and cannot
   * pause yet (a loop inside a builtin such as `sum()` or `sorted()`, a `key=` function or a dunder
   * method, a deep recursion), again each second while that lasts: until it yields, timers and
   * signal handlers cannot act, but calling `interrupt()` from here stops the program at its next
   * check. The CLI flushes its output and lets Ctrl-C and SIGTERM kill the process meanwhile.
   */
  onStall?: () => void;
}

/** Options for {@link EdgePython.run}; `run()` rejects with a `TypeError` for a wrong option. */
export interface RunOptions {
  /** Shown in tracebacks (default "main.py"). */
  filename?: string;
}

/**
 * An uncaught Python exception or syntax error.
 *
 * ```ts
 * try { await ep.run("1/0"); } catch (e) { if (e instanceof PythonError) console.log(e.type); }
 * ```
 */
export class PythonError extends Error {
  /** The Python class name, e.g. "ZeroDivisionError" or "SyntaxError". */
  readonly type: string;
  /** The whole traceback text (CPython format). */
  readonly traceback: string;
  /** 1-based line of the error (0 when unknown). */
  readonly line: number;
  /** 1-based column of the error (0 when unknown). */
  readonly column: number;
  /**
   * The exit status CPython's command line ends with: for SystemExit the status it asks for, 130
   * (128 + SIGINT) for an uncaught KeyboardInterrupt (exactly that class, not a subclass), 1 for
   * any other error.
   */
  readonly exitCode: number;
  /** True when the exception is SystemExit or a subclass of it: a request to exit, not an error. */
  readonly systemExit: boolean;
  /**
   * For SystemExit: what CPython prints on stderr as it exits, `str(code)` when `code` is neither
   * None nor an int (`sys.exit("bye")`); null otherwise.
   */
  readonly exitMessage: string | null;
  /** Made by the runtime (the fields are documented above); embedders only catch it. */
  constructor(
    type: string,
    message: string,
    traceback: string,
    line: number,
    column: number,
    exit: { code: number; message: string | null } | null = null,
    status = 1,
  ) {
    super(message);
    this.name = "PythonError";
    this.type = type;
    this.traceback = traceback;
    this.line = line;
    this.column = column;
    this.exitCode = exit === null ? status : exit.code;
    this.systemExit = exit !== null;
    this.exitMessage = exit === null ? null : exit.message;
  }
}

// A macrotask turn for time-slicing. setTimeout(0) costs ~2 ms in Deno; a MessageChannel turn
// costs ~60 µs and still lets timers and I/O run. The port is closed when idle so it never keeps
// the process alive.
let channel: MessageChannel | null = null;
const waiting: (() => void)[] = [];
function yieldToEventLoop(): Promise<void> {
  if (typeof MessageChannel === "undefined") return new Promise((res) => setTimeout(res, 0));
  if (channel === null) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const r = waiting.shift();
      if (waiting.length === 0 && channel !== null) {
        channel.port1.close();
        channel = null;
      }
      r?.();
    };
  }
  return new Promise((res) => {
    waiting.push(res);
    channel!.port2.postMessage(0);
  });
}

// -- argument checks (embedder errors: TypeError or RangeError, in Deno std's wording) -------------

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "string") return `"${v}"`;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint" || v === undefined) return String(v);
  return `a value of type ${typeof v}`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Why `value` is not acceptable for the limit `name` ("ops", "depth", "objects"), or null when it
 * is: `ops` and `objects` take a non-negative integer or Infinity, `depth` an integer from 1 to
 * MAX_DEPTH (a deeper Python stack would exhaust memory before RecursionError).
 */
export function limitProblem(name: string, value: number): string | null {
  if (name === "depth") {
    return Number.isInteger(value) && value >= 1 && value <= MAX_DEPTH ? null : `an integer from 1 to ${MAX_DEPTH}`;
  }
  return value === Infinity || (Number.isSafeInteger(value) && value >= 0) ? null : "a non-negative integer or Infinity";
}

function checkLimits(v: unknown): Partial<Limits> {
  if (v === undefined) return {};
  if (!isObject(v)) throw new TypeError(`Cannot create EdgePython: "limits" must be an object, received ${describe(v)}`);
  const out: Partial<Limits> = {};
  for (const name of ["ops", "depth", "objects"] as const) {
    const x = v[name];
    if (x === undefined) continue;
    if (typeof x !== "number") {
      throw new TypeError(`Cannot create EdgePython: "limits.${name}" must be a number, received ${describe(x)}`);
    }
    const problem = limitProblem(name, x);
    if (problem !== null) {
      throw new RangeError(`Cannot create EdgePython: "limits.${name}" must be ${problem}, received ${describe(x)}`);
    }
    out[name] = x;
  }
  return out;
}

function checkOptions(opts: unknown): EdgePythonOptions {
  if (opts === undefined) return {};
  if (!isObject(opts)) throw new TypeError(`Cannot create EdgePython: options must be an object, received ${describe(opts)}`);
  const bad = (name: string, expected: string, v: unknown) =>
    new TypeError(`Cannot create EdgePython: "${name}" must be ${expected}, received ${describe(v)}`);
  const { input, readLine, heapUsed, clock, noEventWait } = opts;
  if (input !== undefined && (!Array.isArray(input) || !input.every((l) => typeof l === "string"))) {
    throw bad("input", "an array of strings", input);
  }
  if (readLine !== undefined && typeof readLine !== "function") throw bad("readLine", "a function", readLine);
  if (heapUsed !== undefined && typeof heapUsed !== "function") throw bad("heapUsed", "a function", heapUsed);
  if (clock !== undefined && clock !== "real" && clock !== "virtual") throw bad("clock", '"real" or "virtual"', clock);
  if (noEventWait !== undefined && typeof noEventWait !== "boolean") throw bad("noEventWait", "a boolean", noEventWait);
  if (opts.onStall !== undefined && typeof opts.onStall !== "function") throw bad("onStall", "a function", opts.onStall);
  return { ...(opts as EdgePythonOptions), limits: checkLimits(opts.limits) };
}

function checkCallback(method: string, fn: unknown): void {
  if (typeof fn !== "function") throw new TypeError(`Cannot register ${method}: expected a function, received ${describe(fn)}`);
}

/**
 * An isolated Python interpreter.
 *
 * ```ts
 * const ep = await EdgePython.create({ input: ["Ada"] });
 * ep.onOutput((line) => console.log(line));
 * await ep.run("print('hello', input())");
 * ```
 */
export class EdgePython {
  #vm: Interp;
  #listeners: ((line: string) => void)[] = [];
  #writers: ((text: string) => void)[] = [];
  #pending = "";
  #input: string[];
  #events: string[] = [];
  #readLine?: () => string | null;
  #sched: Scheduler | null = null;
  /** Ends the current wait for a timer or an event (set while the run waits). */
  #wake: (() => void) | null = null;
  #eventWaiting = false;
  /** The error a callback of the embedder threw during the current run (see #hostCall). */
  #hostError: { error: unknown } | null = null;
  #clock: "real" | "virtual";
  #noEventWait: boolean;
  /** The current run's memory limit from `limits.objects` (the VM's is also below the engine cap). */
  #heapLimit = Infinity;

  private constructor(opts: EdgePythonOptions) {
    this.#input = (opts.input ?? []).slice();
    this.#clock = opts.clock ?? "real";
    this.#noEventWait = opts.noEventWait ?? false;
    this.#readLine = opts.readLine;
    const limits: Limits = { ...DEFAULT_LIMITS, ...opts.limits };
    const heapUsed = opts.heapUsed ?? defaultHeapUsed();
    const onStall = opts.onStall;
    const io: HostIO = {
      write: (text) => this.#write(text),
      readLine: () => {
        // the prompt (a line still unterminated) is delivered as a line of its own, wherever the input comes from
        this.#flushPartial();
        if (this.#input.length > 0) return this.#input.shift()!;
        const readLine = this.#readLine;
        if (readLine) {
          const line = this.#hostCall(() => readLine());
          if (line !== null && typeof line !== "string") {
            this.#hostFail(new TypeError(`Cannot read input: "readLine" must return a string or null, received ${describe(line)}`));
          }
          return line;
        }
        return null;
      },
      now: () => performance.now(),
      heapUsed: heapUsed === undefined ? undefined : () => {
        const n = this.#hostCall(() => heapUsed());
        if (typeof n !== "number" || !Number.isFinite(n)) {
          this.#hostFail(new TypeError(`Cannot check memory: "heapUsed" must return a finite number, received ${describe(n)}`));
        }
        probeEngineCap(n);
        const cap = engineCap();
        this.#vm.heapLimit = Math.min(this.#heapLimit, cap);
        return n;
      },
      stalled: onStall === undefined ? undefined : () => this.#hostCall(onStall),
    };
    this.#vm = new Interp(io, limits, createBuiltins());
  }

  /**
   * Create an interpreter. Rejects with a `TypeError` or `RangeError` for invalid options (see
   * {@link EdgePythonOptions}).
   */
  static create(opts?: EdgePythonOptions): Promise<EdgePython> {
    try {
      const checked = checkOptions(opts);
      estimateEngineCap();
      return Promise.resolve(new EdgePython(checked));
    } catch (e) {
      return Promise.reject(e);
    }
  }

  /**
   * Receive each printed line (without its newline); a final partial line arrives when a run ends.
   * If `fn` throws, the run stops at once (Python code cannot catch it) and `run()` rejects with
   * the error `fn` threw.
   */
  onOutput(fn: (line: string) => void): void {
    checkCallback("onOutput", fn);
    this.#listeners.push(fn);
  }

  /**
   * Receive printed text exactly as written, in chunks (newlines included, nothing added): for
   * a terminal or a stream, where an `input()` prompt or `print(..., end="")` must stay on its line.
   * If `fn` throws, the run stops and `run()` rejects with that error, as for {@link onOutput}.
   *
   * ```ts
   * const ep = await EdgePython.create();
   * ep.onWrite((text) => Deno.stdout.writeSync(new TextEncoder().encode(text)));
   * await ep.run("print('no newline', end='')");
   * ```
   */
  onWrite(fn: (text: string) => void): void {
    checkCallback("onWrite", fn);
    this.#writers.push(fn);
  }

  /** Queue an event (a string) for `receive()` (before or during a run). */
  pushEvent(event: string): void {
    if (typeof event !== "string") throw new TypeError(`Cannot push event: expected a string, received ${describe(event)}`);
    if (this.#sched !== null) {
      this.#sched.pushEvent(event);
      if (this.#eventWaiting) this.#wake?.();
    } else this.#events.push(event);
  }

  /**
   * Raise `KeyboardInterrupt` in the running program, as Ctrl-C does in CPython: at once if it
   * waits in `sleep()` or `receive()`, else at the VM's next periodic check (within one time
   * slice). Called from a callback such as `onStall`, it also stops a loop that cannot pause (one
   * inside a builtin or a `key=` function). The program may catch it; uncaught, `run()` rejects
   * with a PythonError whose `exitCode` is 130. Nothing happens when no run is in progress.
   *
   * ```ts
   * const ep = await EdgePython.create();
   * setTimeout(() => ep.interrupt(), 100);
   * await ep.run("while True: pass").catch((e) => console.log(e.type)); // KeyboardInterrupt
   * ```
   */
  interrupt(): void {
    if (this.#sched === null) return;
    this.#vm.interrupt ??= newExc(KeyboardInterrupt, "");
    this.#wake?.();
  }

  /**
   * Call a callback of the embedder; if it throws, abort the run (see #hostFail). The callback may
   * start another interpreter's run (which begins synchronously and makes that interpreter the
   * VM's current one): this one is made current again before its program goes on.
   */
  #hostCall<T>(fn: () => T): T {
    if (this.#hostError !== null) this.#abort();
    try {
      return fn();
    } catch (e) {
      if (e instanceof PyException) throw e; // (see #write)
      return this.#hostFail(e);
    } finally {
      this.#vm.activate();
    }
  }

  /** Record the embedder's error and unwind the VM with an exception no `except` or `finally` runs for. */
  #hostFail(error: unknown): never {
    if (this.#hostError === null) this.#hostError = { error };
    return this.#abort();
  }

  #abort(): never {
    const e = newExc(RuntimeError, "run aborted by the host");
    e.uncatchable = true;
    throw e;
  }

  #write(text: string): void {
    if (this.#hostError !== null) this.#abort();
    try {
      for (const w of this.#writers) w(text);
      if (this.#listeners.length === 0) return;
      let s = this.#pending + text;
      let i: number;
      while ((i = s.indexOf("\n")) >= 0) {
        const line = s.slice(0, i);
        s = s.slice(i + 1);
        this.#pending = s;
        for (const l of this.#listeners) l(line);
      }
      this.#pending = s;
    } catch (e) {
      // a Python exception is raised in the program at the print, as an ordinary one: the CLI's
      // BrokenPipeError once stdout's reader is gone (not part of the public API: embedders
      // cannot make one)
      if (e instanceof PyException) throw e;
      this.#hostFail(e);
    } finally {
      this.#vm.activate(); // (see #hostCall)
    }
  }

  #flushPartial(): void {
    if (this.#pending !== "") {
      const line = this.#pending;
      this.#pending = "";
      for (const l of this.#listeners) this.#hostCall(() => l(line));
    }
  }

  /**
   * Run a program; resolves when it ends. Each run starts afresh: a new `__main__` module, and
   * the builtins as created (names an earlier run bound in `__builtins__` are gone). Rejects with {@link PythonError} for anything the
   * program does (an uncaught exception, a syntax error, a limit reached); with a `TypeError`
   * when `source` is not a string or `opts` is invalid; and with the very error a callback of
   * yours (`onOutput`, `onWrite`, `readLine`, `heapUsed`, `onStall`) threw, which stops the run at once.
   */
  async run(source: string, opts?: RunOptions): Promise<void> {
    if (typeof source !== "string") throw new TypeError(`Cannot run: source must be a string, received ${describe(source)}`);
    if (opts !== undefined && !isObject(opts)) throw new TypeError(`Cannot run: options must be an object, received ${describe(opts)}`);
    const filename = opts?.filename ?? "main.py";
    if (typeof filename !== "string") throw new TypeError(`Cannot run: "filename" must be a string, received ${describe(filename)}`);
    // (where a flag changes V8's heap, the first run waits for its exact limit: see host/memory.ts)
    const ready = memoryReady();
    if (ready !== null) await ready;
    if (this.#sched !== null) throw new TypeError("Cannot run: this interpreter is already running a program");
    const vm = this.#vm;
    this.#hostError = null;
    let failure: { error: unknown } | null = null;
    try {
      let compiled;
      try {
        compiled = compile(source, filename);
      } catch (e) {
        throw compileFailure(e, filename, source) ?? this.#toPythonError(vm.toPyException(e));
      }
      vm.activate();
      vm.resetBuiltins();
      const module = vm.newModule("__main__", compiled.code);
      const gensBefore = vm.gensMade;
      const frame = new Frame(compiled.code, null, module, null);
      frame.boundary = true;
      vm.depth = 0;
      vm.nested = 0;
      vm.curExc = null;
      vm.pausable = true;
      vm.suspendRequest = null;
      vm.budget = vm.limits.ops;
      vm.ticks = vm.quantum;
      const heap = vm.io.heapUsed;
      this.#heapLimit = heap ? heap() + vm.limits.objects * 1024 : Infinity;
      vm.heapLimit = Math.min(this.#heapLimit, engineCap());
      const sched = new Scheduler(vm, this.#clock === "real");
      vm.scheduler = sched;
      sched.events.push(...this.#events.splice(0));
      this.#sched = sched;
      sched.start(frame);
      for (;;) {
        if (vm.interrupt !== null) {
          // raised where the main task waits, else by the VM at its next check
          vm.interrupt = sched.throwIntoMain(vm.interrupt) ? null : vm.interrupt;
        }
        vm.sliceDeadline = performance.now() + SLICE_MS;
        vm.activate();
        let st;
        try {
          st = sched.drive(vm.sliceDeadline);
        } catch (e) {
          if (this.#hostError !== null) break;
          const exc = vm.toPyException(e);
          // (after the traceback is made: a generator's finally must not change it)
          const error = this.#toPythonError(exc);
          if (!exc.uncatchable) this.#finalize(module, gensBefore);
          throw error;
        }
        if (this.#hostError !== null) break;
        if (st.kind === "done") {
          this.#finalize(module, gensBefore);
          break;
        }
        if (st.kind === "paused") {
          await yieldToEventLoop();
        } else if (st.kind === "timer") {
          await this.#wait(st.ms);
        } else if (st.kind === "event") {
          if (this.#noEventWait) {
            // no event will come: each receive() waiting raises an ordinary RuntimeError where it was called
            sched.failEventWaiters(() => newExc(RuntimeError, "receive(): no more events"));
            continue;
          }
          this.#eventWaiting = true;
          await this.#wait(-1);
          this.#eventWaiting = false;
        }
      }
    } catch (e) {
      // (anything else escaping the VM is its internal error, reported as a Python exception too)
      failure = { error: e instanceof PythonError ? e : this.#toPythonError(vm.toPyException(e)) };
    } finally {
      vm.interrupt = null;
      vm.pausable = false;
      vm.scheduler = null;
      this.#sched = null;
      this.#wake = null;
      this.#eventWaiting = false;
      if (this.#hostError === null) {
        try {
          this.#flushPartial();
        } catch {
          // the listener's error is in #hostError
        }
      }
    }
    if (this.#hostError !== null) {
      const { error } = this.#hostError;
      this.#hostError = null;
      throw error;
    }
    if (failure !== null) throw failure.error;
  }

  /**
   * The end of a program, finished or failed: close the generators it left suspended, as
   * CPython's shutdown does (vm.finalizeGenerators). An error that escapes (the op budget, a
   * callback's) ends the run as it would have ended inside the program.
   */
  #finalize(module: PyModule, gensBefore: number): void {
    const vm = this.#vm;
    vm.pausable = false;
    vm.activate();
    try {
      vm.finalizeGenerators(module, gensBefore);
    } catch (e) {
      if (this.#hostError !== null) return;
      throw this.#toPythonError(vm.toPyException(e));
    }
  }

  /** Wait `ms` milliseconds (-1: until woken), or until interrupt() or pushEvent() wakes the run. */
  #wait(ms: number): Promise<void> {
    return new Promise<void>((res) => {
      const timer = ms < 0 ? undefined : setTimeout(() => done(), Math.min(ms, 2 ** 31 - 1));
      const done = () => {
        clearTimeout(timer);
        this.#wake = null;
        res();
      };
      this.#wake = done;
    });
  }

  #toPythonError(e: PyException): PythonError {
    const pos = exceptionPosition(e);
    const tb = formatTraceback(e);
    const line = exceptionLine(e);
    const exit = isSubtype(e.cls, SystemExit) ? exitRequest(e) : null;
    // CPython's Py_Main kills itself with SIGINT after an uncaught KeyboardInterrupt (an exact type
    // check): the shell sees status 130
    return new PythonError(e.cls.name, line, tb, pos.line, pos.column, exit, e.cls === KeyboardInterrupt ? 130 : 1);
  }
}

/**
 * The PythonError for what `compile()` threw, as a run reports it: a CompileError is its
 * SyntaxError (or IndentationError, TabError) at its place, or its RecursionError or MemoryError
 * printed without one (`line` still says where the compile stopped). The engine's errors
 * are what CPython raises for the same causes, with no place (line 0), as CPython prints none: its
 * stack overflow (a construct the parser recurses on, nested deeper than the stack holds) is
 * `RecursionError: maximum recursion depth exceeded during compilation`, a length past its limits
 * (an array, a string, a Map) `MemoryError`; their messages are told apart as `Interp.toPyException`
 * tells them. Null for anything else (an internal error).
 */
export function compileFailure(e: unknown, filename: string, source: string): PythonError | null {
  if (e instanceof CompileError) {
    const r = formatSyntaxError(e, new Source(filename, source));
    return new PythonError(e.type, r.message, r.text, r.line, r.column);
  }
  const kind = engineErrorKind(e);
  if (kind === "recursion") {
    const message = "RecursionError: maximum recursion depth exceeded during compilation";
    return new PythonError("RecursionError", message, message, 0, 0);
  }
  if (kind === "memory") return new PythonError("MemoryError", "MemoryError", "MemoryError", 0, 0);
  return null;
}

/** The exit status and stderr text of an uncaught SystemExit, from its `code` as CPython reads it. */
function exitRequest(e: PyException): { code: number; message: string | null } {
  let code: Py;
  try {
    code = getAttrOpt(e, "code") ?? null;
  } catch {
    code = null;
  }
  code = baseValue(code); // an int subclass counts as its value
  if (code === null) return { code: 0, message: null };
  if (typeof code === "boolean") return { code: code ? 1 : 0, message: null };
  if (typeof code === "number") return { code: code & 0xff, message: null };
  // a C long keeps its low byte; past 64 bits CPython's conversion fails and exits with 255
  if (typeof code === "bigint") return { code: BigInt.asIntN(64, code) === code ? Number(BigInt.asUintN(8, code)) : 255, message: null };
  let message: string;
  try {
    message = pyStr(code);
  } catch {
    message = "";
  }
  return { code: 1, message };
}
