import { createRequire as __prodlintCreateRequire } from 'node:module';
import { fileURLToPath as __prodlintFileURLToPath } from 'node:url';
import { dirname as __prodlintDirname } from 'node:path';
const require = __prodlintCreateRequire(import.meta.url);
const __filename = __prodlintFileURLToPath(import.meta.url);
const __dirname = __prodlintDirname(__filename);
import {
  classify,
  kindByName,
  looksLikeCompose,
  parseCronLines,
  shebangInterpreter
} from "./chunk-HV3OGJTA.js";
import {
  goDurationSeconds
} from "./chunk-H77UUU3J.js";
import {
  require_picomatch
} from "./chunk-DQM4WAGX.js";
import {
  ancestors,
  contains,
  findAll,
  parseTypeScript,
  spanOf,
  unwrapExpression,
  walk as walk2
} from "./chunk-ZPAVGACF.js";
import {
  closest,
  parsePython,
  unparenthesize,
  walk
} from "./chunk-KIN4EC3C.js";
import {
  argsAfterFlags
} from "./chunk-ZUQH5UIM.js";
import {
  parseCompose,
  parseComposeYaml
} from "./chunk-WXGL4DOP.js";
import {
  loadShellParser,
  makeWord,
  parseShell,
  shellParserReady,
  splitWords,
  toFileOffsets,
  wordEmbedded,
  wordFromEmbedded
} from "./chunk-CW3KET64.js";
import {
  withParseDeadline
} from "./chunk-6UABNUEM.js";
import {
  PROBE_DEFAULTS,
  SourceFile,
  numberAt,
  probeKeySpan,
  serviceName,
  templatedIn
} from "./chunk-C64GDNEV.js";
import {
  getPair,
  getPath,
  has,
  isAlias,
  isMap,
  isMergeKey,
  isScalar,
  isSeq,
  mapEntries,
  nodeSpan,
  require_dist,
  resolve,
  scalarString,
  scalarText,
  tooDeepYamlOffset
} from "./chunk-GWBL5ZZA.js";
import {
  ALL_SECTIONS,
  INPUT_KEYWORDS,
  INPUT_PREFIXES,
  OBSOLETE_OUTPUT_VALUES,
  OUTPUT_KEYWORDS,
  OUTPUT_PREFIXES,
  SECTIONS_BY_UNIT_TYPE,
  directiveInfo,
  isExtensionName,
  isKnownSection,
  parseSystemd,
  sectionDirectives,
  unitTypeOf,
  withoutTemplateSuffix
} from "./chunk-NPQSHF4Y.js";
import {
  lastSegment,
  parentPath,
  trimTrailingSlashes
} from "./chunk-QJ2UYOSA.js";
import {
  EmbeddedText
} from "./chunk-I4SI6Z27.js";
import {
  __commonJS,
  __toESM
} from "./chunk-LCUPGGL7.js";

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
    var SLASH2 = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value2) => {
      Object.defineProperty(object, key, { value: value2 });
      return value2;
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
          if (escaped === SLASH2 && index + 2 === length) {
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
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
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
        SLASH2
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH2
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
          const anchor2 = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor2 + source;
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
          const last2 = source[source.length - 1];
          if (!last2 || last2 === TRAILING_WILDCARD || last2 === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last2 === SLASH2 ? `${source}$` : `${source}(?=$|\\/$)`;
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
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
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
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
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
      if (body[body.length - 1] === SLASH2) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last2 = prefix[prefix.length - 1];
      return last2 === TRAILING_WILDCARD ? `${head}$` : last2 === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH2);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path) => {
      const end = path.length - 1;
      const index = path.lastIndexOf(
        SLASH2,
        path[end] === SLASH2 ? end - 1 : end
      );
      return index < 0 ? path : path.slice(index + 1);
    };
    var parentOf3 = (path) => {
      if (path.charCodeAt(0) === SLASH_CODE || path.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path.split(SLASH2).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH2) + SLASH2 : EMPTY;
      }
      const end = path.length - 1;
      const cut = path.lastIndexOf(
        SLASH2,
        path.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark2, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark2;
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
    var createRule = (pattern, mark2, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last2 = body[body.length - 1];
      if (last2 === SPACE || stripLineEnd && (last2 === "\r" || last2 === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark2,
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
      testLiteral(path) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH2 ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path)) {
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
      test(path, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path) : path;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path
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
    var checkPath = (path, originalPath, doThrow) => {
      if (!isString(path)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path) => {
      const first = path.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path.length === 1) {
        return true;
      }
      const second = path.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path.length === 2 || path.charCodeAt(2) === SLASH_CODE;
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
      _test(originalPath, cache9, path) {
        checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path ? this._t(path, cache9) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path = convertPath(target);
        if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path);
        }
        const dir = this._t(path, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal2 = this._rules.testLiteral(path);
        return literal2.ignored || literal2.unignored ? literal2 : dir;
      }
      _t(path, cache9) {
        if (path in cache9) {
          return cache9[path];
        }
        const parentPath2 = parentOf3(path);
        const parent = parentPath2 ? this._t(parentPath2, cache9) : UNDEFINED;
        return cache9[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, convertPath(path)).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, convertPath(path));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/types.ts
var KINDS = [
  "shell",
  "dockerfile",
  "compose",
  "systemd",
  "procfile",
  "packagejson",
  "python",
  "typescript",
  "kubernetes",
  "cron",
  // Platform config files (issue 17): src/deploy/{railway,fly,render,heroku}.ts.
  "railway",
  "fly",
  "render",
  "heroku"
];
var PLATFORM_KINDS = /* @__PURE__ */ new Set(["railway", "fly", "render", "heroku"]);
var CARRIER_KINDS = /* @__PURE__ */ new Set(["dockerfile", "compose", "systemd", "procfile", "packagejson", "kubernetes", "cron", ...PLATFORM_KINDS]);
var SEVERITY_RANK = { error: 3, warning: 2, note: 1 };

// src/compose/sets.ts
import { join, posix } from "node:path";

// src/disk.ts
import { createHash } from "node:crypto";
import { existsSync, readdirSync, statSync } from "node:fs";

// src/read-text.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
var OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
var BINARY_SNIFF_BYTES = 8192;
var standIns = /* @__PURE__ */ new Map();
function setStandIn(abs, bytes) {
  standIns.set(abs, bytes);
}
function readText(abs, maxBytes) {
  const standIn = standIns.get(abs);
  if (standIn !== void 0) return maxBytes !== void 0 && standIn.length > maxBytes ? oversize(standIn.length, maxBytes) : decodeText(standIn);
  let fd;
  try {
    fd = openSync(abs, OPEN_FLAGS);
  } catch (err) {
    return { skip: "unreadable", message: `could not be read: ${codeOf(err)}` };
  }
  let buf;
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { skip: "unreadable", message: "could not be read: not a regular file" };
    if (maxBytes !== void 0 && st.size > maxBytes) return oversize(st.size, maxBytes);
    buf = readAll(fd, st.size);
  } catch (err) {
    return { skip: "unreadable", message: `could not be read: ${codeOf(err)}` };
  } finally {
    closeSync(fd);
  }
  return decodeText(buf);
}
function readAll(fd, size) {
  const buf = Buffer.allocUnsafe(size);
  let len = 0;
  for (let n; len < size && (n = readSync(fd, buf, len, size - len, null)) > 0; ) len += n;
  return len === size ? buf : buf.subarray(0, len);
}
function decodeText(buf) {
  if (buf.length >= 2 && (buf[0] === 255 && buf[1] === 254 || buf[0] === 254 && buf[1] === 255)) {
    const le = buf[0] === 255;
    const body = buf.subarray(2, 2 + (buf.length - 2 & ~1));
    return { text: (le ? body : Buffer.from(body).swap16()).toString("utf16le") };
  }
  if (buf.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { skip: "binary", message: "skipped: binary file" };
  return { text: buf.toString("utf8") };
}
function oversize(size, maxBytes) {
  return { skip: "size", message: `skipped: ${size} bytes is over the ${maxBytes}-byte limit (--max-file-size)` };
}
function codeOf(err) {
  const code = err?.code;
  if (typeof code === "string") return code;
  return err instanceof Error ? err.message.split("\n")[0] : String(err);
}

// src/disk.ts
var recordings = /* @__PURE__ */ new Set();
function recordDisk() {
  const inputs = /* @__PURE__ */ new Map();
  recordings.add(inputs);
  return () => {
    recordings.delete(inputs);
    return [...inputs.values()];
  };
}
function note(op, target, digest) {
  if (recordings.size === 0) return;
  const key = `${op}\0${target}`;
  for (const r of recordings) if (!r.has(key)) r.set(key, [op, target, digest]);
}
function noteExists(abs, yes) {
  note("exists", abs, digestExists(yes));
}
function diskExists(abs) {
  const yes = existsSync(abs);
  note("exists", abs, digestExists(yes));
  return yes;
}
function diskList(abs) {
  let entries2;
  try {
    entries2 = readdirSync(abs, { withFileTypes: true });
  } catch {
    entries2 = void 0;
  }
  if (recordings.size) note("list", abs, digestList(abs));
  return entries2;
}
function diskStat(abs) {
  const st = statOf(abs);
  note("stat", abs, digestStat(st));
  return st;
}
function statOf(abs) {
  try {
    const s = statSync(abs, { throwIfNoEntry: false });
    return s ? { isFile: s.isFile(), isDirectory: s.isDirectory(), size: s.size } : void 0;
  } catch {
    return void 0;
  }
}
function diskRead(abs, maxBytes) {
  const r = readText(abs, maxBytes);
  note("read", maxBytes === void 0 ? abs : `${abs}\0${maxBytes}`, digestRead(r));
  return r;
}
function diskInputsHold(inputs) {
  for (const input of inputs) {
    if (!Array.isArray(input) || input.length !== 3 || typeof input[1] !== "string" || typeof input[2] !== "string") return false;
    const [op, target, digest] = input;
    if (answer(op, target) !== digest) return false;
  }
  return true;
}
function answer(op, target) {
  switch (op) {
    case "exists":
      return digestExists(existsSync(target));
    case "list":
      return digestList(target);
    case "stat":
      return digestStat(statOf(target));
    case "read": {
      const [abs, max] = target.split("\0");
      return digestRead(readText(abs, max === void 0 ? void 0 : Number(max)));
    }
    default:
      return void 0;
  }
}
var digestExists = (yes) => yes ? "y" : "n";
function digestList(abs) {
  try {
    const s = statSync(abs, { throwIfNoEntry: false });
    return s?.isDirectory() ? `${s.ino}:${s.mtimeMs}` : "-";
  } catch {
    return "-";
  }
}
var digestStat = (st) => st ? `${st.isFile ? "f" : st.isDirectory ? "d" : "o"}${st.size}` : "-";
function digestRead(r) {
  return "text" in r ? createHash("sha1").update(r.text).digest("hex") : `-${r.skip}`;
}

// src/compose/dotenv.ts
function parseDotenv(text) {
  const out = /* @__PURE__ */ new Map();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    out.set(m[1], value(m[2]));
  }
  return out;
}
function value(rest) {
  const q = rest[0];
  if (q === "'" || q === '"') {
    const close = rest.indexOf(q, 1);
    const inner = close === -1 ? rest.slice(1) : rest.slice(1, close);
    return q === '"' ? inner.replace(/\\n/g, "\n").replace(/\\(["\\])/g, "$1") : inner;
  }
  const hash = rest.search(/\s#/);
  return (hash === -1 ? rest : rest.slice(0, hash)).trim();
}
function composeFileList(env) {
  const list = env.get("COMPOSE_FILE");
  if (!list) return [];
  const sep4 = env.get("COMPOSE_PATH_SEPARATOR") || ":";
  return list.split(sep4).map((p) => p.trim()).filter(Boolean);
}

// src/compose/merged.ts
var import_yaml = __toESM(require_dist(), 1);
var origins = /* @__PURE__ */ new WeakMap();
function originOf(node) {
  return node !== null && typeof node === "object" ? origins.get(node) : void 0;
}
var REPLACED = /* @__PURE__ */ new Set(["command", "entrypoint", "healthcheck.test"]);
var MAX_DEPTH = 8;
var NODE_BUDGET = 2e4;
function mergeLayers(layers, drop = []) {
  const yaml = new import_yaml.Document();
  const budget = { left: NODE_BUDGET };
  const parts = layers.map((l) => ({ yaml: l.yaml, node: resolve(l.yaml, l.node), source: l.source }));
  const merged = build(parts, "", 0, budget);
  const node = isMap(merged) ? merged : new import_yaml.YAMLMap();
  if (drop.length) node.items = node.items.filter((p) => !(isScalar(p.key) && drop.includes(String(p.key.value))));
  yaml.contents = node;
  return { yaml, node };
}
function tagOf(node) {
  return node !== null && typeof node === "object" ? node.tag : void 0;
}
function survivors(parts, path) {
  let acc = [];
  for (const p of parts) {
    const tag = tagOf(p.node);
    if (tag === "!reset") {
      acc = [];
      continue;
    }
    const last2 = acc[acc.length - 1];
    const mergeable = last2 !== void 0 && tag !== "!override" && (isMap(p.node) && acc.every((a) => isMap(a.node) || path === "depends_on" && isSeq(a.node)) || isSeq(p.node) && !REPLACED.has(path) && acc.every((a) => isSeq(a.node) || path === "depends_on" && isMap(a.node))) && !(path === "logging" && driverConflict(acc, p));
    acc = mergeable ? [...acc, p] : [p];
  }
  return acc;
}
function driverConflict(acc, p) {
  const driver = (x) => {
    const pair = entries(x.yaml, x.node, 0).get("driver");
    const v = pair ? resolve(x.yaml, pair.value) : void 0;
    return isScalar(v) ? String(v.value) : void 0;
  };
  const next = driver(p);
  if (next === void 0) return false;
  return acc.some((a) => {
    const d = driver(a);
    return d !== void 0 && d !== next;
  });
}
function build(parts, path, depth, budget) {
  const live = survivors(parts, path);
  const last2 = live[live.length - 1];
  if (!last2) return void 0;
  budget.left--;
  if (depth > MAX_DEPTH || budget.left <= 0) return mark(last2.node, last2.source);
  if (live.some((p) => isMap(p.node))) return buildMap(live, path, depth, budget);
  if (isSeq(last2.node)) {
    const seq = new import_yaml.YAMLSeq();
    for (const p of live) {
      for (const raw of p.node.items) {
        const item = resolve(p.yaml, raw);
        seq.items.push(isMap(item) || isSeq(item) ? build([{ yaml: p.yaml, node: item, source: p.source }], `${path}[]`, depth + 1, budget) : mark(item, p.source));
      }
    }
    seq.range = last2.node.range;
    return mark(seq, last2.source);
  }
  return mark(last2.node, last2.source);
}
function buildMap(live, path, depth, budget) {
  const byKey = /* @__PURE__ */ new Map();
  for (const p of live) {
    if (isSeq(p.node)) {
      for (const raw of p.node.items) {
        const item = resolve(p.yaml, raw);
        if (!isScalar(item)) continue;
        const k = String(item.value);
        const slot = byKey.get(k) ?? { key: item, parts: [] };
        slot.key = item;
        slot.parts.push({ yaml: p.yaml, node: null, source: p.source });
        byKey.set(k, slot);
        origins.set(item, p.source);
      }
      continue;
    }
    for (const [k, pair] of entries(p.yaml, p.node, 0)) {
      const slot = byKey.get(k) ?? { key: pair.key, parts: [] };
      slot.key = pair.key;
      slot.parts.push({ yaml: p.yaml, node: resolve(p.yaml, pair.value), source: p.source });
      byKey.set(k, slot);
      if (pair.key && typeof pair.key === "object") origins.set(pair.key, p.source);
    }
  }
  const map = new import_yaml.YAMLMap();
  for (const [k, slot] of byKey) {
    const value2 = build(slot.parts, path ? `${path}.${k}` : k, depth + 1, budget);
    if (value2 === void 0) continue;
    map.items.push(new import_yaml.Pair(slot.key, value2));
  }
  const last2 = live[live.length - 1];
  map.range = last2.node.range;
  return mark(map, last2.source);
}
function entries(yaml, node, depth) {
  const out = /* @__PURE__ */ new Map();
  const m = resolve(yaml, node);
  if (!isMap(m) || depth > 10) return out;
  for (const item of m.items) {
    if (isScalar(item.key) && !isMergeKey(item.key) && !out.has(String(item.key.value))) out.set(String(item.key.value), item);
  }
  for (const item of m.items) {
    if (!isMergeKey(item.key)) continue;
    const sources = isSeq(item.value) ? item.value.items : [item.value];
    for (const s of sources) {
      for (const [k, v] of entries(yaml, s, depth + 1)) if (!out.has(k)) out.set(k, v);
    }
  }
  return out;
}
function mark(node, source) {
  if (node !== null && typeof node === "object" && !origins.has(node)) origins.set(node, source);
  return node;
}

// src/multimap.ts
function appendTo(map, key, value2) {
  const list = map.get(key);
  if (list) list.push(value2);
  else map.set(key, [value2]);
}

// src/compose/sets.ts
var DEFAULT_NAMES = ["compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml"];
var OVERRIDE_NAMES = ["compose.override.yml", "compose.override.yaml", "docker-compose.override.yml", "docker-compose.override.yaml"];
var FRAGMENT_NAME = /^(docker-)?compose[.-][^/]+\.ya?ml$/i;
var YAML_NAME = /\.ya?ml$/i;
var MAX_CHAIN = 10;
var cache = /* @__PURE__ */ new WeakMap();
function composeSets(model) {
  let sets = cache.get(model);
  if (!sets) cache.set(model, sets = new Builder(model).build());
  return sets;
}
var Builder = class {
  constructor(model) {
    this.model = model;
  }
  model;
  units = /* @__PURE__ */ new Map();
  setByFile = /* @__PURE__ */ new Map();
  includes = /* @__PURE__ */ new Map();
  judgedCache = /* @__PURE__ */ new Map();
  build() {
    const composeFiles = this.model.files.filter((f) => f.kind === "compose" && f.doc).map((f) => f.rel);
    if (!composeFiles.length) return { judged: () => [], lookup: () => void 0, setOf: () => void 0 };
    const explicit = [];
    const defaults = [];
    const dirs = /* @__PURE__ */ new Set();
    for (const rel of composeFiles) dirs.add(posix.dirname(rel));
    for (const f of this.model.files) {
      if (YAML_NAME.test(f.rel) && posix.basename(posix.dirname(f.rel)) === "overrides") dirs.add(posix.dirname(posix.dirname(f.rel)));
    }
    for (const dir of [...dirs].sort()) {
      const listed = this.composeFileEnv(dir);
      let set;
      if (listed.length) set = { form: "COMPOSE_FILE", files: listed, alternatives: [] };
      else {
        const base = DEFAULT_NAMES.map((n) => join2(dir, n)).find((r) => this.load(r, "production"));
        if (base) {
          const override = OVERRIDE_NAMES.map((n) => join2(dir, n)).find((r) => this.load(r, "development"));
          set = { form: "default", files: override ? [base, override] : [base], alternatives: [] };
        }
      }
      if (!set) continue;
      set.alternatives = this.fragments(dir, set);
      (set.form === "COMPOSE_FILE" ? explicit : defaults).push(set);
    }
    for (const rel of composeFiles) {
      for (const entry of this.includeEntries(rel)) {
        if (entry.length > 1) explicit.push({ form: "include", files: entry, alternatives: [] });
      }
    }
    for (const set of [...explicit, ...defaults]) {
      set.files = set.files.filter((r, i) => set.files.indexOf(r) === i && this.load(r, "production"));
      set.alternatives = set.alternatives.filter((r) => !set.files.includes(r));
      for (const r of [...set.files, ...set.alternatives]) if (!this.setByFile.has(r)) this.setByFile.set(r, set);
    }
    return {
      judged: (rel) => this.judged(rel),
      lookup: (rel, name) => this.lookup(rel, name, /* @__PURE__ */ new Set()),
      setOf: (rel) => this.setFor(rel)
    };
  }
  setFor(rel) {
    const set = this.setByFile.get(rel);
    if (set) return set;
    return this.load(rel, "production") ? { form: "single", files: [rel], alternatives: [] } : void 0;
  }
  /** `COMPOSE_FILE` from `dir/.env`, as repository-relative paths. */
  composeFileEnv(dir) {
    const rel = join2(dir, ".env");
    const known = this.model.byPath.get(rel);
    let text = known?.text ?? known?.source?.text;
    if (text === void 0) {
      if (!this.model.exists(rel)) return [];
      const r = diskRead(join(this.model.root, rel), 256 * 1024);
      if (!("text" in r)) return [];
      text = r.text;
    }
    return composeFileList(parseDotenv(text)).filter((p) => !p.includes("$") && !posix.isAbsolute(p)).map((p) => join2(dir, p)).filter((p) => p !== void 0 && !p.startsWith("../"));
  }
  /** YAML files of the run by the directory whose base they may be fragments of. */
  candidates;
  /** Files of `dir` (and `dir/overrides/`) that are fragments of the set's first file. */
  fragments(dir, set) {
    const base = this.load(set.files[0], "production");
    if (!base) return [];
    if (!this.candidates) {
      this.candidates = /* @__PURE__ */ new Map();
      for (const f of this.model.files) {
        if (!YAML_NAME.test(f.rel)) continue;
        const parent = posix.dirname(f.rel);
        const name = posix.basename(f.rel);
        if (posix.basename(parent) === "overrides") appendTo(this.candidates, posix.dirname(parent), f.rel);
        else if (FRAGMENT_NAME.test(name) && !OVERRIDE_NAMES.includes(name.toLowerCase())) appendTo(this.candidates, parent, f.rel);
      }
    }
    const out = [];
    for (const rel of this.candidates.get(dir) ?? []) {
      if (set.files.includes(rel) || this.extendsTargets().has(rel)) continue;
      const unit = this.load(rel, this.model.byPath.get(rel)?.environment ?? "production");
      if (!unit || !unit.byName.size) continue;
      const names = [...unit.byName.keys()];
      const shared = names.filter((n) => base.byName.has(n));
      if (shared.length === names.length || shared.length && shared.every((n) => !runnable(unit, unit.byName.get(n)))) out.push(rel);
    }
    return out.sort();
  }
  targets;
  bases;
  /** Every file some compose file of the run names in `extends: {file: …}`. */
  extendsTargets() {
    if (this.targets) return this.targets;
    this.targets = /* @__PURE__ */ new Set();
    this.bases = /* @__PURE__ */ new Set();
    for (const f of this.model.files) {
      if (f.kind !== "compose" || !f.doc) continue;
      const { yaml, services } = f.doc.tree;
      for (const s of services) {
        const file = scalarString(getPath(yaml, s.node, "extends.file"));
        if (!file || file.includes("$") || posix.isAbsolute(file)) continue;
        const target = join2(posix.dirname(f.rel), file);
        this.targets.add(target);
        if (f.environment === "production") this.bases.add(`${target}\0${scalarString(getPath(yaml, s.node, "extends.service")) ?? ""}`);
      }
    }
    return this.targets;
  }
  /**
   * A service a production file extends from another file: a base, judged (merged) where it is
   * extended, not again on its own (`docker-compose.base.yml` holding what `docker-compose.yml`
   * extends).
   */
  isExtendedBase(rel, name) {
    this.extendsTargets();
    return this.bases.has(`${rel}\0${name}`);
  }
  /** Each `include:` entry of a file: its path or path list, repository-relative. */
  includeEntries(rel) {
    const unit = this.load(rel, "production");
    if (!unit) return [];
    const { yaml } = unit.doc.tree;
    const list = resolve(yaml, getPath(yaml, yaml.contents, "include"));
    if (!isSeq(list)) return [];
    const dir = posix.dirname(rel);
    const out = [];
    for (const raw of list.items) {
      const item = resolve(yaml, raw);
      let paths = [];
      if (isScalar(item)) paths = [item];
      else if (isMap(item)) {
        const p = getPath(yaml, item, "path");
        paths = isSeq(p) ? p.items.map((i) => resolve(yaml, i)) : [p];
      }
      const files = paths.map((p) => scalarString(p)).filter((p) => !!p && !p.includes("$") && !posix.isAbsolute(p) && !/^[a-z]+:\/\//i.test(p)).map((p) => join2(dir, p)).filter((p) => p !== void 0 && !p.startsWith("../"));
      if (files.length) out.push(files);
    }
    this.includes.set(rel, out.map((e) => e[0]));
    return out;
  }
  /** A compose file by repository-relative path: from the run, else from the disk. */
  load(rel, environment) {
    const hit = this.units.get(rel);
    if (hit !== void 0) return hit ?? void 0;
    let unit = null;
    const f = this.model.byPath.get(rel);
    if (f?.kind === "compose") {
      if (f.doc) unit = unitOf(rel, f.doc, f.environment);
    } else if (YAML_NAME.test(rel) && (f || this.model.exists(rel))) {
      let text = f?.text ?? f?.source?.text;
      if (text === void 0) {
        const r = diskRead(join(this.model.root, rel));
        text = "text" in r ? r.text : void 0;
      }
      if (text !== void 0 && /^services:/m.test(text)) {
        try {
          const doc = parseCompose(new SourceFile(rel, join(this.model.root, rel), text), f?.environment ?? environment);
          if (!doc.parseErrors.length) unit = unitOf(rel, doc, doc.environment);
        } catch {
          unit = null;
        }
      }
    }
    this.units.set(rel, unit);
    return unit ?? void 0;
  }
  judged(rel) {
    const hit = this.judgedCache.get(rel);
    if (hit) return hit;
    const out = [];
    this.judgedCache.set(rel, out);
    const unit = this.load(rel, "production");
    if (!unit) return out;
    const { sequence, alternatives } = this.members(rel, unit.environment);
    const at = sequence.indexOf(rel);
    for (const service of unit.doc.tree.services) {
      if (unit.environment === "production" && this.isExtendedBase(rel, service.name)) continue;
      const defines = (r) => this.load(r, "production")?.byName.has(service.name);
      let later;
      if (at === -1) {
        if (sequence.some(defines)) continue;
        later = [];
      } else {
        if (sequence.slice(0, at).some(defines)) continue;
        later = [...sequence.slice(at + 1), ...alternatives];
      }
      const judged = this.merge(unit, service, later);
      const { node } = judged.service;
      if (!judged.unresolved && getPath(judged.yaml, node, "image") === void 0 && getPath(judged.yaml, node, "build") === void 0) continue;
      out.push(judged);
    }
    return out;
  }
  /**
   * The files of `rel`'s set that take part in its judgment: production ones (a development file
   * is judged alone). `sequence` holds `rel` unless it is one of the alternatives.
   */
  members(rel, environment) {
    const set = this.setFor(rel);
    if (!set || environment === "development") return { sequence: [rel], alternatives: [] };
    const prod = (r) => r === rel || this.load(r, "production")?.environment === "production";
    return { sequence: set.files.filter(prod), alternatives: set.alternatives.filter(prod) };
  }
  merge(unit, service, later) {
    const layers = [];
    const files = [];
    const definitions = [];
    let unresolved = false;
    const add = (u, s) => {
      const chain = this.extendsChain(u, s, /* @__PURE__ */ new Set(), 0);
      unresolved ||= chain.unresolved;
      for (const l of chain.layers) {
        layers.push(l.layer);
        definitions.push({ source: l.layer.source, keySpan: l.keySpan });
        if (!files.includes(l.rel)) files.push(l.rel);
      }
    };
    add(unit, service);
    for (const r of later) {
      const u = this.load(r, "production");
      const s = u?.byName.get(service.name);
      if (u && s) add(u, s);
    }
    const merged = mergeLayers(layers, unresolved ? [] : ["extends"]);
    const mergedService = { name: service.name, keySpan: service.keySpan, span: service.span, node: merged.node };
    return {
      name: service.name,
      rel: unit.rel,
      source: unit.doc.source,
      own: service,
      service: mergedService,
      yaml: merged.yaml,
      doc: { ...unit.doc, tree: { yaml: merged.yaml, services: [mergedService] } },
      files,
      definitions,
      unresolved
    };
  }
  /** The definitions `extends:` pulls in, base first, ending with the service itself. */
  extendsChain(unit, service, seen, depth) {
    const own = { layer: { yaml: unit.doc.tree.yaml, node: service.node, source: unit.doc.source }, rel: unit.rel, keySpan: service.keySpan };
    const { yaml } = unit.doc.tree;
    const ext = getPath(yaml, service.node, "extends");
    if (ext === void 0) return { layers: [own], unresolved: false };
    let target = unit;
    let name = scalarString(ext);
    if (isMap(ext)) {
      name = scalarString(getPath(yaml, ext, "service"));
      const file = scalarString(getPath(yaml, ext, "file"));
      if (file) {
        const rel = !file.includes("$") && !posix.isAbsolute(file) ? join2(posix.dirname(unit.rel), file) : void 0;
        target = rel && !rel.startsWith("../") ? this.load(rel, unit.environment) : void 0;
      }
    }
    const key = `${unit.rel}\0${service.name}`;
    const base = name ? target?.byName.get(name) : void 0;
    if (!target || !base || seen.has(key) || depth >= MAX_CHAIN) return { layers: [own], unresolved: true };
    const inner = this.extendsChain(target, base, /* @__PURE__ */ new Set([...seen, key]), depth + 1);
    return { layers: [...inner.layers, own], unresolved: inner.unresolved };
  }
  lookup(rel, name, seen) {
    if (seen.has(rel)) return void 0;
    seen.add(rel);
    const unit = this.load(rel, "production");
    if (!unit) return void 0;
    const { sequence, alternatives } = this.members(rel, unit.environment);
    const files = alternatives.includes(rel) ? [...sequence, rel] : sequence;
    for (const r of files) {
      const hit = this.judged(r).find((j) => j.name === name);
      if (hit) return hit;
    }
    const own = unit.byName.get(name);
    if (own) return this.merge(unit, own, []);
    for (const r of files) {
      if (!this.includes.has(r)) this.includeEntries(r);
      for (const inc of this.includes.get(r) ?? []) {
        const hit = this.lookup(inc, name, seen);
        if (hit) return hit;
      }
    }
    return void 0;
  }
};
function runnable(unit, service) {
  const { yaml } = unit.doc.tree;
  return ["image", "build", "extends"].some((k) => getPath(yaml, service.node, k) !== void 0);
}
function unitOf(rel, doc, environment) {
  return { rel, doc, environment, byName: new Map(doc.tree.services.map((s) => [s.name, s])) };
}
function join2(dir, rel) {
  const p = posix.normalize(posix.join(dir || ".", rel));
  return p.startsWith("./") ? p.slice(2) : p;
}
function setContext(j) {
  if (j.files.length <= 1 && j.definitions.length <= 1) return { set: "", related: [] };
  const related = j.definitions.filter((d) => !(d.source.path === j.rel && d.keySpan.start === j.service.keySpan.start)).map((d) => ({ source: d.source, span: d.keySpan, message: `service "${j.name}" is also defined here (merged)` }));
  const dir = posix.dirname(j.rel);
  const names = j.files.map((f) => posix.relative(dir, f) || posix.basename(f));
  const set = j.files.length > 1 ? ` (merged from ${names.join(", ")})` : " (with the service it extends)";
  return { set, related };
}

// src/docker/migrations.ts
import { posix as posix3 } from "node:path";

// src/shell/unwrap.ts
function baseName(value2) {
  return value2 === null || value2 === void 0 ? void 0 : lastSegment(value2);
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
function skipOptions(words2, i, withValue = []) {
  while (i < words2.length) {
    const v = words2[i].word.value;
    if (v === "--") return i + 1;
    if (v === null || !v.startsWith("-") || v === "-") return i;
    const name = v.includes("=") ? v.slice(0, v.indexOf("=")) : v;
    i += withValue.includes(name) && !v.includes("=") ? 2 : 1;
  }
  return i;
}
var MAX_LAYERS = 8;
function unwrap(words2) {
  let argv = words2;
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
  const words2 = cmd.argv.slice(1 + (opts.from ?? 0));
  for (const w of words2) {
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

// src/docker/contexts.ts
import { join as join3, posix as posix2 } from "node:path";

// src/docker/ignore-matcher.ts
var SLASH = 47;
var LIT = 0;
var NOT_SLASH = 1;
var CLASS = 2;
var STAR = 3;
var DIRS = 4;
var REST = 5;
var DOT = 6;
var SPLIT = 7;
var MATCH = 8;
var SIZE = [1, 1, 1, 2, 4, 2];
function compileIgnorePattern(pattern) {
  const tokens = tokenize(pattern);
  return tokens ? new Automaton(tokens) : void 0;
}
function tokenize(pattern) {
  const kind = new Uint8Array(pattern.length);
  const arg = new Int32Array(pattern.length);
  const classes = [];
  const classIndex = /* @__PURE__ */ new Map();
  let n = 0;
  const push2 = (k, a = 0) => {
    kind[n] = k;
    arg[n] = a;
    n++;
  };
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "*") {
      if (pattern[i + 1] === "*") {
        i++;
        if (pattern[i + 1] === "/") i++;
        if (i + 1 >= pattern.length) push2(REST);
        else if (n === 0 || kind[n - 1] !== DIRS) push2(DIRS);
      } else {
        push2(STAR);
      }
    } else if (ch === "?") {
      push2(NOT_SLASH);
    } else if (ch === "\\") {
      if (i + 1 >= pattern.length) return void 0;
      push2(LIT, pattern.charCodeAt(i + 1));
      i++;
    } else if (ch === "[") {
      const close = pattern.indexOf("]", i + 2);
      if (close === -1) return void 0;
      const body = pattern.slice(i + 1, close);
      let index = classIndex.get(body);
      if (index === void 0) {
        try {
          classes.push(new RegExp(`^(?:[${body}])$`));
        } catch {
          return void 0;
        }
        index = classes.length - 1;
        classIndex.set(body, index);
      }
      push2(CLASS, index);
      i = close;
    } else {
      push2(LIT, pattern.charCodeAt(i));
    }
  }
  return { kind, arg, count: n, classes };
}
var Automaton = class {
  kind;
  arg;
  next;
  alt;
  classes;
  matchState;
  /** Code units any match needs: a shorter path (or prefix) cannot match. */
  minLength;
  /** Per-state stamp of the closure that last added it, so a closure adds each state once. */
  seen;
  stamp = 0;
  constructor(tokens) {
    let size = 1;
    for (let t = 0; t < tokens.count; t++) size += SIZE[tokens.kind[t]];
    this.kind = new Uint8Array(size);
    this.arg = new Int32Array(size);
    this.next = new Int32Array(size);
    this.alt = new Int32Array(size);
    this.seen = new Int32Array(size);
    this.classes = tokens.classes;
    let id = 0;
    let minLength = 0;
    const set = (at, kind, next, arg = 0, alt = 0) => {
      this.kind[at] = kind;
      this.next[at] = next;
      this.arg[at] = arg;
      this.alt[at] = alt;
    };
    for (let t = 0; t < tokens.count; t++) {
      const k = tokens.kind[t];
      const after = id + SIZE[k];
      if (k === LIT || k === NOT_SLASH || k === CLASS) {
        set(id, k, after, tokens.arg[t]);
        minLength++;
      } else if (k === STAR) {
        set(id, SPLIT, id + 1, 0, after);
        set(id + 1, NOT_SLASH, id);
      } else if (k === REST) {
        set(id, SPLIT, id + 1, 0, after);
        set(id + 1, DOT, id);
      } else {
        set(id, SPLIT, id + 1, 0, after);
        set(id + 1, SPLIT, id + 2, 0, id + 3);
        set(id + 2, DOT, id + 1);
        set(id + 3, LIT, after, SLASH);
      }
      id = after;
    }
    set(id, MATCH, id);
    this.matchState = id;
    this.minLength = minLength;
  }
  test(path) {
    return this.run(path, false);
  }
  testPathOrParent(path) {
    return this.run(path, true);
  }
  run(path, parents) {
    if (path.length < this.minLength) return false;
    let current = this.closure([0]);
    for (let i = 0; i < path.length; i++) {
      const c = path.charCodeAt(i);
      if (parents && c === SLASH && current.includes(this.matchState)) return true;
      const moved = [];
      for (const id of current) if (this.consumes(id, c, path, i)) moved.push(this.next[id]);
      if (moved.length === 0) return false;
      current = this.closure(moved);
    }
    return current.includes(this.matchState);
  }
  consumes(id, c, path, i) {
    switch (this.kind[id]) {
      case LIT:
        return c === this.arg[id];
      case NOT_SLASH:
        return c !== SLASH;
      case DOT:
        return c !== 10 && c !== 13 && c !== 8232 && c !== 8233;
      case CLASS:
        return this.classes[this.arg[id]].test(path[i]);
      default:
        return false;
    }
  }
  /** The consuming and accepting states reachable from `from` through splits, each once. */
  closure(from) {
    if (this.stamp === 2147483647) {
      this.seen.fill(0);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    const out = [];
    const stack = from.slice().reverse();
    while (stack.length) {
      const id = stack.pop();
      if (this.seen[id] === stamp) continue;
      this.seen[id] = stamp;
      if (this.kind[id] === SPLIT) stack.push(this.alt[id], this.next[id]);
      else out.push(id);
    }
    return out;
  }
};

// src/docker/dockerignore.ts
function parseDockerignore(text) {
  const out = [];
  const body = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  const bom = body === text ? 0 : 1;
  let offset = 0;
  const lines = body.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const rawLine = lines[i];
    const lineStart = offset + bom;
    offset += rawLine.length + 1;
    if (rawLine.startsWith("#")) continue;
    let pattern = rawLine.trim();
    if (!pattern) continue;
    const lead = rawLine.indexOf(pattern);
    const span = { start: lineStart + lead, end: lineStart + lead + pattern.length };
    const negated = pattern.startsWith("!");
    if (negated) pattern = pattern.slice(1).trim();
    if (!pattern) continue;
    pattern = cleanPath(pattern);
    if (pattern.length > 1 && pattern.startsWith("/")) pattern = pattern.slice(1);
    const matcher = compileIgnorePattern(pattern);
    if (!matcher) continue;
    out.push({ pattern, negated, line: i + 1, span, matcher });
  }
  return out;
}
function matchIgnore(patterns, path) {
  const file = cleanPath(path);
  if (file === "." || file === "") return { excluded: false };
  let result = { excluded: false };
  for (const p of patterns) {
    if (p.matcher.testPathOrParent(file)) result = { excluded: !p.negated, by: p };
  }
  return result;
}
function cleanPath(path) {
  if (path === "") return ".";
  const rooted = path.startsWith("/");
  const out = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (out.length && out[out.length - 1] !== "..") out.pop();
      else if (!rooted) out.push("..");
      continue;
    }
    out.push(part);
  }
  const joined = out.join("/");
  if (rooted) return "/" + joined;
  return joined || ".";
}

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
  const words2 = [];
  ws();
  if (t[i] === "]") return trailingOk(t, i + 1) ? words2 : void 0;
  for (; ; ) {
    ws();
    if (t[i] !== '"') return void 0;
    const start = i;
    i++;
    let value2 = "";
    const offsets = [];
    while (i < t.length && t[i] !== '"') {
      if (t[i] === "\\") {
        const e = t[i + 1];
        if (e === void 0) return void 0;
        if (e === "u") {
          const hex = t.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) return void 0;
          value2 += String.fromCharCode(parseInt(hex, 16));
          offsets.push(i);
          i += 6;
          continue;
        }
        const decoded2 = ESCAPES[e];
        if (decoded2 === void 0) return void 0;
        value2 += decoded2;
        offsets.push(i + 1);
        i += 2;
        continue;
      }
      if (t.charCodeAt(i) < 32) return void 0;
      value2 += t[i];
      offsets.push(i);
      i++;
    }
    if (t[i] !== '"') return void 0;
    i++;
    offsets.push(i - 1);
    const decoded = { value: value2, offsets };
    words2.push({ word: makeWord(decoded, start, i, host), decoded: toFileOffsets(decoded, host) });
    ws();
    if (t[i] === ",") {
      i++;
      continue;
    }
    if (t[i] === "]") return trailingOk(t, i + 1) ? words2 : void 0;
    return void 0;
  }
}
function trailingOk(t, i) {
  return /^\s*$/.test(t.slice(i));
}

// src/docker/copy.ts
function parseCopy(ins) {
  if (ins.keyword !== "COPY" && ins.keyword !== "ADD") return void 0;
  const flag = (name) => ins.flags.find((f) => f.name.toLowerCase() === name);
  const from = flag("from")?.value ?? void 0;
  const spec = {
    ins,
    keyword: ins.keyword,
    parents: flag("parents") !== void 0 && flag("parents").value !== "false",
    excludes: ins.flags.filter((f) => f.name.toLowerCase() === "exclude" && f.value).map((f) => f.value),
    sources: [],
    heredoc: false
  };
  if (from) spec.from = from;
  const rest = argsAfterFlags(ins);
  const firstLineEnd = rest.text.indexOf("\n");
  const line = firstLineEnd === -1 ? rest : rest.slice(0, firstLineEnd);
  let args = [];
  const json = parseJsonStringArray(line);
  if (json) {
    args = json.map((w) => ({ value: w.word.value ?? w.word.text, span: w.word.span }));
  } else {
    const re = /\S+/g;
    for (let m = re.exec(line.text); m; m = re.exec(line.text)) {
      args.push({ value: m[0], span: line.spanToFile({ start: m.index, end: m.index + m[0].length }) });
    }
  }
  if (args.length < 2) return spec;
  spec.dest = args[args.length - 1];
  for (const a of args.slice(0, -1)) {
    if (a.value.startsWith("<<")) spec.heredoc = true;
    else spec.sources.push(a);
  }
  return spec;
}
function isRemoteSource(value2) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(value2) || /^git@/.test(value2) || /\.git(#.*)?$/.test(value2);
}
function isGlob(value2) {
  return /[*?[]/.test(value2);
}

// src/docker/contexts.ts
var cache2 = /* @__PURE__ */ new WeakMap();
function buildContexts(model) {
  const hit = cache2.get(model);
  if (hit) return hit;
  const out = /* @__PURE__ */ new Map();
  for (const file of model.files) {
    if (file.kind !== "compose" || !file.doc) continue;
    const doc = file.doc;
    for (const service of doc.tree.services) {
      const build2 = serviceBuild(model, file, doc, service);
      if (!build2) continue;
      const list = out.get(build2.dockerfile) ?? [];
      let ctx = list.find((c) => c.dir === build2.dir);
      if (!ctx) list.push(ctx = { dockerfile: build2.dockerfile, dir: build2.dir, certain: true, uses: [] });
      const use = { compose: file, service, span: build2.span };
      if (build2.target) use.target = build2.target;
      ctx.uses.push(use);
      out.set(build2.dockerfile, list);
    }
  }
  for (const file of model.files) {
    if (file.kind !== "dockerfile" || out.has(file.rel) || file.rel.endsWith(".dockerignore")) continue;
    out.set(file.rel, [{ dockerfile: file.rel, dir: inferContext(model, file), certain: false, uses: [] }]);
  }
  cache2.set(model, out);
  return out;
}
function contextsOf(model, dockerfile) {
  return buildContexts(model).get(dockerfile) ?? [];
}
function serviceBuild(model, compose, doc, service) {
  const { yaml } = doc.tree;
  const build2 = getPath(yaml, service.node, "build");
  if (build2 === void 0 || build2 === null) return void 0;
  let context;
  let dockerfile;
  let target;
  const str = scalarString(build2);
  if (str !== void 0) {
    context = str;
  } else {
    if (getPath(yaml, build2, "dockerfile_inline") !== void 0) return void 0;
    context = scalarString(getPath(yaml, build2, "context")) ?? ".";
    dockerfile = scalarString(getPath(yaml, build2, "dockerfile"));
    target = scalarString(getPath(yaml, build2, "target"));
  }
  if (!context || context.includes("$") || isRemoteSource(context) || /^[a-z]+:/i.test(context)) return void 0;
  if (dockerfile?.includes("$") || dockerfile?.startsWith("/")) return void 0;
  const dir = relDir(posix2.join(posix2.dirname(compose.rel), context));
  if (dir === void 0) return void 0;
  let df;
  if (dockerfile) df = posix2.normalize(posix2.join(dir || ".", dockerfile));
  else {
    df = posix2.join(dir || ".", "Dockerfile");
    const alt = posix2.join(dir || ".", "Containerfile");
    if (!model.exists(df) && model.exists(alt)) df = alt;
  }
  if (df.startsWith("../")) return void 0;
  const out = { dockerfile: posix2.normalize(df), dir, span: nodeSpan(resolve(yaml, build2)) ?? service.keySpan };
  if (target && !target.includes("$")) out.target = target;
  return out;
}
function relDir(p) {
  const n = cleanPath(p);
  if (n === ".") return "";
  if (n.startsWith("..") || n.startsWith("/")) return void 0;
  return n;
}
function inferContext(model, file) {
  const own = relDir(posix2.dirname(file.rel)) ?? "";
  const doc = file.doc;
  if (!doc || own === "") return own;
  const sources = [];
  for (const ins of doc.tree.instructions) {
    const spec = parseCopy(ins);
    if (!spec || spec.from) continue;
    for (const s of spec.sources) {
      const v = cleanPath(s.value);
      if (v === "." || v.startsWith("..") || v.startsWith("/") || v.includes("$") || isGlob(v) || isRemoteSource(s.value)) continue;
      sources.push(v);
    }
  }
  if (!sources.length) return own;
  let best = own;
  let bestHits = sources.filter((s) => model.exists(posix2.join(own, s))).length;
  for (let dir = own; dir !== ""; ) {
    dir = relDir(posix2.dirname(dir)) ?? "";
    const hits = sources.filter((s) => model.exists(dir ? posix2.join(dir, s) : s)).length;
    if (hits > bestHits) {
      best = dir;
      bestHits = hits;
    }
  }
  return best;
}
function servicesBuilding(model, dockerfile) {
  return contextsOf(model, dockerfile).flatMap((c) => c.uses);
}
function inContext(dir, rel) {
  const r = cleanPath(rel);
  if (r === ".") return dir;
  return dir ? `${dir}/${r}` : r;
}
var MAX_IGNORE_BYTES = 256 * 1024;
var ignoreCache = /* @__PURE__ */ new WeakMap();
function ignoreFileFor(model, ctx) {
  return readIgnore(model, `${ctx.dockerfile}.dockerignore`) ?? readIgnore(model, inContext(ctx.dir, ".dockerignore"));
}
function readIgnore(model, rel) {
  let perModel = ignoreCache.get(model);
  if (!perModel) ignoreCache.set(model, perModel = /* @__PURE__ */ new Map());
  const known = perModel.get(rel);
  if (known !== void 0) return known ?? void 0;
  let result = null;
  const listed = model.byPath.get(rel);
  if (listed?.source) {
    result = { path: rel, source: listed.source, patterns: parseDockerignore(listed.source.text) };
  } else if (model.exists(rel)) {
    const abs = join3(model.root, rel);
    const read = diskRead(abs, MAX_IGNORE_BYTES);
    if ("text" in read) {
      const source = new SourceFile(rel, abs, read.text);
      result = { path: rel, source, patterns: parseDockerignore(source.text) };
    }
  }
  perModel.set(rel, result);
  return result ?? void 0;
}

// src/docker/project-files.ts
import { join as join4 } from "node:path";
var MAX_BYTES = 256 * 1024;
function readProjectText(model, rel) {
  return sourceOf(model, rel)?.text;
}
function sourceOf(model, rel) {
  const listed = model.byPath.get(rel);
  if (listed?.source) return listed.source;
  if (!model.exists(rel)) return void 0;
  const abs = join4(model.root, rel);
  const read = diskRead(abs, MAX_BYTES);
  return "text" in read ? new SourceFile(rel, abs, read.text) : void 0;
}
function relatedFileFor(model, rel) {
  const direct = model.byPath.get(rel) ? sourceOf(model, rel) : void 0;
  if (direct) return { source: direct, span: firstLine(direct), message: `${rel} is here` };
  const prefix = rel + "/";
  const listed = model.files.filter((f) => f.rel.startsWith(prefix)).sort((a, b) => a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);
  const candidates = [...listed.filter((f) => f.source), ...listed.filter((f) => !f.source)].map((f) => f.rel);
  if (!candidates.length) candidates.push(...diskListing(model, rel));
  for (const c of candidates.slice(0, 20)) {
    const source = sourceOf(model, c);
    if (source) return { source, span: firstLine(source), message: `${rel}/ holds the migrations (first file: ${c.slice(prefix.length)})` };
  }
  const file = model.exists(rel) ? sourceOf(model, rel) : void 0;
  return file ? { source: file, span: firstLine(file), message: `${rel} is here` } : void 0;
}
function firstLine(source) {
  return { start: 0, end: source.lineEnd(1) };
}
function diskListing(model, rel) {
  return (diskList(join4(model.root, rel)) ?? []).filter((d) => d.isFile()).map((d) => `${rel}/${d.name}`).sort();
}
function isDirectory(model, rel) {
  if (rel === "") return true;
  if (directoriesOf(model).has(rel)) return true;
  if (model.byPath.has(rel)) return false;
  return diskStat(join4(model.root, rel))?.isDirectory;
}
var directories = /* @__PURE__ */ new WeakMap();
function directoriesOf(model) {
  let set = directories.get(model);
  if (set) return set;
  set = /* @__PURE__ */ new Set();
  for (const f of model.files) {
    for (let i = f.rel.lastIndexOf("/"); i > 0; i = f.rel.lastIndexOf("/", i - 1)) {
      const dir = f.rel.slice(0, i);
      if (set.has(dir)) break;
      set.add(dir);
    }
  }
  directories.set(model, set);
  return set;
}

// src/docker/migrations.ts
function migrationCommand(cmd) {
  const argv = cmd.argv;
  let i = 0;
  if (baseName(argv[0]?.value) === "bundle" && argv[1]?.value === "exec") i = 2;
  const head = argv[i];
  let name = baseName(head?.value);
  if (!head || !name) return void 0;
  if (/^(python[\d.]*|pypy3?)$/.test(name)) {
    let k = i + 1;
    while (argv[k]?.value?.startsWith("-")) k++;
    const script = baseName(argv[k]?.value);
    if (script !== "manage.py") return void 0;
    i = k;
    name = "manage.py";
  }
  const words2 = argv.slice(i + 1);
  const positional = positionals(words2, VALUE_FLAGS[name] ?? []);
  const sub = (n) => positional[n]?.value ?? void 0;
  const spanTo = (w) => w ? between(argv[i], w) : argv[i].span;
  const local = (flags) => {
    const f = findFlag({ ...cmd, argv: argv.slice(i) }, flags);
    if (!f) return void 0;
    const v = flagValue({ ...cmd, argv: argv.slice(i) }, f);
    return v === null ? null : v;
  };
  switch (name) {
    case "alembic": {
      if (sub(0) !== "upgrade") return void 0;
      const config = local(["-c", "--config"]);
      if (config === null) return { tool: "alembic upgrade", span: spanTo(positional[0]) };
      return { tool: "alembic upgrade", span: spanTo(positional[0]), needsAny: [config ?? "alembic.ini"] };
    }
    case "flask": {
      if (sub(0) !== "db" || sub(1) !== "upgrade") return void 0;
      const dir = local(["-d", "--directory"]);
      return withNeeds({ tool: "flask db upgrade", span: spanTo(positional[1]) }, dir, "migrations");
    }
    case "manage.py":
    case "django-admin":
      return sub(0) === "migrate" ? { tool: `${name} migrate`, span: spanTo(positional[0]) } : void 0;
    case "prisma": {
      if (sub(0) !== "migrate" || sub(1) !== "deploy") return void 0;
      const schema = local(["--schema"]);
      const m = { tool: "prisma migrate deploy", span: spanTo(positional[1]), configuredBy: ["prisma.config.ts", "prisma.config.js", "prisma.config.mjs"] };
      if (schema === null) return { tool: m.tool, span: m.span };
      if (schema) return { tool: m.tool, span: m.span, needsAny: [posix3.join(posix3.dirname(schema), "migrations")] };
      return { ...m, needsAny: ["prisma"] };
    }
    case "knex": {
      if (sub(0) !== "migrate:latest" && sub(0) !== "migrate:up") return void 0;
      const tool = `knex ${sub(0)}`;
      const dir = local(["--migrations-directory"]);
      if (dir) return { tool, span: spanTo(positional[0]), needsAny: [dir] };
      const knexfile = local(["--knexfile"]);
      if (knexfile) return { tool, span: spanTo(positional[0]), needsAny: [knexfile] };
      if (knexfile === null || dir === null) return { tool, span: spanTo(positional[0]) };
      return { tool, span: spanTo(positional[0]), needsAny: ["knexfile.js", "knexfile.ts", "knexfile.cjs", "knexfile.mjs"] };
    }
    case "sequelize":
    case "sequelize-cli": {
      if (sub(0) !== "db:migrate") return void 0;
      const dir = local(["--migrations-path"]);
      if (local(["--config", "--options-path"]) !== void 0) return { tool: "sequelize db:migrate", span: spanTo(positional[0]), ...dir ? { needsAny: [dir] } : {} };
      return withNeeds({ tool: "sequelize db:migrate", span: spanTo(positional[0]), configuredBy: [".sequelizerc"] }, dir, "migrations");
    }
    case "typeorm":
    case "typeorm-ts-node-commonjs":
    case "typeorm-ts-node-esm": {
      if (sub(0) !== "migration:run") return void 0;
      const ds = local(["-d", "--dataSource"]);
      return { tool: "typeorm migration:run", span: spanTo(positional[0]), ...ds ? { needsAny: [ds] } : {} };
    }
    case "node-pg-migrate": {
      const action = sub(0) ?? "up";
      if (action !== "up") return void 0;
      const dir = local(["-m", "--migrations-dir"]);
      if (local(["--config-file", "-f"]) !== void 0) return { tool: "node-pg-migrate up", span: spanTo(positional[0]), ...dir ? { needsAny: [dir] } : {} };
      return withNeeds({ tool: "node-pg-migrate up", span: spanTo(positional[0]) }, dir, "migrations");
    }
    case "rails":
    case "rake": {
      const task = sub(0);
      if (task !== "db:migrate" && task !== "db:prepare") return void 0;
      return { tool: `${name} ${task}`, span: spanTo(positional[0]), needsAny: ["db/migrate"] };
    }
    case "yoyo":
    case "yoyo-migrate": {
      if (sub(0) !== "apply") return void 0;
      const sources = positional.slice(1).map((w) => w.value);
      if (sources.some((s) => s === null)) return { tool: "yoyo apply", span: spanTo(positional[0]) };
      if (local(["-c", "--config"]) !== void 0) return { tool: "yoyo apply", span: spanTo(positional[0]) };
      return { tool: "yoyo apply", span: spanTo(positional[0]), needsAny: sources.length ? sources : ["yoyo.ini"] };
    }
    case "goose": {
      const up = positional.find((w) => w.value === "up" || w.value === "up-to" || w.value === "up-by-one");
      if (!up) return void 0;
      const dir = local(["-dir", "--dir"]);
      return { tool: "goose up", span: spanTo(up), ...dir ? { needsAny: [dir] } : {} };
    }
    default:
      return void 0;
  }
}
function withNeeds(m, flag, fallback) {
  if (flag === null) return { tool: m.tool, span: m.span };
  return { ...m, needsAny: [flag ?? fallback] };
}
var VALUE_FLAGS = {
  alembic: ["-c", "--config", "-n", "--name", "-x"],
  flask: ["--app", "-A", "--env-file", "-e", "-d", "--directory"],
  "manage.py": ["--settings", "--pythonpath", "--database", "-v", "--verbosity"],
  "django-admin": ["--settings", "--pythonpath", "--database", "-v", "--verbosity"],
  prisma: ["--schema"],
  knex: ["--knexfile", "--cwd", "--env", "--migrations-directory", "--client", "--connection"],
  sequelize: ["--env", "--config", "--options-path", "--migrations-path", "--url", "--to"],
  "sequelize-cli": ["--env", "--config", "--options-path", "--migrations-path", "--url", "--to"],
  typeorm: ["-d", "--dataSource"],
  "typeorm-ts-node-commonjs": ["-d", "--dataSource"],
  "typeorm-ts-node-esm": ["-d", "--dataSource"],
  "node-pg-migrate": ["-m", "--migrations-dir", "-d", "--database-url-var", "-t", "--migrations-table", "-s", "--schema", "-f", "--config-file", "--envPath", "-j", "--migration-file-language"],
  rails: ["-e", "--environment"],
  rake: ["-f", "--rakefile"],
  yoyo: ["-d", "--database", "-c", "--config", "-r", "--revision", "--migration-table", "-m", "--match"],
  "yoyo-migrate": ["-d", "--database", "-c", "--config", "-r", "--revision", "--migration-table", "-m", "--match"],
  goose: ["-dir", "--dir", "-table", "-certfile", "-ssl-cert", "-ssl-key", "-s", "-env"]
};
function positionals(words2, withValue) {
  const out = [];
  for (let k = 0; k < words2.length; k++) {
    const v = words2[k].value;
    if (v !== null && v.startsWith("-")) {
      if (withValue.includes(v)) k++;
      continue;
    }
    out.push(words2[k]);
  }
  return out;
}
function migrationsDirs(model, contextDir, readText2) {
  const out = [];
  const at = (p) => inContext(contextDir, p);
  const add = (dir, why) => {
    if (!out.some((d) => d.dir === dir) && isDirectory(model, at(dir))) out.push({ dir, why });
  };
  add("migrations", "migrations/");
  const ini = readText2(at("alembic.ini"));
  if (ini !== void 0) {
    const loc = scriptLocation(ini);
    const rel = loc?.replace(/^%\(here\)s\/?/, "");
    if (rel && !rel.includes("%") && !rel.includes(":") && !rel.startsWith("/")) add(trimTrailingSlashes(posix3.normalize(rel)), "alembic.ini");
    add("alembic", "alembic.ini");
  }
  if (isDirectory(model, at("prisma/migrations"))) add("prisma", "prisma/migrations/");
  add("db/migrate", "db/migrate/");
  return out;
}
function scriptLocation(ini) {
  for (const line of ini.split(/\r\n|\r|\n/)) {
    const key = /^\s*script_location\s*[=:]/.exec(line);
    if (!key) continue;
    const value2 = line.slice(key[0].length).trim();
    return value2 === "" ? void 0 : value2;
  }
  return void 0;
}
function filesUnder(model, dir) {
  const prefix = dir ? dir + "/" : "";
  return model.files.filter((f) => f.rel.startsWith(prefix)).map((f) => f.rel).sort();
}

// src/shell/programs.ts
var SERVERS = /* @__PURE__ */ new Set([
  // Python web servers and workers.
  "uvicorn",
  "gunicorn",
  "hypercorn",
  "daphne",
  "granian",
  "uwsgi",
  "waitress-serve",
  "dramatiq",
  "arq",
  "huey_consumer",
  "huey_consumer.py",
  "sidekiq",
  // Ruby servers.
  "puma",
  "unicorn",
  "thin",
  "passenger",
  // Web servers and proxies run in the foreground by their container images.
  "apache2-foreground",
  "httpd-foreground",
  "haproxy",
  "traefik",
  "envoy",
  "supervisord",
  "pm2-runtime",
  // Datastores and brokers.
  "mongod",
  "mongos",
  "postgres",
  "postmaster",
  "mysqld",
  "mariadbd",
  "redis-server",
  "valkey-server",
  "rabbitmq-server",
  "memcached",
  "nats-server",
  "etcd",
  // Node static servers.
  "http-server"
]);
var SERVICE_TRIGGERS = Object.freeze([
  ...SERVERS,
  "php-fpm",
  "nginx",
  "httpd",
  "apache2",
  "celery",
  "rq",
  "rails",
  "caddy",
  "streamlit",
  "flask",
  "next",
  "nuxt",
  "nuxi",
  "manage.py",
  "django-admin",
  "artisan",
  "serve",
  "python",
  "pypy",
  "PY",
  "node",
  "bun",
  "deno",
  "ts-node",
  "tsx",
  "ruby",
  "perl",
  "php",
  "java",
  "dotnet",
  "npm",
  "yarn",
  "pnpm",
  "bundle",
  "$@",
  "${@}",
  "$*",
  "./",
  "bin/",
  "/app",
  "/srv",
  "/opt",
  "/home",
  "/usr/local"
]);
var SERVER_SUBCOMMANDS = {
  celery: { subs: ["worker", "beat", "flower", "events"], withValue: ["-A", "--app", "-b", "--broker", "--result-backend", "--loader", "--config", "--workdir"] },
  rq: { subs: ["worker"] },
  rails: { subs: ["server", "s"], withValue: ["-e", "--environment"] },
  caddy: { subs: ["run"] },
  streamlit: { subs: ["run"] },
  flask: { subs: ["run"], withValue: ["--app", "-A", "--env-file", "-e"] },
  next: { subs: ["start"] },
  nuxt: { subs: ["start", "preview"] },
  nuxi: { subs: ["start", "preview"] },
  "manage.py": { subs: ["runserver", "runworker", "rqworker", "qcluster", "run_huey"], withValue: ["--settings", "--pythonpath"] },
  "django-admin": { subs: ["runserver"], withValue: ["--settings", "--pythonpath"] },
  artisan: { subs: ["serve", "queue:work", "queue:listen", "horizon", "octane:start", "reverb:start", "schedule:work"] },
  serve: { subs: [] }
};
var SCRIPT_RUNNERS = /* @__PURE__ */ new Set(["node", "nodejs", "bun", "deno", "ts-node", "tsx", "ruby", "perl", "php"]);
var RUNNER_FLAGS_WITH_VALUE = /* @__PURE__ */ new Set(["-r", "--require", "--import", "--loader", "--experimental-loader", "-W", "-X", "-Q", "--env-file", "-C", "--conditions", "--max-old-space-size"]);
var PYTHON_TOOL_MODULES = /^(pip|pytest|unittest|venv|virtualenv|ensurepip|compileall|py_compile|alembic|django|black|isort|mypy|ruff|flake8|pylint|coverage|build|twine|json\.tool|pydoc|timeit|nltk\.downloader|spacy|playwright|grpc_tools\.protoc|pre_commit|pipx|poetry|pdm|uv|setuptools|wheel|doctest|cProfile|pdb|site|sysconfig|zipapp|tabnanny|trace|webbrowser)$/;
var ONE_OFF_SCRIPT = /(^|[\/_.-])(migrat\w*|seed\w*|setup|init\w*|install\w*|wait\w*|check\w*|tests?|create\w*|collect\w*|download\w*|generate\w*|gen|build\w*|backup\w*|fixtures?|prepare\w*|populate\w*|health\w*|ping|bootstrap\w*|compile\w*|lint\w*|upgrade\w*|update\w*|clean\w*|reset\w*|export\w*|import\w*|convert\w*|dump\w*|load\w*|fetch\w*|sync\w*|deploy\w*|scripts?\/)/i;
var UTILITIES = /* @__PURE__ */ new Set([
  "echo",
  "printf",
  "cat",
  "cp",
  "mv",
  "rm",
  "mkdir",
  "rmdir",
  "chmod",
  "chown",
  "chgrp",
  "ln",
  "touch",
  "sed",
  "awk",
  "gawk",
  "grep",
  "egrep",
  "find",
  "ls",
  "test",
  "[",
  "true",
  "false",
  "sleep",
  "date",
  "env",
  "id",
  "whoami",
  "hostname",
  "tee",
  "cut",
  "sort",
  "uniq",
  "head",
  "tail",
  "wc",
  "xargs",
  "tar",
  "gzip",
  "gunzip",
  "unzip",
  "curl",
  "wget",
  "sh",
  "bash",
  "dash",
  "zsh",
  "su",
  "sudo",
  "runuser",
  "setpriv",
  "getent",
  "usermod",
  "useradd",
  "groupadd",
  "adduser",
  "addgroup",
  "install",
  "update-ca-certificates",
  "ldconfig",
  "sysctl",
  "mount",
  "umount",
  "ip",
  "iptables",
  "pip",
  "pip3",
  "npm",
  "apt-get",
  "apk",
  "yum",
  "dnf",
  "kill",
  "pkill",
  "killall",
  "pgrep",
  "ps",
  "nc",
  "ncat",
  "openssl",
  "envsubst",
  "jq",
  "yq",
  "git",
  "rsync",
  "scp",
  "ssh",
  "docker",
  "systemctl",
  "service",
  "logger",
  "printenv",
  "basename",
  "dirname",
  "realpath",
  "readlink",
  "stat",
  "which",
  "command",
  "exec",
  "wait",
  "python",
  "python3",
  "node",
  "java",
  "make",
  "cmake",
  "go",
  "cargo",
  "dotnet",
  "psql",
  "mysql",
  "mongo",
  "mongosh",
  "redis-cli",
  "sqlite3",
  "chroot",
  "mknod",
  "setcap",
  "gosu",
  "su-exec"
]);
var PACKAGE_MANAGERS = /* @__PURE__ */ new Set(["npm", "yarn", "pnpm"]);
var START_LIKE = /^(start|serve|prod|production|start:prod|start:production|server|start-prod)$/;
function words(cmd) {
  return cmd.argv.map((w) => w.value);
}
function onlyInfo(cmd) {
  const rest = words(cmd).slice(1);
  if (rest.some((v) => v === "--version" || v === "--help" || v === "--check-config" || v === "--print-config")) return true;
  return rest.length > 0 && rest.every((v) => v === "-V" || v === "-h" || v === "version" || v === "help");
}
function isArgsWord(w) {
  return w !== void 0 && /^"?\$\{?[@*]\}?"?$/.test(w.text);
}
function scriptArg(cmd, from = 1) {
  for (let i = from; i < cmd.argv.length; i++) {
    const w = cmd.argv[i];
    const v = w.value;
    if (v === null) return w;
    if (v === "--") return cmd.argv[i + 1];
    if (v === "-c" || v === "-e" || v === "--eval" || v === "-p" || v === "--print" || v === "-m") return void 0;
    if (v.startsWith("-")) {
      if (RUNNER_FLAGS_WITH_VALUE.has(v)) i++;
      continue;
    }
    return w;
  }
  return void 0;
}
function packageStart(cmd) {
  const pm = baseName(cmd.argv[0]?.value);
  if (!pm || !PACKAGE_MANAGERS.has(pm)) return void 0;
  let sub = subcommand(cmd, ["--prefix", "-C", "--dir", "-w", "--workspace", "--cwd", "--filter", "-F"]);
  if (!sub?.value) return void 0;
  let script = sub.value;
  if (script === "run" || script === "run-script") {
    const next = subcommand(cmd, [], cmd.argv.indexOf(sub) + 1);
    if (!next?.value) return void 0;
    sub = next;
    script = next.value;
  }
  if (!START_LIKE.test(script)) return void 0;
  const upTo = cmd.argv.slice(0, cmd.argv.indexOf(sub) + 1);
  return { name: upTo.map((w) => w.value ?? w.text).join(" "), span: { start: cmd.argv[0].span.start, end: sub.span.end } };
}
function serviceOf(cmd) {
  const head = cmd.argv[0];
  if (!head) return void 0;
  if (isArgsWord(head)) return { strength: "app", name: head.text, word: head };
  const name = baseName(head.value);
  if (name === void 0) {
    if (isPythonWord(head)) return pythonService(cmd, head);
    return void 0;
  }
  if (onlyInfo(cmd)) return void 0;
  if (isPythonWord(head)) return pythonService(cmd, head);
  if (cmd.wrappers[cmd.wrappers.length - 1] === "python -m" && !SERVERS.has(name) && !(name in SERVER_SUBCOMMANDS)) {
    if (PYTHON_TOOL_MODULES.test(name) || ONE_OFF_SCRIPT.test(name)) return void 0;
    return { strength: "app", name: `python -m ${name}`, word: head };
  }
  if (SERVERS.has(name) || /^php-fpm[\d.]*$/.test(name)) return { strength: "server", name: withTarget(cmd, name), word: head };
  if (name === "nginx" || name === "httpd" || name === "apache2") {
    return foregroundDaemonFlag(cmd) ? { strength: "server", name, word: head } : void 0;
  }
  if (name === "bundle" && cmd.argv[1]?.value === "exec") {
    const inner = { ...cmd, argv: cmd.argv.slice(2) };
    return serviceOf(inner);
  }
  const pkg = packageStart(cmd);
  if (pkg) return { strength: "server", name: pkg.name, word: head };
  const spec = SERVER_SUBCOMMANDS[name];
  if (spec) {
    if (spec.subs.length === 0) return { strength: "server", name, word: head };
    const sub = subcommand(cmd, spec.withValue ?? []);
    if (sub?.value && spec.subs.includes(sub.value)) return { strength: "server", name: `${name} ${sub.value}`, word: head };
    return void 0;
  }
  if (name === "php") {
    const script = scriptArg(cmd);
    if (baseName(script?.value) === "artisan") return serviceOf({ ...cmd, argv: cmd.argv.slice(cmd.argv.indexOf(script)) });
    if (findFlag(cmd, ["-S"])) return { strength: "server", name: "php -S", word: head };
    return void 0;
  }
  if (SCRIPT_RUNNERS.has(name)) {
    const from = (name === "deno" || name === "bun") && cmd.argv[1]?.value === "run" ? 2 : 1;
    const script = scriptArg(cmd, from);
    if (!script) return void 0;
    if (script.value !== null && (ONE_OFF_SCRIPT.test(script.value) || !/[./]/.test(script.value) && name === "bun")) return void 0;
    return { strength: "app", name: `${name} ${script.value ?? script.text}`, word: head };
  }
  if (name === "java") {
    const jar = findFlag(cmd, ["-jar"]);
    if (!jar) return void 0;
    const file = flagValue(cmd, jar);
    if (file && ONE_OFF_SCRIPT.test(file)) return void 0;
    return { strength: "app", name: "java -jar", word: head };
  }
  if (name === "dotnet") {
    const dll = cmd.argv[1]?.value;
    return dll?.endsWith(".dll") ? { strength: "app", name: `dotnet ${dll}`, word: head } : void 0;
  }
  const v = head.value;
  if (/^(\/|\.\.?\/|[\w-]+\/)/.test(v) && !UTILITIES.has(name) && !/\.(sh|bash|zsh|ksh)$/.test(name) && !ONE_OFF_SCRIPT.test(v)) {
    if (name.endsWith(".py")) return pythonScriptService(name, head);
    if (/\.\w+$/.test(name) && !/\.(js|mjs|cjs|ts|rb|pl|php)$/.test(name)) return void 0;
    return { strength: "app", name: v, word: head };
  }
  return void 0;
}
function withTarget(cmd, name) {
  const target = cmd.argv.slice(1).find((w) => w.value !== null && !w.value.startsWith("-"));
  const prev = target ? cmd.argv[cmd.argv.indexOf(target) - 1]?.value : void 0;
  if (!target?.value || prev && prev.startsWith("-") && !prev.includes("=") && prev !== cmd.argv[0]?.value || target.value.length > 40) return name;
  return `${name} ${target.value}`;
}
function pythonService(cmd, head) {
  const script = scriptArg(cmd);
  if (!script) return void 0;
  const file = baseName(script.value);
  if (file === "manage.py") {
    const spec = SERVER_SUBCOMMANDS["manage.py"];
    const sub = subcommand(cmd, spec.withValue ?? [], cmd.argv.indexOf(script) + 1);
    return sub?.value && spec.subs.includes(sub.value) ? { strength: "server", name: `manage.py ${sub.value}`, word: head } : void 0;
  }
  if (script.value === null) return void 0;
  if (ONE_OFF_SCRIPT.test(script.value)) return void 0;
  return { strength: "app", name: `python ${script.value}`, word: head };
}
function pythonScriptService(name, head) {
  if (ONE_OFF_SCRIPT.test(name) || name === "manage.py") return void 0;
  return { strength: "app", name, word: head };
}
function foregroundDaemonFlag(cmd) {
  return cmd.argv.some((w, i) => {
    const v = w.value ?? "";
    if (v === "-DFOREGROUND" || v === "-D" && cmd.argv[i + 1]?.value === "FOREGROUND") return true;
    return /daemon\s+off/.test(v);
  });
}
function daemonizes(cmd) {
  const name = baseName(cmd.argv[0]?.value);
  if (!name || onlyInfo(cmd)) return false;
  const has2 = (...flags) => findFlag(cmd, flags) !== void 0;
  const value2 = (flag) => {
    const f = findFlag(cmd, [flag]);
    return f ? (flagValue(cmd, f) ?? "").toLowerCase() : void 0;
  };
  switch (name) {
    case "mongod":
    case "mongos":
      return has2("--fork");
    case "redis-server":
    case "valkey-server": {
      const d = value2("--daemonize");
      return d === "yes";
    }
    case "memcached":
      return has2("-d", "--daemon");
    case "gunicorn":
      return has2("-D", "--daemon");
    case "uwsgi":
      return has2("--daemonize", "--daemonize2");
    case "celery":
      return subcommand(cmd, SERVER_SUBCOMMANDS.celery.withValue ?? [])?.value === "multi" || has2("--detach");
    case "pg_ctl":
    case "pg_ctlcluster":
      return cmd.argv.some((w) => w.value === "start");
    case "nginx":
      return !foregroundDaemonFlag(cmd) && !has2("-s", "-t", "-T", "-v", "-V", "-h", "-?");
    case "sshd":
      return !has2("-D", "-d", "-t", "-T");
    case "cron":
    case "crond":
      return !has2("-f", "-n");
    case "pm2":
      return subcommand(cmd, [])?.value === "start" && !has2("--no-daemon");
    case "apachectl":
    case "apache2ctl":
      return cmd.argv.some((w) => w.value === "start");
    default:
      return /^php-fpm[\d.]*$/.test(name) && has2("-D", "--daemonize");
  }
}
var DATASTORE = /\b(mongod|mongos|mongo|postgres|postmaster|pg_ctl|mysqld|mysqld_safe|mariadbd|mariadb|mysql|redis-server|redis|valkey|rabbitmq|beam\.smp|kafka|zookeeper|elasticsearch|opensearch|memcached|cassandra|influxd|couchdb|etcd|nats-server|clickhouse|minio)\b/i;
function groupSignallingInit(words2) {
  for (let i = 0; i < words2.length; i++) {
    const name = baseName(words2[i].value);
    if (name === "dumb-init") {
      return !words2.slice(i + 1).some((w) => w.value === "--single-child" || w.value === "-c");
    }
    if (name === "tini" || name === "docker-init" || name === "catatonit" || name === "tini-static") {
      for (const w of words2.slice(i + 1)) {
        const v = w.value ?? "";
        if (v === "--" || !v.startsWith("-")) break;
        if (/^-[a-zA-Z]*g[a-zA-Z]*$/.test(v)) return true;
      }
      return false;
    }
  }
  return false;
}

// src/shell/script-context.ts
import { posix as posix4 } from "node:path";

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
function addArgv(sink, words2, ctx, extra) {
  const u = unwrap(words2);
  const envAssigns = u.envWords.map((w) => envFromWord(w, ctx.carrier, ctx.role)).filter((a) => a !== void 0);
  sink.env.push(...envAssigns);
  const cmd = {
    argv: u.argv.map((w) => w.word),
    raw: words2.map((w) => w.word),
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
function addExecForm(sink, words2, role, carrier, span, via = []) {
  if (words2.length === 0) return;
  addArgv(sink, words2, { role, carrier, via, nesting: 0, depth: 0 }, { shellForm: false, span, background: false });
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

// src/shell/script-context.ts
var START_NAME = /^(start|run)([-_.][^/]*)?\.(sh|bash)$|^(start|run)[a-z]*\.(sh|bash)$/i;
var TASK_WORD = /test|lint|check|bench|build|migrat|install|setup|format|fmt|coverage|docs?\b|deploy|release|backup|restore|seed|clean|stop|ci\b|cron|job|task|script|once|local|debug|dev\b|e2e|spec|example|demo/i;
function startScriptContext(project, path) {
  const vias = project.startedBy.get(path) ?? [];
  const viaKinds = /* @__PURE__ */ new Set();
  for (const v of vias) {
    const kind = project.byPath.get(v.path)?.kind;
    if (kind) viaKinds.add(kind);
  }
  const base = posix4.basename(path);
  let named;
  if (/entrypoint/i.test(base)) named = "entrypoint";
  else if (START_NAME.test(base) && !TASK_WORD.test(base.replace(/^(start|run)/i, ""))) named = "start";
  return { vias, viaKinds, ...named ? { named } : {} };
}
function viaRunsLast(project, via) {
  const cmds = fileCommands(project, via.path);
  const own = cmds.find((c) => c.span.start === via.span.start && c.span.end === via.span.end);
  if (!own) return true;
  const key = scriptKey(own);
  return !cmds.some((c) => c.index > own.index && scriptKey(c) === key && c.nesting <= own.nesting && runsInline(c) && !c.background);
}
function isStartScript(ctx) {
  return ctx.vias.length > 0 || ctx.named !== void 0;
}
var startScripts = /* @__PURE__ */ new WeakMap();
function isStartScriptPath(project, path) {
  let known = startScripts.get(project);
  if (!known) startScripts.set(project, known = /* @__PURE__ */ new Map());
  let yes = known.get(path);
  if (yes === void 0) known.set(path, yes = isStartScript(startScriptContext(project, path)));
  return yes;
}
function isHealthcheckScript(project, path) {
  const base = posix4.basename(path);
  if (/^(health|monitor)|check|watchdog/i.test(base)) return true;
  return runByHealthcheck(project, path);
}
function runByHealthcheck(project, path) {
  const base = posix4.basename(path);
  for (const { command } of project.commands()) {
    if (command.role !== "healthcheck") continue;
    if (command.raw.some((w) => baseName(w.value) === base)) return true;
  }
  return false;
}
function fileCommands(project, path) {
  return project.byPath.get(path)?.facts?.commands ?? [];
}
var ownCommands = /* @__PURE__ */ new WeakMap();
function documentCommands(doc, project) {
  const known = project.byPath.get(doc.source.path)?.facts?.commands;
  if (known) return known;
  if (doc.kind !== "shell") return [];
  let cached2 = ownCommands.get(doc);
  if (!cached2) {
    const sink = newSink();
    const vias = project.startedBy.get(doc.source.path) ?? [];
    const carrier = { kind: "shell", label: "script", source: doc.source, span: { start: 0, end: doc.source.text.length }, shellForm: true };
    addParsedScript(sink, doc.tree, vias.length ? "start" : "script", carrier, vias);
    ownCommands.set(doc, cached2 = sink.commands);
  }
  return cached2;
}
function scriptKey(cmd) {
  return `${cmd.carrier.source.path}\0${cmd.carrier.label}\0${cmd.carrier.span.start}`;
}
function groupByScript(commands) {
  const groups = /* @__PURE__ */ new Map();
  for (const c of commands) {
    const key = scriptKey(c);
    const g = groups.get(key);
    if (g) g.push(c);
    else groups.set(key, [c]);
  }
  for (const g of groups.values()) g.sort((a, b) => a.index - b.index);
  return [...groups.values()];
}
function runsInline(cmd) {
  return !cmd.shell?.inFunction && !cmd.shell?.inSubstitution;
}
function startedUnderGroupInit(project, vias) {
  if (vias.length === 0) return false;
  return vias.every((via) => {
    const cmds = fileCommands(project, via.path);
    const own = cmds.find((c) => c.span.start === via.span.start && c.span.end === via.span.end);
    if (!own) return false;
    if (groupSignallingInit(own.raw)) return true;
    return cmds.some(
      (c) => c.role === "start" && c.carrier.label.toLowerCase() === "entrypoint" && c.carrier.owner === own.carrier.owner && c.nesting === 0 && groupSignallingInit(c.raw)
    );
  });
}
function managedHelper(script, bg) {
  return script.some((c) => {
    const name = programName(c);
    if (name === "trap") return c.argv.some((w) => /\b(kill|wait)\b/.test(w.value ?? w.text));
    return c.index > bg.index && (name === "kill" || name === "pkill" || name === "killall");
  });
}

// src/one-shot.ts
var DJANGO_TASK = /^(loaddata|createsuperuser|collectstatic|compilemessages|createcachetable|seed\w*|init\w*|setup\w*|bootstrap\w*|populate\w*)$/;
var RAKE_TASK = /^db:(seed|setup|create|schema:load|reset|seed:\w+)$/;
var PACKAGE_TASK = /^(migrat\w*|seed\w*|db:(migrat\w*|seed\w*|push|setup|init\w*|deploy)|(init|setup)[-:_]?db|typeorm:migrat\w*|prisma:(migrat\w*|deploy|seed))$/i;
var TASK_SCRIPT = /^(migrate|migrations?|run[-_]migrations?|db[-_]?migrate|apply[-_]migrations?|seed|seed[-_]\w+|db[-_]seed|init[-_]?db|db[-_]init|create[-_]buckets?)\.(sh|bash|py|js|mjs|cjs|ts|rb)$/i;
var PACKAGE_MANAGERS2 = /* @__PURE__ */ new Set(["npm", "yarn", "pnpm", "bun"]);
var EPILOGUE = /* @__PURE__ */ new Set(["echo", "printf", "true", ":", "exit", "date", "touch", "rm", "chown", "chmod"]);
function oneShotTask(cmd) {
  const migration = migrationCommand(cmd);
  if (migration) return { what: migration.tool, span: migration.span };
  const argv = cmd.argv;
  const head = argv[0];
  const name = programName(cmd);
  if (!head) return void 0;
  const manage = isPythonWord(head) ? argv.findIndex((w, i) => i > 0 && baseName(w.value) === "manage.py") : name === "manage.py" || name === "django-admin" ? 0 : -1;
  if (manage !== -1) {
    const sub = subcommand(cmd, ["--settings", "--pythonpath", "-v", "--verbosity"], manage + 1);
    if (sub?.value && DJANGO_TASK.test(sub.value)) return { what: `manage.py ${sub.value}`, span: between(argv[manage], sub) };
    return void 0;
  }
  const from = name === "bundle" && argv[1]?.value === "exec" ? 2 : 0;
  const tool = baseName(argv[from]?.value);
  if (tool === "rails" || tool === "rake") {
    const sub = subcommand({ ...cmd, argv: argv.slice(from) }, ["-e", "--environment"]);
    if (sub?.value && RAKE_TASK.test(sub.value)) return { what: `${tool} ${sub.value}`, span: between(argv[from], sub) };
    return void 0;
  }
  if (name === "prisma" && argv[1]?.value === "db" && (argv[2]?.value === "push" || argv[2]?.value === "seed")) {
    return { what: `prisma db ${argv[2].value}`, span: between(head, argv[2]) };
  }
  if (name === "knex" && argv[1]?.value === "seed:run") return { what: "knex seed:run", span: between(head, argv[1]) };
  if ((name === "sequelize" || name === "sequelize-cli") && /^db:seed(:all)?$/.test(argv[1]?.value ?? "")) return { what: `sequelize ${argv[1].value}`, span: between(head, argv[1]) };
  if (name && PACKAGE_MANAGERS2.has(name)) {
    const sub = subcommand(cmd, ["--prefix", "-C", "--dir", "-w", "--workspace", "--cwd", "--filter", "-F"]);
    const script = sub?.value === "run" || sub?.value === "run-script" ? subcommand(cmd, [], argv.indexOf(sub) + 1) : sub;
    if (script?.value && PACKAGE_TASK.test(script.value) && !packageStart(cmd)) return { what: `${name} run ${script.value}`, span: between(head, script) };
    return void 0;
  }
  const scriptWord2 = argv.find((w, i) => (i === 0 || !w.value?.startsWith("-")) && TASK_SCRIPT.test(baseName(w.value) ?? ""));
  if (scriptWord2 && (scriptWord2 === head || argv.indexOf(scriptWord2) === 1 || isPythonWord(head))) {
    return { what: scriptWord2.value, span: between(head, scriptWord2) };
  }
  return void 0;
}
function keepsRunning(cmd) {
  const name = programName(cmd);
  if (name === "sleep") return cmd.argv.slice(1).some((w) => w.value === null || w.value === "infinity" || /^\d{4,}/.test(w.value));
  if (name === "tail") return cmd.argv.some((w) => w.value === "-f" || w.value === "-F" || w.value === "--follow");
  return false;
}
function oneShotJob(commands) {
  const inline = commands.filter(runsInline);
  if (inline.some((c) => !oneShotTask(c) && (serviceOf(c) !== void 0 || daemonizes(c) || keepsRunning(c)))) return void 0;
  let job;
  for (const c of inline) {
    const task = oneShotTask(c);
    if (task && !c.shell?.loops?.length) job = { ...task, command: c };
  }
  if (!job) return void 0;
  const key = scriptKey(job.command);
  const after = inline.filter((c) => scriptKey(c) === key && c.index > job.command.index);
  if (after.some((c) => !oneShotTask(c) && !EPILOGUE.has(programName(c) ?? ""))) return void 0;
  return job;
}

// src/compose/services.ts
var ONE_SHOT_WORD = /^(migrate|migrations?|makemigrations|db:migrate|db:seed|migrate:latest|migration:run|upgrade|seed|seeds|init|initdb|setup|bootstrap|createsuperuser|collectstatic|compilemessages|install|provision|create-?buckets?|mc)$/i;
var ONE_SHOT_NAME = /(^|[-_])(migrat\w*|seed\w*|init|setup|bootstrap|provision\w*|createbuckets?|fixtures?|job)([-_]|$)/i;
function commandWords(yaml, service, key) {
  const node = getPath(yaml, service.node, key);
  if (isScalar(node)) return (scalarString(node) ?? "").split(/\s+/).filter(Boolean);
  if (isSeq(node)) return node.items.map((i) => scalarString(resolve(yaml, i)) ?? "");
  return [];
}
function isOneShot(yaml, service) {
  const mode = scalarString(getPath(yaml, service.node, "deploy.mode"));
  if (mode === "replicated-job" || mode === "global-job") return true;
  if (ONE_SHOT_NAME.test(service.name)) return true;
  const words2 = [...commandWords(yaml, service, "entrypoint"), ...commandWords(yaml, service, "command")];
  return words2.some((w) => ONE_SHOT_WORD.test(w.replace(/^.*\//, "")) || /\bmigrat/i.test(w) && w.length < 40);
}
var DEV_PROFILE = /^(dev|develop|development|debug|test|tests|testing|local|tools?|ci|e2e)$/i;
function inDevProfile(yaml, service) {
  const profiles = getPath(yaml, service.node, "profiles");
  if (!isSeq(profiles) || profiles.items.length === 0) return false;
  return profiles.items.every((i) => DEV_PROFILE.test(scalarString(resolve(yaml, i)) ?? ""));
}
function serviceOneShotJob(commands, service) {
  return oneShotJob(commands.filter((c) => c.role === "start" && c.carrier.kind === "compose" && c.carrier.owner === service.name));
}

// src/docker/documents.ts
function productionDocuments(model, kind) {
  const out = [];
  for (const f of model.files) {
    if (f.kind === kind && f.doc && f.environment === "production") out.push(f.doc);
  }
  return out;
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
    missing: 'service "{{service}}"{{set}} has no restart policy: after a crash or a host reboot it stays down until someone restarts it'
  },
  docs: {
    summary: "A long-running compose service has no restart policy",
    what: `Reports a service with neither \`restart:\` nor \`deploy.restart_policy\` (merge keys such as \`<<: *defaults\` are followed). An explicit \`restart: "no"\` is respected as a decision. One-shot jobs are skipped: services whose command or entrypoint migrates, seeds or initialises (\`migrate\`, \`alembic upgrade\`, \`seed\`, \`init\`, \`collectstatic\`\u2026), whose name says so (\`migrate\`, \`db-init\`, \`seed\`\u2026), or whose \`deploy.mode\` is a job. The service is judged as compose runs it, merged across its compose file set (\`extends:\`, the production files of \`COMPOSE_FILE\`, fragments such as \`compose.prod.yaml\`; see "Compose file sets" in the README): a policy set in any of them counts, one in a development override does not. A service whose \`extends:\` cannot be followed (missing file) is skipped, since the policy may be inherited. The finding is anchored on the service key in the first file that defines the service.`,
    why: `Compose's default is \`restart: "no"\`. The first unhandled exception, out-of-memory kill or host reboot takes the service down, and it stays down until a person notices \u2014 in one incident a Telegram bot was silently dead for hours after a reboot because nothing restarted it, and the team only learned of it from users.`,
    example: { kind: "compose", path: "compose.yaml", code: 'services:\n  api:\n    image: example/api:1.4\n    ports:\n      - "127.0.0.1:8000:8000"\n' },
    fix: { kind: "compose", path: "compose.yaml", code: 'services:\n  api:\n    image: example/api:1.4\n    restart: unless-stopped\n    ports:\n      - "127.0.0.1:8000:8000"\n' },
    references: ["https://docs.docker.com/reference/compose-file/services/#restart", "https://docs.docker.com/reference/compose-file/deploy/#restart_policy"]
  },
  project(model, ctx) {
    const sets = composeSets(model);
    for (const doc of productionDocuments(model, "compose")) {
      for (const judged of sets.judged(doc.source.path)) {
        const { yaml, service } = judged;
        if (getPair(yaml, service.node, "restart") || has(yaml, service.node, "deploy.restart_policy")) continue;
        if (getPair(yaml, service.node, "extends")) continue;
        if (isOneShot(yaml, service)) continue;
        const { set, related } = setContext(judged);
        ctx.report({ messageId: "missing", data: { service: service.name, set }, span: service.keySpan, source: doc.source, related });
      }
    }
  }
});

// src/docker/image-ref.ts
var HUB = /* @__PURE__ */ new Set(["docker.io", "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com"]);
function parseImageRef(raw) {
  const text = raw.trim();
  if (!text) return void 0;
  const at = text.indexOf("@");
  const digest = at === -1 ? void 0 : text.slice(at + 1);
  const beforeDigest = at === -1 ? text : text.slice(0, at);
  const lastSlash = beforeDigest.lastIndexOf("/");
  const colon = beforeDigest.indexOf(":", lastSlash + 1);
  const path = colon === -1 ? beforeDigest : beforeDigest.slice(0, colon);
  const tag = colon === -1 ? void 0 : beforeDigest.slice(colon + 1);
  const parts = path.split("/");
  let registry;
  if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0])) registry = parts.shift().toLowerCase();
  if (registry && HUB.has(registry)) registry = void 0;
  if (!registry && parts.length > 1 && parts[0] === "library") parts.shift();
  const repository = parts.join("/").toLowerCase();
  const ref = {
    raw,
    repository,
    name: parts[parts.length - 1].toLowerCase(),
    dynamic: text.includes("$"),
    official: !registry && parts.length === 1
  };
  if (registry) ref.registry = registry;
  if (tag !== void 0) {
    ref.tag = tag;
    ref.tagStart = raw.indexOf(text) + colon + 1;
  }
  if (digest !== void 0) ref.digest = digest;
  return ref;
}

// src/docker/stages.ts
function stageNamed(tree, name, before = tree.stages.length) {
  const low = name.toLowerCase();
  for (let i = Math.min(before, tree.stages.length) - 1; i >= 0; i--) {
    if (tree.stages[i].name === low) return tree.stages[i];
  }
  if (/^\d+$/.test(name)) {
    const i = Number(name);
    if (i < before) return tree.stages[i];
  }
  return void 0;
}
function baseStage(tree, stage) {
  const base = stageNamed(tree, stage.image, stage.index);
  return base && base.index < stage.index ? base : void 0;
}
function stageChain(tree, stage) {
  const chain = [stage];
  for (let cur = baseStage(tree, stage); cur && chain.length < 64; cur = baseStage(tree, cur)) chain.push(cur);
  return chain;
}
function rootImage(tree, stage) {
  const chain = stageChain(tree, stage);
  const root = chain[chain.length - 1];
  if (root.image.toLowerCase() === "scratch") return void 0;
  return parseImageRef(root.image);
}
function lastInChain(tree, stage, keywords) {
  for (const s of stageChain(tree, stage)) {
    for (let i = s.instructions.length - 1; i >= 0; i--) {
      const ins = s.instructions[i];
      if (keywords.includes(ins.keyword)) return ins;
    }
  }
  return void 0;
}
function startInstructions(tree, stage) {
  let entrypoint;
  let cmd;
  for (const s of stageChain(tree, stage).reverse()) {
    let cmdSetHere = false;
    for (const ins of s.instructions) {
      if (ins.keyword === "CMD") {
        cmd = ins;
        cmdSetHere = true;
      } else if (ins.keyword === "ENTRYPOINT") {
        entrypoint = ins;
        if (!cmdSetHere) cmd = void 0;
      }
    }
  }
  return [entrypoint, cmd].filter((x) => x !== void 0);
}
var UNKNOWN_WORKDIR = "\0wd";
function workdirAt(tree, stage, before) {
  const chain = stageChain(tree, stage).reverse();
  let dir = null;
  let known = false;
  const root = chain[0];
  if (root.image.toLowerCase() === "scratch") {
    dir = "/";
    known = true;
  }
  const env = /* @__PURE__ */ new Map();
  for (const s of chain) {
    for (const ins of s.instructions) {
      if (before && ins === before) return known ? dir : UNKNOWN_WORKDIR;
      if (ins.keyword === "ENV" || ins.keyword === "ARG") readEnv(ins, env);
      if (ins.keyword !== "WORKDIR") continue;
      const value2 = expandStatic(stripQuotes(ins.args.text.trim()), env);
      if (value2.includes("$")) {
        dir = null;
        known = true;
        continue;
      }
      if (value2.startsWith("/")) dir = normalizeAbs(value2);
      else if (dir === null && known) dir = null;
      else dir = joinPath(known ? dir : UNKNOWN_WORKDIR, value2);
      known = true;
    }
  }
  return known ? dir : UNKNOWN_WORKDIR;
}
function resolveContainerPath(path, workdir) {
  const p = stripQuotes(path);
  if (p.includes("$")) return null;
  if (p.startsWith("/")) return normalizeAbs(p);
  if (workdir === null) return null;
  return joinPath(workdir, p);
}
function joinPath(base, rel) {
  const baseParts = base.split("/").filter(Boolean);
  for (const part of rel.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (baseParts.length > 1 || baseParts.length === 1 && baseParts[0] !== UNKNOWN_WORKDIR) baseParts.pop();
      continue;
    }
    baseParts.push(part);
  }
  if (base.startsWith(UNKNOWN_WORKDIR)) return baseParts.join("/") || UNKNOWN_WORKDIR;
  return "/" + baseParts.join("/");
}
function normalizeAbs(p) {
  return joinPath("/", p);
}
function isUnderOrEqual(a, b) {
  const ua = a.startsWith(UNKNOWN_WORKDIR);
  const ub = b.startsWith(UNKNOWN_WORKDIR);
  if (ua !== ub) return void 0;
  if (a === b || b === "/") return true;
  return a.startsWith(b + "/");
}
function stripQuotes(s) {
  return s.length >= 2 && (s[0] === '"' || s[0] === "'") && s[s.length - 1] === s[0] ? s.slice(1, -1) : s;
}
function fromSpan(stage) {
  return { start: stage.from.keywordSpan.start, end: Math.max(stage.from.keywordSpan.end, stage.imageSpan.end) };
}
function envAt(tree, stage, before) {
  const env = /* @__PURE__ */ new Map();
  for (const s of stageChain(tree, stage).reverse()) {
    for (const ins of s.instructions) {
      if (before && ins === before) return env;
      if (ins.keyword === "ENV" || ins.keyword === "ARG") readEnv(ins, env);
    }
  }
  return env;
}
function readEnv(ins, env) {
  const text = ins.args.text.trim();
  const tokens = text.match(/(?:[^\s"']+|"(?:[^"\\]|\\.)*"|'[^']*')+/g) ?? [];
  if (ins.keyword === "ENV" && tokens[0] && !tokens[0].includes("=")) {
    const value2 = text.slice(tokens[0].length).trim();
    setVar(env, tokens[0], value2);
    return;
  }
  for (const t of tokens) {
    const eq = t.indexOf("=");
    if (eq <= 0) {
      if (ins.keyword === "ARG") env.delete(t);
      continue;
    }
    setVar(env, t.slice(0, eq), t.slice(eq + 1));
  }
}
function setVar(env, name, raw) {
  const value2 = expandStatic(stripQuotes(raw), env);
  if (value2.includes("$")) env.delete(name);
  else env.set(name, value2);
}
function expandStatic(text, env) {
  if (!text.includes("$")) return text;
  return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (whole, braced, dflt, bare) => {
    const name = braced ?? bare;
    const v = env.get(name);
    if (v !== void 0 && v !== "") return v;
    if (dflt !== void 0 && !dflt.includes("$")) return dflt;
    return whole;
  });
}

// src/compose/healthcheck.ts
var IMAGES_WITH_HEALTHCHECK = [
  "kong",
  "vaultwarden/server",
  "louislam/uptime-kuma",
  "jellyfin/jellyfin",
  "pihole/pihole",
  "syncthing/syncthing",
  "gitlab/gitlab-ce",
  "gitlab/gitlab-ee",
  "ghcr.io/immich-app/immich-server",
  "ghcr.io/paperless-ngx/paperless-ngx",
  "paperlessngx/paperless-ngx",
  "ghcr.io/zulip/zulip-server",
  "zulip/docker-zulip",
  "ghcr.io/mealie-recipes/mealie",
  "hkotel/mealie",
  "outlinewiki/outline",
  "docker.getoutline.com/outlinewiki/outline",
  "healthchecks/healthchecks",
  "syncthing/discosrv",
  "syncthing/relaysrv"
];
function serviceHealth(model, composeRel, doc, service, extraImages = []) {
  const { yaml } = doc.tree;
  const hcPair = getPair(yaml, service.node, "healthcheck");
  if (hcPair) {
    const hc = resolve(yaml, hcPair.value);
    const span = nodeSpan(hcPair.key);
    const at = span ? { span } : {};
    if (scalarString(getPath(yaml, hc, "disable")) === "true") return { status: "disabled", ...at };
    const test = getPath(yaml, hc, "test");
    if (isSeq(test) && scalarString(resolve(yaml, test.items[0])) === "NONE") return { status: "disabled", ...at };
    if (test !== void 0 && test !== null && scalarString(test) !== "") return { status: "compose", ...at };
  }
  if (getPair(yaml, service.node, "extends")) return { status: "unknown" };
  const compose = model?.byPath.get(composeRel);
  const build2 = model && compose ? serviceBuild(model, compose, doc, service) : void 0;
  if (getPath(yaml, service.node, "build") !== void 0) {
    if (!build2 || !model) return { status: "unknown" };
    const df = model.byPath.get(build2.dockerfile)?.doc;
    const tree = df?.tree;
    if (!tree?.finalStage) return { status: "unknown" };
    const stage = build2.target && stageNamed(tree, build2.target) || tree.finalStage;
    const ins = lastInChain(tree, stage, ["HEALTHCHECK"]);
    if (ins) {
      const none = /^NONE\b/i.test(ins.args.text.trim());
      return { status: none ? "disabled" : "dockerfile", span: ins.keywordSpan, dockerfile: build2.dockerfile };
    }
    const root = rootImage(tree, stage);
    if (!root) return { status: "none", dockerfile: build2.dockerfile };
    return { ...imageHealth(root.registry ? `${root.registry}/${root.repository}` : root.repository, root.official, root.dynamic, extraImages), dockerfile: build2.dockerfile };
  }
  const image = scalarString(getPath(yaml, service.node, "image"));
  const ref = image ? parseImageRef(image) : void 0;
  if (!ref) return { status: "unknown" };
  return imageHealth(ref.registry ? `${ref.registry}/${ref.repository}` : ref.repository, ref.official, ref.dynamic, extraImages);
}
function imageHealth(repository, official, dynamic, extra) {
  if (dynamic) return { status: "unknown" };
  const known = [...IMAGES_WITH_HEALTHCHECK, ...extra.map((e) => e.toLowerCase())];
  if (known.includes(repository)) return { status: "image" };
  return { status: official ? "none" : "unknown" };
}

// rules/DC002-no-healthcheck.ts
var OPTIONS = {
  /** Images (repository without tag, e.g. `myorg/api`) known to ship a HEALTHCHECK. */
  imagesWithHealthcheck: []
};
var DC002_no_healthcheck_default = defineRule({
  id: "DC002",
  name: "no-healthcheck",
  severity: "note",
  category: "reliability",
  productionOnly: true,
  kinds: ["compose"],
  triggers: ["services"],
  anchor: "owner",
  precision: "high",
  options: OPTIONS,
  messages: {
    missing: 'service "{{service}}"{{set}} has no health check: a hung process looks "up", keeps its traffic, and services that depend on it start against it'
  },
  docs: {
    summary: "A long-running compose service has no health check",
    what: `Reports a service with no \`healthcheck:\` when nothing else gives it one: the Dockerfile it builds has no \`HEALTHCHECK\` (in the built stage or the stages it inherits from), and its image is not known to ship one. Docker's official images (\`postgres\`, \`redis\`, \`mongo\`, \`nginx\`\u2026) ship none; custom images are treated as having none unless listed in the option \`imagesWithHealthcheck\`. Anchored on the service key.

The service is judged merged across its compose file set (\`extends:\`, \`COMPOSE_FILE\`, production fragments such as \`compose.prod.yaml\`; see "Compose file sets" in the README), and reported once, in the first file that defines it.

Not reported: one-shot jobs (migrations, seeds, init containers \u2014 by command, name or \`deploy.mode: *-job\`), services whose \`extends:\` cannot be followed, services that only run under development profiles (\`profiles: [debug]\`), and \`healthcheck: {disable: true}\` (an explicit decision).`,
    why: `Compose only knows whether the process exists. A bot whose polling loop died, an API deadlocked on its connection pool, a worker stuck on a socket with no timeout: all stay "Up", \`restart:\` never fires, and \`depends_on\` cannot wait for real readiness. One team built its own watchdog inside a Telegram bot because nothing else noticed when it stopped processing updates; another added a \`/health\` endpoint that checks MongoDB and Redis and wired it to a compose \`healthcheck\` so Docker restarts the backend when it stops answering.`,
    example: { kind: "compose", path: "compose.yaml", code: "services:\n  api:\n    image: example/api:1.4\n    restart: unless-stopped\n" },
    fix: {
      kind: "compose",
      path: "compose.yaml",
      code: 'services:\n  api:\n    image: example/api:1.4\n    restart: unless-stopped\n    healthcheck:\n      test: ["CMD", "curl", "-fsS", "--max-time", "3", "http://localhost:8000/health"]\n      interval: 30s\n      timeout: 5s\n      retries: 3\n'
    },
    references: ["https://docs.docker.com/reference/compose-file/services/#healthcheck", "https://docs.docker.com/reference/dockerfile/#healthcheck"]
  },
  project(model, ctx) {
    for (const doc of productionDocuments(model, "compose")) check(doc, model, (r) => ctx.report({ ...r, source: doc.source }), ctx.options);
  }
});
function check(doc, model, report, options) {
  for (const judged of composeSets(model).judged(doc.source.path)) {
    const { yaml, service } = judged;
    if (isOneShot(yaml, service) || inDevProfile(yaml, service) || getPair(yaml, service.node, "extends")) continue;
    const health = serviceHealth(model, doc.source.path, judged.doc, service, options.imagesWithHealthcheck ?? []);
    if (health.status !== "none" && health.status !== "unknown") continue;
    const { set, related } = setContext(judged);
    report({ messageId: "missing", data: { service: service.name, set }, span: service.keySpan, related });
  }
}

// src/compose/datastores.ts
var DATASTORE_NAMES = /* @__PURE__ */ new Set([
  // SQL
  "postgres",
  "postgresql",
  "postgis",
  "timescaledb",
  "timescaledb-ha",
  "pgvector",
  "mysql",
  "mysql-server",
  "mariadb",
  "percona",
  "percona-server",
  "cockroach",
  "yugabyte",
  "clickhouse-server",
  "mssql-server",
  // Document, key-value, search, time series, graph, vector
  "mongo",
  "mongodb",
  "mongodb-community-server",
  "redis",
  "redis-stack",
  "redis-stack-server",
  "valkey",
  "keydb",
  "dragonfly",
  "memcached",
  "elasticsearch",
  "opensearch",
  "solr",
  "meilisearch",
  "typesense",
  "cassandra",
  "scylla",
  "couchdb",
  "couchbase",
  "influxdb",
  "neo4j",
  "arangodb",
  "surrealdb",
  "qdrant",
  "etcd",
  "rethinkdb",
  "questdb",
  // Brokers
  "rabbitmq",
  "kafka",
  "cp-kafka",
  "cp-server",
  "redpanda",
  "zookeeper",
  "cp-zookeeper",
  "nats",
  "nats-streaming",
  "pulsar",
  "activemq",
  "activemq-artemis",
  "artemis",
  "eclipse-mosquitto",
  "emqx",
  "vernemq"
]);
var DATASTORE_REPOSITORIES = /* @__PURE__ */ new Set(["mssql/server", "azure-sql-edge", "azure-sql-edge/developer"]);
var DATASTORE_PORTS = [5432, 3306, 27017, 6379, 9200, 5672, 11211, 9042, 8086, 5984];
function isDatastoreImage(ref) {
  if (!ref) return false;
  return DATASTORE_NAMES.has(ref.name) || DATASTORE_REPOSITORIES.has(ref.repository);
}
function serviceImage(model, composeRel, doc, service) {
  const yaml = doc.tree.yaml;
  const built = model ? builtImage(model, composeRel, doc, service) : void 0;
  if (built) return built;
  const image = scalarString(getPath(yaml, service.node, "image"));
  return image ? parseImageRef(image) : void 0;
}
function builtImage(model, composeRel, doc, service) {
  const compose = model.byPath.get(composeRel);
  if (!compose) return void 0;
  const build2 = serviceBuild(model, compose, doc, service);
  if (!build2) return void 0;
  const df = model.byPath.get(build2.dockerfile)?.doc;
  const tree = df?.tree;
  if (!tree?.finalStage) return void 0;
  const stage = build2.target && stageNamed(tree, build2.target) || tree.finalStage;
  return rootImage(tree, stage);
}
function isDatastoreService(model, composeRel, doc, service) {
  return isDatastoreImage(serviceImage(model, composeRel, doc, service));
}

// src/compose/depends-on.ts
function dependencies(yaml, service) {
  const node = resolve(yaml, getPair(yaml, service.node, "depends_on")?.value);
  const out = [];
  if (isSeq(node)) {
    for (const raw of node.items) {
      const item = resolve(yaml, raw);
      const span = nodeSpan(item);
      const name = scalarString(item);
      if (span && name) out.push({ name, short: true, span });
    }
  } else if (isMap(node)) {
    for (const pair of mapEntries(yaml, node)) {
      if (!isScalar(pair.key)) continue;
      const span = nodeSpan(pair.key);
      if (!span) continue;
      const dep = { name: String(pair.key.value), short: false, span };
      const cond = getPair(yaml, pair.value, "condition");
      if (cond) {
        const value2 = resolve(yaml, cond.value);
        const c = scalarString(value2);
        if (c !== void 0) dep.condition = c;
        const cs = nodeSpan(value2);
        if (cs) dep.conditionSpan = cs;
      }
      out.push(dep);
    }
  }
  return out;
}

// src/compose/shared-entries.ts
function oncePerEntry(items, kind = () => "") {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const key = `${item.span.start}:${item.span.end}:${kind(item)}`;
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()].map((list) => {
    const n = list.length - 1;
    const others = n === 0 ? "" : ` (and ${n} other service${n === 1 ? "" : "s"} sharing this entry)`;
    return { ...list[0], others };
  });
}

// rules/DC003-depends-on-not-healthy.ts
var DC003_depends_on_not_healthy_default = defineRule({
  id: "DC003",
  name: "depends-on-not-healthy",
  severity: "warning",
  category: "reliability",
  productionOnly: true,
  kinds: ["compose"],
  triggers: ["depends_on"],
  precision: "high",
  messages: {
    started: 'service "{{service}}"{{others}} only waits for {{dependency}} to start, not to accept connections: on boot it connects too early and crash-loops'
  },
  docs: {
    summary: "A service depends on a database or broker only being started, not healthy",
    what: `Reports a \`depends_on\` entry that names a datastore or message broker \u2014 a service whose image (or the base image of the Dockerfile it builds) is \`postgres\`, \`mysql\`, \`mariadb\`, \`mongo\`, \`redis\`, \`valkey\`, \`rabbitmq\`, \`kafka\`, \`zookeeper\`, \`elasticsearch\`, \`opensearch\`, \`nats\`, \`memcached\`, \`cassandra\`, \`influxdb\`, \`clickhouse\` and similar \u2014 in the short syntax (a list of names) or with \`condition: service_started\` (also when \`condition\` is left out of the long syntax). Anchored on the entry.

The dependency is looked up in the compose file set (\`COMPOSE_FILE\`, production fragments, \`include:\`d files, \`extends:\`; see "Compose file sets" in the README), and the condition is the one the set ends up with: a production fragment that turns the entry into \`condition: service_healthy\` silences it (a development override does not).

Not reported: \`condition: service_healthy\` and \`service_completed_successfully\`; dependencies no file of the set defines (their image is unknown); a datastore that depends on another (\`kafka\` on \`zookeeper\`), and tools that connect lazily or retry by design (database admin UIs such as \`adminer\`, \`pgadmin4\`, \`phpmyadmin\`, \`mongo-express\`; \`kibana\`, \`logstash\`, \`prometheus\`, \`grafana\`, \`cypress\`). An entry shared through a merge key (\`<<: *defaults\`) is reported once.`,
    why: `\`depends_on\` in its short form only orders container starts: the database container is "started" a second after \`docker compose up\`, long before PostgreSQL has replayed its WAL or MongoDB has elected a primary. The app's first connection is refused, it exits, and the restart policy turns every deploy and every host reboot into a crash loop until the timing happens to work out. One team had to write retry loops around MongoDB and Redis at startup for exactly this; \`condition: service_healthy\` with a health check on the database makes compose wait instead.`,
    example: {
      kind: "compose",
      path: "compose.yaml",
      code: "services:\n  api:\n    image: example/api:1.4\n    restart: unless-stopped\n    depends_on:\n      - db\n  db:\n    image: postgres:16\n    restart: unless-stopped\n"
    },
    fix: {
      kind: "compose",
      path: "compose.yaml",
      code: 'services:\n  api:\n    image: example/api:1.4\n    restart: unless-stopped\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16\n    restart: unless-stopped\n    healthcheck:\n      test: ["CMD-SHELL", "pg_isready -U postgres"]\n      interval: 5s\n      timeout: 3s\n      retries: 10\n'
    },
    references: ["https://docs.docker.com/reference/compose-file/services/#depends_on", "https://docs.docker.com/compose/how-tos/startup-order/"]
  },
  project(model, ctx) {
    for (const doc of productionDocuments(model, "compose")) check2(doc, model, (r) => ctx.report({ ...r, source: doc.source }));
  }
});
function check2(doc, model, report) {
  const compose = doc;
  const { yaml, services } = compose.tree;
  const sets = composeSets(model);
  const found = [];
  for (const service of services) {
    const deps = dependencies(yaml, service);
    if (!deps.length) continue;
    const merged = sets.lookup(doc.source.path, service.name);
    const self = merged ? { rel: merged.rel, doc: merged.doc, service: merged.service } : { rel: doc.source.path, doc: compose, service };
    if (isDatastoreService(model, self.rel, self.doc, self.service)) continue;
    if (retriesByDesign(serviceImage(model, self.rel, self.doc, self.service))) continue;
    const finalDeps = merged ? dependencies(merged.yaml, merged.service) : deps;
    for (const dep of deps) {
      if (dep.condition !== void 0 && dep.condition !== "service_started") continue;
      const final = finalDeps.find((d) => d.name === dep.name);
      if (final?.condition !== void 0 && final.condition !== "service_started") continue;
      const target = sets.lookup(doc.source.path, dep.name);
      if (!target || !isDatastoreService(model, target.rel, target.doc, target.service)) continue;
      const image = serviceImage(model, target.rel, target.doc, target.service);
      const dependency = !image || image.name === dep.name ? dep.name : `${dep.name} (${image.name})`;
      found.push({ span: dep.span, service: service.name, dependency });
    }
  }
  for (const f of oncePerEntry(found, (x) => x.dependency)) {
    report({ messageId: "started", data: { service: f.service, others: f.others, dependency: f.dependency }, span: f.span });
  }
}
var RETRIES_BY_DESIGN = /* @__PURE__ */ new Set(["adminer", "pgadmin4", "phpmyadmin", "mongo-express", "redis-commander", "redisinsight", "kafka-ui", "akhq", "kibana", "logstash", "filebeat", "metricbeat", "prometheus", "grafana", "cypress", "included"]);
function retriesByDesign(ref) {
  return !!ref && (RETRIES_BY_DESIGN.has(ref.name) || ref.repository === "redpandadata/console");
}

// rules/DC004-healthy-condition-without-healthcheck.ts
var DC004_healthy_condition_without_healthcheck_default = defineRule({
  id: "DC004",
  name: "healthy-condition-without-healthcheck",
  severity: "error",
  category: "reliability",
  productionOnly: true,
  kinds: ["compose"],
  triggers: ["service_healthy"],
  precision: "very-high",
  messages: {
    never: "{{dependency}} has no health check, so condition: service_healthy can never be met and docker compose up fails",
    disabled: "{{dependency}} has its health check disabled, so condition: service_healthy can never be met and docker compose up fails"
  },
  docs: {
    summary: "depends_on waits for a service to be healthy, but that service has no health check",
    what: `Reports \`condition: service_healthy\` under \`depends_on\` when the service depended on certainly has no health check: no \`healthcheck:\` test of its own (or \`disable: true\` / \`test: ["NONE"]\`), and either a Docker official image (which ship no \`HEALTHCHECK\`) or a Dockerfile in the project whose built stage has none (or \`HEALTHCHECK NONE\`) on an official or \`scratch\` base. Anchored on \`service_healthy\`.

The dependency is looked up in the compose file set (the production files of \`COMPOSE_FILE\`, fragments, \`include:\`d files; see "Compose file sets" in the README) and judged merged, so a \`healthcheck:\` a production fragment adds counts \u2014 one that only a development override adds does not, since production runs without it. A later file of the set that changes the condition to another one silences the entry.

Not reported when the dependency's image is not an official one and no Dockerfile for it is in the project: a custom image may ship a \`HEALTHCHECK\`. Dependencies that no file of the set defines, and services whose \`extends:\` cannot be followed, are skipped too.`,
    why: `A container without a health check never becomes "healthy", so \`docker compose up\` stops with "dependency failed to start: container \u2026 has no healthcheck configured" and the dependent service never starts. It typically happens when \`condition: service_healthy\` is added to an app while the database's \`healthcheck:\` lives only in a development override file, or was dropped in a refactor \u2014 the deploy then fails on the production host only.`,
    example: {
      kind: "compose",
      path: "compose.yaml",
      code: "services:\n  api:\n    image: example/api:1.4\n    restart: unless-stopped\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16\n    restart: unless-stopped\n"
    },
    fix: {
      kind: "compose",
      path: "compose.yaml",
      code: 'services:\n  api:\n    image: example/api:1.4\n    restart: unless-stopped\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16\n    restart: unless-stopped\n    healthcheck:\n      test: ["CMD-SHELL", "pg_isready -U postgres"]\n      interval: 5s\n      timeout: 3s\n      retries: 10\n'
    },
    references: ["https://docs.docker.com/reference/compose-file/services/#depends_on", "https://docs.docker.com/reference/compose-file/services/#healthcheck"]
  },
  project(model, ctx) {
    for (const doc of productionDocuments(model, "compose")) check3(doc, model, (r) => ctx.report({ ...r, source: doc.source }));
  }
});
function check3(doc, model, report) {
  const compose = doc;
  const { yaml, services } = compose.tree;
  const sets = composeSets(model);
  for (const service of services) {
    const merged = sets.lookup(doc.source.path, service.name);
    const finalDeps = merged ? dependencies(merged.yaml, merged.service) : [];
    for (const dep of dependencies(yaml, service)) {
      if (dep.condition !== "service_healthy" || !dep.conditionSpan) continue;
      const final = finalDeps.find((d) => d.name === dep.name);
      if (final && final.condition !== "service_healthy") continue;
      const target = sets.lookup(doc.source.path, dep.name);
      if (!target) continue;
      const health = serviceHealth(model, target.rel, target.doc, target.service);
      if (health.status !== "none" && health.status !== "disabled") continue;
      report({
        messageId: health.status === "disabled" ? "disabled" : "never",
        data: { dependency: dep.name },
        span: dep.conditionSpan,
        related: [{ source: target.source, span: target.service.keySpan, message: `service "${dep.name}" is defined here` }]
      });
    }
  }
}

// src/compose/list-entries.ts
function* listEntries(yaml, service, key, namingKeys) {
  const list = resolve(yaml, getPair(yaml, service.node, key)?.value);
  if (!isSeq(list)) return;
  for (const raw of list.items) {
    const item = resolve(yaml, raw);
    const span = nodeSpan(item);
    if (!span) continue;
    if (isScalar(item)) {
      const text = scalarString(item);
      if (text) yield { syntax: "short", text, span };
    } else if (isMap(item)) {
      let pair;
      for (const k of namingKeys) if (pair = getPair(yaml, item, k)) break;
      const keySpan = nodeSpan(pair?.key);
      const valueSpan = nodeSpan(resolve(yaml, pair?.value));
      const anchor2 = keySpan ? { start: span.start, end: Math.max(valueSpan?.end ?? keySpan.end, keySpan.end) } : span;
      yield { syntax: "long", item, span, anchor: anchor2 };
    }
  }
}

// src/compose/ports.ts
function servicePorts(yaml, service) {
  const out = [];
  for (const entry of listEntries(yaml, service, "ports", ["published", "target"])) {
    const { span } = entry;
    if (entry.syntax === "short") {
      const parsed2 = parseShortPort(entry.text);
      if (parsed2) out.push({ ...parsed2, span, anchor: span });
    } else {
      const item = entry.item;
      const target = scalarString(getPath(yaml, item, "target"));
      const published = scalarString(getPath(yaml, item, "published"));
      const hostIp = scalarString(getPath(yaml, item, "host_ip"));
      const protocol = scalarString(getPath(yaml, item, "protocol"));
      const m = { hostIpUnknown: false, span, anchor: entry.anchor };
      if (hostIp !== void 0 && hostIp !== "") {
        const ip = interpolateDefault(hostIp);
        if (ip === void 0) m.hostIpUnknown = true;
        else if (ip !== "") m.hostIp = ip;
      }
      if (published !== void 0 && published !== "") m.published = published;
      const range = target !== void 0 ? portRange(interpolateDefault(target)) : void 0;
      if (range) m.target = range;
      if (protocol) m.protocol = protocol;
      out.push(m);
    }
  }
  return out;
}
function parseShortPort(text) {
  let rest = text.trim();
  let protocol;
  const slash = rest.lastIndexOf("/");
  if (slash !== -1 && !rest.slice(slash).includes("}")) {
    protocol = rest.slice(slash + 1);
    rest = rest.slice(0, slash);
  }
  let ipText;
  let parts;
  if (rest.startsWith("[")) {
    const close = rest.indexOf("]");
    if (close === -1 || rest[close + 1] !== ":") return void 0;
    ipText = rest.slice(1, close);
    parts = splitOutsideBraces(rest.slice(close + 2));
  } else {
    parts = splitOutsideBraces(rest);
    if (parts.length > 3) {
      ipText = parts.slice(0, -2).join(":");
      parts = parts.slice(-2);
    } else if (parts.length === 3) {
      ipText = parts.shift();
    }
  }
  if (parts.length === 0 || parts.length > 2) return void 0;
  const out = { hostIpUnknown: false };
  if (ipText !== void 0 && ipText !== "") {
    const ip = interpolateDefault(ipText);
    if (ip === void 0) out.hostIpUnknown = true;
    else if (ip !== "") out.hostIp = ip.replace(/^\[|\]$/g, "");
  }
  if (parts.length === 2 && parts[0] !== "") out.published = parts[0];
  const target = portRange(interpolateDefault(parts[parts.length - 1]));
  if (target) out.target = target;
  if (protocol) out.protocol = protocol;
  return out;
}
function portRange(text) {
  const m = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec((text ?? "").trim());
  if (!m) return void 0;
  const a = Number(m[1]);
  const b = m[2] ? Number(m[2]) : a;
  return a <= b ? [a, b] : void 0;
}
function interpolateDefault(text) {
  const t = text.trim();
  if (!t.includes("$")) return t;
  const m = /^\$\{[A-Za-z_][A-Za-z0-9_]*:?-([^}]*)\}$/.exec(t);
  return m ? m[1] : void 0;
}
function splitOutsideBraces(text) {
  const parts = [];
  let cur = "";
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "$" && text[i + 1] === "{") depth++;
    else if (ch === "}" && depth > 0) depth--;
    if (ch === ":" && depth === 0) {
      parts.push(cur);
      cur = "";
    } else cur += ch;
  }
  parts.push(cur);
  return parts;
}
function allInterfaces(m) {
  if (m.hostIpUnknown) return false;
  if (m.hostIp === void 0) return true;
  const ip = m.hostIp.trim();
  return ip === "0.0.0.0" || ip === "::" || ip === "[::]" || ip === "*";
}

// rules/DC005-datastore-port-published.ts
var DC005_datastore_port_published_default = defineRule({
  id: "DC005",
  name: "datastore-port-published",
  severity: "error",
  category: "security",
  productionOnly: true,
  kinds: ["compose"],
  triggers: ["ports"],
  securitySeverity: 8,
  precision: "high",
  messages: {
    published: `service "{{service}}"{{others}} publishes {{mapping}} on every interface: Docker's published ports bypass the host firewall, so the {{what}} is reachable from the internet`
  },
  docs: {
    summary: "A database or broker port is published on every interface",
    what: `Reports a \`ports:\` mapping published on all interfaces \u2014 no host address, \`0.0.0.0\` or \`::\` \u2014 when the service is a datastore or broker (by image, or by the base image of the Dockerfile it builds: \`postgres\`, \`mysql\`, \`mongo\`, \`redis\`, \`rabbitmq\`, \`elasticsearch\`\u2026) or the container port is a well-known datastore port: 5432, 3306, 27017, 6379, 9200, 5672, 11211, 9042, 8086, 5984. Both syntaxes are read: short (\`"5432:5432"\`, \`"5432"\` \u2014 a random host port is still public \u2014, ranges, \`/tcp\`, \`[::1]:5432:5432\`, \`\${PG_PORT:-5432}:5432\`) and long (\`{target, published, host_ip}\`). Anchored on the mapping.

Not reported: a loopback or other specific host address (\`127.0.0.1:5432:5432\`), a host address from a variable with no default, \`expose:\` (not published), and services with \`network_mode: host\` (reported by DC009). A mapping shared through a merge key (\`<<: *defaults\`) is reported once.`,
    why: `Docker writes its own iptables rules for published ports, ahead of the host firewall: \`ufw deny 5432\` does not stop \`"5432:5432"\`. Internet-wide scanners find open PostgreSQL, MongoDB, Redis and Elasticsearch ports within hours, and ransom bots wipe them and leave a note. The hardened compose setups in prodlint's incident reports keep MongoDB and Redis on the internal network with no published port at all; when a port is needed for local tools, binding it to \`127.0.0.1\` keeps it off the internet.`,
    example: {
      kind: "compose",
      path: "compose.yaml",
      code: 'services:\n  db:\n    image: postgres:16\n    restart: unless-stopped\n    ports:\n      - "5432:5432"\n'
    },
    fix: {
      kind: "compose",
      path: "compose.yaml",
      code: 'services:\n  db:\n    image: postgres:16\n    restart: unless-stopped\n    ports:\n      - "127.0.0.1:5432:5432"\n'
    },
    references: ["https://docs.docker.com/reference/compose-file/services/#ports", "https://docs.docker.com/engine/network/packet-filtering-firewalls/"]
  },
  project(model, ctx) {
    for (const doc of productionDocuments(model, "compose")) check4(doc, model, (r) => ctx.report({ ...r, source: doc.source }));
  }
});
function check4(doc, model, report) {
  const compose = doc;
  const { yaml, services } = compose.tree;
  const found = [];
  for (const service of services) {
    if (scalarString(getPath(yaml, service.node, "network_mode")) === "host") continue;
    const ports = servicePorts(yaml, service).filter(allInterfaces);
    if (!ports.length) continue;
    const datastore = isDatastoreService(model, doc.source.path, compose, service);
    for (const port of ports) {
      const known = port.target !== void 0 && DATASTORE_PORTS.some((p) => p >= port.target[0] && p <= port.target[1]);
      if (!datastore && !known) continue;
      const mapping = doc.source.text.slice(port.anchor.start, port.anchor.end).replace(/^["']|["']$/g, "");
      found.push({ span: port.anchor, service: service.name, mapping, what: datastore ? "datastore" : "database port" });
    }
  }
  for (const f of oncePerEntry(found)) report({ messageId: "published", data: { service: f.service, others: f.others, mapping: f.mapping, what: f.what }, span: f.span });
}

// rules/DC006-logs-unbounded.ts
var DC006_logs_unbounded_default = defineRule({
  id: "DC006",
  name: "logs-unbounded",
  severity: "warning",
  category: "reliability",
  productionOnly: true,
  kinds: ["compose"],
  triggers: ["services"],
  precision: "high",
  options: {
    /** Also report services with no `logging:` at all (Docker's default json-file driver keeps everything). */
    includeDefaultDriver: false
  },
  messages: {
    noMaxSize: 'service "{{service}}"{{others}} logs with {{driver}} and no max-size: the log file grows until the disk is full, and then every service on the host fails',
    defaultDriver: 'service "{{service}}"{{others}} uses the default json-file log driver with no max-size: the log file grows until the disk is full'
  },
  docs: {
    summary: "A service's json-file logs have no size limit",
    what: `Reports a long-running service whose \`logging.driver\` is \`json-file\` without \`logging.options.max-size\` (anchored on the driver), or whose \`logging:\` sets \`options\` but neither a driver nor \`max-size\` (the daemon's default driver, normally \`json-file\`, then runs without a limit; anchored on \`logging\`). Merge keys (\`<<: *default-logging\`) are followed.

With the option \`includeDefaultDriver\` (default \`false\`), services with no \`logging:\` at all are reported too \u2014 turn it on when the Docker daemon on the hosts has no \`log-opts\` limit in \`daemon.json\`.

The service is judged merged across its compose file set (\`extends:\`, \`COMPOSE_FILE\`, production fragments; see "Compose file sets" in the README), with compose's rule for \`logging\`: options merge when both files name the same driver (or one names none), otherwise the later file's \`logging\` replaces the earlier one. A \`max-size\` in a production fragment therefore counts; the finding stays on the driver when it is written in the file that defines the service, else on the service key.

Not reported: the \`local\` driver (it rotates by default: 20 MB \xD7 5 files), other drivers (\`journald\`, \`syslog\`, \`fluentd\`, \`awslogs\`, \`none\`\u2026), one-shot jobs and services under development profiles. A \`logging:\` shared through a merge key is reported once, naming how many services share it.`,
    why: `The \`json-file\` driver appends every line a container prints to one file under \`/var/lib/docker/containers/\` and, without \`max-size\`, never rotates it. A chatty service or a crash loop that logs a stack trace per second fills the disk in days; then PostgreSQL cannot write its WAL, Redis cannot save, Docker cannot start containers, and every service on the host goes down together. The hardened setups in prodlint's incident reports all turn on log rotation.`,
    example: {
      kind: "compose",
      path: "compose.yaml",
      code: "services:\n  api:\n    image: example/api:1.4\n    restart: unless-stopped\n    logging:\n      driver: json-file\n"
    },
    fix: {
      kind: "compose",
      path: "compose.yaml",
      code: 'services:\n  api:\n    image: example/api:1.4\n    restart: unless-stopped\n    logging:\n      driver: json-file\n      options:\n        max-size: "10m"\n        max-file: "5"\n'
    },
    references: ["https://docs.docker.com/engine/logging/drivers/json-file/", "https://docs.docker.com/engine/logging/drivers/local/", "https://docs.docker.com/reference/compose-file/services/#logging"]
  },
  project(model, ctx) {
    const sets = composeSets(model);
    for (const doc of productionDocuments(model, "compose")) {
      const found = [];
      const here = (node, fallback) => originOf(node)?.path === doc.source.path ? nodeSpan(node) ?? fallback : fallback;
      for (const judged of sets.judged(doc.source.path)) {
        const { yaml, service } = judged;
        if (isOneShot(yaml, service) || inDevProfile(yaml, service)) continue;
        const loggingPair = getPair(yaml, service.node, "logging");
        if (!loggingPair) {
          if (ctx.options.includeDefaultDriver && !getPair(yaml, service.node, "extends")) {
            found.push({ messageId: "defaultDriver", service: service.name, driver: "json-file", span: service.keySpan });
          }
          continue;
        }
        const logging = resolve(yaml, loggingPair.value);
        if (getPath(yaml, logging, "options.max-size") !== void 0) continue;
        const driverPair = getPair(yaml, logging, "driver");
        const driver = driverPair ? scalarString(resolve(yaml, driverPair.value)) : void 0;
        if (driver === "json-file") {
          found.push({ messageId: "noMaxSize", service: service.name, driver, span: here(resolve(yaml, driverPair.value), service.keySpan) });
        } else if (driver === void 0 && getPath(yaml, logging, "options") !== void 0) {
          found.push({ messageId: "noMaxSize", service: service.name, driver: "the default driver", span: here(loggingPair.key, service.keySpan) });
        }
      }
      for (const f of oncePerEntry(found, (x) => x.messageId)) ctx.report({ messageId: f.messageId, data: { service: f.service, others: f.others, driver: f.driver }, span: f.span, source: doc.source });
    }
  }
});

// rules/DC007-no-memory-limit.ts
var DC007_no_memory_limit_default = defineRule({
  id: "DC007",
  name: "no-memory-limit",
  severity: "note",
  category: "reliability",
  productionOnly: true,
  kinds: ["compose"],
  triggers: ["services"],
  anchor: "owner",
  precision: "high",
  messages: {
    missing: `service "{{service}}"{{set}} has no memory limit: a leak takes the whole host's memory and the kernel OOM-kills its neighbours`
  },
  docs: {
    summary: "A long-running compose service has no memory limit",
    what: `Reports a long-running service with neither \`mem_limit\` nor \`deploy.resources.limits.memory\` (merge keys are followed). \`mem_reservation\` and \`memswap_limit\` alone do not limit anything and do not count. The service is judged merged across its compose file set (\`extends:\`, \`COMPOSE_FILE\`, production fragments such as \`compose.prod.yaml\`; see "Compose file sets" in the README): a limit in any production file of the set counts. Anchored on the service key in the first file that defines it. Not reported: one-shot jobs, services whose \`extends:\` cannot be followed, services under development profiles.`,
    why: `Without a limit a container may use all of the host's memory. When one service leaks \u2014 a cache that never evicts, a queue consumer that buffers everything \u2014 the kernel's OOM killer picks a victim by its own score, often the database or another service, not the leaking one. With a limit only the leaking container is killed and restarted, and the rest of the host keeps running. The hardened setups in prodlint's incident reports cap every service's memory for this reason.`,
    example: { kind: "compose", path: "compose.yaml", code: "services:\n  worker:\n    image: example/worker:1.4\n    restart: unless-stopped\n" },
    fix: { kind: "compose", path: "compose.yaml", code: "services:\n  worker:\n    image: example/worker:1.4\n    restart: unless-stopped\n    deploy:\n      resources:\n        limits:\n          memory: 512M\n" },
    references: ["https://docs.docker.com/reference/compose-file/services/#mem_limit", "https://docs.docker.com/reference/compose-file/deploy/#resources", "https://docs.docker.com/engine/containers/resource_constraints/"]
  },
  project(model, ctx) {
    const sets = composeSets(model);
    for (const doc of productionDocuments(model, "compose")) {
      for (const judged of sets.judged(doc.source.path)) {
        const { yaml, service } = judged;
        if (getPair(yaml, service.node, "mem_limit") || has(yaml, service.node, "deploy.resources.limits.memory")) continue;
        if (getPair(yaml, service.node, "extends") || isOneShot(yaml, service) || inDevProfile(yaml, service)) continue;
        const { set, related } = setContext(judged);
        ctx.report({ messageId: "missing", data: { service: service.name, set }, span: service.keySpan, source: doc.source, related });
      }
    }
  }
});

// rules/DC008-source-bind-mount.ts
import { posix as posix5 } from "node:path";

// src/compose/volumes.ts
function serviceVolumes(yaml, service) {
  const out = [];
  for (const entry of listEntries(yaml, service, "volumes", ["source", "target"])) {
    const { span } = entry;
    if (entry.syntax === "short") {
      out.push({ ...parseShortVolume(entry.text), span, anchor: span });
    } else {
      const item = entry.item;
      const type = scalarString(getPath(yaml, item, "type")) ?? "volume";
      const source = scalarString(getPath(yaml, item, "source"));
      const target = scalarString(getPath(yaml, item, "target"));
      const ro = scalarString(getPath(yaml, item, "read_only"));
      const anchor2 = entry.anchor;
      const m = {
        type: type === "bind" || type === "volume" || type === "tmpfs" || type === "npipe" ? type : "other",
        readOnly: ro === "true",
        span,
        anchor: anchor2
      };
      if (source !== void 0) m.source = source;
      if (target !== void 0) m.target = target;
      out.push(m);
    }
  }
  return out;
}
function parseShortVolume(text) {
  const parts = splitVolume(text);
  if (parts.length === 1) return { type: "volume", target: parts[0], readOnly: false };
  const [source, target, mode] = parts;
  const readOnly = (mode ?? "").split(",").includes("ro");
  const bind = /^[./~$\\]/.test(source) || /^[A-Za-z]:[\\/]/.test(source);
  return { type: bind ? "bind" : "volume", source, target, readOnly };
}
function splitVolume(text) {
  const parts = [];
  let cur = "";
  let braces = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "$" && text[i + 1] === "{") braces++;
    if (ch === "}" && braces > 0) braces--;
    const drive = ch === ":" && cur.length === 1 && /[A-Za-z]/.test(cur) && /[\\/]/.test(text[i + 1] ?? "");
    if (ch === ":" && braces === 0 && !drive) {
      parts.push(cur);
      cur = "";
    } else cur += ch;
  }
  parts.push(cur);
  return parts;
}

// rules/DC008-source-bind-mount.ts
var APP_DIRS = ["/app", "/code", "/src", "/usr/src/app", "/srv/app", "/var/www"];
var SOURCE_DIRS = [".", "src", "app"];
var DC008_source_bind_mount_default = defineRule({
  id: "DC008",
  name: "source-bind-mount",
  severity: "warning",
  category: "reliability",
  productionOnly: true,
  kinds: ["compose"],
  triggers: ["volumes"],
  precision: "high",
  messages: {
    mounted: "{{source}} is bind-mounted over {{target}}: production runs whatever is in the host's working tree, not the tested image"
  },
  docs: {
    summary: "The source tree is bind-mounted over the app's code in the container",
    what: `Reports a bind mount (short \`./src:/app/src\` or long \`{type: bind, source, target}\`) whose source is the source tree \u2014 \`.\`, \`./\`, \`./src\`, \`./app\`, \`\${PWD}\`, or the service's build context (or its \`src\`/\`app\`) \u2014 and whose target is the app's code directory: \`/app\`, \`/code\`, \`/src\`, \`/usr/src/app\`, \`/srv/app\`, \`/var/www\`, the \`WORKDIR\` of the Dockerfile the service builds, or a directory below one of them. A read-only flag does not help: the code still comes from the host. Anchored on the mount.

Not reported: named volumes, data and socket mounts (\`./data:/app/data\`, \`/var/run/\u2026\`), config files (\`./nginx.conf:/etc/nginx/nginx.conf:ro\`), and files classified as development (\`docker-compose.override.yml\`, \`compose.dev.yaml\`), where live code mounts belong. A mount shared through a merge key is reported once.`,
    why: `A bind mount replaces the image's code with the host's working tree. Production then runs whatever happens to be checked out on the server \u2014 a half-finished \`git pull\`, a hot-fix edited in place, files the image's build never compiled or tested \u2014 and two hosts running "the same image" run different code. Combined with a reloader it is worse: any edit on the host, even a \`git pull\`, restarts the service (the VPS in prodlint's first incident report restarted every ~25 minutes).`,
    example: {
      kind: "compose",
      path: "compose.yaml",
      code: "services:\n  api:\n    build: .\n    restart: unless-stopped\n    volumes:\n      - .:/app\n"
    },
    fix: {
      kind: "compose",
      path: "compose.yaml",
      code: "services:\n  api:\n    build: .\n    restart: unless-stopped\n    volumes:\n      - api-data:/app/data\nvolumes:\n  api-data:\n"
    },
    references: ["https://docs.docker.com/reference/compose-file/services/#volumes", "https://docs.docker.com/compose/how-tos/production/"]
  },
  project(model, ctx) {
    for (const doc of productionDocuments(model, "compose")) check5(doc, model, (r) => ctx.report({ ...r, source: doc.source }));
  }
});
function hostPath(source, composeDir) {
  const s = source.replace(/^\$\{PWD\}|^\$PWD(?![A-Za-z0-9_])/, ".");
  if (s.startsWith("/") || s.startsWith("~") || s.includes("$") || /^[A-Za-z]:[\\/]/.test(s)) return void 0;
  return posix5.normalize(posix5.join(composeDir, s)).replace(/\/$/, "");
}
function sourceAndTargets(model, composeRel, doc, service, composeDir) {
  const sources = new Set(SOURCE_DIRS.map((d) => posix5.normalize(posix5.join(composeDir, d)).replace(/\/$/, "")));
  const targets = [...APP_DIRS];
  const file = model.byPath.get(composeRel);
  const build2 = file ? serviceBuild(model, file, doc, service) : void 0;
  if (build2) {
    for (const d of SOURCE_DIRS) sources.add(posix5.normalize(posix5.join(build2.dir || ".", d)).replace(/\/$/, ""));
    const tree = model.byPath.get(build2.dockerfile)?.doc?.tree;
    const stage = tree && (build2.target && stageNamed(tree, build2.target) || tree.finalStage);
    const workdir = tree && stage ? workdirAt(tree, stage) : null;
    if (workdir && workdir.startsWith("/") && workdir !== "/") targets.push(workdir);
  }
  return { sources, targets };
}
function check5(doc, model, report) {
  const compose = doc;
  const { yaml, services } = compose.tree;
  const composeDir = posix5.dirname(doc.source.path);
  const seen = /* @__PURE__ */ new Set();
  for (const service of services) {
    const mounts = serviceVolumes(yaml, service).filter((m) => m.type === "bind" && m.source && m.target);
    if (!mounts.length) continue;
    const { sources, targets } = sourceAndTargets(model, doc.source.path, compose, service, composeDir);
    for (const m of mounts) {
      const src = hostPath(m.source, composeDir);
      const target = m.target.startsWith("/") ? cleanPath(m.target) : void 0;
      if (src === void 0 || target === void 0 || !sources.has(src)) continue;
      if (!targets.some((t) => target === t || target.startsWith(t + "/"))) continue;
      if (seen.has(m.anchor.start)) continue;
      seen.add(m.anchor.start);
      report({ messageId: "mounted", data: { source: m.source, target: m.target }, span: m.anchor });
    }
  }
}

// rules/DC009-host-control-granted.ts
var DOCKER_SOCKETS = /* @__PURE__ */ new Set(["/var/run/docker.sock", "/run/docker.sock"]);
var DC009_host_control_granted_default = defineRule({
  id: "DC009",
  name: "host-control-granted",
  severity: "warning",
  category: "security",
  productionOnly: true,
  kinds: ["compose"],
  triggers: ["privileged", "docker.sock", "network_mode", "pid"],
  securitySeverity: 7.5,
  precision: "very-high",
  messages: {
    privileged: 'service "{{service}}"{{others}} runs privileged: whoever compromises it has root on the host',
    dockerSocket: 'service "{{service}}"{{others}} mounts the Docker socket: whoever compromises it can start a privileged container and own the host',
    hostNetwork: `service "{{service}}"{{others}} shares the host's network stack: it can bind any host port and reach every service listening on localhost`,
    hostPid: `service "{{service}}"{{others}} shares the host's process namespace: it can see and signal every process on the host`
  },
  docs: {
    summary: "A service is given control over the host",
    what: `Reports \`privileged: true\`, a mount of the Docker socket (\`/var/run/docker.sock\` or \`/run/docker.sock\`, short or long syntax, read-only or not \u2014 \`:ro\` does not restrict the API), \`network_mode: host\` and \`pid: host\`. Each is anchored on its own key or mount. Not reported: \`privileged: false\`, \`network_mode: bridge\`/\`none\`/\`service:\u2026\`/\`container:\u2026\`, \`pid: "service:\u2026"\`, and development files. A setting shared through a merge key is reported once. Tools that genuinely need the socket (a reverse proxy reading labels, an updater) should use a socket proxy that allows only the API calls they need; suppress the finding with a reason otherwise.`,
    why: `Each of these removes the wall between container and host. A privileged container can mount the host's disks and load kernel modules; the Docker socket lets anyone inside start a new privileged container with \`/\` mounted \u2014 root on the host in one command; host networking exposes every port the container opens on the public interface and lets it talk to services that listen only on localhost (databases, admin endpoints); the host PID namespace lets it inspect and kill any process. A single remote-code-execution bug in such a service compromises the whole machine.`,
    example: {
      kind: "compose",
      path: "compose.yaml",
      code: "services:\n  updater:\n    image: example/updater:2.0\n    restart: unless-stopped\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n"
    },
    fix: {
      kind: "compose",
      path: "compose.yaml",
      code: "services:\n  socket-proxy:\n    image: example/docker-socket-proxy:0.3\n    restart: unless-stopped\n    environment:\n      CONTAINERS: 1\n  updater:\n    image: example/updater:2.0\n    restart: unless-stopped\n    environment:\n      DOCKER_HOST: tcp://socket-proxy:2375\n"
    },
    references: ["https://docs.docker.com/reference/compose-file/services/#privileged", "https://docs.docker.com/engine/security/#docker-daemon-attack-surface", "https://docs.docker.com/reference/compose-file/services/#network_mode"]
  },
  document(doc, ctx) {
    const { yaml, services } = doc.tree;
    const found = [];
    for (const service of services) {
      const pairSpan = (key, value2) => {
        const pair = getPair(yaml, service.node, key);
        const v = pair ? resolve(yaml, pair.value) : void 0;
        const s = scalarString(v);
        if (s === void 0 || !value2(s)) return void 0;
        const k = nodeSpan(pair.key);
        const vs = nodeSpan(v);
        return k && vs ? { start: k.start, end: vs.end } : void 0;
      };
      const add = (messageId, span) => span && found.push({ span, service: service.name, messageId });
      add("privileged", pairSpan("privileged", (v) => v === "true"));
      add("hostNetwork", pairSpan("network_mode", (v) => v === "host"));
      add("hostPid", pairSpan("pid", (v) => v === "host"));
      for (const m of serviceVolumes(yaml, service)) {
        const src = m.source === void 0 ? void 0 : trimTrailingSlashes(m.source.replace(/^\/\//, "/"));
        if (m.type === "bind" && src && DOCKER_SOCKETS.has(src)) add("dockerSocket", m.anchor);
      }
    }
    for (const f of oncePerEntry(found, (x) => x.messageId)) ctx.report({ messageId: f.messageId, data: { service: f.service, others: f.others }, span: f.span });
  }
});

// rules/DC010-restart-always-on-one-shot.ts
var import_yaml2 = __toESM(require_dist(), 1);
var DC010_restart_always_on_one_shot_default = defineRule({
  id: "DC010",
  name: "restart-always-on-one-shot",
  severity: "warning",
  category: "reliability",
  productionOnly: true,
  kinds: ["compose"],
  triggers: ["restart"],
  precision: "high",
  messages: {
    restart: 'service "{{service}}" runs {{job}} and exits, but restart: {{policy}} starts it again every time it finishes: the job reruns forever',
    policy: 'service "{{service}}" runs {{job}} and exits, but its restart_policy {{how}} starts it again every time it finishes: the job reruns forever'
  },
  docs: {
    summary: "A one-shot compose job (a migration, a seed) has a restart policy that reruns it forever",
    what: `Reports \`restart: always\` and \`restart: unless-stopped\`, and a \`deploy.restart_policy\` whose \`condition\` is \`any\` (written, or left to its default, which is \`any\`) without \`max_attempts\`, on a service whose \`command\`/\`entrypoint\` is a one-shot job: it applies migrations (the commands DF001 knows: \`manage.py migrate\`, \`alembic upgrade\`, \`prisma migrate deploy\`, \`rails db:migrate\`\u2026), seeds or initialises data (\`manage.py loaddata\`/\`createsuperuser\`/\`collectstatic\`, \`rails db:seed\`, \`prisma db push\`/\`db seed\`, \`knex seed:run\`, \`npm run migrate\`, a script named \`migrate.sh\` or \`seed.py\`), and nothing long-running follows it \u2014 not a server, the project's own app, \`exec "$@"\`, \`sleep infinity\`, nor a loop. Anchored on the policy's value.

Not reported: \`restart: on-failure\` (it reruns a job only until it succeeds), \`restart: "no"\`, a \`restart_policy\` with \`max_attempts\`, services whose name or image alone suggests a job (what they run is not visible), \`sh -c "migrate && exec gunicorn \u2026"\` (a long-running service that migrates first) and services under development profiles.`,
    why: `A migration or seed container is meant to run once, exit 0, and let the services that wait for it (\`depends_on: condition: service_completed_successfully\`) start. With \`restart: always\` or \`unless-stopped\` Docker starts it again the moment it exits, with a growing back-off, for as long as the stack runs: the migration reapplies and logs on every loop, a seed that is not idempotent inserts its rows again or fails on duplicates and turns the job into a crash loop, and \`docker compose ps\` shows a service that is always "restarting". The incident reports' hardened compose files put \`restart: unless-stopped\` on every service as the fix for services that stayed down (seed 004) \u2014 copied onto the migration service it does this. Use \`restart: on-failure\` (or \`"no"\`) for jobs.`,
    example: {
      kind: "compose",
      path: "compose.yaml",
      code: 'services:\n  migrate:\n    build: .\n    command: ["python", "manage.py", "migrate", "--noinput"]\n    restart: unless-stopped\n  web:\n    build: .\n    restart: unless-stopped\n    depends_on:\n      migrate:\n        condition: service_completed_successfully\n'
    },
    fix: {
      kind: "compose",
      path: "compose.yaml",
      code: 'services:\n  migrate:\n    build: .\n    command: ["python", "manage.py", "migrate", "--noinput"]\n    restart: on-failure\n  web:\n    build: .\n    restart: unless-stopped\n    depends_on:\n      migrate:\n        condition: service_completed_successfully\n'
    },
    references: [
      "https://docs.docker.com/reference/compose-file/services/#restart",
      "https://docs.docker.com/reference/compose-file/deploy/#restart_policy",
      "https://docs.docker.com/reference/compose-file/services/#long-syntax-1"
    ]
  },
  document(doc, ctx) {
    const { yaml, services } = doc.tree;
    const commands = documentCommands(doc, ctx.project);
    for (const service of services) {
      if (inDevProfile(yaml, service)) continue;
      const restart = getPair(yaml, service.node, "restart");
      const policyNode = resolve(yaml, getPath(yaml, service.node, "deploy.restart_policy"));
      const policy = scalarString(resolve(yaml, restart?.value));
      const alwaysRestarts = policy === "always" || policy === "unless-stopped";
      const condition = (0, import_yaml2.isMap)(policyNode) ? getPair(yaml, policyNode, "condition") : void 0;
      const conditionValue = condition ? scalarString(resolve(yaml, condition.value)) : void 0;
      const policyRestarts = (0, import_yaml2.isMap)(policyNode) && (conditionValue === "any" || condition === void 0) && getPair(yaml, policyNode, "max_attempts") === void 0;
      if (!alwaysRestarts && !policyRestarts) continue;
      const job = serviceOneShotJob(commands, service);
      if (!job) continue;
      if (alwaysRestarts) {
        const span = nodeSpan(resolve(yaml, restart.value)) ?? service.keySpan;
        ctx.report({ messageId: "restart", data: { service: service.name, job: job.what, policy }, span });
      } else {
        const anchor2 = condition ? nodeSpan(resolve(yaml, condition.value)) : nodeSpan(getPair(yaml, resolve(yaml, getPair(yaml, service.node, "deploy")?.value), "restart_policy")?.key);
        ctx.report({ messageId: "policy", data: { service: service.name, job: job.what, how: condition ? "condition: any" : "(default condition: any)" }, span: anchor2 ?? service.keySpan });
      }
    }
  }
});

// src/stop-grace.ts
var FLAGS = [
  { program: "celery", sub: "worker", flags: ["--time-limit", "--soft-time-limit"] },
  { program: "gunicorn", flags: ["--graceful-timeout"] },
  { program: "uvicorn", flags: ["--timeout-graceful-shutdown"] },
  { program: "hypercorn", flags: ["--graceful-timeout"] },
  { program: "sidekiq", flags: ["-t", "--timeout"] },
  { program: "dramatiq", flags: ["--worker-shutdown-timeout"], scale: 1e-3 }
];
var CELERY_WITH_VALUE = ["-A", "--app", "-b", "--broker", "--result-backend", "--loader", "--config", "--workdir"];
var ENV_SECONDS = /^(UVICORN_TIMEOUT_GRACEFUL_SHUTDOWN|GUNICORN_GRACEFUL_TIMEOUT|GRACEFUL_TIMEOUT|GRACEFUL_SHUTDOWN_TIMEOUT|SHUTDOWN_TIMEOUT|WORKER_TIMEOUT|TASK_TIMEOUT|JOB_TIMEOUT|CELERY_TASK_TIME_LIMIT|CELERYD_TASK_TIME_LIMIT)(_SECONDS|_SECS|_S)?$/;
var OPTION_VARIABLES = {
  GUNICORN_CMD_ARGS: ["--graceful-timeout"],
  CELERYD_OPTS: ["--time-limit", "--soft-time-limit"]
};
function seconds(value2, scale = 1) {
  if (value2 === null || value2 === void 0 || !/^\d+(\.\d+)?$/.test(value2.trim())) return void 0;
  const n = Number(value2) * scale;
  return n > 0 ? n : void 0;
}
function commandStopNeed(command) {
  const cmd = programName(command) === "bundle" && command.argv[1]?.value === "exec" ? { ...command, argv: command.argv.slice(2) } : command;
  const name = programName(cmd);
  let best;
  for (const spec of FLAGS) {
    if (name !== spec.program) continue;
    if (spec.sub && subcommand(cmd, CELERY_WITH_VALUE)?.value !== spec.sub) continue;
    for (const flag of spec.flags) {
      const word = findFlag(cmd, [flag]);
      if (!word || !(word.value === flag || word.value?.startsWith(flag + "="))) continue;
      const value2 = flagValue(cmd, word);
      const s = seconds(value2, spec.scale);
      if (s === void 0) continue;
      if (!best || s > best.seconds) best = { seconds: s, what: `${name} ${flag}${word.value?.includes("=") ? "=" : " "}${value2}`, span: spanThroughValue(cmd, word) };
    }
  }
  return best;
}
function spanThroughValue(cmd, flag) {
  if (flag.value?.includes("=")) return flag.span;
  const next = cmd.argv[cmd.argv.indexOf(flag) + 1];
  return next ? { start: flag.span.start, end: next.span.end } : flag.span;
}
function envStopNeed(a) {
  const options = OPTION_VARIABLES[a.name];
  if (options && a.value) {
    const words2 = splitWords(EmbeddedText.verbatim(a.value, a.valueSpan.start));
    let best;
    for (const flag of options) {
      const i = words2.findIndex((w2) => w2.word.value === flag || w2.word.value?.startsWith(flag + "="));
      if (i === -1) continue;
      const w = words2[i].word;
      const value2 = w.value.includes("=") ? w.value.slice(w.value.indexOf("=") + 1) : words2[i + 1]?.word.value;
      const s2 = seconds(value2);
      if (s2 !== void 0 && (!best || s2 > best.seconds)) best = { seconds: s2, what: `${a.name} ${flag} ${value2}`, span: a.span };
    }
    return best;
  }
  if (!ENV_SECONDS.test(a.name)) return void 0;
  const s = seconds(a.value);
  return s === void 0 ? void 0 : { seconds: s, what: `${a.name}=${a.value}`, span: a.span };
}
function stopNeed(commands, env) {
  let best;
  const consider = (n) => {
    if (n && (!best || n.seconds > best.seconds)) best = n;
  };
  for (const c of commands) {
    consider(commandStopNeed(c));
    for (const a of c.assigns) consider(envStopNeed(a));
  }
  for (const a of env) consider(envStopNeed(a));
  return best;
}
function formatSeconds(s) {
  if (s >= 3600 && s % 3600 === 0) return `${s / 3600} h`;
  if (s >= 60 && s % 60 === 0) return `${s / 60} min`;
  return `${Math.round(s * 1e3) / 1e3} s`;
}

// rules/DC011-short-stop-grace.ts
var COMPOSE_DEFAULT_GRACE = 10;
var DC011_short_stop_grace_default = defineRule({
  id: "DC011",
  name: "short-stop-grace",
  severity: "warning",
  category: "reliability",
  productionOnly: true,
  kinds: ["compose"],
  triggers: ["time-limit", "graceful", "timeout", "TIMEOUT", "TIME_LIMIT", "sidekiq", "CELERYD_OPTS"],
  precision: "high",
  messages: {
    short: "stop_grace_period {{grace}} is shorter than the {{need}} that {{what}} allows the service to finish its work in: Docker kills it mid-task on every stop and deploy",
    default: 'service "{{service}}" allows {{need}} to finish its work ({{what}}) but sets no stop_grace_period: Docker kills it after the default 10 s on every stop and deploy'
  },
  docs: {
    summary: "A compose service is killed before the shutdown time its own command asks for",
    what: `Compares a service's \`stop_grace_period\` (compose durations: \`90s\`, \`1m30s\`, \`500ms\`; Docker's default is 10 s) with the longest time the service itself declares it may need to stop, where both are visible in the compose file: a task time limit or graceful-shutdown timeout on its \`command\`/\`entrypoint\` (also inside \`sh -c '\u2026'\`) \u2014 Celery \`worker --time-limit\`/\`--soft-time-limit\`, Gunicorn \`--graceful-timeout\`, Uvicorn \`--timeout-graceful-shutdown\`, Hypercorn \`--graceful-timeout\`, Sidekiq \`-t\`, Dramatiq \`--worker-shutdown-timeout\` (milliseconds) \u2014 or in its \`environment:\` (\`GUNICORN_CMD_ARGS\`, \`CELERYD_OPTS\`, \`UVICORN_TIMEOUT_GRACEFUL_SHUTDOWN\`, \`GRACEFUL_TIMEOUT\`, \`WORKER_TIMEOUT\`, \`TASK_TIMEOUT\`, \`JOB_TIMEOUT\`, \`SHUTDOWN_TIMEOUT\`, in seconds). Reports a \`stop_grace_period\` shorter than that need, anchored on its value; and, when no \`stop_grace_period\` is written and the need is over 10 s, the service key.

Only values written explicitly count: a tool's default (Gunicorn waits 30 s) and settings in configuration files (\`gunicorn.conf.py\`, \`celeryconfig.py\`, \`sidekiq.yml\`) or in the image's Dockerfile are not read. Values with interpolation (\`\${TIMEOUT}\`) are not judged. Services under development profiles are skipped.`,
    why: `On \`docker compose down\`, a redeploy or a host shutdown Docker sends SIGTERM and, after \`stop_grace_period\`, SIGKILL. A Celery worker stopped with SIGTERM finishes the tasks it is running (warm shutdown), and a task may run up to its \`--time-limit\`; Gunicorn and Uvicorn finish in-flight requests for their graceful timeout. When the grace period is shorter, every deploy SIGKILLs work half done: a payment captured but not recorded, a file half written, a message acknowledged and lost \u2014 and the next worker redoes or skips it. The incident reports describe exactly this shutdown ("Shutdown \u0E44\u0E21\u0E48 graceful \u0E17\u0E34\u0E49\u0E07 connections": shutdown was not graceful and dropped connections, seed 004), and their systemd units set \`TimeoutStopSec=30\` without comparing it with what the service needs (seeds 000, 003). Give the container at least as long as the service asks for.`,
    example: {
      kind: "compose",
      path: "compose.yaml",
      code: 'services:\n  worker:\n    image: example/app:1.4\n    command: ["celery", "-A", "tasks", "worker", "--time-limit=300"]\n    restart: unless-stopped\n    stop_grace_period: 30s\n'
    },
    fix: {
      kind: "compose",
      path: "compose.yaml",
      code: 'services:\n  worker:\n    image: example/app:1.4\n    command: ["celery", "-A", "tasks", "worker", "--time-limit=300"]\n    restart: unless-stopped\n    stop_grace_period: 5m30s\n'
    },
    references: [
      "https://docs.docker.com/reference/compose-file/services/#stop_grace_period",
      "https://docs.celeryq.dev/en/stable/userguide/workers.html#stopping-the-worker",
      "https://docs.gunicorn.org/en/stable/settings.html#graceful-timeout",
      "https://www.uvicorn.org/settings/#timeouts"
    ]
  },
  document(doc, ctx) {
    const { yaml, services } = doc.tree;
    const commands = documentCommands(doc, ctx.project).filter((c) => c.role === "start");
    const env = ctx.project.byPath.get(doc.source.path)?.facts?.env ?? [];
    for (const service of services) {
      if (inDevProfile(yaml, service)) continue;
      const own = commands.filter((c) => c.carrier.owner === service.name);
      const need = stopNeed(own, env.filter((a) => a.carrier.kind === "compose" && a.carrier.owner === service.name && a.carrier.label === "environment"));
      if (!need) continue;
      const pair = getPair(yaml, service.node, "stop_grace_period");
      if (!pair) {
        if (need.seconds > COMPOSE_DEFAULT_GRACE) ctx.report({ messageId: "default", data: { service: service.name, need: formatSeconds(need.seconds), what: need.what }, span: service.keySpan });
        continue;
      }
      const node = resolve(yaml, pair.value);
      const text = scalarString(node);
      const grace = text === void 0 ? void 0 : goDurationSeconds(text);
      if (grace === void 0 || grace >= need.seconds) continue;
      ctx.report({ messageId: "short", data: { grace: text, need: formatSeconds(need.seconds), what: need.what }, span: nodeSpan(node) ?? service.keySpan });
    }
  }
});

// rules/DF001-migrations-not-in-image.ts
import { posix as posix7 } from "node:path";

// src/docker/dir-mentions.ts
var QUOTES = /* @__PURE__ */ new Set(['"', "'", "`"]);
var MIGRATION_MACROS = /\bmigrate!\s*\(|\bembed_migrations!/;
function quotesPathSegment(text, name) {
  if (name === "") return false;
  let lastStop = -1;
  let from = 0;
  let nextStop = 0;
  for (let s = text.indexOf(name); s !== -1; s = text.indexOf(name, s + 1)) {
    for (; from < s; from++) if (isStop(text[from])) lastStop = from;
    const leftOk = lastStop !== -1 && QUOTES.has(text[lastStop]) && (lastStop === s - 1 || text[s - 1] === "/");
    if (!leftOk) continue;
    const end = s + name.length;
    if (nextStop < end) nextStop = end;
    while (nextStop < text.length && !isStop(text[nextStop])) nextStop++;
    if (nextStop < text.length && QUOTES.has(text[nextStop]) && (nextStop === end || text[end] === "/")) return true;
  }
  return false;
}
function embedsDirectory(text, name) {
  if (MIGRATION_MACROS.test(text)) return true;
  if (name === "") return false;
  const names = wordOccurrences(text, name);
  if (names.length === 0) return false;
  for (let g = text.indexOf("go:embed"); g !== -1; ) {
    const lineEnd = text.indexOf("\n", g);
    const end = lineEnd === -1 ? text.length : lineEnd;
    const s = firstAtOrAfter(names, g + "go:embed".length);
    if (s !== void 0 && s <= end) return true;
    if (lineEnd === -1) break;
    g = text.indexOf("go:embed", lineEnd);
  }
  const macro = "include_dir!";
  let close = -1;
  for (let p = text.indexOf(macro); p !== -1; p = text.indexOf(macro, p + 1)) {
    if (p > 0 && isWord(text.charCodeAt(p - 1))) continue;
    let open = p + macro.length;
    while (open < text.length && isBlank(text[open])) open++;
    if (text[open] !== "(") continue;
    const s = firstAtOrAfter(names, open + 1);
    if (s === void 0) continue;
    if (close <= open) close = text.indexOf(")", open + 1);
    if (close === -1 || s <= close) return true;
  }
  return false;
}
function wordOccurrences(text, name) {
  const out = [];
  for (let s = text.indexOf(name); s !== -1; s = text.indexOf(name, s + 1)) {
    if (boundaryAt(text, s) && boundaryAt(text, s + name.length)) out.push(s);
  }
  return out;
}
function firstAtOrAfter(sorted, min) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid] < min) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo];
}
function boundaryAt(text, i) {
  const before = i > 0 && isWord(text.charCodeAt(i - 1));
  const after = i < text.length && isWord(text.charCodeAt(i));
  return before !== after;
}
function isWord(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
}
function isBlank(ch) {
  const c = ch.charCodeAt(0);
  if (c > 32 && c < 127) return false;
  return /\s/.test(ch);
}
function isStop(ch) {
  return QUOTES.has(ch) || isBlank(ch);
}

// src/docker/reach.ts
import { posix as posix6 } from "node:path";
function stageMappings(tree, stage, opts = {}, memo = /* @__PURE__ */ new Map(), depth = 0) {
  const known = memo.get(stage.index);
  if (known) return known;
  const out = [];
  memo.set(stage.index, out);
  if (depth > 64) return out;
  const base = baseStage(tree, stage);
  if (base) out.push(...stageMappings(tree, base, opts, memo, depth + 1));
  for (const ins of stage.instructions) {
    const spec = parseCopy(ins);
    if (!spec?.dest || !spec.sources.length) continue;
    const workdir = workdirAt(tree, stage, ins);
    const env = envAt(tree, stage, ins);
    const destRaw = expandStatic(spec.dest.value, env);
    const destPath = resolveContainerPath(destRaw, workdir);
    const destIsDir = /\/$/.test(destRaw) || destRaw === "." || spec.sources.length > 1 || spec.parents;
    const excludes = spec.excludes.flatMap((e) => parseDockerignore(e));
    if (!spec.from) {
      for (const s of spec.sources) {
        if (isRemoteSource(s.value)) continue;
        const ctx = contextPath(s.value);
        if (ctx === void 0) continue;
        const dir = ctx === "." || s.value.endsWith("/") || isGlob(ctx) ? true : opts.isDir?.(ctx) ?? guessDir(ctx);
        let dest = destPath;
        if (dest !== null && spec.parents && ctx !== ".") dest = joinPath(dest, isGlob(ctx) ? "" : dir ? ctx : posix6.dirname(ctx));
        if (dest !== null && dir === false && destIsDir && !spec.parents) dest = joinPath(dest, posix6.basename(ctx));
        else if (dest !== null && dir === false && spec.parents) dest = joinPath(dest, posix6.basename(ctx));
        out.push({ ctx, dest, dir, copy: spec, excludes });
      }
      continue;
    }
    const from = stageNamed(tree, spec.from, stage.index);
    if (!from) continue;
    const fromMappings = stageMappings(tree, from, opts, memo, depth + 1);
    for (const s of spec.sources) {
      const value2 = expandStatic(s.value, env);
      const src = value2.includes("$") || isGlob(value2) ? null : resolveContainerPath(value2, "/");
      for (const m of fromMappings) {
        if (src === null || m.dest === null || destPath === null) {
          out.push({ ctx: m.ctx, dest: null, dir: m.dir, copy: spec, excludes: [...m.excludes, ...excludes] });
          continue;
        }
        const inside = isUnderOrEqual(m.dest, src);
        if (inside === void 0) {
          out.push({ ctx: m.ctx, dest: null, dir: m.dir, copy: spec, excludes: [...m.excludes, ...excludes] });
        } else if (inside) {
          const rel = m.dest === src ? "" : m.dest.slice(src.length + 1);
          const fileCopy = m.dest === src && m.dir === false;
          const dest = fileCopy ? destIsDir ? joinPath(destPath, posix6.basename(src)) : destPath : joinPath(destPath, rel);
          out.push({ ctx: m.ctx, dest, dir: m.dir, copy: spec, excludes: [...m.excludes, ...excludes] });
        } else if (m.dir !== false && isUnderOrEqual(src, m.dest)) {
          const rel = src.slice(m.dest.length + 1);
          const ctx = m.ctx === "." ? cleanPath(rel) : cleanPath(`${m.ctx}/${rel}`);
          out.push({ ctx, dest: destPath, dir: void 0, copy: spec, excludes: [...m.excludes, ...excludes] });
        }
      }
    }
  }
  return out;
}
function contextPath(value2) {
  const v = cleanPath(value2.replace(/^\/+/, ""));
  if (v.startsWith("..")) return void 0;
  return v;
}
function guessDir(ctx) {
  const base = posix6.basename(ctx);
  if (/\.[A-Za-z0-9]{1,8}$/.test(base) && !base.startsWith(".")) return false;
  return void 0;
}
function contextPathPresence(tree, stage, path, files, opts = {}) {
  const target = cleanPath(path);
  const inStage = presenceIn(stageMappings(tree, stage, opts), target, files, opts);
  if (inStage.presence !== "absent") return inStage;
  const chain = new Set(stageChain(tree, stage).map((s) => s.index));
  for (const other of tree.stages) {
    if (chain.has(other.index)) continue;
    const r = presenceIn(stageMappings(tree, other, opts), target, files, opts);
    if (r.presence === "present") return { presence: "elsewhere" };
  }
  return inStage;
}
function presenceIn(mappings, target, files, opts) {
  let excluded;
  for (const m of mappings) {
    const covers = coverage(m.ctx, target);
    if (!covers) continue;
    const candidates = covers === "part" ? [m.ctx] : files.length ? [...files] : [target];
    let by;
    const sent = candidates.some((c) => {
      const ig = opts.ignore ? matchIgnore(opts.ignore, c) : { excluded: false };
      if (ig.excluded) {
        by = ig.by;
        return false;
      }
      const rel = m.ctx === "." || covers === "part" || isGlob(m.ctx) ? c : c.slice(m.ctx.length + 1) || posix6.basename(c);
      const ex = m.excludes.length ? matchIgnore(m.excludes, rel) : { excluded: false };
      if (ex.excluded) {
        by = ex.by;
        return false;
      }
      return true;
    });
    if (sent) return { presence: "present", mapping: m };
    excluded ??= { presence: "excluded", mapping: m, ...by ? { by } : {} };
  }
  return excluded ?? { presence: "absent" };
}
function coverage(source, target) {
  if (source === "." || source === target || target.startsWith(source + "/")) return "all";
  if (source.startsWith(target + "/")) return "part";
  if (source.includes("$")) return "all";
  if (isGlob(source)) {
    const [re] = parseDockerignore(source);
    if (!re) return "all";
    if (re.matcher.testPathOrParent(target)) return "all";
    const stat = source.slice(0, source.search(/[*?[]/));
    if (stat.startsWith(target + "/")) return "part";
  }
  return void 0;
}
function containerPathProvided(tree, stage, path, opts = {}) {
  let excluded;
  let unknown = false;
  for (const m of stageMappings(tree, stage, opts)) {
    if (m.dest === null) {
      unknown = true;
      continue;
    }
    const inside = isUnderOrEqual(path, m.dest);
    const around = isUnderOrEqual(m.dest, path);
    if (inside === void 0 || around === void 0) {
      unknown = true;
      continue;
    }
    let ctxPath;
    if (around) ctxPath = m.ctx;
    else if (inside && m.dir !== false) {
      const rel = path.slice(m.dest === "/" ? 1 : m.dest.length + 1);
      ctxPath = m.ctx === "." ? cleanPath(rel) : isGlob(m.ctx) ? void 0 : cleanPath(`${m.ctx}/${rel}`);
      if (ctxPath === void 0) return { provided: "unknown", mapping: m };
    } else if (m.dir !== true && joinPath(m.dest, posix6.basename(m.ctx)) === path) ctxPath = m.ctx;
    if (ctxPath === void 0) continue;
    const ig = opts.ignore ? matchIgnore(opts.ignore, ctxPath) : { excluded: false };
    if (ig.excluded) {
      excluded ??= { provided: "excluded", mapping: m, ...ig.by ? { by: ig.by } : {} };
      continue;
    }
    return { provided: "yes", mapping: m };
  }
  if (unknown) return { provided: "unknown" };
  const name = posix6.basename(path);
  for (const s of stageChain(tree, stage)) {
    for (const ins of s.instructions) {
      if (ins.keyword === "RUN" && name && ins.args.text.includes(name)) return { provided: "unknown" };
      if (ins.keyword === "ADD" && parseCopy(ins)?.sources.some((x) => isRemoteSource(x.value))) return { provided: "unknown" };
    }
  }
  return excluded ?? { provided: "no" };
}
function contextSourceOf(tree, stage, path, opts = {}) {
  const maps = stageMappings(tree, stage, opts);
  for (let i = maps.length - 1; i >= 0; i--) {
    const m = maps[i];
    if (m.dest === null || isGlob(m.ctx) || m.ctx.includes("$")) continue;
    if (m.dir !== true && m.dest === path) return m.ctx;
    if (m.dir !== false && isUnderOrEqual(path, m.dest) === true && path !== m.dest) {
      const rel = path.slice(m.dest === "/" ? 1 : m.dest.length + 1);
      return m.ctx === "." ? cleanPath(rel) : cleanPath(`${m.ctx}/${rel}`);
    }
  }
  return void 0;
}

// src/docker/start.ts
function imageStartCommands(model, dockerfile, opts = {}) {
  const out = [];
  const linked = /* @__PURE__ */ new Set();
  for (const command of dockerfile.facts?.commands ?? []) {
    if (command.role !== "start") continue;
    out.push({ command, file: dockerfile, origin: "dockerfile" });
    const script = copiedScript(model, dockerfile, command);
    if (script && !linked.has(script.rel) && !(model.startedBy.get(script.rel) ?? []).some((v) => v.path === dockerfile.rel)) {
      linked.add(script.rel);
      const via = { path: dockerfile.rel, span: command.span, start: dockerfile.source.positionAt(command.span.start), end: dockerfile.source.positionAt(command.span.end), label: command.carrier.label };
      for (const c of parseScript(model, script, [via])) out.push({ command: c, file: script, origin: "script" });
    }
  }
  const uses = opts.compose === false ? [] : servicesBuilding(model, dockerfile.rel).filter((u) => u.compose.environment === "production");
  for (const use of uses) {
    for (const command of use.compose.facts?.commands ?? []) {
      if (command.role === "start" && command.carrier.owner === use.service.name) out.push({ command, file: use.compose, origin: "compose", use });
    }
  }
  for (const file of commandFiles(model)) {
    if (file === dockerfile || file.kind === "compose" || file.kind === "dockerfile") continue;
    for (const command of commandsOf(model, file)) {
      if (command.role !== "start") continue;
      if (command.via.some((v) => v.path === dockerfile.rel)) {
        out.push({ command, file, origin: "script" });
        continue;
      }
      const use = uses.find((u) => command.via.some((v) => v.path === u.compose.rel && v.span.start >= u.service.span.start && v.span.end <= u.service.span.end));
      if (use) out.push({ command, file, origin: "script", use });
    }
  }
  return out;
}
function startEnvironment(starts) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const s of starts) {
    out.push(...s.command.assigns);
    if (s.origin === "script" && !seen.has(s.file)) {
      seen.add(s.file);
      out.push(...s.file.facts?.env ?? lazy.get(s.file)?.env ?? []);
    }
  }
  return out;
}
function composeEnvironment(model, dockerfile) {
  const out = [];
  for (const use of servicesBuilding(model, dockerfile)) {
    for (const a of use.compose.facts?.env ?? []) {
      if (a.carrier.owner === use.service.name && a.carrier.label === "environment") out.push(a);
    }
  }
  return out;
}
var lazy = /* @__PURE__ */ new WeakMap();
var withCommands = /* @__PURE__ */ new WeakMap();
function commandFiles(model) {
  let files = withCommands.get(model);
  if (!files) {
    files = model.files.filter((f) => f.facts || f.kind === "shell" && (model.startedBy.get(f.rel)?.length ?? 0) > 0);
    withCommands.set(model, files);
  }
  return files;
}
function commandsOf(model, file) {
  if (file.facts) return file.facts.commands;
  const known = lazy.get(file);
  if (known) return known.commands;
  const vias = model.startedBy.get(file.rel);
  if (file.kind !== "shell" || !vias?.length) return [];
  return parseScript(model, file, vias);
}
function parseScript(model, file, vias) {
  const known = lazy.get(file);
  if (known) return known.commands;
  if (!shellParserReady()) return [];
  const source = sourceOf(model, file.rel);
  if (!source) return [];
  const sink = newSink();
  const carrier = { kind: "shell", label: "script", source, span: { start: 0, end: source.text.length }, shellForm: true };
  try {
    addShellScript(sink, EmbeddedText.verbatim(source.text, 0), "start", carrier, vias);
  } catch {
    return [];
  }
  for (const a of sink.env) if (a.role === "script") a.role = "start";
  lazy.set(file, { commands: sink.commands, env: sink.env });
  return sink.commands;
}
function copiedScript(model, dockerfile, command) {
  const tree = dockerfile.doc?.tree;
  const stage = tree?.finalStage;
  if (!tree || !stage) return void 0;
  const head = command.argv[0];
  const word = head ? head.value ?? expandStatic(head.text.replace(/^"|"$/g, ""), envAt(tree, stage)) : void 0;
  if (!word || !word.includes("/") || word.includes("$")) return void 0;
  const path = resolveContainerPath(word, workdirAt(tree, stage));
  if (!path) return void 0;
  for (const context of contextsOf(model, dockerfile.rel)) {
    const ctxPath = contextSourceOf(tree, stage, path);
    if (!ctxPath) continue;
    const file = model.byPath.get(inContext(context.dir, ctxPath));
    if (file?.kind === "shell") return file;
  }
  return void 0;
}

// rules/DF001-migrations-not-in-image.ts
var BUILD_OUTPUT = /^(dist|build|out|lib|target|bin|\.next)(\/|$)/;
var NOT_CODE = /^(docs?|static|public|assets|conf|configs?|nginx|certs?|ssl|fonts|images|img|media|data|fixtures|\.github)$/;
var CODE_FILE = /\.(py|js|mjs|cjs|ts|mts|cts|rb|go|php|java|jar|war|kt|ex|exs|rs|cs|sh)$/;
var DF001_migrations_not_in_image_default = defineRule({
  id: "DF001",
  name: "migrations-not-in-image",
  severity: "error",
  category: "reliability",
  productionOnly: true,
  kinds: ["dockerfile"],
  triggers: [],
  anchor: "owner",
  precision: "high",
  messages: {
    commandMissing: "{{tool}} runs when the container starts, but the image never gets {{path}}: the first deploy finds no migrations and crash-loops or runs on an old schema",
    commandExcluded: "{{tool}} runs when the container starts, but .dockerignore keeps {{path}} out of the image: the first deploy finds no migrations",
    dirMissing: "the image runs code from its build context but never copies {{dir}}: the first deploy starts without its migrations and crash-loops or runs on an old schema",
    dirExcluded: "the image copies its build context but .dockerignore keeps {{dir}} out: the first deploy starts without its migrations",
    dirLeftInBuild: "a build stage copies {{dir}} but the final stage does not, and the code opens it at run time: the first deploy starts without its migrations"
  },
  docs: {
    summary: "The image applies database migrations at start but the migrations are not in it",
    what: `A project rule: it reads every production Dockerfile together with its build context, its \`.dockerignore\`, the scripts its \`CMD\`/\`ENTRYPOINT\` run and the compose services that build it.

Reported when the final stage (or the compose \`build.target\`) lacks the migrations it needs:
- **A migration command runs at start** \u2014 \`alembic upgrade\`, \`flask db upgrade\`, \`prisma migrate deploy\`, \`knex migrate:latest\`, \`sequelize db:migrate\`, \`typeorm migration:run\`, \`node-pg-migrate up\`, \`rails db:migrate\`, \`yoyo apply\`, \`goose up\` (\`manage.py migrate\` counts, but Django keeps migrations inside its apps) \u2014 in \`CMD\`/\`ENTRYPOINT\`, in the script they run, or in the \`command:\` of a compose service that builds the image, and no \`COPY\`/\`ADD\` puts the path the tool reads (\`alembic.ini\`, \`migrations/\`, \`prisma/\`, \`db/migrate/\`, or what \`-c\`/\`-d\`/\`--schema\`\u2026 name), resolved against \`WORKDIR\` (or compose \`working_dir:\`, or a \`cd\` before it), into the image \u2014 or \`.dockerignore\` keeps it out. Anchored on the migration command (or on the \`CMD\`/\`ENTRYPOINT\` that runs the script), with the script or compose command as a related location.
- **The build context holds a migrations directory** at its root \u2014 \`migrations/\`, the \`script_location\` of \`alembic.ini\` (or \`alembic/\`), \`prisma/migrations/\`, \`db/migrate/\` \u2014 next to code the image copies, and the final stage copies neither it nor a parent (\`COPY . .\`), or \`.dockerignore\` excludes it. Unless a migration command runs at start, the image must also show that it reads the directory: a start command names it, or a code file the image copies mentions it in a string literal (\`Path(__file__).parent / "migrations"\`, \`"file://migrations"\`) \u2014 projects that apply migrations from CI or by hand are left alone. Anchored on the \`CMD\`/\`ENTRYPOINT\` (else the final \`FROM\`); the related location is the first file of the directory.

Copies are followed through stages: \`COPY --from=build /app /app\` brings what the \`build\` stage copied from the context. A directory that only a build stage copies is reported when the code opens it at run time (a path literal as above) and embeds it nowhere (\`//go:embed\`, \`sqlx::migrate!\`, \`embed_migrations!\`, \`include_dir!\`). Not reported: a migrations directory that another Dockerfile copies or a compose service mounts (it belongs to another container), or that sits next to compiled output the image copies (\`dist/\`, \`build/\`); paths given by variables; a \`RUN\` that mentions the path (it may create it).`,
    why: `Migrations are the one part of the code that many Dockerfiles forget: the app runs without them on a developer's machine, where the whole checkout is present, and the image is never started against a fresh database in CI. On the first deploy the container starts, finds zero migration files, and either crash-loops or runs against the old schema until a query fails. One team's Telegram bot crash-looped on its hosting platform until the Dockerfile got an explicit \`COPY migrations/ ./migrations/\`; their start-up log line "Found 26 migration files" became the check that a deploy was sane.`,
    example: {
      kind: "dockerfile",
      path: "Dockerfile",
      code: 'FROM python:3.12-slim\nENV PYTHONUNBUFFERED=1\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY app/ ./app/\nUSER nobody\nCMD ["sh", "-c", "alembic upgrade head && exec uvicorn app.main:app --host 0.0.0.0 --port 8000"]\n'
    },
    fix: {
      kind: "dockerfile",
      path: "Dockerfile",
      code: 'FROM python:3.12-slim\nENV PYTHONUNBUFFERED=1\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY alembic.ini .\nCOPY alembic/ ./alembic/\nCOPY app/ ./app/\nUSER nobody\nCMD ["sh", "-c", "alembic upgrade head && exec uvicorn app.main:app --host 0.0.0.0 --port 8000"]\n'
    },
    references: ["https://docs.docker.com/reference/dockerfile/#copy", "https://docs.docker.com/build/concepts/context/#dockerignore-files", "https://alembic.sqlalchemy.org/en/latest/tutorial.html"]
  },
  project(model, ctx) {
    for (const file of model.files) {
      if (file.kind !== "dockerfile" || !file.doc || !file.source || file.environment === "development") continue;
      const tree = file.doc.tree;
      if (!tree.finalStage) continue;
      const starts = imageStartCommands(model, file);
      for (const context of contextsOf(model, file.rel)) {
        const targets = new Set(context.uses.map((u) => u.target));
        if (!context.uses.length) targets.add(void 0);
        for (const target of targets) {
          const stage = target && stageNamed(tree, target) || tree.finalStage;
          checkImage(model, ctx, file, tree, stage, context, starts.filter((s) => !s.use || s.use.target === target));
        }
      }
    }
  }
});
function checkImage(model, ctx, file, tree, stage, context, starts) {
  const ignore2 = ignoreFileFor(model, context);
  const opts = { isDir: (p) => isDirectory(model, inContext(context.dir, p)) };
  if (ignore2) opts.ignore = ignore2.patterns;
  const source = file.source;
  const reported = /* @__PURE__ */ new Set();
  const migrations = starts.map((s) => ({ start: s, migration: migrationCommand(s.command) })).filter((m) => m.migration !== void 0);
  for (const { start, migration } of migrations) {
    if (!migration.needsAny) continue;
    if (migration.configuredBy?.some((f) => model.exists(inContext(context.dir, f)))) continue;
    const cwd = workingDirectory(model, tree, stage, start);
    if (cwd === null) continue;
    const paths = migration.needsAny.map((n) => resolveContainerPath(n, cwd));
    if (paths.some((p) => p === null)) continue;
    let excluded;
    let ok = false;
    for (const p of paths) {
      if (mountedAtRuntime(start, p)) ok = true;
      const r = containerPathProvided(tree, stage, p, opts);
      if (r.provided === "yes" || r.provided === "unknown") ok = true;
      if (r.provided === "excluded" && !excluded) excluded = ignore2 ? { path: p, by: ignore2 } : { path: p };
    }
    if (ok) continue;
    const shown = migration.needsAny.map(cleanRel).join(" or ");
    reported.add(cleanRel(migration.needsAny[0]));
    const related = [];
    const inDockerfile = start.command.carrier.source.path === source.path;
    if (!inDockerfile) related.push({ source: start.command.carrier.source, span: migration.span, message: `${migration.tool} runs here` });
    const onDisk2 = migration.needsAny.map((n) => inContext(context.dir, cleanRel(n))).find((rel) => model.exists(rel));
    const dirFile = onDisk2 ? relatedFileFor(model, onDisk2) : void 0;
    if (dirFile) related.push(dirFile);
    if (excluded?.by) related.push(ignoreRelated(excluded.by, onDisk2 ?? migration.needsAny[0]));
    ctx.report({
      source,
      messageId: excluded ? "commandExcluded" : "commandMissing",
      data: { tool: migration.tool, path: shown },
      span: inDockerfile ? migration.span : viaAnchor(start, source.path) ?? startAnchor(tree, stage),
      related
    });
  }
  if (reported.size) return;
  const mappings = stageMappings(tree, stage, opts);
  const copiesCompiled = mappings.some((m) => BUILD_OUTPUT.test(m.ctx) || m.copy.from !== void 0 && BUILD_OUTPUT.test(m.copy.sources[0]?.value.replace(/^\/?(app\/|usr\/src\/app\/)?/, "") ?? ""));
  for (const dir of migrationsDirs(model, context.dir, (rel) => readProjectText(model, rel))) {
    const repoDir = inContext(context.dir, dir.dir);
    const files = filesUnder(model, repoDir).map((f) => context.dir ? f.slice(context.dir.length + 1) : f);
    const presence = contextPathPresence(tree, stage, dir.dir, files, opts);
    if (presence.presence === "present") continue;
    if (presence.presence === "elsewhere") {
      if (migrations.length) continue;
      const everyStage = tree.stages.flatMap((s) => stageMappings(tree, s, opts));
      if (!mentionsDirectory(model, context.dir, dir, everyStage, starts)) continue;
    } else if (!migrations.length) {
      const nextToCode = mappings.some((m) => m.ctx === "." || m.ctx !== dir.dir && looksLikeCode(m.ctx));
      if (!nextToCode || copiesCompiled) continue;
      if (!mentionsDirectory(model, context.dir, dir, mappings, starts)) continue;
    }
    if (usedElsewhere(model, file.rel, repoDir)) continue;
    const related = [];
    const dirFile = relatedFileFor(model, repoDir);
    if (dirFile) related.push(dirFile);
    if (presence.presence === "excluded" && presence.by && ignore2) related.push(ignoreRelated(ignore2, repoDir, presence.by.span));
    const first = migrations[0];
    if (first && first.start.command.carrier.source.path !== source.path) related.push({ source: first.start.command.carrier.source, span: first.migration.span, message: `${first.migration.tool} runs here` });
    const span = !first ? startAnchor(tree, stage) : first.start.command.carrier.source.path === source.path ? first.migration.span : viaAnchor(first.start, source.path) ?? startAnchor(tree, stage);
    const messageId = presence.presence === "excluded" ? "dirExcluded" : presence.presence === "elsewhere" ? "dirLeftInBuild" : "dirMissing";
    ctx.report({ source, messageId, data: { dir: `${dir.dir}/` }, span, related });
  }
}
function workingDirectory(model, tree, stage, start) {
  let cwd = workdirAt(tree, stage);
  if (start.use) {
    const yaml = start.use.compose.doc?.tree.yaml;
    const wd = yaml ? scalarString(getPath(yaml, start.use.service.node, "working_dir")) : void 0;
    if (wd) cwd = resolveContainerPath(wd, cwd);
  }
  const cmd = start.command;
  const siblings = commandsOf(model, start.file);
  for (const c of siblings) {
    if (c.index >= cmd.index || c.carrier.span.start !== cmd.carrier.span.start) continue;
    if (programName(c) !== "cd" && programName(c) !== "pushd") continue;
    const arg = c.argv[1];
    if (!arg || arg.value === null) return null;
    cwd = resolveContainerPath(arg.value, cwd);
  }
  return cwd;
}
function mountedAtRuntime(start, path) {
  const use = start.use;
  if (!use) return false;
  const yaml = use.compose.doc?.tree.yaml;
  if (!yaml) return false;
  return serviceVolumes(yaml, use.service).some((m) => {
    const t = m.target === void 0 ? void 0 : trimTrailingSlashes(m.target);
    return !!t && (t === path || path.startsWith(t + "/") || t.startsWith(path + "/"));
  });
}
function usedElsewhere(model, dockerfile, repoDir) {
  for (const f of model.files) {
    if (f.kind === "compose" && f.doc) {
      const doc = f.doc;
      const base = posix7.dirname(f.rel);
      for (const service of doc.tree.services) {
        for (const m of serviceVolumes(doc.tree.yaml, service)) {
          if (m.type !== "bind" || !m.source || m.source.includes("$") || m.source.startsWith("/") || m.source.startsWith("~")) continue;
          const src = trimTrailingSlashes(posix7.normalize(posix7.join(base, m.source)));
          const rel = src === "." ? "" : src;
          if (rel === "" || rel === repoDir || repoDir.startsWith(rel + "/")) return true;
        }
      }
    }
    if (f.kind !== "dockerfile" || f.rel === dockerfile || !f.doc) continue;
    const tree = f.doc.tree;
    for (const ctx of contextsOf(model, f.rel)) {
      if (ctx.dir !== "" && repoDir !== ctx.dir && !repoDir.startsWith(ctx.dir + "/")) continue;
      const inCtx = ctx.dir ? repoDir.slice(ctx.dir.length + 1) : repoDir;
      for (const s of tree.stages) {
        const ig = ignoreFileFor(model, ctx);
        const p = contextPathPresence(tree, s, inCtx, [], ig ? { ignore: ig.patterns } : {});
        if (p.presence === "present") return true;
      }
    }
  }
  return false;
}
function evidenceNames(dir) {
  return dir.why === "alembic.ini" ? ["alembic.ini", "alembic"] : [posix7.basename(dir.dir)];
}
var MAX_EVIDENCE_FILES = 2e3;
function mentionsDirectory(model, contextDir, dir, mappings, starts) {
  const names = evidenceNames(dir);
  const name = posix7.basename(dir.dir);
  for (const s of starts) {
    if (s.command.argv.some((w) => w.value !== null && w.value.split("/").includes(name))) return true;
  }
  const prefix = contextDir ? contextDir + "/" : "";
  let seen = 0;
  let reads = false;
  for (const f of model.files) {
    if (!f.rel.startsWith(prefix) || !CODE_FILE.test(f.rel)) continue;
    const rel = f.rel.slice(prefix.length);
    if (rel === dir.dir || rel.startsWith(dir.dir + "/")) continue;
    if (!mappings.some((m) => m.ctx === "." || rel === m.ctx || rel.startsWith(m.ctx + "/") || m.ctx.includes("$") || isGlob(m.ctx))) continue;
    if (++seen > MAX_EVIDENCE_FILES) return false;
    const text = readProjectText(model, f.rel);
    if (text === void 0) continue;
    if (embedsDirectory(text, name)) return false;
    if (!reads && names.some((n) => quotesPathSegment(text, n))) reads = true;
  }
  return reads;
}
function looksLikeCode(ctx) {
  if (ctx.includes("$")) return true;
  const top = ctx.split("/")[0];
  if (CODE_FILE.test(ctx)) return true;
  if (/\.[A-Za-z0-9]+$/.test(top)) return false;
  return !NOT_CODE.test(top);
}
function viaAnchor(start, dockerfile) {
  return start.command.via.find((v) => v.path === dockerfile)?.span;
}
function startAnchor(tree, stage) {
  const ins = startInstructions(tree, stage)[0];
  if (ins && ins.args.length) return ins.args.spanToFile({ start: 0, end: ins.args.length });
  return fromSpan(stage);
}
function ignoreRelated(ignore2, what, span) {
  return { source: ignore2.source, span: span ?? { start: 0, end: ignore2.source.lineEnd(1) }, message: `${ignore2.path} excludes ${what}` };
}
function cleanRel(p) {
  return trimTrailingSlashes(posix7.normalize(p).replace(/^\.\//, ""));
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

// rules/DF003-runs-as-root.ts
var DROPS_PRIVILEGES = /* @__PURE__ */ new Set(["postgres", "mysql", "mariadb", "mongo", "redis", "rabbitmq", "memcached", "cassandra", "couchdb", "neo4j", "zookeeper", "solr", "ghost", "haproxy", "nginx", "httpd", "wordpress", "nextcloud", "drupal", "joomla", "sonarqube"]);
var NON_ROOT_REPOSITORIES = /* @__PURE__ */ new Set(["nginxinc/nginx-unprivileged", "jenkins/jenkins", "grafana/grafana", "prom/prometheus", "prom/alertmanager", "elasticsearch/elasticsearch"]);
var USER_SWITCHERS = /* @__PURE__ */ new Set(["gosu", "su-exec", "setpriv", "runuser", "s6-setuidgid", "setuidgid", "chpst"]);
var DF003_runs_as_root_default = defineRule({
  id: "DF003",
  name: "runs-as-root",
  severity: "warning",
  category: "security",
  productionOnly: true,
  kinds: ["dockerfile"],
  triggers: ["FROM", "from"],
  anchor: "owner",
  triggersIgnoreCase: true,
  securitySeverity: 5,
  precision: "high",
  messages: {
    missing: "the final stage never switches to a non-root USER: the app runs as root, so whoever compromises it owns the container",
    explicit: "USER {{user}} makes the app run as root: whoever compromises it owns the container"
  },
  docs: {
    summary: "The image runs its app as root",
    what: `Reports a Dockerfile whose final stage starts something (a \`CMD\`, \`ENTRYPOINT\` or \`EXPOSE\`, in it or in the stages it is built \`FROM\`) and has no \`USER\` (counting those stages), anchored on the final \`FROM\`; and a last \`USER\` that is \`root\` or \`0\` (with or without a group), anchored on the user.

Not reported, because the process that serves traffic does not run as root:
- the start command or the entrypoint script it runs switches user (\`gosu\`, \`su-exec\`, \`setpriv\`, \`runuser\`, \`s6-setuidgid\`, \`chpst -u\`, \`su\`) \u2014 also when \`USER root\` is set on purpose so that the entrypoint can fix permissions first \u2014 or the entrypoint is s6-overlay's \`/init\`; scripts are found by name and through the \`COPY\` that put them in the image;
- a compose service that builds the Dockerfile sets \`user:\`;
- the base image drops root itself: the official database and web-server images (\`postgres\`, \`mysql\`, \`mongo\`, \`redis\`, \`rabbitmq\`, \`nginx\`, \`httpd\`, \`php\` fpm/apache variants\u2026), distroless \`nonroot\` tags, Chainguard images, \`*-rootless\` and \`*-chiseled\` tags, and a few third-party images that set a user (\`nginxinc/nginx-unprivileged\`, \`bitnami/*\`, \`jenkins/jenkins\`, \`grafana/grafana\`).

Not reported either: base and builder images with no start command or port, Windows images, and bases given by a variable. A \`USER\` given by a variable is trusted. Limits: a base image that sets \`USER\` itself is only known for the images above.`,
    why: `Root in the container is one step from root on the host: a remote-code-execution bug in the app (a deserialisation flaw, a template injection, Werkzeug's debugger left on) gives the attacker a root shell that can read every mounted secret, write to every mounted volume, and \u2014 with the Docker socket or a privileged flag anywhere in the setup \u2014 take the host. Running as an unprivileged user turns the same bug into a contained incident. The hardened setups in prodlint's incident reports run each service as its own user for exactly this reason.`,
    example: {
      kind: "dockerfile",
      path: "Dockerfile",
      code: `FROM python:3.12-slim
ENV PYTHONUNBUFFERED=1
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY app/ ./app/
HEALTHCHECK CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=3)"]
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
`
    },
    fix: {
      kind: "dockerfile",
      path: "Dockerfile",
      code: `FROM python:3.12-slim
ENV PYTHONUNBUFFERED=1
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY app/ ./app/
RUN useradd --system --uid 10001 app
USER app
HEALTHCHECK CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=3)"]
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
`
    },
    references: ["https://docs.docker.com/reference/dockerfile/#user", "https://docs.docker.com/build/building/best-practices/#user"]
  },
  project(model, ctx) {
    for (const doc of productionDocuments(model, "dockerfile")) check6(doc, model, (r) => ctx.report({ ...r, source: doc.source }));
  }
});
function nonRootBase(ref) {
  if (!ref) return false;
  const tag = ref.tag ?? "";
  if (ref.official && DROPS_PRIVILEGES.has(ref.name)) return true;
  if (ref.official && ref.name === "php" && /apache|fpm/.test(tag)) return true;
  if (NON_ROOT_REPOSITORIES.has(ref.repository)) return true;
  if (ref.repository.startsWith("bitnami/") && ref.repository !== "bitnami/minideb") return true;
  if (ref.registry === "cgr.dev") return true;
  if (ref.registry === "gcr.io" && ref.repository.startsWith("distroless/") && /nonroot/.test(tag)) return true;
  if (/(^|-)(rootless|chiseled|nonroot)(-|$)/.test(tag)) return true;
  return false;
}
function switchesUser(model, dockerfile) {
  const file = model.byPath.get(dockerfile);
  if (!file) return false;
  for (const { command } of imageStartCommands(model, file)) {
    if (command.wrappers.some((w) => USER_SWITCHERS.has(w))) return true;
    for (const word of [command.raw[0], command.argv[0]]) {
      const head = word?.value?.replace(/^.*\//, "");
      if (head && (USER_SWITCHERS.has(head) || head === "su" || head === "chroot")) return true;
    }
  }
  for (const use of servicesBuilding(model, dockerfile)) {
    const yaml = use.compose.doc?.tree.yaml;
    const user = yaml ? scalarString(getPath(yaml, use.service.node, "user")) : void 0;
    if (user && !/^(root|0)(:|$)/.test(user)) return true;
  }
  return false;
}
function check6(doc, model, report) {
  const tree = doc.tree;
  const final = tree.finalStage;
  if (!final) return;
  const starts = startInstructions(tree, final);
  if (!starts.length && !stageChain(tree, final).some((s) => s.instructions.some((i) => i.keyword === "EXPOSE"))) return;
  if (windowsImage(tree, final)) return;
  const user = lastInChain(tree, final, ["USER"]);
  let explicit;
  if (user) {
    const value2 = user.args.text.trim().split(/\s+/)[0] ?? "";
    const name = value2.split(":")[0].replace(/^["']|["']$/g, "");
    if (name !== "root" && name !== "0") return;
    const at = user.args.text.indexOf(value2);
    explicit = { value: value2, span: user.args.spanToFile({ start: at, end: at + value2.length }) };
  } else {
    if (stageChain(tree, final).some((s) => s.image.includes("$"))) return;
    if (nonRootBase(rootImage(tree, final))) return;
  }
  if (starts.some((i) => i.keyword === "ENTRYPOINT" && /^(\[\s*"\/init"|\/init(\s|$))/.test(i.args.text.trim()))) return;
  if (switchesUser(model, doc.source.path)) return;
  if (explicit) report({ messageId: "explicit", data: { user: explicit.value }, span: explicit.span });
  else report({ messageId: "missing", span: fromSpan(final) });
}
function windowsImage(tree, final) {
  const root = stageChain(tree, final).pop();
  return /(^|\/)windows\/|servercore|nanoserver/i.test(root.image);
}

// rules/DF004-no-healthcheck.ts
var OPTIONS2 = {
  /** Set when an orchestrator (Kubernetes, ECS, Nomad) probes the containers instead. */
  orchestratorProbes: false
};
var DF004_no_healthcheck_default = defineRule({
  id: "DF004",
  name: "no-healthcheck",
  severity: "note",
  category: "reliability",
  productionOnly: true,
  kinds: ["dockerfile"],
  triggers: ["CMD", "ENTRYPOINT", "EXPOSE", "cmd", "entrypoint", "expose"],
  anchor: "owner",
  triggersIgnoreCase: true,
  precision: "medium",
  options: OPTIONS2,
  messages: {
    missing: 'the image starts a service but has no HEALTHCHECK: a hung process stays "up", nothing restarts it, and depends_on: service_healthy cannot wait for it'
  },
  docs: {
    summary: "An image that starts a service has no HEALTHCHECK",
    what: `Reports a Dockerfile whose final stage starts something (a \`CMD\` or \`ENTRYPOINT\`, or an \`EXPOSE\`, in it or in the stages it is built \`FROM\`) and has no \`HEALTHCHECK\`. Anchored on the final \`FROM\`.

Not reported: \`HEALTHCHECK NONE\` (an explicit decision); a base image known to ship a health check; a Dockerfile built by a compose service that declares its own \`healthcheck:\`; images with no start command or port of their own (build stages, data images).

Option \`orchestratorProbes\` (default \`false\`): set it to \`true\` where Kubernetes, ECS or Nomad probes the containers \u2014 Docker's \`HEALTHCHECK\` is ignored there and the rule stays silent.`,
    why: `A process can be alive and useless: deadlocked on a database pool, stuck on a socket with no timeout, or a bot whose polling loop died while the web server around it still answers. Without a health check Docker reports such a container as "Up", \`restart:\` policies never fire because nothing exited, and \`depends_on: condition: service_healthy\` has nothing to wait for. One team's answer was a watchdog thread inside the bot that killed the process when updates stopped \u2014 and, with no startup grace, it killed healthy processes during slow boots and caused a crash loop. A \`HEALTHCHECK\` hands that job to the container runtime, which already knows how to restart.`,
    example: {
      kind: "dockerfile",
      path: "Dockerfile",
      code: 'FROM python:3.12-slim\nENV PYTHONUNBUFFERED=1\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY app/ ./app/\nUSER nobody\nEXPOSE 8000\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]\n'
    },
    fix: {
      kind: "dockerfile",
      path: "Dockerfile",
      code: `FROM python:3.12-slim
ENV PYTHONUNBUFFERED=1
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY app/ ./app/
USER nobody
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \\
  CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=3)"]
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
`
    },
    references: ["https://docs.docker.com/reference/dockerfile/#healthcheck", "https://docs.docker.com/reference/compose-file/services/#depends_on"]
  },
  project(model, ctx) {
    for (const doc of productionDocuments(model, "dockerfile")) check7(doc, model, (r) => ctx.report({ ...r, source: doc.source }), ctx.options);
  }
});
function check7(doc, model, report, options) {
  if (options.orchestratorProbes) return;
  const tree = doc.tree;
  const final = tree.finalStage;
  if (!final) return;
  if (lastInChain(tree, final, ["HEALTHCHECK"])) return;
  const starts = startInstructions(tree, final).length > 0 || stageChain(tree, final).some((s) => s.instructions.some((i) => i.keyword === "EXPOSE"));
  if (!starts) return;
  const root = rootImage(tree, final);
  if (root && IMAGES_WITH_HEALTHCHECK.includes(root.registry ? `${root.registry}/${root.repository}` : root.repository)) return;
  for (const use of servicesBuilding(model, doc.source.path)) {
    const yaml = use.compose.doc?.tree.yaml;
    if (yaml && getPair(yaml, use.service.node, "healthcheck")) return;
  }
  report({ messageId: "missing", span: fromSpan(final) });
}

// rules/DF005-python-output-buffered.ts
var PYTHON_PROGRAMS = /* @__PURE__ */ new Set(["uvicorn", "gunicorn", "celery", "hypercorn", "daphne", "granian", "flask", "waitress-serve", "rq", "dramatiq", "arq", "huey_consumer", "streamlit", "django-admin", "manage.py", "faust"]);
var DF005_python_output_buffered_default = defineRule({
  id: "DF005",
  name: "python-output-buffered",
  severity: "warning",
  category: "operability",
  productionOnly: true,
  kinds: ["dockerfile"],
  triggers: ["CMD", "ENTRYPOINT", "cmd", "entrypoint"],
  anchor: "owner",
  triggersIgnoreCase: true,
  precision: "high",
  messages: {
    buffered: "{{program}} runs without PYTHONUNBUFFERED or python -u: stdout is block-buffered without a TTY, so the last log lines before a crash are lost"
  },
  docs: {
    summary: "A Python image buffers its stdout, so the last logs before a crash are lost",
    what: `Reports a Dockerfile whose final stage starts Python \u2014 \`python\`/\`python3\` (also \`python -m \u2026\`), a \`*.py\` program, or a Python server or worker (\`uvicorn\`, \`gunicorn\`, \`celery\`, \`hypercorn\`, \`daphne\`, \`granian\`, \`flask\`, \`rq\`, \`dramatiq\`, \`arq\`, \`streamlit\`\u2026) \u2014 in its \`CMD\`/\`ENTRYPOINT\`, in the script those run, or in the \`command:\` of a compose service that builds it, while nothing sets \`PYTHONUNBUFFERED\` to a non-empty value and the interpreter is not started with \`-u\`.

Looked for: \`ENV PYTHONUNBUFFERED\` in the final stage or the stages it is built \`FROM\`, an assignment in front of the command, an \`export\` in the start script, and \`environment:\` of compose services that build the image. In a start script only the program that keeps running counts (the one it \`exec\`s, backgrounds, or runs last): one-shot steps such as \`manage.py migrate\` exit and flush their output. Anchored on the program in \`CMD\`/\`ENTRYPOINT\` (or on the instruction that runs the script). Only images built on Docker official images are checked: a custom base image may set \`PYTHONUNBUFFERED\` itself, and is not seen.`,
    why: `Python block-buffers stdout when it is not a terminal, and in a container it never is: \`print()\` and logging handlers on stdout sit in an 8 KiB buffer. When the process dies \u2014 an \`os._exit()\`, an OOM kill, a SIGKILL after the stop timeout \u2014 the buffer dies with it, and the lines that explained why are never written. One team chased a "silent process exit" crash loop on a hosting platform for days: the bot logged the reason every time, but the log lines never left the buffer.`,
    example: {
      kind: "dockerfile",
      path: "Dockerfile",
      code: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY bot/ ./bot/\nUSER nobody\nHEALTHCHECK CMD ["python", "-m", "bot.healthcheck"]\nCMD ["python", "-m", "bot"]\n'
    },
    fix: {
      kind: "dockerfile",
      path: "Dockerfile",
      code: 'FROM python:3.12-slim\nENV PYTHONUNBUFFERED=1\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY bot/ ./bot/\nUSER nobody\nHEALTHCHECK CMD ["python", "-m", "bot.healthcheck"]\nCMD ["python", "-m", "bot"]\n'
    },
    references: ["https://docs.python.org/3/using/cmdline.html#envvar-PYTHONUNBUFFERED", "https://docs.python.org/3/using/cmdline.html#cmdoption-u"]
  },
  project(model, ctx) {
    for (const doc of productionDocuments(model, "dockerfile")) check8(doc, model, (r) => ctx.report({ ...r, source: doc.source }));
  }
});
function unbuffers(a) {
  return a.name === "PYTHONUNBUFFERED" && (a.value === null || a.value !== "");
}
function pythonProgram(cmd) {
  const head = cmd.argv[0];
  if (!head) return void 0;
  if (cmd.wrappers.includes("python -m")) {
    const py = cmd.raw.find((w) => isPythonWord(w));
    return { name: `python -m ${head.value ?? head.text}`, span: (py ?? head).span };
  }
  if (isPythonWord(head)) return { name: baseName(head.value) ?? "python", span: head.span };
  const name = baseName(head.value);
  if (!name) return void 0;
  if (PYTHON_PROGRAMS.has(name) || name.endsWith(".py")) return { name, span: head.span };
  return void 0;
}
function longRunning(cmd, all) {
  if (cmd.wrappers.includes("exec") || cmd.background) return true;
  if (cmd.depth > 0 || cmd.nesting > 0) return false;
  const sameScript = all.filter((s) => s.command.carrier.source.path === cmd.carrier.source.path && s.command.depth === 0 && s.command.nesting === 0);
  return sameScript.every((s) => s.command.index <= cmd.index);
}
function usesDashU(cmd) {
  const at = cmd.raw.findIndex((w) => isPythonWord(w));
  if (at === -1) return false;
  for (let i = at + 1; i < cmd.raw.length; i++) {
    const v = cmd.raw[i].value;
    if (v === null || !v.startsWith("-") || v === "-m" || v === "-c") return false;
    if (v === "-W" || v === "-X") i++;
    else if (/^-[A-Za-z]*u[A-Za-z]*$/.test(v) && !v.startsWith("--")) return true;
  }
  return false;
}
function anchorOf(tree, final) {
  const ins = startInstructions(tree, final)[0];
  if (!ins) return void 0;
  return ins.args.spanToFile({ start: 0, end: ins.args.length });
}
function check8(doc, model, report) {
  const tree = doc.tree;
  const final = tree.finalStage;
  if (!final) return;
  if (stageChain(tree, final).some((s) => s.image.includes("$"))) return;
  const root = rootImage(tree, final);
  if (root && !root.official) return;
  const file = model.byPath.get(doc.source.path);
  const chainSpans = new Set(stageChain(tree, final).flatMap((s) => s.instructions.filter((i) => i.keyword === "ENV").map((i) => i.span.start)));
  const dockerEnv = (file?.facts?.env ?? []).filter((a) => a.carrier.label === "ENV" && chainSpans.has(a.carrier.span.start));
  if (dockerEnv.some(unbuffers)) return;
  const starts = file ? imageStartCommands(model, file) : [];
  if (startEnvironment(starts).some(unbuffers) || composeEnvironment(model, doc.source.path).some(unbuffers)) return;
  const ordered = [...starts].sort((a, b) => Number(migrationCommand(a.command) !== void 0) - Number(migrationCommand(b.command) !== void 0));
  for (const start of ordered) {
    if (start.origin === "script" && !longRunning(start.command, starts)) continue;
    const program = pythonProgram(start.command);
    if (!program || usesDashU(start.command)) continue;
    const related = start.origin === "dockerfile" ? [] : [{ source: start.command.carrier.source, span: program.span, message: `${program.name} runs here` }];
    const span = start.origin === "dockerfile" ? program.span : anchorOf(tree, final) ?? fromSpan(final);
    report({ messageId: "buffered", data: { program: program.name }, span, related });
    return;
  }
}

// rules/DF006-mutable-base-image.ts
var DF006_mutable_base_image_default = defineRule({
  id: "DF006",
  name: "mutable-base-image",
  severity: "note",
  category: "reliability",
  productionOnly: true,
  kinds: ["dockerfile"],
  triggers: ["FROM", "from"],
  triggersIgnoreCase: true,
  precision: "very-high",
  messages: {
    untagged: "{{image}} has no tag, so it means :latest: the next build silently picks up whatever version is newest",
    latest: "{{image}} follows :latest: the next build silently picks up whatever version is newest"
  },
  docs: {
    summary: "A base image is pulled by :latest or without a tag",
    what: `Reports every \`FROM\` whose image has no tag or the tag \`latest\`, in any stage. Not reported: \`scratch\`, a stage of the same Dockerfile (\`FROM build\`), a reference pinned by digest (\`@sha256:\u2026\`, with or without a tag), images given by a variable (\`FROM $BASE\`, \`FROM \${REGISTRY}/\${IMAGE}\`), whose value is unknown, and template placeholders (\`FROM {{ base_image }}\`). A tag that contains a variable (\`python:\${PYTHON_VERSION}-slim\`) counts as a tag. The finding spans the image reference.`,
    why: `\`latest\` is whatever was pushed last. A rebuild months later \u2014 for a one-line fix, in the middle of an incident \u2014 silently moves the service to a new major version of its runtime or distribution: Python 3.11 to 3.13, Debian bookworm to trixie, Node 20 to 22, with removed packages and changed defaults. The build that "only changed one line" then fails, or worse, succeeds and breaks in production. A version tag makes upgrades deliberate; a digest makes builds reproducible.`,
    example: { kind: "dockerfile", path: "Dockerfile", code: 'FROM node:latest\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\nUSER node\nCMD ["node", "server.js"]\n' },
    fix: { kind: "dockerfile", path: "Dockerfile", code: 'FROM node:20.18-bookworm-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\nUSER node\nCMD ["node", "server.js"]\n' },
    references: ["https://docs.docker.com/reference/dockerfile/#from", "https://docs.docker.com/build/building/best-practices/#pin-base-image-versions"]
  },
  document(doc, ctx) {
    const tree = doc.tree;
    for (const stage of tree.stages) {
      const image = stage.image;
      if (!image || image.toLowerCase() === "scratch") continue;
      if (stageNamed(tree, image, stage.index)) continue;
      if (/\{\{|\{%|<%|@@/.test(stage.from.args.text)) continue;
      const ref = parseImageRef(image);
      if (!ref || ref.digest !== void 0) continue;
      if (ref.name.includes("$") || ref.repository.includes("$")) continue;
      if (ref.tag === void 0) ctx.report({ messageId: "untagged", data: { image }, span: stage.imageSpan });
      else if (ref.tag === "latest") ctx.report({ messageId: "latest", data: { image }, span: stage.imageSpan });
    }
  }
});

// rules/DF007-copy-context-without-dockerignore.ts
import { posix as posix8 } from "node:path";
var DF007_copy_context_without_dockerignore_default = defineRule({
  id: "DF007",
  name: "copy-context-without-dockerignore",
  severity: "warning",
  category: "security",
  productionOnly: true,
  kinds: ["dockerfile"],
  triggers: ["COPY", "ADD", "copy", "add"],
  triggersIgnoreCase: true,
  securitySeverity: 5.5,
  precision: "high",
  messages: {
    noIgnoreFile: "{{keyword}} {{source}} copies the whole build context ({{context}}) and there is no .dockerignore: .env files and the .git history end up in the image layers",
    leaky: "{{keyword}} {{source}} copies the whole build context and {{ignore}} excludes neither .env nor .git: both end up in the image layers"
  },
  docs: {
    summary: "The whole build context is copied into the image with no .dockerignore to keep secrets out",
    what: `Reports \`COPY . \u2026\` and \`ADD . \u2026\` (also \`./\`, exec form, with flags) in the final stage or a stage it is built \`FROM\`, when the build context has no ignore file, or has one that excludes neither \`.env\` nor \`.git\` (tested with Docker's own matching: patterns relative to the context root, \`**\`, \`!\` exceptions, last match wins; \`<Dockerfile>.dockerignore\` next to the Dockerfile takes precedence).

The build context is the directory a compose \`build:\` names; otherwise the Dockerfile's directory, unless its \`COPY\` sources are only found relative to a parent directory. When the context is only inferred and a parent directory has a \`.dockerignore\`, nothing is reported (the image may well be built from there). \`COPY --from=\u2026\` copies from another stage or image and is not reported; neither are stages that only feed \`COPY --from\`.`,
    why: `\`COPY . .\` sends everything in the directory to the builder and bakes it into a layer: the developer's \`.env\` with production database passwords and API tokens, and \`.git\` with the full history \u2014 including every secret ever committed and later "removed". Image layers are readable by anyone who can pull the image (a registry with broad access, a leaked CI token, a public repository by mistake), and deleting the file in a later layer does not remove it from the earlier one.`,
    example: { kind: "dockerfile", path: "Dockerfile", code: 'FROM node:20.18-bookworm-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\nUSER node\nCMD ["node", "server.js"]\n' },
    fix: { kind: "dockerfile", path: "Dockerfile", code: 'FROM node:20.18-bookworm-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev\nCOPY src/ ./src/\nUSER node\nCMD ["node", "src/server.js"]\n' },
    references: ["https://docs.docker.com/build/concepts/context/#dockerignore-files", "https://docs.docker.com/reference/dockerfile/#copy"]
  },
  project(model, ctx) {
    for (const doc of productionDocuments(model, "dockerfile")) check9(doc, model, (r) => ctx.report({ ...r, source: doc.source }));
  }
});
function problemOf(model, context) {
  const ignore2 = ignoreFileFor(model, context);
  if (!ignore2) {
    if (!context.certain && parentHasIgnore(model, context.dir)) return void 0;
    return "none";
  }
  const env = matchIgnore(ignore2.patterns, ".env").excluded;
  const git2 = matchIgnore(ignore2.patterns, ".git").excluded;
  if (env || git2) return void 0;
  return { path: ignore2.path, source: ignore2.source };
}
function parentHasIgnore(model, dir) {
  for (let d = dir; d !== ""; ) {
    d = posix8.dirname(d);
    if (d === ".") d = "";
    if (model.exists(inContext(d, ".dockerignore"))) return true;
  }
  return false;
}
function check9(doc, model, report) {
  const tree = doc.tree;
  const final = tree.finalStage;
  if (!final) return;
  const contexts = contextsOf(model, doc.source.path);
  for (const stage of stageChain(tree, final)) {
    for (const ins of stage.instructions) {
      const spec = parseCopy(ins);
      if (!spec || spec.from) continue;
      const whole = spec.sources.find((s) => cleanPath(s.value.replace(/^\/+/, "")) === ".");
      if (!whole) continue;
      for (const context of contexts) {
        const problem = problemOf(model, context);
        if (!problem) continue;
        const data = { keyword: spec.keyword, source: whole.value, context: context.dir ? `${context.dir}/` : "the repository root" };
        if (problem === "none") report({ messageId: "noIgnoreFile", data, span: whole.span });
        else report({ messageId: "leaky", data: { ...data, ignore: problem.path }, span: whole.span, related: [{ source: problem.source, span: { start: 0, end: problem.source.lineEnd(1) }, message: `${problem.path} excludes neither .env nor .git` }] });
        break;
      }
    }
  }
}

// rules/DF008-migrations-at-build.ts
var CHECK_STAGE = /(^|[-_.])(test|tests|testing|ci|lint|check|e2e|spec)([-_.]|$)/i;
var NO_DATABASE = ["--help", "-h", "--version", "--sql"];
var DF008_migrations_at_build_default = defineRule({
  id: "DF008",
  name: "migrations-at-build",
  severity: "error",
  category: "reliability",
  productionOnly: true,
  kinds: ["dockerfile"],
  triggers: ["migrate", "upgrade", "migration:run", "db:prepare", "yoyo", "goose"],
  precision: "high",
  messages: {
    build: "{{tool}} runs while the image is built: the production database is not reachable from the build, or the build migrates whichever database it can reach, and the schema no longer changes with the deploy"
  },
  docs: {
    summary: "A Dockerfile RUN applies database migrations at image build time",
    what: `Reports a \`RUN\` instruction, in any stage, that applies database migrations: the same command list DF001 knows (\`manage.py migrate\`, \`django-admin migrate\`, \`alembic upgrade\`, \`flask db upgrade\`, \`prisma migrate deploy\`, \`knex migrate:latest\`, \`sequelize db:migrate\`, \`typeorm migration:run\`, \`node-pg-migrate up\`, \`rails db:migrate\`/\`db:prepare\`, \`yoyo apply\`, \`goose up\`), also inside \`sh -c '\u2026'\` and behind wrappers (\`poetry run\`, \`bundle exec\`). Anchored on the tool and its subcommand.

Not reported: commands that touch no database (\`prisma generate\`, \`manage.py makemigrations --check\`, \`collectstatic\`, \`migrate --help\`, \`alembic upgrade --sql\` which only prints SQL); stages named for tests or checks (\`AS test\`, \`AS ci\`, \`AS lint\`), which may migrate a throwaway database; and a \`RUN\` that first starts a database server itself (\`pg_ctl start\`, \`service postgresql start\`, \`mysqld &\`), which builds an image with its data inside on purpose.`,
    why: `Migrations change a database, and a build has none to change: the image builder (a CI runner, BuildKit, a platform's build step) usually cannot reach the production database, so the build fails \u2014 or it reaches one it should not (a developer's local database, a staging host named in a default \`DATABASE_URL\`), migrates that, and the image ships as if the schema were in place. Either way the schema change is no longer tied to the deploy: a rebuild from cache skips it, a rollback cannot undo it, and replicas start against a schema nobody migrated. One team's bot crash-looped on its hosting platform after a deploy because the schema and the code disagreed at start; the fix there was to copy the migration files into the image and apply them when the service starts, where the database is. Run migrations at release time: a release command, a one-shot migration service or job, or the entrypoint before \`exec\`.`,
    example: {
      kind: "dockerfile",
      path: "Dockerfile",
      code: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\nRUN python manage.py collectstatic --noinput && python manage.py migrate --noinput\nUSER nobody\nCMD ["gunicorn", "shop.wsgi", "--bind", "0.0.0.0:8000"]\n'
    },
    fix: {
      kind: "dockerfile",
      path: "Dockerfile",
      code: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\nRUN python manage.py collectstatic --noinput\nUSER nobody\nCMD ["sh", "-c", "python manage.py migrate --noinput && exec gunicorn shop.wsgi --bind 0.0.0.0:8000"]\n'
    },
    references: [
      "https://docs.docker.com/build/building/best-practices/#run",
      "https://12factor.net/admin-processes",
      "https://docs.djangoproject.com/en/stable/ref/django-admin/#migrate"
    ]
  },
  document(doc, ctx) {
    const commands = documentCommands(doc, ctx.project).filter((c) => c.role === "build");
    for (const cmd of commands) {
      if (cmd.carrier.owner && CHECK_STAGE.test(cmd.carrier.owner)) continue;
      const migration = migrationCommand(cmd);
      if (!migration) continue;
      if (findFlag(cmd, NO_DATABASE)) continue;
      if (startsDatabaseFirst(commands, cmd)) continue;
      ctx.report({ messageId: "build", data: { tool: migration.tool }, span: migration.span });
    }
  }
});
function startsDatabaseFirst(commands, cmd) {
  const key = scriptKey(cmd);
  return commands.some((c) => {
    if (c.index >= cmd.index || scriptKey(c) !== key) return false;
    const text = c.argv.map((w) => w.value ?? "").join(" ");
    if (!DATASTORE.test(text) && !/\b(postgresql|mongodb|redis-server|mysql)\b/.test(text)) return false;
    return c.background || daemonizes(c) || /\b(start|restart)\b/.test(text);
  });
}

// rules/PF001-liveness-without-startup-grace.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/deploy/index.ts
function deployServices(doc) {
  const tree = doc.tree;
  return tree?.deploy ?? [];
}
function serviceForCommand(doc, owner) {
  const services = deployServices(doc);
  return services.find((s) => s.name === owner) ?? (services.length === 1 ? services[0] : void 0);
}

// src/deploy/service-commands.ts
function serviceStartCommands(model, doc, service) {
  const file = model.byPath.get(doc.source.path);
  const own = (file?.facts?.commands ?? []).filter((c) => c.role === "start" && c.carrier.owner === service);
  const out = [...own];
  for (const [rel, vias] of model.startedBy) {
    if (!vias.some((v) => v.path === doc.source.path && own.some((c) => v.span.start >= c.span.start && v.span.end <= c.span.end))) continue;
    const script = model.byPath.get(rel);
    if (script) out.push(...commandsOf(model, script).filter((c) => c.role === "start"));
  }
  return out;
}

// src/deploy/slow-start.ts
import { posix as posix9 } from "node:path";
var INSTALLERS = /* @__PURE__ */ new Set(["pip", "pip3", "npm", "yarn", "pnpm", "bundle", "poetry", "uv"]);
var WAITERS = /* @__PURE__ */ new Set(["wait-for-it", "wait-for-it.sh", "wait-for", "wait-for.sh", "dockerize"]);
function slowStartReason(model, commands) {
  for (const c of commands) {
    const m = migrationCommand(c);
    if (m) return `runs ${m.tool} first`;
    const prog = programName(c);
    if (!prog) continue;
    const sub = subcommand(c)?.value;
    if (INSTALLERS.has(prog) && (sub === "install" || sub === "ci" || sub === "sync")) return `runs ${prog} ${sub} first`;
    if (WAITERS.has(prog) && (prog !== "dockerize" || c.argv.some((w) => w.value === "-wait"))) return `waits for other services (${prog}) first`;
    const lock = advisoryLockIn(model, c);
    if (lock) return `blocks on a Postgres advisory lock (${lock})`;
  }
  return void 0;
}
function advisoryLockIn(model, c) {
  let suffixes = [];
  if (c.wrappers.some((w) => w.endsWith("-m")) && c.argv[0]?.value) {
    const mod = c.argv[0].value.replace(/\./g, "/");
    suffixes = [`${mod}.py`, `${mod}/__main__.py`];
  } else if (isPythonWord(c.argv[0]) && c.argv[1]?.value?.endsWith(".py")) {
    suffixes = [posix9.normalize(c.argv[1].value.replace(/^\/+/, ""))];
  }
  if (!suffixes.length) return void 0;
  for (const f of model.files) {
    if (f.kind !== "python" || !suffixes.some((s) => f.rel === s || f.rel.endsWith("/" + s))) continue;
    const text = readProjectText(model, f.rel);
    if (text && /\bpg_advisory(_xact)?_lock\s*\(/.test(text)) return f.rel;
  }
  return void 0;
}

// src/deploy/images.ts
import { posix as posix10 } from "node:path";
function platformImageRuns(model) {
  const out = [];
  for (const file of model.files) {
    if (!file.kind || !PLATFORM_KINDS.has(file.kind) || !file.doc) continue;
    const starts = (file.facts?.commands ?? []).filter((c) => c.role === "start" && c.nesting === 0);
    for (const service of deployServices(file.doc)) {
      if (!service.dockerfile) continue;
      const rel = posix10.normalize(posix10.join(posix10.dirname(file.rel), service.dockerfile));
      const dockerfile = model.byPath.get(rel);
      if (dockerfile?.kind !== "dockerfile" || !dockerfile.doc) continue;
      const doc = file.doc;
      let overrides = starts.filter((c) => serviceForCommand(doc, c.carrier.owner) === service);
      const at = service.kind === "railway" ? service.name.lastIndexOf("@") : -1;
      if (!overrides.length && at > 0) overrides = starts.filter((c) => c.carrier.owner === service.name.slice(0, at));
      out.push({ file, service, dockerfile, overrides });
    }
  }
  return out;
}

// src/k8s/templated.ts
function withTrailingBlank(tree, span) {
  const t = tree.view.text;
  let end = span.end;
  while (end < t.length && (t[end] === " " || t[end] === "	" || t[end] === "\n" || t[end] === "\r")) end++;
  return { start: span.start, end };
}
function mayHoldTemplatedKeys(tree, span) {
  return tree.helm !== void 0 && templatedIn(tree.helm.blocks, withTrailingBlank(tree, span));
}
function templatedValue(tree, keySpan) {
  if (!tree.helm) return false;
  return templatedIn(tree.helm.emitting, withTrailingBlank(tree, keySpan));
}

// src/k8s/entrypoint.ts
import { posix as posix11 } from "node:path";

// src/carriers/kubernetes.ts
var PROBES = ["livenessProbe", "readinessProbe", "startupProbe"];
var HOOKS = ["postStart", "preStop"];
function kubernetesCarriers(doc, sink, entrypoint) {
  for (const w of doc.tree.workloads) {
    for (const c of w.containers) containerCarriers(doc, w, c, sink, entrypoint);
  }
}
function containerCarriers(doc, w, c, sink, entrypoint) {
  const { yaml } = w;
  const ctx = { doc, yaml, view: doc.tree.view, declared: envNames(yaml, c.node), owner: serviceName(w, c) };
  const command = getPath(yaml, c.node, "command");
  const args = getPath(yaml, c.node, "args");
  if (command !== void 0 || args !== void 0) {
    const spans = [nodeSpan(command), nodeSpan(args)].filter((s) => s !== void 0);
    const image = command === void 0 && entrypoint ? scalarString(getPath(yaml, c.node, "image"))?.trim() : void 0;
    const entry = image ? entrypoint(image) : void 0;
    const head = entry && spans[0] ? anchoredWords(entry, spans[0].start) : [];
    const words2 = [...head, ...argvOf(ctx, command) ?? [], ...argvOf(ctx, args) ?? []];
    if (words2.length && spans.length) {
      const span = { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
      const carrier = carrierOf(ctx, command !== void 0 ? "command" : "args", span);
      addExecForm(sink, words2, c.init ? "hook" : w.kind === "Job" || w.kind === "CronJob" ? "job" : "start", carrier, span);
    }
  }
  for (const hook of HOOKS) addExecCommand(ctx, getPath(yaml, c.node, `lifecycle.${hook}.exec.command`), "hook", `lifecycle.${hook}`, sink);
  for (const probe of PROBES) addExecCommand(ctx, getPath(yaml, c.node, `${probe}.exec.command`), "healthcheck", probe, sink);
  addEnv(ctx, getPath(yaml, c.node, "env"), c.init ? "hook" : void 0, sink);
}
function addExecCommand(ctx, node, role, label, sink) {
  const span = nodeSpan(resolve(ctx.yaml, node));
  const words2 = argvOf(ctx, node);
  if (!span || !words2?.length) return;
  addExecForm(sink, words2, role, carrierOf(ctx, label, span), span);
}
function carrierOf(ctx, label, span) {
  return { kind: "kubernetes", label, source: ctx.doc.source, span, shellForm: false, owner: ctx.owner };
}
function envNames(yaml, container) {
  const out = /* @__PURE__ */ new Set();
  const list = resolve(yaml, getPath(yaml, container, "env"));
  if (isSeq(list)) for (const item of list.items) {
    const n = scalarString(getPath(yaml, item, "name"));
    if (n) out.add(n.trim());
  }
  return out;
}
function expands(ctx, text) {
  for (const m of text.matchAll(/(^|[^$])\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g)) if (ctx.declared.has(m[2])) return true;
  return false;
}
function templated(ctx, span) {
  return ctx.doc.tree.helm !== void 0 && templatedIn(ctx.doc.tree.helm.actions, span);
}
function argvOf(ctx, node) {
  const n = resolve(ctx.yaml, node);
  if (isScalar(n)) {
    const text = scalarText(ctx.view, n);
    if (!text || n.value === null || templated(ctx, nodeSpan(n))) return void 0;
    return splitWords(text, { dollarIsLiteral: true });
  }
  if (!isSeq(n)) return void 0;
  const words2 = [];
  for (const item of n.items) {
    const it = resolve(ctx.yaml, item);
    const text = scalarText(ctx.view, it);
    const span = nodeSpan(it);
    if (!text || !span) return void 0;
    const prev = words2[words2.length - 1]?.word.value;
    const script = !!prev && /^-[a-zA-Z]*c[a-zA-Z]*$/.test(prev);
    const dynamic = expands(ctx, text.text) || !script && templated(ctx, span);
    words2.push(wordFromEmbedded(text, span, ctx.view.text.slice(span.start, span.end), dynamic));
  }
  return words2;
}
function addEnv(ctx, node, role, sink) {
  const list = resolve(ctx.yaml, node);
  if (!isSeq(list)) return;
  const span = nodeSpan(list);
  if (!span) return;
  const carrier = carrierOf(ctx, "env", span);
  for (const item of list.items) {
    const nameNode = getPath(ctx.yaml, item, "name");
    const nameSpan = nodeSpan(nameNode);
    const name = scalarString(nameNode)?.trim();
    const itemSpan = nodeSpan(resolve(ctx.yaml, item));
    if (!name || !nameSpan || !itemSpan || templated(ctx, nameSpan)) continue;
    const valueNode = getPath(ctx.yaml, item, "value");
    const valueSpan = nodeSpan(valueNode) ?? { start: nameSpan.end, end: nameSpan.end };
    const raw = valueNode === void 0 ? null : scalarString(valueNode) ?? null;
    const value2 = raw === null || expands(ctx, raw) || templated(ctx, valueSpan) ? null : raw;
    sink.env.push({ name, value: value2, nameSpan, valueSpan, span: itemSpan, carrier, ...role ? { role } : {} });
  }
}

// src/k8s/entrypoint.ts
function imageBaseName(image) {
  const noDigest = image.split("@")[0];
  const lastSlash = noDigest.lastIndexOf("/");
  const colon = noDigest.lastIndexOf(":");
  const repo = colon > lastSlash ? noDigest.slice(0, colon) : noDigest;
  return repo.slice(repo.lastIndexOf("/") + 1);
}
function dockerfileOfImage(dockerfiles, image) {
  const name = imageBaseName(image);
  if (!name) return void 0;
  const matches2 = dockerfiles.filter((d) => posix11.basename(posix11.dirname(d.rel)) === name || posix11.basename(d.rel) === `${name}.Dockerfile`);
  return matches2.length === 1 ? matches2[0] : void 0;
}
function resolveImageEntrypoints(files) {
  const manifests = files.filter((f) => f.kind === "kubernetes" && f.doc && f.facts && f.environment === "production" && f.doc.source.text.includes("args:"));
  if (!manifests.length) return;
  const dockerfiles = files.filter((f) => f.kind === "dockerfile" && f.facts && f.environment === "production");
  if (!dockerfiles.length) return;
  const lookup = (image) => {
    const built = dockerfileOfImage(dockerfiles, image);
    if (!built) return void 0;
    const entry = built.facts.commands.find((c) => c.role === "start" && c.nesting === 0 && c.carrier.label === "ENTRYPOINT" && !c.shellForm);
    if (!entry) return void 0;
    const head = entry.argv[0];
    const name0 = baseName(head?.value);
    if (!head || !name0 || /\.sh$|entrypoint/i.test(name0)) return void 0;
    return entry.raw;
  };
  for (const f of manifests) {
    const sink = newSink();
    try {
      withParseDeadline(() => kubernetesCarriers(f.doc, sink, lookup));
      f.facts = sink;
    } catch {
    }
  }
}
function anchoredWords(words2, at) {
  return words2.map((w) => ({
    word: { value: w.value, text: w.text, span: { start: at, end: at + 1 } },
    decoded: { value: w.value, offsets: Array.from({ length: (w.value?.length ?? 0) + 1 }, () => at) }
  }));
}

// rules/PF001-liveness-without-startup-grace.ts
var PF001_liveness_without_startup_grace_default = defineRule({
  id: "PF001",
  name: "liveness-without-startup-grace",
  severity: "warning",
  category: "reliability",
  productionOnly: true,
  kinds: ["kubernetes", "railway"],
  triggers: ["livenessProbe", "healthcheck", "health_check", "checks"],
  precision: "medium",
  options: { minStartupSeconds: 30, slowStartSeconds: 120 },
  messages: {
    short: 'livenessProbe restarts "{{service}}" if it does not answer within about {{window}} s of starting ({{formula}}) and there is no startupProbe: a boot slower than that is killed and restarted in a crash loop',
    slowStart: 'livenessProbe restarts "{{service}}" if it does not answer within about {{window}} s of starting ({{formula}}), there is no startupProbe, and its start {{reason}}: a slow start is killed mid-way and restarted in a crash loop',
    platformSlowStart: 'Railway marks the deploy of "{{service}}" failed unless {{path}} answers within healthcheckTimeout {{window}} s, and its start {{reason}}: a slow migration or lock wait fails every deploy, and the new version never goes live'
  },
  docs: {
    summary: "A liveness check can kill a service before it has finished starting",
    what: `**Kubernetes**: a container with a \`livenessProbe\` and no \`startupProbe\`, where the time before the kubelet restarts a container that has not answered yet \u2014 \`initialDelaySeconds + failureThreshold \xD7 periodSeconds\`, with the Kubernetes defaults 0, 3 and 10 for fields not written \u2014 is under \`minStartupSeconds\` (default 30 s: stricter than the Kubernetes defaults, which give exactly 30 s), or under \`slowStartSeconds\` (default 120 s) when the start is known to be slow: the container's start command (or a script it runs) applies migrations (\`alembic upgrade\`, \`manage.py migrate\`, \`prisma migrate deploy\`\u2026), installs packages (\`pip install\`, \`npm ci\`), waits for other services (\`wait-for-it\`, \`dockerize -wait\`), or runs a Python entry module (\`python -m bot.main\`, \`python app.py\`, found in the project) that takes a blocking \`pg_advisory_lock\`. Anchored on \`livenessProbe\`. Not reported: containers with any \`startupProbe\` (it holds liveness off until the app is up), probes whose timings are templated (Helm) or not numbers, init containers, and, in Helm templates, containers holding an action that emits whole lines (it may add a \`startupProbe\`).

**Railway**: a \`healthcheckTimeout\` written in \`railway.toml\`/\`railway.json\` under \`slowStartSeconds\` on a service whose start is known to be slow (as above): its \`startCommand\` or, without one, the \`CMD\`/\`ENTRYPOINT\` of the Dockerfile Railway builds, and the scripts they run. Railway waits \`healthcheckTimeout\` seconds (default 300) for \`healthcheckPath\` to answer 200, then marks the deploy failed. Anchored on the timeout. Not reported: no timeout written (the 300 s default), no known slow start, migrations in \`preDeployCommand\` (run before the window opens). Fly.io checks never restart a Machine and \`fly deploy\` waits up to its own wait timeout, and a Render Blueprint has no health-check timeout, so neither is judged.

**Datastores and fast-boot images** (Kubernetes): a container whose image is a datastore or a small proxy known to start in seconds (the datastores the compose rules know \u2014 \`redis\`, \`postgres\`, \`mysql\`\u2026 \u2014 and \`memcached\`, \`envoy\`, \`nginx\`, \`haproxy\`, \`traefik\`, \`pgbouncer\`) is not held to \`minStartupSeconds\` when its window is at least 10 s: they have no application boot to wait for, and a 15 s window is the vendor default in many charts. A slow-start reason still applies to them.

The thresholds are heuristics, not measurements: 30 s is the Kubernetes default window, which a boot that connects to a database or warms a cache on a cold node can already exceed; 120 s is a migration or a lock wait on a bad day. Raise them for slow apps (\`rules: {PF001: {options: {minStartupSeconds: 60}}}\`).`,
    why: `In one incident a Telegram bot on Railway was restarted every ~3 minutes: a watchdog killed the process whenever it had not seen activity for a while, including during a slow boot, and the platform's restart policy brought it straight back into the same condition \u2014 a crash loop nobody had written on purpose (seed 001; the fix was a 60 s startup grace before the first check, seed 002). A liveness probe without a startup grace is the same watchdog moved into the orchestrator: when a deploy lands on a cold node, the database is slow or migrations take a minute, the kubelet kills the container before it ever answered, restarts it, kills it again, and the Deployment sits in CrashLoopBackOff with every replica down. A \`startupProbe\` (or a large enough \`initialDelaySeconds\`) lets the boot finish before liveness starts counting.`,
    example: {
      kind: "kubernetes",
      path: "deploy/bot.yaml",
      code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: bot\nspec:\n  template:\n    spec:\n      containers:\n        - name: bot\n          image: example/bot:2.3\n          command: ["sh", "-c", "alembic upgrade head && exec python -m bot"]\n          livenessProbe:\n            httpGet:\n              path: /healthz\n              port: 8080\n            initialDelaySeconds: 30\n            periodSeconds: 10\n'
    },
    fix: {
      kind: "kubernetes",
      path: "deploy/bot.yaml",
      code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: bot\nspec:\n  template:\n    spec:\n      containers:\n        - name: bot\n          image: example/bot:2.3\n          command: ["sh", "-c", "alembic upgrade head && exec python -m bot"]\n          startupProbe:\n            httpGet:\n              path: /healthz\n              port: 8080\n            periodSeconds: 5\n            failureThreshold: 36\n          livenessProbe:\n            httpGet:\n              path: /healthz\n              port: 8080\n            periodSeconds: 10\n'
    },
    references: [
      "https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/#define-startup-probes",
      "https://kubernetes.io/docs/concepts/configuration/liveness-readiness-startup-probes/",
      "https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#lifecycle-1"
    ]
  },
  document(doc, ctx) {
    if (doc.kind === "kubernetes") {
      const tree = doc.tree;
      for (const w of tree.workloads) for (const c of w.containers) if (!c.init) checkContainer(doc, w, c, ctx);
      return;
    }
    const seen = /* @__PURE__ */ new Set();
    for (const service of deployServices(doc)) checkPlatform(doc, service, ctx, seen);
  }
});
function slowStart(ctx, doc, service) {
  return slowStartReason(ctx.project, serviceStartCommands(ctx.project, doc, service));
}
function checkContainer(doc, w, c, ctx) {
  const { yaml } = w;
  const probe = resolve(yaml, getPath(yaml, c.node, "livenessProbe"));
  if (!(0, import_yaml3.isMap)(probe) || getPath(yaml, c.node, "startupProbe") !== void 0 || mayHoldTemplatedKeys(doc.tree, c.span)) return;
  const value2 = (key) => {
    if (getPath(yaml, probe, key) === void 0) return PROBE_DEFAULTS[key];
    return numberAt(yaml, probe, key)?.value;
  };
  const delay = value2("initialDelaySeconds");
  const period = value2("periodSeconds");
  const threshold = value2("failureThreshold");
  if (delay === void 0 || period === void 0 || threshold === void 0) return;
  const window = delay + threshold * period;
  if (window >= Math.max(ctx.options.minStartupSeconds, ctx.options.slowStartSeconds)) return;
  const span = probeKeySpan(yaml, c.node, "livenessProbe");
  if (!span) return;
  const service = serviceName(w, c);
  const formula = `initialDelaySeconds ${delay} + failureThreshold ${threshold} \xD7 periodSeconds ${period}`;
  const reason = window < ctx.options.slowStartSeconds ? slowStart(ctx, doc, service) : void 0;
  if (reason) ctx.report({ messageId: "slowStart", data: { service, window, formula, reason }, span });
  else if (window < ctx.options.minStartupSeconds && !(window >= FAST_BOOT_MIN_WINDOW && fastBootImage(scalarString(getPath(yaml, c.node, "image"))))) {
    ctx.report({ messageId: "short", data: { service, window, formula }, span });
  }
}
var FAST_BOOT_MIN_WINDOW = 10;
var FAST_BOOT_NAMES = /* @__PURE__ */ new Set(["memcached", "envoy", "nginx", "haproxy", "traefik", "pgbouncer", "busybox", "pause"]);
function fastBootImage(image) {
  if (!image) return false;
  const ref = parseImageRef(image.trim());
  if (!ref) return false;
  if (isDatastoreImage(ref)) return true;
  return FAST_BOOT_NAMES.has(imageBaseName(image.trim()).replace(/-alpine$/, ""));
}
function checkPlatform(doc, service, ctx, seen) {
  if (service.kind !== "railway") return;
  for (const check13 of service.healthChecks) {
    if (check13.purpose !== "deploy") continue;
    const limit = check13.timeoutSeconds;
    if (!limit || limit.value >= ctx.options.slowStartSeconds || seen.has(limit.span.start)) continue;
    const reason = slowStartReason(ctx.project, railwayStartCommands(ctx, doc, service));
    if (!reason) continue;
    seen.add(limit.span.start);
    ctx.report({ messageId: "platformSlowStart", data: { service: service.name, path: check13.path?.value ?? "the health check path", window: limit.value, reason }, span: limit.span });
  }
}
function railwayStartCommands(ctx, doc, service) {
  const at = service.name.lastIndexOf("@");
  const own = serviceStartCommands(ctx.project, doc, service.name);
  const inherited = own.length || at <= 0 ? own : serviceStartCommands(ctx.project, doc, service.name.slice(0, at));
  if (inherited.length) return inherited;
  const run = platformImageRuns(ctx.project).find((r) => r.file.rel === doc.source.path && r.service === service);
  if (!run || run.overrides.length) return [];
  return dockerfileStartCommands(ctx.project, run.dockerfile.rel);
}
function dockerfileStartCommands(model, rel) {
  const file = model.byPath.get(rel);
  const out = (file?.facts?.commands ?? []).filter((c) => c.role === "start");
  for (const [script, vias] of model.startedBy) {
    if (!vias.some((v) => v.path === rel)) continue;
    const f = model.byPath.get(script);
    if (f) out.push(...commandsOf(model, f).filter((c) => c.role === "start"));
  }
  return out;
}

// src/routes/handlers.ts
var NOT_SERVICE_CODE = /(^|\/)(test|tests|__tests__|spec|e2e|examples?|docs?)\//;
var MAX_BODY = 2e4;
function normalizeRoute(path) {
  const p = path.split("?")[0].trim();
  const withSlash = p.startsWith("/") ? p : "/" + p;
  return withSlash.length > 1 && withSlash.endsWith("/") ? withSlash.slice(0, -1) : withSlash;
}
function handlersFor(model, path) {
  const want = normalizeRoute(path);
  const bare = want.slice(1);
  const out = [];
  for (const f of model.files) {
    if (f.kind !== "python" && f.kind !== "typescript" || f.environment !== "production" || NOT_SERVICE_CODE.test(f.rel)) continue;
    if (f.text !== void 0 && !f.text.includes(bare)) continue;
    const source = sourceOf(model, f.rel);
    if (!source || !source.text.includes(bare)) continue;
    if (f.kind === "python") out.push(...pythonHandlers(model, source, want));
    else out.push(...tsHandlers(source, want));
  }
  return out;
}
function quoted(text, at) {
  const q = text[at];
  if (q !== '"' && q !== "'" && q !== "`") return void 0;
  const end = text.indexOf(q, at + 1);
  if (end === -1 || end - at > 300) return void 0;
  return { value: text.slice(at + 1, end), span: { start: at, end: end + 1 } };
}
var PY_DECORATOR = /^[ \t]*@[A-Za-z_][\w.]*\.(?:route|get|api_route|head)\([ \t]*(?=["'])/gm;
var DJANGO_PATH = /\b(?:re_)?path\([ \t]*(?=["'])/g;
function pythonHandlers(model, source, want) {
  const t = source.text;
  const out = [];
  for (const m of t.matchAll(PY_DECORATOR)) {
    const lit = quoted(t, m.index + m[0].length);
    if (!lit || normalizeRoute(lit.value) !== want) continue;
    const def = /^[ \t]*(?:async[ \t]+)?def[ \t]+\w+/m.exec(t.slice(lit.span.end));
    if (!def) continue;
    const body = pythonBody(t, lit.span.end + def.index);
    if (body) out.push({ source, routeSpan: lit.span, body, language: "python" });
  }
  for (const m of t.matchAll(DJANGO_PATH)) {
    const lit = quoted(t, m.index + m[0].length);
    if (!lit || normalizeRoute(lit.value.replace(/^\^|\$$/g, "")) !== want) continue;
    const view = /^\s*,\s*([A-Za-z_][\w.]*)/.exec(t.slice(lit.span.end))?.[1]?.split(".").pop();
    if (!view) continue;
    for (const f of model.files) {
      if (f.kind !== "python" || f.environment !== "production") continue;
      const src = sourceOf(model, f.rel);
      const def = src ? findDef(src.text, PY_DEF, view) : void 0;
      const body = src && def !== void 0 ? pythonBody(src.text, def) : void 0;
      if (src && body) out.push({ source: src, routeSpan: lit.span, body, language: "python" });
    }
  }
  return out;
}
function pythonBody(t, defStart) {
  const lineStart = t.lastIndexOf("\n", defStart) + 1;
  let k = lineStart;
  while (t[k] === " " || t[k] === "	") k++;
  const indent = k - lineStart;
  let pos = t.indexOf("\n", defStart);
  if (pos === -1) return void 0;
  const start = pos + 1;
  let end = start;
  while (pos !== -1 && pos < t.length && pos - start < MAX_BODY) {
    const ls = pos + 1;
    let le = t.indexOf("\n", ls);
    if (le === -1) le = t.length;
    const line = t.slice(ls, le);
    if (line.trim() !== "") {
      let ind = 0;
      while (line[ind] === " " || line[ind] === "	") ind++;
      if (ind <= indent) break;
      end = le;
    }
    pos = le === t.length ? -1 : le;
  }
  return end > start ? { start, end } : void 0;
}
var PY_DEF = /^[ \t]*(?:async[ \t]+)?def[ \t]+(\w+)/gm;
var TS_DEF = /(?:function[ \t]+([\w$]+)[ \t]*\(|(?:const|let|var)[ \t]+([\w$]+)[ \t]*=)/g;
function findDef(text, re, name, after = false) {
  for (const m of text.matchAll(re)) if ((m[1] ?? m[2]) === name) return after ? m.index + m[0].length : m.index;
  return void 0;
}
var TS_ROUTE = /\b[A-Za-z_$][\w$]*\.(?:get|all|head|route)\([ \t]*(?=["'`])/g;
function tsHandlers(source, want) {
  const t = source.text;
  const out = [];
  for (const m of t.matchAll(TS_ROUTE)) {
    const lit = quoted(t, m.index + m[0].length);
    if (!lit || normalizeRoute(lit.value) !== want) continue;
    const rest = t.slice(lit.span.end, lit.span.end + 2e3);
    const named = /^\s*,\s*(?:[\w$.]+\s*,\s*)*([A-Za-z_$][\w$]*)\s*\)/.exec(rest);
    let body;
    if (named && !/^(async|function)$/.test(named[1])) {
      const def = findDef(t, TS_DEF, named[1], true);
      if (def !== void 0) body = bracedBody(t, def);
    } else body = bracedBody(t, lit.span.end);
    if (body) out.push({ source, routeSpan: lit.span, body, language: "typescript" });
  }
  return out;
}
function bracedBody(t, from) {
  const open = t.indexOf("{", from);
  if (open === -1 || open - from > 500) return void 0;
  let depth = 0;
  let quote;
  for (let k = open; k < t.length && k - open < MAX_BODY; k++) {
    const c = t[k];
    if (quote) {
      if (c === "\\") k++;
      else if (c === quote) quote = void 0;
      continue;
    }
    if (c === '"' || c === "'" || c === "`") quote = c;
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return { start: open + 1, end: k };
  }
  return void 0;
}
var DEPENDENCY = [
  { what: "Redis", re: /\bredis\w*\s*\.\s*\w+\s*\(|\bRedis\s*\(|\.ping\s*\(/i },
  { what: "the database", re: /\.execute\s*\(|\.query\s*\(|\$queryRaw|\.raw\s*\(|\bSELECT\s+1\b|\.authenticate\s*\(|\bpool\s*\.\s*(acquire|connect)\s*\(|\.cursor\s*\(|\bengine\s*\.\s*connect\s*\(|\.fetch(val|row)?\s*\(|\.objects\s*\.|ensure_connection\s*\(|\.command\s*\(\s*["']ping|\bprisma\s*\.\s*\w+|mongoose\s*\.\s*connection|\bdb\s*\.\s*session\b|\bknex\s*\(/ }
];
function dependencyIn(source, body) {
  const text = source.text.slice(body.start, body.end);
  let best;
  for (const d of DEPENDENCY) {
    const m = d.re.exec(text);
    if (m && (!best || body.start + m.index < best.span.start)) best = { what: d.what, span: { start: body.start + m.index, end: body.start + m.index + m[0].length } };
  }
  return best;
}

// rules/PF002-liveness-depends-on-services.ts
var PF002_liveness_depends_on_services_default = defineRule({
  id: "PF002",
  name: "liveness-depends-on-services",
  severity: "warning",
  category: "reliability",
  productionOnly: true,
  kinds: ["kubernetes"],
  triggers: ["livenessProbe"],
  precision: "medium",
  messages: {
    dependent: "livenessProbe GET {{path}} is answered by a handler that checks {{what}} ({{file}}): when {{what}} blips, every replica fails liveness together and is restarted, which fixes nothing"
  },
  docs: {
    summary: "A liveness probe hits a health endpoint that checks the database or Redis",
    what: `A project rule. For each Kubernetes \`livenessProbe\` with an \`httpGet.path\`, finds the route that answers that path in the run's production Python and TS/JS files \u2014 Flask/FastAPI/Starlette-style decorators (\`@app.get("/healthz")\`, \`@bp.route(...)\`), Django \`path("healthz/", view)\`, express/fastify/koa-router-style calls (\`app.get('/healthz', \u2026)\`, inline or named handlers) \u2014 and reports the probe when the handler's body calls the database or Redis: \`.execute(\`, \`.query(\`, \`SELECT 1\`, \`.ping(\`, \`redis.\u2026(\`, \`pool.acquire(\`, \`.cursor(\`, \`engine.connect(\`, Django \`.objects.\`, \`ensure_connection(\`, Prisma, \`mongoose.connection\`, a Mongo \`ping\` command. Anchored on the probe's \`path\`; the handler's dependency call is the related location. Limits: a lexical scan, not a call graph \u2014 a helper function called by the handler is not followed, router mount prefixes are not applied (paths must match exactly, trailing slash and query ignored), and a handler that catches the failure and still answers 200 is reported anyway. Readiness probes are not reported: taking a replica out of rotation while its database is down is what they are for.`,
    why: `Liveness answers one question: is this process stuck beyond repair, so that killing it helps? A health endpoint that also checks the database or Redis answers a different one. When Redis restarts or the database fails over for twenty seconds, every replica's liveness fails at the same moment, the kubelet kills them all, and they come back into a cold start against a dependency that is still recovering \u2014 the outage of one backing service becomes an outage of the whole app, and the restarts (connection storms, cache warm-up, migrations at start) make the recovery slower. It is the crash loop of prodlint's incident reports at orchestrator scale: a watchdog that killed a healthy bot because something else was slow, and a platform that kept restarting it (seeds 001 and 002). Check dependencies in the readiness probe; keep liveness about the process itself.`,
    example: { kind: "kubernetes", path: "deploy/api.yaml", code: "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: example/api:3.1\n          livenessProbe:\n            httpGet:\n              path: /health\n              port: 8000\n            initialDelaySeconds: 60\n", others: [{ kind: "python", path: "app/main.py", code: 'from fastapi import FastAPI\nfrom sqlalchemy import text\n\nfrom app.db import engine\n\napp = FastAPI()\n\n\n@app.get("/health")\nasync def health():\n    async with engine.connect() as conn:\n        await conn.execute(text("SELECT 1"))\n    return {"status": "ok"}\n\n\n@app.get("/livez")\nasync def livez():\n    return {"status": "alive"}\n' }] },
    fix: { kind: "kubernetes", path: "deploy/api.yaml", code: "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: example/api:3.1\n          livenessProbe:\n            httpGet:\n              path: /livez\n              port: 8000\n            initialDelaySeconds: 60\n          readinessProbe:\n            httpGet:\n              path: /health\n              port: 8000\n", others: [{ kind: "python", path: "app/main.py", code: 'from fastapi import FastAPI\nfrom sqlalchemy import text\n\nfrom app.db import engine\n\napp = FastAPI()\n\n\n@app.get("/health")\nasync def health():\n    async with engine.connect() as conn:\n        await conn.execute(text("SELECT 1"))\n    return {"status": "ok"}\n\n\n@app.get("/livez")\nasync def livez():\n    return {"status": "alive"}\n' }] },
    references: [
      "https://kubernetes.io/docs/concepts/configuration/liveness-readiness-startup-probes/",
      "https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/",
      "https://kubernetes.io/docs/reference/using-api/health-checks/"
    ]
  },
  project(model, ctx) {
    const memo = /* @__PURE__ */ new Map();
    for (const file of model.files) {
      if (file.kind !== "kubernetes" || file.environment !== "production" || !file.doc) continue;
      const tree = file.doc.tree;
      for (const service of tree.deploy) {
        for (const check13 of service.healthChecks) {
          if (check13.purpose !== "liveness" || check13.type !== "http" || !check13.path || !check13.path.value.startsWith("/")) continue;
          const path = check13.path.value;
          let handlers = memo.get(path);
          if (!handlers) memo.set(path, handlers = handlersFor(model, path));
          for (const h of handlers) {
            const dep = dependencyIn(h.source, h.body);
            if (!dep) continue;
            ctx.report({
              messageId: "dependent",
              data: { path, what: dep.what, file: h.source.path },
              span: check13.path.span,
              source: file.doc.source,
              related: [
                { source: h.source, span: dep.span, message: `the handler of ${path} calls ${dep.what} here` },
                { source: h.source, span: h.routeSpan, message: `route ${path}` }
              ]
            });
            break;
          }
        }
      }
    }
  }
});

// src/k8s/workload-of.ts
function workloadKindOf(doc, service) {
  if (doc.kind !== "kubernetes") return void 0;
  const tree = doc.tree;
  for (const w of tree.workloads) if (w.containers.some((c) => !c.init && serviceName(w, c) === service)) return w.kind;
  return void 0;
}

// rules/PF003-restart-policy-gives-up.ts
var PF003_restart_policy_gives_up_default = defineRule({
  id: "PF003",
  name: "restart-policy-gives-up",
  severity: "warning",
  category: "reliability",
  productionOnly: true,
  kinds: ["railway", "fly", "kubernetes"],
  triggers: [],
  anchor: "construct",
  precision: "high",
  messages: {
    never: '"{{service}}" is never restarted: the first crash (an unhandled exception, an out-of-memory kill) leaves this long-running service down until someone redeploys it',
    rejected: '"{{service}}" is a {{workload}}, which accepts only restartPolicy Always: the API server rejects this manifest (Unsupported value "{{policy}}"), so the rollout never happens',
    fewRetries: '"{{service}}" is restarted at most {{retries}} times: a few quick crashes at start (a database not up yet, a watchdog firing during a slow boot) leave it down for good'
  },
  options: { minRetries: 5 },
  docs: {
    summary: "A long-running platform service is never restarted, or only a few times",
    what: `Reads the deployment model of platform files (\`deployServices\`) and reports, on the value as written:
- a restart policy of **never** \u2014 Railway \`restartPolicyType = "NEVER"\`, Fly.io \`[[restart]] policy = "never"\` and Kubernetes \`restartPolicy: Never\` on a bare \`Pod\` running a service (\`OnFailure\` restarts a crashed container with back-off for ever, so it is not reported on a Pod);
- Kubernetes \`restartPolicy: Never\` or \`OnFailure\` in the pod template of a **Deployment, StatefulSet, DaemonSet or ReplicaSet**: these accept only \`Always\` and the API server rejects the manifest (\`Unsupported value: "Never": supported values: "Always"\`), so nothing rolls out \u2014 Helm renders such a chart without complaint and the failure shows only at \`kubectl apply\`/\`helm install\`. Reported whatever the container runs;
- an **on-failure** policy whose retry limit is below \`minRetries\` (default 5) \u2014 Railway \`restartPolicyMaxRetries\`, Fly.io \`[[restart]] retries\`.

Only services that are evidently long-running are judged: a health check, more than one replica, a routed port, a Fly.io process group, or a start command that is a server (uvicorn, gunicorn, a celery worker, \`npm start\`\u2026). A Railway service whose start command is a plain \`python main.py\` and nothing else may be a cron job scheduled in the dashboard and is left alone, as are one-shot services: a Railway service with a \`cronSchedule\`, a Kubernetes Job or CronJob. \`ALWAYS\` and \`ON_FAILURE\` with Railway's default of 10 retries are not reported. Render and Heroku always restart a crashed instance, so they have no policy to check.`,
    why: `The restart policy is the last line of defence when the process dies. One team's Telegram bot on Railway crash-looped every three minutes: a watchdog inside the bot called \`os._exit(1)\` whenever no update arrived within 180 seconds, including during a slow start, and Railway restarted it each time. With the platform's restarts the bot stayed mostly up while the team found the watchdog; with a policy of \`NEVER\`, or a handful of retries, the first few false alarms would have left it dead with no one paged \u2014 a crash during a database blip at 3 a.m. is exactly when nobody redeploys by hand. A restart policy that gives up turns every transient failure into an outage that lasts until a human notices.`,
    example: { kind: "railway", path: "railway.toml", code: '[build]\nbuilder = "DOCKERFILE"\n\n[deploy]\nstartCommand = "python -m bot"\nhealthcheckPath = "/health"\nrestartPolicyType = "NEVER"\n' },
    fix: { kind: "railway", path: "railway.toml", code: '[build]\nbuilder = "DOCKERFILE"\n\n[deploy]\nstartCommand = "python -m bot"\nhealthcheckPath = "/health"\nrestartPolicyType = "ALWAYS"\n' },
    references: ["https://docs.railway.com/reference/config-as-code", "https://docs.railway.com/guides/restart-policy", "https://fly.io/docs/reference/configuration/#the-restart-section", "https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy", "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#pod-template"]
  },
  project(model, ctx) {
    for (const file of model.files) {
      if (!file.doc || !file.source || !file.kind || !KINDS2.has(file.kind)) continue;
      const seen = /* @__PURE__ */ new Set();
      for (const service of deployServices(file.doc)) {
        if (service.oneShot || !service.restart) continue;
        const { policy, maxRetries } = service.restart;
        const at = (maxRetries ?? policy).span.start;
        if (service.kind === "kubernetes") {
          const workload = workloadKindOf(file.doc, service.name);
          if (workload && CONTROLLERS.has(workload) && policy.value !== "always" && !seen.has(at)) {
            seen.add(at);
            ctx.report({ messageId: "rejected", data: { service: service.name, workload, policy: policy.value === "never" ? "Never" : "OnFailure" }, span: policy.span, source: file.source });
          }
          if (workload !== "Pod") continue;
        }
        if (seen.has(at) || !longRunning2(service, file.facts?.commands ?? [], file.doc)) continue;
        seen.add(at);
        if (policy.value === "never") {
          ctx.report({ messageId: "never", data: { service: service.name }, span: policy.span, source: file.source });
        } else if (policy.value === "on-failure" && maxRetries && maxRetries.value < ctx.options.minRetries) {
          ctx.report({ messageId: "fewRetries", data: { service: service.name, retries: maxRetries.value }, span: maxRetries.span, source: file.source });
        }
      }
    }
  }
});
var KINDS2 = /* @__PURE__ */ new Set(["railway", "fly", "kubernetes"]);
var CONTROLLERS = /* @__PURE__ */ new Set(["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet"]);
function longRunning2(service, commands, doc) {
  if (service.kind === "fly" || service.healthChecks.length > 0 || service.port || service.replicas && service.replicas.value > 1) return true;
  return commands.some((c) => c.role === "start" && serviceForCommand(doc, c.carrier.owner) === service && serviceOf(c)?.strength === "server");
}

// src/deploy/listen.ts
var OPTIONS3 = {
  uvicorn: [["--port", "port"]],
  granian: [["--port", "port"]],
  gunicorn: [["-b", "addr"], ["--bind", "addr"]],
  hypercorn: [["-b", "addr"], ["--bind", "addr"]],
  daphne: [["-p", "port"], ["--port", "port"]],
  uwsgi: [["--http", "addr"], ["--http-socket", "addr"], ["--https", "addr"]],
  "waitress-serve": [["--port", "port"], ["--listen", "addr"]],
  puma: [["-p", "port"], ["--port", "port"], ["-b", "addr"], ["--bind", "addr"]],
  "http-server": [["-p", "port"], ["--port", "port"]],
  serve: [["-l", "addr"], ["--listen", "addr"], ["-p", "port"]],
  streamlit: [["--server.port", "port"]]
};
var SUB_OPTIONS = {
  flask: { subs: ["run"], opts: [["-p", "port"], ["--port", "port"]] },
  rails: { subs: ["server", "s"], opts: [["-p", "port"], ["--port", "port"]] },
  next: { subs: ["start", "dev"], opts: [["-p", "port"], ["--port", "port"]] },
  nuxt: { subs: ["start", "preview", "dev"], opts: [["--port", "port"]] },
  nuxi: { subs: ["start", "preview", "dev"], opts: [["--port", "port"]] },
  vite: { subs: ["preview"], opts: [["--port", "port"]] },
  artisan: { subs: ["serve"], opts: [["--port", "port"]] }
};
function portOf(value2, style) {
  const m = style === "port" ? /^(\d{1,5})$/.exec(value2) : /^(?:[a-z]+:\/\/)?(?:\[[^\]]*\]|[^:/\s]*):(\d{1,5})$/.exec(value2);
  if (!m) return void 0;
  const n = Number(m[1]);
  return n > 0 && n < 65536 ? n : void 0;
}
function portSpan(w, port) {
  const digits = String(port);
  const at = w.text.lastIndexOf(digits);
  if (at !== -1 && /^["']?$/.test(w.text.slice(at + digits.length)) && w.span.end - w.span.start === w.text.length) {
    return { start: w.span.start + at, end: w.span.start + at + digits.length };
  }
  return w.span;
}
function fromFlag(cmd, opts) {
  for (const [name, style] of opts) {
    const flag = findFlag(cmd, [name]);
    if (!flag) continue;
    if (flag.value !== name && !flag.value?.startsWith(name + "=")) continue;
    const inline = flag.value?.startsWith(name + "=");
    const valueWord = inline ? flag : cmd.argv[cmd.argv.indexOf(flag) + 1];
    if (!valueWord) continue;
    if (valueWord.value === null) return { port: null, word: valueWord, span: valueWord.span };
    const value2 = inline ? flagValue(cmd, flag) ?? "" : valueWord.value;
    const port = portOf(value2, style);
    if (port !== void 0) return { port, word: valueWord, span: portSpan(valueWord, port) };
  }
  return void 0;
}
function listenPort(cmd) {
  const name = programName(cmd);
  const head = cmd.argv[0];
  if (!head) return void 0;
  const python = /^(python[\d.]*|pypy3?)$/.test(name ?? "");
  if (name === "http.server" && cmd.wrappers[cmd.wrappers.length - 1] === "python -m") {
    const w = cmd.argv.slice(1).find((x) => x.value === null || !x.value.startsWith("-"));
    if (w?.value === null) return { port: null, word: w, span: w.span };
    const port = w?.value ? portOf(w.value, "port") : void 0;
    return port && w ? { port, word: w, span: portSpan(w, port) } : void 0;
  }
  const manage = python ? cmd.argv.findIndex((w) => w.value?.endsWith("manage.py")) : name === "django-admin" ? 0 : -1;
  if (manage !== -1 && cmd.argv[manage + 1]?.value === "runserver") {
    const w = cmd.argv.slice(manage + 2).find((x) => x.value === null || !x.value.startsWith("-"));
    if (!w) return void 0;
    if (w.value === null) return { port: null, word: w, span: w.span };
    const port = portOf(w.value, "port") ?? portOf(w.value, "addr");
    return port ? { port, word: w, span: portSpan(w, port) } : void 0;
  }
  if (name === "php") {
    const s = findFlag(cmd, ["-S"]);
    if (s?.value === "-S") {
      const w = cmd.argv[cmd.argv.indexOf(s) + 1];
      if (w?.value === null) return { port: null, word: w, span: w.span };
      const port = w?.value ? portOf(w.value, "addr") : void 0;
      if (port && w) return { port, word: w, span: portSpan(w, port) };
    }
    const artisan = cmd.argv.findIndex((w) => w.value === "artisan");
    if (artisan !== -1 && cmd.argv[artisan + 1]?.value === "serve") return fromFlag({ ...cmd, argv: cmd.argv.slice(artisan) }, SUB_OPTIONS.artisan.opts);
    return void 0;
  }
  if (name && OPTIONS3[name]) return fromFlag(cmd, OPTIONS3[name]);
  const spec = name ? SUB_OPTIONS[name] : void 0;
  if (spec) {
    const sub = subcommand(cmd, ["--app", "-A", "-e", "--environment"]);
    if (!sub?.value || !spec.subs.includes(sub.value)) return void 0;
    return fromFlag({ ...cmd, argv: cmd.argv.slice(cmd.argv.indexOf(sub)) }, spec.opts);
  }
  if (name === "bundle" && cmd.argv[1]?.value === "exec") return listenPort({ ...cmd, argv: cmd.argv.slice(2) });
  if (serviceOf(cmd)) return fromFlag(cmd, [["--port", "port"]]);
  return void 0;
}

// rules/PF004-hard-coded-port.ts
var PLATFORM = { railway: "Railway", render: "Render", heroku: "Heroku", procfile: "Heroku" };
var RENDER_DEFAULT_PORT = 1e4;
var PF004_hard_coded_port_default = defineRule({
  id: "PF004",
  name: "hard-coded-port",
  severity: "warning",
  category: "reliability",
  productionOnly: true,
  kinds: ["railway", "render", "heroku", "procfile", "fly", "dockerfile"],
  roles: ["start"],
  triggers: ["port", "PORT", "bind", "-b", "-p", "runserver", "http.server", "-S", "listen", "-l", "--http"],
  precision: "high",
  messages: {
    injected: "{{program}} listens on port {{port}}, but {{platform}} sends traffic to the port it puts in $PORT: health checks fail and requests get no answer",
    internalPort: "{{program}} listens on port {{port}}, but internal_port is {{internal}}: Fly.io's proxy sends every request to a port nothing listens on",
    envPort: "PORT is {{port}} but internal_port is {{internal}}: an app that listens on $PORT gets no traffic from Fly.io's proxy",
    notExpanded: "{{word}} reaches {{program}} as literal text: Railway runs the start command of a Dockerfile or image deploy without a shell, so $PORT is never expanded"
  },
  docs: {
    summary: "A platform start command listens on a literal port instead of the one the platform routes to",
    what: `Reports the port word of a start command that listens on a literal port where the platform decides the port:
- **Railway, Render, Heroku** (\`railway.toml\`/\`.json\` \`startCommand\`, \`render.yaml\` \`startCommand\`/\`dockerCommand\` of a \`web\` service, \`heroku.yml\` \`run.web\`, and the \`web\` line of a \`Procfile\`) inject \`PORT\` and route to it; \`--port 8000\`, \`-b 0.0.0.0:8000\`, \`--bind :8000\`, \`runserver 0.0.0.0:8000\` is reported. Render's own default (\`10000\`) and a port equal to a \`PORT\` the same file sets are not. A \`PORT\` set only in the platform's dashboard (or a Railway domain's target port) cannot be seen: suppress the finding with a reason when that is the setup.
- **Fly.io** routes to \`internal_port\` of the \`[http_service]\`/\`[[services]]\` that serve the process group: a literal port that differs is reported, and so is an \`[env]\` \`PORT\` that differs from \`internal_port\`.
- **Railway** runs a Dockerfile or image deploy's start command without a shell: a \`$PORT\` word there is passed on literally (reported unless inside \`sh -c '\u2026'\`).

The port is read from each server's documented option (uvicorn \`--port\`, gunicorn/hypercorn \`-b/--bind\`, daphne \`-p\`, uWSGI \`--http\`, \`flask run -p\`, \`rails server -p\`, puma, \`next start -p\`, streamlit \`--server.port\`, \`php -S\`, \`python -m http.server\`), and \`--port N\` for other known services. \`$PORT\` and \`\${PORT:-8000}\` are what the platforms want. A platform service that sets no start command of its own runs its Dockerfile's final \`CMD\`/\`ENTRYPOINT\` (Railway \`dockerfilePath\` or \`Dockerfile\`, Render \`dockerfilePath\` of a Docker runtime, Fly.io \`[build] dockerfile\`, heroku.yml \`build.docker\`): that command is judged the same way and reported in the Dockerfile, with the platform file as the related location. Scripts that a start command runs are not followed yet.`,
    why: `Platforms that run many apps on shared hosts pick each app's port and tell it through \`PORT\`. A start command copied from a local setup \u2014 \`uvicorn app:app --port 8000\` \u2014 listens somewhere the router never sends traffic: Heroku kills the dyno after 60 seconds ("Web process failed to bind to $PORT", error R10) and the app crash-loops; Railway and Render mark the deploy unhealthy or serve 502s until someone notices that the port in the command and the port in the dashboard disagree. On Fly.io the same mistake is an \`internal_port\` that matches nothing the app listens on. The deploy looks fine in the logs \u2014 the server says it is listening \u2014 which is why it takes long to find: one team's API on Railway served on a stale replica for days while every deploy failed its health check, because the Dockerfile's \`CMD\` hard-coded \`--port 8000\`; when the last good replica was replaced, production went down. The same team's earlier outage was the other half of this rule \u2014 a \`startCommand\` with \`--port $PORT\` on a Dockerfile deploy, where Railway passes \`$PORT\` to uvicorn as literal text. A platform restart loop on top of it (as in the Telegram bot incident on Railway) hides the cause further.`,
    example: { kind: "railway", path: "railway.toml", code: '[deploy]\nstartCommand = "uvicorn app.main:app --host 0.0.0.0 --port 8000"\nhealthcheckPath = "/health"\n' },
    fix: { kind: "railway", path: "railway.toml", code: '[deploy]\nstartCommand = "uvicorn app.main:app --host 0.0.0.0 --port $PORT"\nhealthcheckPath = "/health"\n' },
    references: [
      "https://devcenter.heroku.com/articles/error-codes#r10-boot-timeout",
      "https://docs.railway.com/deployments/start-command",
      "https://render.com/docs/web-services#port-binding",
      "https://fly.io/docs/reference/configuration/#the-http_service-section",
      "https://github.com/OpenCodeIntel/opencodeintel/pull/310",
      "https://github.com/OpenCodeIntel/opencodeintel/pull/319"
    ]
  },
  command(cmd, ctx) {
    const lp = listenPort(cmd);
    if (!lp) return;
    const program = programName(cmd) ?? cmd.argv[0]?.text ?? "the server";
    const kind = ctx.doc.kind;
    if (lp.port === null) {
      if (kind === "railway" && !cmd.shellForm && cmd.nesting === 0 && lp.word.text.includes("$")) {
        ctx.report({ messageId: "notExpanded", data: { word: lp.word.text, program }, span: lp.span });
      }
      return;
    }
    if (kind === "procfile") {
      if (cmd.carrier.owner === "web") ctx.report({ messageId: "injected", data: { program, port: lp.port, platform: "Heroku" }, span: lp.span });
      return;
    }
    const service = serviceForCommand(ctx.doc, cmd.carrier.owner);
    if (!service) return;
    const verdict = judge(service, ctx.doc, cmd.carrier.owner, lp.port);
    if (!verdict) return;
    const related = verdict.related ? [{ source: ctx.source, span: verdict.related, message: "the port the proxy sends traffic to" }] : [];
    ctx.report({ messageId: verdict.messageId, data: { program, port: lp.port, ...verdict.data }, span: lp.span, related });
  },
  // A platform service without a start command of its own runs its Dockerfile's CMD/ENTRYPOINT:
  // that is the command to judge, in the Dockerfile, with the platform file as the reason.
  project(model, ctx) {
    for (const run of platformImageRuns(model)) {
      if (run.overrides.length || !run.dockerfile.source || !run.file.source) continue;
      for (const cmd of run.dockerfile.facts?.commands ?? []) {
        if (cmd.role !== "start") continue;
        const lp = listenPort(cmd);
        if (!lp || lp.port === null) continue;
        const verdict = judge(run.service, run.file.doc, run.service.name, lp.port);
        if (!verdict) continue;
        const why = relatedFor(run.file.source, run.service, verdict.related);
        ctx.report({ messageId: verdict.messageId, data: { program: programName(cmd) ?? "the server", port: lp.port, ...verdict.data }, span: lp.span, source: run.dockerfile.source, related: [why] });
      }
    }
  },
  env(a, ctx) {
    if (ctx.doc.kind !== "fly" || a.name !== "PORT" || a.value === null || !/^\d+$/.test(a.value.trim())) return;
    const port = Number(a.value);
    const other = deployServices(ctx.doc).find((s) => s.port && s.port.value !== port);
    if (!other?.port) return;
    ctx.report({ messageId: "envPort", data: { port, internal: other.port.value }, span: a.valueSpan, related: [{ source: ctx.source, span: other.port.span, message: "the port the proxy sends traffic to" }] });
  }
});
function judge(service, doc, owner, port) {
  if (service.port) {
    return service.port.value === port ? void 0 : { messageId: "internalPort", data: { internal: service.port.value }, related: service.port.span };
  }
  if (!service.injectsPort) return void 0;
  if (service.kind === "render" && port === RENDER_DEFAULT_PORT) return void 0;
  if (envPort(doc, owner) === port) return void 0;
  return { messageId: "injected", data: { platform: PLATFORM[service.kind] ?? "the platform" } };
}
function relatedFor(source, service, port) {
  return port ? { source, span: port, message: "the port the proxy sends traffic to" } : { source, span: service.span, message: `${PLATFORM[service.kind] ?? "the platform"} runs this image's command for "${service.name}"` };
}
function envPort(doc, owner) {
  const tree = doc.tree;
  const e = tree?.env?.find((x) => x.name === "PORT" && (x.owner === owner || x.owner === "env"));
  return e?.value && /^\d+$/.test(e.value.trim()) ? Number(e.value) : void 0;
}

// rules/PF005-migrations-in-replicated-start.ts
import { posix as posix12 } from "node:path";
var HOOK = {
  railway: "deploy.preDeployCommand",
  fly: "[deploy] release_command",
  render: "preDeployCommand",
  heroku: "the release phase (release: in heroku.yml, or a release: line in the Procfile)",
  procfile: "a release: process (Heroku runs it once per deploy)",
  kubernetes: "a Job (a Helm pre-upgrade hook, an Argo CD PreSync hook)"
};
var LOCKING = /* @__PURE__ */ new Set(["prisma migrate deploy", "rails db:migrate", "rails db:prepare", "rake db:migrate", "rake db:prepare", "knex migrate:latest", "knex migrate:up", "node-pg-migrate up"]);
var PF005_migrations_in_replicated_start_default = defineRule({
  id: "PF005",
  name: "migrations-in-replicated-start",
  severity: "warning",
  category: "reliability",
  productionOnly: true,
  kinds: ["railway", "fly", "render", "heroku", "procfile", "kubernetes"],
  triggers: [],
  precision: "high",
  messages: {
    replicated: '{{tool}} runs in the start command of "{{service}}", which runs {{instances}}: every instance migrates at once on each deploy and restart; run it once in {{hook}}',
    locked: '{{tool}} runs in the start command of "{{service}}", which runs {{instances}}: it takes a lock, so on each deploy and restart one instance migrates while the others block on the lock or fail their start and are restarted; run it once in {{hook}}'
  },
  docs: {
    summary: "A replicated or autoscaled service applies database migrations in its start command",
    what: `A project rule over the deployment model. Reports a migration command \u2014 \`alembic upgrade\`, \`manage.py migrate\`, \`flask db upgrade\`, \`prisma migrate deploy\`, \`knex migrate:latest\`, \`sequelize db:migrate\`, \`typeorm migration:run\`, \`rails db:migrate\`, \`goose up\`\u2026 (the list DF001 uses) \u2014 in the start command of a service that runs more than one instance:
- **Railway**: \`numReplicas\` above 1, or \`multiRegionConfig\` replicas adding up to more than 1 (per environment, with \`environments.<name>.deploy\` overrides);
- **Render**: \`numInstances\` above 1, or \`scaling.maxInstances\` above 1;
- **Fly.io**: a process group served by \`[http_service]\`/\`[[services]]\` \u2014 \`fly deploy\` gives such a group two Machines, and \`auto_start_machines\` more;
- **Kubernetes**: an app container's \`command\`/\`args\` in a Deployment, StatefulSet or ReplicaSet with \`replicas\` above 1, a workload a HorizontalPodAutoscaler in the same file scales, or a DaemonSet (one pod per node); init containers, which every pod runs too, are not judged yet;
- **Heroku**: a Procfile or \`heroku.yml\` process whose \`app.json\` (same directory) \`formation.<process>.quantity\` is above 1.
Anchored on the migration command, with the replica setting as a related location. For tools that take a lock before migrating \u2014 \`prisma migrate deploy\`, \`rails\`/\`rake db:migrate\` and \`db:prepare\`, \`knex migrate:latest\`/\`migrate:up\`, \`node-pg-migrate up\` without \`--no-lock\` \u2014 the message says what happens then: the instances do not race, the others block on the lock or fail their start and are restarted. Pre-deploy and release hooks are the fix and are not reported; nor are one-instance services. Scripts that a start command runs are not followed yet, nor a Dockerfile's \`CMD\` that the platform runs because the file sets no start command.`,
    why: `A start command like \`alembic upgrade head && exec uvicorn \u2026\` is fine on one box. Scaled out, every replica runs it at the same moment on every deploy, restart and autoscale event: two processes take the same migration, one fails on "relation already exists" or a lock timeout and crash-loops, or both half-apply a non-transactional migration. Tools that lock first (Prisma Migrate's advisory lock, Rails' \`ConcurrentMigrationError\`, knex's \`knex_migrations_lock\`, node-pg-migrate's advisory lock) keep the schema safe, but every other instance waits on the lock or fails its start \u2014 Prisma gives up after 10 seconds, Rails, knex and node-pg-migrate at once \u2014 and is restarted, so a rollout slows down, flaps its health checks, or fails when a long migration outlasts the restarts. Worse, a migration that holds a lock blocks every other replica's start \u2014 one incident's bot took a Postgres advisory lock at start with no timeout and stalled the next instance until the platform's health check killed it, and the platform restarted it into the same wait. Railway (\`preDeployCommand\`), Render (\`preDeployCommand\`), Fly.io (\`release_command\`) and Heroku (release phase) all run a hook exactly once per deploy, before the new instances start, and fail the deploy cleanly when the migration fails.`,
    example: { kind: "railway", path: "railway.toml", code: '[deploy]\nstartCommand = "alembic upgrade head && uvicorn app.main:app --host 0.0.0.0 --port $PORT"\nnumReplicas = 3\n' },
    fix: { kind: "railway", path: "railway.toml", code: '[deploy]\npreDeployCommand = "alembic upgrade head"\nstartCommand = "uvicorn app.main:app --host 0.0.0.0 --port $PORT"\nnumReplicas = 3\n' },
    references: [
      "https://docs.railway.com/guides/pre-deploy-command",
      "https://render.com/docs/deploys#pre-deploy-command",
      "https://fly.io/docs/reference/configuration/#run-one-off-commands-before-releasing-a-deployment",
      "https://devcenter.heroku.com/articles/release-phase",
      "https://www.prisma.io/docs/orm/prisma-migrate/workflows/development-and-production#advisory-locking"
    ]
  },
  project(model, ctx) {
    for (const { file, command } of model.commands()) {
      if (command.role !== "start" || !file.doc || !file.source || !file.kind || !(file.kind in HOOK)) continue;
      const mig = migrationCommand(command);
      if (!mig) continue;
      const found = replicatedService(model, file, command);
      if (!found) continue;
      const { service, scale, source } = found;
      const instances = typeof scale.value === "number" ? `${scale.value} instances` : file.kind === "fly" ? "two Machines or more" : "several instances (autoscaled)";
      const locked = LOCKING.has(mig.tool) && !(mig.tool === "node-pg-migrate up" && command.argv.some((w) => w.value === "--no-lock"));
      ctx.report({
        messageId: locked ? "locked" : "replicated",
        data: { tool: mig.tool, service: service.name, instances, hook: HOOK[file.kind] },
        span: mig.span,
        source: file.source,
        related: [{ source, span: scale.span, message: "the service runs several instances" }]
      });
    }
  }
});
function scaleOf(s) {
  if (!s) return void 0;
  if (s.replicas && s.replicas.value > 1) return s.replicas;
  if (s.autoscaled?.value) return s.autoscaled;
  return void 0;
}
function replicatedService(model, file, cmd) {
  const owner = cmd.carrier.owner;
  if (file.kind === "procfile" || file.kind === "heroku" && !file.rel.endsWith(".json")) {
    const appJson = model.byPath.get(posix12.join(posix12.dirname(file.rel), "app.json"));
    if (appJson?.kind !== "heroku" || !appJson.doc || !appJson.source) return void 0;
    const service2 = deployServices(appJson.doc).find((s) => s.name === owner);
    const scale2 = scaleOf(service2);
    return service2 && scale2 ? { service: service2, scale: scale2, source: appJson.source } : void 0;
  }
  const service = serviceForCommand(file.doc, owner);
  const scale = scaleOf(service);
  return service && scale ? { service, scale, source: file.source } : void 0;
}

// rules/PF006-no-memory-limit.ts
var PF006_no_memory_limit_default = defineRule({
  id: "PF006",
  name: "no-memory-limit",
  severity: "note",
  category: "reliability",
  productionOnly: true,
  kinds: ["kubernetes"],
  triggers: ["containers"],
  anchor: "owner",
  precision: "high",
  messages: {
    missing: `container "{{container}}" has no memory limit: a leak takes the node's memory and the kernel OOM-kills whatever it picks, often a neighbour`
  },
  docs: {
    summary: "A Kubernetes container of a long-running workload has no memory limit",
    what: `Reports an app container (not an init container) of a Pod, Deployment, StatefulSet, DaemonSet or ReplicaSet with no \`resources.limits.memory\`. A memory *request* alone limits nothing and does not count. Anchored on the container's \`name\`. Not reported: Jobs and CronJobs (one-shot, as DC007 skips one-shot compose services), files where a \`LimitRange\` with a \`default.memory\` is declared anywhere in the run's manifests (it gives every container of its namespace a limit), and, in Helm templates, containers whose \`resources:\` is written by a template action or that contain an action emitting whole lines (\`{{- include \u2026 | nindent }}\`) \u2014 what those produce cannot be read.`,
    why: `Without a limit a container may use all of its node's memory. When one app leaks \u2014 a cache that never evicts, a queue consumer that buffers everything \u2014 the node runs out, the kubelet evicts pods and the kernel's OOM killer picks victims by its own score, often a database or another team's service on the same node, not the leaking one. With a limit only the leaking container is OOM-killed and restarted, and everything else on the node keeps running. The hardened setups in prodlint's incident reports cap every service's memory for this reason (compose \`mem_limit\`, systemd \`MemoryMax=\`); this is the same check for Kubernetes, the same hazard as DC007 and SD010.`,
    example: { kind: "kubernetes", path: "deploy/worker.yaml", code: "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: worker\nspec:\n  template:\n    spec:\n      containers:\n        - name: worker\n          image: example/worker:1.4\n          resources:\n            requests:\n              memory: 256Mi\n" },
    fix: { kind: "kubernetes", path: "deploy/worker.yaml", code: "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: worker\nspec:\n  template:\n    spec:\n      containers:\n        - name: worker\n          image: example/worker:1.4\n          resources:\n            requests:\n              memory: 256Mi\n            limits:\n              memory: 512Mi\n" },
    references: ["https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/", "https://kubernetes.io/docs/concepts/policy/limit-range/", "https://kubernetes.io/docs/concepts/scheduling-eviction/node-pressure-eviction/"]
  },
  document(doc, ctx) {
    const tree = doc.tree;
    if (tree.memoryDefaults.length || ctx.project.files.some((f) => f.kind === "kubernetes" && (f.doc?.tree?.memoryDefaults.length ?? 0) > 0)) return;
    for (const w of tree.workloads) {
      if (w.kind === "Job" || w.kind === "CronJob") continue;
      for (const c of w.containers) {
        if (c.init || getPath(w.yaml, c.node, "resources.limits.memory") !== void 0) continue;
        if (mayHoldTemplatedKeys(tree, c.span)) continue;
        const resources = getPair(w.yaml, c.node, "resources");
        const keySpan = nodeSpan(resources?.key);
        if (keySpan && (templatedValue(tree, keySpan) || mayHoldTemplatedKeys(tree, nodeSpan(resources?.value) ?? keySpan))) continue;
        ctx.report({ messageId: "missing", data: { container: c.name || w.name }, span: c.nameSpan });
      }
    }
  }
});

// src/cron/code-updates.ts
import { posix as posix13 } from "node:path";
function workingDirs(commands, start) {
  const out = [];
  let cwd = start;
  for (const c of commands) {
    out.push(cwd);
    if (baseName(c.argv[0]?.value) === "cd" && !c.shell?.inSubstitution) {
      const target = c.argv.slice(1).find((w) => w.value === null || !w.value.startsWith("-"));
      cwd = target?.value ? resolveDir(cwd, target.value) : void 0;
    }
  }
  return out;
}
function resolveDir(cwd, target) {
  if (target.startsWith("/")) return normalize(target);
  if (target.startsWith("~")) return void 0;
  return cwd ? normalize(posix13.join(cwd, target)) : void 0;
}
function normalize(dir) {
  const n = posix13.normalize(dir);
  return n.length > 1 && n.endsWith("/") ? n.slice(0, -1) : n;
}
function sameTree(a, b) {
  return a === b || a.startsWith(b + "/") || b.startsWith(a + "/") || a === "/" || b === "/";
}
function codeUpdates(commands, start) {
  const dirs = workingDirs(commands, start);
  const out = [];
  commands.forEach((c, i) => {
    const u = git(c, dirs[i]) ?? rsync(c, dirs[i]) ?? untar(c, commands, dirs[i]);
    if (u) out.push(u);
  });
  return out;
}
function git(c, cwd) {
  const argv = c.argv;
  if (baseName(argv[0]?.value) !== "git") return void 0;
  let dir = cwd;
  let k = 1;
  for (; k < argv.length; k++) {
    const v = argv[k].value;
    if (v === null) return void 0;
    if (v === "-C") {
      const d = argv[++k]?.value;
      dir = d ? resolveDir(cwd, d) : void 0;
    } else if (v.startsWith("--work-tree=")) dir = resolveDir(cwd, v.slice("--work-tree=".length));
    else if (v === "-c" || v === "--git-dir" || v === "--work-tree") k++;
    else if (!v.startsWith("-")) break;
  }
  const sub = argv[k];
  const rest = argv.slice(k + 1).map((w) => w.value);
  const updates = sub?.value === "pull" || sub?.value === "reset" && rest.includes("--hard") || sub?.value === "checkout" && (rest.includes("-f") || rest.includes("--force"));
  if (!sub || !updates) return void 0;
  return { command: c, what: `git ${sub.value}`, span: between(argv[0], sub), ...dir ? { dir } : {} };
}
function rsync(c, cwd) {
  const argv = c.argv;
  if (baseName(argv[0]?.value) !== "rsync") return void 0;
  const positional = argv.slice(1).filter((w) => w.value === null || !w.value.startsWith("-"));
  if (positional.length < 2) return void 0;
  const dest = positional[positional.length - 1].value;
  if (!dest || /^[^/]*:/.test(dest)) return void 0;
  const dir = resolveDir(cwd, dest);
  return { command: c, what: "rsync", span: argv[0].span, ...dir ? { dir } : {} };
}
function untar(c, all, cwd) {
  const argv = c.argv;
  const name = baseName(argv[0]?.value);
  if (name !== "tar" || !c.shell?.pipe || c.shell.pipe.index === 0) return void 0;
  const flags = argv.slice(1).map((w) => w.value ?? "");
  if (!flags.some((f) => /^-?[a-zA-Z]*x/.test(f) && !f.startsWith("--")) && !flags.includes("--extract")) return void 0;
  const fetcher = all.find((o) => o.shell && o.shell.top === c.shell.top && o.shell.pipe && o.shell.pipe.index < c.shell.pipe.index && ["wget", "curl"].includes(baseName(o.argv[0]?.value) ?? ""));
  if (!fetcher) return void 0;
  const ci = flags.findIndex((f) => f === "-C" || f === "--directory");
  const d = ci >= 0 ? argv[ci + 2]?.value : flags.find((f) => f.startsWith("--directory="))?.slice("--directory=".length);
  const dir = d ? resolveDir(cwd, d) : cwd;
  return { command: c, what: `${baseName(fetcher.argv[0].value)} | tar`, span: between(fetcher.argv[0], argv[0]), ...dir ? { dir } : {} };
}

// src/cron/jobs.ts
import { posix as posix14 } from "node:path";

// src/cron/from-script.ts
var CRONTAB_FILE = /(^|\/)(crontab|cron\.d\/[^/]+|spool\/cron\/(crontabs\/)?[^/]+)$/;
var SYSTEM_FILE = /(^|\/)(etc\/crontab|cron\.d\/[^/]+)$/;
function crontabWrites(script, source, sink) {
  const cmds = script.commands;
  for (const c of cmds) {
    const name = baseName(c.words[0]?.word.value);
    if (name !== "echo" && name !== "printf") continue;
    const format = destination(c, cmds);
    if (!format) continue;
    const text = echoedText(c, name);
    if (!text) continue;
    for (const entry of parseCronLines(text, format).entries) {
      const carrier = { kind: "shell", label: "crontab entry", source, span: entry.span, shellForm: true, owner: entry.schedule };
      addShellScript(sink, entry.command, "job", carrier);
    }
  }
}
function destination(echo, all) {
  for (const r of echo.redirects) {
    const t = r.target?.value;
    if ((r.operator === ">" || r.operator === ">>") && t && CRONTAB_FILE.test(t)) return SYSTEM_FILE.test(t) ? "system" : "user";
  }
  for (const c of all) {
    if (c.top !== echo.top || c.span.start <= echo.span.start || !c.pipe || c.pipe.index === 0) continue;
    const words2 = c.words[0]?.word.value === "sudo" ? c.words.slice(1) : c.words;
    const prog = baseName(words2[0]?.word.value);
    const args = words2.slice(1).map((w) => w.word.value);
    if (prog === "crontab" && (args.includes("-") || args.length === 0 || args.every((a) => a === "-u" || a !== null && !a.startsWith("-")))) return "user";
    if (prog === "tee") {
      const file = args.find((a) => a !== null && !a.startsWith("-"));
      if (file && CRONTAB_FILE.test(file)) return SYSTEM_FILE.test(file) ? "system" : "user";
    }
  }
  return void 0;
}
function echoedText(c, name) {
  let args = c.words.slice(1);
  if (name === "echo") while (args[0] && /^-[neE]+$/.test(args[0].word.value ?? "")) args = args.slice(1);
  if (name === "printf") {
    const fmt = args[0]?.word.value;
    if (fmt === void 0) return void 0;
    if (fmt === null || fmt.includes("%s")) args = args.slice(1, 2);
    else args = args.slice(0, 1);
  }
  if (args.length !== 1) return void 0;
  return wordText(args[0]);
}
function wordText(w) {
  const e = wordEmbedded(w.decoded);
  if (e) return e;
  const raw = w.word.text;
  if (raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"') && !raw.slice(1, -1).includes("\\")) return EmbeddedText.verbatim(raw.slice(1, -1), w.word.span.start + 1);
  return void 0;
}

// src/cron/jobs.ts
var SHELLS2 = /* @__PURE__ */ new Set(["sh", "bash", "dash", "ash", "zsh", "ksh"]);
var cache3 = /* @__PURE__ */ new WeakMap();
function cronJobs(model) {
  let jobs = cache3.get(model);
  if (jobs) return jobs;
  jobs = [];
  for (const file of model.files) {
    if (file.environment !== "production") continue;
    const commands = jobCommands(model, file);
    const byEntry = /* @__PURE__ */ new Map();
    for (const c of commands) {
      const key = `${c.carrier.span.start}:${c.carrier.span.end}`;
      const list = byEntry.get(key) ?? [];
      list.push(c);
      byEntry.set(key, list);
    }
    for (const list of byEntry.values()) {
      const first = list[0];
      const job = { source: first.carrier.source, span: first.carrier.span, commands: list, scripts: [] };
      for (const c of list) {
        const script = scriptRun(model, c, file.rel);
        if (script) job.scripts.push({ ...script, runBy: c });
      }
      jobs.push(job);
    }
  }
  cache3.set(model, jobs);
  return jobs;
}
function jobCommands(model, file) {
  if (file.kind === "cron") return (file.facts?.commands ?? []).filter((c) => c.role === "job");
  if (file.kind !== "shell") return [];
  if (file.facts) return file.facts.commands.filter((c) => c.role === "job");
  if (file.text !== void 0 && !/crontab|cron\.d/.test(file.text)) return [];
  const source = file.source ?? (file.text !== void 0 || model.exists(file.rel) ? sourceOf(model, file.rel) : void 0);
  if (!source || !/crontab|cron\.d/.test(source.text) || !shellParserReady()) return [];
  const sink = newSink();
  try {
    crontabWrites(parseShell(EmbeddedText.verbatim(source.text, 0)), source, sink);
  } catch {
    return [];
  }
  return sink.commands;
}
var parsed = /* @__PURE__ */ new WeakMap();
function scriptRun(model, cmd, fromRel) {
  const [first, ...rest] = cmd.argv;
  let word;
  const name = baseName(first?.value);
  if (!name) return void 0;
  if (SHELLS2.has(name)) {
    if (rest.some((w) => w.value !== null && /^-[a-z]*c[a-z]*$/.test(w.value))) return void 0;
    word = rest.find((w) => w.value !== null && !w.value.startsWith("-"))?.value ?? void 0;
  } else if (first.value.includes("/") || /\.(sh|bash)$/.test(name)) word = first.value;
  if (!word) return void 0;
  const target = resolveShellFile(model, word, fromRel);
  if (!target || target.rel === fromRel) return void 0;
  const source = sourceOf(model, target.rel);
  if (!source) return void 0;
  let memo = parsed.get(model);
  if (!memo) parsed.set(model, memo = /* @__PURE__ */ new Map());
  let commands = memo.get(target.rel);
  if (!commands) {
    const sink = newSink();
    const carrier = { kind: "shell", label: "script", source, span: { start: 0, end: source.text.length }, shellForm: true };
    try {
      if (shellParserReady()) addShellScript(sink, EmbeddedText.verbatim(source.text, 0), "job", carrier);
    } catch {
    }
    memo.set(target.rel, commands = sink.commands);
  }
  return { source, commands };
}
function resolveShellFile(model, word, fromRel) {
  const dir = posix14.dirname(fromRel);
  if (!word.startsWith("/")) {
    const direct = model.byPath.get(posix14.normalize(posix14.join(dir, word)));
    if (direct?.kind === "shell") return direct;
  }
  const base = posix14.basename(word);
  const candidates = model.files.filter((f) => f.kind === "shell" && posix14.basename(f.rel) === base && f.environment === "production");
  if (candidates.length <= 1) return candidates[0];
  let best = candidates[0];
  let bestScore = -1;
  for (const c of candidates) {
    const score = commonSuffix(c.rel, word);
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}
function commonSuffix(a, b) {
  const x = a.split("/").reverse();
  const y = b.split("/").reverse();
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

// src/shell/dev-server.ts
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
var PACKAGE_MANAGERS3 = /* @__PURE__ */ new Set(["npm", "yarn", "pnpm", "bun"]);
var FALSE = /^(false|0|no|off)$/i;
function detectDevServer(cmd) {
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
  if (PACKAGE_MANAGERS3.has(name) && cmd.carrier.kind !== "packagejson") {
    let sub2 = subcommand(cmd);
    if (sub2?.value === "run" || sub2?.value === "run-script") sub2 = subcommand(cmd, [], cmd.argv.indexOf(sub2) + 1);
    if (sub2?.value === "dev") return { messageId: "devServer", data: { command: `${name} run dev` }, span: between(head, sub2) };
    return void 0;
  }
  const spec = DEV_SUBCOMMANDS[name];
  if (!spec) return void 0;
  const sub = subcommand(cmd, spec.withValue ?? [], from);
  const anchor2 = cmd.argv[from - 1];
  if (sub?.value && spec.subs.includes(sub.value)) {
    return { messageId: spec.kind, data: { command: `${name} ${sub.value}` }, span: between(anchor2, sub) };
  }
  if (name === "vite" && sub === void 0 && cmd.argv.slice(from).every((w) => w.value !== null)) {
    return { messageId: "devServer", data: { command: "vite" }, span: anchor2.span };
  }
  return void 0;
}

// src/deploy/host-services.ts
var WATCH_WORDS = /reload|nodemon|watch|runserver|ts-node-dev|tsnd/;
function watchedHostServices(model) {
  const out = [];
  const add = (commands, source, start) => {
    const dirs = workingDirs(commands, start);
    commands.forEach((c, i) => {
      const hit = watcherOf(c);
      const dir = dirs[i];
      if (hit) out.push({ command: c, source, watcher: hit, ...dir ? { dir } : {} });
    });
  };
  const seen = /* @__PURE__ */ new Set();
  for (const file of model.files) {
    if (file.environment !== "production" || !file.source) continue;
    if (file.kind === "systemd") {
      const dir = /^[ \t]*WorkingDirectory=-?(\/[^\s]*)/m.exec(file.source.text)?.[1];
      const starts = (file.facts?.commands ?? []).filter((c) => c.role === "start");
      add(starts, file.source, dir ? normalize(dir) : void 0);
      for (const [rel, vias] of model.startedBy) {
        if (!vias.some((v) => v.path === file.rel)) continue;
        const script = model.byPath.get(rel);
        const src = script && sourceOf(model, rel);
        if (!script || !src || script.environment !== "production") continue;
        seen.add(rel);
        add(commandsOf(model, script), src, dir ? normalize(dir) : void 0);
      }
    }
  }
  for (const job of cronJobs(model)) {
    if (job.commands[0]?.carrier.owner === "@reboot") add(job.commands, job.source);
  }
  for (const file of model.files) {
    if (file.kind !== "shell" || file.environment !== "production" || seen.has(file.rel)) continue;
    const source = file.source ?? sourceOf(model, file.rel);
    if (!source || !WATCH_WORDS.test(source.text) || !shellParserReady()) continue;
    const sink = newSink();
    const carrier = { kind: "shell", label: "script", source, span: { start: 0, end: source.text.length }, shellForm: true };
    try {
      addShellScript(sink, EmbeddedText.verbatim(source.text, 0), "script", carrier);
    } catch {
      continue;
    }
    add(sink.commands, source);
  }
  return out;
}
function watcherOf(c) {
  const hit = detectDevServer(c);
  if (!hit) return void 0;
  if (hit.messageId !== "devServer") return hit;
  const text = String(hit.data.command ?? "");
  if (/runserver$/.test(text) && !c.argv.some((w) => w.value === "--noreload")) return hit;
  return void 0;
}

// rules/PF007-cron-updates-code-in-place.ts
var PF007_cron_updates_code_in_place_default = defineRule({
  id: "PF007",
  name: "cron-updates-code-in-place",
  severity: "error",
  category: "reliability",
  productionOnly: true,
  kinds: ["cron", "shell"],
  triggers: ["git", "rsync", "tar"],
  precision: "high",
  messages: {
    watched: "a cron job runs {{what}}{{into}} while {{service}} serves from there under a file watcher: every scheduled update restarts the service, and everything started with it"
  },
  docs: {
    summary: "A cron job updates code in place under a service that a file watcher restarts",
    what: `A project rule. Reports a command of a scheduled job \u2014 a crontab entry (\`crontab\`, \`*.cron\`, \`cron.d/*\`, a \`cron.daily/\` script, an entry a script writes with \`(crontab -l; echo "\u2026") | crontab -\` or \`echo "\u2026" >> /etc/crontab\`), or a command of a project script such an entry runs \u2014 that replaces code in place: \`git pull\` (also \`git reset --hard\`, \`git checkout -f\`), \`rsync \u2026 DEST\`, or a download unpacked into a directory (\`wget -qO- URL | tar xz -C DIR\`), **while** a service on the same host runs under a file watcher: \`uvicorn/gunicorn --reload\`, \`nodemon\`, \`watchmedo auto-restart\`, \`node --watch\`, Django \`runserver\`\u2026 (the detection of SH001). Host services are systemd \`ExecStart=\` commands and the scripts they start, cron \`@reboot\` entries, and production shell scripts. The directories must match when both are known: the job's from \`git -C\`, \`--work-tree=\`, rsync's destination, \`tar -C\` or the last \`cd\` before the command; the service's from the unit's \`WorkingDirectory=\` or a \`cd\` in its script. A \`git pull\` whose directory is unknown matches any watched service; an \`rsync\` needs a known destination inside the service's directory. Containers are not considered (a host update reaches them only through a bind mount, see DC008). Related locations: the watcher, and the cron entry when the update is in a script.`,
    why: `In one incident every service on a VPS \u2014 the bot, its API and MongoDB \u2014 died together every ~25 minutes. A scheduled \`git pull\` updated the checkout the API ran from, the API's \`uvicorn --reload\` saw the files change and restarted, and the restart took down everything started alongside it; the services logged a clean SIGTERM each time, so nothing looked like a crash, and the cause was found only by lining up the restarts with the pull schedule (seed 000). Updating code under a running service is a deploy with no health check, no rollback and no control over timing; with a watcher it is a restart of production on a timer.`,
    example: { kind: "cron", path: "deploy/crontab", code: "@reboot cd /srv/app && uvicorn api.app:app --port 8002 --reload\n*/25 * * * * cd /srv/app && git pull origin main\n" },
    fix: { kind: "cron", path: "deploy/crontab", code: "@reboot cd /srv/app && uvicorn api.app:app --port 8002 --workers 2\n*/25 * * * * cd /srv/app && git pull origin main\n" },
    references: ["https://www.uvicorn.org/settings/#development", "https://man7.org/linux/man-pages/man5/crontab.5.html", "https://git-scm.com/docs/git-pull"]
  },
  project(model, ctx) {
    const jobs = cronJobs(model);
    if (!jobs.length) return;
    const services = watchedHostServices(model);
    if (!services.length) return;
    const report = (u, source, entry) => {
      const matching = services.find((s) => matches(u, s));
      if (!matching) return;
      const related = [{ source: matching.source, span: matching.watcher.span, message: "the service runs under a file watcher here" }];
      if (entry) related.push({ ...entry, message: "the cron entry that runs this script" });
      const service = matching.dir ? `the service in ${matching.dir}` : "a service";
      ctx.report({ messageId: "watched", data: { what: u.what, into: u.dir ? ` in ${u.dir}` : "", service }, span: u.span, source, related });
    };
    const done = /* @__PURE__ */ new Set();
    for (const job of jobs) {
      for (const u of codeUpdates(job.commands)) report(u, job.source);
      const dirs = workingDirs(job.commands);
      for (const script of job.scripts) {
        const key = `${script.source.path}`;
        if (done.has(key)) continue;
        done.add(key);
        const at = dirs[job.commands.indexOf(script.runBy)];
        for (const u of codeUpdates(script.commands, at)) report(u, script.source, { source: job.source, span: job.span });
      }
    }
  }
});
function matches(u, s) {
  if (u.dir && s.dir) return sameTree(u.dir, s.dir);
  return u.what.startsWith("git");
}

// rules/PL000-parse-error.ts
var PL000_parse_error_default = defineRule({
  id: "PL000",
  name: "parse-error",
  severity: "warning",
  category: "tool",
  productionOnly: false,
  kinds: ["shell", "dockerfile", "compose", "systemd", "procfile", "packagejson", "python", "typescript", "kubernetes", "cron", "railway", "fly", "render", "heroku"],
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
  kinds: ["shell", "dockerfile", "compose", "systemd", "procfile", "packagejson", "python", "typescript", "kubernetes", "cron", "railway", "fly", "render", "heroku"],
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
  kinds: ["shell", "dockerfile", "compose", "systemd", "procfile", "packagejson", "python", "typescript", "kubernetes", "cron", "railway", "fly", "render", "heroku"],
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
  kinds: ["shell", "dockerfile", "compose", "systemd", "procfile", "packagejson", "python", "typescript", "kubernetes", "cron", "railway", "fly", "render", "heroku"],
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

// src/python/literals.ts
var UNKNOWN = { kind: "unknown" };
function literalOf(expr) {
  const node = unparenthesize(expr);
  switch (node.type) {
    case "none":
      return { kind: "none" };
    case "true":
      return { kind: "bool", value: true };
    case "false":
      return { kind: "bool", value: false };
    case "integer":
    case "float": {
      const value2 = numberValue(node.text);
      return value2 === void 0 ? UNKNOWN : { kind: "number", value: value2 };
    }
    case "unary_operator": {
      let sign = 1;
      let n = node;
      while (n.type === "unary_operator") {
        const op = n.child("operator")?.type;
        const arg = n.child("argument");
        if (!arg || op !== "-" && op !== "+") return UNKNOWN;
        if (op === "-") sign = -sign;
        n = unparenthesize(arg);
      }
      if (n.type !== "integer" && n.type !== "float") return UNKNOWN;
      const value2 = numberValue(n.text);
      return value2 === void 0 ? UNKNOWN : { kind: "number", value: sign * value2 };
    }
    case "string":
    case "concatenated_string": {
      const value2 = stringValue(node);
      return value2 === null ? UNKNOWN : { kind: "string", value: value2 };
    }
    default:
      return UNKNOWN;
  }
}
function isTruthyConstant(expr) {
  const lit = literalOf(expr);
  switch (lit.kind) {
    case "bool":
      return lit.value;
    case "number":
      return lit.value !== 0;
    case "string":
      return lit.value.length > 0;
    default:
      return false;
  }
}
function isFalsyConstant(expr) {
  const lit = literalOf(expr);
  switch (lit.kind) {
    case "none":
      return true;
    case "bool":
      return !lit.value;
    case "number":
      return lit.value === 0;
    case "string":
      return lit.value.length === 0;
    default:
      return false;
  }
}
function numberValue(text) {
  const t = text.replace(/_/g, "").toLowerCase();
  if (/[jl]$/.test(t)) return void 0;
  if (/^0[xob]/.test(t)) {
    const v2 = Number(t);
    return Number.isNaN(v2) ? void 0 : v2;
  }
  if (/^0+\d/.test(t) && !/[.e]/.test(t)) return void 0;
  const v = Number(t);
  return Number.isNaN(v) ? void 0 : v;
}
function stringValue(expr) {
  return stringText(expr, false);
}
function stringTemplate(expr) {
  return stringText(expr, true);
}
function stringText(expr, keepInterpolations) {
  const node = unparenthesize(expr);
  if (node.type === "concatenated_string") {
    let out2 = "";
    for (const part of node.namedChildren) {
      if (part.type === "comment") continue;
      const v = stringText(part, keepInterpolations);
      if (v === null) return null;
      out2 += v;
    }
    return out2;
  }
  if (node.type !== "string") return null;
  const startTok = node.childOfType("string_start");
  const prefix = (startTok?.text ?? "").replace(/['"]/g, "").toLowerCase();
  const raw = prefix.includes("r");
  let out = "";
  for (const part of node.children) {
    if (part.type === "string_content") out += raw ? part.text : decodeEscapes(part.text);
    else if (part.type === "escape_sequence") out += raw ? part.text : decodeEscapes(part.text);
    else if (part.type === "interpolation") {
      if (!keepInterpolations) return null;
      out += part.text;
    }
  }
  return out;
}
var SIMPLE_ESCAPES = {
  "\n": "",
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  v: "\v"
};
function decodeEscapes(s) {
  if (!s.includes("\\")) return s;
  return s.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|\r\n|[\s\S])/g, (whole, esc) => {
    const simple = SIMPLE_ESCAPES[esc];
    if (simple !== void 0) return simple;
    if (esc === "\r\n") return "";
    if (/^[0-7]/.test(esc)) return String.fromCharCode(parseInt(esc, 8));
    if (/^[xuU]./.test(esc)) {
      const code = parseInt(esc.slice(1), 16);
      return code <= 1114111 ? String.fromCodePoint(code) : whole;
    }
    return whole;
  });
}

// src/python/calls.ts
function dottedName(expr) {
  const parts = [];
  let n = unparenthesize(expr);
  for (; ; ) {
    if (n.type === "identifier") {
      parts.push(n.text);
      return parts.reverse().join(".");
    }
    if (n.type !== "attribute") return null;
    const attr = n.child("attribute");
    const obj = n.child("object");
    if (!attr || !obj) return null;
    parts.push(attr.text);
    n = unparenthesize(obj);
  }
}
function calleeName(call) {
  const fn = call.child("function");
  return fn ? dottedName(fn) : null;
}
function methodName(call) {
  const fn = call.child("function");
  if (!fn) return null;
  const f = unparenthesize(fn);
  if (f.type === "identifier") return f.text;
  if (f.type === "attribute") return f.child("attribute")?.text ?? null;
  return null;
}
function receiver(call) {
  const fn = call.child("function");
  if (!fn) return void 0;
  const f = unparenthesize(fn);
  return f.type === "attribute" ? f.child("object") : void 0;
}
function callArguments(call) {
  const out = { positional: [], keywords: [], hasStarArgs: false, hasStarKwargs: false };
  const args = call.child("arguments");
  if (!args) return out;
  if (args.type === "generator_expression") {
    out.positional.push(args);
    return out;
  }
  for (const a of args.namedChildren) {
    switch (a.type) {
      case "comment":
        break;
      case "keyword_argument": {
        const nameNode = a.child("name");
        const value2 = a.child("value");
        if (!nameNode || !value2) break;
        const literal2 = literalOf(value2);
        out.keywords.push({
          name: nameNode.text,
          node: a,
          nameNode,
          value: value2,
          literal: literal2,
          isNone: literal2.kind === "none",
          isTrue: literal2.kind === "bool" && literal2.value,
          isFalse: literal2.kind === "bool" && !literal2.value
        });
        break;
      }
      case "list_splat":
        out.hasStarArgs = true;
        break;
      case "dictionary_splat":
        out.hasStarKwargs = true;
        break;
      default:
        out.positional.push(a);
    }
  }
  return out;
}
function kwarg(call, name) {
  const kws = callArguments(call).keywords;
  for (let i = kws.length - 1; i >= 0; i--) if (kws[i].name === name) return kws[i];
  return void 0;
}
function positionalArg(call, index) {
  return callArguments(call).positional[index];
}
function argument(call, index, name) {
  return kwarg(call, name)?.value ?? positionalArg(call, index);
}
function calls(root, options = {}) {
  const out = [];
  walk(root, (n) => {
    if (n !== root && options.skipNestedFunctions && FUNCTION_LIKE.has(n.type)) return false;
    if (n.type === "call") out.push(n);
  });
  return out;
}
var FUNCTION_LIKE = /* @__PURE__ */ new Set(["function_definition", "lambda", "class_definition"]);
function isAwaited(call) {
  let n = call;
  while (n.parent?.type === "parenthesized_expression") n = n.parent;
  return n.parent?.type === "await";
}
function resultDiscarded(call) {
  let n = call;
  for (; ; ) {
    const p = n.parent;
    if (!p) return false;
    if (p.type === "parenthesized_expression" || p.type === "await") {
      n = p;
      continue;
    }
    if (p.type === "expression_statement") return true;
    if (p.type === "assignment" && n.field === "right") {
      const left = p.child("left");
      return left?.type === "identifier" && left.text === "_";
    }
    return false;
  }
}

// src/python/imports.ts
function importStatementBindings(statement) {
  const out = [];
  if (statement.type === "import_statement") {
    for (const item of statement.childrenFor("name")) {
      if (item.type === "aliased_import") {
        const name = item.child("name");
        const alias = item.child("alias");
        if (name && alias) out.push({ local: alias.text, target: dotted(name), nameNode: alias, statement });
      } else if (item.type === "dotted_name") {
        const first = item.namedChildren[0];
        if (first) out.push({ local: first.text, target: first.text, nameNode: first, statement });
      }
    }
  } else if (statement.type === "import_from_statement") {
    const moduleNode = statement.child("module_name");
    if (!moduleNode) return out;
    const module = moduleName(moduleNode);
    const join13 = (name) => module.endsWith(".") ? module + name : `${module}.${name}`;
    for (const item of statement.childrenFor("name")) {
      if (item.type === "aliased_import") {
        const name = item.child("name");
        const alias = item.child("alias");
        if (name && alias) out.push({ local: alias.text, target: join13(dotted(name)), nameNode: alias, statement });
      } else if (item.type === "dotted_name") {
        out.push({ local: dotted(item), target: join13(dotted(item)), nameNode: item, statement });
      }
    }
  }
  return out;
}
function importedModulesOf(statement) {
  if (statement.type === "import_from_statement") {
    const m = statement.child("module_name");
    return m ? [moduleName(m)] : [];
  }
  if (statement.type === "import_statement") {
    return statement.childrenFor("name").map((item) => {
      const name = item.type === "aliased_import" ? item.child("name") : item;
      return name ? dotted(name) : "";
    }).filter(Boolean);
  }
  return [];
}
function moduleImports(root) {
  const out = { bindings: [], wildcards: [], modules: /* @__PURE__ */ new Set() };
  walk(root, (n) => {
    if (n.type === "import_statement" || n.type === "import_from_statement") {
      out.bindings.push(...importStatementBindings(n));
      for (const m of importedModulesOf(n)) out.modules.add(m);
      if (n.type === "import_from_statement" && n.childOfType("wildcard_import")) {
        const m = n.child("module_name");
        if (m) out.wildcards.push(moduleName(m));
      }
      return false;
    }
    return !EXPRESSION_LEAVES.has(n.type);
  });
  return out;
}
var EXPRESSION_LEAVES = /* @__PURE__ */ new Set(["expression_statement", "return_statement", "comment", "string"]);
function dotted(node) {
  if (node.type === "dotted_name") return node.namedChildren.filter((c) => c.type === "identifier").map((c) => c.text).join(".");
  return node.text;
}
function moduleName(node) {
  if (node.type !== "relative_import") return dotted(node);
  const prefix = node.childOfType("import_prefix")?.text.replace(/\s+/g, "") ?? ".";
  const rest = node.childOfType("dotted_name");
  return rest ? prefix + dotted(rest) : prefix;
}

// src/python/resolve.ts
var SCOPE_TYPES = /* @__PURE__ */ new Set([
  "module",
  "function_definition",
  "lambda",
  "class_definition",
  "list_comprehension",
  "set_comprehension",
  "dictionary_comprehension",
  "generator_expression"
]);
var UNPACKING = /* @__PURE__ */ new Set(["pattern_list", "tuple_pattern", "list_pattern", "tuple", "list", "expression_list", "as_pattern_target"]);
var MAX_DEPTH2 = 24;
var cache4 = /* @__PURE__ */ new WeakMap();
function resolverFor(tree) {
  let r = cache4.get(tree);
  if (!r) {
    r = new PyResolver(tree.root);
    cache4.set(tree, r);
  }
  return r;
}
var PyResolver = class {
  constructor(root) {
    this.root = root;
  }
  root;
  scopes = /* @__PURE__ */ new Map();
  classAttributes = /* @__PURE__ */ new Map();
  /** Qualified dotted name of a name, attribute chain or call result; null for other expressions. */
  qualifiedName(expr) {
    return this.resolve(expr)?.name ?? null;
  }
  /** Qualified name of a call's callee: `r.get(...)` after `import requests as r` gives `requests.get`. */
  calleeQualifiedName(call) {
    const fn = call.child("function");
    return fn ? this.qualifiedName(fn) : null;
  }
  /** Resolve an expression; see the module comment for the rules. */
  resolve(expr) {
    return this.resolveExpr(expr, 0, /* @__PURE__ */ new Set());
  }
  /** The binding `identifier` refers to at its position, if any. */
  bindingOf(identifier) {
    return this.lookup(identifier.text, identifier);
  }
  /** The binding of `name` as seen from `at`. */
  lookup(name, at) {
    let scopeNode = this.scopeOf(at);
    let first = true;
    while (scopeNode) {
      const scope = this.scope(scopeNode);
      if (scope.globals.has(name) && scopeNode !== this.root) {
        scopeNode = this.root;
        continue;
      }
      const visible = first || scopeNode.type !== "class_definition";
      if (visible && !scope.nonlocals.has(name)) {
        const list = scope.bindings.get(name);
        if (list?.length) return pick(list, at);
      }
      first = false;
      scopeNode = scopeNode === this.root ? void 0 : this.scopeOf(scopeNode);
    }
    return void 0;
  }
  /** All bindings of a scope node (module, def, lambda, class, comprehension). */
  bindingsIn(scopeNode) {
    return this.scope(scopeNode).bindings;
  }
  /** The innermost scope node that `node` is evaluated in. */
  scopeOf(node) {
    let child = node;
    for (let n = node.parent; n; child = n, n = n.parent) {
      if (!SCOPE_TYPES.has(n.type)) continue;
      if (n.type === "function_definition" || n.type === "class_definition") {
        if (child.field === "body" || child.field === "parameters") return n;
        continue;
      }
      if (n.type === "lambda") return n;
      return n;
    }
    return this.root;
  }
  resolveExpr(expr, depth, seen) {
    if (depth > MAX_DEPTH2) return null;
    const e = unparenthesize(expr);
    switch (e.type) {
      case "identifier":
        return this.resolveIdentifier(e, depth, seen);
      case "attribute": {
        const obj = e.child("object");
        const attr = e.child("attribute");
        if (!obj || !attr) return null;
        const viaSelf = this.resolveSelfAttribute(obj, attr.text, depth, seen);
        if (viaSelf) return viaSelf;
        const base = this.resolveExpr(obj, depth + 1, seen);
        return base ? { name: `${base.name}.${attr.text}`, root: base.root, via: base.via } : null;
      }
      case "call": {
        const fn = e.child("function");
        const base = fn ? this.resolveExpr(fn, depth + 1, seen) : null;
        return base ? { name: base.name, root: base.root, via: [...base.via, e] } : null;
      }
      case "await": {
        const inner = e.namedChildren.find((c) => c.type !== "comment");
        return inner ? this.resolveExpr(inner, depth + 1, seen) : null;
      }
      default:
        return null;
    }
  }
  resolveIdentifier(id, depth, seen) {
    const name = id.text;
    const binding = this.lookup(name, id);
    if (!binding) return { name, root: "unbound", via: [] };
    return this.resolveBinding(binding, name, depth, seen);
  }
  resolveBinding(binding, written, depth, seen) {
    switch (binding.kind) {
      case "import":
        return { name: binding.target, root: "import", via: [] };
      case "def":
      case "class":
      case "opaque":
        return { name: written, root: binding.kind, via: [] };
      case "parameter":
      case "assign":
      case "with": {
        const annotation = binding.kind === "parameter" ? binding.value : binding.annotation;
        const value2 = binding.kind === "parameter" ? void 0 : binding.value;
        const type = annotation ? annotationType(annotation) : void 0;
        return value2 && this.follow(binding, value2, depth, seen) || type && this.follow(binding, type, depth, seen) || { name: written, root: binding.kind, via: [] };
      }
    }
  }
  /** Resolve a binding's value (or type) expression; null when it cannot be followed. */
  follow(binding, value2, depth, seen) {
    if (seen.has(binding.node)) return null;
    const inner = followable(value2);
    if (!inner) return null;
    seen.add(binding.node);
    try {
      return this.resolveExpr(inner, depth + 1, seen);
    } finally {
      seen.delete(binding.node);
    }
  }
  /** `self.x` in a method of class C: follow C's `self.x = ...` and class-level `x = ...` bindings. */
  resolveSelfAttribute(obj, attr, depth, seen) {
    const o = unparenthesize(obj);
    if (o.type !== "identifier") return null;
    const binding = this.lookup(o.text, o);
    if (!binding || binding.kind !== "parameter") return null;
    const fn = binding.scope;
    const cls = methodClass(fn);
    if (!cls || firstParameterName(fn) !== o.text) return null;
    const list = this.classAttributeBindings(cls).get(attr) ?? this.scope(cls).bindings.get(attr);
    if (!list?.length) return null;
    const useful = list.filter((b) => b.kind !== "assign" || b.value !== void 0 && isFollowable(b.value));
    return this.resolveBinding(pick(useful.length ? useful : list, obj), `${o.text}.${attr}`, depth + 1, seen);
  }
  classAttributeBindings(cls) {
    let map = this.classAttributes.get(cls);
    if (map) return map;
    map = /* @__PURE__ */ new Map();
    const body = cls.child("body");
    for (const member of body?.children ?? []) {
      const def = member.type === "decorated_definition" ? member.child("definition") : member;
      if (def?.type !== "function_definition") continue;
      const self = firstParameterName(def);
      if (!self) continue;
      const defBody = def.child("body");
      if (!defBody) continue;
      walk(defBody, (n) => {
        if (n.type === "function_definition" || n.type === "class_definition" || n.type === "lambda") return false;
        if (n.type === "assignment") {
          const left = n.child("left");
          const right = rightmostValue(n);
          if (left?.type === "attribute" && right) {
            const obj = left.child("object");
            const attr = left.child("attribute");
            if (obj?.type === "identifier" && obj.text === self && attr) {
              addBinding(map, { name: attr.text, kind: "assign", node: left, scope: cls, value: right });
            }
          }
        }
      });
    }
    this.classAttributes.set(cls, map);
    return map;
  }
  scope(node) {
    let s = this.scopes.get(node);
    if (!s) {
      s = collectScope(node);
      this.scopes.set(node, s);
      if (node === this.root) this.addGlobalAssignments(s);
    }
    return s;
  }
  /**
   * `def init(): global session; session = requests.Session()` binds the module-level name: add
   * such assignments to the module scope (lookups of `session` inside `init` go there too).
   */
  addGlobalAssignments(module) {
    const declared = [];
    walk(this.root, (n) => {
      if (n.type === "global_statement") declared.push(n);
      return !EXPRESSION_ONLY.has(n.type);
    });
    for (const statement of declared) {
      let fn;
      for (let a = statement.parent; a && !fn; a = a.parent) if (a.type === "function_definition") fn = a;
      if (!fn) continue;
      const local = this.scope(fn);
      for (const id of statement.namedChildren) {
        if (id.type !== "identifier") continue;
        for (const b of local.bindings.get(id.text) ?? []) {
          if (b.kind !== "parameter") addBinding(module.bindings, { ...b, scope: this.root });
        }
      }
    }
    for (const list of module.bindings.values()) list.sort((a, b) => a.node.start - b.node.start);
  }
};
var EXPRESSION_ONLY = /* @__PURE__ */ new Set(["expression_statement", "return_statement", "import_statement", "import_from_statement", "comment"]);
function pick(list, at) {
  let best;
  for (const b of list) {
    if (b.value && b.value.start <= at.start && at.end <= b.value.end) continue;
    if (b.node.start < at.start) best = b;
  }
  return best ?? list[0];
}
function addBinding(map, b) {
  const list = map.get(b.name);
  if (list) list.push(b);
  else map.set(b.name, [b]);
}
function followable(value2) {
  const v = unparenthesize(value2);
  const inner = v.type === "await" ? v.namedChildren.find((c) => c.type !== "comment") : v;
  return inner && ["identifier", "attribute", "call"].includes(inner.type) ? inner : void 0;
}
function isFollowable(value2) {
  return followable(value2) !== void 0;
}
function rightmostValue(assignment) {
  let right = assignment.child("right");
  while (right?.type === "assignment") right = right.child("right");
  return right;
}
function methodClass(fn) {
  if (fn.type !== "function_definition") return null;
  let p = fn.parent;
  if (p?.type === "decorated_definition") p = p.parent;
  if (p?.type !== "block") return null;
  return p.parent?.type === "class_definition" ? p.parent : null;
}
function firstParameterName(fn) {
  const params = fn.child("parameters");
  const first = params?.namedChildren.find((c) => c.type !== "comment");
  if (!first) return null;
  const id = first.type === "identifier" ? first : parameterName(first);
  return id?.text ?? null;
}
function parameterName(p) {
  switch (p.type) {
    case "identifier":
      return p;
    case "typed_parameter":
      return p.namedChildren.find((c) => c.type === "identifier");
    case "default_parameter":
    case "typed_default_parameter":
      return p.child("name");
    default:
      return void 0;
  }
}
function annotationType(annotation) {
  let t = unparenthesize(annotation.type === "type" ? annotation.namedChildren[0] ?? annotation : annotation);
  for (let i = 0; i < 4; i++) {
    if (t.type === "binary_operator" && t.child("operator")?.type === "|") {
      const left = t.child("left");
      const right = t.child("right");
      if (right?.type === "none" && left) t = unparenthesize(left);
      else if (left?.type === "none" && right) t = unparenthesize(right);
      else return void 0;
    } else if (t.type === "subscript" || t.type === "generic_type") {
      const head = t.child("value") ?? t.namedChildren[0];
      const name = head ? dottedName(head) : null;
      if (name !== "Optional" && name !== "typing.Optional" && name !== "Union" && name !== "typing.Union") return void 0;
      const args = t.type === "subscript" ? t.childrenFor("subscript") : t.childOfType("type_parameter")?.namedChildren ?? [];
      const real = args.map((a) => a.type === "type" ? a.namedChildren[0] ?? a : a).filter((a) => a.type !== "none");
      if (real.length !== 1) return void 0;
      t = unparenthesize(real[0]);
    } else {
      return t.type === "identifier" || t.type === "attribute" ? t : void 0;
    }
  }
  return void 0;
}
function collectScope(scopeNode) {
  const info = { node: scopeNode, bindings: /* @__PURE__ */ new Map(), globals: /* @__PURE__ */ new Set(), nonlocals: /* @__PURE__ */ new Set() };
  const add = (name, kind, node, extra = {}) => addBinding(info.bindings, { name, kind, node, scope: scopeNode, ...extra });
  const bindTarget = (target, kind, value2) => {
    const stack = [{ node: target, kind, value: value2 }];
    while (stack.length) {
      const { node, kind: k, value: v } = stack.pop();
      const t = unparenthesize(node);
      if (t.type === "identifier") {
        add(t.text, k, t, v ? { value: v } : {});
      } else if (UNPACKING.has(t.type)) {
        const items = t.namedChildren.filter((c) => c.type !== "comment");
        const single = t.type === "as_pattern_target" && items.length === 1;
        for (const c of items) {
          const inner = c.type === "list_splat_pattern" ? c.namedChildren[0] ?? c : c;
          stack.push(single ? { node: inner, kind: k, value: v } : { node: inner, kind: "opaque", value: void 0 });
        }
      }
    }
  };
  if (scopeNode.type === "function_definition" || scopeNode.type === "lambda") {
    const params = scopeNode.child("parameters");
    for (const p of params?.namedChildren ?? []) {
      const id = parameterName(p);
      if (id) {
        const annotation = p.child("type");
        add(id.text, "parameter", id, annotation ? { value: annotation } : {});
      } else if (p.type === "list_splat_pattern" || p.type === "dictionary_splat_pattern") {
        const inner = p.namedChildren.find((c) => c.type === "identifier");
        if (inner) add(inner.text, "opaque", inner);
      }
    }
  }
  const body = scopeNode.type === "function_definition" || scopeNode.type === "class_definition" ? scopeNode.child("body") : scopeNode.type === "lambda" ? scopeNode.child("body") : scopeNode;
  if (!body) return info;
  walk(body, (n) => {
    if (n !== body && n !== scopeNode && SCOPE_TYPES.has(n.type)) {
      if (n.type === "function_definition" || n.type === "class_definition") {
        const name = n.child("name");
        if (name) add(name.text, n.type === "class_definition" ? "class" : "def", name, { value: n });
      }
      return false;
    }
    switch (n.type) {
      case "import_statement":
      case "import_from_statement":
        for (const b of importStatementBindings(n)) add(b.local, "import", b.nameNode, { target: b.target });
        return false;
      case "assignment": {
        const left = n.child("left");
        const right = rightmostValue(n);
        const annotation = n.child("type");
        if (left?.type === "identifier" && (right || annotation)) {
          add(left.text, "assign", left, { ...right ? { value: right } : {}, ...annotation ? { annotation } : {} });
        } else if (left) {
          bindTarget(left, right ? "assign" : "opaque", right);
        }
        return true;
      }
      case "named_expression": {
        const name = n.child("name");
        const value2 = n.child("value");
        if (name) add(name.text, "assign", name, value2 ? { value: value2 } : {});
        return true;
      }
      case "augmented_assignment":
        return true;
      case "as_pattern": {
        const alias = n.child("alias");
        const value2 = n.namedChildren.find((c) => c.field !== "alias" && c.type !== "comment");
        if (alias) bindTarget(alias, n.parent?.type === "with_item" && value2 ? "with" : "opaque", value2);
        return true;
      }
      case "for_statement":
      case "for_in_clause": {
        const left = n.child("left");
        if (left) bindTarget(left, "opaque");
        return true;
      }
      case "global_statement":
      case "nonlocal_statement":
        for (const id of n.namedChildren) {
          if (id.type === "identifier") (n.type === "global_statement" ? info.globals : info.nonlocals).add(id.text);
        }
        return false;
      default:
        return true;
    }
  });
  return info;
}

// src/python/context.ts
var BOUNDARIES = /* @__PURE__ */ new Set(["function_definition", "lambda", "class_definition"]);
function functionInfo(node) {
  if (node.type === "lambda") {
    return { node, kind: "lambda", name: null, async: false, classNode: null, body: node.child("body") };
  }
  let p = node.parent;
  if (p?.type === "decorated_definition") p = p.parent;
  const classNode = p?.type === "block" && p.parent?.type === "class_definition" ? p.parent : null;
  return {
    node,
    kind: "def",
    name: node.child("name")?.text ?? null,
    async: node.children.some((c) => !c.named && c.type === "async"),
    classNode,
    body: node.child("body")
  };
}
function enclosingFunction(node) {
  let child = node;
  for (let n = node.parent; n; child = n, n = n.parent) {
    if (n.type === "class_definition" && child.field === "body") return null;
    if ((n.type === "function_definition" || n.type === "lambda") && child.field === "body") return functionInfo(n);
  }
  return null;
}
function loopInfo(node) {
  const isWhile = node.type === "while_statement";
  return {
    node,
    kind: isWhile ? "while" : "for",
    async: !isWhile && node.children.some((c) => !c.named && c.type === "async"),
    condition: isWhile ? node.child("condition") : node.child("right"),
    body: node.child("body")
  };
}
function enclosingLoops(node) {
  const out = [];
  let child = node;
  for (let n = node.parent; n; child = n, n = n.parent) {
    if (BOUNDARIES.has(n.type)) break;
    if (n.type === "while_statement" && (child.field === "body" || child.field === "condition")) out.push(loopInfo(n));
    if (n.type === "for_statement" && child.field === "body") out.push(loopInfo(n));
  }
  return out;
}
var RUN_FLAG = /^_*(is_)?(running|alive|active|enabled|run|keep_running|keep_going|should_run|started)$/i;
var STOP_FLAG = /^_*(is_)?(stop|stopped|stopping|shutdown|shutting_down|closed|closing|done|exit|exiting|finished|cancelled|terminated|quit)(_requested|_event|_flag)?$/i;
function isLongRunningLoop(loop) {
  if (loop.type === "for_statement") {
    const it = loop.child("right");
    if (!it) return false;
    const i = unparenthesize(it);
    if (i.type !== "call") return false;
    const name = dottedName(i.child("function") ?? i);
    return (name === "itertools.count" || name === "count") && (i.child("arguments")?.namedChildren.length ?? 0) <= 1;
  }
  if (loop.type !== "while_statement") return false;
  const cond = loop.child("condition");
  if (!cond) return false;
  const c = unparenthesize(cond);
  if (isTruthyConstant(c)) return true;
  if (c.type === "not_operator") {
    const arg = c.child("argument");
    if (!arg) return false;
    const a = unparenthesize(arg);
    if (a.type === "call") {
      const fn = a.child("function");
      const method = fn?.type === "attribute" ? fn.child("attribute")?.text : void 0;
      return method === "is_set";
    }
    const last3 = lastName(a);
    return last3 !== null && STOP_FLAG.test(last3);
  }
  const last2 = lastName(c);
  return last2 !== null && RUN_FLAG.test(last2);
}
function lastName(expr) {
  if (expr.type === "identifier") return expr.text;
  if (expr.type === "attribute") return expr.child("attribute")?.text ?? null;
  return null;
}
var BROAD_EXCEPTIONS = /* @__PURE__ */ new Set(["Exception", "BaseException", "builtins.Exception", "builtins.BaseException"]);
function exceptHandler(clause) {
  const value2 = clause.child("value") ?? clause.namedChildren.find((c) => c.type !== "block" && c.type !== "comment");
  let typeExpr = value2;
  let alias = null;
  if (value2?.type === "as_pattern") {
    typeExpr = value2.namedChildren.find((c) => c.field !== "alias" && c.type !== "comment");
    alias = value2.child("alias")?.text ?? null;
  }
  let types = [];
  if (typeExpr) {
    const t = unparenthesize(typeExpr);
    types = t.type === "tuple" ? t.namedChildren.filter((c) => c.type !== "comment") : [t];
  }
  const typeNames = types.map((t) => dottedName(t));
  const bare = types.length === 0;
  return {
    node: clause,
    types,
    typeNames,
    bare,
    star: clause.children.some((c) => !c.named && c.type === "*"),
    catchesAll: bare || typeNames.some((n) => n !== null && BROAD_EXCEPTIONS.has(n)),
    alias,
    body: clause.childOfType("block")
  };
}
function withInfo(node) {
  const clause = node.childOfType("with_clause");
  const items = [];
  for (const item of clause?.namedChildren ?? []) {
    if (item.type !== "with_item") continue;
    const value2 = item.child("value") ?? item.namedChildren[0];
    if (!value2) continue;
    if (value2.type === "as_pattern") {
      const expr = value2.namedChildren.find((c) => c.field !== "alias" && c.type !== "comment");
      if (expr) items.push({ node: item, expr, alias: value2.child("alias") });
    } else {
      items.push({ node: item, expr: value2, alias: void 0 });
    }
  }
  return {
    node,
    async: node.children.some((c) => !c.named && c.type === "async"),
    items,
    body: node.child("body")
  };
}

// src/python/tasks.ts
var COROUTINE_RUNNERS = /* @__PURE__ */ new Set([
  "create_task",
  "ensure_future",
  "run_coroutine_threadsafe",
  "gather",
  "run_until_complete",
  "wait_for",
  "shield"
]);
var FUNCTION_RUNNERS = {
  to_thread: 0,
  run_in_executor: 1,
  submit: 0,
  start_soon: 0,
  spawn: 0,
  start_new_thread: 0
};
var THREAD_CLASSES = /* @__PURE__ */ new Set(["threading.Thread", "Thread", "threading.Timer"]);
var PROCESS_CLASSES = /* @__PURE__ */ new Set(["multiprocessing.Process", "Process", "multiprocessing.context.Process"]);
function startedFunctions(root, resolver) {
  const out = [];
  const add = (ref, kind, site) => {
    const fn = ref ? functionReferenced(ref, resolver) : void 0;
    if (fn && !out.some((s) => s.fn === fn)) out.push({ fn, kind, site });
  };
  walk(root, (n) => {
    if (n.type === "class_definition") {
      const bases = n.child("superclasses")?.namedChildren ?? [];
      const kind = bases.some((b) => THREAD_CLASSES.has(resolver.qualifiedName(b) ?? "")) ? "thread" : bases.some((b) => PROCESS_CLASSES.has(resolver.qualifiedName(b) ?? "")) ? "process" : null;
      if (kind) {
        for (const member of n.child("body")?.children ?? []) {
          const def = member.type === "decorated_definition" ? member.child("definition") : member;
          if (def?.type === "function_definition" && def.child("name")?.text === "run" && !out.some((s) => s.fn === def)) {
            out.push({ fn: def, kind, site: n });
          }
        }
      }
      return true;
    }
    if (n.type !== "call") return true;
    const qualified = resolver.calleeQualifiedName(n) ?? "";
    const method = methodName(n) ?? "";
    if (THREAD_CLASSES.has(qualified) || PROCESS_CLASSES.has(qualified)) {
      const kind = THREAD_CLASSES.has(qualified) ? "thread" : "process";
      const target = qualified.endsWith("Timer") ? argument(n, 1, "function") : argument(n, 1, "target");
      add(target, kind, n);
    } else if (COROUTINE_RUNNERS.has(method) || /^(asyncio|uvloop|anyio|trio)\.run$/.test(qualified)) {
      for (const arg of callArguments(n).positional) {
        const a = unparenthesize(arg);
        if (a.type === "call") add(a.child("function"), "task", n);
        else if (qualified.startsWith("anyio.") || qualified.startsWith("trio.")) add(a, "task", n);
      }
    } else if (method in FUNCTION_RUNNERS) {
      const index = FUNCTION_RUNNERS[method];
      const kind = method === "submit" || method === "run_in_executor" ? "executor" : method === "start_soon" ? "task" : "thread";
      add(callArguments(n).positional[index], kind, n);
    }
    return true;
  });
  return out;
}
function functionReferenced(expr, resolver) {
  let e = unparenthesize(expr);
  for (let i = 0; i < 16 && e.type === "call" && /(^|\.)partial$/.test(resolver.calleeQualifiedName(e) ?? ""); i++) {
    const first = positionalArg(e, 0);
    if (!first) return void 0;
    e = unparenthesize(first);
  }
  if (e.type === "identifier") {
    const b = resolver.bindingOf(e);
    return b?.kind === "def" && b.value?.type === "function_definition" ? b.value : void 0;
  }
  if (e.type === "attribute") {
    const obj = e.child("object");
    const attr = e.child("attribute")?.text;
    if (obj?.type !== "identifier" || !attr) return void 0;
    const b = resolver.bindingOf(obj);
    if (b?.kind !== "parameter") return void 0;
    const info = functionInfo(b.scope);
    if (!info.classNode) return void 0;
    for (const member of info.classNode.child("body")?.children ?? []) {
      const def = member.type === "decorated_definition" ? member.child("definition") : member;
      if (def?.type === "function_definition" && def.child("name")?.text === attr) return def;
    }
    return void 0;
  }
  return void 0;
}

// src/python/django.ts
import { posix as posix15 } from "node:path";
var DJANGO_SETTINGS = /* @__PURE__ */ new Set([
  "INSTALLED_APPS",
  "SECRET_KEY",
  "ALLOWED_HOSTS",
  "MIDDLEWARE",
  "MIDDLEWARE_CLASSES",
  "ROOT_URLCONF",
  "DATABASES",
  "WSGI_APPLICATION",
  "ASGI_APPLICATION",
  "TEMPLATES",
  "STATIC_URL",
  "STATIC_ROOT",
  "AUTH_PASSWORD_VALIDATORS",
  "DEFAULT_AUTO_FIELD"
]);
var DEV_SETTINGS_NAME = /(^|[_.-])(dev|devel|develop|development|local|test|tests|testing|ci|debug)([_.-]|$)/i;
var TEMPLATE_NAME = /(^|[_.-])(sample|example|template|dist|skeleton)([_.-]|$)/i;
var BASE_NAME = /(^|[_.-])(base|common|default|defaults|shared|core|global)([_.-]|$)/i;
var PRODUCTION_SIBLINGS = ["production.py", "prod.py", "live.py", "production/__init__.py", "prod/__init__.py"];
function topLevelAssignments(root) {
  const out = /* @__PURE__ */ new Map();
  for (const st of root.children) {
    if (st.type !== "expression_statement") continue;
    let a = st.namedChildren[0];
    while (a?.type === "assignment") {
      const left = a.child("left");
      if (left?.type === "identifier") appendTo(out, left.text, a);
      a = a.child("right");
    }
  }
  return out;
}
function djangoSettings(path, root, exists) {
  const assigned = topLevelAssignments(root);
  const dir = posix15.dirname(path);
  const base = posix15.basename(path, ".py");
  const inPackage = posix15.basename(dir) === "settings";
  const named = base === "settings" || inPackage || /(^|_)settings$|^settings_/.test(base);
  const confirmed = assigned.has("INSTALLED_APPS") || named && ([...DJANGO_SETTINGS].some((n) => assigned.has(n)) || importsDjangoOrSiblings(root));
  if (!confirmed) return void 0;
  const devByName = DEV_SETTINGS_NAME.test(base) || TEMPLATE_NAME.test(base);
  const overriddenBase = BASE_NAME.test(base) && base !== "settings" || inPackage && base === "__init__" && PRODUCTION_SIBLINGS.some((s) => exists(posix15.join(dir, s)));
  return { devByName, overriddenBase };
}
function importsDjangoOrSiblings(root) {
  for (const st of root.children) {
    if (st.type !== "import_statement" && st.type !== "import_from_statement") continue;
    const modules = importedModulesOf(st);
    if (modules.some((m) => m === "django" || m.startsWith("django."))) return true;
    if (st.type === "import_from_statement" && modules.some((m) => m.startsWith(".")) && st.childOfType("wildcard_import")) return true;
  }
  return false;
}
function productionSettings(path, root, exists) {
  const settings = djangoSettings(path, root, exists);
  if (!settings || settings.devByName || settings.overriddenBase) return void 0;
  const assigned = topLevelAssignments(root);
  const debug = lastAssignedValue(assigned, "DEBUG");
  if (debug?.type === "true") return void 0;
  return assigned;
}
function lastAssignedValue(assigned, name) {
  const all = assigned.get(name);
  let value2 = all?.[all.length - 1]?.child("right");
  while (value2?.type === "assignment") value2 = value2.child("right");
  return value2;
}

// src/python/env-values.ts
var UNKNOWN2 = { kind: "unknown" };
var MAX_DEPTH3 = 12;
var ENV_READS = /* @__PURE__ */ new Set(["os.getenv", "os.environ.get", "os.environ.setdefault", "posix.environ.get"]);
var DECOUPLE = /^(decouple|prettyconf)\.config$/;
var TRUE_WORDS = /* @__PURE__ */ new Set(["y", "yes", "t", "true", "on", "1", "ok"]);
var FALSE_WORDS = /* @__PURE__ */ new Set(["n", "no", "f", "false", "off", "0", ""]);
function evaluateUnsetEnv(expr, resolver) {
  const variables = [];
  const value2 = evaluate(expr, resolver, variables, 0);
  return { value: value2, variables };
}
function truthy(v) {
  switch (v.kind) {
    case "none":
      return false;
    case "bool":
      return v.value;
    case "number":
      return v.value !== 0;
    case "string":
      return v.value.length > 0;
    case "seq":
      return v.items.length > 0;
    default:
      return void 0;
  }
}
function evaluate(expr, resolver, vars, depth) {
  if (depth > MAX_DEPTH3) return UNKNOWN2;
  const e = unparenthesize(expr);
  const lit = literalOf(e);
  if (lit.kind !== "unknown") return lit;
  const next = (n) => evaluate(n, resolver, vars, depth + 1);
  switch (e.type) {
    case "tuple":
    case "list":
    case "set":
      return { kind: "seq", items: e.namedChildren.filter((c) => c.type !== "comment").map(next) };
    case "identifier": {
      const b = resolver.bindingOf(e);
      return b?.kind === "assign" && b.value ? next(b.value) : UNKNOWN2;
    }
    case "not_operator": {
      const arg = e.child("argument");
      const t = arg ? truthy(next(arg)) : void 0;
      return t === void 0 ? UNKNOWN2 : { kind: "bool", value: !t };
    }
    case "boolean_operator": {
      const left = e.child("left");
      const right = e.child("right");
      const op = e.child("operator")?.type;
      if (!left || !right) return UNKNOWN2;
      const l = next(left);
      const t = truthy(l);
      if (t === void 0) return UNKNOWN2;
      if (op === "and") return t ? next(right) : l;
      if (op === "or") return t ? l : next(right);
      return UNKNOWN2;
    }
    case "comparison_operator":
      return compare(e, next);
    case "call":
      return evaluateCall(e, resolver, vars, depth, next);
    default:
      return UNKNOWN2;
  }
}
function evaluateCall(call, resolver, vars, depth, next) {
  const args = callArguments(call);
  const first = args.positional[0];
  const name = resolver.calleeQualifiedName(call) ?? "";
  const method = methodName(call) ?? "";
  if (["lower", "upper", "strip", "casefold", "title"].includes(method) && !first) {
    const recv = receiver(call);
    const v = recv ? next(recv) : UNKNOWN2;
    if (v.kind !== "string") return v.kind === "none" ? UNKNOWN2 : v;
    if (method === "lower" || method === "casefold") return { kind: "string", value: v.value.toLowerCase() };
    if (method === "upper") return { kind: "string", value: v.value.toUpperCase() };
    if (method === "strip") return { kind: "string", value: v.value.trim() };
    return v;
  }
  if (method === "split" && args.positional.length <= 1 && args.keywords.length === 0) {
    const recv = receiver(call);
    const v = recv ? next(recv) : UNKNOWN2;
    const sep4 = first ? literalOf(first) : { kind: "none" };
    if (v.kind !== "string" || sep4.kind !== "string" && sep4.kind !== "none") return UNKNOWN2;
    const pieces = sep4.kind === "string" && sep4.value !== "" ? v.value.split(sep4.value) : v.value.split(/\s+/).filter(Boolean);
    return { kind: "seq", items: pieces.map((value2) => ({ kind: "string", value: value2 })) };
  }
  if (ENV_READS.has(name)) {
    recordVariable(first, vars);
    const def = args.positional[1] ?? kwarg(call, "default")?.value;
    return def ? next(def) : { kind: "none" };
  }
  if (DECOUPLE.test(name)) {
    recordVariable(first, vars);
    const def = kwarg(call, "default")?.value ?? args.positional[1];
    if (!def) return UNKNOWN2;
    const cast = kwarg(call, "cast")?.value;
    const v = next(def);
    return cast && cast.text === "bool" ? toBool(v) : v;
  }
  if (/^environ\.(Env|FileAwareEnv)(\.(bool|str|int|__call__))?$/.test(name) && first) {
    recordVariable(first, vars);
    const def = kwarg(call, "default")?.value ?? args.positional[1];
    const isBool = name.endsWith(".bool");
    let v = UNKNOWN2;
    if (def) v = next(def);
    else {
      const scheme = schemeDefault(call, first, resolver, next);
      if (!scheme) return UNKNOWN2;
      v = scheme.value;
      if (scheme.cast === "bool") return toBool(v);
    }
    return isBool ? toBool(v) : v;
  }
  if (!first || args.positional.length !== 1) return UNKNOWN2;
  const plain = call.child("function")?.text ?? "";
  if (plain === "bool") return truthy(next(first)) === void 0 ? UNKNOWN2 : { kind: "bool", value: truthy(next(first)) };
  if (plain === "str") {
    const v = next(first);
    if (v.kind === "string") return v;
    if (v.kind === "bool") return { kind: "string", value: v.value ? "True" : "False" };
    if (v.kind === "number") return { kind: "string", value: String(v.value) };
    return UNKNOWN2;
  }
  if (plain === "int") {
    const v = next(first);
    if (v.kind === "number") return { kind: "number", value: Math.trunc(v.value) };
    if (v.kind === "bool") return { kind: "number", value: v.value ? 1 : 0 };
    if (v.kind === "string" && /^\s*[-+]?\d+\s*$/.test(v.value)) return { kind: "number", value: parseInt(v.value, 10) };
    return UNKNOWN2;
  }
  if (/(^|\.)strtobool$/.test(name) || plain === "strtobool") {
    const v = toBool(next(first));
    return v.kind === "bool" ? { kind: "number", value: v.value ? 1 : 0 } : UNKNOWN2;
  }
  if (name === "json.loads") {
    const v = next(first);
    if (v.kind === "string" && (v.value === "true" || v.value === "false")) return { kind: "bool", value: v.value === "true" };
    return UNKNOWN2;
  }
  return UNKNOWN2;
}
function toBool(v) {
  if (v.kind === "bool") return v;
  if (v.kind === "number") return { kind: "bool", value: v.value !== 0 };
  if (v.kind === "string") {
    const w = v.value.trim().toLowerCase();
    if (TRUE_WORDS.has(w)) return { kind: "bool", value: true };
    if (FALSE_WORDS.has(w)) return { kind: "bool", value: false };
  }
  if (v.kind === "none") return { kind: "bool", value: false };
  return UNKNOWN2;
}
function compare(e, next) {
  const operands = e.namedChildren.filter((c) => c.type !== "comment");
  const ops = e.children.filter((c) => !c.named).map((c) => c.type);
  if (operands.length !== 2) return UNKNOWN2;
  const op = ops.join(" ");
  const a = next(operands[0]);
  const b = next(operands[1]);
  if (a.kind === "unknown" || b.kind === "unknown") return UNKNOWN2;
  switch (op) {
    case "==":
      return { kind: "bool", value: equal(a, b) };
    case "!=":
      return { kind: "bool", value: !equal(a, b) };
    case "is":
      return a.kind === "none" || b.kind === "none" || a.kind === "bool" ? { kind: "bool", value: equal(a, b) } : UNKNOWN2;
    case "is not":
      return a.kind === "none" || b.kind === "none" || a.kind === "bool" ? { kind: "bool", value: !equal(a, b) } : UNKNOWN2;
    case "in":
    case "not in": {
      let found;
      if (b.kind === "seq") found = b.items.some((x) => equal(a, x));
      else if (b.kind === "string" && a.kind === "string") found = b.value.includes(a.value);
      if (found === void 0) return UNKNOWN2;
      return { kind: "bool", value: op === "in" ? found : !found };
    }
    default:
      return UNKNOWN2;
  }
}
function equal(a, b) {
  const num = (v) => v.kind === "number" ? v.value : v.kind === "bool" ? v.value ? 1 : 0 : void 0;
  const x = num(a);
  const y = num(b);
  if (x !== void 0 && y !== void 0) return x === y;
  if (a.kind === "string" && b.kind === "string") return a.value === b.value;
  return a.kind === "none" && b.kind === "none";
}
function recordVariable(nameArg, vars) {
  const lit = nameArg ? literalOf(nameArg) : void 0;
  if (lit?.kind === "string") vars.push(lit.value);
}
function schemeDefault(call, nameArg, resolver, next) {
  const name = literalOf(nameArg);
  if (name.kind !== "string") return void 0;
  const fn = call.child("function");
  const envExpr = fn && fn.type === "attribute" ? fn.child("object") : fn;
  const r = envExpr ? resolver.resolve(envExpr) : null;
  const ctor = r?.via[r.via.length - 1];
  if (!ctor) return void 0;
  const scheme = kwarg(ctor, name.value)?.value;
  if (!scheme) return void 0;
  const s = unparenthesize(scheme);
  if (s.type !== "tuple") return void 0;
  const items = s.namedChildren.filter((c) => c.type !== "comment");
  if (items.length < 2) return void 0;
  return { value: next(items[1]), cast: items[0].text };
}

// src/python/libraries.ts
function importedCallee(call, resolver) {
  const fn = call.child("function");
  if (!fn) return null;
  const r = resolver.resolve(fn);
  return r && r.root === "import" ? r.name : null;
}
var VERBS = /* @__PURE__ */ new Set(["get", "post", "put", "patch", "delete", "head", "options", "request"]);
var REQUESTS_SESSIONS = ["requests.Session", "requests.session", "requests.sessions.Session", "requests.sessions.session"];
var HTTPX_CLIENTS = { "httpx.Client": true, "httpx.AsyncClient": false };
var AIOHTTP_SESSIONS = ["aiohttp.ClientSession", "aiohttp.client.ClientSession"];
function httpCallByName(name) {
  const dot = name.lastIndexOf(".");
  if (dot < 0) return void 0;
  const owner = name.slice(0, dot);
  const verb = name.slice(dot + 1);
  if ((owner === "requests" || owner === "requests.api") && VERBS.has(verb)) return { library: "requests", kind: "call", name, verb, sync: true };
  if (REQUESTS_SESSIONS.includes(owner) && (VERBS.has(verb) || verb === "send")) return { library: "requests", kind: "method", name, verb, sync: true };
  if (owner === "httpx" && (VERBS.has(verb) || verb === "stream")) return { library: "httpx", kind: "call", name, verb, sync: true };
  if (name in HTTPX_CLIENTS) return { library: "httpx", kind: "client", name, verb, sync: HTTPX_CLIENTS[name] };
  if (owner in HTTPX_CLIENTS && (VERBS.has(verb) || verb === "send" || verb === "stream")) {
    return { library: "httpx", kind: "method", name, verb, sync: HTTPX_CLIENTS[owner] };
  }
  if (owner === "aiohttp" && verb === "request") return { library: "aiohttp", kind: "call", name, verb, sync: false };
  if (AIOHTTP_SESSIONS.includes(name)) return { library: "aiohttp", kind: "client", name, verb: "ClientSession", sync: false };
  if (AIOHTTP_SESSIONS.includes(owner) && (VERBS.has(verb) || verb === "ws_connect")) return { library: "aiohttp", kind: "method", name, verb, sync: false };
  if (name === "urllib.request.urlopen") return { library: "urllib", kind: "call", name, verb: "urlopen", sync: true };
  return void 0;
}
function httpCall(call, resolver) {
  const name = importedCallee(call, resolver);
  return name ? httpCallByName(name) : void 0;
}
function shortLibraryName(name) {
  return name.replace("requests.sessions.", "requests.").replace("requests.api.", "requests.").replace("requests.session.", "requests.Session.").replace("aiohttp.client.", "aiohttp.").replace("aiohttp.connector.", "aiohttp.");
}
var REDIS_MODULES = ["redis", "redis.client", "redis.asyncio", "redis.asyncio.client", "aioredis", "aioredis.client"];
var REDIS_CLASSES = ["Redis", "StrictRedis"];
function redisConstructor(name) {
  for (const m of REDIS_MODULES) {
    if (!name.startsWith(m + ".")) continue;
    const rest = name.slice(m.length + 1);
    if (REDIS_CLASSES.includes(rest)) return "client";
    if (rest === "from_url" || REDIS_CLASSES.some((c) => rest === `${c}.from_url`)) return "from_url";
    if (rest === "ConnectionPool" || rest === "connection.ConnectionPool") return "pool";
    if (rest === "ConnectionPool.from_url" || rest === "connection.ConnectionPool.from_url") return "pool_from_url";
    if (rest === "BlockingConnectionPool" || rest === "connection.BlockingConnectionPool") return "blocking_pool";
  }
  return void 0;
}
var MONGO_CLIENTS = /* @__PURE__ */ new Set([
  "pymongo.MongoClient",
  "pymongo.mongo_client.MongoClient",
  "pymongo.AsyncMongoClient",
  "pymongo.asynchronous.mongo_client.AsyncMongoClient",
  "motor.motor_asyncio.AsyncIOMotorClient",
  "motor.motor_tornado.MotorClient",
  "motor.MotorClient"
]);
function isMongoClient(name) {
  return MONGO_CLIENTS.has(name);
}
var ENGINE_FACTORIES = /* @__PURE__ */ new Set([
  "sqlalchemy.create_engine",
  "sqlalchemy.engine.create_engine",
  "sqlalchemy.ext.asyncio.create_async_engine",
  "sqlmodel.create_engine"
]);
function isEngineFactory(name) {
  return ENGINE_FACTORIES.has(name);
}
var SLEEPS = /* @__PURE__ */ new Set(["asyncio.sleep", "asyncio.tasks.sleep", "anyio.sleep", "trio.sleep", "curio.sleep", "time.sleep", "gevent.sleep", "eventlet.sleep"]);
function isSleep(call, resolver) {
  const name = importedCallee(call, resolver);
  return name !== null && SLEEPS.has(name);
}

// rules/PY001-debug-mode-in-code.ts
var LOOP_RUNNERS = /^(asyncio|uvloop|trio|anyio|curio)(\.runners)?\.run$/;
var APP_CLASSES = /* @__PURE__ */ new Set([
  "fastapi.FastAPI",
  "fastapi.applications.FastAPI",
  "starlette.applications.Starlette",
  "starlette.Starlette",
  "litestar.Litestar",
  "litestar.app.Litestar"
]);
var PY001_debug_mode_in_code_default = defineRule({
  id: "PY001",
  name: "debug-mode-in-code",
  severity: "error",
  category: "security",
  productionOnly: true,
  kinds: ["python"],
  // Not plain 'debug': log.debug(...) is in most modules; not plain 'DEBUG': logging.DEBUG is too.
  // Keyword forms and the Django setting's assignment only.
  triggers: ["debug=", "debug =", "DEBUG =", "DEBUG=", "DEBUG:", "use_reloader", "use_debugger", "reload=", "reload ="],
  securitySeverity: 7.5,
  precision: "high",
  messages: {
    runDebug: "{{keyword}} starts the development server in debug mode: tracebacks with local variables to anyone who triggers an error, Werkzeug's interactive console, and a reloader",
    runReloader: "{{keyword}} restarts the server whenever a file changes: a git pull or any edit on the host restarts production",
    appDebug: "{{keyword}} on {{app}}() serves tracebacks with local variables to anyone who triggers an error",
    uvicornReload: "{{keyword}} on uvicorn.run() restarts the server whenever a file changes: a git pull or any edit on the host restarts production",
    settingsDebug: "DEBUG is on in these Django settings: error pages show settings, environment and local variables to anyone, and every SQL query is kept in memory",
    settingsDefault: "DEBUG is on when {{variable}} is unset: a deployment that forgets the variable runs Django with its debug pages",
    settingsString: "DEBUG is the string {{value}} when {{variable}} is unset, and any non-empty string is true: Django runs in debug mode"
  },
  docs: {
    summary: "Debug mode or a reloader is switched on in code",
    what: `Reports, as the keyword argument:

- \`.run(\u2026, debug=True)\` and \`.run(\u2026, use_reloader=True)\` \u2014 Flask's \`app.run\`, Flask-SocketIO's \`socketio.run\`, Dash's \`run_server\`, and any other \`.run\` except the event-loop runners (\`asyncio.run(main(), debug=True)\` is asyncio's debug mode); \`werkzeug.serving.run_simple(\u2026, use_debugger=True/use_reloader=True)\`;
- \`FastAPI(debug=True)\`, \`Starlette(debug=True)\`, \`Litestar(debug=True)\`;
- \`uvicorn.run(\u2026, reload=True)\`.

In Django settings modules \u2014 \`settings.py\`, a module of a \`settings/\` package, or any module assigning \`INSTALLED_APPS\` (a \`settings.py\` must show it is Django's: a Django setting, a Django import or \`from .base import *\`) \u2014 reports the last top-level \`DEBUG = \u2026\` when it is true, including when it only defaults to true: \`DEBUG = os.getenv("DEBUG", "True") == "True"\`, \`env.bool("DJANGO_DEBUG", default=True)\`, \`config("DEBUG", default=True, cast=bool)\`, \`environ.Env(DEBUG=(bool, True))\`, \`not os.getenv("PRODUCTION")\`, or a non-empty string such as \`os.getenv("DEBUG", "False")\` (which Python treats as true).

The value is evaluated as if the environment were empty; computed values that cannot be evaluated are not reported. Skipped: files classified as development (\`settings/dev.py\`, \`settings/local.py\`, \`settings_dev.py\`, \`tests/\`\u2026); settings files whose name says development, local, test or CI (\`local_settings.py\`, \`settings_local.py\`) or a template (\`settings_sample.py\`, \`settings.example.py\`); base modules that environment-specific settings override (\`settings/base.py\`, \`settings/common.py\`, \`settings_common.py\`, and a settings package's \`__init__.py\` next to a \`production.py\`); and server calls on a development-only path \u2014 under an \`if\` that tests a debug, development, local or reload flag (\`if settings.DEBUG:\`, \`if args.dev:\`), or in a function whose name or decorator says so (\`def run_dev_server()\`, \`@cli.command("develop")\`). Limits: \`DEBUG\` set outside the settings module, or \`app.debug = True\`/\`app.config["DEBUG"] = True\`, is not seen; \`app.run(debug=True)\` under \`if __name__ == "__main__":\` is reported even when production starts the app through gunicorn.`,
    why: `Debug mode serves a traceback page with local variables, settings and environment \u2014 database passwords and API keys \u2014 to anyone who can make a request fail, and Werkzeug's debugger adds a console that runs arbitrary Python on the server. Django in debug mode also keeps every SQL query in memory. The reloader that comes with it restarts the server on any file change: in one incident a \`--reload\` left in production restarted every service on a VPS each time a scheduled \`git pull\` touched the tree.`,
    example: {
      kind: "python",
      path: "bot/main.py",
      code: `from flask import Flask

app = Flask(__name__)


@app.get("/health")
def health() -> dict:
    return {"status": "ok"}


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)
`
    },
    fix: {
      kind: "python",
      path: "bot/main.py",
      code: `import os

from flask import Flask

app = Flask(__name__)


@app.get("/health")
def health() -> dict:
    return {"status": "ok"}


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=os.environ.get("FLASK_DEBUG") == "1")
`
    },
    references: [
      "https://flask.palletsprojects.com/en/stable/debugging/",
      "https://docs.djangoproject.com/en/stable/ref/settings/#debug",
      "https://docs.djangoproject.com/en/stable/howto/deployment/checklist/#debug",
      "https://www.uvicorn.org/settings/#development"
    ]
  },
  document(doc, ctx) {
    const tree = doc.tree;
    const resolver = resolverFor(tree);
    for (const call of calls(tree.root)) {
      const hit = checkCall(call, resolver);
      if (hit) ctx.report(hit);
    }
    const settings = djangoSettings(doc.source.path, tree.root, (rel) => ctx.project.exists(rel));
    if (!settings || settings.devByName || settings.overriddenBase) return;
    const assignments2 = topLevelAssignments(tree.root).get("DEBUG");
    const last2 = assignments2?.[assignments2.length - 1];
    if (!last2) return;
    let value2 = last2.child("right");
    while (value2?.type === "assignment") value2 = value2.child("right");
    if (!value2) return;
    const { value: v, variables } = evaluateUnsetEnv(value2, resolver);
    if (truthy(v) !== true) return;
    const variable = variables[0] ?? "the variable";
    const messageId = variables.length === 0 ? "settingsDebug" : v.kind === "string" ? "settingsString" : "settingsDefault";
    ctx.report({ messageId, data: { variable, value: v.kind === "string" ? JSON.stringify(v.value) : "" }, span: last2.span });
  }
});
function checkCall(call, resolver) {
  if (developmentOnly(call)) return void 0;
  const name = importedCallee(call, resolver);
  const on = (kw) => kw !== void 0 && truthy(evaluateUnsetEnv(kw.value, resolver).value) === true;
  const hit = (messageId, kw, extra = {}) => ({
    messageId,
    data: { keyword: kw.node.text.replace(/\s+/g, ""), ...extra },
    span: kw.node.span
  });
  if (name !== null && APP_CLASSES.has(name)) {
    const debug2 = kwarg(call, "debug");
    return on(debug2) ? hit("appDebug", debug2, { app: name.split(".").pop() }) : void 0;
  }
  if (name === "uvicorn.run" || name === "uvicorn.main.run") {
    const reload = kwarg(call, "reload");
    if (on(reload)) return hit("uvicornReload", reload);
  }
  if (name === "werkzeug.serving.run_simple" || name === "werkzeug.run_simple") {
    const debugger_ = kwarg(call, "use_debugger");
    if (on(debugger_)) return hit("runDebug", debugger_);
    const reloader2 = kwarg(call, "use_reloader");
    return on(reloader2) ? hit("runReloader", reloader2) : void 0;
  }
  const method = methodName(call);
  if (method !== "run" && method !== "run_server") return void 0;
  if (name !== null && LOOP_RUNNERS.test(name)) return void 0;
  const debug = kwarg(call, "debug");
  if (on(debug)) return hit("runDebug", debug);
  const reloader = kwarg(call, "use_reloader");
  return on(reloader) ? hit("runReloader", reloader) : void 0;
}
var DEV_WORDS = /(debug|dev\b|dev_|develop|local|reload)/i;
function developmentOnly(call) {
  let child = call;
  for (let n = call.parent; n; child = n, n = n.parent) {
    if ((n.type === "if_statement" || n.type === "elif_clause") && child.field !== "condition") {
      const cond = n.child("condition");
      if (cond && DEV_WORDS.test(cond.text)) return true;
    }
    if (n.type === "function_definition") {
      if (DEV_WORDS.test(n.child("name")?.text ?? "")) return true;
      const decorated = n.parent?.type === "decorated_definition" ? n.parent : void 0;
      if (decorated?.children.some((d) => d.type === "decorator" && DEV_WORDS.test(d.text))) return true;
    }
  }
  return false;
}

// src/python/timeouts.ts
var WAIT_FOR = /* @__PURE__ */ new Set(["asyncio.wait_for", "asyncio.tasks.wait_for"]);
var TIMEOUT_SCOPES = /* @__PURE__ */ new Set([
  "asyncio.timeout",
  "asyncio.timeout_at",
  "asyncio.timeouts.timeout",
  "asyncio.timeouts.timeout_at",
  "async_timeout.timeout",
  "async_timeout.timeout_at",
  "anyio.fail_after",
  "anyio.move_on_after",
  "trio.fail_after",
  "trio.fail_at",
  "trio.move_on_after",
  "trio.move_on_at"
]);
var BOUNDARIES2 = /* @__PURE__ */ new Set(["function_definition", "lambda", "class_definition"]);
function isWaitFor(call, resolver) {
  const name = importedCallee(call, resolver);
  if (name === null || !WAIT_FOR.has(name)) return false;
  const timeout = argument(call, 1, "timeout");
  return !timeout || timeout.type !== "none";
}
function isTimeoutScope(call, resolver) {
  const name = importedCallee(call, resolver);
  if (name === null || !TIMEOUT_SCOPES.has(name)) return false;
  const first = positionalArg(call, 0) ?? kwarg(call, "delay")?.value ?? kwarg(call, "seconds")?.value;
  return !first || first.type !== "none";
}
function underTimeout(node, resolver) {
  let child = node;
  for (let n = node.parent; n; child = n, n = n.parent) {
    if (BOUNDARIES2.has(n.type)) return false;
    if (n.type === "call" && child.field === "arguments" && isWaitFor(n, resolver)) return true;
    if (n.type === "with_statement" && child.field === "body") {
      for (const item of withInfo(n).items) if (item.expr.type === "call" && isTimeoutScope(item.expr, resolver)) return true;
    }
  }
  return false;
}
function containsTimeoutBound(root, resolver) {
  let found = false;
  walk(root, (n) => {
    if (found) return false;
    if (n !== root && BOUNDARIES2.has(n.type)) return false;
    if (n.type === "call" && (isWaitFor(n, resolver) || isTimeoutScope(n, resolver))) found = true;
    return !found;
  });
  return found;
}
function hasTimeoutKeyword(call, name = "timeout") {
  const kw = kwarg(call, name);
  return kw !== void 0 && !kw.isNone;
}

// src/python/worker-loops.ts
var BOUNDARIES3 = /* @__PURE__ */ new Set(["function_definition", "lambda", "class_definition"]);
var LONG_LOOP_TRIGGERS = [
  "while True",
  "while 1",
  "while(",
  "while (",
  "while not",
  "while self",
  "while _",
  "while run",
  "while is_",
  "while keep",
  "while alive",
  "while active",
  "while enabled",
  "while should",
  "while started",
  "itertools.count",
  "in count("
];
function longRunningLoops(root, resolver) {
  const started = startedFunctions(root, resolver);
  const out = [];
  walk(root, (n) => {
    if ((n.type === "while_statement" || n.type === "for_statement") && isLongRunningLoop(n)) {
      const fn = enclosingFunction(n);
      out.push({ loop: loopInfo(n), fn, started: fn ? started.find((s) => s.fn === fn.node) : void 0 });
    }
  });
  return out;
}
function workerLoops(root, resolver) {
  return longRunningLoops(root, resolver).filter(
    (w) => w.fn !== null && w.fn.kind === "def" && !(w.started && supervised(w.started, resolver)) && (w.started !== void 0 || w.fn.async && isPaced(w.loop, resolver)) && !isGenerator(w.fn) && !returnsValue(w.loop.node) && !retriesUntilDone(w.loop.node) && !consumesStream(w.loop, resolver)
  );
}
function supervised(started, resolver) {
  if (started.kind !== "task" || started.site.type !== "call") return false;
  const method = methodName(started.site) ?? "";
  if (["gather", "run_until_complete", "wait_for", "shield", "start_soon", "start", "run"].includes(method)) return true;
  if (method === "create_task") {
    const recv = receiverLastName(started.site) ?? "";
    const name = resolver.qualifiedName(receiver(started.site) ?? started.site) ?? "";
    return /(^|_)(tg|taskgroup|task_group|group|nursery)$/i.test(recv) || /TaskGroup$/.test(name);
  }
  return false;
}
function isPaced(loop, resolver) {
  let found = false;
  iterationNodes(loop, (n) => {
    if (found) return false;
    if (n.type === "call" && isQuietWait(n, resolver)) found = true;
    return !found;
  });
  return found;
}
function isGenerator(fn) {
  if (!fn.body) return false;
  let found = false;
  walk(fn.body, (n) => {
    if (found || BOUNDARIES3.has(n.type)) return false;
    if (n.type === "yield") found = true;
    return !found;
  });
  return found;
}
function retriesUntilDone(loop) {
  let found = false;
  walk(loop, (n) => {
    if (found || n !== loop && (BOUNDARIES3.has(n.type) || (n.type === "while_statement" || n.type === "for_statement") && n !== loop)) return false;
    if (n.type === "break_statement") {
      let conditional = false;
      for (let a = n.parent; a && a !== loop; a = a.parent) {
        if (a.type === "if_statement" || a.type === "elif_clause" || a.type === "else_clause" || a.type === "except_clause" || a.type === "match_statement" || a.type === "with_statement") {
          if (a.type === "else_clause" && a.parent?.type === "try_statement") continue;
          if (a.type === "with_statement") continue;
          conditional = true;
          break;
        }
      }
      if (!conditional) found = true;
    }
    return !found;
  });
  return found;
}
function returnsValue(loop) {
  let found = false;
  walk(loop, (n) => {
    if (found || n !== loop && BOUNDARIES3.has(n.type)) return false;
    if (n.type === "return_statement" && n.namedChildren.some((c) => c.type !== "comment")) found = true;
    return !found;
  });
  return found;
}
function iterationNodes(loop, visit, options = {}) {
  const body = loop.body;
  if (!body) return;
  walk(body, (n) => {
    if (n === body) return true;
    if (BOUNDARIES3.has(n.type)) return false;
    if (options.skipNestedWorkerLoops && (n.type === "while_statement" || n.type === "for_statement") && isLongRunningLoop(n)) return false;
    return visit(n);
  });
}
function inHandlerCode(node, within2) {
  for (let n = node.parent; n && n !== within2; n = n.parent) {
    if (n.type === "except_clause" || n.type === "except_group_clause" || n.type === "finally_clause") return true;
    if (n.type === "else_clause" && n.parent?.type === "try_statement") return true;
  }
  return false;
}
function reraises(handlerBody) {
  if (!handlerBody) return false;
  return handlerBody.namedChildren.some((s) => s.type === "raise_statement");
}
function caughtWithin(node, within2, resolver) {
  let child = node;
  for (let n = node.parent; n && n !== within2; child = n, n = n.parent) {
    if (BOUNDARIES3.has(n.type)) return false;
    if (n.type === "try_statement" && child.field === "body") {
      for (const c of n.children) {
        if (c.type !== "except_clause" && c.type !== "except_group_clause") continue;
        const h = exceptHandler(c);
        if (h.catchesAll && !reraises(h.body)) return true;
      }
    }
    if (n.type === "with_statement" && child.field === "body") {
      for (const item of withInfo(n).items) {
        if (item.expr.type !== "call") continue;
        const name = importedCallee(item.expr, resolver);
        if (name !== "contextlib.suppress") continue;
        const args = item.expr.child("arguments")?.namedChildren ?? [];
        if (args.some((a) => a.text === "Exception" || a.text === "BaseException")) return true;
      }
    }
  }
  return false;
}
function restartedByOuterLoop(loop, resolver) {
  for (const outer of enclosingLoops(loop)) {
    if (!isLongRunningLoop(outer.node) || !outer.body) continue;
    if (caughtWithin(loop, outer.body, resolver)) return true;
  }
  return false;
}
var QUEUE_RECEIVER = /(queue|^_*q$|_q$|inbox|mailbox)$/i;
var QUEUE_METHODS = /* @__PURE__ */ new Set(["get", "get_nowait", "put", "put_nowait", "join", "task_done", "empty", "qsize", "full"]);
var EVENT_METHODS = /* @__PURE__ */ new Set(["wait", "is_set", "set", "clear", "notify", "notify_all"]);
var LOCK_METHODS = /* @__PURE__ */ new Set(["acquire", "release", "locked"]);
var LOCK_RECEIVER = /(lock|sem|semaphore|mutex|limiter)$/i;
var EVENT_RECEIVER = /(event|stop|stopped|stopping|shutdown|ready|done|exit|closed|closing|cond|condition|flag|wake|wakeup|signal|finished|running|alive)$/i;
function receiverLastName(call) {
  const r = receiver(call);
  if (!r) return null;
  const u = unparenthesize(r);
  if (u.type === "identifier") return u.text;
  if (u.type === "attribute") return u.child("attribute")?.text ?? null;
  return null;
}
function isQuietWait(call, resolver) {
  if (isSleep(call, resolver)) return true;
  const method = methodName(call);
  const recv = receiverLastName(call);
  if (!method || recv === null) return false;
  if (QUEUE_METHODS.has(method) && QUEUE_RECEIVER.test(recv)) return true;
  if (EVENT_METHODS.has(method) && (EVENT_RECEIVER.test(recv) || method === "wait")) return true;
  if (LOCK_METHODS.has(method) && LOCK_RECEIVER.test(recv)) return true;
  return false;
}
function awaitedCall(awaitNode) {
  const inner = awaitNode.namedChildren.find((c) => c.type !== "comment");
  const u = inner ? unparenthesize(inner) : void 0;
  return u?.type === "call" ? u : void 0;
}
var BUILTINS = /* @__PURE__ */ new Set([
  "print",
  "len",
  "str",
  "int",
  "float",
  "bool",
  "list",
  "dict",
  "set",
  "tuple",
  "frozenset",
  "bytes",
  "isinstance",
  "issubclass",
  "range",
  "min",
  "max",
  "sum",
  "abs",
  "repr",
  "sorted",
  "enumerate",
  "zip",
  "id",
  "hash",
  "type",
  "hasattr",
  "iter",
  "round",
  "format",
  "any",
  "all",
  "reversed",
  "map",
  "filter",
  "super",
  "vars",
  "callable",
  "divmod",
  "object"
]);
var LOG_RECEIVER = /^_*(log|logger|logging|LOG|LOGGER|Log|Logger)$/;
var LOG_METHODS = /* @__PURE__ */ new Set(["debug", "info", "warning", "warn", "error", "exception", "critical", "log", "fatal"]);
var PURE_MODULES = /^(time|datetime|math|random|logging|uuid|itertools|functools|operator|collections|typing|string|threading|queue)\./;
var DELIBERATE_EXITS = /^(os\.(getpid|_exit|kill|abort)|sys\.exit|signal\.\w+)$/;
var CONTAINER_METHODS = /* @__PURE__ */ new Set([
  "append",
  "appendleft",
  "extend",
  "extendleft",
  "pop",
  "popleft",
  "popitem",
  "add",
  "discard",
  "remove",
  "clear",
  "update",
  "keys",
  "values",
  "items",
  "copy",
  "setdefault",
  "insert",
  "sort",
  "index",
  "count",
  "join",
  "format",
  "strip",
  "lstrip",
  "rstrip",
  "split",
  "rsplit",
  "lower",
  "upper",
  "startswith",
  "endswith",
  "encode",
  "decode",
  "replace",
  "monotonic",
  "time",
  "total_seconds",
  "isoformat",
  "now",
  "utcnow",
  "cancelled",
  "done",
  "random",
  "randint",
  "uniform",
  "choice"
]);
function isHarmlessCall(call, resolver) {
  const fn = call.child("function");
  if (!fn) return false;
  const f = unparenthesize(fn);
  if (f.type === "identifier") {
    const r = resolver.resolve(f);
    if (r?.root === "unbound" && BUILTINS.has(f.text)) return true;
  }
  if (isQuietWait(call, resolver)) return true;
  const imported = importedCallee(call, resolver);
  if (imported !== null && (PURE_MODULES.test(imported) || DELIBERATE_EXITS.test(imported) || imported === "contextlib.suppress")) return true;
  const method = methodName(call);
  const recv = receiverLastName(call);
  if (method && recv !== null && LOG_RECEIVER.test(recv) && LOG_METHODS.has(method)) return true;
  if (method && f.type === "attribute" && CONTAINER_METHODS.has(method)) return true;
  if (method === "get" && f.type === "attribute" && imported === null) return true;
  return calleeName(call) === "print";
}
function canRaise(n, within2, resolver, mode, depth = 0) {
  if (!n.named) return false;
  switch (n.type) {
    case "await": {
      const call = awaitedCall(n);
      if (!call) return true;
      if (isQuietWait(call, resolver) || importedCallee(call, resolver) === "asyncio.wait") return false;
      const first = call.child("arguments")?.namedChildren[0];
      if (isWaitFor(call, resolver) && first && isQuietExpr(first, resolver) && insideAnyTry(n, within2)) return false;
      return calleeMayRaise(call, resolver, depth);
    }
    case "with_statement": {
      const info = withInfo(n);
      return info.async && info.items.some((i) => unparenthesize(i.expr).type === "call");
    }
    case "for_statement":
      return n.children.some((c) => !c.named && c.type === "async");
    case "call":
      if (isAwaited(n)) return false;
      if (mode === "async") return httpCall(n, resolver)?.sync === true;
      return !isHarmlessCall(n, resolver) && calleeMayRaise(n, resolver, depth);
    default:
      return false;
  }
}
var MAX_CALLEE_DEPTH = 2;
function calleeMayRaise(call, resolver, depth) {
  const fn = call.child("function");
  const def = fn ? functionReferenced(fn, resolver) : void 0;
  const body = def?.child("body");
  if (!def || !body || depth >= MAX_CALLEE_DEPTH) return true;
  const mode = functionInfo(def).async ? "async" : "sync";
  return firstUncaught(body, resolver, mode, depth + 1) !== void 0;
}
function firstUncaught(body, resolver, mode, depth = 0, options = {}) {
  let found;
  walk(body, (n) => {
    if (found) return false;
    if (n === body) return true;
    if (BOUNDARIES3.has(n.type)) return false;
    if (options.skipNestedWorkerLoops && (n.type === "while_statement" || n.type === "for_statement") && isLongRunningLoop(n)) return false;
    if (inHandlerCode(n, body)) return false;
    if (canRaise(n, body, resolver, mode, depth) && !caughtWithin(n, body, resolver)) {
      found = n;
      return false;
    }
    return true;
  });
  return found;
}
function isQuietExpr(expr, resolver) {
  const e = unparenthesize(expr);
  return e.type === "call" && isQuietWait(e, resolver);
}
function insideAnyTry(node, within2) {
  let child = node;
  for (let n = node.parent; n && n !== within2; child = n, n = n.parent) {
    if (n.type === "try_statement" && child.field === "body") return true;
  }
  return false;
}
function loopInsideCatchAll(loop, resolver) {
  const fn = enclosingFunction(loop);
  const top = fn?.body;
  return top !== void 0 && caughtWithin(loop, top, resolver);
}
function consumesStream(loop, resolver) {
  const body = loop.body;
  if (!body) return false;
  const assigned = /* @__PURE__ */ new Set();
  let found = false;
  walk(body, (n) => {
    if (found || n !== body && BOUNDARIES3.has(n.type)) return false;
    if (n.type === "assignment") {
      const left = n.child("left");
      const right = n.child("right");
      const read = right && unparenthesize(right);
      const call = read?.type === "await" ? awaitedCall(read) : read?.type === "call" ? read : void 0;
      if (left?.type === "identifier" && read && (read.type === "await" || read.type === "call") && !(call && isQuietWait(call, resolver))) {
        assigned.add(left.text);
      }
    }
    if (n.type === "if_statement") {
      const cond = n.child("condition");
      const consequence = n.child("consequence");
      const statements = consequence?.namedChildren.filter((c) => c.type !== "comment") ?? [];
      const last2 = statements[statements.length - 1];
      const ends = last2?.type === "break_statement" || last2?.type === "return_statement" && last2.namedChildren.length === 0;
      if (cond && last2 && ends && enclosingLoops(last2)[0]?.node === loop.node) {
        const names = identifiersIn(cond);
        if (names.some((x) => assigned.has(x))) found = true;
      }
    }
    return !found;
  });
  return found;
}
function identifiersIn(expr) {
  const out = [];
  walk(expr, (n) => {
    if (n.type === "identifier") out.push(n.text);
  });
  return out;
}

// rules/PY002-watchdog-exit-without-grace.ts
var STALENESS = /(last|elapsed|since|stale|idle|heartbeat|silen|alive|liveness|health|hung|stuck|updated|seen|ping|progress|timeout|deadline|monotonic|lag|age\b|time\(\))/i;
var STARTUP = /(start|boot|launch|began|begin|uptime|grace|warm|ready|first)/i;
var PY002_watchdog_exit_without_grace_default = defineRule({
  id: "PY002",
  name: "watchdog-exit-without-grace",
  severity: "error",
  category: "reliability",
  productionOnly: true,
  kinds: ["python"],
  triggers: ["exit(", "getpid", "abort("],
  precision: "high",
  messages: {
    noGrace: "{{call}} kills the process on a liveness check that can fire before startup has finished: no startup grace delay or start-time check guards the first checks, so a slow boot or a quiet minute becomes a crash loop",
    hardExit: "os._exit() in this watchdog skips finally blocks, atexit handlers and log flushing, so the reason for the restart is lost; signal the process (os.kill(os.getpid(), signal.SIGTERM)) or exit through the main loop"
  },
  docs: {
    summary: "A liveness watchdog kills the process with no startup grace period",
    what: `Looks at long-running loops (\`while True\`, \`while not stop.is_set()\`, \`while self.running\`\u2026) in any function, and at the calls in them that end the process \u2014 \`os._exit(\u2026)\`, \`sys.exit(\u2026)\`, \`os.abort()\`, \`os.kill(os.getpid(), \u2026)\` \u2014 when they sit under an \`if\` whose condition reads like a staleness or liveness check (it mentions \`last\u2026\`, \`elapsed\`, \`since\`, \`stale\`, \`idle\`, \`heartbeat\`, \`alive\`, \`health\`, \`timeout\`, \`monotonic\`, \`time()\`\u2026).

Reported (\`noGrace\`) when nothing delays the first check: no sleep or event wait in the function before the loop (\`await asyncio.sleep(60)\`, \`time.sleep(GRACE)\`, \`await ready.wait()\`), and no condition in the loop that compares against the start time or a readiness flag (a name with \`start\`, \`boot\`, \`uptime\`, \`grace\`, \`warm\`, \`ready\`, \`first\`\u2026, or an \`is None\` check for "no update yet"). With a grace period, \`os._exit\` is still reported (\`hardExit\`) because it skips cleanup. Limits: the grace may live in the caller (a sleep before \`create_task(watchdog())\`), which is not seen; the condition is judged by its words.`,
    why: `A watchdog that kills the process when no update arrived for N seconds cannot tell "hung" from "still starting" or "no traffic yet". One Telegram bot on Railway crash-looped every three minutes: after each restart the watchdog saw no update within its window and called \`os._exit(1)\`, the platform restarted the bot, and the cycle repeated \u2014 with a silent exit, because \`os._exit\` does not flush the log buffers that would have said why. The fix was a 60-second startup grace (\`await asyncio.sleep(60)\` before the first check) and, at first, a passive watchdog that only logs.`,
    example: {
      kind: "python",
      path: "bot/watchdog.py",
      code: `import asyncio
import logging
import os
import time

from bot import state

logger = logging.getLogger(__name__)
LIVENESS_TIMEOUT = 180


async def watchdog() -> None:
    while True:
        await asyncio.sleep(30)
        if time.monotonic() - state.last_update_at > LIVENESS_TIMEOUT:
            logger.critical("LIVENESS_CHECK_FAILED")
            os._exit(1)
`
    },
    fix: {
      kind: "python",
      path: "bot/watchdog.py",
      code: `import asyncio
import logging
import os
import signal
import time

from bot import state

logger = logging.getLogger(__name__)
LIVENESS_TIMEOUT = 180
STARTUP_GRACE = 60


async def watchdog() -> None:
    await asyncio.sleep(STARTUP_GRACE)
    while True:
        await asyncio.sleep(30)
        if time.monotonic() - state.last_update_at > LIVENESS_TIMEOUT:
            logger.critical("LIVENESS_CHECK_FAILED")
            os.kill(os.getpid(), signal.SIGTERM)
`
    },
    references: ["https://docs.python.org/3/library/os.html#os._exit", "https://docs.railway.com/reference/restart-policy"]
  },
  document(doc, ctx) {
    const tree = doc.tree;
    const resolver = resolverFor(tree);
    const seen = /* @__PURE__ */ new Set();
    for (const w of longRunningLoops(tree.root, resolver)) {
      iterationNodes(w.loop, (n) => {
        if (n.type !== "call" || seen.has(n)) return true;
        const kind = exitKind(n, resolver);
        if (!kind) return true;
        const conditions = guardingConditions(n, w.loop.node);
        if (!conditions.some((c) => STALENESS.test(c.text))) return true;
        seen.add(n);
        const span = n.child("function").span;
        if (!hasGrace(w, n, resolver)) ctx.report({ messageId: "noGrace", data: { call: `${kind}()` }, span });
        else if (kind === "os._exit") ctx.report({ messageId: "hardExit", span });
        return true;
      });
    }
  }
});
function exitKind(call, resolver) {
  const name = importedCallee(call, resolver);
  if (name === "os._exit" || name === "sys.exit" || name === "os.abort") return name;
  if (name === "os.kill") {
    const target = positionalArg(call, 0);
    const t = target ? unparenthesize(target) : void 0;
    if (t?.type === "call" && importedCallee(t, resolver) === "os.getpid") return "os.kill";
  }
  return void 0;
}
function guardingConditions(node, loop) {
  const out = [];
  let child = node;
  for (let n = node.parent; n && n !== loop; child = n, n = n.parent) {
    if (n.type === "if_statement" || n.type === "elif_clause") {
      const cond = n.child("condition");
      if (cond && child !== cond) out.push(cond);
    }
    if (n.type === "else_clause" && n.parent?.type === "if_statement") {
      const cond = n.parent.child("condition");
      if (cond) out.push(cond);
    }
  }
  return out;
}
function hasGrace(w, exit, resolver) {
  const scope = w.fn?.body ?? w.loop.node.parent;
  if (scope) {
    let delayed = false;
    walk(scope, (n) => {
      if (delayed || n.start >= w.loop.node.start) return false;
      if (n !== scope && (n.type === "function_definition" || n.type === "lambda" || n.type === "class_definition")) return false;
      if (n.type === "call" && startupWait(n, resolver)) delayed = true;
      return !delayed;
    });
    if (delayed) return true;
  }
  const body = w.loop.body;
  if (!body) return false;
  let guarded = false;
  walk(body, (n) => {
    if (guarded || n.start > exit.start) return false;
    if (n.type === "function_definition" || n.type === "lambda" || n.type === "class_definition") return false;
    if (n.type === "if_statement" || n.type === "elif_clause" || n.type === "while_statement" || n.type === "boolean_operator" || n.type === "conditional_expression") {
      const cond = n.child("condition") ?? n;
      if (STARTUP.test(cond.text) || /\bis\s+None\b/.test(cond.text)) guarded = true;
    }
    return !guarded;
  });
  return guarded;
}
function startupWait(call, resolver) {
  if (isSleep(call, resolver)) {
    const arg = positionalArg(call, 0);
    return arg !== void 0 && !isFalsyConstant(arg);
  }
  return isQuietWait(call, resolver) && /wait/.test(call.child("function")?.text ?? "");
}

// src/python/describe.ts
var MAX = 48;
function describeNode(node) {
  let text;
  if (node.type === "with_statement") text = "async with " + (withInfo(node).items[0]?.expr.text ?? "");
  else if (node.type === "for_statement") text = "async for \u2026 in " + (node.child("right")?.text ?? "");
  else text = node.text;
  text = text.replace(/\s+/g, " ").trim();
  if (text.length <= MAX) return text;
  const paren = text.indexOf("(");
  return paren > 0 && paren < MAX - 4 ? text.slice(0, paren) + "(\u2026)" : text.slice(0, MAX - 3) + "\u2026";
}

// rules/PY003-worker-loop-unguarded.ts
var PY003_worker_loop_unguarded_default = defineRule({
  id: "PY003",
  name: "worker-loop-unguarded",
  severity: "error",
  category: "reliability",
  productionOnly: true,
  kinds: ["python"],
  triggers: LONG_LOOP_TRIGGERS,
  precision: "medium",
  messages: {
    unguarded: "{{op}} can raise and no try/except Exception in the iteration catches it: one error ends this {{what}} for good while the process keeps running"
  },
  docs: {
    summary: "A background worker loop ends for good at its first exception",
    what: `Reports the \`while\` of a loop meant to run for the life of the process \u2014 \`while True\`, \`while 1\`, \`while not stop.is_set()\`, \`while not self._stopped\`, \`while self.running\`, \`for _ in itertools.count()\` \u2014 in an \`async def\` or in a function the module starts as a thread, process, task or executor job (\`threading.Thread(target=\u2026)\`, \`asyncio.create_task(\u2026)\`, \`run_in_executor\`, a \`Thread\` subclass's \`run\`), when something the iteration does can raise and is not inside a \`try\` (within the loop) that catches \`Exception\`, \`BaseException\` or everything without re-raising, or a \`with contextlib.suppress(Exception)\`.

What counts as able to raise: in a coroutine, an \`await\` (except sleeps and waits on queues, events and locks), an \`async with\` on a call, an \`async for\`, and synchronous HTTP calls; in a thread target, any call other than builtins, logging, clocks, container and string methods. A call of a function of the same module is followed two levels deep: one whose body catches everything itself does not count. Code in \`except\`/\`finally\` clauses is error handling and not counted. A narrow \`except (ClientError, TimeoutError)\` does not count as a guard: the next unexpected error still ends the loop.

Not reported: loops in generators (the consumer sees the exception), loops that \`return\` a value (retry and poll-until loops hand their exception to a caller that awaits them), and loops that an enclosing long-running loop restarts from inside its own \`try\`/\`except Exception\`. Limits: a supervisor in another module that restarts the worker is not seen, nor what callees from other modules catch; a wait-until loop inside a handler that sleeps between checks (\`while True: await sleep(0.5); if done: break\`) looks like a worker and may be reported.`,
    why: `In an asyncio task an uncaught exception ends the task; the error is stored on the task object and logged only when that object is garbage-collected, if ever. In a thread it ends the thread with one traceback on stderr. Either way the process stays up and looks healthy while the worker \u2014 renewals, reminders, payment checks \u2014 has silently stopped. The Telegram bot in one incident report had six such workers; the fix was to wrap every iteration in \`try\`/\`except\`, put the iteration-end log in \`finally\`, and bound each iteration with \`asyncio.wait_for\`. A backend in another report listed "uncaught exceptions" first among the reasons it died on its own.`,
    example: {
      kind: "python",
      path: "workers/reminders.py",
      code: `import asyncio
import logging

from app.db import get_pool
from app.telegram import send_reminder

logger = logging.getLogger(__name__)


async def reminders_worker() -> None:
    while True:
        pool = get_pool()
        rows = await pool.fetch("SELECT user_id FROM reminders WHERE due_at < now()")
        for row in rows:
            await send_reminder(row["user_id"])
        logger.info("reminders iteration done")
        await asyncio.sleep(60)
`
    },
    fix: {
      kind: "python",
      path: "workers/reminders.py",
      code: `import asyncio
import logging

from app.db import get_pool
from app.telegram import send_reminder

logger = logging.getLogger(__name__)


async def run_iteration() -> None:
    pool = get_pool()
    rows = await pool.fetch("SELECT user_id FROM reminders WHERE due_at < now()")
    for row in rows:
        await send_reminder(row["user_id"])


async def reminders_worker() -> None:
    while True:
        try:
            await asyncio.wait_for(run_iteration(), timeout=120)
        except asyncio.TimeoutError:
            logger.error("reminders iteration timed out")
        except Exception:
            logger.exception("reminders iteration failed")
        finally:
            logger.info("reminders iteration done")
        await asyncio.sleep(60)
`
    },
    references: [
      "https://docs.python.org/3/library/asyncio-dev.html#detect-never-retrieved-exceptions",
      "https://docs.python.org/3/library/threading.html#threading.excepthook"
    ]
  },
  document(doc, ctx) {
    const tree = doc.tree;
    const resolver = resolverFor(tree);
    for (const w of workerLoops(tree.root, resolver)) {
      if (!w.loop.body || restartedByOuterLoop(w.loop.node, resolver) || loopInsideCatchAll(w.loop.node, resolver)) continue;
      const op = firstUncaught(w.loop.body, resolver, w.fn?.async ? "async" : "sync", 0, { skipNestedWorkerLoops: true });
      if (!op) continue;
      const keyword = w.loop.node.children[0];
      ctx.report({
        messageId: "unguarded",
        data: { op: describeNode(op), what: w.fn?.async ? "async worker loop" : `${w.started?.kind ?? "worker"} loop` },
        span: keyword.span,
        related: [{ source: doc.source, span: op.span, message: "an exception here leaves the loop" }]
      });
    }
  }
});

// rules/PY004-worker-iteration-without-timeout.ts
var INPUT_WAITS = /* @__PURE__ */ new Set([
  "recv",
  "receive",
  "receive_json",
  "receive_text",
  "receive_bytes",
  "receive_str",
  "read",
  "readline",
  "readexactly",
  "readuntil",
  "getone",
  "getmany",
  "accept",
  "listen"
]);
var BOUNDARIES4 = /* @__PURE__ */ new Set(["function_definition", "lambda", "class_definition"]);
var TIMEOUT_KEYWORDS = ["timeout", "timeout_ms", "read_timeout", "socket_timeout"];
var PY004_worker_iteration_without_timeout_default = defineRule({
  id: "PY004",
  name: "worker-iteration-without-timeout",
  severity: "warning",
  category: "reliability",
  productionOnly: true,
  kinds: ["python"],
  triggers: LONG_LOOP_TRIGGERS,
  precision: "medium",
  messages: {
    unbounded: "{{op}} in this async worker loop has no time bound: if it hangs, the worker stalls forever with no error and no log line"
  },
  docs: {
    summary: "An async worker iteration can hang forever: nothing bounds its awaits in time",
    what: `Reports the \`while\` of an async worker loop (see PY003: a long-running loop in an \`async def\` that sleeps or waits on a queue or event each iteration, or in a coroutine the module starts with \`create_task\`) that awaits work while nothing in the iteration bounds it in time: no \`asyncio.wait_for(\u2026)\`, no \`async with asyncio.timeout(\u2026)\` / \`async_timeout.timeout(\u2026)\` / anyio's or trio's \`fail_after\`/\`move_on_after\`.

Awaits that are not work: sleeps, \`queue.get()\`, \`event.wait()\` and lock acquisition, and waits for input by design (\`ws.recv()\`, \`reader.readline()\`, \`consumer.getone()\`\u2026). Awaits that are bounded on their own: a call with a \`timeout=\` (or \`timeout_ms=\`, \`read_timeout=\`, \`socket_timeout=\`) that is not \`None\`, \`asyncio.wait(\u2026, timeout=\u2026)\`, and httpx/aiohttp requests, which time out by default. One bound anywhere in the iteration is enough for this rule. A coroutine of the same module that is awaited is followed two levels deep: it counts as work only if its own body awaits something unbounded. Limits: bounds inside coroutines of other modules are not seen.`,
    why: `A dependency that stops answering without closing the connection \u2014 a database behind a dead NAT entry, an API that accepted the request and went quiet \u2014 makes an \`await\` wait forever. The worker stops making progress, raises nothing and logs nothing; a liveness watchdog may then kill the whole process. The Telegram bot in one incident report wrapped every worker iteration in \`asyncio.wait_for(\u2026, timeout=120)\` and logged \`ITERATION_END\` in a \`finally\`, so a hung iteration became a logged \`WORKER_TIMEOUT\` and the next iteration ran.`,
    example: {
      kind: "python",
      path: "workers/renewal.py",
      code: `import asyncio
import logging

from app.billing import renew_due_subscriptions

logger = logging.getLogger(__name__)


async def auto_renewal_worker() -> None:
    while True:
        try:
            await renew_due_subscriptions()
        except Exception:
            logger.exception("auto renewal failed")
        await asyncio.sleep(60)
`
    },
    fix: {
      kind: "python",
      path: "workers/renewal.py",
      code: `import asyncio
import logging

from app.billing import renew_due_subscriptions

logger = logging.getLogger(__name__)


async def auto_renewal_worker() -> None:
    while True:
        try:
            await asyncio.wait_for(renew_due_subscriptions(), timeout=120)
        except asyncio.TimeoutError:
            logger.error("auto renewal iteration timed out")
        except Exception:
            logger.exception("auto renewal failed")
        await asyncio.sleep(60)
`
    },
    references: ["https://docs.python.org/3/library/asyncio-task.html#asyncio.wait_for", "https://docs.python.org/3/library/asyncio-task.html#asyncio.timeout"]
  },
  document(doc, ctx) {
    const tree = doc.tree;
    const resolver = resolverFor(tree);
    for (const w of workerLoops(tree.root, resolver)) {
      if (!w.fn?.async || !w.loop.body || containsTimeoutBound(w.loop.body, resolver)) continue;
      let work;
      iterationNodes(
        w.loop,
        (n) => {
          if (work) return false;
          if (n.named && n.type === "await" && isUnboundedWork(n, resolver)) {
            work = n;
            return false;
          }
          return true;
        },
        { skipNestedWorkerLoops: true }
      );
      if (!work) continue;
      ctx.report({
        messageId: "unbounded",
        data: { op: describeNode(work) },
        span: w.loop.node.children[0].span,
        related: [{ source: doc.source, span: work.span, message: "this await has no time bound" }]
      });
    }
  }
});
var MAX_CALLEE_DEPTH2 = 2;
function isUnboundedWork(awaitNode, resolver, depth = 0) {
  const call = awaitedCall(awaitNode);
  if (!call) return true;
  if (isQuietWait(call, resolver) || isWaitFor(call, resolver)) return false;
  const method = methodName(call) ?? "";
  if (INPUT_WAITS.has(method)) return false;
  if (TIMEOUT_KEYWORDS.some((k) => hasTimeoutKeyword(call, k))) return false;
  const http = httpCall(call, resolver);
  if (http && (http.library === "aiohttp" || http.library === "httpx" && !kwarg(call, "timeout")?.isNone)) return false;
  const fn = call.child("function");
  const def = fn ? functionReferenced(fn, resolver) : void 0;
  const body = def?.child("body");
  if (!body || depth >= MAX_CALLEE_DEPTH2) return true;
  if (containsTimeoutBound(body, resolver)) return false;
  let unbounded = false;
  walk(body, (n) => {
    if (unbounded || n !== body && BOUNDARIES4.has(n.type)) return false;
    if (n.named && n.type === "await" && !underTimeout(n, resolver) && isUnboundedWork(n, resolver, depth + 1)) unbounded = true;
    return !unbounded;
  });
  return unbounded;
}

// rules/PY005-dangling-task.ts
var TASK_FACTORIES = /* @__PURE__ */ new Set(["asyncio.create_task", "asyncio.tasks.create_task", "asyncio.ensure_future", "asyncio.tasks.ensure_future"]);
var GROUP_NAME = /(^|_)(tg|taskgroup|task_group|group|nursery|scope)$/i;
var LOOP_GETTERS = /^asyncio\.(get_event_loop|get_running_loop|new_event_loop|events\.get_event_loop|events\.get_running_loop)$/;
var PY005_dangling_task_default = defineRule({
  id: "PY005",
  name: "dangling-task",
  severity: "warning",
  category: "reliability",
  productionOnly: true,
  kinds: ["python"],
  triggers: ["create_task", "ensure_future"],
  precision: "high",
  messages: {
    dangling: "The task from {{call}}() is not kept: the event loop holds only a weak reference, so it can be garbage-collected mid-flight and its exception is never seen"
  },
  docs: {
    summary: "A task is created and its reference dropped",
    what: `Reports \`asyncio.create_task(\u2026)\`, \`asyncio.ensure_future(\u2026)\` and \`loop.create_task(\u2026)\` (a loop from \`asyncio.get_event_loop()\`/\`get_running_loop()\`, or a receiver named \`loop\`, \`self.loop\`, \`bot.loop\`\u2026) whose result is thrown away: the call is a statement of its own, or its result is assigned to \`_\` (\`await asyncio.create_task(\u2026)\` waits for it and is fine). Not reported: \`create_task\` on an \`asyncio.TaskGroup\` or a receiver named like a task group or nursery (\`tg\`, \`task_group\`, \`nursery\`), which keep their tasks; and calls on other receivers, which may be a project's own wrapper that keeps them. Limits: a task passed straight to a function that stores it (\`register(asyncio.create_task(\u2026))\`) is kept and not reported, but one stored only in a local variable that is then dropped is not seen.`,
    why: `The event loop keeps only a weak reference to a task. A task nobody else references can be garbage-collected before it finishes \u2014 the background job simply stops \u2014 and an exception it raised is at best logged as "Task exception was never retrieved" when that happens, at worst never. For a bot's workers, webhook processing or notification sending, this is work that silently does not happen. Keep the task (a set of background tasks with \`add_done_callback(tasks.discard)\`, a \`TaskGroup\`, or a supervisor that awaits it).`,
    example: {
      kind: "python",
      path: "bot/main.py",
      code: `import asyncio

from bot.workers import reminders_worker, renewal_worker


async def on_startup() -> None:
    asyncio.create_task(reminders_worker())
    asyncio.create_task(renewal_worker())
`
    },
    fix: {
      kind: "python",
      path: "bot/main.py",
      code: `import asyncio

from bot.workers import reminders_worker, renewal_worker

background_tasks: set[asyncio.Task] = set()


def start_background(coro) -> asyncio.Task:
    task = asyncio.create_task(coro)
    background_tasks.add(task)
    task.add_done_callback(background_tasks.discard)
    return task


async def on_startup() -> None:
    start_background(reminders_worker())
    start_background(renewal_worker())
`
    },
    references: ["https://docs.python.org/3/library/asyncio-task.html#asyncio.create_task", "https://docs.astral.sh/ruff/rules/asyncio-dangling-task/"]
  },
  document(doc, ctx) {
    const tree = doc.tree;
    const resolver = resolverFor(tree);
    for (const call of calls(tree.root)) {
      const what = taskFactory(call, resolver);
      if (!what || !resultDiscarded(call) || isAwaited(call)) continue;
      ctx.report({ messageId: "dangling", data: { call: what }, span: call.child("function").span });
    }
  }
});
function taskFactory(call, resolver) {
  const name = importedCallee(call, resolver);
  if (name !== null && TASK_FACTORIES.has(name)) return name.replace(".tasks.", ".");
  if (methodName(call) !== "create_task") return void 0;
  const recv = receiver(call);
  if (!recv) return void 0;
  const r = unparenthesize(recv);
  const written = r.type === "identifier" ? r.text : r.type === "attribute" ? r.child("attribute")?.text ?? "" : "";
  if (GROUP_NAME.test(written)) return void 0;
  const resolved = resolver.resolve(r);
  if (resolved?.root === "import") {
    if (/TaskGroup$/.test(resolved.name)) return void 0;
    if (LOOP_GETTERS.test(resolved.name)) return "loop.create_task";
  }
  if (r.type === "call" && LOOP_GETTERS.test(importedCallee(r, resolver) ?? "")) return "loop.create_task";
  return /(^|_)loop$/i.test(written) ? calleeName(call) ?? "loop.create_task" : void 0;
}

// src/python/scripts.ts
var SERVING = /^(aiogram|telegram|telethon|pyrogram|discord|fastapi|starlette|aiohttp|quart|sanic|uvicorn|hypercorn|gunicorn|litestar|websockets|socketio|flask_socketio|grpc|nats|aio_pika|aiokafka|celery|rq|dramatiq|flask|django|tornado|twisted|gevent|eventlet)(\.|$)/;
var CONCURRENCY = /\b(create_task|ensure_future|gather|TaskGroup|as_completed|run_forever|start_server|serve_forever|Thread|ThreadPool|ThreadPoolExecutor|ProcessPoolExecutor|Pool\(|start_new_thread)\b/;
var MAIN_GUARD = /__name__\s*==\s*['"]__main__['"]/;
function isStandaloneScript(root, text) {
  if (!MAIN_GUARD.test(text) || CONCURRENCY.test(text)) return false;
  for (const m of moduleImports(root).modules) if (SERVING.test(m)) return false;
  return true;
}

// rules/PY006-blocking-call-in-async.ts
var BLOCKING = {
  "time.sleep": "await asyncio.sleep(\u2026)",
  "subprocess.run": "asyncio.create_subprocess_exec(\u2026)",
  "subprocess.call": "asyncio.create_subprocess_exec(\u2026)",
  "subprocess.check_call": "asyncio.create_subprocess_exec(\u2026)",
  "subprocess.check_output": "asyncio.create_subprocess_exec(\u2026)",
  "subprocess.getoutput": "asyncio.create_subprocess_shell(\u2026)",
  "subprocess.getstatusoutput": "asyncio.create_subprocess_shell(\u2026)",
  "socket.create_connection": "asyncio.open_connection(\u2026)"
};
var PY006_blocking_call_in_async_default = defineRule({
  id: "PY006",
  name: "blocking-call-in-async",
  severity: "warning",
  category: "reliability",
  productionOnly: true,
  kinds: ["python"],
  triggers: ["async def"],
  precision: "high",
  messages: {
    blocking: "{{call}}() blocks the whole event loop inside async def {{fn}}: every other task, request and heartbeat waits until it returns; use {{instead}}"
  },
  docs: {
    summary: "A blocking call inside async def stops the whole event loop",
    what: `Reports, directly in the body of an \`async def\` (not in a nested plain \`def\` or \`lambda\`, which may run in a thread): \`time.sleep(\u2026)\` (not \`time.sleep(0)\`), \`requests\` calls (\`requests.get/post/\u2026\`, methods of a \`requests.Session()\`), synchronous \`httpx\` calls (\`httpx.get\`, methods of an \`httpx.Client()\`), \`urllib.request.urlopen(\u2026)\`, \`subprocess.run/call/check_call/check_output/getoutput/getstatusoutput(\u2026)\` and \`socket.create_connection(\u2026)\`. Imports and aliases are followed (\`import requests as r\`, \`from time import sleep\`, \`s = requests.Session()\`). Passing the function to \`asyncio.to_thread(requests.get, url)\` or \`run_in_executor\` is the fix and is not reported. Not reported in one-shot scripts \u2014 a module with an \`if __name__ == "__main__":\` block that starts nothing concurrent (\`create_task\`, \`gather\`, \`TaskGroup\`, threads, servers) and imports no server or bot framework: there the blocking call only delays the script. Limits: blocking calls inside helper functions that the coroutine calls are not seen; database drivers are not covered.`,
    why: `An event loop runs one thing at a time. A \`requests.get\` or \`time.sleep(5)\` inside a coroutine freezes every other coroutine for as long as it takes: webhook requests queue up and time out, Telegram retries them, heartbeats stop, and a liveness watchdog concludes the process hung and kills it \u2014 the crash loop of one incident report, whose watchdog read timestamps that blocked handlers could not update.`,
    example: {
      kind: "python",
      path: "bot/handlers.py",
      code: `import requests
from aiogram import Router
from aiogram.types import Message

router = Router()


@router.message()
async def rates(message: Message) -> None:
    response = requests.get("https://api.example.com/rates", timeout=10)
    await message.answer(response.text)
`
    },
    fix: {
      kind: "python",
      path: "bot/handlers.py",
      code: `import httpx
from aiogram import Router
from aiogram.types import Message

router = Router()


@router.message()
async def rates(message: Message) -> None:
    async with httpx.AsyncClient(timeout=10) as client:
        response = await client.get("https://api.example.com/rates")
    await message.answer(response.text)
`
    },
    references: [
      "https://docs.python.org/3/library/asyncio-dev.html#running-blocking-code",
      "https://docs.python.org/3/library/asyncio-task.html#asyncio.to_thread"
    ]
  },
  document(doc, ctx) {
    const tree = doc.tree;
    const resolver = resolverFor(tree);
    if (isStandaloneScript(tree.root, doc.source.text)) return;
    for (const call of calls(tree.root)) {
      const fn = enclosingFunction(call);
      if (!fn?.async) continue;
      const hit = blocking(call, resolver);
      if (!hit) continue;
      ctx.report({ messageId: "blocking", data: { call: hit.name, fn: fn.name ?? "", instead: hit.instead }, span: call.child("function").span });
    }
  }
});
function blocking(call, resolver) {
  const name = importedCallee(call, resolver);
  if (name === null) return void 0;
  const instead = BLOCKING[name];
  if (instead) {
    if (name === "time.sleep") {
      const arg = positionalArg(call, 0);
      if (arg && isFalsyConstant(arg)) return void 0;
    }
    return { name, instead };
  }
  const http = httpCall(call, resolver);
  if (http && http.sync && http.kind !== "client") {
    return { name: http.name, instead: http.library === "urllib" ? "an async HTTP client or asyncio.to_thread(\u2026)" : "httpx.AsyncClient or aiohttp, or asyncio.to_thread(\u2026)" };
  }
  return void 0;
}

// rules/PY007-http-call-without-timeout.ts
var PY007_http_call_without_timeout_default = defineRule({
  id: "PY007",
  name: "http-call-without-timeout",
  severity: "warning",
  category: "reliability",
  productionOnly: true,
  kinds: ["python"],
  triggers: ["requests", "urlopen", "httpx", "aiohttp"],
  precision: "high",
  messages: {
    missing: "{{call}}() has no timeout: a server that accepts the connection and never answers blocks this call forever",
    none: "timeout=None on {{call}}() waits forever: a server that accepts the connection and never answers blocks this call for good",
    clientNone: "timeout=None on {{call}}() turns off httpx's default 5-second timeout for every request of this client: one stalled server blocks it forever",
    unboundedTimeout: "{{call}}({{args}}) sets no total or read timeout: requests with it can wait forever"
  },
  docs: {
    summary: "An HTTP request can wait forever",
    what: `Reports HTTP requests that have no time bound:

- \`requests.get/post/put/patch/delete/head/options/request(\u2026)\` and the same methods (and \`send\`) of a \`requests.Session()\` without \`timeout=\`, or with \`timeout=None\` or a \`(connect, None)\` tuple \u2014 requests never times out by default;
- \`urllib.request.urlopen(\u2026)\` without a timeout, unless the module calls \`socket.setdefaulttimeout(\u2026)\`;
- \`httpx\` requests and clients (\`httpx.get\`, \`httpx.Client\`, \`httpx.AsyncClient\`, their methods) with \`timeout=None\`, and \`httpx.Timeout(None)\`;
- \`aiohttp.ClientTimeout(\u2026)\` with neither \`total\` nor \`sock_read\` set.

httpx (5 s) and aiohttp (5 min total) are bounded by default and are not reported without an explicit \`None\`. Imports, aliases and simple local bindings are followed (\`import requests as r\`, \`from requests import get\`, \`s = requests.Session()\`, \`async with httpx.AsyncClient() as client\`, \`self.session = requests.Session()\`). Not reported: calls with \`**kwargs\` (a timeout may be in them), sessions of a module that defines its own \`HTTPAdapter\` subclass (the usual way to give a session a default timeout), and subclasses of \`requests.Session\`. Limits: a timeout set by a wrapper in another module is not seen.`,
    why: `Without a timeout, a request to a server that accepted the TCP connection but stopped responding waits forever. Each stuck call holds a thread, a worker or a pooled connection; under load they run out and the service stops answering, with nothing in the logs. One team's post-outage hardening list starts with "hanging requests \u2014 no timeout" and ends with "never use an infinite timeout".`,
    example: {
      kind: "python",
      path: "app/payments.py",
      code: `import requests

API = "https://payments.example.com/v1"


def invoice_status(invoice_id: str) -> str:
    response = requests.get(f"{API}/invoices/{invoice_id}")
    response.raise_for_status()
    return response.json()["status"]
`
    },
    fix: {
      kind: "python",
      path: "app/payments.py",
      code: `import requests

API = "https://payments.example.com/v1"


def invoice_status(invoice_id: str) -> str:
    response = requests.get(f"{API}/invoices/{invoice_id}", timeout=(3.05, 15))
    response.raise_for_status()
    return response.json()["status"]
`
    },
    references: [
      "https://requests.readthedocs.io/en/latest/user/advanced/#timeouts",
      "https://www.python-httpx.org/advanced/timeouts/",
      "https://docs.aiohttp.org/en/stable/client_quickstart.html#timeouts",
      "https://docs.python.org/3/library/urllib.request.html#urllib.request.urlopen"
    ]
  },
  document(doc, ctx) {
    const tree = doc.tree;
    const resolver = resolverFor(tree);
    const moduleFacts = { defaultSocketTimeout: false, customAdapter: false };
    let factsDone = false;
    for (const call of calls(tree.root)) {
      const name = importedCallee(call, resolver);
      if (name === null) continue;
      if (!factsDone && (name === "urllib.request.urlopen" || name.startsWith("requests."))) {
        Object.assign(moduleFacts, scanModule(tree.root, resolver));
        factsDone = true;
      }
      const hit = check10(call, name, resolver, moduleFacts);
      if (hit) ctx.report(hit);
    }
  }
});
function check10(call, name, resolver, facts) {
  const fnSpan = call.child("function").span;
  const args = callArguments(call);
  const timeout = kwarg(call, "timeout");
  if (name === "httpx.Timeout") {
    const first = args.positional[0];
    if (first && literalOf(first).kind === "none" && args.positional.length === 1 && args.keywords.length === 0) {
      return { messageId: "unboundedTimeout", data: { call: "httpx.Timeout", args: "None" }, span: fnSpan };
    }
    return void 0;
  }
  if (name === "aiohttp.ClientTimeout" || name === "aiohttp.client.ClientTimeout" || name === "aiohttp.timeout.ClientTimeout") {
    if (args.hasStarArgs || args.hasStarKwargs) return void 0;
    const bound = (key, index) => {
      const v = kwarg(call, key)?.value ?? (index !== void 0 ? args.positional[index] : void 0);
      return v !== void 0 && literalOf(v).kind !== "none";
    };
    if (bound("total", 0) || bound("sock_read")) return void 0;
    return { messageId: "unboundedTimeout", data: { call: "aiohttp.ClientTimeout", args: args.keywords.map((k) => `${k.name}=\u2026`).join(", ") }, span: fnSpan };
  }
  const http = httpCall(call, resolver);
  if (!http) return void 0;
  const shown = shortLibraryName(http.name);
  if (http.library === "httpx") {
    if (timeout?.isNone) return { messageId: http.kind === "client" ? "clientNone" : "none", data: { call: shown }, span: timeout.node.span };
    return void 0;
  }
  if (http.library === "aiohttp" || http.kind === "client") return void 0;
  if (http.library === "urllib") {
    const t = timeout?.value ?? args.positional[2];
    if (t && literalOf(t).kind === "none") return { messageId: "none", data: { call: shown }, span: (timeout?.node ?? t).span };
    if (t || args.hasStarArgs || args.hasStarKwargs || facts.defaultSocketTimeout) return void 0;
    return { messageId: "missing", data: { call: shown }, span: fnSpan };
  }
  if (http.kind === "method" && facts.customAdapter) return void 0;
  if (timeout) {
    if (timeout.isNone) return { messageId: "none", data: { call: shown }, span: timeout.node.span };
    const v = unparenthesize(timeout.value);
    if (v.type === "tuple") {
      const read = v.namedChildren.filter((c) => c.type !== "comment")[1];
      if (read && literalOf(read).kind === "none") return { messageId: "none", data: { call: shown }, span: timeout.node.span };
    }
    return void 0;
  }
  if (args.hasStarKwargs) return void 0;
  if (http.verb === "request" && http.kind === "method" && args.positional.length > 8) return void 0;
  return { messageId: "missing", data: { call: shown }, span: fnSpan };
}
function scanModule(root, resolver) {
  const out = { defaultSocketTimeout: false, customAdapter: false };
  walk(root, (n) => {
    if (n.type === "call" && importedCallee(n, resolver) === "socket.setdefaulttimeout") {
      const arg = positionalArg(n, 0);
      if (arg && literalOf(arg).kind !== "none") out.defaultSocketTimeout = true;
    }
    if (n.type === "class_definition") {
      for (const base of n.child("superclasses")?.namedChildren ?? []) {
        const q = resolver.qualifiedName(base) ?? "";
        if (/HTTPAdapter$/.test(q)) out.customAdapter = true;
      }
    }
    return true;
  });
  return out;
}

// src/python/options.ts
function keywordCI(call, name) {
  const want = name.toLowerCase();
  const kws = callArguments(call).keywords;
  for (let i = kws.length - 1; i >= 0; i--) if (kws[i].name.toLowerCase() === want) return kws[i];
  return void 0;
}
function uriOption(url, name) {
  const text = stringTemplate(url);
  if (text === null) return void 0;
  const q = text.indexOf("?");
  if (q < 0) return void 0;
  const want = name.toLowerCase();
  for (const pair of text.slice(q + 1).split("&")) {
    const eq = pair.indexOf("=");
    const key = (eq < 0 ? pair : pair.slice(0, eq)).trim().toLowerCase();
    if (key === want) return eq < 0 ? "" : pair.slice(eq + 1).trim();
  }
  return void 0;
}

// src/python/request-scope.ts
var BOUNDARIES5 = /* @__PURE__ */ new Set(["function_definition", "lambda", "class_definition"]);
function createdPerRequest(call, root, resolver) {
  const target = assignedTo(call);
  if (target?.type === "attribute" && resolver.qualifiedName(target.child("object")) === "flask.g") return true;
  const fn = enclosingFunction(call);
  if (!fn || fn.kind !== "def" || !fn.name || cached(fn)) return false;
  if (handedToDepends(fn.name, root, resolver)) return true;
  const yielded = target?.type === "identifier" ? target.text : void 0;
  return yieldsValue(fn, (v) => v === call || yielded !== void 0 && v.type === "identifier" && v.text === yielded);
}
function assignedTo(call) {
  let value2 = call;
  let p = call.parent;
  while (p && (p.type === "await" || p.type === "parenthesized_expression")) {
    value2 = p;
    p = p.parent;
  }
  if (p?.type !== "assignment" || p.child("right") !== value2) return void 0;
  return p.child("left");
}
function cached(fn) {
  const decorated = fn.node.parent?.type === "decorated_definition" ? fn.node.parent : void 0;
  return decorated?.namedChildren.some((d) => d.type === "decorator" && /\b(lru_cache|cache|cached_property|singleton)\b/.test(d.text)) ?? false;
}
function handedToDepends(name, root, resolver) {
  for (const c of calls(root)) {
    const callee = resolver.calleeQualifiedName(c) ?? c.child("function")?.text ?? "";
    if (!/(^|\.)Depends$/.test(callee)) continue;
    const first = c.child("arguments")?.namedChildren[0];
    if (first?.type === "identifier" && first.text === name) return true;
    if (first?.type === "keyword_argument" && first.child("name")?.text === "dependency" && first.child("value")?.text === name) return true;
  }
  return false;
}
function yieldsValue(fn, matches2) {
  if (!fn.body) return false;
  let found = false;
  walk(fn.body, (n) => {
    if (found || BOUNDARIES5.has(n.type)) return false;
    if (n.type === "yield") {
      const v = n.namedChildren[0];
      if (v && matches2(v)) found = true;
    }
    return !found;
  });
  return found;
}

// rules/PY008-connection-pool-unbounded.ts
var PY008_connection_pool_unbounded_default = defineRule({
  id: "PY008",
  name: "connection-pool-unbounded",
  severity: "warning",
  category: "reliability",
  productionOnly: true,
  kinds: ["python"],
  triggers: ["redis", "Redis", "max_overflow", "pool_size", "maxPoolSize", "maxpoolsize", "TCPConnector", "Limits("],
  precision: "high",
  messages: {
    redis: "{{call}}() has no max_connections: redis-py's pool then allows 2**31 connections, so under load it opens sockets until the server's maxclients is exhausted",
    sqlalchemy: "{{setting}} removes the bound on the SQLAlchemy pool: under load it opens connections until the database refuses them",
    mongo: "{{setting}} makes the MongoDB pool unbounded: under load it opens connections until the server refuses them",
    connector: "{{setting}} on aiohttp.TCPConnector removes its connection limit (default 100): one burst opens sockets without bound",
    httpxLimits: "max_connections=None on httpx.Limits removes the default bound of 100 connections"
  },
  docs: {
    summary: "A connection pool without an upper bound",
    what: `Reports pools that can grow without limit:

- redis-py (sync and \`redis.asyncio\`, and \`aioredis\` 2): \`Redis(\u2026)\`, \`StrictRedis(\u2026)\`, \`Redis.from_url(\u2026)\`, \`redis.from_url(\u2026)\`, \`ConnectionPool(\u2026)\`, \`ConnectionPool.from_url(\u2026)\` without \`max_connections\` (in a keyword or in a literal URL's query), unless given a \`connection_pool=\` (the pool is judged where it is made). \`BlockingConnectionPool\` is bounded (50) and fine. The redis-py default is \`2**31\`;
- SQLAlchemy \`create_engine\`/\`create_async_engine\` with \`max_overflow=-1\` (or any negative value) or \`pool_size=0\`;
- \`MongoClient\`/\`AsyncIOMotorClient\` with \`maxPoolSize=0\` or \`None\` (keyword, any case, or in a literal URI);
- \`aiohttp.TCPConnector(limit=0)\` (or \`None\`) and \`httpx.Limits(max_connections=None)\`.

Library defaults that are bounded are respected: asyncpg pools (10), SQLAlchemy (5 + 10 overflow), pymongo (100), aiohttp (100), httpx (100). A Redis client made per request is not reported: one stored on Flask's \`g\`, or made in a FastAPI dependency (a function passed to \`Depends(...)\`, or a generator that yields the client it made), since its pool serves one request. Calls with \`**kwargs\` are not reported, nor one-shot scripts (an \`if __name__ == "__main__":\` module that starts no threads, tasks or servers and imports no server framework), whose single flow of control uses one connection at a time. Limits: values computed at run time (a setting read from the environment) are not judged.`,
    why: `An unbounded pool turns a traffic spike or a slow dependency into an outage of the dependency itself: every waiting request opens another connection until the server's limit (\`maxclients\`, \`max_connections\`) is reached, and then every client of that server \u2014 not only this one \u2014 fails. One backend's post-mortem lists "no pool size limits, connections exhausted" among the causes of its crashes and fixed it with \`max_connections=50\` for Redis and \`maxPoolSize=50\` for MongoDB; a bot's stability report traced its outages to a Postgres pool too small for its 26 concurrent users \u2014 sizing a pool is a decision, not a default to leave infinite.`,
    example: {
      kind: "python",
      path: "app/cache.py",
      code: `import os

import redis.asyncio as redis

client = redis.Redis.from_url(os.environ["REDIS_URL"], socket_timeout=5.0)
`
    },
    fix: {
      kind: "python",
      path: "app/cache.py",
      code: `import os

import redis.asyncio as redis

client = redis.Redis.from_url(os.environ["REDIS_URL"], socket_timeout=5.0, max_connections=50)
`
    },
    references: [
      "https://redis.readthedocs.io/en/stable/connections.html#connection-pools",
      "https://docs.sqlalchemy.org/en/20/core/pooling.html#sqlalchemy.pool.QueuePool",
      "https://pymongo.readthedocs.io/en/stable/api/pymongo/mongo_client.html",
      "https://docs.aiohttp.org/en/stable/client_reference.html#aiohttp.TCPConnector"
    ]
  },
  document(doc, ctx) {
    const tree = doc.tree;
    const resolver = resolverFor(tree);
    if (isStandaloneScript(tree.root, doc.source.text)) return;
    for (const call of calls(tree.root)) {
      const name = importedCallee(call, resolver);
      if (name === null) continue;
      const hit = check11(call, name);
      if (hit?.messageId === "redis" && createdPerRequest(call, tree.root, resolver)) continue;
      if (hit) ctx.report(hit);
    }
  }
});
function check11(call, name) {
  const args = callArguments(call);
  const fnSpan = call.child("function").span;
  const redis = redisConstructor(name);
  if (redis) {
    if (redis === "blocking_pool" || args.hasStarKwargs || kwarg(call, "connection_pool")) return void 0;
    const max = kwarg(call, "max_connections");
    if (max) return max.isNone ? { messageId: "redis", data: { call: shortRedis(name) }, span: max.node.span } : void 0;
    if (redis === "from_url" || redis === "pool_from_url") {
      const url = kwarg(call, "url")?.value ?? args.positional[0];
      if (url && uriOption(url, "max_connections") !== void 0) return void 0;
    }
    return { messageId: "redis", data: { call: shortRedis(name) }, span: fnSpan };
  }
  if (isEngineFactory(name)) {
    const overflow = kwarg(call, "max_overflow");
    const v = overflow ? literalOf(overflow.value) : void 0;
    if (overflow && v?.kind === "number" && v.value < 0) return { messageId: "sqlalchemy", data: { setting: overflow.node.text }, span: overflow.node.span };
    const size = kwarg(call, "pool_size");
    const s = size ? literalOf(size.value) : void 0;
    if (size && s?.kind === "number" && s.value === 0) return { messageId: "sqlalchemy", data: { setting: size.node.text }, span: size.node.span };
    return void 0;
  }
  if (isMongoClient(name)) {
    const kw = keywordCI(call, "maxPoolSize");
    if (kw && zeroOrNone(kw)) return { messageId: "mongo", data: { setting: kw.node.text }, span: kw.node.span };
    const uri = kwarg(call, "host")?.value ?? args.positional[0];
    const fromUri = uri ? uriOption(uri, "maxPoolSize") : void 0;
    if (uri && fromUri === "0") return { messageId: "mongo", data: { setting: "maxPoolSize=0" }, span: uri.span };
    return void 0;
  }
  if (name === "aiohttp.TCPConnector" || name === "aiohttp.connector.TCPConnector") {
    const limit = kwarg(call, "limit");
    if (limit && zeroOrNone(limit)) return { messageId: "connector", data: { setting: limit.node.text }, span: limit.node.span };
    return void 0;
  }
  if (name === "httpx.Limits") {
    const max = kwarg(call, "max_connections");
    if (max?.isNone) return { messageId: "httpxLimits", data: {}, span: max.node.span };
  }
  return void 0;
}
function zeroOrNone(kw) {
  const v = kw.literal;
  return v.kind === "none" || v.kind === "number" && v.value === 0;
}
function shortRedis(name) {
  return name.replace(".client.", ".").replace(".connection.", ".");
}

// rules/PY009-pool-wait-without-timeout.ts
var MONGO_TIMEOUTS = ["socketTimeoutMS", "waitQueueTimeoutMS", "timeoutMS"];
var PY009_pool_wait_without_timeout_default = defineRule({
  id: "PY009",
  name: "pool-wait-without-timeout",
  severity: "warning",
  category: "reliability",
  productionOnly: true,
  kinds: ["python"],
  triggers: ["acquire", "MongoClient", "MotorClient", "redis", "Redis", "pool_timeout"],
  precision: "medium",
  messages: {
    acquire: "{{call}}() waits forever when the pool is exhausted or a connection is stuck: pass timeout= or wrap it in asyncio.wait_for",
    mongo: "{{call}}() sets neither socketTimeoutMS nor waitQueueTimeoutMS: an operation on a silently dead connection, or a wait for a free connection, never ends",
    redis: "{{call}}() has no socket_timeout: a command sent to a Redis that stopped answering waits forever",
    sqlalchemy: "pool_timeout=None makes checkouts from this SQLAlchemy pool wait forever when it is exhausted"
  },
  docs: {
    summary: "Waiting for a pooled connection, or on one, can last forever",
    what: `Reports waits on connection pools and clients that have no time bound:

- \`pool.acquire()\` on an asyncpg pool \u2014 the receiver resolves to \`asyncpg.create_pool(\u2026)\`/\`asyncpg.Pool\`, or is named like a pool (\`pool\`, \`self.db_pool\`, \`get_pool()\`) in a module that imports asyncpg or acquires in \`async with\`/\`await\` \u2014 without \`timeout=\` and not inside \`asyncio.wait_for(\u2026)\` or \`async with asyncio.timeout(\u2026)\`. Modules importing aiopg (whose pools time out after 60 s) are skipped;
- \`MongoClient(\u2026)\`/\`AsyncIOMotorClient(\u2026)\` with none of \`socketTimeoutMS\`, \`waitQueueTimeoutMS\`, \`timeoutMS\` (keywords in any case, or in a literal URI);
- redis-py clients (\`Redis(\u2026)\`, \`Redis.from_url(\u2026)\`, \`ConnectionPool(\u2026)\`, sync and asyncio) without \`socket_timeout\` (keyword or literal URL), unless given a \`connection_pool=\`;
- SQLAlchemy \`create_engine\`/\`create_async_engine\` with \`pool_timeout=None\`.

Calls with \`**kwargs\` are not reported. Limits: a URL read from the environment may carry the timeout and is not seen; a bound set in another module is not seen.`,
    why: `When a pool is exhausted, or a peer dies without closing its socket (a restarted database behind NAT, a failover), a caller without a timeout waits forever, holding whatever it already has \u2014 a request, a worker iteration, a lock. The Telegram bot in one incident wrapped \`pool.acquire()\` in \`asyncio.wait_for(\u2026, timeout=10)\` after its pool ran dry; a backend's stability fixes set \`socketTimeoutMS\`, \`waitQueueTimeoutMS\` and \`socket_timeout\` on every MongoDB and Redis client so that "connection pool full" became "wait 10 s, then an error" instead of a hang.`,
    example: {
      kind: "python",
      path: "app/db.py",
      code: `import asyncpg

pool: asyncpg.Pool


async def get_balance(user_id: int) -> int:
    async with pool.acquire() as conn:
        return await conn.fetchval("SELECT balance FROM users WHERE id = $1", user_id)
`
    },
    fix: {
      kind: "python",
      path: "app/db.py",
      code: `import asyncpg

pool: asyncpg.Pool


async def get_balance(user_id: int) -> int:
    async with pool.acquire(timeout=10) as conn:
        return await conn.fetchval("SELECT balance FROM users WHERE id = $1", user_id)
`
    },
    references: [
      "https://magicstack.github.io/asyncpg/current/api/index.html#asyncpg.pool.Pool.acquire",
      "https://pymongo.readthedocs.io/en/stable/api/pymongo/mongo_client.html",
      "https://redis.readthedocs.io/en/stable/connections.html",
      "https://docs.sqlalchemy.org/en/20/core/pooling.html"
    ]
  },
  document(doc, ctx) {
    const tree = doc.tree;
    const resolver = resolverFor(tree);
    let imports;
    for (const call of calls(tree.root)) {
      if (methodName(call) === "acquire") {
        imports ??= moduleImports(tree.root).modules;
        const hit2 = checkAcquire(call, resolver, imports);
        if (hit2) ctx.report(hit2);
        continue;
      }
      const name = importedCallee(call, resolver);
      if (name === null) continue;
      const hit = checkClient(call, name);
      if (hit) ctx.report(hit);
    }
  }
});
function checkAcquire(call, resolver, imports) {
  const recv = receiver(call);
  if (!recv) return void 0;
  const importsAsyncpg = [...imports].some((m) => m === "asyncpg" || m.startsWith("asyncpg."));
  if ([...imports].some((m) => m === "aiopg" || m.startsWith("aiopg."))) return void 0;
  const r = resolver.resolve(recv);
  const resolvedAsyncpg = r?.root === "import" && r.name.startsWith("asyncpg.");
  if (r?.root === "import" && /^(aiopg|sqlalchemy|threading|multiprocessing|asyncio|concurrent)\b/.test(r.name)) return void 0;
  if (!resolvedAsyncpg) {
    const written = unparenthesize(recv).text;
    if (!/pool/i.test(written.split(".").pop() ?? "")) return void 0;
    if (!importsAsyncpg && !(isAwaited(call) || inAsyncWithItem(call))) return void 0;
  }
  if (callArguments(call).hasStarKwargs) return void 0;
  if (hasTimeoutKeyword(call)) return void 0;
  if (underTimeout(call, resolver)) return void 0;
  return { messageId: "acquire", data: { call: call.child("function").text.replace(/\s+/g, "") }, span: call.child("function").span };
}
function inAsyncWithItem(call) {
  let n = call.parent;
  while (n && (n.type === "as_pattern" || n.type === "parenthesized_expression")) n = n.parent;
  if (n?.type !== "with_item") return false;
  const stmt = n.parent?.parent;
  return stmt?.type === "with_statement" && stmt.children.some((c) => !c.named && c.type === "async");
}
function checkClient(call, name) {
  const args = callArguments(call);
  if (args.hasStarKwargs) return void 0;
  const fnSpan = call.child("function").span;
  if (isMongoClient(name)) {
    if (MONGO_TIMEOUTS.some((k) => keywordCI(call, k))) return void 0;
    const uri = kwarg(call, "host")?.value ?? args.positional[0];
    if (uri && MONGO_TIMEOUTS.some((k) => uriOption(uri, k) !== void 0)) return void 0;
    return { messageId: "mongo", data: { call: name.split(".").pop() }, span: fnSpan };
  }
  const redis = redisConstructor(name);
  if (redis) {
    if (kwarg(call, "connection_pool")) return void 0;
    const t = kwarg(call, "socket_timeout");
    if (t) return t.isNone ? { messageId: "redis", data: { call: name.replace(".client.", ".") }, span: t.node.span } : void 0;
    if (redis === "from_url" || redis === "pool_from_url") {
      const url = kwarg(call, "url")?.value ?? args.positional[0];
      if (url && uriOption(url, "socket_timeout") !== void 0) return void 0;
    }
    return { messageId: "redis", data: { call: name.replace(".client.", ".").replace(".connection.", ".") }, span: fnSpan };
  }
  if (isEngineFactory(name)) {
    const t = kwarg(call, "pool_timeout");
    if (t?.isNone) return { messageId: "sqlalchemy", data: {}, span: t.node.span };
  }
  return void 0;
}

// src/python/sql.ts
var SQL_METHODS = /* @__PURE__ */ new Set([
  "execute",
  "executemany",
  "executescript",
  "fetch",
  "fetchrow",
  "fetchval",
  "fetch_one",
  "fetch_all",
  "fetch_val",
  "exec_driver_sql",
  "scalar",
  "scalars"
]);
function sqlOfCall(call, resolver) {
  const method = methodName(call);
  if (!method || !SQL_METHODS.has(method)) return void 0;
  const arg = positionalArg(call, 0) ?? kwarg(call, "query")?.value ?? kwarg(call, "statement")?.value ?? kwarg(call, "sql")?.value;
  const sql = arg ? sqlOfExpression(arg, resolver) : void 0;
  return sql && arg ? { ...sql, argument: arg } : void 0;
}
function sqlOfExpression(expr, resolver, depth = 0) {
  const e = unparenthesize(expr);
  const text = stringTemplate(e);
  if (text !== null) return { text, literal: e };
  if (depth > 4) return void 0;
  if (e.type === "call") {
    const name = resolver.calleeQualifiedName(e) ?? "";
    const first = positionalArg(e, 0);
    if (/(^|\.)text$/.test(name) && first) return sqlOfExpression(first, resolver, depth + 1);
    return void 0;
  }
  if (e.type === "identifier") {
    const b = resolver.bindingOf(e);
    if (b?.kind === "assign" && b.value) return sqlOfExpression(b.value, resolver, depth + 1);
  }
  return void 0;
}

// rules/PY010-advisory-lock-without-timeout.ts
var BLOCKING_LOCK = /(pg_advisory(?:_xact)?_lock(?:_shared)?)\s*\(/i;
var TIMEOUT_SETTING = /lock_timeout|statement_timeout/i;
var CONNECT_METHODS = /* @__PURE__ */ new Set(["connect", "create_pool", "create_engine", "create_async_engine", "Pool", "ConnectionPool", "AsyncConnectionPool"]);
var PY010_advisory_lock_without_timeout_default = defineRule({
  id: "PY010",
  name: "advisory-lock-without-timeout",
  severity: "warning",
  category: "reliability",
  productionOnly: true,
  kinds: ["python"],
  triggers: ["pg_advisory"],
  triggersIgnoreCase: true,
  precision: "high",
  messages: {
    blocking: "{{fn}}() waits until the lock is free with no lock_timeout or statement_timeout: a second instance or a stale session holding it hangs this one forever; use pg_try_advisory_lock or SET lock_timeout first"
  },
  docs: {
    summary: "A blocking Postgres advisory lock with no timeout",
    what: `Reports SQL run through \`execute\`/\`executemany\`/\`fetch\`/\`fetchrow\`/\`fetchval\`/\`fetch_one\`/\`fetch_all\`/\`exec_driver_sql\`/\`scalar\` (directly, through \`sqlalchemy.text("\u2026")\`, or through a name bound to a string constant) that calls \`pg_advisory_lock(\u2026)\`, \`pg_advisory_xact_lock(\u2026)\` or their \`_shared\` forms, when nothing bounds the wait: no \`lock_timeout\`/\`statement_timeout\` in the same SQL, none mentioned earlier in the same function (\`await conn.execute("SET lock_timeout = '1s'")\`), no connection in the module created with such a setting (\`server_settings={"lock_timeout": \u2026}\`), no \`timeout=\` on the call (asyncpg's per-query timeout), and no \`asyncio.wait_for\`/\`asyncio.timeout\` around it. \`pg_try_advisory_lock\` never waits and is never reported. Anchored on the function name in the SQL. Limits: a timeout set in another function on the same connection, or in the database's or role's defaults, is not seen.`,
    why: `\`pg_advisory_lock\` waits for as long as another session holds the lock. A single-instance guard taken at startup therefore hangs the new instance forever when the old one is still shutting down, or when a stale connection (a killed container whose TCP session the database has not noticed yet) still holds it. In one incident a bot's startup hung on exactly that instance lock during deploys; the fix was \`SET lock_timeout = '1000'\` before \`pg_advisory_lock\`, and carrying on without the guard when the lock could not be had.`,
    example: {
      kind: "python",
      path: "bot/instance_lock.py",
      code: `import asyncpg

INSTANCE_LOCK_ID = 424242


async def acquire_instance_lock(pool: asyncpg.Pool) -> asyncpg.Connection:
    conn = await pool.acquire(timeout=10)
    await conn.execute("SELECT pg_advisory_lock($1)", INSTANCE_LOCK_ID)
    return conn
`
    },
    fix: {
      kind: "python",
      path: "bot/instance_lock.py",
      code: `import asyncpg

INSTANCE_LOCK_ID = 424242


async def acquire_instance_lock(pool: asyncpg.Pool) -> asyncpg.Connection:
    conn = await pool.acquire(timeout=10)
    await conn.execute("SET lock_timeout = '1000'")
    await conn.execute("SELECT pg_advisory_lock($1)", INSTANCE_LOCK_ID)
    return conn
`
    },
    references: [
      "https://www.postgresql.org/docs/current/functions-admin.html#FUNCTIONS-ADVISORY-LOCKS",
      "https://www.postgresql.org/docs/current/runtime-config-client.html#GUC-LOCK-TIMEOUT"
    ]
  },
  document(doc, ctx) {
    const tree = doc.tree;
    const resolver = resolverFor(tree);
    const text = doc.source.text;
    let sessionWide;
    for (const call of calls(tree.root)) {
      const sql = sqlOfCall(call, resolver);
      if (!sql) continue;
      const m = BLOCKING_LOCK.exec(sql.text);
      if (!m || TIMEOUT_SETTING.test(sql.text)) continue;
      if (hasTimeoutKeyword(call) || underTimeout(call, resolver)) continue;
      const fn = enclosingFunction(call);
      const from = fn?.body?.start ?? 0;
      if (TIMEOUT_SETTING.test(text.slice(from, call.start))) continue;
      sessionWide ??= connectsWithTimeout(tree.root);
      if (sessionWide) continue;
      const fnName = m[1];
      ctx.report({ messageId: "blocking", data: { fn: fnName.toLowerCase() }, span: anchor(sql.literal, sql.argument ?? call, fnName) });
    }
  }
});
function anchor(literal2, argument2, fnName) {
  if (argument2.contains(literal2)) {
    const at = literal2.text.toLowerCase().indexOf(fnName.toLowerCase());
    if (at >= 0) return { start: literal2.start + at, end: literal2.start + at + fnName.length };
  }
  return argument2.span;
}
function connectsWithTimeout(root) {
  return calls(root).some((c) => CONNECT_METHODS.has(methodName(c) ?? "") && TIMEOUT_SETTING.test(c.text));
}

// rules/PY011-network-call-in-transaction.ts
var BOUNDARIES6 = /* @__PURE__ */ new Set(["function_definition", "lambda", "class_definition"]);
var BEGIN_RECEIVER = /(session|engine|conn|connection|db|database|tx|uow)$/i;
var PY011_network_call_in_transaction_default = defineRule({
  id: "PY011",
  name: "network-call-in-transaction",
  severity: "warning",
  category: "performance",
  productionOnly: true,
  kinds: ["python"],
  triggers: ["transaction(", "atomic", ".begin(", "begin_nested", "in_transaction"],
  precision: "high",
  options: { networkClients: ["bot"] },
  messages: {
    network: "{{call}}() makes a network call inside a database transaction: the transaction holds a pooled connection and its row locks for as long as the remote side takes"
  },
  docs: {
    summary: "A network call inside a database transaction",
    what: `Reports network calls made inside a database transaction: in the body of \`async with conn.transaction():\` (asyncpg, psycopg 3, \`databases\`), \`with transaction.atomic():\` or a function decorated \`@transaction.atomic\` (Django), \`with session.begin():\`/\`engine.begin()\`/\`conn.begin()\`/\`begin_nested()\` (SQLAlchemy; the receiver must be named like a session, engine or connection) and \`in_transaction()\` (Tortoise). Network calls are \`requests\` calls and sessions, \`httpx\` calls and clients, \`aiohttp\` sessions, \`urllib.request.urlopen\`, and methods of configured clients (option \`networkClients\`, default \`["bot"]\`: \`bot.send_message(\u2026)\`, \`self.bot.edit_message_text(\u2026)\`, \`context.bot.get_chat(\u2026)\`). Calls in nested functions are not counted. Limits: network calls inside helper functions called from the transaction are not seen.`,
    why: `A transaction keeps its pooled connection and every row lock it took until it commits. Put a payment-provider call or a Telegram message inside it and the hold time becomes the remote side's latency \u2014 seconds, or the full timeout when it is slow \u2014 while other requests queue for the pool and for the locked rows. One bot's stability report measured connection hold times of 5\u201330 s with a VPN API call inside the transaction and under 100 ms once the call was moved before it; its pool exhaustion went away.`,
    example: {
      kind: "python",
      path: "workers/expiry.py",
      code: `import asyncpg
import httpx

VPN_API = "https://vpn.example.com/api"


async def expire(pool: asyncpg.Pool, client: httpx.AsyncClient, user_id: int) -> None:
    async with pool.acquire(timeout=10) as conn:
        async with conn.transaction():
            await client.post(f"{VPN_API}/users/{user_id}/disable")
            await conn.execute("UPDATE subscriptions SET active = false WHERE user_id = $1", user_id)
`
    },
    fix: {
      kind: "python",
      path: "workers/expiry.py",
      code: `import asyncpg
import httpx

VPN_API = "https://vpn.example.com/api"


async def expire(pool: asyncpg.Pool, client: httpx.AsyncClient, user_id: int) -> None:
    await client.post(f"{VPN_API}/users/{user_id}/disable")
    async with pool.acquire(timeout=10) as conn:
        async with conn.transaction():
            await conn.execute("UPDATE subscriptions SET active = false WHERE user_id = $1", user_id)
`
    },
    references: ["https://docs.djangoproject.com/en/stable/topics/db/transactions/", "https://magicstack.github.io/asyncpg/current/api/index.html#transactions"]
  },
  document(doc, ctx) {
    const tree = doc.tree;
    const resolver = resolverFor(tree);
    const clients = new Set(ctx.options.networkClients);
    const reported = /* @__PURE__ */ new Set();
    walk(tree.root, (n) => {
      let body;
      let opener;
      if (n.type === "with_statement") {
        opener = withInfo(n).items.find((i) => isTransaction(i.expr, resolver))?.expr;
        if (opener) body = n.child("body");
      } else if (n.type === "decorated_definition") {
        opener = n.children.find((c) => c.type === "decorator" && isAtomicDecorator(c, resolver));
        if (opener) body = n.child("definition")?.child("body");
      }
      if (!body || !opener) return true;
      const open = opener;
      walk(body, (m) => {
        if (m !== body && BOUNDARIES6.has(m.type)) return false;
        if (m.type !== "call" || reported.has(m) || !isNetworkCall(m, resolver, clients)) return true;
        reported.add(m);
        const fn = m.child("function");
        ctx.report({
          messageId: "network",
          data: { call: fn.text.replace(/\s+/g, "") },
          span: fn.span,
          related: [{ source: doc.source, span: open.span, message: "the transaction starts here" }]
        });
        return true;
      });
      return true;
    });
  }
});
function isTransaction(expr, resolver) {
  const e = unparenthesize(expr);
  if (e.type !== "call") return false;
  const method = methodName(e);
  if (method === "transaction" || method === "in_transaction") return true;
  if (method === "atomic") return isDjangoAtomic(e.child("function"), resolver);
  if (method === "begin" || method === "begin_nested") {
    const recv = receiver(e);
    if (!recv) return false;
    const r = unparenthesize(recv);
    const last2 = r.type === "identifier" ? r.text : r.type === "attribute" ? r.child("attribute")?.text ?? "" : r.type === "call" ? methodName(r) ?? "" : "";
    const q = resolver.qualifiedName(r) ?? "";
    return BEGIN_RECEIVER.test(last2) || q.startsWith("sqlalchemy");
  }
  return false;
}
function isDjangoAtomic(fn, resolver) {
  const q = resolver.qualifiedName(fn) ?? "";
  return q === "django.db.transaction.atomic" || /(^|\.)transaction\.atomic$/.test(q) || fn.text === "transaction.atomic";
}
function isAtomicDecorator(decorator, resolver) {
  const expr = decorator.namedChildren.find((c) => c.type !== "comment");
  if (!expr) return false;
  const target = expr.type === "call" ? expr.child("function") : expr;
  return target !== void 0 && (target.type === "identifier" || target.type === "attribute") && isDjangoAtomic(target, resolver);
}
function isNetworkCall(call, resolver, clients) {
  const http = httpCall(call, resolver);
  if (http && http.kind !== "client") return true;
  const recv = receiver(call);
  if (!recv) return false;
  const r = unparenthesize(recv);
  const last2 = r.type === "identifier" ? r.text : r.type === "attribute" ? r.child("attribute")?.text : void 0;
  return last2 !== void 0 && clients.has(last2.replace(/^_+/, ""));
}

// src/python/branches.ts
var MAX_DEPTH4 = 6;
var MAX_CHAINS = 64;
function runChains(node, references) {
  const out = [];
  const climb = (chain, seen) => {
    if (out.length >= MAX_CHAINS) return;
    const last2 = chain[chain.length - 1];
    const fn = enclosingFunction(last2);
    const refs = fn && fn.kind === "def" && !seen.has(fn.node) && chain.length <= MAX_DEPTH4 ? references.get(fn.node) ?? [] : [];
    if (!refs.length) {
      out.push(chain);
      return;
    }
    const next = new Set(seen).add(fn.node);
    for (const r of refs) climb([...chain, r], next);
  };
  climb([node], /* @__PURE__ */ new Set());
  return out;
}
function canRunTogether(a, b, references, resolver) {
  const starts = (n) => runChains(n, references).filter((chain) => !chain.some(inLongRunningLoop));
  const chainsB = starts(b);
  for (const chainA of starts(a)) {
    for (const chainB of chainsB) {
      const meeting = meet(chainA, chainB);
      if (meeting && (meeting[0] === meeting[1] || !mutuallyExclusive(meeting[0], meeting[1], resolver))) return true;
    }
  }
  return false;
}
function inLongRunningLoop(n) {
  return enclosingLoops(n).some((l) => isLongRunningLoop(l.node));
}
function meet(chainA, chainB) {
  const scopeOf2 = (n) => enclosingFunction(n)?.node ?? null;
  for (const x of chainA) {
    const sx = scopeOf2(x);
    for (const y of chainB) if (scopeOf2(y) === sx) return [x, y];
  }
  return void 0;
}
function referenceIndex(root, resolver) {
  const index = /* @__PURE__ */ new Map();
  walk(root, (n) => {
    if (n.type !== "identifier" && n.type !== "attribute") return true;
    if (n.parent?.type === "function_definition" && n.field === "name") return false;
    const def = functionReferenced(n, resolver);
    if (def) {
      const list = index.get(def) ?? [];
      list.push(n);
      index.set(def, list);
      return false;
    }
    return n.type === "attribute";
  });
  return index;
}
function mutuallyExclusive(a, b, resolver) {
  const pathA = ancestry(a);
  const pathB = new Set(ancestry(b));
  const lca = pathA.find((n) => pathB.has(n));
  if (!lca) return false;
  if (resolver && exclusiveGuards(a, b, lca, resolver)) return true;
  const childA = childToward(lca, a);
  const childB = childToward(lca, b);
  if (!childA || !childB || childA === childB) return false;
  if (lca.type === "if_statement" || lca.type === "conditional_expression") return true;
  if (lca.type === "try_statement") {
    if (childA.type === "finally_clause" || childB.type === "finally_clause") return false;
    return isExcept(childA) || isExcept(childB);
  }
  if (lca.type === "block" || lca.type === "module") {
    const [first, firstNode] = childA.start < childB.start ? [childA, a] : [childB, b];
    return first.type === "if_statement" && branchEnds(first, firstNode);
  }
  return false;
}
function ancestry(n) {
  const out = [];
  for (let p = n; p; p = p.parent) out.push(p);
  return out;
}
function childToward(ancestor, n) {
  let c = n;
  while (c && c.parent !== ancestor) c = c.parent;
  return c ?? void 0;
}
function isExcept(n) {
  return n.type === "except_clause" || n.type === "except_group_clause";
}
function branchEnds(ifStatement, node) {
  const clause = childToward(ifStatement, node);
  if (!clause) return false;
  const block = clause.type === "block" ? clause : clause.childOfType("block");
  const statements = block?.namedChildren.filter((c) => c.type !== "comment") ?? [];
  const last2 = statements[statements.length - 1];
  if (!last2) return false;
  if (last2.type === "return_statement" || last2.type === "raise_statement") return true;
  const expr = last2.type === "expression_statement" ? last2.namedChildren[0] : void 0;
  const call = expr?.type === "await" ? expr.namedChildren[0] : expr;
  if (call?.type !== "call") return false;
  const fn = call.child("function")?.text ?? "";
  return /(^|\.)(exit|_exit|run_webhook|start_webhook|run_polling|start_polling|infinity_polling)$/.test(fn);
}
function exclusiveGuards(a, b, lca, resolver) {
  const ga = guards(a, lca, resolver);
  const gb = guards(b, lca, resolver);
  return ga.some((x) => gb.some((y) => contradict(x, y)));
}
function guards(node, stop, resolver) {
  const out = [];
  let child = node;
  for (let n = node.parent; n && n !== stop; child = n, n = n.parent) {
    if (n.type === "if_statement") {
      const cond = n.child("condition");
      if (!cond || child === cond) continue;
      const negate = child.type === "else_clause" || child.type === "elif_clause";
      const t = testOf(cond, resolver, 0);
      if (t) out.push(negate ? invert(t) : t);
    }
    if (n.type === "elif_clause") {
      const cond = n.child("condition");
      const t = cond && child !== cond ? testOf(cond, resolver, 0) : void 0;
      if (t) out.push(t);
    }
  }
  return out;
}
function testOf(expr, resolver, depth) {
  if (depth > 3) return void 0;
  const e = unparenthesize(expr);
  if (e.type === "not_operator") {
    const arg = e.child("argument");
    const t = arg ? testOf(arg, resolver, depth + 1) : void 0;
    return t && invert(t);
  }
  if (e.type === "comparison_operator") {
    const operands = e.namedChildren.filter((c) => c.type !== "comment");
    const ops = e.children.filter((c) => !c.named).map((c) => c.type);
    if (operands.length !== 2 || ops.length !== 1 || ops[0] !== "==" && ops[0] !== "!=") return void 0;
    const [l, r] = operands;
    const [subject, lit] = isStringLiteral(r) ? [l, r] : isStringLiteral(l) ? [r, l] : [void 0, void 0];
    if (!subject || !lit) return void 0;
    return { subject: subject.text, op: ops[0] === "==" ? "eq" : "ne", value: lit.text.slice(1, -1) };
  }
  if (e.type === "identifier" || e.type === "attribute") {
    if (e.type === "identifier") {
      const b = resolver.bindingOf(e);
      if (b?.kind === "assign" && b.value && unparenthesize(b.value).type === "comparison_operator") {
        const t = testOf(b.value, resolver, depth + 1);
        if (t) return t;
      }
    }
    return { subject: e.text, op: "truthy" };
  }
  return void 0;
}
function isStringLiteral(n) {
  return n.type === "string" && !n.children.some((c) => c.type === "interpolation");
}
function invert(t) {
  const op = t.op === "eq" ? "ne" : t.op === "ne" ? "eq" : t.op === "truthy" ? "falsy" : "truthy";
  return { ...t, op };
}
function contradict(x, y) {
  if (x.subject !== y.subject) return false;
  if (x.op === "truthy" && y.op === "falsy" || x.op === "falsy" && y.op === "truthy") return true;
  if (x.op === "eq" && y.op === "eq") return x.value !== y.value;
  if (x.op === "eq" && y.op === "ne" || x.op === "ne" && y.op === "eq") return x.value === y.value;
  return false;
}

// rules/PY012-webhook-and-polling.ts
var POLLING = /* @__PURE__ */ new Set(["start_polling", "run_polling", "infinity_polling"]);
var WEBHOOK = /* @__PURE__ */ new Set(["set_webhook", "run_webhook", "start_webhook"]);
var WEBHOOK_HANDLERS = /(^|\.)(SimpleRequestHandler|TokenBasedRequestHandler)$/;
var PY012_webhook_and_polling_default = defineRule({
  id: "PY012",
  name: "webhook-and-polling",
  severity: "error",
  category: "reliability",
  productionOnly: true,
  kinds: ["python"],
  triggers: ["polling"],
  precision: "high",
  messages: {
    both: "{{polling}}() starts polling in a start that also sets a webhook ({{webhook}}): Telegram refuses getUpdates while a webhook is set (409 Conflict), and each mode removes the other's setup"
  },
  docs: {
    summary: "A Telegram bot starts polling and sets a webhook in the same start",
    what: `Reports a call that starts long polling \u2014 \`start_polling\`, \`run_polling\`, \`infinity_polling\` (aiogram's \`dp.start_polling\` and \`executor.start_polling\`, python-telegram-bot's \`run_polling\`/\`updater.start_polling\`, pyTelegramBotAPI's \`infinity_polling\`, and \`bot.polling()\` in modules importing \`telebot\`) \u2014 when the same module also sets or serves a webhook (\`set_webhook\`, \`run_webhook\`, \`start_webhook\`, aiogram's \`SimpleRequestHandler\`/\`TokenBasedRequestHandler\`) and the two can run in one start. They cannot when they sit in different branches of one \`if\` (or in a \`try\` body and its handler), or when the branch holding the first ends with \`return\`, \`raise\` or an exit. Calls inside functions are followed to the places the module calls them or hands them out (\`asyncio.run(main())\`, \`dp.startup.register(on_startup)\`, \`on_startup=on_startup\`), so a choice made by the caller is seen; two functions nobody in the module calls are not a conflict. \`set_webhook(url="")\` removes a webhook and does not count; \`delete_webhook\` never does. Limits: one module at a time \u2014 polling in \`main.py\` and a webhook in another module are not compared.`,
    why: `Telegram delivers a bot's updates one way at a time. While a webhook is set, \`getUpdates\` fails with "409 Conflict: can't use getUpdates method while webhook is active"; polling libraries react by deleting the webhook, and the webhook side sets it again on its next start \u2014 updates bounce between the two or are lost. One bot on Railway logged "Telegram polling started" in webhook mode and deleted its own webhook on every start before setting it again; the fix made the two modes exclusive, chosen by one \`if config.WEBHOOK_URL\`.`,
    example: {
      kind: "python",
      path: "bot/main.py",
      code: `import asyncio
import os

from aiogram import Bot, Dispatcher

bot = Bot(token=os.environ["BOT_TOKEN"])
dp = Dispatcher()


async def main() -> None:
    await bot.set_webhook(os.environ["WEBHOOK_URL"])
    await dp.start_polling(bot)


asyncio.run(main())
`
    },
    fix: {
      kind: "python",
      path: "bot/main.py",
      code: `import asyncio
import os

from aiogram import Bot, Dispatcher

bot = Bot(token=os.environ["BOT_TOKEN"])
dp = Dispatcher()
WEBHOOK_URL = os.environ.get("WEBHOOK_URL")


async def main() -> None:
    if WEBHOOK_URL:
        await bot.set_webhook(WEBHOOK_URL)
    else:
        await bot.delete_webhook(drop_pending_updates=True)
        await dp.start_polling(bot)


asyncio.run(main())
`
    },
    references: ["https://core.telegram.org/bots/api#getting-updates", "https://docs.aiogram.dev/en/latest/dispatcher/webhook.html"]
  },
  document(doc, ctx) {
    const tree = doc.tree;
    const resolver = resolverFor(tree);
    const telebot = [...moduleImports(tree.root).modules].some((m) => m === "telebot" || m.startsWith("telebot."));
    const polling = [];
    const webhooks = [];
    for (const call of calls(tree.root)) {
      const method = methodName(call) ?? "";
      if (POLLING.has(method) || telebot && method === "polling") polling.push(call);
      else if (isWebhook(call, method, resolver)) webhooks.push(call);
    }
    if (!polling.length || !webhooks.length) return;
    const references = referenceIndex(tree.root, resolver);
    for (const p of polling) {
      const w = webhooks.find((x) => canRunTogether(p, x, references, resolver));
      if (!w) continue;
      const fn = p.child("function");
      ctx.report({
        messageId: "both",
        data: { polling: fn.text.replace(/\s+/g, ""), webhook: `${w.child("function").text.replace(/\s+/g, "")}() on line ${doc.source.lineOf(w.start)}` },
        span: fn.span,
        related: [{ source: doc.source, span: w.child("function").span, message: "the webhook is set here" }]
      });
    }
  }
});
function isWebhook(call, method, resolver) {
  if (WEBHOOK.has(method)) {
    if (method !== "set_webhook") return true;
    const url = argument(call, 0, "url");
    const v = url ? literalOf(url) : void 0;
    return !(v && (v.kind === "string" && v.value === "" || v.kind === "none"));
  }
  const name = resolver.calleeQualifiedName(call) ?? "";
  return WEBHOOK_HANDLERS.test(name);
}

// rules/PY013-silent-exception-in-loop.ts
var PY013_silent_exception_in_loop_default = defineRule({
  id: "PY013",
  name: "silent-exception-in-loop",
  severity: "warning",
  category: "operability",
  productionOnly: true,
  kinds: ["python"],
  triggers: LONG_LOOP_TRIGGERS,
  precision: "high",
  messages: {
    silent: "{{clause}} swallows every error of this long-running loop without a trace: the worker can fail on every iteration and no log line says so"
  },
  docs: {
    summary: "A long-running loop swallows every exception without logging it",
    what: `Reports \`except Exception:\`, \`except BaseException:\` and bare \`except:\` clauses (also in a tuple with other types) inside a long-running loop \u2014 \`while True\`, \`while 1\`, \`while not stop.is_set()\`, \`while self.running\`, \`for _ in itertools.count()\`, in any function or at module level \u2014 whose body does nothing but \`pass\`, \`continue\`, \`...\` or a string. Anchored on the \`except\` clause. Narrow handlers (\`except KeyError: pass\`), handlers that log, count, re-raise or sleep, and handlers with a comment that explains the decision (\`pass  # best effort, the next tick retries\`) are not reported. Limits: a handler that calls a function which does nothing is not recognised as silent.`,
    why: `A worker that swallows its errors looks alive \u2014 the process is up, the loop spins \u2014 while every iteration fails: the database password changed, an API started returning 500, a column was renamed. Nothing reaches the logs, so nobody knows until users notice. One team's stability checklist after repeated backend outages put it first among the rules: no silent failures, log every error with its stack trace.`,
    example: {
      kind: "python",
      path: "worker.py",
      code: `import time

from app.jobs import process_pending_jobs


def main() -> None:
    while True:
        try:
            process_pending_jobs()
        except Exception:
            pass
        time.sleep(5)


if __name__ == "__main__":
    main()
`
    },
    fix: {
      kind: "python",
      path: "worker.py",
      code: `import logging
import time

from app.jobs import process_pending_jobs

logger = logging.getLogger(__name__)


def main() -> None:
    while True:
        try:
            process_pending_jobs()
        except Exception:
            logger.exception("processing pending jobs failed")
        time.sleep(5)


if __name__ == "__main__":
    main()
`
    },
    references: ["https://docs.python.org/3/library/logging.html#logging.Logger.exception", "https://docs.astral.sh/ruff/rules/try-except-pass/"]
  },
  document(doc, ctx) {
    const tree = doc.tree;
    walk(tree.root, (n) => {
      if (n.type !== "except_clause") return true;
      const h = exceptHandler(n);
      if (!h.catchesAll || !isSilent(h.body) || hasComment(n)) return true;
      if (!enclosingLoops(n).some((l) => isLongRunningLoop(l.node))) return true;
      const colon = n.children.find((c) => !c.named && c.type === ":");
      const end = colon ? colon.start : n.start + "except".length;
      const clause = doc.source.text.slice(n.start, colon ? colon.end : end).replace(/\s+/g, " ").trim();
      ctx.report({ messageId: "silent", data: { clause }, span: { start: n.start, end } });
      return true;
    });
  }
});
function hasComment(clause) {
  let found = false;
  walk(clause, (n) => {
    if (n.type === "comment") found = true;
    return !found;
  });
  return found;
}
function isSilent(body) {
  if (!body) return false;
  const statements = body.namedChildren.filter((c) => c.type !== "comment");
  return statements.length > 0 && statements.every((s) => {
    if (s.type === "pass_statement" || s.type === "continue_statement") return true;
    if (s.type !== "expression_statement") return false;
    const e = s.namedChildren.filter((c) => c.type !== "comment");
    return e.length === 1 && (e[0].type === "ellipsis" || e[0].type === "string" || e[0].type === "concatenated_string");
  });
}

// rules/PY014-tls-verification-disabled.ts
var UNVERIFIED_CONTEXT = /* @__PURE__ */ new Set(["ssl._create_unverified_context"]);
var CERT_NONE = /* @__PURE__ */ new Set(["ssl.CERT_NONE", "ssl.VerifyMode.CERT_NONE"]);
var AIOHTTP_SSL_OWNERS = /^aiohttp\.(TCPConnector|connector\.TCPConnector|ClientSession|client\.ClientSession|request)(\.|$)/;
var PY014_tls_verification_disabled_default = defineRule({
  id: "PY014",
  name: "tls-verification-disabled",
  severity: "error",
  category: "security",
  productionOnly: true,
  kinds: ["python"],
  triggers: ["verify", "ssl", "CERT_NONE", "_create_unverified_context"],
  securitySeverity: 7.4,
  precision: "high",
  messages: {
    verifyOff: "{{keyword}} on {{call}}() accepts any certificate: anyone on the network path can read and change this traffic, credentials included",
    verifyOffByDefault: "{{keyword}} on {{call}}() turns certificate checks off when {{variable}} is unset: a deployment that forgets the variable accepts any certificate",
    unverifiedContext: "{{name}} builds a TLS context that accepts any certificate: anyone on the network path can read and change this traffic",
    certNone: "verify_mode = CERT_NONE accepts any certificate: anyone on the network path can read and change this traffic",
    sessionVerifyOff: "{{target}} = False makes every request of this session accept any certificate"
  },
  docs: {
    summary: "TLS certificate verification is turned off in code",
    what: `Reports, in production Python code:

- \`verify=False\` on a \`requests\` call or \`requests.Session()\` method, and on an \`httpx\` call or client (\`httpx.Client(verify=False)\`, \`httpx.AsyncClient(\u2026)\`); also when the value is only false because an environment variable is unset (\`verify=os.getenv("SSL_VERIFY", "false") == "true"\`);
- \`session.verify = False\` on a \`requests.Session()\`;
- aiohttp's \`ssl=False\` / \`verify_ssl=False\` on \`TCPConnector\`, \`ClientSession\` and its requests;
- any use of \`ssl._create_unverified_context\` (calling it, or installing it with \`ssl._create_default_https_context = ssl._create_unverified_context\`);
- \`ctx.verify_mode = ssl.CERT_NONE\` and \`cert_reqs=ssl.CERT_NONE\` (or \`"CERT_NONE"\`).

\`ctx.check_hostname = False\` alone is not reported: libraries that match host names themselves (urllib3) and server-side contexts set it legitimately.

Imports and aliases are followed. Values that cannot be evaluated (\`verify=settings.VERIFY_TLS\`) are not reported; \`verify="/etc/ssl/internal-ca.pem"\` (a CA bundle) is the fix, not a finding. Files classified as development (\`tests/\`, \`examples/\`\u2026) are skipped.`,
    why: `Certificate verification is what makes TLS more than encryption to a stranger: without it, anyone between the service and its peer \u2014 a compromised router, a hostile Wi-Fi, a cloud neighbour spoofing DNS \u2014 can present any certificate, read the traffic and change it. \`verify=False\` usually arrives during an incident ("the internal API's certificate expired, ship the workaround") and then stays, silently sending API keys, webhook secrets and database credentials to whoever answers. The fix that keeps the service running is to trust the internal CA explicitly.`,
    example: {
      kind: "python",
      path: "app/billing.py",
      code: `import requests


def charge(customer_id: str, cents: int) -> dict:
    response = requests.post(
        "https://billing.internal/charges",
        json={"customer": customer_id, "amount": cents},
        timeout=10,
        verify=False,
    )
    return response.json()
`
    },
    fix: {
      kind: "python",
      path: "app/billing.py",
      code: `import requests

INTERNAL_CA = "/etc/ssl/certs/internal-ca.pem"


def charge(customer_id: str, cents: int) -> dict:
    response = requests.post(
        "https://billing.internal/charges",
        json={"customer": customer_id, "amount": cents},
        timeout=10,
        verify=INTERNAL_CA,
    )
    return response.json()
`
    },
    references: [
      "https://requests.readthedocs.io/en/latest/user/advanced/#ssl-cert-verification",
      "https://www.python-httpx.org/advanced/ssl/",
      "https://docs.aiohttp.org/en/stable/client_advanced.html#ssl-control-for-tcp-sockets",
      "https://docs.python.org/3/library/ssl.html#ssl.SSLContext.verify_mode",
      "https://peps.python.org/pep-0476/"
    ]
  },
  document(doc, ctx) {
    const tree = doc.tree;
    const resolver = resolverFor(tree);
    for (const call of calls(tree.root)) {
      const hit = checkCall2(call, resolver);
      if (hit) ctx.report(hit);
    }
    walk(tree.root, (n) => {
      const hit = n.type === "assignment" ? checkAssignment(n, resolver) : n.type === "attribute" || n.type === "identifier" ? checkReference(n, resolver) : void 0;
      if (hit) ctx.report(hit);
      return n.type !== "attribute";
    });
  }
});
function checkCall2(call, resolver) {
  const name = importedCallee(call, resolver);
  if (name === null) return void 0;
  const http = httpCall(call, resolver);
  if (http && (http.library === "requests" || http.library === "httpx")) return offKeyword(call, "verify", shortLibraryName(http.name), resolver);
  if (AIOHTTP_SSL_OWNERS.test(name)) {
    return offKeyword(call, "ssl", shortLibraryName(name), resolver) ?? offKeyword(call, "verify_ssl", shortLibraryName(name), resolver);
  }
  const certReqs = kwarg(call, "cert_reqs");
  if (certReqs && isCertNone(certReqs.value, resolver)) return { messageId: "certNone", data: {}, span: certReqs.node.span };
  return void 0;
}
function offKeyword(call, keyword, shown, resolver) {
  const kw = kwarg(call, keyword);
  if (!kw) return void 0;
  const { value: value2, variables } = evaluateUnsetEnv(kw.value, resolver);
  if (value2.kind === "none" || truthy(value2) !== false || value2.kind === "string") return void 0;
  const data = { keyword: kw.node.text.replace(/\s+/g, ""), call: shown, variable: variables[0] ?? "" };
  return { messageId: variables.length ? "verifyOffByDefault" : "verifyOff", data, span: kw.node.span };
}
function checkAssignment(assignment, resolver) {
  const left = assignment.child("left");
  const right = assignment.child("right");
  if (!left || !right || left.type !== "attribute") return void 0;
  const attr = left.child("attribute")?.text;
  if (left.child("object")?.text === "self") return void 0;
  if (attr === "verify_mode" && isCertNone(right, resolver)) return { messageId: "certNone", data: {}, span: assignment.span };
  if (attr === "verify" && right.type === "false") {
    const owner = resolver.qualifiedName(left.child("object")) ?? "";
    if (/^requests\.(sessions\.)?[Ss]ession$/.test(owner)) return { messageId: "sessionVerifyOff", data: { target: left.text }, span: assignment.span };
  }
  return void 0;
}
function checkReference(node, resolver) {
  if (node.parent?.type === "function_definition" && node.field === "name") return void 0;
  if (closest(node, ["import_statement", "import_from_statement"])) return void 0;
  if (node.type === "identifier" && !node.text.includes("unverified")) return void 0;
  if (node.type === "attribute" && node.child("attribute")?.text !== "_create_unverified_context") return void 0;
  const r = resolver.resolve(node);
  if (!r || r.root !== "import" || !UNVERIFIED_CONTEXT.has(r.name)) return void 0;
  return { messageId: "unverifiedContext", data: { name: node.text }, span: node.span };
}
function isCertNone(expr, resolver) {
  if (expr.type === "string") return /^[rbu]*["']CERT_NONE["']$/i.test(expr.text);
  const r = resolver.resolve(expr);
  return r !== null && r.root === "import" && CERT_NONE.has(r.name);
}

// src/python/service-scope.ts
import { posix as posix16 } from "node:path";
var ROUTE_DECORATORS = /* @__PURE__ */ new Set(["route", "get", "post", "put", "patch", "delete", "head", "options", "api_route", "websocket", "view"]);
var TASK_DECORATORS = /* @__PURE__ */ new Set(["task", "shared_task", "periodic_task", "db_task", "db_periodic_task", "actor", "job"]);
var BOT_DECORATORS = /^(message|edited_message|callback_query|inline_query|channel_post|chat_member|my_chat_member|pre_checkout_query|shipping_query|[a-z_]+_handler|event|listener)$/;
function serviceScope(node, path) {
  const loop = enclosingLoops(node).find((l) => isLongRunningLoop(l.node) && !endsOnSuccess(l.node));
  if (loop) return { kind: "worker-loop", anchor: loop.node };
  const fn = enclosingFunction(node);
  if (!fn || fn.kind !== "def") return void 0;
  return handlerScope(fn, path);
}
function endsOnSuccess(loop) {
  let found = false;
  walk(loop.child("body") ?? loop, (n) => {
    if (found || n.type === "while_statement" || n.type === "for_statement" || n.type === "if_statement" || n.type === "function_definition" || n.type === "lambda" || n.type === "class_definition" || n.type === "except_clause") return false;
    if (n.type === "break_statement" || n.type === "return_statement") found = true;
    return !found;
  });
  return found;
}
function handlerScope(fn, path) {
  const decorated = fn.node.parent?.type === "decorated_definition" ? fn.node.parent : void 0;
  for (const d of decorated?.children ?? []) {
    if (d.type !== "decorator") continue;
    const last2 = decoratorName(d)?.split(".").pop();
    if (!last2) continue;
    const hasReceiver = (decoratorName(d) ?? "").includes(".");
    if (hasReceiver && ROUTE_DECORATORS.has(last2)) return { kind: "request-handler", anchor: d, name: fn.name ?? "" };
    if (TASK_DECORATORS.has(last2)) return { kind: "task", anchor: d, name: fn.name ?? "" };
    if (hasReceiver && BOT_DECORATORS.test(last2)) return { kind: "bot-handler", anchor: d, name: fn.name ?? "" };
  }
  if (isDjangoViewModule(path) && firstParameter(fn) === "request" && !fn.name?.startsWith("_")) {
    return { kind: "request-handler", anchor: fn.node, name: fn.name ?? "" };
  }
  return void 0;
}
function decoratorName(decorator) {
  let expr = decorator.namedChildren.find((c) => c.type !== "comment");
  if (expr?.type === "call") expr = expr.child("function");
  return expr ? dottedName(expr) : null;
}
function isDjangoViewModule(path) {
  const base = posix16.basename(path);
  return base === "views.py" || posix16.basename(posix16.dirname(path)) === "views";
}
function firstParameter(fn) {
  const params = fn.node.child("parameters")?.namedChildren ?? [];
  const first = params.find((p) => p.type !== "comment" && p.text !== "self");
  if (!first) return void 0;
  return first.type === "identifier" ? first.text : first.child("name")?.text ?? first.namedChildren[0]?.text;
}
function describeScope(scope) {
  switch (scope.kind) {
    case "worker-loop":
      return "the worker loop";
    case "request-handler":
      return `request handler ${scope.name}()`;
    case "task":
      return `task ${scope.name}()`;
    case "bot-handler":
      return `bot handler ${scope.name}()`;
  }
}

// rules/PY015-subprocess-without-timeout.ts
var WAITING_FUNCTIONS = /* @__PURE__ */ new Set([
  "subprocess.run",
  "subprocess.call",
  "subprocess.check_call",
  "subprocess.check_output"
]);
var WAITING_METHODS = /* @__PURE__ */ new Set(["communicate", "wait"]);
var POPEN = /* @__PURE__ */ new Set(["subprocess.Popen"]);
var PY015_subprocess_without_timeout_default = defineRule({
  id: "PY015",
  name: "subprocess-without-timeout",
  severity: "warning",
  category: "reliability",
  productionOnly: true,
  kinds: ["python"],
  triggers: ["subprocess"],
  precision: "high",
  messages: {
    missing: "{{call}}() in {{scope}} has no timeout: a child process that hangs (a stalled network mount, a prompt waiting for input, a deadlocked tool) blocks it forever",
    none: "timeout=None on {{call}}() in {{scope}} waits forever for the child process"
  },
  docs: {
    summary: "A long-running service waits for a child process with no time bound",
    what: `Reports \`subprocess.run/call/check_call/check_output(\u2026)\` without \`timeout=\` (or with \`timeout=None\`), and \`.communicate()\`/\`.wait()\` on a \`subprocess.Popen(\u2026)\` object without one, when the call runs for the life of a service:

- in the body of a long-running loop (\`while True:\`, \`while not stop.is_set():\`, \`for _ in itertools.count():\`) of the same function;
- in a web request handler (a function decorated with \`@app.get/post/\u2026\`, \`@router.\u2026\`, \`@bp.route\`, \`@app.api_route\`, \`@app.websocket\`, or a function in a Django \`views.py\` whose first parameter is \`request\`);
- in a task-queue job (\`@app.task\`, \`@shared_task\`, \`@dramatiq.actor\`, Huey \`@huey.task\`, RQ \`@job\`);
- in a bot update handler (\`@dp.message(\u2026)\`, \`@router.callback_query(\u2026)\`, \`@bot.message_handler(\u2026)\`).

Imports and aliases are followed (\`from subprocess import run\`, \`import subprocess as sp\`, \`p = subprocess.Popen(\u2026)\`, \`with subprocess.Popen(\u2026) as p:\`). Not reported: one-shot code (module level, CLI functions, functions outside these scopes), calls with \`**kwargs\` (a timeout may be in them), and files classified as development. Limits: helpers called from a handler are not followed; \`asyncio\` subprocesses are not covered (\`asyncio.wait_for\` is their bound).`,
    why: `A worker that shells out waits as long as the child runs. When the child hangs \u2014 \`git\` waiting for credentials on a prompt nobody sees, \`ffmpeg\` on a truncated stream, a tool blocked on a stale NFS mount \u2014 the worker's iteration never ends: jobs pile up, and a watchdog that measures iteration progress kills the process, which restarts into the same hang. One team's incident audit of a bot that crash-looped on Railway ended in a hard per-iteration timeout, because one stuck call had frozen the whole loop; a request handler that shells out without a bound pins a server thread the same way until the pool is exhausted.`,
    example: {
      kind: "python",
      path: "worker/thumbnails.py",
      code: `import subprocess
import time


def run_forever(queue) -> None:
    while True:
        job = queue.pop()
        subprocess.run(["ffmpeg", "-i", job.source, job.target], check=True)
        time.sleep(1)
`
    },
    fix: {
      kind: "python",
      path: "worker/thumbnails.py",
      code: `import subprocess
import time


def run_forever(queue) -> None:
    while True:
        job = queue.pop()
        subprocess.run(["ffmpeg", "-i", job.source, job.target], check=True, timeout=300)
        time.sleep(1)
`
    },
    references: ["https://docs.python.org/3/library/subprocess.html#subprocess.run", "https://docs.python.org/3/library/subprocess.html#subprocess.Popen.communicate"]
  },
  document(doc, ctx) {
    const tree = doc.tree;
    const resolver = resolverFor(tree);
    for (const call of calls(tree.root)) {
      const name = importedCallee(call, resolver);
      if (name === null) continue;
      const shown = waitingCall(name);
      if (!shown) continue;
      const timeout = kwarg(call, "timeout");
      const isNone = timeout !== void 0 && literalOf(timeout.value).kind === "none";
      if (timeout && !isNone) continue;
      if (!timeout && (callArguments(call).hasStarKwargs || positionalTimeout(call, name))) continue;
      const scope = serviceScope(call, doc.source.path);
      if (!scope) continue;
      const data = { call: shown, scope: describeScope(scope) };
      if (isNone) ctx.report({ messageId: "none", data, span: timeout.node.span });
      else ctx.report({ messageId: "missing", data, span: call.child("function").span });
    }
  }
});
function waitingCall(name) {
  if (WAITING_FUNCTIONS.has(name)) return name;
  const dot = name.lastIndexOf(".");
  const owner = name.slice(0, dot);
  const method = name.slice(dot + 1);
  if (POPEN.has(owner) && WAITING_METHODS.has(method)) return `Popen.${method}`;
  return void 0;
}
function positionalTimeout(call, name) {
  const positional = callArguments(call).positional.length;
  if (name.endsWith(".wait")) return positional >= 1;
  if (name.endsWith(".communicate")) return positional >= 2;
  return false;
}

// rules/PY016-allowed-hosts-wildcard.ts
var PY016_allowed_hosts_wildcard_default = defineRule({
  id: "PY016",
  name: "allowed-hosts-wildcard",
  severity: "warning",
  category: "security",
  productionOnly: true,
  kinds: ["python"],
  triggers: ["ALLOWED_HOSTS"],
  securitySeverity: 5.4,
  precision: "high",
  messages: {
    wildcard: "ALLOWED_HOSTS accepts any Host header ('*') in these production settings: links Django builds from the request (password resets, absolute URLs) can point at an attacker's domain",
    wildcardByDefault: "ALLOWED_HOSTS is '*' when {{variable}} is unset: a deployment that forgets the variable accepts any Host header"
  },
  docs: {
    summary: "Django accepts any Host header ('*') in production settings",
    what: `In a Django settings module that production runs (the same modules PY001 judges: \`settings.py\`, a \`settings/\` package module, any module assigning \`INSTALLED_APPS\`; not files named for development, local, test or CI, not templates, not base modules that environment settings override, and not a module that sets \`DEBUG = True\` outright), reports the last top-level \`ALLOWED_HOSTS = \u2026\` when it contains \`'*'\` \u2014 written out (\`['*']\`, \`('*',)\`) or as the value it takes when the environment is empty (\`os.getenv("ALLOWED_HOSTS", "*").split(",")\`, \`env.list("ALLOWED_HOSTS", default=["*"])\`, \`config("ALLOWED_HOSTS", default="*", cast=Csv())\`). Subdomain patterns (\`'.example.com'\`) are fine. Limits: hosts added later (\`ALLOWED_HOSTS += [\u2026]\`) or in another module are not followed.`,
    why: `Django uses the request's \`Host\` header to build absolute URLs \u2014 password-reset and sign-up e-mails, redirects, \`request.build_absolute_uri()\`. With \`ALLOWED_HOSTS = ['*']\` any value is accepted: an attacker requests a password reset for a victim with \`Host: attacker.example\`, and the victim receives a genuine e-mail whose link sends the reset token to the attacker; a cache in front of the site can be poisoned the same way. The wildcard is usually added to get past a \`DisallowedHost\` error during a first deploy and never removed.`,
    example: {
      kind: "python",
      path: "mysite/settings.py",
      code: `import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["*"]
INSTALLED_APPS = ["django.contrib.auth", "shop"]
`
    },
    fix: {
      kind: "python",
      path: "mysite/settings.py",
      code: `import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = os.environ["DJANGO_ALLOWED_HOSTS"].split(",")
INSTALLED_APPS = ["django.contrib.auth", "shop"]
`
    },
    references: ["https://docs.djangoproject.com/en/stable/ref/settings/#allowed-hosts", "https://docs.djangoproject.com/en/stable/topics/security/#host-headers-virtual-hosting"]
  },
  document(doc, ctx) {
    const tree = doc.tree;
    const assigned = productionSettings(doc.source.path, tree.root, (rel) => ctx.project.exists(rel));
    const value2 = assigned && lastAssignedValue(assigned, "ALLOWED_HOSTS");
    if (!value2) return;
    const { value: v, variables } = evaluateUnsetEnv(value2, resolverFor(tree));
    if (!hasWildcard(v)) return;
    const statement = assigned.get("ALLOWED_HOSTS").at(-1);
    if (variables.length) ctx.report({ messageId: "wildcardByDefault", data: { variable: variables[0] }, span: statement.span });
    else ctx.report({ messageId: "wildcard", span: statement.span });
  }
});
function hasWildcard(v) {
  if (v.kind === "seq") return v.items.some((i) => i.kind === "string" && i.value.trim() === "*");
  if (v.kind === "string") return v.value.split(",").some((p) => p.trim() === "*");
  return false;
}

// rules/PY017-hard-coded-secret-key.ts
var PY017_hard_coded_secret_key_default = defineRule({
  id: "PY017",
  name: "hard-coded-secret-key",
  severity: "error",
  category: "security",
  productionOnly: true,
  kinds: ["python"],
  triggers: ["SECRET_KEY"],
  securitySeverity: 8.1,
  precision: "high",
  messages: {
    literal: "SECRET_KEY is written in these production settings: everyone with the repository can forge session cookies, password-reset links and signed values",
    fallback: "SECRET_KEY falls back to a key written here when {{variable}} is unset: a deployment that forgets the variable signs sessions with a key everyone with the repository has"
  },
  docs: {
    summary: "Django signs sessions with a key written in the repository",
    what: `In a Django settings module that production runs (the modules PY001 and PY016 judge), reports the last top-level \`SECRET_KEY = \u2026\` when it is a non-empty string literal, or when it becomes one because an environment variable is unset: \`os.getenv("SECRET_KEY", "dev-key")\`, \`os.environ.get("SECRET_KEY", "\u2026")\`, \`config("SECRET_KEY", default="\u2026")\`, \`env("SECRET_KEY", default="\u2026")\`. Reading the key without a fallback (\`os.environ["SECRET_KEY"]\`, which fails loudly when unset) or from a file is the fix. Not reported: development-named settings, templates, base modules that production settings override, modules that set \`DEBUG = True\` outright (development settings), and an empty fallback (Django refuses to start without a key).`,
    why: `Django's \`SECRET_KEY\` signs session cookies, password-reset tokens, CSRF tokens and everything made with \`django.core.signing\`. Anyone who has the key \u2014 every contributor, every fork, every leaked copy of the repository, every image layer \u2014 can sign a session cookie for any user id, including a superuser, and log in without a password. A fallback default is the same leak with a delay: the one deployment where the variable is misspelled runs with the public key and nothing fails.`,
    example: {
      kind: "python",
      path: "mysite/settings.py",
      code: `import os

SECRET_KEY = os.getenv("DJANGO_SECRET_KEY", "django-insecure-4f#x9+l2@q")
DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]
INSTALLED_APPS = ["django.contrib.auth", "shop"]
`
    },
    fix: {
      kind: "python",
      path: "mysite/settings.py",
      code: `import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]
INSTALLED_APPS = ["django.contrib.auth", "shop"]
`
    },
    references: ["https://docs.djangoproject.com/en/stable/ref/settings/#secret-key", "https://docs.djangoproject.com/en/stable/howto/deployment/checklist/#secret-key"]
  },
  document(doc, ctx) {
    const tree = doc.tree;
    const assigned = productionSettings(doc.source.path, tree.root, (rel) => ctx.project.exists(rel));
    const value2 = assigned && lastAssignedValue(assigned, "SECRET_KEY");
    if (!value2) return;
    const { value: v, variables } = evaluateUnsetEnv(value2, resolverFor(tree));
    if (v.kind !== "string" || v.value.trim() === "") return;
    const span = value2.span;
    if (variables.length) ctx.report({ messageId: "fallback", data: { variable: variables[0] }, span });
    else ctx.report({ messageId: "literal", span });
  }
});

// src/systemd/unit-name.ts
function unitName(path) {
  const rel = path.replace(/\\/g, "/");
  const base = withoutTemplateSuffix(lastSegment(rel));
  const parentDir = parentPath(rel);
  const parent = lastSegment(parentDir);
  const dropIn = base.endsWith(".conf") && parent.endsWith(".d") && parent.length > 2;
  const unit = dropIn ? parent.slice(0, -2) : base;
  const dir = dropIn ? parentPath(parentDir) : parentDir;
  const dot = unit.lastIndexOf(".");
  const stem = dot === -1 ? unit : unit.slice(0, dot);
  const at = stem.indexOf("@");
  return {
    unit,
    type: unitTypeOf(rel),
    dropIn,
    template: at !== -1 && at === stem.length - 1,
    instance: at !== -1 && at < stem.length - 1,
    prefix: at === -1 ? stem : stem.slice(0, at),
    dir
  };
}
function definingUnit(name) {
  const m = /^([^@]+)@[^.]+(\.[a-z]+)$/.exec(name);
  return m ? `${m[1]}@${m[2]}` : name;
}

// src/systemd/units.ts
var cache5 = /* @__PURE__ */ new WeakMap();
var MAX_TARGET_SIZE = 64 * 1024;
function readTarget(file) {
  const read = diskRead(file.abs, MAX_TARGET_SIZE);
  if (!("text" in read)) return void 0;
  try {
    return parseSystemd(new SourceFile(file.rel, file.abs, read.text), file.environment);
  } catch {
    return void 0;
  }
}
function unitFiles(project) {
  const out = [];
  for (const file of project.files) {
    if (file.kind === "systemd" && file.doc?.kind === "systemd") {
      out.push({ file, doc: file.doc, name: unitName(file.rel) });
    } else if (file.kind === void 0 && file.rel.endsWith(".target") && file.abs !== "") {
      const doc = readTarget(file);
      if (doc) out.push({ file, doc, name: unitName(file.rel) });
    }
  }
  return out;
}
function isTemplated(value2) {
  return /\{\{|\{%|@[A-Za-z_][A-Za-z0-9_]*@|(^|[^$%])\{[A-Za-z_][A-Za-z0-9_]*\}/.test(value2);
}
function push(map, key, value2) {
  const list = map.get(key);
  if (list) list.push(value2);
  else map.set(key, [value2]);
}
var PULLING = ["Wants", "Requires", "Requisite", "BindsTo", "Upholds", "OnFailure", "OnSuccess"];
function buildIndex(project) {
  const mains = /* @__PURE__ */ new Map();
  const dropIns = /* @__PURE__ */ new Map();
  const activations = /* @__PURE__ */ new Map();
  const templatedDirs = /* @__PURE__ */ new Set();
  const all = unitFiles(project);
  for (const u of all) push(u.name.dropIn ? dropIns : mains, u.name.unit, u);
  for (const u of all) {
    const tree = u.doc.tree;
    const { type, prefix } = u.name;
    if (!u.name.dropIn && (type === "timer" || type === "path" || type === "socket")) {
      const section = type === "timer" ? "Timer" : type === "path" ? "Path" : "Socket";
      const key = type === "socket" ? "Service" : "Unit";
      const explicit = lastValue(tree, section, key);
      if (explicit) push(activations, definingUnit(explicit), { by: u, how: `${key}= in ${u.name.unit}` });
      else {
        push(activations, `${prefix}.service`, { by: u, how: u.name.unit });
        if (type === "socket") push(activations, `${prefix}@.service`, { by: u, how: u.name.unit });
      }
    }
    for (const section of tree.sections) {
      for (const d of section.directives) {
        const pulls = section.name === "Unit" && PULLING.includes(d.key) || section.name === "Install" && d.key === "Also";
        if (!pulls) continue;
        if (isTemplated(d.value.text)) templatedDirs.add(u.name.dir);
        for (const w of valueWords(d)) {
          if (w.text !== u.name.unit) push(activations, definingUnit(w.text), { by: u, how: `${d.key}= in ${u.name.unit}` });
        }
      }
    }
  }
  return { mains, dropIns, activations, templatedDirs };
}
function lastValue(tree, section, key) {
  let value2;
  for (const s of tree.sections) if (s.name === section) {
    for (const d of s.directives) if (d.key === key) value2 = d.value.text.trim();
  }
  return value2 || void 0;
}
function indexOf(project) {
  let index = cache5.get(project);
  if (!index) {
    index = buildIndex(project);
    cache5.set(project, index);
  }
  return index;
}
function mainFor(index, dropIn) {
  const candidates = index.mains.get(dropIn.unit) ?? [];
  return candidates.find((c) => c.name.dir === dropIn.dir) ?? (candidates.length === 1 ? candidates[0] : void 0);
}
function unitView(doc, project) {
  if (doc.kind !== "systemd") return void 0;
  const index = indexOf(project);
  const name = unitName(doc.source.path);
  const self = { file: project.byPath.get(doc.source.path) ?? { rel: doc.source.path, abs: "", environment: doc.environment }, doc, name };
  const main = name.dropIn ? mainFor(index, name) : (index.mains.get(name.unit) ?? []).find((m) => m.doc === doc) ?? self;
  const dropIns = (index.dropIns.get(name.unit) ?? []).filter((d) => main ? mainFor(index, d.name)?.doc === main.doc : d.doc === doc);
  if (name.dropIn && !dropIns.some((d) => d.doc === doc)) dropIns.push(self);
  dropIns.sort((a, b) => lastSegment(a.file.rel) < lastSegment(b.file.rel) ? -1 : lastSegment(a.file.rel) > lastSegment(b.file.rel) ? 1 : 0);
  return { main, dropIns, parts: main ? [main, ...dropIns] : dropIns };
}
function declaresOwnSocket(view) {
  const prefix = (view.main ?? view.parts[0])?.name.prefix;
  if (assignments(view, ["Service"], ["Sockets"]).length > 0) return true;
  return listWords(view, "Unit", ["Requires", "Wants", "BindsTo"]).some((w) => w.text === `${prefix}.socket`);
}
function maybePulledByTemplate(view, project) {
  const main = view.main ?? view.parts[0];
  return main !== void 0 && indexOf(project).templatedDirs.has(main.name.dir);
}
function activationsOf(view, project) {
  const unit = view.main?.name.unit ?? view.dropIns[0]?.name.unit;
  if (!unit) return [];
  return (indexOf(project).activations.get(unit) ?? []).filter((a) => !view.parts.some((p) => p.doc === a.by.doc));
}
function assignments(view, sections, keys) {
  let out = [];
  for (const part of view.parts) {
    for (const section of part.doc.tree.sections) {
      if (!sections.includes(section.name)) continue;
      for (const directive of section.directives) {
        if (!keys.includes(directive.key)) continue;
        if (directive.value.text.trim() === "") out = [];
        else out.push({ directive, part });
      }
    }
  }
  return out;
}
function effective(view, section, key) {
  const all = assignments(view, [section], [key]);
  return all[all.length - 1];
}
function effectiveValue(view, section, key) {
  return effective(view, section, key)?.directive.value.text.trim();
}
function valueWords(d) {
  const out = [];
  const t = d.value.text;
  const re = /\S+/g;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    out.push({ text: m[0], span: d.value.spanToFile({ start: m.index, end: m.index + m[0].length }) });
  }
  return out;
}
function listWords(view, section, keys) {
  return assignments(view, [section], keys).flatMap(({ directive, part }) => valueWords(directive).map((w) => ({ ...w, part, directive })));
}
function serviceType(view) {
  const type = effectiveValue(view, "Service", "Type");
  if (type) return type;
  if (effectiveValue(view, "Service", "BusName")) return "dbus";
  if (assignments(view, ["Service"], ["ExecStart"]).length === 0 && view.main) return "oneshot";
  return "simple";
}
function firstHeader(doc) {
  return doc.tree.sections[0]?.headerSpan;
}

// src/systemd/service-program.ts
var INTERPRETER = /^(python[\d.]*|pypy3?|node|nodejs|bun|deno|java|ruby|php[\d.]*|perl|dotnet|mono|elixir|iex|mix|Rscript|julia|lua|luajit|sh|bash|dash|zsh|ksh)$/;
var APP_PROGRAMS = /* @__PURE__ */ new Set([
  "gunicorn",
  "uvicorn",
  "hypercorn",
  "daphne",
  "waitress-serve",
  "granian",
  "celery",
  "rq",
  "dramatiq",
  "huey_consumer",
  "huey_consumer.py",
  "arq",
  "streamlit",
  "flask",
  "django-admin",
  "manage.py",
  "npm",
  "yarn",
  "pnpm",
  "npx",
  "pm2",
  "pm2-runtime",
  "forever",
  "ts-node",
  "tsx",
  "bundle",
  "rails",
  "rackup",
  "puma",
  "unicorn",
  "sidekiq",
  "thin",
  "jupyter",
  "jupyterhub",
  "gradle",
  "mvn"
]);
var SCRIPT = /\.(py|pyw|js|mjs|cjs|ts|rb|php|pl|sh|bash|jar|dll|exs|lua|R)$/;
var FHS_TOP = /* @__PURE__ */ new Set(["bin", "sbin", "lib", "lib32", "lib64", "libx32", "usr", "etc", "var", "opt", "srv", "home", "root", "boot", "dev", "proc", "sys", "run", "tmp", "mnt", "media", "snap", "nix", "gnu"]);
function locationOf(path) {
  if (path.startsWith("~") || path.startsWith("%h") || path.startsWith("$HOME") || path.startsWith("${HOME}")) return "application";
  if (!path.startsWith("/")) return path.includes("/") ? "application" : "unknown";
  const parts = path.split("/").filter((p) => p !== "");
  const [top, second] = parts;
  if (top === void 0) return "unknown";
  if (!FHS_TOP.has(top)) return "application";
  switch (top) {
    case "opt":
    case "srv":
    case "home":
    case "root":
    case "mnt":
    case "media":
      return "application";
    case "usr":
      return second === "local" ? "application" : "system";
    case "var":
      return second === "www" ? "application" : "unknown";
    case "bin":
    case "sbin":
    case "lib":
    case "lib32":
    case "lib64":
    case "libx32":
    case "etc":
      return "system";
    default:
      return "unknown";
  }
}
function isFlag(w) {
  return w.value !== null && w.value.startsWith("-");
}
function commandKind(cmd) {
  if (cmd.wrappers.includes("python -m")) return "application";
  const program = cmd.argv[0]?.value;
  const name = baseName(program);
  if (program === void 0 || program === null || name === void 0) return "unknown";
  if (isTemplated(program)) return "unknown";
  if (INTERPRETER.test(name) || APP_PROGRAMS.has(name)) {
    const args = cmd.argv.slice(1);
    if (/^(sh|bash|dash|zsh|ksh)$/.test(name) && args.some((w) => w.value !== null && /^-[a-zA-Z]*c[a-zA-Z]*$/.test(w.value))) return "unknown";
    const target = args.find((w) => !isFlag(w) && w.value !== null && (w.value.includes("/") || SCRIPT.test(w.value)));
    if (target?.value) return isTemplated(target.value) ? "unknown" : locationOf(target.value) === "system" ? "system" : "application";
    if (APP_PROGRAMS.has(name)) return "application";
    return args.some((w) => !isFlag(w)) ? "application" : "unknown";
  }
  if (SCRIPT.test(name) && !program.includes("/")) return "application";
  return locationOf(program);
}
function startCommands(view, project) {
  const out = [];
  for (const { directive, part } of assignments(view, ["Service"], ["ExecStart"])) {
    const facts = project.byPath.get(part.file.rel)?.facts;
    for (const cmd of facts?.commands ?? []) {
      if (cmd.carrier.label === "ExecStart" && cmd.carrier.span.start === directive.span.start) out.push(cmd);
    }
  }
  return out;
}
function serviceKind(view, project) {
  let kind = "unknown";
  for (const cmd of startCommands(view, project)) {
    const k = commandKind(cmd);
    if (k === "application") return "application";
    if (k === "system") kind = "system";
  }
  return kind;
}
function isUserUnit(view) {
  const main = view.main ?? view.parts[0];
  if (!main) return false;
  if (/(^|\/)user\//.test(main.file.rel)) return true;
  const targets = assignments(view, ["Install"], ["WantedBy", "RequiredBy"]).flatMap((s) => s.directive.value.text.trim().split(/\s+/));
  return targets.length > 0 && targets.every((t) => t === "default.target");
}
function isOsPlumbing(view, project) {
  const dd = assignments(view, ["Unit"], ["DefaultDependencies"]);
  if (/^(0|no|n|false|f|off)$/i.test(dd[dd.length - 1]?.directive.value.text.trim() ?? "")) return true;
  return startCommands(view, project).some((cmd) => /^(\/(usr\/)?lib\/systemd\/|systemd-)/.test(cmd.argv[0]?.value ?? ""));
}

// rules/SD001-no-restart.ts
var SD001_no_restart_default = defineRule({
  id: "SD001",
  name: "no-restart",
  severity: "warning",
  category: "reliability",
  productionOnly: true,
  kinds: ["systemd"],
  triggers: ["[Service]"],
  precision: "high",
  messages: {
    missing: "{{unit}} has no Restart=: when the process dies, systemd leaves the service down until someone restarts it",
    disabled: "Restart=no: when the process dies, systemd leaves the service down until someone restarts it"
  },
  docs: {
    summary: "A long-running systemd service is never restarted when it dies",
    what: `Reports a \`.service\` unit whose \`[Service]\` section has no \`Restart=\` (anchored on the \`[Service]\` header) or sets \`Restart=no\` (anchored on the value). A \`Restart=\` in one of the unit's drop-ins in the project (\`app.service.d/*.conf\`) counts; a drop-in alone is never reported, since the unit it extends may set it.

Skipped: \`Type=oneshot\` jobs (and services with \`RemainAfterExit=yes\`), services started by a \`.timer\`, \`.socket\` or \`.path\` unit of the same name (or one whose \`Unit=\`/\`Service=\` names it) in the project, or that declare their socket (\`Sockets=\`, or \`Requires=\`/\`Wants=\` on the \`.socket\` of their own name) \u2014 socket activation starts them again on the next connection and timers on the next tick \u2014 D-Bus services (\`Type=dbus\` or \`BusName=\`), which the bus starts again on the next call, and operating-system plumbing: systemd's own components (\`ExecStart=\` under \`/lib/systemd/\` or a bare \`systemd-*\` program) and units with \`DefaultDependencies=no\` (emergency shells, early-boot helpers); and user units (a \`user/\` directory in the path, or \`WantedBy=default.target\` only), which belong to a login session \u2014 tray icons, agents \u2014 rather than to a server.`,
    why: `systemd's default is \`Restart=no\`. The first unhandled exception, out-of-memory kill or segfault ends the service, and \`systemctl status\` shows it failed until a person notices \u2014 a health-check cron job that restarts it minutes later is a poor substitute. The Django service in one incident hung and died repeatedly until the unit got \`Restart=always\` with \`RestartSec=10\` (and start limits, so a broken release does not loop forever).`,
    example: {
      kind: "systemd",
      path: "deploy/bot.service",
      code: "[Unit]\nDescription=Telegram bot\nAfter=network-online.target\nWants=network-online.target\n\n[Service]\nUser=bot\nWorkingDirectory=/opt/bot\nExecStart=/opt/bot/.venv/bin/python -m bot\n\n[Install]\nWantedBy=multi-user.target\n"
    },
    fix: {
      kind: "systemd",
      path: "deploy/bot.service",
      code: "[Unit]\nDescription=Telegram bot\nAfter=network-online.target\nWants=network-online.target\nStartLimitIntervalSec=300\nStartLimitBurst=5\n\n[Service]\nUser=bot\nWorkingDirectory=/opt/bot\nExecStart=/opt/bot/.venv/bin/python -m bot\nRestart=always\nRestartSec=10\n\n[Install]\nWantedBy=multi-user.target\n"
    },
    references: [
      "https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html#Restart=",
      "https://www.freedesktop.org/software/systemd/man/latest/systemd.unit.html#StartLimitIntervalSec=interval"
    ]
  },
  document(doc, ctx) {
    const view = unitView(doc, ctx.project);
    if (!view?.main || view.main.name.type !== "service" || view.main.name.instance) return;
    const service = view.main.doc.tree.sections.find((s) => s.name === "Service");
    if (!service) return;
    const type = serviceType(view);
    if (type === "oneshot" || type === "dbus") return;
    if (/^(1|yes|y|true|t|on)$/i.test(effective(view, "Service", "RemainAfterExit")?.directive.value.text.trim() ?? "")) return;
    if (effective(view, "Service", "BusName")) return;
    if (isOsPlumbing(view, ctx.project) || declaresOwnSocket(view) || isUserUnit(view)) return;
    if (activationsOf(view, ctx.project).some((a) => ["timer", "socket", "path"].includes(a.by.name.type ?? "") && !a.by.name.dropIn)) return;
    const restart = effective(view, "Service", "Restart");
    if (!restart) {
      if (view.main.doc === doc) ctx.report({ messageId: "missing", data: { unit: view.main.name.unit }, span: service.headerSpan });
    } else if (restart.directive.value.text.trim() === "no" && restart.part.doc === doc) {
      ctx.report({ messageId: "disabled", span: restart.directive.valueSpan });
    }
  }
});

// src/systemd/suggest.ts
function editDistance(a, b) {
  const rows = a.length + 1;
  const cols = b.length + 1;
  let before = new Array(cols).fill(0);
  let previous = Array.from({ length: cols }, (_, j) => j);
  let current = new Array(cols).fill(0);
  for (let i = 1; i < rows; i++) {
    current[0] = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (before[j - 2] ?? 0) + 1);
      }
      current[j] = best;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[cols - 1] ?? 0;
}
function maxSuggestionDistance(word) {
  return word.length <= 4 ? 1 : 2;
}
function closestMatch(word, candidates) {
  const lower = word.toLowerCase();
  const limit = maxSuggestionDistance(word);
  let best;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - word.length) > limit) continue;
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
function otherSections(section, unitType) {
  const type = unitType ?? typeOwningSection(section);
  const pool = type !== void 0 ? SECTIONS_BY_UNIT_TYPE[type] : ALL_SECTIONS;
  return pool.filter((name) => name !== section);
}
function typeOwningSection(section) {
  for (const [type, sections] of Object.entries(SECTIONS_BY_UNIT_TYPE)) {
    if (section !== "Unit" && section !== "Install" && sections.includes(section)) return type;
  }
  return void 0;
}
function suggestableKeys(section) {
  const keys = sectionDirectives(section).filter((info) => info.deprecated?.ignored !== true);
  keys.sort((a, b) => Number(a.deprecated !== void 0) - Number(b.deprecated !== void 0));
  return keys.map((info) => info.name);
}
function findIgnoringCase(section, key) {
  const lower = key.toLowerCase();
  return sectionDirectives(section).find((info) => info.name.toLowerCase() === lower)?.name;
}
function suggestDirective(section, key, unitType) {
  if (isExtensionName(key) || directiveInfo(section, key) !== void 0) return void 0;
  const others = otherSections(section, unitType);
  const sameSectionCase = findIgnoringCase(section, key);
  if (sameSectionCase !== void 0) {
    return {
      reason: "case",
      name: sameSectionCase,
      section,
      message: `did you mean \`${sameSectionCase}=\`? (keys are case-sensitive)`
    };
  }
  for (const other of others) {
    const name = directiveInfo(other, key) !== void 0 ? key : findIgnoringCase(other, key);
    if (name !== void 0) {
      return { reason: "section", name, section: other, message: `\`${name}=\` belongs in [${other}]` };
    }
  }
  const elsewhere = ALL_SECTIONS.find(
    (other) => other !== section && !others.includes(other) && directiveInfo(other, key) !== void 0
  );
  if (elsewhere !== void 0) {
    const type = unitType ?? typeOwningSection(section);
    const unit = type !== void 0 ? `a .${type} unit` : `[${section}]`;
    return {
      reason: "unit-type",
      name: key,
      section: elsewhere,
      message: `\`${key}=\` is a [${elsewhere}] setting; ${unit} does not take it`
    };
  }
  const near = closestMatch(key, suggestableKeys(section));
  if (near !== void 0) {
    return { reason: "typo", name: near, section, message: `did you mean \`${near}=\`?` };
  }
  for (const other of others) {
    const nearOther = closestMatch(key, suggestableKeys(other));
    if (nearOther !== void 0) {
      return { reason: "typo", name: nearOther, section: other, message: `did you mean \`${nearOther}=\` in [${other}]?` };
    }
  }
  return void 0;
}
function suggestSection(section, unitType) {
  if (isKnownSection(section, unitType)) return void 0;
  const pool = unitType !== void 0 ? SECTIONS_BY_UNIT_TYPE[unitType] : ALL_SECTIONS;
  const lower = section.toLowerCase();
  const sameCase = pool.find((name) => name.toLowerCase() === lower);
  if (sameCase !== void 0) {
    return { reason: "case", name: sameCase, message: `did you mean [${sameCase}]? (section names are case-sensitive)` };
  }
  if (unitType !== void 0 && isKnownSection(section)) {
    return {
      reason: "wrong-type",
      name: section,
      message: `a .${unitType} unit has no [${section}] section; it takes ${pool.map((name) => `[${name}]`).join(", ")}`
    };
  }
  const near = closestMatch(section, pool);
  if (near !== void 0) return { reason: "typo", name: near, message: `did you mean [${near}]?` };
  return void 0;
}

// src/systemd/values.ts
var TRUE_WORDS2 = ["1", "yes", "y", "true", "t", "on"];
var FALSE_WORDS2 = ["0", "no", "n", "false", "f", "off"];
function isBlank2(ch) {
  return ch === " " || ch === "	" || ch === "\n" || ch === "\r";
}
function trimBlanks(text) {
  let start = 0;
  let end = text.length;
  while (start < end && isBlank2(text[start])) start++;
  while (end > start && isBlank2(text[end - 1])) end--;
  return text.slice(start, end);
}
function parseBoolean(value2) {
  const word = trimBlanks(value2).toLowerCase();
  if (TRUE_WORDS2.includes(word)) return true;
  if (FALSE_WORDS2.includes(word)) return false;
  return void 0;
}
var USEC_PER_SEC = 1e6;
var TIME_UNITS = [
  ["seconds", USEC_PER_SEC],
  ["second", USEC_PER_SEC],
  ["sec", USEC_PER_SEC],
  ["s", USEC_PER_SEC],
  ["minutes", 60 * USEC_PER_SEC],
  ["minute", 60 * USEC_PER_SEC],
  ["min", 60 * USEC_PER_SEC],
  ["months", 2629800 * USEC_PER_SEC],
  ["month", 2629800 * USEC_PER_SEC],
  ["M", 2629800 * USEC_PER_SEC],
  ["msec", 1e3],
  ["ms", 1e3],
  ["m", 60 * USEC_PER_SEC],
  ["hours", 3600 * USEC_PER_SEC],
  ["hour", 3600 * USEC_PER_SEC],
  ["hr", 3600 * USEC_PER_SEC],
  ["h", 3600 * USEC_PER_SEC],
  ["days", 86400 * USEC_PER_SEC],
  ["day", 86400 * USEC_PER_SEC],
  ["d", 86400 * USEC_PER_SEC],
  ["weeks", 604800 * USEC_PER_SEC],
  ["week", 604800 * USEC_PER_SEC],
  ["w", 604800 * USEC_PER_SEC],
  ["years", 31557600 * USEC_PER_SEC],
  ["year", 31557600 * USEC_PER_SEC],
  ["y", 31557600 * USEC_PER_SEC],
  ["usec", 1],
  ["us", 1],
  ["\u03BCs", 1],
  // Greek small letter mu
  ["\xB5s", 1]
  // micro sign
];
var NSEC_UNITS = [...TIME_UNITS, ["nsec", 1e-3], ["ns", 1e-3]];
var DEFAULT_UNIT_USEC = { s: USEC_PER_SEC, us: 1, ns: 1e-3 };
var USEC_LIMIT = 2 ** 64 - 1;
var LLONG_MAX = 2 ** 63 - 1;
function unitAt(text, at, units) {
  let best;
  for (const unit of units) {
    if (text.startsWith(unit[0], at) && (best === void 0 || unit[0].length > best[0].length)) best = unit;
  }
  return best;
}
function parseTimespanUs(value2, defaultUnit = "s") {
  const text = trimBlanks(value2);
  if (text === "infinity") return Infinity;
  const units = defaultUnit === "ns" ? NSEC_UNITS : TIME_UNITS;
  let total = 0;
  let something = false;
  let p = 0;
  for (; ; ) {
    while (isBlank2(text[p])) p++;
    if (p >= text.length) return something ? total : void 0;
    const number = /^\+?(\d+)|^/.exec(text.slice(p));
    const whole = number[1];
    let end = p + number[0].length;
    let fraction = "";
    if (text[end] === ".") {
      const digits = /^\d+/.exec(text.slice(end + 1));
      if (digits === null) return void 0;
      fraction = digits[0];
      end += 1 + fraction.length;
    } else if (whole === void 0) {
      return void 0;
    }
    const afterBlanks = skipBlanks(text, end);
    const unit = unitAt(text, afterBlanks, units);
    let multiplier = DEFAULT_UNIT_USEC[defaultUnit];
    if (unit !== void 0) {
      multiplier = unit[1];
      p = afterBlanks + unit[0].length;
    } else if (afterBlanks === end && end < text.length) {
      return void 0;
    } else {
      p = afterBlanks;
    }
    const integer = Number(whole ?? "0");
    if (integer > LLONG_MAX) return void 0;
    const amount = integer + (fraction === "" ? 0 : Number(`0.${fraction}`));
    total += amount * multiplier;
    if (total >= USEC_LIMIT) return void 0;
    something = true;
  }
}
function skipBlanks(text, from) {
  let i = from;
  while (isBlank2(text[i])) i++;
  return i;
}
function timespanToMs(value2, defaultUnit = "s") {
  const us = parseTimespanUs(value2, defaultUnit);
  return us === void 0 ? void 0 : us / 1e3;
}
function isDynamic(value2) {
  return value2.includes("%") || value2.includes("$");
}
function commentHint(value2) {
  return /\s[#;]/.test(value2) ? " (systemd has no trailing comments: the text after # is part of the value)" : "";
}
function quoted2(value2) {
  return JSON.stringify(value2);
}
function didYouMean(value2, candidates) {
  const lower = value2.toLowerCase();
  const sameCase = candidates.find((candidate) => candidate.toLowerCase() === lower);
  const near = sameCase ?? closestMatch(value2, candidates);
  return near === void 0 ? "" : `; did you mean ${quoted2(near)}?`;
}
function isValidFdName(name) {
  return name.length <= 255 && /^[\x20-\x7e]*$/.test(name) && !name.includes(":");
}
function checkStdio(name, value2, keywords, prefixes) {
  const colon = value2.indexOf(":");
  if (colon >= 0) {
    const prefix = value2.slice(0, colon + 1);
    const argument2 = value2.slice(colon + 1);
    if (!prefixes.includes(prefix)) {
      return `${name}= takes ${listForms(keywords, prefixes)}, not ${quoted2(value2)}`;
    }
    if (prefix === "fd:") {
      if (isValidFdName(argument2)) return void 0;
      return `${name}=fd: needs a file descriptor name of printable characters without ":", not ${quoted2(argument2)}`;
    }
    return argument2.startsWith("/") ? void 0 : `${name}=${prefix} needs an absolute path, not ${quoted2(argument2)}`;
  }
  if (keywords.includes(value2)) return void 0;
  const bare = prefixes.find((prefix) => prefix === `${value2}:` && prefix !== "fd:");
  if (bare !== void 0) return `${name}=${value2} needs a path: ${value2}:/path/to/file`;
  const hints = `${didYouMean(value2, keywords)}${commentHint(value2)}`;
  return `${name}= takes ${listForms(keywords, prefixes)}, not ${quoted2(value2)}${hints}`;
}
function listForms(keywords, prefixes) {
  const shown = keywords.filter((word) => !(word in OBSOLETE_OUTPUT_VALUES) && word !== "fd");
  const forms = prefixes.map((prefix) => prefix === "fd:" ? "fd:NAME" : `${prefix}PATH`);
  return `one of ${[...shown, ...forms].join(", ")}`;
}
function checkKind(name, kind, value2) {
  switch (kind.kind) {
    case "boolean":
      if (parseBoolean(value2) !== void 0) return void 0;
      return `${name}= takes a boolean (yes/no, true/false, on/off, 1/0), not ${quoted2(value2)}${commentHint(value2)}`;
    case "timespan": {
      if (parseTimespanUs(value2, kind.defaultUnit) !== void 0) return void 0;
      if (/^[\s]*-/.test(value2)) return `${name}= takes a time span, which cannot be negative: ${quoted2(value2)}`;
      const example = kind.defaultUnit === "ns" ? "50us, 1ms or 100ns" : "5s, 1min 30s, 500ms or infinity";
      return `${name}= takes a time span such as ${example}, not ${quoted2(value2)}${commentHint(value2)}`;
    }
    case "enum": {
      if (kind.values.includes(value2)) return void 0;
      if (kind.boolean === true && parseBoolean(value2) !== void 0) return void 0;
      const expected = `${kind.boolean === true ? "a boolean or " : ""}one of ${kind.values.join(", ")}`;
      return `${name}= takes ${expected}, not ${quoted2(value2)}${didYouMean(value2, kind.values)}${commentHint(value2)}`;
    }
    case "output":
      return checkStdio(name, value2, OUTPUT_KEYWORDS, OUTPUT_PREFIXES);
    case "input":
      return checkStdio(name, value2, INPUT_KEYWORDS, INPUT_PREFIXES);
    default:
      return void 0;
  }
}
function validateValue(info, value2) {
  const text = trimBlanks(value2);
  if (text === "" || isDynamic(text)) return void 0;
  return checkKind(info.name, info.value, text);
}
function deprecatedValue(info, value2) {
  const text = trimBlanks(value2);
  if (info.value.kind === "enum") return info.value.deprecated?.[text];
  if (info.value.kind === "output") return OBSOLETE_OUTPUT_VALUES[text];
  return void 0;
}

// rules/SD002-restart-storm.ts
var DEFAULT_BURST = 5;
var DEFAULT_RESTART_MS = 100;
function last(settings) {
  return settings[settings.length - 1];
}
var SD002_restart_storm_default = defineRule({
  id: "SD002",
  name: "restart-storm",
  severity: "warning",
  category: "reliability",
  productionOnly: true,
  kinds: ["systemd"],
  triggers: ["Restart", "StartLimit"],
  precision: "high",
  messages: {
    givesUp: 'restarted after {{delay}} with the default start limit (5 starts in 10 s): five quick crashes leave the service failed for good ("start request repeated too quickly")',
    unlimited: "no start limit and a restart delay of {{delay}}: a crashing service restarts in a tight loop forever, burning CPU and flooding the journal",
    raised: "StartLimitBurst={{burst}} with a restart delay of {{delay}}: a crashing service restarts in a tight loop, burning CPU and flooding the journal"
  },
  docs: {
    summary: "A systemd service restarts too fast: it gives up after a few crashes, or loops forever",
    what: `Looks at services with a \`Restart=\` other than \`no\` whose restart delay (\`RestartSec=\`, default 100 ms) is under one second:
- with the default start limits (no \`StartLimitIntervalSec=\`/\`StartLimitBurst=\` in \`[Unit]\`, nor their old forms in \`[Service]\`), it reports the \`RestartSec=\` value, or \`Restart=\` when \`RestartSec=\` is missing: five crashes within ten seconds exhaust the limit;
- with \`StartLimitIntervalSec=0\` (no limit) or \`StartLimitBurst=\` above the default 5, it reports that setting: nothing stops a tight crash loop.
Start limits set explicitly otherwise are taken as a decision. The first case skips system daemons (\`ExecStart=\` in \`/usr/bin\`, \`/sbin\`, \`/lib/systemd\`..., the test of SD004) and units with \`DefaultDependencies=no\`: distributions restart \`getty\` and \`journald\` at once on purpose and rely on the limit. Exponential back-off (\`RestartSteps=\` with \`RestartMaxDelaySec=\` of a second or more, systemd 254+) counts as a slow enough delay. Drop-ins of the unit in the project are merged as systemd would; a drop-in alone is not judged. The defaults assumed are systemd's built-in ones (\`DefaultStartLimitIntervalSec=10s\`, \`DefaultStartLimitBurst=5\`); a host that changes them in \`system.conf\` is not known.`,
    why: `A service that crashes at start (a missing environment variable, a database that is not up yet) is restarted every 100 ms by default. After five attempts in ten seconds systemd stops trying \u2014 "start request repeated too quickly" \u2014 and the service stays failed even once the database is up. The usual reaction is \`StartLimitIntervalSec=0\` (one VPS incident's bot unit had it, safely paired with \`RestartSec=10\`); with a short delay it turns the same crash into an endless loop that burns CPU and floods the journal until someone reads the logs \u2014 a Telegram bot in another incident crash-looped every three minutes before anyone traced it. A delay of several seconds (\`RestartSec=5\`) lets dependencies come up and keeps a loop cheap.`,
    example: {
      kind: "systemd",
      path: "worker.service",
      code: "[Unit]\nDescription=Queue worker\n\n[Service]\nUser=worker\nExecStart=/opt/worker/.venv/bin/celery -A tasks worker\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n"
    },
    fix: {
      kind: "systemd",
      path: "worker.service",
      code: "[Unit]\nDescription=Queue worker\n\n[Service]\nUser=worker\nExecStart=/opt/worker/.venv/bin/celery -A tasks worker\nRestart=on-failure\nRestartSec=5\n\n[Install]\nWantedBy=multi-user.target\n"
    },
    references: [
      "https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html#RestartSec=",
      "https://www.freedesktop.org/software/systemd/man/latest/systemd.unit.html#StartLimitIntervalSec=interval"
    ]
  },
  document(doc, ctx) {
    const view = unitView(doc, ctx.project);
    if (!view?.main || view.main.name.type !== "service") return;
    const restart = effective(view, "Service", "Restart");
    if (!restart || restart.directive.value.text.trim() === "no") return;
    const restartSec = effective(view, "Service", "RestartSec");
    const delayMs = restartSec ? timespanToMs(restartSec.directive.value.text) : DEFAULT_RESTART_MS;
    if (delayMs === void 0 || delayMs >= 1e3) return;
    const maxDelay = effective(view, "Service", "RestartMaxDelaySec");
    const steps = Number(effective(view, "Service", "RestartSteps")?.directive.value.text.trim() ?? "0");
    if (maxDelay && steps > 0 && (timespanToMs(maxDelay.directive.value.text) ?? 0) >= 1e3) return;
    const delay = delayMs === 0 ? "no delay" : `${delayMs} ms`;
    const interval = last(assignments(view, ["Unit", "Service"], ["StartLimitIntervalSec", "StartLimitInterval"]));
    const burst = last(assignments(view, ["Unit", "Service"], ["StartLimitBurst"]));
    if (interval && timespanToMs(interval.directive.value.text) === 0) {
      if (interval.part.doc === doc) ctx.report({ messageId: "unlimited", data: { delay }, span: interval.directive.valueSpan });
      return;
    }
    const burstValue = burst ? Number(burst.directive.value.text.trim()) : DEFAULT_BURST;
    if (burst && Number.isInteger(burstValue) && burstValue > DEFAULT_BURST) {
      if (burst.part.doc === doc) ctx.report({ messageId: "raised", data: { delay, burst: burstValue }, span: burst.directive.valueSpan });
      return;
    }
    if (interval || burst) return;
    if (serviceKind(view, ctx.project) === "system" || isOsPlumbing(view, ctx.project)) return;
    const anchor2 = restartSec ?? restart;
    if (anchor2.part.doc === doc) ctx.report({ messageId: "givesUp", data: { delay }, span: anchor2.directive.valueSpan });
  }
});

// rules/SD003-deprecated-directive.ts
var SILENT_ALIASES = /* @__PURE__ */ new Set([
  "Unit.BindTo",
  "Unit.PropagateReloadTo",
  "Unit.PropagateReloadFrom",
  "Unit.StartLimitInterval",
  "Service.ReadWriteDirectories",
  "Service.ReadOnlyDirectories",
  "Service.InaccessibleDirectories",
  "Socket.ReadWriteDirectories",
  "Socket.ReadOnlyDirectories",
  "Socket.InaccessibleDirectories",
  "Mount.ReadWriteDirectories",
  "Mount.ReadOnlyDirectories",
  "Mount.InaccessibleDirectories",
  "Swap.ReadWriteDirectories",
  "Swap.ReadOnlyDirectories",
  "Swap.InaccessibleDirectories"
]);
var CGROUP_V1 = /^(MemoryLimit|CPUShares|StartupCPUShares|BlockIO\w+|StartupBlockIOWeight)$/;
function stripPeriod(text) {
  return text.replace(/\.\s*$/, "");
}
function describe(info) {
  const dep = info.deprecated;
  if (!dep || SILENT_ALIASES.has(`${info.section}.${info.name}`)) return void 0;
  const use = dep.replacement ? `use ${dep.replacement}` : "remove it";
  if (dep.ignored) {
    const successor = /\buse ([^.;]+)/.exec(dep.note)?.[1];
    return { problem: "was removed from systemd and is ignored", advice: successor ? `use ${successor}` : "remove it" };
  }
  if (CGROUP_V1.test(info.name)) {
    const consequence = info.name === "MemoryLimit" ? ", so the memory cap you rely on goes with it" : "";
    return { problem: `is a deprecated cgroup v1 setting that systemd warns about and is removing${consequence}`, advice: use };
  }
  if (dep.replacement?.startsWith("[Unit] ")) {
    return { problem: "belongs in [Unit]; systemd reads it in [Service] only for compatibility", advice: `move it to [Unit] as ${dep.replacement.slice("[Unit] ".length)}` };
  }
  if (info.name === "PermissionsStartOnly") {
    return { problem: "is deprecated and lifts User= and the sandboxing for every ExecStartPre/Post, ExecReload and ExecStop line at once", advice: 'put "+" in front of only the Exec*= lines that need full privileges' };
  }
  return { problem: "is obsolete and systemd warns about it", advice: use };
}
var SD003_deprecated_directive_default = defineRule({
  id: "SD003",
  name: "deprecated-directive",
  severity: "warning",
  category: "reliability",
  productionOnly: false,
  kinds: ["systemd"],
  triggers: ["="],
  precision: "very-high",
  messages: {
    directive: "{{key}}= {{problem}}: {{advice}}",
    value: "{{note}}: use {{replacement}}"
  },
  docs: {
    summary: "A systemd unit uses a deprecated or removed setting",
    what: `Reports, on the key, settings that systemd deprecated or removed:
- cgroup v1 resource settings: \`MemoryLimit=\` (use \`MemoryMax=\`), \`CPUShares=\`/\`StartupCPUShares=\` (\`CPUWeight=\`/\`StartupCPUWeight=\`), \`BlockIOAccounting=\`, \`BlockIOWeight=\`, \`StartupBlockIOWeight=\`, \`BlockIODeviceWeight=\`, \`BlockIOReadBandwidth=\`, \`BlockIOWriteBandwidth=\` (the \`IO*=\` settings);
- \`[Unit]\` settings written in \`[Service]\`: \`StartLimitInterval=\`, \`StartLimitBurst=\`, \`StartLimitAction=\`, \`FailureAction=\`, \`RebootArgument=\`;
- \`PermissionsStartOnly=\`, \`OnFailureIsolate=\`, \`RequiresOverridable=\`, \`RequisiteOverridable=\`;
- removed settings systemd ignores: \`Capabilities=\`, \`NetClass=\`, \`SysVStartPriority=\`, \`BusPolicy=\`, \`IgnoreOnSnapshot=\`;
- and, on the value, \`KillMode=none\` and \`StandardOutput=\`/\`StandardError=\` \`syslog\`/\`syslog+console\`.
Old spellings that systemd maps silently to the current name with the same effect (\`BindTo=\`, \`ReadWriteDirectories=\`, \`StartLimitInterval=\` in \`[Unit]\`...) are not reported. Unknown keys are SD009's.`,
    why: `Deprecated settings only produce a line in the journal nobody reads, and then they stop working. In one VPS incident the bot's unit capped memory with \`MemoryLimit=2G\`: a cgroup v1 setting that systemd now only translates with a warning and is removing, and ignores entirely as soon as any \`MemoryMax=\`-style setting is present \u2014 the cap you think you have is not guaranteed. \`MemoryMax=\` is the setting that works. \`KillMode=none\` lets processes escape \`systemctl stop\` and keep running next to the restarted service.`,
    example: {
      kind: "systemd",
      path: "telegram-bot.service",
      code: "[Unit]\nDescription=Telegram bot\n\n[Service]\nUser=bot\nExecStart=/opt/bot/.venv/bin/python -m bot\nRestart=always\nRestartSec=10\nMemoryLimit=2G\n\n[Install]\nWantedBy=multi-user.target\n"
    },
    fix: {
      kind: "systemd",
      path: "telegram-bot.service",
      code: "[Unit]\nDescription=Telegram bot\n\n[Service]\nUser=bot\nExecStart=/opt/bot/.venv/bin/python -m bot\nRestart=always\nRestartSec=10\nMemoryMax=2G\n\n[Install]\nWantedBy=multi-user.target\n"
    },
    references: [
      "https://www.freedesktop.org/software/systemd/man/latest/systemd.resource-control.html",
      "https://www.freedesktop.org/software/systemd/man/latest/systemd.unit.html#StartLimitIntervalSec=interval",
      "https://www.freedesktop.org/software/systemd/man/latest/systemd.kill.html#KillMode="
    ]
  },
  document(doc, ctx) {
    for (const section of doc.tree.sections) {
      for (const d of section.directives) {
        const info = directiveInfo(section.name, d.key);
        if (!info) continue;
        const described = describe(info);
        if (described) {
          ctx.report({ messageId: "directive", data: { key: d.key, ...described }, span: d.keySpan });
          continue;
        }
        const value2 = d.value.text.trim();
        const dep = value2 === "" ? void 0 : deprecatedValue(info, value2);
        if (dep) {
          const replacement = dep.replacement === void 0 ? "another value" : dep.replacement.includes("=") ? dep.replacement : `${d.key}=${dep.replacement}`;
          ctx.report({ messageId: "value", data: { note: stripPeriod(dep.note), replacement }, span: d.valueSpan });
        }
      }
    }
  }
});

// rules/SD004-runs-as-root.ts
var SWITCHERS = /* @__PURE__ */ new Set(["runuser", "setpriv", "su", "gosu", "su-exec", "s6-setuidgid", "setuidgid", "chpst"]);
var CONTAINER_CLIENTS = /* @__PURE__ */ new Set(["docker", "docker-compose", "podman", "podman-compose", "nerdctl", "kubectl", "k3s", "runc", "crun"]);
var DROP_FLAG = /^--?(user|uid|setuid|runas|run-as|chuid)(=|$)/;
function dropsPrivileges(cmd) {
  if (cmd.wrappers.some((w) => w === "sudo" || w === "doas" || w === "gosu" || w === "su-exec" || w === "chpst")) return true;
  const names = cmd.raw.map((w) => baseName(w.value) ?? "");
  if (names.some((n) => SWITCHERS.has(n) || CONTAINER_CLIENTS.has(n))) return true;
  return cmd.argv.some((w) => w.value !== null && DROP_FLAG.test(w.value));
}
var SD004_runs_as_root_default = defineRule({
  id: "SD004",
  name: "runs-as-root",
  severity: "warning",
  category: "security",
  securitySeverity: 5,
  productionOnly: true,
  kinds: ["systemd"],
  triggers: ["[Service]"],
  precision: "high",
  messages: {
    implicit: "{{unit}} sets no User=: systemd runs the application as root, so anyone who compromises it owns the host",
    explicit: "User={{user}}: the application runs as root, so anyone who compromises it owns the host"
  },
  docs: {
    summary: "A systemd service runs its application as root",
    what: `Reports an application service that runs as root: \`User=root\` or \`User=0\` (on the value), or no \`User=\` and no \`DynamicUser=yes\` (on the \`[Service]\` header). Drop-ins of the unit in the project are merged; a drop-in alone is not judged.

Only *application* services are checked \u2014 system daemons (\`sshd\`, \`dockerd\`, a distribution's units) start as root by design and drop privileges themselves. A unit is an application when its \`ExecStart=\` runs an interpreter or runtime (\`python\`, \`node\`, \`java\`, \`bash script.sh\`...) or an application server (\`gunicorn\`, \`uvicorn\`, \`celery\`, \`pm2\`...) on code outside the system directories, or a program under \`/opt\`, \`/srv\`, \`/home\`, \`/root\`, \`/var/www\`, \`/usr/local\`, a relative path or a non-standard top-level directory (\`/app\`, \`/v3\`). Programs in \`/usr/bin\`, \`/usr/sbin\`, \`/bin\`, \`/sbin\`, \`/usr/lib*\`, \`/lib*\` count as the system's; bare names (\`inotifywait\`, \`systemctl\`), \`$VARIABLES\` and template placeholders (\`{install_prefix}/bin/app\`) are not judged \u2014 a watcher script that runs \`systemctl reboot\` needs root.

Also skipped: jobs \u2014 \`Type=oneshot\` services and services started by a \`.timer\` or \`.path\` unit in the project, maintenance scripts that often need root and are not reachable from outside; user units (a \`user/\` directory in the path, or \`WantedBy=default.target\` only), which run as their user; commands that switch user themselves (\`runuser\`, \`setpriv\`, \`su\`, \`sudo -u\`, \`gosu\`, \`--user\`/\`--uid\` options) or run containers (\`docker\`, \`podman\`), whose user the image decides.`,
    why: `Without \`User=\`, systemd runs the service as root. A remote-code-execution bug in the bot or API \u2014 a deserialisation flaw, a template injection, a debugger left on \u2014 then gives the attacker the whole machine: every other service's secrets, the database files, SSH keys. One VPS incident's unit ran a Telegram bot, an API and MongoDB from one script with \`User=root\`. A dedicated user (or \`DynamicUser=yes\`) confines the damage to what that user can touch.`,
    example: {
      kind: "systemd",
      path: "api.service",
      code: "[Unit]\nDescription=API\n\n[Service]\nWorkingDirectory=/opt/api\nExecStart=/opt/api/.venv/bin/gunicorn -w 4 -b 127.0.0.1:8000 api.wsgi\nRestart=always\nRestartSec=5\n\n[Install]\nWantedBy=multi-user.target\n"
    },
    fix: {
      kind: "systemd",
      path: "api.service",
      code: "[Unit]\nDescription=API\n\n[Service]\nUser=api\nGroup=api\nWorkingDirectory=/opt/api\nExecStart=/opt/api/.venv/bin/gunicorn -w 4 -b 127.0.0.1:8000 api.wsgi\nRestart=always\nRestartSec=5\n\n[Install]\nWantedBy=multi-user.target\n"
    },
    references: [
      "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#User=",
      "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#DynamicUser="
    ]
  },
  document(doc, ctx) {
    const view = unitView(doc, ctx.project);
    if (!view?.main || view.main.name.type !== "service") return;
    const service = view.main.doc.tree.sections.find((s) => s.name === "Service");
    if (!service || isUserUnit(view)) return;
    if (serviceType(view) === "oneshot") return;
    if (activationsOf(view, ctx.project).some((a) => a.by.name.type === "timer" || a.by.name.type === "path")) return;
    const commands = startCommands(view, ctx.project);
    if (commands.some(dropsPrivileges)) return;
    const kind = serviceKind(view, ctx.project);
    const user = effective(view, "Service", "User");
    if (user) {
      const name = user.directive.value.text.trim();
      if ((name === "root" || name === "0") && kind === "application" && user.part.doc === doc) {
        ctx.report({ messageId: "explicit", data: { user: name }, span: user.directive.valueSpan });
      }
      return;
    }
    if (parseBoolean(effective(view, "Service", "DynamicUser")?.directive.value.text ?? "") === true) return;
    if (kind !== "application" || view.main.doc !== doc) return;
    ctx.report({ messageId: "implicit", data: { unit: view.main.name.unit }, span: service.headerSpan });
  }
});

// rules/SD005-forking-without-pidfile.ts
var SD005_forking_without_pidfile_default = defineRule({
  id: "SD005",
  name: "forking-without-pidfile",
  severity: "warning",
  category: "reliability",
  productionOnly: true,
  kinds: ["systemd"],
  triggers: ["forking"],
  precision: "very-high",
  messages: {
    noPidFile: "Type=forking without PIDFile=: systemd has to guess the main process, and with a script that backgrounds several programs it tracks the wrong one, so stop, restart and failure detection misfire"
  },
  docs: {
    summary: "A Type=forking service does not tell systemd which process is the main one",
    what: `Reports \`Type=forking\` (on the value) when the unit sets no \`PIDFile=\`. Drop-ins of the unit in the project are merged, so a \`PIDFile=\` in \`app.service.d/*.conf\` counts; a drop-in alone is not judged.`,
    why: `With \`Type=forking\`, systemd waits for the start command to exit and then has to work out which of the processes it left behind is the service. Without \`PIDFile=\` it guesses; a start script that backgrounds MongoDB, an API and a bot (as in one VPS incident, whose unit was \`Type=forking\` running \`start_all_services.sh\`) leaves several candidates. systemd may pick the wrong one or none: the unit shows "active" while the bot is dead, \`Restart=\` never fires for the process that matters, and \`systemctl stop\` kills everything at once. Better still than a PID file: run one program per unit in the foreground with \`Type=simple\`/\`exec\` (or \`notify\`).`,
    example: {
      kind: "systemd",
      path: "app.service",
      code: "[Unit]\nDescription=App\n\n[Service]\nType=forking\nUser=app\nExecStart=/opt/app/bin/appd --daemon\nRestart=on-failure\nRestartSec=5\n\n[Install]\nWantedBy=multi-user.target\n"
    },
    fix: {
      kind: "systemd",
      path: "app.service",
      code: "[Unit]\nDescription=App\n\n[Service]\nType=forking\nUser=app\nPIDFile=/run/app/appd.pid\nRuntimeDirectory=app\nExecStart=/opt/app/bin/appd --daemon --pidfile /run/app/appd.pid\nRestart=on-failure\nRestartSec=5\n\n[Install]\nWantedBy=multi-user.target\n"
    },
    references: ["https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html#Type=", "https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html#PIDFile="]
  },
  document(doc, ctx) {
    const view = unitView(doc, ctx.project);
    if (!view?.main || view.main.name.type !== "service") return;
    const type = effective(view, "Service", "Type");
    if (type?.directive.value.text.trim() !== "forking") return;
    if (effective(view, "Service", "PIDFile") || type.part.doc !== doc) return;
    ctx.report({ messageId: "noPidFile", span: type.directive.valueSpan });
  }
});

// src/systemd/network-role.ts
var CLIENT_WORDS = /* @__PURE__ */ new Set([
  "bot",
  "bots",
  "telegram",
  "discord",
  "slack",
  "worker",
  "workers",
  "consumer",
  "consumers",
  "client",
  "agent",
  "poller",
  "polling",
  "scraper",
  "crawler",
  "fetcher",
  "sync",
  "syncer",
  "notifier",
  "scheduler",
  "beat",
  "backup",
  "uploader",
  "downloader",
  "forwarder",
  "tunnel",
  "vpn",
  "mqtt"
]);
var SERVER_WORDS = /* @__PURE__ */ new Set([
  "server",
  "api",
  "web",
  "webserver",
  "webapp",
  "http",
  "https",
  "www",
  "site",
  "gateway",
  "proxy",
  "frontend",
  "dashboard",
  "webhook",
  "webhooks",
  "streaming",
  "exporter",
  "metrics",
  "grpc",
  "graphql",
  "nginx",
  "apache",
  "httpd",
  "caddy",
  "traefik",
  "gunicorn",
  "uvicorn",
  "hypercorn",
  "daphne",
  "puma",
  "unicorn",
  "uwsgi",
  "waitress",
  "runserver",
  "serve",
  "listener",
  "ui"
]);
var CLIENT_PROGRAMS = /* @__PURE__ */ new Set(["celery", "rq", "sidekiq", "dramatiq", "arq", "huey_consumer", "autossh", "cloudflared", "ngrok", "frpc"]);
var LISTEN_FLAG = /^(--?(port|bind|host|listen|http|addr|address|socket|unix-socket)\b|-b$|-p$|--[a-z.]*listen[a-z.-]*)/;
var LISTEN_VALUE = /^(\d{1,3}(\.\d{1,3}){3}:\d{2,5}|\[[0-9a-f:]*\]:\d{2,5}|:\d{2,5}|unix:.+)$/i;
function nameWords(text) {
  return text.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== "");
}
function isClientWord(word) {
  return CLIENT_WORDS.has(word) || word.length > 3 && word.endsWith("bot") || /^(tg|tele|chat|discord)bot/.test(word);
}
function networkRole(view, project) {
  const main = view.main ?? view.parts[0];
  if (!main) return { role: "unknown" };
  const texts = [main.name.prefix, effectiveValue(view, "Unit", "Description") ?? "", effectiveValue(view, "Service", "SyslogIdentifier") ?? ""];
  let clientProgram;
  let serverSign;
  for (const cmd of startCommands(view, project)) {
    const program = baseName(cmd.argv[0]?.value);
    if (program === "celery" && cmd.argv.some((w) => w.value === "flower")) serverSign ??= "flower";
    else if (program && CLIENT_PROGRAMS.has(program)) clientProgram ??= program;
    for (const w of cmd.argv) {
      const v = w.value;
      if (v === null) continue;
      if (LISTEN_FLAG.test(v) || LISTEN_VALUE.test(v)) serverSign ??= v;
      texts.push(v.startsWith("-") ? "" : v);
    }
  }
  if (clientProgram) return { role: "client", because: clientProgram };
  if (serverSign) return { role: "server", because: serverSign };
  const words2 = texts.flatMap(nameWords);
  const server = words2.find((w) => SERVER_WORDS.has(w));
  if (server) return { role: "server", because: server };
  const client = words2.find(isClientWord);
  return client ? { role: "client", because: client } : { role: "unknown" };
}

// rules/SD006-network-target-not-online.ts
var ONLINE = /* @__PURE__ */ new Set(["network-online.target", "systemd-networkd-wait-online.service", "NetworkManager-wait-online.service"]);
var SD006_network_target_not_online_default = defineRule({
  id: "SD006",
  name: "network-target-not-online",
  severity: "warning",
  category: "reliability",
  productionOnly: true,
  kinds: ["systemd"],
  triggers: ["network.target", "multi-user.target"],
  precision: "medium",
  messages: {
    notOnline: "{{unit}} connects out ({{because}}) but is only ordered after network.target, which does not mean the network is up: at boot its first connection fails",
    noNetwork: "{{unit}} connects out ({{because}}) and is ordered only after multi-user.target, which does not wait for the network either: at boot its first connection fails",
    notPulled: "{{unit}} connects out ({{because}}) and is ordered after network-online.target without Wants= or Requires= on it, so nothing waits for the network at boot"
  },
  docs: {
    summary: "A systemd service that connects out starts before the network is up",
    what: `Reports \`network.target\` in \`After=\` (on that word) when the unit is not both ordered after \`network-online.target\` (\`After=\`) and pulling it in (\`Wants=\`/\`Requires=\`/\`BindsTo=\`/\`Requisite=\`); \`systemd-networkd-wait-online.service\` and \`NetworkManager-wait-online.service\` count as \`network-online.target\`. Also reports \`multi-user.target\` in \`After=\` when no network unit is ordered at all (neither \`network.target\` nor \`network-online.target\`): reaching multi-user.target does not mean the network is up, so it is the same hazard. Drop-ins of the unit in the project are merged.

Only *clients* are reported: programs that connect out at start. A server that only binds a port works whenever the network comes up, so it is fine with \`network.target\`. The heuristic reads the unit's name, \`Description=\`, \`SyslogIdentifier=\` and the words of its \`ExecStart=\` lines:
- client: a word such as bot (and \`*bot\`), telegram, discord, slack, worker, consumer, client, agent, poller, scraper, crawler, fetcher, sync, notifier, scheduler, beat, backup, uploader, downloader, forwarder, tunnel, vpn, mqtt \u2014 or a client program (\`celery\` other than \`celery flower\`, a web dashboard; \`rq\`, \`sidekiq\`, \`dramatiq\`, \`arq\`, \`autossh\`, \`cloudflared\`, \`ngrok\`, \`frpc\`);
- server, which wins over client words: a word such as server, api, web, http, www, site, gateway, proxy, frontend, dashboard, webhook, streaming, exporter, metrics, an application server (\`gunicorn\`, \`uvicorn\`, \`nginx\`...), or a listen option in \`ExecStart=\` (\`--port\`, \`--bind\`, \`--host\`, \`--listen\`, \`-b\`, \`0.0.0.0:8000\`, \`unix:/run/app.sock\`).
Limits: a bot served by webhook binds a port and is taken for a server; a client with a neutral name (\`app.service\` running \`main.py\`) is not recognised; a server that also connects to a remote database at start is not reported.`,
    why: `\`network.target\` only means the network *management* stack has started, not that an interface has an address or a route: at boot, a bot ordered after it sends its first request to Telegram before DHCP has finished, gets "Network is unreachable" or a DNS failure, and exits. Without restarts it stays down until someone logs in \u2014 the VPS incident's bot unit used exactly \`After=network.target\`. \`Wants=network-online.target\` plus \`After=network-online.target\` makes systemd wait until the network is configured.`,
    example: {
      kind: "systemd",
      path: "telegram-bot.service",
      code: "[Unit]\nDescription=Telegram bot\nAfter=network.target\n\n[Service]\nUser=bot\nExecStart=/opt/bot/.venv/bin/python -m bot\nRestart=always\nRestartSec=10\n\n[Install]\nWantedBy=multi-user.target\n"
    },
    fix: {
      kind: "systemd",
      path: "telegram-bot.service",
      code: "[Unit]\nDescription=Telegram bot\nAfter=network.target network-online.target\nWants=network-online.target\n\n[Service]\nUser=bot\nExecStart=/opt/bot/.venv/bin/python -m bot\nRestart=always\nRestartSec=10\n\n[Install]\nWantedBy=multi-user.target\n"
    },
    references: ["https://systemd.io/NETWORK_ONLINE/", "https://www.freedesktop.org/software/systemd/man/latest/systemd.special.html#network-online.target"]
  },
  document(doc, ctx) {
    const view = unitView(doc, ctx.project);
    if (!view) return;
    const unit = view.main?.name ?? view.parts[0]?.name;
    if (!unit || unit.type !== "service") return;
    const after = listWords(view, "Unit", ["After"]);
    const noNetwork = !after.some((w) => w.text === "network.target" || ONLINE.has(w.text));
    const networkTarget = after.find((w) => w.text === "network.target") ?? (noNetwork ? after.find((w) => w.text === "multi-user.target") : void 0);
    if (!networkTarget || networkTarget.part.doc !== doc) return;
    const ordered = after.some((w) => ONLINE.has(w.text));
    const pulled = listWords(view, "Unit", ["Wants", "Requires", "BindsTo", "Requisite"]).some((w) => ONLINE.has(w.text));
    if (ordered && pulled) return;
    const role = networkRole(view, ctx.project);
    if (role.role !== "client") return;
    const data = { unit: unit.unit, because: role.because ?? "client" };
    ctx.report({ messageId: noNetwork ? "noNetwork" : ordered ? "notPulled" : "notOnline", data, span: networkTarget.span });
  }
});

// rules/SD007-missing-install-section.ts
var SD007_missing_install_section_default = defineRule({
  id: "SD007",
  name: "missing-install-section",
  severity: "warning",
  category: "reliability",
  productionOnly: true,
  kinds: ["systemd"],
  triggers: ["[Service]", "[Install]"],
  precision: "high",
  messages: {
    noInstall: "{{unit}} has no [Install] section: `systemctl enable` has nothing to enable, so the service does not start again after a reboot",
    noTarget: "{{unit}} has an [Install] section without WantedBy= or RequiredBy=: `systemctl enable` links it nowhere, so the service does not start again after a reboot"
  },
  docs: {
    summary: "A systemd service cannot be enabled, so it does not come back after a reboot",
    what: `Reports a \`.service\` unit file (not a drop-in, not an instance file) with no \`WantedBy=\`, \`RequiredBy=\` or \`UpheldBy=\` in \`[Install]\` \u2014 on the \`[Install]\` header when the section exists, else on the file's first section header. Drop-ins of the unit in the project are merged.

Not reported when something else in the project starts the unit: a \`.timer\`, \`.socket\` or \`.path\` unit of the same name (\`app.timer\` for \`app.service\`, \`app.socket\` for \`app@.service\`) or one whose \`Unit=\`/\`Service=\` names it, another unit or \`.target\` file that pulls it in (\`Wants=\`, \`Requires=\`, \`Requisite=\`, \`BindsTo=\`, \`Upholds=\`, \`OnFailure=\`, \`OnSuccess=\`) or lists it in \`Also=\` (when such a dependency in the same directory is filled in by a template engine, \`Wants={{ worker_units }}\`, the unit is assumed to be among them); a link to it in a \`*.wants/\` or \`*.requires/\` directory; nor for D-Bus services (\`Type=dbus\` or \`BusName=\`), which the bus activates; \`Type=oneshot\` jobs, which are run by hand or by something else; services that declare their own socket (\`Sockets=\`, \`Requires=app.socket\`), enabled through it; operating-system plumbing (\`DefaultDependencies=no\`, systemd's own \`systemd-*\` programs); and system daemons (\`ExecStart=\` in \`/usr/bin\`, \`/usr/sbin\`, \`/lib/systemd\`..., the test of SD004), which a distribution ships as static units pulled in by targets, udev rules or generators. Units started by something outside the repository (a unit shipped elsewhere, a udev rule) are reported: add \`# prodlint-disable-next-line SD007 -- started by ...\`.`,
    why: `\`systemctl enable app\` reads \`[Install]\` to know which target should pull the service in at boot. Without it, enable prints "The unit files have no installation config" and does nothing; the service runs today because someone typed \`systemctl start\`, and after the next kernel update or host reboot it silently stays down \u2014 for a bot, until users complain.`,
    example: {
      kind: "systemd",
      path: "bot.service",
      code: "[Unit]\nDescription=Telegram bot\nAfter=network-online.target\nWants=network-online.target\n\n[Service]\nUser=bot\nExecStart=/opt/bot/.venv/bin/python -m bot\nRestart=always\nRestartSec=10\n"
    },
    fix: {
      kind: "systemd",
      path: "bot.service",
      code: "[Unit]\nDescription=Telegram bot\nAfter=network-online.target\nWants=network-online.target\n\n[Service]\nUser=bot\nExecStart=/opt/bot/.venv/bin/python -m bot\nRestart=always\nRestartSec=10\n\n[Install]\nWantedBy=multi-user.target\n"
    },
    references: ["https://www.freedesktop.org/software/systemd/man/latest/systemd.unit.html#%5BInstall%5D%20Section%20Options", "https://www.freedesktop.org/software/systemd/man/latest/systemctl.html#enable%20UNIT%E2%80%A6"]
  },
  document(doc, ctx) {
    const view = unitView(doc, ctx.project);
    if (!view?.main || view.main.name.type !== "service" || view.main.name.instance) return;
    const tree = view.main.doc.tree;
    if (!tree.sections.some((s) => s.name === "Service")) return;
    if (assignments(view, ["Install"], ["WantedBy", "RequiredBy", "UpheldBy"]).length > 0) return;
    if (effective(view, "Service", "BusName") || effective(view, "Service", "Type")?.directive.value.text.trim() === "dbus") return;
    if (activationsOf(view, ctx.project).length > 0 || maybePulledByTemplate(view, ctx.project)) return;
    if (serviceType(view) === "oneshot") return;
    const unit = view.main.name.unit;
    if (ctx.project.files.some((f) => f.rel.endsWith(`.wants/${unit}`) || f.rel.endsWith(`.requires/${unit}`))) return;
    if (serviceKind(view, ctx.project) === "system" || isOsPlumbing(view, ctx.project)) return;
    if (declaresOwnSocket(view)) return;
    const install2 = view.parts.flatMap((p) => p.doc.tree.sections.filter((s) => s.name === "Install").map((s) => ({ s, p })))[0];
    if (install2) {
      if (install2.p.doc === doc) ctx.report({ messageId: "noTarget", data: { unit: view.main.name.unit }, span: install2.s.headerSpan });
      return;
    }
    const header = firstHeader(view.main.doc);
    if (header && view.main.doc === doc) ctx.report({ messageId: "noInstall", data: { unit: view.main.name.unit }, span: header });
  }
});

// src/systemd/exec-line.ts
function execLine(d) {
  const text = d.value.text;
  let i = 0;
  while (i < text.length && "-@:+!".includes(text[i])) i++;
  return { prefix: text.slice(0, i), words: splitWords(d.value.slice(i, text.length), { dollarIsLiteral: true }) };
}
var SHELLS3 = /^(sh|bash|dash|zsh|ksh|ash|busybox)$/;
function runsShellScript(line) {
  const words2 = line.words;
  for (let i = 0; i < words2.length; i++) {
    if (!SHELLS3.test(baseName(words2[i].word.value) ?? "")) continue;
    if (words2.slice(i + 1).some((w) => w.word.value !== null && /^-[a-zA-Z]*c[a-zA-Z]*$/.test(w.word.value))) return true;
  }
  return false;
}
var OPERATORS = /* @__PURE__ */ new Set(["&&", "||", "|", "|&", "&", ";;", ">", ">>", "<", "<<", "<<<", "&>", "&>>", ">&", "2>&1", "1>&2", ">|"]);
var GLUED_REDIRECT = /^(\d?>>?|&>>?|\d?<)(&\d|[^<>&|\s]+)$/;
function within(w, from, to) {
  const { span, text } = w.word;
  if (span.end - span.start !== text.length) return span;
  return { start: span.start + from, end: span.start + to };
}
function shellSyntax(w) {
  const { text, value: value2 } = w.word;
  if (value2 === null) return void 0;
  const quoted3 = /["']/.test(text);
  if (!quoted3 && (OPERATORS.has(value2) || GLUED_REDIRECT.test(value2))) {
    const operator = GLUED_REDIRECT.exec(value2)?.[1] ?? value2;
    return { syntax: operator, span: within(w, 0, operator === value2 ? text.length : operator.length) };
  }
  const visible = text.replace(/'[^']*'/g, (m) => " ".repeat(m.length));
  const dollar = visible.indexOf("$(");
  if (dollar !== -1) {
    const close = visible.indexOf(")", dollar);
    return { syntax: "$(\u2026)", span: within(w, dollar, close === -1 ? text.length : close + 1) };
  }
  const tick = visible.indexOf("`");
  if (tick !== -1) {
    const close = visible.indexOf("`", tick + 1);
    return { syntax: "`\u2026`", span: within(w, tick, close === -1 ? text.length : close + 1) };
  }
  return void 0;
}

// rules/SD008-exec-shell-syntax.ts
var SD008_exec_shell_syntax_default = defineRule({
  id: "SD008",
  name: "exec-shell-syntax",
  severity: "error",
  category: "reliability",
  productionOnly: false,
  kinds: ["systemd"],
  triggers: ["Exec"],
  precision: "very-high",
  messages: {
    operator: "{{key}}= runs no shell: {{syntax}} is passed to {{program}} as a literal argument, so the {{what}} never happens"
  },
  docs: {
    summary: "A systemd Exec line uses shell syntax that systemd does not interpret",
    what: `Reports the first shell operator on an \`Exec*=\` line (\`ExecStart=\`, \`ExecStartPre=\`, \`ExecStop=\`...) of a unit: the control operators \`&&\`, \`||\`, \`|\`, \`&\` (also trailing), redirections \`>\`, \`>>\`, \`<\`, \`2>&1\`, \`&>\` (alone or glued to their target, \`>/var/log/app.log\`), and command substitution \`$(\u2026)\` or backticks. Operators inside quotes are taken as meant literally (\`grep -E "a|b"\`), except command substitution. Lines that run a shell script (\`/bin/sh -c '\u2026'\`, \`bash -lc "\u2026"\`) are skipped: that shell interprets the syntax.`,
    why: `systemd splits \`Exec*=\` lines into words itself and runs the program directly \u2014 there is no shell. \`ExecStart=/opt/app/run.sh > /var/log/app.log 2>&1\` passes \`>\`, \`/var/log/app.log\` and \`2>&1\` to the script as arguments: the log file never appears (the output goes to the journal), and a script that rejects unknown arguments fails at every start. \`ExecStartPre=/usr/bin/test -f /etc/app.env && /usr/bin/touch /run/app.ok\` runs \`test\` with four extra arguments. Wrap the line in \`/bin/sh -c '\u2026'\`, or better, use systemd's own settings (\`StandardOutput=append:/var/log/app.log\`, separate \`ExecStartPre=\` lines).`,
    example: {
      kind: "systemd",
      path: "api.service",
      code: "[Unit]\nDescription=API\n\n[Service]\nUser=api\nExecStart=/opt/api/run.sh > /var/log/api.log 2>&1\nRestart=always\nRestartSec=5\n\n[Install]\nWantedBy=multi-user.target\n"
    },
    fix: {
      kind: "systemd",
      path: "api.service",
      code: "[Unit]\nDescription=API\n\n[Service]\nUser=api\nExecStart=/opt/api/run.sh\nStandardOutput=append:/var/log/api.log\nStandardError=inherit\nRestart=always\nRestartSec=5\n\n[Install]\nWantedBy=multi-user.target\n"
    },
    references: ["https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html#Command%20lines", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#StandardOutput="]
  },
  document(doc, ctx) {
    for (const section of doc.tree.sections) {
      for (const d of section.directives) {
        if (directiveInfo(section.name, d.key)?.value.kind !== "command") continue;
        const line = execLine(d);
        if (line.words.length === 0 || runsShellScript(line)) continue;
        for (const w of line.words.slice(1)) {
          const found = shellSyntax(w);
          if (found === void 0) continue;
          const { syntax } = found;
          const what = /[<>]/.test(syntax) ? "redirection" : syntax.startsWith("$") || syntax.startsWith("`") ? "command substitution" : syntax === "|" || syntax === "|&" ? "pipe" : syntax === "&" ? "backgrounding" : "chaining";
          const program = baseName(line.words[0].word.value) ?? line.words[0].word.text;
          ctx.report({ messageId: "operator", data: { key: d.key, syntax, program, what }, span: found.span });
          break;
        }
      }
    }
  }
});

// src/systemd/empty-values.ts
var REFUSED = {
  Unit: [
    "AllowIsolate",
    "CollectMode",
    "DefaultDependencies",
    "FailureAction",
    "IgnoreOnIsolate",
    "JobRunningTimeoutSec",
    "JobTimeoutAction",
    "JobTimeoutSec",
    "OnFailureIsolate",
    "OnFailureJobMode",
    "OnSuccessJobMode",
    "RefuseManualStart",
    "RefuseManualStop",
    "StartLimitAction",
    "StartLimitBurst",
    "StartLimitInterval",
    "StartLimitIntervalSec",
    "StopWhenUnneeded",
    "SuccessAction"
  ],
  Service: [
    "BlockIOAccounting",
    "BusName",
    "CPUAccounting",
    "CPUSchedulingPriority",
    "CPUSchedulingResetOnFork",
    "CacheDirectoryMode",
    "ConfigurationDirectoryMode",
    "DevicePolicy",
    "DynamicUser",
    "ExitType",
    "FailureAction",
    "FileDescriptorStoreMax",
    "FinalKillSignal",
    "GuessMainPID",
    "IOAccounting",
    "IPAccounting",
    "IgnoreSIGPIPE",
    "KeyringMode",
    "KillSignal",
    "LimitAS",
    "LimitCORE",
    "LimitCPU",
    "LimitDATA",
    "LimitFSIZE",
    "LimitLOCKS",
    "LimitMEMLOCK",
    "LimitMSGQUEUE",
    "LimitNICE",
    "LimitNOFILE",
    "LimitNPROC",
    "LimitRSS",
    "LimitRTPRIO",
    "LimitRTTIME",
    "LimitSIGPENDING",
    "LimitSTACK",
    "LockPersonality",
    "LogLevelMax",
    "LogRateLimitBurst",
    "LogRateLimitIntervalSec",
    "LogsDirectoryMode",
    "ManagedOOMPreference",
    "MemoryAccounting",
    "MemoryDenyWriteExecute",
    "NoNewPrivileges",
    "NonBlocking",
    "NotifyAccess",
    "OOMPolicy",
    "PermissionsStartOnly",
    "PrivateDevices",
    "PrivateIPC",
    "PrivateMounts",
    "PrivateNetwork",
    "PrivateTmp",
    "PrivateUsers",
    "ProcSubset",
    "ProtectClock",
    "ProtectControlGroups",
    "ProtectHome",
    "ProtectHostname",
    "ProtectKernelLogs",
    "ProtectKernelModules",
    "ProtectKernelTunables",
    "ProtectProc",
    "ProtectSystem",
    "RemainAfterExit",
    "RemoveIPC",
    "Restart",
    "RestartKillSignal",
    "RestartSec",
    "RestrictRealtime",
    "RestrictSUIDSGID",
    "RootDirectoryStartOnly",
    "RuntimeDirectoryMode",
    "RuntimeDirectoryPreserve",
    "RuntimeMaxSec",
    "RuntimeRandomizedExtraSec",
    "SendSIGHUP",
    "SendSIGKILL",
    "Slice",
    "StandardError",
    "StandardInput",
    "StandardOutput",
    "StartLimitAction",
    "StartLimitBurst",
    "StartLimitInterval",
    "StateDirectoryMode",
    "SyslogFacility",
    "SyslogLevel",
    "SyslogLevelPrefix",
    "TTYReset",
    "TTYVHangup",
    "TTYVTDisallocate",
    "TasksAccounting",
    "TimeoutCleanSec",
    "TimeoutSec",
    "TimeoutStartFailureMode",
    "TimeoutStartSec",
    "TimeoutStopFailureMode",
    "TimeoutStopSec",
    "TimerSlackNSec",
    "Type",
    "UMask",
    "UtmpMode",
    "WatchdogSec",
    "WatchdogSignal"
  ],
  Socket: [
    "Accept",
    "Backlog",
    "BindIPv6Only",
    "BlockIOAccounting",
    "Broadcast",
    "CPUAccounting",
    "CPUSchedulingPriority",
    "CPUSchedulingResetOnFork",
    "CacheDirectoryMode",
    "ConfigurationDirectoryMode",
    "DeferAcceptSec",
    "Delegate",
    "DevicePolicy",
    "DirectoryMode",
    "DynamicUser",
    "FinalKillSignal",
    "FlushPending",
    "FreeBind",
    "IOAccounting",
    "IPAccounting",
    "IPTTL",
    "IgnoreSIGPIPE",
    "KeepAlive",
    "KeepAliveIntervalSec",
    "KeepAliveProbes",
    "KeepAliveTimeSec",
    "KeyringMode",
    "KillSignal",
    "LimitAS",
    "LimitCORE",
    "LimitCPU",
    "LimitDATA",
    "LimitFSIZE",
    "LimitLOCKS",
    "LimitMEMLOCK",
    "LimitMSGQUEUE",
    "LimitNICE",
    "LimitNOFILE",
    "LimitNPROC",
    "LimitRSS",
    "LimitRTPRIO",
    "LimitRTTIME",
    "LimitSIGPENDING",
    "LimitSTACK",
    "LockPersonality",
    "LogLevelMax",
    "LogRateLimitBurst",
    "LogRateLimitIntervalSec",
    "LogsDirectoryMode",
    "ManagedOOMMemoryPressure",
    "ManagedOOMMemoryPressureLimit",
    "ManagedOOMPreference",
    "ManagedOOMSwap",
    "Mark",
    "MaxConnections",
    "MaxConnectionsPerSource",
    "MemoryAccounting",
    "MemoryDenyWriteExecute",
    "MessageQueueMaxMessages",
    "MessageQueueMessageSize",
    "NoDelay",
    "NoNewPrivileges",
    "PassCredentials",
    "PassPacketInfo",
    "PassSecurity",
    "PipeSize",
    "Priority",
    "PrivateDevices",
    "PrivateIPC",
    "PrivateMounts",
    "PrivateNetwork",
    "PrivateTmp",
    "PrivateUsers",
    "ProcSubset",
    "ProtectClock",
    "ProtectControlGroups",
    "ProtectHome",
    "ProtectHostname",
    "ProtectKernelLogs",
    "ProtectKernelModules",
    "ProtectKernelTunables",
    "ProtectProc",
    "ProtectSystem",
    "ReceiveBuffer",
    "RemoveIPC",
    "RemoveOnStop",
    "RestartKillSignal",
    "RestrictRealtime",
    "RestrictSUIDSGID",
    "ReusePort",
    "RuntimeDirectoryMode",
    "RuntimeDirectoryPreserve",
    "SELinuxContextFromNet",
    "SendBuffer",
    "SendSIGHUP",
    "SendSIGKILL",
    "Service",
    "Slice",
    "SocketMode",
    "SocketProtocol",
    "StandardError",
    "StandardInput",
    "StandardOutput",
    "StateDirectoryMode",
    "SyslogFacility",
    "SyslogLevel",
    "SyslogLevelPrefix",
    "TTYReset",
    "TTYVHangup",
    "TTYVTDisallocate",
    "TasksAccounting",
    "TimeoutCleanSec",
    "TimeoutSec",
    "TimerSlackNSec",
    "Timestamping",
    "Transparent",
    "TriggerLimitBurst",
    "TriggerLimitIntervalSec",
    "UMask",
    "UtmpMode",
    "WatchdogSignal",
    "Writable"
  ],
  Timer: [
    "AccuracySec",
    "FixedRandomDelay",
    "OnClockChange",
    "OnTimezoneChange",
    "Persistent",
    "RandomizedDelaySec",
    "RemainAfterElapse",
    "Unit",
    "WakeSystem"
  ],
  Path: [
    "DirectoryMode",
    "MakeDirectory",
    "TriggerLimitBurst",
    "TriggerLimitIntervalSec",
    "Unit"
  ]
};
var SETS = new Map(Object.entries(REFUSED).map(([section, keys]) => [section, new Set(keys)]));
function emptyValueRefused(section, key) {
  return SETS.get(section)?.has(key) === true;
}

// rules/SD009-invalid-directive.ts
var SD009_invalid_directive_default = defineRule({
  id: "SD009",
  name: "invalid-directive",
  severity: "error",
  category: "reliability",
  productionOnly: false,
  kinds: ["systemd"],
  triggers: ["["],
  precision: "very-high",
  messages: {
    unknownSection: "systemd ignores the unknown section [{{section}}] and every setting in it{{hint}}",
    unknownKey: "systemd ignores the unknown setting {{key}}= in [{{section}}]{{hint}}",
    unsupported: "systemd ignores {{key}}= here: {{note}}",
    badValue: "systemd ignores this line: {{problem}}",
    emptyValue: "{{key}}= with an empty value is not a reset: systemd refuses it and keeps the previous value",
    duplicate: "{{key}}= is set twice in [{{section}}] (first on line {{line}}): systemd uses only the last value",
    execStartTwice: "a second ExecStart= in a Type={{type}} service: systemd refuses to load the unit (only Type=oneshot may have several){{hint}}",
    oneshotRestart: "Restart={{policy}} on a Type=oneshot service: systemd refuses to load the unit (a one-shot job may only be restarted on failure)"
  },
  docs: {
    summary: "A systemd unit has a setting systemd does not understand, so it is silently ignored",
    what: `Checks every section and setting of a unit file or drop-in against systemd's own parser table (systemd 257; see \`src/systemd/directives.ts\`):
- a section the unit type does not have (\`[Sevice]\`, \`[Socket]\` in a \`.service\`), with a suggestion, on the section name;
- a key that section does not have, with a "did you mean" (wrong case, a typo, a key that belongs in another section), on the key;
- a value systemd refuses for booleans, time spans and enumerations (\`Type=\`, \`Restart=\`, \`KillMode=\`, \`StandardOutput=\`...), on the value; values with \`%\` specifiers, \`$VARIABLES\` or template placeholders (\`{{ log_dir }}\`, \`@bindir@\`) are not judged;
- an empty assignment (\`Restart=\`, \`RestartSec=\`, \`NoNewPrivileges=\`...) of a setting that cannot be reset that way: systemd refuses it and keeps the previous value (the list of such settings was measured with \`systemd-analyze verify\` on systemd 252);
- a single-valued setting assigned twice in the same section of one file (only the last counts; an empty assignment in between that resets it is fine);
- \`Restart=always\` or \`Restart=on-success\` on a \`Type=oneshot\` service (drop-ins merged), which systemd refuses to load;
- a second \`ExecStart=\` in a service that is not \`Type=oneshot\` \u2014 including a drop-in that sets \`ExecStart=\` without first clearing it with an empty \`ExecStart=\`, which makes systemd refuse the unit.
\`X-\` sections and keys are user extensions and are accepted. A drop-in overriding a setting of its unit is normal and not a duplicate. Settings newer than the systemd on your servers are not detected (the table knows systemd 257).`,
    why: `systemd does not fail on what it does not understand: it logs "Unknown key 'Restrat' in section [Service], ignoring." once, at daemon-reload, and starts the unit without that setting. The \`Restart=always\` you wrote with a typo, the \`MemoryMax=\` in the wrong section, \`RestartSec=10 # seconds\` (systemd has no trailing comments, so the value is invalid) \u2014 each looks protected and is not, until the crash or leak it was meant to handle. \`systemd-analyze verify\` finds these, but only on the server; this rule finds them in CI.`,
    example: {
      kind: "systemd",
      path: "bot.service",
      code: "[Unit]\nDescription=Telegram bot\n\n[Service]\nUser=bot\nExecStart=/opt/bot/.venv/bin/python -m bot\nRestrat=always\nRestartSec=10\n\n[Install]\nWantedBy=multi-user.target\n"
    },
    fix: {
      kind: "systemd",
      path: "bot.service",
      code: "[Unit]\nDescription=Telegram bot\n\n[Service]\nUser=bot\nExecStart=/opt/bot/.venv/bin/python -m bot\nRestart=always\nRestartSec=10\n\n[Install]\nWantedBy=multi-user.target\n"
    },
    references: [
      "https://www.freedesktop.org/software/systemd/man/latest/systemd.directives.html",
      "https://www.freedesktop.org/software/systemd/man/latest/systemd-analyze.html#systemd-analyze%20verify%20FILE...",
      "https://www.freedesktop.org/software/systemd/man/latest/systemd.unit.html#Description"
    ]
  },
  document(doc, ctx) {
    const tree = doc.tree;
    const name = unitName(doc.source.path);
    const type = name.type;
    const seen = /* @__PURE__ */ new Map();
    const execStarts = [];
    let execStartCleared = false;
    for (const section of tree.sections) {
      if (!isKnownSection(section.name, type)) {
        const s = suggestSection(section.name, type);
        ctx.report({ messageId: "unknownSection", data: { section: section.name, hint: s ? `; ${s.message}` : "" }, span: section.nameSpan });
        continue;
      }
      if (isExtensionName(section.name)) continue;
      for (const d of section.directives) {
        if (isExtensionName(d.key)) continue;
        const info = directiveInfo(section.name, d.key);
        if (!info) {
          const s = suggestDirective(section.name, d.key, type);
          ctx.report({ messageId: "unknownKey", data: { key: d.key, section: section.name, hint: s ? `; ${s.message}` : "" }, span: d.keySpan });
          continue;
        }
        if (info.deprecated?.ignored) continue;
        if (info.unsupported) {
          ctx.report({ messageId: "unsupported", data: { key: d.key, note: info.unsupported.replace(/\.\s*$/, "") }, span: d.keySpan });
          continue;
        }
        const value2 = d.value.text;
        const problem = isTemplated(value2) ? void 0 : validateValue(info, value2);
        if (problem) ctx.report({ messageId: "badValue", data: { problem }, span: d.valueSpan });
        const key = `${section.name}\0${d.key}`;
        if (value2.trim() === "" && emptyValueRefused(section.name, d.key)) {
          ctx.report({ messageId: "emptyValue", data: { key: d.key }, span: d.keySpan });
          continue;
        }
        if (value2.trim() === "") {
          seen.delete(key);
          if (d.key === "ExecStart" && section.name === "Service") {
            execStarts.length = 0;
            execStartCleared = true;
          }
          continue;
        }
        if (d.key === "ExecStart" && section.name === "Service") execStarts.push(d);
        if (info.multi) continue;
        const first = seen.get(key);
        if (first) {
          ctx.report({ messageId: "duplicate", data: { key: d.key, section: section.name, line: doc.source.lineOf(first.keySpan.start) }, span: d.keySpan });
        }
        seen.set(key, d);
      }
    }
    if (type === "service" && execStarts.length > 0) checkExecStart(doc, execStarts, name.dropIn && !execStartCleared, ctx);
    if (type === "service") checkOneshotRestart(doc, ctx);
  }
});
var RESTARTS_ON_SUCCESS = /* @__PURE__ */ new Set(["always", "on-success"]);
function checkOneshotRestart(doc, ctx) {
  const view = unitView(doc, ctx.project);
  if (!view?.main) return;
  const restart = effective(view, "Service", "Restart");
  const policy = restart?.directive.value.text.trim();
  if (!restart || restart.part.doc !== doc || !policy || !RESTARTS_ON_SUCCESS.has(policy)) return;
  if (effectiveValue(view, "Service", "Type") !== "oneshot") return;
  ctx.report({ messageId: "oneshotRestart", data: { policy }, span: restart.directive.valueSpan });
}
function checkExecStart(doc, execStarts, addsToUnit, ctx) {
  const view = unitView(doc, ctx.project);
  if (!view) return;
  const type = serviceType(view);
  if (type === "oneshot") return;
  if (addsToUnit) {
    const mainHasExecStart = view.main ? view.main.doc.tree.sections.some((s) => s.name === "Service" && s.directives.some((d) => d.key === "ExecStart" && d.value.text.trim() !== "")) : true;
    const typeKnown = view.main !== void 0 || view.parts.some((p) => p.doc.tree.sections.some((s) => s.name === "Service" && s.directives.some((d) => d.key === "Type")));
    if (mainHasExecStart && typeKnown) {
      ctx.report({ messageId: "execStartTwice", data: { type, hint: '; clear the inherited command first with an empty "ExecStart=" line' }, span: execStarts[0].keySpan });
      return;
    }
  }
  for (const d of execStarts.slice(1)) ctx.report({ messageId: "execStartTwice", data: { type, hint: "" }, span: d.keySpan });
}

// rules/SD010-no-memory-limit.ts
var DEFAULT_SLICES = /* @__PURE__ */ new Set(["system.slice", "user.slice", "-.slice"]);
var SD010_no_memory_limit_default = defineRule({
  id: "SD010",
  name: "no-memory-limit",
  severity: "note",
  category: "reliability",
  productionOnly: true,
  kinds: ["systemd"],
  triggers: ["[Service]"],
  precision: "high",
  messages: {
    missing: "{{unit}} sets no MemoryMax= or MemoryHigh=: a memory leak grows until the kernel OOM-kills whatever it picks on the host"
  },
  docs: {
    summary: "A systemd application service has no memory limit",
    what: `Reports, on the \`[Service]\` header, a long-running application service with no \`MemoryMax=\`, \`MemoryHigh=\` or (deprecated, see SD003) \`MemoryLimit=\`. Drop-ins of the unit in the project are merged; a drop-in alone is not judged.

Skipped: \`Type=oneshot\` jobs; services placed in a slice of their own (\`Slice=\` other than \`system.slice\`), where the limit may be set for the group; and services that are not applications \u2014 the same test as SD004: \`ExecStart=\` runs an interpreter, runtime or application server on code outside the system directories, or a program under \`/opt\`, \`/srv\`, \`/home\`, \`/root\`, \`/var/www\`, \`/usr/local\`, a relative path or a non-standard top-level directory. Distribution daemons are sized by their packagers and not reported.`,
    why: `Without a limit, a leaking worker takes memory from everything else on the host until the kernel's OOM killer steps in \u2014 and it chooses by size and score, so it may kill the database or sshd instead of the leaking service. The Django deployment in one incident report added \`MemoryHigh=400M\` (throttle and reclaim first) and \`MemoryMax=500M\` (then kill and, with \`Restart=\`, restart only this service) so that a leak could no longer take the whole server down.`,
    example: {
      kind: "systemd",
      path: "django.service",
      code: "[Unit]\nDescription=Django\n\n[Service]\nUser=django\nWorkingDirectory=/opt/roams\nExecStart=/opt/roams/venv/bin/gunicorn -b 127.0.0.1:8000 roams_pro.wsgi\nRestart=always\nRestartSec=10\n\n[Install]\nWantedBy=multi-user.target\n"
    },
    fix: {
      kind: "systemd",
      path: "django.service",
      code: "[Unit]\nDescription=Django\n\n[Service]\nUser=django\nWorkingDirectory=/opt/roams\nExecStart=/opt/roams/venv/bin/gunicorn -b 127.0.0.1:8000 roams_pro.wsgi\nRestart=always\nRestartSec=10\nMemoryHigh=400M\nMemoryMax=500M\n\n[Install]\nWantedBy=multi-user.target\n"
    },
    references: ["https://www.freedesktop.org/software/systemd/man/latest/systemd.resource-control.html#MemoryMax=bytes"]
  },
  document(doc, ctx) {
    const view = unitView(doc, ctx.project);
    if (!view?.main || view.main.doc !== doc || view.main.name.type !== "service") return;
    const service = view.main.doc.tree.sections.find((s) => s.name === "Service");
    if (!service) return;
    if (assignments(view, ["Service"], ["MemoryMax", "MemoryHigh", "MemoryLimit"]).length > 0) return;
    if (serviceType(view) === "oneshot") return;
    const slice = effectiveValue(view, "Service", "Slice");
    if (slice && !DEFAULT_SLICES.has(slice)) return;
    if (serviceKind(view, ctx.project) !== "application") return;
    ctx.report({ messageId: "missing", data: { unit: view.main.name.unit }, span: service.headerSpan });
  }
});

// rules/SD011-watchdog-without-notify.ts
var SD011_watchdog_without_notify_default = defineRule({
  id: "SD011",
  name: "watchdog-without-notify",
  severity: "warning",
  category: "reliability",
  productionOnly: false,
  kinds: ["systemd"],
  triggers: ["WatchdogSec"],
  precision: "high",
  messages: {
    notNotify: "WatchdogSec={{value}} with Type={{type}}: a service that does not speak sd_notify never sends WATCHDOG=1, so systemd kills it every {{period}}"
  },
  docs: {
    summary: "A systemd watchdog is set on a service that does not notify systemd",
    what: `Reports \`WatchdogSec=\` (on the key) set to a non-zero, finite time when the service's \`Type=\` is not \`notify\`, \`notify-reload\` or \`dbus\` and no \`NotifyAccess=\` is set. D-Bus services (\`Type=dbus\`, or \`BusName=\` without \`Type=\`) are libsystemd programs that ping the watchdog themselves, as systemd's own \`logind\` and \`hostnamed\` do. Drop-ins of the unit in the project are merged; a drop-in alone is judged only when it sets \`Type=\` itself. Limit: a \`Type=simple\` program may still call \`sd_notify("WATCHDOG=1")\` (systemd accepts it from the main process when a watchdog is set); declare \`Type=notify\` \u2014 which also makes startup wait for \`READY=1\` \u2014 or set \`NotifyAccess=main\` to make the intent explicit.`,
    why: `The watchdog expects the service to send \`WATCHDOG=1\` over the notification socket at least every \`WatchdogSec=\`. A program that never does \u2014 most programs, unless they use sd_notify \u2014 is killed with SIGABRT each time the period runs out, then restarted: a healthy service in a crash loop, with core dumps, dropped connections and lost in-flight work every N seconds. One Telegram bot incident had the same shape with a home-made watchdog that called \`os._exit(1)\` too eagerly: the "protection" was the outage.`,
    example: {
      kind: "systemd",
      path: "bot.service",
      code: "[Unit]\nDescription=Telegram bot\n\n[Service]\nUser=bot\nExecStart=/opt/bot/.venv/bin/python -m bot\nRestart=always\nRestartSec=10\nWatchdogSec=60\n\n[Install]\nWantedBy=multi-user.target\n"
    },
    fix: {
      kind: "systemd",
      path: "bot.service",
      code: "[Unit]\nDescription=Telegram bot\n\n[Service]\nType=notify\nUser=bot\nExecStart=/opt/bot/.venv/bin/python -m bot\nRestart=always\nRestartSec=10\nWatchdogSec=60\n\n[Install]\nWantedBy=multi-user.target\n"
    },
    references: ["https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html#WatchdogSec=", "https://www.freedesktop.org/software/systemd/man/latest/sd_notify.html"]
  },
  document(doc, ctx) {
    const view = unitView(doc, ctx.project);
    if (!view) return;
    if ((view.main ?? view.parts[0])?.name.type !== "service") return;
    const watchdog = effective(view, "Service", "WatchdogSec");
    if (!watchdog || watchdog.part.doc !== doc) return;
    const value2 = watchdog.directive.value.text.trim();
    const ms = timespanToMs(value2);
    if (ms === void 0 || ms === 0 || ms === Infinity) return;
    if (!view.main && !effective(view, "Service", "Type")) return;
    const type = serviceType(view);
    if (type === "notify" || type === "notify-reload" || type === "dbus") return;
    if (effectiveValue(view, "Service", "NotifyAccess")) return;
    const period = /^[\d.]+$/.test(value2) ? `${value2} second${value2 === "1" ? "" : "s"}` : value2;
    ctx.report({ messageId: "notNotify", data: { value: value2, type, period }, span: watchdog.directive.keySpan });
  }
});

// rules/SD012-restart-always-on-one-shot.ts
var RESTARTS_ON_SUCCESS2 = /* @__PURE__ */ new Set(["always", "on-success"]);
var SD012_restart_always_on_one_shot_default = defineRule({
  id: "SD012",
  name: "restart-always-on-one-shot",
  severity: "warning",
  category: "reliability",
  productionOnly: true,
  kinds: ["systemd"],
  triggers: ["Restart"],
  precision: "high",
  messages: {
    job: "ExecStart= runs {{job}}, which finishes and exits, but Restart={{policy}} starts it again after every run: the job reruns until the start limit fails the unit, or forever with a RestartSec="
  },
  docs: {
    summary: "A one-shot systemd job (a migration, a seed) has Restart=always",
    what: `Reports \`Restart=always\` and \`Restart=on-success\` (the values that restart a service after a clean exit) on a service whose \`ExecStart=\` is a one-shot job, by the same test as DC010: it applies migrations (the commands DF001 knows), seeds or initialises data (\`manage.py loaddata\`, \`rails db:seed\`, \`prisma db push\`, \`npm run migrate\`, a \`migrate.sh\`\u2026), also inside \`sh -c '\u2026'\`, and nothing long-running follows it. On \`Type=oneshot\` systemd refuses the combination and does not load the unit at all: SD009 reports that.

Drop-ins in the project are merged as systemd would; the finding is reported in the file that sets \`Restart=\`. Not reported: \`Restart=on-failure\`/\`on-abnormal\`/\`on-abort\`/\`on-watchdog\` (a job is retried only until it succeeds), and \`ExecStartPre=\` migrations before a long-running \`ExecStart=\` (that is where they belong).`,
    why: `A migration or seed unit is a job: it runs, exits 0, and is done. \`Restart=always\` makes systemd start it again after every successful run. With the default restart delay the job reruns five times in a few seconds and the unit ends up *failed* ("start request repeated too quickly"), so whatever is ordered after it sees a failure; with a \`RestartSec=\` the job reruns forever, reapplying the migration and reseeding data every few seconds. On \`Type=oneshot\` systemd rejects the combination outright and the unit does not load at all. The incident reports' systemd units used \`Restart=always\` as the fix for services that stayed down (seeds 000 and 003) \u2014 copied onto a job it does this. For jobs use \`Type=oneshot\` with \`Restart=on-failure\` (or none), \`RemainAfterExit=yes\` when other units depend on it, or move the migration to \`ExecStartPre=\` of the service that needs it.`,
    example: {
      kind: "systemd",
      path: "app-migrate.service",
      code: "[Unit]\nDescription=Apply database migrations\nAfter=network-online.target\nWants=network-online.target\n\n[Service]\nUser=app\nWorkingDirectory=/srv/app\nExecStart=/srv/app/.venv/bin/alembic upgrade head\nRestart=always\nRestartSec=5\n\n[Install]\nWantedBy=multi-user.target\n"
    },
    fix: {
      kind: "systemd",
      path: "app-migrate.service",
      code: "[Unit]\nDescription=Apply database migrations\nAfter=network-online.target\nWants=network-online.target\n\n[Service]\nType=oneshot\nRemainAfterExit=yes\nUser=app\nWorkingDirectory=/srv/app\nExecStart=/srv/app/.venv/bin/alembic upgrade head\nRestart=on-failure\nRestartSec=5\n\n[Install]\nWantedBy=multi-user.target\n"
    },
    references: [
      "https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html#Restart=",
      "https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html#Type="
    ]
  },
  document(doc, ctx) {
    const view = unitView(doc, ctx.project);
    if (!view?.main || view.main.name.type !== "service") return;
    const restart = effective(view, "Service", "Restart");
    const policy = restart?.directive.value.text.trim();
    if (!restart || !policy || !RESTARTS_ON_SUCCESS2.has(policy) || restart.part.doc !== doc) return;
    if (effectiveValue(view, "Service", "Type") === "oneshot") return;
    const job = oneShotJob(startCommands(view, ctx.project));
    if (job) ctx.report({ messageId: "job", data: { policy, job: job.what }, span: restart.directive.valueSpan });
  }
});

// rules/SD013-short-stop-grace.ts
var SYSTEMD_DEFAULT_STOP = 90;
var SD013_short_stop_grace_default = defineRule({
  id: "SD013",
  name: "short-stop-grace",
  severity: "warning",
  category: "reliability",
  productionOnly: true,
  kinds: ["systemd"],
  triggers: ["time-limit", "graceful", "timeout", "TIMEOUT", "TIME_LIMIT", "sidekiq", "Timeout", "CELERYD_OPTS"],
  precision: "high",
  messages: {
    short: "{{key}}={{grace}} is shorter than the {{need}} that {{what}} allows the service to finish its work in: systemd kills it mid-task on every stop and restart",
    default: "the service allows {{need}} to finish its work ({{what}}) but sets no TimeoutStopSec=: systemd kills it after the default 90 s on every stop and restart"
  },
  docs: {
    summary: "A systemd service is killed before the shutdown time its own command asks for",
    what: `Compares the unit's stop timeout (\`TimeoutStopSec=\`, or \`TimeoutSec=\` which sets it too; systemd time spans such as \`30\`, \`5min\`, \`1min 30s\`; the default is 90 s) with the longest time the service itself declares it may need to stop, by the same test as DC011: a task time limit or graceful-shutdown timeout on \`ExecStart=\` (also inside \`sh -c '\u2026'\`) \u2014 Celery \`worker --time-limit\`/\`--soft-time-limit\`, Gunicorn \`--graceful-timeout\`, Uvicorn \`--timeout-graceful-shutdown\`, Hypercorn \`--graceful-timeout\`, Sidekiq \`-t\`, Dramatiq \`--worker-shutdown-timeout\` \u2014 or in \`Environment=\` (\`GUNICORN_CMD_ARGS\`, \`CELERYD_OPTS\`, \`UVICORN_TIMEOUT_GRACEFUL_SHUTDOWN\`, \`GRACEFUL_TIMEOUT\`, \`WORKER_TIMEOUT\`\u2026, in seconds). Reports a stop timeout shorter than that need, anchored on its value, and, when none is set and the need is over 90 s, the \`[Service]\` header.

Drop-ins in the project are merged as systemd would. \`TimeoutStopSec=infinity\` and \`0\` (no timeout) are fine. Only values written explicitly count; \`EnvironmentFile=\`, configuration files and a host's \`DefaultTimeoutStopSec=\` are not read.`,
    why: `When systemd stops or restarts a service it sends SIGTERM and, after \`TimeoutStopSec=\`, SIGKILL. A Celery worker finishes its running tasks on SIGTERM and a task may run up to its \`--time-limit\`; Gunicorn and Uvicorn finish in-flight requests for their graceful timeout. A shorter stop timeout SIGKILLs that work half done on every deploy. The incident reports' units set \`TimeoutStopSec=30\` as a "safety timeout" (seeds 000 and 003) without comparing it with what the service needs \u2014 on a worker with five-minute tasks that kills every task still running at each restart.`,
    example: {
      kind: "systemd",
      path: "worker.service",
      code: "[Unit]\nDescription=Queue worker\n\n[Service]\nUser=worker\nExecStart=/opt/app/.venv/bin/celery -A tasks worker --time-limit=300\nRestart=on-failure\nRestartSec=5\nTimeoutStopSec=30\n\n[Install]\nWantedBy=multi-user.target\n"
    },
    fix: {
      kind: "systemd",
      path: "worker.service",
      code: "[Unit]\nDescription=Queue worker\n\n[Service]\nUser=worker\nExecStart=/opt/app/.venv/bin/celery -A tasks worker --time-limit=300\nRestart=on-failure\nRestartSec=5\nTimeoutStopSec=330\n\n[Install]\nWantedBy=multi-user.target\n"
    },
    references: [
      "https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html#TimeoutStopSec=",
      "https://docs.celeryq.dev/en/stable/userguide/workers.html#stopping-the-worker",
      "https://docs.gunicorn.org/en/stable/settings.html#graceful-timeout"
    ]
  },
  document(doc, ctx) {
    const view = unitView(doc, ctx.project);
    if (!view?.main || view.main.name.type !== "service") return;
    const env = [];
    for (const part of view.parts) {
      for (const a of ctx.project.byPath.get(part.file.rel)?.facts?.env ?? []) if (a.carrier.kind === "systemd" && a.carrier.label === "Environment") env.push(a);
    }
    const need = stopNeed(startCommands(view, ctx.project), env);
    if (!need) return;
    const timeouts = assignments(view, ["Service"], ["TimeoutStopSec", "TimeoutSec"]);
    const timeout = timeouts[timeouts.length - 1];
    if (!timeout) {
      const service = view.main.doc.tree.sections.find((s) => s.name === "Service");
      if (need.seconds > SYSTEMD_DEFAULT_STOP && service && view.main.doc === doc) {
        ctx.report({ messageId: "default", data: { need: formatSeconds(need.seconds), what: need.what }, span: service.headerSpan });
      }
      return;
    }
    if (timeout.part.doc !== doc) return;
    const ms = timespanToMs(timeout.directive.value.text);
    if (ms === void 0 || ms === Infinity || ms === 0) return;
    if (ms / 1e3 >= need.seconds) return;
    ctx.report({
      messageId: "short",
      data: { key: timeout.directive.key, grace: timeout.directive.value.text.trim(), need: formatSeconds(need.seconds), what: need.what },
      span: timeout.directive.valueSpan
    });
  }
});

// rules/SH001-dev-server-in-production.ts
var SH001_dev_server_in_production_default = defineRule({
  id: "SH001",
  name: "dev-server-in-production",
  severity: "error",
  category: "reliability",
  productionOnly: true,
  kinds: ["shell", "dockerfile", "compose", "systemd", "procfile", "packagejson", "kubernetes", "cron", "railway", "fly", "render", "heroku"],
  roles: ["start", "script", "job"],
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
    const hit = detectDevServer(cmd);
    if (hit) ctx.report(hit);
  }
});

// rules/SH002-debug-mode-enabled.ts
var DEBUG_VARS = /* @__PURE__ */ new Set(["DEBUG", "FLASK_DEBUG", "DJANGO_DEBUG", "APP_DEBUG"]);
var ENV_VARS = /* @__PURE__ */ new Set(["FLASK_ENV", "NODE_ENV", "RAILS_ENV", "RACK_ENV", "APP_ENV"]);
var TRUTHY = /^(1|true|yes|on)$/i;
var DEVELOPMENT = /^(development|dev)$/i;
var SH002_debug_mode_enabled_default = defineRule({
  id: "SH002",
  name: "debug-mode-enabled",
  severity: "error",
  category: "security",
  productionOnly: true,
  kinds: ["shell", "dockerfile", "compose", "systemd", "procfile", "packagejson", "kubernetes", "cron", "railway", "fly", "render", "heroku"],
  roles: ["start", "script", "job"],
  triggers: ["DEBUG", "_ENV", "--debug"],
  securitySeverity: 7.5,
  precision: "high",
  messages: {
    debug: "{{name}}={{value}} turns on debug mode: error pages show stack traces and settings, and an interactive debugger runs code sent to it",
    development: "{{name}}={{value}} runs the app in development mode: detailed error pages for every visitor and no production optimisations or caching",
    flaskDebug: "flask {{flag}} turns on the Werkzeug debugger, which runs any Python code sent to it from a browser"
  },
  docs: {
    summary: "Debug or development mode is switched on where production runs",
    what: `Reports environment assignments in production files \u2014 Dockerfile \`ENV\` (final stage), compose \`environment:\` (map or list), systemd \`Environment=\`, \`export\` and \`NAME=value command\` in shell scripts, Procfile lines and package.json start scripts \u2014 that set:

- \`DEBUG\`, \`FLASK_DEBUG\`, \`DJANGO_DEBUG\` or \`APP_DEBUG\` to a true value (\`1\`, \`true\`, \`yes\`, \`on\`, any case);
- \`FLASK_ENV\`, \`NODE_ENV\`, \`RAILS_ENV\`, \`RACK_ENV\` or \`APP_ENV\` to \`development\` or \`dev\`.

Also reports \`flask --debug\` (and \`flask run --debugger\`) in start commands and scripts.

Not reported: build steps (\`RUN\`, \`NODE_ENV=development npm ci\`), package.json scripts other than the start scripts (\`dev\`, \`test\`\u2026), \`ARG\` defaults and \`ENV\` in earlier build stages (they are not the running container's environment), values that come from a variable (\`DEBUG=\${DEBUG}\`), and files classified as development (\`docker-compose.override.yml\`, \`.env.development\`, \`dev/\`\u2026). Values set in \`.env\` files or by the platform are out of sight.`,
    why: `Debug mode is meant for a developer's machine. Django and Flask then answer every error with a page that lists the stack, local variables and settings \u2014 database URLs and secret keys included \u2014 and Werkzeug's interactive debugger lets anyone who can trigger an error execute Python on the server (it has been the entry point of real compromises). \`NODE_ENV=development\` makes Express send stack traces to clients and turns off view caching and other production optimisations. The incident reports behind prodlint asked for exactly this check before every deploy: "automated checks for forbidden keywords (reload, debug=True, etc.)".`,
    example: {
      kind: "compose",
      path: "compose.yaml",
      code: 'services:\n  api:\n    image: example/api:1.4.2\n    restart: unless-stopped\n    environment:\n      DJANGO_DEBUG: "true"\n      DATABASE_URL: postgres://db/app\n'
    },
    fix: {
      kind: "compose",
      path: "compose.yaml",
      code: 'services:\n  api:\n    image: example/api:1.4.2\n    restart: unless-stopped\n    environment:\n      DJANGO_DEBUG: "false"\n      DATABASE_URL: postgres://db/app\n'
    },
    references: [
      "https://docs.djangoproject.com/en/stable/ref/settings/#debug",
      "https://flask.palletsprojects.com/en/stable/debugging/",
      "https://werkzeug.palletsprojects.com/en/stable/debug/",
      "https://expressjs.com/en/advanced/best-practice-performance.html#set-node_env-to-production"
    ]
  },
  env(a, ctx) {
    if (a.role === "build" || a.role === "hook" || a.role === "healthcheck") return;
    if (a.value === null) return;
    if (a.carrier.kind === "dockerfile" && !runtimeEnv(a, ctx.doc)) return;
    const value2 = a.value.trim();
    const span = { start: a.nameSpan.start, end: Math.max(a.nameSpan.end, a.valueSpan.end) };
    if (DEBUG_VARS.has(a.name) && TRUTHY.test(value2)) {
      ctx.report({ messageId: "debug", data: { name: a.name, value: value2 }, span });
    } else if (ENV_VARS.has(a.name) && DEVELOPMENT.test(value2)) {
      ctx.report({ messageId: "development", data: { name: a.name, value: value2 }, span });
    }
  },
  command(cmd, ctx) {
    if (programName(cmd) !== "flask") return;
    const flag = findFlag(cmd, ["--debug", "--debugger"]);
    if (flag) ctx.report({ messageId: "flaskDebug", data: { flag: flag.value ?? "--debug" }, span: flag.span });
  }
});
function runtimeEnv(a, doc) {
  if (a.carrier.label === "ARG") return false;
  if (a.carrier.label !== "ENV") return true;
  const final = doc.tree?.finalStage;
  return final?.instructions.some((ins) => ins.span.start === a.carrier.span.start) ?? false;
}

// rules/SH003-broad-process-kill.ts
var SIGNAL_NUMBERS = { "0": "0", "1": "HUP", "2": "INT", "3": "QUIT", "9": "KILL", "10": "USR1", "12": "USR2", "15": "TERM", "18": "CONT", "28": "WINCH" };
var NON_LETHAL = /* @__PURE__ */ new Set(["0", "HUP", "USR1", "USR2", "CONT", "WINCH"]);
var GRACEFUL = /* @__PURE__ */ new Set(["TERM", "INT", "QUIT"]);
var KILLERS = /* @__PURE__ */ new Set(["kill", "pkill", "killall"]);
var WITH_VALUE = {
  kill: ["-s", "-n"],
  pkill: ["-u", "-U", "-g", "-G", "-P", "-s", "-t", "-F", "--pidfile", "--euid", "--uid", "--pgroup", "--group", "--parent", "--session", "--terminal", "--ns", "--nslist", "-d", "--delimiter"],
  killall: ["-u", "--user", "-o", "--older-than", "-y", "--younger-than", "-n", "--ns", "-s", "--signal", "-Z", "--context"]
};
var SH003_broad_process_kill_default = defineRule({
  id: "SH003",
  name: "broad-process-kill",
  severity: "warning",
  category: "reliability",
  productionOnly: true,
  kinds: ["shell", "systemd", "packagejson", "cron"],
  roles: ["start", "hook", "script", "job"],
  triggers: ["kill"],
  precision: "high",
  messages: {
    pattern: "pkill -f {{pattern}} signals every process whose command line contains that text, including unrelated services and the script running it",
    killall: "killall {{name}} signals every process named {{name}} on the host, not only the one this service started",
    sigkill: "{{signal}} sends SIGKILL: the process cannot shut down, so in-flight requests are dropped and unflushed data is lost",
    datastore: "{{command}} kills {{target}}, a database or broker, by {{how}}: it can lose unflushed writes and need recovery; stop it through its service manager"
  },
  docs: {
    summary: "A process is killed by pattern, by name or with SIGKILL",
    what: `Reports, in shell scripts, systemd \`Exec*=\` lines and package.json start scripts:

- \`pkill -f PATTERN\` (\`--full\`): the pattern is matched against whole command lines (\`-x\`, an exact match, is not reported for this);
- \`killall NAME\` with a signal that stops the process (the default \`TERM\`, \`KILL\`, \`INT\`\u2026); reload signals such as \`killall -HUP rsyslogd\` are fine;
- \`kill\`, \`pkill\` or \`killall\` with SIGKILL (\`-9\`, \`-KILL\`, \`-SIGKILL\`, \`-s KILL\`, \`--signal 9\`), unless the same script first sent a graceful signal to the same target (the usual "TERM, wait, then KILL" escalation), directly, inside a string such as \`timeout 5 sh -c "kill $pid"\`, or through a function of the script that sends it.

A finding whose target is a database or broker (\`mongod\`, \`postgres\`, \`mysqld\`, \`redis-server\`, \`rabbitmq\`, \`kafka\`, \`elasticsearch\`\u2026, also as \`$(pgrep mongod)\`) gets its own message: the rule's severity is meant to be **error** there. Dockerfile and compose commands are not checked: a container's process namespace holds only its own processes. \`pgrep\` (which only lists) is never reported.`,
    why: `A VPS ran MongoDB, an API and a Telegram bot from one start script; its runbook restarted them with \`pkill -f "python.*uvicorn"\`, \`pkill -f "python bot/main.py"\` and \`pkill -f "mongod"\`. A pattern matches every process whose command line contains the text \u2014 another project's uvicorn, an editor or \`tail -f\` with the file name on its command line, and the very shell script running the command (its own command line contains the pattern) \u2014 so a restart takes down more than it meant to. Another runbook "tested auto-restart" with \`pkill -9 python\`, which kills every Python process on the host without letting any of them finish a request or flush a write; for a database, SIGKILL means lost writes and a recovery on the next start.`,
    example: { kind: "shell", path: "restart.sh", code: '#!/bin/sh\npkill -f "python.*uvicorn"\nsleep 2\nsystemctl start api\n' },
    fix: { kind: "shell", path: "restart.sh", code: "#!/bin/sh\nsystemctl restart api\n" },
    references: ["https://man7.org/linux/man-pages/man1/pkill.1.html", "https://man7.org/linux/man-pages/man1/killall.1.html", "https://man7.org/linux/man-pages/man7/signal.7.html"]
  },
  command(cmd, ctx) {
    const p = parse(cmd);
    if (!p || NON_LETHAL.has(p.signal)) return;
    const head = cmd.argv[0];
    const full = p.program === "pkill" ? findFlag(cmd, ["-f", "--full"]) : void 0;
    const byPattern = full !== void 0 && findFlag(cmd, ["-x", "--exact"]) === void 0;
    const kill9 = p.signal === "KILL" && !escalation(cmd, p, documentCommands(ctx.doc, ctx.project));
    if (!byPattern && p.program !== "killall" && !kill9) return;
    const store = p.targets.find((t) => DATASTORE.test(t.value ?? t.text));
    if (store) {
      const how = p.signal === "KILL" ? "SIGKILL" : byPattern ? "command-line pattern" : "name";
      ctx.report({ messageId: "datastore", data: { command: p.program, target: store.value ?? store.text, how }, span: store.span });
    } else if (byPattern) {
      ctx.report({ messageId: "pattern", data: { pattern: p.targets[0]?.text ?? "" }, span: full.span });
    } else if (kill9) {
      const word = p.signalWord ?? head;
      ctx.report({ messageId: "sigkill", data: { signal: word === head ? p.program : `${p.program} ${word.text}` }, span: word.span });
    } else {
      const name = p.targets[0];
      ctx.report({ messageId: "killall", data: { name: name.value ?? name.text }, span: between(head, name) });
    }
  }
});
function normalise(sig) {
  const s = sig.toUpperCase().replace(/^SIG/, "");
  return SIGNAL_NUMBERS[s] ?? s;
}
function parse(cmd) {
  const program = programName(cmd);
  if (!program || !KILLERS.has(program)) return void 0;
  const prog = program;
  const withValue = WITH_VALUE[prog];
  let signal = "TERM";
  let signalWord;
  const targets = [];
  for (let i = 1; i < cmd.argv.length; i++) {
    const w = cmd.argv[i];
    const v = w.value;
    if (v === null) {
      targets.push(w);
      continue;
    }
    if (v === "--") {
      targets.push(...cmd.argv.slice(i + 1));
      break;
    }
    if (v === "-l" || v === "-L" || v === "--list" || v === "--version" || v === "-V" || v === "--help") return void 0;
    const signalOpt = prog === "kill" && (v === "-s" || v === "-n") || v === "--signal" || prog === "killall" && v === "-s";
    if (signalOpt) {
      const next = cmd.argv[i + 1];
      if (next?.value) {
        signal = normalise(next.value);
        signalWord = next;
      }
      i++;
      continue;
    }
    if (v.startsWith("--signal=")) {
      signal = normalise(v.slice("--signal=".length));
      signalWord = w;
      continue;
    }
    if (signalWord && /^-\d+$/.test(v)) {
      targets.push(w);
      continue;
    }
    if (/^-(\d+|(SIG)?[A-Z][A-Z0-9]+)$/.test(v)) {
      signal = normalise(v.slice(1));
      signalWord = w;
      continue;
    }
    if (v.startsWith("-") && v.length > 1) {
      const name = v.includes("=") ? v.slice(0, v.indexOf("=")) : v;
      if (withValue.includes(name) && !v.includes("=")) i++;
      continue;
    }
    targets.push(w);
  }
  if (targets.length === 0) return void 0;
  return { program: prog, signal, ...signalWord ? { signalWord } : {}, targets };
}
function escalation(cmd, p, commands) {
  const key = scriptKey(cmd);
  const targets = new Set(p.targets.map(targetKey));
  const variables = p.targets.map((t) => /^"?\$\{?(\w+)\}?"?$/.exec(t.text)?.[1]).filter((v) => v !== void 0);
  const inText = variables.length ? new RegExp(`\\bkill\\s+(-(TERM|SIGTERM|15|INT|SIGINT|2)\\s+)?"?\\$\\{?(${variables.join("|")})\\b`) : void 0;
  const gracefulHelper = commands.some((c) => c.shell?.inFunction && GRACEFUL.has(parse(c)?.signal ?? ""));
  for (const other of commands) {
    if (other.index >= cmd.index || scriptKey(other) !== key) continue;
    const q = parse(other);
    if (q && GRACEFUL.has(q.signal) && q.targets.some((t) => targets.has(targetKey(t)))) return true;
    if (inText && other.raw.some((w) => inText.test(w.text))) return true;
    if (gracefulHelper && !q && other.argv.slice(1).some((w) => targets.has(targetKey(w)))) return true;
  }
  return false;
}
function targetKey(w) {
  const variable = /^"?\$\{?(\w+)\}?"?$/.exec(w.text);
  return variable ? `$${variable[1]}` : w.value ?? w.text;
}

// rules/SH004-entrypoint-without-exec.ts
var SH004_entrypoint_without_exec_default = defineRule({
  id: "SH004",
  name: "entrypoint-without-exec",
  severity: "warning",
  category: "reliability",
  productionOnly: true,
  kinds: ["shell"],
  triggers: SERVICE_TRIGGERS,
  precision: "high",
  messages: {
    noExec: "{{program}} runs as a child of the shell instead of replacing it (no exec): the shell stays the main process, does not pass SIGTERM on, and the app is killed without a graceful shutdown"
  },
  docs: {
    summary: "A start script runs its app as a child instead of exec-ing it, so SIGTERM never reaches the app",
    what: `Looks at start scripts: shell scripts that a Dockerfile \`CMD\`/\`ENTRYPOINT\`, a compose \`command\`/\`entrypoint\`, a package.json start script or \`ExecStart=\` runs as its last step, and scripts named \`*entrypoint*\`, \`start*.sh\` or \`run*.sh\` (not \`run_tests.sh\`, \`start-lint.sh\` and other task names). Reports a long-running program that the script runs in the foreground without \`exec\`, so that the shell stays its parent:

- a well-known server or worker anywhere in the script's top-level flow, also inside \`if\`/\`case\` branches and restart loops: \`gunicorn\`, \`uvicorn\`, \`celery worker\`, \`puma\`, \`php-fpm\`, \`nginx -g 'daemon off;'\`, \`supervisord\`, \`mongod\`, \`npm start\`\u2026 (\`gunicorn app\` followed by \`exec "$@"\` is reported: the script never gets past gunicorn);
- in the last top-level statement that starts a program, and only in scripts a container runs or named \`*entrypoint*\`: the project's own code (\`python bot.py\`, \`node dist/main.js\`, \`java -jar app.jar\`, \`./server\`) and \`"$@"\`.

Commands such as \`echo done\`, \`exit 0\`, \`python manage.py migrate\` or \`python wait_for_db.py\` are not programs that keep running. Fine: \`exec gunicorn \u2026\`, \`exec "$@"\`, \`exec gosu app "$@"\`, a program started with \`&\` and awaited with \`wait\` under a \`trap\` (see SH005), scripts whose shebang or starting carrier is \`dumb-init\` or \`tini -g\` (they signal the whole process group), scripts a carrier runs before its real command (\`CMD sh init.sh && exec gunicorn app\`), and scripts that only systemd or a Procfile start (systemd signals every process of the unit, Heroku every process of the dyno). Functions are not followed: a script ending in \`main "$@"\` is not checked.`,
    why: `\`docker stop\`, every deploy and every scale-down send SIGTERM to the container's main process only. When a start script runs \`gunicorn app:app\` without \`exec\`, the main process is the shell: it has no handler for SIGTERM, passes nothing on, and waits for its child. The app never begins its graceful shutdown; after the stop timeout (10 s by default) the kernel SIGKILLs everything, dropping in-flight requests and half-done jobs and skipping the connection cleanup that the app's own shutdown code would have done. One of the incident reports behind prodlint added exactly such shutdown code (closing MongoDB and Redis connections in order, logging each step) to stop abrupt shutdowns; behind a shell without \`exec\`, that code never receives the signal and never runs.`,
    example: { kind: "shell", path: "docker-entrypoint.sh", code: "#!/bin/sh\nset -e\npython manage.py migrate --noinput\ngunicorn app.wsgi:application --bind 0.0.0.0:8000 --workers 3\n" },
    fix: { kind: "shell", path: "docker-entrypoint.sh", code: "#!/bin/sh\nset -e\npython manage.py migrate --noinput\nexec gunicorn app.wsgi:application --bind 0.0.0.0:8000 --workers 3\n" },
    references: [
      "https://docs.docker.com/reference/dockerfile/#entrypoint",
      "https://docs.docker.com/build/building/best-practices/#entrypoint",
      "https://github.com/krallin/tini#process-group-killing"
    ]
  },
  document(doc, ctx) {
    const path = ctx.source.path;
    const sc = startScriptContext(ctx.project, path);
    if (!isStartScript(sc)) return;
    if (sc.vias.length > 0 && [...sc.viaKinds].every((k) => k === "systemd" || k === "procfile")) return;
    if (sc.vias.length > 0 && !sc.vias.some((v) => viaRunsLast(ctx.project, v))) return;
    const interp = shebangInterpreter(ctx.source.text);
    if (interp === "dumb-init" || startedUnderGroupInit(ctx.project, sc.vias)) return;
    const acceptApps = sc.viaKinds.has("dockerfile") || sc.viaKinds.has("compose") || sc.named === "entrypoint";
    const candidates = [];
    for (const cmd of documentCommands(ctx.doc, ctx.project)) {
      if (cmd.carrier.kind !== "shell" || cmd.nesting > 0 || !runsInline(cmd) || cmd.shell === void 0) continue;
      const service = serviceOf(cmd);
      if (!service || service.strength === "app" && !acceptApps || daemonizes(cmd)) continue;
      candidates.push({ cmd, service, top: cmd.shell.top });
    }
    const last2 = Math.max(-1, ...candidates.map((c) => c.top));
    for (const { cmd, service, top } of candidates) {
      if (cmd.background || cmd.wrappers.includes("exec")) continue;
      if (top !== last2 && service.strength !== "server") continue;
      const first = cmd.raw[0];
      ctx.report({ messageId: "noExec", data: { program: service.name }, span: { start: first.span.start, end: Math.max(first.span.end, service.word.span.end) } });
    }
  }
});

// rules/SH005-background-service-unsupervised.ts
var SH005_background_service_unsupervised_default = defineRule({
  id: "SH005",
  name: "background-service-unsupervised",
  severity: "error",
  category: "reliability",
  productionOnly: true,
  kinds: ["shell", "dockerfile", "compose", "systemd", "procfile", "packagejson", "railway", "fly", "render", "heroku"],
  triggers: ["&", "setsid", "fork", "daemon", "nginx", "pg_ctl", "pm2", "memcached", "php-fpm", "sshd", "cron", "celery", "apachectl", "apache2ctl", "-D"],
  precision: "high",
  messages: {
    unwatched: "{{program}} is started in the background and nothing waits for it: no supervisor tracks it, and when it dies nobody notices",
    more: "{{program}} is started in the background while the script goes on to run {{other}}: when it dies nobody notices, and one signal to the group stops them all at once",
    waitAll: "{{program}} is one of {{count}} services started in the background and awaited with a plain wait, which returns only when all have exited: when one dies the others keep running and nothing restarts it",
    daemon: "{{program}} detaches itself while the same script starts other services: nothing supervises it, and the service manager tracks the wrong process"
  },
  docs: {
    summary: "A start script or command leaves a service running in the background with nothing watching it",
    what: `Looks at start commands (Dockerfile \`CMD\`/\`ENTRYPOINT\`, compose \`command\`/\`entrypoint\`, \`ExecStart=\`, Procfile lines, package.json start scripts, and \`sh -c '\u2026'\` inside them) and at shell scripts. Reports a long-running program (a server, worker or database prodlint knows, or the project's own code such as \`python bot.py\` or \`./server\`) that is:

- started with \`&\` (also \`nohup \u2026 &\`, \`setsid -f\`, followed or not by \`disown\`), when the script then ends without \`wait\`, or goes on to run other programs without \`wait\`;
- one of two or more services started in the background and awaited with a plain \`wait\` (which returns only when all of them have exited); \`wait -n\`, which returns as soon as one exits, is fine;
- a program that detaches itself (\`mongod --fork\`, \`redis-server --daemonize yes\`, \`nginx\` without \`daemon off;\`, \`pg_ctl start\`, \`gunicorn --daemon\`, \`pm2 start\`\u2026) in a script that starts other services too.

In a shell script that no start carrier runs and whose name is not a start script's, a background program that the script later stops (\`kill\`) or awaits is a managed helper (a test server, say) and is not reported. Functions are not followed.`,
    why: `A VPS ran a Telegram bot's whole stack from one \`start_all_services.sh\`: \`mongod --fork\`, then the API, a web app and the bot each with \`\u2026 > /tmp/x.log 2>&1 &\`, then \`echo "all services started"\`. systemd (\`Type=forking\`) tracked whichever process it guessed; nothing watched the others. When one died nobody noticed, and when the unit was stopped or restarted \u2014 or one reloader sent a signal to the group \u2014 MongoDB, the API and the bot all died at the same second. A supervisor can only restart what it started: give each service its own unit, container or Procfile line, or, when one container must run two processes, \`wait -n\` and exit so that the container restarts.`,
    example: {
      kind: "shell",
      path: "start_all_services.sh",
      code: '#!/bin/bash\ncd /srv/app\n.venv/bin/uvicorn api.app:app --host 0.0.0.0 --port 8002 > /tmp/api.log 2>&1 &\n.venv/bin/python bot/main.py > /tmp/bot.log 2>&1 &\necho "all services started"\n'
    },
    fix: {
      kind: "shell",
      path: "start_all_services.sh",
      code: "#!/bin/bash\n# One container, two processes: exit as soon as either dies, so the container restarts.\ncd /srv/app\n.venv/bin/uvicorn api.app:app --host 0.0.0.0 --port 8002 &\n.venv/bin/python bot/main.py &\nwait -n\nexit $?\n"
    },
    references: [
      "https://docs.docker.com/engine/containers/multi-service_container/",
      "https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html#Type=",
      "https://www.gnu.org/software/bash/manual/html_node/Job-Control-Builtins.html#index-wait"
    ]
  },
  document(doc, ctx) {
    const path = ctx.source.path;
    const shellFile = doc.kind === "shell";
    const startFile = shellFile && isStartScript(startScriptContext(ctx.project, path));
    const commands = documentCommands(ctx.doc, ctx.project).filter((c) => c.role === "start" || shellFile && c.role === "script");
    for (const group of groupByScript(commands)) {
      const inline = group.filter(runsInline);
      const started = inline.map(startedBy).filter((s) => s !== void 0);
      const background = started.filter((s) => s.mode === "background");
      const daemons = started.filter((s) => s.mode === "daemon");
      for (const s of started) {
        const helperScript = !startFile && s.cmd.carrier.kind === "shell" && s.cmd.role === "script";
        const others = started.filter((o) => o !== s && (o.strength === "server" || !helperScript));
        if (s.mode === "daemon") {
          if (others.length > 0) ctx.report({ messageId: "daemon", data: { program: s.name }, span: s.span });
          continue;
        }
        if (s.mode !== "background") continue;
        if (helperScript && managedHelper(inline, s.cmd)) continue;
        const after = inline.filter((c) => c.index > s.cmd.index);
        const waits = after.filter((c) => programName(c) === "wait");
        const laterForeground = others.find((o) => o.cmd.index > s.cmd.index && o.mode !== "background");
        const laterAny = others.find((o) => o.cmd.index > s.cmd.index);
        if (laterForeground) {
          ctx.report({ messageId: "more", data: { program: s.name, other: laterForeground.name }, span: s.span });
        } else if (waits.length === 0) {
          if (laterAny) ctx.report({ messageId: "more", data: { program: s.name, other: laterAny.name }, span: s.span });
          else ctx.report({ messageId: "unwatched", data: { program: s.name }, span: s.span });
        } else if (background.length + daemons.length > 1 && !waits.some((w) => w.argv.some((a) => a.value === "-n"))) {
          ctx.report({ messageId: "waitAll", data: { program: s.name, count: background.length }, span: s.span });
        }
      }
    }
  }
});
function startedBy(cmd) {
  const first = cmd.raw[0];
  if (!first) return void 0;
  if (daemonizes(cmd)) {
    const head = cmd.argv[0];
    return { cmd, name: head.value ?? head.text, mode: "daemon", strength: "server", span: { start: first.span.start, end: Math.max(first.span.end, head.span.end) } };
  }
  const service = serviceOf(cmd);
  if (!service) return void 0;
  const mode = cmd.background || setsidForks(cmd) ? "background" : "foreground";
  return { cmd, name: service.name, mode, strength: service.strength, span: { start: first.span.start, end: Math.max(first.span.end, service.word.span.end) } };
}
function setsidForks(cmd) {
  const i = cmd.raw.findIndex((w) => baseName(w.value) === "setsid");
  if (i === -1) return false;
  for (const w of cmd.raw.slice(i + 1)) {
    const v = w.value ?? "";
    if (!v.startsWith("-")) return false;
    if (v === "--fork" || /^-[a-z]*f[a-z]*$/.test(v)) return true;
  }
  return false;
}

// rules/SH006-package-manager-as-pid1.ts
var BUILTINS2 = /* @__PURE__ */ new Set([
  "install",
  "i",
  "ci",
  "add",
  "remove",
  "rm",
  "uninstall",
  "exec",
  "x",
  "dlx",
  "publish",
  "pack",
  "link",
  "unlink",
  "init",
  "create",
  "upgrade",
  "update",
  "up",
  "outdated",
  "audit",
  "config",
  "cache",
  "why",
  "list",
  "ls",
  "info",
  "view",
  "version",
  "help",
  "login",
  "logout",
  "prune",
  "dedupe",
  "rebuild",
  "set",
  "bin",
  "global",
  "import",
  "licenses",
  "owner",
  "tag",
  "team",
  "patch",
  "patch-commit",
  "store",
  "env",
  "setup",
  "doctor",
  "fetch",
  "deploy",
  "plugin",
  "workspaces"
]);
var WITH_VALUE2 = ["--prefix", "-C", "--dir", "--cwd", "-w", "--workspace", "--filter", "-F"];
var SH006_package_manager_as_pid1_default = defineRule({
  id: "SH006",
  name: "package-manager-as-pid1",
  severity: "warning",
  category: "reliability",
  productionOnly: true,
  kinds: ["dockerfile", "compose", "kubernetes", "railway", "fly", "render"],
  roles: ["start"],
  triggers: ["npm", "yarn", "pnpm", "npx"],
  precision: "high",
  messages: {
    packageManager: "{{command}} keeps the package manager between the container and the app: it does not reliably pass SIGTERM on, so every stop and deploy ends in SIGKILL"
  },
  docs: {
    summary: "A container starts its app through npm, yarn, pnpm or npx",
    what: `Reports container start commands \u2014 final-stage Dockerfile \`CMD\`/\`ENTRYPOINT\`, compose \`command\`/\`entrypoint\`, and the start commands of Railway, Fly.io and Render (\`startCommand\`, \`[processes]\`, \`dockerCommand\`; not Heroku, which signals every process of a dyno), including \`sh -c '\u2026'\` inside them \u2014 whose last command runs a package.json script or package through a package manager: \`npm start\`, \`npm run X\`, \`yarn start\`, \`yarn X\`, \`pnpm start\`, \`pnpm run X\`, \`npx X\`. Earlier steps of the same command (\`npx prisma migrate deploy && node dist/main.js\`) are not reported, nor installs (\`npm ci\`, see SH009), nor \`RUN\` steps. Fine when the container's init signals the whole process group: \`dumb-init npm start\`, \`ENTRYPOINT ["dumb-init", "--"]\` with \`CMD ["npm", "start"]\`, \`tini -g\`. Scripts that a container runs (\`CMD ["./start.sh"]\`) are not followed.`,
    why: `\`docker stop\` and every deploy send SIGTERM to the container's main process. With \`CMD ["npm", "start"]\` that process is npm, which runs the start script through \`sh -c\`; the signal does not reliably reach \`node\` (npm versions differ, and the intermediate shell never forwards it), so the app never runs its shutdown handler and is SIGKILLed after the stop timeout, dropping in-flight requests. npm also adds a second Node.js process's worth of memory and start-up time, and prints its own error banner over the app's exit. The Node.js Docker image's best-practices guide says to run \`node\` directly.`,
    example: { kind: "dockerfile", path: "Dockerfile", code: 'FROM node:20-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\nUSER node\nCMD ["npm", "start"]\n' },
    fix: { kind: "dockerfile", path: "Dockerfile", code: 'FROM node:20-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\nUSER node\nCMD ["node", "server.js"]\n' },
    references: [
      "https://github.com/nodejs/docker-node/blob/main/docs/BestPractices.md#cmd",
      "https://docs.docker.com/reference/cli/docker/container/stop/",
      "https://github.com/Yelp/dumb-init#why-you-need-an-init-system"
    ]
  },
  command(cmd, ctx) {
    const hit = packageManagerRun(cmd);
    if (!hit) return;
    const commands = documentCommands(ctx.doc, ctx.project);
    if (!isLast(cmd, commands) || underGroupInit(cmd, commands)) return;
    ctx.report({ messageId: "packageManager", data: { command: hit.text }, span: hit.span });
  }
});
function packageManagerRun(cmd) {
  const npx = cmd.raw.find((w) => baseName(w.value) === "npx");
  if (npx && cmd.wrappers.includes("npx")) {
    const target = cmd.argv[0];
    return { text: `npx ${target.value ?? target.text}`, span: between(npx, target) };
  }
  const pm = programName(cmd);
  if (pm !== "npm" && pm !== "yarn" && pm !== "pnpm") return void 0;
  const sub = subcommand(cmd, WITH_VALUE2);
  const v = sub?.value;
  if (!sub || !v) return void 0;
  const head = cmd.argv[0];
  if (v === "start" || v === "restart") return { text: `${pm} ${v}`, span: between(head, sub) };
  if (v === "run" || v === "run-script") {
    const script = subcommand(cmd, [], cmd.argv.indexOf(sub) + 1);
    return script ? { text: `${pm} ${v} ${script.value ?? script.text}`, span: between(head, script) } : void 0;
  }
  if (pm !== "npm" && !BUILTINS2.has(v) && !v.startsWith("-")) return { text: `${pm} ${v}`, span: between(head, sub) };
  return void 0;
}
function isLast(cmd, commands) {
  const key = scriptKey(cmd);
  return !commands.some((c) => c.index > cmd.index && scriptKey(c) === key && runsInline(c) && c.nesting >= cmd.nesting && !c.background);
}
function underGroupInit(cmd, commands) {
  if (groupSignallingInit(cmd.raw)) return true;
  return commands.some(
    (c) => c.role === "start" && c.nesting === 0 && c.carrier.label.toLowerCase() === "entrypoint" && c.carrier.owner === cmd.carrier.owner && groupSignallingInit(c.raw)
  );
}

// src/shell/curl.ts
var CURL_SHORT_WITH_VALUE = new Set("AbCcDdEeFHKmoPQrTtUuwXxYyz".split(""));
var CURL_LONG_WITH_VALUE = /* @__PURE__ */ new Set([
  "--max-time",
  "--connect-timeout",
  "--output",
  "--write-out",
  "--config",
  "--speed-time",
  "--speed-limit",
  "--header",
  "--data",
  "--data-raw",
  "--data-binary",
  "--data-urlencode",
  "--form",
  "--request",
  "--user",
  "--user-agent",
  "--url",
  "--proxy",
  "--cookie",
  "--cookie-jar",
  "--retry",
  "--retry-delay",
  "--retry-max-time",
  "--cacert",
  "--cert",
  "--key",
  "--resolve",
  "--connect-to",
  "--referer",
  "--range",
  "--upload-file",
  "--interface",
  "--dns-servers",
  "--unix-socket",
  "--max-filesize",
  "--limit-rate",
  "--json",
  "--oauth2-bearer",
  "--aws-sigv4",
  "--expect100-timeout",
  "--happy-eyeballs-timeout-ms",
  "--keepalive-time",
  "--output-dir",
  "--create-file-mode",
  "--variable",
  "--trace",
  "--trace-ascii",
  "--stderr",
  "--dump-header",
  "--etag-save",
  "--etag-compare",
  "--time-cond",
  "--local-port",
  "--proto",
  "--proto-redir"
]);
function curlOptions(cmd) {
  return readCurl(cmd)?.options;
}
function curlUrls(cmd) {
  const r = readCurl(cmd);
  if (!r) return void 0;
  return [...r.positionals.map((w) => w.value), ...r.options.filter((o) => o.name === "--url").map((o) => o.value ?? null)];
}
function readCurl(cmd) {
  if (programName(cmd) !== "curl") return void 0;
  const out = [];
  const positionals2 = [];
  const argv = cmd.argv;
  for (let i = 1; i < argv.length; i++) {
    const w = argv[i];
    const v = w.value;
    if (v === null || !v.startsWith("-") || v === "-") {
      positionals2.push(w);
      continue;
    }
    if (v === "--") {
      positionals2.push(...argv.slice(i + 1));
      break;
    }
    if (v.startsWith("--")) {
      const eq = v.indexOf("=");
      const name = eq === -1 ? v : v.slice(0, eq);
      if (eq !== -1) out.push({ name, value: v.slice(eq + 1), word: w });
      else if (CURL_LONG_WITH_VALUE.has(name)) {
        out.push({ name, value: argv[i + 1]?.value, word: w });
        i++;
      } else out.push({ name, value: void 0, word: w });
      continue;
    }
    for (let k = 1; k < v.length; k++) {
      const c = v[k];
      if (CURL_SHORT_WITH_VALUE.has(c)) {
        const rest = v.slice(k + 1);
        if (rest) out.push({ name: `-${c}`, value: rest, word: w });
        else {
          out.push({ name: `-${c}`, value: argv[i + 1]?.value, word: w });
          i++;
        }
        break;
      }
      out.push({ name: `-${c}`, value: void 0, word: w });
    }
  }
  return { options: out, positionals: positionals2 };
}
function hasOption(options, ...names) {
  return options.find((o) => names.includes(o.name));
}
var WGET_SHORT_WITH_VALUE = new Set("OoaitTwQPeUlARDIXB".split(""));
function wgetOptions(cmd) {
  if (programName(cmd) !== "wget") return void 0;
  const out = [];
  const argv = cmd.argv;
  for (let i = 1; i < argv.length; i++) {
    const w = argv[i];
    const v = w.value;
    if (v === null || !v.startsWith("-") || v === "-") continue;
    if (v === "--") break;
    if (v.startsWith("--")) {
      const eq = v.indexOf("=");
      out.push({ name: eq === -1 ? v : v.slice(0, eq), value: eq === -1 ? void 0 : v.slice(eq + 1), word: w });
      continue;
    }
    for (let k = 1; k < v.length; k++) {
      const c = v[k];
      if (WGET_SHORT_WITH_VALUE.has(c)) {
        const rest = v.slice(k + 1);
        out.push({ name: `-${c}`, value: rest || argv[i + 1]?.value, word: w });
        if (!rest) i++;
        break;
      }
      out.push({ name: `-${c}`, value: void 0, word: w });
    }
  }
  return out;
}

// rules/SH007-healthcheck-ignores-http-status.ts
var healthScripts = /* @__PURE__ */ new WeakMap();
var SH007_healthcheck_ignores_http_status_default = defineRule({
  id: "SH007",
  name: "healthcheck-ignores-http-status",
  severity: "error",
  category: "reliability",
  productionOnly: true,
  kinds: ["shell", "dockerfile", "compose", "kubernetes"],
  triggers: ["curl"],
  precision: "high",
  messages: {
    noFail: "curl exits 0 on HTTP errors unless given -f/--fail: an app answering 500 passes this health check and is never restarted"
  },
  docs: {
    summary: "A health check uses curl without --fail, so HTTP errors count as healthy",
    what: `Reports \`curl\` without \`-f\`/\`--fail\`/\`--fail-with-body\` (also inside clusters such as \`-fsS\`) in health checks: Dockerfile \`HEALTHCHECK CMD\`, compose \`healthcheck.test\` (string, \`CMD\` or \`CMD-SHELL\`), and shell scripts named \`health*\`, \`monitor*\`, \`*check*\` or \`*watchdog*\`, or run by a \`HEALTHCHECK\`.

Not reported when the script looks at the response itself: \`-w '%{http_code}'\` (or \`%{response_code}\`), output piped into another command (\`curl -s \u2026 | grep -q ok\`), or captured with \`$(\u2026)\`. Downloads (\`-o FILE\` other than \`/dev/null\`, \`-O\`), non-HTTP URLs (\`telnet://\`) and \`-K\` config files (which may set \`--fail\`) are left alone. \`wget\` exits non-zero on HTTP errors and is fine.`,
    why: `Without \`--fail\`, curl's exit status only says whether an HTTP response arrived \u2014 a 500 or 503 page is a success. A health check written as \`curl http://localhost:8000/health || exit 1\` therefore reports a broken app (database down, every request failing) as healthy: Docker never marks it unhealthy, \`depends_on: condition: service_healthy\` lets dependants start against it, an orchestrator never replaces it, and a monitor script never restarts it. The incident reports behind prodlint relied on exactly these checks to restart hung services ("auto-restart if it stops responding"); with the status code ignored, they only catch a process that is completely gone.`,
    example: { kind: "dockerfile", path: "Dockerfile", code: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nUSER app\nHEALTHCHECK --interval=30s --timeout=5s CMD curl -s http://localhost:8000/health || exit 1\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]\n' },
    fix: { kind: "dockerfile", path: "Dockerfile", code: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nUSER app\nHEALTHCHECK --interval=30s --timeout=5s CMD curl -fsS http://localhost:8000/health || exit 1\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]\n' },
    references: ["https://curl.se/docs/manpage.html#-f", "https://docs.docker.com/reference/dockerfile/#healthcheck", "https://docs.docker.com/reference/compose-file/services/#healthcheck"]
  },
  command(cmd, ctx) {
    const opts = curlOptions(cmd);
    if (!opts) return;
    if (cmd.role !== "healthcheck" && !(ctx.doc.kind === "shell" && healthScript(ctx.project, ctx.source.path))) return;
    if (hasOption(opts, "-f", "--fail", "--fail-with-body", "-K", "--config", "-V", "--version", "-h", "--help", "-O", "--remote-name", "--remote-name-all")) return;
    const writeOut = hasOption(opts, "-w", "--write-out");
    if (writeOut && (writeOut.value == null || /http_code|response_code/.test(writeOut.value))) return;
    const output = hasOption(opts, "-o", "--output");
    if (output && output.value !== "/dev/null") return;
    const shell = cmd.shell;
    if (shell?.inSubstitution || shell?.pipe && shell.pipe.index < shell.pipe.length - 1) return;
    const urls = cmd.argv.slice(1).filter((w) => w.value !== null && /^[a-z][a-z0-9+.-]*:\/\//i.test(w.value));
    if (urls.length > 0 && urls.every((w) => !/^https?:\/\//i.test(w.value))) return;
    ctx.report({ messageId: "noFail", span: cmd.argv[0].span });
  }
});
function healthScript(project, path) {
  let cache9 = healthScripts.get(project);
  if (!cache9) healthScripts.set(project, cache9 = /* @__PURE__ */ new Map());
  let known = cache9.get(path);
  if (known === void 0) cache9.set(path, known = isHealthcheckScript(project, path));
  return known;
}

// rules/SH008-http-client-without-timeout.ts
var healthcheckRun = /* @__PURE__ */ new WeakMap();
var SH008_http_client_without_timeout_default = defineRule({
  id: "SH008",
  name: "http-client-without-timeout",
  severity: "note",
  category: "reliability",
  productionOnly: true,
  kinds: ["shell", "systemd", "procfile", "kubernetes", "cron"],
  roles: ["start", "hook", "script", "job"],
  triggers: ["curl", "wget"],
  precision: "high",
  messages: {
    curl: "curl has no --max-time: if the server accepts the connection and then stalls, this command waits forever",
    wget: "wget has no --timeout: a stalled server holds it for up to 900 s per read, retried 20 times"
  },
  docs: {
    summary: "curl or wget in a script or hook has no overall timeout",
    what: `Reports \`curl\` without \`-m\`/\`--max-time\` and \`wget\` without \`-T\`/\`--timeout\`/\`--read-timeout\` in shell scripts, systemd hooks (\`ExecStartPre=\`, \`ExecStop=\`\u2026) and start commands, and Procfile lines (\`release:\` included).

Also fine: \`curl --connect-timeout N\` on a probe \u2014 a \`-I\`/\`--head\` request, or a GET whose body is not saved to a file (\`-o /dev/null\`, printed or piped into \`grep\`); \`curl -y N\`/\`--speed-time N\` (aborts a stalled transfer), \`timeout 30 curl \u2026\`, and a \`-K\` config file (which may set the timeout). Docker and compose health checks are not checked, nor scripts they run: Docker kills a check after its \`--timeout\` (30 s by default). Dockerfile \`RUN\` steps are build steps and not checked.`,
    why: `curl has no overall time limit by default and wget waits 900 seconds for each read and retries 20 times. When the peer accepts the connection and then stops answering \u2014 an overloaded API, a half-open connection after a network change, a proxy holding the request \u2014 a deploy script, a cron job, an \`ExecStartPre=\` or a monitoring loop simply stops at that line. A monitor that hangs no longer restarts anything; an \`ExecStartPre=\` that hangs keeps the service from starting until systemd's start timeout; a deploy hangs until someone notices.`,
    example: { kind: "shell", path: "notify-deploy.sh", code: '#!/bin/sh\nset -e\ncurl -fsS -X POST "$DEPLOY_WEBHOOK" -d "version=$VERSION"\n' },
    fix: { kind: "shell", path: "notify-deploy.sh", code: '#!/bin/sh\nset -e\ncurl -fsS --max-time 10 -X POST "$DEPLOY_WEBHOOK" -d "version=$VERSION"\n' },
    references: ["https://curl.se/docs/manpage.html#-m", "https://everything.curl.dev/usingcurl/timeouts.html", "https://www.gnu.org/software/wget/manual/wget.html#Download-Options"]
  },
  command(cmd, ctx) {
    if (cmd.wrappers.includes("timeout")) return;
    if (ctx.doc.kind === "shell" && runByDockerHealthcheck(ctx.project, ctx.source.path)) return;
    const curl = curlOptions(cmd);
    if (curl) {
      const urls = curlUrls(cmd) ?? [];
      if (urls.length > 0 && urls.every((u) => u === "")) return;
      if (cmd.argv.length < 2 || hasOption(curl, "-y", "--speed-time", "-K", "--config", "-V", "--version", "-h", "--help", "-M", "--manual")) return;
      const max = hasOption(curl, "-m", "--max-time");
      if (max && max.value !== "0") return;
      if (hasOption(curl, "--connect-timeout") && isProbe(curl)) return;
      ctx.report({ messageId: "curl", span: cmd.argv[0].span });
      return;
    }
    const wget = wgetOptions(cmd);
    if (wget) {
      if (cmd.argv.length < 2 || hasOption(wget, "-V", "--version", "-h", "--help", "-e", "--execute", "--config")) return;
      const timeout = hasOption(wget, "-T", "--timeout", "--read-timeout");
      if (timeout && timeout.value !== "0") return;
      ctx.report({ messageId: "wget", span: cmd.argv[0].span });
    }
  }
});
function runByDockerHealthcheck(project, path) {
  let cache9 = healthcheckRun.get(project);
  if (!cache9) healthcheckRun.set(project, cache9 = /* @__PURE__ */ new Map());
  let known = cache9.get(path);
  if (known === void 0) cache9.set(path, known = runByHealthcheck(project, path));
  return known;
}
function isProbe(opts) {
  if (hasOption(opts, "-I", "--head")) return true;
  if (hasOption(opts, "-O", "--remote-name", "--remote-name-all", "-T", "--upload-file", "-d", "--data", "--data-raw", "--data-binary", "--data-urlencode", "-F", "--form", "--json")) return false;
  const out = hasOption(opts, "-o", "--output");
  if (out && out.value !== "/dev/null") return false;
  const method = hasOption(opts, "-X", "--request");
  return !method || /^(GET|HEAD)$/i.test(method.value ?? "");
}

// rules/SH009-install-at-startup.ts
var INSTALLS = {
  pip: ["install"],
  npm: ["install", "i", "ci", "add", "clean-install"],
  yarn: ["install", "add"],
  pnpm: ["install", "i", "add"],
  poetry: ["install", "add"],
  pipenv: ["install", "sync"],
  uv: ["sync"],
  "apt-get": ["install"],
  apt: ["install"],
  yum: ["install"],
  dnf: ["install"],
  apk: ["add"],
  bundle: ["install"],
  gem: ["install"],
  composer: ["install", "require"]
};
var OFFLINE = ["--no-index", "--offline", "--no-network"];
var WITH_VALUE3 = ["--cache-dir", "--prefix", "-C", "--dir", "--cwd", "--directory", "--project", "--python", "-p", "--log", "--proxy", "--timeout", "--retries", "-X", "--repository"];
var SH009_install_at_startup_default = defineRule({
  id: "SH009",
  name: "install-at-startup",
  severity: "warning",
  category: "reliability",
  productionOnly: true,
  kinds: ["shell", "dockerfile", "compose", "systemd", "procfile", "packagejson", "kubernetes", "railway", "fly", "render", "heroku"],
  roles: ["start", "hook", "script"],
  triggers: ["install", "npm", "yarn", "pnpm", "apk", "uv", "pipenv", "composer"],
  precision: "high",
  messages: {
    install: "{{command}} runs every time the service starts: each restart depends on the package registry, so during an outage the service cannot come back, and every boot is slower"
  },
  docs: {
    summary: "Packages are installed when the service starts instead of when the image is built",
    what: `Reports package installs in what a service runs at every start: Dockerfile \`CMD\`/\`ENTRYPOINT\`, compose \`command\`/\`entrypoint\`, \`ExecStart=\` and \`ExecStartPre=\`, Procfile lines (not \`release:\`), package.json start scripts (with \`prestart\`), and start scripts (run by one of those, or named \`*entrypoint*\`, \`start*.sh\`, \`run*.sh\`): \`pip install\` (also \`pip3\`, \`python -m pip\`), \`npm install\`/\`npm ci\`, \`yarn\` (bare) and \`yarn install\`/\`add\`, \`pnpm install\`, \`poetry install\`, \`pipenv install\`, \`uv sync\`, \`uv pip install\`, \`apt-get\`/\`apt\`/\`yum\`/\`dnf install\`, \`apk add\`, \`bundle install\`, \`gem install\`, \`composer install\`.

Not reported: installs inside shell functions (they run only if called; task runners such as \`./run setup\` keep them there), installs that need no registry (\`pip install --no-index --find-links /wheels\`, \`--offline\`), Dockerfile \`RUN\` (build time is the right time), release hooks, and other scripts.`,
    why: `A service that installs its dependencies when it starts needs the package registry, the network and a compatible set of versions on every restart. When PyPI, npm or a mirror is down or rate-limits the host, a crash that should have been a two-second restart becomes an outage; a new upstream release can change what runs without any deploy; and every boot pays for resolving and downloading, which also slows down the crash-loop recovery that seed 001 describes. Install at build time, in the image or the release artifact, and start the program directly.`,
    example: { kind: "compose", path: "compose.yaml", code: 'services:\n  web:\n    image: python:3.12-slim\n    restart: unless-stopped\n    working_dir: /app\n    command: sh -c "pip install -r requirements.txt && exec gunicorn app:app --bind 0.0.0.0:8000"\n' },
    fix: { kind: "compose", path: "compose.yaml", code: 'services:\n  web:\n    build: .\n    restart: unless-stopped\n    command: ["gunicorn", "app:app", "--bind", "0.0.0.0:8000"]\n' },
    references: ["https://docs.docker.com/build/building/best-practices/#run", "https://12factor.net/build-release-run", "https://pip.pypa.io/en/stable/cli/pip_install/#cmdoption-no-index"]
  },
  command(cmd, ctx) {
    if (cmd.role === "hook" && !(cmd.carrier.kind === "systemd" && cmd.carrier.label === "ExecStartPre")) return;
    if (cmd.role === "script" && !(cmd.carrier.kind === "shell" && isStartScriptPath(ctx.project, ctx.source.path))) return;
    if (!runsInline(cmd)) return;
    const hit = install(cmd);
    if (hit) ctx.report({ messageId: "install", data: { command: hit.text }, span: hit.span });
  }
});
function install(cmd) {
  let name = programName(cmd);
  if (!name) return void 0;
  if (/^pip[\d.]*$/.test(name)) name = "pip";
  const head = cmd.argv[0];
  if (findFlag(cmd, OFFLINE)) return void 0;
  if (name === "uv" && cmd.argv[1]?.value === "pip") {
    const sub2 = subcommand(cmd, WITH_VALUE3, 2);
    return sub2?.value === "install" ? { text: "uv pip install", span: between(head, sub2) } : void 0;
  }
  const subs = INSTALLS[name];
  if (!subs) return void 0;
  const sub = subcommand(cmd, WITH_VALUE3);
  if (name === "yarn" && sub === void 0 && cmd.argv.slice(1).every((w) => w.value !== null && !/^(-v|--version|-h|--help)$/.test(w.value))) {
    return { text: "yarn", span: head.span };
  }
  if (!sub?.value || !subs.includes(sub.value)) return void 0;
  return { text: `${name} ${sub.value}`, span: between(head, sub) };
}

// rules/SH010-loopback-bind-in-container.ts
import { posix as posix21 } from "node:path";

// src/carriers/container.ts
import { posix as posix17 } from "node:path";

// src/k8s/pod-network.ts
function podSharesNetwork(doc, owner) {
  if (owner === void 0) return false;
  for (const w of doc.tree.workloads) {
    const own = w.containers.find((c) => !c.init && serviceName(w, c) === owner);
    if (!own) continue;
    const host = resolve(w.yaml, getPath(w.yaml, w.podSpec, "hostNetwork"));
    if (isScalar(host) && (host.value === true || host.value === "true")) return true;
    return w.containers.some((c) => c !== own && (!c.init || scalarString(getPath(w.yaml, c.node, "restartPolicy"))?.trim() === "Always"));
  }
  return false;
}

// src/carriers/container.ts
var CONTAINER_KINDS = /* @__PURE__ */ new Set(["dockerfile", "compose", "kubernetes", ...PLATFORM_KINDS]);
function isContainerKind(kind) {
  return kind !== void 0 && CONTAINER_KINDS.has(kind);
}
function containerOf(cmd, doc, project) {
  if (cmd.role !== void 0 && cmd.role !== "start" && !(cmd.carrier.kind === "shell" && cmd.role === "script")) return void 0;
  if (cmd.carrier.kind === "dockerfile" && cmd.role === void 0 && cmd.carrier.label !== "ENV") return void 0;
  if (isContainerKind(cmd.carrier.kind)) {
    if (cmd.carrier.kind === "compose" && doc.kind === "compose" && sharesNetwork(doc, cmd.carrier.owner)) return "shared-network";
    if (cmd.carrier.kind === "kubernetes" && doc.kind === "kubernetes" && podSharesNetwork(doc, cmd.carrier.owner)) return "shared-network";
    return "container";
  }
  if (cmd.carrier.kind !== "shell") return void 0;
  const vias = cmd.via?.length ? cmd.via : project.startedBy.get(cmd.carrier.source.path) ?? [];
  const containerVias = vias.filter((v) => isContainerKind(viaKind(project, v)));
  if (containerVias.length > 0) {
    const shared = containerVias.every((v) => {
      const f = project.byPath.get(v.path);
      return f?.kind === "compose" && f.doc !== void 0 && sharesNetwork(f.doc, ownerAt(f.doc, v));
    });
    return shared ? "shared-network" : "container";
  }
  if (vias.length > 0) return void 0;
  return /entrypoint/i.test(posix17.basename(cmd.carrier.source.path)) ? "container" : void 0;
}
function viaKind(project, via) {
  const kind = project.byPath.get(via.path)?.kind;
  if (kind) return kind;
  if (via.label === "CMD" || via.label === "ENTRYPOINT") return "dockerfile";
  return void 0;
}
function ownerAt(doc, via) {
  return doc.tree.services.find((s) => s.span.start <= via.span.start && via.span.end <= s.span.end)?.name;
}
function sharesNetwork(doc, service) {
  if (!service) return false;
  const { yaml, services } = doc.tree;
  const mode = (name) => {
    const s = services.find((x) => x.name === name);
    const v = s ? resolve(yaml, getPair(yaml, s.node, "network_mode")?.value) : void 0;
    return isScalar(v) && typeof v.value === "string" ? v.value : void 0;
  };
  const own = mode(service);
  if (own && /^(host|service:|container:)/.test(own)) return true;
  return services.some((s) => mode(s.name) === `service:${service}`);
}

// src/shell/addresses.ts
var LOOPBACK_HOST = /^(localhost|localhost\.localdomain|ip6-localhost|ip6-loopback|127(\.\d{1,3}){1,3}|::1|0:0:0:0:0:0:0:1)$/i;
var ANY_HOST = /^(0\.0\.0\.0|::|\[::\]|\*|0)$/;
function hostScope(host) {
  const h = host.replace(/^\[(.*)\]$/, "$1");
  if (h === "") return "any";
  if (LOOPBACK_HOST.test(h)) return "loopback";
  if (ANY_HOST.test(h) || ANY_HOST.test(host)) return "any";
  if (/[$`{}]/.test(h)) return "unknown";
  return "specific";
}
function addressScope(value2) {
  if (value2 === null || value2 === void 0) return "unknown";
  let v = value2.trim();
  if (v === "") return "unknown";
  if (/^(unix:|fd:\/\/|fd:|systemd:)/i.test(v) || v.startsWith("/")) return "socket";
  v = v.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "");
  const slash = v.indexOf("/");
  if (slash !== -1) v = v.slice(0, slash);
  if (/^\d+$/.test(v)) return "port-only";
  const v6 = /^\[([^\]]*)\](?::\d+)?$/.exec(v);
  if (v6) return hostScope(v6[1]);
  if ((v.match(/:/g) ?? []).length > 1) return hostScope(v);
  const colon = v.lastIndexOf(":");
  const host = colon === -1 ? v : v.slice(0, colon);
  const port = colon === -1 ? "" : v.slice(colon + 1);
  if (colon !== -1 && !/^\d*$/.test(port) && !/^\$/.test(port)) return "unknown";
  return hostScope(host);
}
function urlIsLoopback(url) {
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(url);
  if (!m) {
    const bare = /^(\[[^\]]*\]|[^:/?#]+)/.exec(url);
    return bare ? hostScope(bare[1]) === "loopback" : false;
  }
  return hostScope(m[1]) === "loopback";
}

// src/carriers/started-code.ts
import { posix as posix18 } from "node:path";

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
var BUILTINS3 = /* @__PURE__ */ new Set(["install", "i", "ci", "add", "remove", "exec", "x", "dlx", "test", "publish", "pack", "link", "init", "create", "upgrade", "update", "outdated", "audit", "config", "cache", "why", "list", "ls", "info", "view", "version", "help", "login", "logout", "workspace", "workspaces"]);
function runTarget(cmd) {
  const [pm, a, b] = cmd.argv.map((w) => w.value);
  if (pm !== "npm" && pm !== "yarn" && pm !== "pnpm" && pm !== "bun") return void 0;
  if (a === "run" || a === "run-script") return b ?? void 0;
  if (a === "start" || a === "stop" || a === "restart") return a;
  if (pm !== "npm" && a && !a.startsWith("-") && !BUILTINS3.has(a)) return a;
  return void 0;
}

// src/carriers/started-code.ts
var NODE_RUNTIMES = /* @__PURE__ */ new Set(["node", "nodejs", "ts-node", "ts-node-esm", "tsx", "bun", "babel-node", "esno"]);
var NODE_SOURCE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
var PYTHON_VALUE_FLAGS = /* @__PURE__ */ new Set(["-W", "-X", "-Q"]);
var MODULE_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
function commandDirs(cmd, project) {
  const own = posix18.dirname(cmd.carrier.source.path);
  const vias = cmd.via.length ? cmd.via : project.startedBy.get(cmd.carrier.source.path) ?? [];
  const dirs = [own, ...vias.map((v) => posix18.dirname(v.path))];
  return [...new Set(dirs)];
}
function withInterpreterEntrypoint(cmd, entrypoint) {
  if (!entrypoint || cmd.carrier.kind !== "dockerfile" || cmd.carrier.label !== "CMD" || entrypoint.carrier.label !== "ENTRYPOINT") return void 0;
  if (cmd.carrier.shellForm || entrypoint.carrier.shellForm) return void 0;
  const head = entrypoint.argv[0];
  const interpreter = isPythonWord(head) || NODE_RUNTIMES.has(baseName(head?.value) ?? "");
  if (!interpreter || entrypoint.wrappers.length || entrypoint.argv.slice(1).some((w) => !w.value?.startsWith("-"))) return void 0;
  return { ...cmd, argv: [...entrypoint.argv, ...cmd.argv], wrappers: [] };
}
function packageScriptCommands(cmd, project) {
  const script = runTarget(cmd);
  if (!script) return [];
  for (const dir of commandDirs(cmd, project)) {
    const pkg = project.byPath.get(posix18.join(dir, "package.json"));
    if (pkg?.kind !== "packagejson") continue;
    return (pkg.facts?.commands ?? []).filter((c) => c.carrier.owner === script);
  }
  return [];
}
function startedCode(cmd, project) {
  const argv = cmd.argv;
  const dirs = commandDirs(cmd, project);
  const pythonModule = (mod) => {
    if (!mod || !MODULE_NAME.test(mod)) return void 0;
    const path = mod.replace(/\./g, "/");
    const file = findFile(project, dirs, [`${path}.py`, `${path}/__main__.py`], ["", "src/"]);
    return file ? { lang: "python", file, word: mod } : void 0;
  };
  if (cmd.wrappers.at(-1) === "python -m") return pythonModule(argv[0]?.value);
  if (isPythonWord(argv[0])) {
    let i = 1;
    while (i < argv.length) {
      const v = argv[i].value;
      if (v === null) return void 0;
      if (!v.startsWith("-")) break;
      if (v === "-c" || v === "-") return void 0;
      if (v === "-m") return pythonModule(argv[i + 1]?.value);
      i += PYTHON_VALUE_FLAGS.has(v) ? 2 : 1;
    }
    const script = argv[i]?.value;
    if (!script || !script.endsWith(".py")) return void 0;
    const file = findFile(project, dirs, [script], [""]);
    return file ? { lang: "python", file, word: script } : void 0;
  }
  const prog = baseName(argv[0]?.value);
  if (prog && NODE_RUNTIMES.has(prog)) {
    const script = argv.slice(1).find((w) => w.value !== null && !w.value.startsWith("-") && NODE_SOURCE.test(w.value))?.value;
    return script ? { lang: "node", spec: script, dirs } : void 0;
  }
  return void 0;
}
function findFile(project, dirs, paths, prefixes) {
  const isFile = (rel) => project.byPath.has(rel);
  for (const path of paths) {
    if (path.startsWith("/")) continue;
    for (const dir of dirs) {
      for (const prefix of prefixes) {
        const rel = posix18.normalize(posix18.join(dir, prefix, path));
        if (!rel.startsWith("../") && isFile(rel)) return rel;
      }
    }
  }
  const base = dirs[0] ?? ".";
  const under = (rel) => base === "." || rel.startsWith(`${base}/`);
  for (const path of paths) {
    const parts = path.replace(/^\/+/, "").replace(/^\.\//, "").split("/");
    for (let i = 0; i < parts.length; i++) {
      const tail = parts.slice(i).join("/");
      if (!tail) continue;
      const hits = project.files.filter((f) => under(f.rel) && (f.rel === tail || f.rel.endsWith(`/${tail}`))).map((f) => f.rel);
      if (hits.length === 0) continue;
      const depth = (rel) => rel.split("/").length;
      hits.sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : 1));
      if (hits.length > 1 && depth(hits[0]) === depth(hits[1])) return void 0;
      return hits[0];
    }
  }
  return void 0;
}

// src/js/project-sources.ts
import { join as join6 } from "node:path";

// src/js/package-scope.ts
import { join as join5, posix as posix19 } from "node:path";
var SOURCE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
var DECLARATION = /\.d\.[cm]?ts$/;
var MAX_FILES = 2e4;
var MAX_BYTES2 = 2 * 1024 * 1024;
function packageDirOf(rel, hasPackageJson) {
  let dir = posix19.dirname(rel);
  for (; ; ) {
    if (dir === "." || dir === "") return "";
    if (hasPackageJson(dir)) return dir;
    dir = posix19.dirname(dir);
  }
}
function packageSources(root, dir) {
  const files = [];
  const stack = [dir];
  let truncated = false;
  while (stack.length && !truncated) {
    const current = stack.pop();
    const entries2 = diskList(join5(root, current));
    if (!entries2) continue;
    const subdirs = [];
    for (const e of entries2) {
      const rel = current ? `${current}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (e.name === "node_modules" || e.name.startsWith(".")) continue;
        subdirs.push(rel);
      } else if (e.isFile() && SOURCE.test(e.name) && !DECLARATION.test(e.name)) {
        if (files.length >= MAX_FILES) {
          truncated = true;
          break;
        }
        files.push(rel);
      }
    }
    for (const sub of subdirs.sort().reverse()) {
      if (isPackage(root, sub)) continue;
      stack.push(sub);
    }
  }
  return { files: files.sort(), truncated };
}
function isPackage(root, dir) {
  return diskStat(join5(root, dir, "package.json"))?.isFile === true;
}
function readableSize(abs) {
  const st = diskStat(abs);
  return st !== void 0 && st.size <= MAX_BYTES2;
}

// src/js/project-sources.ts
var NOT_SERVICE_CODE2 = /(^|\/)(test|tests|__tests__|__mocks__|spec|e2e|examples?|docs?|dev)\/|\.(test|spec)\.[cm]?[jt]sx?$/;
var ProjectSources = class {
  constructor(model) {
    this.model = model;
    this.hasPackageJson = (dir) => model.exists(`${dir}/package.json`);
  }
  model;
  sources = /* @__PURE__ */ new Map();
  docs = /* @__PURE__ */ new Map();
  packages = /* @__PURE__ */ new Map();
  hasPackageJson;
  /** Per-run indexes: a repository does not change during a run, and hundreds of packages ask. */
  runByPackage;
  inRunSet;
  disk = /* @__PURE__ */ new Map();
  /** The run's production TS/JS files, in path order. */
  runFiles() {
    return this.model.files.filter((f) => f.kind === "typescript" && f.environment === "production");
  }
  /** The package directory of a repository-relative path (`` for the root). */
  packageOf(rel) {
    let dir = this.packages.get(rel);
    if (dir === void 0) {
      dir = packageDirOf(rel, this.hasPackageJson);
      this.packages.set(rel, dir);
    }
    return dir;
  }
  /** The file's text as `SourceFile.text` (no byte-order mark), or undefined when it cannot be read. */
  text(file) {
    return this.source(file)?.text;
  }
  /**
   * The engine's SourceFile or text when it has one, else the file decoded from disk the way the engine
   * decodes it (UTF-16, byte-order marks; binary and non-regular files refused), so offsets in a
   * tree parsed here are the engine's. Files on disk were size-checked by the caller
   * (`readableSize`); the run's own files passed the run's --max-file-size.
   */
  source(file) {
    let s = this.sources.get(file.rel);
    if (s === void 0) {
      const read = file.source || file.text !== void 0 ? void 0 : diskRead(file.abs);
      const text = file.text ?? (read && "text" in read ? read.text : void 0);
      s = file.source ?? (text !== void 0 ? new SourceFile(file.rel, file.abs, text) : null);
      this.sources.set(file.rel, s);
    }
    return s ?? void 0;
  }
  /** The parsed file (syntax errors leave a partial tree), or null when it cannot be read. */
  async parse(file) {
    if (this.docs.has(file.rel)) return this.docs.get(file.rel);
    const source = this.source(file);
    const doc = source === void 0 ? null : await parseTypeScript(source, "production");
    this.docs.set(file.rel, doc);
    return doc;
  }
  /**
   * Whether `test` accepts some production source of the package in `dir` or of the packages that
   * enclose it (their own files, not their other nested packages): the run's files first, then the
   * rest on disk. Enclosing packages count because a repository root often holds the service while
   * a subdirectory holds a package.json of its own (an installer, a template). A package too large
   * to walk answers true (the benefit of the doubt).
   */
  async someInPackage(dir, test, opts = {}) {
    const inRun = this.inRunSet ??= new Set(this.model.files.map((f) => f.rel));
    if (!this.runByPackage) {
      this.runByPackage = /* @__PURE__ */ new Map();
      for (const f of this.runFiles()) {
        if (NOT_SERVICE_CODE2.test(f.rel)) continue;
        const pkg = this.packageOf(f.rel);
        appendTo(this.runByPackage, pkg, f);
      }
    }
    const enclosing = opts.enclosing ?? true;
    for (let scope = dir; scope !== null; scope = scope === "" || !enclosing ? null : packageDirOf(scope, this.hasPackageJson)) {
      for (const f of this.runByPackage.get(scope) ?? []) {
        const text = this.text(f);
        if (text !== void 0 && await test(f, text)) return true;
      }
      let onDisk2 = this.disk.get(scope);
      if (!onDisk2) this.disk.set(scope, onDisk2 = packageSources(this.model.root, scope));
      if (onDisk2.truncated) return true;
      for (const rel of onDisk2.files) {
        if (inRun.has(rel) || NOT_SERVICE_CODE2.test(rel)) continue;
        const abs = join6(this.model.root, rel);
        if (!readableSize(abs)) continue;
        const ref = { rel, abs };
        const text = this.text(ref);
        if (text !== void 0 && await test(ref, text)) return true;
      }
    }
    return false;
  }
};
async function firstInFiles(sources, files, test) {
  for (const rel of [...files].sort()) {
    const run = sources.model.byPath.get(rel);
    const ref = run ? { rel, abs: run.abs, source: run.source, text: run.text } : { rel, abs: join6(sources.model.root, rel) };
    if (!run && !readableSize(ref.abs)) continue;
    const text = sources.text(ref);
    if (text !== void 0 && await test(ref, text)) return ref;
  }
  return void 0;
}
function handled(promise) {
  promise.catch(() => void 0);
  return promise;
}

// src/js/process-scope.ts
import { posix as posix20 } from "node:path";

// src/js/literals.ts
var UNKNOWN3 = { kind: "unknown" };
function literalOf2(expr) {
  const n = unwrapExpression(expr);
  switch (n.type) {
    case "Literal": {
      const v = n.value;
      if (v === null) return "regex" in n && n.regex ? UNKNOWN3 : { kind: "null" };
      if (typeof v === "boolean") return { kind: "boolean", value: v };
      if (typeof v === "number") return { kind: "number", value: v };
      if (typeof v === "string") return { kind: "string", value: v };
      return UNKNOWN3;
    }
    case "Identifier":
      return n.name === "undefined" ? { kind: "undefined" } : n.name === "Infinity" ? { kind: "number", value: Infinity } : UNKNOWN3;
    case "TemplateLiteral":
      return n.expressions.length === 0 ? { kind: "string", value: n.quasis.map((q) => q.value.cooked ?? q.value.raw).join("") } : UNKNOWN3;
    case "UnaryExpression": {
      const ops = [];
      let inner = n;
      while (inner.type === "UnaryExpression") {
        if (inner.operator === "void") return { kind: "undefined" };
        ops.push(inner.operator);
        inner = unwrapExpression(inner.argument);
      }
      let value2 = literalOf2(inner);
      for (let i = ops.length - 1; i >= 0; i--) {
        const op = ops[i];
        if (value2.kind === "unknown") return UNKNOWN3;
        if (op === "!") value2 = { kind: "boolean", value: !truthy2(value2) };
        else if ((op === "-" || op === "+") && value2.kind === "number") value2 = op === "-" ? { kind: "number", value: -value2.value } : value2;
        else return UNKNOWN3;
      }
      return value2;
    }
    default:
      return UNKNOWN3;
  }
}
function truthy2(lit) {
  switch (lit.kind) {
    case "null":
    case "undefined":
      return false;
    case "boolean":
      return lit.value;
    case "number":
      return lit.value !== 0 && !Number.isNaN(lit.value);
    case "string":
      return lit.value.length > 0;
  }
}
function isTruthyConstant2(expr) {
  const lit = literalOf2(expr);
  return lit.kind !== "unknown" && truthy2(lit);
}
function stringValue2(expr) {
  const lit = literalOf2(expr);
  return lit.kind === "string" ? lit.value : null;
}
function propertyName(owner) {
  const key = owner.type === "MemberExpression" ? owner.property : owner.key;
  if (!owner.computed) {
    if (key.type === "Identifier") return key.name;
    if (key.type === "PrivateIdentifier") return `#${key.name}`;
  }
  if (key.type === "Literal" && (typeof key.value === "string" || typeof key.value === "number")) return String(key.value);
  if (key.type === "TemplateLiteral" && key.expressions.length === 0) return key.quasis[0]?.value.cooked ?? null;
  return null;
}
function dottedName2(expr) {
  const parts = [];
  let n = unwrapExpression(expr);
  for (; ; ) {
    if (n.type === "Identifier") {
      parts.push(n.name);
      return parts.reverse().join(".");
    }
    if (n.type === "ThisExpression") {
      parts.push("this");
      return parts.reverse().join(".");
    }
    if (n.type === "Super") {
      parts.push("super");
      return parts.reverse().join(".");
    }
    if (n.type !== "MemberExpression") return null;
    if (n.computed && !(n.property.type === "Literal" && typeof n.property.value === "string")) return null;
    const name = propertyName(n);
    if (name === null) return null;
    parts.push(name);
    n = unwrapExpression(n.object);
  }
}
function methodName2(call) {
  const c = unwrapExpression(call.callee);
  if (c.type === "Identifier") return c.name;
  if (c.type === "MemberExpression") return propertyName(c);
  return null;
}

// src/js/process-scope.ts
var RUNTIMES = /* @__PURE__ */ new Set(["node", "nodejs", "ts-node", "ts-node-esm", "tsx", "bun", "nodemon", "deno", "pm2-runtime", "babel-node", "esno"]);
var EXTENSIONS = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];
var SOURCE2 = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
var MAX_PROCESS_FILES = 5e3;
var ProcessScopes = class {
  constructor(model, sources) {
    this.model = model;
    this.sources = sources;
  }
  model;
  sources;
  processes;
  packageFiles = /* @__PURE__ */ new Map();
  /** The processes whose files include `rel` (empty: no known entry reaches it). */
  async processesOf(rel) {
    return (await this.all()).filter((p) => p.files.has(rel));
  }
  /**
   * Whether some source of the package in `dir` (its own files) imports `rel` by a relative path:
   * a sub-package's file that the enclosing package loads (NodeBB's `src/cli/setup.js` requiring
   * `install/web.js`) runs in the enclosing package's process.
   */
  async importedFrom(dir, rel) {
    const stem = posix20.basename(rel).replace(SOURCE2, "");
    let files = this.packageFiles.get(dir);
    if (!files) this.packageFiles.set(dir, files = packageSources(this.model.root, dir).files);
    for (const other of files) {
      if (other === rel) continue;
      const text = this.sources.text({ rel: other, abs: posix20.join(this.model.root, other) });
      if (!text?.includes(stem)) continue;
      const doc = await this.sources.parse({ rel: other, abs: posix20.join(this.model.root, other) });
      if (!doc) continue;
      for (const spec of relativeImports(doc.tree.program)) if (this.resolveFile(posix20.normalize(posix20.join(posix20.dirname(other), spec))) === rel) return true;
    }
    return false;
  }
  /**
   * The process a start command's script runs (`node dist/server.js` named by a Dockerfile
   * `CMD`): the entry resolved against the command's directories the way entries are, with the
   * files it reaches. Undefined when the script resolves to no source of the repository.
   */
  async processFor(dirs, spec) {
    const bases = [.../* @__PURE__ */ new Set([...dirs.map((d) => d === "." ? "" : d), ""])];
    const entry = this.resolveEntry(bases, spec);
    if (!entry) return void 0;
    return (await this.all()).find((p) => p.entry === entry) ?? { entry, files: await this.reachable(entry) };
  }
  all() {
    return this.processes ??= this.build();
  }
  /** The packages enclosing the one in `dir`, innermost first. */
  enclosingPackages(dir) {
    const out = [];
    const has2 = (d) => this.model.exists(`${d}/package.json`);
    for (let d = dir; d !== ""; ) {
      d = packageDirOf(d, has2);
      out.push(d);
    }
    return out;
  }
  async build() {
    const out = [];
    const seen = /* @__PURE__ */ new Set();
    for (const entry of this.entries()) {
      if (seen.has(entry)) continue;
      seen.add(entry);
      out.push({ entry, files: await this.reachable(entry) });
    }
    return out;
  }
  /** Entry files named by start carriers and package.json `main`, resolved to existing sources. */
  entries() {
    const found = [];
    const add = (dirs, spec) => {
      const hit = this.resolveEntry(dirs, spec);
      if (hit) found.push(hit);
    };
    for (const { file, command } of this.model.commands()) {
      if (command.role !== "start" || file.environment !== "production") continue;
      const words2 = command.argv.map((w) => w.value);
      const prog = words2[0]?.split("/").pop();
      if (!prog || !RUNTIMES.has(prog)) continue;
      const script = words2.slice(1).find((w) => w !== null && !w.startsWith("-") && SOURCE2.test(w));
      if (!script) continue;
      const dir = posix20.dirname(file.rel);
      add(dir === "." ? [""] : [dir, ""], script);
    }
    for (const file of this.model.files) {
      if (file.kind !== "packagejson" || file.environment !== "production") continue;
      const main = file.doc?.tree?.main;
      const dir = posix20.dirname(file.rel);
      if (main) add([dir === "." ? "" : dir], main);
    }
    return found.sort();
  }
  resolveEntry(dirs, spec) {
    const clean = spec.replace(/^\.\//, "");
    if (clean.startsWith("/")) return this.bySuffix(clean.replace(/^\/+/, ""));
    for (const dir of dirs) {
      const hit = this.resolveFile(posix20.normalize(posix20.join(dir || ".", clean)));
      if (hit) return hit;
    }
    return this.bySuffix(clean);
  }
  /** An absolute path in an image (`/app/dist/server.js`): the source whose path ends like it. */
  bySuffix(path) {
    const parts = path.split("/");
    for (let i = 0; i < parts.length; i++) {
      const tail = parts.slice(i).join("/");
      for (const candidate of sourceCandidates(tail)) {
        const hit = this.model.files.find((f) => f.kind === "typescript" && (f.rel === candidate || f.rel.endsWith(`/${candidate}`)));
        if (hit) return hit.rel;
      }
    }
    return void 0;
  }
  /** A repository file for a path as a runtime or an import would find it. */
  resolveFile(path) {
    if (path.startsWith("../")) return void 0;
    for (const c of sourceCandidates(path)) if (this.isSource(c)) return c;
    return void 0;
  }
  isSource(rel) {
    return SOURCE2.test(rel) && this.model.exists(rel);
  }
  async reachable(entry) {
    const files = /* @__PURE__ */ new Set([entry]);
    const queue = [entry];
    while (queue.length && files.size < MAX_PROCESS_FILES) {
      const rel = queue.shift();
      const doc = await this.sources.parse({ rel, abs: posix20.join(this.model.root, rel), ...this.model.byPath.get(rel)?.source ? { source: this.model.byPath.get(rel).source } : {} });
      if (!doc) continue;
      for (const spec of relativeImports(doc.tree.program)) {
        const hit = this.resolveFile(posix20.normalize(posix20.join(posix20.dirname(rel), spec)));
        if (hit && !files.has(hit)) {
          files.add(hit);
          queue.push(hit);
        }
      }
    }
    return files;
  }
};
function sourceCandidates(path) {
  const out = [];
  const stems = [path];
  const src = path.replace(/^(.*\/)?(dist|build|lib|out)\//, (_m, pre) => `${pre ?? ""}src/`);
  if (src !== path) stems.push(src);
  for (const stem of stems) {
    out.push(stem);
    const bare = stem.replace(/\.(js|jsx|mjs|cjs)$/, "");
    if (bare !== stem) for (const ext of [".ts", ".tsx", ".mts", ".cts"]) out.push(bare + ext);
    if (!SOURCE2.test(stem)) {
      for (const ext of EXTENSIONS) out.push(stem + ext);
      for (const ext of EXTENSIONS) out.push(`${stem}/index${ext}`);
    }
  }
  return out;
}
function relativeImports(program) {
  const out = [];
  const take = (v) => {
    if (v && (v.startsWith("./") || v.startsWith("../") || v === "." || v === "..")) out.push(v);
  };
  walk2(program, (n) => {
    switch (n.type) {
      case "ImportDeclaration":
      case "ExportAllDeclaration":
        take(String(n.source.value));
        return false;
      case "ExportNamedDeclaration":
        if (n.source) take(String(n.source.value));
        return true;
      case "ImportExpression":
        take(stringValue2(n.source));
        return true;
      case "CallExpression":
        if (n.callee.type === "Identifier" && n.callee.name === "require" && n.arguments[0]) take(stringValue2(n.arguments[0]));
        return true;
      default:
        return true;
    }
  });
  return out;
}

// src/js/resolve.ts
var FUNCTION_TYPES = /* @__PURE__ */ new Set(["FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression"]);
var BLOCK_SCOPES = /* @__PURE__ */ new Set([
  "Program",
  "BlockStatement",
  "StaticBlock",
  "SwitchStatement",
  "ForStatement",
  "ForInStatement",
  "ForOfStatement",
  "CatchClause",
  "TSModuleBlock",
  ...FUNCTION_TYPES
]);
var MAX_DEPTH5 = 24;
var cache6 = /* @__PURE__ */ new WeakMap();
function resolverFor2(program) {
  let r = cache6.get(program);
  if (!r) {
    r = new JsResolver(program);
    cache6.set(program, r);
  }
  return r;
}
function normaliseModule(specifier) {
  return specifier.startsWith("node:") ? specifier.slice(5) : specifier;
}
var JsResolver = class {
  constructor(program) {
    this.program = program;
  }
  program;
  scopes;
  classMembers = /* @__PURE__ */ new Map();
  /** Module and export path of an identifier, member chain, call or `new`; null when not rooted in an import/require. */
  resolve(expr) {
    return this.resolveExpr(expr, 0, /* @__PURE__ */ new Set());
  }
  /** `module.path.joined` (`axios.create.get`, `pg.Pool`), or null. */
  qualifiedName(expr) {
    const r = this.resolve(expr);
    return r ? [r.module, ...r.path].join(".") : null;
  }
  /** The binding an identifier refers to at its position, if declared in the file. */
  bindingOf(id) {
    return this.lookup(id.name, id);
  }
  /** The binding of `name` as seen from `at`. */
  lookup(name, at) {
    const scopes = this.scopeTable();
    for (let n = at; n; n = n.parent) {
      const list = scopes.get(n)?.get(name);
      if (list?.length) return pick2(list, at);
    }
    return void 0;
  }
  resolveExpr(expr, depth, seen) {
    if (depth > MAX_DEPTH5) return null;
    const e = unwrapExpression(expr);
    switch (e.type) {
      case "Identifier": {
        const b = this.lookup(e.name, e);
        return b ? this.resolveBinding(b, depth, seen) : null;
      }
      case "MemberExpression": {
        const name = propertyName(e);
        if (name === null) return null;
        const obj = unwrapExpression(e.object);
        const base = obj.type === "ThisExpression" ? this.resolveThisMember(obj, name, depth, seen) : this.resolveExpr(obj, depth + 1, seen);
        if (!base) return null;
        if (obj.type === "ThisExpression") return base;
        if (name === "default" && base.path.length === 0) return base;
        return { module: base.module, path: [...base.path, name], via: base.via };
      }
      case "CallExpression": {
        const module = requiredModule(e);
        if (module !== null) return { module, path: [], via: [] };
        const base = this.resolveExpr(e.callee, depth + 1, seen);
        return base ? { ...base, via: [...base.via, e] } : null;
      }
      case "NewExpression": {
        const base = this.resolveExpr(e.callee, depth + 1, seen);
        return base ? { ...base, via: [...base.via, e] } : null;
      }
      case "ImportExpression": {
        const spec = stringValue2(e.source);
        return spec === null ? null : { module: normaliseModule(spec), path: [], via: [] };
      }
      case "AwaitExpression":
        return this.resolveExpr(e.argument, depth + 1, seen);
      default:
        return null;
    }
  }
  resolveBinding(b, depth, seen) {
    switch (b.kind) {
      case "import":
        return { module: b.module, path: b.path ?? [], via: [] };
      case "variable":
      case "destructure": {
        if (!b.init || seen.has(b.id)) return null;
        seen.add(b.id);
        try {
          const base = this.resolveExpr(b.init, depth + 1, seen);
          if (!base) return null;
          if (b.kind === "variable") return base;
          let path = base.path;
          for (const p of b.path ?? []) if (!(p === "default" && path.length === 0)) path = [...path, p];
          return { module: base.module, path, via: base.via };
        } finally {
          seen.delete(b.id);
        }
      }
      case "parameter":
        return b.type ? this.resolveType(b.type, depth, seen) : null;
      default:
        return null;
    }
  }
  /** `HttpService`, `pg.Pool`, `Redis | null`, `Promise<...>` is not followed. */
  resolveType(type, depth, seen) {
    let t = type;
    if (t.type === "TSUnionType") {
      const real = t.types.filter((x) => x.type !== "TSNullKeyword" && x.type !== "TSUndefinedKeyword");
      if (real.length !== 1) return null;
      t = real[0];
    }
    if (t.type !== "TSTypeReference") return null;
    const parts = [];
    let name = t.typeName;
    while (name.type === "TSQualifiedName") {
      parts.unshift(name.right.name);
      name = name.left;
    }
    if (name.type !== "Identifier") return null;
    const b = this.lookup(name.name, name);
    const base = b ? this.resolveBinding(b, depth + 1, seen) : null;
    return base ? { module: base.module, path: [...base.path, ...parts], via: base.via } : null;
  }
  /** `this.name` inside a class: property initialisers, `this.name = ...`, parameter properties. */
  resolveThisMember(self, name, depth, seen) {
    const cls = classOfThis(self);
    if (!cls) return null;
    const list = this.members(cls).get(name);
    if (!list?.length) return null;
    const useful = list.filter((b) => b.init || b.type);
    return this.resolveBinding(pick2(useful.length ? useful : list, self), depth + 1, seen);
  }
  members(cls) {
    let map = this.classMembers.get(cls);
    if (map) return map;
    map = /* @__PURE__ */ new Map();
    const m = map;
    const add = (name, id, extra) => addBinding2(m, { name, kind: "variable", id, scope: cls, ...extra });
    for (const member of cls.body) {
      if (member.type === "PropertyDefinition" && !member.static) {
        const name = propertyName(member);
        if (name === null) continue;
        if (member.value) add(name, member.key, { init: member.value });
        else if (member.typeAnnotation) add(name, member.key, { kind: "parameter", type: member.typeAnnotation.typeAnnotation });
      }
      if (member.type === "MethodDefinition" && member.kind === "constructor") {
        for (const p of member.value.params) {
          if (p.type !== "TSParameterProperty") continue;
          const param = p.parameter.type === "AssignmentPattern" ? p.parameter.left : p.parameter;
          if (param.type === "Identifier") {
            add(param.name, param, param.typeAnnotation ? { kind: "parameter", type: param.typeAnnotation.typeAnnotation } : { kind: "opaque" });
          }
        }
      }
    }
    walk2(cls, (n) => {
      if (n.type === "ClassBody" && n !== cls) return false;
      if (n.type === "AssignmentExpression" && n.operator === "=" && n.left.type === "MemberExpression") {
        const obj = unwrapExpression(n.left.object);
        const name = propertyName(n.left);
        if (obj.type === "ThisExpression" && name !== null && classOfThis(obj) === cls) add(name, n.left.property, { init: n.right });
      }
    });
    this.classMembers.set(cls, map);
    return map;
  }
  scopeTable() {
    if (!this.scopes) this.scopes = collectBindings(this.program);
    return this.scopes;
  }
};
function requiredModule(call) {
  if (call.callee.type !== "Identifier" || call.callee.name !== "require" || call.arguments.length < 1) return null;
  const spec = stringValue2(call.arguments[0]);
  return spec === null ? null : normaliseModule(spec);
}
function classOfThis(self) {
  let prev = self;
  for (const a of ancestors(self)) {
    if (a.type === "FunctionExpression" || a.type === "FunctionDeclaration") {
      const p = a.parent;
      if (p && (p.type === "MethodDefinition" || p.type === "TSAbstractMethodDefinition") && p.parent?.type === "ClassBody") return p.parent;
      return null;
    }
    if ((a.type === "PropertyDefinition" || a.type === "AccessorProperty") && prev === a.value && a.parent?.type === "ClassBody") return a.parent;
    if (a.type === "StaticBlock") return null;
    prev = a;
  }
  return null;
}
function pick2(list, at) {
  let best;
  for (const b of list) {
    if (b.init && b.init.range[0] <= at.range[0] && at.range[1] <= b.init.range[1] && b.kind !== "destructure") continue;
    if (b.id.range[0] <= at.range[0]) best = b;
  }
  return best ?? list[0];
}
function addBinding2(map, b) {
  const list = map.get(b.name);
  if (list) list.push(b);
  else map.set(b.name, [b]);
}
function scopeFor(node, kind) {
  for (const a of ancestors(node)) {
    if (kind === "var" ? FUNCTION_TYPES.has(a.type) || a.type === "Program" || a.type === "TSModuleBlock" : BLOCK_SCOPES.has(a.type)) return a;
  }
  return node;
}
function collectBindings(program) {
  const scopes = /* @__PURE__ */ new Map();
  const add = (scope, b) => {
    let m = scopes.get(scope);
    if (!m) scopes.set(scope, m = /* @__PURE__ */ new Map());
    addBinding2(m, { ...b, scope });
  };
  const bindPattern = (pattern, scope, init, path) => {
    const stack = [{ p: pattern, path }];
    while (stack.length) {
      const { p, path: at } = stack.pop();
      switch (p.type) {
        case "Identifier":
          if (at === null || !init) add(scope, { name: p.name, kind: "opaque", id: p });
          else if (at.length === 0) add(scope, { name: p.name, kind: "variable", id: p, init });
          else add(scope, { name: p.name, kind: "destructure", id: p, init, path: at });
          break;
        case "AssignmentPattern":
          stack.push({ p: p.left, path: at });
          break;
        case "ObjectPattern":
          for (const prop of p.properties) {
            if (prop.type === "RestElement") stack.push({ p: prop.argument, path: null });
            else {
              const key = propertyName(prop);
              stack.push({ p: prop.value, path: at === null || key === null ? null : [...at, key] });
            }
          }
          break;
        case "ArrayPattern":
          for (const el of p.elements) if (el) stack.push({ p: el, path: null });
          break;
        case "RestElement":
          stack.push({ p: p.argument, path: null });
          break;
        case "TSParameterProperty":
          stack.push({ p: p.parameter, path: at });
          break;
        default:
          break;
      }
    }
  };
  walk2(program, (n) => {
    switch (n.type) {
      case "ImportDeclaration": {
        const module = normaliseModule(String(n.source.value));
        for (const s of n.specifiers) {
          const path = s.type === "ImportSpecifier" ? (() => {
            const imported = s.imported.type === "Identifier" ? s.imported.name : String(s.imported.value);
            return imported === "default" ? [] : [imported];
          })() : [];
          add(program, { name: s.local.name, kind: "import", id: s.local, module, path });
        }
        return false;
      }
      case "TSImportEqualsDeclaration": {
        const ref = n.moduleReference;
        if (ref.type === "TSExternalModuleReference") {
          const spec = stringValue2(ref.expression);
          if (spec !== null) add(scopeFor(n, "lexical"), { name: n.id.name, kind: "import", id: n.id, module: normaliseModule(spec), path: [] });
        }
        return false;
      }
      case "VariableDeclaration": {
        const scope = scopeFor(n, n.kind === "var" ? "var" : "lexical");
        for (const d of n.declarations) {
          const loopHead = (n.parent?.type === "ForOfStatement" || n.parent?.type === "ForInStatement") && n.parent.left === n;
          bindPattern(d.id, scope, loopHead ? void 0 : d.init ?? void 0, loopHead ? null : []);
        }
        return true;
      }
      case "FunctionDeclaration":
      case "FunctionExpression":
      case "ArrowFunctionExpression": {
        if (n.type === "FunctionDeclaration" && n.id) add(scopeFor(n, "lexical"), { name: n.id.name, kind: "function", id: n.id, declaration: n });
        if (n.type === "FunctionExpression" && n.id) add(n, { name: n.id.name, kind: "function", id: n.id, declaration: n });
        for (const p of n.params) {
          const param = p.type === "TSParameterProperty" ? p.parameter : p;
          const id = param.type === "AssignmentPattern" ? param.left : param;
          if (id.type === "Identifier") {
            const type = id.typeAnnotation?.typeAnnotation;
            add(n, { name: id.name, kind: "parameter", id, ...type ? { type } : {} });
          } else {
            bindPattern(id, n, void 0, null);
          }
        }
        return true;
      }
      case "ClassDeclaration":
        if (n.id) add(scopeFor(n, "lexical"), { name: n.id.name, kind: "class", id: n.id, declaration: n });
        return true;
      case "CatchClause":
        if (n.param) bindPattern(n.param, n, void 0, null);
        return true;
      default:
        return true;
    }
  });
  return scopes;
}

// src/js/listeners.ts
function loopbackListens(program) {
  const out = [];
  let consts;
  const constString = (e) => {
    const n = unwrapExpression(e);
    const lit = literalOf2(n);
    if (lit.kind === "string") return lit.value;
    if (n.type !== "Identifier") return void 0;
    consts ??= fileConstants(program);
    return consts.get(n.name) ?? void 0;
  };
  for (const call of findAll(program, "CallExpression")) {
    const callee = unwrapExpression(call.callee);
    if (callee.type !== "MemberExpression" || propertyName(callee) !== "listen") continue;
    const obj = unwrapExpression(callee.object);
    const label = obj.type === "Identifier" ? `${obj.name}.listen()` : obj.type === "ThisExpression" ? "this.listen()" : "listen()";
    const [first, second] = call.arguments;
    const whole = { start: callee.property.range[0], end: call.range[1] };
    if (!first) {
      if (isFastify(program, callee)) out.push({ call: label, address: "localhost", span: whole, byDefault: true });
      continue;
    }
    if (first.type === "SpreadElement") continue;
    const head = unwrapExpression(first);
    if (head.type === "ObjectExpression") {
      if (!head.properties.some((p) => p.type === "SpreadElement" || p.type === "Property" && ["host", "path", "fd", "handle"].includes(propertyName(p) ?? "")) && isFastify(program, callee)) {
        out.push({ call: label, address: "localhost", span: whole, byDefault: true });
        continue;
      }
      for (const p of head.properties) {
        if (p.type !== "Property" || propertyName(p) !== "host") continue;
        const host2 = constString(p.value);
        if (host2 !== void 0 && hostScope(host2) === "loopback") out.push({ call: label, address: host2, span: spanOf(p.value) });
      }
      continue;
    }
    const port = literalOf2(head);
    const noHost = !second || second.type === "ArrowFunctionExpression" || second.type === "FunctionExpression";
    if (noHost && (port.kind === "number" || head.type === "Identifier" || head.type === "MemberExpression") && isFastify(program, callee)) {
      out.push({ call: label, address: "localhost", span: whole, byDefault: true });
      continue;
    }
    if (!second || second.type === "SpreadElement") continue;
    if (port.kind === "string" && !/^\d+$/.test(port.value)) continue;
    if (head.type === "ArrowFunctionExpression" || head.type === "FunctionExpression") continue;
    const host = constString(second);
    if (host !== void 0 && host !== "" && hostScope(host) === "loopback") out.push({ call: label, address: host, span: spanOf(second) });
  }
  return out;
}
function isFastify(program, callee) {
  const ref = resolverFor2(program).resolve(callee);
  if (!ref || ref.module !== "fastify" || ref.path.at(-1) !== "listen") return false;
  const owner = ref.path.slice(0, -1).join(".");
  return (owner === "" || owner === "fastify" || owner === "default") && ref.via.length > 0 || owner === "FastifyInstance";
}
function fileConstants(program) {
  const out = /* @__PURE__ */ new Map();
  for (const d of findAll(program, "VariableDeclarator")) {
    if (d.id.type !== "Identifier") continue;
    const decl = d.parent;
    const lit = d.init && decl?.type === "VariableDeclaration" && decl.kind === "const" ? literalOf2(d.init) : void 0;
    const name = d.id.name;
    out.set(name, out.has(name) || lit?.kind !== "string" ? null : lit.value);
  }
  return out;
}

// src/python/listeners.ts
var MAIN_GUARD2 = /^__name__\s*==\s*['"]__main__['"]$|^['"]__main__['"]\s*==\s*__name__$/;
var FLASK_RUN = /* @__PURE__ */ new Set(["flask.Flask.run", "flask.app.Flask.run", "quart.Quart.run", "quart.app.Quart.run"]);
var UVICORN = /* @__PURE__ */ new Set(["uvicorn.run", "uvicorn.main.run", "uvicorn.Config", "uvicorn.config.Config"]);
var MAX_CALL_DEPTH = 3;
function programListeners(tree, opts) {
  const resolver = resolverFor(tree);
  const root = tree.root;
  const importsFlask = [...moduleImports(root).modules].some((m) => m === "flask" || m.startsWith("flask.") || m === "quart" || m.startsWith("quart."));
  const out = [];
  for (const call of programCalls(root, resolver)) {
    const hit = check12(call, resolver, root, importsFlask, opts);
    if (hit) out.push(hit);
  }
  return out;
}
function programCalls(root, resolver) {
  const startedAt = /* @__PURE__ */ new Map();
  for (const s of startedFunctions(root, resolver)) if (s.site.type === "call") startedAt.set(s.site, s.fn);
  const functions = /* @__PURE__ */ new Map();
  for (const s of root.namedChildren) {
    const def = s.type === "decorated_definition" ? s.child("definition") : s;
    if (def?.type === "function_definition") {
      const name = def.child("name")?.text;
      if (name) functions.set(name, def);
    }
  }
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const queue = [];
  for (const s of root.namedChildren) {
    if (s.type === "function_definition" || s.type === "class_definition" || s.type === "decorated_definition") continue;
    if (s.type === "if_statement" && MAIN_GUARD2.test(s.child("condition")?.text.trim() ?? "")) {
      const body = s.child("consequence");
      if (body) queue.push({ block: body, depth: 0 });
      continue;
    }
    queue.push({ block: s, depth: 0 });
  }
  while (queue.length) {
    const { block, depth } = queue.shift();
    walk(block, (n) => {
      if (n !== block && (n.type === "function_definition" || n.type === "class_definition" || n.type === "lambda")) return false;
      if (n.type !== "call" || seen.has(n)) return true;
      seen.add(n);
      out.push(n);
      const fn = n.child("function");
      const started = startedAt.get(n);
      const def = fn?.type === "identifier" ? functions.get(fn.text) : started && [...functions.values()].includes(started) ? started : void 0;
      const body = def?.child("body");
      if (body && depth < MAX_CALL_DEPTH && !seen.has(body)) {
        seen.add(body);
        queue.push({ block: body, depth: depth + 1 });
      }
      return true;
    });
  }
  return out;
}
function check12(call, resolver, root, importsFlask, opts) {
  const name = importedCallee(call, resolver);
  if (name !== null && UVICORN.has(name)) {
    const args2 = callArguments(call);
    if (args2.keywords.some((k) => k.name === "uds" || k.name === "fd")) return void 0;
    const label = name.endsWith("Config") ? "uvicorn.Config()" : "uvicorn.run()";
    return judge2(call, args2, args2.keywords.find((k) => k.name === "host")?.value ?? args2.positional[1], label, root);
  }
  if (methodName(call) !== "run" || !isFlaskRun(call, name, resolver, importsFlask, opts)) return void 0;
  const args = callArguments(call);
  return judge2(call, args, args.keywords.find((k) => k.name === "host")?.value ?? args.positional[0], "app.run()", root);
}
function isFlaskRun(call, name, resolver, importsFlask, opts) {
  if (name !== null && FLASK_RUN.has(name)) return true;
  const fn = call.child("function");
  const r = fn ? resolver.resolve(fn) : null;
  if (!r || r.root !== "import") return false;
  const first = r.name.split(".")[0];
  if (first === "flask" || first === "quart") return false;
  const text = opts.localModule(first);
  return text !== void 0 && (importsFlask || /\b(Flask|Quart)\s*\(/.test(text));
}
function judge2(call, args, host, label, root) {
  if (!host) {
    if (args.hasStarKwargs || args.hasStarArgs) return void 0;
    const fn = call.child("function");
    const start = fn?.type === "attribute" ? fn.child("attribute")?.start ?? call.start : call.start;
    return { kind: "default", call: label, span: { start, end: call.end } };
  }
  const value2 = constantString(host, root);
  if (value2 === void 0 || addressScope(value2) !== "loopback") return void 0;
  return { kind: "explicit", call: label, address: value2, span: host.span };
}
function constantString(expr, root) {
  const lit = literalOf(expr);
  if (lit.kind === "string") return lit.value;
  if (expr.type !== "identifier") return void 0;
  const assigned = topLevelAssignments(root).get(expr.text);
  if (assigned?.length !== 1) return void 0;
  const right = assigned[0].child("right");
  const v = right ? literalOf(right) : void 0;
  return v?.kind === "string" ? v.value : void 0;
}

// rules/SH010-loopback-bind-in-container.ts
var SERVERS2 = {
  uvicorn: { flags: ["--host"], defaultLoopback: { env: "UVICORN_HOST", unless: ["--uds", "--fd"] } },
  granian: { flags: ["--host"], defaultLoopback: { env: "GRANIAN_HOST", unless: ["--uds"] } },
  gunicorn: { flags: ["-b", "--bind"] },
  hypercorn: { flags: ["-b", "--bind"] },
  daphne: { flags: ["-b", "--bind"] },
  "waitress-serve": { flags: ["--host", "--listen"] },
  "http.server": { flags: ["-b", "--bind"] },
  puma: { flags: ["-b", "--bind"] },
  "http-server": { flags: ["-a"] },
  flask: { flags: ["--host", "-h"], subs: ["run"], subWithValue: ["--app", "-A", "--env-file", "-e"], defaultLoopback: { env: "FLASK_RUN_HOST", unless: [] } },
  next: { flags: ["-H", "--hostname"], subs: ["start"] },
  rails: { flags: ["-b", "--binding"], subs: ["server", "s"], subWithValue: ["-e", "--environment"] },
  streamlit: { flags: ["--server.address"], subs: ["run"] }
};
var PROXIES = /* @__PURE__ */ new Set(["nginx", "caddy", "haproxy", "traefik", "envoy", "apache2", "apache2-foreground", "httpd", "httpd-foreground", "supervisord", "openresty", "h2o", "lighttpd", "varnishd"]);
var SH010_loopback_bind_in_container_default = defineRule({
  id: "SH010",
  name: "loopback-bind-in-container",
  severity: "error",
  category: "reliability",
  productionOnly: true,
  kinds: ["shell", "dockerfile", "compose", "kubernetes", "railway", "fly", "render", "heroku", "python", "typescript"],
  roles: ["start", "script"],
  triggers: ["127.", "localhost", "::1", "uvicorn", "granian", "flask", "runserver"],
  precision: "high",
  messages: {
    explicit: "{{program}} listens on {{address}} inside a container: nothing outside the container can connect, and its published port answers nothing",
    defaultHost: "{{program}} listens on 127.0.0.1 by default, and this container start gives it no {{flag}}: nothing outside the container can connect, and its published port answers nothing",
    codeExplicit: "{{call}} listens on {{address}}, and {{carrier}} runs this file in a container: nothing outside the container can connect, and its published port answers nothing",
    codeDefault: "{{call}} listens on {{address}} when given no host, and {{carrier}} runs this file in a container: nothing outside the container can connect, and its published port answers nothing"
  },
  docs: {
    summary: "A server in a container listens on loopback, so nothing can reach it",
    what: `Reports, in commands that start a container \u2014 Dockerfile \`CMD\`/\`ENTRYPOINT\` (final stage), compose \`command\`/\`entrypoint\`, Kubernetes container \`command\`/\`args\`, Railway, Fly.io, Render and heroku.yml start commands, the scripts those run and scripts named \`*entrypoint*\` \u2014 a server told to listen on a loopback address (\`127.0.0.1\`, \`127.x.x.x\`, \`localhost\`, \`::1\`):

- \`uvicorn --host\`, \`granian --host\`, \`gunicorn -b/--bind\` (every \`--bind\` given is loopback), \`hypercorn -b\`, \`daphne -b\`, \`waitress-serve --host/--listen\`, \`puma -b tcp://\u2026\`, \`python -m http.server --bind\`, \`http-server -a\`;
- \`flask run --host\`, \`next start -H/--hostname\`, \`rails server -b\`, \`streamlit run --server.address\`, \`manage.py runserver 127.0.0.1:8000\`;
- and servers whose **default** is loopback, started without a host: \`uvicorn\` (no \`--host\`, \`--uds\` or \`--fd\`), \`granian\`, \`flask run\` and \`manage.py runserver\` (no address, or only a port). Not reported when the environment variable that sets the host (\`UVICORN_HOST\`, \`GRANIAN_HOST\`, \`FLASK_RUN_HOST\`) appears in the file, in a file that starts it, or in a deployment file of its directory or a parent one; when the compose service has an \`env_file:\` (which may set it); or, for Flask, when a \`.flaskenv\` exists.

**In code**, for the program file such a container start runs \u2014 \`python app.py\`, \`python -u /app/main.py\`, \`python -m pkg.main\` (\`pkg/main.py\` or \`pkg/main/__main__.py\`), \`node dist/server.js\`, \`tsx src/index.ts\`, an \`ENTRYPOINT ["python3"]\` with \`CMD ["app.py"]\`, and the package.json script that \`npm start\`/\`npm run x\`/\`yarn start\` runs \u2014 the finding is in the code file and names the line that starts it ("Dockerfile:12 runs this file in a container", also a related location):

- Python, in the code that runs when the file is the program (module level, the body of \`if __name__ == "__main__":\`, and module-level functions called or started in a thread from there, such as \`def main()\`, a few calls deep): Flask's (and Quart's) \`app.run()\` with no host \u2014 Flask then listens on 127.0.0.1 \u2014 unless \`SERVER_NAME\` (which Flask takes the host from) appears in a file of the service's directory; \`app.run(host="127.0.0.1")\`/\`"localhost"\`; \`uvicorn.run(app)\` and \`uvicorn.Config(app)\` with no \`host\`, \`uds\` or \`fd\` (default host 127.0.0.1; \`UVICORN_HOST\` is read only by the CLI) or with a loopback one. The app counts as Flask when the file creates it (\`Flask(__name__)\`) or takes it from a project module that does (\`from web import app\`, \`create_app()\`). A host that is a string literal or a module-level constant is judged; anything computed (\`os.environ["HOST"]\`) is not, nor a call with \`**kwargs\`.
- JavaScript/TypeScript, in every file the entry reaches by relative imports (\`dist/\` output mapped back to \`src/\`, as for TS006): \`.listen(port, "127.0.0.1")\`, \`.listen(3000, "localhost", cb)\`, \`.listen({ port, host: "::1" })\`, the host a literal or a \`const\` of the file. \`listen(port)\` with no host is fine \u2014 Node listens on every interface \u2014 except on a Fastify instance, whose default host is \`localhost\`: \`fastify.listen({ port })\` and \`fastify.listen(port, cb)\` are reported.

Files that no container start runs \u2014 a module gunicorn imports, a script started only by a systemd unit or a Procfile \u2014 are not judged.

Not reported: systemd units, Procfiles and scripts started on the host (there loopback behind a proxy on the same host is right); a container whose start also runs a reverse proxy (\`nginx\`, \`caddy\`, \`haproxy\`, \`envoy\`, \`supervisord\`\u2026) in front of it; compose services that share a network namespace (\`network_mode: host\`, \`service:\u2026\`, \`container:\u2026\`, or a service that joins this one); Kubernetes pods with another long-running container (an app container or a native sidecar: every container of a pod shares its \`localhost\`, so a proxy sidecar reaches the app) or \`hostNetwork: true\`. Programs that read their address from a config file (\`gunicorn -c\`, nginx) are only judged by what the command line says.`,
    why: `Inside a container, 127.0.0.1 is the container's own loopback. Docker publishes a port by forwarding it to the container's network interface, not to its loopback, so a server bound to 127.0.0.1 inside the container is unreachable from the host, from other containers and from the load balancer \u2014 while its own health check, which runs \`curl -f http://localhost:8000/health\` inside the same container (as in the compose file of one of the incident reports behind prodlint), stays green. The deployment looks healthy and serves nothing: \`docker ps\` shows the port published, \`curl\` from the host gets "connection reset by peer", and the fix is one flag. On a VPS the same bind is the right choice (seed 003's Django listened on the host's loopback behind its reverse proxy), which is why host carriers are not checked.`,
    example: { kind: "dockerfile", path: "Dockerfile", code: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nUSER app\nEXPOSE 8000\nCMD ["uvicorn", "app.main:app", "--host", "127.0.0.1", "--port", "8000"]\n' },
    fix: { kind: "dockerfile", path: "Dockerfile", code: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nUSER app\nEXPOSE 8000\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]\n' },
    references: [
      "https://docs.docker.com/engine/network/#published-ports",
      "https://www.uvicorn.org/settings/#socket-binding",
      "https://docs.gunicorn.org/en/stable/settings.html#bind",
      "https://flask.palletsprojects.com/en/stable/cli/#run-the-development-server",
      "https://flask.palletsprojects.com/en/stable/api/#flask.Flask.run",
      "https://www.uvicorn.org/settings/",
      "https://fastify.dev/docs/latest/Reference/Server/#listen"
    ]
  },
  command(cmd, ctx) {
    if (cmd.shell?.inSubstitution) return;
    const hit = detect(cmd);
    if (!hit) return;
    if (hit.env !== void 0 && (hostFromEnvironment(hit.env, cmd, ctx.source.text, ctx.project, ctx.source.path) || hasEnvFile(cmd, ctx.doc))) return;
    if (containerOf(cmd, ctx.doc, ctx.project) !== "container") return;
    if (proxyAlongside(cmd, ctx.doc, ctx.project)) return;
    ctx.report({ messageId: hit.messageId, data: hit.data, span: hit.span });
  },
  // The code side: the file a container start runs (`python app.py`, `node dist/server.js`).
  // Asynchronous: Python and TS/JS files are not parsed in the project model.
  project(model, ctx) {
    return handled(checkStartedCode(model, ctx));
  }
});
async function checkStartedCode(model, ctx) {
  let sources;
  let processes;
  const done = /* @__PURE__ */ new Set();
  const parsed2 = /* @__PURE__ */ new Map();
  const report = (source, messageId, data, span, cmd) => {
    const key = `${source.path}\0${span.start}`;
    if (done.has(key)) return;
    done.add(key);
    const from = cmd.carrier.source;
    const carrier = `${from.path}:${from.positionAt(cmd.span.start).line}`;
    ctx.report({ messageId, data: { ...data, carrier }, span, source, related: [{ source: from, span: cmd.span, message: "the container start that runs this file" }] });
  };
  for (const { file, command } of model.commands()) {
    if (file.environment !== "production" || !file.doc || command.shell?.inSubstitution) continue;
    if (command.role !== "start" && !(command.carrier.kind === "shell" && command.role === "script")) continue;
    const entrypoint = command.carrier.label === "CMD" ? file.facts?.commands.find((c) => c.carrier.kind === "dockerfile" && c.carrier.label === "ENTRYPOINT" && c.role === "start") : void 0;
    const code = startedCode(withInterpreterEntrypoint(command, entrypoint) ?? command, model) ?? packageScriptCommands(command, model).map((c) => startedCode(c, model)).find((c) => c !== void 0);
    if (!code) continue;
    if (containerOf(command, file.doc, model) !== "container" || proxyAlongside(command, file.doc, model)) continue;
    if (code.lang === "python") {
      const target = model.byPath.get(code.file);
      if (target?.kind !== "python" || target.environment !== "production") continue;
      const source = target.source ?? sourceOf2(target.rel, target.abs, target.text);
      if (!source) continue;
      let doc = parsed2.get(target.rel);
      if (doc === void 0) {
        doc = await parsePython(source, "production").catch(() => null);
        parsed2.set(target.rel, doc);
      }
      if (!doc) continue;
      const dir = posix21.dirname(target.rel);
      const hits = programListeners(doc.tree, { localModule: (name) => localModuleText(model, [dir, posix21.dirname(file.rel)], name) });
      const serverName2 = hits.some((h) => h.kind === "default" && h.call === "app.run()") && mentionsNear(model, [dir, posix21.dirname(file.rel)], "SERVER_NAME");
      for (const h of hits) {
        if (h.kind === "explicit") report(source, "codeExplicit", { call: h.call, address: h.address }, h.span, command);
        else if (!(serverName2 && h.call === "app.run()")) report(source, "codeDefault", { call: h.call, address: "127.0.0.1" }, h.span, command);
      }
      continue;
    }
    sources ??= new ProjectSources(model);
    processes ??= new ProcessScopes(model, sources);
    const proc = await processes.processFor(code.dirs, code.spec);
    if (!proc) continue;
    for (const rel of [...proc.files].sort()) {
      const f = model.byPath.get(rel);
      if (f?.kind !== "typescript" || f.environment !== "production") continue;
      const text = sources.text({ rel, abs: f.abs, source: f.source, text: f.text });
      if (text === void 0 || !text.includes("listen") || !/127\.|localhost|::1|fastify/.test(text)) continue;
      const doc = await sources.parse({ rel, abs: f.abs, source: f.source, text: f.text });
      if (!doc) continue;
      for (const l of loopbackListens(doc.tree.program)) report(doc.source, l.byDefault ? "codeDefault" : "codeExplicit", { call: l.call, address: l.address }, l.span, command);
    }
  }
}
function sourceOf2(rel, abs, text) {
  if (text !== void 0) return new SourceFile(rel, abs, text);
  const read = diskRead(abs);
  return "text" in read ? new SourceFile(rel, abs, read.text) : void 0;
}
function localModuleText(model, dirs, name) {
  for (const dir of dirs) {
    for (const candidate of [`${name}.py`, `${name}/__init__.py`]) {
      const f = model.byPath.get(posix21.normalize(posix21.join(dir, candidate)));
      if (f?.kind === "python") return f.text ?? sourceOf2(f.rel, f.abs, void 0)?.text ?? "";
    }
  }
  return void 0;
}
function mentionsNear(model, dirs, word) {
  const under = (rel) => dirs.some((d) => d === "." || rel.startsWith(`${d}/`));
  return model.files.some((f) => f.kind !== void 0 && under(f.rel) && (f.text ?? f.source?.text ?? "").includes(word));
}
function detect(cmd) {
  const head = cmd.argv[0];
  if (!head) return void 0;
  let name = programName(cmd);
  let from = 1;
  const script = cmd.argv[1]?.value;
  if (isPythonWord(head) && script && !script.startsWith("-")) {
    name = baseName(script);
    from = 2;
  }
  if (name === "bundle" && cmd.argv[1]?.value === "exec" && cmd.argv[2]) {
    name = baseName(cmd.argv[2].value);
    from = 3;
  }
  if (!name) return void 0;
  if (name === "manage.py" || name === "django-admin") return runserver(cmd, from, name);
  if (name === "php") return phpServer(cmd);
  const spec = SERVERS2[name];
  if (!spec) return void 0;
  const rest = { ...cmd, argv: cmd.argv.slice(from - 1) };
  let anchor2 = cmd.argv[from - 1];
  let program = name;
  if (spec.subs) {
    const sub = subcommand(rest, spec.subWithValue ?? []);
    if (!sub?.value || !spec.subs.includes(sub.value)) return void 0;
    anchor2 = sub;
    program = `${name} ${sub.value}`;
  }
  if (rest.argv.some((w) => w.value === "--help" || w.value === "--version")) return void 0;
  const binds = allFlags(rest, spec.flags);
  if (binds.length > 0) {
    const scopes = binds.map((b) => ({ b, scope: addressScope(b.value) }));
    if (!scopes.every((s) => s.scope === "loopback")) return void 0;
    const first = scopes[0].b;
    return { messageId: "explicit", data: { program, address: first.value }, span: first.word.span };
  }
  if (!spec.defaultLoopback || spec.defaultLoopback.unless.some((f) => findFlag(rest, [f]))) return void 0;
  if (findFlag(rest, ["--env-file", "--config", "-c"])) return void 0;
  if (rest.argv.some((w) => w.value === null)) return void 0;
  return { messageId: "defaultHost", data: { program, flag: spec.flags[0] }, env: spec.defaultLoopback.env, span: spec.subs ? between(cmd.argv[from - 1], anchor2) : anchor2.span };
}
function allFlags(cmd, names) {
  const out = [];
  const argv = cmd.argv;
  for (let i = 1; i < argv.length; i++) {
    const v = argv[i].value;
    if (v === null) continue;
    if (v === "--") break;
    for (const n of names) {
      if (v === n) {
        const next = argv[i + 1];
        if (next) out.push({ value: next.value, word: next });
        i++;
        break;
      }
      if (v.startsWith(n + "=")) {
        out.push({ value: v.slice(n.length + 1), word: argv[i] });
        break;
      }
      if (n.length === 2 && n[0] === "-" && n[1] !== "-" && v.startsWith(n) && v.length > 2 && !v.startsWith("--")) {
        out.push({ value: v.slice(2), word: argv[i] });
        break;
      }
    }
  }
  return out;
}
function runserver(cmd, from, name) {
  const withValue = ["--settings", "--pythonpath", "-v", "--verbosity"];
  const sub = subcommand(cmd, withValue, from);
  if (sub?.value !== "runserver" && sub?.value !== "runserver_plus") return void 0;
  const addr = subcommand(cmd, withValue, cmd.argv.indexOf(sub) + 1);
  const program = `${name} ${sub.value}`;
  if (!addr) {
    if (cmd.argv.some((w) => w.value === null)) return void 0;
    return { messageId: "defaultHost", data: { program, flag: "address such as 0.0.0.0:8000" }, span: between(cmd.argv[from - 1], sub) };
  }
  const scope = addressScope(addr.value);
  if (scope === "loopback") return { messageId: "explicit", data: { program, address: addr.value }, span: addr.span };
  if (scope === "port-only") return { messageId: "explicit", data: { program, address: `127.0.0.1:${addr.value}` }, span: addr.span };
  return void 0;
}
function phpServer(cmd) {
  const flag = findFlag(cmd, ["-S"]);
  if (!flag || flag.value !== "-S") return void 0;
  const value2 = flagValue(cmd, flag);
  if (addressScope(value2) !== "loopback") return void 0;
  const word = cmd.argv[cmd.argv.indexOf(flag) + 1];
  return { messageId: "explicit", data: { program: "php -S", address: value2 }, span: word.span };
}
function hostFromEnvironment(name, cmd, text, project, path) {
  if (cmd.assigns.some((a) => a.name === name) || text.includes(name)) return true;
  const dir = posix21.dirname(path);
  const starters = new Set(cmd.via.map((v) => v.path));
  for (const f of project.files) {
    const fdir = posix21.dirname(f.rel);
    if (!starters.has(f.rel) && !(fdir === "." || dir === fdir || dir.startsWith(fdir + "/"))) continue;
    if (f.facts?.env.some((a) => a.name === name)) return true;
    if (f.kind !== void 0 && f.text?.includes(name)) return true;
  }
  return name === "FLASK_RUN_HOST" && (project.exists(posix21.join(dir, ".flaskenv")) || project.exists(".flaskenv"));
}
function hasEnvFile(cmd, doc) {
  if (cmd.carrier.kind !== "compose" || doc.kind !== "compose") return false;
  const { yaml, services } = doc.tree;
  const service = services.find((s) => s.name === cmd.carrier.owner);
  return service !== void 0 && getPair(yaml, service.node, "env_file") !== void 0;
}
function proxyAlongside(cmd, doc, project) {
  const key = scriptKey(cmd);
  return documentCommands(doc, project).some((c) => scriptKey(c) === key && c !== cmd && PROXIES.has(baseName(c.argv[0]?.value) ?? ""));
}

// src/docker/runtime-env.ts
function envReachesRuntime(doc, instructionSpan) {
  const { tree } = doc;
  const ins = tree.instructions.find((i) => i.span.start === instructionSpan.start && i.span.end === instructionSpan.end);
  if (!ins || ins.keyword !== "ENV" || !tree.finalStage) return false;
  const chain = /* @__PURE__ */ new Set();
  let stage = tree.finalStage;
  for (let hops = 0; stage && !chain.has(stage.index) && hops < tree.stages.length; hops++) {
    chain.add(stage.index);
    const parentName = stage.image.toLowerCase();
    stage = tree.stages.find((s) => s.index < stage.index && s.name === parentName);
  }
  return chain.has(ins.stage);
}

// rules/SH011-tls-verification-disabled.ts
var GIT_FALSE = /^(false|no|off|0)$/i;
var ENV_OFF = {
  NODE_TLS_REJECT_UNAUTHORIZED: { messageId: "env", off: (v) => v.trim() === "0", what: "every Node.js process started with it" },
  PYTHONHTTPSVERIFY: { messageId: "pythonEnv", off: (v) => v.trim() === "0", what: "Python" },
  // git checks only that the variable is set (git(1) GIT_SSL_NO_VERIFY); values that read as "no" are left alone.
  GIT_SSL_NO_VERIFY: { messageId: "gitEnv", off: (v) => v.trim() !== "" && !GIT_FALSE.test(v.trim()), what: "git" },
  NPM_CONFIG_STRICT_SSL: { messageId: "packagesEnv", off: (v) => /^false$/i.test(v.trim()), what: "npm" },
  npm_config_strict_ssl: { messageId: "packagesEnv", off: (v) => /^false$/i.test(v.trim()), what: "npm" },
  PIP_TRUSTED_HOST: { messageId: "packagesEnv", off: (v) => v.trim() !== "" && v.trim().split(/\s+/).some((h) => addressScope(h) !== "loopback"), what: "pip" }
};
var SH011_tls_verification_disabled_default = defineRule({
  id: "SH011",
  name: "tls-verification-disabled",
  severity: "error",
  category: "security",
  productionOnly: true,
  kinds: ["shell", "dockerfile", "compose", "systemd", "procfile", "packagejson", "kubernetes", "cron", "railway", "fly", "render", "heroku"],
  roles: ["start", "hook", "healthcheck", "script", "job"],
  triggers: [...Object.keys(ENV_OFF), "-k", "insecure", "no-check-certificate", "sslVerify", "sslverify", "trusted-host", "strict-ssl", "tls-verify", "no-verify-ssl"],
  securitySeverity: 7.4,
  precision: "high",
  messages: {
    client: "{{flag}} makes {{program}} accept any certificate: anyone on the network path can read and change this traffic, credentials included",
    git: "{{setting}} makes git accept any certificate: anyone on the network path can serve it different code",
    packages: "{{flag}} makes {{program}} install from {{host}} without checking its certificate: anyone on the network path can replace the packages",
    env: "{{variable}}={{value}} turns certificate checks off for every TLS connection of {{what}}",
    pythonEnv: "{{variable}}={{value}} asks Python to skip certificate checks for every HTTPS connection (honoured by builds that carry PEP 493, such as RHEL/CentOS)",
    gitEnv: "{{variable}} is set: git accepts any certificate, and anyone on the network path can serve it different code",
    packagesEnv: "{{variable}}={{value}} makes {{what}} install packages without checking certificates: anyone on the network path can replace them"
  },
  docs: {
    summary: "TLS certificate verification is turned off by a command or an environment variable",
    what: `The command-line and environment side of PY014/TS007. Reports, in start commands, hooks, health checks and shell scripts (shell scripts, Dockerfile \`CMD\`/\`ENTRYPOINT\`/\`HEALTHCHECK\`, compose \`command\`/\`entrypoint\`/\`healthcheck\`, systemd \`Exec*=\`, Procfile lines, package.json start scripts, Kubernetes container commands, probes and lifecycle hooks, crontab entries, Railway/Fly.io/Render/heroku.yml start and release commands):

- \`curl -k\`/\`--insecure\` (also inside clusters such as \`-fsSk\`), \`wget --no-check-certificate\`;
- \`git -c http.sslVerify=false \u2026\` and \`git config \u2026 http.sslVerify false\`;
- \`pip install --trusted-host HOST\`, \`uv pip install --allow-insecure-host HOST\`, \`npm/yarn/pnpm --strict-ssl=false\` or \`config set strict-ssl false\`;
- \`kubectl\`/\`helm\`/\`oc --insecure-skip-tls-verify\`, \`podman\`/\`skopeo\`/\`buildah --tls-verify=false\`, \`aws --no-verify-ssl\`;

and, in every environment carrier that reaches a running process (Dockerfile \`ENV\` of the final stage or a stage it is built from, compose \`environment\`, systemd \`Environment=\`, shell \`export\` and \`VAR=\u2026 cmd\` prefixes outside build steps, Kubernetes container \`env\`, crontab \`NAME=value\` lines, Fly.io \`[env]\`, Render \`envVars\`, Heroku \`app.json\` \`env\`): \`NODE_TLS_REJECT_UNAUTHORIZED=0\`, \`PYTHONHTTPSVERIFY=0\`, \`GIT_SSL_NO_VERIFY\` set, \`NPM_CONFIG_STRICT_SSL=false\`, \`PIP_TRUSTED_HOST\`.

Not reported: \`curl -k\` whose URLs are all plain \`http://\` without \`-L\` (the flag changes nothing there), requests to a loopback address (\`curl -k https://localhost:8443/health\`: the peer is the machine itself, nobody is on the path), \`--trusted-host localhost\`, values that cannot be read (\`$INSECURE\`), and **build steps** \u2014 Dockerfile \`RUN\`, \`ARG\`, \`ENV\` of other stages, package.json scripts other than start. At build time the usual reason is a TLS-intercepting corporate proxy, the result is checked in CI, and nothing secret of production travels on that connection; the fix there (trusting the proxy's CA) is the same, but the finding would mostly be noise. \`.env\` files are not read yet.`,
    why: `Without certificate checks TLS encrypts to whoever answers: a compromised router, a spoofed DNS answer or a hostile neighbour can present any certificate and read or change the traffic. On a command line it is worse than in code: \`curl -k\` in a start script usually downloads configuration or code, or posts a token, on every start, and \`NODE_TLS_REJECT_UNAUTHORIZED=0\` in a compose file or unit turns checks off for every connection of the process \u2014 the database, the payment API, the webhook \u2014 with only one warning in the log at start. Both typically arrive as the quick answer to "self signed certificate in certificate chain" during an incident and then stay. The fix that keeps the service running is to trust the issuing CA (\`--cacert\`, \`NODE_EXTRA_CA_CERTS\`, \`SSL_CERT_FILE\`, \`pip --cert\`).`,
    example: {
      kind: "compose",
      path: "compose.yaml",
      code: 'services:\n  api:\n    image: ghcr.io/acme/api:1.4.2\n    restart: unless-stopped\n    environment:\n      DATABASE_URL: ${DATABASE_URL}\n      NODE_TLS_REJECT_UNAUTHORIZED: "0"\n'
    },
    fix: {
      kind: "compose",
      path: "compose.yaml",
      code: "services:\n  api:\n    image: ghcr.io/acme/api:1.4.2\n    restart: unless-stopped\n    environment:\n      DATABASE_URL: ${DATABASE_URL}\n      NODE_EXTRA_CA_CERTS: /etc/ssl/certs/db-provider-ca.pem\n"
    },
    references: [
      "https://nodejs.org/api/cli.html#node_tls_reject_unauthorizedvalue",
      "https://curl.se/docs/manpage.html#-k",
      "https://git-scm.com/docs/git-config#Documentation/git-config.txt-httpsslVerify",
      "https://pip.pypa.io/en/stable/cli/pip/#cmdoption-trusted-host",
      "https://peps.python.org/pep-0493/"
    ]
  },
  command(cmd, ctx) {
    const hit = detect2(cmd);
    if (hit) ctx.report(hit);
  },
  env(a, ctx) {
    const spec = Object.hasOwn(ENV_OFF, a.name) ? ENV_OFF[a.name] : void 0;
    if (!spec || a.value === null) return;
    const value2 = a.value.trim().replace(/^(["'])(.*)\1$/, "$2");
    if (!spec.off(value2)) return;
    if (!reachesRuntime(a, ctx.doc)) return;
    ctx.report({ messageId: spec.messageId, data: { variable: a.name, value: value2, what: spec.what }, span: a.span });
  }
});
function reachesRuntime(a, doc) {
  if (a.role !== void 0) return a.role !== "build";
  if (a.carrier.kind === "dockerfile") return a.carrier.label === "ENV" && envReachesRuntime(doc, a.carrier.span);
  return true;
}
function detect2(cmd) {
  const name = programName(cmd);
  if (!name) return void 0;
  if (name === "curl") return curlInsecure(cmd);
  if (name === "wget") return wgetInsecure(cmd);
  if (name === "git") return gitInsecure(cmd);
  if (/^pip[\d.]*$/.test(name) || name === "uv") return pipInsecure(cmd, name);
  if (name === "npm" || name === "yarn" || name === "pnpm") return npmInsecure(cmd, name);
  if (name === "kubectl" || name === "helm" || name === "oc") {
    const flag = findFlag(cmd, ["--insecure-skip-tls-verify"]);
    if (!flag || flag.value.includes("=") && GIT_FALSE.test(flagValue(cmd, flag) ?? "")) return void 0;
    return { messageId: "client", data: { flag: flag.value, program: name }, span: flag.span };
  }
  if (name === "podman" || name === "skopeo" || name === "buildah") {
    const flag = findFlag(cmd, ["--tls-verify"]);
    if (!flag || !flag.value.includes("=") || !GIT_FALSE.test(flagValue(cmd, flag) ?? "")) return void 0;
    return { messageId: "client", data: { flag: flag.value, program: name }, span: flag.span };
  }
  if (name === "aws") {
    const flag = findFlag(cmd, ["--no-verify-ssl"]);
    return flag ? { messageId: "client", data: { flag: "--no-verify-ssl", program: "aws" }, span: flag.span } : void 0;
  }
  return void 0;
}
function curlInsecure(cmd) {
  const opts = curlOptions(cmd) ?? [];
  const k = hasOption(opts, "-k", "--insecure");
  if (!k) return void 0;
  const urls = curlUrls(cmd) ?? [];
  if (urls.length > 0 && urls.every((u) => u !== null && urlIsLoopback(u))) return void 0;
  if (urls.length > 0 && urls.every((u) => u !== null && /^http:\/\//i.test(u)) && !hasOption(opts, "-L", "--location", "--location-trusted")) return void 0;
  return { messageId: "client", data: { flag: k.name, program: "curl" }, span: k.word.span };
}
function wgetInsecure(cmd) {
  const opts = wgetOptions(cmd) ?? [];
  const flag = hasOption(opts, "--no-check-certificate");
  if (!flag) return void 0;
  const urls = cmd.argv.slice(1).filter((w) => w.value !== null && !w.value.startsWith("-") && /^(https?|ftps?):\/\/|^(localhost|127\.)/i.test(w.value));
  if (urls.length > 0 && urls.every((w) => urlIsLoopback(w.value))) return void 0;
  return { messageId: "client", data: { flag: "--no-check-certificate", program: "wget" }, span: flag.word.span };
}
var SSL_VERIFY_KEY = /^http\.(?:.+\.)?sslverify$/i;
function gitInsecure(cmd) {
  const argv = cmd.argv;
  for (let i = 1; i < argv.length; i++) {
    const v = argv[i].value;
    if (v === null) return void 0;
    if (v === "-c" && argv[i + 1]) {
      const kv = argv[i + 1].value ?? "";
      const eq = kv.indexOf("=");
      if (eq !== -1 && SSL_VERIFY_KEY.test(kv.slice(0, eq)) && GIT_FALSE.test(kv.slice(eq + 1))) {
        return { messageId: "git", data: { setting: `-c ${kv}` }, span: argv[i + 1].span };
      }
      i++;
      continue;
    }
    if (v.startsWith("-")) {
      if (v === "-C" || v === "--git-dir" || v === "--work-tree" || v === "--namespace") i++;
      continue;
    }
    if (v !== "config") return void 0;
    const rest = argv.slice(i + 1).filter((w) => !(w.value ?? "").startsWith("-"));
    const keyAt = rest.findIndex((w) => SSL_VERIFY_KEY.test(w.value ?? ""));
    if (keyAt === -1) return void 0;
    const value2 = rest[keyAt + 1]?.value;
    if (value2 === void 0 || value2 === null || !GIT_FALSE.test(value2)) return void 0;
    return { messageId: "git", data: { setting: `${rest[keyAt].value} ${value2}` }, span: rest[keyAt].span };
  }
  return void 0;
}
function pipInsecure(cmd, name) {
  const flags = name === "uv" ? ["--allow-insecure-host", "--trusted-host"] : ["--trusted-host"];
  for (const w of cmd.argv.slice(1)) {
    const v = w.value;
    if (v === null) continue;
    const flag = flags.find((f) => v === f || v.startsWith(f + "="));
    if (!flag) continue;
    const host = v.includes("=") ? v.slice(v.indexOf("=") + 1) : cmd.argv[cmd.argv.indexOf(w) + 1]?.value;
    if (!host || addressScope(host) === "loopback") continue;
    return { messageId: "packages", data: { flag, program: name === "uv" ? "uv" : "pip", host }, span: w.span };
  }
  const sub = subcommand(cmd);
  if (sub?.value === "config") {
    const key = cmd.argv.find((w) => /\.trusted-host$/.test(w.value ?? ""));
    const host = key ? cmd.argv[cmd.argv.indexOf(key) + 1]?.value : void 0;
    if (key && host && addressScope(host) !== "loopback") return { messageId: "packages", data: { flag: key.value, program: "pip", host }, span: key.span };
  }
  return void 0;
}
function npmInsecure(cmd, name) {
  const argv = cmd.argv;
  for (let i = 1; i < argv.length; i++) {
    const w = argv[i];
    const v = w.value;
    if (v === null) continue;
    if (v === "--strict-ssl=false" || v === "--no-strict-ssl" || v === "--strict-ssl" && argv[i + 1]?.value === "false") {
      return { messageId: "packages", data: { flag: v === "--strict-ssl" ? "--strict-ssl false" : v, program: name, host: "the registry" }, span: w.span };
    }
    if ((v === "strict-ssl" || v === "strictSsl") && argv[i + 1]?.value === "false" && argv.slice(1, i).some((x) => x.value === "set" || x.value === "config")) {
      return { messageId: "packages", data: { flag: `${v} false`, program: name, host: "the registry" }, span: w.span };
    }
  }
  return void 0;
}

// src/shell/debuggers.ts
var NODE_LIKE = /* @__PURE__ */ new Set(["node", "nodejs", "tsx", "bun", "deno", "nodemon"]);
var NODE_FLAGS_WITH_VALUE = /* @__PURE__ */ new Set(["-r", "--require", "--import", "--loader", "--experimental-loader", "--env-file", "-C", "--conditions", "--title", "--inspect-port", "--debug-port"]);
var INSPECT = /^--inspect(-brk|-wait)?(?:=(.*))?$/;
function nodeInspectOption(option2, span, tool = "node") {
  const m = INSPECT.exec(option2);
  if (!m) return void 0;
  const value2 = m[2];
  const address = value2 === void 0 || value2 === "" ? "127.0.0.1:9229" : value2;
  const scope = value2 === void 0 || value2 === "" ? "loopback" : addressScope(value2) === "port-only" ? "loopback" : addressScope(value2);
  return { tool: `${tool} --inspect${m[1] ?? ""}`, address, scope, suspends: m[1] !== void 0, span };
}
function debuggerInOptionsVariable(name, value2, span) {
  const options = value2.trim().replace(/^(["'])(.*)\1$/, "$2").split(/\s+/).filter(Boolean);
  if (name === "NODE_OPTIONS") {
    for (const o of options) {
      const hit = nodeInspectOption(o, span);
      if (hit) return hit;
    }
    return void 0;
  }
  if (/^(JAVA_TOOL_OPTIONS|JDK_JAVA_OPTIONS|_JAVA_OPTIONS|JAVA_OPTS|CATALINA_OPTS)$/.test(name)) {
    for (const o of options) {
      const hit = jdwpOption(o, span);
      if (hit) return hit;
    }
  }
  return void 0;
}
function debuggerInCommand(cmd) {
  let argv = cmd.argv;
  let name = baseName(argv[0]?.value);
  if (name === "bundle" && argv[1]?.value === "exec" && argv.length > 2) {
    argv = argv.slice(2);
    name = baseName(argv[0]?.value);
  }
  if (!name) return void 0;
  if (NODE_LIKE.has(name)) return nodeCommand(argv, name);
  const viaPythonM = cmd.wrappers[cmd.wrappers.length - 1] === "python -m";
  if (name === "debugpy") return debugpy(argv);
  if (/^python[\d.]*$/.test(name) && baseName(argv[1]?.value) === "debugpy") return debugpy(argv.slice(1));
  if (viaPythonM && (name === "pdb" || name === "ipdb" || name === "pudb")) return pdb(argv, name);
  if (name === "rdbg") return rdbg(argv);
  if (name === "java") {
    for (const w of argv.slice(1)) {
      const v = w.value;
      if (v === null) continue;
      if (v === "-jar" || !v.startsWith("-")) break;
      const hit = jdwpOption(v, w.span);
      if (hit) return hit;
    }
    return void 0;
  }
  if (name === "dlv") return delve(argv);
  return void 0;
}
function nodeCommand(argv, name) {
  for (let i = 1; i < argv.length; i++) {
    const v = argv[i].value;
    if (v === null) return void 0;
    if (i === 1 && (name === "deno" || name === "bun") && v === "run") continue;
    if (v === "--" || !v.startsWith("-")) return void 0;
    const hit = nodeInspectOption(v, argv[i].span, name);
    if (hit) return hit;
    if (NODE_FLAGS_WITH_VALUE.has(v)) i++;
  }
  return void 0;
}
function debugpy(argv) {
  for (let i = 1; i < argv.length; i++) {
    const v = argv[i].value;
    if (v === null) continue;
    if (!v.startsWith("-")) break;
    if (v === "--listen" || v.startsWith("--listen=")) {
      const value2 = v.includes("=") ? v.slice(v.indexOf("=") + 1) : argv[i + 1]?.value;
      if (value2 === void 0) return void 0;
      const scope = addressScope(value2);
      const suspends = argv.some((w) => w.value === "--wait-for-client");
      return { tool: "debugpy", address: value2 ?? "", scope: scope === "port-only" ? "loopback" : scope, suspends, span: argv[i].span };
    }
    if (v === "--connect") return void 0;
  }
  return void 0;
}
function pdb(argv, name) {
  if (argv.length < 2 || argv.some((w) => w.value === "-c" || w.value === "--command" || w.value === "-h" || w.value === "--help")) return void 0;
  return { tool: name, address: "stdin", scope: "stdin", suspends: true, span: argv[0].span };
}
function rdbg(argv) {
  const open = argv.find((w) => w.value === "--open" || w.value === "-O" || w.value?.startsWith("--open="));
  if (!open) return void 0;
  const value2 = (flag) => {
    const i = argv.findIndex((w) => w.value === flag || w.value?.startsWith(flag + "="));
    if (i === -1) return void 0;
    const v = argv[i].value;
    return v.includes("=") ? v.slice(v.indexOf("=") + 1) : argv[i + 1]?.value ?? void 0;
  };
  const host = value2("--host");
  const port = value2("--port");
  const scope = host !== void 0 && host !== null ? addressScope(host) : port !== void 0 ? "loopback" : "socket";
  const suspends = !argv.some((w) => w.value === "--nonstop" || w.value === "-n");
  return { tool: "rdbg", address: port !== void 0 ? `${host ?? "localhost"}:${port}` : "a UNIX socket", scope, suspends, span: open.span };
}
function jdwpOption(option2, span) {
  const m = /^(?:-agentlib:jdwp=|-Xrunjdwp:)(.*)$/.exec(option2);
  if (!m) return void 0;
  const opts = new Map(m[1].split(",").map((kv) => {
    const eq = kv.indexOf("=");
    return [eq === -1 ? kv : kv.slice(0, eq), eq === -1 ? "" : kv.slice(eq + 1)];
  }));
  if (opts.get("server") !== "y") return void 0;
  const address = opts.get("address") ?? "";
  const scope = address === "" ? "loopback" : addressScope(address.replace(/^\*:/, "0.0.0.0:"));
  return { tool: "JDWP", address: address || "a random port", scope: scope === "port-only" ? "loopback" : scope, suspends: opts.get("suspend") !== "n", span };
}
function delve(argv) {
  if (!argv.some((w) => w.value === "--headless" || w.value === "--headless=true")) return void 0;
  const i = argv.findIndex((w) => w.value === "-l" || w.value === "--listen" || w.value?.startsWith("--listen="));
  const flag = i === -1 ? void 0 : argv[i];
  const value2 = flag ? flag.value.includes("=") ? flag.value.slice(flag.value.indexOf("=") + 1) : argv[i + 1]?.value : "127.0.0.1:0";
  if (value2 === null || value2 === void 0) return void 0;
  const scope = addressScope(value2);
  const suspends = !argv.some((w) => w.value === "--continue");
  const head = argv.find((w) => w.value === "--headless" || w.value === "--headless=true");
  return { tool: "dlv", address: value2, scope: scope === "port-only" ? "loopback" : scope, suspends, span: (flag ?? head).span };
}

// rules/SH012-debugger-port-open.ts
var OPTION_VARIABLES2 = /* @__PURE__ */ new Set(["NODE_OPTIONS", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", "JAVA_OPTS", "CATALINA_OPTS"]);
var SH012_debugger_port_open_default = defineRule({
  id: "SH012",
  name: "debugger-port-open",
  severity: "warning",
  category: "security",
  productionOnly: true,
  kinds: ["shell", "dockerfile", "compose", "systemd", "procfile", "packagejson", "kubernetes", "railway", "fly", "render", "heroku"],
  roles: ["start", "script"],
  triggers: ["--inspect", "debugpy", "pdb", "pudb", "rdbg", "jdwp", "dlv"],
  securitySeverity: 8.8,
  precision: "high",
  messages: {
    open: "{{tool}} listens on {{address}}: anyone who can reach this port can run any code in the process",
    suspends: "{{tool}} waits for a debugger to attach before running the service: until someone connects, it serves nothing",
    stdin: "the service runs under {{tool}}: it stops before the first line and waits for a debugger command on stdin, which a service never gets",
    local: "{{tool}} leaves a debugger listening on {{address}}: any user or process on this host can attach and run code as this service"
  },
  docs: {
    summary: "A start command leaves a debugger listening, or waiting for a client",
    what: `Reports debuggers turned on in what a service runs (Dockerfile \`CMD\`/\`ENTRYPOINT\`, compose \`command\`/\`entrypoint\`, systemd \`ExecStart=\`, Procfile lines, package.json start scripts, Kubernetes container \`command\`/\`args\`, Railway, Fly.io, Render and heroku.yml start commands, the scripts they run and scripts named like start scripts), and in option variables of its environment (\`NODE_OPTIONS\`; \`JAVA_TOOL_OPTIONS\`, \`JDK_JAVA_OPTIONS\`, \`_JAVA_OPTIONS\`, \`JAVA_OPTS\`, \`CATALINA_OPTS\`):

- **open to the network** (error): Node's \`--inspect\`/\`--inspect-brk\`/\`--inspect-wait\` with a host that is not loopback (\`--inspect=0.0.0.0:9229\`, also for \`tsx\`, \`bun\`, \`deno\` and \`nodemon\`), \`python -m debugpy --listen 0.0.0.0:5678\`, \`rdbg --open --host 0.0.0.0\`, JDWP \`-agentlib:jdwp=\u2026,server=y,address=*:5005\`, \`dlv --headless --listen=:2345\`;
- **waiting for a client** (error), whatever the host: \`--inspect-brk\`, \`--inspect-wait\`, \`debugpy --wait-for-client\`, \`rdbg --open\` without \`--nonstop\`, JDWP without \`suspend=n\` (its default is \`suspend=y\`), \`dlv --headless\` without \`--continue\`, and \`python -m pdb\`/\`ipdb\`/\`pudb\` as the program (without \`-c continue\`);
- **listening on loopback outside a container** (warning): plain \`--inspect\`, \`debugpy --listen 5678\`\u2026 in a systemd unit, a Procfile or a host script.

Not reported: loopback listeners started in a container (Docker forwards a published port to the container's interface, never to its loopback, so a 127.0.0.1 inspector there is out of reach), Node flags written after the script (\`node server.js --inspect\` passes them to the app), \`debugpy --connect\` and JDWP \`server=n\` (they connect out to a debugger), development files (\`docker-compose.override.yml\`, \`Dockerfile.dev\`\u2026) and package.json scripts other than start. A bare JDWP port is read as Java 9+ does (localhost only).`,
    why: `A debugger's protocol is remote code execution by design: Node's inspector, debugpy, JDWP and delve all let the client evaluate arbitrary expressions in the process. Bound to 0.0.0.0 \u2014 usually to make it reachable from an IDE during one debugging session, and then committed \u2014 it gives a shell, with the service's secrets and credentials, to anyone who can reach the port; exposed JDWP and Node inspector ports are routinely found and exploited by internet scanners. The variants that wait for a client are an outage instead: \`--inspect-brk\`, JDWP's default \`suspend=y\` and \`python -m pdb\` stop before the first line of the app, so the process is up, its health check fails, and the platform restarts it over and over \u2014 the kind of silent restart loop that one incident report behind prodlint describes for a Telegram bot on Railway, restarted every ~3 minutes (there by a watchdog's \`os._exit\`), here with nothing in the log but "Debugger listening on ws://\u2026".`,
    example: { kind: "dockerfile", path: "Dockerfile", code: 'FROM node:20-slim\nWORKDIR /app\nCOPY . .\nUSER node\nEXPOSE 3000 9229\nCMD ["node", "--inspect=0.0.0.0:9229", "dist/server.js"]\n' },
    fix: { kind: "dockerfile", path: "Dockerfile", code: 'FROM node:20-slim\nWORKDIR /app\nCOPY . .\nUSER node\nEXPOSE 3000\nCMD ["node", "dist/server.js"]\n' },
    references: [
      "https://nodejs.org/en/learn/getting-started/security-best-practices#debug-enabled-cwe-489",
      "https://nodejs.org/api/cli.html#--inspecthostport",
      "https://github.com/microsoft/debugpy#command-line",
      "https://docs.oracle.com/en/java/javase/21/docs/specs/jpda/conninv.html"
    ]
  },
  command(cmd, ctx) {
    if (cmd.shell?.inSubstitution) return;
    if (cmd.role === "script" && !(cmd.carrier.kind === "shell" && isStartScriptPath(ctx.project, ctx.source.path))) return;
    const listener = debuggerInCommand(cmd);
    if (!listener) return;
    const verdict = judge3(listener, cmd, ctx.doc, ctx.project);
    if (verdict) ctx.report({ messageId: verdict.messageId, severity: verdict.severity, data: { tool: listener.tool, address: listener.address }, span: listener.span });
  },
  env(a, ctx) {
    if (!OPTION_VARIABLES2.has(a.name) || a.value === null) return;
    if (a.role === "build" || a.role === "hook" || a.role === "healthcheck") return;
    if (a.role === void 0 && a.carrier.kind === "dockerfile" && !envReachesRuntime(ctx.doc, a.carrier.span)) return;
    if (a.role === "script" && !(a.carrier.kind === "shell" && isStartScriptPath(ctx.project, ctx.source.path))) return;
    const listener = debuggerInOptionsVariable(a.name, a.value, a.span);
    if (!listener) return;
    const fact = { carrier: a.carrier, ...a.role ? { role: a.role } : {}, via: ctx.project.startedBy.get(ctx.source.path) ?? [] };
    const verdict = judge3(listener, fact, ctx.doc, ctx.project);
    if (verdict) ctx.report({ messageId: verdict.messageId, severity: verdict.severity, data: { tool: `${listener.tool} (from ${a.name})`, address: listener.address }, span: a.span });
  }
});
function judge3(l, fact, doc, project) {
  if (l.scope === "any" || l.scope === "specific") return { messageId: "open", severity: "error" };
  if (l.scope === "stdin") return { messageId: "stdin", severity: "error" };
  if (l.suspends) return { messageId: "suspends", severity: "error" };
  if (l.scope !== "loopback") return void 0;
  return containerOf(fact, doc, project) === void 0 ? { messageId: "local" } : void 0;
}

// src/shell/remote-exec.ts
var SHELLS4 = /^(sh|bash|dash|zsh|ksh|ash|mksh|fish)$/;
var INTERPRETERS = /^(python[\d.]*|pypy3?|perl|ruby|node|php)$/;
var SHELL_WITH_VALUE = /* @__PURE__ */ new Set(["-o", "+o", "-O", "+O", "--rcfile", "--init-file"]);
var FETCH_IN_SUBSTITUTION = /^"?(?:<\(|\$\()\s*(?:sudo\s+(?:-\S+\s+)*)?(curl|wget)\b([^)]*)/;
function remoteExec(cmd, siblings) {
  const runner = programName(cmd);
  if (!runner) return void 0;
  const sub = substitutedFetch(cmd, runner);
  if (sub) return sub;
  const pipe = cmd.shell?.pipe;
  if (!pipe || pipe.index === 0 || !readsProgramFromStdin(cmd, runner)) return void 0;
  const producer = pipeNeighbour(cmd, siblings, pipe.index - 1);
  if (!producer) return void 0;
  const fetch = fetchesToStdout(producer);
  if (!fetch) return void 0;
  return { fetcher: fetch.name, runner, ...fetch.url ? { url: fetch.url } : {}, span: { start: producer.span.start, end: cmd.argv[0].span.end } };
}
function fetchesToStdout(cmd) {
  const curl = curlOptions(cmd);
  if (curl) {
    const out = hasOption(curl, "-o", "--output");
    if (out && out.value !== "-" || hasOption(curl, "-O", "--remote-name", "--remote-name-all", "-I", "--head")) return void 0;
    const url = (curlUrls(cmd) ?? []).find((u) => u !== null && /^[a-z]+:\/\/|^[\w.-]+\.[a-z]{2,}\//i.test(u));
    return { name: "curl", ...url ? { url } : {} };
  }
  const wget = wgetOptions(cmd);
  if (wget) {
    const out = hasOption(wget, "-O", "--output-document");
    if (!out || out.value !== "-" && out.value !== "/dev/stdout") return void 0;
    const url = cmd.argv.slice(1).map((w) => w.value).find((v) => v !== null && /^[a-z]+:\/\//i.test(v));
    return { name: "wget", ...url ? { url } : {} };
  }
  return void 0;
}
function readsProgramFromStdin(cmd, runner) {
  const shell = SHELLS4.test(runner);
  if (!shell && !INTERPRETERS.test(runner)) return false;
  const args = cmd.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const v = args[i].value;
    if (v === null) return false;
    if (v === "-" || shell && /^-[a-zA-Z]*s[a-zA-Z]*$/.test(v)) return true;
    if (v === "--") return args[i + 1] === void 0;
    if (!v.startsWith("-") && !(shell && v.startsWith("+"))) return false;
    if (shell && /^-[a-zA-Z]*c[a-zA-Z]*$/.test(v)) return false;
    if (!shell && /^-(?:-(?:eval|print|require|import)|[a-zA-Z]*[cmeprnE])/.test(v)) return false;
    if (shell && SHELL_WITH_VALUE.has(v)) i++;
  }
  return true;
}
function substitutedFetch(cmd, runner) {
  const args = cmd.argv.slice(1);
  let word;
  if (SHELLS4.test(runner)) {
    const dashC = args.findIndex((w) => /^-[a-zA-Z]*c[a-zA-Z]*$/.test(w.value ?? ""));
    word = dashC !== -1 ? args[dashC + 1] : args.find((w) => w.value === null || !w.value.startsWith("-"));
  } else if (runner === "eval" || runner === "source" || runner === ".") {
    word = args[0];
  }
  if (!word || word.value !== null) return void 0;
  const m = FETCH_IN_SUBSTITUTION.exec(word.text);
  if (!m) return void 0;
  if (m[1] === "wget" && !/(^|\s)-[a-zA-Z]*O\s*-|--output-document=-|-O\s*\/dev\/stdout/.test(m[2])) return void 0;
  if (m[1] === "curl" && /(^|\s)(-o\s*(?!-\s)\S|--output\s|-O\b|--remote-name)/.test(m[2])) return void 0;
  const url = /\b(https?|ftp):\/\/[^\s"')]+/.exec(m[2])?.[0];
  return { fetcher: m[1], runner, ...url ? { url } : {}, span: between(cmd.argv[0], word) };
}
function pipeNeighbour(cmd, siblings, index) {
  const key = scriptKey(cmd);
  const me = cmd.shell;
  let best;
  for (const c of siblings) {
    const s = c.shell;
    if (!s?.pipe || s.pipe.index !== index || s.pipe.length !== me.pipe.length || s.top !== me.top) continue;
    if (scriptKey(c) !== key || c.nesting !== cmd.nesting || c.span.end > cmd.span.start) continue;
    if (!best || c.span.start > best.span.start) best = c;
  }
  return best;
}

// rules/SH013-remote-script-piped-to-shell.ts
var SH013_remote_script_piped_to_shell_default = defineRule({
  id: "SH013",
  name: "remote-script-piped-to-shell",
  severity: "note",
  category: "security",
  productionOnly: true,
  kinds: ["shell", "dockerfile", "compose", "systemd", "procfile", "packagejson", "kubernetes", "cron", "railway", "fly", "render", "heroku"],
  triggers: ["curl", "wget"],
  securitySeverity: 8.1,
  precision: "high",
  messages: {
    atStart: "{{fetcher}} output is run by {{runner}} on every start or deploy: whatever {{host}} serves at that moment runs in production, and the start fails whenever it is unreachable",
    atBuild: "{{fetcher}} output is run by {{runner}} at build time: the image runs whatever {{host}} served that day, unpinned and unchecked",
    inScript: "{{fetcher}} output is run by {{runner}}: this script runs whatever {{host}} serves at that moment, unpinned and unchecked",
    onSchedule: "{{fetcher}} output is run by {{runner}} on every run of this job: whatever {{host}} serves at that moment runs here, unpinned and unchecked, and the job fails whenever it is unreachable"
  },
  docs: {
    summary: "A downloaded script is run straight from the network",
    what: `Reports a download fed straight into an interpreter: \`curl \u2026 | sh\` (also \`bash\`, \`sudo -E bash -\`, \`bash -s -- args\`, \`python3 -\`, \`perl\`, \`ruby\`, \`node\`), \`wget -qO- \u2026 | sh\`, \`bash <(curl \u2026)\`, \`source <(curl \u2026)\`, \`sh -c "$(curl \u2026)"\` and \`eval "$(curl \u2026)"\`. The interpreter must read its program from the download: \`curl \u2026 | python3 -c 'import json\u2026'\` or \`curl \u2026 | sh local.sh\` are not reported, nor downloads to a file (\`curl -o\`, \`wget\` without \`-O -\`).

The rule's default severity is **note**, for build steps (Dockerfile \`RUN\`, package.json scripts other than start) and shell scripts of unknown purpose. In what a service runs \u2014 Dockerfile \`CMD\`/\`ENTRYPOINT\`, compose \`command\`/\`entrypoint\`, health checks, systemd \`Exec*=\`, Procfile lines, package.json start scripts, Kubernetes containers (init containers, probes and hooks included), Railway/Fly.io/Render/heroku.yml start and release commands, and scripts started by any of them or named like start scripts (\`start.sh\`, \`docker-entrypoint.sh\`) \u2014 and in scheduled jobs (crontab entries, Kubernetes Jobs and CronJobs) the finding is raised to **error**: that is where it takes production down or over.`,
    why: `A start command that runs \`curl https://\u2026 | sh\` makes every restart depend on a host you do not control: when it is slow or down, the service cannot start (exactly when an outage is making everything restart); when it changes \u2014 a new release, a compromised CDN, a hijacked domain \u2014 production runs the new code with the service's credentials, and nothing records what ran. Piping also runs a partial download: a connection cut mid-file executes a truncated script. At build time the same line makes the image depend on what a server answered that day (hadolint has no rule for it; DL4006 only asks for \`pipefail\`), which is why it is only a note there. The incident reports behind prodlint were all caused by what ran at start; this is the one start-time input nobody reviewed. The fix is to download a pinned version, check its checksum, and install it in the image.`,
    example: { kind: "shell", path: "docker-entrypoint.sh", code: "#!/bin/sh\nset -e\ncurl -fsSL https://agent.example-apm.com/install.sh | sh\nexec gunicorn app.wsgi --bind 0.0.0.0:8000\n" },
    fix: {
      kind: "shell",
      path: "docker-entrypoint.sh",
      code: "#!/bin/sh\n# The agent is installed in the image (Dockerfile: pinned version, sha256sum -c).\nset -e\nexec gunicorn app.wsgi --bind 0.0.0.0:8000\n"
    },
    references: ["https://docs.docker.com/build/building/best-practices/#run", "https://github.com/hadolint/hadolint/wiki/DL4006"]
  },
  command(cmd, ctx) {
    const hit = remoteExec(cmd, documentCommands(ctx.doc, ctx.project));
    if (!hit) return;
    const host = hit.url ? hostOf(hit.url) : "the server";
    const data = { fetcher: hit.fetcher, runner: hit.runner, host };
    if (cmd.role === "build") {
      ctx.report({ messageId: cmd.carrier.kind === "dockerfile" ? "atBuild" : "inScript", data, span: hit.span });
      return;
    }
    if (cmd.role === "job") {
      ctx.report({ messageId: "onSchedule", severity: "error", data, span: hit.span });
      return;
    }
    const startsService = cmd.role !== "script" || cmd.carrier.kind === "shell" && isStartScriptPath(ctx.project, ctx.source.path);
    if (startsService) ctx.report({ messageId: "atStart", severity: "error", data, span: hit.span });
    else ctx.report({ messageId: "inScript", data, span: hit.span });
  }
});
function hostOf(url) {
  const m = /^[a-z]+:\/\/(?:[^@/]*@)?([^/:?#]+)/i.exec(url);
  return m ? m[1] : url.split("/")[0];
}

// src/cron/boot.ts
function cronStartsAtBoot(cmd) {
  return cmd.carrier.kind === "cron" && cmd.carrier.owner?.trim() === "@reboot";
}

// src/shell/log-files.ts
import { posix as posix22 } from "node:path";

// src/config/glob.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);

// src/config/glob-match.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var PICOMATCH_OPTIONS = {
  dot: true,
  windows: false,
  noextglob: true,
  nonegate: true
};
function segmentPath(text) {
  const starts = [0];
  const dotSegment = [];
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 47) {
      const start = starts[starts.length - 1];
      const len = i - start;
      dotSegment.push((len === 1 || len === 2) && text.startsWith("..".slice(0, len), start));
      starts.push(i + 1);
    }
  }
  return { text, starts, dotSegment };
}
var EMPTY_SEGMENT = { re: /^$/, before: "", after: "", min: 1, max: 1, empty: false };
var CONTEXT = "x";
function compileForm(pattern) {
  let needs;
  let test;
  return (p) => {
    needs ??= requiredTextOf(pattern);
    if (!hasAll(p.text, needs)) return false;
    test ??= compileTest(pattern);
    return test(p);
  };
}
function compileTest(pattern) {
  const c = compileParts(pattern);
  if (!c) return () => false;
  const { whole, chunks, lastNeedsSegment } = c;
  if (whole) return (p) => whole.test(p.text);
  return (p) => placeChunks(chunks, p, lastNeedsSegment);
}
function formOf(pattern) {
  let form = singleStars(pattern);
  while (form.startsWith("./")) form = form.slice(2);
  return form;
}
function requiredTextOf(pattern) {
  const parts = splitAtGlobstars(formOf(pattern));
  if (parts.length === 1) return requiredText(formOf(pattern));
  return parts.flatMap((part) => part ? requiredText(part) : []);
}
function compileParts(pattern) {
  const form = formOf(pattern);
  const parts = splitAtGlobstars(form);
  try {
    if (parts.length === 1) {
      return { whole: import_picomatch.default.makeRe(form, PICOMATCH_OPTIONS), chunks: [], lastNeedsSegment: false };
    }
    const chunks = parts.map((text, t) => {
      if (text === null) return void 0;
      if (text === "") return EMPTY_SEGMENT;
      const before = t > 0 ? CONTEXT + "/" : "";
      const after = t < parts.length - 1 ? "/" + CONTEXT : "";
      const re = import_picomatch.default.makeRe(before + text + after, PICOMATCH_OPTIONS);
      const empty = import_picomatch.default.makeRe(before + text, PICOMATCH_OPTIONS).test(before);
      return { re, before, after, ...segmentRange(text), empty };
    });
    const beforeLast = parts[parts.length - 2];
    const lastNeedsSegment = parts[parts.length - 1] === null && typeof beforeLast === "string" && endsWithStar(beforeLast);
    return { chunks, lastNeedsSegment };
  } catch {
    return void 0;
  }
}
var SPECIAL = /* @__PURE__ */ new Set(["*", "?", "[", "]", "{", "}", "(", ")", "!", "+", "@", "|", "\\", ","]);
function requiredText(pattern) {
  const units = scanPattern(pattern);
  const plain = (u) => (u.kind === "other" || u.kind === "slash") && u.end - u.start === 1 && !SPECIAL.has(pattern[u.start]);
  const out = [];
  let run = "";
  const flush = () => {
    if (run.length > 1) out.push([run]);
    run = "";
  };
  for (let k = 0; k < units.length; k++) {
    const u = units[k];
    if (u.depth === 0 && plain(u)) {
      run += pattern[u.start];
      continue;
    }
    flush();
    if (u.depth === 0 && pattern[u.start] === "{" && units[k + 1]?.depth === 1) {
      const words2 = [];
      let word = "";
      let m = k + 1;
      for (; m < units.length && units[m].depth === 1; m++) {
        const w = units[m];
        if (pattern[w.start] === "," && w.end - w.start === 1) {
          words2.push(word);
          word = "";
        } else if (plain(w)) word += pattern[w.start];
        else break;
      }
      if (m < units.length && units[m].depth === 0 && pattern[units[m].start] === "}") {
        words2.push(word);
        if (words2.every((w) => w.length > 1)) out.push(words2);
      }
    }
  }
  flush();
  return out;
}
function hasAll(text, needs) {
  for (const any of needs) if (!any.some((n) => text.includes(n))) return false;
  return true;
}
function endsWithStar(chunk) {
  const units = scanPattern(chunk);
  const last2 = units[units.length - 1];
  return last2 !== void 0 && last2.kind === "stars" && last2.depth === 0;
}
function scanPattern(form) {
  const raw = [];
  for (let i = 0; i < form.length; ) {
    const c = form[i];
    if (c === "\\") {
      const end = Math.min(i + 2, form.length);
      raw.push({ kind: form[i + 1] === "/" ? "slash" : "other", start: i, end, depth: 0 });
      i = end;
    } else if (c === "/") {
      raw.push({ kind: "slash", start: i, end: i + 1, depth: 0 });
      i++;
    } else if (c === "*") {
      let end = i;
      while (form[end] === "*") end++;
      raw.push({ kind: "stars", start: i, end, depth: 0 });
      i = end;
    } else if (c === "[") {
      const close = form.indexOf("]", i + 2);
      if (close === -1) {
        raw.push({ kind: "other", start: i, end: i + 1, depth: 0 });
        i++;
      } else {
        raw.push({ kind: "class", start: i, end: close + 1, depth: 0 });
        i = close + 1;
      }
    } else {
      raw.push({ kind: "other", start: i, end: i + 1, depth: 0 });
      i++;
    }
  }
  const opens = [];
  const delta = new Int32Array(raw.length + 1);
  raw.forEach((u, k) => {
    const ch = u.kind === "other" && u.end - u.start === 1 ? form[u.start] : void 0;
    if (ch === "{" || ch === "(") opens.push(k);
    else if (ch === "}" || ch === ")") {
      const want = ch === "}" ? "{" : "(";
      for (let j = opens.length - 1; j >= 0; j--) {
        if (form[raw[opens[j]].start] === want) {
          delta[opens[j] + 1]++;
          delta[k]--;
          opens.length = j;
          break;
        }
      }
    }
  });
  let depth = 0;
  raw.forEach((u, k) => {
    depth += delta[k];
    u.depth = depth;
  });
  return raw;
}
function hasGroupedGlobstar(form) {
  return scanPattern(form).some((u) => u.kind === "stars" && u.depth > 0 && u.end - u.start >= 2);
}
function isWholeGlobstar(units, k) {
  const u = units[k];
  if (u.kind !== "stars" || u.depth !== 0 || u.end - u.start !== 2) return false;
  const before = units[k - 1];
  const after = units[k + 1];
  return (before === void 0 || before.kind === "slash") && (after === void 0 || after.kind === "slash");
}
function singleStars(form) {
  const units = scanPattern(form);
  let out = "";
  units.forEach((u, k) => {
    out += u.kind === "stars" && !isWholeGlobstar(units, k) ? "*" : form.slice(u.start, u.end);
  });
  return out;
}
function splitAtGlobstars(form) {
  const units = scanPattern(form);
  const parts = [];
  let from = 0;
  let sharedSlash = -1;
  let endsWithGlobstar = false;
  for (let k = 0; k < units.length; k++) {
    const u = units[k];
    if (!isWholeGlobstar(units, k)) continue;
    const before = units[k - 1];
    const after = units[k + 1];
    if (before === void 0) parts.push(null);
    else if (k - 1 !== sharedSlash) parts.push(form.slice(from, before.start));
    from = after ? after.end : u.end;
    sharedSlash = after ? k + 1 : -1;
    endsWithGlobstar = after === void 0;
  }
  if (parts.length === 0) return [form];
  parts.push(endsWithGlobstar && from === form.length ? null : form.slice(from));
  return parts;
}
function segmentRange(chunk) {
  const units = scanPattern(chunk);
  let slashes = 0;
  let variable = false;
  let classes = 0;
  for (const u of units) {
    if (u.kind === "slash") {
      slashes++;
      if (u.depth > 0) variable = true;
    } else if (u.kind === "class" && classMayMatchSlash(chunk.slice(u.start + 1, u.end - 1))) {
      classes++;
      variable = true;
    }
  }
  return variable ? { min: 1, max: slashes + classes + 1 } : { min: slashes + 1, max: slashes + 1 };
}
function classMayMatchSlash(body) {
  return body.includes("/") || body.includes("-") || body.includes("[:");
}
function placeChunks(chunks, p, lastNeedsSegment) {
  const n = p.dotSegment.length;
  const covers = (c, from, to) => c.re.test(c.before + p.text.slice(p.starts[from], p.starts[to] - 1) + c.after);
  const last2 = chunks[chunks.length - 1];
  const lastStarts = [];
  if (last2) {
    for (let len = last2.min; len <= last2.max && len <= n; len++) if (covers(last2, n - len, n)) lastStarts.push(n - len);
    if (lastStarts.length === 0 && !last2.empty) return false;
  }
  let reach = new Uint8Array(n + 1);
  const first = chunks[0];
  if (!first) reach[0] = 1;
  else for (let len = first.min; len <= first.max && len <= n; len++) if (covers(first, 0, len)) reach[len] = 1;
  for (let t = 1; t < chunks.length; t++) {
    const spread = new Uint8Array(n + 1);
    const needsSegment = lastNeedsSegment && t === chunks.length - 1;
    let on = false;
    let any = false;
    for (let q = 0; q <= n; q++) {
      on = needsSegment ? q > 0 && (on || reach[q - 1] === 1) && !p.dotSegment[q - 1] : reach[q] === 1 || on && !p.dotSegment[q - 1];
      if (on) {
        spread[q] = 1;
        any = true;
      }
    }
    if (!any) return false;
    const chunk = chunks[t];
    const emptyAtEnd = chunk !== void 0 && chunk.empty && reach[n] === 1;
    if (t === chunks.length - 1) return chunk ? emptyAtEnd || lastStarts.some((s) => spread[s] === 1) : spread[n] === 1;
    if (!chunk) {
      reach = spread;
      continue;
    }
    const next = new Uint8Array(n + 1);
    if (emptyAtEnd) next[n] = 1;
    for (let q = 0; q < n; q++) {
      if (spread[q] !== 1) continue;
      for (let len = chunk.min; len <= chunk.max && q + len <= n; len++) if (covers(chunk, q, q + len)) next[q + len] = 1;
    }
    reach = next;
  }
  return false;
}

// src/config/glob.ts
var MAX_GLOB_LENGTH = 1e3;
var MAX_GLOBS_PER_LIST = 1e3;
var MAX_BRACE_EXPANSION = 1e4;
var MAX_STARS_PER_SEGMENT = 3;
var MAX_GLOBSTARS = 4;
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
    shape = walk3(parseSequence(glob, { i: 0 }, false), 0);
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
  if (hasGroupedGlobstar(glob)) {
    return `'**' inside braces or parentheses is not supported; write one glob per alternative`;
  }
  if (scanPattern(glob).some((u) => u.kind === "slash" && u.end - u.start === 2)) {
    return `an escaped '/' ('\\/') is not supported; a '/' always separates directories`;
  }
  let source;
  try {
    source = import_picomatch2.default.makeRe(expandedForms(glob)[0], PICOMATCH_OPTIONS).source;
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
  if (dirOnly) g = trimTrailingSlashes(g);
  if (!anchored && !g.includes("/") && g !== "**") g = `**/${g}`;
  const below = `${g}/**/*`;
  return dirOnly ? [below] : [g, below];
}
function compileGlobs(globs) {
  if (globs.length === 0) return () => false;
  const forms = globs.flatMap((g) => expandedForms(g).map(compileForm));
  return (path) => {
    const p = segmentPath(normalizePath(path));
    return forms.some((matches2) => matches2(p));
  };
}
function normalizePath(path) {
  let p = path;
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
function walk3(nodes, cur) {
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
          const s = walk3(alt, shape.cur);
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

// src/shell/log-files.ts
var OUTPUT_OPERATORS = /* @__PURE__ */ new Set([">", ">>", "&>", "&>>", ">|", ">&"]);
var NOT_A_FILE = /^(\/dev\/(null|stdout|stderr|tty\w*|console|fd\/\d+|pts\/\d+)|\/proc\/(self|1|\d+)\/fd\/\d+|-)$/;
function fileRedirects(cmd) {
  const out = [];
  for (const r of cmd.shell?.redirects ?? []) {
    if (!OUTPUT_OPERATORS.has(r.operator) || !r.target) continue;
    const path = r.target.value;
    const text = r.target.text;
    if (r.operator === ">&" && path !== null && /^\d+-?$/.test(path)) continue;
    if (path !== null && NOT_A_FILE.test(path)) continue;
    if (path === null && !/log/i.test(text)) continue;
    out.push({ redirect: r, target: text, path, append: r.operator.endsWith(">>") });
  }
  return out;
}
var cache7 = /* @__PURE__ */ new WeakMap();
var LOGROTATE_FILE = /(^|\/)logrotate[^/]*(\/[^/]+)?$|\.logrotate$/;
var MAX_CONFIG = 64 * 1024;
function rotatedLogs(project) {
  let known = cache7.get(project);
  if (known) return known;
  const globs = [];
  const configs = [];
  for (const file of project.files) {
    if (!LOGROTATE_FILE.test(file.rel) || file.abs === "") continue;
    const text = file.text ?? readSmall(file.abs);
    if (text === void 0) continue;
    const found = logrotatePaths(text);
    if (found.length) configs.push(file.rel);
    for (const glob of found.map(withoutRoot)) if (glob !== "" && globProblem(glob) === void 0) globs.push(glob);
  }
  const matcher = compileGlobs(globs);
  known = { matches: (path) => matcher(withoutRoot(posix22.normalize(path))), configs };
  cache7.set(project, known);
  return known;
}
function readSmall(abs) {
  const r = diskRead(abs, MAX_CONFIG);
  return "text" in r ? r.text : void 0;
}
function logrotatePaths(text) {
  const out = [];
  let depth = 0;
  for (const raw of text.split(/\r?\n/)) {
    const hash = raw.indexOf("#");
    const line = (hash === -1 ? raw : raw.slice(0, hash)).trim();
    if (line === "") continue;
    if (depth === 0) {
      const head = line.split("{")[0];
      for (const word of head.split(/\s+/)) {
        const w = word.replace(/^["']|["']$/g, "");
        if (w.startsWith("/") || w.includes("*")) out.push(w);
      }
    }
    for (const ch of line) {
      if (ch === "{") depth++;
      else if (ch === "}") depth = Math.max(0, depth - 1);
    }
  }
  return out;
}
function withoutRoot(path) {
  let i = 0;
  while (path.charCodeAt(i) === 47) i++;
  return path.slice(i);
}

// rules/SH014-logs-to-unrotated-file.ts
var SH014_logs_to_unrotated_file_default = defineRule({
  id: "SH014",
  name: "logs-to-unrotated-file",
  severity: "warning",
  category: "operability",
  productionOnly: true,
  kinds: ["shell", "dockerfile", "compose", "systemd", "procfile", "packagejson", "kubernetes", "cron", "railway", "fly", "render", "heroku"],
  triggers: [">"],
  precision: "high",
  messages: {
    tmp: "{{program}} writes its output to {{file}}: /tmp is emptied on reboot, taking the logs of the crash with it, the file grows until the disk is full, and {{logs}} never sees a line",
    file: "{{program}} writes its output to {{file}}, which nothing rotates: the file grows until the disk is full, and {{logs}} never sees a line",
    exec: "the script sends all later output to {{file}} (exec {{operator}}), including {{program}}'s: {{where}}, and {{logs}} never sees a line"
  },
  docs: {
    summary: "A start script sends a service's output to a log file nobody rotates, often in /tmp",
    what: `Reports a shell redirect of a long-running program's stdout or stderr to a file (\`> /tmp/api.log 2>&1 &\`, \`>> /var/log/app.log\`, \`&> x.log\`, \`nohup \u2026 > bot.log &\`), and \`exec >> file 2>&1\` in a script that then starts one, in what a service runs: start scripts (run by a Dockerfile \`CMD\`/\`ENTRYPOINT\`, compose, \`ExecStart=\` or a Procfile, or named \`*entrypoint*\`, \`start*.sh\`, \`run*.sh\`), shell-form \`CMD\`/\`ENTRYPOINT\`, \`sh -c '\u2026'\` in compose, systemd and Procfile lines, package.json start scripts, Kubernetes container commands, Railway/Fly.io/Render/heroku.yml start commands; crontab entries that start a service (\`@reboot\`, or sent to the background: a periodic job's own log is left alone); and in other shell scripts when the program is started in the background (\`&\`, \`nohup\`, \`setsid\`) and left running \u2014 not a helper the script stops itself (a later \`kill\`, a \`trap\` that kills or waits, as SH005 judges it, such as a benchmark's own database). The long-running programs are those SH005 knows (servers, workers, databases, the project's own \`python bot.py\` or \`./server\`). Anchored on the redirect.

Not reported: \`/dev/null\`, \`/dev/stdout\`, \`/dev/stderr\`, \`/proc/1/fd/1\` and other descriptors (\`2>&1\`); short commands (\`echo \u2026 >> x.log\`, a migration, \`git pull >> pull.log\`); pipes (\`| logger\`, \`| tee -a app.log\` \u2014 the output still reaches the supervisor); build steps (\`RUN\`) and \`ExecStartPre=\`; a target held in a variable whose name does not say \`log\`; and files that a logrotate configuration in the repository rotates (\`logrotate.conf\`, \`logrotate.d/*\`, \`*.logrotate\`: a stanza naming the path or a glob that matches it). Programs' own log options (\`--log-file\`, \`--logpath\`) are not looked at.`,
    why: `The VPS report's fix for its crashing stack was to start each service as \`"$PYTHON_BIN" -m uvicorn \u2026 > /tmp/api.log 2>&1 &\`, and then to debug with \`tail -f /tmp/*.log\`. Files in \`/tmp\` are gone after the next reboot \u2014 exactly when the logs of a crash are needed \u2014 and nothing rotates them, so a chatty service or a crash loop that logs a traceback per second fills the disk, and then MongoDB, the API and the bot fail together. The same report set \`StandardOutput=journal\` on the unit, but the redirect inside the script took every line away from \`journalctl\`; in a container the same redirect leaves \`docker logs\` empty. Write logs to stdout/stderr and let the supervisor (journald, Docker's logging driver) collect and rotate them, or add a logrotate rule for the file.`,
    example: {
      kind: "shell",
      path: "start_api.sh",
      code: "#!/bin/bash\ncd /srv/app\nexec .venv/bin/uvicorn api.app:app --host 0.0.0.0 --port 8002 > /tmp/api.log 2>&1\n"
    },
    fix: {
      kind: "shell",
      path: "start_api.sh",
      code: "#!/bin/bash\n# stdout and stderr go to the supervisor: journald or docker logs collect and rotate them.\ncd /srv/app\nexec .venv/bin/uvicorn api.app:app --host 0.0.0.0 --port 8002\n"
    },
    references: [
      "https://12factor.net/logs",
      "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#StandardOutput=",
      "https://docs.docker.com/engine/logging/",
      "https://man7.org/linux/man-pages/man8/logrotate.8.html"
    ]
  },
  document(doc, ctx) {
    const shellFile = doc.kind === "shell";
    const startFile = shellFile && isStartScript(startScriptContext(ctx.project, ctx.source.path));
    const commands = documentCommands(ctx.doc, ctx.project).filter((c) => c.role === "start" || shellFile && c.role === "script" || c.role === "job");
    const rotated = rotatedLogs(ctx.project);
    const unrotated = (r) => r.path === null || !rotated.matches(r.path);
    const logs = logViewer(doc.kind, ctx.source.path);
    for (const group of groupByScript(commands)) {
      const inline = group.filter(runsInline);
      for (const cmd of inline) {
        if (isBareExec(cmd)) {
          const redirect2 = fileRedirects(cmd).find(unrotated);
          const later = redirect2 && inline.find((c) => c.index > cmd.index && serviceOf(c) && fileRedirects(c).length === 0 && (cmd.role === "start" || startFile || launched(c)));
          if (redirect2 && later) {
            const where = redirect2.path?.startsWith("/tmp/") ? "/tmp is emptied on reboot and nothing rotates the file" : "nothing rotates the file, which grows until the disk is full";
            ctx.report({ messageId: "exec", data: { file: redirect2.target, operator: redirect2.redirect.operator, program: serviceOf(later).name, where, logs }, span: redirect2.redirect.span });
          }
          continue;
        }
        const service = serviceOf(cmd);
        if (!service) continue;
        if (cmd.role === "script" && !startFile && (!launched(cmd) || managedHelper(inline, cmd))) continue;
        if (cmd.role === "job" && !cronStartsAtBoot(cmd) && (!launched(cmd) || managedHelper(inline, cmd))) continue;
        const redirect = fileRedirects(cmd).find(unrotated);
        if (!redirect) continue;
        const tmp = redirect.path !== null && /^\/(var\/)?tmp\//.test(redirect.path);
        ctx.report({ messageId: tmp ? "tmp" : "file", data: { program: service.name, file: redirect.target, logs }, span: redirect.redirect.span });
      }
    }
  }
});
function isBareExec(cmd) {
  return cmd.argv.length === 1 && programName(cmd) === "exec";
}
function launched(cmd) {
  return cmd.background || cmd.wrappers.includes("nohup") || cmd.wrappers.includes("setsid");
}
function logViewer(kind, path) {
  if (kind === "systemd") return "journalctl";
  if (kind === "dockerfile" || kind === "compose") return "docker logs";
  if (kind === "procfile") return "the platform's log stream";
  if (kind === "kubernetes") return "kubectl logs";
  if (kind === "cron") return "cron's mail (MAILTO) or syslog";
  if (kind === "railway" || kind === "fly" || kind === "render" || kind === "heroku") return "the platform's log stream";
  return /entrypoint/i.test(path) ? "docker logs" : "journalctl or docker logs";
}

// rules/SH015-hand-rolled-supervisor.ts
import { posix as posix23 } from "node:path";

// src/shell/supervision.ts
function isLivenessCheck(cmd) {
  const name = programName(cmd);
  switch (name) {
    case "pgrep":
    case "pidof":
    case "pidofproc":
    case "pidstat":
      return true;
    case "ps":
      return cmd.shell?.pipe !== void 0 || cmd.argv.some((w) => w.value === "-p" || w.value === "--pid");
    case "kill":
      return cmd.argv.some((w) => w.value === "-0" || w.value === "-s0");
    case "curl":
    case "wget":
    case "nc":
    case "ncat":
    case "pg_isready":
    case "redis-cli":
      return true;
    case "screen":
      return cmd.argv.some((w) => w.value === "-list" || w.value === "-ls");
    case "tmux":
      return cmd.argv.some((w) => w.value === "has-session" || w.value === "has");
    case "test":
    case "[":
    case "[[":
      return cmd.argv.some((w) => /^\/proc\//.test(w.value ?? w.text) || /^"?\/proc\//.test(w.text));
    default:
      return false;
  }
}
var START_SCRIPT = /^(start|run|restart|launch|boot|up)([-_.][^/]*)?\.(sh|bash)$|^(start|restart|launch)[a-z]*\.(sh|bash)$/i;
function directStart(cmd) {
  const service = serviceOf(cmd);
  if (service) return { what: service.name, cmd };
  const name = programName(cmd);
  if (!name) return void 0;
  const script = name === "bash" || name === "sh" || name === "dash" || name === "zsh" ? cmd.argv.slice(1).find((w) => !w.value?.startsWith("-")) : cmd.argv[0];
  const scriptName = baseName(script?.value);
  if (scriptName && START_SCRIPT.test(scriptName)) return { what: scriptName, cmd };
  if (name === "service") {
    const action = cmd.argv[2]?.value;
    if (action === "start" || action === "restart") return { what: `service ${cmd.argv[1]?.value ?? "\u2026"}`, cmd };
  }
  const head = cmd.argv[0]?.value ?? "";
  if (head.startsWith("/etc/init.d/") || head.startsWith("/etc/rc.d/")) {
    const action = cmd.argv[1]?.value;
    if (action === "start" || action === "restart") return { what: head, cmd };
  }
  return void 0;
}
function delegatedRestart(cmd) {
  const name = programName(cmd);
  const sub = subcommand(cmd, ["-H", "--host", "-c", "--context", "-f", "--file", "-p", "--project-name"])?.value;
  switch (name) {
    case "systemctl":
      return true;
    case "docker":
    case "podman":
    case "docker-compose":
    case "supervisorctl":
    case "pm2":
    case "kubectl":
    case "sv":
    case "rc-service":
    case "s6-svc":
      return sub !== void 0;
    default:
      return false;
  }
}
function restartingLoop(cmd) {
  const loops = cmd.shell?.loops ?? [];
  for (let i = loops.length - 1; i >= 0; i--) {
    const l = loops[i];
    if (l.loop.kind === "while" || l.loop.kind === "until" || l.loop.infinite) return l;
  }
  return void 0;
}

// rules/SH015-hand-rolled-supervisor.ts
var MONITOR_NAME = /monitor|watchdog|keep[-_]?alive|ensure|guard|respawn|supervis|check[-_]?(alive|running|process|service)|(alive|process|service)[-_]?check|restart[-_]?if|auto[-_]?restart/i;
var SH015_hand_rolled_supervisor_default = defineRule({
  id: "SH015",
  name: "hand-rolled-supervisor",
  severity: "warning",
  category: "reliability",
  productionOnly: true,
  kinds: ["shell", "dockerfile", "compose", "systemd", "procfile", "packagejson", "kubernetes", "cron", "railway", "fly", "render", "heroku"],
  triggers: ["while", "until", "for ((", "pgrep", "pidof", "ps ", "kill -0", "curl", "wget", "/proc/"],
  precision: "high",
  messages: {
    loop: "this loop checks whether a process is alive and starts {{program}} again itself: a hand-rolled supervisor that misses hangs, races into second copies and leaves the restarted process unwatched; use {{instead}}",
    rerun: "{{program}} runs in a loop that starts it again whenever it exits: a hand-rolled supervisor with no back-off, no crash record and no clean stop; use {{instead}}",
    cron: "{{program}} is started again by a script that checks whether it is alive: run from cron this is a supervisor that restarts it minutes late, outside any service manager; use {{instead}}"
  },
  docs: {
    summary: "A shell loop or cron script restarts a service itself instead of a service manager",
    what: `Reports the command that starts a service again in a hand-rolled supervisor, in shell scripts and in start commands (\`sh -c '\u2026'\` in a Dockerfile, compose, systemd or Procfile):
- a \`while\`/\`until\` loop that checks whether a program is alive (\`pgrep\`, \`pidof\`, \`ps \u2026 | grep\`, \`kill -0\`, \`[ -d /proc/$PID ]\`, \`curl\`/\`wget\`/\`nc\` on its port, \`screen -ls\`) and starts a service: a long-running program SH005 knows (\`uvicorn\`, \`python bot.py\`, \`./server\`, \`nohup \u2026 &\`), a start script (\`start*.sh\`, \`run*.sh\`, \`restart*.sh\`), or a SysV init script (\`service x start\`, \`/etc/init.d/x start\`);
- an endless loop (\`while true\`, \`while :\`, \`until false\`, \`for ((;;))\`) that runs a service, which starts it again each time it exits, and \`until python bot.py; do sleep 1; done\`;
- outside a loop, in a script whose name says it keeps something alive (\`monitor*\`, \`*watchdog*\`, \`keepalive*\`, \`ensure*\`, \`check-running*\`\u2026, the kind cron runs every few minutes): a liveness check and a direct start in the same statement (\`if ! pgrep -f bot.py; then nohup python bot.py & fi\`, \`pgrep x || ./start.sh\`).

Not reported: restarts delegated to a service manager (\`systemctl restart\`, \`docker restart\`, \`docker compose up -d\`, \`supervisorctl\`, \`pm2 restart\`, \`kubectl\`), which supervise what they restart; wait-for loops (\`until pg_isready; do sleep 1; done; exec app\`), where the service runs after the loop; retry loops around one-shot commands (\`until alembic upgrade head; do sleep 2; done\`); \`for x in \u2026\` loops; and loops inside functions. Crontab entries (and run-parts scripts) run every few minutes, so they are judged like a monitor script: a liveness check and a direct start in the same entry (\`*/2 * * * * pgrep -f bot.py || nohup python bot.py &\`); a cron entry that runs such a script is reported in the script. Kubernetes container commands and Railway/Fly.io/Render/heroku.yml start commands are start commands (\`sh -c 'while true; do python bot.py; done'\`).`,
    why: `The VPS report answered its crashing stack with \`monitor-services.sh\`: \`while true\`, \`pgrep -f "uvicorn.*8002"\`, and when it was missing \`pkill -f start_all_services.sh\` and run the start script again, every 30 seconds, itself started with \`nohup \u2026 &\`. The Django report did the same from cron every two minutes. Such a loop notices a crash up to a whole interval late, never notices a hang (the process exists), restarts everything when one piece died, can start a second copy when the pattern misses, has no back-off for a crash loop, dies silently itself \u2014 and the processes it starts are children of a shell that nothing supervises, so the next stop or reboot kills or forgets them. The service manager already does all of this correctly: \`Restart=on-failure\` in a systemd unit, \`restart: unless-stopped\` in compose, the platform's restart policy; for hangs, a health check (compose \`healthcheck:\`, systemd \`WatchdogSec=\`).`,
    example: {
      kind: "shell",
      path: "monitor-services.sh",
      code: '#!/bin/bash\nwhile true; do\n  if ! pgrep -f "uvicorn.*8002" > /dev/null; then\n    echo "[$(date)] API died, restarting..."\n    /v3/start_all_services.sh\n  fi\n  sleep 30\ndone\n'
    },
    fix: {
      kind: "shell",
      path: "monitor-services.sh",
      code: '#!/bin/bash\n# Restarts belong to systemd (Restart=on-failure in api.service); this only reports.\nwhile true; do\n  if ! pgrep -f "uvicorn.*8002" > /dev/null; then\n    echo "[$(date)] API is down" | logger -t monitor\n  fi\n  sleep 30\ndone\n'
    },
    references: [
      "https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html#Restart=",
      "https://docs.docker.com/reference/compose-file/services/#restart",
      "https://docs.docker.com/engine/containers/start-containers-automatically/"
    ]
  },
  document(doc, ctx) {
    const shellFile = doc.kind === "shell";
    const commands = documentCommands(ctx.doc, ctx.project).filter((c) => c.role === "start" || shellFile && c.role === "script" || c.role === "job");
    const monitorScript = shellFile && MONITOR_NAME.test(posix23.basename(ctx.source.path));
    const instead = insteadFor(ctx.project, ctx.source.path, doc.kind);
    for (const group of groupByScript(commands)) {
      const inline = group.filter(runsInline);
      for (const cmd of inline) {
        const restart = restartOf(cmd);
        if (!restart) continue;
        const frame = restartingLoop(cmd);
        if (frame) {
          const inLoop = inline.filter((c) => c !== cmd && c.shell?.loops?.some((l) => l.loop.keyword.start === frame.loop.keyword.start));
          if (inLoop.some(isLivenessCheck) && !frame.inCondition) {
            ctx.report({ messageId: "loop", data: { program: restart.what, instead }, span: spanOf2(restart) });
          } else if (frame.loop.infinite && !frame.inCondition || frame.loop.kind === "until" && frame.inCondition && serviceOf(cmd)) {
            ctx.report({ messageId: "rerun", data: { program: restart.what, instead }, span: spanOf2(restart) });
          }
          continue;
        }
        if (!monitorScript && cmd.role !== "job") continue;
        const statement = inline.filter((c) => c !== cmd && c.shell?.top === cmd.shell?.top);
        if (statement.some(isLivenessCheck)) ctx.report({ messageId: "cron", data: { program: restart.what, instead }, span: spanOf2(restart) });
      }
    }
  }
});
function restartOf(cmd) {
  if (delegatedRestart(cmd) || oneShotTask(cmd)) return void 0;
  return directStart(cmd);
}
function spanOf2(r) {
  const first = r.cmd.raw[0] ?? r.cmd.argv[0];
  const head = r.cmd.argv[0] ?? first;
  return { start: first.span.start, end: Math.max(first.span.end, head.span.end) };
}
function insteadFor(project, path, kind) {
  const vias = project.startedBy.get(path) ?? [];
  const kinds = /* @__PURE__ */ new Set([kind, ...vias.map((v) => project.byPath.get(v.path)?.kind)]);
  if (kinds.has("systemd")) return "Restart=on-failure in the systemd unit";
  if (kinds.has("compose") || kinds.has("dockerfile")) return "the container's restart policy (compose restart: unless-stopped) and a healthcheck";
  if (kinds.has("procfile")) return "the platform's restart policy";
  if (kinds.has("cron")) return "a systemd unit with Restart=on-failure in place of the cron entry";
  if (kinds.has("kubernetes")) return "the pod's restart (restartPolicy: Always, the default) and a livenessProbe";
  if (kinds.has("railway") || kinds.has("fly") || kinds.has("render") || kinds.has("heroku")) return "the platform's restart policy and health check";
  return "a service manager: a systemd unit with Restart=on-failure, compose restart: unless-stopped, or the platform's restart policy";
}

// src/js/objects.ts
function findProperty(obj, name) {
  for (let i = obj.properties.length - 1; i >= 0; i--) {
    const p = obj.properties[i];
    if (p.type === "Property" && propertyName(p) === name) return p;
  }
  return void 0;
}
function hasProperty(obj, name) {
  if (!obj) return "unknown";
  const o = unwrapExpression(obj);
  if (o.type !== "ObjectExpression") return "unknown";
  if (findProperty(o, name)) return "present";
  for (const p of o.properties) {
    if (p.type === "SpreadElement") return "unknown";
    if (p.type === "Property" && propertyName(p) === null) return "unknown";
  }
  return "absent";
}
function objectLiteral(expr, resolver) {
  if (!expr) return void 0;
  let e = unwrapExpression(expr);
  for (let i = 0; i < 8 && e.type === "Identifier"; i++) {
    const b = resolver.bindingOf(e);
    if (!b || b.kind !== "variable" || !b.init) return void 0;
    e = unwrapExpression(b.init);
  }
  return e.type === "ObjectExpression" ? e : void 0;
}

// src/js/context.ts
function isFunction(node) {
  return node.type === "FunctionDeclaration" || node.type === "FunctionExpression" || node.type === "ArrowFunctionExpression";
}
function enclosingFunction2(node) {
  for (const a of ancestors(node)) if (isFunction(a)) return a;
  return null;
}
function enclosingTryCatches(node) {
  const out = [];
  let child = node;
  for (const a of ancestors(node)) {
    if (isFunction(a)) break;
    if (a.type === "TryStatement" && a.handler && child === a.block) out.push(a);
    child = a;
  }
  return out;
}
function hasCatchHandler(expr) {
  let n = unwrapExpression(expr);
  if (n.type === "AwaitExpression") n = unwrapExpression(n.argument);
  while (n.type === "CallExpression") {
    const callee = unwrapExpression(n.callee);
    if (callee.type !== "MemberExpression") return false;
    const name = propertyName(callee);
    if (name === "catch") return true;
    if (name === "then" && n.arguments.length >= 2) return true;
    if (name !== "then" && name !== "finally") return false;
    n = unwrapExpression(callee.object);
  }
  return false;
}
var LOOP_TYPES = /* @__PURE__ */ new Set(["WhileStatement", "DoWhileStatement", "ForStatement", "ForInStatement", "ForOfStatement"]);
function isLoop(node) {
  return LOOP_TYPES.has(node.type);
}
var RUN_FLAG2 = /^_*(is)?(running|alive|active|enabled|run|keepRunning|keepGoing|shouldRun|started)$/i;
var STOP_FLAG2 = /^_*(is)?(stop|stopped|stopping|shutdown|shuttingDown|closed|closing|done|exit|exiting|finished|cancelled|canceled|terminated|quit|aborted)(Requested)?$/i;
function isInfiniteLoop(loop) {
  if (loop.type === "ForStatement") return !loop.test || isTruthyConstant2(loop.test);
  if (loop.type !== "WhileStatement" && loop.type !== "DoWhileStatement") return false;
  const test = unwrapExpression(loop.test);
  if (isTruthyConstant2(test)) return true;
  if (test.type === "UnaryExpression" && test.operator === "!") {
    const last3 = lastName2(unwrapExpression(test.argument));
    return last3 !== null && STOP_FLAG2.test(last3);
  }
  const last2 = lastName2(test);
  return last2 !== null && RUN_FLAG2.test(last2);
}
function lastName2(expr) {
  if (expr.type === "Identifier") return expr.name;
  if (expr.type === "MemberExpression") return propertyName(expr);
  return null;
}
function ownAwaits(fn) {
  const out = [];
  walk2(fn, (n) => {
    if (n !== fn && isFunction(n)) return false;
    if (n.type === "AwaitExpression" || n.type === "ForOfStatement" && n.await) out.push(n);
  });
  return out;
}
var TIMER_HOSTS = /* @__PURE__ */ new Set(["", "globalThis", "global", "window", "timers"]);
function scheduledCallback(call, resolver) {
  const written = dottedName2(call.callee) ?? "";
  const method = methodName2(call) ?? "";
  const host = written.includes(".") ? written.slice(0, written.lastIndexOf(".")) : "";
  const ref = resolver.resolve(call.callee);
  const module = ref?.module ?? "";
  let kind = null;
  let index = -1;
  if (call.type === "CallExpression" && (method === "setInterval" || method === "setTimeout") && (TIMER_HOSTS.has(host) || module === "timers") && module !== "timers/promises") {
    kind = method === "setInterval" ? "interval" : "timeout";
    index = 0;
  } else if (module === "node-cron" && ref?.path.at(-1) === "schedule") {
    kind = "cron";
    index = 1;
  } else if (module === "cron" && ref?.path.at(-1) === "CronJob" && call.type === "NewExpression") {
    kind = "cron";
    index = 1;
  } else if (module === "node-schedule" && ref?.path.at(-1) === "scheduleJob") {
    kind = "cron";
    index = call.arguments.length - 1;
  }
  if (kind === null || index < 0) return null;
  const arg = call.arguments[index];
  const callback = arg ? functionValue(arg, resolver) : null;
  return callback ? { call, callback, kind } : null;
}
function functionValue(expr, resolver) {
  const e = unwrapExpression(expr);
  if (isFunction(e)) return e;
  if (e.type === "Identifier") {
    const b = resolver.bindingOf(e);
    if (b?.kind === "function" && b.declaration && isFunction(b.declaration)) return b.declaration;
    if (b?.kind === "variable" && b.init) {
      const init = unwrapExpression(b.init);
      if (isFunction(init)) return init;
    }
  }
  return null;
}

// src/js/client.ts
var UI_MODULE = /^(react|react-dom|react-native|preact|vue|svelte|solid-js|lit|jquery|alpinejs|@angular\/|@vue\/|@remix-run\/react|react-router|next\/(router|navigation|link|image|head|dynamic)|@tanstack\/(react|vue|solid)-|@mui\/|@chakra-ui\/|antd)(\/|$)/;
var NODE_BUILTINS = /* @__PURE__ */ new Set([
  "assert",
  "async_hooks",
  "child_process",
  "cluster",
  "crypto",
  "dgram",
  "diagnostics_channel",
  "dns",
  "events",
  "fs",
  "fs/promises",
  "http",
  "http2",
  "https",
  "inspector",
  "module",
  "net",
  "os",
  "path",
  "perf_hooks",
  "process",
  "readline",
  "repl",
  "stream",
  "stream/promises",
  "timers",
  "timers/promises",
  "tls",
  "tty",
  "url",
  "util",
  "v8",
  "vm",
  "worker_threads",
  "zlib"
]);
var SERVER_MODULE = /^(express|fastify|koa|@koa\/|@fastify\/|@nestjs\/|@hapi\/|restify|polka|hono|@hono\/node-server|pg|pg-pool|mysql2?|ioredis|redis|mongodb|mongoose|@prisma\/client|knex|sequelize|typeorm|bullmq|bull|node-cron|cron|node-schedule|ws|socket\.io|telegraf|grammy|discord\.js|ink|dotenv|winston|pino)(\/|$)/;
var BROWSER_GLOBALS = /* @__PURE__ */ new Set(["window", "document", "localStorage", "sessionStorage", "navigator"]);
var cache8 = /* @__PURE__ */ new WeakMap();
function isBrowserCode(program) {
  let answer2 = cache8.get(program);
  if (answer2 === void 0) {
    answer2 = classify2(program);
    cache8.set(program, answer2);
  }
  return answer2;
}
function classify2(program) {
  let client = false;
  let server = false;
  for (const stmt of program.body) {
    if (stmt.type !== "ExpressionStatement" || stmt.expression.type !== "Literal") break;
    if (stmt.expression.value === "use client") client = true;
    if (stmt.expression.value === "use server") server = true;
  }
  const resolver = resolverFor2(program);
  const seeModule = (spec) => {
    const m = spec.startsWith("node:") ? spec.slice(5) : spec;
    if (spec.startsWith("node:") || NODE_BUILTINS.has(m) || SERVER_MODULE.test(m)) server = true;
    else if (UI_MODULE.test(m)) client = true;
  };
  walk2(program, (n) => {
    switch (n.type) {
      case "ImportDeclaration":
        seeModule(String(n.source.value));
        return false;
      case "ImportExpression": {
        const spec = stringValue2(n.source);
        if (spec !== null) seeModule(spec);
        return true;
      }
      case "CallExpression":
        if (n.callee.type === "Identifier" && n.callee.name === "require" && n.arguments[0]) {
          const spec = stringValue2(n.arguments[0]);
          if (spec !== null) seeModule(spec);
        }
        return true;
      case "JSXElement":
      case "JSXFragment":
        client = true;
        return true;
      case "MemberExpression":
        if (n.object.type === "Identifier" && BROWSER_GLOBALS.has(n.object.name) && !resolver.bindingOf(n.object)) client = true;
        if (n.object.type === "Identifier" && n.object.name === "process" && !resolver.bindingOf(n.object)) {
          const prop = n.property.type === "Identifier" ? n.property.name : "";
          if (prop !== "env") server = true;
        }
        return true;
      default:
        return true;
    }
  });
  return client && !server;
}

// src/js/names.ts
function nameWords2(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z])(?=[A-Z][a-z])/g, "$1 ").split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w.toLowerCase());
}
function mentionedWords(expr) {
  const out = /* @__PURE__ */ new Set();
  walk2(expr, (n) => {
    if (n !== expr && isFunction(n)) return false;
    if (n.type === "Identifier" || n.type === "PrivateIdentifier") for (const w of nameWords2(n.name)) out.add(w);
    return true;
  });
  return out;
}
function mentionsAny(expr, words2) {
  for (const w of mentionedWords(expr)) if (words2.has(w)) return true;
  return false;
}

// src/js/guards.ts
var SLEEP_NAME = /^(sleep|delay|wait|pause|snooze|setTimeout)(Ms|Millis|Seconds|Secs|Sec)?$/i;
function isSleep2(expr) {
  const e = unwrapExpression(expr);
  if (e.type === "CallExpression") return SLEEP_NAME.test(methodName2(e) ?? "");
  return e.type === "NewExpression" && dottedName2(e.callee) === "Promise" && isTimerPromise(e);
}
function cannotReject(expr) {
  const e = unwrapExpression(expr);
  if (literalOf2(e).kind !== "unknown" || isSleep2(e)) return true;
  if (e.type === "CallExpression") {
    const dotted2 = dottedName2(e.callee);
    if (dotted2 === "Promise.allSettled" || dotted2 === "Promise.resolve") return true;
    if ((dotted2 === "Promise.all" || dotted2 === "Promise.race" || dotted2 === "Promise.any") && e.arguments[0]?.type === "ArrayExpression") {
      const items = e.arguments[0].elements;
      return items.length > 0 && items.every((x) => x !== null && x.type !== "SpreadElement" && (hasCatchHandler(x) || cannotReject(x)));
    }
    return false;
  }
  return false;
}
function isTimerPromise(e) {
  const executor = e.arguments[0] ? unwrapExpression(e.arguments[0]) : void 0;
  if (!executor || !isFunction(executor) || executor.params.length > 1) return false;
  let timer = false;
  let throws = false;
  walk2(executor.body, (n) => {
    if (n.type === "ThrowStatement") throws = true;
    if (n.type === "CallExpression" && /^(setTimeout|setImmediate)$/.test(methodName2(n) ?? "")) timer = true;
    return !isFunction(n);
  });
  return timer && !throws;
}
var MAX_FOLLOW = 3;
function isGuardedAwait(node, resolver, depth = 0) {
  if (enclosingTryCatches(node).length > 0) return true;
  if (node.type !== "AwaitExpression") return false;
  if (hasCatchHandler(node) || cannotReject(node.argument)) return true;
  if (!resolver || depth >= MAX_FOLLOW) return false;
  const call = unwrapExpression(node.argument);
  if (call.type !== "CallExpression") return false;
  const fn = localCallee(call, resolver);
  if (fn) return neverRejects(fn, resolver, depth + 1);
  if (asksNotToThrow(call)) return true;
  if (nameWords2(methodName2(call) ?? "").some((w) => GUARD_WORDS.has(w))) return true;
  return call.arguments.some((a) => {
    const f = unwrapExpression(a);
    return isFunction(f) && f.async && neverRejects(f, resolver, depth + 1);
  });
}
function asksNotToThrow(call) {
  return call.arguments.some((a) => {
    const o = unwrapExpression(a);
    if (o.type !== "ObjectExpression") return false;
    return o.properties.some((p) => {
      if (p.type !== "Property") return false;
      const words2 = nameWords2(propertyName(p) ?? "");
      const lit = literalOf2(p.value);
      return (words2.includes("throw") || words2.includes("reject")) && lit.kind === "boolean" && !lit.value;
    });
  });
}
var GUARD_WORDS = /* @__PURE__ */ new Set(["safe", "safely", "try", "catch", "catching", "guard", "guarded", "error", "errors", "silent", "silently", "quiet", "quietly", "ignore", "ignoring"]);
function unguardedAwaits(fn, within2 = fn, resolver) {
  return ownAwaits(fn).filter((a) => a.range[0] >= within2.range[0] && a.range[1] <= within2.range[1] && !isGuardedAwait(a, resolver));
}
function localCallee(expr, resolver) {
  const call = unwrapExpression(expr);
  if (call.type !== "CallExpression") return null;
  const callee = unwrapExpression(call.callee);
  let fn = null;
  if (callee.type === "Identifier") fn = functionValue(callee, resolver);
  else if (callee.type === "MemberExpression" && unwrapExpression(callee.object).type === "ThisExpression") {
    const cls = classOfThis(callee.object);
    const name = propertyName(callee);
    const method = cls?.body.find((m) => m.type === "MethodDefinition" && m.kind === "method" && propertyName(m) === name);
    if (method?.type === "MethodDefinition" && method.value.type === "FunctionExpression") fn = method.value;
  }
  return fn;
}
function functionNeverRejects(fn, resolver) {
  return neverRejects(fn, resolver, 1);
}
function neverRejects(fn, resolver, depth) {
  if (!fn.async) return returnsOnly(fn, cannotReject);
  if (fn.body.type !== "BlockStatement") return fn.body.type === "AwaitExpression" ? isGuardedAwait(fn.body, resolver, depth) : cannotReject(fn.body);
  let risky = false;
  walk2(fn.body, (n) => {
    if (risky || isFunction(n)) return false;
    if (n.type === "ThrowStatement" && enclosingTryCatches(n).length === 0) risky = true;
    if (n.type === "ReturnStatement" && n.argument && enclosingTryCatches(n).length === 0) {
      const arg = unwrapExpression(n.argument);
      if ((arg.type === "CallExpression" || arg.type === "NewExpression") && !cannotReject(arg) && !hasCatchHandler(arg)) risky = true;
    }
    return true;
  });
  return !risky && ownAwaits(fn).every((a) => isGuardedAwait(a, resolver, depth));
}
function returnsOnly(fn, ok) {
  if (fn.body.type !== "BlockStatement") return ok(fn.body);
  let returns = 0;
  let bad = false;
  walk2(fn.body, (n) => {
    if (bad || isFunction(n)) return false;
    if (n.type === "ThrowStatement") bad = true;
    if (n.type === "ReturnStatement") {
      returns++;
      if (!n.argument || !ok(n.argument)) bad = true;
    }
    return true;
  });
  return returns > 0 && !bad;
}

// src/js/watchdog.ts
function selfKill(call, resolver, text) {
  const name = processMethod(call.callee, resolver);
  if (name === null) return null;
  const label = text.slice(call.range[0], call.range[1]).replace(/\s+/g, " ");
  if (name === "abort") return { call, label };
  if (name === "exit") {
    const code = call.arguments[0];
    if (!code) return null;
    const lit = literalOf2(code);
    return lit.kind === "number" && lit.value === 0 ? null : { call, label };
  }
  if (name === "kill") {
    const [target, signal] = call.arguments;
    if (!target || processMethod(target, resolver) !== "pid") return null;
    if (signal) {
      const lit = literalOf2(signal);
      if (lit.kind === "number" && lit.value === 0) return null;
    }
    return { call, label };
  }
  return null;
}
function processMethod(expr, resolver) {
  const dotted2 = dottedName2(expr);
  if (dotted2?.startsWith("process.") && dotted2.split(".").length === 2) {
    const root = expr.object;
    const binding = root.type === "Identifier" ? resolver.bindingOf(root) : void 0;
    if (!binding) return dotted2.slice("process.".length);
  }
  const ref = resolver.resolve(expr);
  if (ref?.module === "process" && ref.path.length === 1) return ref.path[0];
  return null;
}
function intervalCallbacks(program, resolver) {
  const out = /* @__PURE__ */ new Map();
  walk2(program, (n) => {
    if (n.type !== "CallExpression" && n.type !== "NewExpression") return true;
    const s = scheduledCallback(n, resolver);
    if (s && (s.kind === "interval" || s.kind === "cron")) out.set(s.callback, n);
    return true;
  });
  return out;
}
function watchdogSite(call, intervals) {
  const fn = enclosingFunction2(call);
  if (!fn) return null;
  const schedule = intervals.get(fn);
  if (schedule) return { kind: "timer", callback: fn, schedule };
  for (const a of ancestors(call)) {
    if (a === fn) break;
    if (isLoop(a) && isInfiniteLoop(a) && fn.async && ownAwaits(fn).some((w) => contains(a, w))) return { kind: "loop", loop: a, fn };
  }
  return null;
}
function conditionsOf(node, boundary) {
  const out = [];
  let child = node;
  for (const a of ancestors(node)) {
    if (a === boundary) break;
    if ((a.type === "IfStatement" || a.type === "ConditionalExpression") && child !== a.test) out.push(a.test);
    if (a.type === "LogicalExpression" && child === a.right) out.push(a.left);
    if (a.type === "BlockStatement" || a.type === "Program") {
      for (const s of a.body) {
        if (s === child) break;
        if (s.type === "IfStatement" && endsFlow(s.consequent)) out.push(s.test);
      }
    }
    child = a;
  }
  return out;
}
function endsFlow(s) {
  if (s.type === "ReturnStatement" || s.type === "ContinueStatement") return true;
  if (s.type === "BlockStatement") {
    const last2 = s.body.at(-1);
    return last2 !== void 0 && (last2.type === "ReturnStatement" || last2.type === "ContinueStatement");
  }
  return false;
}
var STALE_WORDS = /* @__PURE__ */ new Set([
  "last",
  "stale",
  "heartbeat",
  "heartbeats",
  "alive",
  "liveness",
  "idle",
  "since",
  "elapsed",
  "lag",
  "ping",
  "pong",
  "activity",
  "seen",
  "beat",
  "hung",
  "stuck",
  "silence",
  "silent",
  "updated",
  "watchdog",
  "deadline",
  "overdue",
  "frozen",
  "unresponsive"
]);
var CLOCK_CALLS = /* @__PURE__ */ new Set(["Date.now", "performance.now", "process.hrtime", "process.hrtime.bigint", "Date.parse"]);
function isStalenessCondition(test) {
  if (mentionsAny(test, STALE_WORDS)) return true;
  let clock = false;
  walk2(test, (n) => {
    if (clock || isFunction(n)) return false;
    if (n.type === "CallExpression") {
      const d = dottedName2(n.callee);
      if (d !== null && CLOCK_CALLS.has(d) || methodName2(n) === "getTime" || methodName2(n) === "now") clock = true;
    }
    if (n.type === "NewExpression" && dottedName2(n.callee) === "Date") clock = true;
    return true;
  });
  return clock;
}
var GRACE_WORDS = /* @__PURE__ */ new Set([
  "start",
  "started",
  "startup",
  "boot",
  "booted",
  "booting",
  "launch",
  "launched",
  "uptime",
  "grace",
  "warmup",
  "warm",
  "ready",
  "initialized",
  "initialised"
]);
function hasStartupGrace(site, resolver) {
  if (site.kind === "timer") {
    if (mentionsAny(site.callback.body, GRACE_WORDS)) return true;
    for (const a of ancestors(site.schedule)) {
      if (!isFunction(a)) continue;
      const parent = a.parent;
      if (parent && (parent.type === "CallExpression" || parent.type === "NewExpression")) {
        const s = scheduledCallback(parent, resolver);
        if (s?.callback === a && s.kind === "timeout") return true;
      }
      break;
    }
    const fn = enclosingFunction2(site.schedule);
    return fn !== null && sleepsBefore(fn, site.schedule);
  }
  if (mentionsAny(site.loop, GRACE_WORDS)) return true;
  return sleepsBefore(site.fn, site.loop);
}
function sleepsBefore(fn, node) {
  return ownAwaits(fn).some((a) => a.type === "AwaitExpression" && a.range[1] <= node.range[0] && isSleep2(a.argument));
}

// rules/TS001-watchdog-exit-without-grace.ts
var TS001_watchdog_exit_without_grace_default = defineRule({
  id: "TS001",
  name: "watchdog-exit-without-grace",
  severity: "error",
  category: "reliability",
  productionOnly: true,
  kinds: ["typescript"],
  triggers: ["process.exit", "process.kill", "process.abort"],
  precision: "high",
  messages: {
    noGrace: "{{call}} in a watchdog {{site}} fires on a staleness check with no startup grace: a slow boot or a quiet spell looks like a hang, so a healthy process is killed and the restarts become a crash loop"
  },
  docs: {
    summary: "A watchdog kills its own process on a staleness check with no startup grace",
    what: `Reports \`process.exit(code)\` (any code but a literal \`0\`), \`process.abort()\` and \`process.kill(process.pid[, signal])\` when all of these hold:

- it runs in a \`setInterval\` (or cron) callback, or inside an infinite loop (\`while (true)\`, \`for (;;)\`, \`while (!stopped)\`\u2026) of an \`async\` function that awaits;
- it runs under a staleness condition: an enclosing \`if\`/\`?:\`/\`&&\`, or an earlier \`if (\u2026) return;\` guard, that reads a clock (\`Date.now()\`, \`performance.now()\`, \`process.hrtime()\`, \`new Date()\`, \`.getTime()\`) or names a liveness value (\`lastHeartbeat\`, \`lastSeenAt\`, \`idleMs\`, \`stale\`, \`elapsed\`, \`lastPong\`\u2026);
- there is no startup grace: the callback or loop mentions no start time or readiness (\`startedAt\`, \`bootTime\`, \`process.uptime()\`, \`GRACE_MS\`, \`warmup\`, \`isReady\`\u2026), the \`setInterval\` is not armed from a \`setTimeout\` callback or after an awaited sleep, and the loop's function does not sleep before the loop.

Limits: the exit must be written in the callback or loop itself (a \`checkHealth()\` it calls is not followed). Exits with code \`0\` (idle shutdowns) and checks on memory or error counts are not staleness and are not reported. Browser code is skipped.`,
    why: `A watchdog that restarts a hung process is useful; one that cannot tell a hang from a slow boot or a quiet minute is a crash loop. In one incident a Telegram bot on Railway exited every three minutes: the watchdog compared the time of the last update with a 180 s limit from the first second of life, so a slow start \u2014 or simply no traffic \u2014 looked like a hang, \`exit(1)\` fired, the platform restarted the bot and the clock started again. The fix was a 60 s grace period before the first check; the team first had to disable the watchdog entirely to stop the loop.`,
    example: {
      kind: "typescript",
      path: "src/watchdog.ts",
      code: `import { lastUpdateAt } from './bot';

const MAX_SILENCE_MS = 180_000;

setInterval(() => {
  if (Date.now() - lastUpdateAt() > MAX_SILENCE_MS) {
    console.error('no updates for 180 s, exiting');
    process.exit(1);
  }
}, 30_000);
`
    },
    fix: {
      kind: "typescript",
      path: "src/watchdog.ts",
      code: `import { lastUpdateAt } from './bot';

const MAX_SILENCE_MS = 180_000;
const GRACE_MS = 60_000;
const startedAt = Date.now();

setInterval(() => {
  if (Date.now() - startedAt < GRACE_MS) return;
  if (Date.now() - lastUpdateAt() > MAX_SILENCE_MS) {
    console.error('no updates for 180 s, exiting');
    process.exit(1);
  }
}, 30_000);
`
    },
    references: ["https://nodejs.org/api/process.html#processexitcode", "https://nodejs.org/api/process.html#processuptime"]
  },
  document(doc, ctx) {
    const program = doc.tree.program;
    if (isBrowserCode(program)) return;
    const resolver = resolverFor2(program);
    let intervals;
    for (const call of findAll(program, "CallExpression")) {
      const kill = selfKill(call, resolver, doc.source.text);
      if (!kill) continue;
      intervals ??= intervalCallbacks(program, resolver);
      const site = watchdogSite(call, intervals);
      if (!site) continue;
      const boundary = site.kind === "timer" ? site.callback : site.loop;
      if (!conditionsOf(call, boundary).some(isStalenessCondition)) continue;
      if (hasStartupGrace(site, resolver)) continue;
      ctx.report({ messageId: "noGrace", data: { call: kill.label, site: site.kind === "timer" ? "timer" : "loop" }, span: spanOf(call) });
    }
  }
});

// rules/TS002-async-timer-unguarded.ts
var TS002_async_timer_unguarded_default = defineRule({
  id: "TS002",
  name: "async-timer-unguarded",
  severity: "error",
  category: "reliability",
  productionOnly: true,
  kinds: ["typescript"],
  triggers: ["setInterval", "setTimeout", "CronJob", "scheduleJob", "cron"],
  precision: "high",
  messages: {
    unguarded: "async {{scheduler}} callback awaits outside try/catch: a rejection there is an unhandled rejection, which terminates Node (or, under a global handler, vanishes while the job keeps failing)"
  },
  docs: {
    summary: "An async timer or cron callback can reject with nothing to catch it",
    what: `Reports an \`async\` callback passed to \`setInterval\`, \`setTimeout\` (also on \`globalThis\` or from \`timers\`), node-cron \`cron.schedule(expr, fn)\`, cron \`new CronJob(expr, fn)\` or node-schedule \`scheduleJob([name,] rule, fn)\` when at least one \`await\` (or \`for await\`) in its own body can reject out of it. The callback may be written inline or be a function declared in the same file and passed by name.

An await is guarded by any enclosing \`try { } catch\` in the callback (\`try\`/\`finally\` without \`catch\` is not a guard, and awaits inside \`catch\`/\`finally\` blocks are not guarded by their own \`try\`), or by a rejection handler on the awaited promise (\`await job().catch(log)\`, \`.then(ok, fail)\`). Awaits that cannot reject are fine: sleeps (\`sleep(ms)\`, \`delay(ms)\`, \`setTimeout(ms)\` from \`timers/promises\`, \`new Promise((r) => setTimeout(r, ms))\`), \`Promise.allSettled(\u2026)\`, calls of functions or methods of the same file that catch their own errors (followed three levels deep), calls asked not to throw (\`{ throwOnError: false }\`), helpers whose name says they handle errors (\`safeRun\`, \`this.checkConnectionError(\u2026)\`), and wrappers whose inline async callback catches its own errors (\`await trace('x', async () => { try { \u2026 } catch { \u2026 } })\`).

Limits: functions of other modules are not followed, and a synchronous \`throw\` in an async callback (which also rejects) is not looked for. Browser code (\`'use client'\`, or files with JSX, UI-framework imports or \`window\`/\`document\` and no server-only import) is skipped: there an unhandled rejection is only logged. node-cron 3 catches a rejected task itself and emits \`task-failed\`, so there the error is lost silently rather than fatal. The finding is on the callback's \`async\` keyword (or on the name of a callback passed by name).`,
    why: `Nothing awaits the promise a timer callback returns. When an \`await\` inside it rejects \u2014 the database restarts, an API answers 500 \u2014 the rejection is unhandled, and since Node 15 an unhandled rejection terminates the process: one failed poll takes down the bot, the API and every other job in that process. With a global \`unhandledRejection\` handler installed the process survives, but the error is swallowed far from its cause and the job keeps failing without anyone noticing \u2014 the silent-worker failure behind one team's incident audit, where background jobs stopped doing their work while the service looked healthy.`,
    example: {
      kind: "typescript",
      path: "src/jobs.ts",
      code: `import { syncSubscriptions } from './billing';

setInterval(async () => {
  await syncSubscriptions();
}, 60_000);
`
    },
    fix: {
      kind: "typescript",
      path: "src/jobs.ts",
      code: `import { syncSubscriptions } from './billing';

setInterval(async () => {
  try {
    await syncSubscriptions();
  } catch (err) {
    console.error('subscription sync failed', err);
  }
}, 60_000);
`
    },
    references: [
      "https://nodejs.org/api/cli.html#--unhandled-rejectionsmode",
      "https://nodejs.org/api/process.html#event-unhandledrejection",
      "https://nodejs.org/api/timers.html#setintervalcallback-delay-args"
    ]
  },
  document(doc, ctx) {
    const program = doc.tree.program;
    if (isBrowserCode(program)) return;
    const resolver = resolverFor2(program);
    for (const call of findAll(program, ["CallExpression", "NewExpression"])) {
      const scheduled = scheduledCallback(call, resolver);
      if (!scheduled || !scheduled.callback.async) continue;
      if (unguardedAwaits(scheduled.callback, scheduled.callback, resolver).length === 0) continue;
      const arg = call.arguments.find((a) => unwrapExpression(a) === scheduled.callback || functionArgFor(a, scheduled.callback));
      const start = scheduled.callback.range[0];
      const inline = arg !== void 0 && isFunction(unwrapExpression(arg)) && doc.source.text.startsWith("async", start);
      const span = inline ? { start, end: start + "async".length } : spanOf(arg ?? call.callee);
      ctx.report({ messageId: "unguarded", data: { scheduler: schedulerName(scheduled.kind, call) }, span });
    }
  }
});
function functionArgFor(arg, fn) {
  const a = unwrapExpression(arg);
  return a.type === "Identifier" && (fn.type === "FunctionDeclaration" ? fn.id?.name === a.name : fn.parent?.type === "VariableDeclarator" && fn.parent.id.type === "Identifier" && fn.parent.id.name === a.name);
}
function schedulerName(kind, call) {
  if (kind === "interval") return "setInterval";
  if (kind === "timeout") return "setTimeout";
  if (call.type === "NewExpression") return "CronJob";
  return methodName2(call) === "scheduleJob" ? "scheduleJob" : "cron.schedule";
}

// src/js/crash-only.ts
function exitsOnRejection(fn, program, resolver, text) {
  const id = declaredName(fn);
  if (!id) return false;
  for (const call of findAll(program, "CallExpression")) {
    const callee = unwrapExpression(call.callee);
    if (callee.type !== "Identifier" || callee.name !== id.name || resolver.bindingOf(callee)?.id !== id) continue;
    if (rejectionHandlers(call).some((h) => handlerExits(h, resolver, text))) return true;
  }
  return false;
}
function declaredName(fn) {
  if (fn.type === "FunctionDeclaration") return fn.id;
  const parent = fn.parent;
  return parent?.type === "VariableDeclarator" && parent.init === fn && parent.id.type === "Identifier" ? parent.id : null;
}
function rejectionHandlers(promise) {
  const out = [];
  let p = promise;
  for (; ; ) {
    const member = p.parent;
    if (member?.type !== "MemberExpression" || member.object !== p) break;
    const call = member.parent;
    if (call?.type !== "CallExpression" || call.callee !== member) break;
    const name = propertyName(member);
    const handler = name === "catch" ? call.arguments[0] : name === "then" ? call.arguments[1] : void 0;
    if (handler) out.push(handler);
    if (name !== "catch" && name !== "then" && name !== "finally") break;
    p = call;
  }
  return out;
}
function handlerExits(handler, resolver, text) {
  let fn = unwrapExpression(handler);
  if (fn.type === "Identifier") {
    const binding = resolver.bindingOf(fn);
    const declared = binding?.id.parent;
    fn = declared && isFunction(declared) ? declared : binding?.init;
  }
  if (!fn || !isFunction(fn)) return false;
  let exits = false;
  walk2(fn.body, (n) => {
    if (exits) return false;
    if (n.type === "CallExpression" && selfKill(n, resolver, text)) exits = true;
    return !exits;
  });
  return exits;
}

// src/js/loops.ts
var STOP_WORDS = /* @__PURE__ */ new Set([
  "stop",
  "stopped",
  "stopping",
  "shutdown",
  "shutting",
  "closed",
  "closing",
  "abort",
  "aborted",
  "cancel",
  "cancelled",
  "canceled",
  "running",
  "terminate",
  "terminated",
  "terminating",
  "quit",
  "exit",
  "exiting",
  "disposed",
  "destroyed",
  "signal",
  "alive",
  "active",
  "enabled"
]);
function workExits(loop) {
  const out = [];
  const label = loop.parent?.type === "LabeledStatement" ? loop.parent.label.name : null;
  walk2(loop.body, (n) => {
    if (isFunction(n)) return false;
    if (n.type === "ReturnStatement" || n.type === "BreakStatement" && breakTarget(n, label) === loop) {
      if (!underStopCondition(n, loop)) out.push(n);
    }
    return true;
  });
  return out;
}
function breakTarget(node, label) {
  if (node.label) {
    if (node.label.name !== label) return null;
    for (const a of ancestors(node)) if (a.parent?.type === "LabeledStatement" && a.parent.label.name === label) return a;
    return null;
  }
  for (const a of ancestors(node)) {
    if (isFunction(a)) return null;
    if (isLoop(a) || a.type === "SwitchStatement") return a;
  }
  return null;
}
function underStopCondition(node, loop) {
  let child = node;
  for (const a of ancestors(node)) {
    if (a === loop) return false;
    if (a.type === "IfStatement" && child !== a.test && flagsOf(a.test).some((f) => nameWords2(f).some((w) => STOP_WORDS.has(w)))) return true;
    child = a;
  }
  return false;
}
function flagsOf(test) {
  const e = unwrapExpression(test);
  if (e.type === "LogicalExpression") return [...flagsOf(e.left), ...flagsOf(e.right)];
  if (e.type === "UnaryExpression" && e.operator === "!") return flagsOf(e.argument);
  if (e.type === "Identifier") return [e.name];
  if (e.type === "MemberExpression") {
    const name = propertyName(e);
    return name === null ? [] : [name];
  }
  return [];
}
function setsOwnFlag(loop) {
  if (loop.type !== "WhileStatement" && loop.type !== "DoWhileStatement") return false;
  let test = unwrapExpression(loop.test);
  if (test.type === "UnaryExpression" && test.operator === "!") test = unwrapExpression(test.argument);
  const flag = dottedName2(test);
  if (flag === null) return false;
  let sets = false;
  walk2(loop.body, (n) => {
    if (sets || isFunction(n)) return false;
    if (n.type === "AssignmentExpression" && dottedName2(n.left) === flag) sets = true;
    return true;
  });
  return sets;
}
function isAsyncWorkerLoop(loop) {
  if (!isLoop(loop) || !isInfiniteLoop(loop)) return false;
  const fn = enclosingFunction2(loop);
  if (!fn?.async) return false;
  return workExits(loop).length === 0 && !setsOwnFlag(loop);
}
function innermostWorkerLoop(node) {
  for (const a of ancestors(node)) {
    if (isFunction(a)) return null;
    if (isAsyncWorkerLoop(a)) return a;
  }
  return null;
}

// rules/TS003-worker-loop-unguarded.ts
var TS003_worker_loop_unguarded_default = defineRule({
  id: "TS003",
  name: "worker-loop-unguarded",
  severity: "error",
  category: "reliability",
  productionOnly: true,
  kinds: ["typescript"],
  triggers: ["while", "for (;;", "for(;;"],
  precision: "high",
  messages: {
    unguarded: "this worker loop awaits outside try/catch: the first rejected call ends the loop for good, and the worker is gone while the process looks healthy"
  },
  docs: {
    summary: "A long-running async worker loop ends on the first error",
    what: `Reports a loop meant to run for the life of the process \u2014 \`while (true)\`, \`while (1)\`, \`for (;;)\`, \`do \u2026 while (true)\`, or a loop on a run/stop flag such as \`while (!stopped)\`, \`while (!this.shuttingDown)\`, \`while (this.running)\`, \`while (!signal.aborted)\` \u2014 inside an \`async\` function, when an \`await\` (or \`for await\`) of its iteration can reject out of the function. Guards are judged as in TS002: any enclosing \`try { } catch\` in the function (also one around the whole loop; \`try\`/\`finally\` alone is not a guard), a rejection handler on the awaited promise, awaits that cannot reject (sleeps, \`Promise.allSettled\`), functions and methods of the same file that catch their own errors, calls asked not to throw, and helpers named for handling errors.

Loops that end when their work is done are not worker loops and are skipped: a \`break\` out of the loop or a \`return\` inside it (pagination, stream readers, retry-until-success) unless it sits under a test of a stop flag (\`if (this.stopping) break\`), and a loop on a flag that its own body sets (\`while (!done) { \u2026; done = true; }\`). Also skipped, as crash-only by design: a worker function that the file calls with a rejection handler ending the process (\`run().catch((err) => { log(err); process.exit(1); })\`), since its supervisor restarts it; a handler that only logs, or exits with 0 (which \`Restart=on-failure\` takes for success), is no such design. Functions of other modules are not followed. Browser code is skipped. The finding is on the loop keyword; awaits of an inner worker loop are reported on that loop only.`,
    why: `A worker loop is the whole worker: when one \`await\` in it rejects, the exception leaves the loop and the function, and the worker stops for good. Nothing restarts it \u2014 the promise of the worker function usually is not awaited by anyone, so either the rejection terminates the whole process (Node 15 and later) or, with a global handler, it is logged once and the worker is silently gone while the HTTP side keeps answering health checks. In one incident audit every background worker of a bot (renewals, reminders, trial notifications, payment watcher) was rewritten to the same shape: each iteration bounded and wrapped, so that its failure is logged and the loop carries on.`,
    example: {
      kind: "typescript",
      path: "src/worker.ts",
      code: `import { nextJob, handle } from './queue';

export async function runWorker(): Promise<void> {
  while (true) {
    const job = await nextJob();
    await handle(job);
  }
}
`
    },
    fix: {
      kind: "typescript",
      path: "src/worker.ts",
      code: `import { setTimeout as sleep } from 'node:timers/promises';
import { nextJob, handle } from './queue';

export async function runWorker(): Promise<void> {
  while (true) {
    try {
      const job = await nextJob();
      await handle(job);
    } catch (err) {
      console.error('worker iteration failed', err);
      await sleep(5_000);
    }
  }
}
`
    },
    references: ["https://nodejs.org/api/cli.html#--unhandled-rejectionsmode", "https://nodejs.org/api/process.html#event-unhandledrejection"]
  },
  document(doc, ctx) {
    const program = doc.tree.program;
    if (isBrowserCode(program)) return;
    const resolver = resolverFor2(program);
    const loops = findAll(program, ["WhileStatement", "DoWhileStatement", "ForStatement"]);
    for (const loop of loops) {
      if (!isAsyncWorkerLoop(loop)) continue;
      const fn = enclosingFunction2(loop);
      if (exitsOnRejection(fn, program, resolver, doc.source.text)) continue;
      const own = unguardedAwaits(fn, loop.body, resolver).filter((a) => innermostWorkerLoop(a) === loop);
      if (own.length === 0) continue;
      const keyword = loop.type === "WhileStatement" ? "while" : loop.type === "ForStatement" ? "for" : "do";
      ctx.report({ messageId: "unguarded", span: { start: loop.range[0], end: loop.range[0] + keyword.length } });
    }
  }
});

// src/js/http-clients.ts
var AXIOS_CONFIG_AT = {
  request: 0,
  get: 1,
  delete: 1,
  head: 1,
  options: 1,
  post: 2,
  put: 2,
  patch: 2,
  postForm: 2,
  putForm: 2,
  patchForm: 2
};
var GOT_METHODS = /* @__PURE__ */ new Set(["get", "post", "put", "patch", "delete", "head"]);
var BOUND_KEYS = {
  axios: ["timeout", "signal", "cancelToken"],
  got: ["timeout", "signal"],
  http: ["timeout", "signal"]
};
function httpCall2(call, resolver) {
  const ref = resolver.resolve(call.callee);
  if (!ref) return null;
  if (ref.module === "axios") return axiosCall(call, ref, resolver);
  if (ref.module === "got") return gotCall(call, ref, resolver);
  if (ref.module === "http" || ref.module === "https") return nodeHttpCall(call, ref, resolver);
  return null;
}
function axiosCall(call, ref, resolver) {
  let path = ref.path;
  let instance;
  if (path[0] === "create") {
    instance = ref.via.find((v) => v.type === "CallExpression" && v !== call);
    if (!instance) return null;
    path = path.slice(1);
  }
  if (path.length > 1) return null;
  let configAt;
  if (path.length === 0) {
    const first = call.arguments[0];
    if (!first) return null;
    configAt = stringLike(first) ? 1 : 0;
  } else {
    const at = AXIOS_CONFIG_AT[path[0]];
    if (at === void 0) return null;
    configAt = at;
  }
  return { client: "axios", call, instance, bound: optionsBound(call.arguments[configAt], "axios", resolver) };
}
function gotCall(call, ref, resolver) {
  let path = ref.path;
  let instance;
  if (path[0] === "extend") {
    instance = ref.via.find((v) => v.type === "CallExpression" && v !== call);
    if (!instance) return null;
    path = path.slice(1);
  }
  if (path.length > 1 || path.length === 1 && !GOT_METHODS.has(path[0])) return null;
  const first = call.arguments[0];
  if (!first) return null;
  const optionsArg = stringLike(first) ? call.arguments[1] : first;
  return { client: "got", call, instance, bound: optionsBound(optionsArg, "got", resolver) };
}
function nodeHttpCall(call, ref, resolver) {
  if (ref.path.length !== 1 || ref.path[0] !== "request" && ref.path[0] !== "get") return null;
  const [first, second] = call.arguments;
  if (!first) return null;
  let bound;
  if (stringLike(first)) {
    bound = second && !isFunction(unwrapExpression(second)) ? optionsBound(second, "http", resolver) : "absent";
  } else {
    bound = optionsBound(first, "http", resolver);
  }
  if (bound === "absent" && boundOnRequestObject(call)) bound = "present";
  return { client: "http", call, instance: void 0, bound };
}
function stringLike(expr) {
  const e = unwrapExpression(expr);
  if (e.type === "TemplateLiteral" || e.type === "BinaryExpression" || stringValue2(e) !== null) return true;
  if (e.type === "NewExpression" && dottedName2(e.callee) === "URL") return true;
  const name = dottedName2(e);
  return name !== null && /(url|uri|endpoint|href|link|path)s?$/i.test(name);
}
function optionsBound(arg, client, resolver) {
  if (!arg) return "absent";
  const obj = objectLiteral(arg, resolver);
  if (!obj) return "unknown";
  let result = "absent";
  for (const key of [...BOUND_KEYS[client], ...client === "http" ? ["agent"] : []]) {
    const p = hasProperty(obj, key);
    if (p === "present") return key === "agent" ? "unknown" : "present";
    if (p === "unknown") result = "unknown";
  }
  return result;
}
function boundOnRequestObject(call) {
  let top = call;
  for (; ; ) {
    const parent2 = top.parent;
    if (parent2?.type === "MemberExpression" && parent2.object === top && parent2.parent?.type === "CallExpression" && parent2.parent.callee === parent2) {
      if (isTimeoutMember(parent2, parent2.parent)) return true;
      top = parent2.parent;
      continue;
    }
    break;
  }
  const parent = top.parent;
  if (!parent || parent.type === "ExpressionStatement") return false;
  if (parent.type === "AwaitExpression") return false;
  if (parent.type === "VariableDeclarator" && parent.init === top && parent.id.type === "Identifier") {
    const name = parent.id.name;
    const scope = scopeOf(parent);
    let bound = false;
    walk2(scope, (n) => {
      if (bound) return false;
      if (n.type === "CallExpression" && n.callee.type === "MemberExpression") {
        const obj = unwrapExpression(n.callee.object);
        if (obj.type === "Identifier" && obj.name === name && isTimeoutMember(n.callee, n)) bound = true;
      }
      if (n.type === "CallExpression" && n.arguments.some((a) => a.type === "Identifier" && a.name === name)) bound = true;
      if (n.type === "ReturnStatement" && n.argument?.type === "Identifier" && n.argument.name === name) bound = true;
      return true;
    });
    return bound;
  }
  return true;
}
function isTimeoutMember(member, call) {
  const name = propertyName(member);
  if (name === "setTimeout") return true;
  if ((name === "on" || name === "once") && call.arguments[0] && stringValue2(call.arguments[0]) === "timeout") return true;
  return false;
}
function scopeOf(node) {
  for (const a of ancestors(node)) if (isFunction(a) || a.type === "Program") return a;
  return node;
}
function instanceFactory(call, resolver) {
  const ref = resolver.resolve(call.callee);
  if (!ref || ref.via.length > 0 || ref.path.length !== 1) return null;
  if (ref.module === "axios" && ref.path[0] === "create") return "axios";
  if (ref.module === "got" && ref.path[0] === "extend") return "got";
  return null;
}

// rules/TS004-http-call-without-timeout.ts
var CLIENT_NAME = { axios: "axios", got: "got", http: "Node's http client" };
var TS004_http_call_without_timeout_default = defineRule({
  id: "TS004",
  name: "http-call-without-timeout",
  severity: "warning",
  category: "reliability",
  productionOnly: true,
  kinds: ["typescript"],
  // The per-file part (got, Node's http); axios is judged in the project hook.
  triggers: ["'got'", '"got"', "'http'", '"http"', "'https'", '"https"', "node:http"],
  precision: "high",
  messages: {
    call: "{{call}}(\u2026) has no timeout: {{client}} waits forever by default, so a stalled upstream holds this request and its socket indefinitely",
    instance: "{{call}}(\u2026) creates a client with no timeout: every request through it waits forever on a stalled upstream"
  },
  docs: {
    summary: "An HTTP request from Node has no timeout",
    what: `Reports requests that can wait forever:

- axios on the default instance \u2014 \`axios(config)\`, \`axios(url[, config])\`, \`axios.get/delete/head/options(url[, config])\`, \`axios.post/put/patch(url, data[, config])\`, \`axios.request(config)\` \u2014 whose config has no \`timeout\` (or \`signal\`, or \`cancelToken\`);
- \`axios.create(config)\` without \`timeout\`: reported once on the \`create\` call rather than on every request through the instance, unless every request through it in the file sets its own timeout;
- got \u2014 \`got(url[, options])\`, \`got.get/post/put/patch/delete/head(\u2026)\`, \`got.extend(options)\` \u2014 without \`timeout\` (or \`signal\`);
- Node's \`http\`/\`https\` \`request\` and \`get\` without a \`timeout\` (or \`signal\`) option and without \`req.setTimeout(\u2026)\` or \`req.on('timeout', \u2026)\` on the returned request.

Imports and \`require\` are followed in every form (\`import axios from 'axios'\`, \`const { request } = require('node:https')\`, \`const http = axios.create(\u2026)\`, \`this.client\` set in a constructor). Because \`axios.defaults.timeout = \u2026\` in any module applies to the whole process, axios findings are judged per process: the files reachable by relative imports from an entry point a carrier starts (package.json \`main\`/start script, Dockerfile \`CMD node dist/server.js\`, Procfile, \`ExecStart=\`), or, where no entry reaches the file, its package (the directory of the nearest \`package.json\`; an enclosing package only when it imports the file). None is reported when a file of that process or package sets \`defaults.timeout\` (also \`Object.assign(axios.defaults, { timeout })\`) or installs a request interceptor that mentions \`timeout\` \u2014 including files the run was not given, such as unchanged files under pre-commit.

Not reported: options that cannot be read statically (a variable bound to a call, a spread), requests whose object is returned or handed to another function (the caller may bound it), an \`agent\` option (it may carry a socket timeout), instances created in other modules, and browser code (\`'use client'\`, or JSX, UI-framework imports and \`window\`/\`document\` with no server-only import).`,
    why: `axios's default \`timeout\` is 0 (none), got's is none, and a Node \`http.request\` waits as long as the socket stays open. When an upstream accepts the connection but never answers \u2014 an overloaded API, a half-dead load balancer, a dropped packet on a NAT \u2014 every request to it hangs, holding its socket, its memory and whatever the caller was doing. Under load the pending requests pile up until the process runs out of memory or file descriptors, and health checks that share the event loop start failing; the outage spreads from the upstream to this service. In one incident report about a backend that kept going down on its own, hanging requests with no timeout were one of six causes, and the rules the team wrote afterwards begin with "set a timeout on every request" and "never use an infinite timeout".`,
    example: {
      kind: "typescript",
      path: "src/payments.ts",
      code: `import axios from 'axios';

export async function fetchInvoice(id: string) {
  const res = await axios.get(\`https://billing.example.com/invoices/\${id}\`);
  return res.data;
}
`
    },
    fix: {
      kind: "typescript",
      path: "src/payments.ts",
      code: `import axios from 'axios';

export async function fetchInvoice(id: string) {
  const res = await axios.get(\`https://billing.example.com/invoices/\${id}\`, { timeout: 10_000 });
  return res.data;
}
`
    },
    references: [
      "https://axios-http.com/docs/req_config",
      "https://github.com/sindresorhus/got/blob/main/documentation/6-timeout.md",
      "https://nodejs.org/api/http.html#httprequestoptions-callback"
    ]
  },
  // got and Node's http: everything needed is in the file.
  document(doc, ctx) {
    const program = doc.tree.program;
    if (isBrowserCode(program)) return;
    for (const r of findingsOf(program, doc.source.text, LOCAL_CLIENTS)) ctx.report(r);
  },
  // axios: a default timeout can be set for the whole process in any module (`axios.defaults.timeout
  // = …` in a bootstrap file), so its calls are judged per package, with every file in view.
  project(model, ctx) {
    return handled(judgeAxios(model, ctx));
  }
});
async function judgeAxios(model, ctx) {
  const sources = new ProjectSources(model);
  const byPackage = /* @__PURE__ */ new Map();
  for (const f of sources.runFiles()) {
    const text = sources.text(f);
    if (text === void 0 || !text.includes("axios")) continue;
    const doc = await sources.parse(f);
    if (!doc || isBrowserCode(doc.tree.program)) continue;
    const found = findingsOf(doc.tree.program, doc.source.text, AXIOS);
    if (found.length === 0) continue;
    const dir = sources.packageOf(f.rel);
    appendTo(byPackage, dir, { doc, found });
  }
  const processes = new ProcessScopes(model, sources);
  const sets = (_file, text) => setsAxiosDefaults(text);
  for (const [dir, files] of byPackage) {
    for (const { doc, found } of files) {
      const mine = await processes.processesOf(doc.source.path);
      let covered = false;
      if (mine.length) {
        for (const p of mine) if (await firstInFiles(sources, p.files, sets)) covered = true;
      } else {
        covered = await sources.someInPackage(dir, sets, { enclosing: false });
        for (const outer of processes.enclosingPackages(dir)) {
          if (covered || !await processes.importedFrom(outer, doc.source.path)) break;
          covered = await sources.someInPackage(outer, sets, { enclosing: false });
        }
      }
      if (covered) continue;
      for (const r of found) ctx.report({ ...r, source: doc.source });
    }
  }
}
var LOCAL_CLIENTS = /* @__PURE__ */ new Set(["got", "http"]);
var AXIOS = /* @__PURE__ */ new Set(["axios"]);
var AXIOS_DEFAULTS = /\bdefaults\s*(?:\.\s*timeout\b|=[^=]|,\s*\{[^}]*\btimeout\b)|interceptors\s*\.\s*request\s*\.\s*use[\s\S]{0,400}?\btimeout\b/;
function setsAxiosDefaults(text) {
  return (text.includes("defaults") || text.includes("interceptors")) && AXIOS_DEFAULTS.test(text);
}
function findingsOf(program, text, clients) {
  const resolver = resolverFor2(program);
  const out = [];
  const calls2 = findAll(program, "CallExpression");
  const requests = [];
  for (const call of calls2) {
    const r = httpCall2(call, resolver);
    if (r && clients.has(r.client)) requests.push(r);
  }
  for (const r of requests) {
    if (r.instance || r.bound !== "absent") continue;
    out.push({ messageId: "call", data: { call: calleeText(r.call, text), client: CLIENT_NAME[r.client] }, span: spanOf(r.call.callee) });
  }
  for (const call of calls2) {
    const client = instanceFactory(call, resolver);
    if (!client || !clients.has(client)) continue;
    if (optionsBound(call.arguments[0], client, resolver) !== "absent") continue;
    const through = requests.filter((r) => r.instance === call);
    if (through.length > 0 && through.every((r) => r.bound === "present")) continue;
    out.push({ messageId: "instance", data: { call: calleeText(call, text) }, span: spanOf(call.callee) });
  }
  return out;
}
function calleeText(call, text) {
  return text.slice(call.callee.range[0], call.callee.range[1]).replace(/\s+/g, "");
}

// rules/TS005-db-pool-without-timeout.ts
var MYSQL_MODULES = /* @__PURE__ */ new Set(["mysql", "mysql2", "mysql2/promise"]);
var QUEUE_TEXT = /\bbull(mq)?\b|\bbee-queue\b/i;
var TS005_db_pool_without_timeout_default = defineRule({
  id: "TS005",
  name: "db-pool-without-timeout",
  severity: "warning",
  category: "reliability",
  productionOnly: true,
  kinds: ["typescript"],
  triggers: ["Pool", "maxRetriesPerRequest"],
  precision: "high",
  messages: {
    pgPool: "{{call}}(\u2026) has no connectionTimeoutMillis: when every connection is busy, queries wait for a free one forever instead of failing fast",
    mysqlQueue: "{{call}}(\u2026) has no queueLimit: when every connection is busy, requests pile up in an unbounded queue and wait forever instead of failing fast",
    mysqlQueueZero: "queueLimit: 0 means an unbounded queue: when every connection is busy, requests pile up and wait forever instead of failing fast",
    redisRetries: "maxRetriesPerRequest: null makes every command wait forever while Redis is unreachable: requests hang instead of failing"
  },
  docs: {
    summary: "A database pool or client makes callers wait forever when it is exhausted or disconnected",
    what: `Reports:

- node-postgres pools \u2014 \`new Pool(\u2026)\`, \`new pg.Pool(\u2026)\`, \`new pg.native.Pool(\u2026)\`, pg-pool's \`new Pool(\u2026)\` \u2014 without \`connectionTimeoutMillis\` (also \`new Pool()\` with no options: no environment variable sets it);
- \`createPool(\u2026)\` of \`mysql2\`, \`mysql2/promise\` or \`mysql\` without \`queueLimit\`, or with \`queueLimit: 0\` (the unbounded default), unless \`waitForConnections: false\` (callers then fail at once instead of queueing);
- ioredis clients (\`new Redis(\u2026)\`, \`new Cluster(\u2026, { redisOptions })\`) created with \`maxRetriesPerRequest: null\`, unless \`enableOfflineQueue: false\` is also set.

Imports and \`require\` are followed in every form, and options given as a \`const\` object are read. Not reported: options that cannot be read statically (a variable bound to a call, a spread of another object \u2014 also a spread after \`maxRetriesPerRequest: null\`, which may override it), and an ioredis connection in a file that imports or even mentions a queue library (BullMQ, Bull, bee-queue; a comment such as "required by Bull" is enough) or that is bound to a name saying it is a worker's connection (\`workerConnection\`): BullMQ requires \`maxRetriesPerRequest: null\` for its workers. A shared application connection with \`null\` is still reported: give the queue workers their own connection.`,
    why: `A pool turns a slow database into a queue of waiting requests. node-postgres waits for a free connection forever by default (\`connectionTimeoutMillis: 0\`), mysql2 queues without limit (\`queueLimit: 0\`), and ioredis with \`maxRetriesPerRequest: null\` retries a command for as long as Redis is down. When one slow query holds connections, or the database restarts, every new request joins the wait: nothing fails, nothing is logged, memory grows, and the load balancer sees a service that accepts connections and never answers. In one incident audit a bot's pool of 15 connections met a peak demand of 26 (six workers plus twenty webhook handlers) and exhaustion spiralled; the fixes were a bigger pool and a 10-second bound on every acquire, so that an exhausted pool fails fast and loudly.`,
    example: {
      kind: "typescript",
      path: "src/db.ts",
      code: `import { Pool } from 'pg';

export const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: 20,
});
`
    },
    fix: {
      kind: "typescript",
      path: "src/db.ts",
      code: `import { Pool } from 'pg';

export const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: 20,
  connectionTimeoutMillis: 5_000,
});
`
    },
    references: [
      "https://node-postgres.com/apis/pool",
      "https://sidorares.github.io/node-mysql2/docs#using-connection-pools",
      "https://github.com/redis/ioredis#auto-reconnect",
      "https://docs.bullmq.io/guide/going-to-production#maxretriesperrequest"
    ]
  },
  document(doc, ctx) {
    const program = doc.tree.program;
    const resolver = resolverFor2(program);
    const text = doc.source.text;
    const out = [];
    for (const node of findAll(program, ["NewExpression", "CallExpression"])) {
      const ref = resolver.resolve(node.callee);
      if (!ref || ref.via.length > 0) continue;
      const path = ref.path.join(".");
      const label = text.slice(node.callee.range[0], node.callee.range[1]).replace(/\s+/g, "");
      if (node.type === "NewExpression" && (ref.module === "pg" && (path === "Pool" || path === "native.Pool") || ref.module === "pg-pool" && path === "")) {
        if (option(node.arguments[0], "connectionTimeoutMillis", resolver) === "absent") out.push({ messageId: "pgPool", span: spanOf(node.callee), call: `new ${label}` });
      } else if (node.type === "CallExpression" && MYSQL_MODULES.has(ref.module) && path === "createPool") {
        mysqlPool(node, label, resolver, out);
      } else if (node.type === "NewExpression" && ref.module === "ioredis" && (path === "" || path === "Redis" || path === "Cluster")) {
        if (!QUEUE_TEXT.test(text) && !workerConnection(node)) redisClient(node, path === "Cluster", resolver, out);
      }
    }
    for (const r of out) ctx.report({ messageId: r.messageId, data: { call: r.call }, span: r.span });
  }
});
function option(arg, key, resolver) {
  if (!arg) return "absent";
  const obj = objectLiteral(arg, resolver);
  if (!obj) return "unknown";
  if (findProperty(obj, key)) return "present";
  return obj.properties.some((p) => p.type === "SpreadElement" || p.type === "Property" && p.computed) ? "unknown" : "absent";
}
function mysqlPool(call, label, resolver, out) {
  const arg = call.arguments[0];
  if (arg) {
    const uri = stringValue2(arg);
    if (uri !== null) {
      if (!/queueLimit=[1-9]|waitForConnections=false/.test(uri)) out.push({ messageId: "mysqlQueue", span: spanOf(call.callee), call: label });
      return;
    }
  }
  const obj = arg ? objectLiteral(arg, resolver) : void 0;
  const wait = obj ? findProperty(obj, "waitForConnections") : void 0;
  if (wait && isFalse(wait.value)) return;
  const presence = option(arg, "queueLimit", resolver);
  if (presence === "absent") {
    out.push({ messageId: "mysqlQueue", span: spanOf(call.callee), call: label });
    return;
  }
  const limit = obj ? findProperty(obj, "queueLimit") : void 0;
  if (limit) {
    const lit = literalOf2(limit.value);
    if (lit.kind === "number" && lit.value === 0) out.push({ messageId: "mysqlQueueZero", span: spanOf(limit), call: label });
  }
}
function redisClient(node, cluster, resolver, out) {
  for (const arg of cluster ? node.arguments.slice(1) : node.arguments) {
    let obj = objectLiteral(arg, resolver);
    if (obj && cluster) {
      const inner = findProperty(obj, "redisOptions");
      obj = inner ? objectLiteral(inner.value, resolver) : void 0;
    }
    if (!obj) continue;
    const retries = findProperty(obj, "maxRetriesPerRequest");
    if (!retries || literalOf2(retries.value).kind !== "null") continue;
    if (obj.properties.slice(obj.properties.indexOf(retries) + 1).some((p) => p.type === "SpreadElement")) continue;
    const offline = findProperty(obj, "enableOfflineQueue");
    if (offline && isFalse(offline.value)) continue;
    out.push({ messageId: "redisRetries", span: spanOf(retries), call: "" });
  }
}
function isFalse(expr) {
  const lit = literalOf2(expr);
  return lit.kind === "boolean" && !lit.value;
}
function workerConnection(node) {
  const parent = unwrapExpression(node).parent;
  let name = null;
  if (parent?.type === "VariableDeclarator" && parent.id.type === "Identifier") name = parent.id.name;
  else if (parent?.type === "AssignmentExpression" && parent.left.type === "MemberExpression" && parent.left.property.type === "Identifier") name = parent.left.property.name;
  else if (parent?.type === "PropertyDefinition" && parent.key.type === "Identifier") name = parent.key.name;
  else if (parent?.type === "Property" && parent.key.type === "Identifier") name = parent.key.name;
  return name !== null && nameWords2(name).some((w) => w === "worker" || w === "workers" || w === "bull");
}

// src/js/sigterm-handlers.ts
var CLOSING = /* @__PURE__ */ new Set(["close", "closeAllConnections", "closeIdleConnections", "terminate", "shutdown", "destroy", "gracefulShutdown", "drain"]);
var SERVER_LIKE = /server|^app$|application|fastify|http|hapi|koa|express|nest/i;
function sigtermHandlers(program) {
  const functions = /* @__PURE__ */ new Map();
  walk2(program, (n) => {
    if (n.type === "FunctionDeclaration" && n.id) functions.set(n.id.name, n.body);
    if (n.type === "VariableDeclarator" && n.id.type === "Identifier" && n.init && (n.init.type === "ArrowFunctionExpression" || n.init.type === "FunctionExpression")) functions.set(n.id.name, n.init.body);
    return true;
  });
  const nonClosing = [];
  let closing = 0;
  walk2(program, (n) => {
    if (n.type !== "CallExpression") return true;
    const callee = unwrapExpression(n.callee);
    if (callee.type !== "MemberExpression" || callee.object.type !== "Identifier" || callee.object.name !== "process") return true;
    const name = methodName2(n);
    if (name !== "on" && name !== "once" && name !== "addListener" && name !== "prependListener") return true;
    if (!n.arguments[0] || stringValue2(n.arguments[0]) !== "SIGTERM") return true;
    const handler = n.arguments[1];
    const body = handler?.type === "ArrowFunctionExpression" || handler?.type === "FunctionExpression" ? handler.body : handler?.type === "Identifier" ? functions.get(handler.name) : void 0;
    if (!body) {
      closing++;
      return true;
    }
    const seen = summarize(body, functions, 1);
    if (seen.closes) closing++;
    else nonClosing.push({ call: n, calls: seen.calls });
    return true;
  });
  return { nonClosing, closing };
}
function summarize(body, functions, depth) {
  const calls2 = [];
  let closes = false;
  walk2(body, (n) => {
    if (closes) return false;
    if (n.type !== "CallExpression") return true;
    const callee = unwrapExpression(n.callee);
    const name = methodName2(n);
    if (callee.type === "Identifier") {
      const local = functions.get(callee.name);
      if (local && depth > 0) {
        const inner = summarize(local, functions, depth - 1);
        if (inner.closes) closes = true;
        calls2.push(...inner.calls);
      } else if (!local && !["setTimeout", "clearTimeout", "clearInterval", "setImmediate"].includes(callee.name)) {
        closes = true;
      }
      return true;
    }
    if (callee.type === "MemberExpression" && name) {
      const receiver2 = callee.object.type === "Identifier" ? callee.object.name : callee.object.type === "MemberExpression" && callee.object.property.type === "Identifier" ? callee.object.property.name : "";
      if (CLOSING.has(name) || name === "stop" && SERVER_LIKE.test(receiver2) || name === "emit") closes = true;
      else if (!(receiver2 === "process" && name === "exit")) calls2.push(`${receiver2 ? `${receiver2}.` : ""}${name}()`);
      else calls2.push("process.exit()");
    }
    return true;
  });
  return { closes, calls: [...new Set(calls2)] };
}

// src/js/servers.ts
var SERVER_FRAMEWORKS = /* @__PURE__ */ new Set(["express", "fastify", "koa", "@nestjs/core", "restify", "polka", "connect"]);
var PORT_WORDS = /* @__PURE__ */ new Set(["port"]);
function serverListenCalls(program, resolver, frameworkDependency) {
  const out = [];
  for (const call of findAll(program, "CallExpression")) {
    const callee = unwrapExpression(call.callee);
    if (callee.type !== "MemberExpression" || propertyName(callee) !== "listen") continue;
    const ref = resolver.resolve(callee);
    if (ref && ref.path.at(-1) === "listen" && isServer({ ...ref, path: ref.path.slice(0, -1) })) out.push(call);
    else if (ref && frameworkDependency && importedApp(ref) && passesPort(call)) out.push(call);
  }
  return out;
}
function isServer(ref) {
  const path = ref.path.join(".");
  const called = ref.via.length > 0;
  switch (ref.module) {
    case "http":
    case "https":
    case "http2":
      return path === "createServer" || path === "createSecureServer" || path === "Server";
    case "express":
      return path === "" && called || path === "Express" || path === "Application";
    case "fastify":
      return (path === "" || path === "fastify") && called || path === "FastifyInstance";
    case "koa":
      return path === "";
    case "restify":
      return path === "createServer";
    case "polka":
    case "connect":
      return path === "" && called;
    case "@nestjs/core":
      return path === "NestFactory.create";
    case "@nestjs/common":
      return path === "INestApplication";
    case "@nestjs/platform-express":
      return path === "NestExpressApplication";
    case "@nestjs/platform-fastify":
      return path === "NestFastifyApplication";
    default:
      return false;
  }
}
var OTHER_PROTOCOLS = /* @__PURE__ */ new Set(["imap", "pop3", "pop", "smtp", "lmtp", "tcp", "udp", "grpc", "mqtt", "ws", "websocket", "socket", "io", "ftp", "dns", "ssh", "telnet", "irc", "redis", "amqp", "proxy"]);
function importedApp(ref) {
  if (!ref.module.startsWith(".")) return false;
  if (ref.via.some((v) => v.type === "NewExpression")) return false;
  const words2 = [...nameWords2(ref.module), ...ref.path.flatMap(nameWords2)];
  return !words2.some((w) => OTHER_PROTOCOLS.has(w));
}
function passesPort(call) {
  const first = call.arguments[0];
  if (!first) return false;
  const e = unwrapExpression(first);
  const lit = literalOf2(e);
  if (lit.kind === "number") return true;
  if (lit.kind === "string") return /^\d+$/.test(lit.value);
  return mentionsAny(e, PORT_WORDS);
}

// src/js/shutdown.ts
var SHUTDOWN_LIBRARIES = /* @__PURE__ */ new Set([
  "@godaddy/terminus",
  "http-terminator",
  "close-with-grace",
  "stoppable",
  "lightship",
  "http-graceful-shutdown",
  "@moebius/http-graceful-shutdown",
  "fastify-graceful-shutdown",
  "@fastify/graceful-shutdown",
  "exit-hook",
  "async-exit-hook",
  "signal-exit",
  "node-cleanup",
  "death",
  "express-graceful-shutdown",
  "@gquittet/graceful-server"
]);
var SHUTDOWN_TEXT = /SIGTERM|enableShutdownHooks|terminus|http-terminator|close-with-grace|stoppable|lightship|graceful|exit-hook|signal-exit|node-cleanup|death/;
function hasShutdownEvidence(program, skip) {
  let found = false;
  walk2(program, (n) => {
    if (found || skip?.has(n)) return false;
    switch (n.type) {
      case "ImportDeclaration":
        if (SHUTDOWN_LIBRARIES.has(String(n.source.value))) found = true;
        return false;
      case "CallExpression": {
        const name = methodName2(n);
        if (name === "enableShutdownHooks") found = true;
        if (name === "require" && n.arguments[0] && SHUTDOWN_LIBRARIES.has(stringValue2(n.arguments[0]) ?? "")) found = true;
        if (name === "kill") return false;
        return true;
      }
      case "ImportExpression":
        if (SHUTDOWN_LIBRARIES.has(stringValue2(n.source) ?? "")) found = true;
        return true;
      case "Literal":
      case "TemplateLiteral":
        if (stringValue2(n) === "SIGTERM") found = true;
        return true;
      case "Identifier":
        if (n.name === "SIGTERM") found = true;
        return true;
      default:
        return true;
    }
  });
  return found;
}

// rules/TS006-no-graceful-shutdown.ts
var LISTEN_TEXT = /\.\s*listen\b/;
var TS006_no_graceful_shutdown_default = defineRule({
  id: "TS006",
  name: "no-graceful-shutdown",
  severity: "warning",
  category: "reliability",
  productionOnly: true,
  kinds: ["typescript"],
  triggers: ["listen"],
  anchor: "owner",
  precision: "medium",
  messages: {
    noHandler: "this HTTP server is started with listen(\u2026) and nothing in its process handles SIGTERM: every deploy or restart cuts off the requests in flight",
    notClosed: "the SIGTERM handler at {{where}} never closes the HTTP server {{server}} started here ({{does}}): every deploy or restart cuts off the requests in flight"
  },
  docs: {
    summary: "A Node HTTP server has no SIGTERM handler that closes it in its process",
    what: `Reports \`.listen(\u2026)\` on an HTTP server \u2014 Node \`http\`/\`https\`/\`http2\` servers, Express, Fastify, Koa, Restify, Polka and Connect apps, NestJS applications (\`await NestFactory.create(\u2026)\`, or a parameter typed \`INestApplication\`), and an app imported from a module of the same package (\`import app from './app'\`) when the package depends on one of those frameworks and \`listen\` gets a port \u2014 when nothing in its process handles SIGTERM. The process is decided by entry points: the files reachable by relative imports from what a carrier starts (package.json \`main\` and start scripts, a Dockerfile \`CMD node dist/server.js\`, a compose \`command:\`, a Procfile line, \`ExecStart=\`; \`dist/x.js\` maps back to \`src/x.ts\`), so a handler in one process (a root package's dev proxy, a sibling Procfile process) does not silence another. Where no entry reaches the file, its package counts instead: the directory of the nearest \`package.json\` (the repository root when there is none), without nested packages and \`node_modules\`, plus an enclosing package only when one of its files imports this one (a setup wizard under \`install/\` loaded by the root package's CLI). Files on disk count even when the run was given only some of them (pre-commit), but tests, examples and docs do not. An app imported from another module counts only when it is a plain import or the result of a factory call (a \`new ImapServer()\` from a local module speaks some other protocol) and its names mention no other protocol (IMAP, SMTP, WebSocket\u2026).

Handling SIGTERM means any of: \`SIGTERM\` written in code (\`process.on('SIGTERM', \u2026)\`, \`process.once\`, a \`['SIGINT', 'SIGTERM']\` list fed to a handler, \`signals: ['SIGTERM']\`), NestJS \`app.enableShutdownHooks()\`, or one of the libraries \`@godaddy/terminus\`, \`http-terminator\`, \`close-with-grace\`, \`stoppable\`, \`lightship\`, \`http-graceful-shutdown\`, \`fastify-graceful-shutdown\`, \`exit-hook\`, \`async-exit-hook\`, \`signal-exit\`. Sending SIGTERM (\`child.kill('SIGTERM')\`) and comments do not count. A \`process.on('SIGTERM', \u2026)\` handler that never closes anything \u2014 it only calls \`bot.stop()\` or logs \u2014 is still the hazard, and the message names the server left open and the handler; a handler counts as closing when it calls \`close\`, \`closeAllConnections\`, \`terminate\`, \`shutdown\` or \`destroy\`, \`stop\` on a server-like object, or a function prodlint cannot see into. The finding is on \`listen\`.`,
    why: `Every deploy, scale-down and container restart begins with SIGTERM. Without a handler Node exits at once (or, as PID 1 in a container, ignores it until the SIGKILL ten seconds later): requests in flight get a reset connection, half-done writes are abandoned and queued work is lost, on every release. In one incident report about a backend that kept going down, "poor shutdown: not graceful, connections dropped uncleanly" was one of six causes; the fix closed Redis and MongoDB connections in order on shutdown, logging each step, and "graceful shutdown" became one of the team's rules.`,
    example: {
      kind: "typescript",
      path: "src/server.ts",
      code: `import express from 'express';

const app = express();
app.get('/health', (_req, res) => res.send('ok'));

app.listen(Number(process.env.PORT ?? 3000));
`
    },
    fix: {
      kind: "typescript",
      path: "src/server.ts",
      code: `import express from 'express';

const app = express();
app.get('/health', (_req, res) => res.send('ok'));

const server = app.listen(Number(process.env.PORT ?? 3000));

process.on('SIGTERM', () => {
  server.close(() => process.exit(0));
});
`
    },
    references: [
      "https://nodejs.org/api/process.html#signal-events",
      "https://expressjs.com/en/advanced/healthcheck-graceful-shutdown.html",
      "https://docs.nestjs.com/fundamentals/lifecycle-events#application-shutdown",
      "https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#hook-handler-execution"
    ]
  },
  // Asynchronous: TS/JS files are not parsed in the project model, so this hook parses its own
  // (see src/js/project-sources.ts).
  project(model, ctx) {
    return handled(checkPackages(model, ctx));
  }
});
async function checkPackages(model, ctx) {
  const sources = new ProjectSources(model);
  const processes = new ProcessScopes(model, sources);
  const byPackage = /* @__PURE__ */ new Map();
  for (const f of sources.runFiles()) {
    const text = sources.text(f);
    if (text === void 0 || !LISTEN_TEXT.test(text)) continue;
    const dir = sources.packageOf(f.rel);
    appendTo(byPackage, dir, f);
  }
  for (const [dir, files] of byPackage) {
    const framework = dependsOnFramework(model, dir);
    for (const file of files) {
      const doc = await sources.parse(file);
      if (!doc) continue;
      const calls2 = serverListenCalls(doc.tree.program, resolverFor2(doc.tree.program), framework);
      if (calls2.length === 0) continue;
      let idle;
      const test = async (ref, text) => {
        if (!SHUTDOWN_TEXT.test(text)) return false;
        const d = await sources.parse(ref);
        if (!d || !hasShutdownEvidence(d.tree.program)) return false;
        const handlers = sigtermHandlers(d.tree.program);
        if (handlers.closing > 0 || hasShutdownEvidence(d.tree.program, new Set(handlers.nonClosing.map((h) => h.call)))) return true;
        idle ??= { file: ref, handler: handlers.nonClosing[0] };
        return false;
      };
      const mine = await processes.processesOf(file.rel);
      let handled2 = false;
      if (mine.length) {
        for (const p of mine) if (await firstInFiles(sources, p.files, test)) handled2 = true;
      } else {
        handled2 = await sources.someInPackage(dir, test, { enclosing: false });
        for (const outer of processes.enclosingPackages(dir)) {
          if (handled2 || !await processes.importedFrom(outer, file.rel)) break;
          handled2 = await sources.someInPackage(outer, test, { enclosing: false });
        }
      }
      if (handled2) continue;
      for (const call of calls2) {
        const callee = unwrapExpression(call.callee);
        const span = callee.type === "MemberExpression" ? spanOf(callee.property) : spanOf(call);
        const found = idle;
        if (!found) {
          ctx.report({ messageId: "noHandler", span, source: doc.source });
          continue;
        }
        const handlerSource = (await sources.parse(found.file)).source;
        const at = handlerSource.positionAt(found.handler.call.range[0]);
        const does = found.handler.calls.length ? `it only calls ${found.handler.calls.slice(0, 3).join(", ")}` : "it closes nothing";
        ctx.report({
          messageId: "notClosed",
          data: { server: serverName(call), where: `${found.file.rel}:${at.line}`, does },
          span,
          source: doc.source,
          related: [{ source: handlerSource, span: spanOf(found.handler.call), message: "the SIGTERM handler" }]
        });
      }
    }
  }
}
function serverName(call) {
  const parent = call.parent;
  if (parent?.type === "VariableDeclarator" && parent.id.type === "Identifier") return parent.id.name;
  const callee = unwrapExpression(call.callee);
  if (callee.type === "MemberExpression") {
    const obj = unwrapExpression(callee.object);
    if (obj.type === "Identifier") return obj.name;
  }
  return "the server";
}
function dependsOnFramework(model, dir) {
  const rel = dir ? `${dir}/package.json` : "package.json";
  let deps = model.byPath.get(rel)?.doc?.tree?.dependencies;
  if (!deps) {
    const text = readProjectText(model, rel);
    try {
      const value2 = text === void 0 ? {} : JSON.parse(text);
      deps = value2.dependencies && typeof value2.dependencies === "object" ? Object.keys(value2.dependencies) : [];
    } catch {
      deps = [];
    }
  }
  return deps.some((d) => SERVER_FRAMEWORKS.has(d));
}

// rules/TS007-tls-verification-disabled.ts
var OFF_WHEN_FALSE = /* @__PURE__ */ new Set(["rejectUnauthorized", "strictSSL"]);
var ENV_VARIABLE = "NODE_TLS_REJECT_UNAUTHORIZED";
var TS007_tls_verification_disabled_default = defineRule({
  id: "TS007",
  name: "tls-verification-disabled",
  severity: "error",
  category: "security",
  productionOnly: true,
  kinds: ["typescript"],
  triggers: ["rejectUnauthorized", "strictSSL", ENV_VARIABLE],
  securitySeverity: 7.4,
  precision: "high",
  messages: {
    option: "{{option}}: false accepts any certificate: anyone on the network path can read and change this traffic, credentials included",
    env: '{{variable}} = "0" turns certificate checks off for every TLS connection of this process'
  },
  docs: {
    summary: "TLS certificate verification is turned off in code",
    what: `Reports, in production JavaScript/TypeScript: an object property \`rejectUnauthorized: false\` (Node's \`tls\`/\`https\` options, \`new https.Agent({\u2026})\`, axios' \`httpsAgent\`, the \`ssl\` option of \`pg\`, \`mysql2\`, \`ioredis\`, \`mongodb\`\u2026) or \`strictSSL: false\` (the \`request\` package); an assignment \`x.rejectUnauthorized = false\`; and setting \`process.env.NODE_TLS_REJECT_UNAUTHORIZED\` to \`"0"\`/\`0\` (also with bracket access). Values that are not the literal \`false\`/\`"0"\` are not judged. Not reported: browser code (the browser checks certificates whatever the option says), code under a test of an explicit per-target opt-in (\`if (notification.unsafeTls)\`, \`cfg.allowSelfSigned ? {\u2026} : {}\`, names with insecure, unsafe, self-signed, skip/ignore TLS, allow unauthorized), and files classified as development. The same variable set in a Dockerfile, compose file, unit or script is SH011's.`,
    why: `Without certificate checks TLS encrypts to whoever answers: a compromised router, a spoofed DNS answer or a hostile neighbour can present any certificate and read or change the traffic \u2014 database passwords on the \`pg\` connection, API keys in headers, webhook payloads. \`rejectUnauthorized: false\` is the usual first answer to "self signed certificate in certificate chain" from a managed database, and it then ships; \`NODE_TLS_REJECT_UNAUTHORIZED=0\` is worse, since it turns checks off for every connection of the process and Node only prints one warning at start. The fix is to trust the provider's CA (\`ca: fs.readFileSync('ca.pem')\`).`,
    example: {
      kind: "typescript",
      path: "src/db.ts",
      code: `import { Pool } from 'pg';

export const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  ssl: { rejectUnauthorized: false },
  connectionTimeoutMillis: 5_000,
});
`
    },
    fix: {
      kind: "typescript",
      path: "src/db.ts",
      code: `import { readFileSync } from 'node:fs';
import { Pool } from 'pg';

export const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  ssl: { ca: readFileSync('/etc/ssl/certs/db-provider-ca.pem', 'utf8') },
  connectionTimeoutMillis: 5_000,
});
`
    },
    references: ["https://nodejs.org/api/tls.html#tlsconnectoptions-callback", "https://nodejs.org/api/cli.html#node_tls_reject_unauthorizedvalue", "https://node-postgres.com/features/ssl"]
  },
  document(doc, ctx) {
    const program = doc.tree.program;
    if (isBrowserCode(program)) return;
    for (const p of findAll(program, "Property")) {
      const name = propertyName(p);
      if (name !== null && OFF_WHEN_FALSE.has(name) && isFalse2(p.value) && !optedIn(p)) ctx.report({ messageId: "option", data: { option: name }, span: spanOf(p) });
    }
    for (const a of findAll(program, "AssignmentExpression")) {
      if (a.operator !== "=" || a.left.type !== "MemberExpression") continue;
      const name = propertyName(a.left);
      if (optedIn(a)) continue;
      if (name !== null && OFF_WHEN_FALSE.has(name) && isFalse2(a.right)) ctx.report({ messageId: "option", data: { option: name }, span: spanOf(a) });
      else if (name === ENV_VARIABLE && isProcessEnv(a.left.object) && isZero(a.right)) ctx.report({ messageId: "env", data: { variable: ENV_VARIABLE }, span: spanOf(a) });
    }
  }
});
var OPT_IN = /insecure|unsafe|self.?signed|skip.?(tls|ssl|cert)|ignore.?(tls|ssl|cert)|allow.?(unauthori[sz]ed|invalid)|no.?verify|disable.?(tls|ssl).?verif/i;
function optedIn(node) {
  let child = node;
  for (const a of ancestors(node)) {
    if ((a.type === "IfStatement" || a.type === "ConditionalExpression") && child !== a.test && a.range && OPT_IN.test(textOf(a.test))) return true;
    if (a.type === "LogicalExpression" && a.operator === "&&" && child === a.right && OPT_IN.test(textOf(a.left))) return true;
    child = a;
  }
  return false;
}
function textOf(expr) {
  const names = [];
  for (const n of findAll(expr, ["Identifier", "Literal"])) names.push(n.type === "Identifier" ? n.name : String(n.value));
  return names.join(" ");
}
function isFalse2(expr) {
  const lit = literalOf2(unwrapExpression(expr));
  return lit.kind === "boolean" && !lit.value;
}
function isZero(expr) {
  const e = unwrapExpression(expr);
  return stringValue2(e) === "0" || e.type === "Literal" && e.value === 0;
}
function isProcessEnv(expr) {
  const e = unwrapExpression(expr);
  return e.type === "MemberExpression" && propertyName(e) === "env" && unwrapExpression(e.object).type === "Identifier" && unwrapExpression(e.object).name === "process";
}

// rules/TS008-floating-promise-in-loop.ts
var TS008_floating_promise_in_loop_default = defineRule({
  id: "TS008",
  name: "floating-promise-in-loop",
  severity: "warning",
  category: "reliability",
  productionOnly: true,
  kinds: ["typescript"],
  triggers: ["async", "fetch("],
  precision: "high",
  messages: {
    loop: "{{callee}}() returns a promise that this worker loop neither awaits nor catches: when it rejects, Node terminates the process (unhandled rejection), and until then calls pile up without back-pressure",
    timer: "{{callee}}() returns a promise that this {{scheduler}} callback neither awaits nor catches: when it rejects, Node terminates the process (unhandled rejection)"
  },
  docs: {
    summary: "An async call in a worker loop or timer callback is neither awaited nor caught",
    what: `Reports a call written as a statement of its own \u2014 its promise neither \`await\`ed, returned, assigned nor given a rejection handler (\`.catch(h)\`, \`.then(ok, fail)\`) \u2014 when the call surely returns a promise that can reject, and it repeats:

- in the body of a loop meant to run for the life of the process (\`while (true)\`, \`for (;;)\`, \`while (!stopped)\`, \`while (this.running)\` \u2014 the loops TS003 judges), or
- in a callback run by \`setInterval\`, \`setTimeout\`, node-cron, cron's \`CronJob\` or node-schedule.

"Surely returns a promise" means: an \`async\` function or method declared in the same file (\`sync()\`, \`this.flush()\`) that can reject (one whose awaits are all guarded and that throws nothing is fine), a \`.then(\u2026)\` chain on one without a rejection handler, or the global \`fetch(\u2026)\`. Calls of other modules are not judged (their return type is not known without type information), \`void task()\` is taken as a deliberate fire-and-forget, and browser code is skipped. The finding is on the callee.`,
    why: `Since Node 15 an unhandled rejection terminates the process. A worker loop that starts \`processJob(job)\` without awaiting it dies the first time a job fails \u2014 and takes the HTTP server, the bot and every other worker of that process with it, so the platform restarts a process that was healthy a second ago. With a global \`unhandledRejection\` handler installed the process survives, but the failures vanish from view, and since the loop never waits, a slow dependency lets calls pile up without bound. The bot in one incident report was rebuilt so that every background iteration is awaited, bounded by a timeout and wrapped, for exactly this reason.`,
    example: {
      kind: "typescript",
      path: "src/worker.ts",
      code: `import { setTimeout as sleep } from 'node:timers/promises';

async function deliver(id: string): Promise<void> {
  const res = await fetch(\`https://hooks.example.com/\${id}\`, { method: 'POST', signal: AbortSignal.timeout(10_000) });
  if (!res.ok) throw new Error(\`webhook \${id}: \${res.status}\`);
}

export async function run(queue: { next(): Promise<string> }): Promise<void> {
  while (true) {
    try {
      const id = await queue.next();
      deliver(id);
    } catch (err) {
      console.error(err);
    }
    await sleep(100);
  }
}
`
    },
    fix: {
      kind: "typescript",
      path: "src/worker.ts",
      code: `import { setTimeout as sleep } from 'node:timers/promises';

async function deliver(id: string): Promise<void> {
  const res = await fetch(\`https://hooks.example.com/\${id}\`, { method: 'POST', signal: AbortSignal.timeout(10_000) });
  if (!res.ok) throw new Error(\`webhook \${id}: \${res.status}\`);
}

export async function run(queue: { next(): Promise<string> }): Promise<void> {
  while (true) {
    try {
      const id = await queue.next();
      await deliver(id);
    } catch (err) {
      console.error(err);
    }
    await sleep(100);
  }
}
`
    },
    references: ["https://nodejs.org/api/cli.html#--unhandled-rejectionsmode", "https://typescript-eslint.io/rules/no-floating-promises/"]
  },
  document(doc, ctx) {
    const program = doc.tree.program;
    if (isBrowserCode(program)) return;
    const resolver = resolverFor2(program);
    const timerCallbacks = /* @__PURE__ */ new Map();
    for (const call of findAll(program, ["CallExpression", "NewExpression"])) {
      const scheduled = scheduledCallback(call, resolver);
      if (scheduled) timerCallbacks.set(scheduled.callback, scheduled.kind === "interval" ? "setInterval" : scheduled.kind === "timeout" ? "setTimeout" : "scheduled job");
    }
    walk2(program, (n) => {
      if (n.type !== "ExpressionStatement") return true;
      const call = floatingCall(n.expression, resolver);
      if (!call) return true;
      const where = repeatsIn(n, timerCallbacks);
      if (!where) return true;
      const callee = calleeText2(call, doc.source.text);
      if (where.kind === "loop") ctx.report({ messageId: "loop", data: { callee }, span: spanOf(call.callee) });
      else ctx.report({ messageId: "timer", data: { callee, scheduler: where.scheduler }, span: spanOf(call.callee) });
      return true;
    });
  }
});
function floatingCall(expr, resolver) {
  const e = unwrapExpression(expr);
  if (e.type !== "CallExpression" || hasCatchHandler(e)) return void 0;
  let inner = e;
  while (methodName2(inner) === "then" || methodName2(inner) === "finally") {
    const callee = unwrapExpression(inner.callee);
    if (callee.type !== "MemberExpression") return void 0;
    const obj = unwrapExpression(callee.object);
    if (obj.type !== "CallExpression") return void 0;
    inner = obj;
  }
  const calleeNode = unwrapExpression(inner.callee);
  if (calleeNode.type === "Identifier" && calleeNode.name === "fetch" && !resolver.bindingOf(calleeNode)) return inner;
  const fn = localCallee(inner, resolver);
  if (!fn?.async || functionNeverRejects(fn, resolver)) return void 0;
  return inner;
}
function repeatsIn(statement, timers) {
  for (const a of ancestors(statement)) {
    if (isFunction(a)) {
      const scheduler = timers.get(a);
      return scheduler ? { kind: "timer", scheduler } : void 0;
    }
    if (isInfiniteLoop(a)) return { kind: "loop", scheduler: "" };
  }
  return void 0;
}
function calleeText2(call, text) {
  const [start, end] = call.callee.range;
  const written = text.slice(start, end);
  return written.length > 40 ? written.slice(0, 37) + "\u2026" : written;
}

// rules/index.ts
var allRules = [
  DC001_no_restart_policy_default,
  DC002_no_healthcheck_default,
  DC003_depends_on_not_healthy_default,
  DC004_healthy_condition_without_healthcheck_default,
  DC005_datastore_port_published_default,
  DC006_logs_unbounded_default,
  DC007_no_memory_limit_default,
  DC008_source_bind_mount_default,
  DC009_host_control_granted_default,
  DC010_restart_always_on_one_shot_default,
  DC011_short_stop_grace_default,
  DF001_migrations_not_in_image_default,
  DF002_shell_form_entrypoint_default,
  DF003_runs_as_root_default,
  DF004_no_healthcheck_default,
  DF005_python_output_buffered_default,
  DF006_mutable_base_image_default,
  DF007_copy_context_without_dockerignore_default,
  DF008_migrations_at_build_default,
  PF001_liveness_without_startup_grace_default,
  PF002_liveness_depends_on_services_default,
  PF003_restart_policy_gives_up_default,
  PF004_hard_coded_port_default,
  PF005_migrations_in_replicated_start_default,
  PF006_no_memory_limit_default,
  PF007_cron_updates_code_in_place_default,
  PL000_parse_error_default,
  PL001_internal_error_default,
  PL002_unused_suppression_default,
  PL003_unknown_rule_in_suppression_default,
  PY001_debug_mode_in_code_default,
  PY002_watchdog_exit_without_grace_default,
  PY003_worker_loop_unguarded_default,
  PY004_worker_iteration_without_timeout_default,
  PY005_dangling_task_default,
  PY006_blocking_call_in_async_default,
  PY007_http_call_without_timeout_default,
  PY008_connection_pool_unbounded_default,
  PY009_pool_wait_without_timeout_default,
  PY010_advisory_lock_without_timeout_default,
  PY011_network_call_in_transaction_default,
  PY012_webhook_and_polling_default,
  PY013_silent_exception_in_loop_default,
  PY014_tls_verification_disabled_default,
  PY015_subprocess_without_timeout_default,
  PY016_allowed_hosts_wildcard_default,
  PY017_hard_coded_secret_key_default,
  SD001_no_restart_default,
  SD002_restart_storm_default,
  SD003_deprecated_directive_default,
  SD004_runs_as_root_default,
  SD005_forking_without_pidfile_default,
  SD006_network_target_not_online_default,
  SD007_missing_install_section_default,
  SD008_exec_shell_syntax_default,
  SD009_invalid_directive_default,
  SD010_no_memory_limit_default,
  SD011_watchdog_without_notify_default,
  SD012_restart_always_on_one_shot_default,
  SD013_short_stop_grace_default,
  SH001_dev_server_in_production_default,
  SH002_debug_mode_enabled_default,
  SH003_broad_process_kill_default,
  SH004_entrypoint_without_exec_default,
  SH005_background_service_unsupervised_default,
  SH006_package_manager_as_pid1_default,
  SH007_healthcheck_ignores_http_status_default,
  SH008_http_client_without_timeout_default,
  SH009_install_at_startup_default,
  SH010_loopback_bind_in_container_default,
  SH011_tls_verification_disabled_default,
  SH012_debugger_port_open_default,
  SH013_remote_script_piped_to_shell_default,
  SH014_logs_to_unrotated_file_default,
  SH015_hand_rolled_supervisor_default,
  TS001_watchdog_exit_without_grace_default,
  TS002_async_timer_unguarded_default,
  TS003_worker_loop_unguarded_default,
  TS004_http_call_without_timeout_default,
  TS005_db_pool_without_timeout_default,
  TS006_no_graceful_shutdown_default,
  TS007_tls_verification_disabled_default,
  TS008_floating_promise_in_loop_default
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
function editDistance2(a, b) {
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
function closest2(wrong, candidates) {
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance2(wrong, candidate);
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

// src/config/find.ts
import { statSync as statSync2 } from "node:fs";
import { dirname, isAbsolute, join as join7, relative, resolve as resolve2 } from "node:path";
var CONFIG_FILE_NAMES = [".prodlint.yaml", ".prodlint.yml"];
function findConfig(startDir, stopDir) {
  const stop = resolve2(stopDir);
  let dir = resolve2(startDir);
  const inside = (d) => {
    const rel = relative(stop, d);
    return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
  };
  const searchUp = inside(dir);
  for (; ; ) {
    const here = configIn(dir);
    if (here) return here;
    if (!searchUp || dir === stop) return void 0;
    const parent = dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
function configIn(dir) {
  const found = CONFIG_FILE_NAMES.map((name) => join7(dir, name)).filter((candidate) => {
    try {
      return statSync2(candidate).isFile();
    } catch {
      return false;
    }
  });
  if (found.length > 1) {
    const shown = found.map((p) => relative(process.cwd(), p) || p);
    throw new ConfigError(`both ${shown[0]} and ${shown[1]} exist: merge them into one (prodlint reads a single config per directory)`, shown[0]);
  }
  return found[0];
}

// src/rule-names.ts
function rulesNamed(key, rules) {
  const k = key.trim();
  const byId = rules.filter((r) => r.id.toLowerCase() === k.toLowerCase());
  return byId.length > 0 ? byId : rules.filter((r) => r.name.toLowerCase() === k.toLowerCase());
}
function namesRule(token, rule) {
  const t = token.toLowerCase();
  return t === rule.id.toLowerCase() || t === rule.name.toLowerCase();
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
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
  select: Object.freeze([]),
  ignoreRules: Object.freeze([])
});
function defaultConfig() {
  return EMPTY_DEFAULT;
}

// src/config/rules.ts
function findRules(key, rules) {
  return rulesNamed(key, rules);
}
function unknownRuleReason(key, rules) {
  const guess = closest2(key, rules.flatMap((r) => [r.id, r.name]));
  return guess === void 0 ? `unknown rule "${key}" (run 'prodlint rules' to list them)` : `unknown rule "${key}" (did you mean '${guess}'?)`;
}
function isRuleLevel(value2) {
  return typeof value2 === "string" && RULE_LEVELS.includes(value2);
}
function unknownLevelReason(value2) {
  if (typeof value2 === "string") return `unknown severity "${value2}" (expected ${listOr(RULE_LEVELS)})`;
  return `expected a severity (${listOr(RULE_LEVELS)}), got ${describeValue(value2)}`;
}
function valueType(value2) {
  if (value2 === null || value2 === void 0) return "null";
  if (Array.isArray(value2)) return "list";
  if (typeof value2 === "object") return "mapping";
  if (typeof value2 === "number" || typeof value2 === "bigint") return "number";
  if (typeof value2 === "boolean") return "boolean";
  return "string";
}
function describeValue(value2) {
  const type = valueType(value2);
  switch (type) {
    case "string":
      return `a string ${JSON.stringify(value2)}`;
    case "number":
      return `a number ${String(value2)}`;
    case "boolean":
      return String(value2);
    case "null":
      return "an empty value";
    default:
      return `a ${type}`;
  }
}
function withArticle(type) {
  return type === "boolean" ? "true or false" : type === "null" ? "nothing" : `a ${type}`;
}
function optionProblem(value2, defaultValue) {
  const expected = valueType(defaultValue);
  const actual = valueType(value2);
  if (expected === "null") return void 0;
  if (actual !== expected) {
    return {
      reason: `expected ${withArticle(expected)} like the default ${JSON.stringify(defaultValue)}, got ${describeValue(value2)}`
    };
  }
  if (expected === "list") {
    const itemTypes = new Set(defaultValue.map(valueType));
    if (itemTypes.size !== 1) return void 0;
    const [itemType] = itemTypes;
    const items = value2;
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
  const guess = closest2(name, names);
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
  const named = findRules(key, rules);
  if (named.length === 0) fail(unknownRuleReason(key, rules));
  if (!isRuleLevel(level)) fail(unknownLevelReason(level));
  return named.map((rule) => ({ ruleId: rule.id, severity: level }));
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
function parseSize(value2) {
  if (typeof value2 === "number") {
    return Number.isSafeInteger(value2) && value2 > 0 ? value2 : void 0;
  }
  if (typeof value2 !== "string") return void 0;
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value2.trim());
  if (!m) return void 0;
  const unit = m[2].toLowerCase();
  const factor = unit === "" ? 1 : Object.hasOwn(UNITS, unit) ? UNITS[unit] : void 0;
  if (factor === void 0) return void 0;
  const bytes = Math.floor(Number(m[1]) * factor);
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : void 0;
}

// src/select.ts
var PREFIX = /^[A-Za-z]{1,2}\d{0,3}$/;
function selected(selector, rules) {
  const s = selector.trim();
  if (s.toUpperCase() === "ALL") return [...rules];
  const named = rulesNamed(s, rules);
  if (named.length > 0) return named;
  if (!PREFIX.test(s)) return [];
  return rules.filter((r) => r.id.toUpperCase().startsWith(s.toUpperCase()));
}
function selectorProblem(selector, rules) {
  if (selected(selector, rules).length > 0) return void 0;
  const prefixes = [...new Set(rules.map((r) => r.id.slice(0, 2)))];
  const guess = closest2(selector, [...prefixes, ...rules.flatMap((r) => [r.id, r.name])]);
  return `"${selector}" selects no rule (${guess ? `did you mean '${guess}'? ` : ""}a rule id, a prefix such as SH or PY0, a rule name, or ALL)`;
}
function specificity(selector, rules) {
  const s = selector.trim();
  if (s.toUpperCase() === "ALL") return 0;
  if (rulesNamed(s, rules).length > 0) return 100;
  return s.length;
}
function selectedIds(rules, sources) {
  let on = new Set(rules.map((r) => r.id));
  for (const src of sources) {
    const bestOf = (list) => {
      const best = /* @__PURE__ */ new Map();
      for (const sel of list ?? []) {
        const k = specificity(sel, rules);
        for (const r of selected(sel, rules)) best.set(r.id, Math.max(best.get(r.id) ?? -1, k));
      }
      return best;
    };
    const ignored = bestOf(src.ignore);
    const chosen = src.select && src.select.length > 0 ? bestOf(src.select) : void 0;
    const next = /* @__PURE__ */ new Set();
    for (const rule of rules) {
      const ig = ignored.get(rule.id) ?? -1;
      const sel = chosen?.get(rule.id) ?? -1;
      if (chosen && (sel >= 0 || !rule.id.startsWith("PL"))) {
        if (sel >= 0 && sel > ig) next.add(rule.id);
      } else if (on.has(rule.id) && ig < 0) next.add(rule.id);
    }
    on = next;
  }
  return on;
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
  // Integration test trees: `integration-tests/`, `integration_test/`, Sentry self-hosted's
  // `_integration-test/`.
  "**/{,_}integration{-,_}test{,s}/**",
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
  // Sample trees, like examples. Not `demo/`: a demo is often the product deployed for show
  // (and this project's `fixtures/demo` is a production service on purpose).
  "**/samples/**",
  "**/sample/**",
  // The same trees hidden behind a dot (nextcloud/docker's `.examples/docker-compose/`).
  "**/.{examples,example,samples,sample}/**",
  // Dev containers under other names: `devcontainer-example/`, `.devcontainer-gpu/`.
  "**/*devcontainer*/**",
  // Dev environments: `dev-env/`, `devenv/`, `dev_env/`, `dev-environment/`.
  "**/{dev-env,dev_env,devenv,dev-environment}/**",
  // `local/` only as an environment folder of a deployment tree (cookiecutter-django's
  // `compose/local/`): alone it is `rootfs/usr/local/bin/`, which images run in production.
  "**/{compose,docker,deploy,deployment,deployments,infra,.docker}/local/**",
  // Debug stacks: VS Code's `docker-compose.debug.yml`, `Dockerfile.debug`, `docker/debug/`.
  "**/*compose*{.,-,_}debug.{yml,yaml}",
  "**/{Dockerfile,Containerfile}{.,-}debug",
  "**/{compose,docker,deploy}/debug/**",
  // A compose stack under any `debug/` directory (Loki's `debug/docker-compose.yaml` runs the
  // binary under a debugger); not the code there (`src/debug/` is an ordinary module).
  "**/debug/**/*compose*.{yml,yaml}",
  // Compose stacks under `tools/` (a Kafka or mail catcher to test against) and `sandbox/`;
  // not the code there (`tools/` and `sandbox/` also hold production modules).
  "**/tools/**/*compose*.{yml,yaml}",
  "**/sandbox/**/*compose*.{yml,yaml}",
  "**/sandbox/**/{Dockerfile,Containerfile}{,.*}",
  // Heroku's Windows Procfile runs the local server (`heroku local -f Procfile.windows`).
  "**/Procfile.windows",
  // Django-style split settings for non-production environments: `settings/dev.py`,
  // `settings/local.py`, `settings/test_ci.py`, `settings/development.py`, `settings/testing.py`.
  "**/settings/{dev,local,test}*.py"
]);
var DEFAULT_VENDOR_DIRS = Object.freeze(["vendor", "_vendor", "third_party", "third-party", "external"]);

// src/config/load.ts
var import_yaml4 = __toESM(require_dist(), 1);
import { readFileSync, statSync as statSync3 } from "node:fs";
import { isAbsolute as isAbsolute2, relative as relative2, resolve as resolve3 } from "node:path";

// src/config/sections.ts
import { dirname as dirname2 } from "node:path";

// src/config/yaml-walker.ts
var MAX_NODE_VISITS = 1e5;
var YamlWalker = class {
  constructor(doc, lines, file) {
    this.doc = doc;
    this.lines = lines;
    this.file = file;
  }
  doc;
  lines;
  file;
  visits = 0;
  /** Follow aliases (counting each visit against a budget) and turn YAML nulls into `null`. */
  deref(node, path) {
    if (++this.visits > MAX_NODE_VISITS) {
      this.fail(node ?? null, path, `too many YAML nodes (more than ${MAX_NODE_VISITS}, counting alias expansions)`);
    }
    if (node === null || node === void 0) return null;
    if (isAlias(node)) {
      const target = node.resolve(this.doc);
      if (target === void 0) this.fail(node, path, `unknown YAML alias "*${node.source}"`);
      return this.deref(target, path);
    }
    if (isScalar(node) && node.value === null) return null;
    return node;
  }
  /** The pairs of a mapping, with string keys; `what` describes the expected mapping. */
  entries(node, path, what) {
    if (!isMap(node)) this.fail(node, path, `expected ${what}, got ${this.describe(node)}`);
    const out = [];
    for (const pair of node.items) {
      const keyNode = pair.key;
      if (keyNode === null || !isScalar(keyNode) || typeof keyNode.value !== "string" && typeof keyNode.value !== "number") {
        this.fail(keyNode ?? node, path, "keys must be plain strings");
      }
      const scalar = keyNode;
      const key = typeof scalar.value === "string" ? scalar.value : scalar.source ?? String(scalar.value);
      if (key === "<<") this.fail(keyNode, [...path, key], "YAML merge keys (<<) are not supported; repeat the settings or use an alias as the whole value");
      out.push({ key, keyNode, value: pair.value ?? null });
    }
    return out;
  }
  scalar(node, path) {
    const value2 = this.deref(node, path);
    if (value2 === null) return null;
    if (!isScalar(value2)) {
      this.fail(value2, path, `expected a single value, got ${this.describe(value2)}`);
    }
    return value2.value;
  }
  /** A single plain value that `accept` turns into the setting, or a ConfigError saying what was expected. */
  single(node, keyNode, path, expected, accept) {
    const value2 = this.deref(node, path);
    if (value2 === null) this.fail(keyNode, path, `expected ${expected}, got an empty value`);
    if (!isScalar(value2)) this.fail(value2, path, `expected ${expected}, got ${this.describe(value2)}`);
    const result = accept(value2.value);
    if (result === void 0) {
      this.fail(value2, path, `expected ${expected}, got ${describeValue(value2.value)}`);
    }
    return result;
  }
  /** Where to point for a value: the value itself, or its key when the value is empty. */
  valueOrKey(node, keyNode) {
    const value2 = node && isAlias(node) ? node.resolve(this.doc) : node;
    return !value2 || isScalar(value2) && value2.value === null ? keyNode : node;
  }
  seqItem(node, index) {
    const value2 = node && isAlias(node) ? node.resolve(this.doc) : node;
    if (!value2 || !isSeq(value2)) return void 0;
    const item = value2.items[index];
    return item && isAlias(item) ? item.resolve(this.doc) : item;
  }
  /** An option value as plain data; YAML's own alias limit guards against alias bombs. */
  toJs(node, path) {
    const value2 = this.deref(node, path);
    if (value2 === null) return null;
    this.countNodes(value2, path);
    try {
      return value2.toJS(this.doc, { maxAliasCount: 100 });
    } catch (e) {
      return this.fail(value2, path, e instanceof RangeError ? "value is too deeply nested" : `bad value: ${String(e)}`);
    }
  }
  /**
   * Charge every node of a value to the visit budget, following aliases, before it is turned into
   * data: an option that refers to a large anchored list from a thousand places must fail here
   * rather than build millions of values. An explicit stack, so deep nesting cannot overflow.
   */
  countNodes(root, path) {
    const stack = [root];
    while (stack.length > 0) {
      const node = stack.pop();
      if (node === null || node === void 0) continue;
      if (++this.visits > MAX_NODE_VISITS) {
        this.fail(root, path, `too many YAML nodes (more than ${MAX_NODE_VISITS}, counting alias expansions)`);
      }
      if (isAlias(node)) {
        const target = node.resolve(this.doc);
        if (target === void 0) this.fail(node, path, `unknown YAML alias "*${node.source}"`);
        stack.push(target);
      } else if (isMap(node)) {
        for (const pair of node.items) stack.push(pair.key, pair.value);
      } else if (isSeq(node)) {
        stack.push(...node.items);
      }
    }
  }
  describe(node) {
    if (node === null) return "an empty value";
    if (isMap(node)) return "a mapping";
    if (isSeq(node)) return "a list";
    if (isScalar(node)) return describeValue(node.value);
    return "an unsupported YAML value";
  }
  unknownKey(keyNode, path, key, known) {
    const guess = closest2(key, known);
    const hint = guess ? `did you mean '${guess}'?` : `expected ${listOr(known)}`;
    return this.fail(keyNode, path, `unknown key (${hint})`);
  }
  position(node) {
    const offset = node?.range?.[0];
    return offset === void 0 ? { line: 1, col: 1 } : this.lines.linePos(offset);
  }
  fail(node, path, reason) {
    const { line, col } = this.position(node);
    const key = formatKeyPath(path);
    const where = `${this.file}:${line}:${col}`;
    throw new ConfigError(key ? `${where}: ${key}: ${reason}` : `${where}: ${reason}`, this.file, line, col, key);
  }
};

// src/config/sections.ts
var MAX_GLOBS_TOTAL = 1e4;
var MAX_OVERRIDES = 1e3;
var TOP_LEVEL_KEYS = [
  "rules",
  "ignore",
  "dev-paths",
  "production-paths",
  "vendor-dirs",
  "kinds",
  "overrides",
  "require-reason",
  "max-file-size",
  "select",
  "ignore-rules"
];
var RULE_KEYS = ["severity", "options"];
var OVERRIDE_KEYS = ["files", "rules"];
var ConfigReader = class extends YamlWalker {
  constructor(doc, lines, file, rules) {
    super(doc, lines, file);
    this.rules = rules;
  }
  rules;
  globCount = 0;
  config(absPath) {
    const root = this.deref(this.doc.contents, []);
    const config = {
      path: absPath,
      dir: dirname2(absPath),
      rules: {},
      ignore: [],
      devPaths: [],
      productionPaths: [],
      kinds: [],
      overrides: [],
      requireReason: false,
      maxFileSize: DEFAULT_MAX_FILE_SIZE,
      select: [],
      ignoreRules: []
    };
    if (root === null) return config;
    const written = [];
    Object.defineProperty(config, "written", { value: written, enumerable: false });
    for (const { key, keyNode, value: value2 } of this.entries(root, [], "a mapping of settings at the top level")) {
      const path = [key];
      written.push(key);
      switch (key) {
        case "rules":
          config.rules = this.ruleSettings(value2, path);
          break;
        case "ignore":
          config.ignore = this.globList(value2, path);
          break;
        case "dev-paths":
          config.devPaths = this.globList(value2, path);
          break;
        case "production-paths":
          config.productionPaths = this.globList(value2, path);
          break;
        case "vendor-dirs":
          config.vendorDirs = this.dirNames(value2, path);
          break;
        case "kinds":
          config.kinds = this.kinds(value2, path);
          break;
        case "overrides":
          config.overrides = this.overrides(value2, path);
          break;
        case "require-reason":
          config.requireReason = this.single(
            value2,
            keyNode,
            path,
            "true or false",
            (v) => typeof v === "boolean" ? v : void 0
          );
          break;
        case "max-file-size":
          config.maxFileSize = this.single(
            value2,
            keyNode,
            path,
            'a positive number of bytes or a size such as "1MiB" or "512KB"',
            parseSize
          );
          break;
        case "select":
          config.select = this.selectors(value2, path);
          break;
        case "ignore-rules":
          config.ignoreRules = this.selectors(value2, path);
          break;
        default:
          this.unknownKey(keyNode, path, key, TOP_LEVEL_KEYS);
      }
    }
    return config;
  }
  // --- Sections ---
  ruleSettings(node, path) {
    const settings = {};
    const seenAt = /* @__PURE__ */ new Map();
    const value2 = this.deref(node, path);
    if (value2 === null) return settings;
    for (const { key, keyNode, value: v } of this.entries(value2, path, "a mapping of rule ids or names to settings")) {
      const rulePath = [...path, key];
      const named = findRules(key, this.rules);
      if (named.length === 0) this.fail(keyNode, rulePath, unknownRuleReason(key, this.rules));
      for (const rule of named) {
        const earlier = seenAt.get(rule.id);
        if (earlier !== void 0) {
          this.fail(keyNode, rulePath, `rule ${rule.id} is already configured on line ${earlier}`);
        }
        seenAt.set(rule.id, this.position(keyNode).line);
        settings[rule.id] = this.ruleSetting(v, keyNode, rulePath, rule);
      }
    }
    return settings;
  }
  ruleSetting(node, owner, path, rule) {
    const value2 = this.deref(node, path);
    if (value2 !== null && isScalar(value2)) {
      if (!isRuleLevel(value2.value)) this.fail(value2, path, unknownLevelReason(value2.value));
      return { severity: value2.value };
    }
    if (value2 === null || !isMap(value2)) {
      this.fail(
        value2 ?? owner,
        path,
        `expected a severity (off, note, warning or error) or a mapping with severity and options, got ${this.describe(value2)}`
      );
    }
    const setting = {};
    for (const { key, keyNode, value: v } of this.entries(value2, path, "a mapping")) {
      const sub = [...path, key];
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
  options(node, path, rule) {
    const options = {};
    const value2 = this.deref(node, path);
    if (value2 === null) return options;
    const defaults = rule.options ?? {};
    for (const { key, keyNode, value: v } of this.entries(value2, path, "a mapping of option names to values")) {
      const sub = [...path, key];
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
  /** A rule selector or a list of them, each matching at least one rule. */
  selectors(node, path) {
    const value2 = this.deref(node, path);
    if (value2 === null) return [];
    const items = isSeq(value2) ? value2.items.map((raw, i) => [raw, [...path, i]]) : [[value2, path]];
    return items.map(([raw, at]) => {
      const item = this.deref(raw, at);
      if (item === null || !isScalar(item) || typeof item.value !== "string") {
        this.fail(item ?? value2, at, `expected a rule selector (an id, a prefix such as SH, a rule name or ALL) or a list of them, got ${this.describe(item)}`);
      }
      const text = item.value;
      const problem = selectorProblem(text, this.rules);
      if (problem) this.fail(item, at, problem);
      return text;
    });
  }
  /** A directory name (`vendor`, not a path or glob) or a list of them; null is an empty list. */
  dirNames(node, path) {
    const value2 = this.deref(node, path);
    if (value2 === null) return [];
    const items = isSeq(value2) ? value2.items.map((raw, i) => [raw, [...path, i]]) : [[value2, path]];
    if (items.length > MAX_GLOBS_PER_LIST) this.fail(value2, path, `more than ${MAX_GLOBS_PER_LIST} names in one list`);
    return items.map(([raw, at]) => {
      const item = this.deref(raw, at);
      if (item === null || !isScalar(item) || typeof item.value !== "string" || !/^[^/\\*?[\]{}!]+$/.test(item.value) || item.value === "." || item.value === "..") {
        this.fail(item ?? value2, at, `expected a directory name such as vendor (no "/" or wildcards) or a list of them, got ${this.describe(item)}`);
      }
      return item.value;
    });
  }
  globList(node, path) {
    const value2 = this.deref(node, path);
    if (value2 === null) return [];
    if (isScalar(value2)) {
      if (typeof value2.value !== "string") {
        this.fail(value2, path, `expected a glob or a list of globs, got ${describeValue(value2.value)}`);
      }
      return [this.glob(value2.value, value2, path)];
    }
    if (!isSeq(value2)) this.fail(value2, path, `expected a glob or a list of globs, got ${this.describe(value2)}`);
    const items = value2.items;
    if (items.length > MAX_GLOBS_PER_LIST) {
      this.fail(value2, path, `more than ${MAX_GLOBS_PER_LIST} globs in one list`);
    }
    const globs = [];
    items.forEach((raw, i) => {
      const sub = [...path, i];
      const item = this.deref(raw, sub);
      if (item === null || !isScalar(item) || typeof item.value !== "string") {
        this.fail(item ?? value2, sub, `expected a glob string, got ${this.describe(item)}`);
      }
      globs.push(this.glob(item.value, item, sub));
    });
    return globs;
  }
  glob(glob, node, path) {
    const problem = globProblem(glob);
    if (problem) this.fail(node, path, problem);
    if (++this.globCount > MAX_GLOBS_TOTAL) {
      this.fail(node, path, `more than ${MAX_GLOBS_TOTAL} globs in the config file`);
    }
    return glob;
  }
  kinds(node, path) {
    const value2 = this.deref(node, path);
    if (value2 === null) return [];
    const entries2 = this.entries(value2, path, "a mapping of globs to kinds");
    if (entries2.length > MAX_GLOBS_PER_LIST) {
      this.fail(value2, path, `more than ${MAX_GLOBS_PER_LIST} globs in one mapping`);
    }
    return entries2.map(({ key, keyNode, value: v }) => {
      const sub = [...path, key];
      const pattern = this.glob(key, keyNode, sub);
      const kind = this.scalar(v, sub);
      if (typeof kind !== "string" || !KINDS.includes(kind)) {
        const guess = typeof kind === "string" ? closest2(kind, KINDS) : void 0;
        const shown = typeof kind === "string" ? `"${kind}"` : describeValue(kind);
        const hint = guess ? `did you mean '${guess}'?` : `expected ${listOr(KINDS)}`;
        this.fail(this.valueOrKey(v, keyNode), sub, `unknown kind ${shown} (${hint})`);
      }
      return { pattern, kind };
    });
  }
  overrides(node, path) {
    const value2 = this.deref(node, path);
    if (value2 === null) return [];
    if (!isSeq(value2)) {
      this.fail(value2, path, `expected a list of { files, rules } entries, got ${this.describe(value2)}`);
    }
    const items = value2.items;
    if (items.length > MAX_OVERRIDES) this.fail(value2, path, `more than ${MAX_OVERRIDES} overrides`);
    return items.map((raw, i) => {
      const sub = [...path, i];
      const item = this.deref(raw, sub);
      if (item === null || !isMap(item)) {
        this.fail(item ?? value2, sub, `expected a mapping with files and rules, got ${this.describe(item)}`);
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
};

// src/config/load.ts
var MAX_CONFIG_BYTES = 1024 * 1024;
var MAX_YAML_DEPTH = 64;
function displayPath(path) {
  const rel = relative2(process.cwd(), path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute2(rel) ? rel : path;
}
function loadConfig(path, rules) {
  const file = displayPath(path);
  let text;
  try {
    const size = statSync3(path).size;
    if (size > MAX_CONFIG_BYTES) {
      throw new ConfigError(`${file}: config file is ${size} bytes (at most ${MAX_CONFIG_BYTES})`, file);
    }
    text = readFileSync(path, "utf8");
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    const code = e.code;
    throw new ConfigError(`${file}: cannot read config file (${code ?? String(e)})`, file);
  }
  return parseConfigText(text, file, resolve3(path), rules);
}
function parseConfigText(rawText, file, absPath, rules) {
  try {
    return parseConfig(rawText, file, absPath, rules);
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    const reason = e instanceof RangeError ? "file is too deeply nested" : String(e);
    throw new ConfigError(`${file}: cannot load config: ${reason}`, file);
  }
}
function parseConfig(rawText, file, absPath, rules) {
  const text = rawText.charCodeAt(0) === 65279 ? rawText.slice(1) : rawText;
  const lineCounter = new import_yaml4.LineCounter();
  const tooDeep = tooDeepYamlOffset(text, MAX_YAML_DEPTH);
  if (tooDeep !== void 0) {
    const { line, column: col } = new SourceFile(file, absPath, text).positionAt(tooDeep);
    throw new ConfigError(`${file}:${line}:${col}: YAML is nested more than ${MAX_YAML_DEPTH} levels deep`, file, line, col);
  }
  const doc = (0, import_yaml4.parseDocument)(text, {
    lineCounter,
    prettyErrors: false,
    version: "1.2",
    schema: "core",
    uniqueKeys: true,
    merge: false
  });
  const reader = new ConfigReader(doc, lineCounter, file, rules);
  const first = doc.errors[0] ?? doc.warnings[0];
  if (first) {
    const { line, col } = lineCounter.linePos(first.pos[0]);
    const what = first.code === "TAG_RESOLVE_FAILED" ? "YAML tags are not allowed" : "YAML error";
    throw new ConfigError(`${file}:${line}:${col}: ${what}: ${first.message}`, file, line, col);
  }
  return deepFreeze(reader.config(absPath));
}
function deepFreeze(value2) {
  if (value2 && typeof value2 === "object" && !Object.isFrozen(value2)) {
    Object.freeze(value2);
    for (const v of Object.values(value2)) deepFreeze(v);
  }
  return value2;
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
var singleGlobs = /* @__PURE__ */ new Map();
function firstMatch(globs, relPath) {
  for (const g of globs) {
    let m = singleGlobs.get(g);
    if (!m) singleGlobs.set(g, m = compileGlobs([g]));
    if (m(relPath)) return g;
  }
  return void 0;
}
function environmentReason(relPath, config) {
  const prod = firstMatch(config.productionPaths, relPath);
  if (prod !== void 0) return { environment: "production", source: "production-paths", glob: prod };
  const def = firstMatch(DEFAULT_DEV_PATHS, relPath);
  if (def !== void 0) return { environment: "development", source: "default", glob: def };
  const own = firstMatch(config.devPaths, relPath);
  if (own !== void 0) return { environment: "development", source: "dev-paths", glob: own };
  return { environment: "production", source: "none" };
}
function kindOverride(relPath, config) {
  const { kinds } = compiled(config);
  for (let i = kinds.length - 1; i >= 0; i--) {
    if (kinds[i].match(relPath)) return kinds[i].kind;
  }
  return void 0;
}
function isIgnored(relPath, config) {
  return compiled(config).ignore(relPath);
}
function resolveRulesShared(config, rules, relPath, cli = [], cliSelection = {}) {
  const c = compiled(config);
  let bySignature = c.resolved.get(rules);
  if (!bySignature) {
    bySignature = /* @__PURE__ */ new Map();
    c.resolved.set(rules, bySignature);
  }
  let signature = "";
  for (const match of c.overrides) signature += match(relPath) ? "1" : "0";
  signature += "|" + cli.map((o) => `${o.ruleId}=${o.severity}`).join(",");
  signature += "|" + JSON.stringify([cliSelection.select ?? null, cliSelection.ignore ?? null]);
  let result = bySignature.get(signature);
  if (!result) {
    const layers = [config.rules];
    config.overrides.forEach((o, i) => {
      if (signature[i] === "1") layers.push(o.rules);
    });
    const on = selectedIds(rules, [{ select: config.select ?? [], ignore: config.ignoreRules ?? [] }, cliSelection]);
    result = computeRules(rules, layers, cli, on);
    bySignature.set(signature, result);
  }
  return result;
}
function computeRules(rules, layers, cli, selected2) {
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
    if (!selected2.has(rule.id)) severity = "off";
    for (const flag of cli) if (flag.ruleId === rule.id) severity = flag.severity;
    if (severity !== "off") out.set(rule.id, Object.freeze({ severity, options: Object.freeze(options) }));
  }
  return out;
}

// src/discover.ts
import { existsSync as existsSync2, statSync as statSync4 } from "node:fs";
import { dirname as dirname3, isAbsolute as isAbsolute3, join as join9, relative as relative3, resolve as resolve4, sep } from "node:path";

// src/walk.ts
import { readdirSync as readdirSync2 } from "node:fs";
import { join as join8 } from "node:path";

// src/ignore-lines.ts
var import_ignore = __toESM(require_ignore(), 1);
import { closeSync as closeSync2, constants as constants2, fstatSync as fstatSync2, openSync as openSync2, readSync as readSync2 } from "node:fs";

// src/ignore-pattern.ts
var NO_VERDICT = { ignored: false, unignored: false };
var IGNORED = { ignored: true, unignored: false };
var UNIGNORED = { ignored: false, unignored: true };
var ESCAPED_SLASH = /(?<!\\)(?:\\\\)*\\\//;
function parseIgnoreLine(line) {
  if (line.startsWith("#")) return void 0;
  let body = trimTrailingSpaces(line);
  if (ESCAPED_SLASH.test(body)) return void 0;
  let negative = false;
  if (body.startsWith("!")) {
    negative = true;
    body = body.slice(1);
  }
  let dirOnly = false;
  if (body.endsWith("/")) {
    dirOnly = true;
    body = body.slice(0, -1);
  }
  if (body === "") return void 0;
  const anchored = body.includes("/");
  if (body.startsWith("/")) body = body.slice(1);
  const parts = splitSegments(body);
  if (!parts) return void 0;
  const segments = [];
  if (!anchored) segments.push({ globstar: true });
  for (const part of parts) {
    if (/^\*{2,}$/.test(part)) {
      if (segments.length === 0 || !segments.every((s) => s.globstar)) segments.push({ globstar: true });
      continue;
    }
    const test = compileSegment(part);
    if (!test) return void 0;
    segments.push({ globstar: false, test });
  }
  return { negative, dirOnly, segments };
}
function variableDepthParts(pattern) {
  let n = 0;
  pattern.segments.forEach((s, i) => {
    if (s.globstar && i < pattern.segments.length - 1) n++;
  });
  return n;
}
var SegmentIgnore = class {
  patterns;
  /** Verdicts by path: a walk asks about every directory on the way down, once each. */
  cache = /* @__PURE__ */ new Map();
  constructor(lines) {
    this.patterns = lines.map(parseIgnoreLine).filter((p) => p !== void 0);
  }
  test(path) {
    const known = this.cache.get(path);
    if (known) return known;
    const parent = parentOf(path);
    const above = parent ? this.test(parent) : void 0;
    const verdict = above?.ignored ? above : this.own(path);
    this.cache.set(path, verdict);
    return verdict;
  }
  /** The verdict of the last line that matches the path itself. */
  own(path) {
    const isDir = path.endsWith("/");
    const names = (isDir ? path.slice(0, -1) : path).split("/").map(canonical);
    for (let i = this.patterns.length - 1; i >= 0; i--) {
      const p = this.patterns[i];
      if (matchesPath(p, names, isDir)) return p.negative ? UNIGNORED : IGNORED;
    }
    return NO_VERDICT;
  }
};
function parentOf(path) {
  const cut = path.lastIndexOf("/", path.endsWith("/") ? path.length - 2 : path.length - 1);
  return cut < 0 ? "" : path.slice(0, cut + 1);
}
function matchesPath(pattern, names, isDir) {
  if (pattern.dirOnly && !isDir) return false;
  const n = names.length;
  const segs = pattern.segments;
  const last2 = segs[segs.length - 1];
  if (!last2.globstar && !last2.test(names[n - 1])) return false;
  let reach = new Uint8Array(n + 1);
  reach[0] = 1;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    const next = new Uint8Array(n + 1);
    if (seg.globstar) {
      const atLeastOne = i === segs.length - 1;
      let seen = 0;
      for (let j = 0; j <= n; j++) {
        if (!atLeastOne) seen |= reach[j];
        next[j] = seen;
        if (atLeastOne) seen |= reach[j];
      }
    } else {
      for (let j = 0; j < n; j++) if (reach[j] && seg.test(names[j])) next[j + 1] = 1;
    }
    reach = next;
  }
  return reach[n] === 1;
}
function trimTrailingSpaces(line) {
  let end = line.length;
  while (end > 0 && line[end - 1] === " ") end--;
  if (end === line.length) return line;
  let slashes = 0;
  while (end - slashes - 1 >= 0 && line[end - slashes - 1] === "\\") slashes++;
  return slashes % 2 === 1 ? line.slice(0, end + 1) : line.slice(0, end);
}
function splitSegments(body) {
  const chars = body.split("");
  const parts = [];
  let cur = "";
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === "/") {
      parts.push(cur);
      cur = "";
    } else if (c === "\\" && i + 1 < chars.length) {
      cur += c + chars[++i];
    } else if (c === "[") {
      const cls = parseBracket(chars, i);
      if (!cls) return void 0;
      cur += chars.slice(i, cls.end + 1).join("");
      i = cls.end;
    } else {
      cur += c;
    }
  }
  parts.push(cur);
  return parts;
}
function fold(c) {
  const u = c.toUpperCase();
  if (u.length !== 1) return c;
  if (c.charCodeAt(0) >= 128 && u.charCodeAt(0) < 128) return c;
  return u;
}
function canonical(name) {
  let out = "";
  for (let i = 0; i < name.length; i++) out += fold(name[i]);
  return out;
}
function foldedFrom(x) {
  const lower = x.toLowerCase();
  return lower !== x && lower.length === 1 && fold(lower) === x ? [x, lower] : [x];
}
function compileSegment(part) {
  const tokens = [];
  const chars = part.split("");
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === "*") {
      if (tokens[tokens.length - 1]?.t !== "star") tokens.push({ t: "star" });
    } else if (c === "?") {
      tokens.push({ t: "one", test: () => true });
    } else if (c === "[") {
      const cls = parseBracket(chars, i);
      if (!cls) return void 0;
      tokens.push({ t: "one", test: cls.test });
      i = cls.end;
    } else if (c === "\\") {
      const next = chars[++i];
      if (next === void 0) return void 0;
      tokens.push(literal(next));
    } else {
      tokens.push(literal(c));
    }
  }
  return (name) => matchTokens(tokens, name);
}
function literal(c) {
  const k = fold(c);
  return { t: "one", test: (x) => x === k };
}
function matchTokens(tokens, name) {
  let ti = 0;
  let ni = 0;
  let starTi = -1;
  let starNi = 0;
  while (ni < name.length) {
    const tok = tokens[ti];
    if (tok?.t === "star") {
      starTi = ti++;
      starNi = ni;
    } else if (tok && tok.test(name[ni])) {
      ti++;
      ni++;
    } else if (starTi >= 0) {
      ti = starTi + 1;
      ni = ++starNi;
    } else {
      return false;
    }
  }
  while (tokens[ti]?.t === "star") ti++;
  return ti === tokens.length;
}
var POSIX = {
  alnum: (c) => /^[0-9A-Za-z]$/.test(c),
  alpha: (c) => /^[A-Za-z]$/.test(c),
  blank: (c) => c === " " || c === "	",
  cntrl: (c) => /^[\x00-\x1f\x7f]$/.test(c),
  digit: (c) => /^[0-9]$/.test(c),
  graph: (c) => /^[\x21-\x7e]$/.test(c),
  lower: (c) => /^[a-z]$/.test(c),
  print: (c) => /^[\x20-\x7e]$/.test(c),
  punct: (c) => /^[\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]$/.test(c),
  space: (c) => /^[ \t\n\r\f\v]$/.test(c),
  upper: (c) => /^[A-Z]$/.test(c),
  xdigit: (c) => /^[0-9A-Fa-f]$/.test(c)
};
function parseBracket(chars, start) {
  let i = start + 1;
  let negated = false;
  if (chars[i] === "!" || chars[i] === "^") {
    negated = true;
    i++;
  }
  const members = [];
  let first = true;
  for (; i < chars.length; i++) {
    let c = chars[i];
    if (c === "]" && !first) {
      const test = (x) => foldedFrom(x).some((v) => members.some((m) => m(v))) !== negated;
      return { test, end: i };
    }
    first = false;
    if (c === "[" && chars[i + 1] === ":") {
      const close = chars.indexOf(":", i + 2);
      if (close !== -1 && chars[close + 1] === "]") {
        const cls = POSIX[chars.slice(i + 2, close).join("")];
        if (!cls) return void 0;
        members.push(cls);
        i = close + 1;
        continue;
      }
    }
    if (c === "\\") {
      const next = chars[++i];
      if (next === void 0) return void 0;
      c = next;
    }
    if (chars[i + 1] === "-" && chars[i + 2] !== void 0 && chars[i + 2] !== "]") {
      let hi = chars[i + 2];
      i += 2;
      if (hi === "\\") {
        const next = chars[++i];
        if (next === void 0) return void 0;
        hi = next;
      }
      const lo = c;
      members.push((x) => x === lo || x >= lo && x <= hi);
    } else {
      const lit = c;
      members.push((x) => x === lit);
    }
  }
  return void 0;
}

// src/ignore-lines.ts
var MAX_IGNORE_FILE_BYTES = 1024 * 1024;
var OPEN_FLAGS2 = constants2.O_RDONLY | (constants2.O_NOFOLLOW ?? 0) | (constants2.O_NONBLOCK ?? 0);
function readIgnoreFile(abs) {
  let fd;
  try {
    fd = openSync2(abs, OPEN_FLAGS2);
  } catch {
    return void 0;
  }
  try {
    const st = fstatSync2(fd);
    if (!st.isFile() || st.size > MAX_IGNORE_FILE_BYTES) return void 0;
    const buf = Buffer.alloc(Math.min(st.size, MAX_IGNORE_FILE_BYTES) + 1);
    let len = 0;
    for (let n; len < buf.length && (n = readSync2(fd, buf, len, buf.length - len, null)) > 0; ) len += n;
    if (len > MAX_IGNORE_FILE_BYTES) return void 0;
    const text = buf.toString("utf8", 0, len);
    return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  } catch {
    return void 0;
  } finally {
    closeSync2(fd);
  }
}
var MAX_IGNORE_RULES = 2e3;
function countIgnoreRules(text) {
  let rules = 0;
  for (const line of text.split(/\r?\n/)) if (line.trim() !== "" && !line.startsWith("#")) rules++;
  return rules;
}
function compileIgnoreLines(text, budget = MAX_IGNORE_RULES) {
  if (countIgnoreRules(text) > budget) return void 0;
  const lines = text.split(/\r?\n/).filter((line) => line.length <= MAX_GLOB_LENGTH);
  const backtracks = lines.some((line) => {
    const pattern = parseIgnoreLine(line);
    return pattern !== void 0 && variableDepthParts(pattern) >= 2;
  });
  return backtracks ? new SegmentIgnore(lines) : (0, import_ignore.default)({ allowRelativePaths: true }).add(lines);
}

// src/walk.ts
var IGNORE_FILES = [".gitignore", ".prodlintignore"];
function readIgnores(absDir, budget, names) {
  const texts = [];
  for (const name of IGNORE_FILES) {
    if (names && !names.has(name)) continue;
    const text2 = readIgnoreFile(join8(absDir, name));
    if (text2 !== void 0) texts.push(text2);
  }
  if (!texts.length) return void 0;
  const text = texts.join("\n");
  const ig = compileIgnoreLines(text, budget);
  return ig ? { ig, rules: countIgnoreRules(text) } : void 0;
}
function rulesOf(layers) {
  let n = 0;
  for (const l of layers) n += l.rules;
  return n;
}
function ignoredBy(layers, rel, isDir) {
  for (let i = layers.length - 1; i >= 0; i--) {
    const l = layers[i];
    const sub = l.dir ? rel.slice(l.dir.length + 1) : rel;
    const r = l.ig.test(isDir ? `${sub}/` : sub);
    if (r.ignored) return true;
    if (r.unignored) return false;
  }
  return false;
}
function walk4(absRoot, opts) {
  const out = [];
  const stack = [{ abs: absRoot, rel: "", layers: [] }];
  while (stack.length) {
    const { abs, rel, layers } = stack.pop();
    let entries2;
    try {
      entries2 = readdirSync2(abs, { withFileTypes: true });
    } catch {
      continue;
    }
    const own = entries2.some((e) => IGNORE_FILES.includes(e.name)) ? readIgnores(abs, MAX_IGNORE_RULES - rulesOf(layers), new Set(entries2.map((e) => e.name))) : void 0;
    const here = own ? [...layers, { dir: rel, ...own }] : layers;
    for (const e of entries2) {
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (opts.skipDirs.has(e.name)) continue;
        if (ignoredBy(here, childRel, true) || opts.outer?.(childRel, true)) continue;
        stack.push({ abs: join8(abs, e.name), rel: childRel, layers: here });
      } else if (e.isFile()) {
        if (ignoredBy(here, childRel, false) || opts.outer?.(childRel, false)) continue;
        out.push(childRel);
      }
    }
  }
  return out;
}
function outerIgnores(repoRoot, walkRelToRepo) {
  if (!walkRelToRepo) return void 0;
  const parts = walkRelToRepo.split("/");
  const layers = [];
  for (let i = 0; i < parts.length; i++) {
    const dirRel = parts.slice(0, i).join("/");
    const own = readIgnores(dirRel ? join8(repoRoot, dirRel) : repoRoot, MAX_IGNORE_RULES - rulesOf(layers));
    if (own) layers.push({ prefix: parts.slice(i).join("/"), ...own });
  }
  if (!layers.length) return void 0;
  return (rel, isDir) => {
    for (let i = layers.length - 1; i >= 0; i--) {
      const p = `${layers[i].prefix}/${rel}${isDir ? "/" : ""}`;
      const r = layers[i].ig.test(p);
      if (r.ignored) return true;
      if (r.unignored) return false;
    }
    return false;
  };
}
function dirIgnoredFromAbove(repoRoot, walkRelToRepo) {
  if (!walkRelToRepo) return false;
  const parts = walkRelToRepo.split("/");
  const parent = parts.slice(0, -1).join("/");
  const check13 = outerIgnores(repoRoot, parent);
  const selfIgnores = readIgnores(parent ? join8(repoRoot, parent) : repoRoot, MAX_IGNORE_RULES);
  const name = parts[parts.length - 1];
  if (selfIgnores?.ig.test(`${name}/`).ignored) return true;
  if (check13?.(name, true)) return true;
  return parent ? dirIgnoredFromAbove(repoRoot, parent) : false;
}

// src/discover.ts
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", ".hg", ".svn", "__pycache__", ".venv", "venv", "site-packages", ".tox", ".mypy_cache", ".pytest_cache"]);
function findRoot(start) {
  let dir = resolve4(start);
  for (; ; ) {
    if (existsSync2(join9(dir, ".git"))) return dir;
    const up = dirname3(dir);
    if (up === dir) return resolve4(start);
    dir = up;
  }
}
function runRoot(paths, cwd) {
  const here = findRoot(cwd);
  const abs = (paths.length ? paths : ["."]).map((p) => resolve4(cwd, p));
  const within2 = (p) => {
    const rel = relative3(here, p);
    return rel === "" || !rel.startsWith("..") && !isAbsolute3(rel);
  };
  if (abs.some(within2)) return { root: here, start: cwd };
  const first = abs[0];
  let start = first;
  try {
    if (!statSync4(first).isDirectory()) start = dirname3(first);
  } catch {
    start = dirname3(first);
  }
  return { root: findRoot(start), start };
}
function toRel(root, abs) {
  const r = relative3(root, abs);
  return sep === "/" ? r : r.split(sep).join("/");
}
var MissingPathError = class extends Error {
};
function skipDirsWith(vendorDirs = DEFAULT_VENDOR_DIRS) {
  return /* @__PURE__ */ new Set([...SKIP_DIRS, ...vendorDirs]);
}
var DEFAULT_SKIPS = skipDirsWith();
async function discover(paths, cwd, root, isIgnored2, skipDirs = DEFAULT_SKIPS) {
  const seen = /* @__PURE__ */ new Map();
  for (const p of paths.length ? paths : ["."]) {
    const abs = isAbsolute3(p) ? p : resolve4(cwd, p);
    let st;
    try {
      st = statSync4(abs);
    } catch {
      throw new MissingPathError(`path not found: ${p}`);
    }
    if (st.isFile()) {
      seen.set(abs, { abs, rel: toRel(root, abs), explicit: true });
      continue;
    }
    if (!st.isDirectory()) continue;
    const walkRel = toRel(root, abs);
    const inside = walkRel !== "" && !walkRel.startsWith("../") && !isAbsolute3(walkRel);
    const outer = inside && !dirIgnoredFromAbove(root, walkRel) ? outerIgnores(root, walkRel) : void 0;
    const simple = sep === "/" && (walkRel === "" || inside) && !abs.endsWith("/");
    for (const r of walk4(abs, { skipDirs, outer })) {
      const f = simple ? `${abs}/${r}` : join9(abs, r);
      const rel = simple ? walkRel ? `${walkRel}/${r}` : r : toRel(root, f);
      if (rel.startsWith("../") || isAbsolute3(rel) || isIgnored2(rel)) continue;
      if (!seen.has(f)) seen.set(f, { abs: f, rel, explicit: false });
    }
  }
  return [...seen.values()].sort((a, b) => a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);
}

// src/carriers/compose.ts
var INTERPOLATION = /(^|[^$])\$(\{|[A-Za-z_])/;
function unescapeDollars(t) {
  if (!t.text.includes("$$")) return t;
  let text = "";
  const offsets = [];
  for (let i = 0; i < t.text.length; i++) {
    offsets.push(t.toFile(i));
    text += t.text[i];
    if (t.text[i] === "$" && t.text[i + 1] === "$") i++;
  }
  offsets.push(t.toFile(t.text.length));
  return EmbeddedText.fromOffsets(text, offsets);
}
function composeCarriers(doc, sink) {
  const { yaml } = doc.tree;
  for (const service of doc.tree.services) {
    for (const key of ["command", "entrypoint"]) {
      const pair = getPair(yaml, service.node, key);
      if (!pair) continue;
      const carrier = carrierOf2(doc.source, service, key, pair.value, false);
      const words2 = argvOf2(doc.source, yaml, pair.value);
      if (words2) addExecForm(sink, words2, "start", carrier, carrier.span);
    }
    const test = getPair(yaml, resolve(yaml, getPair(yaml, service.node, "healthcheck")?.value), "test");
    if (test) addHealthcheck(doc.source, yaml, service, test.value, sink);
    const environment = getPair(yaml, service.node, "environment");
    if (environment) addEnvironment(doc.source, yaml, service, environment.value, sink);
  }
}
function carrierOf2(source, service, label, value2, shellForm) {
  const span = nodeSpan(resolve({}, value2)) ?? service.keySpan;
  return { kind: "compose", label, source, span, shellForm, owner: service.name };
}
function argvOf2(source, yaml, node) {
  const n = resolve(yaml, node);
  if (isScalar(n)) {
    const text = scalarText(source, n);
    if (!text || n.value === null) return void 0;
    return splitWords(unescapeDollars(text));
  }
  if (isSeq(n)) {
    const words2 = [];
    for (const item of n.items) {
      const it = resolve(yaml, item);
      const text = scalarText(source, it);
      const span = nodeSpan(it);
      if (!text || !span) return void 0;
      words2.push(wordFromEmbedded(unescapeDollars(text), span, source.text.slice(span.start, span.end), INTERPOLATION.test(text.text)));
    }
    return words2;
  }
  return void 0;
}
function addHealthcheck(source, yaml, service, node, sink) {
  const n = resolve(yaml, node);
  const carrier = carrierOf2(source, service, "healthcheck.test", n, true);
  if (isScalar(n)) {
    const text = scalarText(source, n);
    if (text) addShellScript(sink, unescapeDollars(text), "healthcheck", carrier);
    return;
  }
  if (!isSeq(n) || n.items.length === 0) return;
  const mode = scalarString(resolve(yaml, n.items[0]));
  if (mode === "CMD-SHELL") {
    const script = scalarText(source, resolve(yaml, n.items[1]));
    if (script) addShellScript(sink, unescapeDollars(script), "healthcheck", carrier);
  } else if (mode === "CMD") {
    const words2 = argvOf2(source, yaml, n)?.slice(1);
    if (words2?.length) addExecForm(sink, words2, "healthcheck", { ...carrier, shellForm: false }, carrier.span);
  }
}
function addEnvironment(source, yaml, service, node, sink) {
  const n = resolve(yaml, node);
  const carrier = carrierOf2(source, service, "environment", n, false);
  if (isSeq(n)) {
    for (const item of n.items) {
      const it = resolve(yaml, item);
      const text = scalarText(source, it);
      if (!text) continue;
      const eq = text.text.indexOf("=");
      const name = eq === -1 ? text.text : text.text.slice(0, eq);
      const value2 = eq === -1 ? null : text.text.slice(eq + 1);
      const nameSpan = text.spanToFile({ start: 0, end: name.length });
      const valueSpan = eq === -1 ? { start: nameSpan.end, end: nameSpan.end } : text.spanToFile({ start: eq + 1, end: text.length });
      sink.env.push({
        name: name.trim(),
        value: value2 === null || INTERPOLATION.test(value2) ? null : value2,
        nameSpan,
        valueSpan,
        span: nodeSpan(it) ?? nameSpan,
        carrier
      });
    }
    return;
  }
  for (const pair of mapEntries(yaml, n)) {
    if (!isScalar(pair.key)) continue;
    const keySpan = nodeSpan(pair.key);
    if (!keySpan) continue;
    const v = resolve(yaml, pair.value);
    const value2 = v === null || v === void 0 ? null : scalarString(v) ?? null;
    const valueSpan = nodeSpan(v) ?? { start: keySpan.end, end: keySpan.end };
    sink.env.push({
      name: String(pair.key.value),
      value: value2 === null || INTERPOLATION.test(value2) ? null : value2,
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
        const words2 = parseJsonStringArray(ins.args);
        const shell = baseName(words2?.[0]?.word.value);
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
        addEnv2(ins, carrier, sink, false);
        break;
      case "ARG":
        addEnv2(ins, carrier, sink, true);
        break;
    }
  }
}
function addCommandText(text, role, carrier, posix27, sink, ins) {
  const exec = parseJsonStringArray(text);
  if (exec) {
    addExecForm(sink, exec, role, { ...carrier, shellForm: false }, ins.span);
    return;
  }
  if (!posix27 || text.text.trim() === "") return;
  const heredoc = scriptHeredoc(text);
  addShellScript(sink, heredoc ?? text, role, carrier);
}
function scriptHeredoc(text) {
  const m = /^<<(-?)\s*(["']?)([A-Za-z_][A-Za-z0-9_]*)\2[ \t]*(?:(?:ba|da|z|k)?sh\b[^\n]*)?\n/.exec(text.text);
  if (!m) return void 0;
  const start = m[0].length;
  const lines = text.text.slice(start).split("\n");
  let end = start;
  for (const line of lines) {
    if ((m[1] ? line.replace(/^\t+/, "") : line) === m[3]) break;
    end += line.length + 1;
  }
  return text.slice(start, Math.min(end, text.length));
}
function addEnv2(ins, carrier, sink, isArg) {
  const words2 = splitWords(ins.args, { dollarIsLiteral: false });
  const first = words2[0];
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
  for (const w of words2) {
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
function carrierOf3(doc, d, owner) {
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
  const words2 = splitWords(d.value.slice(i, text.length));
  if (argv0Override && words2.length > 1) words2.splice(1, 1);
  addExecForm(sink, words2, role, carrierOf3(doc, d, owner), d.span);
}
function addEnvironment2(doc, d, owner, sink) {
  const carrier = carrierOf3(doc, d, owner);
  for (const { word } of splitWords(d.value, { dollarIsLiteral: true })) {
    const v = word.value ?? "";
    const eq = v.indexOf("=");
    if (eq <= 0) continue;
    const quoted3 = word.text.startsWith('"') || word.text.startsWith("'") ? 1 : 0;
    const nameSpan = { start: word.span.start + quoted3, end: word.span.start + quoted3 + eq };
    sink.env.push({
      name: v.slice(0, eq),
      value: v.slice(eq + 1),
      nameSpan,
      valueSpan: { start: nameSpan.end + 1, end: word.span.end - quoted3 },
      span: word.span,
      carrier
    });
  }
}

// src/carriers/cron.ts
function cronCarriers(doc, sink) {
  const { tree, source } = doc;
  if (tree.script) {
    const carrier = { kind: "cron", label: "cron script", source, span: { start: 0, end: source.text.length }, shellForm: true };
    addParsedScript(sink, tree.script, "job", carrier);
    return;
  }
  for (const e of tree.env) {
    const carrier = { kind: "cron", label: "environment", source, span: e.span, shellForm: false };
    sink.env.push({ name: e.name, value: e.value, nameSpan: e.nameSpan, valueSpan: e.valueSpan, span: e.span, carrier });
  }
  for (const entry of tree.entries) {
    const carrier = { kind: "cron", label: "cron entry", source, span: entry.span, shellForm: true, owner: entry.schedule };
    addShellScript(sink, entry.command, "job", carrier);
  }
}

// src/carriers/platform.ts
function platformCarriers(doc, sink) {
  for (const c of doc.tree.commands) {
    const carrier = { kind: doc.kind, label: c.label, source: doc.source, span: c.span, shellForm: c.form === "shell" && c.node.type === "string", owner: c.owner };
    if (c.node.type === "string") {
      if (c.form === "shell") addShellScript(sink, c.node.text, c.role, carrier);
      else addExecForm(sink, splitWords(c.node.text), c.role, carrier, c.node.span);
    } else if (c.node.type === "list") {
      const words2 = [];
      for (const item of c.node.items) {
        if (item.type !== "string") return;
        words2.push(wordFromEmbedded(item.text, item.span, doc.source.text.slice(item.span.start, item.span.end)));
      }
      addExecForm(sink, words2, c.role, carrier, c.node.span);
    }
  }
  for (const e of doc.tree.env) {
    const carrier = { kind: doc.kind, label: e.label, source: doc.source, span: e.span, shellForm: false, owner: e.owner };
    sink.env.push({ name: e.name, value: e.value, nameSpan: e.nameSpan, valueSpan: e.valueSpan, span: e.span, carrier });
  }
}

// src/carriers/index.ts
var CARRIERS = {
  dockerfile: dockerfileCarriers,
  compose: composeCarriers,
  systemd: systemdCarriers,
  procfile: procfileCarriers,
  packagejson: packageJsonCarriers,
  kubernetes: kubernetesCarriers,
  cron: cronCarriers,
  railway: platformCarriers,
  fly: platformCarriers,
  render: platformCarriers,
  heroku: platformCarriers
};
async function extractFacts(doc) {
  const sink = newSink();
  if (doc.kind === "shell") {
    const carrier = { kind: "shell", label: "script", source: doc.source, span: { start: 0, end: doc.source.text.length }, shellForm: true };
    const tree = doc.tree;
    addParsedScript(sink, tree, "script", carrier);
    crontabWrites(tree, doc.source, sink);
    return sink;
  }
  const extract = CARRIERS[doc.kind];
  if (extract) {
    await loadShellParser();
    withParseDeadline(() => extract(doc, sink));
  }
  return sink;
}

// src/parse/index.ts
async function parseFile(kind, source, environment) {
  switch (kind) {
    case "shell":
      return (await import("./shell-CLA4EDRS.js")).parseShellFile(source, environment);
    case "dockerfile":
      return (await import("./dockerfile-NZYPEJQE.js")).parseDockerfile(source, environment);
    case "compose":
      return (await import("./compose-2IYWCEWU.js")).parseCompose(source, environment);
    case "systemd":
      return (await import("./systemd-JBN7SJJ3.js")).parseSystemd(source, environment);
    case "procfile":
      return (await import("./procfile-222BVLDO.js")).parseProcfile(source, environment);
    case "packagejson":
      return (await import("./packagejson-HD67YSW2.js")).parsePackageJson(source, environment);
    case "python":
      return (await import("./python-PG7VR6EL.js")).parsePython(source, environment);
    case "typescript":
      return (await import("./typescript-NCAZ3PFP.js")).parseTypeScript(source, environment);
    case "kubernetes":
      return (await import("./kubernetes-NFO6EFKF.js")).parseKubernetes(source, environment);
    case "cron":
      return (await import("./cron-7NVKTCCU.js")).parseCron(source, environment);
    case "railway":
    case "fly":
    case "render":
    case "heroku":
      return (await import("./platform-5SIHHKET.js")).parsePlatform(kind, source, environment);
    default:
      return unsupported(kind, source, environment);
  }
}
function unsupported(kind, source, environment) {
  return { kind, source, environment, tree: null, comments: [], logicalLines: [], parseErrors: [] };
}

// src/pragmas.ts
var PEER_MAPPINGS = [
  // hadolint DL3025: "Use arguments JSON notation for CMD and ENTRYPOINT arguments".
  { tool: "hadolint", code: "DL3025", meaning: "use JSON (exec) form for CMD and ENTRYPOINT", rules: ["DF002"] },
  // hadolint DL3002: "Last USER should not be root".
  { tool: "hadolint", code: "DL3002", meaning: "last USER should not be root", rules: ["DF003"] },
  // hadolint DL3006: "Always tag the version of an image explicitly".
  { tool: "hadolint", code: "DL3006", meaning: "always tag the version of an image explicitly", rules: ["DF006"] },
  // hadolint DL3007: "Using latest is prone to errors if the image will ever update".
  { tool: "hadolint", code: "DL3007", meaning: "do not use the latest tag", rules: ["DF006"] },
  // hadolint DL3057: "HEALTHCHECK instruction missing" (off by default in hadolint).
  { tool: "hadolint", code: "DL3057", meaning: "HEALTHCHECK instruction missing", rules: ["DF004"] },
  // Bandit B113 request_without_timeout: requests/httpx calls without a timeout can hang forever.
  { tool: "bandit", code: "B113", aliases: ["request_without_timeout"], meaning: "HTTP request without a timeout", rules: ["PY007"] },
  // Bandit B201 flask_debug_true: Flask app run with debug=True exposes the Werkzeug debugger.
  { tool: "bandit", code: "B201", aliases: ["flask_debug_true"], meaning: "Flask app run with debug=True", rules: ["PY001"] },
  // Ruff / flake8-bandit S113 request-without-timeout (the same check as Bandit B113).
  { tool: "noqa", code: "S113", meaning: "HTTP request without a timeout (flake8-bandit, Ruff)", rules: ["PY007"] },
  // Ruff / flake8-bandit S201 flask-debug-true (the same check as Bandit B201).
  { tool: "noqa", code: "S201", meaning: "Flask app run with debug=True (flake8-bandit, Ruff)", rules: ["PY001"] },
  // flake8-async / Ruff ASYNC210 blocking-http-call-in-async-function (requests, urllib.request).
  { tool: "noqa", code: "ASYNC210", meaning: "blocking HTTP call in an async function (flake8-async, Ruff)", rules: ["PY006"] },
  // flake8-async / Ruff ASYNC221 run-process-in-async-function (subprocess.run, call, check_output...).
  { tool: "noqa", code: "ASYNC221", meaning: "blocking subprocess run in an async function (flake8-async, Ruff)", rules: ["PY006"] },
  // flake8-async / Ruff ASYNC251 blocking-sleep-in-async-function (time.sleep).
  { tool: "noqa", code: "ASYNC251", meaning: "time.sleep in an async function (flake8-async, Ruff)", rules: ["PY006"] }
];
var TOOL_KINDS = {
  hadolint: ["dockerfile"],
  bandit: ["python"],
  noqa: ["python"]
};
var HADOLINT = /^[ \t]*hadolint[ \t]+(global[ \t]+)?ignore[ \t]*=[ \t]*([DLSC0-9]+(?:[ \t]*,[ \t]*[DLSC0-9]+)*)[ \t]*(?:#.*)?$/s;
var RUFF_FILE = /^[ \t]*ruff[ \t]*:[ \t]*noqa[ \t]*:[ \t]*([A-Z]+[0-9]+(?:[ \t,]+[A-Z]+[0-9]+)*)/;
var NOQA = /(?:^|#)[ \t]*noqa[ \t]*:[ \t]*([A-Z]+[0-9]+(?:[ \t]*,[ \t]*[A-Z]+[0-9]+|[ \t]+[A-Z]+[0-9]+)*)/i;
var NOSEC = /(?:^|#)[ \t]*nosec(?![\w-]):?[ \t]*([^#]*)/i;
function parsePeerPragma(kind, body) {
  if (TOOL_KINDS.hadolint.includes(kind)) {
    const m = HADOLINT.exec(body);
    if (m) return { tool: "hadolint", scope: m[1] ? "file" : "next-line", codes: codesIn(m[2], body.indexOf(m[2], m.index + m[0].indexOf("="))) };
  }
  if (TOOL_KINDS.noqa.includes(kind)) {
    const file = RUFF_FILE.exec(body);
    if (file) return { tool: "noqa", scope: "file", codes: codesIn(file[1], file.index + file[0].length - file[1].length) };
    const m = NOQA.exec(body);
    if (m) return { tool: "noqa", scope: "line", codes: codesIn(m[1], m.index + m[0].length - m[1].length).map((c) => ({ ...c, code: c.code.toUpperCase() })) };
  }
  if (TOOL_KINDS.bandit.includes(kind)) {
    const m = NOSEC.exec(body);
    if (m) {
      const codes = codesIn(m[1], m.index + m[0].length - m[1].length).filter((c) => /^(B\d+|[a-z\d_]+)$/i.test(c.code));
      if (codes.length) return { tool: "bandit", scope: "statement", codes };
    }
  }
  return void 0;
}
function codesIn(list, offset) {
  const out = [];
  const re = /[^\s,]+/g;
  for (let t = re.exec(list); t; t = re.exec(list)) out.push({ code: t[0], offset: offset + t.index });
  return out;
}
var BY_CODE = /* @__PURE__ */ new Map();
for (const m of PEER_MAPPINGS) {
  BY_CODE.set(`${m.tool}:${m.code.toLowerCase()}`, m);
  for (const a of m.aliases ?? []) BY_CODE.set(`${m.tool}:${a.toLowerCase()}`, m);
}
function mappedRules(tool, code) {
  return BY_CODE.get(`${tool}:${code.toLowerCase()}`)?.rules ?? [];
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
    const last2 = doc.source.lineOf(Math.max(c.span.start, c.span.end - 1));
    for (let l = first; l <= last2; l++) set.add(l);
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
    if (!m) {
      const peer = peerDirective(doc, c, body, commentLines);
      if (peer) out.push(peer);
      continue;
    }
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
    let last2 = line;
    if (kind === "next-line") {
      const r = nextLogicalLine(doc, endLine + 1, commentLines);
      first = r.first;
      last2 = r.last;
    } else if (kind === "line") {
      const r = logicalLineAt(doc, line);
      first = r.first;
      last2 = r.last;
    } else if (kind === "file") {
      first = 1;
      last2 = doc.source.lineCount;
    } else if (kind === "disable") {
      last2 = doc.source.lineCount;
    }
    const d = { kind, rules, span: c.span, first, last: last2, ...reason ? { reason } : {}, ...until ? { until } : {} };
    if (kind === "disable") open.push(d);
    if (kind === "enable") {
      for (const o of open) {
        if (o.last !== doc.source.lineCount) continue;
        const names = new Set(rules.map((r) => r.name.toLowerCase()));
        if (names.size === 0 || o.rules.some((r) => names.has(r.name.toLowerCase()))) o.last = line;
      }
    }
    out.push(d);
  }
  return [...out.filter((d) => !d.peer), ...out.filter((d) => d.peer)];
}
function peerDirective(doc, c, body, commentLines) {
  const pragma = parsePeerPragma(doc.kind, body);
  if (!pragma) return void 0;
  const bodyStart = c.span.end - c.body.length + c.body.indexOf(body);
  const rules = [];
  for (const code of pragma.codes) {
    for (const id of mappedRules(pragma.tool, code.code)) {
      if (!rules.some((r) => r.name === id)) rules.push({ name: id, span: { start: bodyStart + code.offset, end: bodyStart + code.offset + code.code.length } });
    }
  }
  if (rules.length === 0) return void 0;
  const line = doc.source.lineOf(c.span.start);
  let range;
  switch (pragma.scope) {
    case "line":
      range = { first: line, last: line };
      break;
    case "statement":
      range = logicalLineAt(doc, line);
      break;
    case "next-line": {
      const next = doc.source.lineOf(Math.max(c.span.start, c.span.end - 1)) + 1;
      range = commentLines.has(next) || next > doc.source.lineCount ? { first: 0, last: -1 } : logicalLineAt(doc, next);
      break;
    }
    case "file":
      range = { first: 1, last: doc.source.lineCount };
      break;
  }
  return { kind: pragma.scope === "file" ? "file" : pragma.scope === "next-line" ? "next-line" : "line", rules, span: c.span, first: range.first, last: range.last, peer: pragma.tool };
}
function directiveMatches(d, f, today) {
  if (d.kind === "enable") return false;
  if (d.until && d.until < today) return false;
  if (f.line < d.first || f.line > d.last) return false;
  return d.rules.length === 0 || d.rules.some((r) => namesRule(r.name, { id: f.ruleId, name: f.ruleName }));
}

// src/analyze.ts
var PL = { parse: "PL000", internal: "PL001", unused: "PL002", unknown: "PL003" };
async function parserReady(kind) {
  try {
    if (kind === "shell" || CARRIER_KINDS.has(kind)) await (await import("./script-TBXOAKEY.js")).loadShellParser();
    else if (kind === "python") await (await import("./tree-sitter-UKGTLMB5.js")).getParser("python");
    else if (kind === "typescript") await (await import("./typescript-NCAZ3PFP.js")).loadTypeScriptParser();
  } catch {
  }
}
async function analyzeFile(task, opts) {
  const stop = recordDisk();
  let out;
  try {
    out = await analyzeRecorded(task, opts);
  } catch (err) {
    stop();
    throw err;
  }
  const inputs = stop();
  if (inputs.length) out.inputs = inputs;
  return out;
}
async function analyzeRecorded(task, opts) {
  if (!opts.parsed) await parserReady(task.kind);
  const started = performance.now();
  const out = { rel: task.rel, findings: [], directives: [], parsed: false };
  let doc;
  let facts;
  const source = opts.parsed?.doc.source ?? new SourceFile(task.rel, task.abs, task.text);
  try {
    if (opts.parsed) {
      doc = opts.parsed.doc;
      facts = opts.parsed.facts;
    } else {
      doc = await parseFile(task.kind, source, task.environment);
      facts = await extractFacts(doc);
    }
  } catch (err) {
    out.findings.push(toolFinding(PL.parse, opts, source, { start: 0, end: 0 }, `${task.rel} could not be parsed: ${errorText(err)}`));
    return out;
  }
  out.parsed = true;
  if (facts) applyVias(facts, task.via);
  const problem = doc.parseErrors[0] ?? facts?.problems[0];
  if (problem) out.findings.push(toolFinding(PL.parse, opts, source, problem.span, `${problem.message}; findings for this file may be incomplete`, problem.expected ? "note" : void 0));
  let memo;
  for (const [id, setting] of opts.enabled) {
    const rule = opts.rules.get(id);
    if (!rule || !rule.kinds.includes(doc.kind)) continue;
    if (rule.productionOnly && task.environment === "development") continue;
    if (!checksFilesOf(rule, doc.kind)) continue;
    if (!ruleTriggered(rule, memo ??= new TriggerMemo(source.text))) continue;
    if (performance.now() - started > opts.timeoutMs) {
      out.findings.push(toolFinding(PL.parse, opts, source, { start: 0, end: 0 }, `analysis of ${task.rel} took over ${opts.timeoutMs} ms (--file-timeout); the remaining rules were skipped`));
      break;
    }
    let current;
    const ctx = {
      source,
      doc,
      options: setting.options,
      project: opts.project,
      report: (r) => {
        const related = (r.related ?? []).map((x) => relatedOf(x.source, x.span, x.message));
        for (const via of current?.via ?? []) related.push({ path: via.path, span: via.span, start: via.start, end: via.end, message: `started by ${via.label} in ${via.path}` });
        const src = r.source ?? source;
        out.findings.push(makeFinding(rule, raised(setting.severity, r.severity), src, r.span, formatMessage(rule.messages[r.messageId] ?? r.messageId, r.data), related));
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
      out.findings.push(toolFinding(PL.internal, opts, source, { start: 0, end: 0 }, `rule ${rule.id} failed on this file: ${errorText(err)}`));
    }
  }
  if (opts.inlineSuppressions) {
    out.directives = parseDirectives(doc).map((d) => ({
      ...d,
      start: source.positionAt(d.span.start),
      end: source.positionAt(d.span.end),
      ruleRanges: d.rules.map((r) => ({ start: source.positionAt(r.span.start), end: source.positionAt(r.span.end) }))
    }));
  }
  return out;
}
function applyVias(facts, vias) {
  if (vias.length === 0) return;
  for (const cmd of facts.commands) {
    if (cmd.role === "script") cmd.role = "start";
    cmd.via = vias;
  }
  for (const a of facts.env) if (a.role === "script") a.role = "start";
}
function raised(configured, asked) {
  return asked && SEVERITY_RANK[asked] > SEVERITY_RANK[configured] ? asked : configured;
}
function relatedOf(source, span, message) {
  return { path: source.path, span, start: source.positionAt(span.start), end: source.positionAt(span.end), message };
}
function makeFinding(rule, severity, source, span, message, related) {
  return {
    ruleId: rule.id,
    ruleName: rule.name,
    severity,
    message,
    path: source.path,
    span,
    start: source.positionAt(span.start),
    end: source.positionAt(span.end),
    related,
    fingerprint: "",
    flagged: source.text.slice(span.start, span.end)
  };
}
function toolFinding(id, opts, source, span, message, severity) {
  const rule = opts.rules.get(id) ?? { id, name: "tool", severity: "warning" };
  const setting = opts.enabled.get(id);
  const configured = setting && setting.severity !== rule.severity ? setting.severity : void 0;
  return makeFinding(rule, configured ?? severity ?? setting?.severity ?? "note", source, span, message, []);
}
var TriggerMemo = class {
  constructor(text) {
    this.text = text;
  }
  text;
  seen = /* @__PURE__ */ new Map();
  low;
  has(word, ignoreCase) {
    const key = ignoreCase ? `\0${word}` : word;
    let yes = this.seen.get(key);
    if (yes === void 0) {
      yes = ignoreCase ? (this.low ??= this.text.toLowerCase()).includes(word) : this.text.includes(word);
      this.seen.set(key, yes);
    }
    return yes;
  }
};
var lowered = /* @__PURE__ */ new WeakMap();
function ruleTriggered(rule, text) {
  if (rule.triggers.length === 0) return true;
  const memo = typeof text === "string" ? new TriggerMemo(text) : text;
  const ignoreCase = rule.triggersIgnoreCase === true;
  let words2 = rule.triggers;
  if (ignoreCase) {
    let lows = lowered.get(rule);
    if (!lows) lowered.set(rule, lows = rule.triggers.map((t) => typeof t === "string" ? t.toLowerCase() : t.map((x) => x.toLowerCase())));
    words2 = lows;
  }
  return words2.some((t) => typeof t === "string" ? memo.has(t, ignoreCase) : t.every((x) => memo.has(x, ignoreCase)));
}
function errorText(err) {
  return err instanceof Error ? err.message.split("\n")[0] : String(err);
}
function checksFilesOf(rule, kind) {
  if (rule.document) return true;
  if (!rule.command && !rule.env) return false;
  return kind === "shell" || CARRIER_KINDS.has(kind);
}

// src/explain-file.ts
import { resolve as resolve5 } from "node:path";

// src/compose/named-dockerfiles.ts
import { posix as posix24 } from "node:path";
function dockerfilesNamedByCompose(composeFiles) {
  const out = /* @__PURE__ */ new Map();
  for (const { rel, text } of composeFiles) {
    if (!/\bdockerfile:/.test(text) || tooDeepYamlOffset(text, 200) !== void 0) continue;
    let yaml;
    try {
      yaml = parseComposeYaml(text);
    } catch {
      continue;
    }
    const services = getPath(yaml, yaml.contents, "services");
    if (!isMap(services)) continue;
    for (const pair of mapEntries(yaml, services)) {
      const name = scalarString(pair.key);
      const build2 = getPath(yaml, pair.value, "build");
      if (name === void 0 || !isMap(build2)) continue;
      const node = getPath(yaml, build2, "dockerfile");
      const dockerfile = scalarString(node);
      const context = scalarString(getPath(yaml, build2, "context")) ?? ".";
      if (!dockerfile || /[$]/.test(dockerfile + context) || dockerfile.startsWith("/") || /^[a-z][a-z0-9+.-]*:/i.test(context)) continue;
      const path = posix24.normalize(posix24.join(posix24.dirname(rel), context, dockerfile));
      if (path.startsWith("../") || path === ".." || posix24.isAbsolute(path)) continue;
      if (out.has(path)) continue;
      const offset = node?.range?.[0] ?? 0;
      out.set(path, { compose: rel, service: name, line: lineAt(text, offset) });
    }
  }
  return out;
}
function lineAt(text, offset) {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

// src/explain-file.ts
function kindReason(rel, head, kind, how) {
  if (how.override) return `config kinds: in ${how.config ?? ".prodlint.yaml"}`;
  if (how.namedBy) return `named as build.dockerfile by ${how.namedBy.compose}:${how.namedBy.line} (service "${how.namedBy.service}")`;
  if (!kind) return head.startsWith("#!") ? `shebang ${JSON.stringify(head.split("\n", 1)[0])} is no interpreter prodlint lints` : "neither its name nor its content is of a kind prodlint lints";
  if (kindByName(rel) === kind) return `file name ${JSON.stringify(rel.split("/").pop())}`;
  const interp = shebangInterpreter(head);
  if (interp) return `shebang #!\u2026${interp}`;
  if (kind === "compose" && looksLikeCompose(head)) return "YAML with top-level services: holding image: or build:";
  return "content";
}
function environmentText(r, config) {
  const where = config ?? ".prodlint.yaml";
  switch (r.source) {
    case "production-paths":
      return `production-paths glob ${JSON.stringify(r.glob)} in ${where} (wins over every development pattern)`;
    case "default":
      return `built-in development path ${JSON.stringify(r.glob)} (production-paths: in .prodlint.yaml overrides it)`;
    case "dev-paths":
      return `dev-paths glob ${JSON.stringify(r.glob)} in ${where}`;
    default:
      return "no development pattern matches (production is the default)";
  }
}
function explanationText(c) {
  const lines = [
    `${c.path}`,
    `  kind:        ${c.kind ?? "none (not linted)"} \u2014 ${c.kindReason}`,
    `  environment: ${c.environment} \u2014 ${c.environmentReason}`
  ];
  if (c.environment === "development") lines.push("               production-only rules skip this file");
  for (const n of c.notes ?? []) lines.push(`  note:        ${n}`);
  return lines.join("\n") + "\n";
}
async function explainPaths(paths, settings, root, cwd) {
  const out = [];
  let named;
  for (const p of paths) {
    const abs = resolve5(cwd, p);
    const rel = toRel(root, abs);
    const read = readText(abs);
    if ("skip" in read) throw new MissingPathError(`${p}: ${read.message}`);
    const head = read.text.slice(0, 4096);
    const override = settings.kindOverride(rel);
    let kind = override ?? classify(rel, head);
    let namedBy;
    if (!kind) {
      named ??= await composeReferences(settings, root);
      namedBy = named.get(rel);
      if (namedBy) kind = "dockerfile";
    }
    const env = settings.explainEnvironment?.(rel) ?? { environment: settings.environmentOf(rel), text: "" };
    const notes = [];
    const skipDirs = settings.skipDirs ?? skipDirsWith();
    const vendored = rel.split("/").slice(0, -1).find((d) => skipDirs.has(d));
    if (vendored) notes.push(`inside ${vendored}/: skipped when a directory above it is linted (vendor-dirs: in .prodlint.yaml); named like this, it is linted`);
    if (settings.isIgnored(rel)) notes.push("config ignore: excludes it when its directory is linted; named like this, it is linted");
    out.push({ path: rel, ...kind ? { kind } : {}, kindReason: kindReason(rel, head, kind, { override, namedBy, config: env.config }), environment: env.environment, environmentReason: env.text, notes });
  }
  return out;
}
async function composeReferences(settings, root) {
  const files = await discover([root], root, root, settings.isIgnored, settings.skipDirs);
  const composes = [];
  for (const f of files) {
    if (!/\.ya?ml$/i.test(f.rel)) continue;
    const read = readText(f.abs);
    if ("text" in read && classify(f.rel, read.text.slice(0, 4096)) === "compose") composes.push({ rel: f.rel, text: read.text });
  }
  return dockerfilesNamedByCompose(composes);
}

// src/project.ts
import { join as join10, posix as posix25 } from "node:path";
var SHELLS5 = /* @__PURE__ */ new Set(["sh", "bash", "dash", "ash", "zsh", "ksh"]);
function onDisk(root, byPath) {
  const known = /* @__PURE__ */ new Map();
  return {
    exists: (rel) => {
      let yes = byPath.has(rel) || known.get(rel);
      if (yes === void 0) known.set(rel, yes = diskExists(join10(root, rel)));
      else noteExists(join10(root, rel), yes);
      return yes;
    }
  };
}
function buildProject(root, files) {
  const byPath = new Map(files.map((f) => [f.rel, f]));
  const shellFiles = files.filter((f) => f.kind === "shell");
  const byBase = /* @__PURE__ */ new Map();
  for (const f of shellFiles) {
    const b = posix25.basename(f.rel);
    appendTo(byBase, b, f);
  }
  const model = {
    root,
    files,
    byPath,
    startedBy: /* @__PURE__ */ new Map(),
    ...onDisk(root, byPath),
    *commands() {
      for (const file of files) for (const command of file.facts?.commands ?? []) yield { file, command };
    }
  };
  const repoOf = repositoryRoots(model.exists);
  for (const { file, command } of model.commands()) {
    if (command.role !== "start" || file.kind === "shell") continue;
    const word = scriptWord(command);
    if (!word) continue;
    const target = resolveScript(word, file.rel, byPath, byBase, repoOf);
    if (!target || target.rel === file.rel) continue;
    const src = command.carrier.source;
    const via = { path: src.path, span: command.span, start: src.positionAt(command.span.start), end: src.positionAt(command.span.end), label: command.carrier.label };
    const list = model.startedBy.get(target.rel) ?? [];
    if (!list.some((v) => v.path === via.path && v.span.start === via.span.start)) list.push(via);
    model.startedBy.set(target.rel, list);
  }
  return model;
}
function scriptWord(cmd) {
  const [first, ...rest] = cmd.argv;
  const name = baseName(first?.value);
  if (!name) return void 0;
  if (SHELLS5.has(name)) {
    const arg = rest.find((w) => w.value !== null && !w.value.startsWith("-"));
    if (!arg?.value || rest.some((w) => w.value !== null && /^-[a-z]*c[a-z]*$/.test(w.value))) return void 0;
    return arg.value;
  }
  if (first.value.includes("/") || /\.(sh|bash)$/.test(name)) return first.value;
  return void 0;
}
function repositoryRoots(exists) {
  const memo = /* @__PURE__ */ new Map();
  const rootOf = (dir) => {
    let found = memo.get(dir);
    if (found === void 0) {
      found = dir === "." || dir === "" || dir === "/" ? "." : exists(posix25.join(dir, ".git")) ? dir : rootOf(posix25.dirname(dir));
      memo.set(dir, found);
    }
    return found;
  };
  return (rel) => rootOf(posix25.dirname(rel));
}
function resolveScript(word, fromRel, byPath, byBase, repoOf) {
  const dir = posix25.dirname(fromRel);
  if (!word.startsWith("/")) {
    const direct = byPath.get(posix25.normalize(posix25.join(dir, word)));
    if (direct?.kind === "shell") return direct;
  }
  const repo = repoOf(fromRel);
  const candidates = (byBase.get(posix25.basename(word)) ?? []).filter((c) => repoOf(c.rel) === repo);
  if (candidates.length <= 1) return candidates[0];
  let best;
  let bestScore = -1;
  for (const c of candidates) {
    const score = commonPrefix(posix25.dirname(c.rel), dir);
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
function liteProject(root, task) {
  return {
    root,
    files: [],
    byPath: /* @__PURE__ */ new Map(),
    startedBy: new Map(task.via.length ? [[task.rel, task.via]] : []),
    ...onDisk(root, /* @__PURE__ */ new Map()),
    *commands() {
    }
  };
}

// src/config/tree.ts
import { join as join11, posix as posix26, relative as relative4, sep as sep2 } from "node:path";
var RUN_WIDE = [
  ["max-file-size", "maxFileSize"],
  ["require-reason", "requireReason"]
];
var ConfigTree = class {
  constructor(root, run, rules, hierarchical) {
    this.root = root;
    this.run = run;
    this.rules = rules;
    this.hierarchical = hierarchical;
    if (run.path) this.loaded.set(run.path, run);
  }
  root;
  run;
  rules;
  hierarchical;
  /** Per repository-relative directory: the configs from the root down to it, nearest last. */
  chains = /* @__PURE__ */ new Map();
  loaded = /* @__PURE__ */ new Map();
  warnings = [];
  /** The config a file uses: the nearest one above it, else the run's. */
  configOf(rel) {
    const chain = this.chainOf(parentOf2(rel));
    return chain[chain.length - 1] ?? this.run;
  }
  /** Every config from the root down to the file's directory (for `ignore:`, which accumulates). */
  configsAbove(rel) {
    const chain = this.chainOf(parentOf2(rel));
    return chain.length ? chain : [this.run];
  }
  /** Every config loaded so far, for the cache's digest of what decides a file's rules. */
  all() {
    return [this.run, ...[...this.loaded.values()].filter((c) => c !== this.run)];
  }
  chainOf(dir) {
    if (!this.hierarchical) return [this.run];
    let chain = this.chains.get(dir);
    if (chain) return chain;
    const above = dir === "" ? [] : dir.startsWith("..") ? [] : this.chainOf(parentOf2(dir));
    const here = dir.startsWith("..") ? void 0 : configIn(join11(this.root, dir));
    chain = here ? [...above, this.load(here)] : above;
    this.chains.set(dir, chain);
    return chain;
  }
  load(path) {
    let config = this.loaded.get(path);
    if (!config) {
      config = loadConfig(path, this.rules);
      this.loaded.set(path, config);
      this.warnRunWide(config);
    }
    return config;
  }
  warnRunWide(nested) {
    for (const [key, field] of RUN_WIDE) {
      if (!nested.written?.includes(key) || nested[field] === this.run[field]) continue;
      const where = relative4(process.cwd(), nested.path ?? "") || nested.path;
      const from = this.run.path ? `from ${relative4(process.cwd(), this.run.path) || this.run.path}` : "the default";
      this.warnings.push(`${where}: ${key} applies to a whole run, so it is ignored in a nested config (this run uses ${from}); set it in the config at the root or run prodlint from that directory`);
    }
  }
};
function parentOf2(rel) {
  const d = posix26.dirname(rel.split(sep2).join("/"));
  return d === "." ? "" : d;
}

// src/settings.ts
import { createHash as createHash2 } from "node:crypto";
import { join as join12, relative as relative5, resolve as resolve6, sep as sep3 } from "node:path";
function loadSettings(input) {
  const found = input.root === void 0 ? runRoot(input.paths, input.cwd) : { root: input.root, start: input.cwd };
  const root = found.root;
  let config = input.config;
  const hierarchical = input.hierarchical ?? (!input.config && !input.configPath);
  if (!config) {
    const path = input.configPath ? resolve6(input.cwd, input.configPath) : findConfig(found.start, root);
    config = path ? loadConfig(path, input.rules) : defaultConfig();
  }
  const cfg = config;
  const tree = new ConfigTree(root, cfg, input.rules, hierarchical);
  const relTo = (c, rel) => c.dir && c.dir !== root ? relative5(c.dir, join12(root, rel)).split(sep3).join("/") : rel;
  const cliRules = input.cliRules ?? [];
  const only = input.only ? new Set(input.only) : void 0;
  const cache9 = /* @__PURE__ */ new Map();
  const restricted = /* @__PURE__ */ new WeakMap();
  let digest;
  const staticDigest = [root, cliRules, input.cliSelection ?? null, input.only ?? null, input.forceEnvironment ?? null, input.rules.map((r) => [r.id, r.severity, r.options ?? null, r.kinds, r.productionOnly ?? false])];
  const settings = {
    paths: input.paths,
    cwd: input.cwd,
    root,
    rules: input.rules,
    rulesFor(rel) {
      let r = cache9.get(rel);
      if (!r) {
        const own = tree.configOf(rel);
        let resolved = resolveRulesShared(own, input.rules, relTo(own, rel), cliRules, input.cliSelection);
        if (only) {
          const shared = resolved;
          resolved = restricted.get(shared) ?? new Map([...shared].filter(([id]) => only.has(id)));
          restricted.set(shared, resolved);
        }
        r = resolved;
        cache9.set(rel, r);
      }
      return r;
    },
    environmentOf: (rel) => {
      const own = tree.configOf(rel);
      return environmentOf(relTo(own, rel), own);
    },
    explainEnvironment: (rel) => {
      const own = tree.configOf(rel);
      const config2 = own.path ? relative5(root, own.path).split(sep3).join("/") : void 0;
      if (input.forceEnvironment) return { environment: input.forceEnvironment, text: "forced for this run" };
      const r = environmentReason(relTo(own, rel), own);
      return { environment: r.environment, text: environmentText(r, config2), ...config2 ? { config: config2 } : {} };
    },
    kindOverride: (rel) => {
      const own = tree.configOf(rel);
      return kindOverride(relTo(own, rel), own);
    },
    // `ignore:` of every config above the file applies (see config/tree.ts).
    isIgnored: (rel) => tree.configsAbove(rel).some((c) => isIgnored(relTo(c, rel), c)),
    ...cfg.vendorDirs ? { skipDirs: skipDirsWith(cfg.vendorDirs) } : {},
    maxFileSize: input.maxFileSize ?? cfg.maxFileSize,
    inlineSuppressions: input.inlineSuppressions ?? true,
    requireReason: cfg.requireReason,
    ignoreUnknown: input.ignoreUnknown ?? false,
    ...input.forceEnvironment ? { forceEnvironment: input.forceEnvironment } : {},
    ...input.today ? { today: input.today } : {},
    ...input.workers !== void 0 ? { workers: input.workers } : {},
    ...input.workerThreshold !== void 0 ? { workerThreshold: input.workerThreshold } : {},
    ...input.cacheDir ? { cacheDir: input.cacheDir } : {},
    ...input.fileTimeoutMs !== void 0 ? { fileTimeoutMs: input.fileTimeoutMs } : {},
    ...input.shard ? { shard: input.shard } : {},
    // Everything that decides a path's environment, kind override and rules: the cache's tree
    // signature uses it instead of asking each of 20,000 files for them. A getter: the engine reads
    // it after asking every discovered file for its kind, so every nested config is loaded by then.
    get configDigest() {
      const configs = tree.all();
      if (digest?.[0] !== configs.length) digest = [configs.length, createHash2("sha1").update(JSON.stringify([configs, ...staticDigest])).digest("hex")];
      return digest[1];
    },
    // What a worker thread needs to rebuild these settings (it loads the bundled rules itself).
    workerInit: {
      paths: input.paths,
      cwd: input.cwd,
      root,
      config: cfg,
      hierarchical,
      ...input.cliRules ? { cliRules: input.cliRules } : {},
      ...input.cliSelection ? { cliSelection: input.cliSelection } : {},
      ...input.only ? { only: input.only } : {},
      ...input.forceEnvironment ? { forceEnvironment: input.forceEnvironment } : {}
    }
  };
  return { settings, config: cfg, tree };
}

export {
  setStandIn,
  readText,
  recordDisk,
  diskInputsHold,
  servicesBuilding,
  formatMessage,
  KINDS,
  CARRIER_KINDS,
  SEVERITY_RANK,
  platformImageRuns,
  dockerfileOfImage,
  resolveImageEntrypoints,
  allRules,
  ConfigError,
  closest2 as closest,
  DEFAULT_VENDOR_DIRS,
  CONFIG_FILE_NAMES,
  rulesNamed,
  defaultConfig,
  parseRuleFlag,
  parseSize,
  selectorProblem,
  environmentOf,
  findRoot,
  toRel,
  MissingPathError,
  skipDirsWith,
  discover,
  extractFacts,
  parseFile,
  directiveMatches,
  PL,
  analyzeFile,
  raised,
  makeFinding,
  TriggerMemo,
  ruleTriggered,
  errorText,
  checksFilesOf,
  dockerfilesNamedByCompose,
  kindReason,
  explanationText,
  explainPaths,
  buildProject,
  liteProject,
  loadSettings
};
