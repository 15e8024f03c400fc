import { serviceHealth } from '../src/compose/healthcheck.js';
import { composeSets, setContext } from '../src/compose/sets.js';
import { inDevProfile, isOneShot } from '../src/compose/services.js';
import { productionDocuments } from '../src/docker/documents.js';
import { getPair } from '../src/parse/yaml-nodes.js';
import type { ProjectModel } from '../src/project.js';
import { defineRule, type ReportDescriptor } from '../src/rule.js';
import type { Document } from '../src/types.js';

const OPTIONS = {
  /** Images (repository without tag, e.g. `myorg/api`) known to ship a HEALTHCHECK. */
  imagesWithHealthcheck: [] as string[],
};

export default defineRule({
  id: 'DC002',
  name: 'no-healthcheck',
  severity: 'note',
  category: 'reliability',
  productionOnly: true,
  kinds: ['compose'],
  triggers: ['services'],
  anchor: 'owner',
  precision: 'high',
  options: OPTIONS,
  messages: {
    missing: 'service "{{service}}"{{set}} has no health check: a hung process looks "up", keeps its traffic, and services that depend on it start against it',
  },
  docs: {
    summary: 'A long-running compose service has no health check',
    what: `Reports a service with no \`healthcheck:\` when nothing else gives it one: the Dockerfile it builds has no \`HEALTHCHECK\` (in the built stage or the stages it inherits from), and its image is not known to ship one. Docker's official images (\`postgres\`, \`redis\`, \`mongo\`, \`nginx\`…) ship none; custom images are treated as having none unless listed in the option \`imagesWithHealthcheck\`. Anchored on the service key.

The service is judged merged across its compose file set (\`extends:\`, \`COMPOSE_FILE\`, production fragments such as \`compose.prod.yaml\`; see "Compose file sets" in the README), and reported once, in the first file that defines it.

Not reported: one-shot jobs (migrations, seeds, init containers — by command, name or \`deploy.mode: *-job\`), services whose \`extends:\` cannot be followed, services that only run under development profiles (\`profiles: [debug]\`), and \`healthcheck: {disable: true}\` (an explicit decision).`,
    why: `Compose only knows whether the process exists. A bot whose polling loop died, an API deadlocked on its connection pool, a worker stuck on a socket with no timeout: all stay "Up", \`restart:\` never fires, and \`depends_on\` cannot wait for real readiness. One team built its own watchdog inside a Telegram bot because nothing else noticed when it stopped processing updates; another added a \`/health\` endpoint that checks MongoDB and Redis and wired it to a compose \`healthcheck\` so Docker restarts the backend when it stops answering.`,
    example: { kind: 'compose', path: 'compose.yaml', code: 'services:\n  api:\n    image: example/api:1.4\n    restart: unless-stopped\n' },
    fix: {
      kind: 'compose',
      path: 'compose.yaml',
      code: 'services:\n  api:\n    image: example/api:1.4\n    restart: unless-stopped\n    healthcheck:\n      test: ["CMD", "curl", "-fsS", "--max-time", "3", "http://localhost:8000/health"]\n      interval: 30s\n      timeout: 5s\n      retries: 3\n',
    },
    references: ['https://docs.docker.com/reference/compose-file/services/#healthcheck', 'https://docs.docker.com/reference/dockerfile/#healthcheck'],
  },
  project(model, ctx) {
    for (const doc of productionDocuments(model, 'compose')) check(doc, model, (r) => ctx.report({ ...r, source: doc.source }), ctx.options);
  },
});

type Report = (r: ReportDescriptor<'missing'>) => void;

function check(doc: Document, model: ProjectModel, report: Report, options: typeof OPTIONS): void {
  for (const judged of composeSets(model).judged(doc.source.path)) {
    const { yaml, service } = judged;
    if (isOneShot(yaml, service) || inDevProfile(yaml, service) || getPair(yaml, service.node, 'extends')) continue;
    const health = serviceHealth(model, doc.source.path, judged.doc, service, options.imagesWithHealthcheck ?? []);
    if (health.status !== 'none' && health.status !== 'unknown') continue;
    const { set, related } = setContext(judged);
    report({ messageId: 'missing', data: { service: service.name, set }, span: service.keySpan, related });
  }
}
