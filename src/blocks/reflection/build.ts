/** The build-time definition of the reflection: prompts the learner answers in words. */
import { escapeUTF8 } from "entities";
import { type FencedBuildKind, wordsIn } from "../build-kind.js";
import { loadReflection } from "./load.js";
import type { ReflectionBlock } from "./model.js";

export const reflection: FencedBuildKind<ReflectionBlock> = {
  load: loadReflection,
  outline: (b) => b,
  reading: (b) => ({
    words: b.prompts.reduce((n, p) => n + wordsIn(p.text), 0),
    reflections: b.prompts.length,
  }),
  baselineHtml: (b) => b.prompts.map((p) => `<p>${escapeUTF8(p.text)}</p>`).join(""),
};
