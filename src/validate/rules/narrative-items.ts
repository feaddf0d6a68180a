import type { Rule } from '../rule.js';
import type { Finding } from '../finding.js';
import { ADDRESSEES, narrativeLists } from '../../model/submission.js';
import { addresseeNames } from '../../repo/addressees.js';
import { diagnosticWords as w } from '../../i18n/diagnostics.js';

const QUOTE_MAX = 60;

function quote(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return `"${one.length > QUOTE_MAX ? `${one.slice(0, QUOTE_MAX - 1)}…` : one}"`;
}

/**
 * Every difficulty has its cause and every proposal its addressee, so the
 * consolidated report can give each shortcoming with its cause and send up only
 * what is addressed above the compiling body. Missing ones are hints (info),
 * never errors: reports in the old text forms stay valid. A cause written
 * without its difficulty is a warning: it is not consolidated.
 */
export const narrativeItems: Rule = {
  id: 'narrative-items',
  check(sub, ctx) {
    const out: Finding[] = [];
    let choices: string | undefined;
    const choiceList = (): string => {
      const names = addresseeNames(ctx.config.body);
      choices ??= ADDRESSEES.map((code) =>
        w.t('addressee.choice', { code, label: names[code] ?? w.t(code === 'central' ? 'addressee.central' : `addressee.generic.${code}`) }),
      ).join(', ');
      return choices;
    };
    for (const area in sub.areas) {
      const narrative = sub.areas[area]!.narrative;
      const base = ['areas', area, 'narrative'];
      const { difficulties, proposals } = narrativeLists(narrative);
      for (const { item, at } of difficulties) {
        if (at[0] === 'shortcomings') {
          out.push({ severity: 'info', code: 'difficulties-as-text', params: {}, path: [...base, ...at] });
        } else if (!item.issue) {
          out.push({ severity: 'warning', code: 'difficulty-without-issue', params: { cause: quote(item.cause ?? '') }, path: [...base, ...at, 'issue'] });
        } else if (!item.cause) {
          out.push({ severity: 'info', code: 'difficulty-without-cause', params: { issue: quote(item.issue) }, path: [...base, ...at, 'cause'] });
        }
      }
      for (const { item, at } of proposals) {
        if (at.length === 1) {
          out.push({ severity: 'info', code: 'proposals-as-text', params: { choices: choiceList() }, path: [...base, ...at] });
        } else if (!item.to) {
          out.push({
            severity: 'info',
            code: 'proposal-without-addressee',
            params: { text: quote(item.text), choices: choiceList() },
            path: [...base, ...at, 'to'],
          });
        }
      }
    }
    return out;
  },
};
