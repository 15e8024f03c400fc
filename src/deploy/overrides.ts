/**
 * Report on what actually runs: which deployments of a Dockerfile's image run its own `CMD` /
 * `ENTRYPOINT`, and which replace them with a start command of their own. When every production
 * deployment found in the repository replaces an instruction, a command finding on that
 * instruction is not about the process production runs: the engine keeps it as a note that names
 * the replacements (see `annotateOverridden`), and the replacing commands are judged where they
 * are written.
 *
 * What replaces what (each platform's documentation):
 * - Railway `deploy.startCommand`: "overrides the image's ENTRYPOINT" for a Dockerfile or image
 *   deploy (https://docs.railway.com/deployments/start-command); an ENTRYPOINT replaced at run
 *   time also drops the image's CMD (as `docker run --entrypoint` does): both.
 * - Kubernetes `command` replaces ENTRYPOINT and CMD; `args` alone replace CMD and keep
 *   ENTRYPOINT (https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#notes).
 * - compose `command` replaces CMD; `entrypoint` replaces ENTRYPOINT and "ignores any default
 *   command from the image" (compose-spec, services `entrypoint`): both.
 * - Render `dockerCommand` replaces CMD (https://render.com/docs/blueprint-spec, Docker fields).
 * - Fly.io `[processes]` and `[experimental] cmd` replace CMD, `[experimental] entrypoint` replaces
 *   ENTRYPOINT (https://fly.io/docs/reference/configuration/#the-processes-section).
 * - heroku.yml `run.<process>` replaces CMD: "If you don't include a run section, Heroku uses the
 *   CMD specified in the Dockerfile" (https://devcenter.heroku.com/articles/build-docker-images-heroku-yml).
 * Anything not listed (Render `startCommand` on a Docker runtime, a build target other than the
 * final stage) is not counted as a replacement. Only files classified as production count, and a
 * Dockerfile no deployment file is known to run keeps its findings as they are: `docker run` in a
 * CI script or a dashboard setting cannot be seen.
 */
import { servicesBuilding } from '../docker/contexts.js';
import { dockerfileOfImage } from '../k8s/entrypoint.js';
import type { ComposeDocument } from '../parse/compose.js';
import type { KubernetesDocument } from '../parse/kubernetes.js';
import { getPair, getPath, nodeSpan, scalarString } from '../parse/yaml-nodes.js';
import type { ProjectFile, ProjectModel } from '../project.js';
import type { SourceFile, Span } from '../source.js';
import type { Finding, RelatedLocation, Via } from '../types.js';
import { platformImageRuns } from './images.js';

/** One deployment of a Dockerfile's image. */
export interface ImageUse {
  /** The deployment file (a production platform file, Kubernetes manifest or compose file). */
  source: SourceFile;
  /** What the deployment's own start command replaces (`none`: the image's CMD/ENTRYPOINT run). */
  replaces: 'none' | 'cmd' | 'entrypoint' | 'both';
  /** The replacing key as written (`startCommand`, `command`, `[processes] web`), or the construct that runs the image. */
  label: string;
  span: Span;
}

/** A CMD/ENTRYPOINT every known production deployment replaces. */
export interface OverriddenStart {
  keyword: 'CMD' | 'ENTRYPOINT';
  /** The instruction. */
  span: Span;
  by: ImageUse[];
}

/** Every production deployment of each Dockerfile of the project, by Dockerfile path. */
export function imageUses(model: ProjectModel): Map<string, ImageUse[]> {
  const out = new Map<string, ImageUse[]>();
  const add = (dockerfile: string, use: ImageUse): void => {
    const list = out.get(dockerfile) ?? [];
    // Services that inherit one setting (Railway environments) are one use of the image.
    if (list.some((u) => u.source.path === use.source.path && u.span.start === use.span.start)) return;
    list.push(use);
    out.set(dockerfile, list);
  };
  for (const run of platformImageRuns(model)) {
    if (run.file.environment !== 'production' || !run.file.source) continue;
    const over = run.overrides.map((c) => ({ c, replaces: platformReplaces(run.service.kind, c.carrier.label) })).find((o) => o.replaces !== 'none');
    if (over) add(run.dockerfile.rel, { source: run.file.source, replaces: over.replaces, label: platformLabel(run.service.kind, over.c.carrier.label), span: over.c.carrier.span });
    else add(run.dockerfile.rel, { source: run.file.source, replaces: 'none', label: run.service.name, span: run.service.span });
  }
  const dockerfiles = model.files.filter((f) => f.kind === 'dockerfile' && f.doc && f.environment === 'production');
  for (const f of model.files) {
    if (f.kind !== 'kubernetes' || f.environment !== 'production' || !f.doc || !f.source) continue;
    for (const w of (f.doc as KubernetesDocument).tree.workloads) {
      for (const c of w.containers) {
        const image = scalarString(getPath(w.yaml, c.node, 'image'))?.trim();
        const built = image ? dockerfileOfImage(dockerfiles, image) : undefined;
        if (!built) continue;
        const command = getPair(w.yaml, c.node, 'command');
        const args = getPair(w.yaml, c.node, 'args');
        const pair = command ?? args;
        const span = (pair && nodeSpan(pair.key as never)) ?? c.nameSpan;
        add(built.rel, { source: f.source, replaces: command ? 'both' : args ? 'cmd' : 'none', label: command ? 'command' : args ? 'args' : `container "${c.name || w.name}"`, span });
      }
    }
  }
  for (const d of dockerfiles) {
    for (const use of servicesBuilding(model, d.rel)) {
      if (use.compose.environment !== 'production' || !use.compose.source || use.target) continue;
      const yaml = (use.compose.doc as ComposeDocument | undefined)?.tree.yaml;
      if (!yaml) continue;
      const entrypoint = getPair(yaml, use.service.node, 'entrypoint');
      const command = getPair(yaml, use.service.node, 'command');
      const pair = entrypoint ?? command;
      const span = (pair && nodeSpan(pair.key as never)) ?? use.span;
      add(d.rel, { source: use.compose.source, replaces: entrypoint ? 'both' : command ? 'cmd' : 'none', label: entrypoint ? 'entrypoint' : command ? 'command' : `service "${use.service.name}"`, span });
    }
  }
  return out;
}

function platformReplaces(kind: string, label: string): ImageUse['replaces'] {
  switch (kind) {
    case 'railway':
      return label === 'startCommand' ? 'both' : 'none';
    case 'render':
      return label === 'dockerCommand' ? 'cmd' : 'none';
    case 'fly':
      return label === 'entrypoint' ? 'entrypoint' : 'cmd';
    case 'heroku':
      return 'cmd';
    default:
      return 'none';
  }
}

function platformLabel(kind: string, label: string): string {
  if (kind === 'fly') return label === 'cmd' || label === 'entrypoint' ? `[experimental] ${label}` : `[processes] ${label}`;
  if (kind === 'heroku') return `run.${label}`;
  return label;
}

const replacesKeyword = (use: ImageUse, keyword: 'CMD' | 'ENTRYPOINT'): boolean => use.replaces === 'both' || (keyword === 'CMD' ? use.replaces === 'cmd' : use.replaces === 'entrypoint');

/** The start instructions of each Dockerfile that every known production deployment replaces. */
export function overriddenStarts(model: ProjectModel): Map<string, OverriddenStart[]> {
  const out = new Map<string, OverriddenStart[]>();
  for (const [rel, uses] of imageUses(model)) {
    const file = model.byPath.get(rel);
    const seen = new Set<number>();
    const starts: OverriddenStart[] = [];
    for (const cmd of file?.facts?.commands ?? []) {
      const keyword = cmd.carrier.label;
      if (cmd.role !== 'start' || (keyword !== 'CMD' && keyword !== 'ENTRYPOINT') || seen.has(cmd.carrier.span.start)) continue;
      seen.add(cmd.carrier.span.start);
      if (uses.length && uses.every((u) => replacesKeyword(u, keyword))) starts.push({ keyword, span: cmd.carrier.span, by: uses });
    }
    if (starts.length) out.set(rel, starts);
  }
  return out;
}

/** A carrier that starts a script, and what replaces it in every production deployment. */
export interface OverriddenVia {
  via: Via;
  start: OverriddenStart;
}

/**
 * Scripts that only overridden starts run: every carrier known to start the script is a CMD or
 * ENTRYPOINT that every production deployment of its image replaces (`CMD ["./start.sh"]` with a
 * compose `command:` of its own). By script path.
 */
export function scriptsOnlyOverriddenStarts(model: ProjectModel, overridden: ReadonlyMap<string, readonly OverriddenStart[]>): Map<string, OverriddenVia[]> {
  const out = new Map<string, OverriddenVia[]>();
  if (!overridden.size) return out;
  for (const [rel, vias] of model.startedBy) {
    if (model.byPath.get(rel)?.kind !== 'shell' || vias.length === 0) continue;
    const found: OverriddenVia[] = [];
    let onlyOverridden = true;
    for (const via of vias) {
      const start = overridden.get(via.path)?.find((s) => s.span.start <= via.span.start && via.span.end <= s.span.end);
      if (!start) {
        onlyOverridden = false;
        break;
      }
      if (!found.some((f) => f.start === start)) found.push({ via, start });
    }
    if (onlyOverridden) out.set(rel, found);
  }
  return out;
}

const SHOWN = 3;
const NOT_RUN = ' — not what runs in production: ';

/** What replaces a start, with its verb: `compose.yaml:4 command replaces`, `a, b and 2 more replace`. */
function replacementClause(start: OverriddenStart): string {
  const shown = start.by.slice(0, SHOWN);
  const names = shown.map((u) => `${u.source.path}:${u.source.positionAt(u.span.start).line} ${u.label}`);
  const more = start.by.length > SHOWN ? ` and ${start.by.length - SHOWN} more` : '';
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `${list}${more} ${start.by.length === 1 ? 'replaces' : 'replace'}`;
}

function replacementsRelated(start: OverriddenStart): RelatedLocation[] {
  return start.by.slice(0, SHOWN).map((u) => ({ path: u.source.path, span: u.span, start: u.source.positionAt(u.span.start), end: u.source.positionAt(u.span.end), message: `runs instead of this image's ${start.keyword}` }));
}

/**
 * Findings of command rules on an instruction every deployment replaces become notes whose
 * message names the replacements, with each as a related location. Returns how many changed.
 */
export function annotateOverridden<T extends Finding>(findings: T[], overridden: ReadonlyMap<string, readonly OverriddenStart[]>, isCommandRule: (ruleId: string) => boolean): number {
  if (!overridden.size) return 0;
  let changed = 0;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    const starts = overridden.get(f.path);
    if (!starts || !isCommandRule(f.ruleId)) continue;
    const start = starts.find((s) => s.span.start <= f.span.start && f.span.end <= s.span.end);
    if (!start || f.message.includes(NOT_RUN)) continue;
    findings[i] = { ...f, severity: 'note', message: `${f.message}${NOT_RUN}${replacementClause(start)} this ${start.keyword}`, related: [...f.related, ...replacementsRelated(start)] } as T;
    changed++;
  }
  return changed;
}

/**
 * The same for the findings of command rules in a script that only overridden starts run (see
 * `scriptsOnlyOverriddenStarts`): notes that name the start and what replaces it. A finding
 * already annotated (a script's output reused from the cache) is left as it is.
 */
export function annotateScripts<T extends Finding>(findings: T[], scripts: ReadonlyMap<string, readonly OverriddenVia[]>, isCommandRule: (ruleId: string) => boolean): number {
  let changed = 0;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    const starts = scripts.get(f.path);
    if (!starts || !isCommandRule(f.ruleId) || f.message.includes(NOT_RUN)) continue;
    const how = starts.map(({ via, start }) => `${via.path}:${via.start.line} ${start.keyword}, which ${replacementClause(start)}`).join('; ');
    const related = starts.flatMap(({ via, start }) => [{ path: via.path, span: via.span, start: via.start, end: via.end, message: `starts this script; replaced in every deployment` }, ...replacementsRelated(start)]);
    findings[i] = { ...f, severity: 'note', message: `${f.message}${NOT_RUN}only ${how}, starts this script`, related: [...f.related, ...related] } as T;
    changed++;
  }
  return changed;
}

/**
 * Rules whose findings on a CMD/ENTRYPOINT judge the command itself: the command rules (they apply
 * to commands in every carrier, shell scripts included), and the instruction-form rule DF002 (a
 * shell-form CMD that a deployment replaces is not the process that gets the stop signal). Not
 * prodlint's own findings (PL…): a CMD that does not parse is wrong in the file whatever runs.
 */
export function judgesStartCommand(rule: { id: string; kinds: readonly string[] }): boolean {
  if (rule.id.startsWith('PL')) return false;
  return rule.id === 'DF002' || rule.kinds.includes('shell') || rule.kinds.includes('railway');
}
