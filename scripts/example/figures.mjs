// Indicator values for each unit and quarter of 2024. Counts with `time: sum` are per quarter;
// counts with `time: last` are the state at the end of the quarter. Shares are kept stable per
// unit with small quarterly drift, so values move the way real ones do (and never jump by
// more than the configured factor, except the deliberate jump listed in deliberate.mjs).
import { rng } from './rng.mjs';
import { dialogueQuarter } from './tasks.mjs';

/** Dossier seasonality: fewer around Tết (Q1), more before the school year (Q2, Q3). */
const SEASON = { 1: 0.9, 2: 1.08, 3: 1.05, 4: 1.0 };

/** TTHC under commune authority as published by the province (new land-law list from Q3). */
const COMMUNE_TTHC = { 1: 113, 2: 113, 3: 117, 4: 119 };
const COMMUNE_TTHC_FEES = { 1: 14, 2: 14, 3: 15, 4: 15 };
const COMMUNE_TTHC_LEVEL4_ELIGIBLE = { 1: 52, 2: 52, 3: 55, 4: 55 };
const COMMUNE_DVC_LEVEL4 = { 1: 46, 2: 47, 3: 49, 4: 50 };
/** Communes slow to publish the new TTHC list after the Q3 update: [unit, quarter, missing]. */
const LATE_PUBLICATION = [
  ['xa-ha-ky', 3, 4],
  ['xa-quang-khai', 3, 4],
];

const round = Math.round;
const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));
const round1 = (x) => Math.round(x * 10) / 10;

/** Per-unit traits that do not change from quarter to quarter. */
function communeProfile(u) {
  const r = rng(u.id, 'profile');
  const cbcc = r.int(19, 23);
  const profile = {
    intensity: r.uniform(0.055, 0.09),
    online: r.uniform(0.3, 0.44),
    onlineGrowth: r.uniform(0.03, 0.055),
    overdueProne: r.chance(0.4),
    digitised: r.uniform(0.42, 0.76),
    feeShare: r.uniform(0.35, 0.55),
    payOnline: r.uniform(0.2, 0.38),
    transferShare: r.uniform(0.04, 0.09),
    transferElectronic: r.uniform(0.82, 0.96),
    ratingShare: r.uniform(0.35, 0.62),
    goodShare: r.uniform(0.95, 0.995),
    noResubmit: r.uniform(0.52, 0.74),
    wait: r.uniform(9, 18),
    processing: r.uniform(16, 31),
    cbcc,
    university: cbcc - r.int(0, 3),
    standardised: cbcc - r.int(0, 2),
    untrained: r.int(0, 2),
    young: r.int(6, 10),
    international: r.int(0, 1),
    files: r.int(240, 560) * (u.population / 8000),
    filesOnline: r.uniform(0.66, 0.9),
    docs: r.int(140, 320) * (u.population / 8000),
    investment: round(r.uniform(3000, 21000) / 10) * 10,
    firstDisbursement: r.uniform(0.2, 0.27),
    selfScore: r.uniform(77.5, 93),
    thriftScore: r.uniform(84, 96),
    level4Gap: r.int(0, 2),
    mobileGap: r.int(0, 3),
    feeOnlineGap: r.int(2, 5),
    drafts: r.int(0, 2),
  };
  return profile;
}

/** Extra in-person dossiers of the deliberate jump (see deliberate.mjs): unit → quarter → share of normal. */
export const SURGE = { 'xa-ngoc-ky': { 3: 2.3, 4: 0.9 } };
/** Certification dossiers of a surge are partly digitised, carry a fee or get rated less often. */
const SURGE_SHARE = { digitised: 0.3, payments: 0.3, ratings: 0.15, noResubmit: 0.4 };

function communeValues(u, q) {
  const p = communeProfile(u);
  const r = rng(u.id, q, 'values');
  const v = {};
  const lag = LATE_PUBLICATION.find(([id, qq]) => id === u.id && qq === q);
  // 2.2 Cải cách thể chế: communes rarely issue VBQPPL; they review their documents early in the year.
  const issued = u.kind === 'town' && q === 1 ? 1 : 0;
  v['vb-ban-hanh'] = issued;
  v['vb-tu-kiem-tra'] = issued;
  v['vb-ra-soat'] = q === 1 ? r.int(2, 6) : q === 4 ? r.int(1, 4) : r.int(0, 1);
  v['vb-phat-hien'] = q === 1 && r.chance(0.3) ? 1 : 0;
  v['vb-da-xu-ly'] = v['vb-phat-hien'];
  v['vb-gop-y'] = r.int(0, p.drafts + 1);
  // 2.3 Cải cách TTHC
  v['tthc-tong-so'] = COMMUNE_TTHC[q];
  v['tthc-cong-khai'] = COMMUNE_TTHC[q] - (lag ? lag[2] : 0);
  v['tthc-de-xuat-don-gian-hoa'] = r.chance(0.25) ? r.int(1, 2) : 0;
  const normal = round(u.population * p.intensity * SEASON[q] * r.uniform(0.92, 1.08));
  const onlineShare = clamp(p.online + p.onlineGrowth * (q - 1) + r.uniform(-0.02, 0.02), 0.2, 0.8);
  const online = round(normal * onlineShare);
  const surge = round(normal * (SURGE[u.id]?.[q] ?? 0));
  const received = normal + surge;
  v['hs-tiep-nhan'] = received;
  v['hs-truc-tuyen'] = online;
  v['hs-truc-tiep'] = received - online;
  const pending = r.int(0, Math.max(1, round(received * 0.02)));
  const resolved = received - pending;
  const late = p.overdueProne ? r.int(0, 4) : 0;
  v['hs-giai-quyet'] = resolved;
  v['hs-dung-han'] = resolved - late;
  v['hs-qua-han'] = late;
  const resolvedNormal = resolved - surge;
  v['kq-so-hoa'] = round(resolvedNormal * clamp(p.digitised + 0.035 * (q - 1) + r.uniform(-0.02, 0.02), 0, 0.95) + surge * SURGE_SHARE.digitised);
  v['tthc-nghia-vu-tai-chinh'] = COMMUNE_TTHC_FEES[q];
  v['tthc-thanh-toan-truc-tuyen'] = COMMUNE_TTHC_FEES[q] - p.feeOnlineGap;
  const payments = round(normal * p.feeShare * r.uniform(0.95, 1.05));
  v['gd-thanh-toan'] = payments + round(surge * SURGE_SHARE.payments);
  v['gd-thanh-toan-truc-tuyen'] = round(payments * clamp(p.payOnline + 0.03 * (q - 1), 0, 0.7));
  const transfers = round(normal * p.transferShare * r.uniform(0.9, 1.1));
  v['hs-luan-chuyen'] = transfers;
  v['hs-luan-chuyen-dien-tu'] = round(transfers * clamp(p.transferElectronic + 0.01 * (q - 1), 0, 1));
  const ratings = round(resolvedNormal * clamp(p.ratingShare + r.uniform(-0.04, 0.04), 0.2, 0.8) + surge * SURGE_SHARE.ratings);
  v['dg-luot-danh-gia'] = ratings;
  v['dg-tot-tro-len'] = round(ratings * p.goodShare);
  v['hs-khong-nop-lai'] = round(normal * clamp(p.noResubmit + 0.025 * (q - 1) + r.uniform(-0.02, 0.02), 0, 0.9) + surge * SURGE_SHARE.noResubmit);
  v['tg-cho-trung-binh'] = Math.max(6, round(p.wait * r.uniform(0.92, 1.05) - 0.4 * (q - 1)));
  v['tg-xu-ly-trung-binh'] = Math.max(12, round(p.processing * r.uniform(0.93, 1.05) - 0.5 * (q - 1)));
  // 2.1 Chỉ đạo, điều hành: the PAR self-assessment is done once a year, in Q4.
  if (q === 4) {
    v['par-index-diem'] = round1(p.selfScore);
    v['par-index-xep-loai'] = ratingOf(p.selfScore);
  }
  // 2.5 Chế độ công vụ (state at the end of the quarter)
  const gained = q >= 3 && p.university < p.cbcc && r.chance(0.3) ? 1 : 0; // someone finished a degree
  v['cbcc-xa'] = p.cbcc;
  v['cbcc-xa-dai-hoc'] = p.university + (q >= 3 ? gained : 0);
  v['cbcc-xa-chuan-hoa'] = p.standardised;
  v['cbccvc'] = p.cbcc + 2; // plus the military commander and the veterans' association chair
  v['cbccvc-tap-huan-giao-tiep'] = p.cbcc + 2 - (q >= 3 ? 0 : p.untrained);
  v['cb-tre-lanh-dao'] = p.young;
  v['cb-lam-viec-quoc-te'] = p.international;
  // 2.6 Tài chính công
  v['cong-khai-ngan-sach'] = true;
  if (q === 4) v['thtk-diem'] = round1(p.thriftScore);
  v['dtc-ke-hoach'] = p.investment;
  const disbursed = [0, p.firstDisbursement, 0.41 + 0.1 * p.firstDisbursement, 0.6 + 0.2 * p.firstDisbursement, 0.82 + 0.4 * p.firstDisbursement];
  v['dtc-giai-ngan'] = round((p.investment * disbursed[q]) / 10) * 10;
  // 2.7 Chính quyền điện tử, chính quyền số
  v['dvc-muc-4'] = COMMUNE_DVC_LEVEL4[q];
  v['dvc-muc-4-di-dong'] = COMMUNE_DVC_LEVEL4[q] - p.mobileGap;
  v['tthc-du-dieu-kien-muc-4'] = COMMUNE_TTHC_LEVEL4_ELIGIBLE[q];
  v['tthc-muc-4'] = COMMUNE_TTHC_LEVEL4_ELIGIBLE[q] - p.level4Gap;
  const files = round(p.files * r.uniform(0.9, 1.1));
  v['hscv-tong'] = files;
  v['hscv-xu-ly-tren-mang'] = round(files * clamp(p.filesOnline + 0.02 * (q - 1) + r.uniform(-0.02, 0.02), 0, 0.99));
  const docs = round(p.docs * r.uniform(0.88, 1.12));
  v['vb-di'] = docs;
  v['vb-di-dien-tu'] = docs - (r.chance(0.4) ? r.int(1, 4) : 0);
  v['bao-cao-phan-mem-tinh'] = true;
  v['iso-9001'] = true;
  return v;
}

/** Figures only the lead departments report, by unit id then quarter. */
const LEAD_FIGURES = {
  'phong-noi-vu': {
    'par-index-xep-hang': [5, 4, 4, 4],
    'hl-so-phieu': [null, 620, null, 780],
    'hl-hai-long': [null, 541, null, 698],
    'kt-don-vi-truc-thuoc': [38, 38, 38, 38],
    'kt-don-vi-da-kiem-tra': [2, 5, 4, 3],
    'dv-sncl': [75, 75, 74, 74],
    'bc-sncl': [1921, 1918, 1904, 1897],
    // Reported with dv-sncl, its whole: a rate is only computed from one unit's numerator and
    // denominator. Phòng Tài chính - Kế hoạch writes the thematic narrative on autonomy.
    'sncl-tu-chu-chi-thuong-xuyen': [1, 1, 1, 2],
    'csdl-can-bo': [true, true, true, true],
  },
  'phong-kinh-te-ha-tang': {
    'phan-mem-chieu-sang': [false, false, true, true],
    'phan-mem-giao-thong': [false, false, false, false],
  },
  'van-phong-hdnd-ubnd': {
    'nv-tinh-giao': [34, 41, 38, 45],
    'nv-tinh-giao-hoan-thanh': [32, 39, 37, 45],
  },
  'phong-tai-chinh-ke-hoach': {
    // One public service unit (the investment project board) is eligible for autonomy; it converts from 2025.
    'sncl-kt-du-dieu-kien': [1, 1, 1, 1],
    'sncl-kt-da-chuyen-doi': [0, 0, 0, 0],
    'thu-ngan-sach-du-toan': [523400, 523400, 523400, 523400],
    'thu-ngan-sach-thuc-hien': [118260, 254930, 397410, 551870],
    'dtc-ke-hoach': [412500, 412500, 438200, 438200],
    'dtc-giai-ngan': [98640, 201310, 296720, 389450],
  },
  'phong-van-hoa-thong-tin': {
    'dvc-nguoi-dung': [21450, 27830, 33960, 39120],
    'dvc-nguoi-dung-dinh-danh': [19870, 26410, 33512, 39120],
    'ket-noi-cong-dvc': [true, true, true, true],
    // The lead of e-government reports the shared databases' state (the land database is Phòng
    // Tài nguyên và Môi trường's work; the plan's reporters name the area lead).
    'csdl-dat-dai': [false, false, false, false],
  },
  'phong-tu-phap': {
    'vb-ban-hanh': [2, 1, 3, 4],
    'vb-tu-kiem-tra': [2, 1, 3, 4],
    'vb-ra-soat': [38, 17, 31, 19],
    'vb-phat-hien': [6, 2, 5, 3],
    'vb-da-xu-ly': [6, 2, 4, 3],
    'vb-gop-y': [14, 21, 18, 12],
  },
};

/** The district one-stop desk (Bộ phận Một cửa huyện), run by Văn phòng HĐND và UBND huyện. */
function oneStopDeskValues(u, q) {
  const r = rng(u.id, q, 'desk');
  const v = {};
  const received = round(1720 * SEASON[q] * r.uniform(0.94, 1.06));
  const online = round(received * (0.52 + 0.045 * (q - 1) + r.uniform(-0.015, 0.015)));
  v['hs-tiep-nhan'] = received;
  v['hs-truc-tuyen'] = online;
  v['hs-truc-tiep'] = received - online;
  const resolved = received - r.int(15, 40);
  const late = r.int(2, 9);
  v['hs-giai-quyet'] = resolved;
  v['hs-dung-han'] = resolved - late;
  v['hs-qua-han'] = late;
  v['kq-so-hoa'] = round(resolved * (0.61 + 0.04 * (q - 1)));
  const payments = round(received * r.uniform(0.28, 0.32));
  v['gd-thanh-toan'] = payments;
  v['gd-thanh-toan-truc-tuyen'] = round(payments * (0.35 + 0.04 * (q - 1)));
  const transfers = round(received * r.uniform(0.2, 0.24));
  v['hs-luan-chuyen'] = transfers;
  v['hs-luan-chuyen-dien-tu'] = round(transfers * (0.9 + 0.015 * (q - 1)));
  const ratings = round(resolved * r.uniform(0.5, 0.58));
  v['dg-luot-danh-gia'] = ratings;
  v['dg-tot-tro-len'] = round(ratings * r.uniform(0.965, 0.985));
  v['hs-khong-nop-lai'] = round(received * (0.6 + 0.03 * (q - 1)));
  v['tg-cho-trung-binh'] = [12, 11, 11, 10][q - 1];
  v['tg-xu-ly-trung-binh'] = [24, 23, 22, 21][q - 1];
  return v;
}

function departmentValues(u, q) {
  const p = rng(u.id, 'profile');
  const r = rng(u.id, q, 'values');
  const v = {};
  // 2.2: departments comment on drafts; Phòng Tư pháp reports the district's VBQPPL (LEAD_FIGURES).
  v['vb-gop-y'] = r.int(1, 6);
  // 2.3: TTHC of the department's sector; dossiers go through the district one-stop desk, whose
  // figures Văn phòng HĐND và UBND reports for the whole district level (no double counting).
  if (u.tthc > 0) {
    const added = q >= 3 && u.id === 'phong-tai-nguyen-moi-truong' ? 2 : 0; // land-law changes from 01/8/2024
    v['tthc-tong-so'] = u.tthc + added;
    v['tthc-cong-khai'] = u.tthc + added;
    v['tthc-de-xuat-don-gian-hoa'] = r.chance(0.35) ? r.int(1, 3) : 0;
    if (u.fees > 0) {
      v['tthc-nghia-vu-tai-chinh'] = u.fees;
      v['tthc-thanh-toan-truc-tuyen'] = u.fees - (q <= 2 ? 1 : 0);
    }
  }
  if (u.id === 'van-phong-hdnd-ubnd') Object.assign(v, oneStopDeskValues(u, q));
  // 2.5 Chế độ công vụ
  const leadersTrained = u.leaders - (p.chance(0.3) && q <= 2 ? 1 : 0);
  v['ld-cap-phong'] = u.leaders;
  v['ld-cap-phong-boi-duong'] = leadersTrained;
  v['cbccvc'] = u.staff;
  v['cbccvc-tap-huan-giao-tiep'] = u.staff - (q === 1 && p.chance(0.4) ? 1 : 0);
  v['cb-tre-lanh-dao'] = u.leaders + p.int(1, 3);
  v['cb-lam-viec-quoc-te'] = p.int(0, 1);
  // 2.6 Tài chính công
  v['cong-khai-ngan-sach'] = true;
  if (q === 4) v['thtk-diem'] = round1(p.uniform(87, 97));
  // 2.7 Chính quyền số
  if (u.tthc > 0) {
    const eligible = round(u.tthc * 0.62);
    v['dvc-muc-4'] = round(u.tthc * 0.55);
    v['dvc-muc-4-di-dong'] = round(u.tthc * 0.55);
    v['tthc-du-dieu-kien-muc-4'] = eligible;
    v['tthc-muc-4'] = eligible - (q === 1 && p.chance(0.3) ? 1 : 0);
  }
  const files = round(u.files * SEASON[q] * r.uniform(0.9, 1.1));
  v['hscv-tong'] = files;
  v['hscv-xu-ly-tren-mang'] = round(files * clamp(p.uniform(0.84, 0.93) + 0.01 * (q - 1), 0, 0.99));
  const docs = round(u.docs * r.uniform(0.9, 1.1));
  v['vb-di'] = docs;
  v['vb-di-dien-tu'] = docs - (r.chance(0.25) ? 1 : 0);
  v['bao-cao-phan-mem-tinh'] = true;
  v['iso-9001'] = true;
  if (u.inspections) {
    const inspections = r.int(u.inspections[0], u.inspections[1]);
    v['kt-tong-so'] = inspections;
    v['kt-moi-truong-so'] = Math.min(inspections, r.int(0, 2));
  }
  for (const [id, series] of Object.entries(LEAD_FIGURES[u.id] ?? {})) {
    if (series[q - 1] !== null) v[id] = series[q - 1];
  }
  return v;
}

function publicServiceUnitValues(u, q) {
  const p = rng(u.id, 'profile');
  const r = rng(u.id, q, 'values');
  const v = {};
  v['ld-cap-phong'] = u.leaders;
  v['ld-cap-phong-boi-duong'] = u.leaders - (q <= 2 ? 1 : 0);
  v['cbccvc'] = u.staff;
  v['cbccvc-tap-huan-giao-tiep'] = u.staff - p.int(1, 3) + (q === 4 ? 1 : 0);
  v['cb-tre-lanh-dao'] = u.leaders + p.int(2, 4);
  v['cb-lam-viec-quoc-te'] = p.int(0, 1);
  v['cong-khai-ngan-sach'] = true;
  if (q === 4) v['thtk-diem'] = round1(p.uniform(85, 95));
  const docs = round(u.docs * r.uniform(0.88, 1.12));
  v['vb-di'] = docs;
  v['vb-di-dien-tu'] = docs - r.int(0, 3);
  return v;
}

/**
 * What every unit reports under section V.1 of the plan and the district's assignments (2.1.b):
 * the date its 2021–2025 CCHC plan was issued, its plan and inspection plan for the year, the
 * yearly dialogue conference once held (dialogueQuarter), and the tasks the district assigned.
 */
function commonValues(u, q) {
  const p = rng(u.id, 'common');
  const r = rng(u.id, q, 'common');
  const v = {};
  // Most units issued their 2021–2025 plan in December 2021; a few early in 2022 (late).
  const late = p.chance(0.12);
  v['kh-cchc-giai-doan'] = late ? `2022-01-${String(p.int(5, 20)).padStart(2, '0')}` : `2021-12-${String(p.int(10, 30)).padStart(2, '0')}`;
  v['kh-cchc-nam'] = !(q === 1 && p.chance(0.1));
  v['kh-kiem-tra'] = !(q === 1 && p.chance(0.15));
  const held = dialogueQuarter(u);
  if (held !== null && q >= held) v['hoi-nghi-doi-thoai'] = `2024-${String(held * 3 - 1).padStart(2, '0')}-${String(p.int(8, 26)).padStart(2, '0')}`;
  const assigned = r.int(1, u.kind === 'department' ? 6 : 4);
  v['nv-huyen-giao'] = assigned;
  v['nv-huyen-giao-hoan-thanh'] = assigned - (r.chance(0.2) ? 1 : 0);
  return v;
}

/** Xếp loại Chỉ số CCHC of a commune from its self-assessed score (the province's bands). */
function ratingOf(score) {
  return score >= 90 ? 'xuat-sac' : score >= 80 ? 'tot' : score >= 70 ? 'kha' : score >= 50 ? 'trung-binh' : 'yeu';
}

/** All indicator values of one unit for quarter q (1–4), keyed by indicator id. */
export function valuesFor(u, q) {
  const own = u.kind === 'department' ? departmentValues(u, q) : u.kind === 'public-service-unit' ? publicServiceUnitValues(u, q) : communeValues(u, q);
  return { ...commonValues(u, q), ...own };
}
