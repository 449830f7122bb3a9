/**
 * npm run bench:scale [sizes…]: generates synthetic handbooks (default 100, 1,000 and 5,000 pages of
 * about 3,000 words, with headings, code blocks, a table and two rules each) in a temporary folder,
 * builds each with the real configuration, and reports build time, peak memory and Pagefind index size.
 * With --plain it also builds each with plain Starlight (bench/plain-starlight/), the baseline.
 * Peak memory needs GNU time (/usr/bin/time, Debian package "time"); without it the column is empty.
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { RULE_PREFIXES } from '../src/lib/pages.ts';
import { buildErrors, PLAIN_STARLIGHT, timedBuild, type TimedBuild } from '../bench/timed-build.ts';

const comparePlain = process.argv.includes('--plain');
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const WORDS =
  'request response cache index query latency throughput service queue retry timeout token session schema migration deploy rollback metric trace log'.split(
    ' ',
  );

function paragraph(seed: number, words = 90): string {
  return Array.from({ length: words }, (_, i) => WORDS[(seed * 7 + i * 13) % WORDS.length]).join(' ') + '.';
}

function page(n: number, ruleIds: string[]): string {
  const sections = Array.from({ length: 8 }, (_, s) => {
    const rule = ruleIds[s];
    const heading = rule ? `### ${rule}: Synthetic rule ${n}.${s} {#${rule.toLowerCase()}}` : `### Section ${s}`;
    return `## Topic ${s}\n\n${paragraph(n + s)}\n\n${heading}\n\n${paragraph(n * 3 + s)}\n\n${paragraph(n * 5 + s)}\n\n\`\`\`ts\nexport function handler${s}(input: string): number {\n  return input.length * ${s};\n}\n\`\`\`\n\n${paragraph(n * 11 + s)}\n\n**In review:** ${paragraph(s, 20)}\n`;
  });
  return `---\ntitle: Synthetic page ${n}\ndescription: A generated page for the scale benchmark.\n---\n\n${sections.join('\n')}\n| a | b |\n| --- | --- |\n| ${paragraph(n, 5)} | ${paragraph(n + 1, 5)} |\n`;
}

function directorySize(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((sum, name) => {
    const stats = statSync(join(dir, name));
    return sum + (stats.isFile() ? stats.size : 0);
  }, 0);
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const peak = (result: TimedBuild) => (result.peakMB ? result.peakMB.toFixed(0) : '');
console.log(
  `pages   build (s)   peak RSS (MB)   Pagefind index (MB)   dist (MB)${comparePlain ? '   plain Starlight (s)   plain peak RSS (MB)' : ''}`,
);
for (const size of sizes.length ? sizes : [100, 1000, 5000]) {
  const root = join(tmpdir(), `handbook-scale-${size}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'content', 'data'), { recursive: true });
  // Rules need a page prefix, so the synthetic rules take IDs from the real prefixes, in turn.
  const counters = new Map(RULE_PREFIXES.map((prefix) => [prefix, 0]));
  for (let n = 0; n < size; n++) {
    const prefix = RULE_PREFIXES[n % RULE_PREFIXES.length]!;
    const ids = [0, 1].map(() => {
      const next = counters.get(prefix)! + 1;
      counters.set(prefix, next);
      return `${prefix}-${String(next).padStart(next > 99 ? 3 : 2, '0')}`;
    });
    writeFileSync(
      join(root, 'content', `page-${n}.mdx`),
      page(n, ids).replace('---\n\n', `prefix: ${prefix}\nreviewed: 2026-11-24\n---\n\n`),
    );
  }
  writeFileSync(
    join(root, 'content', 'index.mdx'),
    '---\ntitle: Scale test\ndescription: Synthetic handbook.\n---\n\nGenerated.\n',
  );
  writeFileSync(join(root, 'content', 'data', 'decision-matrix.yaml'), 'rows: []\nguide: []\n');
  writeFileSync(join(root, 'content', 'data', 'checklists.yaml'), 'checklists: []\n');
  const env = { CONTENT_DIR: join(root, 'content'), OUT_DIR: join(root, 'dist') };
  const build = timedBuild([], env);
  if (!build.ok) {
    console.log(`${size}: build failed\n${buildErrors(build.stderr)}`);
    continue;
  }
  const row = [
    String(size).padEnd(7),
    build.seconds.toFixed(1).padStart(9),
    peak(build).padStart(13),
    mb(directorySize(join(root, 'dist', 'pagefind'))).padStart(19),
    mb(directorySize(join(root, 'dist'))).padStart(9),
  ];
  if (comparePlain) {
    const plain = timedBuild(PLAIN_STARLIGHT, { ...env, OUT_DIR: join(root, 'plain-dist') });
    row.push(plain.ok ? plain.seconds.toFixed(1).padStart(19) : 'failed'.padStart(19), peak(plain).padStart(19));
  }
  console.log(row.join('   '));
  rmSync(root, { recursive: true, force: true });
}
