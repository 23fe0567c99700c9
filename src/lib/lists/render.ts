import type { ListReport } from './reconcile';

/**
 * What to write in the list's record in content/checks/ once the matches are reviewed: the day of
 * the run and the site's entities found on the list, so each entity page says when its lists were
 * last reconciled.
 */
export function reconciledBlock(report: ListReport, day: string): string {
  const ids = [...new Set(report.matches.map((match) => match.entity.id))].sort();
  return ['reconciled:', `  date: '${day}'`, '  entities:', ...ids.map((id) => `    - ${id}`)].join('\n');
}

/** The report as Markdown: one section per list file, one subsection per question the keeper asks. */
export function reportMarkdown(reports: readonly ListReport[], day: string = new Date().toISOString().slice(0, 10)): string {
  const lines: string[] = ['# Official lists against the site', ''];
  for (const report of reports) {
    lines.push(`## ${report.listName}`, '');
    lines.push(`- Files: ${report.files.join(', ')} (${report.formats.join('; ')})`);
    lines.push(`- Publication date the file states: ${report.published ?? 'none'}`);
    lines.push(`- Entries read: ${report.entries}`);
    if (report.onLists) lines.push(`- Lists the file's entries are on: ${report.onLists.join(', ')}`);
    lines.push('');
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
    if (report.notWholeList) lines.push('### Possible delistings', '', `Not worked out: ${report.notWholeList}.`, '');
    else
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
    lines.push(
      '### For the record in content/checks/',
      '',
      'Once the matches above are reviewed (drop any that are wrong), give the list’s record in `content/checks/` this block:',
      '',
      '```yaml',
      reconciledBlock(report, day),
      '```',
      '',
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
