// `deno task bundle`: dist/edge_python.js, the whole runtime as one minified file (see
// dist/README.md), built by `deno bundle` from host/public.ts and then laid out for a fast start.
//
// Deno keeps V8's compiled code of a module for the next start, but only the code V8 compiled
// when it first compiled the module: functions run later are compiled lazily on every start.
// V8 compiles a function at once when its literal stands in parentheses (the heuristic for
// functions called immediately), so:
// - each top-level `function f(...) {...}` of the bundle is rewritten as
//   `var f = (function f(...) {...});`, moved to the top of the module to keep the declaration's
//   hoisting (no statement can see it uninitialised);
// - the methods of the classes every start runs (lexer, compiler, VM, scheduler) are defined on
//   the class after it, as parenthesized functions. Only those: all classes' methods made the
//   cached code so much larger that loading it cost more than compiling them.
// Measured with `print(1)` (`deno run -A mod.ts`, 30 and 60 alternating starts): functions, 3-6
// ms less per start; the start classes' methods, 2-3 ms less again (of about 35 ms our own).
//
// Usage: deno run --allow-read --allow-write --allow-run tools/bundle.ts <output.js>

import { parse } from "acorn";

const root = new URL("..", import.meta.url).pathname;

/**
 * The classes whose methods a start runs (the lexer, the compiler, the VM, the scheduler), each
 * named by one of its methods: the bundle's class names are minified, its method names are not.
 */
const START_CLASSES = new Set(["lineStart", "exprList", "simpleStatement", "constIdx", "callInline", "drive"]);

/**
 * Does the subtree use what only a class body gives: `super`, a private name, or the class's own
 * inner name (`self`: of `var D = class C {}`, seen only inside the class)?
 */
// deno-lint-ignore no-explicit-any
function classBound(node: any, self: string | null): boolean {
  if (node === null || typeof node !== "object") return false;
  if (node.type === "Super" || node.type === "PrivateIdentifier") return true;
  if (node.type === "Identifier" && node.name === self) return true;
  for (const k in node) {
    const v = node[k];
    if (Array.isArray(v) ? v.some((x) => classBound(x, self)) : v?.type !== undefined && classBound(v, self)) {
      return true;
    }
  }
  return false;
}

/** `src[a, b)` with the edits in it (`[start, end, replacement]`, in source order) applied. */
function edited(src: string, a: number, b: number, edits: [number, number, string][]): string {
  let out = "";
  for (const [s, e, text] of edits) {
    if (s < a || e > b) continue;
    out += src.slice(a, s) + text;
    a = e;
  }
  return out + src.slice(a, b);
}

/**
 * The methods of a start class (`cls`, bound to `name`), to be defined after it: removed from the
 * class body (pushed to `edits`) and returned as the statement that defines them, or "" for none.
 * Methods that use `super`, private names or the class's inner name stay in the body, and so does
 * every member of a class with static fields or blocks (they could call methods as it is made).
 */
// deno-lint-ignore no-explicit-any
function moveMethods(src: string, cls: any, name: string, edits: [number, number, string][], found: Set<string>): string {
  const members = cls.body.body;
  const plain = members.filter((m: { type: string; kind: string; computed: boolean; key: { type: string } }) =>
    m.type === "MethodDefinition" && m.kind === "method" && !m.computed && m.key.type === "Identifier"
  );
  const markers = plain.map((m: { key: { name: string } }) => m.key.name).filter((n: string) => START_CLASSES.has(n));
  if (markers.length === 0) return "";
  for (const n of markers) found.add(n);
  if (members.some((m: { type: string; static: boolean }) => m.type !== "MethodDefinition" && m.static)) return "";
  const moved: string[] = [], movedStatic: string[] = [];
  for (const m of plain) {
    if (classBound(m.value, cls.id?.name ?? null)) continue;
    const fn = m.value;
    const text = `${fn.async ? "async " : ""}function${fn.generator ? "*" : ""}${src.slice(fn.start, fn.end)}`;
    (m.static ? movedStatic : moved).push(`${m.key.name}:(${text})`);
    edits.push([m.start, m.end, ""]);
  }
  let out = "";
  if (moved.length > 0) out += `${DEFINE}(${name}.prototype,{${moved.join(",")}});`;
  if (movedStatic.length > 0) out += `${DEFINE}(${name},{${movedStatic.join(",")}});`;
  return out;
}

const DEFINE = "__defineMethods";

/**
 * The module laid out for eager compilation: its top-level function declarations become
 * parenthesized `var`s at its top (hoisted as before), and the methods of the start classes are
 * defined right after the class, each as a parenthesized function with a method's property
 * attributes (writable, configurable, not enumerable). A declaration list holding such a class
 * is split into one statement per name, so that the methods are there before the next
 * initializer runs. `found` receives the START_CLASSES names that named a class.
 */
export function hoistFunctions(src: string, found = new Set<string>()): string {
  // deno-lint-ignore no-explicit-any
  const ast: any = parse(src, { ecmaVersion: "latest", sourceType: "module" });
  const head: string[] = [];
  const edits: [number, number, string][] = [];
  let usedDefine = false;
  for (const st of ast.body) {
    if (st.type === "FunctionDeclaration") {
      head.push(`var ${st.id.name}=(${src.slice(st.start, st.end)});`);
      edits.push([st.start, st.end, ""]);
    } else if (st.type === "ClassDeclaration") {
      const inner: [number, number, string][] = [];
      const after = moveMethods(src, st, st.id.name, inner, found);
      if (after === "") continue;
      usedDefine = true;
      edits.push([st.start, st.end, edited(src, st.start, st.end, inner) + after]);
    } else if (st.type === "VariableDeclaration") {
      const inner: [number, number, string][] = [];
      const parts: string[] = [];
      let moved = false;
      for (const d of st.declarations) {
        let after = "";
        if (d.init?.type === "ClassExpression" && d.id.type === "Identifier") {
          after = moveMethods(src, d.init, d.id.name, inner, found);
        }
        parts.push(`${st.kind} ${edited(src, d.start, d.end, inner)};${after}`);
        moved ||= after !== "";
      }
      if (!moved) continue;
      usedDefine = true;
      edits.push([st.start, st.end, parts.join("")]);
    }
  }
  if (usedDefine) {
    head.unshift(
      `var ${DEFINE}=(function(o,d){for(const k of Object.keys(d))` +
        "Object.defineProperty(o,k,{value:d[k],writable:!0,enumerable:!1,configurable:!0})});",
    );
  }
  return head.join("") + edited(src, 0, src.length, edits);
}

if (import.meta.main) {
  const out = Deno.args[0];
  if (out === undefined) {
    console.error("Usage: deno run --allow-read --allow-write --allow-run tools/bundle.ts <output.js>");
    Deno.exit(2);
  }
  const tmp = await Deno.makeTempFile({ suffix: ".js" });
  try {
    const r = await new Deno.Command(Deno.execPath(), {
      args: ["bundle", "--quiet", "--minify", "host/public.ts", "-o", tmp],
      cwd: root,
    }).output();
    if (r.code !== 0) {
      console.error(new TextDecoder().decode(r.stderr));
      Deno.exit(r.code);
    }
    const found = new Set<string>();
    const text = hoistFunctions(await Deno.readTextFile(tmp), found);
    const missing = [...START_CLASSES].filter((m) => !found.has(m));
    if (missing.length > 0) {
      // (a renamed method would silently take its class out of the eager start)
      console.error(`tools/bundle.ts: no class has a method named ${missing.join(", ")}: update START_CLASSES`);
      Deno.exit(1);
    }
    await Deno.writeTextFile(out, text);
  } finally {
    await Deno.remove(tmp);
  }
}
