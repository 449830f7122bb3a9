/**
 * Sätteri mdast plugin for the handbook's content:
 * - checks every rule heading (format, fixed anchor, page prefix) and rule IDs across the site,
 *   failing the build with the file and line, and weighs rule headings highest for search;
 * - puts the base path in front of root-relative links (`/security/#sec-03`), so content links
 *   work under any BASE_PATH;
 * - lowers the search weight of the "In one minute" and "Sources" lists, which name every topic of a
 *   page and would otherwise outrank the rule that answers a query.
 */
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { defineMdastPlugin, type MdastPluginDefinition } from 'satteri';
import { checkRuleHeading, isProblem, RuleError } from '../lib/rules.ts';
import { withBase } from '../lib/urls.ts';

interface Options {
  /** The site's base path, e.g. `/` or `/handbook/`. */
  base: string;
}

/** Rule ID → file that declares it, across every file this build compiles. */
const declaredIn = new Map<string, string>();

export function handbookMarkdown({ base }: Options): MdastPluginDefinition {
  return defineMdastPlugin({
    name: 'handbook-markdown',
    options: { position: true },
    heading(node, ctx) {
      const file = ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : '<input>';
      const frontmatter = ctx.data.astro?.frontmatter as Record<string, unknown> | undefined;
      const prefix = typeof frontmatter?.prefix === 'string' ? frontmatter.prefix : undefined;
      const data = node.data as { hProperties?: { id?: string } } | undefined;
      const result = checkRuleHeading(
        { text: ctx.textContent(node), depth: node.depth, attributeId: data?.hProperties?.id },
        prefix,
      );
      if (result === null) return;
      const line = node.position?.start.line;
      if (isProblem(result)) throw new RuleError(file, line, result.problem);
      const owner = declaredIn.get(result.id);
      if (owner !== undefined && owner !== file) {
        throw new RuleError(file, line, `duplicate rule ID ${result.id}: already declared in ${owner}`);
      }
      declaredIn.set(result.id, file);
    },
    link(node, ctx) {
      const isRootRelative = node.url.startsWith('/') && !node.url.startsWith('//');
      if (isRootRelative) ctx.setProperty(node, 'url', withBase(node.url, base));
    },
  });
}
