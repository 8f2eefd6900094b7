import { describe, expect, it } from 'vitest';
import { backupFileName, exportFileName } from './files.ts';
import { backupKey } from './storage.ts';

describe('file names', () => {
  it('dates exports by the local calendar day', () => {
    expect(exportFileName(new Date(2025, 0, 31, 23, 59))).toBe('iam-roles-lab-progress-2025-01-31.json');
    expect(exportFileName(new Date(2025, 8, 5, 0, 1))).toBe('iam-roles-lab-progress-2025-09-05.json');
  });

  it('names a backup after its timestamp, without colons', () => {
    const key = backupKey(new Date('2025-02-01T08:00:00.123Z'));
    expect(key).toBe('iam-roles-lab:progress:backup:2025-02-01T08:00:00.123Z');
    expect(backupFileName(key)).toBe('iam-roles-lab-progress-backup-2025-02-01T08-00-00.123Z.json');
  });
});
