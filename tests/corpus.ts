// Runs the upstream conformance corpus (../shared/conformance/upstream/vm.json) case by case.
// Used by conformance_test.ts and, from the command line, to inspect failures:
//   deno run -A tests/corpus.ts [--show] [--only 12,40-60] [--grep text]

import { EdgePython, PythonError } from "../mod.ts";
import { SANDBOX_LIMITS } from "../core/limits.ts";

export interface VmCase {
  src: string;
  output: string[];
  error?: string;
  input?: string[];
  events?: string[];
  interactive_events?: string[];
}

export interface CaseResult {
  index: number;
  pass: boolean;
  output: string[];
  error: string | null;
  why: string;
}

export const CORPUS_URL = new URL("../../shared/conformance/upstream/vm.json", import.meta.url);
export const KNOWN_FAILURES_URL = new URL("./vm_known_failures.txt", import.meta.url);

/** The corpus, or null (with no error) when ../shared is absent, as in a fresh clone. */
export async function loadCorpus(): Promise<VmCase[] | null> {
  try {
    return JSON.parse(await Deno.readTextFile(CORPUS_URL));
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return null;
    throw e;
  }
}

/** Known failures: "index<TAB>reason" per line; '#' comments. */
export async function loadKnownFailures(): Promise<Map<number, string>> {
  const m = new Map<number, string>();
  let text = "";
  try {
    text = await Deno.readTextFile(KNOWN_FAILURES_URL);
  } catch (e) {
    if (!(e instanceof Deno.errors.NotFound)) throw e;
  }
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const m2 = /^(\d+)\s+(.*)$/.exec(line);
    if (m2) m.set(Number(m2[1]), m2[2]);
  }
  return m;
}

export async function runCase(c: VmCase, index: number): Promise<CaseResult> {
  const ep = await EdgePython.create({ input: c.input ?? [], limits: { ...SANDBOX_LIMITS }, clock: "virtual", noEventWait: true });
  const output: string[] = [];
  ep.onOutput((l) => output.push(l));
  for (const e of c.events ?? []) ep.pushEvent(e);
  for (const e of c.interactive_events ?? []) ep.pushEvent(e);
  let error: string | null = null;
  try {
    await ep.run(c.src, { filename: "main.py" });
  } catch (e) {
    if (e instanceof PythonError) error = e.message;
    else error = `JS ERROR: ${e instanceof Error ? e.stack : e}`;
  }
  const sameOut = output.length === c.output.length && output.every((l, i) => l === c.output[i]);
  let pass: boolean, why = "";
  if (error !== null && error.startsWith("JS ERROR")) {
    pass = false;
    why = error;
  } else if (c.error !== undefined) {
    pass = sameOut && error !== null && error.includes(c.error);
    if (!pass) why = error === null ? `expected error containing ${JSON.stringify(c.error)}, got none` : !error.includes(c.error) ? `error ${JSON.stringify(error)} lacks ${JSON.stringify(c.error)}` : "output differs";
  } else {
    pass = sameOut && error === null;
    if (!pass) why = error !== null ? `unexpected ${error}` : "output differs";
  }
  return { index, pass, output, error, why };
}

function parseOnly(spec: string): Set<number> {
  const s = new Set<number>();
  for (const part of spec.split(",")) {
    const [a, b] = part.split("-").map(Number);
    for (let i = a; i <= (b ?? a); i++) s.add(i);
  }
  return s;
}

if (import.meta.main) {
  const corpus = await loadCorpus();
  if (corpus === null) {
    console.log("corpus not found at ../shared; nothing to do");
    Deno.exit(0);
  }
  const args = Deno.args;
  const show = args.includes("--show");
  const oi = args.indexOf("--only");
  const only = oi >= 0 ? parseOnly(args[oi + 1]) : null;
  const gi = args.indexOf("--grep");
  const grep = gi >= 0 ? args[gi + 1] : null;
  const known = await loadKnownFailures();
  const writeList = args.includes("--write-failures");
  let pass = 0, fail = 0;
  const failures: CaseResult[] = [];
  for (let i = 0; i < corpus.length; i++) {
    if (only && !only.has(i)) continue;
    if (grep && !corpus[i].src.includes(grep)) continue;
    const r = await runCase(corpus[i], i);
    if (r.pass) pass++;
    else {
      fail++;
      failures.push(r);
      if (show) {
        console.log(`--- #${i}${known.has(i) ? " (known: " + known.get(i) + ")" : ""}: ${r.why}`);
        console.log(corpus[i].src);
        console.log("  expected:", JSON.stringify(corpus[i].output), corpus[i].error ?? "");
        console.log("  got:     ", JSON.stringify(r.output), r.error ?? "");
      }
    }
  }
  console.log(`${pass} passed, ${fail} failed of ${pass + fail}`);
  if (writeList) {
    const lines = failures.map((r) => `${r.index}\t${known.get(r.index) ?? r.why.replace(/\s+/g, " ").slice(0, 160)}`);
    await Deno.writeTextFile(new URL("./vm_known_failures.txt", import.meta.url), lines.join("\n") + "\n");
  }
}
