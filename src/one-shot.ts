/**
 * One-shot jobs, judged from what a service runs: its start commands migrate, seed or initialise
 * and then end, with no long-running program after them. Platform-neutral (it reads `Command`s),
 * so compose services, systemd units and the deployment model's services ask the same question.
 *
 * This is the strict test — a rule that *reports* something about one-shot jobs (a restart policy
 * that reruns them) needs positive evidence. `src/compose/services.ts`'s `isOneShot` is the lenient
 * one, for rules that *skip* one-shot jobs (a word such as `seed` anywhere, or the service's name).
 */
import { migrationCommand } from './docker/migrations.js';
import { between, programName, subcommand } from './shell/query.js';
import { daemonizes, packageStart, serviceOf } from './shell/programs.js';
import { runsInline, scriptKey } from './shell/script-context.js';
import { baseName, isPythonWord } from './shell/unwrap.js';
import type { Span } from './source.js';
import type { Command } from './types.js';

export interface OneShotTask {
  /** Human name: `manage.py migrate`, `prisma db seed`, `./scripts/migrate.sh`. */
  what: string;
  /** From the program word to the subcommand. */
  span: Span;
}

export interface OneShotJob extends OneShotTask {
  command: Command;
}

/** Django management commands that set data up and exit (custom `seed_*`/`init_*` commands too). */
const DJANGO_TASK = /^(loaddata|createsuperuser|collectstatic|compilemessages|createcachetable|seed\w*|init\w*|setup\w*|bootstrap\w*|populate\w*)$/;
/** Rails/rake tasks that create, load or seed the database. */
const RAKE_TASK = /^db:(seed|setup|create|schema:load|reset|seed:\w+)$/;
/** package.json scripts named for a migration or a seed: `npm run migrate`, `yarn db:seed`. */
const PACKAGE_TASK = /^(migrat\w*|seed\w*|db:(migrat\w*|seed\w*|push|setup|init\w*|deploy)|(init|setup)[-:_]?db|typeorm:migrat\w*|prisma:(migrat\w*|deploy|seed))$/i;
/** Scripts whose file name says they migrate or seed: `migrate.sh`, `run_migrations.py`, `seed.js`. */
const TASK_SCRIPT = /^(migrate|migrations?|run[-_]migrations?|db[-_]?migrate|apply[-_]migrations?|seed|seed[-_]\w+|db[-_]seed|init[-_]?db|db[-_]init|create[-_]buckets?)\.(sh|bash|py|js|mjs|cjs|ts|rb)$/i;
const PACKAGE_MANAGERS = new Set(['npm', 'yarn', 'pnpm', 'bun']);
/** Commands that may follow the job's last task without making the service long-running. */
const EPILOGUE = new Set(['echo', 'printf', 'true', ':', 'exit', 'date', 'touch', 'rm', 'chown', 'chmod']);

/** The one-shot task one command runs, if it runs one. */
export function oneShotTask(cmd: Command): OneShotTask | undefined {
  const migration = migrationCommand(cmd);
  if (migration) return { what: migration.tool, span: migration.span };
  const argv = cmd.argv;
  const head = argv[0];
  const name = programName(cmd);
  if (!head) return undefined;
  // `python manage.py loaddata`, `django-admin createsuperuser`
  const manage = isPythonWord(head) ? argv.findIndex((w, i) => i > 0 && baseName(w.value) === 'manage.py') : name === 'manage.py' || name === 'django-admin' ? 0 : -1;
  if (manage !== -1) {
    const sub = subcommand(cmd, ['--settings', '--pythonpath', '-v', '--verbosity'], manage + 1);
    if (sub?.value && DJANGO_TASK.test(sub.value)) return { what: `manage.py ${sub.value}`, span: between(argv[manage]!, sub) };
    return undefined;
  }
  const from = name === 'bundle' && argv[1]?.value === 'exec' ? 2 : 0;
  const tool = baseName(argv[from]?.value);
  if (tool === 'rails' || tool === 'rake') {
    const sub = subcommand({ ...cmd, argv: argv.slice(from) }, ['-e', '--environment']);
    if (sub?.value && RAKE_TASK.test(sub.value)) return { what: `${tool} ${sub.value}`, span: between(argv[from]!, sub) };
    return undefined;
  }
  if (name === 'prisma' && argv[1]?.value === 'db' && (argv[2]?.value === 'push' || argv[2]?.value === 'seed')) {
    return { what: `prisma db ${argv[2].value}`, span: between(head, argv[2]) };
  }
  if (name === 'knex' && argv[1]?.value === 'seed:run') return { what: 'knex seed:run', span: between(head, argv[1]) };
  if ((name === 'sequelize' || name === 'sequelize-cli') && /^db:seed(:all)?$/.test(argv[1]?.value ?? '')) return { what: `sequelize ${argv[1]!.value}`, span: between(head, argv[1]!) };
  if (name && PACKAGE_MANAGERS.has(name)) {
    const sub = subcommand(cmd, ['--prefix', '-C', '--dir', '-w', '--workspace', '--cwd', '--filter', '-F']);
    const script = sub?.value === 'run' || sub?.value === 'run-script' ? subcommand(cmd, [], argv.indexOf(sub) + 1) : sub;
    if (script?.value && PACKAGE_TASK.test(script.value) && !packageStart(cmd)) return { what: `${name} run ${script.value}`, span: between(head, script) };
    return undefined;
  }
  // A script named for the task, run directly or by an interpreter: `./migrate.sh`, `python seed.py`.
  const scriptWord = argv.find((w, i) => (i === 0 || !w.value?.startsWith('-')) && TASK_SCRIPT.test(baseName(w.value) ?? ''));
  if (scriptWord && (scriptWord === head || argv.indexOf(scriptWord) === 1 || isPythonWord(head))) {
    return { what: scriptWord.value!, span: between(head, scriptWord) };
  }
  return undefined;
}

/** `sleep infinity`, `tail -f …`: a command whose purpose is to keep the service running. */
function keepsRunning(cmd: Command): boolean {
  const name = programName(cmd);
  if (name === 'sleep') return cmd.argv.slice(1).some((w) => w.value === null || w.value === 'infinity' || /^\d{4,}/.test(w.value));
  if (name === 'tail') return cmd.argv.some((w) => w.value === '-f' || w.value === '-F' || w.value === '--follow');
  return false;
}

/**
 * The job a service's start commands run, when they are a one-shot job: a migration, seed or
 * initialisation task runs, nothing after it in the same script but an epilogue (`echo done`), no
 * command anywhere starts a long-running program (a server, the project's own app, `exec "$@"`, a
 * daemon, `sleep infinity`), and the task is not inside a loop (a loop that reruns it is
 * long-running by design). `commands` are one service's start commands (all its carriers).
 */
export function oneShotJob(commands: readonly Command[]): OneShotJob | undefined {
  const inline = commands.filter(runsInline);
  // A task given by path (`/srv/app/.venv/bin/alembic upgrade head`) looks like the project's own binary to serviceOf.
  if (inline.some((c) => !oneShotTask(c) && (serviceOf(c) !== undefined || daemonizes(c) || keepsRunning(c)))) return undefined;
  let job: OneShotJob | undefined;
  for (const c of inline) {
    const task = oneShotTask(c);
    if (task && !c.shell?.loops?.length) job = { ...task, command: c };
  }
  if (!job) return undefined;
  const key = scriptKey(job.command);
  const after = inline.filter((c) => scriptKey(c) === key && c.index > job.command.index);
  if (after.some((c) => !oneShotTask(c) && !EPILOGUE.has(programName(c) ?? ''))) return undefined;
  return job;
}
