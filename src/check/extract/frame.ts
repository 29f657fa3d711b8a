import type { Span } from '../../book/span.js';
import {
  abbreviatedTitleAlternation,
  endsInPersonNoun,
  FAMILY_NAME_PARTICLES,
  isReviewLabel,
  titleAlternation,
} from '../../lexicon.js';
import { lazyRegExp } from '../../text/lazy-regexp.js';
import { LETTERS, LOWERS, UPPERS } from '../../text/letters.js';
import { LEADING_TIME_CODE } from '../review/time-code.js';

/**
 * What stands before a quotation on its own line and is not part of it: a screenplay prefix naming
 * the speaker (`Nancy: …`, `[Cohn:] …`, `D: …`, `MR. DARCY: …`, `ELIZABETH. …`), a label (`Quote: …`),
 * a writer's short lead. A credit or citation after it (`— Emma Woodhouse`, `(Basil)`, `(5.15)`) is
 * trailer.ts's. The quotation's span excludes them; the credits stage reads the speaker from them.
 */

const TITLES = titleAlternation();
/**
 * One word of a name as written: "Darcy", "DARCY", "Winnie-the-Pooh", "O'Brien", "St.", a family
 * name with an elided particle, "d'Urberville" (probe round AF168: "(Alec d'Urberville)" after a list
 * item was taken into its words), and initials run together, "T.A." (probe round AF242: "— T.A.
 * Buck" below a block quotation was taken into its words).
 */
const NAME_WORD = `(?:(?:[${UPPERS}]\\.){2,3}|(?:d['’])?[${UPPERS}][${LETTERS}'’\\-]*\\.?)`;
const PARTICLE = '(?:of|the|de|van|von|du|le|la|di|da|del|and)(?:\\s+(?:der|den|la|le))?';
/** A family name's particle right after a title: "Mrs. van der Luyden" (probe round AE17). */
const TITLED_PARTICLE = `(?:(?<=\\.\\s)${FAMILY_NAME_PARTICLES}\\s+)?`;
/** A name as a writer heads a line with it: optional "the" and titles ("The Reverend Mr. Dimmesdale"), one to four capitalised words. */
export const NAME = `(?:[Tt]he\\s+)?(?:(?:${TITLES})\\.?\\s+){0,2}${TITLED_PARTICLE}${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)?${NAME_WORD}){0,3}`;

const BRACKETED = /^\[\s*([^\]\n:]{1,40}?)\s*:?\s*\]\s*:?[ \t]+(?=\S)/u;
/** A stage direction between the name and its colon or dash: "Jo (lying on the rug):", "AMY (to the others) —". */
const DIRECTION = '[ \\t]*\\([^()\\n]{1,60}\\)';
/** Markdown emphasis around a name or its colon: "**Jo**:", "**Jo:**", "*Meg* (sadly):". */
const EM = '(?:\\*\\*|__|\\*|_)?';
const COLON = new RegExp(`^${EM}(${NAME})${EM}(?:${DIRECTION})?[ \\t]*:${EM}[ \\t]+(?=\\S)`, 'du');
/**
 * A script's name in capitals, a direction, a dash: "AMY (to the others) — I don't think…". Not a
 * name in lower case ("Ruth (on the stairs) – shows her grief" is a revision card's gloss), nor
 * without the direction ("Darcy — proud as ever — …" is prose).
 */
const DIRECTION_DASH = new RegExp(
  `^${EM}((?:[${UPPERS}]{2,}\\.?\\s+)?[${UPPERS}][${UPPERS}'’-]+(?:\\s+[${UPPERS}][${UPPERS}'’-]+){0,2})${EM}${DIRECTION}[ \\t]*(?:[\u2014\u2013]|--?)[ \\t]+(?=\\S)`,
  'du',
);
/** A play script: the name in capitals and a full stop ("ELIZABETH. I am…", "MR. DARCY. Madam…"). */
const PLAY = new RegExp(
  String.raw`^((?:[${UPPERS}]{2,}\.?\s+)?[${UPPERS}][${UPPERS}'’-]+(?:\s+[${UPPERS}][${UPPERS}'’-]+){0,2})\.[ \t]+(?=[${UPPERS}"“‘'«])`,
  'u',
);
const TITLE_ALONE = new RegExp(`^(?:${TITLES})$`, 'iu');
const INITIAL = new RegExp(String.raw`^([${UPPERS}]{1,2}\.?)[ \t]*:[ \t]+(?=\S)`, 'u');

export interface Prefix {
  /** The speaker's name as written, brackets and colon excluded. */
  speaker: Span;
  /** Where the words after the prefix start. */
  bodyStart: number;
  /** `[X:]`, `NAME:` in capitals, a play script's `NAME.`: conventions of scripts only. */
  strong: boolean;
  /**
   * The name is in Markdown emphasis ("**Jo**:", "**BEN:**"): a transcript's or a script's label
   * alike, so a speaker's line only where the book has its words (never taken on its own, without a
   * book, as a script's line).
   */
  emphasis?: boolean;
}

function isLabel(name: string): boolean {
  return isReviewLabel(name);
}

/** The screenplay prefix at the start of `line` (offsets into `text`), or null. */
export function screenplayPrefix(text: string, line: Span): Prefix | null {
  const s = text.slice(line.start, line.end);
  const indent = /^[ \t]*/.exec(s)![0].length;
  // "**[22:10]** Madame de Vionnet: …" (a podcast's notes): the name after the time code.
  const lead = indent + (LEADING_TIME_CODE.exec(s.slice(indent))?.[0].length ?? 0);
  const rest = s.slice(lead);
  const at = line.start + lead;
  const bracket = BRACKETED.exec(rest);
  if (bracket && /^\p{Lu}/u.test(bracket[1]!) && !isLabel(bracket[1]!)) {
    const nameAt = at + rest.indexOf(bracket[1]!);
    return {
      speaker: { start: nameAt, end: nameAt + bracket[1]!.length },
      bodyStart: at + bracket[0].length,
      strong: true,
    };
  }
  const m = COLON.exec(rest) ?? DIRECTION_DASH.exec(rest) ?? INITIAL.exec(rest);
  if (m) {
    const name = m[1]!.replace(/\s+$/, '');
    if (isLabel(name) || /\d/.test(name) || (name === 'A' && answersQuestion(text, line))) return null;
    // "To Mrs Chiley: Dear Mrs Chiley, …" names whom the line is said to, not who says it (probe
    // round AE5: read as her line, and contradicted)
    if (/^To\s/.test(name)) return null;
    const caps = name === name.toUpperCase() && /\p{Lu}{2}/u.test(name);
    // "SHERLOCK HOLMES: THE BEST LINES, AS A SCRIPT": after a name in capitals, words all in
    // capitals are a title, no line of speech (probe round AF224: read as Holmes's line).
    // (a line shouted ends on its "!": "QUEEN: OFF WITH HER HEAD!"; a title's bracketed gloss is
    // not its words: "ELLEN OLENSKA: KEY QUOTATIONS (Chapter IX, the visit to her house)", probe
    // round AF269, read as Ellen's line)
    const body = s.slice(lead + m[0].length).replace(/\s*(?:\([^()]*\)|\[[^[\]]*\])/g, '');
    if (caps && /\p{Lu}{2,}.*\s.*\p{Lu}{2,}/u.test(body) && !/\p{Ll}/u.test(body) && !/[!?]\W*$/.test(body))
      return null;
    const nameAt = at + (m.indices?.[1]?.[0] ?? 0);
    const emphasis = /[*_]/.test(
      m[0].slice(0, m.indices?.[1]?.[0] ?? 0) + m[0].slice(m.indices?.[1]?.[1] ?? 0),
    );
    return {
      speaker: { start: nameAt, end: nameAt + name.length },
      bodyStart: at + m[0].length,
      strong: caps && !emphasis,
      ...(emphasis ? { emphasis } : {}),
    };
  }
  const play = PLAY.exec(rest);
  // "MRS. PRUETT, a landlady" (a cast list): a title alone before its full stop is no speaker's name.
  if (play && !isLabel(play[1]!) && !TITLE_ALONE.test(play[1]!)) {
    return {
      speaker: { start: at, end: at + play[1]!.length },
      bodyStart: at + play[0].length,
      strong: true,
    };
  }
  return null;
}

/**
 * "- To her father: No, papa, …", "- George, to the Major: That would be…", "- Greeting the
 * candidate: Oh, Mr Ashburton!": a short lead of the writer's before a colon, at the head of a line
 * without marks. Where the offset after it, or null. The words after it are a quotation only where
 * the book has them (decide.ts); the lead may hold a credit (the credits stage reads it).
 */
export function afterContextLead(text: string, body: Span): number | null {
  const m = CONTEXT_LEAD.exec(text.slice(body.start, body.end));
  if (!m || m[1]!.trim().split(/\s+/).length > CONTEXT_LEAD_WORDS) return null;
  return body.start + m[0].length;
}
/**
 * "Key theme: Alger stresses Dick's integrity. As the narrator puts it:⏎He was above doing anything
 * mean…": a line of the writer's ending on a colon, then the words on the lines below it in the same
 * paragraph (probe round AF226: not reported, where a blank line between had them found). Where the
 * offset after the last such line break, or null. As for afterContextLead, the words after it are a
 * quotation only where the book has them.
 */
export function afterIntroducingLine(text: string, body: Span): number | null {
  const s = text.slice(body.start, body.end);
  let last: number | null = null;
  for (const m of s.matchAll(INTRODUCING_LINE_END)) {
    const after = m.index + m[0].length;
    if (/[\p{L}\p{N}]/u.test(s.slice(after))) last = body.start + after;
  }
  return last;
}
const INTRODUCING_LINE_END = new RegExp(
  String.raw`[${LETTERS}\p{N})][*_]{0,2}:[*_]{0,2}[ \t]*\r?\n[ \t]*`,
  'gu',
);

/**
 * "Miss Polly⏎why, you have brought us to the one-shilling gallery!": a reading script's speaker on
 * the first line of the paragraph (an HTML page's `<span class="who">Miss Polly</span><br>`), the
 * words on the lines below (probe round AF228: the name was taken into the quotation, and each line
 * called altered). Where the offset of the second line, or null; `isName` says the first line is a
 * name alone.
 */
export function afterNameLine(text: string, body: Span, isName: (line: string) => boolean): number | null {
  const s = text.slice(body.start, body.end);
  const m = /^[ \t]*([^\n]+?)[ \t]*\r?\n[ \t]*(?=\S)/.exec(s);
  return m && isName(m[1]!) ? body.start + m[0].length : null;
}

/** A lead of more words than this is a sentence of the writer's, not a lead. */
const CONTEXT_LEAD_WORDS = 8;
const CONTEXT_LEAD = new RegExp(
  String.raw`^[ \t*_]*([^:“”"‘’\n.!?;]{2,70}?)[ \t]*[*_]{0,2}:[*_]{0,2}[ \t]+(?=[*_]{0,2}["“‘]?[${UPPERS}])`,
  'u',
);

/**
 * A screenplay's character cue: the name in capitals alone on its line, maybe with "(V.O.)" or
 * "(CONT'D)", the speech on the lines below ("                    ROCHESTER" over "You examine me…").
 * Not a scene heading ("INT. THORNFIELD HALL - NIGHT", "SCENE ONE"), a transition ("CUT TO:"), a
 * title ("THE WINTER CLOCK" over "A play in two scenes") nor a play's list of "CHARACTERS".
 */
// (a screenplay's "(V.O.)", or a study guide's "(later Mrs. Troy)" after the name in capitals)
const CUE = new RegExp(
  String.raw`^[ \t]*([${UPPERS}][${UPPERS}'’.\- ]{1,30}?)(?:[ \t]*\((?:V\.O\.|O\.S\.|O\.C\.|CONT['’]D|cont['’]d|[^()\n]{1,40})\))?[ \t]*$`,
  'u',
);
const NOT_A_CUE =
  /^(?:INT|EXT|FADE|CUT|DISSOLVE|SMASH|MATCH|THE|CONTINUED|TITLE|SUPER|MONTAGE|BACK TO|SCENE|ACT|CHARACTERS|CAST|DRAMATIS|PERSONS|PROLOGUE|EPILOGUE|CHAPTER|PART|BOOK|END)\b/;

/**
 * What a title page says under a title: who wrote or adapted it, which draft, or what kind of sheet
 * it is ("Character Quotation Study Sheet -- AP Literature, Unit 5" under "SISTER CARRIE", probe
 * round AF297: reported as a line the book does not have).
 */
const TITLE_PAGE_WORDS =
  /\b(?:[Aa]daptation|[Aa]dapted\s+(?:by|from)|[Bb]ased\s+on|[Ww]ritten\s+by|[Ss]creenplay\s+by|[Dd]raft\s+\d|[Tt]eleplay|[Ss]tudy\s+(?:[Gg]uide|[Ss]heet)|[Ww]orksheet|[Uu]nit\s+\d+)\b/;
/** A year in the brackets after a title in capitals: "TARZAN OF THE APES (Edgar Rice Burroughs, 1912)". */
const YEAR_IN_BRACKETS = /\([^()\n]*\b(?:1[5-9]\d\d|20\d\d)\b[^()\n]*\)\s*$/;

/** The cue on this line, as a prefix whose words start on the next line; null if it is none. */
export function screenplayCue(text: string, line: Span, next: Span | undefined): Prefix | null {
  if (!next) return null;
  const m = CUE.exec(text.slice(line.start, line.end));
  if (!m) return null;
  // (a study guide's title line, its author and year in brackets, is no cue: probe round AF295,
  // where "TARZAN OF THE APES" is a character's name too)
  if (YEAR_IN_BRACKETS.test(m[0])) return null;
  const name = m[1]!.trim();
  if (NOT_A_CUE.test(name) || isLabel(name) || name.split(/\s+/).length > 4 || !/\p{Lu}{2}/u.test(name))
    return null;
  // The speech below opens like a sentence (or a parenthetical direction), and is no other cue: a
  // title page's "JANE EYRE" over "an adaptation" is not one.
  const below = text.slice(next.start, next.end);
  if (CUE.test(below) || !/^[ \t]*[\p{Lu}(“"‘'¡¿…]/u.test(below)) return null;
  // …nor "A PRINCESS OF MARS" over "Fan adaptation, three scenes (draft 2)" (probe round AF293: the
  // title page's lines reported as a line not in the book).
  if (TITLE_PAGE_WORDS.test(below)) return null;
  // Nor a play's cast list: "CAPTAIN EDMUND ROOK" over "MRS. PRUETT, a landlady".
  if (/^[ \t]*\p{Lu}{2,}\b/u.test(below)) return null;
  const at = line.start + text.slice(line.start, line.end).indexOf(name);
  const bodyLead = /^[ \t]*/.exec(text.slice(next.start, next.end))![0].length;
  return { speaker: { start: at, end: at + name.length }, bodyStart: next.start + bodyLead, strong: true };
}

/**
 * A person described, not named, as a cue: "The captain:", "The old stranger:" (probe round AF206: the
 * cue was read into the words). Only a noun for a person (endsInPersonNoun): "The answer:" heads a
 * writer's own point.
 */
const DESCRIBED_PERSON = `[Tt]he\\s+(?:[${LOWERS}]+\\s+)?[${LOWERS}]+`;

/**
 * "Diana:" alone on a line, the words on the next line of the same paragraph ("Diana:⏎Indeed you
 * shall stay here"): a script's name and colon with the speech below it (probe rounds AF67, AF70:
 * the line was not reported). Weak, as any name before a colon: the words are a quotation only
 * where the book has them.
 */
const COLON_CUE = new RegExp(
  `^[ \\t]*${EM}(${NAME}|${DESCRIBED_PERSON})${EM}(?:${DIRECTION})?[ \\t]*:${EM}[ \\t]*$`,
  'du',
);

export function colonCue(text: string, line: Span, next: Span | undefined): Prefix | null {
  if (!next) return null;
  const m = COLON_CUE.exec(text.slice(line.start, line.end));
  if (!m) return null;
  const name = m[1]!.replace(/\s+$/, '');
  if (isLabel(name) || /\d/.test(name) || /^To\s/.test(name) || name.split(/\s+/).length > 4) return null;
  if (/(?:^|\s)\p{Ll}\S*$/u.test(name) && !endsInPersonNoun(name)) return null;
  const below = text.slice(next.start, next.end);
  if (COLON_CUE.test(below) || !/^[ \t]*[\p{Lu}(“"‘'¡¿…]/u.test(below)) return null;
  const at = line.start + (m.indices?.[1]?.[0] ?? 0);
  const bodyLead = /^[ \t]*/.exec(below)![0].length;
  return { speaker: { start: at, end: at + name.length }, bodyStart: next.start + bodyLead, strong: false };
}

/** A stage direction on a line of its own: "[VANE takes the watch. Lights fade.]", "(Exit Rook.)". */
export function isDirectionLine(text: string, line: Span): boolean {
  return /^[ \t]*(?:\[[^\]\n]*\]|\([^)\n]*\))[ \t.]*$/.test(text.slice(line.start, line.end));
}

/**
 * A stage direction or a scene's heading on a line of its own ("SCENE 2. THE STAIRCASE. Evening.",
 * "INT. THORNFIELD HALL - NIGHT"): it does not interrupt a script's run of dialogue lines (blocks.ts).
 * On a plain-text script page each scene's one or two lines were a run of their own, and an altered
 * or invented line alone in its scene was never reported (probe round AF227).
 */
export function isStageLine(text: string, line: Span): boolean {
  return isDirectionLine(text, line) || SCENE_HEADING.test(text.slice(line.start, line.end));
}
const SCENE_HEADING = /^[ \t]*(?:SCENE|ACT|INT\.|EXT\.|INT\/EXT\.)(?=[\s.:,-])[^\n]*$/;

/**
 * A screenplay line's words without its stage directions ("(examining the watch) It has been…",
 * "…a ruin. (He smiles.) My name…"): the parts that are the speaker's, and the directions between.
 * Parentheses only: square brackets inside a line are as often the writer's editorial "[a]nything".
 */
export function withoutDirections(text: string, body: Span): { parts: Span[]; between: Span[] } {
  const parts: Span[] = [];
  const between: Span[] = [];
  const re = /\([^()\n]{1,120}\)/g;
  const s = text.slice(body.start, body.end);
  let at = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    const part = trimSpan(text, { start: body.start + at, end: body.start + m.index });
    if (part.end > part.start) parts.push(part);
    between.push({ start: body.start + m.index, end: body.start + m.index + m[0].length });
    at = m.index + m[0].length;
  }
  const last = trimSpan(text, { start: body.start + at, end: body.end });
  if (last.end > last.start) parts.push(last);
  if (parts.length === 0) return { parts: [body], between: [] };
  // Only the directions that stand between two parts are "between"; one before or after the words is dropped.
  const inner = between.filter((b) => b.start > parts[0]!.start && b.end < parts[parts.length - 1]!.end);
  return { parts, between: inner };
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * "Q: “…”⏎A: Ruth": a quiz's or an interview's answer after its question, not a speaker whose
 * initial is A (initials do credit script lines: "D: …", "E: …").
 */
function answersQuestion(text: string, line: Span): boolean {
  const before = text.slice(Math.max(0, line.start - 600), line.start).replace(/\s+$/, '');
  const lines = before.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    if (/^[ \t>*_\-•·]*(?:Q|Question)[ \t]*(?:\*\*?|__?)?[ \t]*[:.)]/.test(lines[i]!)) return true;
    if (lines[i]!.trim() === '' || /^[ \t>*_\-•·]*\p{L}{1,20}[ \t]*:/u.test(lines[i]!)) return false;
  }
  return false;
}

/**
 * Does the line open with a label ("Q: …", "Summary: …", "Related Characters: …"), in emphasis too
 * ("*Answer: Chief Inspector Heat*", "**Answer:** Heat": probe round AF111, the name after it was
 * taken for a quotation of the book's words)?
 */
export function startsWithLabel(text: string, line: Span): boolean {
  const m =
    /^[ \t]*(?:\*{1,2}|_{1,2})?([\p{L}][\p{L} &]{0,30}?)[ \t]*(?:\*{1,2}|_{1,2})?:(?:\*{1,2}|_{1,2})?[ \t]/u.exec(
      text.slice(line.start, line.end),
    );
  return m !== null && isLabel(m[1]!);
}

/**
 * Where a line of run-in dialogue starts a new speaker (`Alice: “…” Hatter: “…”`): after a closing
 * mark or a sentence end, a name and a colon. Offsets of each new prefix, in order.
 */
export function runInSpeakers(text: string, body: Span): number[] {
  const out: number[] = [];
  const re = new RegExp(`(?<=[”"’'»!?.…][ \\t]+)(?=(?:\\[\\s*)?${NAME}[ \\t]*\\]?:[ \\t]+\\S)`, 'gu');
  const s = text.slice(body.start, body.end);
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    if (m[0].length === 0) re.lastIndex++;
    const at = body.start + m.index;
    const p = screenplayPrefix(text, { start: at, end: body.end });
    if (p) out.push(at);
  }
  return out;
}

/** A name and a colon after a sentence's end (not a title's full stop: "Katharine says to Mrs. Hilbery:"). */
const MID_LINE_SPEAKER = lazyRegExp(
  () =>
    new RegExp(
      `(?<=(?<!\\b(?:${abbreviatedTitleAlternation(true)}))[.!?…][ \\t]+)(?=${NAME}[ \\t]*:[ \\t]+\\S)`,
      'gu',
    ),
  // (a sentence's end, then a capital and a colon on the same line)
  new RegExp(String.raw`[.!?…][ \t]+[${UPPERS}][^\n:.!?]{0,40}:[ \t]`, 'u'),
);

/**
 * A script's line after the writer's own sentence on the same line: "The duke loses patience.
 * MICHAEL: Pray, sir, leave us." (probe rounds AD3–AD5: never reported). Only a name in capitals (a
 * script's convention) or one of the book's characters, after a sentence's end, and words that read
 * as speech: "The verdict. Darcy: proud and rich." is the writer's note. The offset of the prefix, or null.
 */
export function midLineSpeaker(
  text: string,
  body: Span,
  isCharacterName?: (word: string) => boolean,
): number | null {
  const s = text.slice(body.start, body.end);
  if (!MID_LINE_SPEAKER.mayMatch(s)) return null;
  const re = MID_LINE_SPEAKER();
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    if (m[0].length === 0) re.lastIndex++;
    const at = body.start + m.index;
    const p = screenplayPrefix(text, { start: at, end: body.end });
    if (!p || p.emphasis) continue;
    const name = text.slice(p.speaker.start, p.speaker.end);
    const known = name.split(/\s+/).some((w) => isCharacterName?.(w.replace(/[.,]$/, '')) === true);
    if ((p.strong || known) && readsAsSpeech(text.slice(p.bodyStart, body.end))) return at;
  }
  return null;
}

/** "Quote:", "Quote —", "Key quote 3:", "QUOTATION:" before the quoted words. */
const LABEL =
  /^[ \t]*(?:(?:key|famous|favou?rite|best|top|memorable|important|notable)\s+)?(?:quote|quotation|excerpt|extract|passage)s?(?:\s*(?:#|no\.?)?\s*\d+)?[ \t]*(?::|—|–|-{1,2})[ \t]*(?=\S)|^[ \t]*(?:\*\*|__)(?:(?:key|pull|famous|favou?rite|best|top)\s+)?(?:quote|quotation|excerpt|extract|passage)s?(?:\s*(?:#|no\.?)?\s*\d+)?(?:\*\*|__)[ \t]*\r?\n(?:[ \t>]*\r?\n)*[ \t>]*(?=\S)/iu;

/** The label at the start of `span` ("Quote:", "Key quote —", a bold "**PULL QUOTE**" line above the words), or null. */
export function labelPrefix(text: string, span: Span): Span | null {
  const m = LABEL.exec(text.slice(span.start, span.end));
  return m ? { start: span.start, end: span.start + m[0].length } : null;
}

/** First and second person: a character speaking, not a writer describing one. */
const SPEECH_PERSON =
  /\b(?:I|I'm|I’m|I'd|I’d|I'll|I’ll|I've|I’ve|me|my|mine|myself|we|us|our|ours|you|your|yours|yourself|you're|you’re)\b/i;
const INTERJECTION = /^(?:oh|ah|yes|no|well|why|nay|alas|pray|dear|hush|come|look|indeed)\b/i;

/**
 * Does the line after a `Name:` prefix read as that person speaking (first or second person, a
 * question or exclamation, an interjection) rather than as a description ("Ruth: a woman who lives
 * alone")? A script's line is a quotation even when the book does not have it (a film's line).
 */
export function readsAsSpeech(line: string): boolean {
  const t = line.trim().replace(/^["“‘'«»]+/, '');
  if (!/^\p{Lu}/u.test(t)) return false;
  return SPEECH_PERSON.test(t) || /[!?]["”’'»]?$/.test(t) || INTERJECTION.test(t);
}
