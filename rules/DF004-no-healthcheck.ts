import { IMAGES_WITH_HEALTHCHECK } from '../src/compose/healthcheck.js';
import { servicesBuilding } from '../src/docker/contexts.js';
import { productionDocuments } from '../src/docker/documents.js';
import { fromSpan, lastInChain, rootImage, stageChain, startInstructions } from '../src/docker/stages.js';
import type { ComposeDocument } from '../src/parse/compose.js';
import type { DockerfileDocument } from '../src/parse/dockerfile.js';
import { getPair } from '../src/parse/yaml-nodes.js';
import type { ProjectModel } from '../src/project.js';
import { defineRule, type ReportDescriptor } from '../src/rule.js';
import type { Document } from '../src/types.js';

const OPTIONS = {
  /** Set when an orchestrator (Kubernetes, ECS, Nomad) probes the containers instead. */
  orchestratorProbes: false,
};

export default defineRule({
  id: 'DF004',
  name: 'no-healthcheck',
  severity: 'note',
  category: 'reliability',
  productionOnly: true,
  kinds: ['dockerfile'],
  triggers: ['CMD', 'ENTRYPOINT', 'EXPOSE', 'cmd', 'entrypoint', 'expose'],
  anchor: 'owner',
  triggersIgnoreCase: true,
  precision: 'medium',
  options: OPTIONS,
  messages: {
    missing: 'the image starts a service but has no HEALTHCHECK: a hung process stays "up", nothing restarts it, and depends_on: service_healthy cannot wait for it',
  },
  docs: {
    summary: 'An image that starts a service has no HEALTHCHECK',
    what: `Reports a Dockerfile whose final stage starts something (a \`CMD\` or \`ENTRYPOINT\`, or an \`EXPOSE\`, in it or in the stages it is built \`FROM\`) and has no \`HEALTHCHECK\`. Anchored on the final \`FROM\`.

Not reported: \`HEALTHCHECK NONE\` (an explicit decision); a base image known to ship a health check; a Dockerfile built by a compose service that declares its own \`healthcheck:\`; images with no start command or port of their own (build stages, data images).

Option \`orchestratorProbes\` (default \`false\`): set it to \`true\` where Kubernetes, ECS or Nomad probes the containers — Docker's \`HEALTHCHECK\` is ignored there and the rule stays silent.`,
    why: `A process can be alive and useless: deadlocked on a database pool, stuck on a socket with no timeout, or a bot whose polling loop died while the web server around it still answers. Without a health check Docker reports such a container as "Up", \`restart:\` policies never fire because nothing exited, and \`depends_on: condition: service_healthy\` has nothing to wait for. One team's answer was a watchdog thread inside the bot that killed the process when updates stopped — and, with no startup grace, it killed healthy processes during slow boots and caused a crash loop. A \`HEALTHCHECK\` hands that job to the container runtime, which already knows how to restart.`,
    example: {
      kind: 'dockerfile',
      path: 'Dockerfile',
      code: 'FROM python:3.12-slim\nENV PYTHONUNBUFFERED=1\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY app/ ./app/\nUSER nobody\nEXPOSE 8000\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]\n',
    },
    fix: {
      kind: 'dockerfile',
      path: 'Dockerfile',
      code: 'FROM python:3.12-slim\nENV PYTHONUNBUFFERED=1\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY app/ ./app/\nUSER nobody\nEXPOSE 8000\nHEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \\\n  CMD ["python", "-c", "import urllib.request; urllib.request.urlopen(\'http://127.0.0.1:8000/health\', timeout=3)"]\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]\n',
    },
    references: ['https://docs.docker.com/reference/dockerfile/#healthcheck', 'https://docs.docker.com/reference/compose-file/services/#depends_on'],
  },
  project(model, ctx) {
    for (const doc of productionDocuments(model, 'dockerfile')) check(doc, model, (r) => ctx.report({ ...r, source: doc.source }), ctx.options);
  },
});

type Report = (r: ReportDescriptor<'missing'>) => void;

function check(doc: Document, model: ProjectModel, report: Report, options: typeof OPTIONS): void {
  if (options.orchestratorProbes) return;
  const tree = (doc as DockerfileDocument).tree;
  const final = tree.finalStage;
  if (!final) return;
  if (lastInChain(tree, final, ['HEALTHCHECK'])) return;
  const starts = startInstructions(tree, final).length > 0 || stageChain(tree, final).some((s) => s.instructions.some((i) => i.keyword === 'EXPOSE'));
  if (!starts) return;
  const root = rootImage(tree, final);
  if (root && IMAGES_WITH_HEALTHCHECK.includes(root.registry ? `${root.registry}/${root.repository}` : root.repository)) return;
  for (const use of servicesBuilding(model, doc.source.path)) {
    const yaml = (use.compose.doc as ComposeDocument | undefined)?.tree.yaml;
    if (yaml && getPair(yaml, use.service.node, 'healthcheck')) return;
  }
  report({ messageId: 'missing', span: fromSpan(final) });
}
