import type { CreditSite } from '../site.js';
import { dashAfterRule } from './dash-line.js';
import { describesAsRule } from './describes-as.js';
import { glossAfterRule, passiveRule } from './gloss.js';
import { heardSayingRule } from './heard-saying.js';
import { asPutsItRule, inWordsRule } from './in-words.js';
import { tagBeforeRule } from './inline.js';
import { answerKeyRule, quizAnswerRule, speakerLabelRule } from './labels.js';
import {
  bbQuoteRule,
  headingAboveRule,
  nameDashRule,
  nameLineRule,
  pageTitleRule,
  screenplayRule,
  tableColumnRule,
} from './layout.js';
import {
  givenToRule,
  handedWordsRule,
  nameGlossRule,
  shownInWordsRule,
  subjectColonRule,
  whenHeadingRule,
} from './lead-in.js';
import { parenthesisRule } from './parenthesis.js';
import { possessiveRule } from './possessive.js';
import { predicateRule } from './predicate.js';
import type { CreditRule, RuleMatch } from './rule.js';
import { readRunLead, runLeadRule } from './run-lead.js';
import { sharedSubjectRule } from './shared-subject.js';
import { tagAfterRule, tagBetweenRule, tagCarriedRule } from './tag-after.js';
import { unmarkedTagRule } from './unmarked-tag.js';

export type { CreditRule, RuleMatch } from './rule.js';

/**
 * Every form of credit the checker reads, in the order they are tried: the first rule that reads a
 * credit for a quotation gives it (its id travels with it as `Credit.ruleId`). The order goes from
 * the forms that can only mean one thing to the ones that depend on the page around them:
 *
 * 1. the book's own tag copied inside the quotation (the novel's words say who speaks);
 * 2. layout marks at the quotation itself: a screenplay prefix (or a name and a dash) on its line, a table's Speaker
 *    column, a label naming the speaker, a quiz's answer, a dash line or a parenthesis right after it;
 * 3. the writer's sentence around it: a tag after it (the quotation's sentence goes on into it),
 *    the quotation as that sentence's subject (“…” belongs to X / is what X says),
 *    "As X puts it," or "In X's words," running into it, the passive, an introduction before it
 *    ("X's reply:", "X says:", and any sentence about a person leading in with a colon: "Jane turns
 *    on her aunt:"),
 *    a second verb of the subject of the quotation before ("Darcy says “…” and then asks, “…”"),
 *    and last the book's tag standing between it and the quotation before, run on;
 * 4. the page around it: a name alone on the line below or above, a comment opening the next block,
 *    one introduction for a run of quotations, the heading of its section, the page's title.
 *
 * The sentence rules come before the page rules because a writer's sentence is closer to the line
 * than a heading: under "## Mr. Darcy", "Elizabeth answers him: “…”" is Elizabeth's.
 */
const LEAD_READERS: readonly CreditRule[] = [
  // (the writer's "As X puts it," or "In X's words," running into the words first: a passive in the
  // comment after is about the line, "In Kirby's words, “…” It is … spoken by a man who will do
  // nothing", probe round AF284, read as "a man")
  asPutsItRule,
  inWordsRule,
  passiveRule,
  heardSayingRule,
  possessiveRule,
  tagBeforeRule,
  subjectColonRule,
  shownInWordsRule,
  describesAsRule,
  givenToRule,
  handedWordsRule,
  whenHeadingRule,
  nameGlossRule,
];

/**
 * Whom the writer's own introduction of a run of set-apart quotations credits ("As his sister tells
 * her husband in bed:" over two quotations), whether or not it says it speaks for all of them.
 */
export function runIntroductionCredit(site: CreditSite): RuleMatch | null {
  return readRunLead(site, LEAD_READERS);
}

export const CREDIT_RULES: readonly CreditRule[] = [
  tagBetweenRule,
  unmarkedTagRule,
  screenplayRule,
  nameDashRule,
  tableColumnRule,
  bbQuoteRule,
  speakerLabelRule,
  quizAnswerRule,
  answerKeyRule,
  dashAfterRule,
  parenthesisRule,
  tagAfterRule,
  predicateRule,
  ...LEAD_READERS,
  sharedSubjectRule,
  tagCarriedRule,
  nameLineRule,
  glossAfterRule,
  runLeadRule(LEAD_READERS),
  headingAboveRule,
  pageTitleRule,
];
