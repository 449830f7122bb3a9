/**
 * npm run facts:drift: compares every version fact that names an npm or PyPI package with the
 * registry's current version, prints a table, and exits 1 when any has moved. It uses the network,
 * so it is not part of `npm test`; .github/workflows/facts-drift.yml runs it weekly.
 */
import { pathToFileURL } from 'node:url';
import { siteVersions, type VersionEntry } from '../src/lib/versions.ts';

export type Drift = 'current' | 'moved';

/** A page states as many parts as it means ("12", "5.1", "4.x"); compare only those parts. */
export function compareVersion(stated: string, latest: string): Drift {
  const parts = stated.replace(/^v/, '').split('.');
  const actual = latest.replace(/^v/, '').split('.');
  return parts.every((part, index) => part === 'x' || part === actual[index]) ? 'current' : 'moved';
}

async function latestVersion(entry: VersionEntry): Promise<{ registry: string; version: string }> {
  if (entry.npm) {
    const response = await fetch(`https://registry.npmjs.org/${entry.npm.replace('/', '%2F')}/latest`);
    if (!response.ok) throw new Error(`npm answered ${response.status}`);
    return { registry: `npm ${entry.npm}`, version: ((await response.json()) as { version: string }).version };
  }
  const response = await fetch(`https://pypi.org/pypi/${entry.pypi}/json`);
  if (!response.ok) throw new Error(`PyPI answered ${response.status}`);
  return { registry: `PyPI ${entry.pypi}`, version: ((await response.json()) as { info: { version: string } }).info.version };
}

async function main() {
  const tracked = [...siteVersions().values()].filter((entry) => entry.npm || entry.pypi);
  const rows = await Promise.all(
    tracked.map(async (entry) => {
      try {
        const { registry, version } = await latestVersion(entry);
        return [entry.id, registry, entry.value, version, compareVersion(entry.value, version), entry.checked];
      } catch (error) {
        return [entry.id, entry.npm ? `npm ${entry.npm}` : `PyPI ${entry.pypi}`, entry.value, '?', `unreachable (${(error as Error).message})`, entry.checked];
      }
    }),
  );
  const header = ['id', 'registry', 'page says', 'registry has', 'status', 'checked'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ');
  console.log(line(header));
  rows.forEach((row) => console.log(line(row)));
  const moved = rows.filter((row) => row[4] === 'moved');
  const unreachable = rows.filter((row) => row[4]!.startsWith('unreachable'));
  console.log(`\n${rows.length} tracked of ${siteVersions().size} version facts: ${moved.length} moved, ${unreachable.length} unreachable.`);
  if (moved.length) {
    console.log('Update each moved entry in content/data/versions/ (value, released, source, checked) and reread the text that uses it.');
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) await main();
