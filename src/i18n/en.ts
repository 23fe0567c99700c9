import { ACTION_KINDS, INCIDENT_KINDS, JURISDICTIONS, ORGANISATION_KINDS } from '~/lib/domain/vocabulary';
import type {
  ActionKind,
  AttributionKind,
  Confidence,
  DesignationDateKind,
  IdentifierType,
  IncidentKind,
  Jurisdiction,
  NameKind,
  OrganisationKind,
  Script,
  SourceType,
} from '~/lib/domain/vocabulary';
import { EXTERNAL_REL } from '~/lib/site/external';
import { MATCH_THRESHOLD } from '~/lib/search/match-model';

/**
 * Every reader-facing string of the site in English, grouped by page and component. Labels of the
 * domain's closed sets are keyed by member (`satisfies Record<Member, string>`), so a new member
 * fails the type check until it has a label. A second language is a file of the same shape:
 * `export const ko = { … } satisfies Dictionary`.
 *
 * Entries holding markup (`…Html`) are trusted, static HTML with links built from the `href`
 * passed in; they are rendered with `set:html`.
 */

const SITE = 'DPRK Cyber Sanctions Tracker';

/** How search scores a result, said on the search page and the about page. */
const SCORING = `Search compares the syllables you type with each name a source printed, in any romanisation (Ri, Lee, Yi; Chol, Cheol, Ch’ŏl) or in Hangul under either spelling rule (리, 이), in any order. Each result gets a score from 0 to 100: a syllable one letter off costs half of that syllable. A score of ${MATCH_THRESHOLD} or more is a match; anything lower is shown as a closest result, not a match. An action is scored against the names of the people and bodies it designates, each on its own, so it never matches a name none of them bears.`;

/** "a, b or c". */
const orList = (members: readonly string[]) => (members.length < 2 ? members.join('') : `${members.slice(0, -1).join(', ')} or ${members.at(-1)}`);
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
/** A link to a page of this site; `href` gives its path under the site's base. */
type Href = (sitePath: string) => string;
const external = (url: string, text: string) => `<a href="${url}" rel="${EXTERNAL_REL}">${text}</a>`;

/** "US$620 million", "US$1.46 billion", "US$950,000": as the press writes amounts, never rounded past what was reported. */
function usd(amount: number): string {
  const scaled = (divisor: number, word: string) => `US$${(amount / divisor).toLocaleString('en', { maximumFractionDigits: 3 })} ${word}`;
  if (amount >= 1e9) return scaled(1e9, 'billion');
  if (amount >= 1e6) return scaled(1e6, 'million');
  return `US$${amount.toLocaleString('en')}`;
}

export const en = {
  /** BCP 47 tag of the pages. */
  lang: 'en',
  site: {
    name: SITE,
    description: 'Sourced, cross-linked reference of the sanctions imposed on North Korea’s cyber operations.',
    /** The <title> of a page: the site name alone on the home page. */
    title: (title: string) => (title === SITE ? title : `${title} · ${SITE}`),
    feedLink: 'New sanction actions',
    /** This edition's language, in itself: the language switch shows it on the other edition's pages. */
    languageName: 'English',
    editionsLabel: 'Language',
    skipToContent: 'Skip to content',
    navLabel: 'Main',
    search: { label: 'Search names, aliases, identifiers', placeholder: 'Search names, aliases…', button: 'Search' },
    footerHtml: (href: Href) =>
      `Every fact links to its source. Found an error? See <a href="${href('/about/#corrections')}">how to correct an entry</a>. Data: <a href="${href('/data/graph.json')}">graph.json</a>. New actions: <a href="${href('/feed.xml')}">RSS feed</a>. <a href="${href('/changes/')}">What changed</a>.`,
  },
  nav: {
    timeline: 'Timeline',
    actions: 'Actions',
    people: 'People',
    organisations: 'Organisations',
    incidents: 'Incidents',
    matrix: 'Matrix',
    sources: 'Sources',
    network: 'Network',
    coverage: 'Coverage',
    downloads: 'Downloads',
    about: 'About',
  },

  // The domain's closed sets.
  jurisdiction: {
    KR: 'South Korea',
    US: 'United States',
    UN: 'United Nations',
    EU: 'European Union',
    GB: 'United Kingdom',
    JP: 'Japan',
    AU: 'Australia',
  } satisfies Record<Jurisdiction, string>,
  /** The bodies that announce a jurisdiction's sanctions, as a reader would look for them. */
  authorities: {
    KR: 'Ministry of Foreign Affairs, with the finance ministry and the Financial Services Commission',
    US: 'Treasury (OFAC) and the State Department',
    UN: 'Security Council and its 1718 Committee',
    EU: 'Council of the European Union',
    GB: 'Foreign, Commonwealth and Development Office and HM Treasury (OFSI)',
    JP: 'Cabinet, Ministry of Foreign Affairs and Ministry of Finance',
    AU: 'Minister for Foreign Affairs (DFAT)',
  } satisfies Record<Jurisdiction, string>,
  actionKind: { designation: 'Designation', amendment: 'Amendment', delisting: 'Delisting' } satisfies Record<ActionKind, string>,
  /** An action's kind inside a sentence or a tag ("Sanction action · designation"). */
  actionKindWord: { designation: 'designation', amendment: 'amendment', delisting: 'delisting' } satisfies Record<ActionKind, string>,
  organisationKind: {
    'state-body': 'State body',
    'military-unit': 'Military unit',
    'hacking-group': 'Hacking group',
    company: 'Company',
    'front-company': 'Front company',
    bank: 'Bank',
    'crypto-service': 'Crypto service',
    school: 'School',
  } satisfies Record<OrganisationKind, string>,
  identifier: {
    passport: 'Passport',
    'national-id': 'National ID',
    wallet: 'Wallet address',
    email: 'Email',
    phone: 'Phone',
    website: 'Website',
    'un-reference': 'UN reference',
    'ofac-uid': 'OFAC UID',
    'eu-reference': 'EU reference',
    'uk-reference': 'UK sanctions list reference',
    'registration-number': 'Registration number',
    other: 'Identifier',
  } satisfies Record<IdentifierType, string>,
  nameKind: { official: 'Official', variant: 'Variant spelling', alias: 'Alias', industry: 'Industry name (not a legal alias)' } satisfies Record<
    NameKind,
    string
  >,
  script: { latin: 'Latin', hangul: 'Hangul', other: 'Other script' } satisfies Record<Script, string>,
  confidence: {
    confirmed: 'Confirmed by a primary source',
    reported: 'Reported by the press',
    uncertain: 'Uncertain',
  } satisfies Record<Confidence, string>,
  /** The one-word confidence shown beside every fact. */
  confidenceWord: { confirmed: 'confirmed', reported: 'reported', uncertain: 'uncertain' } satisfies Record<Confidence, string>,
  sourceType: { primary: 'primary', secondary: 'secondary' } satisfies Record<SourceType, string>,
  nodeType: { action: 'Action', person: 'Person', organisation: 'Organisation', incident: 'Incident' },
  incidentKind: {
    'crypto-theft': 'Crypto theft',
    'bank-heist': 'Bank heist',
    ransomware: 'Ransomware',
    'destructive-attack': 'Destructive attack',
    'supply-chain-compromise': 'Supply-chain compromise',
    espionage: 'Espionage',
  } satisfies Record<IncidentKind, string>,
  /** Who attributed an incident, as the headings that keep governments apart from companies name them. */
  attributionKind: {
    government: 'Governments',
    'un-panel': 'UN Panel of Experts',
    company: 'Companies',
    researcher: 'Independent researchers',
  } satisfies Record<AttributionKind, string>,
  money: {
    usd,
    /** Sources give different figures: the lowest and the highest. */
    range: (low: string, high: string) => `${low} – ${high}`,
  },

  dates: {
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    /** Month names where space is short (the cells of the designation matrix). */
    shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    /** "23 May 2023". */
    day: (day: number, month: string, year: string) => `${day} ${month} ${year}`,
    /** "May 2023". */
    month: (month: string, year: string) => `${month} ${year}`,
    /** A year alone: "2023" (in Korean "2023년"). */
    year: (year: string) => year,
    /** An affiliation's period: "(1 May 2020 – )", "? " for an unknown start. */
    period: (from: string | undefined, to: string | undefined) => `(${from ?? '?'} – ${to ?? ''})`,
  },
  count: {
    people: (count: number) => plural(count, 'person', 'people'),
    organisations: (count: number) => plural(count, 'organisation', 'organisations'),
    actions: (count: number) => plural(count, 'action', 'actions'),
    incidents: (count: number) => plural(count, 'incident', 'incidents'),
    entries: (count: number) => plural(count, 'entry', 'entries'),
  },

  // Components.
  actionList: {
    /** Tooltip of the "joint with" tag. */
    coordinatedWith: (codes: readonly string[]) => `Coordinated with ${codes.join(', ')}`,
    jointWith: (codes: readonly string[]) => `joint with ${codes.join(', ')}`,
    /** Who an action named, and who announced it. */
    summary: (people: number, organisations: number, authority: string) =>
      `${plural(people, 'person', 'people')}, ${plural(organisations, 'organisation', 'organisations')} · ${authority}`,
  },
  cite: {
    heading: 'About this page',
    lastUpdated: 'Last updated',
    permanentLink: 'Permanent link:',
    data: 'Data:',
    asJson: 'this entry as JSON',
    summary: 'Cite this page',
    apa: 'APA (the access date is the day this copy was published; use the day you read it):',
    bibtex: 'BibTeX:',
    apaLabel: 'APA citation',
    bibtexLabel: 'BibTeX citation',
  },
  citation: {
    /** APA 7 reference for a web page with a group author. */
    apa: (v: { title: string; url: string; updated: { year: string; month: string; day: number }; accessed: { year: string; month: string; day: number } }) =>
      `${SITE}. (${v.updated.year}, ${v.updated.month} ${v.updated.day}). ${v.title}. Retrieved ${v.accessed.month} ${v.accessed.day}, ${v.accessed.year}, from ${v.url}`,
    author: SITE,
    note: (updated: string, accessed: string) => `Last updated ${updated}; accessed ${accessed}`,
  },
  designations: { heading: 'Actions that named them' },
  discrepancies: { heading: 'Where sources disagree', verdict: 'Our reading:' },
  identifiers: {
    heading: 'Identifiers',
    type: 'Type',
    value: 'Value',
    source: 'Source',
    /** A long run of identifiers from one list entry names its sources once, on the first row. */
    sameAsAbove: 'Same sources as the row above',
    /** The link beside a list's own id: the entry itself, or the list to search it in. */
    listEntry: {
      'ofac-uid': 'entry on OFAC’s list',
      'uk-reference': 'entry on the UK Sanctions List',
      'un-reference': 'search the UN consolidated list',
      'eu-reference': 'search the EU Financial Sanctions Files',
    },
    /** Which official list files were reconciled with the entry (`npm run lists`), and when. */
    reconciled: 'Reconciled with the official list files:',
    reconciledRun: (list: string, date: string) => `${list}, run of ${date}`,
    notReconciled: 'No official list file has been reconciled with this entry yet.',
    /** "Wallet address (ETH)", "Passport, DPRK". */
    label: (type: string, chain: string | undefined, issuer: string | undefined) => `${type}${chain ? ` (${chain})` : ''}${issuer ? `, ${issuer}` : ''}`,
  },
  names: { heading: 'Names', name: 'Name', kind: 'Kind', source: 'Source' },
  relationships: {
    heading: 'Relationships',
    /** A wide picture scrolls sideways; its frame takes keyboard focus so it can be scrolled without a mouse. */
    scrollLabel: 'Relationship picture (scrolls sideways)',
    intro: 'The bodies above, the units and people below, and the actions that named it, by date. Each box links to its page.',
    /** Boxes past the diagram's limits are left out; the page's own sections list every link. */
    omitted: (count: number) =>
      count > 0 ? ` To keep the picture readable, ${count} ${count === 1 ? 'link is' : 'links are'} left out; the sections of this page list every one.` : '',
    asList: 'The relationships in this picture, as a list',
    relation: { 'member of': 'member of', 'part of': 'part of', 'named by': 'named by' },
    captions: { parents: 'Parent bodies', memberOf: 'Member of', units: 'Units', members: 'Members', namedBy: 'Named by' },
    more: (count: number) => `and ${count} more`,
    /** An action's box: jurisdiction, date, and its kind when it is not a designation. */
    action: (code: string, date: string, kind: string | undefined) => `${code} · ${date}${kind ? ` · ${kind}` : ''}`,
  },
  sourceList: {
    heading: 'Sources',
    readInA: ' · read in a ',
    copy: (publisher: string) => `copy (${publisher})`,
    copyOnly: (publisher: string) => ` · copy held by ${publisher}; official URL not known`,
    about: 'about this source',
  },
  sourcedValues: { disagree: 'Sources disagree:', alternatives: 'Listed with alternatives:' },
  status: {
    heading: 'Status by jurisdiction',
    /** The one-row table on an entity page. */
    caption: (name: string) => `Designations of ${name} in each of the seven jurisdictions`,
    scrollLabel: 'Status by jurisdiction (scrolls sideways)',
    seeMatrix: 'See this row in the designation matrix',
  },
  chart: {
    title: 'Actions per year by jurisdiction, and people and organisations named so far',
    segment: (count: number, jurisdiction: string, year: string) => `${plural(count, 'action', 'actions')} by ${jurisdiction} in ${year}`,
    segmentTitle: (jurisdiction: string, year: string, count: number) => `${jurisdiction}, ${year}: ${count}`,
    caption: (maxActions: number, maxDesignees: number) =>
      `Actions per year, stacked by jurisdiction (left scale up to ${maxActions}; each bar links to those actions); dashed line: people and organisations named so far (right scale, ${maxDesignees} in all).`,
  },
  swimlane: {
    /** The picture scrolls sideways; its frame takes keyboard focus so it can be scrolled without a mouse. */
    scrollLabel: 'Actions by day and jurisdiction (picture, scrolls sideways)',
    /** A lane's label: the name where there is room, the code on the small picture of an entity page. */
    lane: (code: string, name: string, compact: boolean) => (compact ? code : name),
    /** Tooltip of a mark. */
    markTitle: (date: string, jurisdiction: string, kind: string, title: string) => `${date} · ${jurisdiction} · ${kind}: ${title}`,
    caption: (entity: boolean): string =>
      entity
        ? 'The actions that named them, each at the day it was announced, in the row of its jurisdiction; marks link to the actions, listed below as text.'
        : 'Each action at the day it was announced, in the row of its jurisdiction. Marks close in time are stacked; each links to its action. The list below gives every action as text.',
    legend: {
      kinds: { designation: 'Designation', amendment: 'Amendment', delisting: 'Delisting' } satisfies Record<ActionKind, string>,
      coordinated: 'Line: actions taken jointly',
      incident: 'Incident (theft or attack)',
    },
    /** The lane of thefts and attacks, below the jurisdictions. */
    incidentLane: (compact: boolean): string => (compact ? 'Inc.' : 'Incidents'),
    incidentMarkTitle: (date: string, kind: string, title: string) => `${date} · incident · ${kind}: ${title}`,
    incidentsCaption: 'The bottom row puts each theft or attack at the day it happened; its marks link to the incidents.',
  },

  // Pages.
  action: {
    eyebrow: (kind: string) => `Sanction action · ${kind}`,
    description: (date: string, jurisdiction: string, title: string) => `${date}, ${jurisdiction}: ${title}`,
    jurisdiction: 'Jurisdiction',
    authority: 'Authority',
    announced: 'Announced',
    effective: 'Effective',
    effectiveNotStated: 'Not stated in the sources we hold',
    programme: 'Programme or legal basis',
    programmeNotStated: 'Not stated in the sources checked',
    sourcing: 'Sourcing',
    inEnglish: 'In English:',
    summary: 'What was done and why',
    peopleNamed: (count: number) => `People named (${count})`,
    organisationsNamed: (count: number) => `Organisations named (${count})`,
    coordinated: 'Coordinated actions',
    coordinatedNote: 'Taken jointly or on the same day against the same targets.',
    carriedOver: 'Carried over from:',
    carriedInto: 'Carried over by:',
    incidents: (count: number) => `Incidents it cites (${count})`,
    incidentsNote: 'Thefts and attacks that the action’s own sources give as a reason for it.',
  },
  person: {
    eyebrow: 'Person',
    description: (name: string, otherNames: readonly string[]) =>
      `${name}${otherNames.length ? ` (${otherNames.join(', ')})` : ''}: sanctions, affiliations and sources.`,
    details: 'Personal details',
    born: 'Born',
    birthplace: 'Place of birth',
    nationality: 'Nationality',
    noDetails: 'No source we hold gives a date of birth or nationality.',
    affiliations: 'Affiliations',
    noAffiliation: 'No affiliation recorded.',
    partOf: 'part of',
    noActions: 'No action in our records names this person.',
  },
  organisation: {
    eyebrow: (kind: string) => `Organisation · ${kind}`,
    description: (name: string, kind: string) => `${name} (${kind}): sanctions, parent body, units, members and sources.`,
    parentBodies: 'Parent bodies',
    structure: 'Place in the structure',
    parent: 'Parent body',
    noParent: 'None recorded (top-level body or not known)',
    units: 'Units and bodies under it',
    members: 'People affiliated',
    noneRecorded: 'None recorded',
    noActions: 'No action in our records names this body itself; see the bodies and people under it.',
    incidents: (count: number) => `Incidents attributed to it (${count})`,
    incidentsNote:
      'Thefts and attacks that a government, the UN Panel of Experts or a named investigator attributes to this body; each incident page says who attributed it, when and in what words.',
    victimOf: (count: number) => `Incidents in which it was the victim (${count})`,
    onlyVictim: 'On this site as the victim of a theft or an attack tied to North Korean operators: no sanction action recorded here names it.',
  },
  incident: {
    eyebrow: (kind: string) => `Incident · ${kind}`,
    description: (date: string, kind: string, title: string) =>
      `${date}, ${kind}: ${title}. Who attributed it, the amount reported, and the sanctions that cite it.`,
    occurred: 'Happened',
    disclosed: 'Discovered or disclosed',
    disclosedSame: 'No other date given',
    victim: 'Victim',
    kind: 'Kind',
    amount: 'Amount reported',
    amountNotStated: 'No source we hold gives an amount',
    amountsHeading: 'Amounts as reported',
    amountsNote:
      'Each figure as its source reported it at the time, never converted or estimated by us. Where sources differ, all are shown and the range is given above.',
    assets: 'Assets stolen:',
    asOf: (date: string) => `reported ${date}`,
    groups: 'Attributed to',
    noGroup: 'No group named by the attributors',
    attributions: 'Who attributed it',
    attributionsNote:
      'Each attribution in its author’s own words (with an English rendering where they are in another language), with the day it was made public; where the documents quoting the words do not give that day, the reports that do are cited beside it. Governments, the UN Panel of Experts and companies are listed apart.',
    attributedOn: (date: string) => `made public ${date}`,
    /** Before the sources of that day, where the documents quoting the words do not give it. */
    dayFrom: 'day from:',
    wallets: 'Wallets involved',
    walletsNote: 'Addresses that a source ties to the incident, and whether a designation on this site lists the same address.',
    designatedOn: 'Listed on',
    notDesignated: 'No designation on this site lists this address.',
    by: 'by',
    actions: (count: number) => `Sanctions that cite it (${count})`,
    noActions: 'No action on this site cites this incident.',
    summary: 'What happened',
  },
  incidents: {
    title: 'Incidents',
    description:
      'The thefts and attacks that governments, the UN Panel of Experts and investigators tie to North Korean operators, with the sanctions that cite them.',
    /** The heading of a filtered view. */
    heading: (view: string | undefined) => (view ? `Incidents: ${view}` : 'Incidents'),
    intro: (count: number) =>
      `${plural(count, 'incident', 'incidents')}, newest first. Each names who attributed it, when and in what words, the amount as reported at the time, and the sanction actions that cite it.`,
    filtersLabel: 'Filter',
    byKind: 'By kind',
    byGroup: 'By group',
    all: 'All',
    totals: 'Reported amounts by year',
    totalsCaption:
      'Incidents per year and the sum of the amounts reported for them, in US dollars as sources reported them at the time. Where sources differ, the sum is a range from the lowest figures to the highest; incidents with no figure in US dollars are counted but not summed.',
    year: 'Year',
    count: 'Incidents',
    sum: 'Amount reported',
    withoutAmount: (count: number) => (count > 0 ? `${count} without a US dollar figure` : ''),
    chartLabel: 'Reported amounts by year (picture, scrolls sideways)',
    chartCaption: 'Height: the highest sum reported for the year; each bar links to that year in the list below.',
    barTitle: (year: string, sum: string, count: number) => `${year}: ${sum} (${plural(count, 'incident', 'incidents')})`,
    columns: { date: 'Happened', title: 'Incident', kind: 'Kind', amount: 'Amount reported', groups: 'Attributed to', actions: 'Sanctions citing it' },
    tableCaption: (view: string) => `Incidents: ${view}, newest first`,
    empty: 'No incident is in this view.',
  },
  source: {
    eyebrow: (type: string) => `Source · ${type}`,
    description: (publisher: string, date: string | undefined) => `${publisher}${date ? `, ${date}` : ''}: a source cited by the tracker.`,
    publisher: 'Publisher:',
    date: 'Date:',
    language: 'Language:',
    official: 'Official document:',
    noOfficialUrl: 'official URL not known',
    titleSupplied: 'The title in square brackets is the tracker’s own: the copy read does not show the document’s title.',
    copy: 'Read in a copy:',
    commit: 'commit',
    note: 'Note:',
    citedBy: (count: number) => `Cited by (${count})`,
  },
  timeline: {
    heading: (jurisdiction: string | undefined) => (jurisdiction ? `Timeline: ${jurisdiction}` : 'Timeline'),
    description: (jurisdiction: string | undefined) =>
      `Every sanction action on North Korea's cyber operations${jurisdiction ? ` by ${jurisdiction}` : ''}, by date.`,
    intro: (actions: number, jurisdictions: number | undefined) =>
      `${plural(actions, 'action', 'actions')}${jurisdictions === undefined ? '' : ` by ${plural(jurisdictions, 'jurisdiction', 'jurisdictions')}`}, newest first. Joint actions are marked and link to each other.`,
    filter: 'Filter by jurisdiction',
    all: 'All',
  },
  actions: {
    title: 'Actions',
    description: "Every sanction action on North Korea's cyber operations, newest first.",
    intro: (count: number) => `${plural(count, 'action', 'actions')}, newest first. One action is one round announced by one authority on one day.`,
  },
  people: {
    title: 'People',
    description: "Every person named in a sanction action on North Korea's cyber operations.",
    intro: (count: number) => `${plural(count, 'person', 'people')}, by name.`,
    columns: { name: 'Name', hangul: 'Hangul', affiliation: 'Affiliation', sanctionedBy: 'Sanctioned by', firstNamed: 'First named' },
  },
  organisations: {
    title: 'Organisations',
    description: "State bodies, units, hacking groups, companies and banks named in sanctions on North Korea's cyber operations.",
    intro: (count: number) => `${plural(count, 'organisation', 'organisations')}, by name.`,
    columns: { name: 'Name', kind: 'Kind', parent: 'Parent body', sanctionedBy: 'Sanctioned by' },
  },
  sources: {
    title: 'Sources',
    description: 'Every document the tracker cites, primary and secondary.',
    intro: (total: number, primary: number, secondary: number) =>
      `${plural(total, 'document', 'documents')}, newest first: ${primary} primary (issued by a sanctioning authority or an official list), ${secondary} secondary (news and analysis).`,
    columns: { date: 'Date', title: 'Title', publisher: 'Publisher', type: 'Type', citedBy: 'Cited by' },
    undated: 'undated',
  },
  home: {
    heading: 'Sanctions on North Korea’s cyber operations',
    intro:
      'Who has sanctioned North Korea’s hacking units, crypto launderers and overseas IT workers, when, jointly with whom and why. Every fact links to the document that states it.',
    searchLabel: 'Search by name, Hangul, alias or identifier',
    searchPlaceholder: 'Ri Chang Ho, 리창호, Lazarus, a wallet address…',
    searchButton: 'Search',
    counts: 'Actions by jurisdiction',
    totals: (actions: number, people: number, organisations: number, sources: number) =>
      `${plural(actions, 'action', 'actions')} naming ${plural(people, 'person', 'people')} and ${plural(organisations, 'organisation', 'organisations')}, from ${plural(sources, 'source', 'sources')}.`,
    latest: 'Latest actions',
    fullTimeline: 'Full timeline →',
  },
  coverage: {
    title: 'Coverage',
    description: 'What the tracker covers: actions by jurisdiction and year, people and bodies named, and what is not yet covered.',
    intro: (v: { actions: number; jurisdictions: number; from: string; to: string; people: number; organisations: number; sources: number; primary: number }) =>
      `${plural(v.actions, 'action', 'actions')} by ${plural(v.jurisdictions, 'jurisdiction', 'jurisdictions')} from ${v.from} to ${v.to}, naming ${plural(v.people, 'person', 'people')} and ${plural(v.organisations, 'organisation', 'organisations')} (parent bodies included), drawn from ${plural(v.sources, 'document', 'documents')}, ${v.primary} of them primary.`,
    matrix: 'Actions by jurisdiction and year',
    matrixCaption: 'Number of actions per jurisdiction and year; each number links to those actions on the timeline',
    jurisdiction: 'Jurisdiction',
    total: 'Total',
    cell: (count: number, jurisdiction: string, year: string) => `${count} by ${jurisdiction} in ${year}`,
    named: 'People and organisations named, by jurisdiction',
    people: 'People',
    organisations: 'Organisations',
    checked: 'Checked against',
    checkedIntro: 'The official lists and release sets the site was read against, what was matched, and every known action left out, with the reason.',
    noChecks: 'No list or release set has been recorded as checked yet.',
    matched: (count: number) => `Entries matched to the site: ${count}.`,
    reconciled: (date: string, count: number) =>
      `Reconciled with the site by \`npm run lists\` on ${date}: ${plural(count, 'person or organisation', 'people and organisations')} of the site found on the list, each page saying so.`,
    read: 'Read:',
    copyOf: (date: string) => ` (copy of ${date})`,
    leftOut: (count: number) => `Left out (${count})`,
    gaps: 'Not yet covered, and why',
    gapsHtml: (href: Href, newest: string) =>
      [
        `<p>The newest action found in any jurisdiction is of ${newest}. No later designation was found; that is an absence of evidence, not evidence of absence. What each list copy or release set could not show, and every known action left out, is given under “Checked against” above.</p>`,
        `<p>See also <a href="${href('/about/#not-covered')}">what the tracker leaves out by design</a>.</p>`,
      ].join(''),
  },
  network: {
    title: 'Network',
    description: 'The whole network: the parent bodies, their units, and who each jurisdiction has named under them.',
    intro: 'How the sanctioned units sit under their parent bodies, and which jurisdictions have named people and organisations under each.',
    byJurisdiction: 'Named by each jurisdiction, by parent body',
    tableCaption: 'People and organisations named, counted under the top-level body they belong to',
    parentBody: 'Parent body',
    noBody: 'No recorded body',
    byBody: 'Units under each parent body',
    byBodyIntro: 'Each box is an organisation (with the number of people recorded in it) and links to its page; lines lead to the body above.',
    truncated: (shown: number, total: number) => `The picture shows the ${shown} units nearest the top of ${total}; the list below gives them all.`,
    /** A unit's box: its name and the number of people recorded in it. */
    unit: (name: string, people: number) => `${name} (${people})`,
    partOf: 'part of',
  },
  matrix: {
    title: 'Designation matrix',
    description: 'Who has designated whom, and who has not: every person and organisation against the seven jurisdictions, with the date of each designation.',
    /** The <title> and heading of one page of a view. */
    heading: (view: string | undefined) => (view ? `Designation matrix: ${view}` : 'Designation matrix'),
    pageTitle: (heading: string, sort: string, page: number, pages: number) =>
      `${heading}, ${sort.toLowerCase()}${pages > 1 ? `, page ${page} of ${pages}` : ''}`,
    intro:
      'One row per person and organisation in the tracker, one column per jurisdiction. A cell gives the first designation there and what its date is, then any amendments and the delisting, each linking to its action; “not designated” means that jurisdiction has not designated the entry in any action the tracker holds.',
    count: (rows: number, view: string) => `${plural(rows, 'entry', 'entries')} in “${view}”.`,
    viewsLabel: 'Views',
    sortsLabel: 'Order',
    views: {
      all: 'All',
      people: 'People',
      organisations: 'Organisations',
      groups: 'Hacking groups',
      /** "designated by X but not by Y". */
      pair: (by: string, notBy: string) => `By ${by}, not by ${notBy}`,
      notUn: 'Not by the UN',
      oneOnly: 'By one jurisdiction only',
    },
    sorts: { first: 'By first designation', jurisdictions: 'By number of jurisdictions' },
    caption: (view: string, sort: string) => `Designations by jurisdiction: ${view}, ${sort.toLowerCase()}. Each date links to its action.`,
    scrollLabel: 'Designation matrix (scrolls sideways)',
    entity: 'Person or organisation',
    dateKind: { announced: 'announced', effective: 'effective', 'carried-over': 'carried over' } satisfies Record<DesignationDateKind, string>,
    amended: (date: string) => `amended ${date}`,
    delisted: (date: string) => `delisted ${date}`,
    notDesignated: 'not designated',
    legendHeading: 'How to read a cell',
    legend: {
      announced: 'the day the authority announced the designation.',
      effective: 'the day the designation took legal effect, where a source gives a day other than the announcement.',
      'carried-over':
        'the day the jurisdiction carried another jurisdiction’s listing over into its own regime, as the UK did with EU listings on 31 December 2020; the action page links the original listing.',
    } satisfies Record<DesignationDateKind, string>,
    legendAmended: 'an amendment of the entry, with its date.',
    legendDelisted: 'the delisting that ended the designation. A delisted entry still counts as designated in the views and the totals.',
    legendNotDesignated: 'no action by that jurisdiction names the entry as a designee.',
    totals: (rows: number) => `Designated, of ${plural(rows, 'entry', 'entries')}`,
    pagination: 'Pages',
    page: (page: number) => `Page ${page}`,
    empty: 'No person or organisation is in this view.',
    download: 'The whole matrix as CSV',
  },
  downloads: {
    title: 'Downloads',
    description: "All of the tracker's data as JSON, CSV and FollowTheMoney entities, with every field documented.",
    introHtml: (href: Href) =>
      [
        '<p>Everything on the site, in forms your own tools read. Files are rebuilt with the site; ids are stable, so a row or entity keeps its id across updates. Each person, organisation and action page also links its own JSON.</p>',
        `<p><strong>Licence.</strong> The compiled data (the selection, structure, summaries and links) is published under ${external('https://creativecommons.org/licenses/by/4.0/', 'Creative Commons Attribution 4.0')}: reuse it, citing “${SITE}” and the page or file. The documents it links to keep their own terms.</p>`,
        '<h2 id="graph-json">graph.json</h2>',
        `<p><a href="${href('/data/graph.json')}">/data/graph.json</a>: <code>{ actions, people, organisations, sources, incidents }</code> with ids, site paths, dates, designees, coordinated actions, names (Hangul included), identifiers, source URLs, and for each incident its victim, kind, amounts, attributions, groups, wallets and the actions that cite it. Its fields are described by a JSON Schema: <a href="${href('/data/graph.schema.json')}">/data/graph.schema.json</a>.</p>`,
        '<h2 id="csv">CSV</h2>',
        '<p>RFC 4180: comma-separated, fields quoted where needed, CRLF line ends, UTF-8, one header row. Lists inside a field are separated by “; ”. A value that begins with =, +, - or @ is written with a leading apostrophe so that spreadsheets do not run it as a formula.</p>',
      ].join(''),
    column: 'Column',
    meaning: 'Meaning',
    outroHtml: (href: Href) =>
      [
        '<h2 id="ftm">FollowTheMoney</h2>',
        `<p><a href="${href('/data/entities.ftm.json')}">/data/entities.ftm.json</a>: one ${external('https://followthemoney.tech/', 'FollowTheMoney')} entity per line, the format OpenSanctions and Aleph use. Schemata: <code>Person</code>, <code>Organization</code>, <code>Sanction</code> (one per action and designee, with <code>entity</code>, <code>authority</code>, <code>program</code>, <code>startDate</code>, <code>endDate</code> when later delisted, and <code>sourceUrl</code>), <code>CryptoWallet</code> (<code>publicKey</code>, <code>currency</code>, <code>holder</code>), <code>Membership</code> (a person’s affiliation) <code>UnknownLink</code> (a body and its parent body, role “subordinate body”; a group and an incident attributed to it, role “attributed to”) and <code>Event</code> (an incident, with <code>date</code>, <code>involved</code> for its groups and <code>sourceUrl</code>). Ids start with <code>dprk-tracker-</code> and are built from the site’s own ids.</p>`,
        '<h2 id="feeds">Feed and sitemap</h2>',
        `<p><a href="${href('/feed.xml')}">/feed.xml</a> (RSS, newest action first) and <a href="${href('/sitemap-index.xml')}">/sitemap-index.xml</a>.</p>`,
      ].join(''),
  },
  /** The CSV files and what each column holds, as the downloads page documents them. */
  csv: {
    files: {
      actions: 'One row per action.',
      people: 'One row per person.',
      organisations: 'One row per organisation.',
      sources: 'One row per source document.',
      matrix: 'One row per person and organisation, with what each of the seven jurisdictions did: the designation matrix as a table.',
      incidents: 'One row per incident (theft or attack).',
    },
    incident: {
      id: 'Stable id of the incident.',
      url: 'Path of the incident’s page.',
      title: 'Headline of the incident.',
      kind: `${orList(INCIDENT_KINDS)}.`,
      occurred: 'When it happened (YYYY, YYYY-MM or YYYY-MM-DD).',
      disclosed: 'When it was discovered or disclosed, where a source gives another date.',
      victim: 'The victim as sources name it.',
      victim_id: 'Id of the victim’s organisation entry, if it has one.',
      usd_low: 'The lowest amount in US dollars that a source reported; empty when none gives one.',
      usd_high: 'The highest amount in US dollars that a source reported.',
      assets: 'The stolen assets as sources give them, separated by "; ".',
      attributed_by: 'Who attributed it, as kind:who (government, un-panel, company, researcher), separated by "; ".',
      groups: 'Ids of the organisations it is attributed to, separated by "; ".',
      wallets: 'Wallets involved as CHAIN:address, separated by "; ".',
      actions: 'Ids of the sanction actions that cite it, oldest first.',
      source_urls: 'URLs of the documents for the incident as a whole, separated by "; ".',
    },
    action: {
      id: 'Stable id of the action (also its URL slug).',
      url: 'Path of the action’s page on this site.',
      jurisdiction: `${orList(JURISDICTIONS)}.`,
      authority: 'The body that announced the action.',
      programme: 'Programme or legal basis.',
      kind: `${orList(ACTION_KINDS)}.`,
      announced: 'Announcement date, YYYY-MM-DD.',
      effective: 'Date it took effect, if a source gives it.',
      title: 'Headline of the action.',
      designees: 'Ids of the people and organisations named, separated by "; ".',
      coordinated_with: 'Ids of coordinated actions, separated by "; ".',
      source_urls: 'URLs of the documents for the action, separated by "; ".',
    },
    person: {
      id: 'Stable id of the person.',
      url: 'Path of the person’s page.',
      name: 'Name shown as the page heading.',
      names: 'Every printed form of the name (Hangul included), separated by "; ".',
      born: 'Dates of birth as published, separated by "; ".',
      nationality: 'Nationality as published.',
      identifiers: 'Identifiers as type:value (wallets as wallet/CHAIN:address), separated by "; ".',
      affiliations: 'Ids of the organisations the person belongs to, separated by "; ".',
      actions: 'Ids of the actions that named the person, oldest first.',
    },
    organisation: {
      id: 'Stable id of the organisation.',
      url: 'Path of the organisation’s page.',
      name: 'Name shown as the page heading.',
      kind: `${orList(ORGANISATION_KINDS)}.`,
      names: 'Every printed form of the name, separated by "; ".',
      parent: 'Id of the parent body, if recorded.',
      identifiers: 'Identifiers as type:value, separated by "; ".',
      actions: 'Ids of the actions that named the body, oldest first.',
    },
    source: {
      id: 'Stable id of the source.',
      url: 'The official URL of the document; empty when only a copy is known.',
      copy_url: 'Where a copy of the document was read (a list file in a repository, a reposted release), if not at its official URL.',
      copy_commit: 'The git commit of that copy, where it is held in a repository.',
      title: 'Title as published; in square brackets when the tracker supplied it because the copy read shows none.',
      publisher: 'Who published it.',
      date: 'Publication date (YYYY, YYYY-MM or YYYY-MM-DD).',
      type: 'primary (the official document, also when read through a copy) or secondary.',
      language: 'Two-letter language code.',
    },
    /** Five columns per jurisdiction, each prefixed with its code in lower case (kr_first_designated …). */
    matrix: {
      id: 'Stable id of the person or organisation.',
      type: 'person or organisation.',
      name: 'Name shown as the page heading.',
      first_designated: (jurisdiction: string) =>
        `Date of the first designation by ${jurisdiction}, YYYY-MM-DD; empty when ${jurisdiction} has not designated the entry.`,
      date_kind: (jurisdiction: string) =>
        `What that date is: announced, effective (the day it took legal effect, where a source gives another day) or carried-over (the day ${jurisdiction} carried another jurisdiction’s listing over into its own regime).`,
      amended: (jurisdiction: string) => `Dates of amendments by ${jurisdiction}, oldest first, separated by "; ".`,
      delisted: (jurisdiction: string) => `Date ${jurisdiction} delisted the entry, if no later designation listed it again.`,
      actions: (jurisdiction: string) => `Ids of the actions by ${jurisdiction} behind these dates (designation, amendments, delisting), separated by "; ".`,
    },
  },
  about: {
    title: 'About and methodology',
    description: 'Scope, sourcing rules, dating conventions, how to cite, and what the tracker does not cover.',
    bodyHtml: (v: { sources: number; primary: number; href: Href }) =>
      [
        `<p>The ${SITE} records the sanctions that governments and the United Nations impose on North Korea’s cyber operations: hacking units and groups, the theft and laundering of crypto-assets, and IT workers sent abroad under false identities, together with the bodies that direct them.</p>`,
        '<h2 id="scope">Scope</h2>',
        '<p>One <strong>action</strong> is one round of measures announced by one authority on one day: a designation, an amendment or a delisting. The tracker includes an action when at least one of its designees is tied to North Korean cyber operations; for mixed rounds (for example a round on missiles that also names the head of the Reconnaissance General Bureau) the page says which designees are in scope. Jurisdictions: South Korea (KR), the United States (US), the United Nations (UN), the European Union (EU), the United Kingdom (GB), Japan (JP) and Australia (AU).</p>',
        '<h2 id="sourcing">How facts are sourced</h2>',
        '<ul>',
        '<li>Every fact — a name, a date, an identifier, an affiliation — cites one or more documents, linked beside it.</li>',
        `<li>Primary sources (press releases of foreign ministries and treasuries, official gazettes, the UN, EU and UK lists) come first. News reports are secondary. The tracker cites ${plural(v.sources, 'document', 'documents')}, ${v.primary} of them primary.</li>`,
        '<li>Each fact shows its confidence: <strong>confirmed</strong> (a primary source states it), <strong>reported</strong> (only the press does) or <strong>uncertain</strong> (sources conflict, or a single weak source).</li>',
        '<li>Where sources disagree — on a date, a count, a spelling or who sits under whom — the page shows each claim with its source. No value is picked silently.</li>',
        '<li>Nothing is filled in: where no source gives a date of birth, a passport number or an effective date, the field is left empty.</li>',
        '</ul>',
        '<h2 id="dating">How actions are dated</h2>',
        '<p><strong>Announced</strong> is the day the authority made the action public, in its own time zone (a Seoul announcement late on 24 April is dated 24 April even where it was still 23 April in Washington). <strong>Effective</strong> is the day the measures took legal effect, shown only when a source gives it.</p>',
        '<h2 id="incidents">Incidents</h2>',
        `<p>The <a href="${v.href('/incidents/')}">incidents</a> are the thefts and attacks behind the sanctions: every one that an action on the site cites, and every one of USD 10 million or more that a government attributes to North Korean operators. Each gives who attributed it, when and in the attributor’s own words, with governments, the UN Panel of Experts and companies kept apart; the amount as each source reported it at the time (a range where they differ, never an estimate of ours); the groups it is attributed to; the wallets involved; and the actions that cite it.</p>`,
        '<h2 id="names">Names</h2>',
        '<p>Korean names reach English in many spellings (Ri, Lee, Yi, Rhee). Each person and body lists every form a source printed, marked as the official form, a variant spelling or an alias, with the Hangul form where one is published.</p>',
        `<h2 id="search-scores">How search scores names</h2><p>${SCORING}</p>`,
        '<h2 id="citing">How to cite</h2>',
        `<p>Cite the page’s permanent URL (the URL of a page is its entry id and does not change when the entry is corrected) with the date you accessed it, and prefer citing the primary source the page links to. All data is also available as <a href="${v.href('/data/graph.json')}">graph.json</a>.</p>`,
        '<h2 id="corrections">Corrections</h2>',
        '<p>Each entry is a Markdown file in the project’s <code>content/</code> folder; a correction is a change to that file with a source for the new value. The README of the project explains the format with a worked example.</p>',
        '<h2 id="not-covered">What is not covered</h2>',
        '<ul>',
        '<li>Sanctions on North Korea that have nothing to do with its cyber operations (for example shipping or missile procurement), except where the same round names a cyber designee.</li>',
        '<li>Criminal indictments, rewards and advisories, unless a sanction action cites them or they attribute an incident; they may be mentioned in a summary.</li>',
        '<li>Official lists that could not be read in full: several South Korean Foreign Ministry annexes and Official Gazette notices, and parts of the UN 1718 list. Where an identifier is only reported, not read in the list, it is marked as reported.</li>',
        '</ul>',
      ].join(''),
  },
  search: {
    title: 'Search',
    description: 'Search people, organisations and actions by any spelling, Hangul, alias or identifier.',
    intro: 'Names in any romanisation or in Hangul, aliases, passport numbers, wallet addresses.',
    scoring: SCORING,
    label: 'Search',
    button: 'Search',
    filters: 'Narrow the results',
    type: 'Type',
    jurisdiction: 'Jurisdiction',
    year: 'Year',
    order: 'Order',
    all: 'All',
    types: { Person: 'People', Organisation: 'Organisations', Action: 'Actions', Incident: 'Incidents' },
    bestMatch: 'Best match',
    newestFirst: 'Newest first (actions and incidents)',
    needsJsHtml: (href: Href) =>
      `Search runs in your browser and needs JavaScript. Without it, browse the <a href="${href('/people/')}">people</a>, <a href="${href('/organisations/')}">organisations</a>, <a href="${href('/actions/')}">actions</a> and <a href="${href('/incidents/')}">incidents</a> indexes.`,
    /** The status line each result page carries in the index. */
    status: {
      action: (jurisdiction: string, kind: string, announced: string) => `${jurisdiction} ${kind}, ${announced}`,
      delisted: (jurisdiction: string, date: string) => `${jurisdiction} delisted ${date}`,
      since: (jurisdiction: string, date: string | undefined) => `${jurisdiction} designated since ${date ?? '?'}`,
      incident: (kind: string, occurred: string, amount: string | undefined) => `${kind}, ${occurred}${amount ? `, ${amount}` : ''}`,
      separator: ' · ',
      notDesignated: 'Not designated',
      // What puts an undesignated entity on the site, after "Not designated".
      parentOfDesignees: 'parent body of designated units',
      designatedMembers: 'people affiliated with it are designated',
      attributed: (count: number) => `${plural(count, 'incident', 'incidents')} attributed to it`,
      victim: (count: number) => `victim of ${plural(count, 'incident', 'incidents')}`,
      reasons: '; ',
    },
    /**
     * Strings the search script uses in the browser, handed to it as JSON in a data- attribute:
     * plain templates, "{name}" filled in by the script, `one`/`other` by count.
     */
    client: {
      needsBuild: 'Search works after a build: run `npm start` and open the built site.',
      filterMatches: { one: '{count} page match these filters.', other: '{count} pages match these filters.' },
      results: { one: '{count} result for “{query}”{more}.', other: '{count} results for “{query}”{more}.' },
      showingFirst: ', showing the first {max}',
      undatedOrder: ' People and organisations have no date of their own: they are listed by best match.',
      noMatch: 'No match for “{query}”. Try another spelling, the Hangul name, or part of an identifier.',
      noMatchClosest: 'No match for “{query}”. Closest names, which are not matches:',
      didYouMean: 'Did you mean ',
      or: ' or ',
      comma: ', ',
      suggestionType: ' ({type})',
      questionMark: '?',
      types: { Person: 'Person', Organisation: 'Organisation', Action: 'Action', Incident: 'Incident' },
      typesInSentence: { Person: 'person', Organisation: 'organisation', Action: 'action', Incident: 'incident' },
      closest: '{type} · closest match, not a match',
      matched: 'Matched: {name}',
      nearest: 'Nearest name: {name}',
      score: 'score {score} of 100',
      problems: {
        empty: 'Type a name, an alias or part of an identifier to search.',
        tooLong: 'That query is longer than {max} characters, longer than any name or identifier. Shorten it to search.',
        control: 'The query holds control characters or invisible direction marks. Type it again without them to search.',
        markup: 'The query looks like HTML markup. Type the name or identifier alone to search.',
      },
      separator: ' — ',
    },
  },
  changes: {
    title: 'Changes',
    description: 'What was added to or corrected in the tracker, by date.',
    intro:
      'Every addition and correction to the content, newest first, from the project’s history. Removed entries are listed by file name, as they have no page.',
    noHistory: 'No history is available for this copy of the site.',
    status: { added: 'Added', changed: 'Corrected or extended', renamed: 'Renamed (id corrected)', removed: 'Removed' },
    files: (status: string, count: number) => `${status}: ${plural(count, 'entry', 'entries')}`,
    was: 'was',
  },
  notFound: {
    title: 'Page not found',
    intro: 'There is no page at this address. It may have been renamed when an entry was corrected.',
    linksHtml: (href: Href) =>
      [
        `<li><a href="${href('/search/')}">Search</a> for a name, alias or identifier</li>`,
        `<li>Browse the <a href="${href('/timeline/')}">timeline</a></li>`,
        `<li>Browse the <a href="${href('/people/')}">people</a> and <a href="${href('/organisations/')}">organisations</a> indexes</li>`,
      ].join(''),
  },

  // Feeds and exports.
  feed: {
    title: `${SITE}: new actions`,
    description: 'Sanction actions on North Korea’s cyber operations, newest first, each with its sources.',
    item: (v: { jurisdiction: string; authority: string; date: string; kind: string; people: number; organisations: number }) =>
      `${v.jurisdiction}, ${v.authority}, ${v.date}: ${v.kind} naming ${plural(v.people, 'person', 'people')} and ${plural(v.organisations, 'organisation', 'organisations')}.`,
    incidentTitle: (title: string) => `Incident: ${title}`,
    incidentItem: (v: { date: string; kind: string; victim: string; attributors: readonly string[] }) =>
      `${v.date}: ${v.kind.toLowerCase()} against ${v.victim}, attributed by ${v.attributors.join(', ')}.`,
  },
  structuredData: { legislationType: (kind: string) => `Sanctions ${kind}` },
  ftm: {
    authority: (authority: string, jurisdiction: string) => `${authority} (${jurisdiction})`,
    subordinateBody: 'subordinate body',
    attributedTo: 'attributed to',
    incidentSummary: (kind: string, victim: string) => `${kind}; victim: ${victim}`,
  },
};

/** The shape every language's dictionary has. */
export type Dictionary = typeof en;
/** The strings the search script receives in the browser. */
export type SearchStrings = Dictionary['search']['client'];
