/**
 * package.json scripts run through `sh -c` (npm, yarn, pnpm). The start-like scripts (`start`,
 * `serve`, `prod`, `start:prod`, `production`) are what a service runs; `npm run X`/`yarn X`/
 * `pnpm X` inside them is followed to script X, which then also counts as start. Every other
 * script is a developer or build task (role build), so a `dev` script running nodemon is fine.
 */
import type { PackageJsonTree, PackageScript } from '../parse/packagejson.js';
import type { ShellScript } from '../shell/script.js';
import type { Command, Document, Role } from '../types.js';
import { addShellScript, type CommandSink } from './build.js';

export const START_SCRIPTS = new Set(['start', 'serve', 'prod', 'production', 'start:prod', 'start:production']);
const MAX_HOPS = 5;

export function packageJsonCarriers(doc: Document<PackageJsonTree>, sink: CommandSink): void {
  const byName = new Map(doc.tree.scripts.map((s) => [s.name, s]));
  const asStart = new Set<string>();
  const queue: { script: PackageScript; hops: number }[] = [];
  for (const s of doc.tree.scripts) if (START_SCRIPTS.has(s.name)) queue.push({ script: s, hops: 0 });
  // Breadth-first over `npm run X` references from the start scripts.
  while (queue.length) {
    const { script, hops } = queue.shift()!;
    if (asStart.has(script.name)) continue;
    asStart.add(script.name);
    const before = sink.commands.length;
    addScript(doc, script, 'start', sink);
    if (hops >= MAX_HOPS) continue;
    for (const cmd of sink.commands.slice(before)) {
      const target = runTarget(cmd);
      const next = target ? byName.get(target) : undefined;
      if (next && !asStart.has(next.name)) queue.push({ script: next, hops: hops + 1 });
      // Lifecycle scripts npm runs around `start`.
    }
    for (const hook of [`pre${script.name}`, `post${script.name}`]) {
      const h = byName.get(hook);
      if (h && !asStart.has(h.name)) queue.push({ script: h, hops: hops + 1 });
    }
  }
  for (const s of doc.tree.scripts) if (!asStart.has(s.name)) addScript(doc, s, 'build', sink);
}

function addScript(doc: Document<PackageJsonTree>, s: PackageScript, role: Role, sink: CommandSink): ShellScript {
  return addShellScript(sink, s.command, role, { kind: 'packagejson', label: s.name, source: doc.source, span: s.span, shellForm: true, owner: s.name });
}

const BUILTINS = new Set(['install', 'i', 'ci', 'add', 'remove', 'exec', 'x', 'dlx', 'test', 'publish', 'pack', 'link', 'init', 'create', 'upgrade', 'update', 'outdated', 'audit', 'config', 'cache', 'why', 'list', 'ls', 'info', 'view', 'version', 'help', 'login', 'logout', 'workspace', 'workspaces']);

/** `npm run X`, `npm run-script X`, `npm start`, `yarn X`, `yarn run X`, `pnpm X`, `bun run X` -> X. */
export function runTarget(cmd: Command): string | undefined {
  const [pm, a, b] = cmd.argv.map((w) => w.value);
  if (pm !== 'npm' && pm !== 'yarn' && pm !== 'pnpm' && pm !== 'bun') return undefined;
  if (a === 'run' || a === 'run-script') return b ?? undefined;
  if (a === 'start' || a === 'stop' || a === 'restart') return a;
  if (pm !== 'npm' && a && !a.startsWith('-') && !BUILTINS.has(a)) return a;
  return undefined;
}
