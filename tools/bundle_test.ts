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
