/** Reads a ```modules block at build time: nothing, or a `title:` for the heading over the tiles. */
import { type BlockLoader, readBlockYaml } from "../../loading/load-context.js";
import { FieldReader } from "../../loading/yaml-fields.js";
import type { ModulesBlock } from "./model.js";

const MODULES_KEYS = ["title"] as const;

export const loadModules: BlockLoader<ModulesBlock> = (text, fenceLine, ctx) => {
  // The tiles need nothing from the author: an empty block is the usual one.
  if (text.trim() === "") return { kind: "modules" };
  const parsed = readBlockYaml("modules", text, fenceLine, ctx);
  if (!parsed) return undefined;
  const before = ctx.problems.length;
  const r = new FieldReader(parsed.root, parsed.source, "this modules block", ctx.problems, [
    ...MODULES_KEYS,
  ]);
  if (!r.ok) return undefined;
  const title = r.text("title", false);
  r.finish();
  if (ctx.problems.length > before) return undefined;
  return title ? { kind: "modules", title } : { kind: "modules" };
};
