// The command-line driver: `deno run -A mod.ts [option] ... [-c cmd | file | -] [arg] ...`, with
// CPython's option syntax, messages and exit statuses, and its stdin/stdout text encoding.

import { compileFailure, EdgePython, limitProblem, PythonError } from "./api.ts";
import { VERSION } from "./version.ts";
import { disassemble } from "./disasm.ts";
import { exceptionLine, formatSyntaxError } from "./traceback.ts";
import { DEFAULT_LIMITS, MAX_DEPTH, MAX_SCRIPT_BYTES } from "../core/limits.ts";
import { CompileError } from "../core/compiler/errors.ts";
import { Source } from "../core/compiler/code.ts";
import { OSError } from "../core/objects/exceptions.ts";
import { exceptionStr, newExceptionInstance } from "../core/objects/protocol.ts";
import { bytesDecode, strEncode } from "../core/objects/bytes.ts";
import { PyException } from "../core/objects/model.ts";
import { lex } from "../core/lexer/lexer.ts";
import { compile, sourceTooLarge } from "../core/compiler/stmt.ts";
import { FSTRING_MIDDLE, LexError, STRING, type Tokens } from "../core/lexer/tokens.ts";

const USAGE = "usage: edge-python [option] ... [-c cmd | file | -] [arg] ...";

const HELP = `${USAGE}
Run a Python program with Edge Python for Deno.

  file            program read from a script file, or a directory holding __main__.py
  -               program read from stdin (the default when stdin is not a terminal)
  -c cmd          program passed in as a string
  --depth N       maximum call depth (default ${DEFAULT_LIMITS.depth}, at most ${MAX_DEPTH})
  --ops N         instruction budget (default: unlimited)
  --memory N      memory limit: N KiB of heap growth (sampled; default ${DEFAULT_LIMITS.objects},
                  and always below the JavaScript engine's heap limit)
  --sandbox       the original's sandbox profile (depth 256, 100M ops, 100K objects)
  --dump-bytecode print the compiled bytecode instead of running
  -h, --help      show this help and exit
  -V, --version   show the version and exit
  --              end of options: the next argument is the file
  -B -E -I -P -q -R -s -u
                  CPython's options accepted and ignored, as they change nothing here: no
                  bytecode files (-B), no PYTHON* environment variables, user site or script
                  directory on a module path (-E -s -P -I), no interactive banner (-q), hash
                  randomization (-R), output written as the program runs (-u)`;

/** CPython's usage error: the problem, the usage line and a pointer to -h; status 2. */
function usageError(problem: string): number {
  console.error(`${problem}\n${USAGE}\nTry \`edge-python -h' for more information.`);
  return 2;
}

/** CPython's options without an argument that make no difference here (see HELP). */
const IGNORED_FLAGS = "BEIPqRsu";

const encoder = new TextEncoder();

/**
 * Synchronous stdout writer. On a terminal every write goes out at once (CPython line-buffers a
 * terminal); otherwise text is buffered (a print-heavy program makes one write call per 64 KiB)
 * and flushed when 64 KiB accumulate, before input(), at exit, and whenever the VM yields to the
 * event loop (a microtask queued by the first buffered write runs then: at the end of each time
 * slice, ~8 ms, and when the program sleeps or waits), so a killed run loses almost nothing.
 * (Not a timer: the first setTimeout of a process costs about 5 ms.)
 *
 * A write that fails (a broken pipe: `prog.py | head -1` once head has exited) drops the text and
 * is CPython's OSError in the program: `BrokenPipeError: [Errno 32] Broken pipe`, raised by the
 * print whose flush failed, or by the program's next print or input() when a flush between time
 * slices found it; every later print raises it again. One the program never saw is reported at
 * exit as CPython reports a failed final flush (see `exitReport`).
 */
class Out {
  buf: string[] = [];
  size = 0;
  queued = false;
  readonly terminal = Deno.stdout.isTerminal();
  /** The error stdout gave ([errno, strerror], or the message alone); null while it works. */
  failure: [number, string] | [string] | null = null;
  /** Whether the failure is one the program has not been told about yet. */
  unseen = false;
  readonly flushSoon = () => {
    this.queued = false;
    this.flush();
  };
  write(s: string): void {
    if (this.failure !== null) this.raise();
    this.buf.push(s);
    this.size += s.length;
    if (this.terminal || this.size > 1 << 16) {
      this.flush();
      if (this.unseen) this.raise();
    } else if (!this.queued) {
      this.queued = true;
      queueMicrotask(this.flushSoon);
    }
  }
  /** Write out the buffer; never throws (a failure is recorded for the program to see). */
  flush(): void {
    if (this.buf.length === 0) return;
    const text = this.buf.join("");
    this.buf = [];
    this.size = 0;
    if (this.failure !== null) return;
    const data = encodeStdout(text);
    try {
      let off = 0;
      while (off < data.length) off += Deno.stdout.writeSync(data.subarray(off));
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      const m = /^(.*?) \(os error (\d+)\)/.exec(message);
      this.failure = m === null ? [message] : [Number(m[2]), m[1]];
      this.unseen = true;
    }
  }
  /** Raise the failure in the program (OSError(errno, strerror) is the errno's subclass). */
  raise(): never {
    this.unseen = false;
    throw newExceptionInstance(OSError, this.failure!);
  }
  /** Flush at exit: CPython's report of a failure the program never saw, and its status 120. */
  exitReport(): number | null {
    this.flush();
    if (!this.unseen) return null;
    const e = newExceptionInstance(OSError, this.failure!);
    console.error(`Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n${exceptionLine(e)}`);
    return 120;
  }
}

/**
 * Ctrl-C raises KeyboardInterrupt in the program (an uncaught one ends the process by SIGINT
 * after its traceback, as in CPython: endBySigint); SIGTERM flushes the output and exits 143 (128 + 15). Both act when the VM
 * yields to the event loop: between time slices and while the program sleeps or waits. While a
 * run cannot yield (`stall`: a loop inside a nested run), the output is flushed and the handlers
 * are removed, so the signals kill the process as they would without them; they are installed
 * again as soon as the event loop runs.
 */
class Signals {
  #installed: [Deno.Signal, () => void][] = [];
  #reinstall: ReturnType<typeof setTimeout> | undefined = undefined;
  constructor(readonly ep: EdgePython, readonly out: Out) {}
  install(): void {
    if (this.#reinstall !== undefined) clearTimeout(this.#reinstall);
    this.#reinstall = undefined;
    if (this.#installed.length > 0) return;
    const handlers: [Deno.Signal, () => void][] = [
      ["SIGINT", () => this.ep.interrupt()],
      ["SIGTERM", () => {
        this.out.flush();
        Deno.exit(143);
      }],
    ];
    for (const [sig, fn] of handlers) {
      try {
        Deno.addSignalListener(sig, fn);
        this.#installed.push([sig, fn]);
      } catch {
        // SIGTERM cannot be listened to on Windows
      }
    }
  }
  remove(): void {
    for (const [sig, fn] of this.#installed) Deno.removeSignalListener(sig, fn);
    this.#installed = [];
    if (this.#reinstall !== undefined) clearTimeout(this.#reinstall); // (the first timer call costs ~5 ms)
    this.#reinstall = undefined;
  }
  stall(): void {
    this.out.flush();
    if (this.#installed.length === 0) return;
    this.remove();
    this.#reinstall = setTimeout(() => this.install(), 0);
  }
}

/** The value of a limit flag: a decimal integer `limitProblem` accepts; else the usage error. */
function limitFlag(flag: string, name: string, arg: string | undefined): number | string {
  const v = arg !== undefined && /^[0-9]+$/.test(arg) ? Number(arg) : NaN;
  if (limitProblem(name, v) === null && v > 0) return v;
  const expected = name === "depth" ? `an integer from 1 to ${MAX_DEPTH}` : "a positive integer";
  return `argument ${flag}: expected ${expected}, got ${arg === undefined ? "nothing" : `'${arg}'`}`;
}

const WINDOWS = Deno.build.os === "windows";

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Text from stdin's bytes as CPython decodes them (in the C.UTF-8 locale, or its UTF-8 mode): UTF-8
 * with surrogateescape, so a byte that is not UTF-8 becomes U+DC80..U+DCFF (`caf\xe9` is
 * 'caf\udce9'), which `s.encode("utf-8", "surrogateescape")` and printing turn back into the byte.
 */
function decodeStdin(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return bytesDecode(bytes, "utf-8", "surrogateescape");
  }
}

// a lone surrogate: a high one not followed by a low one, or a low one not preceded by a high one
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Stdout's bytes for a text: UTF-8, where U+DC80..U+DCFF (undecodable stdin bytes, see
 * decodeStdin) are written back as the bytes they stand for (CPython's surrogateescape) and other
 * lone surrogates as U+FFFD (CPython raises UnicodeEncodeError; see docs/differences.md).
 */
function encodeStdout(text: string): Uint8Array {
  if (text.isWellFormed()) return encoder.encode(text);
  const parts: Uint8Array[] = [];
  let from = 0;
  let size = 0;
  for (const m of text.matchAll(LONE_SURROGATE)) {
    const c = m[0].charCodeAt(0);
    const part = encoder.encode(text.slice(from, m.index));
    const escaped = c >= 0xdc80 && c <= 0xdcff ? Uint8Array.of(c - 0xdc00) : Uint8Array.of(0xef, 0xbf, 0xbd);
    parts.push(part, escaped);
    size += part.length + escaped.length;
    from = m.index + 1;
  }
  const last = encoder.encode(text.slice(from));
  const out = new Uint8Array(size + last.length);
  let o = 0;
  for (const p of [...parts, last]) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Text for stderr: a lone surrogate is written as its escape (`\udce9`), as CPython's stderr does. */
function stderrText(text: string): string {
  if (text.isWellFormed()) return text;
  return text.replace(LONE_SURROGATE, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/**
 * Line reader over stdin, synchronous (input() blocks the program, as in CPython). Lines are cut at
 * the newline byte, then decoded (decodeStdin).
 */
class StdinLines {
  /** Wraps each blocking read (the CLI lets Ctrl-C kill the process meanwhile). */
  around: (read: () => number | null) => number | null = (read) => read();
  /** Bytes read and not returned yet; only the last chunk may hold a newline. */
  private chunks: Uint8Array[] = [];
  private eof = false;
  readLine(): string | null {
    for (;;) {
      const lastChunk = this.chunks.at(-1);
      const i = lastChunk === undefined ? -1 : lastChunk.indexOf(0x0a);
      if (i >= 0) {
        const line = decodeStdin(this.take(i));
        // (as CPython: a text-mode stdin drops the \r of \r\n on Windows only)
        return WINDOWS && line.endsWith("\r") ? line.slice(0, -1) : line;
      }
      if (this.eof) return this.chunks.length === 0 ? null : decodeStdin(this.take(-1));
      const buf = new Uint8Array(65536);
      let n: number | null = null;
      try {
        n = this.around(() => Deno.stdin.readSync(buf));
      } catch {
        n = null;
      }
      if (n === null || n === 0) this.eof = true;
      else this.chunks.push(buf.subarray(0, n));
    }
  }
  /** The bytes read up to offset `i` of the last chunk (-1: all), the newline there dropped. */
  private take(i: number): Uint8Array {
    const last = this.chunks.pop()!;
    const head = i < 0 ? last : last.subarray(0, i);
    let size = head.length;
    for (const c of this.chunks) size += c.length;
    const out = new Uint8Array(size);
    let o = 0;
    for (const c of this.chunks) {
      out.set(c, o);
      o += c.length;
    }
    out.set(head, o);
    this.chunks = i < 0 || i + 1 === last.length ? [] : [last.subarray(i + 1)];
    return out;
  }
}

/**
 * The offset of the first byte that does not begin a well-formed UTF-8 sequence, or the length
 * when there is none. Well-formed is the Unicode standard's definition (its table 3-7), which a
 * fatal TextDecoder and CPython apply: no overlong forms, no surrogates, nothing past U+10FFFF. A
 * sequence cut short or broken by a byte that does not continue it is bad at its first byte,
 * which is the one CPython names. One pass over the bytes, nothing allocated.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    // the continuation bytes the lead byte calls for, and the range the first of them must be in
    let more: number, lo = 0x80, hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) more = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      more = 2;
      if (b === 0xe0) lo = 0xa0; // (an overlong form below)
      else if (b === 0xed) hi = 0x9f; // (a surrogate above)
    } else if (b >= 0xf0 && b <= 0xf4) {
      more = 3;
      if (b === 0xf0) lo = 0x90; // (an overlong form below)
      else if (b === 0xf4) hi = 0x8f; // (past U+10FFFF above)
    } else return i; // a continuation byte, C0, C1 or F5..FF
    if (i + more >= n) return i;
    const c = bytes[i + 1];
    if (c < lo || c > hi) return i;
    for (let k = 2; k <= more; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += more + 1;
  }
  return n;
}

/** A PEP 263 declaration: `# -*- coding: latin-1 -*-`, `# vim: set fileencoding=utf-8 :`. */
const CODING_SPEC = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

/**
 * The encoding a coding declaration names, normalized as CPython's get_normal_name does (its
 * spellings of UTF-8 and Latin-1 become `utf-8` and `iso-8859-1`); null without one. It stands on
 * the first line, or on the second after a first that is blank or a comment.
 */
function declaredEncoding(bytes: Uint8Array): string | null {
  let head = "";
  let nl = 0;
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  for (let i = bom ? 3 : 0; i < bytes.length && i < 1024 && nl < 2; i++) {
    const b = bytes[i];
    if (b === 0x0a || b === 0x0d) nl++;
    head += String.fromCharCode(b);
  }
  const lines = head.split(/\r\n|\r|\n/);
  let m = CODING_SPEC.exec(lines[0]);
  if (m === null && lines.length > 1 && /^[ \t\f]*(#.*)?$/.test(lines[0])) m = CODING_SPEC.exec(lines[1]);
  if (m === null) return null;
  const s = m[1].slice(0, 12).toLowerCase().replaceAll("_", "-");
  if (s === "utf-8" || s.startsWith("utf-8-")) return "utf-8";
  for (const e of ["latin-1", "iso-8859-1", "iso-latin-1"]) if (s === e || s.startsWith(e + "-")) return "iso-8859-1";
  return m[1];
}

/**
 * A script in the encoding its declaration names, other than UTF-8: Latin-1 and ASCII here,
 * others through the platform's TextDecoder (WHATWG labels, which Python's codec names mostly
 * are). CPython's "encoding problem" when the encoding is unknown, cannot hold source (UTF-16,
 * UTF-32) or does not decode the bytes.
 */
function decodeDeclared(bytes: Uint8Array, encoding: string): string | { report: string } {
  const problem = { report: `SyntaxError: encoding problem: ${encoding}` };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { report: `${problem.report} with BOM` };
  const name = encoding.toLowerCase();
  // (byte by byte in chunks: String.fromCharCode takes its arguments on the stack)
  const bytewise = (limit: number): string | null => {
    let text = "";
    for (let i = 0; i < bytes.length; i += 8192) {
      const chunk = bytes.subarray(i, i + 8192);
      if (chunk.some((b) => b >= limit)) return null;
      text += String.fromCharCode(...chunk);
    }
    return text;
  };
  if (name === "iso-8859-1") return bytewise(256) ?? problem;
  if (name === "ascii" || name === "us-ascii" || name === "646") return bytewise(128) ?? problem;
  // (the five bytes cp1252 leaves undefined, which WHATWG's windows-1252 maps to C1 controls)
  if ((name === "cp1252" || name === "windows-1252") && bytes.some((b) => b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d)) {
    return problem;
  }
  if (/^utf[-_]?(16|32)/.test(name)) return problem;
  for (const label of [name, name.replaceAll("_", "-")]) {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(label, { fatal: true });
    } catch {
      continue; // not a label the platform knows
    }
    try {
      return decoder.decode(bytes);
    } catch {
      return problem;
    }
  }
  return problem;
}

const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

/**
 * Decode a script as CPython does: UTF-8 (a BOM is dropped), or the encoding a coding declaration
 * names. An undecodable byte is a SyntaxError worded as CPython words it: in a script neither
 * declared UTF-8 nor starting with a BOM (which CPython takes as the same declaration), "Non-UTF-8
 * code starting with ..." (no source line), else see undecodableUtf8. The bytes are checked by
 * hand (firstInvalidUtf8) and decoded only when well-formed: a TextDecoder's errors do not tell a
 * bad byte from a text too long for a string.
 */
export function decodeSource(bytes: Uint8Array, filename: string): string | { report: string } {
  const encoding = declaredEncoding(bytes);
  if (encoding !== null && encoding !== "utf-8") return decodeDeclared(bytes, encoding);
  const at = firstInvalidUtf8(bytes);
  if (at === bytes.length) {
    // (one BOM dropped: a second is an error, see main)
    const text = utf8.decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
  if (encoding === "utf-8" || (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) {
    return undecodableUtf8(bytes, filename);
  }
  // the line CPython's tokenizer is on: it ends lines at \n, \r\n and a lone \r
  let line = 1;
  for (let k = 0; k < at; k++) {
    const b = bytes[k];
    if (b === 0x0a || (b === 0x0d && bytes[k + 1] !== 0x0a)) line++;
  }
  const hex = bytes[at].toString(16).padStart(2, "0");
  return {
    report: `SyntaxError: Non-UTF-8 code starting with '\\x${hex}' in file ${filename === "<stdin>" ? filename : absolute(filename)} on line ${line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details`,
  };
}

/** A byte that is not UTF-8, in text decoded with surrogateescape (U+DC80..U+DCFF). */
function isEscapedByte(c: number): boolean {
  return c >= 0xdc80 && c <= 0xdcff;
}

/**
 * A script declared UTF-8 holding bytes that are not, as CPython 3.11 treats it: its tokenizer
 * reads the bytes as they are, so such bytes in comments do no harm and the program runs, while
 * one in a string literal or a name is a "(unicode error)" from decoding that piece alone, its
 * position counted inside the piece: a literal's body (or, when the literal has escapes, the run
 * of non-ASCII bytes the bad one is in, which CPython decodes apart), or the name. The report
 * shows the line (an undecodable byte as U+FFFD) with the caret under the bad byte. Bytes in a
 * bytes literal are the lexer's "bytes can only contain ASCII literal characters".
 */
function undecodableUtf8(bytes: Uint8Array, filename: string): string | { report: string } {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const text = bytesDecode(bytes.subarray(bom), "utf-8", "surrogateescape");
  // the text run or shown: CPython's "replace" decoding (one U+FFFD per invalid sequence)
  const shown = bytesDecode(bytes.subarray(bom), "utf-8", "replace");
  // the first undecodable byte the program holds outside comments, and the piece CPython decodes
  let at = -1, from = 0, to = 0;
  let tokens: Tokens | null = null;
  try {
    tokens = lex(text, true);
  } catch (e) {
    if (!(e instanceof LexError)) return shown; // (the run reports it)
    if (!isEscapedByte(text.charCodeAt(e.offset))) return shown; // (the run reports the lexer's error)
    // a name: the run of name characters around the byte (a leading number is a token of its own)
    at = e.offset;
    const nameChar = (c: number) => c >= 0x80 || /[\w]/.test(String.fromCharCode(c));
    for (from = at; from > 0 && nameChar(text.charCodeAt(from - 1)); from--);
    while (from < at && /[0-9]/.test(text[from])) from++;
    for (to = at + 1; to < text.length && nameChar(text.charCodeAt(to)); to++);
  }
  for (let k = 0; tokens !== null && k < tokens.count && at < 0; k++) {
    const kind = tokens.kind[k];
    if (kind !== STRING && kind !== FSTRING_MIDDLE) continue;
    const start = tokens.start[k], end = tokens.end[k];
    let i = start;
    while (i < end && !isEscapedByte(text.charCodeAt(i))) i++;
    if (i === end) continue;
    at = i;
    let raw = false;
    if (kind === STRING) {
      const prefix = /^[a-zA-Z]*/.exec(text.slice(start, start + 3))![0];
      const q = text.startsWith(text[start + prefix.length].repeat(3), start + prefix.length) ? 3 : 1;
      from = start + prefix.length + q;
      to = end - q;
      raw = /r/i.test(prefix) || !text.slice(from, to).includes("\\");
    }
    if (!raw) {
      // (an f-string's literal part is decoded so too)
      for (from = at; from > start && text.charCodeAt(from - 1) >= 0x80; from--);
      for (to = at + 1; to < end && text.charCodeAt(to) >= 0x80; to++);
    }
  }
  if (at < 0) return shown; // only in comments
  // an error the parser meets before it reaches the bad piece comes first (an unexpected indent,
  // a bracket never closed): then the run reports it
  try {
    compile(text.replace(/[\udc80-\udcff]/g, "\ufffd"), filename);
  } catch (e) {
    if (e instanceof CompileError && e.offset < at) return shown;
  }
  let reason: string;
  try {
    bytesDecode(strEncode(text.slice(from, to), "utf-8", "surrogateescape").b, "utf-8", "strict");
    reason = "invalid utf-8";
  } catch (e) {
    reason = e instanceof PyException ? exceptionStr(e) : String(e);
  }
  const before = strEncode(text.slice(0, at), "utf-8", "surrogateescape").b;
  const err = new CompileError(`(unicode error) ${reason}`, bytesDecode(before, "utf-8", "replace").length);
  return { report: formatSyntaxError(err, new Source(filename, shown)).text };
}

/** A path as CPython's messages show it (its _Py_abspath): joined to the working directory, not normalized. */
function absolute(path: string): string {
  if (path.startsWith("/") || (WINDOWS && /^([a-zA-Z]:)?[\\/]/.test(path))) return path;
  let cwd: string;
  try {
    cwd = Deno.cwd();
  } catch {
    return path;
  }
  return path === "" || path === "." ? cwd : `${cwd}${WINDOWS ? "\\" : "/"}${path}`;
}

/** "[Errno 2] No such file or directory" from Deno's "No such file or directory (os error 2): ...". */
function osErrorText(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const m = /^(.*?) \(os error (\d+)\)/.exec(message);
  return m === null ? message : `[Errno ${m[2]}] ${m[1]}`;
}

/** The report of a script past MAX_SCRIPT_BYTES: compile()'s SyntaxError for a source past MAX_SOURCE_CHARS. */
function tooLarge(filename: string): { error: string; status: number } {
  return { error: formatSyntaxError(sourceTooLarge(), new Source(filename, "")).text, status: 1 };
}

/**
 * All the bytes `read` (a `readSync`) gives up to the end of the input, or null as soon as they
 * are more than `max`.
 */
export function readAll(read: (buf: Uint8Array) => number | null, max: number): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    // (chunks growing to 1 MiB: a short program costs one small read, a long one few calls)
    const buf = new Uint8Array(Math.min(Math.max(size, 1 << 16), 1 << 20, max + 1 - size));
    const n = read(buf);
    if (n === null || n === 0) break;
    chunks.push(buf.subarray(0, n));
    size += n;
    if (size > max) return null;
  }
  const out = new Uint8Array(size);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/**
 * The script's bytes, or CPython's message and status when it cannot be read: `can't open file
 * '<absolute path>': [Errno 2] No such file or directory` (status 2). A directory runs its
 * `__main__.py`, as CPython runs a package directory; without one, `can't find '__main__' module
 * in '<absolute path>'` (status 1). A script of more than `max` bytes is the SyntaxError of
 * tooLarge (status 1): a file is refused by its size, before it is read, anything else (a pipe, a
 * device) once that much has been read.
 */
export function readScript(
  file: string,
  max: number = MAX_SCRIPT_BYTES,
): { bytes: Uint8Array; path: string } | { error: string; status: number } {
  let isDir = false;
  try {
    isDir = Deno.statSync(file).isDirectory;
  } catch {
    // reported by the read below
  }
  const path = isDir ? `${file}${/[\\/]$/.test(file) ? "" : "/"}__main__.py` : file;
  let f: Deno.FsFile | null = null;
  try {
    f = Deno.openSync(path);
    const info = f.statSync();
    if (info.isFile && info.size > max) return tooLarge(path);
    const reader = f;
    const bytes = readAll((buf) => reader.readSync(buf), max);
    return bytes === null ? tooLarge(path) : { bytes, path };
  } catch (e) {
    if (isDir) return { error: `edge-python: can't find '__main__' module in '${absolute(file)}'`, status: 1 };
    return { error: `edge-python: can't open file '${absolute(file)}': ${osErrorText(e)}`, status: 2 };
  } finally {
    f?.close();
  }
}

/** The program on stdin (`-`), as readScript reads a script. */
function readStdin(max: number = MAX_SCRIPT_BYTES): { bytes: Uint8Array; path: string } | { error: string; status: number } {
  const bytes = readAll((buf) => Deno.stdin.readSync(buf), max);
  return bytes === null ? tooLarge("<stdin>") : { bytes, path: "-" };
}

/**
 * The arguments as the bytes the process was given, where they can be read (Linux's
 * /proc/self/cmdline, its read permission already granted), else null: Deno.args holds them
 * decoded, each byte that is not UTF-8 replaced by U+FFFD, so only these tell such a byte from a
 * U+FFFD. (The command line ends with `args`; each must decode to its argument.)
 */
function rawArgs(args: string[]): Uint8Array[] | null {
  const cmdline = "/proc/self/cmdline";
  try {
    if (Deno.build.os !== "linux" || Deno.permissions.querySync({ name: "read", path: cmdline }).state !== "granted") return null;
    const bytes = Deno.readFileSync(cmdline);
    const all: Uint8Array[] = [];
    for (let from = 0, i = 0; i < bytes.length; i++) {
      if (bytes[i] === 0) {
        all.push(bytes.subarray(from, i));
        from = i + 1;
      }
    }
    const raw = all.slice(all.length - args.length);
    return raw.length === args.length && raw.every((b, k) => utf8.decode(b) === args[k]) ? raw : null;
  } catch {
    return null;
  }
}

/**
 * CPython's report of a program argument (from `args[arg]`, its first `from` characters dropped)
 * that is not UTF-8, and its status; null when it is (a U+FFFD given as such), or where the bytes
 * cannot be read (see rawArgs). CPython decodes the command line with surrogateescape, so `-c`
 * code holding such a byte is "Unable to decode the command from the command line" (status 1);
 * a script's name it opens as it is, which Deno cannot (its paths are strings, turned into UTF-8),
 * so that is "can't open file" with the error EILSEQ (status 2; see docs/differences.md).
 */
function undecodableArg(args: string[], arg: number, from: number, isCode: boolean): { error: string; status: number } | null {
  const raw = rawArgs(args)?.[arg]?.subarray(from); // (from counts ASCII characters: `-c` and flags)
  if (raw === undefined || firstInvalidUtf8(raw) === raw.length) return null;
  const text = bytesDecode(raw, "utf-8", "surrogateescape");
  if (!isCode) {
    const error = `edge-python: can't open file '${absolute(text)}': [Errno 84] Invalid or incomplete multibyte or wide character`;
    return { error: stderrText(error), status: 2 };
  }
  try {
    strEncode(text, "utf-8", "strict");
  } catch (e) {
    if (e instanceof PyException) return { error: `Unable to decode the command from the command line:\n${exceptionLine(e)}`, status: 1 };
    throw e;
  }
  return null;
}

/** Run the CLI; returns the process exit status. */
export async function main(args: string[]): Promise<number> {
  let code: string | null = null;
  let file: string | null = null;
  const limits: { ops?: number; depth?: number; objects?: number } = {};
  let dump = false;
  // where the program (the file's name or -c's code) stands: its argument and its offset there
  let argAt: [number, number] = [-1, 0];
  // CPython's option syntax: flags cluster (`-uB`), -c takes the rest of its argument or the next
  // one (`-c'print(1)'`, `-uc code`), `--` ends the options, and the first other argument (or `-`)
  // is the program; everything after it is the program's
  options: for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--") {
      file = args[i + 1] ?? null;
      argAt = [i + 1, 0];
      break;
    }
    if (a === "-" || !a.startsWith("-")) {
      file = a;
      argAt = [i, 0];
      break;
    }
    if (a.startsWith("--")) {
      if (a === "--help") {
        console.log(HELP);
        return 0;
      }
      if (a === "--version") {
        console.log(`Edge Python for Deno ${VERSION}`);
        return 0;
      }
      if (a === "--depth" || a === "--ops" || a === "--memory") {
        const name = a === "--depth" ? "depth" : a === "--ops" ? "ops" : "objects";
        const v = limitFlag(a, name, args[++i]);
        if (typeof v === "string") {
          console.error(`${USAGE}\nedge-python: error: ${v}`);
          return 2;
        }
        limits[name] = v;
        continue;
      }
      if (a === "--sandbox") {
        limits.depth = 256;
        limits.ops = 100_000_000;
        limits.objects = 100_000;
        continue;
      }
      if (a === "--dump-bytecode") {
        dump = true;
        continue;
      }
      return usageError(`unknown option ${a}`);
    }
    for (let j = 1; j < a.length; j++) {
      const f = a[j];
      if (f === "c") {
        if (j + 1 < a.length) {
          code = a.slice(j + 1);
          argAt = [i, j + 1];
        } else if (i + 1 < args.length) {
          code = args[++i];
          argAt = [i, 0];
        }
        else return usageError("Argument expected for the -c option");
        break options;
      }
      if (f === "h" || f === "?") {
        console.log(HELP);
        return 0;
      }
      if (f === "V") {
        console.log(`Edge Python for Deno ${VERSION}`);
        return 0;
      }
      if (!IGNORED_FLAGS.includes(f)) return usageError(`Unknown option: -${f}`);
    }
  }
  // (Deno.args replaced each byte that is not UTF-8 by U+FFFD: see undecodableArg)
  const program = code ?? file;
  if (program !== null && program !== "-" && program.includes("\ufffd")) {
    const problem = undecodableArg(args, argAt[0], argAt[1], code !== null);
    if (problem !== null) {
      console.error(problem.error);
      return problem.status;
    }
  }
  let filename = "<string>";
  if (code === null) {
    if (file === null) {
      // as CPython: the program comes from stdin unless it is a terminal (where CPython would
      // start its interactive prompt, which we do not have)
      if (Deno.stdin.isTerminal()) {
        console.error(HELP);
        return 2;
      }
      file = "-";
    }
    const read = file === "-" ? readStdin() : readScript(file);
    if ("error" in read) {
      console.error(read.error);
      return read.status;
    }
    filename = file === "-" ? "<stdin>" : read.path;
    const text = decodeSource(read.bytes, filename);
    if (typeof text !== "string") {
      console.error(text.report);
      return 1;
    }
    code = text;
  }
  if (code.charCodeAt(0) === 0xfeff) {
    // CPython drops one BOM from a file's bytes and none from a -c string: a U+FEFF left at the
    // start is an error (the lexer drops one, as the original's does, for the library's sake)
    const err = new CompileError("invalid non-printable character U+FEFF", 0);
    console.error(formatSyntaxError(err, new Source(filename, code)).text);
    return 1;
  }
  if (dump) {
    try {
      console.log(disassemble(compile(code, filename).code));
      return 0;
    } catch (e) {
      // the report a run prints (see EdgePython.run)
      const err = compileFailure(e, filename, code);
      console.error(err === null ? `SystemError: internal error: ${e instanceof Error ? e.message : e}` : err.traceback);
      return 1;
    }
  }
  const out = new Out();
  let signals: Signals | null = null;
  const stdin = new StdinLines();
  // a blocked read keeps the event loop from running the signal handlers: meanwhile Ctrl-C and
  // SIGTERM take their default action (output is flushed before input() reads)
  stdin.around = (read) => {
    signals?.remove();
    try {
      return read();
    } finally {
      signals?.install();
    }
  };
  const ep = await EdgePython.create({
    limits,
    noEventWait: true,
    onStall: () => signals?.stall(),
    readLine: () => {
      out.flush();
      if (out.unseen) out.raise(); // (CPython's input() flushes stdout first)
      return stdin.readLine();
    },
  });
  ep.onWrite((text) => out.write(text));
  signals = new Signals(ep, out);
  signals.install();
  let status: number, interrupted = false;
  try {
    await ep.run(code, { filename });
    status = 0;
  } catch (e) {
    out.flush();
    if (!(e instanceof PythonError)) {
      console.error(`internal error: ${e instanceof Error ? e.stack : e}`);
      status = 1;
    } else if (e.systemExit) {
      if (e.exitMessage !== null) console.error(stderrText(e.exitMessage));
      status = e.exitCode;
    } else {
      console.error(stderrText(e.traceback));
      status = e.exitCode; // 1, or 130 after a KeyboardInterrupt
      interrupted = status === 130;
    }
  } finally {
    signals.remove();
  }
  const report = out.exitReport();
  if (report !== null) return report;
  if (interrupted) await endBySigint();
  return status;
}

/**
 * An uncaught KeyboardInterrupt ends the process by SIGINT, as CPython's exit_sigint does, so a
 * parent sees the signal (a shell's loop stops, `wait` reports it) and not just status 130. The
 * output is flushed and the SIGINT listener removed first, which gives the signal back its
 * default action. The signal may be taken by another of the process's threads, so this waits
 * for it rather than race it to the exit. (Windows has no such signal to raise: status 130 there,
 * as the caller returns.)
 */
async function endBySigint(): Promise<void> {
  if (WINDOWS) return;
  try {
    Deno.kill(Deno.pid, "SIGINT");
  } catch {
    return; // (not permitted: status 130 instead)
  }
  await new Promise((r) => setTimeout(r, 1000));
}
