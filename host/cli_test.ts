// Unit tests of the CLI's source reading and decoding (the CLI as a whole: tests/cli_forms_test.ts).

import assert from "node:assert/strict";
import { compile } from "../core/compiler/stmt.ts";
import { CompileError } from "../core/compiler/errors.ts";
import { MAX_SOURCE_CHARS } from "../core/limits.ts";
import { decodeSource, firstInvalidUtf8, readAll, readScript } from "./cli.ts";
import { MAX_SCRIPT_BYTES } from "../core/limits.ts";

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Whether `bytes` is well-formed UTF-8, as a fatal TextDecoder (the Unicode standard) says. */
function wellFormed(bytes: Uint8Array): boolean {
  try {
    strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

Deno.test("cli: firstInvalidUtf8 finds the first byte that begins no well-formed sequence, as a fatal TextDecoder judges", () => {
  // every byte, alone and before each kind of second byte, then random runs of the bytes at the
  // edges of UTF-8's ranges
  const check = (bytes: Uint8Array) => {
    const at = firstInvalidUtf8(bytes);
    if (!wellFormed(bytes.subarray(0, at))) assert.fail(`${bytes}: the bytes before ${at} are not well-formed`);
    if (at === bytes.length) return;
    for (let n = 1; n <= 4 && at + n <= bytes.length; n++) {
      if (wellFormed(bytes.subarray(at, at + n))) assert.fail(`${bytes}: a sequence of ${n} begins at ${at}`);
    }
  };
  const pool = [0x41, 0x0a, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf4, 0xf5, 0xff];
  for (let a = 0; a < 256; a++) {
    check(Uint8Array.of(a));
    for (const b of pool) check(Uint8Array.of(0x41, a, b, 0x80, 0x80));
  }
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
  for (let r = 0; r < 5_000; r++) {
    const bytes = Uint8Array.from({ length: 1 + Math.floor(random() * 8) }, () => pool[Math.floor(random() * pool.length)]);
    check(bytes);
  }
  assert.equal(firstInvalidUtf8(new TextEncoder().encode("héllo 日本 😀")), 18);
});

Deno.test("cli: a late bad byte in a 10 MB script is reported at once, with its line", () => {
  // Regression: finding the bad byte made a TextDecoder per character (7.6 s for 10 MB)
  const head = new TextEncoder().encode("x = 'é'\n".repeat(1_100_000));
  const bytes = new Uint8Array(head.length + 3);
  bytes.set(head);
  bytes.set([0x23, 0xff, 0x0a], head.length);
  const t = performance.now();
  const r = decodeSource(bytes, "/scripts/big.py");
  const ms = performance.now() - t;
  assert.deepEqual(r, {
    report: "SyntaxError: Non-UTF-8 code starting with '\\xff' in file /scripts/big.py on line 1100001, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
  });
  assert.ok(ms < 1000, `${ms} ms`);
});

Deno.test("cli: a script past the size limit is refused before it is read (a file) or once that much is read (a device, a pipe)", () => {
  // Regression: a 600 MB script was read, its decoding into a string too long failed after ~5
  // minutes and was reported as "Non-UTF-8 code"
  const dir = Deno.makeTempDirSync();
  try {
    const path = `${dir}/s.py`;
    const report = (name: string) => ({ error: `  File "${name}", line 1\nSyntaxError: source file exceeds maximum size (10 MiB)`, status: 1 });
    Deno.writeTextFileSync(path, "print(1)\n");
    assert.deepEqual(readScript(path, 9), { bytes: new TextEncoder().encode("print(1)\n"), path });
    assert.deepEqual(readScript(path, 8), report(path));
    // the limit's size in a sparse file: never read
    const file = Deno.openSync(path, { write: true, truncate: true });
    file.truncateSync(MAX_SCRIPT_BYTES + 1);
    file.close();
    const readSync = Deno.FsFile.prototype.readSync;
    let fileReads = 0;
    Deno.FsFile.prototype.readSync = function (buf: Uint8Array) {
      fileReads++;
      return readSync.call(this, buf);
    };
    try {
      assert.deepEqual(readScript(path), report(path));
    } finally {
      Deno.FsFile.prototype.readSync = readSync;
    }
    assert.equal(fileReads, 0);
    // (the message is compile()'s for a text past MAX_SOURCE_CHARS)
    assert.throws(() => compile(" ".repeat(MAX_SOURCE_CHARS + 1)), (e) => e instanceof CompileError && report(path).error.endsWith(e.message));
    // a device is read up to the limit
    try {
      Deno.statSync("/dev/zero");
      assert.deepEqual(readScript("/dev/zero", 100_000), report("/dev/zero"));
    } catch (e) {
      if (!(e instanceof Deno.errors.NotFound)) throw e;
    }
    // so is a pipe: the reading stops once past the limit
    let reads = 0;
    const pipe = (buf: Uint8Array) => {
      reads++;
      buf.fill(0x20);
      return buf.length;
    };
    assert.equal(readAll(pipe, 200_000), null);
    assert.ok(reads < 10, `${reads} reads`);
    let left = 200_000;
    const ends = (buf: Uint8Array) => {
      const n = Math.min(buf.length, left, 1000);
      left -= n;
      return n === 0 ? null : n;
    };
    assert.equal(readAll(ends, 200_000)?.length, 200_000);
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});
