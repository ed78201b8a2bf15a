// CPython-style rendering of uncaught exceptions and syntax errors.

import type { Code, Source } from "../core/compiler/code.ts";
import type { CompileError } from "../core/compiler/errors.ts";
import { type Py, PyException, PyList, PyTuple } from "../core/objects/model.ts";
import { getAttrOpt, pyRepr, pyStr } from "../core/objects/protocol.ts";

/** Exception text as the last traceback line: "ValueError: bad" or "ValueError". */
export function exceptionLine(e: PyException): string {
  let msg: string;
  try {
    msg = pyStr(e);
  } catch {
    msg = "<exception str() failed>";
  }
  const t = e.cls;
  const name = t.module === "builtins" || t.module === "__main__" ? t.qualname : `${t.module}.${t.qualname}`;
  return msg === "" ? name : `${name}: ${msg}`;
}

/** CPython prints at most this many consecutive identical entries, then a repetition count. */
const RECURSIVE_CUTOFF = 3;

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
  // entries were recorded innermost first
  for (let i = e.tb.length - 1; i >= 0; i--) {
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
    const text = src?.lineText(line).trim() ?? "";
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

/** The full traceback text, with chained causes/contexts first, as CPython prints it. */
export function formatTraceback(e: PyException): string {
  const parts: string[] = [];
  const seen = new Set<PyException>();
  const render = (x: PyException): void => {
    seen.add(x);
    if (x.cause instanceof PyException && !seen.has(x.cause)) {
      render(x.cause);
      parts.push("", "The above exception was the direct cause of the following exception:", "");
    } else if (x.context instanceof PyException && !x.suppressContext && !seen.has(x.context)) {
      render(x.context);
      parts.push("", "During handling of the above exception, another exception occurred:", "");
    }
    const frames = frameLines(x);
    if (frames.length > 0) {
      parts.push("Traceback (most recent call last):");
      parts.push(...frames);
    }
    parts.push(exceptionLine(x));
    parts.push(...noteLines(x));
  };
  render(e);
  return parts.join("\n");
}

/** The SyntaxError report: file/line, the source line with a caret, then the message. */
export function formatSyntaxError(err: CompileError, source: Source): { text: string; line: number; column: number; message: string } {
  const line = source.line(Math.min(err.offset, source.text.length));
  const column = source.column(Math.min(err.offset, source.text.length));
  const raw = source.lineText(line);
  const stripped = raw.trimStart();
  const indent = raw.length - stripped.length;
  const caretCol = Math.max(1, column - Array.from(raw.slice(0, indent)).length);
  const lines = [`  File "${source.filename}", line ${line}`];
  if (stripped.length > 0) {
    lines.push(`    ${stripped.trimEnd()}`);
    lines.push(`    ${" ".repeat(caretCol - 1)}^`);
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
