/**
 * Query helpers for Python rules, in one import:
 * `import { calls, kwarg, resolverFor, enclosingFunction } from '../src/python/index.js'`.
 */
export * from './node.js';
export * from './literals.js';
export * from './calls.js';
export * from './imports.js';
export * from './resolve.js';
export * from './context.js';
export * from './tasks.js';
