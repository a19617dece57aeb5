/**
 * One answer as an LMS records it: a union over the SCORM interaction types the course reports,
 * version-neutral. src/lms formats each type for SCORM 1.2 and 2004 (their response patterns and
 * limits); a kind of block supplies its answers' type through its rules (src/kit/response.ts), so
 * the tracking layer records a new kind with no edit.
 */

/** A matching pair: a source id and the target id it was matched to. */
export type Pair = readonly [source: string, target: string];

interface InteractionBase {
  /** The item's stable id (question, decision, ordering question). */
  id: string;
  /** The theme (objective) it belongs to; "" for none. */
  objective: string;
  /** Plain text of what was asked. */
  description: string;
  /** "neutral" for an answer that is recorded but not judged (a reflection, were it reported). */
  result: "correct" | "incorrect" | "neutral";
  weighting: number;
  /** Time from the item being shown to the answer being checked. */
  latencyMs: number;
  timestamp: Date;
}

export type Interaction = InteractionBase &
  (
    | {
        /** Options chosen; order does not matter. */
        type: "choice";
        response: readonly string[];
        /** The options that make the right answer. */
        correct: readonly string[];
      }
    | {
        /** Steps in the order the learner put them; order is the answer. */
        type: "sequencing";
        response: readonly string[];
        /** The steps in the right order. */
        correct: readonly string[];
      }
    | {
        /** Pairs matched; order does not matter. */
        type: "matching";
        response: readonly Pair[];
        correct: readonly Pair[];
      }
    | {
        /** Free text (a reflection): never judged, so no right answer. */
        type: "long-fill-in";
        response: string;
        correct?: undefined;
      }
    | {
        /** Anything else, recorded as text. */
        type: "other";
        response: string;
        correct?: string;
      }
  );

export type InteractionType = Interaction["type"];
