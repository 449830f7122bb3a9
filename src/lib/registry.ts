/**
 * The rule registry: every rule of every reference page, plus the retired IDs.
 * Built from the content sources; the rule index, /r/<id>/, rules.json, checklists and the
 * Markdown export all read it, so a rule is defined in exactly one place: its heading.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Slugger from 'github-slugger';
import { parseYamlFile } from './yaml-file.ts';
import { z } from 'zod';
import { lineOf, readSourcePage, textOf, type Node, type SourcePage } from './mdx.ts';
import { checkRuleHeading, isProblem, RULE_ID, RuleError } from './rules.ts';
import { CONTENT_DIR, RULE_PREFIXES } from './pages.ts';

export interface Rule {
  id: string;
  prefix: string;
  title: string;
  anchor: string;
  page: string;
  pageTitle: string;
  /** First sentence of the rule's body. */
  summary: string;
  file: string;
  line: number | undefined;
}

export const retiredRuleSchema = z
  .object({
    id: z.string().regex(RULE_ID, 'must be a rule ID such as SEC-03'),
    replacedBy: z.string().regex(RULE_ID, 'must be a rule ID such as SEC-03'),
    reason: z.string().min(10, 'say why the rule was retired'),
    retired: z.coerce.date(),
  })
  .strict();
export type RetiredRule = z.infer<typeof retiredRuleSchema>;

export interface Registry {
  rules: Rule[];
  retired: RetiredRule[];
  byId: Map<string, Rule>;
  /** Page slug → the heading anchors of that page, as the build will write them. */
  anchors: Map<string, Set<string>>;
}

/** A page's heading anchors: the fixed `{#id}` where given, otherwise the slug the build assigns. */
export function anchorsOf(page: SourcePage): Set<string> {
  const slugger = new Slugger();
  const anchors = new Set<string>();
  const walk = (node: Node) => {
    if (node.type === 'heading') anchors.add(node.data?.hProperties?.id ?? slugger.slug(textOf(node)));
    else node.children?.forEach(walk);
  };
  walk(page.tree);
  return anchors;
}

export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = flat.search(/[.!?](\s|$)/);
  return end === -1 ? flat : flat.slice(0, end + 1);
}

/** The rules of one page, in order, with problems thrown as RuleError naming file and line. */
export function rulesOfPage(page: SourcePage): Rule[] {
  const prefix = typeof page.frontmatter.prefix === 'string' ? page.frontmatter.prefix : undefined;
  if (prefix !== undefined && !RULE_PREFIXES.includes(prefix)) {
    throw new RuleError(page.file, undefined, `frontmatter: prefix "${prefix}" must be one of ${RULE_PREFIXES.join(', ')}`);
  }
  const pageTitle = String(page.frontmatter.title ?? page.slug);
  const nodes = page.tree.children ?? [];
  const rules: Rule[] = [];
  nodes.forEach((node, index) => {
    if (node.type !== 'heading') return;
    const result = checkRuleHeading(
      { text: textOf(node), depth: node.depth ?? 0, attributeId: node.data?.hProperties?.id },
      prefix,
    );
    if (result === null) return;
    if (isProblem(result)) throw new RuleError(page.file, lineOf(node), result.problem);
    const body = nodes.slice(index + 1).find((next: Node) => next.type === 'paragraph');
    rules.push({
      ...result,
      page: page.slug,
      pageTitle,
      summary: body ? firstSentence(textOf(body)) : '',
      file: page.file,
      line: lineOf(node),
    });
  });
  return rules;
}

export function referenceFiles(contentDir: string): string[] {
  return readdirSync(contentDir)
    .filter((name) => /^[^_].*\.mdx?$/.test(name))
    .sort()
    .map((name) => join(contentDir, name));
}

export function readRetired(file: string): RetiredRule[] {
  if (!existsSync(file)) return [];
  const data: unknown = parseYamlFile(file) ?? [];
  const parsed = z.array(retiredRuleSchema).safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new RuleError(file, undefined, `entry ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

export function buildRegistry(pages: SourcePage[], retired: RetiredRule[], retiredFile = 'retired-rules.yaml'): Registry {
  const byId = new Map<string, Rule>();
  const rules: Rule[] = [];
  for (const page of pages) {
    for (const rule of rulesOfPage(page)) {
      const earlier = byId.get(rule.id);
      if (earlier) {
        throw new RuleError(
          rule.file,
          rule.line,
          `duplicate rule ID ${rule.id}: already used at ${earlier.file}:${earlier.line}`,
        );
      }
      byId.set(rule.id, rule);
      rules.push(rule);
    }
  }
  const retiredIds = new Set<string>();
  for (const entry of retired) {
    if (byId.has(entry.id)) {
      throw new RuleError(
        retiredFile,
        undefined,
        `${entry.id} is retired but still used by a live rule in ${byId.get(entry.id)!.file}`,
      );
    }
    if (retiredIds.has(entry.id)) throw new RuleError(retiredFile, undefined, `${entry.id} is listed twice`);
    retiredIds.add(entry.id);
    if (!byId.has(entry.replacedBy)) {
      throw new RuleError(retiredFile, undefined, `${entry.id} is replaced by ${entry.replacedBy}, which is not a live rule`);
    }
  }
  return { rules, retired, byId, anchors: new Map(pages.map((page) => [page.slug, anchorsOf(page)])) };
}

export interface Reference {
  label: string;
  /** Root-relative path with fragment, e.g. /security/#sec-03. */
  href: string;
  rule?: Rule;
}

/**
 * Resolves a reference written in a data file: a rule ID (`SEC-03`) or a page path with an
 * optional anchor (`/performance/#caching`). Returns a problem description when it does not exist.
 */
export function resolveReference(registry: Registry, ref: string): Reference | { problem: string } {
  if (RULE_ID.test(ref)) {
    const rule = registry.byId.get(ref);
    if (!rule) return { problem: `unknown rule ID ${ref}` };
    return { label: ref, href: `/${rule.page}/#${rule.anchor}`, rule };
  }
  const match = /^\/([\w-]+)\/(?:#([\w-]+))?$/.exec(ref);
  if (!match) return { problem: `"${ref}" is neither a rule ID (SEC-03) nor a page link (/page/#anchor)` };
  const [, page, anchor] = match;
  const anchors = registry.anchors.get(page!);
  if (!anchors) return { problem: `no page /${page}/ for "${ref}"` };
  if (anchor && !anchors.has(anchor)) return { problem: `page /${page}/ has no anchor #${anchor}` };
  return { label: ref, href: ref };
}

export function loadRegistry(contentDir = CONTENT_DIR): Registry {
  const pages = referenceFiles(contentDir).map(readSourcePage);
  const retiredFile = join(contentDir, 'data', 'retired-rules.yaml');
  return buildRegistry(pages, readRetired(retiredFile), retiredFile);
}

/** Where a rule lives, as an absolute URL under the configured site and base path. */
export function ruleUrl(rule: Pick<Rule, 'page' | 'anchor'>, siteBase: string): string {
  return `${siteBase.replace(/\/?$/, '/')}${rule.page}/#${rule.anchor}`;
}

let cached: Registry | undefined;
/** The site's registry, read once per build. */
export function siteRegistry(): Registry {
  cached ??= loadRegistry();
  return cached;
}
