/** The run-time definition of a page break: module-page splits a module at it; it shows nothing itself. */
import { html } from "lit";
import { type RunKind, showsOnly } from "../run-kind.js";
import type { PageBlock } from "./model.js";

export const page: RunKind<PageBlock> = { ...showsOnly, render: () => html`` };
