/**
 * The combined trigger scan must never rule out a file the exact per-rule test would accept:
 * compared on every fixture file (as written and with its case changed) and on texts built from
 * each rule's own triggers.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { allRules } from '../rules/index.js';
import { checksFilesOf, type RuleSetting } from '../src/analyze.js';
import { ruleTriggered } from '../src/triggers.js';
import { classify } from '../src/classify.js';
import { TriggerPrefilter } from '../src/prefilter.js';
import type { AnyRule } from '../src/rule.js';
import type { Environment, Kind } from '../src/types.js';

const ruleById = new Map(allRules.map((r) => [r.id, r]));
const enabled: ReadonlyMap<string, RuleSetting> = new Map(allRules.map((r) => [r.id, { severity: r.severity, options: {} } as RuleSetting]));

/** The definition the prefilter must agree with. */
function exact(kind: Kind, environment: Environment, text: string): boolean {
  return allRules.some(
    (r) => r.kinds.includes(kind) && checksFilesOf(r, kind) && !(r.productionOnly && environment === 'development') && ruleTriggered(r, text),
  );
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) out.push(...filesUnder(abs));
    else out.push(abs);
  }
  return out;
}

test('the prefilter agrees with the exact trigger test on every fixture file', () => {
  const prefilter = new TriggerPrefilter(ruleById);
  let compared = 0;
  let accepted = 0;
  for (const abs of filesUnder(new URL('../fixtures', import.meta.url).pathname)) {
    const raw = readFileSync(abs, 'utf8');
    const kind = classify(abs, raw.slice(0, 4096));
    if (!kind) continue;
    for (const text of [raw, raw.toUpperCase(), raw.toLowerCase(), '']) {
      for (const env of ['production', 'development'] as Environment[]) {
        const want = exact(kind, env, text);
        assert.equal(prefilter.triggered(kind, env, text, enabled), want, `${abs} (${env}, ${text === raw ? 'as written' : 'case changed'})`);
        compared++;
        if (want) accepted++;
      }
    }
  }
  assert.ok(compared > 500 && accepted > 100 && accepted < compared, `${compared} compared, ${accepted} accepted`);
});

test('each trigger alone, in any case, passes the prefilter exactly when the rule takes it', () => {
  const prefilter = new TriggerPrefilter(ruleById);
  const triggered = (r: AnyRule, kind: Kind, text: string) => prefilter.triggered(kind, 'production', text, new Map([[r.id, enabled.get(r.id)!]]));
  for (const rule of allRules) {
    for (const kind of rule.kinds) {
      if (!checksFilesOf(rule, kind)) continue;
      for (const t of rule.triggers) {
        const words = typeof t === 'string' ? [t] : [...t];
        for (const text of [words.join(' '), `x${words.join('\n')}y`, words.join(' ').toUpperCase(), words.slice(1).join(' ')]) {
          assert.equal(triggered(rule, kind, text), ruleTriggered(rule, text), `${rule.id} ${kind} ${JSON.stringify(text)}`);
        }
      }
    }
  }
});

test('a rule whose per-file checks read commands does not make a code file worth parsing', () => {
  // SH010 reads started Python/TypeScript files from its project hook; per file it only checks
  // commands, which code files do not carry.
  const sh010 = ruleById.get('SH010')!;
  assert.ok(sh010.kinds.includes('python') && sh010.command && !sh010.document && sh010.project);
  const only = new Map([['SH010', enabled.get('SH010')!]]);
  const prefilter = new TriggerPrefilter(ruleById);
  assert.equal(prefilter.triggered('python', 'production', 'app.run(host="127.0.0.1")', only), false);
  assert.equal(prefilter.triggered('shell', 'production', 'uvicorn app:app --host 127.0.0.1', only), true);
});

test('case-insensitive triggers match through Unicode case folding as toLowerCase does', () => {
  // The Kelvin sign lower-cases to "k"; the dotted capital I to "i" and a combining dot.
  const rule = { ...allRules.find((r) => r.id === 'SH001')!, id: 'X001', triggers: ['ki', 'sk'], triggersIgnoreCase: true } as AnyRule;
  const prefilter = new TriggerPrefilter(new Map([[rule.id, rule]]));
  const only = new Map([[rule.id, enabled.get('SH001')!]]);
  for (const text of ['\u212a\u0130', 'a s\u212a', 'S\u212a', 'ks', 'k i']) {
    assert.equal(prefilter.triggered('shell', 'production', text, only), ruleTriggered(rule, text), JSON.stringify(text));
  }
  assert.equal(ruleTriggered(rule, '\u212a\u0130'), true, 'the exact test takes it');
});
