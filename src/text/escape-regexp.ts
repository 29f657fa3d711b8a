/**
 * `text` as a regular expression that matches it literally: every character with a meaning in a
 * pattern (`. * + ? ^ $ { } ( ) | [ ] \`) escaped. For names and words read from a book or a review
 * and put into a pattern ("Mr. Darcy", "St. John", "Lady (Catherine)").
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
