/**
 * The shape of a learner's progress, below both the progress rules (src/progress) and the rules
 * of each block kind (src/blocks/<kind>/rules.ts), which read it without importing each other.
 */

export interface Answer {
  /** Option ids the learner chose, in the question's option order. */
  choice: string[];
  /** How many times the learner has checked this question (1 after the first check). */
  attempts: number;
}

export interface Progress {
  /** Where the learner is (the bookmark): a module id, or `<module id>.<page>` from page 2 on. */
  location: string | null;
  /** Modules the learner has opened, in first-opened order. */
  visited: string[];
  /**
   * Pages reached per module, as a bit set (bit 0 is page 1). A visited module with no entry has
   * had its first page reached (saved state from before pages).
   */
  pagesSeen: Record<string, number>;
  answers: Record<string, Answer>;
  reflections: Record<string, string>;
  /**
   * Attempt numbers of blocks that draw their items per attempt (the final assessment), by block
   * id; a block not named is at its first attempt (0).
   */
  draws?: Record<string, number>;
  /** When the course first became complete (epoch ms), for the record of learning. */
  completedAt?: number;
  /** Time spent in the course over every session, in milliseconds. */
  timeSpentMs: number;
}

export type Completion = "completed" | "incomplete";
export type Success = "passed" | "failed" | "unknown";

export interface ThemeScore {
  themeId: string;
  /** Weighting of correctly answered scored questions in this theme. */
  earned: number;
  /** Total weighting of scored questions in this theme. */
  possible: number;
  answered: number;
  questions: number;
}

export interface Score {
  earned: number;
  possible: number;
  /** 0–100, rounded to two decimals; 0 when nothing is scored. */
  percent: number;
  /** 0–1, the same figure for SCORM 2004's scaled score. */
  scaled: number;
  answered: number;
  questions: number;
  byTheme: ThemeScore[];
}
