/**
 * `deployServices(doc)`: the services a parsed platform/orchestrator document declares. A parser
 * whose kind declares services puts them on its tree as `deploy: DeployService[]` (computed once
 * at parse time), so this module needs no per-platform switch and platforms never depend on each
 * other.
 */
import type { Document } from '../types.js';
import type { DeployService } from './model.js';

export type { DeployService, DeployHealthCheck, Spanned } from './model.js';

export function deployServices(doc: Document): readonly DeployService[] {
  const tree = doc.tree as { deploy?: DeployService[] } | null | undefined;
  return tree?.deploy ?? [];
}

/**
 * The service a command of `doc` belongs to: the one named like the command's carrier owner
 * (a Railway file's service, a Fly process group, a Render service, a heroku.yml process), or the
 * only service of a single-service file.
 */
export function serviceForCommand(doc: Document, owner: string | undefined): DeployService | undefined {
  const services = deployServices(doc);
  return services.find((s) => s.name === owner) ?? (services.length === 1 ? services[0] : undefined);
}
