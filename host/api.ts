// The embedding API: EdgePython instances and PythonError.

import { compile } from "../core/compiler/stmt.ts";
import { CompileError } from "../core/compiler/errors.ts";
import { Source } from "../core/compiler/code.ts";
import { createBuiltins } from "../core/builtins/index.ts";
import { Frame } from "../core/vm/frame.ts";
import { type HostIO, Interp, type Limits } from "../core/vm/vm.ts";
import { Scheduler } from "../core/vm/scheduler.ts";
import type { Py, PyException } from "../core/objects/model.ts";
import { baseValue, getAttrOpt, isSubtype, pyStr } from "../core/objects/protocol.ts";
import { KeyboardInterrupt, SystemExit } from "../core/objects/exceptions.ts";
import { DEFAULT_LIMITS, SLICE_MS } from "../core/limits.ts";
import { exceptionLine, exceptionPosition, formatSyntaxError, formatTraceback } from "./traceback.ts";

/** Options for {@link EdgePython.create}. */
export interface EdgePythonOptions {
  /** Lines returned by successive `input()` calls. */
  input?: string[];
  /** Resource limits; missing fields take the CLI defaults (depth 1000, no op budget). */
  limits?: Partial<Limits>;
  /** Read a line for `input()` when `input` is exhausted (the CLI reads stdin). */
  readLine?: () => string | null;
  /** Bytes of JS heap in use (enables the memory limit); defaults to Deno.memoryUsage when available. */
  heapUsed?: () => number;
  /**
   * "real" (default): sleep() waits in real time. "virtual": time advances only when every
   * task sleeps, so runs are fast and deterministic (the conformance runner uses this).
   */
  clock?: "real" | "virtual";
  /** Fail instead of waiting when receive() finds no event and every task is blocked (the CLI). */
  noEventWait?: boolean;
}

/** Options for {@link EdgePython.run}. */
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

const denoRuntime = (globalThis as { Deno?: { memoryUsage?: () => { heapUsed: number } } }).Deno;

function denoHeapUsed(): number {
  return denoRuntime!.memoryUsage!().heapUsed;
}

function defaultHeapUsed(): (() => number) | undefined {
  return denoRuntime?.memoryUsage ? denoHeapUsed : undefined;
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
  #eventArrived: (() => void) | null = null;
  #clock: "real" | "virtual";
  #noEventWait: boolean;

  private constructor(opts: EdgePythonOptions) {
    this.#input = (opts.input ?? []).slice();
    this.#clock = opts.clock ?? "real";
    this.#noEventWait = opts.noEventWait ?? false;
    this.#readLine = opts.readLine;
    const limits: Limits = { ...DEFAULT_LIMITS, ...opts.limits };
    const heapUsed = opts.heapUsed ?? defaultHeapUsed();
    const io: HostIO = {
      write: (text) => this.#write(text),
      readLine: () => {
        if (this.#input.length > 0) return this.#input.shift()!;
        if (this.#readLine) {
          this.#flushPartial();
          return this.#readLine();
        }
        return null;
      },
      now: () => performance.now(),
      heapUsed,
    };
    this.#vm = new Interp(io, limits, createBuiltins());
  }

  /** Create an interpreter. */
  static create(opts: EdgePythonOptions = {}): Promise<EdgePython> {
    return Promise.resolve(new EdgePython(opts));
  }

  /** Receive each printed line (without its newline); a final partial line arrives when a run ends. */
  onOutput(fn: (line: string) => void): void {
    this.#listeners.push(fn);
  }

  /**
   * Receive printed text exactly as written, in chunks (newlines included, nothing added): for
   * a terminal or a stream, where an `input()` prompt or `print(..., end="")` must stay on its line.
   *
   * ```ts
   * const ep = await EdgePython.create();
   * ep.onWrite((text) => Deno.stdout.writeSync(new TextEncoder().encode(text)));
   * await ep.run("print('no newline', end='')");
   * ```
   */
  onWrite(fn: (text: string) => void): void {
    this.#writers.push(fn);
  }

  /** Queue an event for `receive()` (before or during a run). */
  pushEvent(event: string): void {
    if (this.#sched !== null) {
      this.#sched.pushEvent(event);
      const wake = this.#eventArrived;
      this.#eventArrived = null;
      wake?.();
    } else this.#events.push(event);
  }

  #write(text: string): void {
    for (const w of this.#writers) w(text);
    if (this.#listeners.length === 0) return;
    let s = this.#pending + text;
    let i: number;
    while ((i = s.indexOf("\n")) >= 0) {
      const line = s.slice(0, i);
      s = s.slice(i + 1);
      for (const l of this.#listeners) l(line);
    }
    this.#pending = s;
  }

  #flushPartial(): void {
    if (this.#pending !== "") {
      const line = this.#pending;
      this.#pending = "";
      for (const l of this.#listeners) l(line);
    }
  }

  /** Run a program; resolves when it ends, rejects with {@link PythonError}. */
  async run(source: string, opts: RunOptions = {}): Promise<void> {
    const filename = opts.filename ?? "main.py";
    const vm = this.#vm;
    try {
      let compiled;
      try {
        compiled = compile(source, filename);
      } catch (e) {
        if (e instanceof CompileError) {
          const r = formatSyntaxError(e, new Source(filename, source));
          throw new PythonError(e.type, r.message, r.text, r.line, r.column);
        }
        if (e instanceof RangeError) {
          const err = new CompileError("too many nested parentheses", 0);
          const r = formatSyntaxError(err, new Source(filename, source));
          throw new PythonError("SyntaxError", r.message, r.text, r.line, r.column);
        }
        throw e;
      }
      vm.activate();
      const module = vm.newModule("__main__", compiled.code);
      const frame = new Frame(compiled.code, null, module, null);
      frame.boundary = true;
      vm.depth = 0;
      vm.nested = 0;
      vm.curExc = null;
      vm.pausable = true;
      vm.suspendRequest = null;
      vm.budget = vm.limits.ops;
      vm.ticks = 4096;
      const heap = vm.io.heapUsed;
      vm.heapLimit = heap ? heap() + vm.limits.objects * 1024 : Infinity;
      const sched = new Scheduler(vm, this.#clock === "real");
      vm.scheduler = sched;
      sched.events.push(...this.#events.splice(0));
      this.#sched = sched;
      sched.start(frame);
      for (;;) {
        vm.sliceDeadline = performance.now() + SLICE_MS;
        vm.activate();
        let st;
        try {
          st = sched.drive(vm.sliceDeadline);
        } catch (e) {
          throw this.#toPythonError(vm.toPyException(e));
        }
        if (st.kind === "done") break;
        if (st.kind === "paused") {
          await yieldToEventLoop();
        } else if (st.kind === "timer") {
          await new Promise((res) => setTimeout(res, Math.min(st.ms, 2 ** 31 - 1)));
        } else if (st.kind === "event") {
          if (this.#noEventWait) {
            throw new PythonError("RuntimeError", "RuntimeError: receive(): no more events", "RuntimeError: receive(): no more events", 0, 0);
          }
          await new Promise<void>((res) => (this.#eventArrived = res));
        }
      }
    } finally {
      vm.pausable = false;
      vm.scheduler = null;
      this.#sched = null;
      this.#flushPartial();
    }
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
