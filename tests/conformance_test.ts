// The upstream conformance corpus: every case must pass unless it is listed in
// vm_known_failures.txt (with its reason); a listed case that passes is an error too, so the
// list only shrinks. Skipped with a notice when ../shared is absent (a user's fresh clone).

import assert from "node:assert/strict";
import { loadCorpus, loadKnownFailures, runCase } from "./corpus.ts";

const corpus = await loadCorpus();

Deno.test({
  name: "upstream vm.json corpus",
  ignore: corpus === null,
  async fn() {
    const known = await loadKnownFailures();
    const unexpected: string[] = [];
    const fixed: number[] = [];
    let pass = 0;
    for (let i = 0; i < corpus!.length; i++) {
      const r = await runCase(corpus![i], i);
      if (r.pass) {
        pass++;
        if (known.has(i)) fixed.push(i);
      } else if (!known.has(i)) {
        unexpected.push(`#${i}: ${r.why}\n    src: ${JSON.stringify(corpus![i].src).slice(0, 200)}\n    got: ${JSON.stringify(r.output).slice(0, 200)} ${r.error ?? ""}`);
      }
    }
    const total = corpus!.length;
    console.log(`vm.json: ${pass}/${total} passed (${(100 * pass / total).toFixed(1)}%), ${known.size} known failures`);
    assert.deepEqual(unexpected, [], `${unexpected.length} new failures:\n${unexpected.slice(0, 40).join("\n")}`);
    assert.deepEqual(fixed, [], `these known failures now pass; remove them from tests/vm_known_failures.txt: ${fixed.join(", ")}`);
  },
});

if (corpus === null) console.log("note: ../shared/conformance/upstream/vm.json not found; corpus test skipped");
