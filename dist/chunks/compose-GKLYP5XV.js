import { createRequire as __prodlintCreateRequire } from 'node:module';
import { fileURLToPath as __prodlintFileURLToPath } from 'node:url';
import { dirname as __prodlintDirname } from 'node:path';
const require = __prodlintCreateRequire(import.meta.url);
const __filename = __prodlintFileURLToPath(import.meta.url);
const __dirname = __prodlintDirname(__filename);
import{parseCompose,parseComposeYaml}from"./chunk-QSQI7KGJ.js";import"./chunk-HZWBDJ3Y.js";import"./chunk-NCTWEYQO.js";import"./chunk-YUEX7P6P.js";import"./chunk-6NUTPN6I.js";export{parseCompose,parseComposeYaml};
