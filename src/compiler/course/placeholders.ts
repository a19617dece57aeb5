/**
 * Placeholders such as `{{local.front_door}}` in module text: replaced at build time by the
 * course.yaml setting they name (checks/local-settings.ts), as Markdown, before the text is read,
 * so that what they become is checked and sanitized like the rest of the text and the player
 * ships nothing new. A placeholder that names no setting, or one this course does not set, is
 * refused at its line.
 */
import type { LocalLink, LocalSettings } from "../../course/model.js";
import { type CourseProblem, closest } from "../../loading/problems.js";

/** What placeholders can name: the course's `local:` settings and its `endorsement:`. */
export interface PlaceholderValues {
  local?: LocalSettings;
  endorsement?: string;
}

/** `{{ name }}`, spaces inside the braces allowed. */
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

type Entry = {
  /** The setting it needs, as an author finds it in course.yaml. */
  setting: string;
  /** The Markdown it becomes, or undefined when the course does not set it. */
  value: (v: PlaceholderValues) => string | undefined;
};

const link = (l: LocalLink | undefined) => l && `[${l.name}](${l.link})`;
const bare = (url: string | undefined) => url && `<${url}>`;

/** Every placeholder, by the name authors write between the braces. */
export const PLACEHOLDERS: Readonly<Record<string, Entry>> = {
  "local.partnership": {
    setting: '"partnership" under "local:"',
    value: (v) => v.local?.partnership,
  },
  "local.escalation_policy": {
    setting: '"escalation_policy" under "local:"',
    value: (v) => link(v.local?.escalationPolicy),
  },
  "local.escalation_policy.name": {
    setting: '"escalation_policy" under "local:"',
    value: (v) => v.local?.escalationPolicy?.name,
  },
  "local.escalation_policy.link": {
    setting: '"escalation_policy" under "local:"',
    value: (v) => bare(v.local?.escalationPolicy?.link),
  },
  "local.front_door": {
    setting: '"front_door" under "local:"',
    value: ({ local }) => {
      const door = local?.frontDoor;
      return door && (door.link ? `[${door.name}](${door.link})` : door.name);
    },
  },
  "local.front_door.name": {
    setting: '"front_door" under "local:"',
    value: (v) => v.local?.frontDoor?.name,
  },
  "local.front_door.phone": {
    setting: '"front_door" under "local:"',
    value: ({ local }) => {
      const phone = local?.frontDoor?.phone;
      return phone && `[${phone}](tel:${phone.replace(/ /g, "")})`;
    },
  },
  "local.front_door.link": {
    setting: '"link" under "front_door:"',
    value: (v) => bare(v.local?.frontDoor?.link),
  },
  "local.procedures": {
    setting: '"procedures" under "local:"',
    value: (v) => link(v.local?.procedures),
  },
  "local.procedures.name": {
    setting: '"procedures" under "local:"',
    value: (v) => v.local?.procedures?.name,
  },
  "local.procedures.link": {
    setting: '"procedures" under "local:"',
    value: (v) => bare(v.local?.procedures?.link),
  },
  endorsement: {
    setting: '"endorsement"',
    value: (v) => v.endorsement,
  },
};

const NAMES = Object.keys(PLACEHOLDERS);

/**
 * `text` with every placeholder replaced by what it names. `at` is the file line of the text's
 * first line, or, for a setting whose lines YAML may have joined, a function giving the file
 * line of a placeholder from its words and its line in the value. With `values` undefined
 * (course.yaml could not be read) only names that are no placeholder are reported, since which
 * settings are given is not known.
 */
export function expandPlaceholders(
  text: string,
  file: string,
  at: number | ((placeholder: string, index: number) => number),
  values: PlaceholderValues | undefined,
  problems: CourseProblem[],
): string {
  if (!text.includes("{{")) return text;
  return text
    .split("\n")
    .map((line, i) =>
      line.replace(PLACEHOLDER, (whole, name: string) => {
        const line = typeof at === "number" ? at + i : at(whole, i);
        const entry = PLACEHOLDERS[name];
        if (!entry) {
          const guess = closest(name, NAMES);
          const hint = guess
            ? `did you mean {{${guess}}}?`
            : `the placeholders are ${NAMES.map((n) => `{{${n}}}`).join(", ")}`;
          problems.push({
            file,
            line,
            message: `${whole} names no course setting: ${hint} (see "Your local arrangements" in course/README.md)`,
          });
          return whole;
        }
        if (!values) return whole;
        const value = entry.value(values);
        if (value === undefined) {
          problems.push({
            file,
            line,
            message: `${whole} names ${entry.setting} in course.yaml, which this course does not set: add it to course.yaml, or write the words here (see "Your local arrangements" in course/README.md)`,
          });
          return whole;
        }
        return value;
      }),
    )
    .join("\n");
}
