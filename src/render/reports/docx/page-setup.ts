import {
  AlignmentType,
  Header,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type ISectionPropertiesOptions,
} from 'docx';

/**
 * Page and type settings of Nghị định 30/2020/NĐ-CP, Phụ lục I. Lengths are in
 * twentieths of a point (twips): 1 mm = 56.69 twips.
 */
export const MM = 1440 / 25.4;
export const twips = (mm: number): number => Math.round(mm * MM);

export const PAGE = {
  /** A4 portrait. */
  width: 11906,
  height: 16838,
  /** Top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
  margin: { top: twips(20), bottom: twips(20), left: twips(30), right: twips(15) },
  /** Distance of the page-number header from the top edge (inside the top margin). */
  headerDistance: twips(10),
} as const;

/** Width of the text block: what tables share among their columns. */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
/** Width of the text block on the landscape pages of the appendices. */
export const LANDSCAPE_TEXT_WIDTH = PAGE.height - PAGE.margin.left - PAGE.margin.right;

export const FONT = 'Times New Roman';
export const BLACK = '000000';

/** Sizes in points, per element of the format table. */
export const SIZE = {
  nationalTitle: 12,
  motto: 13,
  parentBody: 13,
  issuingBody: 13,
  docNumber: 13,
  placeDate: 14,
  documentType: 14,
  subject: 14,
  body: 14,
  pageNumber: 13,
  table: 12,
  tableHeader: 12,
  tableNote: 10,
  caption: 13,
  signerAuthority: 14,
  signerName: 14,
  recipientsLabel: 12,
  recipients: 11,
  appendixNumber: 14,
  appendixTitle: 13,
} as const;

/** Body paragraphs: first-line indent 1,27 cm, 6 pt after, line spacing 1,15. */
export const BODY = {
  firstLineIndent: twips(12.7),
  spacingAfter: 120,
  line: 276,
} as const;

/** The document's language: Word and LibreOffice check the spelling of the text as Vietnamese. */
export const LANGUAGE = 'vi-VN';

/**
 * The paragraph styles of the report, by id: the built-in names Word and
 * LibreOffice know (headings feed the Navigation pane and a table of
 * contents), each carrying the format of Nghị định 30/2020/NĐ-CP, so that a
 * paragraph needs only its style.
 */
export const STYLE = {
  /** "I. CÔNG TÁC CHỈ ĐẠO…": a body section. */
  heading1: 'Heading1',
  /** "1. Cải cách thể chế": an area or a part of a section. */
  heading2: 'Heading2',
  /** "a) …": a point under it. */
  heading3: 'Heading3',
  /** Body text: justified, first-line indent, 6 pt after. */
  body: 'BodyText',
  /** Table and figure captions: italic, centred. */
  caption: 'Caption',
  /** "Nơi nhận:": bold italic 12 pt. */
  recipientsLabel: 'NoiNhan',
  /** The recipients under it: 11 pt. */
  recipients: 'NoiNhanDanhSach',
} as const;

/** Headings are indented like the body and kept with what follows them. */
function headingStyle(outlineLevel: number, run: { bold?: boolean; italics?: boolean }, before: number) {
  return {
    basedOn: 'Normal',
    next: STYLE.body,
    quickFormat: true,
    run: { font: FONT, size: SIZE.body * 2, color: BLACK, bold: run.bold ?? false, italics: run.italics ?? false },
    paragraph: {
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: BODY.firstLineIndent },
      spacing: { before, after: BODY.spacingAfter, line: BODY.line, lineRule: LineRuleType.AUTO },
      keepNext: true,
      keepLines: true,
      outlineLevel,
    },
  };
}

/** Default run and paragraph properties of the document, and its paragraph styles. */
export function documentStyles() {
  return {
    default: {
      document: {
        run: { font: FONT, size: SIZE.body * 2, color: BLACK, language: { value: LANGUAGE, eastAsia: LANGUAGE } },
        paragraph: { spacing: { after: 0, line: BODY.line, lineRule: LineRuleType.AUTO } },
      },
      heading1: headingStyle(0, { bold: true }, 120),
      heading2: headingStyle(1, { bold: true }, 0),
      heading3: headingStyle(2, { bold: true, italics: true }, 0),
      caption: {
        basedOn: 'Normal',
        next: STYLE.body,
        quickFormat: true,
        run: { font: FONT, size: SIZE.caption * 2, color: BLACK, italics: true },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 60, after: 60 }, keepNext: true },
      },
    },
    paragraphStyles: [
      {
        id: STYLE.body,
        name: 'Body Text',
        basedOn: 'Normal',
        quickFormat: true,
        run: { font: FONT, size: SIZE.body * 2, color: BLACK },
        paragraph: {
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: BODY.firstLineIndent },
          spacing: { after: BODY.spacingAfter, line: BODY.line, lineRule: LineRuleType.AUTO },
        },
      },
      {
        id: STYLE.recipientsLabel,
        name: 'Nơi nhận',
        basedOn: 'Normal',
        next: STYLE.recipients,
        run: { font: FONT, size: SIZE.recipientsLabel * 2, color: BLACK, bold: true, italics: true },
      },
      {
        id: STYLE.recipients,
        name: 'Nơi nhận - danh sách',
        basedOn: 'Normal',
        run: { font: FONT, size: SIZE.recipients * 2, color: BLACK },
        paragraph: { alignment: AlignmentType.LEFT },
      },
    ],
  };
}

/** Arabic page number, centred in the top margin. */
function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZE.pageNumber * 2, color: BLACK })],
      }),
    ],
  });
}

/**
 * A4 portrait with the official margins; the first page has its own, empty
 * header (no number on page 1), the following pages a centred page number.
 */
export function sectionSetup(): {
  properties: ISectionPropertiesOptions;
  headers: { default: Header; first: Header };
} {
  return {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: { ...PAGE.margin, header: PAGE.headerDistance, footer: PAGE.headerDistance },
      },
      titlePage: true,
    },
    headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({})] }) },
  };
}

/**
 * The appendices' section: A4 landscape (wide tables of figures) with the same
 * margins, page numbers continuing at the top of every page. The library
 * swaps the portrait sizes it is given when told the orientation.
 */
export function appendixSectionSetup(): {
  properties: ISectionPropertiesOptions;
  headers: { default: Header };
} {
  return {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE },
        margin: { ...PAGE.margin, header: PAGE.headerDistance, footer: PAGE.headerDistance },
      },
    },
    headers: { default: pageNumberHeader() },
  };
}
