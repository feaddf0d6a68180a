import { Document, Packer, type Paragraph, type Table } from 'docx';
import { readZipEntries, ZipWriter } from '../../../util/zip.js';
import { trendChartOptions } from '../chart/trend-chart.js';
import type { ReportInput } from '../report-input.js';
import { fill, sectionNumber } from '../report-text.js';
import { documentText } from '../../xml-safe.js';
import type { SectionId } from '../template/template-spec.js';
import { appendixBlocks } from './appendices.js';
import { areaContent } from './area-section.js';
import { assessmentContent, nextTasksContent, proposalsContent } from './assessment-section.js';
import { appendixPointersText, introText, reportingText } from '../synthesis/intro-text.js';
import type { Block } from './block.js';
import { chartFigure } from './chart-figure.js';
import type { Counters } from './counters.js';
import { headingBlock, titleBlock } from './heading-block.js';
import { appendixSectionSetup, documentStyles, FONT, sectionSetup } from './page-setup.js';
import { signatureBlock } from './signature-block.js';
import { targetsContent } from './targets-section.js';
import { bodyParagraph, sectionHeading, subHeading } from './text.js';
import { XmlBlock } from './xml-block.js';
import { XmlSplicer } from './xml-splicer.js';

function chartBlocks(input: ReportInput, counters: Counters): Block[] {
  const t = input.template;
  const captionText = fill(t.captions.chart, input, { number: counters.figure + 1 });
  const chart = trendChartOptions(
    input.consolidation.trend,
    {
      valueAxis: fill(t.captions.chartValueAxis, input),
      categoryAxis: fill(t.captions.chartCategoryAxis, input),
      target: (series) => fill(t.captions.chartTarget, input, { series }),
      description: captionText,
    },
    FONT,
  );
  if (!chart) return [];
  counters.figure++;
  return chartFigure(chart, captionText, fill(t.captions.chartNote, input));
}

/** The content of one body section, under its heading. */
function sectionContent(id: SectionId, input: ReportInput, counters: Counters): Block[] {
  const c = input.consolidation;
  const t = input.template;
  const [first, ...rest] = c.areas;
  switch (id) {
    case 'direction':
      return first ? areaContent(first, input) : [];
    case 'results':
      return [
        ...rest.flatMap((area, i) => [
          subHeading(`${i + 1}. ${fill(t.headings.area, input, { code: area.code, area: area.title })}`),
          ...areaContent(area, input),
        ]),
        ...chartBlocks(input, counters),
      ];
    case 'targets':
      return targetsContent(input, counters);
    case 'assessment':
      return assessmentContent(input);
    case 'nextTasks':
      return nextTasksContent(input);
    case 'proposals':
      return proposalsContent(input);
  }
}

/** Everything between the heading block and the signature: intro, sections I–V, closing. */
function body(input: ReportInput, counters: Counters): Block[] {
  const t = input.template;
  const out: Block[] = [];
  const intro = introText(input);
  if (intro !== '') out.push(bodyParagraph(intro));
  const sources = [reportingText(input), appendixPointersText(input, input.appendices)].filter((x) => x !== '').join(' ');
  if (sources !== '') out.push(bodyParagraph(sources));
  t.sections.forEach((id, i) => {
    out.push(sectionHeading(`${sectionNumber(i)}. ${fill(t.headings[id], input).toUpperCase()}`));
    out.push(...sectionContent(id, input, counters));
  });
  const closing = fill(t.phrases.closing, input);
  if (closing !== '') out.push(bodyParagraph(closing));
  return out;
}

/** A report document built by the docx library, with the blocks it still lacks. */
export interface ReportDocument {
  document: Document;
  /** Splices the XmlBlocks into the packed word/document.xml. */
  splicer: XmlSplicer;
}

/** The consolidated report as a Word document in the format of Nghị định 30/2020/NĐ-CP. */
export function buildReportDocument(input: ReportInput): ReportDocument {
  const t = input.template;
  const counters: Counters = { table: 0, figure: 0 };
  const splicer = new XmlSplicer();
  const docxBlocks = (blocks: readonly Block[]): (Paragraph | Table)[] =>
    blocks.map((b) => (b instanceof XmlBlock ? splicer.placeholder(b) : b));
  const setup = sectionSetup();
  const children = docxBlocks([
    headingBlock({
      parentBody: input.body.parent,
      issuingBody: input.body.name,
      symbol: input.body.symbol,
      place: input.body.place,
      date: input.date,
      nationalTitle: fill(t.nationalTitle, input),
      motto: fill(t.motto, input),
    }),
    ...titleBlock(fill(t.documentType, input), fill(t.subject, input)),
    ...body(input, counters),
    ...signatureBlock({
      authority: input.signer.authority,
      title: input.signer.title,
      name: input.signer.name,
      recipientsLabel: fill(t.recipientsLabel, input),
      recipients: input.recipients,
    }),
  ]);
  const appendices = docxBlocks(appendixBlocks(input));
  const document = new Document({
    creator: documentText(input.body.shortName),
    title: documentText(`${fill(t.documentType, input)} ${fill(t.subject, input).replace(/\n/g, ' ')}`),
    description: `cchc ${input.consolidation.period.id}`,
    lastModifiedBy: documentText(input.body.shortName),
    revision: 1,
    styles: documentStyles(),
    sections: [
      { ...setup, children },
      { ...appendixSectionSetup(), children: appendices },
    ],
  });
  return { document, splicer };
}

/** A relationship id the docx library makes at random (nanoid, lower case): the chart's and its workbook's. */
const RANDOM_ID = /(?<![\w-])rId[0-9a-z_-]{21}(?![\w-])/g;

/**
 * The parts with the docx library's random relationship ids (its PackagePart,
 * which writes the chart, names them with nanoid) renamed "rIdPart1", … in
 * order of appearance, so that the same report gives the same bytes. Only the
 * library's parts are here: word/document.xml before the large blocks are spliced in.
 */
function stableRelationshipIds(files: readonly { name: string; data: Buffer }[]): { name: string; data: Buffer }[] {
  const names = new Map<string, string>();
  return files.map((f) => {
    if (!/\.(xml|rels)$/.test(f.name)) return f;
    const text = f.data.toString('utf8');
    const renamed = text.replace(RANDOM_ID, (id) => {
      let name = names.get(id);
      if (name === undefined) names.set(id, (name = `rIdPart${names.size + 1}`));
      return name;
    });
    return renamed === text ? f : { name: f.name, data: Buffer.from(renamed, 'utf8') };
  });
}

/**
 * Renders the Word report to the bytes of a .docx file: the docx library packs
 * the document with placeholders, the blocks are spliced into
 * word/document.xml, and the parts are zipped again. The spliced document is
 * never held as one piece: its parts are deflated as one stream, then let go.
 */
export async function renderDocx(input: ReportInput): Promise<Buffer> {
  const { document, splicer } = buildReportDocument(input);
  const files = stableRelationshipIds(await readZipEntries(await Packer.toBuffer(document)));
  const zip = new ZipWriter();
  for (const f of files) await zip.add(f.name, f.name === 'word/document.xml' ? splicer.splice(f.data) : f.data);
  return zip.finish();
}
