import type { DockerfileDocument } from '../src/parse/dockerfile.js';
import { defineRule } from '../src/rule.js';
import { findFlag, programName } from '../src/shell/query.js';
import type { EnvAssignment } from '../src/types.js';

/** Variables that switch a framework's debug mode on (Flask, Django settings conventions, Laravel). */
const DEBUG_VARS = new Set(['DEBUG', 'FLASK_DEBUG', 'DJANGO_DEBUG', 'APP_DEBUG']);
/** Variables that name the environment a framework runs in (Flask <2.3, Node, Rails, Rack, Laravel/Symfony). */
const ENV_VARS = new Set(['FLASK_ENV', 'NODE_ENV', 'RAILS_ENV', 'RACK_ENV', 'APP_ENV']);
const TRUTHY = /^(1|true|yes|on)$/i;
const DEVELOPMENT = /^(development|dev)$/i;

export default defineRule({
  id: 'SH002',
  name: 'debug-mode-enabled',
  severity: 'error',
  category: 'security',
  productionOnly: true,
  kinds: ['shell', 'dockerfile', 'compose', 'systemd', 'procfile', 'packagejson', 'kubernetes', 'cron', 'railway', 'fly', 'render', 'heroku'],
  roles: ['start', 'script', 'job'],
  triggers: ['DEBUG', '_ENV', '--debug'],
  securitySeverity: 7.5,
  precision: 'high',
  messages: {
    debug: '{{name}}={{value}} turns on debug mode: error pages show stack traces and settings, and an interactive debugger runs code sent to it',
    development: '{{name}}={{value}} runs the app in development mode: detailed error pages for every visitor and no production optimisations or caching',
    flaskDebug: 'flask {{flag}} turns on the Werkzeug debugger, which runs any Python code sent to it from a browser',
  },
  docs: {
    summary: 'Debug or development mode is switched on where production runs',
    what: `Reports environment assignments in production files — Dockerfile \`ENV\` (final stage), compose \`environment:\` (map or list), systemd \`Environment=\`, \`export\` and \`NAME=value command\` in shell scripts, Procfile lines and package.json start scripts — that set:

- \`DEBUG\`, \`FLASK_DEBUG\`, \`DJANGO_DEBUG\` or \`APP_DEBUG\` to a true value (\`1\`, \`true\`, \`yes\`, \`on\`, any case);
- \`FLASK_ENV\`, \`NODE_ENV\`, \`RAILS_ENV\`, \`RACK_ENV\` or \`APP_ENV\` to \`development\` or \`dev\`.

Also reports \`flask --debug\` (and \`flask run --debugger\`) in start commands and scripts.

Not reported: build steps (\`RUN\`, \`NODE_ENV=development npm ci\`), package.json scripts other than the start scripts (\`dev\`, \`test\`…), \`ARG\` defaults and \`ENV\` in earlier build stages (they are not the running container's environment), values that come from a variable (\`DEBUG=\${DEBUG}\`), and files classified as development (\`docker-compose.override.yml\`, \`.env.development\`, \`dev/\`…). Values set in \`.env\` files or by the platform are out of sight.`,
    why: `Debug mode is meant for a developer's machine. Django and Flask then answer every error with a page that lists the stack, local variables and settings — database URLs and secret keys included — and Werkzeug's interactive debugger lets anyone who can trigger an error execute Python on the server (it has been the entry point of real compromises). \`NODE_ENV=development\` makes Express send stack traces to clients and turns off view caching and other production optimisations. The incident reports behind prodlint asked for exactly this check before every deploy: "automated checks for forbidden keywords (reload, debug=True, etc.)".`,
    example: {
      kind: 'compose',
      path: 'compose.yaml',
      code: 'services:\n  api:\n    image: example/api:1.4.2\n    restart: unless-stopped\n    environment:\n      DJANGO_DEBUG: "true"\n      DATABASE_URL: postgres://db/app\n',
    },
    fix: {
      kind: 'compose',
      path: 'compose.yaml',
      code: 'services:\n  api:\n    image: example/api:1.4.2\n    restart: unless-stopped\n    environment:\n      DJANGO_DEBUG: "false"\n      DATABASE_URL: postgres://db/app\n',
    },
    references: [
      'https://docs.djangoproject.com/en/stable/ref/settings/#debug',
      'https://flask.palletsprojects.com/en/stable/debugging/',
      'https://werkzeug.palletsprojects.com/en/stable/debug/',
      'https://expressjs.com/en/advanced/best-practice-performance.html#set-node_env-to-production',
    ],
  },
  env(a, ctx) {
    if (a.role === 'build' || a.role === 'hook' || a.role === 'healthcheck') return;
    if (a.value === null) return;
    if (a.carrier.kind === 'dockerfile' && !runtimeEnv(a, ctx.doc as DockerfileDocument)) return;
    const value = a.value.trim();
    // From the name to the end of the value: `DEBUG=1`, `DEBUG: "true"`, without systemd's quotes.
    const span = { start: a.nameSpan.start, end: Math.max(a.nameSpan.end, a.valueSpan.end) };
    if (DEBUG_VARS.has(a.name) && TRUTHY.test(value)) {
      ctx.report({ messageId: 'debug', data: { name: a.name, value }, span });
    } else if (ENV_VARS.has(a.name) && DEVELOPMENT.test(value)) {
      ctx.report({ messageId: 'development', data: { name: a.name, value }, span });
    }
  },
  command(cmd, ctx) {
    if (programName(cmd) !== 'flask') return;
    // `flask --debug run` (Flask >= 2.2) and `flask run --debugger`; `--no-debug(ger)` is the fix.
    const flag = findFlag(cmd, ['--debug', '--debugger']);
    if (flag) ctx.report({ messageId: 'flaskDebug', data: { flag: flag.value ?? '--debug' }, span: flag.span });
  },
});

/**
 * What the running container gets: `ENV` of the final stage and `NAME=value` before a `CMD`. `ARG`
 * defaults and `ENV` of earlier stages stay in the build.
 */
function runtimeEnv(a: EnvAssignment, doc: DockerfileDocument): boolean {
  if (a.carrier.label === 'ARG') return false;
  if (a.carrier.label !== 'ENV') return true;
  const final = doc.tree?.finalStage;
  return final?.instructions.some((ins) => ins.span.start === a.carrier.span.start) ?? false;
}
