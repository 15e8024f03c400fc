import { defineRule } from '../src/rule.js';
import { DATASTORE } from '../src/shell/programs.js';
import { between, findFlag, programName } from '../src/shell/query.js';
import { documentCommands, scriptKey } from '../src/shell/script-context.js';
import type { Command, Word } from '../src/types.js';

/** Signal numbers as Linux numbers them (signal(7)), for `kill -9`, `kill -s 15`. */
const SIGNAL_NUMBERS: Record<string, string> = { '0': '0', '1': 'HUP', '2': 'INT', '3': 'QUIT', '9': 'KILL', '10': 'USR1', '12': 'USR2', '15': 'TERM', '18': 'CONT', '28': 'WINCH' };
/** Signals that ask a daemon to reload, rotate logs or report, rather than to die (`killall -HUP rsyslogd`). */
const NON_LETHAL = new Set(['0', 'HUP', 'USR1', 'USR2', 'CONT', 'WINCH']);
/** Signals that ask for a graceful stop: a later SIGKILL of the same target is an escalation. */
const GRACEFUL = new Set(['TERM', 'INT', 'QUIT']);
const KILLERS = new Set(['kill', 'pkill', 'killall']);

/** Options that take a value, per program (procps pkill(1), psmisc killall(1), bash `kill`). */
const WITH_VALUE: Record<string, readonly string[]> = {
  kill: ['-s', '-n'],
  pkill: ['-u', '-U', '-g', '-G', '-P', '-s', '-t', '-F', '--pidfile', '--euid', '--uid', '--pgroup', '--group', '--parent', '--session', '--terminal', '--ns', '--nslist', '-d', '--delimiter'],
  killall: ['-u', '--user', '-o', '--older-than', '-y', '--younger-than', '-n', '--ns', '-s', '--signal', '-Z', '--context'],
};

interface Parsed {
  program: 'kill' | 'pkill' | 'killall';
  /** Normalised signal name (`KILL`, `TERM`...), `TERM` when none is given. */
  signal: string;
  signalWord?: Word;
  targets: Word[];
}

export default defineRule({
  id: 'SH003',
  name: 'broad-process-kill',
  severity: 'warning',
  category: 'reliability',
  productionOnly: true,
  kinds: ['shell', 'systemd', 'packagejson', 'cron'],
  roles: ['start', 'hook', 'script', 'job'],
  triggers: ['kill'],
  precision: 'high',
  messages: {
    pattern: 'pkill -f {{pattern}} signals every process whose command line contains that text, including unrelated services and the script running it',
    killall: 'killall {{name}} signals every process named {{name}} on the host, not only the one this service started',
    sigkill: '{{signal}} sends SIGKILL: the process cannot shut down, so in-flight requests are dropped and unflushed data is lost',
    datastore: '{{command}} kills {{target}}, a database or broker, by {{how}}: it can lose unflushed writes and need recovery; stop it through its service manager',
  },
  docs: {
    summary: 'A process is killed by pattern, by name or with SIGKILL',
    what: `Reports, in shell scripts, systemd \`Exec*=\` lines and package.json start scripts:

- \`pkill -f PATTERN\` (\`--full\`): the pattern is matched against whole command lines (\`-x\`, an exact match, is not reported for this);
- \`killall NAME\` with a signal that stops the process (the default \`TERM\`, \`KILL\`, \`INT\`…); reload signals such as \`killall -HUP rsyslogd\` are fine;
- \`kill\`, \`pkill\` or \`killall\` with SIGKILL (\`-9\`, \`-KILL\`, \`-SIGKILL\`, \`-s KILL\`, \`--signal 9\`), unless the same script first sent a graceful signal to the same target (the usual "TERM, wait, then KILL" escalation), directly, inside a string such as \`timeout 5 sh -c "kill $pid"\`, or through a function of the script that sends it.

A finding whose target is a database or broker (\`mongod\`, \`postgres\`, \`mysqld\`, \`redis-server\`, \`rabbitmq\`, \`kafka\`, \`elasticsearch\`…, also as \`$(pgrep mongod)\`) gets its own message: the rule's severity is meant to be **error** there. Dockerfile and compose commands are not checked: a container's process namespace holds only its own processes. \`pgrep\` (which only lists) is never reported.`,
    why: `A VPS ran MongoDB, an API and a Telegram bot from one start script; its runbook restarted them with \`pkill -f "python.*uvicorn"\`, \`pkill -f "python bot/main.py"\` and \`pkill -f "mongod"\`. A pattern matches every process whose command line contains the text — another project's uvicorn, an editor or \`tail -f\` with the file name on its command line, and the very shell script running the command (its own command line contains the pattern) — so a restart takes down more than it meant to. Another runbook "tested auto-restart" with \`pkill -9 python\`, which kills every Python process on the host without letting any of them finish a request or flush a write; for a database, SIGKILL means lost writes and a recovery on the next start.`,
    example: { kind: 'shell', path: 'restart.sh', code: '#!/bin/sh\npkill -f "python.*uvicorn"\nsleep 2\nsystemctl start api\n' },
    fix: { kind: 'shell', path: 'restart.sh', code: '#!/bin/sh\nsystemctl restart api\n' },
    references: ['https://man7.org/linux/man-pages/man1/pkill.1.html', 'https://man7.org/linux/man-pages/man1/killall.1.html', 'https://man7.org/linux/man-pages/man7/signal.7.html'],
  },
  command(cmd, ctx) {
    const p = parse(cmd);
    if (!p || NON_LETHAL.has(p.signal)) return;
    const head = cmd.argv[0]!;
    const full = p.program === 'pkill' ? findFlag(cmd, ['-f', '--full']) : undefined;
    const byPattern = full !== undefined && findFlag(cmd, ['-x', '--exact']) === undefined;
    const kill9 = p.signal === 'KILL' && !escalation(cmd, p, documentCommands(ctx.doc, ctx.project));
    if (!byPattern && p.program !== 'killall' && !kill9) return;

    const store = p.targets.find((t) => DATASTORE.test(t.value ?? t.text));
    if (store) {
      const how = p.signal === 'KILL' ? 'SIGKILL' : byPattern ? 'command-line pattern' : 'name';
      ctx.report({ messageId: 'datastore', data: { command: p.program, target: store.value ?? store.text, how }, span: store.span });
    } else if (byPattern) {
      ctx.report({ messageId: 'pattern', data: { pattern: p.targets[0]?.text ?? '' }, span: full!.span });
    } else if (kill9) {
      const word = p.signalWord ?? head;
      ctx.report({ messageId: 'sigkill', data: { signal: word === head ? p.program : `${p.program} ${word.text}` }, span: word.span });
    } else {
      const name = p.targets[0]!;
      ctx.report({ messageId: 'killall', data: { name: name.value ?? name.text }, span: between(head, name) });
    }
  },
});

function normalise(sig: string): string {
  const s = sig.toUpperCase().replace(/^SIG/, '');
  return SIGNAL_NUMBERS[s] ?? s;
}

function parse(cmd: Command): Parsed | undefined {
  const program = programName(cmd);
  if (!program || !KILLERS.has(program)) return undefined;
  const prog = program as Parsed['program'];
  const withValue = WITH_VALUE[prog]!;
  let signal = 'TERM';
  let signalWord: Word | undefined;
  const targets: Word[] = [];
  for (let i = 1; i < cmd.argv.length; i++) {
    const w = cmd.argv[i]!;
    const v = w.value;
    if (v === null) {
      targets.push(w);
      continue;
    }
    if (v === '--') {
      targets.push(...cmd.argv.slice(i + 1));
      break;
    }
    if (v === '-l' || v === '-L' || v === '--list' || v === '--version' || v === '-V' || v === '--help') return undefined;
    const signalOpt = (prog === 'kill' && (v === '-s' || v === '-n')) || v === '--signal' || (prog === 'killall' && v === '-s');
    if (signalOpt) {
      const next = cmd.argv[i + 1];
      if (next?.value) {
        signal = normalise(next.value);
        signalWord = next;
      }
      i++;
      continue;
    }
    if (v.startsWith('--signal=')) {
      signal = normalise(v.slice('--signal='.length));
      signalWord = w;
      continue;
    }
    // `-9`, `-KILL`, `-SIGKILL`, `-HUP`: a signal given as an option (kill, pkill and killall all
    // take it; their own options are lower-case or single upper-case letters).
    // Once a signal is given, `-1` and `-$PGID` are targets (process groups, or every process).
    if (signalWord && /^-\d+$/.test(v)) {
      targets.push(w);
      continue;
    }
    if (/^-(\d+|(SIG)?[A-Z][A-Z0-9]+)$/.test(v)) {
      signal = normalise(v.slice(1));
      signalWord = w;
      continue;
    }
    if (v.startsWith('-') && v.length > 1) {
      const name = v.includes('=') ? v.slice(0, v.indexOf('=')) : v;
      if (withValue.includes(name) && !v.includes('=')) i++;
      continue;
    }
    targets.push(w);
  }
  if (targets.length === 0) return undefined;
  return { program: prog, signal, ...(signalWord ? { signalWord } : {}), targets };
}

/**
 * The same script sent a graceful signal to the same target before: `kill $PID; sleep 10; kill -9
 * $PID`, also when that first `kill` sits inside a string another command runs
 * (`timeout 5 bash -c "kill $pid && wait $pid" || kill -9 $pid`).
 */
function escalation(cmd: Command, p: Parsed, commands: readonly Command[]): boolean {
  const key = scriptKey(cmd);
  const targets = new Set(p.targets.map(targetKey));
  const variables = p.targets.map((t) => /^"?\$\{?(\w+)\}?"?$/.exec(t.text)?.[1]).filter((v): v is string => v !== undefined);
  const inText = variables.length ? new RegExp(`\\bkill\\s+(-(TERM|SIGTERM|15|INT|SIGINT|2)\\s+)?"?\\$\\{?(${variables.join('|')})\\b`) : undefined;
  // A helper function that stops gracefully (`stop() { kill "$1"; ... }`), called on the target first.
  const gracefulHelper = commands.some((c) => c.shell?.inFunction && GRACEFUL.has(parse(c)?.signal ?? ''));
  for (const other of commands) {
    if (other.index >= cmd.index || scriptKey(other) !== key) continue;
    const q = parse(other);
    if (q && GRACEFUL.has(q.signal) && q.targets.some((t) => targets.has(targetKey(t)))) return true;
    if (inText && other.raw.some((w) => inText.test(w.text))) return true;
    if (gracefulHelper && !q && other.argv.slice(1).some((w) => targets.has(targetKey(w)))) return true;
  }
  return false;
}

/** `"$PID"`, `$PID` and `${PID}` are the same target. */
function targetKey(w: Word): string {
  const variable = /^"?\$\{?(\w+)\}?"?$/.exec(w.text);
  return variable ? `$${variable[1]}` : (w.value ?? w.text);
}
