/**
 * The helpers behind the TS rule pack (src/js/client, guards, loops, names, http-clients, servers,
 * shutdown, package-scope): each decision they make, tested on small programs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseTypeScript } from '../src/parse/typescript.js';
import { SourceFile } from '../src/source.js';
import { findAll, resolverFor, type TSESTree } from '../src/js/index.js';
import { isBrowserCode } from '../src/js/client.js';
import { cannotReject, isGuardedAwait, isSleep } from '../src/js/guards.js';
import { isAsyncWorkerLoop } from '../src/js/loops.js';
import { mentionedWords, nameWords } from '../src/js/names.js';
import { httpCall, instanceFactory } from '../src/js/http-clients.js';
import { serverListenCalls } from '../src/js/servers.js';
import { hasShutdownEvidence } from '../src/js/shutdown.js';
import { packageDirOf, packageSources } from '../src/js/package-scope.js';
import { isStalenessCondition } from '../src/js/watchdog.js';

async function program(text: string, path = 'src/app.ts'): Promise<TSESTree.Program> {
  return (await parseTypeScript(new SourceFile(path, '', text), 'production')).tree.program;
}

test('names split into words, so `usage` is not `age` and `restart` is not `start`', async () => {
  assert.deepEqual(nameWords('lastHeartbeatAt'), ['last', 'heartbeat', 'at']);
  assert.deepEqual(nameWords('MAX_IDLE_MS'), ['max', 'idle', 'ms']);
  assert.deepEqual(nameWords('_isStopped'), ['is', 'stopped']);
  assert.deepEqual(nameWords('parseHTTPResponse'), ['parse', 'http', 'response']);
  const p = await program('x = process.memoryUsage().rss > LIMIT && restartCount;\n');
  const words = mentionedWords(p);
  assert.ok(words.has('usage') && words.has('restart'));
  assert.ok(!words.has('age') && !words.has('start'));
});

test('browser code: said, or UI-looking with nothing server-only; SSR and Ink stay server code', async () => {
  const cases: [string, string, boolean][] = [
    ["'use client';\nexport const A = () => null;\n", 'a.tsx', true],
    ["import { useState } from 'react';\nexport function A() { return useState(0); }\n", 'a.ts', true],
    ['export const A = () => <div />;\n', 'a.tsx', true],
    ["document.querySelector('#x');\n", 'a.js', true],
    ["import express from 'express';\nimport { renderToString } from 'react-dom/server';\nrenderToString(<div />);\n", 'a.tsx', false],
    ["import { render, Text } from 'ink';\nrender(<Text>x</Text>);\n", 'a.tsx', false],
    ["import React from 'react';\nprocess.on('exit', () => {});\n", 'a.tsx', false],
    ["const window = makeWindow();\nwindow.open();\n", 'a.ts', false],
    ["import fs from 'node:fs';\nfs.readFileSync('x');\n", 'a.ts', false],
    ['const n = process.env.API_URL;\n', 'a.ts', false],
  ];
  for (const [text, path, expected] of cases) assert.equal(isBrowserCode(await program(text, path)), expected, text);
});

test('sleeps and other awaits that cannot reject', async () => {
  const p = await program(
    [
      'await sleep(1000);',
      'await this.delay(5);',
      'await setTimeout(100);',
      'await new Promise((r) => setTimeout(r, 10));',
      'await new Promise((resolve) => { const t = setTimeout(resolve, 10); t.unref(); });',
      'await new Promise((resolve, reject) => setTimeout(reject, 10));',
      'await Promise.allSettled([a(), b()]);',
      'await Promise.all([a().catch(log), b().catch(log)]);',
      'await Promise.all([a().catch(log), b()]);',
      'await waitFor(ready);',
      'await fetchRows();',
    ].join('\n') + '\n',
    'src/app.mts',
  );
  const awaits = findAll(p, 'AwaitExpression');
  assert.deepEqual(
    awaits.map((a) => cannotReject(a.argument)),
    [true, true, true, true, true, false, true, true, false, false, false],
  );
  assert.equal(isSleep(awaits[6]!.argument), false, 'allSettled cannot reject but is not a sleep');
});

test('guarded awaits: enclosing try/catch (not try/finally), handlers, local functions followed', async () => {
  const doc = await parseTypeScript(new SourceFile('src/app.ts', '', [
      'async function safe() { try { await a(); } catch (e) { log(e); } }',
      'async function unsafe() { await a(); }',
      'async function rethrows() { try { await a(); } catch (e) { throw e; } }',
      'async function passes() { return a(); }',
      'function timer(ms) { return new Promise((r) => setTimeout(r, ms)); }',
      'class Svc {',
      '  async tick() { try { await a(); } catch {} }',
      '  async run() {',
      '    await this.tick();', // 9
      '    await this.other();', // 10
      '    await this.checkConnectionError(() => a());', // 11
      '  }',
      '}',
      'async function main() {',
      '  await safe();', // 15
      '  await unsafe();', // 16
      '  await rethrows();', // 17
      '  await passes();', // 18
      '  await timer(5);', // 19
      '  try { await a(); } finally { }', // 20
      '  try { try { await a(); } finally {} } catch {}', // 21
      '  await a().catch(log);', // 22
      '  await run(id, { throwOnError: false });', // 23
      '  await trace(async () => { try { await a(); } catch {} });', // 24
      '}',
    ].join('\n') + '\n'), 'production');
  const p = doc.tree.program;
  const resolver = resolverFor(p);
  const byLine = new Map<number, boolean>();
  for (const a of findAll(p, 'AwaitExpression')) {
    const line = doc.source.lineOf(a.range[0]);
    if (line >= 9 && !byLine.has(line)) byLine.set(line, isGuardedAwait(a, resolver));
  }
  assert.deepEqual(Object.fromEntries(byLine), {
    9: true,
    10: false,
    11: true,
    15: true,
    16: false,
    17: false,
    18: false,
    19: true,
    20: false,
    21: true,
    22: true,
    23: true,
    24: true,
  });
});

test('worker loops: infinite, async, and no work exit; stop-flag exits do not count', async () => {
  const cases: [string, boolean][] = [
    ['async function f() { while (true) { await a(); } }', true],
    ['function f() { while (true) { a(); } }', false],
    ['async function f() { while (true) { const p = await a(); if (!p) break; } }', false],
    ['async function f() { while (true) { if (await a()) return; } }', false],
    ['async function f() { while (true) { if (this.stopping) break; await a(); } }', true],
    ['async function f() { while (true) { if (!ids.length || done(start, stop)) return; await a(); } }', false],
    ['async function f() { let done = false; while (!done) { done = await a(); } }', false],
    ['async function f() { while (!this.closing) { await a(); } }', true],
    ['async function f() { outer: for (;;) { for (const x of xs) { if (x) break outer; } await a(); } }', false],
    ['async function f() { for (;;) { switch (await a()) { case 1: break; } } }', true],
  ];
  for (const [code, expected] of cases) {
    const p = await program(code + '\n');
    const loop = findAll(p, ['WhileStatement', 'ForStatement'])[0]!;
    assert.equal(isAsyncWorkerLoop(loop), expected, code);
  }
});

test('staleness conditions read a clock or a liveness name; memory and counters do not', async () => {
  const cases: [string, boolean][] = [
    ['Date.now() - last > MAX', true],
    ['performance.now() - t > 5', true],
    ['now - this.lastPongAt > timeout', true],
    ['isStale', true],
    ['silentFor > LIMIT', true],
    ['process.memoryUsage().rss > LIMIT', false],
    ['failures > 5', false],
    ['!config.token', false],
  ];
  for (const [expr, expected] of cases) {
    const p = await program(`if (${expr}) {}\n`);
    const test = (p.body[0] as TSESTree.IfStatement).test;
    assert.equal(isStalenessCondition(test), expected, expr);
  }
});

test('HTTP client calls: where the options are and whether they bound the request', async () => {
  const p = await program(
    [
      "import axios from 'axios';",
      "import got from 'got';",
      "import https from 'node:https';",
      "const { request } = require('http');",
      'const api = axios.create({ baseURL });',
      'axios.get(url);',
      'axios.get(url, { timeout: 1 });',
      'axios.post(url, body);',
      'axios.post(url, { timeout: 1 });',
      'axios({ url, timeout: 1 });',
      'axios(url);',
      'axios.get(url, opts);',
      'api.get(url);',
      'got(url, { signal });',
      'got.post(url);',
      'https.get(url, (res) => res.resume());',
      'https.get(url, cb);',
      'https.get(url, { agent }, cb);',
      'request({ host, timeout: 5 });',
      'const r = https.request(url); r.setTimeout(5);',
      'axios.isAxiosError(e);',
    ].join('\n') + '\n',
  );
  const resolver = resolverFor(p);
  const calls = findAll(p, 'CallExpression');
  const described = calls
    .map((c) => httpCall(c, resolver))
    .filter((r) => r !== null)
    .map((r) => `${r.client}:${r.instance ? 'instance' : 'default'}:${r.bound}`);
  assert.deepEqual(described, [
    'axios:default:absent',
    'axios:default:present',
    'axios:default:absent',
    'axios:default:absent', // the object passed to post() is its body, not its config
    'axios:default:present',
    'axios:default:absent',
    'axios:default:unknown',
    'axios:instance:absent',
    'got:default:present',
    'got:default:absent',
    'http:default:absent',
    'http:default:unknown', // `cb` could be options or a callback
    'http:default:unknown', // an agent may carry a socket timeout
    'http:default:present',
    'http:default:present',
  ]);
  assert.deepEqual(calls.map((c) => instanceFactory(c, resolver)).filter(Boolean), ['axios']);
});

test('server listen calls: framework apps, Node servers, typed Nest apps; not sockets or TCP', async () => {
  const p = await program(
    [
      "import express from 'express';",
      "import Fastify from 'fastify';",
      "import http from 'node:http';",
      "import net from 'node:net';",
      "import { Server } from 'socket.io';",
      "import { NestFactory } from '@nestjs/core';",
      "import type { INestApplication } from '@nestjs/common';",
      "import app from './app';",
      "import { ImapServer } from './imap';",
      'express().listen(3000);',
      'Fastify().listen({ port: 3000 });',
      'http.createServer(handler).listen(port);',
      'net.createServer().listen(7000);',
      'new Server().listen(3001);',
      'async function boot() { const nest = await NestFactory.create(AppModule); await nest.listen(3000); }',
      'function start(a: INestApplication) { return a.listen(3000); }',
      'app.listen(PORT);',
      'new ImapServer().listen(993);',
      'emitter.listen();',
    ].join('\n') + '\n',
  );
  const resolver = resolverFor(p);
  const lines = (calls: TSESTree.CallExpression[]) => calls.map((c) => p.body.findIndex((s) => s.range[0] <= c.range[0] && c.range[1] <= s.range[1]) + 1);
  assert.deepEqual(lines(serverListenCalls(p, resolver, true)), [10, 11, 12, 15, 16, 17]);
  assert.deepEqual(lines(serverListenCalls(p, resolver, false)), [10, 11, 12, 15, 16], 'an imported app counts only with a framework dependency');
});

test('shutdown evidence: handlers, signal lists, Nest hooks and libraries; not kill() or comments', async () => {
  const yes = [
    "process.on('SIGTERM', stop);",
    "for (const s of ['SIGINT', 'SIGTERM']) process.once(s, stop);",
    'const signals = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };',
    'app.enableShutdownHooks();',
    "import closeWithGrace from 'close-with-grace';",
    "const { createTerminus } = require('@godaddy/terminus');",
  ];
  const no = ["child.kill('SIGTERM');", "process.kill(pid, 'SIGTERM');", '// TODO: handle SIGTERM', "process.on('SIGINT', stop);"];
  for (const code of yes) assert.equal(hasShutdownEvidence(await program(code + '\n', 'a.js')), true, code);
  for (const code of no) assert.equal(hasShutdownEvidence(await program(code + '\n', 'a.js')), false, code);
});

test('package scope: nearest package.json, sources without node_modules, nested packages or symlink loops', () => {
  const root = mkdtempSync(join(tmpdir(), 'prodlint-pkg-'));
  const write = (rel: string, text = 'x\n') => {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), text);
  };
  write('package.json', '{}');
  write('src/index.ts');
  write('src/types.d.ts');
  write('src/lib/util.js');
  write('node_modules/dep/index.js');
  write('.cache/x.js');
  write('packages/api/package.json', '{}');
  write('packages/api/server.ts');
  write('README.md');
  symlinkSync(join(root, 'src'), join(root, 'src/lib/loop'));
  const has = (dir: string) => ['packages/api'].includes(dir);
  assert.equal(packageDirOf('packages/api/src/deep/server.ts', has), 'packages/api');
  assert.equal(packageDirOf('src/index.ts', has), '');
  assert.equal(packageDirOf('index.ts', has), '');
  assert.deepEqual(packageSources(root, ''), { files: ['src/index.ts', 'src/lib/util.js'], truncated: false });
  assert.deepEqual(packageSources(root, 'packages/api'), { files: ['packages/api/server.ts'], truncated: false });
  assert.deepEqual(packageSources(root, 'missing'), { files: [], truncated: false });
});
