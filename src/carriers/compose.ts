/**
 * Commands and environment of compose services.
 * `command`/`entrypoint` -> start; a string is split into words, NOT run by a shell (compose-spec
 * services.command); a list is the argv. `healthcheck.test`: a string or `["CMD-SHELL", s]` runs in
 * a shell, `["CMD", ...]` is exec form, `["NONE"]` disables. `environment` as map or list.
 */
import type { Document as YamlDocument } from 'yaml';
import { isScalar, isSeq } from '../parse/yaml-guards.js';
import type { ComposeDocument, ComposeService } from '../parse/compose.js';
import { getPair, mapEntries, nodeSpan, resolve, scalarString, scalarText } from '../parse/yaml-nodes.js';
import type { ShellWord } from '../shell/script.js';
import { splitWords, wordFromEmbedded } from '../shell/words.js';
import type { SourceFile, Span } from '../source.js';
import { EmbeddedText } from '../embedded.js';
import type { Carrier } from '../types.js';
import { addExecForm, addShellScript, type CommandSink } from './build.js';

/** Compose interpolates `${VAR}`/`$VAR` from the environment; `$$` is a literal `$`. */
const INTERPOLATION = /(^|[^$])\$(\{|[A-Za-z_])/;

/**
 * The text compose hands on after interpolation, as far as it is known here: each `$$` becomes
 * `$` (https://docs.docker.com/reference/compose-file/interpolation/), positions kept. Without this
 * `sh -c '[ $$(redis-cli ping) = PONG ]'` reads as `$$` followed by `(`, a syntax error.
 */
function unescapeDollars(t: EmbeddedText): EmbeddedText {
  if (!t.text.includes('$$')) return t;
  let text = '';
  const offsets: number[] = [];
  for (let i = 0; i < t.text.length; i++) {
    offsets.push(t.toFile(i));
    text += t.text[i];
    if (t.text[i] === '$' && t.text[i + 1] === '$') i++;
  }
  offsets.push(t.toFile(t.text.length));
  return EmbeddedText.fromOffsets(text, offsets);
}

export function composeCarriers(doc: ComposeDocument, sink: CommandSink): void {
  const { yaml } = doc.tree;
  for (const service of doc.tree.services) {
    for (const key of ['command', 'entrypoint'] as const) {
      const pair = getPair(yaml, service.node, key);
      if (!pair) continue;
      const carrier = carrierOf(doc.source, service, key, pair.value, false);
      const words = argvOf(doc.source, yaml, pair.value);
      if (words) addExecForm(sink, words, 'start', carrier, carrier.span);
    }
    const test = getPair(yaml, resolve(yaml, getPair(yaml, service.node, 'healthcheck')?.value), 'test');
    if (test) addHealthcheck(doc.source, yaml, service, test.value, sink);
    const environment = getPair(yaml, service.node, 'environment');
    if (environment) addEnvironment(doc.source, yaml, service, environment.value, sink);
  }
}

function carrierOf(source: SourceFile, service: ComposeService, label: string, value: unknown, shellForm: boolean): Carrier {
  const span = nodeSpan(resolve({} as YamlDocument, value) as never) ?? service.keySpan;
  return { kind: 'compose', label, source, span, shellForm, owner: service.name };
}

/** Words of a compose command: split a string, or take a list item by item. */
function argvOf(source: SourceFile, yaml: YamlDocument, node: unknown): ShellWord[] | undefined {
  const n = resolve(yaml, node);
  if (isScalar(n)) {
    const text = scalarText(source, n);
    if (!text || n.value === null) return undefined;
    return splitWords(unescapeDollars(text));
  }
  if (isSeq(n)) {
    const words: ShellWord[] = [];
    for (const item of n.items) {
      const it = resolve(yaml, item);
      const text = scalarText(source, it);
      const span = nodeSpan(it as never);
      if (!text || !span) return undefined;
      words.push(wordFromEmbedded(unescapeDollars(text), span, source.text.slice(span.start, span.end), INTERPOLATION.test(text.text)));
    }
    return words;
  }
  return undefined;
}

function addHealthcheck(source: SourceFile, yaml: YamlDocument, service: ComposeService, node: unknown, sink: CommandSink): void {
  const n = resolve(yaml, node);
  const carrier = carrierOf(source, service, 'healthcheck.test', n, true);
  if (isScalar(n)) {
    const text = scalarText(source, n);
    if (text) addShellScript(sink, unescapeDollars(text), 'healthcheck', carrier);
    return;
  }
  if (!isSeq(n) || n.items.length === 0) return;
  const mode = scalarString(resolve(yaml, n.items[0]));
  if (mode === 'CMD-SHELL') {
    const script = scalarText(source, resolve(yaml, n.items[1]));
    if (script) addShellScript(sink, unescapeDollars(script), 'healthcheck', carrier);
  } else if (mode === 'CMD') {
    const words = argvOf(source, yaml, n)?.slice(1);
    if (words?.length) addExecForm(sink, words, 'healthcheck', { ...carrier, shellForm: false }, carrier.span);
  }
}

function addEnvironment(source: SourceFile, yaml: YamlDocument, service: ComposeService, node: unknown, sink: CommandSink): void {
  const n = resolve(yaml, node);
  const carrier = carrierOf(source, service, 'environment', n, false);
  if (isSeq(n)) {
    for (const item of n.items) {
      const it = resolve(yaml, item);
      const text = scalarText(source, it);
      if (!text) continue;
      const eq = text.text.indexOf('=');
      const name = eq === -1 ? text.text : text.text.slice(0, eq);
      const value = eq === -1 ? null : text.text.slice(eq + 1);
      const nameSpan = text.spanToFile({ start: 0, end: name.length });
      const valueSpan: Span = eq === -1 ? { start: nameSpan.end, end: nameSpan.end } : text.spanToFile({ start: eq + 1, end: text.length });
      sink.env.push({
        name: name.trim(),
        value: value === null || INTERPOLATION.test(value) ? null : value,
        nameSpan,
        valueSpan,
        span: nodeSpan(it as never) ?? nameSpan,
        carrier,
      });
    }
    return;
  }
  for (const pair of mapEntries(yaml, n)) {
    if (!isScalar(pair.key)) continue;
    const keySpan = nodeSpan(pair.key as never);
    if (!keySpan) continue;
    const v = resolve(yaml, pair.value);
    const value = v === null || v === undefined ? null : scalarString(v) ?? null;
    const valueSpan = nodeSpan(v as never) ?? { start: keySpan.end, end: keySpan.end };
    sink.env.push({
      name: String(pair.key.value),
      value: value === null || INTERPOLATION.test(value) ? null : value,
      nameSpan: keySpan,
      valueSpan,
      span: { start: keySpan.start, end: valueSpan.end },
      carrier,
    });
  }
}
