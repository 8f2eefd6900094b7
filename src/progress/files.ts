import { BACKUP_KEY_PREFIX } from './storage.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** `iam-roles-lab-progress-2025-01-31.json`, dated in the learner's own time zone. */
export function exportFileName(now: Date): string {
  return `iam-roles-lab-progress-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** A file name for a backup, from its storage key; colons are not allowed in Windows file names. */
export function backupFileName(key: string): string {
  const stamp = key.startsWith(BACKUP_KEY_PREFIX) ? key.slice(BACKUP_KEY_PREFIX.length) : key;
  return `iam-roles-lab-progress-backup-${stamp.replace(/[^0-9A-Za-z.-]/g, '-')}.json`;
}
