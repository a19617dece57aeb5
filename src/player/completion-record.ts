/**
 * @summary The printed record of learning, for supervision or CPD, on one page: learner name
 * (from the LMS, or typed in this browser for the web package), date completed, time spent,
 * result, version, a record id, the local partnership and its child protection procedures (when
 * course.yaml names them), themes, the learner's reflections, and who endorses the course. It
 * shows only in print (or "save as PDF"); on screen it takes no space.
 *
 * The learner's name and reflections are bound as text, never as HTML.
 */
import { html, LitElement, nothing } from "lit";
import { reflectionPromptsOf } from "../blocks/reflection/rules.js";
import { resultsStrings } from "../blocks/results/strings.js";
import { percentOf, type ResultSummary, sessionResult } from "../blocks/results/summary.js";
import { SessionController } from "../kit/session-controller.js";
import { completionRecordStyles } from "./completion-record.styles.js";
import { recordStrings } from "./record.strings.js";
import { readRecordName, recordId, timeSpentText } from "./record-name.js";
import { RECORD_NAME_EVENT } from "./record-name-field.js";
import type { CourseSession } from "./session.js";

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
      return r.complete ? recordStrings.recordNoQuestions : recordStrings.recordNotComplete();
    case "passed":
      return recordStrings.recordPassed(percent, r.passMark);
    case "failed":
      return r.heldPass
        ? recordStrings.recordHeldPass
        : recordStrings.recordNotPassed(percent, r.passMark);
    case "unfinished":
      // Never "Passed" for a course not yet complete: the LMS has no result either.
      return r.heldPass
        ? recordStrings.recordHeldPass
        : r.score.answered < r.score.questions
          ? recordStrings.recordUnfinished(r.score.answered, r.score.questions)
          : recordStrings.recordNotComplete(percent);
  }
}

export class CompletionRecord extends LitElement {
  static override properties = {};

  protected readonly sessionSync = new SessionController<CourseSession>(this);
  get session() {
    return this.sessionSync.session;
  }

  private readonly refresh = () => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    // The typed name lives in storage: read it again when it changes and just before printing.
    window.addEventListener("beforeprint", this.refresh);
    document.addEventListener(RECORD_NAME_EVENT, this.refresh);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener("beforeprint", this.refresh);
    document.removeEventListener(RECORD_NAME_EVENT, this.refresh);
  }

  override render() {
    const { course, progress } = this.session;
    const result = sessionResult(this.session);
    const lmsName = this.session.learnerName?.trim();
    const name = lmsName ? displayName(lmsName) : readRecordName(course.id);
    // Set by progress the first time the course is complete, and summed over sessions: the
    // record gives the completion date, not the print date, and says so when there is none.
    const { completedAt, timeSpentMs } = progress;
    const dateOf = (d: Date) =>
      new Intl.DateTimeFormat(course.language, { dateStyle: "long" }).format(d);
    const prompts = reflectionPromptsOf(course);
    // The board's own arrangements and its words on endorsement, as course.yaml gives them.
    const { local, endorsement } = course;
    return html`<article aria-labelledby="record-title">
      <h1 id="record-title">${recordStrings.recordTitle}</h1>
      <p class="course-title">${course.title}</p>
      <dl>
        <dt>${recordStrings.recordLearner}</dt>
        ${name ? html`<dd class="learner">${name}</dd>` : html`<dd class="learner blank"></dd>`}
        <dt>${recordStrings.recordCompleted}</dt>
        <dd class="completed">${completedAt ? dateOf(new Date(completedAt)) : recordStrings.recordNotCompleted}</dd>
        <dt>${recordStrings.recordTimeSpent}</dt>
        <dd class="time-spent">${timeSpentMs ? timeSpentText(timeSpentMs) : recordStrings.recordNotTimed}</dd>
        <dt>${recordStrings.recordResult}</dt>
        <dd class="result">${resultText(result)}</dd>
        <dt>${recordStrings.recordVersion}</dt>
        <dd>${course.version}</dd>
        <dt>${recordStrings.recordPublisher}</dt>
        <dd>${course.publisher}</dd>
        ${
          local
            ? html`<dt>${recordStrings.recordPartnership}</dt>
              <dd class="partnership">${local.partnership}</dd>`
            : nothing
        }
        ${
          local?.procedures
            ? html`<dt>${recordStrings.recordProcedures}</dt>
              <dd class="procedures">
                <a href=${local.procedures.link}>${local.procedures.name}</a>
                <span class="url">${local.procedures.link}</span>
              </dd>`
            : nothing
        }
        <dt>${recordStrings.recordTime}</dt>
        <dd>${recordStrings.minutes(course.estimatedMinutes)}</dd>
        ${
          completedAt
            ? html`<dt>${recordStrings.recordId}</dt>
              <dd class="record-id">${recordId({ courseId: course.id, version: course.version, learner: name, completedAt })}</dd>`
            : nothing
        }
      </dl>
      <h2>${recordStrings.recordThemes}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">${resultsStrings.theme}</th>
            <th scope="col">${resultsStrings.score}</th>
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
                    ? resultsStrings.themeNoQuestions
                    : t.answered < t.questions
                      ? resultsStrings.themeNotAnswered
                      : resultsStrings.themeScore(percent)
                }
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
      ${
        prompts.length === 0
          ? nothing
          : html`<h2>${recordStrings.recordReflections}</h2>
            ${prompts.map((p) => {
              const text = progress.reflections[p.id]?.trim();
              return html`<section class="reflection">
                <h3>${p.text}</h3>
                ${
                  text
                    ? html`<p class="answer">${text}</p>`
                    : html`<p class="answer empty">${recordStrings.recordNoAnswer}</p>`
                }
              </section>`;
            })}`
      }
      <p class="source">
        ${course.source.title}
        ${
          course.source.url
            ? html`<a href=${course.source.url}>${recordStrings.recordSourceLink}</a>
              <span class="url">${course.source.url}</span>`
            : nothing
        }
      </p>
      ${endorsement ? html`<p class="endorsement">${endorsement}</p>` : nothing}
      <p class="printed">${recordStrings.recordPrinted(dateOf(new Date()))}</p>
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
