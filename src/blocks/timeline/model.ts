/** The timeline block as the compiled course holds it: a case's events in order. */
export interface TimelineEvent {
  /** When, in the author's words ("Start of review period"). */
  when: string;
  /** What happened (sanitized inline HTML). */
  html: string;
  /** A point where professionals had a decision to make. */
  decision: boolean;
}

export interface TimelineBlock {
  kind: "timeline";
  title: string;
  events: TimelineEvent[];
}

declare module "../../course/model.js" {
  interface BlockKinds {
    timeline: TimelineBlock;
  }
}
