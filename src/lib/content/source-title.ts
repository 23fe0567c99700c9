import type { SourceData } from '~/schemas/source';

/**
 * A title in square brackets is one the tracker supplied because the copy read shows none (the
 * cataloguer's convention for a devised title). It is written in English, whatever the document's
 * language, so a page marks it `lang="en"`, not with the document's language.
 */
export const isSuppliedTitle = (title: string): boolean => /^\[.+\]$/su.test(title.trim());

/** The language a source's title is written in: the document's own, or English for a supplied title. */
export const titleLanguage = (data: Pick<SourceData, 'title' | 'language'>): string => (isSuppliedTitle(data.title) ? 'en' : data.language);
