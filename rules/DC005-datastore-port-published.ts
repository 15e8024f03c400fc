import { DATASTORE_PORTS, isDatastoreService } from '../src/compose/datastores.js';
import { allInterfaces, servicePorts } from '../src/compose/ports.js';
import { oncePerEntry } from '../src/compose/shared-entries.js';
import { productionDocuments } from '../src/docker/documents.js';
import type { ComposeDocument } from '../src/parse/compose.js';
import { getPath, scalarString } from '../src/parse/yaml-nodes.js';
import type { ProjectModel } from '../src/project.js';
import { defineRule, type ReportDescriptor } from '../src/rule.js';
import type { Span } from '../src/source.js';
import type { Document } from '../src/types.js';

export default defineRule({
  id: 'DC005',
  name: 'datastore-port-published',
  severity: 'error',
  category: 'security',
  productionOnly: true,
  kinds: ['compose'],
  triggers: ['ports'],
  securitySeverity: 8.0,
  precision: 'high',
  messages: {
    published: 'service "{{service}}"{{others}} publishes {{mapping}} on every interface: Docker\'s published ports bypass the host firewall, so the {{what}} is reachable from the internet',
  },
  docs: {
    summary: 'A database or broker port is published on every interface',
    what: `Reports a \`ports:\` mapping published on all interfaces — no host address, \`0.0.0.0\` or \`::\` — when the service is a datastore or broker (by image, or by the base image of the Dockerfile it builds: \`postgres\`, \`mysql\`, \`mongo\`, \`redis\`, \`rabbitmq\`, \`elasticsearch\`…) or the container port is a well-known datastore port: 5432, 3306, 27017, 6379, 9200, 5672, 11211, 9042, 8086, 5984. Both syntaxes are read: short (\`"5432:5432"\`, \`"5432"\` — a random host port is still public —, ranges, \`/tcp\`, \`[::1]:5432:5432\`, \`\${PG_PORT:-5432}:5432\`) and long (\`{target, published, host_ip}\`). Anchored on the mapping.

Not reported: a loopback or other specific host address (\`127.0.0.1:5432:5432\`), a host address from a variable with no default, \`expose:\` (not published), and services with \`network_mode: host\` (reported by DC009). A mapping shared through a merge key (\`<<: *defaults\`) is reported once.`,
    why: `Docker writes its own iptables rules for published ports, ahead of the host firewall: \`ufw deny 5432\` does not stop \`"5432:5432"\`. Internet-wide scanners find open PostgreSQL, MongoDB, Redis and Elasticsearch ports within hours, and ransom bots wipe them and leave a note. The hardened compose setups in prodlint's incident reports keep MongoDB and Redis on the internal network with no published port at all; when a port is needed for local tools, binding it to \`127.0.0.1\` keeps it off the internet.`,
    example: {
      kind: 'compose',
      path: 'compose.yaml',
      code: 'services:\n  db:\n    image: postgres:16\n    restart: unless-stopped\n    ports:\n      - "5432:5432"\n',
    },
    fix: {
      kind: 'compose',
      path: 'compose.yaml',
      code: 'services:\n  db:\n    image: postgres:16\n    restart: unless-stopped\n    ports:\n      - "127.0.0.1:5432:5432"\n',
    },
    references: ['https://docs.docker.com/reference/compose-file/services/#ports', 'https://docs.docker.com/engine/network/packet-filtering-firewalls/'],
  },
  project(model, ctx) {
    for (const doc of productionDocuments(model, 'compose')) check(doc, model, (r) => ctx.report({ ...r, source: doc.source }));
  },
});

type Report = (r: ReportDescriptor<'published'>) => void;

function check(doc: Document, model: ProjectModel, report: Report): void {
  const compose = doc as ComposeDocument;
  const { yaml, services } = compose.tree;
  const found: { span: Span; service: string; mapping: string; what: string }[] = [];
  for (const service of services) {
    if (scalarString(getPath(yaml, service.node, 'network_mode')) === 'host') continue;
    const ports = servicePorts(yaml, service).filter(allInterfaces);
    if (!ports.length) continue;
    const datastore = isDatastoreService(model, doc.source.path, compose, service);
    for (const port of ports) {
      const known = port.target !== undefined && DATASTORE_PORTS.some((p) => p >= port.target![0] && p <= port.target![1]);
      if (!datastore && !known) continue;
      const mapping = doc.source.text.slice(port.anchor.start, port.anchor.end).replace(/^["']|["']$/g, '');
      found.push({ span: port.anchor, service: service.name, mapping, what: datastore ? 'datastore' : 'database port' });
    }
  }
  for (const f of oncePerEntry(found)) report({ messageId: 'published', data: { service: f.service, others: f.others, mapping: f.mapping, what: f.what }, span: f.span });
}
