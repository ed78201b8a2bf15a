// Unit tests of the CLI's source reading and decoding (the CLI as a whole: tests/cli_forms_test.ts).

import assert from "node:assert/strict";
import { decodeSource, firstInvalidUtf8 } from "./cli.ts";

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
  const r = decodeSource(bytes, "big.py");
  const ms = performance.now() - t;
  assert.deepEqual(r, {
    report: "SyntaxError: Non-UTF-8 code starting with '\\xff' in file big.py on line 1100001, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
  });
  assert.ok(ms < 1000, `${ms} ms`);
});
