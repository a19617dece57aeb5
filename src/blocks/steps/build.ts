/** The build-time definition of the steps block (a process shown one step at a time). */
import { escapeUTF8 } from "entities";
import { type FencedBuildKind, wordsIn } from "../build-kind.js";
import { loadSteps } from "./load.js";
import type { StepsBlock } from "./model.js";

export const steps: FencedBuildKind<StepsBlock> = {
  load: loadSteps,
  outline: (b) => ({ ...b, steps: b.steps.map((s) => ({ ...s, html: "" })) }),
  // Every step counts as read: the process is the content, whichever way it is shown.
  reading: (b) => ({
    words: wordsIn(b.title) + b.steps.reduce((n, s) => n + wordsIn(s.title) + wordsIn(s.html), 0),
  }),
  baselineHtml: (b) =>
    `<section>${b.title ? `<h3>${escapeUTF8(b.title)}</h3>` : ""}<ol>${b.steps
      .map((s) => `<li><h4>${escapeUTF8(s.title)}</h4>${s.html}</li>`)
      .join("")}</ol></section>`,
};
