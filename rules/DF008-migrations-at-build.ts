import { migrationCommand } from '../src/docker/migrations.js';
import { defineRule } from '../src/rule.js';
import { findFlag } from '../src/shell/query.js';
import { documentCommands, scriptKey } from '../src/shell/script-context.js';
import { DATASTORE, daemonizes } from '../src/shell/programs.js';
import type { Command } from '../src/types.js';

/** Stages that build or check, never ship: a test stage may migrate a throwaway database. */
const CHECK_STAGE = /(^|[-_.])(test|tests|testing|ci|lint|check|e2e|spec)([-_.]|$)/i;
/** Options under which the tool touches no database: help, version, offline SQL output (`alembic upgrade --sql`). */
const NO_DATABASE = ['--help', '-h', '--version', '--sql'];

export default defineRule({
  id: 'DF008',
  name: 'migrations-at-build',
  severity: 'error',
  category: 'reliability',
  productionOnly: true,
  kinds: ['dockerfile'],
  triggers: ['migrate', 'upgrade', 'migration:run', 'db:prepare', 'yoyo', 'goose'],
  precision: 'high',
  messages: {
    build: '{{tool}} runs while the image is built: the production database is not reachable from the build, or the build migrates whichever database it can reach, and the schema no longer changes with the deploy',
  },
  docs: {
    summary: 'A Dockerfile RUN applies database migrations at image build time',
    what: `Reports a \`RUN\` instruction, in any stage, that applies database migrations: the same command list DF001 knows (\`manage.py migrate\`, \`django-admin migrate\`, \`alembic upgrade\`, \`flask db upgrade\`, \`prisma migrate deploy\`, \`knex migrate:latest\`, \`sequelize db:migrate\`, \`typeorm migration:run\`, \`node-pg-migrate up\`, \`rails db:migrate\`/\`db:prepare\`, \`yoyo apply\`, \`goose up\`), also inside \`sh -c '…'\` and behind wrappers (\`poetry run\`, \`bundle exec\`). Anchored on the tool and its subcommand.

Not reported: commands that touch no database (\`prisma generate\`, \`manage.py makemigrations --check\`, \`collectstatic\`, \`migrate --help\`, \`alembic upgrade --sql\` which only prints SQL); stages named for tests or checks (\`AS test\`, \`AS ci\`, \`AS lint\`), which may migrate a throwaway database; and a \`RUN\` that first starts a database server itself (\`pg_ctl start\`, \`service postgresql start\`, \`mysqld &\`), which builds an image with its data inside on purpose.`,
    why: `Migrations change a database, and a build has none to change: the image builder (a CI runner, BuildKit, a platform's build step) usually cannot reach the production database, so the build fails — or it reaches one it should not (a developer's local database, a staging host named in a default \`DATABASE_URL\`), migrates that, and the image ships as if the schema were in place. Either way the schema change is no longer tied to the deploy: a rebuild from cache skips it, a rollback cannot undo it, and replicas start against a schema nobody migrated. One team's bot crash-looped on its hosting platform after a deploy because the schema and the code disagreed at start; the fix there was to copy the migration files into the image and apply them when the service starts, where the database is. Run migrations at release time: a release command, a one-shot migration service or job, or the entrypoint before \`exec\`.`,
    example: {
      kind: 'dockerfile',
      path: 'Dockerfile',
      code: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\nRUN python manage.py collectstatic --noinput && python manage.py migrate --noinput\nUSER nobody\nCMD ["gunicorn", "shop.wsgi", "--bind", "0.0.0.0:8000"]\n',
    },
    fix: {
      kind: 'dockerfile',
      path: 'Dockerfile',
      code: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\nRUN python manage.py collectstatic --noinput\nUSER nobody\nCMD ["sh", "-c", "python manage.py migrate --noinput && exec gunicorn shop.wsgi --bind 0.0.0.0:8000"]\n',
    },
    references: [
      'https://docs.docker.com/build/building/best-practices/#run',
      'https://12factor.net/admin-processes',
      'https://docs.djangoproject.com/en/stable/ref/django-admin/#migrate',
    ],
  },
  document(doc, ctx) {
    const commands = documentCommands(doc, ctx.project).filter((c) => c.role === 'build');
    for (const cmd of commands) {
      if (cmd.carrier.owner && CHECK_STAGE.test(cmd.carrier.owner)) continue;
      const migration = migrationCommand(cmd);
      if (!migration) continue;
      if (findFlag(cmd, NO_DATABASE)) continue;
      if (startsDatabaseFirst(commands, cmd)) continue;
      ctx.report({ messageId: 'build', data: { tool: migration.tool }, span: migration.span });
    }
  },
});

/**
 * An earlier command of the same `RUN` starts a database server (`service postgresql start`,
 * `pg_ctl start`, `mysqld &`, `mongod --fork`): the image carries its own data on purpose.
 */
function startsDatabaseFirst(commands: readonly Command[], cmd: Command): boolean {
  const key = scriptKey(cmd);
  return commands.some((c) => {
    if (c.index >= cmd.index || scriptKey(c) !== key) return false;
    const text = c.argv.map((w) => w.value ?? '').join(' ');
    if (!DATASTORE.test(text) && !/\b(postgresql|mongodb|redis-server|mysql)\b/.test(text)) return false;
    return c.background || daemonizes(c) || /\b(start|restart)\b/.test(text);
  });
}
