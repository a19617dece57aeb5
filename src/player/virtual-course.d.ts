/** The compiled course, provided at build time by scripts/course-plugin.ts. */
declare module "virtual:course" {
  import type { Course } from "../course/model.js";

  /** Null only in the live preview, while the course folder has problems. */
  const course: Course | null;
  /** Content problems as `file:line: message` (live preview only). */
  export const problems: string[];
  export default course;
}
