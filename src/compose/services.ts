/**
 * Shared knowledge about compose services: whether a service is a one-shot job (a migration, a
 * seed, an init container) rather than a long-running service, and what image it uses.
 */
import type { Document as YamlDocument } from 'yaml';
import { isScalar, isSeq } from '../parse/yaml-guards.js';
import type { ComposeService } from '../parse/compose.js';
import { getPath, resolve, scalarString } from '../parse/yaml-nodes.js';
import { oneShotJob, type OneShotJob } from '../one-shot.js';
import type { Command } from '../types.js';

/** Words that mark a one-shot command: migrate, seed, init... */
const ONE_SHOT_WORD = /^(migrate|migrations?|makemigrations|db:migrate|db:seed|migrate:latest|migration:run|upgrade|seed|seeds|init|initdb|setup|bootstrap|createsuperuser|collectstatic|compilemessages|install|provision|create-?buckets?|mc)$/i;
/** Service names that are one-shot jobs by convention. */
const ONE_SHOT_NAME = /(^|[-_])(migrat\w*|seed\w*|init|setup|bootstrap|provision\w*|createbuckets?|fixtures?|job)([-_]|$)/i;

/** The command's words as plain strings (string commands split on whitespace). */
export function commandWords(yaml: YamlDocument, service: ComposeService, key: 'command' | 'entrypoint'): string[] {
  const node = getPath(yaml, service.node, key);
  if (isScalar(node)) return (scalarString(node) ?? '').split(/\s+/).filter(Boolean);
  if (isSeq(node)) return node.items.map((i) => scalarString(resolve(yaml, i)) ?? '');
  return [];
}

export function isOneShot(yaml: YamlDocument, service: ComposeService): boolean {
  const mode = scalarString(getPath(yaml, service.node, 'deploy.mode'));
  if (mode === 'replicated-job' || mode === 'global-job') return true;
  if (ONE_SHOT_NAME.test(service.name)) return true;
  const words = [...commandWords(yaml, service, 'entrypoint'), ...commandWords(yaml, service, 'command')];
  return words.some((w) => ONE_SHOT_WORD.test(w.replace(/^.*\//, '')) || /\bmigrat/i.test(w) && w.length < 40);
}

/** Profiles that keep a service out of a production `docker compose up` (it only starts when the profile is asked for). */
const DEV_PROFILE = /^(dev|develop|development|debug|test|tests|testing|local|tools?|ci|e2e)$/i;

/** The service only runs under development or tooling profiles (`profiles: [debug]`). */
export function inDevProfile(yaml: YamlDocument, service: ComposeService): boolean {
  const profiles = getPath(yaml, service.node, 'profiles');
  if (!isSeq(profiles) || profiles.items.length === 0) return false;
  return profiles.items.every((i) => DEV_PROFILE.test(scalarString(resolve(yaml, i)) ?? ''));
}

/**
 * The one-shot job a service's own `command`/`entrypoint` runs, by the strict test of
 * `src/one-shot.ts` (a migration or seed that ends, nothing long-running after it). `commands` are
 * the compose file's start commands (the project's facts for the file).
 */
export function serviceOneShotJob(commands: readonly Command[], service: ComposeService): OneShotJob | undefined {
  return oneShotJob(commands.filter((c) => c.role === 'start' && c.carrier.kind === 'compose' && c.carrier.owner === service.name));
}
