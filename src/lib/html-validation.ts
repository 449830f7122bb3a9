/**
 * Runs the Nu Html Checker (vnu.jar, Java 17+) over built pages and sorts its errors into the ones
 * known to come from upstream markup we do not own, each named with its cause, and everything else.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

/** Errors caused by markup Expressive Code or Starlight generate, or by a limit of vnu's CSS parser. */
export const UPSTREAM_ERRORS: { pattern: RegExp; cause: string }[] = [
  {
    pattern: /CSS: “--”: Parse Error/,
    cause: 'vnu cannot parse CSS custom properties named --0, --1 (Expressive Code token colors)',
  },
  {
    pattern: /Element “div” not allowed as child of element “code”/,
    cause: 'Expressive Code renders each code line as a div inside code',
  },
  {
    pattern: /Element “div” not allowed as child of element “button”/,
    cause: "Expressive Code's copy button wraps its tooltip in a div",
  },
  {
    pattern: /“aria-hidden” attribute must not be specified on the “script” element/,
    cause: "Starlight's sidebar restore scripts",
  },
];

export interface ValidationReport {
  files: number;
  upstream: Map<string, number>;
  errors: string[];
}

export function validateHtml(files: string[]): ValidationReport {
  const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
  const result = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'gnu', ...files], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (result.error) throw new Error(`could not run java for the HTML check (install a JRE 17+): ${result.error.message}`);
  const report: ValidationReport = { files: files.length, upstream: new Map(), errors: [] };
  for (const line of result.stderr.split('\n').filter((text) => text.includes('error'))) {
    const known = UPSTREAM_ERRORS.find(({ pattern }) => pattern.test(line));
    if (known) report.upstream.set(known.cause, (report.upstream.get(known.cause) ?? 0) + 1);
    else report.errors.push(line.replace(/^"file:[^"]*\/dist\//, '"'));
  }
  return report;
}
