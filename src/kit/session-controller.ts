/**
 * Keeps an element in step with the learner's session: the element asks the player around it for
 * the session (context, src/kit/session.ts) and re-renders whenever progress or the save state
 * changes, without each element managing its own subscription.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { type Session, sessionOf } from "./session.js";

export class SessionController<S extends Session = Session> implements ReactiveController {
  private held?: S;
  private subscribed?: S;
  private unsubscribe?: () => void;

  constructor(private readonly host: ReactiveControllerHost & EventTarget) {
    host.addController(this);
  }

  /**
   * The session of the player the host is in. Asked the first time it is needed, which on the
   * server is the host's `render()`, in the browser its connection; undefined outside a player.
   */
  get session(): S {
    this.held ??= sessionOf(this.host) as S | undefined;
    return this.held as S;
  }

  /** Called when the host connects: subscribes if the player has its session already. */
  hostConnected(): void {
    this.follow();
  }

  /**
   * Called before each host update: the player may be given its session after it has
   * connected (the build's prerendered shell is upgraded before main.ts has one).
   */
  hostUpdate(): void {
    this.follow();
  }

  /**
   * Called when the host disconnects: a page no longer on screen stops listening. It keeps the
   * session it was given: an update already queued still runs after the element has left the
   * page (Lit does not cancel it), and a disconnected element can ask no provider.
   */
  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = this.subscribed = undefined;
  }

  private follow(): void {
    const session = this.session;
    if (session === this.subscribed) return;
    this.unsubscribe?.();
    this.subscribed = session;
    this.unsubscribe = session?.subscribe(() => this.host.requestUpdate());
  }
}
