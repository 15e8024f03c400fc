import { posix } from 'node:path';
import { deployServices, serviceForCommand, type DeployService, type Spanned } from '../src/deploy/index.js';
import { migrationCommand } from '../src/docker/migrations.js';
import type { ProjectFile, ProjectModel } from '../src/project.js';
import { defineRule } from '../src/rule.js';
import type { Command, Kind } from '../src/types.js';

/** Where each platform wants migrations: its once-per-deploy hook. */
const HOOK: Partial<Record<Kind, string>> = {
  railway: 'deploy.preDeployCommand',
  fly: '[deploy] release_command',
  render: 'preDeployCommand',
  heroku: 'the release phase (release: in heroku.yml, or a release: line in the Procfile)',
  procfile: 'a release: process (Heroku runs it once per deploy)',
  kubernetes: 'a Job (a Helm pre-upgrade hook, an Argo CD PreSync hook)',
};

/**
 * Migration tools that take a lock before migrating, so concurrent runs do not corrupt the schema:
 * the other instances wait for the lock or fail their start instead.
 * - Prisma Migrate: a database advisory lock for `migrate deploy`, 10 s timeout, not configurable
 *   (prisma.io/docs/orm/prisma-migrate/workflows/development-and-production#advisory-locking);
 * - Rails: `Migrator#with_advisory_lock` raises `ActiveRecord::ConcurrentMigrationError` ("another
 *   migration process is currently running") when the lock is taken;
 * - knex: the `knex_migrations_lock` table; a second run fails with "Migration table is already locked";
 * - node-pg-migrate: `pg_try_advisory_lock`, "Another migration is already running", unless `--no-lock`.
 */
const LOCKING = new Set(['prisma migrate deploy', 'rails db:migrate', 'rails db:prepare', 'rake db:migrate', 'rake db:prepare', 'knex migrate:latest', 'knex migrate:up', 'node-pg-migrate up']);

export default defineRule({
  id: 'PF005',
  name: 'migrations-in-replicated-start',
  severity: 'warning',
  category: 'reliability',
  productionOnly: true,
  kinds: ['railway', 'fly', 'render', 'heroku', 'procfile', 'kubernetes'],
  triggers: [],
  precision: 'high',
  messages: {
    replicated: '{{tool}} runs in the start command of "{{service}}", which runs {{instances}}: every instance migrates at once on each deploy and restart; run it once in {{hook}}',
    locked: '{{tool}} runs in the start command of "{{service}}", which runs {{instances}}: it takes a lock, so on each deploy and restart one instance migrates while the others block on the lock or fail their start and are restarted; run it once in {{hook}}',
  },
  docs: {
    summary: 'A replicated or autoscaled service applies database migrations in its start command',
    what: `A project rule over the deployment model. Reports a migration command — \`alembic upgrade\`, \`manage.py migrate\`, \`flask db upgrade\`, \`prisma migrate deploy\`, \`knex migrate:latest\`, \`sequelize db:migrate\`, \`typeorm migration:run\`, \`rails db:migrate\`, \`goose up\`… (the list DF001 uses) — in the start command of a service that runs more than one instance:
- **Railway**: \`numReplicas\` above 1, or \`multiRegionConfig\` replicas adding up to more than 1 (per environment, with \`environments.<name>.deploy\` overrides);
- **Render**: \`numInstances\` above 1, or \`scaling.maxInstances\` above 1;
- **Fly.io**: a process group served by \`[http_service]\`/\`[[services]]\` — \`fly deploy\` gives such a group two Machines, and \`auto_start_machines\` more;
- **Kubernetes**: an app container's \`command\`/\`args\` in a Deployment, StatefulSet or ReplicaSet with \`replicas\` above 1, a workload a HorizontalPodAutoscaler in the same file scales, or a DaemonSet (one pod per node); init containers, which every pod runs too, are not judged yet;
- **Heroku**: a Procfile or \`heroku.yml\` process whose \`app.json\` (same directory) \`formation.<process>.quantity\` is above 1.
Anchored on the migration command, with the replica setting as a related location. For tools that take a lock before migrating — \`prisma migrate deploy\`, \`rails\`/\`rake db:migrate\` and \`db:prepare\`, \`knex migrate:latest\`/\`migrate:up\`, \`node-pg-migrate up\` without \`--no-lock\` — the message says what happens then: the instances do not race, the others block on the lock or fail their start and are restarted. Pre-deploy and release hooks are the fix and are not reported; nor are one-instance services. Scripts that a start command runs are not followed yet, nor a Dockerfile's \`CMD\` that the platform runs because the file sets no start command.`,
    why: `A start command like \`alembic upgrade head && exec uvicorn …\` is fine on one box. Scaled out, every replica runs it at the same moment on every deploy, restart and autoscale event: two processes take the same migration, one fails on "relation already exists" or a lock timeout and crash-loops, or both half-apply a non-transactional migration. Tools that lock first (Prisma Migrate's advisory lock, Rails' \`ConcurrentMigrationError\`, knex's \`knex_migrations_lock\`, node-pg-migrate's advisory lock) keep the schema safe, but every other instance waits on the lock or fails its start — Prisma gives up after 10 seconds, Rails, knex and node-pg-migrate at once — and is restarted, so a rollout slows down, flaps its health checks, or fails when a long migration outlasts the restarts. Worse, a migration that holds a lock blocks every other replica's start — one incident's bot took a Postgres advisory lock at start with no timeout and stalled the next instance until the platform's health check killed it, and the platform restarted it into the same wait. Railway (\`preDeployCommand\`), Render (\`preDeployCommand\`), Fly.io (\`release_command\`) and Heroku (release phase) all run a hook exactly once per deploy, before the new instances start, and fail the deploy cleanly when the migration fails.`,
    example: { kind: 'railway', path: 'railway.toml', code: '[deploy]\nstartCommand = "alembic upgrade head && uvicorn app.main:app --host 0.0.0.0 --port $PORT"\nnumReplicas = 3\n' },
    fix: { kind: 'railway', path: 'railway.toml', code: '[deploy]\npreDeployCommand = "alembic upgrade head"\nstartCommand = "uvicorn app.main:app --host 0.0.0.0 --port $PORT"\nnumReplicas = 3\n' },
    references: [
      'https://docs.railway.com/guides/pre-deploy-command',
      'https://render.com/docs/deploys#pre-deploy-command',
      'https://fly.io/docs/reference/configuration/#run-one-off-commands-before-releasing-a-deployment',
      'https://devcenter.heroku.com/articles/release-phase',
      'https://www.prisma.io/docs/orm/prisma-migrate/workflows/development-and-production#advisory-locking',
    ],
  },
  project(model, ctx) {
    for (const { file, command } of model.commands()) {
      if (command.role !== 'start' || !file.doc || !file.source || !file.kind || !(file.kind in HOOK)) continue;
      const mig = migrationCommand(command);
      if (!mig) continue;
      const found = replicatedService(model, file, command);
      if (!found) continue;
      const { service, scale, source } = found;
      const instances = typeof scale.value === 'number' ? `${scale.value} instances` : file.kind === 'fly' ? 'two Machines or more' : 'several instances (autoscaled)';
      const locked = LOCKING.has(mig.tool) && !(mig.tool === 'node-pg-migrate up' && command.argv.some((w) => w.value === '--no-lock'));
      ctx.report({
        messageId: locked ? 'locked' : 'replicated',
        data: { tool: mig.tool, service: service.name, instances, hook: HOOK[file.kind]! },
        span: mig.span,
        source: file.source,
        related: [{ source, span: scale.span, message: 'the service runs several instances' }],
      });
    }
  },
});

interface Found {
  service: DeployService;
  scale: Spanned<number | boolean>;
  source: NonNullable<ProjectFile['source']>;
}

function scaleOf(s: DeployService | undefined): Spanned<number | boolean> | undefined {
  if (!s) return undefined;
  if (s.replicas && s.replicas.value > 1) return s.replicas;
  if (s.autoscaled?.value) return s.autoscaled;
  return undefined;
}

/**
 * The service the command starts, when it runs more than one instance. Heroku's process counts
 * live in `app.json` next to the Procfile or `heroku.yml`; every other platform says it in the file.
 */
function replicatedService(model: ProjectModel, file: ProjectFile, cmd: Command): Found | undefined {
  const owner = cmd.carrier.owner;
  if (file.kind === 'procfile' || (file.kind === 'heroku' && !file.rel.endsWith('.json'))) {
    const appJson = model.byPath.get(posix.join(posix.dirname(file.rel), 'app.json'));
    if (appJson?.kind !== 'heroku' || !appJson.doc || !appJson.source) return undefined;
    const service = deployServices(appJson.doc).find((s) => s.name === owner);
    const scale = scaleOf(service);
    return service && scale ? { service, scale, source: appJson.source } : undefined;
  }
  const service = serviceForCommand(file.doc!, owner);
  const scale = scaleOf(service);
  return service && scale ? { service, scale, source: file.source! } : undefined;
}
