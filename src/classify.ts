/**
 * What kind of file is this? By name first, then by content (shebang, compose shape).
 * DESIGN.md §4.2. Config `kinds:` globs are applied by the caller before this.
 */
import type { Kind } from './types.js';
import { lastSegment } from './paths.js';

const SHELL_EXT = /\.(sh|bash)$/i;
// Units shipped as templates (`web.service.in`, `.service.example`, ...) are what users install:
// linted as units, the type coming from the inner extension (src/systemd/directives.ts unitTypeOf).
const SYSTEMD_EXT = /\.(service|socket|timer|path|mount)(\.(sample|example|in|template|dist))?$/;
const TS_EXT = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
const COMPOSE_NAME = /^(docker-)?compose([.-][^/]*)?\.ya?ml$/i;
const DOCKERFILE_NAME = /^(Dockerfile|Containerfile)([.-][^/]*)?$|\.(Dockerfile|dockerfile|Containerfile)$/;
const SHELLS = /^(sh|bash|dash|ash|ksh|zsh)$/;

/** Kind decided by the path alone, or undefined when the content must decide. */
export function kindByName(relPath: string): Kind | undefined {
  const base = lastSegment(relPath);
  if (base === 'package.json') return 'packagejson';
  if (base === 'Procfile' || base.startsWith('Procfile.')) return 'procfile';
  // Docker also reads a lowercase `dockerfile` when no `Dockerfile` exists.
  if ((DOCKERFILE_NAME.test(base) || base === 'dockerfile') && !base.endsWith('.dockerignore')) return 'dockerfile';
  if (SYSTEMD_EXT.test(base)) return 'systemd';
  if (isCronPath(relPath, base)) return 'cron';
  if (/\.d\/[^/]+\.conf$/.test(relPath) && /\.(service|socket|timer|path|mount)\.d\//.test(relPath)) return 'systemd';
  if (SHELL_EXT.test(base)) return 'shell';
  if (base.endsWith('.py') || base.endsWith('.pyw')) return 'python';
  if (TS_EXT.test(base) && !base.endsWith('.d.ts') && !base.endsWith('.d.mts') && !base.endsWith('.d.cts')) return 'typescript';
  if (COMPOSE_NAME.test(base) && !isWorkflow(relPath)) return 'compose';
  // Platform config files (issue 17). `app.json` is Heroku's only by content (see kindByContent).
  if (RAILWAY_NAME.test(base)) return 'railway';
  if (FLY_NAME.test(base)) return 'fly';
  if (RENDER_NAME.test(base)) return 'render';
  if (base === 'heroku.yml' || base === 'heroku.yaml') return 'heroku';
  return undefined;
}

/** `railway.toml`, `railway.json`, and custom config paths such as `railway.worker.toml`. */
const RAILWAY_NAME = /^railway(\.[^/]+)?\.(toml|json)$/;
/** `fly.toml`, `fly.staging.toml` (`fly deploy -c`). */
const FLY_NAME = /^fly(\.[^/]+)?\.toml$/;
/** `render.yaml` (a Blueprint's default name), `render.staging.yaml`. */
const RENDER_NAME = /^render(\.[^/]+)?\.ya?ml$/;

/**
 * Heroku's `app.json` has a top-level `formation`, `scripts`, `addons`, `buildpacks`, `stack` or
 * `success_url`; other tools' `app.json` (Expo, React Native) have `expo`/`displayName` instead.
 */
export function looksLikeHerokuAppJson(text: string): boolean {
  if (/"(expo|displayName)"\s*:/.test(text)) return false;
  return /"(formation|addons|buildpacks|stack|success_url|scripts)"\s*:/.test(text);
}

function isWorkflow(relPath: string): boolean {
  return /(^|\/)\.github\//.test(relPath);
}

/** Interpreter named by a `#!` line: `#!/bin/bash`, `#!/usr/bin/env -S python3 -u`. */
export function shebangInterpreter(text: string): string | undefined {
  if (!text.startsWith('#!')) return undefined;
  const eol = text.indexOf('\n');
  const line = (eol === -1 ? text.slice(2) : text.slice(2, eol)).trim();
  const parts = line.split(/\s+/);
  let prog = parts[0]?.split('/').pop() ?? '';
  if (prog === 'env') prog = parts.slice(1).find((p) => !p.startsWith('-') && !p.includes('='))?.split('/').pop() ?? '';
  return prog || undefined;
}

/** Kind decided by content, for files whose name did not decide. `text` may be only the head. */
export function kindByContent(relPath: string, head: string): Kind | undefined {
  // A byte-order mark is not content: `^apiVersion:` and `^services:` must match after it.
  const text = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
  const interp = shebangInterpreter(text);
  if (interp) {
    if (SHELLS.test(interp)) return 'shell';
    if (/^python[\d.]*$/.test(interp) || interp === 'pypy3') return 'python';
    if (interp === 'node' || interp === 'deno' || interp === 'bun' || interp === 'tsx' || interp === 'ts-node') return 'typescript';
    return undefined;
  }
  if (/\.ya?ml$/i.test(relPath) && !isWorkflow(relPath) && looksLikeCompose(text)) return 'compose';
  if (lastSegment(relPath) === 'app.json' && looksLikeHerokuAppJson(text)) return 'heroku';
  if (/\.ya?ml$/i.test(relPath) && !isWorkflow(relPath) && looksLikeKubernetes(text)) return 'kubernetes';
  return undefined;
}

/**
 * Crontabs (`crontab`, `*.cron`, `*.crontab`, `cron.d/*`) and the scripts cron runs through
 * run-parts (`cron.hourly/*` ... `cron.monthly/*`). Dot files (`.placeholder`) are not entries.
 */
function isCronPath(relPath: string, base: string): boolean {
  if (base.startsWith('.') || isWorkflow(relPath)) return false;
  if (base === 'crontab' || /\.(cron|crontab)$/.test(base)) return true;
  return /(^|\/)cron\.(d|hourly|daily|weekly|monthly)\/[^/]+$/.test(relPath) && !/\.(md|txt|rst)$/i.test(base);
}

/** A top-level `apiVersion:` and a top-level `kind:` naming a workload (any document of the file). */
export function looksLikeKubernetes(text: string): boolean {
  return /^\uFEFF?apiVersion:/m.test(text) && /^\uFEFF?kind:[ \t]*["']?(Pod|Deployment|StatefulSet|DaemonSet|ReplicaSet|Job|CronJob)["']?[ \t]*(#.*)?\r?$/m.test(text);
}

/** Top-level `services:` with an `image:` or `build:` entry below it. */
export function looksLikeCompose(text: string): boolean {
  const m = /^services:[ \t]*(#.*)?$/m.exec(text);
  if (!m) return false;
  return /^[ \t]+(image|build):/m.test(text.slice(m.index));
}

export function classify(relPath: string, head: string): Kind | undefined {
  const byName = kindByName(relPath);
  // D-Bus activation files share the `.service` extension but are not systemd units.
  if (byName === 'systemd' && head.includes('[D-BUS Service]')) return undefined;
  return byName ?? kindByContent(relPath, head);
}
