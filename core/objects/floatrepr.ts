// repr(float) and str(float): CPython's shortest round-trip form.
//
// The digits are JavaScript's own shortest round-trip digits (Number.prototype.toString and
// toExponential() without an argument both produce the shortest digit string that reads back
// to the same double, ties broken towards the closer decimal, exactly as CPython's repr does).
// Only the layout differs: CPython switches to exponent notation outside 1e-4 <= |v| < 1e16
// (JavaScript at 1e-7 and 1e21), pads the exponent to two digits and marks integral values
// with ".0".
//
// Hot path (print in a loop): one toString plus one indexOf in the common range, no regex.

/**
 * `repr(v)` / `str(v)` of a Python float.
 *
 * @example
 * floatRepr(1.0);   // "1.0"
 * floatRepr(0.1);   // "0.1"
 * floatRepr(1e16);  // "1e+16"
 * floatRepr(1.5e-5); // "1.5e-05"
 * floatRepr(-0);    // "-0.0"
 */
export function floatRepr(v: number): string {
  const a = v < 0 ? -v : v;
  // Fixed notation exactly when the shortest digits' decimal exponent is in [-4, 16). Because
  // 1e-4 and 1e16 are both doubles whose own shortest form is that power of ten, comparing
  // the double itself against them decides the exponent of its shortest digits.
  if (a >= 1e-4 && a < 1e16) {
    const s = "" + v;
    return s.indexOf(".") < 0 ? s + ".0" : s;
  }
  if (a === 0) return 1 / v < 0 ? "-0.0" : "0.0";
  if (a !== a) return "nan";
  if (a === Infinity) return v < 0 ? "-inf" : "inf";
  // Exponent notation: JavaScript writes "1.5e-5", CPython "1.5e-05" (at least two digits).
  const s = v.toExponential();
  const e = s.indexOf("e");
  return s.length - e === 3 ? s.slice(0, e + 2) + "0" + s.slice(e + 2) : s;
}
