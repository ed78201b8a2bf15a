// repr() of str and bytes, and code-point helpers for JS (UTF-16) strings (printable, whitespace).

import { chargeChars } from "./protocol.ts";

const NONPRINT = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}\p{Cs}]/u;
const ASCII_CLEAN = /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/; // printable ASCII except ' and \
const NON_ASCII = /[\x80-\uffff]/;

/** Is the code point printable in Python's sense (str.isprintable)? */
export function isPrintableCp(cp: number): boolean {
  if (cp >= 0x20 && cp < 0x7f) return true;
  if (cp < 0xa0) return false;
  if (cp === 0x20) return true;
  return !NONPRINT.test(String.fromCodePoint(cp));
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

/** Does the string contain surrogates (so UTF-16 index != code point index)? */
export function isWide(s: string): boolean {
  if (s.length < 2) return false;
  if (s === lastChecked) return lastWide;
  const w = SURR.test(s);
  if (s.length > 32) {
    // (a loop alternating between long strings rescans each time)
    chargeChars(s.length);
    lastChecked = s;
    lastWide = w;
  }
  return w;
}

/** Number of code points. */
export function cpLength(s: string): number {
  if (!isWide(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
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
  return cpArray(s)[i];
}

/** Slice by code-point indexes (already clamped, step 1). */
export function cpSlice(s: string, start: number, stop: number): string {
  if (!isWide(s)) return s.slice(start, stop);
  return cpArray(s).slice(start, stop).join("");
}

/** UTF-16 offset of a code-point index. */
export function cpToUnit(s: string, i: number): number {
  if (!isWide(s)) return i;
  let u = 0;
  for (let n = 0; n < i && u < s.length; n++) {
    const c = s.charCodeAt(u);
    u += c >= 0xd800 && c <= 0xdbff && u + 1 < s.length ? 2 : 1;
  }
  return u;
}

/** Code-point index of a UTF-16 offset. */
export function unitToCp(s: string, u: number): number {
  if (!isWide(s)) return u;
  return cpLength(s.slice(0, u));
}
