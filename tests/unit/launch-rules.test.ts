// @vitest-environment happy-dom
/**
 * The pass mark an LMS derives from our manifests is the course's, by the standard's reading and
 * by Moodle's (launch-rules.ts, the rules the simulator launches packages under); and the LOM
 * description reads as sentences.
 */
import { describe, expect, it } from "vitest";
import { description, manifest12, manifest2004 } from "../../scorm/manifest.js";
import type { Course } from "../../src/course/model.js";
import { RULE_SETS, reopenedAs, sequencingOf } from "../../src/tools/lms-simulator/launch-rules.js";
import { sampleCourse } from "../helpers/course.js";
import { validateManifest } from "../helpers/xsd.js";

function courseWith(themes: number, passMark: number): Course {
  const base = sampleCourse({ passMark });
  return {
    ...base,
    themes: Array.from({ length: themes }, (_, n) => ({
      id: `theme-${n + 1}`,
      title: `Theme ${n + 1}`,
      objective: `Can do ${n + 1}.`,
    })),
  };
}

/** What an LMS reads from the launched item of a manifest. */
function sequencing(xml: string) {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const item = [...doc.getElementsByTagName("*")].find((e) => e.localName === "item");
  return sequencingOf(item);
}

const input = (course: Course) => ({ course, files: ["index.html"], launch: "index.html" });

describe("the pass mark an LMS derives from the SCORM 2004 manifest", () => {
  for (const themes of [0, 1, 4, 9]) {
    for (const passMark of [0, 50, 80, 85.5, 100]) {
      it(`is the course's ${passMark} % with ${themes} themes, by the standard and by Moodle`, () => {
        const seq = sequencing(manifest2004(input(courseWith(themes, passMark))));
        const expected = passMark / 100;
        expect(Number(RULE_SETS.standard.scaledPassingScore(seq))).toBeCloseTo(expected, 6);
        expect(Number(RULE_SETS.moodle.scaledPassingScore(seq))).toBeCloseTo(expected, 6);
      });
    }
  }

  it("would be 100 % under Moodle's rule if theme objectives were declared without a measure", () => {
    // The rule itself, on the kind of manifest 1.0.0 shipped: this is why the course declares
    // only the primary objective.
    const xml = `<manifest><organizations><organization><item identifier="i">
      <imsss:sequencing xmlns:imsss="http://www.imsglobal.org/xsd/imsss"><imsss:objectives>
        <imsss:primaryObjective objectiveID="pass" satisfiedByMeasure="true">
          <imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure>
        </imsss:primaryObjective>
        <imsss:objective objectiveID="risk-images"/>
      </imsss:objectives></imsss:sequencing></item></organization></organizations></manifest>`;
    const seq = sequencing(xml);
    expect(RULE_SETS.standard.scaledPassingScore(seq)).toBe("0.8");
    expect(RULE_SETS.moodle.scaledPassingScore(seq)).toBe("1.0");
  });

  it("is none under Forma LMS's rules, which launch with an empty passing score", () => {
    const seq = sequencing(manifest2004(input(courseWith(4, 80))));
    expect(RULE_SETS.forma.scaledPassingScore(seq)).toBe("");
  });

  it("declares only the primary objective, and the manifest stays schema-valid", () => {
    const xml = manifest2004(input(courseWith(4, 80)));
    expect(sequencing(xml).objectives).toEqual([]);
    expect(validateManifest(xml, "scorm2004").errors).toEqual([]);
  });
});

describe("the SCORM 1.2 mastery score", () => {
  it.each([0, 80, 100])("is the course's pass mark (%i) under every rule set", (passMark) => {
    const seq = sequencing(manifest12(input(courseWith(4, passMark))));
    for (const rules of Object.values(RULE_SETS)) {
      expect(rules.masteryScore(seq)).toBe(String(passMark));
    }
  });
});

describe("how an LMS reopens a finished attempt", () => {
  const finished2004 = { completion_status: "completed", success_status: "passed" };
  const finished12 = { core: { lesson_status: "passed" } };
  const unfinished2004 = { completion_status: "incomplete", success_status: "unknown" };

  it("Moodle reopens it in review mode without credit, in both versions", () => {
    const review = { mode: "review", credit: "no-credit" };
    expect(reopenedAs(RULE_SETS.moodle, "2004", finished2004)).toEqual(review);
    expect(reopenedAs(RULE_SETS.moodle, "12", finished12)).toEqual(review);
    expect(reopenedAs(RULE_SETS.moodle, "2004", unfinished2004)).toBeUndefined();
  });

  it("Forma reopens a finished SCORM 2004 attempt without credit, as seen in 4.0.19", () => {
    expect(reopenedAs(RULE_SETS.forma, "2004", finished2004)).toEqual({
      mode: "normal",
      credit: "no-credit",
    });
    expect(reopenedAs(RULE_SETS.forma, "2004", unfinished2004)).toBeUndefined();
    expect(reopenedAs(RULE_SETS.forma, "12", finished12)).toBeUndefined();
  });

  it("the standard's rules open every attempt as usual", () => {
    expect(reopenedAs(RULE_SETS.standard, "2004", finished2004)).toBeUndefined();
  });
});

describe("what Forma LMS refuses and keeps", () => {
  it("refuses every objective description, and nothing else the course writes", () => {
    expect(RULE_SETS.forma.refusesElement("cmi.objectives.0.description")).toBe(true);
    expect(RULE_SETS.forma.refusesElement("cmi.objectives.12.description")).toBe(true);
    for (const element of [
      "cmi.interactions.0.description",
      "cmi.objectives.0.success_status",
      "cmi.objectives.0.score.raw",
      "cmi.score.raw",
    ]) {
      expect(RULE_SETS.forma.refusesElement(element), element).toBe(false);
    }
    expect(RULE_SETS.standard.refusesElement("cmi.objectives.0.description")).toBe(false);
    expect(RULE_SETS.moodle.refusesElement("cmi.objectives.0.description")).toBe(false);
  });

  it("keeps the last session time, which the standard's rules and Moodle's do not", () => {
    expect(RULE_SETS.forma.repeatsLastSessionTime).toBe(true);
    expect(RULE_SETS.standard.repeatsLastSessionTime).toBe(false);
    expect(RULE_SETS.moodle.repeatsLastSessionTime).toBe(false);
  });
});

describe("the manifest description", () => {
  const withSettings = (audience: string, source: string): Course => ({
    ...sampleCourse(),
    audience,
    source: { title: source },
  });

  it.each([
    ["Social workers and others.", 'Based on "Briefing", 2018.'],
    ["Social workers and others", 'Based on "Briefing", 2018'],
    ["Social workers and others.", '"Briefing", 2018.'],
    ["Social workers and others", '"Briefing", 2018'],
    ["  Social workers and others  ", "  based on “Briefing”, 2018!  "],
  ])("reads as two sentences from audience %j and source %j", (audience, source) => {
    const text = description(withSettings(audience, source));
    expect(text).toMatch(/^Social workers and others\. Based on [“"]Briefing[”"], 2018[.!]$/i);
    expect(text).not.toMatch(/\.\.|Based on:? Based on/i);
  });

  it("keeps a closing quotation mark after the full stop where the author put one", () => {
    expect(description(withSettings("Everyone", 'Based on "A briefing."'))).toBe(
      'Everyone. Based on "A briefing."',
    );
  });
});
