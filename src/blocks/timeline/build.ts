/** The build-time definition of the timeline. */
import { escapeUTF8 } from "entities";
import { type FencedBuildKind, wordsIn } from "../build-kind.js";
import { loadTimeline } from "./load.js";
import type { TimelineBlock } from "./model.js";

export const timeline: FencedBuildKind<TimelineBlock> = {
  load: loadTimeline,
  outline: (b) => ({ ...b, events: b.events.map((e) => ({ ...e, html: "" })) }),
  reading: (b) => ({
    words: wordsIn(b.title) + b.events.reduce((n, e) => n + wordsIn(e.when) + wordsIn(e.html), 0),
  }),
  baselineHtml: (b) =>
    `<h2>${escapeUTF8(b.title)}</h2><ol>${b.events.map((e) => `<li>${escapeUTF8(e.when)}: ${e.html}</li>`).join("")}</ol>`,
};
