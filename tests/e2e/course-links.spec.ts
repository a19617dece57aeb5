/**
 * "See Lesson 1" in feedback is a link: from a decision in the walked case and from a question's
 * feedback, the learner lands on the page of the lesson that holds the section, with focus on
 * its heading, inside the LMS frame and without the course reloading. Like Next, a link asks
 * first when the page still has something to answer.
 */
import { expect, test } from "@playwright/test";
import { branchingStrings } from "../../src/blocks/branching/strings.js";
import { pagesOf } from "../../src/blocks/page/rules.js";
import {
  acceptWarningIfShown,
  answer,
  familyM,
  moduleOf,
  openModule,
  rightChoice,
} from "./learner.js";
import { expectFocused, goToQuestion, heading, start, strings } from "./learner-steps.js";
import { lmsCalls } from "./simulator.js";

test.use({ viewport: { width: 1280, height: 900 } });

const course = familyM();
const walk = moduleOf(course, "walk-a-case");
const lesson1 = moduleOf(course, "lesson-1-risk-from-images");
const lesson2 = moduleOf(course, "lesson-2-challenge-escalation");

test("a pointer in a decision's feedback and one in a question's feedback each open the section they name", async ({
  page,
}) => {
  const { view, frame } = await start(page, "family-m", "scorm12");
  // Set in the course's page: a reload would lose it.
  await frame.evaluate(() => {
    (window as unknown as { stayed: boolean }).stayed = true;
  });

  // The walked case: the first decision, a choice whose feedback points to Lesson 1.
  await openModule(view, walk);
  const scenario = view.locator("branching-scenario");
  await scenario.locator('input[value="a"]').first().check();
  await scenario.getByRole("button", { name: branchingStrings.decide }).click();
  const toLesson1 = scenario.getByRole("link", {
    name: 'Lesson 1, "Your part: recognise, refer, contribute"',
  });
  await toLesson1.click();
  // The case is not finished: asked first, as Next asks, and the learner goes on anyway.
  await expectFocused(view.getByText(strings.leavingTitle(1)));
  await view.getByRole("button", { name: strings.leavingGo }).click();
  await acceptWarningIfShown(view);
  await expect(heading(view)).toHaveText(lesson1.title);
  await expect(view.locator("module-page .page-title")).toHaveText(
    "Your part, and the other parent",
  );
  const section = view.getByRole("heading", {
    name: "Your part: recognise, refer, contribute",
  });
  await expectFocused(section);
  await expect(view.locator("main p.position")).toContainText(strings.pageOf(2, 5));

  // A question's feedback in Lesson 2 points back to a section on the lesson's first page;
  // with every question on the page answered it is followed at once, here with the keyboard.
  await openModule(view, lesson2);
  const quiz = pagesOf(lesson2).find((p) =>
    p.blocks.some((b) => b.kind === "question" && b.question.id === "kc-challenge-culture"),
  );
  const [first, ...others] = (quiz?.blocks ?? []).flatMap((b) =>
    b.kind === "question" ? [b.question] : [],
  );
  expect(first.id).toBe("kc-challenge-culture");
  await goToQuestion(view, first.id);
  await answer(view, first, ["b"]);
  for (const q of others) await answer(view, q, rightChoice(q));
  const toSection = view.getByRole("link", { name: 'Lesson 2, "Why challenge is hard"' });
  await toSection.focus();
  await page.keyboard.press("Enter");
  await expect(heading(view)).toHaveText(lesson2.title);
  await expect(view.locator("section.leaving")).toHaveCount(0);
  await expectFocused(
    view.getByRole("heading", { name: "Why challenge is hard, and why culture matters" }),
  );
  await expect(view.locator("main p.position")).toContainText(strings.pageOf(1, 3));

  // Still the same page and the same LMS session: nothing was reloaded or started again.
  expect(await frame.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  const calls = await lmsCalls(page);
  expect(calls.filter((c) => c.method === "LMSInitialize")).toHaveLength(1);
});
