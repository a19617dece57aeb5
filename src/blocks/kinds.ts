/**
 * The block registry at run time: every kind a course can hold, each its folder's run-time
 * definition (`src/blocks/<kind>/index.ts`: rules and element). One line a kind; a kind whose
 * model is registered (its model.ts adds it to the course model's `BlockKinds`) and missing here
 * does not compile. The build-time registry is build-kinds.ts. See docs/blocks.md.
 */
import type { BlockKind, BlockKinds } from "../course/model.js";
import { assessment } from "./assessment/index.js";
import { branching } from "./branching/index.js";
import { callout } from "./callout/index.js";
import { continueBreak } from "./continue/index.js";
import { figure } from "./figure/index.js";
import { glossary } from "./glossary/index.js";
import { modules } from "./modules/index.js";
import { ordering } from "./ordering/index.js";
import { page } from "./page/index.js";
import { prose } from "./prose/index.js";
import { question } from "./question/index.js";
import { reflection } from "./reflection/index.js";
import { results } from "./results/index.js";
import { reveal } from "./reveal/index.js";
import type { RunKind } from "./run-kind.js";
import { sort } from "./sort/index.js";
import { steps } from "./steps/index.js";
import { tabs } from "./tabs/index.js";
import { timeline } from "./timeline/index.js";

export type { Block, BlockKind } from "../course/model.js";

/** The block of one kind. */
export type BlockOf<K extends BlockKind> = BlockKinds[K];

/** Kinds an author writes as a fenced block (```question …```); prose is everything else. */
export type FencedKind = Exclude<BlockKind, "html">;

export const kinds: { readonly [K in BlockKind]: RunKind<BlockOf<K>> } = {
  html: prose,
  question,
  timeline,
  reflection,
  results,
  branching,
  callout,
  reveal,
  figure,
  glossary,
  page,
  ordering,
  assessment,
  steps,
  tabs,
  sort,
  modules,
  continue: continueBreak,
};

/** Each kind's model names the kind it is registered as: a mismatch is a type error here. */
type Named = { [K in BlockKind]: BlockKinds[K] extends { kind: K } ? K : never }[BlockKind];
type Assert<T extends true> = T;
export type KindsNameThemselves = Assert<[BlockKind] extends [Named] ? true : false>;
