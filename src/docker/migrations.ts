/**
 * Database migrations: the commands that apply them and the directories that hold them.
 *
 * Each tool's default location is from its documentation: Alembic reads `alembic.ini` from the
 * working directory (`-c/--config`, and `script_location` inside it); Flask-Migrate uses
 * `migrations/` (`-d/--directory`); Prisma keeps `migrations/` next to `prisma/schema.prisma`
 * (`--schema`); node-pg-migrate and sequelize-cli default to `migrations/` (`-m/--migrations-dir`,
 * `--migrations-path`, or `.sequelizerc`); Rails uses `db/migrate`; yoyo takes its sources as
 * arguments or from `yoyo.ini`; knex reads `knexfile.*`; goose takes `-dir`; typeorm reads its
 * data source (`-d`). Django keeps migrations inside each app package, so `manage.py migrate`
 * names no directory of its own.
 */
import { posix } from 'node:path';
import { trimTrailingSlashes } from '../paths.js';
import type { ProjectModel } from '../project.js';
import { between, flagValue, findFlag } from '../shell/query.js';
import { baseName } from '../shell/unwrap.js';
import type { Span } from '../source.js';
import type { Command, Word } from '../types.js';
import { inContext } from './contexts.js';
import { isDirectory } from './project-files.js';

export interface MigrationCommand {
  /** Human name: `alembic upgrade`, `prisma migrate deploy`. */
  tool: string;
  /** From the program word to the subcommand. */
  span: Span;
  /**
   * Paths relative to the command's working directory of which at least one must be in the image;
   * undefined when the tool's configuration decides and cannot be read from the command.
   */
  needsAny?: string[];
  /** Files that, when present in the context root, move the tool's defaults (`.sequelizerc`). */
  configuredBy?: string[];
}

/** The migration a command applies, if it applies one. */
export function migrationCommand(cmd: Command): MigrationCommand | undefined {
  const argv = cmd.argv;
  let i = 0;
  // `bundle exec rails …`, `bin/rails …`
  if (baseName(argv[0]?.value) === 'bundle' && argv[1]?.value === 'exec') i = 2;
  const head = argv[i];
  let name = baseName(head?.value);
  if (!head || !name) return undefined;
  // `python manage.py migrate`, `python -u manage.py migrate`
  if (/^(python[\d.]*|pypy3?)$/.test(name)) {
    let k = i + 1;
    while (argv[k]?.value?.startsWith('-')) k++;
    const script = baseName(argv[k]?.value);
    if (script !== 'manage.py') return undefined;
    i = k;
    name = 'manage.py';
  }
  const words = argv.slice(i + 1);
  const positional = positionals(words, VALUE_FLAGS[name] ?? []);
  const sub = (n: number) => positional[n]?.value ?? undefined;
  const spanTo = (w: Word | undefined) => (w ? between(argv[i]!, w) : argv[i]!.span);
  const local = (flags: string[]) => {
    const f = findFlag({ ...cmd, argv: argv.slice(i) }, flags);
    if (!f) return undefined;
    const v = flagValue({ ...cmd, argv: argv.slice(i) }, f);
    return v === null ? null : v;
  };
  switch (name) {
    case 'alembic': {
      if (sub(0) !== 'upgrade') return undefined;
      const config = local(['-c', '--config']);
      if (config === null) return { tool: 'alembic upgrade', span: spanTo(positional[0]) };
      return { tool: 'alembic upgrade', span: spanTo(positional[0]), needsAny: [config ?? 'alembic.ini'] };
    }
    case 'flask': {
      if (sub(0) !== 'db' || sub(1) !== 'upgrade') return undefined;
      const dir = local(['-d', '--directory']);
      return withNeeds({ tool: 'flask db upgrade', span: spanTo(positional[1]) }, dir, 'migrations');
    }
    case 'manage.py':
    case 'django-admin':
      return sub(0) === 'migrate' ? { tool: `${name} migrate`, span: spanTo(positional[0]) } : undefined;
    case 'prisma': {
      if (sub(0) !== 'migrate' || sub(1) !== 'deploy') return undefined;
      const schema = local(['--schema']);
      const m: MigrationCommand = { tool: 'prisma migrate deploy', span: spanTo(positional[1]), configuredBy: ['prisma.config.ts', 'prisma.config.js', 'prisma.config.mjs'] };
      if (schema === null) return { tool: m.tool, span: m.span };
      if (schema) return { tool: m.tool, span: m.span, needsAny: [posix.join(posix.dirname(schema), 'migrations')] };
      return { ...m, needsAny: ['prisma'] };
    }
    case 'knex': {
      if (sub(0) !== 'migrate:latest' && sub(0) !== 'migrate:up') return undefined;
      const tool = `knex ${sub(0)}`;
      const dir = local(['--migrations-directory']);
      if (dir) return { tool, span: spanTo(positional[0]), needsAny: [dir] };
      const knexfile = local(['--knexfile']);
      if (knexfile) return { tool, span: spanTo(positional[0]), needsAny: [knexfile] };
      if (knexfile === null || dir === null) return { tool, span: spanTo(positional[0]) };
      return { tool, span: spanTo(positional[0]), needsAny: ['knexfile.js', 'knexfile.ts', 'knexfile.cjs', 'knexfile.mjs'] };
    }
    case 'sequelize':
    case 'sequelize-cli': {
      if (sub(0) !== 'db:migrate') return undefined;
      const dir = local(['--migrations-path']);
      if (local(['--config', '--options-path']) !== undefined) return { tool: 'sequelize db:migrate', span: spanTo(positional[0]), ...(dir ? { needsAny: [dir] } : {}) };
      return withNeeds({ tool: 'sequelize db:migrate', span: spanTo(positional[0]), configuredBy: ['.sequelizerc'] }, dir, 'migrations');
    }
    case 'typeorm':
    case 'typeorm-ts-node-commonjs':
    case 'typeorm-ts-node-esm': {
      if (sub(0) !== 'migration:run') return undefined;
      const ds = local(['-d', '--dataSource']);
      return { tool: 'typeorm migration:run', span: spanTo(positional[0]), ...(ds ? { needsAny: [ds] } : {}) };
    }
    case 'node-pg-migrate': {
      const action = sub(0) ?? 'up';
      if (action !== 'up') return undefined;
      const dir = local(['-m', '--migrations-dir']);
      if (local(['--config-file', '-f']) !== undefined) return { tool: 'node-pg-migrate up', span: spanTo(positional[0]), ...(dir ? { needsAny: [dir] } : {}) };
      return withNeeds({ tool: 'node-pg-migrate up', span: spanTo(positional[0]) }, dir, 'migrations');
    }
    case 'rails':
    case 'rake': {
      const task = sub(0);
      if (task !== 'db:migrate' && task !== 'db:prepare') return undefined;
      return { tool: `${name} ${task}`, span: spanTo(positional[0]), needsAny: ['db/migrate'] };
    }
    case 'yoyo':
    case 'yoyo-migrate': {
      if (sub(0) !== 'apply') return undefined;
      const sources = positional.slice(1).map((w) => w.value);
      if (sources.some((s) => s === null)) return { tool: 'yoyo apply', span: spanTo(positional[0]) };
      if (local(['-c', '--config']) !== undefined) return { tool: 'yoyo apply', span: spanTo(positional[0]) };
      return { tool: 'yoyo apply', span: spanTo(positional[0]), needsAny: sources.length ? (sources as string[]) : ['yoyo.ini'] };
    }
    case 'goose': {
      const up = positional.find((w) => w.value === 'up' || w.value === 'up-to' || w.value === 'up-by-one');
      if (!up) return undefined;
      const dir = local(['-dir', '--dir']);
      return { tool: 'goose up', span: spanTo(up), ...(dir ? { needsAny: [dir] } : {}) };
    }
    default:
      return undefined;
  }
}

function withNeeds(m: MigrationCommand, flag: string | null | undefined, fallback: string): MigrationCommand {
  if (flag === null) return { tool: m.tool, span: m.span };
  return { ...m, needsAny: [flag ?? fallback] };
}

/** Options that take a value, per tool, so their values are not taken for subcommands. */
const VALUE_FLAGS: Record<string, string[]> = {
  alembic: ['-c', '--config', '-n', '--name', '-x'],
  flask: ['--app', '-A', '--env-file', '-e', '-d', '--directory'],
  'manage.py': ['--settings', '--pythonpath', '--database', '-v', '--verbosity'],
  'django-admin': ['--settings', '--pythonpath', '--database', '-v', '--verbosity'],
  prisma: ['--schema'],
  knex: ['--knexfile', '--cwd', '--env', '--migrations-directory', '--client', '--connection'],
  sequelize: ['--env', '--config', '--options-path', '--migrations-path', '--url', '--to'],
  'sequelize-cli': ['--env', '--config', '--options-path', '--migrations-path', '--url', '--to'],
  typeorm: ['-d', '--dataSource'],
  'typeorm-ts-node-commonjs': ['-d', '--dataSource'],
  'typeorm-ts-node-esm': ['-d', '--dataSource'],
  'node-pg-migrate': ['-m', '--migrations-dir', '-d', '--database-url-var', '-t', '--migrations-table', '-s', '--schema', '-f', '--config-file', '--envPath', '-j', '--migration-file-language'],
  rails: ['-e', '--environment'],
  rake: ['-f', '--rakefile'],
  yoyo: ['-d', '--database', '-c', '--config', '-r', '--revision', '--migration-table', '-m', '--match'],
  'yoyo-migrate': ['-d', '--database', '-c', '--config', '-r', '--revision', '--migration-table', '-m', '--match'],
  goose: ['-dir', '--dir', '-table', '-certfile', '-ssl-cert', '-ssl-key', '-s', '-env'],
};

function positionals(words: Word[], withValue: readonly string[]): Word[] {
  const out: Word[] = [];
  for (let k = 0; k < words.length; k++) {
    const v = words[k]!.value;
    if (v !== null && v.startsWith('-')) {
      if (withValue.includes(v)) k++;
      continue;
    }
    out.push(words[k]!);
  }
  return out;
}

export interface MigrationsDir {
  /** Context-relative directory. */
  dir: string;
  /** What marks it: `migrations/`, `alembic.ini`, `prisma/migrations`, `db/migrate`. */
  why: string;
}

/**
 * Migrations directories at the root of a build context (repository-relative `contextDir`): a
 * `migrations/` directory, the Alembic script directory named by `alembic.ini` (or `alembic/` next
 * to it), `prisma/` with a `migrations/` directory, and Rails' `db/migrate/`.
 */
export function migrationsDirs(model: ProjectModel, contextDir: string, readText: (rel: string) => string | undefined): MigrationsDir[] {
  const out: MigrationsDir[] = [];
  const at = (p: string) => inContext(contextDir, p);
  const add = (dir: string, why: string) => {
    if (!out.some((d) => d.dir === dir) && isDirectory(model, at(dir))) out.push({ dir, why });
  };
  add('migrations', 'migrations/');
  const ini = readText(at('alembic.ini'));
  if (ini !== undefined) {
    const loc = scriptLocation(ini);
    const rel = loc?.replace(/^%\(here\)s\/?/, '');
    if (rel && !rel.includes('%') && !rel.includes(':') && !rel.startsWith('/')) add(trimTrailingSlashes(posix.normalize(rel)), 'alembic.ini');
    add('alembic', 'alembic.ini');
  }
  // A `prisma/` without `migrations/` uses `db push`: there is nothing to apply at start.
  if (isDirectory(model, at('prisma/migrations'))) add('prisma', 'prisma/migrations/');
  add('db/migrate', 'db/migrate/');
  return out;
}

/**
 * The `script_location` of an `alembic.ini`: the value on the first line that sets it, trimmed;
 * undefined when no line sets it or the value is empty. Line by line, because one expression over
 * the whole file (`^\s*script_location\s*[=:]\s*(.+?)\s*$` with `m`) retries a long run of
 * blanks inside the value from every blank: 28 s on 100,000 spaces.
 */
export function scriptLocation(ini: string): string | undefined {
  for (const line of ini.split(/\r\n|\r|\n/)) {
    const key = /^\s*script_location\s*[=:]/.exec(line);
    if (!key) continue;
    const value = line.slice(key[0].length).trim();
    return value === '' ? undefined : value;
  }
  return undefined;
}

/** Known files below a repository-relative directory, sorted. */
export function filesUnder(model: ProjectModel, dir: string): string[] {
  const prefix = dir ? dir + '/' : '';
  return model.files.filter((f) => f.rel.startsWith(prefix)).map((f) => f.rel).sort();
}
