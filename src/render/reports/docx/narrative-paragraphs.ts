import type { AreaNarratives } from '../../../consolidate/types.js';
import type { ReportInput } from '../report-input.js';
import { compileNarrative, fill, listNames, type NarrativeField } from '../report-text.js';
import { bodyParagraphXml, runsXml, runXml } from './wordml.js';
import { XmlBlock } from './xml-block.js';

/**
 * The compiled narrative of one area for one field: the lead department's
 * paragraphs, then the template's lead-in and each unit's text attributed to it.
 * Empty when nobody wrote anything (the caller decides what to say then).
 * Written as WordprocessingML text: there can be a paragraph per unit.
 */
export function narrativeParagraphs(area: AreaNarratives | undefined, field: NarrativeField, input: ReportInput): XmlBlock[] {
  const compiled = compileNarrative(area, field);
  const block = new XmlBlock();
  for (const p of compiled.lead) block.write(bodyParagraphXml(runsXml(p)));
  if (compiled.units.length) {
    // The lead-in introduces what units achieved; other fields list the units' texts directly.
    const intro = field === 'results' ? fill(input.template.phrases.unitsIntro, input) : '';
    if (intro !== '') block.write(bodyParagraphXml(runsXml(intro, { italics: true })));
    const t = input.template.phrases;
    for (const line of compiled.units) {
      if (line.kind === 'shared') {
        const text = fill(t.sharedText, input, { text: line.text, units: listNames(line.units), count: line.units.length });
        block.write(bodyParagraphXml(runsXml(`- ${text}`)));
        continue;
      }
      const text = fill(t.unitText, input, { unit: line.unit, text: line.text });
      const colon = text.indexOf(': ');
      // The unit's name in italics, so the attribution stands out.
      block.write(
        bodyParagraphXml(
          colon > 0 ? runXml(`- ${text.slice(0, colon + 1)}`, { italics: true }) + runXml(text.slice(colon + 1)) : runsXml(`- ${text}`),
        ),
      );
    }
  }
  return block.empty ? [] : [block];
}
