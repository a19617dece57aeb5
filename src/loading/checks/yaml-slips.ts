/**
 * Explains a YAML text that cannot be read by the slip an author most likely made (a tab,
 * Word's curly quotes, one line indented differently), at the line of the slip itself. The
 * parser's own errors point at where it gave up, often the line before, and come in bunches.
 */

export interface YamlSlip {
  /** 1-based line within the YAML text. */
  line: number;
  message: string;
}

/**
 * The first slip at or before `lastErrorLine` (1-based, the last line the parser complained
 * about), or undefined when none is recognised and the parser's words must do. `firstLine` is
 * the file line the text starts on, for messages that name another line.
 */
export function findYamlSlip(
  text: string,
  lastErrorLine: number,
  firstLine = 1,
): YamlSlip | undefined {
  const lines = text.split("\n");
  const limit = Math.min(lines.length, lastErrorLine);
  for (let i = 0; i < limit; i++) {
    if (/^[ ]*\t/.test(lines[i])) {
      return {
        line: i + 1,
        message:
          "this line is indented with a tab: settings must be indented with spaces only, so replace the tab with spaces",
      };
    }
  }
  for (let i = 0; i < limit; i++) {
    if (/:\s*[“‘„]/.test(lines[i])) {
      return {
        line: i + 1,
        message:
          'this line has curly quotes “ ” (Word adds them), which do not count as quotes: replace them with straight quotes "',
      };
    }
  }
  const misaligned = findMisalignedLine(lines, firstLine - 1);
  if (misaligned && misaligned.line <= limit) return misaligned;
  return undefined;
}

const KEY_LINE = /^(\s*)(- )?([A-Za-z_][A-Za-z0-9_-]*):(\s|$)/;
const BLOCK_SCALAR = /:\s*[|>][-+0-9]*\s*(#.*)?$/;

/**
 * Walks the settings line by line, keeping the indentations that are open (each map or list
 * level), and returns the first setting that lines up with none of them.
 */
function findMisalignedLine(lines: string[], fileOffset: number): YamlSlip | undefined {
  // Each open level: its indentation and the line that opened it.
  const open: Array<{ indent: number; line: number }> = [{ indent: 0, line: 0 }];
  let opens = false; // the previous setting has nothing after its colon: a deeper level may start
  let scalarIndent = -1; // inside a | or > text block: lines deeper than this are its text
  let colonInValue = false; // the previous setting's text has a colon of its own
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    if (raw.trim() === "" || raw.trim().startsWith("#")) continue;
    const indent = raw.length - raw.trimStart().length;
    if (scalarIndent >= 0) {
      if (indent > scalarIndent) continue;
      scalarIndent = -1;
    }
    const key = KEY_LINE.exec(raw);
    const dash = /^\s*- /.test(raw) || /^\s*-$/.test(raw);
    const top = open[open.length - 1];
    if (opens && indent > top.indent) {
      open.push({ indent, line: i + 1 });
    } else if (open.some((o) => o.indent === indent)) {
      while (open[open.length - 1].indent > indent) open.pop();
      open[open.length - 1].line = i + 1;
    } else if (indent > top.indent && colonInValue) {
      // The line above has a colon in its text: that, not this line, is the slip.
      return undefined;
    } else if (key || dash) {
      // On a tie, the deeper level: the line most likely belongs with the one just above it.
      const nearest = open.reduce((a, b) =>
        Math.abs(b.indent - indent) <= Math.abs(a.indent - indent) ? b : a,
      );
      const name = key ? `"${key[3]}"` : "this line";
      const like = nearest.line > 0 ? `, like line ${nearest.line + fileOffset}` : "";
      return {
        line: i + 1,
        message: `this line is indented by ${indent} space${indent === 1 ? "" : "s"}, which lines it up with no setting above it: indent ${name} by ${nearest.indent} space${nearest.indent === 1 ? "" : "s"}${like}, or by as many as the setting it belongs to`,
      };
    } else {
      // A long text continued on the next line: allowed, and it opens nothing.
      continue;
    }
    colonInValue = key !== null && /:\s/.test(raw.slice(raw.indexOf(key[3]) + key[3].length + 1));
    if (dash && key) {
      // "- id: x": the keys of this list item line up after the dash.
      open.push({ indent: indent + 2, line: i + 1 });
    }
    if (key && BLOCK_SCALAR.test(raw)) {
      scalarIndent = dash ? indent + 2 : indent;
      opens = false;
    } else {
      opens = key ? /:\s*(#.*)?$/.test(raw) : /^\s*-\s*$/.test(raw);
    }
  }
  return undefined;
}
