/**
 * Reads and checks `branding:` in course.yaml (a board's logo, its alt text and a brand colour):
 * the logo must be an image file in the course folder with alt text, and the colour must reach
 * 4.5:1 contrast both as text on white and under white text, since the player uses it for both.
 */
import { existsSync, statSync } from "node:fs";
import { extname, relative, resolve } from "node:path";
import type { Node } from "yaml";
import type { Branding } from "../../../course/model.js";
import type { CourseProblem } from "../../../loading/problems.js";
import { FieldReader, type YamlSource } from "../../../loading/yaml-fields.js";

const BRANDING_KEYS = ["logo", "logo_alt", "colour"] as const;
const LOGO_TYPES = [".svg", ".png", ".jpg", ".jpeg", ".webp"];
/** A logo sits in the header of every page: it has no reason to be large. */
export const LOGO_MAX_BYTES = 100_000;
/** WCAG 2.2 AA, 1.4.3: normal text. */
export const TEXT_CONTRAST = 4.5;
const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** sRGB relative luminance of a #rgb or #rrggbb colour (WCAG's definition). */
export function luminance(hex: string): number {
  const full = hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join("")}` : hex;
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Why a brand colour cannot be used, or undefined when it can. Against white, one ratio answers
 * both uses (text on white, white text on it), so a colour passes both or neither.
 */
export function brandColourProblem(colour: string): string | undefined {
  if (!HEX.test(colour)) {
    return `"colour" is "${colour}", but it must be a hex colour such as "#1d4f91" (in quotes, because of the #)`;
  }
  const ratio = contrastRatio(colour, "#ffffff");
  if (ratio >= TEXT_CONTRAST) return undefined;
  return `"colour" ${colour} has a contrast of ${ratio.toFixed(2)}:1 with white, but text in it on white, and white text on it, need at least ${TEXT_CONTRAST}:1: use a darker shade of your brand colour`;
}

/**
 * Reads the `branding:` map of course.yaml. Problems go to `problems` with their line; the logo's
 * course-relative path is added to `media` so the package carries it.
 */
export function readBranding(
  node: Node,
  source: YamlSource,
  dir: string,
  problems: CourseProblem[],
  media: Set<string>,
): Branding | undefined {
  const before = problems.length;
  const r = new FieldReader(node, source, '"branding"', problems, BRANDING_KEYS);
  if (!r.ok) return undefined;
  const logo = r.text("logo", false);
  const alt = r.text("logo_alt", false);
  const colour = r.text("colour", false);
  let logoPath: string | undefined;
  if (logo !== undefined) {
    const path = resolve(dir, logo);
    const line = r.lineOfKey("logo");
    if (/^[a-z]+:/i.test(logo) || logo.startsWith("//")) {
      r.problem(
        line,
        `the logo "${logo}" is on the web: put the file in the course folder (for example media/logo.svg) so the package needs no internet`,
      );
    } else if (!path.startsWith(`${dir}/`) || !existsSync(path) || !statSync(path).isFile()) {
      r.problem(
        line,
        `the logo file "${logo}" was not found in the course folder: check the name, or put the file in media/`,
      );
    } else if (!LOGO_TYPES.includes(extname(path).toLowerCase())) {
      r.problem(
        line,
        `the logo "${logo}" is not an image browsers show: use ${LOGO_TYPES.join(", ")}`,
      );
    } else if (statSync(path).size > LOGO_MAX_BYTES) {
      r.problem(
        line,
        `the logo "${logo}" is ${Math.ceil(statSync(path).size / 1000)} kB, more than ${LOGO_MAX_BYTES / 1000} kB: save it smaller (SVG is best)`,
      );
    } else logoPath = relative(dir, path);
    if (alt === undefined || alt.trim() === "") {
      r.problem(
        line,
        `the logo has no "logo_alt": add logo_alt with the words in the logo, for example the board's name`,
      );
    }
  } else if (alt !== undefined) {
    r.problem(
      r.lineOfKey("logo_alt"),
      `"logo_alt" is set but there is no "logo": add the logo file, or remove logo_alt`,
    );
  }
  if (colour !== undefined) {
    const why = brandColourProblem(colour);
    if (why) r.problem(r.lineOfKey("colour"), why);
  }
  r.finish();
  if (problems.length > before) return undefined;
  if (logoPath) media.add(logoPath);
  const branding: Branding = {
    ...(logoPath ? { logo: { src: logoPath, alt: alt as string } } : {}),
    ...(colour ? { colour: colour.toLowerCase() } : {}),
  };
  return branding.logo || branding.colour ? branding : undefined;
}
