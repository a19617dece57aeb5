import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { identifiersOf, manifest12, manifest2004 } from "../../scorm/manifest.js";
import { buildCourse } from "../../src/compiler/build.js";
import { loadCourse } from "../../src/compiler/course/loader.js";
import { validateManifest } from "../helpers/xsd.js";

const courses = ["course", "tests/fixtures/tiny-course"];
const built = new Map<string, string[]>();

beforeAll(async () => {
  for (const dir of courses) {
    const out = mkdtempSync(join(tmpdir(), "manifest-test-"));
    const { zips } = await buildCourse(dir, out, join(out, "web"));
    built.set(dir, zips);
  }
}, 120_000);

function manifestOf(zip: string): { xml: string; files: Record<string, Uint8Array> } {
  const files = unzipSync(readFileSync(zip));
  return { xml: new TextDecoder().decode(files["imsmanifest.xml"]), files };
}

describe.each(courses)("packages built from %s", (dir) => {
  const scorm = () => (built.get(dir) ?? []).filter((z) => /-scorm(12|2004)\.zip$/.test(z));

  it("makes a SCORM 1.2, a SCORM 2004 and a web zip named <course>-<version>-<format>.zip", () => {
    const course = loadCourse(dir).course;
    const names = (built.get(dir) ?? []).map((z) => z.split("/").pop());
    expect(names).toEqual([
      `${course.id}-${course.version}-scorm12.zip`,
      `${course.id}-${course.version}-scorm2004.zip`,
      `${course.id}-${course.version}-web.zip`,
    ]);
  });

  it("has manifests that validate against the official SCORM schemas", async () => {
    for (const zip of scorm()) {
      const { xml } = manifestOf(zip);
      const version = zip.endsWith("-scorm12.zip") ? "scorm12" : "scorm2004";
      const result = validateManifest(xml, version);
      expect(result.errors, zip).toEqual([]);
      expect(result.valid).toBe(true);
    }
  });

  it("lists in each manifest only files that are in the zip, and every web file", () => {
    for (const zip of scorm()) {
      const { xml, files } = manifestOf(zip);
      const listed = [...xml.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => decodeURI(m[1]));
      const web = Object.keys(files).filter(
        (f) => !/\.(xsd|dtd)$/.test(f) && f !== "imsmanifest.xml",
      );
      expect(listed.sort()).toEqual(web.sort());
      expect(xml).toContain('href="index.html"');
    }
  });

  it("carries the schema files at the zip root and tells the player which API to use", () => {
    for (const zip of scorm()) {
      const { files } = manifestOf(zip);
      const v = zip.endsWith("-scorm12.zip") ? "scorm12" : "scorm2004";
      expect(Object.keys(files)).toContain(
        v === "scorm12" ? "imscp_rootv1p1p2.xsd" : "imscp_v1p1.xsd",
      );
      const index = new TextDecoder().decode(files["index.html"]);
      expect(index).toContain(`<meta name="lms" content="${v}" />`);
    }
  });

  it("puts no absolute or parent paths in the zip", () => {
    for (const zip of built.get(dir) ?? []) {
      for (const name of Object.keys(manifestOf(zip).files)) {
        expect(name.startsWith("/") || name.includes("..") || name.includes("\\"), name).toBe(
          false,
        );
      }
    }
  });
});

describe("manifests", () => {
  const course = loadCourse("tests/fixtures/tiny-course").course;
  const input = { course, files: ["index.html", "assets/a.js"], launch: "index.html" };

  it("keep every identifier when only the version changes, and show the version", () => {
    const next = { ...input, course: { ...course, version: "1.0.1" } };
    const ids = (xml: string) =>
      [...xml.matchAll(/identifier(?:ref)?="([^"]+)"/g)].map((m) => m[1]);
    for (const make of [manifest12, manifest2004]) {
      const a = make(input);
      const b = make(next);
      expect(ids(a)).toEqual(ids(b));
      expect(b).toContain('version="1.0.1"');
      expect(b).toContain(">1.0.1</");
      expect(b).toContain(`${course.title} (version 1.0.1)`);
    }
    expect(ids(manifest12(input))).toContain(identifiersOf(course).resource);
  });

  it("carry the pass mark: adlcp:masteryscore in 1.2, minNormalizedMeasure satisfied by measure in 2004", () => {
    const c = { ...course, settings: { ...course.settings, passMark: 75 } };
    expect(manifest12({ ...input, course: c })).toContain(
      "<adlcp:masteryscore>75</adlcp:masteryscore>",
    );
    const m2004 = manifest2004({ ...input, course: c });
    expect(m2004).toContain('satisfiedByMeasure="true"');
    expect(m2004).toContain("<imsss:minNormalizedMeasure>0.75</imsss:minNormalizedMeasure>");
    expect(m2004).toContain('adlcp:scormType="sco"');
    expect(m2004).toContain("<schemaversion>2004 4th Edition</schemaversion>");
  });

  it("escape author text so a title with markup characters stays valid XML", async () => {
    const c = { ...course, title: 'Risk & "respectful" <uncertainty>' };
    const xml = manifest12({ ...input, course: c });
    expect(xml).toContain("Risk &amp; &quot;respectful&quot; &lt;uncertainty&gt;");
    expect(validateManifest(xml, "scorm12").valid).toBe(true);
  });

  it("are rejected by the validator when a required attribute is wrong (the check can fail)", async () => {
    const broken = manifest2004(input).replace('adlcp:scormType="sco"', 'adlcp:scormType="lesson"');
    expect(validateManifest(broken, "scorm2004").valid).toBe(false);
  });
});
