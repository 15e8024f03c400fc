/**
 * Commands and environment of cron files: each entry's command is a shell script of role `job`
 * (cron runs it with `/bin/sh`); `NAME=value` lines are assignments for every entry below them;
 * a run-parts script is one script of role `job`.
 */
import type { CronDocument } from '../parse/cron.js';
import type { Carrier } from '../types.js';
import { addParsedScript, addShellScript, type CommandSink } from './build.js';

export function cronCarriers(doc: CronDocument, sink: CommandSink): void {
  const { tree, source } = doc;
  if (tree.script) {
    const carrier: Carrier = { kind: 'cron', label: 'cron script', source, span: { start: 0, end: source.text.length }, shellForm: true };
    addParsedScript(sink, tree.script, 'job', carrier);
    return;
  }
  for (const e of tree.env) {
    const carrier: Carrier = { kind: 'cron', label: 'environment', source, span: e.span, shellForm: false };
    sink.env.push({ name: e.name, value: e.value, nameSpan: e.nameSpan, valueSpan: e.valueSpan, span: e.span, carrier });
  }
  for (const entry of tree.entries) {
    const carrier: Carrier = { kind: 'cron', label: 'cron entry', source, span: entry.span, shellForm: true, owner: entry.schedule };
    addShellScript(sink, entry.command, 'job', carrier);
  }
}
