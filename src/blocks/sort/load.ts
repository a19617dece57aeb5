/** Reads a ```sort block at build time: the question, its groups, its cards and where each belongs, with file:line problems. */
import { readChoices } from "../../loading/choices.js";
import { type BlockLoader, checkTheme, readBlockYaml } from "../../loading/load-context.js";
import { plainText, renderBlock, renderInline } from "../../loading/markdown.js";
import { FieldReader } from "../../loading/yaml-fields.js";
import type { SortBlock, SortCard, SortGroup } from "./model.js";

const KEYS = [
  "id",
  "theme",
  "scored",
  "weighting",
  "question",
  "groups",
  "cards",
  "feedback",
] as const;
const GROUP_KEYS = ["id", "label"] as const;
const CARD_KEYS = ["id", "text", "group", "feedback"] as const;

/** Two or three groups: each card offers every group as a choice, so more is hard on a phone. */
export const MIN_GROUPS = 2;
export const MAX_GROUPS = 3;
/** Fewer is barely a sort; more is a long page of choices. */
export const MIN_CARDS = 3;
export const MAX_CARDS = 8;

export const loadSort: BlockLoader<SortBlock> = (text, fenceLine, ctx) => {
  const parsed = readBlockYaml("sort", text, fenceLine, ctx);
  if (!parsed) return undefined;
  const { root, source } = parsed;
  const before = ctx.problems.length;
  const r = new FieldReader(root, source, "this sort", ctx.problems, KEYS);
  if (!r.ok) return undefined;
  const id = r.text("id");
  const claimed = ctx.ids.claim(id, "sort", ctx.file, r.lineOfKey("id"));
  const theme = r.text("theme");
  if (theme !== undefined) checkTheme(theme, r.lineOfKey("theme"), ctx);
  const scored = r.boolean("scored", true);
  const weighting = r.number("weighting", { required: false, min: 1, max: 10, integer: true }) ?? 1;
  const stem = r.text("question");
  const feedback = r.text("feedback");

  const groupList = r.list("groups");
  const groups: SortGroup[] = readChoices(
    groupList?.items,
    source,
    ctx.problems,
    { noun: "group", within: "this sort", keys: GROUP_KEYS },
    (g, gid) => {
      const label = g.text("label");
      return { id: gid ?? "", html: renderInline(label ?? ""), text: plainText(label ?? "") };
    },
  );
  if (groupList) {
    if (groups.length < MIN_GROUPS || groups.length > MAX_GROUPS) {
      r.problem(
        r.lineOfKey("groups"),
        `a sort has ${MIN_GROUPS} or ${MAX_GROUPS} groups; this one has ${groups.length}`,
      );
    }
  }

  const cardList = r.list("cards");
  const cards: SortCard[] = readChoices(
    cardList?.items,
    source,
    ctx.problems,
    { noun: "card", within: "this sort", keys: CARD_KEYS },
    (c, cid) => {
      const cardText = c.text("text");
      const group = c.text("group");
      if (group !== undefined && groupList && !groups.some((g) => g.id === group)) {
        c.problem(
          c.lineOfKey("group"),
          `the card's group "${group}" is not one of this sort's groups (${groups.map((g) => g.id).join(", ")})`,
        );
      }
      const why = c.text("feedback", false);
      return {
        id: cid ?? "",
        html: renderInline(cardText ?? ""),
        text: plainText(cardText ?? ""),
        group: group ?? "",
        ...(why === undefined ? {} : { feedbackHtml: renderBlock(why) }),
      };
    },
  );
  if (cardList) {
    if (cards.length < MIN_CARDS || cards.length > MAX_CARDS) {
      r.problem(
        r.lineOfKey("cards"),
        `a sort has ${MIN_CARDS} to ${MAX_CARDS} cards; this one has ${cards.length}`,
      );
    }
    // A group no card belongs in teaches nothing, and a learner who guesses it never can be right.
    for (const g of groups) {
      if (g.id && !cards.some((c) => c.group === g.id)) {
        r.problem(r.lineOfKey("cards"), `no card belongs in the group "${g.id}" (${g.text})`);
      }
    }
  }
  r.finish();
  if (ctx.problems.length > before || !claimed || !theme || !stem || !feedback) return undefined;
  return {
    kind: "sort",
    id,
    theme,
    scored,
    weighting,
    stemHtml: renderBlock(stem),
    stemText: plainText(stem),
    groups,
    cards,
    feedbackHtml: renderBlock(feedback),
  };
};
