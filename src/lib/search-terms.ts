/**
 * What the search box knows besides the index: every rule ID with its address (so `sec 3` goes
 * straight to SEC-03), the synonyms engineers type for what the pages say
 * (content/data/search-synonyms.yaml, validated against the indexed text), and the heading
 * vocabulary that misspellings are corrected to. Written to search-terms.json at build time.
 */
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { parseYamlFile } from './yaml-file.ts';
import type { SearchSection } from './search-records.ts';

const synonymsSchema = z.array(
  z.strictObject({
    /** What people type: words, acronyms, phrases (lowercase). */
    say: z.array(z.string().regex(/^[a-z0-9][a-z0-9 +./-]*$/, 'lowercase words')).min(1),
    /** The words the pages use for it; every word must occur in the indexed text. */
    means: z.string().min(1),
  }),
);

export interface SearchTerms {
  /** Every rule ID (the index finds a rule by its ID far ahead of any other section; this says which IDs exist). */
  rules: string[];
  synonyms: { say: string[]; means: string }[];
  /** Words of five letters or more from the section headings, for correcting misspellings. */
  vocabulary: string[];
  /** How many sections the index holds (how rare a word is: it matched in few of them). */
  total: number;
  /** The reference filter's values, in sidebar order. */
  references: string[];
}

export const wordsOf = (text: string) => text.toLowerCase().match(/[a-z0-9]+(?:[+#][a-z0-9+#]*)?/g) ?? [];

export function searchTerms(sections: SearchSection[], synonymsFile: string): SearchTerms {
  const parsed = synonymsSchema.safeParse((existsSync(synonymsFile) ? parseYamlFile(synonymsFile) : []) ?? []);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${synonymsFile}: entry ${issue.path.join('.')}: ${issue.message}`);
  }
  const synonyms = parsed.data;
  const indexed = new Set(sections.flatMap((section) => wordsOf(`${section.title} ${section.text}`)));
  const problems = synonyms.flatMap((entry, index) =>
    wordsOf(entry.means)
      .filter((word) => !indexed.has(word))
      .map((word) => `${synonymsFile}: entry ${index + 1} (${entry.say[0]}): "${word}" in means occurs in no section`),
  );
  const said = new Map<string, number>();
  synonyms.forEach((entry, index) =>
    entry.say.forEach((phrase) => {
      if (said.has(phrase))
        problems.push(`${synonymsFile}: "${phrase}" is listed in entries ${said.get(phrase)! + 1} and ${index + 1}`);
      said.set(phrase, index);
    }),
  );
  if (problems.length) throw new Error(`search synonyms:\n${problems.join('\n')}`);

  const rules = sections.flatMap((section) => (section.rule ? [section.rule] : []));
  const vocabulary = [
    ...new Set(sections.flatMap((section) => wordsOf(section.title)).filter((word) => word.length >= 5 && !/\d/.test(word))),
  ].sort();
  const references = [...new Set(sections.flatMap((section) => (section.reference ? [section.reference] : [])))];
  return { rules, synonyms, vocabulary, total: sections.length, references };
}
