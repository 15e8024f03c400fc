import { inDevProfile, serviceOneShotJob } from '../src/compose/services.js';
import { isMap } from 'yaml';
import type { ComposeDocument } from '../src/parse/compose.js';
import { getPair, getPath, nodeSpan, resolve, scalarString } from '../src/parse/yaml-nodes.js';
import { defineRule } from '../src/rule.js';
import { documentCommands } from '../src/shell/script-context.js';

export default defineRule({
  id: 'DC010',
  name: 'restart-always-on-one-shot',
  severity: 'warning',
  category: 'reliability',
  productionOnly: true,
  kinds: ['compose'],
  triggers: ['restart'],
  precision: 'high',
  messages: {
    restart: 'service "{{service}}" runs {{job}} and exits, but restart: {{policy}} starts it again every time it finishes: the job reruns forever',
    policy: 'service "{{service}}" runs {{job}} and exits, but its restart_policy {{how}} starts it again every time it finishes: the job reruns forever',
  },
  docs: {
    summary: 'A one-shot compose job (a migration, a seed) has a restart policy that reruns it forever',
    what: `Reports \`restart: always\` and \`restart: unless-stopped\`, and a \`deploy.restart_policy\` whose \`condition\` is \`any\` (written, or left to its default, which is \`any\`) without \`max_attempts\`, on a service whose \`command\`/\`entrypoint\` is a one-shot job: it applies migrations (the commands DF001 knows: \`manage.py migrate\`, \`alembic upgrade\`, \`prisma migrate deploy\`, \`rails db:migrate\`…), seeds or initialises data (\`manage.py loaddata\`/\`createsuperuser\`/\`collectstatic\`, \`rails db:seed\`, \`prisma db push\`/\`db seed\`, \`knex seed:run\`, \`npm run migrate\`, a script named \`migrate.sh\` or \`seed.py\`), and nothing long-running follows it — not a server, the project's own app, \`exec "$@"\`, \`sleep infinity\`, nor a loop. Anchored on the policy's value.

Not reported: \`restart: on-failure\` (it reruns a job only until it succeeds), \`restart: "no"\`, a \`restart_policy\` with \`max_attempts\`, services whose name or image alone suggests a job (what they run is not visible), \`sh -c "migrate && exec gunicorn …"\` (a long-running service that migrates first) and services under development profiles.`,
    why: `A migration or seed container is meant to run once, exit 0, and let the services that wait for it (\`depends_on: condition: service_completed_successfully\`) start. With \`restart: always\` or \`unless-stopped\` Docker starts it again the moment it exits, with a growing back-off, for as long as the stack runs: the migration reapplies and logs on every loop, a seed that is not idempotent inserts its rows again or fails on duplicates and turns the job into a crash loop, and \`docker compose ps\` shows a service that is always "restarting". The incident reports' hardened compose files put \`restart: unless-stopped\` on every service as the fix for services that stayed down (seed 004) — copied onto the migration service it does this. Use \`restart: on-failure\` (or \`"no"\`) for jobs.`,
    example: {
      kind: 'compose',
      path: 'compose.yaml',
      code: 'services:\n  migrate:\n    build: .\n    command: ["python", "manage.py", "migrate", "--noinput"]\n    restart: unless-stopped\n  web:\n    build: .\n    restart: unless-stopped\n    depends_on:\n      migrate:\n        condition: service_completed_successfully\n',
    },
    fix: {
      kind: 'compose',
      path: 'compose.yaml',
      code: 'services:\n  migrate:\n    build: .\n    command: ["python", "manage.py", "migrate", "--noinput"]\n    restart: on-failure\n  web:\n    build: .\n    restart: unless-stopped\n    depends_on:\n      migrate:\n        condition: service_completed_successfully\n',
    },
    references: [
      'https://docs.docker.com/reference/compose-file/services/#restart',
      'https://docs.docker.com/reference/compose-file/deploy/#restart_policy',
      'https://docs.docker.com/reference/compose-file/services/#long-syntax-1',
    ],
  },
  document(doc, ctx) {
    const { yaml, services } = (doc as ComposeDocument).tree;
    const commands = documentCommands(doc, ctx.project);
    for (const service of services) {
      if (inDevProfile(yaml, service)) continue;
      const restart = getPair(yaml, service.node, 'restart');
      const policyNode = resolve(yaml, getPath(yaml, service.node, 'deploy.restart_policy'));
      const policy = scalarString(resolve(yaml, restart?.value));
      const alwaysRestarts = policy === 'always' || policy === 'unless-stopped';
      const condition = isMap(policyNode) ? getPair(yaml, policyNode, 'condition') : undefined;
      const conditionValue = condition ? scalarString(resolve(yaml, condition.value)) : undefined;
      const policyRestarts = isMap(policyNode) && (conditionValue === 'any' || condition === undefined) && getPair(yaml, policyNode, 'max_attempts') === undefined;
      if (!alwaysRestarts && !policyRestarts) continue;
      const job = serviceOneShotJob(commands, service);
      if (!job) continue;
      if (alwaysRestarts) {
        const span = nodeSpan(resolve(yaml, restart!.value) as never) ?? service.keySpan;
        ctx.report({ messageId: 'restart', data: { service: service.name, job: job.what, policy: policy! }, span });
      } else {
        const anchor = condition ? nodeSpan(resolve(yaml, condition.value) as never) : nodeSpan(getPair(yaml, resolve(yaml, getPair(yaml, service.node, 'deploy')?.value), 'restart_policy')?.key as never);
        ctx.report({ messageId: 'policy', data: { service: service.name, job: job.what, how: condition ? 'condition: any' : '(default condition: any)' }, span: anchor ?? service.keySpan });
      }
    }
  },
});
