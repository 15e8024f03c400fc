import { createRequire as __prodlintCreateRequire } from 'node:module';
import { fileURLToPath as __prodlintFileURLToPath } from 'node:url';
import { dirname as __prodlintDirname } from 'node:path';
const require = __prodlintCreateRequire(import.meta.url);
const __filename = __prodlintFileURLToPath(import.meta.url);
const __dirname = __prodlintDirname(__filename);
import {
  parseCompose,
  parseComposeYaml
} from "./chunk-CO6ODVKD.js";
import "./chunk-S5IXN3TF.js";
import "./chunk-IDQTMHCY.js";
import "./chunk-LCUPGGL7.js";
export {
  parseCompose,
  parseComposeYaml
};
