/**
 * What a learner does in the course, as functions of the course view: open a module, answer a
 * question, take a break. The only file in the browser tests that knows the player's DOM, so that
 * when the interface changes the selectors change here and nowhere else. It uses the hooks the
 * interface keeps: menu links `a[href="#<moduleId>"]`, the page heading `module-page h1`, the
 * content-warning button ("I understand…"), `question-card` with native inputs named by question
 * id and valued by option id, and the visible words from src/player/strings.ts. Playwright's CSS
 * selectors pierce shadow DOM.
 */
import { expect, type FrameLocator, type Locator, type Page } from "@playwright/test";
import type { AssessmentBlock, AssessmentItem } from "../../src/blocks/assessment/model.js";
import { drawOf } from "../../src/blocks/assessment/rules.js";
import { assessmentStrings } from "../../src/blocks/assessment/strings.js";
import type { BranchingBlock } from "../../src/blocks/branching/model.js";
import { decisionId } from "../../src/blocks/branching/rules.js";
import { branchingStrings } from "../../src/blocks/branching/strings.js";
import { sectionHolding, sectionsOf } from "../../src/blocks/continue/rules.js";
import type { OrderingBlock } from "../../src/blocks/ordering/model.js";
import { orderingStrings } from "../../src/blocks/ordering/strings.js";
import { pageOfBlock, pagesOf } from "../../src/blocks/page/rules.js";
import type { Question } from "../../src/blocks/question/model.js";
import { answerablesOf } from "../../src/blocks/rules.js";
import type { SortBlock } from "../../src/blocks/sort/model.js";
import type { Course, Module } from "../../src/course/model.js";
import type { Answerable } from "../../src/kit/response.js";
import type { ModuleState } from "../../src/progress/progress.js";
import {
  type Answering,
  choiceFor,
  questionsIn,
  questionsOf,
  rightChoice,
  strings,
} from "../../src/tools/learner/course-answers.js";

/** The course on screen: a frame in the LMS page, or the popup window itself. */
export type CourseView = FrameLocator | Page;

/**
 * The module heading on screen: the first h1 in the module page (a module with a record of
 * learning has a second, print-only h1 after it).
 */
export function heading(view: CourseView): Locator {
  return view.locator("module-page h1").first();
}

function menuLink(view: CourseView, moduleId: string): Locator {
  return view.locator(`a[href="#${moduleId}"]`).first();
}

/**
 * Accepts the content warning when it is showing. It is asked once per visit, before the first
 * module that carries one, so it may or may not be there.
 */
export async function acceptWarningIfShown(view: CourseView): Promise<void> {
  const gate = view.getByRole("button", { name: /^I understand/ });
  if ((await gate.count()) > 0) await gate.first().click();
}

/**
 * Opens a module from the course menu and waits until its page (past any warning) is shown. On a
 * narrow course frame the menu sits behind the "Menu" button: that is opened first.
 */
export async function openModule(view: CourseView, module: Module): Promise<void> {
  const link = menuLink(view, module.id);
  const menuButton = view.getByRole("button", { name: strings.menuButton, exact: true });
  // Wait for the course to show one or the other before deciding.
  await expect(link.or(menuButton).first()).toBeVisible();
  if (!(await link.isVisible())) await menuButton.click();
  await link.click();
  await expect(heading(view)).toHaveText(module.title);
  if (module.contentWarning) await acceptWarningIfShown(view);
  const first = questionsIn(module)[0];
  // The first question is on screen once the page has loaded, when it is in the first page's
  // first section (a later section shows only after Continue, on a page not reached before).
  const onFirstScreen =
    first && sectionHolding(sectionsOf(pagesOf(module)[0].blocks), first.id) === 0;
  if (first && onFirstScreen)
    await expect(optionInput(view, first.id, first.options[0].id)).toBeAttached();
}

/**
 * Brings a question of the module on screen into view, as a learner would: with Continue, section
 * by section, and Next, page by page (going on past any question left open, which the course asks
 * about first). Does nothing when the question is on the page already.
 */
export async function goToQuestion(view: CourseView, questionId: string): Promise<void> {
  await goTo(view, view.locator(`input[name="${questionId}"]`).first(), `question ${questionId}`);
}

/**
 * Presses the page's section break (Continue) when one shows, once every break on the page has
 * drawn its button (the element loads on first use), and waits for the next section. False when
 * the page shows all its sections.
 */
export async function continueSection(view: CourseView): Promise<boolean> {
  const breaks = view.locator("module-page continue-button");
  const button = breaks.locator("button");
  await expect.poll(async () => (await breaks.count()) === (await button.count())).toBe(true);
  if ((await button.count()) === 0) return false;
  const sections = view.locator("module-page .section");
  const shown = await sections.count();
  await button.first().click();
  await expect(sections).toHaveCount(shown + 1);
  // The opened section scrolls to the top smoothly: a click while the page still moves can land
  // beside its target (a sort's radio that then "did not change its state"). Wait for it to stop.
  await expect
    .poll(() =>
      view.locator("html").evaluate(
        () =>
          new Promise<boolean>((settled) => {
            const y = window.scrollY;
            requestAnimationFrame(() => requestAnimationFrame(() => settled(window.scrollY === y)));
          }),
      ),
    )
    .toBe(true);
  return true;
}

/** Reads on with Continue and Next, as goToQuestion does, until `target` is on the page. */
async function goTo(view: CourseView, target: Locator, what: string): Promise<void> {
  const input = target;
  const position = view.locator("main p.position").first();
  for (let step = 0; step < 60; step++) {
    if ((await input.count()) > 0) return;
    if (await continueSection(view)) continue;
    const before = (await position.count()) > 0 ? await position.textContent() : null;
    const goOn = view.getByRole("button", { name: strings.leavingGo });
    if ((await goOn.count()) > 0) await goOn.click();
    else await view.locator("nav.pager button.next").click();
    // The next page is drawn (or the course asks about a question left open) before its
    // questions are looked for.
    if (before)
      await expect
        .poll(async () => (await goOn.count()) > 0 || (await position.textContent()) !== before)
        .toBe(true);
    await acceptWarningIfShown(view);
  }
  throw new Error(`${what} is on no page the learner reached with Next`);
}

/**
 * Reads on to the module's last page with Next (going on past any question left open), so that
 * every page counts as reached and the "Next" button leads to the next module. Does nothing on a
 * one-page module.
 */
export async function toLastPage(view: CourseView): Promise<void> {
  const position = view.locator("main p.position").first();
  for (let step = 0; step < 30; step++) {
    const m = /Page (\d+) of (\d+)/.exec((await position.textContent()) ?? "");
    if (!m || m[1] === m[2]) return;
    const goOn = view.getByRole("button", { name: strings.leavingGo });
    if ((await goOn.count()) > 0) await goOn.click();
    else await view.locator("nav.pager button.next").click();
    // The next page, or the course asking about a question left open first.
    const left = new RegExp(`Page ${m[1]} of`);
    await expect
      .poll(
        async () => (await goOn.count()) > 0 || !left.test((await position.textContent()) ?? ""),
      )
      .toBe(true);
  }
  throw new Error("the module's last page was not reached with Next");
}

/**
 * Reads on with Next (going on past any question left open) until the module's page `n` is shown,
 * waiting for each page to be drawn before the next step: counting what is on screen before a page
 * has drawn would walk past it.
 */
export async function toPage(view: CourseView, n: number): Promise<void> {
  const position = view.locator("main p.position").first();
  for (let step = 0; step < 30; step++) {
    const m = /Page (\d+) of (\d+)/.exec((await position.textContent()) ?? "");
    if (!m && n === 1) return;
    if (m && Number(m[1]) === n) return;
    if (!m || Number(m[1]) > n || m[1] === m[2]) throw new Error(`page ${n} is not ahead`);
    const goOn = view.getByRole("button", { name: strings.leavingGo });
    if ((await goOn.count()) > 0) await goOn.click();
    else await view.locator("nav.pager button.next").click();
    const left = new RegExp(`Page ${m[1]} of`);
    await expect
      .poll(
        async () => (await goOn.count()) > 0 || !left.test((await position.textContent()) ?? ""),
      )
      .toBe(true);
    await acceptWarningIfShown(view);
  }
  throw new Error(`page ${n} was not reached with Next`);
}

/** The card of one question. */
export function questionCard(view: CourseView, questionId: string): Locator {
  return view.locator("question-card").filter({ has: view.locator(`input[name="${questionId}"]`) });
}

export function optionInput(view: CourseView, questionId: string, optionId: string): Locator {
  return view.locator(`input[name="${questionId}"][value="${optionId}"]`);
}

/**
 * Chooses the given options of a question on the current page and checks the answer; waits until
 * the question shows as answered (its options are locked).
 */
export async function answer(
  view: CourseView,
  question: Question,
  optionIds: readonly string[],
): Promise<void> {
  await goToQuestion(view, question.id);
  for (const id of optionIds) await optionInput(view, question.id, id).check();
  await questionCard(view, question.id).getByRole("button", { name: strings.checkAnswer }).click();
  await expect(optionInput(view, question.id, question.options[0].id)).toBeDisabled();
}

/** Answers every question of the module on screen. */
export async function answerModule(
  view: CourseView,
  module: Module,
  how: Answering,
): Promise<void> {
  for (const q of questionsIn(module)) await answer(view, q, choiceFor(q, how));
}

/** Whether a question on screen can still be answered (its options are not locked). */
export async function isOpen(view: CourseView, question: Question): Promise<boolean> {
  return optionInput(view, question.id, question.options[0].id).isEnabled();
}

/** The words the course shows when it found no LMS. */
export function notConnectedNotice(view: CourseView): Locator {
  return view.getByText(/not connected to a learning system/i);
}

/** The branching scenarios of one module, in page order. */
export function casesIn(module: Module): BranchingBlock[] {
  return module.blocks.flatMap((b) => (b.kind === "branching" ? [b] : []));
}

/** A decision waiting on screen: its input name, its scene, and where its best option is. */
export interface WaitingDecision {
  name: string;
  scene: BranchingBlock["scenes"][number];
  bestIndex: number;
  /** The waiting decision's form. */
  form: Locator;
}

/**
 * Walks a branching scenario on screen to its end, making each decision that waits (a learner
 * coming back finds earlier decisions made) with `decide`, then going on to the scenes it led to
 * with `goOn` (the scenes wait for "Next scene"; a mouse click unless told otherwise), and
 * waiting for the next decision or the end of the case (a scene without a decision on the way
 * waits for its own "Next scene", clicked).
 */
export async function walkCaseWith(
  view: CourseView,
  block: BranchingBlock,
  decide: (d: WaitingDecision) => Promise<void>,
  goOn: (nextScene: Locator) => Promise<void> = (nextScene) => nextScene.click(),
): Promise<void> {
  const scenario = view.locator("branching-scenario").first();
  const waiting = scenario.locator("form.decision");
  const end = scenario.getByText(branchingStrings.end).first();
  const nextScene = scenario.getByRole("button", { name: branchingStrings.nextScene });
  for (let made = 0; made <= block.scenes.length; made++) {
    await expect(waiting.or(end).or(nextScene).first()).toBeVisible();
    // A decision the caller made before the walk, or a scene without a decision: each waits for
    // Next scene (the player shows one scene at a time).
    for (let k = 0; k < block.scenes.length && (await nextScene.isVisible()); k++) {
      await nextScene.click();
      await expect(waiting.or(end).or(nextScene).first()).toBeVisible();
    }
    await expect(waiting.or(end).first()).toBeVisible();
    if (await end.isVisible()) return;
    const name = (await waiting.first().locator("input").first().getAttribute("name")) ?? "";
    const scene = block.scenes.find((s) => decisionId(block, s) === name);
    const bestIndex = scene?.options.findIndex((o) => o.best) ?? -1;
    if (!scene || bestIndex < 0) throw new Error(`no decision ${name} in case ${block.id}`);
    await decide({ name, scene, bestIndex, form: waiting.first() });
    const best = view.locator(`input[name="${name}"][value="${scene.options[bestIndex].id}"]`);
    await expect(best).toHaveCount(0);
    await goOn(nextScene);
  }
  throw new Error(`case ${block.id} did not end`);
}

/** Walks a branching scenario to its end by the mouse, choosing the best option each time. */
export async function walkCase(view: CourseView, block: BranchingBlock): Promise<void> {
  await walkCaseWith(view, block, async ({ name, scene, bestIndex, form }) => {
    await view.locator(`input[name="${name}"][value="${scene.options[bestIndex].id}"]`).check();
    await form.getByRole("button", { name: branchingStrings.decide }).click();
  });
}

/**
 * The whole course, in order: opens every module, answers every question as `how` says, except
 * the questions in `skip` (answered in an earlier session), and walks every case by its best
 * choices (decisions are not scored, so how they are made does not change a result).
 */
export async function answerAll(
  view: CourseView,
  course: Course,
  how: Answering,
  skip: ReadonlySet<string> = new Set(),
): Promise<void> {
  for (const module of course.modules) {
    await openModule(view, module);
    // In page order: the learner reads on with Next, never back.
    for (const b of module.blocks) {
      if (b.kind === "question" && !skip.has(b.question.id))
        await answer(view, b.question, choiceFor(b.question, how));
      if (b.kind === "ordering" && !skip.has(b.id))
        await arrange(view, b, how === "right" ? rightOrder(b) : []);
      // A practice sort: right unless every answer is to be wrong; left as it is once answered.
      if (b.kind === "sort" && !skip.has(b.id)) await sortCards(view, b, how !== "wrong");
      if (b.kind === "branching") await walkCase(view, b);
      if (b.kind === "assessment") await takeAssessment(view, module, b, how);
    }
    await toLastPage(view);
  }
}

/** The final assessments of a module. */
export function assessmentsIn(module: Module): AssessmentBlock[] {
  return module.blocks.filter((b): b is AssessmentBlock => b.kind === "assessment");
}

/** The final assessment on screen. */
export function assessmentOn(view: CourseView): Locator {
  return view.locator("assessment-block");
}

/** The item of the bank on screen now, or undefined once the feedback is shown. */
export async function itemOnScreen(
  view: CourseView,
  block: AssessmentBlock,
): Promise<AssessmentItem | undefined> {
  const el = assessmentOn(view);
  const feedback = el.getByRole("heading", { name: assessmentStrings.feedbackTitle });
  const radio = el.locator('input[type="radio"]').first();
  await expect(feedback.or(radio)).toBeVisible();
  if (await feedback.isVisible()) return undefined;
  const id = await radio.getAttribute("name");
  return block.points.flatMap((p) => p.variants).find((v) => v.id === id);
}

/** An assessment item as a single-answer question, for `how` to choose by. */
function asQuestion(item: AssessmentItem): Question {
  return {
    id: item.id,
    kind: "single",
    theme: "",
    scored: true,
    weighting: 1,
    stemHtml: item.stemHtml,
    stemText: item.stemText,
    options: item.options.map((o) => ({ ...o })),
  };
}

/**
 * Answers the final assessment's items as they come (whichever the attempt draws), as `how`
 * says, by keyboard (Space on the option, Enter on the button), until its feedback is shown.
 * Returns the ids of the items answered, in order.
 */
export async function takeAssessment(
  view: CourseView,
  module: Module,
  block: AssessmentBlock,
  how: Answering,
): Promise<string[]> {
  // Reached by a link (the results' "Still to do"), the module may show its content warning first.
  await expect(heading(view)).toHaveText(module.title);
  await acceptWarningIfShown(view);
  await toPage(
    view,
    pageOfBlock(module, (b) => b === block),
  );
  const el = assessmentOn(view);
  const done: string[] = [];
  for (let k = 0; k < 60; k++) {
    const item = await itemOnScreen(view, block);
    if (!item) return done;
    const [choice] = choiceFor(asQuestion(item), how);
    await el.locator(`input[name="${item.id}"][value="${choice}"]`).press("Space");
    await expect(el.locator(`input[name="${item.id}"][value="${choice}"]`)).toBeChecked();
    await el.getByRole("button", { name: /^Save answer/ }).press("Enter");
    await expect(el.locator(`input[name="${item.id}"]`)).toHaveCount(0);
    done.push(item.id);
  }
  throw new Error("the assessment did not end");
}

/**
 * The items an attempt at the course's final assessments draws (0 for the first), each as a
 * single-answer question under its decision point's theme, in the order the learner meets them:
 * what the score, the themes' objectives and the LMS's scored interactions are made of.
 */
export function drawnItems(course: Course, attempt = 0): Question[] {
  return course.modules.flatMap((m) =>
    assessmentsIn(m).flatMap((block) =>
      drawOf(block, attempt).map(({ point, item }) => ({
        ...asQuestion(item),
        theme: point.theme,
      })),
    ),
  );
}

/** The module that holds the course's (first) final assessment. */
export function assessmentModule(course: Course): Module {
  const module = course.modules.find((m) => assessmentsIn(m).length > 0);
  if (!module) throw new Error("the course has no final assessment");
  return module;
}

/**
 * Answers every practice question and assessment item right but the first `wrong` items of the
 * first attempt's draw (`wrong` may also name the items). The same item gets the same answer
 * however often it is asked, so a test can check what the LMS holds against it.
 */
export function wrongInDraw(course: Course, wrong: number | readonly string[]) {
  const missed = new Set(
    typeof wrong === "number"
      ? drawnItems(course)
          .slice(0, wrong)
          .map((q) => q.id)
      : wrong,
  );
  return (q: Question): readonly string[] => {
    if (!missed.has(q.id)) return rightChoice(q);
    const option = q.options.find((o) => !o.correct);
    if (!option) throw new Error(`item ${q.id} has no wrong option`);
    return [option.id];
  };
}

/**
 * The walked cases' decisions as the LMS gets them: every answerable of the course that is neither
 * a question nor an item of a final assessment's bank.
 */
export function caseDecisionsOf(course: Course): Answerable[] {
  const other = new Set([
    ...questionsOf(course).map((q) => q.id),
    ...course.modules.flatMap((m) =>
      assessmentsIn(m).flatMap((b) => b.points.flatMap((p) => p.variants.map((v) => v.id))),
    ),
  ]);
  return answerablesOf(course).filter((a) => !other.has(a.id));
}

/** The ordering questions of a module. */
export function orderingsIn(module: Module): OrderingBlock[] {
  return module.blocks.filter((b): b is OrderingBlock => b.kind === "ordering");
}

export const rightOrder = (block: OrderingBlock) => block.steps.map((s) => s.id);

/** The ordering question on screen. */
export function orderingQuestion(view: CourseView, id: string): Locator {
  return view.locator("ordering-question").filter({ has: view.locator(`[id="stem-${id}"]`) });
}

/** The step ids of an ordering question, in the order on screen. */
export async function orderOnScreen(question: Locator): Promise<string[]> {
  return question
    .locator("li.step")
    .evaluateAll((steps) => steps.map((s) => s.getAttribute("data-step") ?? ""));
}

/**
 * Puts an ordering question's steps in `order` by keyboard (Enter on "Move up", where focus stays
 * with the moved step), then checks the answer; an empty `order` checks the order as shown.
 */
export async function arrange(
  view: CourseView,
  block: OrderingBlock,
  order: readonly string[],
): Promise<void> {
  const question = orderingQuestion(view, block.id);
  await question.scrollIntoViewIfNeeded();
  for (let place = 0; place < order.length; place++) {
    const now = await orderOnScreen(question);
    const up = question.locator(`li[data-step="${order[place]}"] button.up`);
    for (let at = now.indexOf(order[place]); at > place; at--) await up.press("Enter");
    await expect(question.locator("li.step").nth(place)).toHaveAttribute("data-step", order[place]);
  }
  await question.getByRole("button", { name: strings.checkAnswer }).click();
  await expect(question.locator(".result")).toBeVisible();
  await expect(question.getByRole("button", { name: orderingStrings.moveUp })).toHaveCount(0);
}

/** The sorts into groups of a module. */
export function sortsIn(module: Module): SortBlock[] {
  return module.blocks.filter((b): b is SortBlock => b.kind === "sort");
}

/** A sort into groups on screen. */
export function sortQuestion(view: CourseView, id: string): Locator {
  return view.locator("sort-question").filter({ has: view.locator(`[id="stem-${id}"]`) });
}

/**
 * Reads on to a sort, puts every card in its right group (or, with `right` false, in another)
 * and checks the answer; a sort already answered is left as it is.
 */
export async function sortCards(view: CourseView, block: SortBlock, right = true): Promise<void> {
  const sort = sortQuestion(view, block.id);
  await goTo(view, sort, `sort ${block.id}`);
  if (await sort.locator(".result").isVisible()) return;
  for (const card of block.cards) {
    const group = right ? card.group : block.groups.find((g) => g.id !== card.group)?.id;
    await sort.locator(`[data-card="${card.id}"] input[value="${group}"]`).check();
  }
  await sort.getByRole("button", { name: strings.checkAnswer }).click();
  await expect(sort.locator(".result")).toBeVisible();
}

/** Visits every module in order without answering anything (a learner reviewing). */
export async function browseAll(view: CourseView, course: Course): Promise<void> {
  for (const module of course.modules) await openModule(view, module);
}

/** Whether the question shows as answered: its choice is ticked and it can no longer be changed. */
export async function expectAnswered(
  view: CourseView,
  question: Question,
  optionIds: readonly string[],
): Promise<void> {
  await goToQuestion(view, question.id);
  for (const o of question.options) {
    const input = optionInput(view, question.id, o.id);
    await expect(input).toBeDisabled();
    if (optionIds.includes(o.id)) await expect(input).toBeChecked();
    else await expect(input).not.toBeChecked();
  }
  await expect(
    questionCard(view, question.id).getByText(
      optionIds.join() === rightChoice(question).join() ? strings.correct : strings.incorrect,
    ),
  ).toBeVisible();
}

/** The state the course menu shows for a module. */
export async function menuState(view: CourseView, moduleId: string): Promise<ModuleState> {
  const text = (await menuLink(view, moduleId).textContent()) ?? "";
  // "not started" is tested first: no other state's words are inside it.
  const order: ModuleState[] = ["not-started", "in-progress", "done"];
  const state = order.find((s) => text.includes(strings.moduleState[s]));
  if (!state) throw new Error(`menu entry for ${moduleId} shows no state: "${text.trim()}"`);
  return state;
}

/** The learner's own way out: "Take a break", which ends the LMS session. */
export async function takeBreak(view: CourseView): Promise<void> {
  await view.getByRole("button", { name: strings.takeBreak }).click();
}

/** The words the course shows about saving (any of the states in strings.saveState). */
export function saveStatus(view: CourseView, state: keyof typeof strings.saveState): Locator {
  return view.getByText(strings.saveState[state], { exact: true }).first();
}

export {
  type Answering,
  choiceFor,
  courseOf,
  familyM,
  moduleOf,
  questionsIn,
  questionsOf,
  rightChoice,
  strings,
  wrongChoice,
} from "../../src/tools/learner/course-answers.js";
