// The example's deliberate flaws: each produces a warning (never an error) in `cchc validate`,
// so users and tests can see what the validator says about real-looking mistakes.
// The value jump itself comes from figures.mjs (SURGE); it is listed here for the README.

export const DELIBERATE = [
  {
    code: 'task-not-expected-from-unit',
    unit: 'xa-binh-lang',
    q: 1,
    pointer: '/areas/chi-dao/tasks/cd-04',
    vi: 'Xã báo cáo nhiệm vụ cd-04 (kiểm tra CCHC, trách nhiệm người đứng đầu), là nhiệm vụ Phòng Nội vụ chủ trì và báo cáo.',
    en: 'A commune reports task cd-04, which Phòng Nội vụ leads and reports.',
    /** Applied to the finished submission. */
    apply(sub) {
      const tasks = sub.areas['chi-dao'].tasks;
      const entries = Object.entries(tasks);
      const at = entries.findIndex(([id]) => id > 'cd-04');
      entries.splice(at < 0 ? entries.length : at, 0, ['cd-04', { status: 'done', note: 'Tự kiểm tra việc thực hiện quy tắc ứng xử của công chức tại Bộ phận Một cửa xã.' }]);
      sub.areas['chi-dao'].tasks = Object.fromEntries(entries);
    },
  },
  {
    code: 'missing-value',
    unit: 'xa-dai-hop',
    q: 2,
    pointer: '/areas/cong-vu/values',
    vi: 'Thiếu chỉ tiêu bắt buộc cbcc-xa-dai-hoc (số cán bộ, công chức cấp xã có trình độ đại học trở lên).',
    en: 'The required value cbcc-xa-dai-hoc is left out.',
    /** Applied to the values before the narrative is written (so the text does not quote it). */
    applyValues(values) {
      delete values['cbcc-xa-dai-hoc'];
    },
  },
  {
    code: 'missing-lead-narrative',
    unit: 'phong-tu-phap',
    q: 3,
    pointer: '/areas/the-che',
    vi: 'Phòng Tư pháp chủ trì lĩnh vực 2.2 nhưng báo cáo thiếu thuyết minh "Khó khăn, hạn chế và nguyên nhân" (difficulties).',
    en: 'The lead department of area 2.2 leaves out its difficulties and their causes.',
    apply(sub) {
      delete sub.areas['the-che'].narrative.difficulties;
    },
  },
];

/** The jump: a commune received about 3.5 times its usual number of dossiers in Q3. */
export const JUMP = {
  code: 'value-jump',
  unit: 'xa-ngoc-ky',
  q: 3,
  vi: 'Số hồ sơ tiếp nhận quý III tăng hơn 3 lần so với quý II (đợt chứng thực phục vụ bồi thường, giải phóng mặt bằng). Hồ sơ trực tiếp, đã giải quyết, đúng hạn cũng tăng theo nhưng chỉ tổng số được cảnh báo.',
  en: 'Dossiers received in Q3 jump more than 3× against Q2 (a land-clearance certification drive); its parts jump with it but only the whole is reported.',
};
