/** Reads a ```continue block at build time: a section break, with an optional `label:`. */

import { type BlockLoader, readBlockYaml } from "../../loading/load-context.js";
import { FieldReader } from "../../loading/yaml-fields.js";
import type { ContinueBlock } from "./model.js";

const CONTINUE_KEYS = ["label"] as const;

export const loadContinue: BlockLoader<ContinueBlock> = (text, fenceLine, ctx) => {
  // An empty fence is a break whose button says "Continue".
  if (text.trim() === "") return { kind: "continue" };
  const parsed = readBlockYaml("continue", text, fenceLine, ctx);
  if (!parsed) return undefined;
  const before = ctx.problems.length;
  const r = new FieldReader(
    parsed.root,
    parsed.source,
    "this section break",
    ctx.problems,
    CONTINUE_KEYS,
  );
  if (!r.ok) return undefined;
  const label = r.text("label", false);
  r.finish();
  if (ctx.problems.length > before) return undefined;
  return label ? { kind: "continue", label } : { kind: "continue" };
};
