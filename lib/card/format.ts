/** Human dates for ISO dates of any precision: 2022 → "2022", 2022-01 → "Jan 2022", 2022-01-05 → "5 Jan 2022". */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const month = mo ? MONTHS[Number(mo) - 1] : undefined;
  if (!month) return y!;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}
