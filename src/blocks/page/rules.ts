/**
 * Pages: a module's blocks split at its page breaks. Pure, so the player, the progress rules and
 * the checker agree on what page a block is on.
 */
import type { Module } from "../../course/model.js";
import type { Progress } from "../../kit/progress.js";
import type { Page } from "./model.js";

/**
 * The module's pages, in order; a module with no page break is one page. A break before any
 * content only titles the first page, so no page is ever empty.
 */
export function pagesOf(module: Pick<Module, "blocks">): Page[] {
  const pages: Page[] = [{ blocks: [] }];
  for (const block of module.blocks) {
    if (block.kind !== "page") {
      pages[pages.length - 1].blocks.push(block);
      continue;
    }
    const last = pages[pages.length - 1];
    if (last.blocks.length === 0) last.title = block.title;
    else pages.push({ title: block.title, blocks: [] });
  }
  const last = pages[pages.length - 1];
  // A break after the last content leaves nothing to show: drop that page.
  if (pages.length > 1 && last.blocks.length === 0) pages.pop();
  return pages;
}

/** How many pages the module has (at least one). */
export function pageCountOf(module: Pick<Module, "blocks">): number {
  return pagesOf(module).length;
}

/** The page (1-based) a block is on. */
export function pageOfBlock(
  module: Pick<Module, "blocks">,
  test: (b: Page["blocks"][number]) => boolean,
): number {
  const pages = pagesOf(module);
  const index = pages.findIndex((p) => p.blocks.some(test));
  return index < 0 ? 1 : index + 1;
}

/** The pages of a module the learner has reached, as a bit set. */
export function pagesSeenOf(progress: Progress, moduleId: string): number {
  return progress.pagesSeen[moduleId] ?? (progress.visited.includes(moduleId) ? 1 : 0);
}

/** Whether the learner has reached the module's page (1-based) before. */
export function pageReached(progress: Progress, moduleId: string, page: number): boolean {
  // Pages past 31 share the last bit, as progress keeps them.
  return (pagesSeenOf(progress, moduleId) & (1 << Math.min(Math.max(page, 1) - 1, 30))) !== 0;
}
