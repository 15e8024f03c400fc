/**
 * The one generic fixture runner (DESIGN.md §6): every directory `fixtures/<ID>/` is linted with
 * only rule <ID> (and PL000) enabled, and its files' `ruleid:`/`ok:` annotations must match the
 * findings exactly — no missing, extra or misplaced finding. Files under a development path inside
 * a fixture directory keep their development classification, so production-only rules can be shown
 * to skip them; everything else is linted as production.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { allRules } from '../rules/index.js';
import { classify } from '../src/classify.js';
import { dockerfilesNamedByCompose } from '../src/compose/named-dockerfiles.js';
import { parseFile } from '../src/parse/index.js';
import { SourceFile } from '../src/source.js';
import type { Finding } from '../src/types.js';
import { readFileSync } from 'node:fs';
import { readAnnotations, readSidecar, type Annotation } from './helpers/annotations.js';
import { lintDir } from './helpers/lint.js';
import { environmentOf, defaultConfig } from '../src/config.js';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const ruleIds = new Set(allRules.map((r) => r.id));

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (!name.endsWith('.expect')) out.push(p);
  }
  return out;
}

/** Files a compose file of the fixture directory names as `build.dockerfile` (Dockerfiles whatever their names). */
function namedDockerfiles(dir: string): Set<string> {
  const composes = walk(dir).map((abs) => ({ rel: relative(dir, abs), abs })).filter((f) => classify(f.rel, readFileSync(f.abs, 'utf8').slice(0, 4096)) === 'compose');
  return new Set(dockerfilesNamedByCompose(composes.map((f) => ({ rel: f.rel, text: readFileSync(f.abs, 'utf8') }))).keys());
}

export async function annotationsOf(abs: string, rel: string, named?: ReadonlySet<string>): Promise<Annotation[]> {
  const sidecar = readSidecar(abs);
  if (sidecar) return sidecar;
  const text = readFileSync(abs, 'utf8');
  const kind = classify(rel, text.slice(0, 4096)) ?? (named?.has(rel) ? 'dockerfile' : undefined);
  if (!kind) return [];
  const doc = await parseFile(kind, new SourceFile(rel, abs, text), 'production');
  return readAnnotations(doc);
}

function show(f: Finding): string {
  return `${f.path}:${f.start.line}:${f.start.column}: ${f.ruleId} ${f.message}`;
}

export function compare(ruleId: string, annotations: Annotation[], findings: Finding[], path: string): string[] {
  const problems: string[] = [];
  const mine = findings.filter((f) => f.ruleId === ruleId && f.path === path);
  const claimed = new Set<Finding>();
  for (const a of annotations.filter((x) => x.ruleId === ruleId)) {
    const inRange = mine.filter((f) => !claimed.has(f) && f.start.line >= a.first && f.start.line <= a.last);
    const where = `${path}:${a.first}`;
    if (a.kind === 'ruleid') {
      const hit = inRange.find((f) => a.column === undefined || f.start.column === a.column) ;
      if (!hit) {
        problems.push(`missing: ${where}${a.column ? ':' + a.column : ''}: ${ruleId} expected (annotation on line ${a.line})` + (inRange[0] ? `; found at column ${inRange[0].start.column} instead` : ''));
      } else {
        claimed.add(hit);
        if (a.severity && hit.severity !== a.severity) problems.push(`wrong severity: ${show(hit)} is ${hit.severity}, ${a.severity} expected (annotation on line ${a.line})`);
      }
    } else if (a.kind === 'ok') {
      for (const f of inRange) {
        problems.push(`unexpected (marked ok): ${show(f)}`);
        claimed.add(f);
      }
    } else if (a.kind === 'todoruleid') {
      if (inRange.length) problems.push(`fixed gap: ${where}: ${ruleId} is now reported — promote "todoruleid" to "ruleid"`);
      inRange.forEach((f) => claimed.add(f));
    } else if (a.kind === 'todook') {
      if (!inRange.length) problems.push(`fixed gap: ${where}: ${ruleId} is no longer reported — promote "todook" to "ok"`);
      inRange.forEach((f) => claimed.add(f));
    }
  }
  for (const f of mine) if (!claimed.has(f)) problems.push(`unexpected: ${show(f)}`);
  return problems;
}

const dirs = readdirSync(FIXTURES).filter((d) => /^[A-Z]{2}\d{3}$/.test(d)).sort();

describe('fixtures', () => {
  test('every fixture directory belongs to a rule', () => {
    for (const d of dirs) assert.ok(ruleIds.has(d), `fixtures/${d} has no rule`);
  });
  for (const id of dirs) {
    test(id, async () => {
      const dir = join(FIXTURES, id);
      const result = await lintDir(dir, { only: [id, 'PL000', 'PL001'], forceEnvironment: undefined });
      const problems: string[] = [];
      for (const f of result.findings) {
        if ((f.ruleId === 'PL000' || f.ruleId === 'PL001') && id !== f.ruleId) problems.push(`tool finding: ${show(f)}`);
      }
      let annotated = 0;
      const named = namedDockerfiles(dir);
      for (const abs of walk(dir)) {
        const rel = relative(dir, abs);
        const annotations = await annotationsOf(abs, rel, named);
        annotated += annotations.length;
        // A fixture may state an expected parse problem; then PL000 is checked like the rule.
        if (id !== 'PL000' && annotations.some((a) => a.ruleId === 'PL000')) {
          const pl = compare('PL000', annotations, result.findings, rel);
          const known = new Set(result.findings.filter((f) => f.ruleId === 'PL000' && f.path === rel).map(show));
          for (let i = problems.length - 1; i >= 0; i--) if (known.has(problems[i]!.replace('tool finding: ', ''))) problems.splice(i, 1);
          problems.push(...pl);
        }
        for (const a of annotations) if (!ruleIds.has(a.ruleId)) problems.push(`${rel}:${a.line}: annotation names unknown rule ${a.ruleId}`);
        problems.push(...compare(id, annotations, result.findings, rel));
      }
      assert.ok(annotated > 0, `fixtures/${id} has no annotations`);
      assert.deepEqual(problems, [], `fixtures/${id}:\n  ` + problems.join('\n  '));
    });
  }
});

describe('fixture coverage', () => {
  for (const rule of allRules.filter((r) => !r.id.startsWith('PL'))) {
    test(`${rule.id} has ruleid and ok cases in every kind it applies to`, async () => {
      const dir = join(FIXTURES, rule.id);
      const seen = new Map<string, Set<string>>();
      for (const abs of walk(dir)) {
        const rel = relative(dir, abs);
        const kind = classify(rel, readFileSync(abs, 'utf8').slice(0, 4096));
        if (!kind) continue;
        for (const a of await annotationsOf(abs, rel)) {
          if (a.ruleId !== rule.id) continue;
          const set = seen.get(kind) ?? new Set();
          set.add(a.kind);
          seen.set(kind, set);
        }
      }
      for (const kind of rule.kinds) {
        assert.ok(seen.get(kind)?.has('ruleid'), `${rule.id}: no "ruleid: ${rule.id}" fixture of kind ${kind}`);
        assert.ok(seen.get(kind)?.has('ok'), `${rule.id}: no "ok: ${rule.id}" near miss of kind ${kind}`);
      }
    });
  }
});

void environmentOf;
void defaultConfig;
