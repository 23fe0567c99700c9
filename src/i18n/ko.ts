import { ACTION_KINDS, INCIDENT_KINDS, JURISDICTIONS, ORGANISATION_KINDS } from '~/lib/domain/vocabulary';
import { EXTERNAL_REL } from '~/lib/site/external';
import { MATCH_THRESHOLD } from '~/lib/search/match-model';
import type { Dictionary } from './en';

/**
 * Every reader-facing string of the site in Korean, the same shape as `en` (`satisfies Dictionary`).
 * The terms of the domain (독자제재, 제재 대상 지정, 지정 해제, 발표, 발효, 승계, 미지정, the names of the
 * jurisdictions and their authorities) are those of `glossary.ko.md`, checked by tests/unit/dictionary-ko.test.ts.
 *
 * Sentences are built so that no particle whose form depends on the last syllable (을/를, 이/가, 은/는,
 * 와/과, (으)로) follows a value filled in at run time: values stand before a colon, in a noun phrase,
 * or before a particle of one form (의, 에, 에서, 부터, 까지).
 */

const SITE = '북한 사이버 제재 추적기';

/** How search scores a result, said on the search page and the about page. */
const SCORING = `검색은 입력한 음절을 출처에 실린 각 이름과 비교합니다. 로마자 표기는 방식에 관계없이(Ri, Lee, Yi; Chol, Cheol, Ch’ŏl), 한글은 북한식·남한식 표기 어느 쪽이든(리, 이) 찾으며, 음절의 순서는 상관없습니다. 결과마다 0에서 100까지의 점수가 매겨지며, 한 글자가 다른 음절은 그 음절 몫의 절반이 깎입니다. 점수가 ${MATCH_THRESHOLD} 이상이면 일치로 보고, 그보다 낮으면 일치가 아닌 가장 가까운 결과로 표시합니다. 조치는 그 조치가 지정한 개인과 기관의 이름 하나하나와 따로 비교하므로, 그중 누구의 이름도 아닌 이름에 일치하는 일은 없습니다.`;

/** "a, b 또는 c". */
const orList = (members: readonly string[]) => (members.length < 2 ? members.join('') : `${members.slice(0, -1).join(', ')} 또는 ${members.at(-1)}`);
/** Korean has no plural: a count takes its counter word ("개인 3명", "기관 2개", "조치 5건"). */
const people = (count: number) => `개인 ${count}명`;
const organisations = (count: number) => `기관 ${count}개`;
const actions = (count: number) => `조치 ${count}건`;
const entries = (count: number) => `항목 ${count}건`;
const documents = (count: number) => `문서 ${count}건`;
const incidents = (count: number) => `사건 ${count}건`;

/** "6억 2,000만 달러", "8,100만 달러": amounts in the units (억, 만) Korean writes them in, never rounded. */
function usd(amount: number): string {
  const eok = Math.floor(amount / 1e8);
  const man = Math.floor((amount % 1e8) / 1e4);
  const rest = Math.round(amount % 1e4);
  const parts = [eok > 0 ? `${eok.toLocaleString('ko')}억` : '', man > 0 ? `${man.toLocaleString('ko')}만` : '', rest > 0 ? rest.toLocaleString('ko') : ''];
  return `${parts.filter(Boolean).join(' ') || '0'} 달러`;
}
/** A link to a page of this site; `href` gives its path under the site's base. */
type Href = (sitePath: string) => string;
const external = (url: string, text: string) => `<a href="${url}" rel="${EXTERNAL_REL}">${text}</a>`;

export const ko = {
  /** BCP 47 tag of the pages. */
  lang: 'ko',
  site: {
    name: SITE,
    description: '북한의 사이버 활동에 부과된 제재를 출처와 함께 서로 연결해 정리한 참고 자료입니다.',
    /** The <title> of a page: the site name alone on the home page. */
    title: (title: string) => (title === SITE ? title : `${title} · ${SITE}`),
    feedLink: '새 제재 조치',
    /** This edition's language, in itself: the language switch shows it on the other edition's pages. */
    languageName: '한국어',
    editionsLabel: '언어',
    skipToContent: '본문으로 건너뛰기',
    navLabel: '주 메뉴',
    search: { label: '이름, 별칭, 식별 정보 검색', placeholder: '이름, 별칭 검색…', button: '검색' },
    footerHtml: (href: Href) =>
      `모든 사실에는 출처가 연결되어 있습니다. 오류를 발견하셨나요? <a href="${href('/about/#corrections')}">항목 수정 방법</a>을 참고하십시오. 데이터: <a href="${href('/data/graph.json')}">graph.json</a>. 새 조치: <a href="${href('/feed.xml')}">RSS 피드</a>. <a href="${href('/changes/')}">변경 내역</a>.`,
  },
  nav: {
    timeline: '연표',
    actions: '조치',
    people: '개인',
    organisations: '기관',
    incidents: '사건',
    matrix: '지정 현황표',
    sources: '출처',
    network: '조직망',
    coverage: '수록 범위',
    downloads: '내려받기',
    about: '소개',
  },

  // The domain's closed sets (glossary.ko.md).
  jurisdiction: {
    KR: '대한민국',
    US: '미국',
    UN: '유엔',
    EU: '유럽연합',
    GB: '영국',
    JP: '일본',
    AU: '호주',
  },
  /** The bodies that announce a jurisdiction's sanctions, as a reader would look for them. */
  authorities: {
    KR: '외교부, 기획재정부, 금융위원회',
    US: '재무부 해외자산통제실(OFAC), 국무부',
    UN: '안전보장이사회, 1718 위원회(대북제재위원회)',
    EU: '유럽연합 이사회',
    GB: '외교부(FCDO), 재무부 금융제재집행실(OFSI)',
    JP: '내각, 외무성, 재무성',
    AU: '외교부(DFAT)',
  },
  actionKind: { designation: '제재 대상 지정', amendment: '지정 정보 변경', delisting: '지정 해제' },
  /** An action's kind inside a sentence or a tag ("제재 조치 · 제재 대상 지정"). */
  actionKindWord: { designation: '제재 대상 지정', amendment: '지정 정보 변경', delisting: '지정 해제' },
  organisationKind: {
    'state-body': '국가 기관',
    'military-unit': '군 부대',
    'hacking-group': '해킹 조직',
    company: '회사',
    'front-company': '위장 회사',
    bank: '은행',
    'crypto-service': '가상자산 서비스',
    school: '학교',
  },
  identifier: {
    passport: '여권',
    'national-id': '신분증 번호',
    wallet: '지갑 주소',
    email: '이메일',
    phone: '전화번호',
    website: '웹사이트',
    'un-reference': '유엔 참조 번호',
    'ofac-uid': 'OFAC UID',
    'eu-reference': '유럽연합 참조 번호',
    'uk-reference': '영국 제재 목록 참조 번호',
    'registration-number': '등록 번호',
    other: '식별 정보',
  },
  nameKind: { official: '공식 표기', variant: '다른 표기', alias: '별칭', industry: '업계 명칭(법적 별칭 아님)' },
  script: { latin: '로마자', hangul: '한글', other: '기타 문자' },
  confidence: {
    confirmed: '1차 자료로 확인됨',
    reported: '언론 보도',
    uncertain: '불확실',
  },
  /** The one-word confidence shown beside every fact. */
  confidenceWord: { confirmed: '확인', reported: '보도', uncertain: '불확실' },
  sourceType: { primary: '1차 자료', secondary: '2차 자료' },
  nodeType: { action: '조치', person: '개인', organisation: '기관', incident: '사건' },
  incidentKind: {
    'crypto-theft': '가상자산 탈취',
    'bank-heist': '금융기관 자금 탈취',
    ransomware: '랜섬웨어',
    'destructive-attack': '파괴형 사이버 공격',
    'supply-chain-compromise': '공급망 공격',
    espionage: '사이버 첩보',
  },
  attributionKind: {
    government: '정부',
    'un-panel': '유엔 안보리 대북제재위원회 전문가 패널',
    company: '기업',
    researcher: '독립 연구자',
  },
  money: {
    usd,
    range: (low: string, high: string) => `${low} – ${high}`,
  },

  dates: {
    months: ['1월', '2월', '3월', '4월', '5월', '6월', '7월', '8월', '9월', '10월', '11월', '12월'],
    /** Month names where space is short (the cells of the designation matrix): the same in Korean. */
    shortMonths: ['1월', '2월', '3월', '4월', '5월', '6월', '7월', '8월', '9월', '10월', '11월', '12월'],
    /** "2024년 12월 26일". */
    day: (day: number, month: string, year: string) => `${year}년 ${month} ${day}일`,
    /** "2024년 12월". */
    month: (month: string, year: string) => `${year}년 ${month}`,
    /** A year alone: "2024년". */
    year: (year: string) => `${year}년`,
    /** An affiliation's period: "(2020년 5월 1일 – )", "?" for an unknown start. */
    period: (from: string | undefined, to: string | undefined) => `(${from ?? '?'} – ${to ?? ''})`,
  },
  count: {
    people: (count: number) => people(count),
    organisations: (count: number) => organisations(count),
    actions: (count: number) => actions(count),
    entries: (count: number) => entries(count),
    incidents: (count: number) => incidents(count),
  },

  // Components.
  actionList: {
    /** Tooltip of the "joint with" tag. */
    coordinatedWith: (codes: readonly string[]) => `함께 조치한 관할권: ${codes.join(', ')}`,
    jointWith: (codes: readonly string[]) => `공동 조치: ${codes.join(', ')}`,
    /** Who an action named, and who announced it. */
    summary: (people: number, organisations: number, authority: string) => `개인 ${people}명, 기관 ${organisations}개 · ${authority}`,
  },
  cite: {
    heading: '이 페이지에 대하여',
    lastUpdated: '최종 수정',
    permanentLink: '고유 링크:',
    data: '데이터:',
    asJson: '이 항목의 JSON',
    summary: '이 페이지 인용하기',
    apa: 'APA(검색일은 이 사본이 게시된 날입니다. 실제로 읽은 날로 바꾸어 쓰십시오):',
    bibtex: 'BibTeX:',
    apaLabel: 'APA 인용',
    bibtexLabel: 'BibTeX 인용',
  },
  citation: {
    /** APA 7 reference for a web page with a group author, in the Korean form ("…년 …월 …일 검색, URL"). */
    apa: (v: { title: string; url: string; updated: { year: string; month: string; day: number }; accessed: { year: string; month: string; day: number } }) =>
      `${SITE}. (${v.updated.year}년 ${v.updated.month} ${v.updated.day}일). ${v.title}. ${v.accessed.year}년 ${v.accessed.month} ${v.accessed.day}일 검색, ${v.url}`,
    author: SITE,
    note: (updated: string, accessed: string) => `최종 수정 ${updated}; 열람 ${accessed}`,
  },
  designations: { heading: '이 대상을 지정한 조치' },
  discrepancies: { heading: '출처 간 불일치', verdict: '본 추적기의 판단:' },
  identifiers: {
    heading: '식별 정보',
    type: '종류',
    value: '값',
    source: '출처',
    /** A long run of identifiers from one list entry names its sources once, on the first row. */
    sameAsAbove: '위 행과 같은 출처',
    /** "지갑 주소 (ETH)", "여권, DPRK". */
    listEntry: {
      'ofac-uid': 'OFAC 목록의 해당 항목',
      'uk-reference': '영국 제재 목록의 해당 항목',
      'un-reference': '유엔 통합 제재 목록에서 검색',
      'eu-reference': 'EU 금융제재 파일에서 검색',
    },
    reconciled: '대조한 공식 목록 파일:',
    reconciledRun: (list: string, date: string) => `${list}, ${date} 대조`,
    notReconciled: '이 항목과 대조한 공식 목록 파일은 아직 없습니다.',
    label: (type: string, chain: string | undefined, issuer: string | undefined) => `${type}${chain ? ` (${chain})` : ''}${issuer ? `, ${issuer}` : ''}`,
  },
  names: { heading: '이름', name: '이름', kind: '구분', source: '출처' },
  relationships: {
    heading: '관계',
    /** A wide picture scrolls sideways; its frame takes keyboard focus so it can be scrolled without a mouse. */
    scrollLabel: '관계도(가로로 스크롤)',
    intro: '위에는 상위 기관, 아래에는 하위 부대와 개인, 그리고 이 대상을 지정한 조치가 날짜순으로 있습니다. 상자마다 해당 페이지로 연결됩니다.',
    /** Boxes past the diagram's limits are left out; the page's own sections list every link. */
    omitted: (count: number) => (count > 0 ? ` 그림을 알아보기 쉽도록 연결 ${count}개를 생략했습니다. 모든 연결은 이 페이지의 각 부분에 나와 있습니다.` : ''),
    asList: '이 그림의 관계를 목록으로 보기',
    relation: { 'member of': '소속', 'part of': '상위 기관', 'named by': '지정 조치' },
    captions: { parents: '상위 기관', memberOf: '소속', units: '하위 부대', members: '구성원', namedBy: '지정 조치' },
    more: (count: number) => `외 ${count}개`,
    /** An action's box: jurisdiction, date, and its kind when it is not a designation. */
    action: (code: string, date: string, kind: string | undefined) => `${code} · ${date}${kind ? ` · ${kind}` : ''}`,
  },
  sourceList: {
    heading: '출처',
    readInA: ' · 열람: ',
    copy: (publisher: string) => `사본(${publisher})`,
    copyOnly: (publisher: string) => ` · 사본 보관처: ${publisher}, 공식 URL 미상`,
    about: '이 출처에 대하여',
  },
  sourcedValues: { disagree: '출처 간 불일치:', alternatives: '복수의 값으로 기재:' },
  status: {
    heading: '관할권별 지정 현황',
    /** The one-row table on an entity page. */
    caption: (name: string) => `7개 관할권별 제재 대상 지정 현황: ${name}`,
    scrollLabel: '관할권별 지정 현황(가로로 스크롤)',
    seeMatrix: '지정 현황표에서 이 행 보기',
  },
  chart: {
    title: '관할권별 연간 조치 건수와 지금까지 지정된 개인·기관 수',
    segment: (count: number, jurisdiction: string, year: string) => `${year}년 ${jurisdiction} 조치 ${count}건`,
    segmentTitle: (jurisdiction: string, year: string, count: number) => `${jurisdiction}, ${year}: ${count}`,
    caption: (maxActions: number, maxDesignees: number) =>
      `연도별 조치 건수를 관할권별로 쌓은 막대(왼쪽 눈금 최대 ${maxActions}, 막대마다 해당 조치로 연결됨). 점선: 지금까지 지정된 개인과 기관의 누적 수(오른쪽 눈금, 모두 ${maxDesignees}).`,
  },
  swimlane: {
    /** The picture scrolls sideways; its frame takes keyboard focus so it can be scrolled without a mouse. */
    scrollLabel: '날짜·관할권별 조치(그림, 가로로 스크롤)',
    /** A lane's label: the name where there is room, the code on the small picture of an entity page. */
    lane: (code: string, name: string, compact: boolean) => (compact ? code : name),
    /** Tooltip of a mark. */
    markTitle: (date: string, jurisdiction: string, kind: string, title: string) => `${date} · ${jurisdiction} · ${kind}: ${title}`,
    /** en infers this return type as its two English literals, so a translation is asserted to that type (en.ts would need `: string`). */
    caption: (entity: boolean): string =>
      entity
        ? '이 대상을 지정한 조치를 발표일에 맞추어 해당 관할권의 행에 표시했습니다. 표시는 각 조치로 연결되며, 아래에 글로 된 목록이 있습니다.'
        : '조치마다 발표일에 맞추어 해당 관할권의 행에 표시했습니다. 날짜가 가까운 표시는 겹쳐 쌓이며, 각각 해당 조치로 연결됩니다. 아래 목록에 모든 조치가 글로 나와 있습니다.',
    legend: {
      kinds: { designation: '제재 대상 지정', amendment: '지정 정보 변경', delisting: '지정 해제' },
      coordinated: '선: 공동으로 취한 조치',
      incident: '사건(탈취 또는 공격)',
    },
    incidentLane: (compact: boolean): string => (compact ? '사건' : '사건(탈취·공격)'),
    incidentMarkTitle: (date: string, kind: string, title: string) => `${date} · 사건 · ${kind}: ${title}`,
    incidentsCaption: '맨 아래 행에는 탈취나 공격을 발생일에 맞추어 표시했으며, 표시는 각 사건으로 연결됩니다.',
  },

  // Pages.
  action: {
    eyebrow: (kind: string) => `제재 조치 · ${kind}`,
    description: (date: string, jurisdiction: string, title: string) => `${date}, ${jurisdiction}: ${title}`,
    jurisdiction: '관할권',
    authority: '발표 기관',
    announced: '발표일',
    effective: '발효일',
    effectiveNotStated: '보유한 출처에 명시되지 않음',
    programme: '제재 프로그램 또는 법적 근거',
    programmeNotStated: '확인한 출처에 명시되지 않음',
    sourcing: '출처',
    inEnglish: '영문 번역:',
    summary: '조치 내용과 이유',
    peopleNamed: (count: number) => `지정된 개인 (${count})`,
    organisationsNamed: (count: number) => `지정된 기관 (${count})`,
    coordinated: '공동 조치',
    coordinatedNote: '같은 대상에 대해 공동으로 또는 같은 날 취한 조치입니다.',
    carriedOver: '승계 원본:',
    carriedInto: '승계한 조치:',
    incidents: (count: number) => `이 조치가 인용한 사건 (${count})`,
    incidentsNote: '조치의 출처가 조치의 이유로 든 탈취와 공격입니다.',
  },
  person: {
    eyebrow: '개인',
    description: (name: string, otherNames: readonly string[]) => `${name}${otherNames.length ? ` (${otherNames.join(', ')})` : ''}: 제재, 소속, 출처.`,
    details: '인적 사항',
    born: '생년월일',
    birthplace: '출생지',
    nationality: '국적',
    noDetails: '보유한 출처 중 생년월일이나 국적을 밝힌 것이 없습니다.',
    affiliations: '소속',
    noAffiliation: '기록된 소속이 없습니다.',
    partOf: '상위 기관:',
    noActions: '기록된 조치 중 이 개인을 지정한 조치는 없습니다.',
  },
  organisation: {
    eyebrow: (kind: string) => `기관 · ${kind}`,
    description: (name: string, kind: string) => `${name} (${kind}): 제재, 상위 기관, 하위 부대, 구성원, 출처.`,
    parentBodies: '상위 기관',
    structure: '조직 내 위치',
    parent: '상위 기관',
    noParent: '기록 없음(최상위 기관이거나 알려지지 않음)',
    units: '하위 부대와 기관',
    members: '소속 개인',
    noneRecorded: '기록 없음',
    noActions: '기록된 조치 중 이 기관 자체를 지정한 조치는 없습니다. 하위 기관과 소속 개인을 참고하십시오.',
    incidents: (count: number) => `이 기관의 소행으로 지목된 사건 (${count})`,
    incidentsNote:
      '정부, 유엔 전문가 패널 또는 이름이 밝혀진 조사자가 이 기관의 소행으로 지목한 탈취와 공격입니다. 누가, 언제, 어떤 표현으로 지목했는지는 각 사건 페이지에 있습니다.',
    victimOf: (count: number) => `이 기관이 피해를 입은 사건 (${count})`,
    onlyVictim: '북한 행위자의 소행으로 지목된 탈취나 공격의 피해자로서 이 사이트에 수록되었습니다. 여기에 기록된 제재 조치 중 이 기관을 지정한 것은 없습니다.',
  },
  incident: {
    eyebrow: (kind: string) => `사건 · ${kind}`,
    description: (date: string, kind: string, title: string) => `${date}, ${kind}: ${title}. 소행 지목 주체, 보도된 피해액, 이 사건을 인용한 제재.`,
    occurred: '발생일',
    disclosed: '발견 또는 공개일',
    disclosedSame: '다른 날짜가 제시되지 않음',
    victim: '피해자',
    kind: '유형',
    amount: '보도된 피해액',
    amountNotStated: '보유한 출처 중 피해액을 밝힌 것이 없습니다',
    amountsHeading: '보도된 피해액',
    amountsNote: '각 금액은 출처가 당시 보도한 그대로이며, 환산하거나 추정하지 않았습니다. 출처마다 다르면 모두 보여 주고 위에 범위로 표시합니다.',
    assets: '탈취된 자산:',
    asOf: (date: string) => `${date} 보도`,
    groups: '소행으로 지목된 조직',
    noGroup: '지목 주체가 특정 조직을 밝히지 않음',
    attributions: '소행 지목 주체',
    attributionsNote:
      '각 지목을 그 주체의 표현 그대로(다른 언어인 경우 영문 번역과 함께), 공개된 날짜와 함께 보여 줍니다. 표현을 인용한 문서가 그 날짜를 밝히지 않은 경우에는 날짜를 밝힌 보도를 날짜 옆에 표시합니다. 정부, 유엔 전문가 패널, 기업을 나누어 표시합니다.',
    attributedOn: (date: string) => `${date} 공개`,
    dayFrom: '날짜 출처:',
    wallets: '관련 지갑 주소',
    walletsNote: '출처가 이 사건과 관련지은 주소와, 이 사이트의 제재 대상 지정 중 같은 주소를 올린 것이 있는지를 보여 줍니다.',
    designatedOn: '등재 대상',
    notDesignated: '이 사이트의 제재 대상 지정 중 이 주소를 올린 것은 없습니다.',
    by: '조치:',
    actions: (count: number) => `이 사건을 인용한 제재 (${count})`,
    noActions: '이 사이트의 조치 중 이 사건을 인용한 것은 없습니다.',
    summary: '사건 개요',
  },
  incidents: {
    title: '사건',
    description: '정부, 유엔 전문가 패널, 조사자들이 북한 행위자의 소행으로 지목한 탈취와 공격, 그리고 이를 인용한 제재.',
    heading: (view: string | undefined) => (view ? `사건: ${view}` : '사건'),
    intro: (count: number) =>
      `${incidents(count)}, 최신순. 사건마다 누가, 언제, 어떤 표현으로 소행을 지목했는지, 당시 보도된 피해액, 이 사건을 인용한 제재 조치를 보여 줍니다.`,
    filtersLabel: '필터',
    byKind: '유형별',
    byGroup: '조직별',
    all: '전체',
    totals: '연도별 보도 피해액',
    totalsCaption:
      '연도별 사건 수와 보도된 피해액의 합계(출처가 당시 보도한 미국 달러 기준). 출처마다 금액이 다르면 가장 낮은 금액의 합부터 가장 높은 금액의 합까지 범위로 표시합니다. 미국 달러 금액이 없는 사건은 수에는 넣고 합계에는 넣지 않습니다.',
    year: '연도',
    count: '사건 수',
    sum: '보도된 피해액',
    withoutAmount: (count: number) => (count > 0 ? `미국 달러 금액 없음 ${count}건` : ''),
    chartLabel: '연도별 보도 피해액(그림, 옆으로 스크롤)',
    chartCaption: '막대 높이: 그해 보도된 가장 높은 합계. 막대마다 아래 목록의 해당 연도로 연결됩니다.',
    barTitle: (year: string, sum: string, count: number) => `${year}: ${sum}(${incidents(count)})`,
    columns: { date: '발생일', title: '사건', kind: '유형', amount: '보도된 피해액', groups: '소행으로 지목된 조직', actions: '인용한 제재' },
    tableCaption: (view: string) => `사건: ${view}, 최신순`,
    empty: '이 보기에 해당하는 사건이 없습니다.',
  },
  source: {
    eyebrow: (type: string) => `출처 · ${type}`,
    description: (publisher: string, date: string | undefined) => `${publisher}${date ? `, ${date}` : ''}: 이 추적기가 인용한 출처.`,
    publisher: '발행처:',
    date: '날짜:',
    language: '언어:',
    official: '공식 문서:',
    noOfficialUrl: '공식 URL 미상',
    titleSupplied: '대괄호 안의 제목은 이 추적기가 붙인 것이다. 읽은 사본에는 문서의 제목이 보이지 않는다.',
    copy: '사본 열람:',
    commit: '커밋',
    note: '비고:',
    citedBy: (count: number) => `인용한 항목 (${count})`,
  },
  timeline: {
    heading: (jurisdiction: string | undefined) => (jurisdiction ? `연표: ${jurisdiction}` : '연표'),
    description: (jurisdiction: string | undefined) => `북한 사이버 활동에 대한 ${jurisdiction ? `${jurisdiction}의 ` : ''}모든 제재 조치, 날짜순.`,
    intro: (actionCount: number, jurisdictions: number | undefined) =>
      `${jurisdictions === undefined ? '' : `${jurisdictions}개 관할권의 `}${actions(actionCount)}, 최신순. 공동 조치는 따로 표시되며 서로 연결됩니다.`,
    filter: '관할권별 보기',
    all: '전체',
  },
  actions: {
    title: '조치',
    description: '북한 사이버 활동에 대한 모든 제재 조치, 최신순.',
    intro: (count: number) => `${actions(count)}, 최신순. 조치 하나는 한 당국이 하루에 발표한 한 차례의 조치입니다.`,
  },
  people: {
    title: '개인',
    description: '북한 사이버 활동에 대한 제재 조치에서 지정된 모든 개인.',
    intro: (count: number) => `${people(count)}, 이름순.`,
    columns: { name: '이름', hangul: '한글', affiliation: '소속', sanctionedBy: '제재한 관할권', firstNamed: '최초 지정' },
  },
  organisations: {
    title: '기관',
    description: '북한 사이버 활동에 대한 제재에서 지정된 국가 기관, 부대, 해킹 조직, 회사, 은행.',
    intro: (count: number) => `${organisations(count)}, 이름순.`,
    columns: { name: '이름', kind: '종류', parent: '상위 기관', sanctionedBy: '제재한 관할권' },
  },
  sources: {
    title: '출처',
    description: '이 추적기가 인용한 모든 문서(1차 자료와 2차 자료).',
    intro: (total: number, primary: number, secondary: number) =>
      `${documents(total)}, 최신순: 1차 자료 ${primary}건(제재 당국이나 공식 목록이 발행), 2차 자료 ${secondary}건(보도와 분석).`,
    columns: { date: '날짜', title: '제목', publisher: '발행처', type: '종류', citedBy: '인용한 항목' },
    undated: '날짜 없음',
  },
  home: {
    heading: '북한 사이버 활동에 대한 제재',
    intro:
      '북한의 해킹 부대, 가상자산 자금세탁 조직, 해외 IT 인력을 누가, 언제, 누구와 함께, 왜 제재했는지 정리합니다. 모든 사실은 그 사실을 밝힌 문서로 연결됩니다.',
    searchLabel: '이름, 한글, 별칭, 식별 정보로 검색',
    searchPlaceholder: 'Ri Chang Ho, 리창호, Lazarus, 지갑 주소…',
    searchButton: '검색',
    counts: '관할권별 조치',
    totals: (actionCount: number, peopleCount: number, organisationCount: number, sources: number) =>
      `${actions(actionCount)}, 지정 대상 ${people(peopleCount)}과 ${organisations(organisationCount)}, 출처 ${documents(sources)}.`,
    latest: '최근 조치',
    fullTimeline: '전체 연표 →',
  },
  coverage: {
    title: '수록 범위',
    description: '이 추적기의 수록 범위: 관할권별·연도별 조치, 지정된 개인과 기관, 아직 수록하지 못한 것.',
    intro: (v: { actions: number; jurisdictions: number; from: string; to: string; people: number; organisations: number; sources: number; primary: number }) =>
      `${v.from}년부터 ${v.to}년까지 ${v.jurisdictions}개 관할권의 ${actions(v.actions)}. 지정 대상은 ${people(v.people)}과 ${organisations(v.organisations)}(상위 기관 포함)이며, 근거는 ${documents(v.sources)}(그중 1차 자료 ${v.primary}건)입니다.`,
    matrix: '관할권별·연도별 조치',
    matrixCaption: '관할권별·연도별 조치 건수. 숫자마다 연표의 해당 조치로 연결됩니다',
    jurisdiction: '관할권',
    total: '합계',
    cell: (count: number, jurisdiction: string, year: string) => `${year}년 ${jurisdiction} 조치 ${count}건`,
    named: '관할권별로 지정된 개인과 기관',
    people: '개인',
    organisations: '기관',
    checked: '대조한 목록',
    checkedIntro: '이 사이트와 대조한 공식 목록과 발표 모음, 대조 결과 일치한 항목, 그리고 알려졌지만 제외한 모든 조치와 그 이유입니다.',
    noChecks: '대조를 마친 목록이나 발표 모음이 아직 기록되지 않았습니다.',
    reconciled: (date: string, count: number) =>
      `${date}에 목록 대조 도구로 이 사이트와 대조: 목록에서 찾은 이 사이트의 개인·기관 ${count}건(각 페이지에 표시).`,
    matched: (count: number) => `사이트 항목과 일치: ${count}건.`,
    read: '열람:',
    copyOf: (date: string) => ` (${date} 사본)`,
    leftOut: (count: number) => `제외 (${count})`,
    gaps: '아직 수록하지 못한 것과 그 이유',
    gapsHtml: (href: Href, newest: string) =>
      [
        `<p>모든 관할권을 통틀어 찾은 가장 최근 조치의 날짜: ${newest}. 그 뒤의 지정은 찾지 못했습니다. 이는 증거가 없다는 뜻일 뿐, 지정이 없었다는 증거는 아닙니다. 각 목록 사본이나 발표 모음에서 확인할 수 없었던 것과 알려졌지만 제외한 모든 조치는 위의 “대조한 목록”에 나와 있습니다.</p>`,
        `<p><a href="${href('/about/#not-covered')}">이 추적기가 처음부터 다루지 않는 것</a>도 참고하십시오.</p>`,
      ].join(''),
  },
  network: {
    title: '조직망',
    description: '전체 조직망: 상위 기관과 그 하위 부대, 그리고 각 관할권이 그 아래에서 지정한 대상.',
    intro: '제재 대상 부대가 상위 기관 아래에 어떻게 자리 잡고 있는지, 각 기관 아래의 개인과 기관을 어느 관할권이 지정했는지 보여 줍니다.',
    byJurisdiction: '상위 기관별로 본 관할권별 지정 대상',
    tableCaption: '지정된 개인과 기관을 소속된 최상위 기관별로 센 수',
    parentBody: '상위 기관',
    noBody: '기록된 기관 없음',
    byBody: '상위 기관별 하위 부대',
    byBodyIntro: '상자마다 기관 하나(괄호 안은 기록된 소속 개인 수)이며 해당 페이지로 연결됩니다. 선은 바로 위 기관으로 이어집니다.',
    truncated: (shown: number, total: number) => `그림에는 전체 ${total}개 중 최상위에 가까운 부대 ${shown}개만 나옵니다. 아래 목록에는 모두 나와 있습니다.`,
    /** A unit's box: its name and the number of people recorded in it. */
    unit: (name: string, people: number) => `${name} (${people})`,
    partOf: '상위 기관:',
  },
  matrix: {
    title: '지정 현황표',
    description: '누가 누구를 지정했고 누가 지정하지 않았는지: 모든 개인과 기관을 7개 관할권과 대조하고 지정마다 날짜를 표시합니다.',
    /** The <title> and heading of one page of a view. */
    heading: (view: string | undefined) => (view ? `지정 현황표: ${view}` : '지정 현황표'),
    pageTitle: (heading: string, sort: string, page: number, pages: number) => `${heading}, ${sort}${pages > 1 ? `, ${pages}쪽 중 ${page}쪽` : ''}`,
    intro:
      '추적기의 개인과 기관마다 한 행, 관할권마다 한 열입니다. 칸에는 그 관할권의 최초 제재 대상 지정과 그 날짜의 종류, 이어서 지정 정보 변경과 지정 해제가 나오며, 각각 해당 조치로 연결됩니다. “미지정”은 이 추적기가 보유한 어떤 조치에서도 그 관할권이 해당 항목을 지정하지 않았다는 뜻입니다.',
    count: (rows: number, view: string) => `“${view}”: ${entries(rows)}.`,
    viewsLabel: '보기',
    sortsLabel: '정렬',
    views: {
      all: '전체',
      people: '개인',
      organisations: '기관',
      groups: '해킹 조직',
      /** "X 지정, Y 미지정". */
      pair: (by: string, notBy: string) => `${by} 지정, ${notBy} 미지정`,
      notUn: '유엔 미지정',
      oneOnly: '한 관할권만 지정',
    },
    sorts: { first: '최초 지정순', jurisdictions: '지정 관할권 수순' },
    caption: (view: string, sort: string) => `관할권별 제재 대상 지정: ${view}, ${sort}. 날짜마다 해당 조치로 연결됩니다.`,
    scrollLabel: '지정 현황표(가로로 스크롤)',
    entity: '개인 또는 기관',
    dateKind: { announced: '발표', effective: '발효', 'carried-over': '승계' },
    amended: (date: string) => `${date} 지정 정보 변경`,
    delisted: (date: string) => `${date} 지정 해제`,
    notDesignated: '미지정',
    legendHeading: '칸 읽는 법',
    legend: {
      announced: '당국이 제재 대상 지정을 발표한 날.',
      effective: '출처가 발표일과 다른 날을 밝힌 경우, 지정이 법적 효력을 가진 날.',
      'carried-over':
        '관할권이 다른 관할권의 지정을 자체 제도로 승계한 날. 영국이 2020년 12월 31일에 유럽연합의 지정을 승계한 것이 그 예이며, 조치 페이지에 원래의 지정이 연결되어 있습니다.',
    },
    legendAmended: '항목의 지정 정보 변경과 그 날짜.',
    legendDelisted: '지정을 끝낸 지정 해제. 지정 해제된 항목도 보기와 합계에서는 지정된 것으로 셉니다.',
    legendNotDesignated: '그 관할권의 어떤 조치도 해당 항목을 제재 대상으로 지정하지 않았음.',
    totals: (rows: number) => `지정(전체 ${entries(rows)} 중)`,
    pagination: '페이지',
    page: (page: number) => `${page}쪽`,
    empty: '이 보기에 해당하는 개인이나 기관이 없습니다.',
    download: '전체 현황표 CSV',
  },
  downloads: {
    title: '내려받기',
    description: '이 추적기의 모든 데이터를 JSON, CSV, FollowTheMoney 엔터티로 제공하며, 모든 필드를 설명합니다.',
    introHtml: (href: Href) =>
      [
        '<p>사이트의 모든 내용을 각자의 도구로 읽을 수 있는 형식으로 제공합니다. 파일은 사이트와 함께 다시 만들어지며, id가 고정되어 있어 행이나 엔터티는 업데이트 뒤에도 같은 id를 유지합니다. 개인, 기관, 조치 페이지마다 해당 항목의 JSON도 연결되어 있습니다.</p>',
        `<p><strong>이용 허락.</strong> 편집된 데이터(선별, 구조, 요약, 링크)는 ${external('https://creativecommons.org/licenses/by/4.0/', '크리에이티브 커먼즈 저작자표시 4.0 국제 라이선스')}에 따라 공개됩니다. “${SITE}”와 해당 페이지나 파일을 밝히고 재사용하십시오. 연결된 문서에는 각 문서의 이용 조건이 적용됩니다.</p>`,
        '<h2 id="graph-json">graph.json</h2>',
        `<p><a href="${href('/data/graph.json')}">/data/graph.json</a>: <code>{ actions, people, organisations, sources, incidents }</code>. id, 사이트 경로, 날짜, 제재 대상, 공동 조치, 이름(한글 포함), 식별 정보, 출처 URL과, 사건마다 피해자, 유형, 피해액, 소행 지목, 조직, 지갑 주소, 이를 인용한 조치를 담습니다. 필드 설명은 JSON Schema에 있습니다: <a href="${href('/data/graph.schema.json')}">/data/graph.schema.json</a>.</p>`,
        '<h2 id="csv">CSV</h2>',
        '<p>RFC 4180: 쉼표로 구분, 필요한 필드만 따옴표로 묶음, CRLF 줄바꿈, UTF-8, 머리글 행 하나. 한 필드 안의 목록은 “; ”로 구분합니다. =, +, - 또는 @로 시작하는 값은 스프레드시트가 수식으로 실행하지 않도록 앞에 아포스트로피를 붙여 씁니다.</p>',
      ].join(''),
    column: '열',
    meaning: '의미',
    outroHtml: (href: Href) =>
      [
        '<h2 id="ftm">FollowTheMoney</h2>',
        `<p><a href="${href('/data/entities.ftm.json')}">/data/entities.ftm.json</a>: 한 줄에 ${external('https://followthemoney.tech/', 'FollowTheMoney')} 엔터티 하나씩, OpenSanctions와 Aleph가 쓰는 형식입니다. 스키마: <code>Person</code>, <code>Organization</code>, <code>Sanction</code>(조치와 제재 대상마다 하나, <code>entity</code>, <code>authority</code>, <code>program</code>, <code>startDate</code>, 나중에 지정 해제된 경우 <code>endDate</code>, <code>sourceUrl</code> 포함), <code>CryptoWallet</code>(<code>publicKey</code>, <code>currency</code>, <code>holder</code>), <code>Membership</code>(개인의 소속), <code>UnknownLink</code>(기관과 그 상위 기관, 역할 “하위 기관”; 조직과 그 소행으로 지목된 사건, 역할 “소행 지목”), <code>Event</code>(사건, <code>date</code>, 조직을 담은 <code>involved</code>, <code>sourceUrl</code> 포함). id는 <code>dprk-tracker-</code>로 시작하며 이 사이트의 id로 만들어집니다.</p>`,
        '<h2 id="feeds">피드와 사이트맵</h2>',
        `<p><a href="${href('/feed.xml')}">/feed.xml</a>(RSS, 최신 조치부터)과 <a href="${href('/sitemap-index.xml')}">/sitemap-index.xml</a>.</p>`,
      ].join(''),
  },
  /** The CSV files and what each column holds, as the downloads page documents them. */
  csv: {
    files: {
      actions: '조치마다 한 행.',
      people: '개인마다 한 행.',
      organisations: '기관마다 한 행.',
      sources: '출처 문서마다 한 행.',
      matrix: '개인과 기관마다 한 행으로, 7개 관할권 각각이 한 일을 담습니다. 지정 현황표를 표로 옮긴 것입니다.',
      incidents: '사건(탈취 또는 공격)마다 한 행.',
    },
    incident: {
      id: '사건의 고정 id.',
      url: '사건 페이지의 경로.',
      title: '사건의 제목.',
      kind: `${orList(INCIDENT_KINDS)}.`,
      occurred: '발생일(YYYY, YYYY-MM 또는 YYYY-MM-DD).',
      disclosed: '출처가 다른 날짜를 제시한 경우 발견 또는 공개일.',
      victim: '출처가 밝힌 피해자.',
      victim_id: '피해자의 기관 항목 id(있는 경우).',
      usd_low: '출처가 보도한 가장 낮은 미국 달러 금액. 없으면 비움.',
      usd_high: '출처가 보도한 가장 높은 미국 달러 금액.',
      assets: '출처가 밝힌 탈취 자산, "; "로 구분.',
      attributed_by: '소행 지목 주체, 종류:주체(government, un-panel, company, researcher) 형식, "; "로 구분.',
      groups: '소행으로 지목된 기관의 id, "; "로 구분.',
      wallets: '관련 지갑 주소, CHAIN:주소 형식, "; "로 구분.',
      actions: '이 사건을 인용한 제재 조치의 id, 오래된 순.',
      source_urls: '사건 전체에 대한 문서의 URL, "; "로 구분.',
    },
    action: {
      id: '조치의 고정 id(URL 슬러그로도 쓰임).',
      url: '이 사이트에서 조치 페이지의 경로.',
      jurisdiction: `${orList(JURISDICTIONS)}.`,
      authority: '조치를 발표한 기관.',
      programme: '제재 프로그램 또는 법적 근거.',
      kind: `${orList(ACTION_KINDS)}.`,
      announced: '발표일, YYYY-MM-DD.',
      effective: '발효일(출처가 밝힌 경우).',
      title: '조치의 제목.',
      designees: '지정된 개인과 기관의 id, "; "로 구분.',
      coordinated_with: '공동 조치의 id, "; "로 구분.',
      source_urls: '조치 관련 문서의 URL, "; "로 구분.',
    },
    person: {
      id: '개인의 고정 id.',
      url: '개인 페이지의 경로.',
      name: '페이지 제목으로 표시되는 이름.',
      names: '출처에 실린 모든 이름 표기(한글 포함), "; "로 구분.',
      born: '공표된 생년월일, "; "로 구분.',
      nationality: '공표된 국적.',
      identifiers: '종류:값 형식의 식별 정보(지갑은 wallet/체인:주소), "; "로 구분.',
      affiliations: '개인이 소속된 기관의 id, "; "로 구분.',
      actions: '이 개인을 지정한 조치의 id, 오래된 것부터.',
    },
    organisation: {
      id: '기관의 고정 id.',
      url: '기관 페이지의 경로.',
      name: '페이지 제목으로 표시되는 이름.',
      kind: `${orList(ORGANISATION_KINDS)}.`,
      names: '출처에 실린 모든 이름 표기, "; "로 구분.',
      parent: '상위 기관의 id(기록된 경우).',
      identifiers: '종류:값 형식의 식별 정보, "; "로 구분.',
      actions: '이 기관을 지정한 조치의 id, 오래된 것부터.',
    },
    source: {
      id: '출처의 고정 id.',
      url: '문서의 공식 URL. 사본만 알려진 경우 비어 있음.',
      copy_url: '공식 URL이 아닌 곳에서 문서의 사본을 읽은 경우 그 위치(저장소의 목록 파일, 재게시된 보도자료).',
      copy_commit: '사본이 저장소에 있는 경우 그 사본의 git 커밋.',
      title: '공표된 제목. 읽은 사본에 제목이 보이지 않아 이 추적기가 붙인 제목은 대괄호로 표시.',
      publisher: '발행처.',
      date: '발행일(YYYY, YYYY-MM 또는 YYYY-MM-DD).',
      type: 'primary(공식 문서, 사본으로 읽은 경우 포함) 또는 secondary.',
      language: '두 글자 언어 코드.',
    },
    /** Five columns per jurisdiction, each prefixed with its code in lower case (kr_first_designated …). */
    matrix: {
      id: '개인 또는 기관의 고정 id.',
      type: 'person 또는 organisation.',
      name: '페이지 제목으로 표시되는 이름.',
      first_designated: (jurisdiction: string) => `${jurisdiction}의 최초 제재 대상 지정일, YYYY-MM-DD. ${jurisdiction}의 지정이 없으면 비어 있음.`,
      date_kind: (jurisdiction: string) =>
        `그 날짜의 종류: announced(발표), effective(발효: 출처가 발표일과 다른 날을 밝힌 경우 법적 효력이 생긴 날) 또는 carried-over(승계: ${jurisdiction}에서 다른 관할권의 지정을 자체 제도로 승계한 날).`,
      amended: (jurisdiction: string) => `${jurisdiction}의 지정 정보 변경 날짜, 오래된 것부터, "; "로 구분.`,
      delisted: (jurisdiction: string) => `${jurisdiction}의 지정 해제 날짜(그 뒤에 다시 지정되지 않은 경우).`,
      actions: (jurisdiction: string) => `이 날짜들의 근거인 ${jurisdiction}의 조치 id(제재 대상 지정, 지정 정보 변경, 지정 해제), "; "로 구분.`,
    },
  },
  about: {
    title: '소개 및 방법론',
    description: '수록 범위, 출처 규칙, 날짜 기준, 인용 방법, 그리고 이 추적기가 다루지 않는 것.',
    bodyHtml: (v: { sources: number; primary: number; href: Href }) =>
      [
        `<p>${SITE}는 각국 정부와 유엔이 북한의 사이버 활동에 부과한 제재를 기록합니다. 대상은 해킹 부대와 해킹 조직, 가상자산 탈취와 자금세탁, 신분을 속이고 해외에 파견된 IT 인력, 그리고 이들을 지휘하는 기관입니다.</p>`,
        '<h2 id="scope">수록 범위</h2>',
        '<p><strong>조치</strong> 하나는 한 당국이 하루에 발표한 한 차례의 조치로, 제재 대상 지정, 지정 정보 변경, 지정 해제 중 하나입니다. 제재 대상 가운데 적어도 하나가 북한의 사이버 활동과 관련된 조치를 수록합니다. 여러 분야가 섞인 조치(예: 미사일 관련 조치에서 정찰총국장도 함께 지정된 경우)는 어느 제재 대상이 수록 범위에 드는지 페이지에 밝힙니다. 관할권: 대한민국(KR), 미국(US), 유엔(UN), 유럽연합(EU), 영국(GB), 일본(JP), 호주(AU).</p>',
        '<h2 id="sourcing">사실의 출처</h2>',
        '<ul>',
        '<li>이름, 날짜, 식별 정보, 소속 등 모든 사실은 하나 이상의 문서를 인용하며, 그 옆에 링크가 있습니다.</li>',
        `<li>1차 자료(외교부·재무부의 보도자료, 관보, 유엔·유럽연합·영국의 제재 목록)를 우선합니다. 언론 보도는 2차 자료입니다. 이 추적기가 인용하는 ${documents(v.sources)} 중 ${v.primary}건이 1차 자료입니다.</li>`,
        '<li>사실마다 신뢰도가 표시됩니다: <strong>확인</strong>(1차 자료가 밝힘), <strong>보도</strong>(언론만 보도함), <strong>불확실</strong>(출처가 서로 어긋나거나 약한 출처 하나뿐임).</li>',
        '<li>날짜, 수, 표기, 상하 관계 등에서 출처가 서로 다르면 페이지는 각 주장을 그 출처와 함께 보여 줍니다. 어떤 값도 말없이 골라 싣지 않습니다.</li>',
        '<li>없는 것을 채워 넣지 않습니다. 생년월일, 여권 번호, 발효일을 밝힌 출처가 없으면 그 칸은 비워 둡니다.</li>',
        '</ul>',
        '<h2 id="dating">조치의 날짜</h2>',
        '<p><strong>발표일</strong>은 당국이 조치를 공개한 날로, 그 당국이 있는 곳의 시간 기준입니다(4월 24일 밤 서울에서 발표된 조치는 워싱턴에서는 아직 4월 23일이었더라도 4월 24일로 적습니다). <strong>발효일</strong>은 조치가 법적 효력을 가진 날이며, 출처가 밝힌 경우에만 표시합니다.</p>',
        '<h2 id="incidents">사건</h2>',
        `<p><a href="${v.href('/incidents/')}">사건</a>은 제재의 배경이 된 탈취와 공격입니다. 이 사이트의 조치가 인용한 사건 전부와, 정부가 북한 행위자의 소행으로 지목한 1,000만 달러 이상의 사건 전부를 다룹니다. 사건마다 누가, 언제, 어떤 표현으로 지목했는지를 정부, 유엔 전문가 패널, 기업으로 나누어 보여 주고, 각 출처가 당시 보도한 피해액(출처마다 다르면 범위로, 자체 추정치는 쓰지 않음), 소행으로 지목된 조직, 관련 지갑 주소, 이 사건을 인용한 조치를 보여 줍니다.</p>`,
        '<h2 id="names">이름</h2>',
        '<p>한국어 이름은 로마자로 여러 가지로 표기됩니다(Ri, Lee, Yi, Rhee). 개인과 기관마다 출처에 실린 모든 표기를 공식 표기, 다른 표기, 별칭으로 구분해 싣고, 한글 표기가 공표된 경우에는 한글 표기도 싣습니다.</p>',
        `<h2 id="search-scores">검색 점수를 매기는 방법</h2><p>${SCORING}</p>`,
        '<h2 id="citing">인용 방법</h2>',
        `<p>페이지의 고유 URL(페이지 URL은 항목 id이며 항목을 수정해도 바뀌지 않습니다)을 열람한 날짜와 함께 인용하고, 되도록 페이지가 연결한 1차 자료를 인용하십시오. 모든 데이터는 <a href="${v.href('/data/graph.json')}">graph.json</a> 파일로도 제공됩니다.</p>`,
        '<h2 id="corrections">수정</h2>',
        '<p>각 항목은 프로젝트의 <code>content/</code> 폴더에 있는 Markdown 파일입니다. 수정은 새 값의 출처와 함께 그 파일을 고치는 것입니다. 형식은 프로젝트의 README에 실제 예시와 함께 설명되어 있습니다.</p>',
        '<h2 id="not-covered">다루지 않는 것</h2>',
        '<ul>',
        '<li>북한의 사이버 활동과 관계없는 대북 제재(예: 해운, 미사일 조달). 다만 같은 조치에서 사이버 관련 제재 대상이 지정된 경우는 예외입니다.</li>',
        '<li>형사 기소, 포상금, 주의보. 제재 조치가 이를 인용하거나 이것이 사건의 소행을 지목한 경우가 아니면 다루지 않으며, 요약에서 언급할 수는 있습니다.</li>',
        '<li>전체를 읽을 수 없었던 공식 목록: 대한민국 외교부의 별첨 일부와 관보 고시 일부, 유엔 1718 목록의 일부. 식별 정보를 목록에서 직접 읽지 못하고 보도로만 확인한 경우에는 보도로 표시합니다.</li>',
        '</ul>',
      ].join(''),
  },
  search: {
    title: '검색',
    description: '어떤 표기, 한글, 별칭, 식별 정보로든 개인, 기관, 조치를 검색합니다.',
    intro: '어떤 로마자 표기로 된 이름이나 한글 이름, 별칭, 여권 번호, 지갑 주소.',
    scoring: SCORING,
    label: '검색',
    button: '검색',
    filters: '결과 좁히기',
    type: '종류',
    jurisdiction: '관할권',
    year: '연도',
    order: '정렬',
    all: '전체',
    types: { Person: '개인', Organisation: '기관', Action: '조치', Incident: '사건' },
    bestMatch: '일치도순',
    newestFirst: '최신순(조치·사건)',
    needsJsHtml: (href: Href) =>
      `검색은 브라우저에서 실행되며 JavaScript가 필요합니다. JavaScript를 쓰지 않는다면 <a href="${href('/people/')}">개인</a>, <a href="${href('/organisations/')}">기관</a>, <a href="${href('/actions/')}">조치</a>, <a href="${href('/incidents/')}">사건</a> 목록을 둘러보십시오.`,
    /** The status line each result page carries in the index. */
    status: {
      action: (jurisdiction: string, kind: string, announced: string) => `${jurisdiction} ${kind}, ${announced}`,
      delisted: (jurisdiction: string, date: string) => `${jurisdiction} ${date} 지정 해제`,
      since: (jurisdiction: string, date: string | undefined) => `${jurisdiction} ${date ?? '?'}부터 지정`,
      incident: (kind: string, occurred: string, amount: string | undefined) => `${kind}, ${occurred}${amount ? `, ${amount}` : ''}`,
      separator: ' · ',
      notDesignated: '미지정',
      parentOfDesignees: '제재 대상 기관의 상위 기관',
      designatedMembers: '소속 인물이 제재 대상',
      attributed: (count: number) => `이 기관의 소행으로 지목된 사건 ${count}건`,
      victim: (count: number) => `사건 ${count}건의 피해자`,
      reasons: ', ',
    },
    /**
     * Strings the search script uses in the browser, handed to it as JSON in a data- attribute:
     * plain templates, "{name}" filled in by the script, `one`/`other` by count (the same in Korean).
     */
    client: {
      needsBuild: '검색은 빌드한 뒤에 작동합니다. `npm start`를 실행하고 빌드된 사이트를 여십시오.',
      filterMatches: { one: '이 조건에 맞는 페이지 {count}개.', other: '이 조건에 맞는 페이지 {count}개.' },
      results: { one: '“{query}” 검색 결과 {count}건{more}.', other: '“{query}” 검색 결과 {count}건{more}.' },
      showingFirst: ', 처음 {max}건 표시',
      undatedOrder: ' 개인과 기관에는 자체 날짜가 없어 일치도순으로 보여 줍니다.',
      noMatch: '“{query}”에 일치하는 결과가 없습니다. 다른 표기, 한글 이름, 식별 정보의 일부로 검색해 보십시오.',
      noMatchClosest: '“{query}”에 일치하는 결과가 없습니다. 일치는 아니지만 가장 가까운 이름:',
      didYouMean: '혹시 찾으시는 이름: ',
      or: ' 또는 ',
      comma: ', ',
      suggestionType: ' ({type})',
      questionMark: '?',
      types: { Person: '개인', Organisation: '기관', Action: '조치', Incident: '사건' },
      typesInSentence: { Person: '개인', Organisation: '기관', Action: '조치', Incident: '사건' },
      closest: '{type} · 가장 가까운 결과(일치 아님)',
      matched: '일치한 이름: {name}',
      nearest: '가장 가까운 이름: {name}',
      score: '점수 {score}/100',
      problems: {
        empty: '검색하려면 이름, 별칭, 식별 정보의 일부를 입력하십시오.',
        tooLong: '검색어가 {max}자를 넘어 어떤 이름이나 식별 정보보다 깁니다. 줄여서 검색하십시오.',
        control: '검색어에 제어 문자나 보이지 않는 방향 표시 문자가 들어 있습니다. 이를 빼고 다시 입력하십시오.',
        markup: '검색어가 HTML 마크업처럼 보입니다. 이름이나 식별 정보만 입력하십시오.',
      },
      separator: ' — ',
    },
  },
  changes: {
    title: '변경 내역',
    description: '이 추적기에 추가되거나 수정된 내용, 날짜순.',
    intro: '콘텐츠의 모든 추가와 수정을 프로젝트의 이력에서 가져와 최신순으로 보여 줍니다. 삭제된 항목은 페이지가 없으므로 파일 이름으로 표시합니다.',
    noHistory: '이 사이트 사본에는 이력이 없습니다.',
    status: { added: '추가', changed: '수정 또는 보완', renamed: '이름 변경(id 수정)', removed: '삭제' },
    files: (status: string, count: number) => `${status}: ${entries(count)}`,
    was: '이전',
  },
  notFound: {
    title: '페이지를 찾을 수 없음',
    intro: '이 주소에는 페이지가 없습니다. 항목이 수정되면서 주소가 바뀌었을 수 있습니다.',
    linksHtml: (href: Href) =>
      [
        `<li>이름, 별칭, 식별 정보로 <a href="${href('/search/')}">검색</a></li>`,
        `<li><a href="${href('/timeline/')}">연표</a> 둘러보기</li>`,
        `<li><a href="${href('/people/')}">개인</a> 목록과 <a href="${href('/organisations/')}">기관</a> 목록 둘러보기</li>`,
      ].join(''),
  },

  // Feeds and exports.
  feed: {
    title: `${SITE}: 새 조치`,
    description: '북한 사이버 활동에 대한 제재 조치, 최신순, 조치마다 출처 포함.',
    item: (v: { jurisdiction: string; authority: string; date: string; kind: string; people: number; organisations: number }) =>
      `${v.jurisdiction}, ${v.authority}, ${v.date}: ${v.kind}(${people(v.people)}, ${organisations(v.organisations)}).`,
    incidentTitle: (title: string) => `사건: ${title}`,
    incidentItem: (v: { date: string; kind: string; victim: string; attributors: readonly string[] }) =>
      `${v.date}: ${v.kind}, 피해자: ${v.victim}, 소행 지목: ${v.attributors.join(', ')}.`,
  },
  structuredData: { legislationType: (kind: string) => `제재 조치(${kind})` },
  ftm: {
    authority: (authority: string, jurisdiction: string) => `${authority} (${jurisdiction})`,
    subordinateBody: '하위 기관',
    attributedTo: '소행 지목',
    incidentSummary: (kind: string, victim: string) => `${kind}; 피해자: ${victim}`,
  },
} satisfies Dictionary;
