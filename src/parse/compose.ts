/**
 * Compose files through `yaml`'s nodes (which keep source ranges): read by prodlint's block reader
 * when the file is the plain block YAML nearly every compose file is (yaml-block-reader.ts), by
 * `yaml` itself otherwise. Anchors, aliases and merge keys are supported; alias expansion is
 * bounded so an alias bomb cannot exhaust memory.
 */
import { Composer, Parser, YAMLParseError, parseDocument, type Document as YamlDocument, type Pair } from 'yaml';
import { isMap, isScalar } from './yaml-guards.js';
import type { SourceFile, Span } from '../source.js';
import type { Comment, Document, Environment } from '../types.js';
import { mapEntries, nodeSpan, resolve, yamlCommentsFromTokens, yamlLogicalLines } from './yaml-nodes.js';
import { tooDeepYamlTokens } from './yaml-depth.js';
import { withLazyLogicalLines } from './lines.js';
import { readBlockYaml } from './yaml-block-reader.js';

export interface ComposeService {
  name: string;
  keySpan: Span;
  /** The service's mapping node (aliases resolved). */
  node: unknown;
  span: Span;
}

export interface ComposeTree {
  yaml: YamlDocument;
  services: ComposeService[];
}

export type ComposeDocument = Document<ComposeTree>;

const YAML_OPTIONS = { uniqueKeys: false, merge: true, prettyErrors: false, strict: false } as const;

export function parseComposeYaml(text: string): YamlDocument {
  return readBlockYaml(text, YAML_OPTIONS)?.doc ?? parseDocument(text, YAML_OPTIONS);
}

/**
 * What `parseDocument` does, from CST tokens already in hand: the text is tokenised once and the
 * tokens serve the depth guard, the comments and the document (three tokenisations before).
 */
function composeFromTokens(tokens: readonly unknown[], length: number): YamlDocument {
  let doc: YamlDocument | null = null;
  for (const d of new Composer(YAML_OPTIONS).compose(tokens as never, true, length)) {
    if (!doc) doc = d as YamlDocument;
    else {
      doc.errors.push(new YAMLParseError(d.range.slice(0, 2) as [number, number], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
      break;
    }
  }
  return doc ?? parseComposeYaml('');
}

/**
 * A problem's span: one character at least, so it can be underlined, but inside the text (the
 * YAML library reports an unexpected end of input one past the last character).
 */
function problemSpan(start: number, end: number, length: number): Span {
  const s = Math.max(0, Math.min(start, length));
  const e = Math.min(length, Math.max(end, s + 1));
  return { start: Math.min(s, e), end: e };
}

/** Deeper nesting than any real compose file; beyond it the YAML library can exhaust the stack. */
const MAX_YAML_DEPTH = 200;

export function parseCompose(source: SourceFile, environment: Environment): ComposeDocument {
  const block = readBlockYaml(source.text, YAML_OPTIONS);
  return block ? composeDocument(source, environment, block.doc, block.comments, []) : parseComposeWithYaml(source, environment);
}

function parseComposeWithYaml(source: SourceFile, environment: Environment): ComposeDocument {
  const tokens = [...new Parser().parse(source.text)];
  const tooDeep = tooDeepYamlTokens(tokens, MAX_YAML_DEPTH);
  if (tooDeep !== undefined) {
    return {
      kind: 'compose',
      source,
      environment,
      tree: { yaml: parseComposeYaml(''), services: [] },
      comments: [],
      logicalLines: [],
      parseErrors: [{ span: problemSpan(tooDeep, tooDeep + 1, source.text.length), message: `YAML nested more than ${MAX_YAML_DEPTH} levels deep; not analysed` }],
    };
  }
  // Comments first: the composer below only reads the tokens, but nothing then depends on that.
  const comments = yamlCommentsFromTokens(source, tokens);
  const yaml = composeFromTokens(tokens, source.text.length);
  const parseErrors: Document['parseErrors'] = yaml.errors.slice(0, 5).map((e) => ({
    span: problemSpan(e.pos[0], e.pos[1], source.text.length),
    message: `YAML: ${e.message.split('\n')[0]}`,
  }));
  return composeDocument(source, environment, yaml, comments, parseErrors);
}

function composeDocument(source: SourceFile, environment: Environment, yaml: YamlDocument, comments: Comment[], parseErrors: Document['parseErrors']): ComposeDocument {
  const services: ComposeService[] = [];
  const root = resolve(yaml, yaml.contents);
  if (isMap(root)) {
    const servicesPair = root.items.find((p: Pair) => isScalar(p.key) && p.key.value === 'services');
    for (const pair of mapEntries(yaml, servicesPair?.value)) {
      const keySpan = nodeSpan(pair.key as never);
      if (!keySpan || !isScalar(pair.key)) continue;
      const node = resolve(yaml, pair.value);
      const valueSpan = nodeSpan(node as never) ?? keySpan;
      services.push({ name: String(pair.key.value), keySpan, node, span: { start: keySpan.start, end: Math.max(keySpan.end, valueSpan.end) } });
    }
  }
  return withLazyLogicalLines({ kind: 'compose', source, environment, tree: { yaml, services }, comments, parseErrors }, () => yamlLogicalLines(source, yaml));
}
