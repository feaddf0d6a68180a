import { describe, expect, it } from 'vitest';
import { bundledPlan } from '../../helpers/plan.js';
import { buildForm } from '../../../src/form/form.js';
import { extendForm } from '../../../src/form/extend-form.js';
import { periodOf } from '../../../src/consolidate/period.js';
import { UNIT_KINDS, type UnitKind } from '../../../src/plan/model.js';
import { reportsTask } from '../../../src/plan/roles.js';

const unit = (kind: UnitKind) => ({ id: `u-${kind}`, name: `Đơn vị ${kind}`, kind, leads: kind === 'department' ? ['tthc'] : [] });

describe('the form of a unit', () => {
  it.each(UNIT_KINDS)('a %s gets exactly the inputs and tasks it reports, in plan order', async (kind) => {
    const plan = await bundledPlan();
    const form = buildForm(plan, unit(kind), periodOf('2024Q2'));
    const ids = form.areas.flatMap((a) => a.indicators.map((i) => i.id));
    // Less those the plan leaves to the units leading another area (this department leads tthc).
    const owned = (i: (typeof plan.indicators)[number]) => (i.reporters?.[kind] ? (i.reporters[kind]!.leads ?? []).includes('tthc') : true);
    const expected = plan.indicators.filter((i) => !i.ratio && i.reportedBy.includes(kind) && owned(i)).map((i) => i.id);
    expect(ids).toEqual(expected);
    // Its tasks: those its kind or role reports (by lead, or named reporters), area by area in plan order.
    expect(form.areas.flatMap((a) => a.tasks.map((t) => t.id))).toEqual(
      plan.areas.flatMap((a) => plan.tasks.filter((t) => t.area === a.id && reportsTask(plan, t, unit(kind))).map((t) => t.id)),
    );
    const areaOrder = plan.areas.map((a) => a.id).filter((id) => form.areas.some((a) => a.id === id));
    expect(form.areas.map((a) => a.id)).toEqual(areaOrder);
    for (const ind of form.areas.flatMap((a) => a.indicators)) {
      expect(ind.required).toBe(plan.indicators.find((i) => i.id === ind.id)!.requiredFor?.includes(kind) ?? false);
    }
  });

  it('never lists a computed rate, but shows its target next to the numerator', async () => {
    const plan = await bundledPlan();
    const form = buildForm(plan, unit('commune'), periodOf('2024Q2'));
    const all = form.areas.flatMap((a) => a.indicators);
    expect(all.some((i) => i.id.startsWith('ty-le-'))).toBe(false);
    const dungHan = all.find((i) => i.id === 'hs-dung-han')!;
    expect(dungHan.feeds).toEqual(['Tỷ lệ hồ sơ TTHC được trả kết quả đúng hạn và trước hạn: 95%–100%']);
    expect(dungHan.number).toBe('2.3.8');
    expect(dungHan.hint).toContain('Không lớn hơn số ở dòng 2.3.7');
    const soHoa = all.find((i) => i.id === 'kq-so-hoa')!;
    expect(soHoa.feeds[0]).toMatch(/≥ 55%$/);
  });

  it('leaves out the indicators the plan expects only from the units leading another area', async () => {
    const plan = await bundledPlan();
    const ids = (leads: string[]) =>
      buildForm(plan, { id: 'p', name: 'Phòng', kind: 'department', leads }, periodOf('2024Q2')).areas.flatMap((a) => a.indicators.map((i) => i.id));
    const health = ids([]);
    expect(health).not.toContain('vb-ban-hanh'); // the legal department's counts
    expect(health).not.toContain('hs-tiep-nhan'); // the district one-stop desk's dossiers
    expect(health).toContain('vb-gop-y'); // every department comments on drafts
    expect(health).toContain('tthc-tong-so'); // and counts its own procedures
    expect(ids(['the-che'])).toContain('vb-ban-hanh');
    expect(ids(['the-che'])).not.toContain('hs-tiep-nhan');
    expect(ids(['chi-dao', 'to-chuc', 'cong-vu'])).toEqual(expect.arrayContaining(['par-index-xep-hang', 'dv-sncl', 'csdl-can-bo']));
    // A commune reports the legal counts whoever leads what.
    expect(buildForm(plan, unit('commune'), periodOf('2024Q2')).areas.flatMap((a) => a.indicators.map((i) => i.id))).toContain('vb-ban-hanh');
  });

  it('marks the areas the unit leads', async () => {
    const plan = await bundledPlan();
    const form = buildForm(plan, unit('department'), periodOf('2024'));
    expect(form.areas.filter((a) => a.ledByUnit).map((a) => a.id)).toEqual(['tthc']);
    expect(form.period).toEqual({ id: '2024', label: 'năm 2024', year: 2024 });
  });

  it('is extended with whatever the data holds beyond it, so nothing is dropped', async () => {
    const plan = await bundledPlan();
    const form = buildForm(plan, unit('public-service-unit'), periodOf('2024Q2'));
    const data = {
      areas: {
        tthc: { values: { 'hs-tiep-nhan': 5, 'chi-tieu-la': 'x' }, tasks: { 'tt-99': 'done' } },
        'linh-vuc-la': { values: { a: true } },
      },
    };
    const extended = extendForm(form, plan, data);
    const tthc = extended.areas.find((a) => a.id === 'tthc')!;
    expect(tthc.indicators.map((i) => [i.id, i.type])).toEqual([
      ['hs-tiep-nhan', 'count'],
      ['chi-tieu-la', 'text'],
    ]);
    expect(tthc.tasks.map((t) => t.id)).toContain('tt-99');
    expect(extended.areas.at(-1)).toMatchObject({ id: 'linh-vuc-la', code: '?', indicators: [{ id: 'a', type: 'boolean' }] });
    expect(form.areas.find((a) => a.id === 'tthc')?.indicators.length ?? 0).toBe(
      plan.indicators.filter((i) => i.area === 'tthc' && !i.ratio && i.reportedBy.includes('public-service-unit')).length,
    );
  });
});
