/**
 * The block registry at build time: the loader for each kind an author writes as a fenced block,
 * keyed by the fence's name (```question). Build-time only: nothing here ships to the learner.
 */

import type { BlockLoader } from "../loading/load-context.js";
import { loadBranching } from "./branching/load.js";
import { loadCallout } from "./callout/load.js";
import { loadFigure } from "./figure/load.js";
import { loadGlossaryBlock } from "./glossary/load.js";
import type { BlockOf, FencedKind } from "./kinds.js";
import { loadPage } from "./page/load.js";
import { loadQuestion } from "./question/load.js";
import { loadReflection } from "./reflection/load.js";
import { loadResults } from "./results/load.js";
import { loadReveal } from "./reveal/load.js";
import { loadTimeline } from "./timeline/load.js";

export const blockLoaders: { [K in FencedKind]: BlockLoader<BlockOf<K>> } = {
  question: loadQuestion,
  timeline: loadTimeline,
  reflection: loadReflection,
  results: loadResults,
  branching: loadBranching,
  callout: loadCallout,
  reveal: loadReveal,
  figure: loadFigure,
  glossary: loadGlossaryBlock,
  page: loadPage,
};

/** The fence names an author may use, in the order the guide lists them. */
export const FENCED_KINDS = Object.keys(blockLoaders) as FencedKind[];
