/**
 * Each module's content, fetched the first time it is shown: the player starts with the outline
 * of every module (enough for the menu, progress, scoring and results) and puts a module's full
 * blocks in place of its outline when they arrive. The rest are fetched once the browser is
 * idle, so a learner seldom waits. Fetched from the package itself, never elsewhere.
 */
import type { Block, Course } from "../course/model.js";

export type ContentLoaders = Readonly<Record<string, () => Promise<Block[]>>>;

export class ModuleContent {
  private readonly fetched = new Set<string>();
  private readonly pending = new Map<string, Promise<void>>();

  /**
   * `loaders` by module id; a module without one is already complete in `course` (the first
   * module, which comes with the outline; the build's prerender and the tests hold whole courses).
   */
  constructor(
    private readonly course: Course,
    private readonly loaders: ContentLoaders = {},
  ) {}

  /** True when the module's pages can be shown now. */
  has(moduleId: string): boolean {
    return this.fetched.has(moduleId) || !(moduleId in this.loaders);
  }

  /** Fetches the module's content once; a failed fetch may be tried again. */
  load(moduleId: string): Promise<void> {
    if (this.has(moduleId)) return Promise.resolve();
    let loading = this.pending.get(moduleId);
    if (!loading) {
      loading = this.loaders[moduleId]().then(
        (blocks) => {
          const module = this.course.modules.find((m) => m.id === moduleId);
          if (!module || blocks.length !== module.blocks.length) {
            throw new Error(`module ${moduleId}: its content does not match the course outline`);
          }
          module.blocks = blocks;
          this.fetched.add(moduleId);
          this.pending.delete(moduleId);
        },
        (e: unknown) => {
          this.pending.delete(moduleId);
          throw e;
        },
      );
      this.pending.set(moduleId, loading);
    }
    return loading;
  }

  /**
   * Fetches every module not yet fetched once the browser is idle, all at once: on a slow network
   * the wait for each answer, not the bytes, is what costs, and a module the learner then asks for
   * is the request already on its way.
   */
  prefetch(): void {
    whenIdle(() => {
      for (const m of this.course.modules) {
        // Not now (offline, say): the learner's own visit will try again.
        if (!this.has(m.id)) this.load(m.id).catch(() => {});
      }
    });
  }
}

/** Runs `run` once the browser is idle (within two seconds). */
export function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}
