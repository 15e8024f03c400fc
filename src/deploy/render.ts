/**
 * Render Blueprints, `render.yaml` (https://render.com/docs/blueprint-spec): `services:` is a list
 * of services, each with `type` (`web`, `pserv`, `worker`, `cron`, `keyvalue`/`redis`), `name`,
 * `runtime` (older files: `env`) — `docker`/`image` or a native runtime (`node`, `python`…):
 * - `buildCommand` (role build), `startCommand` (role start), `preDeployCommand` (role hook: runs
 *   once per deploy after the build, before the new instances start — Render's place for
 *   migrations), and for Docker runtimes `dockerCommand` (role start; replaces the image's CMD).
 *   Native runtimes run the commands in a shell; a Docker runtime's commands are not given to a
 *   shell (Render's docs say to wrap them in `sh -c` for shell features): form `split`.
 * - `healthCheckPath`: probed for zero-downtime deploys and continuously; an instance that keeps
 *   failing is restarted (purpose liveness).
 * - `numInstances` (replicas), `scaling.{minInstances,maxInstances}` (autoscaling).
 * - `maxShutdownDelaySeconds`: SIGTERM to SIGKILL.
 * - `envVars: [{key, value}]` (entries with `fromDatabase`, `fromService`, `generateValue` or
 *   `sync: false` get their value from Render).
 * - A `cron` service runs its command on `schedule` and exits (one-shot).
 * Render sets `PORT` (default 10000) for web services and routes to the port the service binds.
 */
import { entryOf, get, items, num, str, type CNode } from '../parse/config-tree.js';
import { trimTrailingSlashes } from '../paths.js';
import type { DeployService } from './model.js';
import { commandStrings, durationSeconds, emptyTree, type PlatformTree } from './platform.js';

export function readRender(root: CNode | undefined): PlatformTree {
  const tree = emptyTree('yaml', root);
  for (const [index, s] of items(get(root, 'services')).entries()) {
    if (s.type !== 'map') continue;
    const nameNode = str(get(s, 'name'));
    const name = nameNode?.value ?? `services[${index}]`;
    const type = str(get(s, 'type'))?.value ?? 'web';
    const runtime = (str(get(s, 'runtime')) ?? str(get(s, 'env')))?.value;
    const docker = runtime === 'docker' || runtime === 'image';
    for (const [key, role] of [['buildCommand', 'build'], ['startCommand', 'start'], ['dockerCommand', 'start'], ['preDeployCommand', 'hook']] as const) {
      const e = entryOf(s, key);
      if (!e) continue;
      for (const c of commandStrings(e.value)) tree.commands.push({ role, label: key, owner: name, node: c, form: docker && key !== 'buildCommand' ? 'split' : 'shell', span: e.span });
    }
    for (const v of items(get(s, 'envVars'))) {
      const key = entryOf(v, 'key');
      if (!key || key.value.type !== 'string') continue;
      const valueEntry = entryOf(v, 'value');
      const val = valueEntry?.value;
      const value = val && (val.type === 'string' || val.type === 'number' || val.type === 'boolean') ? String(val.value) : null;
      tree.env.push({ name: key.value.value, nameSpan: key.value.span, value, valueSpan: val?.span ?? key.value.span, span: v.span, owner: name, label: 'envVars' });
    }
    const anchor = nameNode?.span ?? s.span;
    const service: DeployService = { kind: 'render', name, span: anchor, healthChecks: [], injectsPort: type === 'web', oneShot: type === 'cron' };
    const replicas = num(get(s, 'numInstances'));
    if (replicas) service.replicas = replicas;
    const max = num(get(s, 'scaling.maxInstances'));
    if (max && max.value > 1) service.autoscaled = { value: true, span: max.span };
    const path = str(get(s, 'healthCheckPath'));
    if (path) service.healthChecks.push({ type: 'http', purpose: 'liveness', path: { value: path.value, span: path.span }, span: path.span });
    const grace = durationSeconds(get(s, 'maxShutdownDelaySeconds'));
    if (grace) service.stopGraceSeconds = grace;
    const image = str(get(s, 'image.url'));
    if (image) service.image = { value: image.value, span: image.span };
    if (runtime === 'docker') {
      const root = str(get(s, 'rootDir'))?.value;
      const path = str(get(s, 'dockerfilePath'))?.value ?? './Dockerfile';
      service.dockerfile = root && !path.startsWith('/') ? `${trimTrailingSlashes(root)}/${path.replace(/^\.\//, '')}` : path.replace(/^\//, '');
    }
    if (type !== 'keyvalue' && type !== 'redis') tree.deploy.push(service);
  }
  return tree;
}
