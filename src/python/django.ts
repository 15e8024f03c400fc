/**
 * Django settings modules: `settings.py`, the modules of a `settings/` package, or any module that
 * assigns `INSTALLED_APPS` at top level.
 */
import { posix } from 'node:path';
import { importedModulesOf } from './imports.js';
import type { PyNode } from './node.js';
import { appendTo } from '../multimap.js';

/** Top-level settings only Django projects define; one of them (or a Django import) confirms a `settings.py`. */
const DJANGO_SETTINGS = new Set([
  'INSTALLED_APPS',
  'SECRET_KEY',
  'ALLOWED_HOSTS',
  'MIDDLEWARE',
  'MIDDLEWARE_CLASSES',
  'ROOT_URLCONF',
  'DATABASES',
  'WSGI_APPLICATION',
  'ASGI_APPLICATION',
  'TEMPLATES',
  'STATIC_URL',
  'STATIC_ROOT',
  'AUTH_PASSWORD_VALIDATORS',
  'DEFAULT_AUTO_FIELD',
]);

/** File names of settings meant for development, testing or CI (beyond the dev-path defaults). */
const DEV_SETTINGS_NAME = /(^|[_.-])(dev|devel|develop|development|local|test|tests|testing|ci|debug)([_.-]|$)/i;

/** Templates to copy and edit, not settings that run: `settings_sample.py`, `local_settings.example.py`. */
const TEMPLATE_NAME = /(^|[_.-])(sample|example|template|dist|skeleton)([_.-]|$)/i;
/**
 * Base modules that environment-specific settings import and override: `settings/base.py`,
 * `settings/common.py`, `settings_common.py`, `base_settings.py`.
 */
const BASE_NAME = /(^|[_.-])(base|common|default|defaults|shared|core|global)([_.-]|$)/i;
/** A package's `__init__.py` is a base module when production settings sit next to it. */
const PRODUCTION_SIBLINGS = ['production.py', 'prod.py', 'live.py', 'production/__init__.py', 'prod/__init__.py'];

/** Top-level `NAME = value` assignments of a module (the last one wins in Python). */
export function topLevelAssignments(root: PyNode): Map<string, PyNode[]> {
  const out = new Map<string, PyNode[]>();
  for (const st of root.children) {
    if (st.type !== 'expression_statement') continue;
    let a = st.namedChildren[0];
    // `DEBUG = TEMPLATE_DEBUG = True` binds both names.
    while (a?.type === 'assignment') {
      const left = a.child('left');
      if (left?.type === 'identifier') appendTo(out, left.text, a);
      a = a.child('right');
    }
  }
  return out;
}

export interface SettingsModule {
  /** The file is named like development settings (`local_settings.py`, `settings_dev.py`) or a template (`settings_sample.py`). */
  devByName: boolean;
  /** A base module that environment-specific settings override (`settings/base.py`, `settings_common.py`). */
  overriddenBase: boolean;
}

/**
 * Whether a module is Django settings, and how its name qualifies it. `exists` answers whether a
 * repository-relative path exists (for production siblings of a base module).
 */
export function djangoSettings(path: string, root: PyNode, exists: (rel: string) => boolean): SettingsModule | undefined {
  const assigned = topLevelAssignments(root);
  const dir = posix.dirname(path);
  const base = posix.basename(path, '.py');
  const inPackage = posix.basename(dir) === 'settings';
  const named = base === 'settings' || inPackage || /(^|_)settings$|^settings_/.test(base);
  const confirmed =
    assigned.has('INSTALLED_APPS') ||
    (named && ([...DJANGO_SETTINGS].some((n) => assigned.has(n)) || importsDjangoOrSiblings(root)));
  if (!confirmed) return undefined;
  const devByName = DEV_SETTINGS_NAME.test(base) || TEMPLATE_NAME.test(base);
  const overriddenBase =
    (BASE_NAME.test(base) && base !== 'settings') || (inPackage && base === '__init__' && PRODUCTION_SIBLINGS.some((s) => exists(posix.join(dir, s))));
  return { devByName, overriddenBase };
}

/** `import django…`, `from django… import`, or a relative star import (`from .base import *`). */
function importsDjangoOrSiblings(root: PyNode): boolean {
  for (const st of root.children) {
    if (st.type !== 'import_statement' && st.type !== 'import_from_statement') continue;
    const modules = importedModulesOf(st);
    if (modules.some((m) => m === 'django' || m.startsWith('django.'))) return true;
    if (st.type === 'import_from_statement' && modules.some((m) => m.startsWith('.')) && st.childOfType('wildcard_import')) return true;
  }
  return false;
}

/**
 * The top-level settings of a Django settings module that production runs: not named for
 * development or as a template, not a base module that environment settings override, and not
 * switching `DEBUG = True` on unconditionally (that module is development settings, which PY001
 * reports as such). Undefined for any other module.
 */
export function productionSettings(path: string, root: PyNode, exists: (rel: string) => boolean): Map<string, PyNode[]> | undefined {
  const settings = djangoSettings(path, root, exists);
  if (!settings || settings.devByName || settings.overriddenBase) return undefined;
  const assigned = topLevelAssignments(root);
  const debug = lastAssignedValue(assigned, 'DEBUG');
  if (debug?.type === 'true') return undefined;
  return assigned;
}

/** The value of the last top-level `NAME = value` (through chained `A = B = value`). */
export function lastAssignedValue(assigned: Map<string, PyNode[]>, name: string): PyNode | undefined {
  const all = assigned.get(name);
  let value = all?.[all.length - 1]?.child('right');
  while (value?.type === 'assignment') value = value.child('right');
  return value;
}
