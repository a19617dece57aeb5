/**
 * @summary The printed record of learning, for supervision or CPD: learner name (when the LMS
 * gives one), date, course title and version, result and score, themes, and the learner's
 * reflections. It shows only in print (or "save as PDF"); on screen it takes no space.
 *
 * The learner's name and reflections are bound as text, never as HTML.
 */
import { html, LitElement, nothing } from "lit";
import { reflectionPromptsOf } from "../course/model.js";
import { completionRecordStyles } from "./completion-record.styles.js";
import { percentOf, type ResultSummary, sessionResult } from "./result-summary.js";
import type { CourseSession } from "./session.js";
import { SessionController } from "./session-controller.js";
import { strings } from "./strings.js";

/**
 * Most LMSs give the name as "Surname, Forename"; a record reads better as "Forename Surname".
 * Anything else is shown as the LMS gave it.
 */
export function displayName(lmsName: string): string {
  const parts = lmsName.split(",").map((s) => s.trim());
  return parts.length === 2 && parts[0] && parts[1] ? `${parts[1]} ${parts[0]}` : lmsName.trim();
}

function resultText(r: ResultSummary): string {
  const percent = Math.round(r.score.percent);
  switch (r.outcome) {
    case "no-questions":
      return strings.recordNoQuestions;
    case "passed":
      return strings.recordPassed(percent, r.passMark);
    case "failed":
      return r.heldPass ? strings.recordHeldPass : strings.recordNotPassed(percent, r.passMark);
    case "unfinished":
      return r.heldPass
        ? strings.recordHeldPass
        : strings.recordUnfinished(r.score.answered, r.score.questions);
  }
}

export class CompletionRecord extends LitElement {
  static override properties = {
    session: { attribute: false },
  };

  declare session: CourseSession;
  protected readonly sessionSync = new SessionController(this);

  override render() {
    const { course, progress } = this.session;
    const result = sessionResult(this.session);
    const name = this.session.learnerName?.trim();
    const date = new Intl.DateTimeFormat(course.language, { dateStyle: "long" }).format(new Date());
    const prompts = reflectionPromptsOf(course);
    return html`<article aria-labelledby="record-title">
      <h1 id="record-title">${strings.recordTitle}</h1>
      <dl>
        ${name ? html`<dt>${strings.recordLearner}</dt><dd class="learner">${displayName(name)}</dd>` : nothing}
        <dt>${strings.recordDate}</dt>
        <dd>${date}</dd>
        <dt>${strings.recordCourse}</dt>
        <dd>${course.title}</dd>
        <dt>${strings.recordVersion}</dt>
        <dd>${course.version}</dd>
        <dt>${strings.recordPublisher}</dt>
        <dd>${course.publisher}</dd>
        <dt>${strings.recordTime}</dt>
        <dd>${strings.minutes(course.estimatedMinutes)}</dd>
        <dt>${strings.recordResult}</dt>
        <dd class="result">${resultText(result)}</dd>
      </dl>
      <h2>${strings.recordThemes}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">${strings.theme}</th>
            <th scope="col">${strings.score}</th>
          </tr>
        </thead>
        <tbody>
          ${result.score.byTheme.map((t) => {
            const theme = course.themes.find((x) => x.id === t.themeId);
            const percent = percentOf(t.earned, t.possible);
            return html`<tr>
              <th scope="row">
                ${theme?.title ?? t.themeId}
                ${theme ? html`<span class="objective">${theme.objective}</span>` : nothing}
              </th>
              <td>
                ${
                  percent === undefined
                    ? strings.themeNoQuestions
                    : t.answered < t.questions
                      ? strings.themeNotAnswered
                      : strings.themeScore(percent)
                }
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
      ${
        prompts.length === 0
          ? nothing
          : html`<h2>${strings.recordReflections}</h2>
            ${prompts.map((p) => {
              const text = progress.reflections[p.id]?.trim();
              return html`<section class="reflection">
                <h3>${p.text}</h3>
                ${
                  text
                    ? html`<p class="answer">${text}</p>`
                    : html`<p class="answer empty">${strings.recordNoAnswer}</p>`
                }
              </section>`;
            })}`
      }
      <p class="source">${course.source.title}</p>
    </article>`;
  }

  static override styles = completionRecordStyles;
}

customElements.define("completion-record", CompletionRecord);

declare global {
  interface HTMLElementTagNameMap {
    "completion-record": CompletionRecord;
  }
}
