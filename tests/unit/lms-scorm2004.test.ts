import { Scorm2004API } from "scorm-again";
import { describe, expect, it, vi } from "vitest";
import { sortAnswerable } from "../../src/blocks/sort/rules.js";
import { interactionOf } from "../../src/kit/response.js";
import { scorm2004Connection } from "../../src/lms/scorm2004.js";
import type { Interaction, Report } from "../../src/progress/report.js";
import { withFirstThemeUnjudged } from "../helpers/fake-lms.js";
import {
  ANSWERED,
  choiceAnswer,
  clock,
  partWayReport,
  SORT,
  sampleReport,
} from "../helpers/lms-session.js";

/** scorm-again playing a SCORM 2004 LMS that keeps everything in memory. */
function lms(saved?: Record<string, unknown>) {
  const api = new Scorm2004API({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
  if (saved) api.loadFromJSON(saved);
  const calls = {
    initialize: vi.spyOn(api, "Initialize"),
    set: vi.spyOn(api, "SetValue"),
    commit: vi.spyOn(api, "Commit"),
    terminate: vi.spyOn(api, "Terminate"),
    get: vi.spyOn(api, "GetValue"),
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
  return scorm2004Connection(api, { now: time.now, log: () => {} });
}

/** The shared report, with this file's score. */
const report = (over: Partial<Report> = {}): Report =>
  sampleReport({ score: { raw: 66.67, min: 0, max: 100, scaled: 0.6667 }, ...over });

const interaction = choiceAnswer;

/** A session that records one interaction: what the LMS holds for it, and what it refused. */
function recorded(answer: Interaction) {
  const { api, cmi, sent, refused } = lms();
  const c = connection(api);
  c.start();
  const state = c.save(report(), [answer]);
  return { record: cmi().interactions["0"], sent, refused: refused(), state };
}

/** A reflection: free text, never judged. */
function reflection(response: string): Interaction {
  return { ...ANSWERED, id: "r-reflect", type: "long-fill-in", response, result: "neutral" };
}

const ISO_DURATION = /^PT(?=\d)(\d+H)?([1-5]?\dM)?([1-5]?\d(\.\d{1,2})?S)?$/;

describe("SCORM 2004: starting a session", () => {
  it("initialises once and marks a first launch incomplete, committed at once", () => {
    const { api, calls, cmi } = lms();
    const start = connection(api).start();
    expect(calls.initialize).toHaveBeenCalledTimes(1);
    expect(calls.initialize).toHaveBeenCalledWith("");
    expect(cmi().completion_status).toBe("incomplete");
    expect(cmi().success_status).toBe("unknown");
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
      location: "m3",
      learner_name: "Doe, Jane",
      completion_status: "incomplete",
      success_status: "failed",
      entry: "resume",
    });
    const c = connection(api);
    expect(c.start()).toEqual({
      suspendData: "1|m3|m1,m2,m3||",
      location: "m3",
      learnerName: "Doe, Jane",
      held: { completion: "incomplete", success: "failed" },
      firstLaunch: false,
    });
    expect(calls.set).not.toHaveBeenCalled();
    expect(calls.commit).not.toHaveBeenCalled();
  });

  it("honours the LMS's scaled passing score as a pass mark of 0–100", () => {
    const { api } = lms({ completion_status: "incomplete", scaled_passing_score: "0.8" });
    expect(connection(api).start().masteryScore).toBe(80);
  });

  it.each(["-0.5", "1.5", "80", "high"])(
    "ignores a scaled passing score of %s (not a pass mark from 0 to 1) and says so",
    (value) => {
      // scorm-again keeps such values out of its data model; an LMS may not.
      const { api } = lms({ completion_status: "incomplete" });
      const get = api.GetValue.bind(api);
      api.GetValue = (element: string) =>
        element === "cmi.scaled_passing_score" ? value : get(element);
      const log = vi.fn();
      expect(scorm2004Connection(api, { log }).start()).not.toHaveProperty("masteryScore");
      expect(log).toHaveBeenCalledWith(expect.stringContaining("not a pass mark"));
    },
  );

  it.each([
    ["0", 0],
    ["0.6", 60],
    ["1", 100],
  ])("takes a scaled passing score of %s as a pass mark of %i %%", (value, mark) => {
    const { api } = lms({ completion_status: "incomplete", scaled_passing_score: value });
    expect(connection(api).start().masteryScore).toBe(mark);
  });

  it("leaves the pass mark to the course when the LMS gives none", () => {
    const { api } = lms({ completion_status: "incomplete" });
    expect(connection(api).start()).not.toHaveProperty("masteryScore");
  });
});

describe("SCORM 2004: saving", () => {
  it("sends bookmark, saved state, both statuses, score, progress and exit, then commits", () => {
    const { api, calls, cmi } = lms();
    const c = connection(api);
    c.start();
    calls.commit.mockClear();
    expect(c.save(report({ completion: "completed", success: "passed" }), [])).toBe("saved");
    const data = cmi();
    expect(data.location).toBe("m2");
    expect(data.suspend_data).toBe("1|m2|m1,m2|q-signs=ac.1|");
    expect(data.completion_status).toBe("completed");
    expect(data.success_status).toBe("passed");
    expect(data.score).toEqual({ scaled: "0.6667", raw: "66.67", min: "0", max: "100" });
    expect(data.progress_measure).toBe("0.5");
    expect(data.exit).toBe("suspend");
    expect(calls.commit).toHaveBeenCalledTimes(1);
    expect(calls.commit).toHaveBeenCalledWith("");
  });

  it("writes session time as an ISO 8601 duration at every save", () => {
    const time = clock();
    const { api, cmi, sent } = lms();
    const c = connection(api, time);
    c.start();
    time.advance(3_723_450);
    c.save(report(), []);
    expect(sent("cmi.session_time")).toBe("PT1H2M3.45S");
    expect(cmi().session_time).toMatch(ISO_DURATION);
  });

  it("gets no running score from a part-way report, so an LMS with a scaled passing score cannot fail the learner early", () => {
    const { api, cmi } = lms({ scaled_passing_score: "0.8" });
    const c = connection(api);
    c.start();
    const partWay = partWayReport();
    expect(partWay.score).toBeUndefined();
    c.save(partWay, []);
    expect(api.GetValue("cmi.success_status")).toBe("unknown");
    c.finish(partWay);
    expect(cmi().success_status).toBe("unknown");
    expect(cmi().score.scaled).toBe("");
  });

  it("sends the score with the result, and the LMS's judgement agrees with the course's", () => {
    const { api, cmi } = lms({ scaled_passing_score: "0.8" });
    const c = connection(api);
    c.start();
    const result = { raw: 84.62, min: 0 as const, max: 100 as const, scaled: 0.8462 };
    c.finish(report({ completion: "completed", success: "passed", score: result }));
    expect(cmi().score).toMatchObject({ scaled: "0.8462", raw: "84.62" });
    expect(cmi().success_status).toBe("passed");
  });

  it("sends no score before a scored question is answered", () => {
    const { api, calls } = lms();
    const c = connection(api);
    c.start();
    c.save(report({ score: undefined }), []);
    const elements = calls.set.mock.calls.map(([element]) => element);
    expect(elements.filter((e) => e.startsWith("cmi.score"))).toEqual([]);
  });

  it("a passed learner stays passed and completed when they come back to review", () => {
    const { api, cmi } = lms({
      completion_status: "completed",
      success_status: "passed",
      entry: "resume",
    });
    const c = connection(api);
    expect(c.start().held).toEqual({ completion: "completed", success: "passed" });
    c.save(report({ completion: "incomplete", success: "unknown" }), []);
    expect(cmi().completion_status).toBe("completed");
    expect(cmi().success_status).toBe("passed");
  });

  it("a passed learner's score is not lowered when they answer again after their saved state was lost", () => {
    const { api, cmi } = lms({
      completion_status: "completed",
      success_status: "passed",
      entry: "resume",
      score: { scaled: "1", raw: "100", min: "0", max: "100" },
    });
    const c = connection(api);
    c.start();
    c.save(report({ score: { raw: 0, min: 0, max: 100, scaled: 0 }, success: "failed" }), []);
    expect(cmi().success_status).toBe("passed");
    expect(cmi().score).toMatchObject({ scaled: "1", raw: "100" });
  });

  it("reads a passed learner's score from the scaled score when the LMS holds no raw score", () => {
    const { api, cmi } = lms({
      completion_status: "completed",
      success_status: "passed",
      entry: "resume",
      score: { scaled: "0.9" },
    });
    const c = connection(api);
    c.start();
    c.save(report({ score: { raw: 50, min: 0, max: 100, scaled: 0.5 } }), []);
    expect(cmi().score.scaled).toBe("0.9");
    c.save(report({ score: { raw: 95, min: 0, max: 100, scaled: 0.95 } }), []);
    expect(cmi().score.scaled).toBe("0.95");
  });

  it("records one objective per theme with description, scores and both statuses", () => {
    const { api, cmi } = lms();
    const c = connection(api);
    c.start();
    c.save(report(), []);
    const objectives = cmi().objectives;
    expect(Object.keys(objectives)).toHaveLength(2);
    expect(objectives["0"]).toMatchObject({
      id: "recognise",
      description: "Recognising concerns",
      score: { scaled: "1", raw: "100", min: "0", max: "100" },
      success_status: "passed",
      completion_status: "completed",
    });
    expect(objectives["1"]).toMatchObject({
      id: "respond",
      description: "Responding to a disclosure",
      success_status: "unknown",
      completion_status: "incomplete",
    });
  });

  it("updates an objective the LMS already holds in place instead of adding another", () => {
    const { api, cmi } = lms({
      completion_status: "incomplete",
      objectives: { "0": { id: "respond", success_status: "unknown" } },
    });
    const c = connection(api);
    c.start();
    c.save(report(), []);
    const objectives = cmi().objectives;
    expect(Object.keys(objectives)).toHaveLength(2);
    expect(objectives["0"]).toMatchObject({ id: "respond", completion_status: "incomplete" });
    expect(objectives["1"].id).toBe("recognise");
  });

  it("marks a theme whose result is no longer known incomplete and unjudged, sending no empty score 2004 would refuse", () => {
    const { api, cmi, refused } = lms({
      completion_status: "incomplete",
      objectives: {
        "0": {
          id: "recognise",
          success_status: "passed",
          completion_status: "completed",
          score: { scaled: "1", raw: "100" },
        },
      },
    });
    const c = connection(api);
    c.start();
    c.save(withFirstThemeUnjudged(report()), []);
    expect(refused()).toEqual([]);
    expect(c.saveState).toBe("saved");
    expect(cmi().objectives["0"]).toMatchObject({
      id: "recognise",
      success_status: "unknown",
      completion_status: "incomplete",
    });
  });

  it("records an answer as an interaction in the 2004 vocabulary", () => {
    const { api, cmi, sent } = lms();
    const c = connection(api);
    c.start();
    c.save(report(), [
      interaction({ response: ["a", "c"], correct: ["a", "b"], result: "incorrect" }),
    ]);
    expect(cmi().interactions["0"]).toEqual({
      id: "q-signs",
      type: "choice",
      description: "Which of these are signs of neglect?",
      objectives: { "0": { id: "recognise" } },
      timestamp: "2024-05-06T09:30:15",
      weighting: "1",
      learner_response: "a[,]c",
      correct_responses: { "0": { pattern: "a[,]b" } },
      result: "incorrect",
      latency: "PT5.2S",
    });
    expect(sent("cmi.interactions.0.latency")).toBe("PT5.2S");
  });

  it("a question answered again updates its own record, without an index gap", () => {
    const { api, cmi, refused } = lms({
      completion_status: "incomplete",
      interactions: {
        "0": { id: "q-other", type: "choice", result: "correct" },
        "1": { id: "q-signs", type: "choice", result: "incorrect" },
      },
    });
    const c = connection(api);
    c.start();
    c.save(report(), [interaction({ result: "correct" })]);
    c.save(report(), [interaction({ id: "q-new", timestamp: new Date(2024, 4, 6, 9, 45, 0) })]);
    c.save(report(), [
      interaction({
        result: "incorrect",
        response: ["b"],
        timestamp: new Date(2024, 4, 6, 9, 50, 0),
      }),
    ]);
    const records = cmi().interactions;
    expect(Object.keys(records)).toEqual(["0", "1", "2"]);
    expect(records["0"].id).toBe("q-other");
    expect(records["1"]).toMatchObject({
      id: "q-signs",
      result: "incorrect",
      learner_response: "b",
    });
    expect(records["2"].id).toBe("q-new");
    expect(refused()).toEqual([]);
  });

  it("two answers to one question in one save make one record", () => {
    const { api, cmi } = lms();
    const c = connection(api);
    c.start();
    c.save(report(), [
      interaction({ result: "incorrect", response: ["b"] }),
      interaction({ timestamp: new Date(2024, 4, 6, 9, 31, 0) }),
    ]);
    expect(Object.keys(cmi().interactions)).toEqual(["0"]);
    expect(cmi().interactions["0"]).toMatchObject({ result: "correct", learner_response: "a[,]c" });
  });

  it("sends only what changed since the last successful save", () => {
    const time = clock();
    const { api, calls } = lms();
    const c = connection(api, time);
    c.start();
    c.save(report(), [interaction()]);
    calls.set.mockClear();
    time.advance(1_000);
    c.save(report({ location: "m3" }), [interaction()]);
    expect(calls.set.mock.calls.map(([element]) => element)).toEqual([
      "cmi.location",
      "cmi.session_time",
    ]);
  });
});

describe("SCORM 2004: every interaction type", () => {
  it("records a sequence put out of order as a sequencing interaction, judged incorrect", () => {
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
      description: "Which of these are signs of neglect?",
      objectives: { "0": { id: "recognise" } },
      timestamp: "2024-05-06T09:30:15",
      weighting: "1",
      learner_response: "b[,]a[,]c",
      correct_responses: { "0": { pattern: "a[,]b[,]c" } },
      result: "incorrect",
      latency: "PT5.2S",
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
      learner_response: "a[.]t[,]b[.]t[,]c[.]c",
      correct_responses: { "0": { pattern: "a[.]t[,]b[.]c[,]c[.]t" } },
      result: "incorrect",
    });
    expect(refused).toEqual([]);
  });

  it("records matched pairs as source[.]target, separated by [,]", () => {
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
      learner_response: "a[.]x[,]b[.]y",
      correct_responses: { "0": { pattern: "a[.]y[,]b[.]x" } },
      result: "incorrect",
    });
    expect(refused).toEqual([]);
  });

  it("records a long text of 300 characters whole as long-fill-in, neutral and with no pattern", () => {
    const text = "I would listen, ".repeat(19).slice(0, 300);
    expect(text).toHaveLength(300);
    const { record, sent, refused } = recorded(reflection(text));
    expect(record).toMatchObject({
      id: "r-reflect",
      type: "long-fill-in",
      learner_response: text,
      result: "neutral",
    });
    expect(sent("cmi.interactions.0.correct_responses.0.pattern")).toBeUndefined();
    expect(refused).toEqual([]);
  });

  it("cuts a long text at 4000 characters, never through a surrogate pair", () => {
    const { record, refused } = recorded(reflection(`${"x".repeat(3999)}😀 and more`));
    expect(record.learner_response).toBe("x".repeat(3999));
    const whole = recorded(reflection("y".repeat(4100)));
    expect(whole.record.learner_response).toBe("y".repeat(4000));
    expect([...refused, ...whole.refused]).toEqual([]);
  });

  it("writes a text that begins with {lang= after a space, so its start is not read as a language tag", () => {
    const { record, sent, refused } = recorded(reflection("{lang=fr} is how I would start"));
    expect(sent("cmi.interactions.0.learner_response")).toBe(" {lang=fr} is how I would start");
    expect(record.learner_response).toBe(" {lang=fr} is how I would start");
    expect(refused).toEqual([]);
  });

  it("writes any text that begins with a brace after a space, which the LMS takes", () => {
    const { record, refused } = recorded(reflection("{aside} I was unsure"));
    expect(record.learner_response).toBe(" {aside} I was unsure");
    expect(refused).toEqual([]);
  });

  it("writes a text's line breaks as spaces, which the LMS takes", () => {
    const { record, refused } = recorded(reflection("First,\r\nthen\nlast"));
    expect(record.learner_response).toBe("First, then last");
    expect(refused).toEqual([]);
  });

  it("records any other answer as other, response and pattern as they are", () => {
    const { record, refused } = recorded({
      ...ANSWERED,
      id: "q-other",
      type: "other",
      response: "{lang=fr} is plain text here",
      correct: "call the designated lead",
      result: "correct",
    });
    expect(record).toMatchObject({
      id: "q-other",
      type: "other",
      learner_response: "{lang=fr} is plain text here",
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
    expect(sent("cmi.interactions.0.learner_response")).toBeUndefined();
    expect(sent("cmi.interactions.0.correct_responses.0.pattern")).toBeUndefined();
    expect(sent("cmi.interactions.0.type")).toBe(answer.type);
    expect(refused).toEqual([]);
    expect(state).toBe("saved");
  });
});

describe("SCORM 2004: leaving", () => {
  it("the LMS accepts every value a whole session sends", () => {
    const time = clock();
    const { api, refused } = lms({ completion_status: "incomplete", scaled_passing_score: "0.75" });
    const c = connection(api, time);
    c.start();
    time.advance(12_345);
    c.save(report(), [interaction()]);
    c.save(report({ location: null, score: undefined, progressMeasure: 1 }), [
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

  it("finishes with session time and exit suspend, and terminates exactly once", () => {
    const time = clock();
    const { api, calls, cmi, sent } = lms();
    const c = connection(api, time);
    c.start();
    time.advance(61_000);
    calls.commit.mockClear();
    c.finish(report({ completion: "completed", success: "passed" }));
    expect(calls.terminate).toHaveBeenCalledTimes(1);
    expect(calls.terminate).toHaveBeenCalledWith("");
    // Terminate commits in 2004: no second synchronous request while the page closes.
    expect(calls.commit).not.toHaveBeenCalled();
    expect(cmi().exit).toBe("suspend");
    expect(cmi().completion_status).toBe("completed");
    expect(sent("cmi.session_time")).toBe("PT1M1S");
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
