import type { Paragraph } from 'docx';
import type { AreaNarratives } from '../../../consolidate/types.js';
import type { ReportInput } from '../report-input.js';
import { compileNarrative, fill, listNames, type NarrativeField } from '../report-text.js';
import { bodyParagraph, run } from './text.js';

/**
 * The compiled narrative of one area for one field: the lead department's
 * paragraphs, then the template's lead-in and each unit's text attributed to it.
 * Empty when nobody wrote anything (the caller decides what to say then).
 */
export function narrativeParagraphs(area: AreaNarratives | undefined, field: NarrativeField, input: ReportInput): Paragraph[] {
  const compiled = compileNarrative(area, field);
  const out = compiled.lead.map((p) => bodyParagraph(p));
  if (compiled.units.length) {
    // The lead-in introduces what units achieved; other fields list the units' texts directly.
    const intro = field === 'results' ? fill(input.template.phrases.unitsIntro, input) : '';
    if (intro !== '') out.push(bodyParagraph(intro, { italics: true }));
    const t = input.template.phrases;
    for (const line of compiled.units) {
      if (line.kind === 'shared') {
        const text = fill(t.sharedText, input, { text: line.text, units: listNames(line.units), count: line.units.length });
        out.push(bodyParagraph(`- ${text}`));
        continue;
      }
      const text = fill(t.unitText, input, { unit: line.unit, text: line.text });
      const colon = text.indexOf(': ');
      // The unit's name in italics, so the attribution stands out.
      out.push(
        colon > 0
          ? bodyParagraph([run(`- ${text.slice(0, colon + 1)}`, { italics: true }), run(text.slice(colon + 1))])
          : bodyParagraph(`- ${text}`),
      );
    }
  }
  return out;
}
