import { posix } from 'node:path';
import { serviceVolumes } from '../src/compose/volumes.js';
import { serviceBuild } from '../src/docker/contexts.js';
import { cleanPath } from '../src/docker/dockerignore.js';
import { productionDocuments } from '../src/docker/documents.js';
import { stageNamed, workdirAt } from '../src/docker/stages.js';
import type { ComposeDocument, ComposeService } from '../src/parse/compose.js';
import type { DockerfileDocument } from '../src/parse/dockerfile.js';
import type { ProjectModel } from '../src/project.js';
import { defineRule, type ReportDescriptor } from '../src/rule.js';
import type { Document } from '../src/types.js';

/** Where images conventionally keep their application code. */
const APP_DIRS = ['/app', '/code', '/src', '/usr/src/app', '/srv/app', '/var/www'];
/** Source-tree directories relative to the compose file or the build context. */
const SOURCE_DIRS = ['.', 'src', 'app'];

export default defineRule({
  id: 'DC008',
  name: 'source-bind-mount',
  severity: 'warning',
  category: 'reliability',
  productionOnly: true,
  kinds: ['compose'],
  triggers: ['volumes'],
  precision: 'high',
  messages: {
    mounted: '{{source}} is bind-mounted over {{target}}: production runs whatever is in the host\'s working tree, not the tested image',
  },
  docs: {
    summary: 'The source tree is bind-mounted over the app\'s code in the container',
    what: `Reports a bind mount (short \`./src:/app/src\` or long \`{type: bind, source, target}\`) whose source is the source tree — \`.\`, \`./\`, \`./src\`, \`./app\`, \`\${PWD}\`, or the service's build context (or its \`src\`/\`app\`) — and whose target is the app's code directory: \`/app\`, \`/code\`, \`/src\`, \`/usr/src/app\`, \`/srv/app\`, \`/var/www\`, the \`WORKDIR\` of the Dockerfile the service builds, or a directory below one of them. A read-only flag does not help: the code still comes from the host. Anchored on the mount.

Not reported: named volumes, data and socket mounts (\`./data:/app/data\`, \`/var/run/…\`), config files (\`./nginx.conf:/etc/nginx/nginx.conf:ro\`), and files classified as development (\`docker-compose.override.yml\`, \`compose.dev.yaml\`), where live code mounts belong. A mount shared through a merge key is reported once.`,
    why: `A bind mount replaces the image's code with the host's working tree. Production then runs whatever happens to be checked out on the server — a half-finished \`git pull\`, a hot-fix edited in place, files the image's build never compiled or tested — and two hosts running "the same image" run different code. Combined with a reloader it is worse: any edit on the host, even a \`git pull\`, restarts the service (the VPS in prodlint's first incident report restarted every ~25 minutes).`,
    example: {
      kind: 'compose',
      path: 'compose.yaml',
      code: 'services:\n  api:\n    build: .\n    restart: unless-stopped\n    volumes:\n      - .:/app\n',
    },
    fix: {
      kind: 'compose',
      path: 'compose.yaml',
      code: 'services:\n  api:\n    build: .\n    restart: unless-stopped\n    volumes:\n      - api-data:/app/data\nvolumes:\n  api-data:\n',
    },
    references: ['https://docs.docker.com/reference/compose-file/services/#volumes', 'https://docs.docker.com/compose/how-tos/production/'],
  },
  project(model, ctx) {
    for (const doc of productionDocuments(model, 'compose')) check(doc, model, (r) => ctx.report({ ...r, source: doc.source }));
  },
});

/** Repository-relative form of a bind source; undefined for absolute or variable paths. */
function hostPath(source: string, composeDir: string): string | undefined {
  const s = source.replace(/^\$\{PWD\}|^\$PWD(?![A-Za-z0-9_])/, '.');
  if (s.startsWith('/') || s.startsWith('~') || s.includes('$') || /^[A-Za-z]:[\\/]/.test(s)) return undefined;
  return posix.normalize(posix.join(composeDir, s)).replace(/\/$/, '');
}

function sourceAndTargets(model: ProjectModel, composeRel: string, doc: ComposeDocument, service: ComposeService, composeDir: string): { sources: Set<string>; targets: string[] } {
  const sources = new Set(SOURCE_DIRS.map((d) => posix.normalize(posix.join(composeDir, d)).replace(/\/$/, '')));
  const targets = [...APP_DIRS];
  const file = model.byPath.get(composeRel);
  const build = file ? serviceBuild(model, file, doc, service) : undefined;
  if (build) {
    for (const d of SOURCE_DIRS) sources.add(posix.normalize(posix.join(build.dir || '.', d)).replace(/\/$/, ''));
    const tree = (model.byPath.get(build.dockerfile)?.doc as DockerfileDocument | undefined)?.tree;
    const stage = tree && ((build.target && stageNamed(tree, build.target)) || tree.finalStage);
    const workdir = tree && stage ? workdirAt(tree, stage) : null;
    if (workdir && workdir.startsWith('/') && workdir !== '/') targets.push(workdir);
  }
  return { sources, targets };
}

type Report = (r: ReportDescriptor<'mounted'>) => void;

function check(doc: Document, model: ProjectModel, report: Report): void {
  const compose = doc as ComposeDocument;
  const { yaml, services } = compose.tree;
  const composeDir = posix.dirname(doc.source.path);
  // A mount shared through a merge key is one finding, not one per service.
  const seen = new Set<number>();
  for (const service of services) {
    const mounts = serviceVolumes(yaml, service).filter((m) => m.type === 'bind' && m.source && m.target);
    if (!mounts.length) continue;
    const { sources, targets } = sourceAndTargets(model, doc.source.path, compose, service, composeDir);
    for (const m of mounts) {
      const src = hostPath(m.source!, composeDir);
      const target = m.target!.startsWith('/') ? cleanPath(m.target!) : undefined;
      if (src === undefined || target === undefined || !sources.has(src)) continue;
      if (!targets.some((t) => target === t || target.startsWith(t + '/'))) continue;
      if (seen.has(m.anchor.start)) continue;
      seen.add(m.anchor.start);
      report({ messageId: 'mounted', data: { source: m.source!, target: m.target! }, span: m.anchor });
    }
  }
}
