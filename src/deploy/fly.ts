/**
 * Fly.io `fly.toml` (https://fly.io/docs/reference/configuration/):
 * - `[processes]` `name = "command"`: one process group per entry (role start); without it the
 *   app is one group, `app`, running `[experimental] cmd` (and `entrypoint`) or the image's CMD.
 *   Fly splits these strings into words and runs them without a shell (form `split`), keeping the
 *   image's ENTRYPOINT unless `entrypoint` is set.
 * - `[deploy] release_command` (role hook): run once per deploy in a temporary Machine, before
 *   the new version starts — the documented place for migrations.
 * - `[http_service]` / `[[services]]`: `internal_port` (where the proxy sends traffic), the
 *   `processes` they serve (all groups when absent), and their checks (`[[http_service.checks]]`,
 *   `[[services.http_checks]]`, `[[services.tcp_checks]]`; they steer routing: purpose readiness).
 *   `fly deploy` creates two Machines per process group with services for redundancy, and
 *   `auto_start_machines` lets the proxy start more: such a group is `autoscaled`.
 * - top-level `[checks.<name>]`: health checks of the Machines (purpose deploy).
 * - `[env]`: environment assignments; Fly does not inject `PORT` (it is set here when the app
 *   needs it), so `injectsPort` is false.
 * - `kill_timeout` (seconds or a duration): SIGTERM to SIGKILL.
 * - `[[vm]] memory` / `memory_mb`, per `processes`.
 * - `[[restart]] policy = "always" | "on-failure" | "never"`, `retries`, per `processes`.
 */
import { entries, entryOf, get, items, num, str, type CNode } from '../parse/config-tree.js';
import type { Span } from '../source.js';
import type { DeployHealthCheck, DeployService } from './model.js';
import { durationSeconds, emptyTree, type PlatformTree } from './platform.js';

export function readFly(root: CNode | undefined): PlatformTree {
  const tree = emptyTree('toml', root);
  if (root?.type !== 'map') return tree;

  const processes = entryOf(root, 'processes');
  const groups: { name: string; span: Span }[] = [];
  if (processes?.value.type === 'map' && processes.value.entries.length) {
    for (const p of processes.value.entries) {
      groups.push({ name: p.key, span: p.keySpan });
      if (p.value.type === 'string' || p.value.type === 'list') tree.commands.push({ role: 'start', label: p.key, owner: p.key, node: p.value, form: 'split', span: p.span });
    }
  } else {
    groups.push({ name: 'app', span: entryOf(root, 'app')?.span ?? { start: 0, end: 0 } });
    for (const key of ['entrypoint', 'cmd']) {
      const e = entryOf(get(root, 'experimental'), key);
      if (e && (e.value.type === 'string' || e.value.type === 'list')) tree.commands.push({ role: 'start', label: key, owner: 'app', node: e.value, form: 'split', span: e.span });
    }
  }
  const release = entryOf(get(root, 'deploy'), 'release_command');
  if (release?.value.type === 'string') tree.commands.push({ role: 'hook', label: 'release_command', owner: 'release', node: release.value, form: 'split', span: release.span });

  for (const e of entries(get(root, 'env'))) {
    const v = e.value;
    const value = v.type === 'string' ? v.value : v.type === 'number' || v.type === 'boolean' ? String(v.value) : null;
    tree.env.push({ name: e.key, nameSpan: e.keySpan, value, valueSpan: v.span, span: e.span, owner: 'env', label: 'env' });
  }

  // Services: `[http_service]` (one table) and `[[services]]` (a list).
  const services: { node: CNode; span: Span }[] = [];
  const http = entryOf(root, 'http_service');
  if (http?.value.type === 'map') services.push({ node: http.value, span: http.keySpan });
  const svc = entryOf(root, 'services');
  for (const s of items(svc?.value)) services.push({ node: s, span: s.span });

  const killTimeout = durationSeconds(get(root, 'kill_timeout'));
  const topChecks = entries(get(root, 'checks')).map((c) => check(c.value, 'deploy', c.span));

  for (const g of groups) {
    const service: DeployService = { kind: 'fly', name: g.name, span: g.span, healthChecks: [...topChecks], injectsPort: false, oneShot: false };
    for (const s of services) {
      if (!servesGroup(s.node, g.name)) continue;
      const port = num(get(s.node, 'internal_port'));
      if (port && !service.port) service.port = port;
      service.autoscaled ??= { value: true, span: s.span };
      for (const key of ['checks', 'http_checks', 'tcp_checks']) {
        for (const c of items(get(s.node, key))) service.healthChecks.push(check(c, 'readiness', c.span, key === 'tcp_checks' ? 'tcp' : 'http'));
      }
    }
    if (killTimeout) service.stopGraceSeconds = killTimeout;
    const build = get(root, 'build');
    const dockerfile = str(get(build, 'dockerfile'))?.value;
    if (dockerfile || !(get(build, 'image') || get(build, 'builder') || get(build, 'buildpacks'))) service.dockerfile = dockerfile ?? 'Dockerfile';
    for (const vm of items(get(root, 'vm'))) {
      if (!servesGroup(vm, g.name)) continue;
      const mem = get(vm, 'memory') ?? get(vm, 'memory_mb');
      if (mem && (mem.type === 'string' || mem.type === 'number')) service.memoryLimit = { value: mem.type === 'number' ? `${mem.value}mb` : mem.value, span: mem.span };
    }
    for (const r of items(get(root, 'restart'))) {
      if (!servesGroup(r, g.name)) continue;
      const policy = str(get(r, 'policy'));
      const value = policy?.value.toLowerCase();
      if (!policy || (value !== 'always' && value !== 'never' && value !== 'on-failure')) continue;
      service.restart = { policy: { value, span: policy.span } };
      const retries = num(get(r, 'retries'));
      if (retries) service.restart.maxRetries = retries;
    }
    tree.deploy.push(service);
  }
  return tree;
}

/** A `processes = [...]` list selects groups; without one, the section applies to every group. */
function servesGroup(node: CNode, group: string): boolean {
  const list = get(node, 'processes');
  if (list?.type !== 'list' || list.items.length === 0) return true;
  return list.items.some((i) => i.type === 'string' && i.value === group);
}

function check(node: CNode, purpose: DeployHealthCheck['purpose'], span: Span, fallback: DeployHealthCheck['type'] = 'http'): DeployHealthCheck {
  const type = str(get(node, 'type'))?.value;
  const c: DeployHealthCheck = { type: type === 'tcp' ? 'tcp' : type === 'http' ? 'http' : fallback, purpose, span };
  const path = str(get(node, 'path'));
  if (path) c.path = { value: path.value, span: path.span };
  const grace = durationSeconds(get(node, 'grace_period'));
  if (grace) c.gracePeriodSeconds = grace;
  const interval = durationSeconds(get(node, 'interval'));
  if (interval) c.periodSeconds = interval;
  const timeout = durationSeconds(get(node, 'timeout'));
  if (timeout) c.timeoutSeconds = timeout;
  const port = num(get(node, 'port'));
  if (port) c.port = port;
  return c;
}
