/**
 * Commands and environment of the platform config kinds (Railway, Fly.io, Render, Heroku), as
 * their readers in `src/deploy/` found them: a string run by a shell is parsed as a script, a
 * string the platform splits into words (no shell) is split like a compose `command:` string, a
 * list is the argv. Every span maps into the file, so command rules report at the exact word.
 */
import type { PlatformDocument } from '../parse/platform.js';
import type { ShellWord } from '../shell/script.js';
import { splitWords, wordFromEmbedded } from '../shell/words.js';
import type { Carrier } from '../types.js';
import { addExecForm, addShellScript, type CommandSink } from './build.js';

export function platformCarriers(doc: PlatformDocument, sink: CommandSink): void {
  for (const c of doc.tree.commands) {
    const carrier: Carrier = { kind: doc.kind, label: c.label, source: doc.source, span: c.span, shellForm: c.form === 'shell' && c.node.type === 'string', owner: c.owner };
    if (c.node.type === 'string') {
      if (c.form === 'shell') addShellScript(sink, c.node.text, c.role, carrier);
      else addExecForm(sink, splitWords(c.node.text), c.role, carrier, c.node.span);
    } else if (c.node.type === 'list') {
      const words: ShellWord[] = [];
      for (const item of c.node.items) {
        if (item.type !== 'string') return;
        words.push(wordFromEmbedded(item.text, item.span, doc.source.text.slice(item.span.start, item.span.end)));
      }
      addExecForm(sink, words, c.role, carrier, c.node.span);
    }
  }
  for (const e of doc.tree.env) {
    const carrier: Carrier = { kind: doc.kind, label: e.label, source: doc.source, span: e.span, shellForm: false, owner: e.owner };
    sink.env.push({ name: e.name, value: e.value, nameSpan: e.nameSpan, valueSpan: e.valueSpan, span: e.span, carrier });
  }
}
