/** How <player-notices> looks: the player's notice card (notice.styles.ts), kept beside the element so its file holds behaviour only (Shoelace style). */
import { baseStyles, buttonStyles } from "../kit/styles.js";
import { noticeStyles } from "./notice.styles.js";

export const playerNoticesStyles = [baseStyles, buttonStyles, noticeStyles];
