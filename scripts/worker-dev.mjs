// Worker entry when prodlint runs from source (tests, `npm run prodlint`): register tsx inside the
// worker thread (Node 20 does not honour `--import` in a worker's execArgv), then load the real
// entry. The bundle in dist/ has its own compiled dist/worker.js and never uses this file.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../src/worker.ts', import.meta.url).href);
