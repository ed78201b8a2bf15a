// Side-by-side wall-time comparison of Edge Python against CPython on the benchmark programs in
// ../shared/bench/programs (NAME.py with its exact expected stdout in NAME.out).
//
//   deno task compare [--only fib,nbody] [--runs 5] [--python /usr/bin/python3.11]
//                     [--timeout 120] [--json]
//
// Each run times the whole process (spawn to exit) with performance.now(), alternating ours and
// CPython so that both see the same machine noise. The table quotes the median of each and the
// ratio ours / CPython; the summary gives the geometric mean of the ratios over the programs whose
// output matched. Exit status: 0 when every selected program printed the expected output (however
// slow), 1 when one of ours printed the wrong thing, crashed or timed out, 2 on a usage or setup
// error.

const DEFAULT_PROGRAMS_URL = new URL("../../shared/bench/programs/", import.meta.url);
const MOD_URL = new URL("../mod.ts", import.meta.url);
const WARMUP_PROGRAM = "empty";

const USAGE = `Usage: deno task compare [options]

Options:
  --only a,b,c     run only these programs (names without .py; default: all)
  --runs N         timed runs of each side per program (default 5)
  --python PATH    the CPython to compare against (default /usr/bin/python3.11)
  --timeout S      seconds before a single run is killed (default 120)
  --json           print the results as JSON on stdout (progress still goes to stderr)
  --dir PATH       read NAME.py / NAME.out from PATH instead of ../shared/bench/programs
  --help           show this help`;

interface Options {
  only: string[] | null;
  runs: number;
  python: string;
  timeoutMs: number;
  json: boolean;
  /** Directory URL of the programs, ending in "/". */
  programs: URL;
}

/** One finished process: wall time and what it printed, or why it did not finish normally. */
interface RunResult {
  ms: number;
  code: number;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** Set when the process could not be started at all. */
  spawnError: string | null;
}

interface ProgramResult {
  name: string;
  status: "ok" | "FAIL";
  /** Why ours failed (wrong output, crash, time-out), or null. */
  failure: string | null;
  /** A note on CPython's run (it crashed, or its output differs from the .out file), or null. */
  cpythonNote: string | null;
  oursMs: number[];
  cpythonMs: number[];
  oursMedianMs: number | null;
  cpythonMedianMs: number | null;
  /** ours / CPython of the medians; null when ours failed or CPython gave no time. */
  ratio: number | null;
}

class UsageError extends Error {}

function parseArgs(args: string[]): Options {
  const opts: Options = {
    only: null,
    runs: 5,
    python: "/usr/bin/python3.11",
    timeoutMs: 120_000,
    json: false,
    programs: DEFAULT_PROGRAMS_URL,
  };
  for (let i = 0; i < args.length; i++) {
    let arg = args[i];
    let value: string | undefined;
    const eq = arg.indexOf("=");
    if (arg.startsWith("--") && eq > 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    const next = (): string => {
      if (value !== undefined) return value;
      if (i + 1 >= args.length) throw new UsageError(`Missing value for "${arg}"`);
      return args[++i];
    };
    switch (arg) {
      case "--only":
        opts.only = next().split(",").map((s) => s.trim().replace(/\.py$/, "")).filter((s) => s !== "");
        break;
      case "--runs":
        opts.runs = positiveNumber(arg, next(), true);
        break;
      case "--python":
        opts.python = next();
        break;
      case "--timeout":
        opts.timeoutMs = positiveNumber(arg, next(), false) * 1000;
        break;
      case "--dir": {
        const dir = next();
        opts.programs = new URL(dir.endsWith("/") ? dir : dir + "/", new URL(`file://${Deno.cwd()}/`));
        break;
      }
      case "--json":
        opts.json = true;
        break;
      case "--help":
      case "-h":
        console.log(USAGE);
        Deno.exit(0);
        break;
      default:
        throw new UsageError(`Unknown argument "${args[i]}"`);
    }
  }
  return opts;
}

function positiveNumber(flag: string, text: string, integer: boolean): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
    throw new UsageError(
      `Invalid value for "${flag}": expected a positive ${integer ? "integer" : "number"}, got "${text}"`,
    );
  }
  return n;
}

/** A file: URL as a path the child process understands. */
function urlToPath(url: URL): string {
  const path = decodeURIComponent(url.pathname);
  return Deno.build.os === "windows" ? path.slice(1).replaceAll("/", "\\") : path;
}

async function listPrograms(dir: URL): Promise<string[]> {
  const names: string[] = [];
  for await (const entry of Deno.readDir(dir)) {
    if (entry.isFile && entry.name.endsWith(".py")) names.push(entry.name.slice(0, -3));
  }
  return names.sort();
}

/** Spawn, wait for exit (or kill at the deadline), and time the whole thing. */
async function timeProcess(cmd: string, args: string[], timeoutMs: number): Promise<RunResult> {
  const start = performance.now();
  let child: Deno.ChildProcess;
  try {
    child = new Deno.Command(cmd, { args, stdin: "null", stdout: "piped", stderr: "piped" }).spawn();
  } catch (e) {
    return { ms: 0, code: -1, stdout: "", stderr: "", timedOut: false, spawnError: String(e) };
  }
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      child.kill("SIGKILL");
    } catch {
      // Already exited between the deadline and the kill.
    }
  }, timeoutMs);
  try {
    const out = await child.output();
    const ms = performance.now() - start;
    const dec = new TextDecoder();
    return {
      ms,
      code: out.code,
      stdout: dec.decode(out.stdout),
      stderr: dec.decode(out.stderr),
      timedOut,
      spawnError: null,
    };
  } finally {
    clearTimeout(timer);
  }
}

/** Why a run does not count as a correct run, or null when it printed exactly `expected`. */
function checkRun(r: RunResult, expected: string, timeoutMs: number): string | null {
  if (r.spawnError !== null) return `could not start: ${r.spawnError}`;
  if (r.timedOut) return `timed out after ${timeoutMs / 1000} s, killed`;
  if (r.code !== 0) {
    const tail = lastLines(r.stderr, 6);
    return `exited with status ${r.code}` + (tail ? `\n${indent(tail)}` : "");
  }
  if (r.stdout !== expected) return `wrong output\n${indent(firstDifference(expected, r.stdout))}`;
  return null;
}

/** The first differing line of two outputs, shown with JSON quoting so that whitespace is visible. */
function firstDifference(expected: string, actual: string): string {
  const e = expected.split("\n");
  const a = actual.split("\n");
  const n = Math.max(e.length, a.length);
  for (let i = 0; i < n; i++) {
    if (e[i] === a[i]) continue;
    const show = (
      s: string | undefined,
    ) => (s === undefined ? "(no such line)" : JSON.stringify(clip(s, 200)));
    return `line ${i + 1}:\n- expected ${show(e[i])}\n+ got      ${show(a[i])}` +
      `\n(${lineCount(expected)} lines expected, ${lineCount(actual)} printed)`;
  }
  return "(outputs differ only in encoding)";
}

function lineCount(s: string): number {
  if (s === "") return 0;
  return s.split("\n").length - (s.endsWith("\n") ? 1 : 0);
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max) + "...";
}

function lastLines(s: string, n: number): string {
  return s.trimEnd().split("\n").slice(-n).map((l) => clip(l, 200)).join("\n");
}

function indent(s: string): string {
  return s.split("\n").map((l) => "    " + l).join("\n");
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function geometricMean(xs: number[]): number | null {
  if (xs.length === 0) return null;
  return Math.exp(xs.reduce((acc, x) => acc + Math.log(x), 0) / xs.length);
}

async function compareProgram(name: string, opts: Options, log: (s: string) => void): Promise<ProgramResult> {
  const pyPath = urlToPath(new URL(`${name}.py`, opts.programs));
  const expected = await Deno.readTextFile(new URL(`${name}.out`, opts.programs));
  const deno = Deno.execPath();
  const modPath = urlToPath(MOD_URL);
  const res: ProgramResult = {
    name,
    status: "ok",
    failure: null,
    cpythonNote: null,
    oursMs: [],
    cpythonMs: [],
    oursMedianMs: null,
    cpythonMedianMs: null,
    ratio: null,
  };
  for (let run = 0; run < opts.runs; run++) {
    // Ours stops being timed after its first bad run; CPython keeps going so that the table
    // still shows its time.
    if (res.failure === null) {
      const ours = await timeProcess(deno, ["run", "-A", modPath, pyPath], opts.timeoutMs);
      const bad = checkRun(ours, expected, opts.timeoutMs);
      if (bad !== null) {
        res.status = "FAIL";
        res.failure = `run ${run + 1}: ${bad}`;
        log(`  ${name}: ours FAIL (${bad.split("\n")[0]})`);
      } else {
        res.oursMs.push(round2(ours.ms));
      }
    }
    if (res.cpythonNote === null) {
      const cpy = await timeProcess(opts.python, [pyPath], opts.timeoutMs);
      const bad = checkRun(cpy, expected, opts.timeoutMs);
      if (bad !== null) {
        res.cpythonNote = `run ${run + 1}: ${bad}`;
        log(`  ${name}: CPython ${bad.split("\n")[0]}`);
      } else {
        res.cpythonMs.push(round2(cpy.ms));
      }
    }
    if (res.failure !== null && res.cpythonNote !== null) break;
    log(
      `  ${name} run ${run + 1}/${opts.runs}: ours ${fmtMs(res.oursMs.at(-1))}, cpython ${
        fmtMs(res.cpythonMs.at(-1))
      }`,
    );
  }
  if (res.failure === null) res.oursMedianMs = median(res.oursMs);
  res.cpythonMedianMs = median(res.cpythonMs);
  if (res.oursMedianMs !== null && res.cpythonMedianMs !== null && res.cpythonMedianMs > 0) {
    res.ratio = res.oursMedianMs / res.cpythonMedianMs;
  }
  return res;
}

/** Milliseconds to two decimals: finer than any process timing here means. */
function round2(ms: number): number {
  return Math.round(ms * 100) / 100;
}

function fmtMs(ms: number | null | undefined): string {
  return ms === null || ms === undefined ? "-" : ms.toFixed(0);
}

function printTable(results: ProgramResult[]): void {
  const rows = [["program", "ours ms", "cpython ms", "ours/cpython", "status"]];
  for (const r of results) {
    rows.push([
      r.name,
      fmtMs(r.oursMedianMs),
      fmtMs(r.cpythonMedianMs),
      r.ratio === null ? "-" : r.ratio.toFixed(2) + "x",
      r.status === "FAIL" ? "FAIL" : r.cpythonNote !== null ? "ok (cpython?)" : "ok",
    ]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  const fmtRow = (row: string[]) =>
    row.map((cell, c) => (c === 0 || c === 4 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ")
      .trimEnd();
  console.log(fmtRow(rows[0]));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows.slice(1)) console.log(fmtRow(row));
}

async function main(args: string[]): Promise<number> {
  let opts: Options;
  try {
    opts = parseArgs(args);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`error: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }

  let all: string[];
  try {
    all = await listPrograms(opts.programs);
  } catch (e) {
    console.error(`error: Cannot read the benchmark programs in "${urlToPath(opts.programs)}": ${e}`);
    return 2;
  }
  const unknown = (opts.only ?? []).filter((n) => !all.includes(n));
  if (unknown.length > 0) {
    console.error(
      `error: Unknown program(s) ${unknown.map((n) => `"${n}"`).join(", ")}; have ${all.join(", ")}`,
    );
    return 2;
  }
  const selected = opts.only ?? all;

  const probe = await timeProcess(opts.python, ["-c", "import sys; print(sys.version.split()[0])"], 30_000);
  if (probe.spawnError !== null || probe.code !== 0) {
    console.error(
      `error: Cannot run CPython at "${opts.python}": ${probe.spawnError ?? probe.stderr.trim()}`,
    );
    return 2;
  }
  const pythonVersion = probe.stdout.trim();
  const denoVersion = Deno.version.deno;

  const log = (s: string) => console.error(s);
  log(
    `Edge Python (deno ${denoVersion}) vs CPython ${pythonVersion} (${opts.python}); ${opts.runs} run(s) each, ` +
      `timeout ${opts.timeoutMs / 1000} s`,
  );

  // One untimed run so that Deno's module cache (transpiled runtime sources) is warm.
  const warm = all.includes(WARMUP_PROGRAM) ? WARMUP_PROGRAM : selected[0];
  if (warm !== undefined) {
    const w = await timeProcess(
      Deno.execPath(),
      ["run", "-A", urlToPath(MOD_URL), urlToPath(new URL(`${warm}.py`, opts.programs))],
      opts.timeoutMs,
    );
    log(`  warm-up (${warm}.py): ${w.ms.toFixed(0)} ms, exit status ${w.code}`);
  }

  const results: ProgramResult[] = [];
  for (const name of selected) {
    try {
      results.push(await compareProgram(name, opts, log));
    } catch (e) {
      // A missing .out file or similar: report the program, keep going.
      results.push({
        name,
        status: "FAIL",
        failure: `could not run: ${e instanceof Error ? e.message : String(e)}`,
        cpythonNote: null,
        oursMs: [],
        cpythonMs: [],
        oursMedianMs: null,
        cpythonMedianMs: null,
        ratio: null,
      });
    }
  }

  const ratios = results.filter((r) => r.status === "ok" && r.ratio !== null).map((r) => r.ratio!);
  const geomean = geometricMean(ratios);
  const failed = results.filter((r) => r.status === "FAIL");

  if (opts.json) {
    console.log(JSON.stringify(
      {
        deno: denoVersion,
        python: opts.python,
        pythonVersion,
        runs: opts.runs,
        timeoutSeconds: opts.timeoutMs / 1000,
        programs: results,
        geometricMeanRatio: geomean,
        programsInMean: ratios.length,
        failed: failed.length,
      },
      null,
      2,
    ));
  } else {
    console.log("");
    printTable(results);
    console.log("");
    for (const r of results) {
      if (r.failure !== null) console.log(`FAIL ${r.name}: ${r.failure}`);
      if (r.cpythonNote !== null) console.log(`note ${r.name}: CPython ${r.cpythonNote}`);
    }
    console.log(
      `geometric mean ours/cpython: ${geomean === null ? "-" : geomean.toFixed(2) + "x"} ` +
        `over ${ratios.length} program(s); failing: ${failed.length}`,
    );
  }
  return failed.length > 0 ? 1 : 0;
}

if (import.meta.main) {
  Deno.exit(await main(Deno.args));
}
