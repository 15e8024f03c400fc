import { inDevProfile, isOneShot } from '../src/compose/services.js';
import { oncePerEntry } from '../src/compose/shared-entries.js';
import type { ComposeDocument } from '../src/parse/compose.js';
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
  document(doc, ctx) {
    const { yaml, services } = (doc as ComposeDocument).tree;
    const found: { span: Span; service: string; messageId: 'noMaxSize' | 'defaultDriver'; driver: string }[] = [];
    for (const service of services) {
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
        const span = nodeSpan(resolve(yaml, driverPair!.value) as never) ?? service.keySpan;
        found.push({ messageId: 'noMaxSize', service: service.name, driver, span });
      } else if (driver === undefined && getPath(yaml, logging, 'options') !== undefined) {
        found.push({ messageId: 'noMaxSize', service: service.name, driver: 'the default driver', span: nodeSpan(loggingPair.key as never) ?? service.keySpan });
      }
    }
    for (const f of oncePerEntry(found, (x) => x.messageId)) ctx.report({ messageId: f.messageId, data: { service: f.service, others: f.others, driver: f.driver }, span: f.span });
  },
});
