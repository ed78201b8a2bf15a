// Compile-time diagnostics. The host turns a CompileError into a Python SyntaxError.

export class CompileError {
  constructor(
    /** CPython-style message ("invalid syntax", "expected ':'"). */
    readonly message: string,
    /** UTF-16 offset into the source. */
    readonly offset: number,
    /** "SyntaxError", "IndentationError" or "TabError". */
    readonly type: string = "SyntaxError",
    /** Optional end offset of the highlighted span. */
    readonly endOffset: number = -1,
    /** Found at the end of the input (a block left open): CPython shows the last line, no caret. */
    readonly atEnd: boolean = false,
  ) {}
}
