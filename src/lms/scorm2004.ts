/**
 * SCORM 2004 (4th Edition) as tables: its API method names, error codes, element names and
 * vocabulary, and how a version-neutral report becomes 2004 values. The session logic is shared
 * (session.ts).
 */

import type { Interaction, InteractionType } from "../kit/interaction.js";
import type { Completion, Success } from "../progress/progress.js";
import type { HeldStatus, Report } from "../progress/report.js";
import { SCORM2004_API_NAME, SCORM2004_METHODS } from "./apis.js";
import {
  clamp,
  type DataModel,
  decimal,
  type StatusAtStart,
  truncate,
  type Write,
} from "./datamodel.js";
import { type InteractionFormats, responsesOf } from "./responses.js";
import { type ConnectionOptions, ScormConnection } from "./session.js";
import { iso8601Duration, iso8601Timestamp } from "./time.js";

export { SCORM2004_API_NAME, SCORM2004_METHODS };

export const SCORM2004_ELEMENTS = {
  entry: "cmi.entry",
  location: "cmi.location",
  suspendData: "cmi.suspend_data",
  learnerName: "cmi.learner_name",
  completionStatus: "cmi.completion_status",
  successStatus: "cmi.success_status",
  masteryScore: "cmi.scaled_passing_score",
  mode: "cmi.mode",
  credit: "cmi.credit",
  scoreScaled: "cmi.score.scaled",
  scoreRaw: "cmi.score.raw",
  scoreMin: "cmi.score.min",
  scoreMax: "cmi.score.max",
  progressMeasure: "cmi.progress_measure",
  exit: "cmi.exit",
  sessionTime: "cmi.session_time",
  objectiveCount: "cmi.objectives._count",
  interactionCount: "cmi.interactions._count",
} as const;

/** Smallest permitted maxima (SPM) that every 2004 LMS must accept. */
export const SCORM2004_LIMITS = {
  suspendData: 64_000,
  location: 1000,
  /** localized_string_type(250): objective and interaction descriptions. */
  description: 250,
  /** A long-fill-in response (localized_string_type(4000)), an other one (characterstring(4000)). */
  text: 4000,
} as const;

export const COMPLETION_STATUS = {
  completed: "completed",
  incomplete: "incomplete",
  notAttempted: "not attempted",
  unknown: "unknown",
} as const;
type CompletionStatus = (typeof COMPLETION_STATUS)[keyof typeof COMPLETION_STATUS];

export const SUCCESS_STATUS = { passed: "passed", failed: "failed", unknown: "unknown" } as const;
type SuccessStatus = (typeof SUCCESS_STATUS)[keyof typeof SUCCESS_STATUS];

const HELD_COMPLETION: Record<CompletionStatus, HeldStatus["completion"]> = {
  completed: "completed",
  incomplete: "incomplete",
  "not attempted": "unknown",
  unknown: "unknown",
};
const HELD_SUCCESS: Record<SuccessStatus, HeldStatus["success"]> = {
  passed: "passed",
  failed: "failed",
  unknown: "unknown",
};

/** Completion words that mean the LMS has no status yet; some LMSs leave the element empty. */
const NEVER_ATTEMPTED: ReadonlySet<string> = new Set([
  COMPLETION_STATUS.notAttempted,
  COMPLETION_STATUS.unknown,
  "",
]);

const COMPLETION_WORD: Record<Completion, CompletionStatus> = {
  completed: COMPLETION_STATUS.completed,
  incomplete: COMPLETION_STATUS.incomplete,
};
const SUCCESS_WORD: Record<Success, SuccessStatus> = {
  passed: SUCCESS_STATUS.passed,
  failed: SUCCESS_STATUS.failed,
  unknown: SUCCESS_STATUS.unknown,
};

/** `cmi.interactions.n.result` (RTE 4.2.9): 2004 says `incorrect` where 1.2 says `wrong`. */
export const SCORM2004_RESULT: Record<Interaction["result"], string> = {
  correct: "correct",
  incorrect: "incorrect",
  neutral: "neutral",
};

/** `cmi.interactions.n.type` (RTE 4.2.9): every type the course reports has its own word. */
export const SCORM2004_INTERACTION_TYPE: Record<InteractionType, string> = {
  choice: "choice",
  sequencing: "sequencing",
  matching: "matching",
  "long-fill-in": "long-fill-in",
  other: "other",
};

/** Between the parts of a list: options, steps, matched pairs (RTE 4.2.9.1, 4.2.9.2: `[,]`). */
export const SCORM2004_RESPONSE_SEPARATOR = "[,]";
/** Between a matched pair's source and target: `source[.]target` (RTE 4.2.9.1, 4.2.9.2, matching). */
export const SCORM2004_PAIR_SEPARATOR = "[.]";

/** What every type shares; a list has no text limit of its own, a text no separators. */
const BASE_FORMAT = {
  separator: SCORM2004_RESPONSE_SEPARATOR,
  pair: SCORM2004_PAIR_SEPARATOR,
  maxLength: SCORM2004_LIMITS.text,
  localized: false,
} as const;

/**
 * How each type is written in 2004 (RTE 4.2.9.1 correct_responses.n.pattern, 4.2.9.2
 * learner_response): choice and sequencing `a[,]b`, matching `s[.]t[,]s2[.]t2`; a long-fill-in is
 * a localized_string_type(4000), whose start may be a `{lang=…}` delimiter (responses.ts makes it
 * unambiguous), and an other a characterstring(4000). Texts are cut at the SPM of 4000.
 */
export const SCORM2004_INTERACTION_FORMAT: InteractionFormats = {
  choice: { ...BASE_FORMAT, type: SCORM2004_INTERACTION_TYPE.choice },
  sequencing: { ...BASE_FORMAT, type: SCORM2004_INTERACTION_TYPE.sequencing },
  matching: { ...BASE_FORMAT, type: SCORM2004_INTERACTION_TYPE.matching },
  "long-fill-in": {
    ...BASE_FORMAT,
    type: SCORM2004_INTERACTION_TYPE["long-fill-in"],
    localized: true,
  },
  other: { ...BASE_FORMAT, type: SCORM2004_INTERACTION_TYPE.other },
};

/**
 * "suspend" even once the attempt is done. In 2004 "normal" (or "") ends the attempt and the
 * LMS gives the next launch an empty data model (RTE 4.2.8; Moodle's scorm_13lib.php loads the
 * earlier data only when cmi.exit is "suspend"): a learner coming back to review or to print
 * their record of learning would find nothing, and a new attempt would start "incomplete".
 * The result is in completion and success status, which do not depend on the exit.
 */
export const SCORM2004_EXIT: Record<Report["exit"], string> = {
  suspend: "suspend",
  done: "suspend",
};

const objective = (n: number) => ({
  id: `cmi.objectives.${n}.id`,
  description: `cmi.objectives.${n}.description`,
  scoreScaled: `cmi.objectives.${n}.score.scaled`,
  scoreRaw: `cmi.objectives.${n}.score.raw`,
  scoreMin: `cmi.objectives.${n}.score.min`,
  scoreMax: `cmi.objectives.${n}.score.max`,
  successStatus: `cmi.objectives.${n}.success_status`,
  completionStatus: `cmi.objectives.${n}.completion_status`,
});

const interaction = (n: number) => ({
  id: `cmi.interactions.${n}.id`,
  type: `cmi.interactions.${n}.type`,
  description: `cmi.interactions.${n}.description`,
  objectiveId: `cmi.interactions.${n}.objectives.0.id`,
  timestamp: `cmi.interactions.${n}.timestamp`,
  weighting: `cmi.interactions.${n}.weighting`,
  response: `cmi.interactions.${n}.learner_response`,
  correctPattern: `cmi.interactions.${n}.correct_responses.0.pattern`,
  result: `cmi.interactions.${n}.result`,
  latency: `cmi.interactions.${n}.latency`,
});

const E = SCORM2004_ELEMENTS;

/** A real number the LMS holds, or undefined when it holds none. */
function numberOf(value: string): number | undefined {
  if (value.trim() === "") return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

export const SCORM2004: DataModel = {
  kind: "scorm2004",
  name: "SCORM 2004",
  methods: SCORM2004_METHODS,
  // Undefined and unimplemented data model elements.
  unimplementedErrors: [401, 402],
  optionalElements: ["cmi.objectives.n.description", "cmi.interactions.n.description"],
  // Type mismatch, value out of range: the "data model element value" family.
  valueErrors: [406, 407],
  maxLength: {
    [E.suspendData]: SCORM2004_LIMITS.suspendData,
    [E.location]: SCORM2004_LIMITS.location,
  },
  elements: E,
  newAttemptEntry: "ab-initio",
  objectiveId: (n) => objective(n).id,
  interactionId: (n) => interaction(n).id,

  readStatus(read): StatusAtStart {
    const completion = read(E.completionStatus);
    const success = read(E.successStatus);
    const held: HeldStatus = {
      completion: HELD_COMPLETION[completion as CompletionStatus] ?? "unknown",
      success: HELD_SUCCESS[success as SuccessStatus] ?? "unknown",
    };
    // Raw is the course's own 0–100; an LMS that set only the scaled score gets it from that.
    let passedScore: number | undefined;
    if (held.success === "passed") {
      passedScore = numberOf(read(E.scoreRaw));
      if (passedScore === undefined) {
        const scaled = numberOf(read(E.scoreScaled));
        passedScore = scaled === undefined ? undefined : Math.round(scaled * 10_000) / 100;
      }
    }
    return {
      held,
      neverAttempted: NEVER_ATTEMPTED.has(completion),
      ...(passedScore === undefined ? {} : { passedScore }),
    };
  },

  firstLaunchWrites: [[E.completionStatus, COMPLETION_STATUS.incomplete]],

  masteryScoreOf(value) {
    if (value.trim() === "") return undefined;
    const scaled = Number(value);
    // The element allows −1..1, but a pass mark below 0 would pass everyone: only 0..1 is taken.
    if (!Number.isFinite(scaled) || scaled < 0 || scaled > 1) return undefined;
    return Math.round(scaled * 10_000) / 100;
  },

  reportWrites(report) {
    const writes: Write[] = [];
    if (report.location !== null) writes.push([E.location, report.location]);
    writes.push(
      [E.suspendData, report.suspendData],
      [E.completionStatus, COMPLETION_WORD[report.completion]],
      [E.successStatus, SUCCESS_WORD[report.success]],
    );
    if (report.score) {
      writes.push(
        [E.scoreScaled, decimal(clamp(report.score.scaled, -1, 1))],
        [E.scoreRaw, decimal(report.score.raw)],
        [E.scoreMin, decimal(report.score.min)],
        [E.scoreMax, decimal(report.score.max)],
      );
    }
    writes.push(
      [E.progressMeasure, decimal(clamp(report.progressMeasure, 0, 1))],
      [E.exit, SCORM2004_EXIT[report.exit]],
    );
    return writes;
  },

  objectiveWrites(n, o) {
    const el = objective(n);
    const writes: Write[] = [[el.id, o.id]];
    if (o.description !== "") {
      writes.push([el.description, truncate(o.description, SCORM2004_LIMITS.description)]);
    }
    if (o.scaled !== undefined) writes.push([el.scoreScaled, decimal(clamp(o.scaled, -1, 1))]);
    if (o.raw !== undefined) writes.push([el.scoreRaw, decimal(o.raw)]);
    if (o.scaled !== undefined || o.raw !== undefined) {
      writes.push([el.scoreMin, "0"], [el.scoreMax, "100"]);
    }
    writes.push(
      [el.successStatus, SUCCESS_WORD[o.success]],
      [el.completionStatus, COMPLETION_WORD[o.completion]],
    );
    return writes;
  },

  clearObjectiveScore: null,

  interactionWrites(n, i) {
    const el = interaction(n);
    // The type comes straight after the id: 2004 refuses a response or pattern before it (408).
    const writes: Write[] = [
      [el.id, i.id],
      [el.type, SCORM2004_INTERACTION_FORMAT[i.type].type],
    ];
    if (i.description !== "") {
      writes.push([el.description, truncate(i.description, SCORM2004_LIMITS.description)]);
    }
    if (i.objective !== "") writes.push([el.objectiveId, i.objective]);
    const timestamp = iso8601Timestamp(i.timestamp);
    if (timestamp !== "") writes.push([el.timestamp, timestamp]);
    writes.push([el.weighting, decimal(i.weighting)]);
    // 2004 refuses an empty choice response (406); leave any empty response or pattern unwritten.
    const { response, correct } = responsesOf(i, SCORM2004_INTERACTION_FORMAT);
    if (response !== "") writes.push([el.response, response]);
    if (correct !== "") writes.push([el.correctPattern, correct]);
    writes.push(
      [el.result, SCORM2004_RESULT[i.result]],
      [el.latency, iso8601Duration(i.latencyMs)],
    );
    return writes;
  },

  sessionTime: iso8601Duration,
  // Terminate implies a commit in 2004; a second synchronous request on page close can be refused.
  commitBeforeTerminate: false,
};

/** A SCORM 2004 connection over the LMS's `window.API_1484_11` object. */
export function scorm2004Connection(api: object, options?: ConnectionOptions): ScormConnection {
  return new ScormConnection(api, SCORM2004, options);
}
