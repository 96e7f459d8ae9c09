/**
 * Coercive economic measures: designations ("announced sanctions on nine firms…"), executive
 * orders, tariffs ("imposing 10 percent tariffs…", "authorising … tariffs of up to 40%"), UN
 * snapback, and lifts or waivers. A clause yields a measure only when a verb says something was
 * done (or is to be done): talk of "the sanctions architecture" yields nothing.
 */
import type { ActorId, SanctionAuthority, SanctionInstrument, SanctionStatus } from "@sitrep/domain";
import type { ActorDictionary } from "./actors.js";
import { ActorLookup, assertedContext, assertedPart, ledeOf, spanOf, startCandidate, summarise, summaryScope, triggerDate, unique } from "./_extract.js";
import { alternation, compilePattern, COUNT_PATTERN, FAILED_TO_PREVENT, FULL_MONTH, MODAL_MAY, matchesOf, parseCount, wordBounded } from "./_lexicon.js";
import { clauseAround, readMode, RELATIVE_ASIDE, reportersOf, sliceOf } from "./_mode.js";
import { addDays, isDay } from "./dates.js";
import { paragraphOf } from "./_sentences.js";
import type { ActorIndex, DocumentContext, SanctionCandidate, Sentence, Span } from "./_types.js";

/** A duty told by its rate: "a 10% duty", "25 percent ad valorem duties". */
const DUTY_BY_RATE = String.raw`\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+(?:ad\s+valorem\s+|import\s+|customs\s+)?dut(?:y|ies)`;
const MEASURE = String.raw`(?:new\s+|fresh\s+|additional\s+|further\s+|secondary\s+|economic\s+|financial\s+)*(?:sanctions|penalties|designations?|restrictions|restrictive measures|tariffs?|(?:ad valorem|import|customs)\s+dut(?:y|ies)|${DUTY_BY_RATE}|export controls)`;
/** A tariff by either name: "tariffs", "an additional 10 percent ad valorem duty", "import duties", "Imposing Duties on …". */
const TARIFF_WORD = new RegExp(String.raw`\btariffs?\b|\b(?:imposing|imposes|impose)\s+duties\b|\b(?:ad valorem|import|customs|additional)\s+dut(?:y|ies)\b|${DUTY_BY_RATE}\b`, "i");

interface Trigger {
  re: RegExp;
  /** A cheap test of the sentence before `re` runs: a word `re` cannot match without. */
  hint: RegExp;
  status: SanctionStatus;
  instrument?: SanctionInstrument;
  /** Passive: the targets (and their counts) come before the verb. */
  passive?: boolean;
  /** The verb alone gives the status ("declined to extend the waiver allowing…" is not an authorisation). */
  fixedStatus?: boolean;
  /** Inside another measure's clause (a relative clause): only its own words are claimed. */
  nested?: boolean;
  /** An act of its own whatever clause it sits in (the notification that starts a snapback, beside the return it leads to). */
  apart?: boolean;
  /** Re-imposing measures lifted before: a snapback when the measures are the UN's or the nuclear deal's. */
  reimposition?: boolean;
  /** Read only in a paragraph that names this (what "the sanctions" stands for). */
  paragraph?: RegExp;
  /** A noun, not a verb: counts only with a date written just before it. */
  datedNoun?: boolean;
  /** The verb names its target right after it ("designated former President X"), a person included. */
  namedTarget?: boolean;
  /** The match itself says when ("Example Trading, designated in May 2031"): no counted target needed. */
  selfDated?: boolean;
  /** Counts only in a sentence or a document about the snapback. */
  aboutSnapback?: boolean;
  /** "a similar action targeting …": another measure of the kind and by the authority of the one told just before. */
  likePrevious?: boolean;
  /** Only when the next sentence says what the order does with tariffs ("It authorizes tariffs of up to …"). */
  toldNext?: boolean;
  /** The measure just told, taken again by the authority this clause names: "Britain did the same that day". */
  sameAsPrevious?: boolean;
}

/** The US agencies that list, as a listing's subject is written: "the Treasury Department", "OFAC", "Ofac". */
const US_AGENCY = String.raw`Treasury|OFAC|Ofac|State Department|[Ss]tate [Dd]epartment|[Tt]reasury [Dd]epartment|Commerce Department`;

const TRIGGERS: Trigger[] = [
  // "On March 3, the State Department followed with sanctions on a second refiner": a listing told as the next step.
  { re: /\bfollowed\s+(?:up\s+)?with\s+(?:(?:new|fresh|further|more|its\s+own)\s+)?sanctions\s+(?:on|against)\b/gi, hint: /followed/i, status: "announced", instrument: "designation", namedTarget: true },
  // So is one whose target the sentence does not name: "It followed with a string of tanker designations in May".
  {
    re: compilePattern(String.raw`\bfollowed(?:\s+(?:it|that|this|them))?(?:\s+up)?\s+with\s+(?:(?:a|another)\s+(?:(?:new|fresh|further|long|steady)\s+)?(?:string|series|wave|round|raft|spate|batch|slew|flurry)\s+of\s+)?(?:(?!(?:would|will)\s)[\w-]+\s+){0,2}?${MEASURE}\b(?![^.;]{0,40}\b(?:weekly|monthly|regularly|routinely|repeatedly)\b)`, "giu"),
    hint: /followed/i, status: "announced",
  },
  // "the ministry returned 300 people, firms and ships to its blacklist": a relisting.
  { re: /\b(?:returned|returns|restored|restores|re-?added|re-?adds|put\s+back)\b(?=\s+(?:more\s+than\s+|over\s+|some\s+|about\s+|nearly\s+|almost\s+)?[\w,-]+\s+(?:[\w,-]+\s+){0,8}?to\s+(?:its|the)\s+(?:[\w'’-]+\s+){0,4}?(?:list|blacklist|SDN)\b)/gi, hint: /list\b|SDN/, status: "imposed", instrument: "designation" },
  // "That came after a similar action targeting a shipping network in early April": the measure just told, taken again on its own day.
  {
    re: /\bsimilar\s+(?:action|move|step|designations?)\b(?=\s+(?:targeting|against|aimed\s+at)\s)/gi,
    hint: /similar/i, status: "announced",
    instrument: "designation",
    likePrevious: true,
  },
  // "the President issued E.O. 19001": an order cited by its number is still an order issued.
  // "EO 12345, signed by the president on March 2, authorized …": the order named, then signed.
  // "he signed another order aimed at the Office of the Supreme Leader": the order after an earlier one, named so.
  { re: /\b(?:signed|signs|issued|issues|unveiled)\s+(?:an?\s+|the\s+)?(?:new\s+)?(?:(?:[\w-]+\s+){0,2}?executive orders?\b|(?<=\b(?:signed|signs|issued|issues)\s+)(?:another|a\s+second|a\s+further)\s+order\b(?=\s+(?:aimed at|targeting|imposing|sanctioning|that (?:targeted|imposed|blocked))\b)|(?:E\.\s?O\.|EO)\s*\d{5}|Executive Order\s+\d{5})|\b(?:Executive Order|E\.\s?O\.|EO)\s*\d{5},\s+(?:which\s+was\s+)?signed\b/gi, hint: /executive order|E\.\s?O\.|\bEO\s*\d{5}|(?:another|second|further) order/i, status: "imposed", instrument: "executive-order" },
  // "President Trump signed the order Friday, …. It authorizes tariffs of up to 25% …": the order the headline
  // named, signed, when the next sentence says what it does (see `tariffsByTheOrder`).
  {
    re: /\bsigned\s+the\s+(?:executive\s+)?order\b(?!\s+(?:to|for)\s)/gi,
    hint: /signed the/i, status: "imposed",
    instrument: "executive-order",
    toldNext: true,
  },
  // "signed an order applying a 10 percent tariff on goods from countries that buy the oil".
  {
    re: /\b(?:signed|signs|issued|issues)\s+(?:an?\s+|the\s+)?(?:new\s+)?(?:[\w-]+\s+){0,2}?order\s+(?:applying|imposing|authori[sz]ing|setting|placing|levying)\b(?=[^.;]{0,60}\btariffs?\b)/gi,
    hint: /\border\s/i, status: "imposed",
    instrument: "executive-order",
  },
  // An order named by its day: "the duties set out in the executive order of 3 March".
  {
    re: new RegExp(String.raw`\bexecutive order\s+(?:of|dated)\s+(?=\d{1,2}\s+${FULL_MONTH}\b|${FULL_MONTH}\s+\d)`, "gi"),
    hint: /executive order/i, status: "imposed",
    instrument: "executive-order",
    selfDated: true,
  },
  // A presidential memorandum is the president's act too (filed as "other", see readSanction): "signed a National
  // Security Presidential Memorandum (NSPM) on export curbs", "issued a presidential memorandum".
  {
    // "The oil embargo was reinstated by presidential memorandum on 3 March 2031."
    re: /\b(?:signed|signs|signing|issued|issues)\s+(?:an?\s+|the\s+)?(?:new\s+)?(?:National Security Presidential Memorandum|national security (?:presidential )?memorandum|presidential memorandum|NSPM(?:-\d+)?)\b|\b(?:was|were|has been|had been)\s+(?:restored|reinstated|reimposed|re-imposed|ordered)\s+(?:by|through|under)\s+(?:an?\s+|the\s+)?(?:(?:United States|U\.S\.|US|American)\s+)?(?:National Security Presidential Memorandum|presidential memorandum|NSPM(?:-\d+)?)\b|\b(?:signed|signs|signing)\s+a\s+memorandum\b(?=\s+(?:in\s+\p{Lu}\p{L}+\s+|on\s+[\p{L}\d ]{1,20}?\s+)?(?:restoring|reinstating|reimposing|directing|ordering)\b)|\b(?:restored|reinstated|reimposed)\b(?=[^.;]{0,80}?\bby\s+(?:an?\s+)?(?:national\s+security\s+)?(?:presidential memorandum|NSPM)\b)|\b(?:presidential memorandum|NSPM(?:-\d+)?)\s+signed(?=\s+(?:on|in)\s)|(?<=(?:\b\d{4}|\b\d{1,2})\s+)(?:National Security Presidential Memorandum|presidential memorandum)\b(?=(?:\s+\(NSPM-?\d+\))?\s+(?:restored|reinstated|reimposed|restoring|reinstating)\b)/giu,
    hint: /memorandum|NSPM/i, status: "imposed",
    instrument: "executive-order",
  },
  // A measure and the instrument that made it, in a reduced relative: "a 25 percent tariff …, imposed by executive
  // order in January", "the embargo - restored by National Security Presidential Memorandum 9 in March 2031".
  {
    re: /\b(?:restored|reinstated|reimposed|re-imposed|imposed|introduced)\s+(?:by|through|under|via|in)\s+(?:an?\s+|the\s+)?(?:National Security Presidential Memorandum|presidential memorandum|NSPM|executive order)\b/gi,
    hint: /memorandum|NSPM|executive order/i, status: "imposed",
    instrument: "executive-order",
  },
  // The instrument named, then its issuing: "NSPM-9, issued on March 4, 2031", "NSPM-9, signed by President Example on …", "EO 19002 was itself issued on January 10".
  {
    re: /\b(?:National Security Presidential Memorandum|NSPM)(?:[\s-]+\d+)?(?:\s+\([^)]{1,20}\))?,\s+(?:issued|signed)\s+(?:by\s+(?:the\s+)?(?:President\s+)?(?:[A-Z][\w.'-]*\s+){1,3})?(?=on|in)|\b(?:Executive Order|E\.\s?O\.|EO)\s*\d{5}\s+(?:was|had been)\s+(?:itself\s+|first\s+|originally\s+)?(?:issued|signed)\b/g,
    hint: /[Mm]emorandum|NSPM|Executive Order|E\.\s?O\.|EO/, status: "imposed",
    instrument: "executive-order",
  },
  // The order another measure was taken under, with its own day: "listed the firm on Monday, the first to be named
  // under an executive order signed by the President on 2 March that authorises such listings".
  {
    re: /(?<=\b(?:under|by)\s+(?:an?\s+|the\s+)?)executive order,?\s+signed\s+(?:by\s+(?:the\s+)?(?:[\w.-]+\s+){1,3}?)?(?:on|in)\s+[^.;,]{1,24}(?:,\s+\d{4})?,?\s+(?:that|which)\s+(?:authori[sz]es|imposes|allows|permits|targets)\b/gi,
    hint: /executive order/i, status: "imposed",
    instrument: "executive-order",
    nested: true,
    selfDated: true,
  },
  // "An executive order signed by the president authorizes sanctions on …": the order named, then its signature.
  {
    re: /\b[Ee]xecutive [Oo]rder\s+signed\s+by\s+(?:the\s+)?(?:(?:President|Mr\.|Mrs\.|Ms\.)\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:on\s+[^.;]{1,30}?\s+)?(?:authori[sz]es|authori[sz]ed|imposes|imposed|targets|targeted|expands|expanded|sanctions|blocks|blocked)\b/gu,
    hint: /signed by/i, status: "imposed",
    instrument: "executive-order",
  },
  // "signed his tariff threat into an executive order", "signed the sanctions bill into law".
  {
    re: /\bsign(?:ed|s|ing)\s+(?:[\p{L}'’-]+\s+){1,6}?into\s+(?:an?\s+)?(?:executive order|law)\b/giu,
    hint: /\bsign/i, status: "imposed",
    instrument: "executive-order",
  },
  // "another executive order had taken aim at the metals sectors": the order as the subject of what it did,
  // also with its signing day between: "an executive order, signed on June 24, 2029, targeting the leader", "the
  // executive order signed by the president on March 2 authorizing tariffs".
  { re: new RegExp(String.raw`\bexecutive orders?(?:,?\s+signed\s+(?:by\s+(?:the\s+)?(?:[\w.-]+\s+){1,3}?)?(?:on|in)\s+[^.;,]{1,24}(?:,\s+\d{4})?,?|\s+of\s+${FULL_MONTH}(?:\s+\d{1,2})?(?:,?\s+\d{4}|\s+last\s+year)?)?\s+(?:that\s+)?(?:authori[sz]ing|authori[sz]es|imposing|imposes|allowing|permitting|targeting|targets|takes aim at|(?:(?:had|has|have)\s+)?(?:taken aim at|took aim at|targeted|imposed|authori[sz]ed|placed|put))\b`, "gi"), hint: /executive order/i, status: "imposed", instrument: "executive-order" },
  // "rests on a new executive order that President Example signed the same day": the order told by its signing; so
  // is "the national security presidential memorandum that President Example signed on Feb. 4".
  {
    re: /\b(?:executive orders?|(?:National Security Presidential|national security (?:presidential\s+)?|presidential)\s+[Mm]emorandum(?:\s+\d+)?|NSPM(?:-\d+)?)\b(?=,?\s+(?:that|which)\s+(?:(?:US|U\.S\.|the)\s+)?(?:[Pp]resident\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:had\s+|has\s+)?signed\b)/gu,
    hint: /executive order|memorandum|NSPM/i, status: "imposed", instrument: "executive-order",
  },
  // An order cited by its number and day is that day's act wherever the sentence cites it - in a list of
  // orders, after "bear in mind the continuing reach of": "Executive Order 19002 of March 4, 2031, which authorizes …".
  {
    re: new RegExp(String.raw`\b(?:Executive Order|E\.\s?O\.)\s+\d{5}\s+of\s+(?:${FULL_MONTH}\s+\d{1,2},\s+\d{4}|\d{1,2}\s+${FULL_MONTH}\s+\d{4}),?\s+(?:which|that)\s+(?:extends|expands|targets|imposes|authori[sz]es|blocks|extended|expanded|targeted|imposed|authori[sz]ed|blocked|re-?imposed|reinstated)\b`, "g"),
    hint: /Executive Order|E\.\s?O\./, status: "imposed",
    instrument: "executive-order",
    nested: true,
    selfDated: true,
  },
  // A timeline's entry naming the order as its subject: "Executive Order 19002 extends sanctions to …", "Executive
  // Order 19002 of March 4, 2031, re-imposed the sanctions …",
  // "National Security Presidential Memorandum 9 restores the export ban".
  {
    // Also its day written the other way, and a participle: "Executive Order 19002 of 4 March 2031 restoring …";
    // and its day told aside: "E.O. 19002, issued on May 8, 2031, targeted the metals sectors".
    re: new RegExp(String.raw`\b(?:Executive Order|E\.\s?O\.)\s+\d{5}(?:,\s+(?:issued|signed)\s+(?:on|in)\s+(?:[^,;]|,\s+\d{4}){1,30}?,|\s+of\s+(?:${FULL_MONTH}\s+\d{1,2},\s+\d{4},?|\d{1,2}\s+${FULL_MONTH}\s+\d{4},?))?\s+(?:(?:which|that)\s+)?(?:extends|expands|targets|imposes|authori[sz]es|blocks|sanctions|extended|expanded|targeted|imposed|authori[sz]ed|blocked|re-?imposed|reinstated|restoring|re-?imposing|reinstating|targeting|authori[sz]ing|imposing|extending|blocking)\b|\b(?:National Security Presidential Memorandum|NSPM)(?:[\s-]+\d+)?\s+(?:restores|restored|directs|directed|orders|ordered|reinstates|reinstated)\b|\b(?:National Security Presidential Memorandum|NSPM)(?:[\s-]+\d+)?(?:\s+\((?:NSPM)[\s-]*\d+\))?,\s+which\s+(?:(?:President|Mr\.)\s+)?(?:[A-Z][\w.]*\s+){0,4}signed\b`, "gi"),
    hint: /executive order|E\.\s?O\.|memorandum|NSPM/i, status: "imposed",
    instrument: "executive-order",
  },
  { re: /\border\s+does\s+not\s+(?:immediately\s+)?impose\b/gi, hint: /does not/i, status: "authorised", instrument: "tariff" },
  {
    re: new RegExp(String.raw`\b(?<!\b(?:delay|delaying|avert|averting|avoid|avoiding|prevent|preventing|postpone|postponing)\s)(?:snap-?back|snap back)\b(?=[^.:]{0,80}\b(?:reimposed|re-imposed|restored|took effect|came into effect|returned)\b)|\bcompleted\s+(?:the\s+)?(?:UN\s+)?(?:sanctions\s+)?snap-?back\b|\bUN sanctions (?:were|have been|had been)\s+(?:reimposed|re-imposed|restored)\b|\b(?:re-?imposition|return|restoration|reinstatement|snap-?back)\s+of\s+(?:the\s+)?(?:terminated\s+|earlier\s+|previous\s+)?(?:UN|U\.N\.|United Nations)\s+(?:Security Council\s+)?(?:sanctions|measures|resolutions)\b(?=[^;]{0,80}?\b(?:on|in|last|at\s+the\s+(?:end|start|beginning)\s+of)\s+(?:late\s+|early\s+|mid-)?(?:${FULL_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|\d))|\b(?:revive|revived|revives|reviving|restore|restored|reinstate|reinstated)\s+(?:the\s+)?(?:(?:terminated|expired|previous|old|former)\s+)*(?:UN\s+|U\.N\.\s+|United Nations\s+)?Security Council resolutions\b|\b(?:terminated|cancell?ed|lifted|suspended|expired|previous|former|old)\s+(?:UN\s+|U\.N\.\s+|United Nations\s+)?Security Council resolutions\s+(?:had\s+|have\s+)?(?:returned|came back|come back|snapped back|were restored|were reinstated|were revived)\b|\b(?:UN|U\.N\.|United Nations) (?:sanctions|measures)\b(?=(?:\s+(?:that|which)\b[^.;]{0,80}?)?\s+(?:came|have come|had come|come) back\b|(?:\s+(?:that|which)\b[^.;]{0,80}?|\s+on\s+\p{Lu}[\p{L}-]*)?(?:\s+(?:had|have|has))?\s+["“]?(?:returned|return|returns|snapped back)\b|\s+(?:lifted|suspended|terminated|eased)\b[^.;]{0,80}?\s+(?:returned|snapped back)\b|(?:\s+on\s+Iran)?,\s+including\s+[^.;]{1,80}?,\s+(?:are|were|have been|had been)\s+(?:reimposed|re-imposed|restored|reinstated)\b|\s+(?:on|against)\s+Iran\s+restored\b)`, "giu"),
    hint: /snap|U\.?N\.? (?:sanctions|measures)|United Nations (?:sanctions|measures)|Security Council resolutions|imposition|return of/i, status: "imposed",
    instrument: "snapback",
  },
  // The same noun with its month before it: "the September 2031 reimposition of UN Security Council sanctions".
  {
    re: new RegExp(String.raw`(?<=\b${FULL_MONTH}\s+\d{4}\s+)(?:re-?imposition|restoration|reinstatement|return|snap-?back)\s+of\s+(?:the\s+)?(?:UN|U\.N\.|United Nations)\s+(?:Security Council\s+)?(?:sanctions|measures|resolutions)\b`, "gi"),
    hint: /imposition|restoration|reinstatement|return|snap/i, status: "imposed",
    instrument: "snapback",
  },
  // "the three states hauled the UN sanctions regime back into force last autumn": brought back, by whatever verb.
  {
    re: /\bback\s+into\s+(?:force|effect)\b(?<=\b(?:UN|U\.N\.|United Nations)\s+(?:sanctions|measures)(?:\s+regime)?\s+back\s+into\s+(?:force|effect))/gi,
    hint: /back into/i, status: "imposed",
    instrument: "snapback",
  },
  // "the re-imposition of UK and EU trade measures in early May": the states' own measures back.
  {
    re: /\bre-?imposition\s+of\s+(?:the\s+)?(?:EU|UK|European|British)(?:\s+and\s+(?:the\s+)?(?:EU|UK|European|British))?\s+(?:[\w-]+\s+){0,2}?(?:sanctions|measures|restrictions)\b/gi,
    hint: /imposition/i, status: "imposed",
    instrument: "snapback",
  },
  // "the measures of the four lapsed Security Council resolutions returned to force on 4 March".
  {
    re: /\breturned\s+(?:in)?to\s+(?:force|effect)\b(?<=\b(?:sanctions|measures)\b[^.;]{0,100})(?<=\b(?:UN|U\.N\.|United Nations|Security Council)\b[^.;]{0,140})/gi,
    hint: /returned/i, status: "imposed",
    instrument: "snapback",
  },
  // "The minister said the UN measures had \"snapped back\"".
  {
    re: /\b(?:UN|U\.N\.|United Nations)\s+(?:sanctions|measures)\s+(?:had\s+|have\s+|has\s+)?["“]?snapped back\b/gi,
    hint: /snapped back/i, status: "imposed",
    instrument: "snapback",
  },
  // "The sanctions returned on 4 March 2031", in a paragraph about the snapback process.
  {
    re: /\b(?:the\s+)?(?:UN\s+|U\.N\.\s+|United Nations\s+)?sanctions\s+(?:returned|came back|snapped back|were back)\b(?=\s+(?:into\s+force\s+)?(?:at|on|in)\s)/gi,
    hint: /returned|came back|snapped back|were back/i, status: "imposed",
    instrument: "snapback",
    paragraph: /snap-?back|snap back|Security Council|\bUN\b|\bU\.N\.|United Nations|\bE3\b|the council/i,
  },
  // The UN's own sanctions, named so, come back whatever the sentence's order: "On Saturday, the United Nations
  // sanctions on Ruritania that had been lifted under the 2031 accord formally returned", "The UN sanctions, which
  // cover arms and finance, came back on Sunday", "The UN sanctions on Ruritania, lifted under the 2031 accord, returned".
  {
    re: /\b(?:UN|U\.N\.|United Nations)\s+sanctions(?:\s+on\s+\p{Lu}[\p{L}-]*)?(?:,?\s+(?:that|which)\s+had\s+been\s+(?:lifted|suspended|eased)\s+(?:under|by)\s+[^.;,]{1,80}?,?|,\s+(?:lifted|suspended|eased)\s+(?:under|by|in)\s+[^.;,]{1,80}?,|,\s+(?:that|which)\s+(?:include|includes|included|cover|covers|covered)\s+[^.;]{1,160}?,)?\s+(?:formally\s+|officially\s+|automatically\s+)?(?:returned|came back|snapped back)\b/giu,
    hint: /returned|came back|snapped back/i, status: "imposed",
    instrument: "snapback",
  },
  // The notification that starts it: "notify the Security Council that the other party is in significant non-performance".
  {
    // Also "notified the Council that it would restore sanctions".
    // And "sent a letter to the president of the Security Council notifying it of Iran's significant non-performance".
    re: /\b(?:(?:notified|notifies|notify|notifying)\s+(?:the\s+)?(?:President\s+of\s+the\s+)?(?:UN\s+|United Nations\s+)?(?:Security\s+)?Council|(?:sent|wrote|delivered|submitted)\s+(?:a\s+)?(?:letter|notification|notice)\s+to\s+(?:the\s+)?(?:president\s+of\s+the\s+)?(?:UN\s+|United Nations\s+)?Security\s+Council)\b(?=(?:[^.;]|\.(?=\s+\d)){0,120}\b(?:(?:significant\s+)?non-performance|snap-?back|trigger\s+the\s+(?:snap-?back\s+)?mechanism|(?:restore|reimpose|re-impose)\s+(?:UN\s+)?sanctions)\b)/gi,
    hint: /notif|letter/i, status: "announced",
    instrument: "snapback",
    apart: true,
  },
  // "The three states delivered their notification on May 9": the notification that starts it, in a piece about the snapback.
  {
    re: /\b(?:delivered|submitted|sent|lodged|filed|issued)\s+(?:their|its|the|a)\s+(?:formal\s+|joint\s+)?notification\b/gi,
    hint: /notification/i, status: "announced",
    instrument: "snapback",
    aboutSnapback: true,
  },
  // The UN measures set to return: "the measures of the earlier resolutions … will apply again as of 4 March".
  {
    re: /\b(?:(?:will|would|shall)\s+(?:apply|be in force|come into force|take effect)\s+again|(?:were|was|have been|has been)\s+re-?applied)\b(?<=\b(?:measures|sanctions|restrictions|resolutions?|provisions)\b[^.;]{0,260})/gi,
    hint: /again|applied/i, status: "announced",
    instrument: "snapback",
  },
  // Starting the process: "triggered the snapback", "wrote to the Council …, starting the snapback process".
  {
    re: /\b(?:snap-?back|snap back)\b(?=[^.]{0,80}\b(?:triggered|invoked|initiated)\b)|\b(?:triggered|triggering|triggers?|invoked|invoking|invokes?|initiated|initiating|started|starting|launched|launching|began|beginning)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?["“'‘]?snap-?back\b/giu,
    hint: /snap/i, status: "announced",
    instrument: "snapback",
  },
  // "The minister launched the review process on March 4": the snapback's process, in a piece about the snapback.
  {
    re: /\b(?:triggered|invoked|initiated|started|launched|began)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:process|mechanism|procedure)\b/gi,
    hint: /process|mechanism|procedure/i, status: "announced",
    instrument: "snapback",
    aboutSnapback: true,
  },
  // "the bloc put its own trade sanctions back in place": a re-imposition in so many words.
  {
    re: /\bput\s+(?:[\w'’-]+\s+){0,5}?(?:sanctions|measures|restrictions)\s+back\s+(?:in\s+place|into\s+force|into\s+effect)\b/gi,
    hint: /back in place|back into force|back into effect/i, status: "imposed",
    instrument: "other",
    reimposition: true,
  },
  // Re-imposition by a verb: "the council re-imposed the earlier restrictive measures",
  // "ordered the reimposition of export sanctions",
  // "brought its restored measures into force", "the UN sanctions regime … was restored on …".
  {
    re: /\b(?:ordered|orders|ordering)\s+the\s+re-?imposition\s+of\s+(?:[\w.-]+\s+){0,2}?(?:sanctions|measures|restrictions)\b|(?<!\b(?:the|its|their|these|those|of|with)\s)\b(?:re-?impos(?:ed|es|ing)|reinstat(?:ed|es|ing)|re-?introduc(?:ed|es|ing)|restor(?:ed|es|ing)|re-?establish(?:ed|es|ing)|(?<=\b(?:decided|decision|voted)\b[^;]{0,40}\bto\s)(?:re-?impose|reinstate))\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\w'’-]+\s+){0,6}?(?:sanctions|measures|restrictions|embargo|regime|asset freezes|ban(?=\s+on\s))\b|\b(?:sanctions|measures|restrictions)\s+(?:were|was|are|is)\s+back\s+in\s+(?:effect|force|place)\b|\bbr(?:ought|ings|ing)\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:sanctions|measures|restrictions|regulations)\s+(?:back\s+)?into (?:force|effect)\b|\bbr(?:ought|ings|ing)\s+back\s+(?:its\s+|their\s+|the\s+)?(?:own\s+)?(?:[\w-]+\s+){0,3}?(?:sanctions|measures|restrictions)\b|\b(?:came|come|comes|coming)\s+back\s+into\s+(?:force|effect)\b(?<=\b(?:sanctions?|measures|restrictions|embargo|regime)\b[^.;]{0,120})|\b(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?(?:(?:declared|deemed)\s+)?(?:restored|re-?imposed|reinstated|re-?established)\b(?<=\b(?:sanctions|measures|restrictions|embargo|regime|resolutions)\b[^.;]{0,260})/giu,
    hint: /impos|reinstat|introduc|restor|establish|into force|into effect|brought back|brings back|bring back|back in/i, status: "imposed",
    instrument: "other",
    reimposition: true,
  },
  // Restrictions are a measure's only when economic or on Iran ("lifted some restrictions in the north of
  // the country" is a civil-defence order).
  { re: /\b(?:lifted|lifts|eased|eases|waived|waives|suspended|suspends|revoked|revokes|unfroze|rescinded)\s+(?:(?:most|some|all|many|much)\s+of\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:and\s+(?:[\w-]+\s+){1,2}?)?|the\s+|some\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:sanctions|tariffs?|designations|restrictions(?<=\b(?:economic|financial|trade|export|import|oil|banking|nuclear-related|sanctions-related|US|EU|UN)\s+restrictions|\b(?:sanctions|tariffs)\s+and\s+restrictions)|restrictions(?=\s+(?:on|against)\s+(?:Iran|Tehran|Iranian|trade|exports?|imports?|oil|banks?|shipping|sales)\b))\b|\b(?:issued|granted|granting|grants|extended|signed|renewed|restored|restoring|(?<=\bdecision\b[^.;]{0,40}\bto\s)restore)\s+(?:[\w-]+\s+){0,7}?waivers?\b|\b(?:issued|issues|issuing)\s+(?:a\s+|the\s+)?(?:new\s+)?[Gg]eneral [Ll]icen[cs]es?\b|\b(?:granted|granting|grants|extended|renewed)\s+(?:(?!(?:that|stating|saying)\b)[\w-]+\s+){0,4}?exemptions?\b|\b(?:sanctions|tariffs?)\s+(?:(?:on|against)\s+[\w'’-]+\s+)?(?:were|was|have been|has been)\s+(?:lifted|eased|waived|suspended|revoked)\b/gi, hint: /lift|eased|eases|waiv|exempt|suspend|revok|unfroze|rescind|general licen/i, status: "lifted", instrument: "other" },
  // A delisting: "removed from its sanctions list two shipping executives", "delisted two firms".
  {
    re: /\b(?:removed|removes|removing)\s+(?:[^.;]{0,60}?\s+)?from\s+(?:its|the|their)\s+(?:sanctions\s+list|SDN\s+list|Specially Designated Nationals\s+list|blacklist)\b|\b(?:delisted|delists|delisting)\b(?!\s+(?:is|was|were|are)\b)/gi,
    hint: /removed|removes|removing|delist/i, status: "lifted",
    instrument: "designation",
    fixedStatus: true,
    namedTarget: true,
  },
  // Measures that ran out: "The arms embargo on Ruritania expired on May 9, 2031" (a lifting by expiry).
  {
    re: /\b(?:embargo|sanctions|restrictions|restrictive measures|ban)\s+(?:(?:on|against|under)\s+(?:[\p{L}\d'’-]+\s+){1,3}?)?(?:formally\s+|officially\s+)?(?:expired|expires|lapsed|lapses|terminated|came to an end)\b/giu,
    hint: /expire|lapse|terminated|came to an end/i, status: "lifted",
    instrument: "other",
    fixedStatus: true,
  },
  // A framework adopted for future listings: "set up a new regime of sanctions over …", "established a new sanctions framework".
  {
    // Its scope widened: "widened the scope of the regime to cover drones".
    re: /\b(?:adopted|adopts|established|establishes|set up|created)\s+(?:an?\s+|the\s+|its\s+)?(?:new\s+|legal\s+|dedicated\s+)*(?:framework|regime)\s+(?:for|of)\s+(?:[\w-]+\s+){0,2}?(?:restrictive measures|sanctions)\b|\b(?:adopted|adopts|established|establishes|set up|created)\s+(?:an?\s+|the\s+|its\s+)?(?:new\s+|legal\s+|dedicated\s+)*(?:sanctions|restrictive\s+measures)\s+(?:framework|regime)\b|\b(?:extended|extends|widened|widens|broadened|broadens|expanded|expands)\s+the\s+scope\s+of\s+(?:the|its|this)\s+(?:[\w-]+\s+){0,2}?(?:framework|regime|sanctions|restrictive measures)\b/gi,
    hint: /framework|regime/i, status: "imposed",
    instrument: "other",
  },
  // "EU measures lifted in March 2031": a lifting named in passing, a fact even in a sentence about what
  // the snapback would do.
  {
    re: new RegExp(String.raw`\b(?:sanctions|measures|restrictions|embargo)\s+lifted\s+(?:in|on)\s+(?=(?:${FULL_MONTH}|\d))`, "gi"),
    hint: /lifted/i, status: "lifted",
    instrument: "other",
    nested: true,
  },
  // In a relative clause: "re-imposed the measures it had eased in March 2031" (its own span, not the clause's).
  {
    re: /\b(?:lifted|suspended|waived|eased)\b(?<=\b(?:measures|sanctions|restrictions|embargo)\s+(?:it|they|which|that)\s+(?:had\s+|has\s+|have\s+)?\w+)/gi,
    hint: /lifted|suspended|waived|eased/i, status: "lifted",
    instrument: "other",
    nested: true,
  },
  // Waivers that ran out: "the expiry on 9 May of the last waivers for fuel importers".
  {
    re: /\bexpiry\s+(?:on\s+[^,;]{1,30}?\s+)?of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?waivers?\b/gi,
    hint: /expiry/i, status: "imposed",
    instrument: "other",
    fixedStatus: true,
  },
  // "The State Department revoked, effective September 29, the sanctions exception that had permitted …": an exception
  // revoked restores the measure (as "revoked the 2018 exception"), with its day told aside.
  {
    re: /\b(?:revoked|revokes|rescinded|rescinds|withdrew|withdraws),\s+effective\s+[^,;]{3,30},\s+(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:sanctions\s+)?(?:waivers?|exceptions?|exemptions?|carve-?outs?)\b/gi,
    hint: /revok|rescind|withdr/i, status: "imposed", instrument: "other",
  },
  // A sector determination (US law lets the Secretary of State name whole sectors of Iran's economy):
  // "The secretary determined, under the statute, that the mining sector is controlled by the army".
  {
    re: /\bdetermined\b(?=[^.]{0,200}\bsector\b)/gi,
    hint: /determined/i, status: "imposed",
    instrument: "other",
  },
  // An order cited with when it was signed: "E.O. 19003, which the President signed on 9 May 2031".
  {
    re: /\bsigned\b(?<=\b(?:[Ee]xecutive [Oo]rder|E\.O\.|[Mm]emorandum)[^.;]{0,80}\b(?:(?:which|that)\s+(?:the\s+)?(?:[\w.]+\s+){0,3}|(?:the [Pp]resident|\p{Lu}\p{Ll}+)\s+)signed)(?=\s+(?:it\s+)?(?:on|in)\s)/gu,
    hint: /signed/i, status: "imposed",
    instrument: "executive-order",
    selfDated: true,
  },
  // The order a paragraph has named, then dated: "… under E.O. 14000. That order, signed on May 2, 2021, …".
  {
    re: /(?<=\b(?:That|This|The)\s+(?:executive\s+)?order,\s+)signed(?=\s+(?:on|in)\s)/g,
    hint: /signed/i, status: "imposed",
    instrument: "executive-order",
    selfDated: true,
    paragraph: /[Ee]xecutive [Oo]rder|E\.\s?O\.|\bEO\s*\d/,
  },
  // An authority put to use: "OFAC used the order the same day to designate twelve firms".
  {
    re: /\b(?:designate|sanction|blacklist)\b(?<=\b(?:used|uses|using)\s+(?:the|its|that|this|these)\s+(?:[\w-]+\s+){0,3}?(?:order|authority|authorities|powers?)\b[^.;]{0,50}?\bto\s+(?:designate|sanction|blacklist))/gi,
    hint: /\bto\s+(?:designate|sanction|blacklist)\b/i, status: "announced",
    instrument: "designation",
  },
  // A target cited with when it was designated: "Example Trading, designated in May 2031".
  {
    re: new RegExp(String.raw`(?<=,\s)designated(?=\s+(?:by\s+(?:the\s+)?[\w.]+(?:\s+[\w.]+)?\s+)?(?:in|on)\s+(?:${FULL_MONTH}|\d))`, "g"),
    hint: /designated/i, status: "announced",
    instrument: "designation",
    selfDated: true,
  },
  // Letting a waiver lapse restores the sanction it suspended.
  {
    // Also a waiver that ran out or an exception revoked: "the 90-day waiver lapsed at midnight … on Monday",
    // "revoked the original 2029 exception", "declines to renew the remaining exceptions".
    re: /\b(?:declined|declines|refused|refuses|failed|fails|decided not)\s+to\s+(?:renew|extend)\s+(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:waivers?|exceptions|exemptions?)\b|\b(?:let|allowed)\s+(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:waivers?|exceptions|exemptions)(?:\s+for\s+[^.;,]{1,60}?|\s+(?:that|which)\s+[^.;]{1,120}?)?\s+(?:to\s+)?(?:expire|lapse)\b|\blet\s+(?:lapse|expire)\s+(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+){0,3}?waivers?\b|\bwaivers?\s+(?:formally\s+)?(?:expired|expires|lapsed|lapses|ran out)\b|\b(?:waivers|exceptions|exemptions)\b(?:\s+(?!(?:and|but|which|that)\b)[\w.'’-]+){1,8}?\s+(?:formally\s+)?(?:expired|lapsed|ran out)\b|\b(?:revoked|revokes|revoking|withdrew|withdraws|withdrawing|terminated|terminates|terminating)\s+(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:exceptions?|exemptions?|carve-?outs?)\b|\b(?:ended|ends|ending|scrapped|scraps|revoked|revokes)\s+(?:the\s+|a\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?waivers?\b/gi,
    hint: /waiver|exception|exemption|carve/i, status: "imposed",
    instrument: "other",
    fixedStatus: true,
  },
  // Not "announced he would answer with penalties": a promise, with no measure yet.
  { re: compilePattern(String.raw`\b(?:announced|announces|announcing|unveiled|unveils|unveiling|rolled out)\s+(?:(?!(?:would|will)\s)[\w-]+\s+){0,3}?${MEASURE}\b`, "giu"), hint: /announc|unveil|rolled out/i, status: "announced" },
  // "the Commerce Department tightened export controls on low-level technology", "added new export controls covering …":
  // controls made stricter are controls imposed.
  {
    re: /\b(?:tightened|tightens|tightening|expanded|expands|broadened|broadens|added|adds)\s+(?:(?!(?:would|will)\s)[\w-]+\s+){0,2}?export controls\b/giu,
    hint: /tighten|expand|broaden|add/i, status: "imposed", instrument: "other",
  },
  // "announced that any country trading with Ruritania would pay a 30% tariff": a tariff announced as what others will pay.
  {
    re: /\b(?:announced|announces|said|says|declared|declares)\b(?=\s+(?:on\s+)?(?:[\w.]+\s+){0,3}?that\s+[^.;]{0,100}?\b(?:would|will)\s+(?:pay|face|be\s+(?:subject\s+to|hit\s+with|charged))\s+(?:an?\s+|the\s+)?(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+)tariffs?\b)/gi,
    hint: /tariff/i, status: "announced", instrument: "tariff",
  },
  {
    re: new RegExp(
      // The participle after the noun counts only with its day: "new EU sanctions imposed on Monday against …",
      // "new sanctions imposed by the US Treasury Department on Tuesday against …".
      String.raw`\b(?:imposed|imposes|imposing|impose|levied|levies|slapped|placed|announced|adopted|adopts)(?:,\s+[^,;]{3,60},)?\s+(?:(?!(?:would|will)\s)[\w-]+\s+){0,4}?${MEASURE}\b|\b${MEASURE}\s+(?:were|was|have been|has been)\s+(?:imposed|levied|placed)\b|\b${MEASURE}\s+(?:imposed|levied)\s+(?:by\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+){1,4})?(?:on|last|earlier this|this)\s+(?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|\d{1,2}\s+${FULL_MONTH}|${FULL_MONTH}\s+\d))`,
      "giu",
    ),
    hint: /impos|levi|slapped|placed|announced|adopt/i, status: "imposed",
  },
  {
    // Not the adjective: "the designated entities listed below".
    re: /(?<!\b(?:the|these|those|all|any|other|previously|already|newly)\s)\b(?:is designating|are designating|designated|designates|designating|blacklisted|blacklists|blacklisting|sanctioned|sanctions|is sanctioning|are sanctioning|(?<=,\s)sanctioning|targeted|targets|targeting|added|listed|lists|listing)\b(?=\s+(?:(?:an?\s+|the\s+)?(?:same\s+)?(?:more than\s+|over\s+|nearly\s+|almost\s+|at least\s+|some\s+|about\s+|around\s+|combined\s+|total of\s+)?(?:additional\s+|further\s+|new\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|a dozen|dozens|a number of|several|multiple|entities|individuals|companies|firms|vessels|tankers|ships|persons|people|networks?|banks?|officials|executives|others)|(?:an?\s+|another\s+|the\s+)(?!(?:second|third|fourth|fifth)\s)(?:[\p{L}'’"“”-]+\s+){0,3}?(?:networks?|companies|firms|banks?|vessels|tankers|officials|executives|refiner(?:y|ies))\b|[^.;]{0,80}\bto (?:the|its) (?:(?:SDN|Specially Designated Nationals|Entity|sanctions) [Ll]ist|(?:sanctions )?blacklist)))/giu,
    // Designating is announcing a listing ("OFAC is designating …"); "imposed sanctions on …" says imposed.
    hint: /designat|blacklist|sanction|target|added|list/i, status: "announced",
    instrument: "designation",
  },
  // "OFAC placed Iran's Ministry of Intelligence and a former president on its sanctions list": a listing.
  {
    // Or the list first: "placed on its blacklist a businessman accused of …".
    re: /\b(?:placed|places|put|puts|added|adds)\b(?=\s+(?:[^.;]{3,120}?)\s+on\s+(?:its|the|their)\s+(?:[\w-]+\s+)?(?:sanctions\s+list|SDN\s+list|blacklist|Specially Designated Nationals)\b|\s+on\s+(?:its|the|their)\s+(?:[\w-]+\s+)?(?:sanctions\s+list|SDN\s+list|blacklist)\s+(?:an?|the|two|three|four|five|six|seven|eight|nine|ten|\d+)\s)/g,
    hint: /sanctions list|SDN list|blacklist|Specially Designated/i, status: "announced",
    instrument: "designation",
  },
  // "Treasury struck again, this time against a refinery": a sanctions office's blow is a listing.
  {
    re: /\bstruck\b(?<=\b(?:Treasury|OFAC|Ofac|State Department|Office of Foreign Assets Control)\s+struck)(?=\s+(?:again,?\s+)?(?:this\s+time\s+)?(?:against|at)\b)/g,
    hint: /struck/, status: "announced",
    instrument: "designation",
  },
  // The listing named as a noun: "made its first designation of a port operator", "made the first
  // designations under the new decree that week".
  {
    re: /\b(?:made|makes|making)\s+(?:its|their|the)\s+(?:first|second|third|latest|initial|new|first-ever)\s+designations?\b/gi,
    hint: /designation/i, status: "announced",
    instrument: "designation",
    namedTarget: true,
  },
  // "The Commerce Department moved on Tuesday to add 14 entities … to the Entity List": the step taken.
  {
    re: /\b(?:moved|acted)\s+(?:on\s+\w+\s+)?to\s+(?:add|designate|sanction|blacklist)\b(?=[^.;]{0,120}?\b(?:to\s+(?:the|its)\s+(?:Entity List|SDN List|sanctions list|blacklist)|entities|individuals|companies|firms|vessels|tankers)\b)/gi,
    hint: /moved|acted/i, status: "announced",
    instrument: "designation",
  },
  // OFAC's wording for a ship it blocks: "the ministry identified two more tankers as blocked property".
  {
    re: /\b(?:identified|identifies|identifying)\b(?=[^.;]{0,80}\bas blocked property\b)/gi,
    hint: /blocked property/i, status: "announced",
    instrument: "designation",
  },
  // A named target after an authority: "the Treasury Department designated former Minister X and Ruritania's Interior Ministry",
  // or described and then named: "… blacklisted the country's largest shipping line, Example Lines".
  {
    // The verb first, then the authority behind it (a leading lookbehind would run at every position).
    re: new RegExp(
      String.raw`\b(?:designated|sanctioned|blacklisted|designating|sanctioning|designates|blacklists|sanction|designate|blacklist)\b(?<=\b(?:${US_AGENCY}|Office of Foreign Assets Control|Department of (?:the )?(?:Treasury|State|Commerce)|Council of the EU|European Union|EU|Foreign Office|Foreign, Commonwealth and Development Office|FCDO|OFSI|Britain|UK|United Kingdom|France|Germany|United States|Washington|[Aa]dministration)\)?(?:,?\s+[\w-]+){0,4}\s+\w+)\s+(?=(?:former\s+|the\s+)?(?:(?:[\p{Ll}-]+\s+){0,2}\p{Lu}|[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?\s*(?:[.,;]|in\s|on\s|under\s|for\s)|(?:[\p{Ll}-]+(?:['’]s)?\s+){1,4}[\p{Ll}-]+,\s+\p{Lu}))`,
      "gu",
    ),
    hint: /designat|sanction|blacklisted/i, status: "announced",
    instrument: "designation",
    namedTarget: true,
  },
  // The same with a pronoun for the authority the sentence or the one before named: "…, and on July 22 it
  // sanctioned Example Trading Co., a state-owned trader".
  {
    re: /\b(?:designated|sanctioned|blacklisted)\b(?<=(?:^|,\s+(?:and\s+)?(?:(?:on|in)\s+[^,;]{3,30}?,?\s+)?|\b(?:On|In)\s+[^,;]{3,30}?,?\s+)(?:it|they|It|They)\s+(?:also\s+|then\s+|separately\s+)?\w+)\s+(?=(?:former\s+|the\s+)?(?:[\p{Ll}-]+\s+){0,2}\p{Lu})/gu,
    hint: /designated|sanctioned|blacklisted/, status: "announced",
    instrument: "designation",
    namedTarget: true,
  },
  // The act told first in other words, then by its participle: "OFAC went after a refinery for the first time,
  // blacklisting Example Petrochemical Co. along with …".
  {
    // (Asides allowed between: "OFAC then began, for the first time, to target refineries, designating …".)
    re: new RegExp(String.raw`\b(?:blacklisting|designating|sanctioning)\b(?<=\b(?:${US_AGENCY})\b(?:[^.;,]|,\s+(?:for|in|at|as|after|with)\s+[^.;,]{2,40},){3,140},\s+\w+)(?=\s+(?:[\p{Ll}-]+\s+){0,2}\p{Lu})`, "gu"),
    hint: /blacklisting|designating|sanctioning/i, status: "announced",
    instrument: "designation",
    namedTarget: true,
  },
  // A terrorist listing by a declaration: "declared the rival militia … a terrorist group",
  // "answers by naming the foreign legion a terrorist group".
  {
    // "The government responded by declaring foreign troops in the area \"terrorists\"".
    re: /\b(?:declared|declares|declaring|named|names|naming|labelled|labeled|branded|designated|designates|listed|lists|listing)\b(?=[^;]{0,140}?\b(?:an?\s+)?(?:foreign\s+)?(?:terrorist organi[sz]ation|terrorist entity|terrorist group|state sponsor of terrorism)\b|\s+(?:[\w.'’-]+\s+){1,6}?["“]terrorists["”])/gi,
    hint: /terrorist|sponsor of terrorism/i, status: "announced",
    instrument: "designation",
    namedTarget: true,
  },
  // Asset freezes and travel bans named as what was done: "followed on 9 May with asset freezes on three militia leaders".
  // Not as what a measure includes ("restored its measures, including asset freezes on the central bank"): that is the measure's.
  {
    re: /\b(?<!\b(?:including|such as|among them)\s[^.;]{0,100})(?:asset freezes?|travel bans?)\s+(?:on|against)\b|\b(?:froze|frozen|freezing|freezes|freeze)\s+(?:the\s+)?assets\s+of\b/gi,
    hint: /asset freez|travel ban|assets of/i, status: "imposed",
    instrument: "designation",
  },
  // Passive: "five board members … were designated that day".
  {
    re: /\b(?:were|was|have been|has been|had been)\s+(?:\w+ly\s+)?(?:designated|sanctioned|blacklisted|added to the (?:SDN|Specially Designated Nationals|Entity) List)\b/gi,
    hint: /designated|sanctioned|blacklisted|added to/i, status: "announced",
    instrument: "designation",
    passive: true,
  },
  // A past action cited by its date: "OFAC's May 9, 2031 designations targeting the shipping sector".
  // "Monday's designations, which target six companies": the noun dated by the day before it.
  { re: /\bdesignations\b(?=,\s+which\s+(?:target|cover|hit|name)\b)/gi, hint: /designations/i, status: "announced", instrument: "designation", datedNoun: true },
  { re: new RegExp(String.raw`\b(?:designations?|(?<=['’]s\s)listings?|sanctions|action)\s+(?:in\s+${FULL_MONTH}(?:\s+\d{4})?\s+|on\s+${FULL_MONTH}\s+\d{1,2}\s+(?=against|targeting))?(?:targeting|against|on|of)\b`, "gi"), hint: /designation|listing|sanctions|action/i, status: "announced", instrument: "designation", datedNoun: true },
  // A waiver cited by its date: "the March 2031 waiver that allowed $2 billion … to be released".
  // An order named by its date: "the March 4, 2031 order that authorized tariffs of up to 40 percent".
  {
    re: /\border\s+(?:that\s+|which\s+)?(?:authori[sz](?:ed|es|ing)|impos(?:ed|es|ing)|allow(?:ed|s|ing)|permitt(?:ed|ing)|direct(?:ed|s|ing))\b/g,
    hint: /\border\s/, status: "imposed",
    instrument: "executive-order",
    datedNoun: true,
  },
  { re: /\bwaivers?\b/gi, hint: /waiver/i, status: "lifted", instrument: "other", datedNoun: true, fixedStatus: true },
  // "Pompeo announced the end of the waivers that had allowed …": waivers ended, the measures they suspended back.
  // So are waivers no longer extended: "the State Department stopped extending the waivers that had allowed …".
  { re: /\b(?:announced|announces|announcing|declared|declares)\s+the\s+(?:end|termination|revocation)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?waivers\b|\b(?:stopped|stops|ceased|ceases)\s+(?:extending|renewing|issuing|granting)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?waivers\b/gi, hint: /waiver/i, status: "imposed", instrument: "other", fixedStatus: true },
  // "the Council prolonged the restrictive measures … for one year": a renewal, taken on its day.
  { re: /\b(?:prolonged|prolongs|renewed|renews)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:restrictive measures|sanctions regime)\b/gi, hint: /prolong|renew/i, status: "imposed", instrument: "other" },
  // "…, a designation made by the State Department in April 2029": the listing told in an aside, by its act.
  // Also "the group's designation as a Foreign Terrorist Organization, imposed by the State Department in April 2019".
  { re: /\bdesignations?\b(?=(?:\s+as\s+an?\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?,?\s+(?:(?:that|which)\s+(?:was|were)\s+)?(?:imposed|announced|issued|made)\s+by\b)/gi, hint: /designation/i, status: "announced", instrument: "designation", datedNoun: true },
  // A memorandum cited by its day: "the campaign restored by the president's February 4 national security
  // presidential memorandum".
  // "Donald Trump's \"maximum pressure\" memorandum of February 4th", "since the president's Feb 4 2031 memorandum
  // restored …".
  { re: new RegExp(String.raw`\b(?:[Nn]ational [Ss]ecurity [Pp]residential [Mm]emorandum|[Pp]residential [Mm]emorandum|memorandum(?=\s+of\s+(?:${FULL_MONTH}|\d))|memorandum(?<=\b(?:${FULL_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)(?:\s+\d{1,2})?,?\s+\d{4}\s+memorandum)(?=\s+(?:in which|that|which|by which|restored|reinstated|reimposed|directed|ordered)\b))\b`, "g"), hint: /memorandum/i, status: "imposed", instrument: "executive-order", datedNoun: true },
  // A framework widened to new ground ("widened its cyber sanctions framework to cover drones"), last:
  // when the same clause lists persons under it, the listing is the measure.
  {
    re: /\b(?:extended|extends|widened|widens|broadened|broadens|expanded|expands)\s+(?:the|its|this)\s+(?:[\w-]+\s+){0,4}?(?:framework|regime)\s+to\s+(?:cover|include)\b/gi,
    hint: /framework|regime/i, status: "imposed",
    instrument: "other",
  },
  // "…; Britain did the same that day", "the British government announced similar measures the same day": the
  // measure just told, by another authority. Last, so that a participle saying what they did ("followed suit,
  // reinstating its asset freezes") is read for itself first.
  {
    re: /\b(?:did|does|had\s+done)\s+the\s+same\b|\bfollowed\s+suit\b|\b(?:announced|adopted|imposed|took)\s+(?:similar|parallel|matching)\s+(?:measures|sanctions|steps)\b/gi,
    hint: /same|suit|similar|parallel|matching/i, status: "imposed",
    instrument: "other",
    sameAsPrevious: true,
  },
];

/** Targets named without a count: "listed several individuals", "designated additional entities". */
// Also one target described, not named: "designated a shadow banking network", "another independent refinery".
const PRONOUN_SUBJECT = /^(?:(?:On|In|By)\s+[^,;]{1,30},?\s+)?(?:It|it|They|they|The (?:department|agency|ministry|office))\s+(?:also\s+|then\s+|separately\s+|formally\s+)?$/;
const UNCOUNTED_TARGETS = /^\s+(?:(?:an?|the)\s+)?(?:additional|further|new|several|more|other|number of|range of|series of|dozens of|scores of|multiple)\s+(?:persons|individuals|entities|companies|firms|vessels|tankers|officials|people)\b|^\s+(?:an?|another|one)\s+(?!(?:second|third|fourth|fifth)\s)(?:[\w'’"“”-]+\s+){0,3}?(?:network|company|firm|bank|refinery|exchange house|vessel|tanker|entity|individual|official)\b/i;

/** The United States as the one acting before a verb. */
const US_BEFORE = /\b(?:Washington|United States|U\.S\.|US|Treasury|State Department|American)\b/;

const SNAPBACK_CONTEXT = /\bsnap-?back\b|\b(?:UN|U\.N\.|United Nations) (?:sanctions?|measures)\b|\b(?:terminated|lapsed) (?:UN|U\.N\.|United Nations|Security Council) resolutions\b|\bResolution 2231\b|\bnuclear-related\b/i;

/** The alternative a sentence sets aside before the one it asserts: "not a return to the table but ". */
const NOT_BUT_BEFORE = /\bnot\s+[^.;,]{1,60}?\s+but\s+/gi;
/** A verb that did not stop the measure named after it: " had not prevented the ". */
const NOT_PREVENTED_BEFORE = compilePattern(String.raw`\b${FAILED_TO_PREVENT}\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$`, "i");

/** A cheap test before the triggers: every trigger needs one of these words. */
const SANCTION_WORDS = /sanction|\badded\s+(?:[\w-]+\s+){0,3}(?:entities|individuals|companies|firms|vessels|tankers|persons)\b|delist|the same\b|followed suit|(?:similar|parallel|matching) (?:measures|steps)|notification|\bEO\s*\d{5}|\border,\s+signed\b|\bTreasury\b|\bOFAC\b|\bOfac\b|scope of|non-performance|blocked property|E\.\s?O\.|restrictive measures|adopted|memorandum|NSPM|tariff|designat|waiver|exemption|exceptions?\b|carve-?out|snap-?back|snap back|restrictions|embargo|executive order|blacklist|penalt|into law|into force|export control|impos|reinstat|re-?introduc|restor|re-?establish|\bSDN\b|Entity List|listed|listing|\bban\b|asset freez|travel ban|determined|expiry|process|mechanism|procedure|terrorist|assets of|action (?:against|targeting|on|of)|apply again|force again|effect again|re-?applied|back in (?:place|effect|force)|snapped back|Security Council resolutions/i;

/** Verbs of a sanctions clause that cannot be a report of one ("refuse to ease sanctions unless…"). */
// (Also a duty the law sets: "Those statutes require the Administration to impose sanctions on …".)
const NOT_AN_ACTION = compilePattern(String.raw`\b(?:(?:requir|oblig|mandat)(?:e|es|ing)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?to|until|unless|if|refuse[sd]?|refusing|demand(?:s|ed|ing)?|call(?:s|ed)? for|seek(?:s|ing)?|want(?:s|ed)?|could|might|${MODAL_MAY}|should|would|avoid|threat of|risk of|relief|any)\b`, "i");
const SPEAKER_MODAL = /^[\s\S]*\b(?:should|would|must|want to|wish to|let me)\s+(?:also\s+|first\s+)?(?:like\s+to\s+)?(?:recall|note|say|stress|remind\s+\w+|add|point out|emphasi[sz]e|underline|mention)\s+that\s+/i;
// Also "have warned they will trigger the snapback …", "are prepared to trigger the snapback": a measure held out, not taken.
const THREAT = /\b(?:threatened|threatens|threatening|vowed|vows|warned)\s+(?:(?:[\w'’-]+\s+){0,3}?(?:with|against)|to|that|(?:they|it|he|she|we)\s+(?:will|would|could|might))\b|\b(?:are|is|were|was|stand|stands)\s+(?:prepared|ready|willing|poised)\s+to\b/i;
/**
 * "… directs the Ambassador to the United Nations to complete the snapback": a directive's object is still to be done.
 * So is what leaders "agreed at their summit to expand": a decision, not yet a measure.
 */
const FUTURE = /\b(?:will|plans? to|planning to|is set to|are set to|is expected to|are expected to|intends? to|is preparing|are preparing|proposed|agreed\s+(?:in\s+principle\s+)?(?:[^,;]{0,60}?\s)?to\s+(?:expand|widen|extend|broaden|tighten|step\s+up|impose|adopt|prepare)|(?:directs|directed|directing|instructs|instructed|instructing)\s+(?:[\w.'’-]+\s+){1,12}?to\s+\w+)\b/i;

const COUNT_TARGET = compilePattern(
  // "twelve (12) banks": a count written in words with its digits after it, as law firms write.
  String.raw`\b(${COUNT_PATTERN})(?:\s+\(\d[\d,]*\))?\s+((?:[\w-]+\s+){0,3}?)(entities|entity|companies|company|firms|firm|businesses|banks|individuals|individual|persons|people|executives|officials|officers|commanders|appointees|advisers|advisors|leaders|members|vessels|vessel|tankers|tanker|ships|ship|aircraft)\b`,
  "giu",
);
const TOTAL_OVER_KINDS = /^,?\s+(?:and\s+|or\s+)?(?:entities|individuals|persons|people|companies|firms|vessels|tankers|ships|banks)\b/i;
const CATEGORY: Record<string, "entities" | "individuals" | "vessels"> = {
  entities: "entities",
  entity: "entities",
  companies: "entities",
  company: "entities",
  firms: "entities",
  firm: "entities",
  businesses: "entities",
  banks: "entities",
  individuals: "individuals",
  individual: "individuals",
  persons: "individuals",
  people: "individuals",
  executives: "individuals",
  officials: "individuals",
  officers: "individuals",
  commanders: "individuals",
  appointees: "individuals",
  advisers: "individuals",
  advisors: "individuals",
  leaders: "individuals",
  members: "individuals",
  vessels: "vessels",
  vessel: "vessels",
  tankers: "vessels",
  tanker: "vessels",
  ships: "vessels",
  ship: "vessels",
  aircraft: "entities",
};

const SECTORS: [RegExp, string][] = [
  [/\benergy\b/i, "energy"],
  [/\bpetroleum\b/i, "petroleum"],
  [/\bpetrochemicals?\b/i, "petrochemical"],
  [/\boil\b/i, "oil"],
  [/\b(?:shipping|maritime|shadow fleet)\b/i, "shipping"],
  [/\bbank(?:s|ing)?\b|\bfinancial\b/i, "banking"],
  [/\b(?:steel|metals?|mining)\b/i, "metals"],
  [/\b(?:drones?|UAVs?)\b/i, "drones"],
  [/\bmissiles?\b/i, "missiles"],
  [/\bnuclear\b/i, "nuclear"],
  [/\baviation|airlines?\b/i, "aviation"],
];

const AUTHORITY_BY_ACTOR: Record<string, SanctionAuthority> = {
  "organisation:us-treasury": "us-treasury",
  "organisation:ofac": "us-treasury",
  "organisation:us-state-department": "us-state",
  "organisation:us-commerce-department": "us-commerce",
  "organisation:white-house": "us-president",
  "organisation:european-union": "eu",
  "organisation:council-of-the-european-union": "eu",
  "organisation:european-council": "eu",
  "organisation:eeas": "eu",
  "organisation:ofsi": "uk",
  "organisation:un-security-council": "un-security-council",
  "organisation:united-nations": "un-security-council",
  "state:united-kingdom": "uk",
  "organisation:hm-treasury": "uk",
  "organisation:uk-foreign-office": "uk",
  "organisation:e3": "other",
};

/** The instrument a verb may be said of: an order or a memorandum. */
/** A rate or a round of repeats after the verb: "at a rate of a dozen a month", "every week". */
const HABIT_AFTER = /\bat\s+(?:a|the)\s+(?:rate|pace)\s+of\b|\b(?:every|each)\s+(?:week|month)\b/i;
const INSTRUMENT_NOUN = /executive order|E\.O\.|memorandum|NSPM/gi;

const RATE = /\b(up to|as much as|as high as|of up to|a maximum of|maximum of)?\s*(\d+(?:\.\d+)?)\s*(?:%|percent|per cent)(?![\w])/i;

/** What the actor dictionary tells the readers of one document. */
interface Known {
  /** Whether an actor is of the United States, by the document or else by the dictionary ("the Example administration"). */
  american: (id: ActorId) => boolean;
  /** Whether the dictionary gives a person the US presidency (at any time: an order is the president's who signed it). */
  president: (id: ActorId) => boolean;
  e3: StateGroup;
}

/** A group of states that acts as one: its id and its members', and a test for any of them named (by name or capital). */
interface StateGroup {
  ids: Set<ActorId>;
  named: RegExp;
}

const E3_ID: ActorId = "organisation:e3";
const e3Groups = new WeakMap<ActorDictionary, StateGroup>();
/** The E3 as the dictionary has it ("members" of its entry), built once per dictionary. */
function e3Of(dictionary: ActorDictionary): StateGroup {
  const cached = e3Groups.get(dictionary);
  if (cached) return cached;
  const ids = [E3_ID, ...(dictionary.entries.get(E3_ID)?.members ?? [])];
  const forms = ids.flatMap((id) => {
    const entry = dictionary.entries.get(id);
    return entry ? [entry.name, ...entry.aliases, ...(entry.capital ? [entry.capital] : []), ...(entry.metonyms ?? [])] : [];
  });
  const group = { ids: new Set(ids), named: forms.length > 0 ? new RegExp(wordBounded(alternation(forms)), "u") : /(?!)/ };
  e3Groups.set(dictionary, group);
  return group;
}

/** Every sanction, tariff or lift a document reports, one candidate per triggering clause. */
export function extractSanctions(source: DocumentContext, actors: ActorIndex, dictionary: ActorDictionary): SanctionCandidate[] {
  const ctx = assertedContext(source);
  const lookup = new ActorLookup(actors);
  // Of the United States by the document, or else by the dictionary ("the Example administration" names no state).
  const known: Known = {
    american: (id: ActorId) => (lookup.stateOf(id) ?? dictionary.entries.get(id)?.affiliation) === "state:united-states",
    president: (id: ActorId) => (dictionary.entries.get(id)?.roles ?? []).some((role) => role.of === "state:united-states" && /^President\b/.test(role.title)),
    e3: e3Of(dictionary),
  };
  const reporters = reportersOf(actors);
  const out: SanctionCandidate[] = [];
  const sentenceOf = new Map<SanctionCandidate, Sentence>();
  const namedByMonth = new Set<SanctionCandidate>();
  for (const whole of ctx.sentences) {
    // Headings report nothing; a table row ("| 04 Mar | Brussels | EU lists 5 firms …") does.
    if ((whole.heading && !whole.text.includes(" | ")) || !SANCTION_WORDS.test(whole.text)) continue;
    const sentence = assertedPart(ctx.sentences, whole);
    if (!sentence) continue;
    const taken: { clause: Span; trigger: Span; nested: boolean; apart: boolean; status: SanctionStatus }[] = [];
    const sentenceCandidates: { candidate: SanctionCandidate; trigger: Span }[] = [];
    for (const trigger of TRIGGERS) {
      if (!trigger.hint.test(sentence.text)) continue;
      if (trigger.paragraph && !trigger.paragraph.test(paragraphOf(ctx.document.text, whole))) continue;
      for (const match of matchesOf(trigger.re, sentence.text)) {
        const span = spanOf(sentence, match.index, match[0].length);
        const clause = clauseAround(sentence, span);
        const overlaps = (a: Span, b: Span) => a.start < b.end && a.end > b.start;
        // An act apart shares its clause only with an act of another kind: "triggered on May 9, when they notified
        // the Council" is one act, "the sanctions returned on June 8, at the end of the process they started by
        // notifying the Council on May 9" two.
        // A noun dated by its own day ("on top of OFAC's Jan. 23 designations …, and the return of UN sanctions") is
        // an act of its own wherever its clause runs.
        const blocks = (t: (typeof taken)[number]) =>
          t.nested || trigger.nested || (trigger.datedNoun && /^designations?\b/i.test(match[0])) ? overlaps(t.trigger, span)
          : t.apart || trigger.apart ? overlaps(t.trigger, span) || (t.status === trigger.status && overlaps(t.clause, clause))
          : overlaps(t.clause, clause);
        if (taken.some(blocks)) continue;
        const candidate = readSanction(ctx, sentence, span, clause, trigger, lookup, reporters, known);
        if (!candidate) continue;
        if (candidate.date === undefined) datedByAlso(ctx, sentence, span, candidate, out, sentenceOf);
        if (candidate.date === undefined) datedByAnnouncement(ctx, sentence, candidate, out);
        describedAgain(ctx, sentence, span, candidate, out, sentenceOf);
        if (trigger.toldNext && !ORDER_TARIFF_NEXT.test(ctx.sentences[whole.index + 1]?.text ?? "")) continue;
        if (trigger.likePrevious && !takeAfterPrevious(sentence, candidate, out, sentenceOf)) continue;
        if (trigger.sameAsPrevious && (sentenceCandidates.some((c) => c.trigger.start > span.start) || !takeSameAsPrevious(sentence, candidate, out, sentenceOf))) continue;
        // "The EU reinstated its measures on 29 September, restoring asset freezes …": a participle after a measure
        // of this sentence says what that measure did, and whose it was.
        const main = /^[a-z]+ing\b/i.test(match[0]) && /,\s*$/.test(sentence.text.slice(0, match.index)) ? sentenceCandidates.filter((c) => c.trigger.end <= span.start).at(-1)?.candidate : undefined;
        if (main) candidate.authorities = main.authorities;
        // "… said it had reinstated its own nuclear sanctions, freezing the assets of 71 entities": what the return
        // restored, not a listing of its own.
        if (main?.instrument === "snapback" && candidate.instrument === "designation") continue;
        sentenceCandidates.push({ candidate, trigger: span });
        if (trigger.datedNoun) namedByMonth.add(candidate);
        taken.push({ clause, trigger: span, nested: trigger.nested === true, apart: trigger.apart === true, status: trigger.status });
        out.push(candidate);
        sentenceOf.set(candidate, whole);
        for (const date of laterDatedObjects(ctx, sentence, span, clause, candidate)) {
          const listing: SanctionCandidate = { ...structuredClone(candidate), date };
          out.push(listing);
          sentenceOf.set(listing, whole);
        }
      }
    }
  }
  datedByLede(ctx, out);
  tariffsByTheOrder(ctx, out, sentenceOf);
  return withoutMonthReferences(out, namedByMonth);
}

/** Between two days of one verb's objects: " and Example Ltd. on ". */
const NEXT_DATED_OBJECT = /^\s*,?\s+and\s+(?:the\s+)?\p{Lu}[^;]{0,100}?\s+on\s+$/u;

/**
 * "designating Example Co. on March 20 and Example Ltd. on April 16": one verb, and a listing for each day
 * its objects carry after the first (which is the candidate's own).
 */
function laterDatedObjects(ctx: DocumentContext, sentence: Sentence, trigger: Span, clause: Span, candidate: SanctionCandidate): NonNullable<SanctionCandidate["date"]>[] {
  if (candidate.date === undefined || !isDay(candidate.date) || candidate.instrument !== "designation") return [];
  const days = ctx.datesIn(sentence).filter((d) => d.span.start >= trigger.end && d.span.end <= clause.end && isDay(d.date));
  const first = days.findIndex((d) => d.date === candidate.date);
  const out: NonNullable<SanctionCandidate["date"]>[] = [];
  for (let i = first + 1; first >= 0 && i < days.length; i++) {
    if (!NEXT_DATED_OBJECT.test(ctx.document.text.slice(days[i - 1]!.span.end, days[i]!.span.start))) break;
    out.push(days[i]!.date);
  }
  return out;
}

/** Where the paragraph `after` paragraphs past the sentence's own ends (the document's end if there is none). */
function paragraphEnd(ctx: DocumentContext, sentence: Sentence, after: number): number {
  const last = ctx.sentences.filter((s) => s.paragraph <= sentence.paragraph + after).at(-1);
  return last?.end ?? sentence.end;
}

/**
 * "the effect of September's designations on tonnage", where the document reports listings of days in
 * September: the month's measures named again, not one more. Only a noun dated to a month, and only when a
 * measure of its kind is dated within that month.
 */
function withoutMonthReferences(candidates: SanctionCandidate[], namedByMonth: Set<SanctionCandidate>): SanctionCandidate[] {
  const reference = (c: SanctionCandidate) => {
    const month = c.date;
    if (!namedByMonth.has(c) || month === undefined || !/^\d{4}-\d{2}$/.test(month)) return false;
    return candidates.some((other) => other !== c && other.instrument === c.instrument && other.date !== undefined && other.date !== month && other.date.startsWith(month));
  };
  return candidates.filter((c) => !reference(c));
}

/** The measure told last, when it was taken (not planned) and told in this sentence's paragraph or the one before. */
function measureJustTold(sentence: Sentence, earlier: SanctionCandidate[], sentenceOf: Map<SanctionCandidate, Sentence>): SanctionCandidate | undefined {
  const previous = earlier.at(-1);
  if (!previous || previous.mode === "planned") return undefined;
  return sentence.paragraph - (sentenceOf.get(previous)?.paragraph ?? -2) > 1 ? undefined : previous;
}

/**
 * "OFAC designated eight officials … OFAC also designated seventeen producers …": an undated measure its author
 * "also" took is one of the same day as the dated one before it in its paragraph or the one before, by an
 * author they share; one taken "separately" or "concurrently", by any author. A measure of its own, not joined
 * to that one: each keeps its counts.
 */
function datedByAlso(ctx: DocumentContext, sentence: Sentence, trigger: Span, candidate: SanctionCandidate, earlier: SanctionCandidate[], sentenceOf: Map<SanctionCandidate, Sentence>): void {
  if (candidate.mode === "planned" || candidate.status === "lifted") return;
  // "The State Department separately sanctioned six companies": another author's measure of the same day.
  const adverb = /\b(also|separately|concurrently|simultaneously)\s+$/i.exec(ctx.document.text.slice(Math.max(sentence.start, trigger.start - 16), trigger.start));
  if (!adverb) return;
  const previous = measureJustTold(sentence, earlier, sentenceOf);
  if (!previous?.date || !isDay(previous.date)) return;
  if (adverb[1]!.toLowerCase() === "also" && !candidate.authorities.some((a) => a !== "other" && previous.authorities.includes(a))) return;
  candidate.date = previous.date;
}

/** "The action targeted …", "The designations cover …": a subject that names the measure just told. */
const MEASURE_TOLD_BEFORE = /^(?:The|This|That|Those|These|Today['’]s|Its|Their)\s+(?:latest\s+|new\s+)?(?:action|move|step|designations?|sanctions|measures?|listings?|package)\s+(?:also\s+)?$/i;

/**
 * "On Tuesday, the Treasury sanctioned a trader and his network. The action targeted two individuals and nine
 * entities, the office said.": the measure told before, told again with its counts, is that measure's,
 * by the same authority (and on its day), so the merge makes them one.
 */
function describedAgain(ctx: DocumentContext, sentence: Sentence, trigger: Span, candidate: SanctionCandidate, earlier: SanctionCandidate[], sentenceOf: Map<SanctionCandidate, Sentence>): void {
  if (!candidate.authorities.every((a) => a === "other")) return;
  if (!MEASURE_TOLD_BEFORE.test(ctx.document.text.slice(sentence.start, trigger.start))) return;
  const previous = measureJustTold(sentence, earlier, sentenceOf);
  if (!previous || previous.instrument !== candidate.instrument) return;
  if (candidate.date !== undefined && candidate.date !== previous.date) return;
  candidate.authorities = [...previous.authorities];
  candidate.date = previous.date;
}

/** "a similar action targeting a shipping network in early April": the previous measure's kind, authority and status, on its own day. */
function takeAfterPrevious(sentence: Sentence, candidate: SanctionCandidate, earlier: SanctionCandidate[], sentenceOf: Map<SanctionCandidate, Sentence>): boolean {
  const previous = measureJustTold(sentence, earlier, sentenceOf);
  if (!previous || candidate.date === undefined) return false;
  candidate.instrument = previous.instrument;
  candidate.authorities = [...previous.authorities];
  candidate.status = previous.status;
  return true;
}

/** "Britain did the same that day": the previous measure's kind and status, by this clause's own authority (another one). */
function takeSameAsPrevious(sentence: Sentence, candidate: SanctionCandidate, earlier: SanctionCandidate[], sentenceOf: Map<SanctionCandidate, Sentence>): boolean {
  const previous = measureJustTold(sentence, earlier, sentenceOf);
  const own = candidate.authorities.filter((a) => a !== "other");
  if (!previous || own.length === 0 || own.some((a) => previous.authorities.includes(a))) return false;
  candidate.instrument = previous.instrument;
  candidate.status = previous.status;
  candidate.authorities = own;
  return true;
}

/** The sentence after an order's signing says what it does: "The order authorizes … an ad valorem duty of up to 40 percent". */
const ORDER_TARIFF_NEXT = new RegExp(String.raw`^(?:It|(?:[^.;]{0,200}?,\s+)?(?:the|this|that)\s+(?:executive\s+)?order)\s+(authori[sz]es|allows|permits|imposes|applies|provides\s+for)\b[^.;]{0,160}?(?:${TARIFF_WORD.source})`, "i");

/**
 * "On March 2, 2031, the President signed an executive order titled "…". The order authorizes the imposition of
 * an ad valorem duty of up to 40 percent on …": an order whose measure, told next, is a tariff is a
 * tariff order, authorised or imposed as that sentence says.
 */
function tariffsByTheOrder(ctx: DocumentContext, candidates: SanctionCandidate[], sentences: Map<SanctionCandidate, Sentence>): void {
  for (const candidate of candidates) {
    if (candidate.instrument !== "executive-order") continue;
    const sentence = sentences.get(candidate);
    const next = sentence ? ctx.sentences[sentence.index + 1] : undefined;
    const told = next && next.paragraph - sentence!.paragraph <= 1 ? ORDER_TARIFF_NEXT.exec(next.text) : null;
    if (!told) continue;
    candidate.instrument = "tariff";
    candidate.status = /^(?:imposes|applies)$/i.test(told[1]!) ? "imposed" : "authorised";
    // The tariff that sentence read is this order's: on its day, so the merge makes them one.
    for (const other of candidates) {
      if (other !== candidate && other.instrument === "tariff" && sentences.get(other) === next) {
        other.date = candidate.date;
        other.authorities = [...candidate.authorities];
      }
    }
  }
}

/** The states an authority acts for, as a sentence announcing their measures names them. */
const UNITED_STATES = /\b(?:United States|U\.S\.|US|Washington)\b/;
const AUTHORITY_STATE: Partial<Record<SanctionAuthority, RegExp>> = {
  "us-president": UNITED_STATES,
  "us-treasury": UNITED_STATES,
  "us-state": UNITED_STATES,
  "us-commerce": UNITED_STATES,
  uk: /\b(?:United Kingdom|UK|U\.K\.|Britain|London)\b/,
  eu: /\b(?:European Union|EU|Brussels)\b/,
};

/**
 * "The United States and Norway announced coordinated sanctions on Thursday. The US Treasury designated nine
 * individuals …": an undated measure right after a sentence that announces dated measures by its author's state
 * is one of them, on that day. Only the sentence just before, in the same paragraph.
 */
function datedByAnnouncement(ctx: DocumentContext, sentence: Sentence, candidate: SanctionCandidate, earlier: SanctionCandidate[]): void {
  if (candidate.mode === "planned" || candidate.status === "lifted") return;
  const previous = earlier.at(-1);
  const before = ctx.sentences[sentence.index - 1];
  // "Washington and London answered the attack on Thursday with new sanctions." names no measure of its own to read,
  // but its one day is theirs; so does "Mnuchin and Pompeo announced the measures at the White House on Friday." and
  // "The EU added fresh human rights sanctions on Iran on Monday."
  if (before && before.paragraph === sentence.paragraph && (ANSWERED_WITH_MEASURES.test(before.text) || ANNOUNCED_THE_MEASURES.test(before.text)) && !earlier.some((c) => c.evidence.some((e) => e.start >= before.start && e.end <= before.end))) {
    const days = ctx.datesIn(before).filter((d) => isDay(d.date));
    if (days.length === 1 && candidate.authorities.some((a) => AUTHORITY_STATE[a]?.test(before.text))) candidate.date = days[0]!.date;
    return;
  }
  if (!previous?.date || !isDay(previous.date) || previous.mode === "planned" || !before || before.paragraph !== sentence.paragraph) return;
  if (!previous.evidence.some((e) => e.start >= before.start && e.end <= before.end) || !ANNOUNCED_MEASURES.test(before.text)) return;
  if (!candidate.authorities.some((a) => AUTHORITY_STATE[a]?.test(before.text))) return;
  candidate.date = previous.date;
}
const ANSWERED_WITH_MEASURES = /\b(?:answered|responded|retaliated|hit back)\b[^.;]{0,80}?\bwith\s+(?:new|fresh|further|additional|more)\s+(?:[\w-]+\s+)?(?:sanctions|measures|penalties)\b/i;
/** "announced the measures at the White House on Friday", "added fresh human rights sanctions on Iran on Monday". */
const ANNOUNCED_THE_MEASURES = /\b(?:announced|unveiled|rolled out|presented)\s+the\s+(?:new\s+)?(?:sanctions|measures|penalties)\b|\b(?:added|adopted|announced|unveiled)\s+(?:new|fresh|further|additional)\s+(?:[\w-]+\s+){0,3}?(?:sanctions|measures|penalties)\b/i;
const ANNOUNCED_MEASURES = /\b(?:announced|unveiled|imposed|rolled out)\s+(?:[\w-]+\s+){0,2}?(?:sanctions|measures|penalties)\b/i;

/**
 * A report's news is its lede's: "Ruritania on Monday imposed new penalties on Example …" dates the measures
 * the report goes on to list without a day ("OFAC designated eight senior officials …"). Only in a report
 * of that day's news (published that day or within two days after it), and not a plan or a lifting.
 */
function datedByLede(ctx: DocumentContext, candidates: SanctionCandidate[]): void {
  const lede = ledeOf(ctx);
  const published = ctx.published;
  if (!lede || !published || !isDay(published)) return;
  // The lede's measure, or the first with a day in the paragraph after it when the lede tells its news
  // without one ("The US has sanctioned a third refinery …" then "The State Department on 8 May designated …").
  const news = { start: lede.start, end: paragraphEnd(ctx, lede, 1) };
  const leading = candidates.find((c) => c.date !== undefined && isDay(c.date) && c.mode !== "planned" && c.evidence[0]!.start >= news.start && c.evidence[0]!.start < news.end);
  if (!leading?.date || leading.date > published || leading.date < addDays(published, -2)) return;
  // A measure whose author the report does not name ("sixteen were designated", "the restored measures
  // include an asset freeze") is no news of its own; nor one of the lede's kind when the lede names no author
  // ("… unveiled fresh penalties"): the lede's news told again. They stay undated, to join a record or none.
  const unnamed = (c: SanctionCandidate) => c.authorities.length === 1 && c.authorities[0] === "other";
  for (const c of candidates) {
    if (c.date !== undefined || c.mode === "planned" || c.status === "lifted" || c.evidence[0]!.start < leading.evidence[0]!.end) continue;
    if (unnamed(c) || (c.instrument === leading.instrument && unnamed(leading))) continue;
    c.date = leading.date;
  }
}

/** "The measures that returned on Sunday include …", "These include …": a sentence listing what a measure contains. */
const CONTENTS_LISTED_BEFORE = /^(?:(?:The|Those|These)\s+(?:[\w-]+\s+){0,3}?(?:measures|sanctions|restrictions|resolutions|provisions)\b[^.;]{0,80}?|These|They|Those)\s+(?:include|included|includes|comprise|comprised|cover|covered)\b/i;

const SANCTIONS_CONTEXT = /\b(?:sanction|designat|OFAC|Ofac|Treasury|blacklist|SDN|Entity List|penalt|restrictive measures|regime|asset freez|freezing the assets|package|terrorist|blocked property|assets of)/i;
/** Whether the sentence just before, in the same paragraph, passes `test`. */
function precedingInParagraph(ctx: DocumentContext, sentence: Sentence, test: (before: Sentence) => boolean): boolean {
  const before = ctx.sentences[sentence.index - 1];
  return before !== undefined && before.paragraph === sentence.paragraph && test(before);
}

function readSanction(
  ctx: DocumentContext,
  sentence: Sentence,
  trigger: Span,
  clause: Span,
  found: Trigger,
  lookup: ActorLookup,
  reporters: Set<ActorId>,
  known: Known,
): SanctionCandidate | undefined {
  const clauseText = sliceOf(sentence, clause);
  const before = sliceOf(sentence, { start: clause.start, end: trigger.start });
  const triggerText = sliceOf(sentence, trigger);
  const after = sliceOf(sentence, { start: trigger.end, end: sentence.end });
  // "I would also note that the other parties …": a modal of the speaker's, not of the measure.
  // A noun told in an aside ("…'s demand that X lift the listing, a designation imposed by …") is stated after its comma.
  // Nor is "the talks had not prevented the listing of …" a negation of the measure: it happened.
  // Nor "was not a return to the table but the return of the UN sanctions": the "but" part is what happened.
  const stated = (found.datedNoun ? before.slice(before.lastIndexOf(",") + 1) : before).replace(SPEAKER_MODAL, "").replace(NOT_PREVENTED_BEFORE, "").replace(NOT_BUT_BEFORE, "").replace(RELATIVE_ASIDE, ",");
  if (!found.nested && (NOT_AN_ACTION.test(stated) || (found.status !== "authorised" && /\bnot\b/i.test(stated)))) return undefined;
  // "The measures that returned on Sunday include an arms embargo and asset freezes on …", "These include …": what a
  // measure told before contains, not another one.
  if (CONTENTS_LISTED_BEFORE.test(sliceOf(sentence, { start: sentence.start, end: trigger.start }))) return undefined;
  if (found.aboutSnapback && !SNAPBACK_CONTEXT.test(sentence.text) && !SNAPBACK_CONTEXT.test(ctx.document.text.slice(0, 2000))) return undefined;
  // A designation verb must be about sanctions: "targeted 9 tankers" in a clause on sanctions or OFAC.
  // Only the verbs that have other senses need that: "listed three people and a bank" is a listing.
  if (
    found.instrument === "designation" &&
    !found.likePrevious &&
    !/^(?:listed|lists|listings?(?:\s+of)?|designated|designates|designating|blacklisted|blacklists)$/i.test(triggerText) &&
    !SANCTIONS_CONTEXT.test(sentence.text) &&
    // "OFAC sanctioned a network … The same day, the State Department added two further entities": the paragraph's listing told on.
    // So is "the February 6 action against an international network …" in a paragraph on sanctions.
    !((/^(?:added|adds)$/i.test(triggerText) || /^action\b/i.test(triggerText)) && precedingInParagraph(ctx, sentence, (before) => SANCTIONS_CONTEXT.test(before.text)))
  )
    return undefined;

  // "UN sanctions were reimposed in late May after the three states triggered the snapback": the start told as
  // the return's cause, in a clause without a day of its own (the sentence's day is the return's).
  if (found.instrument === "snapback" && SNAPBACK_START.test(triggerText) && RETURN_THEN_AFTER.test(sliceOf(sentence, { start: sentence.start, end: trigger.start }))) return undefined;
  let resolved = triggerDate(ctx, sentence, trigger, clause);
  // "The UN measures lifted in January 2029 were restored on 4 March 2031": the day after "lifted in" is the
  // lifting's; the return's is the sentence's next.
  if (found.status !== "lifted" && resolved !== undefined && resolved.span.end <= trigger.start && LIFTED_IN_BEFORE.test(sliceOf(sentence, { start: Math.max(sentence.start, resolved.span.start - 30), end: resolved.span.start }))) {
    resolved = ctx.datesIn(sentence).find((d) => d.span.start >= trigger.end);
  }
  // "The snapback, set off by the three states in late May, took effect on Sunday": the day it took effect.
  // (When the states are named first, "the three states triggered the snapback in August, and UN sanctions
  // returned in September", the noun is their act, on its own day.)
  const tookEffect = found.instrument === "snapback" && /^snap[- ]?back$/i.test(triggerText) && !known.e3.named.test(sliceOf(sentence, { start: sentence.start, end: trigger.start })) ? RETURNED.exec(sliceOf(sentence, { start: trigger.end, end: Math.min(sentence.end, trigger.end + 100) })) : null;
  if (tookEffect) {
    const verb = { start: trigger.end + tookEffect.index, end: trigger.end + tookEffect.index + tookEffect[0].length };
    resolved = triggerDate(ctx, sentence, verb, { start: verb.start, end: sentence.end }) ?? resolved;
  }
  // "notified the Security Council on Sept. 4 that …": the notice is the act, and its day follows the addressee.
  if (/^(?:notified|notifies|notifying)\b/i.test(sliceOf(sentence, trigger))) {
    const own = ctx.datesIn(sentence).find((d) => d.span.start >= trigger.end && d.span.start - trigger.end <= 12 && /^\s+on\s+$/.test(sliceOf(sentence, { start: trigger.end, end: d.span.start })));
    if (own) resolved = own;
  }
  // A nested lifting ("the measures it suspended in 2029") is dated by the words just after it, if any,
  // not by the main clause's "On Monday"; at year precision it is background, which the merge drops.
  // Without words of its own ("the restrictive measures it had suspended under the deal"), it has no day here.
  if (found.nested) {
    // (An order's own signing day is inside the match: "an executive order signed by the President on 2 March that …".)
    const own = ctx.datesIn(sentence).find((d) => (d.span.start >= trigger.end && /^\s+(?:in|on)\s+$/.test(sliceOf(sentence, { start: trigger.end, end: d.span.start }))) || (found.selfDated === true && d.span.start > trigger.start && d.span.end <= trigger.end));
    const near = resolved !== undefined && resolved.span.start >= trigger.end && resolved.span.start - trigger.end <= 20 ? resolved : undefined;
    resolved = own ?? near;
  }
  // Dated just before ("OFAC's May 9, 2031 designations") or by "on <date>" in its clause ("the State
  // Department's designation of the port chief on March 4").
  const datedBefore = resolved !== undefined && resolved.span.end <= trigger.start && trigger.start - resolved.span.end <= 12;
  const datedAfter =
    (/^(?:designation|listing)/i.test(triggerText) ||
      // "a Treasury waiver in March 2030 that let …": the waiver's own month, right after it.
      (/^waiver/i.test(triggerText) && resolved !== undefined && /^\s+(?:(?:of|from)\s+)?(?:in|on)\s+$/.test(sliceOf(sentence, { start: trigger.end, end: Math.max(trigger.end, resolved.span.start) }))) ||
      // "restored the campaign with National Security Presidential Memorandum 2 on February 4": the memorandum's day.
      (/memorandum$/i.test(triggerText) && resolved !== undefined && /^(?:\s+(?:No\.\s*)?\d{1,2})?\s+on\s+$/.test(sliceOf(sentence, { start: trigger.end, end: Math.max(trigger.end, resolved.span.start) })))) &&
    resolved !== undefined &&
    resolved.span.start >= trigger.end &&
    /\b(?:on|in)\s+$/.test(sliceOf(sentence, { start: resolved.span.start - 4, end: resolved.span.start })) &&
    // "The designation of the Example Front as a … by the Department of State took effect on 4 March 2031".
    (resolved.span.start - trigger.end <= 80 || /\b(?:took|takes) effect\s+on\s+$|\b(?:entered|came) into force\s+on\s+$/.test(sliceOf(sentence, { start: resolved.span.start - 24, end: resolved.span.start })));
  // "a waiver that the Secretary of State signed in May 2031", "a designation imposed by the State Department in
  // April 2029": the noun's own act, dated in the clause that tells it.
  const toldAct = found.datedNoun && /^(?:designations?|waivers?)$/i.test(triggerText) ? TOLD_ACT_AFTER.exec(sliceOf(sentence, { start: trigger.end, end: Math.min(sentence.end, trigger.end + 90) })) : null;
  if (toldAct) resolved = ctx.datesIn(sentence).find((d) => d.span.start === trigger.end + toldAct[0].length) ?? resolved;
  const datedByAct = toldAct !== null && resolved !== undefined && resolved.span.start === trigger.end + toldAct[0].length;
  // "OFAC's designation in May of …": the date written inside the match.
  const datedWithin = resolved !== undefined && resolved.span.start >= trigger.start && resolved.span.end <= trigger.end;
  if (found.datedNoun && !datedBefore && !datedAfter && !datedWithin && !datedByAct) return undefined;
  // A threat is words, not a measure: "threatened to sanction Ruritania unless …", "threatening Iraq with
  // sanctions" (but "the tariffs they threatened in the order of 6 February" names a measure).
  if (THREAT.test(before)) return undefined;
  // "said that invoking the snapback would be a mistake": the act as the subject of a modal, not taken.
  if (/^(?:triggering|invoking|initiating|starting|launching)\b/i.test(triggerText) && /^\s*(?:[\w"“”'’-]+\s+){0,3}?(?:would|could|might|will)\b/i.test(after)) return undefined;
  // "The ministry has kept listing ships at a rate of a dozen a month": a habit, no one measure.
  if (HABIT_AFTER.test(sliceOf(sentence, { start: trigger.end, end: clause.end }).split(/[,;]/)[0]!)) return undefined;
  // "Since the order took effect, Treasury has listed more than 300 tankers": a tally
  // of many measures since a time, none of them taken here.
  // So is one with its time after: "Ottawa has sanctioned more than 180 individuals and entities since the fall of 2031".
  if (/\b(?:has|have)\s+(?:now\s+|also\s+)?$/i.test(before) && (/^(?:[^,;]*\s)?[Ss]ince\s[^,;]+,/.test(sliceOf(sentence, { start: sentence.start, end: trigger.start })) || /^[^,;]*\ssince\s/.test(sliceOf(sentence, { start: trigger.end, end: clause.end })))) return undefined;
  const future = FUTURE.test(before);
  const mode = future ? { mode: "planned" as const } : readMode(sentence, trigger, lookup.index, { planned: false, reporters });

  // What the measure is.
  const tariff = TARIFF_WORD.test(clauseText) || (found.instrument === "executive-order" && TARIFF_WORD.test(after.slice(0, 200)));
  let instrument: SanctionInstrument = found.instrument ?? "designation";
  // A presidential memorandum is the president's act but not an executive order: an instrument of its own kind.
  // So is "a memorandum Trump signed on February 4", and "restored by presidential memorandum": the instrument
  // the verb is said of.
  const namedInstrument = /^signed$/i.test(triggerText)
    ? [...sliceOf(sentence, { start: Math.max(sentence.start, trigger.start - 90), end: trigger.start }).matchAll(INSTRUMENT_NOUN)].at(-1)?.[0]
    : /^(?:restored|reinstated|reimposed|re-imposed)$/i.test(triggerText)
      ? sliceOf(sentence, { start: trigger.end, end: Math.min(sentence.end, trigger.end + 90) }).match(INSTRUMENT_NOUN)?.[0]
      : undefined;
  const memorandum = instrument === "executive-order" && /memorandum|NSPM/i.test(namedInstrument ?? triggerText);
  if (memorandum) instrument = "other";
  // "an executive order on May 9 that reimposed the banking measures": the order is the measure, and no snapback.
  const orderReimposes = found.reimposition === true && ORDER_THAT_BEFORE.test(sliceOf(sentence, { start: sentence.start, end: trigger.start }));
  if (orderReimposes) instrument = "executive-order";
  if (instrument === "executive-order" && tariff) instrument = "tariff";
  // "Executive Order 19003 imposes sanctions on …": the order is the measure.
  if (instrument === "designation" && /^(?:An?\s+|The\s+)?(?:new\s+)?(?:Executive Order|E\.O\.)\s*\d*/i.test(sliceOf(sentence, { start: clause.start, end: trigger.start }).replace(/^\s*\d{1,2}\s+\w+\s+-\s+/, ""))) instrument = "executive-order";
  if (found.status !== "lifted" && TARIFF_WORD.test(triggerText)) instrument = "tariff";
  // "New export controls" are not a designation (an addition to Commerce's Entity List is one: a listing by name).
  if (instrument === "designation" && /\bexport controls?\b/i.test(clauseText)) instrument = "other";
  // Not a snapback the measure only directs ("The memorandum directs the envoy … to see the snapback through").
  const snapbackAt = clauseText.search(/\bsnap-?back\b/i);
  const directed = snapbackAt >= 0 && FUTURE.test(clauseText.slice(0, snapbackAt)) && /\bto\s+\w+\s+(?:[\w-]+\s+){0,3}$/i.test(clauseText.slice(0, snapbackAt));
  // (Nor the president's memorandum in a sentence that goes on to the snapback: "since the President's
  // memorandum restored maximum pressure, and since the September 2031 snapback".)
  if (snapbackAt >= 0 && !directed && !memorandum && found.status !== "lifted") instrument = "snapback";
  // Measures restored after a UN snapback, or the nuclear deal's measures, are the snapback's.
  // Not Washington re-imposing its own sanctions ("since it restored broad restrictions … in March
  // 2029") in a piece about the snapback: only the sentence itself can make that one the snapback.
  const usActs = US_BEFORE.test(sliceOf(sentence, { start: sentence.start, end: trigger.start }));
  if (found.reimposition && !orderReimposes && (SNAPBACK_CONTEXT.test(sentence.text) || (!usActs && SNAPBACK_CONTEXT.test(ctx.document.text.slice(0, 2000))))) instrument = "snapback";

  // What the verb says was done.
  let status: SanctionStatus = found.status;
  // Lists of targets run on past participles and "including…": read to the end of the sentence.
  const scope = sliceOf(sentence, { start: found.passive ? sentence.start : clause.start, end: sentence.end });
  if (found.status !== "lifted" && !found.fixedStatus) {
    if (/\b(?:authori[sz](?:ing|es|ed|e)|allowing|permitting|enabling|potential imposition|could impose|may impose|up to)\b/i.test(scope) || /\bdoes not (?:immediately )?impose\b/i.test(scope)) {
      status = "authorised";
    } else if (/\b(?:imposing|imposes|imposed|impose|levying|levied)\b/i.test(scope)) status = "imposed";
    else if (/\bannounc/i.test(triggerText)) status = "announced";
  }

  // Who acts: the clause's subject, else the sentence.
  const orderNoImpose = /\bdoes\s+not\b/i.test(triggerText);
  // In the passive the authority follows: "was designated by OFAC".
  // So it does for a measure named as a noun: "The designation of the Example Front as a … by the US Department
  // of State took effect on 4 March".
  let byAgent = found.passive ? (/^\s+by\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,4}/.exec(after)?.[0].length ?? 0) : 0;
  if (found.datedNoun) {
    const agent = /^[^,;]{0,100}?\bby\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,5}/.exec(sliceOf(sentence, { start: trigger.end, end: clause.end }));
    if (agent) byAgent = agent[0].length;
  }
  // "a waiver that the Secretary of State signed in …": the act's agent is in the relative clause.
  if (datedByAct) byAgent = Math.max(byAgent, toldAct![0].length);
  const authorityEnd = trigger.end + byAgent;
  // The clause's own authority when it names one ("…, and the Treasury and the State Department sanctioned
  // 9 ships" is not the president's, whom the clause before names), else the sentence's.
  const act: ActAuthored = { instrument, trigger: triggerText, before: sliceOf(sentence, { start: sentence.start, end: trigger.start }), after, sentence: sentence.text, council: councilOf(ctx, instrument), lookup, ...known };
  const authoritiesFrom = (start: number) => authoritiesIn(sliceOf(sentence, { start, end: authorityEnd }), lookup.within({ start, end: authorityEnd }).map((m) => m.actorId), act);
  const clauseAuthorities = clause.start > sentence.start ? authoritiesFrom(clause.start) : [];
  // An order named in passing with its signer ("under an executive order signed by the President on …") is the signer's.
  const ownAuthorities = found.nested && found.selfDated ? authoritiesFrom(trigger.start) : [];
  // A presidential memorandum is the president's alone, whatever else the sentence names ("the return of UN
  // measures reinforces the policy set out in NSPM 2, signed by the President on …").
  let authorities = orderNoImpose || memorandum ? (["us-president"] as SanctionAuthority[]) : ownAuthorities.length > 0 ? ownAuthorities : clauseAuthorities.length > 0 ? clauseAuthorities : authoritiesFrom(sentence.start);
  // "The Treasury said it had designated eight officials. It also blacklisted 17 producers …": the pronoun's.
  // So for the states that "notified the Council" after a sentence that names them.
  const previous = ctx.sentences[sentence.index - 1];
  if (authorities.length === 0 && PRONOUN_SUBJECT.test(sliceOf(sentence, { start: sentence.start, end: trigger.start })) && previous !== undefined) {
    authorities = authoritiesIn(previous.text, lookup.within(previous).map((m) => m.actorId), act);
  }

  // Counts stop where a later clause reports a measure of its own: "the president signed an order allowing tariffs …,
  // and the Treasury and the State Department sanctioned 9 ships" - the ships are the sanctioning's.
  const rest = sliceOf(sentence, { start: clause.end, end: sentence.end });
  const countScope = clause.end < sentence.end && OWN_MEASURE_AFTER.test(rest) ? sliceOf(sentence, { start: found.passive ? sentence.start : clause.start, end: clause.end }) : scope;
  const targets: SanctionCandidate["targets"] = {};
  let countedTogether = false;
  for (const match of matchesOf(COUNT_TARGET, countScope)) {
    const count = parseCount(match[1]!);
    const key = CATEGORY[match[3]!.toLowerCase()];
    if (count === undefined || !key || /\bpercent\b/i.test(match[2] ?? "")) continue;
    // "more than 40 persons, firms and tankers": one number over several kinds counts none of them.
    if (TOTAL_OVER_KINDS.test(countScope.slice(match.index + match[0].length))) {
      countedTogether = true;
      continue;
    }
    targets[key] = (targets[key] ?? 0) + count;
  }
  const description = describeTargets(scope, tariff);
  if (description) targets.description = description;

  const rateMatch = tariff ? RATE.exec(scope) : null;
  const rate = rateMatch ? { value: Number(rateMatch[2]), unit: "percent" as const, ceiling: rateMatch[1] !== undefined } : undefined;
  if (rate?.ceiling && status === "imposed") status = "authorised";

  const sectors = unique(SECTORS.filter(([re]) => re.test(instrument === "tariff" ? "" : scope)).map(([, name]) => name));
  const authorityStates = new Set(
    lookup.within({ start: sentence.start, end: trigger.start }).map((m) => lookup.stateOf(m.actorId)).filter((id): id is ActorId => id !== undefined),
  );
  const targetActors = orderNoImpose ? [] : unique(
    lookup
      .within({ start: trigger.end, end: clause.start + clauseText.length + (tariff ? after.length : 0) })
      .map((m) => m.actorId)
      .filter((id) => !reporters.has(id) && !AUTHORITY_BY_ACTOR[id] && !authorityStates.has(id) && (found.namedTarget || !id.startsWith("person:"))),
  );
  // In the passive the subject is the target: "The trader X … was designated by OFAC on May 9, 2031".
  if (found.passive && targetActors.length === 0) {
    for (const m of lookup.within({ start: sentence.start, end: trigger.start })) {
      if (!reporters.has(m.actorId) && !AUTHORITY_BY_ACTOR[m.actorId] && !m.actorId.startsWith("state:")) targetActors.push(m.actorId);
    }
  }
  if (found.instrument === "designation" && targets.entities === undefined && targets.individuals === undefined && targets.vessels === undefined && targetActors.length === 0 && !countedTogether && !UNCOUNTED_TARGETS.test(after.slice(0, 60)) && !found.datedNoun && !found.selfDated && !found.namedTarget) {
    return undefined;
  }

  const sanction = startCandidate<SanctionCandidate>(resolved);
  sanction.mode = mode.mode;
  if (mode.claimedBy) sanction.claimedBy = mode.claimedBy;
  sanction.summary = summarise(sliceOf(sentence, summaryScope(sentence, clause)));
  sanction.evidence = [ctx.evidence(sentence)];
  sanction.authorities = authorities.length > 0 ? authorities : ["other"];
  sanction.instrument = instrument;
  sanction.status = status;
  sanction.targets = targets;
  sanction.sectors = sectors;
  if (rate) sanction.rate = rate;
  sanction.targetActors = targetActors;
  return sanction;
}

/** An executive order as the subject of the verb that follows: "an executive order on May 9, 2031, that ". */
const ORDER_THAT_BEFORE = /\b(?:executive order|E\.O\.)\s+(?:\d{5}\s+)?(?:(?:on|of|signed on)\s+[^;]{1,30}?,?\s+)?(?:that|which)\s+(?:also\s+|then\s+)?$/i;

/** The president named as the one acting, by title or office; by name through the dictionary (`Known.president`). */
const PRESIDENT = /\b(?:[Pp]resident|White House)\b/;

/** What an authority is read for: the act, its sentence, and what "the Council" means in its document. */
interface ActAuthored extends Known {
  instrument: SanctionInstrument;
  trigger: string;
  /** The sentence before the trigger, and after it. */
  before: string;
  after: string;
  sentence: string;
  council: SanctionAuthority | undefined;
  lookup: ActorLookup;
}

/** Officials whose acts are their department's: a Secretary of State's waiver is the State Department's. */
const ROLE_AUTHORITY: [RegExp, SanctionAuthority][] = [
  [/^Secretary of State$/i, "us-state"],
  [/^(?:Secretary of the Treasury|Treasury Secretary)$/i, "us-treasury"],
];
const OFFICIAL_AUTHORITY: [RegExp, SanctionAuthority][] = [
  [/\bSecretary of State\b(?!\s+for\b)/, "us-state"],
  [/\b(?:Secretary of the Treasury|Treasury Secretary)\b/, "us-treasury"],
];
/**
 * The United States acting without an agency named: "Washington blacklisted …", "the administration imposed …". A
 * president's administration ("the Example administration") is the United States through the president, whom the
 * actor dictionary ties to it (see the callers' `stateOf` test).
 */
const US_AGENT = /\b(?:Washington|United States|U\.S\.|US|America|American|[Tt]he administration)\b/;
/** The measures each US agency takes when the text names only the United States. */
const FOREIGN_TERRORIST = /\bForeign Terrorist Organi[sz]ation\b|\bFTO\b/i;
const WAIVER = /\bwaivers?\b|\bexceptions?\b|\bexemptions?\b|\bcarve-?outs?\b/i;
const REIMPOSED = /\bre-?impos|\breinstat|\brestor|\bwithdr[ae]w|\bpull(?:ed|s)? out\b/i;
/** The three European parties to the nuclear deal, as one actor: "the E3", "the three European powers". */
const E3_NAMED = /\bE3\b|\b(?:three|3)\s+(?:European\s+)?(?:powers|countries|states|nations|signatories|parties|governments)\b|\bthe\s+Europeans\b|\bEuropean\s+(?:powers|signatories|parties)\b/;
/** The acts that start a snapback, which are the notifying states' and not the Council's. */
const SNAPBACK_START = /notif|letter|trigger|invok|initiat|start|launch|began|beginning|set in motion/i;
/** The United States putting its claim of a snapback: "declared that UN sanctions had been restored". */
const US_SNAPBACK_VERB = /\b(?:declared|declares|declaring|announced|announces|announcing|notified|notifies|claimed|claims|triggered|invoked|launched|initiated|began|delivered|sent|submitted)\b/;

/** The act of a noun told in its relative clause, up to its date: " that the minister signed in ", " imposed by the department on ", " that X signed " (last week). */
const TOLD_ACT_AFTER = new RegExp(String.raw`^(?:\s+as\s+an?\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?,?\s+(?:(?:that|which)\s+(?:[\w.'’-]+\s+){1,6}?|(?:that|which)\s+(?:was|were)\s+|(?:the\s+)?(?:Secretary|President|Treasury|State|Under\s+Secretary)(?:\s+[\w.'’-]+){0,5}?\s+(?=signed\b|issued\b|granted\b|approved\b))?(?:signed|imposed|issued|granted|approved|announced|extended)\s+(?:by\s+(?:[\w.'’-]+\s+){1,5}?)?(?:(?:in|on)\s+(?=\d|(?:early|mid|late)\b|${FULL_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)|(?=last\s+(?:week|month)\b|earlier\s+this\s+(?:week|month)\b))`, "i");
/** A lifting's own time, written before the verb of a return: "the measures lifted in ", "suspended on ". */
const LIFTED_IN_BEFORE = /\b(?:lifted|suspended|terminated|eased|waived)\s+(?:in|on|since)\s+$/i;
/** Measures said to have come back, in the passive or by a verb of their own: "were reimposed", "came back". */
const RETURNED = /\b(?:were|was|have been|had been|has been|are|is)\s+(?:re-?imposed|reinstated|restored|re-?applied)\b|\b(?:returned|came back|snapped back|(?:took|came into) effect)\b/i;
/** A return of sanctions, then "after" and the words before a start's verb: "were reinstated in May after the E3 …". */
const RETURN_THEN_AFTER = new RegExp(String.raw`\b(?:reimposed|re-imposed|reinstated|restored|returned|came back|snapped back|back into (?:force|effect)|restoration|reinstatement|re-?imposition|return)\b[^.;]*?\bafter\b(?![^.;]*\b(?:on|in)\s+(?:\d|${FULL_MONTH})\b)[^.;]*$`, "i");

const startsSnapback = (act: ActAuthored) => act.instrument === "snapback" && SNAPBACK_START.test(act.trigger);

/**
 * "The Council adopted restrictive measures …": in a document that names the European Union, the EU's Council (unless
 * the measure is a snapback and the document names the Security Council too); in one that names only the Security
 * Council, the UN's.
 */
function councilOf(ctx: DocumentContext, instrument: SanctionInstrument): SanctionAuthority | undefined {
  const text = ctx.document.text;
  const eu = /\bEuropean Union\b|\bEU\b|\bCouncil of the EU\b/.test(text);
  const un = /\bSecurity Council\b/.test(text);
  // Where both are named, listings and frameworks are the EU Council's (the Security Council's are its snapback).
  if (eu && (!un || instrument !== "snapback")) return "eu";
  return un && !eu ? "un-security-council" : undefined;
}

/** Authorities named before the trigger, by actor or by wording ("the President signed", "OFAC"). */
function authoritiesIn(text: string, ids: ActorId[], act: ActAuthored): SanctionAuthority[] {
  const { instrument } = act;
  const out: SanctionAuthority[] = [];
  for (const id of ids) {
    const authority = AUTHORITY_BY_ACTOR[id];
    // The Council a snapback's states notify is not one acting (below: the UN's own return is).
    if (authority && authority !== "other" && !(instrument === "snapback" && authority === "un-security-council")) out.push(authority);
  }
  // "Secretary of State X signed a waiver": the official's department (by the dictionary's titles, or as
  // written), when the sentence names no department.
  if (out.length === 0) {
    for (const id of ids) {
      for (const role of id.startsWith("person:") ? act.lookup.byId.get(id)?.roles ?? [] : []) {
        const byRole = ROLE_AUTHORITY.find(([re]) => re.test(role.title));
        if (byRole) out.push(byRole[1]);
      }
    }
    for (const [re, authority] of OFFICIAL_AUTHORITY) if (re.test(text)) out.push(authority);
  }
  // "the Treasury and State Departments", "State and Treasury listed …": both departments.
  if (/\bTreasury\b/.test(text) && /\bState Departments\b|\bState and (?:the\s+)?Treasury\b|\bTreasury and (?:the\s+)?State\b/.test(text)) out.push("us-treasury", "us-state");
  // "the state department designated …": house styles that lower-case the department name no dictionary form.
  if (out.length === 0 && /\bstate department\b/.test(text)) out.push("us-state");
  if (out.length === 0 && /\btreasury(?: department)?\b/.test(text)) out.push("us-treasury");
  // "The Council listed six individuals": the Council the document is about.
  if (out.length === 0 && act.council && /\b[Tt]he Council\b/.test(text)) out.push(act.council);
  const president = PRESIDENT.test(text) || ids.some(act.president);
  // "the President's Feb 4 memorandum restored …": a memorandum of the president's is his as much as an order he signed.
  if (president && /\bexecutive order|signed\b|\bmemorandum\b|\bissued\s+(?:E\.\s?O\.|EO)\s*\d/i.test(text)) out.push("us-president");
  // An order the president signed is his, whoever announced it ("Treasury Secretary X said the president had signed …").
  if (instrument === "executive-order" && out.includes("us-president")) return ["us-president"];
  // "The president announced … would pay a 30% tariff": a US tariff is set by the president.
  if (out.length === 0 && instrument === "tariff" && president) out.push("us-president");
  if (instrument === "snapback") {
    // The states that notify the Council start it ("Britain, France and Germany notified …", "the E3 triggered …").
    const e3 = E3_NAMED.test(text);
    if (e3) out.push("uk");
    if (e3 || ids.some((id) => act.e3.ids.has(id) && !AUTHORITY_BY_ACTOR[id])) out.push("other");
    // A US claim that they had returned is the State Department's ("Washington announced that UN sanctions were restored").
    const usClaim = US_SNAPBACK_VERB.test(text) && (US_AGENT.test(text) || ids.some(act.american));
    if (usClaim && out.every((authority) => authority.startsWith("us-"))) return ["us-state"];
    // Otherwise the measures that return are the UN's, unless a state re-imposes its own ("the EU re-imposed …"):
    // the Council a state notifies, or whose resolutions it applies, is not the one acting.
    const states = out.filter((authority) => authority !== "un-security-council");
    // "Following the notification by the three states …, the sanctions … were reimposed": measures that
    // came back are the UN's, whoever set them off.
    // So is "the snapback, set off by the three states in May, took effect on …" (the states told after the noun).
    // (Not "the three states triggered the snapback, and UN sanctions returned": they did, and are named first.)
    const setOffAfter = /^snap[- ]?back$/i.test(act.trigger) && states.length > 0 && !act.e3.named.test(act.before);
    if (!startsSnapback(act) && (RETURNED.test(act.trigger) || (setOffAfter && RETURNED.test(act.after.slice(0, 100))))) return ["un-security-council"];
    if (states.length > 0 || startsSnapback(act)) return unique(states);
    return ["un-security-council"];
  }
  // "the restrictions under Resolution 1929 lapsed": measures of a Council resolution are the Council's.
  if (out.length === 0 && /\b(?:Security Council\s+)?[Rr]esolution\s+\d{3,4}\b/.test(text)) out.push("un-security-council");
  // An executive order is the president's, however named ("E.O. 19004", "the March 4, 2031 order that
  // authorized tariffs", "National Security Presidential Memorandum 9").
  if (out.length === 0 && (instrument === "executive-order" || /\bexecutive order\b|\bE\.\s?O\.|\bEO\s*\d{5}|\bPresidential Memorandum\b|\bNSPM\b/i.test(text) || (instrument === "tariff" && /\border\b/i.test(text)))) out.push("us-president");
  // The United States named without an agency: the agency that takes such measures - designations are
  // the Treasury's (a foreign terrorist organisation the State Department's), waivers the State
  // Department's, a re-imposition or a tariff the president's.
  if (out.length === 0 && (US_AGENT.test(text) || ids.some(act.american))) {
    if (instrument === "designation") out.push(FOREIGN_TERRORIST.test(act.sentence) ? "us-state" : "us-treasury");
    else if (instrument === "tariff") out.push("us-president");
    else if (instrument === "other") {
      // The act's own word first ("reinstated …, when buyers were given exemptions" is a re-imposition).
      const own = WAIVER.test(act.trigger) ? "us-state" : REIMPOSED.test(act.trigger) ? "us-president" : undefined;
      const said = own ?? (WAIVER.test(act.sentence) ? "us-state" : REIMPOSED.test(act.sentence) ? "us-president" : undefined);
      if (said) out.push(said);
    }
  }
  return unique(out);
}

const OWN_MEASURE_AFTER = /\b(?:designat(?:ed|es|ing)|blacklist(?:ed|s|ing)|sanctioned|listed|added)\b/i;

// What a tariff is laid on ("on goods from countries that …") and whom another measure is aimed at.
const TARIFF_TARGETS = /\bon\s+((?:imports|goods|products)\s+from\s+[^.;:]+|(?:any\s+)?countr(?:y|ies)\s+[^.;:]+)/iu;
const MEASURE_TARGETS = new RegExp(String.raw`(?<!\b(?:curbs|limits|caps|restrictions|constraints)\s)\b(?:[Oo]n|[Aa]gainst|[Tt]argeting)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|${FULL_MONTH})\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|\d|(?:the|that)\s+(?:same\s+)?(?:day|date|eve|morning|evening)\b|(?:the\s+)?(?:claims?|grounds|basis|pretext|allegations?|charges?|suspicion)\b)([^.;:]+)`, "u");

/** Who a measure targets, as worded: "goods from countries that buy the oil". */
function describeTargets(scope: string, tariff: boolean): string | undefined {
  const re = tariff ? TARIFF_TARGETS : MEASURE_TARGETS;
  const match = re.exec(scope);
  if (!match) return undefined;
  // Not a day, not the reason given ("on the claim that it funds …"), not what a deal traded them for ("in
  // exchange for curbs on its atomic work"). Who is targeted, not what the measures had been or did: "on Ruritania that had been lifted under the
  // accord formally returned" is "Ruritania".
  const text = match[1]!
    .replace(/\s+-\s+.*$/u, "")
    .replace(/,?\s+(?:that|which)\s+(?:had|have|has)\s+been\s+(?:lifted|suspended|eased)\b.*$|\s+(?:formally\s+|officially\s+)?(?:returned|came back|snapped back)\b.*$/u, "")
    .replace(/[,\s]+$/, "")
    .trim();
  if (text.length === 0) return undefined;
  return text.length > 200 ? `${text.slice(0, text.lastIndexOf(" ", 200))}…` : text;
}
