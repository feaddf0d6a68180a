/**
 * Exact addition of decimal figures. Reported values are decimals (counts,
 * minutes, million đồng with a few decimals); binary floating point would turn
 * 0,1 + 0,2 into 0,30000000000000004 and make a total depend on the order of
 * the units. Each value is read from its shortest decimal representation,
 * scaled to an integer (BigInt), added exactly, and the exact decimal total is
 * converted back to the nearest double.
 */
export function decimalSum(values: readonly number[]): number {
  // Whole numbers (most counts) add exactly in doubles while the total stays safe.
  let whole = 0;
  let allWhole = true;
  for (const v of values) {
    if (!Number.isSafeInteger(v)) {
      allWhole = false;
      break;
    }
    whole += v;
  }
  if (allWhole && Number.isSafeInteger(whole)) return whole;
  const parsed: { digits: bigint; scale: number }[] = [];
  let scale = 0;
  for (const v of values) {
    const d = decimalOf(v);
    if (d === null) return neumaierSum(values);
    parsed.push(d);
    if (d.scale > scale) scale = d.scale;
  }
  let total = 0n;
  for (const d of parsed) total += d.digits * 10n ** BigInt(scale - d.scale);
  return fromScaled(total, scale);
}

/** Removes binary floating-point noise: 15 significant digits. */
export function tidy(x: number): number {
  return Number.isFinite(x) ? Number(x.toPrecision(15)) : x;
}

/** v as digits × 10^-scale, from its shortest round-trip representation; null if it needs an exponent. */
function decimalOf(v: number): { digits: bigint; scale: number } | null {
  if (!Number.isFinite(v)) return null;
  const s = String(v);
  if (/e/i.test(s)) return null;
  const dot = s.indexOf('.');
  if (dot < 0) return { digits: BigInt(s), scale: 0 };
  return { digits: BigInt(s.slice(0, dot) + s.slice(dot + 1)), scale: s.length - dot - 1 };
}

function fromScaled(total: bigint, scale: number): number {
  if (scale === 0) return Number(total);
  const negative = total < 0n;
  const abs = (negative ? -total : total).toString().padStart(scale + 1, '0');
  const text = `${negative ? '-' : ''}${abs.slice(0, abs.length - scale)}.${abs.slice(abs.length - scale)}`;
  return Number(text);
}

/** Compensated summation for values that have no short decimal form. */
function neumaierSum(values: readonly number[]): number {
  let sum = 0;
  let c = 0;
  for (const v of values) {
    const t = sum + v;
    c += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  return sum + c;
}
