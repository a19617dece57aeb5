/** The words of the cover's tiles (cover-tiles.ts), fetched with it. */
import type { ModuleState } from "../rules.js";

export const modulesStrings = {
  title: "In this course",
  /** Visible on the tile; said in full in its name. */
  minutes: (n: number) => `About ${n} min`,
  minutesSaid: (n: number) => (n === 1 ? "about 1 minute" : `about ${n} minutes`),
  state: {
    "not-started": "Not started",
    "in-progress": "In progress",
    done: "Done",
  } satisfies Record<ModuleState, string>,
  pagesOf: (k: number, n: number) => `${k} of ${n} pages`,
  continue: (title: string) => `Continue where you left off: ${title}`,
} as const;
