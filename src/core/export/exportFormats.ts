// The export formats by name, for the CLI's --format and the editor's quick pick.
import { toBrat } from './brat';
import { toConll } from './conll';
import { toCsv } from './csv';
import { toJsonl } from './jsonl';
import type { ExportDocument, ExportFile, ExportFormat } from './types';

const FORMATS: Record<ExportFormat, (docs: readonly ExportDocument[]) => ExportFile[]> = {
  jsonl: toJsonl,
  csv: toCsv,
  brat: toBrat,
  conll: toConll,
};

/** The files of an export of `docs` in `format`. */
export function exportFiles(format: ExportFormat, docs: readonly ExportDocument[]): ExportFile[] {
  return FORMATS[format](docs);
}
