/** The build-time definition of the callout. */
import { type FencedBuildKind, wordsIn } from "../build-kind.js";
import { loadCallout } from "./load.js";
import type { CalloutBlock } from "./model.js";

export const callout: FencedBuildKind<CalloutBlock> = {
  load: loadCallout,
  outline: (b) => ({ ...b, html: "" }),
  reading: (b) => ({ words: wordsIn(b.html) + wordsIn(b.title) }),
  baselineHtml: (b) => `<aside>${b.html}</aside>`,
};
