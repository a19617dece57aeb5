/** Splits one line of a delimited export into fields, honouring double quotes as Moodle and spreadsheets write them. */

/** The fields of one line; undefined when a quote is opened and never closed. */
export function splitFields(line: string, delimiter: string): string[] | undefined {
  // Most lines of a large export have no quotes: the fast path keeps the report streaming quickly.
  if (!line.includes('"')) return line.split(delimiter);
  const out: string[] = [];
  let at = 0;
  while (true) {
    if (line[at] === '"') {
      // A quoted field: up to the quote that is not doubled, then the delimiter or the end.
      let value = "";
      let from = at + 1;
      while (true) {
        const close = line.indexOf('"', from);
        if (close < 0) return undefined;
        value += line.slice(from, close);
        if (line[close + 1] === '"') {
          value += '"';
          from = close + 2;
          continue;
        }
        at = close + 1;
        break;
      }
      // Anything between the closing quote and the delimiter belongs to the field, as written.
      const next = line.indexOf(delimiter, at);
      value += line.slice(at, next < 0 ? line.length : next);
      out.push(value);
      if (next < 0) return out;
      at = next + delimiter.length;
    } else {
      const next = line.indexOf(delimiter, at);
      if (next < 0) {
        out.push(line.slice(at));
        return out;
      }
      out.push(line.slice(at, next));
      at = next + delimiter.length;
    }
  }
}

/** A column name compared loosely: case, surrounding spaces and a byte-order mark do not matter. */
export function columnKey(name: string): string {
  return name
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ");
}
