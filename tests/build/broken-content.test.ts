/**
 * Bad input fails the build loudly and early: each case copies the minimal fixture site, breaks one
 * thing, runs a real `astro build` on it and checks the message names the file and the problem.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FIXTURE = 'tests/fixtures/sites/minimal';

function buildBroken(name: string, breakIt: (dir: string) => void): { status: number | null; output: string } {
  // The copy sits as deep as the fixture, so the pages' relative imports of src/components still resolve.
  const content = join('tests/fixtures/.tmp', `broken-${name}`);
  const out = `${content}-dist`;
  for (const dir of [content, out]) rmSync(dir, { recursive: true, force: true });
  mkdirSync(content, { recursive: true });
  cpSync(FIXTURE, content, { recursive: true });
  breakIt(content);
  const result = spawnSync('npx', ['astro', 'build', '--force'], {
    env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out, FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function edit(file: string, from: string | RegExp, to: string) {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit did not apply to ${file}`);
  writeFileSync(file, next);
}

describe('a broken content fixture fails the build with a message naming file and problem', () => {
  it.each([
    {
      name: 'bad-frontmatter',
      breakIt: (dir: string) => edit(join(dir, 'security.mdx'), 'prefix: SEC', 'prefix: SECURITY'),
      expected: [/security\.mdx/, /prefix "SECURITY" must be one of TECH, API, ARCH, DATA, SEC/],
    },
    {
      name: 'duplicate-rule',
      breakIt: (dir: string) =>
        writeFileSync(
          join(dir, 'authentication.mdx'),
          '---\ntitle: Authentication\ndescription: A copy.\nprefix: SEC\nreviewed: 2026-11-24\n---\n\n### SEC-01: Again {#sec-01}\n\nText.\n',
        ),
      expected: [
        /(security|authentication)\.mdx:\d+: duplicate rule ID SEC-01: already (declared in|used at) .*(authentication|security)\.mdx/,
      ],
    },
    {
      name: 'missing-anchor-attribute',
      breakIt: (dir: string) =>
        edit(
          join(dir, 'security.mdx'),
          '### SEC-02: Query the database only with bound parameters {#sec-02}',
          '### SEC-02: Query the database only with bound parameters',
        ),
      expected: [/security\.mdx:\d+: rule heading "SEC-02" has no fixed anchor: end it with \{#sec-02\}/],
    },
    {
      name: 'link-to-missing-anchor',
      breakIt: (dir: string) => edit(join(dir, 'index.mdx'), '[SEC-02](/security/#sec-02)', '[SEC-09](/security/#sec-09)'),
      expected: [/broken link/, /\/: \/security\/#sec-09 \(\/security\/ has no element with id "sec-09"\)/],
    },
    {
      name: 'unknown-rule-in-matrix',
      breakIt: (dir: string) => edit(join(dir, 'data', 'decision-matrix.yaml'), 'refs: [SEC-02]', 'refs: [SEC-77]'),
      expected: [/acid-transactions/, /unknown rule ID SEC-77/],
    },
    {
      name: 'unknown-rule-in-checklist',
      breakIt: (dir: string) => edit(join(dir, 'data', 'checklists.yaml'), 'refs: [SEC-01]', 'refs: [SEC-55]'),
      expected: [/checklists/, /unknown rule ID SEC-55/],
    },
    {
      name: 'invalid-yaml',
      breakIt: (dir: string) => edit(join(dir, 'data', 'retired-rules.yaml'), 'reason: Merged', 'reason: [Merged'),
      expected: [/retired-rules\.yaml: invalid YAML: .*at line \d+/],
    },
  ])('$name', ({ name, breakIt, expected }) => {
    const { status, output } = buildBroken(name, breakIt);
    expect(status, output).not.toBe(0);
    for (const pattern of expected) expect(output).toMatch(pattern);
  });
});
