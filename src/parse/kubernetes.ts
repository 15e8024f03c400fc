/**
 * Kubernetes manifests through `yaml` (ranges kept): every document of a multi-document file,
 * workloads (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob) with their pod
 * template and containers. Helm chart templates (files under `templates/` that hold `{{`) are read
 * after their template actions are blanked (src/k8s/helm.ts). The deployment model of each
 * container is computed here once (src/k8s/deploy.ts), for rules that judge any platform alike.
 */
import { parseAllDocuments, type Document as YamlDocument } from 'yaml';
import { isMap, isScalar, isSeq } from './yaml-guards.js';
import { SourceFile, type Span } from '../source.js';
import type { Comment, Document, Environment, LineRange, ParseProblem } from '../types.js';
import type { DeployService } from '../deploy/model.js';
import { blankTemplateActions, isHelmTemplatePath } from '../k8s/helm.js';
import { k8sDeployServices } from '../k8s/deploy.js';
import { getPath, nodeSpan, resolve, scalarString, yamlLogicalLines } from './yaml-nodes.js';
import { yamlComments } from './yaml-comments.js';
import { tooDeepYamlOffset } from './yaml-depth.js';

export const WORKLOAD_KINDS = ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob'] as const;
export type WorkloadKind = (typeof WORKLOAD_KINDS)[number];

export interface K8sContainer {
  name: string;
  /** The `name:` value, or the list item when unnamed: the anchor for "missing" findings. */
  nameSpan: Span;
  /** The container's mapping node. */
  node: unknown;
  span: Span;
  /** An `initContainers` entry (runs to completion before the app starts). */
  init: boolean;
}

export interface K8sWorkload {
  yaml: YamlDocument;
  kind: WorkloadKind;
  kindSpan: Span;
  /** `metadata.name` (empty when templated or missing). */
  name: string;
  nameSpan?: Span;
  /** The document's root mapping. */
  root: unknown;
  /** The pod spec (`spec`, `spec.template.spec`, `spec.jobTemplate.spec.template.spec`). */
  podSpec: unknown;
  containers: K8sContainer[];
  span: Span;
}

export interface KubernetesTree {
  docs: YamlDocument[];
  workloads: K8sWorkload[];
  deploy: DeployService[];
  /** The text the YAML was parsed from: the file itself, or a Helm template with its actions blanked. */
  view: SourceFile;
  helm?: { actions: Span[]; emitting: Span[]; blocks: Span[] };
  /** `LimitRange` documents that give containers a default memory limit (the `default.memory` value). */
  memoryDefaults: Span[];
  /** Names of workloads a HorizontalPodAutoscaler in this file scales, with the HPA's span. */
  autoscaled: Map<string, Span>;
}

export type KubernetesDocument = Document<KubernetesTree>;

const MAX_YAML_DEPTH = 200;
const MAX_DOCUMENTS = 2000;

function problemSpan(start: number, end: number, length: number): Span {
  const s = Math.max(0, Math.min(start, length));
  const e = Math.min(length, Math.max(end, s + 1));
  return { start: Math.min(s, e), end: e };
}

export function parseKubernetes(source: SourceFile, environment: Environment): KubernetesDocument {
  const helmFile = isHelmTemplatePath(source.path) && source.text.includes('{{');
  const blanked = helmFile ? blankTemplateActions(source.text) : undefined;
  const view = blanked ? new SourceFile(source.path, source.absPath, blanked.text) : source;
  const tree: KubernetesTree = { docs: [], workloads: [], deploy: [], view, autoscaled: new Map(), memoryDefaults: [], ...(blanked ? { helm: { actions: blanked.actions, emitting: blanked.emitting, blocks: blanked.blocks } } : {}) };
  const base = { kind: 'kubernetes' as const, source, environment, tree };
  const tooDeep = tooDeepYamlOffset(view.text, MAX_YAML_DEPTH);
  if (tooDeep !== undefined) {
    return { ...base, comments: [], logicalLines: [], parseErrors: [{ span: problemSpan(tooDeep, tooDeep + 1, view.text.length), message: `YAML nested more than ${MAX_YAML_DEPTH} levels deep; not analysed` }] };
  }
  const parsed = parseAllDocuments(view.text, { uniqueKeys: false, merge: true, prettyErrors: false, strict: false });
  const docs = (Array.isArray(parsed) ? parsed : []).slice(0, MAX_DOCUMENTS);
  const parseErrors: ParseProblem[] = [];
  const logicalLines: LineRange[] = [];
  for (const yaml of docs) {
    for (const e of yaml.errors.slice(0, 2)) {
      const what = blanked ? 'Helm template (after blanking its {{ }} actions)' : 'YAML';
      parseErrors.push({ span: problemSpan(e.pos[0], e.pos[1], view.text.length), message: `${what}: ${e.message.split('\n')[0]}`, ...(blanked ? { expected: true } : {}) });
    }
    tree.docs.push(yaml);
    logicalLines.push(...yamlLogicalLines(view, yaml));
    const w = workloadOf(yaml, (span) => blanked !== undefined && blanked.actions.some((a) => a.start < span.end && a.end > span.start));
    if (w) tree.workloads.push(w);
    const hpa = autoscalerTarget(yaml);
    if (hpa) tree.autoscaled.set(hpa.name, hpa.span);
    tree.memoryDefaults.push(...limitRangeMemory(yaml));
  }
  tree.deploy = k8sDeployServices(tree);
  const comments: Comment[] = yamlComments(view);
  return { ...base, comments, logicalLines: logicalLines.sort((a, b) => a.first - b.first), parseErrors: parseErrors.slice(0, 5) };
}

/** A name written by a template action is unknown (empty), not its placeholder. */
function literalName(node: unknown, templated: (span: Span) => boolean): string {
  const span = nodeSpan(node as never);
  if (span && templated(span)) return '';
  return (scalarString(node) ?? '').trim();
}

function workloadOf(yaml: YamlDocument, templated: (span: Span) => boolean): K8sWorkload | undefined {
  const root = resolve(yaml, yaml.contents);
  if (!isMap(root)) return undefined;
  const kindNode = getPath(yaml, root, 'kind');
  const kind = scalarString(kindNode) as WorkloadKind | undefined;
  if (!kind || !(WORKLOAD_KINDS as readonly string[]).includes(kind) || getPath(yaml, root, 'apiVersion') === undefined) return undefined;
  const kindSpan = nodeSpan(kindNode as never)!;
  const nameNode = getPath(yaml, root, 'metadata.name');
  const name = literalName(nameNode, templated);
  const podPath = kind === 'Pod' ? 'spec' : kind === 'CronJob' ? 'spec.jobTemplate.spec.template.spec' : 'spec.template.spec';
  const podSpec = getPath(yaml, root, podPath);
  const containers: K8sContainer[] = [];
  for (const [key, init] of [['initContainers', true], ['containers', false]] as const) {
    const list = resolve(yaml, getPath(yaml, podSpec, key));
    if (!isSeq(list)) continue;
    for (const item of list.items) {
      const node = resolve(yaml, item);
      const span = nodeSpan(node as never);
      if (!isMap(node) || !span) continue;
      const n = getPath(yaml, node, 'name');
      const cname = literalName(n, templated);
      containers.push({ name: cname, nameSpan: (cname && nodeSpan(n as never)) || span, node, span, init });
    }
  }
  const nameSpan = nodeSpan(nameNode as never);
  return { yaml, kind, kindSpan, name, ...(nameSpan ? { nameSpan } : {}), root, podSpec, containers, span: nodeSpan(root as never) ?? kindSpan };
}

function autoscalerTarget(yaml: YamlDocument): { name: string; span: Span } | undefined {
  const root = resolve(yaml, yaml.contents);
  if (!isMap(root) || scalarString(getPath(yaml, root, 'kind')) !== 'HorizontalPodAutoscaler') return undefined;
  const name = scalarString(getPath(yaml, root, 'spec.scaleTargetRef.name'))?.trim();
  const span = nodeSpan(getPath(yaml, root, 'kind') as never);
  return name && span ? { name, span } : undefined;
}

function limitRangeMemory(yaml: YamlDocument): Span[] {
  const root = resolve(yaml, yaml.contents);
  if (!isMap(root) || scalarString(getPath(yaml, root, 'kind')) !== 'LimitRange') return [];
  const limits = resolve(yaml, getPath(yaml, root, 'spec.limits'));
  if (!isSeq(limits)) return [];
  const out: Span[] = [];
  for (const l of limits.items) {
    const span = nodeSpan(getPath(yaml, l, 'default.memory') as never);
    if (span) out.push(span);
  }
  return out;
}

/** A number written in a workload (`replicas: 3`), with its span; undefined when absent or not a number (templated). */
export function numberAt(yaml: YamlDocument, map: unknown, path: string): { value: number; span: Span } | undefined {
  const node = getPath(yaml, map, path);
  if (!isScalar(node)) return undefined;
  const v = typeof node.value === 'number' ? node.value : typeof node.value === 'string' && /^\d+$/.test(node.value.trim()) ? Number(node.value) : undefined;
  const span = nodeSpan(node as never);
  return v === undefined || !span ? undefined : { value: v, span };
}
