/**
 * Heroku's two config files.
 *
 * `app.json` (https://devcenter.heroku.com/articles/app-json-schema):
 * - `scripts.postdeploy` (a string, or `{ "command": … }`): run once after an app is created from
 *   the manifest (review apps, Heroku Button) — role hook; `scripts.pr-predestroy` likewise.
 * - `formation.<process>.quantity`: dynos per process type (the commands live in the Procfile or
 *   `heroku.yml`); every formation entry becomes a service named after its process type.
 * - `env.<NAME>`: a string, or `{ "value": … }` (`generator: "secret"` and `required` leave the
 *   value to Heroku).
 *
 * `heroku.yml` (https://devcenter.heroku.com/articles/build-docker-images-heroku-yml):
 * - `run.<process>`: a command string, or `{ command: [...], image: … }`; the commands of a
 *   container dyno run through `/bin/sh -c` (role start; `release` would be the hook).
 * - `release.command: [...]`: the release phase (role hook), run before a release goes live —
 *   Heroku's place for migrations.
 *
 * Heroku sets `PORT` for `web` dynos and routes to it (https://devcenter.heroku.com/articles/runtime-principles#web-servers);
 * crashed dynos are always restarted (with back-off), so there is no restart policy to read.
 */
import { entries, entryOf, get, num, type CNode } from '../parse/config-tree.js';
import type { DeployService } from './model.js';
import { commandStrings, emptyTree, type PlatformTree } from './platform.js';

export function readAppJson(root: CNode | undefined): PlatformTree {
  const tree = emptyTree('json', root);
  for (const s of entries(get(root, 'scripts'))) {
    if (s.key !== 'postdeploy' && s.key !== 'pr-predestroy') continue;
    const node = s.value.type === 'map' ? get(s.value, 'command') : s.value;
    for (const c of commandStrings(node)) tree.commands.push({ role: 'hook', label: s.key, owner: s.key, node: c, form: 'shell', span: s.span });
  }
  for (const e of entries(get(root, 'env'))) {
    const v = e.value.type === 'map' ? get(e.value, 'value') : e.value;
    const value = v && (v.type === 'string' || v.type === 'number' || v.type === 'boolean') ? String(v.value) : null;
    tree.env.push({ name: e.key, nameSpan: e.keySpan, value, valueSpan: v?.span ?? e.value.span, span: e.span, owner: 'env', label: 'env' });
  }
  for (const f of entries(get(root, 'formation'))) {
    const service: DeployService = { kind: 'heroku', name: f.key, span: f.keySpan, healthChecks: [], injectsPort: f.key === 'web', oneShot: false };
    const quantity = num(get(f.value, 'quantity'));
    if (quantity) service.replicas = quantity;
    tree.deploy.push(service);
  }
  return tree;
}

export function readHerokuYml(root: CNode | undefined): PlatformTree {
  const tree = emptyTree('yaml', root);
  for (const p of entries(get(root, 'run'))) {
    const node = p.value.type === 'map' ? get(p.value, 'command') : p.value;
    for (const c of commandStrings(node)) tree.commands.push({ role: p.key === 'release' ? 'hook' : 'start', label: p.key, owner: p.key, node: c, form: 'shell', span: p.span });
    tree.deploy.push({ kind: 'heroku', name: p.key, span: p.keySpan, healthChecks: [], injectsPort: p.key === 'web', oneShot: false });
  }
  // `build.docker.<process>: Dockerfile`: a process with no `run` entry runs that image's CMD.
  for (const b of entries(get(root, 'build.docker'))) {
    if (b.value.type !== 'string') continue;
    let service = tree.deploy.find((s) => s.name === b.key);
    if (!service) {
      service = { kind: 'heroku', name: b.key, span: b.keySpan, healthChecks: [], injectsPort: b.key === 'web', oneShot: false };
      tree.deploy.push(service);
    }
    service.dockerfile = b.value.value;
  }
  const release = entryOf(get(root, 'release'), 'command');
  if (release) for (const c of commandStrings(release.value)) tree.commands.push({ role: 'hook', label: 'release', owner: 'release', node: c, form: 'shell', span: release.span });
  return tree;
}
