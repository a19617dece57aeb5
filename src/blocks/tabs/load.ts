/** Reads a ```tabs block at build time: an id, an optional title and 2 to 6 tabs, each a label and its text, with file:line problems. */
import { type BlockLoader, readBlockYaml } from "../../loading/load-context.js";
import { renderBlock } from "../../loading/markdown.js";
import { FieldReader } from "../../loading/yaml-fields.js";
import type { TabsBlock, TabsTab } from "./model.js";

const KEYS = ["id", "title", "tabs"] as const;
const TAB_KEYS = ["label", "text"] as const;

/** One tab is no choice; more than six no longer fit in a row, nor in mind. */
export const MIN_TABS = 2;
export const MAX_TABS = 6;
/** A label names its panel in a row of tabs: a few words. */
export const MAX_LABEL = 40;

export const loadTabs: BlockLoader<TabsBlock> = (text, fenceLine, ctx) => {
  const parsed = readBlockYaml("tabs", text, fenceLine, ctx);
  if (!parsed) return undefined;
  const { root, source } = parsed;
  const before = ctx.problems.length;
  const r = new FieldReader(root, source, "this tabs block", ctx.problems, KEYS);
  if (!r.ok) return undefined;
  const id = r.text("id");
  const claimed = ctx.ids.claim(id, "tabs", ctx.file, r.lineOfKey("id"));
  const title = r.text("title", false);
  const tabs: TabsTab[] = [];
  const list = r.list("tabs");
  if (list) {
    const seen = new Map<string, number>();
    for (const node of list.items) {
      const t = new FieldReader(node, source, "this tab", ctx.problems, TAB_KEYS);
      if (!t.ok) continue;
      const label = t.text("label");
      const line = t.lineOfKey("label");
      if (label !== undefined) {
        if (label.length > MAX_LABEL) {
          t.problem(
            line,
            `the tab label "${label}" is ${label.length} characters: keep it to ${MAX_LABEL} or fewer and put the rest in its text`,
          );
        }
        const first = seen.get(label.toLowerCase());
        if (first !== undefined) {
          t.problem(
            line,
            `the tab label "${label}" is already used on line ${first}: each tab needs a label of its own`,
          );
        } else seen.set(label.toLowerCase(), line);
      }
      const body = t.text("text");
      t.finish();
      tabs.push({ label: label ?? "", html: renderBlock(body ?? "") });
    }
    if (tabs.length < MIN_TABS || tabs.length > MAX_TABS) {
      r.problem(
        r.lineOfKey("tabs"),
        `a tabs block has ${MIN_TABS} to ${MAX_TABS} tabs; this one has ${list.items.length}`,
      );
    }
  }
  r.finish();
  if (ctx.problems.length > before || !claimed || !list) return undefined;
  return { kind: "tabs", id, ...(title === undefined ? {} : { title }), tabs };
};
