/**
 * A cron job that starts something to keep running: an `@reboot` entry (cron's way of starting
 * a service at boot, outside any service manager) or a command it sends to the background
 * (`&`, `nohup`, `setsid`). Rules about services (SH014's log files, SH015's restarts) judge these
 * and leave periodic jobs alone, whose output and lifetime are cron's.
 */
import type { Command } from '../types.js';

export function cronStartsAtBoot(cmd: Command): boolean {
  return cmd.carrier.kind === 'cron' && cmd.carrier.owner?.trim() === '@reboot';
}
