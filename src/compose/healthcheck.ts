/**
 * Does a compose service have a health check, and how sure are we? In order: the service's own
 * `healthcheck:` (with a `test`, or `disable: true` / `test: ["NONE"]`), the `HEALTHCHECK` of the
 * Dockerfile it builds (its target stage or the stages that stage inherits from), and what is
 * known about its image. Docker's official images ship no `HEALTHCHECK` (the official-images
 * guidelines leave health checks to the user), so for those "none" is certain; a few well-known
 * third-party images do ship one; about any other image nothing is known.
 */
import { isSeq } from '../parse/yaml-guards.js';
import type { ComposeDocument, ComposeService } from '../parse/compose.js';
import type { DockerfileDocument } from '../parse/dockerfile.js';
import { getPair, getPath, nodeSpan, resolve, scalarString } from '../parse/yaml-nodes.js';
import type { ProjectModel } from '../project.js';
import type { Span } from '../source.js';
import { serviceBuild } from '../docker/contexts.js';
import { parseImageRef } from '../docker/image-ref.js';
import { lastInChain, rootImage, stageNamed } from '../docker/stages.js';

export type HealthStatus =
  /** `healthcheck:` with a test in the compose file. */
  | 'compose'
  /** Turned off on purpose (`disable: true`, `test: ["NONE"]`, `HEALTHCHECK NONE`). */
  | 'disabled'
  /** The built Dockerfile has a `HEALTHCHECK`. */
  | 'dockerfile'
  /** The image is known to ship a `HEALTHCHECK`. */
  | 'image'
  /** Known to have none. */
  | 'none'
  /** Nothing is known (a custom image, `extends:`, a Dockerfile outside the project). */
  | 'unknown';

export interface HealthInfo {
  status: HealthStatus;
  /** Where the deciding construct is written (compose `healthcheck:` or Dockerfile `HEALTHCHECK`). */
  span?: Span;
  dockerfile?: string;
}

/** Images (repository without tag, lower-case) known to ship a HEALTHCHECK (checked in their Dockerfiles). */
export const IMAGES_WITH_HEALTHCHECK: readonly string[] = [
  'kong',
  'vaultwarden/server',
  'louislam/uptime-kuma',
  'jellyfin/jellyfin',
  'pihole/pihole',
  'syncthing/syncthing',
  'gitlab/gitlab-ce',
  'gitlab/gitlab-ee',
  'ghcr.io/immich-app/immich-server',
  'ghcr.io/paperless-ngx/paperless-ngx',
  'paperlessngx/paperless-ngx',
  'ghcr.io/zulip/zulip-server',
  'zulip/docker-zulip',
  'ghcr.io/mealie-recipes/mealie',
  'hkotel/mealie',
  'outlinewiki/outline',
  'docker.getoutline.com/outlinewiki/outline',
  'healthchecks/healthchecks',
  'syncthing/discosrv',
  'syncthing/relaysrv',
];

export function serviceHealth(model: ProjectModel | undefined, composeRel: string, doc: ComposeDocument, service: ComposeService, extraImages: readonly string[] = []): HealthInfo {
  const { yaml } = doc.tree;
  const hcPair = getPair(yaml, service.node, 'healthcheck');
  if (hcPair) {
    const hc = resolve(yaml, hcPair.value);
    const span = nodeSpan(hcPair.key as never);
    const at = span ? { span } : {};
    if (scalarString(getPath(yaml, hc, 'disable')) === 'true') return { status: 'disabled', ...at };
    const test = getPath(yaml, hc, 'test');
    if (isSeq(test) && scalarString(resolve(yaml, test.items[0])) === 'NONE') return { status: 'disabled', ...at };
    if (test !== undefined && test !== null && scalarString(test) !== '') return { status: 'compose', ...at };
    // Only timings: the image's own HEALTHCHECK, if any, is what runs.
  }
  if (getPair(yaml, service.node, 'extends')) return { status: 'unknown' };
  const compose = model?.byPath.get(composeRel);
  const build = model && compose ? serviceBuild(model, compose, doc, service) : undefined;
  if (getPath(yaml, service.node, 'build') !== undefined) {
    if (!build || !model) return { status: 'unknown' };
    const df = model.byPath.get(build.dockerfile)?.doc as DockerfileDocument | undefined;
    const tree = df?.tree;
    if (!tree?.finalStage) return { status: 'unknown' };
    const stage = (build.target && stageNamed(tree, build.target)) || tree.finalStage;
    const ins = lastInChain(tree, stage, ['HEALTHCHECK']);
    if (ins) {
      const none = /^NONE\b/i.test(ins.args.text.trim());
      return { status: none ? 'disabled' : 'dockerfile', span: ins.keywordSpan, dockerfile: build.dockerfile };
    }
    const root = rootImage(tree, stage);
    if (!root) return { status: 'none', dockerfile: build.dockerfile };
    return { ...imageHealth(root.registry ? `${root.registry}/${root.repository}` : root.repository, root.official, root.dynamic, extraImages), dockerfile: build.dockerfile };
  }
  const image = scalarString(getPath(yaml, service.node, 'image'));
  const ref = image ? parseImageRef(image) : undefined;
  if (!ref) return { status: 'unknown' };
  return imageHealth(ref.registry ? `${ref.registry}/${ref.repository}` : ref.repository, ref.official, ref.dynamic, extraImages);
}

function imageHealth(repository: string, official: boolean, dynamic: boolean, extra: readonly string[]): HealthInfo {
  if (dynamic) return { status: 'unknown' };
  const known = [...IMAGES_WITH_HEALTHCHECK, ...extra.map((e) => e.toLowerCase())];
  if (known.includes(repository)) return { status: 'image' };
  return { status: official ? 'none' : 'unknown' };
}
