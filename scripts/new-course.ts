/**
 * `npm run new-course -- <folder>`: starts a new course folder with one example of each block,
 * ready to check, preview and build.
 */
import { createCourse } from "../src/compiler/authoring/course-template.js";

const target = process.argv.slice(2).find((a) => !a.startsWith("-"));
if (!target) {
  console.error("Say where to create the course: npm run new-course -- courses/my-briefing");
  process.exit(1);
}
try {
  const id = createCourse(target);
  console.log(`Created ${target} (course id "${id}"), with one example of each kind of block.
Next:
  npm run check -- ${target}            check it (it passes as it is)
  npm run dev -- --course ${target}     see it as a learner would, updating as you save
  npm run build -- --course ${target}   make the packages
Replace the example words with your briefing's, and set the title, source and themes in
${target}/course.yaml. The guide is course/README.md.`);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
