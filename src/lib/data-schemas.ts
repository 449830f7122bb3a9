/**
 * Schemas of the handbook's data files (content/data/*.yaml). Every reference to a rule or an
 * anchor is resolved against the rule registry, so a typo fails the build naming the entry.
 */
import { z } from 'zod';
import { resolveReference, type Registry } from './registry.ts';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by dashes (it becomes an anchor)');
const text = z.string().trim().min(1, 'must not be empty');
/** Position in the data file, added by the collection loader (see content.config.ts). */
const order = z.number().int().nonnegative().default(0);

/** Entries in the order of their data file. */
export function inFileOrder<T extends { order: number }>(entries: T[]): T[] {
  return [...entries].sort((a, b) => a.order - b.order);
}

/** A list of references (rule IDs or /page/#anchor links) that must all exist. */
function refs(registry: Registry) {
  return z.array(z.string()).superRefine((list, ctx) => {
    list.forEach((ref, index) => {
      const resolved = resolveReference(registry, ref);
      if ('problem' in resolved) ctx.addIssue({ code: 'custom', message: resolved.problem, path: [index] });
    });
  });
}

export const MATRIX_CATEGORIES = ['stack', 'database', 'api', 'messaging'] as const;

export function matrixRowSchema(registry: Registry) {
  return z
    .object({
      id: slug,
      order,
      need: text,
      category: z.enum(MATRIX_CATEGORIES),
      choice: text,
      why: text,
      alternatives: z.array(z.object({ name: text, when: text }).strict()).min(1, 'name at least one alternative'),
      avoidWhen: text,
      tradeoffs: z.array(text).min(1, 'name at least one trade-off'),
      conflicts: z.array(z.object({ with: slug, reason: text }).strict()).default([]),
      refs: refs(registry).pipe(z.array(z.string()).min(1, 'link at least one rule or section that justifies the row')),
    })
    .strict();
}
export type MatrixRow = z.infer<ReturnType<typeof matrixRowSchema>>;

export function guideCategorySchema(registry: Registry) {
  return z
    .object({
      id: slug,
      order,
      title: text,
      intro: text,
      criteria: z.array(z.object({ id: slug, label: text }).strict()).min(2),
      options: z
        .array(
          z
            .object({
              name: text,
              skill: text.optional(),
              values: z.record(z.string(), text),
              refs: refs(registry).default([]),
            })
            .strict(),
        )
        .min(2),
    })
    .strict()
    .superRefine((category, ctx) => {
      const criteria = new Set(category.criteria.map((criterion) => criterion.id));
      category.options.forEach((option, index) => {
        for (const key of Object.keys(option.values)) {
          if (!criteria.has(key))
            ctx.addIssue({
              code: 'custom',
              path: ['options', index, 'values', key],
              message: `unknown criterion "${key}" in ${option.name}; the criteria are ${[...criteria].join(', ')}`,
            });
        }
        for (const criterion of criteria) {
          if (!(criterion in option.values))
            ctx.addIssue({
              code: 'custom',
              path: ['options', index, 'values'],
              message: `${option.name} has no value for criterion "${criterion}"`,
            });
        }
      });
    });
}
export type GuideCategory = z.infer<ReturnType<typeof guideCategorySchema>>;

/** Checks what a single row cannot: conflict targets exist and ids are unique. */
export function checkMatrixRows(rows: Pick<MatrixRow, 'id' | 'conflicts'>[]): string[] {
  const ids = new Set(rows.map((row) => row.id));
  return rows.flatMap((row) =>
    row.conflicts
      .filter((conflict) => !ids.has(conflict.with))
      .map((conflict) => `row "${row.id}": conflicts with unknown row "${conflict.with}"`),
  );
}

export function checklistSchema(registry: Registry) {
  return z
    .object({
      id: slug,
      order,
      title: text,
      summary: text,
      items: z
        .array(
          z
            .object({
              id: slug,
              text,
              detail: text.optional(),
              refs: refs(registry).pipe(z.array(z.string()).min(1, 'link each item to at least one rule')),
            })
            .strict(),
        )
        .min(3)
        .superRefine((items, ctx) => {
          const seen = new Set<string>();
          items.forEach((item, index) => {
            if (seen.has(item.id))
              ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate item id "${item.id}"` });
            seen.add(item.id);
          });
        }),
    })
    .strict();
}
export type Checklist = z.infer<ReturnType<typeof checklistSchema>>;
