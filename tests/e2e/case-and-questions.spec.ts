/**
 * Issue 22, items 4 and 5, as a keyboard and screen-reader user meets them in Family M: after
 * Decide the verdict has focus and is said once (in no live region), and the next scene waits for
 * "Next scene", then shows alone with the one before folded; a
 * page says its heading once; a glossary definition opens after the words it explains, not
 * inside them; "Choose an answer first." goes as soon as an answer is chosen; "all that apply"
 * is said once; a pointer names its lesson once.
 */
import { expect, type Locator, test } from "@playwright/test";
import type { BranchingBlock } from "../../src/blocks/branching/model.js";
import { decisionId } from "../../src/blocks/branching/rules.js";
import { branchingStrings } from "../../src/blocks/branching/strings.js";
import { glossaryStrings } from "../../src/blocks/glossary/strings.js";
import { openModule } from "./learner.js";
import {
  casesIn,
  courseFrameOf,
  courseOf,
  expectFocused,
  goToQuestion,
  questionCard,
  questionsIn,
  start,
  strings,
  tabTo,
  walkCase,
  walkCaseByKeyboard,
} from "./learner-steps.js";
import { tracking } from "./simulator.js";

const course = courseOf("family-m");
const walk = course.modules.find((m) => casesIn(m).length > 0);
if (!walk) throw new Error("Family M has no walked case");
const [scenario] = casesIn(walk) as [BranchingBlock];
const first = scenario.scenes.find((s) => s.id === scenario.start);
if (!first) throw new Error("the case has no first scene");
/** A choice at the first decision that is not the best, and the scene it leads to. */
const worse = first.options.find((o) => !o.best);
const ledTo = scenario.scenes.find((s) => s.id === worse?.next);
if (!worse || !ledTo) throw new Error("the first decision has no worse choice");
const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ")
    .trim();

/** How often `words` occur in an accessibility snapshot. */
const timesIn = (snapshot: string, words: string) => snapshot.split(words).length - 1;

test("walking the case by keyboard: the verdict takes focus and is said once, and the next scene waits for Next scene", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const { view, frame } = await start(page, "family-m", "scorm2004");
  await openModule(view, walk);
  const box = view.locator("branching-scenario");
  const name = decisionId(scenario, first);
  const option = view.locator(`input[name="${name}"][value="${worse.id}"]`);
  await tabTo(page, frame, view.locator(`input[name="${name}"]`).first());
  for (let i = 0; i < first.options.indexOf(worse); i++) await page.keyboard.press("ArrowDown");
  if (first.options.indexOf(worse) === 0) await page.keyboard.press("Space");
  await expect(option).toBeChecked();
  await tabTo(page, frame, box.getByRole("button", { name: branchingStrings.decide }), 5);
  await page.keyboard.press("Enter");

  // Focus is on the verdict, the consequence card's heading, which the accessibility tree holds
  // once in the whole case, and in no live region (that would read it again as focus lands).
  const verdict = box.locator(".consequence .verdict");
  await expect(verdict).toHaveText(branchingStrings.notBest);
  await expect(box.getByRole("heading", { name: branchingStrings.notBest })).toHaveCount(1);
  await expectFocused(verdict);
  const snapshot = await box.ariaSnapshot();
  expect(timesIn(snapshot, branchingStrings.notBest)).toBe(1);
  expect(snapshot).toContain(plain(worse.feedbackHtml).slice(0, 40));
  const live = box.locator('[aria-live], [role="alert"], [role="status"], [role="log"]');
  for (const region of await live.all()) {
    await expect(region).not.toContainText(branchingStrings.notBest);
  }

  // The scene the choice led to waits: no new scene, no new decision, until Next scene.
  await expect(box.getByText(plain(ledTo.html).slice(0, 40))).toHaveCount(0);
  await expect(box.locator("form.decision")).toHaveCount(0);
  await expect(box.locator(".scene-title")).toHaveCount(1);
  const nextScene = box.getByRole("button", { name: branchingStrings.nextScene });
  await tabTo(page, frame, nextScene, 10);
  await page.keyboard.press("Enter");
  const sceneHeading = box.getByRole("heading", { name: branchingStrings.scene(2) });
  await expectFocused(sceneHeading);
  // One scene at a time: the scene it led to fills the player, the first folded above it.
  const stage = box.locator(".stage");
  await expect(stage.getByRole("heading").first()).toHaveText(branchingStrings.scene(2));
  await expect(stage).toContainText(plain(ledTo.html).slice(0, 40));
  await expect(box.getByText(plain(first.html).slice(0, 40))).toBeHidden();
  const story = box.locator("details.story");
  await expect(story.locator("summary")).toHaveText(branchingStrings.storySoFar(1));
  await expect(story).not.toHaveAttribute("open");
  // This scene has no decision: it waits for its own Next scene.
  await expect(nextScene).toHaveCount(1);

  // On to the end by keyboard (the shared walk); the LMS has every decision, as before.
  await walkCaseByKeyboard(page, frame, view, scenario);
  await expect(box.getByText(branchingStrings.end)).toBeVisible();
  const made = (await tracking(page, "scorm2004")).interactions.filter((i) =>
    i.id.startsWith(`${scenario.id}-`),
  );
  expect(made[0]).toMatchObject({ id: name, response: worse.id, type: "choice" });
  // Every decision scene is on every path (the drifts rejoin it), so each was made once.
  expect(made).toHaveLength(scenario.scenes.filter((s) => s.options.length > 0).length);

  // A pointer names its lesson once, in the path and in every option's explanation.
  await box.locator("details.review > summary").click();
  for (const why of await box.locator(".review details summary").all()) await why.click();
  expect(await box.textContent()).not.toMatch(/(Lesson \d+)\s*\1/);
});

test("a page says its heading once", async ({ page }) => {
  const { view } = await start(page, "family-m", "scorm12");
  const lesson2 = course.modules.find((m) => /^Lesson 2/.test(m.title));
  if (!lesson2) throw new Error("no Lesson 2");
  await openModule(view, lesson2);
  const route = view.getByRole("heading", { name: "The escalation route", exact: true });
  for (let step = 0; step < 10 && (await route.count()) === 0; step++) {
    await view.locator("nav.pager button.next").click();
  }
  await expect(route).toHaveCount(1);
  const names = await view
    .locator("module-page")
    .getByRole("heading")
    .evaluateAll((hs) => hs.map((h) => h.textContent?.trim()));
  expect(names.length).toBeGreaterThan(1);
  expect(new Set(names).size).toBe(names.length);
});

test("a glossary definition opens after the words it explains, keeping the list and the sentence whole", async ({
  page,
}) => {
  const { view } = await start(page, "family-m", "scorm2004");
  const lesson1 = course.modules.find((m) => /^Lesson 1/.test(m.title));
  if (!lesson1) throw new Error("no Lesson 1");
  await openModule(view, lesson1);
  // "front door", in the list of your part ("refer what you know … (your local front door: here,
  // …)"): a term inside a list item with words after it on its line.
  const term = view.getByRole("button", { name: "front door", exact: true });
  for (let step = 0; step < 10 && (await term.count()) === 0; step++) {
    await view.locator("nav.pager button.next").click();
  }
  const item: Locator = view.locator("li", { has: term });
  const list = view.locator("ul, ol", { has: term });
  const items = await list.locator("> li").count();
  const sentence = (await item.textContent())?.trim() ?? "";
  await term.focus();
  await page.keyboard.press("Enter");
  const note = view.getByRole("note", { name: glossaryStrings.definitionOf("front door") });
  await expect(note).toBeVisible();
  // Still the same items; the note comes after the item's words, inside it.
  await expect(list.locator("> li")).toHaveCount(items);
  const snapshot = await item.ariaSnapshot();
  const words = sentence.slice(-30);
  expect(snapshot.indexOf(words)).toBeGreaterThan(-1);
  expect(snapshot.indexOf("note")).toBeGreaterThan(snapshot.indexOf(words));
  // The sentence is not split: the words after the term go on on its line, and the note is below
  // the last of them.
  const layout = await term.evaluate((button) => {
    const host = (button.getRootNode() as ShadowRoot).host;
    const range = document.createRange();
    range.selectNodeContents(host.nextSibling as Node);
    const rects = [...range.getClientRects()];
    const note = host.closest("li")?.querySelector("glossary-definition");
    return {
      term: host.getBoundingClientRect().top,
      after: rects[0].top,
      end: rects[rects.length - 1].bottom,
      note: note?.getBoundingClientRect().top ?? -1,
    };
  });
  expect(Math.abs(layout.after - layout.term)).toBeLessThan(4);
  expect(layout.note).toBeGreaterThanOrEqual(layout.end - 1);
  await page.keyboard.press("Escape");
  await expect(note).toHaveCount(0);
  await expectFocused(term);
});

test("'Choose an answer first.' goes as soon as an answer is chosen, and 'all that apply' is said once", async ({
  page,
}) => {
  const { view } = await start(page, "family-m", "scorm12");
  const frame = courseFrameOf(page);
  const lesson2 = course.modules.find((m) => /^Lesson 2/.test(m.title));
  if (!lesson2) throw new Error("no Lesson 2");
  await openModule(view, lesson2);
  const multiple = questionsIn(lesson2).find((q) => q.kind === "multiple");
  if (!multiple) throw new Error("Lesson 2 has no multiple-answer question");
  await goToQuestion(view, multiple.id);
  const card = questionCard(view, multiple.id);
  const group = card.getByRole("group");
  expect((await group.ariaSnapshot()).split("\n")[0].match(/all that apply/gi)).toHaveLength(1);
  await expect(card.getByText(/all that apply/i)).toHaveCount(1);

  await tabTo(page, frame, card.getByRole("button", { name: strings.checkAnswer }));
  await page.keyboard.press("Enter");
  const message = card.locator(".message");
  await expect(message).toHaveText(strings.chooseFirst);
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Space");
  await expect(message).toHaveText("");

  // Left unanswered with the message showing, the next question met (its card may be the same
  // element, given another question) does not inherit it.
  for (const box of await card.getByRole("checkbox").all()) await box.uncheck();
  await card.getByRole("button", { name: strings.checkAnswer }).click();
  await expect(message).toHaveText(strings.chooseFirst);
  const lesson3 = course.modules.find((m) => /^Lesson 3/.test(m.title));
  if (!lesson3) throw new Error("no Lesson 3");
  await openModule(view, lesson3);
  const next = questionsIn(lesson3)[0];
  await goToQuestion(view, next.id);
  await expect(questionCard(view, next.id).locator(".message")).toHaveText("");
  await expect(view.locator("question-card .message").filter({ hasText: /./ })).toHaveCount(0);

  // The same in the walked case.
  await openModule(view, walk);
  const box = view.locator("branching-scenario");
  await box.getByRole("button", { name: branchingStrings.decide }).click();
  await expect(box.locator(".message")).toHaveText(branchingStrings.chooseFirst);
  await box.locator("form.decision input").first().check();
  await expect(box.locator(".message")).toHaveText("");
  await walkCase(view, scenario);
});
