/**
 * npm run lint:content [files…]: checks every reference page (a page with a rule prefix) against
 * the content standard, prints a table, and exits 1 on any problem.
 */
import { join } from 'node:path';
import { lintPage } from '../src/lib/content-lint.ts';
import { readSourcePage } from '../src/lib/mdx.ts';
import { readRetired, referenceFiles } from '../src/lib/registry.ts';
import { CONTENT_DIR } from '../src/lib/pages.ts';

const files = process.argv.slice(2);
const pages = (files.length ? files : referenceFiles(CONTENT_DIR))
  .map(readSourcePage)
  .filter((page) => page.frontmatter.prefix !== undefined);
const retired = new Set(readRetired(join(CONTENT_DIR, 'data', 'retired-rules.yaml')).map((entry) => entry.id));
const reports = pages.map((page) => lintPage(page, retired));

const rows = reports.map((r) => [
  r.file,
  String(r.words),
  String(r.rules),
  `${r.reviewed}/${r.rules}`,
  String(r.sources),
  r.problems.length ? 'FAIL' : 'ok',
]);
const header = ['page', 'words', 'rules', 'in review', 'sources', 'status'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ');
console.log(line(header));
rows.forEach((row) => console.log(line(row)));

const problems = reports.flatMap((report) => report.problems.map((problem) => `  ${report.file}: ${problem}`));
if (pages.length === 0) {
  console.error('\nNo reference pages found (a reference page has "prefix" in its frontmatter).');
  process.exit(1);
}
if (problems.length) {
  console.error(`\n${problems.length} problem(s):\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`\n${pages.length} page(s), ${reports.reduce((sum, r) => sum + r.rules, 0)} rules: all meet the content standard.`);
