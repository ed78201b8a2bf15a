// Every limit of the runtime, in one place, each with the error it raises.

/** Source text larger than this is refused before lexing: SyntaxError "source file exceeds maximum size (10 MiB)". */
export const MAX_SOURCE_CHARS = 10 * 1024 * 1024;

/** Indentation levels: IndentationError "too many levels of indentation" (at the 100th, as CPython). */
export const MAX_INDENT_DEPTH = 100;

/** Nested f-strings: SyntaxError "f-string: too many nested f-strings". */
export const MAX_FSTRING_DEPTH = 200;

/** Nested brackets, counted by the lexer: SyntaxError "too many nested parentheses" (past 200, CPython's MAXLEVEL). */
export const MAX_NESTING = 200;

/**
 * Recursion of the parser (an operand inside an operator, a bracket, a lambda body, a conditional
 * expression's else part...): RecursionError "maximum recursion depth exceeded during compilation",
 * as CPython says past about 3,000 (`-` * 3000 + `1`). Ours stops at 1,000 levels, well within the
 * JS stack: its overflow was measured at 1,700 to 2,500 levels (lambda chains the lowest; the exact
 * point moves with V8's tiering). 200 nested brackets take about 400.
 */
export const MAX_PARSE_DEPTH = 1000;

/** Nested loop/try/with blocks in one function body: SyntaxError "too many statically nested blocks" (CPython's CO_MAXBLOCKS). */
export const MAX_BLOCK_NESTING = 20;

/** Largest integer magnitude: results at or past 2^127 raise OverflowError, literals are a SyntaxError. */
export const INT_BITS = 127;

/** Width and precision in format specs: ValueError "format width exceeds limit" / "format precision exceeds limit". */
export const MAX_FORMAT_WIDTH = 100_000;
export const MAX_FORMAT_PRECISION = 65_000;

/** Largest str/bytes/list built by one operation (repetition, join, ...), in elements: MemoryError. */
export const MAX_SEQUENCE = 10_000_000;

/** The sandbox profile (the original's `Limits::sandbox()`), used by the conformance runner. */
export const SANDBOX_LIMITS = { ops: 100_000_000, depth: 256, objects: 100_000 } as const;

/** A normal Python user's defaults (CLI): depth 1000, no op budget, generous memory. */
export const DEFAULT_LIMITS = { ops: Infinity, depth: 1000, objects: 50_000_000 } as const;

/** A CPU-bound run yields to the event loop after about this many milliseconds (time-slicing). */
export const SLICE_MS = 8;

/** Back-edges/calls between clock reads for time-slicing. */
export const SLICE_CHECK_EVERY = 4096;
