/**
 * Procfile process lines run through `sh -c` (Heroku, foreman, honcho): each is a shell script.
 * Every process type is a start command, except `release`, which runs once per deploy (a hook).
 */
import type { ProcfileTree } from '../parse/procfile.js';
import type { Document } from '../types.js';
import { addShellScript, type CommandSink } from './build.js';

export function procfileCarriers(doc: Document<ProcfileTree>, sink: CommandSink): void {
  for (const p of doc.tree.processes) {
    addShellScript(sink, p.command, p.name === 'release' ? 'hook' : 'start', {
      kind: 'procfile',
      label: p.name,
      source: doc.source,
      span: p.span,
      shellForm: true,
      owner: p.name,
    });
  }
}
