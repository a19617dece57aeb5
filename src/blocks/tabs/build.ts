/** The build-time definition of the tabs block. */
import { escapeUTF8 } from "entities";
import { type FencedBuildKind, wordsIn } from "../build-kind.js";
import { loadTabs } from "./load.js";
import type { TabsBlock } from "./model.js";

export const tabs: FencedBuildKind<TabsBlock> = {
  load: loadTabs,
  outline: (b) => ({ ...b, tabs: b.tabs.map((t) => ({ label: t.label, html: "" })) }),
  // Every panel is counted: a tab a learner does not open is content the course still asks them to read.
  reading: (b) => ({
    words: wordsIn(b.title) + b.tabs.reduce((n, t) => n + wordsIn(t.label) + wordsIn(t.html), 0),
  }),
  baselineHtml: (b) =>
    `<section>${b.title ? `<h3>${escapeUTF8(b.title)}</h3>` : ""}${b.tabs
      .map((t) => `<p><strong>${escapeUTF8(t.label)}</strong></p>${t.html}`)
      .join("")}</section>`,
};
