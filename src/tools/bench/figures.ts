/** Arithmetic and wording of the figures the bench prints: medians, rounding, units, the table. */
import type { Size } from "./sizes.js";

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
export const maxBy = <T>(xs: readonly T[], key: (x: T) => number): T | undefined =>
  xs.reduce<T | undefined>((a, b) => (a !== undefined && key(a) >= key(b) ? a : b), undefined);
export const round1 = (x: number) => Math.round(x * 10) / 10;
export const round2 = (x: number) => Math.round(x * 100) / 100;
export const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
export const MB = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;
export const rawGzip = (s: Size) => `${kB(s.raw)} raw, ${kB(s.gzip)} gzip`;
export const ms = (x: number | undefined) => (x === undefined ? "—" : `${x} ms`);
export type ClickFigures = { clicks: number; toPaintMs?: number; handlersMs?: number };
export const clickTime = (c: ClickFigures) =>
  c.toPaintMs === undefined ? "< 16 ms" : ms(c.toPaintMs);
export const clickNote = (c: ClickFigures) =>
  c.handlersMs === undefined
    ? `${c.clicks} clicks, none reached 16 ms`
    : `${c.handlersMs} ms in handlers; ${c.clicks} clicks`;

export type Row = [string, string, string];

export function printTable(sections: Array<[string, Row[]]>): void {
  const rows = sections.flatMap(([, r]) => r);
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  for (const [title, section] of sections) {
    console.log(`\n${title}`);
    console.log(`${"-".repeat(w0)}  ${"-".repeat(w1)}  ${"-".repeat(20)}`);
    for (const [a, b, c] of section) console.log(`${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`);
  }
  console.log("");
}
