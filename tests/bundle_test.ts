// mod.ts runs dist/edge_python.js: it must be exactly what `deno task bundle` builds from the
// sources now, or the CLI and every test that goes through mod.ts would run stale code.

import assert from "node:assert/strict";

const root = new URL("..", import.meta.url).pathname;
const BUNDLE = "dist/edge_python.js";

Deno.test("bundle: dist/edge_python.js is what `deno task bundle` builds from the sources", async () => {
  const config = JSON.parse(await Deno.readTextFile(`${root}deno.json`));
  const task: string = config.tasks.bundle;
  const args = task.split(/\s+/);
  assert.equal(args[0], "deno");
  assert.equal(args.at(-1), BUNDLE, "the bundle task writes dist/edge_python.js last on its line");
  const out = await Deno.makeTempFile({ suffix: ".js" });
  try {
    const r = await new Deno.Command(Deno.execPath(), {
      args: [...args.slice(1, -1), out],
      cwd: root,
      stdout: "piped",
      stderr: "piped",
    }).output();
    assert.equal(r.code, 0, new TextDecoder().decode(r.stderr));
    const fresh = await Deno.readFile(out);
    const committed = await Deno.readFile(`${root}${BUNDLE}`);
    assert.ok(
      fresh.length === committed.length && fresh.every((b, i) => b === committed[i]),
      `${BUNDLE} is stale: run \`deno task bundle\``,
    );
  } finally {
    await Deno.remove(out);
  }
});
