/**
 * The shape of a report template file (templates/report/*.yaml): which keys
 * exist, which are free text and which placeholders each text may use. The
 * ReportTemplate type is derived from this one description, so the validator
 * and the renderer cannot drift apart.
 */

export const SECTION_IDS = ['direction', 'results', 'targets', 'assessment', 'nextTasks', 'proposals'] as const;
export type SectionId = (typeof SECTION_IDS)[number];
export const COMPARISONS = ['previous', 'lastYear'] as const;
export type Comparison = (typeof COMPARISONS)[number];
/** Appendices a report can carry, in the order the template lists them. */
export const APPENDIX_IDS = ['indicators', 'keyRates', 'reporting', 'narratives'] as const;
export type AppendixId = (typeof APPENDIX_IDS)[number];

/** Placeholders every text may use. */
export const GLOBAL_PLACEHOLDERS = [
  'period',
  'periodShort',
  'year',
  'nextPeriod',
  'nextShort',
  'previousPeriod',
  'previousShort',
  'lastYearPeriod',
  'lastYearShort',
  'body',
  'bodyName',
  'place',
  'plan',
  'symbol',
] as const;

export interface TextSpec {
  readonly type: 'text';
  /** Placeholders this text may use besides the global ones. */
  readonly extra: readonly string[];
}
export interface MapSpec {
  readonly type: 'map';
  readonly fields: Readonly<Record<string, FieldSpec>>;
}
export interface EnumListSpec {
  readonly type: 'enum-list';
  readonly values: readonly string[];
}
export type FieldSpec = TextSpec | MapSpec | EnumListSpec;

const text = <const E extends readonly string[] = []>(extra?: E) => ({ type: 'text', extra: extra ?? [] }) as const;
const map = <const F extends Record<string, FieldSpec>>(fields: F) => ({ type: 'map', fields }) as const;
const list = <const V extends readonly string[]>(values: V) => ({ type: 'enum-list', values }) as const;

const COMPLETENESS = ['expected', 'submitted', 'onTime', 'late', 'missing', 'partial', 'invalid', 'reportingRate', 'onTimeRate'] as const;
const COUNT_LIST = ['count', 'list'] as const;

const APPENDIX = map({ title: text(), pointer: text(['number']) });
const TARGET_TEXTS = ['threshold', 'by', 'year'] as const;

export const TEMPLATE_SPEC = map({
  documentType: text(),
  subject: text(),
  nationalTitle: text(),
  motto: text(),
  intro: text(['basis', 'window']),
  basis: map({
    lead: text(['documents']),
    plan: text(['number', 'date', 'issuer', 'subject']),
    planUnnumbered: text(),
    annualPlan: text(['number', 'date', 'issuer', 'subject']),
    annualPlanSubject: text(),
    request: text(['document', 'number', 'date', 'issuer', 'subject']),
  }),
  window: text(['from', 'to']),
  sections: list(SECTION_IDS),
  compare: list(COMPARISONS),
  appendixOrder: list(APPENDIX_IDS),
  headings: map({
    direction: text(),
    results: text(),
    targets: text(),
    assessment: text(),
    strengths: text(),
    shortcomings: text(),
    nextTasks: text(),
    proposals: text(),
    area: text(['code', 'area']),
  }),
  phrases: map({
    reporting: text(COMPLETENESS),
    appendixPointers: text(['list']),
    noNarrative: text(),
    unitText: text(['unit', 'text']),
    sharedText: text(['text', 'units', 'count']),
    tasks: text(['count', 'parts']),
    taskDone: text(['count']),
    taskInProgress: text(['count']),
    taskNotStarted: text(['count']),
    taskUnreported: text(['count']),
    taskLagging: text(['task', 'notStarted', 'expected', 'units']),
    targetsMet: text(['met', 'judged', 'list']),
    areaTargets: text(['area', 'met', 'judged']),
    mainResults: text(['list']),
    mainResult: text(['name', 'value']),
    noTargetsMet: text(),
    targetsNotMet: text(['count', 'judged', 'list']),
    allTargetsMet: text(),
    missingUnits: text(COUNT_LIST),
    lateUnits: text(COUNT_LIST),
    partialUnits: text(COUNT_LIST),
    excludedUnits: text(COUNT_LIST),
    others: text(['count']),
    targetsIntro: text(),
    noNextTasks: text(),
    noProposals: text(),
    difficulty: text(['issue', 'units', 'causes']),
    difficultyNoCause: text(['issue', 'units']),
    difficultyUnits: text(['units']),
    levelCount: text(['count', 'total', 'level']),
    levelCountNamed: text(['count', 'total', 'level', 'units']),
    levelCountExcept: text(['count', 'total', 'level', 'units']),
    levelUnits: text(['count', 'level']),
    otherDifficulties: text(['count']),
    proposalsTo: text(['addressee']),
    proposalOf: text(['text', 'units']),
    bodyProposals: text(['count', 'units']),
    closing: text(),
  }),
  figures: map({
    unitBefore: text(),
    duringPeriod: text(),
    asOf: text(['date']),
    yearToDate: text(['date']),
    rate: text(['name', 'value', 'counts']),
    counts: text(['numerator', 'denominator', 'unit']),
    amount: text(['name', 'value']),
    lowest: text(['name', 'value', 'holders']),
    highest: text(['name', 'value', 'holders']),
    holders: text(['units']),
    flagYes: text(['name']),
    flagNo: text(['name']),
    flagCount: text(['name', 'yes', 'reporting']),
    flagNameDrop: text(),
    change: map({ up: text(['amount', 'period']), down: text(['amount', 'period']), same: text(['period']) }),
    points: text(['value']),
    comparedWith: map({ previous: text(), lastYear: text() }),
    target: map({
      met: text(TARGET_TEXTS),
      notMet: text(TARGET_TEXTS),
      metFlag: text(TARGET_TEXTS),
      notMetFlag: text(TARGET_TEXTS),
      later: text(TARGET_TEXTS),
      by: text(TARGET_TEXTS),
      noData: text(TARGET_TEXTS),
      notApplicable: text([...TARGET_TEXTS, 'condition']),
    }),
    level: text(['level', 'value', 'target']),
    spread: text(['met', 'total', 'level', 'units']),
    spreadAllMet: text(['met', 'total', 'level']),
    spreadNoneMet: text(['total', 'level', 'units']),
    spreadUnit: text(['unit', 'value']),
  }),
  targetWords: map({
    atLeast: text(['min']),
    atLeastStretch: text(['min', 'stretch']),
    atMost: text(['max']),
    between: text(['min', 'max']),
    exactly: text(['value']),
    yes: text(),
    no: text(),
    change: text(['verb', 'amount', 'against']),
    changeOnly: text(['direction', 'against']),
    increase: text(),
    decrease: text(),
    higher: text(),
    lower: text(),
  }),
  captions: map({
    areaTable: text(['number', 'area', 'code']),
    targetsTable: text(['number']),
    chart: text(['number']),
    chartNote: text(),
    chartValueAxis: text(),
    chartCategoryAxis: text(),
    chartTarget: text(['series']),
    keyRatesLevel: text(['level', 'count']),
  }),
  columns: map({
    number: text(),
    indicator: text(),
    unit: text(),
    value: text(),
    previous: text(),
    lastYear: text(),
    yearToDate: text(),
    target: text(),
    status: text(),
    all: text(),
    level: text(),
    unitName: text(),
    unitKind: text(),
    submitted: text(),
    reportStatus: text(),
    note: text(),
  }),
  status: map({
    met: text(),
    'not-met': text(),
    'no-data': text(),
    'not-due': text(),
    'not-applicable': text(),
    'no-target': text(),
  }),
  unitStatus: map({
    'on-time': text(),
    late: text(['days']),
    partial: text(),
    missing: text(),
    invalid: text(),
  }),
  values: map({ yes: text(), no: text(), none: text() }),
  appendices: map({
    number: text(['number']),
    indicators: APPENDIX,
    keyRates: map({ title: text(), pointer: text(['number']), note: text() }),
    reporting: APPENDIX,
    narratives: map({
      title: text(),
      pointer: text(['number']),
      results: text(),
      shortcomings: text(),
      nextTasks: text(),
      proposals: text(),
    }),
    attachedTo: text(),
  }),
  recipientsLabel: text(),
});

/** The TypeScript shape described by a spec. */
export type FromSpec<S> = S extends TextSpec
  ? string
  : S extends { type: 'enum-list'; values: readonly (infer V)[] }
    ? V[]
    : S extends { type: 'map'; fields: infer F }
      ? { [K in keyof F]: FromSpec<F[K]> }
      : never;

/** A complete, validated report template. */
export type ReportTemplate = FromSpec<typeof TEMPLATE_SPEC>;

/** Placeholders in a text: `{name}` with a word name. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}
