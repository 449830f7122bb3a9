import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readVersions } from '../../src/lib/versions.ts';
import { compareVersion } from '../../scripts/facts-drift.ts';

function dirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'versions-'));
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const entry = (id: string, extra = '') =>
  `  - id: ${id}\n    name: NestJS\n    fact: latest major\n    value: "12"\n    source: https://github.com/nestjs/nest/releases\n    checked: 2026-12-02\n${extra}`;

describe('versions data', () => {
  it('reads valid entries with dates as strings', () => {
    const versions = readVersions(dirWith({ 'a.yaml': `versions:\n${entry('nestjs', '    released: 2026-08-27\n')}` }));
    expect(versions.get('nestjs')).toMatchObject({ value: '12', released: '2026-08-27', checked: '2026-12-02' });
  });

  it('fails on a malformed entry, naming the file, the entry and the field', () => {
    const dir = dirWith({ 'a.yaml': `versions:\n${entry('nestjs').replace('checked: 2026-12-02', 'checked: last week')}` });
    expect(() => readVersions(dir)).toThrow(/a\.yaml: versions\[0\] \(nestjs\): checked must be a date/);
    const noSource = dirWith({ 'b.yaml': `versions:\n${entry('nestjs').replace(/ {4}source: .*\n/, '')}` });
    expect(() => readVersions(noSource)).toThrow(/b\.yaml: versions\[0\] \(nestjs\): source/);
  });

  it('fails on an id defined twice, naming both files', () => {
    const dir = dirWith({ 'a.yaml': `versions:\n${entry('nestjs')}`, 'b.yaml': `versions:\n${entry('nestjs')}` });
    expect(() => readVersions(dir)).toThrow(/b\.yaml: versions\[0\] \(nestjs\): duplicate version id "nestjs", already defined in .*a\.yaml/);
  });
});

describe('facts:drift comparison', () => {
  it('compares only as many parts as the page states', () => {
    expect(compareVersion('12', '12.0.3')).toBe('current');
    expect(compareVersion('5.1', '5.1.9')).toBe('current');
    expect(compareVersion('5.1', '5.2.0')).toBe('moved');
    expect(compareVersion('4.x', '4.3.0')).toBe('current');
    expect(compareVersion('12', '13.0.0')).toBe('moved');
  });
});
