/**
 * Working-time arithmetic in a time zone, with Intl only: how many minutes of
 * working hours (Mon–Fri 08–17 local by default) lie between two instants.
 * Daylight-saving changes are honoured because every day's window is computed
 * in local time. Public holidays are not known.
 */

export interface WorkingHours {
  /** IANA time zone, e.g. Europe/Oslo. */
  timeZone: string;
  /** Local hour the day starts (inclusive) and ends (exclusive). */
  startHour: number;
  endHour: number;
  /** Working weekdays, 0 = Sunday … 6 = Saturday. */
  days: readonly number[];
}

export function officeHours(timeZone: string): WorkingHours {
  return { timeZone, startHour: 8, endHour: 17, days: [1, 2, 3, 4, 5] };
}

interface LocalDate {
  year: number;
  month: number;
  day: number;
}

const MINUTE = 60_000;
/** A handoff older than this many days is not measured further (it has long been escalated). */
const MAX_DAYS = 400;

export function workingMinutesBetween(start: number, end: number, hours: WorkingHours): number {
  if (end <= start) return 0;
  let date = localDate(start, hours.timeZone);
  let total = 0;
  for (let i = 0; i < MAX_DAYS; i += 1) {
    const opens = zonedInstant(date, hours.startHour, hours.timeZone);
    if (opens >= end) break;
    if (hours.days.includes(weekday(date))) {
      const closes = zonedInstant(date, hours.endHour, hours.timeZone);
      total += Math.max(0, Math.min(end, closes) - Math.max(start, opens));
    }
    date = nextDay(date);
  }
  return Math.floor(total / MINUTE);
}

/** Whether an instant falls inside working hours. */
export function isWorkingTime(instant: number, hours: WorkingHours): boolean {
  const parts = localParts(instant, hours.timeZone);
  return hours.days.includes(weekday(parts)) && parts.hour >= hours.startHour && parts.hour < hours.endHour;
}

/** The instant a local wall-clock time (date, hour:minute) happens in a zone. */
export function zonedInstant(date: LocalDate, hour: number, timeZone: string, minute = 0): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day, hour, minute);
  const first = wall - offsetAt(wall, timeZone);
  // Near a daylight-saving change the offset at the guess can differ from the offset at the answer.
  return wall - offsetAt(first, timeZone);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

function localParts(instant: number, timeZone: string): LocalDate & { hour: number; minute: number; second: number } {
  const values: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  return {
    year: values.year ?? 1970,
    month: values.month ?? 1,
    day: values.day ?? 1,
    hour: (values.hour ?? 0) % 24,
    minute: values.minute ?? 0,
    second: values.second ?? 0,
  };
}

function localDate(instant: number, timeZone: string): LocalDate {
  const { year, month, day } = localParts(instant, timeZone);
  return { year, month, day };
}

/** Milliseconds the zone is ahead of UTC at an instant. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = localParts(instant, timeZone);
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

function weekday(date: LocalDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

function nextDay(date: LocalDate): LocalDate {
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day + 1));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}
