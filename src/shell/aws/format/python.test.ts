import { describe, expect, it } from 'vitest';
import { compareCodePoints, floatRepr, numberRepr, pyRepr, stringRepr } from './python.ts';

describe('floatRepr', () => {
  // [value, Python 3.11 repr(value)]
  const cases: [number, string][] = [
    [0.1, '0.1'],
    [1e-5, '1e-05'],
    [0.0001, '0.0001'],
    [0.00012345, '0.00012345'],
    [1e16, '1e+16'],
    [1.5e300, '1.5e+300'],
    [123456789.123, '123456789.123'],
    [5e-324, '5e-324'],
    [1.7976931348623157e308, '1.7976931348623157e+308'],
    [-0.5, '-0.5'],
    [1e22, '1e+22'],
    [2.5e-7, '2.5e-07'],
    [1234567890123456.8, '1234567890123456.8'],
    [2 ** 53, '9007199254740992.0'],
    [1 / 3, '0.3333333333333333'],
    [100.25, '100.25'],
  ];
  it.each(cases)('%d prints as %s', (value, expected) => {
    expect(floatRepr(value)).toBe(expected);
  });
});

describe('numberRepr', () => {
  it('prints safe integers as Python ints and the rest as floats', () => {
    expect(numberRepr(7200)).toBe('7200');
    expect(numberRepr(-0)).toBe('0');
    expect(numberRepr(2 ** 53)).toBe('9007199254740992.0');
    expect(numberRepr(1.5)).toBe('1.5');
  });
});

describe('repr', () => {
  it('quotes like Python', () => {
    expect(stringRepr("it's")).toBe(`"it's"`);
    expect(stringRepr('say "hi"')).toBe(`'say "hi"'`);
    expect(stringRepr(`both ' and "`)).toBe(`'both \\' and "'`);
  });
  it('escapes what str.isprintable() rejects', () => {
    expect(stringRepr('tab\there\x07\x7f\x85\xa0é\u200b😀\ud7ff')).toBe(
      "'tab\\there\\x07\\x7f\\x85\\xa0é\\u200b😀\\ud7ff'",
    );
    expect(stringRepr('\u2028')).toBe("'\\u2028'");
  });
  it('spells containers as Python does', () => {
    expect(pyRepr({ a: [1, true, null, 'x'], b: {} })).toBe("{'a': [1, True, None, 'x'], 'b': {}}");
  });
});

describe('compareCodePoints', () => {
  it('orders by code point, as Python sorts str', () => {
    // UTF-16 puts the astral 😀 (a surrogate pair, 0xD83D...) before U+FF21; code points do not.
    expect(['😀', 'Ａ', 'B', 'a'].sort(compareCodePoints)).toEqual(['B', 'a', 'Ａ', '😀']);
  });
});
