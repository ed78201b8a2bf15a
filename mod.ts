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
  const status = await main(Deno.args);
  // The process ends by itself once nothing is pending, which lets Deno keep the bundle's
  // compiled code for the next start (Deno.exit at once would skip that: 30 ms more per start).
  // Whatever is still pending (a timer the program left) does not keep it alive.
  Deno.exitCode = status;
  Deno.unrefTimer(setTimeout(() => Deno.exit(status), 0));
}
