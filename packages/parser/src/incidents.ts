/**
 * Incidents: shoot-downs, seizures and harassment of vessels, strikes, missile launches, tests and
 * displays, deployments. One candidate per clause that reports one, with the initiators (the
 * clause's subject), targets (its object), location, assets and casualties the clause gives.
 */
import { type ActorId, type Asset, datesOverlap, type IncidentKind } from "@sitrep/domain";
import type { ActorDictionary } from "./actors.js";
import { ActorLookup, assetsIn, dateFields, assertedContext, assertedPart, locationIn, spanOf, summarise, summaryScope, triggerDate, unique } from "./_extract.js";
import { AS_A_TIME_AFTER, AS_A_TIME_BEFORE, compilePattern, COUNT_PATTERN, FAILED_TO_PREVENT, FULL_MONTH, MODAL_MAY, MONTH_PATTERN, SPAN_COUNT_PATTERN, matchesOf, parseCount, prefiltered, REPORTING_VERB, REQUEST_NOUNS, type TextTest } from "./_lexicon.js";
import { clauseAround, NOT_A_NOUN_AFTER, readMode, RELATIVE_ASIDE, reportersOf, sliceOf } from "./_mode.js";
import type { ActorIndex, DocumentContext, IncidentCandidate, Sentence, Span } from "./_types.js";

interface Trigger {
  kind: IncidentKind;
  re: RegExp;
  /** The sentence must also say this (the object of the trigger). */
  needs?: TextTest;
  /** Words every match of `re` contains: a cheap test before it. */
  stems?: RegExp;
  /** A deployment trigger that names the force itself, so no force word need follow it. */
  namesForce?: boolean;
  /** A conjunct whose verb is left out ("… and the Sea Wren … six days later"): its clause starts at the match. */
  conjunct?: boolean;
  /** An item of a list ("including the Sea Wren in April 2029 and …"): its clause ends with its own year. */
  item?: boolean;
  /** The object must be a ship the actors know, named right after the match ("took the Sea Wren"). */
  vesselNext?: boolean;
}

/** A vessel is in the clause: a ship noun, a prefix, or a flag ("the Liberia-flagged Sea Wren"). */
const VESSEL_WORDS = prefiltered(
  /\b(?:(?:super)?tankers?|vessels?|(?:war)?ships?|boats?|craft|freighters?|carriers?|destroyers?|frigates?|dhows?|USS|MV|MT|crew|Suezmax|Aframax|VLCCs?)\b|\p{L}-flagged\b/iu,
  // The same words without u, and "-flagged" without the letter class V8 would try at every position.
  /\b(?:(?:super)?tankers?|vessels?|(?:war)?ships?|boats?|craft|freighters?|carriers?|destroyers?|frigates?|dhows?|USS|MV|MT|crew|Suezmax|Aframax|VLCCs?)\b|-flagged\b/i,
);
const MISSILE_WORDS = /\bmissiles?\b|\brockets?\b|\bAS[BC]Ms?\b/i;
const FORCE_WORDS =
  /\b(?:carriers?|strike groups?|(?:amphibious )?ready groups?|destroyers?|warships?|frigates?|submarines?|bombers?|(?:B|F|F\/A|KC|C|E|EA|P|A|AH|MQ|RQ)-\d+[A-Z]?s?|fighter jets?|jets|squadrons?|troops|paratroopers|soldiers|sailors|[Mm]arines|forces|air defen[cs]e|batteries|aircraft|naval|units?|USS|HMS|(?:additional|military)\s+assets)\b/i;

// A ship let go on its way after being stopped or boarded: harassed, not seized.
const LET_GO = "(?:allowed to (?:continue|proceed|leave|sail on|resume)|released|let go)";

/** Order matters: the first kind that matches a span claims it. */
const TRIGGERS: Trigger[] = [
  {
    kind: "drone-shootdown",
    re: /\b(?:shot down|shoots down|shooting down|shoot down|brings down|bring down|downed|downing of|shoot-?downs? of|shot-down|intercepted and destroyed|brought down|(?:destroyed|destroys|destroying)(?=["”']?\s+(?:more\s+than\s+|over\s+|at\s+least\s+|nearly\s+|some\s+)?(?:an?|the|two|three|several|dozens\s+of|\d+)\s+(?:[\w.-]+\s+){0,4}(?:drones?|UAVs?|Global Hawks?|Reapers?|ScanEagles?|unmanned (?:aerial )?(?:aircraft|vehicles?))\b))\b/gi,
    needs: /\b(?:drones?|UAVs?|unmanned|Reapers?|Global Hawks?|MQ-\d+\w*|RQ-\d+\w*|ScanEagles?|Shaheds?)\b/i,
  },
  // Any other aircraft brought down: an airliner, a jet, a helicopter.
  {
    kind: "other",
    re: /\b(?:shot down|shoots down|shooting down|shoot down|brings down|bring down|downed|downing of|shoot-?downs? of|shot-down|brought down)\b/gi,
    needs: /\b(?:flights?|airliners?|planes?|jets?|aircraft|helicopters?|airlines|Boeing|Airbus)\b/i,
  },
  {
    kind: "vessel-harassment",
    // "was boarded by masked men … but was later released": a boarding that let the ship go.
    re: new RegExp(String.raw`\bboarded(?=[^.]{0,160}\b(?:allowed to (?:continue|proceed|leave|sail on|resume)|released|let go|left the (?:vessel|ship|tanker))\b)|\battempted\s+(?:seizures?|boardings?|hijackings?)\b|\b(?:(?:attempted|attempting|tried|trying|tries|try|sought|seeking|seek|moved|attempt|attempts) (?:on (?:\w+ ){1,2})?to (?:impede|block)|(?:attempted|attempting|tried|trying|tries|try|sought|seeking|moved|attempts?) to (?:intercept|stop|halt|board|seize|detain|divert)|harass(?:ed|es|ing)?|(?:prevented|(?<=\bintervened\s+to\s+)prevent)\s+(?:[\w-]+\s+){0,4}?from\s+(?:seizing|boarding|detaining|capturing)\b|(?:make|makes|made|making)\s+(?:repeated\s+)?(?:close|dangerous|unsafe|harassing)\s+approaches\b|(?:made|makes|make|making)\s+what\s+[^.;]{0,60}?\b(?:called|described as|termed)\s+[^.;]{0,60}?\b(?:high-speed|close|dangerous|unsafe|harassing)\s+approaches\b|intercepted(?![^.]{0,120}\b(?:escorted|diverted|steered|towed|took|brought) (?:it|the (?:vessel|ship|tanker)) (?:to|into|towards?)\b|\s+and\s+boarded\b(?![^.]{0,160}\b${LET_GO}\b))|swarmed(?!(?:[^.]|\.(?=\s[\p{Ll}\d]|\S)){0,160}\b(?:forced|forcing) (?:it|the (?:vessel|ship|tanker)) (?:into|to)\b|\s+and\s+(?:then\s+)?(?:seized|boarded|captured|detained)\b)|shadowed|followed(?<=\b(?:boats|craft|skiffs|gunboats)\s+(?:had\s+|have\s+)?followed)(?=\s+(?:it|her|the\s+(?:[\w-]+\s+){0,2}(?:tanker|vessel|ship|freighter|carrier)|the\s+(?:USS|USNS|HMS)\s)\b)|order(?:ed|ing|s)? (?:the (?:vessel|ship|tanker|crew)|a (?:vessel|ship|tanker)|it|(?:(?:the|a|an) )?(?:[\w-]+ ){0,3}(?:vessel|ship|tanker|carrier|freighter)(?: [A-Z][\w-]*){0,3})(?: by radio)? to (?:halt|stop|change course|alter course|turn back)|circl(?:ed|ing) the (?:vessel|ship|tanker)|(?:came|coming|sailed|sailing|passed|passing|got|flew|flown|closed to|closing to|approach(?:ed|ing)(?: to)?) within (?:a|an|one|two|three|half a|\d+(?:\.\d+)?|several|a few) ?(?:miles?|yards?|metres?|meters?|nautical miles?|nm|cables?)(?: \([^)]{1,30}\))?(?: of)?|(?<=\b(?:an?|the|reported)\s)approach\s+by\s+(?=(?:[\w-]+\s+){0,3}(?:craft|boats?|skiffs?|vessels?)\b)|(?:was|were|had been|has been) approached by\b(?=\s+(?:[\w-]+\s+){0,3}(?:craft|boats?|skiffs?|vessels?)\b)|approached (?:[^,.;]{0,40}at (?:high speed|close range)|the (?:[\p{L}.-]+ ){0,3}(?:tanker|vessel|ship|freighter|VLCC|supertanker|bulker)|the [\p{L}. ]{1,30}-flagged\b|(?:a (?:group|flotilla|convoy|formation) of )?(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+) (?:[\p{L}.-]+ ){0,2}(?:warships|destroyers|frigates|vessels|ships|tankers)|the (?:USS|USNS|HMS) \p{Lu}[\p{L}-]*)|opened fire (?:on|at) (?=(?:the|a|an) [^.;]{0,40}?(?:tankers?|vessels?|ships?|freighters?|-flagged)\b))\b`, "giu"),
    needs: VESSEL_WORDS,
  },
  {
    kind: "vessel-seizure",
    // A second ship with the verb left out: "seized the Example Star in the Red Sea on May 3 and the Sea Wren off
    // Example Port six days later" - the conjunct names a ship, a place and a time of its own. Or its day first:
    // "… in late April and, on May 3, the Panama-flagged Sea Wren as it left port".
    re: /(?<=\b(?:seized|seizing|seizes|took|taking|detained|captured)\s[^.;]{5,160}?\sand,?\s+)(?:the\s+)?(?=(?:[\p{L}-]+-flagged\s+)?\p{Lu}[\p{L}\d-]+(?:\s+\p{Lu}[\p{L}\d-]+)?\s+(?:in|off|near|as)\s[^,;.]{1,60}?\s(?:on\s+(?:\d|\p{Lu})|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a\s+few)\s+(?:days?|weeks?)\s+later|days\s+later)|,?\s*(?:days|(?:a|one|two|three|four|five|six|seven|\d+)\s+(?:days?|weeks?))\s+later,\s+(?:the\s+)?(?:[\p{L}-]+-flagged\s+)?(?:(?:oil\s+|product\s+|chemical\s+|cargo\s+|container\s+)?(?:tanker|ship|vessel)\s+)?\p{Lu}|,?\s*on\s+(?:\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+\d{1,2})(?:,\s+\d{4})?,\s+(?:the\s+)?(?:[\p{L}-]+-flagged\s+(?:(?:oil\s+|product\s+|chemical\s+)?tanker\s+)?|(?:oil\s+|product\s+|chemical\s+)?tanker\s+)\p{Lu})/gu,
    stems: /seiz|took|taking|detain|captur/i,
    conjunct: true,
  },
  {
    kind: "vessel-seizure",
    // Seizures listed by ship and month: "the earlier wave of seizures - including the Sea Wren in April 2029 and the
    // Blue Heron in January 2030 -": each ship named with its month is one seizure.
    re: new RegExp(String.raw`(?<=\bseizures\b[^.;]{0,40}?\bincluding\s+(?:[^.;]{0,80}?(?:,|\band)\s+)?)(?:the\s+)?(?=\p{Lu}[\p{L}\d-]+(?:\s+\p{Lu}[\p{L}\d-]+){0,2}\s+in\s+(?:(?:early|mid|late)[\s-]+)?${FULL_MONTH}\b)`, "gu"),
    stems: /seizures/i,
    conjunct: true,
    item: true,
  },
  {
    kind: "vessel-seizure",
    // "boarded … and forced it to sail to a nearby port": boarding plus a forced diversion is a seizure.
    // "took the cargo ship …", "took a Liberia-flagged …": "took" with a ship as its object.
    // "Boarded by five armed men …; crew ordered to sail towards the coast", as bulletins write it.
    // Not a seizure only sought: "an attempt by the court to have it seized again". But one "Royal Marines helped detain".
    re: new RegExp(String.raw`\b(?:(?:detain|seize|capture|impound)\b(?<=\bhelped\s+(?:to\s+)?(?:detain|seize|capture|impound))|(?<!\bto\s+(?:have|get)\s+(?:it|them|her|the\s+[\w-]+)\s)seized|seizes|seizing|(?<!\b(?:to|not|would|could|might|may|will|shall|can|cannot|must)\s)seize(?=\s+(?:the|a|an|two|three|\d+)\s)|seizure of|impounding of|hijacking of|detention of|(?:seizure|capture|detention)\s+(?:(?:on|in|last|earlier|later)\s+(?:\w+\s+){1,2})?(?:by\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?(?:(?:on|in|last|earlier|later)\s+(?:\w+\s+){1,2})?)?of(?<=(?:on|in|last|earlier|later|by)\s[^.;]{0,60})|capture of|(?:rappelled|fast-roped|landed|descended)\s+(?:(?:from|by)\s+(?:an?\s+|the\s+)?helicopters?\s+)?(?:onto|on)\s+(?:the\s+deck\s+of\s+)?(?=(?:the|a|an)\s[^.;]{0,40}(?:tankers?|vessels?|ships?|carriers?|-flagged))|(?:rappelled|fast-roped|landed|descended|dropped|slid\s+down\s+ropes)\s+(?:(?:from|by)\s+(?:an?\s+|the\s+)?helicopters?\s+)?(?:onto|on)\s+the\s+deck\s+of\s+(?=(?:the|a|an)\s+(?:[\d,.]+\s*(?:-TEU|TEU|-ton|-tonne|dwt|DWT)\s+)?\p{Lu})|(?:stopped|intercepted|interdicted)\s+(?=(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(?:dhows?|vessels?|ships?|boats?)\b[^.;]{0,80}\b(?:found|seized|recover|discover|confiscat))|interdicted\s+(?=(?:the|a|an|two|three)\s+(?:[\w-]+\s+){0,3}(?:dhows?|vessels?|ships?|boats?)\b)|(?:was|were|had been) boarded by\b(?=[^.;]{0,60}\b(?:Navy|Guards?|IRGC|forces|commandos|Marines|troops|soldiers|fighters|armed men|gunmen|armed (?:persons|individuals|personnel)|personnel)\b)(?![^.]{0,160}\b${LET_GO}\b)|(?:was|were|had been) boarded\b(?=[^.;]{0,120}?,?\s+and\s+(?:then\s+)?(?:diverted|directed|taken|escorted|steered|forced)\s+(?:to|towards?|into)\b)|(?:was|were|had been) boarded\s+(?=(?:in|off|near)\s+(?:the\s+)?(?:Strait|Gulf|Sea|Red Sea|Arabian Sea|Persian Gulf)\b)|boarded and diverted|impounded|impounds|impounding|boarded(?=\s+(?:the|a|an|two|three)\s+(?:(?:[\w-]+\s+){0,4}?(?:supertanker|tanker|vessel|ship|dhow|boat|freighter)\b|[\w -]{1,30}-flagged\b))(?<=\b(?:Marines|SEALs|commandos|special forces|troops|sailors|boarding team|Guards|Guard Corps|IRGC|IRGCN|[Nn]avy)\b[^.;]{0,100})|(?:surrounded|encircled)(?=[^.;]{0,200}\b(?:escorted|diverted|steered|towed|forced|ordered)\s+(?:it|the (?:vessel|ship|tanker))\s+(?:to\s+(?:sail\s+)?)?(?:to|into|towards?)\b)|commandeered|hijacked|captured|detained|detains(?=\s+(?:the\s+|a\s+|an\s+)?[\w -]{0,40}(?:tankers?|vessels?|ships?|-flagged))|took control of|taken control of|help(?:ed|s)? (?:to )?seize|help(?:ed|s)?\s+(?:the\s+)?(?:[\w-]+\s+){0,10}?(?:seize|detain|board)(?=\s+(?:the|a|an)\s)|held (?=(?:the|a|an) (?:(?!(?:on|of|in|at|to|for|with|over|from)\s)[\p{L}.'’-]+ ){0,4}(?:tankers?|vessels?|ships?|freighters?|dhows?)(?![\p{L}'’])|(?:the|a|an) [\p{L} ]{1,30}-flagged\b)|(?<=,\s)taken(?=\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:[Nn]avy|Guards|IRGC|IRGCN|forces|commandos|[Mm]arines|troops)\b|\s+(?:in|off|near)\s+(?:the\s+)?(?:Strait|Gulf|Sea|Red Sea|Arabian Sea|Persian Gulf|waters)\b)|(?:was|were|had been|has been) taken(?= (?:on|in|by|near|off|last|early|late|to|into|towards?)\b)|took it (?=(?:to|into|towards?)\b)|(?:took|taken)(?=\s+(?:the\s+)?(?:[\p{Lu}\d][\w-]*\s+){1,4}(?:to|into)\s+(?:the\s+)?(?:port|harbou?r|anchorage)\b)|took (?=(?:the|a|an) (?:(?!(?:on|of|in|at|to|for|with|over|from)\s)[\p{L}.'’-]+ ){0,4}(?:tankers?|vessels?|ships?|freighters?|dhows?)(?![\p{L}'’])|(?:the|a|an) [\p{L} ]{1,30}-flagged\b|(?:the )?\p{Lu}[\p{L}\d-]*(?: \p{Lu}[\p{L}\d-]*){0,3}, (?:a|an|the) [^,.;]{0,40}?\b(?:tanker|vessel|ship|freighter|dhow)\b)|(?:boarded|intercepted|swarmed)(?=(?:[^.]|\.(?=\s[\p{Ll}\d]|\S)){0,160}\b(?:(?:forced|ordered|forcing|ordering) (?:(?:it|the (?:vessel|ship|tanker|crew)) )?to (?:sail|divert|head|steer|change course|reverse course|alter course)|forced (?:it|the (?:vessel|ship|tanker)) into\b|(?:escorted|diverted|steered|towed|took|brought|sailed) (?:it|her|the (?:vessel|ship|tanker)) (?:to|into|towards?)\b|(?:it|the (?:vessel|ship|tanker)) (?:altered|changed) course (?:to|towards?|for) Iran\w*|(?:and|then) (?:was )?(?:taken|escorted|towed|directed) (?:in)?to(?:wards?)?\b|(?:vessel|ship|tanker) (?:was )?(?:diverted|escorted|steered|towed|taken|directed) (?:in)?to(?:wards?)?\b)))\b|\bdiverted\s+(?:into|to|towards?)\s+(?:[\w-]+\s+){0,3}(?:waters|port|anchorage)\b(?=[^.;]{0,60}\bby\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:Navy|Guards?|IRGC|IRGCN|forces|commandos|craft|boats)\b)`, "giu"),
    needs: VESSEL_WORDS,
  },
  // "In May 2029 they took the Sea Wren", the ship known from elsewhere in the story: "took" with a named merchant ship
  // as its object (not a warship: "took the USS Example through the strait").
  { kind: "vessel-seizure", re: /\b(?:took|take|takes|taking)\s+(?=the\s+\p{Lu}(?!(?:SS|MS|NS)\s))/gu, stems: /\btak|\btook/i, vesselNext: true },
  // "Guards forces rappelled from a helicopter onto the Sea Wren on Friday": onto a ship named, with no ship noun (case
  // matters here: a name, not "onto the deck").
  { kind: "vessel-seizure", re: /\b(?:rappelled|abseiled|fast-roped|descended)\s+(?:(?:from|by)\s+(?:an?\s+|the\s+)?helicopters?\s+)?onto\s+(?=the\s+(?:[\w-]+\s+){0,3}?[A-Z][\w-]*\s+[A-Z][\w-]*\b)/g, stems: /rappelled|abseiled|fast-roped|descended/ },
  // "… and a month later boarded the tanker Sea Wren, holding its 23 crew for two months": a boarding that kept the crew.
  { kind: "vessel-seizure", re: /\bboarded\b(?=[^.;]{0,100}\b(?:holding|detaining)\s+(?:its|the|her|their)\s+(?:[\w-]+\s+)?crew\b)/g, stems: /boarded/i, needs: VESSEL_WORDS },
  // "commandos boarded the Sea Wren off Malta": a force boarding a ship named where it lay; so "The SEA WREN,
  // Example-flagged, was boarded 20 miles off the coast" (a boarding that let the ship go is read above).
  {
    kind: "vessel-seizure",
    re: /\b(?:was|were|had been|has been)\s+(?:intercepted\s+and\s+)?boarded\b(?=\s+(?:[\w-]+\s+){0,4}?(?:off|in|near)\s+(?:the\s+)?(?:[\p{Lu}\d][\p{L}\d-]*\s+){0,3}(?:coast|Strait|Gulf|Sea|waters|port)\b)(?<=\b(?:[Tt]he\s+\p{Lu}[\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*){0,3},\s+(?:also\s+)?[\p{L}-]+-flagged,\s+|(?:tanker|vessel|ship|freighter|carrier)\s+|[Tt]he\s+\p{Lu}[\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*){0,3}\s+(?=(?:was|were|had been|has been)\s+intercepted\s))(?:was|were|had been|has been)\s+(?:intercepted\s+and\s+)?boarded)/gu,
    stems: /boarded/i,
  },
  {
    kind: "vessel-seizure",
    re: /\bboarded\s+(?:the\s+)?(?=[A-Z][\w-]*(?:\s+[A-Z\d][\w-]*){0,3}\s+(?:off|in|near|at)\s)(?<=\b(?:Marines|SEALs|commandos|special forces|boarding team|Guards|IRGC|IRGCN|[Nn]avy)\b[^.;]{0,60})/g,
    stems: /boarded/i,
  },
  // (Not "showed that …": what an act showed is a point made, not a display.)
  { kind: "missile-display", re: /\b(?:broadcast|broadcasts|aired|airs|(?:showed|shows)(?!\s+(?:that|how|what|why|the\s+world|no\b))|(?<=\b(?:television|TV|footage|video|images)\s)showing|unveiled|unveils|displayed|displays|paraded|parades|showcased|put on display|released (?:images|footage|video))\b/gi, needs: MISSILE_WORDS },
  { kind: "missile-test", re: /\b(?:test-fired|test-firing|test-fires|test-launched|test-launching|tested|test launch(?:ed)?|missile tests?)\b/gi, needs: MISSILE_WORDS },
  // A satellite launch tests the rocket: "launched its Example-2 satellite carrier", "used a new rocket to
  // put a research satellite into orbit".
  {
    kind: "missile-test",
    re: /\b(?:launched|launches|put|puts|placed|places|sent|sends)\b(?=[^.;]{0,80}\b(?:satellites?|satellite carriers?|space launch vehicles?|into (?:low\s+)?(?:Earth\s+)?orbit)\b)/gi,
    stems: /satellite|orbit/i,
  },
  {
    kind: "missile-launch",
    // Not "ship-launched missiles hit…": a compound adjective names the weapon, not the act.
    // "a barrage of some 40 rockets fired at the port on 3 May": a barrage named as a noun.
    // "targeted an air base … with several cruise missiles": the launch named by its aim.
    re: /\b(?:fired|launched|aimed)\b(?<=\b(?:missiles|rockets)\s+(?:fired|launched|aimed))(?=\s+(?:at|on|toward|towards|into)\s+(?:the|an?|two|three|several|\p{Lu})[^.;]{0,80}?\b(?:killed|killing|wounded|wounding|injured|hit|struck|damaged|base|bases|airport|city|cities|positions?)\b)|(?<!-)\b(?:launched|launches|fired|fires|firing|launching)\b(?=[^.;]{0,60}\b(?:missiles?|rockets?)\b(?!\s+(?:destroyers?|frigates?|cruisers?|boats?|corvettes?|submarines?|defen[cs]e|command|programm?e|production|factor(?:y|ies)|forces|units?|arsenal|stockpiles?|bases?|sites?|silos?|launchers?|depots?|facilit(?:y|ies)|installations?|infrastructure)))|\b(?:missile|rocket) (?:attacks?|barrages?|strikes?|salvos?|salvoes|volleys?|retaliation)\b|\b(?:missiles?|rockets?)\s+(?:landed|fell)\s+(?:in|inside|on|near)\b|\bhit\b(?<=\b(?:missiles?|rockets?)\s+hit)(?<!\b(?:bombers?|jets?|warplanes?|aircraft|drones?)\b[^.;]{0,60})(?=\s+(?:an?|the|two|three)\s)|\b(?:barrages?|waves?|salvos?|volleys?) of (?:[\w-]+ ){0,6}(?:missiles|rockets)\b|\b(?:missiles?|rockets?)\s+(?:were|was|had been|have been|has been)\s+(?:fired|launched)\b|\b(?:was|were)\s+fired\s+(?:at|towards?|on|into)\b(?<=\b(?:missiles?|rockets?)\s+(?:launched|fired)\s+from\s+[^.;,]{3,60}?\s(?:was|were)\s+fired\s+(?:at|towards?|on|into))|\b(?:targeted|targeting)\b(?=[^.;]{0,80}?\bwith\s+(?:[\w-]+\s+){0,5}?(?:missiles|rockets)\b)|\b(?:slammed|crashed|smashed|ploughed|plowed)\s+into\b(?<=\b(?:missiles?|rockets?)\s+(?:that\s+|which\s+)?(?:slammed|crashed|smashed|ploughed|plowed)\s+into)/giu,
    stems: /missile|rocket/i,
  },
  // An explosion, blackout or sabotage named by its day: "the 9 May blackout at the pumping station", "the June 3
  // explosion at the depot" - an incident whose author the noun does not give.
  {
    kind: "other",
    re: new RegExp(String.raw`\b(?:explosions?|blasts?|blackout|sabotage)\b(?<=\b(?:the|an?|its|last)\s+(?:${FULL_MONTH}\s+\d{1,2}|\d{1,2}\s+${FULL_MONTH})(?:,\s+\d{4},?)?\s+(?:explosions?|blasts?|blackout|sabotage))(?=\s+(?:at|in|on|of|near|that|which)\b)`, "g"),
    stems: /explosion|blast|blackout|sabotage/i,
  },
  // An explosion, fire or blackout that struck a site: an incident whose author the sentence does not
  // give (sabotage, accident), so not a strike: "a blackout struck the pumping station at Example".
  {
    kind: "other",
    // Also a ship "hit by a blast" or a mine, or "damaged in an attack" no one is named for, and a killing
    // "in an ambush" or an assassination, and "an explosion at a depot near Example …, which killed nine"; and "a power
    // failure, caused by an explosion, knocked out the network".
    re: new RegExp(String.raw`\b(?:explosions?|blasts?|blackout|power (?:outage|failure)|fire|sabotage|(?:limpet\s+)?mines)(?:\s+and\s+(?:an?\s+)?(?:fire|explosion|blast|power (?:outage|failure)|blackout))?(?:,\s+caused\s+by\s+(?:an?\s+)?[\w -]{3,30}?,)?\s+(?:(?:in|at|on)\s+[\w'’ -]{1,40}?\s+|caused by [\w -]{1,30}?\s+)?(?:(?:that|which)\s+)?(?:(?<!\b(?:said|says|confirmed|confirms|reported|reports|announced|announces)\s+that\s+[^.;]{0,60})(?:had|has|have)\s+)?(?:struck|strikes|hit|hits|holed|wrecked|destroyed|damaged|tore through|tears through|ripped through|rips through|(?<=\bmines\s+)tore into|(?:tore|tear|tears|ripped|blew|blow|blows)\s+(?:a\s+)?holes?\s+in|rocked|knocked out|crippled|cripple|crippling|cut (?:the\s+)?(?:power|electricity))\b|\b(?:was|were|had been|has been)\s+(?:hit|struck|damaged)\s+by\s+an?\s+(?:[\w-]+\s+)?(?:blast|explosion|(?:limpet\s+)?mine|explosive device)\b|\b(?:was|were|had been|has been)\s+(?:hit|struck|damaged)\s+in\s+an?\s+(?:[\w-]+\s+)?attack\b(?!\s+(?:by|claimed|blamed|carried))|\b(?:was|were|had been|has been)\s+(?:hit|struck|rocked|shaken|holed)\s+by\s+(?:two\s+|several\s+|multiple\s+)?(?:[\w-]+\s+)?(?:blasts|explosions|(?:limpet\s+)?mines|explosive devices)\b|\b(?:explosions?|blasts?)\s+(?:on|aboard)\s+(?:the\s+)?(?:waterline|hull|deck|engine room|stern|bow)\s+of\b|\b(?:explosions?|blasts?)\s+(?:on|aboard)\s+(?:the\s+|both\s+|two\s+|three\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:tankers?|vessels?|ships?)\b|\b[Tt]here\s+(?:was|were|had been)\s+(?:an?\s+|two\s+|several\s+)?(?:explosions?|blasts?)\s+(?:at|in|on|near)\b|\b(?:explosions?|blasts?)\b(?=\s+(?:at|in|near)\s+[^.;]{1,80}?(?:,\s+(?:which|that)\s+|\s+)(?:killed|injured|wounded)\b)|\bsabotage of\b(?=\s+(?:[\w-]+\s+){0,3}(?:tankers?|vessels?|ships?|pipelines?|facilit(?:y|ies))\b)|\b(?:was|were|had been|have been|has been)\s+sabotaged\b|\b(?:was|were|had been|have been)\s+targeted\s+in\s+(?:an?\s+)?(?:acts?\s+of\s+sabotage|sabotage\s+attacks?)\b|\bact of sabotage\s+(?:at|on|against)\b|\bsabotage\s+attacks?\s+(?:on|against)\b|\bdamaged\s+in\s+(?:[\w-]+\s+){0,2}sabotage\s+attacks?\b|\b(?:was|were|had been|has been)\s+(?:damaged|crippled|disabled)\s+(?:in|by)\s+(?:an?\s+|two\s+|three\s+|four\s+|several\s+|multiple\s+|a\s+series\s+of\s+)?(?:[\w-]+\s+)?(?:blasts?|explosions?)\b|\b(?:was|were)\s+damaged\b(?=[^.;]{0,80}\bin what\b[^.;]{0,60}\b(?:sabotage|attacks?|mines?)\b)|(?<=(?:tankers?|vessels?|ships?|carriers?|\p{Lu}[\p{L}-]+)\s)(?:was|were)\s+hit(?=\s+(?:in|off|near)\s+(?:the\s+)?(?:Gulf|Strait|Sea|Red Sea|Arabian Sea)\b)|\b(?:explosions?|blasts?)\b(?<=(?:day|week|month|\d)['’]s\s+(?:[\w-]+\s+)?(?:explosions?|blasts?))(?=\s+(?:at|in|on|near|aboard)\s)|\bcaught fire\s+(?:after|following)\s+(?:an?\s+|two\s+)?(?:explosions?|blasts?)\b|\b(?:was|were)\s+damaged(?=\s+(?:while|as)\s+(?:navigating|sailing|transiting|underway)\b)|\b(?:explosions?|blasts?)\s+(?:were|was)\s+(?:reported|heard)\s+(?:near|at|in|over|around)\b(?=[^.;]{0,120}?\bin\s+what\s+[^.;]{0,60}?\b(?:described|called|termed)\s+as\b)|\bassassinat(?:ed|ion of)\b|\bmartyrdom of\b(?=[^.;]{3,160}?\bby\s+(?:the\s+)?(?:direct\s+|personal\s+|express\s+)?orders?\s+of\s)|\bkilling of\b(?<=\b(?:US|U\.S\.|American|Israeli)\s+killing of)(?=\s+[^,;.]{3,60}?\s(?:in|on)\s+(?:(?:early|mid|late)[\s-]+)?(?:${FULL_MONTH}|\d))|\bkilling of\b(?=[^;]{0,160}?,\s+(?:(?:which|that)\s+(?:(?:is|was|has been|had been)\s+(?:\w+ly\s+)?|(?:[\w-]+\s+){1,3}?)|in\s+an?\s+(?:[\w-]+\s+)?(?:operation|attack|ambush)\s+(?:\w+ly\s+)?|(?:\w+ly\s+)?)(?:attributed|blamed)\s+(?:to|on)\b)|\b(?:was|were)\s+(?:shot dead|killed)\b(?=[^.;]{0,60}\bin\s+an?\s+(?:[\w-]+\s+)?(?:ambush|assassination|bombing|car bomb))`, "giu"),
    stems: /explosion|blast|blackout|outage|power failure|fire|mine|explosive|assassinat|killing of|martyrdom of|ambush|car bomb|sabotage|damaged|hit in|struck in/i,
  },
  // "including an explosion aboard the vehicle carrier Example in the Gulf of Oman on February 25-26": a blast on a ship,
  // named with its day.
  {
    kind: "other",
    re: new RegExp(String.raw`\b(?:explosions?|blasts?)\s+(?:aboard|on\s+board)\b(?=[^.;]{3,100}?\s+on\s+(?:${FULL_MONTH}\s+\d|\d{1,2}\s+${FULL_MONTH}\b))`, "gi"),
    stems: /explosion|blast/i,
  },
  // "after the mining of the MV Example in the Gulf of Oman on 25 February": a ship mined, by no one the noun names.
  { kind: "other", re: /\bmining of\b(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:MV|MT|M\/V|tankers?|ships?|vessels?|freighters?|carriers?)\b)/g, stems: /mining of/ },
  // "Four tankers were damaged off Example Port on May 12": ships damaged by no one the sentence names.
  {
    kind: "other",
    // (A timeline's present too: "May 12 - Four tankers are damaged by blasts off Example Port".)
    re: /\b(?:were|was|are|is)\s+(?:damaged|holed|crippled|sabotaged)\b(?<=\b(?:tankers?|vessels?|ships?|freighters?|carriers?)\s+(?:were|was|are|is)\s+\w+)(?!\s+by\b(?!\s+(?:an?\s+)?(?:blasts?|explosions?|(?:limpet\s+)?mines?)\b))/g,
    stems: /damaged|holed|crippled|sabotaged/,
  },
  // "after Ruritania's attack of 13 June on the sites": an act a state's possessive names, with its day after "of".
  { kind: "strike", re: new RegExp(String.raw`\b(?:attack|assault|raid|offensive)\b(?<=['’]s\s+(?:[\w-]+\s+)?(?:attack|assault|raid|offensive))(?=\s+of\s+(?:\d{1,2}\s+${FULL_MONTH}|${FULL_MONTH}\s+\d{1,2}\b))`, "g"), stems: /attack|assault|raid|offensive/i },
  // "Drones slam into the pumping station", "a missile slammed into the port": a weapon's impact.
  { kind: "strike", re: /\b(?:slammed|slams|slam|crashed|crash|crashes|smashed|smash|smashes)\s+into\b(?<=\b(?:[Dd]rones?|[Mm]issiles?|[Rr]ockets?|UAVs?)\s+\w+\s+into)/g, stems: /slam|crash|smash/i },
  // "the killing of General X by an American drone near the airport": a killing its killer names after it (a state's
  // killing is then read as a strike, in readIncident).
  { kind: "other", re: /\bkilling of\b(?=\s+[^,;.]{3,80}?\s+by\s+(?:the\s+|an?\s+)?(?:United States|U\.S\.|US|America|Israel|American|Israeli|US-Israeli)\b)/g, stems: /killing of/ },
  {
    kind: "strike",
    // Also a state's air campaign or assault as a noun: "Ruritania's air campaign from 13 June", "Ruritania's surprise offensive against …".
    re: new RegExp(String.raw`\b(?:launched|launches|began|begins|begun|started|starts|opened|opens)\s+(?:an?\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:air campaign|bombing campaign|air ?strikes?|strikes|offensive|military operation|attack|assault|aggression|war)\s+(?:on|against)\b|\blaunched\s+its\s+(?:military\s+|air\s+|bombing\s+)?campaign(?=\s+on\s+(?:\d{1,2}\s+)?${FULL_MONTH}\b)|\b(?:launched|began|started)\b(?<=\b(?:air campaign|bombing campaign|air strikes|strikes|offensive)\s+(?:it|they|that|which|Washington|Israel)\s+(?:had\s+)?(?:launched|began|started))|\b(?:launched|began|started)\b(?<=\b(?:air campaign|bombing campaign|military campaign|offensive)\s+(?:[\w,-]+\s+){0,8}?(?:was\s+)?(?:launched|began|started))(?=\s+(?:on|in)\s+(?:the\s+night\s+of\s+)?(?:\d|${FULL_MONTH}))|\b(?:air\s+campaign|bombing\s+campaign|assault|offensive)\b(?<=\b(?:[A-Z][a-z-]+['’]s|Israeli|American|US|U\.S\.)\s+(?:surprise\s+|military\s+)?(?:air\s+campaign|bombing\s+campaign|assault|offensive))(?=\s+(?:from|since|on|against|that began|which began|began|beginning|starting)\b)|\bcampaign\b(?<=\b(?:Israeli|American|US|U\.S\.)\s+(?:military\s+)?campaign)(?=\s+(?:that|which)\s+(?:began|started)\s+on\s+(?:\d|${FULL_MONTH}))|\bcarried out\s+(?:what\s+[^.;]{0,80}?\b(?:described|called|termed)\s+as\s+["“]?)?(?:an?\s+|the\s+)?(?:["“]?[\w-]+["”]?\s+){0,8}?(?:cyber ?(?:attack|operation)|operation|attack|raid|strikes?)["”]?\s+(?:on|against)\b|\bcarried out\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:air ?strikes?|strikes?|raids?|bombing)\b(?=\s*[.;,]|\s+(?:in|near|at)\s)|\b(?:dropped|dropping)\s+(?:[\w,."“”-]+\s+){0,6}?(?:bombs|bunker[- ]busters|penetrators|munitions|ordnance|(?<=\bof\s+the\s+)weapons)\s+(?:on|over)\b|^(?:Hit|Struck|Attacked|Targeted|Rammed)\s+by\b|\brammed\b|\b(?:was|were|had been|have been|has been|is|are) damaged by\b(?<=\b(?:tankers?|vessels?|ships?|freighters?|carriers?|plants?|facility|facilities)\b[^.;]{0,90})|\battacks?\b(?<=\b(?:drone|missile|rocket)\s+attacks?)(?=\s+(?:(?:that|which)\s+(?=(?:hit|struck|damaged|destroyed|killed|wounded)\b))?(?:set|hit|struck|damaged|destroyed|killed|kills|wounded|targeted|on|against|near)\b|(?<=\b(?:killed|wounded|injured)\s+(?:[\w-]+\s+){0,3}?in\s+an?\s+(?:drone|missile|rocket)\s+attacks?)|\s+by\s+[^.;]{1,80}?\b(?:kills|killed|hits|hit|struck|strikes)\b)|\b(?:air ?strikes?|(?:military |missile |drone |joint |preemptive |pre-emptive )?strikes? (?:(?:by|attributed to|blamed on) (?:[\w-]+ ){1,3}?)?(?:on|against|near|targeting)|(?<!\b(?:ship|vessel|tanker|freighter)\s+(?:had|has)\s+)struck(?!\s+again,\s+(?:this\s+time\s+(?:against|at)|(?:boarding|seizing|diverting|detaining|capturing|designating|sanctioning|blacklisting)\b))|\b(?:began|begins|begin|started|starts)\s+striking\b|\b(?:has|have|had)\s+been\s+(?:striking|bombing|pounding)(?=\s+(?:[\w-]+\s+){0,3}(?:targets|sites|positions|bases)\b)|(?<=,\s)striking(?=\s+(?:the\s+|an?\s+|two\s+|three\s+|several\s+)?(?:[A-Z]|(?:[\w-]+\s+){0,3}(?:targets|sites|facilities|bases|positions|installations)\b))|bombed|bombing|(?:pounded|pounds|pounding)(?=\s+(?:[\w'’-]+\s+){0,4}?(?:targets|sites|facilit(?:y|ies)|(?:air)?bases?|positions|installations|depots|camps?|compounds?|strongholds)\b)|(?<!\bunder\s+["“]?)bombardment|attacks? (?:on|against)|attacks?(?=\s+in\s+the\s+(?:early\s+|small\s+)?(?:hours|morning|night)\s+of\s+[^,;]{1,30}?\s+(?:on|against)\s)|attacks?(?=\s+of\s+(?:${FULL_MONTH}\s+\d{1,2}|\d{1,2}\s+${FULL_MONTH})(?:,?\s+\d{4})?,?\s+(?:on|against|off|in|near)\s)|attacks that (?:hit|struck)|attacked|(?<!\bmines\s)tore into|torn into)\b|\bfired on\b(?=\s+(?:an?|the|two|three|several)\s+(?:[\w-]+\s+){0,2}(?:convoy|vehicles?|cars?|bases?|positions?|targets?|compound|facility|facilities|outpost)\b)|\bstrikes\b(?<=\b(?:\d{4}|Israeli|American|US|U\.S\.|US-Israeli|joint)\s+strikes)|\bstrikes?\b(?<=\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\.?\s+\d{1,2}(?:,\s+\d{4},)?\s+strikes?|\b\d{1,2}\s+${FULL_MONTH}(?:\s+\d{4})?\s+strikes?)(?=\s+(?:that|which|on|against|in|near|at|attributed\s+to|blamed\s+on)\b|,\s+(?:\w+ly\s+)?(?:attributed\s+to|blamed\s+on)\b)|\bstrikes?\b(?=\s+of\s+(?:\d{1,2}\s+${FULL_MONTH}|${FULL_MONTH}\s+\d{1,2}\b))|\b(?:strike|hit|pound|bomb)\b(?<=\b(?:missiles|rockets|bombers|jets|warplanes|aircraft|drones|forces|troops)\s+(?:strike|hit|pound|bomb))|\bhit\b(?<=\b(?:missile|rocket|drone)\s+hit)(?=\s+(?:an?|the|two|three|\w+ing)\s|\s+[\w-]+(?:\s+[\w-]+){0,2},\s+an?\s+(?:[\w.-]+\s+){0,4}?(?:outpost|base|facility|installation|compound|camp|airfield|airport)\b)|\bhit\b(?<=\b(?:has|have|had)\s+hit)(?=\s+(?:an?\s+(?:series|number|wave|range)\s+of\s+|(?:several|multiple|dozens\s+of|scores\s+of|\d+)\s+)?(?!(?:its|their|his|her|our|your|my)\s)(?:[\w-]+\s+){0,2}?(?:targets|sites|facilities|bases|positions)\b)|\bstrikes?\b(?<=\b(?:drone|missile|rocket)\s+strikes?)(?!\s+(?:groups?|capabilit|force))|\bstrike\b(?<=\b(?:U\.S\.|US|American|Israeli|British|air|drone|Reaper|MQ-9|\d{4})\s+strike)(?=[^.;]{0,60}\b(?:killed|kills|destroyed|wounded|hit)\b)|\bkilled\b(?<=\b(?:drones?|Reaper|MQ-9|airstrikes?|air strikes?|warplanes?|jets?)\s+killed)|\bkilled\b(?<=\b(?:drones?|missiles?|rockets?)\s+(?:launched|fired|flown|sent)\s+by\s[^.;]{1,100}?,?\s+killed)|\bstrike\b(?<=\b(?:killed|died|wounded)\s+(?:in|by)\s+(?:an?\s+)?(?:U\.S\.|US|American|Israeli|British|air|drone)\s+strike)|\b(?:was|were|had been|has been) hit\b(?<=\b(?:tankers?|vessels?|ships?|freighters?|carriers?|bases?|facility|facilities|embassy|consulate|compound|plant)\b[^.;]{0,140})(?!\s+(?:by|with)\s+(?:new\s+|fresh\s+|further\s+)?(?:sanctions|tariffs|penalties|fines|restrictions))`, "gi"),
    stems: /strike|struck|striking|killed|bomb|attack|assault|aggression|hit|pound|campaign|offensive|operation|rammed|damaged|torn into|tore into|fired on|war on|war against|dropped|dropping/i,
  },
  // "The Ruritanian campaign that began on June 13, 2031", "Ruritania's campaign, launched on 13 June": a state's
  // campaign begun on a day, in a sentence about war (not "the senator's campaign began in June").
  {
    kind: "strike",
    re: new RegExp(String.raw`\b(?:launched|began|started)\b(?<=\b(?:\p{Lu}[\p{L}-]*(?:['’]s)?|military|air|bombing|\d+-day)\s+campaign(?:,?\s+(?:that|which)\s+(?:was\s+)?|,\s+|\s+)(?:launched|began|started))(?=\s+(?:on|in)\s+(?:the\s+night\s+of\s+)?(?:\d|${FULL_MONTH})|\s+(?:two|three|four|five|six|seven|a|one|\d+)\s+(?:days?|weeks?)\s+(?:earlier|before))`, "gu"),
    needs: /\b(?:strikes?|struck|bomb\w*|war|military|missiles?|raids?|attacks?|killed|nuclear\s+(?:sites|facilities)|air\s+campaign)\b/i,
    stems: /campaign/i,
  },
  // "Ruritania responded the following day with a missile attack on the air base", "responded five days later with
  // ballistic missiles fired at bases": an answer in missiles is a launch.
  {
    kind: "missile-launch",
    re: /\b(?:responded|retaliated|hit back|answered)\b(?=[^.;]{0,40}?\bwith\s+(?:an?\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:missile|rocket)\s+(?:attacks?|strikes?|barrages?|salvos?)\b|[^.;]{0,40}?\bwith\s+(?:waves|salvos|volleys|barrages|dozens|hundreds)\s+of\s+(?:[\w-]+\s+){0,2}?(?:missiles|rockets)\b|[^.;]{0,40}?\bwith\s+(?:[\w-]+\s+){0,2}?(?:missiles|rockets)\s+(?:(?:fired|launched|aimed)\s+)?(?:at|on|against|toward|towards|into)\s)/gi,
    stems: /missile|rocket/i,
  },
  // "The army responded on 4 May with a limited strike near the border": the answer is the act.
  {
    kind: "strike",
    re: /\b(?:responded|retaliated|hit back|answered)\b(?=[^.;]{0,40}?\bwith\s+(?:an?\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:strikes?|air ?strikes?|attacks?|raids?|bombing)\b)/gi,
    stems: /responded|retaliated|hit back|answered/i,
  },
  {
    kind: "deployment",
    // "were forward-deployed": a hyphenated prefix is part of the verb.
    re: /\b(?:[a-z]+-)?(?:deploy(?:ed|s|ing)?|deployment (?:(?:last|earlier this) (?:week|month) )?of|(?<=\b(?:authori[sz]ed|ordered|approved)\s+the\s+)movement of|redeploy(?:ed|s)?|dispatch(?:ed|es|ing)?|(?:sent|sends|sending)(?!\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:messages?|letters?|signals?|word|notes?|warnings?|invitations?|condolences|greetings|assurances)\b)|(?<=\b(?:would|will|to)\s)(?:send|move|deploy)|ordered|orders|rushed|rushes|rushing|surged|moved|moves|moving|(?<=\b(?:were|was|been|being)\s+)flown(?=\s+(?:in\s+)?(?:to|into)\s))\b/gi,
    needs: FORCE_WORDS,
  },
  // A naval operation set up, a warship entering a sea: "Operation Example Shield … was announced on
  // 4 March", "the naval operation EXAMPLE was launched", "the frigate EXAMPLE entered the Red Sea", "the
  // carrier strike group moved into the command's area of responsibility".
  // Not a warship whose arrival ends another act ("…, withdrawing only when the destroyer arrived").
  {
    kind: "deployment",
    // The verb first, then what stands before it: a leading lookbehind would be tried at every position.
    re: /\b(?:was|were|has been|had been)\s+(?:announced|launched|established|set up|activated)\b(?<=\b(?:[Oo]peration|naval mission|maritime (?:security )?(?:initiative|mission)|task force)\b[^.;]{0,110})|\blaunched\b(?<=\b[Oo]peration\s[^.;]{0,60},\s+launched)|\b(?:stood up|set up|established|launched)\s+(?=(?:a\s+|the\s+)?(?:new\s+)?(?:multinational\s+)?(?:naval\s+|maritime\s+)?(?:[Oo]peration|task force|coalition)\s+[A-Z])|\b(?:entered|enters|sailed into|moved into|moves into|arrived (?:in|at|on station|aboard)|arrives? (?:in|at|on station|aboard)|(?<!\b(?:when|until|till|before|once)\s[^.;,]{0,60})(?:arrived|arrives?)(?=\s*[,;.])|departed\b(?=[^.;]{0,60}\bfor\s))(?<=\b(?:frigate|destroyer|warship|aircraft carrier|carrier strike group|strike group|submarine|flotilla|corvette|(?:assault|landing|amphibious|transport|command) ships?|USS|HMS|sailors|[Mm]arines|troops|paratroopers|soldiers|bombers|squadrons?|fighter jets|warplanes|[A-Z]{1,2}-\d+[A-Z]?s?)\b[^.;]{0,90})|\b(?:have|has|had) been (?:stationed|parked|positioned|pre-positioned|forward-deployed)\b(?<=\b(?:bombers|B-\d+s?|jets|fighters|warplanes|aircraft|troops|warships|destroyers|carriers?|batteries|squadrons?)\b[^.;]{0,40})|\b(?:have|has|had) been (?:operating|patrolling)\s+(?:in|off|across|near)\b(?<=\b(?:strike group|carrier|destroyer|warship|frigate|submarine|bombers|squadron)\b[^.;]{0,40})/g,
    stems: /announced|launched|established|set up|stood up|activated|enter|sailed into|moved into|moves into|arrive|departed|stationed|parked|positioned|deployed|operating|patrolling/i,
    namesForce: true,
  },
  // "satellite images showed bombers parked at an air base": a force seen in place.
  {
    kind: "deployment",
    re: /\b(?:parked|stationed|positioned|massed)\b(?<=\b(?:bombers|B-\d+s?|jets|fighters|warplanes|aircraft|troops|warships|destroyers)\s+(?:parked|stationed|positioned|massed))(?=\s+(?:at|on|in)\s)/g,
    stems: /parked|stationed|positioned|massed/,
    namesForce: true,
  },
  // Bombers flown over a region as a show of force: "The US flew two B-52 bombers over the region last week",
  // "a pair of B-1B bombers flew over the Gulf".
  {
    kind: "deployment",
    re: /\bflew\b(?=\s+(?:[\w-]+\s+){0,4}?(?:bombers|B-\d+[A-Z]?s)\s+(?:over|across|into)\s)|\bflew\b(?<=\b(?:bombers?|B-\d+[A-Z]?s?)\s+flew)(?=\s+(?:over|across|into)\s)/g,
    stems: /flew/,
    namesForce: true,
  },
  // A force presence that grew ("the naval presence … has expanded since late January", "the US military
  // build-up in the Gulf has accelerated this week"): counted only when the sentence says it grew and
  // dates it (see GROWTH in readIncident), so "a military buildup would risk war" is none.
  { kind: "deployment", re: /\b(?:naval|military|troop|force|forces|air|carrier) (?:presence|build-?ups?)\b/gi, stems: /presence|build/i, namesForce: true },
  // "The Example deployed from San Diego in late November": a force setting out from its home port.
  { kind: "deployment", re: /\bdeployed\s+from\s+(?=[A-Z])/g, stems: /deployed from/, namesForce: true },
  // "The destroyer X left Example Port on Jan. 20 for a six-month deployment": a departure that says what it is for.
  { kind: "deployment", re: /\b(?:left|departed|sailed from)\b(?=(?:[^.;]|(?<=\b[A-Z][a-z]{2,3})\.){0,80}?\bfor\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+){0,2}(?:deployment|patrol|tour of duty)\b)/gi, stems: /deployment|patrol|tour of duty/i, namesForce: true },
  // "two patrol planes left for the region on Jan. 11", "The destroyer X left Example Port on Dec. 27 with some 300
  // personnel": a force leaving for the theatre, or leaving port with its crew counted.
  {
    kind: "deployment",
    re: /\b(?:left|departed|sailed)\b(?<=\b(?:planes|aircraft|jets|bombers|warships?|destroyers?|frigates?|units?|troops|forces|contingent|task force|flotilla|\p{Lu}[\p{L}-]+)\s+(?:left|departed|sailed))(?=\s+for\s+(?:the\s+)?(?:region|Gulf|Persian Gulf|Middle East|Strait of Hormuz|Gulf of Oman|Arabian Sea|Red Sea)\b|(?:[^.;]|(?<=\b[A-Z][a-z]{2,3})\.){0,80}?\bwith\s+(?:some\s+|about\s+|around\s+|nearly\s+|more than\s+)?\d[\d,]*\s+(?:personnel|troops|sailors|marines|crew)\b)/gu,
    stems: /\b(?:left|departed|sailed)\b/,
    namesForce: true,
  },
  // "a crowd stormed the compound of the embassy in Example City": a mob's assault on a mission. Last, so that an act the
  // same clause also tells claims it first.
  {
    kind: "other",
    re: /\b(?:stormed|storming|broke\s+(?:through|into)|breaks?\s+(?:through|into)|forced\s+(?:their|its|his|a)\s+way\s+into|breached|breach(?:es)?|besieged|overran|ransacked|torched)\s+(?=(?:the\s+|an?\s+|its\s+|our\s+)?(?:[\w'’.-]+\s+){0,5}?(?:[Ee]mbassy|[Cc]onsulate)\b)/g,
    stems: /storm|broke|break|forced|breach|besieg|overran|ransack|torch/i,
  },
];

/** A presence or build-up is a deployment only where the sentence says it grew or began. */
const PRESENCE_TRIGGER = /(?:presence|build-?ups?)$/i;
const GROWTH =
  /\b(?:(?:has|have|had)\s+(?:\w+ly\s+)?(?:been\s+)?(?:expanded|grown|increased|swelled|surged|intensified|accelerated|bolstered|reinforced|stepped up|doubled|tripled)|(?:began|started|got under way)\b)/i;

/** Where the last subordinate clause of `text` starts ("… since", "… after", "… because"), or 0. */
function lastSubordinateStart(text: string): number {
  let at = 0;
  for (const match of matchesOf(FACT_SUBORDINATOR, text)) at = match.index + match[0].length;
  // "The comparison is not Libya but the January 3 strike …": what "but" sets against the negation is asserted.
  for (const match of matchesOf(NOT_BUT, text)) at = Math.max(at, match.index + match[0].length);
  // "Tokyo did not join the coalition, and two patrol planes left for the region": a clause joined by ", and" with a
  // subject of its own is not under the first's negation (but stays under a condition: "if …, and the navy seizes …").
  for (const match of matchesOf(COORDINATE_CLAUSE, text)) if (!CONDITION_WORDS.test(text.slice(0, match.index))) at = Math.max(at, match.index + match[0].length);
  // "No one should forget, either, that the navy seized …": a fact a modal's verb presupposes.
  const factive = /\bthat\b/i.test(text) ? matchesOf(FACTIVE_THAT, text) : [];
  if (factive.length > 0) {
    at = Math.max(at, factive[factive.length - 1]!.index + factive[factive.length - 1]![0].length);
    // "…, or that the army struck the depot": the second fact of the same verb.
    for (const match of matchesOf(OR_THAT, text)) if (match.index > factive[0]!.index) at = Math.max(at, match.index + match[0].length);
  }
  return at;
}
const COORDINATE_CLAUSE = /,\s+(?:and|but)\s+(?=(?:the|two|three|four|five|six|seven|eight|nine|ten|\d+|an?|its|their)\s)/gi;
const CONDITION_WORDS = /\b(?:if|unless|whether|would|could|might|should|may|will|threat\w*|warn\w*)\b/i;
const NOT_BUT = /\b(?:is|was|are|were)\s+not\s+[^.;,]{1,60}?\s+but\s+(?!that\b)/gi;
const OR_THAT = /,?\s+(?:or|and)\s+that\s+/gi;
const FACTIVE_THAT = /\b(?:forget|forgets|forgot|forgotten|remember|remembers|recall|recalls|ignore|ignores|overlook|overlooks)\b(?:,?\s+(?:either|too|also|of course),?)?\s+that\s+/gi;
/** Subordinators that introduce a fact, not a condition ("if", "unless", "whether" stay hypothetical). */
const FACT_SUBORDINATOR = /\b(?:since|after|because|when|as|while|until|before)\s+/gi;

/** "… by an ASBM", "… by two ballistic missiles": what struck was a missile. */
const STRUCK_BY_MISSILE = /^by\s+(?:an?|one|two|three|\d+)?\s*(?:[\w-]+\s+){0,3}(?:missiles?|AS[BC]Ms?|rockets?)\b/i;

/** A sentence that is a fragment opening with a past participle, as bulletins write: "Struck by an ASBM …". */
const FRAGMENT_START = /^(?:Boarded|Seized|Struck|Hit|Attacked|Targeted|Rammed|Hijacked|Detained|Harassed|Approached|Fired upon|Diverted|Attempted)\b/;
/** A form's report field ("Event: Boarded by armed personnel …"): its record names the ship in a field above. */
const REPORT_LABEL = String.raw`(?:Event|Incident|Details?|Description|Summary|Narrative|Activity|Remarks)\s*:`;
const REPORT_FIELD = new RegExp(String.raw`^${REPORT_LABEL}\s`);
/** What may stand before a fragment's participle: nothing, or a report field's label. */
const FRAGMENT_LEAD = new RegExp(String.raw`^(?:${REPORT_LABEL}\s*)?$`);
/** A field of a form: a short label and a colon. */
const FORM_FIELD = /^[A-Z][\w/ -]{0,24}:\s/;

/** A clause that is a relative one: its pronoun stands for the noun just before it. */
/** Clauses that continue the one before ("…, which …", "…, closing to within 0.5 nm"): its companion word may stand there. */
const RELATIVE_START = /^(?:which|that|who|(?:closing|coming|approaching|passing|sailing)\b)/i;
/** "Ruritania's sudden drone and missile ": a possessor a few modifiers before a nominal trigger. */
/** "an Iranian missile barrage", "a US drone strike": a state's adjective (or short name) just before the act's noun. */
const STATE_ADJECTIVE_BEFORE = /\b(?:an?|the)\s+(\p{Lu}[\p{L}.-]*)\s+(?:(?:drone|missile|rocket|air|naval|cruise)\s+)?$/u;
/** A list item up to its year: "the Sea Wren in April 2029". */
const ITEM_TO_YEAR = /^[^,;.]{1,80}?\b\d{4}\b/;
/** Between two acts one clause tells in order: "… was followed five days later by …". */
// (And the other way round: "The missile attack followed a US drone strike …".)
const FOLLOWED_BY = /(?:\b(?:was|were)\s+|,\s*)followed\b[^.;]{0,40}?\bby\b|^\s+(?:(?:closely|quickly|shortly)\s+)?followed\s+(?:an?|the)\s+(?:[\w.-]+\s+){0,3}$/i;
const POSSESSOR_BEFORE = /([\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*){0,3})['’]s\s+(?:[\p{Ll}-]+\s+){0,4}$/u;

/** A cheap test before the triggers: every trigger needs one of these stems. */
const INCIDENT_WORDS =
  /shot|shoot|downed|striking|seiz|impound|campaign|offensive|surround|encircl|board|took|stop|halt|divert|commandeer|moved|moving|flew|flown|hijack|captur|detain|control of|harass|intercept|swarm|shadow|order|circl|approach|broadcast|aired|showed|unveil|display|parad|showcas|released|test|fire|firing|launch|strike|struck|bomb|attack|assault|hit|pound|deploy|dispatch|sent|send|presence|build|downing|destroyed|brought down|brings down|bring down|taken|took|wreck|rocked|knocked out|damag|tore through|ripped through|wave|salvo|volley|rammed|damaged by|carried out|announced|entered|sailed into|arrived in|assassinat|ambush|killed|killing of|held|rips through|tears through|sends|rush|moves|help|impede|block|damaged|came within|within|orbit|satellite|detention|capture|rappelled|abseiled|fast-roped|landed|torn into|tore into|fired on|interdicted|stopped|responded|retaliated|hit back|answered|stationed|parked|positioned|war on|war against|targeted|sabotage|approach by|approached by|cripple|power failure|arrive|departed|enters|stood up|approaches|destroys|descended|dropped|movement of|detains|airs|shows|unveils|displays|parades|explosion|blast|slammed|crashed|smashed|ploughed|plowed|aggression/i;
/** Rarer words of the same acts (an embassy stormed, drones that slam into a plant), tested where the common ones are absent. */
const RARE_INCIDENT_WORDS = /\b(?:followed|left|mining of|departed|sailed|slams? into|crash(?:es)? into|smash(?:es)? into|storm(?:ed|ing)|broke (?:into|through)|breaks? (?:into|through)|way into|breached|besieged|overran|ransacked|torched|holes in|slid down|martyrdom of)\b/i;

/** An airliner as what missiles were fired at: "at Example Airways Flight 123". */
const AIRLINER = /^\s*(?:\S+\s+){0,6}?(?:at|on|toward|towards)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:airliner|passenger (?:jet|plane|aircraft)|(?:Airlines?|Airways)\s+Flight|Flight\s+\d+)/i;

/** Before an actor that is no target: a place ("off", "Gulf of"), or who asked for the act ("at the request of"). */
const NOT_TARGET_BEFORE = new RegExp(String.raw`\b(?:near|close to|off|in|into|from|toward|towards)\s+(?:the\s+)?(?:(?:north|south|east|west|central)[\p{L}-]*\s+)?$|\b(?:Gulf|Sea|Strait|Straits|Coast) of\s+$|\b${REQUEST_NOUNS} of\s+(?:the\s+)?$`, "iu");
/** After one: the body whose rules were broken ("EU sanctions"), or who asked ("Washington's behest"). */
const SPEAKER_AFTER = /^\s+(?:said|says|reported|reports|announced|stated|claimed|claims|told)\b/;
// A state's border is where it happened ("near the Jordanian-Syrian border"), its border guards are not.
const NOT_TARGET_AFTER = new RegExp(String.raw`^\s+(?:sanctions|law|rules|regulations|embargo)\b|^(?:-\p{L}+)?\s+border\b(?!\s+(?:guards?|posts?|police|forces|troops|patrols?))|^['’]s\s+${REQUEST_NOUNS}\b`, "iu");

/** After a state's name: the company it qualifies ("US energy company Example", "a Greek shipping firm"). */
const COMPANY_AFTER = /^[\s-]+(?:[\w-]+\s+){0,2}?(?:company|companies|firm|firms|giant|major|conglomerate|operator|shipowner|owner|manager|insurer|refiner|trader)\b/i;

/**
 * Spans of words that look like a trigger but are not one ("carrier strike group", "struck a cautious tone"),
 * nor another incident: what became of an attack's missiles ("many of which were downed"), or an
 * attack counted ("the third time the militia has struck the base").
 */
const FALSE_TRIGGER =
  /\bstrike groups?\b|\b(?:agreement|deal|understanding|accord|bargain|compromise)\b[^.;,]{0,50}?\bstruck\b|\b(?:the|its|their|at|of|to|on)\s+bombed(?=\s+(?:[\w-]+\s+)?(?:sites?|facilit(?:y|ies)|plants?|buildings?|areas?|installations?)\b)|\bfrom\s+(?:seizing|boarding|detaining|capturing)\b|\b(?:suspend|halt|stop|end|paus|ceas|renounc)\w*\s+(?:its\s+|their\s+|all\s+|further\s+)*(?:attacks|strikes)(?:\s+(?:on|against))?\b|\bstruck (?:a|an) (?:\w+ ){0,2}(?:tone|deal|note|balance|chord|agreement|bargain|compromise)\b|\bsent (?:a |an )?(?:message|signal|letter|warning)\b|\bordered (?:the |an )?(?:investigation|review|sanctions?)\b|\b(?:all|most|many|some|almost all|nearly all|none|much)\s+of\s+which\s+(?:were|was)\s+(?:\w+\s+)?(?:shot down|intercepted|downed|destroyed)\b|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+time\s+(?:that\s+)?[^.;]{0,40}?\b(?:has|had|have)\s+(?:\w+\s+)?(?:struck|attacked|hit|fired|launched|seized|targeted)\b/gi;

/** Clauses that speak of what could, might or should happen: not a report of an incident. */
const HYPOTHETICAL = compilePattern(String.raw`\b(?:if|unless|could|might|${MODAL_MAY}|should|would|risk of|threat of|threatened to|warned|whether|any|avoid(?:ing)?|prevent(?:ing)?|deter(?:s|ring)?|(?:nearly|almost)\s+(?:led|leading)\s+to|not|neither|nor|never|nobody)\b`, "i");
const ADVICE = /\b(?:should|must|ought to|are (?:advised|urged|requested|reminded) to)\b/i;
// "an attack on X could cause …"; "the attacks on our ships … must stop": what an act would do, or a demand it end.
const MODAL_AFTER_NOUN = /^\s+(?:(?:on|against|of)\s+)?(?:[\w'’-]+\s+){0,7}?(?:(?:could|would|might|may(?!\s+\d))\s+(?!(?:not\s+)?have\b)|(?:had|has|have|need|needed)\s+to\s+(?:stop|end|cease|halt)\b|must\s+(?:stop|end|cease|halt)\b)/i;
const CONDITION_AFTER = /^[^;]{0,60}?\b(?:if|unless)\b/i;
/** The subject of "struck" is a missile: "an Example missile ", "a ballistic missile fired by the militia had ". */
// Also after an aside on who fired them: "rockets fired by the militia, a proxy of Ruritania, struck …".
const MISSILE_SUBJECT_BEFORE = /\b(?:missiles?|rockets?)\s+(?:of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3})?(?:(?:fired|launched)\s+(?:by|from)\s+(?:[^,;]{1,40}?|[^,;]{1,40}?,\s+[^,;]{1,50}?,)\s+)?(?:had\s+|has\s+|have\s+|also\s+)?$/iu;
/** "…, and seized some 900 rifles": arms taken from the boat just stopped. */
const ARMS_SEIZED_AFTER = /^[^.;]{0,120}?\band\s+(?:then\s+)?(?:seized|confiscated|recovered)\s+[^.;]{0,60}?\b(?:rifles|weapons|arms|missiles?|missile\s+components|drone\s+components|ammunition|munitions|explosives|warheads)\b/i;
/** "the president halted the planned raids on Ruritania", "called off the raids": an act stopped before it was done. */
const CALLED_OFF_BEFORE_NOUN = /\b(?:halted|halts|halting|called\s+off|calls\s+off|calling\s+off|aborted|aborts|cancell?ed|scrapped|scrubbed|stood\s+down)\s+(?:the\s+|planned\s+|a\s+)?(?:(?!(?:after|before|following|amid|over|because|due|since|when|as|by|in|on|for)\s)[\w-]+\s+){0,3}$/i;
/** "raids on coastal batteries were approved and then called off": an act named and then dropped, never done. */
const CALLED_OFF_AFTER_NOUN = /^\s+(?:(?:on|against)\s+)?(?:[\w'’-]+\s+){0,8}?(?:was|were|had been|have been|has been)\s+(?:(?:(?!,\s+(?:and|but|while)\b)[^.;]){0,60}?\s)?(?:called\s+off|cancell?ed|aborted|scrapped|scrubbed)\b/i;
/** A strike or attack named as a noun ("the strikes", "missile attacks"): may be a mere reference. */
const NOMINAL_TRIGGER = /^(?:(?:military|missile|rocket|drone|joint|preemptive|pre-emptive|air)\s+)?(?:air ?strikes?|strikes?|attacks?|bombing|bombardment|barrages?|salvos|salvoes|volleys|retaliation|downing|shoot-?downs?)\b/i;
/** The noun a done act's participle follows: "the container ship seized by …". */
const DONE_PARTICIPLE_HEAD = /\b(?<!\b(?:first|second|third|fourth|fifth|latest|last|only|another)\s+(?:[\w-]+\s+)?)(?:ship|vessel|tanker|freighter|dhow)s?\s+$/i;
/** An aside on how something was said, not a condition on the act: ", without providing any evidence,". */
/** An indirect question's modal ("asking how far it could push, from … to the downing of …"): no condition on the act after it. */
const HOW_FAR_QUESTION = /\bhow\s+(?:far|much|long|hard|close|high)\s+(?:[\w'’-]+\s+){1,3}?(?:could|would|might|can)\s+[\w-]+\b/gi;
/** A subject corrected in an aside, which negates no verb: "The Iranian Navy - the regular navy, not the Guards - seized". */
const NOT_THIS_ONE = /(?:,|\s-)\s+not\s+(?:the|an?|its|their)\s+[^,;.]{1,40}?(?=\s+-\s|,)/gi;
const WITHOUT_ASIDE = /,\s+without\s+(?:providing|offering|giving|citing|presenting)\s+[^,;]{1,40},/gi;
/**
 * A noun's own relative clause in the past, with its day: " on Example that began on 13 June", " that targeted the
 * sites on May 2", " that Ruritania launched against Example on Saturday night" or "in the early hours of Wednesday".
 */
const TOLD_WITH_DAY_AFTER = compilePattern(String.raw`^(?:\s+(?:(?:on|against)\s+)?[^,.;]{1,40}?)?\s+(?:that|which)\s+(?:(?:began|started|targeted|hit|struck|killed)\b|(?:\p{Lu}[\p{L}-]*\s+)?(?:launched|fired|carried\s+out|mounted|conducted)\b)[^.;,]{0,80}?\b(?:on|(?:in\s+)?the\s+(?:early\s+hours|morning|night|evening)\s+of)\s+(?:\d{1,2}\s+${MONTH_PATTERN}|${MONTH_PATTERN}\s+\d{1,2}\b|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)`, "iu");
/** An explosion told as a state's strike: "in what Tehran described as an Israeli strike", "were the result of a US strike". */
const DESCRIBED_AS_STRIKE = /^[^.;]{0,120}?\b(?:in\s+what\s+[^.;]{0,60}?\b(?:described|called|termed)\s+as|(?:were|was)\s+(?:the\s+(?:result|work)\s+of|caused\s+by))\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:Israeli|US|U\.S\.|American|British)\s+(?:air\s*|drone\s+|missile\s+)?(?:strikes?|attack|raid)\b/i;
const USED_IN_BEFORE = /\b(?:used|employed|deployed|launched|fired)\s+in\s+(?:the\s+|last\s+\w+['’]s\s+|(?:this|that)\s+\w+['’]s\s+)(?:[\w-]+\s+){0,2}$/i;
/** Verbs of a reaction to an act ("condemned", "defends"): NOT_THE_ACT_BEFORE's and REACTION_BEFORE's. */
const REACTION_STEMS = "condemn|denounc|justif|defend";
/** Verbs that order an act: it may not have been carried out ("approved strikes, then called them off"). */
const ORDER_STEMS = "approv|authori[sz]|order";
/**
 * Words that make a nominal trigger something other than a report of the act: a decision or a
 * reaction about it ("approved retaliatory strikes, then called them off", "announces the strikes",
 * "condemned the attacks"), or a reference back to it ("for their part in the rocket attacks").
 */
const NOT_THE_ACT_BEFORE = new RegExp(
  String.raw`\b(?:(?:${ORDER_STEMS}|consider|weigh|plan|prepar|threaten|announc|vow|promis|${REACTION_STEMS})\w*|call(?:s|ed|ing)? off|rul(?:es|ed|ing) out|learn(?:ed|t|s|ing)?\s+(?:of|about)|(?:hear|hears|heard|hearing)\s+(?:of|about)|(?:role|part|involvement|complicity|responsibility|retaliation|revenge|response)\s+(?:in|for|to)|involved\s+in|complicit\s+in|responsible\s+for|(?:blam|accus)\w*\s+(?:[\w'’-]+\s+){0,3}?(?:for|of)|following|in the wake of|in the aftermath of),?\s+(?:(?:the|a|an|its|their|his|her|new|further|possible|more|any|retaliatory|military|limited)\s+){0,3}(?:["“'‘]?[\w-]+(?:['’]s)?["”'’]?\s+){0,6}$`,
  "i",
);
/**
 * "Hours after the strikes, …": an act named only to place another in time, told elsewhere - unless
 * its own words date it or say what it did ("days after a drone strike killed the general").
 */
// (Also "In his address on the morning of the missile attack, …": the act as the time of something else.)
const ANCHORING_BEFORE = /\b(?:hours?|days?|weeks?|months?|minutes?)\s+(?:after|before)\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w.'’-]+\s+){0,3}$|\bon\s+the\s+(?:morning|evening|night|day|eve|afternoon)\s+of\s+the\s+(?:[\w.'’-]+\s+){0,2}$/i;
/** "On May 9, a day after Example strikes": a frame's day and an exact count back to the act named (see triggerDate). */
const COUNTED_FROM_FRAME_DAY = compilePattern(
  String.raw`\b(?:${MONTH_PATTERN}\s+\d{1,2}|\d{1,2}\s+${MONTH_PATTERN})(?:,\s+\d{4})?,\s+(?:a|an|one|${SPAN_COUNT_PATTERN})\s+(?:days?|weeks?)\s+after\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}$`,
  "iu",
);
/** A topic of talks named before an act's noun: "talks … on regional de-escalation and", "discussions about". */
// Also "messages carried on the group's attacks on ports": what the messages between delegations were about.
const TALKS_TOPIC_BEFORE =
  /\b(?:talks|discussions|negotiations|consultations)\b[^.;]*?\s(?:on|about|over|concerning|regarding|focused on)\s+(?:(?:[\w-]+\s+){1,3}and\s+)?$|\b(?:talks|messages|discussions|negotiations|delegations)\b[^.;]{0,80}\b(?:on|about|over|regarding)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$/i;
const OWN_PREDICATE_AFTER = /^\s+(?:[\w'’-]+\s+){0,6}?(?:killed|destroyed|hit|struck|wounded|damaged|targeted)\b/i;
/** "ordered the raid that killed …": what was ordered was done when its relative clause says what it did. */
const ORDERED_BEFORE = new RegExp(String.raw`\b(?:${ORDER_STEMS})\w*\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$`, "i");
const DONE_AFTER = /^[^.;]{0,60}?\b(?:that|which)\s+(?:killed|destroyed|hit|struck|wounded|damaged)\b/i;
/** "the assassination of a scientist by Israel", "…, which Ruritania blamed on Israel": a state named as the killer. */
const STATE_AGENT_AFTER = /^(?:[^;]{0,160}?,)?\s+(?:\w+ly\s+)?(?:attributed|blamed)\s+(?:to|on)\s+(?:the\s+)?(?:United States|U\.S\.|US|America|Israel)\b|^[^,;]{0,80}?\bby\s+(?:the\s+|an?\s+)?(?:United States|U\.S\.|US|America|Israel|American|Israeli|US-Israeli)\b|^[^;]{0,80}?,\s+(?:which|that)\s+(?:[\w-]+\s+){1,3}blamed\s+on\s+(?:the\s+)?(?:United States|U\.S\.|US|America|Israel)\b|^[^;]{0,160}?,\s+(?:which|that)\s+(?:is|was|has been|had been)\s+(?:\w+ly\s+)?(?:attributed|blamed)\s+(?:to|on)\s+(?:the\s+)?(?:United States|U\.S\.|US|America|Israel)\b|^[^;]{0,160}?,\s+(?:which|that)\s+(?:[\w-]+\s+){1,3}?attributed\s+to\s+(?:the\s+)?(?:United States|U\.S\.|US|America|Israel)\b/;
// (Also its means told after a colon: "launched its first direct attack on X: roughly 170 drones, more than 30 cruise missiles …".)
const ATTACK_WITH_MISSILES_AFTER = /^[^.;]{0,80}?(?:\bwith|:)\s+(?:[^.;]{0,90}?\s)?(?:ballistic\s+|cruise\s+)?(?:missiles|rockets)\b/i;
/**
 * "will not respond to the strike near Example early Friday", "vowed to avenge the 1 April strike": an act named as
 * what is answered happened, whatever is said of the answer. Not "respond to any attack" (a future one).
 */
const ANSWERED_BEFORE = /\b(?:(?:respond(?:ed|s|ing)?|react(?:ed|s|ing)?|retaliat(?:e|ed|es|ing)|repl(?:y|ied|ies|ying)|hit(?:ting)?\s+back)\s+(?:to|for|over|against)|aveng(?:e|ed|es|ing))\s+(?:the|its|their|this|that)\s+(?:(?!(?:any|another|future|further|new|more|possible|potential|next)\b)[\w-]+\s+){0,4}$/i;
const NOT_PREVENTED_BEFORE = compilePattern(String.raw`\b${FAILED_TO_PREVENT}\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}$|\b${FAILED_TO_PREVENT}\s+[^.;]{3,160}?,\s+(?:nor|or)\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,5}$`, "i");
/** "Israel's assassination of", "the US killing of", "the American regime assassinated", "the same administration assassinated": the killer's state, named before (any government kills as a state). */
const STATE_KILLER_BEFORE =
  /\b(?:Israel|the United States|America|Washington)['’]s\s+$|\b(?:US|U\.S\.|American|Israeli)\s+$|\b(?:American|US|U\.S\.|Israeli|Zionist)\s+(?:[\w-]+\s+){0,2}(?:regime|government|forces|military|army|administration|enemy)\s+$|\bthe\s+(?:same\s+|then\s+|previous\s+|current\s+)?(?:\p{Lu}[\p{L}-]+\s+)?(?:administration|government|regime)\s+$/u;
/** "was assassinated together with …, in a US missile strike near the coast": the killing's means, later in the sentence. */
const STATE_STRIKE_AFTER = /^([^;]{0,160}?)\bin\s+an?\s+(?:US|U\.S\.|American|Israeli|US-Israeli)\s+(?:drone\s+|air\s+|missile\s+)?(?:strike|airstrike|attack|raid)\b/;
/** "by the direct order of the American president", "by order of Jan Example" (a US or Israeli official): who ordered a killing. */
const BY_ORDER_OF = /\bby\s+(?:the\s+)?(?:direct\s+|personal\s+|express\s+)?orders?\s+of\s+(?:the\s+)?/i;
const STRIKING_STATES = new Set(["state:united-states", "state:israel"]);
function orderedByStriker(lookup: ActorLookup, dictionary: ActorDictionary, rest: string, restStart: number): boolean {
  const order = BY_ORDER_OF.exec(rest);
  if (!order) return false;
  const at = restStart + order.index + order[0].length;
  if (/^(?:US|U\.S\.|American|Israeli|Zionist)\b/.test(rest.slice(at - restStart))) return true;
  const first = lookup.within({ start: at, end: at + 40 })[0];
  if (first === undefined || first.start !== at) return false;
  const id = first.actorId.startsWith("state:") ? first.actorId : lookup.stateOf(first.actorId);
  if (id !== undefined) return STRIKING_STATES.has(id);
  // An official of the dictionary is known by the state whose office they held.
  return (dictionary.entries.get(first.actorId)?.roles ?? []).some((role) => role.of !== undefined && STRIKING_STATES.has(role.of));
}
const CARGO_OBJECT = /^\s+(?:(?:around|about|some|more than|nearly|roughly|over)\s+)?(?:[\d,.]+\s+(?:million\s+)?(?:barrels|tonnes|tons|litres|liters|gallons)\b|(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}(?:cargo(?:es)?|shipments?|consignments?|crude)\b(?!\s+(?:(?:oil|products?)\s+)?(?:ships?|vessels?|tankers?|carriers?|freighters?|boats?)\b))/i;
const AIRCRAFT_OBJECT = /^\s+(?:the|an?)\s+(?:[\w-]+\s+)?(?:aircraft|drone|UAV|plane|jet|helicopter|airliner)\b/i;
/** "patrol boats tried to order the freighter to stop": an attempt made, not an act only intended. */
// "US forces intervened to prevent the boats from seizing two tankers": an intervention made.
const ATTEMPTED_BEFORE = /\b(?:tried|attempted|sought|moved|intervened)\s+to\s+$/i;
const RELATIVE_PASSIVE_BEFORE = /\b(?:that|which)\s+(?:were|was|had been|have been|has been)\s+$/i;
const TALLY_BEFORE = /\b(?:an?\s+(?:string|spate|rash|litany|succession)|dozens|scores|hundreds)\s+of\s+(?:[\w-]+\s+)?$|\b(?:more than|over|at least|nearly|some)\s+\d{2,}\s+$/i;
const CHARACTERISATION_BEFORE = /^["“']?(?:This|That|It)\s+(?:was|is|were|are|had been|has been)\s+(?:not\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}$/;
/** What an act answered, named right after: "retaliation for the ", "in response to Example's ". */
/** "ballistic missile strikes on", "the missile attack that Ruritania launched": acts named by their missiles, not cruise missiles. */
const MISSILE_STRIKES = /(?<!\bcruise\s)\b(?:missile|rocket)\s+(?:strikes?|attacks?)\b/i;
/** Aircraft or drones beside missiles: "bombers and cruise missiles struck …" is an air strike, not a launch. */
const AIRCRAFT_WORDS = /\b(?:drones?|UAVs?|bombers?|jets?|warplanes?|aircraft)\b/i;
/** The aircraft right before "fired": "a Reaper drone fired", "US jets had fired". */
const AIRCRAFT_BEFORE = /\b(?:drones?|UAVs?|Reapers?|MQ-\d+\w*|jets|warplanes?|aircraft|bombers?|helicopters?|gunships?|F-\d+\w*s?)\s+(?:had\s+|then\s+|also\s+)?$/i;
/** Between two acts: the second in a "when" clause with a subject of its own ("…, when protesters stormed …"). */
const WHEN_OTHER_SUBJECT_BEFORE = /,\s+when\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){1,5}$/u;
const RETALIATION_FOR_BEFORE = /\b(?:retaliation|revenge|reprisal|response)\s+(?:for|to)\s+[^,;.]{0,40}$/i;
/** "in retaliation for the May 9 strike": a reference back to an act, which it dates by day. */
const DATED_REFERENCE =
  new RegExp(String.raw`(?:\b(?:the|an?|its|their)|\b[A-Z][\w-]*['’]s)\s+${FULL_MONTH}\s+\d{1,2}(?:,\s+\d{4})?\s+(?:[\w-]+\s+)?$|(?:\b(?:the|an?|its|their)|\b[A-Z][\w-]*['’]s)\s+\d{1,2}\s+${FULL_MONTH}(?:\s+\d{4})?\s+(?:[\w-]+\s+)?$`);
const DAY_AFTER =
  new RegExp(String.raw`\bon\s+(?:${FULL_MONTH}\s+\d{1,2}\b|\d{1,2}\s+${FULL_MONTH}\b)|^\s+of\s+(?:${FULL_MONTH}\s+\d{1,2}\b|\d{1,2}\s+${FULL_MONTH}\b)|\b(?:earlier|later) (?:this|that) month\b|\b(?:the\s+)?(?:same|previous|preceding)\s+day\b|\blast month\b|\b(?:a|one|two|three|four|five|six|seven|\d+)\s+(?:days?|weeks?)\s+earlier\b|\bin\s+(?:(?:early|mid|late)[\s-]+)?${FULL_MONTH}\b`);
const REFERENCE_BACK = /\b(?:(?:role|part|involvement|complicity|responsibility|retaliation|revenge|response)\s+(?:in|for|to)|following|in the wake of|in the aftermath of|involved\s+in|complicit\s+in|responsible\s+for|(?:blam|accus)\w*\s+(?:[\w'’-]+\s+){0,3}?(?:for|of))\s+[^,;]*$/i;
const CYBER = /\b(?:cyber|online|hack(?:ers|ing|ed)?|malware|computer systems?|networks? intrusion)\b/i;
const TALLY = /^\s+(?:more than\s+|over\s+)?(?:dozens|hundreds|scores|thousands|numerous|multiple|several|many|a number|a series|a string)\b|^(?:,?\s+(?:\w+\s+)?or\s+\w+|,\s+\w+)*\s+(?:nearly|almost|about|around|some|at least|more than|over|roughly)\s+(?:\d+|a dozen|two dozen|\w+ty)\s+(?:[\w-]+\s+){0,3}(?:vessels|ships|tankers|boats)\b/i;
/** Habits and counts of occasions, not one incident: "has repeatedly detained vessels", "attacked convoys more than 40 times". */
const HABITUAL_BEFORE = /\b(?:repeatedly|frequently|regularly|routinely|often|habitually|periodically)\s+$|\brepeated\s+(?:rounds\s+of\s+|waves\s+of\s+)$/i;
const TIMES_AFTER = /^[^.;]{0,120}?\b(?:more than|over|at least|nearly|some|about|dozens of)\s+(?:\d+|a dozen|\w+)\s+times\b/i;
/** "a week into the Israeli bombing campaign": a time inside a campaign, told to place another act. */
const INTO_CAMPAIGN_BEFORE = /\b(?:\w+\s+)?(?:days?|weeks?|months?)\s+into\s+(?:the|its|their|an?)\s+(?:[\w'’-]+\s+){0,3}$/i;

/** Acts counted within a span of time: "two commercial tankers in the space of a week". */
const COUNTED_IN_WINDOW = /^\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+){0,3}?(?:vessels|ships|tankers|boats|drones)\s+(?:in\s+the\s+space\s+of|within|in\s+(?:less|under)\s+than|in\s+as\s+many)\b/i;
const TALLY_SPAN = /\b(?:over|in|during) the (?:past|last) (?:\w+ )?(?:years?|months?|decades?)\b|\bin recent (?:years|months)\b|\bsince \d{4}\b|\bso far\b|\bto date\b|\bthis year\b/i;
/** A launch in a drill or exercise is a test of the weapon. */
const EXERCISE = /\b(?:drills?|exercises?|war ?games?|manoeuvres|maneuvers|test(?:s|ing)?)\b/i;
/** "by Syrian air defences" after a passive verb, up to where the place or time starts. */
/** "… by Syrian air defences", also after where it happened: "was shot down over Syria by a missile fired by rebel forces". */
const PASSIVE_AGENT = /^(?:\s+(?:over|in|near|off|above)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}-]*)?|\s+from\s+(?:an?\s+|the\s+)?(?:helicopters?|boats?|aircraft|ships?|vessels?))?\s+by\s+(?:(?!\s(?:over|in|near|off|above|at|on|from|after|shortly|while|as)\s)[^,;])*/u;
/** A denial of having had a part in an act named after it. */
/** "defended the seizure of", "condemned the": a reaction to an act named after it. */
const REACTION_BEFORE = new RegExp(String.raw`\b(?:${REACTION_STEMS}|protest|critici[sz])(?:ied|ies|ed|es|s)?\s+(?:the\s+|its\s+|their\s+|Iran['’]s\s+)?$`, "i");
// "On Friday, the Treasury blacklisted eight officials it said were linked to the missile attack": the act already
// told, named by what someone is tied to.
const DENIED_PART_IN = new RegExp(
  String.raw`\b(?:denied|denies|denying|rejected|rejects)\s+(?:any\s+|all\s+)?(?:involvement|role|part|responsibility|hand)\s+(?:in|for)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}$|\b(?:linked|tied|connected)\s+to\s+the\s+(?:[\w-]+\s+){0,2}$|${REACTION_BEFORE.source}`,
  "i",
);
/**
 * "comes weeks after the ministry sent …": the trigger's act placed weeks or months from the sentence's. Not
 * days: an undated act "days after" another may still be one the document dates elsewhere.
 */
const UNDATED_OTHER_TIME = /\b(?:weeks|months)\s+(?:after|before)\s[^,;]*$/i;
/** "two weeks after", "days before": a second act in the sentence placed at another time. */
const ANOTHER_TIME = /\b(?:hours|days?|weeks?|months?|years?)\s+(?:after|before|earlier|later)\b|\b(?:later|earlier)\s+that\s+(?:day|week|month)\b/i;
/** A second act's own time, counted from the first's: " on the sites later that month", " the next day". */
const DAY_OF_MONTH = String.raw`(?:${FULL_MONTH}\s+\d{1,2}\b|\d{1,2}\s+${FULL_MONTH})`;
/**
 * "Mines damaged four ships off Example on May 12, and two more tankers … were hit by explosions … on June 13": two
 * acts, each told with its own day (the first's before ", and", the second's after its verb).
 */
const OWN_DAY_THEN_AND = new RegExp(String.raw`\b(?:on|in)\s+${DAY_OF_MONTH}(?:,\s+\d{4})?,\s+and\s+[^;]{1,120}$`);
const OWN_DAY_AFTER = new RegExp(String.raw`^[^.;,]{0,80}?\bon\s+${DAY_OF_MONTH}`);
const OWN_LATER_TIME = /^[^.;,]*?\b(?:(?:later|earlier)\s+that\s+(?:day|week|month)|the\s+(?:following|next)\s+(?:day|week|month)|(?:a|one|two|three|four|five|six|seven|\d+)\s+(?:days|weeks)\s+later)\b/i;
/** A clause that places its act hours from the main clause's: "…, hours after rebel drones struck …" (up to the trigger). */
const RELATED_TIME_CLAUSE = /^(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a few)\s+)?hours\s+(?:after|before)\s[^,;]*$/i;
const DRILL = /\b(?:drills?|exercises?|war ?games?|manoeuvres|maneuvers)\b/i;
const PRACTICE_TARGET = /^\s+(?:(?:the\s+)?(?:mock|simulated|dummy|practice|designated|notional|imaginary)\s+)?targets?\b(?!\s+(?:in|on|at|inside|across)\s+\p{Lu})|^[^.;]{0,60}\b(?:mock|simulated|dummy|practice)\s+(?:targets?|enemy|bases?|positions?)\b/iu;
/** Subordinating words: the subject of the trigger's verb starts after the last one ("… ended when Israel attacked"). */
const KILLED_IN = /\b(?:(?:was|were)\s+(?:killed|wounded)|(?:killing|wounding|deaths?)\s+of)\s+(?:[\w,]+\s+){0,4}?(?:in|by)\s+(?:an?\s+)?(\S+)\s+(?:drone\s+|air\s+)?$/i;
const SUBORDINATOR = /\b(?:when|after|before|as|because|since|until|once|while|where)\s+/gi;
/** "The carrier group, which the Pentagon ordered to the region": the force is the relative pronoun's noun. */
const OBJECT_RELATIVE_BEFORE = /,\s+(?:which|that)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){1,3}$/u;
/** "the war that Ruritania opened", "the campaign which the Alliance began": a relative pronoun before its own subject. */
const OBJECT_RELATIVE = /\b(?:that|which|whom)\s+(?=(?:the\s+)?\p{Lu})/gu;
/** ", two days before …", ", hours after …": a time appositive about something else, which ends the place. */
const TIME_APPOSITIVE = /,\s+(?:[\w-]+\s+){0,3}?(?:before|after|when|ahead of|on the eve of)\b/i;

const PASSIVE_BEFORE = /\b(?:be|been|being|was|were|is|are)\s+$/i;
/** "announced that 1,000 troops would be sent": a decision reported, so planned rather than hypothetical. */
const ANNOUNCED_FUTURE = /\b(?:announced|announces|said|says|confirmed|confirms|ordered|orders|decided)\s+(?:that\s+)?(?:[^,;]|,(?=\d)){0,100}\b(?:would|will)\s+(?:be\s+|now\s+)?$/iu;

const FUTURE = /\b(?:will|plans? to|planning to|is set to|are set to|is expected to|are expected to|intends? to)\b/i;

const REPORTING_RE = compilePattern(`\\b(?:${REPORTING_VERB}|denied|denies|stated that)\\b${NOT_A_NOUN_AFTER}`, "giu");

const CASUALTY_DESCRIPTION = compilePattern(
  String.raw`(?:(?:over|more than|at least|about|around|nearly|almost|some|roughly|up to)\s+)?(?:(?:a|one)\s+)?(?:(?:${COUNT_PATTERN}|hundreds|thousands|dozens)\s+(?:of\s+)?)?(?:thousand|hundred|dozen|hundreds|thousands|dozens)?\s*(?:casualties|deaths|dead|fatalities)`,
  "iu",
);
/** A count that is not a day of a month ("March 1 killed…"). */
const NOT_A_DAY = String.raw`(?<!(?:${FULL_MONTH}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s)`;
/** "killed 12 people" is read before "12 people were killed", which a date could fake. */
const KILLED = [
  compilePattern(String.raw`\bkill(?:ed|ing)\s+(?:at least\s+|all\s+)?(${COUNT_PATTERN})\b`, "iu"),
  compilePattern(String.raw`${NOT_A_DAY}\b(${COUNT_PATTERN})\s+(?:[\w-]+\s+){0,2}(?:were\s+|was\s+)?killed\b`, "iu"),
  // "16 people, including civilians, were killed".
  compilePattern(String.raw`${NOT_A_DAY}\b(${COUNT_PATTERN})\s+(?:[\w-]+\s+)?[\w-]+,\s+including\s+[^,.;]{1,40},\s+(?:were|was)\s+killed\b`, "iu"),
];
const INJURED = [
  compilePattern(String.raw`\b(?:injur|wound)(?:ed|ing)\s+(?:at least\s+)?(${COUNT_PATTERN})\b`, "iu"),
  compilePattern(String.raw`${NOT_A_DAY}\b(${COUNT_PATTERN})\s+(?:[\w-]+\s+){0,2}(?:were\s+|was\s+)?(?:injured|wounded)\b`, "iu"),
];

/** A ship the actors know is named in the span ("the Sea Wren … was taken"): as good as a ship noun. */
function namesVessel(lookup: ActorLookup, span: Span): boolean {
  return lookup.within(span).some((mention) => mention.actorId.startsWith("vessel:"));
}

/** A ship the actors know named at `at`, after "the" ("… took the Sea Wren"); a ship that sails on ("took the Sea Wren through …") is not taken. */
function vesselNamedAt(lookup: ActorLookup, sentence: Sentence, at: number): boolean {
  const first = lookup.within({ start: at, end: Math.min(sentence.end, at + 60) })[0];
  if (!first?.actorId.startsWith("vessel:")) return false;
  return /^(?:the\s+)?$/.test(sliceOf(sentence, { start: at, end: first.start })) && !/^\s+(?:through|across|out|home|back|on|into\s+service|to\s+sea)\b/.test(sliceOf(sentence, { start: first.end, end: Math.min(sentence.end, first.end + 20) }));
}

/** Every incident a document reports, one candidate per triggering clause. */
export function extractIncidents(source: DocumentContext, actors: ActorIndex, dictionary: ActorDictionary): IncidentCandidate[] {
  const ctx = assertedContext(source);
  const lookup = new ActorLookup(actors);
  const reporters = reportersOf(actors);
  const out: IncidentCandidate[] = [];
  const unnamedAttacks = new Set<IncidentCandidate>();
  for (const whole of ctx.sentences) {
    // Section headings report nothing; a table row ("| 04 Mar | Red Sea | Four fast attack craft …"), short and unpunctuated, does.
    if ((whole.heading && !whole.text.includes(" | ")) || !(INCIDENT_WORDS.test(whole.text) || RARE_INCIDENT_WORDS.test(whole.text))) continue;
    const sentence = assertedPart(ctx.sentences, whole);
    if (!sentence) continue;
    const sentenceStart = out.length;
    const triggerOf = new Map<IncidentCandidate, { text: string; at: number }>();
    const conjuncts = new Set<IncidentCandidate>();
    const blocked = matchesOf(FALSE_TRIGGER, sentence.text).map((m) => spanOf(sentence, m.index, m[0].length));
    const taken: Span[] = [];
    /** The acts read so far in the sentence: where their trigger stands, and what kind of act each is. */
    const acts: { at: Span; kind: IncidentKind }[] = [];
    // A bulletin's entry names the ship in its first line and reports in fragments ("Boarded from a
    // helicopter and seized by armed men …"): such a fragment may take its companion word from there.
    const entryLines = entryLinesOf(ctx.sentences, whole, sentence);
    const entryNeeds = (needs: TextTest) => entryLines.some((line) => needs.test(line.text));
    // One incident of a kind per sentence and date: "sent a destroyer in March, … said on Monday it was
    // sending jets" is two deployments, a kind repeated on the same date is one.
    const kinds = new Map<string, number>();
    // "Ruritania's raids in May and Example's strikes on the depots later that month": a second act joined by "and",
    // with a time of its own counted from the first's (whichever of the two was read first).
    const joinedWithOwnTime = (first: Span, second: Span) => {
      const between = sliceOf(sentence, { start: first.end, end: second.start });
      const after = sliceOf(sentence, { start: second.end, end: Math.min(sentence.end, second.end + 80) });
      return (/\band\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,3}$/u.test(between) && OWN_LATER_TIME.test(after)) || (OWN_DAY_THEN_AND.test(between) && OWN_DAY_AFTER.test(after));
    };
    for (const trigger of TRIGGERS) {
      if ((trigger.needs && !trigger.needs.test(sentence.text) && !entryNeeds(trigger.needs) && !(trigger.needs === VESSEL_WORDS && namesVessel(lookup, sentence))) || (trigger.stems && !trigger.stems.test(sentence.text))) continue;
      for (const match of matchesOf(trigger.re, sentence.text)) {
        const span = spanOf(sentence, match.index, match[0].length);
        if (blocked.some((b) => b.start <= span.start && b.end >= span.end)) continue;
        if (trigger.vesselNext && !vesselNamedAt(lookup, sentence, span.end)) continue;
        let clause = clauseAround(sentence, span);
        if (trigger.conjunct) clause = { start: span.start, end: Math.max(clause.end, span.end) };
        if (trigger.item) clause = { start: span.start, end: span.start + (ITEM_TO_YEAR.exec(sliceOf(sentence, { start: span.start, end: sentence.end }))?.[0].length ?? span.end - span.start) };
        let relativeClause = false;
        // Words another trigger has already read as an act are that act ("were hit by explosions" is not also a strike).
        if (acts.some(({ at }) => at.start < span.end && at.end > span.start)) continue;
        // "the killing of X in a US drone strike … was followed five days later by an Iranian missile barrage": two acts
        // one clause tells in sequence.
        // So do two acts joined by "and", the second with a time of its own (see `joinedWithOwnTime`).
        const sequenced = acts.some(
          ({ at: t, kind: earlierKind }) =>
            FOLLOWED_BY.test(sentence.text.slice(Math.min(t.end, span.end) - sentence.start, Math.max(t.start, span.start) - sentence.start)) ||
            joinedWithOwnTime(t.end <= span.start ? t : span, t.end <= span.start ? span : t) ||
            // "… fired 40 rockets, an attack it called retaliation for the May 2 raid on its embassy": the act
            // answered, dated by its own day.
            (t.end <= span.start && RETALIATION_FOR_BEFORE.test(sliceOf(sentence, { start: t.end, end: span.start })) && DATED_REFERENCE.test(sliceOf(sentence, { start: t.end, end: span.start }))) ||
            // "… ordered troops to Example Port, on top of those sent on New Year's Eve, when a crowd stormed the embassy".
            // (Not a missile attack retold as a strike: "fired missiles at the base …, when the Guards struck it".)
            (t.end <= span.start && !(trigger.kind === "strike" && earlierKind === "missile-launch") && WHEN_OTHER_SUBJECT_BEFORE.test(sliceOf(sentence, { start: Math.max(t.end, span.start - 80), end: span.start }))),
        );
        if (!sequenced && taken.some((t) => t.start < span.end && t.end > span.start)) {
          // "… beside the destroyer squadron and a fighter wing that were rushed to the region in
          // March": a relative clause in the passive reports an act of its own, from its pronoun on.
          const relative = RELATIVE_PASSIVE_BEFORE.exec(sliceOf(sentence, { start: Math.max(sentence.start, span.start - 24), end: span.start }));
          if (!relative) continue;
          clause = { start: span.start - relative[0].length, end: clause.end };
          relativeClause = true;
        }
        // A trigger's companion word must be in its own clause ("drone" for a shoot-down); a boarding
        // matched only with an order to sail already says a ship was taken.
        if (trigger.needs && !entryNeeds(trigger.needs) && !/^boarded$/i.test(match[0]) && !trigger.needs.test(sliceOf(sentence, clause)) && !(trigger.needs === VESSEL_WORDS && namesVessel(lookup, clause)) && !(RELATIVE_START.test(sliceOf(sentence, clause)) && trigger.needs.test(sliceOf(sentence, { start: Math.max(sentence.start, clause.start - 60), end: clause.start })))) continue;
        // The forces follow the verb ("sent 1,000 troops") or, in the passive, precede it ("troops would be sent").
        // So do they in a reduced relative: "The aircraft carrier USS Example, ordered to the region by …".
        const forcesBefore = sliceOf(sentence, { start: Math.max(sentence.start, span.start - 80), end: span.start });
        if (trigger.kind === "deployment" && !trigger.namesForce && !FORCE_WORDS.test(sliceOf(sentence, { start: span.end, end: clause.end })) && !(PASSIVE_BEFORE.test(sliceOf(sentence, { start: clause.start, end: span.start })) && FORCE_WORDS.test(sliceOf(sentence, { start: clause.start, end: span.start }))) && !(/^(?:ordered|sent|dispatched|deployed|redeployed|rushed|moved)$/i.test(match[0]) && (/,\s*$/.test(forcesBefore) || relativeClause || OBJECT_RELATIVE_BEFORE.test(forcesBefore)) && FORCE_WORDS.test(forcesBefore)) && !(/^(?:move|moves|moving|moved|deployed|redeployed)$/i.test(match[0]) && /^\s+(?:from|to|into|towards?)\s/i.test(sliceOf(sentence, { start: span.end, end: clause.end })) && FORCE_WORDS.test(sliceOf(sentence, { start: clause.start, end: span.start })))) continue;
        // "a drone fired missiles at a convoy": missiles an aircraft fires make an air strike.
        const kind = trigger.kind === "missile-launch" && /^fired$/i.test(match[0]) && AIRCRAFT_BEFORE.test(sliceOf(sentence, { start: Math.max(clause.start, span.start - 40), end: span.start })) ? "strike" : trigger.kind;
        const candidate = readIncident(ctx, sentence, span, clause, kind, lookup, dictionary, reporters);
        if (!candidate) continue;
        taken.push(clause);
        acts.push({ at: span, kind: candidate.kind });
        const key = `${candidate.kind} ${candidate.date}`;
        const previous = kinds.get(key);
        // "… seized the Sea Wren two weeks after commandos helped detain a freighter": an act
        // placed weeks before or after the other is another act, even where both read as one month.
        if (previous !== undefined && !ANOTHER_TIME.test(sentence.text.slice(previous - sentence.start, span.start - sentence.start)) && !OWN_LATER_TIME.test(sliceOf(sentence, { start: span.end, end: Math.min(sentence.end, span.end + 80) }))) continue;
        kinds.set(key, span.end);
        out.push(candidate);
        triggerOf.set(candidate, { text: match[0], at: span.start });
        if (trigger.conjunct) conjuncts.add(candidate);
        if (candidate.kind === "strike" && /\battacks?\b/i.test(match[0]) && !STRIKE_MEANS.test(sliceOf(sentence, clause))) unnamedAttacks.add(candidate);
      }
    }
    mergeStrikeAndLaunch(out, sentenceStart, triggerOf, sentence);
    // "The navy seized the Example Star … and the Sea Wren … six days later": the conjunct's act is the same subject's.
    for (const candidate of out.slice(sentenceStart)) {
      if (!conjuncts.has(candidate) || candidate.initiators.length > 0) continue;
      const main = out.slice(sentenceStart).find((c) => c !== candidate && c.kind === candidate.kind && !conjuncts.has(c));
      if (main) candidate.initiators = main.initiators;
    }
  }
  launchesNamedAsAttacks(out, unnamedAttacks);
  return out;
}

/** What makes an attack a strike rather than a launch: aircraft, drones, bombs or a raid. */
const STRIKE_MEANS = /\b(?:air|aerial|jets?|warplanes?|aircraft|bombers?|bomb\w*|drones?\b(?!\s+and\s+(?:ballistic\s+|cruise\s+)?missiles)|UAVs?|raids?|commandos?|ground|cyber)\b/i;

/**
 * "Ruritania launched its first direct attack on Example over the weekend", in a report that also tells the missiles it
 * fired that night: an attack whose means the sentence does not name is the launch by the same state on those days,
 * so the merge makes them one act.
 */
function launchesNamedAsAttacks(out: IncidentCandidate[], unnamedAttacks: Set<IncidentCandidate>): void {
  for (const attack of unnamedAttacks) {
    if (attack.date === undefined || attack.initiators.length === 0) continue;
    const launch = out.find((c) => c.kind === "missile-launch" && c.date !== undefined && c.mode === attack.mode && c.initiators.some((i) => attack.initiators.includes(i)) && datesOverlap(c.date, attack.date!));
    if (launch) attack.kind = "missile-launch";
  }
}

/**
 * One state's strike and missile launch on one day, told in one sentence, are one act. "Bombers struck
 * two sites while a submarine fired cruise missiles at a third": the missiles are part of the strike.
 * "launched an attack on X, firing 200 missiles": the missiles say what the attack was.
 */
function mergeStrikeAndLaunch(out: IncidentCandidate[], from: number, triggers: Map<IncidentCandidate, { text: string; at: number }>, sentence: Sentence) {
  const launchAfter = (strike: IncidentCandidate, launch: IncidentCandidate) => (triggers.get(launch)?.at ?? 0) > (triggers.get(strike)?.at ?? 0);
  // "Bombers dropped bombs on two sites, while a U.S. submarine launched missiles at a third": a launch joined to a
  // strike no one is named for by "while" is that strike's other half, whoever the launch's clause names.
  const whileJoined = (strike: IncidentCandidate, launch: IncidentCandidate) =>
    strike.initiators.length === 0 &&
    launchAfter(strike, launch) &&
    /\bwhile\b/i.test(sliceOf(sentence, { start: triggers.get(strike)!.at, end: triggers.get(launch)!.at }));
  // A launch told after the strike whose clause names no one ("…, and a submarine fired cruise missiles at a
  // third") is the strike's; not one told before it ("A rocket attack … killed a contractor, and jets struck …").
  const sameAct = (strike: IncidentCandidate, launch: IncidentCandidate) =>
    strike.date !== undefined &&
    strike.date === launch.date &&
    (strike.initiators.some((id) => launch.initiators.includes(id)) || (launch.initiators.length === 0 && launchAfter(strike, launch)) || whileJoined(strike, launch));
  // "The Guards launched 16 missiles from three sites; 11 struck the air base": a strike told after the launch, by
  // no one of its own, is where the missiles landed.
  const landing = (strike: IncidentCandidate, launch: IncidentCandidate) =>
    strike.date === launch.date && strike.initiators.length === 0 && (triggers.get(strike)?.at ?? 0) > (triggers.get(launch)?.at ?? 0);
  const strikes = out.slice(from).filter((i) => i.kind === "strike");
  const launches = out.slice(from).filter((i) => i.kind === "missile-launch");
  const dropped = new Set<IncidentCandidate>();
  for (const strike of strikes) {
    for (const launch of launches) {
      if (landing(strike, launch)) {
        if (launch.targets.length === 0) launch.targets = strike.targets;
        if (!launch.location.place && !launch.location.waterBody && !launch.location.country) launch.location = strike.location;
        dropped.add(strike);
        continue;
      }
      if (!sameAct(strike, launch)) continue;
      const describes = /\b(?:attacks?|war|offensive|campaign)\b/i.test(triggers.get(strike)?.text ?? "") && /^(?:firing|launching)$/i.test(triggers.get(launch)?.text ?? "");
      if (describes) {
        // What the attack was on is what the missiles were fired at.
        if (launch.targets.length === 0) launch.targets = strike.targets;
        if (!launch.location.place && !launch.location.waterBody && !launch.location.country) launch.location = strike.location;
      }
      dropped.add(describes ? strike : launch);
    }
  }
  for (let i = out.length - 1; i >= from; i--) if (dropped.has(out[i]!)) out.splice(i, 1);
}

/**
 * The lines a fragment may take its companion word from: the line before a fragment in its paragraph,
 * or the fields above a form's report field ("Vessel: SEA EXAMPLE (Liberia)").
 */
function entryLinesOf(sentences: Sentence[], whole: Sentence, sentence: Sentence): Sentence[] {
  if (REPORT_FIELD.test(whole.text)) {
    const fields: Sentence[] = [];
    for (let i = whole.index - 1; i >= 0 && fields.length < 6 && FORM_FIELD.test(sentences[i]!.text); i--) fields.push(sentences[i]!);
    return fields;
  }
  const previous = sentences[whole.index - 1];
  return FRAGMENT_START.test(sentence.text) && previous !== undefined && previous.paragraph === whole.paragraph ? [previous] : [];
}

function readIncident(
  ctx: DocumentContext,
  sentence: Sentence,
  trigger: Span,
  clause: Span,
  kind: IncidentKind,
  lookup: ActorLookup,
  dictionary: ActorDictionary,
  reporters: Set<ActorId>,
): IncidentCandidate | undefined {
  const clauseText = sliceOf(sentence, clause);
  const beforeTrigger = sliceOf(sentence, { start: clause.start, end: trigger.start });
  // "The navy has detained dozens of trawlers over the past decade": a tally, not an incident.
  if (TALLY.test(sliceOf(sentence, { start: trigger.end, end: clause.end })) && TALLY_SPAN.test(sentence.text)) return undefined;
  // "… met in Geneva on June 20, even as Israeli strikes continued", "a week into the bombing campaign": a campaign told as
  // the backdrop of another act, not dated by it.
  const beforeSentence = sliceOf(sentence, { start: sentence.start, end: trigger.start });
  if ((AS_A_TIME_BEFORE.test(beforeSentence) && AS_A_TIME_AFTER.test(sliceOf(sentence, { start: trigger.end, end: sentence.end }))) || INTO_CAMPAIGN_BEFORE.test(beforeSentence)) return undefined;
  // "Iranian forces have seized two commercial tankers in the space of a week": the acts counted, each told on its own.
  if (/\b(?:has|have)\s+$/i.test(beforeTrigger) && COUNTED_IN_WINDOW.test(sliceOf(sentence, { start: trigger.end, end: clause.end }))) return undefined;
  if (HABITUAL_BEFORE.test(beforeTrigger) || TIMES_AFTER.test(sliceOf(sentence, { start: trigger.end, end: clause.end }))) return undefined;
  const announcedFuture = kind === "deployment" && ANNOUNCED_FUTURE.test(sliceOf(sentence, { start: sentence.start, end: trigger.start }));
  // "hopes to visit the sailors of the freighter seized by Example": a participle after its noun tells a done act,
  // whatever the main clause's tense or mood (its agent follows "by", below).
  const doneParticiple = /^(?:seized|detained|captured|hijacked|impounded)$/i.test(sliceOf(sentence, trigger)) && DONE_PARTICIPLE_HEAD.test(beforeTrigger);
  // A conditional or a threat governs only its own clause: in "officials had threatened to hit back since
  // commandos helped seize the freighter" the seizure after "since" is a fact.
  const ownPart = lastSubordinateStart(beforeTrigger);
  // An act named as the object of a threat or a reaction ("threatened to hit back over the detention of
  // the freighter") happened, whatever the threat says.
  const namedAsCause = /^(?:seizure|detention|downing|shoot-?down) of$/i.test(sliceOf(sentence, trigger)) && /\b(?:for|over|after|since)\s+(?:the\s+|its\s+|their\s+)?$/i.test(beforeTrigger);
  // So did one its own relative clause tells in the past with a day ("warned against the repercussions of the attacks
  // that began on 13 June 2031"), whatever is said of it (a reaction, below).
  const toldWithItsDay = NOMINAL_TRIGGER.test(sliceOf(sentence, trigger)) && TOLD_WITH_DAY_AFTER.test(sliceOf(sentence, { start: trigger.end, end: Math.min(sentence.end, trigger.end + 120) }));
  // "It did not prevent the drone strike on Tower 22 on 28 January": an act that happened all the same.
  const notPrevented = NOT_PREVENTED_BEFORE.test(beforeTrigger);
  const answered = NOMINAL_TRIGGER.test(sliceOf(sentence, trigger)) && ANSWERED_BEFORE.test(beforeTrigger);
  if (!announcedFuture && !namedAsCause && !toldWithItsDay && !doneParticiple && !notPrevented && !answered && (HYPOTHETICAL.test(beforeTrigger.slice(ownPart).replace(WITHOUT_ASIDE, "").replace(RELATIVE_ASIDE, ",").replace(HOW_FAR_QUESTION, "").replace(NOT_THIS_ONE, "")) || (/^\s*(?:to|not)\b/i.test(sliceOf(sentence, { start: trigger.start - 4, end: trigger.start })) && !ATTEMPTED_BEFORE.test(beforeTrigger)))) {
    return undefined;
  }
  // Advice about a case ("Owners whose ships are detained should inform their insurer"): no act reported.
  if (/\b(?:are|is)\s+$/i.test(beforeTrigger) && ADVICE.test(sentence.text)) return undefined;
  const triggerText = sliceOf(sentence, trigger);
  // "an attack on the Example plant could cause …", "there will be strikes if the government does not yield": an act
  // named as the subject of a modal, or promised on a condition, is not reported as done.
  const afterTrigger = sliceOf(sentence, { start: trigger.end, end: clause.end });
  if (NOMINAL_TRIGGER.test(triggerText) && (MODAL_AFTER_NOUN.test(afterTrigger) || CALLED_OFF_AFTER_NOUN.test(afterTrigger) || CALLED_OFF_BEFORE_NOUN.test(beforeTrigger) || (/\b(?:will|would)\b/i.test(beforeTrigger) && CONDITION_AFTER.test(afterTrigger)))) return undefined;
  // "no talks while the bombing continues": an act going on, named as a condition, is no one act.
  if (NOMINAL_TRIGGER.test(triggerText) && /^\s+(?:continued|continue|continues|persisted|persist|went on|go on)\b/i.test(afterTrigger) && /\b(?:while|as long as|until|so long as)\s+(?:[\w-]+\s+){0,2}$/i.test(beforeTrigger)) return undefined;
  if (PRESENCE_TRIGGER.test(triggerText) && (!GROWTH.test(sentence.text) || ctx.datesIn(sentence).length === 0)) return undefined;
  // "a court had ordered the seizure of the tanker": an order to take a ship, not its taking.
  if (kind === "vessel-seizure" && /^(?:seizure|detention|capture) of$/i.test(triggerText) && ORDERED_BEFORE.test(beforeSentence) && !DONE_AFTER.test(afterTrigger)) return undefined;
  // A reference back to an act ("a response to the militia's barrage … fired at the base on 3 May", "retaliation for
  // a rocket attack two days earlier") is still that act, when it dates it by day: background at day precision is an event.
  const datedAfter = () => DAY_AFTER.test(sliceOf(sentence, { start: trigger.end, end: Math.min(clause.end, trigger.end + 80) }));
  if (
    NOMINAL_TRIGGER.test(triggerText) &&
    NOT_THE_ACT_BEFORE.test(beforeSentence) &&
    !toldWithItsDay &&
    !(ORDERED_BEFORE.test(beforeSentence) && DONE_AFTER.test(afterTrigger)) &&
    !(REFERENCE_BACK.test(beforeSentence) && (DATED_REFERENCE.test(beforeSentence) || datedAfter())) &&
    // "had vowed revenge since an air strike on April 1 destroyed the consulate": the act told in a clause of its own, with its day.
    !(/\b(?:since|after|when)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$/i.test(beforeTrigger) && datedAfter() && OWN_PREDICATE_AFTER.test(afterTrigger))
  )
    return undefined;
  if (NOMINAL_TRIGGER.test(triggerText) && ANCHORING_BEFORE.test(beforeSentence) && !OWN_PREDICATE_AFTER.test(afterTrigger) && !datedAfter() && !COUNTED_FROM_FRAME_DAY.test(beforeSentence)) return undefined;
  // "You cannot negotiate while you are being bombed": anyone's, no one act.
  if (/\byou\s+(?:are|were|get)\s+(?:being\s+)?$/i.test(beforeTrigger)) return undefined;
  // "held indirect talks in Oslo … on regional de-escalation and attacks on U.S. forces": attacks as what was discussed;
  // "rockets used in the attack on X": an act referred to, as what weapons served in, not told here.
  if (NOMINAL_TRIGGER.test(triggerText) && (TALKS_TOPIC_BEFORE.test(beforeSentence) || USED_IN_BEFORE.test(beforeSentence))) return undefined;
  // "the assassination of a general by the United States", "was assassinated … in a US missile strike", "Israel's
  // assassination of …", "the US government assassinated …": a state's killing is a strike.
  if (kind === "other" && /^(?:assassinat|killing of|martyrdom of)/i.test(triggerText)) {
    const rest = sliceOf(sentence, { start: trigger.end, end: sentence.end });
    if (STATE_KILLER_BEFORE.test(beforeSentence) || STATE_AGENT_AFTER.test(rest) || STATE_STRIKE_AFTER.test(rest) || orderedByStriker(lookup, dictionary, rest, trigger.end)) kind = "strike";
    // "the martyrdom of Example, by the direct order of the mayor": a death only a state's order makes a strike.
    else if (/^martyrdom/i.test(triggerText)) return undefined;
  }
  // "the sabotage attack that hit the pumping station": an attack whose author the text does not name is no strike.
  if (kind === "strike" && ((/\b(?:sabotage|(?:limpet\s+)?mine)\s+$/i.test(beforeTrigger) && /^attacks?\b/i.test(triggerText)) || (/\b(?:sabotage|(?:limpet\s+)?mine)\s+attacks?\s+(?:that|which)\s+$/i.test(beforeTrigger) && /^(?:struck|hit)$/i.test(triggerText)))) kind = "other";
  // "blasts were heard near a depot, in what officials described as an Israeli air strike": the strike so described.
  if (kind === "other" && /^(?:explosions?|blasts?)\b/i.test(triggerText) && DESCRIBED_AS_STRIKE.test(sliceOf(sentence, { start: trigger.end, end: sentence.end }))) kind = "strike";
  // "authorities seized about 90,000 barrels of fuel from the ship": the cargo, not the ship.
  if (kind === "vessel-seizure" && CARGO_OBJECT.test(sliceOf(sentence, { start: trigger.end, end: clause.end }))) kind = "other";
  // "a shoulder-fired missile … struck the helicopter": the shoot-down, which its own words report, not a strike.
  if (kind === "strike" && AIRCRAFT_OBJECT.test(sliceOf(sentence, { start: trigger.end, end: clause.end }))) return undefined;
  // "after a spate of attacks on freighters in the strait": many acts summed up, none of them reported here.
  if (NOMINAL_TRIGGER.test(triggerText) && TALLY_BEFORE.test(beforeTrigger)) return undefined;
  // "It was a reckless attack on a civilian ship": a description of an act told already.
  if (NOMINAL_TRIGGER.test(triggerText) && CHARACTERISATION_BEFORE.test(beforeSentence)) return undefined;
  if (kind === "missile-launch" && EXERCISE.test(sentence.text)) kind = "missile-test";
  // "a drill in which some 50 drones struck targets": strikes on practice targets test the weapon.
  if (kind === "strike" && DRILL.test(beforeSentence) && PRACTICE_TARGET.test(sliceOf(sentence, { start: trigger.end, end: clause.end }))) kind = "missile-test";
  // "launched Operation Example Lion …, striking the Alpha plant": an offensive, read by its strikes, no force sent.
  if (kind === "deployment" && /\b(?:stood up|set up|established|launched)\b/i.test(triggerText) && /\b(?:striking|bombing|hitting|attacking|targeting)\b|\bair\s?strikes\b/i.test(sliceOf(sentence, { start: trigger.end, end: sentence.end }))) return undefined;
  // Showing the debris of missiles that struck is evidence, not a display of an arsenal.
  if (kind === "missile-display" && /\b(?:debris|wreckage|fragments|remains|remnants)\b/i.test(clauseText)) return undefined;
  // A ship or site struck by a missile: the launch is the incident ("Struck by an ASBM in the Red Sea").
  if (
    kind === "strike" &&
    /^(?:(?:was|were|had been|has been)\s+)?(?:struck|hit)(?:\s+by)?$/i.test(triggerText) &&
    STRUCK_BY_MISSILE.test((/\bby$/i.test(triggerText) ? "by " : "") + sliceOf(sentence, { start: trigger.end, end: clause.end }).trimStart())
  )
    kind = "missile-launch";
  // "an Example missile struck the hospital", "a ballistic missile fired by the militia had struck near the airport":
  // what a missile hit is its launch.
  // Not "bombers and cruise missiles struck …" or "drones and missiles hit …": aircraft or drones make it a strike.
  if (kind === "strike" && /^(?:struck|hit|hits|strikes|slammed)$/i.test(triggerText) && MISSILE_SUBJECT_BEFORE.test(beforeTrigger) && !AIRCRAFT_WORDS.test(beforeTrigger)) kind = "missile-launch";
  // "Ruritanian ballistic missile strikes on the base", "the missile strike on the port": missiles fired at a target
  // (not "cruise missile strikes", which ships and aircraft fly as air strikes).
  if (kind === "strike" && MISSILE_STRIKES.test(`${beforeTrigger.slice(-24)}${triggerText}`) && !AIRCRAFT_WORDS.test(beforeTrigger.slice(-40))) kind = "missile-launch";
  // "began retaliatory ballistic missile and UAV attacks on Israel": attacks named by their missiles are a launch.
  if (kind === "strike" && /^attacks?\b/i.test(triggerText) && /\b(?:missile|rocket)\s+and\s+(?:drone|UAV)\s+$/i.test(beforeSentence)) kind = "missile-launch";
  // "launched its first direct attack on Ruritania, with more than 300 drones and missiles": an attack whose
  // means include missiles is a launch (not one flown by jets or bombers).
  if (kind === "strike" && /(?:^|\s)(?:attack|attacks|attacked|attacking)(?:\s+(?:on|against))?$/i.test(triggerText) && ATTACK_WITH_MISSILES_AFTER.test(sliceOf(sentence, { start: trigger.end, end: /^\s*:/.test(sliceOf(sentence, { start: clause.end, end: clause.end + 3 })) ? sentence.end : clause.end })) && !/\b(?:bombers?|jets?|warplanes?|aircraft|fighters?)\b/i.test(clauseText)) kind = "missile-launch";
  // "stopped a dhow … and seized some 900 rifles": a boat stopped and its arms taken is an interdiction,
  // a seizure (see docs/quality.md).
  if (kind === "vessel-harassment" && /^(?:intercepted|stopped)$/i.test(triggerText) && ARMS_SEIZED_AFTER.test(sliceOf(sentence, { start: trigger.end, end: sentence.end }))) kind = "vessel-seizure";
  // "the killing of the physicist X near Tehran on 27 November, in an operation widely attributed to Ruritania": a
  // killing a state is held to have carried out is its strike.
  if (kind === "other" && /^(?:killing of|assassinat)/i.test(triggerText) && KILLING_ATTRIBUTED_AFTER.test(sliceOf(sentence, { start: trigger.end, end: sentence.end }))) kind = "strike";
  // "tankers were attacked off the coast on May 12": a ship attacked by no one named, by no means named, is an
  // attack of unknown kind (the mines and limpets of such cases are often learned only later).
  // (Not one "attacked and left ablaze": a fire set, as munitions set it.)
  if (kind === "strike" && /^attacked$/i.test(triggerText) && SHIP_PASSIVE_BEFORE.test(beforeTrigger.slice(-90)) && !/\b(?:by|with)\s|\b(?:ablaze|on fire|in flames)\b/i.test(sliceOf(sentence, { start: trigger.end, end: clause.end }))) kind = "other";
  // "was briefly surrounded and diverted towards Iranian waters … before being allowed to continue its voyage": a ship
  // let go on its way was harassed, not seized.
  if (kind === "vessel-seizure" && LET_GO_AFTER.test(sliceOf(sentence, { start: trigger.end, end: sentence.end }))) kind = "vessel-harassment";
  // "… the tanker Example was intercepted by a swarm of fast craft. The vessel was forced to alter course towards
  // Iranian territorial waters.": a ship stopped and taken away, told over two sentences, is seized.
  if (kind === "vessel-harassment" && /^(?:intercepted|swarmed|surrounded|boarded)$/i.test(triggerText)) {
    const next = ctx.sentences[sentence.index + 1];
    if (next !== undefined && next.paragraph === sentence.paragraph && TAKEN_AWAY_NEXT.test(next.text)) kind = "vessel-seizure";
  }
  // "an online attack on … computer systems": a cyber operation is not a kinetic strike.
  if (kind === "strike" && CYBER.test(sliceOf(sentence, clause))) kind = "other";
  const future = announcedFuture || (FUTURE.test(beforeTrigger) && !doneParticiple && !answered);
  const mode = future ? { mode: "planned" as const } : readMode(sentence, trigger, lookup.index, { planned: false, reporters });

  // The subject starts after any reporting verb ("Tehran reported … attacks"): a claimant is not an initiator.
  let subjectStart = clause.start;
  for (const match of matchesOf(REPORTING_RE, sentence.text.slice(0, trigger.start - sentence.start))) {
    subjectStart = Math.max(subjectStart, sentence.start + match.index + match[0].length);
  }
  const subjectBase = subjectStart;
  for (const match of matchesOf(SUBORDINATOR, sliceOf(sentence, { start: subjectBase, end: trigger.start }))) {
    subjectStart = subjectBase + match.index + match[0].length;
  }
  let subject = lookup.within({ start: subjectStart, end: trigger.start });
  // "A militia commander was killed in a US strike": the state named with the strike acted, not the one killed.
  // "General X … was killed early Sunday in a U.S. drone strike": and the one killed is its target.
  // "An Iranian commander was killed in a drone strike", "the killing of three US soldiers in a drone attack":
  // the ones killed are its target, and with no state named with the strike, no one is its author.
  const killedIn = KILLED_IN.exec(sliceOf(sentence, { start: clause.start, end: trigger.start }));
  let killedHead: typeof subject = [];
  if (killedIn) {
    const adjectiveAt = trigger.start - killedIn[0].length + killedIn[0].lastIndexOf(killedIn[1]!);
    const agents = lookup.within({ start: adjectiveAt, end: adjectiveAt + killedIn[1]!.length });
    const matchAt = trigger.start - killedIn[0].length;
    // The killed stand before "was killed", or after "the killing of".
    killedHead = /^(?:was|were)\b/i.test(killedIn[0]) ? subject.filter((m) => m.end <= matchAt) : subject.filter((m) => m.start >= matchAt && m.end <= adjectiveAt);
    subject = agents;
  }
  // "The air campaign against the militia's … depots began": what it is against is its target.
  // Nor is where it happened its author: "at Example International Airport, a U.S. drone killed …",
  // "SEALs … boarded a skiff off the coast of Eritrea and seized …".
  const againstBefore = (m: { start: number }) => /\b(?:against|on|targeting|at|near|outside|off)\s+(?:the\s+)?$|\bcoast\s+of\s+$/i.test(sliceOf(sentence, { start: Math.max(sentence.start, m.start - 14), end: m.start }));
  // Nor who keeps a ship's register or runs it: "the freighter, registered with the International
  // Maritime Organization", "managed by Example Shipping".
  subject = subject.filter((m) => !/\b(?:registered|listed)\s+(?:with|by|in)\s+(?:the\s+)?$|\b(?:managed|operated|owned|chartered)\s+by\s+(?:the\s+)?$/i.test(sliceOf(sentence, { start: Math.max(sentence.start, m.start - 20), end: m.start })));
  // "the Ruritanian-flagged freighter it detained": a flag is the ship's (a target, below), never the one who acted.
  const isFlag = (m: { end: number }) => /^-flagged\b/i.test(sliceOf(sentence, { start: m.end, end: Math.min(sentence.end, m.end + 8) }));
  const flaggedBy = subject.filter(isFlag).map((m) => m.actorId);
  subject = subject.filter((m) => !isFlag(m));
  const aimedAt = subject.filter(againstBefore);
  if (aimedAt.length > 0 && aimedAt.length < subject.length) subject = subject.filter((m) => !againstBefore(m));
  // "The raids draw the Alliance into the war that Ruritania opened … with strikes on its neighbour's ports":
  // an object relative clause has its own subject, the one who acts.
  const relative = matchesOf(OBJECT_RELATIVE, sliceOf(sentence, { start: subjectStart, end: trigger.start })).at(-1);
  // "the Malta-flagged freighter that the Coast Guard seized": with no actor named in the clause, the flag
  // before the pronoun is no author; the noun the clause describes is what was seized.
  let describedHead: typeof subject = [];
  if (relative) {
    const own = lookup.within({ start: subjectStart + relative.index + relative[0].length, end: trigger.start });
    if (own.length > 0) subject = own;
    else if (/^(?:that|which)\b/i.test(relative[0]) && /\b(?:tanker|vessel|ship|carrier|freighter|dhow|drone|base|facility|site|plant|embassy|consulate|convoy)s?\s*$/i.test(sliceOf(sentence, { start: subjectStart, end: subjectStart + relative.index }))) {
      describedHead = subject.filter((m) => m.start >= subjectStart + relative.index - 80);
      subject = [];
    }
  }
  // "The Alliance joined the campaign on May 9, striking …": a participle's subject is its sentence's.
  const participle = /ing$/i.test(triggerText) && /^[\s,]*$/.test(sliceOf(sentence, { start: clause.start, end: trigger.start }));
  if (subject.length === 0 && participle) subject = lookup.within({ start: sentence.start, end: clause.start }).slice(0, 1);
  // "Ruritania's sudden drone and missile attack": the possessor of a nominal act is its agent.
  const possessor = NOMINAL_TRIGGER.test(triggerText) ? POSSESSOR_BEFORE.exec(beforeSentence) : null;
  if (possessor) {
    const at = sentence.start + possessor.index;
    const owner = lookup.within({ start: at, end: at + possessor[1]!.length });
    if (owner.length > 0) subject = owner;
  }
  // "was followed five days later by an Iranian missile barrage": a state's adjective right before the act's noun
  // names who acted, whatever the sentence's subject.
  const adjective = NOMINAL_TRIGGER.test(triggerText) ? STATE_ADJECTIVE_BEFORE.exec(beforeSentence) : null;
  if (adjective && !possessor) {
    const at = trigger.start - adjective[0].length + adjective[0].indexOf(adjective[1]!);
    const owner = lookup.within({ start: at, end: at + adjective[1]!.length }).filter((m) => m.actorId.startsWith("state:"));
    if (owner.length > 0) subject = owner;
  }
  let object = [...killedHead, ...describedHead, ...lookup.within({ start: trigger.end, end: clause.end })];
  // "US forces prevented Iranian vessels from seizing two tankers": the ones stopped made the attempt.
  if (/^prevent(?:ed)?\s/i.test(triggerText)) subject = lookup.within(trigger);
  // Passive voice, "X was shot down by Syrian air defences": the agent after "by" acts on the subject.
  const agent = PASSIVE_AGENT.exec(sliceOf(sentence, { start: trigger.end, end: clause.end }));
  // So does a reduced relative after a comma: "the Sea Wren, taken by the coast guard …".
  const reducedRelative = (/^(?:taken|seized|boarded|hijacked|detained|impounded)$/i.test(sliceOf(sentence, trigger)) && /,\s*$/.test(sliceOf(sentence, { start: Math.max(sentence.start, trigger.start - 3), end: trigger.start }))) || doneParticiple;
  // And a bulletin's fragment: "Seized by the Example Navy (EN) and escorted …".
  const fragment = FRAGMENT_START.test(triggerText) && FRAGMENT_LEAD.test(sliceOf(sentence, { start: sentence.start, end: trigger.start }));
  if (agent && (reducedRelative || fragment || /\b(?:was|were|been|being|is|are|had been|has been)\s+(?:\w+ly\s+)?$/i.test(sliceOf(sentence, { start: subjectStart, end: trigger.start })))) {
    // The agent starts at "by" (not at a place before it), past a source's attribution: "by what the
    // army said was a missile fired by rebel forces" names the rebels.
    const by = agent[0].search(/\bby\s/);
    const attribution = /^by\s+what\s+[^,;]{0,60}?\b(?:said|says|called|described|termed)\s+(?:was\s+|as\s+)?/i.exec(agent[0].slice(by));
    const agentSpan = { start: trigger.end + by + (attribution?.[0].length ?? 0), end: trigger.end + agent[0].length };
    [subject, object] = [lookup.within(agentSpan), subject];
    // "the container ship X, which was seized by …": the relative pronoun stands for the noun before it.
    if (RELATIVE_START.test(clauseText)) object = lookup.within({ start: Math.max(sentence.start, clause.start - 60), end: clause.start }).slice(-1);
  } else if (/^(?:seizure|detention|capture)\b/i.test(triggerText)) {
    // "the detention of the tanker Aster 2 by French commandos": the noun's agent follows "by".
    const by = /\bby\s+[^,;]*/.exec(sliceOf(sentence, { start: trigger.end, end: clause.end }));
    if (by) {
      const at = trigger.end + by.index;
      const agents = object.filter((m) => m.start >= at && m.end <= at + by[0].length);
      if (agents.length > 0 && subject.length === 0) [subject, object] = [agents, object.filter((m) => m.start < at)];
    }
  } else if (!agent && kind === "vessel-seizure" && subject.some((m) => m.actorId.startsWith("vessel:")) && (reducedRelative || /\b(?:was|were|been|had been|has been)\s+(?:\w+ly\s+)?$/i.test(sliceOf(sentence, { start: subjectStart, end: trigger.start })))) {
    // "The tanker X was seized in the Red Sea", "the tanker X, taken in …": what was taken, by no one named.
    [subject, object] = [[], subject];
  } else if (!agent && kind === "vessel-seizure" && /\b(?:was|were|been|had been|has been)\s+(?:\w+ly\s+)?$/i.test(sliceOf(sentence, { start: subjectStart, end: trigger.start }))) {
    // "State media said the vessel was seized at the request of the port authority": taken by no one named,
    // and neither what follows (a requester, a reason) nor the source before it was taken.
    [subject, object] = [[], []];
  }
  // A trigger that is itself passive ("was hit by a blast", "were damaged in two explosions", "was killed
  // … in an ambush"): its subject is what was hit; an actor after "by", if any, acted.
  if (/^(?:was|were|had been|has been|have been)\s/i.test(sliceOf(sentence, trigger))) {
    const after = sliceOf(sentence, { start: trigger.end, end: clause.end });
    // "was hit by …" ends in its "by"; "was taken by naval forces in the strait" has the agent after it.
    const agentLength = /\bby$/i.test(sliceOf(sentence, trigger)) ? /^[^,;]*/u.exec(after)![0].length : (PASSIVE_AGENT.exec(after)?.[0].length ?? 0);
    const agentMentions = agentLength > 0 ? lookup.within({ start: trigger.end, end: trigger.end + agentLength }) : [];
    [subject, object] = [agentMentions, subject];
    if (agentMentions.length > 0 && RELATIVE_START.test(clauseText)) object = lookup.within({ start: Math.max(sentence.start, clause.start - 60), end: clause.start }).slice(-1);
    // "The Sea Wren … was surrounded … and was taken to the port of Example": a second verb of the
    // sentence's subject; what was taken is that subject, named before the sentence's first comma or verb.
    if (object.length === 0 && /(?:^|,\s*)and\s*$/i.test(sliceOf(sentence, { start: Math.max(sentence.start, trigger.start - 6), end: trigger.start }))) {
      const head = /^[^,;]*?(?=,|\s(?:was|were|is|are|had|has)\s)/.exec(sentence.text);
      if (head) object = lookup.within({ start: sentence.start, end: sentence.start + head[0].length });
    }
  }
  // "A spokesman on Monday defended the detention of the freighter": who defends or condemns an act did not do it.
  if (REACTION_BEFORE.test(beforeTrigger)) subject = [];
  // "The general … was assassinated together with …, in a US missile strike": the strike's state killed the subject.
  const means = kind === "strike" && /^assassinat/i.test(triggerText) ? STATE_STRIKE_AFTER.exec(sliceOf(sentence, { start: trigger.end, end: sentence.end })) : null;
  if (means && /\b(?:was|were|been)\s+$/i.test(sliceOf(sentence, { start: subjectStart, end: trigger.start }))) {
    const meansAt = trigger.end + means[1]!.length;
    [subject, object] = [lookup.within({ start: meansAt, end: trigger.end + means[0].length }), [...subject, ...object.filter((m) => m.start < meansAt)]];
  }
  const parties = (mentions: typeof subject) =>
    unique(
      mentions
        .map((m) => m.actorId)
        .filter((id) => !reporters.has(id))
        .map((id) => (id.startsWith("state:") || id.startsWith("vessel:") ? id : (lookup.stateOf(id) ?? id))),
    );
  // A navy ship in the subject stands for its state: "a jet launched from the USS X shot down…".
  const initiators = unique(parties(subject).flatMap((id) => (id.startsWith("vessel:") ? (lookup.stateOf(id) ? [lookup.stateOf(id)!] : []) : [id])));
  // Targets: what the verb acts on, not where it happened ("near the USS X", "close to Iranian waters").
  // Nor the body whose rules were broken ("in violation of UN sanctions").
  // Nor anything in the reason given for it ("detained the freighter because it had struck a fishing boat",
  // "brought down the drone after the aircraft entered its airspace").
  const reason = /\b(?:because|since it|since the|after it|after the|as it)\b/i.exec(sliceOf(sentence, { start: trigger.end, end: clause.end }));
  const reasonAt = reason ? trigger.end + reason.index : clause.end;
  const objectMentions = object.filter((m) => {
    if (m.start >= reasonAt) return false;
    const lead = sentence.text.slice(Math.max(0, m.start - sentence.start - 32), m.start - sentence.start);
    const trail = sentence.text.slice(m.end - sentence.start, m.end - sentence.start + 14);
    // Nor who asked for it ("at Moscow's behest", "at the request of the port authority"), nor the
    // nationality of a company named with it ("fuel for US energy company Example").
    if (m.actorId.startsWith("state:") && COMPANY_AFTER.test(sentence.text.slice(m.end - sentence.start, m.end - sentence.start + 40))) return false;
    // Nor the source of the report ("…, the navy said, …").
    return !NOT_TARGET_BEFORE.test(lead) && !NOT_TARGET_AFTER.test(trail) && !SPEAKER_AFTER.test(trail);
  });
  const named =
    kind === "deployment" || kind === "missile-display" || kind === "missile-test"
      ? []
      : parties(objectMentions).filter((id) => !initiators.includes(id) && (!id.startsWith("vessel:") || kind !== "drone-shootdown"));
  // A ship taken or harassed is its flag state's affair too ("a Malta-flagged bulk carrier"): with the flag
  // among the targets, the merge tells a report of a US-flagged tanker from one of a Panama-flagged carrier.
  const flags = kind === "vessel-seizure" || kind === "vessel-harassment" ? named.flatMap((id) => (id.startsWith("vessel:") ? [lookup.flagOf(id)] : [])) : [];
  const isFlagState = (flag: ActorId | undefined): flag is ActorId => flag?.startsWith("state:") === true && !initiators.includes(flag);
  const targets = unique([...flaggedBy.filter(isFlagState), ...named, ...flags.filter(isFlagState)]);

  let resolved = triggerDate(ctx, sentence, trigger, clause);
  // "demanded on Friday that Example free a freighter seized by its coast guard": the participle's act has only the
  // days written after it, not the main clause's (undated, it joins the act its document tells).
  if (doneParticiple && resolved !== undefined && resolved.span.start < trigger.end) resolved = undefined;
  // "… joined the campaign on May 9, striking …, before a truce took hold on May 12": a participle
  // shares its main clause's day.
  if (participle) resolved = ctx.datesIn(sentence).filter((d) => d.span.end <= clause.start).at(-1) ?? resolved;
  // "The group on Monday denied …, hours after rebel drones struck a depot": the day outside the clause
  // is the other act's; this one's is only near it.
  if (resolved && (resolved.span.start < clause.start || resolved.span.end > clause.end) && RELATED_TIME_CLAUSE.test(beforeTrigger)) resolved = undefined;
  // "The group on Monday denied any role in a rocket attack that …", "a spokesman on Monday defended the
  // detention of the freighter": the day is the denial's, or the defence's.
  if (resolved && resolved.span.end <= trigger.start && resolved.span.start >= sentence.start && DENIED_PART_IN.test(sliceOf(sentence, { start: resolved.span.end, end: trigger.start }))) {
    resolved = undefined;
  }
  // "The move comes weeks after the ministry sent two frigates": an act placed weeks before another, with no
  // day of its own, is neither that other act nor one the document can date.
  if (!resolved && UNDATED_OTHER_TIME.test(beforeTrigger)) return undefined;
  const assets = assetsIn(clauseText, clause.start, lookup, dictionary, (at) => (at < trigger.start ? initiators[0] : undefined)).filter(
    (asset) => !isTargetVessel(asset, kind, targets, lookup),
  );
  const casualties = casualtiesIn(sliceOf(sentence, sentence));
  // "…sites, including Arak": the examples name the place.
  const including = /^,\s+including\s+[^,;.]+/u.exec(sliceOf(sentence, { start: clause.end, end: sentence.end }));
  const placeText = sliceOf(sentence, { start: trigger.start, end: clause.end + (including ? including[0].length : 0) });
  const appositive = TIME_APPOSITIVE.exec(placeText);
  const location = locationIn(appositive ? placeText.slice(0, appositive.index) : placeText, dictionary);
  // "fired missiles at Israeli cities", "an attack against Israel": the target state is where it happened.
  if ((kind === "missile-launch" || kind === "strike") && !location.place && !location.waterBody && !location.country) {
    const at = objectMentions.find(
      (m) => m.actorId.startsWith("state:") && /\b(?:at|against|on|into)\s+(?:the\s+)?$/i.test(sentence.text.slice(Math.max(0, m.start - sentence.start - 12), m.start - sentence.start)),
    );
    const name = at ? dictionary.entries.get(at.actorId)?.name : undefined;
    if (name) location.country = name;
  }
  const summaryText = sliceOf(sentence, summaryScope(sentence, clause));
  const date = dateFields(resolved);
  // A bare mention ("following the bombing") with nothing to place, date or attribute it adds nothing.
  if (!date.date && initiators.length === 0 && targets.length === 0 && !casualties && !location.waterBody && !assets.some((a) => a.count)) return undefined;
  // Missiles fired at an airliner brought it down: an aircraft shot down, like "downed a passenger jet" (other).
  const shotAtAircraft = kind === "missile-launch" && AIRLINER.test(sliceOf(sentence, { start: trigger.end, end: clause.end }));
  // Key by key, in the order of the record (see startCandidate): kind, then the date fields.
  const incident = { kind: shotAtAircraft ? "other" : kind } as IncidentCandidate;
  if (date.date !== undefined) incident.date = date.date;
  if (date.historical) incident.historical = true;
  incident.mode = mode.mode;
  if (mode.claimedBy) incident.claimedBy = mode.claimedBy;
  incident.summary = summarise(summaryText);
  incident.evidence = [ctx.evidence(sentence)];
  incident.location = location;
  incident.initiators = initiators;
  incident.targets = targets;
  incident.assets = assets;
  if (casualties) incident.casualties = casualties;
  return incident;
}

/** A ship let go on its way after the act: "before being allowed to continue its voyage", "but was allowed to proceed". */
const LET_GO_AFTER = /^[^.;]{0,200}?\b(?:before\s+being|but\s+(?:was|were)|and\s+(?:then\s+)?(?:was\s+|were\s+)?)\s*(?:later\s+|soon\s+)?allowed\s+to\s+(?:continue|proceed|resume|leave|sail\s+on)\b/i;

/** The sentence after a ship was stopped, telling it taken away: "The vessel was forced to alter course towards Iranian waters." */
const TAKEN_AWAY_NEXT = /^(?:The|That|This)\s+(?:[\w-]+\s+)?(?:vessel|ship|tanker|freighter)\s+was\s+(?:then\s+)?(?:(?:forced|ordered|made)\s+to\s+(?:alter|change|reverse)\s+course|escorted|diverted|steered|taken|towed|directed)\s+(?:[^.;]{0,20}?\s)?(?:to|towards?|into)\s+(?:[^.;]{0,30}?\s)?(?:waters|port|coast|anchorage)\b/i;

/** Who a killing is put down to: "…, in an operation widely attributed to Ruritania", "which Tehran blamed on …". */
const KILLING_ATTRIBUTED_AFTER = /^[^;]{0,160}?\b(?:attributed|blamed)\s+(?:to|on)\s/i;

/** A ship, then the passive of the act done to it: "tankers were ", "the Example, a tanker operated by …, was ". */
const SHIP_PASSIVE_BEFORE = /\b(?:tankers?|vessels?|ships?|freighters?|carriers)\b[^.;]{0,70}?\s(?:was|were|had been|has been|have been)\s+$/i;

/** A ship named only by its kind: "a US-flagged vessel", "the oil tanker". */
const GENERIC_SHIP = /^(?:(?:oil|cargo|merchant|commercial)\s+)?(?:vessels?|ships?|tankers?|boats?|freighters?|dhows?|carriers?)$/i;

/**
 * In a harassment or seizure the ship acted upon is the target, not a platform of the incident: the
 * named tanker is already among the targets, and "a US-flagged vessel" is the flag state's target ship
 * (another source naming it would otherwise add it twice, as "vessel" beside its name).
 */
function isTargetVessel(asset: Asset, kind: IncidentKind, targets: ActorId[], lookup: ActorLookup): boolean {
  if ((kind !== "vessel-harassment" && kind !== "vessel-seizure") || asset.category !== "vessel" || asset.count) return false;
  if (targets.some((id) => id.startsWith("vessel:") && lookup.byId.get(id)?.name === asset.name)) return true;
  return GENERIC_SHIP.test(asset.name) && asset.owner !== undefined && targets.includes(asset.owner);
}

/** "killed 3", "five sailors were injured", "nearly a hundred casualties". */
export function casualtiesIn(text: string): IncidentCandidate["casualties"] {
  const first = (res: RegExp[]) => res.map((re) => re.exec(text)).find((m) => m !== null) ?? null;
  // Each pattern needs its keyword: test that first, most clauses name no casualties.
  const killed = /kill/i.test(text) ? first(KILLED) : null;
  const injured = /injur|wound/i.test(text) ? first(INJURED) : null;
  const description = /casualties|deaths|dead|fatalities/i.test(text) ? CASUALTY_DESCRIPTION.exec(text) : null;
  const count = (m: RegExpExecArray | null) => (m ? parseCount(m[1]!) : undefined);
  const out: NonNullable<IncidentCandidate["casualties"]> = {};
  const k = count(killed);
  const i = count(injured);
  if (k !== undefined) out.killed = k;
  if (i !== undefined) out.injured = i;
  if (description && /\S+\s+\S+/.test(description[0].trim())) out.description = description[0].trim();
  return Object.keys(out).length > 0 ? out : undefined;
}
