import { inDevProfile, isOneShot } from '../src/compose/services.js';
import type { ComposeDocument } from '../src/parse/compose.js';
import { getPair, has } from '../src/parse/yaml-nodes.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  id: 'DC007',
  name: 'no-memory-limit',
  severity: 'note',
  category: 'reliability',
  productionOnly: true,
  kinds: ['compose'],
  triggers: ['services'],
  anchor: 'owner',
  precision: 'high',
  messages: {
    missing: 'service "{{service}}" has no memory limit: a leak takes the whole host\'s memory and the kernel OOM-kills its neighbours',
  },
  docs: {
    summary: 'A long-running compose service has no memory limit',
    what: `Reports a long-running service with neither \`mem_limit\` nor \`deploy.resources.limits.memory\` (merge keys are followed). \`mem_reservation\` and \`memswap_limit\` alone do not limit anything and do not count. Anchored on the service key. Not reported: one-shot jobs, services that \`extends:\` another, services under development profiles.`,
    why: `Without a limit a container may use all of the host's memory. When one service leaks — a cache that never evicts, a queue consumer that buffers everything — the kernel's OOM killer picks a victim by its own score, often the database or another service, not the leaking one. With a limit only the leaking container is killed and restarted, and the rest of the host keeps running. The hardened setups in prodlint's incident reports cap every service's memory for this reason.`,
    example: { kind: 'compose', path: 'compose.yaml', code: 'services:\n  worker:\n    image: example/worker:1.4\n    restart: unless-stopped\n' },
    fix: { kind: 'compose', path: 'compose.yaml', code: 'services:\n  worker:\n    image: example/worker:1.4\n    restart: unless-stopped\n    deploy:\n      resources:\n        limits:\n          memory: 512M\n' },
    references: ['https://docs.docker.com/reference/compose-file/services/#mem_limit', 'https://docs.docker.com/reference/compose-file/deploy/#resources', 'https://docs.docker.com/engine/containers/resource_constraints/'],
  },
  document(doc, ctx) {
    const { yaml, services } = (doc as ComposeDocument).tree;
    for (const service of services) {
      if (getPair(yaml, service.node, 'mem_limit') || has(yaml, service.node, 'deploy.resources.limits.memory')) continue;
      if (getPair(yaml, service.node, 'extends') || isOneShot(yaml, service) || inDevProfile(yaml, service)) continue;
      ctx.report({ messageId: 'missing', data: { service: service.name }, span: service.keySpan });
    }
  },
});
