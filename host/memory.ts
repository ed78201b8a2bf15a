// The memory measure of EdgePython runs and the JS engine's own heap limit, the cap no run may
// pass. Web-standard APIs only, plus `Deno.memoryUsage`, `Deno.systemMemoryInfo` and `node:v8`
// where present.

import { HEAP_LIMIT_SHARE } from "../core/limits.ts";

type DenoMemory = {
  memoryUsage?: () => { heapUsed: number; external: number };
  systemMemoryInfo?: () => { total: number };
  readFileSync?: (path: string) => Uint8Array;
  env?: { get(name: string): string | undefined };
  permissions?: {
    querySync?: (
      d: { name: "sys"; kind: "systemMemoryInfo" } | { name: "read"; path: string } | { name: "env"; variable: string },
    ) => { state: string };
  };
};

const denoRuntime = (globalThis as { Deno?: DenoMemory }).Deno;

/** The JS heap in use plus the ArrayBuffers outside it (the storage of bytes and bytearray). */
function denoHeapUsed(): number {
  const m = denoRuntime!.memoryUsage!();
  return m.heapUsed + m.external;
}

export function defaultHeapUsed(): (() => number) | undefined {
  return denoRuntime?.memoryUsage ? denoHeapUsed : undefined;
}

/**
 * The memory measure past which MemoryError is raised whatever `limits.objects` says:
 * HEAP_LIMIT_SHARE of the space the JS engine gives old objects, so that MemoryError comes before
 * V8's fatal out-of-memory, which kills the process and loses its output. Infinity where unknown.
 *
 * Chrome tells V8's heap limit (`performance.memory`). Deno tells it through `node:v8`, whose load
 * costs 5 to 20 ms of start-up (Node's compatibility layer comes with it). Until it arrives the
 * space is estimated as V8 sizes it by default: a quarter of the machine's memory (when the `sys`
 * permission is granted), at most 4 GiB. That estimate is V8's own rule, so `node:v8` is needed only
 * where flags change the heap (`--max-old-space-size`, `--max-heap-size`) or an edge platform sets
 * its own limit. So it is loaded:
 * - at the first create(), with the first run() waiting for it, when such a flag can be seen
 *   (`DENO_V8_FLAGS`, or Deno's command line in `/proc/self/cmdline`, each read only where the
 *   permission is already granted): a run that grows without ever yielding to the event loop (a
 *   deep recursion, `list()` of an endless generator) could not wait for it later;
 * - else once a run's memory measure passes ENGINE_CAP_PROBE_BYTES; it arrives when the run next
 *   yields (each time slice), so a short program never pays for it.
 * (Node's synchronous `process.getBuiltinModule` is no way around the wait: in Deno 2 its first call
 * replaces the global `MessageChannel` by Node's, whose messages starve the embedder's timers.)
 */
let cap = Infinity;
let engineCapKnown = false;
/** The load of `node:v8` in progress (null before it starts and once it arrived or failed). */
let engineCapFetch: Promise<void> | null = null;
/** Whether run() must wait for that load (a flag that changes V8's heap was seen). */
let engineCapAwaited = false;
// V8's default space for old objects on a 64-bit machine: a quarter of its memory, at most 4 GiB
const V8_MAX_OLD_SPACE = 4 * 1024 ** 3;
// heap_size_limit includes the young generation (about 100 MiB), which old objects cannot use
const YOUNG_GENERATION_BYTES = 128 * 1024 * 1024;
/** A memory measure past which the exact heap limit is fetched (below the smallest default heap V8 sizes). */
const ENGINE_CAP_PROBE_BYTES = 64 * 1024 * 1024;
/** V8 flags that change the size of its heap. */
const HEAP_FLAGS = /max[-_](old[-_]space|heap|semi[-_]space)[-_]size|max[-_]young|initial[-_]heap/;

/** Set the cap from the space for old objects, in bytes. */
function setOldSpace(bytes: number): void {
  if (bytes > 0) cap = Math.floor(bytes * HEAP_LIMIT_SHARE);
}

/** Can a flag that changes V8's heap be seen (only where reading it needs no permission prompt)? */
function heapFlagsSeen(d: DenoMemory): boolean {
  const granted = (q: Parameters<NonNullable<NonNullable<DenoMemory["permissions"]>["querySync"]>>[0]) =>
    d.permissions?.querySync?.(q).state === "granted";
  if (granted({ name: "env", variable: "DENO_V8_FLAGS" }) && HEAP_FLAGS.test(d.env?.get("DENO_V8_FLAGS") ?? "")) return true;
  const cmdline = "/proc/self/cmdline";
  if (d.readFileSync === undefined || !granted({ name: "read", path: cmdline })) return false;
  let args: string;
  try {
    args = new TextDecoder().decode(d.readFileSync(cmdline));
  } catch {
    return false;
  }
  // Deno's own options come before the script's name; any flag there is worth the exact limit
  return args.split("\0").some((a) => a.startsWith("--v8-flags") && HEAP_FLAGS.test(a));
}

/** Set the engine cap at the first create(): Chrome's exact limit, or an estimate (see engineCap). */
export function estimateEngineCap(): void {
  if (engineCapKnown || cap !== Infinity) return;
  const chrome = (performance as { memory?: { jsHeapSizeLimit?: number } }).memory?.jsHeapSizeLimit;
  if (typeof chrome === "number") {
    engineCapKnown = true;
    return setOldSpace(chrome);
  }
  const d = denoRuntime as DenoMemory | undefined;
  if (d === undefined) return;
  let oldSpace = V8_MAX_OLD_SPACE;
  let flags = false;
  try {
    // (queried first: an ungranted permission would prompt on a terminal)
    if (d.systemMemoryInfo && d.permissions?.querySync?.({ name: "sys", kind: "systemMemoryInfo" }).state === "granted") {
      oldSpace = Math.min(d.systemMemoryInfo().total / 4, V8_MAX_OLD_SPACE);
    }
    flags = heapFlagsSeen(d);
  } catch {
    // V8's largest default, until node:v8 tells the exact limit
  }
  setOldSpace(oldSpace);
  if (flags) {
    engineCapAwaited = true;
    fetchEngineCap();
  }
}

/** Start loading V8's exact heap limit from `node:v8` (once). */
function fetchEngineCap(): void {
  if (engineCapKnown || engineCapFetch !== null || denoRuntime === undefined) return;
  engineCapKnown = true; // (known or unknowable from here on: one load per process)
  engineCapFetch = import("node:v8").then(setHeapSizeLimit, () => {}).finally(() => {
    engineCapFetch = null;
    engineCapAwaited = false;
  });
}

type V8Module = { getHeapStatistics(): { heap_size_limit: number } };

function setHeapSizeLimit(v8: V8Module): void {
  const limit = v8.getHeapStatistics().heap_size_limit;
  setOldSpace(Math.max(limit - YOUNG_GENERATION_BYTES, limit / 2));
}


/** The engine cap now (Infinity where unknown). */
export function engineCap(): number {
  return cap;
}

/** A run's measure `n`: past ENGINE_CAP_PROBE_BYTES, V8's exact limit is worth its load. */
export function probeEngineCap(n: number): void {
  if (n > ENGINE_CAP_PROBE_BYTES && !engineCapKnown) fetchEngineCap();
}

/** What run() awaits before it starts: V8's exact limit where a heap flag was seen and it has not arrived. */
export function memoryReady(): Promise<void> | null {
  return engineCapAwaited ? engineCapFetch : null;
}
