import { describe, expect, it } from 'vitest';
import { validateHtml } from '../../src/lib/html-validation.ts';

describe('HTML validation gate', () => {
  it('reports errors in our own markup, with file and position', () => {
    const report = validateHtml(['tests/fixtures/html/invalid/index.html']);
    expect(report.errors.length).toBeGreaterThanOrEqual(2);
    expect(report.errors.join('\n')).toMatch(/Duplicate attribute “href”/);
    expect(report.errors.join('\n')).toMatch(/tests\/fixtures\/html\/invalid\/index\.html":\d+\.\d+/);
  });
});
