import { describe, expect, it } from 'vitest';
import { formatColumns } from './columns.ts';
import { unicode6Width } from './width.ts';

describe('formatColumns', () => {
  it('fills columns top to bottom, two spaces apart', () => {
    expect(formatColumns(['a', 'bb', 'c', 'd', 'e'], 8, unicode6Width)).toEqual(['a   d', 'bb  e', 'c']);
  });

  it('puts one item per row when the widest does not fit twice', () => {
    expect(formatColumns(['create-role', 'delete-role'], 20, unicode6Width)).toEqual([
      'create-role',
      'delete-role',
    ]);
  });

  it('measures wide characters by cells', () => {
    expect(formatColumns(['日本', 'ab'], 20, unicode6Width)).toEqual(['日本  ab']);
  });

  it('lists nothing for no items', () => {
    expect(formatColumns([], 80, unicode6Width)).toEqual([]);
  });
});
