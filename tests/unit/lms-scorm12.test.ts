import { Scorm12API } from "scorm-again";
import { describe, expect, it, vi } from "vitest";
import { sortAnswerable } from "../../src/blocks/sort/rules.js";
import { interactionOf } from "../../src/kit/response.js";
import { lessonStatusOf, scorm12Connection } from "../../src/lms/scorm12.js";
import type { Interaction } from "../../src/progress/report.js";
import { withFirstThemeUnjudged } from "../helpers/fake-lms.js";
import {
  ANSWERED,
  choiceAnswer,
  clock,
  partWayReport,
  SORT,
  sampleReport,
} from "../helpers/lms-session.js";

/** scorm-again playing a SCORM 1.2 LMS that keeps everything in memory. */
function lms(saved?: Record<string, unknown>) {
  const api = new Scorm12API({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
  if (saved) api.loadFromJSON(saved);
  const calls = {
    initialize: vi.spyOn(api, "LMSInitialize"),
    set: vi.spyOn(api, "LMSSetValue"),
    commit: vi.spyOn(api, "LMSCommit"),
    finish: vi.spyOn(api, "LMSFinish"),
    get: vi.spyOn(api, "LMSGetValue"),
  };
  /** What the LMS holds, read the way it would send it to its server. */
  const cmi = () => JSON.parse(api.renderCMIToJSONString()).cmi;
  /** The last value the course sent for an element, before scorm-again reformats it. */
  const sent = (element: string) =>
    calls.set.mock.calls.filter(([e]) => e === element).at(-1)?.[1] as string | undefined;
  /** SetValue calls the LMS refused, as "element=value". */
  const refused = () =>
    calls.set.mock.calls
      .filter((_, i) => calls.set.mock.results[i]?.value !== "true")
      .map(([e, v]) => `${e}=${v}`);
  return { api, calls, cmi, sent, refused };
}

function connection(api: object, time = clock()) {
  return scorm12Connection(api, { now: time.now, log: () => {} });
}

const report = sampleReport;

const interaction = choiceAnswer;

/** A session that records one interaction: what the LMS holds for it, and what it refused. */
function recorded(answer: Interaction) {
  const { api, cmi, sent, refused } = lms();
  const c = connection(api);
  c.start();
  const state = c.save(report(), [answer]);
  return { record: cmi().interactions["0"], sent, refused: refused(), state };
}

const CMI_TIMESPAN = /^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/;

describe("SCORM 1.2: starting a session", () => {
  it("initialises once and marks a first launch incomplete, committed at once", () => {
    const { api, calls, cmi } = lms();
    const start = connection(api).start();
    expect(calls.initialize).toHaveBeenCalledTimes(1);
    expect(calls.initialize).toHaveBeenCalledWith("");
    expect(cmi().core.lesson_status).toBe("incomplete");
    expect(calls.commit).toHaveBeenCalledTimes(1);
    expect(start).toEqual({
      suspendData: "",
      location: "",
      held: { completion: "unknown", success: "unknown" },
      firstLaunch: true,
    });
  });

  it("resumes with the saved state, bookmark, learner name and status the LMS holds", () => {
    const { api, calls } = lms({
      suspend_data: "1|m3|m1,m2,m3||",
      core: {
        lesson_status: "incomplete",
        lesson_location: "m3",
        student_name: "Doe, Jane",
        entry: "resume",
      },
    });
    const c = connection(api);
    expect(c.start()).toEqual({
      suspendData: "1|m3|m1,m2,m3||",
      location: "m3",
      learnerName: "Doe, Jane",
      held: { completion: "incomplete", success: "unknown" },
      firstLaunch: false,
    });
    expect(calls.set).not.toHaveBeenCalled();
    expect(calls.commit).not.toHaveBeenCalled();
    expect(c.saveState).toBe("saved");
  });

  it("honours the LMS's mastery score as the pass mark", () => {
    const { api } = lms({
      core: { lesson_status: "incomplete" },
      student_data: { mastery_score: "80" },
    });
    expect(connection(api).start().masteryScore).toBe(80);
  });

  it("leaves the pass mark to the course when the LMS gives no mastery score", () => {
    const { api } = lms({ core: { lesson_status: "incomplete" } });
    expect(connection(api).start()).not.toHaveProperty("masteryScore");
  });

  it("reads each held status word into completion and success", () => {
    const cases = [
      ["passed", { completion: "completed", success: "passed" }],
      ["completed", { completion: "completed", success: "unknown" }],
      ["failed", { completion: "unknown", success: "failed" }],
      ["incomplete", { completion: "incomplete", success: "unknown" }],
      ["browsed", { completion: "incomplete", success: "unknown" }],
    ] as const;
    for (const [word, held] of cases) {
      const { api } = lms({ core: { lesson_status: word } });
      expect(connection(api).start().held, word).toEqual(held);
    }
  });

  it("calling start again neither re-initialises nor reads again", () => {
    const { api, calls } = lms();
    const c = connection(api);
    const first = c.start();
    const reads = calls.get.mock.calls.length;
    expect(c.start()).toBe(first);
    expect(calls.initialize).toHaveBeenCalledTimes(1);
    expect(calls.get.mock.calls.length).toBe(reads);
  });
});

describe("SCORM 1.2: saving", () => {
  it("sends bookmark, saved state, status, score and exit, then commits", () => {
    const { api, calls, cmi } = lms();
    const c = connection(api);
    c.start();
    calls.commit.mockClear();
    expect(c.save(report({ completion: "completed", success: "failed" }), [])).toBe("saved");
    const core = cmi().core;
    expect(core.lesson_location).toBe("m2");
    expect(cmi().suspend_data).toBe("1|m2|m1,m2|q-signs=ac.1|");
    expect(core.lesson_status).toBe("failed");
    expect(core.score).toEqual({ raw: "50", min: "0", max: "100" });
    expect(core.exit).toBe("suspend");
    expect(calls.commit).toHaveBeenCalledTimes(1);
    expect(calls.commit).toHaveBeenCalledWith("");
    expect(c.saveState).toBe("saved");
  });

  it("gets no running score from a part-way report, so an LMS with a mastery score cannot fail the learner early", () => {
    const { api, calls, cmi } = lms({ student_data: { mastery_score: "80" } });
    const c = connection(api);
    c.start();
    const partWay = partWayReport();
    c.save(partWay, []);
    c.finish(partWay);
    const elements = calls.set.mock.calls.map(([element]) => element);
    expect(elements.filter((e) => e.startsWith("cmi.core.score"))).toEqual([]);
    expect(cmi().core.lesson_status).toBe("incomplete");
  });

  it("sends the score with the result", () => {
    const { api, cmi } = lms();
    const c = connection(api);
    c.start();
    c.save(report({ completion: "incomplete", success: "unknown" }), []);
    c.save(
      report({
        completion: "completed",
        success: "passed",
        score: { raw: 84.62, min: 0, max: 100, scaled: 0.8462 },
      }),
      [],
    );
    expect(cmi().core.score).toEqual({ raw: "84.62", min: "0", max: "100" });
    expect(cmi().core.lesson_status).toBe("passed");
  });

  it("writes session time as a CMITimespan at every save, for a session that never finishes", () => {
    const time = clock();
    const { api, cmi, sent } = lms();
    const c = connection(api, time);
    c.start();
    time.advance(3_723_450);
    c.save(report(), []);
    expect(sent("cmi.core.session_time")).toBe("01:02:03.45");
    expect(cmi().core.session_time).toMatch(CMI_TIMESPAN);
  });

  it("says passed or failed when the course is scored, completed when it is not", () => {
    const cases = [
      ["incomplete", "unknown", "incomplete"],
      ["completed", "unknown", "completed"],
      ["completed", "passed", "passed"],
      ["incomplete", "passed", "passed"],
      ["completed", "failed", "failed"],
    ] as const;
    for (const [completion, success, word] of cases) {
      expect(lessonStatusOf(completion, success)).toBe(word);
      const { api, cmi } = lms();
      const c = connection(api);
      c.start();
      c.save(report({ completion, success }), []);
      expect(cmi().core.lesson_status, `${completion}/${success}`).toBe(word);
    }
  });

  it("sends no score before a scored question is answered", () => {
    const { api, calls } = lms();
    const c = connection(api);
    c.start();
    c.save(report({ score: undefined }), []);
    const elements = calls.set.mock.calls.map(([element]) => element);
    expect(elements.filter((e) => e.startsWith("cmi.core.score"))).toEqual([]);
  });

  it("a passed learner stays passed when they come back to review", () => {
    const { api, cmi } = lms({ core: { lesson_status: "passed", entry: "resume" } });
    const c = connection(api);
    expect(c.start().held).toEqual({ completion: "completed", success: "passed" });
    c.save(report({ completion: "incomplete", success: "unknown" }), []);
    expect(cmi().core.lesson_status).toBe("passed");
  });

  it("a passed learner's score is not lowered when they answer again after their saved state was lost", () => {
    const { api, cmi } = lms({
      core: {
        lesson_status: "passed",
        entry: "resume",
        score: { raw: "100", min: "0", max: "100" },
      },
    });
    const c = connection(api);
    c.start();
    c.save(report({ score: { raw: 0, min: 0, max: 100, scaled: 0 }, success: "failed" }), []);
    expect(cmi().core.lesson_status).toBe("passed");
    expect(cmi().core.score).toMatchObject({ raw: "100", min: "0", max: "100" });
  });

  it("a passed learner who does better when they come back gets the better score", () => {
    const { api, cmi } = lms({
      core: {
        lesson_status: "passed",
        entry: "resume",
        score: { raw: "85", min: "0", max: "100" },
      },
    });
    const c = connection(api);
    c.start();
    c.save(report({ score: { raw: 100, min: 0, max: 100, scaled: 1 }, success: "passed" }), []);
    expect(cmi().core.score.raw).toBe("100");
    c.save(report({ score: { raw: 90, min: 0, max: 100, scaled: 0.9 }, success: "passed" }), []);
    expect(cmi().core.score.raw).toBe("100");
  });

  it("a learner who passed in this session is not reported lower later in it", () => {
    const { api, cmi } = lms();
    const c = connection(api);
    c.start();
    c.save(report({ completion: "completed", success: "passed" }), []);
    c.save(report({ completion: "incomplete", success: "unknown" }), []);
    expect(cmi().core.lesson_status).toBe("passed");
  });

  it("records one objective per theme with its score and status", () => {
    const { api, cmi } = lms();
    const c = connection(api);
    c.start();
    c.save(report(), []);
    const objectives = cmi().objectives;
    expect(objectives["0"]).toEqual({
      id: "recognise",
      status: "passed",
      score: { raw: "100", min: "0", max: "100" },
    });
    expect(objectives["1"]).toMatchObject({ id: "respond", status: "incomplete" });
    expect(Object.keys(objectives)).toHaveLength(2);
  });

  it("updates an objective the LMS already holds in place instead of adding another", () => {
    const { api, cmi } = lms({
      core: { lesson_status: "incomplete" },
      objectives: { "0": { id: "respond", status: "incomplete" } },
    });
    const c = connection(api);
    c.start();
    c.save(report(), []);
    c.save(report(), []);
    const objectives = cmi().objectives;
    expect(Object.keys(objectives)).toHaveLength(2);
    expect(objectives["0"].id).toBe("respond");
    expect(objectives["1"]).toMatchObject({ id: "recognise", status: "passed" });
  });

  it("takes a theme's old score away once its result is no longer known (a republished course replaced its questions)", () => {
    const { api, cmi, refused } = lms({
      core: { lesson_status: "incomplete" },
      objectives: {
        "0": { id: "recognise", status: "passed", score: { raw: "100", min: "0", max: "100" } },
      },
    });
    const c = connection(api);
    c.start();
    c.save(withFirstThemeUnjudged(report()), []);
    expect(refused()).toEqual([]);
    expect(c.saveState).toBe("saved");
    expect(cmi().objectives["0"]).toMatchObject({
      id: "recognise",
      status: "incomplete",
      score: { raw: "" },
    });
  });

  it("keeps saving when an LMS refuses to empty a theme's old score, and says so once", () => {
    const api = new Scorm12API({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
    api.loadFromJSON({
      core: { lesson_status: "incomplete" },
      objectives: { "0": { id: "recognise", status: "passed", score: { raw: "100" } } },
    });
    const setValue = api.LMSSetValue.bind(api);
    const set = vi
      .spyOn(api, "LMSSetValue")
      .mockImplementation((element: string, value: unknown) =>
        element === "cmi.objectives.0.score.raw" && value === ""
          ? "false"
          : setValue(element, value),
      );
    const log: string[] = [];
    const c = scorm12Connection(api, { now: clock().now, log: (m) => log.push(m) });
    c.start();
    const changed = withFirstThemeUnjudged(report());
    expect(c.save(changed, [])).toBe("saved");
    expect(c.save(changed, [])).toBe("saved");
    expect(log.filter((m) => m.includes("refused to empty objective recognise"))).toHaveLength(1);
    expect(
      set.mock.calls.filter(([e, v]) => e === "cmi.objectives.0.score.raw" && v === ""),
    ).toHaveLength(1);
  });

  it("records an answer as an interaction in the 1.2 vocabulary", () => {
    const { api, cmi, sent } = lms();
    const c = connection(api);
    c.start();
    c.save(report(), [
      interaction({ response: ["a", "c"], correct: ["a", "b"], result: "incorrect" }),
    ]);
    expect(cmi().interactions["0"]).toEqual({
      id: "q-signs",
      type: "choice",
      objectives: { "0": { id: "recognise" } },
      time: "09:30:15",
      weighting: "1",
      student_response: "a,c",
      correct_responses: { "0": { pattern: "a,b" } },
      result: "wrong",
      latency: "00:00:05.20",
    });
    // scorm-again quietly turns "incorrect" into "wrong": check the word the course sent.
    expect(sent("cmi.interactions.0.result")).toBe("wrong");
  });

  it("appends each new answer and never rewrites one already committed", () => {
    const { api, calls, cmi } = lms();
    const c = connection(api);
    c.start();
    const first = interaction();
    c.save(report(), [first]);
    calls.set.mockClear();
    // The player may pass the same interaction again; it is not written twice.
    const second = interaction({ id: "q-report", timestamp: new Date(2024, 4, 6, 9, 31, 0) });
    c.save(report(), [first, second]);
    const written = calls.set.mock.calls.map(([element]) => element);
    expect(written.some((e) => e.startsWith("cmi.interactions.0."))).toBe(false);
    expect(Object.keys(cmi().interactions)).toEqual(["0", "1"]);
    expect(cmi().interactions["1"].id).toBe("q-report");
  });

  it("appends a second attempt at the same question as its own record", () => {
    const { api, cmi } = lms();
    const c = connection(api);
    c.start();
    c.save(report(), [interaction({ result: "incorrect", response: ["b"] })]);
    c.save(report(), [interaction({ timestamp: new Date(2024, 4, 6, 9, 40, 0) })]);
    const records = cmi().interactions;
    expect(records["0"]).toMatchObject({ id: "q-signs", result: "wrong", student_response: "b" });
    expect(records["1"]).toMatchObject({
      id: "q-signs",
      result: "correct",
      student_response: "a,c",
    });
  });

  it("appends after the interactions of earlier sessions", () => {
    const { api, cmi } = lms({
      core: { lesson_status: "incomplete" },
      interactions: { "0": { id: "q-old", type: "choice", result: "correct" } },
    });
    const c = connection(api);
    c.start();
    c.save(report(), [interaction()]);
    expect(cmi().interactions["1"].id).toBe("q-signs");
  });

  it("sends only what changed since the last successful save", () => {
    const time = clock();
    const { api, calls } = lms();
    const c = connection(api, time);
    c.start();
    c.save(report(), []);
    calls.set.mockClear();
    time.advance(1_000);
    c.save(report(), []);
    expect(calls.set.mock.calls.map(([element]) => element)).toEqual(["cmi.core.session_time"]);
  });

  it("tells listeners when a save starts and ends", () => {
    const { api } = lms();
    const c = connection(api);
    const states: string[] = [];
    c.onSaveStateChange((s) => states.push(s));
    c.start();
    c.save(report(), []);
    expect(states).toEqual(["saving", "saved"]);
  });
});

/** The 1.2 word for each type: it has no long-fill-in nor other. */
const TYPE_WORD: Record<Interaction["type"], string> = {
  choice: "choice",
  sequencing: "sequencing",
  matching: "matching",
  "long-fill-in": "fill-in",
  other: "performance",
};

describe("SCORM 1.2: every interaction type", () => {
  it("records a sequence put out of order as a sequencing interaction, judged wrong", () => {
    const { record, refused, state } = recorded({
      ...ANSWERED,
      id: "q-order",
      type: "sequencing",
      response: ["b", "a", "c"],
      correct: ["a", "b", "c"],
      result: "incorrect",
    });
    expect(record).toEqual({
      id: "q-order",
      type: "sequencing",
      objectives: { "0": { id: "recognise" } },
      time: "09:30:15",
      weighting: "1",
      student_response: "b,a,c",
      correct_responses: { "0": { pattern: "a,b,c" } },
      result: "wrong",
      latency: "00:00:05.20",
    });
    expect(refused).toEqual([]);
    expect(state).toBe("saved");
  });

  it("records a practice sort as card.group pairs, a group named by several cards, weighting 0", () => {
    const item = sortAnswerable(SORT);
    const answer = interactionOf(item, ["t", "t", "c"], 4_000, ANSWERED.timestamp);
    const { record, refused } = recorded(answer);
    expect(record).toMatchObject({
      id: "sort-told",
      type: "matching",
      weighting: "0",
      student_response: "a.t,b.t,c.c",
      correct_responses: { "0": { pattern: "a.t,b.c,c.t" } },
      result: "wrong",
    });
    expect(refused).toEqual([]);
  });

  it("records matched pairs as source.target, separated by commas", () => {
    const { record, refused } = recorded({
      ...ANSWERED,
      id: "q-match",
      type: "matching",
      response: [
        ["a", "x"],
        ["b", "y"],
      ],
      correct: [
        ["a", "y"],
        ["b", "x"],
      ],
      result: "incorrect",
    });
    expect(record).toMatchObject({
      id: "q-match",
      type: "matching",
      student_response: "a.x,b.y",
      correct_responses: { "0": { pattern: "a.y,b.x" } },
      result: "wrong",
    });
    expect(refused).toEqual([]);
  });

  it("records a long text as fill-in, cut to CMIFeedback's 255 characters, neutral and with no pattern", () => {
    const text = "I would listen, ".repeat(19).slice(0, 300);
    expect(text).toHaveLength(300);
    const { record, sent, refused } = recorded({
      ...ANSWERED,
      id: "r-reflect",
      type: "long-fill-in",
      response: text,
      result: "neutral",
    });
    expect(record).toMatchObject({
      id: "r-reflect",
      type: "fill-in",
      student_response: text.slice(0, 255),
      result: "neutral",
    });
    expect(sent("cmi.interactions.0.student_response")).toHaveLength(255);
    expect(sent("cmi.interactions.0.correct_responses.0.pattern")).toBeUndefined();
    expect(refused).toEqual([]);
  });

  it("never cuts a long text through a surrogate pair", () => {
    const text = `${"x".repeat(254)}😀 and more`;
    const { record, refused } = recorded({
      ...ANSWERED,
      id: "r-reflect",
      type: "long-fill-in",
      response: text,
      result: "neutral",
    });
    expect(record.student_response).toBe("x".repeat(254));
    expect(refused).toEqual([]);
  });

  it("writes a text's line breaks as spaces, which the LMS takes", () => {
    const { record, refused } = recorded({
      ...ANSWERED,
      id: "r-reflect",
      type: "long-fill-in",
      response: "First,\r\nthen\nlast",
      result: "neutral",
    });
    expect(record.student_response).toBe("First, then last");
    expect(refused).toEqual([]);
  });

  it("writes a text that begins with {lang= as it is: 1.2 has no language delimiter", () => {
    const { record, refused } = recorded({
      ...ANSWERED,
      id: "r-reflect",
      type: "long-fill-in",
      response: "{lang=fr} is how I would start",
      result: "neutral",
    });
    expect(record.student_response).toBe("{lang=fr} is how I would start");
    expect(refused).toEqual([]);
  });

  it("records any other answer as performance, response and pattern cut to 255", () => {
    const long = "step ".repeat(60);
    const { record, refused } = recorded({
      ...ANSWERED,
      id: "q-other",
      type: "other",
      response: long,
      correct: "call the designated lead",
      result: "correct",
    });
    expect(record).toMatchObject({
      id: "q-other",
      type: "performance",
      student_response: long.slice(0, 255),
      correct_responses: { "0": { pattern: "call the designated lead" } },
      result: "correct",
    });
    expect(refused).toEqual([]);
  });

  it.each<Interaction>([
    { ...ANSWERED, id: "q-a", type: "choice", response: [], correct: [], result: "incorrect" },
    { ...ANSWERED, id: "q-b", type: "sequencing", response: [], correct: [], result: "incorrect" },
    { ...ANSWERED, id: "q-c", type: "matching", response: [], correct: [], result: "incorrect" },
    { ...ANSWERED, id: "q-d", type: "long-fill-in", response: "", result: "neutral" },
    { ...ANSWERED, id: "q-e", type: "other", response: "", correct: "", result: "neutral" },
  ])("writes no empty response or pattern for $type", (answer) => {
    const { sent, refused, state } = recorded(answer);
    expect(sent("cmi.interactions.0.student_response")).toBeUndefined();
    expect(sent("cmi.interactions.0.correct_responses.0.pattern")).toBeUndefined();
    expect(sent("cmi.interactions.0.type")).toBe(TYPE_WORD[answer.type]);
    expect(refused).toEqual([]);
    expect(state).toBe("saved");
  });
});

describe("SCORM 1.2: leaving", () => {
  it("the LMS accepts every value a whole session sends", () => {
    const time = clock();
    const { api, refused } = lms({
      core: { lesson_status: "incomplete" },
      student_data: { mastery_score: "75" },
    });
    const c = connection(api, time);
    c.start();
    time.advance(12_345);
    c.save(report(), [interaction()]);
    c.save(report({ location: null, score: undefined }), [
      interaction({
        id: "q-report",
        response: ["b"],
        correct: ["a"],
        result: "incorrect",
        weighting: 2.5,
      }),
    ]);
    c.flush();
    time.advance(101 * 3_600_000);
    c.finish(report({ completion: "completed", success: "failed" }));
    expect(refused()).toEqual([]);
  });

  it("commits when the page is hidden", () => {
    const time = clock();
    const { api, calls, sent } = lms();
    const c = connection(api, time);
    c.start();
    c.save(report(), []);
    calls.commit.mockClear();
    time.advance(90_000);
    c.flush();
    expect(calls.commit).toHaveBeenCalledTimes(1);
    expect(sent("cmi.core.session_time")).toBe("00:01:30.00");
  });

  it("finishes with session time and exit suspend, and terminates exactly once", () => {
    const time = clock();
    const { api, calls, cmi, sent } = lms();
    const c = connection(api, time);
    c.start();
    time.advance(61_000);
    c.finish(report({ completion: "completed", success: "passed" }));
    expect(calls.finish).toHaveBeenCalledTimes(1);
    expect(calls.finish).toHaveBeenCalledWith("");
    const core = cmi().core;
    expect(core.exit).toBe("suspend");
    expect(core.lesson_status).toBe("passed");
    expect(sent("cmi.core.session_time")).toBe("00:01:01.00");
    expect(core.session_time).toMatch(CMI_TIMESPAN);
    expect(c.saveState).toBe("saved");
  });

  it("makes no LMS call at all after finishing", () => {
    const { api, calls } = lms();
    const c = connection(api);
    c.start();
    c.finish(report());
    for (const spy of Object.values(calls)) spy.mockClear();
    c.save(report({ location: "m3" }), [interaction()]);
    c.flush();
    c.finish(report());
    c.start();
    for (const spy of Object.values(calls)) expect(spy).not.toHaveBeenCalled();
  });
});
