/**
 * Keeps an element in step with the learner's session: the element re-renders whenever progress
 * or the save state changes, without each element managing its own subscription.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { CourseSession } from "./session.js";

/** An element that is given the session as a property. */
export interface SessionHost extends ReactiveControllerHost {
  session?: CourseSession;
}

export class SessionController implements ReactiveController {
  private subscribed?: CourseSession;
  private unsubscribe?: () => void;

  constructor(private readonly host: SessionHost) {
    host.addController(this);
  }

  /** Called when the host connects: subscribes if the session is already set. */
  hostConnected(): void {
    this.follow();
  }

  /**
   * Called before each host update: the session may be set (or replaced) after the host has
   * connected, so the subscription follows whatever session the host holds now.
   */
  hostUpdate(): void {
    this.follow();
  }

  /** Called when the host disconnects: a page no longer on screen stops listening. */
  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.subscribed = undefined;
  }

  private follow(): void {
    const session = this.host.session;
    if (session === this.subscribed) return;
    this.unsubscribe?.();
    this.subscribed = session;
    this.unsubscribe = session?.subscribe(() => this.host.requestUpdate());
  }
}
