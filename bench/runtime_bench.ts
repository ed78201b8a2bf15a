// Micro-benchmarks of the runtime's parts: front end throughput, call and attribute overhead, and
// the cost of a fresh interpreter. Run with `deno task bench`.
//
// Deno.bench reports time per iteration; throughput is the input size in the bench name divided
// by that time (for example "lex 1 MiB" at 20 ms/iter is 50 MiB/s). The front-end group uses
// lexing as its baseline, so "compile" shows how many times the whole front end costs over
// tokenizing alone.

import { lex } from "../core/lexer/lexer.ts";
import { compile } from "../core/compiler/stmt.ts";
import { EdgePython } from "../mod.ts";

const MIB = 1024 * 1024;

/**
 * About `size` characters of varied, valid Python: functions, classes, loops, comprehensions,
 * f-strings, numbers of each kind, comments and docstrings, with names made unique per chunk
 * so that no table in the compiler sees the same name twice.
 */
function generateSource(size: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const chunk = `
# Chunk ${i}: a small class, a function and a loop.
class Shape${i}:
    """A shape with an area (chunk ${i})."""

    def __init__(self, width, height=${i % 7 + 1}):
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height + 0x${(i * 2654435761 % 0xffff).toString(16)} - 0o17 + 1.5e-3


def describe_${i}(items, *, scale=2.5, label='item'):
    total = 0
    for index, item in enumerate(items):
        if index % 3 == 0 and item is not None:
            total += item ** 2 // 7
        elif isinstance(item, (int, float)):
            total -= abs(item) * scale
        else:
            continue
    names = [f"{label}-{n:>4}" for n in range(${i % 11 + 3}) if n != 2]
    table = {k: v for k, v in zip(names, "abcdefghijklmnop")}
    return f"{label}: {total!r} {len(table)} entries", lambda x, y=1: (x + y) * ${i}


result_${i} = describe_${i}([1, 2.0, None, Shape${i}(3).area(), -4], label="chunk ${i}")
`;
    parts.push(chunk);
    length += chunk.length;
  }
  return parts.join("");
}

const SOURCE = generateSource(MIB);
const SIZE_LABEL = `${(SOURCE.length / MIB).toFixed(1)} MiB`;

Deno.bench({
  name: `lex ${SIZE_LABEL}`,
  group: "front end",
  baseline: true,
  fn() {
    lex(SOURCE);
  },
});

Deno.bench({
  name: `compile ${SIZE_LABEL} (lex + parse + emit)`,
  group: "front end",
  fn() {
    compile(SOURCE, "generated.py");
  },
});

/** Run `src` in a fresh interpreter, discarding its output. */
async function runQuiet(src: string): Promise<void> {
  const ep = await EdgePython.create();
  ep.onOutput(() => {});
  await ep.run(src);
}

// Arguments differ on every call, so a memoizing runtime gains nothing here: this is the plain
// call path (frame set-up, argument binding, return).
const CALLS_SRC = `
def add(a, b):
    return a + b

total = 0
for i in range(100000):
    total = add(total, i)
assert total == 4999950000
`;

const ATTRS_SRC = `
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(0, 1)
for i in range(100000):
    p.x = p.x + p.y
assert p.x == 100000
`;

Deno.bench({
  name: "100k calls of a 2-argument function",
  async fn() {
    await runQuiet(CALLS_SRC);
  },
});

Deno.bench({
  name: "100k instance attribute writes (+ 200k reads)",
  async fn() {
    await runQuiet(ATTRS_SRC);
  },
});

Deno.bench({
  name: "EdgePython.create() + run print(1)",
  async fn() {
    await runQuiet("print(1)");
  },
});
