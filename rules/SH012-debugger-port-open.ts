import { containerOf } from '../src/carriers/container.js';
import type { DockerfileDocument } from '../src/parse/dockerfile.js';
import { envReachesRuntime } from '../src/docker/runtime-env.js';
import type { ProjectModel } from '../src/project.js';
import { defineRule } from '../src/rule.js';
import { debuggerInCommand, debuggerInOptionsVariable, type DebuggerListener } from '../src/shell/debuggers.js';
import { isStartScriptPath } from '../src/shell/script-context.js';
import type { Document, Severity } from '../src/types.js';
import type { Fact } from '../src/carriers/container.js';

type MessageId = 'open' | 'suspends' | 'stdin' | 'local';

const OPTION_VARIABLES = new Set(['NODE_OPTIONS', 'JAVA_TOOL_OPTIONS', 'JDK_JAVA_OPTIONS', '_JAVA_OPTIONS', 'JAVA_OPTS', 'CATALINA_OPTS']);

export default defineRule<MessageId>({
  id: 'SH012',
  name: 'debugger-port-open',
  severity: 'warning',
  category: 'security',
  productionOnly: true,
  kinds: ['shell', 'dockerfile', 'compose', 'systemd', 'procfile', 'packagejson', 'kubernetes', 'railway', 'fly', 'render', 'heroku'],
  roles: ['start', 'script'],
  triggers: ['--inspect', 'debugpy', 'pdb', 'pudb', 'rdbg', 'jdwp', 'dlv'],
  securitySeverity: 8.8,
  precision: 'high',
  messages: {
    open: '{{tool}} listens on {{address}}: anyone who can reach this port can run any code in the process',
    suspends: '{{tool}} waits for a debugger to attach before running the service: until someone connects, it serves nothing',
    stdin: 'the service runs under {{tool}}: it stops before the first line and waits for a debugger command on stdin, which a service never gets',
    local: '{{tool}} leaves a debugger listening on {{address}}: any user or process on this host can attach and run code as this service',
  },
  docs: {
    summary: 'A start command leaves a debugger listening, or waiting for a client',
    what: `Reports debuggers turned on in what a service runs (Dockerfile \`CMD\`/\`ENTRYPOINT\`, compose \`command\`/\`entrypoint\`, systemd \`ExecStart=\`, Procfile lines, package.json start scripts, Kubernetes container \`command\`/\`args\`, Railway, Fly.io, Render and heroku.yml start commands, the scripts they run and scripts named like start scripts), and in option variables of its environment (\`NODE_OPTIONS\`; \`JAVA_TOOL_OPTIONS\`, \`JDK_JAVA_OPTIONS\`, \`_JAVA_OPTIONS\`, \`JAVA_OPTS\`, \`CATALINA_OPTS\`):

- **open to the network** (error): Node's \`--inspect\`/\`--inspect-brk\`/\`--inspect-wait\` with a host that is not loopback (\`--inspect=0.0.0.0:9229\`, also for \`tsx\`, \`bun\`, \`deno\` and \`nodemon\`), \`python -m debugpy --listen 0.0.0.0:5678\`, \`rdbg --open --host 0.0.0.0\`, JDWP \`-agentlib:jdwp=…,server=y,address=*:5005\`, \`dlv --headless --listen=:2345\`;
- **waiting for a client** (error), whatever the host: \`--inspect-brk\`, \`--inspect-wait\`, \`debugpy --wait-for-client\`, \`rdbg --open\` without \`--nonstop\`, JDWP without \`suspend=n\` (its default is \`suspend=y\`), \`dlv --headless\` without \`--continue\`, and \`python -m pdb\`/\`ipdb\`/\`pudb\` as the program (without \`-c continue\`);
- **listening on loopback outside a container** (warning): plain \`--inspect\`, \`debugpy --listen 5678\`… in a systemd unit, a Procfile or a host script.

Not reported: loopback listeners started in a container (Docker forwards a published port to the container's interface, never to its loopback, so a 127.0.0.1 inspector there is out of reach), Node flags written after the script (\`node server.js --inspect\` passes them to the app), \`debugpy --connect\` and JDWP \`server=n\` (they connect out to a debugger), development files (\`docker-compose.override.yml\`, \`Dockerfile.dev\`…) and package.json scripts other than start. A bare JDWP port is read as Java 9+ does (localhost only).`,
    why: `A debugger's protocol is remote code execution by design: Node's inspector, debugpy, JDWP and delve all let the client evaluate arbitrary expressions in the process. Bound to 0.0.0.0 — usually to make it reachable from an IDE during one debugging session, and then committed — it gives a shell, with the service's secrets and credentials, to anyone who can reach the port; exposed JDWP and Node inspector ports are routinely found and exploited by internet scanners. The variants that wait for a client are an outage instead: \`--inspect-brk\`, JDWP's default \`suspend=y\` and \`python -m pdb\` stop before the first line of the app, so the process is up, its health check fails, and the platform restarts it over and over — the kind of silent restart loop that one incident report behind prodlint describes for a Telegram bot on Railway, restarted every ~3 minutes (there by a watchdog's \`os._exit\`), here with nothing in the log but "Debugger listening on ws://…".`,
    example: { kind: 'dockerfile', path: 'Dockerfile', code: 'FROM node:20-slim\nWORKDIR /app\nCOPY . .\nUSER node\nEXPOSE 3000 9229\nCMD ["node", "--inspect=0.0.0.0:9229", "dist/server.js"]\n' },
    fix: { kind: 'dockerfile', path: 'Dockerfile', code: 'FROM node:20-slim\nWORKDIR /app\nCOPY . .\nUSER node\nEXPOSE 3000\nCMD ["node", "dist/server.js"]\n' },
    references: [
      'https://nodejs.org/en/learn/getting-started/security-best-practices#debug-enabled-cwe-489',
      'https://nodejs.org/api/cli.html#--inspecthostport',
      'https://github.com/microsoft/debugpy#command-line',
      'https://docs.oracle.com/en/java/javase/21/docs/specs/jpda/conninv.html',
    ],
  },
  command(cmd, ctx) {
    if (cmd.shell?.inSubstitution) return;
    if (cmd.role === 'script' && !(cmd.carrier.kind === 'shell' && isStartScriptPath(ctx.project, ctx.source.path))) return;
    const listener = debuggerInCommand(cmd);
    if (!listener) return;
    const verdict = judge(listener, cmd, ctx.doc, ctx.project);
    if (verdict) ctx.report({ messageId: verdict.messageId, severity: verdict.severity, data: { tool: listener.tool, address: listener.address }, span: listener.span });
  },
  env(a, ctx) {
    if (!OPTION_VARIABLES.has(a.name) || a.value === null) return;
    if (a.role === 'build' || a.role === 'hook' || a.role === 'healthcheck') return;
    if (a.role === undefined && a.carrier.kind === 'dockerfile' && !envReachesRuntime(ctx.doc as DockerfileDocument, a.carrier.span)) return;
    if (a.role === 'script' && !(a.carrier.kind === 'shell' && isStartScriptPath(ctx.project, ctx.source.path))) return;
    const listener = debuggerInOptionsVariable(a.name, a.value, a.span);
    if (!listener) return;
    const fact: Fact = { carrier: a.carrier, ...(a.role ? { role: a.role } : {}), via: ctx.project.startedBy.get(ctx.source.path) ?? [] };
    const verdict = judge(listener, fact, ctx.doc, ctx.project);
    if (verdict) ctx.report({ messageId: verdict.messageId, severity: verdict.severity, data: { tool: `${listener.tool} (from ${a.name})`, address: listener.address }, span: a.span });
  },
});

function judge(l: DebuggerListener, fact: Fact, doc: Document, project: ProjectModel): { messageId: MessageId; severity?: Severity } | undefined {
  if (l.scope === 'any' || l.scope === 'specific') return { messageId: 'open', severity: 'error' };
  if (l.scope === 'stdin') return { messageId: 'stdin', severity: 'error' };
  if (l.suspends) return { messageId: 'suspends', severity: 'error' };
  if (l.scope !== 'loopback') return undefined;
  // In a container, loopback is out of everyone's reach but the container's own processes.
  return containerOf(fact, doc, project) === undefined ? { messageId: 'local' } : undefined;
}

