/** The pure rules behind the authoring checks, at their edges. */
import { describe, expect, it } from "vitest";
import {
  compareVersions,
  versionBehindChangelog,
} from "../../src/compiler/course/checks/changelog.js";
import { unclosedFence } from "../../src/compiler/course/checks/markdown-slips.js";
import { encodingProblem } from "../../src/compiler/course/encoding.js";
import { findRawHtml } from "../../src/loading/checks/raw-html.js";
import { textProblems } from "../../src/loading/checks/text.js";
import { findYamlSlip } from "../../src/loading/checks/yaml-slips.js";
import { lengthProblem, TEXT_LIMITS } from "../../src/loading/limits.js";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("versions", () => {
  it("compare part by part as numbers, missing parts counting as 0", () => {
    expect(compareVersions("1.10.0", "1.9.2")).toBe(1);
    expect(compareVersions("1.0", "1.0.0")).toBe(0);
    expect(compareVersions("1.0.0", "1.0.1")).toBe(-1);
    expect(compareVersions("2", "1.99.99")).toBe(1);
  });

  it("are behind the changelog only when lower than its highest entry, wherever it is", () => {
    const log = "# Changelog\n\n## 1.0.1\n\nFix.\n\n## [1.2.0] (2027-01-01)\n\nNew.\n";
    expect(versionBehindChangelog(log, "1.2.0")).toBeUndefined();
    expect(versionBehindChangelog(log, "1.3.0")).toBeUndefined();
    expect(versionBehindChangelog(log, "1.1.9")?.line).toBe(7);
    expect(versionBehindChangelog("# Changelog\n", "1.0.0")).toBeUndefined();
  });
});

describe("file encodings", () => {
  it("accept UTF-8 with or without a byte-order mark", () => {
    expect(encodingProblem(bytes("Café ✓\r\n"))).toBeUndefined();
    expect(encodingProblem(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes("Café")]))).toBeUndefined();
  });

  it("name UTF-16 without a byte-order mark by its zero bytes", () => {
    const utf16 = new Uint8Array([...bytes("id")].flatMap((b) => [b, 0]));
    expect(encodingProblem(utf16)?.message).toMatch(/^this file is saved as UTF-16/);
  });

  it("give the line of Word's 'smart' quote saved as Windows-1252", () => {
    const text = new Uint8Array([...bytes("line one\nline two\n"), 0x93, ...bytes("Hi")]);
    expect(encodingProblem(text)?.line).toBe(3);
  });
});

describe("text settings", () => {
  it("count characters as a reader does: an emoji is one", () => {
    const limit = TEXT_LIMITS.text;
    expect(lengthProblem("text", "😀".repeat(limit))).toBeUndefined();
    expect(lengthProblem("text", "😀".repeat(limit + 1))).toMatch(/is 301 characters long/);
    expect(lengthProblem("no-such-setting", "x".repeat(100000))).toBeUndefined();
  });

  it("allow tabs and line breaks, but not the control characters XML cannot carry", () => {
    expect(textProblems("feedback", "One\ttwo\nthree")).toEqual([]);
    expect(textProblems("feedback", "One\u0000two")[0]).toMatch(/U\+0000/);
    expect(textProblems("feedback", "One\u001ftwo")[0]).toMatch(/U\+001F/);
  });

  it("treat a less-than sign as text, and a tag in backticks as code", () => {
    expect(textProblems("question", "Is a child aged < 5 more at risk?")).toEqual([]);
    expect(findRawHtml("Write `<b>` as **bold**.")).toEqual([]);
    expect(findRawHtml("<!-- a note for authors -->\n\nText.")).toEqual([]);
    expect(findRawHtml("A <br> break").map((h) => h.tag)).toEqual(["<br>"]);
  });
});

describe("YAML slips", () => {
  it("leave text blocks (| and >) alone, however they are indented", () => {
    const yaml = "question: |\n  First line\n      indented more\n  back: here\noptions:\n";
    expect(findYamlSlip(yaml, 5)).toBeUndefined();
  });

  it("blame a colon in the text above rather than the deeper line after it", () => {
    expect(findYamlSlip("question: Note: what\n  is: it\n", 2)).toBeUndefined();
  });

  it("report only slips at or before the parser's last complaint", () => {
    expect(findYamlSlip("a: 1\nb: 2\n c: 3\n", 2)).toBeUndefined();
    expect(findYamlSlip("a: 1\nb: 2\n c: 3\n", 3)?.line).toBe(3);
  });
});

describe("blocks left open", () => {
  it("are found when the next block's opening line sits inside, but not for text in a setting", () => {
    expect(unclosedFence("```callout\ntone: key-point\n```")).toBeUndefined();
    expect(unclosedFence("```callout\ntone: key-point\n")).toEqual({});
    const swallowed = "```reflection\nprompts: []\n\n```results\n```";
    expect(unclosedFence(swallowed)).toEqual({ inner: 27, line: "```results" });
    expect(swallowed.slice(27)).toMatch(/^```results/);
    // A setting's text may show a fence, indented under its setting: that is text, not a block.
    expect(unclosedFence("```callout\ntext: |\n  ```question\n  is shown\n```")).toBeUndefined();
  });
});
