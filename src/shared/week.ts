/** Weeks of the date view: a week runs Monday to Sunday and is named by its Monday (ISO 8601 weeks). */

const DAY_MS = 86_400_000;

/** The Monday of the week of `date` (YYYY-MM-DD), as YYYY-MM-DD. */
export function weekStart(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * DAY_MS).toISOString().slice(0, 10);
}

/** The Sunday that ends the week starting on `monday`. */
export function weekEnd(monday: string): string {
  return new Date(new Date(`${monday}T00:00:00Z`).getTime() + 6 * DAY_MS).toISOString().slice(0, 10);
}
