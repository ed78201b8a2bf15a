// The code-point helpers of strrepr.ts give the same answers for the string built last by
// appending (read from what the appends told: noteConcat) as for any other string: a seeded
// random walk of appends (ASCII, BMP, astral characters, lone surrogates, a pair split between
// two appends), switches to another string, and reads of every kind, each checked against the
// answer computed from scratch.

import assert from "node:assert/strict";
import {
  cpAt, cpLength, cpSlice, cpToUnit, isWide, narrowChar, narrowSlice, noteConcat, ROPE_MIN, unitsEndWith,
  unitsStartWith, unitToCp,
} from "./strrepr.ts";

const SURR = /[\ud800-\udfff]/;

function refCpLength(s: string): number {
  // (JavaScript's string iterator steps by code point: a pair is one, a lone surrogate one)
  return Array.from(s).length;
}

/** A small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NARROW = ["x", "ab", "y".repeat(70), "w".repeat(20)];
const WIDE = ["é", "😀", "\ud83d", "\ude00", "q😀r"];

Deno.test("strrepr: the string built by appending reads the same as any string", () => {
  for (const narrowOnly of [true, false]) {
    const rand = rng(narrowOnly ? 7 : 11);
    const pick = (n: number) => Math.floor(rand() * n);
    let s = "", other = "o".repeat(ROPE_MIN);
    for (let step = 0; step < 3000; step++) {
      const roll = rand();
      if (roll < 0.05) {
        // append to another string for a while, then come back
        [s, other] = [other, s];
      } else {
        const piece = rand() < 0.01 ? "z".repeat(ROPE_MIN) : narrowOnly || rand() < 0.5 ? NARROW[pick(NARROW.length)] : WIDE[pick(WIDE.length)];
        const r = s + piece;
        if (r.length >= ROPE_MIN) noteConcat(s, piece, r);
        s = r;
      }
      // reads, in a random order of kinds
      const wide = SURR.test(s);
      assert.equal(isWide(s), wide && s.length >= 2, `isWide at step ${step}`);
      assert.equal(cpLength(s), refCpLength(s), `cpLength at step ${step}`);
      if (s.length === 0) continue;
      const p = s.slice(s.length - 1 - pick(Math.min(s.length, 100)));
      assert.equal(unitsEndWith(s, p), true);
      assert.equal(unitsEndWith(s, "#" + p), false);
      assert.equal(unitsStartWith(s, s.slice(0, pick(s.length))), true);
      if (wide) continue;
      for (const i of [0, s.length - 1, pick(s.length), s.length - 1 - pick(Math.min(64, s.length))]) {
        assert.equal(narrowChar(s, i), s[i], `s[${i}] at step ${step}`);
      }
      const lo = pick(s.length + 1) - (rand() < 0.3 ? s.length : 0), hi = rand() < 0.5 ? s.length : pick(s.length + 1);
      assert.equal(narrowSlice(s, lo, hi), s.slice(lo, hi), `s.slice(${lo}, ${hi}) at step ${step}`);
      assert.equal(narrowSlice(s, -3, s.length), s.slice(-3));
    }
  }
});

Deno.test("strrepr: code-point translation agrees with a walk of the string", () => {
  // Strings short and long (translated through the index of their pairs), more of them than the
  // index keeps, used by turns, with lone surrogates of both halves.
  const rand = rng(5);
  const pick = (n: number) => Math.floor(rand() * n);
  const PIECES = ["a", "bc", "é", "😀", "\ud83d", "\ude00", "\ude00\ud83d", "x".repeat(40)];
  const strs: string[] = [];
  for (let k = 0; k < 9; k++) {
    let s = "";
    const len = [3, 40, 63, 64, 65, 300, 2000][k % 7];
    while (s.length < len) s += PIECES[pick(PIECES.length)];
    strs.push(s);
  }
  for (let round = 0; round < 400; round++) {
    const s = strs[pick(strs.length)];
    const cps = Array.from(s);
    const units = [0];
    for (const c of cps) units.push(units[units.length - 1] + c.length);
    assert.equal(cpLength(s), cps.length);
    if (round % 40 === 0) {
      // a scan forward, then one backward (the translation remembers where the last one ended)
      for (let i = 0; i <= cps.length; i++) assert.equal(cpToUnit(s, i), units[i], `cpToUnit(${i}) forward`);
      for (let i = cps.length; i >= 0; i--) assert.equal(cpToUnit(s, i), units[i], `cpToUnit(${i}) backward`);
    }
    for (let t = 0; t < 5; t++) {
      const i = pick(cps.length + 1), j = pick(cps.length + 1);
      assert.equal(cpToUnit(s, i), units[i], `cpToUnit(${i})`);
      assert.equal(unitToCp(s, units[i]), i, `unitToCp(${units[i]})`);
      assert.equal(cpSlice(s, Math.min(i, j), Math.max(i, j)), cps.slice(Math.min(i, j), Math.max(i, j)).join(""));
      if (i < cps.length) assert.equal(cpAt(s, i), cps[i]);
    }
  }
});
