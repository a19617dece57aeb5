/**
 * Warnings about web links that work but should not ship as they are: links carrying tracking
 * parameters (utm_…, fbclid, gclid), which tell an advertiser or analytics service about every
 * learner who opens them, and links through a URL shortener, which hide where they lead and
 * break when the service closes or the link expires.
 */
import type { CourseProblem } from "../../../loading/problems.js";

/** Query parameters that exist to track who clicked: `utm_` is a prefix, the others whole names. */
const TRACKING = /^(utm_[a-z_]*|fbclid|gclid|dclid|msclkid|mc_eid|igshid)$/i;

/** Hosts that only redirect to another address. */
export const SHORTENERS = [
  "bit.ly",
  "buff.ly",
  "cutt.ly",
  "goo.gl",
  "is.gd",
  "lnkd.in",
  "ow.ly",
  "rb.gy",
  "rebrand.ly",
  "shorturl.at",
  "t.co",
  "t.ly",
  "tiny.cc",
  "tinyurl.com",
] as const;

const URL_IN_TEXT = /https?:\/\/[^\s<>"'`)\]]+/gi;

/** The warning for one address, if it needs one. */
export function linkWarning(address: string): string | undefined {
  let url: URL;
  try {
    url = new URL(address.replace(/[.,;:!?]+$/, ""));
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, "");
  if ((SHORTENERS as readonly string[]).includes(host)) {
    return `the link "${url.href}" goes through a link shortener (${host}), so learners cannot see where it leads and it stops working if the service closes: open it in a browser and link to the address it ends at`;
  }
  const tracking = [...url.searchParams.keys()].filter((k) => TRACKING.test(k));
  if (tracking.length === 0) return undefined;
  const clean = new URL(url.href);
  for (const k of tracking) clean.searchParams.delete(k);
  return `the link "${url.href}" carries tracking (${tracking.join(", ")}), which reports each learner who opens it to whoever made the link: link to ${clean.href} instead`;
}

/** A warning at the line of every link that carries tracking or goes through a shortener. */
export function linkWarnings(sources: { file: string; text: string }[]): CourseProblem[] {
  const out: CourseProblem[] = [];
  for (const { file, text } of sources) {
    text.split("\n").forEach((line, i) => {
      for (const m of line.matchAll(URL_IN_TEXT)) {
        const message = linkWarning(m[0]);
        if (message) out.push({ file, line: i + 1, message });
      }
    });
  }
  return out;
}
