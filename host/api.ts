// The embedding API: EdgePython instances and PythonError.

import { compile } from "../core/compiler/stmt.ts";
import { CompileError } from "../core/compiler/errors.ts";
import { Source } from "../core/compiler/code.ts";
import { createBuiltins } from "../core/builtins/index.ts";
import { Frame } from "../core/vm/frame.ts";
import { HostIO, Interp, Limits, PAUSED, SUSPENDED } from "../core/vm/vm.ts";
import { PyException, PyTuple } from "../core/objects/model.ts";
import { SystemExit } from "../core/objects/exceptions.ts";
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
  /** For SystemExit: the exit status it asks for. */
  readonly exitCode: number;
  constructor(type: string, message: string, traceback: string, line: number, column: number, exitCode = 1) {
    super(message);
    this.name = "PythonError";
    this.type = type;
    this.traceback = traceback;
    this.line = line;
    this.column = column;
    this.exitCode = exitCode;
  }
}

function defaultHeapUsed(): (() => number) | undefined {
  const d = (globalThis as { Deno?: { memoryUsage?: () => { heapUsed: number } } }).Deno;
  if (d?.memoryUsage) return () => d.memoryUsage!().heapUsed;
  return undefined;
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
  #pending = "";
  #input: string[];
  #events: string[] = [];
  #readLine?: () => string | null;

  private constructor(opts: EdgePythonOptions) {
    this.#input = (opts.input ?? []).slice();
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

  /** Queue an event for `receive()`. */
  pushEvent(event: string): void {
    this.#events.push(event);
  }

  #write(text: string): void {
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
      let frame = new Frame(compiled.code, null, module, null);
      frame.boundary = true;
      vm.depth = 0;
      vm.nested = 0;
      vm.curExc = null;
      vm.pausable = true;
      vm.budget = vm.limits.ops;
      vm.ticks = 4096;
      const heap = vm.io.heapUsed;
      vm.heapLimit = heap ? heap() + vm.limits.objects * 1024 : Infinity;
      for (;;) {
        vm.sliceDeadline = performance.now() + SLICE_MS;
        vm.activate();
        let r;
        try {
          r = vm.run(frame, null);
        } catch (e) {
          throw this.#toPythonError(vm.toPyException(e));
        }
        if (r === PAUSED) {
          frame = vm.pausedFrame!;
          await new Promise((res) => setTimeout(res, 0));
          continue;
        }
        if (r === SUSPENDED) {
          throw new PythonError("RuntimeError", "RuntimeError: scheduler suspended", "RuntimeError: scheduler suspended", 0, 0);
        }
        break;
      }
    } finally {
      vm.pausable = false;
      this.#flushPartial();
    }
  }

  #toPythonError(e: PyException): PythonError {
    const pos = exceptionPosition(e);
    const tb = formatTraceback(e);
    const line = exceptionLine(e);
    let exitCode = 1;
    if (e.cls === SystemExit) {
      const a = (e.args as PyTuple).a;
      const code = a.length === 0 ? null : a.length === 1 ? a[0] : e.args;
      if (code === null) exitCode = 0;
      else if (typeof code === "number") exitCode = code & 0xff;
      else if (typeof code === "boolean") exitCode = code ? 1 : 0;
      else exitCode = 1;
    }
    return new PythonError(e.cls.name, line, tb, pos.line, pos.column, exitCode);
  }
}
