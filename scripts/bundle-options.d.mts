// Types of bundle-options.mjs, a plain module of the build that bench.ts imports.
import type { BuildOptions } from 'esbuild';
export declare function bundleOptions(opts?: { readable?: boolean }): BuildOptions;
