/**
 * Commands and environment of systemd units. systemd runs no shell: an `Exec*=` line is split
 * into words with systemd's own quoting (systemd.service(5) "Command lines"), after its prefixes
 * (`-`, `@`, `:`, `+`, `!`, `!!`). `ExecStart=` is the start role; `ExecStartPre/Post=`,
 * `ExecReload=`, `ExecStop=`, `ExecStopPost=`, `ExecCondition=` are hooks. `Environment=` holds
 * space-separated, optionally quoted `NAME=value` assignments.
 */
import type { Directive, UnitTree } from '../parse/systemd.js';
import { splitWords } from '../shell/words.js';
import type { Carrier, Document, Role } from '../types.js';
import { addExecForm, type CommandSink } from './build.js';

const EXEC_ROLES: Record<string, Role> = {
  ExecStart: 'start',
  ExecStartPre: 'hook',
  ExecStartPost: 'hook',
  ExecCondition: 'hook',
  ExecReload: 'hook',
  ExecStop: 'hook',
  ExecStopPost: 'hook',
};

export function systemdCarriers(doc: Document<UnitTree>, sink: CommandSink): void {
  for (const section of doc.tree.sections) {
    for (const d of section.directives) {
      const role = EXEC_ROLES[d.key];
      if (role && section.name !== 'Install' && section.name !== 'Unit') addExec(doc, d, role, section.name, sink);
      else if (d.key === 'Environment') addEnvironment(doc, d, section.name, sink);
    }
  }
}

function carrierOf(doc: Document<UnitTree>, d: Directive, owner: string): Carrier {
  return { kind: 'systemd', label: d.key, source: doc.source, span: d.span, shellForm: false, owner };
}

function addExec(doc: Document<UnitTree>, d: Directive, role: Role, owner: string, sink: CommandSink): void {
  const text = d.value.text;
  let i = 0;
  let argv0Override = false;
  while (i < text.length && '-@:+!'.includes(text[i]!)) {
    if (text[i] === '@') argv0Override = true;
    i++;
  }
  const words = splitWords(d.value.slice(i, text.length));
  // With `@`, the second word is argv[0] for the program named by the first; drop it.
  if (argv0Override && words.length > 1) words.splice(1, 1);
  addExecForm(sink, words, role, carrierOf(doc, d, owner), d.span);
}

function addEnvironment(doc: Document<UnitTree>, d: Directive, owner: string, sink: CommandSink): void {
  const carrier = carrierOf(doc, d, owner);
  for (const { word } of splitWords(d.value, { dollarIsLiteral: true })) {
    const v = word.value ?? '';
    const eq = v.indexOf('=');
    if (eq <= 0) continue;
    const quoted = word.text.startsWith('"') || word.text.startsWith("'") ? 1 : 0;
    const nameSpan = { start: word.span.start + quoted, end: word.span.start + quoted + eq };
    sink.env.push({
      name: v.slice(0, eq),
      value: v.slice(eq + 1),
      nameSpan,
      valueSpan: { start: nameSpan.end + 1, end: word.span.end - quoted },
      span: word.span,
      carrier,
    });
  }
}
