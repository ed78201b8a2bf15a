// list.sort's algorithm as CPython 3.11 runs it: natural runs extended by binary insertion to
// `minrun`, merged under the powersort policy, with galloping merges. Python code can watch a sort
// (a logging __lt__, a __lt__ defined on one class only), so the comparisons made, their order
// and which operand is on the left are part of the behaviour; this reproduces them exactly.
//
// The sort works on `a`, an array of positions into the caller's key array; `lt(x, y)` compares
// the keys at positions x and y and is the only comparison ever made.

const MIN_GALLOP = 7;

type Lt = (x: number, y: number) => boolean;

interface Run {
  base: number;
  len: number;
  power: number;
}

/** Sort `a` in place, stable, using only `lt`. */
export function timsort(a: number[], lt: Lt): void {
  const n = a.length;
  if (n < 2) return;
  const s = new Sorter(a, lt);
  const minrun = computeMinrun(n);
  let lo = 0, remaining = n;
  while (remaining > 0) {
    let len = s.countRun(lo, lo + remaining);
    if (len < minrun) {
      const force = Math.min(remaining, minrun);
      s.binarySort(lo, lo + force, lo + len);
      len = force;
    }
    s.foundRun(lo, len, n);
    lo += len;
    remaining -= len;
  }
  s.forceCollapse();
}

/** Runs shorter than this are extended with binary insertion: n/2^k rounded up, in [32, 64]. */
function computeMinrun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

/**
 * Powersort's node power of the boundary between the run [s1, s1+n1) and the run after it of
 * length n2, in a list of length n: the first bit where the two runs' midpoints differ.
 */
function powerOf(s1: number, n1: number, n2: number, n: number): number {
  let p = 0;
  let x = 2 * s1 + n1; // twice the first midpoint
  let y = x + n1 + n2; // twice the second midpoint
  for (;;) {
    p++;
    if (x >= n) {
      x -= n;
      y -= n;
    } else if (y >= n) break;
    x *= 2;
    y *= 2;
  }
  return p;
}

class Sorter {
  runs: Run[] = [];
  minGallop = MIN_GALLOP;
  tmp: number[] = [];

  constructor(readonly a: number[], readonly lt: Lt) {}

  /** Length of the run starting at lo; a strictly descending run is reversed in place. */
  countRun(lo: number, hi: number): number {
    const { a, lt } = this;
    if (lo + 1 === hi) return 1;
    let i = lo + 1;
    if (lt(a[i], a[i - 1])) {
      for (i++; i < hi; i++) if (!lt(a[i], a[i - 1])) break;
      for (let x = lo, y = i - 1; x < y; x++, y--) {
        const v = a[x];
        a[x] = a[y];
        a[y] = v;
      }
    } else {
      for (i++; i < hi; i++) if (lt(a[i], a[i - 1])) break;
    }
    return i - lo;
  }

  /** Insert a[start..hi) into the sorted a[lo..start), each by binary search. */
  binarySort(lo: number, hi: number, start: number): void {
    const { a, lt } = this;
    if (lo === start) start++;
    for (; start < hi; start++) {
      const pivot = a[start];
      let l = lo, r = start;
      do {
        const p = l + ((r - l) >> 1);
        if (lt(pivot, a[p])) r = p;
        else l = p + 1;
      } while (l < r);
      for (let k = start; k > l; k--) a[k] = a[k - 1];
      a[l] = pivot;
    }
  }

  /** Push a new run, first merging the pending runs whose boundary power is higher. */
  foundRun(base: number, len: number, n: number): void {
    const runs = this.runs;
    if (runs.length > 0) {
      const top = runs[runs.length - 1];
      const power = powerOf(top.base, top.len, len, n);
      while (runs.length > 1 && runs[runs.length - 2].power > power) this.mergeAt(runs.length - 2);
      runs[runs.length - 1].power = power;
    }
    runs.push({ base, len, power: 0 });
  }

  forceCollapse(): void {
    const runs = this.runs;
    while (runs.length > 1) {
      let i = runs.length - 2;
      if (i > 0 && runs[i - 1].len < runs[i + 1].len) i--;
      this.mergeAt(i);
    }
  }

  /** Merge runs i and i+1. */
  mergeAt(i: number): void {
    const runs = this.runs;
    let pa = runs[i].base, na = runs[i].len;
    const pb = runs[i + 1].base;
    let nb = runs[i + 1].len;
    runs[i].len = na + nb;
    runs.splice(i + 1, 1);
    const a = this.a;
    // elements of run A already at or below b[0] stay where they are
    const k = this.gallopRight(a[pb], a, pa, na, 0);
    pa += k;
    na -= k;
    if (na === 0) return;
    // elements of run B above the last of A stay too
    nb = this.gallopLeft(a[pa + na - 1], a, pb, nb, nb - 1);
    if (nb <= 0) return;
    if (na <= nb) this.mergeLo(pa, na, pb, nb);
    else this.mergeHi(pa, na, pb, nb);
  }

  /**
   * Where `key` goes in the sorted s[base..base+n), to the left of equal elements: the k with
   * s[k-1] < key <= s[k] (relative to base). The search starts at `hint` and gallops outwards.
   */
  gallopLeft(key: number, s: number[], base: number, n: number, hint: number): number {
    const lt = this.lt;
    let lastofs = 0, ofs = 1;
    if (lt(s[base + hint], key)) {
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (lt(s[base + hint + ofs], key)) {
          lastofs = ofs;
          ofs = ofs * 2 + 1;
        } else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    } else {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (lt(s[base + hint - ofs], key)) break;
        lastofs = ofs;
        ofs = ofs * 2 + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    }
    lastofs++;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (lt(s[base + m], key)) lastofs = m + 1;
      else ofs = m;
    }
    return ofs;
  }

  /** Like gallopLeft but to the right of equal elements: s[k-1] <= key < s[k]. */
  gallopRight(key: number, s: number[], base: number, n: number, hint: number): number {
    const lt = this.lt;
    let lastofs = 0, ofs = 1;
    if (lt(key, s[base + hint])) {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (lt(key, s[base + hint - ofs])) {
          lastofs = ofs;
          ofs = ofs * 2 + 1;
        } else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    } else {
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (lt(key, s[base + hint + ofs])) break;
        lastofs = ofs;
        ofs = ofs * 2 + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
    lastofs++;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (lt(key, s[base + m])) ofs = m;
      else lastofs = m + 1;
    }
    return ofs;
  }

  /**
   * Merge run A = a[pa..pa+na) with the run B right after it, na <= nb, working left to right
   * with A copied aside. On entry a[pb] < a[pa] and A's last element is above all of B.
   */
  mergeLo(pa: number, na: number, pb: number, nb: number): void {
    const { a, lt } = this;
    const t = this.tmp;
    t.length = 0;
    for (let i = 0; i < na; i++) t.push(a[pa + i]);
    let dest = pa, ta = 0;
    a[dest++] = a[pb++];
    nb--;
    let minGallop = this.minGallop;
    // a comparison that raises leaves the gap [dest, pb) for what is left of A, as CPython's
    // merge_lo fills it on failure: the array is always a permutation of the items
    try {
      outer: {
        if (nb === 0) break outer;
        if (na === 1) {
          this.copyBThenA(dest, pb, nb, t[ta]);
          return;
        }
        for (;;) {
          let acount = 0, bcount = 0;
          // one element at a time until one run keeps winning
          do {
            if (lt(a[pb], t[ta])) {
              a[dest++] = a[pb++];
              bcount++;
              acount = 0;
              if (--nb === 0) break outer;
            } else {
              a[dest++] = t[ta++];
              acount++;
              bcount = 0;
              if (--na === 1) {
                this.copyBThenA(dest, pb, nb, t[ta]);
                return;
              }
            }
          } while (acount < minGallop && bcount < minGallop);
          // galloping: copy whole stretches while they stay long
          minGallop++;
          do {
            minGallop -= minGallop > 1 ? 1 : 0;
            this.minGallop = minGallop;
            let k = this.gallopRight(a[pb], t, ta, na, 0);
            acount = k;
            if (k > 0) {
              for (let i = 0; i < k; i++) a[dest++] = t[ta++];
              na -= k;
              if (na === 1) {
                this.copyBThenA(dest, pb, nb, t[ta]);
                return;
              }
              // na === 0 only happens when the comparison is inconsistent
              if (na === 0) break outer;
            }
            a[dest++] = a[pb++];
            if (--nb === 0) break outer;
            k = this.gallopLeft(t[ta], a, pb, nb, 0);
            bcount = k;
            if (k > 0) {
              for (let i = 0; i < k; i++) a[dest++] = a[pb++];
              nb -= k;
              if (nb === 0) break outer;
            }
            a[dest++] = t[ta++];
            if (--na === 1) {
              this.copyBThenA(dest, pb, nb, t[ta]);
              return;
            }
          } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
          minGallop++;
          this.minGallop = minGallop;
        }
      }
    } catch (e) {
      for (let i = 0; i < na; i++) a[dest++] = t[ta++];
      throw e;
    }
    for (let i = 0; i < na; i++) a[dest++] = t[ta++];
  }

  /** The rest of B moves down to dest, then A's last element goes after it. */
  private copyBThenA(dest: number, pb: number, nb: number, last: number): void {
    const a = this.a;
    for (let i = 0; i < nb; i++) a[dest + i] = a[pb + i];
    a[dest + nb] = last;
  }

  /**
   * Merge run A = a[pa..pa+na) with the run B right after it, na > nb, working right to left
   * with B copied aside. On entry A's last element is above all of B and B's first is below A's.
   */
  mergeHi(pa: number, na: number, pb: number, nb: number): void {
    const { a, lt } = this;
    const t = this.tmp;
    t.length = 0;
    for (let i = 0; i < nb; i++) t.push(a[pb + i]);
    const basea = pa;
    let dest = pb + nb - 1, tb = nb - 1;
    pa += na - 1;
    a[dest--] = a[pa--];
    na--;
    let minGallop = this.minGallop;
    // (on a raising comparison what is left of B fills the gap ending at dest, as in merge_hi)
    try {
      outer: {
        if (na === 0) break outer;
        if (nb === 1) {
          this.copyAThenB(dest, pa, na, t[tb]);
          return;
        }
        for (;;) {
          let acount = 0, bcount = 0;
          do {
            if (lt(t[tb], a[pa])) {
              a[dest--] = a[pa--];
              acount++;
              bcount = 0;
              if (--na === 0) break outer;
            } else {
              a[dest--] = t[tb--];
              bcount++;
              acount = 0;
              if (--nb === 1) {
                this.copyAThenB(dest, pa, na, t[tb]);
                return;
              }
            }
          } while (acount < minGallop && bcount < minGallop);
          minGallop++;
          do {
            minGallop -= minGallop > 1 ? 1 : 0;
            this.minGallop = minGallop;
            let k = na - this.gallopRight(t[tb], a, basea, na, na - 1);
            acount = k;
            if (k > 0) {
              for (let i = 0; i < k; i++) a[dest--] = a[pa--];
              na -= k;
              if (na === 0) break outer;
            }
            a[dest--] = t[tb--];
            if (--nb === 1) {
              this.copyAThenB(dest, pa, na, t[tb]);
              return;
            }
            k = nb - this.gallopLeft(a[pa], t, 0, nb, nb - 1);
            bcount = k;
            if (k > 0) {
              for (let i = 0; i < k; i++) a[dest--] = t[tb--];
              nb -= k;
              if (nb === 1) {
                this.copyAThenB(dest, pa, na, t[tb]);
                return;
              }
              // nb === 0 only happens when the comparison is inconsistent
              if (nb === 0) break outer;
            }
            a[dest--] = a[pa--];
            if (--na === 0) break outer;
          } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
          minGallop++;
          this.minGallop = minGallop;
        }
      }
    } catch (e) {
      for (let i = 0; i < nb; i++) a[dest - (nb - 1) + i] = t[i];
      throw e;
    }
    // what is left of B fills the front of the gap
    for (let i = 0; i < nb; i++) a[dest - (nb - 1) + i] = t[i];
  }

  /** The rest of A moves up to end at dest, then B's only element goes before it. */
  private copyAThenB(dest: number, pa: number, na: number, first: number): void {
    const a = this.a;
    for (let i = 0; i < na; i++) a[dest - i] = a[pa - i];
    a[dest - na] = first;
  }
}
