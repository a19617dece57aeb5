/**
 * Which values the course can do without, and what a refusal costs: a description the LMS refuses
 * (Forma LMS refuses every objective description with 406) is left out after its first refusal
 * and never turns the save status to "not saved"; a status, score or answer refused still does;
 * and no refusal makes later saves send every value again.
 */
import { describe, expect, it, vi } from "vitest";
import type { DataModel } from "../../src/lms/datamodel.js";
import { SCORM12, SCORM12_METHODS, scorm12Connection } from "../../src/lms/scorm12.js";
import { SCORM2004, SCORM2004_METHODS, scorm2004Connection } from "../../src/lms/scorm2004.js";
import type { Interaction, Report } from "../../src/progress/report.js";
import { FakeLms } from "../helpers/fake-lms.js";
import { sampleReport } from "../helpers/lms-session.js";

const THEMES = ["risk-images", "escalation", "assessment"];

/** The shared report, with a theme for each of THEMES, every one passed. */
const report = (over: Partial<Report> = {}): Report =>
  sampleReport({
    objectives: THEMES.map((id) => ({
      id,
      description: `What the theme ${id} teaches`,
      scaled: 1,
      raw: 100,
      completion: "completed" as const,
      success: "passed" as const,
    })),
    ...over,
  });

function interaction(id: string, minute: number): Interaction {
  return {
    id,
    type: "choice",
    objective: "risk-images",
    description: "Which of these are signs of risk?",
    response: ["a", "c"],
    correct: ["a", "c"],
    result: "correct",
    weighting: 1,
    latencyMs: 5_200,
    timestamp: new Date(2024, 4, 6, 9, minute, 15),
  };
}

/** `cmi.objectives.3.description` → `cmi.objectives.n.description`. */
const shapeOf = (element: string) => element.replace(/\.\d+(?=\.|$)/g, ".n");

/** Every element shape the course writes in a save: report, objectives and interactions. */
function shapesWritten(model: DataModel): string[] {
  const writes = [
    ...model.reportWrites(report()),
    ...model.objectiveWrites(0, report().objectives[0]),
    ...model.interactionWrites(0, interaction("q-signs", 0)),
    [model.elements.sessionTime, "x"],
  ];
  return [...new Set(writes.map(([element]) => shapeOf(element)))];
}

describe("which values the course can do without", () => {
  it("in SCORM 2004, the descriptions of objectives and interactions, and nothing else the course writes", () => {
    const optional = shapesWritten(SCORM2004).filter((s) => SCORM2004.optionalElements.includes(s));
    expect(optional.sort()).toEqual([
      "cmi.interactions.n.description",
      "cmi.objectives.n.description",
    ]);
    // Status, score, progress, the bookmark, saved state and every part of an answer count.
    for (const essential of [
      "cmi.completion_status",
      "cmi.success_status",
      "cmi.score.scaled",
      "cmi.score.raw",
      "cmi.suspend_data",
      "cmi.location",
      "cmi.objectives.n.success_status",
      "cmi.objectives.n.score.raw",
      "cmi.interactions.n.id",
      "cmi.interactions.n.learner_response",
      "cmi.interactions.n.result",
    ]) {
      expect(shapesWritten(SCORM2004), essential).toContain(essential);
      expect(SCORM2004.optionalElements, essential).not.toContain(essential);
    }
  });

  it("in SCORM 1.2, nothing: it has no descriptions", () => {
    expect(SCORM12.optionalElements).toEqual([]);
  });
});

/** Refuses every objective description as a wrong type, as Forma LMS 4.0.19 does. */
function formaLms(): FakeLms {
  const lms = new FakeLms(SCORM2004_METHODS);
  lms.refuse = (element) => /^cmi\.objectives\.\d+\.description$/.test(element);
  lms.refuseCode = "406";
  return lms;
}

describe("SCORM 2004 with an LMS that refuses every objective description (Forma LMS)", () => {
  function forma() {
    const lms = formaLms();
    const log = vi.fn<(message: string) => void>();
    let now = 0;
    const connection = scorm2004Connection(lms.api, { log, now: () => (now += 1000) });
    const states: string[] = [];
    connection.onSaveStateChange((s) => states.push(s));
    connection.start();
    return { lms, connection, log, states };
  }

  it("the description is asked once, the save counts as saved, and the developer is told once", () => {
    const { lms, connection, log, states } = forma();
    expect(connection.save(report(), [interaction("q-signs", 0)])).toBe("saved");
    expect(connection.save(report({ location: "m3" }), [interaction("q-next", 1)])).toBe("saved");
    connection.finish(report({ location: "m4" }));
    expect(connection.saveState).toBe("saved");
    expect(states).not.toContain("unsaved");
    const asked = lms.calls.filter((c) => /^SetValue cmi\.objectives\.\d+\.description=/.test(c));
    expect(asked).toHaveLength(1);
    // What it could do without is all it lost: every theme is recorded with its result.
    for (const [n, id] of THEMES.entries()) {
      expect(lms.values.get(`cmi.objectives.${n}.id`)).toBe(id);
      expect(lms.values.get(`cmi.objectives.${n}.success_status`)).toBe("passed");
    }
    expect(lms.values.get("cmi.interactions.1.description")).toBe(
      "Which of these are signs of risk?",
    );
    const told = log.mock.calls.map(([m]) => m).filter((m) => m.includes("description"));
    expect(told).toEqual([expect.stringContaining("cmi.objectives.n.description: error 406")]);
  });

  it("it costs no more calls than an LMS that takes every description", () => {
    const saves = (lms: FakeLms) => {
      let now = 0;
      const connection = scorm2004Connection(lms.api, { log: () => {}, now: () => (now += 1000) });
      connection.start();
      for (let minute = 0; minute < 8; minute++) {
        connection.save(report({ location: `m${minute}`, progressMeasure: minute / 8 }), [
          interaction(`q-${minute}`, minute),
        ]);
      }
      connection.finish(report({ completion: "completed", progressMeasure: 1 }));
      expect(connection.saveState).toBe("saved");
      return lms.count("SetValue");
    };
    const taking = saves(new FakeLms(SCORM2004_METHODS));
    expect(saves(formaLms())).toBeLessThanOrEqual(taking);
  });

  it("a description refused for another reason (a general failure) still counts as not saved", () => {
    const { lms, connection } = forma();
    lms.refuseCode = "351";
    expect(connection.save(report(), [])).toBe("unsaved");
    lms.refuse = () => false;
    expect(connection.save(report(), [])).toBe("saved");
    expect(lms.values.get("cmi.objectives.0.description")).toBe(
      "What the theme risk-images teaches",
    );
  });

  it.each([
    "cmi.success_status",
    "cmi.score.raw",
    "cmi.objectives.1.success_status",
    "cmi.interactions.0.result",
  ])("%s refused as a wrong type still counts as not saved, and is sent again", (element) => {
    const { lms, connection } = forma();
    lms.refuse = (e) => e === element || /^cmi\.objectives\.\d+\.description$/.test(e);
    expect(connection.save(report({ success: "passed" }), [interaction("q-signs", 0)])).toBe(
      "unsaved",
    );
    expect(connection.save(report({ success: "passed" }), [])).toBe("unsaved");
    lms.refuse = () => false;
    expect(connection.save(report({ success: "passed" }), [])).toBe("saved");
    expect(lms.values.has(element)).toBe(true);
    expect(lms.sets(element)).toBe(3);
  });
});

describe.each([
  {
    name: "SCORM 1.2",
    methods: SCORM12_METHODS,
    connect: scorm12Connection,
    raw: "cmi.core.score.raw",
    location: "cmi.core.lesson_location",
  },
  {
    name: "SCORM 2004",
    methods: SCORM2004_METHODS,
    connect: scorm2004Connection,
    raw: "cmi.score.raw",
    location: "cmi.location",
  },
] as const)("$name: what a later save sends after a failure", (v) => {
  function setup() {
    const lms = new FakeLms(v.methods);
    // A fixed clock: the session time does not change between saves, so it is not re-sent.
    const connection = v.connect(lms.api, { log: () => {}, now: () => 0 });
    connection.start();
    return { lms, connection };
  }
  const setsOf = (lms: FakeLms, from: number) =>
    lms.calls.slice(from).filter((c) => c.startsWith("SetValue "));

  it("a value refused at every save is the only one sent again; the values the LMS took are not", () => {
    const { lms, connection } = setup();
    lms.refuse = (element) => element === v.raw;
    expect(connection.save(report(), [interaction("q-signs", 0)])).toBe("unsaved");
    const before = lms.calls.length;
    expect(connection.save(report(), [])).toBe("unsaved");
    expect(setsOf(lms, before)).toEqual([`SetValue ${v.raw}=50`]);
  });

  it("after a failed commit, the values set since the last good commit are sent again, and only those", () => {
    const { lms, connection } = setup();
    expect(connection.save(report(), [])).toBe("saved");
    lms.commitAnswer = "false";
    expect(connection.save(report({ location: "m3" }), [])).toBe("unsaved");
    lms.commitAnswer = "true";
    const before = lms.calls.length;
    expect(connection.save(report({ location: "m3" }), [])).toBe("saved");
    expect(setsOf(lms, before)).toEqual([`SetValue ${v.location}=m3`]);
  });
});
