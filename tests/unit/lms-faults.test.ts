import { describe, expect, it, vi } from "vitest";
import { SCORM12_METHODS, scorm12Connection } from "../../src/lms/scorm12.js";
import { SCORM2004_METHODS, scorm2004Connection } from "../../src/lms/scorm2004.js";
import type { ConnectionOptions } from "../../src/lms/session.js";
import type { Report } from "../../src/progress/report.js";
import { FakeLms } from "../helpers/fake-lms.js";
import { choiceAnswer, sampleReport } from "../helpers/lms-session.js";

/** The shared report with its first theme only. */
const report = (over: Partial<Report> = {}): Report =>
  sampleReport({ objectives: sampleReport().objectives.slice(0, 1), ...over });

const interaction = choiceAnswer;

const VERSIONS = [
  {
    name: "SCORM 1.2",
    methods: SCORM12_METHODS,
    connect: scorm12Connection,
    location: "cmi.core.lesson_location",
    suspendData: "cmi.suspend_data",
    sessionTime: "cmi.core.session_time",
    suspendLimit: 4096,
    result: "wrong",
    unimplemented: "401",
  },
  {
    name: "SCORM 2004",
    methods: SCORM2004_METHODS,
    connect: scorm2004Connection,
    location: "cmi.location",
    suspendData: "cmi.suspend_data",
    sessionTime: "cmi.session_time",
    suspendLimit: 64_000,
    result: "incorrect",
    unimplemented: "402",
  },
] as const;

describe.each(VERSIONS)("$name with an LMS that misbehaves", (version) => {
  function setup(prepare?: (lms: FakeLms) => void, options: ConnectionOptions = {}) {
    const lms = new FakeLms(version.methods);
    prepare?.(lms);
    const log = vi.fn<(message: string) => void>();
    const connection = version.connect(lms.api, { log, ...options });
    const states: string[] = [];
    connection.onSaveStateChange((s) => states.push(s));
    return { lms, connection, log, states };
  }

  it("a refused value marks the save unsaved, and the other values are still sent", () => {
    const { lms, connection, states } = setup();
    connection.start();
    lms.refuse = (element) => element === version.suspendData;
    expect(connection.save(report(), [])).toBe("unsaved");
    expect(connection.saveState).toBe("unsaved");
    expect(states.at(-1)).toBe("unsaved");
    expect(lms.values.get(version.location)).toBe("m2");
    expect(lms.values.has(version.sessionTime)).toBe(true);
    expect(lms.count("Commit")).toBeGreaterThanOrEqual(2);
  });

  it("the next save after a refusal sends the refused value again, not the values the LMS took, and reports saved", () => {
    const { lms, connection, states } = setup();
    connection.start();
    lms.refuse = (element) => element === version.suspendData;
    connection.save(report(), []);
    lms.refuse = () => false;
    expect(connection.save(report(), [])).toBe("saved");
    expect(lms.values.get(version.suspendData)).toBe("1|m2|m1,m2|q-signs=ac.1|");
    expect(lms.sets(version.suspendData)).toBe(2);
    expect(lms.sets(version.location)).toBe(1);
    expect(states.slice(-3)).toEqual(["unsaved", "saving", "saved"]);
  });

  it("a failed commit marks the save unsaved, and the next save repeats every value", () => {
    const { lms, connection } = setup();
    connection.start();
    lms.commitAnswer = "false";
    expect(connection.save(report(), [interaction()])).toBe("unsaved");
    lms.commitAnswer = "true";
    expect(connection.save(report(), [])).toBe("saved");
    expect(lms.sets(version.location)).toBe(2);
    // The interaction is written again into the same record, not appended a second time.
    expect(lms.sets("cmi.interactions.0.id")).toBe(2);
    expect(lms.sets("cmi.interactions.1.id")).toBe(0);
  });

  it("a method that throws does not reach the learner", () => {
    const { lms, connection } = setup();
    connection.start();
    lms.throwOn = (element) => element === version.location;
    expect(() => connection.save(report(), [])).not.toThrow();
    expect(connection.saveState).toBe("unsaved");
    expect(lms.values.get(version.suspendData)).toBe("1|m2|m1,m2|q-signs=ac.1|");
  });

  it("an LMS that vanishes mid-session loses nothing: the answer given meanwhile is sent when it is back", () => {
    const { lms, connection } = setup();
    connection.start();
    connection.save(report(), []);
    lms.vanished = true;
    const answer = interaction({ result: "incorrect", response: ["b"] });
    expect(() => connection.save(report({ location: "m3" }), [answer])).not.toThrow();
    expect(connection.saveState).toBe("unsaved");
    expect(() => connection.flush()).not.toThrow();
    lms.vanished = false;
    expect(connection.save(report({ location: "m3" }), [])).toBe("saved");
    expect(lms.values.get("cmi.interactions.0.id")).toBe("q-signs");
    expect(lms.values.get("cmi.interactions.0.result")).toBe(version.result);
    expect(lms.values.get(version.location)).toBe("m3");
  });

  it("hiding the page after a failure retries the whole save", () => {
    const { lms, connection } = setup();
    connection.start();
    lms.vanished = true;
    connection.save(report(), [interaction()]);
    lms.vanished = false;
    connection.flush();
    expect(connection.saveState).toBe("saved");
    expect(lms.values.get("cmi.interactions.0.id")).toBe("q-signs");
    expect(lms.values.get(version.suspendData)).toBe("1|m2|m1,m2|q-signs=ac.1|");
  });

  it("an interaction whose id is refused waits, and is then written without leaving a gap", () => {
    const { lms, connection } = setup();
    connection.start();
    lms.refuse = (element) => /^cmi\.interactions\.\d+\.id$/.test(element);
    connection.save(report(), [interaction()]);
    expect(lms.sets("cmi.interactions.0.type")).toBe(0);
    lms.refuse = () => false;
    connection.save(report(), [
      interaction({ id: "q-next", timestamp: new Date(2024, 4, 6, 10, 0, 0) }),
    ]);
    expect(lms.values.get("cmi.interactions.0.id")).toBe("q-signs");
    expect(lms.values.get("cmi.interactions.1.id")).toBe("q-next");
    expect(connection.saveState).toBe("saved");
  });

  it("an interaction written in part is completed in its own record at the next save", () => {
    const { lms, connection } = setup();
    connection.start();
    lms.refuse = (element) => element.endsWith(".result");
    connection.save(report(), [interaction()]);
    expect(connection.saveState).toBe("unsaved");
    lms.refuse = () => false;
    connection.save(report(), []);
    expect(lms.values.get("cmi.interactions.0.result")).toBe("correct");
    expect(lms.values.has("cmi.interactions.1.id")).toBe(false);
  });

  it("an element the LMS does not implement is left out, and progress still counts as saved", () => {
    const { lms, connection, log } = setup();
    connection.start();
    lms.refuseCode = version.unimplemented;
    lms.refuse = (element) => /^cmi\.interactions\.\d+\.latency$/.test(element);
    expect(connection.save(report(), [interaction()])).toBe("saved");
    expect(lms.values.get("cmi.interactions.0.result")).toBe("correct");
    connection.save(report({ location: "m3" }), [
      interaction({ id: "q-next", timestamp: new Date(2024, 4, 6, 10, 0, 0) }),
    ]);
    expect(connection.saveState).toBe("saved");
    expect(lms.values.get("cmi.interactions.1.id")).toBe("q-next");
    // Asked once, never again; the interaction that had it is not sent a second time.
    expect(
      lms.calls.filter((c) => /^SetValue cmi\.interactions\.\d+\.latency=/.test(c)),
    ).toHaveLength(1);
    expect(lms.sets("cmi.interactions.0.id")).toBe(1);
    const told = log.mock.calls.map(([m]) => m).filter((m) => m.includes("latency"));
    expect(told).toEqual([
      expect.stringContaining(`cmi.interactions.n.latency: error ${version.unimplemented}`),
    ]);
  });

  it("a value refused for any other reason is still a failure to save", () => {
    const { lms, connection } = setup();
    connection.start();
    lms.refuseCode = "101";
    lms.refuse = (element) => /^cmi\.interactions\.\d+\.latency$/.test(element);
    expect(connection.save(report(), [interaction()])).toBe("unsaved");
    lms.refuse = () => false;
    expect(connection.save(report(), [])).toBe("saved");
    expect(lms.values.get("cmi.interactions.0.latency")).toBeDefined();
  });

  it("an Initialize that fails gives an empty start, reports unsaved and sends nothing", () => {
    const { lms, connection, log } = setup((l) => {
      l.initializeAnswer = "false";
    });
    expect(connection.start()).toEqual({
      suspendData: "",
      location: "",
      held: { completion: "unknown", success: "unknown" },
      firstLaunch: true,
    });
    expect(connection.saveState).toBe("unsaved");
    expect(connection.save(report(), [interaction()])).toBe("unsaved");
    connection.flush();
    connection.finish(report());
    expect(lms.calls).toEqual(["Initialize"]);
    expect(log).toHaveBeenCalledWith(expect.stringContaining("Initialize"));
  });

  it('an Initialize that says "true" with an error code counts as failed', () => {
    const { connection } = setup((l) => {
      l.errorAfterInitialize = "101";
    });
    connection.start();
    expect(connection.saveState).toBe("unsaved");
  });

  it("an Initialize that throws counts as failed", () => {
    const { connection } = setup((l) => {
      l.initializeThrows = true;
    });
    expect(() => connection.start()).not.toThrow();
    expect(connection.saveState).toBe("unsaved");
  });

  it("a missing API method counts as a failure, not a crash", () => {
    const { lms, connection } = setup();
    connection.start();
    delete lms.api[version.methods.commit];
    expect(connection.save(report(), [])).toBe("unsaved");
  });

  it("LMS answers given as booleans are understood", () => {
    const { lms, connection } = setup((l) => {
      l.initializeAnswer = true;
    });
    connection.start();
    expect(connection.saveState).toBe("saved");
    expect(lms.count("Initialize")).toBe(1);
  });

  it("a refused Terminate still ends the session: nothing is called afterwards", () => {
    const { lms, connection } = setup();
    connection.start();
    lms.terminateAnswer = "false";
    connection.finish(report());
    expect(connection.saveState).toBe("unsaved");
    const before = lms.calls.length;
    connection.save(report(), [interaction()]);
    connection.flush();
    connection.finish(report());
    expect(lms.calls.length).toBe(before);
    expect(lms.count("Terminate")).toBe(1);
  });

  it("a finish whose LMS throws is still the last call", () => {
    const { lms, connection } = setup();
    connection.start();
    lms.vanished = true;
    expect(() => connection.finish(report())).not.toThrow();
    lms.vanished = false;
    const before = lms.calls.length;
    connection.save(report(), []);
    expect(lms.calls.length).toBe(before);
  });

  it("saved state longer than the version allows is not sent, so the LMS cannot cut it", () => {
    const { lms, connection, log } = setup();
    connection.start();
    const tooLong = "x".repeat(version.suspendLimit + 1);
    expect(connection.save(report({ suspendData: tooLong }), [])).toBe("unsaved");
    expect(lms.sets(version.suspendData)).toBe(0);
    expect(log).toHaveBeenCalledWith(expect.stringContaining(String(version.suspendLimit)));
    expect(connection.save(report({ suspendData: "x".repeat(version.suspendLimit) }), [])).toBe(
      "saved",
    );
  });

  it("tells the developer which element failed and the error's name, once", () => {
    const { lms, connection, log } = setup();
    connection.start();
    lms.refuse = (element) => element === version.location;
    connection.save(report(), []);
    connection.save(report(), []);
    const messages = log.mock.calls.map(([m]) => m).filter((m) => m.includes(version.location));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(version.name);
    expect(messages[0]).toMatch(/error 405 \(.+\)/);
  });

  it("a save-state listener that throws does not stop the save", () => {
    const { lms, connection } = setup();
    connection.onSaveStateChange(() => {
      throw new Error("listener bug");
    });
    connection.start();
    expect(connection.save(report(), [])).toBe("saved");
    expect(lms.count("Commit")).toBeGreaterThanOrEqual(1);
  });

  it("a save before start sends nothing", () => {
    const { lms, connection } = setup();
    connection.save(report(), [interaction()]);
    connection.flush();
    expect(lms.calls).toEqual([]);
  });
});
