/**
 * The block registry in the player: the element that shows each kind, looked up by module-page.
 * A kind without a renderer here does not compile, so no block is ever silently left out. The
 * core kinds ship in the player file; the others fetch their element from the package the first
 * time a page shows one, so a course pays only for the kinds it uses.
 */
import { html, type TemplateResult } from "lit";
import { renderBranching } from "./branching/render.js";
import { renderCallout } from "./callout/render.js";
import { renderFigure } from "./figure/render.js";
import { renderGlossary } from "./glossary/render.js";
import type { Block, BlockKind, BlockOf } from "./kinds.js";
import { renderProse } from "./prose/render.js";
import { renderQuestion } from "./question/question-card.js";
import { renderReflection } from "./reflection/render.js";
import { renderResults } from "./results/render.js";
import { renderReveal } from "./reveal/render.js";
import { renderTimeline } from "./timeline/render.js";

/** The element for a block; it asks the player around it for the session (context), if it needs one. */
type Renderer<B> = (block: B) => TemplateResult;

const renderers: { [K in BlockKind]: Renderer<BlockOf<K>> } = {
  html: renderProse,
  question: renderQuestion,
  timeline: renderTimeline,
  reflection: renderReflection,
  results: renderResults,
  branching: renderBranching,
  callout: renderCallout,
  reveal: renderReveal,
  figure: renderFigure,
  glossary: renderGlossary,
  // module-page splits a module at its page breaks; a break itself shows nothing.
  page: () => html``,
};

export function renderBlock(block: Block): TemplateResult {
  return (renderers[block.kind] as Renderer<Block>)(block);
}
