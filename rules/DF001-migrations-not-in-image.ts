import { posix } from 'node:path';
import { serviceVolumes } from '../src/compose/volumes.js';
import { contextsOf, ignoreFileFor, inContext, type BuildContext, type IgnoreFile } from '../src/docker/contexts.js';
import { isGlob } from '../src/docker/copy.js';
import { embedsDirectory, quotesPathSegment } from '../src/docker/dir-mentions.js';
import { filesUnder, migrationCommand, migrationsDirs, type MigrationCommand, type MigrationsDir } from '../src/docker/migrations.js';
import { isDirectory, readProjectText, relatedFileFor } from '../src/docker/project-files.js';
import { containerPathProvided, contextPathPresence, stageMappings, type Mapping, type ReachOptions } from '../src/docker/reach.js';
import { fromSpan, resolveContainerPath, stageNamed, startInstructions, workdirAt } from '../src/docker/stages.js';
import { commandsOf, imageStartCommands, type StartCommand } from '../src/docker/start.js';
import type { ComposeDocument } from '../src/parse/compose.js';
import type { DfStage, DockerfileDocument, DockerfileTree } from '../src/parse/dockerfile.js';
import { getPath, scalarString } from '../src/parse/yaml-nodes.js';
import { trimTrailingSlashes } from '../src/paths.js';
import type { ProjectFile, ProjectModel } from '../src/project.js';
import { defineRule, type ProjectContext } from '../src/rule.js';
import { programName } from '../src/shell/query.js';
import type { SourceFile, Span } from '../src/source.js';

type Messages = 'commandMissing' | 'commandExcluded' | 'dirMissing' | 'dirExcluded' | 'dirLeftInBuild';
type Related = { source: SourceFile; span: Span; message: string };

/** Copies of these (compiled output) may carry migrations compiled from the source directory. */
const BUILD_OUTPUT = /^(dist|build|out|lib|target|bin|\.next)(\/|$)/;
/** Top-level directories that do not hold code the image runs. */
const NOT_CODE = /^(docs?|static|public|assets|conf|configs?|nginx|certs?|ssl|fonts|images|img|media|data|fixtures|\.github)$/;
const CODE_FILE = /\.(py|js|mjs|cjs|ts|mts|cts|rb|go|php|java|jar|war|kt|ex|exs|rs|cs|sh)$/;

export default defineRule({
  id: 'DF001',
  name: 'migrations-not-in-image',
  severity: 'error',
  category: 'reliability',
  productionOnly: true,
  kinds: ['dockerfile'],
  triggers: [],
  anchor: 'owner',
  precision: 'high',
  messages: {
    commandMissing: '{{tool}} runs when the container starts, but the image never gets {{path}}: the first deploy finds no migrations and crash-loops or runs on an old schema',
    commandExcluded: '{{tool}} runs when the container starts, but .dockerignore keeps {{path}} out of the image: the first deploy finds no migrations',
    dirMissing: 'the image runs code from its build context but never copies {{dir}}: the first deploy starts without its migrations and crash-loops or runs on an old schema',
    dirExcluded: 'the image copies its build context but .dockerignore keeps {{dir}} out: the first deploy starts without its migrations',
    dirLeftInBuild: 'a build stage copies {{dir}} but the final stage does not, and the code opens it at run time: the first deploy starts without its migrations',
  },
  docs: {
    summary: 'The image applies database migrations at start but the migrations are not in it',
    what: `A project rule: it reads every production Dockerfile together with its build context, its \`.dockerignore\`, the scripts its \`CMD\`/\`ENTRYPOINT\` run and the compose services that build it.

Reported when the final stage (or the compose \`build.target\`) lacks the migrations it needs:
- **A migration command runs at start** — \`alembic upgrade\`, \`flask db upgrade\`, \`prisma migrate deploy\`, \`knex migrate:latest\`, \`sequelize db:migrate\`, \`typeorm migration:run\`, \`node-pg-migrate up\`, \`rails db:migrate\`, \`yoyo apply\`, \`goose up\` (\`manage.py migrate\` counts, but Django keeps migrations inside its apps) — in \`CMD\`/\`ENTRYPOINT\`, in the script they run, or in the \`command:\` of a compose service that builds the image, and no \`COPY\`/\`ADD\` puts the path the tool reads (\`alembic.ini\`, \`migrations/\`, \`prisma/\`, \`db/migrate/\`, or what \`-c\`/\`-d\`/\`--schema\`… name), resolved against \`WORKDIR\` (or compose \`working_dir:\`, or a \`cd\` before it), into the image — or \`.dockerignore\` keeps it out. Anchored on the migration command (or on the \`CMD\`/\`ENTRYPOINT\` that runs the script), with the script or compose command as a related location.
- **The build context holds a migrations directory** at its root — \`migrations/\`, the \`script_location\` of \`alembic.ini\` (or \`alembic/\`), \`prisma/migrations/\`, \`db/migrate/\` — next to code the image copies, and the final stage copies neither it nor a parent (\`COPY . .\`), or \`.dockerignore\` excludes it. Unless a migration command runs at start, the image must also show that it reads the directory: a start command names it, or a code file the image copies mentions it in a string literal (\`Path(__file__).parent / "migrations"\`, \`"file://migrations"\`) — projects that apply migrations from CI or by hand are left alone. Anchored on the \`CMD\`/\`ENTRYPOINT\` (else the final \`FROM\`); the related location is the first file of the directory.

Copies are followed through stages: \`COPY --from=build /app /app\` brings what the \`build\` stage copied from the context. A directory that only a build stage copies is reported when the code opens it at run time (a path literal as above) and embeds it nowhere (\`//go:embed\`, \`sqlx::migrate!\`, \`embed_migrations!\`, \`include_dir!\`). Not reported: a migrations directory that another Dockerfile copies or a compose service mounts (it belongs to another container), or that sits next to compiled output the image copies (\`dist/\`, \`build/\`); paths given by variables; a \`RUN\` that mentions the path (it may create it).`,
    why: `Migrations are the one part of the code that many Dockerfiles forget: the app runs without them on a developer's machine, where the whole checkout is present, and the image is never started against a fresh database in CI. On the first deploy the container starts, finds zero migration files, and either crash-loops or runs against the old schema until a query fails. One team's Telegram bot crash-looped on its hosting platform until the Dockerfile got an explicit \`COPY migrations/ ./migrations/\`; their start-up log line "Found 26 migration files" became the check that a deploy was sane.`,
    example: {
      kind: 'dockerfile',
      path: 'Dockerfile',
      code: 'FROM python:3.12-slim\nENV PYTHONUNBUFFERED=1\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY app/ ./app/\nUSER nobody\nCMD ["sh", "-c", "alembic upgrade head && exec uvicorn app.main:app --host 0.0.0.0 --port 8000"]\n',
    },
    fix: {
      kind: 'dockerfile',
      path: 'Dockerfile',
      code: 'FROM python:3.12-slim\nENV PYTHONUNBUFFERED=1\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY alembic.ini .\nCOPY alembic/ ./alembic/\nCOPY app/ ./app/\nUSER nobody\nCMD ["sh", "-c", "alembic upgrade head && exec uvicorn app.main:app --host 0.0.0.0 --port 8000"]\n',
    },
    references: ['https://docs.docker.com/reference/dockerfile/#copy', 'https://docs.docker.com/build/concepts/context/#dockerignore-files', 'https://alembic.sqlalchemy.org/en/latest/tutorial.html'],
  },
  project(model, ctx) {
    for (const file of model.files) {
      if (file.kind !== 'dockerfile' || !file.doc || !file.source || file.environment === 'development') continue;
      const tree = (file.doc as DockerfileDocument).tree;
      if (!tree.finalStage) continue;
      const starts = imageStartCommands(model, file);
      for (const context of contextsOf(model, file.rel)) {
        const targets = new Set(context.uses.map((u) => u.target));
        if (!context.uses.length) targets.add(undefined);
        for (const target of targets) {
          const stage = (target && stageNamed(tree, target)) || tree.finalStage;
          checkImage(model, ctx, file, tree, stage, context, starts.filter((s) => !s.use || s.use.target === target));
        }
      }
    }
  },
});

function checkImage(model: ProjectModel, ctx: ProjectContext<Messages, object>, file: ProjectFile, tree: DockerfileTree, stage: DfStage, context: BuildContext, starts: StartCommand[]): void {
  const ignore = ignoreFileFor(model, context);
  const opts: ReachOptions = { isDir: (p) => isDirectory(model, inContext(context.dir, p)) };
  if (ignore) opts.ignore = ignore.patterns;
  const source = file.source!;
  const reported = new Set<string>();
  const migrations = starts.map((s) => ({ start: s, migration: migrationCommand(s.command) })).filter((m): m is { start: StartCommand; migration: MigrationCommand } => m.migration !== undefined);

  // 1. A migration command runs at start: the paths it reads must be in the image.
  for (const { start, migration } of migrations) {
    if (!migration.needsAny) continue;
    if (migration.configuredBy?.some((f) => model.exists(inContext(context.dir, f)))) continue;
    const cwd = workingDirectory(model, tree, stage, start);
    if (cwd === null) continue;
    const paths = migration.needsAny.map((n) => resolveContainerPath(n, cwd));
    if (paths.some((p) => p === null)) continue;
    let excluded: { path: string; by?: IgnoreFile } | undefined;
    let ok = false;
    for (const p of paths as string[]) {
      if (mountedAtRuntime(start, p)) ok = true;
      const r = containerPathProvided(tree, stage, p, opts);
      if (r.provided === 'yes' || r.provided === 'unknown') ok = true;
      if (r.provided === 'excluded' && !excluded) excluded = ignore ? { path: p, by: ignore } : { path: p };
    }
    if (ok) continue;
    const shown = migration.needsAny.map(cleanRel).join(' or ');
    reported.add(cleanRel(migration.needsAny[0]!));
    const related: Related[] = [];
    const inDockerfile = start.command.carrier.source.path === source.path;
    if (!inDockerfile) related.push({ source: start.command.carrier.source, span: migration.span, message: `${migration.tool} runs here` });
    const onDisk = migration.needsAny.map((n) => inContext(context.dir, cleanRel(n))).find((rel) => model.exists(rel));
    const dirFile = onDisk ? relatedFileFor(model, onDisk) : undefined;
    if (dirFile) related.push(dirFile);
    if (excluded?.by) related.push(ignoreRelated(excluded.by, onDisk ?? migration.needsAny[0]!));
    ctx.report({
      source,
      messageId: excluded ? 'commandExcluded' : 'commandMissing',
      data: { tool: migration.tool, path: shown },
      span: inDockerfile ? migration.span : viaAnchor(start, source.path) ?? startAnchor(tree, stage),
      related,
    });
  }

  // 2. A migrations directory in the context that the image leaves out (one finding per image:
  // a missing migration command's path already says it).
  if (reported.size) return;
  const mappings = stageMappings(tree, stage, opts);
  const copiesCompiled = mappings.some((m) => BUILD_OUTPUT.test(m.ctx) || (m.copy.from !== undefined && BUILD_OUTPUT.test(m.copy.sources[0]?.value.replace(/^\/?(app\/|usr\/src\/app\/)?/, '') ?? '')));
  for (const dir of migrationsDirs(model, context.dir, (rel) => readProjectText(model, rel))) {
    const repoDir = inContext(context.dir, dir.dir);
    const files = filesUnder(model, repoDir).map((f) => (context.dir ? f.slice(context.dir.length + 1) : f));
    const presence = contextPathPresence(tree, stage, dir.dir, files, opts);
    if (presence.presence === 'present') continue;
    if (presence.presence === 'elsewhere') {
      // A build stage has it: fine when the build embeds or compiles it (`//go:embed`,
      // `sqlx::migrate!`, compiled output); a bug when the code opens the directory at run time.
      if (migrations.length) continue;
      const everyStage = tree.stages.flatMap((s) => stageMappings(tree, s, opts));
      if (!mentionsDirectory(model, context.dir, dir, everyStage, starts)) continue;
    } else if (!migrations.length) {
      // Without a migration command, the image must both run code from the context and show that
      // it reads the directory: many projects apply their migrations from CI or by hand.
      const nextToCode = mappings.some((m) => m.ctx === '.' || (m.ctx !== dir.dir && looksLikeCode(m.ctx)));
      if (!nextToCode || copiesCompiled) continue;
      if (!mentionsDirectory(model, context.dir, dir, mappings, starts)) continue;
    }
    if (usedElsewhere(model, file.rel, repoDir)) continue;
    const related: Related[] = [];
    const dirFile = relatedFileFor(model, repoDir);
    if (dirFile) related.push(dirFile);
    if (presence.presence === 'excluded' && presence.by && ignore) related.push(ignoreRelated(ignore, repoDir, presence.by.span));
    const first = migrations[0];
    if (first && first.start.command.carrier.source.path !== source.path) related.push({ source: first.start.command.carrier.source, span: first.migration.span, message: `${first.migration.tool} runs here` });
    const span = !first ? startAnchor(tree, stage) : first.start.command.carrier.source.path === source.path ? first.migration.span : viaAnchor(first.start, source.path) ?? startAnchor(tree, stage);
    const messageId = presence.presence === 'excluded' ? 'dirExcluded' : presence.presence === 'elsewhere' ? 'dirLeftInBuild' : 'dirMissing';
    ctx.report({ source, messageId, data: { dir: `${dir.dir}/` }, span, related });
  }
}

/** The container directory a start command runs in: compose `working_dir`, a `cd` before it, or WORKDIR. */
function workingDirectory(model: ProjectModel, tree: DockerfileTree, stage: DfStage, start: StartCommand): string | null {
  let cwd: string | null = workdirAt(tree, stage);
  if (start.use) {
    const yaml = (start.use.compose.doc as ComposeDocument | undefined)?.tree.yaml;
    const wd = yaml ? scalarString(getPath(yaml, start.use.service.node, 'working_dir')) : undefined;
    if (wd) cwd = resolveContainerPath(wd, cwd);
  }
  const cmd = start.command;
  const siblings = commandsOf(model, start.file);
  for (const c of siblings) {
    if (c.index >= cmd.index || c.carrier.span.start !== cmd.carrier.span.start) continue;
    if (programName(c) !== 'cd' && programName(c) !== 'pushd') continue;
    const arg = c.argv[1];
    if (!arg || arg.value === null) return null;
    cwd = resolveContainerPath(arg.value, cwd);
  }
  return cwd;
}

/** A compose service that runs the command mounts something at (or above, or below) the path. */
function mountedAtRuntime(start: StartCommand, path: string): boolean {
  const use = start.use;
  if (!use) return false;
  const yaml = (use.compose.doc as ComposeDocument | undefined)?.tree.yaml;
  if (!yaml) return false;
  return serviceVolumes(yaml, use.service).some((m) => {
    const t = m.target === undefined ? undefined : trimTrailingSlashes(m.target);
    return !!t && (t === path || path.startsWith(t + '/') || t.startsWith(path + '/'));
  });
}

/** Another Dockerfile copies the directory, or a compose service bind-mounts it (or a parent). */
function usedElsewhere(model: ProjectModel, dockerfile: string, repoDir: string): boolean {
  for (const f of model.files) {
    if (f.kind === 'compose' && f.doc) {
      const doc = f.doc as ComposeDocument;
      const base = posix.dirname(f.rel);
      for (const service of doc.tree.services) {
        for (const m of serviceVolumes(doc.tree.yaml, service)) {
          if (m.type !== 'bind' || !m.source || m.source.includes('$') || m.source.startsWith('/') || m.source.startsWith('~')) continue;
          const src = trimTrailingSlashes(posix.normalize(posix.join(base, m.source)));
          const rel = src === '.' ? '' : src;
          if (rel === '' || rel === repoDir || repoDir.startsWith(rel + '/')) return true;
        }
      }
    }
    if (f.kind !== 'dockerfile' || f.rel === dockerfile || !f.doc) continue;
    const tree = (f.doc as DockerfileDocument).tree;
    for (const ctx of contextsOf(model, f.rel)) {
      if (ctx.dir !== '' && repoDir !== ctx.dir && !repoDir.startsWith(ctx.dir + '/')) continue;
      const inCtx = ctx.dir ? repoDir.slice(ctx.dir.length + 1) : repoDir;
      for (const s of tree.stages) {
        const ig = ignoreFileFor(model, ctx);
        const p = contextPathPresence(tree, s, inCtx, [], ig ? { ignore: ig.patterns } : {});
        if (p.presence === 'present') return true;
      }
    }
  }
  return false;
}

/**
 * How code names a migrations directory: a string literal that is a path with the directory's
 * last component in it (`"migrations"`, `"./migrations/*.sql"`, `"file://migrations"`), or, for
 * Alembic, its ini file. A sentence that mentions the word (`"no migrations to run"`) does not count
 * (see quotesPathSegment).
 */
function evidenceNames(dir: MigrationsDir): string[] {
  return dir.why === 'alembic.ini' ? ['alembic.ini', 'alembic'] : [posix.basename(dir.dir)];
}

const MAX_EVIDENCE_FILES = 2000;

/**
 * Evidence that the image reads the directory at run time: a start command names it, or a code
 * file the image copies mentions it in a string literal (`Path(__file__).parent / "migrations"`,
 * `migrate.New("file://migrations", …)`).
 */
function mentionsDirectory(model: ProjectModel, contextDir: string, dir: MigrationsDir, mappings: Mapping[], starts: StartCommand[]): boolean {
  const names = evidenceNames(dir);
  const name = posix.basename(dir.dir);
  for (const s of starts) {
    if (s.command.argv.some((w) => w.value !== null && w.value.split('/').includes(name))) return true;
  }
  const prefix = contextDir ? contextDir + '/' : '';
  let seen = 0;
  let reads = false;
  for (const f of model.files) {
    if (!f.rel.startsWith(prefix) || !CODE_FILE.test(f.rel)) continue;
    const rel = f.rel.slice(prefix.length);
    if (rel === dir.dir || rel.startsWith(dir.dir + '/')) continue;
    if (!mappings.some((m) => m.ctx === '.' || rel === m.ctx || rel.startsWith(m.ctx + '/') || m.ctx.includes('$') || isGlob(m.ctx))) continue;
    if (++seen > MAX_EVIDENCE_FILES) return false;
    const text = readProjectText(model, f.rel);
    if (text === undefined) continue;
    // Embedded at compile time: the image needs no directory.
    if (embedsDirectory(text, name)) return false;
    if (!reads && names.some((n) => quotesPathSegment(text, n))) reads = true;
  }
  return reads;
}

function looksLikeCode(ctx: string): boolean {
  if (ctx.includes('$')) return true;
  const top = ctx.split('/')[0]!;
  if (CODE_FILE.test(ctx)) return true;
  if (/\.[A-Za-z0-9]+$/.test(top)) return false;
  return !NOT_CODE.test(top);
}

/** The Dockerfile command that runs the script a start command is in. */
function viaAnchor(start: StartCommand, dockerfile: string): Span | undefined {
  return start.command.via.find((v) => v.path === dockerfile)?.span;
}

/** What the container starts with: ENTRYPOINT, else CMD, else the stage's FROM. */
function startAnchor(tree: DockerfileTree, stage: DfStage): Span {
  const ins = startInstructions(tree, stage)[0];
  if (ins && ins.args.length) return ins.args.spanToFile({ start: 0, end: ins.args.length });
  return fromSpan(stage);
}

function ignoreRelated(ignore: IgnoreFile, what: string, span?: Span): Related {
  return { source: ignore.source, span: span ?? { start: 0, end: ignore.source.lineEnd(1) }, message: `${ignore.path} excludes ${what}` };
}

function cleanRel(p: string): string {
  return trimTrailingSlashes(posix.normalize(p).replace(/^\.\//, ''));
}
