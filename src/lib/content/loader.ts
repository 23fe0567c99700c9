import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { z } from 'astro/zod';
import { SLUG_PATTERN } from '~/schemas/fields';
import { assertSafeBody, assertSameLinks } from './body-check';
import { ContentError, assertMatchesSchema, writtenDates } from './errors';

/** Where content lives; CONTENT_DIR points a build at another corpus (test fixtures, benchmarks). */
export const contentRoot = process.env['CONTENT_DIR'] ?? 'content';

// Astro only warns when a collection folder is missing and then builds an empty site; stop instead.
if (!existsSync(contentRoot))
  throw new ContentError(`${contentRoot}: no such content folder (CONTENT_DIR=${JSON.stringify(process.env['CONTENT_DIR'] ?? '')})`);

/** Collections whose entries have a Korean edition (sources and checks keep their own language). */
const BILINGUAL = new Set(['actions', 'people', 'organisations', 'incidents']);
/** Collections whose entries are headed by a title, which the Korean edition translates. */
const TITLED = new Set(['actions', 'incidents']);

/**
 * Every English body has its Korean summary beside it, and every action its Korean title: a page of
 * the Korean edition never falls back to English without anyone deciding so.
 */
function assertKoreanEdition(file: string, collection: string, data: Record<string, unknown>, body: string) {
  if (!BILINGUAL.has(collection)) return;
  const ko = data['ko'] as { title?: string; summary?: string } | undefined;
  if (TITLED.has(collection) && !ko?.title?.trim()) {
    throw new ContentError(`${file}: ko.title: missing; give the title in Korean (see src/i18n/glossary.ko.md for the terms)`);
  }
  const summary = ko?.summary?.trim();
  if (body.trim() && !summary) {
    throw new ContentError(`${file}: ko.summary: missing or empty; write the body in Korean, with the same facts and links`);
  }
  if (!summary) return;
  assertSafeBody(file, summary, 'ko.summary');
  assertSameLinks(file, body, summary);
}

/**
 * Id of one content file, checked before Astro stores it: the file name must be a kebab-case slug,
 * unique in its collection, and the front matter must match the schema. Checking here (rather than
 * leaving it to Astro's own schema pass) gives every error the same `file: field: value` form.
 */
export function checkedIdFor(collection: string, schema: z.ZodType) {
  const fileById = new Map<string, string>();
  return ({ entry, data, base, text }: { entry: string; data: Record<string, unknown>; base?: URL; text?: string }): string => {
    const file = path.posix.join(contentRoot, collection, entry);
    const id = entry.replace(/\.mdx?$/, '');
    if (!SLUG_PATTERN.test(id)) {
      throw new ContentError(`${file}: id: ${JSON.stringify(id)} is not a kebab-case file name (like "kim-sang-man.md"); the file name is the id and the URL`);
    }
    // An MDX body is code run at build time, which the body checks cannot vet: content is Markdown only.
    if (entry.endsWith('.mdx')) {
      throw new ContentError(
        `${file}: file: .mdx is not accepted for content (an MDX body runs code at build time); rename it to ${id}.md and write the body in Markdown`,
      );
    }
    const earlier = fileById.get(id);
    if (earlier !== undefined && earlier !== file) {
      throw new ContentError(`${file}: id: ${JSON.stringify(id)} is already used by ${earlier}`);
    }
    fileById.set(id, file);
    const raw = text ?? (base ? readFileSync(new URL(`./${encodeURI(entry)}`, base), 'utf8') : undefined);
    // Astro has parsed the YAML already (`data`): only the front matter as written and the body are needed here.
    const rawFrontmatter = raw === undefined ? '' : (extractFrontmatter(raw) ?? '');
    const parsed = raw === undefined ? undefined : { rawFrontmatter, content: rawFrontmatter ? raw.replace(`---${rawFrontmatter}---`, '') : raw };
    assertMatchesSchema(file, schema, data, parsed ? writtenDates(data, parsed.rawFrontmatter) : undefined);
    // Astro only logs a body that fails to render and builds on, so bodies are checked here, where an error stops the build.
    if (parsed && base) assertSafeBody(file, parsed.content);
    if (parsed) assertKoreanEdition(file, collection, data, parsed.content);
    return id;
  };
}
