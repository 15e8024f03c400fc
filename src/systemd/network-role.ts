/**
 * Does a service connect *out* at start (a bot, a queue worker, a sync agent), or does it only
 * *serve* (bind a port and wait)? A server started before the network is configured still binds
 * `0.0.0.0:8000` and works once the network comes up; a client's first connection fails, and the
 * program typically exits or logs and gives up. SD006 only reports clients.
 *
 * Heuristic, from the unit's own text: the unit's name, `Description=`, `SyslogIdentifier=` and the
 * words of its effective `ExecStart=` lines (program names and path segments) are split into
 * words (`telegram-bot-v3`, `TelegramBot` -> telegram, bot, v3).
 * - client words: bot (and `*bot`), telegram, discord, slack, worker, consumer, client, agent,
 *   poller, scraper, crawler, fetcher, sync, notifier, scheduler, beat, backup, uploader,
 *   downloader, forwarder, tunnel, vpn, mqtt; and programs that are clients by nature
 *   (`celery` other than its `flower` dashboard, `rq`, `sidekiq`, `dramatiq`, `arq`, `autossh`,
 *   `cloudflared`, `ngrok`, `frpc`).
 * - server signs: words such as server, api, web, http, www, site, gateway, proxy, frontend,
 *   dashboard, webhook, streaming, exporter, metrics; application servers (`gunicorn`, `uvicorn`,
 *   `nginx`...); listen options in `ExecStart=` (`--port`, `--bind`, `--host`, `--listen`,
 *   `host:port`, `unix:` sockets); a `runserver`/`serve` subcommand.
 * A unit is a client when it has a client word and no server sign, or runs a client program.
 * Limits: a bot served by webhook (it binds a port) counts as a server and is not reported; a
 * client with an unhelpful name (`app.service` running `main.py`) is not recognised.
 */
import type { ProjectModel } from '../project.js';
import { baseName } from '../shell/unwrap.js';
import { startCommands } from './service-program.js';
import { effectiveValue, type UnitView } from './units.js';

const CLIENT_WORDS = new Set([
  'bot', 'bots', 'telegram', 'discord', 'slack', 'worker', 'workers', 'consumer', 'consumers', 'client', 'agent',
  'poller', 'polling', 'scraper', 'crawler', 'fetcher', 'sync', 'syncer', 'notifier', 'scheduler', 'beat',
  'backup', 'uploader', 'downloader', 'forwarder', 'tunnel', 'vpn', 'mqtt',
]);

const SERVER_WORDS = new Set([
  'server', 'api', 'web', 'webserver', 'webapp', 'http', 'https', 'www', 'site', 'gateway', 'proxy',
  'frontend', 'dashboard', 'webhook', 'webhooks', 'streaming', 'exporter', 'metrics', 'grpc', 'graphql',
  'nginx', 'apache', 'httpd', 'caddy', 'traefik', 'gunicorn', 'uvicorn', 'hypercorn', 'daphne', 'puma', 'unicorn',
  'uwsgi', 'waitress', 'runserver', 'serve', 'listener', 'ui',
]);

/** Programs that connect out by nature, whatever the unit is called. */
const CLIENT_PROGRAMS = new Set(['celery', 'rq', 'sidekiq', 'dramatiq', 'arq', 'huey_consumer', 'autossh', 'cloudflared', 'ngrok', 'frpc']);

/** `--port 8000`, `--bind=0.0.0.0:80`, `-b :8080`, `--web.listen-address`. */
const LISTEN_FLAG = /^(--?(port|bind|host|listen|http|addr|address|socket|unix-socket)\b|-b$|-p$|--[a-z.]*listen[a-z.-]*)/;
/** `0.0.0.0:8000`, `[::]:80`, `:8080`, `unix:/run/app.sock`. */
const LISTEN_VALUE = /^(\d{1,3}(\.\d{1,3}){3}:\d{2,5}|\[[0-9a-f:]*\]:\d{2,5}|:\d{2,5}|unix:.+)$/i;

/** Split names into lower-case words: `telegram-bot-v3` and `TelegramBot` both give telegram, bot. */
export function nameWords(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

function isClientWord(word: string): boolean {
  return CLIENT_WORDS.has(word) || (word.length > 3 && word.endsWith('bot')) || /^(tg|tele|chat|discord)bot/.test(word);
}

export interface NetworkRole {
  role: 'client' | 'server' | 'unknown';
  /** The word or program that decided it, for the message. */
  because?: string;
}

export function networkRole(view: UnitView, project: ProjectModel): NetworkRole {
  const main = view.main ?? view.parts[0];
  if (!main) return { role: 'unknown' };
  const texts = [main.name.prefix, effectiveValue(view, 'Unit', 'Description') ?? '', effectiveValue(view, 'Service', 'SyslogIdentifier') ?? ''];
  let clientProgram: string | undefined;
  let serverSign: string | undefined;
  for (const cmd of startCommands(view, project)) {
    const program = baseName(cmd.argv[0]?.value);
    // `celery flower` is Celery's web dashboard: a server.
    if (program === 'celery' && cmd.argv.some((w) => w.value === 'flower')) serverSign ??= 'flower';
    else if (program && CLIENT_PROGRAMS.has(program)) clientProgram ??= program;
    for (const w of cmd.argv) {
      const v = w.value;
      if (v === null) continue;
      if (LISTEN_FLAG.test(v) || LISTEN_VALUE.test(v)) serverSign ??= v;
      texts.push(v.startsWith('-') ? '' : v);
    }
  }
  if (clientProgram) return { role: 'client', because: clientProgram };
  if (serverSign) return { role: 'server', because: serverSign };
  const words = texts.flatMap(nameWords);
  const server = words.find((w) => SERVER_WORDS.has(w));
  if (server) return { role: 'server', because: server };
  const client = words.find(isClientWord);
  return client ? { role: 'client', because: client } : { role: 'unknown' };
}
