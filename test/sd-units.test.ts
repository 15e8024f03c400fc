/**
 * The systemd helpers behind the SD rules: unit names, a unit seen with its drop-ins, what starts
 * it, application vs system services, clients vs servers, Exec line shell syntax, empty values.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFacts } from '../src/carriers/index.js';
import { parseSystemd, type UnitTree } from '../src/parse/systemd.js';
import { buildProject, type ProjectFile, type ProjectModel } from '../src/project.js';
import { SourceFile } from '../src/source.js';
import { emptyValueRefused } from '../src/systemd/empty-values.js';
import { execLine, runsShellScript, shellSyntax } from '../src/systemd/exec-line.js';
import { nameWords, networkRole } from '../src/systemd/network-role.js';
import { commandKind, isOsPlumbing, isUserUnit, locationOf, serviceKind, startCommands } from '../src/systemd/service-program.js';
import { definingUnit, unitName } from '../src/systemd/unit-name.js';
import {
  activationsOf,
  assignments,
  declaresOwnSocket,
  effectiveValue,
  isTemplated,
  listWords,
  serviceType,
  unitView,
  type UnitView,
} from '../src/systemd/units.js';
import type { Document } from '../src/types.js';

/** A project of in-memory unit files, parsed and with their facts, as the engine builds it. */
async function project(files: Record<string, string>): Promise<ProjectModel> {
  const list: ProjectFile[] = [];
  for (const [rel, text] of Object.entries(files)) {
    const source = new SourceFile(rel, '', text);
    const doc = parseSystemd(source, 'production');
    list.push({ rel, abs: '', kind: 'systemd', environment: 'production', source, doc, facts: await extractFacts(doc) });
  }
  return buildProject('/nowhere', list);
}

function viewOf(model: ProjectModel, rel: string): UnitView {
  const view = unitView(model.byPath.get(rel)!.doc as Document, model);
  assert.ok(view, rel);
  return view;
}

const SERVICE = (body: string) => `[Unit]\nDescription=x\n\n[Service]\n${body}\n`;

test('unit names: plain units, templates, instances and drop-ins', () => {
  assert.deepEqual(unitName('deploy/web.service'), { unit: 'web.service', type: 'service', dropIn: false, template: false, instance: false, prefix: 'web', dir: 'deploy' });
  assert.deepEqual(unitName('web@.service'), { unit: 'web@.service', type: 'service', dropIn: false, template: true, instance: false, prefix: 'web', dir: '' });
  assert.equal(unitName('web@blue.service').instance, true);
  assert.deepEqual(unitName('etc/web.service.d/10-override.conf'), { unit: 'web.service', type: 'service', dropIn: true, template: false, instance: false, prefix: 'web', dir: 'etc' });
  assert.equal(unitName('app.socket').type, 'socket');
  assert.equal(definingUnit('web@blue.service'), 'web@.service');
  assert.equal(definingUnit('web.service'), 'web.service');
});

test('a unit is seen with its drop-ins, in file-name order, and empty assignments reset', async () => {
  const model = await project({
    'app.service': SERVICE('ExecStart=/opt/app/bin/app\nRestart=always\nEnvironment=A=1'),
    'app.service.d/20-late.conf': '[Service]\nRestart=on-failure\n',
    'app.service.d/10-early.conf': '[Service]\nRestart=no\nEnvironment=\nEnvironment=B=2\n',
    'other/app.service.d/x.conf': '[Service]\nUser=nobody\n',
  });
  const view = viewOf(model, 'app.service');
  assert.deepEqual(view.parts.map((p) => p.file.rel), ['app.service', 'app.service.d/10-early.conf', 'app.service.d/20-late.conf', 'other/app.service.d/x.conf']);
  assert.equal(effectiveValue(view, 'Service', 'Restart'), 'on-failure');
  assert.deepEqual(assignments(view, ['Service'], ['Environment']).map((s) => s.directive.value.text), ['B=2']);
  // From a drop-in, the view is the same unit.
  assert.deepEqual(viewOf(model, 'app.service.d/20-late.conf').parts.map((p) => p.file.rel), view.parts.map((p) => p.file.rel));
});

test('a drop-in whose unit is not in the project is seen alone', async () => {
  const model = await project({ 'nginx.service.d/limits.conf': '[Service]\nLimitNOFILE=65536\n', 'other.service': SERVICE('ExecStart=/bin/true') });
  const view = viewOf(model, 'nginx.service.d/limits.conf');
  assert.equal(view.main, undefined);
  assert.deepEqual(view.parts.map((p) => p.file.rel), ['nginx.service.d/limits.conf']);
});

test('when several units share a name, a drop-in belongs to the one beside its directory', async () => {
  const model = await project({
    'staging/app.service': SERVICE('ExecStart=/bin/true'),
    'prod/app.service': SERVICE('ExecStart=/bin/true'),
    'prod/app.service.d/restart.conf': '[Service]\nRestart=always\n',
  });
  assert.equal(effectiveValue(viewOf(model, 'prod/app.service'), 'Service', 'Restart'), 'always');
  assert.equal(effectiveValue(viewOf(model, 'staging/app.service'), 'Service', 'Restart'), undefined);
});

test('what starts a unit: timers, sockets, paths, Unit=/Service= and pulling dependencies', async () => {
  const model = await project({
    'report.service': SERVICE('ExecStart=/opt/r'),
    'report.timer': '[Timer]\nOnCalendar=daily\n',
    'echo@.service': SERVICE('ExecStart=/opt/e'),
    'echo.socket': '[Socket]\nListenStream=7\nAccept=yes\n',
    'sync.service': SERVICE('ExecStart=/opt/s'),
    'watch.path': '[Path]\nPathChanged=/srv/in\nUnit=sync.service\n',
    'worker@.service': SERVICE('ExecStart=/opt/w %i'),
    'app.service': '[Unit]\nWants=worker@1.service worker@2.service\n[Service]\nExecStart=/opt/a\n',
    'lonely.service': SERVICE('ExecStart=/opt/l'),
  });
  const how = (rel: string) => activationsOf(viewOf(model, rel), model).map((a) => a.how);
  assert.deepEqual(how('report.service'), ['report.timer']);
  assert.deepEqual(how('echo@.service'), ['echo.socket']);
  assert.deepEqual(how('sync.service'), ['Unit= in watch.path']);
  assert.deepEqual(how('worker@.service'), ['Wants= in app.service', 'Wants= in app.service']);
  assert.deepEqual(how('lonely.service'), []);
});

test('Type= as systemd resolves it, own sockets, list words and templates', async () => {
  const model = await project({
    'a.service': SERVICE('ExecStart=/bin/true'),
    'b.service': SERVICE('BusName=org.example.B\nExecStart=/bin/true'),
    'c.service': SERVICE('ExecStartPre=/bin/true'),
    'd.service': '[Unit]\nRequires=d.socket\nAfter=network.target \\\n  redis.service\n[Service]\nExecStart=/bin/true\n',
  });
  assert.equal(serviceType(viewOf(model, 'a.service')), 'simple');
  assert.equal(serviceType(viewOf(model, 'b.service')), 'dbus');
  assert.equal(serviceType(viewOf(model, 'c.service')), 'oneshot');
  assert.equal(declaresOwnSocket(viewOf(model, 'd.service')), true);
  assert.equal(declaresOwnSocket(viewOf(model, 'a.service')), false);
  assert.deepEqual(listWords(viewOf(model, 'd.service'), 'Unit', ['After']).map((w) => w.text), ['network.target', 'redis.service']);
  assert.ok(isTemplated('{{ bench_dir }}/logs/web.log') && isTemplated('@bindir@/app') && isTemplated('{% if x %}') && isTemplated('{install_prefix}/bin/hub'));
  assert.ok(!isTemplated('/var/log/app.log') && !isTemplated('user@example.com') && !isTemplated('/bin/kill -HUP $MAINPID') && !isTemplated('${HOME}/bin') && !isTemplated('find . -exec rm {} +'));
});

test('where a program lives: application, system or unknown', () => {
  assert.equal(locationOf('/opt/bot/run.sh'), 'application');
  assert.equal(locationOf('/v3/start_all_services.sh'), 'application');
  assert.equal(locationOf('/usr/local/bin/tgbot'), 'application');
  assert.equal(locationOf('/home/pi/bot.py'), 'application');
  assert.equal(locationOf('./run'), 'application');
  assert.equal(locationOf('/usr/sbin/nginx'), 'system');
  assert.equal(locationOf('/lib/systemd/systemd-journald'), 'system');
  assert.equal(locationOf('/var/lib/app/bin/x'), 'unknown');
  assert.equal(locationOf('dockerd'), 'unknown');
});

test('application or system service, from what ExecStart= runs', async () => {
  const model = await project({
    'bot.service': SERVICE('ExecStart=/usr/bin/python3 /opt/bot/main.py'),
    'mod.service': SERVICE('ExecStart=/usr/bin/python3 -m mybot'),
    'distro.service': SERVICE('ExecStart=/usr/bin/python3 /usr/lib/foo/daemon.py'),
    'nginx.service': SERVICE('ExecStart=/usr/sbin/nginx -g "daemon off;"'),
    'gunicorn.service': SERVICE('ExecStart=/usr/bin/gunicorn app:app'),
    'shell.service': SERVICE("ExecStart=/bin/sh -c 'exec /srv/app/run --port 80'"),
    'tools.service': SERVICE("ExecStart=/bin/bash -c 'inotifywait /run/x; systemctl reboot'"),
    'journal.service': '[Unit]\nDefaultDependencies=no\n[Service]\nExecStart=/opt/x\n',
    'seed.service': SERVICE('ExecStart=/bin/bash /v3/start_all_services.sh'),
  });
  const kind = (rel: string) => serviceKind(viewOf(model, rel), model);
  assert.equal(kind('bot.service'), 'application');
  assert.equal(kind('mod.service'), 'application');
  assert.equal(kind('distro.service'), 'system');
  assert.equal(kind('nginx.service'), 'system');
  assert.equal(kind('gunicorn.service'), 'application');
  assert.equal(kind('shell.service'), 'application');
  assert.equal(kind('tools.service'), 'unknown');
  assert.equal(kind('seed.service'), 'application');
  assert.equal(isOsPlumbing(viewOf(model, 'journal.service'), model), true);
  assert.equal(isOsPlumbing(viewOf(model, 'bot.service'), model), false);
  assert.deepEqual(startCommands(viewOf(model, 'shell.service'), model).map((c) => c.argv[0]?.value), ['/bin/sh', '/srv/app/run']);
  assert.equal(commandKind(startCommands(viewOf(model, 'bot.service'), model)[0]!), 'application');
});

test('user units run as their user', async () => {
  const model = await project({
    'contrib/user/sync.service': SERVICE('ExecStart=/home/me/bin/sync'),
    'desktop.service': `${SERVICE('ExecStart=/opt/d')}[Install]\nWantedBy=default.target\n`,
    'system.service': `${SERVICE('ExecStart=/opt/s')}[Install]\nWantedBy=multi-user.target default.target\n`,
  });
  assert.equal(isUserUnit(viewOf(model, 'contrib/user/sync.service')), true);
  assert.equal(isUserUnit(viewOf(model, 'desktop.service')), true);
  assert.equal(isUserUnit(viewOf(model, 'system.service')), false);
});

test('clients and servers', async () => {
  const model = await project({
    'telegram-bot.service': '[Unit]\nDescription=Telegram Bot V3 Microservices\n[Service]\nExecStart=/bin/bash /v3/start_all_services.sh\n',
    'tasks.service': SERVICE('ExecStart=/opt/app/.venv/bin/celery -A app worker'),
    'api.service': SERVICE('ExecStart=/opt/api/.venv/bin/gunicorn -b 0.0.0.0:8000 api.wsgi'),
    'hook-bot.service': SERVICE('ExecStart=/opt/bot/run --port 8443'),
    'app.service': SERVICE('ExecStart=/opt/app/main.py'),
    'srv-bot.service': SERVICE('ExecStart=/srv/bot/main.py'),
  });
  const role = (rel: string) => networkRole(viewOf(model, rel), model);
  assert.deepEqual(role('telegram-bot.service'), { role: 'client', because: 'telegram' });
  assert.deepEqual(role('tasks.service'), { role: 'client', because: 'celery' });
  assert.equal(role('api.service').role, 'server');
  assert.deepEqual(role('hook-bot.service'), { role: 'server', because: '--port' });
  assert.equal(role('app.service').role, 'unknown');
  assert.equal(role('srv-bot.service').role, 'client', '/srv is a directory, not a server word');
  assert.deepEqual(nameWords('TelegramBot-v3_worker'), ['telegram', 'bot', 'v3', 'worker']);
});

test('shell syntax on Exec lines', async () => {
  const model = await project({
    'x.service': [
      '[Service]',
      'ExecStart=-/opt/run.sh > /var/log/x.log 2>&1',
      'ExecStartPre=/bin/sh -c "test -f /x && touch /y"',
      'ExecStartPost=/usr/bin/grep -E "a|b" /log',
      'ExecStop=/opt/stop 2>>/var/log/err.log',
      'ExecReload=/opt/notify "at $(date)"',
      "ExecStopPost=/opt/literal '$(not expanded by intent)'",
    ].join('\n'),
  });
  const doc = model.byPath.get('x.service')!.doc as Document<UnitTree>;
  const lines = doc.tree.sections[0]!.directives.map(execLine);
  const first = (i: number) => lines[i]!.words.slice(1).map(shellSyntax).find((s) => s !== undefined)?.syntax;
  assert.equal(lines[0]!.prefix, '-');
  assert.equal(lines[0]!.words[0]!.word.value, '/opt/run.sh');
  assert.equal(first(0), '>');
  assert.equal(runsShellScript(lines[1]!), true);
  assert.equal(first(2), undefined, 'quoted pattern');
  assert.equal(first(3), '2>>');
  assert.equal(first(4), '$(…)');
  assert.equal(first(5), undefined, 'single-quoted text is literal on purpose');
  const redirect = lines[3]!.words.slice(1).map(shellSyntax).find((s) => s !== undefined)!;
  assert.equal(doc.source.text.slice(redirect.span.start, redirect.span.end), '2>>');
});

test('empty assignments systemd refuses (measured on systemd 252)', () => {
  assert.equal(emptyValueRefused('Service', 'Restart'), true);
  assert.equal(emptyValueRefused('Service', 'RestartSec'), true);
  assert.equal(emptyValueRefused('Service', 'NoNewPrivileges'), true);
  assert.equal(emptyValueRefused('Unit', 'StartLimitIntervalSec'), true);
  assert.equal(emptyValueRefused('Service', 'ExecStart'), false);
  assert.equal(emptyValueRefused('Service', 'User'), false);
  assert.equal(emptyValueRefused('Service', 'MemoryMax'), false);
  assert.equal(emptyValueRefused('Unit', 'After'), false);
});
