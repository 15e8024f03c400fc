/**
 * Which Dockerfiles the platform files run, and whether they run the image's own CMD/ENTRYPOINT
 * or a start command of their own (Railway `startCommand`, Render `dockerCommand`, Fly
 * `[processes]`/`[experimental] cmd`, heroku.yml `run`). A rule that judges what runs asks this:
 * an image the platform starts without an override runs its CMD on that platform's terms (its
 * injected `PORT`, its `internal_port`), and an overridden CMD is not what runs there.
 */
import { posix } from 'node:path';
import type { ProjectFile, ProjectModel } from '../project.js';
import { PLATFORM_KINDS, type Command } from '../types.js';
import { deployServices, serviceForCommand } from './index.js';
import type { DeployService } from './model.js';

export interface PlatformImageRun {
  /** The platform file that builds and runs the image. */
  file: ProjectFile;
  service: DeployService;
  /** The Dockerfile, when the repository has it. */
  dockerfile: ProjectFile;
  /** The platform's own start commands for the service (empty: the image's CMD runs). */
  overrides: Command[];
}

export function platformImageRuns(model: ProjectModel): PlatformImageRun[] {
  const out: PlatformImageRun[] = [];
  for (const file of model.files) {
    if (!file.kind || !PLATFORM_KINDS.has(file.kind) || !file.doc) continue;
    const starts = (file.facts?.commands ?? []).filter((c) => c.role === 'start' && c.nesting === 0);
    for (const service of deployServices(file.doc)) {
      if (!service.dockerfile) continue;
      const rel = posix.normalize(posix.join(posix.dirname(file.rel), service.dockerfile));
      const dockerfile = model.byPath.get(rel);
      if (dockerfile?.kind !== 'dockerfile' || !dockerfile.doc) continue;
      const doc = file.doc;
      let overrides = starts.filter((c) => serviceForCommand(doc, c.carrier.owner) === service);
      // A Railway environment (`web@production`) that sets no start command inherits the file's.
      const at = service.kind === 'railway' ? service.name.lastIndexOf('@') : -1;
      if (!overrides.length && at > 0) overrides = starts.filter((c) => c.carrier.owner === service.name.slice(0, at));
      out.push({ file, service, dockerfile, overrides });
    }
  }
  return out;
}
