/**
 * Dockerfiles named by compose files (`build: {context: ., dockerfile: deploy/web.docker}`): a
 * project-level pre-pass before classification, because a file named `web.docker` or
 * `deploy/app.build` is a Dockerfile only because a compose file says so — the strongest signal
 * there is. Cheap: only compose files whose text mentions `dockerfile:` are parsed, and only the
 * `services.*.build` entries are read. Paths resolve as compose does (compose-spec "build"):
 * `dockerfile` relative to `context`, `context` relative to the compose file's directory.
 */
import { posix } from 'node:path';
import { isMap } from '../parse/yaml-guards.js';
import { getPath, mapEntries, scalarString } from '../parse/yaml-nodes.js';
import { parseComposeYaml } from '../parse/compose.js';
import { tooDeepYamlOffset } from '../parse/yaml-depth.js';

export interface NamedBy {
  /** The compose file that names the Dockerfile. */
  compose: string;
  /** The service whose `build.dockerfile` names it. */
  service: string;
  /** 1-based line of the `dockerfile:` value. */
  line: number;
}

/** Repository-relative Dockerfile paths named by `build.dockerfile` in the given compose files. */
export function dockerfilesNamedByCompose(composeFiles: Iterable<{ rel: string; text: string }>): Map<string, NamedBy> {
  const out = new Map<string, NamedBy>();
  for (const { rel, text } of composeFiles) {
    if (!/\bdockerfile:/.test(text) || tooDeepYamlOffset(text, 200) !== undefined) continue;
    let yaml;
    try {
      yaml = parseComposeYaml(text);
    } catch {
      continue; // reported when the compose file itself is parsed
    }
    const services = getPath(yaml, yaml.contents, 'services');
    if (!isMap(services)) continue;
    for (const pair of mapEntries(yaml, services)) {
      const name = scalarString(pair.key);
      const build = getPath(yaml, pair.value, 'build');
      if (name === undefined || !isMap(build)) continue;
      const node = getPath(yaml, build, 'dockerfile') as { range?: [number, number, number] } | undefined;
      const dockerfile = scalarString(node);
      const context = scalarString(getPath(yaml, build, 'context')) ?? '.';
      if (!dockerfile || /[$]/.test(dockerfile + context) || dockerfile.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(context)) continue;
      const path = posix.normalize(posix.join(posix.dirname(rel), context, dockerfile));
      if (path.startsWith('../') || path === '..' || posix.isAbsolute(path)) continue;
      if (out.has(path)) continue;
      const offset = node?.range?.[0] ?? 0;
      out.set(path, { compose: rel, service: name, line: lineAt(text, offset) });
    }
  }
  return out;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
