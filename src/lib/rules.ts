/**
 * Rule headings: the one definition of what a rule heading is and what makes one wrong.
 * Used by the Sätteri plugin (per file, during the build) and by the rule registry (whole site).
 */

/** A well-formed rule ID: upper-case prefix, dash, two or three digits. */
export const RULE_ID = /^([A-Z]+)-(\d{2,3})$/;

/** Anything that looks like an attempt at a rule ID at the start of a heading (`SEC-3:`, `sec03:`). */
const RULE_LIKE = /^([A-Za-z]{2,6})[-_ ]?(\d{1,4})\s*:/;

/** A correct rule heading's text: `SEC-03: Title`. */
const RULE_HEADING = /^([A-Z]+-\d{2,3}): (\S.*)$/;

export interface RuleHeading {
  id: string;
  prefix: string;
  title: string;
  anchor: string;
}

export interface HeadingInput {
  /** Plain text of the heading, without the `{#id}` attribute. */
  text: string;
  depth: number;
  /** The id fixed by the `{#…}` heading attribute, if any. */
  attributeId: string | undefined;
}

export class RuleError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly problem: string;
  constructor(file: string, line: number | undefined, problem: string) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${problem}`);
    this.name = 'RuleError';
    this.file = file;
    this.line = line;
    this.problem = problem;
  }
}

export function anchorFor(id: string): string {
  return id.toLowerCase();
}

/**
 * Checks one heading. Returns the rule it declares, `null` when it is not a rule heading,
 * or a problem description when it tries to be one and is wrong.
 */
export function checkRuleHeading(
  heading: HeadingInput,
  pagePrefix: string | undefined,
): RuleHeading | null | { problem: string } {
  const text = heading.text.trim();
  if (!RULE_LIKE.test(text)) return null;

  const match = RULE_HEADING.exec(text);
  const idPart = text.slice(0, text.indexOf(':'));
  if (!match || !RULE_ID.test(match[1]!)) {
    return {
      problem: `malformed rule heading "${text}": a rule heading is "PREFIX-NN: Title" with an upper-case prefix and a two- or three-digit number (e.g. "SEC-03: …"); found "${idPart}"`,
    };
  }
  const id = match[1]!;
  const title = match[2]!.trim();
  const prefix = RULE_ID.exec(id)![1]!;
  const anchor = anchorFor(id);

  if (heading.depth !== 3) {
    return { problem: `rule heading "${id}" is level ${heading.depth}; rule headings are level 3 (###)` };
  }
  if (heading.attributeId === undefined) {
    return { problem: `rule heading "${id}" has no fixed anchor: end it with {#${anchor}}` };
  }
  if (heading.attributeId !== anchor) {
    return {
      problem: `rule heading "${id}" has anchor {#${heading.attributeId}}; it must be {#${anchor}} (the lower-cased rule ID)`,
    };
  }
  if (pagePrefix === undefined) {
    return { problem: `rule "${id}" is on a page without a rule prefix; add "prefix: ${prefix}" to its frontmatter` };
  }
  if (prefix !== pagePrefix) {
    return { problem: `rule "${id}" has prefix ${prefix}, but this page's prefix is ${pagePrefix}` };
  }
  return { id, prefix, title, anchor };
}

export function isProblem(result: ReturnType<typeof checkRuleHeading>): result is { problem: string } {
  return result !== null && 'problem' in result;
}
