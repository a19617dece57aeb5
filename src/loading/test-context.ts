/**
 * What a kind's loader tests give the loader: one module file, nothing read or claimed yet. Here,
 * not in tests/helpers, because a kind's own tests sit in its folder under src/ and nothing in src/
 * imports from tests/; src/loading is never shipped, so neither is this.
 */
import { type BlockContext, type BlockLoader, IdRegistry } from "./load-context.js";
import { formatProblem } from "./problems.js";

/** A fresh loader context for `file`, with `themes` declared in course.yaml. */
export function blockContext(file: string, themes: readonly string[]): BlockContext {
  const problems: BlockContext["problems"] = [];
  return {
    file,
    dir: "/course",
    problems,
    ids: new IdRegistry(problems),
    themeIds: new Set(themes),
    themesKnown: true,
    media: new Set(),
    termUses: [],
  };
}

/**
 * Loads `yaml` as a block whose fence is on line 10, so its settings start on line 11: the block,
 * and every problem of `ctx` as the author reads it (`file:line: message`).
 */
export function loadAtLine10<B>(loader: BlockLoader<B>, yaml: string, ctx: BlockContext) {
  const block = loader(yaml, 10, ctx);
  return { block, problems: ctx.problems.map(formatProblem) };
}
