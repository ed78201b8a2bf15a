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

export { EdgePython, PythonError } from "./host/api.ts";
export type { EdgePythonOptions, RunOptions } from "./host/api.ts";
export type { Limits } from "./core/vm/vm.ts";

if (import.meta.main) {
  const { main } = await import("./host/cli.ts");
  Deno.exit(await main(Deno.args));
}
