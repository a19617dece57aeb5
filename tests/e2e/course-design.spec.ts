/**
 * The designed course, as a learner meets it: answered questions say "Your answer" and "Right
 * answer" on the options at full contrast; the header is one line on a phone and at 400 % zoom
 * with every control reachable; the reading column is centred with Previous and Next on one
 * row; the web package asks for the name on the record and keeps it in this browser only. Axe
 * over every screen at 1280 px, 320 px and 400 % zoom is in screens-a11y.spec.ts.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Frame, type Page, test } from "@playwright/test";
import { buildCourse } from "../../src/compiler/build.js";
import type { Module } from "../../src/course/model.js";
import {
  answerByMouse,
  courseOf,
  expectNoAxeViolations,
  heading,
  optionInput,
  questionCard,
  questionsIn,
  sizeFrame,
  start,
  strings,
  tabTo,
  WCAG_TAGS,
  wrongChoice,
} from "./learner-steps.js";
import { simulatorUrl } from "./simulator.js";

const course = courseOf("family-m");
/** A multiple-answer question whose right options' feedback opens with an affirmation. */
const multipleModule = course.modules.find((m) =>
  questionsIn(m).some((q) => q.kind === "multiple"),
) as Module;
const multiple = questionsIn(multipleModule).find((q) => q.kind === "multiple");
if (!multiple) throw new Error("the course has no multiple-answer question");

/** 400 % zoom of a 1280 × 900 window: 320 × 225 CSS pixels. */
const ZOOM_400 = { width: 320, height: 225 };

async function openModule(_page: Page, view: ReturnType<Page["frameLocator"]>, m: Module) {
  const link = view.locator(`module-menu a[href="#${m.id}"]`);
  if (!(await link.isVisible())) {
    await view.getByRole("button", { name: strings.menuButton, exact: true }).click();
  }
  await link.click();
  await expect(heading(view)).toHaveText(m.title);
  const gate = view.getByRole("button", { name: strings.contentWarningContinue });
  if ((await gate.count()) > 0) await gate.click();
}

test("an answered question marks the learner's answer and the right answers in words, at full contrast", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const { view, frame } = await start(page, "family-m", "scorm2004");
  await openModule(page, view, multipleModule);
  const wrong = wrongChoice(multiple);
  await answerByMouse(view, multiple, wrong);
  const card = questionCard(view, multiple.id);
  for (const o of multiple.options) {
    const row = card.locator(".option").filter({ has: optionInput(view, multiple.id, o.id) });
    const tags = await row.locator(".tag").allTextContents();
    const expected = [
      ...(wrong.includes(o.id) ? [strings.yourAnswer] : []),
      ...(o.correct ? [strings.rightAnswer] : []),
    ];
    expect(tags, `option ${o.id}`).toEqual(expected);
    // Not a faint disabled control: the words are at the page's full text colour and opacity.
    const look = await row.locator("label").evaluate((el) => {
      const s = getComputedStyle(el);
      let opacity = 1;
      for (let n: Element | null = el; n; n = n.parentElement) {
        opacity *= Number(getComputedStyle(n).opacity);
      }
      return { color: s.color, opacity };
    });
    expect(look.opacity).toBe(1);
    expect(look.color).toBe(await bodyColour(frame));
  }
  // The practice question (1.2.0 scores only the final assessment) is called one, and "choose all" is said once.
  await expect(card.locator("legend .label")).toHaveText(strings.practiceQuestion);
  expect((await card.locator("legend").textContent())?.match(/all that apply/gi)).toHaveLength(1);

  // A right answer the learner missed: its feedback, written for a learner who chose it, opens
  // with "Yes." in the course; the wrong-answer panel shows it without.
  const affirmed = questionsIn(multipleModule).find(
    (q) =>
      q.kind === "single" &&
      q.options.some((o) => o.correct && /^<p>\s*Yes\./.test(o.feedbackHtml)),
  );
  if (!affirmed) throw new Error("no question whose right answer's feedback opens with Yes.");
  await answerByMouse(view, affirmed, wrongChoice(affirmed));
  const right = affirmed.options.find((o) => o.correct);
  const panel = questionCard(view, affirmed.id).locator(".result .feedback").filter({
    hasText: strings.rightAnswer,
  });
  await expect(panel).toHaveCount(1);
  const shown = (await panel.locator(".content").textContent())?.trim() ?? "";
  expect(shown).not.toMatch(/^Yes\b/);
  expect(
    right?.feedbackHtml
      .replace(/<[^>]+>/g, "")
      .replace(/^Yes\.\s*/, "")
      .trim(),
  ).toContain(shown.slice(0, 30));
});

async function bodyColour(frame: Frame): Promise<string> {
  return frame.evaluate(() => getComputedStyle(document.body).color);
}

for (const [what, size] of [
  ["a 320 px phone", { width: 320, height: 640 }],
  ["400 % zoom", ZOOM_400],
] as const) {
  test(`at ${what} the header is one line and Support, Take a break and Menu are reachable by keyboard`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const { view, frame } = await start(page, "family-m", "scorm12");
    await sizeFrame(page, size.width, size.height);
    await expect.poll(() => frame.evaluate(() => window.innerWidth)).toBe(size.width);
    const header = view.locator("course-player header");
    const box = await header.boundingBox();
    // One row of 44 px controls and its padding: today's two-row header took 233 px of 640.
    expect(box?.height).toBeLessThanOrEqual(72);
    const names = [strings.support, strings.takeBreak, strings.menuButton];
    const tops: number[] = [];
    for (const name of names) {
      const button = view.getByRole("button", { name, exact: true });
      await expect(button).toBeVisible();
      tops.push((await button.boundingBox())?.y ?? -1);
    }
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(2);
    // The frame's own viewport (the LMS page around it may scroll): the heading is in view.
    expect(
      await heading(view).evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      }),
    ).toBe(true);
    await page.locator("#course").focus();
    for (const name of names)
      await tabTo(page, frame, view.getByRole("button", { name, exact: true }));
    await page.keyboard.press("Enter");
    await expect(view.locator("module-menu")).toBeVisible();
    await expectNoAxeViolations(page, `${what}, menu open`);
  });
}

test("on a wide screen the reading column is centred, headings at its width, Previous and Next on one row", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1360, height: 1300 });
  const { view } = await start(page, "family-m", "scorm2004");
  await sizeFrame(page, 1280, 900);
  await openModule(page, view, course.modules[1]);
  const main = await view.locator("main#main").boundingBox();
  const h1 = await heading(view).boundingBox();
  const text = await view.locator("module-page .content p").first().boundingBox();
  if (!main || !h1 || !text) throw new Error("no layout");
  // Padding aside, the space left and right of the column is the same.
  const left = h1.x - main.x;
  const right = main.x + main.width - (h1.x + h1.width);
  expect(Math.abs(left - right)).toBeLessThanOrEqual(2);
  expect(left).toBeGreaterThan(100);
  expect(Math.abs(h1.x - text.x)).toBeLessThanOrEqual(1);
  expect(h1.width).toBeLessThanOrEqual(text.width + 1);
  const prev = await view.locator(".pager .prev").boundingBox();
  const next = await view.locator(".pager .next").boundingBox();
  expect(prev?.y).toBe(next?.y);
  expect(prev?.height).toBe(next?.height);
  await expectNoAxeViolations(page, "a lesson at 1280 px");
});

test("the web package asks for the name on the record, keeps it in this browser only and prints it as text", async ({
  page,
}) => {
  const zip = readdirSync(process.env.TEST_DIST as string).find(
    (f) => f.startsWith(`${course.id}-${course.version}`) && f.endsWith("-web.zip"),
  );
  const requests: string[] = [];
  page.on("request", (r) => requests.push(`${r.url()} ${r.postData() ?? ""}`));
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${simulatorUrl()}/pkg/${zip}/index.html`);
  const last = course.modules[course.modules.length - 1];
  await page.locator(`a[href="#${last.id}"]`).first().click();
  await expect(page.locator("module-page h1")).toHaveText(last.title);
  const field = page.getByLabel(strings.recordNameLabel);
  const name = "<b>Alex</b> O'Neil";
  await field.fill(name);
  await field.press("Tab");
  expect(await page.evaluate((id) => localStorage.getItem(`record-name:${id}`), course.id)).toBe(
    name,
  );
  // The web package is the page itself, not a frame in an LMS: axe runs over the whole page.
  const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await page.reload();
  await expect(page.getByLabel(strings.recordNameLabel)).toHaveValue(name);
  await page.emulateMedia({ media: "print" });
  const learner = page.locator("completion-record .learner");
  await expect(learner).toHaveText(name);
  expect(await learner.locator("b").count()).toBe(0);
  await expect(page.locator("completion-record .completed")).toBeVisible();
  expect(requests.filter((r) => r.includes("Alex"))).toEqual([]);
});

test("a board's logo shows in the header with its alt text, and its colour fills the primary buttons", async ({
  page,
}) => {
  // A branded copy of the tiny course, built with the same build the packages use.
  const dir = mkdtempSync(join(tmpdir(), "branded-e2e-"));
  cpSync("tests/fixtures/tiny-course", dir, { recursive: true });
  mkdirSync(join(dir, "media"));
  writeFileSync(
    join(dir, "media", "board.svg"),
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 10"><rect width="40" height="10" fill="#4b0082"/></svg>',
  );
  const yaml = join(dir, "course.yaml");
  writeFileSync(
    yaml,
    `${readFileSync(yaml, "utf8").replace("id: tiny-course", "id: tiny-branded").trimEnd()}
branding:
  logo: media/board.svg
  logo_alt: "Anyshire Safeguarding Partnership"
  colour: "#4B0082"
`,
  );
  await buildCourse(dir, process.env.TEST_DIST as string, join(dir, "web"));
  await page.setViewportSize({ width: 1280, height: 900 });
  const { view, frame } = await start(page, "tiny-branded", "scorm2004");
  const logo = view.getByRole("img", { name: "Anyshire Safeguarding Partnership" });
  await expect(logo).toBeVisible();
  expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  const primary = view.locator(".pager .next");
  await expect(primary).toHaveCSS("background-color", "rgb(75, 0, 130)");
  await expect(primary).toHaveCSS("color", "rgb(255, 255, 255)");
  await expectNoAxeViolations(page, "branded course, 1280 px");
  // The unbranded course in the same player keeps its neutral accent.
  expect(
    await frame.evaluate(() => document.documentElement.style.getPropertyValue("--brand")),
  ).toBe("#4b0082");
  const plain = await start(page, "tiny-course", "scorm2004");
  await expect(plain.view.locator(".pager .next")).toHaveCSS(
    "background-color",
    "rgb(29, 79, 145)",
  );
  await expect(plain.view.locator("course-player header img")).toHaveCount(0);
});

for (const [width, height] of [
  [1280, 860],
  [375, 760],
] as const) {
  test(`at ${width} px the welcome page opens with the course at a glance and, calmly, where to find support, on its first screen`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1360, height: 1000 });
    const { view, frame } = await start(page, "family-m", "scorm12");
    await page.addStyleTag({ content: ".model { display: none; }" });
    await sizeFrame(page, width, height);
    await expect.poll(() => frame.evaluate(() => window.innerWidth)).toBe(width);
    const glance = view.getByRole("complementary", { name: /At a glance/ });
    const care = view.getByRole("complementary", { name: /If this is hard to read/ });
    await expect(care).toContainText("Support");
    for (const box of [glance, care]) {
      // Its heading is on the first screen, without scrolling.
      const top = await box.evaluate((el) => el.getBoundingClientRect().top);
      expect(top).toBeGreaterThan(0);
      expect(top).toBeLessThan(height - 40);
    }
    // Calm: not the warning colours the case modules' content warning uses.
    const [careBg, warnBg] = await care.evaluate((el) => {
      const panel = el.shadowRoot?.querySelector(".callout") ?? el;
      const probe = document.createElement("div");
      probe.style.background = "var(--warn-bg)";
      document.body.append(probe);
      const warn = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return [getComputedStyle(panel).backgroundColor, warn];
    });
    expect(careBg).not.toBe(warnBg);
  });
}
