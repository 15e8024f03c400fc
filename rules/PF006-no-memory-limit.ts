import { mayHoldTemplatedKeys, templatedValue } from '../src/k8s/templated.js';
import type { KubernetesDocument, KubernetesTree } from '../src/parse/kubernetes.js';
import { getPair, getPath } from '../src/parse/yaml-nodes.js';
import { nodeSpan } from '../src/parse/yaml-nodes.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  id: 'PF006',
  name: 'no-memory-limit',
  severity: 'note',
  category: 'reliability',
  productionOnly: true,
  kinds: ['kubernetes'],
  triggers: ['containers'],
  anchor: 'owner',
  precision: 'high',
  messages: {
    missing: 'container "{{container}}" has no memory limit: a leak takes the node\'s memory and the kernel OOM-kills whatever it picks, often a neighbour',
  },
  docs: {
    summary: 'A Kubernetes container of a long-running workload has no memory limit',
    what: `Reports an app container (not an init container) of a Pod, Deployment, StatefulSet, DaemonSet or ReplicaSet with no \`resources.limits.memory\`. A memory *request* alone limits nothing and does not count. Anchored on the container's \`name\`. Not reported: Jobs and CronJobs (one-shot, as DC007 skips one-shot compose services), files where a \`LimitRange\` with a \`default.memory\` is declared anywhere in the run's manifests (it gives every container of its namespace a limit), and, in Helm templates, containers whose \`resources:\` is written by a template action or that contain an action emitting whole lines (\`{{- include … | nindent }}\`) — what those produce cannot be read.`,
    why: `Without a limit a container may use all of its node's memory. When one app leaks — a cache that never evicts, a queue consumer that buffers everything — the node runs out, the kubelet evicts pods and the kernel's OOM killer picks victims by its own score, often a database or another team's service on the same node, not the leaking one. With a limit only the leaking container is OOM-killed and restarted, and everything else on the node keeps running. The hardened setups in prodlint's incident reports cap every service's memory for this reason (compose \`mem_limit\`, systemd \`MemoryMax=\`); this is the same check for Kubernetes, the same hazard as DC007 and SD010.`,
    example: { kind: 'kubernetes', path: 'deploy/worker.yaml', code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: worker\nspec:\n  template:\n    spec:\n      containers:\n        - name: worker\n          image: example/worker:1.4\n          resources:\n            requests:\n              memory: 256Mi\n' },
    fix: { kind: 'kubernetes', path: 'deploy/worker.yaml', code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: worker\nspec:\n  template:\n    spec:\n      containers:\n        - name: worker\n          image: example/worker:1.4\n          resources:\n            requests:\n              memory: 256Mi\n            limits:\n              memory: 512Mi\n' },
    references: ['https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/', 'https://kubernetes.io/docs/concepts/policy/limit-range/', 'https://kubernetes.io/docs/concepts/scheduling-eviction/node-pressure-eviction/'],
  },
  document(doc, ctx) {
    const tree = (doc as KubernetesDocument).tree;
    if (tree.memoryDefaults.length || ctx.project.files.some((f) => f.kind === 'kubernetes' && ((f.doc?.tree as KubernetesTree | undefined)?.memoryDefaults.length ?? 0) > 0)) return;
    for (const w of tree.workloads) {
      if (w.kind === 'Job' || w.kind === 'CronJob') continue;
      for (const c of w.containers) {
        if (c.init || getPath(w.yaml, c.node, 'resources.limits.memory') !== undefined) continue;
        if (mayHoldTemplatedKeys(tree, c.span)) continue;
        const resources = getPair(w.yaml, c.node, 'resources');
        const keySpan = nodeSpan(resources?.key as never);
        if (keySpan && (templatedValue(tree, keySpan) || mayHoldTemplatedKeys(tree, nodeSpan(resources?.value as never) ?? keySpan))) continue;
        ctx.report({ messageId: 'missing', data: { container: c.name || w.name }, span: c.nameSpan });
      }
    }
  },
});
