import { composeSets, setContext } from '../src/compose/sets.js';
import { isOneShot } from '../src/compose/services.js';
import { productionDocuments } from '../src/docker/documents.js';
import { getPair, has } from '../src/parse/yaml-nodes.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  id: 'DC001',
  name: 'no-restart-policy',
  severity: 'warning',
  category: 'reliability',
  productionOnly: true,
  kinds: ['compose'],
  triggers: ['services'],
  precision: 'high',
  messages: {
    missing: 'service "{{service}}"{{set}} has no restart policy: after a crash or a host reboot it stays down until someone restarts it',
  },
  docs: {
    summary: 'A long-running compose service has no restart policy',
    what: `Reports a service with neither \`restart:\` nor \`deploy.restart_policy\` (merge keys such as \`<<: *defaults\` are followed). An explicit \`restart: "no"\` is respected as a decision. One-shot jobs are skipped: services whose command or entrypoint migrates, seeds or initialises (\`migrate\`, \`alembic upgrade\`, \`seed\`, \`init\`, \`collectstatic\`…), whose name says so (\`migrate\`, \`db-init\`, \`seed\`…), or whose \`deploy.mode\` is a job. The service is judged as compose runs it, merged across its compose file set (\`extends:\`, the production files of \`COMPOSE_FILE\`, fragments such as \`compose.prod.yaml\`; see "Compose file sets" in the README): a policy set in any of them counts, one in a development override does not. A service whose \`extends:\` cannot be followed (missing file) is skipped, since the policy may be inherited. The finding is anchored on the service key in the first file that defines the service.`,
    why: `Compose's default is \`restart: "no"\`. The first unhandled exception, out-of-memory kill or host reboot takes the service down, and it stays down until a person notices — in one incident a Telegram bot was silently dead for hours after a reboot because nothing restarted it, and the team only learned of it from users.`,
    example: { kind: 'compose', path: 'compose.yaml', code: 'services:\n  api:\n    image: example/api:1.4\n    ports:\n      - "127.0.0.1:8000:8000"\n' },
    fix: { kind: 'compose', path: 'compose.yaml', code: 'services:\n  api:\n    image: example/api:1.4\n    restart: unless-stopped\n    ports:\n      - "127.0.0.1:8000:8000"\n' },
    references: ['https://docs.docker.com/reference/compose-file/services/#restart', 'https://docs.docker.com/reference/compose-file/deploy/#restart_policy'],
  },
  project(model, ctx) {
    const sets = composeSets(model);
    for (const doc of productionDocuments(model, 'compose')) {
      for (const judged of sets.judged(doc.source.path)) {
        const { yaml, service } = judged;
        if (getPair(yaml, service.node, 'restart') || has(yaml, service.node, 'deploy.restart_policy')) continue;
        if (getPair(yaml, service.node, 'extends')) continue;
        if (isOneShot(yaml, service)) continue;
        const { set, related } = setContext(judged);
        ctx.report({ messageId: 'missing', data: { service: service.name, set }, span: service.keySpan, source: doc.source, related });
      }
    }
  },
});
