/**
 * The report workbook, described cell by cell (values, resolved styles, row
 * heights), with its column widths, frozen panes, filters, conditional
 * colours, print setup and defined names, against the description of the
 * workbook as the in-memory exceljs renderer wrote it before the streaming
 * writer replaced it (the snapshot files beside this test; the only
 * difference was four empty document properties, subject, description,
 * keywords and category, that the streaming writer leaves out). A change to
 * the workbook's content or look shows here as a readable diff; when it is
 * meant, update the snapshots with `npx vitest run -u`.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConsolidation } from '../../../src/cli/load-consolidation.js';
import { consolidate } from '../../../src/consolidate/consolidate.js';
import type { ConsolidationInput } from '../../../src/consolidate/input.js';
import type { ReportInput } from '../../../src/render/reports/report-input.js';
import { loadReportTemplate } from '../../../src/render/reports/template/load-report-template.js';
import { renderXlsx } from '../../../src/render/reports/xlsx/render-xlsx.js';
import { parsePeriod } from '../../../src/consolidate/period.js';
import { sampleReportInput } from '../../helpers/sample-report.js';
import { workbookModel } from '../../helpers/xlsx-model.js';

const ROOT = fileURLToPath(new URL('../../fixtures/consolidate/', import.meta.url));
let loaded: Awaited<ReturnType<typeof loadConsolidation>>;

beforeAll(async () => {
  loaded = await loadConsolidation(ROOT, '2024Q2', 'vi', { cwd: ROOT, today: '2025-01-31' });
});

function fixtureInput(period: string): ReportInput {
  const input: ConsolidationInput = { ...loaded.input, period };
  const kind = parsePeriod(period)!.kind;
  return {
    consolidation: consolidate(input),
    body: loaded.repo.config.body,
    signer: loaded.repo.config.signer,
    recipients: loaded.repo.config.recipients,
    template: loadReportTemplate(kind),
    date: '2024-12-20',
    diagnostics: loaded.files.flatMap((c) => c.diagnostics),
  };
}

const snapshot = (name: string) => `./__snapshots__/xlsx-workbook-${name}.json`;

describe('the report workbook is the one the in-memory renderer wrote', () => {
  it('for the sample consolidation (half year)', async () => {
    const model = workbookModel(await renderXlsx(sampleReportInput('half')));
    await expect(JSON.stringify(model, null, 1)).toMatchFileSnapshot(snapshot('sample-half'));
  });

  for (const period of ['2024Q2', '2024']) {
    it(`for the consolidate fixture, ${period}`, async () => {
      const model = workbookModel(await renderXlsx(fixtureInput(period)));
      await expect(JSON.stringify(model, null, 1)).toMatchFileSnapshot(snapshot(`fixture-${period}`));
    });
  }
});
