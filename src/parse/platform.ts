/**
 * Parsers of the platform config kinds (Railway, Fly.io, Render, Heroku): the file is read into
 * the positioned value tree of `config-tree.ts` (TOML, JSON or YAML by its name), then the
 * platform's reader (`src/deploy/<platform>.ts`) finds its services, commands and environment.
 * The tree carries `deploy: DeployService[]`, which `deployServices(doc)` returns to rules.
 */
import { lastSegment } from '../paths.js';
import type { SourceFile, Span } from '../source.js';
import type { Comment, Document, Environment, Kind, LineRange, ParseProblem } from '../types.js';
import { emptyTree, type PlatformTree } from '../deploy/platform.js';
import { readFly } from '../deploy/fly.js';
import { readAppJson, readHerokuYml } from '../deploy/heroku.js';
import { readRailway } from '../deploy/railway.js';
import { readRender } from '../deploy/render.js';
import { fromJson, fromToml, fromYaml, type CNode } from './config-tree.js';
import { parseComposeYaml } from './compose.js';
import { yamlLogicalLines } from './yaml-nodes.js';
import { yamlComments } from './yaml-comments.js';
import { tooDeepYamlOffset } from './yaml-depth.js';

export type PlatformDocument = Document<PlatformTree>;

interface Read {
  root: CNode | undefined;
  format: PlatformTree['format'];
  comments: Comment[];
  logicalLines: LineRange[];
  parseErrors: ParseProblem[];
}

const MAX_YAML_DEPTH = 200;

function problemSpan(start: number, end: number, length: number): Span {
  const s = Math.max(0, Math.min(start, length));
  const e = Math.min(length, Math.max(end, s + 1));
  return { start: Math.min(s, e), end: e };
}

function readFormat(source: SourceFile): Read {
  const base = lastSegment(source.path);
  if (base.endsWith('.toml')) {
    const t = fromToml(source);
    return { root: t.root, format: 'toml', comments: t.comments, logicalLines: t.logicalLines, parseErrors: t.errors };
  }
  if (base.endsWith('.json')) {
    const j = fromJson(source.text);
    if (j.root && j.root.type !== 'map') j.errors.push({ span: j.root.span, message: `${base} must contain a JSON object` });
    return { root: j.root, format: 'json', comments: [], logicalLines: [], parseErrors: j.errors };
  }
  const tooDeep = tooDeepYamlOffset(source.text, MAX_YAML_DEPTH);
  if (tooDeep !== undefined) {
    return { root: undefined, format: 'yaml', comments: [], logicalLines: [], parseErrors: [{ span: problemSpan(tooDeep, tooDeep + 1, source.text.length), message: `YAML nested more than ${MAX_YAML_DEPTH} levels deep; not analysed` }] };
  }
  const yaml = parseComposeYaml(source.text);
  const parseErrors = yaml.errors.slice(0, 5).map((e) => ({ span: problemSpan(e.pos[0], e.pos[1], source.text.length), message: `YAML: ${e.message.split('\n')[0]}` }));
  return { root: fromYaml(source, yaml), format: 'yaml', comments: yamlComments(source), logicalLines: yamlLogicalLines(source, yaml), parseErrors };
}

/** `railway.worker.toml` names its service `worker`; `bot/railway.toml` is `bot`; else `service`. */
function railwayServiceName(path: string): string {
  const m = /^railway\.(.+)\.(toml|json)$/.exec(lastSegment(path));
  if (m) return m[1]!;
  const parts = path.split('/');
  return parts.length > 1 ? parts[parts.length - 2]! : 'service';
}

export function parsePlatform(kind: Kind, source: SourceFile, environment: Environment): PlatformDocument {
  const r = readFormat(source);
  let tree: PlatformTree;
  switch (kind) {
    case 'railway':
      tree = readRailway(r.root, r.format, railwayServiceName(source.path));
      break;
    case 'fly':
      tree = readFly(r.root);
      break;
    case 'render':
      tree = readRender(r.root);
      break;
    case 'heroku':
      tree = r.format === 'json' ? readAppJson(r.root) : readHerokuYml(r.root);
      break;
    default:
      tree = emptyTree(r.format, r.root);
  }
  return { kind, source, environment, tree, comments: r.comments, logicalLines: r.logicalLines, parseErrors: r.parseErrors };
}
