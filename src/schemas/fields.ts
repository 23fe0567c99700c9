import { z } from 'astro/zod';
import {
  CONFIDENCE_LEVELS,
  IDENTIFIER_TYPES,
  NAME_KINDS,
  SCRIPTS,
  WALLET_CHAINS,
  identifierShapes,
  walletFormats,
  type IdentifierType,
} from '~/lib/domain/vocabulary';

/** Ids are kebab-case slugs: they are file names and URL segments at once. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slug = z.string().regex(SLUG_PATTERN, { error: (issue) => `${JSON.stringify(issue.input)} is not a kebab-case id (like "kim-sang-man")` });

function isRealCalendarDate(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number);
  if (year === undefined) return false;
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

// YAML turns an unquoted 2023-02-30 into 2 March without a word, so dates must be quoted strings.
function dateSchema(pattern: RegExp, shape: string) {
  return z.unknown().transform((input, ctx) => {
    if (input === undefined) {
      ctx.addIssue({ code: 'custom', input, message: 'required field is missing' });
      return z.NEVER;
    }
    if (input instanceof Date) {
      ctx.addIssue({
        code: 'custom',
        input,
        message: `${input.toISOString().slice(0, 10)} must be quoted ("${input.toISOString().slice(0, 10)}") so the date is read exactly as written`,
      });
      return z.NEVER;
    }
    if (typeof input !== 'string' || !pattern.test(input) || !isRealCalendarDate(input)) {
      ctx.addIssue({ code: 'custom', input, message: `${JSON.stringify(input)} is not an ISO date (${shape})` });
      return z.NEVER;
    }
    return input;
  });
}

/** An http(s) URL: other schemes (javascript:, data:) never reach a page. */
export const httpUrl = z.url({ protocol: /^https?$/, error: (issue) => `${JSON.stringify(issue.input)} is not an http(s) URL` });

export const languageCode = z.string().regex(/^[a-z]{2}$/, { error: (issue) => `${JSON.stringify(issue.input)} is not a two-letter language code` });

/**
 * Words mostly in Hangul, kana or Chinese characters are not English; an English sentence may still
 * print a name in them ("Yanbian Silverstar (延边硅谷)").
 */
const CJK_LETTER = /[\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;
const notEnglish = (words: string) => (words.match(CJK_LETTER)?.length ?? 0) >= (words.match(LATIN_LETTER)?.length ?? 0) / 2;

/**
 * Quoted words give their language when it is not English, and carry an English `translation`
 * then, and only then: one rule for an action's quote and an incident's attribution. `what` names
 * the words in the message ("a quote", "the words").
 */
export function checkTranslation(value: { language: string; translation?: string | undefined }, words: string, ctx: z.RefinementCtx, what: string): void {
  if (value.language === 'en' && notEnglish(words)) {
    const shown = words.length > 24 ? `${words.slice(0, 24)}…` : words;
    ctx.addIssue({ code: 'custom', path: ['language'], input: undefined, message: `words ${JSON.stringify(shown)} are not English: give their \`language\`` });
  }
  if (value.language !== 'en' && value.translation === undefined) {
    ctx.addIssue({ code: 'custom', path: ['translation'], input: undefined, message: `${what} in "${value.language}": give an English \`translation\`` });
  }
  if (value.language === 'en' && value.translation !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['translation'],
      input: value.translation,
      message: `${JSON.stringify(value.translation)}: ${what} in English take no \`translation\``,
    });
  }
}

/** A full ISO calendar date, YYYY-MM-DD, written in quotes. */
export const isoDate = dateSchema(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

/** A date known to the year, month or day (YYYY, YYYY-MM or YYYY-MM-DD), as sources often give birth dates. */
export const partialDate = dateSchema(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');

/** How sure we are of a fact: confirmed by a primary source, reported by the press, or uncertain. */
export const confidence = z
  .enum(CONFIDENCE_LEVELS)
  .describe(
    'confirmed = a primary source states it; reported = only the press does; uncertain = sources conflict or one weak source. Leave it out to derive it from the sources cited.',
  );

/** The sources that back a fact: one or more ids from content/sources/. */
export const sourceIds = z
  .array(slug)
  .min(1, { error: 'cites no source: list at least one source id' })
  .describe('Ids of entries in content/sources/ that state this fact.');

/** Wraps a fact so it cannot be written without its source. */
export function sourced<Shape extends z.ZodRawShape>(shape: Shape) {
  return z
    .object({
      ...shape,
      sources: sourceIds,
      confidence: confidence.optional(),
      note: z.string().min(1).optional().describe('A short remark shown beside the fact, e.g. how sources word it.'),
    })
    .strict();
}

export const nameForm = sourced({
  value: z.string().trim().min(1).describe('The name exactly as the source prints it.'),
  script: z.enum(SCRIPTS).describe('The writing system of the name.'),
  kind: z
    .enum(NAME_KINDS)
    .describe(
      'official = the spelling an authority used in a designation; variant = another romanisation of the same name; alias = a different name (cover name); industry = a name a government advisory or a security vendor gives the group, not a legal alias.',
    ),
}).describe('One written form of a name, with its source.');

export const names = z
  .array(nameForm)
  .min(1, { error: 'needs at least one name' })
  .describe('Every form of the name that sources print. The first one is the name the site shows as the heading.');

export const identifierType = z.enum(IDENTIFIER_TYPES);

const IDENTIFIER_SHAPES: Partial<Record<IdentifierType, { pattern: RegExp; shape: string }>> = identifierShapes;
const WALLET_PATTERNS: Record<string, RegExp> = walletFormats;

/** Chains whose address format the schema checks; an address on another chain is refused until its format is added. */
export const walletChains = WALLET_CHAINS;

export const identifier = sourced({
  type: identifierType.describe('What kind of identifier this is.'),
  value: z.string().trim().min(1).describe('The identifier exactly as published (wallet addresses keep their letter case).'),
  chain: z.enum(walletChains).optional().describe('For wallet addresses: the chain or currency code as OFAC lists it (ETH, XBT, TRX, USDT …).'),
  issuer: z.string().min(1).optional().describe('Who issued it, e.g. the country of a passport.'),
})
  .superRefine((id, ctx) => {
    const reference = IDENTIFIER_SHAPES[id.type];
    if (reference && !reference.pattern.test(id.value)) {
      ctx.addIssue({ code: 'custom', path: ['value'], input: id.value, message: `${JSON.stringify(id.value)} is not ${reference.shape}` });
    }
    if (id.type !== 'wallet') return;
    if (!id.chain) {
      ctx.addIssue({
        code: 'custom',
        path: ['chain'],
        input: id.chain,
        message: `wallet ${JSON.stringify(id.value)} needs its chain (one of ${walletChains.join(', ')})`,
      });
      return;
    }
    const pattern = WALLET_PATTERNS[id.chain];
    if (pattern && !pattern.test(id.value)) {
      ctx.addIssue({ code: 'custom', path: ['value'], input: id.value, message: `${JSON.stringify(id.value)} is not a well-formed ${id.chain} address` });
    }
  })
  .describe('An identifier as a source published it.');

/** Where two sources say different things, both claims are kept and the page shows them side by side. */
export const discrepancy = z
  .object({
    topic: z.string().min(1).describe('What the sources disagree on, e.g. "Parent of Bureau 313".'),
    claims: z
      .array(
        z
          .object({
            claim: z.string().min(1).describe('What this source says.'),
            sources: sourceIds,
            verdict: z.string().min(1).optional().describe('Our reading of the claim, if the evidence settles it.'),
          })
          .strict(),
      )
      .min(2, { error: 'a disagreement needs at least two claims' }),
  })
  .strict()
  .describe('A point on which sources disagree.');

export const discrepancies = z.array(discrepancy).optional().describe('Points on which sources disagree; each is shown on the page.');

/**
 * The Korean edition of an entry, kept in the same file so one edit touches both: a summary written
 * from the English body (the same facts and links, nothing added) and, for actions, the title.
 */
const koreanSummary = z
  .string()
  .trim()
  .min(1)
  .describe(
    'The body in Korean, in Markdown: the same facts and the same links as the English body, nothing added. Use the ROK government’s terms (see src/i18n/glossary.ko.md).',
  );

/** The Korean edition of a person or organisation. */
export const korean = z.object({ summary: koreanSummary }).strict().optional().describe('The Korean edition of this entry.');

/** The Korean edition of an action: its title and summary. */
export const koreanWithTitle = z
  .object({ title: z.string().trim().min(1).describe('The headline in Korean, saying what the English title says.'), summary: koreanSummary.optional() })
  .strict()
  .optional()
  .describe('The Korean edition of this action.');

export type IdentifierData = z.infer<typeof identifier>;
