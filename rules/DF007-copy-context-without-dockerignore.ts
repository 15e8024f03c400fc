import { posix } from 'node:path';
import { contextsOf, ignoreFileFor, inContext, type BuildContext } from '../src/docker/contexts.js';
import { parseCopy } from '../src/docker/copy.js';
import { cleanPath, matchIgnore } from '../src/docker/dockerignore.js';
import { productionDocuments } from '../src/docker/documents.js';
import { stageChain } from '../src/docker/stages.js';
import type { DockerfileDocument } from '../src/parse/dockerfile.js';
import type { ProjectModel } from '../src/project.js';
import { defineRule, type ReportDescriptor } from '../src/rule.js';
import type { SourceFile } from '../src/source.js';
import type { Document } from '../src/types.js';

export default defineRule({
  id: 'DF007',
  name: 'copy-context-without-dockerignore',
  severity: 'warning',
  category: 'security',
  productionOnly: true,
  kinds: ['dockerfile'],
  triggers: ['COPY', 'ADD', 'copy', 'add'],
  triggersIgnoreCase: true,
  securitySeverity: 5.5,
  precision: 'high',
  messages: {
    noIgnoreFile: '{{keyword}} {{source}} copies the whole build context ({{context}}) and there is no .dockerignore: .env files and the .git history end up in the image layers',
    leaky: '{{keyword}} {{source}} copies the whole build context and {{ignore}} excludes neither .env nor .git: both end up in the image layers',
  },
  docs: {
    summary: 'The whole build context is copied into the image with no .dockerignore to keep secrets out',
    what: `Reports \`COPY . …\` and \`ADD . …\` (also \`./\`, exec form, with flags) in the final stage or a stage it is built \`FROM\`, when the build context has no ignore file, or has one that excludes neither \`.env\` nor \`.git\` (tested with Docker's own matching: patterns relative to the context root, \`**\`, \`!\` exceptions, last match wins; \`<Dockerfile>.dockerignore\` next to the Dockerfile takes precedence).

The build context is the directory a compose \`build:\` names; otherwise the Dockerfile's directory, unless its \`COPY\` sources are only found relative to a parent directory. When the context is only inferred and a parent directory has a \`.dockerignore\`, nothing is reported (the image may well be built from there). \`COPY --from=…\` copies from another stage or image and is not reported; neither are stages that only feed \`COPY --from\`.`,
    why: `\`COPY . .\` sends everything in the directory to the builder and bakes it into a layer: the developer's \`.env\` with production database passwords and API tokens, and \`.git\` with the full history — including every secret ever committed and later "removed". Image layers are readable by anyone who can pull the image (a registry with broad access, a leaked CI token, a public repository by mistake), and deleting the file in a later layer does not remove it from the earlier one.`,
    example: { kind: 'dockerfile', path: 'Dockerfile', code: 'FROM node:20.18-bookworm-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\nUSER node\nCMD ["node", "server.js"]\n' },
    fix: { kind: 'dockerfile', path: 'Dockerfile', code: 'FROM node:20.18-bookworm-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev\nCOPY src/ ./src/\nUSER node\nCMD ["node", "src/server.js"]\n' },
    references: ['https://docs.docker.com/build/concepts/context/#dockerignore-files', 'https://docs.docker.com/reference/dockerfile/#copy'],
  },
  project(model, ctx) {
    for (const doc of productionDocuments(model, 'dockerfile')) check(doc, model, (r) => ctx.report({ ...r, source: doc.source }));
  },
});

type Problem = 'none' | { path: string; source: SourceFile };

function problemOf(model: ProjectModel, context: BuildContext): Problem | undefined {
  const ignore = ignoreFileFor(model, context);
  if (!ignore) {
    if (!context.certain && parentHasIgnore(model, context.dir)) return undefined;
    return 'none';
  }
  const env = matchIgnore(ignore.patterns, '.env').excluded;
  const git = matchIgnore(ignore.patterns, '.git').excluded;
  if (env || git) return undefined;
  return { path: ignore.path, source: ignore.source };
}

function parentHasIgnore(model: ProjectModel, dir: string): boolean {
  for (let d = dir; d !== ''; ) {
    d = posix.dirname(d);
    if (d === '.') d = '';
    if (model.exists(inContext(d, '.dockerignore'))) return true;
  }
  return false;
}

type Report = (r: ReportDescriptor<'noIgnoreFile' | 'leaky'>) => void;

function check(doc: Document, model: ProjectModel, report: Report): void {
  const tree = (doc as DockerfileDocument).tree;
  const final = tree.finalStage;
  if (!final) return;
  const contexts = contextsOf(model, doc.source.path);
  for (const stage of stageChain(tree, final)) {
    for (const ins of stage.instructions) {
      const spec = parseCopy(ins);
      if (!spec || spec.from) continue;
      const whole = spec.sources.find((s) => cleanPath(s.value.replace(/^\/+/, '')) === '.');
      if (!whole) continue;
      for (const context of contexts) {
        const problem = problemOf(model, context);
        if (!problem) continue;
        const data = { keyword: spec.keyword, source: whole.value, context: context.dir ? `${context.dir}/` : 'the repository root' };
        if (problem === 'none') report({ messageId: 'noIgnoreFile', data, span: whole.span });
        else report({ messageId: 'leaky', data: { ...data, ignore: problem.path }, span: whole.span, related: [{ source: problem.source, span: { start: 0, end: problem.source.lineEnd(1) }, message: `${problem.path} excludes neither .env nor .git` }] });
        break;
      }
    }
  }
}
