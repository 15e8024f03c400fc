/**
 * Whether a start command runs inside a container: its own network namespace, where 127.0.0.1 is
 * the container's loopback and nothing outside it (the host, other containers, a published port)
 * can reach a server bound there. Rules about listeners (SH010, SH012) ask this one question.
 *
 * A command runs in a container when its carrier is a container carrier: a Dockerfile `CMD`/
 * `ENTRYPOINT`, a compose `command`/`entrypoint`, a Kubernetes container, and the start commands
 * of Railway, Fly, Render and Heroku (each runs a container).
 * A shell script counts when such a carrier starts it (project.ts records which), or when its name
 * says it is a container entrypoint (`docker-entrypoint.sh`, `entrypoint.sh`).
 *
 * Not a container: systemd units, Procfiles (honcho/foreman on a host as often as a platform),
 * package.json scripts, and scripts nobody is known to start.
 */
import { posix } from 'node:path';
import type { Document as YamlDocument } from 'yaml';
import { isScalar } from '../parse/yaml-guards.js';
import type { ComposeTree } from '../parse/compose.js';
import { podSharesNetwork } from '../k8s/pod-network.js';
import type { KubernetesDocument } from '../parse/kubernetes.js';
import { getPair, resolve } from '../parse/yaml-nodes.js';
import type { ProjectModel } from '../project.js';
import { PLATFORM_KINDS, type Carrier, type Document, type Kind, type Role, type Via } from '../types.js';

/** Carrier kinds whose start commands are a container's process. */
const CONTAINER_KINDS: ReadonlySet<string> = new Set<Kind>(['dockerfile', 'compose', 'kubernetes', ...PLATFORM_KINDS]);

export type ContainerVerdict =
  /** Runs in a container with its own network namespace. */
  | 'container'
  /** Runs in a container that shares a network namespace (compose `network_mode: host`, `service:x`, `container:x`, or another service joins it): loopback is reachable by a neighbour. */
  | 'shared-network'
  /** Not known to run in a container. */
  | undefined;

export function isContainerKind(kind: string | undefined): boolean {
  return kind !== undefined && CONTAINER_KINDS.has(kind);
}

/** What a command or an environment assignment came from. */
export interface Fact {
  carrier: Carrier;
  /** Unset for declarations (Dockerfile `ENV`, compose `environment`), which belong to the container's start. */
  role?: Role;
  via?: readonly Via[];
}

/** Where a start command (or the environment it gets) runs, as far as its network is concerned. */
export function containerOf(cmd: Fact, doc: Document, project: ProjectModel): ContainerVerdict {
  if (cmd.role !== undefined && cmd.role !== 'start' && !(cmd.carrier.kind === 'shell' && cmd.role === 'script')) return undefined;
  if (cmd.carrier.kind === 'dockerfile' && cmd.role === undefined && cmd.carrier.label !== 'ENV') return undefined;
  if (isContainerKind(cmd.carrier.kind)) {
    if (cmd.carrier.kind === 'compose' && doc.kind === 'compose' && sharesNetwork(doc as Document<ComposeTree>, cmd.carrier.owner)) return 'shared-network';
    if (cmd.carrier.kind === 'kubernetes' && doc.kind === 'kubernetes' && podSharesNetwork(doc as KubernetesDocument, cmd.carrier.owner)) return 'shared-network';
    return 'container';
  }
  if (cmd.carrier.kind !== 'shell') return undefined;
  const vias = cmd.via?.length ? cmd.via : (project.startedBy.get(cmd.carrier.source.path) ?? []);
  const containerVias = vias.filter((v) => isContainerKind(viaKind(project, v)));
  if (containerVias.length > 0) {
    const shared = containerVias.every((v) => {
      const f = project.byPath.get(v.path);
      return f?.kind === 'compose' && f.doc !== undefined && sharesNetwork(f.doc as Document<ComposeTree>, ownerAt(f.doc as Document<ComposeTree>, v));
    });
    return shared ? 'shared-network' : 'container';
  }
  // Started by something else (a systemd unit, a Procfile): on the host.
  if (vias.length > 0) return undefined;
  // `docker-entrypoint.sh` is the Docker convention for the image's entrypoint.
  return /entrypoint/i.test(posix.basename(cmd.carrier.source.path)) ? 'container' : undefined;
}

function viaKind(project: ProjectModel, via: Via): string | undefined {
  const kind = project.byPath.get(via.path)?.kind;
  if (kind) return kind;
  // The carrier's label when the file is not in the model (a worker's view of the project).
  if (via.label === 'CMD' || via.label === 'ENTRYPOINT') return 'dockerfile';
  return undefined;
}

/** The compose service whose `command`/`entrypoint` is at the via's span. */
function ownerAt(doc: Document<ComposeTree>, via: Via): string | undefined {
  return doc.tree.services.find((s) => s.span.start <= via.span.start && via.span.end <= s.span.end)?.name;
}

/**
 * The service shares its network namespace: `network_mode: host` (loopback is the host's, where a
 * reverse proxy on the host reaches it), `service:x`/`container:x` (it joins x's namespace), or
 * another service joins this one's (`network_mode: service:<this>`: a sidecar proxy reaches it).
 */
function sharesNetwork(doc: Document<ComposeTree>, service: string | undefined): boolean {
  if (!service) return false;
  const { yaml, services } = doc.tree;
  const mode = (name: string): string | undefined => {
    const s = services.find((x) => x.name === name);
    const v = s ? resolve(yaml as YamlDocument, getPair(yaml, s.node, 'network_mode')?.value) : undefined;
    return isScalar(v) && typeof v.value === 'string' ? v.value : undefined;
  };
  const own = mode(service);
  if (own && /^(host|service:|container:)/.test(own)) return true;
  return services.some((s) => mode(s.name) === `service:${service}`);
}
