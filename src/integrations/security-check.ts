import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SECURITY_HEADERS } from '../lib/csp.ts';
import { checkCsp, headersFile } from '../lib/csp-check.ts';

/**
 * After the build: fails when a page's inline script is not allowed by its CSP, then writes
 * dist/_headers with the same policy (plus frame-ancestors and the other security headers).
 */
export function securityCheck(): AstroIntegration {
  let base = '/';
  return {
    name: 'handbook:security',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const report = checkCsp(dist);
        if (report.problems.length) throw new Error(`Content Security Policy:\n  ${report.problems.join('\n  ')}`);
        writeFileSync(join(dist, '_headers'), headersFile(report, base, SECURITY_HEADERS));
        logger.info(`CSP allows every inline script on ${report.pages} pages; wrote _headers.`);
      },
    },
  };
}
