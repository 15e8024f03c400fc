/**
 * The deployment model of Kubernetes workloads (src/deploy/model.ts): one `DeployService` per
 * app container (init containers run to completion and are not services). Field semantics from
 * the Kubernetes API reference: `replicas` defaults to 1 (a DaemonSet runs one per node, so it is
 * "autoscaled"), `restartPolicy` defaults to `Always` (Deployments allow nothing else, Jobs need
 * `OnFailure`/`Never`), probe defaults are `initialDelaySeconds: 0`, `periodSeconds: 10`,
 * `timeoutSeconds: 1`, `failureThreshold: 3` (see `PROBE_DEFAULTS`). Absent fields stay absent.
 */
import type { Document as YamlDocument } from 'yaml';
import { isMap, isScalar, isSeq } from '../parse/yaml-guards.js';
import type { DeployHealthCheck, DeployService, Spanned } from '../deploy/model.js';
import type { K8sContainer, K8sWorkload, KubernetesTree } from '../parse/kubernetes.js';
import { numberAt } from '../parse/kubernetes.js';
import { getPath, nodeSpan, resolve, scalarString } from '../parse/yaml-nodes.js';
import type { Span } from '../source.js';

export const PROBE_DEFAULTS = { initialDelaySeconds: 0, periodSeconds: 10, timeoutSeconds: 1, failureThreshold: 3 } as const;

const PROBES = [
  ['livenessProbe', 'liveness'],
  ['readinessProbe', 'readiness'],
  ['startupProbe', 'startup'],
] as const;

/** The name a container's facts and model carry: the workload's, or `workload/container` when it has several. */
export function serviceName(w: K8sWorkload, c: K8sContainer): string {
  const apps = w.containers.filter((x) => !x.init);
  const wname = w.name || (apps.length === 1 && c.name) || w.kind;
  if (c.init || apps.length > 1) return `${wname}/${c.name || '?'}`;
  return wname;
}

export function k8sDeployServices(tree: KubernetesTree): DeployService[] {
  const out: DeployService[] = [];
  for (const w of tree.workloads) {
    const { yaml } = w;
    const replicas = w.kind === 'Deployment' || w.kind === 'StatefulSet' || w.kind === 'ReplicaSet' ? numberAt(yaml, w.root, 'spec.replicas') : undefined;
    const hpa = tree.autoscaled.get(w.name);
    const autoscaled: Spanned<boolean> | undefined = w.kind === 'DaemonSet' ? { value: true, span: w.kindSpan } : hpa ? { value: true, span: hpa } : undefined;
    const restart = restartOf(yaml, w.podSpec);
    const grace = numberAt(yaml, w.podSpec, 'terminationGracePeriodSeconds');
    for (const c of w.containers) {
      if (c.init) continue;
      const image = spannedString(getPath(yaml, c.node, 'image'));
      const memory = spannedString(getPath(yaml, c.node, 'resources.limits.memory'));
      const port = firstPort(yaml, c.node);
      out.push({
        kind: 'kubernetes',
        name: serviceName(w, c),
        span: c.nameSpan,
        ...(replicas ? { replicas } : {}),
        ...(autoscaled ? { autoscaled } : {}),
        ...(restart ? { restart: { policy: restart } } : {}),
        healthChecks: probesOf(yaml, c.node),
        ...(port ? { port } : {}),
        injectsPort: false,
        ...(grace ? { stopGraceSeconds: grace } : {}),
        ...(memory ? { memoryLimit: memory } : {}),
        ...(image ? { image } : {}),
        oneShot: w.kind === 'Job' || w.kind === 'CronJob',
      });
    }
  }
  return out;
}

function spannedString(node: unknown): Spanned<string> | undefined {
  const v = scalarString(node)?.trim();
  const span = nodeSpan(node as never);
  return v && span ? { value: v, span } : undefined;
}

function restartOf(yaml: YamlDocument, podSpec: unknown): Spanned<'always' | 'on-failure' | 'never'> | undefined {
  const node = getPath(yaml, podSpec, 'restartPolicy');
  const v = scalarString(node)?.trim();
  const span = nodeSpan(node as never);
  const policy = v === 'Always' ? 'always' : v === 'OnFailure' ? 'on-failure' : v === 'Never' ? 'never' : undefined;
  return policy && span ? { value: policy, span } : undefined;
}

function firstPort(yaml: YamlDocument, container: unknown): Spanned<number> | undefined {
  const ports = resolve(yaml, getPath(yaml, container, 'ports'));
  if (!isSeq(ports)) return undefined;
  for (const p of ports.items) {
    const n = numberAt(yaml, p, 'containerPort');
    if (n) return n;
  }
  return undefined;
}

export function probesOf(yaml: YamlDocument, container: unknown): DeployHealthCheck[] {
  const out: DeployHealthCheck[] = [];
  for (const [key, purpose] of PROBES) {
    const probe = resolve(yaml, getPath(yaml, container, key));
    const span = nodeSpan(probe as never);
    if (!isMap(probe) || !span) continue;
    const type = getPath(yaml, probe, 'httpGet') !== undefined ? 'http' : getPath(yaml, probe, 'exec') !== undefined ? 'exec' : getPath(yaml, probe, 'grpc') !== undefined ? 'grpc' : 'tcp';
    const check: DeployHealthCheck = { type, purpose, span };
    const path = spannedString(getPath(yaml, probe, 'httpGet.path'));
    if (path) check.path = path;
    const portNode = getPath(yaml, probe, type === 'http' ? 'httpGet.port' : type === 'grpc' ? 'grpc.port' : 'tcpSocket.port');
    if (isScalar(portNode) && portNode.value !== null && nodeSpan(portNode as never)) {
      check.port = { value: typeof portNode.value === 'number' ? portNode.value : String(portNode.value), span: nodeSpan(portNode as never)! };
    }
    for (const k of ['initialDelaySeconds', 'periodSeconds', 'timeoutSeconds', 'failureThreshold'] as const) {
      const n = numberAt(yaml, probe, k);
      if (n) check[k] = n;
    }
    out.push(check);
  }
  return out;
}

/** The probe's key span (`livenessProbe:`), for anchoring. */
export function probeKeySpan(yaml: YamlDocument, container: unknown, key: string): Span | undefined {
  const m = resolve(yaml, container);
  if (!isMap(m)) return undefined;
  const pair = m.items.find((p) => isScalar(p.key) && p.key.value === key);
  return nodeSpan(pair?.key as never);
}
