/** The build-time definition of the reveal (a summary that opens to more detail). */
import { escapeUTF8 } from "entities";
import { type FencedBuildKind, wordsIn } from "../build-kind.js";
import { loadReveal } from "./load.js";
import type { RevealBlock } from "./model.js";

export const reveal: FencedBuildKind<RevealBlock> = {
  load: loadReveal,
  outline: (b) => ({ ...b, html: "" }),
  // Counted as read: detail a learner skips is detail the course still asks them to weigh.
  reading: (b) => ({ words: wordsIn(b.summary) + wordsIn(b.html) }),
  baselineHtml: (b) => `<details><summary>${escapeUTF8(b.summary)}</summary>${b.html}</details>`,
};
