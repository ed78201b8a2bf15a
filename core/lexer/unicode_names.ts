// Character names for `\N{...}` escapes in string literals, and the other way for `namereplace`.
//
// CPython carries the whole Unicode name database; this runtime carries a small subset, built on
// first use (a `\N` escape is rare, so nothing is paid at start-up):
//   - every ASCII character, including the control-character aliases (`\N{LINE FEED}`, `\N{ESC}`);
//   - `LATIN CAPITAL|SMALL LETTER X` and `... LETTER X WITH <mark>` for the common diacritics
//     (resolved by composing the base letter with the combining mark under NFC);
//   - the Greek alphabet (`GREEK SMALL LETTER ALPHA` ... `OMEGA`, capitals too);
//   - a handful of frequent symbols (BULLET, EM DASH, SNOWMAN, ...).
// Lookup is case-insensitive, as in CPython.

/** Names of U+0020..U+007E, in order; letters and digits are filled in by `build()`. */
const ASCII_PRINTABLE = [
  "SPACE",
  "EXCLAMATION MARK",
  "QUOTATION MARK",
  "NUMBER SIGN",
  "DOLLAR SIGN",
  "PERCENT SIGN",
  "AMPERSAND",
  "APOSTROPHE",
  "LEFT PARENTHESIS",
  "RIGHT PARENTHESIS",
  "ASTERISK",
  "PLUS SIGN",
  "COMMA",
  "HYPHEN-MINUS",
  "FULL STOP",
  "SOLIDUS",
  "0",
  "1",
  "2",
  "3",
  "4",
  "5",
  "6",
  "7",
  "8",
  "9",
  "COLON",
  "SEMICOLON",
  "LESS-THAN SIGN",
  "EQUALS SIGN",
  "GREATER-THAN SIGN",
  "QUESTION MARK",
  "COMMERCIAL AT",
  "A",
  "B",
  "C",
  "D",
  "E",
  "F",
  "G",
  "H",
  "I",
  "J",
  "K",
  "L",
  "M",
  "N",
  "O",
  "P",
  "Q",
  "R",
  "S",
  "T",
  "U",
  "V",
  "W",
  "X",
  "Y",
  "Z",
  "LEFT SQUARE BRACKET",
  "REVERSE SOLIDUS",
  "RIGHT SQUARE BRACKET",
  "CIRCUMFLEX ACCENT",
  "LOW LINE",
  "GRAVE ACCENT",
  "a",
  "b",
  "c",
  "d",
  "e",
  "f",
  "g",
  "h",
  "i",
  "j",
  "k",
  "l",
  "m",
  "n",
  "o",
  "p",
  "q",
  "r",
  "s",
  "t",
  "u",
  "v",
  "w",
  "x",
  "y",
  "z",
  "LEFT CURLY BRACKET",
  "VERTICAL LINE",
  "RIGHT CURLY BRACKET",
  "TILDE",
];

const DIGIT_NAMES = ["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"];

/** Control characters: code point, then the Unicode name aliases CPython accepts for it. */
const CONTROLS: [number, ...string[]][] = [
  [0x00, "NULL", "NUL"],
  [0x01, "START OF HEADING", "SOH"],
  [0x02, "START OF TEXT", "STX"],
  [0x03, "END OF TEXT", "ETX"],
  [0x04, "END OF TRANSMISSION", "EOT"],
  [0x05, "ENQUIRY", "ENQ"],
  [0x06, "ACKNOWLEDGE", "ACK"],
  [0x07, "ALERT", "BEL"],
  [0x08, "BACKSPACE", "BS"],
  [0x09, "CHARACTER TABULATION", "HORIZONTAL TABULATION", "TAB", "HT"],
  [0x0a, "LINE FEED", "NEW LINE", "END OF LINE", "LF", "NL", "EOL"],
  [0x0b, "LINE TABULATION", "VERTICAL TABULATION", "VT"],
  [0x0c, "FORM FEED", "FF"],
  [0x0d, "CARRIAGE RETURN", "CR"],
  [0x0e, "SHIFT OUT", "SO"],
  [0x0f, "SHIFT IN", "SI"],
  [0x10, "DATA LINK ESCAPE", "DLE"],
  [0x11, "DEVICE CONTROL ONE", "DC1"],
  [0x12, "DEVICE CONTROL TWO", "DC2"],
  [0x13, "DEVICE CONTROL THREE", "DC3"],
  [0x14, "DEVICE CONTROL FOUR", "DC4"],
  [0x15, "NEGATIVE ACKNOWLEDGE", "NAK"],
  [0x16, "SYNCHRONOUS IDLE", "SYN"],
  [0x17, "END OF TRANSMISSION BLOCK", "ETB"],
  [0x18, "CANCEL", "CAN"],
  [0x19, "END OF MEDIUM", "EOM"],
  [0x1a, "SUBSTITUTE", "SUB"],
  [0x1b, "ESCAPE", "ESC"],
  [0x1c, "INFORMATION SEPARATOR FOUR", "FILE SEPARATOR", "FS"],
  [0x1d, "INFORMATION SEPARATOR THREE", "GROUP SEPARATOR", "GS"],
  [0x1e, "INFORMATION SEPARATOR TWO", "RECORD SEPARATOR", "RS"],
  [0x1f, "INFORMATION SEPARATOR ONE", "UNIT SEPARATOR", "US"],
  [0x20, "SP"],
  [0x7f, "DELETE", "DEL"],
];

/** Greek letters in code point order from U+03B1 (small) / U+0391 (capital); "" marks the gap at U+03A2. */
const GREEK = [
  "ALPHA",
  "BETA",
  "GAMMA",
  "DELTA",
  "EPSILON",
  "ZETA",
  "ETA",
  "THETA",
  "IOTA",
  "KAPPA",
  "LAMDA",
  "MU",
  "NU",
  "XI",
  "OMICRON",
  "PI",
  "RHO",
  "",
  "SIGMA",
  "TAU",
  "UPSILON",
  "PHI",
  "CHI",
  "PSI",
  "OMEGA",
];

/** Frequent symbols and letters outside the generated ranges. */
const SYMBOLS: [number, string][] = [
  [0x00a0, "NO-BREAK SPACE"],
  [0x00a2, "CENT SIGN"],
  [0x00a3, "POUND SIGN"],
  [0x00a5, "YEN SIGN"],
  [0x00a7, "SECTION SIGN"],
  [0x00a9, "COPYRIGHT SIGN"],
  [0x00ab, "LEFT-POINTING DOUBLE ANGLE QUOTATION MARK"],
  [0x00ae, "REGISTERED SIGN"],
  [0x00b0, "DEGREE SIGN"],
  [0x00b1, "PLUS-MINUS SIGN"],
  [0x00b5, "MICRO SIGN"],
  [0x00b6, "PILCROW SIGN"],
  [0x00b7, "MIDDLE DOT"],
  [0x00bb, "RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK"],
  [0x00bf, "INVERTED QUESTION MARK"],
  [0x00a1, "INVERTED EXCLAMATION MARK"],
  [0x00d7, "MULTIPLICATION SIGN"],
  [0x00f7, "DIVISION SIGN"],
  [0x00c6, "LATIN CAPITAL LETTER AE"],
  [0x00e6, "LATIN SMALL LETTER AE"],
  [0x00d0, "LATIN CAPITAL LETTER ETH"],
  [0x00f0, "LATIN SMALL LETTER ETH"],
  [0x00de, "LATIN CAPITAL LETTER THORN"],
  [0x00fe, "LATIN SMALL LETTER THORN"],
  [0x00df, "LATIN SMALL LETTER SHARP S"],
  [0x00d8, "LATIN CAPITAL LETTER O WITH STROKE"],
  [0x00f8, "LATIN SMALL LETTER O WITH STROKE"],
  [0x0110, "LATIN CAPITAL LETTER D WITH STROKE"],
  [0x0111, "LATIN SMALL LETTER D WITH STROKE"],
  [0x0131, "LATIN SMALL LETTER DOTLESS I"],
  [0x0141, "LATIN CAPITAL LETTER L WITH STROKE"],
  [0x0142, "LATIN SMALL LETTER L WITH STROKE"],
  [0x0152, "LATIN CAPITAL LIGATURE OE"],
  [0x0153, "LATIN SMALL LIGATURE OE"],
  [0x03c2, "GREEK SMALL LETTER FINAL SIGMA"],
  [0x200b, "ZERO WIDTH SPACE"],
  [0x200c, "ZERO WIDTH NON-JOINER"],
  [0x200d, "ZERO WIDTH JOINER"],
  [0x2013, "EN DASH"],
  [0x2014, "EM DASH"],
  [0x2018, "LEFT SINGLE QUOTATION MARK"],
  [0x2019, "RIGHT SINGLE QUOTATION MARK"],
  [0x201c, "LEFT DOUBLE QUOTATION MARK"],
  [0x201d, "RIGHT DOUBLE QUOTATION MARK"],
  [0x2020, "DAGGER"],
  [0x2022, "BULLET"],
  [0x2026, "HORIZONTAL ELLIPSIS"],
  [0x2030, "PER MILLE SIGN"],
  [0x20ac, "EURO SIGN"],
  [0x2122, "TRADE MARK SIGN"],
  [0x2190, "LEFTWARDS ARROW"],
  [0x2191, "UPWARDS ARROW"],
  [0x2192, "RIGHTWARDS ARROW"],
  [0x2193, "DOWNWARDS ARROW"],
  [0x21d2, "RIGHTWARDS DOUBLE ARROW"],
  [0x2200, "FOR ALL"],
  [0x2203, "THERE EXISTS"],
  [0x2208, "ELEMENT OF"],
  [0x2211, "N-ARY SUMMATION"],
  [0x221a, "SQUARE ROOT"],
  [0x221e, "INFINITY"],
  [0x2248, "ALMOST EQUAL TO"],
  [0x2260, "NOT EQUAL TO"],
  [0x2264, "LESS-THAN OR EQUAL TO"],
  [0x2265, "GREATER-THAN OR EQUAL TO"],
  [0x2500, "BOX DRAWINGS LIGHT HORIZONTAL"],
  [0x2502, "BOX DRAWINGS LIGHT VERTICAL"],
  [0x2588, "FULL BLOCK"],
  [0x25cf, "BLACK CIRCLE"],
  [0x25cb, "WHITE CIRCLE"],
  [0x2603, "SNOWMAN"],
  [0x2605, "BLACK STAR"],
  [0x2606, "WHITE STAR"],
  [0x2615, "HOT BEVERAGE"],
  [0x263a, "WHITE SMILING FACE"],
  [0x2665, "BLACK HEART SUIT"],
  [0x2713, "CHECK MARK"],
  [0x2714, "HEAVY CHECK MARK"],
  [0x2717, "BALLOT X"],
  [0x2728, "SPARKLES"],
  [0x2764, "HEAVY BLACK HEART"],
  [0xfeff, "ZERO WIDTH NO-BREAK SPACE"],
  [0xfeff, "BYTE ORDER MARK"],
  [0xfffd, "REPLACEMENT CHARACTER"],
  [0x1f40d, "SNAKE"],
  [0x1f44d, "THUMBS UP SIGN"],
  [0x1f525, "FIRE"],
  [0x1f600, "GRINNING FACE"],
  [0x1f602, "FACE WITH TEARS OF JOY"],
  [0x1f680, "ROCKET"],
  [0x1f4a9, "PILE OF POO"],
];

/** Combining marks for `LATIN ... LETTER X WITH <mark>`. */
const MARKS: ReadonlyMap<string, number> = new Map([
  ["GRAVE", 0x300],
  ["ACUTE", 0x301],
  ["CIRCUMFLEX", 0x302],
  ["TILDE", 0x303],
  ["MACRON", 0x304],
  ["BREVE", 0x306],
  ["DOT ABOVE", 0x307],
  ["DIAERESIS", 0x308],
  ["HOOK ABOVE", 0x309],
  ["RING ABOVE", 0x30a],
  ["DOUBLE ACUTE", 0x30b],
  ["CARON", 0x30c],
  ["DOT BELOW", 0x323],
  ["CEDILLA", 0x327],
  ["OGONEK", 0x328],
]);

let table: Map<string, number> | null = null;
let names: Map<number, string> | null = null;

/** The characters' own names (no aliases), each code point once, in a fixed order. */
function ownNames(add: (name: string, cp: number) => void): void {
  for (let i = 0; i < ASCII_PRINTABLE.length; i++) {
    const cp = 0x20 + i;
    const s = ASCII_PRINTABLE[i];
    if (cp >= 0x30 && cp <= 0x39) add("DIGIT " + DIGIT_NAMES[cp - 0x30], cp);
    else if (cp >= 0x41 && cp <= 0x5a) add("LATIN CAPITAL LETTER " + s, cp);
    else if (cp >= 0x61 && cp <= 0x7a) add("LATIN SMALL LETTER " + s.toUpperCase(), cp);
    else add(s, cp);
  }
  for (let i = 0; i < GREEK.length; i++) {
    if (GREEK[i] === "") continue;
    add("GREEK CAPITAL LETTER " + GREEK[i], 0x391 + i);
    add("GREEK SMALL LETTER " + GREEK[i], 0x3b1 + i);
  }
  for (const [cp, s] of SYMBOLS) add(s, cp);
}

function build(): Map<string, number> {
  const t = new Map<string, number>();
  ownNames((s, cp) => t.set(s, cp));
  for (const [cp, ...names] of CONTROLS) for (const s of names) t.set(s, cp);
  return t;
}

/**
 * Resolves a character name as written in `\N{name}` to its code point, or -1 when the name is
 * not in this runtime's subset.
 *
 * @example
 * lookupCharName("bullet"); // 0x2022
 * lookupCharName("LATIN SMALL LETTER E WITH ACUTE"); // 0xE9
 */
export function lookupCharName(name: string): number {
  if (table === null) table = build();
  const key = name.toUpperCase();
  const cp = table.get(key);
  if (cp !== undefined) return cp;
  // LATIN CAPITAL|SMALL LETTER X WITH <mark>: compose and accept only a single precomposed character.
  const m = /^LATIN (CAPITAL|SMALL) LETTER ([A-Z]) WITH (.+)$/.exec(key);
  if (m === null) return -1;
  const mark = MARKS.get(m[3]);
  if (mark === undefined) return -1;
  const base = m[1] === "CAPITAL" ? m[2] : m[2].toLowerCase();
  const composed = (base + String.fromCharCode(mark)).normalize("NFC");
  return composed.length === 1 ? composed.charCodeAt(0) : -1;
}

/**
 * The name `unicodedata.name` gives a code point, when it is in this runtime's subset (the
 * `namereplace` error handler uses it); undefined otherwise, and for control characters, which have
 * aliases but no name. Built on first use.
 *
 * @example
 * charName(0xe9); // "LATIN SMALL LETTER E WITH ACUTE"
 * charName(0x2603); // "SNOWMAN"
 */
export function charName(cp: number): string | undefined {
  if (names === null) {
    const n = new Map<number, string>();
    ownNames((s, c) => {
      if (!n.has(c)) n.set(c, s);
    });
    names = n;
  }
  const own = names.get(cp);
  if (own !== undefined) return own;
  // LATIN CAPITAL|SMALL LETTER X WITH <mark>: a precomposed letter that is its base and one mark
  const ch = String.fromCodePoint(cp);
  const d = ch.normalize("NFD");
  if (d.length !== 2 || !/^[A-Za-z]$/.test(d[0]) || d.normalize("NFC") !== ch) return undefined;
  const mark = d.charCodeAt(1);
  for (const [markName, m] of MARKS) {
    if (m === mark) return `LATIN ${d[0] < "a" ? "CAPITAL" : "SMALL"} LETTER ${d[0].toUpperCase()} WITH ${markName}`;
  }
  return undefined;
}
