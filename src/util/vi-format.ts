/**
 * Vietnamese number and date formatting: "." groups thousands, "," is the
 * decimal separator; dates are dd/mm/yyyy.
 */
export function formatNumber(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return String(value);
  const fixed = Math.abs(value).toFixed(decimals);
  const [intPart = '0', frac] = fixed.split('.');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return sign + grouped + (frac ? ',' + frac : '');
}

/** A rate with at most `decimals` decimals, trailing zeros dropped: 95,5 / 100. */
export function formatPercent(value: number, decimals = 1): string {
  const rounded = Number(value.toFixed(decimals));
  const d = Number.isInteger(rounded) ? 0 : decimals;
  return formatNumber(rounded, d) + '%';
}

/** 2024-06-05 → "05/06/2024". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * Place and date line of an official document (Nghị định 30/2020, leading zero
 * for days < 10 and months 1–2): "Tứ Kỳ, ngày 05 tháng 6 năm 2024".
 */
export function formatPlaceDate(place: string, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const day = String(d).padStart(2, '0');
  const month = m <= 2 ? String(m).padStart(2, '0') : String(m);
  return `${place}, ngày ${day} tháng ${month} năm ${y}`;
}

/**
 * Parses a number typed the Vietnamese way or the plain way: "1.234", "95,5",
 * "95,5%", "1.234.567,8", "1234.5". Returns null when it is not a number.
 */
export function parseVietnameseNumber(text: string): { value: number; percent: boolean } | null {
  let s = text.normalize('NFC').trim().replace(/[\s\u00a0]/g, '');
  if (s === '') return null;
  const percent = s.endsWith('%');
  if (percent) s = s.slice(0, -1);
  if (!/^[+-]?[\d.,]+$/.test(s)) return null;
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  let normalized: string;
  if (commas > 1) return null;
  if (commas === 1) {
    // Comma is the decimal separator; dots must group thousands.
    if (dots > 0 && !/^[+-]?\d{1,3}(\.\d{3})*,\d+$/.test(s)) return null;
    normalized = s.replace(/\./g, '').replace(',', '.');
  } else if (dots > 1) {
    if (!/^[+-]?\d{1,3}(\.\d{3})+$/.test(s)) return null;
    normalized = s.replace(/\./g, '');
  } else if (dots === 1) {
    // "1.234" is a thousands group in Vietnamese; "95.5" is a decimal.
    normalized = /^[+-]?\d{1,3}\.\d{3}$/.test(s) ? s.replace('.', '') : s;
  } else {
    normalized = s;
  }
  const value = Number(normalized);
  return Number.isFinite(value) ? { value, percent } : null;
}
