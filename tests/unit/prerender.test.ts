/** Build-time rendering's page edits: the first view goes into the body, its styles' hashes into the policy. */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { styleHashes, withFirstView } from "../../scripts/prerender.js";

const page = `<!doctype html><html><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'; script-src 'self'" />
</head>
<body>
<noscript>needs JavaScript</noscript>
</body></html>`;
const sha = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;

describe("styleHashes", () => {
  it("hashes each distinct <style> body once, exactly as written", () => {
    const markup =
      "<style>a{color:red}</style><x></x><style>a{color:red}</style><style>\n b {}\n</style>";
    expect(styleHashes(markup)).toEqual([sha("a{color:red}"), sha("\n b {}\n")]);
  });

  it("finds nothing in markup without styles", () => {
    expect(styleHashes("<p>text</p>")).toEqual([]);
  });
});

describe("withFirstView", () => {
  it("puts the first view at the start of the body and allows exactly its styles", () => {
    const out = withFirstView(page, "<course-player><style>p{}</style></course-player>");
    expect(out).toContain(`style-src 'self' ${sha("p{}")};`);
    expect(out).not.toContain("unsafe-inline");
    expect(out.indexOf("<course-player>")).toBeGreaterThan(out.indexOf("<body>"));
    expect(out.indexOf("<course-player>")).toBeLessThan(out.indexOf("<noscript>"));
  });

  it("refuses a page it cannot fill, rather than losing the prerender silently", () => {
    expect(() => withFirstView(page.replace("<body>", "<body class=x>"), "<p></p>")).toThrow(
      /cannot prerender/,
    );
    expect(() => withFirstView(page.replace("style-src 'self'", "style-src 'none'"), "")).toThrow(
      /style-src/,
    );
  });
});
