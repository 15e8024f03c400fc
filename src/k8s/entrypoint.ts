/**
 * Kubernetes `args` without `command` append to the image's ENTRYPOINT. When the image is built
 * in this repository — its name's last path segment (tag and digest dropped) is the directory of
 * exactly one Dockerfile (`api/Dockerfile` builds `ghcr.io/acme/api:1.2`), or a Dockerfile named
 * after it (`api.Dockerfile`) — and that Dockerfile's final stage has an exec-form ENTRYPOINT
 * naming a program (`["uvicorn", "app:app"]`, `["python", "-m", "bot"]`), the container's facts
 * are rebuilt with ENTRYPOINT + args as one argv, so `args: ["--reload"]` is seen as the
 * `uvicorn … --reload` it is. An ENTRYPOINT that is only an init (`tini --`) or a script
 * (`docker-entrypoint.sh`, which usually ends in `exec "$@"`) leaves the args judged alone.
 * The ENTRYPOINT's words are written in the Dockerfile, so in the rebuilt facts they point at the
 * first character of `args`.
 */
import { posix } from 'node:path';
import { readCommands } from '../carriers/build.js';
import { kubernetesCarriers } from '../carriers/kubernetes.js';
import type { KubernetesDocument } from '../parse/kubernetes.js';
import type { ProjectFile } from '../project.js';
import { baseName } from '../shell/unwrap.js';
import type { ShellWord } from '../shell/script.js';
import type { Word } from '../types.js';

export type EntrypointLookup = (image: string) => Word[] | undefined;

export function imageBaseName(image: string): string {
  const noDigest = image.split('@')[0]!;
  const lastSlash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  const repo = colon > lastSlash ? noDigest.slice(0, colon) : noDigest;
  return repo.slice(repo.lastIndexOf('/') + 1);
}

/**
 * The one Dockerfile of `dockerfiles` that builds `image`: its directory, or its `<name>.Dockerfile`
 * file name, is the image name's last path segment (tag and digest dropped). None when no
 * Dockerfile, or more than one, matches.
 */
export function dockerfileOfImage(dockerfiles: readonly ProjectFile[], image: string): ProjectFile | undefined {
  const name = imageBaseName(image);
  if (!name) return undefined;
  const matches = dockerfiles.filter((d) => posix.basename(posix.dirname(d.rel)) === name || posix.basename(d.rel) === `${name}.Dockerfile`);
  return matches.length === 1 ? matches[0] : undefined;
}

/** Rebuild the facts of manifests whose args-only containers run an image built here. */
export async function resolveImageEntrypoints(files: readonly ProjectFile[]): Promise<void> {
  const manifests = files.filter((f) => f.kind === 'kubernetes' && f.doc && f.facts && f.environment === 'production' && f.doc.source.text.includes('args:'));
  if (!manifests.length) return;
  const dockerfiles = files.filter((f) => f.kind === 'dockerfile' && f.facts && f.environment === 'production');
  if (!dockerfiles.length) return;
  const lookup: EntrypointLookup = (image) => {
    const built = dockerfileOfImage(dockerfiles, image);
    if (!built) return undefined;
    const entry = built.facts!.commands.find((c) => c.role === 'start' && c.nesting === 0 && c.carrier.label === 'ENTRYPOINT' && !c.shellForm);
    if (!entry) return undefined;
    const head = entry.argv[0];
    const name0 = baseName(head?.value);
    if (!head || !name0 || /\.sh$|entrypoint/i.test(name0)) return undefined;
    return entry.raw;
  };
  for (const f of manifests) {
    try {
      f.facts = await readCommands((sink) => kubernetesCarriers(f.doc as KubernetesDocument, sink, lookup));
    } catch {
      // Keep the facts as they were.
    }
  }
}

/** ENTRYPOINT words as words of the manifest, placed on the first character of `args`. */
export function anchoredWords(words: readonly Word[], at: number): ShellWord[] {
  return words.map((w) => ({
    word: { value: w.value, text: w.text, span: { start: at, end: at + 1 } },
    decoded: { value: w.value, offsets: Array.from({ length: (w.value?.length ?? 0) + 1 }, () => at) },
  }));
}

