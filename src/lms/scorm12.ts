/**
 * SCORM 1.2 as tables: its API method names, error codes, element names and vocabulary, and how
 * a version-neutral report becomes 1.2 values. The session logic is shared (session.ts).
 */

import type { Interaction, InteractionType } from "../kit/interaction.js";
import type { Completion, Success } from "../progress/progress.js";
import type { HeldStatus, Report } from "../progress/report.js";
import { SCORM12_API_NAME, SCORM12_METHODS } from "./apis.js";
import { clamp, type DataModel, decimal, type StatusAtStart, type Write } from "./datamodel.js";
import { type InteractionFormat, type InteractionFormats, responsesOf } from "./responses.js";
import { type ConnectionOptions, ScormConnection } from "./session.js";
import { scorm12Time, scorm12Timespan } from "./time.js";

export { SCORM12_API_NAME, SCORM12_METHODS };

export const SCORM12_ELEMENTS = {
  entry: "cmi.core.entry",
  location: "cmi.core.lesson_location",
  suspendData: "cmi.suspend_data",
  learnerName: "cmi.core.student_name",
  lessonStatus: "cmi.core.lesson_status",
  masteryScore: "cmi.student_data.mastery_score",
  mode: "cmi.core.lesson_mode",
  credit: "cmi.core.credit",
  scoreRaw: "cmi.core.score.raw",
  scoreMin: "cmi.core.score.min",
  scoreMax: "cmi.core.score.max",
  exit: "cmi.core.exit",
  sessionTime: "cmi.core.session_time",
  objectiveCount: "cmi.objectives._count",
  interactionCount: "cmi.interactions._count",
} as const;

export const SCORM12_LIMITS = {
  /** CMIString4096. */
  suspendData: 4096,
  /** CMIString255. */
  location: 255,
  /** CMIFeedback (student_response, correct_responses.n.pattern) is a CMIString255 (RTE 3.4.2). */
  feedback: 255,
} as const;

/** The vocabulary of `cmi.core.lesson_status` and `cmi.objectives.n.status`. */
export const LESSON_STATUS = {
  passed: "passed",
  completed: "completed",
  failed: "failed",
  incomplete: "incomplete",
  browsed: "browsed",
  notAttempted: "not attempted",
} as const;
export type LessonStatus = (typeof LESSON_STATUS)[keyof typeof LESSON_STATUS];

/** What each status word, read at start, says about completion and success. */
const HELD_BY_LESSON_STATUS: Record<LessonStatus, HeldStatus> = {
  passed: { completion: "completed", success: "passed" },
  completed: { completion: "completed", success: "unknown" },
  // A failed learner may not have seen every module: failing says nothing about completion.
  failed: { completion: "unknown", success: "failed" },
  incomplete: { completion: "incomplete", success: "unknown" },
  browsed: { completion: "incomplete", success: "unknown" },
  "not attempted": { completion: "unknown", success: "unknown" },
};

/** Words that mean the LMS has no status yet; some LMSs leave the element empty. */
const NEVER_ATTEMPTED: ReadonlySet<string> = new Set([LESSON_STATUS.notAttempted, ""]);

/** 1.2 has one status word: a pass or fail says more than completion, so it wins. */
const STATUS_BY_SUCCESS: Record<Success, LessonStatus | undefined> = {
  passed: LESSON_STATUS.passed,
  failed: LESSON_STATUS.failed,
  unknown: undefined,
};
const STATUS_BY_COMPLETION: Record<Completion, LessonStatus> = {
  completed: LESSON_STATUS.completed,
  incomplete: LESSON_STATUS.incomplete,
};

export function lessonStatusOf(completion: Completion, success: Success): LessonStatus {
  return STATUS_BY_SUCCESS[success] ?? STATUS_BY_COMPLETION[completion];
}

/** `cmi.interactions.n.result` (RTE 3.4.2, cmi.interactions.n.result): 1.2 says `wrong` where 2004 says `incorrect`. */
export const SCORM12_RESULT: Record<Interaction["result"], string> = {
  correct: "correct",
  incorrect: "wrong",
  neutral: "neutral",
};

/** Between the parts of a list response: options, steps, matched pairs (RTE 3.4.2, cmi.interactions.n.student_response). */
export const SCORM12_RESPONSE_SEPARATOR = ",";
/** Between a matched pair's source and target: `source.target` (RTE 3.4.2, matching). */
export const SCORM12_PAIR_SEPARATOR = ".";

/**
 * `cmi.interactions.n.type` (RTE 3.4.2: true-false, choice, fill-in, numeric, likert,
 * matching, performance, sequencing). 1.2 has no long-fill-in: a long text is a `fill-in`; nor
 * other: anything else is a `performance`. Both are cut to CMIFeedback's 255 characters.
 */
export const SCORM12_INTERACTION_TYPE: Record<InteractionType, string> = {
  choice: "choice",
  sequencing: "sequencing",
  matching: "matching",
  "long-fill-in": "fill-in",
  other: "performance",
};

/**
 * 1.2 writes every type alike (RTE 3.4.2, student_response and correct_responses.n.pattern): choice and sequencing parts are single characters
 * [0-9a-z] separated by commas, matching is `source.target` pairs separated by commas, and any
 * text is a CMIFeedback: one CMIString255, with no language delimiter.
 */
const formatOf = (type: InteractionType): InteractionFormat => ({
  type: SCORM12_INTERACTION_TYPE[type],
  separator: SCORM12_RESPONSE_SEPARATOR,
  pair: SCORM12_PAIR_SEPARATOR,
  maxLength: SCORM12_LIMITS.feedback,
  localized: false,
});

export const SCORM12_INTERACTION_FORMAT: InteractionFormats = {
  choice: formatOf("choice"),
  sequencing: formatOf("sequencing"),
  matching: formatOf("matching"),
  "long-fill-in": formatOf("long-fill-in"),
  other: formatOf("other"),
};

/**
 * `""` once the attempt is done: 1.2's normal exit (RTE 3.4.4). 1.2 has no attempts to end, so
 * the LMS keeps the data (Moodle's scorm_12lib.php loads every track whatever the exit) and
 * sets `cmi.core.entry` to `""` instead of "resume"; the course resumes from suspend_data.
 */
export const SCORM12_EXIT: Record<Report["exit"], string> = { suspend: "suspend", done: "" };

const objective = (n: number) => ({
  id: `cmi.objectives.${n}.id`,
  scoreRaw: `cmi.objectives.${n}.score.raw`,
  scoreMin: `cmi.objectives.${n}.score.min`,
  scoreMax: `cmi.objectives.${n}.score.max`,
  status: `cmi.objectives.${n}.status`,
});

const interaction = (n: number) => ({
  id: `cmi.interactions.${n}.id`,
  type: `cmi.interactions.${n}.type`,
  objectiveId: `cmi.interactions.${n}.objectives.0.id`,
  time: `cmi.interactions.${n}.time`,
  weighting: `cmi.interactions.${n}.weighting`,
  response: `cmi.interactions.${n}.student_response`,
  correctPattern: `cmi.interactions.${n}.correct_responses.0.pattern`,
  result: `cmi.interactions.${n}.result`,
  latency: `cmi.interactions.${n}.latency`,
});

const E = SCORM12_ELEMENTS;

/** A CMIDecimal score as a number, or undefined when the LMS holds none. */
function scoreOf(value: string): number | undefined {
  if (value.trim() === "") return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

export const SCORM12: DataModel = {
  kind: "scorm12",
  name: "SCORM 1.2",
  methods: SCORM12_METHODS,
  // 1.2 has one code for an element the LMS does not know or does not implement.
  unimplementedErrors: [401],
  // 1.2 has no descriptions; everything the course sends counts.
  optionalElements: [],
  // 405 Incorrect Data Type.
  valueErrors: [405],
  maxLength: { [E.suspendData]: SCORM12_LIMITS.suspendData, [E.location]: SCORM12_LIMITS.location },
  elements: E,
  newAttemptEntry: "ab-initio",
  objectiveId: (n) => objective(n).id,
  // Interactions are write-only in 1.2: their ids cannot be read back, only appended to.
  interactionId: null,

  readStatus(read): StatusAtStart {
    const word = read(E.lessonStatus);
    const held = HELD_BY_LESSON_STATUS[word as LessonStatus] ?? {
      completion: "unknown",
      success: "unknown",
    };
    const passedScore = held.success === "passed" ? scoreOf(read(E.scoreRaw)) : undefined;
    return {
      held,
      neverAttempted: NEVER_ATTEMPTED.has(word),
      ...(passedScore === undefined ? {} : { passedScore }),
    };
  },

  firstLaunchWrites: [[E.lessonStatus, LESSON_STATUS.incomplete]],

  masteryScoreOf(value) {
    if (value.trim() === "") return undefined;
    const n = Number(value);
    return Number.isFinite(n) && n >= 0 && n <= 100 ? n : undefined;
  },

  reportWrites(report) {
    const writes: Write[] = [];
    if (report.location !== null) writes.push([E.location, report.location]);
    writes.push([E.suspendData, report.suspendData]);
    writes.push([E.lessonStatus, lessonStatusOf(report.completion, report.success)]);
    if (report.score) {
      writes.push(
        [E.scoreRaw, decimal(clamp(report.score.raw, 0, 100))],
        [E.scoreMin, decimal(report.score.min)],
        [E.scoreMax, decimal(report.score.max)],
      );
    }
    writes.push([E.exit, SCORM12_EXIT[report.exit]]);
    return writes;
  },

  objectiveWrites(n, o) {
    const el = objective(n);
    const writes: Write[] = [[el.id, o.id]];
    if (o.raw !== undefined) {
      writes.push(
        [el.scoreRaw, decimal(clamp(o.raw, 0, 100))],
        [el.scoreMin, "0"],
        [el.scoreMax, "100"],
      );
    }
    writes.push([el.status, lessonStatusOf(o.completion, o.success)]);
    return writes;
  },

  // CMIDecimal or CMIBlank (RTE 3.4.2.7): an empty score is a valid value.
  clearObjectiveScore: (n) => [objective(n).scoreRaw, ""],

  interactionWrites(n, i) {
    const el = interaction(n);
    const writes: Write[] = [
      [el.id, i.id],
      [el.type, SCORM12_INTERACTION_FORMAT[i.type].type],
    ];
    if (i.objective !== "") writes.push([el.objectiveId, i.objective]);
    const time = scorm12Time(i.timestamp);
    if (time !== "") writes.push([el.time, time]);
    writes.push([el.weighting, decimal(i.weighting)]);
    // An empty response or pattern is no valid one; leave it unwritten rather than have it refused.
    const { response, correct } = responsesOf(i, SCORM12_INTERACTION_FORMAT);
    if (response !== "") writes.push([el.response, response]);
    if (correct !== "") writes.push([el.correctPattern, correct]);
    writes.push([el.result, SCORM12_RESULT[i.result]], [el.latency, scorm12Timespan(i.latencyMs)]);
    return writes;
  },

  sessionTime: scorm12Timespan,
  commitBeforeTerminate: true,
};

/** A SCORM 1.2 connection over the LMS's `window.API` object. */
export function scorm12Connection(api: object, options?: ConnectionOptions): ScormConnection {
  return new ScormConnection(api, SCORM12, options);
}
