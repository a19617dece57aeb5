/**
 * The block registry at build time: every kind's build-time definition (`src/blocks/<kind>/build.ts`:
 * loader, outline, reading time, baseline HTML, answer-key words). One line a kind; a kind whose
 * model is registered and missing here does not compile. Build-time only: nothing here ships to
 * the learner (the run-time registry is kinds.ts). See docs/blocks.md.
 */
import type { Block, BlockKind } from "../course/model.js";
import { assessment } from "./assessment/build.js";
import { branching } from "./branching/build.js";
import type { BuildKind, FencedBuildKind } from "./build-kind.js";
import { callout } from "./callout/build.js";
import { continueBreak } from "./continue/build.js";
import { figure } from "./figure/build.js";
import { glossary } from "./glossary/build.js";
import type { BlockOf, FencedKind } from "./kinds.js";
import { modules } from "./modules/build.js";
import { ordering } from "./ordering/build.js";
import { page } from "./page/build.js";
import { prose } from "./prose/build.js";
import { question } from "./question/build.js";
import { reflection } from "./reflection/build.js";
import { results } from "./results/build.js";
import { reveal } from "./reveal/build.js";
import { sort } from "./sort/build.js";
import { steps } from "./steps/build.js";
import { tabs } from "./tabs/build.js";
import { timeline } from "./timeline/build.js";

/** Every kind but prose is fenced, so has a loader. */
type Definitions = { readonly html: BuildKind<BlockOf<"html">> } & {
  readonly [K in FencedKind]: FencedBuildKind<BlockOf<K>>;
};

export const buildKinds: Definitions = {
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

export function buildKindOf<B extends Block>(block: B): BuildKind<B> {
  return buildKinds[block.kind] as unknown as BuildKind<B>;
}

/** The fence names an author may use, in the order the guide lists them. */
export const FENCED_KINDS = (Object.keys(buildKinds) as BlockKind[]).filter(
  (k): k is FencedKind => k !== "html",
);
