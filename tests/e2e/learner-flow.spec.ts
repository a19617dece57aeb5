/**
 * What the learner is told about saving matches what is really kept: a browser that refuses to
 * store anything is named as such, from the first page to the break screen.
 */
import { expect, test } from "@playwright/test";
import { familyM, heading, strings } from "./learner.js";
import { expectFocused, start } from "./learner-steps.js";
import { closeCourse, relaunch } from "./simulator.js";

test.use({ viewport: { width: 1280, height: 900 } });

test("with browser storage blocked and no LMS, the course says nothing is kept, and it is not", async ({
  page,
}) => {
  // As in a sandboxed frame or a locked-down browser: reading localStorage throws.
  await page.addInitScript(() => {
    if (!location.pathname.startsWith("/pkg/")) return;
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  const { view, pkg } = await start(page, "family-m", "scorm12", { faults: { noApi: true } });
  await expect(view.locator("save-status")).toContainText(strings.saveState.memory);
  await expect(view.getByText(strings.noLmsMemory)).toBeVisible();
  await expect(view.getByText(strings.saveState.local)).toHaveCount(0);
  await expect(view.getByText(strings.noLms)).toHaveCount(0);

  await view.getByRole("button", { name: strings.takeBreak }).click();
  await expect(view.locator("break-screen h1")).toHaveText(strings.takeBreakMemoryTitle);
  await expect(view.locator("break-screen")).toContainText(strings.takeBreakMemory);
  await expect(view.getByText(strings.takeBreakTitle)).toHaveCount(0);

  // And it was true: coming back starts afresh.
  await closeCourse(page);
  const back = await relaunch(page, pkg, { faults: { noApi: true }, resume: true });
  await expect(back.getByText(strings.welcomeBackTitle)).toHaveCount(0);
  await expect(back.locator("save-status")).toContainText(strings.saveState.memory);
});

test("with storage allowed and no LMS, the course says progress is kept in this browser", async ({
  page,
}) => {
  const { view } = await start(page, "family-m", "scorm12", { faults: { noApi: true } });
  await expect(view.locator("save-status")).toContainText(strings.saveState.local);
  await expect(view.getByText(strings.noLms)).toBeVisible();
});

test("menu entries are named as title, then state, not run together", async ({ page }) => {
  const course = familyM();
  const { view } = await start(page, "family-m", "scorm12");
  const [first, second] = course.modules;
  await expect(
    view.getByRole("link", {
      name: `1. ${first.title}, ${strings.moduleState.done}, ${strings.currentModule}`,
      exact: true,
    }),
  ).toBeVisible();
  await expect(
    view.getByRole("link", {
      name: `2. ${second.title}, ${strings.moduleState["not-started"]}`,
      exact: true,
    }),
  ).toBeVisible();
});

test("Support opens where it is, with a way back to the page the learner was reading", async ({
  page,
}) => {
  const course = familyM();
  const { view } = await start(page, "family-m", "scorm12");
  await view.locator("header").getByRole("button", { name: strings.support }).click();
  const back = view.getByRole("button", { name: strings.backFromSupport });
  await expect(back).toBeVisible();
  await back.click();
  await expect(heading(view)).toHaveText(course.modules[0].title);
  await expectFocused(heading(view));
});
