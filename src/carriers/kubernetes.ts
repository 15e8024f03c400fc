/**
 * Commands and environment of Kubernetes containers. `command` (the image's ENTRYPOINT replaced)
 * followed by `args` (its CMD replaced) is one exec-form argv, no shell; `args` alone append to
 * the image's ENTRYPOINT, which this file cannot see, so they are judged as the argv they are.
 * App containers' commands have role `start` (`job` in a Job or CronJob), init containers' and
 * lifecycle hooks' role `hook`,
 * probes' `exec.command` role `healthcheck`. `env` entries are assignments (`valueFrom` has no
 * static value). Kubelet expands `$(NAME)` for variables the container declares: such a word has
 * no static value. In a Helm template, a word holding a blanked `{{ }}` action has none either.
 */
import type { Document as YamlDocument } from 'yaml';
import { isScalar, isSeq } from '../parse/yaml-guards.js';
import { serviceName } from '../k8s/deploy.js';
import { anchoredWords, type EntrypointLookup } from '../k8s/entrypoint.js';
import { templatedIn } from '../k8s/helm.js';
import type { K8sContainer, K8sWorkload, KubernetesDocument } from '../parse/kubernetes.js';
import { getPath, nodeSpan, resolve, scalarString, scalarText } from '../parse/yaml-nodes.js';
import type { ShellWord } from '../shell/script.js';
import { splitWords, wordFromEmbedded } from '../shell/words.js';
import type { SourceFile, Span } from '../source.js';
import type { Carrier, Role } from '../types.js';
import { addExecForm, type CommandSink } from './build.js';

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
const HOOKS = ['postStart', 'preStop'] as const;

interface Ctx {
  doc: KubernetesDocument;
  yaml: YamlDocument;
  view: SourceFile;
  /** Variables the container declares (kubelet expands `$(NAME)` for these only). */
  declared: Set<string>;
  owner: string;
}

/** `entrypoint`: the ENTRYPOINT of an image built in the repository (src/k8s/entrypoint.ts), for args-only containers. */
export function kubernetesCarriers(doc: KubernetesDocument, sink: CommandSink, entrypoint?: EntrypointLookup): void {
  for (const w of doc.tree.workloads) {
    for (const c of w.containers) containerCarriers(doc, w, c, sink, entrypoint);
  }
}

function containerCarriers(doc: KubernetesDocument, w: K8sWorkload, c: K8sContainer, sink: CommandSink, entrypoint?: EntrypointLookup): void {
  const { yaml } = w;
  const ctx: Ctx = { doc, yaml, view: doc.tree.view, declared: envNames(yaml, c.node), owner: serviceName(w, c) };
  const command = getPath(yaml, c.node, 'command');
  const args = getPath(yaml, c.node, 'args');
  if (command !== undefined || args !== undefined) {
    const spans = [nodeSpan(command as never), nodeSpan(args as never)].filter((s): s is Span => s !== undefined);
    const image = command === undefined && entrypoint ? scalarString(getPath(yaml, c.node, 'image'))?.trim() : undefined;
    const entry = image ? entrypoint!(image) : undefined;
    const head = entry && spans[0] ? anchoredWords(entry, spans[0].start) : [];
    const words = [...head, ...(argvOf(ctx, command) ?? []), ...(argvOf(ctx, args) ?? [])];
    if (words.length && spans.length) {
      const span = { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
      const carrier = carrierOf(ctx, command !== undefined ? 'command' : 'args', span);
      addExecForm(sink, words, c.init ? 'hook' : w.kind === 'Job' || w.kind === 'CronJob' ? 'job' : 'start', carrier, span);
    }
  }
  for (const hook of HOOKS) addExecCommand(ctx, getPath(yaml, c.node, `lifecycle.${hook}.exec.command`), 'hook', `lifecycle.${hook}`, sink);
  for (const probe of PROBES) addExecCommand(ctx, getPath(yaml, c.node, `${probe}.exec.command`), 'healthcheck', probe, sink);
  addEnv(ctx, getPath(yaml, c.node, 'env'), c.init ? 'hook' : undefined, sink);
}

function addExecCommand(ctx: Ctx, node: unknown, role: Role, label: string, sink: CommandSink): void {
  const span = nodeSpan(resolve(ctx.yaml, node) as never);
  const words = argvOf(ctx, node);
  if (!span || !words?.length) return;
  addExecForm(sink, words, role, carrierOf(ctx, label, span), span);
}

function carrierOf(ctx: Ctx, label: string, span: Span): Carrier {
  return { kind: 'kubernetes', label, source: ctx.doc.source, span, shellForm: false, owner: ctx.owner };
}

function envNames(yaml: YamlDocument, container: unknown): Set<string> {
  const out = new Set<string>();
  const list = resolve(yaml, getPath(yaml, container, 'env'));
  if (isSeq(list)) for (const item of list.items) {
    const n = scalarString(getPath(yaml, item, 'name'));
    if (n) out.add(n.trim());
  }
  return out;
}

/** `$(NAME)` of a declared variable: kubelet substitutes it, so the word has no static value. */
function expands(ctx: Ctx, text: string): boolean {
  for (const m of text.matchAll(/(^|[^$])\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g)) if (ctx.declared.has(m[2]!)) return true;
  return false;
}

function templated(ctx: Ctx, span: Span): boolean {
  return ctx.doc.tree.helm !== undefined && templatedIn(ctx.doc.tree.helm.actions, span);
}

/** Words of a command list (one word per item) or, not valid Kubernetes but written, a string split into words. */
function argvOf(ctx: Ctx, node: unknown): ShellWord[] | undefined {
  const n = resolve(ctx.yaml, node);
  if (isScalar(n)) {
    const text = scalarText(ctx.view, n);
    if (!text || n.value === null || templated(ctx, nodeSpan(n as never)!)) return undefined;
    return splitWords(text, { dollarIsLiteral: true });
  }
  if (!isSeq(n)) return undefined;
  const words: ShellWord[] = [];
  for (const item of n.items) {
    const it = resolve(ctx.yaml, item);
    const text = scalarText(ctx.view, it);
    const span = nodeSpan(it as never);
    if (!text || !span) return undefined;
    // A shell script after `-c` keeps its text when an action sits inside it (the rest is still
    // worth reading); any other word with an action in it is unknown.
    const prev = words[words.length - 1]?.word.value;
    const script = !!prev && /^-[a-zA-Z]*c[a-zA-Z]*$/.test(prev);
    const dynamic = expands(ctx, text.text) || (!script && templated(ctx, span));
    words.push(wordFromEmbedded(text, span, ctx.view.text.slice(span.start, span.end), dynamic));
  }
  return words;
}

function addEnv(ctx: Ctx, node: unknown, role: Role | undefined, sink: CommandSink): void {
  const list = resolve(ctx.yaml, node);
  if (!isSeq(list)) return;
  const span = nodeSpan(list as never);
  if (!span) return;
  const carrier = carrierOf(ctx, 'env', span);
  for (const item of list.items) {
    const nameNode = getPath(ctx.yaml, item, 'name');
    const nameSpan = nodeSpan(nameNode as never);
    const name = scalarString(nameNode)?.trim();
    const itemSpan = nodeSpan(resolve(ctx.yaml, item) as never);
    if (!name || !nameSpan || !itemSpan || templated(ctx, nameSpan)) continue;
    const valueNode = getPath(ctx.yaml, item, 'value');
    const valueSpan = nodeSpan(valueNode as never) ?? { start: nameSpan.end, end: nameSpan.end };
    const raw = valueNode === undefined ? null : scalarString(valueNode) ?? null;
    const value = raw === null || expands(ctx, raw) || templated(ctx, valueSpan) ? null : raw;
    sink.env.push({ name, value, nameSpan, valueSpan, span: itemSpan, carrier, ...(role ? { role } : {}) });
  }
}
