/**
 * The surface cues a test-wise learner reads in an option's words, without knowing the subject:
 * one table, so that authors (course/README.md) and the checker see the same lists. An entry
 * matches whole words, case-insensitively, anywhere in the option's plain text, unless its list
 * says otherwise; "…" inside an entry stands for any words between.
 */
import { isPassiveText, PASSIVE_OPENINGS } from "./guessability.js";
import { escapeRegExp } from "./locate.js";

export const TEST_WISE_WORDS = {
  /**
   * Hedged wording: a careful-sounding option is often the right one, because the author
   * qualified it to make it true. "Most hedged" counts these in each option.
   */
  hedges: [
    "may",
    "might",
    "could",
    "consider",
    "usually",
    "often",
    "some",
    "sometimes",
    "generally",
    "perhaps",
    "possibly",
    "likely",
    "tend to",
    "where appropriate",
    "as appropriate",
    "where possible",
    "if needed",
    "if necessary",
    "in most cases",
  ],
  /**
   * Active, child-centred wording: in a safeguarding course the right answer is usually someone
   * doing something about the child. Matched as word beginnings ("refer" counts "referral",
   * "child" counts "children"); "most active" counts these in each option.
   */
  active: [
    "child",
    "young person",
    "speak",
    "ask",
    "check",
    "share",
    "refer",
    "escalate",
    "record",
    "visit",
    "discuss",
    "challenge",
    "report",
    "contact",
    "talk",
    "assess",
    "consult",
    "triangulate",
    "verify",
    "tell",
    "call",
    "raise",
    "seek",
  ],
  /**
   * Passive openings: an option that begins with one of these means "do nothing (yet)". The
   * guessability warning "the passive option is wrong" reads the same list (guessability.ts).
   */
  passiveOpenings: PASSIVE_OPENINGS,
  /**
   * Minimising wording anywhere in an option: leaving the worry to someone else, to later, or to
   * a parent's word. With the passive openings, what "reject and guess" discards as passive.
   */
  minimising: [
    "wait for",
    "wait until",
    "accept",
    "note … view",
    "treat … as closed",
    "close the case",
    "mainly a matter for",
    "a matter for the",
    "no further action",
    "take no action",
    "rely on",
    "reassured",
    "reassuring",
    "leave it to",
    "nothing more",
    "not your role",
    "not for you",
  ],
  /** Absolute wording: test-wise learners know that an option that admits no exception is rarely right. */
  absolute: [
    "always",
    "never",
    "only",
    "must",
    "all",
    "none",
    "every",
    "nothing",
    "no one",
    "nobody",
    "completely",
    "certainly",
  ],
  /**
   * Self-justifying wording: an option that argues for itself ("…, because …") is often a wrong
   * option made plausible. ", as" and an opening "As" count as an "as"-clause; "as" elsewhere
   * ("as soon as", "treat … as") does not.
   */
  selfJustifying: ["because", "since", "so that", "unless", "given that", "in case", ", as", "^as"],
} as const;

export type WordList = keyof typeof TEST_WISE_WORDS;

/** One entry as a regular expression: whole words, or word beginnings for the active list. */
function patternOf(entry: string, prefix: boolean): RegExp {
  const start = entry.startsWith("^") ? "^" : entry.startsWith(",") ? "" : "\\b";
  const words = entry
    .replace(/^\^/, "")
    .split("…")
    .map((part) => escapeRegExp(part.trim()).replace(/ /g, "\\s+"))
    .join("\\b.*?\\b");
  return new RegExp(`${start}${words}${prefix ? "\\w*" : "\\b"}`, "gi");
}

const PATTERNS = Object.fromEntries(
  Object.entries(TEST_WISE_WORDS).map(([list, entries]) => [
    list,
    (entries as readonly string[]).map((e) => patternOf(e, list === "active")),
  ]),
) as Record<WordList, RegExp[]>;

/** How many times the words of a list occur in a plain text. */
export function countOf(list: WordList, text: string): number {
  let n = 0;
  for (const p of PATTERNS[list]) n += text.match(p)?.length ?? 0;
  return n;
}

/** Whether a plain text has any word of a list (passive openings: begins with one). */
export function has(list: WordList, text: string): boolean {
  return list === "passiveOpenings" ? isPassiveText(text) : countOf(list, text) > 0;
}
