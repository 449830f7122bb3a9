/**
 * Version facts: the versions, release and end-of-life dates the pages rely on. They live in
 * `content/data/versions/*.yaml` (one file per page that defines entries; any page may use any
 * entry), each with its source and the date it was checked, so a rule's text never carries a bare
 * version that goes stale unnoticed. Pages write `<Version id="nestjs" />`; `<VersionsTable />`
 * lists what a page uses; the content check rejects versions written as bare text; and
 * `npm run facts:drift` compares the entries with the package registries.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parseYamlFile } from './yaml-file.ts';
import { CONTENT_DIR } from './pages.ts';

const isoDate = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2026-12-02'));

export const versionEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9.]+)*$/, 'must be lowercase kebab-case, such as nodejs-lts'),
    name: z.string().min(1),
    fact: z.string().min(3, 'say what the value is, such as "latest major"'),
    value: z.string().min(1, 'must be the version as the page states it, quoted'),
    released: isoDate.optional(),
    eol: isoDate.optional(),
    // The package, only when `value` is its current release or major: facts:drift compares those.
    // A historical fact ("first major with v7()") leaves it out, or every new release would flag it.
    npm: z.string().min(1).optional(),
    pypi: z.string().min(1).optional(),
    source: z.url({ error: 'must be the URL of the primary source' }),
    checked: isoDate,
  })
  .strict();
export type VersionEntry = z.infer<typeof versionEntrySchema> & { file: string };

const fileSchema = z.object({ versions: z.array(z.unknown()) }).strict();

export const VERSION_FIELDS = ['value', 'released', 'eol'] as const;
export type VersionField = (typeof VERSION_FIELDS)[number];

export function versionsDir(contentDir = CONTENT_DIR): string {
  return join(contentDir, 'data', 'versions');
}

/** Reads and validates every versions file; a bad entry or a duplicate id names the file and the entry. */
export function readVersions(dir = versionsDir()): Map<string, VersionEntry> {
  const entries = new Map<string, VersionEntry>();
  if (!existsSync(dir)) return entries;
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.yaml')).sort()) {
    const file = join(dir, name);
    const parsed = fileSchema.safeParse(parseYamlFile(file));
    if (!parsed.success) throw new Error(`${file}: expected a top-level list "versions"`);
    parsed.data.versions.forEach((raw, index) => {
      const result = versionEntrySchema.safeParse(raw);
      const label = `${file}: versions[${index}]${typeof (raw as { id?: unknown })?.id === 'string' ? ` (${(raw as { id: string }).id})` : ''}`;
      if (!result.success) {
        const issues = result.error.issues.map((issue) => `${issue.path.join('.') || 'entry'} ${issue.message}`);
        throw new Error(`${label}: ${issues.join('; ')}`);
      }
      const previous = entries.get(result.data.id);
      if (previous) throw new Error(`${label}: duplicate version id "${result.data.id}", already defined in ${previous.file}`);
      entries.set(result.data.id, { ...result.data, file });
    });
  }
  return entries;
}

let cached: Map<string, VersionEntry> | undefined;
/** The site's version facts, read once per process. */
export function siteVersions(): Map<string, VersionEntry> {
  cached ??= readVersions();
  return cached;
}

export function versionText(entry: VersionEntry, field: VersionField = 'value'): string {
  const text = entry[field];
  if (text === undefined) throw new Error(`${entry.file}: version "${entry.id}" has no ${field}`);
  return text;
}

/** `<Version id="…" field="…" />` as written in a page's source. */
const VERSION_TAG = /<Version\s+id="([^"]*)"(?:\s+field="([^"]*)")?\s*\/>/g;

export interface VersionUse {
  id: string;
  field: string;
  line: number;
}

/** Every `<Version>` a page's source uses, in order, with its line. */
export function versionUses(source: string): VersionUse[] {
  const uses: VersionUse[] = [];
  source.split('\n').forEach((text, index) => {
    for (const match of text.matchAll(VERSION_TAG)) uses.push({ id: match[1]!, field: match[2] ?? 'value', line: index + 1 });
  });
  return uses;
}

/** Problems with a page's `<Version>` uses: unknown ids or fields, each naming the line. */
export function checkVersionUses(file: string, source: string, versions: Map<string, VersionEntry>): string[] {
  return versionUses(source).flatMap(({ id, field, line }) => {
    const entry = versions.get(id);
    if (!entry) return [`${file}:${line}: unknown version id "${id}"; define it in ${versionsDir()}/<page>.yaml`];
    if (!(VERSION_FIELDS as readonly string[]).includes(field)) return [`${file}:${line}: <Version field="${field}"> must be one of ${VERSION_FIELDS.join(', ')}`];
    if (entry[field as VersionField] === undefined) return [`${file}:${line}: version "${id}" has no ${field}`];
    return [];
  });
}

/** The entries a page uses, each once, in order of first use. */
export function entriesUsedBy(source: string, versions: Map<string, VersionEntry>): VersionEntry[] {
  const ids = [...new Set(versionUses(source).map((use) => use.id))];
  return ids.map((id) => versions.get(id)).filter((entry): entry is VersionEntry => entry !== undefined);
}

/** Replaces each `<Version … />` in a line of source with its text (for the Markdown export). */
export function renderVersionTags(line: string, versions: Map<string, VersionEntry>): string {
  return line.replace(VERSION_TAG, (_, id: string, field?: string) => {
    const entry = versions.get(id);
    if (!entry) throw new Error(`unknown version id "${id}"`);
    return versionText(entry, (field ?? 'value') as VersionField);
  });
}

/**
 * Products whose versions go stale, as prose names them. A name followed by a number in prose is a
 * bare version. The names of every versions entry count too, so adding an entry extends the check.
 */
const PRODUCTS = [
  'Node.js', 'Node', 'TypeScript', 'Python', 'Go', 'Rust', 'Java', 'Deno', 'Bun',
  'NestJS', 'Express', 'Fastify', 'FastAPI', 'Django', 'Flask', 'Gin', 'Echo', 'Axum', 'Actix', 'Spring Boot',
  'PostgreSQL', 'Postgres', 'MySQL', 'MariaDB', 'MongoDB', 'Redis', 'Valkey', 'SQLite',
  'Kafka', 'RabbitMQ', 'NATS', 'Prisma', 'Drizzle', 'TypeORM', 'SQLAlchemy', 'GORM', 'sqlx', 'Pydantic',
  'Vitest', 'Jest', 'pytest', 'Testcontainers', 'Pact', 'k6', 'Playwright', 'Stryker',
  'Kubernetes', 'Docker', 'Helm', 'Prometheus', 'Grafana', 'OpenTelemetry', 'Temporal', 'Envoy', 'Istio',
  'PgBouncer', 'ioredis', 'ESLint', 'Biome', 'Prettier', 'Ruff', 'Zod', 'Debian', 'Ubuntu', 'Alpine',
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches a bare product version (`NestJS 12`, `Kafka 4.x`, `Node.js v24`) or a dotted triple (`1.2.3`). */
export function bareVersionPattern(names: Iterable<string> = []): RegExp {
  const all = [...new Set([...PRODUCTS, ...names])].sort((a, b) => b.length - a.length).map(escape);
  // A number followed by % is a figure ("Vitest 50% faster"), not a version.
  const product = `(?<![\\w.])(?:${all.join('|')})\\s+v?\\d+(?:\\.(?:\\d+|x))*\\b(?!\\s*%)`;
  // A dotted triple after § or "section" is a section number (RFC 9110 §15.5.21).
  const triple = `(?<![\\w.]|§\\s?|[Ss]ection\\s)v?\\d+\\.\\d+\\.\\d+(?!\\.?\\d)`;
  return new RegExp(`${product}|${triple}`, 'g');
}

/** In a rule title, any version at all: a bare product version, a dotted number, or a year. */
export function titleVersionPattern(names: Iterable<string> = []): RegExp {
  return new RegExp(`${bareVersionPattern(names).source}|\\b\\d+\\.\\d+\\b|\\b\\d+\\.x\\b|\\b(?:19|20)\\d{2}\\b`, 'g');
}
