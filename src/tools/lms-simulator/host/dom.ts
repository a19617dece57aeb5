// The host page's elements, found by the ids host.html gives them, and the small pieces of DOM
// every part of the page builds.

/** The element with this id in host.html; the ids are the page's contract with its script. */
export function $<T extends HTMLElement = HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

export const packageSelect = (): HTMLSelectElement => $<HTMLSelectElement>("pkg");
export const launchForm = (): HTMLFormElement => $<HTMLFormElement>("launch-form");

/** A named control of the launch form. */
export function control<T extends HTMLInputElement | HTMLSelectElement = HTMLInputElement>(
  name: string,
): T {
  return launchForm().elements.namedItem(name) as T;
}

/** Says what happened to the launch in the status line under the form. */
export function announce(text: string): void {
  $("launch-status").textContent = text;
}

export function paragraph(text: string, className = "hint"): HTMLParagraphElement {
  const p = document.createElement("p");
  p.className = className;
  p.textContent = text;
  return p;
}

/** An option of a select list, whose value and label are the same name. */
export function option(name: string): HTMLOptionElement {
  const o = document.createElement("option");
  o.value = name;
  o.textContent = name;
  return o;
}
