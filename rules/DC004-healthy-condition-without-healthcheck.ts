import { dependencies } from '../src/compose/depends-on.js';
import { serviceHealth } from '../src/compose/healthcheck.js';
import { composeSets } from '../src/compose/sets.js';
import { productionDocuments } from '../src/docker/documents.js';
import type { ComposeDocument } from '../src/parse/compose.js';
import type { ProjectModel } from '../src/project.js';
import { defineRule, type ReportDescriptor } from '../src/rule.js';
import type { Document } from '../src/types.js';

export default defineRule({
  id: 'DC004',
  name: 'healthy-condition-without-healthcheck',
  severity: 'error',
  category: 'reliability',
  productionOnly: true,
  kinds: ['compose'],
  triggers: ['service_healthy'],
  precision: 'very-high',
  messages: {
    never: '{{dependency}} has no health check, so condition: service_healthy can never be met and docker compose up fails',
    disabled: '{{dependency}} has its health check disabled, so condition: service_healthy can never be met and docker compose up fails',
  },
  docs: {
    summary: 'depends_on waits for a service to be healthy, but that service has no health check',
    what: `Reports \`condition: service_healthy\` under \`depends_on\` when the service depended on certainly has no health check: no \`healthcheck:\` test of its own (or \`disable: true\` / \`test: ["NONE"]\`), and either a Docker official image (which ship no \`HEALTHCHECK\`) or a Dockerfile in the project whose built stage has none (or \`HEALTHCHECK NONE\`) on an official or \`scratch\` base. Anchored on \`service_healthy\`.

The dependency is looked up in the compose file set (the production files of \`COMPOSE_FILE\`, fragments, \`include:\`d files; see "Compose file sets" in the README) and judged merged, so a \`healthcheck:\` a production fragment adds counts — one that only a development override adds does not, since production runs without it. A later file of the set that changes the condition to another one silences the entry.

Not reported when the dependency's image is not an official one and no Dockerfile for it is in the project: a custom image may ship a \`HEALTHCHECK\`. Dependencies that no file of the set defines, and services whose \`extends:\` cannot be followed, are skipped too.`,
    why: `A container without a health check never becomes "healthy", so \`docker compose up\` stops with "dependency failed to start: container … has no healthcheck configured" and the dependent service never starts. It typically happens when \`condition: service_healthy\` is added to an app while the database's \`healthcheck:\` lives only in a development override file, or was dropped in a refactor — the deploy then fails on the production host only.`,
    example: {
      kind: 'compose',
      path: 'compose.yaml',
      code: 'services:\n  api:\n    image: example/api:1.4\n    restart: unless-stopped\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16\n    restart: unless-stopped\n',
    },
    fix: {
      kind: 'compose',
      path: 'compose.yaml',
      code: 'services:\n  api:\n    image: example/api:1.4\n    restart: unless-stopped\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16\n    restart: unless-stopped\n    healthcheck:\n      test: ["CMD-SHELL", "pg_isready -U postgres"]\n      interval: 5s\n      timeout: 3s\n      retries: 10\n',
    },
    references: ['https://docs.docker.com/reference/compose-file/services/#depends_on', 'https://docs.docker.com/reference/compose-file/services/#healthcheck'],
  },
  project(model, ctx) {
    for (const doc of productionDocuments(model, 'compose')) check(doc, model, (r) => ctx.report({ ...r, source: doc.source }));
  },
});

type Report = (r: ReportDescriptor<'never' | 'disabled'>) => void;

function check(doc: Document, model: ProjectModel, report: Report): void {
  const compose = doc as ComposeDocument;
  const { yaml, services } = compose.tree;
  const sets = composeSets(model);
  for (const service of services) {
    // The condition as the set runs it: a later file may have changed it.
    const merged = sets.lookup(doc.source.path, service.name);
    const finalDeps = merged ? dependencies(merged.yaml, merged.service) : [];
    for (const dep of dependencies(yaml, service)) {
      if (dep.condition !== 'service_healthy' || !dep.conditionSpan) continue;
      const final = finalDeps.find((d) => d.name === dep.name);
      if (final && final.condition !== 'service_healthy') continue;
      const target = sets.lookup(doc.source.path, dep.name);
      if (!target) continue;
      const health = serviceHealth(model, target.rel, target.doc, target.service);
      if (health.status !== 'none' && health.status !== 'disabled') continue;
      report({
        messageId: health.status === 'disabled' ? 'disabled' : 'never',
        data: { dependency: dep.name },
        span: dep.conditionSpan,
        related: [{ source: target.source, span: target.service.keySpan, message: `service "${dep.name}" is defined here` }],
      });
    }
  }
}
