import { createRequire as __prodlintCreateRequire } from 'node:module';
const require = __prodlintCreateRequire(import.meta.url);
import {
  require_typescript
} from "./chunk-5VXD2Q6S.js";
import "./chunk-AE5ZT5VE.js";
export default require_typescript();
