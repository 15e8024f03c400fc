/**
 * Whether a Kubernetes container shares its network namespace with something that can reach its
 * loopback. Every container of a pod shares one namespace (one `localhost`), so a server bound to
 * 127.0.0.1 is reachable by a sidecar of the same pod — an nginx, oauth2-proxy or cloud proxy in
 * front of it is a common, correct pattern. `hostNetwork: true` puts the pod in the node's
 * namespace, where a proxy on the node reaches it. SH010 and SH012 (through `containerOf`) treat
 * both like a compose service that shares a network namespace.
 *
 * Sidecars: other app containers, and init containers with `restartPolicy: Always` (native
 * sidecars, Kubernetes 1.28+), which keep running beside the app. Plain init containers have
 * exited before the app starts.
 */
import { isScalar } from '../parse/yaml-guards.js';
import type { KubernetesDocument } from '../parse/kubernetes.js';
import { getPath, resolve, scalarString } from '../parse/yaml-nodes.js';
import { serviceName } from './deploy.js';

export function podSharesNetwork(doc: KubernetesDocument, owner: string | undefined): boolean {
  if (owner === undefined) return false;
  for (const w of doc.tree.workloads) {
    const own = w.containers.find((c) => !c.init && serviceName(w, c) === owner);
    if (!own) continue;
    const host = resolve(w.yaml, getPath(w.yaml, w.podSpec, 'hostNetwork'));
    if (isScalar(host) && (host.value === true || host.value === 'true')) return true;
    return w.containers.some((c) => c !== own && (!c.init || scalarString(getPath(w.yaml, c.node, 'restartPolicy'))?.trim() === 'Always'));
  }
  return false;
}
