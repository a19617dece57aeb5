/**
 * The ordering question in real Chromium, in both packages: steps moved by keyboard with focus kept
 * on the moved step, each move said to a screen reader, buttons named by the move and described
 * by the step; the learner's order reported as a SCORM `sequencing` interaction in each standard's
 * format; a wrong order told apart from a right one in words, retried, then shown with where each
 * step belongs; the saved order shown again when the learner comes back; axe-clean at 320 px.
 */
import { expect, test } from "@playwright/test";
import type { OrderingBlock } from "../../src/blocks/ordering/model.js";
import { startOrder } from "../../src/blocks/ordering/rules.js";
import { orderingStrings as words } from "../../src/blocks/ordering/strings.js";
import { blockStrings } from "../../src/kit/strings.js";
import {
  arrange,
  moduleOf,
  openModule,
  orderingQuestion,
  orderingsIn,
  orderOnScreen,
  rightOrder,
} from "./learner.js";
import {
  courseFrameOf,
  courseOf,
  expectFocused,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  sizeFrame,
  start,
} from "./learner-steps.js";
import {
  closeCourse,
  FORMATS,
  relaunch,
  type ScormVersion,
  tracking,
  watchErrors,
} from "./simulator.js";

const course = courseOf("every-block");
const questions = moduleOf(course, "questions");
const block = orderingsIn(questions)[0] as OrderingBlock;
const stepText = (id: string) => block.steps.find((s) => s.id === id)?.text ?? "";

for (const version of ["scorm12", "scorm2004"] as ScormVersion[]) {
  test(`${version}: an ordering question put right by keyboard is reported as a sequence`, async ({
    page,
  }) => {
    const errors = watchErrors(page);
    const { view } = await start(page, "every-block", version);
    await openModule(view, questions);
    const question = orderingQuestion(view, block.id);
    await question.scrollIntoViewIfNeeded();

    // It starts in an order of its own, never the right one.
    const first = startOrder(block);
    expect(first).not.toEqual(rightOrder(block));
    expect(await orderOnScreen(question)).toEqual(first);

    // Each button is named by its move and described by its step, for a screen reader.
    const ups = question.getByRole("button", { name: words.moveUp, exact: true });
    await expect(ups).toHaveCount(block.steps.length);
    const top = question.locator(`li[data-step="${first[0]}"]`);
    await expect(top.locator("button.up")).toHaveAccessibleDescription(stepText(first[0]));
    await expect(top.locator("button.up")).toHaveAttribute("aria-disabled", "true");

    // Move down by keyboard: the step goes one place down, focus stays on its button, and the
    // move is said politely.
    const down = top.locator("button.down");
    await down.focus();
    await page.keyboard.press("Enter");
    expect((await orderOnScreen(question))[1]).toBe(first[0]);
    await expectFocused(question.locator(`li[data-step="${first[0]}"] button.down`));
    await expect(question.getByRole("status")).toHaveText(
      words.movedTo(stepText(first[0]), 2, block.steps.length),
    );
    // Up from the top moves nothing and says so.
    const nowFirst = (await orderOnScreen(question))[0];
    await question.locator(`li[data-step="${nowFirst}"] button.up`).press("Enter");
    await expect(question.getByRole("status")).toHaveText(words.atTop(stepText(nowFirst)));

    await arrange(view, block, rightOrder(block));
    const result = question.locator(".result");
    await expectFocused(result);
    await expect(result.locator(".verdict")).toHaveText(blockStrings.correct);
    await expect(question.locator(".tag", { hasText: words.rightPlace })).toHaveCount(
      block.steps.length,
    );

    for (const width of [320, 1280]) {
      await sizeFrame(page, width, 800);
      await expectNoHorizontalScroll(courseFrameOf(page), `the ordering question at ${width} px`);
      await expectNoAxeViolations(page, `the answered ordering question at ${width} px`);
    }

    const sep = FORMATS[version].separator;
    const recorded = (await tracking(page, version)).interactions.filter((i) => i.id === block.id);
    expect(recorded).toEqual([
      expect.objectContaining({
        type: "sequencing",
        response: rightOrder(block).join(sep),
        pattern: rightOrder(block).join(sep),
        result: FORMATS[version].results.correct,
      }),
    ]);
    expect(errors).toEqual([]);
  });
}

test("a wrong order: how many steps are in place, one more try, then where each belongs; kept on resume", async ({
  page,
}) => {
  const errors = watchErrors(page);
  const launched = await start(page, "every-block", "scorm2004");
  let view = launched.view;
  await openModule(view, questions);
  const question = orderingQuestion(view, block.id);
  const shown = startOrder(block);
  const placed = block.steps.filter((s, i) => shown[i] === s.id).length;

  // Checked as it starts: not right, and only how many are in place is said (a try is left).
  await arrange(view, block, []);
  await expect(question.locator(".verdict")).toHaveText(blockStrings.incorrect);
  await expect(question.locator(".result")).toContainText(
    words.inPlace(placed, block.steps.length),
  );
  await expect(question.getByText(/Belongs at step/)).toHaveCount(0);
  await question.getByRole("button", { name: new RegExp(blockStrings.tryAgain) }).click();
  await expectFocused(question.locator(".moves button").first());

  // Checked wrong again: now final, every step says where it belongs.
  await arrange(view, block, []);
  for (const [i, id] of shown.entries()) {
    const tag = question.locator(`li[data-step="${id}"] .tag`);
    const right = block.steps.findIndex((s) => s.id === id);
    await expect(tag).toHaveText(right === i ? words.rightPlace : words.belongsAt(right + 1));
  }
  await question.getByText(words.rightOrder).click();
  await expect(question.locator(".right-order li")).toHaveCount(block.steps.length);

  const sep = FORMATS.scorm2004.separator;
  const recorded = (await tracking(page, "scorm2004")).interactions.filter(
    (i) => i.id === block.id,
  );
  // SCORM 2004 reads interaction ids back, so the second try updates the question's one record.
  expect(recorded.map((i) => [i.type, i.response, i.pattern, i.result])).toEqual([
    ["sequencing", shown.join(sep), rightOrder(block).join(sep), "incorrect"],
  ]);
  await closeCourse(page);

  // Back again: the learner's order, locked, with its verdict.
  view = await relaunch(page, launched.pkg, { resume: true });
  await openModule(view, questions);
  const again = orderingQuestion(view, block.id);
  await expect(again.locator(".verdict")).toHaveText(blockStrings.incorrect);
  expect(await orderOnScreen(again)).toEqual(shown);
  await expect(again.getByRole("button", { name: words.moveUp })).toHaveCount(0);
  expect(errors).toEqual([]);
});
