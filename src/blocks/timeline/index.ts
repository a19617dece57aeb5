/**
 * Renders a timeline; its element is fetched from the package the first time a page shows one,
 * so a course without a timeline does not carry it.
 */
import { html } from "lit";
import { type RunKind, showsOnly } from "../run-kind.js";
import type { TimelineBlock } from "./model.js";

const renderTimeline = (b: TimelineBlock) => {
  // The module loader keeps it: only the first call fetches anything.
  void import("./timeline-list.js");
  return html`<timeline-list .heading=${b.title} .events=${b.events}></timeline-list>`;
};

export const timeline: RunKind<TimelineBlock> = {
  ...showsOnly,
  render: renderTimeline,
};
