/** The compiled course, provided at build time by src/compiler/player-build/course-plugin.ts. */
declare module "virtual:course" {
  import type { Block, Course } from "../course/model.js";

  /** Null only in the live preview, while the course folder has problems. */
  const course: Course | null;
  /** Each module's full blocks, fetched when first shown (the course holds their outlines). */
  export const moduleContent: Record<string, () => Promise<Block[]>>;
  /** Content problems as `file:line: message` (live preview only). */
  export const problems: string[];
  /** For each problem line, the live preview's link to the guide section that explains it. */
  export const problemGuides: string[];
  export default course;
}
