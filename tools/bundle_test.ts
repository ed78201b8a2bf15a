import assert from "node:assert/strict";
import { hoistFunctions } from "./bundle.ts";

// a module whose statements call functions declared after them, as bundles do
const SRC = `let log=[];log.push(f(1),g());function f(n){return n+h()}var k=2;async function a(){return 3}` +
  `function*gen(){yield k}function h(){return 10}function g(){return String(k)}` +
  `export{f,a,gen,log};`;

Deno.test("hoistFunctions: every top-level function is an eagerly compiled var at the top", () => {
  const out = hoistFunctions(SRC);
  assert.ok(
    out.startsWith(
      "var f=(function f(n){return n+h()});var a=(async function a(){return 3});var gen=(function*gen(){yield k});" +
        "var h=(function h(){return 10});var g=(function g(){return String(k)});",
    ),
    out,
  );
  assert.equal(out.match(/function/g)!.length, SRC.match(/function/g)!.length);
});

Deno.test("hoistFunctions: the module behaves as before (calls before the declarations, var order, exports)", async () => {
  const load = (src: string) => import(`data:text/javascript,${encodeURIComponent(src)}`);
  const [before, after] = await Promise.all([load(SRC), load(hoistFunctions(SRC))]);
  assert.deepEqual(after.log, [11, "undefined"]);
  assert.deepEqual(after.log, before.log);
  assert.equal(await after.a(), 3);
  assert.deepEqual([...after.gen()], [2]);
  assert.equal(after.f(5), 15);
});

// a start class (it has a method named `drive`), as `var X = class ...` with a later initializer
// that calls its methods, and one with an inner name
const CLASSES = `class B{hi(){return "b"}}var A=class extends B{constructor(){super();this.n=1}drive(x){return x+this.n}` +
  `hi(){return super.hi()+"a"}#p(){return 7}peek(){return this.#p()}*gen(){yield this.n}async later(){return 2}` +
  `static make(){return new A}},made=A.make().drive(4);var C=class D{drive(){return new D}other(){return 5}};` +
  `var E=class{static s=1;drive(){return 1}};export{A,C,E,made};`;

Deno.test("hoistFunctions: a start class's methods are defined after it, as methods are", async () => {
  const out = hoistFunctions(CLASSES);
  // moved: drive, gen, later, make (A) and other (C); kept in the body: super, private names,
  // the inner name, and every member of a class with a static field
  assert.match(out, /__defineMethods\(A\.prototype,\{drive:\(function\(x\)/);
  assert.match(out, /__defineMethods\(A,\{make:\(function\(\)/);
  assert.match(out, /__defineMethods\(C\.prototype,\{other:\(function\(\)\{return 5\}\)\}\)/);
  assert.ok(out.includes('hi(){return super.hi()+"a"}') && out.includes("peek(){return this.#p()}"), out);
  assert.ok(out.includes("drive(){return new D}") && out.includes("var E=class{static s=1;drive(){return 1}}"), out);
  const m = await import(`data:text/javascript,${encodeURIComponent(out)}`);
  const a = new m.A();
  assert.equal(m.made, 5);
  assert.deepEqual([a.drive(1), a.hi(), a.peek(), [...a.gen()], await a.later()], [2, "ba", 7, [1], 2]);
  assert.deepEqual(Object.keys(m.A.prototype), []);
  assert.deepEqual(Object.getOwnPropertyDescriptor(m.A.prototype, "drive"), {
    value: m.A.prototype.drive,
    writable: true,
    enumerable: false,
    configurable: true,
  });
  assert.equal(m.A.prototype.drive.name, "drive");
  assert.equal(new m.C().other(), 5);
  assert.ok(new m.C().drive() instanceof m.C);
});
