/**
 * Which process a JS/TS file runs in (TS004, TS006): the files reachable by relative imports from
 * an entry point a carrier starts — package.json `main` and a start-like script (`node
 * dist/server.js`), a Dockerfile `CMD`, a compose `command:`, a Procfile line, an `ExecStart=`.
 * A SIGTERM handler or `axios.defaults.timeout` in one process says nothing about another, even
 * inside the same package: the root package of a monorepo no longer silences its sub-packages.
 *
 * Entry paths are resolved against the carrier's directory and the package directory; build
 * output maps back to its source (`dist/server.js` -> `src/server.ts`, `.js` -> `.ts`), and an
 * entry that resolves nowhere is matched by path suffix among the repository's sources. Only
 * relative imports are followed (`./db`, `../lib/index.js`, `require('./x')`, `import('./y')`);
 * a package imported by name is another package's business. Where no entry reaches a file, the
 * caller falls back to the file's nearest package.
 */
import { posix } from 'node:path';
import { walk, type Node } from './ast.js';
import { stringValue } from './literals.js';
import type { PackageJsonTree } from '../parse/packagejson.js';
import type { ProjectModel } from '../project.js';
import type { ProjectSources } from './project-sources.js';
import { packageDirOf } from './package-scope.js';
import { getOrMake } from '../multimap.js';

const RUNTIMES = new Set(['node', 'nodejs', 'ts-node', 'ts-node-esm', 'tsx', 'bun', 'nodemon', 'deno', 'pm2-runtime', 'babel-node', 'esno']);
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
const SOURCE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
const MAX_PROCESS_FILES = 5_000;

export interface Process {
  /** The entry file (repository-relative). */
  entry: string;
  /** Every file reachable from the entry by relative imports, the entry included. */
  files: Set<string>;
}

export class ProcessScopes {
  private processes: Promise<Process[]> | undefined;
  private suffixes: Map<string, string> | undefined;
  /** Per package and stem: the package's files whose text has the stem, as far as scanned. */
  private readonly stemScans = new Map<string, { found: string[]; next: number }>();
  private readonly targets = new Map<string, Promise<Set<string> | null>>();

  constructor(
    private readonly model: ProjectModel,
    private readonly sources: ProjectSources,
  ) {}

  /** The processes whose files include `rel` (empty: no known entry reaches it). */
  async processesOf(rel: string): Promise<Process[]> {
    return (await this.all()).filter((p) => p.files.has(rel));
  }

  /**
   * Whether some source of the package in `dir` (its own files) imports `rel` by a relative path:
   * a sub-package's file that the enclosing package loads (NodeBB's `src/cli/setup.js` requiring
   * `install/web.js`) runs in the enclosing package's process.
   */
  async importedFrom(dir: string, rel: string): Promise<boolean> {
    const stem = posix.basename(rel).replace(SOURCE, '');
    const files = this.sources.onDisk(dir).files;
    // Many files of a package share a stem (`index`, `client`): the package's files are scanned
    // for a stem once, as far as a question needed, and each file's imports are resolved once.
    // Asked per file, a monorepo re-read and re-resolved its root package for every finding.
    const scan = getOrMake(this.stemScans, `${dir}\0${stem}`, () => ({ found: [], next: 0 }));
    for (let i = 0; ; i++) {
      while (i >= scan.found.length && scan.next < files.length) {
        const other = files[scan.next++]!;
        if (this.sources.text({ rel: other, abs: posix.join(this.model.root, other) })?.includes(stem)) scan.found.push(other);
      }
      if (i >= scan.found.length) return false;
      const other = scan.found[i]!;
      if (other !== rel && (await this.importTargets(other))?.has(rel)) return true;
    }
  }

  /** The repository files a source imports by relative paths, resolved (null: it cannot be parsed). */
  private async importTargets(rel: string): Promise<Set<string> | null> {
    return getOrMake(this.targets, rel, async () => {
      const doc = await this.sources.parse({ rel, abs: posix.join(this.model.root, rel) });
      if (!doc) return null;
      const out = new Set<string>();
      for (const spec of relativeImports(doc.tree.program)) {
        const hit = this.resolveFile(posix.normalize(posix.join(posix.dirname(rel), spec)));
        if (hit) out.add(hit);
      }
      return out;
    });
  }

  /**
   * The process a start command's script runs (`node dist/server.js` named by a Dockerfile
   * `CMD`): the entry resolved against the command's directories the way entries are, with the
   * files it reaches. Undefined when the script resolves to no source of the repository.
   */
  async processFor(dirs: readonly string[], spec: string): Promise<Process | undefined> {
    const bases = [...new Set([...dirs.map((d) => (d === '.' ? '' : d)), ''])];
    const entry = this.resolveEntry(bases, spec);
    if (!entry) return undefined;
    return (await this.all()).find((p) => p.entry === entry) ?? { entry, files: await this.reachable(entry) };
  }

  all(): Promise<Process[]> {
    return (this.processes ??= this.build());
  }

  /** The packages enclosing the one in `dir`, innermost first. */
  enclosingPackages(dir: string): string[] {
    const out: string[] = [];
    const has = (d: string) => this.model.exists(`${d}/package.json`);
    for (let d = dir; d !== ''; ) {
      d = packageDirOf(d, has);
      out.push(d);
    }
    return out;
  }

  private async build(): Promise<Process[]> {
    const out: Process[] = [];
    const seen = new Set<string>();
    for (const entry of this.entries()) {
      if (seen.has(entry)) continue;
      seen.add(entry);
      out.push({ entry, files: await this.reachable(entry) });
    }
    return out;
  }

  /** Entry files named by start carriers and package.json `main`, resolved to existing sources. */
  private entries(): string[] {
    const found: string[] = [];
    const add = (dirs: readonly string[], spec: string) => {
      const hit = this.resolveEntry(dirs, spec);
      if (hit) found.push(hit);
    };
    for (const { file, command } of this.model.commands()) {
      if (command.role !== 'start' || file.environment !== 'production') continue;
      const words = command.argv.map((w) => w.value);
      const prog = words[0]?.split('/').pop();
      if (!prog || !RUNTIMES.has(prog)) continue;
      const script = words.slice(1).find((w) => w !== null && !w.startsWith('-') && SOURCE.test(w));
      if (!script) continue;
      const dir = posix.dirname(file.rel);
      add(dir === '.' ? [''] : [dir, ''], script);
    }
    for (const file of this.model.files) {
      if (file.kind !== 'packagejson' || file.environment !== 'production') continue;
      const main = (file.doc?.tree as PackageJsonTree | undefined)?.main;
      const dir = posix.dirname(file.rel);
      if (main) add([dir === '.' ? '' : dir], main);
    }
    return found.sort();
  }

  private resolveEntry(dirs: readonly string[], spec: string): string | undefined {
    const clean = spec.replace(/^\.\//, '');
    if (clean.startsWith('/')) return this.bySuffix(clean.replace(/^\/+/, ''));
    for (const dir of dirs) {
      const hit = this.resolveFile(posix.normalize(posix.join(dir || '.', clean)));
      if (hit) return hit;
    }
    return this.bySuffix(clean);
  }

  /** An absolute path in an image (`/app/dist/server.js`): the source whose path ends like it. */
  private bySuffix(path: string): string | undefined {
    const parts = path.split('/');
    // Drop leading segments until something matches (`/app/dist/server.js` -> `dist/server.js`).
    for (let i = 0; i < parts.length; i++) {
      const tail = parts.slice(i).join('/');
      for (const candidate of sourceCandidates(tail)) {
        const hit = this.sourceEndingIn(candidate);
        if (hit) return hit;
      }
    }
    return undefined;
  }

  /**
   * The first JS/TS source, in discovery order, whose path is `tail` or ends in `/tail`. One index
   * of every path suffix, built on the first question: a linear scan per candidate made a
   * 20,000-file monorepo spend seconds here (entries x tails x candidates x files).
   */
  private sourceEndingIn(tail: string): string | undefined {
    if (!this.suffixes) {
      this.suffixes = new Map();
      for (const f of this.model.files) {
        if (f.kind !== 'typescript') continue;
        for (let at = 0; at !== -1; at = f.rel.indexOf('/', at) + 1 || -1) {
          const suffix = f.rel.slice(at);
          if (!this.suffixes.has(suffix)) this.suffixes.set(suffix, f.rel);
        }
      }
    }
    return this.suffixes.get(tail);
  }

  /** A repository file for a path as a runtime or an import would find it. */
  private resolveFile(path: string): string | undefined {
    if (path.startsWith('../')) return undefined;
    for (const c of sourceCandidates(path)) if (this.isSource(c)) return c;
    return undefined;
  }

  private isSource(rel: string): boolean {
    return SOURCE.test(rel) && this.model.exists(rel);
  }

  private async reachable(entry: string): Promise<Set<string>> {
    const files = new Set([entry]);
    const queue = [entry];
    while (queue.length && files.size < MAX_PROCESS_FILES) {
      const rel = queue.shift()!;
      const doc = await this.sources.parse({ rel, abs: posix.join(this.model.root, rel), ...(this.model.byPath.get(rel)?.source ? { source: this.model.byPath.get(rel)!.source } : {}) });
      if (!doc) continue;
      for (const spec of relativeImports(doc.tree.program)) {
        const hit = this.resolveFile(posix.normalize(posix.join(posix.dirname(rel), spec)));
        if (hit && !files.has(hit)) {
          files.add(hit);
          queue.push(hit);
        }
      }
    }
    return files;
  }
}

/** Paths a runtime or bundler tries for a path: itself, its source for build output, with extensions, `index.*`. */
function sourceCandidates(path: string): string[] {
  const out: string[] = [];
  const stems = [path];
  // TypeScript's ESM convention imports `./db.js` for `./db.ts`; build output lives in dist/.
  const src = path.replace(/^(.*\/)?(dist|build|lib|out)\//, (_m, pre: string | undefined) => `${pre ?? ''}src/`);
  if (src !== path) stems.push(src);
  for (const stem of stems) {
    out.push(stem);
    const bare = stem.replace(/\.(js|jsx|mjs|cjs)$/, '');
    if (bare !== stem) for (const ext of ['.ts', '.tsx', '.mts', '.cts']) out.push(bare + ext);
    if (!SOURCE.test(stem)) {
      for (const ext of EXTENSIONS) out.push(stem + ext);
      for (const ext of EXTENSIONS) out.push(`${stem}/index${ext}`);
    }
  }
  return out;
}

/** Relative module specifiers of imports, re-exports, `require(...)` and `import(...)`. */
export function relativeImports(program: Node): string[] {
  const out: string[] = [];
  const take = (v: string | undefined | null) => {
    if (v && (v.startsWith('./') || v.startsWith('../') || v === '.' || v === '..')) out.push(v);
  };
  walk(program, (n: Node) => {
    switch (n.type) {
      case 'ImportDeclaration':
      case 'ExportAllDeclaration':
        take(String(n.source.value));
        return false;
      case 'ExportNamedDeclaration':
        if (n.source) take(String(n.source.value));
        return true;
      case 'ImportExpression':
        take(stringValue(n.source));
        return true;
      case 'CallExpression':
        if (n.callee.type === 'Identifier' && n.callee.name === 'require' && n.arguments[0]) take(stringValue(n.arguments[0]));
        return true;
      default:
        return true;
    }
  });
  return out;
}
