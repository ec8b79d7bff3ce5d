// The deadline to answer a data subject's request (Art. 12(3) GDPR): one month from receipt,
// counted as the same date of the next month, or that month's last day when it has no such date
// (received 31 January → 28 or 29 February). Extensions (+2 months with reasons) come on top.

/** The deadline in UTC calendar terms, at the same time of day as the receipt. */
export function responseDeadline(receivedAt: Date, months = 1): Date {
  if (!Number.isInteger(months) || months < 1) throw new TypeError('months must be a positive whole number');
  const year = receivedAt.getUTCFullYear();
  const month = receivedAt.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const deadline = new Date(receivedAt.getTime());
  deadline.setUTCFullYear(year, month, Math.min(receivedAt.getUTCDate(), lastDay));
  return deadline;
}
