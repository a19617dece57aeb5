/** Puts a board's brand colour (checked at build time) on the document, where tokens.css picks it up. */
export function applyBrand(doc: Document, colour: string | undefined): void {
  if (!colour) return;
  // CSSOM, not a style attribute: the package's CSP has no 'unsafe-inline'.
  doc.documentElement.style.setProperty("--brand", colour);
  doc.documentElement.style.setProperty("--brand-fg", "#ffffff");
}
