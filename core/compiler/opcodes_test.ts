// The opcode table against its copies: vm.ts dispatches on literal `case N /* NAME */` labels
// (faster than imported consts), so a renumbered opcode would silently run the wrong case.
//   deno test -A core/compiler/opcodes_test.ts

import assert from "node:assert/strict";
import * as ops from "./opcodes.ts";
import * as fuse from "./fuse.ts";
import { N_OPS, OP_ARGS, OP_NAMES, stackEffect } from "./opcodes.ts";

const VM_SOURCE = await Deno.readTextFile(new URL("../vm/vm.ts", import.meta.url));
const OPCODES_SOURCE = await Deno.readTextFile(new URL("./opcodes.ts", import.meta.url));

interface CaseLabel {
  value: number;
  name: string;
  line: number;
  /** A label of an opcode dispatch switch itself (not of a switch nested inside one). */
  inDispatch: boolean;
}

/** vm.ts dispatches on the opcode in more than one place (the loop and the out-of-line rare opcodes). */
const DISPATCH_HEAD = "switch (code[pc]) {";

/**
 * Every `case N /* NAME *\/` label in `src`, with whether it belongs directly to a switch that
 * starts with {@link DISPATCH_HEAD}. Braces inside strings, template literals, comments and
 * regular expression literals are skipped, so only real block structure counts.
 */
function caseLabels(src: string): { labels: CaseLabel[]; switches: number } {
  const labels: CaseLabel[] = [];
  const label = /^case (\d+) \/\* ([A-Za-z_][A-Za-z0-9_]*) \*\//;
  const lineAt = (i: number) => src.slice(0, i).split("\n").length;
  let depth = 0; // brace depth from the start of the file
  const dispatch: number[] = []; // body depths of the open dispatch switches
  let switches = 0;
  let headEnd = -1; // offset of the `{` that opens the dispatch switch just seen
  const templates: number[] = []; // depths at which a `${` of a template literal opened
  let prevSignificant = "";
  let i = 0;
  const skipTemplate = (): void => {
    // i is just past a backtick or the `}` closing a `${`: scan to the closing backtick or a `${`
    while (i < src.length) {
      const c = src[i];
      if (c === "\\") i += 2;
      else if (c === "`") {
        i++;
        return;
      } else if (c === "$" && src[i + 1] === "{") {
        i += 2;
        templates.push(depth);
        depth++;
        return;
      } else i++;
    }
  };
  while (i < src.length) {
    const c = src[i];
    if (c === "/" && src[i + 1] === "/") {
      i = src.indexOf("\n", i);
      if (i < 0) break;
      continue;
    }
    if (c === "/" && src[i + 1] === "*") {
      i = src.indexOf("*/", i + 2) + 2;
      continue;
    }
    if (c === "'" || c === '"') {
      i++;
      while (i < src.length && src[i] !== c) i += src[i] === "\\" ? 2 : 1;
      i++;
      prevSignificant = "a";
      continue;
    }
    if (c === "`") {
      i++;
      skipTemplate();
      prevSignificant = "a";
      continue;
    }
    if (c === "/" && (prevSignificant === "" || "(,=:[!&|?{};+-*%<>~^".includes(prevSignificant))) {
      // a regular expression literal
      i++;
      let inClass = false;
      while (i < src.length && (inClass || src[i] !== "/")) {
        if (src[i] === "\\") i++;
        else if (src[i] === "[") inClass = true;
        else if (src[i] === "]") inClass = false;
        i++;
      }
      i++;
      prevSignificant = "a";
      continue;
    }
    if (c === "s" && src.startsWith(DISPATCH_HEAD, i)) {
      headEnd = i + DISPATCH_HEAD.length - 1;
      switches++;
    } else if (c === "{") {
      depth++;
      if (i === headEnd) dispatch.push(depth);
    } else if (c === "}") {
      if (templates.length > 0 && templates[templates.length - 1] === depth - 1) {
        templates.pop();
        depth--;
        i++;
        skipTemplate();
        prevSignificant = "a";
        continue;
      }
      if (dispatch.length > 0 && dispatch[dispatch.length - 1] === depth) dispatch.pop();
      depth--;
    } else if (c === "c" && !/[A-Za-z0-9_$.]/.test(src[i - 1] ?? "")) {
      const m = label.exec(src.slice(i, i + 80));
      if (m !== null) {
        const inDispatch = dispatch.length > 0 && dispatch[dispatch.length - 1] === depth;
        labels.push({ value: Number(m[1]), name: m[2], line: lineAt(i), inDispatch });
        i += m[0].length;
        prevSignificant = ":";
        continue;
      }
    }
    if (!/\s/.test(c)) prevSignificant = c;
    i++;
  }
  assert.equal(depth, 0, "unbalanced braces while scanning vm.ts (the scanner needs updating)");
  assert.equal(dispatch.length, 0, "a dispatch switch of vm.ts never closes");
  return { labels, switches };
}

const { labels, switches } = caseLabels(VM_SOURCE);
const dispatch = labels.filter((l) => l.inDispatch);

Deno.test("opcodes: the VM dispatch switches were found and have opcode labels", () => {
  // guards the scanner itself: nearly every opcode has its own case
  assert.ok(switches >= 1, `no ${JSON.stringify(DISPATCH_HEAD)} in vm.ts`);
  assert.ok(dispatch.length >= N_OPS - 10, `only ${dispatch.length} dispatch labels found`);
});

Deno.test("opcodes: every `case N /* NAME */` of the VM dispatch names OP_NAMES[N]", () => {
  const wrong = dispatch
    .filter((l) => OP_NAMES[l.value] !== l.name)
    .map((l) =>
      `vm.ts:${l.line}: case ${l.value} /* ${l.name} */ but OP_NAMES[${l.value}] is ${OP_NAMES[l.value]}`
    );
  assert.deepEqual(wrong, []);
});

Deno.test("opcodes: no opcode has two cases across the VM dispatch switches", () => {
  const seen = new Map<number, number>();
  const dups: string[] = [];
  for (const l of dispatch) {
    const first = seen.get(l.value);
    if (first !== undefined) dups.push(`case ${l.value} at vm.ts:${first} and vm.ts:${l.line}`);
    else seen.set(l.value, l.line);
  }
  assert.deepEqual(dups, []);
});

Deno.test("opcodes: labels of nested switches in vm.ts match the fuse.ts constants they name", () => {
  const fuseConsts = fuse as unknown as Record<string, unknown>;
  const wrong: string[] = [];
  for (const l of labels) {
    if (l.inDispatch) continue;
    // secondary opcode switches (Interp.callInline) label opcodes too
    if (OP_NAMES[l.value] === l.name) continue;
    const v = fuseConsts[l.name];
    if (typeof v !== "number") {
      wrong.push(
        `vm.ts:${l.line}: case ${l.value} /* ${l.name} */ names neither an opcode of the dispatch nor a fuse.ts constant`,
      );
    } else if (v !== l.value) {
      wrong.push(`vm.ts:${l.line}: case ${l.value} /* ${l.name} */ but ${l.name} is ${v}`);
    }
  }
  assert.deepEqual(wrong, []);
});

Deno.test("opcodes: OP_NAMES, OP_ARGS and the stack-effect table have N_OPS entries", () => {
  assert.equal(OP_NAMES.length, N_OPS);
  assert.equal(OP_ARGS.length, N_OPS);
  assert.equal(new Set(OP_NAMES).size, N_OPS, "duplicate names in OP_NAMES");
  // the fixed-effect table is private: count its literal entries
  const m = /const FIXED_EFFECT = new Int8Array\(\[([^\]]*)\]\)/.exec(OPCODES_SOURCE);
  assert.ok(m !== null, "FIXED_EFFECT table not found in opcodes.ts");
  assert.equal(m[1].split(",").length, N_OPS);
  // and through the public function: defined for every opcode, nothing past the end
  for (let op = 0; op < N_OPS; op++) {
    assert.ok(Number.isInteger(stackEffect(op, 1, 1)), `no stack effect for ${OP_NAMES[op]}`);
  }
  assert.equal(stackEffect(N_OPS, 0, 0), undefined);
});

Deno.test("opcodes: every exported opcode constant is its index in OP_NAMES", () => {
  const exported = Object.entries(ops).filter(([name, v]) => typeof v === "number" && name !== "N_OPS");
  assert.equal(exported.length, N_OPS, "every opcode is exported once as a numeric const");
  for (const [name, v] of exported) assert.equal(OP_NAMES[v as number], name, `${name} = ${v}`);
  const table = ops as unknown as Record<string, unknown>;
  for (let op = 0; op < N_OPS; op++) {
    assert.equal(table[OP_NAMES[op]], op, `OP_NAMES[${op}] = ${OP_NAMES[op]}`);
  }
});
