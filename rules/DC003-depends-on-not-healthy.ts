import { isDatastoreService, serviceImage } from '../src/compose/datastores.js';
import { dependencies } from '../src/compose/depends-on.js';
import { composeSets } from '../src/compose/sets.js';
import { oncePerEntry } from '../src/compose/shared-entries.js';
import { productionDocuments } from '../src/docker/documents.js';
import type { ImageRef } from '../src/docker/image-ref.js';
import type { ComposeDocument } from '../src/parse/compose.js';
import type { ProjectModel } from '../src/project.js';
import { defineRule, type ReportDescriptor } from '../src/rule.js';
import type { Span } from '../src/source.js';
import type { Document } from '../src/types.js';

export default defineRule({
  id: 'DC003',
  name: 'depends-on-not-healthy',
  severity: 'warning',
  category: 'reliability',
  productionOnly: true,
  kinds: ['compose'],
  triggers: ['depends_on'],
  precision: 'high',
  messages: {
    started: 'service "{{service}}"{{others}} only waits for {{dependency}} to start, not to accept connections: on boot it connects too early and crash-loops',
  },
  docs: {
    summary: 'A service depends on a database or broker only being started, not healthy',
    what: `Reports a \`depends_on\` entry that names a datastore or message broker — a service whose image (or the base image of the Dockerfile it builds) is \`postgres\`, \`mysql\`, \`mariadb\`, \`mongo\`, \`redis\`, \`valkey\`, \`rabbitmq\`, \`kafka\`, \`zookeeper\`, \`elasticsearch\`, \`opensearch\`, \`nats\`, \`memcached\`, \`cassandra\`, \`influxdb\`, \`clickhouse\` and similar — in the short syntax (a list of names) or with \`condition: service_started\` (also when \`condition\` is left out of the long syntax). Anchored on the entry.

The dependency is looked up in the compose file set (\`COMPOSE_FILE\`, production fragments, \`include:\`d files, \`extends:\`; see "Compose file sets" in the README), and the condition is the one the set ends up with: a production fragment that turns the entry into \`condition: service_healthy\` silences it (a development override does not).

Not reported: \`condition: service_healthy\` and \`service_completed_successfully\`; dependencies no file of the set defines (their image is unknown); a datastore that depends on another (\`kafka\` on \`zookeeper\`), and tools that connect lazily or retry by design (database admin UIs such as \`adminer\`, \`pgadmin4\`, \`phpmyadmin\`, \`mongo-express\`; \`kibana\`, \`logstash\`, \`prometheus\`, \`grafana\`, \`cypress\`). An entry shared through a merge key (\`<<: *defaults\`) is reported once.`,
    why: `\`depends_on\` in its short form only orders container starts: the database container is "started" a second after \`docker compose up\`, long before PostgreSQL has replayed its WAL or MongoDB has elected a primary. The app's first connection is refused, it exits, and the restart policy turns every deploy and every host reboot into a crash loop until the timing happens to work out. One team had to write retry loops around MongoDB and Redis at startup for exactly this; \`condition: service_healthy\` with a health check on the database makes compose wait instead.`,
    example: {
      kind: 'compose',
      path: 'compose.yaml',
      code: 'services:\n  api:\n    image: example/api:1.4\n    restart: unless-stopped\n    depends_on:\n      - db\n  db:\n    image: postgres:16\n    restart: unless-stopped\n',
    },
    fix: {
      kind: 'compose',
      path: 'compose.yaml',
      code: 'services:\n  api:\n    image: example/api:1.4\n    restart: unless-stopped\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16\n    restart: unless-stopped\n    healthcheck:\n      test: ["CMD-SHELL", "pg_isready -U postgres"]\n      interval: 5s\n      timeout: 3s\n      retries: 10\n',
    },
    references: ['https://docs.docker.com/reference/compose-file/services/#depends_on', 'https://docs.docker.com/compose/how-tos/startup-order/'],
  },
  project(model, ctx) {
    for (const doc of productionDocuments(model, 'compose')) check(doc, model, (r) => ctx.report({ ...r, source: doc.source }));
  },
});

type Report = (r: ReportDescriptor<'started'>) => void;

function check(doc: Document, model: ProjectModel, report: Report): void {
  const compose = doc as ComposeDocument;
  const { yaml, services } = compose.tree;
  const sets = composeSets(model);
  const found: { span: Span; service: string; dependency: string }[] = [];
  for (const service of services) {
    const deps = dependencies(yaml, service);
    if (!deps.length) continue;
    // The dependent as its set runs it (its image may be set by another file of the set).
    const merged = sets.lookup(doc.source.path, service.name);
    const self = merged ? { rel: merged.rel, doc: merged.doc, service: merged.service } : { rel: doc.source.path, doc: compose, service };
    if (isDatastoreService(model, self.rel, self.doc, self.service)) continue;
    if (retriesByDesign(serviceImage(model, self.rel, self.doc, self.service))) continue;
    const finalDeps = merged ? dependencies(merged.yaml, merged.service) : deps;
    for (const dep of deps) {
      if (dep.condition !== undefined && dep.condition !== 'service_started') continue;
      const final = finalDeps.find((d) => d.name === dep.name);
      if (final?.condition !== undefined && final.condition !== 'service_started') continue;
      const target = sets.lookup(doc.source.path, dep.name);
      if (!target || !isDatastoreService(model, target.rel, target.doc, target.service)) continue;
      const image = serviceImage(model, target.rel, target.doc, target.service);
      const dependency = !image || image.name === dep.name ? dep.name : `${dep.name} (${image.name})`;
      found.push({ span: dep.span, service: service.name, dependency });
    }
  }
  for (const f of oncePerEntry(found, (x) => x.dependency)) {
    report({ messageId: 'started', data: { service: f.service, others: f.others, dependency: f.dependency }, span: f.span });
  }
}

/**
 * Tools that connect lazily or retry until their backend is up, so an early start costs nothing:
 * database admin UIs, Kibana and Logstash, Prometheus and Grafana, test runners.
 */
const RETRIES_BY_DESIGN = new Set(['adminer', 'pgadmin4', 'phpmyadmin', 'mongo-express', 'redis-commander', 'redisinsight', 'kafka-ui', 'akhq', 'kibana', 'logstash', 'filebeat', 'metricbeat', 'prometheus', 'grafana', 'cypress', 'included']);

function retriesByDesign(ref: ImageRef | undefined): boolean {
  return !!ref && (RETRIES_BY_DESIGN.has(ref.name) || ref.repository === 'redpandadata/console');
}
