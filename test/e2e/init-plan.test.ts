/**
 * A new district or commune from zero: `cchc init` chooses the plan, copies it
 * into the repository (versioned with the data) and writes the report in the
 * repository's own names; what it cannot know stays a placeholder that
 * validate and report refuse, at its line.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { cchc, ROOT } from '../helpers/cli.js';
import { openDocx } from '../helpers/docx-xml.js';

const work = mkdtempSync(join(tmpdir(), 'cchc-init-plan-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const PLAN = 'ke-hoach/ke-hoach-cchc.yaml';
const GIA_LOC = ['--name', 'UBND huyện Gia Lộc', '--parent', 'UBND tỉnh Hải Dương', '--place', 'Gia Lộc', '--signer', 'Nguyễn Văn An'];
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('cchc init for another district', () => {
  const repo = join(work, 'gia-loc');

  it('copies the bundled plan in the repository\'s names and points cchc.yaml at it', () => {
    const r = cchc(['init', repo, ...GIA_LOC, '--from-example', 'tu-ky']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`tạo     ${PLAN}`);
    expect(r.stdout).toContain(`Kiểm tra ${PLAN}: tên kế hoạch, cơ quan ban hành`);
    expect(r.stdout).not.toContain('ngoặc vuông'); // every name was given
    const config = parseYaml(readFileSync(join(repo, 'cchc.yaml'), 'utf8')) as { plan: string; signer: { name: string } };
    expect(config.plan).toBe(PLAN);
    expect(config.signer.name).toBe('Nguyễn Văn An');
    const plan = readFileSync(join(repo, PLAN), 'utf8');
    expect(plan).not.toContain('Tứ Kỳ');
    expect(parseYaml(plan)).toMatchObject({
      title: 'Kế hoạch thực hiện cải cách hành chính nhà nước huyện Gia Lộc giai đoạn 2021 - 2025',
      issuer: 'Ủy ban nhân dân huyện Gia Lộc',
    });
    // Everything else is the bundled plan's, comments included.
    const bundled = readFileSync(join(ROOT, 'plans/tu-ky-2021-2025.yaml'), 'utf8');
    expect(plan.split('\n').length).toBe(bundled.split('\n').length);
    expect(parseYaml(plan).indicators).toEqual(parseYaml(bundled).indicators);
    expect(plan.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/plan.schema.json');
  });

  it('validates, and the report cites the district\'s plan and is signed in its names', () => {
    cpSync(join(ROOT, 'examples/tu-ky/submissions/2024Q2'), join(repo, 'submissions/2024Q2'), { recursive: true });
    const v = cchc(['validate', '--quiet'], { cwd: repo });
    expect(v.stderr).toBe('');
    expect(v.code).toBe(0);
    const r = cchc(['report', '--period', '2024Q2', '--format', 'docx'], { cwd: repo });
    expect(r.code).toBe(0);
    const out = join(repo, 'bao-cao');
    const docx = readdirSync(out).find((f) => f.endsWith('.docx'))!;
    const text = openDocx(readFileSync(join(out, docx))).text;
    expect(text).toContain('Thực hiện Kế hoạch thực hiện cải cách hành chính nhà nước huyện Gia Lộc giai đoạn 2021 - 2025, UBND huyện Gia Lộc báo cáo');
    expect(text).toMatch(/ỦY BAN NHÂN DÂN\s*HUYỆN GIA LỘC/);
    expect(text).toContain('Gia Lộc, ngày');
    expect(text).toContain('Nguyễn Văn An');
    expect(text).not.toContain('[');
    // The heading and the basis are the repository's; Tứ Kỳ appears only where the example's units wrote it.
    expect(text.slice(0, text.indexOf('báo cáo kết quả thực hiện'))).not.toContain('Tứ Kỳ');
  });
});

describe('cchc init with no names', () => {
  const repo = join(work, 'chua-dat-ten');

  it('leaves placeholders that validate reports at their lines (exit 1) and report refuses (exit 2)', () => {
    const init = cchc(['init', repo, '--lang', 'en']);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('Fill in the [bracketed] values in cchc.yaml (body name, place, signer).');
    const config = readFileSync(join(repo, 'cchc.yaml'), 'utf8');
    const plan = readFileSync(join(repo, PLAN), 'utf8');
    // The bundled plan's title and issuer are another body's: left for the user to fill, not inherited.
    expect(parseYaml(plan)).toMatchObject({ title: expect.stringMatching(/^\[Tên kế hoạch CCHC của cơ quan/), issuer: expect.stringMatching(/^\[Cơ quan ban hành/) });
    const v = cchc(['validate', '--format', 'json'], { cwd: repo });
    expect(v.code).toBe(1);
    expect(v.stderr).toBe('cchc: chưa kiểm tra các báo cáo trong submissions/: sửa lỗi trong cchc.yaml, ke-hoach/ke-hoach-cchc.yaml trước.\n');
    const found = (JSON.parse(v.stdout) as { diagnostics: { file: string; line: number; code: string }[] }).diagnostics;
    expect(found.map((d) => [d.file, d.line, d.code])).toEqual([
      ['cchc.yaml', lineOf(config, '  name: "ỦY BAN NHÂN DÂN [TÊN ĐỊA PHƯƠNG]"'), 'config-placeholder'],
      ['cchc.yaml', lineOf(config, '  parent:'), 'config-placeholder'],
      ['cchc.yaml', lineOf(config, '  shortName:'), 'config-placeholder'],
      ['cchc.yaml', lineOf(config, '  place:'), 'config-placeholder'],
      ['cchc.yaml', lineOf(config, '[Họ và tên người ký]'), 'config-placeholder'],
      [PLAN, lineOf(plan, 'title:'), 'config-placeholder'],
      [PLAN, lineOf(plan, 'issuer:'), 'config-placeholder'],
    ]);
    const report = cchc(['report', '--period', '2024Q2'], { cwd: repo });
    expect(report.code).toBe(2);
    expect(report.stdout).toBe('');
    expect(report.stderr).toContain(`cchc.yaml:${lineOf(config, '[Họ và tên người ký]')}:9: "signer.name" vẫn còn chỗ giữ chỗ [Họ và tên người ký]`);
    expect(report.stderr).toContain(`${PLAN}:${lineOf(plan, 'title:')}:8: "title" vẫn còn chỗ giữ chỗ`);
    expect(existsSync(join(repo, 'bao-cao'))).toBe(false);
  });
});

describe('cchc init --plan', () => {
  it('copies the body\'s own plan file as it is, and makes the schemas from it', () => {
    const own = join(work, 'ke-hoach-xa.yaml');
    const bundled = readFileSync(join(ROOT, 'plans/tu-ky-2021-2025.yaml'), 'utf8');
    writeFileSync(
      own,
      bundled
        .replace(/^title: .*$/m, 'title: Kế hoạch cải cách hành chính năm 2026 của UBND xã Tân Kỳ')
        .replace(/^issuer: .*$/m, 'issuer: Ủy ban nhân dân xã Tân Kỳ')
        .replace('title: Công tác chỉ đạo, điều hành', 'title: Chỉ đạo, điều hành công tác cải cách hành chính'),
    );
    const repo = join(work, 'tan-ky');
    const r = cchc(['init', repo, '--plan', own, '--name', 'UBND xã Tân Kỳ', '--place', 'Tân Kỳ', '--parent', 'UBND thành phố Hải Phòng', '--signer', 'Trần Thị B']);
    expect(r.code).toBe(0);
    const plan = readFileSync(join(repo, PLAN), 'utf8');
    expect(parseYaml(plan)).toMatchObject({ title: 'Kế hoạch cải cách hành chính năm 2026 của UBND xã Tân Kỳ', issuer: 'Ủy ban nhân dân xã Tân Kỳ' });
    expect(readFileSync(join(repo, 'schemas/submission.schema.json'), 'utf8')).toContain('Chỉ đạo, điều hành công tác cải cách hành chính');
    // Only its own list of units is left to write.
    const v = cchc(['validate', '--format', 'json'], { cwd: repo });
    expect((JSON.parse(v.stdout) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code)).toEqual(['no-units']);
  });

  it('takes a bundled plan by name', () => {
    const repo = join(work, 'theo-ten');
    expect(cchc(['init', repo, '--plan', 'tu-ky-2021-2025', ...GIA_LOC]).code).toBe(0);
    expect(parseYaml(readFileSync(join(repo, PLAN), 'utf8'))).toMatchObject({ issuer: 'Ủy ban nhân dân huyện Gia Lộc' });
  });

  it('an unknown plan, or a plan with a mistake, stops before anything is written (exit 2)', () => {
    const repo = join(work, 'khong-co');
    const r = cchc(['init', repo, '--plan', 'gia-loc-2021-2025', ...GIA_LOC]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'cchc: Không có tệp hay kế hoạch đi kèm tên "gia-loc-2021-2025"; các kế hoạch đi kèm cchc: tu-ky-2021-2025. Kế hoạch của cơ quan: --plan đường/dẫn/ke-hoach.yaml.\n',
    );
    const broken = join(work, 'ke-hoach-loi.yaml');
    const text = readFileSync(join(ROOT, 'plans/tu-ky-2021-2025.yaml'), 'utf8').replace(/(id: vb-ban-hanh\n(?:.*\n)*?\s+type:) count/, '$1 cuont');
    writeFileSync(broken, text);
    const b = cchc(['init', repo, '--plan', broken, ...GIA_LOC], { cwd: work });
    expect(b.code).toBe(2);
    expect(b.stderr).toContain(`ke-hoach-loi.yaml:${lineOf(text, 'type: cuont')}:`);
    expect(b.stderr).toContain('không nhận giá trị "cuont" (có phải "count"?)');
    expect(existsSync(repo)).toBe(false);
  });
});
