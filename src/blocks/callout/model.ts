/**
 * The callout block: a short passage set apart as a key point, a practice tip, "in this case", or
 * a calm word on looking after yourself (where to find support).
 */
export const CALLOUT_TONES = ["key-point", "practice-tip", "in-this-case", "wellbeing"] as const;
export type CalloutTone = (typeof CALLOUT_TONES)[number];

export interface CalloutBlock {
  kind: "callout";
  tone: CalloutTone;
  /** The author's heading, when they give one (plain text); otherwise the tone's name is shown. */
  title?: string;
  /** Sanitized HTML. */
  html: string;
}

declare module "../../course/model.js" {
  interface BlockKinds {
    callout: CalloutBlock;
  }
}
