import { describe, expect, it } from 'vitest';
import { missingFromSite, mergeLock } from '../../src/lib/anchors-lock.ts';
import { checkCsp, headersFile } from '../../src/lib/csp-check.ts';
import { checkLinks } from '../../src/lib/link-check.ts';

describe('link check over a built site', () => {
  const report = checkLinks('tests/fixtures/html/broken-links', '/', 'https://example.org');

  it('names each broken link with its page, and why', () => {
    expect(report.broken).toEqual([
      { page: '/', link: 'security/#sec-09', problem: '/security/ has no element with id "sec-09"' },
      { page: '/', link: '/gone/', problem: 'no file at /gone/' },
      { page: '/security/', link: '/security/#sec-02', problem: '/security/ has no element with id "sec-02"' },
    ]);
  });

  it('lists links to other sites without fetching them', () => {
    expect([...report.external.keys()]).toEqual(['https://owasp.org/']);
  });
});

describe('CSP check over a built site', () => {
  const report = checkCsp('tests/fixtures/html/csp');

  it('names the inline script and style the policy would block, with the hash to add', () => {
    expect(report.problems).toHaveLength(2);
    expect(report.problems[0]).toMatch(/^page\/index\.html: inline <style> not allowed by the CSP \('sha256-[\w+/=]+'\)/);
    expect(report.problems[1]).toMatch(
      /^page\/index\.html: inline script not allowed by the CSP; add 'sha256-[\w+/=]+'.*sneaked in/,
    );
  });

  it('writes the headers file with the policy, frame-ancestors and the other headers', () => {
    const file = headersFile(report, '/handbook/', { 'X-Content-Type-Options': 'nosniff' });
    expect(file).toContain('/handbook/*\n');
    expect(file).toContain("script-src 'self' 'sha256-JPb4BnF54abW2Ct4Smu8g9Fe16deM+nad8T4/pNoYi8='");
    expect(file).toContain("frame-ancestors 'none'");
    expect(file).toContain('  X-Content-Type-Options: nosniff\n');
  });
});

describe('anchors lock', () => {
  const lock = { 'security/': ['sec-01', 'sec-02', 'sec-03'], 'old-page/': ['intro'], 'gone/': [] };
  const site = { 'security/': ['sec-01', 'sec-02'], 'new-page/': ['intro'] };

  it('fails on a removed anchor and a removed page, naming the URLs', () => {
    expect(missingFromSite(lock, site, { redirects: { 'old-page/': 'new-page/' }, retiredAnchors: new Set() })).toEqual([
      '/security/#sec-03',
      '/gone/ (page removed without a redirect)',
    ]);
  });

  it('accepts a retired rule anchor and a redirected page', () => {
    const { 'gone/': _, ...rest } = lock;
    expect(missingFromSite(rest, site, { redirects: { 'old-page/': 'new-page/' }, retiredAnchors: new Set(['sec-03']) })).toEqual(
      [],
    );
  });

  it('never drops an entry when updated', () => {
    expect(mergeLock(lock, site)).toEqual({
      'gone/': [],
      'new-page/': ['intro'],
      'old-page/': ['intro'],
      'security/': ['sec-01', 'sec-02', 'sec-03'],
    });
  });
});

describe('anchors lock and the home page', () => {
  it('treats the home page (an empty path) like any other page', () => {
    expect(missingFromSite({ '': ['intro'] }, { '': ['intro'] }, { redirects: {}, retiredAnchors: new Set() })).toEqual([]);
    expect(missingFromSite({ '': ['intro'] }, { '': [] }, { redirects: {}, retiredAnchors: new Set() })).toEqual(['/#intro']);
  });
});
