/** Reads a ```timeline block at build time: a title and the case's events, checked with file:line problems. */

import { type BlockLoader, readBlockYaml } from "../../loading/load-context.js";
import { renderInline } from "../../loading/markdown.js";
import { FieldReader } from "../../loading/yaml-fields.js";
import type { TimelineBlock, TimelineEvent } from "./model.js";

const TIMELINE_KEYS = ["title", "events"] as const;
const EVENT_KEYS = ["when", "what", "decision"] as const;

export const loadTimeline: BlockLoader<TimelineBlock> = (text, fenceLine, ctx) => {
  const parsed = readBlockYaml("timeline", text, fenceLine, ctx);
  if (!parsed) return undefined;
  const { root, source } = parsed;
  const before = ctx.problems.length;
  const r = new FieldReader(root, source, "this timeline", ctx.problems, TIMELINE_KEYS);
  if (!r.ok) return undefined;
  const title = r.text("title");
  const events: TimelineEvent[] = [];
  const list = r.list("events");
  for (const node of list?.items ?? []) {
    const e = new FieldReader(node, source, "a timeline event", ctx.problems, EVENT_KEYS);
    const when = e.text("when");
    const what = e.text("what");
    const decision = e.boolean("decision", false);
    e.finish();
    if (when && what) events.push({ when, html: renderInline(what), decision });
  }
  if (list && list.items.length === 0) r.problem(list.line, "a timeline needs at least one event");
  r.finish();
  if (ctx.problems.length > before || !title) return undefined;
  return { kind: "timeline", title, events };
};
