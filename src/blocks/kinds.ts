/**
 * The block registry's list of kinds: every kind of block a course can hold, each in its own folder
 * under src/blocks/ (see docs/blocks.md for how to add one). The loader, the progress rules, the
 * saved-state codec, the report and the player look kinds up through tables keyed by `BlockKind`
 * (loaders.ts, rules.ts, render.ts), so a kind added here and missing from one of them does not compile.
 */
import type { BranchingBlock } from "./branching/model.js";
import type { CalloutBlock } from "./callout/model.js";
import type { FigureBlock } from "./figure/model.js";
import type { GlossaryBlock } from "./glossary/model.js";
import type { PageBlock } from "./page/model.js";
import type { ProseBlock } from "./prose/model.js";
import type { QuestionBlock } from "./question/model.js";
import type { ReflectionBlock } from "./reflection/model.js";
import type { ResultsBlock } from "./results/model.js";
import type { RevealBlock } from "./reveal/model.js";
import type { TimelineBlock } from "./timeline/model.js";

export type Block =
  | ProseBlock
  | QuestionBlock
  | TimelineBlock
  | ReflectionBlock
  | ResultsBlock
  | BranchingBlock
  | CalloutBlock
  | RevealBlock
  | FigureBlock
  | GlossaryBlock
  | PageBlock;

export type BlockKind = Block["kind"];

export type BlockOf<K extends BlockKind> = Extract<Block, { kind: K }>;

/** Kinds an author writes as a fenced block (```question …```); prose is everything else. */
export type FencedKind = Exclude<BlockKind, "html">;

/** For the `default` of a switch over kinds: a kind the switch forgot is a type error here. */
export function unknownKind(kind: never): never {
  throw new Error(`unknown block kind "${String(kind)}"`);
}
