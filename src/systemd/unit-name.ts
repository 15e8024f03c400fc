/**
 * What a unit file's path says about it (systemd.unit(5) "Description"): its unit name and type,
 * whether it is a drop-in (`web.service.d/override.conf`, which extends `web.service`), a template
 * (`web@.service`) or an instance (`web@blue.service`, normally never a file of its own).
 */
import { unitTypeOf, withoutTemplateSuffix, type UnitType } from './directives.js';
import { lastSegment, parentPath } from '../paths.js';

export interface UnitName {
  /** The unit this file defines or extends: `web.service`, `web@.service`. */
  unit: string;
  type: UnitType | undefined;
  /** A `*.d/*.conf` drop-in that extends `unit`. */
  dropIn: boolean;
  /** `web@.service`: instantiated as `web@NAME.service`. */
  template: boolean;
  /** `web@blue.service`. */
  instance: boolean;
  /** The name without type suffix and instance: `web` for `web.service`, `web@.service`, `web@x.service`. */
  prefix: string;
  /** Directory that holds the unit file (for a drop-in: the directory that holds its `.d` directory). */
  dir: string;
}


export function unitName(path: string): UnitName {
  const rel = path.replace(/\\/g, '/');
  // A template file (`web.service.in`) defines the unit it installs as (`web.service`).
  const base = withoutTemplateSuffix(lastSegment(rel));
  const parentDir = parentPath(rel);
  const parent = lastSegment(parentDir);
  const dropIn = base.endsWith('.conf') && parent.endsWith('.d') && parent.length > 2;
  const unit = dropIn ? parent.slice(0, -2) : base;
  const dir = dropIn ? parentPath(parentDir) : parentDir;
  const dot = unit.lastIndexOf('.');
  const stem = dot === -1 ? unit : unit.slice(0, dot);
  const at = stem.indexOf('@');
  return {
    unit,
    type: unitTypeOf(rel),
    dropIn,
    template: at !== -1 && at === stem.length - 1,
    instance: at !== -1 && at < stem.length - 1,
    prefix: at === -1 ? stem : stem.slice(0, at),
    dir,
  };
}

/**
 * The unit file that defines `name`: an instance `web@blue.service` is defined by the template
 * `web@.service`; any other name by itself.
 */
export function definingUnit(name: string): string {
  const m = /^([^@]+)@[^.]+(\.[a-z]+)$/.exec(name);
  return m ? `${m[1]}@${m[2]}` : name;
}
