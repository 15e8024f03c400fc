/**
 * `COPY` and `ADD` read as data: flags, sources and destination, each with its place in the file.
 * Exec form (`COPY ["a b", "/app/"]`) is JSON; the other form splits on whitespace, without shell
 * quoting, as the Dockerfile frontend does (https://docs.docker.com/reference/dockerfile/#copy).
 * Heredoc sources (`COPY <<EOF /etc/x`) are inline text, not paths from the context.
 */
import { parseJsonStringArray } from '../carriers/json-array.js';
import { argsAfterFlags } from '../parse/dockerfile-args.js';
import type { DfInstruction } from '../parse/dockerfile.js';
import type { Span } from '../source.js';

export interface CopyArg {
  value: string;
  span: Span;
}

export interface CopySpec {
  ins: DfInstruction;
  keyword: 'COPY' | 'ADD';
  /** `--from=<stage|image|context>`: sources come from there, not from the build context. */
  from?: string;
  /** `--parents`: the source's directory structure is kept under the destination. */
  parents: boolean;
  /** `--exclude=<pattern>` values. */
  excludes: string[];
  /** Paths in the context (for `--from`: in the other stage or image). */
  sources: CopyArg[];
  dest?: CopyArg;
  /** Some source is a heredoc (inline content). */
  heredoc: boolean;
}

export function parseCopy(ins: DfInstruction): CopySpec | undefined {
  if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD') return undefined;
  const flag = (name: string) => ins.flags.find((f) => f.name.toLowerCase() === name);
  const from = flag('from')?.value ?? undefined;
  const spec: CopySpec = {
    ins,
    keyword: ins.keyword,
    parents: flag('parents') !== undefined && flag('parents')!.value !== 'false',
    excludes: ins.flags.filter((f) => f.name.toLowerCase() === 'exclude' && f.value).map((f) => f.value!),
    sources: [],
    heredoc: false,
  };
  if (from) spec.from = from;
  const rest = argsAfterFlags(ins);
  // Only the first line: heredoc bodies follow on the next lines.
  const firstLineEnd = rest.text.indexOf('\n');
  const line = firstLineEnd === -1 ? rest : rest.slice(0, firstLineEnd);
  let args: CopyArg[] = [];
  const json = parseJsonStringArray(line);
  if (json) {
    args = json.map((w) => ({ value: w.word.value ?? w.word.text, span: w.word.span }));
  } else {
    const re = /\S+/g;
    for (let m = re.exec(line.text); m; m = re.exec(line.text)) {
      args.push({ value: m[0], span: line.spanToFile({ start: m.index, end: m.index + m[0].length }) });
    }
  }
  if (args.length < 2) return spec;
  spec.dest = args[args.length - 1]!;
  for (const a of args.slice(0, -1)) {
    if (a.value.startsWith('<<')) spec.heredoc = true;
    else spec.sources.push(a);
  }
  return spec;
}

/** A source that is a URL or git reference (ADD only): not a path of the context. */
export function isRemoteSource(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(value) || /^git@/.test(value) || /\.git(#.*)?$/.test(value);
}

/** A pattern with Go `filepath.Match` metacharacters. */
export function isGlob(value: string): boolean {
  return /[*?[]/.test(value);
}
