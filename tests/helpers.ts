// Shared by the test files that check a program's printed lines.

import { EdgePython, type EdgePythonOptions } from "../mod.ts";

/** The lines a program prints, run in a fresh interpreter with the default limits or `limits`. */
export async function outputOf(src: string, limits?: EdgePythonOptions["limits"]): Promise<string[]> {
  const ep = await EdgePython.create(limits === undefined ? undefined : { limits });
  const out: string[] = [];
  ep.onOutput((l) => out.push(l));
  await ep.run(src);
  return out;
}
