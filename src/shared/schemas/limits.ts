// Bounds of every record field, in one place: the schemas enforce them and the validation
// messages quote them, so the text a user reads always matches the rule applied.

export const LIMITS = {
  /** Person names: the card's own limit (CCCD_NAME_MAX_LENGTH). */
  nameMax: 100,
  villageMax: 100,
  adminNameMax: 100,
  adminLevelMax: 30,
  adminCodeMin: 2,
  adminCodeMax: 5,
  adminUnitsMax: 20_000,
  relationshipOtherMax: 60,
  cashNoteMax: 500,
  visitNotesMax: 2000,
  workerIdMax: 64,
  textVersionMax: 20,
  accountNumberMin: 6,
  accountNumberMax: 19,
  accountNoteMax: 300,
  /** Account work is recorded for this programme's years; earlier dates are typing mistakes. */
  accountMinYear: 2015,
  /** Monthly allowance in đồng (integer). Highest merit allowances stay well below this. */
  monthlyAmountMax: 50_000_000,
  minBirthYear: 1900,
  attachmentsPerVisitMax: 20,
  documentsPerPersonMax: 10,
  attachmentBytesMax: 5 * 1024 * 1024,
  locationAccuracyMaxM: 10_000,
  mutationsPerPushMax: 500,
  issuesPerResultMax: 50,
  issuePathMax: 200,
  /** Records in one backup file: a tablet's worth of unsynced visits. */
  backupMutationsMax: 50_000,
  /** A backup file's size: JSON with base64 photos (each photo ≤ ~200 KB after compression). */
  backupBytesMax: 128 * 1024 * 1024,
  /** Roster import (src/shared/roster): data rows in one file, a province's list with room. */
  importRowsMax: 100_000,
  /** Rows staged per request: ~2,000 × ~300 bytes of JSON stays well under the 2 MB body limit. */
  importChunkMax: 2_000,
  /** A spreadsheet cell is cut here before it is read (a name is at most 100 characters). */
  importCellMax: 500,
  importColumnsMax: 100,
  /** Rows of each kind (new, changed, removed, rejected) the report lists one by one. */
  importReportSampleMax: 200,
  importFileBytesMax: 100 * 1024 * 1024,
  importFileNameMax: 200,
} as const;
