// The command-line driver: `deno run -A mod.ts script.py [args...]`, `-c "code"`.

import { EdgePython, PythonError } from "./api.ts";
import { VERSION } from "./version.ts";

const HELP = `usage: edge-python [options] [-c cmd | file] [arg] ...
Run a Python program with Edge Python for Deno.

  file            program read from a script file ('-' reads the program from stdin)
  -c cmd          program passed in as a string
  --depth N       maximum call depth (default 1000)
  --ops N         instruction budget (default: unlimited)
  --memory N      memory limit: N KiB of heap growth (sampled; default 50000000)
  --sandbox       the original's sandbox profile (depth 256, 100M ops, 100K objects)
  --dump-bytecode print the compiled bytecode instead of running
  -h, --help      show this help and exit
  -V, --version   show the version and exit`;

const encoder = new TextEncoder();

/** Synchronous stdout writer with a buffer (flushed before input() and at exit). */
class Out {
  buf: string[] = [];
  size = 0;
  write(s: string): void {
    this.buf.push(s);
    this.size += s.length;
    if (this.size > 1 << 16) this.flush();
  }
  flush(): void {
    if (this.buf.length === 0) return;
    const data = encoder.encode(this.buf.join(""));
    this.buf = [];
    this.size = 0;
    let off = 0;
    while (off < data.length) off += Deno.stdout.writeSync(data.subarray(off));
  }
}

/** Line reader over stdin, synchronous (input() blocks the program, as in CPython). */
class StdinLines {
  private pending = "";
  private eof = false;
  private decoder = new TextDecoder();
  readLine(): string | null {
    for (;;) {
      const i = this.pending.indexOf("\n");
      if (i >= 0) {
        const line = this.pending.slice(0, i);
        this.pending = this.pending.slice(i + 1);
        return line.endsWith("\r") ? line.slice(0, -1) : line;
      }
      if (this.eof) {
        if (this.pending === "") return null;
        const line = this.pending;
        this.pending = "";
        return line;
      }
      const buf = new Uint8Array(65536);
      let n: number | null = null;
      try {
        n = Deno.stdin.readSync(buf);
      } catch {
        n = null;
      }
      if (n === null || n === 0) {
        this.eof = true;
        this.pending += this.decoder.decode();
      } else this.pending += this.decoder.decode(buf.subarray(0, n), { stream: true });
    }
  }
}

/** The first byte offset that is not valid UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const n = b < 0x80 ? 1 : (b & 0xe0) === 0xc0 ? 2 : (b & 0xf0) === 0xe0 ? 3 : (b & 0xf8) === 0xf0 ? 4 : 0;
    if (n === 0 || i + n > bytes.length) break;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(i, i + n));
    } catch {
      break;
    }
    i += n;
  }
  return i;
}

/**
 * Decode a script as CPython does: UTF-8 (a BOM is dropped). An undecodable byte is a
 * SyntaxError worded as CPython words it: without a coding declaration in the first two lines,
 * "Non-UTF-8 code starting with ..." (no source line); with one, a "(unicode error)" at the line.
 */
function decodeSource(bytes: Uint8Array, filename: string): string | { report: string } {
  try {
    let text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return text;
  } catch {
    const at = firstInvalidUtf8(bytes);
    let line = 1, lineStart = 0;
    for (let k = 0; k < at; k++) {
      if (bytes[k] === 0x0a) {
        line++;
        lineStart = k + 1;
      }
    }
    const b = bytes[at] ?? 0;
    const hex = b.toString(16).padStart(2, "0");
    const head = new TextDecoder("utf-8").decode(bytes.subarray(0, Math.min(bytes.length, 512))).split("\n").slice(0, 2);
    const declared = head.some((l) => /^[ \t\f]*#.*?coding[:=]/.test(l));
    if (!declared) {
      return {
        report: `SyntaxError: Non-UTF-8 code starting with '\\x${hex}' in file ${filename} on line ${line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details`,
      };
    }
    const kind = (b & 0xc0) === 0x80 || b >= 0xf8 ? "invalid start byte" : "invalid continuation byte";
    return {
      report: `  File "${filename}", line ${line}\nSyntaxError: (unicode error) 'utf-8' codec can't decode byte 0x${hex} in position ${at - lineStart}: ${kind}`,
    };
  }
}

/** Run the CLI; returns the process exit status. */
export async function main(args: string[]): Promise<number> {
  let code: string | null = null;
  let file: string | null = null;
  const limits: { ops?: number; depth?: number; objects?: number } = {};
  let dump = false;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === "-h" || a === "--help") {
      console.log(HELP);
      return 0;
    }
    if (a === "-V" || a === "--version") {
      console.log(`Edge Python for Deno ${VERSION}`);
      return 0;
    }
    if (a === "-c") {
      if (i + 1 >= args.length) {
        console.error("Argument expected for the -c option");
        return 2;
      }
      code = args[++i];
      i++;
      break;
    }
    if (a === "--depth" || a === "--ops" || a === "--memory") {
      const v = Number(args[++i]);
      if (!Number.isFinite(v) || v <= 0) {
        console.error(`${a} expects a positive number`);
        return 2;
      }
      if (a === "--depth") limits.depth = v;
      else if (a === "--ops") limits.ops = v;
      else limits.objects = v;
      continue;
    }
    if (a === "--sandbox") {
      limits.depth = 256;
      limits.ops = 100_000_000;
      limits.objects = 100_000;
      continue;
    }
    if (a === "--dump-bytecode") {
      dump = true;
      continue;
    }
    if (a.startsWith("-") && a !== "-") {
      console.error(`Unknown option: ${a}\n${HELP}`);
      return 2;
    }
    file = a;
    i++;
    break;
  }
  let filename = "<string>";
  if (code === null) {
    if (file === null) {
      console.error(HELP);
      return 2;
    }
    let bytes: Uint8Array;
    try {
      bytes = file === "-" ? await readAllStdin() : Deno.readFileSync(file);
    } catch (e) {
      console.error(`edge-python: can't open file '${file}': ${e instanceof Error ? e.message : e}`);
      return 2;
    }
    filename = file === "-" ? "<stdin>" : file;
    const text = decodeSource(bytes, filename);
    if (typeof text !== "string") {
      console.error(text.report);
      return 1;
    }
    code = text;
  }
  if (dump) {
    const { disassemble } = await import("./disasm.ts");
    const { compile } = await import("../core/compiler/stmt.ts");
    try {
      console.log(disassemble(compile(code, filename).code));
      return 0;
    } catch (e) {
      console.error(String((e as { message?: string }).message ?? e));
      return 1;
    }
  }
  const out = new Out();
  const stdin = new StdinLines();
  const ep = await EdgePython.create({
    limits,
    noEventWait: true,
    readLine: () => {
      out.flush();
      return stdin.readLine();
    },
  });
  ep.onWrite((text) => out.write(text));
  try {
    await ep.run(code, { filename });
    out.flush();
    return 0;
  } catch (e) {
    out.flush();
    if (e instanceof PythonError) {
      if (e.systemExit) {
        if (e.exitMessage !== null) console.error(e.exitMessage);
        return e.exitCode;
      }
      console.error(e.traceback);
      return e.exitCode; // 1, or 130 after a KeyboardInterrupt
    }
    console.error(`internal error: ${e instanceof Error ? e.stack : e}`);
    return 1;
  }
}

async function readAllStdin(): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const c of Deno.stdin.readable) chunks.push(c);
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}
