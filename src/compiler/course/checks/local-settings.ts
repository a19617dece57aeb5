/**
 * Reads and checks `local:` in course.yaml: the board's own partnership, escalation policy, front
 * door and child protection procedures, which module text names with placeholders such as
 * `{{local.front_door}}` (placeholders.ts) and the completion record prints. Each problem is
 * reported at its line.
 *
 * `local:` is optional (a course that never names local arrangements needs none); when it is
 * there, `partnership` is required (the record prints it), and each of the other three is
 * optional but complete when given. A placeholder naming one that is not given is refused where
 * the placeholder is written.
 */
import type { Node } from "yaml";
import type { LocalLink, LocalSettings } from "../../../course/model.js";
import type { CourseProblem } from "../../../loading/problems.js";
import { FieldReader, type YamlSource } from "../../../loading/yaml-fields.js";

const LOCAL_KEYS = ["partnership", "escalation_policy", "front_door", "procedures"] as const;
const LINK_KEYS = ["name", "link"] as const;
const FRONT_DOOR_KEYS = ["name", "phone", "link"] as const;

/**
 * Characters Markdown or a block's settings read as markup: a name is put into module text as
 * it is written, so it must not hold them (Markdown would make `_x_` italic or `[x]` a link).
 */
const MARKUP = /[*_[\]<>`|\\{}]/;
/** A phone number as people write one: digits and spaces, with a + before a country code. */
const PHONE = /^\+?[0-9][0-9 ]*[0-9]$/;
/** A web address with nothing a Markdown link would stop at. */
const LINK = /^https:\/\/[^\s()<>]+$/;

/** Why `text` cannot go into module text as it is, or undefined when it can. */
export function markupProblem(key: string, text: string): string | undefined {
  const found = text.match(MARKUP)?.[0];
  if (found === undefined) return undefined;
  return `"${key}" contains "${found}", which module text would read as formatting: write it without ${found}`;
}

/** Why a phone number is not one, or undefined when it is. */
export function phoneProblem(phone: string): string | undefined {
  const digits = phone.replace(/\D/g, "").length;
  if (PHONE.test(phone) && digits >= 3 && digits <= 15) return undefined;
  return `"phone" is "${phone}", but it must be a phone number written with digits and spaces, like 0300 456 0108 (put words such as opening hours in the name)`;
}

/** Why a link cannot be used, or undefined when it can. */
export function linkProblem(link: string): string | undefined {
  if (LINK.test(link)) return undefined;
  if (/^http:\/\//i.test(link)) {
    return `"link" is "${link}", but it must start with https:// (a secure address): check that the page opens with https:// and write that`;
  }
  return `"link" is "${link}", but it must be a web address starting with https://, with no spaces or brackets`;
}

/** Reads the `local:` map of course.yaml; undefined when it has a problem (reported). */
export function readLocal(
  node: Node,
  source: YamlSource,
  problems: CourseProblem[],
): LocalSettings | undefined {
  const before = problems.length;
  const r = new FieldReader(node, source, '"local"', problems, LOCAL_KEYS);
  if (!r.ok) return undefined;
  const partnership = named(r, "partnership", r.text("partnership"));
  const escalationPolicy = readLink(r, "escalation_policy", source, problems, true);
  const procedures = readLink(r, "procedures", source, problems, false);
  let frontDoor: LocalSettings["frontDoor"];
  const doorNode = r.map("front_door", false);
  if (doorNode) {
    const d = new FieldReader(doorNode, source, '"front_door"', problems, FRONT_DOOR_KEYS);
    const name = named(d, "name", d.text("name"));
    const phone = d.text("phone");
    if (phone !== undefined) {
      const why = phoneProblem(phone);
      if (why) d.problem(d.lineOfKey("phone"), why);
    }
    const link = checkedLink(d, d.text("link", false));
    d.finish();
    if (name && phone) frontDoor = { name, phone, ...(link ? { link } : {}) };
  }
  r.finish();
  if (problems.length > before) return undefined;
  return {
    partnership: partnership as string,
    ...(escalationPolicy ? { escalationPolicy } : {}),
    ...(frontDoor ? { frontDoor } : {}),
    ...(procedures ? { procedures } : {}),
  };
}

/**
 * The wording on who endorses the course (`endorsement:`), checked as a name is: it goes into
 * module text with `{{endorsement}}` and onto the completion record.
 */
export function readEndorsement(r: FieldReader): string | undefined {
  return named(r, "endorsement", r.text("endorsement", false));
}

function named(r: FieldReader, key: string, text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  if (/\n/.test(text)) {
    r.problem(r.lineOfKey(key), `"${key}" must be written on one line`);
    return undefined;
  }
  const why = markupProblem(key, text);
  if (why) {
    r.problem(r.lineOfKey(key), why);
    return undefined;
  }
  return text;
}

function checkedLink(r: FieldReader, link: string | undefined): string | undefined {
  if (link === undefined) return undefined;
  const why = linkProblem(link);
  if (why) r.problem(r.lineOfKey("link"), why);
  return why ? undefined : link;
}

/** An entry with a name and a link (`name` may be left out where the entry has a default). */
function readLink(
  r: FieldReader,
  key: "escalation_policy" | "procedures",
  source: YamlSource,
  problems: CourseProblem[],
  nameRequired: boolean,
): LocalLink | undefined {
  const node = r.map(key, false);
  if (!node) return undefined;
  const e = new FieldReader(node, source, `"${key}"`, problems, LINK_KEYS);
  if (!e.ok) return undefined;
  const name = named(e, "name", e.text("name", nameRequired));
  const link = checkedLink(e, e.text("link"));
  e.finish();
  if (!link || (nameRequired && !name)) return undefined;
  return { name: name ?? PROCEDURES_NAME, link };
}

/** What `{{local.procedures}}` says when the board gives only the link. */
export const PROCEDURES_NAME = "local child protection procedures";
