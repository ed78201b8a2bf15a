// The repository stays clean under `deno lint` and the public surface under `deno doc --lint`
// (the house style requires both).

import assert from "node:assert/strict";

const root = new URL("..", import.meta.url).pathname;

async function deno(args: string[]): Promise<{ code: number; out: string }> {
  const r = await new Deno.Command(Deno.execPath(), { args, cwd: root, stdout: "piped", stderr: "piped" }).output();
  const dec = new TextDecoder();
  return { code: r.code, out: dec.decode(r.stdout) + dec.decode(r.stderr) };
}

Deno.test("lint: deno lint reports nothing", async () => {
  const r = await deno(["lint"]);
  assert.equal(r.code, 0, r.out);
});

Deno.test("lint: deno doc --lint mod.ts reports nothing", async () => {
  const r = await deno(["doc", "--lint", "mod.ts"]);
  assert.equal(r.code, 0, r.out);
});
