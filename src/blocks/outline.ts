/**
 * The course as the player starts with it: every block as its kind's outline (build-kinds.ts), the
 * block without what only its page shows. The menu, progress, scoring, the saved state and the
 * results need no more; the player fetches a module's full blocks only to show its pages
 * (src/compiler/player-build/course-plugin.ts). tests/unit/outline.test.ts holds every rule to the
 * same answers on the outline as on the full course. Build time only.
 */
import type { Block, Course } from "../course/model.js";
import { buildKindOf } from "./build-kinds.js";

/** The block as the player holds it before its module's content has been fetched. */
export function outlineOf(block: Block): Block {
  return buildKindOf(block).outline(block);
}

/** The course as the player starts with it: every module's blocks as outlines. */
export function outlineCourse(course: Course): Course {
  return {
    ...course,
    modules: course.modules.map((m) => ({ ...m, blocks: m.blocks.map(outlineOf) })),
  };
}
