import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/text/escape-regexp.js';

describe('escapeRegExp', () => {
  it('makes a pattern that matches a name with full stops and brackets literally', () => {
    const re = new RegExp(escapeRegExp('Mr. St. John (the elder)'), 'u');
    expect(re.test('said Mr. St. John (the elder), gravely')).toBe(true);
    // a full stop is no wildcard, a bracket no group
    expect(re.test('said Mrs St. John the elder')).toBe(false);
    expect(re.test('said Mrx St. John (the elder)')).toBe(false);
  });

  it('escapes every character with a meaning in a pattern, and only those', () => {
    // ("$" and "{" apart: a "${" in a plain string reads like a template's placeholder)
    const special = `.*+?^$${'{'}}()|[]\\`;
    expect(new RegExp(`^${escapeRegExp(special)}$`).test(special)).toBe(true);
    expect(escapeRegExp("Lady Catherine de Bourgh's")).toBe("Lady Catherine de Bourgh's");
  });
});
