import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../progress/memory-storage.ts';
import {
  dismissBackup,
  labKey,
  loadLab,
  pendingBackup,
  type SavedLab,
  saveLab,
  setAside,
} from './saved-session.ts';

const saved: SavedLab = {
  version: 1,
  scenario: 'default',
  savedAt: '2025-01-15T09:00:00.000Z',
  history: '{"version":1,"entries":["ls"]}',
  session: { kind: 'shell' },
};
const now = new Date('2025-01-15T10:00:00.000Z');

describe('saved lab sessions', () => {
  it('round-trips a session under iam-roles-lab:lab:<id>', () => {
    const storage = memoryStorage();
    expect(saveLab(storage, 'what-is-a-role', saved)).toBe(true);
    expect([...storage.entries.keys()]).toEqual(['iam-roles-lab:lab:what-is-a-role']);
    expect(loadLab(storage, 'what-is-a-role', 'default')).toMatchObject({ kind: 'saved', saved });
    expect(loadLab(storage, 'other', 'default')).toEqual({ kind: 'empty' });
  });

  it.each([
    ['{"version":1', 'it is not valid JSON'],
    ['[]', 'it is not a JSON object'],
    ['{"version":2}', 'it is version 2, not 1'],
    [JSON.stringify({ ...saved, history: undefined }), 'its history is missing'],
    [
      JSON.stringify({ ...saved, scenario: 'cross-account' }),
      'it was saved for scenario "cross-account", and this lab now uses "default"',
    ],
  ])('reports %s as unreadable: %s', (raw, reason) => {
    const storage = memoryStorage({ [labKey('lab')]: raw });
    expect(loadLab(storage, 'lab', 'default')).toEqual({ kind: 'unreadable', reason, raw });
  });

  it('sets unreadable data aside, keeps it until dismissed, and clears the lab', () => {
    const raw = '{"version":1,"scen';
    const storage = memoryStorage({ [labKey('lab')]: raw });
    const backup = setAside(storage, 'lab', raw, 'it is not valid JSON', now);
    const key = 'iam-roles-lab:lab:lab:backup:2025-01-15T10:00:00.000Z';
    expect(backup).toEqual({ key, reason: 'it is not valid JSON', raw });
    expect(storage.entries.get(key)).toBe(raw);
    expect(loadLab(storage, 'lab', 'default')).toEqual({ kind: 'empty' });
    expect(pendingBackup(storage, 'lab')).toEqual(backup);
    dismissBackup(storage, 'lab');
    expect(pendingBackup(storage, 'lab')).toBeNull();
    expect(storage.entries.get(key)).toBe(raw);
  });

  it('removes nothing when the copy cannot be written', () => {
    const storage = memoryStorage({ [labKey('lab')]: 'x' });
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(setAside(storage, 'lab', 'x', 'it is not valid JSON', now)).toBeNull();
    expect(storage.entries.get(labKey('lab'))).toBe('x');
    expect(saveLab(storage, 'lab', saved)).toBe(false);
  });
});
