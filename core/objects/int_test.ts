// Python's `%` and `//` on ints held as JS numbers, against BigInt arithmetic: the unsigned 32-bit
// path, the floating-point division path for non-negative dividends up to 2^53, and the general
// path (negative operands), at the boundaries of each.
//   deno test core/objects/int_test.ts

import assert from "node:assert/strict";
import { floorDivNum, modNum } from "./int.ts";

/** Python's a % b and a // b by BigInt (floor division). */
function oracle(a: number, b: number): [bigint, bigint] {
  const A = BigInt(a), B = BigInt(b);
  let m = A % B;
  if (m !== 0n && (m < 0n) !== (B < 0n)) m += B;
  return [m, (A - m) / B];
}

function check(a: number, b: number): void {
  const [m, q] = oracle(a, b);
  const mod = modNum(a, b), div = floorDivNum(a, b);
  assert.equal(BigInt(mod), m, `${a} % ${b}`);
  assert.equal(BigInt(div), q, `${a} // ${b}`);
  assert.ok(!Object.is(mod, -0) && !Object.is(div, -0), `-0 from ${a}, ${b}`);
}

Deno.test("int: % and // of numbers agree with BigInt at the edges of each path", () => {
  const edges = [0, 1, 2, 3, 7, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 32 + 1, 1000000007,
    2 ** 52 - 1, 2 ** 52, 2 ** 52 + 1, 2 ** 53 - 2, 2 ** 53 - 1];
  for (const a of edges) {
    for (const b of edges) {
      if (b === 0) continue;
      check(a, b);
      check(-a, b);
      check(a, -b);
      check(-a, -b);
    }
  }
  // quotients next to an integer, where a / b rounds up to it
  for (const b of [3, 7, 10, 1000000007, 2 ** 40 + 3]) {
    const top = Math.floor((2 ** 53 - 1) / b);
    for (let q = top - 3; q <= top; q++) for (const d of [-1, 0, 1]) {
      const a = q * b + d;
      if (a >= 0 && a < 2 ** 53) check(a, b);
    }
  }
});

Deno.test("int: % and // of numbers agree with BigInt on random operands of every size", () => {
  let seed = 12345;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < 200_000; i++) {
    const a = Math.floor(rnd() * 2 ** Math.floor(rnd() * 54));
    const b = Math.floor(rnd() * 2 ** Math.floor(rnd() * 54)) + 1;
    if (a >= 2 ** 53 || b >= 2 ** 53) continue;
    check(a, b);
    if (i % 4 === 0) check(-a, b);
    if (i % 4 === 1) check(a, -b);
  }
});
