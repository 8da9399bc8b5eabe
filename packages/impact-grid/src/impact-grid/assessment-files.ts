import { download } from '@devisus/core/files';
import type { Problem } from '@devisus/core';
import type { AssessmentFile } from '../framework/answers.js';
import { checkAssessment, type Line } from '../framework/check.js';
import type { Framework } from '../framework/schema.js';
import type { Notice } from './notice.js';

/** What a chosen file gives: the assessment, checked against the grid, if it is one of this grid's; and what to tell the person. */
export interface FileRead {
  file?: AssessmentFile;
  notice: Notice;
}

/**
 * Reads an assessment file the person chose, to import its answers or to compare with it. A file
 * that is not JSON or not an assessment of this grid is refused with a notice saying why; one of
 * another version is read with a note, and answers the grid cannot use are left out and listed.
 */
export async function readAssessmentFile(
  framework: Framework,
  chosen: File,
  as: 'answers' | 'comparison',
  describe: (problem: Problem) => string,
): Promise<FileRead> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await chosen.text());
  } catch (error) {
    parsed = error;
  }
  const read: ReturnType<typeof checkAssessment> =
    parsed instanceof Error
      ? { key: 'files.invalid', values: { problem: parsed.message } }
      : checkAssessment(framework, parsed, 'files', describe);
  const values = { file: chosen.name };
  if (!('file' in read)) return { notice: { ...read, values: { ...read.values, ...values }, tone: 'problem' } };
  const { version } = read.file.framework;
  const lines: Line[] = [
    ...(version === framework.version
      ? []
      : [{ key: 'files.otherVersion' as const, values: { version, current: framework.version } }]),
    ...read.ignored,
  ];
  const tone = read.ignored.length ? 'problem' : 'info';
  const key = as === 'comparison' ? 'files.compared' : 'files.imported';
  return { file: read.file, notice: { key, values, tone, lines } };
}

/** The name of a downloaded file: the grid's id and today's date. */
function fileName(frameworkId: string | undefined, extension: string): string {
  return `${frameworkId ?? 'assessment'}-${new Date().toISOString().slice(0, 10)}.${extension}`;
}

/** Downloads the assessment as JSON, as `exportAssessment()` gives it. */
export function downloadJson(frameworkId: string | undefined, assessment: AssessmentFile): void {
  download(fileName(frameworkId, 'json'), [JSON.stringify(assessment, null, 2)], 'application/json');
}

/** Downloads the assessment as a CSV table, as `exportCSV()` gives it. */
export function downloadCsv(frameworkId: string | undefined, csv: string): void {
  download(fileName(frameworkId, 'csv'), [csv], 'text/csv;charset=utf-8');
}
