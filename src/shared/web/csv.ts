import type { FastifyReply } from 'fastify';

export type CsvCell = string | number | null | undefined;

/** Cells a spreadsheet would run as a formula; such text is prefixed with `'` (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 text: a header line and one line per row, CRLF-terminated, fields quoted when needed. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

/** Sends `csv` as a download named `filename` (letters, digits, dot, dash and underscore only). */
export function sendCsv(reply: FastifyReply, filename: string, csv: string): FastifyReply {
  const safeName = filename.replace(/[^A-Za-z0-9._-]/g, '_');
  return reply
    .status(200)
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${safeName}"`)
    .send(csv);
}
