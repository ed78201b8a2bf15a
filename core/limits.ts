// Every limit of the runtime, in one place, each with the error it raises.

/** Source text larger than this is refused before lexing: SyntaxError "source file exceeds maximum size (10 MiB)". */
export const MAX_SOURCE_CHARS = 10 * 1024 * 1024;

/**
 * Script files (CLI) larger than this are refused before they are read: no encoding turns more than 4
 * bytes into one UTF-16 code unit (UTF-8 at most 3, GB18030 4; the 3 bytes of a UTF-8 BOM none;
 * ISO-2022-JP's escape sequences, which decode to nothing, aside), so the text of a larger file
 * would be past MAX_SOURCE_CHARS, which compile() refuses. The CLI reports the SyntaxError
 * compile() raises then (host/cli.ts tooLarge). (Reading such a file would cost seconds and its
 * size in memory, and one past 512 MiB would not fit in a string.)
 */
export const MAX_SCRIPT_BYTES = 4 * MAX_SOURCE_CHARS + 3;

/** Indentation levels: IndentationError "too many levels of indentation" (at the 100th, as CPython). */
export const MAX_INDENT_DEPTH = 100;

/** Nested f-strings: SyntaxError "f-string: too many nested f-strings". */
export const MAX_FSTRING_DEPTH = 200;

/**
 * Replacement fields nested in format specs (`f"{a:{b:{c}}}"`, three deep): SyntaxError "f-string:
 * expressions nested too deeply" at the fourth, as CPython 3.12.
 */
export const MAX_FIELD_NESTING = 3;

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

/**
 * Nested blocks in one code object, counted as CPython 3.11's compiler counts them (one per loop,
 * try body, with item and finally body, two per except clause; see compiler/stmt.ts FBLOCKS):
 * SyntaxError "too many statically nested blocks" (CPython's CO_MAXBLOCKS).
 */
export const MAX_BLOCK_NESTING = 20;

/** Largest integer magnitude: results at or past 2^127 raise OverflowError, literals are a SyntaxError. */
export const INT_BITS = 127;

/**
 * CPython's sys.int_info.default_max_str_digits: int() of a str or bytes with more digits than this
 * in a base that is not a power of two raises ValueError "Exceeds the limit (4300 digits) for
 * integer string conversion: value has N digits; ..." (our ints stop at 2^127, but a string of
 * leading zeros gets that far). The inverse limit, str() of an int, cannot be reached here.
 */
export const MAX_INT_STR_DIGITS = 4300;

/** Width and precision in format specs: ValueError "format width exceeds limit" / "format precision exceeds limit". */
export const MAX_FORMAT_WIDTH = 100_000;
export const MAX_FORMAT_PRECISION = 65_000;

/** Largest str/bytes/list built by one operation (repetition, join, ...), in elements: MemoryError. */
export const MAX_SEQUENCE = 10_000_000;

/** The sandbox profile (the original's `Limits::sandbox()`), used by the conformance runner. */
export const SANDBOX_LIMITS = { ops: 100_000_000, depth: 256, objects: 100_000 } as const;

/**
 * A normal Python user's defaults (CLI): depth 1000, no op budget, 2 GiB of memory growth (JS heap
 * plus bytes buffers, in KiB). The host lowers any memory limit to HEAP_LIMIT_SHARE of the JS
 * engine's own heap limit, so a runaway allocation is a MemoryError, not the engine's fatal OOM.
 */
export const DEFAULT_LIMITS = { ops: Infinity, depth: 1000, objects: 2_000_000 } as const;

/**
 * What one compile may hold, estimated from what it has emitted (COMPILE_WORD_BYTES per code word,
 * COMPILE_UNIT_BYTES per code object): past it MemoryError "program too large to compile", at the
 * statement or function where it is reached. Three quarters of the default memory limit
 * (DEFAULT_LIMITS.objects, in KiB), well below the JS engine's heap (V8's default: 4 GiB), whose
 * exhaustion kills the process. That is some 24 million words: 10 MiB of statements or of one
 * expression compile (`1+1+...` has 15 million words; CPython: RecursionError), but not 10 MiB of
 * chained comparisons (`a<a<...`, 35 million), nor 300,000 lambdas.
 */
export const MAX_COMPILE_BYTES = DEFAULT_LIMITS.objects * 1024 * 0.75;

/**
 * A compile's peak memory per code word it emits, measured: 25 to 60 bytes in buffers and caches.
 * (Fused code costs twice that, but a module fuses at most a million words: fuse.ts MAX_FUSED_WORDS.)
 */
export const COMPILE_WORD_BYTES = 64;

/**
 * Code words of the finally bodies that returns, breaks and continues compile where they leave
 * them, in one compile: past it MemoryError "program too large to compile". Each exit compiles a
 * copy of every finally body it leaves, itself with copies for the exits inside it, so copies
 * multiply with the depth: try/finally nested 8 deep with five exits in each makes millions
 * (CPython compiles them all, in 45 s and 10 GB). Ordinary code copies a few hundred words.
 */
export const MAX_FINALLY_COPY_WORDS = 2_000_000;

/** A compile's peak memory per code object beside its code (its unit, scope and Code), measured: 3.5 KiB (100,000 lambdas, 360 MiB). */
export const COMPILE_UNIT_BYTES = 4096;

/**
 * Largest accepted `limits.depth` (`--depth`): Python frames live on the heap (about 350 bytes
 * each at the least), so a million fit; a larger limit is refused with a RangeError (CLI: usage
 * error) rather than trading RecursionError for running out of memory.
 */
export const MAX_DEPTH = 1_000_000;

/**
 * Share of the JS engine's heap limit (V8's heap_size_limit) that the memory measure may reach
 * before MemoryError, whatever `limits.objects` says: the heap is sampled every 25 ms, so the rest
 * is headroom for what a program allocates between two samples.
 */
export const HEAP_LIMIT_SHARE = 0.75;

/** Bytes allocated by large operations (sequences of 64 Ki items and more) that force a heap sample: MemoryError. */
export const GROWTH_SAMPLE_BYTES = 32 * 1024 * 1024;

/** A CPU-bound run yields to the event loop after about this many milliseconds (time-slicing). */
export const SLICE_MS = 8;

/**
 * A run that cannot pause (a loop inside a nested run, a long recursion) and has not yielded to the
 * event loop for this many milliseconds is reported to the host (`HostIO.stalled`), once per
 * STALL_MS: event-loop callbacks such as the CLI's signal handlers cannot run until it yields.
 */
export const STALL_MS = 1000;

/** Back-edges/calls between clock reads for time-slicing. */
export const SLICE_CHECK_EVERY = 4096;

/**
 * At the end of a run, the walk from the module's globals that finds the suspended generators to
 * close (CPython's shutdown finalizes them) looks at no more than this many items of containers
 * (lists, dicts, instances' attributes, ...); no error: generators past that are left unclosed.
 * Measured: a program ending with a global list of 2 million floats pays under 10 ms for it.
 */
export const FINALIZE_WALK = 200_000;
