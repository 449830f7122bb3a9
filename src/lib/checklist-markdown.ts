/** A checklist as a GitHub task list, for a pull-request description. Used by the page and its tests. */

export interface ExportItem {
  id: string;
  text: string;
  /** Resolved references: label (e.g. API-04) and absolute URL. */
  links: { label: string; url: string }[];
}

export interface ExportChecklist {
  id: string;
  title: string;
  url: string;
  items: ExportItem[];
}

export interface ExportOptions {
  /** Only the items not yet ticked (what is left to do). */
  onlyUnticked?: boolean;
}

/** One line per item: `- [x] text ([API-04](…), [API-05](…))`, links absolute. Item text is Markdown already (inline code). */
export function checklistToMarkdown(
  checklist: ExportChecklist,
  ticked: ReadonlySet<string>,
  options: ExportOptions = {},
): string {
  const items = checklist.items.filter((item) => !(options.onlyUnticked && ticked.has(item.id)));
  const done = checklist.items.filter((item) => ticked.has(item.id)).length;
  const lines = items.map((item) => {
    const box = ticked.has(item.id) ? '[x]' : '[ ]';
    const links = item.links.map((link) => `[${link.label}](${link.url})`).join(', ');
    return `- ${box} ${item.text.replace(/\s+/g, ' ').trim()}${links ? ` (${links})` : ''}`;
  });
  const heading = `### [${checklist.title} checklist](${checklist.url}) (${done} of ${checklist.items.length} done)`;
  return [heading, '', ...(lines.length ? lines : ['All items are done.'])].join('\n') + '\n';
}

export function checklistsToMarkdown(
  checklists: ExportChecklist[],
  ticked: ReadonlyMap<string, ReadonlySet<string>>,
  options: ExportOptions = {},
): string {
  return checklists.map((checklist) => checklistToMarkdown(checklist, ticked.get(checklist.id) ?? new Set(), options)).join('\n');
}
