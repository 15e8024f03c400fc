import { originOf } from '../src/compose/merged.js';
import { composeSets } from '../src/compose/sets.js';
import { inDevProfile, isOneShot } from '../src/compose/services.js';
import { oncePerEntry } from '../src/compose/shared-entries.js';
import { productionDocuments } from '../src/docker/documents.js';
import { getPair, getPath, nodeSpan, resolve, scalarString } from '../src/parse/yaml-nodes.js';
import { defineRule } from '../src/rule.js';
import type { Span } from '../src/source.js';

export default defineRule({
  id: 'DC006',
  name: 'logs-unbounded',
  severity: 'warning',
  category: 'reliability',
  productionOnly: true,
  kinds: ['compose'],
  triggers: ['services'],
  precision: 'high',
  options: {
    /** Also report services with no `logging:` at all (Docker's default json-file driver keeps everything). */
    includeDefaultDriver: false,
  },
  messages: {
    noMaxSize: 'service "{{service}}"{{others}} logs with {{driver}} and no max-size: the log file grows until the disk is full, and then every service on the host fails',
    defaultDriver: 'service "{{service}}"{{others}} uses the default json-file log driver with no max-size: the log file grows until the disk is full',
  },
  docs: {
    summary: 'A service\'s json-file logs have no size limit',
    what: `Reports a long-running service whose \`logging.driver\` is \`json-file\` without \`logging.options.max-size\` (anchored on the driver), or whose \`logging:\` sets \`options\` but neither a driver nor \`max-size\` (the daemon's default driver, normally \`json-file\`, then runs without a limit; anchored on \`logging\`). Merge keys (\`<<: *default-logging\`) are followed.

With the option \`includeDefaultDriver\` (default \`false\`), services with no \`logging:\` at all are reported too — turn it on when the Docker daemon on the hosts has no \`log-opts\` limit in \`daemon.json\`.

The service is judged merged across its compose file set (\`extends:\`, \`COMPOSE_FILE\`, production fragments; see "Compose file sets" in the README), with compose's rule for \`logging\`: options merge when both files name the same driver (or one names none), otherwise the later file's \`logging\` replaces the earlier one. A \`max-size\` in a production fragment therefore counts; the finding stays on the driver when it is written in the file that defines the service, else on the service key.

Not reported: the \`local\` driver (it rotates by default: 20 MB × 5 files), other drivers (\`journald\`, \`syslog\`, \`fluentd\`, \`awslogs\`, \`none\`…), one-shot jobs and services under development profiles. A \`logging:\` shared through a merge key is reported once, naming how many services share it.`,
    why: `The \`json-file\` driver appends every line a container prints to one file under \`/var/lib/docker/containers/\` and, without \`max-size\`, never rotates it. A chatty service or a crash loop that logs a stack trace per second fills the disk in days; then PostgreSQL cannot write its WAL, Redis cannot save, Docker cannot start containers, and every service on the host goes down together. The hardened setups in prodlint's incident reports all turn on log rotation.`,
    example: {
      kind: 'compose',
      path: 'compose.yaml',
      code: 'services:\n  api:\n    image: example/api:1.4\n    restart: unless-stopped\n    logging:\n      driver: json-file\n',
    },
    fix: {
      kind: 'compose',
      path: 'compose.yaml',
      code: 'services:\n  api:\n    image: example/api:1.4\n    restart: unless-stopped\n    logging:\n      driver: json-file\n      options:\n        max-size: "10m"\n        max-file: "5"\n',
    },
    references: ['https://docs.docker.com/engine/logging/drivers/json-file/', 'https://docs.docker.com/engine/logging/drivers/local/', 'https://docs.docker.com/reference/compose-file/services/#logging'],
  },
  project(model, ctx) {
    const sets = composeSets(model);
    for (const doc of productionDocuments(model, 'compose')) {
      const found: { span: Span; service: string; messageId: 'noMaxSize' | 'defaultDriver'; driver: string }[] = [];
      // A node is an anchor only when it is written in this file (a merged service may take its
      // logging from an extends base or a fragment).
      const here = (node: unknown, fallback: Span): Span => (originOf(node)?.path === doc.source.path ? (nodeSpan(node as never) ?? fallback) : fallback);
      for (const judged of sets.judged(doc.source.path)) {
        const { yaml, service } = judged;
        if (isOneShot(yaml, service) || inDevProfile(yaml, service)) continue;
        const loggingPair = getPair(yaml, service.node, 'logging');
        if (!loggingPair) {
          if (ctx.options.includeDefaultDriver && !getPair(yaml, service.node, 'extends')) {
            found.push({ messageId: 'defaultDriver', service: service.name, driver: 'json-file', span: service.keySpan });
          }
          continue;
        }
        const logging = resolve(yaml, loggingPair.value);
        if (getPath(yaml, logging, 'options.max-size') !== undefined) continue;
        const driverPair = getPair(yaml, logging, 'driver');
        const driver = driverPair ? scalarString(resolve(yaml, driverPair.value)) : undefined;
        if (driver === 'json-file') {
          found.push({ messageId: 'noMaxSize', service: service.name, driver, span: here(resolve(yaml, driverPair!.value), service.keySpan) });
        } else if (driver === undefined && getPath(yaml, logging, 'options') !== undefined) {
          found.push({ messageId: 'noMaxSize', service: service.name, driver: 'the default driver', span: here(loggingPair.key, service.keySpan) });
        }
      }
      for (const f of oncePerEntry(found, (x) => x.messageId)) ctx.report({ messageId: f.messageId, data: { service: f.service, others: f.others, driver: f.driver }, span: f.span, source: doc.source });
    }
  },
});
