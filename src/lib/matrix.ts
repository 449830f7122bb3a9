/** Shared by the decision-matrix page and its tests: how a selection of needs becomes a stack. */
import type { MatrixRow } from './data-schemas.ts';

export interface StackResult {
  choices: Pick<MatrixRow, 'id' | 'need' | 'choice' | 'why'>[];
  conflicts: { a: string; b: string; reason: string }[];
}

/** The choices for the ticked needs, and each conflict between two ticked needs once. */
export function buildStack(
  rows: Pick<MatrixRow, 'id' | 'need' | 'choice' | 'why' | 'conflicts'>[],
  needs: string[],
): StackResult {
  const picked = rows.filter((row) => needs.includes(row.id));
  const conflicts: StackResult['conflicts'] = [];
  for (const row of picked) {
    for (const conflict of row.conflicts) {
      const other = picked.find((candidate) => candidate.id === conflict.with);
      if (!other) continue;
      const seen = conflicts.some((c) => (c.a === other.need && c.b === row.need) || (c.a === row.need && c.b === other.need));
      if (!seen) conflicts.push({ a: row.need, b: other.need, reason: conflict.reason });
    }
  }
  return { choices: picked.map(({ id, need, choice, why }) => ({ id, need, choice, why })), conflicts };
}
