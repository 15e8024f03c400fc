import { createRequire as __prodlintCreateRequire } from 'node:module';
import { fileURLToPath as __prodlintFileURLToPath } from 'node:url';
import { dirname as __prodlintDirname } from 'node:path';
const require = __prodlintCreateRequire(import.meta.url);
const __filename = __prodlintFileURLToPath(import.meta.url);
const __dirname = __prodlintDirname(__filename);
import {
  getDirectives,
  getSection,
  getSections,
  lastDirective,
  parseSystemd
} from "./chunk-5RMFBIH2.js";
import "./chunk-QJ2UYOSA.js";
import "./chunk-IDQTMHCY.js";
import "./chunk-LCUPGGL7.js";
export {
  getDirectives,
  getSection,
  getSections,
  lastDirective,
  parseSystemd
};
