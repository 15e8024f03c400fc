/**
 * The workload kind (Pod, Deployment, Job...) that declares a deployment-model service of a
 * Kubernetes document, by the name `serviceName` gave it. Rules that read the shared model
 * (src/deploy/model.ts) ask this when the controller matters: a restart policy of `Never` is only
 * accepted on a bare Pod (controllers of long-running pods allow nothing but `Always`).
 */
import type { Document } from '../types.js';
import type { KubernetesTree, WorkloadKind } from '../parse/kubernetes.js';
import { serviceName } from './deploy.js';

export function workloadKindOf(doc: Document, service: string): WorkloadKind | undefined {
  if (doc.kind !== 'kubernetes') return undefined;
  const tree = doc.tree as KubernetesTree;
  for (const w of tree.workloads) if (w.containers.some((c) => !c.init && serviceName(w, c) === service)) return w.kind;
  return undefined;
}
