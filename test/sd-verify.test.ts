/**
 * Cross-check of the SD rule pack with systemd itself: `systemd-analyze verify`, run offline on
 * temporary copies of the fixture units (and of the SD rules' docs examples).
 *
 * - Every unit on which SD009 (invalid-directive) reports nothing must draw no syntax complaint
 *   from systemd either: no unknown section or key, no value it fails to parse, no refused unit.
 * - Every unknown section or key, refused value and second ExecStart= that SD009 reports must be
 *   complained about by systemd on the same line (duplicates are not checked: systemd is silent
 *   about them, which is why SD009 reports them).
 * Complaints about the environment (missing executables, users, dependencies) are ignored, and so
 * are deprecation warnings (SD003's subject). Units using settings newer than the installed
 * systemd are left out of the first check.
 *
 * systemd-analyze is part of Debian's `systemd` package. Without it the test skips with a message
 * saying how to install it; it never passes silently.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { after, describe, test } from 'node:test';
import { allRules } from '../rules/index.js';
import { classify } from '../src/classify.js';
import { parseSystemd } from '../src/parse/systemd.js';
import { SourceFile } from '../src/source.js';
import { directiveInfo } from '../src/systemd/directives.js';
import { unitName } from '../src/systemd/unit-name.js';
import { isTemplated } from '../src/systemd/units.js';
import type { Finding } from '../src/types.js';
import { lintDir } from './helpers/lint.js';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

function systemdVersion(): number | undefined {
  const probe = spawnSync('systemd-analyze', ['--version'], { encoding: 'utf8' });
  if (probe.error !== undefined || probe.status !== 0) return undefined;
  const m = /^systemd (\d+)/.exec(probe.stdout);
  return m ? Number(m[1]) : undefined;
}

const VERSION = systemdVersion();
const MISSING = 'systemd-analyze is not installed: install it (Debian/Ubuntu: `apt-get install -y systemd`) to cross-check the SD fixtures against systemd';

/** What systemd says about the syntax of a unit; the rest of its output is about this machine. */
const SYNTAX = /Unknown key|Unknown section|Failed to parse|Invalid section header|Missing '='|Assignment outside of section|more than one ExecStart|lacks value setting|bad unit file setting|isn't allowed for Type=oneshot|Unknown lvalue|[Ii]nvalid (bus name|value|escape|syntax)/;

interface UnitFixture {
  /** Absolute path of the fixture file. */
  abs: string;
  /** Path inside its fixture directory. */
  rel: string;
  dir: string;
  text: string;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

function fixtureDirs(): string[] {
  const dirs = readdirSync(FIXTURES).filter((d) => /^SD\d{3}$/.test(d)).map((d) => join(FIXTURES, d));
  dirs.push(join(FIXTURES, 'demo'));
  return dirs;
}

/** The docs examples of the SD rules, written out as a fixture directory of their own. */
function docsDir(scratch: string): string {
  const dir = join(scratch, 'docs');
  for (const rule of allRules.filter((r) => r.id.startsWith('SD'))) {
    for (const [which, ex] of [['example', rule.docs.example], ['fix', rule.docs.fix]] as const) {
      const path = join(dir, `${rule.id}-${which}`, ex.path ?? 'app.service');
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, ex.code);
    }
  }
  mkdirSync(join(dir, '.git'), { recursive: true });
  return dir;
}

function unitsOf(dir: string): UnitFixture[] {
  const out: UnitFixture[] = [];
  for (const abs of walk(dir)) {
    if (abs.includes('/.git/')) continue;
    const rel = relative(dir, abs);
    const text = readFileSync(abs, 'utf8');
    if (classify(rel, text.slice(0, 4096)) === 'systemd') out.push({ abs, rel, dir, text });
  }
  return out;
}

/** The newest systemd release among the settings a unit uses (0 when none is newer than 252). */
function newestSetting(u: UnitFixture): number {
  const doc = parseSystemd(new SourceFile(u.rel, u.abs, u.text), 'production');
  let newest = 0;
  for (const section of doc.tree.sections) {
    for (const d of section.directives) newest = Math.max(newest, directiveInfo(section.name, d.key)?.since ?? 0);
  }
  return newest;
}

/** A deployment template (`{{ bench_dir }}`, `@bindir@`): only its rendered form is a unit. */
function isTemplate(u: UnitFixture): boolean {
  const doc = parseSystemd(new SourceFile(u.rel, u.abs, u.text), 'production');
  return doc.tree.sections.some((s) => s.directives.some((d) => isTemplated(d.value.text)));
}

interface Verified {
  /** systemd's syntax complaints, `file:line: message` with paths relative to the unit's directory. */
  complaints: string[];
  output: string;
}

let scratchRoot: string | undefined;
function scratch(): string {
  scratchRoot ??= mkdtempSync(join(tmpdir(), 'prodlint-sd-verify-'));
  return scratchRoot;
}
after(() => {
  if (scratchRoot) rmSync(scratchRoot, { recursive: true, force: true });
});

let counter = 0;
/**
 * Verify a unit (given by a fixture file, or a stub when only drop-ins are given) together with
 * the drop-ins listed, in a directory of its own so that nothing else is loaded with it.
 */
function verify(unit: string, main: UnitFixture | undefined, dropIns: UnitFixture[]): Verified {
  const dir = join(scratch(), `u${counter++}`);
  mkdirSync(dir, { recursive: true });
  const target = join(dir, unit);
  if (main) copyFileSync(main.abs, target);
  else writeFileSync(target, '[Unit]\nDescription=stub for drop-ins\n\n[Service]\nExecStart=/bin/true\n');
  for (const d of dropIns) {
    mkdirSync(join(dir, `${unit}.d`), { recursive: true });
    copyFileSync(d.abs, join(dir, `${unit}.d`, basename(d.abs)));
  }
  const run = spawnSync('systemd-analyze', ['verify', '--man=no', '--generators=no', target], {
    encoding: 'utf8',
    env: { ...process.env, SYSTEMD_LOG_COLOR: '0', SYSTEMD_PAGER: 'cat', SYSTEMD_LOG_LEVEL: 'info' },
  });
  const output = `${run.stdout}${run.stderr}`;
  const complaints = output
    .split('\n')
    .filter((line) => SYNTAX.test(line))
    .map((line) => line.split(`${dir}/`).join(''));
  return { complaints, output };
}

describe('the SD fixtures agree with systemd-analyze verify', { concurrency: false }, () => {
  test('units SD009 finds valid draw no syntax complaint; its unknown keys, sections and refused values do', async (t) => {
    if (VERSION === undefined) {
      t.skip(MISSING);
      return;
    }
    const dirs = [...fixtureDirs(), docsDir(scratch())];
    const problems: string[] = [];
    let verifiedValid = 0;
    let confirmed = 0;
    let skippedNewer = 0;
    for (const dir of dirs) {
      const units = unitsOf(dir);
      const result = await lintDir(dir, { only: ['SD009', 'PL000'] });
      const findingsOf = (u: UnitFixture): Finding[] => result.findings.filter((f) => f.path === u.rel);
      const valid = (u: UnitFixture) => findingsOf(u).length === 0;
      const name = (u: UnitFixture) => unitName(u.rel);
      const label = (u: UnitFixture) => `${relative(FIXTURES, dir).startsWith('..') ? 'docs' : relative(FIXTURES, dir)}/${u.rel}`;

      // Group files by the unit they define or extend, as systemd would load them.
      const groups = new Map<string, { main?: UnitFixture; dropIns: UnitFixture[] }>();
      for (const u of units) {
        const n = name(u);
        const key = `${n.dir}\u0000${n.unit}`;
        const g = groups.get(key) ?? { dropIns: [] };
        if (n.dropIn) g.dropIns.push(u);
        else g.main = u;
        groups.set(key, g);
      }

      for (const [key, g] of groups) {
        const unit = key.split('\u0000')[1]!;
        const files = [...(g.main ? [g.main] : []), ...g.dropIns];
        // 1. What SD009 accepts, systemd accepts.
        const validMain = g.main && valid(g.main) ? g.main : undefined;
        const validDropIns = g.dropIns.filter(valid);
        if ((validMain || validDropIns.length > 0) && (!g.main || validMain)) {
          const checked = [...(validMain ? [validMain] : []), ...validDropIns];
          const newest = Math.max(...checked.map(newestSetting));
          if (checked.some(isTemplate)) {
            t.diagnostic(`not verified (a template for a deployment tool): ${checked.map(label).join(', ')}`);
          } else if (newest > VERSION) {
            skippedNewer++;
            t.diagnostic(`not verified (uses settings of systemd ${newest}, installed ${VERSION}): ${checked.map(label).join(', ')}`);
          } else {
            const { complaints } = verify(unit, validMain, validDropIns);
            verifiedValid += checked.length;
            for (const c of complaints) problems.push(`${checked.map(label).join(' + ')}: SD009 finds nothing, systemd says: ${c}`);
          }
        }
        // 2. What SD009 reports as unknown or refused, systemd complains about on that line.
        for (const u of files) {
          const reported = findingsOf(u).filter((f) => f.ruleId === 'SD009' && !/set twice|systemd ignores .*= here/.test(f.message));
          if (reported.length === 0) continue;
          const isDropIn = name(u).dropIn;
          const { complaints, output } = verify(unit, isDropIn ? g.main : u, isDropIn ? [u] : g.dropIns.filter(valid));
          const shownAs = isDropIn ? `${unit}.d/${basename(u.abs)}` : unit;
          for (const f of reported) {
            // systemd numbers a continued line by its last physical line, prodlint by its first.
            const lines = new Set(Array.from({ length: f.end.line - f.start.line + 1 }, (_, i) => `${shownAs}:${f.start.line + i}:`));
            // Unit-level refusals are printed without a line number.
            const expected = /second ExecStart=/.test(f.message)
              ? (c: string) => /more than one ExecStart/.test(c)
              : /on a Type=oneshot service/.test(f.message)
                ? (c: string) => /Restart= set to either always or on-success, which isn't allowed for Type=oneshot/.test(c)
                : (c: string) => [...lines].some((prefix) => c.startsWith(prefix));
            if (complaints.some(expected)) confirmed++;
            else problems.push(`${label(u)}:${f.start.line}: SD009 reports "${f.message}" but systemd does not complain there; it said:\n${output}`);
          }
        }
      }
    }
    t.diagnostic(`systemd ${VERSION}: ${verifiedValid} unit files verified clean, ${confirmed} SD009 findings confirmed by systemd, ${skippedNewer} units left out (newer settings)`);
    assert.deepEqual(problems, []);
    assert.ok(verifiedValid > 50, `only ${verifiedValid} unit files verified`);
    assert.ok(confirmed >= 10, `only ${confirmed} SD009 findings confirmed`);
  });
});
