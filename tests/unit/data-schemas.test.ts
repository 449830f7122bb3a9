import { describe, expect, it } from 'vitest';
import { checklistSchema, checkMatrixRows, guideCategorySchema, matrixRowSchema } from '../../src/lib/data-schemas.ts';
import { sourcePage } from '../../src/lib/mdx.ts';
import { buildRegistry } from '../../src/lib/registry.ts';

const registry = buildRegistry(
  [
    sourcePage(
      'content/security.mdx',
      '---\ntitle: Security\nprefix: SEC\n---\n\n## Injection\n\n### SEC-03: Bind parameters {#sec-03}\n\nBind them.\n',
    ),
  ],
  [],
);

const row = {
  id: 'acid-transactions',
  need: 'ACID transactions',
  category: 'database',
  choice: 'PostgreSQL',
  why: 'Transactions across rows.',
  alternatives: [{ name: 'MySQL', when: 'When you already run it.' }],
  avoidWhen: 'Rarely.',
  tradeoffs: ['Scale up before out.'],
  refs: ['SEC-03', '/security/#injection'],
};

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('decision matrix data', () => {
  it('accepts a complete row whose references exist', () => {
    expect(matrixRowSchema(registry).safeParse(row).success).toBe(true);
  });

  it('names an unknown rule ID and a missing anchor', () => {
    const result = matrixRowSchema(registry).safeParse({ ...row, refs: ['SEC-99', '/security/#nowhere', '/nopage/'] });
    expect(messages(result)).toEqual([
      'refs.0: unknown rule ID SEC-99',
      'refs.1: page /security/ has no anchor #nowhere',
      'refs.2: no page /nopage/ for "/nopage/"',
    ]);
  });

  it('names a missing field and an unknown category', () => {
    const { avoidWhen: _, ...withoutAvoid } = row;
    expect(messages(matrixRowSchema(registry).safeParse({ ...withoutAvoid, category: 'cache' }))).toEqual([
      'category: Invalid option: expected one of "stack"|"database"|"api"|"messaging"',
      'avoidWhen: Invalid input: expected string, received undefined',
    ]);
  });

  it('names an unknown criterion and a missing value in the selection guide', () => {
    const category = {
      id: 'databases',
      title: 'Databases',
      intro: 'Compare.',
      criteria: [
        { id: 'model', label: 'Data model' },
        { id: 'scale', label: 'Scaling' },
      ],
      options: [
        { name: 'PostgreSQL', values: { model: 'Relational', scale: 'Up, then replicas' } },
        { name: 'MongoDB', values: { model: 'Documents', speed: 'Fast' } },
      ],
    };
    expect(messages(guideCategorySchema(registry).safeParse(category))).toEqual([
      'options.1.values.speed: unknown criterion "speed" in MongoDB; the criteria are model, scale',
      'options.1.values: MongoDB has no value for criterion "scale"',
    ]);
  });

  it('names a conflict with a row that does not exist', () => {
    expect(checkMatrixRows([{ id: 'caching', conflicts: [{ with: 'speed', reason: 'x' }] }])).toEqual([
      'row "caching": conflicts with unknown row "speed"',
    ]);
  });
});

describe('checklist data', () => {
  const checklist = {
    id: 'security',
    title: 'Security',
    summary: 'Before merging.',
    items: [
      { id: 'bound', text: 'Queries bind parameters.', refs: ['SEC-03'] },
      { id: 'validated', text: 'Input is validated.', refs: ['SEC-03'] },
      { id: 'headers', text: 'Headers are set.', refs: ['SEC-03'] },
    ],
  };

  it('accepts a checklist whose items cite existing rules', () => {
    expect(checklistSchema(registry).safeParse(checklist).success).toBe(true);
  });

  it('names the item whose rule does not exist, and an item without a rule', () => {
    const items = [...checklist.items];
    items[1] = { ...items[1]!, refs: ['SEC-42'] };
    items[2] = { ...items[2]!, refs: [] };
    expect(messages(checklistSchema(registry).safeParse({ ...checklist, items }))).toEqual([
      'items.1.refs.0: unknown rule ID SEC-42',
      'items.2.refs: link each item to at least one rule',
    ]);
  });

  it('names a duplicate item id, since ids key saved progress', () => {
    const items = [...checklist.items, { id: 'bound', text: 'Again.', refs: ['SEC-03'] }];
    expect(messages(checklistSchema(registry).safeParse({ ...checklist, items }))).toEqual([
      'items.3.id: duplicate item id "bound"',
    ]);
  });
});
