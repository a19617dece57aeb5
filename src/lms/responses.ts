/**
 * An interaction's learner response and correct pattern as one SCORM version writes them. The
 * shapes are the same in 1.2 and 2004 (a list of one-character ids, a list of matched pairs, or
 * one text); only the words, separators and limits differ, and those are each version's table
 * (scorm12.ts, scorm2004.ts).
 */
import type { Interaction, InteractionType, Pair } from "../kit/interaction.js";
import { truncate } from "./datamodel.js";

/** How a version writes one interaction type. */
export interface InteractionFormat {
  /** The word for `cmi.interactions.n.type`. */
  readonly type: string;
  /** Between the parts of a list (options, steps, matched pairs); unused for a text. */
  readonly separator: string;
  /** Between a matched pair's source and target; unused for other types. */
  readonly pair: string;
  /** Longest text of a response or pattern, in UTF-16 units; unused for a list. */
  readonly maxLength: number;
  /**
   * A 2004 localized string (RTE 4.1.1.7, localized_string_type), whose start may be read as a
   * `{lang=…}` delimiter; false for a plain characterstring.
   */
  readonly localized: boolean;
}

export type InteractionFormats = Readonly<Record<InteractionType, InteractionFormat>>;

/** What to write; "" is left unwritten, as an LMS may refuse an empty response or pattern. */
export interface Responses {
  response: string;
  correct: string;
}

export function responsesOf(i: Interaction, formats: InteractionFormats): Responses {
  const f = formats[i.type];
  switch (i.type) {
    case "choice":
    case "sequencing":
      // A choice's order means nothing and a sequence's is the answer: both are kept as given.
      return { response: i.response.join(f.separator), correct: i.correct.join(f.separator) };
    case "matching":
      return { response: pairsOf(i.response, f), correct: pairsOf(i.correct, f) };
    case "long-fill-in":
      // Never judged: there is no right answer to give.
      return { response: textOf(i.response, f), correct: "" };
    case "other":
      return { response: textOf(i.response, f), correct: textOf(i.correct ?? "", f) };
    default:
      return unknownType(i);
  }
}

/** For the `default` of a switch over types: a type the switch forgot is a type error here. */
function unknownType(i: never): never {
  throw new Error(`unknown interaction type "${String((i as Interaction).type)}"`);
}

function pairsOf(pairs: readonly Pair[], f: InteractionFormat): string {
  return pairs.map(([source, target]) => `${source}${f.pair}${target}`).join(f.separator);
}

/**
 * A text on one line, made unambiguous where it is a localized string, then cut to the limit
 * (never half a surrogate pair). Line breaks become spaces: scorm-again refuses them in 1.2's
 * CMIFeedback and in 2004's localized strings (its patterns use `.`), and a refused response
 * would fail every save from then on; an LMS report shows one line anyway.
 */
export function textOf(text: string, f: InteractionFormat): string {
  const line = oneLine(text);
  return truncate(f.localized ? unambiguous(line) : line, f.maxLength);
}

export function oneLine(text: string): string {
  return text.replace(/\r\n|[\r\n\u2028\u2029]/g, " ");
}

/**
 * A localized string that cannot be misread. RTE 4.1.1.7: a value beginning with `{lang=` starts
 * with a language delimiter, so a learner's text that begins `{lang=fr} …` would lose its start
 * to a language tag (or be refused, when what follows is no language code). The spec's own way
 * out, a `{lang=en}` delimiter in front, is refused by scorm-again, which takes no text after the
 * delimiter that begins with `{` (406), and any `{` first (it reads one as a broken delimiter).
 * One space in front is neither: the delimiter is recognised only at the very start, so the text
 * is plain text to every LMS, and it keeps the learner's words and their language unclaimed.
 */
export function unambiguous(text: string): string {
  return text.startsWith("{") ? ` ${text}` : text;
}
