import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { choosePlan, localityOf, PLAN_PLACEHOLDERS, planForRepository, planNamesOf } from '../../../src/repo/plan-copy.js';

const PLAN = `# yaml-language-server: $schema=../../schemas/plan.schema.json
# Kế hoạch CCHC huyện Tứ Kỳ giai đoạn 2021 - 2025.
id: tu-ky-2021-2025
title: Kế hoạch thực hiện cải cách hành chính nhà nước huyện Tứ Kỳ giai đoạn 2021 - 2025
issuer: Ủy ban nhân dân huyện Tứ Kỳ
areas: []
`;

describe('a plan copied into a new repository', () => {
  it('takes the repository\'s locality in its title, issuer and comments, and its schema line', () => {
    const out = planForRepository(PLAN, planNamesOf('UBND xã Tân Kỳ'));
    expect(parse(out)).toMatchObject({
      id: 'tu-ky-2021-2025',
      title: 'Kế hoạch thực hiện cải cách hành chính nhà nước xã Tân Kỳ giai đoạn 2021 - 2025',
      issuer: 'Ủy ban nhân dân xã Tân Kỳ',
    });
    expect(out.split('\n').slice(0, 2)).toEqual(['# yaml-language-server: $schema=../schemas/plan.schema.json', '# Kế hoạch CCHC xã Tân Kỳ giai đoạn 2021 - 2025.']);
  });

  it('is the body\'s own plan when the locality is the same (any case): only the schema line changes', () => {
    const out = planForRepository(PLAN, planNamesOf('UBND huyện tứ kỳ'));
    expect(out).toBe(PLAN.replace('../../schemas/', '../schemas/'));
  });

  it('leaves placeholders, with a comment above them, when the names are not known', () => {
    const out = planForRepository(PLAN, planNamesOf(null));
    expect(parse(out)).toMatchObject({ title: PLAN_PLACEHOLDERS.title, issuer: PLAN_PLACEHOLDERS.issuer });
    expect(out).toMatch(/\n# Thay các chỗ trong ngoặc vuông \[ \] bằng tên thật rồi kiểm tra bằng lệnh: cchc validate\ntitle: /);
  });

  it('keeps a title that names no body; a name not of the "UBND …" form becomes the issuer as given', () => {
    const generic = PLAN.replace(/^title: .*$/m, 'title: Kế hoạch cải cách hành chính giai đoạn 2026 - 2030');
    expect(parse(planForRepository(generic, planNamesOf('Sở Nội vụ')))).toMatchObject({
      title: 'Kế hoạch cải cách hành chính giai đoạn 2026 - 2030',
      issuer: 'Sở Nội vụ',
    });
    // A title naming another body, with a repository name that has no locality: a placeholder, not a wrong name.
    expect(parse(planForRepository(PLAN, planNamesOf('Sở Nội vụ'))).title).toBe(PLAN_PLACEHOLDERS.title);
  });

  it('copies the user\'s own plan file as it is (schema line added when missing)', () => {
    const own = PLAN.split('\n').slice(1).join('\n');
    expect(planForRepository(own, null)).toBe(`# yaml-language-server: $schema=../schemas/plan.schema.json\n${own}`);
  });

  it('reads the locality of a body\'s name', () => {
    expect(localityOf('Ủy ban nhân dân huyện Tứ Kỳ')).toBe('huyện Tứ Kỳ');
    expect(localityOf('Uỷ ban nhân dân  xã  Đại Sơn')).toBe('xã Đại Sơn');
    expect(localityOf('UBND phường Hà Kỳ')).toBe('phường Hà Kỳ');
    expect(localityOf('Sở Nội vụ')).toBeNull();
  });

  it('--plan: a file first, else a bundled plan by name, else nothing', () => {
    expect(choosePlan(undefined, '/')?.bundled).toBe(true);
    expect(choosePlan('tu-ky-2021-2025', '/nowhere')?.file).toMatch(/plans\/tu-ky-2021-2025\.yaml$/);
    expect(choosePlan('tu-ky-2021-2025.yaml', '/nowhere')?.bundled).toBe(true);
    expect(choosePlan('../plans/tu-ky-2021-2025', '/nowhere')).toBeNull();
    expect(choosePlan('gia-loc-2021-2025', '/nowhere')).toBeNull();
  });
});
