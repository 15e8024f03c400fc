/**
 * prodlint's version, in a module of its own so that anything (docs links, SARIF) can import it
 * without importing the engine. Must equal package.json's version (test/format-sarif.test.ts).
 */
export const VERSION = '0.1.0';
/** The git tag of this release; docs links point at it so they describe the rules this version has. */
export const RELEASE_TAG = `v${VERSION}`;
