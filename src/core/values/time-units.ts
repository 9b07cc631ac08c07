/**
 * Units of time a result and its target are written in ("51 seconds" against "3 minutes"), as seconds.
 * Days are left out: working and calendar days are not one scale.
 */
const SECONDS: Readonly<Record<string, number>> = {
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  秒: 1,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  分鐘: 60,
  分钟: 60,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
  小時: 3600,
  小时: 3600,
};

/** The seconds one of a unit of time is, or null where the unit is none of these. */
export function secondsPer(unit: string | null): number | null {
  return unit === null ? null : (SECONDS[unit.toLowerCase()] ?? null);
}

/** Whether two units are both of time and of different sizes: their figures are not to be divided as written. */
export function unlikeTimes(a: string | null, b: string | null): boolean {
  const x = secondsPer(a);
  const y = secondsPer(b);
  return x !== null && y !== null && x !== y;
}

/** Units of time longer than a short word, read as a figure's unit all the same: "30 seconds", "5 minutes". */
export const LONG_TIME_UNIT = /^(?:seconds|minutes)$/i;
