import { servicesBuilding } from '../src/docker/contexts.js';
import { productionDocuments } from '../src/docker/documents.js';
import type { ImageRef } from '../src/docker/image-ref.js';
import { fromSpan, lastInChain, rootImage, stageChain, startInstructions } from '../src/docker/stages.js';
import { imageStartCommands } from '../src/docker/start.js';
import type { ComposeDocument } from '../src/parse/compose.js';
import type { DfStage, DockerfileDocument } from '../src/parse/dockerfile.js';
import { getPath, scalarString } from '../src/parse/yaml-nodes.js';
import type { ProjectModel } from '../src/project.js';
import { defineRule, type ReportDescriptor } from '../src/rule.js';
import type { Span } from '../src/source.js';
import type { Document } from '../src/types.js';

/**
 * Official images whose own entrypoint or server drops root before running anything that talks
 * to the network (gosu/su-exec in the database entrypoints; nginx/httpd/php-fpm worker users;
 * `USER` set by the image itself). A derived image without `USER` still runs the service unprivileged.
 */
const DROPS_PRIVILEGES = new Set(['postgres', 'mysql', 'mariadb', 'mongo', 'redis', 'rabbitmq', 'memcached', 'cassandra', 'couchdb', 'neo4j', 'zookeeper', 'solr', 'ghost', 'haproxy', 'nginx', 'httpd', 'wordpress', 'nextcloud', 'drupal', 'joomla', 'sonarqube']);
/** Third-party repositories that run as a non-root user by default. */
const NON_ROOT_REPOSITORIES = new Set(['nginxinc/nginx-unprivileged', 'jenkins/jenkins', 'grafana/grafana', 'prom/prometheus', 'prom/alertmanager', 'elasticsearch/elasticsearch']);
/** Wrappers that switch to another user before running the program. */
const USER_SWITCHERS = new Set(['gosu', 'su-exec', 'setpriv', 'runuser', 's6-setuidgid', 'setuidgid', 'chpst']);

export default defineRule({
  id: 'DF003',
  name: 'runs-as-root',
  severity: 'warning',
  category: 'security',
  productionOnly: true,
  kinds: ['dockerfile'],
  triggers: ['FROM', 'from'],
  anchor: 'owner',
  triggersIgnoreCase: true,
  securitySeverity: 5.0,
  precision: 'high',
  messages: {
    missing: 'the final stage never switches to a non-root USER: the app runs as root, so whoever compromises it owns the container',
    explicit: 'USER {{user}} makes the app run as root: whoever compromises it owns the container',
  },
  docs: {
    summary: 'The image runs its app as root',
    what: `Reports a Dockerfile whose final stage starts something (a \`CMD\`, \`ENTRYPOINT\` or \`EXPOSE\`, in it or in the stages it is built \`FROM\`) and has no \`USER\` (counting those stages), anchored on the final \`FROM\`; and a last \`USER\` that is \`root\` or \`0\` (with or without a group), anchored on the user.

Not reported, because the process that serves traffic does not run as root:
- the start command or the entrypoint script it runs switches user (\`gosu\`, \`su-exec\`, \`setpriv\`, \`runuser\`, \`s6-setuidgid\`, \`chpst -u\`, \`su\`) — also when \`USER root\` is set on purpose so that the entrypoint can fix permissions first — or the entrypoint is s6-overlay's \`/init\`; scripts are found by name and through the \`COPY\` that put them in the image;
- a compose service that builds the Dockerfile sets \`user:\`;
- the base image drops root itself: the official database and web-server images (\`postgres\`, \`mysql\`, \`mongo\`, \`redis\`, \`rabbitmq\`, \`nginx\`, \`httpd\`, \`php\` fpm/apache variants…), distroless \`nonroot\` tags, Chainguard images, \`*-rootless\` and \`*-chiseled\` tags, and a few third-party images that set a user (\`nginxinc/nginx-unprivileged\`, \`bitnami/*\`, \`jenkins/jenkins\`, \`grafana/grafana\`).

Not reported either: base and builder images with no start command or port, Windows images, and bases given by a variable. A \`USER\` given by a variable is trusted. Limits: a base image that sets \`USER\` itself is only known for the images above.`,
    why: `Root in the container is one step from root on the host: a remote-code-execution bug in the app (a deserialisation flaw, a template injection, Werkzeug's debugger left on) gives the attacker a root shell that can read every mounted secret, write to every mounted volume, and — with the Docker socket or a privileged flag anywhere in the setup — take the host. Running as an unprivileged user turns the same bug into a contained incident. The hardened setups in prodlint's incident reports run each service as its own user for exactly this reason.`,
    example: {
      kind: 'dockerfile',
      path: 'Dockerfile',
      code: 'FROM python:3.12-slim\nENV PYTHONUNBUFFERED=1\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY app/ ./app/\nHEALTHCHECK CMD ["python", "-c", "import urllib.request; urllib.request.urlopen(\'http://127.0.0.1:8000/health\', timeout=3)"]\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]\n',
    },
    fix: {
      kind: 'dockerfile',
      path: 'Dockerfile',
      code: 'FROM python:3.12-slim\nENV PYTHONUNBUFFERED=1\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY app/ ./app/\nRUN useradd --system --uid 10001 app\nUSER app\nHEALTHCHECK CMD ["python", "-c", "import urllib.request; urllib.request.urlopen(\'http://127.0.0.1:8000/health\', timeout=3)"]\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]\n',
    },
    references: ['https://docs.docker.com/reference/dockerfile/#user', 'https://docs.docker.com/build/building/best-practices/#user'],
  },
  project(model, ctx) {
    for (const doc of productionDocuments(model, 'dockerfile')) check(doc, model, (r) => ctx.report({ ...r, source: doc.source }));
  },
});

function nonRootBase(ref: ImageRef | undefined): boolean {
  if (!ref) return false;
  const tag = ref.tag ?? '';
  if (ref.official && DROPS_PRIVILEGES.has(ref.name)) return true;
  if (ref.official && ref.name === 'php' && /apache|fpm/.test(tag)) return true;
  if (NON_ROOT_REPOSITORIES.has(ref.repository)) return true;
  if (ref.repository.startsWith('bitnami/') && ref.repository !== 'bitnami/minideb') return true;
  if (ref.registry === 'cgr.dev') return true;
  if (ref.registry === 'gcr.io' && ref.repository.startsWith('distroless/') && /nonroot/.test(tag)) return true;
  if (/(^|-)(rootless|chiseled|nonroot)(-|$)/.test(tag)) return true;
  return false;
}

/** A start command, its script, or a compose service that builds the image switches to another user. */
function switchesUser(model: ProjectModel, dockerfile: string): boolean {
  const file = model.byPath.get(dockerfile);
  if (!file) return false;
  for (const { command } of imageStartCommands(model, file)) {
    if (command.wrappers.some((w) => USER_SWITCHERS.has(w))) return true;
    for (const word of [command.raw[0], command.argv[0]]) {
      const head = word?.value?.replace(/^.*\//, '');
      if (head && (USER_SWITCHERS.has(head) || head === 'su' || head === 'chroot')) return true;
    }
  }
  for (const use of servicesBuilding(model, dockerfile)) {
    const yaml = (use.compose.doc as ComposeDocument | undefined)?.tree.yaml;
    const user = yaml ? scalarString(getPath(yaml, use.service.node, 'user')) : undefined;
    if (user && !/^(root|0)(:|$)/.test(user)) return true;
  }
  return false;
}

type Report = (r: ReportDescriptor<'missing' | 'explicit'>) => void;

function check(doc: Document, model: ProjectModel, report: Report): void {
  const tree = (doc as DockerfileDocument).tree;
  const final = tree.finalStage;
  if (!final) return;
  // Base and builder images (no start command, no port) set no runtime user of their own.
  const starts = startInstructions(tree, final);
  if (!starts.length && !stageChain(tree, final).some((s) => s.instructions.some((i) => i.keyword === 'EXPOSE'))) return;
  if (windowsImage(tree, final)) return;
  const user = lastInChain(tree, final, ['USER']);
  let explicit: { value: string; span: Span } | undefined;
  if (user) {
    const value = user.args.text.trim().split(/\s+/)[0] ?? '';
    const name = value.split(':')[0]!.replace(/^["']|["']$/g, '');
    if (name !== 'root' && name !== '0') return;
    const at = user.args.text.indexOf(value);
    explicit = { value, span: user.args.spanToFile({ start: at, end: at + value.length }) };
  } else {
    if (stageChain(tree, final).some((s) => s.image.includes('$'))) return;
    if (nonRootBase(rootImage(tree, final))) return;
  }
  // s6-overlay's /init and entrypoints that switch user start the app unprivileged.
  if (starts.some((i) => i.keyword === 'ENTRYPOINT' && /^(\[\s*"\/init"|\/init(\s|$))/.test(i.args.text.trim()))) return;
  if (switchesUser(model, doc.source.path)) return;
  if (explicit) report({ messageId: 'explicit', data: { user: explicit.value }, span: explicit.span });
  else report({ messageId: 'missing', span: fromSpan(final) });
}

/** Windows containers have no root user (`ContainerAdministrator` is another model). */
function windowsImage(tree: DockerfileDocument['tree'], final: DfStage): boolean {
  const root = stageChain(tree, final).pop()!;
  return /(^|\/)windows\/|servercore|nanoserver/i.test(root.image);
}
