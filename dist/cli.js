#!/usr/bin/env node
import { createRequire as __prodlintCreateRequire } from 'node:module';
const require = __prodlintCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./chunks/chunk-D6QUWQRI.js";
import {
  argsAfterFlags
} from "./chunks/chunk-HZC7N4HD.js";
import {
  loadShellParser,
  makeWord,
  parseShell,
  splitWords,
  toFileOffsets,
  wordEmbedded,
  wordFromEmbedded
} from "./chunks/chunk-A2GNGOXE.js";
import "./chunks/chunk-JRU6JBKS.js";
import "./chunks/chunk-LTDY7KON.js";
import {
  getPair,
  getPath,
  has,
  mapEntries,
  nodeSpan,
  require_dist,
  resolve,
  scalarString,
  scalarText
} from "./chunks/chunk-Q7F26ZCF.js";
import "./chunks/chunk-KBEDM6HO.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunks/chunk-AE5ZT5VE.js";

// node_modules/fast-glob/out/utils/array.js
var require_array = __commonJS({
  "node_modules/fast-glob/out/utils/array.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.splitWhen = exports.flatten = void 0;
    function flatten(items) {
      return items.reduce((collection, item) => [].concat(collection, item), []);
    }
    exports.flatten = flatten;
    function splitWhen(items, predicate) {
      const result = [[]];
      let groupIndex = 0;
      for (const item of items) {
        if (predicate(item)) {
          groupIndex++;
          result[groupIndex] = [];
        } else {
          result[groupIndex].push(item);
        }
      }
      return result;
    }
    exports.splitWhen = splitWhen;
  }
});

// node_modules/fast-glob/out/utils/errno.js
var require_errno = __commonJS({
  "node_modules/fast-glob/out/utils/errno.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isEnoentCodeError = void 0;
    function isEnoentCodeError(error) {
      return error.code === "ENOENT";
    }
    exports.isEnoentCodeError = isEnoentCodeError;
  }
});

// node_modules/fast-glob/out/utils/fs.js
var require_fs = __commonJS({
  "node_modules/fast-glob/out/utils/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/fast-glob/out/utils/path.js
var require_path = __commonJS({
  "node_modules/fast-glob/out/utils/path.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.convertPosixPathToPattern = exports.convertWindowsPathToPattern = exports.convertPathToPattern = exports.escapePosixPath = exports.escapeWindowsPath = exports.escape = exports.removeLeadingDotSegment = exports.makeAbsolute = exports.unixify = void 0;
    var os3 = __require("os");
    var path4 = __require("path");
    var IS_WINDOWS_PLATFORM = os3.platform() === "win32";
    var LEADING_DOT_SEGMENT_CHARACTERS_COUNT = 2;
    var POSIX_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()*?[\]{|}]|^!|[!+@](?=\()|\\(?![!()*+?@[\]{|}]))/g;
    var WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()[\]{}]|^!|[!+@](?=\())/g;
    var DOS_DEVICE_PATH_RE = /^\\\\([.?])/;
    var WINDOWS_BACKSLASHES_RE = /\\(?![!()+@[\]{}])/g;
    function unixify(filepath) {
      return filepath.replace(/\\/g, "/");
    }
    exports.unixify = unixify;
    function makeAbsolute(cwd, filepath) {
      return path4.resolve(cwd, filepath);
    }
    exports.makeAbsolute = makeAbsolute;
    function removeLeadingDotSegment(entry) {
      if (entry.charAt(0) === ".") {
        const secondCharactery = entry.charAt(1);
        if (secondCharactery === "/" || secondCharactery === "\\") {
          return entry.slice(LEADING_DOT_SEGMENT_CHARACTERS_COUNT);
        }
      }
      return entry;
    }
    exports.removeLeadingDotSegment = removeLeadingDotSegment;
    exports.escape = IS_WINDOWS_PLATFORM ? escapeWindowsPath : escapePosixPath;
    function escapeWindowsPath(pattern) {
      return pattern.replace(WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports.escapeWindowsPath = escapeWindowsPath;
    function escapePosixPath(pattern) {
      return pattern.replace(POSIX_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports.escapePosixPath = escapePosixPath;
    exports.convertPathToPattern = IS_WINDOWS_PLATFORM ? convertWindowsPathToPattern : convertPosixPathToPattern;
    function convertWindowsPathToPattern(filepath) {
      return escapeWindowsPath(filepath).replace(DOS_DEVICE_PATH_RE, "//$1").replace(WINDOWS_BACKSLASHES_RE, "/");
    }
    exports.convertWindowsPathToPattern = convertWindowsPathToPattern;
    function convertPosixPathToPattern(filepath) {
      return escapePosixPath(filepath);
    }
    exports.convertPosixPathToPattern = convertPosixPathToPattern;
  }
});

// node_modules/is-extglob/index.js
var require_is_extglob = __commonJS({
  "node_modules/is-extglob/index.js"(exports, module) {
    module.exports = function isExtglob(str) {
      if (typeof str !== "string" || str === "") {
        return false;
      }
      var match;
      while (match = /(\\).|([@?!+*]\(.*\))/g.exec(str)) {
        if (match[2]) return true;
        str = str.slice(match.index + match[0].length);
      }
      return false;
    };
  }
});

// node_modules/is-glob/index.js
var require_is_glob = __commonJS({
  "node_modules/is-glob/index.js"(exports, module) {
    var isExtglob = require_is_extglob();
    var chars = { "{": "}", "(": ")", "[": "]" };
    var strictCheck = function(str) {
      if (str[0] === "!") {
        return true;
      }
      var index = 0;
      var pipeIndex = -2;
      var closeSquareIndex = -2;
      var closeCurlyIndex = -2;
      var closeParenIndex = -2;
      var backSlashIndex = -2;
      while (index < str.length) {
        if (str[index] === "*") {
          return true;
        }
        if (str[index + 1] === "?" && /[\].+)]/.test(str[index])) {
          return true;
        }
        if (closeSquareIndex !== -1 && str[index] === "[" && str[index + 1] !== "]") {
          if (closeSquareIndex < index) {
            closeSquareIndex = str.indexOf("]", index);
          }
          if (closeSquareIndex > index) {
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
          }
        }
        if (closeCurlyIndex !== -1 && str[index] === "{" && str[index + 1] !== "}") {
          closeCurlyIndex = str.indexOf("}", index);
          if (closeCurlyIndex > index) {
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeCurlyIndex) {
              return true;
            }
          }
        }
        if (closeParenIndex !== -1 && str[index] === "(" && str[index + 1] === "?" && /[:!=]/.test(str[index + 2]) && str[index + 3] !== ")") {
          closeParenIndex = str.indexOf(")", index);
          if (closeParenIndex > index) {
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
              return true;
            }
          }
        }
        if (pipeIndex !== -1 && str[index] === "(" && str[index + 1] !== "|") {
          if (pipeIndex < index) {
            pipeIndex = str.indexOf("|", index);
          }
          if (pipeIndex !== -1 && str[pipeIndex + 1] !== ")") {
            closeParenIndex = str.indexOf(")", pipeIndex);
            if (closeParenIndex > pipeIndex) {
              backSlashIndex = str.indexOf("\\", pipeIndex);
              if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
                return true;
              }
            }
          }
        }
        if (str[index] === "\\") {
          var open = str[index + 1];
          index += 2;
          var close = chars[open];
          if (close) {
            var n = str.indexOf(close, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    var relaxedCheck = function(str) {
      if (str[0] === "!") {
        return true;
      }
      var index = 0;
      while (index < str.length) {
        if (/[*?{}()[\]]/.test(str[index])) {
          return true;
        }
        if (str[index] === "\\") {
          var open = str[index + 1];
          index += 2;
          var close = chars[open];
          if (close) {
            var n = str.indexOf(close, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    module.exports = function isGlob(str, options) {
      if (typeof str !== "string" || str === "") {
        return false;
      }
      if (isExtglob(str)) {
        return true;
      }
      var check = strictCheck;
      if (options && options.strict === false) {
        check = relaxedCheck;
      }
      return check(str);
    };
  }
});

// node_modules/glob-parent/index.js
var require_glob_parent = __commonJS({
  "node_modules/glob-parent/index.js"(exports, module) {
    "use strict";
    var isGlob = require_is_glob();
    var pathPosixDirname = __require("path").posix.dirname;
    var isWin32 = __require("os").platform() === "win32";
    var slash2 = "/";
    var backslash = /\\/g;
    var enclosure = /[\{\[].*[\}\]]$/;
    var globby2 = /(^|[^\\])([\{\[]|\([^\)]+$)/;
    var escaped = /\\([\!\*\?\|\[\]\(\)\{\}])/g;
    module.exports = function globParent(str, opts) {
      var options = Object.assign({ flipBackslashes: true }, opts);
      if (options.flipBackslashes && isWin32 && str.indexOf(slash2) < 0) {
        str = str.replace(backslash, slash2);
      }
      if (enclosure.test(str)) {
        str += slash2;
      }
      str += "a";
      do {
        str = pathPosixDirname(str);
      } while (isGlob(str) || globby2.test(str));
      return str.replace(escaped, "$1");
    };
  }
});

// node_modules/braces/lib/utils.js
var require_utils = __commonJS({
  "node_modules/braces/lib/utils.js"(exports) {
    "use strict";
    exports.isInteger = (num) => {
      if (typeof num === "number") {
        return Number.isInteger(num);
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isInteger(Number(num));
      }
      return false;
    };
    exports.find = (node, type) => node.nodes.find((node2) => node2.type === type);
    exports.exceedsLimit = (min, max, step = 1, limit) => {
      if (limit === false) return false;
      if (!exports.isInteger(min) || !exports.isInteger(max)) return false;
      return (Number(max) - Number(min)) / Number(step) >= limit;
    };
    exports.escapeNode = (block, n = 0, type) => {
      const node = block.nodes[n];
      if (!node) return;
      if (type && node.type === type || node.type === "open" || node.type === "close") {
        if (node.escaped !== true) {
          node.value = "\\" + node.value;
          node.escaped = true;
        }
      }
    };
    exports.encloseBrace = (node) => {
      if (node.type !== "brace") return false;
      if (node.commas >> 0 + node.ranges >> 0 === 0) {
        node.invalid = true;
        return true;
      }
      return false;
    };
    exports.isInvalidBrace = (block) => {
      if (block.type !== "brace") return false;
      if (block.invalid === true || block.dollar) return true;
      if (block.commas >> 0 + block.ranges >> 0 === 0) {
        block.invalid = true;
        return true;
      }
      if (block.open !== true || block.close !== true) {
        block.invalid = true;
        return true;
      }
      return false;
    };
    exports.isOpenOrClose = (node) => {
      if (node.type === "open" || node.type === "close") {
        return true;
      }
      return node.open === true || node.close === true;
    };
    exports.reduce = (nodes) => nodes.reduce((acc, node) => {
      if (node.type === "text") acc.push(node.value);
      if (node.type === "range") node.type = "text";
      return acc;
    }, []);
    exports.flatten = (...args) => {
      const result = [];
      const flat = (arr) => {
        for (let i = 0; i < arr.length; i++) {
          const ele = arr[i];
          if (Array.isArray(ele)) {
            flat(ele);
            continue;
          }
          if (ele !== void 0) {
            result.push(ele);
          }
        }
        return result;
      };
      flat(args);
      return result;
    };
  }
});

// node_modules/braces/lib/stringify.js
var require_stringify = __commonJS({
  "node_modules/braces/lib/stringify.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    module.exports = (ast, options = {}) => {
      const stringify = (node, parent = {}) => {
        const invalidBlock = options.escapeInvalid && utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        let output = "";
        if (node.value) {
          if ((invalidBlock || invalidNode) && utils.isOpenOrClose(node)) {
            return "\\" + node.value;
          }
          return node.value;
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += stringify(child);
          }
        }
        return output;
      };
      return stringify(ast);
    };
  }
});

// node_modules/is-number/index.js
var require_is_number = __commonJS({
  "node_modules/is-number/index.js"(exports, module) {
    "use strict";
    module.exports = function(num) {
      if (typeof num === "number") {
        return num - num === 0;
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isFinite ? Number.isFinite(+num) : isFinite(+num);
      }
      return false;
    };
  }
});

// node_modules/to-regex-range/index.js
var require_to_regex_range = __commonJS({
  "node_modules/to-regex-range/index.js"(exports, module) {
    "use strict";
    var isNumber = require_is_number();
    var toRegexRange = (min, max, options) => {
      if (isNumber(min) === false) {
        throw new TypeError("toRegexRange: expected the first argument to be a number");
      }
      if (max === void 0 || min === max) {
        return String(min);
      }
      if (isNumber(max) === false) {
        throw new TypeError("toRegexRange: expected the second argument to be a number.");
      }
      let opts = { relaxZeros: true, ...options };
      if (typeof opts.strictZeros === "boolean") {
        opts.relaxZeros = opts.strictZeros === false;
      }
      let relax = String(opts.relaxZeros);
      let shorthand = String(opts.shorthand);
      let capture = String(opts.capture);
      let wrap = String(opts.wrap);
      let cacheKey = min + ":" + max + "=" + relax + shorthand + capture + wrap;
      if (toRegexRange.cache.hasOwnProperty(cacheKey)) {
        return toRegexRange.cache[cacheKey].result;
      }
      let a = Math.min(min, max);
      let b = Math.max(min, max);
      if (Math.abs(a - b) === 1) {
        let result = min + "|" + max;
        if (opts.capture) {
          return `(${result})`;
        }
        if (opts.wrap === false) {
          return result;
        }
        return `(?:${result})`;
      }
      let isPadded = hasPadding(min) || hasPadding(max);
      let state = { min, max, a, b };
      let positives = [];
      let negatives = [];
      if (isPadded) {
        state.isPadded = isPadded;
        state.maxLen = String(state.max).length;
      }
      if (a < 0) {
        let newMin = b < 0 ? Math.abs(b) : 1;
        negatives = splitToPatterns(newMin, Math.abs(a), state, opts);
        a = state.a = 0;
      }
      if (b >= 0) {
        positives = splitToPatterns(a, b, state, opts);
      }
      state.negatives = negatives;
      state.positives = positives;
      state.result = collatePatterns(negatives, positives, opts);
      if (opts.capture === true) {
        state.result = `(${state.result})`;
      } else if (opts.wrap !== false && positives.length + negatives.length > 1) {
        state.result = `(?:${state.result})`;
      }
      toRegexRange.cache[cacheKey] = state;
      return state.result;
    };
    function collatePatterns(neg, pos, options) {
      let onlyNegative = filterPatterns(neg, pos, "-", false, options) || [];
      let onlyPositive = filterPatterns(pos, neg, "", false, options) || [];
      let intersected = filterPatterns(neg, pos, "-?", true, options) || [];
      let subpatterns = onlyNegative.concat(intersected).concat(onlyPositive);
      return subpatterns.join("|");
    }
    function splitToRanges(min, max) {
      let nines = 1;
      let zeros = 1;
      let stop = countNines(min, nines);
      let stops = /* @__PURE__ */ new Set([max]);
      while (min <= stop && stop <= max) {
        stops.add(stop);
        nines += 1;
        stop = countNines(min, nines);
      }
      stop = countZeros(max + 1, zeros) - 1;
      while (min < stop && stop <= max) {
        stops.add(stop);
        zeros += 1;
        stop = countZeros(max + 1, zeros) - 1;
      }
      stops = [...stops];
      stops.sort(compare);
      return stops;
    }
    function rangeToPattern(start, stop, options) {
      if (start === stop) {
        return { pattern: start, count: [], digits: 0 };
      }
      let zipped = zip(start, stop);
      let digits = zipped.length;
      let pattern = "";
      let count = 0;
      for (let i = 0; i < digits; i++) {
        let [startDigit, stopDigit] = zipped[i];
        if (startDigit === stopDigit) {
          pattern += startDigit;
        } else if (startDigit !== "0" || stopDigit !== "9") {
          pattern += toCharacterClass(startDigit, stopDigit, options);
        } else {
          count++;
        }
      }
      if (count) {
        pattern += options.shorthand === true ? "\\d" : "[0-9]";
      }
      return { pattern, count: [count], digits };
    }
    function splitToPatterns(min, max, tok, options) {
      let ranges = splitToRanges(min, max);
      let tokens = [];
      let start = min;
      let prev;
      for (let i = 0; i < ranges.length; i++) {
        let max2 = ranges[i];
        let obj = rangeToPattern(String(start), String(max2), options);
        let zeros = "";
        if (!tok.isPadded && prev && prev.pattern === obj.pattern) {
          if (prev.count.length > 1) {
            prev.count.pop();
          }
          prev.count.push(obj.count[0]);
          prev.string = prev.pattern + toQuantifier(prev.count);
          start = max2 + 1;
          continue;
        }
        if (tok.isPadded) {
          zeros = padZeros(max2, tok, options);
        }
        obj.string = zeros + obj.pattern + toQuantifier(obj.count);
        tokens.push(obj);
        start = max2 + 1;
        prev = obj;
      }
      return tokens;
    }
    function filterPatterns(arr, comparison, prefix, intersection, options) {
      let result = [];
      for (let ele of arr) {
        let { string } = ele;
        if (!intersection && !contains(comparison, "string", string)) {
          result.push(prefix + string);
        }
        if (intersection && contains(comparison, "string", string)) {
          result.push(prefix + string);
        }
      }
      return result;
    }
    function zip(a, b) {
      let arr = [];
      for (let i = 0; i < a.length; i++) arr.push([a[i], b[i]]);
      return arr;
    }
    function compare(a, b) {
      return a > b ? 1 : b > a ? -1 : 0;
    }
    function contains(arr, key, val) {
      return arr.some((ele) => ele[key] === val);
    }
    function countNines(min, len) {
      return Number(String(min).slice(0, -len) + "9".repeat(len));
    }
    function countZeros(integer, zeros) {
      return integer - integer % Math.pow(10, zeros);
    }
    function toQuantifier(digits) {
      let [start = 0, stop = ""] = digits;
      if (stop || start > 1) {
        return `{${start + (stop ? "," + stop : "")}}`;
      }
      return "";
    }
    function toCharacterClass(a, b, options) {
      return `[${a}${b - a === 1 ? "" : "-"}${b}]`;
    }
    function hasPadding(str) {
      return /^-?(0+)\d/.test(str);
    }
    function padZeros(value, tok, options) {
      if (!tok.isPadded) {
        return value;
      }
      let diff = Math.abs(tok.maxLen - String(value).length);
      let relax = options.relaxZeros !== false;
      switch (diff) {
        case 0:
          return "";
        case 1:
          return relax ? "0?" : "0";
        case 2:
          return relax ? "0{0,2}" : "00";
        default: {
          return relax ? `0{0,${diff}}` : `0{${diff}}`;
        }
      }
    }
    toRegexRange.cache = {};
    toRegexRange.clearCache = () => toRegexRange.cache = {};
    module.exports = toRegexRange;
  }
});

// node_modules/fill-range/index.js
var require_fill_range = __commonJS({
  "node_modules/fill-range/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var toRegexRange = require_to_regex_range();
    var isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    var transform = (toNumber) => {
      return (value) => toNumber === true ? Number(value) : String(value);
    };
    var isValidValue = (value) => {
      return typeof value === "number" || typeof value === "string" && value !== "";
    };
    var isNumber = (num) => Number.isInteger(+num);
    var zeros = (input) => {
      let value = `${input}`;
      let index = -1;
      if (value[0] === "-") value = value.slice(1);
      if (value === "0") return false;
      while (value[++index] === "0") ;
      return index > 0;
    };
    var stringify = (start, end, options) => {
      if (typeof start === "string" || typeof end === "string") {
        return true;
      }
      return options.stringify === true;
    };
    var pad = (input, maxLength, toNumber) => {
      if (maxLength > 0) {
        let dash = input[0] === "-" ? "-" : "";
        if (dash) input = input.slice(1);
        input = dash + input.padStart(dash ? maxLength - 1 : maxLength, "0");
      }
      if (toNumber === false) {
        return String(input);
      }
      return input;
    };
    var toMaxLen = (input, maxLength) => {
      let negative = input[0] === "-" ? "-" : "";
      if (negative) {
        input = input.slice(1);
        maxLength--;
      }
      while (input.length < maxLength) input = "0" + input;
      return negative ? "-" + input : input;
    };
    var toSequence = (parts, options, maxLen) => {
      parts.negatives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      parts.positives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      let prefix = options.capture ? "" : "?:";
      let positives = "";
      let negatives = "";
      let result;
      if (parts.positives.length) {
        positives = parts.positives.map((v) => toMaxLen(String(v), maxLen)).join("|");
      }
      if (parts.negatives.length) {
        negatives = `-(${prefix}${parts.negatives.map((v) => toMaxLen(String(v), maxLen)).join("|")})`;
      }
      if (positives && negatives) {
        result = `${positives}|${negatives}`;
      } else {
        result = positives || negatives;
      }
      if (options.wrap) {
        return `(${prefix}${result})`;
      }
      return result;
    };
    var toRange = (a, b, isNumbers, options) => {
      if (isNumbers) {
        return toRegexRange(a, b, { wrap: false, ...options });
      }
      let start = String.fromCharCode(a);
      if (a === b) return start;
      let stop = String.fromCharCode(b);
      return `[${start}-${stop}]`;
    };
    var toRegex = (start, end, options) => {
      if (Array.isArray(start)) {
        let wrap = options.wrap === true;
        let prefix = options.capture ? "" : "?:";
        return wrap ? `(${prefix}${start.join("|")})` : start.join("|");
      }
      return toRegexRange(start, end, options);
    };
    var rangeError = (...args) => {
      return new RangeError("Invalid range arguments: " + util.inspect(...args));
    };
    var invalidRange = (start, end, options) => {
      if (options.strictRanges === true) throw rangeError([start, end]);
      return [];
    };
    var invalidStep = (step, options) => {
      if (options.strictRanges === true) {
        throw new TypeError(`Expected step "${step}" to be a number`);
      }
      return [];
    };
    var fillNumbers = (start, end, step = 1, options = {}) => {
      let a = Number(start);
      let b = Number(end);
      if (!Number.isInteger(a) || !Number.isInteger(b)) {
        if (options.strictRanges === true) throw rangeError([start, end]);
        return [];
      }
      if (a === 0) a = 0;
      if (b === 0) b = 0;
      let descending = a > b;
      let startString = String(start);
      let endString = String(end);
      let stepString = String(step);
      step = Math.max(Math.abs(step), 1);
      let padded = zeros(startString) || zeros(endString) || zeros(stepString);
      let maxLen = padded ? Math.max(startString.length, endString.length, stepString.length) : 0;
      let toNumber = padded === false && stringify(start, end, options) === false;
      let format = options.transform || transform(toNumber);
      if (options.toRegex && step === 1) {
        return toRange(toMaxLen(start, maxLen), toMaxLen(end, maxLen), true, options);
      }
      let parts = { negatives: [], positives: [] };
      let push = (num) => parts[num < 0 ? "negatives" : "positives"].push(Math.abs(num));
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        if (options.toRegex === true && step > 1) {
          push(a);
        } else {
          range.push(pad(format(a, index), maxLen, toNumber));
        }
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return step > 1 ? toSequence(parts, options, maxLen) : toRegex(range, null, { wrap: false, ...options });
      }
      return range;
    };
    var fillLetters = (start, end, step = 1, options = {}) => {
      if (!isNumber(start) && start.length > 1 || !isNumber(end) && end.length > 1) {
        return invalidRange(start, end, options);
      }
      let format = options.transform || ((val) => String.fromCharCode(val));
      let a = `${start}`.charCodeAt(0);
      let b = `${end}`.charCodeAt(0);
      let descending = a > b;
      let min = Math.min(a, b);
      let max = Math.max(a, b);
      if (options.toRegex && step === 1) {
        return toRange(min, max, false, options);
      }
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        range.push(format(a, index));
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return toRegex(range, null, { wrap: false, options });
      }
      return range;
    };
    var fill = (start, end, step, options = {}) => {
      if (end == null && isValidValue(start)) {
        return [start];
      }
      if (!isValidValue(start) || !isValidValue(end)) {
        return invalidRange(start, end, options);
      }
      if (typeof step === "function") {
        return fill(start, end, 1, { transform: step });
      }
      if (isObject(step)) {
        return fill(start, end, 0, step);
      }
      let opts = { ...options };
      if (opts.capture === true) opts.wrap = true;
      step = step || opts.step || 1;
      if (!isNumber(step)) {
        if (step != null && !isObject(step)) return invalidStep(step, opts);
        return fill(start, end, 1, step);
      }
      if (isNumber(start) && isNumber(end)) {
        return fillNumbers(start, end, step, opts);
      }
      return fillLetters(start, end, Math.max(Math.abs(step), 1), opts);
    };
    module.exports = fill;
  }
});

// node_modules/braces/lib/compile.js
var require_compile = __commonJS({
  "node_modules/braces/lib/compile.js"(exports, module) {
    "use strict";
    var fill = require_fill_range();
    var utils = require_utils();
    var compile = (ast, options = {}) => {
      const walk2 = (node, parent = {}) => {
        const invalidBlock = utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        const invalid = invalidBlock === true || invalidNode === true;
        const prefix = options.escapeInvalid === true ? "\\" : "";
        let output = "";
        if (node.isOpen === true) {
          return prefix + node.value;
        }
        if (node.isClose === true) {
          console.log("node.isClose", prefix, node.value);
          return prefix + node.value;
        }
        if (node.type === "open") {
          return invalid ? prefix + node.value : "(";
        }
        if (node.type === "close") {
          return invalid ? prefix + node.value : ")";
        }
        if (node.type === "comma") {
          return node.prev.type === "comma" ? "" : invalid ? node.value : "|";
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          const range = fill(...args, { ...options, wrap: false, toRegex: true, strictZeros: true });
          if (range.length !== 0) {
            return args.length > 1 && range.length > 1 ? `(${range})` : range;
          }
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += walk2(child, node);
          }
        }
        return output;
      };
      return walk2(ast);
    };
    module.exports = compile;
  }
});

// node_modules/braces/lib/expand.js
var require_expand = __commonJS({
  "node_modules/braces/lib/expand.js"(exports, module) {
    "use strict";
    var fill = require_fill_range();
    var stringify = require_stringify();
    var utils = require_utils();
    var append = (queue = "", stash = "", enclose = false) => {
      const result = [];
      queue = [].concat(queue);
      stash = [].concat(stash);
      if (!stash.length) return queue;
      if (!queue.length) {
        return enclose ? utils.flatten(stash).map((ele) => `{${ele}}`) : stash;
      }
      for (const item of queue) {
        if (Array.isArray(item)) {
          for (const value of item) {
            result.push(append(value, stash, enclose));
          }
        } else {
          for (let ele of stash) {
            if (enclose === true && typeof ele === "string") ele = `{${ele}}`;
            result.push(Array.isArray(ele) ? append(item, ele, enclose) : item + ele);
          }
        }
      }
      return utils.flatten(result);
    };
    var expand = (ast, options = {}) => {
      const rangeLimit = options.rangeLimit === void 0 ? 1e3 : options.rangeLimit;
      const walk2 = (node, parent = {}) => {
        node.queue = [];
        let p = parent;
        let q = parent.queue;
        while (p.type !== "brace" && p.type !== "root" && p.parent) {
          p = p.parent;
          q = p.queue;
        }
        if (node.invalid || node.dollar) {
          q.push(append(q.pop(), stringify(node, options)));
          return;
        }
        if (node.type === "brace" && node.invalid !== true && node.nodes.length === 2) {
          q.push(append(q.pop(), ["{}"]));
          return;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          if (utils.exceedsLimit(...args, options.step, rangeLimit)) {
            throw new RangeError("expanded array length exceeds range limit. Use options.rangeLimit to increase or disable the limit.");
          }
          let range = fill(...args, options);
          if (range.length === 0) {
            range = stringify(node, options);
          }
          q.push(append(q.pop(), range));
          node.nodes = [];
          return;
        }
        const enclose = utils.encloseBrace(node);
        let queue = node.queue;
        let block = node;
        while (block.type !== "brace" && block.type !== "root" && block.parent) {
          block = block.parent;
          queue = block.queue;
        }
        for (let i = 0; i < node.nodes.length; i++) {
          const child = node.nodes[i];
          if (child.type === "comma" && node.type === "brace") {
            if (i === 1) queue.push("");
            queue.push("");
            continue;
          }
          if (child.type === "close") {
            q.push(append(q.pop(), queue, enclose));
            continue;
          }
          if (child.value && child.type !== "open") {
            queue.push(append(queue.pop(), child.value));
            continue;
          }
          if (child.nodes) {
            walk2(child, node);
          }
        }
        return queue;
      };
      return utils.flatten(walk2(ast));
    };
    module.exports = expand;
  }
});

// node_modules/braces/lib/constants.js
var require_constants = __commonJS({
  "node_modules/braces/lib/constants.js"(exports, module) {
    "use strict";
    module.exports = {
      MAX_LENGTH: 1e4,
      // Digits
      CHAR_0: "0",
      /* 0 */
      CHAR_9: "9",
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: "A",
      /* A */
      CHAR_LOWERCASE_A: "a",
      /* a */
      CHAR_UPPERCASE_Z: "Z",
      /* Z */
      CHAR_LOWERCASE_Z: "z",
      /* z */
      CHAR_LEFT_PARENTHESES: "(",
      /* ( */
      CHAR_RIGHT_PARENTHESES: ")",
      /* ) */
      CHAR_ASTERISK: "*",
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: "&",
      /* & */
      CHAR_AT: "@",
      /* @ */
      CHAR_BACKSLASH: "\\",
      /* \ */
      CHAR_BACKTICK: "`",
      /* ` */
      CHAR_CARRIAGE_RETURN: "\r",
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: "^",
      /* ^ */
      CHAR_COLON: ":",
      /* : */
      CHAR_COMMA: ",",
      /* , */
      CHAR_DOLLAR: "$",
      /* . */
      CHAR_DOT: ".",
      /* . */
      CHAR_DOUBLE_QUOTE: '"',
      /* " */
      CHAR_EQUAL: "=",
      /* = */
      CHAR_EXCLAMATION_MARK: "!",
      /* ! */
      CHAR_FORM_FEED: "\f",
      /* \f */
      CHAR_FORWARD_SLASH: "/",
      /* / */
      CHAR_HASH: "#",
      /* # */
      CHAR_HYPHEN_MINUS: "-",
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: "<",
      /* < */
      CHAR_LEFT_CURLY_BRACE: "{",
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: "[",
      /* [ */
      CHAR_LINE_FEED: "\n",
      /* \n */
      CHAR_NO_BREAK_SPACE: "\xA0",
      /* \u00A0 */
      CHAR_PERCENT: "%",
      /* % */
      CHAR_PLUS: "+",
      /* + */
      CHAR_QUESTION_MARK: "?",
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: ">",
      /* > */
      CHAR_RIGHT_CURLY_BRACE: "}",
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: "]",
      /* ] */
      CHAR_SEMICOLON: ";",
      /* ; */
      CHAR_SINGLE_QUOTE: "'",
      /* ' */
      CHAR_SPACE: " ",
      /*   */
      CHAR_TAB: "	",
      /* \t */
      CHAR_UNDERSCORE: "_",
      /* _ */
      CHAR_VERTICAL_LINE: "|",
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: "\uFEFF"
      /* \uFEFF */
    };
  }
});

// node_modules/braces/lib/parse.js
var require_parse = __commonJS({
  "node_modules/braces/lib/parse.js"(exports, module) {
    "use strict";
    var stringify = require_stringify();
    var {
      MAX_LENGTH,
      CHAR_BACKSLASH,
      /* \ */
      CHAR_BACKTICK,
      /* ` */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_RIGHT_SQUARE_BRACKET,
      /* ] */
      CHAR_DOUBLE_QUOTE,
      /* " */
      CHAR_SINGLE_QUOTE,
      /* ' */
      CHAR_NO_BREAK_SPACE,
      CHAR_ZERO_WIDTH_NOBREAK_SPACE
    } = require_constants();
    var parse = (input, options = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      const opts = options || {};
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      if (input.length > max) {
        throw new SyntaxError(`Input length (${input.length}), exceeds max characters (${max})`);
      }
      const ast = { type: "root", input, nodes: [] };
      const stack = [ast];
      let block = ast;
      let prev = ast;
      let brackets = 0;
      const length = input.length;
      let index = 0;
      let depth = 0;
      let value;
      const advance = () => input[index++];
      const push = (node) => {
        if (node.type === "text" && prev.type === "dot") {
          prev.type = "text";
        }
        if (prev && prev.type === "text" && node.type === "text") {
          prev.value += node.value;
          return;
        }
        block.nodes.push(node);
        node.parent = block;
        node.prev = prev;
        prev = node;
        return node;
      };
      push({ type: "bos" });
      while (index < length) {
        block = stack[stack.length - 1];
        value = advance();
        if (value === CHAR_ZERO_WIDTH_NOBREAK_SPACE || value === CHAR_NO_BREAK_SPACE) {
          continue;
        }
        if (value === CHAR_BACKSLASH) {
          push({ type: "text", value: (options.keepEscaping ? value : "") + advance() });
          continue;
        }
        if (value === CHAR_RIGHT_SQUARE_BRACKET) {
          push({ type: "text", value: "\\" + value });
          continue;
        }
        if (value === CHAR_LEFT_SQUARE_BRACKET) {
          brackets++;
          let next;
          while (index < length && (next = advance())) {
            value += next;
            if (next === CHAR_LEFT_SQUARE_BRACKET) {
              brackets++;
              continue;
            }
            if (next === CHAR_BACKSLASH) {
              value += advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              brackets--;
              if (brackets === 0) {
                break;
              }
            }
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_PARENTHESES) {
          block = push({ type: "paren", nodes: [] });
          stack.push(block);
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_RIGHT_PARENTHESES) {
          if (block.type !== "paren") {
            push({ type: "text", value });
            continue;
          }
          block = stack.pop();
          push({ type: "text", value });
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_DOUBLE_QUOTE || value === CHAR_SINGLE_QUOTE || value === CHAR_BACKTICK) {
          const open = value;
          let next;
          if (options.keepQuotes !== true) {
            value = "";
          }
          while (index < length && (next = advance())) {
            if (next === CHAR_BACKSLASH) {
              value += next + advance();
              continue;
            }
            if (next === open) {
              if (options.keepQuotes === true) value += next;
              break;
            }
            value += next;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_CURLY_BRACE) {
          depth++;
          const dollar = prev.value && prev.value.slice(-1) === "$" || block.dollar === true;
          const brace = {
            type: "brace",
            open: true,
            close: false,
            dollar,
            depth,
            commas: 0,
            ranges: 0,
            nodes: []
          };
          block = push(brace);
          stack.push(block);
          push({ type: "open", value });
          continue;
        }
        if (value === CHAR_RIGHT_CURLY_BRACE) {
          if (block.type !== "brace") {
            push({ type: "text", value });
            continue;
          }
          const type = "close";
          block = stack.pop();
          block.close = true;
          push({ type, value });
          depth--;
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_COMMA && depth > 0) {
          if (block.ranges > 0) {
            block.ranges = 0;
            const open = block.nodes.shift();
            block.nodes = [open, { type: "text", value: stringify(block) }];
          }
          push({ type: "comma", value });
          block.commas++;
          continue;
        }
        if (value === CHAR_DOT && depth > 0 && block.commas === 0) {
          const siblings = block.nodes;
          if (depth === 0 || siblings.length === 0) {
            push({ type: "text", value });
            continue;
          }
          if (prev.type === "dot") {
            block.range = [];
            prev.value += value;
            prev.type = "range";
            if (block.nodes.length !== 3 && block.nodes.length !== 5) {
              block.invalid = true;
              block.ranges = 0;
              prev.type = "text";
              continue;
            }
            block.ranges++;
            block.args = [];
            continue;
          }
          if (prev.type === "range") {
            siblings.pop();
            const before = siblings[siblings.length - 1];
            before.value += prev.value + value;
            prev = before;
            block.ranges--;
            continue;
          }
          push({ type: "dot", value });
          continue;
        }
        push({ type: "text", value });
      }
      do {
        block = stack.pop();
        if (block.type !== "root") {
          block.nodes.forEach((node) => {
            if (!node.nodes) {
              if (node.type === "open") node.isOpen = true;
              if (node.type === "close") node.isClose = true;
              if (!node.nodes) node.type = "text";
              node.invalid = true;
            }
          });
          const parent = stack[stack.length - 1];
          const index2 = parent.nodes.indexOf(block);
          parent.nodes.splice(index2, 1, ...block.nodes);
        }
      } while (stack.length > 0);
      push({ type: "eos" });
      return ast;
    };
    module.exports = parse;
  }
});

// node_modules/braces/index.js
var require_braces = __commonJS({
  "node_modules/braces/index.js"(exports, module) {
    "use strict";
    var stringify = require_stringify();
    var compile = require_compile();
    var expand = require_expand();
    var parse = require_parse();
    var braces = (input, options = {}) => {
      let output = [];
      if (Array.isArray(input)) {
        for (const pattern of input) {
          const result = braces.create(pattern, options);
          if (Array.isArray(result)) {
            output.push(...result);
          } else {
            output.push(result);
          }
        }
      } else {
        output = [].concat(braces.create(input, options));
      }
      if (options && options.expand === true && options.nodupes === true) {
        output = [...new Set(output)];
      }
      return output;
    };
    braces.parse = (input, options = {}) => parse(input, options);
    braces.stringify = (input, options = {}) => {
      if (typeof input === "string") {
        return stringify(braces.parse(input, options), options);
      }
      return stringify(input, options);
    };
    braces.compile = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      return compile(input, options);
    };
    braces.expand = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      let result = expand(input, options);
      if (options.noempty === true) {
        result = result.filter(Boolean);
      }
      if (options.nodupes === true) {
        result = [...new Set(result)];
      }
      return result;
    };
    braces.create = (input, options = {}) => {
      if (input === "" || input.length < 3) {
        return [input];
      }
      return options.expand !== true ? braces.compile(input, options) : braces.expand(input, options);
    };
    module.exports = braces;
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/constants.js
var require_constants2 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var path4 = __require("path");
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      SEP: path4.sep,
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var path4 = __require("path");
    var win32 = process.platform === "win32";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants2();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.supportsLookbehinds = () => {
      const segs = process.version.slice(1).split(".").map(Number);
      if (segs.length === 3 && segs[0] >= 9 || segs[0] === 8 && segs[1] >= 10) {
        return true;
      }
      return false;
    };
    exports.isWindows = (options) => {
      if (options && typeof options.windows === "boolean") {
        return options.windows;
      }
      return win32 === true || path4.sep === "\\";
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils2();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants2();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished2 = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished2 = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished2 = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished2 = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished2 === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished2 = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  code = advance();
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES) {
                  isGlob = token.isGlob = true;
                  finished2 = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished2 = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished2 = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished2 = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_LEFT_PARENTHESES) {
                backslashes = token.backslashes = true;
                code = advance();
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES) {
                finished2 = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished2 = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n = prevIndex ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value = input.slice(n, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (idx !== 0 || value !== "") {
            parts.push(value);
          }
          prevIndex = i;
        }
        if (prevIndex && prevIndex + 1 < input.length) {
          const value = input.slice(prevIndex + 1);
          parts.push(value);
          if (opts.tokens) {
            tokens[tokens.length - 1].value = value;
            depth(tokens[tokens.length - 1]);
            state.maxDepth += tokens[tokens.length - 1].depth;
          }
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/parse.js
var require_parse2 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants2();
    var utils = require_utils2();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var getStarExtglobSequenceOutput = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      for (const branch of branches) {
        const safeOutput = getStarExtglobSequenceOutput(branch);
        if (safeOutput) {
          return { risky: true, safeOutput };
        }
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const win32 = utils.isWindows(options);
      const PLATFORM_CHARS = constants.globChars(win32);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.value += tok.value;
          prev.output = (prev.output || "") + tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (next === "<" && !utils.supportsLookbehinds()) {
              throw new Error("Node.js v10 or higher is required for regex lookbehinds");
            }
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && eos()) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const win32 = utils.isWindows(options);
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(win32);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/picomatch.js
var require_picomatch2 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var path4 = __require("path");
    var scan = require_scan();
    var parse = require_parse2();
    var utils = require_utils2();
    var constants = require_constants2();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = utils.isWindows(options);
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored2 = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored2 = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix: posix2 });
        const result = { glob, state, regex, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored2(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix2 = utils.isWindows(options)) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(path4.basename(input));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/micromatch/node_modules/picomatch/index.js
var require_picomatch3 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    module.exports = require_picomatch2();
  }
});

// node_modules/micromatch/index.js
var require_micromatch = __commonJS({
  "node_modules/micromatch/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var braces = require_braces();
    var picomatch2 = require_picomatch3();
    var utils = require_utils2();
    var isEmptyString = (v) => v === "" || v === "./";
    var hasBraces = (v) => {
      const index = v.indexOf("{");
      return index > -1 && v.indexOf("}", index) > -1;
    };
    var micromatch2 = (list, patterns, options) => {
      patterns = [].concat(patterns);
      list = [].concat(list);
      let omit = /* @__PURE__ */ new Set();
      let keep = /* @__PURE__ */ new Set();
      let items = /* @__PURE__ */ new Set();
      let negatives = 0;
      let onResult = (state) => {
        items.add(state.output);
        if (options && options.onResult) {
          options.onResult(state);
        }
      };
      for (let i = 0; i < patterns.length; i++) {
        let isMatch = picomatch2(String(patterns[i]), { ...options, onResult }, true);
        let negated = isMatch.state.negated || isMatch.state.negatedExtglob;
        if (negated) negatives++;
        for (let item of list) {
          let matched = isMatch(item, true);
          let match = negated ? !matched.isMatch : matched.isMatch;
          if (!match) continue;
          if (negated) {
            omit.add(matched.output);
          } else {
            omit.delete(matched.output);
            keep.add(matched.output);
          }
        }
      }
      let result = negatives === patterns.length ? [...items] : [...keep];
      let matches = result.filter((item) => !omit.has(item));
      if (options && matches.length === 0) {
        if (options.failglob === true) {
          throw new Error(`No matches found for "${patterns.join(", ")}"`);
        }
        if (options.nonull === true || options.nullglob === true) {
          return options.unescape ? patterns.map((p) => p.replace(/\\/g, "")) : patterns;
        }
      }
      return matches;
    };
    micromatch2.match = micromatch2;
    micromatch2.matcher = (pattern, options) => picomatch2(pattern, options);
    micromatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    micromatch2.any = micromatch2.isMatch;
    micromatch2.not = (list, patterns, options = {}) => {
      patterns = [].concat(patterns).map(String);
      let result = /* @__PURE__ */ new Set();
      let items = [];
      let onResult = (state) => {
        if (options.onResult) options.onResult(state);
        items.push(state.output);
      };
      let matches = new Set(micromatch2(list, patterns, { ...options, onResult }));
      for (let item of items) {
        if (!matches.has(item)) {
          result.add(item);
        }
      }
      return [...result];
    };
    micromatch2.contains = (str, pattern, options) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      if (Array.isArray(pattern)) {
        return pattern.some((p) => micromatch2.contains(str, p, options));
      }
      if (typeof pattern === "string") {
        if (isEmptyString(str) || isEmptyString(pattern)) {
          return false;
        }
        if (str.includes(pattern) || str.startsWith("./") && str.slice(2).includes(pattern)) {
          return true;
        }
      }
      return micromatch2.isMatch(str, pattern, { ...options, contains: true });
    };
    micromatch2.matchKeys = (obj, patterns, options) => {
      if (!utils.isObject(obj)) {
        throw new TypeError("Expected the first argument to be an object");
      }
      let keys = micromatch2(Object.keys(obj), patterns, options);
      let res = {};
      for (let key of keys) res[key] = obj[key];
      return res;
    };
    micromatch2.some = (list, patterns, options) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch2(String(pattern), options);
        if (items.some((item) => isMatch(item))) {
          return true;
        }
      }
      return false;
    };
    micromatch2.every = (list, patterns, options) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch2(String(pattern), options);
        if (!items.every((item) => isMatch(item))) {
          return false;
        }
      }
      return true;
    };
    micromatch2.all = (str, patterns, options) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      return [].concat(patterns).every((p) => picomatch2(p, options)(str));
    };
    micromatch2.capture = (glob, input, options) => {
      let posix2 = utils.isWindows(options);
      let regex = picomatch2.makeRe(String(glob), { ...options, capture: true });
      let match = regex.exec(posix2 ? utils.toPosixSlashes(input) : input);
      if (match) {
        return match.slice(1).map((v) => v === void 0 ? "" : v);
      }
    };
    micromatch2.makeRe = (...args) => picomatch2.makeRe(...args);
    micromatch2.scan = (...args) => picomatch2.scan(...args);
    micromatch2.parse = (patterns, options) => {
      let res = [];
      for (let pattern of [].concat(patterns || [])) {
        for (let str of braces(String(pattern), options)) {
          res.push(picomatch2.parse(str, options));
        }
      }
      return res;
    };
    micromatch2.braces = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      if (options && options.nobrace === true || !hasBraces(pattern)) {
        return [pattern];
      }
      return braces(pattern, options);
    };
    micromatch2.braceExpand = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      return micromatch2.braces(pattern, { ...options, expand: true });
    };
    micromatch2.hasBraces = hasBraces;
    module.exports = micromatch2;
  }
});

// node_modules/fast-glob/out/utils/pattern.js
var require_pattern = __commonJS({
  "node_modules/fast-glob/out/utils/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isAbsolute = exports.partitionAbsoluteAndRelative = exports.removeDuplicateSlashes = exports.matchAny = exports.convertPatternsToRe = exports.makeRe = exports.getPatternParts = exports.expandBraceExpansion = exports.expandPatternsWithBraceExpansion = exports.isAffectDepthOfReadingPattern = exports.endsWithSlashGlobStar = exports.hasGlobStar = exports.getBaseDirectory = exports.isPatternRelatedToParentDirectory = exports.getPatternsOutsideCurrentDirectory = exports.getPatternsInsideCurrentDirectory = exports.getPositivePatterns = exports.getNegativePatterns = exports.isPositivePattern = exports.isNegativePattern = exports.convertToNegativePattern = exports.convertToPositivePattern = exports.isDynamicPattern = exports.isStaticPattern = void 0;
    var path4 = __require("path");
    var globParent = require_glob_parent();
    var micromatch2 = require_micromatch();
    var GLOBSTAR = "**";
    var ESCAPE_SYMBOL = "\\";
    var COMMON_GLOB_SYMBOLS_RE = /[*?]|^!/;
    var REGEX_CHARACTER_CLASS_SYMBOLS_RE = /\[[^[]*]/;
    var REGEX_GROUP_SYMBOLS_RE = /(?:^|[^!*+?@])\([^(]*\|[^|]*\)/;
    var GLOB_EXTENSION_SYMBOLS_RE = /[!*+?@]\([^(]*\)/;
    var BRACE_EXPANSION_SEPARATORS_RE = /,|\.\./;
    var DOUBLE_SLASH_RE = /(?!^)\/{2,}/g;
    function isStaticPattern(pattern, options = {}) {
      return !isDynamicPattern2(pattern, options);
    }
    exports.isStaticPattern = isStaticPattern;
    function isDynamicPattern2(pattern, options = {}) {
      if (pattern === "") {
        return false;
      }
      if (options.caseSensitiveMatch === false || pattern.includes(ESCAPE_SYMBOL)) {
        return true;
      }
      if (COMMON_GLOB_SYMBOLS_RE.test(pattern) || REGEX_CHARACTER_CLASS_SYMBOLS_RE.test(pattern) || REGEX_GROUP_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.extglob !== false && GLOB_EXTENSION_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.braceExpansion !== false && hasBraceExpansion(pattern)) {
        return true;
      }
      return false;
    }
    exports.isDynamicPattern = isDynamicPattern2;
    function hasBraceExpansion(pattern) {
      const openingBraceIndex = pattern.indexOf("{");
      if (openingBraceIndex === -1) {
        return false;
      }
      const closingBraceIndex = pattern.indexOf("}", openingBraceIndex + 1);
      if (closingBraceIndex === -1) {
        return false;
      }
      const braceContent = pattern.slice(openingBraceIndex, closingBraceIndex);
      return BRACE_EXPANSION_SEPARATORS_RE.test(braceContent);
    }
    function convertToPositivePattern(pattern) {
      return isNegativePattern2(pattern) ? pattern.slice(1) : pattern;
    }
    exports.convertToPositivePattern = convertToPositivePattern;
    function convertToNegativePattern(pattern) {
      return "!" + pattern;
    }
    exports.convertToNegativePattern = convertToNegativePattern;
    function isNegativePattern2(pattern) {
      return pattern.startsWith("!") && pattern[1] !== "(";
    }
    exports.isNegativePattern = isNegativePattern2;
    function isPositivePattern(pattern) {
      return !isNegativePattern2(pattern);
    }
    exports.isPositivePattern = isPositivePattern;
    function getNegativePatterns(patterns) {
      return patterns.filter(isNegativePattern2);
    }
    exports.getNegativePatterns = getNegativePatterns;
    function getPositivePatterns(patterns) {
      return patterns.filter(isPositivePattern);
    }
    exports.getPositivePatterns = getPositivePatterns;
    function getPatternsInsideCurrentDirectory(patterns) {
      return patterns.filter((pattern) => !isPatternRelatedToParentDirectory(pattern));
    }
    exports.getPatternsInsideCurrentDirectory = getPatternsInsideCurrentDirectory;
    function getPatternsOutsideCurrentDirectory(patterns) {
      return patterns.filter(isPatternRelatedToParentDirectory);
    }
    exports.getPatternsOutsideCurrentDirectory = getPatternsOutsideCurrentDirectory;
    function isPatternRelatedToParentDirectory(pattern) {
      return pattern.startsWith("..") || pattern.startsWith("./..");
    }
    exports.isPatternRelatedToParentDirectory = isPatternRelatedToParentDirectory;
    function getBaseDirectory(pattern) {
      return globParent(pattern, { flipBackslashes: false });
    }
    exports.getBaseDirectory = getBaseDirectory;
    function hasGlobStar(pattern) {
      return pattern.includes(GLOBSTAR);
    }
    exports.hasGlobStar = hasGlobStar;
    function endsWithSlashGlobStar(pattern) {
      return pattern.endsWith("/" + GLOBSTAR);
    }
    exports.endsWithSlashGlobStar = endsWithSlashGlobStar;
    function isAffectDepthOfReadingPattern(pattern) {
      const basename2 = path4.basename(pattern);
      return endsWithSlashGlobStar(pattern) || isStaticPattern(basename2);
    }
    exports.isAffectDepthOfReadingPattern = isAffectDepthOfReadingPattern;
    function expandPatternsWithBraceExpansion(patterns) {
      return patterns.reduce((collection, pattern) => {
        return collection.concat(expandBraceExpansion(pattern));
      }, []);
    }
    exports.expandPatternsWithBraceExpansion = expandPatternsWithBraceExpansion;
    function expandBraceExpansion(pattern) {
      const patterns = micromatch2.braces(pattern, { expand: true, nodupes: true, keepEscaping: true });
      patterns.sort((a, b) => a.length - b.length);
      return patterns.filter((pattern2) => pattern2 !== "");
    }
    exports.expandBraceExpansion = expandBraceExpansion;
    function getPatternParts(pattern, options) {
      let { parts } = micromatch2.scan(pattern, Object.assign(Object.assign({}, options), { parts: true }));
      if (parts.length === 0) {
        parts = [pattern];
      }
      if (parts[0].startsWith("/")) {
        parts[0] = parts[0].slice(1);
        parts.unshift("");
      }
      return parts;
    }
    exports.getPatternParts = getPatternParts;
    function makeRe(pattern, options) {
      return micromatch2.makeRe(pattern, options);
    }
    exports.makeRe = makeRe;
    function convertPatternsToRe(patterns, options) {
      return patterns.map((pattern) => makeRe(pattern, options));
    }
    exports.convertPatternsToRe = convertPatternsToRe;
    function matchAny(entry, patternsRe) {
      return patternsRe.some((patternRe) => patternRe.test(entry));
    }
    exports.matchAny = matchAny;
    function removeDuplicateSlashes(pattern) {
      return pattern.replace(DOUBLE_SLASH_RE, "/");
    }
    exports.removeDuplicateSlashes = removeDuplicateSlashes;
    function partitionAbsoluteAndRelative(patterns) {
      const absolute = [];
      const relative3 = [];
      for (const pattern of patterns) {
        if (isAbsolute4(pattern)) {
          absolute.push(pattern);
        } else {
          relative3.push(pattern);
        }
      }
      return [absolute, relative3];
    }
    exports.partitionAbsoluteAndRelative = partitionAbsoluteAndRelative;
    function isAbsolute4(pattern) {
      return path4.isAbsolute(pattern);
    }
    exports.isAbsolute = isAbsolute4;
  }
});

// node_modules/merge2/index.js
var require_merge2 = __commonJS({
  "node_modules/merge2/index.js"(exports, module) {
    "use strict";
    var Stream = __require("stream");
    var PassThrough = Stream.PassThrough;
    var slice = Array.prototype.slice;
    module.exports = merge2;
    function merge2() {
      const streamsQueue = [];
      const args = slice.call(arguments);
      let merging = false;
      let options = args[args.length - 1];
      if (options && !Array.isArray(options) && options.pipe == null) {
        args.pop();
      } else {
        options = {};
      }
      const doEnd = options.end !== false;
      const doPipeError = options.pipeError === true;
      if (options.objectMode == null) {
        options.objectMode = true;
      }
      if (options.highWaterMark == null) {
        options.highWaterMark = 64 * 1024;
      }
      const mergedStream = PassThrough(options);
      function addStream() {
        for (let i = 0, len = arguments.length; i < len; i++) {
          streamsQueue.push(pauseStreams(arguments[i], options));
        }
        mergeStream();
        return this;
      }
      function mergeStream() {
        if (merging) {
          return;
        }
        merging = true;
        let streams = streamsQueue.shift();
        if (!streams) {
          process.nextTick(endStream2);
          return;
        }
        if (!Array.isArray(streams)) {
          streams = [streams];
        }
        let pipesCount = streams.length + 1;
        function next() {
          if (--pipesCount > 0) {
            return;
          }
          merging = false;
          mergeStream();
        }
        function pipe(stream) {
          function onend() {
            stream.removeListener("merge2UnpipeEnd", onend);
            stream.removeListener("end", onend);
            if (doPipeError) {
              stream.removeListener("error", onerror);
            }
            next();
          }
          function onerror(err) {
            mergedStream.emit("error", err);
          }
          if (stream._readableState.endEmitted) {
            return next();
          }
          stream.on("merge2UnpipeEnd", onend);
          stream.on("end", onend);
          if (doPipeError) {
            stream.on("error", onerror);
          }
          stream.pipe(mergedStream, { end: false });
          stream.resume();
        }
        for (let i = 0; i < streams.length; i++) {
          pipe(streams[i]);
        }
        next();
      }
      function endStream2() {
        merging = false;
        mergedStream.emit("queueDrain");
        if (doEnd) {
          mergedStream.end();
        }
      }
      mergedStream.setMaxListeners(0);
      mergedStream.add = addStream;
      mergedStream.on("unpipe", function(stream) {
        stream.emit("merge2UnpipeEnd");
      });
      if (args.length) {
        addStream.apply(null, args);
      }
      return mergedStream;
    }
    function pauseStreams(streams, options) {
      if (!Array.isArray(streams)) {
        if (!streams._readableState && streams.pipe) {
          streams = streams.pipe(PassThrough(options));
        }
        if (!streams._readableState || !streams.pause || !streams.pipe) {
          throw new Error("Only readable stream can be merged.");
        }
        streams.pause();
      } else {
        for (let i = 0, len = streams.length; i < len; i++) {
          streams[i] = pauseStreams(streams[i], options);
        }
      }
      return streams;
    }
  }
});

// node_modules/fast-glob/out/utils/stream.js
var require_stream = __commonJS({
  "node_modules/fast-glob/out/utils/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.merge = void 0;
    var merge2 = require_merge2();
    function merge(streams) {
      const mergedStream = merge2(streams);
      streams.forEach((stream) => {
        stream.once("error", (error) => mergedStream.emit("error", error));
      });
      mergedStream.once("close", () => propagateCloseEventToSources(streams));
      mergedStream.once("end", () => propagateCloseEventToSources(streams));
      return mergedStream;
    }
    exports.merge = merge;
    function propagateCloseEventToSources(streams) {
      streams.forEach((stream) => stream.emit("close"));
    }
  }
});

// node_modules/fast-glob/out/utils/string.js
var require_string = __commonJS({
  "node_modules/fast-glob/out/utils/string.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isEmpty = exports.isString = void 0;
    function isString(input) {
      return typeof input === "string";
    }
    exports.isString = isString;
    function isEmpty(input) {
      return input === "";
    }
    exports.isEmpty = isEmpty;
  }
});

// node_modules/fast-glob/out/utils/index.js
var require_utils3 = __commonJS({
  "node_modules/fast-glob/out/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.string = exports.stream = exports.pattern = exports.path = exports.fs = exports.errno = exports.array = void 0;
    var array = require_array();
    exports.array = array;
    var errno = require_errno();
    exports.errno = errno;
    var fs4 = require_fs();
    exports.fs = fs4;
    var path4 = require_path();
    exports.path = path4;
    var pattern = require_pattern();
    exports.pattern = pattern;
    var stream = require_stream();
    exports.stream = stream;
    var string = require_string();
    exports.string = string;
  }
});

// node_modules/fast-glob/out/managers/tasks.js
var require_tasks = __commonJS({
  "node_modules/fast-glob/out/managers/tasks.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.convertPatternGroupToTask = exports.convertPatternGroupsToTasks = exports.groupPatternsByBaseDirectory = exports.getNegativePatternsAsPositive = exports.getPositivePatterns = exports.convertPatternsToTasks = exports.generate = void 0;
    var utils = require_utils3();
    function generate(input, settings) {
      const patterns = processPatterns(input, settings);
      const ignore = processPatterns(settings.ignore, settings);
      const positivePatterns = getPositivePatterns(patterns);
      const negativePatterns = getNegativePatternsAsPositive(patterns, ignore);
      const staticPatterns = positivePatterns.filter((pattern) => utils.pattern.isStaticPattern(pattern, settings));
      const dynamicPatterns = positivePatterns.filter((pattern) => utils.pattern.isDynamicPattern(pattern, settings));
      const staticTasks = convertPatternsToTasks(
        staticPatterns,
        negativePatterns,
        /* dynamic */
        false
      );
      const dynamicTasks = convertPatternsToTasks(
        dynamicPatterns,
        negativePatterns,
        /* dynamic */
        true
      );
      return staticTasks.concat(dynamicTasks);
    }
    exports.generate = generate;
    function processPatterns(input, settings) {
      let patterns = input;
      if (settings.braceExpansion) {
        patterns = utils.pattern.expandPatternsWithBraceExpansion(patterns);
      }
      if (settings.baseNameMatch) {
        patterns = patterns.map((pattern) => pattern.includes("/") ? pattern : `**/${pattern}`);
      }
      return patterns.map((pattern) => utils.pattern.removeDuplicateSlashes(pattern));
    }
    function convertPatternsToTasks(positive3, negative, dynamic) {
      const tasks = [];
      const patternsOutsideCurrentDirectory = utils.pattern.getPatternsOutsideCurrentDirectory(positive3);
      const patternsInsideCurrentDirectory = utils.pattern.getPatternsInsideCurrentDirectory(positive3);
      const outsideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsOutsideCurrentDirectory);
      const insideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsInsideCurrentDirectory);
      tasks.push(...convertPatternGroupsToTasks(outsideCurrentDirectoryGroup, negative, dynamic));
      if ("." in insideCurrentDirectoryGroup) {
        tasks.push(convertPatternGroupToTask(".", patternsInsideCurrentDirectory, negative, dynamic));
      } else {
        tasks.push(...convertPatternGroupsToTasks(insideCurrentDirectoryGroup, negative, dynamic));
      }
      return tasks;
    }
    exports.convertPatternsToTasks = convertPatternsToTasks;
    function getPositivePatterns(patterns) {
      return utils.pattern.getPositivePatterns(patterns);
    }
    exports.getPositivePatterns = getPositivePatterns;
    function getNegativePatternsAsPositive(patterns, ignore) {
      const negative = utils.pattern.getNegativePatterns(patterns).concat(ignore);
      const positive3 = negative.map(utils.pattern.convertToPositivePattern);
      return positive3;
    }
    exports.getNegativePatternsAsPositive = getNegativePatternsAsPositive;
    function groupPatternsByBaseDirectory(patterns) {
      const group = {};
      return patterns.reduce((collection, pattern) => {
        const base = utils.pattern.getBaseDirectory(pattern);
        if (base in collection) {
          collection[base].push(pattern);
        } else {
          collection[base] = [pattern];
        }
        return collection;
      }, group);
    }
    exports.groupPatternsByBaseDirectory = groupPatternsByBaseDirectory;
    function convertPatternGroupsToTasks(positive3, negative, dynamic) {
      return Object.keys(positive3).map((base) => {
        return convertPatternGroupToTask(base, positive3[base], negative, dynamic);
      });
    }
    exports.convertPatternGroupsToTasks = convertPatternGroupsToTasks;
    function convertPatternGroupToTask(base, positive3, negative, dynamic) {
      return {
        dynamic,
        positive: positive3,
        negative,
        base,
        patterns: [].concat(positive3, negative.map(utils.pattern.convertToNegativePattern))
      };
    }
    exports.convertPatternGroupToTask = convertPatternGroupToTask;
  }
});

// node_modules/@nodelib/fs.stat/out/providers/async.js
var require_async = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.read = void 0;
    function read(path4, settings, callback) {
      settings.fs.lstat(path4, (lstatError, lstat) => {
        if (lstatError !== null) {
          callFailureCallback(callback, lstatError);
          return;
        }
        if (!lstat.isSymbolicLink() || !settings.followSymbolicLink) {
          callSuccessCallback(callback, lstat);
          return;
        }
        settings.fs.stat(path4, (statError, stat) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              callFailureCallback(callback, statError);
              return;
            }
            callSuccessCallback(callback, lstat);
            return;
          }
          if (settings.markSymbolicLink) {
            stat.isSymbolicLink = () => true;
          }
          callSuccessCallback(callback, stat);
        });
      });
    }
    exports.read = read;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.stat/out/providers/sync.js
var require_sync = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.read = void 0;
    function read(path4, settings) {
      const lstat = settings.fs.lstatSync(path4);
      if (!lstat.isSymbolicLink() || !settings.followSymbolicLink) {
        return lstat;
      }
      try {
        const stat = settings.fs.statSync(path4);
        if (settings.markSymbolicLink) {
          stat.isSymbolicLink = () => true;
        }
        return stat;
      } catch (error) {
        if (!settings.throwErrorOnBrokenSymbolicLink) {
          return lstat;
        }
        throw error;
      }
    }
    exports.read = read;
  }
});

// node_modules/@nodelib/fs.stat/out/adapters/fs.js
var require_fs2 = __commonJS({
  "node_modules/@nodelib/fs.stat/out/adapters/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
    var fs4 = __require("fs");
    exports.FILE_SYSTEM_ADAPTER = {
      lstat: fs4.lstat,
      stat: fs4.stat,
      lstatSync: fs4.lstatSync,
      statSync: fs4.statSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.stat/out/settings.js
var require_settings = __commonJS({
  "node_modules/@nodelib/fs.stat/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fs4 = require_fs2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLink = this._getValue(this._options.followSymbolicLink, true);
        this.fs = fs4.createFileSystemAdapter(this._options.fs);
        this.markSymbolicLink = this._getValue(this._options.markSymbolicLink, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.stat/out/index.js
var require_out = __commonJS({
  "node_modules/@nodelib/fs.stat/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.statSync = exports.stat = exports.Settings = void 0;
    var async = require_async();
    var sync = require_sync();
    var settings_1 = require_settings();
    exports.Settings = settings_1.default;
    function stat(path4, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path4, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path4, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports.stat = stat;
    function statSync4(path4, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path4, settings);
    }
    exports.statSync = statSync4;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/queue-microtask/index.js
var require_queue_microtask = __commonJS({
  "node_modules/queue-microtask/index.js"(exports, module) {
    var promise;
    module.exports = typeof queueMicrotask === "function" ? queueMicrotask.bind(typeof window !== "undefined" ? window : global) : (cb) => (promise || (promise = Promise.resolve())).then(cb).catch((err) => setTimeout(() => {
      throw err;
    }, 0));
  }
});

// node_modules/run-parallel/index.js
var require_run_parallel = __commonJS({
  "node_modules/run-parallel/index.js"(exports, module) {
    module.exports = runParallel;
    var queueMicrotask2 = require_queue_microtask();
    function runParallel(tasks, cb) {
      let results, pending, keys;
      let isSync = true;
      if (Array.isArray(tasks)) {
        results = [];
        pending = tasks.length;
      } else {
        keys = Object.keys(tasks);
        results = {};
        pending = keys.length;
      }
      function done(err) {
        function end() {
          if (cb) cb(err, results);
          cb = null;
        }
        if (isSync) queueMicrotask2(end);
        else end();
      }
      function each(i, err, result) {
        results[i] = result;
        if (--pending === 0 || err) {
          done(err);
        }
      }
      if (!pending) {
        done(null);
      } else if (keys) {
        keys.forEach(function(key) {
          tasks[key](function(err, result) {
            each(key, err, result);
          });
        });
      } else {
        tasks.forEach(function(task, i) {
          task(function(err, result) {
            each(i, err, result);
          });
        });
      }
      isSync = false;
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/constants.js
var require_constants3 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/constants.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = void 0;
    var NODE_PROCESS_VERSION_PARTS = process.versions.node.split(".");
    if (NODE_PROCESS_VERSION_PARTS[0] === void 0 || NODE_PROCESS_VERSION_PARTS[1] === void 0) {
      throw new Error(`Unexpected behavior. The 'process.versions.node' variable has invalid value: ${process.versions.node}`);
    }
    var MAJOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[0], 10);
    var MINOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[1], 10);
    var SUPPORTED_MAJOR_VERSION = 10;
    var SUPPORTED_MINOR_VERSION = 10;
    var IS_MATCHED_BY_MAJOR = MAJOR_VERSION > SUPPORTED_MAJOR_VERSION;
    var IS_MATCHED_BY_MAJOR_AND_MINOR = MAJOR_VERSION === SUPPORTED_MAJOR_VERSION && MINOR_VERSION >= SUPPORTED_MINOR_VERSION;
    exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = IS_MATCHED_BY_MAJOR || IS_MATCHED_BY_MAJOR_AND_MINOR;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/fs.js
var require_fs3 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/index.js
var require_utils4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.fs = void 0;
    var fs4 = require_fs3();
    exports.fs = fs4;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/common.js
var require_common = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.joinPathSegments = void 0;
    function joinPathSegments(a, b, separator) {
      if (a.endsWith(separator)) {
        return a + b;
      }
      return a + separator + b;
    }
    exports.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/async.js
var require_async2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
    var fsStat = require_out();
    var rpl = require_run_parallel();
    var constants_1 = require_constants3();
    var utils = require_utils4();
    var common = require_common();
    function read(directory, settings, callback) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        readdirWithFileTypes(directory, settings, callback);
        return;
      }
      readdir(directory, settings, callback);
    }
    exports.read = read;
    function readdirWithFileTypes(directory, settings, callback) {
      settings.fs.readdir(directory, { withFileTypes: true }, (readdirError, dirents) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const entries = dirents.map((dirent) => ({
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        }));
        if (!settings.followSymbolicLinks) {
          callSuccessCallback(callback, entries);
          return;
        }
        const tasks = entries.map((entry) => makeRplTaskEntry(entry, settings));
        rpl(tasks, (rplError, rplEntries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, rplEntries);
        });
      });
    }
    exports.readdirWithFileTypes = readdirWithFileTypes;
    function makeRplTaskEntry(entry, settings) {
      return (done) => {
        if (!entry.dirent.isSymbolicLink()) {
          done(null, entry);
          return;
        }
        settings.fs.stat(entry.path, (statError, stats) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              done(statError);
              return;
            }
            done(null, entry);
            return;
          }
          entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          done(null, entry);
        });
      };
    }
    function readdir(directory, settings, callback) {
      settings.fs.readdir(directory, (readdirError, names) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const tasks = names.map((name) => {
          const path4 = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
          return (done) => {
            fsStat.stat(path4, settings.fsStatSettings, (error, stats) => {
              if (error !== null) {
                done(error);
                return;
              }
              const entry = {
                name,
                path: path4,
                dirent: utils.fs.createDirentFromStats(name, stats)
              };
              if (settings.stats) {
                entry.stats = stats;
              }
              done(null, entry);
            });
          };
        });
        rpl(tasks, (rplError, entries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, entries);
        });
      });
    }
    exports.readdir = readdir;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/sync.js
var require_sync2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
    var fsStat = require_out();
    var constants_1 = require_constants3();
    var utils = require_utils4();
    var common = require_common();
    function read(directory, settings) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        return readdirWithFileTypes(directory, settings);
      }
      return readdir(directory, settings);
    }
    exports.read = read;
    function readdirWithFileTypes(directory, settings) {
      const dirents = settings.fs.readdirSync(directory, { withFileTypes: true });
      return dirents.map((dirent) => {
        const entry = {
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        };
        if (entry.dirent.isSymbolicLink() && settings.followSymbolicLinks) {
          try {
            const stats = settings.fs.statSync(entry.path);
            entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          } catch (error) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              throw error;
            }
          }
        }
        return entry;
      });
    }
    exports.readdirWithFileTypes = readdirWithFileTypes;
    function readdir(directory, settings) {
      const names = settings.fs.readdirSync(directory);
      return names.map((name) => {
        const entryPath = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
        const stats = fsStat.statSync(entryPath, settings.fsStatSettings);
        const entry = {
          name,
          path: entryPath,
          dirent: utils.fs.createDirentFromStats(name, stats)
        };
        if (settings.stats) {
          entry.stats = stats;
        }
        return entry;
      });
    }
    exports.readdir = readdir;
  }
});

// node_modules/@nodelib/fs.scandir/out/adapters/fs.js
var require_fs4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/adapters/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
    var fs4 = __require("fs");
    exports.FILE_SYSTEM_ADAPTER = {
      lstat: fs4.lstat,
      stat: fs4.stat,
      lstatSync: fs4.lstatSync,
      statSync: fs4.statSync,
      readdir: fs4.readdir,
      readdirSync: fs4.readdirSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.scandir/out/settings.js
var require_settings2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path4 = __require("path");
    var fsStat = require_out();
    var fs4 = require_fs4();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, false);
        this.fs = fs4.createFileSystemAdapter(this._options.fs);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path4.sep);
        this.stats = this._getValue(this._options.stats, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
        this.fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this.followSymbolicLinks,
          fs: this.fs,
          throwErrorOnBrokenSymbolicLink: this.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.scandir/out/index.js
var require_out2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Settings = exports.scandirSync = exports.scandir = void 0;
    var async = require_async2();
    var sync = require_sync2();
    var settings_1 = require_settings2();
    exports.Settings = settings_1.default;
    function scandir(path4, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path4, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path4, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports.scandir = scandir;
    function scandirSync(path4, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path4, settings);
    }
    exports.scandirSync = scandirSync;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/reusify/reusify.js
var require_reusify = __commonJS({
  "node_modules/reusify/reusify.js"(exports, module) {
    "use strict";
    function reusify(Constructor) {
      var head = new Constructor();
      var tail = head;
      function get() {
        var current = head;
        if (current.next) {
          head = current.next;
        } else {
          head = new Constructor();
          tail = head;
        }
        current.next = null;
        return current;
      }
      function release(obj) {
        tail.next = obj;
        tail = obj;
      }
      return {
        get,
        release
      };
    }
    module.exports = reusify;
  }
});

// node_modules/fastq/queue.js
var require_queue = __commonJS({
  "node_modules/fastq/queue.js"(exports, module) {
    "use strict";
    var reusify = require_reusify();
    function fastqueue(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      if (!(_concurrency >= 1)) {
        throw new Error("fastqueue concurrency must be equal to or greater than 1");
      }
      var cache = reusify(Task);
      var queueHead = null;
      var queueTail = null;
      var _running = 0;
      var errorHandler = null;
      var self = {
        push,
        drain: noop2,
        saturated: noop2,
        pause,
        paused: false,
        get concurrency() {
          return _concurrency;
        },
        set concurrency(value) {
          if (!(value >= 1)) {
            throw new Error("fastqueue concurrency must be equal to or greater than 1");
          }
          _concurrency = value;
          if (self.paused) return;
          for (; queueHead && _running < _concurrency; ) {
            _running++;
            release();
          }
        },
        running,
        resume,
        idle,
        length,
        getQueue,
        unshift,
        empty: noop2,
        kill,
        killAndDrain,
        error,
        abort
      };
      return self;
      function running() {
        return _running;
      }
      function pause() {
        self.paused = true;
      }
      function length() {
        var current = queueHead;
        var counter = 0;
        while (current) {
          current = current.next;
          counter++;
        }
        return counter;
      }
      function getQueue() {
        var current = queueHead;
        var tasks = [];
        while (current) {
          tasks.push(current.value);
          current = current.next;
        }
        return tasks;
      }
      function resume() {
        if (!self.paused) return;
        self.paused = false;
        if (queueHead === null) {
          _running++;
          release();
          return;
        }
        for (; queueHead && _running < _concurrency; ) {
          _running++;
          release();
        }
      }
      function idle() {
        return _running === 0 && self.length() === 0;
      }
      function push(value, done) {
        var current = cache.get();
        current.context = context;
        current.release = release;
        current.value = value;
        current.callback = done || noop2;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueTail) {
            queueTail.next = current;
            queueTail = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current.value, current.worked);
        }
      }
      function unshift(value, done) {
        var current = cache.get();
        current.context = context;
        current.release = release;
        current.value = value;
        current.callback = done || noop2;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueHead) {
            current.next = queueHead;
            queueHead = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current.value, current.worked);
        }
      }
      function release(holder) {
        if (holder) {
          cache.release(holder);
        }
        var next = queueHead;
        if (next && _running <= _concurrency) {
          if (!self.paused) {
            if (queueTail === queueHead) {
              queueTail = null;
            }
            queueHead = next.next;
            next.next = null;
            worker.call(context, next.value, next.worked);
            if (queueTail === null) {
              self.empty();
            }
          } else {
            _running--;
          }
        } else if (--_running === 0) {
          self.drain();
        }
      }
      function kill() {
        queueHead = null;
        queueTail = null;
        self.drain = noop2;
      }
      function killAndDrain() {
        queueHead = null;
        queueTail = null;
        self.drain();
        self.drain = noop2;
      }
      function abort() {
        var current = queueHead;
        queueHead = null;
        queueTail = null;
        while (current) {
          var next = current.next;
          var callback = current.callback;
          var errorHandler2 = current.errorHandler;
          var val = current.value;
          var context2 = current.context;
          current.value = null;
          current.callback = noop2;
          current.errorHandler = null;
          current.next = null;
          if (errorHandler2) {
            errorHandler2(new Error("abort"), val);
          }
          callback.call(context2, new Error("abort"));
          cache.release(current);
          current = next;
        }
        self.drain = noop2;
      }
      function error(handler) {
        errorHandler = handler;
      }
    }
    function noop2() {
    }
    function Task() {
      this.value = null;
      this.callback = noop2;
      this.next = null;
      this.release = noop2;
      this.context = null;
      this.errorHandler = null;
      var self = this;
      this.worked = function worked(err, result) {
        var callback = self.callback;
        var errorHandler = self.errorHandler;
        var val = self.value;
        self.value = null;
        self.callback = noop2;
        if (self.errorHandler) {
          errorHandler(err, val);
        }
        callback.call(self.context, err, result);
        self.release(self);
      };
    }
    function queueAsPromised(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      function asyncWrapper(arg, cb) {
        worker.call(this, arg).then(function(res) {
          cb(null, res);
        }, cb);
      }
      var queue = fastqueue(context, asyncWrapper, _concurrency);
      var pushCb = queue.push;
      var unshiftCb = queue.unshift;
      queue.push = push;
      queue.unshift = unshift;
      queue.drained = drained;
      return queue;
      function push(value) {
        var p = new Promise(function(resolve6, reject) {
          pushCb(value, function(err, result) {
            if (err) {
              reject(err);
              return;
            }
            resolve6(result);
          });
        });
        p.catch(noop2);
        return p;
      }
      function unshift(value) {
        var p = new Promise(function(resolve6, reject) {
          unshiftCb(value, function(err, result) {
            if (err) {
              reject(err);
              return;
            }
            resolve6(result);
          });
        });
        p.catch(noop2);
        return p;
      }
      function drained() {
        var p = new Promise(function(resolve6) {
          process.nextTick(function() {
            if (queue.idle()) {
              resolve6();
            } else {
              var previousDrain = queue.drain;
              queue.drain = function() {
                if (typeof previousDrain === "function") previousDrain();
                resolve6();
                queue.drain = previousDrain;
              };
            }
          });
        });
        return p;
      }
    }
    module.exports = fastqueue;
    module.exports.promise = queueAsPromised;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/common.js
var require_common2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.joinPathSegments = exports.replacePathSegmentSeparator = exports.isAppliedFilter = exports.isFatalError = void 0;
    function isFatalError(settings, error) {
      if (settings.errorFilter === null) {
        return true;
      }
      return !settings.errorFilter(error);
    }
    exports.isFatalError = isFatalError;
    function isAppliedFilter(filter, value) {
      return filter === null || filter(value);
    }
    exports.isAppliedFilter = isAppliedFilter;
    function replacePathSegmentSeparator(filepath, separator) {
      return filepath.split(/[/\\]/).join(separator);
    }
    exports.replacePathSegmentSeparator = replacePathSegmentSeparator;
    function joinPathSegments(a, b, separator) {
      if (a === "") {
        return b;
      }
      if (a.endsWith(separator)) {
        return a + b;
      }
      return a + separator + b;
    }
    exports.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/reader.js
var require_reader = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var common = require_common2();
    var Reader2 = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._root = common.replacePathSegmentSeparator(_root, _settings.pathSegmentSeparator);
      }
    };
    exports.default = Reader2;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/async.js
var require_async3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var events_1 = __require("events");
    var fsScandir = require_out2();
    var fastq = require_queue();
    var common = require_common2();
    var reader_1 = require_reader();
    var AsyncReader = class extends reader_1.default {
      constructor(_root, _settings) {
        super(_root, _settings);
        this._settings = _settings;
        this._scandir = fsScandir.scandir;
        this._emitter = new events_1.EventEmitter();
        this._queue = fastq(this._worker.bind(this), this._settings.concurrency);
        this._isFatalError = false;
        this._isDestroyed = false;
        this._queue.drain = () => {
          if (!this._isFatalError) {
            this._emitter.emit("end");
          }
        };
      }
      read() {
        this._isFatalError = false;
        this._isDestroyed = false;
        setImmediate(() => {
          this._pushToQueue(this._root, this._settings.basePath);
        });
        return this._emitter;
      }
      get isDestroyed() {
        return this._isDestroyed;
      }
      destroy() {
        if (this._isDestroyed) {
          throw new Error("The reader is already destroyed");
        }
        this._isDestroyed = true;
        this._queue.killAndDrain();
      }
      onEntry(callback) {
        this._emitter.on("entry", callback);
      }
      onError(callback) {
        this._emitter.once("error", callback);
      }
      onEnd(callback) {
        this._emitter.once("end", callback);
      }
      _pushToQueue(directory, base) {
        const queueItem = { directory, base };
        this._queue.push(queueItem, (error) => {
          if (error !== null) {
            this._handleError(error);
          }
        });
      }
      _worker(item, done) {
        this._scandir(item.directory, this._settings.fsScandirSettings, (error, entries) => {
          if (error !== null) {
            done(error, void 0);
            return;
          }
          for (const entry of entries) {
            this._handleEntry(entry, item.base);
          }
          done(null, void 0);
        });
      }
      _handleError(error) {
        if (this._isDestroyed || !common.isFatalError(this._settings, error)) {
          return;
        }
        this._isFatalError = true;
        this._isDestroyed = true;
        this._emitter.emit("error", error);
      }
      _handleEntry(entry, base) {
        if (this._isDestroyed || this._isFatalError) {
          return;
        }
        const fullpath = entry.path;
        if (base !== void 0) {
          entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
          this._emitEntry(entry);
        }
        if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
          this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
        }
      }
      _emitEntry(entry) {
        this._emitter.emit("entry", entry);
      }
    };
    exports.default = AsyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/async.js
var require_async4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var async_1 = require_async3();
    var AsyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._storage = [];
      }
      read(callback) {
        this._reader.onError((error) => {
          callFailureCallback(callback, error);
        });
        this._reader.onEntry((entry) => {
          this._storage.push(entry);
        });
        this._reader.onEnd(() => {
          callSuccessCallback(callback, this._storage);
        });
        this._reader.read();
      }
    };
    exports.default = AsyncProvider;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, entries) {
      callback(null, entries);
    }
  }
});

// node_modules/@nodelib/fs.walk/out/providers/stream.js
var require_stream2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var async_1 = require_async3();
    var StreamProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._stream = new stream_1.Readable({
          objectMode: true,
          read: () => {
          },
          destroy: () => {
            if (!this._reader.isDestroyed) {
              this._reader.destroy();
            }
          }
        });
      }
      read() {
        this._reader.onError((error) => {
          this._stream.emit("error", error);
        });
        this._reader.onEntry((entry) => {
          this._stream.push(entry);
        });
        this._reader.onEnd(() => {
          this._stream.push(null);
        });
        this._reader.read();
        return this._stream;
      }
    };
    exports.default = StreamProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/sync.js
var require_sync3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsScandir = require_out2();
    var common = require_common2();
    var reader_1 = require_reader();
    var SyncReader = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._scandir = fsScandir.scandirSync;
        this._storage = [];
        this._queue = /* @__PURE__ */ new Set();
      }
      read() {
        this._pushToQueue(this._root, this._settings.basePath);
        this._handleQueue();
        return this._storage;
      }
      _pushToQueue(directory, base) {
        this._queue.add({ directory, base });
      }
      _handleQueue() {
        for (const item of this._queue.values()) {
          this._handleDirectory(item.directory, item.base);
        }
      }
      _handleDirectory(directory, base) {
        try {
          const entries = this._scandir(directory, this._settings.fsScandirSettings);
          for (const entry of entries) {
            this._handleEntry(entry, base);
          }
        } catch (error) {
          this._handleError(error);
        }
      }
      _handleError(error) {
        if (!common.isFatalError(this._settings, error)) {
          return;
        }
        throw error;
      }
      _handleEntry(entry, base) {
        const fullpath = entry.path;
        if (base !== void 0) {
          entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
          this._pushToStorage(entry);
        }
        if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
          this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
        }
      }
      _pushToStorage(entry) {
        this._storage.push(entry);
      }
    };
    exports.default = SyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/sync.js
var require_sync4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var sync_1 = require_sync3();
    var SyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new sync_1.default(this._root, this._settings);
      }
      read() {
        return this._reader.read();
      }
    };
    exports.default = SyncProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/settings.js
var require_settings3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path4 = __require("path");
    var fsScandir = require_out2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.basePath = this._getValue(this._options.basePath, void 0);
        this.concurrency = this._getValue(this._options.concurrency, Number.POSITIVE_INFINITY);
        this.deepFilter = this._getValue(this._options.deepFilter, null);
        this.entryFilter = this._getValue(this._options.entryFilter, null);
        this.errorFilter = this._getValue(this._options.errorFilter, null);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path4.sep);
        this.fsScandirSettings = new fsScandir.Settings({
          followSymbolicLinks: this._options.followSymbolicLinks,
          fs: this._options.fs,
          pathSegmentSeparator: this._options.pathSegmentSeparator,
          stats: this._options.stats,
          throwErrorOnBrokenSymbolicLink: this._options.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.walk/out/index.js
var require_out3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Settings = exports.walkStream = exports.walkSync = exports.walk = void 0;
    var async_1 = require_async4();
    var stream_1 = require_stream2();
    var sync_1 = require_sync4();
    var settings_1 = require_settings3();
    exports.Settings = settings_1.default;
    function walk2(directory, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        new async_1.default(directory, getSettings()).read(optionsOrSettingsOrCallback);
        return;
      }
      new async_1.default(directory, getSettings(optionsOrSettingsOrCallback)).read(callback);
    }
    exports.walk = walk2;
    function walkSync(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new sync_1.default(directory, settings);
      return provider.read();
    }
    exports.walkSync = walkSync;
    function walkStream(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new stream_1.default(directory, settings);
      return provider.read();
    }
    exports.walkStream = walkStream;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/fast-glob/out/readers/reader.js
var require_reader2 = __commonJS({
  "node_modules/fast-glob/out/readers/reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path4 = __require("path");
    var fsStat = require_out();
    var utils = require_utils3();
    var Reader2 = class {
      constructor(_settings) {
        this._settings = _settings;
        this._fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          throwErrorOnBrokenSymbolicLink: this._settings.followSymbolicLinks
        });
      }
      _getFullEntryPath(filepath) {
        return path4.resolve(this._settings.cwd, filepath);
      }
      _makeEntry(stats, pattern) {
        const entry = {
          name: pattern,
          path: pattern,
          dirent: utils.fs.createDirentFromStats(pattern, stats)
        };
        if (this._settings.stats) {
          entry.stats = stats;
        }
        return entry;
      }
      _isFatalError(error) {
        return !utils.errno.isEnoentCodeError(error) && !this._settings.suppressErrors;
      }
    };
    exports.default = Reader2;
  }
});

// node_modules/fast-glob/out/readers/stream.js
var require_stream3 = __commonJS({
  "node_modules/fast-glob/out/readers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderStream = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkStream = fsWalk.walkStream;
        this._stat = fsStat.stat;
      }
      dynamic(root, options) {
        return this._walkStream(root, options);
      }
      static(patterns, options) {
        const filepaths = patterns.map(this._getFullEntryPath, this);
        const stream = new stream_1.PassThrough({ objectMode: true });
        stream._write = (index, _enc, done) => {
          return this._getEntry(filepaths[index], patterns[index], options).then((entry) => {
            if (entry !== null && options.entryFilter(entry)) {
              stream.push(entry);
            }
            if (index === filepaths.length - 1) {
              stream.end();
            }
            done();
          }).catch(done);
        };
        for (let i = 0; i < filepaths.length; i++) {
          stream.write(i);
        }
        return stream;
      }
      _getEntry(filepath, pattern, options) {
        return this._getStat(filepath).then((stats) => this._makeEntry(stats, pattern)).catch((error) => {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        });
      }
      _getStat(filepath) {
        return new Promise((resolve6, reject) => {
          this._stat(filepath, this._fsStatSettings, (error, stats) => {
            return error === null ? resolve6(stats) : reject(error);
          });
        });
      }
    };
    exports.default = ReaderStream;
  }
});

// node_modules/fast-glob/out/readers/async.js
var require_async5 = __commonJS({
  "node_modules/fast-glob/out/readers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var stream_1 = require_stream3();
    var ReaderAsync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkAsync = fsWalk.walk;
        this._readerStream = new stream_1.default(this._settings);
      }
      dynamic(root, options) {
        return new Promise((resolve6, reject) => {
          this._walkAsync(root, options, (error, entries) => {
            if (error === null) {
              resolve6(entries);
            } else {
              reject(error);
            }
          });
        });
      }
      async static(patterns, options) {
        const entries = [];
        const stream = this._readerStream.static(patterns, options);
        return new Promise((resolve6, reject) => {
          stream.once("error", reject);
          stream.on("data", (entry) => entries.push(entry));
          stream.once("end", () => resolve6(entries));
        });
      }
    };
    exports.default = ReaderAsync;
  }
});

// node_modules/fast-glob/out/providers/matchers/matcher.js
var require_matcher = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/matcher.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var Matcher = class {
      constructor(_patterns, _settings, _micromatchOptions) {
        this._patterns = _patterns;
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this._storage = [];
        this._fillStorage();
      }
      _fillStorage() {
        for (const pattern of this._patterns) {
          const segments = this._getPatternSegments(pattern);
          const sections = this._splitSegmentsIntoSections(segments);
          this._storage.push({
            complete: sections.length <= 1,
            pattern,
            segments,
            sections
          });
        }
      }
      _getPatternSegments(pattern) {
        const parts = utils.pattern.getPatternParts(pattern, this._micromatchOptions);
        return parts.map((part) => {
          const dynamic = utils.pattern.isDynamicPattern(part, this._settings);
          if (!dynamic) {
            return {
              dynamic: false,
              pattern: part
            };
          }
          return {
            dynamic: true,
            pattern: part,
            patternRe: utils.pattern.makeRe(part, this._micromatchOptions)
          };
        });
      }
      _splitSegmentsIntoSections(segments) {
        return utils.array.splitWhen(segments, (segment) => segment.dynamic && utils.pattern.hasGlobStar(segment.pattern));
      }
    };
    exports.default = Matcher;
  }
});

// node_modules/fast-glob/out/providers/matchers/partial.js
var require_partial = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/partial.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var matcher_1 = require_matcher();
    var PartialMatcher = class extends matcher_1.default {
      match(filepath) {
        const parts = filepath.split("/");
        const levels = parts.length;
        const patterns = this._storage.filter((info) => !info.complete || info.segments.length > levels);
        for (const pattern of patterns) {
          const section = pattern.sections[0];
          if (!pattern.complete && levels > section.length) {
            return true;
          }
          const match = parts.every((part, index) => {
            const segment = pattern.segments[index];
            if (segment.dynamic && segment.patternRe.test(part)) {
              return true;
            }
            if (!segment.dynamic && segment.pattern === part) {
              return true;
            }
            return false;
          });
          if (match) {
            return true;
          }
        }
        return false;
      }
    };
    exports.default = PartialMatcher;
  }
});

// node_modules/fast-glob/out/providers/filters/deep.js
var require_deep = __commonJS({
  "node_modules/fast-glob/out/providers/filters/deep.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var partial_1 = require_partial();
    var DeepFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
      }
      getFilter(basePath, positive3, negative) {
        const matcher = this._getMatcher(positive3);
        const negativeRe = this._getNegativePatternsRe(negative);
        return (entry) => this._filter(basePath, entry, matcher, negativeRe);
      }
      _getMatcher(patterns) {
        return new partial_1.default(patterns, this._settings, this._micromatchOptions);
      }
      _getNegativePatternsRe(patterns) {
        const affectDepthOfReadingPatterns = patterns.filter(utils.pattern.isAffectDepthOfReadingPattern);
        return utils.pattern.convertPatternsToRe(affectDepthOfReadingPatterns, this._micromatchOptions);
      }
      _filter(basePath, entry, matcher, negativeRe) {
        if (this._isSkippedByDeep(basePath, entry.path)) {
          return false;
        }
        if (this._isSkippedSymbolicLink(entry)) {
          return false;
        }
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._isSkippedByPositivePatterns(filepath, matcher)) {
          return false;
        }
        return this._isSkippedByNegativePatterns(filepath, negativeRe);
      }
      _isSkippedByDeep(basePath, entryPath) {
        if (this._settings.deep === Infinity) {
          return false;
        }
        return this._getEntryLevel(basePath, entryPath) >= this._settings.deep;
      }
      _getEntryLevel(basePath, entryPath) {
        const entryPathDepth = entryPath.split("/").length;
        if (basePath === "") {
          return entryPathDepth;
        }
        const basePathDepth = basePath.split("/").length;
        return entryPathDepth - basePathDepth;
      }
      _isSkippedSymbolicLink(entry) {
        return !this._settings.followSymbolicLinks && entry.dirent.isSymbolicLink();
      }
      _isSkippedByPositivePatterns(entryPath, matcher) {
        return !this._settings.baseNameMatch && !matcher.match(entryPath);
      }
      _isSkippedByNegativePatterns(entryPath, patternsRe) {
        return !utils.pattern.matchAny(entryPath, patternsRe);
      }
    };
    exports.default = DeepFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/entry.js
var require_entry = __commonJS({
  "node_modules/fast-glob/out/providers/filters/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var EntryFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this.index = /* @__PURE__ */ new Map();
      }
      getFilter(positive3, negative) {
        const [absoluteNegative, relativeNegative] = utils.pattern.partitionAbsoluteAndRelative(negative);
        const patterns = {
          positive: {
            all: utils.pattern.convertPatternsToRe(positive3, this._micromatchOptions)
          },
          negative: {
            absolute: utils.pattern.convertPatternsToRe(absoluteNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true })),
            relative: utils.pattern.convertPatternsToRe(relativeNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true }))
          }
        };
        return (entry) => this._filter(entry, patterns);
      }
      _filter(entry, patterns) {
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._settings.unique && this._isDuplicateEntry(filepath)) {
          return false;
        }
        if (this._onlyFileFilter(entry) || this._onlyDirectoryFilter(entry)) {
          return false;
        }
        const isMatched = this._isMatchToPatternsSet(filepath, patterns, entry.dirent.isDirectory());
        if (this._settings.unique && isMatched) {
          this._createIndexRecord(filepath);
        }
        return isMatched;
      }
      _isDuplicateEntry(filepath) {
        return this.index.has(filepath);
      }
      _createIndexRecord(filepath) {
        this.index.set(filepath, void 0);
      }
      _onlyFileFilter(entry) {
        return this._settings.onlyFiles && !entry.dirent.isFile();
      }
      _onlyDirectoryFilter(entry) {
        return this._settings.onlyDirectories && !entry.dirent.isDirectory();
      }
      _isMatchToPatternsSet(filepath, patterns, isDirectory2) {
        const isMatched = this._isMatchToPatterns(filepath, patterns.positive.all, isDirectory2);
        if (!isMatched) {
          return false;
        }
        const isMatchedByRelativeNegative = this._isMatchToPatterns(filepath, patterns.negative.relative, isDirectory2);
        if (isMatchedByRelativeNegative) {
          return false;
        }
        const isMatchedByAbsoluteNegative = this._isMatchToAbsoluteNegative(filepath, patterns.negative.absolute, isDirectory2);
        if (isMatchedByAbsoluteNegative) {
          return false;
        }
        return true;
      }
      _isMatchToAbsoluteNegative(filepath, patternsRe, isDirectory2) {
        if (patternsRe.length === 0) {
          return false;
        }
        const fullpath = utils.path.makeAbsolute(this._settings.cwd, filepath);
        return this._isMatchToPatterns(fullpath, patternsRe, isDirectory2);
      }
      _isMatchToPatterns(filepath, patternsRe, isDirectory2) {
        if (patternsRe.length === 0) {
          return false;
        }
        const isMatched = utils.pattern.matchAny(filepath, patternsRe);
        if (!isMatched && isDirectory2) {
          return utils.pattern.matchAny(filepath + "/", patternsRe);
        }
        return isMatched;
      }
    };
    exports.default = EntryFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/error.js
var require_error = __commonJS({
  "node_modules/fast-glob/out/providers/filters/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var ErrorFilter = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getFilter() {
        return (error) => this._isNonFatalError(error);
      }
      _isNonFatalError(error) {
        return utils.errno.isEnoentCodeError(error) || this._settings.suppressErrors;
      }
    };
    exports.default = ErrorFilter;
  }
});

// node_modules/fast-glob/out/providers/transformers/entry.js
var require_entry2 = __commonJS({
  "node_modules/fast-glob/out/providers/transformers/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var EntryTransformer = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getTransformer() {
        return (entry) => this._transform(entry);
      }
      _transform(entry) {
        let filepath = entry.path;
        if (this._settings.absolute) {
          filepath = utils.path.makeAbsolute(this._settings.cwd, filepath);
          filepath = utils.path.unixify(filepath);
        }
        if (this._settings.markDirectories && entry.dirent.isDirectory()) {
          filepath += "/";
        }
        if (!this._settings.objectMode) {
          return filepath;
        }
        return Object.assign(Object.assign({}, entry), { path: filepath });
      }
    };
    exports.default = EntryTransformer;
  }
});

// node_modules/fast-glob/out/providers/provider.js
var require_provider = __commonJS({
  "node_modules/fast-glob/out/providers/provider.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path4 = __require("path");
    var deep_1 = require_deep();
    var entry_1 = require_entry();
    var error_1 = require_error();
    var entry_2 = require_entry2();
    var Provider = class {
      constructor(_settings) {
        this._settings = _settings;
        this.errorFilter = new error_1.default(this._settings);
        this.entryFilter = new entry_1.default(this._settings, this._getMicromatchOptions());
        this.deepFilter = new deep_1.default(this._settings, this._getMicromatchOptions());
        this.entryTransformer = new entry_2.default(this._settings);
      }
      _getRootDirectory(task) {
        return path4.resolve(this._settings.cwd, task.base);
      }
      _getReaderOptions(task) {
        const basePath = task.base === "." ? "" : task.base;
        return {
          basePath,
          pathSegmentSeparator: "/",
          concurrency: this._settings.concurrency,
          deepFilter: this.deepFilter.getFilter(basePath, task.positive, task.negative),
          entryFilter: this.entryFilter.getFilter(task.positive, task.negative),
          errorFilter: this.errorFilter.getFilter(),
          followSymbolicLinks: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          stats: this._settings.stats,
          throwErrorOnBrokenSymbolicLink: this._settings.throwErrorOnBrokenSymbolicLink,
          transform: this.entryTransformer.getTransformer()
        };
      }
      _getMicromatchOptions() {
        return {
          dot: this._settings.dot,
          matchBase: this._settings.baseNameMatch,
          nobrace: !this._settings.braceExpansion,
          nocase: !this._settings.caseSensitiveMatch,
          noext: !this._settings.extglob,
          noglobstar: !this._settings.globstar,
          posix: true,
          strictSlashes: false
        };
      }
    };
    exports.default = Provider;
  }
});

// node_modules/fast-glob/out/providers/async.js
var require_async6 = __commonJS({
  "node_modules/fast-glob/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var async_1 = require_async5();
    var provider_1 = require_provider();
    var ProviderAsync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new async_1.default(this._settings);
      }
      async read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = await this.api(root, task, options);
        return entries.map((entry) => options.transform(entry));
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderAsync;
  }
});

// node_modules/fast-glob/out/providers/stream.js
var require_stream4 = __commonJS({
  "node_modules/fast-glob/out/providers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var stream_2 = require_stream3();
    var provider_1 = require_provider();
    var ProviderStream = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new stream_2.default(this._settings);
      }
      read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const source = this.api(root, task, options);
        const destination = new stream_1.Readable({ objectMode: true, read: () => {
        } });
        source.once("error", (error) => destination.emit("error", error)).on("data", (entry) => destination.emit("data", options.transform(entry))).once("end", () => destination.emit("end"));
        destination.once("close", () => source.destroy());
        return destination;
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderStream;
  }
});

// node_modules/fast-glob/out/readers/sync.js
var require_sync5 = __commonJS({
  "node_modules/fast-glob/out/readers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderSync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkSync = fsWalk.walkSync;
        this._statSync = fsStat.statSync;
      }
      dynamic(root, options) {
        return this._walkSync(root, options);
      }
      static(patterns, options) {
        const entries = [];
        for (const pattern of patterns) {
          const filepath = this._getFullEntryPath(pattern);
          const entry = this._getEntry(filepath, pattern, options);
          if (entry === null || !options.entryFilter(entry)) {
            continue;
          }
          entries.push(entry);
        }
        return entries;
      }
      _getEntry(filepath, pattern, options) {
        try {
          const stats = this._getStat(filepath);
          return this._makeEntry(stats, pattern);
        } catch (error) {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        }
      }
      _getStat(filepath) {
        return this._statSync(filepath, this._fsStatSettings);
      }
    };
    exports.default = ReaderSync;
  }
});

// node_modules/fast-glob/out/providers/sync.js
var require_sync6 = __commonJS({
  "node_modules/fast-glob/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var sync_1 = require_sync5();
    var provider_1 = require_provider();
    var ProviderSync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new sync_1.default(this._settings);
      }
      read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = this.api(root, task, options);
        return entries.map(options.transform);
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderSync;
  }
});

// node_modules/fast-glob/out/settings.js
var require_settings4 = __commonJS({
  "node_modules/fast-glob/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DEFAULT_FILE_SYSTEM_ADAPTER = void 0;
    var fs4 = __require("fs");
    var os3 = __require("os");
    var CPU_COUNT = Math.max(os3.cpus().length, 1);
    exports.DEFAULT_FILE_SYSTEM_ADAPTER = {
      lstat: fs4.lstat,
      lstatSync: fs4.lstatSync,
      stat: fs4.stat,
      statSync: fs4.statSync,
      readdir: fs4.readdir,
      readdirSync: fs4.readdirSync
    };
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.absolute = this._getValue(this._options.absolute, false);
        this.baseNameMatch = this._getValue(this._options.baseNameMatch, false);
        this.braceExpansion = this._getValue(this._options.braceExpansion, true);
        this.caseSensitiveMatch = this._getValue(this._options.caseSensitiveMatch, true);
        this.concurrency = this._getValue(this._options.concurrency, CPU_COUNT);
        this.cwd = this._getValue(this._options.cwd, process.cwd());
        this.deep = this._getValue(this._options.deep, Infinity);
        this.dot = this._getValue(this._options.dot, false);
        this.extglob = this._getValue(this._options.extglob, true);
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, true);
        this.fs = this._getFileSystemMethods(this._options.fs);
        this.globstar = this._getValue(this._options.globstar, true);
        this.ignore = this._getValue(this._options.ignore, []);
        this.markDirectories = this._getValue(this._options.markDirectories, false);
        this.objectMode = this._getValue(this._options.objectMode, false);
        this.onlyDirectories = this._getValue(this._options.onlyDirectories, false);
        this.onlyFiles = this._getValue(this._options.onlyFiles, true);
        this.stats = this._getValue(this._options.stats, false);
        this.suppressErrors = this._getValue(this._options.suppressErrors, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, false);
        this.unique = this._getValue(this._options.unique, true);
        if (this.onlyDirectories) {
          this.onlyFiles = false;
        }
        if (this.stats) {
          this.objectMode = true;
        }
        this.ignore = [].concat(this.ignore);
      }
      _getValue(option, value) {
        return option === void 0 ? value : option;
      }
      _getFileSystemMethods(methods = {}) {
        return Object.assign(Object.assign({}, exports.DEFAULT_FILE_SYSTEM_ADAPTER), methods);
      }
    };
    exports.default = Settings;
  }
});

// node_modules/fast-glob/out/index.js
var require_out4 = __commonJS({
  "node_modules/fast-glob/out/index.js"(exports, module) {
    "use strict";
    var taskManager = require_tasks();
    var async_1 = require_async6();
    var stream_1 = require_stream4();
    var sync_1 = require_sync6();
    var settings_1 = require_settings4();
    var utils = require_utils3();
    async function FastGlob(source, options) {
      assertPatternsInput2(source);
      const works = getWorks(source, async_1.default, options);
      const result = await Promise.all(works);
      return utils.array.flatten(result);
    }
    (function(FastGlob2) {
      FastGlob2.glob = FastGlob2;
      FastGlob2.globSync = sync;
      FastGlob2.globStream = stream;
      FastGlob2.async = FastGlob2;
      function sync(source, options) {
        assertPatternsInput2(source);
        const works = getWorks(source, sync_1.default, options);
        return utils.array.flatten(works);
      }
      FastGlob2.sync = sync;
      function stream(source, options) {
        assertPatternsInput2(source);
        const works = getWorks(source, stream_1.default, options);
        return utils.stream.merge(works);
      }
      FastGlob2.stream = stream;
      function generateTasks2(source, options) {
        assertPatternsInput2(source);
        const patterns = [].concat(source);
        const settings = new settings_1.default(options);
        return taskManager.generate(patterns, settings);
      }
      FastGlob2.generateTasks = generateTasks2;
      function isDynamicPattern2(source, options) {
        assertPatternsInput2(source);
        const settings = new settings_1.default(options);
        return utils.pattern.isDynamicPattern(source, settings);
      }
      FastGlob2.isDynamicPattern = isDynamicPattern2;
      function escapePath(source) {
        assertPatternsInput2(source);
        return utils.path.escape(source);
      }
      FastGlob2.escapePath = escapePath;
      function convertPathToPattern2(source) {
        assertPatternsInput2(source);
        return utils.path.convertPathToPattern(source);
      }
      FastGlob2.convertPathToPattern = convertPathToPattern2;
      let posix2;
      (function(posix3) {
        function escapePath2(source) {
          assertPatternsInput2(source);
          return utils.path.escapePosixPath(source);
        }
        posix3.escapePath = escapePath2;
        function convertPathToPattern3(source) {
          assertPatternsInput2(source);
          return utils.path.convertPosixPathToPattern(source);
        }
        posix3.convertPathToPattern = convertPathToPattern3;
      })(posix2 = FastGlob2.posix || (FastGlob2.posix = {}));
      let win32;
      (function(win322) {
        function escapePath2(source) {
          assertPatternsInput2(source);
          return utils.path.escapeWindowsPath(source);
        }
        win322.escapePath = escapePath2;
        function convertPathToPattern3(source) {
          assertPatternsInput2(source);
          return utils.path.convertWindowsPathToPattern(source);
        }
        win322.convertPathToPattern = convertPathToPattern3;
      })(win32 = FastGlob2.win32 || (FastGlob2.win32 = {}));
    })(FastGlob || (FastGlob = {}));
    function getWorks(source, _Provider, options) {
      const patterns = [].concat(source);
      const settings = new settings_1.default(options);
      const tasks = taskManager.generate(patterns, settings);
      const provider = new _Provider(settings);
      return tasks.map(provider.read, provider);
    }
    function assertPatternsInput2(input) {
      const source = [].concat(input);
      const isValidSource = source.every((item) => utils.string.isString(item) && !utils.string.isEmpty(item));
      if (!isValidSource) {
        throw new TypeError("Patterns must be a string (non empty) or an array of strings");
      }
    }
    module.exports = FastGlob;
  }
});

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run2, space) => space ? run2.slice(0, run2.length - run2.length % 2) + SPACE : run2,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run2, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run2.length && !run2[index].wildcard; index++) {
        separator += run2[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run2 = [];
      const flush = () => {
        let lastWildcard;
        run2.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run2.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run2, at)})[^\\/])*`;
        });
        run2 = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run2.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path4) => {
      const end = path4.length - 1;
      const index = path4.lastIndexOf(
        SLASH,
        path4[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path4 : path4.slice(index + 1);
    };
    var parentOf = (path4) => {
      if (path4.charCodeAt(0) === SLASH_CODE || path4.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path4.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path4.length - 1;
      const cut = path4.lastIndexOf(
        SLASH,
        path4.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path4.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path4) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path4)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path4, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename2 = shortcut ? basenameOf(path4) : path4;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename2 : path4
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path4, originalPath, doThrow) => {
      if (!isString(path4)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path4) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path4)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path4) => {
      const first = path4.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path4.length === 1) {
        return true;
      }
      const second = path4.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path4.length === 2 || path4.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path4) {
        checkPath(
          path4,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path4 ? this._t(path4, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path4 = convertPath(target);
        if (!path4 || path4.charCodeAt(path4.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path4);
        }
        const dir = this._t(path4, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path4);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path4, cache) {
        if (path4 in cache) {
          return cache[path4];
        }
        const parentPath = parentOf(path4);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path4] = parent && parent.ignored ? parent : this._rules.test(path4, MODE_IGNORE);
      }
      ignores(path4) {
        return this._test(path4, this._ignoreCache, convertPath(path4)).ignored;
      }
      createFilter() {
        return (path4) => !this.ignores(path4);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path4) {
        return this._test(path4, this._testCache, convertPath(path4));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid2 = (path4) => checkPath(convertPath(path4), path4, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path4) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path4) || isNotRelative(path4);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid2;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/cli.ts
import { parseArgs } from "node:util";
import { appendFileSync } from "node:fs";
import { resolve as resolve5 } from "node:path";

// src/compose/services.ts
var import_yaml = __toESM(require_dist(), 1);
var ONE_SHOT_WORD = /^(migrate|migrations?|makemigrations|db:migrate|db:seed|migrate:latest|migration:run|upgrade|seed|seeds|init|initdb|setup|bootstrap|createsuperuser|collectstatic|compilemessages|install|provision|create-?buckets?|mc)$/i;
var ONE_SHOT_NAME = /(^|[-_])(migrat\w*|seed\w*|init|setup|bootstrap|provision\w*|createbuckets?|fixtures?|job)([-_]|$)/i;
function commandWords(yaml, service, key) {
  const node = getPath(yaml, service.node, key);
  if ((0, import_yaml.isScalar)(node)) return (scalarString(node) ?? "").split(/\s+/).filter(Boolean);
  if ((0, import_yaml.isSeq)(node)) return node.items.map((i) => scalarString(resolve(yaml, i)) ?? "");
  return [];
}
function isOneShot(yaml, service) {
  const mode = scalarString(getPath(yaml, service.node, "deploy.mode"));
  if (mode === "replicated-job" || mode === "global-job") return true;
  if (ONE_SHOT_NAME.test(service.name)) return true;
  const words = [...commandWords(yaml, service, "entrypoint"), ...commandWords(yaml, service, "command")];
  return words.some((w) => ONE_SHOT_WORD.test(w.replace(/^.*\//, "")) || /\bmigrat/i.test(w) && w.length < 40);
}

// src/rule.ts
function defineRule(rule) {
  return rule;
}
function formatMessage(template, data = {}) {
  return template.replace(
    /\{\{\s*(\w+)\s*\}\}/g,
    (whole, key) => key in data ? String(data[key]) : whole
  );
}

// rules/DC001-no-restart-policy.ts
var DC001_no_restart_policy_default = defineRule({
  id: "DC001",
  name: "no-restart-policy",
  severity: "warning",
  category: "reliability",
  productionOnly: true,
  kinds: ["compose"],
  triggers: ["services"],
  precision: "high",
  messages: {
    missing: 'service "{{service}}" has no restart policy: after a crash or a host reboot it stays down until someone restarts it'
  },
  docs: {
    summary: "A long-running compose service has no restart policy",
    what: `Reports a service with neither \`restart:\` nor \`deploy.restart_policy\` (merge keys such as \`<<: *defaults\` are followed). An explicit \`restart: "no"\` is respected as a decision. One-shot jobs are skipped: services whose command or entrypoint migrates, seeds or initialises (\`migrate\`, \`alembic upgrade\`, \`seed\`, \`init\`, \`collectstatic\`\u2026), whose name says so (\`migrate\`, \`db-init\`, \`seed\`\u2026), or whose \`deploy.mode\` is a job. Services that \`extends:\` another are skipped, since the policy may be inherited. The finding is anchored on the service key.`,
    why: `Compose's default is \`restart: "no"\`. The first unhandled exception, out-of-memory kill or host reboot takes the service down, and it stays down until a person notices \u2014 in one incident a Telegram bot was silently dead for hours after a reboot because nothing restarted it, and the team only learned of it from users.`,
    example: { kind: "compose", path: "compose.yaml", code: 'services:\n  api:\n    image: example/api:1.4\n    ports:\n      - "127.0.0.1:8000:8000"\n' },
    fix: { kind: "compose", path: "compose.yaml", code: 'services:\n  api:\n    image: example/api:1.4\n    restart: unless-stopped\n    ports:\n      - "127.0.0.1:8000:8000"\n' },
    references: ["https://docs.docker.com/reference/compose-file/services/#restart", "https://docs.docker.com/reference/compose-file/deploy/#restart_policy"]
  },
  document(doc, ctx) {
    const { yaml, services } = doc.tree;
    for (const service of services) {
      if (getPair(yaml, service.node, "restart") || has(yaml, service.node, "deploy.restart_policy")) continue;
      if (getPair(yaml, service.node, "extends")) continue;
      if (isOneShot(yaml, service)) continue;
      ctx.report({ messageId: "missing", data: { service: service.name }, span: service.keySpan });
    }
  }
});

// src/carriers/json-array.ts
var ESCAPES = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "	" };
function parseJsonStringArray(host) {
  const t = host.text;
  let i = 0;
  const ws = () => {
    while (i < t.length && /\s/.test(t[i])) i++;
  };
  ws();
  if (t[i] !== "[") return void 0;
  i++;
  const words = [];
  ws();
  if (t[i] === "]") return trailingOk(t, i + 1) ? words : void 0;
  for (; ; ) {
    ws();
    if (t[i] !== '"') return void 0;
    const start = i;
    i++;
    let value = "";
    const offsets = [];
    while (i < t.length && t[i] !== '"') {
      if (t[i] === "\\") {
        const e = t[i + 1];
        if (e === void 0) return void 0;
        if (e === "u") {
          const hex = t.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) return void 0;
          value += String.fromCharCode(parseInt(hex, 16));
          offsets.push(i);
          i += 6;
          continue;
        }
        const decoded2 = ESCAPES[e];
        if (decoded2 === void 0) return void 0;
        value += decoded2;
        offsets.push(i + 1);
        i += 2;
        continue;
      }
      if (t.charCodeAt(i) < 32) return void 0;
      value += t[i];
      offsets.push(i);
      i++;
    }
    if (t[i] !== '"') return void 0;
    i++;
    offsets.push(i - 1);
    const decoded = { value, offsets };
    words.push({ word: makeWord(decoded, start, i, host), decoded: toFileOffsets(decoded, host) });
    ws();
    if (t[i] === ",") {
      i++;
      continue;
    }
    if (t[i] === "]") return trailingOk(t, i + 1) ? words : void 0;
    return void 0;
  }
}
function trailingOk(t, i) {
  return /^\s*$/.test(t.slice(i));
}

// rules/DF002-shell-form-entrypoint.ts
var DF002_shell_form_entrypoint_default = defineRule({
  id: "DF002",
  name: "shell-form-entrypoint",
  severity: "warning",
  category: "reliability",
  productionOnly: true,
  kinds: ["dockerfile"],
  triggers: ["CMD", "ENTRYPOINT", "cmd", "entrypoint"],
  triggersIgnoreCase: true,
  precision: "very-high",
  messages: {
    shellForm: "{{keyword}} in shell form runs under /bin/sh -c, which becomes PID 1 and does not pass SIGTERM on: the app is killed without a graceful shutdown"
  },
  docs: {
    summary: "The container starts its app in shell form, so SIGTERM never reaches it",
    what: `Reports \`CMD\` and \`ENTRYPOINT\` written in shell form (\`CMD uvicorn app:app\`) in the final stage, unless the command starts with \`exec \`. Exec form (\`CMD ["uvicorn", "app:app"]\`) is fine. The finding spans the command text.`,
    why: `In shell form Docker runs \`/bin/sh -c "<command>"\`: the shell is PID 1 and the app is its child. \`docker stop\` and every deploy send SIGTERM to PID 1; \`sh\` does not forward it, so the app never starts its graceful shutdown, and after 10 seconds the container is SIGKILLed with requests in flight and buffers unflushed. One team's services lost in-flight work on every deploy until their \`CMD\` lines were rewritten in exec form.`,
    example: { kind: "dockerfile", path: "Dockerfile", code: "FROM python:3.12-slim\nUSER app\nCMD uvicorn app.main:app --host 0.0.0.0\n" },
    fix: { kind: "dockerfile", path: "Dockerfile", code: 'FROM python:3.12-slim\nUSER app\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0"]\n' },
    references: ["https://docs.docker.com/reference/dockerfile/#shell-and-exec-form", "https://docs.docker.com/reference/dockerfile/#entrypoint"]
  },
  document(doc, ctx) {
    const final = doc.tree.finalStage;
    for (const ins of final?.instructions ?? []) {
      if (ins.keyword !== "CMD" && ins.keyword !== "ENTRYPOINT") continue;
      const text = ins.args.text;
      if (text.trim() === "" || parseJsonStringArray(ins.args)) continue;
      if (/^exec\s/.test(text)) continue;
      ctx.report({ messageId: "shellForm", data: { keyword: ins.keyword }, span: ins.args.spanToFile({ start: 0, end: ins.args.length }) });
    }
  }
});

// rules/PL000-parse-error.ts
var PL000_parse_error_default = defineRule({
  id: "PL000",
  name: "parse-error",
  severity: "warning",
  category: "tool",
  productionOnly: false,
  kinds: ["shell", "dockerfile", "compose", "systemd", "procfile", "packagejson", "python", "typescript"],
  triggers: [],
  messages: { default: "{{message}}" },
  docs: {
    summary: "A file could not be fully parsed; findings for it may be incomplete",
    what: `prodlint met a syntax error (or an unreadable construct) while parsing a file. The rest of the file is still analysed as far as the partial tree allows, and every other file is linted in full.`,
    why: `A hazard in the part of the file that could not be read is not reported. Fix the syntax error, or exclude the file (\`ignore:\` in \`.prodlint.yaml\`) if it is not meant to be valid.`,
    example: { kind: "shell", code: "" },
    fix: { kind: "shell", code: "" }
  }
});

// rules/PL001-internal-error.ts
var PL001_internal_error_default = defineRule({
  id: "PL001",
  name: "internal-error",
  severity: "warning",
  category: "tool",
  productionOnly: false,
  kinds: ["shell", "dockerfile", "compose", "systemd", "procfile", "packagejson", "python", "typescript"],
  triggers: [],
  messages: { default: "{{message}}" },
  docs: {
    summary: "A rule failed on a file; other rules and files went on",
    what: `A rule threw an exception while checking a file. The failure is contained: the other rules still ran on that file and every other file was linted.`,
    why: `The failed rule did not check this file, so a hazard there may be missed. Please report it with the file (or a reduced copy) so the rule can be fixed.`,
    example: { kind: "shell", code: "" },
    fix: { kind: "shell", code: "" }
  }
});

// rules/PL002-unused-suppression.ts
var PL002_unused_suppression_default = defineRule({
  id: "PL002",
  name: "unused-suppression",
  severity: "note",
  category: "tool",
  productionOnly: false,
  kinds: ["shell", "dockerfile", "compose", "systemd", "procfile", "packagejson", "python", "typescript"],
  triggers: [],
  messages: { default: "{{message}}" },
  docs: {
    summary: "A suppression comment suppresses nothing",
    what: `A \`prodlint-disable\u2026\` comment that did not suppress any finding: the hazard was fixed, the rule id is wrong, or the comment is on the wrong line. With \`require-reason: true\` in the config, a suppression without \` -- reason\` is reported under this id too.`,
    why: `Stale suppressions hide the next real finding on that line. A suppression should say why the hazard is acceptable, so the next person can judge whether it still is.`,
    example: { kind: "shell", code: "" },
    fix: { kind: "shell", code: "" }
  }
});

// rules/PL003-unknown-rule-in-suppression.ts
var PL003_unknown_rule_in_suppression_default = defineRule({
  id: "PL003",
  name: "unknown-rule-in-suppression",
  severity: "warning",
  category: "tool",
  productionOnly: false,
  kinds: ["shell", "dockerfile", "compose", "systemd", "procfile", "packagejson", "python", "typescript"],
  triggers: [],
  messages: { default: "{{message}}" },
  docs: {
    summary: "A suppression names a rule that does not exist",
    what: `A suppression comment names a rule id or name that prodlint does not know (a typo, or a rule from another tool).`,
    why: `A misspelled id suppresses nothing, so the finding you meant to accept is still reported \u2014 or, worse, you believe a hazard is accepted when the comment does nothing.`,
    example: { kind: "shell", code: "" },
    fix: { kind: "shell", code: "" }
  }
});

// src/shell/unwrap.ts
function baseName(value) {
  if (value === null || value === void 0) return void 0;
  const i = value.lastIndexOf("/");
  return i === -1 ? value : value.slice(i + 1);
}
var PYTHON = /^(python|python[23](\.\d+)?|pypy3?)$/;
var PYTHON_VAR = /^"?\$\{?[A-Za-z_]*PY[A-Za-z_]*\}?"?$|python[\d.]*"?$/i;
function isPython(w) {
  return isPythonWord(w?.word);
}
function isPythonWord(w) {
  if (!w) return false;
  const name = baseName(w.value);
  if (name !== void 0) return PYTHON.test(name);
  return PYTHON_VAR.test(w.text);
}
var WRAPPERS = {
  exec: { withValue: ["-a"] },
  nohup: {},
  setsid: {},
  time: { withValue: ["-f", "-o"] },
  nice: { withValue: ["-n"] },
  ionice: { withValue: ["-c", "-n", "-p"] },
  chrt: { positional: 1 },
  taskset: { positional: 1 },
  stdbuf: { withValue: ["-i", "-o", "-e"] },
  env: { withValue: ["-u", "-C", "-S"], assignments: true },
  sudo: { withValue: ["-u", "-g", "-C", "-D", "-h", "-p", "-R", "-r", "-t", "-T", "-U"] },
  doas: { withValue: ["-u", "-C"] },
  timeout: { withValue: ["-s", "-k", "--signal", "--kill-after"], positional: 1 },
  gosu: { positional: 1 },
  "su-exec": { positional: 1 },
  chpst: { withValue: ["-u", "-U", "-e", "-/", "-n", "-l", "-L", "-m", "-d", "-o", "-p", "-f", "-c", "-t"] },
  tini: { withValue: ["-s", "-e", "-p"] },
  "dumb-init": { withValue: ["-r", "--rewrite"] },
  catatonit: {},
  npx: { withValue: ["-p", "--package", "-c", "--call"] },
  bunx: {},
  xargs: { withValue: ["-n", "-I", "-P", "-L", "-d", "-s", "-a", "-E"] }
};
var RUNNERS = {
  poetry: { sub: "run", withValue: ["-C", "--directory", "-P", "--project"] },
  uv: { sub: "run", withValue: ["--with", "--python", "-p", "--project", "--directory", "--env-file", "--package", "--group", "--extra", "--index", "--from"] },
  pipenv: { sub: "run", withValue: [] },
  pdm: { sub: "run", withValue: ["-p", "--project"] },
  hatch: { sub: "run", withValue: ["-e", "--env"] },
  rye: { sub: "run", withValue: [] },
  pnpm: { sub: "exec", withValue: ["-C", "--dir", "--filter", "-F"] },
  bun: { sub: "x", withValue: [] }
};
var PYTHON_FLAGS_WITH_VALUE = /* @__PURE__ */ new Set(["-W", "-X", "-Q"]);
function skipOptions(words, i, withValue = []) {
  while (i < words.length) {
    const v = words[i].word.value;
    if (v === "--") return i + 1;
    if (v === null || !v.startsWith("-") || v === "-") return i;
    const name = v.includes("=") ? v.slice(0, v.indexOf("=")) : v;
    i += withValue.includes(name) && !v.includes("=") ? 2 : 1;
  }
  return i;
}
var MAX_LAYERS = 8;
function unwrap(words) {
  let argv = words;
  const wrappers = [];
  const envWords = [];
  for (let layer = 0; layer < MAX_LAYERS && argv.length > 0; layer++) {
    const head = argv[0];
    const name = baseName(head.word.value);
    const spec = name !== void 0 ? WRAPPERS[name] : void 0;
    if (spec) {
      let i = skipOptions(argv, 1, spec.withValue);
      if (spec.assignments) {
        while (i < argv.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(argv[i].word.value ?? "")) envWords.push(argv[i++]);
        i = skipOptions(argv, i, spec.withValue);
      }
      i += spec.positional ?? 0;
      if (i >= argv.length) break;
      wrappers.push(name);
      argv = argv.slice(i);
      continue;
    }
    const runner = name !== void 0 ? RUNNERS[name] : void 0;
    if (runner) {
      const subAt = skipOptions(argv, 1, runner.withValue);
      if (argv[subAt]?.word.value !== runner.sub) break;
      const i = skipOptions(argv, subAt + 1, runner.withValue);
      if (i >= argv.length) break;
      wrappers.push(`${name} ${runner.sub}`);
      argv = argv.slice(i);
      continue;
    }
    if (isPython(head)) {
      let i = 1;
      while (i < argv.length) {
        const v = argv[i].word.value;
        if (v === null || !v.startsWith("-") || v === "-m") break;
        i += PYTHON_FLAGS_WITH_VALUE.has(v) ? 2 : 1;
      }
      if (argv[i]?.word.value === "-m" && i + 1 < argv.length) {
        wrappers.push("python -m");
        argv = argv.slice(i + 1);
        continue;
      }
    }
    break;
  }
  return { argv, wrappers, envWords };
}

// src/shell/query.ts
function programName(cmd) {
  return baseName(cmd.argv[0]?.value);
}
function findFlag(cmd, names, opts = {}) {
  const words = cmd.argv.slice(1 + (opts.from ?? 0));
  for (const w of words) {
    const v = w.value;
    if (v === null) continue;
    if (v === "--") return void 0;
    for (const n of names) {
      if (v === n || v.startsWith(n + "=")) return w;
      if (opts.prefix && n.startsWith("--") && v.startsWith(n + "-")) return w;
      if (n.length === 2 && n[0] === "-" && n[1] !== "-" && /^-[A-Za-z0-9]+$/.test(v) && v.includes(n[1])) return w;
    }
  }
  return void 0;
}
function flagValue(cmd, flag) {
  const v = flag.value ?? "";
  const eq = v.indexOf("=");
  if (eq !== -1) return v.slice(eq + 1);
  const i = cmd.argv.indexOf(flag);
  return cmd.argv[i + 1]?.value;
}
function subcommand(cmd, withValue = [], from = 1) {
  for (let i = from; i < cmd.argv.length; i++) {
    const w = cmd.argv[i];
    const v = w.value;
    if (v === null) return void 0;
    if (v === "--") return cmd.argv[i + 1];
    if (v.startsWith("-")) {
      if (withValue.includes(v)) i++;
      continue;
    }
    return w;
  }
  return void 0;
}
function between(a, b) {
  return { start: Math.min(a.span.start, b.span.start), end: Math.max(a.span.end, b.span.end) };
}

// rules/SH001-dev-server-in-production.ts
var RELOADERS = /* @__PURE__ */ new Set(["uvicorn", "hypercorn", "gunicorn"]);
var ALWAYS_DEV = {
  nodemon: "watcher",
  "ts-node-dev": "watcher",
  tsnd: "watcher",
  watchfiles: "watcher",
  "webpack-dev-server": "devServer"
};
var DEV_SUBCOMMANDS = {
  flask: { subs: ["run"], kind: "devServer", withValue: ["--app", "-A", "--env-file", "-e"] },
  "django-admin": { subs: ["runserver"], kind: "devServer", withValue: ["--settings", "--pythonpath"] },
  "manage.py": { subs: ["runserver"], kind: "devServer", withValue: ["--settings", "--pythonpath"] },
  watchmedo: { subs: ["auto-restart"], kind: "watcher" },
  tsx: { subs: ["watch"], kind: "watcher" },
  next: { subs: ["dev"], kind: "devServer" },
  nuxt: { subs: ["dev"], kind: "devServer" },
  nuxi: { subs: ["dev"], kind: "devServer" },
  ng: { subs: ["serve"], kind: "devServer" },
  webpack: { subs: ["serve"], kind: "devServer" },
  "react-scripts": { subs: ["start"], kind: "devServer" },
  vite: { subs: ["dev", "serve"], kind: "devServer", withValue: ["--config", "-c", "--mode", "-m", "--port", "--host", "--base"] },
  artisan: { subs: ["serve"], kind: "devServer" }
};
var PACKAGE_MANAGERS = /* @__PURE__ */ new Set(["npm", "yarn", "pnpm", "bun"]);
var FALSE = /^(false|0|no|off)$/i;
var SH001_dev_server_in_production_default = defineRule({
  id: "SH001",
  name: "dev-server-in-production",
  severity: "error",
  category: "reliability",
  productionOnly: true,
  kinds: ["shell", "dockerfile", "compose", "systemd", "procfile", "packagejson"],
  roles: ["start", "script"],
  triggers: ["reload", "flask", "runserver", "watch", "nodemon", "ts-node-dev", "tsnd", "dev", "vite", "serve", "react-scripts"],
  precision: "high",
  messages: {
    reload: "{{program}} runs with {{flag}}: it restarts the server whenever a file changes, so a git pull or any edit on the host restarts production",
    watcher: "{{command}} restarts the program whenever a file changes, so a git pull or any edit on the host restarts production",
    devServer: "{{command}} starts a development server: single-process, unhardened and not meant to serve production traffic"
  },
  docs: {
    summary: "A development server or file watcher is what production runs",
    what: `Reports, in start commands and scripts (shell scripts, Dockerfile \`CMD\`/\`ENTRYPOINT\`, compose \`command\`/\`entrypoint\`, systemd \`ExecStart=\`, Procfile lines, package.json start scripts):

- \`uvicorn\`, \`hypercorn\` or \`gunicorn\` with \`--reload\` in any form (\`--reload-dir\`, \`--reload=true\`, \`--reload-include\`);
- \`flask run\` (Flask's development server, with or without \`--debug\`), \`manage.py runserver\`, \`django-admin runserver\`;
- file watchers: \`watchfiles\`, \`watchmedo auto-restart\`, \`nodemon\`, \`ts-node-dev\`, \`tsx watch\`, \`node --watch\`;
- front-end dev servers: \`next dev\`, \`nuxt dev\`, \`vite\` (no subcommand, \`dev\` or \`serve\`), \`ng serve\`, \`webpack serve\`, \`webpack-dev-server\`, \`react-scripts start\`, \`php artisan serve\`;
- \`npm run dev\`, \`yarn dev\`, \`pnpm dev\`.

Wrappers are seen through (\`exec\`, \`nohup\`, \`env\`, \`sudo\`, \`timeout\`, \`python -m\`, \`"$PYTHON_BIN" -m\`, \`poetry run\`, \`uv run\`, \`npx\`, \`sh -c '\u2026'\`). Not reported: build steps (\`RUN\`), comments, arguments of other programs (\`echo --reload\`, \`grep -- --reload\`), and files classified as development (\`docker-compose.override.yml\`, \`Dockerfile.dev\`, \`tests/\`\u2026).`,
    why: `A file watcher restarts the server whenever a file under it changes. In one incident a bot, its API and its database were started by a \`start_all_services.sh\` that ran \`uvicorn \u2026 --reload\` in the background: every \`git pull\` on the server, and every log file written into the watched tree, restarted the API, and with it everything started alongside \u2014 all services died every ~25 minutes, and nobody knew why until the reloader was found. Development servers are also single-process and unhardened (Flask's and Django's say so at startup): one slow request blocks every other one.`,
    example: { kind: "shell", path: "start.sh", code: "#!/bin/sh\nexec uvicorn app.main:app --host 0.0.0.0 --port 8000 --reload\n" },
    fix: { kind: "shell", path: "start.sh", code: "#!/bin/sh\nexec uvicorn app.main:app --host 0.0.0.0 --port 8000 --workers 2\n" },
    references: ["https://www.uvicorn.org/settings/#development", "https://flask.palletsprojects.com/en/stable/deploying/", "https://docs.djangoproject.com/en/stable/ref/django-admin/#runserver"]
  },
  command(cmd, ctx) {
    const hit = detect(cmd);
    if (hit) ctx.report(hit);
  }
});
function detect(cmd) {
  const head = cmd.argv[0];
  if (!head) return void 0;
  let name = programName(cmd);
  let from = 1;
  const script = cmd.argv[1]?.value;
  if ((isPythonWord(head) || name === "php") && script && !script.startsWith("-")) {
    name = baseName(script);
    from = 2;
  }
  if (!name) return void 0;
  if (RELOADERS.has(name)) {
    let flag = findFlag(cmd, ["--reload"]);
    if (flag?.value?.includes("=") && FALSE.test(flagValue(cmd, flag) ?? "")) return void 0;
    if (!flag && name !== "gunicorn") flag = findFlag(cmd, ["--reload"], { prefix: true });
    if (!flag) return void 0;
    return { messageId: "reload", data: { program: name, flag: flag.value ?? "--reload" }, span: flag.span };
  }
  const always = ALWAYS_DEV[name];
  if (always) return { messageId: always, data: { command: name }, span: head.span };
  if (name === "node") {
    const flag = findFlag(cmd, ["--watch", "--watch-path"]);
    if (flag) return { messageId: "watcher", data: { command: `node ${flag.value}` }, span: flag.span };
    return void 0;
  }
  if (PACKAGE_MANAGERS.has(name) && cmd.carrier.kind !== "packagejson") {
    let sub2 = subcommand(cmd);
    if (sub2?.value === "run" || sub2?.value === "run-script") sub2 = subcommand(cmd, [], cmd.argv.indexOf(sub2) + 1);
    if (sub2?.value === "dev") return { messageId: "devServer", data: { command: `${name} run dev` }, span: between(head, sub2) };
    return void 0;
  }
  const spec = DEV_SUBCOMMANDS[name];
  if (!spec) return void 0;
  const sub = subcommand(cmd, spec.withValue ?? [], from);
  const anchor = cmd.argv[from - 1];
  if (sub?.value && spec.subs.includes(sub.value)) {
    return { messageId: spec.kind, data: { command: `${name} ${sub.value}` }, span: between(anchor, sub) };
  }
  if (name === "vite" && sub === void 0 && cmd.argv.slice(from).every((w) => w.value !== null)) {
    return { messageId: "devServer", data: { command: "vite" }, span: anchor.span };
  }
  return void 0;
}

// rules/index.ts
var allRules = [
  DC001_no_restart_policy_default,
  DF002_shell_form_entrypoint_default,
  PL000_parse_error_default,
  PL001_internal_error_default,
  PL002_unused_suppression_default,
  PL003_unknown_rule_in_suppression_default,
  SH001_dev_server_in_production_default
];

// src/config/error.ts
var ConfigError = class extends Error {
  constructor(message, file = "", line = 0, column = 0, key = "") {
    super(oneLine(message));
    this.file = file;
    this.line = line;
    this.column = column;
    this.key = key;
  }
  file;
  line;
  column;
  key;
  name = "ConfigError";
};
function oneLine(text) {
  return text.replace(/\s+/g, " ").trim();
}
function formatKeyPath(segments) {
  let out = "";
  for (const seg of segments) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (/^[A-Za-z0-9_-]+$/.test(seg)) out += out === "" ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}
function editDistance(a, b) {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const rows = [Array.from({ length: t.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        d = Math.min(d, rows[i - 2][j - 2] + 1);
      }
      row.push(d);
    }
    rows.push(row);
  }
  return rows[s.length][t.length];
}
function closest(wrong, candidates) {
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(wrong, candidate);
    const allowed = Math.max(1, Math.floor(Math.max(wrong.length, candidate.length) / 3));
    if (d <= allowed && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
function listOr(items) {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

// src/config/defaults.ts
var DEFAULT_DEV_PATHS = Object.freeze([
  // Environment suffixes before the extension: `docker-compose.dev.yml`, `config.local.js`,
  // `compose.development.yaml`.
  "**/*.{dev,development,local}.*",
  // The same suffix as the last extension: `Dockerfile.dev`, `Procfile.dev` (Rails `bin/dev`),
  // `.env.development`. Not `*.local`: `/etc/rc.local` is a production boot script.
  "**/*.{dev,development}",
  "**/{Dockerfile,Containerfile,Procfile}.local",
  // Dash or underscore variants: `start-dev.sh`, `settings_dev.py`, `Dockerfile-dev`,
  // `run-local.sh`. Not `*_local.py`: `thread_local.py` is ordinary production code.
  "**/*{-,_}{dev,development}{,.*}",
  "**/*-local{,.*}",
  // A dev-only directory: `dev/`, `docker/dev/`.
  "**/dev/**",
  // Rails 7 and similar: `bin/dev` starts the development Procfile.
  "**/bin/dev",
  // Compose override files are merged by `docker compose up` on developer machines by default
  // (`docker-compose.override.yml`, `compose.override.yaml`, `docker-compose.dev.override.yml`).
  "**/*compose*override*.{yml,yaml}",
  // Dev containers (VS Code, Codespaces): their Dockerfile and compose file are for editing code.
  "**/.devcontainer/**",
  // Test trees in the usual spellings across ecosystems (Python, JS, Ruby, Go).
  "**/test/**",
  "**/tests/**",
  "**/__tests__/**",
  "**/__mocks__/**",
  "**/spec/**",
  "**/testdata/**",
  "**/e2e/**",
  // Not `fixtures/`: linters' own fixture trees (this project's `fixtures/demo` among them) are
  // meant to be linted as production; test fixtures usually sit under `tests/` anyway.
  // Test files by name: `app.test.ts`, `api.spec.js`, `docker-compose.test.yml`, pytest's
  // `test_api.py`, `api_test.py` and `conftest.py`.
  "**/*.test.*",
  "**/*.spec.*",
  "**/test_*.py",
  "**/*_test.py",
  "**/conftest.py",
  // Documentation and examples show commands; they are not deployed.
  "**/docs/**",
  "**/doc/**",
  "**/examples/**",
  "**/example/**",
  // Django-style split settings for non-production environments: `settings/dev.py`,
  // `settings/local.py`, `settings/test_ci.py`, `settings/development.py`, `settings/testing.py`.
  "**/settings/{dev,local,test}*.py"
]);

// src/config/load.ts
var import_yaml3 = __toESM(require_dist(), 1);
import { readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve as resolve2, isAbsolute } from "node:path";

// src/source.ts
var SourceFile = class {
  constructor(path4, absPath, rawText) {
    this.path = path4;
    this.absPath = absPath;
    this.hadBom = rawText.charCodeAt(0) === 65279;
    this.text = this.hadBom ? rawText.slice(1) : rawText;
    const starts = [0];
    const t = this.text;
    for (let i = t.indexOf("\n"); i !== -1; i = t.indexOf("\n", i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
  }
  path;
  absPath;
  /** Content without a leading BOM. */
  text;
  hadBom;
  /** Offset of the first character of each line. */
  lineStarts;
  get lineCount() {
    return this.lineStarts.length;
  }
  /** Position of an offset; offsets past the end clamp to the end of the text. */
  positionAt(offset) {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.lineStarts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.lineStarts[lo] + 1 };
  }
  /** 1-based line number of an offset. */
  lineOf(offset) {
    return this.positionAt(offset).line;
  }
  /** Offset of the first character of a 1-based line (the text length past the last line). */
  lineStart(line) {
    if (line < 1) return 0;
    return line <= this.lineStarts.length ? this.lineStarts[line - 1] : this.text.length;
  }
  /** Offset just past the last visible character of a 1-based line (before `\r\n` or `\n`). */
  lineEnd(line) {
    const next = line < this.lineStarts.length ? this.lineStarts[line] - 1 : this.text.length;
    return next > this.lineStart(line) && this.text.charCodeAt(next - 1) === 13 ? next - 1 : next;
  }
  /** Text of a 1-based line without its terminator. */
  lineText(line) {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }
  slice(span) {
    return this.text.slice(span.start, span.end);
  }
};

// src/types.ts
var KINDS = [
  "shell",
  "dockerfile",
  "compose",
  "systemd",
  "procfile",
  "packagejson",
  "python",
  "typescript"
];
var SEVERITY_RANK = { error: 3, warning: 2, note: 1 };

// src/config/glob.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var MAX_GLOB_LENGTH = 1e3;
var MAX_GLOBS_PER_LIST = 1e3;
var MAX_BRACE_EXPANSION = 1e4;
var MAX_STARS_PER_SEGMENT = 3;
var MAX_GLOBSTARS = 4;
var PICOMATCH_OPTIONS = {
  dot: true,
  windows: false,
  noextglob: true,
  nonegate: true
};
var GlobProblem = class extends Error {
};
function globProblem(glob) {
  if (glob.length === 0) return "empty glob";
  if (glob.length > MAX_GLOB_LENGTH) {
    return `glob is ${glob.length} characters long (at most ${MAX_GLOB_LENGTH})`;
  }
  if (glob.startsWith("!")) {
    return 'negated globs ("!...") are not supported; list what to match instead, or use production-paths to exempt files from dev-paths';
  }
  if (/[\r\n\0]/.test(glob)) return "glob contains a line break or NUL character";
  let shape;
  try {
    shape = walk(parseSequence(glob, { i: 0 }, false), 0);
  } catch (e) {
    if (e instanceof GlobProblem) return e.message;
    throw e;
  }
  if (shape.count > MAX_BRACE_EXPANSION) {
    return `brace sets expand to more than ${MAX_BRACE_EXPANSION} alternatives`;
  }
  if (Math.max(shape.max, shape.cur) > MAX_STARS_PER_SEGMENT) {
    return `more than ${MAX_STARS_PER_SEGMENT} '*' wildcards in one path segment (too slow to match; use fewer)`;
  }
  if (shape.globstars > MAX_GLOBSTARS) {
    return `more than ${MAX_GLOBSTARS} '**' segments (too slow to match; use fewer)`;
  }
  let source;
  try {
    source = import_picomatch.default.makeRe(expandedForms(glob)[0], PICOMATCH_OPTIONS).source;
  } catch (e) {
    return `invalid glob: ${e instanceof Error ? e.message : String(e)}`;
  }
  if (source === "$^") return "glob can never match (unbalanced brackets?)";
  return void 0;
}
function expandedForms(glob) {
  let g = glob;
  while (g.startsWith("./")) g = g.slice(2);
  let anchored = false;
  if (g.startsWith("/")) {
    anchored = true;
    g = g.replace(/^\/+/, "");
  }
  const dirOnly = g.endsWith("/") && g.length > 1;
  if (dirOnly) g = g.replace(/\/+$/, "");
  if (!anchored && !g.includes("/") && g !== "**") g = `**/${g}`;
  const below = `${g}/**/*`;
  return dirOnly ? [below] : [g, below];
}
function compileGlobs(globs) {
  if (globs.length === 0) return () => false;
  const sources = globs.flatMap(
    (g) => expandedForms(g).map((form) => import_picomatch.default.makeRe(form, PICOMATCH_OPTIONS).source)
  );
  const re = new RegExp(sources.join("|"));
  return (path4) => re.test(normalizePath(path4));
}
function normalizePath(path4) {
  let p = path4;
  while (p.startsWith("./")) p = p.slice(2);
  return p;
}
function parseSequence(g, pos, inBrace) {
  const nodes = [];
  while (pos.i < g.length) {
    const c = g[pos.i];
    if (inBrace && (c === "," || c === "}")) return nodes;
    if (c === "\\") {
      pos.i += 2;
      nodes.push({ t: "lit" });
    } else if (c === "[") {
      const close = classEnd(g, pos.i);
      pos.i = close === -1 ? pos.i + 1 : close + 1;
      nodes.push({ t: "lit" });
    } else if (c === "/") {
      pos.i++;
      nodes.push({ t: "slash" });
    } else if (c === "*") {
      const start = pos.i;
      while (g[pos.i] === "*") pos.i++;
      const before = start === 0 ? "/" : g[start - 1];
      const after = pos.i >= g.length ? "/" : g[pos.i];
      const whole = "/{,".includes(before) && "/},".includes(after);
      nodes.push({ t: pos.i - start >= 2 && whole ? "globstar" : "star" });
    } else if (c === "{") {
      nodes.push(parseBrace(g, pos));
    } else {
      pos.i++;
      nodes.push({ t: "lit" });
    }
  }
  if (inBrace) throw new GlobProblem(`unbalanced '{' (write \\{ for a literal brace)`);
  return nodes;
}
function parseBrace(g, pos) {
  const open = pos.i;
  pos.i++;
  const alts = [parseSequence(g, pos, true)];
  while (g[pos.i] === ",") {
    pos.i++;
    alts.push(parseSequence(g, pos, true));
  }
  pos.i++;
  const body = g.slice(open + 1, pos.i - 1);
  if (alts.length === 1 && /^[^,]*\.\.[^,]*$/.test(body) && /^-?\w+\.\.-?\w+(\.\.-?\d+)?$/.test(body)) {
    throw new GlobProblem(
      `brace ranges like {${body}} are not supported; list the alternatives, e.g. {1,2,3}`
    );
  }
  return { t: "alt", alts };
}
function classEnd(g, start) {
  let i = start + 1;
  if (g[i] === "!" || g[i] === "^") i++;
  if (g[i] === "]") i++;
  for (; i < g.length; i++) {
    if (g[i] === "\\") i++;
    else if (g[i] === "]") return i;
    else if (g[i] === "/") return -1;
  }
  return -1;
}
function walk(nodes, cur) {
  const shape = { cur, max: 0, globstars: 0, count: 1 };
  for (const node of nodes) {
    switch (node.t) {
      case "lit":
        break;
      case "slash":
        shape.max = Math.max(shape.max, shape.cur);
        shape.cur = 0;
        break;
      case "star":
        shape.cur++;
        break;
      case "globstar":
        shape.globstars++;
        break;
      case "alt": {
        let nextCur = 0;
        let globstars = 0;
        let count = 0;
        for (const alt of node.alts) {
          const s = walk(alt, shape.cur);
          nextCur = Math.max(nextCur, s.cur);
          shape.max = Math.max(shape.max, s.max);
          globstars = Math.max(globstars, s.globstars);
          count = Math.min(MAX_BRACE_EXPANSION + 1, count + s.count);
        }
        shape.cur = nextCur;
        shape.globstars += globstars;
        shape.count = Math.min(MAX_BRACE_EXPANSION + 1, shape.count * count);
        break;
      }
    }
  }
  return shape;
}

// src/config/types.ts
var RULE_LEVELS = ["off", "note", "warning", "error"];
var DEFAULT_MAX_FILE_SIZE = 1024 * 1024;
var EMPTY_DEFAULT = Object.freeze({
  rules: Object.freeze({}),
  ignore: Object.freeze([]),
  devPaths: Object.freeze([]),
  productionPaths: Object.freeze([]),
  kinds: Object.freeze([]),
  overrides: Object.freeze([]),
  requireReason: false,
  maxFileSize: DEFAULT_MAX_FILE_SIZE
});
function defaultConfig() {
  return EMPTY_DEFAULT;
}

// src/config/rules.ts
function findRule(key, rules) {
  return rules.find((r) => r.id === key) ?? rules.find((r) => r.name === key);
}
function unknownRuleReason(key, rules) {
  const guess = closest(key, rules.flatMap((r) => [r.id, r.name]));
  return guess === void 0 ? `unknown rule "${key}" (run 'prodlint rules' to list them)` : `unknown rule "${key}" (did you mean '${guess}'?)`;
}
function isRuleLevel(value) {
  return typeof value === "string" && RULE_LEVELS.includes(value);
}
function unknownLevelReason(value) {
  const shown = typeof value === "string" ? `"${value}"` : describeValue(value);
  return `unknown severity ${shown} (expected ${listOr(RULE_LEVELS)})`;
}
function valueType(value) {
  if (value === null || value === void 0) return "null";
  if (Array.isArray(value)) return "list";
  if (typeof value === "object") return "mapping";
  if (typeof value === "number" || typeof value === "bigint") return "number";
  if (typeof value === "boolean") return "boolean";
  return "string";
}
function describeValue(value) {
  const type = valueType(value);
  switch (type) {
    case "string":
      return `a string ${JSON.stringify(value)}`;
    case "number":
      return `a number ${String(value)}`;
    case "boolean":
      return String(value);
    case "null":
      return "an empty value";
    default:
      return `a ${type}`;
  }
}
function withArticle(type) {
  return type === "boolean" ? "true or false" : type === "null" ? "nothing" : `a ${type}`;
}
function optionProblem(value, defaultValue) {
  const expected = valueType(defaultValue);
  const actual = valueType(value);
  if (expected === "null") return void 0;
  if (actual !== expected) {
    return {
      reason: `expected ${withArticle(expected)} like the default ${JSON.stringify(defaultValue)}, got ${describeValue(value)}`
    };
  }
  if (expected === "list") {
    const itemTypes = new Set(defaultValue.map(valueType));
    if (itemTypes.size !== 1) return void 0;
    const [itemType] = itemTypes;
    const items = value;
    for (let i = 0; i < items.length; i++) {
      if (valueType(items[i]) !== itemType) {
        return {
          index: i,
          reason: `expected ${withArticle(itemType)} like the default's items, got ${describeValue(items[i])}`
        };
      }
    }
  }
  return void 0;
}
function optionNames(rule) {
  return rule.options ? Object.keys(rule.options) : [];
}
function unknownOptionReason(name, rule) {
  const names = optionNames(rule);
  if (names.length === 0) return `unknown option "${name}" (${rule.id} has no options)`;
  const guess = closest(name, names);
  return guess === void 0 ? `unknown option "${name}" (expected ${listOr(names)})` : `unknown option "${name}" (did you mean '${guess}'?)`;
}
function parseRuleFlag(text, rules) {
  const fail = (reason) => {
    throw new ConfigError(`--rule ${JSON.stringify(text)}: ${reason}`, "", 0, 0, "rule");
  };
  const eq = text.indexOf("=");
  if (eq === -1) fail(`expected RULE=LEVEL, e.g. SH001=off (LEVEL is ${listOr(RULE_LEVELS)})`);
  const key = text.slice(0, eq).trim();
  const level = text.slice(eq + 1).trim();
  if (key === "") fail('missing rule id or name before "="');
  const rule = findRule(key, rules);
  if (!rule) fail(unknownRuleReason(key, rules));
  if (!isRuleLevel(level)) fail(unknownLevelReason(level));
  return { ruleId: rule.id, severity: level };
}

// src/config/size.ts
var UNITS = {
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3
};
function parseSize(value) {
  if (typeof value === "number") {
    return Number.isSafeInteger(value) && value > 0 ? value : void 0;
  }
  if (typeof value !== "string") return void 0;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  if (!m) return void 0;
  const unit = m[2].toLowerCase();
  const factor = unit === "" ? 1 : Object.hasOwn(UNITS, unit) ? UNITS[unit] : void 0;
  if (factor === void 0) return void 0;
  const bytes = Math.floor(Number(m[1]) * factor);
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : void 0;
}

// src/config/yaml-depth.ts
var import_yaml2 = __toESM(require_dist(), 1);
var COLLECTIONS = /* @__PURE__ */ new Set(["block-map", "block-seq", "flow-collection"]);
function tooDeepYamlOffset(text, limit) {
  for (const token of new import_yaml2.Parser().parse(text)) {
    const stack = [[token, 0]];
    while (stack.length > 0) {
      const [raw, parentDepth] = stack.pop();
      if (!raw || typeof raw !== "object") continue;
      const node = raw;
      const depth = parentDepth + (node.type !== void 0 && COLLECTIONS.has(node.type) ? 1 : 0);
      if (depth > limit) return node.offset ?? 0;
      if (node.type === "document") stack.push([node.value, depth]);
      for (const item of node.items ?? []) stack.push([item.value, depth], [item.key, depth]);
    }
  }
  return void 0;
}

// src/config/load.ts
var CONFIG_FILE_NAMES = [".prodlint.yaml", ".prodlint.yml"];
var MAX_CONFIG_BYTES = 1024 * 1024;
var MAX_NODE_VISITS = 1e5;
var MAX_GLOBS_TOTAL = 1e4;
var MAX_OVERRIDES = 1e3;
var MAX_YAML_DEPTH = 64;
var TOP_LEVEL_KEYS = [
  "rules",
  "ignore",
  "dev-paths",
  "production-paths",
  "kinds",
  "overrides",
  "require-reason",
  "max-file-size"
];
var RULE_KEYS = ["severity", "options"];
var OVERRIDE_KEYS = ["files", "rules"];
function findConfig(startDir, stopDir) {
  const stop = resolve2(stopDir);
  let dir = resolve2(startDir);
  const inside = (d) => {
    const rel = relative(stop, d);
    return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
  };
  const searchUp = inside(dir);
  for (; ; ) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      try {
        if (statSync(candidate).isFile()) return candidate;
      } catch {
      }
    }
    if (!searchUp || dir === stop) return void 0;
    const parent = dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
function displayPath(path4) {
  const rel = relative(process.cwd(), path4);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path4;
}
function loadConfig(path4, rules) {
  const file = displayPath(path4);
  let text;
  try {
    const size = statSync(path4).size;
    if (size > MAX_CONFIG_BYTES) {
      throw new ConfigError(`${file}: config file is ${size} bytes (at most ${MAX_CONFIG_BYTES})`, file);
    }
    text = readFileSync(path4, "utf8");
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    const code = e.code;
    throw new ConfigError(`${file}: cannot read config file (${code ?? String(e)})`, file);
  }
  try {
    return parseConfigText(text, file, resolve2(path4), rules);
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    const reason = e instanceof RangeError ? "file is too deeply nested" : String(e);
    throw new ConfigError(`${file}: cannot load config: ${reason}`, file);
  }
}
function parseConfigText(rawText, file, absPath, rules) {
  const text = rawText.charCodeAt(0) === 65279 ? rawText.slice(1) : rawText;
  const lineCounter = new import_yaml3.LineCounter();
  const tooDeep = tooDeepYamlOffset(text, MAX_YAML_DEPTH);
  if (tooDeep !== void 0) {
    const { line, column: col } = new SourceFile(file, absPath, text).positionAt(tooDeep);
    throw new ConfigError(`${file}:${line}:${col}: YAML is nested more than ${MAX_YAML_DEPTH} levels deep`, file, line, col);
  }
  const doc = (0, import_yaml3.parseDocument)(text, {
    lineCounter,
    prettyErrors: false,
    version: "1.2",
    schema: "core",
    uniqueKeys: true,
    merge: false
  });
  const reader = new Reader(doc, lineCounter, file, rules);
  const first = doc.errors[0] ?? doc.warnings[0];
  if (first) {
    const { line, col } = lineCounter.linePos(first.pos[0]);
    const what = first.code === "TAG_RESOLVE_FAILED" ? "YAML tags are not allowed" : "YAML error";
    throw new ConfigError(`${file}:${line}:${col}: ${what}: ${first.message}`, file, line, col);
  }
  return deepFreeze(reader.config(absPath));
}
var Reader = class {
  constructor(doc, lines, file, rules) {
    this.doc = doc;
    this.lines = lines;
    this.file = file;
    this.rules = rules;
  }
  doc;
  lines;
  file;
  rules;
  visits = 0;
  globCount = 0;
  config(absPath) {
    const root = this.deref(this.doc.contents, []);
    const config = {
      path: absPath,
      dir: dirname(absPath),
      rules: {},
      ignore: [],
      devPaths: [],
      productionPaths: [],
      kinds: [],
      overrides: [],
      requireReason: false,
      maxFileSize: DEFAULT_MAX_FILE_SIZE
    };
    if (root === null) return config;
    for (const { key, keyNode, value } of this.entries(root, [], "a mapping of settings at the top level")) {
      const path4 = [key];
      switch (key) {
        case "rules":
          config.rules = this.ruleSettings(value, path4);
          break;
        case "ignore":
          config.ignore = this.globList(value, path4);
          break;
        case "dev-paths":
          config.devPaths = this.globList(value, path4);
          break;
        case "production-paths":
          config.productionPaths = this.globList(value, path4);
          break;
        case "kinds":
          config.kinds = this.kinds(value, path4);
          break;
        case "overrides":
          config.overrides = this.overrides(value, path4);
          break;
        case "require-reason":
          config.requireReason = this.single(
            value,
            keyNode,
            path4,
            "true or false",
            (v) => typeof v === "boolean" ? v : void 0
          );
          break;
        case "max-file-size":
          config.maxFileSize = this.single(
            value,
            keyNode,
            path4,
            'a positive number of bytes or a size such as "1MiB" or "512KB"',
            parseSize
          );
          break;
        default:
          this.unknownKey(keyNode, path4, key, TOP_LEVEL_KEYS);
      }
    }
    return config;
  }
  // --- Sections ---
  ruleSettings(node, path4) {
    const settings = {};
    const seenAt = /* @__PURE__ */ new Map();
    const value = this.deref(node, path4);
    if (value === null) return settings;
    for (const { key, keyNode, value: v } of this.entries(value, path4, "a mapping of rule ids or names to settings")) {
      const rulePath = [...path4, key];
      const rule = findRule(key, this.rules);
      if (!rule) this.fail(keyNode, rulePath, unknownRuleReason(key, this.rules));
      const id = rule.id;
      const earlier = seenAt.get(id);
      if (earlier !== void 0) {
        this.fail(keyNode, rulePath, `rule ${id} is already configured on line ${earlier}`);
      }
      seenAt.set(id, this.position(keyNode).line);
      settings[id] = this.ruleSetting(v, keyNode, rulePath, rule);
    }
    return settings;
  }
  ruleSetting(node, owner, path4, rule) {
    const value = this.deref(node, path4);
    if (value !== null && (0, import_yaml3.isScalar)(value)) {
      if (!isRuleLevel(value.value)) this.fail(value, path4, unknownLevelReason(value.value));
      return { severity: value.value };
    }
    if (value === null || !(0, import_yaml3.isMap)(value)) {
      this.fail(
        value ?? owner,
        path4,
        `expected a severity (off, note, warning or error) or a mapping with severity and options, got ${this.describe(value)}`
      );
    }
    const setting = {};
    for (const { key, keyNode, value: v } of this.entries(value, path4, "a mapping")) {
      const sub = [...path4, key];
      if (key === "severity") {
        const level = this.scalar(v, sub);
        if (!isRuleLevel(level)) this.fail(this.valueOrKey(v, keyNode), sub, unknownLevelReason(level));
        setting.severity = level;
      } else if (key === "options") {
        setting.options = this.options(v, sub, rule);
      } else {
        this.unknownKey(keyNode, sub, key, RULE_KEYS);
      }
    }
    return setting;
  }
  options(node, path4, rule) {
    const options = {};
    const value = this.deref(node, path4);
    if (value === null) return options;
    const defaults = rule.options ?? {};
    for (const { key, keyNode, value: v } of this.entries(value, path4, "a mapping of option names to values")) {
      const sub = [...path4, key];
      if (!Object.hasOwn(defaults, key)) this.fail(keyNode, sub, unknownOptionReason(key, rule));
      const js = this.toJs(v, sub);
      const problem = optionProblem(js, defaults[key]);
      if (problem) {
        const itemNode = problem.index !== void 0 ? this.seqItem(v, problem.index) : void 0;
        const at = problem.index !== void 0 ? [...sub, problem.index] : sub;
        this.fail(itemNode ?? v ?? keyNode, at, problem.reason);
      }
      Object.defineProperty(options, key, { value: js, enumerable: true, writable: true, configurable: true });
    }
    return options;
  }
  globList(node, path4) {
    const value = this.deref(node, path4);
    if (value === null) return [];
    if ((0, import_yaml3.isScalar)(value)) {
      if (typeof value.value !== "string") {
        this.fail(value, path4, `expected a glob or a list of globs, got ${describeValue(value.value)}`);
      }
      return [this.glob(value.value, value, path4)];
    }
    if (!(0, import_yaml3.isSeq)(value)) this.fail(value, path4, `expected a glob or a list of globs, got ${this.describe(value)}`);
    const items = value.items;
    if (items.length > MAX_GLOBS_PER_LIST) {
      this.fail(value, path4, `more than ${MAX_GLOBS_PER_LIST} globs in one list`);
    }
    const globs = [];
    items.forEach((raw, i) => {
      const sub = [...path4, i];
      const item = this.deref(raw, sub);
      if (item === null || !(0, import_yaml3.isScalar)(item) || typeof item.value !== "string") {
        this.fail(item ?? value, sub, `expected a glob string, got ${this.describe(item)}`);
      }
      globs.push(this.glob(item.value, item, sub));
    });
    return globs;
  }
  glob(glob, node, path4) {
    const problem = globProblem(glob);
    if (problem) this.fail(node, path4, problem);
    if (++this.globCount > MAX_GLOBS_TOTAL) {
      this.fail(node, path4, `more than ${MAX_GLOBS_TOTAL} globs in the config file`);
    }
    return glob;
  }
  kinds(node, path4) {
    const value = this.deref(node, path4);
    if (value === null) return [];
    const entries = this.entries(value, path4, "a mapping of globs to kinds");
    if (entries.length > MAX_GLOBS_PER_LIST) {
      this.fail(value, path4, `more than ${MAX_GLOBS_PER_LIST} globs in one mapping`);
    }
    return entries.map(({ key, keyNode, value: v }) => {
      const sub = [...path4, key];
      const pattern = this.glob(key, keyNode, sub);
      const kind = this.scalar(v, sub);
      if (typeof kind !== "string" || !KINDS.includes(kind)) {
        const guess = typeof kind === "string" ? closest(kind, KINDS) : void 0;
        const shown = typeof kind === "string" ? `"${kind}"` : describeValue(kind);
        const hint = guess ? `did you mean '${guess}'?` : `expected ${listOr(KINDS)}`;
        this.fail(this.valueOrKey(v, keyNode), sub, `unknown kind ${shown} (${hint})`);
      }
      return { pattern, kind };
    });
  }
  overrides(node, path4) {
    const value = this.deref(node, path4);
    if (value === null) return [];
    if (!(0, import_yaml3.isSeq)(value)) {
      this.fail(value, path4, `expected a list of { files, rules } entries, got ${this.describe(value)}`);
    }
    const items = value.items;
    if (items.length > MAX_OVERRIDES) this.fail(value, path4, `more than ${MAX_OVERRIDES} overrides`);
    return items.map((raw, i) => {
      const sub = [...path4, i];
      const item = this.deref(raw, sub);
      if (item === null || !(0, import_yaml3.isMap)(item)) {
        this.fail(item ?? value, sub, `expected a mapping with files and rules, got ${this.describe(item)}`);
      }
      let files;
      let rules;
      for (const { key, keyNode, value: v } of this.entries(item, sub, "a mapping")) {
        if (key === "files") files = this.globList(v, [...sub, key]);
        else if (key === "rules") rules = this.ruleSettings(v, [...sub, key]);
        else this.unknownKey(keyNode, [...sub, key], key, OVERRIDE_KEYS);
      }
      if (!files || files.length === 0) this.fail(item, sub, 'missing "files" (a glob or a list of globs)');
      if (!rules) this.fail(item, sub, 'missing "rules"');
      return { files, rules };
    });
  }
  // --- YAML helpers ---
  /** Follow aliases (counting each visit against a budget) and turn YAML nulls into `null`. */
  deref(node, path4) {
    if (++this.visits > MAX_NODE_VISITS) {
      this.fail(node ?? null, path4, `too many YAML nodes (more than ${MAX_NODE_VISITS}, counting alias expansions)`);
    }
    if (node === null || node === void 0) return null;
    if ((0, import_yaml3.isAlias)(node)) {
      const target = node.resolve(this.doc);
      if (target === void 0) this.fail(node, path4, `unknown YAML alias "*${node.source}"`);
      return this.deref(target, path4);
    }
    if ((0, import_yaml3.isScalar)(node) && node.value === null) return null;
    return node;
  }
  /** The pairs of a mapping, with string keys; `what` describes the expected mapping. */
  entries(node, path4, what) {
    if (!(0, import_yaml3.isMap)(node)) this.fail(node, path4, `expected ${what}, got ${this.describe(node)}`);
    const out = [];
    for (const pair of node.items) {
      const keyNode = pair.key;
      if (keyNode === null || !(0, import_yaml3.isScalar)(keyNode) || typeof keyNode.value !== "string" && typeof keyNode.value !== "number") {
        this.fail(keyNode ?? node, path4, "keys must be plain strings");
      }
      const scalar = keyNode;
      const key = typeof scalar.value === "string" ? scalar.value : scalar.source ?? String(scalar.value);
      if (key === "<<") this.fail(keyNode, [...path4, key], "YAML merge keys (<<) are not supported; repeat the settings or use an alias as the whole value");
      out.push({ key, keyNode, value: pair.value ?? null });
    }
    return out;
  }
  scalar(node, path4) {
    const value = this.deref(node, path4);
    if (value === null) return null;
    if (!(0, import_yaml3.isScalar)(value)) {
      this.fail(value, path4, `expected a single value, got ${this.describe(value)}`);
    }
    return value.value;
  }
  /** A single plain value that `accept` turns into the setting, or a ConfigError saying what was expected. */
  single(node, keyNode, path4, expected, accept) {
    const value = this.deref(node, path4);
    if (value === null) this.fail(keyNode, path4, `expected ${expected}, got an empty value`);
    if (!(0, import_yaml3.isScalar)(value)) this.fail(value, path4, `expected ${expected}, got ${this.describe(value)}`);
    const result = accept(value.value);
    if (result === void 0) {
      this.fail(value, path4, `expected ${expected}, got ${describeValue(value.value)}`);
    }
    return result;
  }
  /** Where to point for a value: the value itself, or its key when the value is empty. */
  valueOrKey(node, keyNode) {
    const value = node && (0, import_yaml3.isAlias)(node) ? node.resolve(this.doc) : node;
    return !value || (0, import_yaml3.isScalar)(value) && value.value === null ? keyNode : node;
  }
  seqItem(node, index) {
    const value = node && (0, import_yaml3.isAlias)(node) ? node.resolve(this.doc) : node;
    if (!value || !(0, import_yaml3.isSeq)(value)) return void 0;
    const item = value.items[index];
    return item && (0, import_yaml3.isAlias)(item) ? item.resolve(this.doc) : item;
  }
  /** An option value as plain data; YAML's own alias limit guards against alias bombs. */
  toJs(node, path4) {
    const value = this.deref(node, path4);
    if (value === null) return null;
    this.countNodes(value, path4);
    try {
      return value.toJS(this.doc, { maxAliasCount: 100 });
    } catch (e) {
      return this.fail(value, path4, e instanceof RangeError ? "value is too deeply nested" : `bad value: ${String(e)}`);
    }
  }
  /**
   * Charge every node of a value to the visit budget, following aliases, before it is turned into
   * data: an option that refers to a large anchored list from a thousand places must fail here
   * rather than build millions of values. An explicit stack, so deep nesting cannot overflow.
   */
  countNodes(root, path4) {
    const stack = [root];
    while (stack.length > 0) {
      const node = stack.pop();
      if (node === null || node === void 0) continue;
      if (++this.visits > MAX_NODE_VISITS) {
        this.fail(root, path4, `too many YAML nodes (more than ${MAX_NODE_VISITS}, counting alias expansions)`);
      }
      if ((0, import_yaml3.isAlias)(node)) {
        const target = node.resolve(this.doc);
        if (target === void 0) this.fail(node, path4, `unknown YAML alias "*${node.source}"`);
        stack.push(target);
      } else if ((0, import_yaml3.isMap)(node)) {
        for (const pair of node.items) stack.push(pair.key, pair.value);
      } else if ((0, import_yaml3.isSeq)(node)) {
        stack.push(...node.items);
      }
    }
  }
  describe(node) {
    if (node === null) return "an empty value";
    if ((0, import_yaml3.isMap)(node)) return "a mapping";
    if ((0, import_yaml3.isSeq)(node)) return "a list";
    if ((0, import_yaml3.isScalar)(node)) return describeValue(node.value);
    return "an unsupported YAML value";
  }
  unknownKey(keyNode, path4, key, known) {
    const guess = closest(key, known);
    const hint = guess ? `did you mean '${guess}'?` : `expected ${listOr(known)}`;
    return this.fail(keyNode, path4, `unknown key (${hint})`);
  }
  position(node) {
    const offset = node?.range?.[0];
    return offset === void 0 ? { line: 1, col: 1 } : this.lines.linePos(offset);
  }
  fail(node, path4, reason) {
    const { line, col } = this.position(node);
    const key = formatKeyPath(path4);
    const where = `${this.file}:${line}:${col}`;
    throw new ConfigError(key ? `${where}: ${key}: ${reason}` : `${where}: ${reason}`, this.file, line, col, key);
  }
};
function deepFreeze(value) {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

// src/config/resolve.ts
var defaultDev = compileGlobs(DEFAULT_DEV_PATHS);
var compiledConfigs = /* @__PURE__ */ new WeakMap();
function compiled(config) {
  let c = compiledConfigs.get(config);
  if (!c) {
    const extraDev = compileGlobs(config.devPaths);
    c = {
      ignore: compileGlobs(config.ignore),
      dev: config.devPaths.length === 0 ? defaultDev : (p) => defaultDev(p) || extraDev(p),
      production: compileGlobs(config.productionPaths),
      kinds: config.kinds.map((k) => ({ match: compileGlobs([k.pattern]), kind: k.kind })),
      overrides: config.overrides.map((o) => compileGlobs(o.files)),
      resolved: /* @__PURE__ */ new WeakMap()
    };
    compiledConfigs.set(config, c);
  }
  return c;
}
function environmentOf(relPath, config) {
  const c = compiled(config);
  if (c.production(relPath)) return "production";
  return c.dev(relPath) ? "development" : "production";
}
function kindOverride(relPath, config) {
  const { kinds } = compiled(config);
  for (let i = kinds.length - 1; i >= 0; i--) {
    if (kinds[i].match(relPath)) return kinds[i].kind;
  }
  return void 0;
}
function resolveRules(config, rules, relPath, cli = []) {
  const c = compiled(config);
  let bySignature = c.resolved.get(rules);
  if (!bySignature) {
    bySignature = /* @__PURE__ */ new Map();
    c.resolved.set(rules, bySignature);
  }
  let signature = "";
  for (const match of c.overrides) signature += match(relPath) ? "1" : "0";
  signature += "|" + cli.map((o) => `${o.ruleId}=${o.severity}`).join(",");
  let result = bySignature.get(signature);
  if (!result) {
    const layers = [config.rules];
    config.overrides.forEach((o, i) => {
      if (signature[i] === "1") layers.push(o.rules);
    });
    result = computeRules(rules, layers, cli);
    bySignature.set(signature, result);
  }
  return new Map(result);
}
function computeRules(rules, layers, cli) {
  const out = /* @__PURE__ */ new Map();
  for (const rule of rules) {
    let severity = rule.severity;
    let options = { ...rule.options ?? {} };
    for (const layer of layers) {
      const setting = Object.hasOwn(layer, rule.id) ? layer[rule.id] : void 0;
      if (!setting) continue;
      if (setting.severity !== void 0) severity = setting.severity;
      if (setting.options) options = { ...options, ...setting.options };
    }
    for (const flag of cli) if (flag.ruleId === rule.id) severity = flag.severity;
    if (severity !== "off") out.set(rule.id, Object.freeze({ severity, options: Object.freeze(options) }));
  }
  return out;
}

// src/discover.ts
import { existsSync, statSync as statSync2 } from "node:fs";
import { dirname as dirname2, isAbsolute as isAbsolute2, join as join2, relative as relative2, resolve as resolve3, sep } from "node:path";

// node_modules/globby/index.js
import process3 from "node:process";
import fs3 from "node:fs";
import nodePath from "node:path";
import { Readable } from "node:stream";

// node_modules/@sindresorhus/merge-streams/index.js
import { on, once } from "node:events";
import { PassThrough as PassThroughStream, getDefaultHighWaterMark } from "node:stream";
import { finished } from "node:stream/promises";
function mergeStreams(streams) {
  if (!Array.isArray(streams)) {
    throw new TypeError(`Expected an array, got \`${typeof streams}\`.`);
  }
  for (const stream of streams) {
    validateStream(stream);
  }
  const objectMode = streams.some(({ readableObjectMode }) => readableObjectMode);
  const highWaterMark = getHighWaterMark(streams, objectMode);
  const passThroughStream = new MergedStream({
    objectMode,
    writableHighWaterMark: highWaterMark,
    readableHighWaterMark: highWaterMark
  });
  for (const stream of streams) {
    passThroughStream.add(stream);
  }
  return passThroughStream;
}
var getHighWaterMark = (streams, objectMode) => {
  if (streams.length === 0) {
    return getDefaultHighWaterMark(objectMode);
  }
  const highWaterMarks = streams.filter(({ readableObjectMode }) => readableObjectMode === objectMode).map(({ readableHighWaterMark }) => readableHighWaterMark);
  return Math.max(...highWaterMarks);
};
var MergedStream = class extends PassThroughStream {
  #streams = /* @__PURE__ */ new Set([]);
  #ended = /* @__PURE__ */ new Set([]);
  #aborted = /* @__PURE__ */ new Set([]);
  #onFinished;
  #unpipeEvent = /* @__PURE__ */ Symbol("unpipe");
  #streamPromises = /* @__PURE__ */ new WeakMap();
  add(stream) {
    validateStream(stream);
    if (this.#streams.has(stream)) {
      return;
    }
    this.#streams.add(stream);
    this.#onFinished ??= onMergedStreamFinished(this, this.#streams, this.#unpipeEvent);
    const streamPromise = endWhenStreamsDone({
      passThroughStream: this,
      stream,
      streams: this.#streams,
      ended: this.#ended,
      aborted: this.#aborted,
      onFinished: this.#onFinished,
      unpipeEvent: this.#unpipeEvent
    });
    this.#streamPromises.set(stream, streamPromise);
    stream.pipe(this, { end: false });
  }
  async remove(stream) {
    validateStream(stream);
    if (!this.#streams.has(stream)) {
      return false;
    }
    const streamPromise = this.#streamPromises.get(stream);
    if (streamPromise === void 0) {
      return false;
    }
    this.#streamPromises.delete(stream);
    stream.unpipe(this);
    await streamPromise;
    return true;
  }
};
var onMergedStreamFinished = async (passThroughStream, streams, unpipeEvent) => {
  updateMaxListeners(passThroughStream, PASSTHROUGH_LISTENERS_COUNT);
  const controller = new AbortController();
  try {
    await Promise.race([
      onMergedStreamEnd(passThroughStream, controller),
      onInputStreamsUnpipe(passThroughStream, streams, unpipeEvent, controller)
    ]);
  } finally {
    controller.abort();
    updateMaxListeners(passThroughStream, -PASSTHROUGH_LISTENERS_COUNT);
  }
};
var onMergedStreamEnd = async (passThroughStream, { signal }) => {
  try {
    await finished(passThroughStream, { signal, cleanup: true });
  } catch (error) {
    errorOrAbortStream(passThroughStream, error);
    throw error;
  }
};
var onInputStreamsUnpipe = async (passThroughStream, streams, unpipeEvent, { signal }) => {
  for await (const [unpipedStream] of on(passThroughStream, "unpipe", { signal })) {
    if (streams.has(unpipedStream)) {
      unpipedStream.emit(unpipeEvent);
    }
  }
};
var validateStream = (stream) => {
  if (typeof stream?.pipe !== "function") {
    throw new TypeError(`Expected a readable stream, got: \`${typeof stream}\`.`);
  }
};
var endWhenStreamsDone = async ({ passThroughStream, stream, streams, ended, aborted, onFinished, unpipeEvent }) => {
  updateMaxListeners(passThroughStream, PASSTHROUGH_LISTENERS_PER_STREAM);
  const controller = new AbortController();
  try {
    await Promise.race([
      afterMergedStreamFinished(onFinished, stream, controller),
      onInputStreamEnd({
        passThroughStream,
        stream,
        streams,
        ended,
        aborted,
        controller
      }),
      onInputStreamUnpipe({
        stream,
        streams,
        ended,
        aborted,
        unpipeEvent,
        controller
      })
    ]);
  } finally {
    controller.abort();
    updateMaxListeners(passThroughStream, -PASSTHROUGH_LISTENERS_PER_STREAM);
  }
  if (streams.size > 0 && streams.size === ended.size + aborted.size) {
    if (ended.size === 0 && aborted.size > 0) {
      abortStream(passThroughStream);
    } else {
      endStream(passThroughStream);
    }
  }
};
var afterMergedStreamFinished = async (onFinished, stream, { signal }) => {
  try {
    await onFinished;
    if (!signal.aborted) {
      abortStream(stream);
    }
  } catch (error) {
    if (!signal.aborted) {
      errorOrAbortStream(stream, error);
    }
  }
};
var onInputStreamEnd = async ({ passThroughStream, stream, streams, ended, aborted, controller: { signal } }) => {
  try {
    await finished(stream, {
      signal,
      cleanup: true,
      readable: true,
      writable: false
    });
    if (streams.has(stream)) {
      ended.add(stream);
    }
  } catch (error) {
    if (signal.aborted || !streams.has(stream)) {
      return;
    }
    if (isAbortError(error)) {
      aborted.add(stream);
    } else {
      errorStream(passThroughStream, error);
    }
  }
};
var onInputStreamUnpipe = async ({ stream, streams, ended, aborted, unpipeEvent, controller: { signal } }) => {
  await once(stream, unpipeEvent, { signal });
  if (!stream.readable) {
    return once(signal, "abort", { signal });
  }
  streams.delete(stream);
  ended.delete(stream);
  aborted.delete(stream);
};
var endStream = (stream) => {
  if (stream.writable) {
    stream.end();
  }
};
var errorOrAbortStream = (stream, error) => {
  if (isAbortError(error)) {
    abortStream(stream);
  } else {
    errorStream(stream, error);
  }
};
var isAbortError = (error) => error?.code === "ERR_STREAM_PREMATURE_CLOSE";
var abortStream = (stream) => {
  if (stream.readable || stream.writable) {
    stream.destroy();
  }
};
var errorStream = (stream, error) => {
  if (!stream.destroyed) {
    stream.once("error", noop);
    stream.destroy(error);
  }
};
var noop = () => {
};
var updateMaxListeners = (passThroughStream, increment) => {
  const maxListeners = passThroughStream.getMaxListeners();
  if (maxListeners !== 0 && maxListeners !== Number.POSITIVE_INFINITY) {
    passThroughStream.setMaxListeners(maxListeners + increment);
  }
};
var PASSTHROUGH_LISTENERS_COUNT = 2;
var PASSTHROUGH_LISTENERS_PER_STREAM = 1;

// node_modules/globby/index.js
var import_fast_glob3 = __toESM(require_out4(), 1);

// node_modules/unicorn-magic/node.js
import { promisify } from "node:util";
import { execFile as execFileCallback, execFileSync as execFileSyncOriginal } from "node:child_process";
import { fileURLToPath } from "node:url";
var execFileOriginal = promisify(execFileCallback);
function toPath(urlOrPath) {
  return urlOrPath instanceof URL ? fileURLToPath(urlOrPath) : urlOrPath;
}
var TEN_MEGABYTES_IN_BYTES = 10 * 1024 * 1024;

// node_modules/globby/ignore.js
var import_fast_glob2 = __toESM(require_out4(), 1);
var import_ignore2 = __toESM(require_ignore(), 1);
import process2 from "node:process";
import fs2 from "node:fs";
import fsPromises from "node:fs/promises";
import path3 from "node:path";
import os from "node:os";

// node_modules/is-path-inside/index.js
import path from "node:path";
function isPathInside(childPath, parentPath) {
  const relation = path.relative(parentPath, childPath);
  return Boolean(
    relation && relation !== ".." && !relation.startsWith(`..${path.sep}`) && relation !== path.resolve(childPath)
  );
}

// node_modules/slash/index.js
function slash(path4) {
  const isExtendedLengthPath = path4.startsWith("\\\\?\\");
  if (isExtendedLengthPath) {
    return path4;
  }
  return path4.replace(/\\/g, "/");
}

// node_modules/globby/utilities.js
var import_fast_glob = __toESM(require_out4(), 1);
var import_ignore = __toESM(require_ignore(), 1);
import fs from "node:fs";
import path2 from "node:path";
import { promisify as promisify2 } from "node:util";
var import_micromatch = __toESM(require_micromatch(), 1);
var isNegativePattern = (pattern) => pattern[0] === "!";
var normalizeAbsolutePatternToRelative = (pattern) => {
  if (!pattern.startsWith("/")) {
    return pattern;
  }
  const inner = pattern.slice(1);
  const firstSlashIndex = inner.indexOf("/");
  const firstSegment = firstSlashIndex > 0 ? inner.slice(0, firstSlashIndex) : inner;
  if (firstSlashIndex > 0 && !import_fast_glob.default.isDynamicPattern(firstSegment)) {
    return pattern;
  }
  return inner;
};
var absolutePrefixesMatch = (positivePrefix, negativePrefix) => negativePrefix === positivePrefix;
var getStaticAbsolutePathPrefix = (pattern) => {
  if (!path2.isAbsolute(pattern)) {
    return void 0;
  }
  const staticSegments = [];
  for (const segment of pattern.split("/")) {
    if (!segment) {
      continue;
    }
    if (import_fast_glob.default.isDynamicPattern(segment)) {
      break;
    }
    staticSegments.push(segment);
  }
  return staticSegments.length === 0 ? void 0 : `/${staticSegments.join("/")}`;
};
var normalizeNegativePattern = (pattern, positiveAbsolutePathPrefixes = [], hasRelativePositivePattern = false) => {
  if (!pattern.startsWith("/")) {
    return pattern;
  }
  const normalizedPattern = normalizeAbsolutePatternToRelative(pattern);
  if (normalizedPattern !== pattern) {
    return normalizedPattern;
  }
  if (hasRelativePositivePattern) {
    return pattern.slice(1);
  }
  const negativeAbsolutePathPrefix = getStaticAbsolutePathPrefix(pattern);
  const preserveAsAbsolutePattern = negativeAbsolutePathPrefix !== void 0 && positiveAbsolutePathPrefixes.some((positiveAbsolutePathPrefix) => absolutePrefixesMatch(positiveAbsolutePathPrefix, negativeAbsolutePathPrefix));
  return preserveAsAbsolutePattern ? pattern : pattern.slice(1);
};
var bindFsMethod = (object, methodName) => {
  const method = object?.[methodName];
  return typeof method === "function" ? method.bind(object) : void 0;
};
var promisifyFsMethod = (object, methodName) => {
  const method = object?.[methodName];
  if (typeof method !== "function") {
    return void 0;
  }
  return promisify2(method.bind(object));
};
var normalizeDirectoryPatternForFastGlob = (pattern) => {
  if (!pattern.endsWith("/")) {
    return pattern;
  }
  const trimmedPattern = pattern.replace(/\/+$/u, "");
  if (!trimmedPattern) {
    return "/**";
  }
  if (trimmedPattern === "**") {
    return "**/**";
  }
  const hasLeadingSlash = trimmedPattern.startsWith("/");
  const patternBody = hasLeadingSlash ? trimmedPattern.slice(1) : trimmedPattern;
  const hasInnerSlash = patternBody.includes("/");
  const needsRecursivePrefix = !hasLeadingSlash && !hasInnerSlash && !trimmedPattern.startsWith("**/");
  const recursivePrefix = needsRecursivePrefix ? "**/" : "";
  return `${recursivePrefix}${trimmedPattern}/**`;
};
var getParentDirectoryPrefix = (pattern) => {
  const normalizedPattern = isNegativePattern(pattern) ? pattern.slice(1) : pattern;
  const match = normalizedPattern.match(/^(\.\.\/)+/);
  return match ? match[0] : "";
};
var adjustIgnorePatternsForParentDirectories = (patterns, ignorePatterns) => {
  if (patterns.length === 0 || ignorePatterns.length === 0) {
    return ignorePatterns;
  }
  const parentPrefixes = patterns.map((pattern) => getParentDirectoryPrefix(pattern));
  const firstPrefix = parentPrefixes[0];
  if (!firstPrefix) {
    return ignorePatterns;
  }
  const allSamePrefix = parentPrefixes.every((prefix) => prefix === firstPrefix);
  if (!allSamePrefix) {
    return ignorePatterns;
  }
  return ignorePatterns.map((pattern) => {
    if (pattern.startsWith("**/") && !pattern.startsWith("../")) {
      return firstPrefix + pattern;
    }
    return pattern;
  });
};
var getAsyncStatMethod = (fsImplementation) => bindFsMethod(fsImplementation?.promises, "stat") ?? bindFsMethod(fs.promises, "stat");
var getStatSyncMethod = (fsImplementation) => {
  if (fsImplementation) {
    return bindFsMethod(fsImplementation, "statSync");
  }
  return bindFsMethod(fs, "statSync");
};
var pathHasGitDirectory = (stats) => Boolean(stats?.isDirectory?.() || stats?.isFile?.());
var buildPathChain = (startPath, rootPath) => {
  const chain = [];
  let currentPath = startPath;
  chain.push(currentPath);
  while (currentPath !== rootPath) {
    const parentPath = path2.dirname(currentPath);
    if (parentPath === currentPath) {
      break;
    }
    currentPath = parentPath;
    chain.push(currentPath);
  }
  return chain;
};
var findGitRootInChain = async (paths, statMethod) => {
  for (const directory of paths) {
    const gitPath = path2.join(directory, ".git");
    try {
      const stats = await statMethod(gitPath);
      if (pathHasGitDirectory(stats)) {
        return directory;
      }
    } catch {
    }
  }
  return void 0;
};
var findGitRootSyncUncached = (cwd, fsImplementation) => {
  const statSyncMethod = getStatSyncMethod(fsImplementation);
  if (!statSyncMethod) {
    return void 0;
  }
  const currentPath = path2.resolve(cwd);
  const { root } = path2.parse(currentPath);
  const chain = buildPathChain(currentPath, root);
  for (const directory of chain) {
    const gitPath = path2.join(directory, ".git");
    try {
      const stats = statSyncMethod(gitPath);
      if (pathHasGitDirectory(stats)) {
        return directory;
      }
    } catch {
    }
  }
  return void 0;
};
var findGitRootSync = (cwd, fsImplementation) => {
  if (typeof cwd !== "string") {
    throw new TypeError("cwd must be a string");
  }
  return findGitRootSyncUncached(cwd, fsImplementation);
};
var findGitRootAsyncUncached = async (cwd, fsImplementation) => {
  const statMethod = getAsyncStatMethod(fsImplementation);
  if (!statMethod) {
    return findGitRootSync(cwd, fsImplementation);
  }
  const currentPath = path2.resolve(cwd);
  const { root } = path2.parse(currentPath);
  const chain = buildPathChain(currentPath, root);
  return findGitRootInChain(chain, statMethod);
};
var findGitRoot = async (cwd, fsImplementation) => {
  if (typeof cwd !== "string") {
    throw new TypeError("cwd must be a string");
  }
  return findGitRootAsyncUncached(cwd, fsImplementation);
};
var isWithinGitRoot = (gitRoot, cwd) => {
  const resolvedGitRoot = path2.resolve(gitRoot);
  const resolvedCwd = path2.resolve(cwd);
  return resolvedCwd === resolvedGitRoot || isPathInside(resolvedCwd, resolvedGitRoot);
};
var getParentGitignorePaths = (gitRoot, cwd) => {
  if (gitRoot && typeof gitRoot !== "string") {
    throw new TypeError("gitRoot must be a string or undefined");
  }
  if (typeof cwd !== "string") {
    throw new TypeError("cwd must be a string");
  }
  if (!gitRoot) {
    return [];
  }
  if (!isWithinGitRoot(gitRoot, cwd)) {
    return [];
  }
  const chain = buildPathChain(path2.resolve(cwd), path2.resolve(gitRoot));
  return [...chain].reverse().map((directory) => path2.join(directory, ".gitignore"));
};
var GITIGNORE_WILDCARDS = /(?<!\\)[*?[]/u;
var hasGitignoreWildcards = (value) => GITIGNORE_WILDCARDS.test(value);
var MICROMATCH_ONLY_SYNTAX = /[(){}|\\]/u;
var unescapeGitignorePattern = (value) => value.replaceAll(/\\(.)/gu, "$1");
var normalizeGitignorePatternForIgnore = (value) => value.replaceAll(/\\(.)/gu, (match, character) => "*[]\\".includes(character) ? match : character);
var toLiteralPattern = (value) => import_fast_glob.default.escapePath(unescapeGitignorePattern(value));
var finalSegment = (value) => value.replace(/\/+$/u, "").split("/").pop();
var toStandaloneRule = (value) => value.replace(/^([#!])/u, String.raw`\$1`);
var isInsideCwd = (relativePath) => relativePath !== "" && !relativePath.startsWith("..") && !path2.isAbsolute(relativePath);
var anchorToCwd = (directory, body, cwd) => {
  const relativePath = slash(path2.relative(cwd, path2.join(directory, body)));
  return isInsideCwd(relativePath) ? relativePath : void 0;
};
var createNameComparer = () => {
  const nameMatchers = /* @__PURE__ */ new Map();
  const matchesName = (pattern, name) => {
    const namePath = unescapeGitignorePattern(name);
    if (!(0, import_ignore.isPathValid)(namePath)) {
      return true;
    }
    const normalizedPattern = normalizeGitignorePatternForIgnore(pattern);
    let nameMatcher = nameMatchers.get(normalizedPattern);
    if (!nameMatcher) {
      nameMatcher = (0, import_ignore.default)().add([toStandaloneRule(normalizedPattern)]);
      nameMatchers.set(normalizedPattern, nameMatcher);
    }
    return nameMatcher.ignores(namePath);
  };
  return (pattern, name) => {
    if (hasGitignoreWildcards(pattern) && hasGitignoreWildcards(name)) {
      return true;
    }
    return hasGitignoreWildcards(name) ? matchesName(name, pattern) : matchesName(pattern, name);
  };
};
var getNegationFinalSegments = (rules) => rules.filter((rule) => isNegativePattern(rule.pattern)).map((rule) => finalSegment(rule.pattern.slice(1))).filter(Boolean);
var negationsCouldRescue = (rules, names) => {
  if (names.length === 0) {
    return false;
  }
  const couldNameTheSamePath = createNameComparer();
  return getNegationFinalSegments(rules).some((negation) => names.some((name) => couldNameTheSamePath(name, negation)));
};
var expandBraceGroups = (pattern) => {
  if (!pattern.includes("{")) {
    return [pattern];
  }
  const expandedPatterns = import_fast_glob.default.generateTasks(pattern).flatMap((task) => task.patterns);
  return expandedPatterns.length > 0 ? expandedPatterns : [pattern];
};
var convertIgnorePatternsForIgnoreFileSearch = (ignorePatterns, searchPatterns) => {
  if (ignorePatterns.length === 0) {
    return ignorePatterns;
  }
  const couldNameTheSamePath = createNameComparer();
  const expandedSearchPatterns = searchPatterns.flatMap((pattern) => expandBraceGroups(pattern));
  if (expandedSearchPatterns.some((pattern) => MICROMATCH_ONLY_SYNTAX.test(pattern.slice(0, pattern.lastIndexOf("/") + 1)))) {
    return [];
  }
  const ignoreFileNames = expandedSearchPatterns.map((pattern) => finalSegment(pattern)).filter(Boolean);
  const couldNameAnIgnoreFile = (pattern) => {
    const name = finalSegment(pattern.replace(/\/\*\*$/u, ""));
    if (!name || MICROMATCH_ONLY_SYNTAX.test(name)) {
      return true;
    }
    return ignoreFileNames.some((ignoreFileName) => MICROMATCH_ONLY_SYNTAX.test(ignoreFileName) ? hasGitignoreWildcards(name) || import_micromatch.default.isMatch(unescapeGitignorePattern(name), ignoreFileName, { dot: true, nocase: true }) : couldNameTheSamePath(name, ignoreFileName));
  };
  return ignorePatterns.filter((pattern) => !expandBraceGroups(pattern).some((expanded) => couldNameAnIgnoreFile(expanded)));
};
var getRulePrune = ({ pattern, directory }, { cwd, matcher, hasNegations, canSkipAtAnyDepth, canMatchIgnoreFile, gitignoreOnlySearch }) => {
  if (isNegativePattern(pattern)) {
    return void 0;
  }
  const isDirectoryPattern = pattern.endsWith("/");
  const clean = pattern.replace(/\/+$/u, "");
  if (!clean) {
    return void 0;
  }
  const body = clean.startsWith("**/") && !clean.slice(3).includes("/") ? clean.slice(3) : clean;
  if (canMatchIgnoreFile(finalSegment(body))) {
    return void 0;
  }
  const isGlob = hasGitignoreWildcards(body);
  if (isGlob && MICROMATCH_ONLY_SYNTAX.test(body)) {
    return void 0;
  }
  const toFastGlob = (value) => normalizeDirectoryPatternForFastGlob(`/${value}${isDirectoryPattern ? "/" : ""}`).replace(/^\//u, "");
  if (!body.includes("/") && canSkipAtAnyDepth(body)) {
    const relativeDirectory = slash(path2.relative(cwd, directory));
    const prefix = isInsideCwd(relativeDirectory) ? `${import_fast_glob.default.escapePath(relativeDirectory)}/` : "";
    return { pattern: toFastGlob(`${prefix}**/${isGlob ? body : toLiteralPattern(body)}`), guardName: body };
  }
  const anchoredBody = body.replace(/^\//u, "");
  const target = anchorToCwd(directory, isGlob ? anchoredBody : unescapeGitignorePattern(anchoredBody), cwd);
  if (target === void 0) {
    return void 0;
  }
  const guardName = finalSegment(anchoredBody);
  if (isGlob) {
    return hasNegations ? void 0 : { pattern: toFastGlob(target), guardName };
  }
  if (!matcher(path2.resolve(cwd, target) + path2.sep).ignored) {
    return void 0;
  }
  const needsGuard = !gitignoreOnlySearch || target.includes("/");
  return {
    pattern: toFastGlob(import_fast_glob.default.escapePath(target)),
    guardName: needsGuard ? guardName : void 0
  };
};
var buildPrunePatternsAndGuards = (rules, matcher, cwd, { gitignoreOnlySearch = false, searchesForGitignoreFiles = false } = {}) => {
  if (!matcher || !cwd || !rules || rules.length === 0) {
    return { patterns: [], guardNames: [] };
  }
  const negationNames = getNegationFinalSegments(rules);
  const couldNameTheSamePath = createNameComparer();
  const context = {
    cwd,
    matcher,
    hasNegations: negationNames.length > 0,
    canSkipAtAnyDepth: (pattern) => !negationNames.some((name) => couldNameTheSamePath(pattern, name)),
    canMatchIgnoreFile: (pattern) => searchesForGitignoreFiles && couldNameTheSamePath(pattern, ".gitignore"),
    gitignoreOnlySearch
  };
  const patterns = [];
  const guardNames = [];
  for (const rule of rules) {
    const prune = getRulePrune(rule, context);
    if (!prune) {
      continue;
    }
    patterns.push(prune.pattern);
    if (prune.guardName !== void 0) {
      guardNames.push(prune.guardName);
    }
  }
  return { patterns, guardNames };
};
var convertPatternsForFastGlob = (rules, matcher, cwd) => buildPrunePatternsAndGuards(rules, matcher, cwd).patterns;

// node_modules/globby/ignore.js
var defaultIgnoredDirectories = [
  "**/node_modules",
  "**/flow-typed",
  "**/coverage",
  "**/.git"
];
var ignoreFilesGlobOptions = {
  absolute: true,
  dot: true
};
var GITIGNORE_FILES_PATTERN = "**/.gitignore";
var MAX_INCLUDE_DEPTH = 10;
var getReadFileMethod = (fsImplementation) => bindFsMethod(fsImplementation?.promises, "readFile") ?? bindFsMethod(fsPromises, "readFile") ?? promisifyFsMethod(fsImplementation, "readFile");
var getReadFileSyncMethod = (fsImplementation) => bindFsMethod(fsImplementation, "readFileSync") ?? bindFsMethod(fs2, "readFileSync");
var shouldSkipIgnoreFileError = (error, suppressErrors) => {
  if (!error) {
    return Boolean(suppressErrors);
  }
  if (error.code === "ENOENT" || error.code === "ENOTDIR") {
    return true;
  }
  return Boolean(suppressErrors);
};
var createReadError = (kind, filePath, error) => {
  const prefix = `Failed to read ${kind} at ${filePath}`;
  if (error instanceof Error) {
    return new Error(`${prefix}: ${error.message}`, { cause: error });
  }
  return new Error(`${prefix}: ${String(error)}`);
};
var createIgnoreFileReadError = (filePath, error) => createReadError("ignore file", filePath, error);
var createGitConfigReadError = (filePath, error) => createReadError("git config", filePath, error);
var processIgnoreFileCore = (filePath, readMethod, suppressErrors) => {
  try {
    const content = readMethod(filePath, "utf8");
    return { filePath, content };
  } catch (error) {
    if (shouldSkipIgnoreFileError(error, suppressErrors)) {
      return void 0;
    }
    throw createIgnoreFileReadError(filePath, error);
  }
};
var readIgnoreFilesSafely = async (paths, readFileMethod, suppressErrors) => {
  const fileResults = await Promise.all(paths.map(async (filePath) => {
    try {
      const content = await readFileMethod(filePath, "utf8");
      return { filePath, content };
    } catch (error) {
      if (shouldSkipIgnoreFileError(error, suppressErrors)) {
        return void 0;
      }
      throw createIgnoreFileReadError(filePath, error);
    }
  }));
  return fileResults.filter(Boolean);
};
var readIgnoreFilesSafelySync = (paths, readFileSyncMethod, suppressErrors) => paths.map((filePath) => processIgnoreFileCore(filePath, readFileSyncMethod, suppressErrors)).filter(Boolean);
var dedupePaths = (paths) => {
  const seen = /* @__PURE__ */ new Set();
  return paths.filter((filePath) => {
    if (seen.has(filePath)) {
      return false;
    }
    seen.add(filePath);
    return true;
  });
};
var globIgnoreFiles = (globFunction, patterns, normalizedOptions) => globFunction(patterns, {
  ...normalizedOptions,
  ...ignoreFilesGlobOptions
  // Must be last to ensure absolute/dot flags stick
});
var normalizeIgnoreFileLine = (line) => {
  line = line.replace(/^\uFEFF/u, "");
  let whitespaceStart = line.length;
  while (whitespaceStart > 0 && /\s/u.test(line[whitespaceStart - 1])) {
    whitespaceStart--;
  }
  if (whitespaceStart === line.length) {
    return line;
  }
  let backslashCount = 0;
  for (let index = whitespaceStart - 1; index >= 0 && line[index] === "\\"; index--) {
    backslashCount++;
  }
  return backslashCount % 2 === 1 ? line.slice(0, whitespaceStart) + " " : line.slice(0, whitespaceStart);
};
var readIgnoreFileLines = (content) => content.split(/\r?\n/).map((line) => normalizeIgnoreFileLine(line)).filter((line) => line && !line.startsWith("#"));
var getIgnoreRules = (files) => files.flatMap((file) => {
  const directory = path3.dirname(file.filePath);
  return readIgnoreFileLines(file.content).map((pattern) => ({ pattern, directory }));
});
var buildIgnoreResult = (files, normalizedOptions, gitRoot) => {
  const baseDir = gitRoot || normalizedOptions.cwd;
  const patterns = getPatternsFromIgnoreFiles(files, baseDir);
  const matcher = createIgnoreMatcher(patterns, normalizedOptions.cwd, baseDir);
  return {
    patterns,
    rules: getIgnoreRules(files),
    matcher,
    predicate: (fileOrDirectory) => matcher(fileOrDirectory).ignored,
    usingGitRoot: Boolean(gitRoot && gitRoot !== normalizedOptions.cwd)
  };
};
var applyBaseToPattern = (pattern, base) => {
  if (!base) {
    return pattern;
  }
  const isNegative = isNegativePattern(pattern);
  const cleanPattern = isNegative ? pattern.slice(1) : pattern;
  const slashIndex = cleanPattern.indexOf("/");
  const hasNonTrailingSlash = slashIndex !== -1 && slashIndex !== cleanPattern.length - 1;
  let result;
  if (!hasNonTrailingSlash) {
    result = path3.posix.join(base, "**", cleanPattern);
  } else if (cleanPattern.startsWith("/")) {
    result = path3.posix.join(base, cleanPattern.slice(1));
  } else {
    result = path3.posix.join(base, cleanPattern);
  }
  return isNegative ? "!" + result : result;
};
var parseIgnoreFile = (file, cwd) => {
  const base = slash(path3.relative(cwd, path3.dirname(file.filePath)));
  return readIgnoreFileLines(file.content).map((pattern) => applyBaseToPattern(pattern, base));
};
var toRelativePath = (fileOrDirectory, cwd) => {
  if (path3.isAbsolute(fileOrDirectory)) {
    const relativePath = path3.relative(cwd, fileOrDirectory);
    if (relativePath && !isPathInside(fileOrDirectory, cwd)) {
      return void 0;
    }
    return relativePath;
  }
  if (fileOrDirectory.startsWith("./")) {
    return fileOrDirectory.slice(2);
  }
  if (fileOrDirectory.startsWith("../")) {
    return void 0;
  }
  return fileOrDirectory;
};
var notIgnored = { ignored: false, unignored: false };
var createIgnoreMatcher = (patterns, cwd, baseDir) => {
  const ignores = (0, import_ignore2.default)().add(patterns);
  const resolvedCwd = path3.normalize(path3.resolve(cwd));
  const resolvedBaseDir = path3.normalize(path3.resolve(baseDir));
  return (fileOrDirectory) => {
    fileOrDirectory = toPath(fileOrDirectory);
    const hasTrailingSeparator = /[/\\]$/.test(fileOrDirectory);
    const normalizedPath = path3.normalize(path3.resolve(fileOrDirectory));
    if (normalizedPath === resolvedCwd) {
      return notIgnored;
    }
    let relativePath = toRelativePath(fileOrDirectory, resolvedBaseDir);
    if (relativePath === void 0) {
      return notIgnored;
    }
    if (!relativePath) {
      return notIgnored;
    }
    if (hasTrailingSeparator && !relativePath.endsWith(path3.sep)) {
      relativePath += path3.sep;
    }
    return ignores.test(slash(relativePath));
  };
};
var normalizeOptions = (options = {}) => {
  const ignoreOption = options.ignore ? Array.isArray(options.ignore) ? options.ignore : [options.ignore] : [];
  const cwd = toPath(options.cwd) ?? process2.cwd();
  const deep = typeof options.deep === "number" ? Math.max(0, options.deep) + 1 : Number.POSITIVE_INFINITY;
  return {
    cwd,
    suppressErrors: options.suppressErrors ?? false,
    deep,
    ignore: [...ignoreOption, ...defaultIgnoredDirectories],
    followSymbolicLinks: options.followSymbolicLinks ?? true,
    concurrency: options.concurrency,
    throwErrorOnBrokenSymbolicLink: options.throwErrorOnBrokenSymbolicLink ?? false,
    fs: options.fs
  };
};
var unescapeGitQuotedValue = (value) => value.replaceAll(/\\(["\\abfnrtv])/g, (_match, escapedCharacter) => {
  switch (escapedCharacter) {
    case "a": {
      return "\x07";
    }
    case "b": {
      return "\b";
    }
    case "f": {
      return "\f";
    }
    case "n": {
      return "\n";
    }
    case "r": {
      return "\r";
    }
    case "t": {
      return "	";
    }
    case "v": {
      return "\v";
    }
    default: {
      return escapedCharacter;
    }
  }
});
var parseGitConfigValue = (value) => {
  const trimmedValue = value.trim();
  const quotedMatch = trimmedValue.match(/^"((?:[^"\\]|\\.)*)"\s*(?:[#;].*)?$/);
  if (quotedMatch) {
    return unescapeGitQuotedValue(quotedMatch[1]);
  }
  return trimmedValue.replace(/\s[#;].*$/, "").trim();
};
var resolveConfigPath = (filePath, configPath) => {
  if (configPath.startsWith("~/")) {
    const homeDirectory = os.homedir();
    const resolved = path3.join(homeDirectory, configPath.slice(2));
    if (!isPathInside(resolved, homeDirectory)) {
      return path3.join(homeDirectory, ".globby-invalid-path-traversal");
    }
    return resolved;
  }
  if (path3.isAbsolute(configPath)) {
    return configPath;
  }
  return path3.resolve(path3.dirname(filePath), configPath);
};
var parseGitConfigSection = (line) => {
  if (!line.startsWith("[")) {
    return void 0;
  }
  let inQuotes = false;
  let isEscaped = false;
  for (let index = 1; index < line.length; index++) {
    const character = line[index];
    if (isEscaped) {
      isEscaped = false;
      continue;
    }
    if (character === "\\") {
      isEscaped = true;
      continue;
    }
    if (character === '"') {
      inQuotes = !inQuotes;
      continue;
    }
    if (character === "]" && !inQuotes) {
      const remainder = line.slice(index + 1).trimStart();
      if (remainder && !remainder.startsWith("#") && !remainder.startsWith(";")) {
        return void 0;
      }
      return line.slice(1, index).trim();
    }
  }
  return void 0;
};
var parseGitConfigEntry = (line) => {
  const match = line.match(/^([A-Za-z\d-.]+)\s*=\s*(.*)$/);
  if (!match) {
    return void 0;
  }
  return {
    key: match[1].toLowerCase(),
    value: parseGitConfigValue(match[2])
  };
};
var parseIncludeIfCondition = (section) => {
  if (!section) {
    return void 0;
  }
  const match = section.match(/^includeif\s+"([^"]+)"$/i);
  return match ? match[1] : void 0;
};
var normalizeGitConfigConditionPattern = (pattern, configFilePath) => {
  if (pattern.startsWith("~/")) {
    pattern = path3.join(os.homedir(), pattern.slice(2));
  } else if (pattern.startsWith("./")) {
    pattern = path3.resolve(path3.dirname(configFilePath), pattern.slice(2));
  } else if (!path3.isAbsolute(pattern)) {
    pattern = `**/${pattern}`;
  }
  if (pattern.endsWith("/")) {
    pattern += "**";
  }
  return slash(pattern);
};
var gitConfigGlobToRegex = (pattern, flags) => {
  let regex = "";
  for (let index = 0; index < pattern.length; index++) {
    const character = pattern[index];
    const nextCharacter = pattern[index + 1];
    const nextNextCharacter = pattern[index + 2];
    if (character === "*" && nextCharacter === "*" && nextNextCharacter === "/") {
      regex += "(?:.*/)?";
      index += 2;
      continue;
    }
    if (character === "*" && nextCharacter === "*") {
      regex += ".*";
      index += 1;
      continue;
    }
    if (character === "*") {
      regex += "[^/]*";
      continue;
    }
    if (character === "?") {
      regex += "[^/]";
      continue;
    }
    if (character === "[") {
      const closingBracketIndex = pattern.indexOf("]", index + 1);
      if (closingBracketIndex !== -1) {
        const bracketContent = pattern.slice(index + 1, closingBracketIndex);
        if (bracketContent) {
          const negatedBracketContent = bracketContent[0] === "!" ? `^${bracketContent.slice(1)}` : bracketContent;
          regex += `[${negatedBracketContent}]`;
          index = closingBracketIndex;
          continue;
        }
      }
    }
    regex += /[|\\{}()[\]^$+?.]/.test(character) ? `\\${character}` : character;
  }
  try {
    return new RegExp(`^${regex}$`, flags);
  } catch {
    return /(?!)/;
  }
};
var matchesIncludeIfCondition = (condition, gitDirectory, configFilePath) => {
  if (!gitDirectory) {
    return false;
  }
  const match = condition.match(/^(gitdir|gitdir\/i):(.*)$/i);
  if (!match) {
    return false;
  }
  const [, keyword, rawPattern] = match;
  const pattern = normalizeGitConfigConditionPattern(rawPattern.trim(), configFilePath);
  const isCaseInsensitive = keyword.toLowerCase() === "gitdir/i";
  const regularExpression = gitConfigGlobToRegex(pattern, isCaseInsensitive ? "i" : void 0);
  const normalizedGitDirectory = slash(path3.resolve(gitDirectory));
  return regularExpression.test(normalizedGitDirectory);
};
var shouldIncludeConfigSection = (section, gitDirectory, configFilePath) => {
  if (section?.toLowerCase() === "include") {
    return true;
  }
  const condition = parseIncludeIfCondition(section);
  return condition ? matchesIncludeIfCondition(condition, gitDirectory, configFilePath) : false;
};
var createExcludesFileValue = (value, declaringFilePath) => ({
  value,
  declaringFilePath
});
var parseGitConfigForExcludesFile = (content, normalizedPath, gitDirectory) => {
  let currentSection;
  let excludesFile;
  const includePaths = [];
  for (const line of content.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith("#") || trimmed.startsWith(";")) {
      continue;
    }
    if (trimmed.startsWith("[")) {
      currentSection = parseGitConfigSection(trimmed);
      continue;
    }
    const entry = parseGitConfigEntry(trimmed);
    if (!entry) {
      continue;
    }
    if (currentSection?.toLowerCase() === "core" && entry.key === "excludesfile") {
      excludesFile = createExcludesFileValue(entry.value, normalizedPath);
      continue;
    }
    if (shouldIncludeConfigSection(currentSection, gitDirectory, normalizedPath) && entry.key === "path" && entry.value) {
      includePaths.push(resolveConfigPath(normalizedPath, entry.value));
    }
  }
  return { excludesFile, includePaths };
};
var readGitConfigFile = (normalizedPath, readMethod, suppressErrors) => {
  try {
    return readMethod(normalizedPath, "utf8");
  } catch (error) {
    if (shouldSkipIgnoreFileError(error, suppressErrors)) {
      return void 0;
    }
    throw createGitConfigReadError(normalizedPath, error);
  }
};
var getExcludesFileFromGitConfigSync = (filePath, readFileSync3, gitDirectory, options = {}) => {
  const { suppressErrors, includeStack = /* @__PURE__ */ new Set(), depth = 0 } = options;
  const normalizedPath = path3.resolve(filePath);
  if (includeStack.has(normalizedPath)) {
    return void 0;
  }
  if (depth >= MAX_INCLUDE_DEPTH) {
    return void 0;
  }
  includeStack.add(normalizedPath);
  const content = readGitConfigFile(normalizedPath, readFileSync3, suppressErrors);
  if (content === void 0) {
    includeStack.delete(normalizedPath);
    return void 0;
  }
  let { excludesFile, includePaths } = parseGitConfigForExcludesFile(content, normalizedPath, gitDirectory);
  for (const includePath of includePaths) {
    const includedExcludesFile = getExcludesFileFromGitConfigSync(includePath, readFileSync3, gitDirectory, { suppressErrors, includeStack, depth: depth + 1 });
    if (includedExcludesFile !== void 0) {
      excludesFile = includedExcludesFile;
    }
  }
  includeStack.delete(normalizedPath);
  return excludesFile;
};
var getExcludesFileFromGitConfigAsync = async (filePath, readFile, gitDirectory, options = {}) => {
  const { suppressErrors, includeStack = /* @__PURE__ */ new Set(), depth = 0 } = options;
  const normalizedPath = path3.resolve(filePath);
  if (includeStack.has(normalizedPath)) {
    return void 0;
  }
  if (depth >= MAX_INCLUDE_DEPTH) {
    return void 0;
  }
  includeStack.add(normalizedPath);
  let content;
  try {
    content = await readFile(normalizedPath, "utf8");
  } catch (error) {
    includeStack.delete(normalizedPath);
    if (shouldSkipIgnoreFileError(error, suppressErrors)) {
      return void 0;
    }
    throw createGitConfigReadError(normalizedPath, error);
  }
  let { excludesFile, includePaths } = parseGitConfigForExcludesFile(content, normalizedPath, gitDirectory);
  for (const includePath of includePaths) {
    const includedExcludesFile = await getExcludesFileFromGitConfigAsync(includePath, readFile, gitDirectory, { suppressErrors, includeStack, depth: depth + 1 });
    if (includedExcludesFile !== void 0) {
      excludesFile = includedExcludesFile;
    }
  }
  includeStack.delete(normalizedPath);
  return excludesFile;
};
var resolveGitDirectoryFromFile = (gitFilePath, content) => {
  const match = content.match(/^gitdir:\s*(.+?)\s*$/i);
  if (!match) {
    return gitFilePath;
  }
  return path3.resolve(path3.dirname(gitFilePath), match[1]);
};
var getGitDirectorySync = (gitRoot, readFileSync3) => {
  if (!gitRoot) {
    return void 0;
  }
  const gitFilePath = path3.join(gitRoot, ".git");
  try {
    return resolveGitDirectoryFromFile(gitFilePath, readFileSync3(gitFilePath, "utf8"));
  } catch {
    return gitFilePath;
  }
};
var getGitDirectoryAsync = async (gitRoot, readFile) => {
  if (!gitRoot) {
    return void 0;
  }
  const gitFilePath = path3.join(gitRoot, ".git");
  try {
    return resolveGitDirectoryFromFile(gitFilePath, await readFile(gitFilePath, "utf8"));
  } catch {
    return gitFilePath;
  }
};
var getXdgConfigHome = () => process2.env.XDG_CONFIG_HOME || path3.join(os.homedir(), ".config");
var getGitConfigPaths = () => {
  if ("GIT_CONFIG_GLOBAL" in process2.env) {
    const value = process2.env.GIT_CONFIG_GLOBAL;
    return value ? [value] : [];
  }
  return [
    path3.join(getXdgConfigHome(), "git", "config"),
    path3.join(os.homedir(), ".gitconfig")
  ];
};
var getDefaultGlobalGitignorePath = () => path3.join(getXdgConfigHome(), "git", "ignore");
var resolveExcludesFilePath = (excludesFileConfig) => {
  if (excludesFileConfig?.value === "") {
    return void 0;
  }
  if (excludesFileConfig === void 0) {
    return getDefaultGlobalGitignorePath();
  }
  return resolveConfigPath(excludesFileConfig.declaringFilePath, excludesFileConfig.value);
};
var readGlobalGitignoreContent = (filePath, readMethod, suppressErrors) => {
  try {
    const content = readMethod(filePath, "utf8");
    return { filePath, content };
  } catch (error) {
    if (shouldSkipIgnoreFileError(error, suppressErrors)) {
      return void 0;
    }
    throw createIgnoreFileReadError(filePath, error);
  }
};
var getGlobalGitignoreFile = (options = {}) => {
  const cwd = toPath(options.cwd) ?? process2.cwd();
  const readFileSync3 = getReadFileSyncMethod(options.fs);
  const gitRoot = findGitRootSync(cwd, options.fs);
  const gitDirectory = getGitDirectorySync(gitRoot, readFileSync3);
  let excludesFileConfig;
  for (const gitConfigPath of getGitConfigPaths()) {
    const value = getExcludesFileFromGitConfigSync(gitConfigPath, readFileSync3, gitDirectory, { suppressErrors: options.suppressErrors });
    if (value !== void 0) {
      excludesFileConfig = value;
    }
  }
  const filePath = resolveExcludesFilePath(excludesFileConfig);
  return filePath === void 0 ? void 0 : readGlobalGitignoreContent(filePath, readFileSync3, options.suppressErrors);
};
var getGlobalGitignoreFileAsync = async (options = {}) => {
  const cwd = toPath(options.cwd) ?? process2.cwd();
  const readFile = getReadFileMethod(options.fs);
  const gitRoot = await findGitRoot(cwd, options.fs);
  const gitDirectory = await getGitDirectoryAsync(gitRoot, readFile);
  const excludesFileValues = await Promise.all(getGitConfigPaths().map((gitConfigPath) => getExcludesFileFromGitConfigAsync(
    gitConfigPath,
    readFile,
    gitDirectory,
    { suppressErrors: options.suppressErrors }
  )));
  const excludesFileConfig = excludesFileValues.findLast((value) => value !== void 0);
  const filePath = resolveExcludesFilePath(excludesFileConfig);
  if (filePath === void 0) {
    return void 0;
  }
  try {
    const content = await readFile(filePath, "utf8");
    return { filePath, content };
  } catch (error) {
    if (shouldSkipIgnoreFileError(error, options.suppressErrors)) {
      return void 0;
    }
    throw createIgnoreFileReadError(filePath, error);
  }
};
var buildGlobalMatcher = (globalIgnoreFile, cwd, rootDirectory = cwd) => {
  const patterns = parseIgnoreFile(globalIgnoreFile, path3.dirname(globalIgnoreFile.filePath));
  return createIgnoreMatcher(patterns, cwd, rootDirectory);
};
var getKnownIgnoreFilePaths = (patterns, normalizedOptions, gitRoot) => {
  const searchPatterns = [patterns].flat();
  const isGitignoreSearch = searchPatterns.includes(GITIGNORE_FILES_PATTERN);
  if (!isGitignoreSearch) {
    return [];
  }
  return gitRoot ? getParentGitignorePaths(gitRoot, normalizedOptions.cwd) : [path3.join(normalizedOptions.cwd, ".gitignore")];
};
var getKnownIgnoreFileSearchOptions = (patterns, normalizedOptions) => ({
  ...normalizedOptions,
  ignore: [
    ...normalizedOptions.ignore,
    // Keep negative search patterns active when the known candidates are matched independently.
    ...[patterns].flat().filter((pattern) => isNegativePattern(pattern)).map((pattern) => pattern.slice(1))
  ]
});
var getKnownIgnoreFilePattern = (filePath, cwd) => {
  const pattern = isPathInside(filePath, cwd) ? path3.relative(cwd, filePath) : filePath;
  return import_fast_glob2.default.convertPathToPattern(pattern);
};
var getMatchingKnownIgnoreFilePaths = (knownPaths, matchingPaths) => {
  const matchingPathSet = new Set(matchingPaths.map((filePath) => path3.resolve(filePath)));
  return knownPaths.filter((filePath) => matchingPathSet.has(path3.resolve(filePath)));
};
var globKnownIgnoreFilePaths = (globFunction, knownPaths, patterns, normalizedOptions) => {
  if (knownPaths.length === 0) {
    return [];
  }
  return globIgnoreFiles(
    globFunction,
    knownPaths.map((filePath) => getKnownIgnoreFilePattern(filePath, normalizedOptions.cwd)),
    getKnownIgnoreFileSearchOptions(patterns, normalizedOptions)
  );
};
var filterKnownIgnoreFilePathsAsync = async (knownPaths, patterns, normalizedOptions) => {
  const matchingPaths = await globKnownIgnoreFilePaths(import_fast_glob2.default, knownPaths, patterns, normalizedOptions);
  return getMatchingKnownIgnoreFilePaths(knownPaths, matchingPaths);
};
var filterKnownIgnoreFilePathsSync = (knownPaths, patterns, normalizedOptions) => {
  const matchingPaths = globKnownIgnoreFilePaths(import_fast_glob2.default.sync, knownPaths, patterns, normalizedOptions);
  return getMatchingKnownIgnoreFilePaths(knownPaths, matchingPaths);
};
var getIgnoreFileSearchPrune = (searchPatterns, files, normalizedOptions, gitRoot) => {
  if (files.length === 0) {
    return { patterns: [], guardNames: [] };
  }
  const { cwd } = normalizedOptions;
  const baseDir = gitRoot || cwd;
  const ignorePatterns = getPatternsFromIgnoreFiles(files, baseDir);
  const matcher = createIgnoreMatcher(ignorePatterns, cwd, baseDir);
  const searchPatternsArray = [searchPatterns].flat();
  const gitignoreOnlySearch = searchPatternsArray.every((pattern) => pattern === GITIGNORE_FILES_PATTERN);
  const searchesForGitignoreFiles = searchPatternsArray.includes(GITIGNORE_FILES_PATTERN);
  return buildPrunePatternsAndGuards(getIgnoreRules(files), matcher, cwd, { gitignoreOnlySearch, searchesForGitignoreFiles });
};
var withPrunedSearch = (normalizedOptions, prunePatterns) => prunePatterns.length === 0 ? normalizedOptions : { ...normalizedOptions, ignore: [...normalizedOptions.ignore, ...prunePatterns] };
var getUnreadPaths = (childPaths, knownPaths) => {
  const alreadyRead = new Set(knownPaths.map((filePath) => path3.resolve(filePath)));
  return dedupePaths(childPaths).filter((filePath) => !alreadyRead.has(path3.resolve(filePath)));
};
var collectIgnoreFileArtifactsAsync = async (patterns, options, includeParentIgnoreFiles) => {
  const normalizedOptions = normalizeOptions(options);
  const readFileMethod = getReadFileMethod(normalizedOptions.fs);
  const gitRoot = includeParentIgnoreFiles ? await findGitRoot(normalizedOptions.cwd, normalizedOptions.fs) : void 0;
  const knownPaths = await filterKnownIgnoreFilePathsAsync(
    getKnownIgnoreFilePaths(patterns, normalizedOptions, gitRoot),
    patterns,
    normalizedOptions
  );
  const knownFiles = await readIgnoreFilesSafely(knownPaths, readFileMethod, normalizedOptions.suppressErrors);
  const { patterns: prunePatterns, guardNames } = getIgnoreFileSearchPrune(patterns, knownFiles, normalizedOptions, gitRoot);
  const childPaths = await globIgnoreFiles(import_fast_glob2.default, patterns, withPrunedSearch(normalizedOptions, prunePatterns));
  let childFiles = await readIgnoreFilesSafely(getUnreadPaths(childPaths, knownPaths), readFileMethod, normalizedOptions.suppressErrors);
  if (negationsCouldRescue(getIgnoreRules(childFiles), guardNames)) {
    const allPaths = await globIgnoreFiles(import_fast_glob2.default, patterns, normalizedOptions);
    childFiles = await readIgnoreFilesSafely(getUnreadPaths(allPaths, knownPaths), readFileMethod, normalizedOptions.suppressErrors);
  }
  return { files: [...knownFiles, ...childFiles], normalizedOptions, gitRoot };
};
var collectIgnoreFileArtifactsSync = (patterns, options, includeParentIgnoreFiles) => {
  const normalizedOptions = normalizeOptions(options);
  const readFileSyncMethod = getReadFileSyncMethod(normalizedOptions.fs);
  const gitRoot = includeParentIgnoreFiles ? findGitRootSync(normalizedOptions.cwd, normalizedOptions.fs) : void 0;
  const knownPaths = filterKnownIgnoreFilePathsSync(
    getKnownIgnoreFilePaths(patterns, normalizedOptions, gitRoot),
    patterns,
    normalizedOptions
  );
  const knownFiles = readIgnoreFilesSafelySync(knownPaths, readFileSyncMethod, normalizedOptions.suppressErrors);
  const { patterns: prunePatterns, guardNames } = getIgnoreFileSearchPrune(patterns, knownFiles, normalizedOptions, gitRoot);
  const childPaths = globIgnoreFiles(import_fast_glob2.default.sync, patterns, withPrunedSearch(normalizedOptions, prunePatterns));
  let childFiles = readIgnoreFilesSafelySync(getUnreadPaths(childPaths, knownPaths), readFileSyncMethod, normalizedOptions.suppressErrors);
  if (negationsCouldRescue(getIgnoreRules(childFiles), guardNames)) {
    const allPaths = globIgnoreFiles(import_fast_glob2.default.sync, patterns, normalizedOptions);
    childFiles = readIgnoreFilesSafelySync(getUnreadPaths(allPaths, knownPaths), readFileSyncMethod, normalizedOptions.suppressErrors);
  }
  return { files: [...knownFiles, ...childFiles], normalizedOptions, gitRoot };
};
var getPatternsFromIgnoreFiles = (files, baseDir) => files.flatMap((file) => parseIgnoreFile(file, baseDir));
var getIgnorePatternsAndPredicate = async (patterns, options, includeParentIgnoreFiles = false) => {
  const { files, normalizedOptions, gitRoot } = await collectIgnoreFileArtifactsAsync(
    patterns,
    options,
    includeParentIgnoreFiles
  );
  return buildIgnoreResult(files, normalizedOptions, gitRoot);
};
var getIgnorePatternsAndPredicateSync = (patterns, options, includeParentIgnoreFiles = false) => {
  const { files, normalizedOptions, gitRoot } = collectIgnoreFileArtifactsSync(
    patterns,
    options,
    includeParentIgnoreFiles
  );
  return buildIgnoreResult(files, normalizedOptions, gitRoot);
};

// node_modules/globby/index.js
var assertPatternsInput = (patterns) => {
  if (patterns.some((pattern) => typeof pattern !== "string")) {
    throw new TypeError("Patterns must be a string or an array of strings");
  }
};
var getStatMethod = (fsImplementation) => {
  if (fsImplementation) {
    return bindFsMethod(fsImplementation.promises, "stat") ?? promisifyFsMethod(fsImplementation, "stat");
  }
  return bindFsMethod(fs3.promises, "stat");
};
var getStatSyncMethod2 = (fsImplementation) => bindFsMethod(fsImplementation, "statSync") ?? bindFsMethod(fs3, "statSync");
var isDirectory = async (path4, fsImplementation) => {
  try {
    const stats = await getStatMethod(fsImplementation)(path4);
    return stats.isDirectory();
  } catch {
    return false;
  }
};
var isDirectorySync = (path4, fsImplementation) => {
  try {
    const stats = getStatSyncMethod2(fsImplementation)(path4);
    return stats.isDirectory();
  } catch {
    return false;
  }
};
var normalizePathForDirectoryGlob = (filePath, cwd) => {
  const path4 = isNegativePattern(filePath) ? filePath.slice(1) : filePath;
  return nodePath.isAbsolute(path4) ? path4 : nodePath.join(cwd, path4);
};
var shouldExpandGlobstarDirectory = (pattern) => {
  const match = pattern?.match(/\*\*\/([^/]+)$/);
  if (!match) {
    return false;
  }
  const dirname4 = match[1];
  const hasWildcards = /[*?[\]{}]/.test(dirname4);
  const hasExtension = nodePath.extname(dirname4) && !dirname4.startsWith(".");
  return !hasWildcards && !hasExtension;
};
var getDirectoryGlob = ({ directoryPath, files, extensions }) => {
  const extensionGlob = extensions?.length > 0 ? `.${extensions.length > 1 ? `{${extensions.join(",")}}` : extensions[0]}` : "";
  return files ? files.map((file) => nodePath.posix.join(directoryPath, `**/${nodePath.extname(file) ? file : `${file}${extensionGlob}`}`)) : [nodePath.posix.join(directoryPath, `**${extensionGlob ? `/*${extensionGlob}` : ""}`)];
};
var directoryToGlob = async (directoryPaths, {
  cwd = process3.cwd(),
  files,
  extensions,
  fs: fsImplementation
} = {}) => {
  const globs = await Promise.all(directoryPaths.map(async (directoryPath) => {
    const checkPattern = isNegativePattern(directoryPath) ? directoryPath.slice(1) : directoryPath;
    if (shouldExpandGlobstarDirectory(checkPattern)) {
      return getDirectoryGlob({ directoryPath, files, extensions });
    }
    const pathToCheck = normalizePathForDirectoryGlob(directoryPath, cwd);
    return await isDirectory(pathToCheck, fsImplementation) ? getDirectoryGlob({ directoryPath, files, extensions }) : directoryPath;
  }));
  return globs.flat();
};
var directoryToGlobSync = (directoryPaths, {
  cwd = process3.cwd(),
  files,
  extensions,
  fs: fsImplementation
} = {}) => directoryPaths.flatMap((directoryPath) => {
  const checkPattern = isNegativePattern(directoryPath) ? directoryPath.slice(1) : directoryPath;
  if (shouldExpandGlobstarDirectory(checkPattern)) {
    return getDirectoryGlob({ directoryPath, files, extensions });
  }
  const pathToCheck = normalizePathForDirectoryGlob(directoryPath, cwd);
  return isDirectorySync(pathToCheck, fsImplementation) ? getDirectoryGlob({ directoryPath, files, extensions }) : directoryPath;
});
var toPatternsArray = (patterns) => {
  patterns = [...new Set([patterns].flat())];
  assertPatternsInput(patterns);
  return patterns;
};
var checkCwdOption = (cwd, fsImplementation = fs3) => {
  if (!cwd || !fsImplementation.statSync) {
    return;
  }
  let stats;
  try {
    stats = fsImplementation.statSync(cwd);
  } catch {
    return;
  }
  if (!stats.isDirectory()) {
    throw new Error(`The \`cwd\` option must be a path to a directory, got: ${cwd}`);
  }
};
var normalizeOptions2 = (options = {}) => {
  const ignore = options.ignore ? Array.isArray(options.ignore) ? options.ignore : [options.ignore] : [];
  options = {
    ...options,
    ignore,
    expandDirectories: options.expandDirectories ?? true,
    cwd: toPath(options.cwd)
  };
  checkCwdOption(options.cwd, options.fs);
  return options;
};
var normalizeArguments = (function_) => async (patterns, options) => function_(toPatternsArray(patterns), normalizeOptions2(options));
var normalizeArgumentsSync = (function_) => (patterns, options) => function_(toPatternsArray(patterns), normalizeOptions2(options));
var getIgnoreFilesPatterns = (options) => {
  const { ignoreFiles, gitignore } = options;
  const patterns = ignoreFiles ? toPatternsArray(ignoreFiles) : [];
  if (gitignore) {
    patterns.push(GITIGNORE_FILES_PATTERN);
  }
  return patterns;
};
var isPathIgnored = (matcher, globalMatcher, path4) => {
  const globalResult = globalMatcher ? globalMatcher(path4) : void 0;
  const result = matcher ? matcher(path4) : void 0;
  if (result?.unignored) {
    return false;
  }
  return Boolean(result?.ignored || globalResult?.ignored);
};
var hasIgnoredAncestorDirectory = (matcher, globalMatcher, file) => {
  let currentPath = file;
  while (true) {
    const parentDirectory = nodePath.dirname(currentPath);
    if (parentDirectory === currentPath) {
      return false;
    }
    if (isPathIgnored(matcher, globalMatcher, `${parentDirectory}${nodePath.sep}`)) {
      return true;
    }
    currentPath = parentDirectory;
  }
};
var combinePredicate = (matcher, globalMatcher) => {
  if (!matcher && !globalMatcher) {
    return false;
  }
  return (file) => {
    const result = matcher ? matcher(file) : void 0;
    if (result?.unignored) {
      const globalResult = globalMatcher ? globalMatcher(file) : void 0;
      return globalResult?.ignored && hasIgnoredAncestorDirectory(matcher, globalMatcher, file);
    }
    return isPathIgnored(matcher, globalMatcher, file);
  };
};
var buildIgnoreFilterResult = ({ options, cwd, ignoreResult: { rules, matcher }, globalMatcher, createFilter }) => {
  const finalPredicate = combinePredicate(matcher, globalMatcher);
  const pruneIgnorePatterns = convertPatternsForFastGlob(rules, matcher, cwd);
  return {
    options,
    pruneIgnorePatterns,
    filter: createFilter(finalPredicate, cwd, options.fs)
  };
};
var getIgnoreFileSearchOptions = (options, searchPatterns) => ({
  ...options,
  ignore: convertIgnorePatternsForIgnoreFileSearch(options.ignore, searchPatterns)
});
var applyIgnoreFilesAndGetFilter = async (options) => {
  const cwd = options.cwd ?? process3.cwd();
  const ignoreFilesPatterns = getIgnoreFilesPatterns(options);
  const globalIgnoreFile = options.globalGitignore ? await getGlobalGitignoreFileAsync(options) : void 0;
  if (ignoreFilesPatterns.length === 0 && !globalIgnoreFile) {
    return {
      options,
      pruneIgnorePatterns: [],
      filter: createFilterFunctionAsync(false, cwd, options.fs)
    };
  }
  const includeParentIgnoreFiles = options.gitignore === true;
  const ignoreResult = ignoreFilesPatterns.length > 0 ? await getIgnorePatternsAndPredicate(ignoreFilesPatterns, getIgnoreFileSearchOptions(options, ignoreFilesPatterns), includeParentIgnoreFiles) : { rules: [], matcher: false };
  const globalGitRoot = globalIgnoreFile ? await findGitRoot(cwd, options.fs) : void 0;
  const globalMatcher = globalIgnoreFile ? buildGlobalMatcher(globalIgnoreFile, cwd, globalGitRoot ?? cwd) : void 0;
  return buildIgnoreFilterResult({
    options,
    cwd,
    ignoreResult,
    globalMatcher,
    createFilter: createFilterFunctionAsync
  });
};
var applyIgnoreFilesAndGetFilterSync = (options) => {
  const cwd = options.cwd ?? process3.cwd();
  const ignoreFilesPatterns = getIgnoreFilesPatterns(options);
  const globalIgnoreFile = options.globalGitignore ? getGlobalGitignoreFile(options) : void 0;
  if (ignoreFilesPatterns.length === 0 && !globalIgnoreFile) {
    return {
      options,
      pruneIgnorePatterns: [],
      filter: createFilterFunction(false, cwd, options.fs)
    };
  }
  const includeParentIgnoreFiles = options.gitignore === true;
  const ignoreResult = ignoreFilesPatterns.length > 0 ? getIgnorePatternsAndPredicateSync(ignoreFilesPatterns, getIgnoreFileSearchOptions(options, ignoreFilesPatterns), includeParentIgnoreFiles) : { rules: [], matcher: false };
  const globalGitRoot = globalIgnoreFile ? findGitRootSync(cwd, options.fs) : void 0;
  const globalMatcher = globalIgnoreFile ? buildGlobalMatcher(globalIgnoreFile, cwd, globalGitRoot ?? cwd) : void 0;
  return buildIgnoreFilterResult({
    options,
    cwd,
    ignoreResult,
    globalMatcher,
    createFilter: createFilterFunction
  });
};
var assertGlobalGitignoreSyncSupport = (options) => {
  if (options.globalGitignore && options.fs && !options.fs.statSync) {
    throw new Error("The `globalGitignore` option in `globbySync()` requires `fs.statSync` when a custom `fs` is provided.");
  }
};
var globalGitignoreAsyncStatErrorMessage = "The `globalGitignore` option in `globby()` and `globbyStream()` requires `fs.promises.stat` or `fs.stat` when a custom `fs` is provided.";
var assertGlobalGitignoreAsyncSupport = (options) => {
  if (!options.globalGitignore || !options.fs) {
    return;
  }
  if (!options.fs.promises?.stat && !options.fs.stat) {
    throw new Error(globalGitignoreAsyncStatErrorMessage);
  }
};
var createPathResolver = (cwd) => {
  const basePath = cwd || process3.cwd();
  const pathCache = /* @__PURE__ */ new Map();
  return (pathKey) => {
    let absolutePath = pathCache.get(pathKey);
    if (absolutePath === void 0) {
      if (pathCache.size > 1e4) {
        pathCache.clear();
      }
      absolutePath = nodePath.isAbsolute(pathKey) ? pathKey : nodePath.resolve(basePath, pathKey);
      pathCache.set(pathKey, absolutePath);
    }
    return absolutePath;
  };
};
var createAsyncDirectoryCheck = (fsMethod) => {
  const directoryCache = /* @__PURE__ */ new Map();
  return async (absolutePath) => {
    let isDirectory2 = directoryCache.get(absolutePath);
    if (isDirectory2 !== void 0) {
      return isDirectory2;
    }
    try {
      const stats = await fsMethod?.(absolutePath);
      isDirectory2 = Boolean(stats?.isDirectory());
    } catch {
      isDirectory2 = false;
    }
    if (directoryCache.size > 1e4) {
      directoryCache.clear();
    }
    directoryCache.set(absolutePath, isDirectory2);
    return isDirectory2;
  };
};
var createDirectoryCheck = (fsMethod) => {
  const directoryCache = /* @__PURE__ */ new Map();
  return (absolutePath) => {
    let isDirectory2 = directoryCache.get(absolutePath);
    if (isDirectory2 !== void 0) {
      return isDirectory2;
    }
    try {
      isDirectory2 = Boolean(fsMethod?.(absolutePath)?.isDirectory());
    } catch {
      isDirectory2 = false;
    }
    if (directoryCache.size > 1e4) {
      directoryCache.clear();
    }
    directoryCache.set(absolutePath, isDirectory2);
    return isDirectory2;
  };
};
var createFilterFunctionAsync = (isIgnored2, cwd, fsImplementation) => {
  const resolveAbsolutePath = createPathResolver(cwd);
  const isDirectoryEntry = createAsyncDirectoryCheck(getStatMethod(fsImplementation));
  return async (fastGlobResult) => {
    if (!isIgnored2) {
      return true;
    }
    const absolutePath = resolveAbsolutePath(nodePath.normalize(fastGlobResult.path ?? fastGlobResult));
    if (isIgnored2(absolutePath)) {
      return false;
    }
    return !(await isDirectoryEntry(absolutePath) && isIgnored2(`${absolutePath}${nodePath.sep}`));
  };
};
var createFilterFunction = (isIgnored2, cwd, fsImplementation) => {
  const seen = /* @__PURE__ */ new Set();
  const resolveAbsolutePath = createPathResolver(cwd);
  const isDirectoryEntry = createDirectoryCheck(getStatSyncMethod2(fsImplementation));
  return (fastGlobResult) => {
    const pathKey = nodePath.normalize(fastGlobResult.path ?? fastGlobResult);
    if (seen.has(pathKey)) {
      return false;
    }
    if (isIgnored2) {
      const absolutePath = resolveAbsolutePath(pathKey);
      if (isIgnored2(absolutePath)) {
        return false;
      }
      if (isDirectoryEntry(absolutePath) && isIgnored2(`${absolutePath}${nodePath.sep}`)) {
        return false;
      }
    }
    seen.add(pathKey);
    return true;
  };
};
var unionFastGlobResults = (results, filter) => results.flat().filter((fastGlobResult) => filter(fastGlobResult));
var unionFastGlobResultsAsync = async (results, filter) => {
  results = results.flat();
  const matches = await Promise.all(results.map((fastGlobResult) => filter(fastGlobResult)));
  const seen = /* @__PURE__ */ new Set();
  return results.filter((fastGlobResult, index) => {
    if (!matches[index]) {
      return false;
    }
    const pathKey = nodePath.normalize(fastGlobResult.path ?? fastGlobResult);
    if (seen.has(pathKey)) {
      return false;
    }
    seen.add(pathKey);
    return true;
  });
};
var convertNegativePatterns = (patterns, options) => {
  if (patterns.length > 0 && patterns.every((pattern) => isNegativePattern(pattern))) {
    if (options.expandNegationOnlyPatterns === false) {
      return [];
    }
    patterns = ["**/*", ...patterns];
  }
  const positiveAbsolutePathPrefixes = [];
  let hasRelativePositivePattern = false;
  const normalizedPatterns = [];
  for (const pattern of patterns) {
    if (isNegativePattern(pattern)) {
      normalizedPatterns.push(`!${normalizeNegativePattern(pattern.slice(1), positiveAbsolutePathPrefixes, hasRelativePositivePattern)}`);
      continue;
    }
    normalizedPatterns.push(pattern);
    const staticAbsolutePathPrefix = getStaticAbsolutePathPrefix(pattern);
    if (staticAbsolutePathPrefix === void 0) {
      hasRelativePositivePattern = true;
      continue;
    }
    positiveAbsolutePathPrefixes.push(staticAbsolutePathPrefix);
  }
  patterns = normalizedPatterns;
  const tasks = [];
  while (patterns.length > 0) {
    const index = patterns.findIndex((pattern) => isNegativePattern(pattern));
    if (index === -1) {
      tasks.push({ patterns, options });
      break;
    }
    const ignorePattern = patterns[index].slice(1);
    for (const task of tasks) {
      task.options.ignore.push(ignorePattern);
    }
    if (index !== 0) {
      tasks.push({
        patterns: patterns.slice(0, index),
        options: {
          ...options,
          ignore: [
            ...options.ignore,
            ignorePattern
          ]
        }
      });
    }
    patterns = patterns.slice(index + 1);
  }
  return tasks;
};
var applyParentDirectoryIgnoreAdjustments = (tasks) => tasks.map((task) => ({
  patterns: task.patterns,
  options: {
    ...task.options,
    ignore: adjustIgnorePatternsForParentDirectories(task.patterns, task.options.ignore)
  }
}));
var appendPruneIgnorePatterns = (tasks, pruneIgnorePatterns) => pruneIgnorePatterns.length === 0 ? tasks : tasks.map((task) => ({
  patterns: task.patterns,
  options: {
    ...task.options,
    ignore: [...task.options.ignore, ...pruneIgnorePatterns]
  }
}));
var normalizeExpandDirectoriesOption = (options, cwd) => ({
  ...cwd ? { cwd } : {},
  ...Array.isArray(options) ? { files: options } : options
});
var generateTasks = async (patterns, options, pruneIgnorePatterns = []) => {
  const globTasks = convertNegativePatterns(patterns, options);
  const { cwd, expandDirectories, fs: fsImplementation } = options;
  if (!expandDirectories) {
    return appendPruneIgnorePatterns(applyParentDirectoryIgnoreAdjustments(globTasks), pruneIgnorePatterns);
  }
  const directoryToGlobOptions = {
    ...normalizeExpandDirectoriesOption(expandDirectories, cwd),
    fs: fsImplementation
  };
  const tasks = await Promise.all(globTasks.map(async (task) => {
    let { patterns: patterns2, options: options2 } = task;
    [
      patterns2,
      options2.ignore
    ] = await Promise.all([
      directoryToGlob(patterns2, directoryToGlobOptions),
      directoryToGlob(options2.ignore, { cwd, fs: fsImplementation })
    ]);
    options2.ignore = adjustIgnorePatternsForParentDirectories(patterns2, options2.ignore);
    return { patterns: patterns2, options: options2 };
  }));
  return appendPruneIgnorePatterns(tasks, pruneIgnorePatterns);
};
var generateTasksSync = (patterns, options, pruneIgnorePatterns = []) => {
  const globTasks = convertNegativePatterns(patterns, options);
  const { cwd, expandDirectories, fs: fsImplementation } = options;
  if (!expandDirectories) {
    return appendPruneIgnorePatterns(applyParentDirectoryIgnoreAdjustments(globTasks), pruneIgnorePatterns);
  }
  const directoryToGlobSyncOptions = {
    ...normalizeExpandDirectoriesOption(expandDirectories, cwd),
    fs: fsImplementation
  };
  const tasks = globTasks.map((task) => {
    let { patterns: patterns2, options: options2 } = task;
    patterns2 = directoryToGlobSync(patterns2, directoryToGlobSyncOptions);
    options2.ignore = directoryToGlobSync(options2.ignore, { cwd, fs: fsImplementation });
    options2.ignore = adjustIgnorePatternsForParentDirectories(patterns2, options2.ignore);
    return { patterns: patterns2, options: options2 };
  });
  return appendPruneIgnorePatterns(tasks, pruneIgnorePatterns);
};
var globby = normalizeArguments(async (patterns, options) => {
  assertGlobalGitignoreAsyncSupport(options);
  const { options: modifiedOptions, pruneIgnorePatterns, filter } = await applyIgnoreFilesAndGetFilter(options);
  const tasks = await generateTasks(patterns, modifiedOptions, pruneIgnorePatterns);
  const results = await Promise.all(tasks.map((task) => (0, import_fast_glob3.default)(task.patterns, task.options)));
  return unionFastGlobResultsAsync(results, filter);
});
var globbySync = normalizeArgumentsSync((patterns, options) => {
  assertGlobalGitignoreSyncSupport(options);
  const { options: modifiedOptions, pruneIgnorePatterns, filter } = applyIgnoreFilesAndGetFilterSync(options);
  const tasks = generateTasksSync(patterns, modifiedOptions, pruneIgnorePatterns);
  const results = tasks.map((task) => import_fast_glob3.default.sync(task.patterns, task.options));
  return unionFastGlobResults(results, filter);
});
var globbyStream = normalizeArgumentsSync((patterns, options) => {
  assertGlobalGitignoreAsyncSupport(options);
  const seen = /* @__PURE__ */ new Set();
  const stream = Readable.from((async function* () {
    const { options: modifiedOptions, pruneIgnorePatterns, filter } = await applyIgnoreFilesAndGetFilter(options);
    const tasks = await generateTasks(patterns, modifiedOptions, pruneIgnorePatterns);
    if (tasks.length === 0) {
      return;
    }
    const streams = tasks.map((task) => import_fast_glob3.default.stream(task.patterns, task.options));
    for await (const fastGlobResult of mergeStreams(streams)) {
      const pathKey = nodePath.normalize(fastGlobResult.path ?? fastGlobResult);
      if (!seen.has(pathKey) && await filter(fastGlobResult)) {
        seen.add(pathKey);
        yield fastGlobResult;
      }
    }
  })());
  return stream;
});
var isDynamicPattern = normalizeArgumentsSync((patterns, options) => patterns.some((pattern) => import_fast_glob3.default.isDynamicPattern(pattern, options)));
var generateGlobTasks = normalizeArguments(generateTasks);
var generateGlobTasksSync = normalizeArgumentsSync(generateTasksSync);
var { convertPathToPattern } = import_fast_glob3.default;

// src/discover.ts
var ALWAYS_IGNORED = ["**/node_modules/**", "**/.git/**", "**/.hg/**", "**/.svn/**", "**/__pycache__/**", "**/.venv/**", "**/.tox/**"];
function findRoot(start) {
  let dir = resolve3(start);
  for (; ; ) {
    if (existsSync(join2(dir, ".git"))) return dir;
    const up = dirname2(dir);
    if (up === dir) return resolve3(start);
    dir = up;
  }
}
function toRel(root, abs) {
  const r = relative2(root, abs);
  return sep === "/" ? r : r.split(sep).join("/");
}
var MissingPathError = class extends Error {
};
async function discover(paths, cwd, root, isIgnored2) {
  const seen = /* @__PURE__ */ new Map();
  for (const p of paths.length ? paths : ["."]) {
    const abs = isAbsolute2(p) ? p : resolve3(cwd, p);
    let st;
    try {
      st = statSync2(abs);
    } catch {
      throw new MissingPathError(`path not found: ${p}`);
    }
    if (st.isFile()) {
      seen.set(abs, { abs, rel: toRel(root, abs), explicit: true });
      continue;
    }
    if (!st.isDirectory()) continue;
    const found = await globby("**/*", {
      cwd: abs,
      absolute: true,
      dot: true,
      onlyFiles: true,
      followSymbolicLinks: false,
      gitignore: true,
      ignoreFiles: ["**/.prodlintignore"],
      ignore: ALWAYS_IGNORED,
      suppressErrors: true
    });
    for (const f of found) {
      const rel = toRel(root, f);
      if (rel.startsWith("../") || isAbsolute2(rel) || isIgnored2(rel)) continue;
      if (!seen.has(f)) seen.set(f, { abs: f, rel, explicit: false });
    }
  }
  return [...seen.values()].sort((a, b) => a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);
}

// src/engine.ts
import { readFileSync as readFileSync2, statSync as statSync3 } from "node:fs";

// src/carriers/build.ts
var MAX_NESTING = 3;
var SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "dash", "zsh", "ash", "ksh", "busybox"]);
function newSink() {
  return { commands: [], env: [], problems: [] };
}
function addShellScript(sink, text, role, carrier, via = [], nesting = 0, depth = 0) {
  const script = parseShell(text);
  sink.problems.push(...script.errors);
  addParsedScript(sink, script, role, carrier, via, nesting, depth);
  return script;
}
function addParsedScript(sink, script, role, carrier, via = [], nesting = 0, depth = 0) {
  const ctx = { role, carrier, via, nesting, depth };
  for (const e of script.exports) {
    sink.env.push({
      name: e.name,
      value: e.value ? e.value.word.value : "",
      nameSpan: e.nameSpan,
      valueSpan: e.value ? e.value.word.span : { start: e.nameSpan.end + 1, end: e.nameSpan.end + 1 },
      span: e.span,
      carrier,
      role
    });
  }
  for (const c of script.commands) addShellCommand(sink, c, ctx);
}
function addShellCommand(sink, c, ctx) {
  const assigns = c.assigns.map((a) => ({
    name: a.name,
    value: a.value ? a.value.word.value : "",
    nameSpan: a.nameSpan,
    valueSpan: a.value ? a.value.word.span : { start: a.nameSpan.end + 1, end: a.nameSpan.end + 1 },
    span: a.span,
    carrier: ctx.carrier,
    role: ctx.role
  }));
  sink.env.push(...assigns);
  if (c.words.length === 0) return;
  addArgv(sink, c.words, { ...ctx, depth: ctx.depth + c.depth }, { shellForm: true, span: c.span, background: c.background, assigns, shell: c });
}
function addArgv(sink, words, ctx, extra) {
  const u = unwrap(words);
  const envAssigns = u.envWords.map((w) => envFromWord(w, ctx.carrier, ctx.role)).filter((a) => a !== void 0);
  sink.env.push(...envAssigns);
  const cmd = {
    argv: u.argv.map((w) => w.word),
    raw: words.map((w) => w.word),
    wrappers: u.wrappers,
    assigns: [...extra.assigns ?? [], ...envAssigns],
    role: ctx.role,
    carrier: ctx.carrier,
    shellForm: extra.shellForm,
    span: extra.span,
    background: extra.background,
    depth: ctx.depth,
    nesting: ctx.nesting,
    index: sink.commands.length,
    via: ctx.via,
    ...extra.shell ? { shell: extra.shell } : {}
  };
  sink.commands.push(cmd);
  const inner = shellDashC(u.argv);
  if (inner && ctx.nesting < MAX_NESTING) {
    addShellScript(sink, inner, ctx.role, ctx.carrier, ctx.via, ctx.nesting + 1, ctx.depth);
  }
}
function addExecForm(sink, words, role, carrier, span, via = []) {
  if (words.length === 0) return;
  addArgv(sink, words, { role, carrier, via, nesting: 0, depth: 0 }, { shellForm: false, span, background: false });
}
function shellDashC(argv) {
  let i = 0;
  let name = baseName(argv[0]?.word.value);
  if (name === "busybox") {
    i = 1;
    name = baseName(argv[1]?.word.value);
  }
  if (!name || !SHELLS.has(name) || name === "busybox") return void 0;
  for (let k = i + 1; k < argv.length; k++) {
    const v = argv[k].word.value;
    if (v === null) return void 0;
    if (v === "--") return void 0;
    if (/^-[a-zA-Z]*c[a-zA-Z]*$/.test(v)) {
      const script = argv[k + 1];
      return script ? wordEmbedded(script.decoded) : void 0;
    }
    if (v === "-o" || v === "+o") {
      k++;
      continue;
    }
    if (!v.startsWith("-") && !v.startsWith("+")) return void 0;
  }
  return void 0;
}
function envFromWord(w, carrier, role) {
  const v = w.word.value;
  if (v === null) return void 0;
  const eq = v.indexOf("=");
  const start = w.word.span.start + (w.word.text.startsWith('"') || w.word.text.startsWith("'") ? 1 : 0);
  return {
    name: v.slice(0, eq),
    value: v.slice(eq + 1),
    nameSpan: { start, end: start + eq },
    valueSpan: { start: start + eq + 1, end: w.word.span.end },
    span: w.word.span,
    carrier,
    role
  };
}

// src/carriers/compose.ts
var import_yaml4 = __toESM(require_dist(), 1);
var INTERPOLATION = /(^|[^$])\$(\{|[A-Za-z_])/;
function composeCarriers(doc, sink) {
  const { yaml } = doc.tree;
  for (const service of doc.tree.services) {
    for (const key of ["command", "entrypoint"]) {
      const pair = getPair(yaml, service.node, key);
      if (!pair) continue;
      const carrier = carrierOf(doc.source, service, key, pair.value, false);
      const words = argvOf(doc.source, yaml, pair.value);
      if (words) addExecForm(sink, words, "start", carrier, carrier.span);
    }
    const test = getPair(yaml, resolve(yaml, getPair(yaml, service.node, "healthcheck")?.value), "test");
    if (test) addHealthcheck(doc.source, yaml, service, test.value, sink);
    const environment = getPair(yaml, service.node, "environment");
    if (environment) addEnvironment(doc.source, yaml, service, environment.value, sink);
  }
}
function carrierOf(source, service, label, value, shellForm) {
  const span = nodeSpan(resolve({}, value)) ?? service.keySpan;
  return { kind: "compose", label, source, span, shellForm, owner: service.name };
}
function argvOf(source, yaml, node) {
  const n = resolve(yaml, node);
  if ((0, import_yaml4.isScalar)(n)) {
    const text = scalarText(source, n);
    if (!text || n.value === null) return void 0;
    return splitWords(text);
  }
  if ((0, import_yaml4.isSeq)(n)) {
    const words = [];
    for (const item of n.items) {
      const it = resolve(yaml, item);
      const text = scalarText(source, it);
      const span = nodeSpan(it);
      if (!text || !span) return void 0;
      words.push(wordFromEmbedded(text, span, source.text.slice(span.start, span.end), INTERPOLATION.test(text.text)));
    }
    return words;
  }
  return void 0;
}
function addHealthcheck(source, yaml, service, node, sink) {
  const n = resolve(yaml, node);
  const carrier = carrierOf(source, service, "healthcheck.test", n, true);
  if ((0, import_yaml4.isScalar)(n)) {
    const text = scalarText(source, n);
    if (text) addShellScript(sink, text, "healthcheck", carrier);
    return;
  }
  if (!(0, import_yaml4.isSeq)(n) || n.items.length === 0) return;
  const mode = scalarString(resolve(yaml, n.items[0]));
  if (mode === "CMD-SHELL") {
    const script = scalarText(source, resolve(yaml, n.items[1]));
    if (script) addShellScript(sink, script, "healthcheck", carrier);
  } else if (mode === "CMD") {
    const words = argvOf(source, yaml, n)?.slice(1);
    if (words?.length) addExecForm(sink, words, "healthcheck", { ...carrier, shellForm: false }, carrier.span);
  }
}
function addEnvironment(source, yaml, service, node, sink) {
  const n = resolve(yaml, node);
  const carrier = carrierOf(source, service, "environment", n, false);
  if ((0, import_yaml4.isSeq)(n)) {
    for (const item of n.items) {
      const it = resolve(yaml, item);
      const text = scalarText(source, it);
      if (!text) continue;
      const eq = text.text.indexOf("=");
      const name = eq === -1 ? text.text : text.text.slice(0, eq);
      const value = eq === -1 ? null : text.text.slice(eq + 1);
      const nameSpan = text.spanToFile({ start: 0, end: name.length });
      const valueSpan = eq === -1 ? { start: nameSpan.end, end: nameSpan.end } : text.spanToFile({ start: eq + 1, end: text.length });
      sink.env.push({
        name: name.trim(),
        value: value === null || INTERPOLATION.test(value) ? null : value,
        nameSpan,
        valueSpan,
        span: nodeSpan(it) ?? nameSpan,
        carrier
      });
    }
    return;
  }
  for (const pair of mapEntries(yaml, n)) {
    if (!(0, import_yaml4.isScalar)(pair.key)) continue;
    const keySpan = nodeSpan(pair.key);
    if (!keySpan) continue;
    const v = resolve(yaml, pair.value);
    const value = v === null || v === void 0 ? null : scalarString(v) ?? null;
    const valueSpan = nodeSpan(v) ?? { start: keySpan.end, end: keySpan.end };
    sink.env.push({
      name: String(pair.key.value),
      value: value === null || INTERPOLATION.test(value) ? null : value,
      nameSpan: keySpan,
      valueSpan,
      span: { start: keySpan.start, end: valueSpan.end },
      carrier
    });
  }
}

// src/carriers/dockerfile.ts
var POSIX_SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "dash", "ash", "zsh", "ksh", "busybox"]);
function dockerfileCarriers(doc, sink) {
  const { tree, source } = doc;
  const final = tree.finalStage?.index;
  const posixShell = /* @__PURE__ */ new Map();
  for (const ins of tree.instructions) {
    const carrier = {
      kind: "dockerfile",
      label: ins.keyword,
      source,
      span: ins.span,
      shellForm: true,
      ...ins.stage >= 0 && tree.stages[ins.stage]?.name ? { owner: tree.stages[ins.stage].name } : {}
    };
    switch (ins.keyword) {
      case "SHELL": {
        const words = parseJsonStringArray(ins.args);
        const shell = baseName(words?.[0]?.word.value);
        posixShell.set(ins.stage, shell !== void 0 && POSIX_SHELLS.has(shell));
        break;
      }
      case "RUN":
        addCommandText(argsAfterFlags(ins), "build", carrier, posixShell.get(ins.stage) ?? true, sink, ins);
        break;
      case "CMD":
      case "ENTRYPOINT":
        if (ins.stage === final) addCommandText(ins.args, "start", carrier, posixShell.get(ins.stage) ?? true, sink, ins);
        break;
      case "HEALTHCHECK": {
        const rest = argsAfterFlags(ins);
        const m = /^CMD\s+/i.exec(rest.text);
        if (m && ins.stage === final) addCommandText(rest.slice(m[0].length, rest.length), "healthcheck", carrier, posixShell.get(ins.stage) ?? true, sink, ins);
        break;
      }
      case "ENV":
        addEnv(ins, carrier, sink, false);
        break;
      case "ARG":
        addEnv(ins, carrier, sink, true);
        break;
    }
  }
}
function addCommandText(text, role, carrier, posix2, sink, ins) {
  const exec = parseJsonStringArray(text);
  if (exec) {
    addExecForm(sink, exec, role, { ...carrier, shellForm: false }, ins.span);
    return;
  }
  if (!posix2 || text.text.trim() === "") return;
  addShellScript(sink, text, role, carrier);
}
function addEnv(ins, carrier, sink, isArg) {
  const words = splitWords(ins.args, { dollarIsLiteral: false });
  const first = words[0];
  if (!first) return;
  const firstRaw = first.word.text;
  if (!isArg && !firstRaw.includes("=")) {
    const valueStart = ins.args.text.indexOf(firstRaw) + firstRaw.length;
    let vs = valueStart;
    while (vs < ins.args.length && /\s/.test(ins.args.text[vs])) vs++;
    const valueText = ins.args.text.slice(vs);
    sink.env.push({
      name: firstRaw,
      value: valueText.includes("$") ? null : valueText,
      nameSpan: first.word.span,
      valueSpan: ins.args.spanToFile({ start: vs, end: ins.args.length }),
      span: ins.args.spanToFile({ start: 0, end: ins.args.length }),
      carrier
    });
    return;
  }
  for (const w of words) {
    const raw = w.word.text;
    const eq = raw.indexOf("=");
    const name = eq === -1 ? raw : raw.slice(0, eq);
    if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name)) continue;
    const v = w.word.value;
    const nameSpan = { start: w.word.span.start, end: w.word.span.start + name.length };
    sink.env.push({
      name,
      value: eq === -1 ? null : v === null ? null : v.slice(v.indexOf("=") + 1),
      nameSpan,
      valueSpan: eq === -1 ? { start: nameSpan.end, end: nameSpan.end } : { start: nameSpan.end + 1, end: w.word.span.end },
      span: w.word.span,
      carrier
    });
  }
}

// src/carriers/packagejson.ts
var START_SCRIPTS = /* @__PURE__ */ new Set(["start", "serve", "prod", "production", "start:prod", "start:production"]);
var MAX_HOPS = 5;
function packageJsonCarriers(doc, sink) {
  const byName = new Map(doc.tree.scripts.map((s) => [s.name, s]));
  const asStart = /* @__PURE__ */ new Set();
  const queue = [];
  for (const s of doc.tree.scripts) if (START_SCRIPTS.has(s.name)) queue.push({ script: s, hops: 0 });
  while (queue.length) {
    const { script, hops } = queue.shift();
    if (asStart.has(script.name)) continue;
    asStart.add(script.name);
    const before = sink.commands.length;
    addScript(doc, script, "start", sink);
    if (hops >= MAX_HOPS) continue;
    for (const cmd of sink.commands.slice(before)) {
      const target = runTarget(cmd);
      const next = target ? byName.get(target) : void 0;
      if (next && !asStart.has(next.name)) queue.push({ script: next, hops: hops + 1 });
    }
    for (const hook of [`pre${script.name}`, `post${script.name}`]) {
      const h = byName.get(hook);
      if (h && !asStart.has(h.name)) queue.push({ script: h, hops: hops + 1 });
    }
  }
  for (const s of doc.tree.scripts) if (!asStart.has(s.name)) addScript(doc, s, "build", sink);
}
function addScript(doc, s, role, sink) {
  return addShellScript(sink, s.command, role, { kind: "packagejson", label: s.name, source: doc.source, span: s.span, shellForm: true, owner: s.name });
}
var BUILTINS = /* @__PURE__ */ new Set(["install", "i", "ci", "add", "remove", "exec", "x", "dlx", "test", "publish", "pack", "link", "init", "create", "upgrade", "update", "outdated", "audit", "config", "cache", "why", "list", "ls", "info", "view", "version", "help", "login", "logout", "workspace", "workspaces"]);
function runTarget(cmd) {
  const [pm, a, b] = cmd.argv.map((w) => w.value);
  if (pm !== "npm" && pm !== "yarn" && pm !== "pnpm" && pm !== "bun") return void 0;
  if (a === "run" || a === "run-script") return b ?? void 0;
  if (a === "start" || a === "stop" || a === "restart") return a;
  if (pm !== "npm" && a && !a.startsWith("-") && !BUILTINS.has(a)) return a;
  return void 0;
}

// src/carriers/procfile.ts
function procfileCarriers(doc, sink) {
  for (const p of doc.tree.processes) {
    addShellScript(sink, p.command, p.name === "release" ? "hook" : "start", {
      kind: "procfile",
      label: p.name,
      source: doc.source,
      span: p.span,
      shellForm: true,
      owner: p.name
    });
  }
}

// src/carriers/systemd.ts
var EXEC_ROLES = {
  ExecStart: "start",
  ExecStartPre: "hook",
  ExecStartPost: "hook",
  ExecCondition: "hook",
  ExecReload: "hook",
  ExecStop: "hook",
  ExecStopPost: "hook"
};
function systemdCarriers(doc, sink) {
  for (const section of doc.tree.sections) {
    for (const d of section.directives) {
      const role = EXEC_ROLES[d.key];
      if (role && section.name !== "Install" && section.name !== "Unit") addExec(doc, d, role, section.name, sink);
      else if (d.key === "Environment") addEnvironment2(doc, d, section.name, sink);
    }
  }
}
function carrierOf2(doc, d, owner) {
  return { kind: "systemd", label: d.key, source: doc.source, span: d.span, shellForm: false, owner };
}
function addExec(doc, d, role, owner, sink) {
  const text = d.value.text;
  let i = 0;
  let argv0Override = false;
  while (i < text.length && "-@:+!".includes(text[i])) {
    if (text[i] === "@") argv0Override = true;
    i++;
  }
  const words = splitWords(d.value.slice(i, text.length));
  if (argv0Override && words.length > 1) words.splice(1, 1);
  addExecForm(sink, words, role, carrierOf2(doc, d, owner), d.span);
}
function addEnvironment2(doc, d, owner, sink) {
  const carrier = carrierOf2(doc, d, owner);
  for (const { word } of splitWords(d.value, { dollarIsLiteral: true })) {
    const v = word.value ?? "";
    const eq = v.indexOf("=");
    if (eq <= 0) continue;
    const quoted = word.text.startsWith('"') || word.text.startsWith("'") ? 1 : 0;
    const nameSpan = { start: word.span.start + quoted, end: word.span.start + quoted + eq };
    sink.env.push({
      name: v.slice(0, eq),
      value: v.slice(eq + 1),
      nameSpan,
      valueSpan: { start: nameSpan.end + 1, end: word.span.end - quoted },
      span: word.span,
      carrier
    });
  }
}

// src/carriers/index.ts
async function extractFacts(doc) {
  const sink = newSink();
  switch (doc.kind) {
    case "shell": {
      const d = doc;
      const carrier = { kind: "shell", label: "script", source: doc.source, span: { start: 0, end: doc.source.text.length }, shellForm: true };
      addParsedScript(sink, d.tree, "script", carrier);
      break;
    }
    case "dockerfile":
      await loadShellParser();
      dockerfileCarriers(doc, sink);
      break;
    case "compose":
      await loadShellParser();
      composeCarriers(doc, sink);
      break;
    case "systemd":
      await loadShellParser();
      systemdCarriers(doc, sink);
      break;
    case "procfile":
      await loadShellParser();
      procfileCarriers(doc, sink);
      break;
    case "packagejson":
      await loadShellParser();
      packageJsonCarriers(doc, sink);
      break;
    default:
      break;
  }
  return sink;
}

// src/classify.ts
var SHELL_EXT = /\.(sh|bash)$/i;
var SYSTEMD_EXT = /\.(service|socket|timer|path|mount)$/;
var TS_EXT = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
var COMPOSE_NAME = /^(docker-)?compose([.-][^/]*)?\.ya?ml$/i;
var DOCKERFILE_NAME = /^(Dockerfile|Containerfile)([.-][^/]*)?$|\.(Dockerfile|dockerfile|Containerfile)$/;
var SHELLS2 = /^(sh|bash|dash|ash|ksh|zsh)$/;
function kindByName(relPath) {
  const slash2 = relPath.lastIndexOf("/");
  const base = relPath.slice(slash2 + 1);
  if (base === "package.json") return "packagejson";
  if (base === "Procfile" || base.startsWith("Procfile.")) return "procfile";
  if (DOCKERFILE_NAME.test(base)) return "dockerfile";
  if (SYSTEMD_EXT.test(base)) return "systemd";
  if (/\.d\/[^/]+\.conf$/.test(relPath) && /\.(service|socket|timer|path|mount)\.d\//.test(relPath)) return "systemd";
  if (SHELL_EXT.test(base)) return "shell";
  if (base.endsWith(".py") || base.endsWith(".pyw")) return "python";
  if (TS_EXT.test(base) && !base.endsWith(".d.ts") && !base.endsWith(".d.mts") && !base.endsWith(".d.cts")) return "typescript";
  if (COMPOSE_NAME.test(base) && !isWorkflow(relPath)) return "compose";
  return void 0;
}
function isWorkflow(relPath) {
  return /(^|\/)\.github\//.test(relPath);
}
function shebangInterpreter(text) {
  if (!text.startsWith("#!")) return void 0;
  const eol = text.indexOf("\n");
  const line = (eol === -1 ? text.slice(2) : text.slice(2, eol)).trim();
  const parts = line.split(/\s+/);
  let prog = parts[0]?.split("/").pop() ?? "";
  if (prog === "env") prog = parts.slice(1).find((p) => !p.startsWith("-") && !p.includes("="))?.split("/").pop() ?? "";
  return prog || void 0;
}
function kindByContent(relPath, text) {
  const interp = shebangInterpreter(text);
  if (interp) {
    if (SHELLS2.test(interp)) return "shell";
    if (/^python[\d.]*$/.test(interp) || interp === "pypy3") return "python";
    if (interp === "node" || interp === "deno" || interp === "bun" || interp === "tsx" || interp === "ts-node") return "typescript";
    return void 0;
  }
  if (/\.ya?ml$/i.test(relPath) && !isWorkflow(relPath) && looksLikeCompose(text)) return "compose";
  return void 0;
}
function looksLikeCompose(text) {
  const m = /^services:[ \t]*(#.*)?$/m.exec(text);
  if (!m) return false;
  return /^[ \t]+(image|build):/m.test(text.slice(m.index));
}
function classify(relPath, head) {
  const byName = kindByName(relPath);
  if (byName === "systemd" && head.includes("[D-BUS Service]")) return void 0;
  return byName ?? kindByContent(relPath, head);
}

// src/fingerprint.ts
import { createHash } from "node:crypto";
function normalisedText(text) {
  return text.replace(/\s+/g, " ").trim();
}
function assignFingerprints(findings, textOf) {
  const seen = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key = `${f.ruleId}\0${f.path}\0${normalisedText(textOf(f))}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    f.fingerprint = createHash("sha256").update(`${key}\0${n}`).digest("hex").slice(0, 16);
  }
}

// src/parse/index.ts
async function parseFile(kind, source, environment) {
  switch (kind) {
    case "shell":
      return (await import("./chunks/shell-7EEC4XMZ.js")).parseShellFile(source, environment);
    case "dockerfile":
      return (await import("./chunks/dockerfile-K7NAUL3X.js")).parseDockerfile(source, environment);
    case "compose":
      return (await import("./chunks/compose-T3HQ23BA.js")).parseCompose(source, environment);
    case "systemd":
      return (await import("./chunks/systemd-3OP4E2BM.js")).parseSystemd(source, environment);
    case "procfile":
      return (await import("./chunks/procfile-XDO6356O.js")).parseProcfile(source, environment);
    case "packagejson":
      return (await import("./chunks/packagejson-QCOS7KTB.js")).parsePackageJson(source, environment);
    case "python":
      return (await import("./chunks/python-33HFK465.js")).parsePython(source, environment);
    case "typescript":
      return (await import("./chunks/typescript-AUAZZJTW.js")).parseTypeScript(source, environment);
    default:
      return unsupported(kind, source, environment);
  }
}
function unsupported(kind, source, environment) {
  return { kind, source, environment, tree: null, comments: [], logicalLines: [], parseErrors: [] };
}

// src/project.ts
import { existsSync as existsSync2 } from "node:fs";
import { join as join3, posix } from "node:path";
var SHELLS3 = /* @__PURE__ */ new Set(["sh", "bash", "dash", "ash", "zsh", "ksh"]);
function buildProject(root, files) {
  const byPath = new Map(files.map((f) => [f.rel, f]));
  const shellFiles = files.filter((f) => f.kind === "shell");
  const byBase = /* @__PURE__ */ new Map();
  for (const f of shellFiles) {
    const b = posix.basename(f.rel);
    byBase.set(b, [...byBase.get(b) ?? [], f]);
  }
  const model = {
    root,
    files,
    byPath,
    startedBy: /* @__PURE__ */ new Map(),
    exists: (rel) => byPath.has(rel) || existsSync2(join3(root, rel)),
    *commands() {
      for (const file of files) for (const command of file.facts?.commands ?? []) yield { file, command };
    }
  };
  for (const { file, command } of model.commands()) {
    if (command.role !== "start" || file.kind === "shell") continue;
    const word = scriptWord(command);
    if (!word) continue;
    const target = resolveScript(word, file.rel, byPath, byBase);
    if (!target || target.rel === file.rel) continue;
    const via = { source: command.carrier.source, span: command.span, label: command.carrier.label };
    const list = model.startedBy.get(target.rel) ?? [];
    if (!list.some((v) => v.source.path === via.source.path && v.span.start === via.span.start)) list.push(via);
    model.startedBy.set(target.rel, list);
  }
  return model;
}
function scriptWord(cmd) {
  const [first, ...rest] = cmd.argv;
  const name = baseName(first?.value);
  if (!name) return void 0;
  if (SHELLS3.has(name)) {
    const arg = rest.find((w) => w.value !== null && !w.value.startsWith("-"));
    if (!arg?.value || rest.some((w) => w.value !== null && /^-[a-z]*c[a-z]*$/.test(w.value))) return void 0;
    return arg.value;
  }
  if (first.value.includes("/") || /\.(sh|bash)$/.test(name)) return first.value;
  return void 0;
}
function resolveScript(word, fromRel, byPath, byBase) {
  const dir = posix.dirname(fromRel);
  if (!word.startsWith("/")) {
    const direct = byPath.get(posix.normalize(posix.join(dir, word)));
    if (direct?.kind === "shell") return direct;
  }
  const candidates = byBase.get(posix.basename(word)) ?? [];
  if (candidates.length <= 1) return candidates[0];
  let best;
  let bestScore = -1;
  for (const c of candidates) {
    const score = commonPrefix(posix.dirname(c.rel), dir);
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}
function commonPrefix(a, b) {
  const x = a.split("/");
  const y = b.split("/");
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

// src/suppress.ts
var DIRECTIVE = /^\s*prodlint-(disable-next-line|disable-line|disable-file|disable|enable)\b(.*)$/s;
function nextLogicalLine(doc, line, commentLines) {
  let l = line;
  while (commentLines.has(l) && l <= doc.source.lineCount) l++;
  return logicalLineAt(doc, l);
}
function logicalLineAt(doc, line) {
  for (const r of doc.logicalLines) {
    if (r.first > line) break;
    if (line <= r.last) return r;
  }
  return { first: line, last: line };
}
function commentOnlyLines(doc) {
  const set = /* @__PURE__ */ new Set();
  for (const c of doc.comments) {
    if (!c.ownLine) continue;
    const first = doc.source.lineOf(c.span.start);
    const last = doc.source.lineOf(Math.max(c.span.start, c.span.end - 1));
    for (let l = first; l <= last; l++) set.add(l);
  }
  return set;
}
function parseDirectives(doc) {
  const out = [];
  const commentLines = commentOnlyLines(doc);
  const open = [];
  for (const c of doc.comments) {
    const body = c.body.replace(/\*\/\s*$/, "").replace(/^\*+/, "");
    const m = DIRECTIVE.exec(body);
    if (!m) continue;
    const kind = m[1] === "disable-next-line" ? "next-line" : m[1] === "disable-line" ? "line" : m[1] === "disable-file" ? "file" : m[1];
    let rest = m[2] ?? "";
    let reason;
    const dash = rest.indexOf("--");
    if (dash !== -1) {
      reason = rest.slice(dash + 2).trim() || void 0;
      rest = rest.slice(0, dash);
    }
    const bodyStart = c.span.end - c.body.length;
    const restStart = bodyStart + c.body.indexOf(m[2] ?? "");
    const rules = [];
    let until;
    const tokenRe = /[^\s,]+/g;
    for (let t = tokenRe.exec(rest); t; t = tokenRe.exec(rest)) {
      const tok = t[0];
      if (tok.startsWith("until=")) {
        until = tok.slice(6);
        continue;
      }
      rules.push({ name: tok, span: { start: restStart + t.index, end: restStart + t.index + tok.length } });
    }
    const line = doc.source.lineOf(c.span.start);
    const endLine = doc.source.lineOf(Math.max(c.span.start, c.span.end - 1));
    let first = line;
    let last = line;
    if (kind === "next-line") {
      const r = nextLogicalLine(doc, endLine + 1, commentLines);
      first = r.first;
      last = r.last;
    } else if (kind === "line") {
      const r = logicalLineAt(doc, line);
      first = r.first;
      last = r.last;
    } else if (kind === "file") {
      first = 1;
      last = doc.source.lineCount;
    } else if (kind === "disable") {
      last = doc.source.lineCount;
    }
    const d = { kind, rules, span: c.span, first, last, ...reason ? { reason } : {}, ...until ? { until } : {} };
    if (kind === "disable") open.push(d);
    if (kind === "enable") {
      for (const o of open) {
        if (o.last !== doc.source.lineCount) continue;
        const names = new Set(rules.map((r) => r.name));
        if (names.size === 0 || o.rules.some((r) => names.has(r.name))) o.last = line;
      }
    }
    out.push(d);
  }
  return out;
}
function directiveMatches(d, f, today) {
  if (d.kind === "enable") return false;
  if (d.until && d.until < today) return false;
  if (f.line < d.first || f.line > d.last) return false;
  return d.rules.length === 0 || d.rules.some((r) => r.name === f.ruleId || r.name === f.ruleName);
}

// src/engine.ts
var VERSION = "0.1.0";
var PL = { parse: "PL000", internal: "PL001", unused: "PL002", unknown: "PL003" };
var CARRIER_KINDS = /* @__PURE__ */ new Set(["dockerfile", "compose", "systemd", "procfile", "packagejson"]);
async function run(settings) {
  const started = performance.now();
  const root = settings.root ?? findRoot(settings.cwd);
  const ruleById = new Map(settings.rules.map((r) => [r.id, r]));
  const ruleByName = new Map(settings.rules.map((r) => [r.name, r]));
  const notices = [];
  const findings = [];
  const sources = /* @__PURE__ */ new Map();
  const today = settings.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const stats = { filesDiscovered: 0, filesLinted: 0, filesParsed: 0, durationMs: 0, suppressed: 0, baselined: 0 };
  const discovered = await discover(settings.paths, settings.cwd, root, settings.isIgnored);
  stats.filesDiscovered = discovered.length;
  const files = [];
  for (const d of discovered) {
    const environment = settings.forceEnvironment ?? settings.environmentOf(d.rel);
    const file = { rel: d.rel, abs: d.abs, environment };
    files.push(file);
    const read = readText(d.abs, settings.maxFileSize);
    if ("skip" in read) {
      if (read.skip !== "unreadable" || d.explicit || classify(d.rel, "") !== void 0) {
        notices.push({ level: read.skip === "unreadable" ? "warning" : "note", id: `skipped-${read.skip}`, path: d.rel, message: read.message });
      }
      continue;
    }
    const kind = settings.kindOverride(d.rel) ?? classify(d.rel, read.text.slice(0, 4096));
    if (!kind) {
      if (d.explicit && !settings.ignoreUnknown) notices.push({ level: "note", id: "unknown-kind", path: d.rel, message: `${d.rel}: not a kind of file prodlint lints (use --ignore-unknown to silence)` });
      continue;
    }
    file.kind = kind;
    file.source = new SourceFile(d.rel, d.abs, read.text);
  }
  for (const file of files) {
    if (!file.kind || !file.source) continue;
    const enabled = settings.rulesFor(file.rel);
    if (!CARRIER_KINDS.has(file.kind) && !triggered(file, enabled, ruleById)) continue;
    stats.filesLinted++;
    try {
      file.doc = await parseFile(file.kind, file.source, file.environment);
      file.facts = await extractFacts(file.doc);
      stats.filesParsed++;
      sources.set(file.rel, file.source);
    } catch (err) {
      sources.set(file.rel, file.source);
      findings.push(toolFinding(ruleById.get(PL.parse), enabled, file.source, { start: 0, end: 0 }, `${file.rel} could not be parsed: ${errorText(err)}`));
      file.doc = void 0;
      file.facts = void 0;
    }
  }
  const project = buildProject(root, files);
  for (const [rel, vias] of project.startedBy) {
    const file = project.byPath.get(rel);
    for (const cmd of file?.facts?.commands ?? []) {
      if (cmd.role === "script") cmd.role = "start";
      cmd.via = vias;
    }
    for (const a of file?.facts?.env ?? []) if (a.role === "script") a.role = "start";
  }
  for (const file of files) {
    const { doc, source, facts } = file;
    if (!doc || !source) continue;
    const enabled = settings.rulesFor(file.rel);
    for (const problem of doc.parseErrors.slice(0, 1)) {
      findings.push(toolFinding(ruleById.get(PL.parse), enabled, source, problem.span, `${problem.message}; findings for this file may be incomplete`));
    }
    if (facts && doc.parseErrors.length === 0) {
      for (const problem of facts.problems.slice(0, 1)) {
        findings.push(toolFinding(ruleById.get(PL.parse), enabled, source, problem.span, `${problem.message}; findings for this file may be incomplete`));
      }
    }
    for (const [id, setting] of enabled) {
      const rule = ruleById.get(id);
      if (!rule || !rule.kinds.includes(doc.kind)) continue;
      if (rule.productionOnly && file.environment === "development") continue;
      if (!ruleTriggered(rule, source.text)) continue;
      if (!rule.document && !rule.command && !rule.env) continue;
      let current;
      const ctx = {
        source,
        doc,
        options: setting.options,
        project,
        report: (r) => {
          const related = [...r.related ?? []];
          for (const via of current?.via ?? []) related.push({ source: via.source, span: via.span, message: `started by ${via.label} in ${via.source.path}` });
          findings.push(makeFinding(rule, setting.severity, r.source ?? source, r.span, formatMessage(rule.messages[r.messageId] ?? r.messageId, r.data), related, sources));
        }
      };
      try {
        rule.document?.(doc, ctx);
        if (rule.command && facts) {
          for (const cmd of facts.commands) {
            if (rule.roles && !rule.roles.includes(cmd.role)) continue;
            current = cmd;
            rule.command(cmd, ctx);
          }
          current = void 0;
        }
        if (rule.env && facts) for (const a of facts.env) rule.env(a, ctx);
      } catch (err) {
        findings.push(toolFinding(ruleById.get(PL.internal), enabled, source, { start: 0, end: 0 }, `rule ${rule.id} failed on this file: ${errorText(err)}`));
      }
    }
  }
  runProjectRules(settings, project, findings, sources, ruleById);
  findings.sort(compareFindings);
  assignFingerprints(findings, (f) => sources.get(f.path)?.slice(f.span) ?? "");
  const kept = applySuppressions(findings, files, settings, ruleById, ruleByName, today, stats, sources);
  kept.sort(compareFindings);
  stats.durationMs = Math.round(performance.now() - started);
  const enabledRules = settings.rules.filter((r) => files.some((f) => f.kind && settings.rulesFor(f.rel).has(r.id)) || discovered.length === 0);
  return { toolVersion: VERSION, root, findings: kept, rules: enabledRules.length ? enabledRules : settings.rules, notices, sources, stats };
}
function runProjectRules(settings, project, findings, sources, ruleById) {
  for (const rule of settings.rules) {
    if (!rule.project) continue;
    const ctx = {
      options: { ...rule.options ?? {} },
      project,
      report: (r) => {
        const setting = settings.rulesFor(r.source.path).get(rule.id);
        if (!setting) return;
        const file = project.byPath.get(r.source.path);
        if (rule.productionOnly && file?.environment === "development") return;
        sources.set(r.source.path, r.source);
        findings.push(makeFinding(rule, setting.severity, r.source, r.span, formatMessage(rule.messages[r.messageId] ?? r.messageId, r.data), r.related ?? [], sources));
      }
    };
    try {
      rule.project(project, ctx);
    } catch (err) {
      const first = project.files.find((f) => f.source);
      if (first?.source) findings.push(toolFinding(ruleById.get(PL.internal), settings.rulesFor(first.rel), first.source, { start: 0, end: 0 }, `rule ${rule.id} failed: ${errorText(err)}`));
    }
  }
}
function triggered(file, enabled, ruleById) {
  const text = file.source.text;
  for (const id of enabled.keys()) {
    const rule = ruleById.get(id);
    if (!rule || !rule.kinds.includes(file.kind)) continue;
    if (rule.productionOnly && file.environment === "development") continue;
    if (ruleTriggered(rule, text)) return true;
  }
  return false;
}
var lowered = /* @__PURE__ */ new WeakMap();
function ruleTriggered(rule, text) {
  if (rule.triggers.length === 0) return true;
  if (!rule.triggersIgnoreCase) return rule.triggers.some((t) => text.includes(t));
  let lows = lowered.get(rule);
  if (!lows) lowered.set(rule, lows = rule.triggers.map((t) => t.toLowerCase()));
  const low = text.toLowerCase();
  return lows.some((t) => low.includes(t));
}
function readText(abs, maxSize) {
  let buf;
  try {
    const st = statSync3(abs);
    if (!st.isFile()) return { skip: "unreadable", message: `${abs}: not a regular file` };
    if (st.size > maxSize) return { skip: "size", message: `skipped: ${st.size} bytes is over the ${maxSize}-byte limit (--max-file-size)` };
    buf = readFileSync2(abs);
  } catch (err) {
    return { skip: "unreadable", message: `could not be read: ${err.code ?? errorText(err)}` };
  }
  if (buf.length >= 2 && (buf[0] === 255 && buf[1] === 254 || buf[0] === 254 && buf[1] === 255)) {
    const le = buf[0] === 255;
    const body = le ? buf.subarray(2) : Buffer.from(buf.subarray(2)).swap16();
    return { text: body.toString("utf16le") };
  }
  if (buf.subarray(0, 8192).includes(0)) return { skip: "binary", message: "skipped: binary file" };
  return { text: buf.toString("utf8") };
}
function errorText(err) {
  return err instanceof Error ? err.message.split("\n")[0] : String(err);
}
function makeFinding(rule, severity, source, span, message, related, sources) {
  const rel = related.map((r) => {
    sources.set(r.source.path, r.source);
    return { path: r.source.path, span: r.span, start: r.source.positionAt(r.span.start), end: r.source.positionAt(r.span.end), message: r.message };
  });
  return {
    ruleId: rule.id,
    ruleName: rule.name,
    severity,
    message,
    path: source.path,
    span,
    start: source.positionAt(span.start),
    end: source.positionAt(span.end),
    related: rel,
    fingerprint: ""
  };
}
function toolFinding(rule, enabled, source, span, message) {
  const id = rule?.id ?? "PL000";
  const setting = enabled.get(id);
  const f = makeFinding(rule ?? { id, name: "tool" }, setting?.severity ?? rule?.severity ?? "warning", source, span, message, [], /* @__PURE__ */ new Map());
  if (!setting && rule) f.severity = "note";
  return f;
}
function compareFindings(a, b) {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return a.start.line - b.start.line || a.start.column - b.start.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
function applySuppressions(findings, files, settings, ruleById, ruleByName, today, stats, sources) {
  const byFile = /* @__PURE__ */ new Map();
  if (settings.inlineSuppressions) {
    for (const f of files) {
      if (!f.doc) continue;
      const directives = parseDirectives(f.doc);
      if (directives.length) byFile.set(f.rel, { doc: f.doc, directives, used: /* @__PURE__ */ new Set() });
    }
  }
  const kept = [];
  for (const finding of findings) {
    const entry = byFile.get(finding.path);
    const hit = entry?.directives.find((d) => directiveMatches(d, { ruleId: finding.ruleId, ruleName: finding.ruleName, line: finding.start.line }, today));
    if (hit && entry && !finding.ruleId.startsWith("PL00")) {
      entry.used.add(hit);
      stats.suppressed++;
      continue;
    }
    kept.push(finding);
  }
  for (const [rel, entry] of byFile) {
    const enabled = settings.rulesFor(rel);
    const source = entry.doc.source;
    sources.set(rel, source);
    for (const d of entry.directives) {
      for (const r of d.rules) {
        if (!ruleById.has(r.name) && !ruleByName.has(r.name) && enabled.has(PL.unknown)) {
          kept.push(makeFinding(ruleById.get(PL.unknown), enabled.get(PL.unknown).severity, source, r.span, `suppression names an unknown rule "${r.name}"`, [], sources));
        }
      }
      if (d.kind !== "enable" && !entry.used.has(d) && enabled.has(PL.unused) && !(d.until && d.until < today)) {
        const names = d.rules.map((r) => r.name).join(", ") || "all rules";
        kept.push(makeFinding(ruleById.get(PL.unused), enabled.get(PL.unused).severity, source, d.span, `suppression of ${names} suppresses nothing`, [], sources));
      }
      if (settings.requireReason && d.kind !== "enable" && !d.reason && enabled.has(PL.unused)) {
        kept.push(makeFinding(ruleById.get(PL.unused), enabled.get(PL.unused).severity, source, d.span, 'suppression has no reason: add " -- why this is safe"', [], sources));
      }
    }
  }
  assignFingerprints(kept.filter((f) => f.fingerprint === ""), (f) => sources.get(f.path)?.slice(f.span) ?? "");
  return kept;
}

// src/docs.ts
var REPOSITORY_URL = "https://github.com/prodlint/prodlint";
var RULES_DOC_URL = `${REPOSITORY_URL}/blob/main/rules/README.md`;
var KIND_LABELS = {
  shell: "shell",
  dockerfile: "Dockerfile",
  compose: "compose",
  systemd: "systemd",
  procfile: "Procfile",
  packagejson: "package.json",
  python: "Python",
  typescript: "TypeScript/JavaScript"
};
var KIND_FENCE_LANGUAGE = {
  shell: "sh",
  dockerfile: "dockerfile",
  compose: "yaml",
  systemd: "ini",
  procfile: "text",
  packagejson: "json",
  python: "python",
  typescript: "ts"
};
function ruleHeading(rule) {
  return `${rule.id} ${rule.name}`;
}
function headingAnchor(heading) {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "").replace(/ /g, "-");
}
function ruleAnchor(rule) {
  return headingAnchor(ruleHeading(rule));
}
function ruleHelpUri(rule) {
  return `${RULES_DOC_URL}#${ruleAnchor(rule)}`;
}
function kindsLabel(kinds) {
  if (kinds.length === 0 || KINDS.every((k) => kinds.includes(k))) return "any file";
  return kinds.map((k) => KIND_LABELS[k] ?? String(k)).join(", ");
}
function fenceFor(code) {
  let longest = 0;
  for (const run2 of code.match(/`+/g) ?? []) longest = Math.max(longest, run2.length);
  return "`".repeat(Math.max(3, longest + 1));
}
function inlineCode(value) {
  let longest = 0;
  for (const run2 of value.match(/`+/g) ?? []) longest = Math.max(longest, run2.length);
  const ticks = "`".repeat(longest + 1);
  const pad = value.startsWith("`") || value.endsWith("`") ? " " : "";
  return `${ticks}${pad}${value}${pad}${ticks}`;
}
function showValue(value) {
  try {
    const json = JSON.stringify(value);
    return json === void 0 ? String(value) : json;
  } catch {
    return String(value);
  }
}
function optionEntries(rule) {
  const options = rule.options;
  if (options === null || typeof options !== "object") return [];
  return Object.keys(options).sort().map((key) => [key, showValue(options[key])]);
}
function sentence(text) {
  const t = text.trim();
  return t === "" || /[.!?:]$/.test(t) ? t : `${t}.`;
}
function trimBlock(text) {
  return (text ?? "").replace(/\r\n?/g, "\n").replace(/^\n+|\s+$/g, "");
}
function metaFacts(rule) {
  return [
    ["Severity", rule.severity],
    ["Category", rule.category],
    ["Applies to", kindsLabel(rule.kinds ?? [])],
    ["Production only", rule.productionOnly ? "yes" : "no"]
  ];
}
function renderRuleMarkdown(rule, headingLevel = 3) {
  const level = Math.min(6, Math.max(1, Math.trunc(headingLevel) || 1));
  const h = "#".repeat(level);
  const sub = "#".repeat(Math.min(6, level + 1));
  const docs = rule.docs;
  const out = [];
  const section = (title, body) => {
    if (body === "") return;
    out.push(`${sub} ${title}`, "", body, "");
  };
  const snippet = (title, ex) => {
    if (!ex || trimBlock(ex.code) === "") return;
    const code = trimBlock(ex.code);
    const fence = fenceFor(code);
    const lang = KIND_FENCE_LANGUAGE[ex.kind] ?? "";
    const caption = ex.path ? `${inlineCode(ex.path)}:

` : "";
    section(title, `${caption}${fence}${lang}
${code}
${fence}`);
  };
  out.push(`${h} ${ruleHeading(rule)}`, "");
  out.push(metaFacts(rule).map(([k, v]) => `**${k}:** ${v}`).join(" \xB7 "), "");
  const summary = sentence(docs?.summary ?? "");
  if (summary !== "") out.push(summary, "");
  section("What it does", trimBlock(docs?.what));
  section("Why it matters", trimBlock(docs?.why));
  snippet("Example", docs?.example);
  snippet("Fix", docs?.fix);
  const refs = (docs?.references ?? []).filter((r) => r.trim() !== "");
  section("References", refs.map((r) => `- ${/^https?:\/\/\S+$/.test(r) ? `<${r}>` : r}`).join("\n"));
  const options = optionEntries(rule);
  if (options.length > 0) {
    const rows = options.map(([k, v]) => `| ${inlineCode(k)} | ${inlineCode(v).replace(/\|/g, "\\|")} |`);
    section("Options", ["| Option | Default |", "| --- | --- |", ...rows].join("\n"));
  }
  return `${out.join("\n").replace(/\n+$/, "")}
`;
}
function markdownToPlain(markdown) {
  return markdown.replace(/\r\n?/g, "\n").replace(
    /\[([^\]\n]+)\]\(([^)\s]+)\)/g,
    (_m, text, url) => text === url ? url : `${text} (${url})`
  ).replace(/<(https?:\/\/[^>\s]+)>/g, "$1").replace(/\*\*([^*\n]+)\*\*/g, "$1").replace(/__([^_\n]+)__/g, "$1");
}
function indent(text, by) {
  return text.split("\n").map((line) => line === "" ? "" : by + line).join("\n");
}
function renderRuleText(rule) {
  const docs = rule.docs;
  const out = [];
  const section = (title, body) => {
    if (body === "") return;
    out.push(title, body, "");
  };
  const snippet = (title, ex) => {
    const code = trimBlock(ex?.code);
    if (!ex || code === "") return;
    section(`${title} (${ex.path ?? KIND_LABELS[ex.kind] ?? ex.kind})`, indent(code, "    "));
  };
  out.push(ruleHeading(rule));
  out.push(metaFacts(rule).map(([k, v]) => `${k}: ${v}`).join(" \xB7 "), "");
  const summary = sentence(docs?.summary ?? "");
  if (summary !== "") out.push(summary, "");
  section("What it does", indent(markdownToPlain(trimBlock(docs?.what)), "  "));
  section("Why it matters", indent(markdownToPlain(trimBlock(docs?.why)), "  "));
  snippet("Example", docs?.example);
  snippet("Fix", docs?.fix);
  const refs = (docs?.references ?? []).filter((r) => r.trim() !== "");
  section("References", refs.map((r) => `  - ${markdownToPlain(r)}`).join("\n"));
  const options = optionEntries(rule);
  section("Options (defaults)", options.map(([k, v]) => `  ${k}: ${v}`).join("\n"));
  out.push(`More: ${ruleHelpUri(rule)}`);
  return `${out.join("\n")}
`;
}

// src/format/json.ts
var JSON_FORMAT_VERSION = 1;
function countBySeverity(findings) {
  const counts = { error: 0, warning: 0, note: 0 };
  for (const f of findings) if (f.severity in counts) counts[f.severity]++;
  return counts;
}
function summarize(result) {
  const counts = countBySeverity(result.findings);
  return {
    errors: counts.error,
    warnings: counts.warning,
    notes: counts.note,
    filesWithFindings: new Set(result.findings.map((f) => f.path)).size,
    filesLinted: result.stats.filesLinted,
    suppressed: result.stats.suppressed,
    baselined: result.stats.baselined
  };
}
var position = (p) => ({ line: p.line, column: p.column });
function formatJson(result) {
  const s = summarize(result);
  const out = {
    version: JSON_FORMAT_VERSION,
    toolVersion: result.toolVersion,
    findings: result.findings.map((f) => ({
      ruleId: f.ruleId,
      ruleName: f.ruleName,
      severity: f.severity,
      message: f.message,
      path: f.path,
      start: position(f.start),
      end: position(f.end),
      related: f.related.map((r) => ({
        path: r.path,
        start: position(r.start),
        end: position(r.end),
        message: r.message
      })),
      fingerprint: f.fingerprint
    })),
    notices: result.notices.map((n) => ({
      level: n.level,
      id: n.id,
      message: n.message,
      ...n.path !== void 0 ? { path: n.path } : {}
    })),
    summary: {
      errors: s.errors,
      warnings: s.warnings,
      notes: s.notes,
      filesLinted: s.filesLinted,
      suppressed: s.suppressed,
      baselined: s.baselined
    }
  };
  return `${JSON.stringify(out, null, 2)}
`;
}

// src/format/github.ts
var ANNOTATIONS_PER_LEVEL = 10;
var STEP_SUMMARY_MAX_BYTES = 512 * 1024;
var MAX_TABLE_ROWS = 1e3;
var COMMAND = { error: "error", warning: "warning", note: "notice" };
var SEVERITIES_DESC = ["error", "warning", "note"];
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function visibleControls(text) {
  return text.replace(/[\u0000-\u0009\u000b\u000c\u000e-\u001f]/g, (c) => String.fromCharCode(9216 + c.charCodeAt(0)));
}
var positive = (n) => Number.isFinite(n) && n >= 1 ? Math.trunc(n) : 1;
function annotation(f) {
  const line = positive(f.start.line);
  const endLine = Math.max(line, positive(f.end.line));
  const props = [`file=${escapeProperty(f.path)}`, `line=${line}`, `endLine=${endLine}`];
  if (line === endLine) {
    const col = positive(f.start.column);
    props.push(`col=${col}`, `endColumn=${Math.max(col, positive(f.end.column))}`);
  }
  props.push(`title=${escapeProperty(visibleControls(`${f.ruleId} ${f.ruleName}`.trim()))}`);
  const related = f.related.map((r) => `
\u21B3 ${r.path}:${r.start.line}:${r.start.column} ${r.message}`.trimEnd());
  return `::${COMMAND[f.severity] ?? "warning"} ${props.join(",")}::${escapeData(visibleControls(f.message + related.join("")))}`;
}
function formatGithub(result, opts = {}) {
  const cap = Math.max(1, Math.trunc(opts.perLevel ?? ANNOTATIONS_PER_LEVEL));
  const byLevel = new Map(SEVERITIES_DESC.map((s) => [s, []]));
  for (const f of result.findings) byLevel.get(f.severity)?.push(f);
  const overflowing = SEVERITIES_DESC.some((s) => byLevel.get(s).length > cap);
  const lines = [];
  const leftOut = [];
  for (const severity of SEVERITIES_DESC) {
    const all = byLevel.get(severity);
    const room = severity === "note" && overflowing ? cap - 1 : cap;
    for (const f of all.slice(0, room)) lines.push(annotation(f));
    const rest = all.length - Math.min(all.length, room);
    if (rest > 0) leftOut.push(`${rest} ${severity}${rest === 1 ? "" : "s"}`);
  }
  if (leftOut.length > 0) {
    lines.push(
      `::notice::${escapeData(
        `prodlint: ${leftOut.join(", ")} not annotated (GitHub shows ${cap} annotations per level per step); see the job summary or the SARIF report for all findings.`
      )}`
    );
  }
  return lines.length === 0 ? "" : `${lines.join("\n")}
`;
}
function mdText(text) {
  return text.replace(/[\u0000-\u001f\u007f]+/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_[\]|#])/g, "\\$1");
}
function mdPath(path4) {
  return inlineCode(path4.replace(/[\u0000-\u001f\u007f]+/g, " ")).replace(/\|/g, "\\|");
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
var ByteBudget = class {
  constructor(limit, reserve) {
    this.limit = limit;
    this.reserve = reserve;
  }
  limit;
  reserve;
  lines = [];
  used = 0;
  cost(line) {
    return Buffer.byteLength(line, "utf8") + 1;
  }
  /** Adds the line if it fits outside the reserve. */
  add(line) {
    const c = this.cost(line);
    if (this.used + c > this.limit - this.reserve) return false;
    this.lines.push(line);
    this.used += c;
    return true;
  }
  /** Adds a short line from the reserve (truncation notes). */
  force(line) {
    const c = this.cost(line);
    if (this.used + c > this.limit) return;
    this.lines.push(line);
    this.used += c;
  }
};
function addTable(out, table) {
  if (!out.add(table.heading) || !out.add("") || !table.header.every((h) => out.add(h))) {
    out.force(`_${plural(table.rows.length, table.noun)} not shown: the summary reached its size limit._`);
    return;
  }
  let shown = 0;
  for (const row of table.rows.slice(0, MAX_TABLE_ROWS)) {
    if (!out.add(row)) break;
    shown++;
  }
  out.add("");
  if (shown < table.rows.length) {
    out.force(`_\u2026 ${plural(table.rows.length - shown, `more ${table.noun}`)} not shown._`);
    out.force("");
  }
}
function formatStepSummary(result, opts = {}) {
  const out = new ByteBudget(Math.max(1024, opts.maxBytes ?? STEP_SUMMARY_MAX_BYTES), 1024);
  const s = summarize(result);
  const total = s.errors + s.warnings + s.notes;
  out.add("## prodlint");
  out.add("");
  if (total === 0) {
    out.add(`**\u2714 No problems found** (${plural(s.filesLinted, "file")} checked)`);
  } else {
    out.add(
      `**\u2716 ${plural(total, "problem")}** (${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}, ${plural(s.notes, "note")}) in ${plural(s.filesWithFindings, "file")} \xB7 ${plural(s.filesLinted, "file")} checked`
    );
  }
  const hidden = [
    s.suppressed > 0 ? `${s.suppressed} suppressed` : "",
    s.baselined > 0 ? `${s.baselined} baselined` : ""
  ].filter((x) => x !== "");
  if (hidden.length > 0) out.add(`
${hidden.join(", ")} (not shown).`);
  out.add("");
  if (total > 0) {
    const rulesById = new Map(result.rules.map((r) => [r.id, r]));
    const byRule = /* @__PURE__ */ new Map();
    const byFile = /* @__PURE__ */ new Map();
    for (const f of result.findings) {
      const r = byRule.get(f.ruleId);
      if (!r) byRule.set(f.ruleId, { name: f.ruleName, severity: f.severity, count: 1 });
      else {
        r.count++;
        if ((SEVERITY_RANK[f.severity] ?? 0) > (SEVERITY_RANK[r.severity] ?? 0)) r.severity = f.severity;
      }
      const counts = byFile.get(f.path) ?? { error: 0, warning: 0, note: 0 };
      counts[f.severity] = (counts[f.severity] ?? 0) + 1;
      byFile.set(f.path, counts);
    }
    const ruleRows = [...byRule.entries()].sort(
      ([ida, a], [idb, b]) => (SEVERITY_RANK[b.severity] ?? 0) - (SEVERITY_RANK[a.severity] ?? 0) || b.count - a.count || (ida < idb ? -1 : ida > idb ? 1 : 0)
    ).map(([id, r]) => {
      const rule = rulesById.get(id);
      const idCell = rule ? `[${mdText(id)}](${ruleHelpUri(rule)})` : mdText(id);
      return `| ${idCell} | ${mdText(r.name)} | ${r.severity} | ${r.count} |`;
    });
    addTable(out, {
      heading: "### Findings by rule",
      header: ["| Rule | Name | Severity | Count |", "| --- | --- | --- | ---: |"],
      rows: ruleRows,
      noun: "rule"
    });
    const fileRows = [...byFile.entries()].map(([path4, c], order) => ({ path: path4, c, order })).sort((a, b) => b.c.error - a.c.error || b.c.warning - a.c.warning || b.c.note - a.c.note || a.order - b.order).map(({ path: path4, c }) => `| ${mdPath(path4)} | ${c.error} | ${c.warning} | ${c.note} |`);
    addTable(out, {
      heading: "### Findings by file",
      header: ["| File | Errors | Warnings | Notes |", "| --- | ---: | ---: | ---: |"],
      rows: fileRows,
      noun: "file"
    });
  }
  if (result.notices.length > 0) {
    addTable(out, {
      heading: "### Notices",
      header: [],
      rows: result.notices.map((n) => `- ${n.level}: ${n.path !== void 0 ? `${mdPath(n.path)}: ` : ""}${mdText(n.message)}`),
      noun: "notice"
    });
  }
  return `${out.lines.join("\n").replace(/\n+$/, "")}
`;
}

// src/format/sarif.ts
import { isAbsolute as isAbsolute3 } from "node:path";
import { pathToFileURL } from "node:url";
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var SARIF_RESULT_LIMIT = 25e3;
var SARIF_RELATED_LIMIT = 1e3;
var FINGERPRINT_KEY = "prodlint/v1";
var SRCROOT = "%SRCROOT%";
var MAX_NAME = 255;
var MAX_DESCRIPTION = 1024;
var MAX_TAGS = 10;
var FAMILY_TAGS = {
  SH: "commands",
  DF: "dockerfile",
  DC: "compose",
  SD: "systemd",
  PY: "python",
  TS: "typescript",
  PL: "prodlint"
};
var PROBLEM_SEVERITY = { error: "error", warning: "warning", note: "recommendation" };
function wellFormed(text) {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}
function truncate(text, max) {
  if (text.length <= max) return text;
  let cut = max - 1;
  const code = text.charCodeAt(cut - 1);
  if (code >= 55296 && code <= 56319) cut--;
  return `${text.slice(0, cut)}\u2026`;
}
function artifactUri(path4) {
  return wellFormed(path4).split("/").map(encodeURIComponent).join("/");
}
function rootUri(root) {
  if (root === "" || !isAbsolute3(root)) return null;
  const href = pathToFileURL(wellFormed(root)).href;
  return href.endsWith("/") ? href : `${href}/`;
}
function nonEmpty(text, fallback) {
  const t = (text ?? "").trim();
  return t === "" ? fallback : t;
}
function tagsFor(rule) {
  const tags = [rule.category, FAMILY_TAGS[rule.id.slice(0, 2)], ...rule.kinds ?? []];
  return [...new Set(tags.filter((t) => typeof t === "string" && t !== ""))].slice(0, MAX_TAGS);
}
function ruleDescriptor(rule) {
  const summary = nonEmpty(rule.docs?.summary, rule.name || rule.id);
  const properties = {
    tags: tagsFor(rule),
    ...rule.precision ? { precision: rule.precision } : {},
    "problem.severity": PROBLEM_SEVERITY[rule.severity] ?? "warning"
  };
  const score = rule.securitySeverity;
  if (rule.category === "security" && typeof score === "number" && score > 0 && score <= 10) {
    properties["security-severity"] = score.toFixed(1);
  }
  return {
    id: rule.id,
    name: truncate(nonEmpty(rule.name, rule.id), MAX_NAME),
    shortDescription: { text: truncate(summary, MAX_DESCRIPTION) },
    fullDescription: { text: truncate(nonEmpty(markdownToPlain(rule.docs?.what ?? ""), summary), MAX_DESCRIPTION) },
    help: { text: renderRuleText(rule), markdown: renderRuleMarkdown(rule, 2) },
    helpUri: ruleHelpUri(rule),
    defaultConfiguration: { level: rule.severity },
    properties
  };
}
function minimalDescriptor(f) {
  const name = nonEmpty(f.ruleName, f.ruleId);
  return {
    id: f.ruleId,
    name: truncate(name, MAX_NAME),
    shortDescription: { text: truncate(name, MAX_DESCRIPTION) },
    fullDescription: { text: truncate(name, MAX_DESCRIPTION) },
    help: { text: name },
    defaultConfiguration: { level: f.severity }
  };
}
var positive2 = (n) => Number.isFinite(n) && n >= 1 ? Math.trunc(n) : 1;
function region(start, end) {
  const startLine = positive2(start.line);
  const startColumn = positive2(start.column);
  let endLine = positive2(end.line);
  let endColumn = positive2(end.column);
  if (endLine < startLine || endLine === startLine && endColumn < startColumn) {
    endLine = startLine;
    endColumn = startColumn;
  }
  return { startLine, startColumn, endLine, endColumn };
}
function physicalLocation(path4, start, end) {
  return {
    artifactLocation: { uri: artifactUri(path4), uriBaseId: SRCROOT },
    ...start && end ? { region: region(start, end) } : {}
  };
}
function relatedLocation(r, index) {
  return {
    id: index + 1,
    physicalLocation: physicalLocation(r.path, r.start, r.end),
    ...r.message.trim() !== "" ? { message: { text: r.message } } : {}
  };
}
function keptIndexes(findings, limit) {
  const order = findings.map((_, i) => i);
  if (findings.length > limit) {
    order.sort((a, b) => (SEVERITY_RANK[findings[b].severity] ?? 0) - (SEVERITY_RANK[findings[a].severity] ?? 0) || a - b);
  }
  return new Set(order.slice(0, Math.max(0, limit)));
}
function formatSarif(result, opts = {}) {
  const limit = Math.max(0, Math.trunc(opts.resultLimit ?? SARIF_RESULT_LIMIT));
  const rules = [];
  const ruleIndex = /* @__PURE__ */ new Map();
  for (const rule of result.rules) {
    if (ruleIndex.has(rule.id)) continue;
    ruleIndex.set(rule.id, rules.length);
    rules.push(ruleDescriptor(rule));
  }
  for (const f of result.findings) {
    if (ruleIndex.has(f.ruleId)) continue;
    ruleIndex.set(f.ruleId, rules.length);
    rules.push(minimalDescriptor(f));
  }
  const kept = keptIndexes(result.findings, limit);
  const results = result.findings.filter((_, i) => kept.has(i)).map((f) => {
    const related = f.related.slice(0, SARIF_RELATED_LIMIT).map(relatedLocation);
    return {
      ruleId: f.ruleId,
      ruleIndex: ruleIndex.get(f.ruleId),
      level: f.severity,
      message: { text: nonEmpty(f.message, nonEmpty(f.ruleName, f.ruleId)) },
      locations: [{ physicalLocation: physicalLocation(f.path, f.start, f.end) }],
      ...related.length > 0 ? { relatedLocations: related } : {},
      ...f.fingerprint !== "" ? { partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint } } : {}
    };
  });
  const notifications = result.notices.map((n) => ({
    level: n.level,
    message: { text: nonEmpty(n.message, n.id) },
    ...n.path !== void 0 ? { locations: [{ physicalLocation: physicalLocation(n.path) }] } : {},
    descriptor: { id: n.id }
  }));
  for (const f of result.findings) {
    if (f.ruleId !== "PL000") continue;
    notifications.push({
      level: f.severity,
      message: { text: nonEmpty(f.message, "File could not be fully parsed") },
      locations: [{ physicalLocation: physicalLocation(f.path, f.start, f.end) }],
      descriptor: { id: "parse-error" },
      associatedRule: { id: f.ruleId, index: ruleIndex.get(f.ruleId) }
    });
  }
  const leftOut = result.findings.length - results.length;
  if (leftOut > 0) {
    notifications.push({
      level: "warning",
      message: {
        text: `${leftOut} of ${result.findings.length} results were left out: a SARIF run may hold at most ${limit} (the most severe are kept).`
      },
      descriptor: { id: "sarif-capped" }
    });
  }
  const base = rootUri(result.root);
  const category = (opts.category ?? "").replace(/\/+$/, "");
  const run2 = {
    tool: {
      driver: {
        name: "prodlint",
        ...result.toolVersion !== "" ? { semanticVersion: result.toolVersion } : {},
        informationUri: REPOSITORY_URL,
        rules
      }
    },
    ...category !== "" ? { automationDetails: { id: `${category}/` } } : {},
    columnKind: "utf16CodeUnits",
    ...base !== null ? { originalUriBaseIds: { [SRCROOT]: { uri: base } } } : {},
    invocations: [
      {
        executionSuccessful: true,
        ...notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}
      }
    ],
    results
  };
  const log = { $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [run2] };
  return `${JSON.stringify(log, null, 2)}
`;
}

// node_modules/chalk/source/vendor/ansi-styles/index.js
var ANSI_BACKGROUND_OFFSET = 10;
var wrapAnsi16 = (offset = 0) => (code) => `\x1B[${code + offset}m`;
var wrapAnsi256 = (offset = 0) => (code) => `\x1B[${38 + offset};5;${code}m`;
var wrapAnsi16m = (offset = 0) => (red, green, blue) => `\x1B[${38 + offset};2;${red};${green};${blue}m`;
var styles = {
  modifier: {
    reset: [0, 0],
    // 21 isn't widely supported and 22 does the same thing
    bold: [1, 22],
    dim: [2, 22],
    italic: [3, 23],
    underline: [4, 24],
    overline: [53, 55],
    inverse: [7, 27],
    hidden: [8, 28],
    strikethrough: [9, 29]
  },
  color: {
    black: [30, 39],
    red: [31, 39],
    green: [32, 39],
    yellow: [33, 39],
    blue: [34, 39],
    magenta: [35, 39],
    cyan: [36, 39],
    white: [37, 39],
    // Bright color
    blackBright: [90, 39],
    gray: [90, 39],
    // Alias of `blackBright`
    grey: [90, 39],
    // Alias of `blackBright`
    redBright: [91, 39],
    greenBright: [92, 39],
    yellowBright: [93, 39],
    blueBright: [94, 39],
    magentaBright: [95, 39],
    cyanBright: [96, 39],
    whiteBright: [97, 39]
  },
  bgColor: {
    bgBlack: [40, 49],
    bgRed: [41, 49],
    bgGreen: [42, 49],
    bgYellow: [43, 49],
    bgBlue: [44, 49],
    bgMagenta: [45, 49],
    bgCyan: [46, 49],
    bgWhite: [47, 49],
    // Bright color
    bgBlackBright: [100, 49],
    bgGray: [100, 49],
    // Alias of `bgBlackBright`
    bgGrey: [100, 49],
    // Alias of `bgBlackBright`
    bgRedBright: [101, 49],
    bgGreenBright: [102, 49],
    bgYellowBright: [103, 49],
    bgBlueBright: [104, 49],
    bgMagentaBright: [105, 49],
    bgCyanBright: [106, 49],
    bgWhiteBright: [107, 49]
  }
};
var modifierNames = Object.keys(styles.modifier);
var foregroundColorNames = Object.keys(styles.color);
var backgroundColorNames = Object.keys(styles.bgColor);
var colorNames = [...foregroundColorNames, ...backgroundColorNames];
function assembleStyles() {
  const codes = /* @__PURE__ */ new Map();
  for (const [groupName, group] of Object.entries(styles)) {
    for (const [styleName, style] of Object.entries(group)) {
      styles[styleName] = {
        open: `\x1B[${style[0]}m`,
        close: `\x1B[${style[1]}m`
      };
      group[styleName] = styles[styleName];
      codes.set(style[0], style[1]);
    }
    Object.defineProperty(styles, groupName, {
      value: group,
      enumerable: false
    });
  }
  Object.defineProperty(styles, "codes", {
    value: codes,
    enumerable: false
  });
  styles.color.close = "\x1B[39m";
  styles.bgColor.close = "\x1B[49m";
  styles.color.ansi = wrapAnsi16();
  styles.color.ansi256 = wrapAnsi256();
  styles.color.ansi16m = wrapAnsi16m();
  styles.bgColor.ansi = wrapAnsi16(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi256 = wrapAnsi256(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi16m = wrapAnsi16m(ANSI_BACKGROUND_OFFSET);
  Object.defineProperties(styles, {
    rgbToAnsi256: {
      value(red, green, blue) {
        if (red === green && green === blue) {
          if (red < 8) {
            return 16;
          }
          if (red > 248) {
            return 231;
          }
          return Math.round((red - 8) / 247 * 24) + 232;
        }
        return 16 + 36 * Math.round(red / 255 * 5) + 6 * Math.round(green / 255 * 5) + Math.round(blue / 255 * 5);
      },
      enumerable: false
    },
    hexToRgb: {
      value(hex) {
        const matches = /[a-f\d]{6}|[a-f\d]{3}/i.exec(hex.toString(16));
        if (!matches) {
          return [0, 0, 0];
        }
        let [colorString] = matches;
        if (colorString.length === 3) {
          colorString = [...colorString].map((character) => character + character).join("");
        }
        const integer = Number.parseInt(colorString, 16);
        return [
          /* eslint-disable no-bitwise */
          integer >> 16 & 255,
          integer >> 8 & 255,
          integer & 255
          /* eslint-enable no-bitwise */
        ];
      },
      enumerable: false
    },
    hexToAnsi256: {
      value: (hex) => styles.rgbToAnsi256(...styles.hexToRgb(hex)),
      enumerable: false
    },
    ansi256ToAnsi: {
      value(code) {
        if (code < 8) {
          return 30 + code;
        }
        if (code < 16) {
          return 90 + (code - 8);
        }
        let red;
        let green;
        let blue;
        if (code >= 232) {
          red = ((code - 232) * 10 + 8) / 255;
          green = red;
          blue = red;
        } else {
          code -= 16;
          const remainder = code % 36;
          red = Math.floor(code / 36) / 5;
          green = Math.floor(remainder / 6) / 5;
          blue = remainder % 6 / 5;
        }
        const value = Math.max(red, green, blue) * 2;
        if (value === 0) {
          return 30;
        }
        let result = 30 + (Math.round(blue) << 2 | Math.round(green) << 1 | Math.round(red));
        if (value === 2) {
          result += 60;
        }
        return result;
      },
      enumerable: false
    },
    rgbToAnsi: {
      value: (red, green, blue) => styles.ansi256ToAnsi(styles.rgbToAnsi256(red, green, blue)),
      enumerable: false
    },
    hexToAnsi: {
      value: (hex) => styles.ansi256ToAnsi(styles.hexToAnsi256(hex)),
      enumerable: false
    }
  });
  return styles;
}
var ansiStyles = assembleStyles();
var ansi_styles_default = ansiStyles;

// node_modules/chalk/source/vendor/supports-color/index.js
import process4 from "node:process";
import os2 from "node:os";
import tty from "node:tty";
function hasFlag(flag, argv = globalThis.Deno ? globalThis.Deno.args : process4.argv) {
  const prefix = flag.startsWith("-") ? "" : flag.length === 1 ? "-" : "--";
  const position2 = argv.indexOf(prefix + flag);
  const terminatorPosition = argv.indexOf("--");
  return position2 !== -1 && (terminatorPosition === -1 || position2 < terminatorPosition);
}
var { env } = process4;
var flagForceColor;
if (hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false") || hasFlag("color=never")) {
  flagForceColor = 0;
} else if (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) {
  flagForceColor = 1;
}
function envForceColor() {
  if ("FORCE_COLOR" in env) {
    if (env.FORCE_COLOR === "true") {
      return 1;
    }
    if (env.FORCE_COLOR === "false") {
      return 0;
    }
    return env.FORCE_COLOR.length === 0 ? 1 : Math.min(Number.parseInt(env.FORCE_COLOR, 10), 3);
  }
}
function translateLevel(level) {
  if (level === 0) {
    return false;
  }
  return {
    level,
    hasBasic: true,
    has256: level >= 2,
    has16m: level >= 3
  };
}
function _supportsColor(haveStream, { streamIsTTY, sniffFlags = true } = {}) {
  const noFlagForceColor = envForceColor();
  if (noFlagForceColor !== void 0) {
    flagForceColor = noFlagForceColor;
  }
  const forceColor = sniffFlags ? flagForceColor : noFlagForceColor;
  if (forceColor === 0) {
    return 0;
  }
  if (sniffFlags) {
    if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor")) {
      return 3;
    }
    if (hasFlag("color=256")) {
      return 2;
    }
  }
  if ("TF_BUILD" in env && "AGENT_NAME" in env) {
    return 1;
  }
  if (haveStream && !streamIsTTY && forceColor === void 0) {
    return 0;
  }
  const min = forceColor || 0;
  if (env.TERM === "dumb") {
    return min;
  }
  if (process4.platform === "win32") {
    const osRelease = os2.release().split(".");
    if (Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) {
      return Number(osRelease[2]) >= 14931 ? 3 : 2;
    }
    return 1;
  }
  if ("CI" in env) {
    if (["GITHUB_ACTIONS", "GITEA_ACTIONS", "CIRCLECI"].some((key) => key in env)) {
      return 3;
    }
    if (["TRAVIS", "APPVEYOR", "GITLAB_CI", "BUILDKITE", "DRONE"].some((sign) => sign in env) || env.CI_NAME === "codeship") {
      return 1;
    }
    return min;
  }
  if ("TEAMCITY_VERSION" in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
  }
  if (env.COLORTERM === "truecolor") {
    return 3;
  }
  if (env.TERM === "xterm-kitty") {
    return 3;
  }
  if (env.TERM === "xterm-ghostty") {
    return 3;
  }
  if (env.TERM === "wezterm") {
    return 3;
  }
  if ("TERM_PROGRAM" in env) {
    const version = Number.parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
    switch (env.TERM_PROGRAM) {
      case "iTerm.app": {
        return version >= 3 ? 3 : 2;
      }
      case "Apple_Terminal": {
        return 2;
      }
    }
  }
  if (/-256(color)?$/i.test(env.TERM)) {
    return 2;
  }
  if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
    return 1;
  }
  if ("COLORTERM" in env) {
    return 1;
  }
  return min;
}
function createSupportsColor(stream, options = {}) {
  const level = _supportsColor(stream, {
    streamIsTTY: stream && stream.isTTY,
    ...options
  });
  return translateLevel(level);
}
var supportsColor = {
  stdout: createSupportsColor({ isTTY: tty.isatty(1) }),
  stderr: createSupportsColor({ isTTY: tty.isatty(2) })
};
var supports_color_default = supportsColor;

// node_modules/chalk/source/utilities.js
function stringReplaceAll(string, substring, replacer) {
  let index = string.indexOf(substring);
  if (index === -1) {
    return string;
  }
  const substringLength = substring.length;
  let endIndex = 0;
  let returnValue = "";
  do {
    returnValue += string.slice(endIndex, index) + substring + replacer;
    endIndex = index + substringLength;
    index = string.indexOf(substring, endIndex);
  } while (index !== -1);
  returnValue += string.slice(endIndex);
  return returnValue;
}
function stringEncaseCRLFWithFirstIndex(string, prefix, postfix, index) {
  let endIndex = 0;
  let returnValue = "";
  do {
    const gotCR = string[index - 1] === "\r";
    returnValue += string.slice(endIndex, gotCR ? index - 1 : index) + prefix + (gotCR ? "\r\n" : "\n") + postfix;
    endIndex = index + 1;
    index = string.indexOf("\n", endIndex);
  } while (index !== -1);
  returnValue += string.slice(endIndex);
  return returnValue;
}

// node_modules/chalk/source/index.js
var { stdout: stdoutColor, stderr: stderrColor } = supports_color_default;
var GENERATOR = /* @__PURE__ */ Symbol("GENERATOR");
var STYLER = /* @__PURE__ */ Symbol("STYLER");
var IS_EMPTY = /* @__PURE__ */ Symbol("IS_EMPTY");
var levelMapping = [
  "ansi",
  "ansi",
  "ansi256",
  "ansi16m"
];
var styles2 = /* @__PURE__ */ Object.create(null);
var applyOptions = (object, options = {}) => {
  if (options.level && !(Number.isInteger(options.level) && options.level >= 0 && options.level <= 3)) {
    throw new Error("The `level` option should be an integer from 0 to 3");
  }
  const colorLevel = stdoutColor ? stdoutColor.level : 0;
  object.level = options.level === void 0 ? colorLevel : options.level;
};
var Chalk = class {
  constructor(options) {
    return chalkFactory(options);
  }
};
var chalkFactory = (options) => {
  const chalk2 = (...strings) => strings.join(" ");
  applyOptions(chalk2, options);
  Object.setPrototypeOf(chalk2, createChalk.prototype);
  return chalk2;
};
function createChalk(options) {
  return chalkFactory(options);
}
Object.setPrototypeOf(createChalk.prototype, Function.prototype);
for (const [styleName, style] of Object.entries(ansi_styles_default)) {
  styles2[styleName] = {
    get() {
      const builder = createBuilder(this, createStyler(style.open, style.close, this[STYLER]), this[IS_EMPTY]);
      Object.defineProperty(this, styleName, { value: builder });
      return builder;
    }
  };
}
styles2.visible = {
  get() {
    const builder = createBuilder(this, this[STYLER], true);
    Object.defineProperty(this, "visible", { value: builder });
    return builder;
  }
};
var getModelAnsi = (model, level, type, ...arguments_) => {
  if (model === "rgb") {
    if (level === "ansi16m") {
      return ansi_styles_default[type].ansi16m(...arguments_);
    }
    if (level === "ansi256") {
      return ansi_styles_default[type].ansi256(ansi_styles_default.rgbToAnsi256(...arguments_));
    }
    return ansi_styles_default[type].ansi(ansi_styles_default.rgbToAnsi(...arguments_));
  }
  if (model === "hex") {
    return getModelAnsi("rgb", level, type, ...ansi_styles_default.hexToRgb(...arguments_));
  }
  return ansi_styles_default[type][model](...arguments_);
};
var usedModels = ["rgb", "hex", "ansi256"];
for (const model of usedModels) {
  styles2[model] = {
    get() {
      const { level } = this;
      return function(...arguments_) {
        const styler = createStyler(getModelAnsi(model, levelMapping[level], "color", ...arguments_), ansi_styles_default.color.close, this[STYLER]);
        return createBuilder(this, styler, this[IS_EMPTY]);
      };
    }
  };
  const bgModel = "bg" + model[0].toUpperCase() + model.slice(1);
  styles2[bgModel] = {
    get() {
      const { level } = this;
      return function(...arguments_) {
        const styler = createStyler(getModelAnsi(model, levelMapping[level], "bgColor", ...arguments_), ansi_styles_default.bgColor.close, this[STYLER]);
        return createBuilder(this, styler, this[IS_EMPTY]);
      };
    }
  };
}
var proto = Object.defineProperties(() => {
}, {
  ...styles2,
  level: {
    enumerable: true,
    get() {
      return this[GENERATOR].level;
    },
    set(level) {
      this[GENERATOR].level = level;
    }
  }
});
var createStyler = (open, close, parent) => {
  let openAll;
  let closeAll;
  if (parent === void 0) {
    openAll = open;
    closeAll = close;
  } else {
    openAll = parent.openAll + open;
    closeAll = close + parent.closeAll;
  }
  return {
    open,
    close,
    openAll,
    closeAll,
    parent
  };
};
var createBuilder = (self, _styler, _isEmpty) => {
  const builder = (...arguments_) => applyStyle(builder, arguments_.length === 1 ? "" + arguments_[0] : arguments_.join(" "));
  Object.setPrototypeOf(builder, proto);
  builder[GENERATOR] = self;
  builder[STYLER] = _styler;
  builder[IS_EMPTY] = _isEmpty;
  return builder;
};
var applyStyle = (self, string) => {
  if (self.level <= 0 || !string) {
    return self[IS_EMPTY] ? "" : string;
  }
  let styler = self[STYLER];
  if (styler === void 0) {
    return string;
  }
  const { openAll, closeAll } = styler;
  if (string.includes("\x1B")) {
    while (styler !== void 0) {
      string = stringReplaceAll(string, styler.close, styler.open);
      styler = styler.parent;
    }
  }
  const lfIndex = string.indexOf("\n");
  if (lfIndex !== -1) {
    string = stringEncaseCRLFWithFirstIndex(string, closeAll, openAll, lfIndex);
  }
  return openAll + string + closeAll;
};
Object.defineProperties(createChalk.prototype, styles2);
var chalk = createChalk();
var chalkStderr = createChalk({ level: stderrColor ? stderrColor.level : 0 });

// src/format/text.ts
var MAX_FRAME_LINES = 3;
var MAX_FRAME_WIDTH = 120;
var MAX_NOTICES_PER_ID = 3;
var SEVERITY_ICON = { error: "\u2716", warning: "\u26A0", note: "\u2139" };
function plural2(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function visible(ch) {
  const c = ch.codePointAt(0);
  if (c < 32) return String.fromCodePoint(9216 + c);
  if (c === 127) return "\u2421";
  if (c >= 128 && c <= 159) return "\uFFFD";
  return ch;
}
function safeLine(text) {
  return Array.from(text.replace(/\r\n|\r|\n/g, " ").replace(/\t/g, " "), visible).join("");
}
function isWide(c) {
  return c >= 4352 && c <= 4447 || c >= 11904 && c <= 42191 && c !== 12351 || c >= 44032 && c <= 55203 || c >= 63744 && c <= 64255 || c >= 65072 && c <= 65103 || c >= 65280 && c <= 65376 || c >= 65504 && c <= 65510 || c >= 127744 && c <= 128591 || c >= 129280 && c <= 129535 || c >= 131072 && c <= 262141;
}
function expandLine(text, tabWidth) {
  const cells = [];
  const columnAt = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i);
    const units = cp > 65535 ? 2 : 1;
    for (let u = 0; u < units; u++) columnAt.push(cells.length);
    const ch = String.fromCodePoint(cp);
    if (ch === "	") {
      const width = tabWidth - cells.length % tabWidth;
      for (let k = 0; k < width; k++) cells.push(" ");
    } else if (new RegExp("\\p{M}", "u").test(ch) && cells.length > 0) {
      cells[cells.length - 1] += ch;
      columnAt[columnAt.length - 1] = cells.length - 1;
    } else {
      cells.push(visible(ch));
      if (isWide(cp)) cells.push("");
    }
    i += units;
  }
  columnAt.push(cells.length);
  return { cells, columnAt };
}
function buildFrame(source, f, tabWidth) {
  const first = f.start.line;
  if (!Number.isInteger(first) || first < 1 || first > source.lineCount) return null;
  let last = f.end.line > first && f.end.column <= 1 ? f.end.line - 1 : f.end.line;
  if (!Number.isInteger(last) || last < first) last = first;
  last = Math.min(last, source.lineCount);
  const shown = Math.min(last, first + MAX_FRAME_LINES - 1);
  const lines = [];
  for (let line = first; line <= shown; line++) {
    const text = source.lineText(line);
    const { cells, columnAt } = expandLine(text, tabWidth);
    let under;
    if (line === first) {
      const at = (column) => columnAt[Math.max(0, Math.min(text.length, column - 1))];
      const start = at(f.start.column);
      const end = last === first ? at(f.end.column) : cells.length;
      under = { start, end: Math.max(end, start + 1) };
    }
    let code;
    if (cells.length <= MAX_FRAME_WIDTH) {
      code = cells.join("");
    } else {
      const anchor = under?.start ?? 0;
      const from = Math.max(0, Math.min(anchor - 20, cells.length - MAX_FRAME_WIDTH));
      const to = Math.min(cells.length, from + MAX_FRAME_WIDTH);
      const lead = from > 0 ? "\u2026" : "";
      code = lead + cells.slice(from, to).join("") + (to < cells.length ? "\u2026" : "");
      if (under) {
        const shift = lead.length - from;
        const start = Math.max(under.start, from) + shift;
        const end = Math.min(under.end, to) + shift;
        under = { start, end: Math.max(end, start + 1) };
      }
    }
    lines.push({ gutter: String(line), code, underline: under });
  }
  if (shown < last) lines.push({ gutter: "", code: "\u2026" });
  return lines;
}
function severityColor(c, severity) {
  return severity === "error" ? c.red : severity === "warning" ? c.yellow : c.blue;
}
function renderFrame(c, frame, severity) {
  const width = Math.max(...frame.map((l) => l.gutter.length));
  const out = [];
  for (const l of frame) {
    out.push(`    ${c.dim(`${l.gutter.padStart(width)} |`)} ${l.code}`.trimEnd());
    if (l.underline) {
      const pad = " ".repeat(l.underline.start);
      const carets = "^".repeat(l.underline.end - l.underline.start);
      out.push(`    ${c.dim(`${" ".repeat(width)} |`)} ${pad}${severityColor(c, severity)(carets)}`);
    }
  }
  return out;
}
function renderNotices(c, notices) {
  const groups = /* @__PURE__ */ new Map();
  for (const n of notices) {
    const g = groups.get(n.id);
    if (g) g.push(n);
    else groups.set(n.id, [n]);
  }
  const out = [];
  for (const [id, group] of groups) {
    for (const n of group.slice(0, MAX_NOTICES_PER_ID)) {
      const icon = severityColor(c, n.level)(SEVERITY_ICON[n.level] ?? "\u2022");
      const where = n.path !== void 0 ? `${safeLine(n.path)}: ` : "";
      out.push(`${icon} ${where}${safeLine(n.message)}`);
    }
    if (group.length > MAX_NOTICES_PER_ID) {
      out.push(c.dim(`  \u2026 and ${group.length - MAX_NOTICES_PER_ID} more (${safeLine(id)})`));
    }
  }
  return out;
}
function formatText(result, opts) {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const tabWidth = Math.max(1, Math.trunc(opts.tabWidth ?? 4) || 4);
  const out = [];
  const byFile = /* @__PURE__ */ new Map();
  for (const f of result.findings) {
    const list = byFile.get(f.path);
    if (list) list.push(f);
    else byFile.set(f.path, [f]);
  }
  for (const [path4, findings] of byFile) {
    out.push(c.underline(safeLine(path4)));
    const source = result.sources.get(path4);
    const posWidth = Math.max(...findings.map((f) => `${f.start.line}:${f.start.column}`.length));
    const sevWidth = Math.max(...findings.map((f) => f.severity.length));
    for (const f of findings) {
      const pos = `${f.start.line}:${f.start.column}`.padEnd(posWidth);
      const sev = severityColor(c, f.severity)(f.severity.padEnd(sevWidth));
      const rule = c.dim(`${f.ruleId} ${safeLine(f.ruleName)}`);
      out.push(`  ${c.dim(pos)}  ${sev}  ${safeLine(f.message)}  ${rule}`);
      const frame = source ? buildFrame(source, f, tabWidth) : null;
      if (frame) out.push(...renderFrame(c, frame, f.severity));
      for (const r of f.related) {
        out.push(`    ${c.dim("\u21B3")} ${safeLine(r.path)}:${r.start.line}:${r.start.column}  ${safeLine(r.message)}`);
      }
      out.push("");
    }
  }
  const s = summarize(result);
  const total = s.errors + s.warnings + s.notes;
  if (total === 0) {
    out.push(c.green(`\u2714 No problems found (${plural2(s.filesLinted, "file")} checked)`));
  } else {
    const color = s.errors > 0 ? c.red : s.warnings > 0 ? c.yellow : c.blue;
    const counts = `${plural2(s.errors, "error")}, ${plural2(s.warnings, "warning")}, ${plural2(s.notes, "note")}`;
    out.push(color.bold(`\u2716 ${plural2(total, "problem")} (${counts}) in ${plural2(s.filesWithFindings, "file")}`));
  }
  const hidden = [
    s.suppressed > 0 ? `${s.suppressed} suppressed` : "",
    s.baselined > 0 ? `${s.baselined} baselined` : ""
  ].filter((x) => x !== "");
  if (hidden.length > 0) out.push(c.dim(`  ${hidden.join(", ")} (not shown)`));
  out.push(...renderNotices(c, result.notices));
  return `${out.join("\n")}
`;
}

// src/format/index.ts
var FORMATS = ["text", "json", "sarif", "github"];
var formatters = {
  text: (result, opts) => formatText(result, { color: opts.color ?? false }),
  json: (result) => formatJson(result),
  sarif: (result, opts) => formatSarif(result, opts.sarifCategory !== void 0 ? { category: opts.sarifCategory } : {}),
  github: (result) => formatGithub(result)
};
function isFormatName(name) {
  return FORMATS.includes(name);
}
function formatResult(name, result, opts = {}) {
  return formatters[name](result, opts);
}

// src/output.ts
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname as dirname3, join as join4 } from "node:path";
function writeFileAtomic(path4, content) {
  const dir = dirname3(path4);
  mkdirSync(dir, { recursive: true });
  const tmp = join4(dir, `.${basename(path4)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path4);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

// src/settings.ts
import { resolve as resolve4 } from "node:path";
function loadSettings(input) {
  const root = input.root ?? findRoot(input.cwd);
  let config = input.config;
  if (!config) {
    const path4 = input.configPath ? resolve4(input.cwd, input.configPath) : findConfig(input.cwd, root);
    config = path4 ? loadConfig(path4, input.rules) : defaultConfig();
  }
  const cfg = config;
  const cliRules = input.cliRules ?? [];
  const ignored = compileGlobs(cfg.ignore);
  const only = input.only ? new Set(input.only) : void 0;
  const cache = /* @__PURE__ */ new Map();
  const settings = {
    paths: input.paths,
    cwd: input.cwd,
    root,
    rules: input.rules,
    rulesFor(rel) {
      let r = cache.get(rel);
      if (!r) {
        const resolved = resolveRules(cfg, input.rules, rel, cliRules);
        if (only) {
          for (const id of [...resolved.keys()]) if (!only.has(id)) resolved.delete(id);
        }
        r = resolved;
        cache.set(rel, r);
      }
      return r;
    },
    environmentOf: (rel) => environmentOf(rel, cfg),
    kindOverride: (rel) => kindOverride(rel, cfg),
    isIgnored: (rel) => ignored(rel),
    maxFileSize: input.maxFileSize ?? cfg.maxFileSize,
    inlineSuppressions: input.inlineSuppressions ?? true,
    requireReason: cfg.requireReason,
    ignoreUnknown: input.ignoreUnknown ?? false,
    ...input.forceEnvironment ? { forceEnvironment: input.forceEnvironment } : {},
    ...input.today ? { today: input.today } : {}
  };
  return { settings, config: cfg };
}

// src/cli.ts
var HELP = `prodlint ${VERSION} \u2014 catch production hazards before they ship

Usage:
  prodlint [paths...] [options]     lint files and directories (default: .)
  prodlint explain <RULE>           print a rule's documentation
  prodlint rules [--format json]    list the rules

Options:
  -f, --format <name>        text (default), json, sarif or github; repeatable
  -o, --output <file>        write the matching --format to a file (in order); default stdout
      --fail-on <level>      error (default), warning, note or none: the lowest severity that exits 1
  -c, --config <file>        configuration file (default: .prodlint.yaml found upwards to the repo root)
      --rule <ID=level>      set a rule to off, note, warning or error; repeatable
      --max-file-size <size> skip larger files (default 1MiB; e.g. 512KiB, 2MB)
      --ignore-unknown       silently skip named files of no known kind (pre-commit file lists)
      --no-inline-suppressions  ignore prodlint-disable comments (audits)
  -q, --quiet                print only findings at or above --fail-on
      --color / --no-color   force colour on or off (default: on for a TTY unless NO_COLOR is set)
  -v, --version              print the version
  -h, --help                 print this help

Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 usage or config error.
Docs: https://github.com/prodlint/prodlint#readme`;
var UsageError = class extends Error {
};
async function main(argv, io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env }) {
  try {
    return await mainInner(argv, io);
  } catch (err) {
    if (err instanceof UsageError || err instanceof ConfigError || err instanceof MissingPathError) {
      io.stderr.write(`prodlint: ${err.message.split("\n")[0]}
`);
      return 2;
    }
    io.stderr.write(`prodlint: internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}
`);
    return 2;
  }
}
async function mainInner(argv, io) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f", multiple: true },
        output: { type: "string", short: "o", multiple: true },
        "fail-on": { type: "string" },
        config: { type: "string", short: "c" },
        rule: { type: "string", multiple: true },
        "max-file-size": { type: "string" },
        "ignore-unknown": { type: "boolean" },
        "no-inline-suppressions": { type: "boolean" },
        quiet: { type: "boolean", short: "q" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        version: { type: "boolean", short: "v" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (err) {
    throw new UsageError(`${err.message.split("\n")[0]} (see prodlint --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(HELP + "\n");
    return 0;
  }
  if (values.version) {
    io.stdout.write(VERSION + "\n");
    return 0;
  }
  const formats = (values.format ?? ["text"]).map((f) => {
    if (!isFormatName(f)) throw new UsageError(`unknown --format "${f}" (expected ${FORMATS.join(", ")})`);
    return f;
  });
  const outputs = values.output ?? [];
  if (outputs.length > formats.length) throw new UsageError("more --output than --format options: give each --output its --format");
  const [command, ...rest] = positionals;
  if (command === "explain") return explain(rest, io);
  if (command === "rules") return listRules(formats[0] ?? "text", io);
  const failOn = values["fail-on"] ?? "error";
  if (!["error", "warning", "note", "none"].includes(failOn)) throw new UsageError(`unknown --fail-on "${failOn}" (expected error, warning, note or none)`);
  let maxFileSize;
  if (values["max-file-size"] !== void 0) {
    maxFileSize = parseSize(values["max-file-size"]);
    if (maxFileSize === void 0) throw new UsageError(`invalid --max-file-size "${values["max-file-size"]}" (e.g. 1048576, 512KiB, 2MB)`);
  }
  const cliRules = (values.rule ?? []).map((r) => parseRuleFlag(r, allRules));
  const { settings } = loadSettings({
    paths: positionals,
    cwd: io.cwd,
    rules: allRules,
    ...values.config ? { configPath: values.config } : {},
    cliRules,
    ...maxFileSize !== void 0 ? { maxFileSize } : {},
    inlineSuppressions: !values["no-inline-suppressions"],
    ignoreUnknown: values["ignore-unknown"] ?? false
  });
  const result = await run(settings);
  const threshold = failOn === "none" ? Infinity : SEVERITY_RANK[failOn];
  if (values.quiet && failOn !== "none") result.findings = result.findings.filter((f) => SEVERITY_RANK[f.severity] >= threshold);
  const color = values["no-color"] ? false : values.color ? true : Boolean(io.stdout.isTTY) && !io.env.NO_COLOR;
  formats.forEach((format, i) => {
    const out = formatResult(format, result, { color: outputs[i] ? false : color });
    if (outputs[i]) writeFileAtomic(resolve5(io.cwd, outputs[i]), out);
    else io.stdout.write(out);
    if (format === "github" && io.env.GITHUB_STEP_SUMMARY) appendFileSync(io.env.GITHUB_STEP_SUMMARY, formatStepSummary(result));
  });
  return result.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold) ? 1 : 0;
}
function explain(ids, io) {
  const id = ids[0];
  if (!id) throw new UsageError("explain needs a rule id or name, e.g. prodlint explain SH001");
  const rule = allRules.find((r) => r.id === id.toUpperCase() || r.name === id);
  if (!rule) throw new UsageError(`unknown rule "${id}" (prodlint rules lists them)`);
  io.stdout.write(renderRuleText(rule) + "\n");
  return 0;
}
function listRules(format, io) {
  if (format === "json") {
    const list = allRules.map((r) => ({ id: r.id, name: r.name, severity: r.severity, category: r.category, kinds: r.kinds, productionOnly: r.productionOnly, summary: r.docs.summary }));
    io.stdout.write(JSON.stringify(list, null, 2) + "\n");
    return 0;
  }
  for (const r of allRules) io.stdout.write(`${r.id}  ${r.name.padEnd(38)} ${r.severity.padEnd(8)} ${r.kinds.length === 8 ? "all kinds" : r.kinds.join(", ")}
`);
  return 0;
}
var isMain = process.argv[1] && /(^|[\\/])(cli\.(ts|js)|prodlint)$/.test(process.argv[1]);
if (isMain) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
export {
  main
};
