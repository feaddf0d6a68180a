import type { UnitKind } from '../plan/model.js';

/** One reporting unit of the repository's units.yaml. */
export interface Unit {
  id: string;
  name: string;
  kind: UnitKind;
  /** ISO dates; absent = open-ended. */
  validFrom?: string;
  validTo?: string;
  /** Area ids this unit leads (it writes the area's thematic narrative). */
  leads: string[];
  /** Roles of the plan this unit plays beyond its kind and led areas ("the district radio station"). */
  roles?: string[];
}

export type PeriodKind = 'quarter' | 'half' | 'year';

export interface Signer {
  /** "TM. ỦY BAN NHÂN DÂN" */
  authority: string;
  /** "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / "CHỦ TỊCH" (may span lines with \n) */
  title: string;
  name: string;
}

/** A document the report cites: its number and symbol, date of issue, and optionally issuer and subject. */
export interface DocumentRef {
  /** "3148/KH-UBND" */
  number: string;
  /** ISO date of issue. */
  date: string;
  /** Issuing body as cited ("UBND huyện Tứ Kỳ"); default: the compiling body's short name. */
  issuer?: string;
  /** Subject as cited after "về" ("thực hiện cải cách hành chính …"). */
  subject?: string;
}

/** A request of the level above for the report (a Công văn of the Sở Nội vụ…). */
export interface RequestRef {
  /** Kind of document: "Công văn", "Văn bản", "Kế hoạch". */
  document: string;
  number: string;
  date: string;
  issuer: string;
  /** "về việc báo cáo …"; may be absent. */
  subject?: string;
  /** Periods it applies to (2024Q2, 2024S1, 2024; a year may be written as a number); absent = every report. */
  periods?: (string | number)[];
}

/** What the introduction of a report cites. */
export interface ReportBasis {
  /** The body's multi-year CCHC plan (the plan file encodes its targets). */
  plan?: DocumentRef;
  /** The body's CCHC plan of each year, by year ("2024"). */
  annualPlans?: Record<string, DocumentRef>;
  /** Requests of the level above. */
  requests?: RequestRef[];
}

/** cchc.yaml: everything about the compiling body and its reporting rules. */
export interface RepoConfig {
  body: {
    /** Issuing body, upper case: "ỦY BAN NHÂN DÂN HUYỆN TỨ KỲ" */
    name: string;
    /** Parent body, upper case: "UBND TỈNH HẢI DƯƠNG" (may be empty) */
    parent: string;
    /** Short name in running text: "UBND huyện Tứ Kỳ" */
    shortName: string;
    /** Place name for dates: "Tứ Kỳ" */
    place: string;
    /** Document symbol suffix: "BC-UBND" */
    symbol: string;
  };
  signer: Signer;
  recipients: string[];
  /** Path of the plan file relative to the repository, or absent for the bundled default. */
  plan?: string;
  /** Plans by date: each from `from` (the first quarter day; absent on the first = from the start) until the next one's. */
  plans?: { from?: string; file?: string }[];
  /** Day of the period's last month by which units must submit. */
  due: Record<PeriodKind, number>;
  /** Data cut-off day of month (the 14th rule). */
  cutoffDay: number;
  /**
   * A unit ending before a quarter's cut-off (validTo in units.yaml) owes that
   * quarter's report for its final days; default false: its last report is for
   * the last quarter whose cut-off it reached.
   */
  finalDays: boolean;
  /**
   * How a half or a year built from quarters is judged late: `parts` (each
   * quarter against its own due date, the default) or `period` (every part
   * against the half's or year's due date).
   */
  lateness: 'parts' | 'period';
  /** Baseline values by year then indicator id, e.g. {2021: {dv-sncl: 45}}. */
  baselines: Record<string, Record<string, number>>;
  validation: {
    /** A value more than this many times (or less than 1/this of) the previous period's is a warning. */
    jumpFactor: number;
  };
  /** Optional path to the repository's own report templates folder. */
  templates?: string;
  /** Documents the report's introduction cites. */
  basis: ReportBasis;
}

export const DEFAULT_CONFIG: Pick<RepoConfig, 'due' | 'cutoffDay' | 'finalDays' | 'lateness' | 'baselines' | 'validation' | 'recipients' | 'basis'> = {
  due: { quarter: 12, half: 12, year: 10 },
  cutoffDay: 14,
  finalDays: false,
  lateness: 'parts',
  baselines: {},
  validation: { jumpFactor: 3 },
  recipients: [],
  basis: {},
};
