import { beforeAll, describe, expect, it } from 'vitest';
import { bundledPlan } from '../../helpers/plan.js';
import { buildForm, type Form } from '../../../src/form/form.js';
import { emptySubmission, writeYamlForm } from '../../../src/form/yaml-form.js';
import { periodOf } from '../../../src/consolidate/period.js';
import { readYaml } from '../../../src/read/yaml.js';

let form: Form;
const enc = new TextEncoder();

beforeAll(async () => {
  const plan = await bundledPlan();
  form = buildForm(plan, { id: 'phong-noi-vu', name: 'Phòng Nội vụ', kind: 'department', leads: ['chi-dao'] }, periodOf('2024S1'), {
    due: '2024-06-12',
  });
});

describe('the YAML form', () => {
  it('starts with the schema line and reads back as the empty submission', () => {
    const text = writeYamlForm(form, { schemaRef: '../../schemas/submission.schema.json' });
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/submission.schema.json');
    const r = readYaml(enc.encode(text));
    expect(r.problems).toEqual([]);
    expect(r.data).toEqual(emptySubmission(form));
  });

  it('carries names, units, targets and hints as comments', () => {
    const text = writeYamlForm(form, { schemaRef: 's.json' });
    expect(text).toContain('# 2.1. Công tác chỉ đạo, điều hành — đơn vị chủ trì: bắt buộc thuyết minh');
    expect(text).toContain('# 2.1.1 Xếp hạng Chỉ số CCHC (PAR Index) của huyện trong khối UBND cấp huyện của tỉnh (hạng)');
    expect(text).toContain('#   Chỉ tiêu: trong 3 hạng đầu');
    expect(text).toContain('#   Chỉ tiêu: Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ hành chính: ≥ 85%');
    expect(text).toMatch(/cd-01: null # 2\.1\.1 Ban hành văn bản chỉ đạo/);
    expect(text).toContain('# Hạn gửi báo cáo: 12/06/2024');
  });

  it('writes filled data in form order, quoting what YAML 1.1 tools would misread, keeping unknown keys', () => {
    const data = {
      areas: {
        'chi-dao': {
          narrative: { results: 'no', shortcomings: 'Dòng 1\nDòng 2' },
          values: { 'hl-so-phieu': 120, 'par-index-xep-hang': 2 },
          tasks: { 'cd-01': { status: 'done', note: 'on' } },
        },
      },
      khac: 'giữ nguyên',
      submitted: '2024-06-10',
      period: '2024S1',
      unit: 'phong-noi-vu',
    };
    const text = writeYamlForm(form, { schemaRef: 's.json' }, data);
    expect(text).toContain('results: "no"');
    expect(text).toContain('note: "on"');
    expect(text).toContain('submitted: "2024-06-10"');
    expect(text.indexOf('par-index-xep-hang: 2')).toBeLessThan(text.indexOf('hl-so-phieu: 120'));
    expect(text.indexOf('unit:')).toBeLessThan(text.indexOf('period:'));
    expect(text.trimEnd().endsWith('khac: giữ nguyên')).toBe(true);
    // The old text form of the difficulties is written as the list it stands for.
    const upgraded = structuredClone(data) as { areas: { 'chi-dao': { narrative: Record<string, unknown> } } };
    upgraded.areas['chi-dao'].narrative = { results: 'no', difficulties: [{ issue: 'Dòng 1\nDòng 2' }] };
    expect(readYaml(enc.encode(text)).data).toEqual(upgraded);
  });
});
