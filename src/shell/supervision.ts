/**
 * Hand-rolled supervision in shell: a loop (or a cron-run script) that checks whether a program
 * is alive and starts it again, or that runs a service and starts it again when it exits. The
 * pieces are recognised here: liveness checks, restarts that start the program directly, and
 * restarts delegated to a real service manager (which are not hand-rolled).
 */
import { serviceOf } from './programs.js';
import { programName, subcommand } from './query.js';
import type { ShellLoop } from './script.js';
import type { Command } from '../types.js';
import { baseName } from './unwrap.js';

/** Commands that ask whether a process or service is alive. */
export function isLivenessCheck(cmd: Command): boolean {
  const name = programName(cmd);
  switch (name) {
    case 'pgrep':
    case 'pidof':
    case 'pidofproc':
    case 'pidstat':
      return true;
    case 'ps':
      // `ps aux | grep x`, `ps -p $PID`
      return cmd.shell?.pipe !== undefined || cmd.argv.some((w) => w.value === '-p' || w.value === '--pid');
    case 'kill':
      return cmd.argv.some((w) => w.value === '-0' || w.value === '-s0');
    case 'curl':
    case 'wget':
    case 'nc':
    case 'ncat':
    case 'pg_isready':
    case 'redis-cli':
      return true;
    case 'screen':
      return cmd.argv.some((w) => w.value === '-list' || w.value === '-ls');
    case 'tmux':
      return cmd.argv.some((w) => w.value === 'has-session' || w.value === 'has');
    case 'test':
    case '[':
    case '[[':
      // `[ -d /proc/$PID ]`, `test -e /proc/$pid`
      return cmd.argv.some((w) => /^\/proc\//.test(w.value ?? w.text) || /^"?\/proc\//.test(w.text));
    default:
      return false;
  }
}

/** Names of scripts that start services: `start.sh`, `start_all_services.sh`, `run-api.sh`, `restart.sh`. */
const START_SCRIPT = /^(start|run|restart|launch|boot|up)([-_.][^/]*)?\.(sh|bash)$|^(start|restart|launch)[a-z]*\.(sh|bash)$/i;

export interface Restart {
  /** What is started: `uvicorn api.app:app`, `start_all_services.sh`, `service nginx`, `/etc/init.d/app`. */
  what: string;
  /** The command that starts it. */
  cmd: Command;
}

/**
 * A command that starts a program directly (not through a service manager): a long-running
 * program SH005 knows, a start script, or a SysV init script (`service x start`,
 * `/etc/init.d/x start`), which starts the daemon with nothing watching it either.
 */
export function directStart(cmd: Command): Restart | undefined {
  const service = serviceOf(cmd);
  if (service) return { what: service.name, cmd };
  const name = programName(cmd);
  if (!name) return undefined;
  // `bash start.sh`, `sh /v3/start_all_services.sh`, `./start.sh`
  const script = name === 'bash' || name === 'sh' || name === 'dash' || name === 'zsh' ? cmd.argv.slice(1).find((w) => !w.value?.startsWith('-')) : cmd.argv[0];
  const scriptName = baseName(script?.value);
  if (scriptName && START_SCRIPT.test(scriptName)) return { what: scriptName, cmd };
  if (name === 'service') {
    const action = cmd.argv[2]?.value;
    if (action === 'start' || action === 'restart') return { what: `service ${cmd.argv[1]?.value ?? '…'}`, cmd };
  }
  const head = cmd.argv[0]?.value ?? '';
  if (head.startsWith('/etc/init.d/') || head.startsWith('/etc/rc.d/')) {
    const action = cmd.argv[1]?.value;
    if (action === 'start' || action === 'restart') return { what: head, cmd };
  }
  return undefined;
}

/** Restarts through a service manager or orchestrator: the restart itself is supervised. */
export function delegatedRestart(cmd: Command): boolean {
  const name = programName(cmd);
  const sub = subcommand(cmd, ['-H', '--host', '-c', '--context', '-f', '--file', '-p', '--project-name'])?.value;
  switch (name) {
    case 'systemctl':
      return true;
    case 'docker':
    case 'podman':
    case 'docker-compose':
    case 'supervisorctl':
    case 'pm2':
    case 'kubectl':
    case 'sv':
    case 'rc-service':
    case 's6-svc':
      return sub !== undefined;
    default:
      return false;
  }
}

/** The loop a command runs in that can restart it: the innermost `while`/`until` (not `for x in …`). */
export function restartingLoop(cmd: Command): { loop: ShellLoop; inCondition: boolean } | undefined {
  const loops = cmd.shell?.loops ?? [];
  for (let i = loops.length - 1; i >= 0; i--) {
    const l = loops[i]!;
    if (l.loop.kind === 'while' || l.loop.kind === 'until' || l.loop.infinite) return l;
  }
  return undefined;
}
