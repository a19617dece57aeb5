/** Reads a ```page block at build time: a page break, with an optional `title:`. */

import { type BlockLoader, readBlockYaml } from "../../loading/load-context.js";
import { FieldReader } from "../../loading/yaml-fields.js";
import type { PageBlock } from "./model.js";

const PAGE_KEYS = ["title"] as const;

export const loadPage: BlockLoader<PageBlock> = (text, fenceLine, ctx) => {
  // An empty fence is a page break with no title.
  if (text.trim() === "") return { kind: "page" };
  const parsed = readBlockYaml("page", text, fenceLine, ctx);
  if (!parsed) return undefined;
  const before = ctx.problems.length;
  const r = new FieldReader(parsed.root, parsed.source, "this page break", ctx.problems, PAGE_KEYS);
  if (!r.ok) return undefined;
  const title = r.text("title", false);
  r.finish();
  if (ctx.problems.length > before) return undefined;
  return title ? { kind: "page", title } : { kind: "page" };
};
