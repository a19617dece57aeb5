/**
 * What the web package's team session shows: the course and its team material, compiled at
 * build time (src/compiler/team-pack/team-session-data.ts) into a file of its own that the
 * package loads only when the page is opened at `index.html#team`. Every HTML field was sanitized
 * by the build; nothing here holds a learner's data.
 */

/** One step of a session as the shared screen shows it. */
export type SessionStep =
  | { kind: "warning" | "summary" | "points" | "sheet"; seconds?: number; activityHtml?: string }
  /** A step of the plan that is none of the others (a break, the local procedures…). */
  | { kind: "activity"; seconds?: number; activityHtml: string }
  | { kind: "decision"; decision: string; seconds?: number; activityHtml?: string };

export interface SessionDecision {
  id: string;
  /** The walked case it belongs to. */
  caseTitle: string;
  sceneHtml: string;
  questionHtml: string;
  /** Questions to put to the team before the options are shown (HTML each). */
  askHtml: string[];
  options: Array<{ id: string; html: string; best: boolean; feedbackHtml: string }>;
  reviewFoundHtml?: string;
}

/** A change a team may say it will make: one per key message (theme) of the course. */
export interface NamedChange {
  id: string;
  text: string;
}

export interface TeamSessionData {
  course: { id: string; version: string; title: string; language: string };
  contentWarningHtml: string;
  supportHtml: string;
  summaryHtml: string;
  decisions: SessionDecision[];
  keyPoints: Array<{ title: string; points: string[] }>;
  /** The steps of each plan, by its length in minutes (45 and 90). */
  plans: Record<string, SessionStep[]>;
  changes: NamedChange[];
  /** Who the sheet goes back to, when the course names its partnership. */
  partnership?: string;
}
