/**
 * Reads author-written YAML maps field by field, recording every problem with its file and line
 * instead of stopping at the first, and naming the key the author probably meant when one is
 * misspelt.
 */
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, type YAMLMap } from "yaml";
import { settingValue, textProblems } from "./checks/text.js";
import { findYamlSlip } from "./checks/yaml-slips.js";
import { type CourseProblem, closest } from "./problems.js";

/** Where a YAML text sits: its file, and the file line its first line is on. */
export interface YamlSource {
  file: string;
  firstLine: number;
  lineCounter: LineCounter;
}

export interface ParsedYaml {
  root: Node | null;
  source: YamlSource;
}

/** Parses YAML text, reporting syntax errors at their line in the author's file. */
export function parseYaml(
  text: string,
  file: string,
  firstLine: number,
  problems: CourseProblem[],
): ParsedYaml | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const source = { file, firstLine, lineCounter };
  if (doc.errors.length > 0) {
    // The parser stops after the slip, often a line late and with several errors: name the
    // slip itself, once, when it is one authors make (a tab, curly quotes, an indentation).
    const lastLine = Math.max(...doc.errors.map((e) => lineCounter.linePos(e.pos[1]).line));
    const slip = findYamlSlip(text, lastLine, firstLine);
    if (slip) {
      problems.push({ file, line: slip.line + firstLine - 1, message: slip.message });
      return undefined;
    }
    // One message a line: a single slip often trips several parser rules on the same line.
    const lines = new Set<number>();
    for (const e of doc.errors) {
      const line = lineCounter.linePos(e.pos[0]).line + firstLine - 1;
      if (lines.has(line)) continue;
      lines.add(line);
      const lineText = text.split("\n")[line - firstLine] ?? "";
      problems.push({ file, line, message: yamlErrorInWords(e.code, e.message, lineText) });
    }
    return undefined;
  }
  return { root: doc.contents as Node | null, source };
}

/**
 * What the YAML parser's complaint means, in an author's words: its own wording ("Implicit map
 * keys need to be followed by map values") names parser rules, not the slip.
 */
const YAML_ERROR_WORDS: Record<string, string> = {
  MISSING_CHAR:
    'this line is not a "setting: value" line: give it its setting name and a colon, or, if it carries on the text above, indent it under that text',
  BLOCK_AS_IMPLICIT_KEY:
    "this line has a second colon, so it reads as a setting inside a setting: put the text in double quotes",
  MULTILINE_IMPLICIT_KEY:
    'this line is not a "setting: value" line: give it its setting name and a colon, or, if it carries on the text above, indent it under that text',
  BAD_INDENT:
    "this line is indented differently from the settings it belongs with, or a [ ] or { } list is not closed: line it up with them, and close the list",
  BAD_SCALAR_START:
    "this text starts with a character settings cannot start with (such as @ or `): put the text in double quotes",
};

function yamlErrorInWords(code: string, message: string, lineText: string): string {
  if (code === "DUPLICATE_KEY") return "this setting is written twice at this level: keep one";
  if (
    code === "UNEXPECTED_TOKEN" &&
    /^Unexpected scalar at node end/.test(message) &&
    /["']/.test(lineText)
  ) {
    return "this line has more text after a closing quotation mark: put the whole text in double quotes, with single quotes inside it, or leave the quotation marks out";
  }
  if (code === "MISSING_CHAR" && /quote/i.test(message)) {
    return "this text opens a quotation mark that is never closed: add the closing quotation mark at the end of the text";
  }
  return (
    YAML_ERROR_WORDS[code] ??
    "this line cannot be read: check its indentation, and put text that contains a colon in double quotes"
  );
}

export function lineOf(node: Node | null | undefined, source: YamlSource): number {
  const offset = node?.range?.[0] ?? 0;
  return source.lineCounter.linePos(offset).line + source.firstLine - 1;
}

/** Authors write yes/no as often as true/false; YAML 1.2 reads only the latter as booleans. */
function yesNo(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (typeof value !== "string") return undefined;
  const word = value.trim().toLowerCase();
  return word === "yes" || word === "true"
    ? true
    : word === "no" || word === "false"
      ? false
      : undefined;
}

type Expect = "text" | "number" | "boolean" | "list" | "map";

/**
 * One YAML map being read. Call the typed getters for each known key, then `finish()` to report
 * keys nobody asked for.
 */
export class FieldReader {
  private readonly known: string[] = [];
  readonly line: number;

  constructor(
    private readonly node: Node | null,
    private readonly source: YamlSource,
    private readonly what: string,
    private readonly problems: CourseProblem[],
    allowedKeys: readonly string[],
  ) {
    this.known.push(...allowedKeys);
    this.line = lineOf(node, source);
    if (!isMap(node)) {
      this.problem(this.line, `${what} should be a list of "key: value" settings`);
    }
  }

  get ok(): boolean {
    return isMap(this.node);
  }

  problem(line: number, message: string): void {
    this.problems.push({ file: this.source.file, line, message });
  }

  private pair(key: string) {
    if (!isMap(this.node)) return undefined;
    return (this.node as YAMLMap).items.find((p) => isScalar(p.key) && p.key.value === key);
  }

  /** The line of `key`, or of the map when the key is missing. */
  lineOfKey(key: string): number {
    const p = this.pair(key);
    return p ? lineOf(p.key as Node, this.source) : this.line;
  }

  has(key: string): boolean {
    return this.pair(key) !== undefined;
  }

  private value(key: string, expect: Expect, required: boolean): Node | null | undefined {
    const p = this.pair(key);
    if (!p) {
      // A misspelt key is reported once, by finish(), with the key it probably meant.
      if (required && this.ok && !this.misspelt(key)) {
        this.problem(this.line, `"${key}" is missing from ${this.what}`);
      }
      return undefined;
    }
    const v = p.value as Node | null;
    const line = lineOf((v ?? p.key) as Node, this.source);
    const empty = v === null || (isScalar(v) && (v.value === null || v.value === ""));
    if (empty) {
      if (required) this.problem(line, `"${key}" is empty`);
      return undefined;
    }
    const okType =
      expect === "list"
        ? isSeq(v)
        : expect === "map"
          ? isMap(v)
          : isScalar(v) &&
            (expect === "text"
              ? typeof v.value === "string" || typeof v.value === "number"
              : typeof v.value === expect ||
                (expect === "boolean" && yesNo(v.value) !== undefined));
    if (!okType) {
      const words = {
        text: "some text",
        number: "a number",
        boolean: "yes, no, true or false",
        list: "a list (lines starting with -)",
        map: 'a set of "key: value" lines',
      };
      // "80%" is how people write a pass mark: say what to take out.
      const percent =
        expect === "number" && isScalar(v) && /^\s*\d+(\.\d+)?\s*%\s*$/.test(String(v.value));
      const fix = percent
        ? `: write ${String(v.value).replace(/[\s%]/g, "")}, without the "%"`
        : "";
      this.problem(line, `"${key}" should be ${words[expect]}${fix}`);
      return undefined;
    }
    return v;
  }

  text(key: string, required = true): string | undefined {
    const v = this.value(key, "text", required);
    if (!isScalar(v)) return undefined;
    // The source text, so that `version: 1.10` stays "1.10" rather than the number 1.1.
    const text = String(v.source ?? v.value).trim();
    for (const message of textProblems(key, text, this.what))
      this.problem(lineOf(v, this.source), message);
    return settingValue(key, text);
  }

  number(
    key: string,
    opts: { required?: boolean; min?: number; max?: number; integer?: boolean } = {},
  ): number | undefined {
    const v = this.value(key, "number", opts.required ?? true);
    if (!isScalar(v)) return undefined;
    const n = v.value as number;
    const line = lineOf(v, this.source);
    if (opts.integer && !Number.isInteger(n)) {
      this.problem(line, `"${key}" should be a whole number, not ${n}`);
      return undefined;
    }
    if ((opts.min !== undefined && n < opts.min) || (opts.max !== undefined && n > opts.max)) {
      this.problem(line, `"${key}" is ${n}, but it must be between ${opts.min} and ${opts.max}`);
      return undefined;
    }
    return n;
  }

  boolean(key: string, fallback: boolean): boolean {
    const v = this.value(key, "boolean", false);
    return isScalar(v) ? (yesNo(v.value) ?? fallback) : fallback;
  }

  /** A value from a fixed list of words. */
  choice<T extends string>(key: string, allowed: readonly T[], fallback?: T): T | undefined {
    const v = this.value(key, "text", fallback === undefined);
    if (!isScalar(v)) return fallback;
    const s = String(v.value).trim();
    if ((allowed as readonly string[]).includes(s)) return s as T;
    this.problem(
      lineOf(v, this.source),
      `"${key}" is "${s}", but it must be one of: ${allowed.join(", ")}`,
    );
    return fallback;
  }

  list(key: string, required = true): { items: Node[]; line: number } | undefined {
    const v = this.value(key, "list", required);
    return isSeq(v) ? { items: v.items as Node[], line: lineOf(v, this.source) } : undefined;
  }

  map(key: string, required = true): Node | undefined {
    return this.value(key, "map", required) ?? undefined;
  }

  private unknownKeys(): Array<{ key: string; node: Node }> {
    if (!isMap(this.node)) return [];
    return (this.node as YAMLMap).items
      .map((p) => ({
        key: isScalar(p.key) ? String(p.key.value) : String(p.key),
        node: p.key as Node,
      }))
      .filter((k) => !this.known.includes(k.key));
  }

  private misspelt(key: string): boolean {
    return this.unknownKeys().some((k) => closest(k.key, this.known) === key);
  }

  /** Reports keys that are not part of this map's format, suggesting the likely intended key. */
  finish(): void {
    for (const { key, node } of this.unknownKeys()) {
      const guess = closest(key, this.known);
      const hint = guess
        ? `did you mean "${guess}"?`
        : `the settings allowed here are: ${this.known.join(", ")}`;
      this.problem(lineOf(node, this.source), `unknown setting "${key}" in ${this.what}: ${hint}`);
    }
  }
}
