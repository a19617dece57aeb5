/**
 * What a finished attempt leaves in cmi.exit, under each LMS's rules, and what the LMS holds
 * while a learner tries again after a fail (issue 22, items 11 and 5; the reasons are in
 * docs/lms-exit-and-retake.md). Each learner starts from saved progress one answer short of the
 * end, as an LMS hands it back, so the journeys stay short.
 */

import { expect, type Page, test } from "@playwright/test";
import { itemAnswerable } from "../../src/blocks/assessment/rules.js";
import { decisionOf, pathOf } from "../../src/blocks/branching/rules.js";
import { pageCountOf, pageOfBlock } from "../../src/blocks/page/rules.js";
import type { Question } from "../../src/blocks/question/model.js";
import { answerableOf } from "../../src/blocks/question/rules.js";
import { kindOf } from "../../src/blocks/rules.js";
import { answer as answered, emptyProgress, visit } from "../../src/progress/progress.js";
import { encodeSnapshot } from "../../src/progress/snapshot.js";
import {
  assessmentModule,
  assessmentOn,
  assessmentsIn,
  casesIn,
  drawnItems,
  familyM,
  itemOnScreen,
  openModule,
  questionsOf,
  rightChoice,
  strings,
  takeAssessment,
  toPage,
  wrongChoice,
} from "./learner.js";
import {
  closeCourse,
  type LaunchOptions,
  type LmsModel,
  lmsData,
  openSimulator,
  packageOf,
  relaunch,
  resumeData,
  type ScormVersion,
  savedData,
  trackingOf,
} from "./simulator.js";

test.use({ viewport: { width: 1280, height: 900 } });

const course = familyM();
const assessment = assessmentModule(course);
const [block] = assessmentsIn(assessment);
/** The items of the first attempt's draw, which make the score. */
const scored = drawnItems(course);
const lastItem = scored[scored.length - 1];
const close = course.modules[course.modules.length - 1];
const pointOf = (id: string) => {
  const point = block.points.find((p) => p.variants.some((v) => v.id === id));
  const item = point?.variants.find((v) => v.id === id);
  if (!point || !item) throw new Error(id);
  return { point, item };
};

/**
 * Saved state of a learner who has read every page, answered every practice question right and
 * walked the case, and answered every item of the assessment's first draw but `left` as `choose`
 * says.
 */
function nearlyDone(choose: (q: Question) => readonly string[], left: Question): string {
  let p = emptyProgress();
  for (const m of course.modules) {
    for (let page = 1; page <= pageCountOf(m); page++) p = visit(p, m.id, page);
  }
  for (const q of questionsOf(course)) p = answered(p, answerableOf(q), rightChoice(q));
  // The practice sort in Lesson 3, which completion asks for too.
  for (const m of course.modules) {
    for (const b of m.blocks) {
      if (b.kind === "sort")
        for (const a of kindOf(b).answerables(b)) p = answered(p, a, a.correct);
    }
  }
  for (const q of scored) {
    if (q.id === left.id) continue;
    const { point, item } = pointOf(q.id);
    p = answered(p, itemAnswerable(point, item), choose(q));
  }
  for (const m of course.modules) {
    for (const block of casesIn(m)) {
      for (let waiting = pathOf(block, p).waiting; waiting; waiting = pathOf(block, p).waiting) {
        const best = waiting.options.find((o) => o.best) ?? waiting.options[0];
        p = answered(p, answerableOf(decisionOf(block, waiting)), [best.id]);
      }
    }
  }
  p = visit(p, assessment.id);
  return encodeSnapshot(p);
}

/** What an LMS holds for a learner part-way through (incomplete, no result). */
function inProgress(version: ScormVersion, suspendData: string, location: string): LmsModel {
  return version === "scorm12"
    ? {
        suspend_data: suspendData,
        core: { lesson_status: "incomplete", lesson_location: location, exit: "suspend" },
      }
    : {
        suspend_data: suspendData,
        location,
        completion_status: "incomplete",
        success_status: "unknown",
        exit: "suspend",
      };
}

async function launchNearlyDone(
  page: Page,
  version: ScormVersion,
  choose: (q: Question) => readonly string[],
  options: LaunchOptions = {},
) {
  await openSimulator(page);
  const saved = await resumeData(
    page,
    version,
    inProgress(version, nearlyDone(choose, lastItem), assessment.id),
  );
  return relaunch(page, packageOf("family-m", version), { ...options, saved });
}

/** The exit as each version names it: 1.2 cmi.core.exit, 2004 cmi.exit. */
const exitOf = (version: ScormVersion, cmi: LmsModel | undefined) =>
  trackingOf(version, cmi ?? {}).exit;

const FINISHED_EXIT: Record<ScormVersion, string> = { scorm12: "", scorm2004: "suspend" };

for (const version of ["scorm12", "scorm2004"] as const) {
  for (const lms of ["standard", "moodle", "forma"] as const) {
    test(`${version} under ${lms}'s rules: the finished attempt leaves exit "${FINISHED_EXIT[version]}", and the learner comes back to their record`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const pkg = packageOf("family-m", version);
      const view = await launchNearlyDone(page, version, rightChoice, { lms });
      // Not finished yet: the learner may come back to go on.
      await expect.poll(async () => exitOf(version, await lmsData(page))).toBe("suspend");
      await openModule(view, assessment);
      expect(await takeAssessment(view, assessment, block, "right")).toEqual([lastItem.id]);
      await openModule(view, close);
      await expect(view.locator("results-panel")).toContainText(strings.resultsPassed);
      await expect
        .poll(async () => exitOf(version, await lmsData(page)))
        .toBe(FINISHED_EXIT[version]);
      await closeCourse(page);
      const left = await savedData(page, pkg);
      expect(exitOf(version, left)).toBe(FINISHED_EXIT[version]);
      const status = trackingOf(version, left ?? {});
      expect([status.completion, status.success]).toEqual(
        version === "scorm12" ? ["passed", "passed"] : ["completed", "passed"],
      );

      // Coming back, as this LMS reopens a finished attempt (Moodle: in review mode): the saved
      // progress is there, so the record of learning prints as it did.
      const again = await relaunch(page, pkg, { lms, resume: true });
      if (lms === "moodle") await expect(again.getByText(strings.reviewTitle)).toBeVisible();
      await openModule(again, close);
      await expect(again.locator("results-panel")).toContainText(strings.resultsPassed);
      await page.emulateMedia({ media: "print" });
      const record = again.locator("completion-record");
      await expect(record.locator(".result")).toHaveText(
        strings.recordPassed(100, course.settings.passMark),
      );
      await expect(record.locator(".completed")).not.toHaveText(strings.recordNotCompleted);
      await page.emulateMedia({ media: "screen" });
      const back = trackingOf(version, await lmsData(page));
      expect([back.completion, back.success, back.score.raw]).toEqual(
        version === "scorm12" ? ["passed", "passed", "100"] : ["completed", "passed", "100"],
      );
    });
  }

  test(`${version}: during a retake the LMS keeps the fail and its score until the new answers make a result`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    // Every other item of the assessment wrong (6 of 12, 50 %): well under the pass mark.
    const wrong = new Set(scored.filter((_, i) => i % 2 === 0).map((q) => q.id));
    const choose = (q: Question) => (wrong.has(q.id) ? wrongChoice(q) : rightChoice(q));
    const view = await launchNearlyDone(page, version, choose);
    await openModule(view, assessment);
    expect(await takeAssessment(view, assessment, block, choose)).toEqual([lastItem.id]);
    await openModule(view, close);
    await expect(view.locator("results-panel")).toContainText(strings.resultsNotPassed);
    const failed = trackingOf(version, await lmsData(page));
    const failedStatus = version === "scorm12" ? ["failed", "failed"] : ["completed", "failed"];
    expect([failed.completion, failed.success]).toEqual(failedStatus);
    expect(Number(failed.score.raw)).toBeLessThan(course.settings.passMark);
    expect(failed.exit).toBe("suspend");

    await view.getByRole("button", { name: strings.retake }).click();
    await view.getByRole("button", { name: strings.retakeConfirm }).click();
    // Answers cleared: the LMS still holds the fail and the score that made it, not "unknown".
    const hold = async () => {
      const t = trackingOf(version, await lmsData(page));
      return [t.completion, t.success, t.score.raw, t.exit];
    };
    await expect.poll(hold).toEqual([...failedStatus, failed.score.raw, "suspend"]);

    // The new attempt, every item right: nothing changes until its last item is answered.
    const second = drawnItems(course, 1);
    await openModule(view, assessment);
    await toPage(
      view,
      pageOfBlock(assessment, (b) => b === block),
    );
    const el = assessmentOn(view);
    for (const [i, expected] of second.entries()) {
      const item = await itemOnScreen(view, block);
      expect(item?.id, "the new attempt draws its own items").toBe(expected.id);
      const [choice] = rightChoice(expected);
      await el.locator(`input[name="${expected.id}"][value="${choice}"]`).press("Space");
      await el.getByRole("button", { name: /^Save answer/ }).press("Enter");
      await expect(el.locator(`input[name="${expected.id}"]`)).toHaveCount(0);
      if (i < second.length - 1) {
        expect(await hold()).toEqual([...failedStatus, failed.score.raw, "suspend"]);
      }
    }
    // Other versions of the questions than the failed attempt's.
    expect(second.map((q) => q.id)).not.toEqual(scored.map((q) => q.id));
    await expect
      .poll(hold)
      .toEqual(
        version === "scorm12"
          ? ["passed", "passed", "100", ""]
          : ["completed", "passed", "100", "suspend"],
      );
  });
}
