/**
 * Edge Python for Deno: a fast, sandboxed Python runtime.
 *
 * ```ts
 * import { EdgePython } from "jsr:@edge/python";
 * const ep = await EdgePython.create();
 * ep.onOutput((line) => console.log(line));
 * await ep.run("print(sum(range(10)))");
 * ```
 *
 * @module
 */

// The runtime is one pre-built file, dist/edge_python.js, built from host/public.ts by
// `deno task bundle`; its types are the sources' (dist/README.md says why).
// @ts-types="./host/public.ts"
export { EdgePython, PythonError } from "./dist/edge_python.js";
export type { EdgePythonOptions, Limits, RunOptions } from "./host/public.ts";
// @ts-types="./host/public.ts"
import { main } from "./dist/edge_python.js";

if (import.meta.main) {
  // The process ends by itself (the CLI leaves nothing pending), which lets Deno keep the bundle's
  // compiled code for the next start: Deno.exit here would cost every start 30 ms. (No timer as
  // a fallback: the first setTimeout of a process costs 10 ms.)
  Deno.exitCode = await main(Deno.args);
}
