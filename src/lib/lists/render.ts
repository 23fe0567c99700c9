import type { ListReport } from './reconcile';

/** The report as Markdown: one section per list file, one subsection per question the keeper asks. */
export function reportMarkdown(reports: readonly ListReport[]): string {
  const lines: string[] = ['# Official lists against the site', ''];
  for (const report of reports) {
    lines.push(`## ${report.listName}`, '');
    lines.push(`- Files: ${report.files.join(', ')} (${report.formats.join('; ')})`);
    lines.push(`- Publication date the file states: ${report.published ?? 'none'}`);
    lines.push(`- Entries read: ${report.entries}`, '');
    const section = (title: string, items: string[]) => {
      lines.push(`### ${title} (${items.length})`, '');
      lines.push(...(items.length > 0 ? items : ['None.']), '');
    };
    section(
      'Site entities on this list',
      report.matches.map(
        (match) =>
          `- ${match.entity.type} \`${match.entity.id}\` ↔ entry ${match.entry.id} "${match.entry.name}" (by ${match.by}): ${match.reasons.join('; ')}`,
      ),
    );
    section(
      'What the list has that the site lacks',
      report.lacking.map((item) => `- \`${item.entity.id}\` ← entry ${item.entry.id}: ${item.field} ${item.value}`),
    );
    section(
      'Values that differ',
      report.differing.map(
        (item) => `- \`${item.entity.id}\` / entry ${item.entry.id}: ${item.field}: site ${item.site.join(', ')}; list ${item.list.join(', ')}`,
      ),
    );
    section(
      'Possible delistings (the site records an id this file does not hold)',
      report.delistings.map((item) => `- ${item.entity.type} \`${item.entity.id}\`: ${item.idType} ${item.id} (${item.entity.file})`),
    );
    section(
      'Entries tied to cyber, crypto, IT workers or their parent bodies that the site lacks',
      report.cyberTied.map((item) => `- entry ${item.entry.id} "${item.entry.name}" (${item.entry.subject}, ${item.entry.where}): ${item.reasons.join('; ')}`),
    );
    if (report.warnings.length > 0)
      section(
        'Warnings',
        report.warnings.map((warning) => `- ${warning}`),
      );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The same report for a terminal: Markdown markers dropped. */
export function reportText(reports: readonly ListReport[]): string {
  return reportMarkdown(reports).replace(/^#+ /gm, '').replace(/`/g, '');
}

export function reportJson(reports: readonly ListReport[]): string {
  return `${JSON.stringify({ lists: reports }, null, 2)}\n`;
}
