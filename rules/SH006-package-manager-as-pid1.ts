import { defineRule } from '../src/rule.js';
import { groupSignallingInit } from '../src/shell/programs.js';
import { between, programName, subcommand } from '../src/shell/query.js';
import { documentCommands, runsInline, scriptKey } from '../src/shell/script-context.js';
import { baseName } from '../src/shell/unwrap.js';
import type { Command, Word } from '../src/types.js';

/** Package manager subcommands that are not package.json scripts (npm, yarn and pnpm CLIs). */
const BUILTINS = new Set([
  'install', 'i', 'ci', 'add', 'remove', 'rm', 'uninstall', 'exec', 'x', 'dlx', 'publish', 'pack', 'link', 'unlink', 'init', 'create', 'upgrade', 'update', 'up',
  'outdated', 'audit', 'config', 'cache', 'why', 'list', 'ls', 'info', 'view', 'version', 'help', 'login', 'logout', 'prune', 'dedupe', 'rebuild', 'set', 'bin',
  'global', 'import', 'licenses', 'owner', 'tag', 'team', 'patch', 'patch-commit', 'store', 'env', 'setup', 'doctor', 'fetch', 'deploy', 'plugin', 'workspaces',
]);
/** Options taking a value before the subcommand: `npm --prefix app start`, `pnpm -C app start`. */
const WITH_VALUE = ['--prefix', '-C', '--dir', '--cwd', '-w', '--workspace', '--filter', '-F'];

export default defineRule({
  id: 'SH006',
  name: 'package-manager-as-pid1',
  severity: 'warning',
  category: 'reliability',
  productionOnly: true,
  kinds: ['dockerfile', 'compose', 'kubernetes', 'railway', 'fly', 'render'],
  roles: ['start'],
  triggers: ['npm', 'yarn', 'pnpm', 'npx'],
  precision: 'high',
  messages: {
    packageManager: '{{command}} keeps the package manager between the container and the app: it does not reliably pass SIGTERM on, so every stop and deploy ends in SIGKILL',
  },
  docs: {
    summary: 'A container starts its app through npm, yarn, pnpm or npx',
    what: `Reports container start commands — final-stage Dockerfile \`CMD\`/\`ENTRYPOINT\`, compose \`command\`/\`entrypoint\`, and the start commands of Railway, Fly.io and Render (\`startCommand\`, \`[processes]\`, \`dockerCommand\`; not Heroku, which signals every process of a dyno), including \`sh -c '…'\` inside them — whose last command runs a package.json script or package through a package manager: \`npm start\`, \`npm run X\`, \`yarn start\`, \`yarn X\`, \`pnpm start\`, \`pnpm run X\`, \`npx X\`. Earlier steps of the same command (\`npx prisma migrate deploy && node dist/main.js\`) are not reported, nor installs (\`npm ci\`, see SH009), nor \`RUN\` steps. Fine when the container's init signals the whole process group: \`dumb-init npm start\`, \`ENTRYPOINT ["dumb-init", "--"]\` with \`CMD ["npm", "start"]\`, \`tini -g\`. Scripts that a container runs (\`CMD ["./start.sh"]\`) are not followed.`,
    why: `\`docker stop\` and every deploy send SIGTERM to the container's main process. With \`CMD ["npm", "start"]\` that process is npm, which runs the start script through \`sh -c\`; the signal does not reliably reach \`node\` (npm versions differ, and the intermediate shell never forwards it), so the app never runs its shutdown handler and is SIGKILLed after the stop timeout, dropping in-flight requests. npm also adds a second Node.js process's worth of memory and start-up time, and prints its own error banner over the app's exit. The Node.js Docker image's best-practices guide says to run \`node\` directly.`,
    example: { kind: 'dockerfile', path: 'Dockerfile', code: 'FROM node:20-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\nUSER node\nCMD ["npm", "start"]\n' },
    fix: { kind: 'dockerfile', path: 'Dockerfile', code: 'FROM node:20-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\nUSER node\nCMD ["node", "server.js"]\n' },
    references: [
      'https://github.com/nodejs/docker-node/blob/main/docs/BestPractices.md#cmd',
      'https://docs.docker.com/reference/cli/docker/container/stop/',
      'https://github.com/Yelp/dumb-init#why-you-need-an-init-system',
    ],
  },
  command(cmd, ctx) {
    const hit = packageManagerRun(cmd);
    if (!hit) return;
    const commands = documentCommands(ctx.doc, ctx.project);
    if (!isLast(cmd, commands) || underGroupInit(cmd, commands)) return;
    ctx.report({ messageId: 'packageManager', data: { command: hit.text }, span: hit.span });
  },
});

/** `npm start`, `npm run X`, `yarn X`, `pnpm run X`, `npx X`: what is run and where it is written. */
function packageManagerRun(cmd: Command): { text: string; span: { start: number; end: number } } | undefined {
  const npx = cmd.raw.find((w) => baseName(w.value) === 'npx');
  if (npx && cmd.wrappers.includes('npx')) {
    const target = cmd.argv[0]!;
    return { text: `npx ${target.value ?? target.text}`, span: between(npx, target) };
  }
  const pm = programName(cmd);
  if (pm !== 'npm' && pm !== 'yarn' && pm !== 'pnpm') return undefined;
  const sub = subcommand(cmd, WITH_VALUE);
  const v = sub?.value;
  if (!sub || !v) return undefined;
  const head = cmd.argv[0]!;
  if (v === 'start' || v === 'restart') return { text: `${pm} ${v}`, span: between(head, sub) };
  if (v === 'run' || v === 'run-script') {
    const script: Word | undefined = subcommand(cmd, [], cmd.argv.indexOf(sub) + 1);
    return script ? { text: `${pm} ${v} ${script.value ?? script.text}`, span: between(head, script) } : undefined;
  }
  // yarn and pnpm run a script named as the subcommand (`yarn serve`); npm does not.
  if (pm !== 'npm' && !BUILTINS.has(v) && !v.startsWith('-')) return { text: `${pm} ${v}`, span: between(head, sub) };
  return undefined;
}

/** The command is what the carrier ends up running: nothing runs after it in the same script. */
function isLast(cmd: Command, commands: readonly Command[]): boolean {
  const key = scriptKey(cmd);
  return !commands.some((c) => c.index > cmd.index && scriptKey(c) === key && runsInline(c) && c.nesting >= cmd.nesting && !c.background);
}

/** `dumb-init npm start`, or an `ENTRYPOINT ["dumb-init", "--"]` that the `CMD` runs under. */
function underGroupInit(cmd: Command, commands: readonly Command[]): boolean {
  if (groupSignallingInit(cmd.raw)) return true;
  return commands.some(
    (c) => c.role === 'start' && c.nesting === 0 && c.carrier.label.toLowerCase() === 'entrypoint' && c.carrier.owner === cmd.carrier.owner && groupSignallingInit(c.raw),
  );
}
