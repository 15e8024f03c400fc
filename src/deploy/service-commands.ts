/**
 * What a deployed service runs at start: the start commands its file declares for it (carrier
 * owner = the service's name) and the commands of the project's scripts those commands run (the
 * project model links them; a script is parsed on demand). Shared by the PF rules that judge a
 * service by its start command (migrations at start, slow boots).
 */
import { commandsOf } from '../docker/start.js';
import type { ProjectModel } from '../project.js';
import type { Command, Document } from '../types.js';

export function serviceStartCommands(model: ProjectModel, doc: Document, service: string): Command[] {
  const file = model.byPath.get(doc.source.path);
  const own = (file?.facts?.commands ?? []).filter((c) => c.role === 'start' && c.carrier.owner === service);
  const out = [...own];
  for (const [rel, vias] of model.startedBy) {
    if (!vias.some((v) => v.path === doc.source.path && own.some((c) => v.span.start >= c.span.start && v.span.end <= c.span.end))) continue;
    const script = model.byPath.get(rel);
    if (script) out.push(...commandsOf(model, script).filter((c) => c.role === 'start'));
  }
  return out;
}
