import { createRequire as __prodlintCreateRequire } from 'node:module';
import { fileURLToPath as __prodlintFileURLToPath } from 'node:url';
import { dirname as __prodlintDirname } from 'node:path';
const require = __prodlintCreateRequire(import.meta.url);
const __filename = __prodlintFileURLToPath(import.meta.url);
const __dirname = __prodlintDirname(__filename);
import {
  require_ast_converter,
  require_getModifiers,
  require_getScriptKind,
  require_shared,
  require_version_check,
  require_warnAboutTSVersion
} from "./chunk-6VIJ7Q6K.js";
import "./chunk-3SGXGXM2.js";
import {
  __commonJS
} from "./chunk-LCUPGGL7.js";

// node_modules/@typescript-eslint/typescript-estree/dist/use-at-your-own-risk.js
var require_use_at_your_own_risk = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/use-at-your-own-risk.js"(exports) {
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getCanonicalFileName = exports.typescriptVersionIsAtLeast = exports.SUPPORTED_TYPESCRIPT_VERSIONS = void 0;
    __exportStar(require_ast_converter(), exports);
    __exportStar(require_getScriptKind(), exports);
    var warnAboutTSVersion_1 = require_warnAboutTSVersion();
    Object.defineProperty(exports, "SUPPORTED_TYPESCRIPT_VERSIONS", { enumerable: true, get: function() {
      return warnAboutTSVersion_1.SUPPORTED_TYPESCRIPT_VERSIONS;
    } });
    __exportStar(require_getModifiers(), exports);
    var version_check_1 = require_version_check();
    Object.defineProperty(exports, "typescriptVersionIsAtLeast", { enumerable: true, get: function() {
      return version_check_1.typescriptVersionIsAtLeast;
    } });
    var shared_1 = require_shared();
    Object.defineProperty(exports, "getCanonicalFileName", { enumerable: true, get: function() {
      return shared_1.getCanonicalFileName;
    } });
  }
});
export default require_use_at_your_own_risk();
