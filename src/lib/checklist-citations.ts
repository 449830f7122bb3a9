/**
 * Which checklist items cite which rule, read from the raw checklists file so the Markdown plugin can
 * link each rule to them. (The checklists collection validates the same file during the build.)
 */
import { existsSync } from 'node:fs';
import { parseYamlFile } from './yaml-file.ts';

export interface ChecklistCitation {
  checklistId: string;
  checklistTitle: string;
  itemId: string;
  text: string;
}

export function checklistCitations(file: string): Map<string, ChecklistCitation[]> {
  const byRule = new Map<string, ChecklistCitation[]>();
  if (!existsSync(file)) return byRule;
  const data = parseYamlFile(file) as {
    checklists?: { id: string; title: string; items?: { id: string; text: string; refs?: string[] }[] }[];
  } | null;
  for (const checklist of data?.checklists ?? []) {
    for (const item of checklist.items ?? []) {
      for (const ref of item.refs ?? []) {
        const list = byRule.get(ref) ?? [];
        list.push({ checklistId: checklist.id, checklistTitle: checklist.title, itemId: item.id, text: item.text });
        byRule.set(ref, list);
      }
    }
  }
  return byRule;
}
