/** Reads a ```callout block at build time: its tone, optional title and text, checked with file:line problems. */

import { type BlockLoader, readBlockYaml } from "../../loading/load-context.js";
import { renderBlock } from "../../loading/markdown.js";
import { FieldReader } from "../../loading/yaml-fields.js";
import { CALLOUT_TONES, type CalloutBlock } from "./model.js";

const CALLOUT_KEYS = ["tone", "title", "text"] as const;

export const loadCallout: BlockLoader<CalloutBlock> = (text, fenceLine, ctx) => {
  const parsed = readBlockYaml("callout", text, fenceLine, ctx);
  if (!parsed) return undefined;
  const before = ctx.problems.length;
  const r = new FieldReader(parsed.root, parsed.source, "this callout", ctx.problems, CALLOUT_KEYS);
  if (!r.ok) return undefined;
  const tone = r.choice("tone", CALLOUT_TONES);
  const title = r.text("title", false);
  const body = r.text("text");
  r.finish();
  if (ctx.problems.length > before || !tone || !body) return undefined;
  return { kind: "callout", tone, title, html: renderBlock(body) };
};
