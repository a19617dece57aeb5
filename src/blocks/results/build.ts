/** The build-time definition of the results block. */
import type { FencedBuildKind } from "../build-kind.js";
import { loadResults } from "./load.js";
import type { ResultsBlock } from "./model.js";

export const results: FencedBuildKind<ResultsBlock> = {
  load: loadResults,
  outline: (b) => b,
  // The results panel is looked at, not read through.
  reading: () => ({ words: 0 }),
  baselineHtml: () => "",
};
