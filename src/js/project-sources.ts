/**
 * JS/TS sources for project rules (TS004's axios defaults, TS006's SIGTERM handlers). The project
 * model keeps no parsed TS/JS documents (they are analysed per file, possibly in worker threads),
 * so a project rule reads and parses what it needs here, once per run: texts and trees are
 * cached in this object.
 *
 * Questions are asked per package (see `package-scope.ts`). The run's own production files are
 * searched first; then the package's other sources on disk, because a partial run (pre-commit
 * passes only changed files) must not make a setting in an unchanged file invisible. On disk,
 * tests, examples and docs are skipped, as the run would classify them as development files.
 */
import { join } from 'node:path';
import { parseTypeScript, type TypeScriptDocument } from '../parse/typescript.js';
import type { ProjectFile, ProjectModel } from '../project.js';
import { diskRead } from '../disk.js';
import { SourceFile } from '../source.js';
import { packageDirOf, packageSources, readableSize } from './package-scope.js';
import { appendTo, getOrMake } from '../multimap.js';

/** Paths of tests, examples and docs (the default development paths that hold JS/TS code). */
const NOT_SERVICE_CODE = /(^|\/)(test|tests|__tests__|__mocks__|spec|e2e|examples?|docs?|dev)\/|\.(test|spec)\.[cm]?[jt]sx?$/;

export interface SourceRef {
  rel: string;
  abs: string;
  /** The engine's decoded text, when the file is one of the run's and was parsed. */
  source?: SourceFile | undefined;
  /** The engine's decoded text of a run file it read but did not parse. */
  text?: string | undefined;
}

export class ProjectSources {
  private readonly sources = new Map<string, SourceFile | null>();
  private readonly docs = new Map<string, TypeScriptDocument | null>();
  private readonly packages = new Map<string, string>();
  private readonly hasPackageJson: (dir: string) => boolean;
  /** Per-run indexes: a repository does not change during a run, and hundreds of packages ask. */
  private runByPackage: Map<string, ProjectFile[]> | undefined;
  private inRunSet: Set<string> | undefined;
  private readonly disk = new Map<string, ReturnType<typeof packageSources>>();

  constructor(readonly model: ProjectModel) {
    this.hasPackageJson = (dir) => model.exists(`${dir}/package.json`);
  }

  /** The run's production TS/JS files, in path order. */
  runFiles(): ProjectFile[] {
    return this.model.files.filter((f) => f.kind === 'typescript' && f.environment === 'production');
  }

  /** The package directory of a repository-relative path (`` for the root). */
  packageOf(rel: string): string {
    let dir = this.packages.get(rel);
    if (dir === undefined) {
      dir = packageDirOf(rel, this.hasPackageJson);
      this.packages.set(rel, dir);
    }
    return dir;
  }

  /** The file's text as `SourceFile.text` (no byte-order mark), or undefined when it cannot be read. */
  text(file: SourceRef): string | undefined {
    return this.source(file)?.text;
  }

  /**
   * The engine's SourceFile or text when it has one, else the file decoded from disk the way the engine
   * decodes it (UTF-16, byte-order marks; binary and non-regular files refused), so offsets in a
   * tree parsed here are the engine's. Files on disk were size-checked by the caller
   * (`readableSize`); the run's own files passed the run's --max-file-size.
   */
  private source(file: SourceRef): SourceFile | undefined {
    let s = this.sources.get(file.rel);
    if (s === undefined) {
      const read = file.source || file.text !== undefined ? undefined : diskRead(file.abs);
      const text = file.text ?? (read && 'text' in read ? read.text : undefined);
      s = file.source ?? (text !== undefined ? new SourceFile(file.rel, file.abs, text) : null);
      this.sources.set(file.rel, s);
    }
    return s ?? undefined;
  }

  /** The parsed file (syntax errors leave a partial tree), or null when it cannot be read. */
  async parse(file: SourceRef): Promise<TypeScriptDocument | null> {
    if (this.docs.has(file.rel)) return this.docs.get(file.rel)!;
    const source = this.source(file);
    const doc = source === undefined ? null : await parseTypeScript(source, 'production');
    this.docs.set(file.rel, doc);
    return doc;
  }

  /** The JS/TS sources of the package in `dir` on disk, walked once per run (package-scope.ts). */
  onDisk(dir: string): ReturnType<typeof packageSources> {
    return getOrMake(this.disk, dir, () => packageSources(this.model.root, dir));
  }

  /**
   * Whether `test` accepts some production source of the package in `dir` or of the packages that
   * enclose it (their own files, not their other nested packages): the run's files first, then the
   * rest on disk. Enclosing packages count because a repository root often holds the service while
   * a subdirectory holds a package.json of its own (an installer, a template). A package too large
   * to walk answers true (the benefit of the doubt).
   */
  async someInPackage(dir: string, test: (file: SourceRef, text: string) => boolean | Promise<boolean>, opts: { enclosing?: boolean } = {}): Promise<boolean> {
    // Every file of the run is decided by the first loop: development files are skipped, not read from disk later.
    const inRun = (this.inRunSet ??= new Set(this.model.files.map((f) => f.rel)));
    if (!this.runByPackage) {
      this.runByPackage = new Map();
      for (const f of this.runFiles()) {
        if (NOT_SERVICE_CODE.test(f.rel)) continue;
        const pkg = this.packageOf(f.rel);
        appendTo(this.runByPackage, pkg, f);
      }
    }
    const enclosing = opts.enclosing ?? true;
    for (let scope: string | null = dir; scope !== null; scope = scope === '' || !enclosing ? null : packageDirOf(scope, this.hasPackageJson)) {
      for (const f of this.runByPackage.get(scope) ?? []) {
        const text = this.text(f);
        if (text !== undefined && (await test(f, text))) return true;
      }
      const onDisk = this.onDisk(scope);
      if (onDisk.truncated) return true;
      for (const rel of onDisk.files) {
        if (inRun.has(rel) || NOT_SERVICE_CODE.test(rel)) continue;
        const abs = join(this.model.root, rel);
        if (!readableSize(abs)) continue;
        const ref = { rel, abs };
        const text = this.text(ref);
        if (text !== undefined && (await test(ref, text))) return true;
      }
    }
    return false;
  }
}

/** The first of `files` (repository-relative) that `test` accepts, or undefined. */
export async function firstInFiles(sources: ProjectSources, files: Iterable<string>, test: (file: SourceRef, text: string) => boolean | Promise<boolean>): Promise<SourceRef | undefined> {
  for (const rel of [...files].sort()) {
    const run = sources.model.byPath.get(rel);
    const ref: SourceRef = run ? { rel, abs: run.abs, source: run.source, text: run.text } : { rel, abs: join(sources.model.root, rel) };
    if (!run && !readableSize(ref.abs)) continue;
    const text = sources.text(ref);
    if (text !== undefined && (await test(ref, text))) return ref;
  }
  return undefined;
}

/**
 * The promise of an asynchronous project hook, marked as handled so that an engine which does not
 * await project hooks never sees an unhandled rejection (which would end the process), while an
 * engine that awaits it still receives the rejection and reports it as a PL001 finding.
 */
export function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}
