/** The build-time template minifier: smaller player, same rendering. */
import { describe, expect, it } from "vitest";
import {
  minifyCss,
  minifyMarkupTemplates,
  minifyStyleTemplates,
} from "../../src/compiler/player-build/template-minify.js";

describe("css minifying", () => {
  it("drops comments and layout whitespace but keeps descendant selectors and values", () => {
    const css = `
      /* why */
      header p {
        margin: 0.5rem 10.5rem;
        opacity: 0.6;
      }
      @media (max-width: 48rem) {
        a:hover .title { color: red; }
      }`;
    expect(minifyCss(css)).toBe(
      "header p{margin:.5rem 10.5rem;opacity:.6}@media (max-width:48rem){a:hover .title{color:red}}",
    );
  });

  it("leaves a css template with an interpolation as written", () => {
    const src = "const a = css`p { margin: ${x}; }`;";
    expect(minifyStyleTemplates(src)).toBe(src);
  });
});

describe("markup minifying", () => {
  it("turns line breaks and indentation between tags into one space", () => {
    const src = "html`<p>\n      <b>${a}</b>\n    </p>`";
    expect(minifyMarkupTemplates(src)).toBe("html`<p> <b>${a}</b> </p>`");
  });

  it("minifies nested markup templates and leaves strings and plain templates inside expressions alone", () => {
    const src =
      'html`<ul>\n  ${xs.map((x) => html`<li id="${`a\n b`}">\n  ${x ? "x\\"}\n y" : {}}</li>`)}\n</ul>`';
    expect(minifyMarkupTemplates(src)).toBe(
      'html`<ul> ${xs.map((x) => html`<li id="${`a\n b`}"> ${x ? "x\\"}\n y" : {}}</li>`)} </ul>`',
    );
  });

  it("gives the source back unchanged when an expression holds a comment it will not parse", () => {
    const src = "html`<p>\n ${a /* } */}</p>`";
    expect(minifyMarkupTemplates(src)).toBe(src);
  });
});
