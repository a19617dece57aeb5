/**
 * What a learner with a forced-colours theme (Windows contrast themes) sees, read from pixels:
 * computed styles and axe say what the page asked for, not what the browser painted once it
 * forced the colours (its backplate behind text, the system colours it kept or replaced). Each
 * control is photographed as it is painted, and the photo is read in the browser's own image
 * decoder.
 */
import { inflateSync } from "node:zlib";
import { expect, type Page } from "@playwright/test";
import { courseFrameOf, sizeFrame } from "./learner-steps.js";

export type Rgb = readonly [number, number, number];

/** WCAG 2.2 relative luminance of an sRGB colour. */
export function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2.2 contrast ratio of two colours, 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** A photo's pixels, row by row, 4 bytes (RGBA) each. */
export interface Pixels {
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * Decodes the PNG Chromium writes for a screenshot (8-bit RGB or RGBA, not interlaced): a few
 * lines of zlib and PNG's row filters instead of a dependency.
 */
export function decodePng(png: Buffer): Pixels {
  let pos = 8;
  let width = 0;
  let height = 0;
  let channels = 4;
  const idat: Buffer[] = [];
  while (pos < png.length) {
    const length = png.readUInt32BE(pos);
    const type = png.toString("latin1", pos + 4, pos + 8);
    const chunk = png.subarray(pos + 8, pos + 8 + length);
    if (type === "IHDR") {
      width = chunk.readUInt32BE(0);
      height = chunk.readUInt32BE(4);
      if (chunk[8] !== 8 || chunk[12] !== 0) throw new Error("only 8-bit, non-interlaced PNGs");
      channels = chunk[9] === 6 ? 4 : chunk[9] === 2 ? 3 : 0;
      if (!channels) throw new Error(`PNG colour type ${chunk[9]} is not RGB or RGBA`);
    }
    if (type === "IDAT") idat.push(chunk);
    pos += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const data = new Uint8Array(width * height * 4);
  let prev = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = Uint8Array.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? line[x - channels] : 0;
      const b = prev[x];
      const c = x >= channels ? prev[x - channels] : 0;
      let add = 0;
      if (filter === 1) add = a;
      else if (filter === 2) add = b;
      else if (filter === 3) add = (a + b) >> 1;
      else if (filter === 4) {
        const pa = Math.abs(b - c);
        const pb = Math.abs(a - c);
        const pc = Math.abs(a + b - 2 * c);
        add = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      line[x] = (line[x] + add) & 255;
    }
    for (let x = 0; x < width; x++) {
      for (let k = 0; k < 3; k++) data[(y * width + x) * 4 + k] = line[x * channels + k];
      data[(y * width + x) * 4 + 3] = channels === 4 ? line[x * channels + 3] : 255;
    }
    prev = line;
  }
  return { width, height, data };
}

/** Photographs a box of the page's viewport (CSS px) and decodes it; all of it must be in view. */
export async function photograph(
  page: Page,
  box: { x: number; y: number; width: number; height: number },
): Promise<Pixels> {
  const photo = decodePng(
    await page.screenshot({ clip: box, animations: "disabled", caret: "hide" }),
  );
  expect(photo.height, "the photo is shorter than the box").toBeGreaterThanOrEqual(
    Math.floor(box.height),
  );
  return photo;
}

export function pixelAt(p: Pixels, x: number, y: number): Rgb {
  const i = (Math.round(y) * p.width + Math.round(x)) * 4;
  return [p.data[i], p.data[i + 1], p.data[i + 2]];
}

/**
 * The colours in a region of a photo: its background (the commonest colour) and its ink (the
 * colour that differs most from the background among colours of at least `minPixels` pixels, so
 * stray anti-aliasing is not counted), with their contrast.
 */
export function inkAndBackground(
  p: Pixels,
  region: { x: number; y: number; width: number; height: number } = {
    x: 0,
    y: 0,
    width: p.width,
    height: p.height,
  },
  minPixels = 3,
): { background: Rgb; ink: Rgb; ratio: number } {
  const counts = new Map<number, number>();
  const x0 = Math.max(0, Math.floor(region.x));
  const y0 = Math.max(0, Math.floor(region.y));
  const x1 = Math.min(p.width, Math.ceil(region.x + region.width));
  const y1 = Math.min(p.height, Math.ceil(region.y + region.height));
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const [r, g, b] = pixelAt(p, x, y);
      const key = (r << 16) | (g << 8) | b;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const rgb = (key: number): Rgb => [(key >> 16) & 255, (key >> 8) & 255, key & 255];
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  if (sorted.length === 0)
    throw new Error(`the region ${JSON.stringify(region)} is not in the photo`);
  const background = rgb(sorted[0][0]);
  let ink = background;
  for (const [key, n] of sorted) {
    if (n < minPixels) break;
    if (contrast(rgb(key), background) > contrast(ink, background)) ink = rgb(key);
  }
  return { background, ink, ratio: contrast(ink, background) };
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A control on screen as the course frame lays it out (CSS px of the frame's viewport). */
interface Control {
  label: string;
  /** Its element and classes, and the element whose shadow root holds it: one look. */
  kind: string;
  box: Box;
  /** Where its text is painted, one box per line (slotted text included). */
  text: Box[];
  /** It has a border or a filled background of its own, which must stay visible. */
  framed: boolean;
}

/**
 * In the course frame: the visible controls whose look the course sets (every enabled button, the
 * menu's current item), through shadow roots, in document order. With `focus`, puts keyboard
 * focus on the control of that index (true when it then matches :focus-visible); with null,
 * takes focus away.
 */
function inFrame(focus: number | null | undefined): Control[] | boolean {
  const found: HTMLElement[] = [];
  const walk = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll<HTMLElement>("*")) {
      const isButton = el instanceof HTMLButtonElement && !el.disabled;
      if ((isButton || el.matches('a[aria-current="page"]')) && el.checkVisibility()) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.height > 0) found.push(el);
      }
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  if (focus !== undefined) {
    let active = document.activeElement as HTMLElement | null;
    while (active?.shadowRoot?.activeElement) {
      active = active.shadowRoot.activeElement as HTMLElement;
    }
    active?.blur();
    if (focus === null) return true;
    found[focus].focus({ preventScroll: true, focusVisible: true } as FocusOptions);
    return found[focus].matches(":focus-visible");
  }
  const box = (r: DOMRect) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
  return found.map((el) => {
    const text: Box[] = [];
    const words: string[] = [];
    const visit = (node: Node) => {
      if (node instanceof HTMLSlotElement) {
        for (const n of node.assignedNodes({ flatten: true })) visit(n);
      } else if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        words.push(node.textContent);
        // Text clipped to 1 px for screen readers only is not painted.
        for (const t of range.getClientRects()) if (t.width > 4 && t.height > 4) text.push(box(t));
      } else if (!(node instanceof Element) || node.checkVisibility()) {
        for (const child of node.childNodes) visit(child);
      }
    };
    visit(el);
    const style = getComputedStyle(el);
    const transparent = (c: string) => /^transparent$|^rgba\(.*,\s*0\)$/.test(c);
    const framed =
      (Number.parseFloat(style.borderTopWidth) > 0 &&
        style.borderTopStyle !== "none" &&
        !transparent(style.borderTopColor)) ||
      !transparent(style.backgroundColor);
    const name = (words.join(" ") || el.getAttribute("aria-label") || "").replace(/\s+/g, " ");
    const host = (el.getRootNode() as ShadowRoot).host?.localName ?? "document";
    return {
      label: `<${el.localName}> "${name.trim().slice(0, 50)}"`,
      kind: `${host} ${el.localName}.${[...el.classList].sort().join(".")}`,
      box: box(el.getBoundingClientRect()),
      text,
      framed,
    };
  });
}

/**
 * Every visible control of the state on screen, photographed as painted (the frame is made as
 * tall as the page for one photo, then put back):
 * - its text is legible on its own background: the ink inside each line of its text differs from
 *   the background there by a contrast ratio of at least 4.5 (WCAG 1.4.3);
 * - a control with a border or a fill of its own shows its edge against what is around it at a
 *   contrast of at least 3 (WCAG 1.4.11);
 * - keyboard focus changes, at a contrast of at least 3, at least as many pixels as the control's
 *   perimeter (WCAG 2.4.7, and the minimum area of 2.4.13): checked once per kind of control
 *   (element, classes and host share one style), `focusChecked` keeping the kinds already seen.
 * Returns what failed, one line each, so the caller names the state and the colour mode.
 */
export async function illegibleControls(
  page: Page,
  focusChecked: Set<string> = new Set(),
): Promise<string[]> {
  const frame = courseFrameOf(page);
  const failures: string[] = [];
  const viewport = page.viewportSize();
  const frameBox = await page.locator("#course").boundingBox();
  if (!viewport || !frameBox) throw new Error("the course frame is not on screen");
  await page.mouse.move(0, 0);
  await frame.evaluate(inFrame, null);
  // The frame as tall as its page, until the page stops growing with it.
  let height = 0;
  for (let tries = 0; tries < 4; tries++) {
    const needed = await frame.evaluate(() => {
      window.scrollTo(0, 0);
      return Math.ceil(document.documentElement.scrollHeight);
    });
    if (needed <= height) break;
    height = needed;
    await sizeFrame(page, frameBox.width, height);
    const at = (await page.locator("#course").boundingBox()) as Box;
    await page.setViewportSize({ width: viewport.width, height: Math.ceil(at.y + at.height + 20) });
    await expect.poll(() => frame.evaluate(() => window.innerHeight)).toBe(height);
  }
  try {
    const controls = (await frame.evaluate(inFrame, undefined)) as Control[];
    expect(controls.length, "no control was found to photograph").toBeGreaterThan(0);
    // The host page at its top and the window holding the whole frame: a section opened inside
    // the frame scrolls into view in every window around it, the host page too, and in a full run
    // the frame was seen 182 px above the window's top here (1,750 px of a 1,932 px frame shown).
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: "instant" }));
    const sized = (await page.locator("#course").boundingBox()) as Box;
    const bottom = Math.ceil(sized.y + sized.height + 20);
    if ((page.viewportSize()?.height ?? 0) < bottom)
      await page.setViewportSize({ width: viewport.width, height: bottom });
    const frameAt = (await page.locator("#course").boundingBox()) as Box;
    const photo = await photograph(page, { ...frameAt, height: Math.min(frameAt.height, height) });
    for (const [index, c] of controls.entries()) {
      if (c.text.length === 0) failures.push(`${c.label}: no painted text was found in it`);
      for (const t of c.text) {
        // Inside the line's box, clear of its edges: the browser's backplate behind text may be
        // a pixel short of it, and the control's own fill around it is no ink.
        const inside = { x: t.x + 1, y: t.y + 3, width: t.width - 2, height: t.height - 6 };
        const { ink, background, ratio } = inkAndBackground(photo, inside);
        if (ratio < 4.5) {
          failures.push(
            `${c.label}: its text, ink rgb(${ink}) on rgb(${background}), has contrast ${ratio.toFixed(2)} (needs 4.5)`,
          );
          break;
        }
      }
      const mid = c.box.y + c.box.height / 2;
      const edges = [
        [c.box.x + 0.5, c.box.x - 4],
        [c.box.x + c.box.width - 1, c.box.x + c.box.width + 3],
      ] as const;
      const edgeRatios = edges.map(([inside, outside]) =>
        contrast(pixelAt(photo, inside, mid), pixelAt(photo, outside, mid)),
      );
      if (c.framed && Math.min(...edgeRatios) < 3) {
        failures.push(
          `${c.label}: its edge does not show against what is around it (contrast ${edgeRatios.map((r) => r.toFixed(2)).join(" and ")}, needs 3)`,
        );
      }
      if (focusChecked.has(c.kind)) continue;
      focusChecked.add(c.kind);
      const m = 6;
      const around = {
        x: c.box.x - m,
        y: c.box.y - m,
        width: c.box.width + 2 * m,
        height: c.box.height + 2 * m,
      };
      if (!(await frame.evaluate(inFrame, index))) {
        failures.push(`${c.label}: keyboard focus does not match :focus-visible`);
      }
      const focused = await photograph(page, {
        ...around,
        x: frameAt.x + around.x,
        y: frameAt.y + around.y,
      });
      await frame.evaluate(inFrame, null);
      let changed = 0;
      for (let y = 0; y < focused.height; y++) {
        for (let x = 0; x < focused.width; x++) {
          const before = pixelAt(photo, around.x + x, around.y + y);
          if (contrast(before, pixelAt(focused, x, y)) >= 3) changed++;
        }
      }
      const perimeter = 2 * (c.box.width + c.box.height);
      if (changed < perimeter) {
        failures.push(
          `${c.label}: keyboard focus changes ${changed} pixels at contrast 3 or more (needs ${Math.round(perimeter)}, its perimeter)`,
        );
      }
    }
  } finally {
    await sizeFrame(page, frameBox.width, frameBox.height);
    await page.setViewportSize(viewport);
    await expect.poll(() => frame.evaluate(() => window.innerHeight)).toBe(frameBox.height);
  }
  return failures;
}

/** The colour modes a forced-colours learner may have: a light and a dark contrast theme. */
export const FORCED_MODES = [
  ["forced colours, light theme", { forcedColors: "active", colorScheme: "light" }],
  ["forced colours, dark theme", { forcedColors: "active", colorScheme: "dark" }],
] as const;

/** Back to the browser's own colours (no emulation). */
export async function ordinaryColours(page: Page): Promise<void> {
  await page.emulateMedia({ forcedColors: null, colorScheme: null });
}
