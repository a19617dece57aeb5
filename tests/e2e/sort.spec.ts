/**
 * The sort into groups in real Chromium: each card a group of native radios named by the card,
 * each radio named by its group; placed by keyboard alone (Tab between cards, arrow keys within
 * one, focus visible at every stop); "Check answer" before every card is placed says so and takes
 * focus to the first card left; the answer reported as a SCORM `matching` interaction of
 * `card.group` pairs in each standard's format, with weighting 0 for practice; a wrong sort told
 * how many cards are right, retried, then each card's verdict in words; the saved groups shown on
 * resume; axe-clean at 1280 and 320 px; legible in forced colours.
 */
import { expect, type Locator, type Page, test } from "@playwright/test";
import type { SortBlock } from "../../src/blocks/sort/model.js";
import { sortStrings as words } from "../../src/blocks/sort/strings.js";
import { blockStrings } from "../../src/kit/strings.js";
import {
  FORCED_MODES,
  illegibleControls,
  inkAndBackground,
  ordinaryColours,
  photograph,
} from "./forced-colours.js";
import { type CourseView, moduleOf, openModule } from "./learner.js";
import {
  courseFrameOf,
  courseOf,
  expectFocused,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  sizeFrame,
  start,
  tabTo,
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
const block = questions.blocks.find((b): b is SortBlock => b.kind === "sort") as SortBlock;
const groupText = (id: string) => block.groups.find((g) => g.id === id)?.text ?? "";
const rightGroups = block.cards.map((c) => c.group);
/** Every card in a group it does not belong in. */
const wrongGroups = block.cards.map((c) => block.groups.find((g) => g.id !== c.group)?.id ?? "");

function sortOf(view: CourseView): Locator {
  return view.locator("sort-question").filter({ has: view.locator(`[id="stem-${block.id}"]`) });
}

/** One card as a screen reader finds it: a group named by the card's words. */
function cardGroup(sort: Locator, cardId: string): Locator {
  const card = block.cards.find((c) => c.id === cardId);
  return sort.getByRole("group", { name: card?.text, exact: true });
}

/**
 * Places each card in `groups` (one group id a card, in card order) by keyboard alone, from the
 * first card's first radio: arrow keys choose within a card (Space for the first group), Tab
 * goes to the next card; then Enter on "Check answer".
 */
async function placeByKeyboard(page: Page, sort: Locator, groups: readonly string[]) {
  const firstRadios = cardGroup(sort, block.cards[0].id).getByRole("radio");
  const firstChecked = await firstRadios.evaluateAll((rs) =>
    rs.findIndex((r) => (r as HTMLInputElement).checked),
  );
  await tabTo(page, courseFrameOf(page), firstRadios.nth(Math.max(0, firstChecked)));
  for (const [i, card] of block.cards.entries()) {
    const at = block.groups.findIndex((g) => g.id === groups[i]);
    // Tab lands on the card's checked radio, or its first when none is checked.
    const radios = cardGroup(sort, card.id).getByRole("radio");
    const checked = await radios.evaluateAll((rs) =>
      rs.findIndex((r) => (r as HTMLInputElement).checked),
    );
    let from = Math.max(0, checked);
    await expectFocused(radios.nth(from));
    if (checked < 0) await page.keyboard.press("Space");
    for (; from < at; from++) await page.keyboard.press("ArrowDown");
    for (; from > at; from--) await page.keyboard.press("ArrowUp");
    await expect(radios.nth(at)).toBeChecked();
    await page.keyboard.press("Tab");
  }
  const check = sort.getByRole("button", { name: blockStrings.checkAnswer });
  await expectFocused(check);
  await page.keyboard.press("Enter");
  await expect(sort.locator(".result")).toBeVisible();
  await expectFocused(sort.locator(".result"));
}

const pairs = (groups: readonly string[], version: ScormVersion) => {
  const [pair, sep] = version === "scorm12" ? [".", ","] : ["[.]", "[,]"];
  return block.cards.map((c, i) => `${c.id}${pair}${groups[i]}`).join(sep);
};

for (const version of ["scorm12", "scorm2004"] as ScormVersion[]) {
  test(`${version}: a sort placed by keyboard alone is reported as card.group pairs, practice with weighting 0`, async ({
    page,
  }) => {
    const errors = watchErrors(page);
    const { view } = await start(page, "every-block", version);
    await openModule(view, questions);
    const sort = sortOf(view);
    await sort.scrollIntoViewIfNeeded();
    await expect(sort.getByText(words.label(false))).toBeVisible();

    // What a screen reader gets: a list of cards, each a group named by the card, holding one
    // radio a group, named by the group; none chosen to start with.
    await expect(sort.getByRole("list", { name: words.cardsLabel })).toBeVisible();
    for (const card of block.cards) {
      const radios = cardGroup(sort, card.id).getByRole("radio");
      await expect(radios).toHaveCount(block.groups.length);
      for (const [i, g] of block.groups.entries()) {
        await expect(radios.nth(i)).toHaveAccessibleName(g.text);
        await expect(radios.nth(i)).not.toBeChecked();
      }
    }

    // Checked with a card left: said, and focus goes to the first card left.
    const first = cardGroup(sort, block.cards[0].id).getByRole("radio").first();
    await first.focus();
    await page.keyboard.press("Space");
    await expect(first).toBeChecked();
    await sort.getByRole("button", { name: blockStrings.checkAnswer }).press("Enter");
    await expect(sort.getByRole("alert")).toHaveText(words.placeEveryCard(block.cards.length - 1));
    await expectFocused(cardGroup(sort, block.cards[1].id).getByRole("radio").first());
    expect((await tracking(page, version)).interactions.filter((i) => i.id === block.id)).toEqual(
      [],
    );

    await first.focus();
    await page.keyboard.press("Shift+Tab");
    await placeByKeyboard(page, sort, rightGroups);
    await expect(sort.locator(".verdict")).toHaveText(blockStrings.correct);
    for (const card of block.cards) {
      await expect(cardGroup(sort, card.id)).toContainText(words.right(groupText(card.group)));
    }
    await expect(sort.getByRole("radio")).toHaveCount(0);

    for (const width of [320, 1280]) {
      await sizeFrame(page, width, 800);
      await expectNoHorizontalScroll(courseFrameOf(page), `the sort at ${width} px`);
      await expectNoAxeViolations(page, `the answered sort at ${width} px`);
    }

    const recorded = (await tracking(page, version)).interactions.filter((i) => i.id === block.id);
    expect(recorded).toEqual([
      expect.objectContaining({
        type: "matching",
        response: pairs(rightGroups, version),
        pattern: pairs(rightGroups, version),
        result: FORMATS[version].results.correct,
        weighting: "0",
      }),
    ]);
    expect(errors).toEqual([]);
  });
}

test("a wrong sort: how many cards are right, one more try, then each card's verdict in words; kept on resume", async ({
  page,
}) => {
  const errors = watchErrors(page);
  const launched = await start(page, "every-block", "scorm2004");
  let view = launched.view;
  await openModule(view, questions);
  const sort = sortOf(view);
  await sort.scrollIntoViewIfNeeded();

  // Wrong, with a try left: only how many are right; no card's verdict yet, unsaid which is which.
  await placeByKeyboard(page, sort, wrongGroups);
  await expect(sort.locator(".verdict")).toHaveText(blockStrings.incorrect);
  await expect(sort.locator(".result")).toContainText(words.rightlyPlaced(0, block.cards.length));
  await expect(sort.getByText(/^Not right|^Right:/)).toHaveCount(0);
  await sort.getByRole("button", { name: new RegExp(blockStrings.tryAgain) }).click();
  // The learner's groups stay chosen for the retry.
  const firstRadios = cardGroup(sort, block.cards[0].id).getByRole("radio");
  const chosen = firstRadios.nth(block.groups.findIndex((g) => g.id === wrongGroups[0]));
  await expect(chosen).toBeChecked();
  await expectFocused(chosen);

  // Wrong again: final; every card says in words where it belongs, and why where the author said.
  await page.keyboard.press("Shift+Tab");
  await placeByKeyboard(page, sort, wrongGroups);
  for (const card of block.cards) {
    const group = cardGroup(sort, card.id);
    await expect(group).toContainText(words.notRight(groupText(card.group)));
    await expect(group).toContainText(
      `${blockStrings.yourAnswer}: ${groupText(wrongGroups[block.cards.indexOf(card)])}`,
    );
  }
  await expect(sort.locator(".result")).toContainText(words.whatItShows);

  const recorded = (await tracking(page, "scorm2004")).interactions.filter(
    (i) => i.id === block.id,
  );
  expect(recorded.map((i) => [i.type, i.response, i.pattern, i.result])).toEqual([
    ["matching", pairs(wrongGroups, "scorm2004"), pairs(rightGroups, "scorm2004"), "incorrect"],
  ]);
  await closeCourse(page);

  // Back again: the learner's groups, locked, with the verdict.
  view = await relaunch(page, launched.pkg, { resume: true });
  await openModule(view, questions);
  const again = sortOf(view);
  await expect(again.locator(".verdict")).toHaveText(blockStrings.incorrect);
  await expect(again.getByRole("radio")).toHaveCount(0);
  await expect(cardGroup(again, block.cards[0].id)).toContainText(
    words.notRight(groupText(block.cards[0].group)),
  );
  expect(errors).toEqual([]);
});

test("forced colours: every card, its choices and its verdict stay legible", async ({ page }) => {
  await page.setViewportSize({ width: 1360, height: 1000 });
  const { view } = await start(page, "every-block", "scorm12");
  await page.addStyleTag({ content: ".model { display: none; }" });
  await sizeFrame(page, 1280, 800);
  await openModule(view, questions);
  const sort = sortOf(view);

  /** The contrast of each card's words (and of each radio's label) as painted. */
  async function lowContrast(state: string): Promise<string[]> {
    const failures: string[] = [];
    const parts = [
      ...(await sort.locator(".sort-card legend, .sort-card .tag, .group span").all()),
    ];
    for (const part of parts) {
      await part.scrollIntoViewIfNeeded();
      const box = await part.boundingBox();
      if (!box) continue;
      const { ratio } = inkAndBackground(await photograph(page, box));
      if (ratio < 4.5)
        failures.push(`${state}: "${await part.textContent()}" at ${ratio.toFixed(2)}`);
    }
    return failures;
  }

  for (const [theme, media] of FORCED_MODES) {
    await page.emulateMedia(media);
    await sort.scrollIntoViewIfNeeded();
    expect.soft(await lowContrast(`open, ${theme}`)).toEqual([]);
  }
  await ordinaryColours(page);
  // Final, with right and wrong cards: the verdict is in words, so it survives forced colours.
  await sort.getByRole("button", { name: blockStrings.checkAnswer }).scrollIntoViewIfNeeded();
  for (let tries = 0; tries < 2; tries++) {
    for (const [i, card] of block.cards.entries()) {
      const group = i === 0 ? card.group : wrongGroups[i];
      await cardGroup(sort, card.id)
        .getByRole("radio", { name: groupText(group) })
        .check();
    }
    await sort.getByRole("button", { name: blockStrings.checkAnswer }).click();
    if (tries === 0)
      await sort.getByRole("button", { name: new RegExp(blockStrings.tryAgain) }).click();
  }
  await expect(sort.locator(".tag")).toHaveCount(block.cards.length);
  for (const [theme, media] of FORCED_MODES) {
    await page.emulateMedia(media);
    expect.soft(await lowContrast(`answered, ${theme}`)).toEqual([]);
    expect.soft(await illegibleControls(page), `answered, ${theme}`).toEqual([]);
  }
  await expectNoAxeViolations(page, "the answered sort in forced colours");
  await ordinaryColours(page);
});
