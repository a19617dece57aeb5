import { describe, expect, it } from "vitest";
import {
  iso8601Duration,
  iso8601Timestamp,
  scorm12Time,
  scorm12Timespan,
} from "../../src/lms/time.js";

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** SCORM 1.2 CMITimespan: 2–4 hour digits, at most two decimals. */
const CMI_TIMESPAN = /^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/;
/** SCORM 2004 timeinterval as this course writes it. */
const ISO_DURATION = /^PT(?=\d)(\d+H)?([1-5]?\dM)?([1-5]?\d(\.\d{1,2})?S)?$/;

const EDGES = [
  0,
  1,
  4,
  5,
  994,
  995,
  59_994,
  59_995,
  59_999,
  MINUTE,
  3_599_994,
  3_599_995,
  3_599_999,
  HOUR,
  100 * HOUR + 59_999,
  9999 * HOUR + 59 * MINUTE + 59_994,
  9999 * HOUR + 59 * MINUTE + 59_999,
  12_000 * HOUR,
];

describe("SCORM 1.2 session time and latency (CMITimespan)", () => {
  it("is 00:00:00.00 for no time at all", () => {
    expect(scorm12Timespan(0)).toBe("00:00:00.00");
  });

  it("keeps hundredths of a second", () => {
    expect(scorm12Timespan(5_200)).toBe("00:00:05.20");
    expect(scorm12Timespan(3_723_450)).toBe("01:02:03.45");
  });

  it("carries into the minute when 59.995 s rounds up", () => {
    expect(scorm12Timespan(59_994)).toBe("00:00:59.99");
    expect(scorm12Timespan(59_995)).toBe("00:01:00.00");
    expect(scorm12Timespan(59_999)).toBe("00:01:00.00");
  });

  it("carries into the hour when 3599.999 s rounds up", () => {
    expect(scorm12Timespan(3_599_999)).toBe("01:00:00.00");
  });

  it("uses three or four hour digits past 99 hours", () => {
    expect(scorm12Timespan(100 * HOUR + 5 * MINUTE + 7_500)).toBe("100:05:07.50");
    expect(scorm12Timespan(1234 * HOUR)).toBe("1234:00:00.00");
  });

  it("stops at 9999:59:59.99, the longest time the format can say", () => {
    expect(scorm12Timespan(9999 * HOUR + 59 * MINUTE + 59_999)).toBe("9999:59:59.99");
    expect(scorm12Timespan(12_000 * HOUR)).toBe("9999:59:59.99");
  });

  it("treats negative, NaN and infinite input as no time", () => {
    for (const bad of [-1, -HOUR, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(scorm12Timespan(bad)).toBe("00:00:00.00");
    }
  });

  it("is always a valid CMITimespan at the edges", () => {
    for (const ms of EDGES) expect(scorm12Timespan(ms)).toMatch(CMI_TIMESPAN);
  });
});

describe("SCORM 2004 session time and latency (ISO 8601 duration)", () => {
  it("is PT0S for no time at all", () => {
    expect(iso8601Duration(0)).toBe("PT0S");
    expect(iso8601Duration(4)).toBe("PT0S");
  });

  it("names only the parts it has", () => {
    expect(iso8601Duration(3_723_450)).toBe("PT1H2M3.45S");
    expect(iso8601Duration(5_200)).toBe("PT5.2S");
    expect(iso8601Duration(500)).toBe("PT0.5S");
    expect(iso8601Duration(MINUTE)).toBe("PT1M");
    expect(iso8601Duration(HOUR + 1_000)).toBe("PT1H1S");
  });

  it("has at most two decimals", () => {
    expect(iso8601Duration(1_234.567)).toBe("PT1.23S");
    expect(iso8601Duration(5)).toBe("PT0.01S");
  });

  it("carries when 59.995 s and 3599.999 s round up", () => {
    expect(iso8601Duration(59_995)).toBe("PT1M");
    expect(iso8601Duration(59_999)).toBe("PT1M");
    expect(iso8601Duration(3_599_999)).toBe("PT1H");
  });

  it("counts hours past 100 without a limit", () => {
    expect(iso8601Duration(101 * HOUR + 2 * MINUTE + 3_450)).toBe("PT101H2M3.45S");
    expect(iso8601Duration(12_000 * HOUR)).toBe("PT12000H");
  });

  it("treats negative, NaN and infinite input as no time", () => {
    for (const bad of [-1, -HOUR, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(iso8601Duration(bad)).toBe("PT0S");
    }
  });

  it("is always a valid duration at the edges", () => {
    for (const ms of EDGES) expect(iso8601Duration(ms)).toMatch(ISO_DURATION);
  });
});

describe("interaction times", () => {
  // Local-time constructor: the formats are the learner's clock time, so the test is the same in
  // every time zone.
  const moment = new Date(2024, 0, 2, 3, 4, 5, 678);

  it("SCORM 1.2 writes the clock time as HH:MM:SS", () => {
    expect(scorm12Time(moment)).toBe("03:04:05");
    expect(scorm12Time(new Date(2024, 11, 31, 23, 59, 59))).toBe("23:59:59");
  });

  it("SCORM 2004 writes the date and clock time as YYYY-MM-DDThh:mm:ss", () => {
    expect(iso8601Timestamp(moment)).toBe("2024-01-02T03:04:05");
  });

  it("an invalid date gives an empty string, so the element is left unwritten", () => {
    expect(scorm12Time(new Date(Number.NaN))).toBe("");
    expect(iso8601Timestamp(new Date("not a date"))).toBe("");
  });
});
