import { createRequire as __prodlintCreateRequire } from 'node:module';
import { fileURLToPath as __prodlintFileURLToPath } from 'node:url';
import { dirname as __prodlintDirname } from 'node:path';
const require = __prodlintCreateRequire(import.meta.url);
const __filename = __prodlintFileURLToPath(import.meta.url);
const __dirname = __prodlintDirname(__filename);
import{parsePython,parsePythonWith,pythonLogicalLines}from"./chunk-PLKYBYWL.js";import"./chunk-HZWBDJ3Y.js";import"./chunk-JVIVKSBI.js";import"./chunk-P2ZAIFYS.js";import"./chunk-6NUTPN6I.js";export{parsePython,parsePythonWith,pythonLogicalLines};
