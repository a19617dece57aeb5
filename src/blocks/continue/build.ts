/** The build-time definition of the section break. */
import { escapeUTF8 } from "entities";
import { type FencedBuildKind, wordsIn } from "../build-kind.js";
import { loadContinue } from "./load.js";
import type { ContinueBlock } from "./model.js";

export const continueBreak: FencedBuildKind<ContinueBlock> = {
  load: loadContinue,
  outline: (b) => b,
  reading: (b) => ({ words: wordsIn(b.label) }),
  // The baseline page shows every section: a rule stands for the break.
  baselineHtml: (b) => (b.label ? `<hr aria-label="${escapeUTF8(b.label)}">` : "<hr>"),
};
