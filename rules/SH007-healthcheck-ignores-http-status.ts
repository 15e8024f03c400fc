import type { ProjectModel } from '../src/project.js';
import { defineRule } from '../src/rule.js';
import { curlOptions, hasOption } from '../src/shell/curl.js';
import { isHealthcheckScript } from '../src/shell/script-context.js';

const healthScripts = new WeakMap<ProjectModel, Map<string, boolean>>();

export default defineRule({
  id: 'SH007',
  name: 'healthcheck-ignores-http-status',
  severity: 'error',
  category: 'reliability',
  productionOnly: true,
  kinds: ['shell', 'dockerfile', 'compose', 'kubernetes'],
  triggers: ['curl'],
  precision: 'high',
  messages: {
    noFail: 'curl exits 0 on HTTP errors unless given -f/--fail: an app answering 500 passes this health check and is never restarted',
  },
  docs: {
    summary: 'A health check uses curl without --fail, so HTTP errors count as healthy',
    what: `Reports \`curl\` without \`-f\`/\`--fail\`/\`--fail-with-body\` (also inside clusters such as \`-fsS\`) in health checks: Dockerfile \`HEALTHCHECK CMD\`, compose \`healthcheck.test\` (string, \`CMD\` or \`CMD-SHELL\`), and shell scripts named \`health*\`, \`monitor*\`, \`*check*\` or \`*watchdog*\`, or run by a \`HEALTHCHECK\`.

Not reported when the script looks at the response itself: \`-w '%{http_code}'\` (or \`%{response_code}\`), output piped into another command (\`curl -s … | grep -q ok\`), or captured with \`$(…)\`. Downloads (\`-o FILE\` other than \`/dev/null\`, \`-O\`), non-HTTP URLs (\`telnet://\`) and \`-K\` config files (which may set \`--fail\`) are left alone. \`wget\` exits non-zero on HTTP errors and is fine.`,
    why: `Without \`--fail\`, curl's exit status only says whether an HTTP response arrived — a 500 or 503 page is a success. A health check written as \`curl http://localhost:8000/health || exit 1\` therefore reports a broken app (database down, every request failing) as healthy: Docker never marks it unhealthy, \`depends_on: condition: service_healthy\` lets dependants start against it, an orchestrator never replaces it, and a monitor script never restarts it. The incident reports behind prodlint relied on exactly these checks to restart hung services ("auto-restart if it stops responding"); with the status code ignored, they only catch a process that is completely gone.`,
    example: { kind: 'dockerfile', path: 'Dockerfile', code: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nUSER app\nHEALTHCHECK --interval=30s --timeout=5s CMD curl -s http://localhost:8000/health || exit 1\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]\n' },
    fix: { kind: 'dockerfile', path: 'Dockerfile', code: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nUSER app\nHEALTHCHECK --interval=30s --timeout=5s CMD curl -fsS http://localhost:8000/health || exit 1\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]\n' },
    references: ['https://curl.se/docs/manpage.html#-f', 'https://docs.docker.com/reference/dockerfile/#healthcheck', 'https://docs.docker.com/reference/compose-file/services/#healthcheck'],
  },
  command(cmd, ctx) {
    const opts = curlOptions(cmd);
    if (!opts) return;
    if (cmd.role !== 'healthcheck' && !(ctx.doc.kind === 'shell' && healthScript(ctx.project, ctx.source.path))) return;
    if (hasOption(opts, '-f', '--fail', '--fail-with-body', '-K', '--config', '-V', '--version', '-h', '--help', '-O', '--remote-name', '--remote-name-all')) return;
    const writeOut = hasOption(opts, '-w', '--write-out');
    if (writeOut && (writeOut.value == null || /http_code|response_code/.test(writeOut.value))) return;
    const output = hasOption(opts, '-o', '--output');
    if (output && output.value !== '/dev/null') return;
    const shell = cmd.shell;
    if (shell?.inSubstitution || (shell?.pipe && shell.pipe.index < shell.pipe.length - 1)) return;
    const urls = cmd.argv.slice(1).filter((w) => w.value !== null && /^[a-z][a-z0-9+.-]*:\/\//i.test(w.value));
    if (urls.length > 0 && urls.every((w) => !/^https?:\/\//i.test(w.value!))) return;
    ctx.report({ messageId: 'noFail', span: cmd.argv[0]!.span });
  },
});

function healthScript(project: ProjectModel, path: string): boolean {
  let cache = healthScripts.get(project);
  if (!cache) healthScripts.set(project, (cache = new Map()));
  let known = cache.get(path);
  if (known === undefined) cache.set(path, (known = isHealthcheckScript(project, path)));
  return known;
}
