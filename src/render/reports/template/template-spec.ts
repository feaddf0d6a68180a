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

export const TEMPLATE_SPEC = map({
  documentType: text(),
  subject: text(),
  nationalTitle: text(),
  motto: text(),
  intro: text(),
  sections: list(SECTION_IDS),
  compare: list(COMPARISONS),
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
    unitsIntro: text(),
    unitText: text(['unit', 'text']),
    sharedText: text(['text', 'units', 'count']),
    noNarrative: text(),
    tasks: text(['count', 'total', 'done', 'inProgress', 'notStarted', 'notReported']),
    targetsMet: text(['met', 'judged', 'list']),
    noTargetsMet: text(),
    targetsNotMet: text(COUNT_LIST),
    allTargetsMet: text(),
    missingUnits: text(COUNT_LIST),
    lateUnits: text(COUNT_LIST),
    partialUnits: text(COUNT_LIST),
    excludedUnits: text(COUNT_LIST),
    targetsIntro: text(),
    noProposals: text(),
    closing: text(),
  }),
  captions: map({
    areaTable: text(['number', 'area', 'code']),
    targetsTable: text(['number']),
    chart: text(['number']),
    chartNote: text(),
    chartValueAxis: text(),
    chartCategoryAxis: text(),
    chartTarget: text(['series']),
  }),
  columns: map({
    number: text(),
    indicator: text(),
    unit: text(),
    value: text(),
    previous: text(),
    lastYear: text(),
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
    indicators: map({ number: text(), title: text() }),
    reporting: map({ number: text(), title: text() }),
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
