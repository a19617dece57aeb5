/**
 * A value an element provides to every element inside it (shadow roots included), asked for by
 * the Context Community Protocol (https://github.com/webcomponents-cg/community-protocols/blob/main/proposals/context.md),
 * the protocol `@lit/context` implements: a `context-request` event that bubbles, composed, from
 * the element that needs the value to the first element that provides it. Written here, in a few
 * lines, because `@lit/context` is not installed and the player's 30 kB start budget has about
 * 170 B to spare: the player needs one-shot requests only (a session does not change under an
 * element), not subscriptions or late providers. It works under Lit's server renderer too (the
 * build prerenders the first screen), which dispatches events along the element tree it renders.
 */
import { isServer } from "lit-html/is-server.js";

/** A context's key; the type it carries is only for TypeScript. */
export type Context<T> = string & { readonly __value?: T };

export const createContext = <T>(key: string) => key as Context<T>;

/** The protocol's request, for one answer (`subscribe` is never asked for). */
export class ContextRequestEvent<T> extends Event {
  constructor(
    readonly context: Context<T>,
    readonly callback: (value: T) => void,
  ) {
    super("context-request", { bubbles: true, composed: true });
  }
}

/**
 * The value the elements around `host` provide for `context`, or undefined when none does (an
 * element outside the player). Asked when needed, so also in `render()` on the server.
 */
export function requestContext<T>(host: EventTarget, context: Context<T>): T | undefined {
  let value: T | undefined;
  const ask = (at: EventTarget) =>
    at.dispatchEvent(new ContextRequestEvent(context, (v: T) => (value = v)));
  ask(host);
  // The server renderer gives shadow roots only to elements it connects (it connects none here),
  // so a request from inside one goes from its element straight to the document: there, each
  // host up the tree (the renderer's `__host`) is asked in turn. Gone from the browser build.
  for (let at = host as ServerNode; isServer && value === undefined && at.__host; ) {
    at = at.__host;
    ask(at);
  }
  return value;
}

/** An element as Lit's server renderer (@lit-labs/ssr-dom-shim) links it to its shadow host. */
interface ServerNode extends EventTarget {
  __host?: ServerNode;
}

/**
 * Makes `host` answer requests for `context` from elements inside it (and from itself) with
 * `value()` at the moment of asking. Called in the constructor, so the provider is in place
 * before any child renders, on the server and when the browser hydrates.
 */
export function provideContext<T>(host: EventTarget, context: Context<T>, value: () => T): void {
  host.addEventListener("context-request", (e) => {
    const request = e as ContextRequestEvent<T>;
    if (request.context !== context) return;
    e.stopPropagation();
    request.callback(value());
  });
}
