// The repository's list of common difficulties (templates/form/kho-khan-thuong-gap.yaml, the list the
// forms offer): units that meet one of them write it word for word, as a clerk picking it from the
// form's drop-down would, so the consolidation can count them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const LIST = YAML.parse(readFileSync(fileURLToPath(new URL('../../../templates/form/kho-khan-thuong-gap.yaml', import.meta.url)), 'utf8'), {
  schema: 'core',
});

/**
 * The common difficulty of `area` whose issue contains `words`, as `{ issue, cause }`; `cause`
 * replaces the list's usual cause when the unit gives its own.
 */
export function common(area, words, cause) {
  const hits = (LIST[area] ?? []).filter((d) => d.issue.includes(words));
  if (hits.length !== 1) throw new Error(`common difficulty "${words}" of ${area}: ${hits.length} matches`);
  return { issue: hits[0].issue, cause: cause ?? hits[0].cause };
}

/** Every common difficulty of an area, in the list's order. */
export function commonList(area) {
  return (LIST[area] ?? []).map((d) => ({ issue: d.issue, cause: d.cause }));
}
