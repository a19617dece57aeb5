/** Reads a ```reveal block at build time: the line to press and the content it opens. */

import { type BlockLoader, readBlockYaml } from "../../loading/load-context.js";
import { renderBlock } from "../../loading/markdown.js";
import { FieldReader } from "../../loading/yaml-fields.js";
import type { RevealBlock } from "./model.js";

const REVEAL_KEYS = ["summary", "text"] as const;

export const loadReveal: BlockLoader<RevealBlock> = (text, fenceLine, ctx) => {
  const parsed = readBlockYaml("reveal", text, fenceLine, ctx);
  if (!parsed) return undefined;
  const before = ctx.problems.length;
  const r = new FieldReader(parsed.root, parsed.source, "this reveal", ctx.problems, REVEAL_KEYS);
  if (!r.ok) return undefined;
  const summary = r.text("summary");
  const body = r.text("text");
  r.finish();
  if (ctx.problems.length > before || !summary || !body) return undefined;
  return { kind: "reveal", summary, html: renderBlock(body) };
};
