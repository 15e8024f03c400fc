import { createRequire as __prodlintCreateRequire } from 'node:module';
const require = __prodlintCreateRequire(import.meta.url);
import {
  argsAfterFlags,
  parseDockerfile
} from "./chunk-HZC7N4HD.js";
import "./chunk-LTDY7KON.js";
import "./chunk-KBEDM6HO.js";
import "./chunk-AE5ZT5VE.js";
export {
  argsAfterFlags,
  parseDockerfile
};
