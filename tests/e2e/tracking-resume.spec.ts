/**
 * Coming back: a learner who leaves half-way resumes exactly where they left off from what the
 * LMS saved, and a learner who has passed keeps their pass and score when they come back to review.
 */

import { expect, test } from "@playwright/test";
import type { Question } from "../../src/blocks/question/model.js";
import { emptyProgress, visit } from "../../src/progress/progress.js";
import { encodeSnapshot } from "../../src/progress/snapshot.js";
import {
  acceptWarningIfShown,
  answer,
  answerAll,
  browseAll,
  caseDecisionsOf,
  drawnItems,
  expectAnswered,
  familyM,
  heading,
  isOpen,
  menuState,
  moduleOf,
  openModule,
  questionsIn,
  questionsOf,
  rightChoice,
  takeBreak,
  wrongChoice,
  wrongInDraw,
} from "./learner.js";
import {
  closeCourse,
  FORMATS,
  type LmsModel,
  launch,
  lmsCalls,
  lmsData,
  openSimulator,
  packageOf,
  relaunch,
  resumeData,
  type ScormVersion,
  tracking,
  trackingOf,
  watchErrors,
} from "./simulator.js";

test.use({ viewport: { width: 1280, height: 900 } });

const versions: ScormVersion[] = ["scorm12", "scorm2004"];

/** What an LMS holds for a learner who passed with full marks, built with the course's own codec. */
function passedRecord(version: ScormVersion, suspendData: string, location: string): LmsModel {
  if (version === "scorm12") {
    return {
      suspend_data: suspendData,
      core: {
        lesson_status: "passed",
        lesson_location: location,
        score: { raw: "100", min: "0", max: "100" },
        exit: "suspend",
        session_time: "00:41:10.00",
      },
    };
  }
  return {
    suspend_data: suspendData,
    location,
    completion_status: "completed",
    success_status: "passed",
    score: { scaled: "1", raw: "100", min: "0", max: "100" },
    progress_measure: "1",
    exit: "suspend",
    session_time: "PT41M10S",
  };
}

for (const version of versions) {
  test.describe(`family-m ${version}`, () => {
    test("a learner who leaves half-way resumes where they left off, with their answers, and can finish", async ({
      page,
    }) => {
      const errors = watchErrors(page);
      const course = familyM();
      const pkg = packageOf("family-m", version);
      const f = FORMATS[version];
      const lesson1 = moduleOf(course, "lesson-1-risk-from-images");
      const lesson2 = moduleOf(course, "lesson-2-challenge-escalation");
      const [wrongOne] = questionsIn(lesson1).slice(1, 2);
      const [doneInLesson2, ...openInLesson2] = questionsIn(lesson2);
      // One practice answer wrong (kept and shown, not scored) and one item of the final
      // assessment wrong (scored).
      const [wrongItem] = drawnItems(course);
      const inDraw = wrongInDraw(course, [wrongItem.id]);
      const chosen = (q: Question) => (q === wrongOne ? wrongChoice(q) : inDraw(q));

      // First session: lesson 1 answered (one wrong), one question of lesson 2, then the learner
      // closes the LMS window.
      let frame = await launch(page, pkg);
      await openModule(frame, lesson1);
      for (const q of questionsIn(lesson1)) await answer(frame, q, chosen(q));
      await openModule(frame, lesson2);
      await answer(frame, doneInLesson2, chosen(doneInLesson2));
      await closeCourse(page);

      const firstCalls = await lmsCalls(page);
      expect(firstCalls.filter((c) => c.method === f.terminate)).toHaveLength(1);
      expect(firstCalls.at(-1)).toMatchObject({ method: f.terminate, result: "true" });
      const saved = await lmsData(page);
      const left = trackingOf(version, saved);
      expect(left.exit).toBe("suspend");
      // The bookmark is the page of the module the learner is on.
      expect(left.location).toMatch(new RegExp(`^${lesson2.id}(\\.\\d+)?$`));
      // Part-way through there is no result yet, and nothing an LMS could take for a fail: a 2004
      // LMS with a scaled passing score judges success from score.scaled when the session ends.
      expect(left.completion).toBe("incomplete");
      expect(left.success).toBe(version === "scorm12" ? "incomplete" : "unknown");
      expect(left.score.raw, "no running score").toBe("");
      expect(left.suspendData.length).toBeGreaterThan(0);
      expect(left.suspendData.length).toBeLessThanOrEqual(4096);
      expect(left.interactions).toHaveLength(questionsIn(lesson1).length + 1);

      // Second session, from what the LMS saved.
      frame = await relaunch(page, pkg, { saved: await resumeData(page, version, saved) });
      await expect(heading(frame)).toHaveText(lesson2.title);
      const entryElement = version === "scorm12" ? "cmi.core.entry" : "cmi.entry";
      const entryRead = (await lmsCalls(page)).find((c) => c.args[0] === entryElement);
      expect(entryRead?.result, "the course read entry = resume").toBe("resume");
      expect((await tracking(page, version)).entry).toBe("resume");

      await acceptWarningIfShown(frame);
      await expectAnswered(frame, doneInLesson2, chosen(doneInLesson2));
      for (const q of openInLesson2) expect(await isOpen(frame, q), q.id).toBe(true);
      const states = Object.fromEntries(
        await Promise.all(course.modules.map(async (m) => [m.id, await menuState(frame, m.id)])),
      );
      expect(states).toEqual({
        welcome: "done",
        "what-is-an-scr": "not-started",
        "family-m-case": "not-started",
        "walk-a-case": "not-started",
        "lesson-1-risk-from-images": "done",
        "lesson-2-challenge-escalation": "in-progress",
        "lesson-3-respectful-uncertainty": "not-started",
        "neglect-child-in-need": "not-started",
        assessment: "not-started",
        close: "not-started",
      });
      await openModule(frame, lesson1);
      for (const q of questionsIn(lesson1)) await expectAnswered(frame, q, chosen(q));

      // Finishing the course in the second session.
      const answeredBefore = new Set([...questionsIn(lesson1), doneInLesson2].map((q) => q.id));
      await answerAll(frame, course, chosen, answeredBefore);
      await takeBreak(frame);
      // Then leaves: the LMS closes the course.
      await closeCourse(page);
      await expect
        .poll(async () => (await lmsCalls(page)).filter((c) => c.method === f.terminate).length)
        .toBe(1);
      const calls = await lmsCalls(page);
      expect(calls.filter((c) => c.method === f.initialize)).toHaveLength(1);
      expect(calls.at(-1)).toMatchObject({ method: f.terminate, result: "true" });

      const lms = await tracking(page, version);
      if (version === "scorm12") expect(lms.completion).toBe("passed");
      else expect([lms.completion, lms.success]).toEqual(["completed", "passed"]);
      // The score is the assessment's: 11 of its 12 items right.
      const scored = drawnItems(course);
      expect(Number(lms.score.raw)).toBe(
        Math.round(((scored.length - 1) / scored.length) * 10000) / 100,
      );
      // One interaction per question, drawn item and case decision across both sessions: none
      // lost, none sent twice.
      const decisions = caseDecisionsOf(course);
      expect(lms.interactions.map((i) => i.id).sort()).toEqual(
        [...questionsOf(course), ...scored, ...decisions].map((q) => q.id).sort(),
      );
      expect(lms.interactions.find((i) => i.id === wrongOne.id)?.result).toBe(f.results.incorrect);
      expect(lms.interactions.find((i) => i.id === wrongItem.id)?.result).toBe(f.results.incorrect);
      // The objectives the first session made are updated, not made again.
      const objectiveIds = lms.objectives.map((o) => o.id);
      expect(new Set(objectiveIds).size).toBe(objectiveIds.length);
      for (const theme of course.themes) {
        // 1.2 has one status per objective: the theme's verdict against the pass mark.
        const inTheme = scored.filter((q) => q.theme === theme.id);
        const right = inTheme.filter((q) => q.id !== wrongItem.id).length;
        const verdict =
          (right / inTheme.length) * 100 >= course.settings.passMark - 1e-9 ? "passed" : "failed";
        expect(lms.objectives.find((o) => o.id === theme.id)?.completion, theme.id).toBe(
          version === "scorm12" ? verdict : "completed",
        );
      }
      // Passed and complete: the attempt is done (docs/lms-exit-and-retake.md).
      expect(lms.exit).toBe(version === "scorm12" ? "" : "suspend");
      expect(lms.sessionTime).toMatch(f.timespan);
      expect(errors).toEqual([]);
    });

    test("a learner who passed and comes back to review stays passed, with the same score", async ({
      page,
    }) => {
      const errors = watchErrors(page);
      const course = familyM();
      const pkg = packageOf("family-m", version);
      const last = course.modules.at(-1)?.id ?? "";
      let progress = emptyProgress();
      for (const m of course.modules) progress = visit(progress, m.id);
      for (const q of [...questionsOf(course), ...drawnItems(course)]) {
        progress.answers[q.id] = { choice: rightChoice(q), attempts: 1 };
      }
      await openSimulator(page);
      const saved = await resumeData(
        page,
        version,
        passedRecord(version, encodeSnapshot(progress), last),
      );

      const frame = await relaunch(page, pkg, { saved });
      await expect(heading(frame)).toHaveText(course.modules.at(-1)?.title ?? "");
      await browseAll(frame, course);
      const lesson1 = moduleOf(course, "lesson-1-risk-from-images");
      await openModule(frame, lesson1);
      for (const q of questionsIn(lesson1)) await expectAnswered(frame, q, rightChoice(q));
      await takeBreak(frame);
      // Then leaves: the LMS closes the course.
      await closeCourse(page);
      await expect
        .poll(async () =>
          (await lmsCalls(page)).some((c) => c.method === FORMATS[version].terminate),
        )
        .toBe(true);

      const lms = await tracking(page, version);
      if (version === "scorm12") expect(lms.completion).toBe("passed");
      else expect([lms.completion, lms.success]).toEqual(["completed", "passed"]);
      expect(lms.score.raw).toBe("100");
      if (version === "scorm2004") expect(lms.score.scaled).toBe("1");
      expect(lms.interactions, "reviewing answers nothing new").toEqual([]);
      expect(lms.exit).toBe(version === "scorm12" ? "" : "suspend");
      expect(errors).toEqual([]);
    });

    test("a passed learner whose saved progress is gone keeps their pass and score when they answer again", async ({
      page,
    }) => {
      const errors = watchErrors(page);
      const course = familyM();
      const pkg = packageOf("family-m", version);
      await openSimulator(page);
      // The LMS kept the result but not the saved state (a republished course, or an LMS that
      // drops suspend data once a course is passed).
      const saved = await resumeData(page, version, passedRecord(version, "", ""));
      const frame = await relaunch(page, pkg, { saved });
      await expect(heading(frame)).toHaveText(course.modules[0].title);
      const lesson1 = moduleOf(course, "lesson-1-risk-from-images");
      await openModule(frame, lesson1);
      const [first] = questionsIn(lesson1);
      await answer(frame, first, wrongChoice(first));
      await takeBreak(frame);
      // Then leaves: the LMS closes the course.
      await closeCourse(page);
      await expect
        .poll(async () =>
          (await lmsCalls(page)).some((c) => c.method === FORMATS[version].terminate),
        )
        .toBe(true);

      const lms = await tracking(page, version);
      if (version === "scorm12") expect(lms.completion).toBe("passed");
      else expect([lms.completion, lms.success]).toEqual(["completed", "passed"]);
      expect(lms.score.raw, "the score is not lowered").toBe("100");
      if (version === "scorm2004") expect(lms.score.scaled).toBe("1");
      expect(lms.interactions.map((i) => [i.id, i.result])).toEqual([
        [first.id, FORMATS[version].results.incorrect],
      ]);
      expect(errors).toEqual([]);
    });
  });
}
