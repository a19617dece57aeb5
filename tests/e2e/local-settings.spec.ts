/**
 * A course set for another board (tests/fixtures/local-course): its own partnership, front door,
 * escalation policy, procedures and endorsement reach the lessons, a question, the support text
 * and the printed record, from course.yaml alone, built as users build.
 */
import { expect, test } from "@playwright/test";
import { buildCourse } from "../../src/compiler/build.js";
import { loadCourse } from "../../src/compiler/course/loader.js";
import {
  answerByMouse,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  heading,
  questionsIn,
  rightChoice,
  sizeFrame,
  start,
  strings,
} from "./learner-steps.js";
import { courseFrame } from "./simulator.js";

const FIXTURE = "tests/fixtures/local-course";

test("another board's local arrangements show in the lessons, in support and on the printed record", async ({
  page,
}) => {
  await buildCourse(FIXTURE, process.env.TEST_DIST as string, "build/test-web/local-course");
  const course = loadCourse(FIXTURE).course;
  const local = course.local;
  if (!local?.frontDoor || !local.escalationPolicy || !local.procedures) {
    throw new Error("the fixture sets every local arrangement");
  }
  const { view, frame } = await start(page, "local-course", "scorm2004");

  // The lesson names them as links a learner can follow, and a phone number a phone can ring.
  const lesson = view.locator("module-page");
  await expect(lesson).toContainText(`published for the ${local.partnership}.`);
  await expect(lesson.getByRole("link", { name: local.frontDoor.name })).toHaveAttribute(
    "href",
    local.frontDoor.link as string,
  );
  await expect(lesson.getByRole("link", { name: local.frontDoor.phone })).toHaveAttribute(
    "href",
    `tel:${local.frontDoor.phone.replace(/ /g, "")}`,
  );
  await expect(lesson.getByRole("link", { name: local.escalationPolicy.name })).toHaveAttribute(
    "href",
    local.escalationPolicy.link,
  );
  await expect(lesson.getByRole("link", { name: local.procedures.name })).toHaveAttribute(
    "href",
    local.procedures.link,
  );
  await expect(lesson).toContainText(course.endorsement as string);
  await expect(lesson).not.toContainText("{{");

  // Support names the same front door.
  await view.locator("header").getByRole("button", { name: strings.support }).click();
  await expect(view.locator("footer details .content")).toContainText(
    `call ${local.frontDoor.name} on ${local.frontDoor.phone}`,
  );

  // A question's option names it too; answering it reaches the results and the record.
  const quiz = course.modules[1];
  await view.getByRole("button", { name: strings.nextModule(quiz.title) }).click();
  await expect(heading(view)).toHaveText(quiz.title);
  const [question] = questionsIn(quiz);
  await expect(view.locator("question-card")).toContainText(
    `The ${local.frontDoor.name}, on ${local.frontDoor.phone}`,
  );
  await answerByMouse(view, question, rightChoice(question));
  await expect(view.locator("results-panel")).toContainText(strings.resultsPassed);

  await page.emulateMedia({ media: "print" });
  const record = courseFrame(page).locator("completion-record");
  await expect(record).toBeVisible();
  await expect(record.locator("dd.partnership")).toHaveText(local.partnership);
  await expect(record.locator("dd.procedures a")).toHaveText(local.procedures.name);
  await expect(record.locator("dd.procedures a")).toHaveAttribute("href", local.procedures.link);
  // The address is printed too: a link cannot be followed on paper.
  await expect(record.locator("dd.procedures")).toContainText(local.procedures.link);
  await expect(record.locator(".endorsement")).toHaveText(course.endorsement as string);
  await expectNoAxeViolations(page, "the printed record with local arrangements");
  // A long address wraps on a narrow page instead of pushing it sideways.
  await sizeFrame(page, 320, 700);
  await expect.poll(() => frame.evaluate(() => window.innerWidth)).toBe(320);
  await expectNoHorizontalScroll(frame, "the printed record at 320 px");
  await page.emulateMedia({ media: "screen" });
});
