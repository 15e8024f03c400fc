import { createRequire as __prodlintCreateRequire } from 'node:module';
import { fileURLToPath as __prodlintFileURLToPath } from 'node:url';
import { dirname as __prodlintDirname } from 'node:path';
const require = __prodlintCreateRequire(import.meta.url);
const __filename = __prodlintFileURLToPath(import.meta.url);
const __dirname = __prodlintDirname(__filename);
import {
  require_ast_converter,
  require_convert,
  require_dist,
  require_getModifiers,
  require_getScriptKind,
  require_node_utils,
  require_shared,
  require_simple_traverse,
  require_ts_estree,
  require_version,
  require_version_check,
  require_warnAboutTSVersion
} from "./chunk-6VIJ7Q6K.js";
import {
  require_typescript
} from "./chunk-3SGXGXM2.js";
import {
  require_picomatch
} from "./chunk-DQM4WAGX.js";
import {
  __commonJS,
  __require
} from "./chunk-LCUPGGL7.js";

// node_modules/ms/index.js
var require_ms = __commonJS({
  "node_modules/ms/index.js"(exports, module) {
    var s = 1e3;
    var m = s * 60;
    var h = m * 60;
    var d = h * 24;
    var w = d * 7;
    var y = d * 365.25;
    module.exports = function(val, options) {
      options = options || {};
      var type = typeof val;
      if (type === "string" && val.length > 0) {
        return parse(val);
      } else if (type === "number" && isFinite(val)) {
        return options.long ? fmtLong(val) : fmtShort(val);
      }
      throw new Error(
        "val is not a non-empty string or a valid number. val=" + JSON.stringify(val)
      );
    };
    function parse(str) {
      str = String(str);
      if (str.length > 100) {
        return;
      }
      var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
        str
      );
      if (!match) {
        return;
      }
      var n = parseFloat(match[1]);
      var type = (match[2] || "ms").toLowerCase();
      switch (type) {
        case "years":
        case "year":
        case "yrs":
        case "yr":
        case "y":
          return n * y;
        case "weeks":
        case "week":
        case "w":
          return n * w;
        case "days":
        case "day":
        case "d":
          return n * d;
        case "hours":
        case "hour":
        case "hrs":
        case "hr":
        case "h":
          return n * h;
        case "minutes":
        case "minute":
        case "mins":
        case "min":
        case "m":
          return n * m;
        case "seconds":
        case "second":
        case "secs":
        case "sec":
        case "s":
          return n * s;
        case "milliseconds":
        case "millisecond":
        case "msecs":
        case "msec":
        case "ms":
          return n;
        default:
          return void 0;
      }
    }
    function fmtShort(ms) {
      var msAbs = Math.abs(ms);
      if (msAbs >= d) {
        return Math.round(ms / d) + "d";
      }
      if (msAbs >= h) {
        return Math.round(ms / h) + "h";
      }
      if (msAbs >= m) {
        return Math.round(ms / m) + "m";
      }
      if (msAbs >= s) {
        return Math.round(ms / s) + "s";
      }
      return ms + "ms";
    }
    function fmtLong(ms) {
      var msAbs = Math.abs(ms);
      if (msAbs >= d) {
        return plural(ms, msAbs, d, "day");
      }
      if (msAbs >= h) {
        return plural(ms, msAbs, h, "hour");
      }
      if (msAbs >= m) {
        return plural(ms, msAbs, m, "minute");
      }
      if (msAbs >= s) {
        return plural(ms, msAbs, s, "second");
      }
      return ms + " ms";
    }
    function plural(ms, msAbs, n, name) {
      var isPlural = msAbs >= n * 1.5;
      return Math.round(ms / n) + " " + name + (isPlural ? "s" : "");
    }
  }
});

// node_modules/debug/src/common.js
var require_common = __commonJS({
  "node_modules/debug/src/common.js"(exports, module) {
    function setup(env) {
      createDebug.debug = createDebug;
      createDebug.default = createDebug;
      createDebug.coerce = coerce;
      createDebug.disable = disable;
      createDebug.enable = enable;
      createDebug.enabled = enabled;
      createDebug.humanize = require_ms();
      createDebug.destroy = destroy;
      Object.keys(env).forEach((key) => {
        createDebug[key] = env[key];
      });
      createDebug.names = [];
      createDebug.skips = [];
      createDebug.formatters = {};
      function selectColor(namespace) {
        let hash = 0;
        for (let i = 0; i < namespace.length; i++) {
          hash = (hash << 5) - hash + namespace.charCodeAt(i);
          hash |= 0;
        }
        return createDebug.colors[Math.abs(hash) % createDebug.colors.length];
      }
      createDebug.selectColor = selectColor;
      function createDebug(namespace) {
        let prevTime;
        let enableOverride = null;
        let namespacesCache;
        let enabledCache;
        function debug(...args) {
          if (!debug.enabled) {
            return;
          }
          const self = debug;
          const curr = Number(/* @__PURE__ */ new Date());
          const ms = curr - (prevTime || curr);
          self.diff = ms;
          self.prev = prevTime;
          self.curr = curr;
          prevTime = curr;
          args[0] = createDebug.coerce(args[0]);
          if (typeof args[0] !== "string") {
            args.unshift("%O");
          }
          let index = 0;
          args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format) => {
            if (match === "%%") {
              return "%";
            }
            index++;
            const formatter = createDebug.formatters[format];
            if (typeof formatter === "function") {
              const val = args[index];
              match = formatter.call(self, val);
              args.splice(index, 1);
              index--;
            }
            return match;
          });
          createDebug.formatArgs.call(self, args);
          const logFn = self.log || createDebug.log;
          logFn.apply(self, args);
        }
        debug.namespace = namespace;
        debug.useColors = createDebug.useColors();
        debug.color = createDebug.selectColor(namespace);
        debug.extend = extend;
        debug.destroy = createDebug.destroy;
        Object.defineProperty(debug, "enabled", {
          enumerable: true,
          configurable: false,
          get: () => {
            if (enableOverride !== null) {
              return enableOverride;
            }
            if (namespacesCache !== createDebug.namespaces) {
              namespacesCache = createDebug.namespaces;
              enabledCache = createDebug.enabled(namespace);
            }
            return enabledCache;
          },
          set: (v) => {
            enableOverride = v;
          }
        });
        if (typeof createDebug.init === "function") {
          createDebug.init(debug);
        }
        return debug;
      }
      function extend(namespace, delimiter) {
        const newDebug = createDebug(this.namespace + (typeof delimiter === "undefined" ? ":" : delimiter) + namespace);
        newDebug.log = this.log;
        return newDebug;
      }
      function enable(namespaces) {
        createDebug.save(namespaces);
        createDebug.namespaces = namespaces;
        createDebug.names = [];
        createDebug.skips = [];
        const split = (typeof namespaces === "string" ? namespaces : "").trim().replace(/\s+/g, ",").split(",").filter(Boolean);
        for (const ns of split) {
          if (ns[0] === "-") {
            createDebug.skips.push(ns.slice(1));
          } else {
            createDebug.names.push(ns);
          }
        }
      }
      function matchesTemplate(search, template) {
        let searchIndex = 0;
        let templateIndex = 0;
        let starIndex = -1;
        let matchIndex = 0;
        while (searchIndex < search.length) {
          if (templateIndex < template.length && (template[templateIndex] === search[searchIndex] || template[templateIndex] === "*")) {
            if (template[templateIndex] === "*") {
              starIndex = templateIndex;
              matchIndex = searchIndex;
              templateIndex++;
            } else {
              searchIndex++;
              templateIndex++;
            }
          } else if (starIndex !== -1) {
            templateIndex = starIndex + 1;
            matchIndex++;
            searchIndex = matchIndex;
          } else {
            return false;
          }
        }
        while (templateIndex < template.length && template[templateIndex] === "*") {
          templateIndex++;
        }
        return templateIndex === template.length;
      }
      function disable() {
        const namespaces = [
          ...createDebug.names,
          ...createDebug.skips.map((namespace) => "-" + namespace)
        ].join(",");
        createDebug.enable("");
        return namespaces;
      }
      function enabled(name) {
        for (const skip of createDebug.skips) {
          if (matchesTemplate(name, skip)) {
            return false;
          }
        }
        for (const ns of createDebug.names) {
          if (matchesTemplate(name, ns)) {
            return true;
          }
        }
        return false;
      }
      function coerce(val) {
        if (val instanceof Error) {
          return val.stack || val.message;
        }
        return val;
      }
      function destroy() {
        console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
      }
      createDebug.enable(createDebug.load());
      return createDebug;
    }
    module.exports = setup;
  }
});

// node_modules/debug/src/browser.js
var require_browser = __commonJS({
  "node_modules/debug/src/browser.js"(exports, module) {
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.storage = localstorage();
    exports.destroy = /* @__PURE__ */ (() => {
      let warned = false;
      return () => {
        if (!warned) {
          warned = true;
          console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
        }
      };
    })();
    exports.colors = [
      "#0000CC",
      "#0000FF",
      "#0033CC",
      "#0033FF",
      "#0066CC",
      "#0066FF",
      "#0099CC",
      "#0099FF",
      "#00CC00",
      "#00CC33",
      "#00CC66",
      "#00CC99",
      "#00CCCC",
      "#00CCFF",
      "#3300CC",
      "#3300FF",
      "#3333CC",
      "#3333FF",
      "#3366CC",
      "#3366FF",
      "#3399CC",
      "#3399FF",
      "#33CC00",
      "#33CC33",
      "#33CC66",
      "#33CC99",
      "#33CCCC",
      "#33CCFF",
      "#6600CC",
      "#6600FF",
      "#6633CC",
      "#6633FF",
      "#66CC00",
      "#66CC33",
      "#9900CC",
      "#9900FF",
      "#9933CC",
      "#9933FF",
      "#99CC00",
      "#99CC33",
      "#CC0000",
      "#CC0033",
      "#CC0066",
      "#CC0099",
      "#CC00CC",
      "#CC00FF",
      "#CC3300",
      "#CC3333",
      "#CC3366",
      "#CC3399",
      "#CC33CC",
      "#CC33FF",
      "#CC6600",
      "#CC6633",
      "#CC9900",
      "#CC9933",
      "#CCCC00",
      "#CCCC33",
      "#FF0000",
      "#FF0033",
      "#FF0066",
      "#FF0099",
      "#FF00CC",
      "#FF00FF",
      "#FF3300",
      "#FF3333",
      "#FF3366",
      "#FF3399",
      "#FF33CC",
      "#FF33FF",
      "#FF6600",
      "#FF6633",
      "#FF9900",
      "#FF9933",
      "#FFCC00",
      "#FFCC33"
    ];
    function useColors() {
      if (typeof window !== "undefined" && window.process && (window.process.type === "renderer" || window.process.__nwjs)) {
        return true;
      }
      if (typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/)) {
        return false;
      }
      let m;
      return typeof document !== "undefined" && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance || // Is firebug? http://stackoverflow.com/a/398120/376773
      typeof window !== "undefined" && window.console && (window.console.firebug || window.console.exception && window.console.table) || // Is firefox >= v31?
      // https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
      typeof navigator !== "undefined" && navigator.userAgent && (m = navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)) && parseInt(m[1], 10) >= 31 || // Double check webkit in userAgent just in case we are in a worker
      typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/);
    }
    function formatArgs(args) {
      args[0] = (this.useColors ? "%c" : "") + this.namespace + (this.useColors ? " %c" : " ") + args[0] + (this.useColors ? "%c " : " ") + "+" + module.exports.humanize(this.diff);
      if (!this.useColors) {
        return;
      }
      const c = "color: " + this.color;
      args.splice(1, 0, c, "color: inherit");
      let index = 0;
      let lastC = 0;
      args[0].replace(/%[a-zA-Z%]/g, (match) => {
        if (match === "%%") {
          return;
        }
        index++;
        if (match === "%c") {
          lastC = index;
        }
      });
      args.splice(lastC, 0, c);
    }
    exports.log = console.debug || console.log || (() => {
    });
    function save(namespaces) {
      try {
        if (namespaces) {
          exports.storage.setItem("debug", namespaces);
        } else {
          exports.storage.removeItem("debug");
        }
      } catch (error) {
      }
    }
    function load() {
      let r;
      try {
        r = exports.storage.getItem("debug") || exports.storage.getItem("DEBUG");
      } catch (error) {
      }
      if (!r && typeof process !== "undefined" && "env" in process) {
        r = process.env.DEBUG;
      }
      return r;
    }
    function localstorage() {
      try {
        return localStorage;
      } catch (error) {
      }
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.j = function(v) {
      try {
        return JSON.stringify(v);
      } catch (error) {
        return "[UnexpectedJSONParseError]: " + error.message;
      }
    };
  }
});

// node_modules/debug/src/node.js
var require_node = __commonJS({
  "node_modules/debug/src/node.js"(exports, module) {
    var tty = __require("tty");
    var util = __require("util");
    exports.init = init;
    exports.log = log;
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.destroy = util.deprecate(
      () => {
      },
      "Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."
    );
    exports.colors = [6, 2, 3, 4, 5, 1];
    try {
      const supportsColor = __require("supports-color");
      if (supportsColor && (supportsColor.stderr || supportsColor).level >= 2) {
        exports.colors = [
          20,
          21,
          26,
          27,
          32,
          33,
          38,
          39,
          40,
          41,
          42,
          43,
          44,
          45,
          56,
          57,
          62,
          63,
          68,
          69,
          74,
          75,
          76,
          77,
          78,
          79,
          80,
          81,
          92,
          93,
          98,
          99,
          112,
          113,
          128,
          129,
          134,
          135,
          148,
          149,
          160,
          161,
          162,
          163,
          164,
          165,
          166,
          167,
          168,
          169,
          170,
          171,
          172,
          173,
          178,
          179,
          184,
          185,
          196,
          197,
          198,
          199,
          200,
          201,
          202,
          203,
          204,
          205,
          206,
          207,
          208,
          209,
          214,
          215,
          220,
          221
        ];
      }
    } catch (error) {
    }
    exports.inspectOpts = Object.keys(process.env).filter((key) => {
      return /^debug_/i.test(key);
    }).reduce((obj, key) => {
      const prop = key.substring(6).toLowerCase().replace(/_([a-z])/g, (_, k) => {
        return k.toUpperCase();
      });
      let val = process.env[key];
      if (/^(yes|on|true|enabled)$/i.test(val)) {
        val = true;
      } else if (/^(no|off|false|disabled)$/i.test(val)) {
        val = false;
      } else if (val === "null") {
        val = null;
      } else {
        val = Number(val);
      }
      obj[prop] = val;
      return obj;
    }, {});
    function useColors() {
      return "colors" in exports.inspectOpts ? Boolean(exports.inspectOpts.colors) : tty.isatty(process.stderr.fd);
    }
    function formatArgs(args) {
      const { namespace: name, useColors: useColors2 } = this;
      if (useColors2) {
        const c = this.color;
        const colorCode = "\x1B[3" + (c < 8 ? c : "8;5;" + c);
        const prefix = `  ${colorCode};1m${name} \x1B[0m`;
        args[0] = prefix + args[0].split("\n").join("\n" + prefix);
        args.push(colorCode + "m+" + module.exports.humanize(this.diff) + "\x1B[0m");
      } else {
        args[0] = getDate() + name + " " + args[0];
      }
    }
    function getDate() {
      if (exports.inspectOpts.hideDate) {
        return "";
      }
      return (/* @__PURE__ */ new Date()).toISOString() + " ";
    }
    function log(...args) {
      return process.stderr.write(util.formatWithOptions(exports.inspectOpts, ...args) + "\n");
    }
    function save(namespaces) {
      if (namespaces) {
        process.env.DEBUG = namespaces;
      } else {
        delete process.env.DEBUG;
      }
    }
    function load() {
      return process.env.DEBUG;
    }
    function init(debug) {
      debug.inspectOpts = {};
      const keys = Object.keys(exports.inspectOpts);
      for (let i = 0; i < keys.length; i++) {
        debug.inspectOpts[keys[i]] = exports.inspectOpts[keys[i]];
      }
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.o = function(v) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v, this.inspectOpts).split("\n").map((str) => str.trim()).join(" ");
    };
    formatters.O = function(v) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v, this.inspectOpts);
    };
  }
});

// node_modules/debug/src/index.js
var require_src = __commonJS({
  "node_modules/debug/src/index.js"(exports, module) {
    if (typeof process === "undefined" || process.type === "renderer" || process.browser === true || process.__nwjs) {
      module.exports = require_browser();
    } else {
      module.exports = require_node();
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/source-files.js
var require_source_files = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/source-files.js"(exports) {
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
    exports.isSourceFile = isSourceFile;
    exports.getCodeText = getCodeText;
    var ts = __importStar(require_typescript());
    function isSourceFile(code) {
      if (typeof code !== "object" || code == null) {
        return false;
      }
      const maybeSourceFile = code;
      return maybeSourceFile.kind === ts.SyntaxKind.SourceFile && typeof maybeSourceFile.getFullText === "function";
    }
    function getCodeText(code) {
      return isSourceFile(code) ? code.getFullText(code) : code;
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/create-program/getWatchProgramsForProjects.js
var require_getWatchProgramsForProjects = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/create-program/getWatchProgramsForProjects.js"(exports) {
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
    exports.clearWatchCaches = clearWatchCaches;
    exports.getWatchProgramsForProjects = getWatchProgramsForProjects;
    var debug_1 = __importDefault(require_src());
    var node_fs_1 = __importDefault(__require("node:fs"));
    var ts = __importStar(require_typescript());
    var source_files_1 = require_source_files();
    var shared_1 = require_shared();
    var log = (0, debug_1.default)("typescript-eslint:typescript-estree:create-program:getWatchProgramsForProjects");
    var knownWatchProgramMap = /* @__PURE__ */ new Map();
    var fileWatchCallbackTrackingMap = /* @__PURE__ */ new Map();
    var folderWatchCallbackTrackingMap = /* @__PURE__ */ new Map();
    var programFileListCache = /* @__PURE__ */ new Map();
    var tsconfigLastModifiedTimestampCache = /* @__PURE__ */ new Map();
    var parsedFilesSeenHash = /* @__PURE__ */ new Map();
    function clearWatchCaches() {
      knownWatchProgramMap.clear();
      fileWatchCallbackTrackingMap.clear();
      folderWatchCallbackTrackingMap.clear();
      parsedFilesSeenHash.clear();
      programFileListCache.clear();
      tsconfigLastModifiedTimestampCache.clear();
    }
    function saveWatchCallback(trackingMap) {
      return (fileName, callback) => {
        const normalizedFileName = (0, shared_1.getCanonicalFileName)(fileName);
        const watchers = (() => {
          let watchers2 = trackingMap.get(normalizedFileName);
          if (!watchers2) {
            watchers2 = /* @__PURE__ */ new Set();
            trackingMap.set(normalizedFileName, watchers2);
          }
          return watchers2;
        })();
        watchers.add(callback);
        return {
          close: () => {
            watchers.delete(callback);
          }
        };
      };
    }
    var currentLintOperationState = {
      code: "",
      filePath: ""
    };
    function diagnosticReporter(diagnostic) {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, ts.sys.newLine));
    }
    function updateCachedFileList(tsconfigPath, program) {
      const fileList = new Set(program.getRootFileNames().map((f) => (0, shared_1.getCanonicalFileName)(f)));
      programFileListCache.set(tsconfigPath, fileList);
      return fileList;
    }
    function fileListIncludes(fileList, filePath) {
      return fileList.has(filePath) || fileList.has((0, shared_1.getCanonicalRealPath)(filePath));
    }
    function getWatchProgramsForProjects(parseSettings) {
      const filePath = (0, shared_1.getCanonicalFileName)(parseSettings.filePath);
      const results = [];
      currentLintOperationState.code = parseSettings.code;
      currentLintOperationState.filePath = filePath;
      const fileWatchCallbacks = fileWatchCallbackTrackingMap.get(filePath);
      const codeHash = (0, shared_1.createHash)((0, source_files_1.getCodeText)(parseSettings.code));
      if (parsedFilesSeenHash.get(filePath) !== codeHash && fileWatchCallbacks && fileWatchCallbacks.size > 0) {
        fileWatchCallbacks.forEach((cb) => cb(filePath, ts.FileWatcherEventKind.Changed));
      }
      const currentProjectsFromSettings = new Map(parseSettings.projects);
      for (const [tsconfigPath, existingWatch] of knownWatchProgramMap.entries()) {
        if (!currentProjectsFromSettings.has(tsconfigPath)) {
          continue;
        }
        let fileList = programFileListCache.get(tsconfigPath);
        let updatedProgram = null;
        if (!fileList) {
          updatedProgram = existingWatch.getProgram().getProgram();
          fileList = updateCachedFileList(tsconfigPath, updatedProgram);
        }
        if (fileListIncludes(fileList, filePath)) {
          log("Found existing program for file. %s", filePath);
          updatedProgram ??= existingWatch.getProgram().getProgram();
          updatedProgram.getTypeChecker();
          return [updatedProgram];
        }
      }
      log("File did not belong to any existing programs, moving to create/update. %s", filePath);
      for (const tsconfigPath of parseSettings.projects) {
        const existingWatch = knownWatchProgramMap.get(tsconfigPath[0]);
        if (existingWatch) {
          const updatedProgram = maybeInvalidateProgram(existingWatch, filePath, tsconfigPath[0]);
          if (!updatedProgram) {
            continue;
          }
          updatedProgram.getTypeChecker();
          const fileList2 = updateCachedFileList(tsconfigPath[0], updatedProgram);
          if (fileListIncludes(fileList2, filePath)) {
            log("Found updated program for file. %s", filePath);
            return [updatedProgram];
          }
          results.push(updatedProgram);
          continue;
        }
        const programWatch = createWatchProgram(tsconfigPath[1], parseSettings);
        knownWatchProgramMap.set(tsconfigPath[0], programWatch);
        const program = programWatch.getProgram().getProgram();
        program.getTypeChecker();
        const fileList = updateCachedFileList(tsconfigPath[0], program);
        if (fileListIncludes(fileList, filePath)) {
          log("Found program for file. %s", filePath);
          return [program];
        }
        results.push(program);
      }
      return results;
    }
    function createWatchProgram(tsconfigPath, parseSettings) {
      log("Creating watch program for %s.", tsconfigPath);
      const watchCompilerHost = ts.createWatchCompilerHost(
        tsconfigPath,
        (0, shared_1.createDefaultCompilerOptionsFromExtra)(parseSettings),
        ts.sys,
        ts.createAbstractBuilder,
        diagnosticReporter,
        // TODO: file issue on TypeScript to suggest making optional?
        // eslint-disable-next-line @typescript-eslint/no-empty-function
        /*reportWatchStatus*/
        () => {
        }
      );
      watchCompilerHost.jsDocParsingMode = parseSettings.jsDocParsingMode;
      const oldReadFile = watchCompilerHost.readFile;
      watchCompilerHost.readFile = (filePathIn, encoding) => {
        const filePath = (0, shared_1.getCanonicalFileName)(filePathIn);
        const fileContent = filePath === currentLintOperationState.filePath ? (0, source_files_1.getCodeText)(currentLintOperationState.code) : oldReadFile(filePath, encoding);
        if (fileContent != null) {
          parsedFilesSeenHash.set(filePath, (0, shared_1.createHash)(fileContent));
        }
        return fileContent;
      };
      watchCompilerHost.onUnRecoverableConfigFileDiagnostic = diagnosticReporter;
      watchCompilerHost.afterProgramCreate = (program) => {
        const configFileDiagnostics = program.getConfigFileParsingDiagnostics().filter((diag) => diag.category === ts.DiagnosticCategory.Error && diag.code !== 18003);
        if (configFileDiagnostics.length > 0) {
          diagnosticReporter(configFileDiagnostics[0]);
        }
      };
      watchCompilerHost.watchFile = saveWatchCallback(fileWatchCallbackTrackingMap);
      watchCompilerHost.watchDirectory = saveWatchCallback(folderWatchCallbackTrackingMap);
      const oldOnDirectoryStructureHostCreate = watchCompilerHost.onCachedDirectoryStructureHostCreate;
      watchCompilerHost.onCachedDirectoryStructureHostCreate = (host) => {
        const oldReadDirectory = host.readDirectory;
        host.readDirectory = (path, extensions, exclude, include, depth) => oldReadDirectory(path, !extensions ? void 0 : [...extensions, ...parseSettings.extraFileExtensions], exclude, include, depth);
        oldOnDirectoryStructureHostCreate(host);
      };
      watchCompilerHost.extraFileExtensions = parseSettings.extraFileExtensions.map((extension) => ({
        extension,
        isMixedContent: true,
        scriptKind: ts.ScriptKind.Deferred
      }));
      watchCompilerHost.trace = log;
      watchCompilerHost.setTimeout = void 0;
      watchCompilerHost.clearTimeout = void 0;
      return ts.createWatchProgram(watchCompilerHost);
    }
    function hasTSConfigChanged(tsconfigPath) {
      const stat = node_fs_1.default.statSync(tsconfigPath);
      const lastModifiedAt = stat.mtimeMs;
      const cachedLastModifiedAt = tsconfigLastModifiedTimestampCache.get(tsconfigPath);
      tsconfigLastModifiedTimestampCache.set(tsconfigPath, lastModifiedAt);
      if (cachedLastModifiedAt == null) {
        return false;
      }
      return Math.abs(cachedLastModifiedAt - lastModifiedAt) > Number.EPSILON;
    }
    function maybeInvalidateProgram(existingWatch, filePath, tsconfigPath) {
      let updatedProgram = existingWatch.getProgram().getProgram();
      if (process.env.TSESTREE_NO_INVALIDATION === "true") {
        return updatedProgram;
      }
      if (hasTSConfigChanged(tsconfigPath)) {
        log("tsconfig has changed - triggering program update. %s", tsconfigPath);
        fileWatchCallbackTrackingMap.get(tsconfigPath).forEach((cb) => cb(tsconfigPath, ts.FileWatcherEventKind.Changed));
        programFileListCache.delete(tsconfigPath);
      }
      let sourceFile = (0, shared_1.getSourceFileFromProgram)(updatedProgram, filePath);
      if (sourceFile) {
        return updatedProgram;
      }
      log("File was not found in program - triggering folder update. %s", filePath);
      const currentDir = (0, shared_1.canonicalDirname)(filePath);
      let current = null;
      let next = currentDir;
      let hasCallback = false;
      while (current !== next) {
        current = next;
        const folderWatchCallbacks = folderWatchCallbackTrackingMap.get(current);
        if (folderWatchCallbacks) {
          for (const cb of folderWatchCallbacks) {
            if (currentDir !== current) {
              cb(currentDir, ts.FileWatcherEventKind.Changed);
            }
            cb(current, ts.FileWatcherEventKind.Changed);
          }
          hasCallback = true;
        }
        next = (0, shared_1.canonicalDirname)(current);
      }
      if (!hasCallback) {
        log("No callback found for file, not part of this program. %s", filePath);
        return null;
      }
      programFileListCache.delete(tsconfigPath);
      updatedProgram = existingWatch.getProgram().getProgram();
      sourceFile = (0, shared_1.getSourceFileFromProgram)(updatedProgram, filePath);
      if (sourceFile) {
        return updatedProgram;
      }
      log("File was still not found in program after directory update - checking file deletions. %s", filePath);
      const rootFilenames = updatedProgram.getRootFileNames();
      const deletedFile = rootFilenames.find((file) => !node_fs_1.default.existsSync(file));
      if (!deletedFile) {
        return null;
      }
      const fileWatchCallbacks = fileWatchCallbackTrackingMap.get((0, shared_1.getCanonicalFileName)(deletedFile));
      if (!fileWatchCallbacks) {
        log("Could not find watch callbacks for root file. %s", deletedFile);
        return updatedProgram;
      }
      log("Marking file as deleted. %s", deletedFile);
      fileWatchCallbacks.forEach((cb) => cb(deletedFile, ts.FileWatcherEventKind.Deleted));
      programFileListCache.delete(tsconfigPath);
      updatedProgram = existingWatch.getProgram().getProgram();
      sourceFile = (0, shared_1.getSourceFileFromProgram)(updatedProgram, filePath);
      if (sourceFile) {
        return updatedProgram;
      }
      log("File was still not found in program after deletion check, assuming it is not part of this program. %s", filePath);
      return null;
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/nativeParserRegistry.js
var require_nativeParserRegistry = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/nativeParserRegistry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.registerNativeBackend = registerNativeBackend;
    exports.getNativeParser = getNativeParser;
    exports.getNativeBackendLoadError = getNativeBackendLoadError;
    exports.clearNativeBackendCaches = clearNativeBackendCaches;
    var tsgoBackendPath = "./native";
    var backend;
    var loadError;
    var loaded = false;
    function registerNativeBackend(registered) {
      backend = registered;
      loadError = void 0;
      loaded = true;
    }
    function getNativeParser() {
      if (!loaded) {
        loaded = true;
        try {
          __require(tsgoBackendPath);
        } catch (error) {
          backend = void 0;
          loadError = error;
        }
      }
      return backend?.parse;
    }
    function getNativeBackendLoadError() {
      return loadError;
    }
    function clearNativeBackendCaches() {
      backend?.clearProjectService();
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/create-program/createIsolatedProgram.js
var require_createIsolatedProgram = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/create-program/createIsolatedProgram.js"(exports) {
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
    exports.createIsolatedProgram = createIsolatedProgram;
    var debug_1 = __importDefault(require_src());
    var ts = __importStar(require_typescript());
    var getScriptKind_1 = require_getScriptKind();
    var shared_1 = require_shared();
    var log = (0, debug_1.default)("typescript-eslint:typescript-estree:create-program:createIsolatedProgram");
    function createIsolatedProgram(parseSettings) {
      log("Getting isolated program in %s mode for: %s", parseSettings.jsx ? "TSX" : "TS", parseSettings.filePath);
      const compilerHost = {
        fileExists() {
          return true;
        },
        getCanonicalFileName() {
          return parseSettings.filePath;
        },
        getCurrentDirectory() {
          return "";
        },
        getDefaultLibFileName() {
          return "lib.d.ts";
        },
        getDirectories() {
          return [];
        },
        // TODO: Support Windows CRLF
        getNewLine() {
          return "\n";
        },
        getSourceFile(filename) {
          return ts.createSourceFile(
            filename,
            parseSettings.codeFullText,
            ts.ScriptTarget.Latest,
            /* setParentNodes */
            true,
            (0, getScriptKind_1.getScriptKind)(parseSettings.filePath, parseSettings.jsx)
          );
        },
        readFile() {
          return void 0;
        },
        useCaseSensitiveFileNames() {
          return true;
        },
        writeFile() {
          return null;
        }
      };
      const program = ts.createProgram([parseSettings.filePath], {
        jsDocParsingMode: parseSettings.jsDocParsingMode,
        jsx: parseSettings.jsx ? ts.JsxEmit.Preserve : void 0,
        noResolve: true,
        target: ts.ScriptTarget.Latest,
        ...(0, shared_1.createDefaultCompilerOptionsFromExtra)(parseSettings)
      }, compilerHost);
      const ast = program.getSourceFile(parseSettings.filePath);
      if (!ast) {
        throw new Error("Expected an ast to be returned for the single-file isolated program.");
      }
      return { ast, program };
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/create-program/describeFilePath.js
var require_describeFilePath = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/create-program/describeFilePath.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.describeFilePath = describeFilePath;
    var node_path_1 = __importDefault(__require("node:path"));
    function describeFilePath(filePath, tsconfigRootDir) {
      const relative = node_path_1.default.relative(tsconfigRootDir, filePath);
      if (relative && !relative.startsWith("..") && !node_path_1.default.isAbsolute(relative)) {
        return `<tsconfigRootDir>/${relative}`;
      }
      if (/^[(\w+:)\\/~]/.test(filePath)) {
        return filePath;
      }
      if (/\.\.[/\\]\.\./.test(relative)) {
        return filePath;
      }
      return `<tsconfigRootDir>/${relative}`;
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/create-program/createProjectProgramError.js
var require_createProjectProgramError = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/create-program/createProjectProgramError.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createProjectProgramError = createProjectProgramError;
    var node_path_1 = __importDefault(__require("node:path"));
    var describeFilePath_1 = require_describeFilePath();
    var shared_1 = require_shared();
    function createProjectProgramError(parseSettings, programsForProjects) {
      const describedFilePath = (0, describeFilePath_1.describeFilePath)(parseSettings.filePath, parseSettings.tsconfigRootDir);
      return [
        getErrorStart(describedFilePath, parseSettings),
        ...getErrorDetails(describedFilePath, parseSettings, programsForProjects)
      ];
    }
    function getErrorStart(describedFilePath, parseSettings) {
      const relativeProjects = [...parseSettings.projects.values()].map((projectFile) => (0, describeFilePath_1.describeFilePath)(projectFile, parseSettings.tsconfigRootDir));
      const describedPrograms = relativeProjects.length === 1 ? ` ${relativeProjects[0]}` : `
${relativeProjects.map((project) => `- ${project}`).join("\n")}`;
      return `ESLint was configured to lint \`${describedFilePath}\` with type information from \`parserOptions.project\`:${describedPrograms}`;
    }
    function getErrorDetails(describedFilePath, parseSettings, programsForProjects) {
      if (programsForProjects.length === 1 && programsForProjects[0].getProjectReferences()?.length) {
        return [
          `That TSConfig uses project "references" and doesn't include \`${describedFilePath}\` directly, which is not supported by \`parserOptions.project\`.`,
          `Either:`,
          `- Switch to \`parserOptions.projectService\``,
          `- Use an ESLint-specific TSConfig`,
          `See the typescript-eslint docs for more info: https://tseslint.com/are-project-references-supported`
        ];
      }
      const { extraFileExtensions } = parseSettings;
      const details = [];
      for (const extraExtension of extraFileExtensions) {
        if (!extraExtension.startsWith(".")) {
          details.push(`Found unexpected extension \`${extraExtension}\` specified with the \`parserOptions.extraFileExtensions\` option. Did you mean \`.${extraExtension}\`?`);
        }
        if (shared_1.DEFAULT_EXTRA_FILE_EXTENSIONS.has(extraExtension)) {
          details.push(`You unnecessarily included the extension \`${extraExtension}\` with the \`parserOptions.extraFileExtensions\` option. This extension is already handled by the parser by default.`);
        }
      }
      const fileExtension = node_path_1.default.extname(parseSettings.filePath);
      if (!shared_1.DEFAULT_EXTRA_FILE_EXTENSIONS.has(fileExtension)) {
        const nonStandardExt = `The extension for the file (\`${fileExtension}\`) is non-standard`;
        if (extraFileExtensions.length > 0) {
          if (!extraFileExtensions.includes(fileExtension)) {
            return [
              ...details,
              `${nonStandardExt}. It should be added to your existing \`parserOptions.extraFileExtensions\`.`
            ];
          }
        } else {
          return [
            ...details,
            `${nonStandardExt}. You should add \`parserOptions.extraFileExtensions\` to your config.`
          ];
        }
      }
      const [describedInclusions, describedSpecifiers] = parseSettings.projects.size === 1 ? ["that TSConfig does not", "that TSConfig"] : ["none of those TSConfigs", "one of those TSConfigs"];
      return [
        ...details,
        `However, ${describedInclusions} include this file, so type information is not available for it. Either:`,
        `- Change ESLint's list of included files to not include this file`,
        `- Change ${describedSpecifiers} to include this file`,
        `- Create a new TSConfig that includes this file and include it in your parserOptions.project`,
        `See the typescript-eslint docs for more info: https://tseslint.com/none-of-those-tsconfigs-include-this-file`
      ];
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/create-program/createProjectProgram.js
var require_createProjectProgram = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/create-program/createProjectProgram.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createProjectProgram = createProjectProgram;
    var debug_1 = __importDefault(require_src());
    var node_utils_1 = require_node_utils();
    var createProjectProgramError_1 = require_createProjectProgramError();
    var shared_1 = require_shared();
    var log = (0, debug_1.default)("typescript-eslint:typescript-estree:create-program:createProjectProgram");
    function createProjectProgram(parseSettings, programsForProjects) {
      log("Creating project program for: %s", parseSettings.filePath);
      const astAndProgram = (0, node_utils_1.firstDefined)(programsForProjects, (currentProgram) => (0, shared_1.getAstFromProgram)(currentProgram, parseSettings.filePath));
      if (!astAndProgram) {
        throw new Error((0, createProjectProgramError_1.createProjectProgramError)(parseSettings, programsForProjects).join("\n"));
      }
      return astAndProgram;
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/create-program/createSourceFile.js
var require_createSourceFile = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/create-program/createSourceFile.js"(exports) {
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
    exports.createSourceFile = createSourceFile;
    exports.createNoProgram = createNoProgram;
    var debug_1 = __importDefault(require_src());
    var ts = __importStar(require_typescript());
    var source_files_1 = require_source_files();
    var getScriptKind_1 = require_getScriptKind();
    var log = (0, debug_1.default)("typescript-eslint:typescript-estree:create-program:createSourceFile");
    function createSourceFile(parseSettings) {
      log("Getting AST without type information in %s mode for: %s", parseSettings.jsx ? "TSX" : "TS", parseSettings.filePath);
      return (0, source_files_1.isSourceFile)(parseSettings.code) ? parseSettings.code : ts.createSourceFile(
        parseSettings.filePath,
        parseSettings.codeFullText,
        {
          jsDocParsingMode: parseSettings.jsDocParsingMode,
          languageVersion: ts.ScriptTarget.Latest,
          setExternalModuleIndicator: parseSettings.setExternalModuleIndicator
        },
        /* setParentNodes */
        true,
        (0, getScriptKind_1.getScriptKind)(parseSettings.filePath, parseSettings.jsx)
      );
    }
    function createNoProgram(parseSettings) {
      return {
        ast: createSourceFile(parseSettings),
        program: null
      };
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/create-program/useProvidedPrograms.js
var require_useProvidedPrograms = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/create-program/useProvidedPrograms.js"(exports) {
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
    exports.useProvidedPrograms = useProvidedPrograms;
    exports.createProgramFromConfigFile = createProgramFromConfigFile;
    var tsconfig_utils_1 = require_dist();
    var debug_1 = __importDefault(require_src());
    var path = __importStar(__require("node:path"));
    var ts = __importStar(require_typescript());
    var shared_1 = require_shared();
    var log = (0, debug_1.default)("typescript-eslint:typescript-estree:create-program:useProvidedPrograms");
    function useProvidedPrograms(programInstances, parseSettings) {
      log("Retrieving ast for %s from provided program instance(s)", parseSettings.filePath);
      let astAndProgram;
      for (const programInstance of programInstances) {
        astAndProgram = (0, shared_1.getAstFromProgram)(programInstance, parseSettings.filePath);
        if (astAndProgram) {
          break;
        }
      }
      if (astAndProgram) {
        astAndProgram.program.getTypeChecker();
        return astAndProgram;
      }
      const relativeFilePath = path.relative(parseSettings.tsconfigRootDir, parseSettings.filePath);
      const [typeSource, typeSources] = parseSettings.projects.size > 0 ? ["project", "project(s)"] : ["programs", "program instance(s)"];
      const errorLines = [
        `"parserOptions.${typeSource}" has been provided for @typescript-eslint/parser.`,
        `The file was not found in any of the provided ${typeSources}: ${relativeFilePath}`
      ];
      throw new Error(errorLines.join("\n"));
    }
    function createProgramFromConfigFile(configFile, projectDirectory, jsDocParsingMode) {
      const parsed = (0, tsconfig_utils_1.getParsedConfigFile)(ts, configFile, projectDirectory);
      const host = ts.createCompilerHost(parsed.options, true);
      host.jsDocParsingMode = jsDocParsingMode;
      return ts.createProgram(parsed.fileNames, parsed.options, host);
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/createParserServices.js
var require_createParserServices = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/createParserServices.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createParserServices = createParserServices;
    function createParserServices(astMaps, program) {
      if (!program) {
        return {
          emitDecoratorMetadata: void 0,
          experimentalDecorators: void 0,
          isolatedDeclarations: void 0,
          program,
          // we always return the node maps because
          // (a) they don't require type info and
          // (b) they can be useful when using some of TS's internal non-type-aware AST utils
          ...astMaps
        };
      }
      const checker = program.getTypeChecker();
      const compilerOptions = program.getCompilerOptions();
      return {
        program,
        // not set in the config is the same as off
        emitDecoratorMetadata: compilerOptions.emitDecoratorMetadata ?? false,
        experimentalDecorators: compilerOptions.experimentalDecorators ?? false,
        isolatedDeclarations: compilerOptions.isolatedDeclarations ?? false,
        ...astMaps,
        getContextualType: (node) => checker.getContextualType(astMaps.esTreeNodeToTSNodeMap.get(node)),
        getResolvedSignature: (node) => checker.getResolvedSignature(astMaps.esTreeNodeToTSNodeMap.get(node)),
        getSymbolAtLocation: (node) => checker.getSymbolAtLocation(astMaps.esTreeNodeToTSNodeMap.get(node)),
        getTypeAtLocation: (node) => checker.getTypeAtLocation(astMaps.esTreeNodeToTSNodeMap.get(node)),
        getTypeFromTypeNode: (node) => checker.getTypeFromTypeNode(astMaps.esTreeNodeToTSNodeMap.get(node)),
        getTypeOfSymbolAtLocation: (symbol, node) => checker.getTypeOfSymbolAtLocation(symbol, astMaps.esTreeNodeToTSNodeMap.get(node))
      };
    }
  }
});

// node_modules/@typescript-eslint/project-service/dist/getParsedConfigFileFromTSServer.js
var require_getParsedConfigFileFromTSServer = __commonJS({
  "node_modules/@typescript-eslint/project-service/dist/getParsedConfigFileFromTSServer.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getParsedConfigFileFromTSServer = getParsedConfigFileFromTSServer;
    var tsconfig_utils_1 = require_dist();
    function getParsedConfigFileFromTSServer(tsserver, defaultProject, throwOnFailure, tsconfigRootDir) {
      try {
        return (0, tsconfig_utils_1.getParsedConfigFile)(tsserver, defaultProject, tsconfigRootDir);
      } catch (error) {
        if (throwOnFailure) {
          throw new Error(`Could not read Project Service default project '${defaultProject}': ${error.message}`, { cause: error });
        }
      }
      return void 0;
    }
  }
});

// node_modules/@typescript-eslint/project-service/dist/throttleOpenedFileCleanup.js
var require_throttleOpenedFileCleanup = __commonJS({
  "node_modules/@typescript-eslint/project-service/dist/throttleOpenedFileCleanup.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.throttleOpenedFileCleanup = throttleOpenedFileCleanup;
    var OPENED_FILE_CLEANUP_THROTTLE_MS = 250;
    function throttleOpenedFileCleanup(service) {
      const serviceInternals = service;
      const cleanupKey = "cleanupProjectsAndScriptInfos" in service ? "cleanupProjectsAndScriptInfos" : "cleanupAfterOpeningFile";
      const cleanup = serviceInternals[cleanupKey];
      const open = service.openClientFileWithNormalizedPath;
      let lastCleanup = -Infinity;
      let opening = false;
      serviceInternals[cleanupKey] = (...args) => {
        const now = performance.now();
        if (opening && now - lastCleanup < OPENED_FILE_CLEANUP_THROTTLE_MS) {
          return;
        }
        lastCleanup = now;
        cleanup.apply(service, args);
      };
      service.openClientFileWithNormalizedPath = (...args) => {
        opening = true;
        try {
          return open.apply(service, args);
        } finally {
          opening = false;
        }
      };
    }
  }
});

// node_modules/typescript/lib/tsserverlibrary.js
var require_tsserverlibrary = __commonJS({
  "node_modules/typescript/lib/tsserverlibrary.js"(exports, module) {
    if (typeof module !== "undefined" && module.exports) {
      module.exports = require_typescript();
    } else {
      throw new Error("tsserverlibrary requires CommonJS; use typescript.js instead");
    }
  }
});

// node_modules/@typescript-eslint/project-service/dist/createProjectService.js
var require_createProjectService = __commonJS({
  "node_modules/@typescript-eslint/project-service/dist/createProjectService.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createProjectService = createProjectService;
    var debug_1 = __importDefault(require_src());
    var getParsedConfigFileFromTSServer_js_1 = require_getParsedConfigFileFromTSServer();
    var throttleOpenedFileCleanup_js_1 = require_throttleOpenedFileCleanup();
    var DEFAULT_PROJECT_MATCHED_FILES_THRESHOLD = 8;
    var log = (0, debug_1.default)("typescript-eslint:project-service:createProjectService");
    var logTsserverErr = (0, debug_1.default)("typescript-eslint:project-service:tsserver:err");
    var logTsserverInfo = (0, debug_1.default)("typescript-eslint:project-service:tsserver:info");
    var logTsserverPerf = (0, debug_1.default)("typescript-eslint:project-service:tsserver:perf");
    var logTsserverEvent = (0, debug_1.default)("typescript-eslint:project-service:tsserver:event");
    var isTsserverLoggingEnabled = () => logTsserverInfo.enabled || logTsserverErr.enabled || logTsserverPerf.enabled;
    var doNothing = () => {
    };
    var createStubFileWatcher = () => ({
      close: doNothing
    });
    function createProjectService({ host, jsDocParsingMode, options: optionsRaw = {}, tsconfigRootDir } = {}) {
      const options = {
        defaultProject: "tsconfig.json",
        ...optionsRaw
      };
      const tsserver = require_tsserverlibrary();
      const system = {
        ...tsserver.sys,
        clearImmediate,
        clearTimeout,
        setImmediate,
        setTimeout,
        watchDirectory: createStubFileWatcher,
        watchFile: createStubFileWatcher,
        // We stop loading any TypeScript plugins by default, to prevent them from attaching disk watchers
        // See https://github.com/typescript-eslint/typescript-eslint/issues/9905
        ...!options.loadTypeScriptPlugins && {
          require: () => ({
            error: {
              message: "TypeScript plugins are not required when using parserOptions.projectService."
            },
            module: void 0
          })
        },
        ...host
      };
      const logger = {
        close: doNothing,
        endGroup: doNothing,
        getLogFileName: () => void 0,
        hasLevel: isTsserverLoggingEnabled,
        info(s) {
          this.msg(s, tsserver.server.Msg.Info);
        },
        // if none of the debug namespaces are enabled, then don't enable logging in tsserver
        loggingEnabled: isTsserverLoggingEnabled,
        msg: (s, type) => {
          switch (type) {
            case tsserver.server.Msg.Err:
              logTsserverErr(s);
              break;
            case tsserver.server.Msg.Perf:
              logTsserverPerf(s);
              break;
            default:
              logTsserverInfo(s);
          }
        },
        perftrc(s) {
          this.msg(s, tsserver.server.Msg.Perf);
        },
        startGroup: doNothing
      };
      log("Creating Project Service with: %o", options);
      const service = new tsserver.server.ProjectService({
        cancellationToken: { isCancellationRequested: () => false },
        eventHandler: logTsserverEvent.enabled ? (e) => {
          logTsserverEvent(e);
        } : void 0,
        host: system,
        jsDocParsingMode,
        logger,
        session: void 0,
        useInferredProjectPerProjectRoot: false,
        useSingleInferredProject: false
      });
      (0, throttleOpenedFileCleanup_js_1.throttleOpenedFileCleanup)(service);
      service.setHostConfiguration({
        preferences: {
          includePackageJsonAutoImports: "off"
        }
      });
      log("Enabling default project: %s", options.defaultProject);
      const configFile = (0, getParsedConfigFileFromTSServer_js_1.getParsedConfigFileFromTSServer)(tsserver, options.defaultProject, !!optionsRaw.defaultProject, tsconfigRootDir);
      if (configFile) {
        service.setCompilerOptionsForInferredProjects(
          // NOTE: The inferred projects API is not intended for source files when a tsconfig
          // exists. There is no API that generates an InferredProjectCompilerOptions suggesting
          // it is meant for hard coded options passed in. Hard asserting as a work around.
          // See https://github.com/microsoft/TypeScript/blob/27bcd4cb5a98bce46c9cdd749752703ead021a4b/src/server/protocol.ts#L1904
          configFile.options
        );
      }
      return {
        allowDefaultProject: options.allowDefaultProject,
        lastReloadTimestamp: performance.now(),
        maximumDefaultProjectFileMatchCount: options.maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING ?? DEFAULT_PROJECT_MATCHED_FILES_THRESHOLD,
        service
      };
    }
  }
});

// node_modules/@typescript-eslint/project-service/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/@typescript-eslint/project-service/dist/index.js"(exports) {
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
    __exportStar(require_createProjectService(), exports);
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/create-program/validateDefaultProjectForFilesGlob.js
var require_validateDefaultProjectForFilesGlob = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/create-program/validateDefaultProjectForFilesGlob.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DEFAULT_PROJECT_FILES_ERROR_EXPLANATION = void 0;
    exports.validateDefaultProjectForFilesGlob = validateDefaultProjectForFilesGlob;
    exports.DEFAULT_PROJECT_FILES_ERROR_EXPLANATION = `

Having many files run with the default project is known to cause performance issues and slow down linting.

See https://tseslint.com/allowdefaultproject-glob-too-wide
`;
    function validateDefaultProjectForFilesGlob(allowDefaultProject) {
      if (!allowDefaultProject?.length) {
        return;
      }
      for (const glob of allowDefaultProject) {
        if (glob === "*") {
          throw new Error(`allowDefaultProject contains the overly wide '*'.${exports.DEFAULT_PROJECT_FILES_ERROR_EXPLANATION}`);
        }
        if (glob.includes("**")) {
          throw new Error(`allowDefaultProject glob '${glob}' contains a disallowed '**'.${exports.DEFAULT_PROJECT_FILES_ERROR_EXPLANATION}`);
        }
      }
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/parseSettings/candidateTSConfigRootDirs.js
var require_candidateTSConfigRootDirs = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/parseSettings/candidateTSConfigRootDirs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.addCandidateTSConfigRootDir = addCandidateTSConfigRootDir;
    exports.clearCandidateTSConfigRootDirs = clearCandidateTSConfigRootDirs;
    exports.getInferredTSConfigRootDir = getInferredTSConfigRootDir;
    var candidateTSConfigRootDirs = /* @__PURE__ */ new Set();
    function addCandidateTSConfigRootDir(candidate) {
      candidateTSConfigRootDirs.add(candidate);
    }
    function clearCandidateTSConfigRootDirs() {
      candidateTSConfigRootDirs.clear();
    }
    function getInferredTSConfigRootDir() {
      const entries = [...candidateTSConfigRootDirs];
      switch (entries.length) {
        case 0:
          return process.cwd();
        case 1:
          return entries[0];
        default:
          throw new Error([
            "No tsconfigRootDir was set, and multiple candidate TSConfigRootDirs are present:",
            ...entries.map((candidate) => ` - ${candidate}`),
            "You'll need to explicitly set tsconfigRootDir in your parser options.",
            "See: https://tseslint.com/parser-tsconfigrootdir"
          ].join("\n"));
      }
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/parseSettings/ExpiringCache.js
var require_ExpiringCache = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/parseSettings/ExpiringCache.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ExpiringCache = exports.DEFAULT_TSCONFIG_CACHE_DURATION_SECONDS = void 0;
    exports.DEFAULT_TSCONFIG_CACHE_DURATION_SECONDS = 30;
    var ZERO_HR_TIME = [0, 0];
    var ExpiringCache = class {
      #cacheDurationSeconds;
      #map = /* @__PURE__ */ new Map();
      constructor(cacheDurationSeconds) {
        this.#cacheDurationSeconds = cacheDurationSeconds;
      }
      clear() {
        this.#map.clear();
      }
      get(key) {
        const entry = this.#map.get(key);
        if (entry?.value != null) {
          if (this.#cacheDurationSeconds === "Infinity") {
            return entry.value;
          }
          const ageSeconds = process.hrtime(entry.lastSeen)[0];
          if (ageSeconds < this.#cacheDurationSeconds) {
            return entry.value;
          }
          this.#map.delete(key);
        }
        return void 0;
      }
      set(key, value) {
        this.#map.set(key, {
          lastSeen: this.#cacheDurationSeconds === "Infinity" ? (
            // no need to waste time calculating the hrtime in infinity mode as there's no expiry
            ZERO_HR_TIME
          ) : process.hrtime(),
          value
        });
        return this;
      }
    };
    exports.ExpiringCache = ExpiringCache;
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/parseSettings/getProjectConfigFiles.js
var require_getProjectConfigFiles = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/parseSettings/getProjectConfigFiles.js"(exports) {
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
    exports.getProjectConfigFiles = getProjectConfigFiles;
    var debug_1 = __importDefault(require_src());
    var fs = __importStar(__require("node:fs"));
    var path = __importStar(__require("node:path"));
    var log = (0, debug_1.default)("typescript-eslint:typescript-estree:parseSettings:getProjectConfigFiles");
    function getProjectConfigFiles(parseSettings, project, configFileNames = ["tsconfig.json"]) {
      if (project !== true) {
        if (project == null || project === false) {
          return null;
        }
        if (Array.isArray(project)) {
          return project;
        }
        return [project];
      }
      log("Looking for tsconfig.json at or above file: %s", parseSettings.filePath);
      let directory = path.dirname(parseSettings.filePath);
      const checkedDirectories = [directory];
      do {
        log("Checking tsconfig.json path: %s", directory);
        const cached = parseSettings.tsconfigMatchCache.get(directory) ?? configFileNames.map((configFileName) => path.join(directory, configFileName)).find((configFilePath) => fs.existsSync(configFilePath));
        if (cached) {
          for (const directory2 of checkedDirectories) {
            parseSettings.tsconfigMatchCache.set(directory2, cached);
          }
          return [cached];
        }
        directory = path.dirname(directory);
        checkedDirectories.push(directory);
      } while (directory.length > 1 && directory.length >= parseSettings.tsconfigRootDir.length);
      throw new Error(`project was set to \`true\` but couldn't find any tsconfig.json relative to '${parseSettings.filePath}' within '${parseSettings.tsconfigRootDir}'.`);
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/parseSettings/inferSingleRun.js
var require_inferSingleRun = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/parseSettings/inferSingleRun.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.inferSingleRun = inferSingleRun;
    var node_path_1 = __importDefault(__require("node:path"));
    function inferSingleRun(options) {
      if (options?.extraFileExtensions?.length && options.project) {
        return false;
      }
      if (
        // single-run implies type-aware linting - no projects means we can't be in single-run mode
        options?.project == null && !options?.projectService || // programs passed via options means the user should be managing the programs, so we shouldn't
        // be creating our own single-run programs accidentally
        options.programs != null
      ) {
        return false;
      }
      if (process.env.TSESTREE_SINGLE_RUN === "false") {
        return false;
      }
      if (process.env.TSESTREE_SINGLE_RUN === "true") {
        return true;
      }
      if (!options.disallowAutomaticSingleRunInference) {
        const possibleEslintBinPaths = [
          "node_modules/.bin/eslint",
          // npm or yarn repo
          "node_modules/eslint/bin/eslint.js"
          // pnpm repo
        ];
        if (
          // Default to single runs for CI processes. CI=true is set by most CI providers by default.
          process.env.CI === "true" || // This will be true for invocations such as `npx eslint ...` and `./node_modules/.bin/eslint ...`
          possibleEslintBinPaths.some((binPath) => process.argv.length > 1 && process.argv[1].endsWith(node_path_1.default.normalize(binPath)))
        ) {
          return !process.argv.includes("--fix");
        }
      }
      return false;
    }
  }
});

// node_modules/fdir/dist/index.cjs
var require_dist3 = __commonJS({
  "node_modules/fdir/dist/index.cjs"(exports) {
    var __create = Object.create;
    var __defProp = Object.defineProperty;
    var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames = Object.getOwnPropertyNames;
    var __getProtoOf = Object.getPrototypeOf;
    var __hasOwnProp = Object.prototype.hasOwnProperty;
    var __copyProps = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") for (var keys = __getOwnPropNames(from), i = 0, n = keys.length, key; i < n; i++) {
        key = keys[i];
        if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
          get: ((k) => from[k]).bind(null, key),
          enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
        });
      }
      return to;
    };
    var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", {
      value: mod,
      enumerable: true
    }) : target, mod));
    var path = __toESM(__require("path"));
    var fs = __toESM(__require("fs"));
    function cleanPath(path$1) {
      let normalized = (0, path.normalize)(path$1);
      if (normalized.length > 1 && normalized[normalized.length - 1] === path.sep) normalized = normalized.substring(0, normalized.length - 1);
      return normalized;
    }
    var SLASHES_REGEX = /[\\/]/g;
    function convertSlashes(path$1, separator) {
      return path$1.replace(SLASHES_REGEX, separator);
    }
    var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
    function isRootDirectory(path$1) {
      return path$1 === "/" || WINDOWS_ROOT_DIR_REGEX.test(path$1);
    }
    function normalizePath(path$1, options) {
      const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
      const pathNeedsCleaning = process.platform === "win32" && path$1.includes("/") || path$1.startsWith(".");
      if (resolvePaths) path$1 = (0, path.resolve)(path$1);
      if (normalizePath$1 || pathNeedsCleaning) path$1 = cleanPath(path$1);
      if (path$1 === ".") return "";
      const needsSeperator = path$1[path$1.length - 1] !== pathSeparator;
      return convertSlashes(needsSeperator ? path$1 + pathSeparator : path$1, pathSeparator);
    }
    function joinPathWithBasePath(filename, directoryPath) {
      return directoryPath + filename;
    }
    function joinPathWithRelativePath(root, options) {
      return function(filename, directoryPath) {
        const sameRoot = directoryPath.startsWith(root);
        if (sameRoot) return directoryPath.slice(root.length) + filename;
        else return convertSlashes((0, path.relative)(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
      };
    }
    function joinPath(filename) {
      return filename;
    }
    function joinDirectoryPath(filename, directoryPath, separator) {
      return directoryPath + filename + separator;
    }
    function build$7(root, options) {
      const { relativePaths, includeBasePath } = options;
      return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
    }
    function pushDirectoryWithRelativePath(root) {
      return function(directoryPath, paths) {
        paths.push(directoryPath.substring(root.length) || ".");
      };
    }
    function pushDirectoryFilterWithRelativePath(root) {
      return function(directoryPath, paths, filters) {
        const relativePath = directoryPath.substring(root.length) || ".";
        if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
      };
    }
    var pushDirectory = (directoryPath, paths) => {
      paths.push(directoryPath || ".");
    };
    var pushDirectoryFilter = (directoryPath, paths, filters) => {
      const path$1 = directoryPath || ".";
      if (filters.every((filter) => filter(path$1, true))) paths.push(path$1);
    };
    var empty$2 = () => {
    };
    function build$6(root, options) {
      const { includeDirs, filters, relativePaths } = options;
      if (!includeDirs) return empty$2;
      if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
      return filters && filters.length ? pushDirectoryFilter : pushDirectory;
    }
    var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
      if (filters.every((filter) => filter(filename, false))) counts.files++;
    };
    var pushFileFilter = (filename, paths, _counts, filters) => {
      if (filters.every((filter) => filter(filename, false))) paths.push(filename);
    };
    var pushFileCount = (_filename, _paths, counts, _filters) => {
      counts.files++;
    };
    var pushFile = (filename, paths) => {
      paths.push(filename);
    };
    var empty$1 = () => {
    };
    function build$5(options) {
      const { excludeFiles, filters, onlyCounts } = options;
      if (excludeFiles) return empty$1;
      if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
      else if (onlyCounts) return pushFileCount;
      else return pushFile;
    }
    var getArray = (paths) => {
      return paths;
    };
    var getArrayGroup = () => {
      return [""].slice(0, 0);
    };
    function build$4(options) {
      return options.group ? getArrayGroup : getArray;
    }
    var groupFiles = (groups, directory, files) => {
      groups.push({
        directory,
        files,
        dir: directory
      });
    };
    var empty = () => {
    };
    function build$3(options) {
      return options.group ? groupFiles : empty;
    }
    var resolveSymlinksAsync = function(path$1, state, callback$1) {
      const { queue, fs: fs$1, options: { suppressErrors } } = state;
      queue.enqueue();
      fs$1.realpath(path$1, (error, resolvedPath) => {
        if (error) return queue.dequeue(suppressErrors ? null : error, state);
        fs$1.stat(resolvedPath, (error$1, stat) => {
          if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
          if (stat.isDirectory() && isRecursive(path$1, resolvedPath, state)) return queue.dequeue(null, state);
          callback$1(stat, resolvedPath);
          queue.dequeue(null, state);
        });
      });
    };
    var resolveSymlinks = function(path$1, state, callback$1) {
      const { queue, fs: fs$1, options: { suppressErrors } } = state;
      queue.enqueue();
      try {
        const resolvedPath = fs$1.realpathSync(path$1);
        const stat = fs$1.statSync(resolvedPath);
        if (stat.isDirectory() && isRecursive(path$1, resolvedPath, state)) return;
        callback$1(stat, resolvedPath);
      } catch (e) {
        if (!suppressErrors) throw e;
      }
    };
    function build$2(options, isSynchronous) {
      if (!options.resolveSymlinks || options.excludeSymlinks) return null;
      return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
    }
    function isRecursive(path$1, resolved, state) {
      if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
      let parent = (0, path.dirname)(path$1);
      let depth = 1;
      while (parent !== state.root && depth < 2) {
        const resolvedPath = state.symlinks.get(parent);
        const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
        if (isSameRoot) depth++;
        else parent = (0, path.dirname)(parent);
      }
      state.symlinks.set(path$1, resolved);
      return depth > 1;
    }
    function isRecursiveUsingRealPaths(resolved, state) {
      return state.visited.includes(resolved + state.options.pathSeparator);
    }
    var onlyCountsSync = (state) => {
      return state.counts;
    };
    var groupsSync = (state) => {
      return state.groups;
    };
    var defaultSync = (state) => {
      return state.paths;
    };
    var limitFilesSync = (state) => {
      return state.paths.slice(0, state.options.maxFiles);
    };
    var onlyCountsAsync = (state, error, callback$1) => {
      report(error, callback$1, state.counts, state.options.suppressErrors);
      return null;
    };
    var defaultAsync = (state, error, callback$1) => {
      report(error, callback$1, state.paths, state.options.suppressErrors);
      return null;
    };
    var limitFilesAsync = (state, error, callback$1) => {
      report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
      return null;
    };
    var groupsAsync = (state, error, callback$1) => {
      report(error, callback$1, state.groups, state.options.suppressErrors);
      return null;
    };
    function report(error, callback$1, output, suppressErrors) {
      if (error && !suppressErrors) callback$1(error, output);
      else callback$1(null, output);
    }
    function build$1(options, isSynchronous) {
      const { onlyCounts, group, maxFiles } = options;
      if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
      else if (group) return isSynchronous ? groupsSync : groupsAsync;
      else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
      else return isSynchronous ? defaultSync : defaultAsync;
    }
    var readdirOpts = { withFileTypes: true };
    var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
      state.queue.enqueue();
      if (currentDepth < 0) return state.queue.dequeue(null, state);
      const { fs: fs$1 } = state;
      state.visited.push(crawlPath);
      state.counts.directories++;
      fs$1.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
        callback$1(entries, directoryPath, currentDepth);
        state.queue.dequeue(state.options.suppressErrors ? null : error, state);
      });
    };
    var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
      const { fs: fs$1 } = state;
      if (currentDepth < 0) return;
      state.visited.push(crawlPath);
      state.counts.directories++;
      let entries = [];
      try {
        entries = fs$1.readdirSync(crawlPath || ".", readdirOpts);
      } catch (e) {
        if (!state.options.suppressErrors) throw e;
      }
      callback$1(entries, directoryPath, currentDepth);
    };
    function build(isSynchronous) {
      return isSynchronous ? walkSync : walkAsync;
    }
    var Queue = class {
      count = 0;
      constructor(onQueueEmpty) {
        this.onQueueEmpty = onQueueEmpty;
      }
      enqueue() {
        this.count++;
        return this.count;
      }
      dequeue(error, output) {
        if (this.onQueueEmpty && (--this.count <= 0 || error)) {
          this.onQueueEmpty(error, output);
          if (error) {
            output.controller.abort();
            this.onQueueEmpty = void 0;
          }
        }
      }
    };
    var Counter = class {
      _files = 0;
      _directories = 0;
      set files(num) {
        this._files = num;
      }
      get files() {
        return this._files;
      }
      set directories(num) {
        this._directories = num;
      }
      get directories() {
        return this._directories;
      }
      /**
      * @deprecated use `directories` instead
      */
      /* c8 ignore next 3 */
      get dirs() {
        return this._directories;
      }
    };
    var Aborter = class {
      aborted = false;
      abort() {
        this.aborted = true;
      }
    };
    var Walker = class {
      root;
      isSynchronous;
      state;
      joinPath;
      pushDirectory;
      pushFile;
      getArray;
      groupFiles;
      resolveSymlink;
      walkDirectory;
      callbackInvoker;
      constructor(root, options, callback$1) {
        this.isSynchronous = !callback$1;
        this.callbackInvoker = build$1(options, this.isSynchronous);
        this.root = normalizePath(root, options);
        this.state = {
          root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
          paths: [""].slice(0, 0),
          groups: [],
          counts: new Counter(),
          options,
          queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
          symlinks: /* @__PURE__ */ new Map(),
          visited: [""].slice(0, 0),
          controller: new Aborter(),
          fs: options.fs || fs
        };
        this.joinPath = build$7(this.root, options);
        this.pushDirectory = build$6(this.root, options);
        this.pushFile = build$5(options);
        this.getArray = build$4(options);
        this.groupFiles = build$3(options);
        this.resolveSymlink = build$2(options, this.isSynchronous);
        this.walkDirectory = build(this.isSynchronous);
      }
      start() {
        this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
        this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
        return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
      }
      walk = (entries, directoryPath, depth) => {
        const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
        if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
        const files = this.getArray(this.state.paths);
        for (let i = 0; i < entries.length; ++i) {
          const entry = entries[i];
          if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
            const filename = this.joinPath(entry.name, directoryPath);
            this.pushFile(filename, files, this.state.counts, filters);
          } else if (entry.isDirectory()) {
            let path$1 = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
            if (exclude && exclude(entry.name, path$1)) continue;
            this.pushDirectory(path$1, paths, filters);
            this.walkDirectory(this.state, path$1, path$1, depth - 1, this.walk);
          } else if (this.resolveSymlink && entry.isSymbolicLink()) {
            let path$1 = joinPathWithBasePath(entry.name, directoryPath);
            this.resolveSymlink(path$1, this.state, (stat, resolvedPath) => {
              if (stat.isDirectory()) {
                resolvedPath = normalizePath(resolvedPath, this.state.options);
                if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path$1 + pathSeparator)) return;
                this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path$1 + pathSeparator, depth - 1, this.walk);
              } else {
                resolvedPath = useRealPaths ? resolvedPath : path$1;
                const filename = (0, path.basename)(resolvedPath);
                const directoryPath$1 = normalizePath((0, path.dirname)(resolvedPath), this.state.options);
                resolvedPath = this.joinPath(filename, directoryPath$1);
                this.pushFile(resolvedPath, files, this.state.counts, filters);
              }
            });
          }
        }
        this.groupFiles(this.state.groups, directoryPath, files);
      };
    };
    function promise(root, options) {
      return new Promise((resolve$1, reject) => {
        callback(root, options, (err, output) => {
          if (err) return reject(err);
          resolve$1(output);
        });
      });
    }
    function callback(root, options, callback$1) {
      let walker = new Walker(root, options, callback$1);
      walker.start();
    }
    function sync(root, options) {
      const walker = new Walker(root, options);
      return walker.start();
    }
    var APIBuilder = class {
      constructor(root, options) {
        this.root = root;
        this.options = options;
      }
      withPromise() {
        return promise(this.root, this.options);
      }
      withCallback(cb) {
        callback(this.root, this.options, cb);
      }
      sync() {
        return sync(this.root, this.options);
      }
    };
    var pm = null;
    try {
      __require.resolve("picomatch");
      pm = require_picomatch();
    } catch {
    }
    var Builder = class {
      globCache = {};
      options = {
        maxDepth: Infinity,
        suppressErrors: true,
        pathSeparator: path.sep,
        filters: []
      };
      globFunction;
      constructor(options) {
        this.options = {
          ...this.options,
          ...options
        };
        this.globFunction = this.options.globFunction;
      }
      group() {
        this.options.group = true;
        return this;
      }
      withPathSeparator(separator) {
        this.options.pathSeparator = separator;
        return this;
      }
      withBasePath() {
        this.options.includeBasePath = true;
        return this;
      }
      withRelativePaths() {
        this.options.relativePaths = true;
        return this;
      }
      withDirs() {
        this.options.includeDirs = true;
        return this;
      }
      withMaxDepth(depth) {
        this.options.maxDepth = depth;
        return this;
      }
      withMaxFiles(limit) {
        this.options.maxFiles = limit;
        return this;
      }
      withFullPaths() {
        this.options.resolvePaths = true;
        this.options.includeBasePath = true;
        return this;
      }
      withErrors() {
        this.options.suppressErrors = false;
        return this;
      }
      withSymlinks({ resolvePaths = true } = {}) {
        this.options.resolveSymlinks = true;
        this.options.useRealPaths = resolvePaths;
        return this.withFullPaths();
      }
      withAbortSignal(signal) {
        this.options.signal = signal;
        return this;
      }
      normalize() {
        this.options.normalizePath = true;
        return this;
      }
      filter(predicate) {
        this.options.filters.push(predicate);
        return this;
      }
      onlyDirs() {
        this.options.excludeFiles = true;
        this.options.includeDirs = true;
        return this;
      }
      exclude(predicate) {
        this.options.exclude = predicate;
        return this;
      }
      onlyCounts() {
        this.options.onlyCounts = true;
        return this;
      }
      crawl(root) {
        return new APIBuilder(root || ".", this.options);
      }
      withGlobFunction(fn) {
        this.globFunction = fn;
        return this;
      }
      /**
      * @deprecated Pass options using the constructor instead:
      * ```ts
      * new fdir(options).crawl("/path/to/root");
      * ```
      * This method will be removed in v7.0
      */
      /* c8 ignore next 4 */
      crawlWithOptions(root, options) {
        this.options = {
          ...this.options,
          ...options
        };
        return new APIBuilder(root || ".", this.options);
      }
      glob(...patterns) {
        if (this.globFunction) return this.globWithOptions(patterns);
        return this.globWithOptions(patterns, ...[{ dot: true }]);
      }
      globWithOptions(patterns, ...options) {
        const globFn = this.globFunction || pm;
        if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
        var isMatch = this.globCache[patterns.join("\0")];
        if (!isMatch) {
          isMatch = globFn(patterns, ...options);
          this.globCache[patterns.join("\0")] = isMatch;
        }
        this.options.filters.push((path$1) => isMatch(path$1));
        return this;
      }
    };
    exports.fdir = Builder;
  }
});

// node_modules/tinyglobby/dist/index.cjs
var require_dist4 = __commonJS({
  "node_modules/tinyglobby/dist/index.cjs"(exports) {
    Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
    var __create = Object.create;
    var __defProp = Object.defineProperty;
    var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames = Object.getOwnPropertyNames;
    var __getProtoOf = Object.getPrototypeOf;
    var __hasOwnProp = Object.prototype.hasOwnProperty;
    var __copyProps = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") for (var keys = __getOwnPropNames(from), i = 0, n = keys.length, key; i < n; i++) {
        key = keys[i];
        if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
          get: ((k) => from[k]).bind(null, key),
          enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
        });
      }
      return to;
    };
    var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", {
      value: mod,
      enumerable: true
    }) : target, mod));
    var fs = __require("fs");
    var path = __require("path");
    var url = __require("url");
    var fdir = require_dist3();
    var picomatch = require_picomatch();
    picomatch = __toESM(picomatch, 1);
    var isReadonlyArray = Array.isArray;
    var BACKSLASHES = /\\/g;
    var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
    var isWin = process.platform === "win32";
    var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
    function getPartialMatcher(patterns, options = {}) {
      const patternsCount = patterns.length;
      const patternsParts = Array(patternsCount);
      const matchers = Array(patternsCount);
      let i, j;
      for (i = 0; i < patternsCount; i++) {
        const parts = splitPattern(patterns[i]);
        patternsParts[i] = parts;
        const partsCount = parts.length;
        const partMatchers = Array(partsCount);
        for (j = 0; j < partsCount; j++) partMatchers[j] = (0, picomatch.default)(parts[j], options);
        matchers[i] = partMatchers;
      }
      return (input) => {
        const inputParts = input.split("/");
        if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
        for (i = 0; i < patternsCount; i++) {
          const patternParts = patternsParts[i];
          const matcher = matchers[i];
          const inputPatternCount = inputParts.length;
          const minParts = Math.min(inputPatternCount, patternParts.length);
          j = 0;
          while (j < minParts) {
            const part = patternParts[j];
            if (part.includes("/")) return true;
            if (!matcher[j](inputParts[j])) break;
            if (!options.noglobstar && part === "**") return true;
            j++;
          }
          if (j === inputPatternCount) return true;
        }
        return false;
      };
    }
    var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
    var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
    function buildFormat(cwd, root, absolute) {
      if (cwd === root || root.startsWith(`${cwd}/`)) {
        if (absolute) {
          const start = cwd.length + +!isRoot(cwd);
          return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
        }
        const prefix = root.slice(cwd.length + 1);
        if (prefix) return (p, isDir) => {
          if (p === ".") return prefix;
          const result = `${prefix}/${p}`;
          return isDir ? result.slice(0, -1) : result;
        };
        return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
      }
      if (absolute) return (p) => path.posix.relative(cwd, p) || ".";
      return (p) => path.posix.relative(cwd, `${root}/${p}`) || ".";
    }
    function buildRelative(cwd, root) {
      if (root.startsWith(`${cwd}/`)) {
        const prefix = root.slice(cwd.length + 1);
        return (p) => `${prefix}/${p}`;
      }
      return (p) => {
        const result = path.posix.relative(cwd, `${root}/${p}`);
        return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
      };
    }
    function ensureNonDriveRelativePath(path$1) {
      return path$1.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
    }
    var splitPatternOptions = { parts: true };
    function splitPattern(path$2) {
      var _result$parts;
      const result = picomatch.default.scan(path$2, splitPatternOptions);
      return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path$2];
    }
    var ESCAPED_WIN32_BACKSLASHES = /\\(?![()[\]{}!+@])/g;
    function convertPosixPathToPattern(path$3) {
      return escapePosixPath(path$3);
    }
    function convertWin32PathToPattern(path$4) {
      return escapeWin32Path(path$4).replace(ESCAPED_WIN32_BACKSLASHES, "/");
    }
    var convertPathToPattern = isWin ? convertWin32PathToPattern : convertPosixPathToPattern;
    var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
    var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
    var escapePosixPath = (path$5) => path$5.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
    var escapeWin32Path = (path$6) => path$6.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
    var escapePath = isWin ? escapeWin32Path : escapePosixPath;
    function isDynamicPattern(pattern, options) {
      if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
      const scan = picomatch.default.scan(pattern);
      return scan.isGlob || scan.negated;
    }
    function log(...tasks) {
      console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
    }
    function ensureStringArray(value) {
      return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
    }
    var PARENT_DIRECTORY = /^(\/?\.\.)+/;
    var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
    function normalizePattern(pattern, opts, props, isIgnore) {
      var _PARENT_DIRECTORY$exe;
      const cwd = opts.cwd;
      let result = pattern;
      if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
      if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
      const escapedCwd = escapePath(cwd);
      result = (0, path.isAbsolute)(result.replace(ESCAPING_BACKSLASHES, "")) ? path.posix.relative(escapedCwd, result) : path.posix.normalize(result);
      const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
      const parts = splitPattern(result);
      if (parentDir) {
        const n = (parentDir.length + 1) / 3;
        let i = 0;
        const cwdParts = escapedCwd.split("/");
        while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
          result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
          i++;
        }
        const potentialRoot = path.posix.join(cwd, parentDir.slice(i * 3));
        if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
          props.root = ensureNonDriveRelativePath(potentialRoot);
          props.depthOffset = -n + i;
        }
      }
      if (!isIgnore && props.depthOffset >= 0) {
        var _props$commonPath;
        (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
        const newCommonPath = [];
        const length = Math.min(props.commonPath.length, parts.length);
        for (let i = 0; i < length; i++) {
          const part = parts[i];
          if (part === "**" && !parts[i + 1]) {
            newCommonPath.pop();
            break;
          }
          if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
          newCommonPath.push(part);
        }
        props.depthOffset = newCommonPath.length;
        props.commonPath = newCommonPath;
        props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? path.posix.join(cwd, ...newCommonPath) : cwd);
      }
      return result;
    }
    function processPatterns(options, patterns, props) {
      const matchPatterns = [];
      const ignorePatterns = [];
      for (const pattern of options.ignore) {
        if (!pattern) continue;
        if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
      }
      for (const pattern of patterns) {
        if (!pattern) continue;
        if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
        else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
      }
      return {
        match: matchPatterns,
        ignore: ignorePatterns
      };
    }
    function buildCrawler(options, patterns) {
      const cwd = options.cwd;
      const props = {
        root: cwd,
        depthOffset: 0
      };
      const processed = processPatterns(options, patterns, props);
      if (options.debug) log("internal processing patterns:", processed);
      const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
      const root = props.root.replace(BACKSLASHES, "");
      const matchOptions = {
        dot,
        nobrace: options.braceExpansion === false,
        nocase: !caseSensitiveMatch,
        noextglob: options.extglob === false,
        noglobstar: options.globstar === false,
        posix: true
      };
      const matcher = (0, picomatch.default)(processed.match, matchOptions);
      const ignore = (0, picomatch.default)(processed.ignore, matchOptions);
      const partialMatcher = getPartialMatcher(processed.match, matchOptions);
      const format = buildFormat(cwd, root, absolute);
      const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
      const excludePredicate = (_, p) => {
        const relativePath = excludeFormatter(p, true);
        return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
      };
      let maxDepth;
      if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
      const crawler = new fdir.fdir({
        filters: [debug ? (p, isDirectory) => {
          const path2 = format(p, isDirectory);
          const matches = matcher(path2) && !ignore(path2);
          if (matches) log(`matched ${path2}`);
          return matches;
        } : (p, isDirectory) => {
          const path2 = format(p, isDirectory);
          return matcher(path2) && !ignore(path2);
        }],
        exclude: debug ? (_, p) => {
          const skipped = excludePredicate(_, p);
          log(`${skipped ? "skipped" : "crawling"} ${p}`);
          return skipped;
        } : excludePredicate,
        fs: options.fs,
        pathSeparator: "/",
        relativePaths: !absolute,
        resolvePaths: absolute,
        includeBasePath: absolute,
        resolveSymlinks: followSymbolicLinks,
        excludeSymlinks: !followSymbolicLinks,
        excludeFiles: onlyDirectories,
        includeDirs: onlyDirectories || !options.onlyFiles,
        maxDepth,
        signal: options.signal
      }).crawl(root);
      if (options.debug) log("internal properties:", {
        ...props,
        root
      });
      return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
    }
    function formatPaths(paths, mapper) {
      if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
      return paths;
    }
    var defaultOptions = {
      caseSensitiveMatch: true,
      debug: !!process.env.TINYGLOBBY_DEBUG,
      expandDirectories: true,
      followSymbolicLinks: true,
      onlyFiles: true
    };
    function getOptions(options) {
      const opts = Object.assign({}, options);
      for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
      opts.cwd = (opts.cwd instanceof URL ? (0, url.fileURLToPath)(opts.cwd) : (0, path.resolve)(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
      opts.ignore = ensureStringArray(opts.ignore);
      opts.fs && (opts.fs = {
        readdir: opts.fs.readdir || fs.readdir,
        readdirSync: opts.fs.readdirSync || fs.readdirSync,
        realpath: opts.fs.realpath || fs.realpath,
        realpathSync: opts.fs.realpathSync || fs.realpathSync,
        stat: opts.fs.stat || fs.stat,
        statSync: opts.fs.statSync || fs.statSync
      });
      if (opts.debug) log("globbing with options:", opts);
      return opts;
    }
    function getCrawler(globInput, inputOptions = {}) {
      var _ref;
      if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
      const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
      const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
      const options = getOptions(isModern ? inputOptions : globInput);
      return patterns.length > 0 ? buildCrawler(options, patterns) : [];
    }
    async function glob(globInput, options) {
      const [crawler, relative] = getCrawler(globInput, options);
      return crawler ? formatPaths(await crawler.withPromise(), relative) : [];
    }
    function globSync(globInput, options) {
      const [crawler, relative] = getCrawler(globInput, options);
      return crawler ? formatPaths(crawler.sync(), relative) : [];
    }
    exports.convertPathToPattern = convertPathToPattern;
    exports.escapePath = escapePath;
    exports.glob = glob;
    exports.globSync = globSync;
    exports.isDynamicPattern = isDynamicPattern;
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/parseSettings/resolveProjectList.js
var require_resolveProjectList = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/parseSettings/resolveProjectList.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.clearGlobCache = clearGlobCache;
    exports.resolveProjectList = resolveProjectList;
    exports.clearGlobResolutionCache = clearGlobResolutionCache;
    var debug_1 = __importDefault(require_src());
    var tinyglobby_1 = require_dist4();
    var shared_1 = require_shared();
    var ExpiringCache_1 = require_ExpiringCache();
    var log = (0, debug_1.default)("typescript-eslint:typescript-estree:parseSettings:resolveProjectList");
    var RESOLUTION_CACHE = null;
    function clearGlobCache() {
      RESOLUTION_CACHE?.clear();
    }
    function resolveProjectList(options) {
      const sanitizedProjects = [];
      if (options.project != null) {
        for (const project of options.project) {
          if (typeof project === "string") {
            sanitizedProjects.push(project);
          }
        }
      }
      if (sanitizedProjects.length === 0) {
        return /* @__PURE__ */ new Map();
      }
      const projectFolderIgnoreList = (options.projectFolderIgnoreList ?? ["**/node_modules/**"]).filter((folder) => typeof folder === "string");
      const cacheKey = getHash({
        project: sanitizedProjects,
        projectFolderIgnoreList,
        tsconfigRootDir: options.tsconfigRootDir
      });
      if (RESOLUTION_CACHE == null) {
        RESOLUTION_CACHE = new ExpiringCache_1.ExpiringCache(options.singleRun ? "Infinity" : options.cacheLifetime?.glob ?? ExpiringCache_1.DEFAULT_TSCONFIG_CACHE_DURATION_SECONDS);
      } else {
        const cached = RESOLUTION_CACHE.get(cacheKey);
        if (cached) {
          return cached;
        }
      }
      const nonGlobProjects = sanitizedProjects.filter((project) => !(0, tinyglobby_1.isDynamicPattern)(project));
      const globProjects = sanitizedProjects.filter((project) => (0, tinyglobby_1.isDynamicPattern)(project));
      let globProjectPaths = [];
      if (globProjects.length > 0) {
        globProjectPaths = globProjects.flatMap((pattern) => (0, tinyglobby_1.globSync)(pattern, {
          cwd: options.tsconfigRootDir,
          expandDirectories: false,
          ignore: projectFolderIgnoreList
        }));
      }
      const uniqueCanonicalProjectPaths = new Map([...nonGlobProjects, ...globProjectPaths].map((project) => [
        (0, shared_1.getCanonicalFileName)((0, shared_1.ensureAbsolutePath)(project, options.tsconfigRootDir)),
        (0, shared_1.ensureAbsolutePath)(project, options.tsconfigRootDir)
      ]));
      log("parserOptions.project (excluding ignored) matched projects: %s", uniqueCanonicalProjectPaths);
      RESOLUTION_CACHE.set(cacheKey, uniqueCanonicalProjectPaths);
      return uniqueCanonicalProjectPaths;
    }
    function getHash({ project, projectFolderIgnoreList, tsconfigRootDir }) {
      const hashObject = {
        tsconfigRootDir,
        // the project order does matter and can impact the resolved globs
        project,
        // the ignore order won't doesn't ever matter
        projectFolderIgnoreList: [...projectFolderIgnoreList].sort()
      };
      return (0, shared_1.createHash)(JSON.stringify(hashObject));
    }
    function clearGlobResolutionCache() {
      RESOLUTION_CACHE?.clear();
      RESOLUTION_CACHE = null;
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/parseSettings/createParseSettings.js
var require_createParseSettings = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/parseSettings/createParseSettings.js"(exports) {
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
    exports.createParseSettings = createParseSettings;
    exports.clearTSConfigMatchCache = clearTSConfigMatchCache;
    exports.clearTSServerProjectService = clearTSServerProjectService;
    exports.clearBackendFallbackWarning = clearBackendFallbackWarning;
    var project_service_1 = require_dist2();
    var debug_1 = __importDefault(require_src());
    var node_path_1 = __importDefault(__require("node:path"));
    var ts = __importStar(require_typescript());
    var shared_1 = require_shared();
    var validateDefaultProjectForFilesGlob_1 = require_validateDefaultProjectForFilesGlob();
    var source_files_1 = require_source_files();
    var version_check_1 = require_version_check();
    var candidateTSConfigRootDirs_1 = require_candidateTSConfigRootDirs();
    var ExpiringCache_1 = require_ExpiringCache();
    var getProjectConfigFiles_1 = require_getProjectConfigFiles();
    var inferSingleRun_1 = require_inferSingleRun();
    var resolveProjectList_1 = require_resolveProjectList();
    var warnAboutTSVersion_1 = require_warnAboutTSVersion();
    var log = (0, debug_1.default)("typescript-eslint:typescript-estree:parseSettings:createParseSettings");
    var TSCONFIG_MATCH_CACHE;
    var TSSERVER_PROJECT_SERVICE = null;
    var warnedAboutBackendFallback = false;
    var JSDocParsingMode = {
      ParseAll: ts.JSDocParsingMode?.ParseAll,
      ParseForTypeErrors: ts.JSDocParsingMode?.ParseForTypeErrors,
      ParseForTypeInfo: ts.JSDocParsingMode?.ParseForTypeInfo,
      ParseNone: ts.JSDocParsingMode?.ParseNone
    };
    function createParseSettings(code, tsestreeOptions = {}) {
      const codeFullText = enforceCodeString(code);
      const singleRun = (0, inferSingleRun_1.inferSingleRun)(tsestreeOptions);
      const { backend, fallbackReason } = resolveBackend(tsestreeOptions);
      const tsconfigRootDir = (() => {
        if (tsestreeOptions.tsconfigRootDir == null) {
          const inferredTsconfigRootDir = (0, candidateTSConfigRootDirs_1.getInferredTSConfigRootDir)();
          if (node_path_1.default.resolve(inferredTsconfigRootDir) !== inferredTsconfigRootDir) {
            throw new Error(`inferred tsconfigRootDir should be a resolved absolute path, but received: ${JSON.stringify(inferredTsconfigRootDir)}. This is a bug in typescript-eslint! Please report it to us at https://github.com/typescript-eslint/typescript-eslint/issues/new/choose.`);
          }
          return inferredTsconfigRootDir;
        }
        if (typeof tsestreeOptions.tsconfigRootDir === "string") {
          const userProvidedTsconfigRootDir = tsestreeOptions.tsconfigRootDir;
          if (!node_path_1.default.isAbsolute(userProvidedTsconfigRootDir) || // Ensure it's fully absolute with a drive letter if windows
          process.platform === "win32" && !/^[a-zA-Z]:/.test(userProvidedTsconfigRootDir)) {
            throw new Error(`parserOptions.tsconfigRootDir must be an absolute path, but received: ${JSON.stringify(userProvidedTsconfigRootDir)}. This is a bug in your configuration; please supply an absolute path.`);
          }
          return node_path_1.default.resolve(userProvidedTsconfigRootDir);
        }
        throw new Error(`If provided, parserOptions.tsconfigRootDir must be a string, but received a value of type "${typeof tsestreeOptions.tsconfigRootDir}"`);
      })();
      const passedLoggerFn = typeof tsestreeOptions.loggerFn === "function";
      const filePath = (0, shared_1.ensureAbsolutePath)(typeof tsestreeOptions.filePath === "string" && tsestreeOptions.filePath !== "<input>" ? tsestreeOptions.filePath : getFileName(tsestreeOptions.jsx), tsconfigRootDir);
      const extension = node_path_1.default.extname(filePath).toLowerCase();
      const jsDocParsingMode = (() => {
        switch (tsestreeOptions.jsDocParsingMode) {
          case "all":
            return JSDocParsingMode.ParseAll;
          case "none":
            return JSDocParsingMode.ParseNone;
          case "type-info":
            return JSDocParsingMode.ParseForTypeInfo;
          default:
            return JSDocParsingMode.ParseAll;
        }
      })();
      const parseSettings = {
        loc: tsestreeOptions.loc === true,
        range: tsestreeOptions.range === true,
        allowInvalidAST: tsestreeOptions.allowInvalidAST === true,
        backend,
        code,
        codeFullText,
        comment: tsestreeOptions.comment === true,
        comments: [],
        debugLevel: tsestreeOptions.debugLevel === true ? /* @__PURE__ */ new Set(["typescript-eslint"]) : Array.isArray(tsestreeOptions.debugLevel) ? new Set(tsestreeOptions.debugLevel) : /* @__PURE__ */ new Set(),
        errorOnTypeScriptSyntacticAndSemanticIssues: false,
        errorOnUnknownASTType: tsestreeOptions.errorOnUnknownASTType === true,
        extraFileExtensions: Array.isArray(tsestreeOptions.extraFileExtensions) && tsestreeOptions.extraFileExtensions.every((ext) => typeof ext === "string") ? tsestreeOptions.extraFileExtensions : [],
        filePath,
        jsDocParsingMode,
        jsx: tsestreeOptions.jsx === true,
        log: typeof tsestreeOptions.loggerFn === "function" ? tsestreeOptions.loggerFn : tsestreeOptions.loggerFn === false ? () => {
        } : console.log,
        // eslint-disable-line no-console
        preserveNodeMaps: tsestreeOptions.preserveNodeMaps !== false,
        programs: Array.isArray(tsestreeOptions.programs) ? tsestreeOptions.programs : null,
        projects: /* @__PURE__ */ new Map(),
        projectService: backend === "classic" && (tsestreeOptions.projectService || tsestreeOptions.project && tsestreeOptions.projectService !== false && process.env.TYPESCRIPT_ESLINT_PROJECT_SERVICE === "true") ? populateProjectService(tsestreeOptions.projectService, {
          jsDocParsingMode,
          tsconfigRootDir
        }) : void 0,
        setExternalModuleIndicator: tsestreeOptions.sourceType === "module" || tsestreeOptions.sourceType == null && extension === ts.Extension.Mjs || tsestreeOptions.sourceType == null && extension === ts.Extension.Mts ? (file) => {
          file.externalModuleIndicator = true;
        } : void 0,
        singleRun,
        suppressDeprecatedPropertyWarnings: tsestreeOptions.suppressDeprecatedPropertyWarnings ?? process.env.NODE_ENV !== "test",
        tokens: tsestreeOptions.tokens === true ? [] : null,
        tsconfigMatchCache: TSCONFIG_MATCH_CACHE ??= new ExpiringCache_1.ExpiringCache(singleRun ? "Infinity" : tsestreeOptions.cacheLifetime?.glob ?? ExpiringCache_1.DEFAULT_TSCONFIG_CACHE_DURATION_SECONDS),
        tsconfigRootDir
      };
      if (parseSettings.projectService && tsestreeOptions.project && process.env.TYPESCRIPT_ESLINT_IGNORE_PROJECT_AND_PROJECT_SERVICE_ERROR !== "true") {
        throw new Error('Enabling "project" does nothing when "projectService" is enabled. You can remove the "project" setting.');
      }
      if (parseSettings.debugLevel.size > 0) {
        const namespaces = [];
        if (parseSettings.debugLevel.has("typescript-eslint")) {
          namespaces.push("typescript-eslint:*");
        }
        if (parseSettings.debugLevel.has("eslint") || // make sure we don't turn off the eslint debug if it was enabled via --debug
        debug_1.default.enabled("eslint:*,-eslint:code-path")) {
          namespaces.push("eslint:*,-eslint:code-path");
        }
        debug_1.default.enable(namespaces.join(","));
      }
      if (Array.isArray(tsestreeOptions.programs)) {
        if (!tsestreeOptions.programs.length) {
          throw new Error(`You have set parserOptions.programs to an empty array. This will cause all files to not be found in existing programs. Either provide one or more existing TypeScript Program instances in the array, or remove the parserOptions.programs setting.`);
        }
        log("parserOptions.programs was provided, so parserOptions.project will be ignored.");
      }
      if (backend === "classic") {
        if (!parseSettings.programs && !parseSettings.projectService) {
          parseSettings.projects = (0, resolveProjectList_1.resolveProjectList)({
            cacheLifetime: tsestreeOptions.cacheLifetime,
            project: (0, getProjectConfigFiles_1.getProjectConfigFiles)(parseSettings, tsestreeOptions.project),
            projectFolderIgnoreList: tsestreeOptions.projectFolderIgnoreList,
            singleRun: parseSettings.singleRun,
            tsconfigRootDir
          });
        }
        if (tsestreeOptions.jsDocParsingMode == null && parseSettings.projects.size === 0 && parseSettings.programs == null && parseSettings.projectService == null) {
          parseSettings.jsDocParsingMode = JSDocParsingMode.ParseNone;
        }
      }
      warnAboutBackendFallback(parseSettings, fallbackReason, passedLoggerFn);
      (0, warnAboutTSVersion_1.handleUnsupportedTSVersion)(parseSettings, tsestreeOptions.onUnsupportedTypeScriptVersion ?? "warn", passedLoggerFn);
      return parseSettings;
    }
    function findUnsupportedNativeOption(tsestreeOptions, projectServiceOptions, ignoreProject) {
      const unsupported = [
        [
          "parserOptions.project",
          !ignoreProject && tsestreeOptions.project != null && tsestreeOptions.project !== false
        ],
        ["parserOptions.programs", tsestreeOptions.programs != null],
        ["extraFileExtensions", tsestreeOptions.extraFileExtensions?.length],
        ["allowDefaultProject", projectServiceOptions.allowDefaultProject?.length],
        ["defaultProject", projectServiceOptions.defaultProject != null],
        [
          "loadTypeScriptPlugins",
          projectServiceOptions.loadTypeScriptPlugins === true
        ],
        [
          "maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING",
          projectServiceOptions.maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING != null
        ]
      ];
      return unsupported.find(([, value]) => value)?.[0];
    }
    function resolveBackend(tsestreeOptions) {
      const { projectService } = tsestreeOptions;
      const projectServiceOptions = projectService && typeof projectService === "object" ? projectService : {};
      const requested = projectServiceOptions.EXPERIMENTAL_backend === "tsgo";
      const viaEnvironment = !requested && process.env.TYPESCRIPT_ESLINT_EXPERIMENTAL_BACKEND === "tsgo" && projectService !== false && (projectService != null || !!tsestreeOptions.project);
      if (!requested && !viaEnvironment) {
        return { backend: "classic" };
      }
      const unsupportedOption = findUnsupportedNativeOption(tsestreeOptions, projectServiceOptions, viaEnvironment);
      const unsupportedReason = !process.features.require_module ? "The experimental tsgo backend requires a Node.js version that can require() ES modules: 20.19, 22.12, or newer." : !version_check_1.typescriptVersionIsAtLeast["6.0"] || version_check_1.typescriptVersionIsAtLeast["6.1"] ? `The experimental tsgo backend requires classic TypeScript 6.0, but found ${ts.version}.` : unsupportedOption && `${unsupportedOption} is not supported by the experimental tsgo backend.`;
      if (!unsupportedReason) {
        return { backend: "tsgo" };
      }
      if (viaEnvironment) {
        log("Falling back to the classic backend: %s", unsupportedReason);
        return { backend: "classic", fallbackReason: unsupportedReason };
      }
      throw new Error(unsupportedReason);
    }
    function warnAboutBackendFallback(parseSettings, fallbackReason, passedLoggerFn) {
      if (!fallbackReason || warnedAboutBackendFallback) {
        return;
      }
      if (passedLoggerFn || // See https://github.com/typescript-eslint/typescript-eslint/issues/7896
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
      (typeof process === "undefined" ? false : process.stdout?.isTTY)) {
        parseSettings.log(`WARNING: TYPESCRIPT_ESLINT_EXPERIMENTAL_BACKEND=tsgo is set, but some files are being linted with the classic backend. ${fallbackReason}`);
      }
      warnedAboutBackendFallback = true;
    }
    function clearTSConfigMatchCache() {
      TSCONFIG_MATCH_CACHE?.clear();
    }
    function clearTSServerProjectService() {
      TSSERVER_PROJECT_SERVICE = null;
    }
    function clearBackendFallbackWarning() {
      warnedAboutBackendFallback = false;
    }
    function enforceCodeString(code) {
      return (0, source_files_1.isSourceFile)(code) ? code.getFullText(code) : typeof code === "string" ? code : String(code);
    }
    function getFileName(jsx) {
      return jsx ? "estree.tsx" : "estree.ts";
    }
    function populateProjectService(optionsRaw, settings) {
      const options = typeof optionsRaw === "object" ? optionsRaw : {};
      (0, validateDefaultProjectForFilesGlob_1.validateDefaultProjectForFilesGlob)(options.allowDefaultProject);
      TSSERVER_PROJECT_SERVICE ??= (0, project_service_1.createProjectService)({
        options,
        ...settings
      });
      return TSSERVER_PROJECT_SERVICE;
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/semantic-or-syntactic-errors.js
var require_semantic_or_syntactic_errors = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/semantic-or-syntactic-errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getFirstSemanticOrSyntacticError = getFirstSemanticOrSyntacticError;
    var typescript_1 = require_typescript();
    function getFirstSemanticOrSyntacticError(program, ast) {
      try {
        const supportedSyntacticDiagnostics = allowlistSupportedDiagnostics(program.getSyntacticDiagnostics(ast));
        if (supportedSyntacticDiagnostics.length > 0) {
          return convertDiagnosticToSemanticOrSyntacticError(supportedSyntacticDiagnostics[0]);
        }
        const supportedSemanticDiagnostics = allowlistSupportedDiagnostics(program.getSemanticDiagnostics(ast));
        if (supportedSemanticDiagnostics.length > 0) {
          return convertDiagnosticToSemanticOrSyntacticError(supportedSemanticDiagnostics[0]);
        }
        return void 0;
      } catch (e) {
        console.warn(`Warning From TSC: "${e.message}`);
        return void 0;
      }
    }
    function allowlistSupportedDiagnostics(diagnostics) {
      return diagnostics.filter((diagnostic) => {
        switch (diagnostic.code) {
          case 1013:
          // "A rest parameter or binding pattern may not have a trailing comma."
          case 1014:
          // "A rest parameter must be last in a parameter list."
          case 1044:
          // "'{0}' modifier cannot appear on a module or namespace element."
          case 1045:
          // "A '{0}' modifier cannot be used with an interface declaration."
          case 1048:
          // "A rest parameter cannot have an initializer."
          case 1049:
          // "A 'set' accessor must have exactly one parameter."
          case 1070:
          // "'{0}' modifier cannot appear on a type member."
          case 1071:
          // "'{0}' modifier cannot appear on an index signature."
          case 1085:
          // "Octal literals are not available when targeting ECMAScript 5 and higher. Use the syntax '{0}'."
          case 1090:
          // "'{0}' modifier cannot appear on a parameter."
          case 1096:
          // "An index signature must have exactly one parameter."
          case 1097:
          // "'{0}' list cannot be empty."
          case 1098:
          // "Type parameter list cannot be empty."
          case 1099:
          // "Type argument list cannot be empty."
          case 1117:
          // "An object literal cannot have multiple properties with the same name in strict mode."
          case 1121:
          // "Octal literals are not allowed in strict mode."
          case 1123:
          //  "Variable declaration list cannot be empty."
          case 1141:
          // "String literal expected."
          case 1162:
          // "An object member cannot be declared optional."
          case 1164:
          // "Computed property names are not allowed in enums."
          case 1172:
          // "'extends' clause already seen."
          case 1173:
          // "'extends' clause must precede 'implements' clause."
          case 1175:
          // "'implements' clause already seen."
          case 1176:
          // "Interface declaration cannot have 'implements' clause."
          case 1190:
          // "The variable declaration of a 'for...of' statement cannot have an initializer."
          case 1196:
          // "Catch clause variable type annotation must be 'any' or 'unknown' if specified."
          case 1200:
          // "Line terminator not permitted before arrow."
          case 1206:
          // "Decorators are not valid here."
          case 1211:
          // "A class declaration without the 'default' modifier must have a name."
          case 1242:
          // "'abstract' modifier can only appear on a class, method, or property declaration."
          case 1246:
          // "An interface property cannot have an initializer."
          case 1255:
          // "A definite assignment assertion '!' is not permitted in this context."
          case 1308:
          // "'await' expression is only allowed within an async function."
          case 2364:
          // "The left-hand side of an assignment expression must be a variable or a property access."
          case 2369:
          // "A parameter property is only allowed in a constructor implementation."
          case 2452:
          // "An enum member cannot have a numeric name."
          case 2462:
          // "A rest element must be last in a destructuring pattern."
          case 8017:
          // "Octal literal types must use ES2015 syntax. Use the syntax '{0}'."
          case 17012:
          // "'{0}' is not a valid meta-property for keyword '{1}'. Did you mean '{2}'?"
          case 17013:
            return true;
        }
        return false;
      });
    }
    function convertDiagnosticToSemanticOrSyntacticError(diagnostic) {
      return {
        ...diagnostic,
        message: (0, typescript_1.flattenDiagnosticMessageText)(diagnostic.messageText, typescript_1.sys.newLine)
      };
    }
  }
});

// node_modules/balanced-match/dist/commonjs/index.js
var require_commonjs = __commonJS({
  "node_modules/balanced-match/dist/commonjs/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.range = exports.balanced = void 0;
    var balanced = (a, b, str) => {
      const ma = a instanceof RegExp ? maybeMatch(a, str) : a;
      const mb = b instanceof RegExp ? maybeMatch(b, str) : b;
      const r = ma !== null && mb != null && (0, exports.range)(ma, mb, str);
      return r && {
        start: r[0],
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + ma.length, r[1]),
        post: str.slice(r[1] + mb.length)
      };
    };
    exports.balanced = balanced;
    var maybeMatch = (reg, str) => {
      const m = str.match(reg);
      return m ? m[0] : null;
    };
    var range = (a, b, str) => {
      let begs, beg, left, right = void 0, result;
      let ai = str.indexOf(a);
      let bi = str.indexOf(b, ai + 1);
      let i = ai;
      if (ai >= 0 && bi > 0) {
        if (a === b) {
          return [ai, bi];
        }
        begs = [];
        left = str.length;
        while (i >= 0 && !result) {
          if (i === ai) {
            begs.push(i);
            ai = str.indexOf(a, i + 1);
          } else if (begs.length === 1) {
            const r = begs.pop();
            if (r !== void 0)
              result = [r, bi];
          } else {
            beg = begs.pop();
            if (beg !== void 0 && beg < left) {
              left = beg;
              right = bi;
            }
            bi = str.indexOf(b, i + 1);
          }
          i = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length && right !== void 0) {
          result = [left, right];
        }
      }
      return result;
    };
    exports.range = range;
  }
});

// node_modules/brace-expansion/dist/commonjs/index.js
var require_commonjs2 = __commonJS({
  "node_modules/brace-expansion/dist/commonjs/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.EXPANSION_MAX_STEPS = exports.EXPANSION_MAX_REWRITES = exports.EXPANSION_MAX_DEPTH = exports.EXPANSION_MAX_LENGTH = exports.EXPANSION_MAX = void 0;
    exports.expand = expand;
    var balanced_match_1 = require_commonjs();
    var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
    var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
    var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
    var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
    var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
    var escSlashPattern = new RegExp(escSlash, "g");
    var escOpenPattern = new RegExp(escOpen, "g");
    var escClosePattern = new RegExp(escClose, "g");
    var escCommaPattern = new RegExp(escComma, "g");
    var escPeriodPattern = new RegExp(escPeriod, "g");
    var slashPattern = /\\\\/g;
    var openPattern = /\\{/g;
    var closePattern = /\\}/g;
    var commaPattern = /\\,/g;
    var periodPattern = /\\\./g;
    exports.EXPANSION_MAX = 1e5;
    exports.EXPANSION_MAX_LENGTH = 4e6;
    exports.EXPANSION_MAX_DEPTH = 1e3;
    exports.EXPANSION_MAX_REWRITES = 1e3;
    exports.EXPANSION_MAX_STEPS = 2e7;
    var CALL_STEPS = 16;
    function numeric(str) {
      return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
    }
    function escapeBraces(str) {
      return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
    }
    function unescapeBraces(str) {
      return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
    }
    function pushAll(target, items) {
      for (let i = 0; i < items.length; i++) {
        target.push(items[i]);
      }
    }
    function balancedWithBudget(str, masked, budget) {
      if (budget.remaining < 0) {
        return void 0;
      }
      const r = (0, balanced_match_1.range)("{", "}", masked);
      const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
      budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
      if (!r || budget.remaining < 0) {
        return void 0;
      }
      return {
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + 1, r[1]),
        post: str.slice(r[1] + 1),
        unmatched
      };
    }
    function maskUnmatchedOpens(masked, budget) {
      budget.remaining -= masked.length;
      const open = [];
      for (let i = 0; i < masked.length; i++) {
        const c = masked.charCodeAt(i);
        if (c === 123) {
          open.push(i);
        } else if (c === 125 && open.length) {
          open.pop();
        }
      }
      let out = "";
      let last = 0;
      for (let i = 0; i < open.length; i++) {
        const at = open[i];
        out += masked.slice(last, at) + "\0";
        last = at + 1;
      }
      return out + masked.slice(last);
    }
    function commaSetFollows(str, budget) {
      budget.remaining -= str.length;
      if (budget.remaining < 0) {
        return false;
      }
      let close = false;
      for (let i = str.length - 1; i >= 0; i--) {
        const c = str.charCodeAt(i);
        if (c === 125) {
          close = true;
        } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
          close = false;
        } else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) {
          return true;
        }
      }
      return false;
    }
    function parseCommaParts(str, budget) {
      const parts = [];
      let carry = "";
      for (; ; ) {
        const m = balancedWithBudget(str, str, budget);
        if (budget.remaining < 0) {
          return void 0;
        }
        if (!m) {
          const tail = str.split(",");
          tail[0] = carry + tail[0];
          pushAll(parts, tail);
          return parts;
        }
        const { pre, body, post } = m;
        const p = pre.split(",");
        p[0] = carry + p[0];
        p[p.length - 1] += "{" + body + "}";
        if (!post.length) {
          pushAll(parts, p);
          return parts;
        }
        carry = p.pop();
        pushAll(parts, p);
        str = post;
      }
    }
    function bound(value, fallback) {
      return value === void 0 || isNaN(value) ? fallback : value;
    }
    function expand(str, options = {}) {
      if (!str) {
        return [];
      }
      const max = bound(options.max, exports.EXPANSION_MAX);
      const maxLength = bound(options.maxLength, exports.EXPANSION_MAX_LENGTH);
      const maxDepth = bound(options.maxDepth, exports.EXPANSION_MAX_DEPTH);
      const maxRewrites = bound(options.maxRewrites, exports.EXPANSION_MAX_REWRITES);
      const maxSteps = bound(options.maxSteps, exports.EXPANSION_MAX_STEPS);
      if (str.slice(0, 2) === "{}") {
        str = "\\{\\}" + str.slice(2);
      }
      return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
    }
    function embrace(str) {
      return "{" + str + "}";
    }
    function isPadded(el) {
      return /^-?0\d/.test(el);
    }
    function lte(i, y) {
      return i <= y;
    }
    function gte(i, y) {
      return i >= y;
    }
    function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
      const out = [];
      let length = 0;
      let nonEmpty;
      outer: for (let a = 0; a < acc.length; a++) {
        const prefix = acc[a] + pre;
        let vs = values;
        if (dropEmpties && !prefix) {
          if (!nonEmpty)
            nonEmpty = values.filter((v) => v);
          vs = nonEmpty;
        }
        for (let v = 0; v < vs.length; v++) {
          if (out.length >= max)
            break outer;
          const expansion = prefix + vs[v];
          if (length + expansion.length > maxLength)
            break outer;
          out.push(expansion);
          length += expansion.length;
        }
      }
      budget.remaining -= out.length;
      return out;
    }
    function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
      const n = body.split(/\.\./);
      const N = [];
      if (n[0] === void 0 || n[1] === void 0) {
        return N;
      }
      const x = numeric(n[0]);
      const y = numeric(n[1]);
      const width = Math.max(n[0].length, n[1].length);
      let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
      let test = lte;
      const reverse = y < x;
      if (reverse) {
        incr *= -1;
        test = gte;
      }
      const pad = n.some(isPadded);
      const cost = pad ? width : 1;
      let length = 0;
      for (let i = x; test(i, y) && N.length < max; i += incr) {
        budget.remaining -= cost;
        if (budget.remaining < 0) {
          return void 0;
        }
        let c;
        if (isAlphaSequence) {
          c = String.fromCharCode(i);
          if (c === "\\") {
            c = "";
          }
        } else {
          c = String(i);
          if (pad) {
            const need = width - c.length;
            if (need > 0) {
              const z = new Array(need + 1).join("0");
              if (i < 0) {
                c = "-" + z + c.slice(1);
              } else {
                c = z + c;
              }
            }
          }
        }
        if (length + c.length > maxLength)
          break;
        N.push(c);
        length += c.length;
      }
      return N;
    }
    function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
      budget.remaining -= CALL_STEPS;
      if (depth > maxDepth) {
        return [str];
      }
      let acc = [""];
      let rewrites = 0;
      let dropEmpties = false;
      let firstGroup = true;
      let masked = str;
      for (; ; ) {
        const m = balancedWithBudget(str, masked, budget);
        if (!m) {
          return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
        }
        if (m.unmatched) {
          masked = maskUnmatchedOpens(masked, budget);
        }
        const pre = m.pre;
        const literal = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
        if (/\$$/.test(pre)) {
          acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
          firstGroup = false;
          if (!m.post.length)
            break;
          str = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
        const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
        const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
        const isSequence = isNumericSequence || isAlphaSequence;
        const isOptions = m.body.indexOf(",") >= 0;
        if (!isSequence && !isOptions) {
          if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
            rewrites++;
            str = m.pre + "{" + m.body + escClose + m.post;
            masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
            isTop = true;
            continue;
          }
          return literal();
        }
        if (firstGroup) {
          dropEmpties = isTop && !isSequence;
          firstGroup = false;
        }
        let values;
        if (isSequence) {
          values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
          if (!values) {
            return literal();
          }
        } else {
          let n = parseCommaParts(m.body, budget);
          if (!n) {
            return literal();
          }
          if (n.length === 1 && n[0] !== void 0) {
            n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
            if (budget.remaining < 0) {
              return literal();
            }
            if (n.length === 1) {
              const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
              if (budget.remaining < 0) {
                return literal();
              }
              acc = next2;
              if (!m.post.length)
                break;
              str = m.post;
              masked = masked.slice(m.end + 1);
              continue;
            }
          }
          let dropsEmpties = dropEmpties && !m.post.length && !pre;
          for (let d = 0; dropsEmpties && d < acc.length; d++) {
            if (acc[d]) {
              dropsEmpties = false;
            }
          }
          values = [];
          let valuesLength = 0;
          outer: for (let j = 0; j < n.length; j++) {
            const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
            if (budget.remaining < 0) {
              return literal();
            }
            for (let k = 0; k < expanded.length; k++) {
              const v = expanded[k];
              if (dropsEmpties && !v)
                continue;
              if (values.length >= max || valuesLength + v.length > maxLength) {
                break outer;
              }
              values.push(v);
              valuesLength += v.length;
            }
          }
        }
        const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
        if (budget.remaining < 0) {
          return literal();
        }
        acc = next;
        if (!m.post.length)
          break;
        str = m.post;
        masked = masked.slice(m.end + 1);
      }
      return acc;
    }
  }
});

// node_modules/@isaacs/nonrecursive-glob-match/dist/commonjs/numeric-range.js
var require_numeric_range = __commonJS({
  "node_modules/@isaacs/nonrecursive-glob-match/dist/commonjs/numeric-range.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.numericRange = void 0;
    var digit = (a, b) => a === b ? { t: "lit", ch: String(a) } : { t: "class", re: new RegExp(`^[${a}-${b}]$`) };
    var prefix = (d, alts) => alts.map((s) => [digit(d, d), ...s]);
    var fixed = (a, b) => {
      if (!a)
        return [[]];
      let lo = +a[0];
      let hi = +b[0];
      const ra = a.slice(1);
      const rb = b.slice(1);
      if (lo === hi)
        return prefix(lo, fixed(ra, rb));
      const zeros = "0".repeat(ra.length);
      const nines = "9".repeat(ra.length);
      const out = [];
      if (ra !== zeros)
        out.push(...prefix(lo++, fixed(ra, nines)));
      const last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
      if (lo <= hi) {
        out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
      }
      out.push(...last);
      return out;
    };
    var nonneg = (a, b, width) => {
      if (width) {
        return fixed(String(a).padStart(width, "0"), String(b).padStart(width, "0"));
      }
      const out = [];
      for (let len = String(a).length; len <= String(b).length; len++) {
        const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
        const hi = Math.min(b, 10 ** len - 1);
        out.push(...fixed(String(lo), String(hi)));
      }
      return out;
    };
    var numericRange = (loStr, hiStr) => {
      let lo = Number(loStr);
      let hi = Number(hiStr);
      if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
        return;
      if (lo > hi)
        [lo, hi] = [hi, lo];
      const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
      const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
      const out = [];
      if (lo < 0) {
        const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
        out.push(...neg.map((s) => [{ t: "lit", ch: "-" }, ...s]));
      }
      if (hi >= 0)
        out.push(...nonneg(Math.max(lo, 0), hi, width));
      return out;
    };
    exports.numericRange = numericRange;
  }
});

// node_modules/@isaacs/nonrecursive-glob-match/dist/commonjs/parse-class.js
var require_parse_class = __commonJS({
  "node_modules/@isaacs/nonrecursive-glob-match/dist/commonjs/parse-class.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.parseClass = void 0;
    var posixClasses = {
      "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}"],
      "[:alpha:]": ["\\p{L}\\p{Nl}"],
      "[:ascii:]": ["\\x00-\\x7f"],
      "[:blank:]": ["\\p{Zs}\\t"],
      "[:cntrl:]": ["\\p{Cc}"],
      "[:digit:]": ["\\p{Nd}"],
      "[:graph:]": ["\\p{Z}\\p{C}", true],
      "[:lower:]": ["\\p{Ll}"],
      "[:print:]": ["\\p{C}", true],
      "[:punct:]": ["\\p{P}\\p{S}"],
      "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f"],
      "[:upper:]": ["\\p{Lu}"],
      "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}"],
      "[:xdigit:]": ["A-Fa-f0-9"]
    };
    var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
    var noMatch = /$./;
    var parseClass = (glob, position, nocase = false, form) => {
      const norm = (c) => {
        const n = form ? c.normalize(form) : c;
        return [...n].length === 1 ? n : c;
      };
      const pos = position;
      if (glob.charAt(pos) !== "[") {
        throw new Error("not in a brace expression");
      }
      const ranges = [];
      const negs = [];
      let i = pos + 1;
      let sawStart = false;
      let escaping = false;
      let negate = false;
      let endPos = pos;
      let rangeStart = "";
      WHILE: while (i < glob.length) {
        const c = String.fromCodePoint(glob.codePointAt(i));
        if ((c === "!" || c === "^") && i === pos + 1) {
          negate = true;
          i++;
          continue;
        }
        if (c === "]" && sawStart && !escaping) {
          endPos = i + 1;
          break;
        }
        sawStart = true;
        if (c === "\\") {
          if (!escaping) {
            escaping = true;
            i++;
            continue;
          }
        }
        if (c === "[" && !escaping) {
          for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
            if (glob.startsWith(cls, i)) {
              if (rangeStart) {
                return [noMatch, glob.length - pos];
              }
              i += cls.length;
              if (neg)
                negs.push(unip);
              else
                ranges.push(unip);
              continue WHILE;
            }
          }
        }
        escaping = false;
        const n = norm(c);
        if (rangeStart) {
          if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
            ranges.push(braceEscape(rangeStart) + "-" + braceEscape(n));
          } else if (n === rangeStart) {
            ranges.push(braceEscape(n));
          }
          rangeStart = "";
          i += c.length;
          continue;
        }
        if (glob.startsWith("-]", i + c.length)) {
          ranges.push(braceEscape(n + "-"));
          i += c.length + 1;
          continue;
        }
        if (glob.startsWith("-", i + c.length)) {
          rangeStart = n;
          i += c.length + 1;
          continue;
        }
        ranges.push(braceEscape(n));
        i += c.length;
      }
      if (endPos < i) {
        return [noMatch, 0];
      }
      if (!ranges.length && !negs.length) {
        return [noMatch, glob.length - pos];
      }
      const sranges = "[" + (negate ? "^" : "") + ranges.join("") + "]";
      const snegs = "[" + (negate ? "" : "^") + negs.join("") + "]";
      const comb = "^" + (ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs);
      return [new RegExp(comb, nocase ? "iu" : "u"), endPos - pos];
    };
    exports.parseClass = parseClass;
  }
});

// node_modules/@isaacs/nonrecursive-glob-match/dist/commonjs/index.js
var require_commonjs3 = __commonJS({
  "node_modules/@isaacs/nonrecursive-glob-match/dist/commonjs/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Matcher = void 0;
    var numeric_range_js_1 = require_numeric_range();
    var parse_class_js_1 = require_parse_class();
    var MATCH = { t: "match", id: 0 };
    var extTypes = "!?+*@";
    var lit = (ch) => ({ t: "lit", ch });
    var reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
    var newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, "iu");
    var foldCache = /* @__PURE__ */ new Map();
    var foldRe = (ch) => {
      let re = foldCache.get(ch);
      if (!re) {
        re = newFoldRe(ch);
        if (foldCache.size >= 1e3)
          foldCache.clear();
        foldCache.set(ch, re);
      }
      return re;
    };
    var litMatch = (l, c) => {
      if (c === l.ch)
        return true;
      if (!l.re)
        return false;
      const code = c.charCodeAt(0);
      if (code >= 128)
        return l.re.test(c);
      const ascii = l.ascii ??= new Uint8Array(128);
      ascii[code] ||= l.re.test(c) ? 1 : 2;
      return ascii[code] === 1;
    };
    var tokenize = (p, nocase, noext, form, mark) => {
      const toks = [];
      for (let i = 0; i < p.length; ) {
        const c = String.fromCodePoint(p.codePointAt(i));
        if (mark) {
          const m = c === "\\" && p.startsWith(mark, i + 1) ? 1 : 0;
          if (m || c === mark) {
            const start = i + m + mark.length;
            const end = p.indexOf(mark, start);
            const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
            const alts = end !== -1 && r && (0, numeric_range_js_1.numericRange)(r[1], r[2]);
            if (alts) {
              toks.push({ t: "ext", type: "@", alts });
              i = end + mark.length;
              continue;
            }
          }
        }
        if (c === "\\") {
          const e = p.codePointAt(i + 1);
          const ch = e === void 0 ? c : String.fromCodePoint(e);
          toks.push(lit(ch));
          i += 1 + ch.length;
          continue;
        }
        if (c === "[") {
          const [re, consumed] = (0, parse_class_js_1.parseClass)(p, i, nocase, form);
          if (consumed) {
            toks.push({ t: "class", re });
            i += consumed;
            continue;
          }
        }
        if (!noext && extTypes.includes(c) && p[i + 1] === "(") {
          toks.push({ t: "open", type: c });
          i += 2;
          continue;
        }
        toks.push(!noext && c === "|" ? { t: "bar" } : !noext && c === ")" ? { t: "close" } : c === "*" ? { t: "star" } : c === "?" ? { t: "any" } : lit(c));
        i += c.length;
      }
      return toks;
    };
    var pair = (toks) => {
      const pairs = /* @__PURE__ */ new Map();
      const stack = [];
      toks.forEach((tok, i) => {
        if (tok.t === "open")
          stack.push(i);
        else if (tok.t === "close" && stack.length)
          pairs.set(stack.pop(), i);
      });
      return pairs;
    };
    var build = (toks, pairs, start, end, top) => {
      let seq = [];
      const alts = [seq];
      for (let i = start; i < end; i++) {
        const tok = toks[i];
        const close = pairs.get(i);
        if (tok.t === "open" && close !== void 0) {
          const sub = build(toks, pairs, i + 1, close, false);
          seq.push({ t: "ext", type: tok.type, alts: sub });
          i = close;
        } else if (tok.t === "bar" && !top) {
          alts.push(seq = []);
        } else if (tok.t === "open") {
          seq.push(lit(tok.type), lit("("));
        } else if (tok.t === "bar") {
          seq.push(lit("|"));
        } else if (tok.t === "close") {
          seq.push(lit(")"));
        } else {
          seq.push(tok);
        }
      }
      return alts;
    };
    var normalize = (items, form) => {
      const out = [];
      let run = "";
      const flush = () => {
        for (const ch of run.normalize(form))
          out.push(lit(ch));
        run = "";
      };
      for (const it of items) {
        if (it.t === "lit") {
          run += it.ch;
          continue;
        }
        flush();
        out.push(it.t === "ext" ? { ...it, alts: it.alts.map((a) => normalize(a, form)) } : it);
      }
      flush();
      return out;
    };
    var compile = (items, nocase) => {
      let id = 1;
      const split = (out) => ({ t: "split", id: id++, out });
      const seq = (items2, next) => items2.reduceRight((next2, it) => item(it, next2), next);
      const item = (it, next) => {
        switch (it.t) {
          case "lit":
            const re = nocase ? foldRe(it.ch) : void 0;
            return { t: "lit", id: id++, ch: it.ch, re, next };
          case "any":
          case "star":
            return { t: it.t, id: id++, next };
          case "class":
            return { t: "class", id: id++, re: it.re, next };
        }
        const alts = (next2) => it.alts.map((a) => seq(a, next2));
        switch (it.type) {
          case "@":
            return split(alts(next));
          case "?":
            return split([next, ...alts(next)]);
          case "!":
            return { t: "neg", id: id++, sub: split(alts(MATCH)), next };
        }
        const after = split([]);
        const entry = split(alts(after));
        after.out.push(next, entry);
        return it.type === "*" ? after : entry;
      };
      const start = seq(items, MATCH);
      return [start, id];
    };
    var show = (start) => {
      const lines = [];
      const seen = /* @__PURE__ */ new Set();
      const ref = (n) => n.t === "match" ? "match" : String(n.id);
      const walk = (n, indent) => {
        if (n.t === "match" || seen.has(n))
          return;
        seen.add(n);
        const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
        switch (n.t) {
          case "split":
            line(`split -> ${n.out.map(ref).join(", ")}`);
            for (const o of n.out)
              walk(o, indent);
            return;
          case "neg":
            line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
            walk(n.sub, indent + "  ");
            return walk(n.next, indent);
          case "lit":
            line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
            break;
          case "class":
            line(`${n.re} -> ${ref(n.next)}`);
            break;
          default:
            line(`${n.t === "any" ? "?" : "*"} -> ${ref(n.next)}`);
        }
        walk(n.next, indent);
      };
      walk(start, "");
      return [`start -> ${ref(start)}`, ...lines].join("\n");
    };
    var State = class {
      // set by the Sim, to mark the nodes that this state has
      gen;
      threads = [];
      match = false;
      runs = [];
      // the sorted ids of the threads, with 0 for a match, once the
      // state is done
      ids = [];
      constructor(gen) {
        this.gen = gen;
      }
      // no threads, so nothing more can match
      get dead() {
        return !this.threads.length && !this.match && !this.runs.length;
      }
    };
    var sameState = (a, b) => {
      if (a.ids.length !== b.ids.length)
        return false;
      if (a.runs.length !== b.runs.length)
        return false;
      if (a.ids.some((id, i) => id !== b.ids[i]))
        return false;
      return a.runs.every((r) => b.runs.some((o) => o.neg === r.neg && sameState(o.state, r.state)));
    };
    var marks = (size) => ({
      has: new Float64Array(size),
      seen: new Float64Array(size),
      gen: 0
    });
    var Sim = class {
      // `.` and `..` only match literal dots, even with `dot:true`
      dots;
      // the string starts with `.`, and `dot:true` is not set
      dotStart;
      #marks;
      constructor(dots, dotStart, marks2) {
        this.dots = dots;
        this.dotStart = dotStart;
        this.#marks = marks2;
      }
      state() {
        return new State(++this.#marks.gen);
      }
      // sort the ids of a state, once it has all of its threads
      done(state) {
        state.ids = state.threads.map((n) => n.id).sort((a, b) => a - b);
        if (state.match)
          state.ids.unshift(MATCH.id);
        return state;
      }
      // true the first time that the state walks through the node, so
      // that loops in the graph stop
      #visit(state, node) {
        const { seen } = this.#marks;
        if (seen[node.id] === state.gen)
          return false;
        seen[node.id] = state.gen;
        return true;
      }
      #addThread(state, node) {
        const { has } = this.#marks;
        if (has[node.id] === state.gen)
          return false;
        has[node.id] = state.gen;
        state.threads.push(node);
        return true;
      }
      // wildcards only match a leading dot if `dot:true`. In a negated
      // sub-pattern, this does not apply, because the negation itself
      // can not match a leading dot.
      restricted(i, top) {
        return top && (this.dots || this.dotStart && i === 0);
      }
      add(state, node, i, top) {
        switch (node.t) {
          case "split":
            if (!this.#visit(state, node))
              return;
            for (const o of node.out)
              this.add(state, o, i, top);
            return;
          case "neg":
            if (!this.#visit(state, node))
              return;
            const sub = this.state();
            this.add(sub, node.sub, i, false);
            this.done(sub);
            return this.addRun(state, { t: "run", neg: node, state: sub }, i, top);
          case "star":
            if (this.restricted(i, top))
              return;
            if (this.#addThread(state, node))
              this.add(state, node.next, i, top);
            return;
          case "match":
            state.match = true;
            return;
          default:
            this.#addThread(state, node);
        }
      }
      addRun(state, run, i, top) {
        for (const r of state.runs) {
          if (r.neg === run.neg && sameState(r.state, run.state))
            return;
        }
        state.runs.push(run);
        if (!run.state.match) {
          this.add(state, run.neg.next, i, top);
        }
      }
      // the threads after char `c`, at index `i`
      step(state, c, i, top) {
        const next = this.state();
        for (const th of state.threads) {
          switch (th.t) {
            case "lit":
              if (litMatch(th, c)) {
                this.add(next, th.next, i + 1, top);
              }
              break;
            case "any":
              if (!this.restricted(i, top))
                this.add(next, th.next, i + 1, top);
              break;
            case "class":
              if (!this.restricted(i, top) && th.re.test(c)) {
                this.add(next, th.next, i + 1, top);
              }
              break;
            case "star":
              if (!this.restricted(i, top))
                this.add(next, th, i + 1, top);
          }
        }
        if (!this.restricted(i, top)) {
          for (const run of state.runs) {
            if (run.state.dead) {
              this.addRun(next, run, i + 1, top);
              continue;
            }
            const sub = this.step(run.state, c, i, false);
            this.addRun(next, { t: "run", neg: run.neg, state: sub }, i + 1, top);
          }
        }
        return this.done(next);
      }
    };
    var stateKey = (state) => {
      const ids = state.ids.join();
      if (!state.runs.length)
        return ids;
      const runs = state.runs.map((r) => `${r.neg.id}(${stateKey(r.state)})`);
      return `${ids}|${runs.sort().join("|")}`;
    };
    var DFA_BUDGET = 1 << 18;
    var Dfa = class {
      #start;
      #states = /* @__PURE__ */ new Map();
      #size = 0;
      #plain;
      #dotStart;
      #sim;
      #dotSim;
      constructor(start, marks2) {
        this.#start = start;
        this.#sim = new Sim(false, false, marks2);
        this.#dotSim = new Sim(false, true, marks2);
      }
      #make(state) {
        return {
          state,
          match: state.match,
          dead: state.dead,
          next: /* @__PURE__ */ new Map()
        };
      }
      #intern(state) {
        const key = stateKey(state);
        const found = this.#states.get(key);
        if (found)
          return found;
        if (this.#size > DFA_BUDGET)
          this.#clear();
        const d = this.#make(state);
        this.#states.set(key, d);
        this.#size += key.length + 1;
        return d;
      }
      #clear() {
        this.#states.clear();
        this.#size = 0;
        this.#plain = void 0;
        this.#dotStart = void 0;
      }
      start(dotStart) {
        if (dotStart) {
          if (this.#dotStart)
            return this.#dotStart;
          const state2 = this.#dotSim.state();
          this.#dotSim.add(state2, this.#start, 0, true);
          return this.#dotStart = this.#make(this.#dotSim.done(state2));
        }
        if (this.#plain)
          return this.#plain;
        const state = this.#sim.state();
        this.#sim.add(state, this.#start, 0, true);
        return this.#plain = this.#intern(this.#sim.done(state));
      }
      // the next state, after a miss in `d.ascii`
      next(d, c) {
        const code = c.charCodeAt(0);
        const found = code < 128 ? void 0 : d.next.get(c);
        if (found)
          return found;
        const n = d === this.#dotStart ? this.#intern(this.#dotSim.step(d.state, c, 0, true)) : this.#intern(this.#sim.step(d.state, c, 1, true));
        if (code < 128) {
          if (!d.ascii) {
            d.ascii = new Array(128);
            this.#size += 128;
          }
          d.ascii[code] = n;
        } else {
          d.next.set(c, n);
        }
        this.#size++;
        return n;
      }
    };
    var linear = (start) => {
      const nodes = [];
      for (let n = start; n.t !== "match"; n = n.next) {
        if (n.t === "split" || n.t === "neg")
          return void 0;
        nodes.push(n);
      }
      return nodes;
    };
    var testLinear = (nodes, chars, start, end) => {
      let ni = 0;
      let ci = start;
      let starNi = -1;
      let starCi = 0;
      while (ci < end) {
        const n = nodes[ni];
        if (n?.t === "star") {
          starNi = ni++;
          starCi = ci;
          continue;
        }
        const c = chars[ci];
        if (n && (n.t === "any" || n.t === "lit" && litMatch(n, c) || n.t === "class" && n.re.test(c))) {
          ni++;
          ci++;
          continue;
        }
        if (starNi === -1)
          return false;
        ni = starNi + 1;
        ci = ++starCi;
      }
      while (nodes[ni]?.t === "star")
        ni++;
      return ni === nodes.length;
    };
    var lengths = (items) => {
      let min = 0;
      let max = 0;
      for (const it of items) {
        const [lo, hi] = itemLengths(it);
        min += lo;
        max += hi;
      }
      return [min, max];
    };
    var itemLengths = (it) => {
      if (it.t === "star")
        return [0, Infinity];
      if (it.t !== "ext")
        return [1, 1];
      if (it.type === "!")
        return [0, Infinity];
      const alts = it.alts.map(lengths);
      const min = Math.min(...alts.map((a) => a[0]));
      const max = Math.max(...alts.map((a) => a[1]));
      const loop = max === 0 ? 0 : Infinity;
      return it.type === "@" ? [min, max] : it.type === "?" ? [0, max] : it.type === "*" ? [0, loop] : [min, loop];
    };
    var hasAffix = (lits, chars, start) => {
      for (let j = 0; j < lits.length; j++) {
        if (!litMatch(lits[j], chars[start + j]))
          return false;
      }
      return true;
    };
    var slashOrSurrogate = /[/\ud800-\udfff]/;
    var surrogate = /[\ud800-\udfff]/;
    var codePoints = (s) => surrogate.test(s) ? [...s] : s;
    var noSlash = (s) => {
      if (s.includes("/")) {
        throw new Error("can only match a single path portion, got: " + s);
      }
    };
    var Matcher = class {
      pattern;
      options;
      #start;
      // the number of node ids
      #size;
      #marks;
      // the Sim for strings that are only `.` or `..`
      #dotsSim;
      // the string to compare, if the pattern has no magic. With
      // `nocase:true`, the RegExp that folds case is made when it is
      // first used.
      #literal;
      #literalFold = false;
      #literalRe;
      // the nodes between the prefix and suffix, if the graph is a
      // single chain
      #linear;
      // the linear nodes are only `*` and `?`, so the length bounds and
      // the prefix and suffix decide the match
      #wild = false;
      // the least and most chars that a match can have
      #min = 0;
      #max = Infinity;
      // the literals that a match must start and end with. Each one
      // matches exactly one char, and they are distinct items in the
      // pattern, so a string that does not have them can not match.
      #prefix = [];
      #suffix = [];
      // the prefix and suffix as strings, if they do not fold case
      #prefixStr;
      #suffixStr;
      // there is a prefix or suffix to check
      #affix = false;
      #dfa;
      #form;
      constructor(pattern, options = {}) {
        if (pattern.includes("/")) {
          throw new Error("can only match a single path portion, got pattern: " + pattern);
        }
        this.pattern = pattern;
        this.options = options;
        const { nocase = false, noext = false, normalize: n } = options;
        this.#form = n === true ? "NFC" : n || void 0;
        const literal = /^[?*+@]\(\)$/.test(pattern);
        const toks = tokenize(pattern, nocase, noext || literal, this.#form, options.rangeMark);
        let [items] = build(toks, pair(toks), 0, toks.length, true);
        if (this.#form)
          items = normalize(items, this.#form);
        const [start, size] = compile(items, nocase);
        this.#start = start;
        this.#size = size;
        if (items.every((it) => it.t === "lit")) {
          this.#literal = items.map((it) => it.ch).join("");
          this.#literalFold = nocase;
        } else {
          const lit2 = (it) => it.t !== "lit" ? void 0 : nocase ? { ch: it.ch, re: foldRe(it.ch) } : { ch: it.ch };
          for (const it of items) {
            const l = lit2(it);
            if (!l)
              break;
            this.#prefix.push(l);
          }
          for (let j = items.length - 1; j >= 0; j--) {
            const l = lit2(items[j]);
            if (!l)
              break;
            this.#suffix.unshift(l);
          }
          this.#affix = !!(this.#prefix.length || this.#suffix.length);
          if (!nocase) {
            this.#prefixStr = this.#prefix.map((l) => l.ch).join("");
            this.#suffixStr = this.#suffix.map((l) => l.ch).join("");
          }
          this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || void 0);
          this.#wild = !!this.#linear?.every((n2) => n2.t === "star" || n2.t === "any");
          const [min, max] = lengths(items);
          this.#min = min;
          this.#max = max;
        }
      }
      test(s) {
        if (this.#form) {
          noSlash(s);
          return this.#test(s.normalize(this.#form));
        }
        if (slashOrSurrogate.test(s)) {
          noSlash(s);
          return this.#test(s, [...s]);
        }
        return this.#test(s, s);
      }
      /**
       * The same as {@link Matcher#test}, but the string is not checked
       * for `/` chars, so the result for a string that has one is not
       * defined. Only use it for a string that is known to be one path
       * portion, such as a part of a path that was split on `/`. It can
       * be faster, because some patterns do not need to look at each char
       * of the string.
       */
      testUnchecked(s) {
        return this.#test(this.#form ? s.normalize(this.#form) : s);
      }
      // Test a string that has no `/`. `chars` indexes it by code point.
      // If it is not given, it is only found if a step needs it.
      #test(s, chars) {
        if (this.#literal !== void 0) {
          return this.#literalFold ? (this.#literalRe ??= newFoldRe(this.#literal)).test(s) : s === this.#literal;
        }
        const min = this.#min;
        const max = this.#max;
        if (chars === void 0) {
          const most = s.length;
          const least = most + 1 >> 1;
          if (most < min || least > max)
            return false;
          if (least < min || most > max)
            chars = codePoints(s);
        }
        if (chars !== void 0 && (chars.length < min || chars.length > max)) {
          return false;
        }
        const prefix = this.#prefix.length;
        if (this.#affix) {
          if (this.#prefixStr !== void 0 && this.#suffixStr !== void 0) {
            if (!s.startsWith(this.#prefixStr) || !s.endsWith(this.#suffixStr)) {
              return false;
            }
          } else {
            chars ??= codePoints(s);
            const end = chars.length - this.#suffix.length;
            if (!hasAffix(this.#prefix, chars, 0) || !hasAffix(this.#suffix, chars, end)) {
              return false;
            }
          }
        }
        const dotStart = !this.options.dot && s.startsWith(".");
        if (this.#linear) {
          if (s === "." || s === "..")
            return false;
          if (dotStart && !prefix)
            return false;
          if (this.#wild)
            return true;
          chars ??= codePoints(s);
          const end = chars.length - this.#suffix.length;
          return testLinear(this.#linear, chars, prefix, end);
        }
        chars ??= codePoints(s);
        if (s === "." || s === "..") {
          this.#marks ??= marks(this.#size);
          const sim = this.#dotsSim ??= new Sim(true, false, this.#marks);
          const start = sim.state();
          sim.add(start, this.#start, 0, true);
          let state = sim.done(start);
          for (let i = 0; i < chars.length; i++) {
            state = sim.step(state, chars[i], i, true);
          }
          return state.match;
        }
        this.#marks ??= marks(this.#size);
        const dfa = this.#dfa ??= new Dfa(this.#start, this.#marks);
        let d = dfa.start(dotStart);
        const str = chars === s;
        for (let i = 0; i < chars.length; i++) {
          if (d.dead)
            return false;
          const code = str ? s.charCodeAt(i) : chars[i].charCodeAt(0);
          d = d.ascii?.[code] ?? dfa.next(d, chars[i]);
        }
        return d.match;
      }
      /** a readable listing of the state machine */
      toString() {
        return show(this.#start);
      }
    };
    exports.Matcher = Matcher;
  }
});

// node_modules/minimatch/dist/commonjs/assert-valid-pattern.js
var require_assert_valid_pattern = __commonJS({
  "node_modules/minimatch/dist/commonjs/assert-valid-pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assertValidPattern = void 0;
    var MAX_PATTERN_LENGTH = 1024 * 64;
    var assertValidPattern = (pattern) => {
      if (typeof pattern !== "string") {
        throw new TypeError("invalid pattern");
      }
      if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError("pattern is too long");
      }
    };
    exports.assertValidPattern = assertValidPattern;
  }
});

// node_modules/minimatch/dist/commonjs/escape.js
var require_escape = __commonJS({
  "node_modules/minimatch/dist/commonjs/escape.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.escape = void 0;
    var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
      const e = magicalBraces ? windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&") : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
      const c = e.charAt(0);
      if (c === "#") {
        return (windowsPathsNoEscape ? "[#]" : "\\#") + e.slice(1);
      }
      if (c === "!") {
        return (windowsPathsNoEscape ? "@(!)" : "\\!") + e.slice(1);
      }
      return e;
    };
    exports.escape = escape;
  }
});

// node_modules/minimatch/dist/commonjs/unescape.js
var require_unescape = __commonJS({
  "node_modules/minimatch/dist/commonjs/unescape.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.unescape = void 0;
    var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
      if (windowsPathsNoEscape && s.startsWith("@(!)")) {
        return "!" + (0, exports.unescape)(s.slice(4), { windowsPathsNoEscape, magicalBraces });
      }
      if (magicalBraces) {
        return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
      }
      return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
    };
    exports.unescape = unescape;
  }
});

// node_modules/minimatch/dist/commonjs/index.js
var require_commonjs4 = __commonJS({
  "node_modules/minimatch/dist/commonjs/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.unescape = exports.escape = exports.Minimatch = exports.match = exports.braceExpand = exports.defaults = exports.filter = exports.GLOBSTAR = exports.sep = exports.minimatch = void 0;
    var brace_expansion_1 = require_commonjs2();
    var nonrecursive_glob_match_1 = require_commonjs3();
    var assert_valid_pattern_js_1 = require_assert_valid_pattern();
    var escape_js_1 = require_escape();
    var unescape_js_1 = require_unescape();
    var DEFAULT_BRACE_EXPAND_MAX = 1e5;
    var DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
    var AWE_KEY = "allowWindowsEscape";
    var minimatch = (p, pattern, options) => {
      (0, assert_valid_pattern_js_1.assertValidPattern)(pattern);
      if (!options?.nocomment && pattern.charAt(0) === "#") {
        return false;
      }
      return cachedMinimatch(pattern, options).match(p);
    };
    exports.minimatch = minimatch;
    var cache = /* @__PURE__ */ new Map();
    var oldCache = /* @__PURE__ */ new Map();
    var cacheSize = 0;
    var cacheTotalWeight = 0;
    var cacheMax = 256;
    var cacheMaxWeight = 1 << 15;
    var cacheMaxEntryWeight = 1 << 12;
    var cacheWeight = (mm) => {
      let w = mm.pattern.length;
      for (const s of mm.globSet) {
        w += s.length + 1;
        if (w > cacheMaxEntryWeight)
          break;
      }
      return w;
    };
    var tri = (v) => v === void 0 ? 0 : v ? 2 : 1;
    var booleanWeights = new Map(Object.keys({
      nobrace: 0,
      nocomment: 0,
      nonegate: 0,
      noglobstar: 0,
      noext: 0,
      nonull: 0,
      partial: 0,
      dot: 0,
      nocase: 0,
      nocaseMagicOnly: 0,
      magicalBraces: 0,
      matchBase: 0,
      flipNegate: 0,
      preserveMultipleSlashes: 0,
      windowsNoMagicRoot: 0
    }).map((k, i) => [k, 24 * 3 ** i]));
    var optionsKey = (o) => {
      let n = 0;
      let wpe = false;
      for (const k in o) {
        const v = o[k];
        switch (k) {
          // the same test as the Minimatch constructor
          case "windowsPathsNoEscape":
            if (v)
              wpe = true;
            break;
          case AWE_KEY:
            if (v === false)
              wpe = true;
            break;
          case "platform": {
            const p = v || defaultPlatform;
            if (p === defaultPlatform)
              break;
            if (p === "darwin")
              n += 3;
            else if (p === "win32")
              n += 6;
            else if (p === "linux")
              n += 9;
            else
              return JSON.stringify(o);
            break;
          }
          case "optimizationLevel":
            if (v === void 0)
              break;
            n += v >= 2 ? 1 : v >= 1 ? 0 : 2;
            break;
          case "braceExpandMax":
            if (v !== void 0 && v !== DEFAULT_BRACE_EXPAND_MAX) {
              return JSON.stringify(o);
            }
            break;
          case "maxGlobstarRecursion":
            if (v !== void 0 && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
              return JSON.stringify(o);
            }
            break;
          case "normalize":
            if (v !== void 0)
              return JSON.stringify(o);
            break;
          default:
            n += (booleanWeights.get(k) ?? 0) * tri(v);
        }
      }
      return wpe ? n + 12 : n;
    };
    var copyOptions = (o) => {
      const copy = {};
      for (const k in o)
        copy[k] = o[k];
      return copy;
    };
    var cachedMinimatch = (pattern, options) => {
      const key = options ? optionsKey(options) : 0;
      let mm = cache.get(key)?.get(pattern);
      if (mm)
        return mm;
      mm = oldCache.get(key)?.get(pattern) ?? new Minimatch(pattern, copyOptions(options));
      const weight = cacheWeight(mm);
      if (weight > cacheMaxEntryWeight)
        return mm;
      if (cacheSize >= cacheMax || cacheTotalWeight + weight > cacheMaxWeight) {
        oldCache = cache;
        cache = /* @__PURE__ */ new Map();
        cacheSize = 0;
        cacheTotalWeight = 0;
      }
      let byPattern = cache.get(key);
      if (!byPattern)
        cache.set(key, byPattern = /* @__PURE__ */ new Map());
      byPattern.set(pattern, mm);
      cacheSize++;
      cacheTotalWeight += weight;
      return mm;
    };
    var defaultPlatform = typeof process === "object" && process ? process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
    var path = {
      win32: { sep: "\\" },
      posix: { sep: "/" }
    };
    exports.sep = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
    exports.minimatch.sep = exports.sep;
    exports.GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
    exports.minimatch.GLOBSTAR = exports.GLOBSTAR;
    var filter = (pattern, options) => {
      let mm;
      return (p) => (mm ??= cachedMinimatch(pattern, options)).match(p);
    };
    exports.filter = filter;
    exports.minimatch.filter = exports.filter;
    var ext = (a, b = {}) => Object.assign({}, a, b);
    var defaults = (def) => {
      if (!def || typeof def !== "object" || !Object.keys(def).length) {
        return exports.minimatch;
      }
      const orig = exports.minimatch;
      const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
      return Object.assign(m, {
        Minimatch: class Minimatch extends orig.Minimatch {
          constructor(pattern, options = {}) {
            super(pattern, ext(def, options));
          }
          static defaults(options) {
            return orig.defaults(ext(def, options)).Minimatch;
          }
        },
        unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
        escape: (s, options = {}) => orig.escape(s, ext(def, options)),
        filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
        defaults: (options) => orig.defaults(ext(def, options)),
        braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
        match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
        sep: orig.sep,
        GLOBSTAR: exports.GLOBSTAR
      });
    };
    exports.defaults = defaults;
    exports.minimatch.defaults = exports.defaults;
    var braceExpand = (pattern, options = {}) => {
      (0, assert_valid_pattern_js_1.assertValidPattern)(pattern);
      if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        return [pattern];
      }
      let p = pattern.replace(/\\\\/g, "\\\\\\\\");
      if (options.windowsPathsNoEscape || options[AWE_KEY] === false) {
        p = p.replace(/\[([{}])\]/g, "[\\$1]");
      }
      return (0, brace_expansion_1.expand)(p, { max: options.braceExpandMax });
    };
    exports.braceExpand = braceExpand;
    exports.minimatch.braceExpand = exports.braceExpand;
    var RANGE_MIN = 100;
    var rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
    var inRepeatOrNegExt = (portion, mark) => {
      const stack = [];
      for (let i = 0; i < portion.length; i++) {
        const c = portion.charAt(i);
        if (c === "\\") {
          i++;
        } else if (c === mark) {
          if (stack.some((t) => t !== "@" && t !== "?"))
            return true;
        } else if (portion.charAt(i + 1) === "(" && "!?+*@".includes(c)) {
          stack.push(c);
          i++;
        } else if (c === ")") {
          stack.pop();
        }
      }
      return false;
    };
    var match = (list, pattern, options = {}) => {
      const mm = new Minimatch(pattern, options);
      list = list.filter((f) => mm.match(f));
      if (mm.options.nonull && !list.length) {
        list.push(pattern);
      }
      return list;
    };
    exports.match = match;
    exports.minimatch.match = exports.match;
    var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
    var classEnd = (pattern, start) => {
      let i = start + 1;
      if (pattern.charAt(i) === "!" || pattern.charAt(i) === "^")
        i++;
      let sawStart = false;
      for (; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === "]" && sawStart)
          return i;
        sawStart = true;
        if (c === "\\")
          i++;
      }
      return -1;
    };
    var literal = (pattern, noext) => {
      if (!noext && (pattern === "+()" || pattern === "@()"))
        return pattern;
      let lit = "";
      for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === "\\") {
          lit += pattern.charAt(++i) || c;
        } else if (c === "*" || c === "?") {
          return void 0;
        } else if (c === "[") {
          const close = classEnd(pattern, i);
          if (close === -1) {
            lit += c;
            continue;
          }
          let body = pattern.slice(i + 1, close);
          if (body.startsWith("\\"))
            body = body.slice(1);
          if ([...body].length !== 1 || "!^".includes(pattern.charAt(i + 1))) {
            return void 0;
          }
          lit += body;
          i = close;
        } else if (!noext && "+@!".includes(c) && pattern.charAt(i + 1) === "(" && pattern.includes(")", i + 2)) {
          return void 0;
        } else {
          lit += c;
        }
      }
      return lit;
    };
    var MAX_EXTGLOBS = 256;
    var extglobCount = (pattern) => {
      let n = 0;
      for (let i = 0; i < pattern.length - 1; i++) {
        const c = pattern.charAt(i);
        if (c === "\\") {
          i++;
        } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
          n++;
          i++;
        }
      }
      return n;
    };
    var assertValidExtglobs = (pattern) => {
      if (extglobCount(pattern) > MAX_EXTGLOBS) {
        throw new TypeError("pattern has too many extglobs");
      }
    };
    var extSafe = (pattern) => {
      if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes("[:"))
        return false;
      let depth = 0;
      for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === "\\") {
          if (++i === pattern.length)
            return false;
        } else if (c === "[") {
          const close = classEnd(pattern, i);
          if (close !== -1)
            i = close;
        } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
          depth++;
          i++;
        } else if (c === ")") {
          if (!depth--)
            return false;
        } else if (c === "|" && !depth) {
          return false;
        }
      }
      return !depth;
    };
    var lastSplit;
    var lastChecked;
    var portionMatch = (p, f) => typeof p === "string" ? f === p : f !== "" && p.testUnchecked(f);
    var endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart : prev !== void 0 && portionMatch(p, prev) ? prevStart : -1;
    var isDots = (p) => p === "." || p === "..";
    var isDrive = (p) => typeof p === "string" && /^[a-z]:$/i.test(p);
    var isLongUNC = (p) => typeof p === "string" && /^unc$/i.test(p);
    var uncHost = (p) => {
      if (p[0] !== "" || p[1] !== "")
        return -1;
      const h = p[2] !== "?" ? 2 : isLongUNC(p[3]) ? 4 : -1;
      const host = p[h];
      const share = p[h + 1];
      return h !== -1 && host !== void 0 && host !== "" && host !== exports.GLOBSTAR && share !== void 0 && share !== "" && share !== exports.GLOBSTAR ? h : -1;
    };
    var walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith("."));
    var dotPortion = (f, start, end, dot, sep) => {
      for (let k = start; k < end; ) {
        if (f.charCodeAt(k) === 46) {
          if (!dot)
            return true;
          const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
          if (n >= end || isSep(f.charCodeAt(n), sep))
            return true;
        }
        const s = nextSep(f, k, sep);
        if (s === -1)
          return false;
        k = s + 1;
        while (k < end && isSep(f.charCodeAt(k), sep))
          k++;
      }
      return false;
    };
    var isSep = (c, sep) => sep === "/" ? c === 47 : sep === "\\" ? c === 92 : c === 47 || c === 92;
    var nextSep = (f, from, sep) => {
      if (sep !== "both")
        return f.indexOf(sep, from);
      const s = f.indexOf("/", from);
      const b = f.indexOf("\\", from);
      return s === -1 ? b : b === -1 ? s : Math.min(s, b);
    };
    var lastSep = (f, from, sep) => sep !== "both" ? f.lastIndexOf(sep, from) : Math.max(f.lastIndexOf("/", from), f.lastIndexOf("\\", from));
    var PENDING = {};
    var Minimatch = class {
      options;
      set;
      pattern;
      windowsPathsNoEscape;
      nonegate;
      negate;
      comment;
      empty;
      preserveMultipleSlashes;
      partial;
      globSet;
      globParts;
      nocase;
      isWindows;
      platform;
      windowsNoMagicRoot;
      maxGlobstarRecursion;
      // the path can be checked against the last portion, and the string
      // portions, of each row before it is split. See #canMatch.
      #endCheck;
      #literalCheck;
      // level 2 resolves `.` and `..` portions in the path
      #level2;
      // the unicode normalization form, if any
      #form;
      // the string portions of each row in the set
      #literals = [];
      // the rows that #canMatch can match without splitting the path
      #shapes = [];
      // the rows whose last portion can be checked against the path's
      #endRows = [];
      // brace expansion can make the same portion in many rows, so they
      // share one Matcher, and the states that it caches
      #matchers = /* @__PURE__ */ new Map();
      // parse() returns PENDING in place of a Matcher
      #pending = false;
      // the char that marks numeric ranges in globSet, if any
      #rangeMark;
      // the GlobstarParts of each pattern row, by start index and partial
      #globstarParts = /* @__PURE__ */ new WeakMap();
      constructor(pattern, options = {}) {
        (0, assert_valid_pattern_js_1.assertValidPattern)(pattern);
        options = options || {};
        this.options = options;
        this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
        this.pattern = pattern;
        this.platform = options.platform || defaultPlatform;
        this.isWindows = this.platform === "win32";
        this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[AWE_KEY] === false;
        if (this.windowsPathsNoEscape) {
          this.pattern = this.pattern.replace(/\\/g, "/");
        }
        this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
        this.negate = false;
        this.nonegate = !!options.nonegate;
        this.comment = false;
        this.empty = false;
        this.partial = !!options.partial;
        this.nocase = !!this.options.nocase;
        this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
        this.globSet = [];
        this.globParts = [];
        this.set = [];
        this.#endCheck = !this.preserveMultipleSlashes;
        this.#level2 = (options.optimizationLevel ?? 1) >= 2;
        const n = options.normalize;
        this.#form = n === true ? "NFC" : n || void 0;
        this.make();
        const drives = this.set.map((row) => this.#rootIndex(row));
        this.#endRows = this.set.map((row, r) => this.#endCheck && row.length - 1 > drives[r]);
        this.#literals = this.set.map((row, r) => {
          const end = this.#endRows[r] ? row.length - 1 : row.length;
          const lits = row.slice(drives[r] + 1, end).filter((p) => typeof p === "string" && !!p);
          return [...new Set(lits)];
        });
        this.#literalCheck = this.#literals.some((l) => l.length);
        this.#shapes = this.set.map((row, r) => {
          const [p0, p1, p2] = row;
          if (this.#endRows[r] && row.length === 2) {
            if (p0 === exports.GLOBSTAR && p1 !== exports.GLOBSTAR)
              return "tail";
          }
          if (this.#endRows[r] && options.matchBase && row.length === 1 && p0 !== exports.GLOBSTAR && p0 !== "") {
            return "base";
          }
          if (!this.#endCheck || drives[r] !== -1)
            return void 0;
          if (row.length === 3 && p0 === exports.GLOBSTAR && p2 === exports.GLOBSTAR && p1 !== exports.GLOBSTAR && p1 !== "" && // the portion between is only matched below this limit
          this.maxGlobstarRecursion > 0) {
            return "mid";
          }
          if (row.length === 2 && p1 === exports.GLOBSTAR && p0 !== exports.GLOBSTAR && p0 !== "") {
            return "head";
          }
          return void 0;
        });
      }
      // a string portion of a pattern, normalized if the option is set
      #norm(p) {
        return this.#form ? p.normalize(this.#form) : p;
      }
      // On Windows, the index of the last root portion of a row, as
      // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
      // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
      // -1.
      #rootIndex(row) {
        if (!this.isWindows)
          return -1;
        if (isDrive(row[0]))
          return 0;
        const uncDrive = row[0] === "" && row[1] === "" && row[2] === "?" && isDrive(row[3]);
        if (uncDrive)
          return 3;
        const h = uncHost(row);
        return h === -1 ? -1 : h + 1;
      }
      hasMagic() {
        if (this.options.magicalBraces && this.set.length > 1) {
          return true;
        }
        for (const pattern of this.set) {
          for (const part of pattern) {
            if (typeof part !== "string")
              return true;
          }
        }
        return false;
      }
      make() {
        const pattern = this.pattern;
        const options = this.options;
        if (!options.nocomment && pattern.charAt(0) === "#") {
          this.comment = true;
          return;
        }
        if (!pattern) {
          this.empty = true;
          return;
        }
        this.parseNegate();
        this.globSet = [...new Set(this.#expandBraces())];
        const rawGlobParts = this.globSet.map((s) => this.#slashSplit(s));
        this.globParts = this.preprocess(rawGlobParts);
        this.#pending = true;
        let set = this.globParts.map((s, _, __) => {
          if (this.isWindows && this.windowsNoMagicRoot) {
            const n = s[2] === "?" && isLongUNC(s[3]) ? 6 : 4;
            const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && s.slice(3, n).every((p) => !globMagic.test(p));
            const isDrive2 = /^[a-z]:/i.test(s[0]);
            if (isUNC) {
              return [
                ...s.slice(0, n).map((p) => this.#norm(p)),
                ...s.slice(n).map((ss) => this.parse(ss))
              ];
            } else if (isDrive2) {
              return [
                this.#norm(s[0]),
                ...s.slice(1).map((ss) => this.parse(ss))
              ];
            }
          }
          return s.map((ss) => this.parse(ss));
        });
        this.set = set.filter((s) => s.indexOf(false) === -1);
        if (this.isWindows) {
          for (let i = 0; i < this.set.length; i++) {
            const p = this.set[i];
            if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
              if (isLongUNC(this.globParts[i][3]))
                p[3] = "UNC";
              p[2] = "?";
            }
          }
        }
        if (!options.noext)
          this.mergeRows();
        this.#pending = false;
        this.set.forEach((row, i) => {
          for (let k = 0; k < row.length; k++) {
            if (row[k] === PENDING) {
              row[k] = this.parse(this.globParts[i][k]);
            }
          }
        });
      }
      // Merge rows that only differ in one portion, where each of them
      // is a Matcher, into one row that matches any of them with
      // `@(a|b|...)`. Then a path is only walked once for all of them,
      // for example with `**/*.{js,ts}`.
      mergeRows() {
        let merged = true;
        while (merged) {
          merged = false;
          if (this.set.length < 2)
            return;
          let keys = this.#mergeKeys();
          const len = Math.max(0, ...this.set.map((r) => r.length));
          for (let k = 0; k < len; k++) {
            const groups = /* @__PURE__ */ new Map();
            const R = this.set.length + 1;
            this.set.forEach((row, i) => {
              if (!(row[k] instanceof nonrecursive_glob_match_1.Matcher || row[k] === PENDING) || !extSafe(this.globParts[i][k])) {
                return;
              }
              const { pre, suf } = keys[i];
              const key = pre[k] * R + suf[k + 1];
              const g = groups.get(key);
              if (g)
                g.push(i);
              else
                groups.set(key, [i]);
            });
            const drop = /* @__PURE__ */ new Set();
            for (const g of groups.values()) {
              if (g.length < 2)
                continue;
              const [first, ...rest] = g;
              const alts = g.map((i) => this.globParts[i][k]);
              const glob = `@(${alts.join("|")})`;
              if (extglobCount(glob) > MAX_EXTGLOBS)
                continue;
              this.globParts[first][k] = glob;
              this.set[first][k] = this.parse(glob);
              for (const i of rest)
                drop.add(i);
            }
            if (drop.size) {
              merged = true;
              this.set = this.set.filter((_, i) => !drop.has(i));
              this.globParts = this.globParts.filter((_, i) => !drop.has(i));
              if (this.set.length < 2)
                return;
              keys = this.#mergeKeys();
            }
          }
        }
      }
      // For each row, number ids for its prefixes and suffixes, such that
      // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
      // Two rows are the same other than at portion k exactly when they
      // have the same pre[k] and suf[k + 1]. This is linear in the size of
      // the rows, where joining the whole row for every k was quadratic.
      #mergeKeys() {
        const partIds = /* @__PURE__ */ new Map();
        const ids = this.globParts.map((parts) => parts.map((s) => {
          let id = partIds.get(s);
          if (id === void 0)
            partIds.set(s, id = partIds.size);
          return id;
        }));
        const P = partIds.size;
        const len = Math.max(0, ...ids.map((r) => r.length));
        const keys = ids.map((r) => ({
          pre: [0],
          suf: new Array(r.length + 1).fill(0)
        }));
        for (let k = 0; k < len; k++) {
          const m = /* @__PURE__ */ new Map();
          ids.forEach((r, i) => {
            if (k >= r.length)
              return;
            const { pre } = keys[i];
            const key = pre[k] * P + r[k];
            let id = m.get(key);
            if (id === void 0)
              m.set(key, id = m.size + 1);
            pre.push(id);
          });
        }
        for (let k = len - 1; k >= 0; k--) {
          const m = /* @__PURE__ */ new Map();
          ids.forEach((r, i) => {
            if (k >= r.length)
              return;
            const { suf } = keys[i];
            const key = suf[k + 1] * P + r[k];
            let id = m.get(key);
            if (id === void 0)
              m.set(key, id = m.size + 1);
            suf[k] = id;
          });
        }
        return keys;
      }
      // various transforms to equivalent pattern sets that are
      // faster to process in a filesystem walk.  The goal is to
      // eliminate what we can, and push all ** patterns as far
      // to the right as possible, even if it increases the number
      // of patterns that we have to process.
      preprocess(globParts) {
        if (this.options.noglobstar) {
          for (const partset of globParts) {
            for (let j = 0; j < partset.length; j++) {
              if (partset[j] === "**") {
                partset[j] = "*";
              }
            }
          }
        }
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
          globParts = this.firstPhasePreProcess(globParts);
          globParts = this.secondPhasePreProcess(globParts);
        } else if (optimizationLevel >= 1) {
          globParts = this.levelOneOptimize(globParts);
        } else {
          globParts = this.adjascentGlobstarOptimize(globParts);
        }
        return globParts;
      }
      // just get rid of adjascent ** portions
      adjascentGlobstarOptimize(globParts) {
        return globParts.map((parts) => {
          let gs = -1;
          while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
            let i = gs;
            while (parts[i + 1] === "**") {
              i++;
            }
            if (i !== gs) {
              parts.splice(gs, i - gs);
            }
          }
          return parts;
        });
      }
      // get rid of adjascent ** and resolve .. portions
      levelOneOptimize(globParts) {
        return globParts.map((parts) => {
          const root = this.#rootIndex(parts) + 1;
          parts = parts.reduce((set, part) => {
            const prev = set[set.length - 1];
            if (part === "**" && prev === "**") {
              return set;
            }
            if (part === "..") {
              if (set.length > root && prev && prev !== ".." && prev !== "." && prev !== "**") {
                set.pop();
                return set;
              }
            }
            set.push(part);
            return set;
          }, []);
          return parts.length === 0 ? [""] : parts;
        });
      }
      // Check the path against each row before it is split. 'no' if no
      // row can match, so it does not need to be split. 'yes' if a row of
      // `**` and one more portion matches. 'maybe' if it must be split to
      // know. None of this applies with partial, where the path can end
      // before the row does.
      //
      // On Windows, `\` is a separator in the path too, and the portions of
      // a row up to its drive letter or UNC share are not checked (see
      // #rootIndex).
      //
      // Each string portion of a row must be a portion of the path, so the
      // path must contain it. Level 2 can only take portions out of the
      // path, so this is still true then.
      //
      // The last portion of a row must match the last portion of the path,
      // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
      // This does not apply to rows that end in **, rows that end in a
      // root, or preserveMultipleSlashes (which can leave more
      // than one '' at the end). At level 2, it does not apply if that
      // portion is `.` or `..`, which can be
      // resolved away. Level 2 only takes other portions out of the
      // middle of the path.
      //
      // A row of `**/x` then matches if the ** can walk the portions
      // before the one that x matches, the same as #matchGlobstar. At
      // level 2, this is only known if none of them are `.` or `..`, so
      // that the path does not change when it is resolved.
      #canMatch(f) {
        const sep = !this.isWindows || !f.includes("\\") ? "/" : f.includes("/") ? "both" : "\\";
        let ends = this.#endCheck ? 0 : -1;
        let last = "";
        let lastStart = 0;
        let prev;
        let prevStart = 0;
        const dot = !!this.options.dot;
        ROWS: for (let r = 0; r < this.set.length; r++) {
          const row = this.set[r];
          const p = row[row.length - 1];
          let end = ends !== -1 && this.#endRows[r] && p !== exports.GLOBSTAR;
          if (end && ends === 0) {
            const i = lastSep(f, f.length, sep);
            lastStart = i + 1;
            last = f.slice(lastStart);
            if (last === "" && i >= 0) {
              let j = i;
              while (j > 0 && isSep(f.charCodeAt(j - 1), sep))
                j--;
              prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep) + 1;
              prev = f.slice(prevStart, j);
            }
            const resolves = this.#level2 && (isDots(last) || last === "" && prev !== void 0 && isDots(prev));
            ends = resolves ? -1 : 1;
            end = !resolves;
          }
          let tailStart = -1;
          if (end && typeof p === "string") {
            tailStart = endIndex(p, last, lastStart, prev, prevStart);
            if (tailStart === -1)
              continue;
          }
          if (this.#literalCheck) {
            for (const l of this.#literals[r]) {
              if (!f.includes(l))
                continue ROWS;
            }
          }
          if (end && typeof p === "object") {
            tailStart = endIndex(p, last, lastStart, prev, prevStart);
            if (tailStart === -1)
              continue;
          }
          const shape = this.#shapes[r];
          if (shape === "base" && end)
            return "yes";
          if (shape === "tail" && end) {
            if (this.#level2 && dotPortion(f, 0, tailStart, true, sep)) {
              return "maybe";
            }
            if (!dotPortion(f, 0, tailStart, dot, sep))
              return "yes";
            continue;
          }
          if (shape === "mid" || shape === "head") {
            const m = this.#walk(f, row, shape === "head", dot, sep);
            if (m !== "no")
              return m;
            continue;
          }
          return "maybe";
        }
        return "no";
      }
      // Match a row of a known shape against the split path, the same as
      // #matchGlobstar and #matchGlobStarBodySections do. None of these
      // rows have a drive letter, so they start at the first portion.
      #matchShape(file, row, shape) {
        const dot = !!this.options.dot;
        const n = file.length;
        if (shape === "head") {
          if (n < 2 || !portionMatch(row[0], file[0])) {
            return false;
          }
          for (let i = 1; i < n; i++)
            if (!walkable(file[i], dot))
              return false;
          return true;
        }
        const x = row[1];
        if (shape === "tail") {
          let t = n - 1;
          if (!portionMatch(x, file[t])) {
            if (file[t] !== "" || n === 1 || !portionMatch(x, file[--t])) {
              return false;
            }
          }
          for (let i = 0; i < t; i++)
            if (!walkable(file[i], dot))
              return false;
          return true;
        }
        for (let k = 0; k < n; k++) {
          if (portionMatch(x, file[k]) && k + 1 < n) {
            let i = k + 1;
            while (i < n && walkable(file[i], dot))
              i++;
            if (i === n)
              return true;
          }
          if (!walkable(file[k], dot))
            return false;
        }
        return false;
      }
      // Match a row of `**/x/**` or `x/**` against the path, the same as
      // #matchGlobstar and #matchGlobStarBodySections do once it is split.
      // x must match a portion (the first one, for `x/**`), the ** before
      // it must be able to walk the portions before that one, and there
      // must be a portion after it, which the ** after it can walk. At
      // level 2, this is only known if no portion is `.` or `..`.
      #walk(f, row, head, dot, sep) {
        if (this.#level2 && dotPortion(f, 0, f.length, true, sep))
          return "maybe";
        const x = row[head ? 0 : 1];
        let s = 0;
        for (let e = nextSep(f, s, sep); e !== -1; e = nextSep(f, s, sep)) {
          let next = e + 1;
          while (next < f.length && isSep(f.charCodeAt(next), sep))
            next++;
          const hit = typeof x === "string" ? e - s === x.length && f.startsWith(x, s) : e > s && x.testUnchecked(f.slice(s, e));
          if (hit && !dotPortion(f, next, f.length, dot, sep))
            return "yes";
          if (head || dotPortion(f, s, next, dot, sep))
            return "no";
          s = next;
        }
        return "no";
      }
      // the last split, if it was the same path with the same split
      // settings
      #cachedSplit(f) {
        const last = lastSplit;
        return last?.f === f && last.isWindows === this.isWindows && last.preserveMultipleSlashes === this.preserveMultipleSlashes && last.normalize === this.#form ? last : void 0;
      }
      // split a path for match(), and keep the parts for the next call
      #split(f) {
        const { isWindows, preserveMultipleSlashes } = this;
        let parts = this.#slashSplit(isWindows ? f.split("\\").join("/") : f);
        const normalize = this.#form;
        if (normalize)
          parts = parts.map((p) => p.normalize(normalize));
        lastSplit = {
          f,
          isWindows,
          preserveMultipleSlashes,
          normalize,
          parts
        };
        return lastSplit;
      }
      // resolve `.` and `..` portions of a path, for level 2
      #levelTwoFileOptimize(file) {
        const parts = [...file];
        let didSomething = false;
        do {
          didSomething = false;
          if (!this.preserveMultipleSlashes) {
            for (let i = 1; i < parts.length - 1; i++) {
              const p = parts[i];
              if (i === 1 && p === "" && parts[0] === "")
                continue;
              if (p === "." || p === "") {
                didSomething = true;
                parts.splice(i, 1);
                i--;
              }
            }
            if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
              didSomething = true;
              parts.pop();
            }
          }
          const root = this.#rootIndex(parts) + 1;
          let dd = root;
          while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
            const p = parts[dd - 1];
            if (p && p !== "." && p !== ".." && p !== "**") {
              didSomething = true;
              parts.splice(dd - 1, 2);
              dd = Math.max(dd - 2, root);
            }
          }
        } while (didSomething);
        return parts.length === 0 ? [""] : parts;
      }
      // First phase: single-pattern processing
      // <pre> is 1 or more portions
      // <rest> is 1 or more portions
      // <p> is any portion other than ., .., '', or **
      // <e> is . or ''
      //
      // **/.. is *brutal* for filesystem walking performance, because
      // it effectively resets the recursive walk each time it occurs,
      // and ** cannot be reduced out by a .. pattern part like a regexp
      // or most strings (other than .., ., and '') can be.
      //
      // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
      // <pre>/<e>/<rest> -> <pre>/<rest>
      // <pre>/<p>/../<rest> -> <pre>/<rest>
      // **/**/<rest> -> **/<rest>
      //
      // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
      // this WOULD be allowed if ** did follow symlinks, or * didn't
      firstPhasePreProcess(globParts) {
        const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
        let splitCells = 0;
        const maxSplitCells = 1e6;
        let didSomething = false;
        do {
          didSomething = false;
          for (let parts of globParts) {
            let gs = -1;
            while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
              let gss = gs;
              while (parts[gss + 1] === "**") {
                gss++;
              }
              if (gss > gs) {
                parts.splice(gs + 1, gss - gs);
              }
              let next = parts[gs + 1];
              const p = parts[gs + 2];
              const p2 = parts[gs + 3];
              if (next !== "..")
                continue;
              if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
                continue;
              }
              const addedCells = parts.length - 1;
              if (globParts.length >= braceExpandMax || splitCells + addedCells > maxSplitCells) {
                throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
              }
              didSomething = true;
              parts.splice(gs, 1);
              const other = parts.slice(0);
              other[gs] = "**";
              splitCells += addedCells;
              globParts.push(other);
              gs--;
            }
            if (!this.preserveMultipleSlashes) {
              for (let i = 1; i < parts.length - 1; i++) {
                const p = parts[i];
                if (i === 1 && p === "" && parts[0] === "")
                  continue;
                if (p === "." || p === "") {
                  didSomething = true;
                  parts.splice(i, 1);
                  i--;
                }
              }
              if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
                didSomething = true;
                parts.pop();
              }
            }
            const root = this.#rootIndex(parts) + 1;
            let dd = root;
            while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
              const p = parts[dd - 1];
              if (p && p !== "." && p !== ".." && p !== "**") {
                didSomething = true;
                const needDot = dd === 1 && parts[dd + 1] === "**";
                const splin = needDot ? ["."] : [];
                parts.splice(dd - 1, 2, ...splin);
                if (parts.length === 0)
                  parts.push("");
                dd = Math.max(dd - 2, root);
              }
            }
          }
        } while (didSomething);
        return globParts;
      }
      // second phase: multi-pattern dedupes
      // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
      // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
      secondPhasePreProcess(globParts) {
        const keys = /* @__PURE__ */ new Set();
        const rows = globParts.filter((parts) => {
          const key = parts.join("/");
          if (keys.has(key))
            return false;
          keys.add(key);
          return true;
        });
        const stars = /* @__PURE__ */ new Map();
        for (const parts of rows) {
          const s = [];
          for (let i = 0; i < parts.length; i++) {
            if (parts[i] === "*")
              s.push(i);
          }
          if (s.length)
            stars.set(s.join(","), s);
        }
        if (!stars.size || rows.length * stars.size > 1e5)
          return rows;
        const { dot } = this.options;
        return rows.filter((parts) => {
          for (const s of stars.values()) {
            if (s[s.length - 1] >= parts.length)
              continue;
            const c = [...parts];
            let ok = true;
            let changed = false;
            for (const i of s) {
              const p = parts[i];
              if (p === "*")
                continue;
              if (!p || p === "**" || !dot && p.startsWith(".")) {
                ok = false;
                break;
              }
              c[i] = "*";
              changed = true;
            }
            if (ok && changed && keys.has(c.join("/")))
              return false;
          }
          return true;
        });
      }
      parseNegate() {
        if (this.nonegate)
          return;
        const pattern = this.pattern;
        let negate = false;
        let negateOffset = 0;
        for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
          negate = !negate;
          negateOffset++;
        }
        if (negateOffset)
          this.pattern = pattern.slice(negateOffset);
        this.negate = negate;
      }
      // Match the parts of a path against one row of the set. `resolved`
      // is the parts after level 2 resolves `.` and `..` in them, or the
      // same parts below level 2. Set partial to true to test if, for
      // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
      // you run out of file before you run out of pattern, then that's
      // fine, as long as all the parts match.
      #matchRow(file, resolved, pattern, partial) {
        let fileStartIndex = 0;
        let patternStartIndex = 0;
        const fh = this.isWindows ? uncHost(resolved) : -1;
        const ph = fh === -1 ? -1 : uncHost(pattern);
        if (ph !== -1) {
          const host = pattern[ph];
          const share = pattern[ph + 1];
          if (typeof host !== "string" || typeof share !== "string") {
            fileStartIndex = fh;
            patternStartIndex = ph;
          } else if (resolved[fh].toLowerCase() === host.toLowerCase() && resolved[fh + 1].toLowerCase() === share.toLowerCase()) {
            fileStartIndex = fh + 2;
            patternStartIndex = ph + 2;
          }
        } else if (this.isWindows) {
          const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
          const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
          const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
          const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
          const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
          const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
          if (typeof fdi === "number" && typeof pdi === "number") {
            const [fd, pd] = [
              file[fdi],
              pattern[pdi]
            ];
            if (fd.toLowerCase() === pd.toLowerCase()) {
              patternStartIndex = pdi + 1;
              fileStartIndex = fdi + 1;
            }
          }
        }
        file = resolved;
        if (pattern.includes(exports.GLOBSTAR)) {
          return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
        }
        return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
      }
      #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
        const { head, body, tail, segments } = this.#getGlobstarParts(pattern, partial, patternIndex);
        if (head.length) {
          const headEnd = fileIndex + head.length;
          if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) {
            return false;
          }
          fileIndex += head.length;
          patternIndex += head.length;
        }
        let fileTailMatch = 0;
        if (tail.length) {
          if (tail.length + fileIndex > file.length)
            return false;
          let tailStart = file.length - tail.length;
          if (this.#matchOne(file, tail, partial, tailStart, 0)) {
            fileTailMatch = tail.length;
          } else {
            if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
              return false;
            }
            tailStart--;
            if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
              return false;
            }
            fileTailMatch = tail.length + 1;
          }
        }
        if (!body.length) {
          let sawSome = !!fileTailMatch;
          for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
            const f = String(file[i]);
            sawSome = true;
            if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
              return false;
            }
          }
          return partial || sawSome;
        }
        return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, /* @__PURE__ */ new Set());
      }
      // Split the pattern into head, tail, and middle of ** delimited
      // parts. The tail has to be at the end, and the others just have to
      // be found in order from the head. These only depend on the pattern
      // row, so they are kept for the next path.
      #getGlobstarParts(pattern, partial, patternIndex) {
        let byStart = this.#globstarParts.get(pattern);
        if (!byStart) {
          byStart = [];
          this.#globstarParts.set(pattern, byStart);
        }
        const key = patternIndex * 2 + (partial ? 1 : 0);
        const found = byStart[key];
        if (found)
          return found;
        const firstgs = pattern.indexOf(exports.GLOBSTAR, patternIndex);
        const lastgs = pattern.lastIndexOf(exports.GLOBSTAR);
        const head = pattern.slice(patternIndex, firstgs);
        const body = pattern.slice(firstgs + 1, partial ? void 0 : lastgs);
        const tail = partial ? [] : pattern.slice(lastgs + 1);
        const segments = [[[], 0]];
        let current = segments[0];
        let nonGsParts = 0;
        const nonGsPartsSums = [0];
        for (const b of body) {
          if (b === exports.GLOBSTAR) {
            nonGsPartsSums.push(nonGsParts);
            current = [[], 0];
            segments.push(current);
          } else {
            current[0].push(b);
            nonGsParts++;
          }
        }
        segments.forEach((b, i) => {
          b[1] = nonGsParts - nonGsPartsSums[i];
        });
        const parts = { head, body, tail, segments };
        byStart[key] = parts;
        return parts;
      }
      // return false for "nope, not matching"
      // return null for "not matching, cannot keep trying"
      #matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, tried) {
        const bs = bodySegments[bodyIndex];
        if (!bs) {
          if (partial) {
            return fileIndex >= fileLength || fileIndex === fileLength - 1 && file[fileIndex] === "";
          }
          for (let i = fileIndex; i < fileLength; i++) {
            sawTail = true;
            const f = file[i];
            if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
              return false;
            }
          }
          return sawTail;
        }
        const [body, need] = bs;
        const after = partial ? fileLength : fileLength - need;
        while (fileIndex <= after) {
          const key = bodyIndex * (file.length + 1) + fileIndex;
          if (tried.has(key))
            return false;
          tried.add(key);
          const m = this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length);
          if (m && globStarDepth < this.maxGlobstarRecursion) {
            const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
            if (sub !== false) {
              return sub;
            }
          }
          if (fileIndex === after)
            break;
          const f = file[fileIndex];
          if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
            return false;
          }
          fileIndex++;
        }
        return partial || null;
      }
      #matchOne(file, pattern, partial, fileIndex, patternIndex, fileEnd = file.length) {
        let fi;
        let pi;
        let pl;
        let fl;
        for (fi = fileIndex, pi = patternIndex, fl = Math.min(fileEnd, file.length), pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
          let p = pattern[pi];
          let f = file[fi];
          if (p === false || p === exports.GLOBSTAR) {
            return false;
          }
          if (!portionMatch(p, f))
            return false;
        }
        if (fi === fl && pi === pl) {
          return true;
        } else if (fi === fl) {
          return partial;
        } else if (pi === pl) {
          return fi === fl - 1 && file[fi] === "";
        } else {
          throw new Error("wtf?");
        }
      }
      braceExpand() {
        return (0, exports.braceExpand)(this.pattern, this.options);
      }
      // Expand braces, except numeric ranges such as {0..999} with at
      // least RANGE_MIN values. Each of those stays in its pattern as
      // `<mark>0..999<mark>`, for the Matcher to test. If a range might
      // be inside a [...] class, expand all of them instead.
      #expandBraces() {
        const { pattern } = this;
        if (this.options.nobrace)
          return this.braceExpand();
        let code = 57344;
        while (pattern.includes(String.fromCharCode(code))) {
          if (++code > 63743)
            return this.braceExpand();
        }
        const mark = String.fromCharCode(code);
        let found = false;
        const marked = pattern.replace(rangeRe, (m, lo, hi) => {
          const a = Number(lo);
          const b = Number(hi);
          if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || Math.abs(a - b) + 1 < RANGE_MIN) {
            return m;
          }
          found = true;
          return `${mark}${lo}..${hi}${mark}`;
        });
        if (!found)
          return this.braceExpand();
        const set = (0, exports.braceExpand)(marked, this.options);
        for (const p of set) {
          for (const portion of p.split("/")) {
            const c = portion.indexOf("[");
            if (c !== -1 && c < portion.lastIndexOf(mark)) {
              return this.braceExpand();
            }
            if (!this.options.noext && inRepeatOrNegExt(portion, mark)) {
              return this.braceExpand();
            }
          }
        }
        this.#rangeMark = mark;
        return set;
      }
      parse(pattern) {
        (0, assert_valid_pattern_js_1.assertValidPattern)(pattern);
        const options = this.options;
        if (pattern === "**")
          return exports.GLOBSTAR;
        if (pattern === "")
          return "";
        const { nocase, nocaseMagicOnly, noext = false, dot, normalize } = options;
        const rangeMark = this.#rangeMark;
        const lit = rangeMark && pattern.includes(rangeMark) ? void 0 : literal(pattern, noext);
        if (lit !== void 0 && !(nocase && !nocaseMagicOnly && pattern.toUpperCase() !== pattern.toLowerCase())) {
          return this.#norm(lit);
        }
        if (this.#pending)
          return PENDING;
        let m = this.#matchers.get(pattern);
        if (!m) {
          if (!noext)
            assertValidExtglobs(pattern);
          m = new nonrecursive_glob_match_1.Matcher(pattern, {
            nocase,
            noext,
            dot,
            normalize,
            ...rangeMark && { rangeMark }
          });
          this.#matchers.set(pattern, m);
        }
        return m;
      }
      #slashSplit(p) {
        if (this.preserveMultipleSlashes) {
          return p.split("/");
        } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
          return ["", ...p.split(/\/+/)];
        } else {
          return p.split(/\/+/);
        }
      }
      match(f, partial = this.partial) {
        if (this.comment) {
          return false;
        }
        if (this.empty) {
          return f === "";
        }
        if (f === "/" && partial) {
          return true;
        }
        const options = this.options;
        let split = this.#cachedSplit(f);
        if (!split) {
          if (!partial && !this.#form && (this.#endCheck || this.#literalCheck) && lastChecked !== f) {
            lastChecked = f;
            const can = this.#canMatch(f);
            if (can === "no")
              return options.flipNegate ? false : this.negate;
            if (can === "yes")
              return options.flipNegate ? true : !this.negate;
          }
          split = this.#split(f);
        }
        const ff = split.parts;
        const resolved = this.#level2 ? split.resolved ??= this.#levelTwoFileOptimize(ff) : ff;
        const set = this.set;
        let filename = ff[ff.length - 1];
        if (!filename) {
          for (let i = ff.length - 2; !filename && i >= 0; i--) {
            filename = ff[i];
          }
        }
        for (let r = 0; r < set.length; r++) {
          const pattern = set[r];
          const shape = partial ? void 0 : this.#shapes[r];
          const hit = shape === "base" ? portionMatch(pattern[0], filename) : shape ? this.#matchShape(resolved, pattern, shape) : options.matchBase && pattern.length === 1 ? this.#matchRow([filename], [filename], pattern, partial) : this.#matchRow(ff, resolved, pattern, partial);
          if (hit) {
            if (options.flipNegate) {
              return true;
            }
            return !this.negate;
          }
        }
        if (options.flipNegate) {
          return false;
        }
        return this.negate;
      }
      static defaults(def) {
        return exports.minimatch.defaults(def).Minimatch;
      }
    };
    exports.Minimatch = Minimatch;
    var escape_js_2 = require_escape();
    Object.defineProperty(exports, "escape", { enumerable: true, get: function() {
      return escape_js_2.escape;
    } });
    var unescape_js_2 = require_unescape();
    Object.defineProperty(exports, "unescape", { enumerable: true, get: function() {
      return unescape_js_2.unescape;
    } });
    exports.minimatch.Minimatch = Minimatch;
    exports.minimatch.escape = escape_js_1.escape;
    exports.minimatch.unescape = unescape_js_1.unescape;
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/useProgramFromProjectService.js
var require_useProgramFromProjectService = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/useProgramFromProjectService.js"(exports) {
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
    exports.useProgramFromProjectService = useProgramFromProjectService;
    var debug_1 = __importDefault(require_src());
    var minimatch_1 = require_commonjs4();
    var node_path_1 = __importDefault(__require("node:path"));
    var node_util_1 = __importDefault(__require("node:util"));
    var ts = __importStar(require_typescript());
    var createProjectProgram_1 = require_createProjectProgram();
    var createSourceFile_1 = require_createSourceFile();
    var shared_1 = require_shared();
    var validateDefaultProjectForFilesGlob_1 = require_validateDefaultProjectForFilesGlob();
    var RELOAD_THROTTLE_MS = 250;
    var log = (0, debug_1.default)("typescript-eslint:typescript-estree:useProgramFromProjectService");
    var serviceFileExtensions = /* @__PURE__ */ new WeakMap();
    var updateExtraFileExtensions = (service, extraFileExtensions) => {
      const currentServiceFileExtensions = serviceFileExtensions.get(service) ?? [];
      if (!node_util_1.default.isDeepStrictEqual(currentServiceFileExtensions, extraFileExtensions)) {
        log("Updating extra file extensions: before=%s: after=%s", currentServiceFileExtensions, extraFileExtensions);
        service.setHostConfiguration({
          extraFileExtensions: extraFileExtensions.map((extension) => ({
            extension,
            isMixedContent: false,
            scriptKind: ts.ScriptKind.Deferred
          }))
        });
        serviceFileExtensions.set(service, extraFileExtensions);
        log("Extra file extensions updated: %o", extraFileExtensions);
      }
    };
    function openClientFileFromProjectService(defaultProjectMatchedFiles, isDefaultProjectAllowed, filePathAbsolute, parseSettings, serviceAndSettings) {
      const opened = openClientFileAndMaybeReload();
      log("Result from attempting to open client file: %o", opened);
      log("Default project allowed path: %s, based on config file: %s", isDefaultProjectAllowed, opened.configFileName);
      if (opened.configFileName) {
        if (isDefaultProjectAllowed) {
          throw new Error(`${parseSettings.filePath} was included by allowDefaultProject but also was found in the project service. Consider removing it from allowDefaultProject.`);
        }
      } else {
        const fromSymlinkedPath = openFromSymlinkedPath();
        if (fromSymlinkedPath) {
          return fromSymlinkedPath;
        }
        const wasNotFound = `${parseSettings.filePath} was not found by the project service`;
        const fileExtension = node_path_1.default.extname(parseSettings.filePath);
        const extraFileExtensions = parseSettings.extraFileExtensions;
        if (!shared_1.DEFAULT_EXTRA_FILE_EXTENSIONS.has(fileExtension) && !extraFileExtensions.includes(fileExtension)) {
          const nonStandardExt = `${wasNotFound} because the extension for the file (\`${fileExtension}\`) is non-standard`;
          if (extraFileExtensions.length > 0) {
            throw new Error(`${nonStandardExt}. It should be added to your existing \`parserOptions.extraFileExtensions\`.`);
          } else {
            throw new Error(`${nonStandardExt}. You should add \`parserOptions.extraFileExtensions\` to your config.`);
          }
        }
        if (!isDefaultProjectAllowed) {
          const baseMessage = `${wasNotFound}. Consider either including it in the tsconfig.json or including it in allowDefaultProject.`;
          const allowDefaultProject = parseSettings.projectService?.allowDefaultProject;
          if (!allowDefaultProject) {
            throw new Error(baseMessage);
          }
          const relativeFilePath = node_path_1.default.relative(parseSettings.tsconfigRootDir, filePathAbsolute);
          throw new Error([
            baseMessage,
            `allowDefaultProject is set to ${JSON.stringify(allowDefaultProject)}, which does not match '${relativeFilePath}'.`
          ].join("\n"));
        }
      }
      if (!opened.configFileName) {
        defaultProjectMatchedFiles.add(filePathAbsolute);
        if (defaultProjectMatchedFiles.size > serviceAndSettings.maximumDefaultProjectFileMatchCount) {
          const filePrintLimit = 20;
          const filesToPrint = [...defaultProjectMatchedFiles].slice(0, filePrintLimit);
          const truncatedFileCount = defaultProjectMatchedFiles.size - filesToPrint.length;
          throw new Error(`Too many files (>${serviceAndSettings.maximumDefaultProjectFileMatchCount}) have matched the default project.${validateDefaultProjectForFilesGlob_1.DEFAULT_PROJECT_FILES_ERROR_EXPLANATION}
Matching files:
${filesToPrint.map((file) => `- ${file}`).join("\n")}
${truncatedFileCount ? `...and ${truncatedFileCount} more files
` : ""}
If you absolutely need more files included, set parserOptions.projectService.maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING to a larger value.
`);
        }
      }
      return { filePathAbsolute, opened };
      function openClientFile(fileName = filePathAbsolute) {
        return serviceAndSettings.service.openClientFile(
          fileName,
          parseSettings.codeFullText,
          /* scriptKind */
          void 0,
          parseSettings.tsconfigRootDir
        );
      }
      function openFromSymlinkedPath() {
        if (isDefaultProjectAllowed) {
          return void 0;
        }
        const symlinkedFilePath = getSymlinkedFilePathInProjects(serviceAndSettings.service, filePathAbsolute);
        if (symlinkedFilePath == null) {
          return void 0;
        }
        log("Retrying with the path a project knows the file by: %s", symlinkedFilePath);
        const reopened = openClientFile(symlinkedFilePath);
        return reopened.configFileName ? { filePathAbsolute: symlinkedFilePath, opened: reopened } : void 0;
      }
      function openClientFileAndMaybeReload() {
        log("Opening project service client file at path: %s", filePathAbsolute);
        let opened2 = openClientFile();
        if (!opened2.configFileErrors && !opened2.configFileName && !parseSettings.singleRun && !isDefaultProjectAllowed && performance.now() - serviceAndSettings.lastReloadTimestamp > RELOAD_THROTTLE_MS) {
          log("No config file found; reloading project service and retrying.");
          serviceAndSettings.service.reloadProjects();
          opened2 = openClientFile();
          serviceAndSettings.lastReloadTimestamp = performance.now();
        }
        return opened2;
      }
    }
    function getSymlinkedFilePathInProjects(service, filePathAbsolute) {
      for (const project of service.configuredProjects.values()) {
        const symlinkedDirectories = (0, shared_1.createSymlinkedDirectories)(project.getFileNames(
          /* excludeFilesFromExternalLibraries */
          true,
          /* excludeConfigFiles */
          true
        ));
        const symlinkedFilePath = (0, shared_1.getPathToSameFile)(symlinkedDirectories, filePathAbsolute);
        if (symlinkedFilePath != null) {
          return symlinkedFilePath;
        }
      }
      return void 0;
    }
    function createNoProgramWithProjectService(filePathAbsolute, parseSettings, service) {
      log("No project service information available. Creating no program.");
      if (service.getScriptInfo(filePathAbsolute)) {
        log("Script info available. Opening client file in project service.");
        service.openClientFile(
          filePathAbsolute,
          parseSettings.codeFullText,
          /* scriptKind */
          void 0,
          parseSettings.tsconfigRootDir
        );
      }
      return (0, createSourceFile_1.createNoProgram)(parseSettings);
    }
    function retrieveASTAndProgramFor(filePathAbsolute, parseSettings, serviceAndSettings) {
      log("Retrieving script info and then program for: %s", filePathAbsolute);
      const scriptInfo = serviceAndSettings.service.getScriptInfo(filePathAbsolute);
      const program = serviceAndSettings.service.getDefaultProjectForFile(scriptInfo.fileName, true).getLanguageService(
        /*ensureSynchronized*/
        true
      ).getProgram();
      if (!program) {
        log("Could not find project service program for: %s", filePathAbsolute);
        return void 0;
      }
      log("Found project service program for: %s", filePathAbsolute);
      return (0, createProjectProgram_1.createProjectProgram)(parseSettings, [program]);
    }
    function useProgramFromProjectService(serviceAndSettings, parseSettings, hasFullTypeInformation, defaultProjectMatchedFiles) {
      updateExtraFileExtensions(serviceAndSettings.service, parseSettings.extraFileExtensions);
      const filePathAbsolute = absolutify(parseSettings.filePath, serviceAndSettings);
      log("Opening project service file for: %s at absolute path %s", parseSettings.filePath, filePathAbsolute);
      const filePathRelative = node_path_1.default.relative(parseSettings.tsconfigRootDir, filePathAbsolute);
      const isDefaultProjectAllowed = filePathMatchedBy(filePathRelative, serviceAndSettings.allowDefaultProject);
      if (!hasFullTypeInformation && !isDefaultProjectAllowed) {
        return createNoProgramWithProjectService(filePathAbsolute, parseSettings, serviceAndSettings.service);
      }
      const opened = hasFullTypeInformation && openClientFileFromProjectService(defaultProjectMatchedFiles, isDefaultProjectAllowed, filePathAbsolute, parseSettings, serviceAndSettings);
      log("Opened project service file: %o", opened);
      return retrieveASTAndProgramFor(opened ? opened.filePathAbsolute : filePathAbsolute, parseSettings, serviceAndSettings);
    }
    function absolutify(filePath, serviceAndSettings) {
      return node_path_1.default.isAbsolute(filePath) ? filePath : node_path_1.default.join(serviceAndSettings.service.host.getCurrentDirectory(), filePath);
    }
    function filePathMatchedBy(filePath, allowDefaultProject) {
      return !!allowDefaultProject?.some((pattern) => (0, minimatch_1.minimatch)(filePath, pattern, { dot: true }));
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/parser.js
var require_parser = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/parser.js"(exports) {
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
    exports.clearProgramCache = clearProgramCache;
    exports.clearDefaultProjectMatchedFiles = clearDefaultProjectMatchedFiles;
    exports.parse = parse;
    exports.clearParseAndGenerateServicesCalls = clearParseAndGenerateServicesCalls;
    exports.parseAndGenerateServices = parseAndGenerateServices;
    var debug_1 = __importDefault(require_src());
    var ts = __importStar(require_typescript());
    var ast_converter_1 = require_ast_converter();
    var convert_1 = require_convert();
    var createIsolatedProgram_1 = require_createIsolatedProgram();
    var createProjectProgram_1 = require_createProjectProgram();
    var createSourceFile_1 = require_createSourceFile();
    var getWatchProgramsForProjects_1 = require_getWatchProgramsForProjects();
    var shared_1 = require_shared();
    var useProvidedPrograms_1 = require_useProvidedPrograms();
    var createParserServices_1 = require_createParserServices();
    var nativeParserRegistry_1 = require_nativeParserRegistry();
    var createParseSettings_1 = require_createParseSettings();
    var getProjectConfigFiles_1 = require_getProjectConfigFiles();
    var semantic_or_syntactic_errors_1 = require_semantic_or_syntactic_errors();
    var useProgramFromProjectService_1 = require_useProgramFromProjectService();
    var log = (0, debug_1.default)("typescript-eslint:typescript-estree:parser");
    var existingPrograms = /* @__PURE__ */ new Map();
    var configFilesWithReferences = /* @__PURE__ */ new Set();
    var projectServiceConfigFileMatches = /* @__PURE__ */ new Map();
    function clearProgramCache() {
      existingPrograms.clear();
      configFilesWithReferences.clear();
      projectServiceConfigFileMatches.clear();
    }
    function useSingleRunProgramForProjectService(parseSettings) {
      if (parseSettings.extraFileExtensions.length || parseSettings.projectService?.allowDefaultProject?.length) {
        return void 0;
      }
      let configFile;
      try {
        [configFile] = (0, getProjectConfigFiles_1.getProjectConfigFiles)({
          ...parseSettings,
          tsconfigMatchCache: projectServiceConfigFileMatches
        }, true, ["tsconfig.json", "jsconfig.json"]) ?? [];
      } catch {
        return void 0;
      }
      if (!configFile) {
        return void 0;
      }
      const canonicalConfigFile = (0, shared_1.getCanonicalFileName)(configFile);
      if (configFilesWithReferences.has(canonicalConfigFile)) {
        return void 0;
      }
      let program = existingPrograms.get(canonicalConfigFile);
      if (!program) {
        const rawConfig = ts.readConfigFile(configFile, ts.sys.readFile).config;
        if (rawConfig?.references?.length) {
          configFilesWithReferences.add(canonicalConfigFile);
          return void 0;
        }
        log("Creating single-run Program for project service: %s", configFile);
        program = (0, useProvidedPrograms_1.createProgramFromConfigFile)(configFile, void 0, parseSettings.jsDocParsingMode);
        existingPrograms.set(canonicalConfigFile, program);
      }
      const astAndProgram = (0, shared_1.getAstFromProgram)(program, parseSettings.filePath);
      if (astAndProgram?.ast.text !== parseSettings.codeFullText) {
        return void 0;
      }
      astAndProgram.program.getTypeChecker();
      return astAndProgram;
    }
    var defaultProjectMatchedFiles = /* @__PURE__ */ new Set();
    function clearDefaultProjectMatchedFiles() {
      defaultProjectMatchedFiles.clear();
    }
    function getProgramAndAST(parseSettings, hasFullTypeInformation) {
      if (parseSettings.projectService) {
        if (parseSettings.singleRun && hasFullTypeInformation) {
          const fromSingleRunProgram = useSingleRunProgramForProjectService(parseSettings);
          if (fromSingleRunProgram) {
            return fromSingleRunProgram;
          }
        }
        const fromProjectService = (0, useProgramFromProjectService_1.useProgramFromProjectService)(parseSettings.projectService, parseSettings, hasFullTypeInformation, defaultProjectMatchedFiles);
        if (fromProjectService) {
          return fromProjectService;
        }
      }
      if (parseSettings.programs) {
        return (0, useProvidedPrograms_1.useProvidedPrograms)(parseSettings.programs, parseSettings);
      }
      if (!hasFullTypeInformation) {
        return (0, createSourceFile_1.createNoProgram)(parseSettings);
      }
      return (0, createProjectProgram_1.createProjectProgram)(parseSettings, (0, getWatchProgramsForProjects_1.getWatchProgramsForProjects)(parseSettings));
    }
    function parse(code, options) {
      const { ast } = parseWithNodeMapsInternal(code, options, false);
      return ast;
    }
    function parseWithNodeMapsInternal(code, options, shouldPreserveNodeMaps) {
      const parseSettings = (0, createParseSettings_1.createParseSettings)(code, options);
      if (options?.errorOnTypeScriptSyntacticAndSemanticIssues) {
        throw new Error(`"errorOnTypeScriptSyntacticAndSemanticIssues" is only supported for parseAndGenerateServices()`);
      }
      const ast = (0, createSourceFile_1.createSourceFile)(parseSettings);
      const { astMaps, estree } = (0, ast_converter_1.astConverter)(ast, parseSettings, shouldPreserveNodeMaps);
      return {
        ast: estree,
        esTreeNodeToTSNodeMap: astMaps.esTreeNodeToTSNodeMap,
        tsNodeToESTreeNodeMap: astMaps.tsNodeToESTreeNodeMap
      };
    }
    var parseAndGenerateServicesCalls = {};
    function clearParseAndGenerateServicesCalls() {
      parseAndGenerateServicesCalls = {};
    }
    function parseAndGenerateServices(code, tsestreeOptions) {
      const parseSettings = (0, createParseSettings_1.createParseSettings)(code, tsestreeOptions);
      if (typeof tsestreeOptions.errorOnTypeScriptSyntacticAndSemanticIssues === "boolean" && tsestreeOptions.errorOnTypeScriptSyntacticAndSemanticIssues) {
        parseSettings.errorOnTypeScriptSyntacticAndSemanticIssues = true;
      }
      if (parseSettings.backend === "tsgo") {
        const nativeParser = (0, nativeParserRegistry_1.getNativeParser)();
        if (!nativeParser) {
          const cause = (0, nativeParserRegistry_1.getNativeBackendLoadError)();
          throw new Error(`The experimental tsgo backend could not be loaded${cause instanceof Error ? `: ${cause.message}` : ""}. Install a supported TypeScript 7.1 build aliased as @typescript/native.`, { cause });
        }
        return nativeParser(parseSettings);
      }
      if (parseSettings.singleRun && !parseSettings.programs && parseSettings.projects.size > 0) {
        parseSettings.programs = {
          *[Symbol.iterator]() {
            for (const configFile of parseSettings.projects) {
              const existingProgram = existingPrograms.get(configFile[0]);
              if (existingProgram) {
                yield existingProgram;
              } else {
                log("Detected single-run/CLI usage, creating Program once ahead of time for project: %s", configFile);
                const newProgram = (0, useProvidedPrograms_1.createProgramFromConfigFile)(configFile[1]);
                existingPrograms.set(configFile[0], newProgram);
                yield newProgram;
              }
            }
          }
        };
      }
      const hasFullTypeInformation = parseSettings.programs != null || parseSettings.projects.size > 0 || !!parseSettings.projectService;
      if (parseSettings.errorOnTypeScriptSyntacticAndSemanticIssues && !hasFullTypeInformation) {
        throw new Error("Cannot calculate TypeScript semantic issues without a valid project.");
      }
      if (parseSettings.singleRun && tsestreeOptions.filePath) {
        parseAndGenerateServicesCalls[tsestreeOptions.filePath] = (parseAndGenerateServicesCalls[tsestreeOptions.filePath] || 0) + 1;
      }
      const { ast, program } = parseSettings.singleRun && tsestreeOptions.filePath && parseAndGenerateServicesCalls[tsestreeOptions.filePath] > 1 && !parseSettings.projectService ? (0, createIsolatedProgram_1.createIsolatedProgram)(parseSettings) : getProgramAndAST(parseSettings, hasFullTypeInformation);
      const shouldPreserveNodeMaps = typeof parseSettings.preserveNodeMaps === "boolean" ? parseSettings.preserveNodeMaps : true;
      const { astMaps, estree } = (0, ast_converter_1.astConverter)(ast, parseSettings, shouldPreserveNodeMaps);
      if (program && parseSettings.errorOnTypeScriptSyntacticAndSemanticIssues) {
        const error = (0, semantic_or_syntactic_errors_1.getFirstSemanticOrSyntacticError)(program, ast);
        if (error) {
          throw (0, convert_1.convertError)(error);
        }
      }
      return {
        ast: estree,
        services: (0, createParserServices_1.createParserServices)(astMaps, program)
      };
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/clear-caches.js
var require_clear_caches = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/clear-caches.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.clearProgramCache = void 0;
    exports.clearCaches = clearCaches;
    var getWatchProgramsForProjects_1 = require_getWatchProgramsForProjects();
    var shared_1 = require_shared();
    var nativeParserRegistry_1 = require_nativeParserRegistry();
    var parser_1 = require_parser();
    var candidateTSConfigRootDirs_1 = require_candidateTSConfigRootDirs();
    var createParseSettings_1 = require_createParseSettings();
    var resolveProjectList_1 = require_resolveProjectList();
    function clearCaches() {
      (0, candidateTSConfigRootDirs_1.clearCandidateTSConfigRootDirs)();
      (0, parser_1.clearDefaultProjectMatchedFiles)();
      (0, parser_1.clearProgramCache)();
      (0, shared_1.clearRealPathCache)();
      (0, getWatchProgramsForProjects_1.clearWatchCaches)();
      (0, createParseSettings_1.clearTSConfigMatchCache)();
      (0, createParseSettings_1.clearTSServerProjectService)();
      (0, resolveProjectList_1.clearGlobCache)();
      (0, nativeParserRegistry_1.clearNativeBackendCaches)();
      (0, createParseSettings_1.clearBackendFallbackWarning)();
    }
    exports.clearProgramCache = clearCaches;
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/withoutProjectParserOptions.js
var require_withoutProjectParserOptions = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/withoutProjectParserOptions.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.withoutProjectParserOptions = withoutProjectParserOptions;
    function withoutProjectParserOptions(opts) {
      const { EXPERIMENTAL_useProjectService, project, projectService, ...rest } = opts;
      return rest;
    }
  }
});

// node_modules/@typescript-eslint/typescript-estree/dist/index.js
var require_dist5 = __commonJS({
  "node_modules/@typescript-eslint/typescript-estree/dist/index.js"(exports) {
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
    exports.withoutProjectParserOptions = exports.version = exports.typescriptVersionIsAtLeast = exports.simpleTraverse = exports.clearCandidateTSConfigRootDirs = exports.addCandidateTSConfigRootDir = exports.parseAndGenerateServices = exports.parse = exports.TSError = exports.createProgram = exports.getCanonicalFileName = void 0;
    __exportStar(require_clear_caches(), exports);
    __exportStar(require_getScriptKind(), exports);
    var shared_1 = require_shared();
    Object.defineProperty(exports, "getCanonicalFileName", { enumerable: true, get: function() {
      return shared_1.getCanonicalFileName;
    } });
    var useProvidedPrograms_1 = require_useProvidedPrograms();
    Object.defineProperty(exports, "createProgram", { enumerable: true, get: function() {
      return useProvidedPrograms_1.createProgramFromConfigFile;
    } });
    __exportStar(require_getModifiers(), exports);
    var node_utils_1 = require_node_utils();
    Object.defineProperty(exports, "TSError", { enumerable: true, get: function() {
      return node_utils_1.TSError;
    } });
    var parser_1 = require_parser();
    Object.defineProperty(exports, "parse", { enumerable: true, get: function() {
      return parser_1.parse;
    } });
    Object.defineProperty(exports, "parseAndGenerateServices", { enumerable: true, get: function() {
      return parser_1.parseAndGenerateServices;
    } });
    var candidateTSConfigRootDirs_1 = require_candidateTSConfigRootDirs();
    Object.defineProperty(exports, "addCandidateTSConfigRootDir", { enumerable: true, get: function() {
      return candidateTSConfigRootDirs_1.addCandidateTSConfigRootDir;
    } });
    Object.defineProperty(exports, "clearCandidateTSConfigRootDirs", { enumerable: true, get: function() {
      return candidateTSConfigRootDirs_1.clearCandidateTSConfigRootDirs;
    } });
    var simple_traverse_1 = require_simple_traverse();
    Object.defineProperty(exports, "simpleTraverse", { enumerable: true, get: function() {
      return simple_traverse_1.simpleTraverse;
    } });
    __exportStar(require_ts_estree(), exports);
    var version_check_1 = require_version_check();
    Object.defineProperty(exports, "typescriptVersionIsAtLeast", { enumerable: true, get: function() {
      return version_check_1.typescriptVersionIsAtLeast;
    } });
    var version_1 = require_version();
    Object.defineProperty(exports, "version", { enumerable: true, get: function() {
      return version_1.version;
    } });
    var withoutProjectParserOptions_1 = require_withoutProjectParserOptions();
    Object.defineProperty(exports, "withoutProjectParserOptions", { enumerable: true, get: function() {
      return withoutProjectParserOptions_1.withoutProjectParserOptions;
    } });
  }
});
export default require_dist5();
