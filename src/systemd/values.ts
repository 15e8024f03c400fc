/**
 * Parsing and checking directive values the way systemd does: booleans (parse_boolean()), time
 * spans (systemd.time(7), parse_time()/parse_nsec()), enumerations and the standard input/output
 * specifiers of systemd.exec(5). Each check was compared against `systemd-analyze timespan` and
 * `systemd-analyze verify` of systemd 252: what systemd refuses ("Failed to parse ..., ignoring")
 * is reported, what it accepts is not.
 */
import {
  INPUT_KEYWORDS,
  INPUT_PREFIXES,
  OBSOLETE_OUTPUT_VALUES,
  OUTPUT_KEYWORDS,
  OUTPUT_PREFIXES,
  type Deprecation,
  type DirectiveInfo,
  type ValueKind,
} from './directives.js';
import { closestMatch } from './suggest.js';

const TRUE_WORDS = ['1', 'yes', 'y', 'true', 't', 'on'];
const FALSE_WORDS = ['0', 'no', 'n', 'false', 'f', 'off'];

/** systemd's WHITESPACE: the blanks it strips around values and between time span parts. */
function isBlank(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}

function trimBlanks(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isBlank(text[start])) start++;
  while (end > start && isBlank(text[end - 1])) end--;
  return text.slice(start, end);
}

/** systemd's boolean: `1 yes y true t on` / `0 no n false f off`, any case. */
export function parseBoolean(value: string): boolean | undefined {
  const word = trimBlanks(value).toLowerCase();
  if (TRUE_WORDS.includes(word)) return true;
  if (FALSE_WORDS.includes(word)) return false;
  return undefined;
}

const USEC_PER_SEC = 1e6;
/** Time units in microseconds (systemd.time(7)); a month is 30.44 days, a year 365.25 days. */
const TIME_UNITS: ReadonlyArray<readonly [string, number]> = [
  ['seconds', USEC_PER_SEC],
  ['second', USEC_PER_SEC],
  ['sec', USEC_PER_SEC],
  ['s', USEC_PER_SEC],
  ['minutes', 60 * USEC_PER_SEC],
  ['minute', 60 * USEC_PER_SEC],
  ['min', 60 * USEC_PER_SEC],
  ['months', 2_629_800 * USEC_PER_SEC],
  ['month', 2_629_800 * USEC_PER_SEC],
  ['M', 2_629_800 * USEC_PER_SEC],
  ['msec', 1000],
  ['ms', 1000],
  ['m', 60 * USEC_PER_SEC],
  ['hours', 3600 * USEC_PER_SEC],
  ['hour', 3600 * USEC_PER_SEC],
  ['hr', 3600 * USEC_PER_SEC],
  ['h', 3600 * USEC_PER_SEC],
  ['days', 86_400 * USEC_PER_SEC],
  ['day', 86_400 * USEC_PER_SEC],
  ['d', 86_400 * USEC_PER_SEC],
  ['weeks', 604_800 * USEC_PER_SEC],
  ['week', 604_800 * USEC_PER_SEC],
  ['w', 604_800 * USEC_PER_SEC],
  ['years', 31_557_600 * USEC_PER_SEC],
  ['year', 31_557_600 * USEC_PER_SEC],
  ['y', 31_557_600 * USEC_PER_SEC],
  ['usec', 1],
  ['us', 1],
  ['\u03bcs', 1], // Greek small letter mu
  ['\u00b5s', 1], // micro sign
];
/** parse_nsec() also knows nanoseconds. */
const NSEC_UNITS: ReadonlyArray<readonly [string, number]> = [...TIME_UNITS, ['nsec', 0.001], ['ns', 0.001]];

const DEFAULT_UNIT_USEC = { s: USEC_PER_SEC, us: 1, ns: 0.001 } as const;
/** systemd stores microseconds in 64 bits; larger spans are "out of range". */
const USEC_LIMIT = 2 ** 64 - 1;
/** strtoll() refuses numbers above LLONG_MAX before any unit applies. */
const LLONG_MAX = 2 ** 63 - 1;

/** The unit at `text[at]`, longest name first (`msec` before `ms` before `m`). */
function unitAt(text: string, at: number, units: ReadonlyArray<readonly [string, number]>): readonly [string, number] | undefined {
  let best: readonly [string, number] | undefined;
  for (const unit of units) {
    if (text.startsWith(unit[0], at) && (best === undefined || unit[0].length > best[0].length)) best = unit;
  }
  return best;
}

/**
 * A time span in microseconds (Infinity for `infinity`), or undefined when systemd would refuse
 * it. Follows parse_time(): parts like `5min 20s`, `1h30m`, `2.5s`, `.5s`, a leading `+`; bare
 * numbers take `defaultUnit`; negative numbers, `5.`, unknown units and trailing junk are errors.
 */
export function parseTimespanUs(value: string, defaultUnit: 's' | 'us' | 'ns' = 's'): number | undefined {
  const text = trimBlanks(value);
  if (text === 'infinity') return Infinity;
  const units = defaultUnit === 'ns' ? NSEC_UNITS : TIME_UNITS;
  let total = 0;
  let something = false;
  let p = 0;
  for (;;) {
    while (isBlank(text[p])) p++;
    if (p >= text.length) return something ? total : undefined;
    // A number: strtoll() (digits, optional '+') with an optional fraction, or a bare fraction.
    const number = /^\+?(\d+)|^/.exec(text.slice(p)) as RegExpExecArray;
    const whole = number[1];
    let end = p + number[0].length;
    let fraction = '';
    if (text[end] === '.') {
      const digits = /^\d+/.exec(text.slice(end + 1));
      if (digits === null) return undefined; // `5.` and `.` are refused
      fraction = digits[0];
      end += 1 + fraction.length;
    } else if (whole === undefined) {
      return undefined; // no number here: a unit without a number, `-5`, or junk
    }
    const afterBlanks = skipBlanks(text, end);
    const unit = unitAt(text, afterBlanks, units);
    let multiplier: number = DEFAULT_UNIT_USEC[defaultUnit];
    if (unit !== undefined) {
      multiplier = unit[1];
      p = afterBlanks + unit[0].length;
    } else if (afterBlanks === end && end < text.length) {
      return undefined; // `12.34.56`, `10x`: something glued to the number that is no unit
    } else {
      p = afterBlanks;
    }
    const integer = Number(whole ?? '0');
    if (integer > LLONG_MAX) return undefined;
    const amount = integer + (fraction === '' ? 0 : Number(`0.${fraction}`));
    total += amount * multiplier;
    if (total >= USEC_LIMIT) return undefined;
    something = true;
  }
}

function skipBlanks(text: string, from: number): number {
  let i = from;
  while (isBlank(text[i])) i++;
  return i;
}

/**
 * A time span in milliseconds (Infinity for `infinity`), or undefined when invalid. Bare numbers
 * are seconds, as for `RestartSec=`.
 */
export function timespanToMs(value: string, defaultUnit: 's' | 'us' | 'ns' = 's'): number | undefined {
  const us = parseTimespanUs(value, defaultUnit);
  return us === undefined ? undefined : us / 1000;
}

/** Values that depend on specifiers (`%i`) or environment variables cannot be judged offline. */
function isDynamic(value: string): boolean {
  return value.includes('%') || value.includes('$');
}

/** systemd keeps `#` and `;` after a value as part of it: there are no trailing comments. */
function commentHint(value: string): string {
  return /\s[#;]/.test(value) ? ' (systemd has no trailing comments: the text after # is part of the value)' : '';
}

function quoted(value: string): string {
  return JSON.stringify(value);
}

function didYouMean(value: string, candidates: readonly string[]): string {
  const lower = value.toLowerCase();
  const sameCase = candidates.find((candidate) => candidate.toLowerCase() === lower);
  const near = sameCase ?? closestMatch(value, candidates);
  return near === undefined ? '' : `; did you mean ${quoted(near)}?`;
}

/** fdname_is_valid(): up to 255 printable ASCII characters, no colon. */
function isValidFdName(name: string): boolean {
  return name.length <= 255 && /^[\x20-\x7e]*$/.test(name) && !name.includes(':');
}

function checkStdio(name: string, value: string, keywords: readonly string[], prefixes: readonly string[]): string | undefined {
  const colon = value.indexOf(':');
  if (colon >= 0) {
    const prefix = value.slice(0, colon + 1);
    const argument = value.slice(colon + 1);
    if (!prefixes.includes(prefix)) {
      return `${name}= takes ${listForms(keywords, prefixes)}, not ${quoted(value)}`;
    }
    if (prefix === 'fd:') {
      if (isValidFdName(argument)) return undefined;
      return `${name}=fd: needs a file descriptor name of printable characters without ":", not ${quoted(argument)}`;
    }
    return argument.startsWith('/') ? undefined : `${name}=${prefix} needs an absolute path, not ${quoted(argument)}`;
  }
  if (keywords.includes(value)) return undefined;
  // systemd takes a bare `file`, `append` or `truncate` but then has no path to open.
  const bare = prefixes.find((prefix) => prefix === `${value}:` && prefix !== 'fd:');
  if (bare !== undefined) return `${name}=${value} needs a path: ${value}:/path/to/file`;
  const hints = `${didYouMean(value, keywords)}${commentHint(value)}`;
  return `${name}= takes ${listForms(keywords, prefixes)}, not ${quoted(value)}${hints}`;
}

function listForms(keywords: readonly string[], prefixes: readonly string[]): string {
  const shown = keywords.filter((word) => !(word in OBSOLETE_OUTPUT_VALUES) && word !== 'fd');
  const forms = prefixes.map((prefix) => (prefix === 'fd:' ? 'fd:NAME' : `${prefix}PATH`));
  return `one of ${[...shown, ...forms].join(', ')}`;
}

function checkKind(name: string, kind: ValueKind, value: string): string | undefined {
  switch (kind.kind) {
    case 'boolean':
      if (parseBoolean(value) !== undefined) return undefined;
      return `${name}= takes a boolean (yes/no, true/false, on/off, 1/0), not ${quoted(value)}${commentHint(value)}`;
    case 'timespan': {
      if (parseTimespanUs(value, kind.defaultUnit) !== undefined) return undefined;
      if (/^[\s]*-/.test(value)) return `${name}= takes a time span, which cannot be negative: ${quoted(value)}`;
      const example = kind.defaultUnit === 'ns' ? '50us, 1ms or 100ns' : '5s, 1min 30s, 500ms or infinity';
      return `${name}= takes a time span such as ${example}, not ${quoted(value)}${commentHint(value)}`;
    }
    case 'enum': {
      if (kind.values.includes(value)) return undefined;
      if (kind.boolean === true && parseBoolean(value) !== undefined) return undefined;
      const expected = `${kind.boolean === true ? 'a boolean or ' : ''}one of ${kind.values.join(', ')}`;
      return `${name}= takes ${expected}, not ${quoted(value)}${didYouMean(value, kind.values)}${commentHint(value)}`;
    }
    case 'output':
      return checkStdio(name, value, OUTPUT_KEYWORDS, OUTPUT_PREFIXES);
    case 'input':
      return checkStdio(name, value, INPUT_KEYWORDS, INPUT_PREFIXES);
    default:
      return undefined;
  }
}

/**
 * Why systemd would refuse `value` for this directive, or undefined when it is acceptable or cannot
 * be judged. An empty value resets the setting and is always fine; values with `%` specifiers or
 * `$` references are not judged. Only booleans, time spans, enumerations and standard
 * input/output are checked.
 */
export function validateValue(info: DirectiveInfo, value: string): string | undefined {
  const text = trimBlanks(value);
  if (text === '' || isDynamic(text)) return undefined;
  return checkKind(info.name, info.value, text);
}

/** The deprecation of this particular value (`KillMode=none`, `StandardOutput=syslog`), if any. */
export function deprecatedValue(info: DirectiveInfo, value: string): Deprecation | undefined {
  const text = trimBlanks(value);
  if (info.value.kind === 'enum') return info.value.deprecated?.[text];
  if (info.value.kind === 'output') return OBSOLETE_OUTPUT_VALUES[text];
  return undefined;
}

/** The first systemd release that accepts this value, when it is newer than 252 (253 = "after 252"). */
export function valueSince(info: DirectiveInfo, value: string): number | undefined {
  return info.value.kind === 'enum' ? info.value.since?.[trimBlanks(value)] : undefined;
}
