import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dependencies } from '../src/compose/depends-on.js';
import { allInterfaces, parseShortPort, servicePorts } from '../src/compose/ports.js';
import { inDevProfile } from '../src/compose/services.js';
import { parseShortVolume, serviceVolumes } from '../src/compose/volumes.js';
import { parseCompose } from '../src/parse/compose.js';
import { SourceFile } from '../src/source.js';

function compose(text: string) {
  const doc = parseCompose(new SourceFile('compose.yaml', '', text), 'production');
  return { doc, text, service: (name: string) => doc.tree.services.find((s) => s.name === name)! };
}

test('short port syntax', () => {
  const p = (t: string) => parseShortPort(t);
  assert.deepEqual(p('5432'), { hostIpUnknown: false, target: [5432, 5432] });
  assert.deepEqual(p('8080:80'), { hostIpUnknown: false, published: '8080', target: [80, 80] });
  assert.deepEqual(p('127.0.0.1:5432:5432'), { hostIpUnknown: false, hostIp: '127.0.0.1', published: '5432', target: [5432, 5432] });
  assert.deepEqual(p('[::1]:5432:5432/tcp'), { hostIpUnknown: false, hostIp: '::1', published: '5432', target: [5432, 5432], protocol: 'tcp' });
  assert.deepEqual(p('9090-9091:8080-8081'), { hostIpUnknown: false, published: '9090-9091', target: [8080, 8081] });
  assert.deepEqual(p('6060:6060/udp')?.protocol, 'udp');
  assert.deepEqual(p('${PG_PORT:-5432}:5432'), { hostIpUnknown: false, published: '${PG_PORT:-5432}', target: [5432, 5432] });
  assert.equal(p('${BIND:-127.0.0.1}:5432:5432')?.hostIp, '127.0.0.1');
  assert.equal(p('${BIND}:5432:5432')?.hostIpUnknown, true);
  assert.equal(p('::1:6000:6000')?.hostIp, '::1', 'unbracketed IPv6 host');
  assert.equal(p('${TARGET}')?.target, undefined);
  assert.ok(allInterfaces({ hostIpUnknown: false }));
  assert.ok(allInterfaces({ hostIpUnknown: false, hostIp: '0.0.0.0' }));
  assert.ok(allInterfaces({ hostIpUnknown: false, hostIp: '::' }));
  assert.ok(!allInterfaces({ hostIpUnknown: false, hostIp: '127.0.0.1' }));
  assert.ok(!allInterfaces({ hostIpUnknown: true }));
});

test('ports: both syntaxes with anchors', () => {
  const c = compose('services:\n  db:\n    image: postgres\n    ports:\n      - "5432:5432"\n      - 6379\n      - target: 5432\n        published: "15432"\n        host_ip: 0.0.0.0\n');
  const ports = servicePorts(c.doc.tree.yaml, c.service('db'));
  assert.equal(ports.length, 3);
  assert.equal(c.text.slice(ports[0]!.anchor.start, ports[0]!.anchor.end), '"5432:5432"');
  assert.deepEqual(ports[1]!.target, [6379, 6379]);
  assert.deepEqual([ports[2]!.hostIp, ports[2]!.published, ports[2]!.target], ['0.0.0.0', '15432', [5432, 5432]]);
  assert.equal(c.text.slice(ports[2]!.anchor.start, ports[2]!.anchor.end), 'target: 5432\n        published: "15432"');
});

test('short volume syntax', () => {
  assert.deepEqual(parseShortVolume('./src:/app/src:ro,z'), { type: 'bind', source: './src', target: '/app/src', readOnly: true });
  assert.deepEqual(parseShortVolume('data:/var/lib/postgresql/data'), { type: 'volume', source: 'data', target: '/var/lib/postgresql/data', readOnly: false });
  assert.deepEqual(parseShortVolume('/var/lib/data'), { type: 'volume', target: '/var/lib/data', readOnly: false });
  assert.deepEqual(parseShortVolume('${PWD}:/app'), { type: 'bind', source: '${PWD}', target: '/app', readOnly: false });
  assert.deepEqual(parseShortVolume('${DATA_DIR:-./data}:/data'), { type: 'bind', source: '${DATA_DIR:-./data}', target: '/data', readOnly: false });
  assert.deepEqual(parseShortVolume('C:\\code:/app'), { type: 'bind', source: 'C:\\code', target: '/app', readOnly: false });
  assert.deepEqual(parseShortVolume('~/.aws:/root/.aws:ro'), { type: 'bind', source: '~/.aws', target: '/root/.aws', readOnly: true });
});

test('volumes: long syntax and anchors', () => {
  const c = compose('services:\n  app:\n    image: x\n    volumes:\n      - .:/app\n      - type: bind\n        source: /var/run/docker.sock\n        target: /var/run/docker.sock\n        read_only: true\n');
  const [short, long] = serviceVolumes(c.doc.tree.yaml, c.service('app'));
  assert.equal(c.text.slice(short!.anchor.start, short!.anchor.end), '.:/app');
  assert.deepEqual([long!.type, long!.source, long!.target, long!.readOnly], ['bind', '/var/run/docker.sock', '/var/run/docker.sock', true]);
  assert.equal(c.text.slice(long!.anchor.start, long!.anchor.end), 'type: bind\n        source: /var/run/docker.sock');
});

test('depends_on: short and long syntax', () => {
  const c = compose('services:\n  a:\n    image: x\n    depends_on: [db, cache]\n  b:\n    image: x\n    depends_on:\n      db:\n        condition: service_healthy\n      queue:\n        restart: true\n');
  const a = dependencies(c.doc.tree.yaml, c.service('a'));
  assert.deepEqual(a.map((d) => [d.name, d.short, d.condition]), [['db', true, undefined], ['cache', true, undefined]]);
  const b = dependencies(c.doc.tree.yaml, c.service('b'));
  assert.deepEqual(b.map((d) => [d.name, d.short, d.condition]), [['db', false, 'service_healthy'], ['queue', false, undefined]]);
  assert.equal(c.text.slice(b[0]!.conditionSpan!.start, b[0]!.conditionSpan!.end), 'service_healthy');
});

test('development profiles', () => {
  const c = compose('services:\n  a:\n    image: x\n    profiles: [debug, tools]\n  b:\n    image: x\n    profiles: [debug, prod]\n  c:\n    image: x\n');
  const y = c.doc.tree.yaml;
  assert.deepEqual(['a', 'b', 'c'].map((n) => inDevProfile(y, c.service(n))), [true, false, false]);
});
