// Duration units (codes from data/time.json) to TIMEX3 duration values and calendar grains.
import type { Grain } from './calendar.js';

/** Smaller unit and factor used to write a fractional amount as a whole one ("1 1/2 hours" = PT90M). */
const SMALLER: Readonly<Record<string, [string, number]>> = {
  Y: ['M', 12], M: ['D', 30], W: ['D', 7], D: ['H', 24], H: ['TM', 60], TM: ['S', 60], Q: ['M', 3],
  DE: ['Y', 10], CE: ['Y', 100], ML: ['Y', 1000], '2W': ['D', 14],
};

function letters(unit: string): string {
  switch (unit) {
    case 'TM':
      return 'TM';
    case 'H':
      return 'TH';
    case 'S':
      return 'TS';
    default:
      return unit;
  }
}

/** TIMEX3 duration: P5D, PT24H, P20Y (decades and centuries in years), PXY when the amount is vague. */
export function durationValue(n: number | null, unit: string): string {
  if (n === null) {
    const l = letters(unit === '2W' ? 'W' : unit);
    return l.startsWith('T') ? `PTX${l.slice(1)}` : `PX${l}`;
  }
  let amount = n;
  let u = unit;
  if (u === 'DE') [amount, u] = [amount * 10, 'Y'];
  else if (u === 'CE') [amount, u] = [amount * 100, 'Y'];
  else if (u === 'ML') [amount, u] = [amount * 1000, 'Y'];
  else if (u === '2W') [amount, u] = [amount * 2, 'W'];
  const whole = Math.floor(amount + 1e-9);
  const frac = amount - whole;
  if (frac > 1e-9 && SMALLER[u] !== undefined) {
    // "2 1/2 years" = P2Y6M, "5 1/2 hours" = PT5H30M.
    const [s, f] = SMALLER[u]!;
    const rest = Math.round(frac * f);
    if (whole === 0) return durationValue(rest, s);
    const big = durationValue(whole, u);
    const small = durationValue(rest, s);
    const smallBody = small.startsWith('PT') ? small.slice(2) : small.slice(1);
    if (big.startsWith('PT')) return `${big}${smallBody}`;
    return small.startsWith('PT') ? `${big}T${smallBody}` : `${big}${smallBody}`;
  }
  const l = letters(u);
  return l.startsWith('T') ? `PT${whole}${l.slice(1)}` : `P${whole}${l}`;
}

/** Calendar grain of a unit, or null for clock units (hours, minutes, seconds) and millennia. */
export function unitGrain(unit: string): Grain | null {
  switch (unit) {
    case 'D':
    case 'W':
    case 'M':
    case 'Q':
    case 'Y':
    case 'DE':
    case 'CE':
    case 'WE':
      return unit;
    case '2W':
      return 'W';
    default:
      return null;
  }
}
