import { createRequire as __prodlintCreateRequire } from 'node:module';
import { fileURLToPath as __prodlintFileURLToPath } from 'node:url';
import { dirname as __prodlintDirname } from 'node:path';
const require = __prodlintCreateRequire(import.meta.url);
const __filename = __prodlintFileURLToPath(import.meta.url);
const __dirname = __prodlintDirname(__filename);
import {
  require_typescript
} from "./chunk-3SGXGXM2.js";
import {
  __commonJS,
  __require
} from "./chunk-LCUPGGL7.js";

// node_modules/@typescript-eslint/tsconfig-utils/dist/compilerOptions.js
var require_compilerOptions = __commonJS({
  "node_modules/@typescript-eslint/tsconfig-utils/dist/compilerOptions.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CORE_COMPILER_OPTIONS = void 0;
    exports.CORE_COMPILER_OPTIONS = {
      // Required to avoid parse from causing emit to occur
      noEmit: true,
      // Flags required to make no-unused-vars work
      noUnusedLocals: true,
      noUnusedParameters: true
    };
  }
});

// node_modules/@typescript-eslint/tsconfig-utils/dist/getParsedConfigFile.js
var require_getParsedConfigFile = __commonJS({
  "node_modules/@typescript-eslint/tsconfig-utils/dist/getParsedConfigFile.js"(exports) {
    "use strict";
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
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getParsedConfigFile = getParsedConfigFile;
    var fs = __importStar(__require("node:fs"));
    var path = __importStar(__require("node:path"));
    var compilerOptions_1 = require_compilerOptions();
    function getParsedConfigFile(tsserver, configFile, projectDirectory) {
      if (tsserver.sys === void 0) {
        throw new Error("`getParsedConfigFile` is only supported in a Node-like environment.");
      }
      const parsed = tsserver.getParsedCommandLineOfConfigFile(configFile, compilerOptions_1.CORE_COMPILER_OPTIONS, {
        fileExists: fs.existsSync,
        getCurrentDirectory,
        onUnRecoverableConfigFileDiagnostic: (diag) => {
          throw new Error(formatDiagnostics([diag]));
        },
        readDirectory: tsserver.sys.readDirectory,
        readFile: (file) => fs.readFileSync(path.isAbsolute(file) ? file : path.join(getCurrentDirectory(), file), "utf-8"),
        useCaseSensitiveFileNames: tsserver.sys.useCaseSensitiveFileNames
      });
      if (parsed?.errors.length) {
        throw new Error([
          "Unable to parse the specified 'tsconfig' file. Ensure it's correct and has valid syntax.",
          formatDiagnostics(parsed.errors)
        ].join("\n\n"));
      }
      return parsed;
      function getCurrentDirectory() {
        return projectDirectory ? path.resolve(projectDirectory) : process.cwd();
      }
      function formatDiagnostics(diagnostics) {
        return tsserver.formatDiagnostics(diagnostics, {
          getCanonicalFileName: (f) => f,
          getCurrentDirectory,
          getNewLine: () => "\n"
        });
      }
    }
  }
});

// node_modules/@typescript-eslint/tsconfig-utils/dist/index.js
var require_dist = __commonJS({
  "node_modules/@typescript-eslint/tsconfig-utils/dist/index.js"(exports) {
    "use strict";
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
    __exportStar(require_compilerOptions(), exports);
    __exportStar(require_getParsedConfigFile(), exports);
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/create-program/shared.js
var require_shared = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/create-program/shared.js"(exports) {
    "use strict";
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
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DEFAULT_EXTRA_FILE_EXTENSIONS = void 0;
    exports.createDefaultCompilerOptionsFromExtra = createDefaultCompilerOptionsFromExtra;
    exports.getCanonicalFileName = getCanonicalFileName;
    exports.ensureAbsolutePath = ensureAbsolutePath;
    exports.canonicalDirname = canonicalDirname;
    exports.clearRealPathCache = clearRealPathCache;
    exports.getCanonicalRealPath = getCanonicalRealPath;
    exports.createSymlinkedDirectories = createSymlinkedDirectories;
    exports.getPathToSameFile = getPathToSameFile;
    exports.getSourceFileFromProgram = getSourceFileFromProgram;
    exports.getAstFromProgram = getAstFromProgram;
    exports.createHash = createHash;
    var tsconfig_utils_1 = require_dist();
    var node_path_1 = __importDefault(__require("node:path"));
    var ts = __importStar(require_typescript());
    var DEFAULT_COMPILER_OPTIONS = {
      ...tsconfig_utils_1.CORE_COMPILER_OPTIONS,
      allowJs: true,
      allowNonTsExtensions: true,
      checkJs: true
    };
    exports.DEFAULT_EXTRA_FILE_EXTENSIONS = /* @__PURE__ */ new Set([
      ts.Extension.Cjs,
      ts.Extension.Cts,
      ts.Extension.Js,
      ts.Extension.Jsx,
      ts.Extension.Mjs,
      ts.Extension.Mts,
      ts.Extension.Ts,
      ts.Extension.Tsx
    ]);
    function createDefaultCompilerOptionsFromExtra(parseSettings) {
      if (parseSettings.debugLevel.has("typescript")) {
        return {
          ...DEFAULT_COMPILER_OPTIONS,
          extendedDiagnostics: true
        };
      }
      return DEFAULT_COMPILER_OPTIONS;
    }
    var useCaseSensitiveFileNames = (
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition, @typescript-eslint/internal/eqeq-nullish
      ts.sys !== void 0 ? ts.sys.useCaseSensitiveFileNames : true
    );
    var correctPathCasing = useCaseSensitiveFileNames ? (filePath) => filePath : (filePath) => filePath.toLowerCase();
    function getCanonicalFileName(filePath) {
      let normalized = node_path_1.default.normalize(filePath);
      if (normalized.endsWith(node_path_1.default.sep)) {
        normalized = normalized.slice(0, -1);
      }
      return correctPathCasing(normalized);
    }
    function ensureAbsolutePath(p, tsconfigRootDir) {
      return node_path_1.default.resolve(tsconfigRootDir, p);
    }
    function canonicalDirname(p) {
      return node_path_1.default.dirname(p);
    }
    var realPathCache = /* @__PURE__ */ new Map();
    function clearRealPathCache() {
      realPathCache.clear();
    }
    function getRealPath(filePath) {
      let realPath = realPathCache.get(filePath);
      if (realPath == null) {
        realPath = ts.sys?.realpath?.(filePath) ?? filePath;
        realPathCache.set(filePath, realPath);
      }
      return realPath;
    }
    function getCanonicalRealPath(filePath) {
      return getCanonicalFileName(getRealPath(filePath));
    }
    function createSymlinkedDirectories(fileNames) {
      const directories = new Set([...fileNames].map((fileName) => node_path_1.default.dirname(fileName)));
      return new Map([...directories].map((directory) => [directory, getRealPath(directory)]).filter(([directory, realPath]) => directory !== realPath).map(([directory, realPath]) => [
        getCanonicalFileName(realPath),
        directory
      ]));
    }
    function getPathToSameFile(symlinkedDirectories, filePath) {
      const realPath = getRealPath(filePath);
      const directory = symlinkedDirectories.get(getCanonicalFileName(node_path_1.default.dirname(realPath)));
      return directory == null ? void 0 : node_path_1.default.join(directory, node_path_1.default.basename(realPath));
    }
    var programSymlinkedDirectories = /* @__PURE__ */ new WeakMap();
    function getSymlinkedDirectories(program) {
      let symlinkedDirectories = programSymlinkedDirectories.get(program);
      if (!symlinkedDirectories) {
        symlinkedDirectories = createSymlinkedDirectories(program.getRootFileNames());
        programSymlinkedDirectories.set(program, symlinkedDirectories);
      }
      return symlinkedDirectories;
    }
    function getSourceFileFromProgram(program, filePath) {
      const sourceFile = program.getSourceFile(filePath);
      if (sourceFile) {
        return sourceFile;
      }
      const realPath = getRealPath(filePath);
      const fromRealPath = realPath === filePath ? void 0 : program.getSourceFile(realPath);
      if (fromRealPath) {
        return fromRealPath;
      }
      const symlinkedFilePath = getPathToSameFile(getSymlinkedDirectories(program), filePath);
      return symlinkedFilePath == null ? void 0 : program.getSourceFile(symlinkedFilePath);
    }
    var DEFINITION_EXTENSIONS = [
      ts.Extension.Dts,
      ts.Extension.Dcts,
      ts.Extension.Dmts
    ];
    function getExtension(fileName) {
      if (!fileName) {
        return null;
      }
      return DEFINITION_EXTENSIONS.find((definitionExt) => fileName.endsWith(definitionExt)) ?? node_path_1.default.extname(fileName);
    }
    function getAstFromProgram(currentProgram, filePath) {
      const ast = getSourceFileFromProgram(currentProgram, filePath);
      const expectedExt = getExtension(filePath);
      const returnedExt = getExtension(ast?.fileName);
      if (expectedExt !== returnedExt) {
        return void 0;
      }
      return ast && { ast, program: currentProgram };
    }
    function createHash(content) {
      if (ts.sys?.createHash) {
        return ts.sys.createHash(content);
      }
      return content;
    }
  }
});

// node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports, module) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      "\xA0",
      "\u1680",
      "\u2000",
      "\u2001",
      "\u2002",
      "\u2003",
      "\u2004",
      "\u2005",
      "\u2006",
      "\u2007",
      "\u2008",
      "\u2009",
      "\u200A",
      "\u2028",
      "\u2029",
      "\u202F",
      "\u205F",
      "\u3000",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports, module) {
    "use strict";
    var debug = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module.exports = debug;
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports, module) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants();
    var debug = require_debug();
    exports = module.exports = {};
    var re = exports.re = [];
    var safeRe = exports.safeRe = [];
    var src = exports.src = [];
    var safeSrc = exports.safeSrc = [];
    var t = exports.t = {};
    var R = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    };
    var createToken = (name, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index = R++;
      debug(name, index, value);
      t[name] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports, module) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module.exports = parseOptions;
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports, module) {
    "use strict";
    var numeric = /^[0-9]+$/;
    var compareIdentifiers = (a, b) => {
      if (typeof a === "number" && typeof b === "number") {
        return a === b ? 0 : a < b ? -1 : 1;
      }
      const anum = numeric.test(a);
      const bnum = numeric.test(b);
      if (anum && bnum) {
        a = +a;
        b = +b;
      }
      return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
    module.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports, module) {
    "use strict";
    var debug = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants();
    var { safeRe: re, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i = 0; i < identifiers.length; i++) {
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer = class _SemVer {
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i = 0;
        do {
          const a = this.prerelease[i];
          const b = other.prerelease[i];
          debug("prerelease compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i = 0;
        do {
          const a = this.build[i];
          const b = other.build[i];
          debug("build compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match || match[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i = this.prerelease.length;
              while (--i >= 0) {
                if (typeof this.prerelease[i] === "number") {
                  this.prerelease[i]++;
                  i = -2;
                }
              }
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module.exports = SemVer;
  }
});

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = (version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    };
    module.exports = parse;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var valid = (version, options) => {
      const v = parse(version, options);
      return v ? v.version : null;
    };
    module.exports = valid;
  }
});

// node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/semver/functions/clean.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var clean = (version, options) => {
      const s = parse(version.trim().replace(/^[=v]+/, ""), options);
      return s ? s.version : null;
    };
    module.exports = clean;
  }
});

// node_modules/semver/functions/inc.js
var require_inc = __commonJS({
  "node_modules/semver/functions/inc.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var inc = (version, release, options, identifier, identifierBase) => {
      if (typeof options === "string") {
        identifierBase = identifier;
        identifier = options;
        options = void 0;
      }
      try {
        return new SemVer(
          version instanceof SemVer ? version.version : version,
          options
        ).inc(release, identifier, identifierBase).version;
      } catch (er) {
        return null;
      }
    };
    module.exports = inc;
  }
});

// node_modules/semver/functions/diff.js
var require_diff = __commonJS({
  "node_modules/semver/functions/diff.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var diff = (version1, version2) => {
      const v1 = parse(version1, null, true);
      const v2 = parse(version2, null, true);
      const comparison = v1.compare(v2);
      if (comparison === 0) {
        return null;
      }
      const v1Higher = comparison > 0;
      const highVersion = v1Higher ? v1 : v2;
      const lowVersion = v1Higher ? v2 : v1;
      const highHasPre = !!highVersion.prerelease.length;
      const lowHasPre = !!lowVersion.prerelease.length;
      if (lowHasPre && !highHasPre) {
        if (!lowVersion.patch && !lowVersion.minor) {
          return "major";
        }
        if (lowVersion.compareMain(highVersion) === 0) {
          if (lowVersion.minor && !lowVersion.patch) {
            return "minor";
          }
          return "patch";
        }
      }
      const prefix = highHasPre ? "pre" : "";
      if (v1.major !== v2.major) {
        return prefix + "major";
      }
      if (v1.minor !== v2.minor) {
        return prefix + "minor";
      }
      if (v1.patch !== v2.patch) {
        return prefix + "patch";
      }
      return "prerelease";
    };
    module.exports = diff;
  }
});

// node_modules/semver/functions/major.js
var require_major = __commonJS({
  "node_modules/semver/functions/major.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var major = (a, loose) => new SemVer(a, loose).major;
    module.exports = major;
  }
});

// node_modules/semver/functions/minor.js
var require_minor = __commonJS({
  "node_modules/semver/functions/minor.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var minor = (a, loose) => new SemVer(a, loose).minor;
    module.exports = minor;
  }
});

// node_modules/semver/functions/patch.js
var require_patch = __commonJS({
  "node_modules/semver/functions/patch.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var patch = (a, loose) => new SemVer(a, loose).patch;
    module.exports = patch;
  }
});

// node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "node_modules/semver/functions/prerelease.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var prerelease = (version, options) => {
      const parsed = parse(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    };
    module.exports = prerelease;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compare = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module.exports = compare;
  }
});

// node_modules/semver/functions/rcompare.js
var require_rcompare = __commonJS({
  "node_modules/semver/functions/rcompare.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var rcompare = (a, b, loose) => compare(b, a, loose);
    module.exports = rcompare;
  }
});

// node_modules/semver/functions/compare-loose.js
var require_compare_loose = __commonJS({
  "node_modules/semver/functions/compare-loose.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var compareLoose = (a, b) => compare(a, b, true);
    module.exports = compareLoose;
  }
});

// node_modules/semver/functions/compare-build.js
var require_compare_build = __commonJS({
  "node_modules/semver/functions/compare-build.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compareBuild = (a, b, loose) => {
      const versionA = new SemVer(a, loose);
      const versionB = new SemVer(b, loose);
      return versionA.compare(versionB) || versionA.compareBuild(versionB);
    };
    module.exports = compareBuild;
  }
});

// node_modules/semver/functions/sort.js
var require_sort = __commonJS({
  "node_modules/semver/functions/sort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose));
    module.exports = sort;
  }
});

// node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "node_modules/semver/functions/rsort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose));
    module.exports = rsort;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gt = (a, b, loose) => compare(a, b, loose) > 0;
    module.exports = gt;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lt = (a, b, loose) => compare(a, b, loose) < 0;
    module.exports = lt;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var eq = (a, b, loose) => compare(a, b, loose) === 0;
    module.exports = eq;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var neq = (a, b, loose) => compare(a, b, loose) !== 0;
    module.exports = neq;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gte = (a, b, loose) => compare(a, b, loose) >= 0;
    module.exports = gte;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lte = (a, b, loose) => compare(a, b, loose) <= 0;
    module.exports = lte;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports, module) {
    "use strict";
    var eq = require_eq();
    var neq = require_neq();
    var gt = require_gt();
    var gte = require_gte();
    var lt = require_lt();
    var lte = require_lte();
    var cmp = (a, op, b, loose) => {
      switch (op) {
        case "===":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a === b;
        case "!==":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a !== b;
        case "":
        case "=":
        case "==":
          return eq(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt(a, b, loose);
        case ">=":
          return gte(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte(a, b, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    };
    module.exports = cmp;
  }
});

// node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "node_modules/semver/functions/coerce.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = require_parse();
    var { safeRe: re, t } = require_re();
    var coerce = (version, options) => {
      if (version instanceof SemVer) {
        return version;
      }
      if (typeof version === "number") {
        version = String(version);
      }
      if (typeof version !== "string") {
        return null;
      }
      options = options || {};
      let match = null;
      if (!options.rtl) {
        match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
      } else {
        const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
        let next;
        while ((next = coerceRtlRegex.exec(version)) && (!match || match.index + match[0].length !== version.length)) {
          if (!match || next.index + next[0].length !== match.index + match[0].length) {
            match = next;
          }
          coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        }
        coerceRtlRegex.lastIndex = -1;
      }
      if (match === null) {
        return null;
      }
      const major = match[2];
      const minor = match[3] || "0";
      const patch = match[4] || "0";
      const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "";
      const build = options.includePrerelease && match[6] ? `+${match[6]}` : "";
      return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options);
    };
    module.exports = coerce;
  }
});

// node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/semver/functions/truncate.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var constants = require_constants();
    var SemVer = require_semver();
    var truncate = (version, truncation, options) => {
      if (!constants.RELEASE_TYPES.includes(truncation)) {
        return null;
      }
      const clonedVersion = cloneInputVersion(version, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    };
    var cloneInputVersion = (version, options) => {
      const versionStringToParse = version instanceof SemVer ? version.version : version;
      return parse(versionStringToParse, options);
    };
    var doTruncation = (version, truncation) => {
      if (isPrerelease(truncation)) {
        return version.version;
      }
      version.prerelease = [];
      switch (truncation) {
        case "major":
          version.minor = 0;
          version.patch = 0;
          break;
        case "minor":
          version.patch = 0;
          break;
      }
      return version.format();
    };
    var isPrerelease = (type) => {
      return type.startsWith("pre");
    };
    module.exports = truncate;
  }
});

// node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports, module) {
    "use strict";
    var LRUCache = class {
      constructor() {
        this.max = 1e3;
        this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        const value = this.map.get(key);
        if (value === void 0) {
          return void 0;
        } else {
          this.map.delete(key);
          this.map.set(key, value);
          return value;
        }
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        const deleted = this.delete(key);
        if (!deleted && value !== void 0) {
          if (this.map.size >= this.max) {
            const firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
        }
        return this;
      }
    };
    module.exports = LRUCache;
  }
});

// node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports, module) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants();
    var whitespace = new Uint8Array(65536);
    for (const char of WHITESPACE_CHARACTERS) {
      whitespace[char.charCodeAt(0)] = 1;
    }
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1;
    var isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char);
    var isDigit = (char) => char !== void 0 && char >= "0" && char <= "9";
    var isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit(char) || isLetter(char) || char === "-";
    var isVersionStart = (char) => isDigit(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range, start, limit, digitRuns) => {
      if (!isDigit(range[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit(range[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit, end);
    };
    var findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
      if (!loose && range[start] === "0") {
        return start + 1;
      }
      return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    };
    var findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
      if (isLetter(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range, start, loose, digitRuns);
    };
    var findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
      const hyphen = range[start] === "-";
      if (!loose && !hyphen) {
        return start;
      }
      const identifierStart = start + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start;
        }
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      while (range[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findBuildIdentifierEndIndex = (range, start) => {
      let end = start;
      while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
        end++;
      }
      return end;
    };
    var findBuildEndIndex = (range, start) => {
      if (range[start] !== "+") {
        return start;
      }
      let end = findBuildIdentifierEndIndex(range, start + 1);
      if (end === start + 1) {
        return start;
      }
      while (range[end] === ".") {
        const next = findBuildIdentifierEndIndex(range, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findLooseFullVersionEndIndex = (range, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range, end, true, digitRuns);
        if (next === end) {
          return start;
        }
        end = next;
        if (component < 2) {
          if (range[end] !== ".") {
            return start;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
      if (isDigit(range[start])) {
        return findVersionNumberEndIndex(range, start, false, digitRuns);
      }
      return isVersionStart(range[start]) ? start + 1 : start;
    };
    var findPartialVersionEndIndex = (range, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findVersionEndIndex = (range, start, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range, start, digitRuns);
    };
    var findRemovableWhitespaceIndex = (range, matchStart) => {
      let position = matchStart;
      if (isWhitespace(range[position])) {
        position++;
      }
      if (range[position] === "<" || range[position] === ">") {
        position++;
      }
      if (range[position] === "=") {
        position++;
      }
      return isWhitespace(range[position]) ? position : -1;
    };
    var trimComparatorWhitespace = (range) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range.length) {
        const matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range.length && isVersionPrefix(range[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
        if (whitespacePosition !== -1) {
          result += range.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range, cursor, digitRuns);
      }
      return result + range.slice(copyFrom);
    };
    module.exports = trimComparatorWhitespace;
  }
});

// node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports, module) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g;
    var Range = class _Range {
      constructor(range, options) {
        options = parseOptions(options);
        if (range instanceof _Range) {
          if (range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease) {
            return range;
          } else {
            return new _Range(range.raw, options);
          }
        }
        if (range instanceof Comparator) {
          this.raw = range.value;
          this.set = [[range]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range.trim().replace(SPACE_CHARACTERS, " ");
        this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length);
        if (!this.set.length) {
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        }
        if (this.set.length > 1) {
          const first = this.set[0];
          this.set = this.set.filter((c) => !isNullSet(c[0]));
          if (this.set.length === 0) {
            this.set = [first];
          } else if (this.set.length > 1) {
            for (const c of this.set) {
              if (c.length === 1 && isAny(c[0])) {
                this.set = [c];
                break;
              }
            }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i = 0; i < this.set.length; i++) {
            if (i > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i];
            for (let k = 0; k < comps.length; k++) {
              if (k > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k].toString().trim();
            }
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range) {
        range = range.replace(BUILDSTRIPRE, "");
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range;
        const cached = cache.get(memoKey);
        if (cached) {
          return cached;
        }
        const loose = this.options.loose;
        const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range = range.replace(hr, hyphenReplace(this.options.includePrerelease));
        debug("hyphen replace", range);
        range = trimComparatorWhitespace(range);
        debug("comparator trim", range);
        range = range.replace(re[t.TILDETRIM], tildeTrimReplace);
        debug("tilde trim", range);
        range = range.replace(re[t.CARETTRIM], caretTrimReplace);
        debug("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug("loose invalid filter", comp, this.options);
            return !!comp.match(re[t.COMPARATORLOOSE]);
          });
        }
        debug("range list", rangeList);
        const rangeMap = /* @__PURE__ */ new Map();
        const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (const comp of comparators) {
          if (isNullSet(comp)) {
            return [comp];
          }
          rangeMap.set(comp.value, comp);
        }
        if (rangeMap.size > 1 && rangeMap.has("")) {
          rangeMap.delete("");
        }
        const result = [...rangeMap.values()];
        cache.set(memoKey, result);
        return result;
      }
      intersects(range, options) {
        if (!(range instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => {
            return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version) {
        if (!version) {
          return false;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        for (let i = 0; i < this.set.length; i++) {
          if (testSet(this.set[i], version, this.options)) {
            return true;
          }
        }
        return false;
      }
    };
    module.exports = Range;
    var LRU = require_lrucache();
    var cache = new LRU();
    var parseOptions = require_parse_options();
    var Comparator = require_comparator();
    var debug = require_debug();
    var SemVer = require_semver();
    var trimComparatorWhitespace = require_trim_comparator_whitespace();
    var {
      safeRe: re,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants();
    var BUILDSTRIPRE = new RegExp(src[t.BUILD], "g");
    var isNullSet = (c) => c.value === "<0.0.0-0";
    var isAny = (c) => c.value === "";
    var isSatisfiable = (comparators, options) => {
      let result = true;
      const remainingComparators = comparators.slice();
      let testComparator = remainingComparators.pop();
      while (result && remainingComparators.length) {
        result = remainingComparators.every((otherComparator) => {
          return testComparator.intersects(otherComparator, options);
        });
        testComparator = remainingComparators.pop();
      }
      return result;
    };
    var parseComparator = (comp, options) => {
      comp = comp.replace(re[t.BUILD], "");
      debug("comp", comp, options);
      comp = replaceCarets(comp, options);
      debug("caret", comp);
      comp = replaceTildes(comp, options);
      debug("tildes", comp);
      comp = replaceXRanges(comp, options);
      debug("xrange", comp);
      comp = replaceStars(comp, options);
      debug("stars", comp);
      return comp;
    };
    var isX = (id) => !id || id.toLowerCase() === "x" || id === "*";
    var invalidXRangeOrder = (M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p);
    var replaceTildes = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" ");
    };
    var replaceTilde = (comp, options) => {
      const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("tilde", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
        } else if (pr) {
          debug("replaceTilde pr", pr);
          ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
        } else {
          ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
        }
        debug("tilde return", ret);
        return ret;
      });
    };
    var replaceCarets = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" ");
    };
    var replaceCaret = (comp, options) => {
      debug("caret", comp, options);
      const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("caret", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          if (M === "0") {
            ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
          } else {
            ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
          }
        } else if (pr) {
          debug("replaceCaret pr", pr);
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`;
          }
        } else {
          debug("no pr");
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`;
          }
        }
        debug("caret return", ret);
        return ret;
      });
    };
    var replaceXRanges = (comp, options) => {
      debug("replaceXRanges", comp, options);
      return comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ");
    };
    var replaceXRange = (comp, options) => {
      comp = comp.trim();
      const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        debug("xRange", comp, ret, gtlt, M, m, p, pr);
        if (invalidXRangeOrder(M, m, p)) {
          return comp;
        }
        const xM = isX(M);
        const xm = xM || isX(m);
        const xp = xm || isX(p);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m = 0;
          }
          p = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M = +M + 1;
              m = 0;
              p = 0;
            } else {
              m = +m + 1;
              p = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M = +M + 1;
            } else {
              m = +m + 1;
            }
          }
          if (gtlt === "<") {
            pr = "-0";
          }
          ret = `${gtlt + M}.${m}.${p}${pr}`;
        } else if (xm) {
          ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`;
        }
        debug("xRange return", ret);
        return ret;
      });
    };
    var replaceStars = (comp, options) => {
      debug("replaceStars", comp, options);
      return comp.trim().replace(re[t.STAR], "");
    };
    var replaceGTE0 = (comp, options) => {
      debug("replaceGTE0", comp, options);
      return comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
    };
    var hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => {
      if (isX(fM)) {
        from = "";
      } else if (isX(fm)) {
        from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
      } else if (isX(fp)) {
        from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
      } else if (fpr) {
        from = `>=${from}`;
      } else {
        from = `>=${from}${incPr ? "-0" : ""}`;
      }
      if (isX(tM)) {
        to = "";
      } else if (isX(tm)) {
        to = `<${+tM + 1}.0.0-0`;
      } else if (isX(tp)) {
        to = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to = `<=${to}`;
      }
      return `${from} ${to}`.trim();
    };
    var testSet = (set, version, options) => {
      for (let i = 0; i < set.length; i++) {
        if (!set[i].test(version)) {
          return false;
        }
      }
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i = 0; i < set.length; i++) {
          debug(set[i].semver);
          if (set[i].semver === Comparator.ANY) {
            continue;
          }
          if (set[i].semver.prerelease.length > 0) {
            const allowed = set[i].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch) {
              return true;
            }
          }
        }
        return false;
      }
      return true;
    };
  }
});

// node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports, module) {
    "use strict";
    var ANY = /* @__PURE__ */ Symbol("SemVer ANY");
    var Comparator = class _Comparator {
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        options = parseOptions(options);
        if (comp instanceof _Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug("comp", this);
      }
      parse(comp) {
        const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
        const m = comp.match(r);
        if (!m) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m[1] !== void 0 ? m[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer(m[2], this.options.loose);
        }
      }
      toString() {
        return this.value;
      }
      test(version) {
        debug("Comparator.test", version, this.options.loose);
        if (this.semver === ANY || version === ANY) {
          return true;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        return cmp(version, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          return new Range(comp.value, options).test(this.value);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          return new Range(this.value, options).test(comp.semver);
        }
        options = parseOptions(options);
        if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) {
          return false;
        }
        if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
          return false;
        }
        if (this.operator.startsWith(">") && comp.operator.startsWith(">")) {
          return true;
        }
        if (this.operator.startsWith("<") && comp.operator.startsWith("<")) {
          return true;
        }
        if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) {
          return true;
        }
        if (cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) {
          return true;
        }
        if (cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) {
          return true;
        }
        return false;
      }
    };
    module.exports = Comparator;
    var parseOptions = require_parse_options();
    var { safeRe: re, t } = require_re();
    var cmp = require_cmp();
    var debug = require_debug();
    var SemVer = require_semver();
    var Range = require_range();
  }
});

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var satisfies = (version, range, options) => {
      try {
        range = new Range(range, options);
      } catch (er) {
        return false;
      }
      return range.test(version);
    };
    module.exports = satisfies;
  }
});

// node_modules/semver/ranges/to-comparators.js
var require_to_comparators = __commonJS({
  "node_modules/semver/ranges/to-comparators.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var toComparators = (range, options) => new Range(range, options).set.map((comp) => comp.map((c) => c.value).join(" ").trim().split(" "));
    module.exports = toComparators;
  }
});

// node_modules/semver/ranges/max-satisfying.js
var require_max_satisfying = __commonJS({
  "node_modules/semver/ranges/max-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var maxSatisfying = (versions, range, options) => {
      let max = null;
      let maxSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!max || maxSV.compare(v) === -1) {
            max = v;
            maxSV = new SemVer(max, options);
          }
        }
      });
      return max;
    };
    module.exports = maxSatisfying;
  }
});

// node_modules/semver/ranges/min-satisfying.js
var require_min_satisfying = __commonJS({
  "node_modules/semver/ranges/min-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var minSatisfying = (versions, range, options) => {
      let min = null;
      let minSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!min || minSV.compare(v) === 1) {
            min = v;
            minSV = new SemVer(min, options);
          }
        }
      });
      return min;
    };
    module.exports = minSatisfying;
  }
});

// node_modules/semver/ranges/min-version.js
var require_min_version = __commonJS({
  "node_modules/semver/ranges/min-version.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var gt = require_gt();
    var minVersion = (range, loose) => {
      range = new Range(range, loose);
      let minver = new SemVer("0.0.0");
      if (range.test(minver)) {
        return minver;
      }
      minver = new SemVer("0.0.0-0");
      if (range.test(minver)) {
        return minver;
      }
      minver = null;
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let setMin = null;
        comparators.forEach((comparator) => {
          const compver = new SemVer(comparator.semver.version);
          switch (comparator.operator) {
            case ">":
              if (compver.prerelease.length === 0) {
                compver.patch++;
              } else {
                compver.prerelease.push(0);
              }
              compver.raw = compver.format();
            /* fallthrough */
            case "":
            case ">=":
              if (!setMin || gt(compver, setMin)) {
                setMin = compver;
              }
              break;
            case "<":
            case "<=":
              break;
            /* istanbul ignore next */
            default:
              throw new Error(`Unexpected operation: ${comparator.operator}`);
          }
        });
        if (setMin && (!minver || gt(minver, setMin))) {
          minver = setMin;
        }
      }
      if (minver && range.test(minver)) {
        return minver;
      }
      return null;
    };
    module.exports = minVersion;
  }
});

// node_modules/semver/ranges/valid.js
var require_valid2 = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var validRange = (range, options) => {
      try {
        return new Range(range, options).range || "*";
      } catch (er) {
        return null;
      }
    };
    module.exports = validRange;
  }
});

// node_modules/semver/ranges/outside.js
var require_outside = __commonJS({
  "node_modules/semver/ranges/outside.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var Range = require_range();
    var satisfies = require_satisfies();
    var gt = require_gt();
    var lt = require_lt();
    var lte = require_lte();
    var gte = require_gte();
    var outside = (version, range, hilo, options) => {
      version = new SemVer(version, options);
      range = new Range(range, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt;
          ltefn = lte;
          ltfn = lt;
          comp = ">";
          ecomp = ">=";
          break;
        case "<":
          gtfn = lt;
          ltefn = gte;
          ltfn = gt;
          comp = "<";
          ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies(version, range, options)) {
        return false;
      }
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let high = null;
        let low = null;
        comparators.forEach((comparator) => {
          if (comparator.semver === ANY) {
            comparator = new Comparator(">=0.0.0");
          }
          high = high || comparator;
          low = low || comparator;
          if (gtfn(comparator.semver, high.semver, options)) {
            high = comparator;
          } else if (ltfn(comparator.semver, low.semver, options)) {
            low = comparator;
          }
        });
        if (high.operator === comp || high.operator === ecomp) {
          return false;
        }
        if ((!low.operator || low.operator === comp) && ltefn(version, low.semver)) {
          return false;
        } else if (low.operator === ecomp && ltfn(version, low.semver)) {
          return false;
        }
      }
      return true;
    };
    module.exports = outside;
  }
});

// node_modules/semver/ranges/gtr.js
var require_gtr = __commonJS({
  "node_modules/semver/ranges/gtr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var gtr = (version, range, options) => outside(version, range, ">", options);
    module.exports = gtr;
  }
});

// node_modules/semver/ranges/ltr.js
var require_ltr = __commonJS({
  "node_modules/semver/ranges/ltr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var ltr = (version, range, options) => outside(version, range, "<", options);
    module.exports = ltr;
  }
});

// node_modules/semver/ranges/intersects.js
var require_intersects = __commonJS({
  "node_modules/semver/ranges/intersects.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var intersects = (r1, r2, options) => {
      r1 = new Range(r1, options);
      r2 = new Range(r2, options);
      return r1.intersects(r2, options);
    };
    module.exports = intersects;
  }
});

// node_modules/semver/ranges/simplify.js
var require_simplify = __commonJS({
  "node_modules/semver/ranges/simplify.js"(exports, module) {
    "use strict";
    var satisfies = require_satisfies();
    var compare = require_compare();
    module.exports = (versions, range, options) => {
      const set = [];
      let first = null;
      let prev = null;
      const v = versions.sort((a, b) => compare(a, b, options));
      for (const version of v) {
        const included = satisfies(version, range, options);
        if (included) {
          prev = version;
          if (!first) {
            first = version;
          }
        } else {
          if (prev) {
            set.push([first, prev]);
          }
          prev = null;
          first = null;
        }
      }
      if (first) {
        set.push([first, null]);
      }
      const ranges = [];
      for (const [min, max] of set) {
        if (min === max) {
          ranges.push(min);
        } else if (!max && min === v[0]) {
          ranges.push("*");
        } else if (!max) {
          ranges.push(`>=${min}`);
        } else if (min === v[0]) {
          ranges.push(`<=${max}`);
        } else {
          ranges.push(`${min} - ${max}`);
        }
      }
      const simplified = ranges.join(" || ");
      const original = typeof range.raw === "string" ? range.raw : String(range);
      return simplified.length < original.length ? simplified : range;
    };
  }
});

// node_modules/semver/ranges/subset.js
var require_subset = __commonJS({
  "node_modules/semver/ranges/subset.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var satisfies = require_satisfies();
    var compare = require_compare();
    var subset = (sub, dom, options = {}) => {
      if (sub === dom) {
        return true;
      }
      sub = new Range(sub, options);
      dom = new Range(dom, options);
      let sawNonNull = false;
      OUTER: for (const simpleSub of sub.set) {
        for (const simpleDom of dom.set) {
          const isSub = simpleSubset(simpleSub, simpleDom, options);
          sawNonNull = sawNonNull || isSub !== null;
          if (isSub) {
            continue OUTER;
          }
        }
        if (sawNonNull) {
          return false;
        }
      }
      return true;
    };
    var minimumVersionWithPreRelease = [new Comparator(">=0.0.0-0")];
    var minimumVersion = [new Comparator(">=0.0.0")];
    var simpleSubset = (sub, dom, options) => {
      if (sub === dom) {
        return true;
      }
      if (sub.length === 1 && sub[0].semver === ANY) {
        if (dom.length === 1 && dom[0].semver === ANY) {
          return true;
        } else if (options.includePrerelease) {
          sub = minimumVersionWithPreRelease;
        } else {
          sub = minimumVersion;
        }
      }
      if (dom.length === 1 && dom[0].semver === ANY) {
        if (options.includePrerelease) {
          return true;
        } else {
          dom = minimumVersion;
        }
      }
      const eqSet = /* @__PURE__ */ new Set();
      let gt, lt;
      for (const c of sub) {
        if (c.operator === ">" || c.operator === ">=") {
          gt = higherGT(gt, c, options);
        } else if (c.operator === "<" || c.operator === "<=") {
          lt = lowerLT(lt, c, options);
        } else {
          eqSet.add(c.semver);
        }
      }
      if (eqSet.size > 1) {
        return null;
      }
      let gtltComp;
      if (gt && lt) {
        gtltComp = compare(gt.semver, lt.semver, options);
        if (gtltComp > 0) {
          return null;
        } else if (gtltComp === 0 && (gt.operator !== ">=" || lt.operator !== "<=")) {
          return null;
        }
      }
      for (const eq of eqSet) {
        if (gt && !satisfies(eq, String(gt), options)) {
          return null;
        }
        if (lt && !satisfies(eq, String(lt), options)) {
          return null;
        }
        for (const c of dom) {
          if (!satisfies(eq, String(c), options)) {
            return false;
          }
        }
        return true;
      }
      let higher, lower;
      let hasDomLT, hasDomGT;
      let needDomLTPre = lt && !options.includePrerelease && lt.semver.prerelease.length ? lt.semver : false;
      let needDomGTPre = gt && !options.includePrerelease && gt.semver.prerelease.length ? gt.semver : false;
      if (needDomLTPre && needDomLTPre.prerelease.length === 1 && lt.operator === "<" && needDomLTPre.prerelease[0] === 0) {
        needDomLTPre = false;
      }
      for (const c of dom) {
        hasDomGT = hasDomGT || c.operator === ">" || c.operator === ">=";
        hasDomLT = hasDomLT || c.operator === "<" || c.operator === "<=";
        if (gt) {
          if (needDomGTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomGTPre.major && c.semver.minor === needDomGTPre.minor && c.semver.patch === needDomGTPre.patch) {
              needDomGTPre = false;
            }
          }
          if (c.operator === ">" || c.operator === ">=") {
            higher = higherGT(gt, c, options);
            if (higher === c && higher !== gt) {
              return false;
            }
          } else if (gt.operator === ">=" && !c.test(gt.semver)) {
            return false;
          }
        }
        if (lt) {
          if (needDomLTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomLTPre.major && c.semver.minor === needDomLTPre.minor && c.semver.patch === needDomLTPre.patch) {
              needDomLTPre = false;
            }
          }
          if (c.operator === "<" || c.operator === "<=") {
            lower = lowerLT(lt, c, options);
            if (lower === c && lower !== lt) {
              return false;
            }
          } else if (lt.operator === "<=" && !c.test(lt.semver)) {
            return false;
          }
        }
        if (!c.operator && (lt || gt) && gtltComp !== 0) {
          return false;
        }
      }
      if (gt && hasDomLT && !lt && gtltComp !== 0) {
        return false;
      }
      if (lt && hasDomGT && !gt && gtltComp !== 0) {
        return false;
      }
      if (needDomGTPre || needDomLTPre) {
        return false;
      }
      return true;
    };
    var higherGT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp > 0 ? a : comp < 0 ? b : b.operator === ">" && a.operator === ">=" ? b : a;
    };
    var lowerLT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp < 0 ? a : comp > 0 ? b : b.operator === "<" && a.operator === "<=" ? b : a;
    };
    module.exports = subset;
  }
});

// node_modules/semver/index.js
var require_semver2 = __commonJS({
  "node_modules/semver/index.js"(exports, module) {
    "use strict";
    var internalRe = require_re();
    var constants = require_constants();
    var SemVer = require_semver();
    var identifiers = require_identifiers();
    var parse = require_parse();
    var valid = require_valid();
    var clean = require_clean();
    var inc = require_inc();
    var diff = require_diff();
    var major = require_major();
    var minor = require_minor();
    var patch = require_patch();
    var prerelease = require_prerelease();
    var compare = require_compare();
    var rcompare = require_rcompare();
    var compareLoose = require_compare_loose();
    var compareBuild = require_compare_build();
    var sort = require_sort();
    var rsort = require_rsort();
    var gt = require_gt();
    var lt = require_lt();
    var eq = require_eq();
    var neq = require_neq();
    var gte = require_gte();
    var lte = require_lte();
    var cmp = require_cmp();
    var coerce = require_coerce();
    var truncate = require_truncate();
    var Comparator = require_comparator();
    var Range = require_range();
    var satisfies = require_satisfies();
    var toComparators = require_to_comparators();
    var maxSatisfying = require_max_satisfying();
    var minSatisfying = require_min_satisfying();
    var minVersion = require_min_version();
    var validRange = require_valid2();
    var outside = require_outside();
    var gtr = require_gtr();
    var ltr = require_ltr();
    var intersects = require_intersects();
    var simplifyRange = require_simplify();
    var subset = require_subset();
    module.exports = {
      parse,
      valid,
      clean,
      inc,
      diff,
      major,
      minor,
      patch,
      prerelease,
      compare,
      rcompare,
      compareLoose,
      compareBuild,
      sort,
      rsort,
      gt,
      lt,
      eq,
      neq,
      gte,
      lte,
      cmp,
      coerce,
      truncate,
      Comparator,
      Range,
      satisfies,
      toComparators,
      maxSatisfying,
      minSatisfying,
      minVersion,
      validRange,
      outside,
      gtr,
      ltr,
      intersects,
      simplifyRange,
      subset,
      SemVer,
      re: internalRe.re,
      src: internalRe.src,
      tokens: internalRe.t,
      SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants.RELEASE_TYPES,
      compareIdentifiers: identifiers.compareIdentifiers,
      rcompareIdentifiers: identifiers.rcompareIdentifiers
    };
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/version-check.js
var require_version_check = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/version-check.js"(exports) {
    "use strict";
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
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.typescriptVersionIsAtLeast = void 0;
    var semver = __importStar(require_semver2());
    var ts = __importStar(require_typescript());
    function semverCheck(version) {
      return semver.satisfies(ts.version, `>= ${version}.0 || >= ${version}.1-rc || >= ${version}.0-beta`, {
        includePrerelease: true
      });
    }
    var versions = [
      "4.7",
      "4.8",
      "4.9",
      "5.0",
      "5.1",
      "5.2",
      "5.3",
      "5.4",
      "5.5",
      "5.6",
      "5.7",
      "5.8",
      "5.9",
      "6.0",
      "6.1"
    ];
    exports.typescriptVersionIsAtLeast = {};
    for (const version of versions) {
      exports.typescriptVersionIsAtLeast[version] = semverCheck(version);
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/getModifiers.js
var require_getModifiers = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/getModifiers.js"(exports) {
    "use strict";
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
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getModifiers = getModifiers;
    exports.getDecorators = getDecorators;
    var ts = __importStar(require_typescript());
    var version_check_1 = require_version_check();
    var isAtLeast48 = version_check_1.typescriptVersionIsAtLeast["4.8"];
    function getModifiers(node, includeIllegalModifiers = false) {
      if (node == null) {
        return void 0;
      }
      if (isAtLeast48) {
        if (includeIllegalModifiers || ts.canHaveModifiers(node)) {
          const modifiers = ts.getModifiers(node);
          return modifiers ? [...modifiers] : void 0;
        }
        return void 0;
      }
      return (
        // @ts-expect-error intentional fallback for older TS versions
        node.modifiers?.filter((m) => !ts.isDecorator(m))
      );
    }
    function getDecorators(node, includeIllegalDecorators = false) {
      if (node == null) {
        return void 0;
      }
      if (isAtLeast48) {
        if (includeIllegalDecorators || ts.canHaveDecorators(node)) {
          const decorators = ts.getDecorators(node);
          return decorators ? [...decorators] : void 0;
        }
        return void 0;
      }
      return (
        // @ts-expect-error intentional fallback for older TS versions
        node.decorators?.filter(ts.isDecorator)
      );
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/ts-estree/estree-to-ts-node-types.js
var require_estree_to_ts_node_types = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/ts-estree/estree-to-ts-node-types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/ts-estree/ts-nodes.js
var require_ts_nodes = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/ts-estree/ts-nodes.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
  }
});

// node_modules/@typescript-eslint/types/dist/generated/ast-spec.js
var require_ast_spec = __commonJS({
  "node_modules/@typescript-eslint/types/dist/generated/ast-spec.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AST_TOKEN_TYPES = exports.AST_NODE_TYPES = void 0;
    var AST_NODE_TYPES;
    (function(AST_NODE_TYPES2) {
      AST_NODE_TYPES2["AccessorProperty"] = "AccessorProperty";
      AST_NODE_TYPES2["ArrayExpression"] = "ArrayExpression";
      AST_NODE_TYPES2["ArrayPattern"] = "ArrayPattern";
      AST_NODE_TYPES2["ArrowFunctionExpression"] = "ArrowFunctionExpression";
      AST_NODE_TYPES2["AssignmentExpression"] = "AssignmentExpression";
      AST_NODE_TYPES2["AssignmentPattern"] = "AssignmentPattern";
      AST_NODE_TYPES2["AwaitExpression"] = "AwaitExpression";
      AST_NODE_TYPES2["BinaryExpression"] = "BinaryExpression";
      AST_NODE_TYPES2["BlockStatement"] = "BlockStatement";
      AST_NODE_TYPES2["BreakStatement"] = "BreakStatement";
      AST_NODE_TYPES2["CallExpression"] = "CallExpression";
      AST_NODE_TYPES2["CatchClause"] = "CatchClause";
      AST_NODE_TYPES2["ChainExpression"] = "ChainExpression";
      AST_NODE_TYPES2["ClassBody"] = "ClassBody";
      AST_NODE_TYPES2["ClassDeclaration"] = "ClassDeclaration";
      AST_NODE_TYPES2["ClassExpression"] = "ClassExpression";
      AST_NODE_TYPES2["ConditionalExpression"] = "ConditionalExpression";
      AST_NODE_TYPES2["ContinueStatement"] = "ContinueStatement";
      AST_NODE_TYPES2["DebuggerStatement"] = "DebuggerStatement";
      AST_NODE_TYPES2["Decorator"] = "Decorator";
      AST_NODE_TYPES2["DoWhileStatement"] = "DoWhileStatement";
      AST_NODE_TYPES2["EmptyStatement"] = "EmptyStatement";
      AST_NODE_TYPES2["ExportAllDeclaration"] = "ExportAllDeclaration";
      AST_NODE_TYPES2["ExportDefaultDeclaration"] = "ExportDefaultDeclaration";
      AST_NODE_TYPES2["ExportNamedDeclaration"] = "ExportNamedDeclaration";
      AST_NODE_TYPES2["ExportSpecifier"] = "ExportSpecifier";
      AST_NODE_TYPES2["ExpressionStatement"] = "ExpressionStatement";
      AST_NODE_TYPES2["ForInStatement"] = "ForInStatement";
      AST_NODE_TYPES2["ForOfStatement"] = "ForOfStatement";
      AST_NODE_TYPES2["ForStatement"] = "ForStatement";
      AST_NODE_TYPES2["FunctionDeclaration"] = "FunctionDeclaration";
      AST_NODE_TYPES2["FunctionExpression"] = "FunctionExpression";
      AST_NODE_TYPES2["Identifier"] = "Identifier";
      AST_NODE_TYPES2["IfStatement"] = "IfStatement";
      AST_NODE_TYPES2["ImportAttribute"] = "ImportAttribute";
      AST_NODE_TYPES2["ImportDeclaration"] = "ImportDeclaration";
      AST_NODE_TYPES2["ImportDefaultSpecifier"] = "ImportDefaultSpecifier";
      AST_NODE_TYPES2["ImportExpression"] = "ImportExpression";
      AST_NODE_TYPES2["ImportNamespaceSpecifier"] = "ImportNamespaceSpecifier";
      AST_NODE_TYPES2["ImportSpecifier"] = "ImportSpecifier";
      AST_NODE_TYPES2["JSXAttribute"] = "JSXAttribute";
      AST_NODE_TYPES2["JSXClosingElement"] = "JSXClosingElement";
      AST_NODE_TYPES2["JSXClosingFragment"] = "JSXClosingFragment";
      AST_NODE_TYPES2["JSXElement"] = "JSXElement";
      AST_NODE_TYPES2["JSXEmptyExpression"] = "JSXEmptyExpression";
      AST_NODE_TYPES2["JSXExpressionContainer"] = "JSXExpressionContainer";
      AST_NODE_TYPES2["JSXFragment"] = "JSXFragment";
      AST_NODE_TYPES2["JSXIdentifier"] = "JSXIdentifier";
      AST_NODE_TYPES2["JSXMemberExpression"] = "JSXMemberExpression";
      AST_NODE_TYPES2["JSXNamespacedName"] = "JSXNamespacedName";
      AST_NODE_TYPES2["JSXOpeningElement"] = "JSXOpeningElement";
      AST_NODE_TYPES2["JSXOpeningFragment"] = "JSXOpeningFragment";
      AST_NODE_TYPES2["JSXSpreadAttribute"] = "JSXSpreadAttribute";
      AST_NODE_TYPES2["JSXSpreadChild"] = "JSXSpreadChild";
      AST_NODE_TYPES2["JSXText"] = "JSXText";
      AST_NODE_TYPES2["LabeledStatement"] = "LabeledStatement";
      AST_NODE_TYPES2["Literal"] = "Literal";
      AST_NODE_TYPES2["LogicalExpression"] = "LogicalExpression";
      AST_NODE_TYPES2["MemberExpression"] = "MemberExpression";
      AST_NODE_TYPES2["MetaProperty"] = "MetaProperty";
      AST_NODE_TYPES2["MethodDefinition"] = "MethodDefinition";
      AST_NODE_TYPES2["NewExpression"] = "NewExpression";
      AST_NODE_TYPES2["ObjectExpression"] = "ObjectExpression";
      AST_NODE_TYPES2["ObjectPattern"] = "ObjectPattern";
      AST_NODE_TYPES2["PrivateIdentifier"] = "PrivateIdentifier";
      AST_NODE_TYPES2["Program"] = "Program";
      AST_NODE_TYPES2["Property"] = "Property";
      AST_NODE_TYPES2["PropertyDefinition"] = "PropertyDefinition";
      AST_NODE_TYPES2["RestElement"] = "RestElement";
      AST_NODE_TYPES2["ReturnStatement"] = "ReturnStatement";
      AST_NODE_TYPES2["SequenceExpression"] = "SequenceExpression";
      AST_NODE_TYPES2["SpreadElement"] = "SpreadElement";
      AST_NODE_TYPES2["StaticBlock"] = "StaticBlock";
      AST_NODE_TYPES2["Super"] = "Super";
      AST_NODE_TYPES2["SwitchCase"] = "SwitchCase";
      AST_NODE_TYPES2["SwitchStatement"] = "SwitchStatement";
      AST_NODE_TYPES2["TaggedTemplateExpression"] = "TaggedTemplateExpression";
      AST_NODE_TYPES2["TemplateElement"] = "TemplateElement";
      AST_NODE_TYPES2["TemplateLiteral"] = "TemplateLiteral";
      AST_NODE_TYPES2["ThisExpression"] = "ThisExpression";
      AST_NODE_TYPES2["ThrowStatement"] = "ThrowStatement";
      AST_NODE_TYPES2["TryStatement"] = "TryStatement";
      AST_NODE_TYPES2["UnaryExpression"] = "UnaryExpression";
      AST_NODE_TYPES2["UpdateExpression"] = "UpdateExpression";
      AST_NODE_TYPES2["VariableDeclaration"] = "VariableDeclaration";
      AST_NODE_TYPES2["VariableDeclarator"] = "VariableDeclarator";
      AST_NODE_TYPES2["WhileStatement"] = "WhileStatement";
      AST_NODE_TYPES2["WithStatement"] = "WithStatement";
      AST_NODE_TYPES2["YieldExpression"] = "YieldExpression";
      AST_NODE_TYPES2["TSAbstractAccessorProperty"] = "TSAbstractAccessorProperty";
      AST_NODE_TYPES2["TSAbstractKeyword"] = "TSAbstractKeyword";
      AST_NODE_TYPES2["TSAbstractMethodDefinition"] = "TSAbstractMethodDefinition";
      AST_NODE_TYPES2["TSAbstractPropertyDefinition"] = "TSAbstractPropertyDefinition";
      AST_NODE_TYPES2["TSAnyKeyword"] = "TSAnyKeyword";
      AST_NODE_TYPES2["TSArrayType"] = "TSArrayType";
      AST_NODE_TYPES2["TSAsExpression"] = "TSAsExpression";
      AST_NODE_TYPES2["TSAsyncKeyword"] = "TSAsyncKeyword";
      AST_NODE_TYPES2["TSBigIntKeyword"] = "TSBigIntKeyword";
      AST_NODE_TYPES2["TSBooleanKeyword"] = "TSBooleanKeyword";
      AST_NODE_TYPES2["TSCallSignatureDeclaration"] = "TSCallSignatureDeclaration";
      AST_NODE_TYPES2["TSClassImplements"] = "TSClassImplements";
      AST_NODE_TYPES2["TSConditionalType"] = "TSConditionalType";
      AST_NODE_TYPES2["TSConstructorType"] = "TSConstructorType";
      AST_NODE_TYPES2["TSConstructSignatureDeclaration"] = "TSConstructSignatureDeclaration";
      AST_NODE_TYPES2["TSDeclareFunction"] = "TSDeclareFunction";
      AST_NODE_TYPES2["TSDeclareKeyword"] = "TSDeclareKeyword";
      AST_NODE_TYPES2["TSEmptyBodyFunctionExpression"] = "TSEmptyBodyFunctionExpression";
      AST_NODE_TYPES2["TSEnumBody"] = "TSEnumBody";
      AST_NODE_TYPES2["TSEnumDeclaration"] = "TSEnumDeclaration";
      AST_NODE_TYPES2["TSEnumMember"] = "TSEnumMember";
      AST_NODE_TYPES2["TSExportAssignment"] = "TSExportAssignment";
      AST_NODE_TYPES2["TSExportKeyword"] = "TSExportKeyword";
      AST_NODE_TYPES2["TSExternalModuleReference"] = "TSExternalModuleReference";
      AST_NODE_TYPES2["TSFunctionType"] = "TSFunctionType";
      AST_NODE_TYPES2["TSImportEqualsDeclaration"] = "TSImportEqualsDeclaration";
      AST_NODE_TYPES2["TSImportType"] = "TSImportType";
      AST_NODE_TYPES2["TSIndexedAccessType"] = "TSIndexedAccessType";
      AST_NODE_TYPES2["TSIndexSignature"] = "TSIndexSignature";
      AST_NODE_TYPES2["TSInferType"] = "TSInferType";
      AST_NODE_TYPES2["TSInstantiationExpression"] = "TSInstantiationExpression";
      AST_NODE_TYPES2["TSInterfaceBody"] = "TSInterfaceBody";
      AST_NODE_TYPES2["TSInterfaceDeclaration"] = "TSInterfaceDeclaration";
      AST_NODE_TYPES2["TSInterfaceHeritage"] = "TSInterfaceHeritage";
      AST_NODE_TYPES2["TSIntersectionType"] = "TSIntersectionType";
      AST_NODE_TYPES2["TSIntrinsicKeyword"] = "TSIntrinsicKeyword";
      AST_NODE_TYPES2["TSLiteralType"] = "TSLiteralType";
      AST_NODE_TYPES2["TSMappedType"] = "TSMappedType";
      AST_NODE_TYPES2["TSMethodSignature"] = "TSMethodSignature";
      AST_NODE_TYPES2["TSModuleBlock"] = "TSModuleBlock";
      AST_NODE_TYPES2["TSModuleDeclaration"] = "TSModuleDeclaration";
      AST_NODE_TYPES2["TSNamedTupleMember"] = "TSNamedTupleMember";
      AST_NODE_TYPES2["TSNamespaceExportDeclaration"] = "TSNamespaceExportDeclaration";
      AST_NODE_TYPES2["TSNeverKeyword"] = "TSNeverKeyword";
      AST_NODE_TYPES2["TSNonNullExpression"] = "TSNonNullExpression";
      AST_NODE_TYPES2["TSNullKeyword"] = "TSNullKeyword";
      AST_NODE_TYPES2["TSNumberKeyword"] = "TSNumberKeyword";
      AST_NODE_TYPES2["TSObjectKeyword"] = "TSObjectKeyword";
      AST_NODE_TYPES2["TSOptionalType"] = "TSOptionalType";
      AST_NODE_TYPES2["TSParameterProperty"] = "TSParameterProperty";
      AST_NODE_TYPES2["TSPrivateKeyword"] = "TSPrivateKeyword";
      AST_NODE_TYPES2["TSPropertySignature"] = "TSPropertySignature";
      AST_NODE_TYPES2["TSProtectedKeyword"] = "TSProtectedKeyword";
      AST_NODE_TYPES2["TSPublicKeyword"] = "TSPublicKeyword";
      AST_NODE_TYPES2["TSQualifiedName"] = "TSQualifiedName";
      AST_NODE_TYPES2["TSReadonlyKeyword"] = "TSReadonlyKeyword";
      AST_NODE_TYPES2["TSRestType"] = "TSRestType";
      AST_NODE_TYPES2["TSSatisfiesExpression"] = "TSSatisfiesExpression";
      AST_NODE_TYPES2["TSStaticKeyword"] = "TSStaticKeyword";
      AST_NODE_TYPES2["TSStringKeyword"] = "TSStringKeyword";
      AST_NODE_TYPES2["TSSymbolKeyword"] = "TSSymbolKeyword";
      AST_NODE_TYPES2["TSTemplateLiteralType"] = "TSTemplateLiteralType";
      AST_NODE_TYPES2["TSThisType"] = "TSThisType";
      AST_NODE_TYPES2["TSTupleType"] = "TSTupleType";
      AST_NODE_TYPES2["TSTypeAliasDeclaration"] = "TSTypeAliasDeclaration";
      AST_NODE_TYPES2["TSTypeAnnotation"] = "TSTypeAnnotation";
      AST_NODE_TYPES2["TSTypeAssertion"] = "TSTypeAssertion";
      AST_NODE_TYPES2["TSTypeLiteral"] = "TSTypeLiteral";
      AST_NODE_TYPES2["TSTypeOperator"] = "TSTypeOperator";
      AST_NODE_TYPES2["TSTypeParameter"] = "TSTypeParameter";
      AST_NODE_TYPES2["TSTypeParameterDeclaration"] = "TSTypeParameterDeclaration";
      AST_NODE_TYPES2["TSTypeParameterInstantiation"] = "TSTypeParameterInstantiation";
      AST_NODE_TYPES2["TSTypePredicate"] = "TSTypePredicate";
      AST_NODE_TYPES2["TSTypeQuery"] = "TSTypeQuery";
      AST_NODE_TYPES2["TSTypeReference"] = "TSTypeReference";
      AST_NODE_TYPES2["TSUndefinedKeyword"] = "TSUndefinedKeyword";
      AST_NODE_TYPES2["TSUnionType"] = "TSUnionType";
      AST_NODE_TYPES2["TSUnknownKeyword"] = "TSUnknownKeyword";
      AST_NODE_TYPES2["TSVoidKeyword"] = "TSVoidKeyword";
    })(AST_NODE_TYPES || (exports.AST_NODE_TYPES = AST_NODE_TYPES = {}));
    var AST_TOKEN_TYPES;
    (function(AST_TOKEN_TYPES2) {
      AST_TOKEN_TYPES2["Boolean"] = "Boolean";
      AST_TOKEN_TYPES2["Identifier"] = "Identifier";
      AST_TOKEN_TYPES2["JSXIdentifier"] = "JSXIdentifier";
      AST_TOKEN_TYPES2["PrivateIdentifier"] = "PrivateIdentifier";
      AST_TOKEN_TYPES2["JSXText"] = "JSXText";
      AST_TOKEN_TYPES2["Keyword"] = "Keyword";
      AST_TOKEN_TYPES2["Null"] = "Null";
      AST_TOKEN_TYPES2["Numeric"] = "Numeric";
      AST_TOKEN_TYPES2["Punctuator"] = "Punctuator";
      AST_TOKEN_TYPES2["RegularExpression"] = "RegularExpression";
      AST_TOKEN_TYPES2["String"] = "String";
      AST_TOKEN_TYPES2["Template"] = "Template";
      AST_TOKEN_TYPES2["Block"] = "Block";
      AST_TOKEN_TYPES2["Line"] = "Line";
    })(AST_TOKEN_TYPES || (exports.AST_TOKEN_TYPES = AST_TOKEN_TYPES = {}));
  }
});

// node_modules/@typescript-eslint/types/dist/lib.js
var require_lib = __commonJS({
  "node_modules/@typescript-eslint/types/dist/lib.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
  }
});

// node_modules/@typescript-eslint/types/dist/parser-options.js
var require_parser_options = __commonJS({
  "node_modules/@typescript-eslint/types/dist/parser-options.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
  }
});

// node_modules/@typescript-eslint/types/dist/ts-estree.js
var require_ts_estree = __commonJS({
  "node_modules/@typescript-eslint/types/dist/ts-estree.js"(exports) {
    "use strict";
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
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.TSESTree = void 0;
    exports.TSESTree = __importStar(require_ast_spec());
  }
});

// node_modules/@typescript-eslint/types/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/@typescript-eslint/types/dist/index.js"(exports) {
    "use strict";
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
    exports.AST_TOKEN_TYPES = exports.AST_NODE_TYPES = void 0;
    var ast_spec_1 = require_ast_spec();
    Object.defineProperty(exports, "AST_NODE_TYPES", { enumerable: true, get: function() {
      return ast_spec_1.AST_NODE_TYPES;
    } });
    Object.defineProperty(exports, "AST_TOKEN_TYPES", { enumerable: true, get: function() {
      return ast_spec_1.AST_TOKEN_TYPES;
    } });
    __exportStar(require_lib(), exports);
    __exportStar(require_parser_options(), exports);
    __exportStar(require_ts_estree(), exports);
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/ts-estree/index.js
var require_ts_estree2 = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/ts-estree/index.js"(exports) {
    "use strict";
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
    exports.TSESTree = exports.AST_TOKEN_TYPES = exports.AST_NODE_TYPES = void 0;
    __exportStar(require_estree_to_ts_node_types(), exports);
    __exportStar(require_ts_nodes(), exports);
    var types_1 = require_dist2();
    Object.defineProperty(exports, "AST_NODE_TYPES", { enumerable: true, get: function() {
      return types_1.AST_NODE_TYPES;
    } });
    Object.defineProperty(exports, "AST_TOKEN_TYPES", { enumerable: true, get: function() {
      return types_1.AST_TOKEN_TYPES;
    } });
    Object.defineProperty(exports, "TSESTree", { enumerable: true, get: function() {
      return types_1.TSESTree;
    } });
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/jsx/xhtml-entities.js
var require_xhtml_entities = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/jsx/xhtml-entities.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.xhtmlEntities = void 0;
    exports.xhtmlEntities = {
      Aacute: "\xC1",
      aacute: "\xE1",
      Acirc: "\xC2",
      acirc: "\xE2",
      acute: "\xB4",
      AElig: "\xC6",
      aelig: "\xE6",
      Agrave: "\xC0",
      agrave: "\xE0",
      alefsym: "\u2135",
      Alpha: "\u0391",
      alpha: "\u03B1",
      amp: "&",
      and: "\u2227",
      ang: "\u2220",
      apos: "'",
      Aring: "\xC5",
      aring: "\xE5",
      asymp: "\u2248",
      Atilde: "\xC3",
      atilde: "\xE3",
      Auml: "\xC4",
      auml: "\xE4",
      bdquo: "\u201E",
      Beta: "\u0392",
      beta: "\u03B2",
      brvbar: "\xA6",
      bull: "\u2022",
      cap: "\u2229",
      Ccedil: "\xC7",
      ccedil: "\xE7",
      cedil: "\xB8",
      cent: "\xA2",
      Chi: "\u03A7",
      chi: "\u03C7",
      circ: "\u02C6",
      clubs: "\u2663",
      cong: "\u2245",
      copy: "\xA9",
      crarr: "\u21B5",
      cup: "\u222A",
      curren: "\xA4",
      dagger: "\u2020",
      Dagger: "\u2021",
      darr: "\u2193",
      dArr: "\u21D3",
      deg: "\xB0",
      Delta: "\u0394",
      delta: "\u03B4",
      diams: "\u2666",
      divide: "\xF7",
      Eacute: "\xC9",
      eacute: "\xE9",
      Ecirc: "\xCA",
      ecirc: "\xEA",
      Egrave: "\xC8",
      egrave: "\xE8",
      empty: "\u2205",
      emsp: "\u2003",
      ensp: "\u2002",
      Epsilon: "\u0395",
      epsilon: "\u03B5",
      equiv: "\u2261",
      Eta: "\u0397",
      eta: "\u03B7",
      ETH: "\xD0",
      eth: "\xF0",
      Euml: "\xCB",
      euml: "\xEB",
      euro: "\u20AC",
      exist: "\u2203",
      fnof: "\u0192",
      forall: "\u2200",
      frac12: "\xBD",
      frac14: "\xBC",
      frac34: "\xBE",
      frasl: "\u2044",
      Gamma: "\u0393",
      gamma: "\u03B3",
      ge: "\u2265",
      gt: ">",
      harr: "\u2194",
      hArr: "\u21D4",
      hearts: "\u2665",
      hellip: "\u2026",
      Iacute: "\xCD",
      iacute: "\xED",
      Icirc: "\xCE",
      icirc: "\xEE",
      iexcl: "\xA1",
      Igrave: "\xCC",
      igrave: "\xEC",
      image: "\u2111",
      infin: "\u221E",
      int: "\u222B",
      Iota: "\u0399",
      iota: "\u03B9",
      iquest: "\xBF",
      isin: "\u2208",
      Iuml: "\xCF",
      iuml: "\xEF",
      Kappa: "\u039A",
      kappa: "\u03BA",
      Lambda: "\u039B",
      lambda: "\u03BB",
      lang: "\u2329",
      laquo: "\xAB",
      larr: "\u2190",
      lArr: "\u21D0",
      lceil: "\u2308",
      ldquo: "\u201C",
      le: "\u2264",
      lfloor: "\u230A",
      lowast: "\u2217",
      loz: "\u25CA",
      lrm: "\u200E",
      lsaquo: "\u2039",
      lsquo: "\u2018",
      lt: "<",
      macr: "\xAF",
      mdash: "\u2014",
      micro: "\xB5",
      middot: "\xB7",
      minus: "\u2212",
      Mu: "\u039C",
      mu: "\u03BC",
      nabla: "\u2207",
      nbsp: "\xA0",
      ndash: "\u2013",
      ne: "\u2260",
      ni: "\u220B",
      not: "\xAC",
      notin: "\u2209",
      nsub: "\u2284",
      Ntilde: "\xD1",
      ntilde: "\xF1",
      Nu: "\u039D",
      nu: "\u03BD",
      Oacute: "\xD3",
      oacute: "\xF3",
      Ocirc: "\xD4",
      ocirc: "\xF4",
      OElig: "\u0152",
      oelig: "\u0153",
      Ograve: "\xD2",
      ograve: "\xF2",
      oline: "\u203E",
      Omega: "\u03A9",
      omega: "\u03C9",
      Omicron: "\u039F",
      omicron: "\u03BF",
      oplus: "\u2295",
      or: "\u2228",
      ordf: "\xAA",
      ordm: "\xBA",
      Oslash: "\xD8",
      oslash: "\xF8",
      Otilde: "\xD5",
      otilde: "\xF5",
      otimes: "\u2297",
      Ouml: "\xD6",
      ouml: "\xF6",
      para: "\xB6",
      part: "\u2202",
      permil: "\u2030",
      perp: "\u22A5",
      Phi: "\u03A6",
      phi: "\u03C6",
      Pi: "\u03A0",
      pi: "\u03C0",
      piv: "\u03D6",
      plusmn: "\xB1",
      pound: "\xA3",
      prime: "\u2032",
      Prime: "\u2033",
      prod: "\u220F",
      prop: "\u221D",
      Psi: "\u03A8",
      psi: "\u03C8",
      quot: '"',
      radic: "\u221A",
      rang: "\u232A",
      raquo: "\xBB",
      rarr: "\u2192",
      rArr: "\u21D2",
      rceil: "\u2309",
      rdquo: "\u201D",
      real: "\u211C",
      reg: "\xAE",
      rfloor: "\u230B",
      Rho: "\u03A1",
      rho: "\u03C1",
      rlm: "\u200F",
      rsaquo: "\u203A",
      rsquo: "\u2019",
      sbquo: "\u201A",
      Scaron: "\u0160",
      scaron: "\u0161",
      sdot: "\u22C5",
      sect: "\xA7",
      shy: "\xAD",
      Sigma: "\u03A3",
      sigma: "\u03C3",
      sigmaf: "\u03C2",
      sim: "\u223C",
      spades: "\u2660",
      sub: "\u2282",
      sube: "\u2286",
      sum: "\u2211",
      sup: "\u2283",
      sup1: "\xB9",
      sup2: "\xB2",
      sup3: "\xB3",
      supe: "\u2287",
      szlig: "\xDF",
      Tau: "\u03A4",
      tau: "\u03C4",
      there4: "\u2234",
      Theta: "\u0398",
      theta: "\u03B8",
      thetasym: "\u03D1",
      thinsp: "\u2009",
      THORN: "\xDE",
      thorn: "\xFE",
      tilde: "\u02DC",
      times: "\xD7",
      trade: "\u2122",
      Uacute: "\xDA",
      uacute: "\xFA",
      uarr: "\u2191",
      uArr: "\u21D1",
      Ucirc: "\xDB",
      ucirc: "\xFB",
      Ugrave: "\xD9",
      ugrave: "\xF9",
      uml: "\xA8",
      upsih: "\u03D2",
      Upsilon: "\u03A5",
      upsilon: "\u03C5",
      Uuml: "\xDC",
      uuml: "\xFC",
      weierp: "\u2118",
      Xi: "\u039E",
      xi: "\u03BE",
      Yacute: "\xDD",
      yacute: "\xFD",
      yen: "\xA5",
      yuml: "\xFF",
      Yuml: "\u0178",
      Zeta: "\u0396",
      zeta: "\u03B6",
      zwj: "\u200D",
      zwnj: "\u200C"
    };
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/node-utils.js
var require_node_utils = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/node-utils.js"(exports) {
    "use strict";
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
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.TSError = void 0;
    exports.isLogicalOperator = isLogicalOperator;
    exports.isESTreeBinaryOperator = isESTreeBinaryOperator;
    exports.getTextForTokenKind = getTextForTokenKind;
    exports.isESTreeClassMember = isESTreeClassMember;
    exports.hasModifier = hasModifier;
    exports.getLastModifier = getLastModifier;
    exports.isComma = isComma;
    exports.isComment = isComment;
    exports.getBinaryExpressionType = getBinaryExpressionType;
    exports.getLineAndCharacterFor = getLineAndCharacterFor;
    exports.getLocFor = getLocFor;
    exports.canContainDirective = canContainDirective;
    exports.getRange = getRange;
    exports.isJSXToken = isJSXToken;
    exports.getDeclarationKind = getDeclarationKind;
    exports.getTSNodeAccessibility = getTSNodeAccessibility;
    exports.findNextToken = findNextToken;
    exports.findFirstMatchingAncestor = findFirstMatchingAncestor;
    exports.hasJSXAncestor = hasJSXAncestor;
    exports.unescapeStringLiteralText = unescapeStringLiteralText;
    exports.isComputedProperty = isComputedProperty;
    exports.isOptional = isOptional;
    exports.isChainExpression = isChainExpression;
    exports.isChildUnwrappableOptionalChain = isChildUnwrappableOptionalChain;
    exports.getTokenType = getTokenType;
    exports.convertToken = convertToken;
    exports.convertTokens = convertTokens;
    exports.createError = createError;
    exports.nodeHasTokens = nodeHasTokens;
    exports.firstDefined = firstDefined;
    exports.identifierIsThisKeyword = identifierIsThisKeyword;
    exports.isThisIdentifier = isThisIdentifier;
    exports.isThisInTypeQuery = isThisInTypeQuery;
    exports.isValidAssignmentTarget = isValidAssignmentTarget;
    exports.getNamespaceModifiers = getNamespaceModifiers;
    exports.declarationNameToString = declarationNameToString;
    exports.isEntityNameExpression = isEntityNameExpression;
    var ts = __importStar(require_typescript());
    var getModifiers_1 = require_getModifiers();
    var xhtml_entities_1 = require_xhtml_entities();
    var ts_estree_1 = require_ts_estree2();
    var version_check_1 = require_version_check();
    var isAtLeast50 = version_check_1.typescriptVersionIsAtLeast["5.0"];
    var SyntaxKind = ts.SyntaxKind;
    var LOGICAL_OPERATORS = /* @__PURE__ */ new Set([
      SyntaxKind.AmpersandAmpersandToken,
      SyntaxKind.BarBarToken,
      SyntaxKind.QuestionQuestionToken
    ]);
    var ASSIGNMENT_OPERATORS = /* @__PURE__ */ new Set([
      ts.SyntaxKind.AmpersandAmpersandEqualsToken,
      ts.SyntaxKind.AmpersandEqualsToken,
      ts.SyntaxKind.AsteriskAsteriskEqualsToken,
      ts.SyntaxKind.AsteriskEqualsToken,
      ts.SyntaxKind.BarBarEqualsToken,
      ts.SyntaxKind.BarEqualsToken,
      ts.SyntaxKind.CaretEqualsToken,
      ts.SyntaxKind.EqualsToken,
      ts.SyntaxKind.GreaterThanGreaterThanEqualsToken,
      ts.SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken,
      ts.SyntaxKind.LessThanLessThanEqualsToken,
      ts.SyntaxKind.MinusEqualsToken,
      ts.SyntaxKind.PercentEqualsToken,
      ts.SyntaxKind.PlusEqualsToken,
      ts.SyntaxKind.QuestionQuestionEqualsToken,
      ts.SyntaxKind.SlashEqualsToken
    ]);
    var BINARY_OPERATORS = /* @__PURE__ */ new Set([
      SyntaxKind.AmpersandAmpersandToken,
      SyntaxKind.AmpersandToken,
      SyntaxKind.AsteriskAsteriskToken,
      SyntaxKind.AsteriskToken,
      SyntaxKind.BarBarToken,
      SyntaxKind.BarToken,
      SyntaxKind.CaretToken,
      SyntaxKind.EqualsEqualsEqualsToken,
      SyntaxKind.EqualsEqualsToken,
      SyntaxKind.ExclamationEqualsEqualsToken,
      SyntaxKind.ExclamationEqualsToken,
      SyntaxKind.GreaterThanEqualsToken,
      SyntaxKind.GreaterThanGreaterThanGreaterThanToken,
      SyntaxKind.GreaterThanGreaterThanToken,
      SyntaxKind.GreaterThanToken,
      SyntaxKind.InKeyword,
      SyntaxKind.InstanceOfKeyword,
      SyntaxKind.LessThanEqualsToken,
      SyntaxKind.LessThanLessThanToken,
      SyntaxKind.LessThanToken,
      SyntaxKind.MinusToken,
      SyntaxKind.PercentToken,
      SyntaxKind.PlusToken,
      SyntaxKind.SlashToken
    ]);
    function isAssignmentOperator(operator) {
      return ASSIGNMENT_OPERATORS.has(operator.kind);
    }
    function isLogicalOperator(operator) {
      return LOGICAL_OPERATORS.has(operator.kind);
    }
    function isESTreeBinaryOperator(operator) {
      return BINARY_OPERATORS.has(operator.kind);
    }
    function getTextForTokenKind(kind) {
      return ts.tokenToString(kind);
    }
    function isESTreeClassMember(node) {
      return node.kind !== SyntaxKind.SemicolonClassElement;
    }
    function hasModifier(modifierKind, node) {
      const modifiers = (0, getModifiers_1.getModifiers)(node);
      return modifiers?.some((modifier) => modifier.kind === modifierKind) === true;
    }
    function getLastModifier(node) {
      const modifiers = (0, getModifiers_1.getModifiers)(node);
      if (modifiers == null) {
        return null;
      }
      return modifiers[modifiers.length - 1] ?? null;
    }
    function isComma(token) {
      return token.kind === SyntaxKind.CommaToken;
    }
    function isComment(node) {
      return node.kind === SyntaxKind.SingleLineCommentTrivia || node.kind === SyntaxKind.MultiLineCommentTrivia;
    }
    function isJSDocComment(node) {
      return node.kind === SyntaxKind.JSDocComment;
    }
    function getBinaryExpressionType(operator) {
      if (isAssignmentOperator(operator)) {
        return {
          type: ts_estree_1.AST_NODE_TYPES.AssignmentExpression,
          operator: getTextForTokenKind(operator.kind)
        };
      }
      if (isLogicalOperator(operator)) {
        return {
          type: ts_estree_1.AST_NODE_TYPES.LogicalExpression,
          operator: getTextForTokenKind(operator.kind)
        };
      }
      if (isESTreeBinaryOperator(operator)) {
        return {
          type: ts_estree_1.AST_NODE_TYPES.BinaryExpression,
          operator: getTextForTokenKind(operator.kind)
        };
      }
      throw new Error(`Unexpected binary operator ${ts.tokenToString(operator.kind)}`);
    }
    function getLineAndCharacterFor(pos, ast) {
      const loc = ast.getLineAndCharacterOfPosition(pos);
      return {
        column: loc.character,
        line: loc.line + 1
      };
    }
    function getLocFor(range, ast) {
      const [start, end] = range.map((pos) => getLineAndCharacterFor(pos, ast));
      return { end, start };
    }
    function canContainDirective(node) {
      if (node.kind === ts.SyntaxKind.Block) {
        switch (node.parent.kind) {
          case ts.SyntaxKind.Constructor:
          case ts.SyntaxKind.GetAccessor:
          case ts.SyntaxKind.SetAccessor:
          case ts.SyntaxKind.ArrowFunction:
          case ts.SyntaxKind.FunctionExpression:
          case ts.SyntaxKind.FunctionDeclaration:
          case ts.SyntaxKind.MethodDeclaration:
            return true;
          default:
            return false;
        }
      }
      return true;
    }
    function getRange(node, ast) {
      return [node.getStart(ast), node.getEnd()];
    }
    function isToken(node) {
      return node.kind >= SyntaxKind.FirstToken && node.kind <= SyntaxKind.LastToken;
    }
    function isJSXToken(node) {
      return node.kind >= SyntaxKind.JsxElement && node.kind <= SyntaxKind.JsxAttribute;
    }
    function getDeclarationKind(node) {
      if (node.flags & ts.NodeFlags.Let) {
        return "let";
      }
      if ((node.flags & ts.NodeFlags.AwaitUsing) === ts.NodeFlags.AwaitUsing) {
        return "await using";
      }
      if (node.flags & ts.NodeFlags.Const) {
        return "const";
      }
      if (node.flags & ts.NodeFlags.Using) {
        return "using";
      }
      return "var";
    }
    function getTSNodeAccessibility(node) {
      const modifiers = (0, getModifiers_1.getModifiers)(node);
      if (modifiers == null) {
        return void 0;
      }
      for (const modifier of modifiers) {
        switch (modifier.kind) {
          case SyntaxKind.PublicKeyword:
            return "public";
          case SyntaxKind.ProtectedKeyword:
            return "protected";
          case SyntaxKind.PrivateKeyword:
            return "private";
          default:
            break;
        }
      }
      return void 0;
    }
    function findNextToken(previousToken, parent, ast) {
      return find(parent);
      function find(n) {
        if (ts.isToken(n) && n.pos === previousToken.end) {
          return n;
        }
        return firstDefined(n.getChildren(ast), (child) => {
          const shouldDiveInChildNode = (
            // previous token is enclosed somewhere in the child
            child.pos <= previousToken.pos && child.end > previousToken.end || // previous token ends exactly at the beginning of child
            child.pos === previousToken.end
          );
          return shouldDiveInChildNode && nodeHasTokens(child, ast) ? find(child) : void 0;
        });
      }
    }
    function findFirstMatchingAncestor(node, predicate) {
      let current = node;
      while (current) {
        if (predicate(current)) {
          return current;
        }
        current = current.parent;
      }
      return void 0;
    }
    function hasJSXAncestor(node) {
      return !!findFirstMatchingAncestor(node, isJSXToken);
    }
    function unescapeStringLiteralText(text) {
      return text.replaceAll(/&(?:#\d+|#x[\da-fA-F]+|[0-9a-zA-Z]+);/g, (entity) => {
        const item = entity.slice(1, -1);
        if (item[0] === "#") {
          const codePoint = item[1] === "x" ? parseInt(item.slice(2), 16) : parseInt(item.slice(1), 10);
          return codePoint > 1114111 ? entity : String.fromCodePoint(codePoint);
        }
        return xhtml_entities_1.xhtmlEntities[item] || entity;
      });
    }
    function isComputedProperty(node) {
      return node.kind === SyntaxKind.ComputedPropertyName;
    }
    function isOptional(node) {
      return !!node.questionToken;
    }
    function isChainExpression(node) {
      return node.type === ts_estree_1.AST_NODE_TYPES.ChainExpression;
    }
    function isChildUnwrappableOptionalChain(node, child) {
      return isChainExpression(child) && // (x?.y).z is semantically different, and as such .z is no longer optional
      node.expression.kind !== ts.SyntaxKind.ParenthesizedExpression;
    }
    function getTokenType(token) {
      if (token.kind === SyntaxKind.NullKeyword) {
        return ts_estree_1.AST_TOKEN_TYPES.Null;
      }
      if (token.kind >= SyntaxKind.FirstKeyword && token.kind <= SyntaxKind.LastFutureReservedWord) {
        if (token.kind === SyntaxKind.FalseKeyword || token.kind === SyntaxKind.TrueKeyword) {
          return ts_estree_1.AST_TOKEN_TYPES.Boolean;
        }
        return ts_estree_1.AST_TOKEN_TYPES.Keyword;
      }
      if (token.kind >= SyntaxKind.FirstPunctuation && token.kind <= SyntaxKind.LastPunctuation) {
        return ts_estree_1.AST_TOKEN_TYPES.Punctuator;
      }
      if (token.kind >= SyntaxKind.NoSubstitutionTemplateLiteral && token.kind <= SyntaxKind.TemplateTail) {
        return ts_estree_1.AST_TOKEN_TYPES.Template;
      }
      switch (token.kind) {
        case SyntaxKind.NumericLiteral:
        case SyntaxKind.BigIntLiteral:
          return ts_estree_1.AST_TOKEN_TYPES.Numeric;
        case SyntaxKind.PrivateIdentifier:
          return ts_estree_1.AST_TOKEN_TYPES.PrivateIdentifier;
        case SyntaxKind.JsxText:
          return ts_estree_1.AST_TOKEN_TYPES.JSXText;
        case SyntaxKind.StringLiteral:
          if (token.parent.kind === SyntaxKind.JsxAttribute || token.parent.kind === SyntaxKind.JsxElement) {
            return ts_estree_1.AST_TOKEN_TYPES.JSXText;
          }
          return ts_estree_1.AST_TOKEN_TYPES.String;
        case SyntaxKind.RegularExpressionLiteral:
          return ts_estree_1.AST_TOKEN_TYPES.RegularExpression;
        case SyntaxKind.Identifier:
        case SyntaxKind.ConstructorKeyword:
        case SyntaxKind.GetKeyword:
        case SyntaxKind.SetKeyword:
        // intentional fallthrough
        default:
      }
      if (token.kind === SyntaxKind.Identifier) {
        if (isJSXToken(token.parent)) {
          return ts_estree_1.AST_TOKEN_TYPES.JSXIdentifier;
        }
        if (token.parent.kind === SyntaxKind.PropertyAccessExpression && hasJSXAncestor(token)) {
          return ts_estree_1.AST_TOKEN_TYPES.JSXIdentifier;
        }
      }
      return ts_estree_1.AST_TOKEN_TYPES.Identifier;
    }
    function convertToken(token, ast) {
      const start = token.kind === SyntaxKind.JsxText ? token.getFullStart() : token.getStart(ast);
      const end = token.getEnd();
      const value = ast.text.slice(start, end);
      const tokenType = getTokenType(token);
      const range = [start, end];
      const loc = getLocFor(range, ast);
      if (tokenType === ts_estree_1.AST_TOKEN_TYPES.RegularExpression) {
        return {
          type: tokenType,
          loc,
          range,
          regex: {
            flags: value.slice(value.lastIndexOf("/") + 1),
            pattern: value.slice(1, value.lastIndexOf("/"))
          },
          value
        };
      }
      if (tokenType === ts_estree_1.AST_TOKEN_TYPES.PrivateIdentifier) {
        return {
          type: tokenType,
          loc,
          range,
          value: value.slice(1)
        };
      }
      return {
        type: tokenType,
        loc,
        range,
        value
      };
    }
    function convertTokens(ast) {
      const result = [];
      function walk(node) {
        if (isComment(node) || isJSDocComment(node)) {
          return;
        }
        const { kind } = node;
        if (isToken(node) && kind !== SyntaxKind.EndOfFileToken) {
          const token = convertToken(node, ast);
          if (kind === SyntaxKind.LessThanToken) {
            addMissingLessThanToken(result, token, ast);
          }
          result.push(token);
        } else {
          node.getChildren(ast).forEach(walk);
        }
      }
      walk(ast);
      return result;
    }
    function addMissingLessThanToken(result, token, ast) {
      if (result.length === 0) {
        return;
      }
      const currentTokenStart = token.range[0];
      const previousTokenEnd = result[result.length - 1].range[1];
      if (currentTokenStart > previousTokenEnd && ast.text[currentTokenStart - 1] === "<") {
        const range = [currentTokenStart - 1, currentTokenStart];
        result.push({
          type: ts_estree_1.AST_TOKEN_TYPES.Punctuator,
          loc: getLocFor(range, ast),
          range,
          value: "<"
        });
      }
    }
    var TSError = class extends Error {
      fileName;
      location;
      name = "TSError";
      constructor(message, fileName, location) {
        super(message);
        this.fileName = fileName;
        this.location = location;
      }
      // For old version of ESLint https://github.com/typescript-eslint/typescript-eslint/pull/6556#discussion_r1123237311
      get index() {
        return this.location.start.offset;
      }
      // https://github.com/eslint/eslint/blob/b09a512107249a4eb19ef5a37b0bd672266eafdb/lib/linter/linter.js#L853
      get lineNumber() {
        return this.location.start.line;
      }
      // https://github.com/eslint/eslint/blob/b09a512107249a4eb19ef5a37b0bd672266eafdb/lib/linter/linter.js#L854
      get column() {
        return this.location.start.column;
      }
    };
    exports.TSError = TSError;
    function createError(node, message, sourceFile) {
      let startIndex;
      let endIndex;
      if (Array.isArray(node)) {
        [startIndex, endIndex] = node;
      } else if (typeof node === "number") {
        startIndex = endIndex = node;
      } else {
        sourceFile ??= node.getSourceFile();
        startIndex = node.getStart(sourceFile);
        endIndex = node.getEnd();
      }
      if (!sourceFile) {
        throw new Error("`sourceFile` is required.");
      }
      const [start, end] = [startIndex, endIndex].map((offset) => {
        const { character: column, line } = sourceFile.getLineAndCharacterOfPosition(offset);
        return { column, line: line + 1, offset };
      });
      return new TSError(message, sourceFile.fileName, { end, start });
    }
    function nodeHasTokens(n, ast) {
      return n.kind === SyntaxKind.EndOfFileToken ? !!n.jsDoc : n.getWidth(ast) !== 0;
    }
    function firstDefined(array, callback) {
      if (array === void 0) {
        return void 0;
      }
      for (let i = 0; i < array.length; i++) {
        const result = callback(array[i], i);
        if (result !== void 0) {
          return result;
        }
      }
      return void 0;
    }
    function identifierIsThisKeyword(id) {
      return (isAtLeast50 ? ts.identifierToKeywordKind(id) : (
        // @ts-expect-error -- intentional fallback for older TS versions <=4.9
        id.originalKeywordKind
      )) === SyntaxKind.ThisKeyword;
    }
    function isThisIdentifier(node) {
      return !!node && node.kind === SyntaxKind.Identifier && identifierIsThisKeyword(node);
    }
    function isThisInTypeQuery(node) {
      if (!isThisIdentifier(node)) {
        return false;
      }
      while (ts.isQualifiedName(node.parent) && node.parent.left === node) {
        node = node.parent;
      }
      return node.parent.kind === SyntaxKind.TypeQuery;
    }
    function isValidAssignmentTarget(node) {
      switch (node.kind) {
        case SyntaxKind.Identifier:
          return true;
        case SyntaxKind.PropertyAccessExpression:
        case SyntaxKind.ElementAccessExpression:
          if (node.flags & ts.NodeFlags.OptionalChain) {
            return false;
          }
          return true;
        case SyntaxKind.ParenthesizedExpression:
        case SyntaxKind.TypeAssertionExpression:
        case SyntaxKind.AsExpression:
        case SyntaxKind.SatisfiesExpression:
        case SyntaxKind.ExpressionWithTypeArguments:
        case SyntaxKind.NonNullExpression:
          return isValidAssignmentTarget(node.expression);
        default:
          return false;
      }
    }
    function getNamespaceModifiers(node) {
      let modifiers = (0, getModifiers_1.getModifiers)(node);
      let moduleDeclaration = node;
      while ((!modifiers || modifiers.length === 0) && ts.isModuleDeclaration(moduleDeclaration.parent)) {
        const parentModifiers = (0, getModifiers_1.getModifiers)(moduleDeclaration.parent);
        if (parentModifiers?.length) {
          modifiers = parentModifiers;
        }
        moduleDeclaration = moduleDeclaration.parent;
      }
      return modifiers;
    }
    function declarationNameToString(node) {
      const text = node.getSourceFile().text.slice(node.pos, node.end).trimStart();
      return text || "(Missing)";
    }
    function isPropertyAccessEntityNameExpression(node) {
      return ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.name) && isEntityNameExpression(node.expression);
    }
    function isEntityNameExpression(node) {
      return node.kind === SyntaxKind.Identifier || isPropertyAccessEntityNameExpression(node);
    }
  }
});

// node_modules/eslint-visitor-keys/dist/eslint-visitor-keys.cjs
var require_eslint_visitor_keys = __commonJS({
  "node_modules/eslint-visitor-keys/dist/eslint-visitor-keys.cjs"(exports) {
    "use strict";
    var KEYS = {
      ArrayExpression: ["elements"],
      ArrayPattern: ["elements"],
      ArrowFunctionExpression: ["params", "body"],
      AssignmentExpression: ["left", "right"],
      AssignmentPattern: ["left", "right"],
      AwaitExpression: ["argument"],
      BinaryExpression: ["left", "right"],
      BlockStatement: ["body"],
      BreakStatement: ["label"],
      CallExpression: ["callee", "arguments"],
      CatchClause: ["param", "body"],
      ChainExpression: ["expression"],
      ClassBody: ["body"],
      ClassDeclaration: ["id", "superClass", "body"],
      ClassExpression: ["id", "superClass", "body"],
      ConditionalExpression: ["test", "consequent", "alternate"],
      ContinueStatement: ["label"],
      DebuggerStatement: [],
      DoWhileStatement: ["body", "test"],
      EmptyStatement: [],
      ExperimentalRestProperty: ["argument"],
      ExperimentalSpreadProperty: ["argument"],
      ExportAllDeclaration: ["exported", "source", "attributes"],
      ExportDefaultDeclaration: ["declaration"],
      ExportNamedDeclaration: [
        "declaration",
        "specifiers",
        "source",
        "attributes"
      ],
      ExportSpecifier: ["local", "exported"],
      ExpressionStatement: ["expression"],
      ForInStatement: ["left", "right", "body"],
      ForOfStatement: ["left", "right", "body"],
      ForStatement: ["init", "test", "update", "body"],
      FunctionDeclaration: ["id", "params", "body"],
      FunctionExpression: ["id", "params", "body"],
      Identifier: [],
      IfStatement: ["test", "consequent", "alternate"],
      ImportAttribute: ["key", "value"],
      ImportDeclaration: ["specifiers", "source", "attributes"],
      ImportDefaultSpecifier: ["local"],
      ImportExpression: ["source", "options"],
      ImportNamespaceSpecifier: ["local"],
      ImportSpecifier: ["imported", "local"],
      JSXAttribute: ["name", "value"],
      JSXClosingElement: ["name"],
      JSXClosingFragment: [],
      JSXElement: ["openingElement", "children", "closingElement"],
      JSXEmptyExpression: [],
      JSXExpressionContainer: ["expression"],
      JSXFragment: ["openingFragment", "children", "closingFragment"],
      JSXIdentifier: [],
      JSXMemberExpression: ["object", "property"],
      JSXNamespacedName: ["namespace", "name"],
      JSXOpeningElement: ["name", "attributes"],
      JSXOpeningFragment: [],
      JSXSpreadAttribute: ["argument"],
      JSXSpreadChild: ["expression"],
      JSXText: [],
      LabeledStatement: ["label", "body"],
      Literal: [],
      LogicalExpression: ["left", "right"],
      MemberExpression: ["object", "property"],
      MetaProperty: ["meta", "property"],
      MethodDefinition: ["key", "value"],
      NewExpression: ["callee", "arguments"],
      ObjectExpression: ["properties"],
      ObjectPattern: ["properties"],
      PrivateIdentifier: [],
      Program: ["body"],
      Property: ["key", "value"],
      PropertyDefinition: ["key", "value"],
      RestElement: ["argument"],
      ReturnStatement: ["argument"],
      SequenceExpression: ["expressions"],
      SpreadElement: ["argument"],
      StaticBlock: ["body"],
      Super: [],
      SwitchCase: ["test", "consequent"],
      SwitchStatement: ["discriminant", "cases"],
      TaggedTemplateExpression: ["tag", "quasi"],
      TemplateElement: [],
      TemplateLiteral: ["quasis", "expressions"],
      ThisExpression: [],
      ThrowStatement: ["argument"],
      TryStatement: ["block", "handler", "finalizer"],
      UnaryExpression: ["argument"],
      UpdateExpression: ["argument"],
      VariableDeclaration: ["declarations"],
      VariableDeclarator: ["id", "init"],
      WhileStatement: ["test", "body"],
      WithStatement: ["object", "body"],
      YieldExpression: ["argument"]
    };
    var NODE_TYPES = Object.keys(KEYS);
    for (const type of NODE_TYPES) {
      Object.freeze(KEYS[type]);
    }
    Object.freeze(KEYS);
    var KEY_BLACKLIST = /* @__PURE__ */ new Set([
      "parent",
      "leadingComments",
      "trailingComments"
    ]);
    function filterKey(key) {
      return !KEY_BLACKLIST.has(key) && key[0] !== "_";
    }
    function getKeys(node) {
      return Object.keys(node).filter(filterKey);
    }
    function unionWith(additionalKeys) {
      const retv = (
        /** @type {{ [type: string]: ReadonlyArray<string> }} */
        Object.assign({}, KEYS)
      );
      for (const type of Object.keys(additionalKeys)) {
        if (Object.hasOwn(retv, type)) {
          const keys = new Set(additionalKeys[type]);
          for (const key of retv[type]) {
            keys.add(key);
          }
          retv[type] = Object.freeze(Array.from(keys));
        } else {
          retv[type] = Object.freeze(Array.from(additionalKeys[type]));
        }
      }
      return Object.freeze(retv);
    }
    exports.KEYS = KEYS;
    exports.getKeys = getKeys;
    exports.unionWith = unionWith;
  }
});

// node_modules/@typescript-eslint/visitor-keys/dist/get-keys.js
var require_get_keys = __commonJS({
  "node_modules/@typescript-eslint/visitor-keys/dist/get-keys.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getKeys = void 0;
    var eslint_visitor_keys_1 = require_eslint_visitor_keys();
    exports.getKeys = eslint_visitor_keys_1.getKeys;
  }
});

// node_modules/@typescript-eslint/visitor-keys/dist/visitor-keys.js
var require_visitor_keys = __commonJS({
  "node_modules/@typescript-eslint/visitor-keys/dist/visitor-keys.js"(exports) {
    "use strict";
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
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.visitorKeys = void 0;
    var eslintVisitorKeys = __importStar(require_eslint_visitor_keys());
    var SharedVisitorKeys = (() => {
      const FunctionType = ["typeParameters", "params", "returnType"];
      const AnonymousFunction = [...FunctionType, "body"];
      const AbstractPropertyDefinition = [
        "decorators",
        "key",
        "typeAnnotation"
      ];
      return {
        AbstractPropertyDefinition: ["decorators", "key", "typeAnnotation"],
        AnonymousFunction,
        AsExpression: ["expression", "typeAnnotation"],
        ClassDeclaration: [
          "decorators",
          "id",
          "typeParameters",
          "superClass",
          "superTypeArguments",
          "implements",
          "body"
        ],
        Function: ["id", ...AnonymousFunction],
        FunctionType,
        PropertyDefinition: [...AbstractPropertyDefinition, "value"]
      };
    })();
    var additionalKeys = {
      AccessorProperty: SharedVisitorKeys.PropertyDefinition,
      ArrayPattern: ["decorators", "elements", "typeAnnotation"],
      ArrowFunctionExpression: SharedVisitorKeys.AnonymousFunction,
      AssignmentPattern: ["decorators", "left", "right", "typeAnnotation"],
      CallExpression: ["callee", "typeArguments", "arguments"],
      ClassDeclaration: SharedVisitorKeys.ClassDeclaration,
      ClassExpression: SharedVisitorKeys.ClassDeclaration,
      Decorator: ["expression"],
      ExportAllDeclaration: ["exported", "source", "attributes"],
      ExportNamedDeclaration: ["declaration", "specifiers", "source", "attributes"],
      FunctionDeclaration: SharedVisitorKeys.Function,
      FunctionExpression: SharedVisitorKeys.Function,
      Identifier: ["decorators", "typeAnnotation"],
      ImportAttribute: ["key", "value"],
      ImportDeclaration: ["specifiers", "source", "attributes"],
      ImportExpression: ["source", "options"],
      JSXClosingFragment: [],
      JSXOpeningElement: ["name", "typeArguments", "attributes"],
      JSXOpeningFragment: [],
      JSXSpreadChild: ["expression"],
      MethodDefinition: ["decorators", "key", "value"],
      NewExpression: ["callee", "typeArguments", "arguments"],
      ObjectPattern: ["decorators", "properties", "typeAnnotation"],
      PropertyDefinition: SharedVisitorKeys.PropertyDefinition,
      RestElement: ["decorators", "argument", "typeAnnotation"],
      StaticBlock: ["body"],
      TaggedTemplateExpression: ["tag", "typeArguments", "quasi"],
      TSAbstractAccessorProperty: SharedVisitorKeys.AbstractPropertyDefinition,
      TSAbstractKeyword: [],
      TSAbstractMethodDefinition: ["key", "value"],
      TSAbstractPropertyDefinition: SharedVisitorKeys.AbstractPropertyDefinition,
      TSAnyKeyword: [],
      TSArrayType: ["elementType"],
      TSAsExpression: SharedVisitorKeys.AsExpression,
      TSAsyncKeyword: [],
      TSBigIntKeyword: [],
      TSBooleanKeyword: [],
      TSCallSignatureDeclaration: SharedVisitorKeys.FunctionType,
      TSClassImplements: ["expression", "typeArguments"],
      TSConditionalType: ["checkType", "extendsType", "trueType", "falseType"],
      TSConstructorType: SharedVisitorKeys.FunctionType,
      TSConstructSignatureDeclaration: SharedVisitorKeys.FunctionType,
      TSDeclareFunction: SharedVisitorKeys.Function,
      TSDeclareKeyword: [],
      TSEmptyBodyFunctionExpression: ["id", ...SharedVisitorKeys.FunctionType],
      TSEnumBody: ["members"],
      TSEnumDeclaration: ["id", "body"],
      TSEnumMember: ["id", "initializer"],
      TSExportAssignment: ["expression"],
      TSExportKeyword: [],
      TSExternalModuleReference: ["expression"],
      TSFunctionType: SharedVisitorKeys.FunctionType,
      TSImportEqualsDeclaration: ["id", "moduleReference"],
      TSImportType: ["source", "options", "qualifier", "typeArguments"],
      TSIndexedAccessType: ["objectType", "indexType"],
      TSIndexSignature: ["parameters", "typeAnnotation"],
      TSInferType: ["typeParameter"],
      TSInstantiationExpression: ["expression", "typeArguments"],
      TSInterfaceBody: ["body"],
      TSInterfaceDeclaration: ["id", "typeParameters", "extends", "body"],
      TSInterfaceHeritage: ["expression", "typeArguments"],
      TSIntersectionType: ["types"],
      TSIntrinsicKeyword: [],
      TSLiteralType: ["literal"],
      TSMappedType: ["key", "constraint", "nameType", "typeAnnotation"],
      TSMethodSignature: ["key", "typeParameters", "params", "returnType"],
      TSModuleBlock: ["body"],
      TSModuleDeclaration: ["id", "body"],
      TSNamedTupleMember: ["label", "elementType"],
      TSNamespaceExportDeclaration: ["id"],
      TSNeverKeyword: [],
      TSNonNullExpression: ["expression"],
      TSNullKeyword: [],
      TSNumberKeyword: [],
      TSObjectKeyword: [],
      TSOptionalType: ["typeAnnotation"],
      TSParameterProperty: ["decorators", "parameter"],
      TSPrivateKeyword: [],
      TSPropertySignature: ["key", "typeAnnotation"],
      TSProtectedKeyword: [],
      TSPublicKeyword: [],
      TSQualifiedName: ["left", "right"],
      TSReadonlyKeyword: [],
      TSRestType: ["typeAnnotation"],
      TSSatisfiesExpression: SharedVisitorKeys.AsExpression,
      TSStaticKeyword: [],
      TSStringKeyword: [],
      TSSymbolKeyword: [],
      TSTemplateLiteralType: ["quasis", "types"],
      TSThisType: [],
      TSTupleType: ["elementTypes"],
      TSTypeAliasDeclaration: ["id", "typeParameters", "typeAnnotation"],
      TSTypeAnnotation: ["typeAnnotation"],
      TSTypeAssertion: ["typeAnnotation", "expression"],
      TSTypeLiteral: ["members"],
      TSTypeOperator: ["typeAnnotation"],
      TSTypeParameter: ["name", "constraint", "default"],
      TSTypeParameterDeclaration: ["params"],
      TSTypeParameterInstantiation: ["params"],
      TSTypePredicate: ["parameterName", "typeAnnotation"],
      TSTypeQuery: ["exprName", "typeArguments"],
      TSTypeReference: ["typeName", "typeArguments"],
      TSUndefinedKeyword: [],
      TSUnionType: ["types"],
      TSUnknownKeyword: [],
      TSVoidKeyword: []
    };
    exports.visitorKeys = eslintVisitorKeys.unionWith(additionalKeys);
  }
});

// node_modules/@typescript-eslint/visitor-keys/dist/index.js
var require_dist3 = __commonJS({
  "node_modules/@typescript-eslint/visitor-keys/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.visitorKeys = exports.getKeys = void 0;
    var get_keys_1 = require_get_keys();
    Object.defineProperty(exports, "getKeys", { enumerable: true, get: function() {
      return get_keys_1.getKeys;
    } });
    var visitor_keys_1 = require_visitor_keys();
    Object.defineProperty(exports, "visitorKeys", { enumerable: true, get: function() {
      return visitor_keys_1.visitorKeys;
    } });
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/simple-traverse.js
var require_simple_traverse = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/simple-traverse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.simpleTraverse = simpleTraverse;
    var visitor_keys_1 = require_dist3();
    function isValidNode(x) {
      return typeof x === "object" && x != null && "type" in x && typeof x.type === "string";
    }
    function getVisitorKeysForNode(allVisitorKeys, node) {
      const keys = allVisitorKeys[node.type];
      return keys ?? [];
    }
    var SimpleTraverser = class {
      allVisitorKeys = visitor_keys_1.visitorKeys;
      selectors;
      setParentPointers;
      constructor(selectors, setParentPointers = false) {
        this.selectors = selectors;
        this.setParentPointers = setParentPointers;
        if (selectors.visitorKeys) {
          this.allVisitorKeys = selectors.visitorKeys;
        }
      }
      traverse(node, parent) {
        if (!isValidNode(node)) {
          return;
        }
        if (this.setParentPointers) {
          node.parent = parent;
        }
        if ("enter" in this.selectors) {
          this.selectors.enter(node, parent);
        } else if (node.type in this.selectors.visitors) {
          this.selectors.visitors[node.type](node, parent);
        }
        const keys = getVisitorKeysForNode(this.allVisitorKeys, node);
        if (keys.length < 1) {
          return;
        }
        for (const key of keys) {
          const childOrChildren = node[key];
          if (Array.isArray(childOrChildren)) {
            for (const child of childOrChildren) {
              this.traverse(child, node);
            }
          } else {
            this.traverse(childOrChildren, node);
          }
        }
      }
    };
    function simpleTraverse(startingNode, options, setParentPointers = false) {
      new SimpleTraverser(options, setParentPointers).traverse(startingNode, void 0);
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/check-modifiers.js
var require_check_modifiers = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/check-modifiers.js"(exports) {
    "use strict";
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
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkModifiers = checkModifiers;
    var ts = __importStar(require_typescript());
    var getModifiers_1 = require_getModifiers();
    var node_utils_1 = require_node_utils();
    var SyntaxKind = ts.SyntaxKind;
    function nodeIsMissing(node) {
      if (node == null) {
        return true;
      }
      return node.pos === node.end && node.pos >= 0 && node.kind !== SyntaxKind.EndOfFileToken;
    }
    function nodeIsPresent(node) {
      return !nodeIsMissing(node);
    }
    function hasAbstractModifier(node) {
      return (0, node_utils_1.hasModifier)(SyntaxKind.AbstractKeyword, node);
    }
    function getThisParameter(signature) {
      if (signature.parameters.length && !ts.isJSDocSignature(signature)) {
        const thisParameter = signature.parameters[0];
        if (parameterIsThisKeyword(thisParameter)) {
          return thisParameter;
        }
      }
      return null;
    }
    function parameterIsThisKeyword(parameter) {
      return (0, node_utils_1.isThisIdentifier)(parameter.name);
    }
    function getContainingFunction(node) {
      return ts.findAncestor(node.parent, ts.isFunctionLike);
    }
    function nodeCanBeDecorated(node) {
      switch (node.kind) {
        case SyntaxKind.ClassDeclaration:
          return true;
        case SyntaxKind.ClassExpression:
          return true;
        case SyntaxKind.PropertyDeclaration: {
          const { parent } = node;
          if (ts.isClassDeclaration(parent)) {
            return true;
          }
          if (ts.isClassLike(parent) && !hasAbstractModifier(node)) {
            return true;
          }
          return false;
        }
        case SyntaxKind.GetAccessor:
        case SyntaxKind.SetAccessor:
        case SyntaxKind.MethodDeclaration: {
          const { parent } = node;
          return Boolean(node.body) && (ts.isClassDeclaration(parent) || ts.isClassLike(parent));
        }
        case SyntaxKind.Parameter: {
          const { parent } = node;
          const grandparent = parent.parent;
          return Boolean(parent) && "body" in parent && Boolean(parent.body) && (parent.kind === SyntaxKind.Constructor || parent.kind === SyntaxKind.MethodDeclaration || parent.kind === SyntaxKind.SetAccessor) && getThisParameter(parent) !== node && Boolean(grandparent) && grandparent.kind === SyntaxKind.ClassDeclaration;
        }
      }
      return false;
    }
    function nodeHasIllegalDecorators(node) {
      return !!("illegalDecorators" in node && node.illegalDecorators?.length);
    }
    function checkModifiers(node) {
      if (nodeHasIllegalDecorators(node)) {
        throw (0, node_utils_1.createError)(node.illegalDecorators[0], "Decorators are not valid here.");
      }
      for (const decorator of (0, getModifiers_1.getDecorators)(
        node,
        /* includeIllegalDecorators */
        true
      ) ?? []) {
        if (!nodeCanBeDecorated(node)) {
          if (ts.isMethodDeclaration(node) && !nodeIsPresent(node.body)) {
            throw (0, node_utils_1.createError)(decorator, "A decorator can only decorate a method implementation, not an overload.");
          } else {
            throw (0, node_utils_1.createError)(decorator, "Decorators are not valid here.");
          }
        }
      }
      const modifiers = (0, getModifiers_1.getModifiers)(
        node,
        /* includeIllegalModifiers */
        true
      ) ?? [];
      for (const modifier of modifiers) {
        if (modifier.kind !== SyntaxKind.ReadonlyKeyword) {
          if (node.kind === SyntaxKind.PropertySignature || node.kind === SyntaxKind.MethodSignature) {
            throw (0, node_utils_1.createError)(modifier, `'${ts.tokenToString(modifier.kind)}' modifier cannot appear on a type member`);
          }
          if (node.kind === SyntaxKind.IndexSignature && (modifier.kind !== SyntaxKind.StaticKeyword || !ts.isClassLike(node.parent))) {
            throw (0, node_utils_1.createError)(modifier, `'${ts.tokenToString(modifier.kind)}' modifier cannot appear on an index signature`);
          }
        }
        if (modifier.kind !== SyntaxKind.InKeyword && modifier.kind !== SyntaxKind.OutKeyword && modifier.kind !== SyntaxKind.ConstKeyword && node.kind === SyntaxKind.TypeParameter) {
          throw (0, node_utils_1.createError)(modifier, `'${ts.tokenToString(modifier.kind)}' modifier cannot appear on a type parameter`);
        }
        if ((modifier.kind === SyntaxKind.InKeyword || modifier.kind === SyntaxKind.OutKeyword) && (node.kind !== SyntaxKind.TypeParameter || !(ts.isInterfaceDeclaration(node.parent) || ts.isClassLike(node.parent) || ts.isTypeAliasDeclaration(node.parent)))) {
          throw (0, node_utils_1.createError)(modifier, `'${ts.tokenToString(modifier.kind)}' modifier can only appear on a type parameter of a class, interface or type alias`);
        }
        if (modifier.kind === SyntaxKind.ReadonlyKeyword && node.kind !== SyntaxKind.PropertyDeclaration && node.kind !== SyntaxKind.PropertySignature && node.kind !== SyntaxKind.IndexSignature && node.kind !== SyntaxKind.Parameter) {
          throw (0, node_utils_1.createError)(modifier, "'readonly' modifier can only appear on a property declaration or index signature.");
        }
        if (modifier.kind === SyntaxKind.DeclareKeyword && ts.isClassLike(node.parent) && !ts.isPropertyDeclaration(node)) {
          throw (0, node_utils_1.createError)(modifier, `'${ts.tokenToString(modifier.kind)}' modifier cannot appear on class elements of this kind.`);
        }
        if (modifier.kind === SyntaxKind.DeclareKeyword && ts.isVariableStatement(node)) {
          const declarationKind = (0, node_utils_1.getDeclarationKind)(node.declarationList);
          if (declarationKind === "using" || declarationKind === "await using") {
            throw (0, node_utils_1.createError)(modifier, `'declare' modifier cannot appear on a '${declarationKind}' declaration.`);
          }
        }
        if (modifier.kind === SyntaxKind.AbstractKeyword && node.kind !== SyntaxKind.ClassDeclaration && node.kind !== SyntaxKind.ConstructorType && node.kind !== SyntaxKind.MethodDeclaration && node.kind !== SyntaxKind.PropertyDeclaration && node.kind !== SyntaxKind.GetAccessor && node.kind !== SyntaxKind.SetAccessor) {
          throw (0, node_utils_1.createError)(modifier, `'${ts.tokenToString(modifier.kind)}' modifier can only appear on a class, method, or property declaration.`);
        }
        if (modifier.kind === SyntaxKind.ExportKeyword && modifiers.slice(0, modifiers.indexOf(modifier)).some((m) => m.kind === SyntaxKind.AbstractKeyword)) {
          throw (0, node_utils_1.createError)(modifier, "'export' modifier must precede 'abstract' modifier.");
        }
        if ((modifier.kind === SyntaxKind.StaticKeyword || modifier.kind === SyntaxKind.PublicKeyword || modifier.kind === SyntaxKind.ProtectedKeyword || modifier.kind === SyntaxKind.PrivateKeyword) && (node.parent.kind === SyntaxKind.ModuleBlock || node.parent.kind === SyntaxKind.SourceFile)) {
          throw (0, node_utils_1.createError)(modifier, `'${ts.tokenToString(modifier.kind)}' modifier cannot appear on a module or namespace element.`);
        }
        if (modifier.kind === SyntaxKind.AccessorKeyword && node.kind !== SyntaxKind.PropertyDeclaration) {
          throw (0, node_utils_1.createError)(modifier, "'accessor' modifier can only appear on a property declaration.");
        }
        if (modifier.kind === SyntaxKind.AsyncKeyword && node.kind !== SyntaxKind.MethodDeclaration && node.kind !== SyntaxKind.FunctionDeclaration && node.kind !== SyntaxKind.FunctionExpression && node.kind !== SyntaxKind.ArrowFunction) {
          throw (0, node_utils_1.createError)(modifier, "'async' modifier cannot be used here.");
        }
        if (node.kind === SyntaxKind.Parameter && (modifier.kind === SyntaxKind.StaticKeyword || modifier.kind === SyntaxKind.ExportKeyword || modifier.kind === SyntaxKind.DeclareKeyword || modifier.kind === SyntaxKind.AsyncKeyword)) {
          throw (0, node_utils_1.createError)(modifier, `'${ts.tokenToString(modifier.kind)}' modifier cannot appear on a parameter.`);
        }
        if (modifier.kind === SyntaxKind.PublicKeyword || modifier.kind === SyntaxKind.ProtectedKeyword || modifier.kind === SyntaxKind.PrivateKeyword) {
          for (const anotherModifier of modifiers) {
            if (anotherModifier !== modifier && (anotherModifier.kind === SyntaxKind.PublicKeyword || anotherModifier.kind === SyntaxKind.ProtectedKeyword || anotherModifier.kind === SyntaxKind.PrivateKeyword)) {
              throw (0, node_utils_1.createError)(anotherModifier, `Accessibility modifier already seen.`);
            }
          }
        }
        if (node.kind === SyntaxKind.Parameter && // In `typescript` package, it's `ts.hasSyntacticModifier(node, ts.ModifierFlags.ParameterPropertyModifier)`
        // https://github.com/typescript-eslint/typescript-eslint/pull/6615#discussion_r1136489935
        (modifier.kind === SyntaxKind.PublicKeyword || modifier.kind === SyntaxKind.PrivateKeyword || modifier.kind === SyntaxKind.ProtectedKeyword || modifier.kind === SyntaxKind.ReadonlyKeyword || modifier.kind === SyntaxKind.OverrideKeyword)) {
          const func = getContainingFunction(node);
          if (!(func?.kind === SyntaxKind.Constructor && nodeIsPresent(func.body))) {
            throw (0, node_utils_1.createError)(modifier, "A parameter property is only allowed in a constructor implementation.");
          }
          const param = node;
          if (param.dotDotDotToken) {
            throw (0, node_utils_1.createError)(modifier, "A parameter property cannot be a rest parameter.");
          }
          if (param.name.kind === SyntaxKind.ArrayBindingPattern || param.name.kind === SyntaxKind.ObjectBindingPattern) {
            throw (0, node_utils_1.createError)(modifier, "A parameter property may not be declared using a binding pattern.");
          }
        }
        checkObjectPropertyModifier(node, modifier);
      }
      if (node.parent?.kind === SyntaxKind.ObjectLiteralExpression) {
        for (const modifier of node.modifiers ?? []) {
          if (ts.isDecorator(modifier) || modifiers.includes(modifier)) {
            continue;
          }
          checkObjectPropertyModifier(node, modifier);
        }
      }
    }
    function checkObjectPropertyModifier(node, modifier) {
      if ((modifier.kind !== SyntaxKind.AsyncKeyword || node.kind !== SyntaxKind.MethodDeclaration) && node.parent.kind === SyntaxKind.ObjectLiteralExpression) {
        throw (0, node_utils_1.createError)(modifier, `'${ts.tokenToString(modifier.kind)}' modifier cannot be used here.`);
      }
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/getImportClausePhaseModifier.js
var require_getImportClausePhaseModifier = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/getImportClausePhaseModifier.js"(exports) {
    "use strict";
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
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getImportClausePhaseModifier = getImportClausePhaseModifier;
    var ts = __importStar(require_typescript());
    var version_check_1 = require_version_check();
    var isAtLeast59 = version_check_1.typescriptVersionIsAtLeast["5.9"];
    function getImportClausePhaseModifier(node) {
      if (!node) {
        return null;
      }
      if (isAtLeast59) {
        return node.phaseModifier === ts.SyntaxKind.TypeKeyword ? "type" : (
          // eslint-disable-next-line @typescript-eslint/no-deprecated -- guarded by TS version check
          node.phaseModifier === ts.SyntaxKind.DeferKeyword ? "defer" : null
        );
      }
      return node.isTypeOnly ? "type" : null;
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/check-syntax-errors.js
var require_check_syntax_errors = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/check-syntax-errors.js"(exports) {
    "use strict";
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
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkSyntaxError = checkSyntaxError;
    var ts = __importStar(require_typescript());
    var check_modifiers_1 = require_check_modifiers();
    var getImportClausePhaseModifier_1 = require_getImportClausePhaseModifier();
    var node_utils_1 = require_node_utils();
    var SyntaxKind = ts.SyntaxKind;
    function checkSyntaxError(tsNode, parent, allowPattern) {
      (0, check_modifiers_1.checkModifiers)(tsNode);
      const node = tsNode;
      switch (node.kind) {
        case SyntaxKind.SwitchStatement:
          if (node.caseBlock.clauses.filter((switchCase) => switchCase.kind === SyntaxKind.DefaultClause).length > 1) {
            throw (0, node_utils_1.createError)(node, "A 'default' clause cannot appear more than once in a 'switch' statement.");
          }
          break;
        case SyntaxKind.ThrowStatement:
          if (node.expression.end === node.expression.pos) {
            throw (0, node_utils_1.createError)(node, "A throw statement must throw an expression.");
          }
          break;
        case SyntaxKind.CatchClause:
          if (node.variableDeclaration?.initializer) {
            throw (0, node_utils_1.createError)(node.variableDeclaration.initializer, "Catch clause variable cannot have an initializer.");
          }
          break;
        case SyntaxKind.FunctionDeclaration: {
          const isDeclare = (0, node_utils_1.hasModifier)(SyntaxKind.DeclareKeyword, node);
          const isAsync = (0, node_utils_1.hasModifier)(SyntaxKind.AsyncKeyword, node);
          const isGenerator = !!node.asteriskToken;
          if (isDeclare) {
            if (node.body) {
              throw (0, node_utils_1.createError)(node, "An implementation cannot be declared in ambient contexts.");
            } else if (isAsync) {
              throw (0, node_utils_1.createError)(node, "'async' modifier cannot be used in an ambient context.");
            } else if (isGenerator) {
              throw (0, node_utils_1.createError)(node, "Generators are not allowed in an ambient context.");
            }
          } else if (!node.body && isGenerator) {
            throw (0, node_utils_1.createError)(node, "A function signature cannot be declared as a generator.");
          }
          break;
        }
        case SyntaxKind.VariableDeclaration: {
          const hasExclamationToken = !!node.exclamationToken;
          if (hasExclamationToken) {
            if (node.initializer) {
              throw (0, node_utils_1.createError)(node, "Declarations with initializers cannot also have definite assignment assertions.");
            } else if (node.name.kind !== SyntaxKind.Identifier || !node.type) {
              throw (0, node_utils_1.createError)(node, "Declarations with definite assignment assertions must also have type annotations.");
            }
          }
          if (node.parent.kind === SyntaxKind.VariableDeclarationList) {
            const variableDeclarationList = node.parent;
            const kind = (0, node_utils_1.getDeclarationKind)(variableDeclarationList);
            if (kind === "using" || kind === "await using") {
              if (variableDeclarationList.parent.kind === SyntaxKind.ForInStatement) {
                throw (0, node_utils_1.createError)(variableDeclarationList, `The left-hand side of a 'for...in' statement cannot be a '${kind}' declaration.`);
              }
              if (variableDeclarationList.parent.kind === SyntaxKind.ForStatement || variableDeclarationList.parent.kind === SyntaxKind.VariableStatement) {
                if (!node.initializer) {
                  throw (0, node_utils_1.createError)(node, `'${kind}' declarations must be initialized.`);
                }
                if (node.name.kind !== SyntaxKind.Identifier) {
                  throw (0, node_utils_1.createError)(node.name, `'${kind}' declarations may not have binding patterns.`);
                }
              }
            }
            if (variableDeclarationList.parent.kind === SyntaxKind.VariableStatement) {
              const variableStatement = variableDeclarationList.parent;
              const hasDeclareKeyword = (0, node_utils_1.hasModifier)(SyntaxKind.DeclareKeyword, variableStatement);
              if ((hasDeclareKeyword || ["await using", "const", "using"].includes(kind)) && hasExclamationToken) {
                throw (0, node_utils_1.createError)(node, `A definite assignment assertion '!' is not permitted in this context.`);
              }
              if (hasDeclareKeyword && node.initializer && (["let", "var"].includes(kind) || node.type)) {
                throw (0, node_utils_1.createError)(node, `Initializers are not permitted in ambient contexts.`);
              }
            }
          }
          break;
        }
        case SyntaxKind.VariableStatement: {
          const declarations = node.declarationList.declarations;
          if (!declarations.length) {
            throw (0, node_utils_1.createError)(node, "A variable declaration list must have at least one variable declarator.");
          }
          break;
        }
        case SyntaxKind.PropertyAssignment: {
          const { exclamationToken, questionToken } = node;
          if (questionToken) {
            throw (0, node_utils_1.createError)(questionToken, "A property assignment cannot have a question token.");
          }
          if (exclamationToken) {
            throw (0, node_utils_1.createError)(exclamationToken, "A property assignment cannot have an exclamation token.");
          }
          break;
        }
        case SyntaxKind.ShorthandPropertyAssignment: {
          const { exclamationToken, modifiers, questionToken } = node;
          if (modifiers) {
            throw (0, node_utils_1.createError)(modifiers[0], "A shorthand property assignment cannot have modifiers.");
          }
          if (questionToken) {
            throw (0, node_utils_1.createError)(questionToken, "A shorthand property assignment cannot have a question token.");
          }
          if (exclamationToken) {
            throw (0, node_utils_1.createError)(exclamationToken, "A shorthand property assignment cannot have an exclamation token.");
          }
          break;
        }
        case SyntaxKind.PropertyDeclaration: {
          const isAbstract = (0, node_utils_1.hasModifier)(SyntaxKind.AbstractKeyword, node);
          if (isAbstract && node.initializer) {
            throw (0, node_utils_1.createError)(node.initializer, `Abstract property cannot have an initializer.`);
          }
          const isDefinite = !!node.exclamationToken;
          if (isDefinite && isAbstract) {
            throw (0, node_utils_1.createError)(node.exclamationToken, `A definite assignment assertion '!' is not permitted in this context.`);
          }
          if (isDefinite && !node.type) {
            throw (0, node_utils_1.createError)(node, `Declarations with definite assignment assertions must also have type annotations.`);
          }
          if (isDefinite && node.initializer) {
            throw (0, node_utils_1.createError)(node, `Declarations with initializers cannot also have definite assignment assertions.`);
          }
          if (node.name.kind === SyntaxKind.StringLiteral && node.name.text === "constructor") {
            throw (0, node_utils_1.createError)(node.name, "Classes may not have a field named 'constructor'.");
          }
          break;
        }
        case SyntaxKind.TaggedTemplateExpression:
          if (node.tag.flags & ts.NodeFlags.OptionalChain) {
            throw (0, node_utils_1.createError)(node, "Tagged template expressions are not permitted in an optional chain.");
          }
          break;
        case SyntaxKind.BinaryExpression:
          if (node.operatorToken.kind !== SyntaxKind.InKeyword && node.left.kind === SyntaxKind.PrivateIdentifier) {
            throw (0, node_utils_1.createError)(node.left, "Private identifiers cannot appear on the right-hand-side of an 'in' expression.");
          } else if (node.right.kind === SyntaxKind.PrivateIdentifier) {
            throw (0, node_utils_1.createError)(node.right, "Private identifiers are only allowed on the left-hand-side of an 'in' expression.");
          }
          break;
        case SyntaxKind.MappedType:
          if (node.members && node.members.length > 0) {
            throw (0, node_utils_1.createError)(node.members[0], "A mapped type may not declare properties or methods.");
          }
          break;
        case SyntaxKind.PropertySignature: {
          const { initializer } = node;
          if (initializer) {
            throw (0, node_utils_1.createError)(initializer, "A property signature cannot have an initializer.");
          }
          break;
        }
        case SyntaxKind.FunctionType: {
          const { modifiers } = node;
          if (modifiers) {
            throw (0, node_utils_1.createError)(modifiers[0], "A function type cannot have modifiers.");
          }
          break;
        }
        case SyntaxKind.EnumMember: {
          const computed = node.name.kind === ts.SyntaxKind.ComputedPropertyName;
          if (computed) {
            throw (0, node_utils_1.createError)(node.name, "Computed property names are not allowed in enums.");
          }
          if (node.name.kind === SyntaxKind.NumericLiteral || node.name.kind === SyntaxKind.BigIntLiteral) {
            throw (0, node_utils_1.createError)(node.name, "An enum member cannot have a numeric name.");
          }
          break;
        }
        // eslint-disable-next-line @typescript-eslint/no-deprecated
        case SyntaxKind.AssertEntry:
        case SyntaxKind.ImportAttribute:
          if (node.value.kind !== SyntaxKind.StringLiteral) {
            throw (0, node_utils_1.createError)(node.value, "String literal expected.");
          }
          break;
        case SyntaxKind.ExternalModuleReference:
          if (node.expression.kind !== SyntaxKind.StringLiteral) {
            throw (0, node_utils_1.createError)(node.expression, "String literal expected.");
          }
          break;
        case SyntaxKind.PrefixUnaryExpression:
        case SyntaxKind.PostfixUnaryExpression: {
          const operator = (0, node_utils_1.getTextForTokenKind)(node.operator);
          if ((operator === "++" || operator === "--") && !(0, node_utils_1.isValidAssignmentTarget)(node.operand)) {
            throw (0, node_utils_1.createError)(node.operand, "Invalid left-hand side expression in unary operation");
          }
          break;
        }
        case SyntaxKind.ImportDeclaration: {
          const { importClause } = node;
          const importPhase = (0, getImportClausePhaseModifier_1.getImportClausePhaseModifier)(importClause);
          if (importPhase === "type" && importClause?.name && importClause.namedBindings) {
            throw (0, node_utils_1.createError)(importClause, "A type-only import can specify a default import or named bindings, but not both.");
          }
          const isNamedImport = importClause?.namedBindings?.kind === SyntaxKind.NamedImports;
          const isDefaultImport = !!importClause?.name;
          if (importPhase === "defer" && isNamedImport) {
            throw (0, node_utils_1.createError)(importClause, "Named imports are not allowed in a deferred import.");
          }
          if (importPhase === "defer" && isDefaultImport) {
            throw (0, node_utils_1.createError)(importClause, "Default imports are not allowed in a deferred import.");
          }
          assertModuleSpecifier(node, false);
          break;
        }
        case SyntaxKind.ExportDeclaration:
          assertModuleSpecifier(node, node.exportClause?.kind === SyntaxKind.NamedExports);
          break;
        case SyntaxKind.ExportSpecifier: {
          const local = node.propertyName ?? node.name;
          if (local.kind === SyntaxKind.StringLiteral && parent.kind === SyntaxKind.ExportDeclaration && parent.moduleSpecifier?.kind !== SyntaxKind.StringLiteral) {
            throw (0, node_utils_1.createError)(local, "A string literal cannot be used as a local exported binding without `from`.");
          }
          break;
        }
        case SyntaxKind.CallExpression:
          if (node.expression.kind === SyntaxKind.ImportKeyword && node.arguments.length !== 1 && node.arguments.length !== 2) {
            throw (0, node_utils_1.createError)(node.arguments.length > 1 ? node.arguments[2] : node, "Dynamic import requires exactly one or two arguments.");
          }
          break;
        case SyntaxKind.ClassDeclaration:
          if (!node.name && (!(0, node_utils_1.hasModifier)(ts.SyntaxKind.ExportKeyword, node) || !(0, node_utils_1.hasModifier)(ts.SyntaxKind.DefaultKeyword, node))) {
            throw (0, node_utils_1.createError)(node, "A class declaration without the 'default' modifier must have a name.");
          }
        // intentional fallthrough
        case SyntaxKind.ClassExpression: {
          const heritageClauses = node.heritageClauses ?? [];
          let seenExtendsClause = false;
          let seenImplementsClause = false;
          for (const heritageClause of heritageClauses) {
            const { token, types } = heritageClause;
            if (types.length === 0) {
              throw (0, node_utils_1.createError)(heritageClause, `'${ts.tokenToString(token)}' list cannot be empty.`);
            }
            if (token === SyntaxKind.ExtendsKeyword) {
              if (seenExtendsClause) {
                throw (0, node_utils_1.createError)(heritageClause, "'extends' clause already seen.");
              }
              if (seenImplementsClause) {
                throw (0, node_utils_1.createError)(heritageClause, "'extends' clause must precede 'implements' clause.");
              }
              if (types.length > 1) {
                throw (0, node_utils_1.createError)(types[1], "Classes can only extend a single class.");
              }
              seenExtendsClause = true;
            } else {
              if (seenImplementsClause) {
                throw (0, node_utils_1.createError)(heritageClause, "'implements' clause already seen.");
              }
              for (const heritageType of heritageClause.types) {
                if (!(0, node_utils_1.isEntityNameExpression)(heritageType.expression) || ts.isOptionalChain(heritageType.expression)) {
                  throw (0, node_utils_1.createError)(heritageType, "A class can only implement an identifier/qualified-name with optional type arguments.");
                }
              }
              seenImplementsClause = true;
            }
          }
          break;
        }
        case SyntaxKind.InterfaceDeclaration: {
          const interfaceHeritageClauses = node.heritageClauses ?? [];
          let seenExtendsClause = false;
          for (const heritageClause of interfaceHeritageClauses) {
            const { token, types } = heritageClause;
            if (token === SyntaxKind.ImplementsKeyword) {
              throw (0, node_utils_1.createError)(heritageClause, "Interface declaration cannot have 'implements' clause.");
            }
            if (token !== SyntaxKind.ExtendsKeyword) {
              throw (0, node_utils_1.createError)(heritageClause, "Unexpected token.");
            }
            if (types.length === 0) {
              throw (0, node_utils_1.createError)(heritageClause, `'${ts.tokenToString(token)}' list cannot be empty.`);
            }
            if (seenExtendsClause) {
              throw (0, node_utils_1.createError)(heritageClause, "'extends' clause already seen.");
            }
            seenExtendsClause = true;
            for (const heritageType of heritageClause.types) {
              if (!(0, node_utils_1.isEntityNameExpression)(heritageType.expression) || ts.isOptionalChain(heritageType.expression)) {
                throw (0, node_utils_1.createError)(heritageType, "Interface declaration can only extend an identifier/qualified name with optional type arguments.");
              }
            }
          }
          break;
        }
        case SyntaxKind.GetAccessor:
        case SyntaxKind.SetAccessor:
          if (node.parent.kind === SyntaxKind.InterfaceDeclaration || node.parent.kind === SyntaxKind.TypeLiteral) {
            return;
          }
        // otherwise, it is a non-type accessor - intentional fallthrough
        case SyntaxKind.MethodDeclaration: {
          const isAbstract = (0, node_utils_1.hasModifier)(SyntaxKind.AbstractKeyword, node);
          if (isAbstract && node.body) {
            throw (0, node_utils_1.createError)(node.name, node.kind === SyntaxKind.GetAccessor || node.kind === SyntaxKind.SetAccessor ? "An abstract accessor cannot have an implementation." : `Method '${(0, node_utils_1.declarationNameToString)(node.name)}' cannot have an implementation because it is marked abstract.`);
          }
          break;
        }
        case SyntaxKind.MetaProperty: {
          const metaObject = (0, node_utils_1.getTextForTokenKind)(node.keywordToken);
          const metaPropertyName = node.name.text;
          if (metaObject === "import") {
            if (metaPropertyName === "defer" && node.parent.kind !== SyntaxKind.CallExpression) {
              throw (0, node_utils_1.createError)(node, "'import.defer' is only valid when called. Use 'import.defer()' instead.");
            }
            if (metaPropertyName !== "meta") {
              throw (0, node_utils_1.createError)(node, `'${metaPropertyName}' is not a valid meta-property for keyword 'import'.`);
            }
          }
          break;
        }
        case SyntaxKind.ObjectLiteralExpression: {
          if (!allowPattern) {
            for (const property of node.properties) {
              if ((property.kind === SyntaxKind.GetAccessor || property.kind === SyntaxKind.SetAccessor || property.kind === SyntaxKind.MethodDeclaration) && !property.body) {
                throw (0, node_utils_1.createError)(property.end - 1, "'{' expected.", node.getSourceFile());
              }
            }
          }
          break;
        }
        case SyntaxKind.ImportEqualsDeclaration:
          if (node.isTypeOnly && node.moduleReference.kind !== SyntaxKind.ExternalModuleReference) {
            throw (0, node_utils_1.createError)(node, "An import alias cannot use 'import type'");
          }
          break;
        case SyntaxKind.ModuleDeclaration: {
          if (node.flags & ts.NodeFlags.GlobalAugmentation) {
            const { body } = node;
            if (body == null || body.kind === SyntaxKind.ModuleDeclaration) {
              throw (0, node_utils_1.createError)(node.body ?? node, "Expected a valid module body");
            }
            const { name } = node;
            if (name.kind !== ts.SyntaxKind.Identifier) {
              throw (0, node_utils_1.createError)(name, "global module augmentation must have an Identifier id");
            }
            return;
          }
          if (ts.isStringLiteral(node.name)) {
            return;
          }
          if (node.body == null) {
            throw (0, node_utils_1.createError)(node, "Expected a module body");
          }
          if (node.name.kind !== ts.SyntaxKind.Identifier) {
            throw (0, node_utils_1.createError)(node.name, "`namespace`s must have an Identifier id");
          }
          break;
        }
        case SyntaxKind.ForInStatement:
        case SyntaxKind.ForOfStatement: {
          checkForStatementDeclaration(node);
          break;
        }
      }
    }
    function checkForStatementDeclaration(node) {
      const { initializer, kind } = node;
      const loop = kind === SyntaxKind.ForInStatement ? "for...in" : "for...of";
      if (ts.isVariableDeclarationList(initializer)) {
        if (initializer.declarations.length !== 1) {
          throw (0, node_utils_1.createError)(initializer, `Only a single variable declaration is allowed in a '${loop}' statement.`);
        }
        const declaration = initializer.declarations[0];
        if (declaration.initializer) {
          throw (0, node_utils_1.createError)(declaration, `The variable declaration of a '${loop}' statement cannot have an initializer.`);
        } else if (declaration.type) {
          throw (0, node_utils_1.createError)(declaration, `The variable declaration of a '${loop}' statement cannot have a type annotation.`);
        }
      } else if (!(0, node_utils_1.isValidAssignmentTarget)(initializer) && initializer.kind !== SyntaxKind.ObjectLiteralExpression && initializer.kind !== SyntaxKind.ArrayLiteralExpression) {
        throw (0, node_utils_1.createError)(initializer, `The left-hand side of a '${loop}' statement must be a variable or a property access.`);
      }
    }
    function assertModuleSpecifier(node, allowNull) {
      if (!allowNull && node.moduleSpecifier == null) {
        throw (0, node_utils_1.createError)(node, "Module specifier must be a string literal.");
      }
      if (node.moduleSpecifier && node.moduleSpecifier.kind !== SyntaxKind.StringLiteral) {
        throw (0, node_utils_1.createError)(node.moduleSpecifier, "Module specifier must be a string literal.");
      }
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/convert.js
var require_convert = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/convert.js"(exports) {
    "use strict";
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
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Converter = void 0;
    exports.convertError = convertError;
    var ts = __importStar(require_typescript());
    var check_syntax_errors_1 = require_check_syntax_errors();
    var getImportClausePhaseModifier_1 = require_getImportClausePhaseModifier();
    var getModifiers_1 = require_getModifiers();
    var node_utils_1 = require_node_utils();
    var ts_estree_1 = require_ts_estree2();
    var SyntaxKind = ts.SyntaxKind;
    function convertError(error) {
      return (0, node_utils_1.createError)(error.start, "message" in error && error.message || error.messageText, error.file);
    }
    var Converter = class {
      allowPattern = false;
      ast;
      esTreeNodeToTSNodeMap = /* @__PURE__ */ new WeakMap();
      options;
      tsNodeToESTreeNodeMap = /* @__PURE__ */ new WeakMap();
      /**
       * Converts a TypeScript node into an ESTree node
       * @param ast the full TypeScript AST
       * @param options additional options for the conversion
       * @returns the converted ESTreeNode
       */
      constructor(ast, options) {
        this.ast = ast;
        this.options = { ...options };
      }
      #checkSyntaxError(node, parent) {
        if (this.options.allowInvalidAST) {
          return;
        }
        (0, check_syntax_errors_1.checkSyntaxError)(node, parent, this.allowPattern);
      }
      #isValidEscape(text) {
        if (/\\[xu]/.test(text)) {
          const hasInvalidUnicodeEscape = /\\u(?![0-9a-fA-F]{4}|{)/.test(text);
          const hasInvalidHexEscape = /\\x(?![0-9a-fA-F]{2})/.test(text);
          return !hasInvalidUnicodeEscape && !hasInvalidHexEscape;
        }
        return true;
      }
      #throwError(node, message) {
        if (this.options.allowInvalidAST) {
          return;
        }
        throw (0, node_utils_1.createError)(node, message, this.ast);
      }
      /**
       * Creates a getter for a property under aliasKey that returns the value under
       * valueKey. If suppressDeprecatedPropertyWarnings is not enabled, the
       * getter also console warns about the deprecation.
       *
       * @see https://github.com/typescript-eslint/typescript-eslint/issues/6469
       */
      #withDeprecatedAliasGetter(node, aliasKey, valueKey, suppressWarnings = false) {
        let warned = suppressWarnings;
        Object.defineProperty(node, aliasKey, {
          configurable: true,
          get: this.options.suppressDeprecatedPropertyWarnings ? () => node[valueKey] : () => {
            if (!warned) {
              process.emitWarning(`The '${aliasKey}' property is deprecated on ${node.type} nodes. Use '${valueKey}' instead. See https://tseslint.com/key-property-deprecated.`, "DeprecationWarning");
              warned = true;
            }
            return node[valueKey];
          },
          set(value) {
            Object.defineProperty(node, aliasKey, {
              enumerable: true,
              value,
              writable: true
            });
          }
        });
        return node;
      }
      #withDeprecatedGetter(node, deprecatedKey, preferredKey, value) {
        let warned = false;
        Object.defineProperty(node, deprecatedKey, {
          configurable: true,
          get: this.options.suppressDeprecatedPropertyWarnings ? () => value : () => {
            if (!warned) {
              let message = `The '${deprecatedKey}' property is deprecated on ${node.type} nodes.`;
              if (preferredKey) {
                message += ` Use ${preferredKey} instead.`;
              }
              message += " See https://tseslint.com/key-property-deprecated.";
              process.emitWarning(message, "DeprecationWarning");
              warned = true;
            }
            return value;
          },
          set(value2) {
            Object.defineProperty(node, deprecatedKey, {
              enumerable: true,
              value: value2,
              writable: true
            });
          }
        });
        return node;
      }
      convertBindingNameWithTypeAnnotation(name, tsType, parent) {
        const id = this.convertPattern(name);
        if (tsType) {
          id.typeAnnotation = this.convertTypeAnnotation(tsType, parent);
          this.fixParentLocation(id, id.typeAnnotation.range);
        }
        return id;
      }
      /**
       * Converts body Nodes and add a directive field to StringLiterals
       * @param nodes of ts.Node
       * @param parent parentNode
       * @returns Array of body statements
       */
      convertBodyExpressions(nodes, parent) {
        let allowDirectives = (0, node_utils_1.canContainDirective)(parent);
        return nodes.map((statement) => {
          const child = this.convertChild(statement);
          if (allowDirectives) {
            if (child?.expression && ts.isExpressionStatement(statement) && ts.isStringLiteral(statement.expression)) {
              const raw = child.expression.raw;
              child.directive = raw.slice(1, -1);
              return child;
            }
            allowDirectives = false;
          }
          return child;
        }).filter((statement) => statement);
      }
      convertChainExpression(node, tsNode) {
        const { child, isOptional } = (() => {
          if (node.type === ts_estree_1.AST_NODE_TYPES.MemberExpression) {
            return { child: node.object, isOptional: node.optional };
          }
          if (node.type === ts_estree_1.AST_NODE_TYPES.CallExpression) {
            return { child: node.callee, isOptional: node.optional };
          }
          return { child: node.expression, isOptional: false };
        })();
        const isChildUnwrappable = (0, node_utils_1.isChildUnwrappableOptionalChain)(tsNode, child);
        if (!isChildUnwrappable && !isOptional) {
          return node;
        }
        if (isChildUnwrappable && (0, node_utils_1.isChainExpression)(child)) {
          const newChild = child.expression;
          if (node.type === ts_estree_1.AST_NODE_TYPES.MemberExpression) {
            node.object = newChild;
          } else if (node.type === ts_estree_1.AST_NODE_TYPES.CallExpression) {
            node.callee = newChild;
          } else {
            node.expression = newChild;
          }
        }
        return this.createNode(tsNode, {
          type: ts_estree_1.AST_NODE_TYPES.ChainExpression,
          expression: node
        });
      }
      /**
       * Converts a TypeScript node into an ESTree node.
       * @param child the child ts.Node
       * @param parent parentNode
       * @returns the converted ESTree node
       */
      convertChild(child, parent) {
        return this.converter(child, parent, false);
      }
      /**
       * Converts TypeScript node array into an ESTree node list.
       * @param children the child `ts.NodeArray` or `ts.Node[]`
       * @param parent parentNode
       * @returns the converted ESTree node list
       */
      convertChildren(children, parent) {
        return children.map((child) => this.converter(child, parent, false));
      }
      /**
       * Converts a TypeScript node into an ESTree node.
       * @param child the child ts.Node
       * @param parent parentNode
       * @returns the converted ESTree node
       */
      convertPattern(child, parent) {
        return this.converter(child, parent, true);
      }
      /**
       * Converts a child into a type annotation. This creates an intermediary
       * TypeAnnotation node to match what Flow does.
       * @param child The TypeScript AST node to convert.
       * @param parent parentNode
       * @returns The type annotation node.
       */
      convertTypeAnnotation(child, parent) {
        const offset = parent?.kind === SyntaxKind.FunctionType || parent?.kind === SyntaxKind.ConstructorType ? 2 : 1;
        const annotationStartCol = child.getFullStart() - offset;
        const range = [annotationStartCol, child.end];
        const loc = (0, node_utils_1.getLocFor)(range, this.ast);
        return {
          type: ts_estree_1.AST_NODE_TYPES.TSTypeAnnotation,
          loc,
          range,
          typeAnnotation: this.convertChild(child)
        };
      }
      /**
       * Converts a ts.Node's typeArguments to TSTypeParameterInstantiation node
       * @param typeArguments ts.NodeArray typeArguments
       * @param node parent used to create this node
       * @returns TypeParameterInstantiation node
       */
      convertTypeArguments(node) {
        const { typeArguments } = node;
        if (!typeArguments) {
          return void 0;
        }
        const greaterThanToken = (0, node_utils_1.findNextToken)(typeArguments, this.ast, this.ast);
        const range = [typeArguments.pos - 1, greaterThanToken.end];
        if (typeArguments.length === 0) {
          this.#throwError(range, "Type argument list cannot be empty.");
        }
        return this.createNode(node, {
          type: ts_estree_1.AST_NODE_TYPES.TSTypeParameterInstantiation,
          range,
          params: this.convertChildren(typeArguments)
        });
      }
      /**
       * Converts a ts.Node's typeParameters to TSTypeParameterDeclaration node
       * @param typeParameters ts.Node typeParameters
       * @returns TypeParameterDeclaration node
       */
      convertTypeParameters(node) {
        const { typeParameters } = node;
        if (!typeParameters) {
          return void 0;
        }
        const greaterThanToken = (0, node_utils_1.findNextToken)(typeParameters, this.ast, this.ast);
        const range = [
          typeParameters.pos - 1,
          greaterThanToken.end
        ];
        if (typeParameters.length === 0) {
          this.#throwError(range, "Type parameter list cannot be empty.");
        }
        return {
          type: ts_estree_1.AST_NODE_TYPES.TSTypeParameterDeclaration,
          loc: (0, node_utils_1.getLocFor)(range, this.ast),
          range,
          params: this.convertChildren(typeParameters)
        };
      }
      /**
       * Converts an array of ts.Node parameters into an array of ESTreeNode params
       * @param parameters An array of ts.Node params to be converted
       * @returns an array of converted ESTreeNode params
       */
      convertParameters(parameters) {
        if (!parameters?.length) {
          return [];
        }
        return parameters.map((param) => {
          const convertedParam = this.convertChild(param);
          convertedParam.decorators = this.convertChildren((0, getModifiers_1.getDecorators)(param) ?? []);
          return convertedParam;
        });
      }
      /**
       * Converts a TypeScript node into an ESTree node.
       * @param node the child ts.Node
       * @param parent parentNode
       * @param allowPattern flag to determine if patterns are allowed
       * @returns the converted ESTree node
       */
      converter(node, parent, allowPattern) {
        if (!node) {
          return null;
        }
        const pattern = this.allowPattern;
        if (allowPattern != null) {
          this.allowPattern = allowPattern;
        }
        const parentNode = parent ?? node.parent;
        this.#checkSyntaxError(node, parentNode);
        const result = this.convertNode(node, parentNode);
        this.registerTSNodeInNodeMap(node, result);
        this.allowPattern = pattern;
        return result;
      }
      convertImportAttributes(node) {
        const attributes = node.attributes ?? node.assertClause;
        return this.convertChildren(attributes?.elements ?? []);
      }
      convertJSXIdentifier(node) {
        const result = this.createNode(node, {
          type: ts_estree_1.AST_NODE_TYPES.JSXIdentifier,
          name: node.getText()
        });
        this.registerTSNodeInNodeMap(node, result);
        return result;
      }
      convertJSXNamespaceOrIdentifier(node) {
        if (node.kind === ts.SyntaxKind.JsxNamespacedName) {
          const result = this.createNode(node, {
            type: ts_estree_1.AST_NODE_TYPES.JSXNamespacedName,
            name: this.createNode(node.name, {
              type: ts_estree_1.AST_NODE_TYPES.JSXIdentifier,
              name: node.name.text
            }),
            namespace: this.createNode(node.namespace, {
              type: ts_estree_1.AST_NODE_TYPES.JSXIdentifier,
              name: node.namespace.text
            })
          });
          this.registerTSNodeInNodeMap(node, result);
          return result;
        }
        const text = node.getText();
        const colonIndex = text.indexOf(":");
        if (colonIndex > 0) {
          const range = (0, node_utils_1.getRange)(node, this.ast);
          const result = this.createNode(node, {
            type: ts_estree_1.AST_NODE_TYPES.JSXNamespacedName,
            range,
            name: this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.JSXIdentifier,
              range: [range[0] + colonIndex + 1, range[1]],
              name: text.slice(colonIndex + 1)
            }),
            namespace: this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.JSXIdentifier,
              range: [range[0], range[0] + colonIndex],
              name: text.slice(0, colonIndex)
            })
          });
          this.registerTSNodeInNodeMap(node, result);
          return result;
        }
        return this.convertJSXIdentifier(node);
      }
      /**
       * Converts a TypeScript JSX node.tagName into an ESTree node.name
       * @param node the tagName object from a JSX ts.Node
       * @returns the converted ESTree name object
       */
      convertJSXTagName(node, parent) {
        let result;
        switch (node.kind) {
          case SyntaxKind.PropertyAccessExpression:
            if (node.name.kind === SyntaxKind.PrivateIdentifier) {
              this.#throwError(node.name, "Non-private identifier expected.");
            }
            result = this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.JSXMemberExpression,
              object: this.convertJSXTagName(node.expression, parent),
              property: this.convertJSXIdentifier(node.name)
            });
            break;
          case SyntaxKind.ThisKeyword:
          case SyntaxKind.Identifier:
          default:
            return this.convertJSXNamespaceOrIdentifier(node);
        }
        this.registerTSNodeInNodeMap(node, result);
        return result;
      }
      convertMethodSignature(node) {
        return this.createNode(node, {
          type: ts_estree_1.AST_NODE_TYPES.TSMethodSignature,
          accessibility: (0, node_utils_1.getTSNodeAccessibility)(node),
          computed: (0, node_utils_1.isComputedProperty)(node.name),
          key: this.convertChild(node.name),
          kind: (() => {
            switch (node.kind) {
              case SyntaxKind.GetAccessor:
                return "get";
              case SyntaxKind.SetAccessor:
                return "set";
              case SyntaxKind.MethodSignature:
                return "method";
            }
          })(),
          optional: (0, node_utils_1.isOptional)(node),
          params: this.convertParameters(node.parameters),
          readonly: (0, node_utils_1.hasModifier)(SyntaxKind.ReadonlyKeyword, node),
          returnType: node.type && this.convertTypeAnnotation(node.type, node),
          static: (0, node_utils_1.hasModifier)(SyntaxKind.StaticKeyword, node),
          typeParameters: this.convertTypeParameters(node)
        });
      }
      /**
       * Uses the provided range location to adjust the location data of the given Node
       * @param result The node that will have its location data mutated
       * @param childRange The child node range used to expand location
       */
      fixParentLocation(result, childRange) {
        if (childRange[0] < result.range[0]) {
          result.range[0] = childRange[0];
          result.loc.start = (0, node_utils_1.getLineAndCharacterFor)(result.range[0], this.ast);
        }
        if (childRange[1] > result.range[1]) {
          result.range[1] = childRange[1];
          result.loc.end = (0, node_utils_1.getLineAndCharacterFor)(result.range[1], this.ast);
        }
      }
      /**
       * Converts a TypeScript node into an ESTree node.
       * The core of the conversion logic:
       * Identify and convert each relevant TypeScript SyntaxKind
       * @returns the converted ESTree node
       */
      convertNode(node, parent) {
        switch (node.kind) {
          case SyntaxKind.SourceFile: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.Program,
              range: [0, node.endOfFileToken.end],
              body: this.convertBodyExpressions(node.statements, node),
              comments: void 0,
              sourceType: node.externalModuleIndicator ? "module" : "script",
              tokens: void 0
            });
          }
          case SyntaxKind.Block: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.BlockStatement,
              body: this.convertBodyExpressions(node.statements, node)
            });
          }
          case SyntaxKind.Identifier: {
            if ((0, node_utils_1.isThisInTypeQuery)(node)) {
              return this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.ThisExpression
              });
            }
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.Identifier,
              decorators: [],
              name: node.text,
              optional: false,
              typeAnnotation: void 0
            });
          }
          case SyntaxKind.PrivateIdentifier: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.PrivateIdentifier,
              // typescript includes the `#` in the text
              name: node.text.slice(1)
            });
          }
          case SyntaxKind.WithStatement:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.WithStatement,
              body: this.convertChild(node.statement),
              object: this.convertChild(node.expression)
            });
          // Control Flow
          case SyntaxKind.ReturnStatement:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ReturnStatement,
              argument: this.convertChild(node.expression)
            });
          case SyntaxKind.LabeledStatement:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.LabeledStatement,
              body: this.convertChild(node.statement),
              label: this.convertChild(node.label)
            });
          case SyntaxKind.ContinueStatement:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ContinueStatement,
              label: this.convertChild(node.label)
            });
          case SyntaxKind.BreakStatement:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.BreakStatement,
              label: this.convertChild(node.label)
            });
          // Choice
          case SyntaxKind.IfStatement:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.IfStatement,
              alternate: this.convertChild(node.elseStatement),
              consequent: this.convertChild(node.thenStatement),
              test: this.convertChild(node.expression)
            });
          case SyntaxKind.SwitchStatement:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.SwitchStatement,
              cases: this.convertChildren(node.caseBlock.clauses),
              discriminant: this.convertChild(node.expression)
            });
          case SyntaxKind.CaseClause:
          case SyntaxKind.DefaultClause:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.SwitchCase,
              // expression is present in case only
              consequent: this.convertChildren(node.statements),
              test: node.kind === SyntaxKind.CaseClause ? this.convertChild(node.expression) : null
            });
          // Exceptions
          case SyntaxKind.ThrowStatement:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ThrowStatement,
              argument: this.convertChild(node.expression)
            });
          case SyntaxKind.TryStatement:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TryStatement,
              block: this.convertChild(node.tryBlock),
              finalizer: this.convertChild(node.finallyBlock),
              handler: this.convertChild(node.catchClause)
            });
          case SyntaxKind.CatchClause:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.CatchClause,
              body: this.convertChild(node.block),
              param: node.variableDeclaration ? this.convertBindingNameWithTypeAnnotation(node.variableDeclaration.name, node.variableDeclaration.type) : null
            });
          // Loops
          case SyntaxKind.WhileStatement:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.WhileStatement,
              body: this.convertChild(node.statement),
              test: this.convertChild(node.expression)
            });
          /**
           * Unlike other parsers, TypeScript calls a "DoWhileStatement"
           * a "DoStatement"
           */
          case SyntaxKind.DoStatement:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.DoWhileStatement,
              body: this.convertChild(node.statement),
              test: this.convertChild(node.expression)
            });
          case SyntaxKind.ForStatement:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ForStatement,
              body: this.convertChild(node.statement),
              init: this.convertChild(node.initializer),
              test: this.convertChild(node.condition),
              update: this.convertChild(node.incrementor)
            });
          case SyntaxKind.ForInStatement:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ForInStatement,
              body: this.convertChild(node.statement),
              left: this.convertPattern(node.initializer),
              right: this.convertChild(node.expression)
            });
          case SyntaxKind.ForOfStatement: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ForOfStatement,
              await: node.awaitModifier?.kind === SyntaxKind.AwaitKeyword,
              body: this.convertChild(node.statement),
              left: this.convertPattern(node.initializer),
              right: this.convertChild(node.expression)
            });
          }
          // Declarations
          case SyntaxKind.FunctionDeclaration: {
            const isDeclare = (0, node_utils_1.hasModifier)(SyntaxKind.DeclareKeyword, node);
            const isAsync = (0, node_utils_1.hasModifier)(SyntaxKind.AsyncKeyword, node);
            const isGenerator = !!node.asteriskToken;
            const result = this.createNode(node, {
              // declare implies no body due to the invariant above
              type: !node.body ? ts_estree_1.AST_NODE_TYPES.TSDeclareFunction : ts_estree_1.AST_NODE_TYPES.FunctionDeclaration,
              async: isAsync,
              body: this.convertChild(node.body) || void 0,
              declare: isDeclare,
              expression: false,
              generator: isGenerator,
              id: this.convertChild(node.name),
              params: this.convertParameters(node.parameters),
              returnType: node.type && this.convertTypeAnnotation(node.type, node),
              typeParameters: this.convertTypeParameters(node)
            });
            return this.fixExports(node, result);
          }
          case SyntaxKind.VariableDeclaration: {
            const hasExclamationToken = !!node.exclamationToken;
            const init = this.convertChild(node.initializer);
            const id = this.convertBindingNameWithTypeAnnotation(node.name, node.type, node);
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.VariableDeclarator,
              definite: hasExclamationToken,
              id,
              init
            });
          }
          case SyntaxKind.VariableStatement: {
            const declarations = node.declarationList.declarations;
            const result = this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.VariableDeclaration,
              declarations: this.convertChildren(declarations),
              declare: (0, node_utils_1.hasModifier)(SyntaxKind.DeclareKeyword, node),
              kind: (0, node_utils_1.getDeclarationKind)(node.declarationList)
            });
            return this.fixExports(node, result);
          }
          // mostly for for-of, for-in
          case SyntaxKind.VariableDeclarationList: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.VariableDeclaration,
              declarations: this.convertChildren(node.declarations),
              declare: false,
              kind: (0, node_utils_1.getDeclarationKind)(node)
            });
          }
          // Expressions
          case SyntaxKind.ExpressionStatement:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ExpressionStatement,
              directive: void 0,
              expression: this.convertChild(node.expression)
            });
          case SyntaxKind.ThisKeyword:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ThisExpression
            });
          case SyntaxKind.ArrayLiteralExpression: {
            if (this.allowPattern) {
              return this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.ArrayPattern,
                decorators: [],
                elements: node.elements.map((el) => this.convertPattern(el)),
                optional: false,
                typeAnnotation: void 0
              });
            }
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ArrayExpression,
              elements: this.convertChildren(node.elements)
            });
          }
          case SyntaxKind.ObjectLiteralExpression: {
            if (this.allowPattern) {
              return this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.ObjectPattern,
                decorators: [],
                optional: false,
                properties: node.properties.map((el) => this.convertPattern(el)),
                typeAnnotation: void 0
              });
            }
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ObjectExpression,
              properties: this.convertChildren(node.properties)
            });
          }
          case SyntaxKind.PropertyAssignment: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.Property,
              computed: (0, node_utils_1.isComputedProperty)(node.name),
              key: this.convertChild(node.name),
              kind: "init",
              method: false,
              optional: false,
              shorthand: false,
              value: this.converter(node.initializer, node, this.allowPattern)
            });
          }
          case SyntaxKind.ShorthandPropertyAssignment: {
            if (node.objectAssignmentInitializer) {
              return this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.Property,
                computed: false,
                key: this.convertChild(node.name),
                kind: "init",
                method: false,
                optional: false,
                shorthand: true,
                value: this.createNode(node, {
                  type: ts_estree_1.AST_NODE_TYPES.AssignmentPattern,
                  decorators: [],
                  left: this.convertPattern(node.name),
                  optional: false,
                  right: this.convertChild(node.objectAssignmentInitializer),
                  typeAnnotation: void 0
                })
              });
            }
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.Property,
              computed: false,
              key: this.convertChild(node.name),
              kind: "init",
              method: false,
              optional: false,
              shorthand: true,
              value: this.convertChild(node.name)
            });
          }
          case SyntaxKind.ComputedPropertyName:
            return this.convertChild(node.expression);
          case SyntaxKind.PropertyDeclaration: {
            const isAbstract = (0, node_utils_1.hasModifier)(SyntaxKind.AbstractKeyword, node);
            const isAccessor = (0, node_utils_1.hasModifier)(SyntaxKind.AccessorKeyword, node);
            const type = (() => {
              if (isAccessor) {
                if (isAbstract) {
                  return ts_estree_1.AST_NODE_TYPES.TSAbstractAccessorProperty;
                }
                return ts_estree_1.AST_NODE_TYPES.AccessorProperty;
              }
              if (isAbstract) {
                return ts_estree_1.AST_NODE_TYPES.TSAbstractPropertyDefinition;
              }
              return ts_estree_1.AST_NODE_TYPES.PropertyDefinition;
            })();
            const key = this.convertChild(node.name);
            return this.createNode(node, {
              type,
              accessibility: (0, node_utils_1.getTSNodeAccessibility)(node),
              computed: (0, node_utils_1.isComputedProperty)(node.name),
              declare: (0, node_utils_1.hasModifier)(SyntaxKind.DeclareKeyword, node),
              decorators: this.convertChildren((0, getModifiers_1.getDecorators)(node) ?? []),
              definite: !!node.exclamationToken,
              key,
              optional: (key.type === ts_estree_1.AST_NODE_TYPES.Literal || node.name.kind === SyntaxKind.Identifier || node.name.kind === SyntaxKind.ComputedPropertyName || node.name.kind === SyntaxKind.PrivateIdentifier) && !!node.questionToken,
              override: (0, node_utils_1.hasModifier)(SyntaxKind.OverrideKeyword, node),
              readonly: (0, node_utils_1.hasModifier)(SyntaxKind.ReadonlyKeyword, node),
              static: (0, node_utils_1.hasModifier)(SyntaxKind.StaticKeyword, node),
              typeAnnotation: node.type && this.convertTypeAnnotation(node.type, node),
              value: isAbstract ? null : this.convertChild(node.initializer)
            });
          }
          case SyntaxKind.GetAccessor:
          case SyntaxKind.SetAccessor: {
            if (node.parent.kind === SyntaxKind.InterfaceDeclaration || node.parent.kind === SyntaxKind.TypeLiteral) {
              return this.convertMethodSignature(node);
            }
          }
          // otherwise, it is a non-type accessor - intentional fallthrough
          case SyntaxKind.MethodDeclaration: {
            const method = this.createNode(node, {
              type: !node.body ? ts_estree_1.AST_NODE_TYPES.TSEmptyBodyFunctionExpression : ts_estree_1.AST_NODE_TYPES.FunctionExpression,
              range: [node.parameters.pos - 1, node.end],
              async: (0, node_utils_1.hasModifier)(SyntaxKind.AsyncKeyword, node),
              body: this.convertChild(node.body),
              declare: false,
              expression: false,
              // ESTreeNode as ESTreeNode here
              generator: !!node.asteriskToken,
              id: null,
              params: [],
              returnType: node.type && this.convertTypeAnnotation(node.type, node),
              typeParameters: this.convertTypeParameters(node)
            });
            if (method.typeParameters) {
              this.fixParentLocation(method, method.typeParameters.range);
            }
            let result;
            if (parent.kind === SyntaxKind.ObjectLiteralExpression) {
              method.params = this.convertChildren(node.parameters);
              result = this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.Property,
                computed: (0, node_utils_1.isComputedProperty)(node.name),
                key: this.convertChild(node.name),
                kind: "init",
                method: node.kind === SyntaxKind.MethodDeclaration,
                optional: !!node.questionToken,
                shorthand: false,
                value: method
              });
            } else {
              const isAbstract = (0, node_utils_1.hasModifier)(SyntaxKind.AbstractKeyword, node);
              method.params = this.convertParameters(node.parameters);
              const methodDefinitionType = isAbstract ? ts_estree_1.AST_NODE_TYPES.TSAbstractMethodDefinition : ts_estree_1.AST_NODE_TYPES.MethodDefinition;
              result = this.createNode(node, {
                type: methodDefinitionType,
                accessibility: (0, node_utils_1.getTSNodeAccessibility)(node),
                computed: (0, node_utils_1.isComputedProperty)(node.name),
                decorators: this.convertChildren((0, getModifiers_1.getDecorators)(node) ?? []),
                key: this.convertChild(node.name),
                kind: "method",
                optional: !!node.questionToken,
                override: (0, node_utils_1.hasModifier)(SyntaxKind.OverrideKeyword, node),
                static: (0, node_utils_1.hasModifier)(SyntaxKind.StaticKeyword, node),
                value: method
              });
            }
            if (node.kind === SyntaxKind.GetAccessor) {
              result.kind = "get";
            } else if (node.kind === SyntaxKind.SetAccessor) {
              result.kind = "set";
            } else if (!result.static && node.name.kind === SyntaxKind.StringLiteral && node.name.text === "constructor" && result.type !== ts_estree_1.AST_NODE_TYPES.Property) {
              result.kind = "constructor";
            }
            return result;
          }
          // TypeScript uses this even for static methods named "constructor"
          case SyntaxKind.Constructor: {
            const lastModifier = (0, node_utils_1.getLastModifier)(node);
            const constructorToken = (lastModifier && (0, node_utils_1.findNextToken)(lastModifier, node, this.ast)) ?? node.getFirstToken();
            const constructor = this.createNode(node, {
              type: !node.body ? ts_estree_1.AST_NODE_TYPES.TSEmptyBodyFunctionExpression : ts_estree_1.AST_NODE_TYPES.FunctionExpression,
              range: [node.parameters.pos - 1, node.end],
              async: false,
              body: this.convertChild(node.body),
              declare: false,
              expression: false,
              // is not present in ESTreeNode
              generator: false,
              id: null,
              params: this.convertParameters(node.parameters),
              returnType: node.type && this.convertTypeAnnotation(node.type, node),
              typeParameters: this.convertTypeParameters(node)
            });
            if (constructor.typeParameters) {
              this.fixParentLocation(constructor, constructor.typeParameters.range);
            }
            const constructorKey = constructorToken.kind === SyntaxKind.StringLiteral ? this.createNode(constructorToken, {
              type: ts_estree_1.AST_NODE_TYPES.Literal,
              raw: constructorToken.getText(),
              value: "constructor"
            }) : this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.Identifier,
              range: [
                constructorToken.getStart(this.ast),
                constructorToken.end
              ],
              decorators: [],
              name: "constructor",
              optional: false,
              typeAnnotation: void 0
            });
            const isStatic = (0, node_utils_1.hasModifier)(SyntaxKind.StaticKeyword, node);
            return this.createNode(node, {
              type: (0, node_utils_1.hasModifier)(SyntaxKind.AbstractKeyword, node) ? ts_estree_1.AST_NODE_TYPES.TSAbstractMethodDefinition : ts_estree_1.AST_NODE_TYPES.MethodDefinition,
              accessibility: (0, node_utils_1.getTSNodeAccessibility)(node),
              computed: false,
              decorators: [],
              key: constructorKey,
              kind: isStatic ? "method" : "constructor",
              optional: false,
              override: false,
              static: isStatic,
              value: constructor
            });
          }
          case SyntaxKind.FunctionExpression: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.FunctionExpression,
              async: (0, node_utils_1.hasModifier)(SyntaxKind.AsyncKeyword, node),
              body: this.convertChild(node.body),
              declare: false,
              expression: false,
              generator: !!node.asteriskToken,
              id: this.convertChild(node.name),
              params: this.convertParameters(node.parameters),
              returnType: node.type && this.convertTypeAnnotation(node.type, node),
              typeParameters: this.convertTypeParameters(node)
            });
          }
          case SyntaxKind.SuperKeyword:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.Super
            });
          case SyntaxKind.ArrayBindingPattern:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ArrayPattern,
              decorators: [],
              elements: node.elements.map((el) => this.convertPattern(el)),
              optional: false,
              typeAnnotation: void 0
            });
          // occurs with missing array elements like [,]
          case SyntaxKind.OmittedExpression:
            return null;
          case SyntaxKind.ObjectBindingPattern:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ObjectPattern,
              decorators: [],
              optional: false,
              properties: node.elements.map((el) => this.convertPattern(el)),
              typeAnnotation: void 0
            });
          case SyntaxKind.BindingElement: {
            if (parent.kind === SyntaxKind.ArrayBindingPattern) {
              const arrayItem = this.convertChild(node.name, parent);
              if (node.initializer) {
                return this.createNode(node, {
                  type: ts_estree_1.AST_NODE_TYPES.AssignmentPattern,
                  decorators: [],
                  left: arrayItem,
                  optional: false,
                  right: this.convertChild(node.initializer),
                  typeAnnotation: void 0
                });
              }
              if (node.dotDotDotToken) {
                return this.createNode(node, {
                  type: ts_estree_1.AST_NODE_TYPES.RestElement,
                  argument: arrayItem,
                  decorators: [],
                  optional: false,
                  typeAnnotation: void 0,
                  value: void 0
                });
              }
              return arrayItem;
            }
            let result;
            if (node.dotDotDotToken) {
              result = this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.RestElement,
                argument: this.convertChild(node.propertyName ?? node.name),
                decorators: [],
                optional: false,
                typeAnnotation: void 0,
                value: void 0
              });
            } else {
              result = this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.Property,
                computed: node.propertyName?.kind === SyntaxKind.ComputedPropertyName,
                key: this.convertChild(node.propertyName ?? node.name),
                kind: "init",
                method: false,
                optional: false,
                shorthand: !node.propertyName,
                value: this.convertChild(node.name)
              });
            }
            if (node.initializer) {
              result.value = this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.AssignmentPattern,
                range: [node.name.getStart(this.ast), node.initializer.end],
                decorators: [],
                left: this.convertChild(node.name),
                optional: false,
                right: this.convertChild(node.initializer),
                typeAnnotation: void 0
              });
            }
            return result;
          }
          case SyntaxKind.ArrowFunction: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ArrowFunctionExpression,
              async: (0, node_utils_1.hasModifier)(SyntaxKind.AsyncKeyword, node),
              body: this.convertChild(node.body),
              expression: node.body.kind !== SyntaxKind.Block,
              generator: false,
              id: null,
              params: this.convertParameters(node.parameters),
              returnType: node.type && this.convertTypeAnnotation(node.type, node),
              typeParameters: this.convertTypeParameters(node)
            });
          }
          case SyntaxKind.YieldExpression:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.YieldExpression,
              argument: this.convertChild(node.expression),
              delegate: !!node.asteriskToken
            });
          case SyntaxKind.AwaitExpression:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.AwaitExpression,
              argument: this.convertChild(node.expression)
            });
          // Template Literals
          case SyntaxKind.NoSubstitutionTemplateLiteral: {
            const rawText = this.ast.text.slice(node.getStart(this.ast) + 1, node.end - 1);
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TemplateLiteral,
              expressions: [],
              quasis: [
                this.createNode(node, {
                  type: ts_estree_1.AST_NODE_TYPES.TemplateElement,
                  tail: true,
                  value: {
                    cooked: node.parent.kind === SyntaxKind.TaggedTemplateExpression && !this.#isValidEscape(rawText) ? null : node.text,
                    raw: rawText
                  }
                })
              ]
            });
          }
          case SyntaxKind.TemplateExpression: {
            const result = this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TemplateLiteral,
              expressions: [],
              quasis: [this.convertChild(node.head)]
            });
            node.templateSpans.forEach((templateSpan) => {
              result.expressions.push(this.convertChild(templateSpan.expression));
              result.quasis.push(this.convertChild(templateSpan.literal));
            });
            return result;
          }
          case SyntaxKind.TaggedTemplateExpression: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TaggedTemplateExpression,
              quasi: this.convertChild(node.template),
              tag: this.convertChild(node.tag),
              typeArguments: this.convertTypeArguments(node)
            });
          }
          case SyntaxKind.TemplateHead:
          case SyntaxKind.TemplateMiddle:
          case SyntaxKind.TemplateTail: {
            const tail = node.kind === SyntaxKind.TemplateTail;
            const rawText = this.ast.text.slice(node.getStart(this.ast) + 1, node.end - (tail ? 1 : 2));
            const isTagged = node.kind === SyntaxKind.TemplateHead ? node.parent.parent.kind === SyntaxKind.TaggedTemplateExpression : node.parent.parent.parent.kind === SyntaxKind.TaggedTemplateExpression;
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TemplateElement,
              tail,
              value: {
                cooked: isTagged && !this.#isValidEscape(rawText) ? null : node.text,
                raw: rawText
              }
            });
          }
          // Patterns
          case SyntaxKind.SpreadAssignment:
          case SyntaxKind.SpreadElement: {
            if (this.allowPattern) {
              return this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.RestElement,
                argument: this.convertPattern(node.expression),
                decorators: [],
                optional: false,
                typeAnnotation: void 0,
                value: void 0
              });
            }
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.SpreadElement,
              argument: this.convertChild(node.expression)
            });
          }
          case SyntaxKind.Parameter: {
            let parameter;
            let result;
            if (node.dotDotDotToken) {
              parameter = result = this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.RestElement,
                argument: this.convertChild(node.name),
                decorators: [],
                optional: false,
                typeAnnotation: void 0,
                value: void 0
              });
            } else if (node.initializer) {
              parameter = this.convertChild(node.name);
              result = this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.AssignmentPattern,
                range: [node.name.getStart(this.ast), node.initializer.end],
                decorators: [],
                left: parameter,
                optional: false,
                right: this.convertChild(node.initializer),
                typeAnnotation: void 0
              });
              const modifiers2 = (0, getModifiers_1.getModifiers)(node);
              if (modifiers2) {
                result.range[0] = parameter.range[0];
                result.loc = (0, node_utils_1.getLocFor)(result.range, this.ast);
              }
            } else {
              parameter = result = this.convertChild(node.name, parent);
            }
            if (node.type) {
              parameter.typeAnnotation = this.convertTypeAnnotation(node.type, node);
              this.fixParentLocation(parameter, parameter.typeAnnotation.range);
            }
            if (node.questionToken) {
              if (node.questionToken.end > parameter.range[1]) {
                parameter.range[1] = node.questionToken.end;
                parameter.loc.end = (0, node_utils_1.getLineAndCharacterFor)(parameter.range[1], this.ast);
              }
              parameter.optional = true;
            }
            const modifiers = (0, getModifiers_1.getModifiers)(node);
            if (modifiers) {
              return this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.TSParameterProperty,
                accessibility: (0, node_utils_1.getTSNodeAccessibility)(node),
                decorators: [],
                override: (0, node_utils_1.hasModifier)(SyntaxKind.OverrideKeyword, node),
                parameter: result,
                readonly: (0, node_utils_1.hasModifier)(SyntaxKind.ReadonlyKeyword, node),
                static: (0, node_utils_1.hasModifier)(SyntaxKind.StaticKeyword, node)
              });
            }
            return result;
          }
          // Classes
          case SyntaxKind.ClassDeclaration:
          case SyntaxKind.ClassExpression: {
            const classNodeType = node.kind === SyntaxKind.ClassDeclaration ? ts_estree_1.AST_NODE_TYPES.ClassDeclaration : ts_estree_1.AST_NODE_TYPES.ClassExpression;
            const extendsClause = node.heritageClauses?.find((heritageClause) => heritageClause.token === SyntaxKind.ExtendsKeyword);
            const implementsClause = node.heritageClauses?.find((heritageClause) => heritageClause.token === SyntaxKind.ImplementsKeyword);
            const result = this.createNode(node, {
              type: classNodeType,
              abstract: (0, node_utils_1.hasModifier)(SyntaxKind.AbstractKeyword, node),
              body: this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.ClassBody,
                range: [node.members.pos - 1, node.end],
                body: this.convertChildren(node.members.filter(node_utils_1.isESTreeClassMember))
              }),
              declare: (0, node_utils_1.hasModifier)(SyntaxKind.DeclareKeyword, node),
              decorators: this.convertChildren((0, getModifiers_1.getDecorators)(node) ?? []),
              id: this.convertChild(node.name),
              implements: this.convertChildren(implementsClause?.types ?? []),
              superClass: extendsClause?.types[0] ? this.convertChild(extendsClause.types[0].expression) : null,
              superTypeArguments: void 0,
              typeParameters: this.convertTypeParameters(node)
            });
            if (extendsClause?.types[0]?.typeArguments) {
              result.superTypeArguments = this.convertTypeArguments(extendsClause.types[0]);
            }
            return this.fixExports(node, result);
          }
          // Modules
          case SyntaxKind.ModuleBlock:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSModuleBlock,
              body: this.convertBodyExpressions(node.statements, node)
            });
          case SyntaxKind.ImportDeclaration: {
            const result = this.createNode(node, this.#withDeprecatedAliasGetter({
              type: ts_estree_1.AST_NODE_TYPES.ImportDeclaration,
              attributes: this.convertImportAttributes(node),
              importKind: "value",
              phase: (0, getImportClausePhaseModifier_1.getImportClausePhaseModifier)(node.importClause) === "defer" ? "defer" : null,
              source: this.convertChild(node.moduleSpecifier),
              specifiers: []
            }, "assertions", "attributes", true));
            if (node.importClause) {
              if ((0, getImportClausePhaseModifier_1.getImportClausePhaseModifier)(node.importClause) === "type") {
                result.importKind = "type";
              }
              if (node.importClause.name) {
                result.specifiers.push(this.convertChild(node.importClause));
              }
              if (node.importClause.namedBindings) {
                switch (node.importClause.namedBindings.kind) {
                  case SyntaxKind.NamespaceImport:
                    result.specifiers.push(this.convertChild(node.importClause.namedBindings));
                    break;
                  case SyntaxKind.NamedImports:
                    result.specifiers.push(...this.convertChildren(node.importClause.namedBindings.elements));
                    break;
                }
              }
            }
            return result;
          }
          case SyntaxKind.NamespaceImport:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ImportNamespaceSpecifier,
              local: this.convertChild(node.name)
            });
          case SyntaxKind.ImportSpecifier:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ImportSpecifier,
              imported: this.convertChild(node.propertyName ?? node.name),
              importKind: node.isTypeOnly ? "type" : "value",
              local: this.convertChild(node.name)
            });
          case SyntaxKind.ImportClause: {
            const local = this.convertChild(node.name);
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ImportDefaultSpecifier,
              range: local.range,
              local
            });
          }
          case SyntaxKind.ExportDeclaration: {
            if (node.exportClause?.kind === SyntaxKind.NamedExports) {
              return this.createNode(node, this.#withDeprecatedAliasGetter({
                type: ts_estree_1.AST_NODE_TYPES.ExportNamedDeclaration,
                attributes: this.convertImportAttributes(node),
                declaration: null,
                exportKind: node.isTypeOnly ? "type" : "value",
                source: this.convertChild(node.moduleSpecifier),
                specifiers: this.convertChildren(node.exportClause.elements, node)
              }, "assertions", "attributes", true));
            }
            return this.createNode(node, this.#withDeprecatedAliasGetter({
              type: ts_estree_1.AST_NODE_TYPES.ExportAllDeclaration,
              attributes: this.convertImportAttributes(node),
              exported: node.exportClause?.kind === SyntaxKind.NamespaceExport ? this.convertChild(node.exportClause.name) : null,
              exportKind: node.isTypeOnly ? "type" : "value",
              source: this.convertChild(node.moduleSpecifier)
            }, "assertions", "attributes", true));
          }
          case SyntaxKind.ExportSpecifier: {
            const local = node.propertyName ?? node.name;
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ExportSpecifier,
              exported: this.convertChild(node.name),
              exportKind: node.isTypeOnly ? "type" : "value",
              local: this.convertChild(local)
            });
          }
          case SyntaxKind.ExportAssignment:
            if (node.isExportEquals) {
              return this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.TSExportAssignment,
                expression: this.convertChild(node.expression)
              });
            }
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ExportDefaultDeclaration,
              declaration: this.convertChild(node.expression),
              exportKind: "value"
            });
          // Unary Operations
          case SyntaxKind.PrefixUnaryExpression:
          case SyntaxKind.PostfixUnaryExpression: {
            const operator = (0, node_utils_1.getTextForTokenKind)(node.operator);
            if (operator === "++" || operator === "--") {
              return this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.UpdateExpression,
                argument: this.convertChild(node.operand),
                operator,
                prefix: node.kind === SyntaxKind.PrefixUnaryExpression
              });
            }
            const isPrefixUnaryExpression = node.kind === SyntaxKind.PrefixUnaryExpression;
            if (!isPrefixUnaryExpression) {
              this.#throwError(node, `Unexpected PrefixUnaryExpression with operator ${operator}`);
            }
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.UnaryExpression,
              argument: this.convertChild(node.operand),
              operator,
              // Guaranteed to be true in a valid AST (and asserted above) but
              // technically could be false at runtime with allowInvalidAST: true.
              // eslint-disable-next-line @typescript-eslint/no-deprecated -- `prefix` is a required property
              prefix: isPrefixUnaryExpression
            });
          }
          case SyntaxKind.DeleteExpression:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.UnaryExpression,
              argument: this.convertChild(node.expression),
              operator: "delete",
              // eslint-disable-next-line @typescript-eslint/no-deprecated -- `prefix` is a required property
              prefix: true
            });
          case SyntaxKind.VoidExpression:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.UnaryExpression,
              argument: this.convertChild(node.expression),
              operator: "void",
              // eslint-disable-next-line @typescript-eslint/no-deprecated -- `prefix` is a required property
              prefix: true
            });
          case SyntaxKind.TypeOfExpression:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.UnaryExpression,
              argument: this.convertChild(node.expression),
              operator: "typeof",
              // eslint-disable-next-line @typescript-eslint/no-deprecated -- `prefix` is a required property
              prefix: true
            });
          case SyntaxKind.TypeOperator:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSTypeOperator,
              operator: (0, node_utils_1.getTextForTokenKind)(node.operator),
              typeAnnotation: this.convertChild(node.type)
            });
          // Binary Operations
          case SyntaxKind.BinaryExpression: {
            if ((0, node_utils_1.isComma)(node.operatorToken)) {
              const result = this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.SequenceExpression,
                expressions: []
              });
              const left = this.convertChild(node.left);
              if (left.type === ts_estree_1.AST_NODE_TYPES.SequenceExpression && node.left.kind !== SyntaxKind.ParenthesizedExpression) {
                result.expressions.push(...left.expressions);
              } else {
                result.expressions.push(left);
              }
              result.expressions.push(this.convertChild(node.right));
              return result;
            }
            const expressionType = (0, node_utils_1.getBinaryExpressionType)(node.operatorToken);
            if (this.allowPattern && expressionType.type === ts_estree_1.AST_NODE_TYPES.AssignmentExpression) {
              return this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.AssignmentPattern,
                decorators: [],
                left: this.convertPattern(node.left, node),
                optional: false,
                right: this.convertChild(node.right),
                typeAnnotation: void 0
              });
            }
            return this.createNode(node, {
              ...expressionType,
              left: this.converter(node.left, node, expressionType.type === ts_estree_1.AST_NODE_TYPES.AssignmentExpression),
              right: this.convertChild(node.right)
            });
          }
          case SyntaxKind.PropertyAccessExpression: {
            const object = this.convertChild(node.expression);
            const property = this.convertChild(node.name);
            const computed = false;
            const result = this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.MemberExpression,
              computed,
              object,
              optional: node.questionDotToken != null,
              property
            });
            return this.convertChainExpression(result, node);
          }
          case SyntaxKind.ElementAccessExpression: {
            const object = this.convertChild(node.expression);
            const property = this.convertChild(node.argumentExpression);
            const computed = true;
            const result = this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.MemberExpression,
              computed,
              object,
              optional: node.questionDotToken != null,
              property
            });
            return this.convertChainExpression(result, node);
          }
          case SyntaxKind.CallExpression: {
            const importExpressionParams = (() => {
              if (node.expression.kind === SyntaxKind.ImportKeyword) {
                return {
                  phase: null
                };
              }
              if (node.expression.kind === SyntaxKind.MetaProperty) {
                const metaPropertyNode = node.expression;
                const metaObject = (0, node_utils_1.getTextForTokenKind)(metaPropertyNode.keywordToken);
                if (metaObject === "import") {
                  const metaPropertyName = metaPropertyNode.name.text;
                  if (metaPropertyName === "defer") {
                    return {
                      phase: "defer"
                    };
                  }
                }
              }
              return void 0;
            })();
            if (importExpressionParams != null) {
              return this.createNode(node, this.#withDeprecatedAliasGetter({
                type: ts_estree_1.AST_NODE_TYPES.ImportExpression,
                options: node.arguments[1] ? this.convertChild(node.arguments[1]) : null,
                phase: importExpressionParams.phase,
                source: this.convertChild(node.arguments[0])
              }, "attributes", "options", true));
            }
            const callee = this.convertChild(node.expression);
            const args = this.convertChildren(node.arguments);
            const typeArguments = this.convertTypeArguments(node);
            const result = this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.CallExpression,
              arguments: args,
              callee,
              optional: node.questionDotToken != null,
              typeArguments
            });
            return this.convertChainExpression(result, node);
          }
          case SyntaxKind.NewExpression: {
            const typeArguments = this.convertTypeArguments(node);
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.NewExpression,
              arguments: this.convertChildren(node.arguments ?? []),
              callee: this.convertChild(node.expression),
              typeArguments
            });
          }
          case SyntaxKind.ConditionalExpression:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ConditionalExpression,
              alternate: this.convertChild(node.whenFalse),
              consequent: this.convertChild(node.whenTrue),
              test: this.convertChild(node.condition)
            });
          case SyntaxKind.MetaProperty: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.MetaProperty,
              meta: this.createNode(
                // TODO: do we really want to convert it to Token?
                node.getFirstToken(),
                {
                  type: ts_estree_1.AST_NODE_TYPES.Identifier,
                  decorators: [],
                  name: (0, node_utils_1.getTextForTokenKind)(node.keywordToken),
                  optional: false,
                  typeAnnotation: void 0
                }
              ),
              property: this.convertChild(node.name)
            });
          }
          case SyntaxKind.Decorator: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.Decorator,
              expression: this.convertChild(node.expression)
            });
          }
          // Literals
          case SyntaxKind.StringLiteral: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.Literal,
              raw: node.getText(),
              value: parent.kind === SyntaxKind.JsxAttribute ? (0, node_utils_1.unescapeStringLiteralText)(node.text) : node.text
            });
          }
          case SyntaxKind.NumericLiteral: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.Literal,
              raw: node.getText(),
              value: Number(node.text)
            });
          }
          case SyntaxKind.BigIntLiteral: {
            const range = (0, node_utils_1.getRange)(node, this.ast);
            const rawValue = this.ast.text.slice(range[0], range[1]);
            const bigint = rawValue.slice(0, -1).replaceAll("_", "");
            const value = typeof BigInt !== "undefined" ? BigInt(bigint) : null;
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.Literal,
              range,
              bigint: value == null ? bigint : String(value),
              raw: rawValue,
              value
            });
          }
          case SyntaxKind.RegularExpressionLiteral: {
            const pattern = node.text.slice(1, node.text.lastIndexOf("/"));
            const flags = node.text.slice(node.text.lastIndexOf("/") + 1);
            let regex = null;
            try {
              regex = new RegExp(pattern, flags);
            } catch {
            }
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.Literal,
              raw: node.text,
              regex: {
                flags,
                pattern
              },
              value: regex
            });
          }
          case SyntaxKind.TrueKeyword:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.Literal,
              raw: "true",
              value: true
            });
          case SyntaxKind.FalseKeyword:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.Literal,
              raw: "false",
              value: false
            });
          case SyntaxKind.NullKeyword: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.Literal,
              raw: "null",
              value: null
            });
          }
          case SyntaxKind.EmptyStatement:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.EmptyStatement
            });
          case SyntaxKind.DebuggerStatement:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.DebuggerStatement
            });
          // JSX
          case SyntaxKind.JsxElement:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.JSXElement,
              children: this.convertChildren(node.children),
              closingElement: this.convertChild(node.closingElement),
              openingElement: this.convertChild(node.openingElement)
            });
          case SyntaxKind.JsxFragment:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.JSXFragment,
              children: this.convertChildren(node.children),
              closingFragment: this.convertChild(node.closingFragment),
              openingFragment: this.convertChild(node.openingFragment)
            });
          case SyntaxKind.JsxSelfClosingElement: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.JSXElement,
              /**
               * Convert SyntaxKind.JsxSelfClosingElement to SyntaxKind.JsxOpeningElement,
               * TypeScript does not seem to have the idea of openingElement when tag is self-closing
               */
              children: [],
              closingElement: null,
              openingElement: this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.JSXOpeningElement,
                range: (0, node_utils_1.getRange)(node, this.ast),
                attributes: this.convertChildren(node.attributes.properties),
                name: this.convertJSXTagName(node.tagName, node),
                selfClosing: true,
                typeArguments: this.convertTypeArguments(node)
              })
            });
          }
          case SyntaxKind.JsxOpeningElement: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.JSXOpeningElement,
              attributes: this.convertChildren(node.attributes.properties),
              name: this.convertJSXTagName(node.tagName, node),
              selfClosing: false,
              typeArguments: this.convertTypeArguments(node)
            });
          }
          case SyntaxKind.JsxClosingElement:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.JSXClosingElement,
              name: this.convertJSXTagName(node.tagName, node)
            });
          case SyntaxKind.JsxOpeningFragment:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.JSXOpeningFragment
            });
          case SyntaxKind.JsxClosingFragment:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.JSXClosingFragment
            });
          case SyntaxKind.JsxExpression: {
            const expression = node.expression ? this.convertChild(node.expression) : this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.JSXEmptyExpression,
              range: [node.getStart(this.ast) + 1, node.getEnd() - 1]
            });
            if (node.dotDotDotToken) {
              return this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.JSXSpreadChild,
                expression
              });
            }
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.JSXExpressionContainer,
              expression
            });
          }
          case SyntaxKind.JsxAttribute: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.JSXAttribute,
              name: this.convertJSXNamespaceOrIdentifier(node.name),
              value: this.convertChild(node.initializer)
            });
          }
          case SyntaxKind.JsxText: {
            const start = node.getFullStart();
            const end = node.getEnd();
            const text = this.ast.text.slice(start, end);
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.JSXText,
              range: [start, end],
              raw: text,
              value: (0, node_utils_1.unescapeStringLiteralText)(text)
            });
          }
          case SyntaxKind.JsxSpreadAttribute:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.JSXSpreadAttribute,
              argument: this.convertChild(node.expression)
            });
          case SyntaxKind.QualifiedName: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSQualifiedName,
              left: this.convertChild(node.left),
              right: this.convertChild(node.right)
            });
          }
          // TypeScript specific
          case SyntaxKind.TypeReference:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSTypeReference,
              typeArguments: this.convertTypeArguments(node),
              typeName: this.convertChild(node.typeName)
            });
          case SyntaxKind.TypeParameter: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSTypeParameter,
              const: (0, node_utils_1.hasModifier)(SyntaxKind.ConstKeyword, node),
              constraint: node.constraint && this.convertChild(node.constraint),
              default: node.default ? this.convertChild(node.default) : void 0,
              in: (0, node_utils_1.hasModifier)(SyntaxKind.InKeyword, node),
              name: this.convertChild(node.name),
              out: (0, node_utils_1.hasModifier)(SyntaxKind.OutKeyword, node)
            });
          }
          case SyntaxKind.ThisType:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSThisType
            });
          case SyntaxKind.AnyKeyword:
          case SyntaxKind.BigIntKeyword:
          case SyntaxKind.BooleanKeyword:
          case SyntaxKind.NeverKeyword:
          case SyntaxKind.NumberKeyword:
          case SyntaxKind.ObjectKeyword:
          case SyntaxKind.StringKeyword:
          case SyntaxKind.SymbolKeyword:
          case SyntaxKind.UnknownKeyword:
          case SyntaxKind.VoidKeyword:
          case SyntaxKind.UndefinedKeyword:
          case SyntaxKind.IntrinsicKeyword: {
            return this.createNode(node, {
              // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
              type: ts_estree_1.AST_NODE_TYPES[`TS${SyntaxKind[node.kind]}`]
            });
          }
          case SyntaxKind.NonNullExpression: {
            const nnExpr = this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSNonNullExpression,
              expression: this.convertChild(node.expression)
            });
            return this.convertChainExpression(nnExpr, node);
          }
          case SyntaxKind.TypeLiteral: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSTypeLiteral,
              members: this.convertChildren(node.members)
            });
          }
          case SyntaxKind.ArrayType: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSArrayType,
              elementType: this.convertChild(node.elementType)
            });
          }
          case SyntaxKind.IndexedAccessType: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSIndexedAccessType,
              indexType: this.convertChild(node.indexType),
              objectType: this.convertChild(node.objectType)
            });
          }
          case SyntaxKind.ConditionalType: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSConditionalType,
              checkType: this.convertChild(node.checkType),
              extendsType: this.convertChild(node.extendsType),
              falseType: this.convertChild(node.falseType),
              trueType: this.convertChild(node.trueType)
            });
          }
          case SyntaxKind.TypeQuery:
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSTypeQuery,
              exprName: this.convertChild(node.exprName),
              typeArguments: this.convertTypeArguments(node)
            });
          case SyntaxKind.MappedType: {
            return this.createNode(node, this.#withDeprecatedGetter({
              type: ts_estree_1.AST_NODE_TYPES.TSMappedType,
              constraint: this.convertChild(node.typeParameter.constraint),
              key: this.convertChild(node.typeParameter.name),
              nameType: this.convertChild(node.nameType) ?? null,
              optional: node.questionToken ? node.questionToken.kind === SyntaxKind.QuestionToken || (0, node_utils_1.getTextForTokenKind)(node.questionToken.kind) : false,
              readonly: node.readonlyToken ? node.readonlyToken.kind === SyntaxKind.ReadonlyKeyword || (0, node_utils_1.getTextForTokenKind)(node.readonlyToken.kind) : void 0,
              typeAnnotation: node.type && this.convertChild(node.type)
            }, "typeParameter", "'constraint' and 'key'", this.convertChild(node.typeParameter)));
          }
          case SyntaxKind.ParenthesizedExpression:
            return this.convertChild(node.expression, parent);
          case SyntaxKind.TypeAliasDeclaration: {
            const result = this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSTypeAliasDeclaration,
              declare: (0, node_utils_1.hasModifier)(SyntaxKind.DeclareKeyword, node),
              id: this.convertChild(node.name),
              typeAnnotation: this.convertChild(node.type),
              typeParameters: this.convertTypeParameters(node)
            });
            return this.fixExports(node, result);
          }
          case SyntaxKind.MethodSignature: {
            return this.convertMethodSignature(node);
          }
          case SyntaxKind.PropertySignature: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSPropertySignature,
              accessibility: (0, node_utils_1.getTSNodeAccessibility)(node),
              computed: (0, node_utils_1.isComputedProperty)(node.name),
              key: this.convertChild(node.name),
              optional: (0, node_utils_1.isOptional)(node),
              readonly: (0, node_utils_1.hasModifier)(SyntaxKind.ReadonlyKeyword, node),
              static: (0, node_utils_1.hasModifier)(SyntaxKind.StaticKeyword, node),
              typeAnnotation: node.type && this.convertTypeAnnotation(node.type, node)
            });
          }
          case SyntaxKind.IndexSignature: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSIndexSignature,
              accessibility: (0, node_utils_1.getTSNodeAccessibility)(node),
              parameters: this.convertChildren(node.parameters),
              readonly: (0, node_utils_1.hasModifier)(SyntaxKind.ReadonlyKeyword, node),
              static: (0, node_utils_1.hasModifier)(SyntaxKind.StaticKeyword, node),
              typeAnnotation: node.type && this.convertTypeAnnotation(node.type, node)
            });
          }
          case SyntaxKind.ConstructorType: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSConstructorType,
              abstract: (0, node_utils_1.hasModifier)(SyntaxKind.AbstractKeyword, node),
              params: this.convertParameters(node.parameters),
              returnType: node.type && this.convertTypeAnnotation(node.type, node),
              typeParameters: this.convertTypeParameters(node)
            });
          }
          case SyntaxKind.FunctionType:
          case SyntaxKind.ConstructSignature:
          case SyntaxKind.CallSignature: {
            const type = node.kind === SyntaxKind.ConstructSignature ? ts_estree_1.AST_NODE_TYPES.TSConstructSignatureDeclaration : node.kind === SyntaxKind.CallSignature ? ts_estree_1.AST_NODE_TYPES.TSCallSignatureDeclaration : ts_estree_1.AST_NODE_TYPES.TSFunctionType;
            return this.createNode(node, {
              type,
              params: this.convertParameters(node.parameters),
              returnType: node.type && this.convertTypeAnnotation(node.type, node),
              typeParameters: this.convertTypeParameters(node)
            });
          }
          case SyntaxKind.ExpressionWithTypeArguments: {
            const parentKind = parent.kind;
            const type = parentKind === SyntaxKind.InterfaceDeclaration ? ts_estree_1.AST_NODE_TYPES.TSInterfaceHeritage : parentKind === SyntaxKind.HeritageClause ? ts_estree_1.AST_NODE_TYPES.TSClassImplements : ts_estree_1.AST_NODE_TYPES.TSInstantiationExpression;
            return this.createNode(node, {
              type,
              expression: this.convertChild(node.expression),
              typeArguments: this.convertTypeArguments(node)
            });
          }
          case SyntaxKind.InterfaceDeclaration: {
            const interfaceExtends = node.heritageClauses?.flatMap((heritageClause) => (
              // `InterfaceDeclaration` can only have `extends`,
              // already checked in `check-syntax-errors.ts`,
              // However, `allowInvalidAST` allow to bypass the syntax check,
              // We'll just ignore clauses after other keywords
              heritageClause.token === SyntaxKind.ExtendsKeyword ? heritageClause.types.map((heritageType) => this.convertChild(heritageType, node)) : []
            )) ?? [];
            const result = this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSInterfaceDeclaration,
              body: this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.TSInterfaceBody,
                range: [node.members.pos - 1, node.end],
                body: this.convertChildren(node.members)
              }),
              declare: (0, node_utils_1.hasModifier)(SyntaxKind.DeclareKeyword, node),
              extends: interfaceExtends,
              id: this.convertChild(node.name),
              typeParameters: this.convertTypeParameters(node)
            });
            return this.fixExports(node, result);
          }
          case SyntaxKind.TypePredicate: {
            const result = this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSTypePredicate,
              asserts: node.assertsModifier != null,
              parameterName: this.convertChild(node.parameterName),
              typeAnnotation: null
            });
            if (node.type) {
              result.typeAnnotation = this.convertTypeAnnotation(node.type, node);
              result.typeAnnotation.loc = result.typeAnnotation.typeAnnotation.loc;
              result.typeAnnotation.range = result.typeAnnotation.typeAnnotation.range;
            }
            return result;
          }
          case SyntaxKind.ImportType: {
            const range = (0, node_utils_1.getRange)(node, this.ast);
            if (node.isTypeOf) {
              const token = (0, node_utils_1.findNextToken)(node.getFirstToken(), node, this.ast);
              range[0] = token.getStart(this.ast);
            }
            let options = null;
            if (node.attributes) {
              const value = this.createNode(node.attributes, {
                type: ts_estree_1.AST_NODE_TYPES.ObjectExpression,
                properties: node.attributes.elements.map((importAttribute) => this.createNode(importAttribute, {
                  type: ts_estree_1.AST_NODE_TYPES.Property,
                  computed: false,
                  key: this.convertChild(importAttribute.name),
                  kind: "init",
                  method: false,
                  optional: false,
                  shorthand: false,
                  value: this.convertChild(importAttribute.value)
                }))
              });
              const commaToken = (0, node_utils_1.findNextToken)(node.argument, node, this.ast);
              const openBraceToken = (0, node_utils_1.findNextToken)(commaToken, node, this.ast);
              const tokenAfterAttributes = (0, node_utils_1.findNextToken)(node.attributes, node, this.ast);
              const closeBraceToken = tokenAfterAttributes.kind === ts.SyntaxKind.CommaToken ? (0, node_utils_1.findNextToken)(tokenAfterAttributes, node, this.ast) : tokenAfterAttributes;
              const withOrAssertToken = (0, node_utils_1.findNextToken)(openBraceToken, node, this.ast);
              const withOrAssertTokenRange = (0, node_utils_1.getRange)(withOrAssertToken, this.ast);
              const withOrAssertName = withOrAssertToken.kind === ts.SyntaxKind.AssertKeyword ? "assert" : "with";
              options = this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.ObjectExpression,
                range: [openBraceToken.getStart(this.ast), closeBraceToken.end],
                properties: [
                  this.createNode(node, {
                    type: ts_estree_1.AST_NODE_TYPES.Property,
                    range: [withOrAssertTokenRange[0], node.attributes.end],
                    computed: false,
                    key: this.createNode(node, {
                      type: ts_estree_1.AST_NODE_TYPES.Identifier,
                      range: withOrAssertTokenRange,
                      decorators: [],
                      name: withOrAssertName,
                      optional: false,
                      typeAnnotation: void 0
                    }),
                    kind: "init",
                    method: false,
                    optional: false,
                    shorthand: false,
                    value
                  })
                ]
              });
            }
            const argument = this.convertChild(node.argument);
            const source = argument.literal;
            const result = this.createNode(node, this.#withDeprecatedGetter({
              type: ts_estree_1.AST_NODE_TYPES.TSImportType,
              range,
              options,
              qualifier: this.convertChild(node.qualifier),
              source,
              typeArguments: this.convertTypeArguments(node) ?? null
            }, "argument", "source", argument));
            if (node.isTypeOf) {
              return this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.TSTypeQuery,
                exprName: result,
                typeArguments: void 0
              });
            }
            return result;
          }
          case SyntaxKind.EnumDeclaration: {
            const members = this.convertChildren(node.members);
            const result = this.createNode(node, this.#withDeprecatedGetter({
              type: ts_estree_1.AST_NODE_TYPES.TSEnumDeclaration,
              body: this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.TSEnumBody,
                range: [node.members.pos - 1, node.end],
                members
              }),
              const: (0, node_utils_1.hasModifier)(SyntaxKind.ConstKeyword, node),
              declare: (0, node_utils_1.hasModifier)(SyntaxKind.DeclareKeyword, node),
              id: this.convertChild(node.name)
            }, "members", `'body.members'`, this.convertChildren(node.members)));
            return this.fixExports(node, result);
          }
          case SyntaxKind.EnumMember: {
            const computed = node.name.kind === ts.SyntaxKind.ComputedPropertyName;
            return this.createNode(node, this.#withDeprecatedGetter({
              type: ts_estree_1.AST_NODE_TYPES.TSEnumMember,
              id: this.convertChild(node.name),
              initializer: node.initializer && this.convertChild(node.initializer)
            }, "computed", void 0, computed));
          }
          case SyntaxKind.ModuleDeclaration: {
            let isDeclare = (0, node_utils_1.hasModifier)(SyntaxKind.DeclareKeyword, node);
            const result = this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSModuleDeclaration,
              ...(() => {
                if (node.flags & ts.NodeFlags.GlobalAugmentation) {
                  return {
                    body: this.convertChild(node.body),
                    declare: false,
                    // eslint-disable-next-line @typescript-eslint/no-deprecated -- `global` is a required property
                    global: false,
                    id: this.convertChild(node.name),
                    kind: "global"
                  };
                }
                if (ts.isStringLiteral(node.name)) {
                  const body = this.convertChild(node.body);
                  return {
                    kind: "module",
                    ...body != null ? { body } : {},
                    declare: false,
                    // eslint-disable-next-line @typescript-eslint/no-deprecated -- `global` is a required property
                    global: false,
                    id: this.convertChild(node.name)
                  };
                }
                let name = this.createNode(node.name, {
                  type: ts_estree_1.AST_NODE_TYPES.Identifier,
                  range: [node.name.getStart(this.ast), node.name.getEnd()],
                  decorators: [],
                  name: node.name.text,
                  optional: false,
                  typeAnnotation: void 0
                });
                while (node.body && ts.isModuleDeclaration(node.body) && node.body.name) {
                  node = node.body;
                  isDeclare ||= (0, node_utils_1.hasModifier)(SyntaxKind.DeclareKeyword, node);
                  const nextName = node.name;
                  const right = this.createNode(nextName, {
                    type: ts_estree_1.AST_NODE_TYPES.Identifier,
                    range: [nextName.getStart(this.ast), nextName.getEnd()],
                    decorators: [],
                    name: nextName.text,
                    optional: false,
                    typeAnnotation: void 0
                  });
                  name = this.createNode(nextName, {
                    type: ts_estree_1.AST_NODE_TYPES.TSQualifiedName,
                    range: [name.range[0], right.range[1]],
                    left: name,
                    right
                  });
                }
                return {
                  body: this.convertChild(node.body),
                  declare: false,
                  // eslint-disable-next-line @typescript-eslint/no-deprecated -- `global` is a required property
                  global: false,
                  id: name,
                  kind: node.flags & ts.NodeFlags.Namespace ? "namespace" : "module"
                };
              })()
            });
            result.declare = isDeclare;
            if (node.flags & ts.NodeFlags.GlobalAugmentation) {
              result.global = true;
            }
            return this.fixExports(node, result);
          }
          // TypeScript specific types
          case SyntaxKind.ParenthesizedType: {
            return this.convertChild(node.type);
          }
          case SyntaxKind.UnionType: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSUnionType,
              types: this.convertChildren(node.types)
            });
          }
          case SyntaxKind.IntersectionType: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSIntersectionType,
              types: this.convertChildren(node.types)
            });
          }
          case SyntaxKind.AsExpression: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSAsExpression,
              expression: this.convertChild(node.expression),
              typeAnnotation: this.convertChild(node.type)
            });
          }
          case SyntaxKind.InferType: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSInferType,
              typeParameter: this.convertChild(node.typeParameter)
            });
          }
          case SyntaxKind.LiteralType: {
            if (node.literal.kind === SyntaxKind.NullKeyword) {
              return this.createNode(node.literal, {
                type: ts_estree_1.AST_NODE_TYPES.TSNullKeyword
              });
            }
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSLiteralType,
              literal: this.convertChild(node.literal)
            });
          }
          case SyntaxKind.TypeAssertionExpression: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSTypeAssertion,
              expression: this.convertChild(node.expression),
              typeAnnotation: this.convertChild(node.type)
            });
          }
          case SyntaxKind.ImportEqualsDeclaration: {
            return this.fixExports(node, this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSImportEqualsDeclaration,
              id: this.convertChild(node.name),
              importKind: node.isTypeOnly ? "type" : "value",
              moduleReference: this.convertChild(node.moduleReference)
            }));
          }
          case SyntaxKind.ExternalModuleReference: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSExternalModuleReference,
              expression: this.convertChild(node.expression)
            });
          }
          case SyntaxKind.NamespaceExportDeclaration: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSNamespaceExportDeclaration,
              id: this.convertChild(node.name)
            });
          }
          case SyntaxKind.AbstractKeyword: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSAbstractKeyword
            });
          }
          // Tuple
          case SyntaxKind.TupleType: {
            const elementTypes = this.convertChildren(node.elements);
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSTupleType,
              elementTypes
            });
          }
          case SyntaxKind.NamedTupleMember: {
            const member = this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSNamedTupleMember,
              elementType: this.convertChild(node.type, node),
              label: this.convertChild(node.name, node),
              optional: node.questionToken != null
            });
            if (node.dotDotDotToken) {
              member.range[0] = member.label.range[0];
              member.loc.start = member.label.loc.start;
              return this.createNode(node, {
                type: ts_estree_1.AST_NODE_TYPES.TSRestType,
                typeAnnotation: member
              });
            }
            return member;
          }
          case SyntaxKind.OptionalType: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSOptionalType,
              typeAnnotation: this.convertChild(node.type)
            });
          }
          case SyntaxKind.RestType: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSRestType,
              typeAnnotation: this.convertChild(node.type)
            });
          }
          // Template Literal Types
          case SyntaxKind.TemplateLiteralType: {
            const result = this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSTemplateLiteralType,
              quasis: [this.convertChild(node.head)],
              types: []
            });
            node.templateSpans.forEach((templateSpan) => {
              result.types.push(this.convertChild(templateSpan.type));
              result.quasis.push(this.convertChild(templateSpan.literal));
            });
            return result;
          }
          case SyntaxKind.ClassStaticBlockDeclaration: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.StaticBlock,
              body: this.convertBodyExpressions(node.body.statements, node)
            });
          }
          // eslint-disable-next-line @typescript-eslint/no-deprecated
          case SyntaxKind.AssertEntry:
          case SyntaxKind.ImportAttribute: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ImportAttribute,
              key: this.convertChild(node.name),
              value: this.convertChild(node.value)
            });
          }
          case SyntaxKind.SatisfiesExpression: {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.TSSatisfiesExpression,
              expression: this.convertChild(node.expression),
              typeAnnotation: this.convertChild(node.type)
            });
          }
          default:
            return this.deeplyCopy(node);
        }
      }
      createNode(node, data) {
        const result = data;
        result.range ??= (0, node_utils_1.getRange)(node, this.ast);
        result.loc ??= (0, node_utils_1.getLocFor)(result.range, this.ast);
        if (result && this.options.shouldPreserveNodeMaps) {
          this.esTreeNodeToTSNodeMap.set(result, node);
        }
        return result;
      }
      convertProgram() {
        return this.converter(this.ast);
      }
      /**
       * For nodes that are copied directly from the TypeScript AST into
       * ESTree mostly as-is. The only difference is the addition of a type
       * property instead of a kind property. Recursively copies all children.
       */
      deeplyCopy(node) {
        if (node.kind === ts.SyntaxKind.JSDocFunctionType) {
          this.#throwError(node, "JSDoc types can only be used inside documentation comments.");
        }
        const customType = `TS${SyntaxKind[node.kind]}`;
        if (this.options.errorOnUnknownASTType && !ts_estree_1.AST_NODE_TYPES[customType]) {
          throw new Error(`Unknown AST_NODE_TYPE: "${customType}"`);
        }
        const result = this.createNode(node, {
          type: customType
        });
        if ("type" in node) {
          result.typeAnnotation = node.type && "kind" in node.type && ts.isTypeNode(node.type) ? this.convertTypeAnnotation(node.type, node) : null;
        }
        if ("typeArguments" in node) {
          result.typeArguments = node.typeArguments && "pos" in node.typeArguments ? this.convertTypeArguments(node) : null;
        }
        if ("typeParameters" in node) {
          result.typeParameters = node.typeParameters && "pos" in node.typeParameters ? (
            // @ts-expect-error -- Fix me
            this.convertTypeParameters(node)
          ) : null;
        }
        const decorators = (0, getModifiers_1.getDecorators)(node);
        if (decorators?.length) {
          result.decorators = this.convertChildren(decorators);
        }
        const KEYS_TO_NOT_COPY = /* @__PURE__ */ new Set([
          "_children",
          "decorators",
          "end",
          "flags",
          "heritageClauses",
          "illegalDecorators",
          "jsDoc",
          "kind",
          "locals",
          "localSymbol",
          "modifierFlagsCache",
          "modifiers",
          "nextContainer",
          "parent",
          "pos",
          "symbol",
          "transformFlags",
          "type",
          "typeArguments",
          "typeParameters"
        ]);
        Object.entries(node).filter(([key]) => !KEYS_TO_NOT_COPY.has(key)).forEach(([key, value]) => {
          if (Array.isArray(value)) {
            result[key] = this.convertChildren(value);
          } else if (value && typeof value === "object" && value.kind) {
            result[key] = this.convertChild(value);
          } else {
            result[key] = value;
          }
        });
        return result;
      }
      /**
       * Fixes the exports of the given ts.Node
       * @returns the ESTreeNode with fixed exports
       */
      fixExports(node, result) {
        const isNamespaceNode = ts.isModuleDeclaration(node) && !ts.isStringLiteral(node.name);
        const modifiers = isNamespaceNode ? (0, node_utils_1.getNamespaceModifiers)(node) : (0, getModifiers_1.getModifiers)(node);
        if (modifiers?.[0].kind === SyntaxKind.ExportKeyword) {
          this.registerTSNodeInNodeMap(node, result);
          const exportKeyword = modifiers[0];
          const nextModifier = modifiers[1];
          const declarationIsDefault = nextModifier?.kind === SyntaxKind.DefaultKeyword;
          const varToken = declarationIsDefault ? (0, node_utils_1.findNextToken)(nextModifier, this.ast, this.ast) : (0, node_utils_1.findNextToken)(exportKeyword, this.ast, this.ast);
          result.range[0] = varToken.getStart(this.ast);
          result.loc = (0, node_utils_1.getLocFor)(result.range, this.ast);
          if (declarationIsDefault) {
            return this.createNode(node, {
              type: ts_estree_1.AST_NODE_TYPES.ExportDefaultDeclaration,
              range: [exportKeyword.getStart(this.ast), result.range[1]],
              declaration: result,
              exportKind: "value"
            });
          }
          const isType = result.type === ts_estree_1.AST_NODE_TYPES.TSInterfaceDeclaration || result.type === ts_estree_1.AST_NODE_TYPES.TSTypeAliasDeclaration;
          const isDeclare = "declare" in result && result.declare;
          return this.createNode(
            node,
            // @ts-expect-error - TODO, narrow the types here
            this.#withDeprecatedAliasGetter({
              type: ts_estree_1.AST_NODE_TYPES.ExportNamedDeclaration,
              range: [exportKeyword.getStart(this.ast), result.range[1]],
              attributes: [],
              declaration: result,
              exportKind: isType || isDeclare ? "type" : "value",
              source: null,
              specifiers: []
            }, "assertions", "attributes", true)
          );
        }
        return result;
      }
      getASTMaps() {
        return {
          esTreeNodeToTSNodeMap: this.esTreeNodeToTSNodeMap,
          tsNodeToESTreeNodeMap: this.tsNodeToESTreeNodeMap
        };
      }
      /**
       * Register specific TypeScript node into map with first ESTree node provided
       */
      registerTSNodeInNodeMap(node, result) {
        if (result && this.options.shouldPreserveNodeMaps && !this.tsNodeToESTreeNodeMap.has(node)) {
          this.tsNodeToESTreeNodeMap.set(node, result);
        }
      }
    };
    exports.Converter = Converter;
  }
});

// node_modules/ts-api-utils/lib/index.cjs
var require_lib2 = __commonJS({
  "node_modules/ts-api-utils/lib/index.cjs"(exports) {
    "use strict";
    var ts9 = require_typescript();
    function _interopDefault(e) {
      return e && e.__esModule ? e : { default: e };
    }
    var ts9__default = /* @__PURE__ */ _interopDefault(ts9);
    function forEachToken(node, callback, sourceFile = node.getSourceFile()) {
      for (const token of iterateTokens(node, sourceFile)) {
        callback(token);
      }
    }
    function* iterateTokens(node, sourceFile = node.getSourceFile()) {
      const queue = [];
      while (true) {
        if (ts9__default.default.isTokenKind(node.kind)) {
          yield node;
        } else {
          const children = node.getChildren(sourceFile);
          if (children.length === 1) {
            node = children[0];
            continue;
          }
          for (let i = children.length - 1; i >= 0; --i) {
            queue.push(children[i]);
          }
        }
        if (queue.length === 0) {
          break;
        }
        node = queue.pop();
      }
    }
    function forEachComment(node, callback, sourceFile = node.getSourceFile()) {
      const fullText = sourceFile.text;
      for (const { end, kind, pos } of iterateComments(node, sourceFile)) {
        callback(fullText, { end, kind, pos });
      }
    }
    function* iterateComments(node, sourceFile = node.getSourceFile()) {
      const fullText = sourceFile.text;
      const notJsx = sourceFile.languageVariant !== ts9__default.default.LanguageVariant.JSX;
      for (const token of iterateTokens(node, sourceFile)) {
        if (token.pos === token.end) {
          continue;
        }
        if (token.kind !== ts9__default.default.SyntaxKind.JsxText) {
          yield* collectComments((callback) => {
            ts9__default.default.forEachLeadingCommentRange(
              fullText,
              // skip shebang at position 0
              token.pos === 0 ? (ts9__default.default.getShebang(fullText) ?? "").length : token.pos,
              callback
            );
          }, fullText);
        }
        if (notJsx || canHaveTrailingTrivia(token)) {
          yield* collectComments((callback) => {
            ts9__default.default.forEachTrailingCommentRange(fullText, token.end, callback);
          }, fullText);
        }
      }
    }
    function canHaveTrailingTrivia(token) {
      switch (token.kind) {
        case ts9__default.default.SyntaxKind.CloseBraceToken:
          return token.parent.kind !== ts9__default.default.SyntaxKind.JsxExpression || !isJsxElementOrFragment(token.parent.parent);
        case ts9__default.default.SyntaxKind.GreaterThanToken:
          switch (token.parent.kind) {
            case ts9__default.default.SyntaxKind.JsxClosingElement:
            case ts9__default.default.SyntaxKind.JsxClosingFragment:
              return !isJsxElementOrFragment(token.parent.parent.parent);
            case ts9__default.default.SyntaxKind.JsxOpeningElement:
              return token.end !== token.parent.end;
            case ts9__default.default.SyntaxKind.JsxOpeningFragment:
              return false;
            // would be inside the fragment
            case ts9__default.default.SyntaxKind.JsxSelfClosingElement:
              return token.end !== token.parent.end || // if end is not equal, this is part of the type arguments list
              !isJsxElementOrFragment(token.parent.parent);
          }
      }
      return true;
    }
    function collectComments(execute, fullText) {
      const comments = [];
      execute((pos, end, kind) => {
        const text = fullText.slice(pos, end);
        const value = text.slice(
          2,
          kind === ts9__default.default.SyntaxKind.SingleLineCommentTrivia ? void 0 : -2
        );
        comments.push({ end, kind, pos, text, value });
      });
      return comments;
    }
    function isJsxElementOrFragment(node) {
      return node.kind === ts9__default.default.SyntaxKind.JsxElement || node.kind === ts9__default.default.SyntaxKind.JsxFragment;
    }
    var [tsMajor, tsMinor] = ts9__default.default.versionMajorMinor.split(".").map((raw) => Number.parseInt(raw, 10));
    function isTsVersionAtLeast(major, minor = 0) {
      return tsMajor > major || tsMajor === major && tsMinor >= minor;
    }
    function isCompilerOptionEnabled(options, option) {
      switch (option) {
        case "allowJs":
          return options.allowJs === void 0 ? isCompilerOptionEnabled(options, "checkJs") : options.allowJs;
        case "allowSyntheticDefaultImports":
          return options.allowSyntheticDefaultImports !== void 0 ? options.allowSyntheticDefaultImports : isCompilerOptionEnabled(options, "esModuleInterop") || options.module === ts9__default.default.ModuleKind.System;
        case "alwaysStrict":
        case "noImplicitAny":
        case "noImplicitThis":
        case "strictBindCallApply":
        case "strictFunctionTypes":
        case "strictNullChecks":
        case "strictPropertyInitialization":
          return isStrictCompilerOptionEnabled(
            options,
            option
          );
        case "declaration":
          return options.declaration || isCompilerOptionEnabled(options, "composite");
        case "declarationMap":
        case "emitDeclarationOnly":
        case "stripInternal":
          return options[option] === true && isCompilerOptionEnabled(options, "declaration");
        case "incremental":
          return options.incremental === void 0 ? isCompilerOptionEnabled(options, "composite") : options.incremental;
        case "noUncheckedIndexedAccess":
          return options.noUncheckedIndexedAccess === true && isCompilerOptionEnabled(options, "strictNullChecks");
        case "skipDefaultLibCheck":
          return options.skipDefaultLibCheck || isCompilerOptionEnabled(options, "skipLibCheck");
        case "suppressImplicitAnyIndexErrors":
          return (
            // eslint-disable-next-line @typescript-eslint/no-deprecated
            options.suppressImplicitAnyIndexErrors === true && isCompilerOptionEnabled(options, "noImplicitAny")
          );
      }
      return options[option] === true;
    }
    function isStrictCompilerOptionEnabled(options, option) {
      if (option === "strictPropertyInitialization") {
        if (!isStrictCompilerOptionEnabled(options, "strictNullChecks")) {
          return false;
        }
      }
      return options[option] ?? options.strict ?? isTsVersionAtLeast(6);
    }
    function isModifierFlagSet(node, flag) {
      return isFlagSet(ts9__default.default.getCombinedModifierFlags(node), flag);
    }
    function isFlagSet(allFlags, flag) {
      return (allFlags & flag) !== 0;
    }
    function isFlagSetOnObject(obj, flag) {
      return isFlagSet(obj.flags, flag);
    }
    var isNodeFlagSet = isFlagSetOnObject;
    function isObjectFlagSet(objectType, flag) {
      return isFlagSet(objectType.objectFlags, flag);
    }
    var isSymbolFlagSet = isFlagSetOnObject;
    function isTransientSymbolLinksFlagSet(links, flag) {
      return isFlagSet(links.checkFlags, flag);
    }
    var isTypeFlagSet = isFlagSetOnObject;
    function includesModifier(modifiers, ...kinds) {
      if (modifiers === void 0) {
        return false;
      }
      for (const modifier of modifiers) {
        if (kinds.includes(modifier.kind)) {
          return true;
        }
      }
      return false;
    }
    function isAssignmentKind(kind) {
      return kind >= ts9__default.default.SyntaxKind.FirstAssignment && kind <= ts9__default.default.SyntaxKind.LastAssignment;
    }
    function isNumericPropertyName(name) {
      return String(+name) === name;
    }
    function isValidPropertyAccess(text, languageVersion = ts9__default.default.ScriptTarget.Latest) {
      if (text.length === 0) {
        return false;
      }
      let ch = text.codePointAt(0);
      if (!ts9__default.default.isIdentifierStart(ch, languageVersion)) {
        return false;
      }
      for (let i = charSize(ch); i < text.length; i += charSize(ch)) {
        ch = text.codePointAt(i);
        if (!ts9__default.default.isIdentifierPart(ch, languageVersion)) {
          return false;
        }
      }
      return true;
    }
    function charSize(ch) {
      return ch >= 65536 ? 2 : 1;
    }
    var AccessKind = /* @__PURE__ */ ((AccessKind2) => {
      AccessKind2[AccessKind2["None"] = 0] = "None";
      AccessKind2[AccessKind2["Read"] = 1] = "Read";
      AccessKind2[AccessKind2["Write"] = 2] = "Write";
      AccessKind2[AccessKind2["Delete"] = 4] = "Delete";
      AccessKind2[AccessKind2["ReadWrite"] = 3] = "ReadWrite";
      return AccessKind2;
    })(AccessKind || {});
    function getAccessKind(node) {
      const parent = node.parent;
      switch (parent.kind) {
        case ts9__default.default.SyntaxKind.ArrayLiteralExpression:
        case ts9__default.default.SyntaxKind.SpreadAssignment:
        case ts9__default.default.SyntaxKind.SpreadElement:
          return isInDestructuringAssignment(
            parent
          ) ? 2 : 1;
        case ts9__default.default.SyntaxKind.ArrowFunction:
          return parent.body === node ? 1 : 2;
        case ts9__default.default.SyntaxKind.AsExpression:
        case ts9__default.default.SyntaxKind.NonNullExpression:
        case ts9__default.default.SyntaxKind.ParenthesizedExpression:
        case ts9__default.default.SyntaxKind.TypeAssertionExpression:
          return getAccessKind(parent);
        case ts9__default.default.SyntaxKind.AwaitExpression:
        case ts9__default.default.SyntaxKind.CallExpression:
        case ts9__default.default.SyntaxKind.CaseClause:
        case ts9__default.default.SyntaxKind.ComputedPropertyName:
        case ts9__default.default.SyntaxKind.ConditionalExpression:
        case ts9__default.default.SyntaxKind.Decorator:
        case ts9__default.default.SyntaxKind.DoStatement:
        case ts9__default.default.SyntaxKind.ElementAccessExpression:
        case ts9__default.default.SyntaxKind.ExpressionStatement:
        case ts9__default.default.SyntaxKind.ForStatement:
        case ts9__default.default.SyntaxKind.IfStatement:
        case ts9__default.default.SyntaxKind.JsxElement:
        case ts9__default.default.SyntaxKind.JsxExpression:
        case ts9__default.default.SyntaxKind.JsxOpeningElement:
        case ts9__default.default.SyntaxKind.JsxSelfClosingElement:
        case ts9__default.default.SyntaxKind.JsxSpreadAttribute:
        case ts9__default.default.SyntaxKind.NewExpression:
        case ts9__default.default.SyntaxKind.ReturnStatement:
        case ts9__default.default.SyntaxKind.SwitchStatement:
        case ts9__default.default.SyntaxKind.TaggedTemplateExpression:
        case ts9__default.default.SyntaxKind.TemplateSpan:
        case ts9__default.default.SyntaxKind.ThrowStatement:
        case ts9__default.default.SyntaxKind.TypeOfExpression:
        case ts9__default.default.SyntaxKind.VoidExpression:
        case ts9__default.default.SyntaxKind.WhileStatement:
        case ts9__default.default.SyntaxKind.WithStatement:
        case ts9__default.default.SyntaxKind.YieldExpression:
          return 1;
        case ts9__default.default.SyntaxKind.BinaryExpression:
          return parent.right === node ? 1 : !isAssignmentKind(parent.operatorToken.kind) ? 1 : parent.operatorToken.kind === ts9__default.default.SyntaxKind.EqualsToken ? 2 : 3;
        case ts9__default.default.SyntaxKind.BindingElement:
        case ts9__default.default.SyntaxKind.EnumMember:
        case ts9__default.default.SyntaxKind.JsxAttribute:
        case ts9__default.default.SyntaxKind.Parameter:
        case ts9__default.default.SyntaxKind.PropertyDeclaration:
        case ts9__default.default.SyntaxKind.VariableDeclaration:
          return parent.initializer === node ? 1 : 0;
        case ts9__default.default.SyntaxKind.DeleteExpression:
          return 4;
        case ts9__default.default.SyntaxKind.ExportAssignment:
          return parent.isExportEquals ? 1 : 0;
        case ts9__default.default.SyntaxKind.ExpressionWithTypeArguments:
          return parent.parent.token === ts9__default.default.SyntaxKind.ExtendsKeyword && parent.parent.parent.kind !== ts9__default.default.SyntaxKind.InterfaceDeclaration ? 1 : 0;
        case ts9__default.default.SyntaxKind.ForInStatement:
        case ts9__default.default.SyntaxKind.ForOfStatement:
          return parent.initializer === node ? 2 : 1;
        case ts9__default.default.SyntaxKind.PostfixUnaryExpression:
          return 3;
        case ts9__default.default.SyntaxKind.PrefixUnaryExpression:
          return parent.operator === ts9__default.default.SyntaxKind.PlusPlusToken || parent.operator === ts9__default.default.SyntaxKind.MinusMinusToken ? 3 : 1;
        case ts9__default.default.SyntaxKind.PropertyAccessExpression:
          return parent.expression === node ? 1 : 0;
        case ts9__default.default.SyntaxKind.PropertyAssignment:
          return parent.name === node ? 0 : isInDestructuringAssignment(parent) ? 2 : 1;
        case ts9__default.default.SyntaxKind.ShorthandPropertyAssignment:
          return parent.objectAssignmentInitializer === node ? 1 : isInDestructuringAssignment(parent) ? 2 : 1;
      }
      return 0;
    }
    function isInDestructuringAssignment(node) {
      switch (node.kind) {
        case ts9__default.default.SyntaxKind.ShorthandPropertyAssignment:
          if (node.objectAssignmentInitializer !== void 0) {
            return true;
          }
        // falls through
        case ts9__default.default.SyntaxKind.PropertyAssignment:
        case ts9__default.default.SyntaxKind.SpreadAssignment:
          node = node.parent;
          break;
        case ts9__default.default.SyntaxKind.SpreadElement:
          if (node.parent.kind !== ts9__default.default.SyntaxKind.ArrayLiteralExpression) {
            return false;
          }
          node = node.parent;
      }
      while (true) {
        switch (node.parent.kind) {
          case ts9__default.default.SyntaxKind.ArrayLiteralExpression:
          case ts9__default.default.SyntaxKind.ObjectLiteralExpression:
            node = node.parent;
            break;
          case ts9__default.default.SyntaxKind.BinaryExpression:
            return node.parent.left === node && node.parent.operatorToken.kind === ts9__default.default.SyntaxKind.EqualsToken;
          case ts9__default.default.SyntaxKind.ForOfStatement:
            return node.parent.initializer === node;
          case ts9__default.default.SyntaxKind.PropertyAssignment:
          case ts9__default.default.SyntaxKind.SpreadAssignment:
            node = node.parent.parent;
            break;
          case ts9__default.default.SyntaxKind.SpreadElement:
            if (node.parent.parent.kind !== ts9__default.default.SyntaxKind.ArrayLiteralExpression) {
              return false;
            }
            node = node.parent.parent;
            break;
          default:
            return false;
        }
      }
    }
    function isAbstractKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.AbstractKeyword;
    }
    function isAccessorKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.AccessorKeyword;
    }
    function isAnyKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.AnyKeyword;
    }
    function isAssertKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.AssertKeyword;
    }
    function isAssertsKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.AssertsKeyword;
    }
    function isAsyncKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.AsyncKeyword;
    }
    function isAwaitKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.AwaitKeyword;
    }
    function isBigIntKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.BigIntKeyword;
    }
    function isBooleanKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.BooleanKeyword;
    }
    function isColonToken(node) {
      return node.kind === ts9__default.default.SyntaxKind.ColonToken;
    }
    function isConstKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.ConstKeyword;
    }
    function isDeclareKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.DeclareKeyword;
    }
    function isDefaultKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.DefaultKeyword;
    }
    function isDotToken(node) {
      return node.kind === ts9__default.default.SyntaxKind.DotToken;
    }
    function isEndOfFileToken(node) {
      return node.kind === ts9__default.default.SyntaxKind.EndOfFileToken;
    }
    function isEqualsGreaterThanToken(node) {
      return node.kind === ts9__default.default.SyntaxKind.EqualsGreaterThanToken;
    }
    function isEqualsToken(node) {
      return node.kind === ts9__default.default.SyntaxKind.EqualsToken;
    }
    function isExclamationToken(node) {
      return node.kind === ts9__default.default.SyntaxKind.ExclamationToken;
    }
    function isExportKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.ExportKeyword;
    }
    function isFalseKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.FalseKeyword;
    }
    function isFalseLiteral(node) {
      return node.kind === ts9__default.default.SyntaxKind.FalseKeyword;
    }
    function isImportExpression(node) {
      return node.kind === ts9__default.default.SyntaxKind.ImportKeyword;
    }
    function isImportKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.ImportKeyword;
    }
    function isInKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.InKeyword;
    }
    function isJSDocText(node) {
      return node.kind === ts9__default.default.SyntaxKind.JSDocText;
    }
    function isJsonMinusNumericLiteral(node) {
      return node.kind === ts9__default.default.SyntaxKind.PrefixUnaryExpression;
    }
    function isNeverKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.NeverKeyword;
    }
    function isNullKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.NullKeyword;
    }
    function isNullLiteral(node) {
      return node.kind === ts9__default.default.SyntaxKind.NullKeyword;
    }
    function isNumberKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.NumberKeyword;
    }
    function isObjectKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.ObjectKeyword;
    }
    function isOutKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.OutKeyword;
    }
    function isOverrideKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.OverrideKeyword;
    }
    function isPrivateKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.PrivateKeyword;
    }
    function isProtectedKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.ProtectedKeyword;
    }
    function isPublicKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.PublicKeyword;
    }
    function isQuestionDotToken(node) {
      return node.kind === ts9__default.default.SyntaxKind.QuestionDotToken;
    }
    function isQuestionToken(node) {
      return node.kind === ts9__default.default.SyntaxKind.QuestionToken;
    }
    function isReadonlyKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.ReadonlyKeyword;
    }
    function isStaticKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.StaticKeyword;
    }
    function isStringKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.StringKeyword;
    }
    function isSuperExpression(node) {
      return node.kind === ts9__default.default.SyntaxKind.SuperKeyword;
    }
    function isSuperKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.SuperKeyword;
    }
    function isSymbolKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.SymbolKeyword;
    }
    function isSyntaxList(node) {
      return node.kind === ts9__default.default.SyntaxKind.SyntaxList;
    }
    function isThisExpression(node) {
      return node.kind === ts9__default.default.SyntaxKind.ThisKeyword;
    }
    function isThisKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.ThisKeyword;
    }
    function isTrueKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.TrueKeyword;
    }
    function isTrueLiteral(node) {
      return node.kind === ts9__default.default.SyntaxKind.TrueKeyword;
    }
    function isUndefinedKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.UndefinedKeyword;
    }
    function isUnknownKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.UnknownKeyword;
    }
    function isVoidKeyword(node) {
      return node.kind === ts9__default.default.SyntaxKind.VoidKeyword;
    }
    function hasDecorators(node) {
      return ts9__default.default.isParameter(node) || ts9__default.default.isPropertyDeclaration(node) || ts9__default.default.isMethodDeclaration(node) || ts9__default.default.isGetAccessorDeclaration(node) || ts9__default.default.isSetAccessorDeclaration(node) || ts9__default.default.isClassExpression(node) || ts9__default.default.isClassDeclaration(node);
    }
    function hasExpressionInitializer(node) {
      return ts9__default.default.isVariableDeclaration(node) || ts9__default.default.isParameter(node) || ts9__default.default.isBindingElement(node) || ts9__default.default.isPropertyDeclaration(node) || ts9__default.default.isPropertyAssignment(node) || ts9__default.default.isEnumMember(node);
    }
    function hasInitializer(node) {
      return hasExpressionInitializer(node) || ts9__default.default.isForStatement(node) || ts9__default.default.isForInStatement(node) || ts9__default.default.isForOfStatement(node) || ts9__default.default.isJsxAttribute(node);
    }
    function hasJSDoc(node) {
      if (
        // eslint-disable-next-line @typescript-eslint/no-deprecated -- Keep compatibility with ts <5
        isAccessorDeclaration(node) || ts9__default.default.isArrowFunction(node) || ts9__default.default.isBlock(node) || ts9__default.default.isBreakStatement(node) || ts9__default.default.isCallSignatureDeclaration(node) || ts9__default.default.isCaseClause(node) || // eslint-disable-next-line @typescript-eslint/no-deprecated -- Keep compatibility with ts <5
        isClassLikeDeclaration(node) || ts9__default.default.isConstructorDeclaration(node) || ts9__default.default.isConstructorTypeNode(node) || ts9__default.default.isConstructSignatureDeclaration(node) || ts9__default.default.isContinueStatement(node) || ts9__default.default.isDebuggerStatement(node) || ts9__default.default.isDoStatement(node) || ts9__default.default.isEmptyStatement(node) || isEndOfFileToken(node) || ts9__default.default.isEnumDeclaration(node) || ts9__default.default.isEnumMember(node) || ts9__default.default.isExportAssignment(node) || ts9__default.default.isExportDeclaration(node) || ts9__default.default.isExportSpecifier(node) || ts9__default.default.isExpressionStatement(node) || ts9__default.default.isForInStatement(node) || ts9__default.default.isForOfStatement(node) || ts9__default.default.isForStatement(node) || ts9__default.default.isFunctionDeclaration(node) || ts9__default.default.isFunctionExpression(node) || ts9__default.default.isFunctionTypeNode(node) || ts9__default.default.isIfStatement(node) || ts9__default.default.isImportDeclaration(node) || ts9__default.default.isImportEqualsDeclaration(node) || ts9__default.default.isIndexSignatureDeclaration(node) || ts9__default.default.isInterfaceDeclaration(node) || ts9__default.default.isJSDocFunctionType(node) || ts9__default.default.isLabeledStatement(node) || ts9__default.default.isMethodDeclaration(node) || ts9__default.default.isMethodSignature(node) || ts9__default.default.isModuleDeclaration(node) || ts9__default.default.isNamedTupleMember(node) || ts9__default.default.isNamespaceExportDeclaration(node) || ts9__default.default.isParameter(node) || ts9__default.default.isParenthesizedExpression(node) || ts9__default.default.isPropertyAssignment(node) || ts9__default.default.isPropertyDeclaration(node) || ts9__default.default.isPropertySignature(node) || ts9__default.default.isReturnStatement(node) || ts9__default.default.isShorthandPropertyAssignment(node) || ts9__default.default.isSpreadAssignment(node) || ts9__default.default.isSwitchStatement(node) || ts9__default.default.isThrowStatement(node) || ts9__default.default.isTryStatement(node) || ts9__default.default.isTypeAliasDeclaration(node) || ts9__default.default.isVariableDeclaration(node) || ts9__default.default.isVariableStatement(node) || ts9__default.default.isWhileStatement(node) || ts9__default.default.isWithStatement(node)
      ) {
        return true;
      }
      if (isTsVersionAtLeast(4, 4) && ts9__default.default.isClassStaticBlockDeclaration(node)) {
        return true;
      }
      if (isTsVersionAtLeast(5, 0) && (ts9__default.default.isBinaryExpression(node) || ts9__default.default.isElementAccessExpression(node) || ts9__default.default.isIdentifier(node) || ts9__default.default.isJSDocSignature(node) || ts9__default.default.isObjectLiteralExpression(node) || ts9__default.default.isPropertyAccessExpression(node) || ts9__default.default.isTypeParameterDeclaration(node))) {
        return true;
      }
      return false;
    }
    function hasModifiers(node) {
      return ts9__default.default.isTypeParameterDeclaration(node) || ts9__default.default.isParameter(node) || ts9__default.default.isConstructorTypeNode(node) || ts9__default.default.isPropertySignature(node) || ts9__default.default.isPropertyDeclaration(node) || ts9__default.default.isMethodSignature(node) || ts9__default.default.isMethodDeclaration(node) || ts9__default.default.isConstructorDeclaration(node) || ts9__default.default.isGetAccessorDeclaration(node) || ts9__default.default.isSetAccessorDeclaration(node) || ts9__default.default.isIndexSignatureDeclaration(node) || ts9__default.default.isFunctionExpression(node) || ts9__default.default.isArrowFunction(node) || ts9__default.default.isClassExpression(node) || ts9__default.default.isVariableStatement(node) || ts9__default.default.isFunctionDeclaration(node) || ts9__default.default.isClassDeclaration(node) || ts9__default.default.isInterfaceDeclaration(node) || ts9__default.default.isTypeAliasDeclaration(node) || ts9__default.default.isEnumDeclaration(node) || ts9__default.default.isModuleDeclaration(node) || ts9__default.default.isImportEqualsDeclaration(node) || ts9__default.default.isImportDeclaration(node) || ts9__default.default.isExportAssignment(node) || ts9__default.default.isExportDeclaration(node);
    }
    function hasType(node) {
      return isSignatureDeclaration(node) || ts9__default.default.isVariableDeclaration(node) || ts9__default.default.isParameter(node) || ts9__default.default.isPropertySignature(node) || ts9__default.default.isPropertyDeclaration(node) || ts9__default.default.isTypePredicateNode(node) || ts9__default.default.isParenthesizedTypeNode(node) || ts9__default.default.isTypeOperatorNode(node) || ts9__default.default.isMappedTypeNode(node) || ts9__default.default.isAssertionExpression(node) || ts9__default.default.isTypeAliasDeclaration(node) || ts9__default.default.isJSDocTypeExpression(node) || ts9__default.default.isJSDocNonNullableType(node) || ts9__default.default.isJSDocNullableType(node) || ts9__default.default.isJSDocOptionalType(node) || ts9__default.default.isJSDocVariadicType(node);
    }
    function hasTypeArguments(node) {
      return ts9__default.default.isCallExpression(node) || ts9__default.default.isNewExpression(node) || ts9__default.default.isTaggedTemplateExpression(node) || ts9__default.default.isJsxOpeningElement(node) || ts9__default.default.isJsxSelfClosingElement(node);
    }
    function isAccessExpression(node) {
      return ts9__default.default.isPropertyAccessExpression(node) || ts9__default.default.isElementAccessExpression(node);
    }
    function isAccessibilityModifier(node) {
      return isPublicKeyword(node) || isPrivateKeyword(node) || isProtectedKeyword(node);
    }
    function isAccessorDeclaration(node) {
      return ts9__default.default.isGetAccessorDeclaration(node) || ts9__default.default.isSetAccessorDeclaration(node);
    }
    function isArrayBindingElement(node) {
      return ts9__default.default.isBindingElement(node) || ts9__default.default.isOmittedExpression(node);
    }
    function isArrayBindingOrAssignmentPattern(node) {
      return ts9__default.default.isArrayBindingPattern(node) || ts9__default.default.isArrayLiteralExpression(node);
    }
    function isAssignmentPattern(node) {
      return ts9__default.default.isObjectLiteralExpression(node) || ts9__default.default.isArrayLiteralExpression(node);
    }
    function isBindingOrAssignmentElementRestIndicator(node) {
      if (ts9__default.default.isSpreadElement(node) || ts9__default.default.isSpreadAssignment(node)) {
        return true;
      }
      if (isTsVersionAtLeast(4, 4)) {
        return ts9__default.default.isDotDotDotToken(node);
      }
      return false;
    }
    function isBindingOrAssignmentElementTarget(node) {
      return isBindingOrAssignmentPattern(node) || ts9__default.default.isIdentifier(node) || ts9__default.default.isPropertyAccessExpression(node) || ts9__default.default.isElementAccessExpression(node) || ts9__default.default.isOmittedExpression(node);
    }
    function isBindingOrAssignmentPattern(node) {
      return isObjectBindingOrAssignmentPattern(node) || isArrayBindingOrAssignmentPattern(node);
    }
    function isBindingPattern(node) {
      return ts9__default.default.isObjectBindingPattern(node) || ts9__default.default.isArrayBindingPattern(node);
    }
    function isBlockLike(node) {
      return ts9__default.default.isSourceFile(node) || ts9__default.default.isBlock(node) || ts9__default.default.isModuleBlock(node) || ts9__default.default.isCaseOrDefaultClause(node);
    }
    function isBooleanLiteral(node) {
      return isTrueLiteral(node) || isFalseLiteral(node);
    }
    function isClassLikeDeclaration(node) {
      return ts9__default.default.isClassDeclaration(node) || ts9__default.default.isClassExpression(node);
    }
    function isClassMemberModifier(node) {
      return isAccessibilityModifier(node) || isReadonlyKeyword(node) || isStaticKeyword(node) || isAccessorKeyword(node);
    }
    function isDeclarationName(node) {
      return ts9__default.default.isIdentifier(node) || ts9__default.default.isPrivateIdentifier(node) || ts9__default.default.isStringLiteralLike(node) || ts9__default.default.isNumericLiteral(node) || ts9__default.default.isComputedPropertyName(node) || ts9__default.default.isElementAccessExpression(node) || isBindingPattern(node) || isEntityNameExpression(node);
    }
    function isDeclarationWithTypeParameterChildren(node) {
      return isSignatureDeclaration(node) || // eslint-disable-next-line @typescript-eslint/no-deprecated -- Keep compatibility with ts <5
      isClassLikeDeclaration(node) || ts9__default.default.isInterfaceDeclaration(node) || ts9__default.default.isTypeAliasDeclaration(node) || ts9__default.default.isJSDocTemplateTag(node);
    }
    function isDeclarationWithTypeParameters(node) {
      return isDeclarationWithTypeParameterChildren(node) || ts9__default.default.isJSDocTypedefTag(node) || ts9__default.default.isJSDocCallbackTag(node) || ts9__default.default.isJSDocSignature(node);
    }
    function isDestructuringPattern(node) {
      return isBindingPattern(node) || ts9__default.default.isObjectLiteralExpression(node) || ts9__default.default.isArrayLiteralExpression(node);
    }
    function isEntityNameExpression(node) {
      return ts9__default.default.isIdentifier(node) || isPropertyAccessEntityNameExpression(node);
    }
    function isEntityNameOrEntityNameExpression(node) {
      return ts9__default.default.isEntityName(node) || isEntityNameExpression(node);
    }
    function isForInOrOfStatement(node) {
      return ts9__default.default.isForInStatement(node) || ts9__default.default.isForOfStatement(node);
    }
    function isFunctionLikeDeclaration(node) {
      return ts9__default.default.isFunctionDeclaration(node) || ts9__default.default.isMethodDeclaration(node) || ts9__default.default.isGetAccessorDeclaration(node) || ts9__default.default.isSetAccessorDeclaration(node) || ts9__default.default.isConstructorDeclaration(node) || ts9__default.default.isFunctionExpression(node) || ts9__default.default.isArrowFunction(node);
    }
    function isJSDocComment(node) {
      if (isJSDocText(node)) {
        return true;
      }
      if (isTsVersionAtLeast(4, 4)) {
        return ts9__default.default.isJSDocLink(node) || ts9__default.default.isJSDocLinkCode(node) || ts9__default.default.isJSDocLinkPlain(node);
      }
      return false;
    }
    function isJSDocNamespaceBody(node) {
      return ts9__default.default.isIdentifier(node) || isJSDocNamespaceDeclaration(node);
    }
    function isJSDocTypeReferencingNode(node) {
      return ts9__default.default.isJSDocVariadicType(node) || ts9__default.default.isJSDocOptionalType(node) || ts9__default.default.isJSDocNullableType(node) || ts9__default.default.isJSDocNonNullableType(node);
    }
    function isJsonObjectExpression(node) {
      return ts9__default.default.isObjectLiteralExpression(node) || ts9__default.default.isArrayLiteralExpression(node) || isJsonMinusNumericLiteral(node) || ts9__default.default.isNumericLiteral(node) || ts9__default.default.isStringLiteral(node) || isBooleanLiteral(node) || isNullLiteral(node);
    }
    function isJsxAttributeLike(node) {
      return ts9__default.default.isJsxAttribute(node) || ts9__default.default.isJsxSpreadAttribute(node);
    }
    function isJsxAttributeValue(node) {
      return ts9__default.default.isStringLiteral(node) || ts9__default.default.isJsxExpression(node) || ts9__default.default.isJsxElement(node) || ts9__default.default.isJsxSelfClosingElement(node) || ts9__default.default.isJsxFragment(node);
    }
    function isJsxChild(node) {
      return ts9__default.default.isJsxText(node) || ts9__default.default.isJsxExpression(node) || ts9__default.default.isJsxElement(node) || ts9__default.default.isJsxSelfClosingElement(node) || ts9__default.default.isJsxFragment(node);
    }
    function isJsxTagNameExpression(node) {
      return ts9__default.default.isIdentifier(node) || isThisExpression(node) || isJsxTagNamePropertyAccess(node);
    }
    function isLiteralToken(node) {
      return ts9__default.default.isNumericLiteral(node) || ts9__default.default.isBigIntLiteral(node) || ts9__default.default.isStringLiteral(node) || ts9__default.default.isJsxText(node) || ts9__default.default.isRegularExpressionLiteral(node) || ts9__default.default.isNoSubstitutionTemplateLiteral(node);
    }
    function isModuleBody(node) {
      return isNamespaceBody(node) || isJSDocNamespaceBody(node);
    }
    function isModuleName(node) {
      return ts9__default.default.isIdentifier(node) || ts9__default.default.isStringLiteral(node);
    }
    function isModuleReference(node) {
      return ts9__default.default.isEntityName(node) || ts9__default.default.isExternalModuleReference(node);
    }
    function isNamedImportBindings(node) {
      return ts9__default.default.isNamespaceImport(node) || ts9__default.default.isNamedImports(node);
    }
    function isNamedImportsOrExports(node) {
      return ts9__default.default.isNamedImports(node) || ts9__default.default.isNamedExports(node);
    }
    function isNamespaceBody(node) {
      return ts9__default.default.isModuleBlock(node) || isNamespaceDeclaration(node);
    }
    function isObjectBindingOrAssignmentElement(node) {
      return ts9__default.default.isBindingElement(node) || ts9__default.default.isPropertyAssignment(node) || ts9__default.default.isShorthandPropertyAssignment(node) || ts9__default.default.isSpreadAssignment(node);
    }
    function isObjectBindingOrAssignmentPattern(node) {
      return ts9__default.default.isObjectBindingPattern(node) || ts9__default.default.isObjectLiteralExpression(node);
    }
    function isObjectTypeDeclaration(node) {
      return (
        // eslint-disable-next-line @typescript-eslint/no-deprecated -- Keep compatibility with ts <5
        isClassLikeDeclaration(node) || ts9__default.default.isInterfaceDeclaration(node) || ts9__default.default.isTypeLiteralNode(node)
      );
    }
    function isParameterPropertyModifier(node) {
      return isAccessibilityModifier(node) || isReadonlyKeyword(node);
    }
    function isPropertyNameLiteral(node) {
      return ts9__default.default.isIdentifier(node) || ts9__default.default.isStringLiteralLike(node) || ts9__default.default.isNumericLiteral(node);
    }
    function isPseudoLiteralToken(node) {
      return ts9__default.default.isTemplateHead(node) || ts9__default.default.isTemplateMiddle(node) || ts9__default.default.isTemplateTail(node);
    }
    function isSignatureDeclaration(node) {
      return ts9__default.default.isCallSignatureDeclaration(node) || ts9__default.default.isConstructSignatureDeclaration(node) || ts9__default.default.isMethodSignature(node) || ts9__default.default.isIndexSignatureDeclaration(node) || ts9__default.default.isFunctionTypeNode(node) || ts9__default.default.isConstructorTypeNode(node) || ts9__default.default.isJSDocFunctionType(node) || ts9__default.default.isFunctionDeclaration(node) || ts9__default.default.isMethodDeclaration(node) || ts9__default.default.isConstructorDeclaration(node) || // eslint-disable-next-line @typescript-eslint/no-deprecated -- Keep compatibility with ts <5
      isAccessorDeclaration(node) || ts9__default.default.isFunctionExpression(node) || ts9__default.default.isArrowFunction(node);
    }
    function isSuperProperty(node) {
      return isSuperPropertyAccessExpression(node) || isSuperElementAccessExpression(node);
    }
    function isTypeOnlyCompatibleAliasDeclaration(node) {
      if (ts9__default.default.isImportClause(node) || ts9__default.default.isImportEqualsDeclaration(node) || ts9__default.default.isNamespaceImport(node) || ts9__default.default.isImportOrExportSpecifier(node)) {
        return true;
      }
      if (isTsVersionAtLeast(5, 0) && (ts9__default.default.isExportDeclaration(node) || ts9__default.default.isNamespaceExport(node))) {
        return true;
      }
      return false;
    }
    function isTypeReferenceType(node) {
      return ts9__default.default.isTypeReferenceNode(node) || ts9__default.default.isExpressionWithTypeArguments(node);
    }
    function isUnionOrIntersectionTypeNode(node) {
      return ts9__default.default.isUnionTypeNode(node) || ts9__default.default.isIntersectionTypeNode(node);
    }
    function isVariableLikeDeclaration(node) {
      return ts9__default.default.isVariableDeclaration(node) || ts9__default.default.isParameter(node) || ts9__default.default.isBindingElement(node) || ts9__default.default.isPropertyDeclaration(node) || ts9__default.default.isPropertyAssignment(node) || ts9__default.default.isPropertySignature(node) || ts9__default.default.isJsxAttribute(node) || ts9__default.default.isShorthandPropertyAssignment(node) || ts9__default.default.isEnumMember(node) || ts9__default.default.isJSDocPropertyTag(node) || ts9__default.default.isJSDocParameterTag(node);
    }
    function isConstAssertionExpression(node) {
      return ts9__default.default.isTypeReferenceNode(node.type) && ts9__default.default.isIdentifier(node.type.typeName) && node.type.typeName.escapedText === "const";
    }
    function isIterationStatement(node) {
      switch (node.kind) {
        case ts9__default.default.SyntaxKind.DoStatement:
        case ts9__default.default.SyntaxKind.ForInStatement:
        case ts9__default.default.SyntaxKind.ForOfStatement:
        case ts9__default.default.SyntaxKind.ForStatement:
        case ts9__default.default.SyntaxKind.WhileStatement:
          return true;
        default:
          return false;
      }
    }
    function isJSDocNamespaceDeclaration(node) {
      return ts9__default.default.isModuleDeclaration(node) && ts9__default.default.isIdentifier(node.name) && (node.body === void 0 || isJSDocNamespaceBody(node.body));
    }
    function isJsxTagNamePropertyAccess(node) {
      return ts9__default.default.isPropertyAccessExpression(node) && // eslint-disable-next-line @typescript-eslint/no-deprecated -- Keep compatibility with ts < 5
      isJsxTagNameExpression(node.expression);
    }
    function isNamedDeclarationWithName(node) {
      return "name" in node && node.name !== void 0 && node.name !== null && isDeclarationName(node.name);
    }
    function isNamespaceDeclaration(node) {
      return ts9__default.default.isModuleDeclaration(node) && ts9__default.default.isIdentifier(node.name) && node.body !== void 0 && isNamespaceBody(node.body);
    }
    function isNumericOrStringLikeLiteral(node) {
      switch (node.kind) {
        case ts9__default.default.SyntaxKind.NoSubstitutionTemplateLiteral:
        case ts9__default.default.SyntaxKind.NumericLiteral:
        case ts9__default.default.SyntaxKind.StringLiteral:
          return true;
        default:
          return false;
      }
    }
    function isPropertyAccessEntityNameExpression(node) {
      return ts9__default.default.isPropertyAccessExpression(node) && ts9__default.default.isIdentifier(node.name) && isEntityNameExpression(node.expression);
    }
    function isSuperElementAccessExpression(node) {
      return ts9__default.default.isElementAccessExpression(node) && isSuperExpression(node.expression);
    }
    function isSuperPropertyAccessExpression(node) {
      return ts9__default.default.isPropertyAccessExpression(node) && isSuperExpression(node.expression);
    }
    function isFunctionScopeBoundary(node) {
      switch (node.kind) {
        case ts9__default.default.SyntaxKind.ArrowFunction:
        case ts9__default.default.SyntaxKind.CallSignature:
        case ts9__default.default.SyntaxKind.ClassDeclaration:
        case ts9__default.default.SyntaxKind.ClassExpression:
        case ts9__default.default.SyntaxKind.Constructor:
        case ts9__default.default.SyntaxKind.ConstructorType:
        case ts9__default.default.SyntaxKind.ConstructSignature:
        case ts9__default.default.SyntaxKind.EnumDeclaration:
        case ts9__default.default.SyntaxKind.FunctionDeclaration:
        case ts9__default.default.SyntaxKind.FunctionExpression:
        case ts9__default.default.SyntaxKind.FunctionType:
        case ts9__default.default.SyntaxKind.GetAccessor:
        case ts9__default.default.SyntaxKind.MethodDeclaration:
        case ts9__default.default.SyntaxKind.MethodSignature:
        case ts9__default.default.SyntaxKind.ModuleDeclaration:
        case ts9__default.default.SyntaxKind.SetAccessor:
          return true;
        case ts9__default.default.SyntaxKind.SourceFile:
          return ts9__default.default.isExternalModule(node);
        default:
          return false;
      }
    }
    function isIntrinsicAnyType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.Any);
    }
    function isIntrinsicBigIntType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.BigInt);
    }
    function isIntrinsicBooleanType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.Boolean);
    }
    function isIntrinsicErrorType(type) {
      return isIntrinsicType(type) && type.intrinsicName === "error";
    }
    function isIntrinsicESSymbolType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.ESSymbol);
    }
    var IntrinsicTypeFlags = ts9__default.default.TypeFlags.Intrinsic ?? ts9__default.default.TypeFlags.Any | ts9__default.default.TypeFlags.Unknown | ts9__default.default.TypeFlags.String | ts9__default.default.TypeFlags.Number | ts9__default.default.TypeFlags.BigInt | ts9__default.default.TypeFlags.Boolean | ts9__default.default.TypeFlags.BooleanLiteral | ts9__default.default.TypeFlags.ESSymbol | ts9__default.default.TypeFlags.Void | ts9__default.default.TypeFlags.Undefined | ts9__default.default.TypeFlags.Null | ts9__default.default.TypeFlags.Never | ts9__default.default.TypeFlags.NonPrimitive;
    function isIntrinsicNeverType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.Never);
    }
    function isIntrinsicNonPrimitiveType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.NonPrimitive);
    }
    function isIntrinsicNullType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.Null);
    }
    function isIntrinsicNumberType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.Number);
    }
    function isIntrinsicStringType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.String);
    }
    function isIntrinsicType(type) {
      return isTypeFlagSet(type, IntrinsicTypeFlags);
    }
    function isIntrinsicUndefinedType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.Undefined);
    }
    function isIntrinsicUnknownType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.Unknown);
    }
    function isIntrinsicVoidType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.Void);
    }
    function isConditionalType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.Conditional);
    }
    function isEnumType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.Enum);
    }
    function isFreshableType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.Freshable);
    }
    function isIndexedAccessType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.IndexedAccess);
    }
    function isIndexType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.Index);
    }
    function isInstantiableType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.Instantiable);
    }
    function isIntersectionType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.Intersection);
    }
    function isObjectType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.Object);
    }
    function isStringMappingType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.StringMapping);
    }
    function isSubstitutionType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.Substitution);
    }
    function isTypeParameter(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.TypeParameter);
    }
    function isTypeVariable(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.TypeVariable);
    }
    function isUnionOrIntersectionType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.UnionOrIntersection);
    }
    function isUnionType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.Union);
    }
    function isUniqueESSymbolType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.UniqueESSymbol);
    }
    function isEvolvingArrayType(type) {
      return isObjectType(type) && isObjectFlagSet(type, ts9__default.default.ObjectFlags.EvolvingArray);
    }
    function isTupleType(type) {
      return isObjectType(type) && isObjectFlagSet(type, ts9__default.default.ObjectFlags.Tuple);
    }
    function isTypeReference(type) {
      return isObjectType(type) && isObjectFlagSet(type, ts9__default.default.ObjectFlags.Reference);
    }
    function isFreshableIntrinsicType(type) {
      return isIntrinsicType(type) && isFreshableType(type);
    }
    function isTupleTypeReference(type) {
      return isTypeReference(type) && isTupleType(type.target);
    }
    function isBigIntLiteralType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.BigIntLiteral);
    }
    function isBooleanLiteralType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.BooleanLiteral);
    }
    function isFalseLiteralType(type) {
      return isBooleanLiteralType(type) && type.intrinsicName === "false";
    }
    function isLiteralType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.Literal);
    }
    function isNumberLiteralType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.NumberLiteral);
    }
    function isStringLiteralType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.StringLiteral);
    }
    function isTemplateLiteralType(type) {
      return isTypeFlagSet(type, ts9__default.default.TypeFlags.TemplateLiteral);
    }
    function isTrueLiteralType(type) {
      return isBooleanLiteralType(type) && type.intrinsicName === "true";
    }
    function getCallSignaturesOfType(type) {
      if (isUnionType(type)) {
        const signatures = [];
        for (const subType of type.types) {
          signatures.push(...getCallSignaturesOfType(subType));
        }
        return signatures;
      }
      if (isIntersectionType(type)) {
        let signatures;
        for (const subType of type.types) {
          const sig = getCallSignaturesOfType(subType);
          if (sig.length !== 0) {
            if (signatures !== void 0) {
              return [];
            }
            signatures = sig;
          }
        }
        return signatures === void 0 ? [] : signatures;
      }
      return type.getCallSignatures();
    }
    function getPropertyOfType(type, name) {
      if (!name.startsWith("__")) {
        return type.getProperty(name);
      }
      return type.getProperties().find((s) => s.escapedName === name);
    }
    function getWellKnownSymbolPropertyOfType(type, wellKnownSymbolName, typeChecker) {
      const prefix = "__@" + wellKnownSymbolName;
      for (const prop of type.getProperties()) {
        if (!prop.name.startsWith(prefix)) {
          continue;
        }
        const declaration = prop.valueDeclaration ?? prop.getDeclarations()?.[0];
        if (!declaration || !isNamedDeclarationWithName(declaration) || declaration.name === void 0 || !ts9__default.default.isComputedPropertyName(declaration.name)) {
          continue;
        }
        const globalSymbol = typeChecker.getApparentType(
          typeChecker.getTypeAtLocation(declaration.name.expression)
        ).symbol;
        if (prop.escapedName === getPropertyNameOfWellKnownSymbol(
          typeChecker,
          globalSymbol,
          wellKnownSymbolName
        )) {
          return prop;
        }
      }
      return void 0;
    }
    function getPropertyNameOfWellKnownSymbol(typeChecker, symbolConstructor, symbolName) {
      const knownSymbol = symbolConstructor && typeChecker.getTypeOfSymbolAtLocation(
        symbolConstructor,
        // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-member-access
        symbolConstructor.valueDeclaration
      ).getProperty(symbolName);
      const knownSymbolType = knownSymbol && typeChecker.getTypeOfSymbolAtLocation(
        knownSymbol,
        // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-member-access
        knownSymbol.valueDeclaration
      );
      if (knownSymbolType && isUniqueESSymbolType(knownSymbolType)) {
        return knownSymbolType.escapedName;
      }
      return "__@" + symbolName;
    }
    function isBindableObjectDefinePropertyCall(node) {
      return node.arguments.length === 3 && isEntityNameExpression(node.arguments[0]) && isNumericOrStringLikeLiteral(node.arguments[1]) && ts9__default.default.isPropertyAccessExpression(node.expression) && node.expression.name.escapedText === "defineProperty" && ts9__default.default.isIdentifier(node.expression.expression) && node.expression.expression.escapedText === "Object";
    }
    function isInConstContext(node, typeChecker) {
      let current = node;
      while (true) {
        const parent = current.parent;
        outer: switch (parent.kind) {
          case ts9__default.default.SyntaxKind.ArrayLiteralExpression:
          case ts9__default.default.SyntaxKind.ObjectLiteralExpression:
          case ts9__default.default.SyntaxKind.ParenthesizedExpression:
          case ts9__default.default.SyntaxKind.TemplateExpression:
            current = parent;
            break;
          case ts9__default.default.SyntaxKind.AsExpression:
          case ts9__default.default.SyntaxKind.TypeAssertionExpression:
            return isConstAssertionExpression(parent);
          case ts9__default.default.SyntaxKind.CallExpression: {
            if (!ts9__default.default.isExpression(current)) {
              return false;
            }
            const functionSignature = typeChecker.getResolvedSignature(
              parent
            );
            if (functionSignature === void 0) {
              return false;
            }
            const argumentIndex = parent.arguments.indexOf(
              current
            );
            if (argumentIndex < 0) {
              return false;
            }
            const parameterSymbol = functionSignature.getParameters()[argumentIndex];
            if (parameterSymbol === void 0 || !("links" in parameterSymbol)) {
              return false;
            }
            const parameterSymbolLinks = parameterSymbol.links;
            const propertySymbol = parameterSymbolLinks.type?.getProperties()?.[argumentIndex];
            if (propertySymbol === void 0 || !("links" in propertySymbol)) {
              return false;
            }
            return !!propertySymbol.links && isTransientSymbolLinksFlagSet(
              propertySymbol.links,
              ts9__default.default.CheckFlags.Readonly
            );
          }
          case ts9__default.default.SyntaxKind.PrefixUnaryExpression:
            if (current.kind !== ts9__default.default.SyntaxKind.NumericLiteral) {
              return false;
            }
            switch (parent.operator) {
              case ts9__default.default.SyntaxKind.MinusToken:
              case ts9__default.default.SyntaxKind.PlusToken:
                current = parent;
                break outer;
              default:
                return false;
            }
          case ts9__default.default.SyntaxKind.PropertyAssignment:
            if (parent.initializer !== current) {
              return false;
            }
            current = parent.parent;
            break;
          case ts9__default.default.SyntaxKind.ShorthandPropertyAssignment:
            current = parent.parent;
            break;
          default:
            return false;
        }
      }
    }
    function intersectionConstituents(type) {
      return isIntersectionType(type) ? type.types : [type];
    }
    var intersectionTypeParts = intersectionConstituents;
    function isFalsyType(type) {
      if (isTypeFlagSet(
        type,
        ts9__default.default.TypeFlags.Undefined | ts9__default.default.TypeFlags.Null | ts9__default.default.TypeFlags.Void
      )) {
        return true;
      }
      if (typeIsLiteral(type)) {
        if (typeof type.value === "object") {
          return type.value.base10Value === "0";
        } else {
          return !type.value;
        }
      }
      return isFalseLiteralType(type);
    }
    function isPropertyReadonlyInType(type, name, typeChecker) {
      let seenProperty = false;
      let seenReadonlySignature = false;
      for (const subType of unionConstituents(type)) {
        if (getPropertyOfType(subType, name) === void 0) {
          const index = (isNumericPropertyName(name) ? typeChecker.getIndexInfoOfType(subType, ts9__default.default.IndexKind.Number) : void 0) ?? typeChecker.getIndexInfoOfType(subType, ts9__default.default.IndexKind.String);
          if (index?.isReadonly) {
            if (seenProperty) {
              return true;
            }
            seenReadonlySignature = true;
          }
        } else if (seenReadonlySignature || isReadonlyPropertyIntersection(subType, name, typeChecker)) {
          return true;
        } else {
          seenProperty = true;
        }
      }
      return false;
    }
    function isThenableType(typeChecker, node, type = typeChecker.getTypeAtLocation(node)) {
      for (const constituent of unionConstituents(
        typeChecker.getApparentType(type)
      )) {
        const then = constituent.getProperty("then");
        if (then === void 0) {
          continue;
        }
        const thenType = typeChecker.getTypeOfSymbolAtLocation(then, node);
        for (const subConstituent of unionConstituents(thenType)) {
          for (const signature of subConstituent.getCallSignatures()) {
            if (signature.parameters.length !== 0 && isCallback(typeChecker, signature.parameters[0], node)) {
              return true;
            }
          }
        }
      }
      return false;
    }
    function symbolHasReadonlyDeclaration(symbol, typeChecker) {
      return !!((symbol.flags & ts9__default.default.SymbolFlags.Accessor) === ts9__default.default.SymbolFlags.GetAccessor || symbol.declarations?.some(
        (node) => isModifierFlagSet(node, ts9__default.default.ModifierFlags.Readonly) || ts9__default.default.isVariableDeclaration(node) && isNodeFlagSet(node.parent, ts9__default.default.NodeFlags.Const) || ts9__default.default.isCallExpression(node) && isReadonlyAssignmentDeclaration(node, typeChecker) || ts9__default.default.isEnumMember(node) || (ts9__default.default.isPropertyAssignment(node) || ts9__default.default.isShorthandPropertyAssignment(node)) && isInConstContext(node, typeChecker)
      ));
    }
    function typeConstituents(type) {
      return isIntersectionType(type) || isUnionType(type) ? type.types : [type];
    }
    function typeIsLiteral(type) {
      if (isTsVersionAtLeast(5, 0)) {
        return type.isLiteral();
      } else {
        return isTypeFlagSet(
          type,
          ts9__default.default.TypeFlags.StringLiteral | ts9__default.default.TypeFlags.NumberLiteral | ts9__default.default.TypeFlags.BigIntLiteral
        );
      }
    }
    var typeParts = typeConstituents;
    function unionConstituents(type) {
      return isUnionType(type) ? type.types : [type];
    }
    var unionTypeParts = unionConstituents;
    function isCallback(typeChecker, param, node) {
      let type = typeChecker.getApparentType(
        typeChecker.getTypeOfSymbolAtLocation(param, node)
      );
      if (param.valueDeclaration.dotDotDotToken) {
        type = type.getNumberIndexType();
        if (type === void 0) {
          return false;
        }
      }
      for (const subType of unionConstituents(type)) {
        if (subType.getCallSignatures().length !== 0) {
          return true;
        }
      }
      return false;
    }
    function isReadonlyAssignmentDeclaration(node, typeChecker) {
      if (!isBindableObjectDefinePropertyCall(node)) {
        return false;
      }
      const descriptorType = typeChecker.getTypeAtLocation(node.arguments[2]);
      if (descriptorType.getProperty("value") === void 0) {
        return descriptorType.getProperty("set") === void 0;
      }
      const writableProp = descriptorType.getProperty("writable");
      if (writableProp === void 0) {
        return false;
      }
      const writableType = writableProp.valueDeclaration !== void 0 && ts9__default.default.isPropertyAssignment(writableProp.valueDeclaration) ? typeChecker.getTypeAtLocation(writableProp.valueDeclaration.initializer) : typeChecker.getTypeOfSymbolAtLocation(writableProp, node.arguments[2]);
      return isFalseLiteralType(writableType);
    }
    function isReadonlyPropertyFromMappedType(type, name, typeChecker) {
      if (!isObjectType(type) || !isObjectFlagSet(type, ts9__default.default.ObjectFlags.Mapped)) {
        return;
      }
      const declaration = type.symbol.declarations[0];
      if (declaration.readonlyToken !== void 0 && !/^__@[^@]+$/.test(name)) {
        return declaration.readonlyToken.kind !== ts9__default.default.SyntaxKind.MinusToken;
      }
      const { modifiersType } = type;
      return modifiersType && isPropertyReadonlyInType(modifiersType, name, typeChecker);
    }
    function isReadonlyPropertyIntersection(type, name, typeChecker) {
      const constituents = intersectionConstituents(type);
      return constituents.some((constituent) => {
        const prop = getPropertyOfType(constituent, name);
        if (prop === void 0) {
          return false;
        }
        if (prop.flags & ts9__default.default.SymbolFlags.Transient) {
          if (/^(?:[1-9]\d*|0)$/.test(name) && isTupleTypeReference(constituent)) {
            return constituent.target.readonly;
          }
          switch (isReadonlyPropertyFromMappedType(constituent, name, typeChecker)) {
            case false:
              return false;
            case true:
              return true;
          }
        }
        return (
          // members of namespace import
          isSymbolFlagSet(prop, ts9__default.default.SymbolFlags.ValueModule) || // we unwrapped every mapped type, now we can check the actual declarations
          // eslint-disable-next-line @typescript-eslint/no-deprecated -- Will be made private-only soon.
          symbolHasReadonlyDeclaration(prop, typeChecker)
        );
      });
    }
    function identifierToKeywordKind(node) {
      return "originalKeywordKind" in node ? node.originalKeywordKind : ts9__default.default.identifierToKeywordKind(node);
    }
    var DeclarationDomain = /* @__PURE__ */ ((DeclarationDomain2) => {
      DeclarationDomain2[DeclarationDomain2["Namespace"] = 1] = "Namespace";
      DeclarationDomain2[DeclarationDomain2["Type"] = 2] = "Type";
      DeclarationDomain2[DeclarationDomain2["Value"] = 4] = "Value";
      DeclarationDomain2[DeclarationDomain2["Any"] = 7] = "Any";
      DeclarationDomain2[DeclarationDomain2["Import"] = 8] = "Import";
      return DeclarationDomain2;
    })(DeclarationDomain || {});
    function getDeclarationDomain(node) {
      switch (node.parent.kind) {
        case ts9__default.default.SyntaxKind.ClassDeclaration:
        case ts9__default.default.SyntaxKind.ClassExpression:
          return 2 | 4;
        case ts9__default.default.SyntaxKind.EnumDeclaration:
          return 7;
        case ts9__default.default.SyntaxKind.FunctionDeclaration:
        case ts9__default.default.SyntaxKind.FunctionExpression:
          return 4;
        case ts9__default.default.SyntaxKind.ImportClause:
        case ts9__default.default.SyntaxKind.NamespaceImport:
          return 7 | 8;
        // TODO handle type-only imports
        case ts9__default.default.SyntaxKind.ImportEqualsDeclaration:
        case ts9__default.default.SyntaxKind.ImportSpecifier:
          return node.parent.name === node ? 7 | 8 : void 0;
        case ts9__default.default.SyntaxKind.InterfaceDeclaration:
        case ts9__default.default.SyntaxKind.TypeAliasDeclaration:
        case ts9__default.default.SyntaxKind.TypeParameter:
          return 2;
        case ts9__default.default.SyntaxKind.ModuleDeclaration:
          return 1;
        case ts9__default.default.SyntaxKind.Parameter:
          if (node.parent.parent.kind === ts9__default.default.SyntaxKind.IndexSignature || identifierToKeywordKind(node) === ts9__default.default.SyntaxKind.ThisKeyword) {
            return;
          }
        // falls through
        case ts9__default.default.SyntaxKind.BindingElement:
        case ts9__default.default.SyntaxKind.VariableDeclaration:
          return node.parent.name === node ? 4 : void 0;
      }
    }
    function getPropertyName(propertyName) {
      if (propertyName.kind === ts9__default.default.SyntaxKind.ComputedPropertyName) {
        const expression = unwrapParentheses(propertyName.expression);
        if (ts9__default.default.isPrefixUnaryExpression(expression)) {
          let negate = false;
          switch (expression.operator) {
            case ts9__default.default.SyntaxKind.MinusToken:
              negate = true;
            // falls through
            case ts9__default.default.SyntaxKind.PlusToken:
              return ts9__default.default.isNumericLiteral(expression.operand) ? `${negate ? "-" : ""}${expression.operand.text}` : ts9__default.default.isBigIntLiteral(expression.operand) ? `${negate ? "-" : ""}${expression.operand.text.slice(0, -1)}` : void 0;
            default:
              return;
          }
        }
        if (ts9__default.default.isBigIntLiteral(expression)) {
          return expression.text.slice(0, -1);
        }
        if (isNumericOrStringLikeLiteral(expression)) {
          return expression.text;
        }
        return;
      }
      return propertyName.kind === ts9__default.default.SyntaxKind.PrivateIdentifier ? void 0 : propertyName.text;
    }
    function unwrapParentheses(node) {
      while (node.kind === ts9__default.default.SyntaxKind.ParenthesizedExpression) {
        node = node.expression;
      }
      return node;
    }
    var UsageDomain = /* @__PURE__ */ ((UsageDomain2) => {
      UsageDomain2[UsageDomain2["Namespace"] = 1] = "Namespace";
      UsageDomain2[UsageDomain2["Type"] = 2] = "Type";
      UsageDomain2[UsageDomain2["Value"] = 4] = "Value";
      UsageDomain2[UsageDomain2["Any"] = 7] = "Any";
      UsageDomain2[UsageDomain2["TypeQuery"] = 8] = "TypeQuery";
      UsageDomain2[UsageDomain2["ValueOrNamespace"] = 5] = "ValueOrNamespace";
      return UsageDomain2;
    })(UsageDomain || {});
    function getUsageDomain(node) {
      const parent = node.parent;
      switch (parent.kind) {
        // Value
        case ts9__default.default.SyntaxKind.BindingElement:
          if (parent.initializer === node) {
            return 5;
          }
          break;
        case ts9__default.default.SyntaxKind.BreakStatement:
        case ts9__default.default.SyntaxKind.ClassDeclaration:
        case ts9__default.default.SyntaxKind.ClassExpression:
        case ts9__default.default.SyntaxKind.ContinueStatement:
        case ts9__default.default.SyntaxKind.EnumDeclaration:
        case ts9__default.default.SyntaxKind.FunctionDeclaration:
        case ts9__default.default.SyntaxKind.FunctionExpression:
        case ts9__default.default.SyntaxKind.GetAccessor:
        case ts9__default.default.SyntaxKind.ImportClause:
        case ts9__default.default.SyntaxKind.ImportSpecifier:
        case ts9__default.default.SyntaxKind.InterfaceDeclaration:
        case ts9__default.default.SyntaxKind.JsxAttribute:
        case ts9__default.default.SyntaxKind.LabeledStatement:
        case ts9__default.default.SyntaxKind.MethodDeclaration:
        case ts9__default.default.SyntaxKind.MethodSignature:
        case ts9__default.default.SyntaxKind.ModuleDeclaration:
        case ts9__default.default.SyntaxKind.NamedTupleMember:
        case ts9__default.default.SyntaxKind.NamespaceExport:
        case ts9__default.default.SyntaxKind.NamespaceExportDeclaration:
        case ts9__default.default.SyntaxKind.NamespaceImport:
        case ts9__default.default.SyntaxKind.PropertySignature:
        case ts9__default.default.SyntaxKind.SetAccessor:
        case ts9__default.default.SyntaxKind.TypeAliasDeclaration:
        case ts9__default.default.SyntaxKind.TypeParameter:
        case ts9__default.default.SyntaxKind.TypePredicate:
          break;
        case ts9__default.default.SyntaxKind.EnumMember:
        case ts9__default.default.SyntaxKind.ImportEqualsDeclaration:
        case ts9__default.default.SyntaxKind.Parameter:
        case ts9__default.default.SyntaxKind.PropertyAccessExpression:
        case ts9__default.default.SyntaxKind.PropertyAssignment:
        case ts9__default.default.SyntaxKind.PropertyDeclaration:
        case ts9__default.default.SyntaxKind.VariableDeclaration:
          if (parent.name !== node) {
            return 5;
          }
          break;
        case ts9__default.default.SyntaxKind.ExportAssignment:
          return 7;
        case ts9__default.default.SyntaxKind.ExportSpecifier:
          if (parent.propertyName === void 0 || parent.propertyName === node) {
            return 7;
          }
          break;
        case ts9__default.default.SyntaxKind.ExpressionWithTypeArguments:
          return parent.parent.token === ts9__default.default.SyntaxKind.ImplementsKeyword || parent.parent.parent.kind === ts9__default.default.SyntaxKind.InterfaceDeclaration ? 2 : 4;
        case ts9__default.default.SyntaxKind.QualifiedName:
          if (parent.left === node) {
            if (getEntityNameParent(parent).kind === ts9__default.default.SyntaxKind.TypeQuery) {
              return 1 | 8;
            }
            return 1;
          }
          break;
        case ts9__default.default.SyntaxKind.TypeQuery:
          return 5 | 8;
        case ts9__default.default.SyntaxKind.TypeReference:
          return identifierToKeywordKind(node) !== ts9__default.default.SyntaxKind.ConstKeyword ? 2 : void 0;
        default:
          return 5;
      }
    }
    function getEntityNameParent(name) {
      let parent = name.parent;
      while (parent.kind === ts9__default.default.SyntaxKind.QualifiedName) {
        parent = parent.parent;
      }
      return parent;
    }
    function isBlockScopeBoundary(node) {
      switch (node.kind) {
        case ts9__default.default.SyntaxKind.Block: {
          const parent = node.parent;
          return parent.kind !== ts9__default.default.SyntaxKind.CatchClause && // blocks inside SourceFile are block scope boundaries
          (parent.kind === ts9__default.default.SyntaxKind.SourceFile || // blocks that are direct children of a function scope boundary are no scope boundary
          // for example the FunctionBlock is part of the function scope of the containing function
          !isFunctionScopeBoundary(parent)) ? 2 : 0;
        }
        case ts9__default.default.SyntaxKind.CaseBlock:
        case ts9__default.default.SyntaxKind.CatchClause:
        case ts9__default.default.SyntaxKind.ForInStatement:
        case ts9__default.default.SyntaxKind.ForOfStatement:
        case ts9__default.default.SyntaxKind.ForStatement:
        case ts9__default.default.SyntaxKind.WithStatement:
          return 2;
        default:
          return 0;
      }
    }
    var AbstractScope = class {
      constructor(global) {
        this.global = global;
      }
      namespaceScopes = void 0;
      uses = [];
      variables = /* @__PURE__ */ new Map();
      #enumScopes = void 0;
      addUse(use) {
        this.uses.push(use);
      }
      addVariable(identifier, name, selector, exported, domain) {
        const variables = this.getDestinationScope(selector).getVariables();
        const declaration = {
          declaration: name,
          domain,
          exported
        };
        const variable = variables.get(identifier);
        if (variable === void 0) {
          variables.set(identifier, {
            declarations: [declaration],
            domain,
            uses: []
          });
        } else {
          variable.domain |= domain;
          variable.declarations.push(declaration);
        }
      }
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      createOrReuseEnumScope(name, _exported) {
        let scope;
        if (this.#enumScopes === void 0) {
          this.#enumScopes = /* @__PURE__ */ new Map();
        } else {
          scope = this.#enumScopes.get(name);
        }
        if (scope === void 0) {
          scope = new EnumScope(this);
          this.#enumScopes.set(name, scope);
        }
        return scope;
      }
      // only relevant for the root scope
      createOrReuseNamespaceScope(name, _exported, ambient, hasExportStatement) {
        let scope;
        if (this.namespaceScopes === void 0) {
          this.namespaceScopes = /* @__PURE__ */ new Map();
        } else {
          scope = this.namespaceScopes.get(name);
        }
        if (scope === void 0) {
          scope = new NamespaceScope(ambient, hasExportStatement, this);
          this.namespaceScopes.set(name, scope);
        } else {
          scope.refresh(ambient, hasExportStatement);
        }
        return scope;
      }
      end(cb) {
        if (this.namespaceScopes !== void 0) {
          this.namespaceScopes.forEach((value) => value.finish(cb));
        }
        this.namespaceScopes = this.#enumScopes = void 0;
        this.applyUses();
        this.variables.forEach((variable) => {
          for (const declaration of variable.declarations) {
            const result = {
              declarations: [],
              domain: declaration.domain,
              exported: declaration.exported,
              inGlobalScope: this.global,
              uses: []
            };
            for (const other of variable.declarations) {
              if (other.domain & declaration.domain) {
                result.declarations.push(other.declaration);
              }
            }
            for (const use of variable.uses) {
              if (use.domain & declaration.domain) {
                result.uses.push(use);
              }
            }
            cb(result, declaration.declaration, this);
          }
        });
      }
      getFunctionScope() {
        return this;
      }
      getVariables() {
        return this.variables;
      }
      // eslint-disable-next-line @typescript-eslint/no-empty-function, @typescript-eslint/no-unused-vars
      markExported(_name) {
      }
      // eslint-disable-next-line @typescript-eslint/no-empty-function, @typescript-eslint/no-unused-vars
      addUseToParent(_use) {
      }
      applyUse(use, variables = this.variables) {
        const variable = variables.get(use.location.text);
        if (variable === void 0 || (variable.domain & use.domain) === 0) {
          return false;
        }
        variable.uses.push(use);
        return true;
      }
      applyUses() {
        for (const use of this.uses) {
          if (!this.applyUse(use)) {
            this.addUseToParent(use);
          }
        }
        this.uses = [];
      }
    };
    var NonRootScope = class extends AbstractScope {
      constructor(parent, boundary) {
        super(false);
        this.parent = parent;
        this.boundary = boundary;
      }
      getDestinationScope(selector) {
        return this.boundary & selector ? this : this.parent.getDestinationScope(selector);
      }
      addUseToParent(use) {
        return this.parent.addUse(use, this);
      }
    };
    var AbstractNamedExpressionScope = class extends NonRootScope {
      #domain;
      #name;
      constructor(name, domain, parent) {
        super(
          parent,
          1
          /* Function */
        );
        this.#name = name;
        this.#domain = domain;
      }
      addUse(use, source) {
        if (source !== this.innerScope) {
          return this.innerScope.addUse(use);
        }
        if (use.domain & this.#domain && use.location.text === this.#name.text) {
          this.uses.push(use);
        } else {
          return this.parent.addUse(use, this);
        }
      }
      end(cb) {
        this.innerScope.end(cb);
        return cb(
          {
            declarations: [this.#name],
            domain: this.#domain,
            exported: false,
            inGlobalScope: false,
            uses: this.uses
          },
          this.#name,
          this
        );
      }
      getDestinationScope() {
        return this.innerScope;
      }
      getFunctionScope() {
        return this.innerScope;
      }
    };
    var BlockScope = class extends NonRootScope {
      #functionScope;
      constructor(functionScope, parent) {
        super(
          parent,
          2
          /* Block */
        );
        this.#functionScope = functionScope;
      }
      getFunctionScope() {
        return this.#functionScope;
      }
    };
    var ClassExpressionScope = class extends AbstractNamedExpressionScope {
      innerScope = new NonRootScope(
        this,
        1
        /* Function */
      );
      constructor(name, parent) {
        super(name, 4 | 2, parent);
      }
    };
    var ConditionalTypeScope = class extends NonRootScope {
      #state = 0;
      constructor(parent) {
        super(
          parent,
          8
          /* ConditionalType */
        );
      }
      addUse(use) {
        if (this.#state === 2) {
          return void this.uses.push(use);
        }
        return this.parent.addUse(use, this);
      }
      updateState(newState) {
        this.#state = newState;
      }
    };
    var EnumScope = class extends NonRootScope {
      constructor(parent) {
        super(
          parent,
          1
          /* Function */
        );
      }
      end() {
        this.applyUses();
      }
    };
    var FunctionScope = class extends NonRootScope {
      constructor(parent) {
        super(
          parent,
          1
          /* Function */
        );
      }
      beginBody() {
        this.applyUses();
      }
    };
    var FunctionExpressionScope = class extends AbstractNamedExpressionScope {
      innerScope = new FunctionScope(this);
      constructor(name, parent) {
        super(name, 4, parent);
      }
      beginBody() {
        return this.innerScope.beginBody();
      }
    };
    var NamespaceScope = class extends NonRootScope {
      #ambient;
      #exports = void 0;
      #hasExport;
      #innerScope = new NonRootScope(
        this,
        1
        /* Function */
      );
      constructor(ambient, hasExport, parent) {
        super(
          parent,
          1
          /* Function */
        );
        this.#ambient = ambient;
        this.#hasExport = hasExport;
      }
      addUse(use, source) {
        if (source !== this.#innerScope) {
          return this.#innerScope.addUse(use);
        }
        this.uses.push(use);
      }
      createOrReuseEnumScope(name, exported) {
        if (!exported && (!this.#ambient || this.#hasExport)) {
          return this.#innerScope.createOrReuseEnumScope(name, exported);
        }
        return super.createOrReuseEnumScope(name, exported);
      }
      createOrReuseNamespaceScope(name, exported, ambient, hasExportStatement) {
        if (!exported && (!this.#ambient || this.#hasExport)) {
          return this.#innerScope.createOrReuseNamespaceScope(
            name,
            exported,
            ambient || this.#ambient,
            hasExportStatement
          );
        }
        return super.createOrReuseNamespaceScope(
          name,
          exported,
          ambient || this.#ambient,
          hasExportStatement
        );
      }
      end(cb) {
        this.#innerScope.end((variable, key, scope) => {
          if (scope !== this.#innerScope || !variable.exported && (!this.#ambient || this.#exports !== void 0 && !this.#exports.has(key.text))) {
            return cb(variable, key, scope);
          }
          const namespaceVar = this.variables.get(key.text);
          if (namespaceVar === void 0) {
            this.variables.set(key.text, {
              declarations: variable.declarations.map(mapDeclaration),
              domain: variable.domain,
              uses: [...variable.uses]
            });
          } else {
            outer: for (const declaration of variable.declarations) {
              for (const existing of namespaceVar.declarations) {
                if (existing.declaration === declaration) {
                  continue outer;
                }
                namespaceVar.declarations.push(mapDeclaration(declaration));
              }
            }
            namespaceVar.domain |= variable.domain;
            for (const use of variable.uses) {
              if (namespaceVar.uses.includes(use)) {
                continue;
              }
              namespaceVar.uses.push(use);
            }
          }
        });
        this.applyUses();
        this.#innerScope = new NonRootScope(
          this,
          1
          /* Function */
        );
      }
      finish(cb) {
        return super.end(cb);
      }
      getDestinationScope() {
        return this.#innerScope;
      }
      markExported(name) {
        if (this.#exports === void 0) {
          this.#exports = /* @__PURE__ */ new Set();
        }
        this.#exports.add(name.text);
      }
      refresh(ambient, hasExport) {
        this.#ambient = ambient;
        this.#hasExport = hasExport;
      }
    };
    var RootScope = class extends AbstractScope {
      #exportAll;
      #exports = void 0;
      #innerScope = new NonRootScope(
        this,
        1
        /* Function */
      );
      constructor(exportAll, global) {
        super(global);
        this.#exportAll = exportAll;
      }
      addUse(use, origin) {
        if (origin === this.#innerScope) {
          return super.addUse(use);
        }
        return this.#innerScope.addUse(use);
      }
      addVariable(identifier, name, selector, exported, domain) {
        if (domain & 8) {
          return super.addVariable(identifier, name, selector, exported, domain);
        }
        return this.#innerScope.addVariable(
          identifier,
          name,
          selector,
          exported,
          domain
        );
      }
      end(cb) {
        this.#innerScope.end((value, key) => {
          value.exported ||= this.#exportAll || this.#exports !== void 0 && this.#exports.includes(key.text);
          value.inGlobalScope = this.global;
          return cb(value, key, this);
        });
        return super.end((value, key, scope) => {
          value.exported ||= scope === this && this.#exports !== void 0 && this.#exports.includes(key.text);
          return cb(value, key, scope);
        });
      }
      getDestinationScope() {
        return this;
      }
      markExported(id) {
        if (this.#exports === void 0) {
          this.#exports = [id.text];
        } else {
          this.#exports.push(id.text);
        }
      }
    };
    function mapDeclaration(declaration) {
      return {
        declaration,
        domain: getDeclarationDomain(declaration),
        exported: true
      };
    }
    var UsageWalker = class {
      #result = /* @__PURE__ */ new Map();
      #scope;
      getUsage(sourceFile) {
        const variableCallback = (variable, key) => {
          this.#result.set(key, variable);
        };
        const isModule = ts9__default.default.isExternalModule(sourceFile);
        this.#scope = new RootScope(
          sourceFile.isDeclarationFile && isModule && !containsExportStatement(sourceFile),
          !isModule
        );
        const cb = (node) => {
          if (isBlockScopeBoundary(node)) {
            return continueWithScope(
              node,
              new BlockScope(this.#scope.getFunctionScope(), this.#scope),
              handleBlockScope
            );
          }
          switch (node.kind) {
            case ts9__default.default.SyntaxKind.ArrowFunction:
            case ts9__default.default.SyntaxKind.CallSignature:
            case ts9__default.default.SyntaxKind.Constructor:
            case ts9__default.default.SyntaxKind.ConstructorType:
            case ts9__default.default.SyntaxKind.ConstructSignature:
            case ts9__default.default.SyntaxKind.FunctionDeclaration:
            case ts9__default.default.SyntaxKind.FunctionExpression:
            case ts9__default.default.SyntaxKind.FunctionType:
            case ts9__default.default.SyntaxKind.GetAccessor:
            case ts9__default.default.SyntaxKind.MethodDeclaration:
            case ts9__default.default.SyntaxKind.MethodSignature:
            case ts9__default.default.SyntaxKind.SetAccessor:
              return this.#handleFunctionLikeDeclaration(
                node,
                cb,
                variableCallback
              );
            case ts9__default.default.SyntaxKind.ClassDeclaration:
              this.#handleDeclaration(
                node,
                true,
                4 | 2
                /* Type */
              );
              return continueWithScope(
                node,
                new NonRootScope(
                  this.#scope,
                  1
                  /* Function */
                )
              );
            case ts9__default.default.SyntaxKind.ClassExpression:
              return continueWithScope(
                node,
                node.name !== void 0 ? new ClassExpressionScope(
                  node.name,
                  this.#scope
                ) : new NonRootScope(
                  this.#scope,
                  1
                  /* Function */
                )
              );
            case ts9__default.default.SyntaxKind.ConditionalType:
              return this.#handleConditionalType(
                node,
                cb,
                variableCallback
              );
            case ts9__default.default.SyntaxKind.EnumDeclaration:
              this.#handleDeclaration(
                node,
                true,
                7
                /* Any */
              );
              return continueWithScope(
                node,
                this.#scope.createOrReuseEnumScope(
                  node.name.text,
                  includesModifier(
                    node.modifiers,
                    ts9__default.default.SyntaxKind.ExportKeyword
                  )
                )
              );
            case ts9__default.default.SyntaxKind.EnumMember:
              this.#scope.addVariable(
                getPropertyName(node.name),
                node.name,
                1,
                true,
                4
                /* Value */
              );
              break;
            case ts9__default.default.SyntaxKind.ExportAssignment:
              if (node.expression.kind === ts9__default.default.SyntaxKind.Identifier) {
                return this.#scope.markExported(
                  node.expression
                );
              }
              break;
            case ts9__default.default.SyntaxKind.ExportSpecifier:
              if (node.propertyName !== void 0) {
                return this.#scope.markExported(
                  node.propertyName,
                  node.name
                );
              }
              return this.#scope.markExported(node.name);
            case ts9__default.default.SyntaxKind.Identifier: {
              const domain = getUsageDomain(node);
              if (domain !== void 0) {
                this.#scope.addUse({ domain, location: node });
              }
              return;
            }
            case ts9__default.default.SyntaxKind.ImportClause:
            case ts9__default.default.SyntaxKind.ImportEqualsDeclaration:
            case ts9__default.default.SyntaxKind.ImportSpecifier:
            case ts9__default.default.SyntaxKind.NamespaceImport:
              this.#handleDeclaration(
                node,
                false,
                7 | 8
                /* Import */
              );
              break;
            case ts9__default.default.SyntaxKind.InterfaceDeclaration:
            case ts9__default.default.SyntaxKind.TypeAliasDeclaration:
              this.#handleDeclaration(
                node,
                true,
                2
                /* Type */
              );
              return continueWithScope(
                node,
                new NonRootScope(
                  this.#scope,
                  4
                  /* Type */
                )
              );
            case ts9__default.default.SyntaxKind.MappedType:
              return continueWithScope(
                node,
                new NonRootScope(
                  this.#scope,
                  4
                  /* Type */
                )
              );
            case ts9__default.default.SyntaxKind.ModuleDeclaration:
              return this.#handleModule(
                node,
                continueWithScope
              );
            case ts9__default.default.SyntaxKind.Parameter:
              if (node.parent.kind !== ts9__default.default.SyntaxKind.IndexSignature && (node.name.kind !== ts9__default.default.SyntaxKind.Identifier || identifierToKeywordKind(
                node.name
              ) !== ts9__default.default.SyntaxKind.ThisKeyword)) {
                this.#handleBindingName(
                  node.name,
                  false,
                  false
                );
              }
              break;
            case ts9__default.default.SyntaxKind.TypeParameter:
              this.#scope.addVariable(
                node.name.text,
                node.name,
                node.parent.kind === ts9__default.default.SyntaxKind.InferType ? 8 : 7,
                false,
                2
                /* Type */
              );
              break;
            // End of Scope specific handling
            case ts9__default.default.SyntaxKind.VariableDeclarationList:
              this.#handleVariableDeclaration(node);
              break;
          }
          return ts9__default.default.forEachChild(node, cb);
        };
        const continueWithScope = (node, scope, next = forEachChild) => {
          const savedScope = this.#scope;
          this.#scope = scope;
          next(node);
          this.#scope.end(variableCallback);
          this.#scope = savedScope;
        };
        const handleBlockScope = (node) => {
          if (node.kind === ts9__default.default.SyntaxKind.CatchClause && node.variableDeclaration !== void 0) {
            this.#handleBindingName(
              node.variableDeclaration.name,
              true,
              false
            );
          }
          return ts9__default.default.forEachChild(node, cb);
        };
        ts9__default.default.forEachChild(sourceFile, cb);
        this.#scope.end(variableCallback);
        return this.#result;
        function forEachChild(node) {
          return ts9__default.default.forEachChild(node, cb);
        }
      }
      #handleBindingName(name, blockScoped, exported) {
        if (name.kind === ts9__default.default.SyntaxKind.Identifier) {
          return this.#scope.addVariable(
            name.text,
            name,
            blockScoped ? 3 : 1,
            exported,
            4
            /* Value */
          );
        }
        forEachDestructuringIdentifier(name, (declaration) => {
          this.#scope.addVariable(
            declaration.name.text,
            declaration.name,
            blockScoped ? 3 : 1,
            exported,
            4
            /* Value */
          );
        });
      }
      #handleConditionalType(node, cb, varCb) {
        const savedScope = this.#scope;
        const scope = this.#scope = new ConditionalTypeScope(savedScope);
        cb(node.checkType);
        scope.updateState(
          1
          /* Extends */
        );
        cb(node.extendsType);
        scope.updateState(
          2
          /* TrueType */
        );
        cb(node.trueType);
        scope.updateState(
          3
          /* FalseType */
        );
        cb(node.falseType);
        scope.end(varCb);
        this.#scope = savedScope;
      }
      #handleDeclaration(node, blockScoped, domain) {
        if (node.name !== void 0) {
          this.#scope.addVariable(
            node.name.text,
            node.name,
            blockScoped ? 3 : 1,
            includesModifier(
              node.modifiers,
              ts9__default.default.SyntaxKind.ExportKeyword
            ),
            domain
          );
        }
      }
      #handleFunctionLikeDeclaration(node, cb, varCb) {
        if (ts9__default.default.canHaveDecorators(node)) {
          ts9__default.default.getDecorators(node)?.forEach(cb);
        }
        const savedScope = this.#scope;
        if (node.kind === ts9__default.default.SyntaxKind.FunctionDeclaration) {
          this.#handleDeclaration(
            node,
            false,
            4
            /* Value */
          );
        }
        const scope = this.#scope = node.kind === ts9__default.default.SyntaxKind.FunctionExpression && node.name !== void 0 ? new FunctionExpressionScope(node.name, savedScope) : new FunctionScope(savedScope);
        if (node.name !== void 0) {
          cb(node.name);
        }
        if (node.typeParameters !== void 0) {
          node.typeParameters.forEach(cb);
        }
        node.parameters.forEach(cb);
        if (node.type !== void 0) {
          cb(node.type);
        }
        if (node.body !== void 0) {
          scope.beginBody();
          cb(node.body);
        }
        scope.end(varCb);
        this.#scope = savedScope;
      }
      #handleModule(node, next) {
        if (node.flags & ts9__default.default.NodeFlags.GlobalAugmentation) {
          return next(
            node,
            this.#scope.createOrReuseNamespaceScope("-global", false, true, false)
          );
        }
        if (node.name.kind === ts9__default.default.SyntaxKind.Identifier) {
          const exported = isNamespaceExported(node);
          this.#scope.addVariable(
            node.name.text,
            node.name,
            1,
            exported,
            1 | 4
            /* Value */
          );
          const ambient = includesModifier(
            node.modifiers,
            ts9__default.default.SyntaxKind.DeclareKeyword
          );
          return next(
            node,
            this.#scope.createOrReuseNamespaceScope(
              node.name.text,
              exported,
              ambient,
              ambient && namespaceHasExportStatement(node)
            )
          );
        }
        return next(
          node,
          this.#scope.createOrReuseNamespaceScope(
            `"${node.name.text}"`,
            false,
            true,
            namespaceHasExportStatement(node)
          )
        );
      }
      #handleVariableDeclaration(declarationList) {
        const blockScoped = isBlockScopedVariableDeclarationList(declarationList);
        const exported = declarationList.parent.kind === ts9__default.default.SyntaxKind.VariableStatement && includesModifier(
          declarationList.parent.modifiers,
          ts9__default.default.SyntaxKind.ExportKeyword
        );
        for (const declaration of declarationList.declarations) {
          this.#handleBindingName(declaration.name, blockScoped, exported);
        }
      }
    };
    function containsExportStatement(block) {
      for (const statement of block.statements) {
        if (statement.kind === ts9__default.default.SyntaxKind.ExportDeclaration || statement.kind === ts9__default.default.SyntaxKind.ExportAssignment) {
          return true;
        }
      }
      return false;
    }
    function forEachDestructuringIdentifier(pattern, fn) {
      for (const element of pattern.elements) {
        if (element.kind !== ts9__default.default.SyntaxKind.BindingElement) {
          continue;
        }
        let result;
        if (element.name.kind === ts9__default.default.SyntaxKind.Identifier) {
          result = fn(element);
        } else {
          result = forEachDestructuringIdentifier(element.name, fn);
        }
        if (result) {
          return result;
        }
      }
    }
    function isBlockScopedVariableDeclarationList(declarationList) {
      return (declarationList.flags & ts9__default.default.NodeFlags.BlockScoped) !== 0;
    }
    function isNamespaceExported(node) {
      return node.parent.kind === ts9__default.default.SyntaxKind.ModuleDeclaration || includesModifier(node.modifiers, ts9__default.default.SyntaxKind.ExportKeyword);
    }
    function namespaceHasExportStatement(ns) {
      if (ns.body?.kind !== ts9__default.default.SyntaxKind.ModuleBlock) {
        return false;
      }
      return containsExportStatement(ns.body);
    }
    function collectVariableUsage(sourceFile) {
      return new UsageWalker().getUsage(sourceFile);
    }
    exports.AccessKind = AccessKind;
    exports.DeclarationDomain = DeclarationDomain;
    exports.UsageDomain = UsageDomain;
    exports.collectVariableUsage = collectVariableUsage;
    exports.forEachComment = forEachComment;
    exports.forEachToken = forEachToken;
    exports.getAccessKind = getAccessKind;
    exports.getCallSignaturesOfType = getCallSignaturesOfType;
    exports.getPropertyOfType = getPropertyOfType;
    exports.getWellKnownSymbolPropertyOfType = getWellKnownSymbolPropertyOfType;
    exports.hasDecorators = hasDecorators;
    exports.hasExpressionInitializer = hasExpressionInitializer;
    exports.hasInitializer = hasInitializer;
    exports.hasJSDoc = hasJSDoc;
    exports.hasModifiers = hasModifiers;
    exports.hasType = hasType;
    exports.hasTypeArguments = hasTypeArguments;
    exports.includesModifier = includesModifier;
    exports.intersectionConstituents = intersectionConstituents;
    exports.intersectionTypeParts = intersectionTypeParts;
    exports.isAbstractKeyword = isAbstractKeyword;
    exports.isAccessExpression = isAccessExpression;
    exports.isAccessibilityModifier = isAccessibilityModifier;
    exports.isAccessorDeclaration = isAccessorDeclaration;
    exports.isAccessorKeyword = isAccessorKeyword;
    exports.isAnyKeyword = isAnyKeyword;
    exports.isArrayBindingElement = isArrayBindingElement;
    exports.isArrayBindingOrAssignmentPattern = isArrayBindingOrAssignmentPattern;
    exports.isAssertKeyword = isAssertKeyword;
    exports.isAssertsKeyword = isAssertsKeyword;
    exports.isAssignmentKind = isAssignmentKind;
    exports.isAssignmentPattern = isAssignmentPattern;
    exports.isAsyncKeyword = isAsyncKeyword;
    exports.isAwaitKeyword = isAwaitKeyword;
    exports.isBigIntKeyword = isBigIntKeyword;
    exports.isBigIntLiteralType = isBigIntLiteralType;
    exports.isBindingOrAssignmentElementRestIndicator = isBindingOrAssignmentElementRestIndicator;
    exports.isBindingOrAssignmentElementTarget = isBindingOrAssignmentElementTarget;
    exports.isBindingOrAssignmentPattern = isBindingOrAssignmentPattern;
    exports.isBindingPattern = isBindingPattern;
    exports.isBlockLike = isBlockLike;
    exports.isBooleanKeyword = isBooleanKeyword;
    exports.isBooleanLiteral = isBooleanLiteral;
    exports.isBooleanLiteralType = isBooleanLiteralType;
    exports.isClassLikeDeclaration = isClassLikeDeclaration;
    exports.isClassMemberModifier = isClassMemberModifier;
    exports.isColonToken = isColonToken;
    exports.isCompilerOptionEnabled = isCompilerOptionEnabled;
    exports.isConditionalType = isConditionalType;
    exports.isConstAssertionExpression = isConstAssertionExpression;
    exports.isConstKeyword = isConstKeyword;
    exports.isDeclarationName = isDeclarationName;
    exports.isDeclarationWithTypeParameterChildren = isDeclarationWithTypeParameterChildren;
    exports.isDeclarationWithTypeParameters = isDeclarationWithTypeParameters;
    exports.isDeclareKeyword = isDeclareKeyword;
    exports.isDefaultKeyword = isDefaultKeyword;
    exports.isDestructuringPattern = isDestructuringPattern;
    exports.isDotToken = isDotToken;
    exports.isEndOfFileToken = isEndOfFileToken;
    exports.isEntityNameExpression = isEntityNameExpression;
    exports.isEntityNameOrEntityNameExpression = isEntityNameOrEntityNameExpression;
    exports.isEnumType = isEnumType;
    exports.isEqualsGreaterThanToken = isEqualsGreaterThanToken;
    exports.isEqualsToken = isEqualsToken;
    exports.isEvolvingArrayType = isEvolvingArrayType;
    exports.isExclamationToken = isExclamationToken;
    exports.isExportKeyword = isExportKeyword;
    exports.isFalseKeyword = isFalseKeyword;
    exports.isFalseLiteral = isFalseLiteral;
    exports.isFalseLiteralType = isFalseLiteralType;
    exports.isFalsyType = isFalsyType;
    exports.isForInOrOfStatement = isForInOrOfStatement;
    exports.isFreshableIntrinsicType = isFreshableIntrinsicType;
    exports.isFreshableType = isFreshableType;
    exports.isFunctionLikeDeclaration = isFunctionLikeDeclaration;
    exports.isFunctionScopeBoundary = isFunctionScopeBoundary;
    exports.isImportExpression = isImportExpression;
    exports.isImportKeyword = isImportKeyword;
    exports.isInKeyword = isInKeyword;
    exports.isIndexType = isIndexType;
    exports.isIndexedAccessType = isIndexedAccessType;
    exports.isInstantiableType = isInstantiableType;
    exports.isIntersectionType = isIntersectionType;
    exports.isIntrinsicAnyType = isIntrinsicAnyType;
    exports.isIntrinsicBigIntType = isIntrinsicBigIntType;
    exports.isIntrinsicBooleanType = isIntrinsicBooleanType;
    exports.isIntrinsicESSymbolType = isIntrinsicESSymbolType;
    exports.isIntrinsicErrorType = isIntrinsicErrorType;
    exports.isIntrinsicNeverType = isIntrinsicNeverType;
    exports.isIntrinsicNonPrimitiveType = isIntrinsicNonPrimitiveType;
    exports.isIntrinsicNullType = isIntrinsicNullType;
    exports.isIntrinsicNumberType = isIntrinsicNumberType;
    exports.isIntrinsicStringType = isIntrinsicStringType;
    exports.isIntrinsicType = isIntrinsicType;
    exports.isIntrinsicUndefinedType = isIntrinsicUndefinedType;
    exports.isIntrinsicUnknownType = isIntrinsicUnknownType;
    exports.isIntrinsicVoidType = isIntrinsicVoidType;
    exports.isIterationStatement = isIterationStatement;
    exports.isJSDocComment = isJSDocComment;
    exports.isJSDocNamespaceBody = isJSDocNamespaceBody;
    exports.isJSDocNamespaceDeclaration = isJSDocNamespaceDeclaration;
    exports.isJSDocText = isJSDocText;
    exports.isJSDocTypeReferencingNode = isJSDocTypeReferencingNode;
    exports.isJsonMinusNumericLiteral = isJsonMinusNumericLiteral;
    exports.isJsonObjectExpression = isJsonObjectExpression;
    exports.isJsxAttributeLike = isJsxAttributeLike;
    exports.isJsxAttributeValue = isJsxAttributeValue;
    exports.isJsxChild = isJsxChild;
    exports.isJsxTagNameExpression = isJsxTagNameExpression;
    exports.isJsxTagNamePropertyAccess = isJsxTagNamePropertyAccess;
    exports.isLiteralToken = isLiteralToken;
    exports.isLiteralType = isLiteralType;
    exports.isModifierFlagSet = isModifierFlagSet;
    exports.isModuleBody = isModuleBody;
    exports.isModuleName = isModuleName;
    exports.isModuleReference = isModuleReference;
    exports.isNamedDeclarationWithName = isNamedDeclarationWithName;
    exports.isNamedImportBindings = isNamedImportBindings;
    exports.isNamedImportsOrExports = isNamedImportsOrExports;
    exports.isNamespaceBody = isNamespaceBody;
    exports.isNamespaceDeclaration = isNamespaceDeclaration;
    exports.isNeverKeyword = isNeverKeyword;
    exports.isNodeFlagSet = isNodeFlagSet;
    exports.isNullKeyword = isNullKeyword;
    exports.isNullLiteral = isNullLiteral;
    exports.isNumberKeyword = isNumberKeyword;
    exports.isNumberLiteralType = isNumberLiteralType;
    exports.isNumericOrStringLikeLiteral = isNumericOrStringLikeLiteral;
    exports.isNumericPropertyName = isNumericPropertyName;
    exports.isObjectBindingOrAssignmentElement = isObjectBindingOrAssignmentElement;
    exports.isObjectBindingOrAssignmentPattern = isObjectBindingOrAssignmentPattern;
    exports.isObjectFlagSet = isObjectFlagSet;
    exports.isObjectKeyword = isObjectKeyword;
    exports.isObjectType = isObjectType;
    exports.isObjectTypeDeclaration = isObjectTypeDeclaration;
    exports.isOutKeyword = isOutKeyword;
    exports.isOverrideKeyword = isOverrideKeyword;
    exports.isParameterPropertyModifier = isParameterPropertyModifier;
    exports.isPrivateKeyword = isPrivateKeyword;
    exports.isPropertyAccessEntityNameExpression = isPropertyAccessEntityNameExpression;
    exports.isPropertyNameLiteral = isPropertyNameLiteral;
    exports.isPropertyReadonlyInType = isPropertyReadonlyInType;
    exports.isProtectedKeyword = isProtectedKeyword;
    exports.isPseudoLiteralToken = isPseudoLiteralToken;
    exports.isPublicKeyword = isPublicKeyword;
    exports.isQuestionDotToken = isQuestionDotToken;
    exports.isQuestionToken = isQuestionToken;
    exports.isReadonlyKeyword = isReadonlyKeyword;
    exports.isSignatureDeclaration = isSignatureDeclaration;
    exports.isStaticKeyword = isStaticKeyword;
    exports.isStrictCompilerOptionEnabled = isStrictCompilerOptionEnabled;
    exports.isStringKeyword = isStringKeyword;
    exports.isStringLiteralType = isStringLiteralType;
    exports.isStringMappingType = isStringMappingType;
    exports.isSubstitutionType = isSubstitutionType;
    exports.isSuperElementAccessExpression = isSuperElementAccessExpression;
    exports.isSuperExpression = isSuperExpression;
    exports.isSuperKeyword = isSuperKeyword;
    exports.isSuperProperty = isSuperProperty;
    exports.isSuperPropertyAccessExpression = isSuperPropertyAccessExpression;
    exports.isSymbolFlagSet = isSymbolFlagSet;
    exports.isSymbolKeyword = isSymbolKeyword;
    exports.isSyntaxList = isSyntaxList;
    exports.isTemplateLiteralType = isTemplateLiteralType;
    exports.isThenableType = isThenableType;
    exports.isThisExpression = isThisExpression;
    exports.isThisKeyword = isThisKeyword;
    exports.isTransientSymbolLinksFlagSet = isTransientSymbolLinksFlagSet;
    exports.isTrueKeyword = isTrueKeyword;
    exports.isTrueLiteral = isTrueLiteral;
    exports.isTrueLiteralType = isTrueLiteralType;
    exports.isTupleType = isTupleType;
    exports.isTupleTypeReference = isTupleTypeReference;
    exports.isTypeFlagSet = isTypeFlagSet;
    exports.isTypeOnlyCompatibleAliasDeclaration = isTypeOnlyCompatibleAliasDeclaration;
    exports.isTypeParameter = isTypeParameter;
    exports.isTypeReference = isTypeReference;
    exports.isTypeReferenceType = isTypeReferenceType;
    exports.isTypeVariable = isTypeVariable;
    exports.isUndefinedKeyword = isUndefinedKeyword;
    exports.isUnionOrIntersectionType = isUnionOrIntersectionType;
    exports.isUnionOrIntersectionTypeNode = isUnionOrIntersectionTypeNode;
    exports.isUnionType = isUnionType;
    exports.isUniqueESSymbolType = isUniqueESSymbolType;
    exports.isUnknownKeyword = isUnknownKeyword;
    exports.isValidPropertyAccess = isValidPropertyAccess;
    exports.isVariableLikeDeclaration = isVariableLikeDeclaration;
    exports.isVoidKeyword = isVoidKeyword;
    exports.iterateComments = iterateComments;
    exports.iterateTokens = iterateTokens;
    exports.symbolHasReadonlyDeclaration = symbolHasReadonlyDeclaration;
    exports.typeConstituents = typeConstituents;
    exports.typeIsLiteral = typeIsLiteral;
    exports.typeParts = typeParts;
    exports.unionConstituents = unionConstituents;
    exports.unionTypeParts = unionTypeParts;
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/convert-comments.js
var require_convert_comments = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/convert-comments.js"(exports) {
    "use strict";
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
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.convertComments = convertComments;
    var tsutils = __importStar(require_lib2());
    var ts = __importStar(require_typescript());
    var node_utils_1 = require_node_utils();
    var ts_estree_1 = require_ts_estree2();
    function convertComments(ast) {
      return Array.from(tsutils.iterateComments(ast), ({ end, kind, pos, value }) => {
        const type = kind === ts.SyntaxKind.SingleLineCommentTrivia ? ts_estree_1.AST_TOKEN_TYPES.Line : ts_estree_1.AST_TOKEN_TYPES.Block;
        const range = [pos, end];
        const loc = (0, node_utils_1.getLocFor)(range, ast);
        return {
          type,
          loc,
          range,
          value
        };
      });
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/ast-converter.js
var require_ast_converter = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/ast-converter.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.astConverter = astConverter;
    var convert_1 = require_convert();
    var convert_comments_1 = require_convert_comments();
    var node_utils_1 = require_node_utils();
    var simple_traverse_1 = require_simple_traverse();
    function astConverter(ast, parseSettings, shouldPreserveNodeMaps) {
      const { parseDiagnostics } = ast;
      if (parseDiagnostics.length) {
        throw (0, convert_1.convertError)(parseDiagnostics[0]);
      }
      const instance = new convert_1.Converter(ast, {
        allowInvalidAST: parseSettings.allowInvalidAST,
        errorOnUnknownASTType: parseSettings.errorOnUnknownASTType,
        shouldPreserveNodeMaps,
        suppressDeprecatedPropertyWarnings: parseSettings.suppressDeprecatedPropertyWarnings
      });
      const estree = instance.convertProgram();
      if (!parseSettings.range || !parseSettings.loc) {
        (0, simple_traverse_1.simpleTraverse)(estree, {
          enter: (node) => {
            if (!parseSettings.range) {
              delete node.range;
            }
            if (!parseSettings.loc) {
              delete node.loc;
            }
          }
        });
      }
      if (parseSettings.tokens) {
        estree.tokens = (0, node_utils_1.convertTokens)(ast);
      }
      if (parseSettings.comment) {
        estree.comments = (0, convert_comments_1.convertComments)(ast);
      }
      const astMaps = instance.getASTMaps();
      return { astMaps, estree };
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/create-program/getScriptKind.js
var require_getScriptKind = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/create-program/getScriptKind.js"(exports) {
    "use strict";
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
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getScriptKind = getScriptKind;
    exports.getLanguageVariant = getLanguageVariant;
    var node_path_1 = __importDefault(__require("node:path"));
    var ts = __importStar(require_typescript());
    function getScriptKind(filePath, jsx) {
      const extension = node_path_1.default.extname(filePath).toLowerCase();
      switch (extension) {
        case ts.Extension.Cjs:
        case ts.Extension.Js:
        case ts.Extension.Mjs:
          return ts.ScriptKind.JS;
        case ts.Extension.Cts:
        case ts.Extension.Mts:
        case ts.Extension.Ts:
          return ts.ScriptKind.TS;
        case ts.Extension.Json:
          return ts.ScriptKind.JSON;
        case ts.Extension.Jsx:
          return ts.ScriptKind.JSX;
        case ts.Extension.Tsx:
          return ts.ScriptKind.TSX;
        default:
          return jsx ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
      }
    }
    function getLanguageVariant(scriptKind) {
      switch (scriptKind) {
        case ts.ScriptKind.JS:
        case ts.ScriptKind.JSON:
        case ts.ScriptKind.JSX:
        case ts.ScriptKind.TSX:
          return ts.LanguageVariant.JSX;
        default:
          return ts.LanguageVariant.Standard;
      }
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/package.json
var require_package = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/package.json"(exports, module) {
    module.exports = {
      name: "@typescript-eslint/typescript-estree",
      version: "8.73.0",
      description: "A parser that converts TypeScript source code into an ESTree compatible form",
      files: [
        "dist",
        "!**/*.js.map",
        "!**/*.tsbuildinfo"
      ],
      type: "commonjs",
      exports: {
        ".": {
          types: "./dist/index.d.ts",
          default: "./dist/index.js"
        },
        "./package.json": "./package.json",
        "./use-at-your-own-risk": {
          types: "./dist/use-at-your-own-risk.d.ts",
          default: "./dist/use-at-your-own-risk.js"
        }
      },
      types: "./dist/index.d.ts",
      engines: {
        node: "^18.18.0 || ^20.9.0 || >=21.1.0"
      },
      repository: {
        type: "git",
        url: "https://github.com/typescript-eslint/typescript-eslint.git",
        directory: "packages/typescript-estree"
      },
      bugs: {
        url: "https://github.com/typescript-eslint/typescript-eslint/issues"
      },
      homepage: "https://typescript-eslint.io/packages/typescript-estree",
      license: "MIT",
      keywords: [
        "ast",
        "estree",
        "ecmascript",
        "javascript",
        "typescript",
        "parser",
        "syntax"
      ],
      dependencies: {
        "@typescript-eslint/project-service": "8.73.0",
        "@typescript-eslint/tsconfig-utils": "8.73.0",
        "@typescript-eslint/types": "8.73.0",
        "@typescript-eslint/visitor-keys": "8.73.0",
        debug: "^4.4.3",
        minimatch: "^11.0.1",
        semver: "^7.7.3",
        tinyglobby: "^0.2.15",
        "ts-api-utils": "^2.5.0"
      },
      devDependencies: {
        "@typescript/native": "npm:typescript@7.1.0-dev.20261009.1",
        "@vitest/coverage-v8": "^5.0.3",
        eslint: "^10.0.0",
        glob: "^11.1.0",
        rimraf: "^5.0.10",
        typescript: ">=4.8.4 <6.1.0",
        vitest: "^5.0.3",
        yaml: "^2.8.2"
      },
      peerDependencies: {
        "@typescript/native": "npm:typescript@>=7.1.0-dev.20261009.1 || >=7.1.0-beta <7.1.0-dev",
        typescript: ">=4.8.4 <6.1.0"
      },
      peerDependenciesMeta: {
        "@typescript/native": {
          optional: true
        }
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/typescript-eslint"
      },
      nx: {
        name: "typescript-estree",
        includedScripts: [
          "clean"
        ],
        targets: {
          lint: {
            command: "eslint"
          },
          "typecheck:tsc6": {},
          "attw-check": {}
        }
      },
      scripts: {
        build: "pnpm exec nx build",
        clean: "rimraf dist/ coverage/",
        format: "pnpm -w run format",
        lint: "pnpm -w exec nx lint",
        test: "pnpm -w exec nx test",
        typecheck: "pnpm -w exec nx typecheck",
        "typecheck:tsc6": "pnpm -w exec nx typecheck:tsc6",
        "attw-check": "pnpm -w exec nx attw-check"
      }
    };
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/version.js
var require_version = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/version.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.version = void 0;
    exports.version = require_package().version;
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/parseSettings/warnAboutTSVersion.js
var require_warnAboutTSVersion = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/parseSettings/warnAboutTSVersion.js"(exports) {
    "use strict";
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
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SUPPORTED_TYPESCRIPT_VERSIONS = void 0;
    exports.handleUnsupportedTSVersion = handleUnsupportedTSVersion;
    var semver_1 = __importDefault(require_semver2());
    var ts = __importStar(require_typescript());
    var version_1 = require_version();
    exports.SUPPORTED_TYPESCRIPT_VERSIONS = ">=4.8.4 <6.1.0";
    var SUPPORTED_PRERELEASE_RANGES = [];
    var ACTIVE_TYPESCRIPT_VERSION = ts.version;
    var isRunningSupportedTypeScriptVersion = semver_1.default.satisfies(ACTIVE_TYPESCRIPT_VERSION, [exports.SUPPORTED_TYPESCRIPT_VERSIONS, ...SUPPORTED_PRERELEASE_RANGES].join(" || "));
    var warnedAboutTSVersion = false;
    function buildUnsupportedTSVersionMessage(severity) {
      const label = severity === "error" ? "ERROR" : "WARNING";
      const border = "=============";
      return [
        border,
        "\n",
        `${label}: You are currently running a version of TypeScript which is not officially supported by @typescript-eslint/typescript-estree.`,
        "\n",
        `* @typescript-eslint/typescript-estree version: ${version_1.version}`,
        `* Supported TypeScript versions: ${exports.SUPPORTED_TYPESCRIPT_VERSIONS}`,
        `* Your TypeScript version: ${ACTIVE_TYPESCRIPT_VERSION}`,
        "\n",
        "Please only submit bug reports when using the officially supported version.",
        "\n",
        border
      ].join("\n");
    }
    function handleUnsupportedTSVersion(parseSettings, behavior, passedLoggerFn) {
      if (isRunningSupportedTypeScriptVersion || behavior === "ignore") {
        return;
      }
      if (behavior === "error") {
        throw new Error(buildUnsupportedTSVersionMessage("error"));
      }
      if (warnedAboutTSVersion) {
        return;
      }
      if (passedLoggerFn || // See https://github.com/typescript-eslint/typescript-eslint/issues/7896
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
      (typeof process === "undefined" ? false : process.stdout?.isTTY)) {
        parseSettings.log(buildUnsupportedTSVersionMessage("warn"));
      }
      warnedAboutTSVersion = true;
    }
  }
});

export {
  require_dist,
  require_shared,
  require_version_check,
  require_getModifiers,
  require_ts_estree2 as require_ts_estree,
  require_node_utils,
  require_convert,
  require_simple_traverse,
  require_ast_converter,
  require_getScriptKind,
  require_version,
  require_warnAboutTSVersion
};
