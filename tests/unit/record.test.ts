/** The record of learning's own rules: its id, and time spent as the record reads it. */
import { describe, expect, it } from "vitest";
import { displayName } from "../../src/player/completion-record.js";
import { recordId, recordNameKey, timeSpentText } from "../../src/player/record-name.js";

const base = {
  courseId: "family-m",
  version: "1.0.0",
  learner: "Sam Jones",
  completedAt: 1_764_000_000_000,
};

describe("a record id", () => {
  it("is short, readable and the same every time for the same record", () => {
    const id = recordId(base);
    expect(id).toMatch(/^[0-9A-V]{4}-[0-9A-V]{3,}$/);
    expect(recordId({ ...base })).toBe(id);
  });
  it("changes with each thing it stands for: course, version, learner, completion time", () => {
    const ids = new Set([
      recordId(base),
      recordId({ ...base, courseId: "family-n" }),
      recordId({ ...base, version: "1.0.1" }),
      recordId({ ...base, learner: "Sam Jonas" }),
      recordId({ ...base, completedAt: base.completedAt + 1 }),
    ]);
    expect(ids.size).toBe(5);
  });
  it("ignores spaces around the name, as the record shows it", () => {
    expect(recordId({ ...base, learner: "  Sam Jones " })).toBe(recordId(base));
  });
});

describe("time spent", () => {
  it.each([
    [0, "under a minute"],
    [29_000, "under a minute"],
    [31_000, "1 min"],
    [12 * 60_000, "12 min"],
    [60 * 60_000, "1 h"],
    [65 * 60_000, "1 h 5 min"],
    [(2 * 60 + 59) * 60_000 + 40_000, "3 h"],
  ])("%i ms reads %s", (ms, text) => expect(timeSpentText(ms)).toBe(text));
});

describe("the learner's name", () => {
  it("an LMS's 'Surname, Forename' reads 'Forename Surname'; anything else as given", () => {
    expect(displayName("Jones, Sam")).toBe("Sam Jones");
    expect(displayName("Sam Jones")).toBe("Sam Jones");
  });
  it("a typed name is kept under its own key per course, apart from saved progress", () => {
    expect(recordNameKey("family-m")).toBe("record-name:family-m");
    expect(recordNameKey("family-m")).not.toBe(recordNameKey("other"));
  });
});
