import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkLinks, formatBroken } from '../lib/link-check.ts';

/** Fails `astro build` when any internal link or anchor in dist/ is broken, so one never ships. */
export function linkCheck(): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  return {
    name: 'handbook:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site;
      },
      'astro:build:done': ({ dir, logger }) => {
        const report = checkLinks(fileURLToPath(dir), base, site);
        if (report.broken.length) {
          throw new Error(`${report.broken.length} broken link(s) in the built site:\n${formatBroken(report.broken)}`);
        }
        logger.info(
          `${report.links} internal links on ${report.pages} pages resolve; ${report.external.size} external links (not fetched).`,
        );
      },
    },
  };
}
