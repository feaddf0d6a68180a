// When each unit sent its report: most before the due day (the 12th of the quarter's last month),
// a few late, a few not at all. Dates fall on working days.
import { rng } from './rng.mjs';

export const YEAR = 2024;
export const QUARTERS = [1, 2, 3, 4];
export const periodId = (q) => `${YEAR}Q${q}`;
/** Due day of the quarter's last month (cchc.yaml `due.quarter`). */
export const DUE_DAY = 12;

/** Reports sent after the due day: unit → date. */
export const LATE = {
  1: { 'xa-van-to': '2024-03-15', 'phong-y-te': '2024-03-13' },
  2: { 'xa-quang-trung': '2024-06-14', 'xa-hung-dao': '2024-06-13', 'trung-tam-dich-vu-nong-nghiep': '2024-06-17' },
  // Typhoon Yagi (bão số 3) struck on 7 September 2024, days before the due date.
  3: { 'xa-an-thanh': '2024-09-16', 'xa-cong-lac': '2024-09-13', 'phong-nong-nghiep-phat-trien-nong-thon': '2024-09-13' },
  4: { 'xa-dan-chu': '2024-12-13', 'thanh-tra-huyen': '2024-12-16' },
};

/** Units with no report at all for the quarter. */
export const MISSING = {
  1: [],
  2: ['xa-ha-thanh', 'ban-quan-ly-du-an-dau-tu-xay-dung'],
  3: ['xa-tien-dong'],
  4: [],
};

/** Public holidays that fall in the reporting windows (Quốc khánh 2024: 31/8 – 3/9). */
const HOLIDAYS = new Set(['2024-09-02', '2024-09-03']);

function isWorkingDay(iso) {
  const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6 && !HOLIDAYS.has(iso);
}

/** The date a unit sent its quarter-q report (null when it sent none). */
export function submittedOn(unitId, q) {
  if (MISSING[q].includes(unitId)) return null;
  if (LATE[q][unitId]) return LATE[q][unitId];
  const month = String(q * 3).padStart(2, '0');
  const r = rng(unitId, q, 'submitted');
  // Storm week in Q3: most units sent their report after the weekend of 7–8 September.
  const from = q === 3 ? 4 : 3;
  for (;;) {
    const day = r.int(from, DUE_DAY);
    const iso = `${YEAR}-${month}-${String(day).padStart(2, '0')}`;
    if (isWorkingDay(iso)) return iso;
  }
}

export { isWorkingDay };
