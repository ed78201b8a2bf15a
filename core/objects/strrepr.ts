// repr() of str and bytes, and code-point helpers for JS (UTF-16) strings (printable, whitespace).

import { chargeChars } from "./protocol.ts";

/**
 * A regular expression made on first use. One with Unicode property classes costs 0.1 to 0.7 ms
 * to build, which every start-up would pay if it were built when its module loads (about 3 ms for
 * the runtime's twenty).
 */
export function lazyRegExp(make: () => RegExp): () => RegExp {
  let re: RegExp | undefined;
  return () => re ??= make();
}

const NONPRINT = lazyRegExp(() => /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}\p{Cs}]/u);
const ASCII_CLEAN = /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/; // printable ASCII except ' and \
const NON_ASCII = /[\x80-\uffff]/;

/** Is the code point printable in Python's sense (str.isprintable)? */
export function isPrintableCp(cp: number): boolean {
  if (cp >= 0x20 && cp < 0x7f) return true;
  if (cp < 0xa0) return false;
  if (cp === 0x20) return true;
  return !NONPRINT().test(String.fromCodePoint(cp));
}

/** Python's str.isspace() for one UTF-16 unit (every Python whitespace character is in the BMP). */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13) || c >= 28;
  if (c < 0x85) return false;
  return c === 0x85 || c === 0xa0 || c === 0x1680 ||
    (c >= 0x2000 &&
      (c <= 0x200a || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000));
}

function hex(n: number, w: number): string {
  return n.toString(16).padStart(w, "0");
}

/** Python repr() of a str. */
export function strRepr(s: string): string {
  chargeChars(s.length);
  if (ASCII_CLEAN.test(s)) return "'" + s + "'";
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      }
    }
    if (cp === 0x5c) out += "\\\\";
    else if (cp === 0x27 && quote === "'") out += "\\'";
    else if (cp === 0x0a) out += "\\n";
    else if (cp === 0x0d) out += "\\r";
    else if (cp === 0x09) out += "\\t";
    else if (cp >= 0x20 && cp < 0x7f) out += String.fromCharCode(cp);
    else if (cp < 0x7f || (cp >= 0x7f && cp < 0xa0)) out += "\\x" + hex(cp, 2);
    else if (isPrintableCp(cp)) out += String.fromCodePoint(cp);
    else if (cp <= 0xff) out += "\\x" + hex(cp, 2);
    else if (cp <= 0xffff) out += "\\u" + hex(cp, 4);
    else out += "\\U" + hex(cp, 8);
  }
  return out + quote;
}

/** ascii() of a str: its repr with every non-ASCII character escaped. */
export function strAscii(s: string): string {
  return escapeNonAscii(strRepr(s));
}

/** Escape every non-ASCII character of a repr as \xhh, \uhhhh or \Uhhhhhhhh (what ascii() does to any repr). */
export function escapeNonAscii(r: string): string {
  if (!NON_ASCII.test(r)) return r;
  let out = "";
  for (const ch of r) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp <= 0xff) out += "\\x" + hex(cp, 2);
    else if (cp <= 0xffff) out += "\\u" + hex(cp, 4);
    else out += "\\U" + hex(cp, 8);
  }
  return out;
}

/**
 * Python repr() of bytes (a "bytearray(" prefix is the caller's). bytearray's repr escapes every
 * single quote, even inside double quotes, as CPython's does (`escapeAllSingle`).
 */
export function bytesRepr(b: Uint8Array, n = b.length, escapeAllSingle = false): string {
  chargeChars(n);
  let hasSingle = false, hasDouble = false;
  for (let i = 0; i < n; i++) {
    if (b[i] === 0x27) hasSingle = true;
    else if (b[i] === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = "b" + quote;
  for (let i = 0; i < n; i++) {
    const c = b[i];
    if (c === 0x5c) out += "\\\\";
    else if (c === 0x27 && (quote === "'" || escapeAllSingle)) out += "\\'";
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x0d) out += "\\r";
    else if (c === 0x09) out += "\\t";
    else if (c >= 0x20 && c < 0x7f) out += String.fromCharCode(c);
    else out += "\\x" + hex(c, 2);
  }
  return out + quote;
}

// ---------------------------------------------------------------------------------------------
// Code points. Python indexes str by code point; JS by UTF-16 unit. Strings without surrogates
// (nearly all) take the fast path; the last string checked is remembered so loops that index one
// long string do not rescan it.

const SURR = /[\ud800-\udfff]/;
let lastChecked = "";
let lastWide = false;

// The string built last by appending to a long string (`s += t`), so that a loop that appends
// and reads stays linear. V8 joins strings as ropes and copies a rope into a flat string on its
// first character access (`s[i]`, a slice, a regex test), so reading the string after each
// append copied all of it: 300,000 appends each followed by `s[0]` took 29 s, by `len(s)` 13 s
// (CPython, which grows the string in place: under 1 s each). What the appends tell is kept
// instead: a prefix (`ropeHead`: flattened by its first read, then read in place; it is moved
// up to the whole string only after the string grew by an eighth, or when a read falls past
// it), the last ROPE_END characters, flat (`ropeEnd`: `s[-1]`, `s[-3:]`, `endswith`), whether
// the string has surrogates, and its length in code points. One string at a time: a loop that
// builds two strings by turns and reads them flattens them as before.
let ropeStr = "";
let ropeHead = "";
let ropeEnd = "";
/** Surrogates in ropeStr: 1, 0, or -1 when not known yet. */
let ropeWide = -1;
/** ropeStr's length in code points when it has surrogates, or -1 when not known yet. */
let ropeCps = -1;
const ROPE_END = 64;

/** Strings shorter than this are cheap to flatten: their joins are not tracked. */
export const ROPE_MIN = 1024;

/** Is the UTF-16 unit a high (leading) surrogate / a low (trailing) one? */
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** isWide, also for a lone surrogate (which isWide calls narrow: it indexes the same). */
function hasSurrogates(s: string): boolean {
  return s.length === 1 ? SURR.test(s) : isWide(s);
}

/**
 * `r` is `a + b` and at least ROPE_MIN long (str `+`, `+=`): remember it, with what its parts
 * tell (see ropeStr). An append to the string remembered costs O(1 + b.length) here.
 */
export function noteConcat(a: string, b: string, r: string): void {
  const start = a !== ropeStr;
  // (a string of the chain, or a short one, is known or cheap to scan)
  const aWide = start && (a.length < ROPE_MIN || a === lastChecked) ? hasSurrogates(a) : undefined;
  const bWide = hasSurrogates(b);
  if (!start) {
    if (ropeWide === 1 && ropeCps >= 0) {
      // (a surrogate pair split between a and b is one code point)
      const joined = b.length > 0 && ropeEnd.length > 0 && isHigh(ropeEnd.charCodeAt(ropeEnd.length - 1)) && isLow(b.charCodeAt(0));
      ropeCps += cpLength(b) - (joined ? 1 : 0);
    } else if (ropeWide === 0) {
      ropeCps = bWide ? a.length + cpLength(b) : -1;
      ropeWide = bWide ? 1 : 0;
    } else if (bWide) ropeWide = 1;
    if (r.length - ropeHead.length > (ropeHead.length >> 3) + ROPE_MIN) ropeHead = a;
    ropeEnd = b.length >= ROPE_END ? b.slice(b.length - ROPE_END) : (ropeEnd + b).slice(-ROPE_END);
  } else {
    ropeHead = a;
    ropeEnd = b.length > ROPE_END ? b.slice(b.length - ROPE_END) : b;
    ropeWide = aWide === undefined ? (bWide ? 1 : -1) : aWide || bWide ? 1 : 0;
    ropeCps = -1;
  }
  ropeStr = r;
}

/**
 * Character `i` (a UTF-16 index, 0 <= i < s.length) of a string without surrogates: for the
 * string built last by appending, from its prefix or its last characters when they hold it.
 */
export function narrowChar(s: string, i: number): string {
  if (s !== ropeStr) return s[i];
  if (i < ropeHead.length) return ropeHead[i];
  const e = s.length - ropeEnd.length;
  if (i >= e) return ropeEnd[i - e];
  ropeHead = s; // (flattened by the read below, once: the appends that follow keep this prefix)
  return s[i];
}

/** `s.slice(lo, hi)` (JavaScript's indexes: negative ones count from the end) of a string
 * without surrogates, read as narrowChar does. */
export function narrowSlice(s: string, lo: number, hi: number): string {
  if (s !== ropeStr) return s.slice(lo, hi);
  const n = s.length;
  lo = lo < 0 ? Math.max(lo + n, 0) : Math.min(lo, n);
  hi = hi < 0 ? Math.max(hi + n, 0) : Math.min(hi, n);
  if (lo >= hi) return "";
  if (hi <= ropeHead.length) return ropeHead.slice(lo, hi);
  const e = n - ropeEnd.length;
  if (lo >= e) return ropeEnd.slice(lo - e, hi - e);
  ropeHead = s;
  return s.slice(lo, hi);
}

/** `s.endsWith(p)` (UTF-16 units), from the last characters of the string built last by appending. */
export function unitsEndWith(s: string, p: string): boolean {
  return s === ropeStr && p.length <= ropeEnd.length ? ropeEnd.endsWith(p) : s.endsWith(p);
}

/** `s.startsWith(p)` (UTF-16 units), from the prefix of the string built last by appending. */
export function unitsStartWith(s: string, p: string): boolean {
  return s === ropeStr && p.length <= ropeHead.length ? ropeHead.startsWith(p) : s.startsWith(p);
}

/** Does the string contain surrogates (so UTF-16 index != code point index)? */
export function isWide(s: string): boolean {
  const n = s.length;
  if (n < 2) return false;
  if (n <= 16) {
    // a short string is scanned in place: a regular expression test costs more than the scan
    // (`len(w)` of 2-8 character words: ~12 ns less per call)
    for (let i = 0; i < n; i++) if ((s.charCodeAt(i) & 0xf800) === 0xd800) return true;
    return false;
  }
  if (s === lastChecked) return lastWide;
  if (s === ropeStr && ropeWide >= 0) return ropeWide === 1;
  const w = SURR.test(s);
  if (s === ropeStr) ropeWide = w ? 1 : 0;
  if (s.length > 32) {
    // (a loop alternating between long strings rescans each time)
    chargeChars(s.length);
    lastChecked = s;
    lastWide = w;
  }
  return w;
}

// Strings with surrogates translate code-point indexes to UTF-16 ones through an index of their
// surrogate pairs (`pairIndex`: the unit offset of each pair's high half, ascending), built by one
// scan and kept for the last PAIR_SLOTS long strings translated, so a translation is a binary
// search and the length a subtraction. Before it each translation walked the string from its start,
// so loops of slices or find(sub, i) over one long string were quadratic: 10,000 slices of a
// 100,000-character string took 7.7 s (CPython 0.05 s), 20,000 startswith("ab", i) 2.3 s; now
// under 0.1 s each. s[i] reads through it too (a loop indexing two strings by turns copied
// each into an array of characters at every switch); a forward scan finds its next answer at the
// last one (`pairHint`). Strings shorter than PAIR_MIN are walked: cheap, and they would push
// the long ones out.
const PAIR_MIN = 64;
const PAIR_SLOTS = 4;
const pairKeys: string[] = new Array(PAIR_SLOTS).fill("");
const pairVals: Int32Array[] = new Array(PAIR_SLOTS).fill(new Int32Array(0));
let pairNext = 0;

/** Unit offsets of the high halves of the surrogate pairs of `s` (PAIR_MIN units or longer). */
function pairIndex(s: string): Int32Array {
  for (let k = 0; k < PAIR_SLOTS; k++) if (pairKeys[k] === s) return pairVals[k];
  chargeChars(s.length);
  const n = s.length;
  let count = 0;
  for (let i = 0; i + 1 < n; i++) {
    if (isHigh(s.charCodeAt(i)) && isLow(s.charCodeAt(i + 1))) {
      count++;
      i++;
    }
  }
  const pairs = new Int32Array(count);
  for (let i = 0, k = 0; k < count; i++) {
    if (isHigh(s.charCodeAt(i)) && isLow(s.charCodeAt(i + 1))) pairs[k++] = i++;
  }
  pairKeys[pairNext] = s;
  pairVals[pairNext] = pairs;
  pairNext = (pairNext + 1) % PAIR_SLOTS;
  return pairs;
}

/** The answer of the last pairsBeforeCp: a loop reading forward finds its next answer there. */
let pairHint = 0;

/** How many pairs lie before code point `i`: pair k is code point pairs[k] - k. */
function pairsBeforeCp(pairs: Int32Array, i: number): number {
  const n = pairs.length;
  const k = pairHint;
  // (k is the answer when pair k-1 lies before i and pair k does not; a scan moves by 0 or 1)
  if (k <= n && (k === 0 || pairs[k - 1] - k + 1 < i)) {
    if (k === n || pairs[k] - k >= i) return k;
    if (k + 1 === n || pairs[k + 1] - k - 1 >= i) return pairHint = k + 1;
  }
  let lo = 0, hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pairs[mid] - mid < i) lo = mid + 1;
    else hi = mid;
  }
  return pairHint = lo;
}

/** How many pairs start before unit offset `u`. */
function pairsBeforeUnit(pairs: Int32Array, u: number): number {
  let lo = 0, hi = pairs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pairs[mid] < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of code points. */
export function cpLength(s: string): number {
  if (!isWide(s)) return s.length;
  if (s === ropeStr && ropeCps >= 0) return ropeCps;
  let n = 0;
  if (s.length >= PAIR_MIN) n = s.length - pairIndex(s).length;
  else {
    for (let i = 0; i < s.length; i++) {
      if (isHigh(s.charCodeAt(i)) && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) i++;
      n++;
    }
  }
  if (s === ropeStr) ropeCps = n;
  return n;
}

/** Split into an array of code-point strings. */
export function cpArray(s: string): string[] {
  if (!isWide(s)) return s.split("");
  return Array.from(s);
}

/** Code point at code-point index i (0 <= i < cpLength). */
export function cpAt(s: string, i: number): string {
  if (!isWide(s)) return s[i];
  const u = cpToUnit(s, i);
  return u + 1 < s.length && isHigh(s.charCodeAt(u)) && isLow(s.charCodeAt(u + 1)) ? s.slice(u, u + 2) : s[u];
}

/** Slice by code-point indexes (already clamped, step 1). */
export function cpSlice(s: string, start: number, stop: number): string {
  if (!isWide(s)) return s.slice(start, stop);
  return s.slice(cpToUnit(s, start), cpToUnit(s, stop));
}

/** UTF-16 offset of a code-point index (past the end: the string's length). */
export function cpToUnit(s: string, i: number): number {
  if (!isWide(s)) return i;
  if (s.length >= PAIR_MIN) return Math.min(i + pairsBeforeCp(pairIndex(s), i), s.length);
  let u = 0;
  for (let n = 0; n < i && u < s.length; n++) {
    u += isHigh(s.charCodeAt(u)) && u + 1 < s.length && isLow(s.charCodeAt(u + 1)) ? 2 : 1;
  }
  return u;
}

/** Code-point index of a UTF-16 offset (0 <= u <= s.length, not inside a pair). */
export function unitToCp(s: string, u: number): number {
  if (!isWide(s)) return u;
  if (s.length >= PAIR_MIN) return u - pairsBeforeUnit(pairIndex(s), u);
  return cpLength(s.slice(0, u));
}
