/** Reads a ```reflection block at build time: prompts with bounded answer lengths, checked with file:line problems. */

import { type BlockLoader, readBlockYaml } from "../../loading/load-context.js";
import { FieldReader } from "../../loading/yaml-fields.js";
import type { ReflectionBlock, ReflectionPrompt } from "./model.js";

const REFLECTION_KEYS = ["prompts"] as const;
const PROMPT_KEYS = ["id", "prompt", "max_length"] as const;
/** The longest reflection answer a course may ask for; keeps saved progress within SCORM 1.2. */
export const MAX_REFLECTION_LENGTH = 1000;

export const loadReflection: BlockLoader<ReflectionBlock> = (text, fenceLine, ctx) => {
  const parsed = readBlockYaml("reflection", text, fenceLine, ctx);
  if (!parsed) return undefined;
  const { root, source } = parsed;
  const before = ctx.problems.length;
  const r = new FieldReader(root, source, "this reflection", ctx.problems, REFLECTION_KEYS);
  if (!r.ok) return undefined;
  const prompts: ReflectionPrompt[] = [];
  const list = r.list("prompts");
  for (const node of list?.items ?? []) {
    const p = new FieldReader(node, source, "a reflection prompt", ctx.problems, PROMPT_KEYS);
    const id = p.text("id");
    const claimed = ctx.ids.claim(id, "reflection prompt", ctx.file, p.lineOfKey("id"));
    const prompt = p.text("prompt");
    const maxLength =
      p.number("max_length", {
        required: false,
        min: 50,
        max: MAX_REFLECTION_LENGTH,
        integer: true,
      }) ?? 500;
    p.finish();
    if (claimed && prompt) prompts.push({ id, text: prompt, maxLength });
  }
  r.finish();
  if (ctx.problems.length > before) return undefined;
  return { kind: "reflection", prompts };
};
