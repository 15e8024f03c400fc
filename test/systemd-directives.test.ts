import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  ALL_SECTIONS,
  INPUT_KEYWORDS,
  KILL_MODES,
  OUTPUT_KEYWORDS,
  RESTART_VALUES,
  SECTIONS_BY_UNIT_TYPE,
  SERVICE_TYPES,
  UNIT_TYPES,
  deprecatedDirectives,
  directiveInfo,
  isKnownSection,
  sectionDirectives,
  sectionsWithDirective,
  unitTypeOf,
  type DirectiveInfo,
  type UnitType,
} from '../src/systemd/directives.js';
import { closestMatch, editDistance, suggestDirective, suggestSection } from '../src/systemd/suggest.js';
import {
  deprecatedValue,
  parseBoolean,
  parseTimespanUs,
  timespanToMs,
  validateValue,
  valueSince,
} from '../src/systemd/values.js';

function info(section: string, key: string): DirectiveInfo {
  const found = directiveInfo(section, key);
  assert.ok(found, `[${section}] ${key}= should be known`);
  return found;
}

function valid(section: string, key: string, value: string): void {
  assert.equal(validateValue(info(section, key), value), undefined, `${key}=${value} should be accepted`);
}

function invalid(section: string, key: string, value: string, pattern?: RegExp): void {
  const error = validateValue(info(section, key), value);
  assert.ok(error !== undefined, `${key}=${value} should be refused`);
  if (pattern) assert.match(error, pattern);
}

// ---------------------------------------------------------------------------------------------
// The table

test('each unit type accepts [Unit], [Install] and its own section only', () => {
  assert.deepEqual(SECTIONS_BY_UNIT_TYPE.service, ['Unit', 'Service', 'Install']);
  assert.deepEqual(SECTIONS_BY_UNIT_TYPE.timer, ['Unit', 'Timer', 'Install']);
  for (const type of UNIT_TYPES) {
    assert.ok(SECTIONS_BY_UNIT_TYPE[type].includes('Unit'));
    assert.ok(SECTIONS_BY_UNIT_TYPE[type].includes('Install'));
  }
  assert.equal(isKnownSection('Service', 'service'), true);
  assert.equal(isKnownSection('Service', 'socket'), false);
  assert.equal(isKnownSection('Socket', 'socket'), true);
  assert.equal(isKnownSection('service'), false, 'section names are case-sensitive');
  assert.equal(isKnownSection('Foo'), false);
  assert.equal(isKnownSection('X-Foo', 'service'), true, 'X- sections are user extensions');
  assert.equal(isKnownSection('Timer'), true);
});

test('directives are looked up per section and case-sensitively', () => {
  assert.equal(info('Service', 'ExecStart').value.kind, 'command');
  assert.equal(directiveInfo('Service', 'execstart'), undefined);
  assert.equal(directiveInfo('Unit', 'ExecStart'), undefined);
  assert.equal(directiveInfo('Service', 'WantedBy'), undefined);
  assert.equal(info('Install', 'WantedBy').value.kind, 'unit-list');
  assert.equal(directiveInfo('Target', 'Description'), undefined, '[Target] has no keys');
  assert.equal(directiveInfo('Nope', 'Description'), undefined);
  assert.deepEqual(sectionDirectives('Nope'), []);
  assert.equal(info('Timer', 'OnCalendar').value.kind, 'calendar');
  assert.equal(info('Path', 'PathChanged').value.kind, 'path');
});

test('exec, kill and resource-control directives are shared by the sections that take them', () => {
  // systemd.exec(5)
  for (const section of ['Service', 'Socket', 'Mount', 'Swap']) {
    assert.ok(directiveInfo(section, 'User'), `${section} takes User=`);
    assert.ok(directiveInfo(section, 'ProtectSystem'), `${section} takes ProtectSystem=`);
    assert.equal(info(section, 'Environment').manPage, 'systemd.exec(5)');
  }
  for (const section of ['Unit', 'Install', 'Timer', 'Path', 'Automount', 'Slice', 'Scope']) {
    assert.equal(directiveInfo(section, 'User'), undefined, `${section} does not take User=`);
  }
  // systemd.kill(5): also scopes
  for (const section of ['Service', 'Socket', 'Mount', 'Swap', 'Scope']) {
    assert.equal(info(section, 'KillMode').manPage, 'systemd.kill(5)');
  }
  assert.equal(directiveInfo('Slice', 'KillMode'), undefined);
  // systemd.resource-control(5): also slices and scopes
  for (const section of ['Service', 'Socket', 'Mount', 'Swap', 'Slice', 'Scope']) {
    assert.equal(info(section, 'MemoryMax').manPage, 'systemd.resource-control(5)');
  }
  assert.equal(directiveInfo('Timer', 'MemoryMax'), undefined);
  // Each type's own TimeoutSec= comes from its own page.
  assert.equal(info('Socket', 'TimeoutSec').manPage, 'systemd.socket(5)');
  assert.equal(info('Service', 'TimeoutSec').manPage, 'systemd.service(5)');
});

test('the table matches the size and shape of systemd 257 (1341 section/key pairs)', () => {
  let total = 0;
  for (const section of ALL_SECTIONS) total += sectionDirectives(section).length;
  assert.equal(total, 1341);
  assert.equal(sectionDirectives('Install').length, 6);
  assert.equal(sectionDirectives('Timer').length, 16);
  assert.equal(sectionDirectives('Path').length, 10);
  // ConditionFirmware= has no Assert twin in systemd.
  assert.ok(directiveInfo('Unit', 'ConditionFirmware'));
  assert.equal(directiveInfo('Unit', 'AssertFirmware'), undefined);
  assert.ok(directiveInfo('Unit', 'AssertPathExists'));
  assert.deepEqual(sectionsWithDirective('WantedBy'), ['Install']);
  assert.deepEqual(sectionsWithDirective('TimeoutSec'), ['Service', 'Socket', 'Mount', 'Swap']);
});

test('directives newer than systemd 252 carry the release that added them', () => {
  assert.equal(info('Service', 'Restart').since, undefined);
  assert.equal(info('Service', 'OpenFile').since, 253);
  assert.equal(info('Service', 'RestartSteps').since, 254);
  assert.equal(info('Unit', 'SurviveFinalKillSignal').since, 255);
  assert.equal(info('Unit', 'WantsMountsFor').since, 256);
  assert.equal(info('Service', 'PrivatePIDs').since, 257);
  assert.equal(info('Timer', 'DeferReactivation').since, 257);
  assert.equal(valueSince(info('Service', 'Type'), 'notify-reload'), 253);
  assert.equal(valueSince(info('Service', 'Type'), 'simple'), undefined);
  assert.equal(valueSince(info('Service', 'RestartMode'), 'debug'), 257);
});

test('multi marks lists and repeatable settings; scalars are single-valued', () => {
  for (const [section, key] of [
    ['Service', 'Environment'],
    ['Service', 'EnvironmentFile'],
    ['Service', 'ExecStartPre'],
    ['Service', 'ExecStart'], // repeatable for Type=oneshot
    ['Service', 'ReadWritePaths'],
    ['Service', 'SuccessExitStatus'],
    ['Unit', 'After'],
    ['Unit', 'Wants'],
    ['Unit', 'ConditionPathExists'],
    ['Unit', 'Documentation'],
    ['Install', 'WantedBy'],
    ['Install', 'Alias'],
    ['Socket', 'ListenStream'],
    ['Timer', 'OnCalendar'],
    ['Timer', 'OnBootSec'],
    ['Path', 'PathExists'],
    ['Service', 'DeviceAllow'],
  ] as const) {
    assert.equal(info(section, key).multi, true, `${key}= accumulates`);
  }
  for (const [section, key] of [
    ['Service', 'Type'],
    ['Service', 'Restart'],
    ['Service', 'RestartSec'],
    ['Service', 'User'],
    ['Service', 'WorkingDirectory'],
    ['Service', 'MemoryMax'],
    ['Service', 'KillMode'],
    ['Service', 'StandardOutput'],
    ['Unit', 'Description'],
    ['Unit', 'StartLimitIntervalSec'],
    ['Unit', 'StartLimitBurst'],
    ['Install', 'DefaultInstance'],
    ['Timer', 'Unit'],
    ['Timer', 'Persistent'],
    ['Mount', 'Where'],
  ] as const) {
    assert.equal(info(section, key).multi, false, `${key}= is single-valued`);
  }
});

test('unitTypeOf reads unit files and drop-ins', () => {
  const cases: [string, UnitType | undefined][] = [
    ['web.service', 'service'],
    ['deploy/app@.service', 'service'],
    ['/etc/systemd/system/web.service.d/override.conf', 'service'],
    ['backup.timer', 'timer'],
    ['srv-data.mount', 'mount'],
    ['C:\\units\\web.socket', 'socket'],
    ['web.service.d/notes.txt', undefined],
    ['override.conf', undefined],
    ['README.md', undefined],
    ['Dockerfile', undefined],
  ];
  for (const [path, type] of cases) assert.equal(unitTypeOf(path), type, path);
});

test('SD003 data: deprecated directives and their replacements', () => {
  const byKey = new Map(deprecatedDirectives().map((d) => [`${d.section}.${d.name}`, d]));
  const expected: [string, string][] = [
    ['Service.MemoryLimit', 'MemoryMax='],
    ['Service.CPUShares', 'CPUWeight='],
    ['Service.StartupCPUShares', 'StartupCPUWeight='],
    ['Service.BlockIOWeight', 'IOWeight='],
    ['Service.BlockIOAccounting', 'IOAccounting='],
    ['Service.BlockIODeviceWeight', 'IODeviceWeight='],
    ['Service.BlockIOReadBandwidth', 'IOReadBandwidthMax='],
    ['Service.BlockIOWriteBandwidth', 'IOWriteBandwidthMax='],
    ['Service.StartupBlockIOWeight', 'StartupIOWeight='],
    ['Slice.MemoryLimit', 'MemoryMax='],
    ['Service.StartLimitInterval', '[Unit] StartLimitIntervalSec='],
    ['Service.StartLimitBurst', '[Unit] StartLimitBurst='],
    ['Unit.StartLimitInterval', 'StartLimitIntervalSec='],
    ['Service.ReadWriteDirectories', 'ReadWritePaths='],
    ['Unit.BindTo', 'BindsTo='],
  ];
  for (const [key, replacement] of expected) {
    assert.equal(byKey.get(key)?.deprecated?.replacement, replacement, key);
  }
  assert.ok(byKey.get('Service.PermissionsStartOnly')?.deprecated?.replacement?.includes('"+"'));
  assert.equal(byKey.get('Service.Capabilities')?.deprecated?.ignored, true);
  // In [Unit] these are the right place, not deprecated.
  assert.equal(info('Unit', 'StartLimitBurst').deprecated, undefined);
  assert.equal(info('Unit', 'StartLimitIntervalSec').deprecated, undefined);
  assert.equal(info('Service', 'MemoryMax').deprecated, undefined);
  // Deprecated values.
  assert.equal(deprecatedValue(info('Service', 'KillMode'), 'none')?.replacement, 'KillMode=mixed');
  assert.equal(deprecatedValue(info('Service', 'KillMode'), 'mixed'), undefined);
  assert.equal(deprecatedValue(info('Service', 'StandardOutput'), 'syslog')?.replacement, 'journal');
  assert.equal(deprecatedValue(info('Service', 'StandardError'), 'syslog+console')?.replacement, 'journal+console');
  assert.equal(deprecatedValue(info('Service', 'StandardOutput'), 'journal'), undefined);
  assert.equal(deprecatedValue(info('Service', 'Restart'), 'always'), undefined);
});

test('oomd settings are marked as ignored outside services, slices and scopes', () => {
  assert.match(info('Socket', 'ManagedOOMSwap').unsupported ?? '', /service, slice and scope/);
  assert.equal(info('Service', 'ManagedOOMSwap').unsupported, undefined);
  assert.equal(info('Slice', 'ManagedOOMMemoryPressure').unsupported, undefined);
});

// ---------------------------------------------------------------------------------------------
// Values

test('every enum value of every directive is accepted; wrong case and junk are not', () => {
  let checked = 0;
  for (const section of ALL_SECTIONS) {
    for (const d of sectionDirectives(section)) {
      if (d.value.kind !== 'enum') continue;
      for (const value of d.value.values) {
        assert.equal(validateValue(d, value), undefined, `[${section}] ${d.name}=${value}`);
        assert.equal(validateValue(d, `  ${value}\t`), undefined, 'surrounding blanks are stripped');
        assert.ok(validateValue(d, value.toUpperCase()), `[${section}] ${d.name}=${value.toUpperCase()} (case-sensitive)`);
        checked++;
      }
      assert.ok(validateValue(d, 'bogus'), `[${section}] ${d.name}=bogus`);
      assert.equal(validateValue(d, 'yes') === undefined, d.value.boolean === true, `${d.name}=yes`);
    }
  }
  assert.ok(checked > 200, `checked ${checked} enum values`);
});

test('Type=, Restart= and KillMode= values', () => {
  for (const type of SERVICE_TYPES) valid('Service', 'Type', type);
  for (const bad of ['Simple', 'daemon', 'notify_reload', 'fork', 'one-shot']) invalid('Service', 'Type', bad);
  for (const restart of RESTART_VALUES) valid('Service', 'Restart', restart);
  for (const bad of ['yes', 'true', 'on_failure', 'onfailure', 'Always', 'never']) invalid('Service', 'Restart', bad);
  invalid('Service', 'Restart', 'alwys', /did you mean "always"/);
  invalid('Service', 'Restart', 'always # restart it', /no trailing comments/);
  for (const mode of KILL_MODES) valid('Service', 'KillMode', mode);
  for (const bad of ['cgroup', 'Mixed', 'all']) invalid('Service', 'KillMode', bad);
  for (const mode of KILL_MODES) valid('Scope', 'KillMode', mode);
});

test('StandardOutput=, StandardError= and StandardInput= values', () => {
  for (const key of ['StandardOutput', 'StandardError']) {
    for (const word of OUTPUT_KEYWORDS) valid('Service', key, word);
    for (const ok of ['file:/var/log/app.log', 'append:/var/log/app.log', 'truncate:/tmp/x', 'fd:stdout', 'fd:']) {
      valid('Service', key, ok);
    }
    invalid('Service', key, 'Journal', /did you mean "journal"/);
    invalid('Service', key, 'jornal', /did you mean "journal"/);
    invalid('Service', key, 'file:relative/app.log', /absolute path/);
    invalid('Service', key, 'file:', /absolute path/);
    invalid('Service', key, 'file', /needs a path/);
    invalid('Service', key, 'append', /needs a path/);
    invalid('Service', key, 'fd:a:b', /file descriptor name/);
    invalid('Service', key, 'tty-force');
    invalid('Service', key, 'data');
    invalid('Service', key, 'stdout:/x');
  }
  for (const word of INPUT_KEYWORDS) valid('Service', 'StandardInput', word);
  valid('Service', 'StandardInput', 'file:/dev/console');
  valid('Service', 'StandardInput', 'fd:input');
  for (const bad of ['inherit', 'journal', 'append:/x', 'truncate:/x', 'kmsg', 'file:x']) {
    invalid('Service', 'StandardInput', bad);
  }
  valid('Socket', 'StandardOutput', 'journal');
  valid('Mount', 'StandardError', 'kmsg+console');
});

test('booleans: systemd words in any case', () => {
  for (const word of ['1', 'yes', 'y', 'true', 't', 'on', 'YES', 'Yes', 'On', 'T', 'TRUE']) {
    assert.equal(parseBoolean(word), true, word);
    valid('Service', 'RemainAfterExit', word);
  }
  for (const word of ['0', 'no', 'n', 'false', 'f', 'off', 'NO', 'Off', 'F', 'False']) {
    assert.equal(parseBoolean(word), false, word);
    valid('Service', 'NoNewPrivileges', word);
  }
  for (const bad of ['2', 'maybe', 'ja', 'enable', 'enabled', 'yes # comment', 'yess', '-1', 'none']) {
    assert.equal(parseBoolean(bad), undefined, bad);
    invalid('Service', 'PrivateTmp', bad);
    invalid('Timer', 'Persistent', bad, /boolean/);
  }
  // Booleans that also take keywords.
  valid('Service', 'ProtectSystem', 'strict');
  valid('Service', 'ProtectSystem', 'true');
  valid('Service', 'ProtectHome', 'read-only');
  valid('Service', 'PrivateTmp', 'disconnected');
  valid('Service', 'RuntimeDirectoryPreserve', 'restart');
  invalid('Service', 'ProtectSystem', 'Strict', /did you mean "strict"/);
  invalid('Service', 'ProtectHome', 'readonly', /did you mean "read-only"/);
});

test('time spans: systemd.time(7) syntax', () => {
  const good: [string, number][] = [
    ['10', 10_000],
    ['10s', 10_000],
    ['10 seconds', 10_000],
    ['1 second', 1000],
    ['5min 20s', 320_000],
    ['1h30m', 5_400_000],
    ['100ms', 100],
    ['2.5s', 2500],
    ['.5s', 500],
    ['1us', 0.001],
    ['1μs', 0.001],
    ['1µs', 0.001],
    ['1usec', 0.001],
    ['1msec', 1],
    ['2 h', 7_200_000],
    ['2hours', 7_200_000],
    ['48hr', 172_800_000],
    ['1d', 86_400_000],
    ['2 weeks', 1_209_600_000],
    ['1M', 2_629_800_000],
    ['1 month', 2_629_800_000],
    ['1y', 31_557_600_000],
    ['55s500ms', 55_500],
    ['300ms20s 5day', 432_020_300],
    ['5sec5', 10_000], // a bare number after a unit is in seconds again
    ['12.34s.56', 12_900],
    ['+5', 5000],
    ['0', 0],
    ['007', 7000],
    ['  5s  ', 5000],
  ];
  for (const [text, ms] of good) {
    const got = timespanToMs(text);
    assert.ok(got !== undefined, `${JSON.stringify(text)} should parse`);
    assert.ok(Math.abs(got - ms) < 1e-9, `${JSON.stringify(text)}: ${got} ms, want ${ms} ms`);
    valid('Service', 'RestartSec', text);
  }
  assert.equal(timespanToMs('infinity'), Infinity);
  assert.equal(timespanToMs(' infinity '), Infinity);
  const bad = [
    '10x', '-1', '- 1', '-0', '1s-1s', '5.', '5.s', '.', '1.5.5s', '5 mins', '5S', '5 Min', 'Infinity', 'inf',
    'infinity s', '5s infinity', '1e3', '0x10', '1,5s', '1_000', '5s,', '++5', '+ 5', '+.5', '1ns', 'five',
    '99999999999999999999', '584543y', 's', '',
  ];
  for (const text of bad) assert.equal(parseTimespanUs(text), undefined, JSON.stringify(text));
  for (const text of bad.filter((t) => t !== '')) invalid('Service', 'RestartSec', text);
  invalid('Service', 'RestartSec', '-1', /negative/);
  invalid('Service', 'WatchdogSec', '10x', /time span/);
  // Every time-span directive accepts infinity, as systemd's parse_sec() does.
  for (const [section, key] of [
    ['Service', 'TimeoutStartSec'],
    ['Service', 'TimeoutStopSec'],
    ['Service', 'RuntimeMaxSec'],
    ['Service', 'RestartSec'],
    ['Unit', 'JobTimeoutSec'],
    ['Unit', 'StartLimitIntervalSec'],
    ['Timer', 'OnActiveSec'],
    ['Socket', 'TimeoutSec'],
    ['Automount', 'TimeoutIdleSec'],
  ] as const) {
    valid(section, key, 'infinity');
  }
  // TimerSlackNSec= counts in nanoseconds and knows ns.
  assert.equal(parseTimespanUs('5', 'ns'), 0.005);
  assert.equal(parseTimespanUs('5ns', 'ns'), 0.005);
  valid('Service', 'TimerSlackNSec', '50ns');
  valid('Service', 'TimerSlackNSec', '1ms');
  invalid('Service', 'TimerSlackNSec', '5xs');
});

test('empty values reset and dynamic values are not judged', () => {
  for (const [section, key] of [
    ['Service', 'Restart'],
    ['Service', 'RestartSec'],
    ['Service', 'PrivateTmp'],
    ['Service', 'StandardOutput'],
    ['Service', 'Type'],
  ] as const) {
    valid(section, key, '');
    valid(section, key, '   ');
    valid(section, key, '%i');
    valid(section, key, '${MODE}');
    valid(section, key, '$MODE');
  }
  valid('Service', 'StandardOutput', 'file:%h/log');
  // Kinds that are not checked accept anything.
  valid('Service', 'ExecStart', 'anything && goes');
  valid('Service', 'MemoryMax', '2G');
  valid('Unit', 'After', 'network-online.target');
});

test('validateValue never throws, whatever the input', () => {
  const inputs = ['', '\u0000', '\uffff', '\ud800', '='.repeat(1000), '9'.repeat(400), '.'.repeat(50), 'file:', 'fd:\n'];
  for (const section of ALL_SECTIONS) {
    for (const d of sectionDirectives(section)) {
      for (const input of inputs) {
        const result = validateValue(d, input);
        assert.ok(result === undefined || typeof result === 'string');
      }
    }
  }
});

// ---------------------------------------------------------------------------------------------
// Suggestions

test('edit distance counts swaps of neighbours as one edit', () => {
  assert.equal(editDistance('ExecStrat', 'ExecStart'), 1);
  assert.equal(editDistance('abc', 'abc'), 0);
  assert.equal(editDistance('', 'abc'), 3);
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('ca', 'abc'), 3); // optimal string alignment, not unrestricted
  assert.equal(closestMatch('Typ', ['Type', 'Types']), 'Type');
  assert.equal(closestMatch('Tpe', ['User']), undefined);
  assert.equal(closestMatch('Usr', ['User']), 'User');
  assert.equal(closestMatch('Ur', ['User']), undefined, 'short words allow one edit only');
});

test('suggestions for unknown directives', () => {
  assert.deepEqual(suggestDirective('Service', 'ExecStrat'), {
    reason: 'typo',
    name: 'ExecStart',
    section: 'Service',
    message: 'did you mean `ExecStart=`?',
  });
  const lower = suggestDirective('Service', 'restart');
  assert.equal(lower?.reason, 'case');
  assert.equal(lower?.name, 'Restart');
  assert.match(lower?.message ?? '', /case-sensitive/);
  assert.equal(suggestDirective('Service', 'execstartpre')?.name, 'ExecStartPre');

  const wantedBy = suggestDirective('Service', 'WantedBy', 'service');
  assert.equal(wantedBy?.reason, 'section');
  assert.equal(wantedBy?.section, 'Install');
  assert.equal(wantedBy?.message, '`WantedBy=` belongs in [Install]');
  assert.equal(suggestDirective('Service', 'StartLimitIntervalSec')?.section, 'Unit');
  assert.equal(suggestDirective('Unit', 'Restart', 'service')?.section, 'Service');
  assert.equal(suggestDirective('Install', 'Description', 'timer')?.section, 'Unit');

  const wrongType = suggestDirective('Socket', 'ExecStart', 'socket');
  assert.equal(wrongType?.reason, 'unit-type');
  assert.match(wrongType?.message ?? '', /\[Service\] setting; a \.socket unit/);
  assert.equal(suggestDirective('Timer', 'Restart', 'timer')?.reason, 'unit-type');

  const typoElsewhere = suggestDirective('Service', 'WantdBy', 'service');
  assert.equal(typoElsewhere?.name, 'WantedBy');
  assert.equal(typoElsewhere?.section, 'Install');

  assert.equal(suggestDirective('Service', 'Enviroment')?.name, 'Environment');
  assert.equal(suggestDirective('Unit', 'Descripton')?.name, 'Description');
  assert.equal(suggestDirective('Timer', 'OnCalender')?.name, 'OnCalendar');
  assert.equal(suggestDirective('Unit', 'StartLimitBrust')?.name, 'StartLimitBurst');
  assert.equal(suggestDirective('Service', 'Typ')?.name, 'Type');

  assert.equal(suggestDirective('Service', 'Restart'), undefined, 'known keys get no suggestion');
  assert.equal(suggestDirective('Service', 'X-Custom'), undefined, 'X- keys are extensions');
  assert.equal(suggestDirective('Service', 'Frobnicate'), undefined, 'nothing near');
});

test('suggestions never point at removed directives', () => {
  // Capabilities= is parsed but ignored; a typo near it must not be steered there.
  assert.notEqual(suggestDirective('Service', 'Capabilitie')?.name, 'Capabilities');
});

test('suggestions for unknown sections', () => {
  assert.equal(suggestSection('Service', 'service'), undefined);
  assert.equal(suggestSection('X-Vendor', 'service'), undefined);
  assert.equal(suggestSection('service', 'service')?.name, 'Service');
  assert.equal(suggestSection('service', 'service')?.reason, 'case');
  assert.equal(suggestSection('Serivce', 'service')?.name, 'Service');
  assert.equal(suggestSection('Instal')?.name, 'Install');
  const wrong = suggestSection('Service', 'socket');
  assert.equal(wrong?.reason, 'wrong-type');
  assert.match(wrong?.message ?? '', /\[Unit\], \[Socket\], \[Install\]/);
  assert.equal(suggestSection('Frobnicate', 'service'), undefined);
});

// ---------------------------------------------------------------------------------------------
// Ground truth: the units Debian ships

const UNIT_DIRS = ['/lib/systemd/system', '/etc/systemd/system'];
const UNIT_FILE = /\.(service|socket|timer|path|mount)$/;

interface Assignment {
  file: string;
  line: number;
  section: string;
  key: string;
  value: string;
}

/** A small reader for unit files: sections, comments, key=value, backslash continuations. */
function readUnit(file: string, text: string): Assignment[] {
  const out: Assignment[] = [];
  const lines = text.split(/\r?\n/);
  let section = '';
  for (let i = 0; i < lines.length; i++) {
    const start = i + 1;
    let line = (lines[i] ?? '').trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    while (line.endsWith('\\') && i + 1 < lines.length) {
      const next = (lines[++i] ?? '').trim();
      if (next.startsWith('#') || next.startsWith(';')) continue;
      line = `${line.slice(0, -1)} ${next}`;
    }
    if (line.startsWith('[')) {
      section = line.slice(1, line.indexOf(']'));
      continue;
    }
    const eq = line.indexOf('=');
    if (eq < 0) continue;
    out.push({ file, line: start, section, key: line.slice(0, eq).trim(), value: line.slice(eq + 1).trim() });
  }
  return out;
}

function unitFiles(): string[] {
  const found = new Set<string>();
  const visit = (dir: string): void => {
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry);
      let real: string;
      try {
        real = realpathSync(path);
        if (statSync(real).isDirectory()) {
          if (entry.endsWith('.d') || entry.endsWith('.wants') || entry.endsWith('.requires')) visit(path);
          continue;
        }
      } catch {
        continue; // dangling symlink (masked unit) or unreadable
      }
      const isDropIn = dir.endsWith('.d') && entry.endsWith('.conf');
      if (UNIT_FILE.test(entry) || isDropIn) found.add(real);
    }
  };
  for (const dir of UNIT_DIRS) visit(dir);
  return [...found].sort();
}

test('every directive in the units on this machine is known, valid and not set twice', (t) => {
  const dirs = UNIT_DIRS.filter((dir) => existsSync(dir));
  if (dirs.length === 0) {
    t.skip(`none of ${UNIT_DIRS.join(', ')} exists on this machine; install Debian's systemd to run this check`);
    return;
  }
  const files = unitFiles();
  if (files.length === 0) {
    t.skip(`no unit files under ${dirs.join(', ')}`);
    return;
  }
  const problems: string[] = [];
  let directives = 0;
  for (const file of files) {
    const type = unitTypeOf(file) ?? 'service';
    const seen = new Map<string, number>();
    let lastSection = '';
    for (const a of readUnit(file, readFileSync(file, 'utf8'))) {
      if (a.section !== lastSection) {
        seen.clear();
        lastSection = a.section;
      }
      directives++;
      if (a.section.startsWith('X-') || a.key.startsWith('X-')) continue;
      if (!isKnownSection(a.section, type)) {
        problems.push(`${a.file}:${a.line}: unknown section [${a.section}] in a .${type} unit`);
        continue;
      }
      const d = directiveInfo(a.section, a.key);
      if (d === undefined) {
        problems.push(`${a.file}:${a.line}: unknown directive [${a.section}] ${a.key}=`);
        continue;
      }
      const error = validateValue(d, a.value);
      if (error !== undefined) problems.push(`${a.file}:${a.line}: ${error}`);
      if (!d.multi && a.value !== '') {
        const first = seen.get(a.key);
        if (first !== undefined) problems.push(`${a.file}:${a.line}: ${a.key}= already set on line ${first}`);
        seen.set(a.key, a.line);
      }
    }
  }
  t.diagnostic(`checked ${files.length} unit files and drop-ins, ${directives} directives`);
  assert.deepEqual(problems, []);
  assert.ok(directives > 0);
});

// ---------------------------------------------------------------------------------------------
// Differential check against systemd's own parser, when it is installed

test('time spans agree with `systemd-analyze timespan`', (t) => {
  const probe = spawnSync('systemd-analyze', ['timespan', '1s'], { encoding: 'utf8' });
  if (probe.error !== undefined || probe.status !== 0) {
    t.skip('systemd-analyze is not installed; the fixed cases above still run');
    return;
  }
  const samples = [
    '10', '10s', '5min 20s', '1h30m', 'infinity', '100ms', '2.5s', '.5s', '5.', '1.5.5s', '10x', '5 mins',
    '1 .5s', '12.34s.56', '5sec5', '+5', '++5', '+.5', '1M', '1m', '5S', '1y 12month', '3 days 4 hours',
    '1µs', '1μs', '1ns', '0', '007', 'infinity s', ' 5s ', '1e3', '5s,', '2hours', '48hr', '5 5', '1hr',
  ];
  for (const text of samples) {
    const run = spawnSync('systemd-analyze', ['timespan', '--', text], { encoding: 'utf8' });
    const accepted = run.status === 0;
    const mine = parseTimespanUs(text);
    assert.equal(mine !== undefined, accepted, `${JSON.stringify(text)}: systemd ${accepted ? 'accepts' : 'refuses'} it`);
    const us = /μs: (\d+)/.exec(run.stdout)?.[1];
    if (accepted && mine !== Infinity && us !== undefined) {
      assert.ok(Math.abs((mine ?? NaN) - Number(us)) <= Math.max(1, Number(us) * 1e-12), `${JSON.stringify(text)}: ${mine} vs ${us}`);
    }
  }
});
