/**
 * Railway config as code (`railway.toml` / `railway.json`, or a custom path such as
 * `railway.worker.toml`): one file configures one service. Field semantics from Railway's
 * config-as-code reference (https://docs.railway.com/reference/config-as-code) and its
 * start-command, pre-deploy, healthcheck and restart-policy guides:
 * - `deploy.startCommand` (role start) replaces the image's ENTRYPOINT/CMD. For a Dockerfile or
 *   image deploy it runs in exec form (no shell: "wrap your command in a shell" to expand `$PORT`);
 *   with Railpack/Nixpacks it runs in a shell (https://docs.railway.com/deployments/start-command).
 * - `deploy.preDeployCommand` (role hook): a string or a list of commands run once per deploy,
 *   between build and start, in a separate container — the place for migrations.
 * - `build.buildCommand` (role build).
 * - `deploy.healthcheckPath` / `healthcheckTimeout` (seconds, default 300): probed only while a
 *   deploy goes live, not afterwards (purpose `deploy`).
 * - `deploy.restartPolicyType` `ON_FAILURE` (default) | `ALWAYS` | `NEVER`, with
 *   `restartPolicyMaxRetries` (default 10) for ON_FAILURE.
 * - `deploy.numReplicas`, and `deploy.multiRegionConfig.<region>.numReplicas` (summed).
 * - `deploy.drainingSeconds`: time between SIGTERM and SIGKILL.
 * - `deploy.cronSchedule`: the service is a cron job that runs and exits (one-shot).
 * - `environments.<name>.{build,deploy}` override the top level in that environment; each
 *   environment with a `deploy` block is its own service here (`web@production`).
 * Railway sets `PORT` for every service and routes its domain to it.
 */
import { entries, entryOf, get, num, str, type CNode } from '../parse/config-tree.js';
import type { Span } from '../source.js';
import type { DeployService } from './model.js';
import { commandStrings, durationSeconds, emptyTree, type PlatformCommand, type PlatformTree } from './platform.js';

const RESTART: Record<string, 'always' | 'on-failure' | 'never'> = { ALWAYS: 'always', ON_FAILURE: 'on-failure', NEVER: 'never' };

export function readRailway(root: CNode | undefined, format: PlatformTree['format'], serviceName: string): PlatformTree {
  const tree = emptyTree(format, root);
  if (root?.type !== 'map') return tree;
  add(tree, serviceName, root, [get(root, 'build')], [get(root, 'deploy')], root.span);
  for (const env of entries(get(root, 'environments'))) {
    const build = get(env.value, 'build');
    const deploy = get(env.value, 'deploy');
    if (!build && !deploy) continue;
    add(tree, `${serviceName}@${env.key}`, root, [get(root, 'build'), build], [get(root, 'deploy'), deploy], env.keySpan, env.key);
  }
  return tree;
}

/** The last layer that sets `key` (an environment's override wins over the top level). */
function field(layers: (CNode | undefined)[], key: string): CNode | undefined {
  for (let i = layers.length - 1; i >= 0; i--) {
    const e = entryOf(layers[i], key);
    if (e) return e.value;
  }
  return undefined;
}

function fieldEntrySpan(layers: (CNode | undefined)[], key: string): Span | undefined {
  for (let i = layers.length - 1; i >= 0; i--) {
    const e = entryOf(layers[i], key);
    if (e) return e.span;
  }
  return undefined;
}

function add(tree: PlatformTree, name: string, root: CNode, builds: (CNode | undefined)[], deploys: (CNode | undefined)[], anchor: Span, overlay?: string): void {
  const builder = str(field(builds, 'builder'))?.value.toUpperCase();
  const dockerDeploy = builder === 'DOCKERFILE' || field(builds, 'dockerfilePath') !== undefined;
  const form = dockerDeploy ? 'split' : 'shell';
  // An environment repeats only what it overrides: its own commands are new carriers, the
  // inherited ones are already linted once at the top level.
  const own = (layers: (CNode | undefined)[], key: string): boolean => overlay === undefined || entryOf(layers[layers.length - 1], key) !== undefined;
  const cmd = (layers: (CNode | undefined)[], key: string, role: PlatformCommand['role']): void => {
    if (!own(layers, key)) return;
    const node = field(layers, key);
    const span = fieldEntrySpan(layers, key);
    if (!node || !span) return;
    for (const c of commandStrings(node)) tree.commands.push({ role, label: key, owner: name, node: c, form: key === 'buildCommand' ? 'shell' : form, span });
  };
  cmd(deploys, 'startCommand', 'start');
  cmd(deploys, 'preDeployCommand', 'hook');
  cmd(builds, 'buildCommand', 'build');

  const service: DeployService = { kind: 'railway', name, span: anchor, healthChecks: [], injectsPort: true, oneShot: false };
  const replicas = num(field(deploys, 'numReplicas'));
  const regions = entries(field(deploys, 'multiRegionConfig'))
    .map((r) => num(get(r.value, 'numReplicas')))
    .filter((r): r is NonNullable<typeof r> => r !== undefined);
  if (regions.length) {
    service.replicas = { value: regions.reduce((a, r) => a + r.value, 0), span: regions.find((r) => r.value > 1)?.span ?? regions[0]!.span };
  } else if (replicas) service.replicas = replicas;
  const policy = str(field(deploys, 'restartPolicyType'));
  const mapped = policy ? RESTART[policy.value.toUpperCase()] : undefined;
  const retries = num(field(deploys, 'restartPolicyMaxRetries'));
  if (mapped && policy) {
    service.restart = { policy: { value: mapped, span: policy.span } };
    if (retries && mapped === 'on-failure') service.restart.maxRetries = retries;
  } else if (retries && !policy) {
    // ON_FAILURE is the default policy; the retry count applies to it.
    service.restart = { policy: { value: 'on-failure', span: retries.span }, maxRetries: retries };
  }
  const path = str(field(deploys, 'healthcheckPath'));
  if (path) {
    const check: DeployService['healthChecks'][number] = { type: 'http', purpose: 'deploy', path: { value: path.value, span: path.span }, span: fieldEntrySpan(deploys, 'healthcheckPath') ?? path.span };
    const timeout = num(field(deploys, 'healthcheckTimeout'));
    if (timeout) check.timeoutSeconds = timeout;
    service.healthChecks.push(check);
  }
  const draining = durationSeconds(field(deploys, 'drainingSeconds'));
  if (draining) service.stopGraceSeconds = draining;
  // Railway builds with a Dockerfile whenever it finds one ("Railway will always build with a
  // Dockerfile if it finds one"), at `dockerfilePath` or at the root: the rule checks it exists.
  // A builder named in the file (`RAILPACK`, `NIXPACKS`) is used instead, Dockerfile or not.
  const dockerfilePath = str(field(builds, 'dockerfilePath'))?.value;
  if (dockerfilePath !== undefined || builder === undefined || builder === 'DOCKERFILE') service.dockerfile = dockerfilePath ?? 'Dockerfile';
  const cron = field(deploys, 'cronSchedule');
  if (cron && cron.type === 'string' && cron.value.trim()) service.oneShot = true;
  void root;
  tree.deploy.push(service);
}
