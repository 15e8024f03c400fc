/**
 * Query helpers for TypeScript/JavaScript rules, in one import:
 * `import { resolverFor, hasProperty, enclosingTryCatch } from '../src/js/index.js'`.
 */
export * from './ast.js';
export * from './literals.js';
export * from './resolve.js';
export * from './objects.js';
export * from './context.js';
