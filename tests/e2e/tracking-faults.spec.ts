/**
 * An LMS that misbehaves: the learner keeps working, is told plainly that progress is not being
 * saved, and once the LMS answers again everything it refused arrives, each answer once.
 */
import { expect, type Page, test } from "@playwright/test";
import {
  answer,
  familyM,
  heading,
  moduleOf,
  openModule,
  questionsIn,
  rightChoice,
  saveStatus,
  takeBreak,
  wrongChoice,
} from "./learner.js";
import {
  closeCourse,
  FORMATS,
  launch,
  lmsCalls,
  packageOf,
  type ScormVersion,
  savedData,
  setFaults,
  tracking,
  trackingOf,
  watchErrors,
} from "./simulator.js";

test.use({ viewport: { width: 1280, height: 900 } });

const versions: ScormVersion[] = ["scorm12", "scorm2004"];

async function expectOneTerminate(page: Page, version: ScormVersion): Promise<void> {
  const f = FORMATS[version];
  await expect
    .poll(async () => (await lmsCalls(page)).filter((c) => c.method === f.terminate).length)
    .toBe(1);
  expect((await lmsCalls(page)).at(-1)?.method).toBe(f.terminate);
}

for (const version of versions) {
  test.describe(`family-m ${version}`, () => {
    test("an LMS that refuses every value: the learner keeps answering, is told it is not saved, and the refused answers arrive when the LMS recovers", async ({
      page,
    }) => {
      const errors = watchErrors(page);
      const course = familyM();
      const f = FORMATS[version];
      const pkg = packageOf("family-m", version);
      const frame = await launch(page, pkg, { faults: { rejectSetValue: true } });
      await expect(heading(frame)).toHaveText(course.modules[0].title);
      await expect(saveStatus(frame, "unsaved")).toBeVisible();

      const lesson1 = moduleOf(course, "lesson-1-risk-from-images");
      const [q1, q2, q3] = questionsIn(lesson1);
      await openModule(frame, lesson1);
      await answer(frame, q1, rightChoice(q1));
      await answer(frame, q2, wrongChoice(q2));
      await expect(saveStatus(frame, "unsaved")).toBeVisible();
      expect((await tracking(page, version)).interactions, "nothing got through").toEqual([]);

      await setFaults(page, { rejectSetValue: false });
      await answer(frame, q3, rightChoice(q3));
      await expect(saveStatus(frame, "saved")).toBeVisible();

      const lms = await tracking(page, version);
      expect(lms.interactions.map((i) => [i.id, i.result])).toEqual([
        [q1.id, f.results.correct],
        [q2.id, f.results.incorrect],
        [q3.id, f.results.correct],
      ]);
      // The bookmark is the page of the lesson the learner is on.
      expect(lms.location).toMatch(new RegExp(`^${lesson1.id}(\\.\\d+)?$`));
      expect(lms.completion).toBe("incomplete");
      expect(lms.score.raw, "no running score part-way through").toBe("");
      expect(lms.objectives.filter((o) => o.id === q1.theme)).toHaveLength(1);
      expect(
        (await lmsCalls(page)).filter(
          (c) => c.method === f.setValue && c.result === "false" && !c.injected,
        ),
        "once recovered, the LMS refused nothing",
      ).toEqual([]);

      await takeBreak(frame);
      // Then leaves: the LMS's page closes the course's frame.
      await closeCourse(page);
      await expectOneTerminate(page, version);
      const committed = trackingOf(version, (await savedData(page, pkg)) ?? {});
      expect(committed.interactions.map((i) => i.id)).toEqual([q1.id, q2.id, q3.id]);
      expect(errors).toEqual([]);
    });

    test("an LMS whose commits fail: the learner keeps answering, is told it is not saved, and everything is committed at the next save point", async ({
      page,
    }) => {
      const errors = watchErrors(page);
      const course = familyM();
      const f = FORMATS[version];
      const pkg = packageOf("family-m", version);
      const frame = await launch(page, pkg, { faults: { failCommit: true } });
      await expect(heading(frame)).toHaveText(course.modules[0].title);
      await expect(saveStatus(frame, "unsaved")).toBeVisible();

      const lesson1 = moduleOf(course, "lesson-1-risk-from-images");
      const lesson2 = moduleOf(course, "lesson-2-challenge-escalation");
      await openModule(frame, lesson1);
      const questions = questionsIn(lesson1);
      for (const q of questions) await answer(frame, q, rightChoice(q));
      await expect(saveStatus(frame, "unsaved")).toBeVisible();
      expect(await savedData(page, pkg), "nothing was committed").toBeUndefined();

      // The LMS recovers; the next save point (opening a module) commits everything.
      await setFaults(page, { failCommit: false });
      await openModule(frame, lesson2);
      await expect(saveStatus(frame, "saved")).toBeVisible();
      const committed = trackingOf(version, (await savedData(page, pkg)) ?? {});
      expect(committed.interactions.map((i) => [i.id, i.result])).toEqual(
        questions.map((q) => [q.id, f.results.correct]),
      );
      expect(committed.location).toBe(lesson2.id);
      expect(committed.score.raw, "no running score part-way through").toBe("");
      // The lesson's theme is committed, unscored: its questions are practice, and its score
      // comes from the final assessment.
      const theme = committed.objectives.find((o) => o.id === questions[0].theme);
      expect(theme, "the theme's objective was committed").toBeDefined();
      expect(theme?.raw, "practice questions do not score the theme").toBe("");
      expect(committed.suspendData.length).toBeGreaterThan(0);

      await takeBreak(frame);
      // Then leaves: the LMS's page closes the course's frame.
      await closeCourse(page);
      await expectOneTerminate(page, version);
      expect(errors).toEqual([]);
    });

    test("an LMS that does not implement some optional elements: the answers are recorded without them and progress shows as saved", async ({
      page,
    }) => {
      const errors = watchErrors(page);
      const course = familyM();
      const f = FORMATS[version];
      const unsupported = ["cmi.interactions.n.latency", "cmi.interactions.n.objectives.n.id"];
      const frame = await launch(page, packageOf("family-m", version), {
        faults: { unsupported },
      });
      const lesson1 = moduleOf(course, "lesson-1-risk-from-images");
      await openModule(frame, lesson1);
      const questions = questionsIn(lesson1);
      for (const q of questions) await answer(frame, q, rightChoice(q));
      await expect(saveStatus(frame, "saved")).toBeVisible();

      const lms = await tracking(page, version);
      expect(lms.interactions.map((i) => [i.id, i.result])).toEqual(
        questions.map((q) => [q.id, f.results.correct]),
      );
      const calls = await lmsCalls(page);
      const asked = (shape: RegExp) =>
        calls.filter((c) => c.method === f.setValue && shape.test(String(c.args[0]))).length;
      expect(asked(/^cmi\.interactions\.\d+\.latency$/), "asked once, then left out").toBe(1);
      expect(asked(/^cmi\.interactions\.\d+\.objectives\.\d+\.id$/)).toBe(1);
      expect(
        calls.filter((c) => c.method === f.setValue && c.args[0] === "cmi.interactions.0.id"),
        "no interaction sent twice",
      ).toHaveLength(1);
      await takeBreak(frame);
      // Then leaves: the LMS's page closes the course's frame.
      await closeCourse(page);
      await expectOneTerminate(page, version);
      expect(errors).toEqual([]);
    });
  });
}
