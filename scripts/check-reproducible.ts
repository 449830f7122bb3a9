/**
 * npm run check:reproducible: builds the site a second time into a temporary folder and compares it
 * with dist/ file by file. Two builds of one commit must be byte-identical; the differing files are named.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const second = 'tests/fixtures/.tmp/reproducible-dist';
rmSync(second, { recursive: true, force: true });
const build = spawnSync('npx', ['astro', 'build', '--force'], {
  env: { ...process.env, OUT_DIR: second },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) process.exit(build.status ?? 1);

const files = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .sort();
const first = files('dist');
const other = files(second);
const problems = [
  ...first.filter((name) => !other.includes(name)).map((name) => `only in the first build: ${name}`),
  ...other.filter((name) => !first.includes(name)).map((name) => `only in the second build: ${name}`),
  ...first
    .filter((name) => other.includes(name) && !readFileSync(join('dist', name)).equals(readFileSync(join(second, name))))
    .map((name) => `differs: ${name}`),
];
rmSync(second, { recursive: true, force: true });
if (problems.length) {
  console.error(`The build is not reproducible (${problems.length}):\n  ${problems.slice(0, 40).join('\n  ')}`);
  process.exit(1);
}
console.log(`Reproducible: two builds produced the same ${first.length} files, byte for byte.`);
