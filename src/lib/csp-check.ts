/**
 * Reads the CSP of each built page and checks that every inline script and style element on it is
 * allowed, so a new or changed one (ours or Starlight's) fails the build instead of being blocked in browsers.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse } from 'node-html-parser';
import { htmlFiles } from './link-check.ts';

export interface CspReport {
  pages: number;
  /** script-src and style-src hashes across all pages, for the headers file. */
  scriptHashes: Set<string>;
  styleHashes: Set<string>;
  /** The policy of the first page, with its hashes removed: the shared part. */
  basePolicy: Map<string, string[]>;
  problems: string[];
}

export function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}

export function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

export function checkCsp(dist: string): CspReport {
  const report: CspReport = { pages: 0, scriptHashes: new Set(), styleHashes: new Set(), basePolicy: new Map(), problems: [] };
  for (const file of htmlFiles(dist)) {
    const root = parse(readFileSync(file, 'utf8'));
    const meta = root.querySelector('meta[http-equiv="content-security-policy"]');
    const page = relative(dist, file);
    if (!meta) {
      // Redirect stubs (/r/<id>/) carry no script; every other page must have a policy.
      if (root.querySelector('script')) report.problems.push(`${page}: no Content-Security-Policy meta tag`);
      continue;
    }
    report.pages++;
    const policy = parsePolicy(meta.getAttribute('content') ?? '');
    const allowed = new Set(policy.get('script-src') ?? []);
    for (const value of allowed) if (value.startsWith("'sha256-")) report.scriptHashes.add(value.slice(1, -1));
    for (const value of [...(policy.get('style-src') ?? []), ...(policy.get('style-src-elem') ?? [])])
      if (value.startsWith("'sha256-")) report.styleHashes.add(value.slice(1, -1));
    if (report.basePolicy.size === 0) {
      for (const [name, values] of policy)
        report.basePolicy.set(
          name,
          values.filter((value) => !value.startsWith("'sha256-")),
        );
    }
    const styleAllowed = new Set([...(policy.get('style-src') ?? []), ...(policy.get('style-src-elem') ?? [])]);
    for (const style of root.querySelectorAll('style')) {
      const hash = sha256(style.rawText);
      if (!styleAllowed.has(`'${hash}'`)) {
        report.problems.push(
          `${page}: inline <style> not allowed by the CSP ('${hash}'); move it to a stylesheet or Tailwind classes: ${style.rawText.trim().slice(0, 80)}`,
        );
      }
    }
    for (const script of root.querySelectorAll('script:not([src])')) {
      if (script.getAttribute('type') === 'application/json') continue;
      const hash = sha256(script.rawText);
      if (!allowed.has(`'${hash}'`)) {
        report.problems.push(
          `${page}: inline script not allowed by the CSP; add '${hash}' to src/lib/csp.ts if it is meant to run: ${script.rawText.trim().slice(0, 80)}`,
        );
      }
    }
  }
  return report;
}

/** The headers file for Netlify, Cloudflare Pages and other hosts that read one: the policy with every page's hashes. */
export function headersFile(report: CspReport, base: string, headers: Record<string, string>): string {
  const policy = new Map(report.basePolicy);
  const hashes = (set: Set<string>) => [...set].sort().map((hash) => `'${hash}'`);
  policy.set('script-src', [...(policy.get('script-src') ?? []), ...hashes(report.scriptHashes)]);
  const styleKey = policy.has('style-src-elem') ? 'style-src-elem' : 'style-src';
  policy.set(styleKey, [...(policy.get(styleKey) ?? []), ...hashes(report.styleHashes)]);
  policy.set('frame-ancestors', ["'none'"]);
  const csp = [...policy].map(([name, values]) => [name, ...values].join(' ')).join('; ');
  const lines = [
    `${base.replace(/\/?$/, '/')}*`,
    `  Content-Security-Policy: ${csp}`,
    ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
  ];
  return lines.join('\n') + '\n';
}
