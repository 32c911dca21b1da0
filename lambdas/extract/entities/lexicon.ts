/**
 * Word lists for entity extraction: data, not code. Lower-case keys; a missing word is one entry.
 * Kept small and general (wire style, AP Stylebook titles), so they describe English news prose rather
 * than any one story.
 */

import ambiguousTitleHeadsList from './lexicons/ambiguous-title-heads.json' with { type: 'json' };
import calendarList from './lexicons/calendar.json' with { type: 'json' };
import clauseWordsList from './lexicons/clause-words.json' with { type: 'json' };
import clauseWordsAfterNameList from './lexicons/clause-words-after-name.json' with { type: 'json' };
import agencyCompoundEndingsList from './lexicons/agency-compound-endings.json' with { type: 'json' };
import notOrgCompoundsList from './lexicons/not-org-compounds.json' with { type: 'json' };
import companyFormsList from './lexicons/company-forms.json' with { type: 'json' };
import corporateSuffixesList from './lexicons/corporate-suffixes.json' with { type: 'json' };
import demonymsList from './lexicons/demonyms.json' with { type: 'json' };
import COUNTRIES from '../data/countries.json' with { type: 'json' };
import directionsList from './lexicons/directions.json' with { type: 'json' };
import functionStartersList from './lexicons/function-starters.json' with { type: 'json' };
import givenNamesList from './lexicons/given-names.json' with { type: 'json' };
import honorificsList from './lexicons/honorifics.json' with { type: 'json' };
import lowerCaseNamesList from './lexicons/lower-case-names.json' with { type: 'json' };
import patronymicPrefixesList from './lexicons/patronymic-prefixes.json' with { type: 'json' };
import patronymicSuffixesList from './lexicons/patronymic-suffixes.json' with { type: 'json' };
import familyNameEndingsList from './lexicons/family-name-endings.json' with { type: 'json' };
import craftNounsList from './lexicons/craft-nouns.json' with { type: 'json' };
import streetNounsOtherLanguagesList from './lexicons/street-nouns-other-languages.json' with { type: 'json' };
import streetNounsRomanceList from './lexicons/street-nouns-romance.json' with { type: 'json' };
import namedFeatureNounsRomanceList from './lexicons/named-feature-nouns-romance.json' with { type: 'json' };
import romanceArticlesAfterOfList from './lexicons/romance-articles-after-of.json' with { type: 'json' };
import stationNounsRomanceList from './lexicons/station-nouns-romance.json' with { type: 'json' };
import townSidesRomanceList from './lexicons/town-sides-romance.json' with { type: 'json' };
import heritageListingNounsList from './lexicons/heritage-listing-nouns.json' with { type: 'json' };
import vietnameseMiddleNamesList from './lexicons/vietnamese-middle-names.json' with { type: 'json' };
import placePrepositionsAfterSayingList from './lexicons/place-prepositions-after-saying.json' with { type: 'json' };
import nameHonorificsFrenchList from './lexicons/name-honorifics-french.json' with { type: 'json' };
import nameHonorificsList from './lexicons/name-honorifics.json' with { type: 'json' };
import nameHonorificsFirstOnlyList from './lexicons/name-honorifics-first-only.json' with { type: 'json' };
import nameHonorificsSecondList from './lexicons/name-honorifics-second.json' with { type: 'json' };
import nameHonorificsSingleList from './lexicons/name-honorifics-single.json' with { type: 'json' };
import nameHonorificsBeforeTwoList from './lexicons/name-honorifics-before-two.json' with { type: 'json' };
import stormKindsList from './lexicons/storm-kinds.json' with { type: 'json' };
import nameParticlesList from './lexicons/name-particles.json' with { type: 'json' };
import envoyHeadsList from './lexicons/envoy-heads.json' with { type: 'json' };
import longNameParticlesList from './lexicons/long-name-particles.json' with { type: 'json' };
import postNominalsList from './lexicons/post-nominals.json' with { type: 'json' };
import notAgentNounsList from './lexicons/not-agent-nouns.json' with { type: 'json' };
import occupationsList from './lexicons/occupations.json' with { type: 'json' };
import occupationsOtherLanguagesList from './lexicons/occupations-other-languages.json' with { type: 'json' };
import officeWordsList from './lexicons/office-words.json' with { type: 'json' };
import orgHeadsList from './lexicons/org-heads.json' with { type: 'json' };
import orgHeadsBeforeOfList from './lexicons/org-heads-before-of.json' with { type: 'json' };
import orgHeadsFirstList from './lexicons/org-heads-first.json' with { type: 'json' };
import orgLeadsList from './lexicons/org-leads.json' with { type: 'json' };
import orgNounsAfterList from './lexicons/org-nouns-after.json' with { type: 'json' };
import legislaturesList from './lexicons/legislatures.json' with { type: 'json' };
import nationalMovementsList from './lexicons/national-movements.json' with { type: 'json' };
import nationalityNounsList from './lexicons/nationality-nouns.json' with { type: 'json' };
import outletNounsList from './lexicons/outlet-nouns.json' with { type: 'json' };
import patronymicParticlesList from './lexicons/patronymic-particles.json' with { type: 'json' };
import placeAdjectivesList from './lexicons/place-adjectives.json' with { type: 'json' };
import placeHeadsList from './lexicons/place-heads.json' with { type: 'json' };
import styleNounsList from './lexicons/style-nouns.json' with { type: 'json' };
import titleAdjectivesAfterHeadList from './lexicons/title-adjectives-after-head.json' with { type: 'json' };
import placeHeadsAlsoSurnamesList from './lexicons/place-heads-also-surnames.json' with { type: 'json' };
import placeHeadsFirstList from './lexicons/place-heads-first.json' with { type: 'json' };
import homeNationsList from './lexicons/home-nations.json' with { type: 'json' };
import nounFollowersList from './lexicons/noun-followers.json' with { type: 'json' };
import clubPluralVerbsList from './lexicons/club-plural-verbs.json' with { type: 'json' };
import countryLettersList from './lexicons/country-letters.json' with { type: 'json' };
import acronymJoinsList from './lexicons/acronym-joins.json' with { type: 'json' };
import placeKindsList from './lexicons/place-kinds.json' with { type: 'json' };
import placeNounsList from './lexicons/place-nouns.json' with { type: 'json' };
import placeNounsBeforeOfOtherLanguagesList from './lexicons/place-nouns-before-of-other-languages.json' with { type: 'json' };
import placeNounsBeforeOfList from './lexicons/place-nouns-before-of.json' with { type: 'json' };
import placePrepositionsList from './lexicons/place-prepositions.json' with { type: 'json' };
import portfoliosList from './lexicons/portfolios.json' with { type: 'json' };
import sentenceStartersList from './lexicons/sentence-starters.json' with { type: 'json' };
import streetWordsList from './lexicons/street-words.json' with { type: 'json' };
import recipientPrepositionsList from './lexicons/recipient-prepositions.json' with { type: 'json' };
import companyVerbsAfterWhichList from './lexicons/company-verbs-after-which.json' with { type: 'json' };
import romanceDeterminersList from './lexicons/romance-determiners.json' with { type: 'json' };
import afterRoleList from './lexicons/after-role.json' with { type: 'json' };
import reportEndsList from './lexicons/report-ends.json' with { type: 'json' };
import speechVerbsList from './lexicons/speech-verbs.json' with { type: 'json' };
import placePrepositionsCs from './lexicons/place-prepositions/cs.json' with { type: 'json' };
import placePrepositionsDe from './lexicons/place-prepositions/de.json' with { type: 'json' };
import placePrepositionsDa from './lexicons/place-prepositions/da.json' with { type: 'json' };
import placePrepositionsEs from './lexicons/place-prepositions/es.json' with { type: 'json' };
import placePrepositionsFr from './lexicons/place-prepositions/fr.json' with { type: 'json' };
import placePrepositionsIt from './lexicons/place-prepositions/it.json' with { type: 'json' };
import placePrepositionsNb from './lexicons/place-prepositions/nb.json' with { type: 'json' };
import placePrepositionsNl from './lexicons/place-prepositions/nl.json' with { type: 'json' };
import placePrepositionsPl from './lexicons/place-prepositions/pl.json' with { type: 'json' };
import placePrepositionsPt from './lexicons/place-prepositions/pt.json' with { type: 'json' };
import placePrepositionsSv from './lexicons/place-prepositions/sv.json' with { type: 'json' };
import placePrepositionsId from './lexicons/place-prepositions/id.json' with { type: 'json' };
import sentenceStartersEs from './lexicons/sentence-starters/es.json' with { type: 'json' };
import sentenceStartersIt from './lexicons/sentence-starters/it.json' with { type: 'json' };
import sentenceStartersFr from './lexicons/sentence-starters/fr.json' with { type: 'json' };
import sentenceStartersPt from './lexicons/sentence-starters/pt.json' with { type: 'json' };
import sentenceStartersDe from './lexicons/sentence-starters/de.json' with { type: 'json' };
import sentenceStartersNl from './lexicons/sentence-starters/nl.json' with { type: 'json' };
import sentenceStartersDa from './lexicons/sentence-starters/da.json' with { type: 'json' };
import sentenceStartersSv from './lexicons/sentence-starters/sv.json' with { type: 'json' };
import sentenceStartersNb from './lexicons/sentence-starters/nb.json' with { type: 'json' };
import sentenceStartersFi from './lexicons/sentence-starters/fi.json' with { type: 'json' };
import sentenceStartersVi from './lexicons/sentence-starters/vi.json' with { type: 'json' };
import sentenceStartersRo from './lexicons/sentence-starters/ro.json' with { type: 'json' };
import sentenceStartersCa from './lexicons/sentence-starters/ca.json' with { type: 'json' };
import sentenceStartersId from './lexicons/sentence-starters/id.json' with { type: 'json' };
import speechVerbsOtherLanguagesList from './lexicons/speech-verbs-other-languages.json' with { type: 'json' };
import titleComplementsList from './lexicons/title-complements.json' with { type: 'json' };
import titleHeadsList from './lexicons/title-heads.json' with { type: 'json' };
import titleHeadsOtherLanguagesList from './lexicons/title-heads-other-languages.json' with { type: 'json' };
import titleHeadEndingsDeList from './lexicons/title-head-endings-de.json' with { type: 'json' };
import titleHeadEndingsNorthList from './lexicons/title-head-endings-north.json' with { type: 'json' };
import orgCompoundEndingsList from './lexicons/org-compound-endings.json' with { type: 'json' };
import titleModifiersList from './lexicons/title-modifiers.json' with { type: 'json' };
import titleStopsList from './lexicons/title-stops.json' with { type: 'json' };
import abbreviatedRanksList from './lexicons/abbreviated-ranks.json' with { type: 'json' };
import rankInitialsList from './lexicons/rank-initials.json' with { type: 'json' };
import socialPlatformsList from './lexicons/social-platforms.json' with { type: 'json' };
import civicBodyHeadsList from './lexicons/civic-body-heads.json' with { type: 'json' };
import localCouncilKindsList from './lexicons/local-council-kinds.json' with { type: 'json' };
import localCouncilHeadsList from './lexicons/local-council-heads.json' with { type: 'json' };
import abstractNounEndingsList from './lexicons/abstract-noun-endings.json' with { type: 'json' };
import colonCaseEndingsList from './lexicons/colon-case-endings.json' with { type: 'json' };
import roadWordsList from './lexicons/road-words.json' with { type: 'json' };
import regionHeadsAfterDirectionList from './lexicons/region-heads-after-direction.json' with { type: 'json' };
import roadKindsList from './lexicons/road-kinds.json' with { type: 'json' };
import otherAbbreviationsList from './lexicons/other-abbreviations.json' with { type: 'json' };
import provinceAbbreviationsList from './lexicons/province-abbreviations.json' with { type: 'json' };
import stateAbbreviationsList from './lexicons/state-abbreviations.json' with { type: 'json' };

import familyNamesFirstList from './lexicons/family-names-first.json' with { type: 'json' };
import eventWordsList from './lexicons/event-words.json' with { type: 'json' };
import englishSpeakingCountriesList from './lexicons/english-speaking-countries.json' with { type: 'json' };
import placesNeedingTheList from './lexicons/places-needing-the.json' with { type: 'json' };
import articlesList from './lexicons/articles.json' with { type: 'json' };
import roleArticlesList from './lexicons/role-articles.json' with { type: 'json' };
import ordinalsList from './lexicons/ordinals.json' with { type: 'json' };
import initialsNounsList from './lexicons/initials-nouns.json' with { type: 'json' };
import auxiliariesList from './lexicons/auxiliaries.json' with { type: 'json' };
import geographicNounsList from './lexicons/geographic-nouns.json' with { type: 'json' };
import notAcronymsList from './lexicons/not-acronyms.json' with { type: 'json' };
import orgVerbsAfterList from './lexicons/org-verbs-after.json' with { type: 'json' };
import clauseStartsList from './lexicons/clause-starts.json' with { type: 'json' };
import nameAdjectivesList from './lexicons/name-adjectives.json' with { type: 'json' };
import institutionHeadsList from './lexicons/institution-heads.json' with { type: 'json' };
import andWordsList from './lexicons/and-words.json' with { type: 'json' };
import ofWordsList from './lexicons/of-words.json' with { type: 'json' };
import romanceOfWordsList from './lexicons/romance-of-words.json' with { type: 'json' };
import relativePronounsOtherLanguagesList from './lexicons/relative-pronouns-other-languages.json' with { type: 'json' };
import ageNounsList from './lexicons/age-nouns.json' with { type: 'json' };
import serviceStationWordsList from './lexicons/service-station-words.json' with { type: 'json' };
import possessiveDeterminersOtherLanguagesList from './lexicons/possessive-determiners-other-languages.json' with { type: 'json' };
import innerPossessivesList from './lexicons/inner-possessives.json' with { type: 'json' };
import genericPersonNounsList from './lexicons/generic-person-nouns.json' with { type: 'json' };
import ranksList from './lexicons/ranks.json' with { type: 'json' };

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);

/** Nouns that head a person's title: `Defense Secretary`, `spokesman`, `lawmaker`, `coach`. */
export const TITLE_HEADS = set(titleHeadsList);

/**
 * Title heads of the other languages' copy (`ministra`, `maire`, `waziri`, `министар`), read in lower case and at the
 * start of a sentence: capitalised inside a run they are often followed by their complement, not by the name
 * (`Градоначелник Приједора Данијел Крунић`, `Ministrul Transporturilor`).
 */
export const TITLE_HEADS_OTHER_LANGUAGES = set(titleHeadsOtherLanguagesList);

/**
 * The title heads compounds end in, German (`Infrastruktur|ministerin`, `Landtags|abgeordneter`, `Gemeinde|präsident`) and
 * Dutch, Nordic, Finnish and Estonian (`Fylkes|leder`, `Dijk|graaf`, `Kuva|taiteilija`): one list per language group.
 */
export const TITLE_HEAD_ENDINGS = set([...titleHeadEndingsDeList, ...titleHeadEndingsNorthList]);
/**
 * A body's name of one word, capitalised, whose last part is a body's head (German, Dutch, the Nordic languages, Finnish):
 * `Landwirtschaftskammer`, `Weinbauverband`, `Rijkswaterstaat`, `Trafikverket`, `Ilmatieteenlaitos`; four letters at least
 * before the head (`Polizei` alone is none); not a word that only ends like one (not-org-compounds.json: `insgesamt`).
 */
/** A capitalised word of four letters at least before one of the endings. */
const endingIn = (endings: readonly string[]): RegExp => new RegExp(`^\\p{Lu}[\\p{L}-]{3,}(?:${endings.join('|')})$`, 'u');
const ORG_COMPOUND = endingIn(orgCompoundEndingsList);
const NOT_ORG_COMPOUNDS = set(notOrgCompoundsList);
export const isOrgCompound = (word: string): boolean => ORG_COMPOUND.test(word) && !NOT_ORG_COMPOUNDS.has(word.toLowerCase());
/**
 * Such a word that names a public agency by itself, in the definite form the Nordic languages give agencies' names or in a
 * name Dutch gives one (`Trafikverket`, `Beredskabsstyrelsen`, `Rijkswaterstaat`); not a company's or a union's word, which as
 * often refers back to one named before (`Flygbolaget uppger …`), nor a Finnish common noun (`Kauppakeskus`).
 */
const AGENCY_COMPOUND = endingIn(agencyCompoundEndingsList);
export const isAgencyCompound = (word: string): boolean => AGENCY_COMPOUND.test(word);

/**
 * Occupations and roles a story gives a person after the name or in lower case before it (`Ryu, a welder,`, `said
 * waiter Mehmet Demir`). Only in lower case: printed with a capital they are names (`Baker Mayfield`, `Cook Islands`).
 */
export const OCCUPATIONS = set(occupationsList);
/** What a person does or is, in lower case, in the agencies' other languages (`vecina`, `agricultor`, `retraitée`, `asukas`, `pengamat`): a title's head. (Not
 * Indonesian and Malay nouns used for many as for one: `warga`, `petani`.) */
export const OCCUPATIONS_OTHER_LANGUAGES = set(occupationsOtherLanguagesList);

/**
 * Words in -ist that are no agent noun for a person (`hydrologist`, `geologist`, `specialist` are): lists and verbs
 * (`checklist`, `insist`), and creeds used as adjectives before a group's name (`the leftist Podemos`).
 */
export const NOT_AGENT_NOUNS = set(notAgentNounsList);

/** Names printed in lower case, read as if capitalised: the German agency's `dpa` (`told dpa`). */
export const LOWER_CASE_NAMES = set(lowerCaseNamesList);

/** Patronymic words that close Central Asian names in lower case: `Almazbek Toktosunov uulu`, `Aigerim Bekmurat kyzy`. */
export const PATRONYMIC_SUFFIXES = set(patronymicSuffixesList);
/** Endings of family names in Slavic, Baltic, Caucasian, Central Asian, Romanian and Turkic naming (`-ov`, `-shvili`, `-yan`, `-uly`, `-escu`). */
export const FAMILY_NAME_ENDINGS: readonly string[] = familyNameEndingsList;
/** Nouns for ships and boats, before the name a craft bears (`the research vessel Víctor Angelescu`): no person's. */
export const CRAFT_NOUNS = set(craftNounsList);
/** Nouns for streets, squares, bridges and stadiums in the Romance languages, lower case before the name (`avenida Carlos Antonio López`, `estadio Defensores del Chaco`): the name is a place's. */
export const STREET_NOUNS_OTHER_LANGUAGES = set(streetNounsOtherLanguagesList);
/**
 * … and those a Romance language's copy prints so which are English words too (`place Liedts`, `station Toots Thielemans`,
 * `via Lapi`): in English copy `via Dubai` is a route, `the station Monday` no name.
 */
const STREET_NOUNS_ROMANCE = set([...streetNounsOtherLanguagesList, ...streetNounsRomanceList]);
/**
 * The Romance nouns whose `de` names the feature itself, whatever the name (`río Piura`, `rue de Namur`, `presa de
 * Monción`), unlike those that say what a town has (`port de Lomé`, `plage de Nouadhibou`, `bairro de Namicopo`: the town
 * or the quarter is the place).
 */
export const NAMED_FEATURE_NOUNS_ROMANCE = set(namedFeatureNounsRomanceList);
/** The articles between a Romance `de` and a name: `plaza de la Constitución`, `calle de los Reyes`. */
export const ROMANCE_ARTICLES_AFTER_OF = set(romanceArticlesAfterOfList);
/** A railway station's noun in the Romance languages: `gare`, `estación`. */
export const STATION_NOUNS_ROMANCE = set(stationNounsRomanceList);
/** The sides and the centre of a town its stations are named for (`gare du Midi`, `estación del Norte`). */
export const TOWN_SIDES_ROMANCE = set(townSidesRomanceList);
/** The nouns a heritage listing names, capitalised with it: `World Heritage Site`, `World Heritage List`. */
export const HERITAGE_LISTING_NOUNS = set(heritageListingNounsList);
/** The middle names of Vietnamese names, between the family name and the given name: `Nguyen Van Tam`, `Tran Thi Lan`. */
export const VIETNAMESE_MIDDLE_NAMES = set(vietnameseMiddleNamesList);
/** Prepositions before a place in the Romance languages, after a verb whose subject is unsaid: `señaló en Lima`, `a déclaré à Paris`. */
export const PLACE_PREPOSITIONS_AFTER_SAYING = set(placePrepositionsAfterSayingList);
/** The languages whose copy prints a street's, a river's or a station's noun in lower case before its name. */
const ROMANCE_LANGUAGES: ReadonlySet<string> = new Set(['fr', 'es', 'it', 'pt', 'ca', 'gl', 'ro', 'oc']);
/** `Ó`, `Ní`, `Mac`: the Irish and Scottish Gaelic words for son or daughter of, capitalised inside a name (`Cathal Ó Loingsigh`). */
export const PATRONYMIC_PREFIXES = set(patronymicPrefixesList);

/** Words for an office named for a post in the possessive: `Ombudsman’s Office`, `Prime Minister’s Office`. */
export const OFFICE_WORDS = set(officeWordsList);

/** Portfolios a minister or secretary holds: `Energy and Mines Minister`, `Treasury and Finance Minister`. */
export const PORTFOLIOS = set(portfoliosList);

/** Title heads that are also common given or family names, honoured only inside a title (`Chief Justice`). */
export const AMBIGUOUS_TITLE_HEADS = set(ambiguousTitleHeadsList);

/** Words that start a sentence after `U.S.` or `N.C.` ends one: `… in the U.S. The …`. */
export const FUNCTION_STARTERS = set(functionStartersList);

/** Words that may stand before a title head inside the title: `Former`, `Deputy`, `acting`. */
export const TITLE_MODIFIERS = set(titleModifiersList);
/** A title of two heads joined by a hyphen, or a modifier and a head: `Attorney-General`, `Solicitor-General`, `Vice-Chancellor` (lower case). */
export const isHyphenatedTitle = (lower: string): boolean => {
  const parts = lower.split('-');
  return parts.length === 2 && (TITLE_HEADS.has(parts[0]!) || TITLE_MODIFIERS.has(parts[0]!) || OCCUPATIONS.has(parts[0]!)) && TITLE_HEADS.has(parts[1]!);
};

/** `Secretary of State`: words that may follow "of" inside a title, before the name starts. */
export const TITLE_COMPLEMENTS = set(titleComplementsList);

/** Verbs of saying: the attribution of a quote and the evidence that a name is a person's or an institution's. */
export const SPEECH_VERBS = set([...speechVerbsList, ...speechVerbsOtherLanguagesList]);
/** The verbs of saying of the languages other than English (`powiedział`, `dijo`, `sagte`). */
export const SPEECH_VERBS_OTHER_LANGUAGES = set(speechVerbsOtherLanguagesList);

/** Capitalised at a sentence's start but not names: articles, pronouns, conjunctions, adverbs, common plural nouns. */
export const SENTENCE_STARTERS = set(sentenceStartersList);

/** Capitalised words that name times and events, never people, places or organisations on their own. */
export const CALENDAR = set(calendarList);

/** Particles inside names, in lower case: `Juan de la Cruz`, `Ahmed bin Salman`, `Hadeel al-Shalchi`. */
export const NAME_PARTICLES = set(nameParticlesList);
/** Titles that take the country they are sent to after `to`: `Ambassador to Azerbaijan`, `Permanent Representative to the UN`. */
export const ENVOY_HEADS = set(envoyHeadsList);
/** Particles of the naming customs whose full names run past five words (Spanish, Portuguese, Italian, Arabic, Malay). */
export const LONG_NAME_PARTICLES = set(longNameParticlesList);

/** Letters after a name, as printed: honours, offices and degrees (`Sarah Oyelaran-Brooks KC`, `Jane Doe MP`); never part of the name. */
export const POST_NOMINALS = set(postNominalsList);

/** Last words of a street's name: `Hospital Road`. */
export const STREET_WORDS = set(streetWordsList);

/** Prepositions of the Romance languages that name who was told, after a verb of saying: `dijo a`, `disse à`, `ha detto al`. */
export const RECIPIENT_PREPOSITIONS = set(recipientPrepositionsList);
/** What a company does, said of it in a relative clause after its name: `KiwiRail, which runs Interislander,`. */
export const COMPANY_VERBS_AFTER_WHICH = set(companyVerbsAfterWhichList);
/** Articles and demonstratives of the Romance languages before an outlet told something: `a la diaria`, `a este diario`. */
export const ROMANCE_DETERMINERS = set(romanceDeterminersList);
/** Prepositions after a speaker's role that open where or when they spoke, in lower case: no part of the role (`a déclaré le ministre devant …`). */
export const AFTER_ROLE = set(afterRoleList);
/** What may follow `reported` when a newsroom reported: the clause's end, a time, or its source (`…, Dawn reported.`). */
export const REPORT_ENDS = set(reportEndsList);

/** Honorifics before a name. */
export const HONORIFICS = set(honorificsList);

/**
 * Honorifics that open a printed name and are not part of it (`Datuk Seri Roslan Hamid` is Roslan Hamid, `Mr. Ng` is Ng):
 * English, Malaysian (`Datuk`, `Dato'`, `Tan Sri`, `Datin`), Philippine Moro `Datu`, Indian (`Shri`, `Smt`), Arabic and Malay
 * `Haji`, French `Mme`.
 * `Sri`/`Seri` and `Puan` only after another honorific (`Sri Mulyani` is a given name); `Pak`, `Bu`, `Ibu`, `Bapak`
 * (Indonesian) only before one name (`Pak Jokowi`), as `Pak` is also a Korean family name (`Pak Pong Ju`).
 */
export const NAME_HONORIFICS = set(nameHonorificsList);
/** Honorifics that only follow another: `Datuk Seri`, `Tan Sri`, `Toh Puan`. */
export const NAME_HONORIFICS_SECOND = set(nameHonorificsSecondList);
/** Honorifics that only open a name with another honorific after them: `Tan Sri`, `Toh Puan`, `Tun` (`Tun Tun Oo` is a name), `El Hadj` (`El Salvador`). */
export const NAME_HONORIFICS_FIRST_ONLY = set(nameHonorificsFirstOnlyList);
/** Indonesian honorifics and the French `M.`, counted only before a single name (`Pak Jokowi`, `M. Tessier`). */
export const NAME_HONORIFICS_SINGLE = set(nameHonorificsSingleList);
/** Myanmar's honorifics (`U`, `Ma`, `Ko`) and Spanish `Doña`, counted only before a name of two words or more: `U Kyaw Zeya Min`, `Doña Justina Mamani`, not `Ma Ying-jeou`, `the ferry Doña Paz`. */
export const NAME_HONORIFICS_BEFORE_TWO = set(nameHonorificsBeforeTwoList);

/** Words that begin a relative clause or a new clause after a name. */
export const CLAUSE_WORDS = set(clauseWordsList);
/** Words after a comma behind a name that open a clause, not an apposition: `Paris, where …`, `Lima, y …`, `Rome, che …`. */
export const CLAUSE_WORDS_AFTER_NAME = set(clauseWordsAfterNameList);

/** Determiners and prepositions that end a title read backwards from a name. */
export const TITLE_STOPS = set(titleStopsList);

/** Nouns after a name that make it a place: `Kursk region`, `Gangnam district`. */
export const PLACE_NOUNS = set(placeNounsList);

/** Nouns before "of" that make the next name a place: `the town of Khiam`, `the island of Flores`. */
export const PLACE_NOUNS_BEFORE_OF = set(placeNounsBeforeOfList);
/** The same in the Romance languages and Dutch, before their `de`, `da`, `di` …: `concelho da Povoação`, `ilha de São Miguel`, `comune di Bagnone`. */
export const PLACE_NOUNS_BEFORE_OF_OTHER_LANGUAGES = set(placeNounsBeforeOfOtherLanguagesList);

/** Plural nouns before "such as" that make the names after it places: `resorts such as Kemer, Belek and Side`. */
export const PLACE_KINDS = set(placeKindsList);

/** Prepositions before a name that, with nothing else known, make it a place: `in Vladivostok`, `to Brussels`. */
export const PLACE_PREPOSITIONS = set(placePrepositionsList);

/** Prepositions of place in the languages of the agencies' services, by BCP 47 primary subtag (German's own, `nach`, `bei`, are read only before a place the tables know: every noun is capitalised; `run-rules.ts`). */
const PLACE_PREPOSITIONS_BY_LANGUAGE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['cs', placePrepositionsCs], ['da', placePrepositionsDa], ['de', placePrepositionsDe], ['es', placePrepositionsEs], ['fr', placePrepositionsFr], ['it', placePrepositionsIt],
  ['nb', placePrepositionsNb], ['nl', placePrepositionsNl], ['pl', placePrepositionsPl], ['pt', placePrepositionsPt], ['sv', placePrepositionsSv],
  // Indonesian and Malay share theirs
  ['id', placePrepositionsId], ['ms', placePrepositionsId],
].map(([language, list]) => [language as string, set([...placePrepositionsList, ...(list as string[])])]));

const SENTENCE_STARTERS_BY_LANGUAGE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['es', sentenceStartersEs],
  ['ca', sentenceStartersCa],
  ['it', sentenceStartersIt],
  ['fr', sentenceStartersFr],
  ['pt', sentenceStartersPt],
  ['de', sentenceStartersDe],
  ['nl', sentenceStartersNl],
  ['da', sentenceStartersDa],
  ['sv', sentenceStartersSv],
  ['nb', sentenceStartersNb],
  ['fi', sentenceStartersFi],
  ['vi', sentenceStartersVi],
  ['ro', sentenceStartersRo],
  ['id', sentenceStartersId],
  ['ms', sentenceStartersId],
].map(([language, list]) => [language as string, set([...sentenceStartersList, ...(list as string[])])]));

/** The words the rules read a story with that depend on its language, resolved once a story (English's always among them). */
export interface StoryWords {
  /** Words before a place's name: `in`, `en`, `à`. */
  readonly prepositions: ReadonlySet<string>;
  /**
   * Words a sentence opens with that are no part of a name after them: `Según …`, `El Gobierno`, `Secondo la
   * Commissione`, `Die Deutsche Bahn`, `Ifølge Metroselskabet`. Articles that also open family names (Italian `La Russa`,
   * `Lo Russo`; Dutch `De Jong`) are left out.
   */
  readonly starters: ReadonlySet<string>;
  /**
   * Whether a sentence may open on a person's job, capitalised and without an article, before the name (Dutch, German,
   * the Nordic, Baltic and Slavic languages, Finnish: `Dijkgraaf Hennie Schuurman zegt …`, `Vagtchef Kristian Møller siger …`,
   * `Župan Anton Mežnar je pojasnil`); not in English or the
   * Romance languages, where such a capital opens a name (`Murad Ali Shah`, `Wendpouiré Aristide Compaoré`).
   */
  readonly jobOpensSentence: boolean;
  /**
   * Whether a job's complement follows it in the genitive, no word for `of` between (Greek, Romanian, the Slavic and Baltic
   * languages: `δήμαρχος Ηρακλείου`, `ministrul Agriculturii`, `primátor Košíc`).
   */
  readonly genitiveAfterJob: boolean;
  /**
   * Whether a body's name may be one compound word ending in a body's head (`Landwirtschaftskammer Steiermark`, `Trafikverket`):
   * German, Dutch, the Nordic languages, Finnish. `alone`: an agency's such word names it by itself (`isAgencyCompound`:
   * `Trafikverket`, `Rijkswaterstaat`); not in German, where such a word is as often a common noun (`das Bundesamt`).
   */
  readonly compoundBodies: 'alone' | 'with-place' | null;
  /** Honorifics the language's copy prints before a name of any length, ambiguous elsewhere: French `M.` (Monsieur), an initial in English. */
  readonly honorifics: ReadonlySet<string>;
  /** Nouns printed in lower case before a street's, a river's or a station's name: `rue du Progrès`, `río Mao`, `place Liedts`. */
  readonly streetNouns: ReadonlySet<string>;
  /**
   * Whether the language capitalises every noun (German, Luxembourgish): a capitalised word after a preposition of its own
   * (`nach Galtür`, `nach Angaben`) is a place only where the tables know it.
   */
  readonly nounsCapitalised: boolean;
}

/** No honorifics of a language's own. */
const NO_HONORIFICS: ReadonlySet<string> = new Set();
/** French copy's `M.` before a name: `M. Mohamed Mahmoud Ould Bah` (in English copy `M.` is as often an initial: `M. Murugan Ganesh`). */
const HONORIFICS_BY_LANGUAGE: ReadonlyMap<string, ReadonlySet<string>> = new Map([['fr', set(nameHonorificsFrenchList)]]);

/** The words of a story in English, or in a language with no lists of its own. */
export const ENGLISH_STORY_WORDS: StoryWords = { prepositions: PLACE_PREPOSITIONS, starters: SENTENCE_STARTERS, jobOpensSentence: false, genitiveAfterJob: false, compoundBodies: null, honorifics: NO_HONORIFICS, streetNouns: STREET_NOUNS_OTHER_LANGUAGES, nounsCapitalised: false };
/** The languages whose sentences may open on a person's job before the name. */
const JOB_FIRST_LANGUAGES: ReadonlySet<string> = new Set(['nl', 'de', 'da', 'sv', 'nb', 'fo', 'is', 'fi', 'et', 'pl', 'cs', 'sk', 'sl', 'hr', 'sr', 'bs', 'lt', 'lv']);
/** The languages that write a body's name as one compound word. */
const COMPOUND_BODY_LANGUAGES: ReadonlySet<string> = new Set(['nl', 'da', 'sv', 'nb', 'fo', 'is', 'fi']);
/** The languages that put a job's complement after it in the genitive. */
const GENITIVE_AFTER_JOB_LANGUAGES: ReadonlySet<string> = new Set(['el', 'ro', 'pl', 'cs', 'sk', 'sl', 'hr', 'sr', 'bs', 'bg', 'mk', 'ru', 'uk', 'be', 'lt', 'lv']);

/** The words of a story in this language (BCP 47; Norwegian declared as `no`, or Nynorsk's `nn`, reads as Bokmål). */
export function storyWordsOf(language: string | null | undefined): StoryWords {
  const primary = (language ?? '').toLowerCase().split('-')[0]!;
  const key = primary === 'no' || primary === 'nn' ? 'nb' : primary;
  return {
    prepositions: PLACE_PREPOSITIONS_BY_LANGUAGE.get(key) ?? PLACE_PREPOSITIONS,
    starters: SENTENCE_STARTERS_BY_LANGUAGE.get(key) ?? SENTENCE_STARTERS,
    jobOpensSentence: JOB_FIRST_LANGUAGES.has(key),
    genitiveAfterJob: GENITIVE_AFTER_JOB_LANGUAGES.has(key),
    compoundBodies: COMPOUND_BODY_LANGUAGES.has(key) ? 'alone' : key === 'de' ? 'with-place' : null,
    honorifics: HONORIFICS_BY_LANGUAGE.get(key) ?? NO_HONORIFICS,
    streetNouns: ROMANCE_LANGUAGES.has(key) ? STREET_NOUNS_ROMANCE : STREET_NOUNS_OTHER_LANGUAGES,
    nounsCapitalised: key === 'de' || key === 'lb',
  };
}

/** Words between a preposition and a place's name that say where it lies: `in neighboring Iwanai`, `in nearby Pozzuoli`. */
export const PLACE_ADJECTIVES = set(placeAdjectivesList);

/** Nouns before a name that make it an outlet or organisation: `outlet The War Zone`, `newspaper Dong-A Ilbo`. */
export const OUTLET_NOUNS = set(outletNounsList);
/** The words that join a name to its father's (`Ahmad Zaki bin Haji Mahmud`); the Gaelic prefixes are PATRONYMIC_PREFIXES. */
export const PATRONYMIC_PARTICLES = set(patronymicParticlesList);
/** Nouns for a person of a nation that are no demonym adjective's form (`the Spaniard said`; `Frenchman` is `French` + `man`). */
export const NATIONALITY_NOUNS = set(nationalityNounsList);
/** Movements whose national bodies go by the country's name before theirs: `Kenya Red Cross`, `Fiji Red Crescent`. */
export const NATIONAL_MOVEMENTS = set(nationalMovementsList);
/** A legislature's bare name, which a place before it makes that place's own (`Kansas Legislature`, `Kurdistan Parliament`). */
export const LEGISLATURES = set(legislaturesList);

/** Nouns after a name that make it an organisation: `the ruling Pheu Thai party`. */
export const ORG_NOUNS_AFTER = set(orgNounsAfterList);

/** Last words of an organisation's name: `National Intelligence Service`, `Harrowgate Foods`. */
export const ORG_HEADS = set(orgHeadsList);

/**
 * First words of an organisation's name in Romance languages, where the head noun comes first: `Casa Huizache`,
 * `Grupo Bimbo`, `Banco Santander`, `Groupe Renault`.
 */
export const ORG_HEADS_FIRST = set(orgHeadsFirstList);

/** First words that never start a person's name and make a body of the run: `World Athletics`, `World Vision`. */
export const ORG_LEADS = set(orgLeadsList);

/** First words of an organisation's name before "of": `Ministry of Defence`, `Bank of Korea`. */
export const ORG_HEADS_BEFORE_OF = set(orgHeadsBeforeOfList);

/** Company words after which the first word alone is a short reference: `Harrowgate Foods` → `Harrowgate`. */
export const CORPORATE_SUFFIXES = set(corporateSuffixesList);

/** A company's legal form, the last word of its name (`Femern A/S`, `Siemens AG`, `Finnair Oyj`): one of the corporate suffixes. */
export const COMPANY_FORMS = set(companyFormsList);

/** Last words of a place's name: `Baltic Sea`, `Kure Beach`, `Gaza City`. */
export const PLACE_HEADS = set(placeHeadsList);

/** Last words of a place's name that are family names too (`Kruger National Park`, not `Grace Park`; `Park Min-ji`): a place's head only after a word that is no given name. */
export const PLACE_HEADS_ALSO_SURNAMES = set(placeHeadsAlsoSurnamesList);

/** Adjectives a title's head takes after it in the Romance languages: `assessore regionale`, `director general`, `ministre délégué`. */
export const TITLE_ADJECTIVES_AFTER_HEAD = set(titleAdjectivesAfterHeadList);

/** The nouns of a style of address after `His` or `Her`: `Her Honour`, `His Excellency`, `Her Worship`. */
export const STYLE_NOUNS = set(styleNounsList);

/** First words of a place's name: `Gulf of Finland`, `Mount Olive`, `Lake Chad`. */
export const PLACE_HEADS_FIRST = set(placeHeadsFirstList);
/** The United Kingdom's nations, which name bodies as countries do (`Police Scotland`, `Sport England`): lower case. */
export const HOME_NATIONS = set(homeNationsList);
/** Words after a country's letters that make them a noun again: `the U.S. and China`, `the U.S. said`. */
export const NOUN_FOLLOWERS = set(nounFollowersList);
/** Verbs in the plural that British sports copy gives a club: `…, who are top of the league`. */
export const CLUB_PLURAL_VERBS = set(clubPluralVerbsList);
/** A country's letters as printed (case matters: `US`, not `us`), which before another word are an adjective (`U.S. officials`). */
export const COUNTRY_LETTERS = set(countryLettersList);
/** Small words a body's name runs over before the acronym that spells it: `Centre for Disease Control and Prevention`. */
export const ACRONYM_JOINS = set(acronymJoinsList);

/** Points of the compass before a place name: `eastern Russia` is a mention of Russia. */
export const DIRECTIONS = set(directionsList);

/** Demonyms: peoples, regions and creeds (the list), and the English demonyms of every country (world-countries, built by `npm ci`). */
export const DEMONYMS = set([...demonymsList, ...COUNTRIES.demonyms]);

/**
 * Common given names, lower case: a run that starts with one and has no other reading is a person
 * (`Jamie Ward`, `Kyle Korver`), never a place by its preposition (`goals from Jamie Ward`). Names that
 * are also ordinary words or places (`Will`, `May`, `Rose`, `Hope`, `Georgia`, `Jordan`) are left out.
 */
export const GIVEN_NAMES = set(givenNamesList);

/** Abbreviated ranks and honorifics, which stand before a name (`Gen.`, `Dr.`, `Rev.`). */
export const ABBREVIATED_RANKS = set(abbreviatedRanksList);
/** Police ranks by their initials, before a family name (`SP Bhandari`, `DSP Rana`): South Asian and Nigerian copy. */
export const RANK_INITIALS = set(rankInitialsList);
/** Social platforms a post is made on, as printed: `wrote on X`, `posted on Facebook`. */
export const SOCIAL_PLATFORMS = set(socialPlatformsList);
/** Words that open a port's or a council's name over its `of`, before a title: `Port of Newcastle chief executive`. */
export const CIVIC_BODY_HEADS = set(civicBodyHeadsList);
/** What a town's council is, in lower case after the town's name: `Munxar local council`, `Halifax regional council`. */
export const LOCAL_COUNCIL_KINDS = set(localCouncilKindsList);
/** The council itself after its kind: `local council`, `local municipality`. */
export const LOCAL_COUNCIL_HEADS = set(localCouncilHeadsList);
/** The endings of the abstract nouns a minister's remit is made of: `Reduction`, `Development`, `Security`, `Welfare`. */
export const ABSTRACT_NOUN_ENDINGS: readonly string[] = abstractNounEndingsList;
/** Case endings after a colon on an acronym or a name, Finnish and Swedish style: `IAU:n`, `LKAB:s`, `EU:ssa`. */
export const COLON_CASE_ENDINGS = set(colonCaseEndingsList);
/** A body's head word that names a region after a compass word: `Northern Division` (Fiji), not `Appellate Division`. */
export const REGION_HEADS_AFTER_DIRECTION = set(regionHeadsAfterDirectionList);
/** The words a numbered road is named by, as printed: `Highway 97`, `Interstate 25`, `Ruta 160`. */
export const ROAD_WORDS = set(roadWordsList);
/** What kind of road a number is, after the road's word: `ruta nacional 4`, `route nationale 5a`. */
export const ROAD_KINDS = set(roadKindsList);
/** Other abbreviations whose point is part of the word (`Jr.`, `Sept.`, `Corp.`). */
export const OTHER_ABBREVIATIONS = set(otherAbbreviationsList);
/** US state abbreviations in AP style (`Calif.`): they may end a sentence (`… in Mount Olive, N.C.`), after them a capital starts a new one. */
export const STATE_ABBREVIATIONS = set(stateAbbreviationsList);
/** Canadian province abbreviations (`Ont.`, `Que.`). */
export const PROVINCE_ABBREVIATIONS = set(provinceAbbreviationsList);

/** EVENT_WORDS. */
export const EVENT_WORDS = set(eventWordsList);
/** What a named storm is called before its name: `Hurricane Dorian`, `Cyclone Freddy`, `Tropical Storm Alberto`, an event and no person. */
export const STORM_KINDS = set(stormKindsList);

/** Countries whose city names are often family names too (`Jack London`, `Denzel Washington`): not read as clubs. */
export const ENGLISH_SPEAKING = set(englishSpeakingCountriesList);

/** Place names that are also ordinary adjectives or given names: counted only with "the" before them or a head after. */
export const PLACES_NEEDING_THE = set(placesNeedingTheList);

/** Words before a capitalised word that make it a common noun or a team, not a family name used alone. */
export const ARTICLES = set(articlesList);
/** Articles a role may follow a verb of saying with, in the languages read: `disse o secretário`, `afirmó el ministro`. */
export const ROLE_ARTICLES = set(roleArticlesList);

/** `First Test`, `Second Division`: never a given name. */
export const ORDINALS = set(ordinalsList);

/** INITIALS_NOUNS. */
export const INITIALS_NOUNS = set(initialsNounsList);

/** Auxiliaries of compound past tenses between a quote and its verb: French `a dit`, Italian `ha detto`, German `hat gesagt`. */
export const AUXILIARIES = set(auxiliariesList);

/** Nouns after a name that is also an ordinary word and make it the place: `Amazon rainforest`, `Pacific islands`. */
export const GEOGRAPHIC_NOUNS = set(geographicNounsList);

/** NOT_ACRONYMS. */
export const NOT_ACRONYMS = set(notAcronymsList);

/** Verbs after a name that only a business or body does: `Bosch employs 18,000 people`. */
export const ORG_VERBS_AFTER = set(orgVerbsAfterList);

/** Words after a name that start a clause or a complement: `World Athletics and …`, `… will decide`. */
export const CLAUSE_STARTS = set(clauseStartsList);

/** Sentence-start words that may begin a body's name: `National Electric Vehicle Sweden`, `Federal Highway Authority`. */
export const NAME_ADJECTIVES = set(nameAdjectivesList);

/** Title heads after which "of X" names the body the person works for: `CEO of Poet`, `founder of EOS Climate`. */
export const INSTITUTION_HEADS = set(institutionHeadsList);

/** `and` inside a body's name, in the agencies' languages: `Servicio Nacional de Meteorología e Hidrología`. */
export const AND_WORDS = set(andWordsList);

/** The `of` that makes a name a body's, in the agencies' languages: `Servicio Nacional de …`. */
export const OF_WORDS = set(ofWordsList);

/** `of` in the Romance languages and Dutch, with or without an elided vowel, before a place's or a remit's name: `concelho da Povoação`, `de la Culture`, `d'Edmundston`. */
export const ROMANCE_OF_WORDS = set(romanceOfWordsList);

/** Relative pronouns of the agencies' other languages, a person's or a thing's: `que`, `quien`, `qui`, `som`, `che`, `die`, `joka`. */
export const RELATIVE_PRONOUNS_OTHER_LANGUAGES = set(relativePronounsOtherLanguagesList);

/** Years in the agencies' languages, after an age in words: `de 81 años`, `de 71 anos`. */
export const AGE_NOUNS = set(ageNounsList);

/** What a station is after when it is a service's, not a stop: `Police Station`, `Research Station`, `Space Station`. */
export const SERVICE_STATION_WORDS = set(serviceStationWordsList);

/** `its`, `his`, `her` in the agencies' other languages, before a title set off before a name: `Sa directrice générale, X,`, `Su portavoz, X,`. */
export const POSSESSIVE_DETERMINERS_OTHER_LANGUAGES = set(possessiveDeterminersOtherLanguagesList);

/** INNER_POSSESSIVES. */
export const INNER_POSSESSIVES = set(innerPossessivesList);

/** `, the man who …`: nouns that say nothing of what a person does. */
export const GENERIC_PERSON_NOUNS = set(genericPersonNounsList);

/** Rank words and honorifics that stand in a title but say little alone: `Gen.`, `Dr.`, `Prince`, `Ayatollah`. */
export const RANKS = set(ranksList);

/** Family names written first in Korean, Chinese and Vietnamese names as wires print them (`Cho Tae-yong`, `Xi Jinping`, `Tran Van Bay`). */
export const FAMILY_FIRST = set(familyNamesFirstList);
