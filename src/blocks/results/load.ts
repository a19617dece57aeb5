/** Reads a ```results block at build time: it takes no settings. */
import { type BlockLoader, problem } from "../../loading/load-context.js";
import type { ResultsBlock } from "./model.js";

export const loadResults: BlockLoader<ResultsBlock> = (text, fenceLine, ctx) => {
  if (text.trim()) problem(ctx, fenceLine + 1, "a results block takes nothing inside it");
  return { kind: "results" };
};
