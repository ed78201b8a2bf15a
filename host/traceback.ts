// CPython-style rendering of uncaught exceptions and syntax errors.

import type { Code, Source } from "../core/compiler/code.ts";
import type { CompileError } from "../core/compiler/errors.ts";
import { type Py, PyException, PyList, PyTuple } from "../core/objects/model.ts";
import { AttributeError, NameError, SyntaxError } from "../core/objects/exceptions.ts";
import { getAttrOpt, isSubtype, moduleDict, pyRepr, pyStr } from "../core/objects/protocol.ts";
import { pyDir } from "../core/builtins/functions.ts";

/** Exception text as the last traceback line: "ValueError: bad" or "ValueError". */
export function exceptionLine(e: PyException): string {
  let msg: string;
  try {
    // a SyntaxError shown with its place (see syntaxErrorPlace) ends with its msg alone
    const place = syntaxErrorPlace(e);
    msg = pyStr(place !== null ? place.msg : e);
  } catch {
    msg = "<exception str() failed>";
  }
  const t = e.cls;
  // as CPython, the class's __module__ attribute (which may have been rebound): not a str, "<unknown>"
  let mod: Py;
  try {
    mod = t.builtin ? t.module : getAttrOpt(t, "__module__");
  } catch {
    mod = undefined;
  }
  const name = mod === "builtins" || mod === "__main__" ? t.qualname : `${typeof mod === "string" ? mod : "<unknown>"}.${t.qualname}`;
  let hint: string | null = null;
  try {
    hint = suggestion(e);
  } catch {
    // a failing __dir__ or hasattr(): no hint, as CPython's traceback module
  }
  if (hint !== null) msg += `. Did you mean: '${hint}'?`;
  return msg === "" ? name : `${name}: ${msg}`;
}

// ---------------------------------------------------------------------------------------------
// "Did you mean" hints: CPython 3.12's traceback._compute_suggestion_error

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

/** The order of CPython 3.12's builtins namespace, which decides between equally close names. */
const CPYTHON_BUILTINS = (
  "__name__ __doc__ __package__ __loader__ __spec__ __build_class__ __import__ abs all any ascii bin " +
  "breakpoint callable chr compile delattr dir divmod eval exec format getattr globals hasattr hash hex id " +
  "input isinstance issubclass iter aiter len locals max min next anext oct ord pow print repr round setattr " +
  "sorted sum vars None Ellipsis NotImplemented False True bool memoryview bytearray bytes classmethod " +
  "complex dict enumerate filter float frozenset property int list map object range reversed set slice " +
  "staticmethod str super tuple type zip __debug__ BaseException BaseExceptionGroup Exception GeneratorExit " +
  "KeyboardInterrupt SystemExit ArithmeticError AssertionError AttributeError BufferError EOFError " +
  "ImportError LookupError MemoryError NameError OSError ReferenceError RuntimeError StopAsyncIteration " +
  "StopIteration SyntaxError SystemError TypeError ValueError Warning FloatingPointError OverflowError " +
  "ZeroDivisionError BytesWarning DeprecationWarning EncodingWarning FutureWarning ImportWarning " +
  "PendingDeprecationWarning ResourceWarning RuntimeWarning SyntaxWarning UnicodeWarning UserWarning " +
  "BlockingIOError ChildProcessError ConnectionError FileExistsError FileNotFoundError InterruptedError " +
  "IsADirectoryError NotADirectoryError PermissionError ProcessLookupError TimeoutError IndentationError " +
  "IndexError KeyError ModuleNotFoundError NotImplementedError RecursionError UnboundLocalError " +
  "UnicodeError BrokenPipeError ConnectionAbortedError ConnectionRefusedError ConnectionResetError TabError " +
  "UnicodeDecodeError UnicodeEncodeError UnicodeTranslateError ExceptionGroup EnvironmentError IOError open " +
  "quit exit copyright credits license help"
).split(" ");
const BUILTIN_RANK = new Map(CPYTHON_BUILTINS.map((n, i) => [n, i]));

/**
 * The name a NameError or AttributeError hint suggests, or null (CPython 3.12's printer of uncaught
 * exceptions, Python/suggestions.c): for an AttributeError the closest of dir(obj); for a NameError
 * the closest of the frame's co_varnames, else `self.name` when its `self` has that attribute, else
 * the closest of its globals, else of the builtins (a tie goes to the first). Only the traceback
 * shows it, not str(e).
 */
function suggestion(e: PyException): string | null {
  const f = e.fields;
  const wrong = f?.get("name");
  if (typeof wrong !== "string") return null;
  if (isSubtype(e.cls, AttributeError)) {
    if (!f!.has("obj")) return null;
    const d = pyDir([f!.get("obj") ?? null], null);
    return d instanceof PyList ? closest(d.a.filter((n): n is string => typeof n === "string"), wrong) : null;
  }
  const scope = e.nameScope;
  if (!isSubtype(e.cls, NameError) || scope === null) return null;
  const local = closest(scope.names, wrong);
  if (local !== null) return local;
  if (scope.self !== undefined && hasAttr(scope.self, wrong)) return `self.${wrong}`;
  const globals: string[] = [];
  for (const k of moduleDict(scope.globals).m.keys()) if (typeof k === "string") globals.push(k);
  const global = closest(globals, wrong);
  if (global !== null) return global;
  const b = scope.globals.builtins;
  if (b === null) return null;
  const rank = (n: string) => BUILTIN_RANK.get(n) ?? CPYTHON_BUILTINS.length;
  return closest([...b.keys()].sort((x, y) => rank(x) - rank(y)), wrong);
}

/** calculate_suggestions: the first of the closest names, if close enough. */
function closest(names: string[], wrong: string): string | null {
  if (names.length >= MAX_CANDIDATE_ITEMS) return null;
  let best = Infinity;
  let found: string | null = null;
  for (const n of names) {
    if (n === wrong) continue;
    // no more than 1/3 of the characters involved should need changing, and better than the best
    const max = Math.min(Math.floor((n.length + wrong.length + 3) * MOVE_COST / 6), best - 1);
    const d = levenshtein(wrong, n, max);
    if (d > max) continue;
    if (found === null || d < best) {
      found = n;
      best = d;
    }
  }
  return found;
}

/** hasattr(): false only when the lookup raises AttributeError. */
function hasAttr(o: Py, name: string): boolean {
  try {
    return getAttrOpt(o, name) !== undefined;
  } catch (err) {
    if (err instanceof PyException && isSubtype(err.cls, AttributeError)) return false;
    throw err;
  }
}

/** CPython's levenshtein_distance: moves cost 2, a change of case only 1; past `max`, max + 1. */
function levenshtein(a0: string, b0: string, max: number): number {
  if (a0 === b0) return 0;
  let a = [...a0];
  let b = [...b0];
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  a = a.slice(pre);
  b = b.slice(pre);
  let post = 0;
  while (post < a.length && post < b.length && a[a.length - 1 - post] === b[b.length - 1 - post]) post++;
  a = a.slice(0, a.length - post);
  b = b.slice(0, b.length - post);
  if (a.length === 0 || b.length === 0) return MOVE_COST * (a.length + b.length);
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return max + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > max) return max + 1;
  const row: number[] = [];
  for (let i = 1; i <= a.length; i++) row.push(i * MOVE_COST);
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const bc = b[bi];
    let distance = result = bi * MOVE_COST;
    let minimum = Infinity;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + (bc === a[i] ? 0 : bc.toLowerCase() === a[i].toLowerCase() ? CASE_COST : MOVE_COST);
      distance = row[i];
      result = Math.min(Math.min(result, distance) + MOVE_COST, substitute);
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > max) return max + 1;
  }
  return result;
}

/** An int field of a SyntaxError (None: -1); undefined when it is neither. */
function intField(v: Py): number | undefined {
  if (v === null || v === undefined) return -1;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return Number(v);
  return undefined;
}

/**
 * A SyntaxError raised by the program, when its fields say where (an int lineno): CPython
 * prints `File "f.py", line 3`, the text and a caret line under offset..end_offset after the
 * frames, and then the msg alone. Null when the exception is printed the ordinary way.
 */
function syntaxErrorPlace(e: PyException): { lines: string[]; msg: Py } | null {
  if (!isSubtype(e.cls, SyntaxError)) return null;
  const f = e.fields;
  const ln = f?.get("lineno");
  const lineno = ln === null || ln === undefined ? undefined : intField(ln);
  const offset = intField(f?.get("offset") ?? null);
  const endLineno = intField(f?.get("end_lineno") ?? null);
  let endOffset = intField(f?.get("end_offset") ?? null);
  if (f === null || lineno === undefined || offset === undefined || endLineno === undefined || endOffset === undefined) {
    return null;
  }
  const filename = f.get("filename") ?? null;
  const lines = [`  File "${filename === null ? "<string>" : pyStr(filename)}", line ${lineno}`];
  const text = f.get("text");
  if (typeof text === "string") {
    // a place spanning lines is marked to the end of its first one, and never past the text
    if (endLineno > lineno) endOffset = text.length;
    if (endOffset > text.length + 1) endOffset = text.length + 1;
    lines.push(...errorText(offset, endOffset, text));
  }
  return { lines, msg: f.get("msg") ?? null };
}

/** CPython's print_error_text: the text without its indentation, then the carets. */
function errorText(offset: number, endOffset: number, text: string): string[] {
  const reps = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
  let off = offset - 1;
  let t = text;
  while (t.length > 0 && (t[0] === " " || t[0] === "\t" || t[0] === "\f")) {
    t = t.slice(1);
    off--;
  }
  let len = t.length;
  if (len > 0 && t[len - 1] === "\n") len--;
  if (off > len) off = len;
  // an offset past an embedded newline shows the line it falls on
  for (;;) {
    const nl = t.indexOf("\n");
    if (nl < 0 || nl >= off) break;
    t = t.slice(nl + 1);
    len -= nl + 1;
    off -= nl + 1;
  }
  const out = [`    ${t.endsWith("\n") ? t.slice(0, -1) : t}`];
  if (off >= 0) out.push(`    ${" ".repeat(off)}${"^".repeat(reps)}`);
  return out;
}

/** CPython prints at most this many consecutive identical entries, then a repetition count. */
/** Traceback entries printed per exception, innermost first (CPython's PyTraceBack_LIMIT). */
const TRACEBACK_LIMIT = 1000;
const RECURSIVE_CUTOFF = 3;

/**
 * A file name in angle brackets (`<string>` for `-c`, `<stdin>`): CPython's linecache has no
 * lines for it, so its traceback entries show no source line. (A SyntaxError report still does:
 * the compiler has the text.)
 */
function isPseudoFile(filename: string): boolean {
  return filename.startsWith("<") && filename.endsWith(">");
}

function frameLines(e: PyException): string[] {
  const out: string[] = [];
  let last = "";
  let count = 0;
  const flushRepeat = () => {
    if (count > RECURSIVE_CUTOFF) {
      const more = count - RECURSIVE_CUTOFF;
      out.push(`  [Previous line repeated ${more} more time${more > 1 ? "s" : ""}]`);
    }
  };
  // entries were recorded innermost first; as CPython (PyTraceBack_LIMIT, sys.tracebacklimit's
  // default), only the innermost TRACEBACK_LIMIT are printed
  for (let i = Math.min(e.tb.length, TRACEBACK_LIMIT) - 1; i >= 0; i--) {
    const { code, pc } = e.tb[i];
    const c = code as Code;
    const src = c.source;
    const line = c.lineOf(pc);
    const head = `  File "${src?.filename ?? "<string>"}", line ${line}, in ${c.name}`;
    if (head === last) {
      count++;
      if (count > RECURSIVE_CUTOFF) continue;
    } else {
      flushRepeat();
      last = head;
      count = 1;
    }
    out.push(head);
    const text = src === null || isPseudoFile(src.filename) ? "" : src.lineText(line).trim();
    if (text !== "") out.push(`    ${text}`);
  }
  flushRepeat();
  return out;
}

/**
 * The exception's `__notes__` (add_note() or set directly), as CPython 3.12 prints them: each
 * note of a list or tuple by its str(), anything else by its repr().
 */
function noteLines(e: PyException): string[] {
  let notes: Py;
  try {
    notes = getAttrOpt(e, "__notes__");
  } catch {
    return [];
  }
  if (notes === undefined) return [];
  if (!(notes instanceof PyList || notes instanceof PyTuple)) {
    try {
      return [pyRepr(notes)];
    } catch {
      return ["<__notes__ repr() failed>"];
    }
  }
  return notes.a.map((n) => {
    try {
      return pyStr(n);
    } catch {
      return "<note str() failed>";
    }
  });
}

/**
 * Exceptions of a chain (`__cause__`, `__context__`) printed at most: the earliest of a longer one are
 * counted in one line. CPython prints the chain recursively, and prints no traceback at all past its
 * recursion limit (1,000 links).
 */
const CHAIN_LIMIT = 1000;

const CAUSE_LINE = "The above exception was the direct cause of the following exception:";
const CONTEXT_LINE = "During handling of the above exception, another exception occurred:";

/** The full traceback text, with chained causes/contexts first, as CPython prints it. */
export function formatTraceback(e: PyException): string {
  // the chain, walked without recursion from the exception raised back to the first one, each
  // exception with the line that ties it to the one before it (printed above it)
  const chain: PyException[] = [];
  const links: string[] = [];
  const seen = new Set<PyException>();
  for (let x: PyException | null = e; x !== null;) {
    seen.add(x);
    chain.push(x);
    if (x.cause instanceof PyException && !seen.has(x.cause)) {
      links.push(CAUSE_LINE);
      x = x.cause;
    } else if (x.context instanceof PyException && !x.suppressContext && !seen.has(x.context)) {
      links.push(CONTEXT_LINE);
      x = x.context;
    } else {
      links.push("");
      x = null;
    }
  }
  const parts: string[] = [];
  let first = chain.length - 1;
  if (first >= CHAIN_LIMIT) {
    first = CHAIN_LIMIT - 1;
    const more = chain.length - CHAIN_LIMIT;
    parts.push(`[${more} earlier chained exception${more > 1 ? "s" : ""} not shown]`, "", links[first], "");
  }
  for (let i = first; i >= 0; i--) {
    const x = chain[i];
    const frames = frameLines(x);
    if (frames.length > 0) {
      parts.push("Traceback (most recent call last):");
      // (a loop, not a spread: an exception re-raised 40,000 times has 80,000 frame lines)
      for (const l of frames) parts.push(l);
    }
    let place: string[] = [];
    try {
      place = syntaxErrorPlace(x)?.lines ?? [];
    } catch {
      // its filename's str() failed: printed without the place
    }
    parts.push(...place, exceptionLine(x));
    for (const l of noteLines(x)) parts.push(l);
    if (i > 0) parts.push("", links[i - 1], "");
  }
  return parts.join("\n");
}

/**
 * The SyntaxError report: file/line, the source line with a caret, then the message. A
 * RecursionError of the compiler (an expression nested too deeply) or its MemoryError (a program
 * too large to compile) is its message alone, as CPython prints them (they are no SyntaxError and
 * carry no place); `line` and `column` still say where the compile stopped.
 */
export function formatSyntaxError(err: CompileError, source: Source): { text: string; line: number; column: number; message: string } {
  const line = source.line(Math.min(err.offset, source.text.length));
  const column = source.column(Math.min(err.offset, source.text.length));
  if (err.type === "RecursionError" || err.type === "MemoryError") {
    const message = `${err.type}: ${err.message}`;
    return { text: message, line, column, message };
  }
  // as CPython's print_error_text: the line without its indentation (spaces, tabs, form feeds),
  // the rest as it is; no caret where it would fall in the indentation, as for "unexpected
  // indent", and none past the end of the text
  const raw = source.lineText(line);
  let indent = 0;
  while (indent < raw.length && (raw[indent] === " " || raw[indent] === "\t" || raw[indent] === "\f")) indent++;
  const text = raw.slice(indent);
  const caretCol = Math.min(column - indent, Array.from(text).length + 1);
  const lines = [`  File "${source.filename}", line ${line}`];
  if (err.atEnd) lines.push(`    ${text}`);
  else if (text.length > 0) {
    lines.push(`    ${text}`);
    if (caretCol >= 1) lines.push(`    ${" ".repeat(caretCol - 1)}^`);
  }
  const message = `${err.type}: ${err.message}`;
  lines.push(message);
  return { text: lines.join("\n"), line, column, message };
}

/** Position (1-based line, column) of the innermost traceback entry. */
export function exceptionPosition(e: PyException): { line: number; column: number } {
  if (e.tb.length === 0) return { line: 0, column: 0 };
  const { code, pc } = e.tb[0];
  const c = code as Code;
  const off = pc >= 0 && pc < c.pos.length ? c.pos[pc] : c.firstOffset;
  if (!c.source || off < 0) return { line: c.lineOf(pc), column: 0 };
  return { line: c.source.line(off), column: c.source.column(off) };
}

export type { Py };
