/**
 * Speech tags: each reader is a pure function from a stretch of narration (and the mentions in it) to
 * a tag: who speaks, or the pronoun / description still to resolve, with the tag's form (its rule id
 * within the tag rules of sieve.ts) and its confidence. The confidences are the tags' own, from the
 * surest ("said Elizabeth", 0.95) down to a description ("cried the old gentleman", 0.6). What a tag
 * is — its forms and fields — is in tag-forms.ts.
 */
import {
  COMPANION_NOUNS,
  GENDERED_NOUNS,
  type Gender,
  KIN_TERMS,
  OWNED_SPEECH_NOUNS,
  SUBORDINATING_CONJUNCTIONS,
} from '../../lexicon.js';
import {
  clauseSubject,
  isObjectPosition,
  isPossessive,
  isSpeechVerbAt,
  mentionAt,
  nameInSubjectPosition,
  OBJECT_PREPOSITIONS,
  pronounBeforeObject,
  pronounGender,
  spanned,
  type Tok,
  tokens,
} from './clause.js';
import { mentionsIn } from './scene.js';
import type { Tag, TagSource } from './tag-forms.js';
import type { Mention } from './types.js';

export {
  SENTENCE_FORMS,
  SUBJECT_FORMS,
  TAG_AFTER_FORMS,
  TAG_BEFORE_FORMS,
  type Tag,
  type TagForm,
  type TagSource,
} from './tag-forms.js';

/** "his wife", "her father" at token i: a relation whose gender is the speaker's. */
export function kinTag(clause: readonly Tok[], i: number, form: 'kin-said' | 'said-kin'): Tag | null {
  const poss = clause[i]?.lw;
  const noun = clause[i + 1]?.lw;
  if ((poss !== 'his' && poss !== 'her') || !noun || !KIN_TERMS.has(noun)) return null;
  return {
    form,
    speaker: null,
    type: 'anaphoric',
    confidence: 0.7,
    pronoun: KIN_TERMS.get(noun)!,
    description: true,
    kin: { possessor: poss === 'his' ? 'male' : 'female', noun },
  };
}

/** "his companion", "her friend" at token i: whoever the possessor is talking with (COMPANION_NOUNS). */
export function companionTag(
  clause: readonly Tok[],
  i: number,
  form: 'companion-said' | 'said-companion',
): Tag | null {
  const poss = clause[i]?.lw;
  const noun = clause[i + 1]?.lw;
  if ((poss !== 'his' && poss !== 'her') || !noun || !COMPANION_NOUNS.has(noun)) return null;
  const g = COMPANION_NOUNS.get(noun)!;
  return {
    form,
    speaker: null,
    type: 'anaphoric',
    confidence: 0.7,
    ...(g !== 'unknown' ? { pronoun: g } : {}),
    description: true,
    companionOf: poss === 'his' ? 'male' : 'female',
  };
}

/**
 * The subject closest before the speech verb at v: a name, or he / she / I. "He looked at Elizabeth and
 * coldly said" is his line, not hers.
 */
export function subjectBefore(
  src: TagSource,
  clause: readonly Tok[],
  v: number,
  names: Mention[],
): Tag | null {
  const verb = clause[v]!;
  for (let i = subordinateClauseStart(clause, v) - 1; i >= 0; i--) {
    const t = clause[i]!;
    const named = mentionAt(names, t);
    if (named && named.end <= verb.start) {
      // "on Winterbourne's affirmative reply, “…”": the reply is someone else's speech, which this
      // line answers; the possessive after a preposition names the one spoken to, not the speaker.
      if (
        isPossessive(t.w) &&
        OWNED_SPEECH_NOUNS.has(verb.lw) &&
        ANSWERED_AFTER.has(clause[clause.findIndex((x) => x.start >= named.start) - 1]?.lw ?? '')
      )
        return null;
      const objectOfPronoun = pronounBeforeObject(clause, names, named);
      if (objectOfPronoun)
        return {
          form: 'pronoun-over-object',
          speaker: null,
          type: 'anaphoric',
          confidence: 0.8,
          pronoun: objectOfPronoun,
        };
      // A name in object position gives way to a name that opens the clause ("Fanny, feeling it due to
      // herself, returned to Mr. Crawford, and said"): the subject of the whole sentence.
      const first = clauseSubject(clause, names);
      const startTok = clause.findIndex((t) => t.start >= named.start);
      // "Fielding, who didn't dislike Miss Derek, replied": a name inside a relative clause.
      const firstTok = first ? clause.findIndex((t) => t.start >= first.start) : -1;
      // Not "Archer, who …, declined; and Winsett said": a name after "and" starts a clause of its own.
      const relative =
        first !== null &&
        !(['and', 'but'].includes(clause[startTok - 1]?.lw ?? '') && i === v - 1 && !clause[v]!.afterComma) &&
        clause.slice(firstTok, startTok).some((t) => t.lw === 'who' || t.lw === 'whose' || t.lw === 'whom');
      if (
        first &&
        first.character !== named.character &&
        startTok > 0 &&
        // "stopped by Sir Thomas's saying": the possessive right before the verb is the speaker.
        !(isPossessive(t.w) && v - i <= 1) &&
        // "broken by Isabella, who in a voice of cold resentment said": the relative clause's subject
        // (not one closed by a comma before the verb: "she startled Miss Crawley, who was placidly
        // occupied with a French novel, by crying out", Vanity Fair, probe round AF254)
        !(clause[i + 1]?.lw === 'who' && !clause.slice(i + 2, v + 1).some((x) => x.afterComma)) &&
        (relative || isObjectPosition(clause, startTok))
      ) {
        const subject = relative ? first : (nameInSubjectPosition(clause, names, startTok) ?? first);
        return { form: 'name-clause-subject', speaker: subject.character, type: 'explicit', confidence: 0.9 };
      }
      return v - i <= src.options.nearNameWords
        ? { form: 'name-said', speaker: named.character, type: 'explicit', confidence: 0.95 }
        : { form: 'name-said-far', speaker: named.character, type: 'explicit', confidence: 0.85 };
    }
    const g = pronounGender(t.lw);
    const kin =
      !g && i >= 1
        ? KIN_TERMS.has(t.lw)
          ? // "turning to her sister, said": a relation after a preposition is spoken to, not speaking.
            i >= 2 && OBJECT_PREPOSITIONS.has(clause[i - 2]!.lw)
            ? null
            : kinTag(clause, i - 1, 'kin-said')
          : // "her companion added"; not "press her friend's hand and say": the subject right before the verb
            COMPANION_NOUNS.has(t.lw) && v - i <= 2
            ? companionTag(clause, i - 1, 'companion-said')
            : null
        : null;
    // "Elizabeth saw what he was doing, and … turned to him and said": a pronoun or relation well
    // before the verb, after a name that opens the clause, belongs to a subordinate clause or an object.
    if ((g || kin) && v - i > 2) {
      const first = clauseSubject(clause, names);
      // "Catherine, humbled and ashamed, was going to apologize, but he prevented her by saying": a
      // "he" opening a clause of its own cannot stand for the woman who opens the sentence.
      const opensClause = t.afterComma || ['and', 'but', 'yet'].includes(clause[i - 1]?.lw ?? '');
      const otherGender =
        g && first && opensClause && src.genderOf && ![g, 'unknown'].includes(src.genderOf(first.character));
      if (first && first.end <= t.start && !otherGender) {
        // "Jo wasn't ashamed…, and Amy never minded… as she hid her face… and sobbed out": the pronoun
        // stands in the clause of the name that opens it after ", and", when that name agrees with it.
        const coordinate = g ? coordinateSubject(src, clause, names, first, t, g) : null;
        const subject = coordinate ?? first;
        return { form: 'name-opens-clause', speaker: subject.character, type: 'explicit', confidence: 0.85 };
      }
    }
    if (g)
      return v - i <= src.options.nearPronounWords
        ? { form: 'pronoun-said', speaker: null, type: 'anaphoric', confidence: 0.85, pronoun: g }
        : { form: 'pronoun-said-far', speaker: null, type: 'anaphoric', confidence: 0.75, pronoun: g };
    if (t.lw === 'i' && src.narrator)
      return { form: 'narrator-said', speaker: src.narrator, type: 'anaphoric', confidence: 0.9 };
    if (kin) return kin;
  }
  return null;
}

/**
 * "and when Mary had finished her second song, said aloud": a clause opened by a subordinating
 * conjunction and closed by the comma right before the speech verb holds no subject of that verb. The
 * index of the conjunction, where the search for the subject goes on backwards; v when there is none.
 */
function subordinateClauseStart(clause: readonly Tok[], v: number): number {
  if (!clause[v]!.afterComma) return v;
  for (let s = v - 1; s >= 0 && v - s <= SUBORDINATE_CLAUSE_WORDS; s--) {
    const t = clause[s]!;
    if (
      SUBORDINATING_CONJUNCTIONS.has(t.lw) &&
      (s === 0 || t.afterComma || ['and', 'but'].includes(clause[s - 1]!.lw))
    )
      return s;
    if (t.afterComma || /^[.!?;:]$/.test(t.w)) return v;
  }
  return v;
}
/**
 * How far back from the verb the opening conjunction is looked for. Measured (eval:speakers): 8, 14
 * and 20 give the same 18,134 lines; the clauses this catches are short.
 */
const SUBORDINATE_CLAUSE_WORDS = 14;

/**
 * The last name between the sentence's subject and the pronoun that opens a coordinate clause of its
 * own (", and Amy never minded"), of the pronoun's gender; null when there is none or genders are unknown.
 */
function coordinateSubject(
  src: TagSource,
  clause: readonly Tok[],
  names: readonly Mention[],
  first: Mention,
  pronoun: Tok,
  gender: Gender,
): Mention | null {
  if (!src.genderOf) return null;
  let found: Mention | null = null;
  for (const m of names) {
    if (m.start <= first.end || m.end > pronoun.start) continue;
    const k = clause.findIndex((t) => t.start >= m.start);
    const before = clause[k - 1];
    if (before && (before.lw === 'and' || before.lw === 'but') && before.afterComma) found = m;
  }
  return found && found.character !== first.character && src.genderOf(found.character) === gender
    ? found
    : null;
}

// Lower case only: "said Milly", "said Emily" are names, not adverbs.
const ADVERB = /^[a-z]+ly$/;
const DESCRIPTION_HEADS = new Set(['the', 'this', 'his', 'her', 'their', 'my', 'a', 'an', 'our', 'your']);
const TAG_BREAK = new Set(['.', '!', '?', ';', '"', '\u201c', '\u201d']);

/**
 * A speech tag in narration right after a quoted part: `, said Elizabeth`, `, Mrs. Bennet cried`,
 * `, said he`, `, replied his wife`. Reads only the first clause after the quote.
 */
export function tagAfter(src: TagSource, start: number, end: number): Tag | null {
  const { text, options } = src;
  // `'…the end.'" Katharine mused`: a nested quotation closing with the speech leaves a second mark.
  if (/["'\u201c\u201d\u2018\u2019]/.test(text[start] ?? '')) start++;
  const toks = tokens(text, start, Math.min(end, start + options.tagAfterReach));
  let clauseEnd = toks.findIndex((t) => TAG_BREAK.has(t.w));
  if (clauseEnd < 0) clauseEnd = toks.length;
  const clause = toks.slice(0, Math.min(clauseEnd, options.tagClauseWords));
  return spanned(tagInClauseAfter(src, clause, start), clause);
}

/** tagAfter's reading of the clause (`start`: where the narration after the quote begins). */
function tagInClauseAfter(src: TagSource, clause: readonly Tok[], start: number): Tag | null {
  const { text, options } = src;
  const owned = ownedSpeech(src, clause);
  if (owned) return owned;
  const v = clause.findIndex((_, i) => isSpeechVerbAt(clause, i));
  const names = mentionsIn(src.mentions, clause[0]?.start ?? start, clause[clause.length - 1]?.end ?? start);
  if (v < 0) return possessiveSpeech(clause, names);
  // Subject before the verb: "Elizabeth said", "Mrs. Bennet, smiling, said", "he said", "his wife said"
  // '"…I am sure." Miss Crawford listened, and Edmund agreed': after a full stop, narration whose verb
  // comes well after its start is a sentence of its own, not the speech's tag. ("Edmund said." still is.)
  const sentenceEnded = text[start - 2] === '.' && /["\u201d']/.test(text[start - 1] ?? '');
  if (sentenceEnded && v >= 3) return null;
  if (v <= options.tagSubjectWords) {
    const subj = subjectBefore(src, clause, v, names);
    if (subj) {
      if (subj.speaker) subj.addressee = addresseeAfter(clause, v, names);
      return subj;
    }
  }
  // Description before the verb: "the old man said"
  if (v >= 2 && v <= 4 && DESCRIPTION_HEADS.has(clause[0]!.lw)) {
    const described = describedPerson(clause[v - 1]!.lw, 'description-said');
    if (described) return described;
  }
  // '"…," and warned Aziz': a verb joined by "and" to the speech has the speaker as its subject and
  // the name after it as its object.
  if (v === 1 && (clause[0]!.lw === 'and' || clause[0]!.lw === 'but')) return null;
  // After the verb: "said Elizabeth", "said he", "said his wife"
  let j = v + 1;
  while (
    j < clause.length &&
    (ADVERB.test(clause[j]!.w) || clause[j]!.lw === 'again' || clause[j]!.lw === 'then')
  )
    j++;
  const next = clause[j];
  if (!next) return null;
  // '"…," the stranger said gruffly, and Manuel doubled a rope': past a comma after the verb a new
  // clause begins, and its subject is not the speaker.
  if (next.afterComma) return null;
  // "said Elizabeth", or "rejoined the now mollified General" (a named character behind an article)
  const reach = DESCRIPTION_HEADS.has(next.lw)
    ? (clause[j + 3] ?? clause[clause.length - 1]!).end
    : next.end + 1;
  // Not '"…," said his sister, indicating Winterbourne': a name past a comma is no longer the subject.
  const after = names.find((m) => {
    if (m.start < next.start || m.start > reach) return false;
    if (clause.some((t) => t.afterComma && t.start > next.start && t.start <= m.start)) return false;
    const k = clause.findIndex((t) => t.start >= m.start);
    const last = clause.findLastIndex((t) => t.start < m.end);
    // "said the man to Lucy" names who is spoken to; "responded Daisy's mamma" someone else (but
    // "said the Rabbit's voice" the Rabbit).
    if (k > j && clause[k - 1]!.lw !== 'by' && OBJECT_PREPOSITIONS.has(clause[k - 1]!.lw)) return false;
    const owned = clause[last + 1]?.w ?? '';
    return !(isPossessive(clause[last]!.w) && /^\p{Ll}/u.test(owned) && !OWNED_SPEECH_NOUNS.has(owned));
  });
  if (after)
    return {
      form: 'said-name',
      speaker: after.character,
      type: 'explicit',
      confidence: 0.95,
      addressee: addresseeAfter(clause, j, names),
    };
  const g = pronounGender(next.lw);
  if (g) return { form: 'said-pronoun', speaker: null, type: 'anaphoric', confidence: 0.85, pronoun: g };
  if (next.lw === 'i' && src.narrator)
    return { form: 'said-narrator', speaker: src.narrator, type: 'anaphoric', confidence: 0.9 };
  const kin = kinTag(clause, j, 'said-kin') ?? companionTag(clause, j, 'said-companion');
  if (kin) return kin;
  if (next.lw === 'the' && clause[j + 1]?.lw === 'other') {
    return { form: 'said-the-other', speaker: null, type: 'anaphoric', confidence: 0.7, otherParty: true };
  }
  if (DESCRIPTION_HEADS.has(next.lw)) {
    // "cried the old gentleman": the noun's gender, resolved like a pronoun.
    for (let k = j + 1; k < Math.min(clause.length, j + 4); k++) {
      const described = describedPerson(clause[k]!.lw, 'said-description');
      if (described) return described;
    }
  }
  return null;
}

/** A description's head noun as a tag: "the old gentleman", "this young lady", resolved like "he" / "she". */
function describedPerson(noun: string, form: 'description-said' | 'said-description'): Tag | null {
  const g = GENDERED_NOUNS.get(noun);
  return g
    ? { form, speaker: null, type: 'anaphoric', confidence: 0.6, pronoun: g, description: true }
    : null;
}

/** Prepositions before someone's speech that a line answers: "on Jane's reply", "at his question". */
const ANSWERED_AFTER = new Set(['on', 'upon', 'at', 'after', 'to', 'following']);

/** A speech noun with a possessive name before it (an adjective may come between: "last word"). */
export function possessiveSpeech(clause: readonly Tok[], names: readonly Mention[]): Tag | null {
  for (let i = 0; i < clause.length; i++) {
    if (!isPossessive(clause[i]!.w)) continue;
    if (!OWNED_SPEECH_NOUNS.has(clause[i + 1]?.lw ?? '') && !OWNED_SPEECH_NOUNS.has(clause[i + 2]?.lw ?? ''))
      continue;
    const owner = mentionAt(names, clause[i]!);
    if (owner)
      return { form: 'possessive-speech', speaker: owner.character, type: 'explicit', confidence: 0.8 };
  }
  return null;
}

/**
 * '"…," was her reply', 'was his next observation', 'was all my answer': a speech noun owned by a
 * pronoun, right after the quotation.
 */
export function ownedSpeech(src: TagSource, clause: readonly Tok[]): Tag | null {
  if (clause[0]?.lw !== 'was') return null;
  for (let i = 1; i <= 3 && i < clause.length; i++) {
    const poss = clause[i]!.lw;
    if (poss !== 'his' && poss !== 'her' && poss !== 'my') continue;
    const noun = clause
      .slice(i + 1, i + 4)
      .findIndex((t) => OWNED_SPEECH_NOUNS.has(t.lw) || t.lw === 'demand');
    if (noun < 0) return null;
    if (poss === 'my')
      return src.narrator
        ? { form: 'owned-by-narrator', speaker: src.narrator, type: 'anaphoric', confidence: 0.85 }
        : null;
    return {
      form: 'owned-by-pronoun',
      speaker: null,
      type: 'anaphoric',
      confidence: 0.8,
      pronoun: poss === 'his' ? 'male' : 'female',
    };
  }
  return null;
}

/** "said Elizabeth to Jane": the character named after "to" in the tag. */
function addresseeAfter(clause: readonly Tok[], from: number, names: readonly Mention[]): string | undefined {
  for (let i = from; i < clause.length - 1; i++) {
    if (clause[i]!.lw === 'to') {
      const m = names.find((n) => n.start >= clause[i + 1]!.start && n.start <= clause[i + 1]!.end);
      if (m) return m.character;
    }
  }
  return undefined;
}

/** A subject read before the quotation is a little less sure than one read after it (the verb may be far). */
const BEFORE_DISCOUNT = 0.95;

/** A speech tag in the narration just before a quotation: `Elizabeth said:`, `She replied,`. */
export function tagBefore(src: TagSource, start: number, end: number): Tag | null {
  const from = Math.max(start, end - src.options.tagBeforeReach);
  const toks = tokens(src.text, from, end);
  let clauseStart = toks.length - 1;
  while (clauseStart >= 0 && !['.', '!', '?', '"', '\u201c', '\u201d'].includes(toks[clauseStart]!.w))
    clauseStart--;
  const clause = toks.slice(clauseStart + 1);
  return spanned(tagInClauseBefore(src, clause, end), clause);
}

/** tagBefore's reading of the clause ending at `end`, the quotation's opening. */
function tagInClauseBefore(src: TagSource, clause: readonly Tok[], end: number): Tag | null {
  // The speech verb nearest the quotation, however far: "Tony said to Jock, as they sat alone after dinner,"
  let v = -1;
  for (let i = clause.length - 1; i >= 0; i--) {
    if (isSpeechVerbAt(clause, i)) {
      v = i;
      break;
    }
  }
  const names = mentionsIn(src.mentions, clause[0]?.start ?? end, end);
  if (v < 0) return possessiveSpeech(clause, names);
  // Passive: "…when thus accosted by Miss Bingley,"
  if (clause[v + 1]?.lw === 'by') {
    const agent = names.find((m) => m.start >= clause[v + 1]!.end && m.start <= (clause[v + 2]?.end ?? 0));
    if (agent) return { form: 'passive', speaker: agent.character, type: 'explicit', confidence: 0.85 };
  }
  const subj = subjectBefore(src, clause, v, names);
  if (subj) return { ...subj, confidence: subj.confidence * BEFORE_DISCOUNT };
  const after = names.find((m) => m.start > clause[v]!.end);
  const afterTok = after ? clause.findIndex((t) => t.start >= after.start) : -1;
  // "remarked to Ralph:" names who is spoken to.
  if (after && v + 3 >= afterTok && !(afterTok > 0 && OBJECT_PREPOSITIONS.has(clause[afterTok - 1]!.lw))) {
    return { form: 'said-name', speaker: after.character, type: 'explicit', confidence: 0.85 };
  }
  return null;
}
