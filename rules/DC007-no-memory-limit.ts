import { composeSets, setContext } from '../src/compose/sets.js';
import { inDevProfile, isOneShot } from '../src/compose/services.js';
import { productionDocuments } from '../src/docker/documents.js';
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
    missing: 'service "{{service}}"{{set}} has no memory limit: a leak takes the whole host\'s memory and the kernel OOM-kills its neighbours',
  },
  docs: {
    summary: 'A long-running compose service has no memory limit',
    what: `Reports a long-running service with neither \`mem_limit\` nor \`deploy.resources.limits.memory\` (merge keys are followed). \`mem_reservation\` and \`memswap_limit\` alone do not limit anything and do not count. The service is judged merged across its compose file set (\`extends:\`, \`COMPOSE_FILE\`, production fragments such as \`compose.prod.yaml\`; see "Compose file sets" in the README): a limit in any production file of the set counts. Anchored on the service key in the first file that defines it. Not reported: one-shot jobs, services whose \`extends:\` cannot be followed, services under development profiles.`,
    why: `Without a limit a container may use all of the host's memory. When one service leaks — a cache that never evicts, a queue consumer that buffers everything — the kernel's OOM killer picks a victim by its own score, often the database or another service, not the leaking one. With a limit only the leaking container is killed and restarted, and the rest of the host keeps running. The hardened setups in prodlint's incident reports cap every service's memory for this reason.`,
    example: { kind: 'compose', path: 'compose.yaml', code: 'services:\n  worker:\n    image: example/worker:1.4\n    restart: unless-stopped\n' },
    fix: { kind: 'compose', path: 'compose.yaml', code: 'services:\n  worker:\n    image: example/worker:1.4\n    restart: unless-stopped\n    deploy:\n      resources:\n        limits:\n          memory: 512M\n' },
    references: ['https://docs.docker.com/reference/compose-file/services/#mem_limit', 'https://docs.docker.com/reference/compose-file/deploy/#resources', 'https://docs.docker.com/engine/containers/resource_constraints/'],
  },
  project(model, ctx) {
    const sets = composeSets(model);
    for (const doc of productionDocuments(model, 'compose')) {
      for (const judged of sets.judged(doc.source.path)) {
        const { yaml, service } = judged;
        if (getPair(yaml, service.node, 'mem_limit') || has(yaml, service.node, 'deploy.resources.limits.memory')) continue;
        if (getPair(yaml, service.node, 'extends') || isOneShot(yaml, service) || inDevProfile(yaml, service)) continue;
        const { set, related } = setContext(judged);
        ctx.report({ messageId: 'missing', data: { service: service.name, set }, span: service.keySpan, source: doc.source, related });
      }
    }
  },
});
