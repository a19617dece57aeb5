/** The walking skeleton end to end: each built package starts an LMS session and shows its first module. */
import { expect, test } from "@playwright/test";
import { launch, lmsCalls, lmsData, packageOf, type ScormVersion } from "./simulator.js";

const courses = [
  { id: "family-m", firstHeading: /welcome/i },
  { id: "tiny-course", firstHeading: "Start here" },
];
const versions: ScormVersion[] = ["scorm12", "scorm2004"];

for (const course of courses) {
  for (const version of versions) {
    test(`${course.id} ${version}: the course starts an LMS session and renders its first module`, async ({
      page,
    }) => {
      const frame = await launch(page, packageOf(course.id, version));
      await expect(frame.locator("module-page h1")).toHaveText(course.firstHeading);
      const calls = await lmsCalls(page);
      const init = version === "scorm12" ? "LMSInitialize" : "Initialize";
      expect(calls.filter((c) => c.method === init)).toEqual([
        expect.objectContaining({ result: "true" }),
      ]);
      const data = await lmsData(page);
      const status = version === "scorm12" ? data.core.lesson_status : data.completion_status;
      expect(status).toBe("incomplete");
    });
  }
}
