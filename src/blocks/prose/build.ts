/** The build-time definition of prose: the author's Markdown between fenced blocks (the loader reads it itself). */
import { type BuildKind, wordsIn } from "../build-kind.js";
import type { ProseBlock } from "./model.js";

export const prose: BuildKind<ProseBlock> = {
  outline: (b) => ({ ...b, html: "" }),
  reading: (b) => ({ words: wordsIn(b.html) }),
  baselineHtml: (b) => b.html,
};
