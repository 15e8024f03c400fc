/**
 * "Did you mean" for unit files: a near directive or section name, the right capitalisation
 * (systemd keys are case-sensitive, so `restart=` is simply unknown to it), or the section a
 * directive belongs in (`WantedBy=` written under [Service]).
 */
import {
  ALL_SECTIONS,
  SECTIONS_BY_UNIT_TYPE,
  directiveInfo,
  isExtensionName,
  isKnownSection,
  sectionDirectives,
  type UnitType,
} from './directives.js';

/**
 * Edit distance counting insertions, deletions, substitutions and swaps of two adjacent characters
 * (the "optimal string alignment" form of Damerau–Levenshtein), so `ExecStrat` is 1 from `ExecStart`.
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  // Three rolling rows are enough: the swap looks two rows back.
  let before = new Array<number>(cols).fill(0);
  let previous = Array.from({ length: cols }, (_, j) => j);
  let current = new Array<number>(cols).fill(0);
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

/** Largest distance worth suggesting: 1 for short words (where 2 edits make anything match), else 2. */
export function maxSuggestionDistance(word: string): number {
  return word.length <= 4 ? 1 : 2;
}

/**
 * The candidate nearest to `word` (compared case-insensitively) within maxSuggestionDistance,
 * or undefined. Ties go to the earlier candidate, so callers order candidates by preference.
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const limit = maxSuggestionDistance(word);
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    // Length alone can rule a candidate out; skip the table work.
    if (Math.abs(candidate.length - word.length) > limit) continue;
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

export interface DirectiveSuggestion {
  /**
   * `case`: the directive exists with other capitalisation; `section`: it exists in another section
   * of this unit type; `unit-type`: it exists only in sections this unit type lacks (`ExecStart=`
   * in a .socket); `typo`: a near name (in `section`, which may differ from the one written).
   */
  reason: 'case' | 'section' | 'unit-type' | 'typo';
  /** The suggested key, spelt as systemd expects it. */
  name: string;
  /** The section the suggested key lives in. */
  section: string;
  /** Ready to append to a finding message, e.g. "did you mean `ExecStart=`?". */
  message: string;
}

/** Sections to look in besides the one a key was written in, most likely first. */
function otherSections(section: string, unitType: UnitType | undefined): string[] {
  const type = unitType ?? typeOwningSection(section);
  const pool = type !== undefined ? SECTIONS_BY_UNIT_TYPE[type] : ALL_SECTIONS;
  return pool.filter((name) => name !== section);
}

/** `Service` → `service`; undefined for `Unit`/`Install`, which every type has. */
function typeOwningSection(section: string): UnitType | undefined {
  for (const [type, sections] of Object.entries(SECTIONS_BY_UNIT_TYPE) as [UnitType, readonly string[]][]) {
    if (section !== 'Unit' && section !== 'Install' && sections.includes(section)) return type;
  }
  return undefined;
}

/** Keys worth suggesting in a section: removed (ignored) directives would only mislead. */
function suggestableKeys(section: string): string[] {
  const keys = sectionDirectives(section).filter((info) => info.deprecated?.ignored !== true);
  // Prefer current names over old spellings when both are equally near.
  keys.sort((a, b) => Number(a.deprecated !== undefined) - Number(b.deprecated !== undefined));
  return keys.map((info) => info.name);
}

function findIgnoringCase(section: string, key: string): string | undefined {
  const lower = key.toLowerCase();
  return sectionDirectives(section).find((info) => info.name.toLowerCase() === lower)?.name;
}

/**
 * A suggestion for a key that `[section]` does not know, or undefined when the key is known,
 * an `X-` extension, or nothing near enough exists. Pass the unit type when known so a key is
 * only redirected to sections that unit type has (`ExecStartPre=` → [Socket] in a .socket).
 */
export function suggestDirective(section: string, key: string, unitType?: UnitType): DirectiveSuggestion | undefined {
  if (isExtensionName(key) || directiveInfo(section, key) !== undefined) return undefined;
  const others = otherSections(section, unitType);

  const sameSectionCase = findIgnoringCase(section, key);
  if (sameSectionCase !== undefined) {
    return {
      reason: 'case',
      name: sameSectionCase,
      section,
      message: `did you mean \`${sameSectionCase}=\`? (keys are case-sensitive)`,
    };
  }
  for (const other of others) {
    const name = directiveInfo(other, key) !== undefined ? key : findIgnoringCase(other, key);
    if (name !== undefined) {
      return { reason: 'section', name, section: other, message: `\`${name}=\` belongs in [${other}]` };
    }
  }
  const elsewhere = ALL_SECTIONS.find(
    (other) => other !== section && !others.includes(other) && directiveInfo(other, key) !== undefined,
  );
  if (elsewhere !== undefined) {
    const type = unitType ?? typeOwningSection(section);
    const unit = type !== undefined ? `a .${type} unit` : `[${section}]`;
    return {
      reason: 'unit-type',
      name: key,
      section: elsewhere,
      message: `\`${key}=\` is a [${elsewhere}] setting; ${unit} does not take it`,
    };
  }
  const near = closestMatch(key, suggestableKeys(section));
  if (near !== undefined) {
    return { reason: 'typo', name: near, section, message: `did you mean \`${near}=\`?` };
  }
  for (const other of others) {
    const nearOther = closestMatch(key, suggestableKeys(other));
    if (nearOther !== undefined) {
      return { reason: 'typo', name: nearOther, section: other, message: `did you mean \`${nearOther}=\` in [${other}]?` };
    }
  }
  return undefined;
}

export interface SectionSuggestion {
  /** `case`/`typo`: a known section with other spelling; `wrong-type`: a real section this unit type lacks. */
  reason: 'case' | 'typo' | 'wrong-type';
  /** The suggested section name (for `wrong-type`, the section as written). */
  name: string;
  message: string;
}

/**
 * A suggestion for a section header systemd would ignore in a unit of `unitType` (or in any unit,
 * when the type is unknown); undefined when the section is fine or nothing near exists.
 */
export function suggestSection(section: string, unitType?: UnitType): SectionSuggestion | undefined {
  if (isKnownSection(section, unitType)) return undefined;
  const pool = unitType !== undefined ? SECTIONS_BY_UNIT_TYPE[unitType] : ALL_SECTIONS;
  const lower = section.toLowerCase();
  const sameCase = pool.find((name) => name.toLowerCase() === lower);
  if (sameCase !== undefined) {
    return { reason: 'case', name: sameCase, message: `did you mean [${sameCase}]? (section names are case-sensitive)` };
  }
  if (unitType !== undefined && isKnownSection(section)) {
    return {
      reason: 'wrong-type',
      name: section,
      message: `a .${unitType} unit has no [${section}] section; it takes ${pool.map((name) => `[${name}]`).join(', ')}`,
    };
  }
  const near = closestMatch(section, pool);
  if (near !== undefined) return { reason: 'typo', name: near, message: `did you mean [${near}]?` };
  return undefined;
}
