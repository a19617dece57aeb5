/**
 * Family M's walked case (the invented Hill family, eight decisions across the course's four
 * themes) ends where the learner's choices lead: three fresh launches along three paths reach
 * three different endings, each with its tally, and the LMS files every decision under its own
 * theme, unscored (weighting 0, no score and no theme score from the case). Walking the case again
 * is practice: it reaches its own ending and records nothing new. Family M's real outcome is on a
 * page of its own after the case, "Back to the real case", and in no ending of the invented family.
 */
import { expect, type FrameLocator, type Page, test } from "@playwright/test";
import type { BranchingBlock, Scene } from "../../src/blocks/branching/model.js";
import { branchingStrings as strings } from "../../src/blocks/branching/strings.js";
import { openModule, toPage, walkCaseWith } from "./learner.js";
import { courseOf, expectNoAxeViolations, start } from "./learner-steps.js";
import {
  closeCourse,
  FORMATS,
  lmsCalls,
  relaunch,
  type ScormVersion,
  type Tracking,
  tracking,
  watchErrors,
} from "./simulator.js";

const course = courseOf("family-m");
const walkModule = course.modules.find((m) => m.id === "walk-a-case");
if (!walkModule) throw new Error("Family M has no walk-a-case module");
const hill = walkModule.blocks.find((b) => b.kind === "branching") as BranchingBlock;
const decisions = hill.scenes.filter((s) => s.options.length > 0);

/** What the briefing says became of Family M: it belongs on the real case's page alone. */
const REAL_OUTCOME = [
  /one of the children had been\s+subject to sexual abuse by Mr W/,
  /convicted of a number of child sex offences/,
];

/** Each decision's theme, as the course's content gives it (read, not taken from the build). */
const THEMES: Record<string, string> = {
  "hill-arrest": "risk-images",
  "hill-forensics": "risk-images",
  "hill-protect": "risk-images",
  "hill-conference": "challenge-escalation",
  "hill-escalate": "challenge-escalation",
  "hill-assurance": "respectful-uncertainty",
  "hill-bail": "respectful-uncertainty",
  "hill-neglect": "neglect-cin",
};

/** A way of choosing at each decision: the option id for a scene. */
type Chooser = (scene: Scene) => string;
const bestOf = (s: Scene) => s.options.find((o) => o.best)?.id ?? "?";
const allBest: Chooser = bestOf;
/** The first option shown in the course's source at every decision (three of them are best). */
const firstOptions: Chooser = (s) => s.options[0].id;
const noneBest: Chooser = (s) => s.options.find((o) => !o.best)?.id ?? "?";
/** Best everywhere but the first referral and the cancelled conference: 6 of 8. */
const twoMissed: Chooser = (s) =>
  s.id === "arrest" || s.id === "conference" ? noneBest(s) : bestOf(s);

const ENDINGS = {
  early: "The children protected early",
  gaps: "Protected, later than they could have been",
  late: "Harm found late",
  drift: "A drift that leaves the children at risk",
};

async function openCase(view: FrameLocator): Promise<void> {
  await openModule(view, walkModule as never);
  await expect(
    view.locator("branching-scenario").getByRole("heading", { name: hill.title }),
  ).toBeVisible();
}

/** The role each decision names in the course's content (read, not taken from the build). */
const ROLES: Record<string, string> = {
  arrest: "Social worker",
  forensics: "Police officer",
  protect: "Social worker",
  conference: "School's designated safeguarding lead",
  escalate: "School's designated safeguarding lead",
  assurance: "Health visitor for Ruby",
  bail: "Nursery's safeguarding lead",
  neglect: "Chair of the review",
};

/**
 * Walks the case by the mouse, choosing at each decision as `choose` says. Each decision shows,
 * alone on the stage, the badge of the role the learner is in there.
 */
async function walk(view: FrameLocator, choose: Chooser): Promise<Record<string, string>> {
  const chosen: Record<string, string> = {};
  const stage = view.locator("branching-scenario .stage");
  await walkCaseWith(view, hill, async ({ name, scene, form }) => {
    await expect(stage.locator(".role")).toHaveText(`${strings.youAre} ${ROLES[scene.id]}`);
    await expect(stage.locator(".scene-card")).toHaveCount(1);
    chosen[name] = choose(scene);
    await view.locator(`input[name="${name}"][value="${chosen[name]}"]`).check();
    await form.getByRole("button", { name: strings.decide }).click();
  });
  return chosen;
}

/**
 * The ended case on screen: its last card is the ending `title`, the tally says `best` of 8, and
 * nothing in the case (ending included) tells Family M's real outcome.
 */
async function expectEnded(view: FrameLocator, title: string, best: number): Promise<void> {
  const scenario = view.locator("branching-scenario");
  await expect(scenario.getByText(strings.end)).toBeVisible();
  const card = scenario.locator(".ending-card");
  await expect(card).toHaveCount(1);
  await expect(card.getByRole("heading", { name: strings.ending(title) })).toBeVisible();
  // The ending is the only card on show.
  await expect(scenario.locator(".scene-card")).toHaveCount(0);
  await expect(scenario.locator(".tally")).toHaveText(strings.tally(best, decisions.length));
  await expect(
    card.getByRole("list", { name: strings.marksLabel }).getByRole("listitem"),
  ).toHaveCount(decisions.length);
  for (const words of REAL_OUTCOME) await expect(scenario).not.toContainText(words);
  await expect(card).not.toContainText(/Mr W|Family M|Mother/);
}

/**
 * The decisions the LMS holds: each under its own theme, with the learner's choice, its verdict
 * and weighting 0 (the case is practice: it counts in no score).
 */
function expectRecorded(t: Tracking, version: ScormVersion, chosen: Record<string, string>) {
  const { correct, incorrect } = FORMATS[version].results;
  const recorded = t.interactions.filter((i) => i.id.startsWith("hill-"));
  expect(recorded.map((i) => [i.id, i.objective, i.response, i.result])).toEqual(
    decisions.map((s) => {
      const id = `hill-${s.id}`;
      return [id, THEMES[id], chosen[id], chosen[id] === bestOf(s) ? correct : incorrect];
    }),
  );
  for (const i of recorded) expect(Number(i.weighting), i.id).toBe(0);
  // Per theme, as a training lead's report groups them: 3, 2, 2 and 1 decisions.
  const perTheme: Record<string, number> = {};
  for (const i of recorded) perTheme[i.objective] = (perTheme[i.objective] ?? 0) + 1;
  expect(perTheme).toEqual({
    "risk-images": 3,
    "challenge-escalation": 2,
    "respectful-uncertainty": 2,
    "neglect-cin": 1,
  });
  // With only the case done, no score and no theme score is known.
  expect(t.score.raw ?? "").toBe("");
  for (const o of t.objectives) expect(o.raw ?? "", o.id).toBe("");
}

/** The page after the case: "Back to the real case", with Family M's outcome and no case. */
async function expectRealCasePage(view: FrameLocator): Promise<void> {
  await toPage(view, 2);
  await expect(view.locator("module-page .page-title")).toHaveText("Back to the real case");
  const main = view.locator("module-page");
  for (const words of REAL_OUTCOME) await expect(main).toContainText(words);
  await expect(view.locator("branching-scenario")).toHaveCount(0);
}

for (const version of ["scorm12", "scorm2004"] as ScormVersion[]) {
  test(`${version}: the best choice at every decision ends on "${ENDINGS.early}"; Family M's outcome is on the next page, "Back to the real case"`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const errors = watchErrors(page);
    const { view } = await start(page, "family-m", version);
    await openCase(view);
    // The first screen says what is invented, and where the real case is told.
    const intro = view.locator("module-page");
    await expect(intro).toContainText("The Hill family is invented for this course");
    await expect(intro).toContainText("Everything in the case is invented");
    await expect(intro).toContainText('on the next page, "Back to the real case"');
    for (const words of REAL_OUTCOME) await expect(intro).not.toContainText(words);

    const chosen = await walk(view, allBest);
    await expectEnded(view, ENDINGS.early, 8);
    await expect(view.locator("branching-scenario .ending-card")).not.toContainText(
      /left the children at risk/,
    );
    expectRecorded(await tracking(page, version), version, chosen);
    await expectRealCasePage(view);
    await expectNoAxeViolations(page, "the real case's page");
    expect(errors).toEqual([]);
  });
}

test(`scorm2004: the first option at every decision (3 of them best) ends on "${ENDINGS.late}"`, async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  const { view } = await start(page, "family-m", "scorm2004");
  await openCase(view);
  const chosen = await walk(view, firstOptions);
  await expectEnded(view, ENDINGS.late, 3);
  await expect(view.getByText(strings.ending(ENDINGS.early))).toHaveCount(0);
  expectRecorded(await tracking(page, "scorm2004"), "scorm2004", chosen);
  expect(errors).toEqual([]);
});

test(`scorm12: no best choice ends on "${ENDINGS.drift}"; walking it again reaches "${ENDINGS.gaps}" and records nothing`, async ({
  page,
}) => {
  test.setTimeout(240_000);
  const errors = watchErrors(page);
  const launched = await start(page, "family-m", "scorm12");
  const { view } = launched;
  await openCase(view);
  const chosen = await walk(view, noneBest);
  await expectEnded(view, ENDINGS.drift, 0);
  const recorded = await tracking(page, "scorm12");
  expectRecorded(recorded, "scorm12", chosen);
  const interactionWrites = async (p: Page) =>
    (await lmsCalls(p)).filter((c) => String(c.args[0]).startsWith("cmi.interactions.")).length;
  const writesBefore = await interactionWrites(page);

  // Walk it again, best everywhere but two decisions: its own tally and ending.
  const scenario = view.locator("branching-scenario");
  const again = scenario.getByRole("button", { name: strings.walkAgain });
  await again.click();
  await expect(scenario.getByRole("heading", { name: strings.practiceTitle })).toBeVisible();
  await expect(scenario.getByText(strings.practiceNote)).toBeVisible();
  await walk(view, twoMissed);
  await expectEnded(view, ENDINGS.gaps, 6);
  await expect(view.getByText(strings.ending(ENDINGS.drift))).toHaveCount(0);

  // Nothing reached the LMS: no interaction written, the recorded walk as it was.
  expect(await interactionWrites(page)).toBe(writesBefore);
  const after = await tracking(page, "scorm12");
  expect(after.interactions).toEqual(recorded.interactions);
  expect(after.suspendData).toBe(recorded.suspendData);

  // Back to the recorded walk, and after a reload it is the recorded walk that comes back.
  await scenario.getByRole("button", { name: strings.backToRecorded }).click();
  await expectEnded(view, ENDINGS.drift, 0);
  await closeCourse(page);
  const resumed = await relaunch(page, launched.pkg, { resume: true });
  await expect(resumed.locator("module-page h1")).toBeVisible();
  await openCase(resumed);
  await expectEnded(resumed, ENDINGS.drift, 0);
  expect((await tracking(page, "scorm12")).interactions).toEqual(recorded.interactions);
  await expectRealCasePage(resumed);
  expect(errors).toEqual([]);
});
