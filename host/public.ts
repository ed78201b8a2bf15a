// The public surface and the command line as one module: the entry `deno task bundle` builds
// dist/edge_python.js from, which mod.ts re-exports (see dist/README.md for why a bundle).

export { EdgePython, PythonError } from "./api.ts";
export type { EdgePythonOptions, RunOptions } from "./api.ts";
export type { Limits } from "../core/vm/vm.ts";
export { main } from "./cli.ts";
