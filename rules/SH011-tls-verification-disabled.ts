import type { DockerfileDocument } from '../src/parse/dockerfile.js';
import { defineRule } from '../src/rule.js';
import { addressScope, urlIsLoopback } from '../src/shell/addresses.js';
import { curlOptions, curlUrls, hasOption, wgetOptions } from '../src/shell/curl.js';
import { findFlag, flagValue, programName, subcommand } from '../src/shell/query.js';
import { envReachesRuntime } from '../src/docker/runtime-env.js';
import type { Command, EnvAssignment, Word } from '../src/types.js';
import type { Span } from '../src/source.js';

type MessageId = 'client' | 'git' | 'packages' | 'env' | 'pythonEnv' | 'gitEnv' | 'packagesEnv';

const GIT_FALSE = /^(false|no|off|0)$/i;
/** Environment variables that turn certificate checks off, and whether a value does. */
const ENV_OFF: Record<string, { messageId: MessageId; off: (v: string) => boolean; what: string }> = {
  NODE_TLS_REJECT_UNAUTHORIZED: { messageId: 'env', off: (v) => v.trim() === '0', what: 'every Node.js process started with it' },
  PYTHONHTTPSVERIFY: { messageId: 'pythonEnv', off: (v) => v.trim() === '0', what: 'Python' },
  // git checks only that the variable is set (git(1) GIT_SSL_NO_VERIFY); values that read as "no" are left alone.
  GIT_SSL_NO_VERIFY: { messageId: 'gitEnv', off: (v) => v.trim() !== '' && !GIT_FALSE.test(v.trim()), what: 'git' },
  NPM_CONFIG_STRICT_SSL: { messageId: 'packagesEnv', off: (v) => /^false$/i.test(v.trim()), what: 'npm' },
  npm_config_strict_ssl: { messageId: 'packagesEnv', off: (v) => /^false$/i.test(v.trim()), what: 'npm' },
  PIP_TRUSTED_HOST: { messageId: 'packagesEnv', off: (v) => v.trim() !== '' && v.trim().split(/\s+/).some((h) => addressScope(h) !== 'loopback'), what: 'pip' },
};

type Hit = { messageId: MessageId; data: Record<string, string>; span: Span };

export default defineRule<MessageId>({
  id: 'SH011',
  name: 'tls-verification-disabled',
  severity: 'error',
  category: 'security',
  productionOnly: true,
  kinds: ['shell', 'dockerfile', 'compose', 'systemd', 'procfile', 'packagejson', 'kubernetes', 'cron', 'railway', 'fly', 'render', 'heroku'],
  roles: ['start', 'hook', 'healthcheck', 'script', 'job'],
  triggers: [...Object.keys(ENV_OFF), '-k', 'insecure', 'no-check-certificate', 'sslVerify', 'sslverify', 'trusted-host', 'strict-ssl', 'tls-verify', 'no-verify-ssl'],
  securitySeverity: 7.4,
  precision: 'high',
  messages: {
    client: '{{flag}} makes {{program}} accept any certificate: anyone on the network path can read and change this traffic, credentials included',
    git: '{{setting}} makes git accept any certificate: anyone on the network path can serve it different code',
    packages: '{{flag}} makes {{program}} install from {{host}} without checking its certificate: anyone on the network path can replace the packages',
    env: '{{variable}}={{value}} turns certificate checks off for every TLS connection of {{what}}',
    pythonEnv: '{{variable}}={{value}} asks Python to skip certificate checks for every HTTPS connection (honoured by builds that carry PEP 493, such as RHEL/CentOS)',
    gitEnv: '{{variable}} is set: git accepts any certificate, and anyone on the network path can serve it different code',
    packagesEnv: '{{variable}}={{value}} makes {{what}} install packages without checking certificates: anyone on the network path can replace them',
  },
  docs: {
    summary: 'TLS certificate verification is turned off by a command or an environment variable',
    what: `The command-line and environment side of PY014/TS007. Reports, in start commands, hooks, health checks and shell scripts (shell scripts, Dockerfile \`CMD\`/\`ENTRYPOINT\`/\`HEALTHCHECK\`, compose \`command\`/\`entrypoint\`/\`healthcheck\`, systemd \`Exec*=\`, Procfile lines, package.json start scripts, Kubernetes container commands, probes and lifecycle hooks, crontab entries, Railway/Fly.io/Render/heroku.yml start and release commands):

- \`curl -k\`/\`--insecure\` (also inside clusters such as \`-fsSk\`), \`wget --no-check-certificate\`;
- \`git -c http.sslVerify=false …\` and \`git config … http.sslVerify false\`;
- \`pip install --trusted-host HOST\`, \`uv pip install --allow-insecure-host HOST\`, \`npm/yarn/pnpm --strict-ssl=false\` or \`config set strict-ssl false\`;
- \`kubectl\`/\`helm\`/\`oc --insecure-skip-tls-verify\`, \`podman\`/\`skopeo\`/\`buildah --tls-verify=false\`, \`aws --no-verify-ssl\`;

and, in every environment carrier that reaches a running process (Dockerfile \`ENV\` of the final stage or a stage it is built from, compose \`environment\`, systemd \`Environment=\`, shell \`export\` and \`VAR=… cmd\` prefixes outside build steps, Kubernetes container \`env\`, crontab \`NAME=value\` lines, Fly.io \`[env]\`, Render \`envVars\`, Heroku \`app.json\` \`env\`): \`NODE_TLS_REJECT_UNAUTHORIZED=0\`, \`PYTHONHTTPSVERIFY=0\`, \`GIT_SSL_NO_VERIFY\` set, \`NPM_CONFIG_STRICT_SSL=false\`, \`PIP_TRUSTED_HOST\`.

Not reported: \`curl -k\` whose URLs are all plain \`http://\` without \`-L\` (the flag changes nothing there), requests to a loopback address (\`curl -k https://localhost:8443/health\`: the peer is the machine itself, nobody is on the path), \`--trusted-host localhost\`, values that cannot be read (\`$INSECURE\`), and **build steps** — Dockerfile \`RUN\`, \`ARG\`, \`ENV\` of other stages, package.json scripts other than start. At build time the usual reason is a TLS-intercepting corporate proxy, the result is checked in CI, and nothing secret of production travels on that connection; the fix there (trusting the proxy's CA) is the same, but the finding would mostly be noise. \`.env\` files are not read yet.`,
    why: `Without certificate checks TLS encrypts to whoever answers: a compromised router, a spoofed DNS answer or a hostile neighbour can present any certificate and read or change the traffic. On a command line it is worse than in code: \`curl -k\` in a start script usually downloads configuration or code, or posts a token, on every start, and \`NODE_TLS_REJECT_UNAUTHORIZED=0\` in a compose file or unit turns checks off for every connection of the process — the database, the payment API, the webhook — with only one warning in the log at start. Both typically arrive as the quick answer to "self signed certificate in certificate chain" during an incident and then stay. The fix that keeps the service running is to trust the issuing CA (\`--cacert\`, \`NODE_EXTRA_CA_CERTS\`, \`SSL_CERT_FILE\`, \`pip --cert\`).`,
    example: {
      kind: 'compose',
      path: 'compose.yaml',
      code: 'services:\n  api:\n    image: ghcr.io/acme/api:1.4.2\n    restart: unless-stopped\n    environment:\n      DATABASE_URL: ${DATABASE_URL}\n      NODE_TLS_REJECT_UNAUTHORIZED: "0"\n',
    },
    fix: {
      kind: 'compose',
      path: 'compose.yaml',
      code: 'services:\n  api:\n    image: ghcr.io/acme/api:1.4.2\n    restart: unless-stopped\n    environment:\n      DATABASE_URL: ${DATABASE_URL}\n      NODE_EXTRA_CA_CERTS: /etc/ssl/certs/db-provider-ca.pem\n',
    },
    references: [
      'https://nodejs.org/api/cli.html#node_tls_reject_unauthorizedvalue',
      'https://curl.se/docs/manpage.html#-k',
      'https://git-scm.com/docs/git-config#Documentation/git-config.txt-httpsslVerify',
      'https://pip.pypa.io/en/stable/cli/pip/#cmdoption-trusted-host',
      'https://peps.python.org/pep-0493/',
    ],
  },
  command(cmd, ctx) {
    const hit = detect(cmd);
    if (hit) ctx.report(hit);
  },
  env(a, ctx) {
    const spec = Object.hasOwn(ENV_OFF, a.name) ? ENV_OFF[a.name] : undefined;
    if (!spec || a.value === null) return;
    // Dockerfile's legacy `ENV NAME "0"` keeps the quotes in the value as written.
    const value = a.value.trim().replace(/^(["'])(.*)\1$/, '$2');
    if (!spec.off(value)) return;
    if (!reachesRuntime(a, ctx.doc)) return;
    ctx.report({ messageId: spec.messageId, data: { variable: a.name, value, what: spec.what }, span: a.span });
  },
});

/** The assignment is in the environment of a running process, not of a build step. */
function reachesRuntime(a: EnvAssignment, doc: { kind: string }): boolean {
  if (a.role !== undefined) return a.role !== 'build';
  if (a.carrier.kind === 'dockerfile') return a.carrier.label === 'ENV' && envReachesRuntime(doc as DockerfileDocument, a.carrier.span);
  return true;
}

function detect(cmd: Command): Hit | undefined {
  const name = programName(cmd);
  if (!name) return undefined;
  if (name === 'curl') return curlInsecure(cmd);
  if (name === 'wget') return wgetInsecure(cmd);
  if (name === 'git') return gitInsecure(cmd);
  if (/^pip[\d.]*$/.test(name) || name === 'uv') return pipInsecure(cmd, name);
  if (name === 'npm' || name === 'yarn' || name === 'pnpm') return npmInsecure(cmd, name);
  if (name === 'kubectl' || name === 'helm' || name === 'oc') {
    const flag = findFlag(cmd, ['--insecure-skip-tls-verify']);
    if (!flag || (flag.value!.includes('=') && GIT_FALSE.test(flagValue(cmd, flag) ?? ''))) return undefined;
    return { messageId: 'client', data: { flag: flag.value!, program: name }, span: flag.span };
  }
  if (name === 'podman' || name === 'skopeo' || name === 'buildah') {
    const flag = findFlag(cmd, ['--tls-verify']);
    if (!flag || !flag.value!.includes('=') || !GIT_FALSE.test(flagValue(cmd, flag) ?? '')) return undefined;
    return { messageId: 'client', data: { flag: flag.value!, program: name }, span: flag.span };
  }
  if (name === 'aws') {
    const flag = findFlag(cmd, ['--no-verify-ssl']);
    return flag ? { messageId: 'client', data: { flag: '--no-verify-ssl', program: 'aws' }, span: flag.span } : undefined;
  }
  return undefined;
}

function curlInsecure(cmd: Command): Hit | undefined {
  const opts = curlOptions(cmd) ?? [];
  const k = hasOption(opts, '-k', '--insecure');
  if (!k) return undefined;
  const urls = curlUrls(cmd) ?? [];
  if (urls.length > 0 && urls.every((u) => u !== null && urlIsLoopback(u))) return undefined;
  // `--insecure` only changes TLS: on plain `http://` URLs it does nothing, unless `-L` lets a
  // redirect lead to https (curl follows none without it).
  if (urls.length > 0 && urls.every((u) => u !== null && /^http:\/\//i.test(u)) && !hasOption(opts, '-L', '--location', '--location-trusted')) return undefined;
  return { messageId: 'client', data: { flag: k.name, program: 'curl' }, span: k.word.span };
}

function wgetInsecure(cmd: Command): Hit | undefined {
  const opts = wgetOptions(cmd) ?? [];
  const flag = hasOption(opts, '--no-check-certificate');
  if (!flag) return undefined;
  const urls = cmd.argv.slice(1).filter((w) => w.value !== null && !w.value.startsWith('-') && /^(https?|ftps?):\/\/|^(localhost|127\.)/i.test(w.value));
  if (urls.length > 0 && urls.every((w) => urlIsLoopback(w.value!))) return undefined;
  return { messageId: 'client', data: { flag: '--no-check-certificate', program: 'wget' }, span: flag.word.span };
}

const SSL_VERIFY_KEY = /^http\.(?:.+\.)?sslverify$/i;

/** `git -c http.sslVerify=false clone …`, `git config --global http.sslVerify false`. */
function gitInsecure(cmd: Command): Hit | undefined {
  const argv = cmd.argv;
  for (let i = 1; i < argv.length; i++) {
    const v = argv[i]!.value;
    if (v === null) return undefined;
    if (v === '-c' && argv[i + 1]) {
      const kv = argv[i + 1]!.value ?? '';
      const eq = kv.indexOf('=');
      if (eq !== -1 && SSL_VERIFY_KEY.test(kv.slice(0, eq)) && GIT_FALSE.test(kv.slice(eq + 1))) {
        return { messageId: 'git', data: { setting: `-c ${kv}` }, span: argv[i + 1]!.span };
      }
      i++;
      continue;
    }
    if (v.startsWith('-')) {
      if (v === '-C' || v === '--git-dir' || v === '--work-tree' || v === '--namespace') i++;
      continue;
    }
    if (v !== 'config') return undefined;
    // `git config [--global|--system|--local|--file f] http.sslVerify false`.
    const rest = argv.slice(i + 1).filter((w) => !(w.value ?? '').startsWith('-'));
    const keyAt = rest.findIndex((w) => SSL_VERIFY_KEY.test(w.value ?? ''));
    if (keyAt === -1) return undefined;
    const value = rest[keyAt + 1]?.value;
    if (value === undefined || value === null || !GIT_FALSE.test(value)) return undefined;
    return { messageId: 'git', data: { setting: `${rest[keyAt]!.value} ${value}` }, span: rest[keyAt]!.span };
  }
  return undefined;
}

/** `pip install --trusted-host pypi.example.com`, `uv pip install --allow-insecure-host …`. */
function pipInsecure(cmd: Command, name: string): Hit | undefined {
  const flags = name === 'uv' ? ['--allow-insecure-host', '--trusted-host'] : ['--trusted-host'];
  for (const w of cmd.argv.slice(1)) {
    const v = w.value;
    if (v === null) continue;
    const flag = flags.find((f) => v === f || v.startsWith(f + '='));
    if (!flag) continue;
    const host = v.includes('=') ? v.slice(v.indexOf('=') + 1) : cmd.argv[cmd.argv.indexOf(w) + 1]?.value;
    if (!host || addressScope(host) === 'loopback') continue;
    return { messageId: 'packages', data: { flag, program: name === 'uv' ? 'uv' : 'pip', host }, span: w.span };
  }
  // `pip config set global.trusted-host HOST`.
  const sub = subcommand(cmd);
  if (sub?.value === 'config') {
    const key = cmd.argv.find((w) => /\.trusted-host$/.test(w.value ?? ''));
    const host = key ? cmd.argv[cmd.argv.indexOf(key) + 1]?.value : undefined;
    if (key && host && addressScope(host) !== 'loopback') return { messageId: 'packages', data: { flag: key.value!, program: 'pip', host }, span: key.span };
  }
  return undefined;
}

/** `npm install --strict-ssl=false`, `npm config set strict-ssl false`, `yarn config set strict-ssl false`. */
function npmInsecure(cmd: Command, name: string): Hit | undefined {
  const argv = cmd.argv;
  for (let i = 1; i < argv.length; i++) {
    const w: Word = argv[i]!;
    const v = w.value;
    if (v === null) continue;
    if (v === '--strict-ssl=false' || v === '--no-strict-ssl' || (v === '--strict-ssl' && argv[i + 1]?.value === 'false')) {
      return { messageId: 'packages', data: { flag: v === '--strict-ssl' ? '--strict-ssl false' : v, program: name, host: 'the registry' }, span: w.span };
    }
    if ((v === 'strict-ssl' || v === 'strictSsl') && argv[i + 1]?.value === 'false' && argv.slice(1, i).some((x) => x.value === 'set' || x.value === 'config')) {
      return { messageId: 'packages', data: { flag: `${v} false`, program: name, host: 'the registry' }, span: w.span };
    }
  }
  return undefined;
}
