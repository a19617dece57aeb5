/**
 * The block registry at build time: each kind's outline, the block without what only its page
 * shows (text, feedback, images). The player starts with the outline of every module (the menu,
 * progress, scoring, the saved state and the results need no more) and fetches a module's full
 * blocks only to show its pages (src/compiler/player-build/course-plugin.ts). An outline keeps every id, option,
 * right answer, page break and plain-text stem, so every rule gives the same answer on it as on
 * the full block (tests/unit/outline.test.ts holds that). A kind missing here does not compile.
 */
import type { Course } from "../course/model.js";
import type { Block, BlockKind, BlockOf } from "./kinds.js";

type Outline<B> = (block: B) => B;

const outlines: { [K in BlockKind]: Outline<BlockOf<K>> } = {
  html: (b) => ({ ...b, html: "" }),
  question: (b) => ({
    ...b,
    question: {
      ...b.question,
      scenarioHtml: undefined,
      stemHtml: "",
      options: b.question.options.map((o) => ({
        ...o,
        html: "",
        feedbackHtml: "",
        consequenceHtml: undefined,
      })),
    },
  }),
  timeline: (b) => ({ ...b, events: b.events.map((e) => ({ ...e, html: "" })) }),
  reflection: (b) => b,
  results: (b) => b,
  branching: (b) => ({
    ...b,
    scenes: b.scenes.map((s) => ({
      ...s,
      html: "",
      questionHtml: s.questionHtml === undefined ? undefined : "",
      options: s.options.map((o) => ({ ...o, html: "", feedbackHtml: "" })),
    })),
  }),
  callout: (b) => ({ ...b, html: "" }),
  reveal: (b) => ({ ...b, html: "" }),
  figure: (b) => ({ ...b, captionHtml: undefined, longDescriptionHtml: undefined }),
  glossary: (b) => b,
  page: (b) => b,
};

/** The block as the player holds it before its module's content has been fetched. */
export function outlineOf(block: Block): Block {
  return (outlines[block.kind] as Outline<Block>)(block);
}

/** The course as the player starts with it: every module's blocks as outlines. */
export function outlineCourse(course: Course): Course {
  return {
    ...course,
    modules: course.modules.map((m) => ({ ...m, blocks: m.blocks.map(outlineOf) })),
  };
}
