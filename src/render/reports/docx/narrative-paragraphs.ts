import type { AreaNarratives } from '../../../consolidate/types.js';
import type { ReportInput } from '../report-input.js';
import { compileNarrative, fill, listNames, type CompiledNarrative, type NarrativeField } from '../report-text.js';
import type { Block } from './block.js';
import { bodyParagraphXml, runsXml, runXml } from './wordml.js';
import { XmlBlock } from './xml-block.js';

const FIELDS: readonly NarrativeField[] = ['results', 'shortcomings', 'nextTasks', 'proposals'];

/**
 * What every unit wrote in one area for one field, into `block`: the field's
 * name, the lead department's paragraphs, then each unit's text attributed to
 * it (a sentence several units wrote word for word once, with their names).
 * Written as WordprocessingML text: a paragraph per unit.
 */
function writeNarrative(block: XmlBlock, compiled: CompiledNarrative, field: NarrativeField, input: ReportInput): void {
  block.write(bodyParagraphXml(runsXml(fill(input.template.appendices.narratives[field], input), { italics: true })));
  for (const p of compiled.lead) block.write(bodyParagraphXml(runsXml(p)));
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

/**
 * The detailed annex: for each area, what every unit wrote, field by field
 * (the body only carries the areas' leads and the figures).
 */
export function narrativesAppendixContent(input: ReportInput): Block[] {
  const c = input.consolidation;
  const block = new XmlBlock();
  for (const area of c.areas) {
    const narratives: AreaNarratives | undefined = c.narratives.find((n) => n.area === area.id);
    const fields = FIELDS.map((field) => ({ field, compiled: compileNarrative(narratives, field) })).filter(
      ({ compiled }) => compiled.lead.length > 0 || compiled.units.length > 0,
    );
    if (fields.length === 0) continue;
    block.write(bodyParagraphXml(runsXml(`${area.code}. ${area.title}`, { bold: true })));
    for (const { field, compiled } of fields) writeNarrative(block, compiled, field, input);
  }
  return block.empty ? [] : [block];
}
