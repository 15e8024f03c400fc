/**
 * Per-kind corpora for `npm run bench`: generated compose files with merge keys, generated
 * Dockerfiles, and this machine's shell scripts gathered by shebang. Generated corpora are
 * deterministic (same seed, same bytes); gathered ones depend on what the machine has installed.
 */
import { closeSync, copyFileSync, mkdirSync, openSync, readSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { rng } from './generate.js';

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

/**
 * A compose file of `services` services sharing settings through anchors and merge keys, the way
 * large real compose files do: each service merges `*defaults` (and a logging anchor, and an
 * environment anchor), so the file has about 2 merge keys per service.
 */
export function composeWithMerges(services: number, seed = 7, hazard = false): string {
  const rand = rng(seed);
  const lines = [
    'x-defaults: &defaults',
    '  restart: unless-stopped',
    '  mem_limit: 512m',
    '  logging: &logging',
    '    driver: json-file',
    '    options:',
    '      max-size: 10m',
    '      max-file: "3"',
    'x-health: &health',
    '  test: ["CMD", "curl", "-fsS", "--max-time", "5", "http://localhost:8000/health"]',
    '  interval: 30s',
    '  timeout: 5s',
    'x-env: &env',
    '  LOG_LEVEL: info',
    '  TZ: UTC',
    'services:',
  ];
  for (let i = 0; i < services; i++) {
    const image = pick(rand, ['python:3.12-slim', 'node:22-alpine', 'nginx:1.27', 'redis:7', 'postgres:16']);
    lines.push(`  svc${i}:`, '    <<: *defaults', `    image: ${image}`, '    healthcheck: *health');
    lines.push('    environment:', '      <<: *env', `      SERVICE_NAME: svc${i}`);
    if (rand() < 0.3) lines.push('    depends_on:', `      - svc${Math.max(0, i - 1)}`);
    if (rand() < 0.3) lines.push('    ports:', `      - "127.0.0.1:${8000 + i}:8000"`);
    if (hazard && i === 0) lines.push('    command: uvicorn app.main:app --reload');
  }
  return lines.join('\n') + '\n';
}

/** `count` compose files of 2-40 services each; about 1% have a hazard. */
export function generateComposeCorpus(dir: string, count = 200, seed = 11): { files: number; mergeKeys: number } {
  rmSync(dir, { recursive: true, force: true });
  const rand = rng(seed);
  let mergeKeys = 0;
  for (let i = 0; i < count; i++) {
    const services = 2 + Math.floor(rand() * 39);
    mergeKeys += services * 2;
    const sub = join(dir, `app${String(i).padStart(3, '0')}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, 'compose.yaml'), composeWithMerges(services, seed + i, rand() < 0.01));
  }
  return { files: count, mergeKeys };
}

const BASES = ['python:3.12-slim', 'node:22-bookworm-slim', 'golang:1.23', 'debian:bookworm-slim', 'ubuntu:24.04', 'eclipse-temurin:21-jre', 'ruby:3.3-slim'];
const APT = ['curl', 'ca-certificates', 'git', 'build-essential', 'libpq-dev', 'tini', 'gosu', 'jq', 'unzip', 'locales', 'tzdata', 'openssl'];

/** A realistic Dockerfile: often multi-stage, long `RUN` chains with continuations, ARG/ENV/LABEL. */
export function dockerfile(rand: () => number, hazard: boolean): string {
  const out: string[] = ['# syntax=docker/dockerfile:1'];
  const base = pick(rand, BASES);
  const multi = rand() < 0.5;
  out.push('ARG APP_VERSION=1.0.0');
  if (multi) {
    out.push(`FROM ${base} AS build`, 'WORKDIR /src', 'COPY . .');
    out.push('RUN set -eux; \\', '    make deps; \\', '    make build VERSION="${APP_VERSION}"; \\', '    strip bin/app || true');
  }
  out.push(`FROM ${multi ? 'debian:bookworm-slim' : base}`);
  out.push('LABEL org.opencontainers.image.source="https://example.invalid/app" \\', '      org.opencontainers.image.version="${APP_VERSION}"');
  out.push('ENV LANG=C.UTF-8 \\', '    PYTHONUNBUFFERED=1 \\', '    PATH=/app/bin:$PATH');
  const pkgs = APT.filter(() => rand() < 0.5);
  out.push('RUN apt-get update \\', ` && apt-get install -y --no-install-recommends ${pkgs.join(' ') || 'curl'} \\`, ' && rm -rf /var/lib/apt/lists/*');
  out.push('RUN groupadd --system app && useradd --system --gid app --home /app app');
  out.push('WORKDIR /app');
  if (multi) out.push('COPY --from=build --chown=app:app /src/bin/ /app/bin/');
  else out.push('COPY --chown=app:app requirements.txt ./', 'RUN pip install --no-cache-dir -r requirements.txt', 'COPY --chown=app:app . .');
  if (rand() < 0.5) out.push('COPY docker/entrypoint.sh /usr/local/bin/entrypoint.sh', 'RUN chmod +x /usr/local/bin/entrypoint.sh');
  out.push(`EXPOSE ${pick(rand, ['8000', '8080', '3000', '5000'])}`);
  out.push('USER app');
  out.push('HEALTHCHECK --interval=30s --timeout=5s CMD curl -fsS --max-time 4 http://localhost:8000/health || exit 1');
  if (hazard) out.push('CMD uvicorn app.main:app --host 0.0.0.0 --reload');
  else if (rand() < 0.5) out.push('ENTRYPOINT ["/usr/bin/tini", "--"]', 'CMD ["/app/bin/app", "serve"]');
  else out.push('CMD ["gunicorn", "app.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "2"]');
  return out.join('\n') + '\n';
}

export function generateDockerfileCorpus(dir: string, count = 250, seed = 13): { files: number } {
  rmSync(dir, { recursive: true, force: true });
  const rand = rng(seed);
  for (let i = 0; i < count; i++) {
    const sub = join(dir, `svc${String(i).padStart(3, '0')}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, 'Dockerfile'), dockerfile(rand, rand() < 0.01));
  }
  return { files: count };
}

/** POSIX-family shells ShellCheck also reads (zsh is not one of them). */
const SHELL_SHEBANG = /^#!\s*(\/usr)?\/bin\/(env\s+)?(sh|bash|dash|ksh)\b/;

/**
 * Up to `cap` shell scripts from this machine's system directories, found by shebang, copied into
 * `dir` (flat, numbered names keep two `postinst`s apart) so that every tool reads the same files.
 */
export function gatherShellScripts(dir: string, roots: readonly string[], cap = 1000): { files: number } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const head = Buffer.alloc(64);
  const found: string[] = [];
  const stack = [...roots];
  const seen = new Set<string>();
  while (stack.length && found.length < cap) {
    const d = stack.shift()!;
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (!/python3|site-packages|dist-packages|node_modules/.test(p)) stack.push(p);
        continue;
      }
      if (!e.isFile() || found.length >= cap) continue;
      try {
        const st = statSync(p);
        if (st.size < 16 || st.size > 512 * 1024 || seen.has(`${st.dev}:${st.ino}`)) continue;
        seen.add(`${st.dev}:${st.ino}`);
        const fd = openSync(p, 'r');
        const n = readSync(fd, head, 0, head.length, 0);
        closeSync(fd);
        if (SHELL_SHEBANG.test(head.subarray(0, n).toString('latin1'))) found.push(p);
      } catch {
        // unreadable: not part of the corpus
      }
    }
  }
  found.forEach((p, i) => copyFileSync(p, join(dir, `${String(i).padStart(4, '0')}-${basename(p)}`)));
  return { files: found.length };
}
