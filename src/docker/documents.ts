/**
 * The parsed production documents of one kind, for project rules. Rules that read other files
 * (a compose rule that looks into the Dockerfile a service builds, a Dockerfile rule that reads
 * `.dockerignore`) are project rules: per-file results are cached by the file's own content, so a
 * per-file hook would keep a stale answer when only the other file changed.
 */
import type { ProjectModel } from '../project.js';
import type { Document, Kind } from '../types.js';

export function productionDocuments<T>(model: ProjectModel, kind: Kind): Document<T>[] {
  const out: Document<T>[] = [];
  for (const f of model.files) {
    if (f.kind === kind && f.doc && f.environment === 'production') out.push(f.doc as Document<T>);
  }
  return out;
}
