/**
 * Sections: a page's blocks split at its section breaks (```continue). Pure, so the player, the
 * checker and the tests agree on what a section holds and which blocks a learner sees.
 */
import type { Block } from "../../course/model.js";
import { kindOf } from "../rules.js";
import type { ContinueBlock } from "./model.js";

export { SECTION_CONTINUE_EVENT } from "./event.js";

/** One section of a page: the blocks after a break (or the page's start) up to the next break. */
export interface Section {
  blocks: Block[];
  /** The break the learner presses to show this section; none for the page's first section. */
  opener?: ContinueBlock;
}

/**
 * A page's sections, in order; a page with no break is one section. A break with nothing before
 * it, two breaks in a row, or a break with nothing after it would show an empty section: such a
 * break is dropped (of two in a row, the first), so every section holds something.
 */
export function sectionsOf(blocks: readonly Block[]): Section[] {
  const sections: Section[] = [{ blocks: [] }];
  for (const block of blocks) {
    const last = sections[sections.length - 1];
    if (block.kind !== "continue") last.blocks.push(block);
    // Nothing since the last break (or the page's start): the later break stands alone.
    else if (last.blocks.length === 0) {
      if (sections.length > 1) last.opener = block;
    } else sections.push({ blocks: [], opener: block });
  }
  const last = sections[sections.length - 1];
  if (sections.length > 1 && last.blocks.length === 0) sections.pop();
  return sections;
}

/**
 * How many sections show, the first `shown` of them (at least one), or every section when
 * `all` (a page reached before, printing, reviewing).
 */
export function sectionsShown(count: number, shown: number, all: boolean): number {
  return all ? count : Math.min(Math.max(1, shown), count);
}

/** The blocks a learner sees when `shown` sections show. */
export function shownBlocks(sections: readonly Section[], shown: number): Block[] {
  return sections.slice(0, Math.max(1, shown)).flatMap((s) => s.blocks);
}

/**
 * The section (0-based) that holds a question, a decision or a heading (by its anchor) with
 * this id, or -1.
 */
export function sectionHolding(sections: readonly Section[], id: string): number {
  const anchor = `id="${id}"`;
  return sections.findIndex((s) =>
    s.blocks.some(
      (b) =>
        kindOf(b)
          .answerables(b)
          .some((a) => a.id === id) ||
        ("html" in b && typeof b.html === "string" && b.html.includes(anchor)),
    ),
  );
}

/** What starts a new section or page, for the checker's section-length rule. */
export function isBreak(block: Block): boolean {
  return block.kind === "continue" || block.kind === "page";
}
