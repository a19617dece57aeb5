/**
 * A board's own arrangements in course.yaml (`local:` and `endorsement:`) and the placeholders
 * that put them into module text (`{{local.front_door}}`): read and checked at their lines,
 * expanded at build time, and refused at the placeholder's line when they name no setting or one
 * the course does not give. A course without them builds as before.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  linkProblem,
  markupProblem,
  phoneProblem,
} from "../../src/compiler/course/checks/local-settings.js";
import { checkCourse, loadCourse } from "../../src/compiler/course/loader.js";
import { expandPlaceholders, PLACEHOLDERS } from "../../src/compiler/course/placeholders.js";
import type { Course, LocalSettings } from "../../src/course/model.js";
import type { CourseProblem } from "../../src/loading/problems.js";
import { formatProblem } from "../../src/loading/problems.js";

const TINY = "tests/fixtures/tiny-course";
const LOCAL = "tests/fixtures/local-course";

const ANYSHIRE: LocalSettings = {
  partnership: "Anyshire Partnership",
  escalationPolicy: { name: "Anyshire escalation policy", link: "https://a.example/esc" },
  frontDoor: { name: "Anyshire Front Door", phone: "01234 567 890" },
  procedures: { name: "Anyshire procedures", link: "https://a.example/proc" },
};

/** A copy of `from` with `yaml` appended to course.yaml and `files` written (module paths too). */
function courseWith(yaml: string, files: Record<string, string> = {}, from = TINY): string {
  const dir = mkdtempSync(join(tmpdir(), "local-"));
  cpSync(from, dir, { recursive: true });
  const path = join(dir, "course.yaml");
  writeFileSync(path, `${readFileSync(path, "utf8").trimEnd()}\n${yaml}`);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function problemsIn(dir: string): string[] {
  return checkCourse(dir).problems.map((p) =>
    formatProblem({ ...p, file: p.file.replace(`${dir}/`, "") }),
  );
}

/** The 1-based line of `file` in `dir` on which `text` first appears. */
function lineOf(dir: string, file: string, text: string): number {
  const lines = readFileSync(join(dir, file), "utf8").split("\n");
  const i = lines.findIndex((l) => l.includes(text));
  if (i < 0) throw new Error(`"${text}" is not in ${file}`);
  return i + 1;
}

/** Every block's HTML and every question's words of a module, as one string to search. */
function moduleText(course: Course, id: string): string {
  return JSON.stringify(course.modules.find((m) => m.id === id)?.blocks);
}

const START = (body: string) =>
  `---\nid: start\ntitle: Start here\nthemes: [basics]\n---\n${body}\n`;

describe("a course without local settings", () => {
  it("builds as before: no local arrangements and no endorsement in the compiled course", () => {
    const { course } = loadCourse(TINY);
    expect(course.local).toBeUndefined();
    expect(course.endorsement).toBeUndefined();
  });

  it("refuses a placeholder naming a local setting it does not give, at the placeholder's line", () => {
    const dir = courseWith("", {
      "modules/01-start.md": START("Intro.\n\nCall {{local.front_door}} today."),
    });
    expect(problemsIn(dir)).toEqual([
      `modules/01-start.md:${lineOf(dir, "modules/01-start.md", "Call")}: {{local.front_door}} names "front_door" under "local:" in course.yaml, which this course does not set: add it to course.yaml, or write the words here (see "Your local arrangements" in course/README.md)`,
    ]);
  });
});

describe("the fixture course with another board's arrangements", () => {
  const { course } = loadCourse(LOCAL);

  it("reads every local setting and the endorsement", () => {
    expect(course.local).toEqual({
      partnership: "Anyshire Children's Safeguarding Partnership",
      escalationPolicy: {
        name: "Anyshire resolving professional differences policy",
        link: "https://anyshire.example.org/escalation",
      },
      frontDoor: {
        name: "Anyshire Children's Front Door",
        phone: "01234 567 890",
        link: "https://anyshire.example.org/front-door",
      },
      procedures: {
        name: "Anyshire child protection procedures",
        link: "https://anyshire.example.org/safeguarding-children-partnership/policies-and-procedures/child-protection-procedures-for-all-agencies",
      },
    });
    expect(course.endorsement).toBe(
      "Endorsed by the Anyshire Children's Safeguarding Partnership for use by its members.",
    );
  });

  it("puts them into the lessons as links and words, with no placeholder left", () => {
    const start = moduleText(course, "start");
    expect(start).toContain("published for the Anyshire Children's Safeguarding Partnership.");
    expect(start).toContain(
      'contact <a href=\\"https://anyshire.example.org/front-door\\" target=\\"_blank\\" rel=\\"noopener noreferrer\\">Anyshire Children\'s Front Door</a> on <a href=\\"tel:01234567890\\">01234 567 890</a>.',
    );
    // Spaces inside the braces are allowed.
    expect(start).toContain(
      '<a href=\\"https://anyshire.example.org/escalation\\" target=\\"_blank\\" rel=\\"noopener noreferrer\\">Anyshire resolving professional differences policy</a>',
    );
    expect(start).toContain("Endorsed by the Anyshire Children");
    expect(start).not.toContain("{{");
  });

  it("expands placeholders inside a block's settings too: a question's option and feedback", () => {
    const quiz = moduleText(course, "quiz");
    expect(quiz).toContain("The Anyshire Children's Front Door, on");
    expect(quiz).toContain("tel:01234567890");
    expect(quiz).not.toContain("{{");
  });

  it("expands them in the support text of course.yaml", () => {
    expect(course.supportHtml).toContain("call Anyshire Children's Front Door on");
    expect(course.supportHtml).toContain('href="tel:01234567890"');
  });
});

describe("local settings in course.yaml, each problem at its line", () => {
  const local = (body: string) => `local:\n${body}\n`;
  const full = `  partnership: Anyshire Partnership
  escalation_policy:
    name: Anyshire escalation policy
    link: https://a.example/esc
  front_door:
    name: Anyshire Front Door
    phone: 01234 567 890
  procedures:
    link: https://a.example/proc`;

  it("accepts a complete set, and procedures with a link only get a name of their own", () => {
    const dir = courseWith(local(full));
    expect(problemsIn(dir)).toEqual([]);
    const { course } = loadCourse(dir);
    expect(course.local?.procedures).toEqual({
      name: "local child protection procedures",
      link: "https://a.example/proc",
    });
    expect(course.local?.frontDoor).toEqual({
      name: "Anyshire Front Door",
      phone: "01234 567 890",
    });
  });

  it("accepts the partnership alone: the other three are optional until the text names them", () => {
    const dir = courseWith(local("  partnership: Anyshire Partnership"));
    expect(problemsIn(dir)).toEqual([]);
    expect(loadCourse(dir).course.local).toEqual({ partnership: "Anyshire Partnership" });
  });

  it("refuses a phone that is not a phone number", () => {
    for (const phone of ["ring the MASH", "0300-456-0108", "0300 456 0108 (9 to 5)", "12"]) {
      const dir = courseWith(local(full.replace("01234 567 890", phone)));
      expect(problemsIn(dir)).toEqual([
        `course.yaml:${lineOf(dir, "course.yaml", "phone:")}: "phone" is "${phone}", but it must be a phone number written with digits and spaces, like 0300 456 0108 (put words such as opening hours in the name)`,
      ]);
    }
  });

  it("keeps a phone's leading 0, which YAML would read away as a number", () => {
    const dir = courseWith(local(full.replace("01234 567 890", "01234567890")));
    expect(loadCourse(dir).course.local?.frontDoor?.phone).toBe("01234567890");
  });

  it("refuses a link that is not https, naming the fix", () => {
    const dir = courseWith(local(full.replace("https://a.example/esc", "http://a.example/esc")));
    expect(problemsIn(dir)).toEqual([
      `course.yaml:${lineOf(dir, "course.yaml", "http://a.example/esc")}: "link" is "http://a.example/esc", but it must start with https:// (a secure address): check that the page opens with https:// and write that`,
    ]);
    const spaced = courseWith(local(full.replace("https://a.example/proc", "a.example/proc")));
    expect(problemsIn(spaced)).toEqual([
      `course.yaml:${lineOf(spaced, "course.yaml", "a.example/proc")}: "link" is "a.example/proc", but it must be a web address starting with https://, with no spaces or brackets`,
    ]);
  });

  it("refuses an unknown key, suggesting the one meant", () => {
    const dir = courseWith(local(full.replace("  front_door:", "  frontdoor:")));
    expect(problemsIn(dir)).toEqual([
      `course.yaml:${lineOf(dir, "course.yaml", "frontdoor:")}: unknown setting "frontdoor" in "local": did you mean "front_door"?`,
    ]);
  });

  it("refuses a missing partnership, and an escalation policy without its link", () => {
    const dir = courseWith(
      local(
        full
          .replace("  partnership: Anyshire Partnership\n", "")
          .replace("    link: https://a.example/esc\n", ""),
      ),
    );
    const at = lineOf(dir, "course.yaml", "local:");
    const policy = lineOf(dir, "course.yaml", "name: Anyshire escalation policy");
    expect(problemsIn(dir)).toEqual([
      `course.yaml:${at + 1}: "partnership" is missing from "local"`,
      `course.yaml:${policy}: "link" is missing from "escalation_policy"`,
    ]);
  });

  it("refuses a name Markdown would read as formatting", () => {
    const dir = courseWith(local(full.replace("Anyshire Front Door", "Anyshire *Front* Door")));
    expect(problemsIn(dir)).toEqual([
      `course.yaml:${lineOf(dir, "course.yaml", "*Front*")}: "name" contains "*", which module text would read as formatting: write it without *`,
    ]);
  });

  it("finds a placeholder in support at its own line, below the key and inside a | block", () => {
    const dir = courseWith("", {
      "course.yaml": readFileSync(join(TINY, "course.yaml"), "utf8").replace(
        "support: If you need help, ask the person who sent you this course.",
        "support: |\n  If you need help, ask the person who sent you this course.\n\n  Or call {{local.front_door.phone}}.",
      ),
    });
    expect(problemsIn(dir)).toEqual([
      `course.yaml:${lineOf(dir, "course.yaml", "Or call")}: {{local.front_door.phone}} names "front_door" under "local:" in course.yaml, which this course does not set: add it to course.yaml, or write the words here (see "Your local arrangements" in course/README.md)`,
    ]);
  });

  it("refuses a name too long to sit in a lesson's sentence", () => {
    const long = "Anyshire ".repeat(17).trim();
    const dir = courseWith(local(full.replace("Anyshire Front Door", long)));
    expect(problemsIn(dir)).toEqual([
      `course.yaml:${lineOf(dir, "course.yaml", long)}: "name" is 152 characters long, but at most 150 fit: shorten it by 2 characters (see "How long texts can be" in course/README.md)`,
    ]);
  });

  it("refuses local: written as a single value", () => {
    const dir = courseWith("local: Anyshire\n");
    expect(problemsIn(dir)).toEqual([
      `course.yaml:${lineOf(dir, "course.yaml", "local:")}: "local" should be a set of "key: value" lines`,
    ]);
  });
});

describe("placeholders in module text", () => {
  const values = { local: ANYSHIRE, endorsement: "Not endorsed by anyone." };
  const expand = (text: string, v: typeof values | undefined = values) => {
    const problems: CourseProblem[] = [];
    return { text: expandPlaceholders(text, "m.md", 10, v, problems), problems };
  };

  it("become the setting's words or a link, as Markdown", () => {
    expect(expand("{{local.partnership}}").text).toBe("Anyshire Partnership");
    expect(expand("{{local.escalation_policy}}").text).toBe(
      "[Anyshire escalation policy](https://a.example/esc)",
    );
    expect(expand("{{local.front_door}}").text).toBe("Anyshire Front Door");
    expect(expand("{{local.front_door.phone}}").text).toBe("[01234 567 890](tel:01234567890)");
    expect(expand("{{local.procedures.link}}").text).toBe("<https://a.example/proc>");
    expect(expand("{{ endorsement }}").text).toBe("Not endorsed by anyone.");
    expect(expand("no placeholder, {single} braces").text).toBe("no placeholder, {single} braces");
  });

  it("refuses a name that is no placeholder, at its line, suggesting the one meant", () => {
    const { text, problems } = expand("one\ntwo {{local.frontdoor}} three");
    expect(text).toBe("one\ntwo {{local.frontdoor}} three");
    expect(problems).toEqual([
      {
        file: "m.md",
        line: 11,
        message:
          '{{local.frontdoor}} names no course setting: did you mean {{local.front_door}}? (see "Your local arrangements" in course/README.md)',
      },
    ]);
    const far = expand("{{the weather}}").problems[0].message;
    expect(far).toContain("the placeholders are {{local.partnership}}, ");
  });

  it("refuses a placeholder for a setting left out (the front door's optional link)", () => {
    const { problems } = expand("{{local.front_door.link}}");
    expect(problems.map((p) => p.message)).toEqual([
      '{{local.front_door.link}} names "link" under "front_door:" in course.yaml, which this course does not set: add it to course.yaml, or write the words here (see "Your local arrangements" in course/README.md)',
    ]);
  });

  it("without readable course settings, reports only names that are no placeholder", () => {
    expect(expand("{{local.front_door}} {{local.nope}}", undefined).problems).toHaveLength(1);
  });

  it("has one name for each setting a board gives, all documented in the authoring guide", () => {
    const guide = readFileSync("course/README.md", "utf8");
    for (const name of Object.keys(PLACEHOLDERS)) expect(guide).toContain(`{{${name}}}`);
  });
});

describe("the checks on each value", () => {
  it.each(["0300 456 0108", "+44 300 456 0108", "999", "116 123"])("%s is a phone number", (p) =>
    expect(phoneProblem(p)).toBeUndefined(),
  );
  it.each(["https://a.example/x?y=1#z", "https://www.wiltshire.gov.uk/article/1433/Contact"])(
    "%s is a link",
    (l) => expect(linkProblem(l)).toBeUndefined(),
  );
  it.each(["https://a.example/x y", "https://a.example/(x)", "mailto:a@b.c", "ftp://a"])(
    "%s is not",
    (l) => expect(linkProblem(l)).toContain("must be a web address starting with https://"),
  );
  it("a name may hold apostrophes, brackets and commas, but no Markdown markup", () => {
    expect(markupProblem("name", "Wiltshire's Hub (MASH), Trowbridge")).toBeUndefined();
    for (const c of ["_", "[", "`", "<"]) expect(markupProblem("name", `a ${c} b`)).toBeDefined();
  });
});

describe("Family M", () => {
  it("names Wiltshire's arrangements and says who does not endorse it, in the lessons and settings", () => {
    const { course } = loadCourse("course");
    expect(course.local?.partnership).toBe("Wiltshire Safeguarding Vulnerable People Partnership");
    expect(course.local?.frontDoor?.phone).toBe("0300 456 0108");
    expect(course.endorsement).toMatch(
      /adaptation of the Wiltshire Safeguarding Children Board's .*not endorsed by the board's successor, the Wiltshire Safeguarding Vulnerable People Partnership/,
    );
    expect(moduleText(course, "welcome")).toContain(course.endorsement);
    expect(moduleText(course, "lesson-1-risk-from-images")).toContain("tel:03004560108");
  });
});
