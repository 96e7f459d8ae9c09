/**
 * Negotiation rounds: a sentence about talks that says they were held (a verb, a date, a venue, a
 * mediator, a delegation, a statement about them) yields a held candidate; a clause that announces
 * talks to come ("further talks were planned for later this month", "a third round expected") yields a
 * planned one. General or hypothetical talk of talks ("any third round of talks") yields nothing.
 */
import { type ActorId, type Statement, tryParseFuzzyDate } from "@sitrep/domain";
import type { ActorDictionary } from "./actors.js";
import { ActorLookup, dateFields, assertedContext, assertedPart, isStatementDate, ledeOf, preferEventDate, spanOf, startCandidate, statementOf, summarise, triggerDate, unique } from "./_extract.js";
import { alternation, ARRANGING_VERB, AS_A_TIME_AFTER, AS_A_TIME_BEFORE, CANCELLED_PARTICIPLE, compilePattern, FAILED_TO_PREVENT, FULL_MONTH, isPlanDayAt, literalPattern, MODAL_MAY, MONTH_PATTERN, matchesOf, NEVER_HELD_PATTERN, ORDINAL_PATTERN, parseCount, parseOrdinal, PLANNED_MARKERS, REACTION_VERB, SPAN_COUNT_PATTERN, TALKS_ENDED_VERBS, TALKS_OPENED_VERBS, TRACK_PATTERN } from "./_lexicon.js";
import { clauseAround, readMode, reportersOf, sliceOf } from "./_mode.js";
import { addDays, isDay } from "./dates.js";
import { paragraphOf } from "./_sentences.js";
import type { ActorIndex, DocumentContext, ResolvedDate, RoundCandidate, Sentence, Span } from "./_types.js";

/**
 * No u flag (see _lexicon.ts): its one \S is a lookahead for a following word, the same on any text.
 * "Separate rooms" is how reports describe indirect talks ("sat in separate rooms of a hotel").
 * "Joint Commission" is the nuclear deal's own negotiating body ("The Joint Commission will convene on Monday").
 * A mediator "shuttling between the two teams" tells indirect talks held.
 */
/** What "met" takes to be talks by itself: "met again", "met Iran's …", "met face-to-face", "met their counterparts". */
const MET_OBJECT = String.raw`\s+again\b|\s+(?:(?:Iran['’]s\s+|Iranian\s+)?(?:Deputy\s+)?Foreign\s+Minister\s+[A-Z]\w*|face-to-face|directly|indirectly|with|in|on|for|Iran(?:['’]s|ian)?|(?:(?:his|her|their|its)\s+|the\s+(?:[\w'’-]+\s+){1,3}?)?(?:[A-Z]\w+,?\s+(?:and\s+)?){0,3}(?:counterparts|officials|negotiators|delegations?|envoys?|foreign ministers|political directors)|(?:E3|European|British,?\s+French\s+and\s+German)\s+ministers)\b`;
// Not a market's or an assembly's sitting: "gains for a second straight session", "met in emergency session".
const TRIGGER_RE = new RegExp(
  String.raw`\b(?:talks|negotiations|round|rounds|(?<!\b(?:straight|consecutive|successive|trading|emergency|plenary|extraordinary|parliamentary|legislative)\s)(?:session|sessions)|discussions|(?<=\b(?:hours|days)\s+of\s+)discussion|meeting|meetings|dialogue|consultations|(?<=\b(?:indirect|direct|secret|back-channel|US-Iranian|Iranian-American|American-Iranian)\s)contacts(?=\s+(?:held|took\s+place|(?:were|was)\s+held|in\s+\p{Lu}))|encounters|negotiating table|Joint Commission|(?<!\b(?:was|were|be|been|being|is|are)\s)met(?=${MET_OBJECT}|\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)|(?<=\bthe\s+(?:parties|negotiators|two\s+sides|delegations)\s+)(?:returned(?=\s+(?:once\s+more\s+|again\s+)?to\s+(?:the\s+)?[A-Z])|were\s+back(?=\s+(?:again\s+)?in\s+[A-Z]))(?![^.;]{0,60}\bfor\s+consultations\b)|discussed\s+(?:(?:it|them|that|this|the)\s+(?:[\w-]+\s+){0,2}?)?(?:again\s+)?with(?=\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w'’-]+\s+){0,3}(?:foreign ministers|counterparts|political directors|envoys|delegations|negotiators)\b)|(?:hosted|hosting)(?=\s+(?:the\s+)?(?:U\.S\.|US|American|Iranian|Iran['’]s|Special\s+Envoy|Foreign\s+Minister)\s[^.;]{0,80}?\s+and\s+(?:the\s+)?(?:U\.S\.|US|American|Iranian|Iran['’]s|Special\s+Envoy|Foreign\s+Minister)\s[^.;]{0,80}?\s+in\s+\p{Lu})|(?:sat|sits|sit)(?: down(?:\s+for\s+(?:[\w-]+\s+){0,2}(?:hours?|minutes|days?))?| in \p{Lu}[\p{L}-]+)\s+with(?=\s+(?:the\s+|his\s+|her\s+)?(?:[A-Z][\w-]*,?\s+(?:and\s+)?){0,4}(?:foreign ministers?|counterparts|envoys?|delegations?|negotiators)\b|\s+(?:Iran['’]s\s+|Iranian\s+)?(?:Deputy\s+)?Foreign\s+Minister\s+[A-Z])|meets?(?=\s+\S)|reconvene(?=\s+(?:in|on|next|later)\b)|negotiation table|(?:sat|sit|sits)\s+(?:at\s+the\s+same\s+table|across\s+the\s+table|face\s+to\s+face)|delegations?|separate rooms|shuttl(?:ed|ing|es)\s+between(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,4}(?:delegations|negotiators|sides|teams)\b)|(?<!\b(?:has|have|had)\s)(?:carried|passed|relayed|ferried|carrying|passing|relaying|ferrying)\s+messages\s+between(?=\s+(?:the\s+)?[A-Z]|\s+(?:the\s+)?(?:[\w-]+\s+){0,4}(?:delegations|negotiators|sides|teams|envoys)\b))\b`,
  "giu",
);
const MET_OBJECT_RE = new RegExp(`^(?:${MET_OBJECT})`, "i");
const PLANNED_RE = compilePattern(`\\b(?:${PLANNED_MARKERS})\\b`, "iu");
/** "An earlier round in Oslo", "the previous session": one round before this one, not rounds in general. */
/** "When the delegations came back for a ninth round": a round the parties came back for is one they held. */
// Also "Then it was back to Oslo for a third round".
const RETURNED_FOR_BEFORE = /\b(?:returned|came back|reconvened|gathered|(?:it\s+)?was\s+back)\s+(?:(?:to|in)\s+\p{Lu}[\p{L}-]+\s+)?for\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$/iu;
const ONE_EARLIER_ROUND = /\b(?:an?|the)\s+(?:earlier|previous|prior)\s+(?:[\w-]+\s+)?(?:round|session)$/i;
/** "The envoy travelled to Oslo (in May) for indirect talks": a journey made for talks that were held. */
const TRAVELLED_FOR_BEFORE = /\b(?:travell?ed|flew|went|came|headed|returned)\s+(?:back\s+)?to\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)(?:,?\s+(?:in|on|last|earlier|early|late)\s+(?:[\w-]+\s+){0,2}?[\w-]+,?)?\s+for\s+(?:(?:a|an|the|another|new|fresh|further|more)\s+)?(?:[\w-]+\s+){0,2}$/u;
/** "hosted the two envoys in Oslo for indirect talks": a meeting place given for talks that were held. */
const HOSTED_FOR_BEFORE = /\b(?:hosted|welcomed|received|brought together|gathered)\b[^.;]{0,150}?\s(?:in|at)\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+for\s+(?:(?:a|an|the|another|new|fresh|further|more)\s+)?(?:[\w-]+\s+){0,2}$/u;
/** Talks in general, in the past in general, only imagined or only wished: "any third round", "previous rounds", "wanted the meeting to go well". */
const GENERIC_BEFORE = /\brounds? of\s+["“]?(?:[\w-]+\s+){0,2}$|\b(?:offer|propos)(?:ed|es|s|ing)?\s+to\s+(?:host|hold|convene|mediate)\b[^.;]*$|\b(?:open|ready|prepared)\s+(?:to|for)\s+(?:[\w-]+\s+){0,2}$|\b(?:(?:offers?|invitations?|proposals?|calls?|demands?|push|readiness|willingness|refusal|rejection) (?:of|for|to)|(?:propos|offer|seek|urg)(?:ing|ed|es|s)?|want(?:s|ed)?|hop(?:e|es|ed)|support(?:s|ed)?|favou?r(?:s|ed)?|return(?:s|ed|ing)? to|(?:called|calls|termed|dubbed|described) (?:it|this|that)(?: as)?|cancell?ed|postponed|aborted|scrapped|(?:months|years|decades) of|continuation of|any|future|such|previous|past|prior|earlier|(?<!\b(?:first|second|third|fourth|fifth|sixth|last|latest)\s+of\s+)those|no|without|(?:prospects?|possibility|hopes?|chances?) (?:of|for) (?:progress|success|a breakthrough|an agreement) (?:in|at)|atmosphere of|prospects? of|possibility of|hopes? of|idea of|chances? of|for|toward|towards|about|whether|separated|between|all|many|several|multiple|other)\s+(?:[\w-]+\s+){0,2}$/i;
/** "held several hours of talks": how long one round lasted, not talks in general. */
const DURATION_BEFORE = /\b(?:several|a few|many|long|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+hours\s+of\s+$/i;
const MORE_TALKS = /\b(?:more|further|another|next|new|follow-up|second|third|additional)\s+(?:[\w-]+\s+){0,1}$/i;
/** Verbs that report talks as having taken place. */
const HELD_VERB =
  /\b(?:held(?!\s+(?:up|back|off|hostage|responsible))|opened|resumed|concluded|concluding|began|begun|started|took place|convened|met|wrapped up|ended|ending|hosted|mediated|attended|kicked off|got under way|sat down|sat in|seated in|arrived|coincided|led the team|ran from|lasted|emerged from|walked out of|failed to (?:produce|yield|reach|secure|bring))\b/i;
/** Present-tense verbs of headlines and ledes ("Tehran and Washington resume talks"): count only with a date or a venue. */
const WEAK_HELD_VERB = /\b(?:open|opens|resume|resumes|meet|meets|hold|holds|begin|begins|start|starts)\b/i;
/** "before talks began", "within hours of the session": talks as a time anchor, not as news. */
const ANCHOR_BEFORE = /\b(?:before|after|ahead of|following|since|until|during|throughout|amid(?:st)?|than\s+(?:in|at|during)|within (?:hours|days|minutes) of|in the run-up to|(?:on )?the eve of|(?:on )?the (?:very |same )?day of|(?:on )?the same (?:day|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:that|as|when))?|(?:at )?the same time as|leading into)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$/i;
/** What an elliptic round does with its own verb: "…, and the fifth ended on 4 June". */
const ELLIPTIC_VERBS = `${alternation(TALKS_ENDED_VERBS)}|took place|was held|opened|began|convened|followed|came|was back|returned to`;
const BLOC_MEMBERS_BEFORE = /\b(?:European(?:\s+Union)?(?:['’]s)?|EU(?:['’]s)?|G7|G-7|G20|G-20|NATO|Arab(?:\s+League)?|Gulf|GCC|ASEAN|African(?:\s+Union)?|BRICS)\s+(?:leaders|ministers|foreign ministers|heads of (?:state|government)),?\s+$/;
const ORDINAL_OPENING = compilePattern(`^The\\s+(?:${ORDINAL_PATTERN})\\s+(?:${ELLIPTIC_VERBS})\\b`, "u");
const ELLIPTIC_AT_OR_VERB = new RegExp(`^\\s+(?:in|at|${ELLIPTIC_VERBS})\\s|^\\s+on\\s+(?:\\d{1,2}\\s+)?(?:${MONTH_PATTERN})\\b`, "i");
/**
 * Rounds told without their noun: "…, and the fifth ended on 4 June", "A fourth round … and a fifth in Bern on 23 May",
 * "rounds of talks … in Bern in July and in Oslo in August".
 */
const ELLIPTIC_PLAN_OPENING = compilePattern(`^(?:The|A)\\s+(?:${ORDINAL_PATTERN})(?=,?\\s+(?:was|were|had been)\\s+(?:(?:originally|initially|tentatively)\\s+)?(?:set|scheduled|planned|slated|due|pencill?ed in)\\b)`, "iu");
const ELLIPTIC_ROUND_RE = compilePattern(
  // "five rounds of indirect talks, starting in Muscat on 12 April": the first of those counted.
  `(?<=\\brounds\\b[^.;]{0,80}?,\\s+)(?:starting|beginning|opening)(?=\\s+in\\s+\\p{Lu}[\\p{L}-]+\\s+on\\s)|\\b(?:the|an?)\\s+(?:${ORDINAL_PATTERN})(?=(?:,\\s+(?:(?:[\\w-]+ed|led)\\s+by|which|that)\\s+[^,;.]{1,80},)?\\s+(?:${ELLIPTIC_VERBS})\\b)|(?<=\\band\\s+)again(?=\\s+(?:in\\s+\\p{Lu}[\\p{L}-]+\\s+)?on\\s)|(?<=\\b(?:met|meeting|talks|rounds?|sessions?)\\b[^.;]{0,120}?,?\\s+and\\s+)in(?=\\s+\\p{Lu}[\\p{L}-]+\\s+on\\s+(?:\\p{Lu}\\p{L}+\\.?\\s+)?\\d)|(?<=\\b(?:met|talks|rounds?)\\b[^.;]{0,120}?\\sin\\s+\\p{Lu}[\\p{L}-]+\\s+in\\s+${FULL_MONTH}(?:\\s+\\d{4})?,?\\s+and\\s+)in(?=\\s+\\p{Lu}[\\p{L}-]+\\s+in\\s+${FULL_MONTH}\\b)|(?<=[,;]\\s+(?:and\\s+)?|\\brounds?\\b[^.;]{0,160}?\\s+and\\s+)an?\\s+(?:${ORDINAL_PATTERN})(?=\\s+(?:in|at)\\s+\\p{Lu}[^,.;]{0,40}?\\s+(?:on|in)\\s+(?:(?:early|mid|late)[\\s-]+)?(?:${FULL_MONTH}|\\d))|(?<=[,;]\\s+)the\\s+(?:last|first|final|latest)\\s+of\\s+(?:them|which)(?=\\s+(?:was held|took place|ended|opened|began|convened)\\b|\\s+(?:in|at)\\s+\\p{Lu}[^,.;]{0,40}?\\s+on\\s+(?:\\p{Lu}\\p{L}+\\.?\\s+)?\\d)|(?<=[,;:]\\s+(?:and\\s+)?|\\d\\s+and\\s+)the\\s+(?:${ORDINAL_PATTERN})(?=\\s+(?:in|at)\\s+[^,.;]{1,80}?\\s+(?:on\\s+(?:\\p{Lu}\\p{L}+\\s+)?\\d|(?:a|one|two|three|four|five|six|\\d+)\\s+(?:days?|weeks?)\\s+later|last\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week)))|(?<=\\b(?:rounds?|sessions?)\\s+(?:began|opened|started|was\\s+held|took\\s+place|convened)\\s+(?:on|in)\\s+[^,;.]{1,30},\\s+)the\\s+(?:${ORDINAL_PATTERN})(?=\\s+(?:on|in)\\s+(?:\\d{1,2}\\s+\\p{Lu}|\\p{Lu}\\p{Ll}+\\.?\\s+\\d))`,
  "giu",
);
/** Talks as the object of what ended or broke them off: "(the border war,) which ended the last cycle of ", "derailed the ". */
const ENDED_BY_BEFORE = /\b(?:(?:which|that)\s+ended|halted|derailed|froze|interrupted|upended|scuttled|torpedoed|disrupted|wrecked|cut\s+short|brought\s+(?:an\s+)?end\s+to|put\s+an\s+end\s+to)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,4}$/i;
/** A verb of the talks that acts on another act, then that act: " had not prevented the reimposition of ", " failed to stop the strikes ". */
const OTHER_ACT_BETWEEN = compilePattern(String.raw`^\s+${FAILED_TO_PREVENT}\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:re-?imposition|imposition|return|snapback|strikes?|attacks?|war|seizure|sanctions|designations?)\b`, "i");
/** A statement's verb between its day and the talks it names: "on Tuesday evening described them as …". */
const SAID_BETWEEN = /\b(?:said|says|described|called|told|warned|accused|stated|added|denounced|condemned)\b/i;
const ANNOUNCED_OBJECT_BEFORE = /\b(?:announc(?:ed|es|ing)|confirm(?:ed|s|ing)|disclos(?:ed|es|ing)|reveal(?:ed|s|ing))\s+(?:the|a|an|this|that)\s+(?:[\w-]+\s+){0,2}$/i;
const PLAN_WAS_BEFORE = /^(?:The|Their|His|Her|Its|Our)\s+(?:plan|idea|proposal|intention|hope)\b[^.;]{0,100}\bwas\s+(?:for\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}$|\b(?:was|were)\s+supposed\s+to\s+be\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$/i;
/** ", which ran from March 3 to March 9": a relative clause of the talks' own, with their days. */
const OWN_RELATIVE_AFTER = /^(?:\s+of\s+talks)?,\s+which\s+(?:ran|was held|were held|took place|lasted|opened|began|convened)\s+(?:from|on|in|between)\s+(?:\p{Lu}|\d)/u;
/** "A fourth round was scheduled for March 10", "was due in Oslo on March 10": a plan told in the past tense, with its day after it. */
const PAST_PLAN_AFTER = /^\s+(?:of\s+talks\s+)?(?:(?:was|were|had been)\s+(?:(?:originally|initially|tentatively)\s+)?(?:scheduled|planned|set|fixed|slated|due|pencill?ed in)\s+(?:(?:in|at)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+)?(?:for|to\s+(?:take place|be held|open|begin))|(?:was|were|had been)\s+announced\s+for|(?:was|were)\s+(?:originally\s+)?to\s+(?:take place|be held|open|begin|convene)|(?:was|were|had been)\s+due(?:\s+(?:in|at)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?)(?:\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?=\s+on\s))?\s+(?:on\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$/i;
/** The next sentence saying the planned round did not happen: "It never took place", "It was called off". */
const PRONOUN_CALLED_OFF = /^It\s+(?:(never|did not|didn['’]t)\s+(?:take place|took place|happen|happened|go ahead|went ahead)|(?:was|got)\s+(?:\w+ly\s+)?(called off|cancell?ed|scrapped|postponed|put off|delayed))\b/;
const DISCUSSED_AFTER = /^\s+(?:[\w-]+\s+){0,6}?(?:(?:is|are|was|were)\s+(?:being\s+)?(?:discussed|considered|explored|mooted|floated)|(?:is|are|was|were)\s+under\s+(?:discussion|consideration))\b/i;
/** "Indirect talks …, mediated by Oman, had been under way since April": the process, no one round of it. */
const ONGOING_SINCE_AFTER = /^[^.;]{0,80}?\b(?:had|have|has)\s+been\s+(?:under\s?way|going\s+on|ongoing|continuing)\s+since\b/i;
/** "… a delay if the other side resumed negotiations", "vowed to walk out if the talks fail". */
const CONDITION_BEFORE = /\b(?:if|unless|provided that|on condition that)\b/i;
/** "Should talks restart next month, …", "If talks resume in 2031, …": talks only supposed. */
const CONDITIONAL_OPENING = /^(?:["'(]?(?:Should|If|Unless|Were|Whether)\b)(?:\s+[\w'’-]+){0,6}\s*$/;
/** "Norwegian envoys could pass notes between delegations in separate rooms": what can happen, not what did. */
// Also talks called for, not held: "to say it was time to begin talks on …", "called for talks".
const HYPOTHETICAL_BEFORE = compilePattern(String.raw`\b(?:can|could|might|${MODAL_MAY}|would)\s+(?:["“”]?[\w'’-]+["“”]?\s+){0,6}$|\b(?:time|need|urged?|urging|call(?:ed|s|ing)?\s+for|push(?:ed|es|ing)?\s+for|press(?:ed|es|ing)?\s+for)\s+(?:to\s+(?:begin|start|open|hold|launch)\s+)?(?:new\s+|fresh\s+|direct\s+|formal\s+)?$`, "i");
const STALLED_AFTER = /^\s+(?:(?:over|on|about)\s+[^.;]{1,60}?\s+)?(?:(?:are|were|was|is|have been|had been|remain|remains|remained)\s+(?:\w+ly\s+)?(?:paused|stalled|frozen|deadlocked|on hold|at a standstill)|(?:(?:has|have|had)\s+)?stall(?:ed|s)?|stalling)\b/i;
/** "will hold talks", "are to hold a new round", "announcing that … would hold talks": the talks themselves are announced. */
const WILL_HOLD_BEFORE = /\b(?:will|shall|(?:is|are) (?:to|due to|set to)|(?:announc\w*|said|says|confirm\w*|agreed)\s+that\s+[^.;]{0,80}?\bwould)\s+(?:hold|host|have|resume|open|begin|start|convene)\s+(?:(?:a|an|the|their|new|fresh|further|another|more|next|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|indirect|direct|nuclear|high-level|technical|expert-level)\s+){0,3}$/i;
/** "Ruritania to hold new talks Monday": a named party, then "to hold", as headlines announce. */
const HEADLINE_TO_HOLD_BEFORE = /\b(?:US|U\.S\.|Iran|Tehran|Washington|[A-Z][a-z]+)\s+to\s+(?:hold|resume|open|begin|start)\s+(?:(?:a|an|new|fresh|more|further|direct|indirect|nuclear|high-level|first|second|third|fourth|fifth|sixth|seventh|eighth|round|of)\s+){0,4}$/;
/** "… and will follow technical talks": talks still to come in the clause, not held. */
const FUTURE_BEFORE = /\b(?:will|shall|(?:is|are) (?:to|expected to|due to|set to))\s+(?:[\w-]+\s+){0,4}$/i;
/** "When the talks began in March, few expected …": the talks' own past verb says they were held. */
const HELD_VERB_NEXT = /^\s+(?:opened|began|started|ended|concluded|closed|resumed|broke up|collapsed|took place|(?:was|were) held)\b/i;
/** "<delegation> will travel to <city> on <day> for a <nth> round of talks": a journey announced for the talks. */
const TRAVEL_FOR_BEFORE = /\b(?:will|shall|(?:is|are) (?:to|due to|set to|expected to))\s+(?:return|travel|head|go|come|fly)\s+(?:back\s+)?to\s+[^;]{1,60}?\bfor\s+(?:(?:a|an|the|another|new|fresh|further|more)\s+)?(?:[\w-]+\s+){0,3}$/i;
/** "talks could resume", "the talks should be called off": a possibility or a view, not talks held (the month "May" is no modal: "took place … on May 11"). */
const MODAL_AFTER = compilePattern(String.raw`\b(?:could|might|should|must|cannot|can['’]t|${MODAL_MAY})\b`, "i");
/** "since the third round ended in May": talks used as a time anchor that still say when they took place. */
/**
 * "talks between the deputies and E3 officials in Bern in August", "the second round of mediated talks in Oslo on
 * 3 May", "a week after the second round in Rome on April 19": talks told with their venue and time (and their
 * parties, or as a round of them) were held.
 */
const PARTIES_VENUE_TIME_AFTER =
  new RegExp(String.raw`^\s+(?:(?:of\s+talks\s+)?(?:between|with)\s+[^,;.]{3,80}?\s+|of\s+(?:[\w-]+\s+){0,2}?talks\s+)?in\s+\p{Lu}[\p{L}-]+\s+(?:in|on)\s+(?:(?:early|mid|late)[\s-]+)?(?:${FULL_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d|\d{1,2}\s+${FULL_MONTH})\b`, "u");
/** "since the minister met his counterparts in Bern on May 9": a meeting after "since" told with its own verb and day. */
const MET_ON_DAY_AFTER = new RegExp(String.raw`^\s+[^,;.]{1,80}?\s(?:in\s+\p{Lu}[\p{L}-]+\s+)?on\s+(?:(?:${FULL_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)\s+\d|\d{1,2}\s+${FULL_MONTH})`, "u");
/** ", two days after a final round of talks in Bern … ended without agreement": a round counted back from the day of the main clause. */
const COUNTED_AFTER_BEFORE = new RegExp(String.raw`,\s+${SPAN_COUNT_PATTERN}\s+(?:days?|weeks?)\s+after\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$`, "i");
/** "The meeting came a week after their first round in Oslo": the earlier round, counted back. */
const CAME_AFTER_ROUND_BEFORE = new RegExp(String.raw`\b(?:came|took place|was held)\s+(?:just\s+|only\s+)?${SPAN_COUNT_PATTERN}\s+(?:days?|weeks?)\s+after\s+(?:their|its|the)\s+(?:${ORDINAL_PATTERN}|previous|last|earlier)\s+$`, "i");
const ENDED_AFTER = new RegExp(String.raw`^[^.;]{0,120}?\s(?:${alternation(TALKS_ENDED_VERBS)})\b`);
const OWN_TIME_AFTER = new RegExp(String.raw`^(?:\s+(?:${alternation(TALKS_ENDED_VERBS)}|began|opened|started|resumed|was held|were held|took place)(?:\s+in\s+[A-Z][A-Za-z-]+)?|(?:,\s+(?:which was\s+)?|\s+)held(?:\s+\w+ly)?(?:\s+in\s+[A-Z][A-Za-z-]+)?)\s+(?:in|on)\s+(?:(?:early|mid|late)[\s-]+)?(?:${FULL_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d)`);
/** A planned round: "talks are scheduled to resume", "more talks were planned", "a second round expected". */
const PLANNED_AFTER =
  /^["”’]?,?\s+(?:(?!(?:is|are|was|were|has|have|had|will|would|could|might|may)\b)[\w'’-]+,?\s+){0,14}?(?:(?:is|are|was|were|had been|have been|has been),?\s+(?:[^,.;]{1,30},\s+)?(?:["“]?\w+ly["”]?\s+)?)?(?:planned|scheduled|expected|set to|set for|fixed for|announced for|due to|due(?=\s+(?:in|at|on|for)\s+(?!part\b))|slated|pencill?ed in|to resume|to be held|will (?:resume|continue|take place|be (?:held|conducted|convened)|reconvene|convene|meet|start|begin|open|follow)|(?:could|might|may) (?:take place|be held|resume|happen|start|begin|follow)|would (?:now\s+|instead\s+|still\s+|then\s+)?(?:resume|reconvene|continue|take place|be (?:held|conducted|convened)|start|begin|open))\b/i;
const DELEGATION_CUE =
  /\b(?:delegations?|led the team|led by|headed by|(?:negotiating|negotiation) table|met(?: face-to-face| directly)?(?: with)?|attended|took part|participated|in the room|sat down|inclusion of|involved|chief negotiator|lead negotiator)\b/gi;
const INDIRECT = /\bindirect(?:ly)?\b|\bseparate rooms\b|\bvia (?:Omani |Qatari )?(?:mediators|intermediaries)\b|\bshuttl(?:e|ed|ing) (?:between|messages)\b/i;
const DIRECT = /\b(?:face-to-face|direct (?:talks|negotiations|meeting|meetings|contact|engagement|discussions)|met directly|directly with|in person|face to face|(?:at|around) the same table|across the table from)\b/i;
const ORDINAL_RE = compilePattern(`\\b(${ORDINAL_PATTERN})\\s+(?:[\\w-]+\\s+){0,1}(?:round|session)\\b`, "iu");
/** The number of the first round a text names by ordinal ("the fifth round" → 5). */
function ordinalIn(text: string): number | undefined {
  const match = ORDINAL_RE.exec(text);
  return match ? parseOrdinal(match[1]!) : undefined;
}
const STRUCTURE_RE = /\b((?:one|two|three|four|half|full|single|\d+)-day(?:,?\s*(?:one|two|three|four|\d+)-(?:meeting|session|part|round)s?)?)\b/i;
const TRACK_RE = compilePattern(`\\b(?:${TRACK_PATTERN})\\b`, "giu");
const MEDIATION_AFTER = /^(?:['’]s)?[\s-]+(?:mediat\w*|brokered|hosted|facilitat\w*|stewardship|auspices|intermediar\w*|hosts?)\b/i;
const MEDIATION_BEFORE = /\b(?:mediated|brokered|hosted|facilitated|sponsored)\s+by\s+(?:the\s+)?$|\b(?:under|with|through)\s+$/i;
const MEDIATION_NOUN_AFTER = /^\s+(?:stewardship|facilitation|mediation|auspices|sponsorship)\b/i;
const PERSON_MEDIATOR = /\b(?:intermediary|mediator|go-between|facilitator)\b|^,?\s+whose (?:country|government) (?:has |had )?(?:mediated|hosted|brokered|facilitated)\b/i;
/** Carrying messages between the parties: "Norway's Foreign Minister X shuttled messages between them", "UN officials shuttling between…". */
const SHUTTLE_AFTER = /^(?:['’]s)?(?:\s+[\w-]+){0,6}?\s+(?:shuttl(?:e|ed|es|ing)|carr(?:y|ied|ies|ying)\s+(?:written\s+)?(?:messages|proposals|notes)|pass(?:ed|es|ing)\s+(?:on\s+)?messages|relay(?:ed|s|ing)\s+messages)\b/i;
const OUTCOME =
  /\b(?:agreed (?:to|on)|reached (?:an? )?(?:agreement|deal|understanding)|ended without|without (?:an? )?(?:agreement|breakthrough|deal)|no (?:agreement|breakthrough|deal) was|joint statement|return to their capitals|for consultations|ending this round|produced (?:an? )?(?:agreement|framework|deal))\b/i;
/** A statement's verb and its "that", the last before the talks: "told reporters in Oslo on Monday that ". */
const STATEMENT_THAT = String.raw`\b(?:said|says|told|stated|added|announced|confirmed|insisted|stressed)\b(?:(?!\b(?:said|says|told|stated|added|announced|confirmed|insisted|stressed)\b)[^.;]){0,80}?\bthat`;
/** … with the talks just after it: "told reporters … that the meetings". */
const REPORTED_THAT = new RegExp(String.raw`${STATEMENT_THAT}\s+(?:(?:the|these|those|this)\s+)?(?:[\w-]+\s+){0,3}$`, "i");
/** … with the talks named as the object of a preposition: "… that the incidents were unrelated to the negotiations". */
const REPORTED_MENTION = new RegExp(String.raw`${STATEMENT_THAT}\s[^.;]{0,120}?\b(?:to|about|from|into|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$`, "i");
const SPEECH_VERB =
  /\b(?:said|says|described|calls?|called|told|stated|warned|stressed|insisted|noted|added|claimed|acknowledged|characteri[sz]ed|termed)\b/i;
const SITE_RE =
  /\b(?:held|took place|convened|met|meet|hosted)\s+(?:at|in)\s+((?:an?|the)\s+[^,.;]*?\b(?:palace|hotel|embassy|residence|villa|compound|ministry|complex|centre|center|building|venue|estate)\b[^,.;]*)/iu;
/** "… has been postponed", "is cancelled", "was being rescheduled": a round that did not take place as planned. */
/** A paragraph about the file: the talks named, or Iran and a round. */
const PARAGRAPH_ON_FILE = /\b(?:nuclear|JCPOA|the deal|talks|negotiat\w*|sanctions relief|rounds?)\b/i;
const IRAN_FILE = /\b(?:nuclear|JCPOA|the deal|talks|negotiat\w*|sanctions relief)\b/i;
/** "Tehran would not hold talks": talks refused; not those a "since" or "after" names ("have not met since the second round"). */
const NEGATED_BEFORE = /\b(?:not|never|no longer|refus\w*|reject\w*|declin\w*|rul(?:e|ed|es|ing) out|won['’]t|wouldn['’]t|didn['’]t|hasn['’]t|haven['’]t)\b(?![^,;]*\b(?:since|after)\s)[^,;]*$/iu;
const SCENARIO_ITEM = /^\(?(?:[a-h]|i{1,3}|iv|v)\)\s+/;
/** "round of pressure", "round of sanctions", "round of strikes": not of talks. */
const REACTION_TO_ROUND_BEFORE = new RegExp(String.raw`\b(?:${REACTION_VERB})\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$`, "i");
const NOT_TALKS_ROUND = /^\s+of\s+(?!(?:the\s+)?(?:[\w-]+\s+)?(?:talks|negotiations|discussions|consultations|contacts|dialogue|meetings?|indirect|direct|nuclear|proximity|process|diplomacy)\b)/i;
/** A sitting of an institution's own body (a board, a council, a parliament): not a round between the parties. */
const INSTITUTION_AFTER =
  /^\s+of\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?(?:board|council|cabinet|parliament|assembly|committee|governors|leaders|alliance|league|bloc|summit|organi[sz]ation|conference|forum)\b/i;
/** "an extraordinary meeting of EU foreign ministers on Friday": a bloc's ministers in their own sitting. */
const BLOC_MINISTERS_AFTER = /^\s+of\s+(?:the\s+)?(?:EU|European Union|NATO|G7|G-7|G20|GCC|Arab League|OPEC)(?:['’]s)?\s+(?:foreign|defence|defense|finance|energy|interior)\s+ministers\b/i;
const MEET_BEFORE = /\b(meets?|met|meeting)\s+[^,;]{1,80}$/i;
const INSTITUTION_BEFORE = /\b(?:board|council|cabinet|parliament(?:ary)?|assembly|committee|governors|NATO|G7|G-7|G20|OPEC|Arab League|summit)\s+(?:emergency\s+)?$|\b(?:EU|European Union|NATO|G7|G-7|G20|GCC|Arab League|OPEC)\s+(?:foreign|defence|defense|finance|energy|interior)\s+ministers\s+(?:(?:(?:are|were|will|would)\s+(?:due\s+to\s+|set\s+to\s+|expected\s+to\s+|to\s+)?(?:hold|convene)|held|holds|convened)\s+(?:an?\s+)?(?:emergency\s+|extraordinary\s+|special\s+|informal\s+)?)?$/i;
/** A body that met, then "and again": "the defence council met on Friday and ". */
const INSTITUTION_MET_BEFORE = /\b(?:board|council|cabinet|parliament|assembly|committee|governors)\s+(?:met|convened|gathered)\b[^.;]{0,60}\band\s+$/i;
/** "expects to meet the envoy next week", "hopes to meet": an intention, not a meeting. */
const ARRANGING_BEFORE = new RegExp(String.raw`\b${ARRANGING_VERB}\s+(?:an?|the|another|new)\s+(?:[\w-]+\s+){0,2}$`, "i");
const MEET_INTENT = /\b(?:plans?|planned|agreed|agrees|expects?|expected|hopes?|hoped|set|scheduled|due|intends?|intended|wants?|wanted|aims?|ready|willing|prepared|poised|keen|eager|offered|offers) to\s+$/i;
const CALLED_OFF =
  new RegExp(
    String.raw`\b(?:is|are)\s+(rescheduling|postponing|delaying)\b|\b(?:(?:has|have|had)\s+been|(?:was|were|is|are)(?:\s+being)?|(?:would|will)\s+be|\bbefore\s+being)\s+(?:\w+ly\s+)?(postponed|delayed|put off|suspended|pushed back|rescheduled|${CANCELLED_PARTICIPLE}|off(?=\s*[.;,]))\b|\b(?:would|will)\s+(not\s+(?:go ahead|take place|be held))\b|\b(won['’]t\s+(?:go ahead|take place|be held))\b|\b(${NEVER_HELD_PATTERN})\b|\b(?:was|were)\s+(supposed\s+to\s+(?:take place|be held|happen|convene|open|begin|start|resume))\b`,
    "i",
  );
const PLAN_BEFORE_OVERTAKEN = compilePattern(String.raw`\b(?:${PLANNED_MARKERS}|pencill?ed\s+in|set\s+for|due)\b`, "iu");
/** An ordinal standing for a round as the subject of a clause: "and the fourth, set for May 9 in Oslo, was called off". */
const ELLIPTIC_SUBJECT = compilePattern(`(?:^|\\band\\s+|[;:]\\s+)(?:the|an?)\\s+(${ORDINAL_PATTERN})(?:,\\s|\\s+(?=(?:was|were|had)\\s))`, "iu");
/** A talks noun that can be what is called off. */
/** Which of CALLED_OFF's verbs call a round off for good, not put it back. */
// "was supposed to take place last Sunday": it did not, and no new day is given.
const CANCELLED_VERB = new RegExp(String.raw`^(?:${CANCELLED_PARTICIPLE}|off|not\s.*|won['’]t\s.*|never\s.*|did(?:\s+not|n['’]t)\s.*|supposed\s.*)$`, "i");
const CALLED_OFF_SUBJECT = /^(?:talks|negotiations|round|session|discussions|meeting|dialogue)$/i;
/** Rounds told one by one with their cities: "the first in Oslo on March 2 and the fifth in Bern on April 20". */
const ITEMS_IN_CITIES = compilePattern(`\\b[Tt]he\\s+(?:${ORDINAL_PATTERN})\\s+in\\s+\\p{Lu}[^;]*\\bthe\\s+(?:${ORDINAL_PATTERN})\\s+in\\s+\\p{Lu}`, "u");
/** Items of an ordinal list of rounds: "The first, in Oslo on 3 May, …; the third, on 17 May in Oslo, …". */
const LIST_ITEM = compilePattern(`(?:^|[;,]\\s+(?:and\\s+)?|\\band\\s+|\\b[Bb]y\\s+)(?:the|an?)\\s+(${ORDINAL_PATTERN})(?:\\s+and\\s+(?:last|final))?,\\s+(?=(?:back\\s+|again\\s+)?(?:in|on|at)\\b|held\\b|\\d)`, "giu");
const ORDINAL_BEFORE_RE = compilePattern(`\\b(${ORDINAL_PATTERN})\\s+(?:[\\w-]+\\s+)?$`, "iu");
/** A cheap test before LIST_ITEM: an ordinal followed by a comma. */
const ORDINAL_COMMA = compilePattern(`\\b(?:${ORDINAL_PATTERN})(?:\\s+and\\s+(?:last|final))?,`, "iu");
/** A sentence that opens with an ordinal item: "The first, in Oslo on 3 May, …". */
const LIST_ITEM_START = compilePattern(`(?:^|[.!?]\\s+)The\\s+(?:${ORDINAL_PATTERN}),\\s+(?:in|on|at)\\b`, "iu");
const SUBJECT_BOUNDARY = /,\s+(?:after|before|when|while|since|because|as)\s+|\s(?:after|before|when|while|since|because)\s+(?=the\s)/gi;
/** "It took place …", "It got postponed …, and eventually happened in Oslo on May 11": the round the sentence before named, held. */
const PRONOUN_HELD = /^It\s+(?:(?:was|got)\s+(?:\w+ly\s+)?(?:postponed|delayed|put off|pushed back)\b[^.;]{0,80}?,?\s+(?:and|but)\s+)?(?:was\s+(?:\w+ly\s+)?held|(?:\w+ly\s+)?(?:took place|convened|went ahead)|(?:eventually|finally|ultimately)\s+happened)\b/;
/** A count just before plural talks: "the three rounds", "Five rounds". */
const COUNTED_BEFORE = /\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+$/i;
/** A sentence that counts rounds, so that the next may name them by ordinal alone. */
const ROUNDS_COUNTED_BEFORE = /\b(?:two|three|four|five|six|seven|eight|several|multiple|\d)\s+(?:[\w-]+\s+)?rounds\b/i;
/** Rounds counted just before a list ("four rounds held within a month", "Six rounds of talks"). */
const ROUNDS_COUNTED = /\b(?:rounds|sessions|meetings)\b/i;
const QUOTE_RE = /["“]([^"“”]{1,300})["”]/gu;
const PRONOUN_START = /^(?:He|She)\b/;

/** A date that is an interval of more than two months ("2028/2031-05-09"): no one round's day. */
function spansMonths(date: string): boolean {
  const parts = tryParseFuzzyDate(date);
  if (!parts || !date.includes("/")) return false;
  return Date.parse(parts.end) - Date.parse(parts.start) > 62 * 86_400_000;
}

/** Every negotiation round a document reports: held, planned or postponed. */
/** Where ships meet: a sea, a strait, a gulf, or boats and vessels. */
const AT_SEA = /\b(?:Gulf|Strait|Sea|waters|at sea|boats?|vessels?|ships?|tankers?|navy|naval)\b/i;

export function extractRounds(source: DocumentContext, actors: ActorIndex, dictionary: ActorDictionary): RoundCandidate[] {
  const ctx = assertedContext(source);
  const lookup = new ActorLookup(actors);
  const reporters = reportersOf(actors);
  const venues = venuePatterns(dictionary);
  const out: RoundCandidate[] = [];
  let lastPerson: ActorId | undefined;
  for (const whole of ctx.sentences) {
    const personBefore = lastPerson;
    const persons = actors.within(whole).filter((m) => m.actorId.startsWith("person:"));
    if (persons.length > 0) lastPerson = persons[persons.length - 1]!.actorId;
    // Section headings are not reports; the title is. (Table rows, short and unpunctuated, pass for headings.)
    if (whole.heading && whole.index > 0 && !whole.text.includes(" | ")) continue;
    const sentence = assertedPart(ctx.sentences, whole);
    if (!sentence) continue;
    // "(c) Direct talks hosted by Norway, which would require …": an option in a list of scenarios.
    if (SCENARIO_ITEM.test(sentence.text)) continue;
    // "2 | 10 May 2031 | Bern (Norwegian embassy) | Held": a row of a table of rounds.
    if (sentence.text.includes(" | ")) {
      const row = readTableRound({ ctx, sentence, lookup, reporters, dictionary, venues, personBefore });
      if (row) {
        out.push(row);
        continue;
      }
    }

    const triggers = matchesOf(TRIGGER_RE, sentence.text);
    // Without a talks word there is no held, planned or called-off round here; only an ordinal list item can still be one.
    // So does a sentence after one that counted rounds ("The first took place in Oslo on May 3").
    const previous = ctx.sentences[whole.index - 1];
    const afterCount = previous !== undefined && previous.paragraph === whole.paragraph && ROUNDS_COUNTED_BEFORE.test(previous.text);
    // "The third round had been planned for May 5 in Bern, but it was postponed … It was eventually held in
    // Oslo four days later, on Friday, May 9": the pronoun stands for the round the sentence before named.
    if (PRONOUN_HELD.test(sentence.text) && previous !== undefined && /\b(?:round|session|talks|meeting)\b/i.test(previous.text)) {
      const span = spanOf(sentence, 0, PRONOUN_HELD.exec(sentence.text)![0].length);
      const candidate = readHeldRound({ ctx, sentence, lookup, reporters, dictionary, venues, personBefore }, span);
      if (candidate) {
        const ordinal = ordinalIn(previous.text);
        if (ordinal !== undefined && candidate.ordinal === undefined) candidate.ordinal = ordinal;
        out.push(candidate);
        continue;
      }
    }
    // "The first round was held in Oslo on May 3. The second came a week later, in Bern.": so does one that
    // opens with an ordinal and a verb after a sentence naming a round by its ordinal.
    const ordinalFollows = previous !== undefined && previous.paragraph === whole.paragraph && (ORDINAL_RE.test(previous.text) || ORDINAL_OPENING.test(previous.text)) && ORDINAL_OPENING.test(sentence.text);
    // "The fifth round was held in Oslo on May 23. The sixth was set for Bern on June 15 and was called off …":
    // an ordinal alone, planned, after a sentence naming a round by its ordinal.
    const ellipticPlan = previous !== undefined && previous.paragraph === whole.paragraph && ORDINAL_RE.test(previous.text) ? ELLIPTIC_PLAN_OPENING.exec(sentence.text) : null;
    if (triggers.length === 0 && !ORDINAL_COMMA.test(sentence.text) && !afterCount && !ordinalFollows && !ellipticPlan) continue;
    const held: Span[] = [];
    const planned: Span[] = ellipticPlan ? [spanOf(sentence, 0, ellipticPlan[0].length)] : [];
    for (const match of triggers) {
      const span = spanOf(sentence, match.index, match[0].length);
      const clause = clauseAround(sentence, span);
      const before = sliceOf(sentence, { start: clause.start, end: span.start });
      const clauseText = sliceOf(sentence, clause);
      const after = sliceOf(sentence, { start: span.end, end: clause.end });
      const meet = /^(?:meets?|met)$/i.test(match[0]);
      // "meets Iran", "meet in Oslo", not "meets officials" (checked here: the trigger regex ignores case).
      // Also "experts … will meet on Wednesday in Oman": a day, then the place.
      if (/^meets?$/i.test(match[0]) && !/^\s+(?:again\s+(?=(?:later|next|soon|on|within|this|before|after|once)\b)|(?:again\s+)?(?:(?:face-to-face|directly|with|in|at)\b)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+in\s+[A-Z]|(?:the\s+)?[A-Z]|(?:the\s+|his\s+|her\s+|their\s+)?(?:(?:foreign|defen[cs]e)\s+ministers|counterparts|envoys|negotiators|delegations?|senior diplomats|political directors)\b)/.test(sliceOf(sentence, { start: span.end, end: sentence.end }))) continue;
      // A meeting counts only when it is about the file: Iran at the table, or the deal or the talks named.
      // "both sides agreed to meet again": again, so the talks just reported.
      // "The delegations met in Oslo on Tuesday 4 March. … the foreign ministry called it the second round": the paragraph may say it.
      if (meet && !IRAN_FILE.test(sentence.text) && !/^\s+again\b/i.test(after) && !actors.within(sentence).some((m) => isIranian(m.actorId, lookup, dictionary)) && !PARAGRAPH_ON_FILE.test(paragraphOf(ctx.document.text, whole))) continue;
      // "is meeting Brazil's President X": a meeting whose counterpart is a third state's, not a round of the file.
      if (/^(?:meets?|met|meeting)$/i.test(match[0]) && meetsThirdParty(sentence, span, lookup)) continue;
      // "the envoy met Abbas Example, Iran's foreign minister, in Oslo": a meeting with someone named is a round
      // only between officials of two sides of the file, one of them Iran.
      if (/^met$/i.test(match[0]) && !MET_OBJECT_RE.test(after) && !(MET_NAME_AFTER.test(after) && sidesMeet(sentence, span, lookup, dictionary))) continue;
      // "… will be held in Oslo on 7 March, with the mediator again passing messages between the delegations": the
      // participle shares the tense of the clause it hangs on.
      // Nor, after another word for the talks, does it name a round of its own ("… in their first talks since last June,
      // with the minister carrying messages between two rooms").
      if (MESSAGES_PARTICIPLE.test(match[0]) && (/\b(?:will|would|shall|(?:is|are)\s+(?:expected|due|set|scheduled)\s+to)\b/i.test(sliceOf(sentence, { start: sentence.start, end: span.start })) || triggers.some((t) => t.index < match.index && !MESSAGES_PARTICIPLE.test(t[0])))) continue;
      // "Albusaidi met Iranian Foreign Minister X during a visit": the mediator with one side is a consultation, not a round.
      if (/^met$/i.test(match[0]) && mediatorMeetsOneSide(sentence, span, clause, lookup, dictionary)) continue;
      // "Brazil's President X met Iran's president": a third state's official visiting Tehran, not a round.
      if (/^(?:meets?|met|meeting|talks)$/i.test(match[0]) && thirdPartyMeets(sentence, span, lookup, personBefore)) continue;
      // "Senior Saudi and Iranian officials held a first round of direct talks": Iran with a third state, not a round of the file.
      if (withThirdStateOfficials(sentence, span, lookup)) continue;
      // "will … meet Brazilian President X on Monday for in-depth consultations": the talks are that meeting.
      const meetBefore = MEET_BEFORE.exec(before);
      if (meetBefore && meetsThirdParty(sentence, { start: clause.start + meetBefore.index, end: clause.start + meetBefore.index + meetBefore[1]!.length }, lookup)) continue;
      // "Tehran would not hold talks with Washington", "refused to meet".
      if (NEGATED_BEFORE.test(before)) continue;
      // "describing the talks as \"an opportunity\"", "Iran had entered the talks \"with open eyes\"": talks characterised or
      // entered, told before; the saying's day is not theirs.
      if (/^(?:talks|negotiations|round)$/i.test(match[0]) && ((/\b(?:describ\w*|characteri[sz]\w*|call(?:ed|ing|s)?|term(?:ed|ing|s)?|label+(?:ed|ing|s)?)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$/i.test(before) && /^\s+(?:(?:with|between)\s+[^,;]{1,40}?\s+)?as\b/i.test(after)) || /\bhad\s+entered\s+(?:the\s+)?$/i.test(before))) continue;
      // "the next round of negotiations on the bilateral trade agreement": talks on trade, not the file.
      if (/^\s+(?:of\s+(?:talks|negotiations)\s+)?(?:on|over|for)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}(?:trade|investment|free-trade|customs|tariff)\s+(?:deal|agreement|pact|treaty|accord)\b/i.test(after)) continue;
      // "Khamenei, in a meeting with Army commanders on Sunday, …": a leader with his own commanders, not a round.
      if (/^(?:meeting|meetings|met|meets|meet)$/i.test(match[0]) && /^\s+with\s+(?:the\s+|senior\s+|top\s+)*(?:army|military|armed\s+forces|navy|naval|air\s+force|IRGC|Guards|police|security)\s+(?:commanders|officers|chiefs|officials|leaders)\b/i.test(after)) continue;
      // "The third round coincided with one of the most painful events of the year": the round as the time of another event.
      if (/^\s+coincided\s+with\b/i.test(after)) continue;
      // "The Oslo round was agreed during the envoy's visit to Tehran on Saturday": the day of the agreement, not of the round.
      if (/^\s+(?:was|were|had\s+been)\s+(?:first\s+)?(?:agreed|arranged|brokered|decided)\b/i.test(after)) continue;
      // "Five days into that round, on April 11, an explosion …": a time inside a round told before, not its day.
      if (/\b(?:hours?|days?|weeks?|months?)\s+into\s+(?:the|that|this|its)\s+(?:[\w-]+\s+){0,2}$/i.test(before)) continue;
      // "talks between Oslo and Washington on a basing agreement": two parties named, Iran not among them.
      if (/^(?:talks|negotiations|discussions|consultations)$/i.test(match[0]) && partiesWithoutIran(sentence, span, lookup, dictionary)) continue;
      // "had closed the direct round between Example and Iran": a round of fighting, one side outside the talks.
      if (/^round$/i.test(match[0]) && partyOutsideTalks(sentence, span, lookup)) continue;
      // "travelled to Doha on Wednesday for talks with Qatari officials": a visit to a host outside the file.
      // Nor "Grossi … travelled to Tehran on Wednesday for talks with the foreign minister": a monitor's visit, no side's.
      const journey = /^(?:talks|meetings?|consultations|discussions)$/i.test(match[0]) ? TRAVELLED_FOR_BEFORE.exec(before) : null;
      if (journey && visitsOutsideFile(journey, sentence, span, lookup, dictionary)) continue;
      // "Rafael Grossi, the head of the … Atomic Energy Agency, held talks with Iranian officials": the subject a body's, no side.
      if (/^(?:talks|meetings?|consultations|discussions)$/i.test(match[0]) && /\bheld\s+(?:[\w-]+\s+)?$/i.test(before) && heldByBody(sentence, span, lookup, dictionary)) continue;
      // "… would target the trade while talks were under way": the talks as a time, not a meeting.
      if (AS_A_TIME_BEFORE.test(before) && AS_A_TIME_AFTER.test(after)) continue;
      // "flew to Brasília to brief President X on the negotiations": talks as a topic.
      // Nor "aides who attended or were briefed on Wednesday's closed-door session with the secretary": a briefing.
      if (/\b(?:brief(?:ed|ing|s)?|updat(?:e|ed|ing|es)|inform(?:ed|ing|s)?)\s+(?:[^.;]{0,60}?\s+)?(?:on|about)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$/i.test(before)) continue;
      // "The minister discussed the talks in a phone call with X on Sunday": talks as what a call was about.
      // So are its results ("they reviewed the outcomes of the indirect talks between …").
      if (/\b(?:discuss(?:ed|es|ing)?|review(?:ed|s|ing)?|assess(?:ed|es|ing)?|went\s+over)\s+(?:the\s+)?(?:(?:outcomes?|results?|progress|course|state)\s+of\s+(?:the\s+)?)?(?:[\w'’-]+\s+){0,2}$/i.test(before) && !HELD_VERB_NEXT.test(after)) continue;
      // "said Washington was \"having direct talks with Ruritania\"": a channel said to be open, not a meeting,
      // unless the clause says where.
      if (/\b(?:is|are|was|were)\s+["“]?having\s+(?:[\w-]+\s+){0,2}$/i.test(before) && !/^\s+(?:[^.;]{0,60}?\s)?(?:in|at)\s+\p{Lu}/u.test(after)) continue;
      // "declared a \"pause\" in the negotiations", "a lull in negotiations": talks not sitting (a numbered round paused
      // was held: "a pause in the eighth round").
      if (/\b(?:pause|halt|break|suspension|hiatus|freeze|lull|impasse|deadlock)["”'’]?\s+in\s+(?:the\s+)?$/i.test(before)) continue;
      // "Oslo let the talks rest for months": talks left idle.
      if (/\b(?:let|left|allowed)\s+(?:the\s+)?$/i.test(before) && /^\s+(?:to\s+)?(?:rest|lapse|languish|stall|drift|lie\s+dormant|idle|wither)\b/i.test(after)) continue;
      // "the border war, which ended the last cycle of negotiations": talks something else ended or broke off.
      // (Not "upended the talks that began in April": those were held.)
      if (ENDED_BY_BEFORE.test(before) && !HELD_VERB_NEXT.test(after) && !/^\s*,?\s+(?:that|which)\s+(?:began|opened|started|resumed|took place|(?:was|were) held)\b/i.test(after)) continue;
      // "The league called for calm and dialogue": talks asked for, not held.
      if (/\b(?:call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing))\b[^.;]{0,60}$/i.test(before) && !/\b(?:held|took place|met|opened|began|resumed)\b/i.test(after)) continue;
      // "confirming the meeting at a news conference on Tuesday": the day is the announcement's, and the
      // meeting it names is reported where the text says when it is held.
      if (ANNOUNCED_OBJECT_BEFORE.test(before) && !HELD_VERB_NEXT.test(after) && !/^\s+(?:had|has|have|was|were)\b/i.test(after)) continue;
      // "two encounters in the Red Sea": ships meeting at sea, not delegations.
      if (/^encounters$/i.test(match[0]) && AT_SEA.test(clauseText)) continue;
      // "Meeting in Brussels, the council added …": a participle, the body's own sitting.
      if (match[0] === "Meeting" && span.start === sentence.start && /^\s+(?:in|at)\s+[^,;]{1,40},\s+(?:the\s+)?\p{Lu}/u.test(after)) continue;
      // "European Union leaders meeting in Brussels on Wednesday agreed to widen …": a bloc's own summit.
      if (/^meeting$/i.test(match[0]) && BLOC_MEMBERS_BEFORE.test(sliceOf(sentence, { start: Math.max(sentence.start, span.start - 80), end: span.start }))) continue;
      // "an emergency meeting of the bank's board", "a Security Council session": a body's own sitting.
      // But not a bloc's ministers who met Iran's side: "EU foreign ministers met their Iranian counterpart in Oslo".
      if (INSTITUTION_AFTER.test(after) || ((INSTITUTION_BEFORE.test(before) || BLOC_MINISTERS_AFTER.test(after)) && !metsIranAfter(sentence, span, lookup, dictionary))) continue;
      // "another round of pressure", "a new round of strikes": a round of something other than talks.
      if (/^rounds?$/i.test(match[0]) && NOT_TALKS_ROUND.test(after)) continue;
      // "hailed the latest round of talks": a reaction, whose day is not the round's; "the close of a round, not the
      // beginning of a conflict": a round of fighting.
      // "another session is not likely to take place before spring": no round, held or planned.
      if (/^\s+(?:of\s+talks\s+)?(?:is|was|are|were)\s+(?:\w+ly\s+)?(?:unlikely|not expected|not likely)\s+to\b/i.test(after)) continue;
      // Even one said to be held: "Pakistan on Thursday welcomed the second round … held in Muscat" is dated only by a day after it.
      if (/^(?:round|talks|negotiations)$/i.test(match[0]) && REACTION_TO_ROUND_BEFORE.test(before) && (!/^[^.;]{0,80}?\b(?:held|that took place|which took place)\b/i.test(after) || !ctx.datesIn(sentence).some((d) => d.span.start >= span.end))) continue;
      if (/^round$/i.test(match[0]) && /\b(?:end|start|beginning|close)\s+of\s+an?\s+$/i.test(before) && !/^\s+of\s+(?:talks|negotiations)\b/i.test(after)) continue;
      // "it just talks about the budget", "he talks to them daily": the verb, not the noun.
      if (/^talks$/.test(match[0]) && /\b(?:this|it|he|she)\s+(?:only\s+|just\s+|also\s+|really\s+|often\s+)?$/i.test(before) && /^\s+(?:about|to|with)\b/i.test(after)) continue;
      // "The meeting was only revealed by the Financial Times in March": the day is the revelation's. "his talks
      // there were bilateral": the host's own talks with a visitor, no round of the file.
      if (/^\s+(?:(?:was|were)\s+(?:only\s+|first\s+|later\s+|not\s+)?(?:revealed|reported|disclosed|made public|leaked)\b|(?:there\s+)?(?:were|was)\s+(?:purely\s+|strictly\s+|only\s+)?bilateral\b)/i.test(after)) continue;
      // "the talks are paused", "Talks stall over a final clause": talks that did not take place.
    // "a meeting of senior officials is being considered": an idea, not a round held or planned.
    if (STALLED_AFTER.test(after) || DISCUSSED_AFTER.test(after) || ONGOING_SINCE_AFTER.test(after)) continue;
    const isPlanned =
        (!HELD_VERB_NEXT.test(after) && PLANNED_AFTER.test(withoutComparedExpectation(after.replace(DASH_ASIDE, " ")))) ||
        (/^(?:talks|negotiations|round|session)$/i.test(match[0]) && TRAVEL_FOR_BEFORE.test(before)) ||
        // "agreed in principle to meet again for a third round", "agreed to set up working groups and to meet again": a
        // plan, whatever the words between.
        /\b(?:plan(?:s|ned)?|agreed|expected|set|scheduled|due|intend(?:s|ed)?)\s+(?:in principle\s+|tentatively\s+)?to (?:(?:[^.;,]{3,80}?\s+and\s+to\s+)?(?:hold|meet|resume|reconvene|continue|start|begin|open|launch)\b|[^.;,]{3,80}?\s+and\s+to\s+$)/i.test(before) ||
        // "the service is working to organise a meeting …": a meeting being arranged is still to come.
        ARRANGING_BEFORE.test(before) ||
        // "Oman has pencilled in a first formal round of talks for Muscat at the end of this month": a round set for a time.
        (/\b(?:scheduled|pencill?ed\s+in|slated|planned|fixed|booked)\s+(?:an?|the|another)\s+(?:[\w-]+\s+){0,3}$/i.test(before) && /^\s+(?:of\s+[^.;]{0,60}?\s)?for\b/i.test(after)) ||
        // "the parties had agreed to \"a third round in early March\"": a round agreed on is still to come.
        /\bagreed\s+(?:to|on)\s+["“]?(?:an?|the)\s+(?:[\w-]+\s+){0,2}$/i.test(before) ||
        // "negotiators expected a fifth round later this month": a round looked for is still to come.
        /\b(?:expect(?:s|ed|ing)?|anticipat(?:es|ed|ing))\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$/i.test(before) ||
        // "Norway will host talks … in Oslo on Monday": a round announced in the future tense.
        WILL_HOLD_BEFORE.test(before) ||
        // "… as next Muscat round takes shape": the next round, not told as past, is still to come.
        (/\bnext\s+(?:[\w-]+\s+)?$/i.test(before) && /^(?:round|session|meeting)$/i.test(match[0]) && !/^\s+(?:of\s+[^.;]{0,60}?\s)?(?:was|were|had|took|opened|began|ended|concluded|closed|started)\b/i.test(after)) ||
        // "Ruritania to hold new talks Monday, officials say": a headline's infinitive is its future.
        HEADLINE_TO_HOLD_BEFORE.test(before) ||
        // "The plan, as one aide put it, was a joint session at the embassy on October 2".
        PLAN_WAS_BEFORE.test(sliceOf(sentence, { start: sentence.start, end: span.start })) ||
        (MORE_TALKS.test(before) && PLANNED_RE.test(clauseText)) ||
        (/^(?:meets?|sits? down with)$/i.test(match[0]) && (MEET_INTENT.test(before) || upcoming(ctx, sentence, span))) ||
        // "they agreed to reconvene in Oslo next Monday".
        (/^reconvene$/i.test(match[0]) && /\b(?:plan(?:s|ned)?|agreed|expected|set|scheduled|due|intend(?:s|ed)?|will|would)\s+(?:to\s+)?$/i.test(before));
      if (isPlanned) {
        // "another session could be held later this month if this one goes well": a possibility on a condition.
        if (/\bany\s+(?:[\w-]+\s+){0,2}$/i.test(before) || /\b(?:if|unless|whether)\b/i.test(before) || /\b(?:only if|unless|provided that|on condition that)\b/i.test(after) || (/\b(?:could|might|may)\b/.test(after) && /["“]?\bif\b/i.test(sliceOf(sentence, { start: span.end, end: sentence.end })))) continue;
        // One plan per clause, but "experts would begin in Oman on Wednesday, he said, and the chief negotiators would meet
        // again next Saturday": a second plan joined by ", and", with a day of its own after it.
        const secondPlan = (p: Span) =>
          /,\s+and\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:would|will|are\s+to|is\s+to|are\s+due\s+to|is\s+due\s+to)\s+(?:[\w-]+\s+)?$/i.test(sliceOf(sentence, { start: p.end, end: span.start })) &&
          ctx.datesIn(sentence).some((d) => d.span.start >= span.end && d.span.start - span.end <= 40);
        if (!planned.some((p) => clauseAround(sentence, p).start === clause.start && !secondPlan(p))) planned.push(span);
      } else if ((!GENERIC_BEFORE.test(before) || DURATION_BEFORE.test(before) || ONE_EARLIER_ROUND.test(`${before}${match[0]}`) || RETURNED_FOR_BEFORE.test(before) || TRAVELLED_FOR_BEFORE.test(before) || HOSTED_FOR_BEFORE.test(before) || (/\brounds of\s+$/i.test(before) && PARTIES_VENUE_TIME_AFTER.test(after))) && !CONDITION_BEFORE.test(before) && !FUTURE_BEFORE.test(before) && !HYPOTHETICAL_BEFORE.test(before) && !CONDITIONAL_OPENING.test(sliceOf(sentence, { start: sentence.start, end: span.start })) && (!ANCHOR_BEFORE.test(sliceOf(sentence, { start: sentence.start, end: span.start })) || OWN_TIME_AFTER.test(after) || PARTIES_VENUE_TIME_AFTER.test(after) || (/^(?:met|sat down|discussed)\b/i.test(match[0]) && MET_ON_DAY_AFTER.test(after)) || (COUNTED_AFTER_BEFORE.test(sliceOf(sentence, { start: sentence.start, end: span.start })) && ENDED_AFTER.test(after)) || CAME_AFTER_ROUND_BEFORE.test(sliceOf(sentence, { start: sentence.start, end: span.start }))) && !PLANNED_RE.test(after.slice(0, 30)) && !MODAL_AFTER.test(after.slice(0, 30))) {
        held.push(span);
      }
    }

    const context = { ctx, sentence, lookup, reporters, dictionary, venues, personBefore };
    const calledOff = readCalledOffRound(context);
    if (calledOff?.round) {
      out.push(calledOff.round);
      const heldLater = readHeldAfterPostponement(context, calledOff.round, calledOff.verbAt);
      if (heldLater) out.push(heldLater);
      // "The sides last met in Bern on May 9; the fourth round, pencilled in for … June 6,
      // never happened": a round in a clause of its own, before a semicolon, was held all the same.
      const calledOffClause = clauseAround(sentence, { start: calledOff.from, end: calledOff.from + 1 });
      // So was one counted apart in a clause before it: "have not met since the second round … on 3 May, and a third
      // round pencilled in for 9 June was overtaken by the war".
      const ordinalAt = (span: Span) => ordinalIn(sliceOf(sentence, { start: Math.max(sentence.start, span.start - 24), end: span.end + 10 }));
      // So were rounds counted in the plural before it: "Five rounds …, the first in Oslo on March 2 and the fifth in Bern
      // on April 20, produced no deal, and a sixth round planned for May 4 was cancelled".
      const counted = (span: Span) =>
        clauseAround(sentence, span).end <= calledOffClause.start &&
        ((ordinalAt(span) !== undefined && calledOff.round?.ordinal !== undefined && ordinalAt(span) !== calledOff.round.ordinal) || (/^rounds$/i.test(sliceOf(sentence, span)) && calledOff.round?.ordinal !== undefined && ITEMS_IN_CITIES.test(sliceOf(sentence, { start: span.end, end: calledOffClause.start }))));
      const separated = (span: Span) => sentence.text.slice(clauseAround(sentence, span).end - sentence.start, calledOffClause.start - sentence.start).includes(";") || counted(span);
      held.splice(0, held.length, ...held.filter(separated));
      // "… will be held in Oslo on Monday, after the session … was postponed": a plan in a clause before the subject's is another round.
      planned.splice(0, planned.length, ...planned.filter((span) => clauseAround(sentence, span).end <= calledOffClause.start));
      if (held.length === 0) {
        for (const span of planned) {
          const candidate = readPlannedRound(context, span);
          if (candidate) out.push(candidate);
        }
        // "The five rounds … (Oslo on April 12, …) produced no framework, and a sixth … was cancelled": the rounds
        // listed before the called-off one were held.
        out.push(...readColonListedRounds(context).filter((round) => round.evidence.every((e) => e.end <= calledOff.from)));
        continue;
      }
    }
    // "The second round … has been postponed, diplomats said on Monday": the talks named before the verb
    // did not take place, whatever else dates the sentence.
    else if (calledOff) held.splice(0, held.length, ...held.filter((span) => span.start < calledOff.from || span.start >= calledOff.verbAt));
    const listed = readListedRounds(context);
    out.push(...listed, ...readPairedRounds(context), ...readColonListedRounds(context));
    let heldCandidate: RoundCandidate | undefined;
    // Talk nouns first; a delegation cue makes a candidate only when it names people at the table.
    // Talks followed by their own verb and time ("the third round ended in May") before others of their clause.
    const ownTime = (span: Span) => Number(!OWN_TIME_AFTER.test(sliceOf(sentence, { start: span.end, end: sentence.end })));
    held.sort((a, b) => Number(isDelegationCue(sentence, a)) - Number(isDelegationCue(sentence, b)) || ownTime(a) - ownTime(b) || a.start - b.start);
    // "The second round took place in Oslo on May 9, and the third ended in Bern on May 17": the ordinal
    // alone names a round when the sentence has already said what it counts.
    // So it does after a sentence that counted them: "Norway has hosted the four rounds held so far. The
    // first took place in Oslo on May 3, the second at … in Bern a week later, and the third …".
    // "A second round came a week later. A third, held in the capital on June 6, …": so it does after a sentence naming a round by its ordinal.
    if (/\b(?:rounds?|met|meeting|talks)\b/i.test(sentence.text) || afterCount || ordinalFollows || (previous !== undefined && previous.paragraph === whole.paragraph && ORDINAL_RE.test(previous.text))) {
      for (const match of matchesOf(ELLIPTIC_ROUND_RE, sentence.text)) {
        const span = spanOf(sentence, match.index, match[0].length);
        // Not a body's own sitting: "the defence council met on Friday and again on Saturday".
        if (/^again$/i.test(match[0]) && INSTITUTION_MET_BEFORE.test(sliceOf(sentence, { start: sentence.start, end: span.start }))) continue;
        held.push(span);
      }
    }
    // One held round per clause, and more than one per sentence only on different dates ("Bern hosted the
    // second round a week later, and the parties met again in Oslo on the 17th").
    const heldClauses: number[] = [];
    let heldFromCount = false;
    const extraHeld: RoundCandidate[] = [];
    const readBefore: { at: number; round: RoundCandidate }[] = [];
    for (const span of held) {
      const clauseStart = clauseAround(sentence, span).start;
      // An elliptic round ("the third ended …", "and again in Bern on 17 May", "met … in Lisbon on May
      // 3, and in Bern on May 17") may share its clause.
      // So may one named by its own ordinal ("began there on March 1, and the fourth round, which ran from June 2 …").
      const ownOrdinal = ORDINAL_BEFORE_RE.test(sliceOf(sentence, { start: Math.max(sentence.start, span.start - 24), end: span.start }));
      if (heldClauses.includes(clauseStart) && !ownOrdinal && !/^(?:(?:the|an?)\s|again$|in$|starting$|beginning$|opening$)/i.test(sliceOf(sentence, span))) continue;
      const candidate = readHeldRound(context, span);
      if (!candidate) continue;
      // "met … in Lisbon on May 3 and again on June 6": again where they met before.
      const againOnly = /^again$/i.test(sliceOf(sentence, span)) && /^\s+on\s/.test(sliceOf(sentence, { start: span.end, end: span.end + 4 }));
      const previousRound = readBefore.filter((r) => r.at < span.start).sort((a, b) => b.at - a.at)[0];
      // "met on April 19 in Rome, and again on April 26 and May 11 in Muscat": a round on each day, in the city written
      // after them, else where they met before.
      if (againOnly) {
        const days = ctx.datesIn(sentence).filter((d) => d.span.start > span.end && isDay(d.date));
        const first = days.find((d) => d.date === candidate.date);
        const second = first && days.find((d) => d.span.start > first.span.end && /^\s+and\s+(?:on\s+)?$/.test(sliceOf(sentence, { start: first.span.end, end: d.span.start })));
        const last = second ?? first;
        const cityAfter = last && venues.inCityNext.exec(sliceOf(sentence, { start: last.span.end, end: sentence.end }));
        if (cityAfter) candidate.venue = cityVenue(dictionary, cityAfter[1]!);
        else if (previousRound) candidate.venue = { ...previousRound.round.venue };
        if (second && second.date !== candidate.date) extraHeld.push({ ...heldRoundOn(context, second, undefined, candidate.mediators, candidate.format), venue: { ...candidate.venue } });
      }
      readBefore.push({ at: span.start, round: candidate });
      heldClauses.push(clauseStart);
      if (!heldCandidate) {
        heldCandidate = candidate;
        heldFromCount = COUNTED_BEFORE.test(sliceOf(sentence, { start: sentence.start, end: span.start })) && /^(?:rounds|sessions|meetings)$/i.test(sliceOf(sentence, span));
      }
      // "held four rounds …, the last of them in Bern on May 9": the count is none in particular, the last is one.
      else if (heldFromCount && /^the\s/i.test(sliceOf(sentence, span))) {
        heldCandidate = candidate;
        heldFromCount = false;
      } else if (candidate.date !== undefined && candidate.date !== heldCandidate.date && extraHeld.every((e) => e.date !== candidate.date)) extraHeld.push(candidate);
    }
    // "four rounds …, held in Oslo on May 3 and May 17, and in Bern on May 10 and May 24":
    // one round per day, each at the city written before it.
    const byItems = heldCandidate ? readRoundItems(context) : [];
    const byDays = byItems.length > 0 ? byItems : heldCandidate ? readRoundsByDays(context) : [];
    if (byDays.length > 0) {
      heldCandidate = undefined;
      extraHeld.length = 0;
      out.push(...byDays);
    } else if (heldFromCount) {
      // "Norway has hosted the four rounds held so far this year": a tally of rounds, none of them in particular.
      heldCandidate = undefined;
    }
    for (const span of planned) {
      const candidate = readPlannedRound(context, span);
      if (!candidate) continue;
      out.push(candidate);
      if (heldCandidate && !heldCandidate.nextStep) heldCandidate.nextStep = statementOf(ctx, clauseAround(sentence, span), speakerOf(context, span));
    }
    if (heldCandidate) out.push(heldCandidate);
    out.push(...extraHeld);
  }
  return out;
}

/**
 * A round postponed or cancelled, dated by the words before the verb ("due to be held in Bern on
 * Sunday"). With talks named before such a verb, returns where their subject and the verb are, and
 * the round when dated.
 */
function readCalledOffRound(c: Context): { round?: RoundCandidate; from: number; verbAt: number } | undefined {
  const { ctx, sentence } = c;
  let verb = CALLED_OFF.exec(sentence.text);
  if (!verb) return undefined;
  // "a meeting that was supposed to happen in Oslo on Tuesday was postponed": the verb that says what became of it.
  if (verb[6] !== undefined) {
    const after = new RegExp(CALLED_OFF.source, "gi");
    after.lastIndex = verb.index + verb[0].length;
    const next = after.exec(sentence.text);
    if (next && next[6] === undefined) verb = next;
  }
  // "The resumption itself was delayed: a meeting set for Jan. 24 was postponed": a verb with no talks before it is
  // not theirs; the next one may be.
  const talksBefore = (v: RegExpExecArray) => matchesOf(TRIGGER_RE, sentence.text.slice(0, v.index)).some((m) => CALLED_OFF_SUBJECT.test(m[0]));
  if (verb[1] === undefined && !talksBefore(verb)) {
    const later = new RegExp(CALLED_OFF.source, "gi");
    later.lastIndex = verb.index + verb[0].length;
    const next = later.exec(sentence.text);
    if (next && talksBefore(next)) verb = next;
  }
  const verbAt = sentence.start + verb.index;
  // "The talks that opened in April … were overtaken by the strikes": talks held, then ended by events - not a plan
  // called off, unless the sentence tells a plan ("the fourth, pencilled in for May 9, was overtaken by the war").
  if (/\bovertaken\b/i.test(verb[0]) && !PLAN_BEFORE_OVERTAKEN.test(sentence.text.slice(0, verb.index))) return undefined;
  // "The round opened in Oslo on March 3 … and was suspended on March 8": a round that opened was held, then broken off.
  if (/\bsuspended\b/i.test(verb[0]) && /\b(?:opened|began|started|got under way|was held|took place)\b/i.test(sentence.text.slice(0, verb.index))) return undefined;
  let trigger: Span | undefined;
  for (const match of matchesOf(TRIGGER_RE, sentence.text)) {
    if (sentence.start + match.index >= verbAt) break;
    const before = sentence.text.slice(0, match.index);
    if (CALLED_OFF_SUBJECT.test(match[0]) && !GENERIC_BEFORE.test(before) && !/\b(?:if|unless|whether)\b/i.test(before)) {
      // The nearest talks noun before the verb is its subject: in "X, whose government has hosted the
      // talks, said the session was being rescheduled" the session is called off, not the talks.
      trigger = spanOf(sentence, match.index, match[0].length);
    }
  }
  // "…four rounds this spring. — Yes, and the fifth, set for June 6 in Oslo, was called off": an
  // ordinal alone is the subject when the sentence or the two before it count rounds.
  let ellipticOrdinal: number | undefined;
  // "Norway … is rescheduling the session … scheduled for Sunday in Bern": the talks as the verb's object.
  let active = false;
  if (!trigger && verb[1] !== undefined) {
    const object = /^\s+(?:the|its|this|their)\s+(?:[\w'’-]+\s+){0,3}?(meeting|round|talks|session|negotiations)\b/i.exec(sentence.text.slice(verb.index + verb[0].length));
    if (object) {
      trigger = spanOf(sentence, verb.index + verb[0].length + object[0].length - object[1]!.length, object[1]!.length);
      active = true;
    }
  }
  if (!trigger) {
    const elliptic = ELLIPTIC_SUBJECT.exec(sentence.text);
    if (!elliptic || sentence.start + elliptic.index >= verbAt) return undefined;
    const lead = ctx.sentences.slice(Math.max(0, sentence.index - 2), sentence.index + 1).map((s) => s.text).join(" ");
    if (!/\brounds?\b/i.test(lead)) return undefined;
    trigger = spanOf(sentence, elliptic.index + elliptic[0].length - elliptic[1]!.length, elliptic[1]!.length);
    ellipticOrdinal = parseOrdinal(elliptic[1]!);
  }
  // The subject is the trigger's own noun phrase and what describes it, from the last subordinator or
  // comma before it: in "… will be held in Oslo on Monday, after the session first slated for Bern
  // last Sunday was postponed" the third round and Oslo are the next round's, not the postponed one's.
  const lead = sentence.text.slice(0, trigger.start - sentence.start);
  let subjectStart = sentence.start;
  for (const match of matchesOf(SUBJECT_BOUNDARY, lead)) subjectStart = sentence.start + match.index + match[0].length;
  // Nor before the trigger's own clause: in "… since the second round in Oslo on 3 May, and a third round pencilled
  // in for Bern on 9 June was overtaken by the war" the second is another round.
  subjectStart = Math.max(subjectStart, clauseAround(sentence, trigger).start);
  const subjectPart = active ? { start: trigger.start, end: clauseAround(sentence, trigger).end } : { start: subjectStart, end: verbAt };
  // The round's own date: in its description ("due to be held in Bern on Sunday"), else a dateline before it ("6 June | The fifth round …").
  // Only the clause of the talks: in "The army answered that night …; the fifth round in Oslo was cancelled"
  // the night dates the answer, not the round.
  const ownClause = clauseAround(sentence, trigger);
  // "was supposed to take place in Oslo last Sunday": the day the plan gave follows the verb.
  const supposedOn = verb[6] !== undefined;
  const beforeVerb = active
    ? ctx.datesIn(sentence).filter((d) => d.span.start >= trigger.end && d.span.end <= subjectPart.end)
    : ctx.datesIn(sentence).filter((d) => d.span.end <= (supposedOn ? clauseAround(sentence, { start: verbAt, end: verbAt + 1 }).end : verbAt) && d.span.start >= ownClause.start);
  // Not the day of the saying ("Albusaidi said on Thursday the meeting had been put off"): the plan's day is told elsewhere.
  let resolved = beforeVerb.find((d) => d.span.start >= trigger.start) ?? beforeVerb.filter((d) => d.span.end <= trigger.start && !isStatementDate(sentence, d)).at(-1);
  // A weekday read into the past for a round that "had been due to be held on Sunday" is not its day.
  // The whole subject ("The third round …, which had been due to be held in Bern on Sunday,") describes
  // the plan, relative clause included: its date is the round's, though it lies outside the trigger's clause.
  // A postponement is news before the day or after it ("the session slated for Bern last Sunday was postponed"): no side is ruled out.
  if (resolved && resolved.method !== "explicit" && !supposedOn && !isPlausible(ctx, sentence, trigger, resolved, "called-off", subjectPart)) resolved = undefined;
  // Undated, it would join whichever round of the document is nearest: leave it out instead.
  if (!resolved) return { from: trigger.start, verbAt };
  const ordinal = ordinalIn(sliceOf(sentence, subjectPart)) ?? ellipticOrdinal;
  const mode = readMode(sentence, trigger, c.lookup.index, { planned: false, reporters: c.reporters });
  const round: RoundCandidate = {
    ...dateFields(resolved),
    mode: mode.mode,
    ...(mode.claimedBy ? { claimedBy: mode.claimedBy } : {}),
    summary: summarise(sentence.text),
    evidence: [ctx.evidence(sentence)],
    venue: venueIn(c, trigger, subjectPart),
    mediators: mediatorsIn(c),
    format: formatOf(sliceOf(sentence, subjectPart)),
    ...(ordinal ? { ordinal } : {}),
    tracks: tracksIn(sliceOf(sentence, subjectPart)),
    delegations: [],
    statements: [],
    // "would not go ahead": called off, with no new date.
    status: CANCELLED_VERB.test(verb[1] ?? verb[2] ?? verb[3] ?? verb[4] ?? verb[5] ?? verb[6]!) ? "cancelled" : "postponed",
  };
  return { round, from: trigger.start, verbAt };
}

/** Rounds listed by ordinal after a sentence that counts them: each item with its own date and venue. */
/** "went better than either side expected": an expectation compared with, not a plan. */
/** A list or gloss between spaced dashes ("the parties to the pact - Britain, China, France - is due to …"): read past it. */
const DASH_ASIDE = /\s+-\s+[^-.;]{1,120}?\s+-(?=\s+\p{Ll})/u;
const withoutComparedExpectation = (text: string) => text.replace(/\bthan\s+(?:[\w'’-]+\s+){0,3}(?:expected|planned|anticipated)\b/gi, "");

/** The two sentences before, in the same paragraph: where a list's count or first ordinal is written. */
function leadOf(ctx: DocumentContext, sentence: Sentence): string {
  return ctx.sentences
    .slice(Math.max(0, sentence.index - 2), sentence.index)
    .filter((s) => s.paragraph === sentence.paragraph)
    .map((s) => s.text)
    .join(" ");
}

function readListedRounds(c: Context): RoundCandidate[] {
  const { ctx, sentence } = c;
  if (!ORDINAL_COMMA.test(sentence.text)) return [];
  const items = matchesOf(LIST_ITEM, sentence.text);
  if (items.length === 0) return [];
  const lead = leadOf(ctx, sentence);
  const firstAt = items[0]!.index;
  // The list must be about rounds: counted or named by ordinal just before ("The second session was held…, and the third, …").
  const context = `${lead} ${sentence.text.slice(0, firstAt)}`;
  if (!ROUNDS_COUNTED.test(context) && !ORDINAL_RE.test(context) && !LIST_ITEM_START.test(lead)) return [];
  const out: RoundCandidate[] = [];
  items.forEach((item, i) => {
    const end = i + 1 < items.length ? items[i + 1]!.index : sentence.text.length;
    // The item's own words, before any relative clause about someone else ("…, who had planned to meet again").
    const itemStart = item.index + item[0].search(/(?:the|an?)\s/i);
    const relative = /,\s+(?:who|which|where|whose)\b/.exec(sentence.text.slice(itemStart, end));
    const itemSpan = spanOf(sentence, itemStart, (relative ? relative.index : end - itemStart));
    if (/[;,]\s*(?:and\s*)?$/.test(sliceOf(sentence, itemSpan))) itemSpan.end -= /[;,]\s*(?:and\s*)?$/.exec(sliceOf(sentence, itemSpan))![0].length;
    const ordinalAt = item.index + item[0].toLowerCase().indexOf(item[1]!.toLowerCase());
    const trigger = spanOf(sentence, ordinalAt, item[1]!.length);
    const itemText = sliceOf(sentence, itemSpan);
    const resolved = ctx.datesIn(sentence).find((d) => d.span.start >= itemSpan.start && d.span.end <= itemSpan.end);
    const venue = venueIn(c, trigger, itemSpan);
    if (!resolved && !venue.city) return;
    // Only the item's own clause: in "By the fifth, in Oslo on May 23, the point was plain: one side would not give way"
    // what follows the colon is what was said of it.
    const planned = PLANNED_RE.test(withoutComparedExpectation(itemText.split(/[:;]/)[0]!));
    out.push(
      bareRound(resolved, {
        mode: planned ? "planned" : "asserted",
        summary: summarise(itemText),
        evidence: ctx.evidence(itemSpan),
        venue,
        format: formatOf(itemText),
        ordinal: parseOrdinal(item[1]!)!,
        tracks: tracksIn(itemText),
        status: planned ? "planned" : "held",
      }),
    );
  });
  return out;
}

/** A round a list, a table row or a plan names alone: no mediator, delegation or statement of its own. */
function bareRound(
  resolved: ResolvedDate | undefined,
  round: Pick<RoundCandidate, "mode" | "summary" | "venue" | "format" | "ordinal" | "tracks" | "status"> & { evidence: RoundCandidate["evidence"][number] },
): RoundCandidate {
  const { mode, summary, evidence, venue, format, ordinal, tracks, status } = round;
  return { ...dateFields(resolved), mode, summary, evidence: [evidence], venue, mediators: [], format, ...(ordinal ? { ordinal } : {}), tracks, delegations: [], statements: [], status };
}

/** Two rounds by ordinal, then their two days: "The second and fifth rounds, on May 3 and June 9, were held in Oslo". */
const PAIRED_ORDINALS = compilePattern(`(?:^|[;,]\\s+(?:and\\s+|while\\s+|whereas\\s+)?|\\b(?:while|whereas|for)\\s+)(?:[Tt]he)\\s+(${ORDINAL_PATTERN})\\s+and\\s+(${ORDINAL_PATTERN})(\\s+(?:rounds|sessions))?\\b`, "giu");

function readPairedRounds(c: Context): RoundCandidate[] {
  const { ctx, sentence } = c;
  if (!/\band\b/.test(sentence.text)) return [];
  const pairs = matchesOf(PAIRED_ORDINALS, sentence.text);
  if (pairs.length === 0) return [];
  // About rounds: named so in the pair, or counted or numbered in the sentence or the two before it.
  const lead = leadOf(ctx, sentence);
  const out: RoundCandidate[] = [];
  pairs.forEach((pair, i) => {
    if (!pair[3] && !ROUNDS_COUNTED.test(`${lead} ${sentence.text}`) && !ORDINAL_RE.test(`${lead} ${sentence.text}`)) return;
    const start = pair.index + pair[0].search(/[Tt]he\s/);
    const next = i + 1 < pairs.length ? pairs[i + 1]!.index : sentence.text.length;
    const semicolon = sentence.text.indexOf(";", start);
    const end = semicolon !== -1 && semicolon < next ? semicolon : next;
    const span = spanOf(sentence, start, end - start);
    const itemText = sliceOf(sentence, span);
    // Two days, in the ordinals' order: "on May 3 and June 9".
    const days = ctx.datesIn(sentence).filter((d) => d.span.start >= span.start && d.span.end <= span.end && isDay(d.date));
    if (days.length !== 2 || !/\band\s+$/.test(sliceOf(sentence, { start: days[0]!.span.end, end: days[1]!.span.start }))) return;
    if (PLANNED_RE.test(withoutComparedExpectation(itemText))) return;
    const trigger = spanOf(sentence, pair.index + pair[0].indexOf(pair[1]!), pair[1]!.length);
    // The place may come first: "returned to Oslo for the third and fourth rounds on …".
    const clauseStart = Math.max(sentence.text.lastIndexOf(",", start), sentence.text.lastIndexOf(";", start)) + 1;
    const own = venueIn(c, trigger, span);
    const venue = own.city ? own : venueIn(c, trigger, { start: sentence.start + clauseStart, end: span.end });
    [pair[1]!, pair[2]!].forEach((word, k) => {
      out.push(
        bareRound(days[k], {
          mode: "asserted",
          summary: summarise(itemText),
          evidence: ctx.evidence(span),
          venue,
          format: formatOf(itemText),
          ordinal: parseOrdinal(word)!,
          tracks: tracksIn(itemText),
          status: "held",
        }),
      );
    });
  });
  return out;
}

/** Rounds counted, then listed after a colon by place and day: "held five rounds …: in Oslo on 12 April, in Bern on 19 April, …". */
// Also "had taken part in five rounds of indirect talks … last spring: in Oslo on 12 April, Bern on 19 April, …".
// Or after a dash: "held five rounds of talks this spring - in Oslo on April 12, in Bern on April 19, …".
// And "Over the spring, the two envoys met four times with a mediator present: in Oslo on April 12, …".
// Or in brackets, after the envoys' names and titles: "held five rounds … between U.S. Envoy X and Minister Y (the
// first in Oslo on April 12, followed by Bern on April 19, …)".
const ROUNDS_THEN_COLON = /\b(?:(?:held|had|conducted|convened|(?:taken|took)\s+part\s+in|attended)\s+(?:[\w-]+\s+){0,3}?(?:rounds|sessions)|met\s+(?:\w+\s+)?(?:times|twice))\b[^:;(]{0,160}?(?::\s+|\s+-\s+|\s+\((?=the\s+first\s+))(?=(?:the\s+first\s+|back\s+|again\s+)?in\s+\p{Lu})/u;

/** Rounds listed by day, each day then its place: "conducted through Oman: rounds on 12 April 2031 in Oslo, 19 April in Bern, …". */
const ROUNDS_ON_DAYS = new RegExp(String.raw`\brounds\s+(?=on\s+(?:\d{1,2}\s+${FULL_MONTH}|${FULL_MONTH}\s+\d{1,2})\b[^.;]{0,40}?\sin\s+\p{Lu}[^.;]*,\s+(?:and\s+)?(?:\d{1,2}\s+\p{Lu}|\p{Lu}\p{Ll}+\s+\d))`, "u");

/** A mediator's messages carried as a participle: "with the minister carrying messages between the delegations". */
const MESSAGES_PARTICIPLE = /^(?:carrying|passing|relaying|ferrying)\b/i;

/** Rounds counted, then listed in brackets by place and day: "The five rounds of talks (Oslo on April 12, Bern on April 19, …)". */
const ROUNDS_BRACKETED = new RegExp(String.raw`\brounds\s+of\s+(?:[^().;]|\.(?=\S|\s+\p{Ll})){0,120}?\s\((?=(?:the\s+first\s+)?(?:in\s+)?\p{Lu}[\p{L}-]+\s+(?:again\s+)?on\s+(?:\d|${FULL_MONTH}))`, "u");

/** The first round told, then the rest listed: "The first took place in Oslo on April 12; then came Bern on April 19, …". */
const FIRST_THEN_CAME = /\b(?:[Tt]he\s+first|rounds?)\b[^;]{0,120};\s+then\s+came\s+(?=\p{Lu})/u;

function readColonListedRounds(c: Context): RoundCandidate[] {
  const { ctx, sentence } = c;
  if (!/[:(;]|\s-\s/.test(sentence.text)) return [];
  // "The first" is a round's only in talk of rounds (this sentence or the one before).
  const previous = ctx.sentences[sentence.index - 1];
  const aboutRounds = (text: string) => /\b(?:rounds?|talks|negotiations|sessions?|meetings?)\b/i.test(text);
  const colonLead = ROUNDS_THEN_COLON.exec(sentence.text);
  const daysFirst = colonLead ? null : ROUNDS_ON_DAYS.exec(sentence.text);
  const lead = colonLead ?? daysFirst ?? ROUNDS_BRACKETED.exec(sentence.text) ?? (aboutRounds(sentence.text) || (previous !== undefined && aboutRounds(previous.text)) ? FIRST_THEN_CAME.exec(sentence.text) : null);
  if (!lead) return [];
  const listStart = sentence.start + lead.index + lead[0].length;
  const bracketed = lead[0].trimEnd().endsWith("(");
  const close = bracketed ? sentence.text.indexOf(")", listStart - sentence.start) : -1;
  const list = { start: listStart, end: close >= 0 ? sentence.start + close : sentence.end };
  if (PLANNED_RE.test(withoutComparedExpectation(sliceOf(sentence, list)))) return [];
  const days = ctx.datesIn(sentence).filter((d) => d.span.start >= listStart && d.span.end <= list.end && isDay(d.date));
  const out: RoundCandidate[] = [];
  let itemStart = listStart;
  for (const day of days) {
    // Each item from the last place named before its day: "back in Bern on 26 April and 11 May" gives Bern to both;
    // an item that names no place of its own after a comma ("…, Oslo on 19 April") keeps none.
    const text = sliceOf(sentence, { start: itemStart, end: day.span.start });
    // (In a list of days each followed by its place, a place before a day is the item before's.)
    const place = daysFirst ? undefined : [...text.matchAll(/\bin\s+\p{Lu}/gu)].at(-1);
    const comma = text.lastIndexOf(",");
    // "rounds on 12 April in Oslo, 19 April in Bern, …": the place after the day.
    const placeAfter = /^\s+in\s+\p{Lu}[\p{L}-]+/u.exec(sliceOf(sentence, { start: day.span.end, end: list.end }));
    // "(Oslo on April 12, Bern on April 19, …)": a bare city before its day.
    const bareCity = !(place && place.index > comma) && !placeAfter ? /(\p{Lu}[\p{L}-]+)(?:\s+again)?\s+on\s+$/u.exec(text) : null;
    if (place && place.index > comma) itemStart += place.index;
    else if (daysFirst) itemStart = day.span.start;
    else if (bareCity) itemStart += bareCity.index;
    else if (comma >= 0) itemStart += comma + 1;
    itemStart += /^\s*/.exec(sliceOf(sentence, { start: itemStart, end: day.span.start }))![0].length;
    const item = { start: itemStart, end: day.span.end + (placeAfter && !(place && place.index > comma) ? placeAfter[0].length : 0) };
    const venue = (place && place.index > comma) || placeAfter ? venueIn(c, day.span, item) : bareCity && c.dictionary.places.has(bareCity[1]!) ? cityVenue(c.dictionary, bareCity[1]!) : {};
    out.push(
      bareRound(day, {
        mode: "asserted",
        // The summary says what the item is one of: "held five rounds of indirect talks …: in Oslo on 12 April".
        summary: summarise(`${lead[0].trim()} ${sliceOf(sentence, item)}`),
        evidence: ctx.evidence(item),
        venue,
        format: formatOf(sentence.text),
        tracks: [],
        status: "held",
      }),
    );
  }
  return out;
}

interface TableHeader {
  columns: number;
  date: number;
  venue?: number;
  status?: number;
  ordinal?: number;
}
const HEADER_CACHE = new WeakMap<Sentence, TableHeader | null>();

/**
 * The header of the table a row belongs to, when the table lists rounds: the first row of the run of
 * " | " rows, with a date column and a venue or status column, and rounds, meetings or talks named in
 * the header or in the sentence just before the table ("Three more rounds followed that spring:").
 */
function tableHeaderOf(ctx: DocumentContext, row: Sentence): TableHeader | undefined {
  let first = row.index;
  while (first > 0 && ctx.sentences[first - 1]!.text.includes(" | ")) first--;
  const headerRow = ctx.sentences[first]!;
  if (headerRow === row) return undefined;
  let header = HEADER_CACHE.get(headerRow);
  if (header === undefined) {
    const cells = headerRow.text.split(" | ").map((cell) => cell.trim());
    const find = (re: RegExp) => {
      const at = cells.findIndex((cell) => re.test(cell));
      return at === -1 ? undefined : at;
    };
    const date = find(/^dates?$/i);
    const venue = find(/^(?:venue|place|city|location|where)\b/i);
    const status = find(/^(?:status|outcome)\b/i);
    const ordinal = find(/^(?:#|no\.?|round)$/i);
    const before = ctx.sentences[first - 1];
    const aboutRounds = /\b(?:rounds?|meetings?|sessions?|talks)\b/i.test(headerRow.text) || ordinal !== undefined || (before !== undefined && /\b(?:rounds|meetings|sessions|talks)\b/i.test(before.text));
    header = date !== undefined && (venue !== undefined || status !== undefined) && aboutRounds ? { columns: cells.length, date, ...(venue === undefined ? {} : { venue }), ...(status === undefined ? {} : { status }), ...(ordinal === undefined ? {} : { ordinal }) } : null;
    HEADER_CACHE.set(headerRow, header);
  }
  return header ?? undefined;
}

/** A row of a table of rounds: its date cell, venue cell, status cell and number. */
function readTableRound(c: Context): RoundCandidate | undefined {
  const { ctx, sentence, venues, dictionary } = c;
  const header = tableHeaderOf(ctx, sentence);
  if (!header) return undefined;
  const cells = sentence.text.split(" | ");
  if (cells.length !== header.columns) return undefined;
  const cellSpan = (at: number): Span => {
    const start = sentence.start + cells.slice(0, at).reduce((sum, cell) => sum + cell.length + 3, 0);
    return { start, end: start + cells[at]!.length };
  };
  const dateCell = cellSpan(header.date);
  // The first date of the cell: "3 Mar 2031 (Iran) / 4 Mar 2031 (US)" is the text's disagreement, told in its prose.
  const resolved = ctx.datesIn(sentence).find((d) => d.span.start >= dateCell.start && d.span.end <= dateCell.end);
  if (!resolved) return undefined;
  const venueText = header.venue === undefined ? "" : cells[header.venue]!;
  const city = venues.anyCity.exec(venueText)?.[1];
  const statusText = header.status === undefined ? "" : cells[header.status]!;
  const status: RoundCandidate["status"] = /cancel|called off|scrapped/i.test(statusText) ? "cancelled" : /postpon|delay/i.test(statusText) ? "postponed" : /plan|schedul|expect|due|tb[cd]|pencil/i.test(statusText) ? "planned" : "held";
  const ordinal = header.ordinal === undefined ? undefined : Number(/^\s*(\d{1,2})\s*$/.exec(cells[header.ordinal]!)?.[1] ?? Number.NaN);
  return bareRound(resolved, {
    mode: status === "planned" ? "planned" : "asserted",
    summary: summarise(sentence.text),
    evidence: ctx.evidence(sentence),
    venue: city ? cityVenue(dictionary, city) : {},
    format: formatOf(venueText),
    ordinal: ordinal !== undefined && Number.isInteger(ordinal) && ordinal > 0 ? ordinal : undefined,
    tracks: [],
    status,
  });
}

const ROUNDS_HELD_ON_DAYS = /\b(?:rounds|sessions|meetings)\b[^.;]{0,120}?(?:\b(?:held|took place|convened|met|follow|followed)\b|\s[-—:]\s+(?=[A-Z][\w-]+\s+on\s))/i;

/**
 * Rounds counted in the plural and then placed day by day: each day-precise date after the held verb is
 * a round, at the last city named before it in that stretch. Only for two days or more.
 */
function readRoundsByDays(c: Context): RoundCandidate[] {
  const { ctx, sentence, venues } = c;
  const counted = ROUNDS_HELD_ON_DAYS.exec(sentence.text);
  if (!counted) return [];
  const from = sentence.start + counted.index + counted[0].length;
  // The days of the count's own stretch: in "Five rounds were held in the spring; a sixth, set for June 15, was
  // scrapped after the strikes on June 13" the days after the semicolon are another round's and the war's.
  const semicolon = sentence.text.indexOf(";", from - sentence.start);
  const to = semicolon === -1 ? sentence.end : sentence.start + semicolon;
  const days = ctx.datesIn(sentence).filter((d) => d.span.start >= from && d.span.end <= to && isDay(d.date));
  if (new Set(days.map((d) => d.date)).size < 2) return [];
  // "five rounds this spring - Oslo on April 12 through Bern on May 23": a city named right before its day.
  const cities = [...matchesOf(venues.inCity, sentence.text), ...matchesOf(venues.beforeDay, sentence.text)].map((m) => ({ at: sentence.start + m.index, city: m[1]! })).sort((a, b) => a.at - b.at);
  const mediators = mediatorsIn(c);
  const format = formatOf(sentence.text);
  const seen = new Set<string>();
  const out: RoundCandidate[] = [];
  for (const day of days) {
    if (seen.has(day.date)) continue;
    seen.add(day.date);
    const city = cities.filter((x) => x.at >= from - 40 && x.at < day.span.start).at(-1)?.city;
    const round = heldRoundOn(c, day, city, mediators, format);
    out.push(round);
  }
  return out;
}

/** A held round on a day of the sentence, in the city written for it: what the readers of listed rounds build. */
function heldRoundOn(c: Context, day: ResolvedDate, city: string | undefined, mediators: RoundCandidate["mediators"], format: RoundCandidate["format"]): RoundCandidate {
  const round = startCandidate<RoundCandidate>(day);
  round.mode = "asserted";
  round.summary = summarise(c.sentence.text);
  round.evidence = [c.ctx.evidence(c.sentence)];
  round.venue = city ? cityVenue(c.dictionary, city) : {};
  round.mediators = mediators;
  round.format = format;
  round.tracks = [];
  round.delegations = [];
  round.statements = [];
  round.status = "held";
  return round;
}

/** "… was postponed at the last minute and eventually held in Oslo on May 11": the round put back, then held. */
const EVENTUALLY_HELD = /\b(?:eventually|finally|ultimately|later)\s+(?:being\s+)?(?:held|took\s+place|convened|went\s+ahead)\b/i;

/**
 * "The fourth round, pencilled in for Bern on May 3, was postponed and eventually held in Oslo on May 11": the
 * round called off also took place, later - on the day and in the city written after "eventually held".
 */
function readHeldAfterPostponement(c: Context, calledOff: RoundCandidate, verbAt: number): RoundCandidate | undefined {
  const { ctx, sentence, venues } = c;
  if (calledOff.status !== "postponed") return undefined;
  const later = EVENTUALLY_HELD.exec(sentence.text.slice(verbAt - sentence.start));
  if (!later) return undefined;
  const from = verbAt + later.index + later[0].length;
  const day = ctx.datesIn(sentence).find((d) => d.span.start >= from && isDay(d.date));
  if (!day) return undefined;
  const city = matchesOf(venues.inCity, sliceOf(sentence, { start: from, end: day.span.end + 40 }))[0]?.[1];
  const round = heldRoundOn(c, day, city, calledOff.mediators, calledOff.format);
  if (calledOff.ordinal !== undefined) round.ordinal = calledOff.ordinal;
  return round;
}

/** An item of a list of rounds, each with its own place and day: "a third round in Oslo on 26 April". */
const ROUND_ITEM = compilePattern(
  `(?:^|,\\s+(?:and\\s+)?|\\s(?:and|then|followed\\s+by)\\s+)(?:the|an?)\\s+(?:(${ORDINAL_PATTERN})\\s+)?(?:round|session)(?:\\s+of\\s+(?:[\\w-]+\\s+)?talks)?(?:\\s+(?:was\\s+)?held)?\\s+(?=(?:in|at)\\s)`,
  "giu",
);
/** A list told ahead or called off is read by the planned and called-off rules. */
const NOT_HELD_LIST = compilePattern(String.raw`\b(?:${PLANNED_MARKERS})\b|\b${NEVER_HELD_PATTERN}\b`, "iu");

/**
 * "The first round was held in Oslo on 12 April, followed by a round in Bern on 19 April, a third round in
 * Oslo on 26 April and a fourth in …": rounds listed one by one, each with its own city and day, are each
 * a held round with the city and day of its own item.
 */
function readRoundItems(c: Context): RoundCandidate[] {
  const { ctx, sentence, venues } = c;
  const items = matchesOf(ROUND_ITEM, sentence.text);
  if (items.length < 2 || NOT_HELD_LIST.test(sentence.text)) return [];
  const days = ctx.datesIn(sentence).filter((d) => isDay(d.date));
  const mediators = mediatorsIn(c);
  const format = formatOf(sentence.text);
  const out: RoundCandidate[] = [];
  for (const [i, item] of items.entries()) {
    const from = sentence.start + item.index + item[0].length;
    const next = items[i + 1];
    const semicolon = sentence.text.indexOf(";", from - sentence.start);
    const to = Math.min(next ? sentence.start + next.index : sentence.end, semicolon === -1 ? sentence.end : sentence.start + semicolon);
    const day = days.find((d) => d.span.start >= from && d.span.end <= to);
    const city = matchesOf(venues.inCity, sliceOf(sentence, { start: from, end: to }))[0]?.[1];
    if (!day || !city) continue;
    const round = heldRoundOn(c, day, city, mediators, format);
    const ordinal = item[1] === undefined ? undefined : parseOrdinal(item[1]);
    if (ordinal !== undefined) round.ordinal = ordinal;
    out.push(round);
  }
  return new Set(out.map((r) => r.date)).size >= 2 ? out : [];
}

/**
 * The sides that negotiate over the file (the EU among them: its foreign policy chief sits with the E3); with its
 * usual mediators, the parties: a meeting with anyone else's officials is no round.
 */
const SIDES = new Set(["state:iran", "state:united-states", "state:united-kingdom", "state:france", "state:germany", "organisation:european-union"]);
/** The usual mediators between the sides. */
const MEDIATORS = new Set(["state:oman", "state:qatar"]);
const PARTIES = new Set([...SIDES, ...MEDIATORS]);
/** The sides, the mediators and the other parties to the 2015 deal, who sat in the Vienna rounds. */
const DEAL_PARTIES = new Set([...PARTIES, "state:russia", "state:china"]);

/** The first actor named right after a meeting verb ("is meeting Brazil's President X") belongs to a state outside the file. */
function meetsThirdParty(sentence: Sentence, trigger: Span, lookup: ActorLookup): boolean {
  const first = objectAfter(sentence, trigger, lookup, /^\s+(?:with\s+)?(?:the\s+)?$/);
  return first !== undefined && ofThirdState(first.actorId, lookup);
}

/** The first actor named within 40 characters after a meeting word. */
function actorAfter(sentence: Sentence, trigger: Span, lookup: ActorLookup) {
  return lookup.within({ start: trigger.end, end: Math.min(sentence.end, trigger.end + 40) })[0];
}

/** That first actor, when only `gap` ("with the") stands between it and the meeting word: the one met. */
function objectAfter(sentence: Sentence, trigger: Span, lookup: ActorLookup, gap: RegExp) {
  const first = actorAfter(sentence, trigger, lookup);
  return first !== undefined && gap.test(sliceOf(sentence, { start: trigger.end, end: first.start })) ? first : undefined;
}

/**
 * The actor named right before a meeting verb ("X met", "while X was in Tehran meeting", "X held
 * talks") belongs to a state outside the file; "He held talks" stands for the person named before.
 */
function thirdPartyMeets(sentence: Sentence, trigger: Span, lookup: ActorLookup, personBefore: ActorId | undefined): boolean {
  const gap = /^\s*(?:(?:was|is|had|has|then|also|first|later|held|holds|hold)\s+|(?:in|at)\s+[A-Z][\w-]*\s+)*$/;
  // The place it happened ("in Tehran") is no one who met.
  const last = lookup
    .within({ start: Math.max(sentence.start, trigger.start - 60), end: trigger.start })
    .filter((m) => !/\b(?:in|at)\s+$/.test(sliceOf(sentence, { start: Math.max(sentence.start, m.start - 4), end: m.start })))
    .at(-1);
  if (last) return gap.test(sliceOf(sentence, { start: last.end, end: trigger.start })) && ofThirdState(last.actorId, lookup);
  const pronoun = PRONOUN_START.exec(sentence.text);
  return pronoun !== null && personBefore !== undefined && gap.test(sliceOf(sentence, { start: sentence.start + pronoun[0].length, end: trigger.start })) && ofThirdState(personBefore, lookup);
}

/** An international body other than the EU (the talks' coordinator) is no side of the file: a monitor, a court, a council. */
// The EU and the E3 are sides of the file ("The E3 held talks with the Iranian deputies in Bern"), not monitors.
const isBodyNoSide = (side: ActorId | undefined) => (side?.startsWith("organisation:") ?? false) && side !== "organisation:european-union" && side !== "organisation:e3";

/** Whether the subject before the verb names such a body, and no state's side. */
function heldByBody(sentence: Sentence, trigger: Span, lookup: ActorLookup, dictionary: ActorDictionary): boolean {
  const sides = lookup.within({ start: sentence.start, end: trigger.start }).map((m) => sideOf(m.actorId, lookup, dictionary));
  return sides.some(isBodyNoSide) && !sides.some((side) => side.startsWith("state:"));
}

/**
 * A journey for talks that is no round of the file: to a capital for talks with that state's own officials
 * ("travelled to Doha for talks with Qatari officials") unless the host is a side of the file, or made by
 * someone of no side ("the agency's director general travelled to Tehran for talks").
 */
function visitsOutsideFile(journey: RegExpExecArray, sentence: Sentence, trigger: Span, lookup: ActorLookup, dictionary: ActorDictionary): boolean {
  // The journey's words end where the talks' word starts.
  const journeyStart = trigger.start - journey[0].length;
  const traveller = lookup.within({ start: Math.max(sentence.start, journeyStart - 80), end: journeyStart }).at(-1);
  const travellerSide = traveller === undefined ? undefined : sideOf(traveller.actorId, lookup, dictionary);
  if (isBodyNoSide(travellerSide)) return true;
  const destination = journey[1]!;
  const host = dictionary.places.get(destination)?.state ?? dictionary.states.get(destination);
  if (host === undefined || SIDES.has(host)) return false;
  const first = objectAfter(sentence, trigger, lookup, /^\s+with\s+(?:the\s+)?$/);
  return first !== undefined && stateOfActor(first.actorId, lookup) === host;
}

/** The state an actor acts for, or else the body it answers to: its affiliations followed up to a state (four at most). */
function sideOf(id: ActorId, lookup: ActorLookup, dictionary: ActorDictionary): ActorId {
  const state = lookup.stateOf(id);
  if (state) return state;
  let current = id;
  for (let depth = 0; depth < 4; depth++) {
    if (current.startsWith("state:")) return current;
    const next = dictionary.entries.get(current)?.affiliation;
    if (!next || depth === 3) return current;
    current = next;
  }
  return current;
}

/** A person named after "met" ("met Abbas Example", "met Example" once named in full), not a form TRIGGER_RE takes by itself. */
const MET_NAME_AFTER = /^\s+[A-Z][\w'’-]+/;

/**
 * The actors right before and right after a meeting verb are of two sides of the file, one of them Iran
 * (by the document, or by the dictionary when the document does not name the state).
 */
function sidesMeet(sentence: Sentence, trigger: Span, lookup: ActorLookup, dictionary: ActorDictionary): boolean {
  const after = actorAfter(sentence, trigger, lookup);
  const before = lookup.within({ start: Math.max(sentence.start, trigger.start - 120), end: trigger.start }).at(-1);
  if (!after || !before) return false;
  const sides = [before, after].map((mention) => sideOf(mention.actorId, lookup, dictionary));
  return sides[0] !== sides[1] && sides.every((side) => PARTIES.has(side)) && sides.includes("state:iran");
}

/** The mediator's official as the subject of "met", an Iranian one as its object, and no other side in the clause. */
function mediatorMeetsOneSide(sentence: Sentence, trigger: Span, clause: Span, lookup: ActorLookup, dictionary: ActorDictionary): boolean {
  const after = actorAfter(sentence, trigger, lookup);
  const before = lookup.within({ start: Math.max(clause.start, trigger.start - 60), end: trigger.start }).at(-1);
  if (!after || !before) return false;
  const subject = sideOf(before.actorId, lookup, dictionary);
  if (!MEDIATORS.has(subject)) return false;
  if (sideOf(after.actorId, lookup, dictionary) !== "state:iran") return false;
  return !lookup.within(clause).some((m) => { const side = sideOf(m.actorId, lookup, dictionary); return side !== undefined && SIDES.has(side) && side !== "state:iran"; });
}

/** A state outside the file, or an actor of one. */
/** "Saudi and Iranian officials", "Iranian and Iraqi diplomats" as the subject before the trigger, the other state a third one. */
const PAIRED_OFFICIALS = /\b(?:(\p{Lu}[\p{L}-]+)\s+and\s+Iranian|Iranian\s+and\s+(\p{Lu}[\p{L}-]+))\s+(?:officials|diplomats|delegations|negotiators|ministers|envoys)\b/u;
function withThirdStateOfficials(sentence: Sentence, trigger: Span, lookup: ActorLookup): boolean {
  const before = sliceOf(sentence, { start: sentence.start, end: trigger.start });
  const paired = PAIRED_OFFICIALS.exec(before);
  if (!paired) return false;
  const word = paired[1] ?? paired[2]!;
  const at = sentence.start + paired.index + paired[0].indexOf(word);
  const other = lookup.within({ start: at, end: at + word.length }).at(0);
  return other !== undefined && ofThirdState(other.actorId, lookup);
}

function ofThirdState(id: ActorId, lookup: ActorLookup): boolean {
  const state = stateOfActor(id, lookup);
  return state !== undefined && !PARTIES.has(state);
}

/** A state itself, or the state the document ties an actor to. */
function stateOfActor(id: ActorId, lookup: ActorLookup): ActorId | undefined {
  return id.startsWith("state:") ? id : lookup.stateOf(id);
}

/** The state behind an actor, by the document, or by the dictionary when the document does not name the state. */
function stateBehind(id: ActorId, lookup: ActorLookup, dictionary: ActorDictionary): ActorId | undefined {
  const side = sideOf(id, lookup, dictionary);
  return side.startsWith("state:") ? side : undefined;
}

/** Iran, or an actor of Iran's. */
/** Talks "between X and Y" where both parties are named and neither is Iran. */
function partiesWithoutIran(sentence: Sentence, trigger: Span, lookup: ActorLookup, dictionary: ActorDictionary): boolean {
  const parties = statesBetween(sentence, trigger, lookup);
  return parties.length >= 2 && !parties.some((m) => isIranian(m.actorId, lookup, dictionary));
}

/** The states named in "between A and B" right after the talks' word. */
function statesBetween(sentence: Sentence, trigger: Span, lookup: ActorLookup) {
  const between = BETWEEN_PARTIES_AFTER.exec(sliceOf(sentence, { start: trigger.end, end: sentence.end }));
  if (!between) return [];
  return lookup.within({ start: trigger.end, end: trigger.end + between[0].length }).filter((m) => m.actorId.startsWith("state:"));
}
const BETWEEN_PARTIES_AFTER = /^\s+between\s+(?:the\s+)?[^,;.]{1,40}?\s+and\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?/u;

/** "met Iran's foreign minister", "met their Iranian counterpart", "met Example" (an Iranian official): Iran's side right after a meeting verb. */
function metsIranAfter(sentence: Sentence, trigger: Span, lookup: ActorLookup, dictionary: ActorDictionary): boolean {
  if (!/^met$/i.test(sliceOf(sentence, trigger))) return false;
  const after = sliceOf(sentence, { start: trigger.end, end: Math.min(sentence.end, trigger.end + 40) });
  if (/^\s+(?:with\s+)?(?:(?:the|their|his|her)\s+)?(?:Iran['’]s|Iranian|Tehran['’]s)\s/.test(after)) return true;
  const first = objectAfter(sentence, trigger, lookup, /^\s+(?:with\s+)?$/);
  return first !== undefined && isIranian(first.actorId, lookup, dictionary);
}

/** The states a "round between A and B" names, one of them no side of the talks (nor a mediator, nor a party to the 2015 deal). */
function partyOutsideTalks(sentence: Sentence, trigger: Span, lookup: ActorLookup): boolean {
  const states = statesBetween(sentence, trigger, lookup);
  return states.length >= 2 && states.some((m) => !DEAL_PARTIES.has(m.actorId));
}

function isIranian(id: ActorId, lookup: ActorLookup, dictionary: ActorDictionary): boolean {
  return stateBehind(id, lookup, dictionary) === "state:iran";
}

/** A present-tense "meet in Oslo on 9 May" on or after publication is a meeting to come (digests, agendas). */
function upcoming(ctx: DocumentContext, sentence: Sentence, trigger: Span): boolean {
  const resolved = ctx.eventDate(sentence, trigger);
  const date = resolved ? tryParseFuzzyDate(resolved.date) : undefined;
  const published = ctx.published ? tryParseFuzzyDate(ctx.published) : undefined;
  return date !== undefined && published !== undefined && date.start >= published.start;
}

const DELEGATIONS_MET_AFTER = /^\s+(?:(?:again|then|later)\s+)?(?:convened|met|gathered|reconvened)\s+(?:again\s+)?(?:in|at)\s+(?:the\s+)?\p{Lu}/u;
function isDelegationCue(sentence: Sentence, span: Span): boolean {
  return /^(?:delegations?|negotiating table|negotiation table)$/i.test(sliceOf(sentence, span));
}

/** A held round happened by the publication date; a planned one after it. Dates that say otherwise belong to something else. */
function plausibleDate(
  ctx: DocumentContext,
  sentence: Sentence,
  trigger: Span,
  found: ResolvedDate | undefined,
  when: "held" | "planned",
): ResolvedDate | undefined {
  let resolved = found;
  if (!resolved) return resolved;
  resolved = preferEventDate(ctx, sentence, trigger, resolved);
  if (!resolved) return resolved;
  // "The minister said on Friday that Ruritania is ready to host the next round": the day it was said, not the round's.
  if (when === "planned" && resolved.span.end <= trigger.start && isStatementDate(sentence, resolved)) return undefined;
  if (!isPlausible(ctx, sentence, trigger, resolved, when)) {
    // Another date of the trigger's own clause may still be the right one ("ended on Tuesday, and … next week").
    const clause = clauseAround(sentence, trigger);
    return ctx.datesIn(sentence).find((d) => d !== resolved && d.span.start >= clause.start && d.span.end <= clause.end && isPlausible(ctx, sentence, trigger, d, when));
  }
  return resolved;
}

function isPlausible(
  ctx: DocumentContext,
  sentence: Sentence,
  trigger: Span,
  resolved: ResolvedDate,
  when: "held" | "planned" | "called-off",
  clause: Span = clauseAround(sentence, trigger),
): boolean {
  // A date later in the sentence but in another clause dates something else ("… during the session, departing from the 2029 format").
  // But a relative clause on the talks themselves dates them: "The negotiations, which opened … on May 3, aim …",
  // "The second round of the talks in Oslo, which started on 3 May, has stalled".
  const ownRelative = /^(?:\s+(?:of|in|at)\s+[^,;]{1,50})?[\s"”]{0,2}$/.test(sliceOf(sentence, { start: trigger.end, end: clause.end })) && /^,\s+which\s+(?:[\w-]+\s+){0,6}?(?:began|opened|started|ran from|ended|concluded|broke up|adjourned|took place|were held|was held|convened)\b/i.test(sliceOf(sentence, { start: clause.end, end: resolved.span.start }));
  if (resolved.span.start >= clause.end && resolved.span.start < sentence.end && !ownRelative) return false;
  // "…sat together, the first such meeting since the talks broke down in March": a later date behind
  // "since/until/before/after" is the reference point of another event.
  // But a main verb right before the date takes it back: "the first meeting since the new president took office took place today".
  const between = sliceOf(sentence, { start: trigger.end, end: resolved.span.start });
  // So is one behind "coincided with": "The latest round coincided with the election, held on Friday".
  if (resolved.span.start >= trigger.end && /\b(?:since|until|before|after|following|coincid(?:ed|es|ing)\s+with)\b/i.test(between) && !MAIN_VERB_BEFORE_DATE.test(between)) return false;
  if (!ctx.published) return true;
  const date = tryParseFuzzyDate(resolved.date);
  const published = tryParseFuzzyDate(ctx.published);
  if (!date || !published) return true;
  if (when === "held" && date.start > published.end) return false;
  // A plan told in the past ("The plan … was a meeting on October 2", "A fourth round was scheduled for
  // March 10") may be dated before publication.
  if (when === "planned" && date.end < published.start && !PLAN_WAS_BEFORE.test(sliceOf(sentence, { start: sentence.start, end: trigger.start })) && !PAST_PLAN_AFTER.test(sliceOf(sentence, { start: trigger.end, end: resolved.span.start }))) return false;
  return true;
}

/** An active verb of taking place just before a date: the talks' own, not the reference point's ("were held in May" is). */
const MAIN_VERB_BEFORE_DATE = /(?<!\b(?:was|were|been|being|had|have|has)\s)\b(?:took place|opened|resumed|convened|began|started|concluded|ended|got under way)\s+(?:[\w-]+\s+)?(?:on\s+|in\s+)?$/i;

interface Context {
  ctx: DocumentContext;
  sentence: Sentence;
  lookup: ActorLookup;
  reporters: Set<ActorId>;
  dictionary: ActorDictionary;
  venues: VenuePatterns;
  personBefore: ActorId | undefined;
}

/** Between a round and its first day: "which opened at the Grand Hotel on", "began in Oslo on". */
const OPENED_BEFORE_DAY = new RegExp(String.raw`\b(?:${alternation(TALKS_OPENED_VERBS)})\b[^.;]{0,60}?\s(?:on\s+)?$`, "i");
/** Between its first day and its last: ", ended", "and concluded on". */
const ENDED_BEFORE_DAY = new RegExp(String.raw`^[^.;]{0,20}?\b(?:${alternation(TALKS_ENDED_VERBS)})\s+(?:on\s+)?$`, "i");
/** A meeting the text has told of, opening its sentence: "The meeting", "That session". */
const DESCRIBED_MEETING = /^(?:The|That|This)\s+(?:meeting|session|encounter)$/;
/** Said to be something by a copula and an adjective, not held or set: "was unimaginable", "was hardly conceivable". */
const DESCRIBED_AS = /^\s+(?:was|were)\s+(?:\w+ly\s+|only\s+|still\s+)?(?!(?:held|set|due|scheduled|planned|convened|hosted|attended|called|postponed|cancelled|canceled|the|a|an|to|in|on|at|not|also|first|last)\b)[a-z]+(?<!ed)\b/;

/** After the talks in a lede: "…, held in Oslo with Norway mediating, has ended", "have concluded". */
const PERFECT_ENDED_AFTER = /^[^.;]{0,160}?\b(?:has|have)\s+(?:now\s+|just\s+)?(?:ended|concluded|closed|wrapped up|finished)\b/i;

/**
 * "OSLO, May 9. The fifth round …, held in Oslo, has ended, the minister told reporters": the lede of a dated report
 * that says the talks have ended reports them on its own day.
 */
function endedInLede(ctx: DocumentContext, sentence: Sentence, trigger: Span): ResolvedDate | undefined {
  if (!ctx.published || !isDay(ctx.published) || ledeOf(ctx) !== sentence || !/^(?:round|talks|negotiations|consultations|session)$/i.test(sliceOf(sentence, trigger))) return undefined;
  const ended = PERFECT_ENDED_AFTER.exec(sliceOf(sentence, { start: trigger.end, end: sentence.end }));
  if (!ended) return undefined;
  // The span is the verb's: "has ended".
  const start = trigger.end + ended[0].search(/\b(?:has|have)\s/i);
  return { date: ctx.published, span: { start, end: trigger.end + ended[0].length }, method: "relative", historical: false };
}

/** How far a date lies from the talks' words: back from their start, on from their end ("discussed it again with … on May 9"). */
function distanceFrom(trigger: Span, date: Span): number {
  return date.start >= trigger.end ? date.start - trigger.end : Math.abs(date.start - trigger.start);
}

/**
 * A date further on that only prepositions and names lead to, with no verb between: "a meeting between
 * Example and the three ministers, joined by the bloc's envoy, on the sidelines of the summit in Oslo this week".
 * A participle with its agent ("joined by", "hosted by") is an aside of the same noun.
 */
function placesTalksAfter(sentence: Sentence, trigger: Span, date: Span): boolean {
  if (date.start < trigger.end || date.start - trigger.end > 160) return false;
  const between = sliceOf(sentence, { start: trigger.end, end: date.start });
  return !/[;:.]/.test(between) && !VERB_BETWEEN.test(between.replace(/\b\w+ed\s+by\b/g, ""));
}
const VERB_BETWEEN = /\b(?:\w+ed|was|were|is|are|be|been|had|has|have|began|begun|met|took|said|says|will|would|could|might|may|can|that|which|who|when|after|before|since|until|while)\b/i;

function readHeldRound(c: Context, trigger: Span): RoundCandidate | undefined {
  const { ctx, sentence, lookup } = c;
  const text = sentence.text;
  // "… in Lisbon on 3 May and again in Bern on 17 May": "again" takes the day after it, as does
  // "in" in "met … in Lisbon on May 3, and in Bern on May 17".
  // So does an elliptic "…, and the second at the embassy in Bern on May 10".
  // And an elliptic "…, and a fifth began on 4 June" the day of its own verb.
  // So do talks followed by their own verb and day ("since direct talks resumed in Oslo on Mar. 4").
  const ownDayAfter =
    /^(?:again|in)$/i.test(sliceOf(sentence, trigger)) ||
    (/^(?:the|an?)\s/i.test(sliceOf(sentence, trigger)) && ELLIPTIC_AT_OR_VERB.test(sliceOf(sentence, { start: trigger.end, end: trigger.end + 16 }))) ||
    (ANCHOR_BEFORE.test(sliceOf(sentence, { start: sentence.start, end: trigger.start })) && OWN_TIME_AFTER.test(sliceOf(sentence, { start: trigger.end, end: sentence.end }))) ||
    // "and the third round, which ran from June 2 to June 6, ended …": its own relative clause says when.
    OWN_RELATIVE_AFTER.test(sliceOf(sentence, { start: trigger.end, end: sentence.end }));
  const again = ownDayAfter ? ctx.datesIn(sentence).find((d) => d.span.start >= trigger.end) : undefined;
  let resolved = again ?? plausibleDate(ctx, sentence, trigger, triggerDate(ctx, sentence, trigger, clauseAround(sentence, trigger)), "held") ?? endedInLede(ctx, sentence, trigger);
  // "… on 4 February, sent the envoy to meet the minister": a meeting someone was sent to hold is not dated by what
  // was done before the sending.
  if (resolved && resolved.span.end <= trigger.start && /^meet$/i.test(sliceOf(sentence, trigger)) && /\bto\s+$/i.test(text.slice(Math.max(0, trigger.start - sentence.start - 4), trigger.start - sentence.start))) resolved = undefined;
  // "since 2028", "in recent weeks": a span of months or years dates a process, not a round.
  if (resolved && spansMonths(resolved.date)) return undefined;
  // "The spokesman told reporters in Oslo on Monday that the discussions had focused …": a day before the
  // "that" of a statement about talks that had taken place dates the statement, not the talks.
  // Only a pluperfect says the talks came before it: "said on Monday that talks were held in Bern" is Monday's.
  // Nor is talks' mention in a statement news of them ("told reporters on Monday that the incidents were
  // unrelated to the negotiations"): the day is the statement's.
  const before = text.slice(0, trigger.start - sentence.start);
  const reported = /^\s+had\b/i.test(text.slice(trigger.end - sentence.start, trigger.end - sentence.start + 5)) ? REPORTED_THAT.exec(before) : REPORTED_MENTION.exec(before);
  if (resolved && reported && resolved.span.start >= sentence.start && resolved.span.end <= sentence.start + reported.index + reported[0].length) resolved = undefined;
  // "The first round, which opened … on April 6, ended Friday": the days it ran, from the first to the last.
  if (resolved && isDay(resolved.date) && resolved.span.start >= trigger.end) {
    const close = ctx.datesIn(sentence).find((d) => d.span.start > resolved!.span.end && isDay(d.date) && d.date > resolved!.date && d.date <= addDays(resolved!.date, 13));
    const opened = OPENED_BEFORE_DAY.test(text.slice(trigger.end - sentence.start, resolved.span.start - sentence.start));
    if (close && opened && ENDED_BEFORE_DAY.test(text.slice(resolved.span.end - sentence.start, close.span.start - sentence.start))) {
      resolved = { ...resolved, date: `${resolved.date}/${close.date}` as ResolvedDate["date"], span: { start: resolved.span.start, end: close.span.end } };
    }
  }
  // "The meeting was unimaginable only a month ago": a day in what is said of a meeting told already dates the saying's
  // contrast, not the meeting.
  if (resolved && DESCRIBED_MEETING.test(text.slice(0, trigger.end - sentence.start)) && DESCRIBED_AS.test(text.slice(trigger.end - sentence.start))) resolved = undefined;
  // A round joined to another by "and" ("… last week and the third round convened in Oslo") has its
  // venue in its own clause (_mode.ts breaks the clause at that "and"); the first of the two has none there.
  const clause = clauseAround(sentence, trigger);
  const joined = /^\s+and\s+the\s/.test(sliceOf(sentence, { start: clause.end, end: clause.end + 10 })) || /\s+and\s+$/.test(sliceOf(sentence, { start: clause.start - 5, end: clause.start }));
  const venue = ownDayAfter ? venueIn(c, trigger, { start: trigger.start, end: sentence.end }) : venueIn(c, trigger, joined ? clause : sentence);
  const mediators = mediatorsIn(c);
  const delegations = delegationsIn(c, mediators);
  const statements = statementsIn(c);
  const format = formatOf(text);
  const outcome = OUTCOME.test(text) ? statementOf(ctx, sentence, speakerOf(c, trigger)) : undefined;
  // A year alone ("talks from Oslo 2030 to Bern 2031") places no round.
  // Nor a day of what was said before the talks are named: "A statement on Tuesday said the talks were poisoned".
  const saidOfTalks = resolved !== undefined && resolved.span.end <= trigger.start && SAID_BETWEEN.test(sliceOf(sentence, { start: resolved.span.end, end: trigger.start }));
  // Nor the day of another act the talks' verb takes as its object: "the contacts had not prevented new sanctions on
  // 3 March".
  const objectsDay = resolved !== undefined && resolved.span.start >= trigger.end && OTHER_ACT_BETWEEN.test(sliceOf(sentence, { start: trigger.end, end: resolved.span.start }));
  const dated = resolved !== undefined && (distanceFrom(trigger, resolved.span) < 80 || placesTalksAfter(sentence, trigger, resolved.span)) && !/^\d{4}$/.test(resolved.date) && !saidOfTalks && !objectsDay;
  const located = venue.site !== undefined || c.venues.inCity.test(text);
  c.venues.inCity.lastIndex = 0;
  const evidenceOfEvent =
    HELD_VERB.test(text) ||
    dated ||
    (WEAK_HELD_VERB.test(text) && located) ||
    mediators.length > 0 ||
    delegations.length > 0 ||
    statements.length > 0 ||
    (format !== "unknown" && (dated || located));
  if (!evidenceOfEvent) return undefined;
  // A sentence only about a delegation's make-up still needs people at the table.
  // Not delegations that themselves met somewhere: "A week later, the delegations convened in Bern".
  if (isDelegationCue(sentence, trigger) && delegations.length === 0 && !DELEGATIONS_MET_AFTER.test(sliceOf(sentence, { start: trigger.end, end: sentence.end }))) return undefined;

  // "The fifth round … opened": the ordinal must name the held trigger itself, not a round to come.
  const ordinalMatch = ORDINAL_BEFORE_RE.exec(sliceOf(sentence, { start: sentence.start, end: trigger.start }));
  const elliptic = /^(?:the|an?)\s+(\S+)$/i.exec(sliceOf(sentence, trigger));
  const ordinal = elliptic ? parseOrdinal(elliptic[1]!) : ordinalMatch && /^(?:round|session)$/i.test(sliceOf(sentence, trigger)) ? parseOrdinal(ordinalMatch[1]!) : undefined;
  const structure = STRUCTURE_RE.exec(text)?.[1];
  // Talks a source reports are asserted; "X said talks were held in Y" leaves them X's claim.
  let mode = readMode(sentence, trigger, lookup.index, { planned: false, reporters: c.reporters });
  if (mode.mode === "claimed" && !/\b(?:said|says|reported|claimed|according to)\b[^.]*\b(?:held|took place|met|convened|opened|resumed)\b/iu.test(text)) {
    mode = { mode: "asserted" };
  }
  const round = startCandidate<RoundCandidate>(resolved);
  round.mode = mode.mode;
  if (mode.claimedBy) round.claimedBy = mode.claimedBy;
  round.summary = summarise(text);
  round.evidence = [ctx.evidence(sentence)];
  round.venue = venue;
  round.mediators = mediators;
  round.format = format;
  if (ordinal) round.ordinal = ordinal;
  if (structure) round.structure = structure;
  round.tracks = tracksIn(text);
  round.delegations = delegations;
  if (outcome) round.outcome = outcome;
  round.statements = statements;
  round.status = "held";
  return round;
}

/** After a day: ", two days before" (the round named next was due then). */
const COUNT_BEFORE_DUE = new RegExp(String.raw`^\s*,?\s+(a|an|one|${SPAN_COUNT_PATTERN})\s+(days?|weeks?)\s+before\s+(?:[^.;]|\.(?=\S|\s+[a-z]))*$`, "i");
/**
 * "Israel struck on June 13, two days before a sixth round was due in Oslo", "… two days before Iran and the US
 * were due to hold a sixth round": the plan's day, counted on from the day written before the count.
 */
function dueDayCounted(ctx: DocumentContext, sentence: Sentence, trigger: Span): ResolvedDate | undefined {
  const around = sliceOf(sentence, { start: Math.max(sentence.start, trigger.start - 120), end: Math.min(sentence.end, trigger.end + 100) });
  if (!/\bdue\b/i.test(around)) return undefined;
  for (const d of ctx.datesIn(sentence)) {
    if (d.span.end > trigger.start || !isDay(d.date) || d.method === "approximate") continue;
    const count = COUNT_BEFORE_DUE.exec(sliceOf(sentence, { start: d.span.end, end: trigger.start }));
    if (!count) continue;
    const days = (parseCount(count[1]!) ?? 1) * (/^weeks?$/i.test(count[2]!) ? 7 : 1);
    return { ...d, date: addDays(d.date, days) as ResolvedDate["date"], method: "anchored" };
  }
  return undefined;
}

function readPlannedRound(c: Context, trigger: Span): RoundCandidate | undefined {
  const { ctx, sentence } = c;
  const clause = clauseAround(sentence, trigger);
  const clauseText = sliceOf(sentence, clause);
  // The day the plan names after its verb ("was scheduled in Oslo for 15 June") is its own, whatever day is nearer.
  const planDay = ctx.datesIn(sentence).find((d) => d.span.start >= trigger.end && d.span.end <= clause.end && isPlanDayAt(ctx.document.text, d.span.start, trigger.end));
  const resolved = dueDayCounted(ctx, sentence, trigger) ?? plausibleDate(ctx, sentence, trigger, planDay ?? ctx.eventDate(sentence, trigger), "planned");
  const ordinal = ordinalIn(clauseText);
  const postponed = /\b(?:postponed|delayed|put off|called off|cancell?ed)\b/i.test(clauseText);
  // "A fourth round was to be held on 9 May in Oslo. It never took place": what became of the plan.
  const next = ctx.sentences[sentence.index + 1];
  const fate = next && next.paragraph === sentence.paragraph ? PRONOUN_CALLED_OFF.exec(next.text) : null;
  const status: RoundCandidate["status"] = fate ? (/postpon|put off|delay/i.test(fate[2] ?? "") ? "postponed" : "cancelled") : postponed ? (/\b(?:called off|cancell?ed)\b/i.test(clauseText) ? "cancelled" : "postponed") : "planned";
  return bareRound(resolved, {
    mode: fate ? "asserted" : "planned",
    summary: summarise(clauseText),
    evidence: ctx.evidence(clause),
    venue: venueIn(c, trigger, clause),
    format: formatOf(clauseText),
    ordinal,
    tracks: tracksIn(clauseText),
    status,
  });
}

interface VenuePatterns {
  /** "in Oslo", "at Bern". */
  inCity: RegExp;
  /** The same right after the days it places: " in Oslo, the last two with expert talks". */
  inCityNext: RegExp;
  /** A city written right before its day: "Oslo on April 12". */
  beforeDay: RegExp;
  /** "the Oslo talks". */
  attributive: RegExp;
  /** "Bern hosted the second round". */
  hostedBy: RegExp;
  /** "in the Norwegian capital". */
  capitalOf: RegExp;
  /** A known city anywhere in a venue's site name. */
  anyCity: RegExp;
}

const VENUE_CACHE = new WeakMap<ActorDictionary, VenuePatterns>();
function venuePatterns(dictionary: ActorDictionary): VenuePatterns {
  let patterns = VENUE_CACHE.get(dictionary);
  if (!patterns) {
    const cities = alternation(dictionary.places.keys());
    const adjectives = alternation(dictionary.states.keys());
    // "in the Norwegian capital Oslo", "in the Norwegian capital, Oslo": the city after its description.
    const inCity = `\\b(?:in|at|to|near|outside|(?:scheduled|planned|set|slated|due|pencill?ed\\s+in|announced) for)\\s+(?:the\\s+(?:[\\p{L}-]+\\s+)?capital,?\\s+)?(${cities})(?![\\p{L}'’])`;
    patterns = {
      inCity: new RegExp(inCity, "gu"),
      inCityNext: new RegExp(`^\\s+${inCity}`, "u"),
      attributive: compilePattern(`\\bthe\\s+(${cities})\\s+(?:talks|round|session|meeting|negotiations|discussions)\\b`, "u"),
      hostedBy: new RegExp(`(?<![\\p{L}])(${cities})\\s+(?:hosted|hosts|will host|is hosting|was hosting)\\b`, "gu"),
      capitalOf: compilePattern(`\\bthe\\s+(${adjectives})\\s+capital\\b`, "u"),
      anyCity: new RegExp(`(${alternation(dictionary.places.keys(), literalPattern)})`, "u"),
      beforeDay: new RegExp(`(?<![\\p{L}])(${cities})(?=\\s+on\\s)`, "gu"),
    };
    VENUE_CACHE.set(dictionary, patterns);
  }
  return patterns;
}

/** The city (and site) where talks were held: "in Oslo", "in the Norwegian capital", "at a hotel near Oslo's airport". */
const OTHER_TIME_APPOSITIVE = new RegExp(String.raw`,\s+(?:(?:${SPAN_COUNT_PATTERN}|several|some)\s+)?(?:days?|weeks?|months?)\s+(?:after|before)\s`, "i");
function venueIn(c: Context, trigger: Span, scope: Span = c.sentence): RoundCandidate["venue"] {
  const text = sliceOf(c.sentence, scope);
  const { dictionary, venues } = c;
  const venue: RoundCandidate["venue"] = {};
  const site = SITE_RE.exec(text);
  // "at the Norwegian embassy in Bern a week later, on 10 May": the site ends where the time begins.
  if (site) venue.site = site[1]!.replace(/\s+(?:(?:a|one|two|three|several|\d+)\s+(?:days?|weeks?|months?)\s+(?:later|earlier)|on\s+\d|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|last|this|next)\b.*$/u, "").trim();
  let city: string | undefined;
  let best = Number.POSITIVE_INFINITY;
  for (const match of matchesOf(venues.hostedBy, text)) {
    const distance = Math.abs(scope.start + match.index - trigger.start);
    if (distance < best) {
      best = distance;
      city = match[1]!;
    }
  }
  // "held a second round … on Saturday, a week after their first encounter in Oslo": the other round's city.
  const otherTime = OTHER_TIME_APPOSITIVE.exec(text);
  const otherFrom = otherTime && scope.start + otherTime.index > trigger.end ? otherTime.index : Number.POSITIVE_INFINITY;
  for (const match of matchesOf(venues.inCity, text)) {
    if (match.index > otherFrom) continue;
    const before = text.slice(Math.max(0, match.index - 20), match.index);
    if (/\b(?:rather than|instead of|from|not|than)\s*$/i.test(before) || /^\s*to\b/i.test(match[0]) && /\b(?:from)\b/i.test(before)) continue;
    if (/^to\b/i.test(match[0]) && !/\b(?:travel|arrive|return|head|go|come|shift|move|relocate)\w*\s*$/i.test(before) && !/\bfrom\s+\S+\s+$/iu.test(before)) continue;
    const distance = Math.abs(scope.start + match.index - trigger.start);
    if (distance < best) {
      best = distance;
      city = match[1]!;
    }
  }
  city ??= venues.attributive.exec(text)?.[1];
  if (!city) {
    const capital = venues.capitalOf.exec(text);
    const state = capital ? dictionary.states.get(capital[1]!) : undefined;
    city = state ? dictionary.entries.get(state)?.capital : undefined;
  }
  if (!city && venue.site) {
    const inSite = venues.anyCity.exec(venue.site);
    city = inSite?.[1];
  }
  if (city) Object.assign(venue, cityVenue(dictionary, city));
  return venue;
}

/** A city as written ("Oslo", "Bern"), with its dictionary spelling and country when known. */
function cityVenue(dictionary: ActorDictionary, city: string): { city: string; country?: string } {
  const place = dictionary.places.get(city.replace(/\s+/g, " "));
  return place ? { city: place.city, country: place.country } : { city };
}

/** Hosts and mediators: "Norway mediated", "Norwegian-mediated", "under Norwegian stewardship", "hosted by Qatar". */
function mediatorsIn(c: Context): ActorId[] {
  const { sentence, lookup } = c;
  const out: ActorId[] = [];
  for (const mention of lookup.within(sentence)) {
    const id = mention.actorId;
    const after = sentence.text.slice(mention.end - sentence.start, mention.end - sentence.start + 30);
    const afterLong = sentence.text.slice(mention.end - sentence.start, mention.end - sentence.start + 90);
    const before = sentence.text.slice(Math.max(0, mention.start - sentence.start - 30), mention.start - sentence.start);
    const state = id.startsWith("state:") || id.startsWith("organisation:") ? id : undefined;
    if (SHUTTLE_AFTER.test(afterLong)) {
      const side = state ?? lookup.stateOf(id);
      if (side) out.push(state ? (lookup.stateOf(id) ?? id) : side);
      continue;
    }
    if (state && (MEDIATION_AFTER.test(after) || (MEDIATION_BEFORE.test(before) && !/^\s*(?:and|or)\b/i.test(after)) || MEDIATION_NOUN_AFTER.test(after))) {
      if (/\b(?:under|with|through)\s+$/i.test(before) && !MEDIATION_NOUN_AFTER.test(after) && !MEDIATION_AFTER.test(after)) continue;
      out.push(lookup.stateOf(id) ?? id);
    } else if (id.startsWith("person:") && (PERSON_MEDIATOR.test(afterLong) || PERSON_MEDIATOR.test(sliceOf(sentence, clauseAround(sentence, mention))))) {
      const side = lookup.stateOf(id);
      if (side) out.push(side);
    }
  }
  return unique(out);
}

/** Persons at the table, by side: "the envoy and his deputy led the team", "met face-to-face with the minister". */
function delegationsIn(c: Context, mediators: ActorId[]): RoundCandidate["delegations"] {
  const { sentence, lookup } = c;
  const members = new Map<ActorId, ActorId[]>();
  for (const cue of matchesOf(DELEGATION_CUE, sentence.text)) {
    const cueSpan = spanOf(sentence, cue.index, cue[0].length);
    const clause = clauseAround(sentence, cueSpan);
    const window = { start: Math.max(clause.start, cueSpan.start - 90), end: Math.min(clause.end, cueSpan.end + 80) };
    for (const mention of lookup.within(window)) {
      if (!mention.actorId.startsWith("person:")) continue;
      const between = mention.start > cueSpan.end ? sliceOf(sentence, { start: cueSpan.end, end: mention.start }) : "";
      if (/\b(?:was|were|is|are)\s+(?:seen|viewed|described|considered)\b|\bfrom\b|\bsaid\b/i.test(between)) continue;
      const side = lookup.stateOf(mention.actorId);
      if (!side || mediators.includes(side)) continue;
      const list = members.get(side) ?? [];
      if (!list.includes(mention.actorId)) list.push(mention.actorId);
      members.set(side, list);
    }
  }
  return [...members].map(([side, ids]) => ({ side, members: ids }));
}

/** Quoted remarks with their speaker: "the minister called the talks “useful”". */
function statementsIn(c: Context): Statement[] {
  const { ctx, sentence, lookup } = c;
  const out: Statement[] = [];
  let lastQuoteEnd = -1;
  for (const quote of matchesOf(QUOTE_RE, sentence.text)) {
    const quoteSpan = spanOf(sentence, quote.index, quote[0].length);
    const clause = clauseAround(sentence, { start: quoteSpan.start, end: quoteSpan.start + 1 });
    const beforeQuote = lookup.within({ start: sentence.start, end: quoteSpan.start }).filter((m) => !c.reporters.has(m.actorId));
    const speakerMention = [...beforeQuote].reverse().find((m) => m.actorId.startsWith("person:")) ?? beforeQuote[beforeQuote.length - 1];
    const pronoun = PRONOUN_START.test(sentence.text) ? c.personBefore : undefined;
    const speechBefore = SPEECH_VERB.test(sliceOf(sentence, { start: sentence.start, end: quoteSpan.start }));
    if (!speechBefore) continue;
    let speaker = speakerMention?.actorId;
    let start = speakerMention && (speakerMention.start >= clause.start || quoteSpan.start - speakerMention.start < 240) ? speakerMention.start : clause.start;
    if (lastQuoteEnd > start) start = Math.max(clause.start, lastQuoteEnd);
    lastQuoteEnd = quoteSpan.end;
    if (pronoun && (!speakerMention || speakerMention.start - sentence.start > 40)) {
      speaker = pronoun;
      start = sentence.start;
    }
    if (!speaker || c.reporters.has(speaker)) continue;
    out.push(statementOf(ctx, { start: Math.max(start, sentence.start), end: quoteSpan.end }, speaker));
  }
  return out;
}

/** Who said the words of a clause: a person before a speech verb, or "He"/"She" from before. */
function speakerOf(c: Context, at: Span): ActorId | undefined {
  const { sentence, lookup } = c;
  const before = lookup.within({ start: sentence.start, end: at.start }).filter((m) => !c.reporters.has(m.actorId));
  if (SPEECH_VERB.test(sliceOf(sentence, { start: sentence.start, end: at.start }))) {
    const person = [...before].reverse().find((m) => m.actorId.startsWith("person:"));
    if (person) return person.actorId;
    if (PRONOUN_START.test(sentence.text)) return c.personBefore;
    return before[before.length - 1]?.actorId;
  }
  return undefined;
}

/** "if Iran resumed direct or indirect negotiations": either format, so neither. */
const EITHER_FORMAT = /\b(?:in)?direct(?:ly)?\s+or\s+(?:in)?direct(?:ly)?\b/gi;

/** "the delegations did not meet face to face", "no direct talks", "without direct contact": indirect, said so. */
const NOT_DIRECT = /\b(?:(?:did|do|does|would|will)\s+not|didn['’]t|don['’]t|doesn['’]t|never|not)\s+(?:(?:meet|talk|speak|sit|negotiate)\s+)?(?:face[- ]to[- ]face|directly|in\s+person)\b|\b(?:no|without(?:\s+any)?)\s+direct\s+(?:talks|contact|contacts|meetings?|negotiations|engagement)\b/gi;

function formatOf(words: string): RoundCandidate["format"] {
  let text = words.includes(" or ") ? words.replace(EITHER_FORMAT, "") : words;
  if (/\b(?:not|never|no|without|n['’]t)\b/i.test(text)) text = text.replace(NOT_DIRECT, " indirectly ");
  const indirect = INDIRECT.test(text);
  const direct = DIRECT.test(text);
  if (indirect && direct) return "mixed";
  if (indirect) return "indirect";
  if (direct) return "direct";
  return "unknown";
}

function tracksIn(text: string): string[] {
  return unique(matchesOf(TRACK_RE, text).map((m) => m[0].toLowerCase().replace(/["“”]/g, "")));
}
