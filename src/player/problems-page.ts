/**
 * The live preview's page while the course folder has problems (fetched only then: a package is
 * never built from a folder with problems, so learners never download it).
 */

const problemStrings = {
  title: "The course folder has problems",
  help: "What this means (guide)",
};

/** The live preview's page while the course folder has problems: each with the guide's help. */
export function showProblems(lines: readonly string[], guides: readonly string[] = []): void {
  const main = document.createElement("main");
  main.className = "problems";
  const h1 = document.createElement("h1");
  h1.textContent = problemStrings.title;
  const list = document.createElement("ul");
  const after: HTMLElement[] = [];
  lines.forEach((line, i) => {
    if (line === "") return;
    const m = /^(.+?:\d+): (.*)$/.exec(line);
    if (!m) {
      const p = document.createElement("p");
      p.textContent = line;
      after.push(p);
      return;
    }
    const item = document.createElement("li");
    const where = document.createElement("strong");
    where.textContent = `${m[1]}:`;
    const what = document.createElement("span");
    what.textContent = ` ${m[2]} `;
    item.append(where, what);
    if (guides[i]) {
      const help = document.createElement("a");
      help.href = guides[i];
      help.target = "_blank";
      help.textContent = problemStrings.help;
      item.append(help);
    }
    list.append(item);
  });
  main.append(h1, list, ...after);
  document.body.replaceChildren(main);
}
