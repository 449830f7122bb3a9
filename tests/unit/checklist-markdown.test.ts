import { describe, expect, it } from 'vitest';
import { checklistsToMarkdown, checklistToMarkdown, type ExportChecklist } from '../../src/lib/checklist-markdown.ts';

const api: ExportChecklist = {
  id: 'api',
  title: 'API',
  url: 'https://example.org/handbook/checklists/#api',
  items: [
    {
      id: 'paged',
      text: 'Every list endpoint caps `limit`\n  and returns a cursor.',
      links: [{ label: 'API-04', url: 'https://example.org/handbook/api-design/#api-04' }],
    },
    {
      id: 'problem',
      text: 'Errors are problem details.',
      links: [
        { label: 'API-03', url: 'https://example.org/handbook/api-design/#api-03' },
        { label: 'SEC-18', url: 'https://example.org/handbook/security/#sec-18' },
      ],
    },
  ],
};

describe('checklist Markdown export', () => {
  it('writes a GitHub task list with the ticked state and absolute links', () => {
    expect(checklistToMarkdown(api, new Set(['problem']))).toBe(
      [
        '### [API checklist](https://example.org/handbook/checklists/#api) (1 of 2 done)',
        '',
        '- [ ] Every list endpoint caps `limit` and returns a cursor. ([API-04](https://example.org/handbook/api-design/#api-04))',
        '- [x] Errors are problem details. ([API-03](https://example.org/handbook/api-design/#api-03), [SEC-18](https://example.org/handbook/security/#sec-18))',
        '',
      ].join('\n'),
    );
  });

  it('can copy only what is left, and says so when nothing is', () => {
    expect(checklistToMarkdown(api, new Set(['problem']), { onlyUnticked: true })).not.toContain('Errors are problem details');
    expect(checklistToMarkdown(api, new Set(['paged', 'problem']), { onlyUnticked: true })).toContain('All items are done.');
  });

  it('joins several checklists, each with its own state', () => {
    const db = { ...api, id: 'db', title: 'Database', url: 'https://example.org/handbook/checklists/#db' };
    const text = checklistsToMarkdown([api, db], new Map([['db', new Set(['paged'])]]));
    expect(text.match(/^### /gm)).toHaveLength(2);
    expect(text).toContain('(0 of 2 done)');
    expect(text).toContain('(1 of 2 done)');
  });
});
