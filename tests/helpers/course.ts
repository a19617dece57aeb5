/** Small hand-built courses for rule tests (no files, no build). */

import type { Question } from "../../src/blocks/question/model.js";
import type { Course, Module } from "../../src/course/model.js";

export function question(id: string, theme: string, over: Partial<Question> = {}): Question {
  return {
    id,
    kind: "single",
    theme,
    scored: true,
    weighting: 1,
    stemHtml: `<p>${id}?</p>`,
    stemText: `${id}?`,
    options: [
      { id: "a", html: "A", correct: true, feedbackHtml: "<p>Yes</p>" },
      { id: "b", html: "B", correct: false, feedbackHtml: "<p>No</p>" },
      { id: "c", html: "C", correct: false, feedbackHtml: "<p>No</p>" },
    ],
    ...over,
  };
}

export function module(id: string, questions: Question[] = [], reflections = false): Module {
  return {
    id,
    title: id,
    themes: [],
    contentWarning: false,
    blocks: [
      { kind: "html", html: `<p>${id}</p>` },
      ...questions.map((q) => ({ kind: "question" as const, question: q })),
      ...(reflections
        ? [
            {
              kind: "reflection" as const,
              prompts: [
                { id: "r-one", text: "One?", maxLength: 100 },
                { id: "r-two", text: "Two?", maxLength: 100 },
              ],
            },
          ]
        : []),
    ],
  };
}

/** Two themes, three modules, four scored questions (one multiple-answer, one weighted 2). */
export function sampleCourse(over: Partial<Course["settings"]> = {}): Course {
  return {
    id: "sample",
    title: "Sample",
    version: "1.0.0",
    language: "en-GB",
    audience: "Testers",
    estimatedMinutes: 10,
    publisher: "Test",
    source: { title: "Test" },
    supportHtml: "<p>Help</p>",
    contentWarningHtml: "<p>Warning</p>",
    settings: {
      passMark: 75,
      completion: "all-questions",
      attemptsPerQuestion: 1,
      onFail: "failed",
      retake: "wrong-answers",
      ...over,
    },
    themes: [
      { id: "alpha", title: "Alpha", objective: "Know alpha" },
      { id: "beta", title: "Beta", objective: "Know beta" },
    ],
    modules: [
      module("intro"),
      module("lesson", [
        question("q1", "alpha"),
        question("q2", "alpha", {
          kind: "multiple",
          options: [
            { id: "a", html: "A", correct: true, feedbackHtml: "" },
            { id: "b", html: "B", correct: true, feedbackHtml: "" },
            { id: "c", html: "C", correct: false, feedbackHtml: "" },
          ],
        }),
        question("q3", "beta", { weighting: 2 }),
      ]),
      module("close", [question("q4", "beta", { scored: false })], true),
    ],
  };
}
