import type { SourceData } from '~/schemas/source';

/** Where a reader opens a source: its official URL, else the copy it was read in (the schema requires one of them). */
export function documentUrl(data: SourceData): string {
  const url = data.url ?? data.copy?.url;
  if (url === undefined) throw new Error(`source "${data.title}" has neither url nor copy.url`);
  return url;
}

/** Every link a source offers, official document first: a copy is linked beside the document it copies. */
export function sourceLinks(data: SourceData): { kind: 'official' | 'copy'; url: string; label: string }[] {
  const links: { kind: 'official' | 'copy'; url: string; label: string }[] = [];
  if (data.url) links.push({ kind: 'official', url: data.url, label: data.publisher });
  if (data.copy) links.push({ kind: 'copy', url: data.copy.url, label: data.copy.publisher });
  return links;
}
