// Rows as aligned columns for a person to read: each column as wide as its widest cell, up to a cap past
// which a cell is cut with an ellipsis; line breaks and tabs inside a cell are shown as spaces.

export interface Column {
  header: string;
  /** Widest a cell may be; longer text is cut. Default: no cap. */
  max?: number;
  /** Numbers read better right-aligned. */
  right?: boolean;
}

function cell(value: string, max: number | undefined): string {
  const flat = value.replace(/\s+/g, ' ');
  return max !== undefined && flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The header line, a rule, then one line per row (trailing spaces trimmed). */
export function alignedTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string[] {
  const cells = rows.map((r) => r.map((v, i) => cell(v, columns[i].max)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((r) => r[i].length)));
  const line = (values: readonly string[]) => values.map((v, i) => (columns[i].right ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)];
}
