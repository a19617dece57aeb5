/**
 * The learner is safe with this package: it asks nothing of any other server, runs under a strict
 * Content-Security-Policy, never treats their words as HTML, prints a faithful record, and always
 * says truthfully whether their progress is saved.
 */
import { expect, type Page, type Request, test } from "@playwright/test";
import { reflectionStrings } from "../../src/blocks/reflection/strings.js";
import { sortCards, sortsIn } from "./learner.js";
import {
  answerByMouse,
  assessmentsIn,
  casesIn,
  courseFrameOf,
  courseOf,
  hasFocus,
  heading,
  type Launched,
  LEARNER_ON_RECORD,
  printCalls,
  questionsIn,
  reflectionsFor,
  rightChoice,
  start,
  strings,
  stubPrint,
  takeAssessmentByMouse,
  toLastPage,
  walkCase,
} from "./learner-steps.js";
import {
  closeCourse,
  lmsData,
  relaunch,
  type ScormVersion,
  setFaults,
  simulatorUrl,
} from "./simulator.js";

const course = courseOf("family-m");
const lastModule = course.modules[course.modules.length - 1];
const versions: ScormVersion[] = ["scorm12", "scorm2004"];

/**
 * Opens each module in turn from the menu, answering every question and the final assessment
 * right; with `complete`, also walks the case and reads every page, so the course is complete.
 */
async function walkTheCourse({ view }: Launched, complete = false): Promise<void> {
  for (const module of course.modules) {
    await view.locator(`module-menu a[href="#${module.id}"]`).click();
    await expect(heading(view)).toHaveText(module.title);
    const gate = view.getByRole("button", { name: strings.contentWarningContinue });
    if ((await gate.count()) > 0) await gate.click();
    // The practice sort (Lesson 3) comes before its questions; completion asks for it.
    for (const s of sortsIn(module)) await sortCards(view, s);
    for (const q of questionsIn(module)) await answerByMouse(view, q, rightChoice(q));
    for (const b of assessmentsIn(module)) await takeAssessmentByMouse(view, module, b, "right");
    if (!complete) continue;
    // The case walked and every page read: the record says "Passed" only for a complete course.
    for (const block of casesIn(module)) await walkCase(view, block);
    await toLastPage(view);
  }
}

/** Records, for every frame, each CSP violation the document reports. */
async function watchCsp(page: Page): Promise<string[]> {
  const fromConsole: string[] = [];
  page.on("console", (m) => {
    if (/Content[- ]Security[- ]Policy/i.test(m.text())) fromConsole.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      w.cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"}`);
    });
  });
  return fromConsole;
}

for (const version of versions) {
  test(`${version}: the package makes no request outside itself`, async ({ page }) => {
    const origin = new URL(simulatorUrl()).origin;
    const requests: Request[] = [];
    const failed: string[] = [];
    page.on("request", (r) => requests.push(r));
    page.on("requestfailed", (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
    await stubPrint(page);
    const launched = await start(page, "family-m", version);
    await walkTheCourse(launched);
    await launched.view.locator(`#reflection-${reflectionsFor(course)[0].id}`).fill("A thought.");
    await launched.view.getByRole("button", { name: strings.print }).click();
    await launched.view.getByRole("button", { name: strings.takeBreak }).click();

    const own = `${origin}/pkg/${encodeURIComponent(launched.pkg)}/`;
    const fromCourse = requests.filter((r) => r.frame() === launched.frame);
    expect(fromCourse.length, "the course's own files were not seen").toBeGreaterThan(0);
    expect(
      requests.map((r) => r.url()).filter((url) => new URL(url).origin !== origin),
      "requests to another origin",
    ).toEqual([]);
    expect(
      fromCourse.map((r) => r.url()).filter((url) => !url.startsWith(own)),
      `the course asked for something outside ${own}`,
    ).toEqual([]);
    expect(failed).toEqual([]);
    for (const r of fromCourse) {
      const response = await r.response();
      expect(response?.status(), r.url()).toBe(200);
    }
  });

  test(`${version}: the course runs under a strict Content-Security-Policy with no violation`, async ({
    page,
  }) => {
    const fromConsole = await watchCsp(page);
    await stubPrint(page);
    const launched = await start(page, "family-m", version);
    const policy = await launched.frame.evaluate(
      () =>
        document.querySelector<HTMLMetaElement>('meta[http-equiv="Content-Security-Policy"]')
          ?.content ?? "",
    );
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    // The policy is enforced: an inline script does not run.
    const inlineRan = await launched.frame.evaluate(async () => {
      const s = document.createElement("script");
      s.textContent = "window.inlineRan = true";
      document.head.append(s);
      await new Promise((r) => setTimeout(r, 50));
      s.remove();
      return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
    });
    expect(inlineRan).toBe(false);
    // ...and the watcher sees that violation, so it would see one from the course.
    const seen = await launched.frame.evaluate(() => {
      const list = (window as unknown as { cspViolations: string[] }).cspViolations;
      return list.splice(0, list.length);
    });
    expect(seen.join()).toContain("script-src");
    fromConsole.length = 0;

    await walkTheCourse(launched);
    await launched.view.locator(`#reflection-${reflectionsFor(course)[0].id}`).fill("A thought.");
    await launched.view.getByRole("button", { name: strings.print }).click();
    await page.emulateMedia({ media: "print" });
    await expect(launched.view.locator("completion-record")).toBeVisible();
    await page.emulateMedia({ media: "screen" });
    await launched.view.getByRole("button", { name: strings.takeBreak }).click();
    await expect(launched.view.locator("break-screen")).toBeVisible();

    const violations = await launched.frame.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    );
    expect(violations).toEqual([]);
    expect(fromConsole).toEqual([]);
  });
}

test("markup typed into a reflection stays text: on screen, in the record and after resume", async ({
  page,
}) => {
  const markup =
    '<img src="x" onerror="window.injected=1"><b id="injected">bold</b><script>window.injected=2</script> & "quotes"';
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  const launched = await start(page, "family-m", "scorm2004");
  const { view } = launched;
  await view.locator(`module-menu a[href="#${lastModule.id}"]`).click();
  const [prompt] = reflectionsFor(course);
  const box = view.locator(`#reflection-${prompt.id}`);
  await box.click();
  await page.keyboard.type(markup);
  await box.blur();

  const noMarkupRendered = async () => {
    const frame = courseFrameOf(page);
    const found = await frame.evaluate(() => {
      const hits: string[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll("#injected, img, script:not([src])")) {
          // The page's own inline starter (src/compiler/player-build/prerender.ts) is not the learner's text.
          if (el.localName === "script" && !el.textContent?.includes("injected")) continue;
          hits.push(el.outerHTML.slice(0, 60));
        }
        for (const el of root.querySelectorAll("*")) if (el.shadowRoot) walk(el.shadowRoot);
      };
      walk(document);
      return { hits, injected: (window as unknown as { injected?: number }).injected };
    });
    expect(found).toEqual({ hits: [], injected: undefined });
  };

  await expect(box).toHaveValue(markup);
  await noMarkupRendered();
  await page.emulateMedia({ media: "print" });
  const answer = view.locator("completion-record .answer").first();
  await expect(answer).toHaveText(markup);
  await noMarkupRendered();
  await page.emulateMedia({ media: "screen" });

  // It goes to the LMS and comes back as the same text.
  await view.getByRole("button", { name: strings.takeBreak }).click();
  const back = await relaunch(page, launched.pkg, { resume: true });
  await expect(back.locator(`#reflection-${prompt.id}`)).toHaveValue(markup);
  await noMarkupRendered();
  expect(requests.filter((url) => url.endsWith("/x"))).toEqual([]);
});

test("a reflection is bounded by its prompt, counted as the learner types, and saved", async ({
  page,
}) => {
  const launched = await start(page, "family-m", "scorm12");
  const { view } = launched;
  await view.locator(`module-menu a[href="#${lastModule.id}"]`).click();
  const [prompt] = reflectionsFor(course);
  const box = view.locator(`#reflection-${prompt.id}`);
  const max = Number(await box.getAttribute("maxlength"));
  expect(max).toBeGreaterThan(0);
  const sheet = view.locator("reflection-sheet");
  await expect(sheet.getByText(reflectionStrings.characters(0, max)).first()).toBeVisible();

  await box.click();
  await page.keyboard.type("Twelve chars");
  await expect(sheet.getByText(reflectionStrings.characters(12, max))).toBeVisible();
  // Far from the limit, nothing is announced on each keystroke.
  await expect(sheet.locator("[aria-live]")).toHaveText("");
  // Saved a moment after typing stops, while the learner is still in the box.
  await expect.poll(async () => (await lmsData(page)).suspend_data).toContain("Twelve chars");
  expect(await hasFocus(box)).toBe(true);

  await box.fill("y".repeat(max - 40));
  await box.press("End");
  await page.keyboard.type("z".repeat(60));
  await expect(box).toHaveValue("y".repeat(max - 40) + "z".repeat(40));
  await expect(sheet.getByText(reflectionStrings.characters(max, max))).toBeVisible();
  await expect(sheet.locator("[aria-live]")).toHaveText(reflectionStrings.charactersLeft(0));

  // And there on return.
  await view.getByRole("button", { name: strings.takeBreak }).click();
  const back = await relaunch(page, launched.pkg, { resume: true });
  await expect(back.locator(`#reflection-${prompt.id}`)).toHaveValue(
    "y".repeat(max - 40) + "z".repeat(40),
  );
});

test("a reflection typed just before the course is closed is saved, with no pause first", async ({
  page,
}) => {
  const launched = await start(page, "family-m", "scorm2004");
  await launched.view.locator(`module-menu a[href="#${lastModule.id}"]`).click();
  const [prompt] = reflectionsFor(course);
  const box = launched.view.locator(`#reflection-${prompt.id}`);
  await box.click();
  await page.keyboard.type("Last words");
  // The LMS closes the course's frame at once, before the save delay is up.
  await closeCourse(page);
  const back = await relaunch(page, launched.pkg, { resume: true });
  await expect(back.locator(`#reflection-${prompt.id}`)).toHaveValue("Last words");
});

test("the printed record holds name, date, course, version, result, themes and reflections only", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await stubPrint(page);
  const launched = await start(page, "family-m", "scorm12");
  const { view, frame } = launched;
  await walkTheCourse(launched, true);
  const written = reflectionsFor(course);
  for (const r of written) await view.locator(`#reflection-${r.id}`).fill(r.text);
  await view.getByRole("button", { name: strings.print }).click();
  expect(await printCalls(frame)).toBe(1);

  await page.emulateMedia({ media: "print" });
  const record = view.locator("completion-record");
  await expect(record).toBeVisible();
  const today = new Intl.DateTimeFormat(course.language, { dateStyle: "long" }).format(new Date());
  for (const text of [
    strings.recordTitle,
    LEARNER_ON_RECORD,
    today,
    course.title,
    course.version,
    strings.recordPassed(100, course.settings.passMark),
    ...course.themes.map((t) => t.title),
    ...written.map((r) => r.text),
  ]) {
    await expect(record).toContainText(text);
  }
  // Navigation and controls stay off the paper.
  for (const selector of ["header", "module-menu", ".pager", "footer", "module-page", "button"]) {
    const shown = await view
      .locator(selector)
      .evaluateAll((els) =>
        els.filter((el) => (el as HTMLElement).checkVisibility()).map((el) => el.tagName),
      );
    expect(shown, `${selector} in print`).toEqual([]);
  }
  // Printed dark on light whatever the screen's colour scheme.
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  const colour = await record.locator("h1").evaluate((el) => getComputedStyle(el).color);
  expect(colour).toBe("rgb(0, 0, 0)");
});

test("the save status tells the learner when the LMS stops answering, and when it is back", async ({
  page,
}) => {
  const launched = await start(page, "family-m", "scorm2004");
  const { view } = launched;
  const status = view.locator("save-status");
  await expect(status).toContainText(strings.saveState.saved);
  await setFaults(page, { failCommit: true });
  await view.getByRole("button", { name: strings.nextModule(course.modules[1].title) }).click();
  await expect(status).toContainText(strings.saveState.unsaved);
  // Screen readers hear that saving failed (and only that, not every save).
  await expect(status.locator('[role="status"]')).toHaveText(strings.saveState.unsaved);
  await setFaults(page, { failCommit: false });
  // The second module has pages now: "Next: <third module>" is on its last.
  await toLastPage(view);
  await view.getByRole("button", { name: strings.nextModule(course.modules[2].title) }).click();
  await expect(status).toContainText(strings.saveState.saved);
  await expect(status.locator('[role="status"]')).toHaveText(strings.saveState.saved);
});

test("without an LMS the course says progress is saved in this browser only", async ({ page }) => {
  const launched = await start(page, "family-m", "scorm12", { faults: { noApi: true } });
  await expect(launched.view.locator("save-status")).toContainText(strings.saveState.local);
  await launched.view.getByRole("button", { name: strings.takeBreak }).click();
  await expect(launched.view.locator("break-screen")).toContainText(strings.takeBreakLocal);
});
