/**
 * Interaction and objective ids reach LMSs that refuse valid identifiers (Forma LMS), records go
 * where the LMS's own count says, and a finished attempt opened for review records nothing but
 * the time the look took.
 */
import { describe, expect, it, vi } from "vitest";
import { SCORM12_METHODS, scorm12Connection } from "../../src/lms/scorm12.js";
import { SCORM2004_METHODS, scorm2004Connection } from "../../src/lms/scorm2004.js";
import type { Interaction, Report } from "../../src/progress/report.js";
import { RULE_SETS } from "../../src/tools/lms-simulator/launch-rules.js";
import { FakeLms } from "../helpers/fake-lms.js";

function report(objectiveIds: string[] = ["risk-images", "escalation"]): Report {
  return {
    location: "m2",
    suspendData: "1|m2|m1,m2|q-bail=a.1|",
    completion: "incomplete",
    success: "unknown",
    progressMeasure: 0.5,
    objectives: objectiveIds.map((id) => ({
      id,
      description: id,
      completion: "incomplete" as const,
      success: "unknown" as const,
    })),
    exit: "suspend",
  };
}

function interaction(id: string, objective = "risk-images", minute = 0): Interaction {
  return {
    id,
    type: "choice",
    objective,
    description: `Question ${id}`,
    response: ["a"],
    correct: ["a"],
    result: "correct",
    weighting: 1,
    latencyMs: 4_000,
    timestamp: new Date(2026, 10, 30, 9, minute, 0),
  };
}

/** A SCORM 2004 LMS with Forma LMS 4.0's identifier check, counting refused records. */
function formaLms(): FakeLms {
  const lms = new FakeLms(SCORM2004_METHODS);
  lms.refuse = (element, value) =>
    /\.id$/.test(element) && RULE_SETS.forma.refusesIdentifier(value);
  lms.refuseCode = "406";
  lms.countsRefusedIds = true;
  return lms;
}

function ids(lms: FakeLms, list: "interactions" | "objectives"): string[] {
  const count = Number(lms.api.GetValue(`cmi.${list}._count`));
  return Array.from({ length: count }, (_, n) => lms.values.get(`cmi.${list}.${n}.id`) ?? "");
}

describe("SCORM 2004 under an LMS that refuses hyphens in ids (Forma)", () => {
  it("records every interaction and objective in the fallback form, with no empty record", () => {
    const lms = formaLms();
    const c = scorm2004Connection(lms.api, { log: () => {} });
    c.start();
    expect(c.save(report(), [interaction("q-arrest-bail")])).toBe("saved");
    c.save(report(), [interaction("q-escalate", "escalation", 1), interaction("q3", "trust", 2)]);
    expect(ids(lms, "interactions")).toEqual(["q:arrest:bail", "q:escalate", "q3"]);
    expect(ids(lms, "objectives")).toEqual(["risk:images", "escalation"]);
    expect(lms.values.get("cmi.interactions.0.objectives.0.id")).toBe("risk:images");
    expect(lms.values.get("cmi.interactions.1.result")).toBe("correct");
    expect(c.saveState).toBe("saved");
  });

  it("tries the authored form once only, then sends every id in the fallback form", () => {
    const lms = formaLms();
    const c = scorm2004Connection(lms.api, { log: () => {} });
    c.start();
    c.save(report(), [interaction("q-one")]);
    c.save(report(), [interaction("q-two", "risk-images", 1)]);
    const authored = lms.calls.filter((call) => /\.id=(q|risk)-/.test(call));
    // The first id sent (the theme's objective) is refused; nothing authored is tried again.
    expect(authored).toEqual(["SetValue cmi.objectives.0.id=risk-images"]);
  });

  it("tells the developer once which id was refused and which form is used", () => {
    const lms = formaLms();
    const log = vi.fn<(message: string) => void>();
    const c = scorm2004Connection(lms.api, { log });
    c.start();
    c.save(report(), [interaction("q-one"), interaction("q-two", "risk-images", 1)]);
    const told = log.mock.calls.filter(([m]) => m.includes("refused the id"));
    expect(told).toHaveLength(1);
    expect(told[0][0]).toContain('"risk-images"');
    expect(told[0][0]).toContain('"risk:images"');
  });

  it("a learner who comes back goes on in the fallback form, updating the same records", () => {
    const lms = formaLms();
    const first = scorm2004Connection(lms.api, { log: () => {} });
    first.start();
    first.save(report(), [interaction("q-one")]);
    first.finish(report());
    const callsBefore = lms.calls.length;
    const again = scorm2004Connection(lms.api, { log: () => {} });
    again.start();
    again.save(report(), [interaction("q-one", "risk-images", 5), interaction("q-two")]);
    const after = lms.calls.slice(callsBefore);
    // No authored id is tried again: the LMS's records say which form this attempt uses.
    expect(after.filter((call) => /\.id=(q|risk)-/.test(call))).toEqual([]);
    expect(ids(lms, "interactions")).toEqual(["q:one", "q:two"]);
    expect(ids(lms, "objectives")).toEqual(["risk:images", "escalation"]);
  });

  it("an id refused for another reason is not retried in another form", () => {
    const lms = new FakeLms(SCORM2004_METHODS);
    lms.refuse = (element) => element === "cmi.interactions.0.id";
    lms.refuseCode = "351";
    const c = scorm2004Connection(lms.api, { log: () => {} });
    c.start();
    expect(c.save(report(), [interaction("q-one")])).toBe("unsaved");
    expect(lms.calls.filter((call) => call.includes("=q:"))).toEqual([]);
    lms.refuse = () => false;
    c.save(report(), []);
    expect(lms.values.get("cmi.interactions.0.id")).toBe("q-one");
  });

  it("an LMS that refuses the fallback form too keeps the authored form and retries later", () => {
    const lms = new FakeLms(SCORM2004_METHODS);
    lms.refuse = (element) => element === "cmi.interactions.0.id";
    lms.refuseCode = "406";
    const c = scorm2004Connection(lms.api, { log: () => {} });
    c.start();
    expect(c.save(report(), [interaction("q-one")])).toBe("unsaved");
    lms.refuse = () => false;
    c.save(report(), []);
    expect(lms.values.get("cmi.interactions.0.id")).toBe("q-one");
    expect(lms.values.get("cmi.objectives.0.id")).toBe("risk-images");
  });
});

describe.each([
  { name: "SCORM 1.2", methods: SCORM12_METHODS, connect: scorm12Connection },
  { name: "SCORM 2004", methods: SCORM2004_METHODS, connect: scorm2004Connection },
])("$name: where new records go", ({ methods, connect }) => {
  it("an LMS that accepts valid ids gets them exactly as authored", () => {
    const lms = new FakeLms(methods);
    const c = connect(lms.api, { log: () => {} });
    c.start();
    c.save(report(), [interaction("q-arrest-bail")]);
    expect(lms.values.get("cmi.interactions.0.id")).toBe("q-arrest-bail");
    expect(lms.values.get("cmi.objectives.0.id")).toBe("risk-images");
    expect(lms.calls.some((call) => /\.id=.*:/.test(call))).toBe(false);
  });

  it("a new interaction goes at the LMS's _count, read just before writing", () => {
    const lms = new FakeLms(methods);
    const c = connect(lms.api, { log: () => {} });
    c.start();
    c.save(report(), [interaction("q-one")]);
    // The LMS now holds records this session did not make (another window, or refused writes
    // it counted): writing at the session's own count would overwrite record 1.
    lms.values.set("cmi.interactions.1.id", "other");
    lms.values.set("cmi.interactions.2.id", "other");
    c.save(report(), [interaction("q-two", "risk-images", 1)]);
    expect(lms.values.get("cmi.interactions.1.id")).toBe("other");
    expect(lms.values.get("cmi.interactions.3.id")).toBe("q-two");
  });

  it("a refused write the LMS still counted is not overwritten and leaves no gap after it", () => {
    const lms = new FakeLms(methods);
    lms.countsRefusedIds = true;
    lms.refuse = (element) => element === "cmi.objectives.0.id";
    lms.refuseCode = "101";
    const c = connect(lms.api, { log: () => {} });
    c.start();
    c.save(report(["escalation"]), []);
    lms.refuse = () => false;
    c.save(report(["escalation"]), []);
    // Record 0 exists in the LMS's count; the objective goes after it, not into it.
    expect(lms.values.get("cmi.objectives.1.id")).toBe("escalation");
    expect(lms.api[methods.getValue]("cmi.objectives._count")).toBe("2");
  });
});

describe.each([
  {
    name: "SCORM 1.2",
    methods: SCORM12_METHODS,
    connect: scorm12Connection,
    status: ["cmi.core.lesson_status", "failed"],
    mode: "cmi.core.lesson_mode",
    credit: "cmi.core.credit",
    sessionTime: "cmi.core.session_time",
  },
  {
    name: "SCORM 2004",
    methods: SCORM2004_METHODS,
    connect: scorm2004Connection,
    status: ["cmi.completion_status", "completed"],
    mode: "cmi.mode",
    credit: "cmi.credit",
    sessionTime: "cmi.session_time",
  },
] as const)("$name: an attempt opened only to look at", (v) => {
  it.each([
    ["review", "no-credit"],
    ["browse", "no-credit"],
    ["normal", "no-credit"],
  ])(
    "in %s mode with %s, only the session time is written, at the end, and the session still ends once",
    (mode, credit) => {
      const lms = new FakeLms(v.methods);
      lms.values.set(v.status[0], v.status[1]);
      lms.values.set(v.mode, mode);
      lms.values.set(v.credit, credit);
      const c = v.connect(lms.api, { log: () => {} });
      const start = c.start();
      expect(start.review).toBe(mode === "normal" ? "no-credit" : mode);
      expect(c.save(report(), [interaction("q-one")])).toBe("review");
      c.flush();
      expect(lms.calls.filter((call) => !call.startsWith("GetValue "))).toEqual(["Initialize"]);
      c.finish(report());
      // The time spent looking records no result, and an LMS given none adds the last one again.
      expect(lms.calls.filter((call) => call.startsWith("SetValue "))).toEqual([
        expect.stringMatching(new RegExp(`^SetValue ${v.sessionTime}=`)),
      ]);
      expect(lms.count("Commit")).toBe(v.name === "SCORM 1.2" ? 1 : 0);
      expect(lms.count("Terminate")).toBe(1);
      expect(lms.calls.at(-1)).toBe("Terminate");
      expect(c.saveState).toBe("review");
    },
  );

  it("in normal mode with credit, the attempt is recorded as usual", () => {
    const lms = new FakeLms(v.methods);
    lms.values.set(v.mode, "normal");
    lms.values.set(v.credit, "credit");
    const c = v.connect(lms.api, { log: () => {} });
    expect(c.start()).not.toHaveProperty("review");
    expect(c.save(report(), [interaction("q-one")])).toBe("saved");
    expect(lms.values.get("cmi.interactions.0.id")).toBe("q-one");
  });
});
