/**
 * A watchdog for child processes that tells "hangs" from "slow machine": it kills a child whose
 * own CPU time (user + system, all its threads, read from /proc/<pid>/stat) passes a budget, and
 * keeps a wall-clock backstop of tens of seconds only for children that block without burning CPU.
 * CPU time does not grow when other processes load the machine; wall time does (a 4 s run took
 * 6.1 s under --test-concurrency=2 on a shared 2-core machine). Where /proc is missing, only the
 * backstop applies.
 */
import { execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

let ticksPerSecond: number | undefined;

function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** CPU milliseconds a live process has used, or undefined (no /proc, or it has exited). */
export function cpuMsOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces and parentheses): state is field 3,
    // utime field 14, stime field 15 (proc(5)).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks();
  } catch {
    return undefined;
  }
}

export const HAS_PROC = existsSync('/proc/self/stat');

export interface WatchdogLimits {
  /** CPU time the child may use while armed. */
  cpuMs: number;
  /** Wall-clock backstop while armed (tens of seconds: for a child blocked without using CPU). */
  wallMs: number;
}

export type Trip = { reason: 'cpu' | 'wall'; cpuMs: number | undefined };

/**
 * Watches `child` while armed; on a trip it kills the child (SIGKILL) and calls `onTrip`. `arm()`
 * (re)starts the budget from the CPU used so far, so one child can run several measured jobs.
 */
export class CpuWatchdog {
  private base = 0;
  private poll: NodeJS.Timeout | undefined;
  private wall: NodeJS.Timeout | undefined;
  tripped: Trip | undefined;

  constructor(
    private readonly child: ChildProcess,
    private readonly limits: WatchdogLimits,
    private readonly onTrip: (trip: Trip) => void = () => {},
  ) {}

  /** CPU used since the last arm(). */
  used(): number | undefined {
    const now = this.child.pid !== undefined ? cpuMsOf(this.child.pid) : undefined;
    return now === undefined ? undefined : now - this.base;
  }

  arm(): void {
    this.disarm();
    this.base = (this.child.pid !== undefined ? cpuMsOf(this.child.pid) : undefined) ?? 0;
    this.poll = setInterval(() => {
      const used = this.used();
      if (used !== undefined && used > this.limits.cpuMs) this.trip('cpu', used);
    }, 100);
    this.wall = setTimeout(() => this.trip('wall', this.used()), this.limits.wallMs);
  }

  disarm(): void {
    clearInterval(this.poll);
    clearTimeout(this.wall);
  }

  private trip(reason: 'cpu' | 'wall', cpuMs: number | undefined): void {
    if (this.tripped) return;
    this.tripped = { reason, cpuMs };
    this.disarm();
    this.child.kill('SIGKILL');
    this.onTrip(this.tripped);
  }
}

/** How a trip reads in an assertion message. */
export function describeTrip(trip: Trip | undefined, limits: WatchdogLimits): string {
  if (!trip) return 'finished';
  return trip.reason === 'cpu'
    ? `killed after ${Math.round(trip.cpuMs ?? 0)} ms of CPU time (budget ${limits.cpuMs} ms)`
    : `killed after ${limits.wallMs} ms wall clock (${trip.cpuMs === undefined ? 'CPU unknown' : `${Math.round(trip.cpuMs)} ms CPU`}): blocked, not just slow`;
}
