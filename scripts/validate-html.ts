/** npm run validate:html: the Nu Html Checker over every built page; fails on any error not caused upstream. */
import { relative } from 'node:path';
import { validateHtml } from '../src/lib/html-validation.ts';
import { htmlFiles } from '../src/lib/link-check.ts';

const dist = process.argv[2] ?? 'dist';
const report = validateHtml(
  htmlFiles(dist).filter((file) => !relative(dist, file).startsWith('r/') || file.endsWith('r/sec-01/index.html')),
);
console.log(`Nu Html Checker: ${report.files} pages.`);
for (const [cause, count] of report.upstream) console.log(`  known upstream (${count}): ${cause}`);
if (report.errors.length) {
  console.error(`\n${report.errors.length} error(s) in our markup:\n  ${report.errors.slice(0, 50).join('\n  ')}`);
  process.exit(1);
}
console.log('  0 errors in our markup.');
