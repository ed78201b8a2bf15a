// Shared by the test files that check a program's printed lines.

import { EdgePython } from "../mod.ts";

/** The lines a program prints, run in a fresh interpreter with the default limits. */
export async function outputOf(src: string): Promise<string[]> {
  const ep = await EdgePython.create();
  const out: string[] = [];
  ep.onOutput((l) => out.push(l));
  await ep.run(src);
  return out;
}
