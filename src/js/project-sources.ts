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
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTypeScript, type TypeScriptDocument } from '../parse/typescript.js';
import type { ProjectFile, ProjectModel } from '../project.js';
import { SourceFile } from '../source.js';
import { packageDirOf, packageSources, readableSize } from './package-scope.js';

/** Paths of tests, examples and docs (the default development paths that hold JS/TS code). */
const NOT_SERVICE_CODE = /(^|\/)(test|tests|__tests__|__mocks__|spec|e2e|examples?|docs?|dev)\/|\.(test|spec)\.[cm]?[jt]sx?$/;

export interface SourceRef {
  rel: string;
  abs: string;
}

export class ProjectSources {
  private readonly texts = new Map<string, string | null>();
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

  text(file: SourceRef): string | undefined {
    let t = this.texts.get(file.rel);
    if (t === undefined) {
      try {
        t = readFileSync(file.abs, 'utf8');
      } catch {
        t = null;
      }
      this.texts.set(file.rel, t);
    }
    return t ?? undefined;
  }

  /** The parsed file (syntax errors leave a partial tree), or null when it cannot be read. */
  async parse(file: SourceRef): Promise<TypeScriptDocument | null> {
    if (this.docs.has(file.rel)) return this.docs.get(file.rel)!;
    const text = this.text(file);
    const doc = text === undefined ? null : await parseTypeScript(new SourceFile(file.rel, file.abs, text), 'production');
    this.docs.set(file.rel, doc);
    return doc;
  }

  /**
   * Whether `test` accepts some production source of the package in `dir` or of the packages that
   * enclose it (their own files, not their other nested packages): the run's files first, then the
   * rest on disk. Enclosing packages count because a repository root often holds the service while
   * a subdirectory holds a package.json of its own (an installer, a template). A package too large
   * to walk answers true (the benefit of the doubt).
   */
  async someInPackage(dir: string, test: (file: SourceRef, text: string) => boolean | Promise<boolean>): Promise<boolean> {
    // Every file of the run is decided by the first loop: development files are skipped, not read from disk later.
    const inRun = (this.inRunSet ??= new Set(this.model.files.map((f) => f.rel)));
    if (!this.runByPackage) {
      this.runByPackage = new Map();
      for (const f of this.runFiles()) {
        if (NOT_SERVICE_CODE.test(f.rel)) continue;
        const pkg = this.packageOf(f.rel);
        this.runByPackage.set(pkg, [...(this.runByPackage.get(pkg) ?? []), f]);
      }
    }
    for (let scope: string | null = dir; scope !== null; scope = scope === '' ? null : packageDirOf(scope, this.hasPackageJson)) {
      for (const f of this.runByPackage.get(scope) ?? []) {
        const text = this.text(f);
        if (text !== undefined && (await test(f, text))) return true;
      }
      let onDisk = this.disk.get(scope);
      if (!onDisk) this.disk.set(scope, (onDisk = packageSources(this.model.root, scope)));
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

/**
 * The promise of an asynchronous project hook, marked as handled so that an engine which does not
 * await project hooks never sees an unhandled rejection (which would end the process), while an
 * engine that awaits it still receives the rejection and reports it as a PL001 finding.
 */
export function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}
