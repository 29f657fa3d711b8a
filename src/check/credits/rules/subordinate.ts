import type { Span } from '../../../book/span.js';
import { lazyRegExp } from '../../../text/lazy-regexp.js';
import { LETTERS, LOWERS } from '../../../text/letters.js';
import { WRITTEN_NAME } from '../name-pattern.js';
import type { Segment } from '../site.js';

/**
 * Clauses of when, after, while… in the writer's sentence before a quotation: whose words follow.
 * A name glossed by such a clause owns the words ("Chauvelin, after Marguerite snubs him:"); a name
 * inside one, before a subject of the sentence's own, does not ("When Alexandra speaks of her land
 * he explodes:").
 */

/**
 * "Chauvelin, after Marguerite snubs him:", "Elizabeth, at Pemberley, when Darcy proposes again:": a
 * name opening the writer's sentence, glossed by a clause that says when, then the quotation. The
 * name has no verb of its own: the words are its. Returns where the name stands, or null.
 */
const SUBORDINATE_GLOSS = lazyRegExp(
  () =>
    new RegExp(
      `(?:^|[.!?]\\s+|:\\s+)[\\s*_]*(?<name>${WRITTEN_NAME})(?:,\\s+(?:at|in|on|near|by)\\s+[^,:;.!?“”"\\n]{1,30})?,\\s+(?:after|when|whenever|as|while|before|once|until|since|because|though|although)\\s+[^:;.!?“”"\\n]{1,80}:\\s*$`,
      'du',
    ),
);

export function nameBeforeSubordinateGloss(lead: Segment): Span | null {
  const m = SUBORDINATE_GLOSS().exec(lead.text);
  const ix = m?.indices?.groups?.name;
  return ix ? { start: lead.start + ix[0], end: lead.start + ix[1] } : null;
}

/**
 * A sentence (or a clause after "and", "but" or a semicolon) opening on a subordinator, then the name
 * (and its verb), then a pronoun subject and a verb ending the lead: "…, and when Mr. Collins proposes
 * she cuts him off:" (probe round AF124: read as Mr. Collins's line, and the right credit to Elizabeth
 * contradicted).
 */
const WHEN_OPENER =
  /(?:^|[.!?]["”’']?\s+|[,;]\s+(?:(?:and|but|yet|so|then)\s+)?|\s(?:and|but)\s+)[\s*_]*(?:[Ww]hen|[Ww]henever|[Ww]hile|[Aa]s|[Ii]f|[Aa]fter|[Bb]efore|[Oo]nce|[Ss]ince|[Uu]ntil|[Aa]lthough|[Tt]hough|[Bb]ecause)\s+[^.!?,;]*$/u;
const PRONOUN_SUBJECT_AT_END = new RegExp(
  String.raw`(?:^|[\s,])(?:he|she|they)\s+(?:[${LOWERS}]+\s+){0,3}[${LOWERS}]+\s*[:,]?\s*$`,
  'u',
);
/**
 * …or, after the clause's comma, a main clause of a few words with a subject of its own: "When
 * Jonathan cries that he would sell his soul, the old man rebukes him:" (probe round AF127: read as
 * Jonathan's line, and the right credit to Van Helsing contradicted).
 */
const MAIN_CLAUSE_AT_END = new RegExp(
  String.raw`,\s+(?:the\s+|his\s+|her\s+)?[${LETTERS}'’.-]+(?:\s+[${LETTERS}'’.-]+){1,7}\s*:\s*$`,
  'u',
);
export function inWhenClauseBeforeSubject(lead: Segment, name: Span): boolean {
  const before = lead.text.slice(0, name.start - lead.start);
  const after = lead.text.slice(name.end - lead.start);
  return WHEN_OPENER.test(before) && (PRONOUN_SUBJECT_AT_END.test(after) || MAIN_CLAUSE_AT_END.test(after));
}
