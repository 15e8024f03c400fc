/**
 * The systemd units of a project, seen as systemd sees them: a unit file together with its
 * drop-ins (`web.service.d/*.conf`, applied after the unit in file-name order), what starts it
 * (a `.timer`, `.socket` or `.path` unit, or another unit that pulls it in), and the setting that
 * wins for a key (the last assignment; an empty assignment resets it).
 *
 * Rules about something *missing* (no `Restart=`, no `User=`) ask the whole view, so a drop-in
 * that sets `Restart=` satisfies its unit, and never judge a drop-in alone: the unit it extends
 * may live outside the repository (an override of a distribution's unit).
 */
import { parseSystemd, type Directive, type UnitTree } from '../parse/systemd.js';
import type { ProjectFile, ProjectModel } from '../project.js';
import { diskRead } from '../disk.js';
import { SourceFile, type Span } from '../source.js';
import type { Document } from '../types.js';
import { definingUnit, unitName, type UnitName } from './unit-name.js';
import { lastSegment } from '../paths.js';

export interface UnitFile {
  file: ProjectFile;
  doc: Document<UnitTree>;
  name: UnitName;
}

/** A unit as systemd loads it: the unit file (when it is in the project) and its drop-ins. */
export interface UnitView {
  main: UnitFile | undefined;
  dropIns: UnitFile[];
  /** `main` (if any) then the drop-ins, in the order systemd applies them. */
  parts: UnitFile[];
}

/** Why a unit gets started without an [Install] section of its own. */
export interface Activation {
  by: UnitFile;
  /** `timer`, `socket`, `path` (same name or `Unit=`/`Service=`), or the directive that pulls it in. */
  how: string;
}

interface UnitIndex {
  mains: Map<string, UnitFile[]>;
  dropIns: Map<string, UnitFile[]>;
  /** Unit name (as defined: templates for instances) -> what starts it. */
  activations: Map<string, Activation[]>;
  /** Directories holding a unit whose dependencies are filled in by a template engine. */
  templatedDirs: Set<string>;
}

const cache = new WeakMap<ProjectModel, UnitIndex>();

/** `.target` files are no kind of their own (they carry no commands), but they pull services in. */
const MAX_TARGET_SIZE = 64 * 1024;

function readTarget(file: ProjectFile): Document<UnitTree> | undefined {
  // Decoded as the engine decodes (UTF-16, byte-order mark); unreadable, binary or too large:
  // the target simply does not count.
  const read = diskRead(file.abs, MAX_TARGET_SIZE);
  if (!('text' in read)) return undefined;
  try {
    return parseSystemd(new SourceFile(file.rel, file.abs, read.text), file.environment);
  } catch {
    return undefined;
  }
}

function unitFiles(project: ProjectModel): UnitFile[] {
  const out: UnitFile[] = [];
  for (const file of project.files) {
    if (file.kind === 'systemd' && file.doc?.kind === 'systemd') {
      out.push({ file, doc: file.doc as Document<UnitTree>, name: unitName(file.rel) });
    } else if (file.kind === undefined && file.rel.endsWith('.target') && file.abs !== '') {
      const doc = readTarget(file);
      if (doc) out.push({ file, doc, name: unitName(file.rel) });
    }
  }
  return out;
}

/**
 * A value a template engine fills in: Jinja/Ansible `{{ wants }}` and `{% ... %}`, autoconf/meson
 * `@bindir@`, Python `str.format` `{install_prefix}`. (`$VAR`/`${VAR}` is systemd's own expansion
 * on Exec lines, not a template.)
 */
export function isTemplated(value: string): boolean {
  return /\{\{|\{%|@[A-Za-z_][A-Za-z0-9_]*@|(^|[^$%])\{[A-Za-z_][A-Za-z0-9_]*\}/.test(value);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Directives (in [Unit]) through which one unit pulls in or starts another. */
const PULLING = ['Wants', 'Requires', 'Requisite', 'BindsTo', 'Upholds', 'OnFailure', 'OnSuccess'];

function buildIndex(project: ProjectModel): UnitIndex {
  const mains = new Map<string, UnitFile[]>();
  const dropIns = new Map<string, UnitFile[]>();
  const activations = new Map<string, Activation[]>();
  const templatedDirs = new Set<string>();
  const all = unitFiles(project);
  for (const u of all) push(u.name.dropIn ? dropIns : mains, u.name.unit, u);
  for (const u of all) {
    const tree = u.doc.tree;
    const { type, prefix } = u.name;
    // A trigger unit starts the service of the same name unless `Unit=` (`Service=`) names another;
    // a socket with `Accept=yes` starts instances of the template `prefix@.service`.
    if (!u.name.dropIn && (type === 'timer' || type === 'path' || type === 'socket')) {
      const section = type === 'timer' ? 'Timer' : type === 'path' ? 'Path' : 'Socket';
      const key = type === 'socket' ? 'Service' : 'Unit';
      const explicit = lastValue(tree, section, key);
      if (explicit) push(activations, definingUnit(explicit), { by: u, how: `${key}= in ${u.name.unit}` });
      else {
        push(activations, `${prefix}.service`, { by: u, how: u.name.unit });
        if (type === 'socket') push(activations, `${prefix}@.service`, { by: u, how: u.name.unit });
      }
    }
    for (const section of tree.sections) {
      for (const d of section.directives) {
        const pulls = (section.name === 'Unit' && PULLING.includes(d.key)) || (section.name === 'Install' && d.key === 'Also');
        if (!pulls) continue;
        if (isTemplated(d.value.text)) templatedDirs.add(u.name.dir);
        for (const w of valueWords(d)) {
          if (w.text !== u.name.unit) push(activations, definingUnit(w.text), { by: u, how: `${d.key}= in ${u.name.unit}` });
        }
      }
    }
  }
  return { mains, dropIns, activations, templatedDirs };
}

function lastValue(tree: UnitTree, section: string, key: string): string | undefined {
  let value: string | undefined;
  for (const s of tree.sections) if (s.name === section) for (const d of s.directives) if (d.key === key) value = d.value.text.trim();
  return value || undefined;
}

function indexOf(project: ProjectModel): UnitIndex {
  let index = cache.get(project);
  if (!index) {
    index = buildIndex(project);
    cache.set(project, index);
  }
  return index;
}

/**
 * The unit file a drop-in extends: the one in the directory that holds the `.d` directory, or
 * else the only unit of that name in the project.
 */
function mainFor(index: UnitIndex, dropIn: UnitName): UnitFile | undefined {
  const candidates = index.mains.get(dropIn.unit) ?? [];
  return candidates.find((c) => c.name.dir === dropIn.dir) ?? (candidates.length === 1 ? candidates[0] : undefined);
}

/** The view of the unit `doc` belongs to (undefined when `doc` is not a systemd unit in the project). */
export function unitView(doc: Document, project: ProjectModel): UnitView | undefined {
  if (doc.kind !== 'systemd') return undefined;
  const index = indexOf(project);
  const name = unitName(doc.source.path);
  const self: UnitFile = { file: project.byPath.get(doc.source.path) ?? { rel: doc.source.path, abs: '', environment: doc.environment }, doc: doc as Document<UnitTree>, name };
  const main = name.dropIn ? mainFor(index, name) : (index.mains.get(name.unit) ?? []).find((m) => m.doc === doc) ?? self;
  const dropIns = (index.dropIns.get(name.unit) ?? []).filter((d) => (main ? mainFor(index, d.name)?.doc === main.doc : d.doc === doc));
  if (name.dropIn && !dropIns.some((d) => d.doc === doc)) dropIns.push(self);
  // systemd applies drop-ins sorted by file name, whatever directory they come from.
  dropIns.sort((a, b) => (lastSegment(a.file.rel) < lastSegment(b.file.rel) ? -1 : lastSegment(a.file.rel) > lastSegment(b.file.rel) ? 1 : 0));
  return { main, dropIns, parts: main ? [main, ...dropIns] : dropIns };
}

/**
 * True when the service is socket-activated by a socket that need not be in the project: it lists
 * sockets in `Sockets=`, or requires or wants the socket of its own name (`Requires=gpg-agent.socket`
 * in `gpg-agent.service`). systemd starts such a service again on the next connection.
 */
export function declaresOwnSocket(view: UnitView): boolean {
  const prefix = (view.main ?? view.parts[0])?.name.prefix;
  if (assignments(view, ['Service'], ['Sockets']).length > 0) return true;
  return listWords(view, 'Unit', ['Requires', 'Wants', 'BindsTo']).some((w) => w.text === `${prefix}.socket`);
}

/**
 * True when a unit in the same directory pulls in units named by a template engine
 * (`Wants={{ worker_target_wants }}`): this unit may well be one of them.
 */
export function maybePulledByTemplate(view: UnitView, project: ProjectModel): boolean {
  const main = view.main ?? view.parts[0];
  return main !== undefined && indexOf(project).templatedDirs.has(main.name.dir);
}

/** What starts this unit in the project: trigger units and units that pull it in. */
export function activationsOf(view: UnitView, project: ProjectModel): Activation[] {
  const unit = view.main?.name.unit ?? view.dropIns[0]?.name.unit;
  if (!unit) return [];
  return (indexOf(project).activations.get(unit) ?? []).filter((a) => !view.parts.some((p) => p.doc === a.by.doc));
}

export interface Setting {
  directive: Directive;
  part: UnitFile;
}

/**
 * The assignments of `keys` in `sections` that are in effect, in the order systemd reads them: an
 * empty assignment resets everything before it. For a single-valued setting the last one wins.
 */
export function assignments(view: UnitView, sections: readonly string[], keys: readonly string[]): Setting[] {
  let out: Setting[] = [];
  for (const part of view.parts) {
    for (const section of part.doc.tree.sections) {
      if (!sections.includes(section.name)) continue;
      for (const directive of section.directives) {
        if (!keys.includes(directive.key)) continue;
        if (directive.value.text.trim() === '') out = [];
        else out.push({ directive, part });
      }
    }
  }
  return out;
}

/** The assignment that wins for a single-valued setting, if any. */
export function effective(view: UnitView, section: string, key: string): Setting | undefined {
  const all = assignments(view, [section], [key]);
  return all[all.length - 1];
}

/** The effective value of a single-valued setting, trimmed. */
export function effectiveValue(view: UnitView, section: string, key: string): string | undefined {
  return effective(view, section, key)?.directive.value.text.trim();
}

export interface ValueWord {
  text: string;
  span: Span;
}

/** The whitespace-separated words of a directive's value (unit lists, paths), with file spans. */
export function valueWords(d: Directive): ValueWord[] {
  const out: ValueWord[] = [];
  const t = d.value.text;
  const re = /\S+/g;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    out.push({ text: m[0], span: d.value.spanToFile({ start: m.index, end: m.index + m[0].length }) });
  }
  return out;
}

/** Every word of a list setting that is in effect (`After=`, `Wants=`), with the part it is in. */
export function listWords(view: UnitView, section: string, keys: readonly string[]): (ValueWord & { part: UnitFile; directive: Directive })[] {
  return assignments(view, [section], keys).flatMap(({ directive, part }) => valueWords(directive).map((w) => ({ ...w, part, directive })));
}

/** The service's `Type=` as systemd resolves it; `simple` when unset (no `BusName=`). */
export function serviceType(view: UnitView): string {
  const type = effectiveValue(view, 'Service', 'Type');
  if (type) return type;
  // systemd.service(5): without Type= and ExecStart=, a service is oneshot; with BusName=, dbus.
  if (effectiveValue(view, 'Service', 'BusName')) return 'dbus';
  if (assignments(view, ['Service'], ['ExecStart']).length === 0 && view.main) return 'oneshot';
  return 'simple';
}

/** The first section header of a file: the anchor for something the whole unit lacks. */
export function firstHeader(doc: Document<UnitTree>): Span | undefined {
  return doc.tree.sections[0]?.headerSpan;
}
