/** The build-time definition of the page break. */
import { type FencedBuildKind, wordsIn } from "../build-kind.js";
import { loadPage } from "./load.js";
import type { PageBlock } from "./model.js";

export const page: FencedBuildKind<PageBlock> = {
  load: loadPage,
  outline: (b) => b,
  reading: (b) => ({ words: wordsIn(b.title) }),
  baselineHtml: () => "",
};
