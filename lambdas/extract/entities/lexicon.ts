/**
 * Word lists for entity extraction: data, not code. Lower-case keys; a missing word is one entry.
 * Kept small and general (wire style, AP Stylebook titles), so they describe English news prose rather
 * than any one story.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Nouns that head a person's title: `Defense Secretary`, `spokesman`, `lawmaker`, `coach`. */
export const TITLE_HEADS = set(`
  president president-elect vice-president secretary secretary-general minister premier chancellor spokesman spokeswoman
  spokesperson director director-general chief head leader general chairman chairwoman chair chairperson commissioner mayor
  governor governor-general senator sen. rep. gov. representative lawmaker legislator parliamentarian mp ambassador envoy
  coach captain judge justice prosecutor attorney lawyer officer commander colonel col. lt. lieutenant sgt. sergeant admiral
  adm. gen. marshal king queen prince princess pope cardinal bishop archbishop rabbi imam sheikh emir sultan monarch ruler
  executive ceo cfo founder co-founder analyst economist strategist professor researcher scientist expert official adviser
  advisor aide diplomat negotiator manager owner speaker superintendent inspector detective constable sheriff warden dean
  principal teacher nurse doctor dr. surgeon pilot farmer worker bartender student activist campaigner candidate nominee
  member councillor councilor councilman councilwoman alderman delegate guard forward center centre striker midfielder
  defender goalkeeper quarterback pitcher player champion singer actor actress author novelist artist editor anchor host
  correspondent treasurer magistrate priest pastor rev. reverend cleric mufti patriarch ayatollah administrator coordinator
  organiser organizer cofounder vice deputy undersecretary under-secretary regulator auditor governor investor trader
  economist banker entrepreneur engineer physician epidemiologist virologist historian researcher lecturer shopkeeper
  vendor driver fisherman resident mother father survivor witness consultant chieftain sovereign producer photographer
  tycoon teammate hardliner billionaire reliever catcher outfielder infielder shortstop batter winger fullback linebacker receiver rookie archer herder
  dictator strongman warlord defendant all-star all-stars cornerback punter kicker spinner bowler batsman sprinter cyclist swimmer
  jockey golfer boxer skier wicketkeeper all-rounder right-back left-back centre-back center-back pundit commentator
  ombudsman
`);

/**
 * Occupations and roles a story gives a person after the name or in lower case before it (`Ryu, a welder,`, `said
 * waiter Mehmet Demir`). Only in lower case: printed with a capital they are names (`Baker Mayfield`, `Cook Islands`).
 */
export const OCCUPATIONS = set(`
  welder schoolteacher waiter waitress climber mountaineer smallholder labourer laborer carpenter plumber electrician
  mechanic cook chef baker butcher tailor cleaner housekeeper gardener shepherd rancher villager fisher fishmonger
  boatman sailor seafarer porter guide vendor hawker peddler cashier clerk accountant journalist reporter blogger
  photojournalist filmmaker musician composer poet dancer designer architect programmer technician paramedic midwife
  pharmacist dentist veterinarian psychologist psychiatrist lifeguard firefighter soldier conscript volunteer migrant
  refugee pensioner retiree homeowner tenant landlord shopowner storekeeper hotelier restaurateur innkeeper tourist
  passenger commuter motorist protester demonstrator mediator lobbyist advocate caregiver carer nanny graduate
  undergraduate pupil apprentice intern trainee employee widow widower grandmother grandfather voter partner elder
  runner athlete
`);

/**
 * Words in -ist that are no agent noun for a person (`hydrologist`, `geologist`, `specialist` are): lists and verbs
 * (`checklist`, `insist`), and creeds used as adjectives before a group's name (`the leftist Podemos`).
 */
export const NOT_AGENT_NOUNS = set(`
  list checklist playlist shortlist blacklist wishlist waitlist hitlist setlist whitelist watchlist booklist fist wrist
  mist twist exist assist persist insist resist consist desist enlist coexist subsist leftist rightist centrist
  nationalist socialist communist populist separatist islamist marxist maoist leninist extremist zionist modernist
  pacifist royalist loyalist unionist federalist secessionist reformist salafist jihadist fascist racist sexist
  feminist environmentalist capitalist globalist imperialist colonialist expansionist revisionist isolationist
  protectionist interventionist realist idealist baptist methodist
`);

/** Names printed in lower case, read as if capitalised: the German agency's `dpa` (`told dpa`). */
export const LOWER_CASE_NAMES = set('dpa');

/** Words for an office named for a post in the possessive: `Ombudsman’s Office`, `Prime Minister’s Office`. */
export const OFFICE_WORDS = set('office bureau department secretariat chambers');

/** Portfolios a minister or secretary holds: `Energy and Mines Minister`, `Treasury and Finance Minister`. */
export const PORTFOLIOS = set(`
  state defense defence foreign affairs health finance interior justice education energy trade industry industries commerce
  labor labour agriculture transport transportation treasury homeland security economy economic environment culture
  communications information public works home housing development planning mines mining minerals tourism plantation
  plantations commodities fisheries forestry water resources natural land lands rural urban regional local government
  science technology research innovation digital infrastructure investment investments youth sport sports women family
  families children child social welfare employment climate heritage arts media broadcasting religious veterans
  immigration migration citizenship customs revenue budget oil gas petroleum power electricity food cooperatives
  enterprise enterprises small medium higher primary secondary oceans ocean maritime marine seas ports shipping aviation
  railways roads highways wildlife parks sanitation irrigation hydrocarbons telecommunications posts consumer
  protection competition solidarity equality gender minorities indigenous tribal
`);

/** Title heads that are also common given or family names, honoured only inside a title (`Chief Justice`). */
export const AMBIGUOUS_TITLE_HEADS = set('king queen prince marshal dean justice major bishop pope sheikh');

/** Words that start a sentence after `U.S.` or `N.C.` ends one: `… in the U.S. The …`. */
export const FUNCTION_STARTERS = set('the a an he she it they we i his her its their this that these those but and in on at as if when while after before there');

/** Words that may stand before a title head inside the title: `Former`, `Deputy`, `acting`. */
export const TITLE_MODIFIERS = set(`
  former acting deputy vice interim outgoing incoming new then senior junior chief assistant associate executive managing
  general lead principal top first second prime foreign defense defence interior finance health justice state trade
  national security military intelligence economic energy transport transportation education labor labour culture
  agriculture environment police army navy air fire battalion district regional provincial municipal city county federal
  presidential party opposition ruling supreme high appeals court team freshman sophomore veteran retired caretaker
  crown board school government emerging
`);

/** `Secretary of State`: words that may follow "of" inside a title, before the name starts. */
export const TITLE_COMPLEMENTS = set(`
  state defense defence foreign affairs health finance the interior justice education energy trade industry commerce labor
  labour agriculture transport transportation treasury homeland security economy environment culture staff police
  communications information public works home housing development planning
`);

/** Verbs of saying: the attribution of a quote and the evidence that a name is a person's or an institution's. */
export const SPEECH_VERBS = set(`
  said says say told tells added adds warned warns asked asks insisted insists wrote writes posted posts stressed stresses
  noted notes argued argues explained explains replied replies recalled recalls acknowledged acknowledges admitted admits
  declared declares announced announces urged urges called calls described describes predicted predicts claimed claims
  conceded concedes complained complains estimated estimates suggested suggests cautioned cautions stated states
  testified testifies responded responds quipped joked continued continues charged charges vowed vows pledged pledges
  promised promises confirmed confirms denied denies boasted boasts lamented laments tweeted observed observes
  remarked remarks shouted screamed wondered echoed echoes agreed agrees quoted quoting saying writing
`);

/** Speech verbs after which the speaker follows the verb when they come right after a quote: `…,” said Kirby`. */
/** Capitalised at a sentence's start but not names: articles, pronouns, conjunctions, adverbs, common plural nouns. */
export const SENTENCE_STARTERS = set(`
  the a an in on at but and or so however also last next this that these those it its he she they we i you his her their our
  my your after before when while if as for with without under over from by since until among despite although though some
  many most several other others both each every no not only even still yet meanwhile earlier later exactly what who why how
  where which there here such all any more few one two three four five six seven eight nine ten then now once instead
  already about around nearly almost just perhaps according because unlike like asked speaking reports experts officials
  analysts critics residents witnesses authorities police investigators protesters supporters opponents voters lawmakers
  troops soldiers workers students parents people families shares prices rates sales demand talks plans data figures
  local regional national international federal state city government opposition military security foreign domestic
  separately further furthermore moreover overall together indeed still thursday’s wednesday’s asked: rescue rescuers
  emergency firefighters doctors nurses teachers farmers fishermen shoppers retailers consumers investors traders
  economists diplomats leaders ministers crews engineers scientists researchers organizers organisers health heavy
  fighting shelling elsewhere nearby inside outside across along within amid during against toward towards between
  former
`);

/** Capitalised words that name times and events, never people, places or organisations on their own. */
export const CALENDAR = set(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
  october november december jan. feb. aug. sept. sep. oct. nov. dec. christmas easter ramadan eid hanukkah diwali
  thanksgiving passover lent advent
`);

/** Particles inside names, in lower case: `Juan de la Cruz`, `Ahmed bin Salman`, `Hadeel al-Shalchi`. */
export const NAME_PARTICLES = set('de del della der den di da das do dos du la le van von bin binti bint ibn al el ter ten y');

/** Honorifics before a name. */
export const HONORIFICS = set('mr. mrs. ms. dr. mr mrs ms dr prof. sir dame lord lady');

/**
 * Honorifics that open a printed name and are not part of it (`Datuk Seri Roslan Hamid` is Roslan Hamid, `Mr. Ng` is Ng):
 * English, Malaysian (`Datuk`, `Dato'`, `Tan Sri`, `Datin`), Philippine Moro `Datu`, Indian (`Shri`, `Smt`), Arabic and Malay
 * `Haji`, French `Mme`.
 * `Sri`/`Seri` and `Puan` only after another honorific (`Sri Mulyani` is a given name); `Pak`, `Bu`, `Ibu`, `Bapak`
 * (Indonesian) only before one name (`Pak Jokowi`), as `Pak` is also a Korean family name (`Pak Pong Ju`).
 */
export const NAME_HONORIFICS = set(`
  mr mr. mrs mrs. ms ms. mx mx. mme mme. mlle sir dame datuk dato dato' datoʼ datin tan toh tun haji hajjah hajah hj hj.
  shri shree smt smt. shrimati sri seri puan datu
`);
/** Honorifics that only follow another: `Datuk Seri`, `Tan Sri`, `Toh Puan`. */
export const NAME_HONORIFICS_SECOND = set('sri seri puan');
/** Honorifics that only open a name with another honorific after them: `Tan Sri`, `Toh Puan`, `Tun` (`Tun Tun Oo` is a name). */
export const NAME_HONORIFICS_FIRST_ONLY = set('tan toh tun');
/** Indonesian honorifics, counted only before a single name. */
export const NAME_HONORIFICS_SINGLE = set('pak bu ibu bapak');

/** Words that begin a relative clause or a new clause after a name. */
export const CLAUSE_WORDS = set('who whose which that where when while as and but or because although though after before');

/** Determiners and prepositions that end a title read backwards from a name. */
export const TITLE_STOPS = set(`
  the a an this that these those its his her their our my your of in on at to by with for from as and or but said says told
  according including include includes like than then when while where who which whom whose was were is are be been being
  has have had will would could should may might can did does do not also only even against among between into onto
  about after before during since until under over through via per amid what whether how why if because so is are
  he she it they we i you him them us met meets visited visits replaced succeeded named appointed elected beat beating
  defeated called urged thanked criticised criticized praised accused joined up down out off back away
`);

/** Nouns after a name that make it a place: `Kursk region`, `Gangnam district`. */
export const PLACE_NOUNS = set('region province district county city town village state oblast prefecture municipality area neighbourhood neighborhood suburb island port border capital river rivers rainforest basin delta wetlands waterway valley mountains crossing dam reservoir bridge airport stadium mine canal tunnel glacier lake');

/** Nouns before "of" that make the next name a place: `the town of Khiam`, `the island of Flores`. */
export const PLACE_NOUNS_BEFORE_OF = set(`
  city town village province region district state island islands port county capital suburb area municipality prefecture
  governorate oblast cities towns villages provinces regions districts states counties municipalities prefectures
  highlands lowlands outskirts suburbs
`);

/** Plural nouns before "such as" that make the names after it places: `resorts such as Kemer, Belek and Side`. */
export const PLACE_KINDS = set('cities towns villages resorts regions provinces states districts countries destinations ports islands places capitals areas neighbourhoods neighborhoods suburbs');

/** Prepositions before a name that, with nothing else known, make it a place: `in Vladivostok`, `to Brussels`. */
export const PLACE_PREPOSITIONS = set('in to from near outside across into toward towards around through throughout via');

/** Nouns before a name that make it an outlet or organisation: `outlet The War Zone`, `newspaper Dong-A Ilbo`. */
export const OUTLET_NOUNS = set(`
  outlet newspaper broadcaster daily weekly magazine website channel network station agency publication tabloid paper
  company firm chain carmaker automaker chipmaker lender utility operator airline retailer insurer startup conglomerate
  rival militia platform app regulator supermarket bank party group broker club team charity ngo nonprofit non-profit
  organisation organization watchdog think-tank thinktank lobby miner exporter importer manufacturer supplier
  shipbuilder brokerage exchange bourse consultancy refiner shipper carrier foundation association federation union
  institute body unit subsidiary division affiliate brand start-up maker distillery brewery
`);

/** Nouns after a name that make it an organisation: `the ruling Pheu Thai party`. */
export const ORG_NOUNS_AFTER = set('party group movement militia coalition alliance company firm agency store stores newspaper daily broadcaster television tv magazine');

/** Last words of an organisation's name: `National Intelligence Service`, `Harrowgate Foods`. */
export const ORG_HEADS = set(`
  ministry department agency service services council commission committee party bank fund institute institution
  university college academy school association federation union league organization organisation office bureau
  authority board court parliament assembly congress senate army navy corps group corp corp. corporation inc inc. ltd
  ltd. llc plc co. company companies holdings airlines airways motors electronics foods energy petroleum oil telecom
  technologies systems pharmaceuticals capital partners securities exchange times post journal news press tribune
  herald gazette television radio broadcasting hospital clinic library museum foundation trust society center centre club
  alliance coalition movement front brigade brigades cabinet secretariat directorate command administration inspectorate
  tribunal church industries enterprises media studios railway railways shipping logistics insurance bancorp consulting
  laboratories labs cooperative chamber guard ministries unions parliament police forces force fc bureau observatory
  research societies house studies community democrats republicans greens conservatives liberals socialists survey gas
  united rovers rangers wanderers albion hotspur embassy consulate futures derivatives copper mining minerals resources
  metals cement chemicals investments ventures properties plantations shipbuilding semiconductor institut instituto
  institutet stiftung verband gesellschaft universität université universidad università fondation fundación fundação
  ministerio ministère banco banque unit program programme aerospace aero aviation
`);

/**
 * First words of an organisation's name in Romance languages, where the head noun comes first: `Casa Huizache`,
 * `Grupo Bimbo`, `Banco Santander`, `Groupe Renault`.
 */
export const ORG_HEADS_FIRST = set(`
  casa grupo groupe gruppo banco banca banque compañía compania companhia compagnie sociedad sociedade società société
  industrias fundación fundação fondazione instituto istituto
`);

/** First words that never start a person's name and make a body of the run: `World Athletics`, `World Vision`. */
export const ORG_LEADS = set('world');

/** First words of an organisation's name before "of": `Ministry of Defence`, `Bank of Korea`. */
export const ORG_HEADS_BEFORE_OF = set(`
  ministry department university bank office bureau council court organization organisation institute federation union
  league church party house chamber association board commission committee agency academy college school secretariat
  museum center centre community administration embassy consulate authority tribunal foundation panel
`);

/** Company words after which the first word alone is a short reference: `Harrowgate Foods` → `Harrowgate`. */
export const CORPORATE_SUFFIXES = set(`
  corp corp. corporation inc inc. ltd ltd. llc plc co. company holdings group airlines airways motors electronics foods
  energy petroleum telecom technologies systems pharmaceuticals capital partners securities industries enterprises media
  studios railways shipping logistics insurance bancorp futures derivatives copper mining minerals resources metals
  cement chemicals investments ventures properties plantations shipbuilding aerospace aero aviation
`);

/** Last words of a place's name: `Baltic Sea`, `Kure Beach`, `Gaza City`. */
export const PLACE_HEADS = set(`
  sea ocean river lake mountains mountain island islands peninsula strait bay valley desert province region district
  county city beach coast canal basin plateau highlands heights archipelago oblast prefecture governorate dam
  stadium coliseum arena square garden gardens airport palace creek lakes plains wall tower towers keys banks col pass
  glacier icefall reservoir
`);

/** First words of a place's name: `Gulf of Finland`, `Mount Olive`, `Lake Chad`. */
export const PLACE_HEADS_FIRST = set('gulf strait mount lake bay cape isle sea port');

/** Points of the compass before a place name: `eastern Russia` is a mention of Russia. */
export const DIRECTIONS = set('north south east west northern southern eastern western central northeastern northwestern southeastern southwestern upper lower');

/** Demonyms that are not derived from a country name by the usual endings. */
export const DEMONYMS = set(`
  american british french dutch swiss greek thai filipino welsh scottish irish danish swedish norwegian finnish polish
  spanish portuguese german emirati saudi lebanese vietnamese palestinian kurdish afghan uzbek kazakh chechen european
  asian african arab latin nordic scandinavian icelandic maltese cypriot turkish israeli iraqi pakistani bangladeshi
  yemeni kuwaiti qatari omani bahraini somali sudanese senegalese congolese chinese japanese taiwanese burmese nepali
  sri lankan korean russian ukrainian belarusian georgian armenian azerbaijani iranian syrian jordanian egyptian libyan
  tunisian algerian moroccan ethiopian eritrean kenyan ugandan tanzanian rwandan nigerian ghanaian ivorian malian
  nigerien zimbabwean zambian indian indonesian malaysian singaporean cambodian laotian mongolian australian zealander
  canadian mexican brazilian argentine argentinian chilean colombian peruvian venezuelan ecuadorian bolivian cuban
  haitian dominican jamaican guatemalan honduran salvadoran nicaraguan panamanian italian austrian belgian hungarian
  czech slovak romanian bulgarian serbian croatian bosnian albanian kosovar moldovan estonian latvian lithuanian
  slovenian macedonian montenegrin western eastern soviet yugoslav persian pashtun tamil sikh hindu muslim christian
  jewish catholic protestant orthodox sunni shiite shia islamic buddhist islamist jihadist
`);

/**
 * Common given names, lower case: a run that starts with one and has no other reading is a person
 * (`Jamie Ward`, `Kyle Korver`), never a place by its preposition (`goals from Jamie Ward`). Names that
 * are also ordinary words or places (`Will`, `May`, `Rose`, `Hope`, `Georgia`, `Jordan`) are left out.
 */
export const GIVEN_NAMES = set(`
  aaron abdul abdullah adam adrian ahmad ahmed aidan alan albert alberto alejandro alejandra alex alexander alexandra
  alexei alexey ali alice alicia alison amanda amber amir amy ana andre andrea andreas andrei andres andrew andrey andy
  angela angelo ann anna anne annika anthony antoine antonio arjun arthur ashley barbara barry ben benjamin bernard
  bernie betty bill billy bob bobby boris brad bradley brandon brendan brett brian bruce bruno bryan caleb cameron
  camille carl carlos carmen carol caroline carolyn catherine cathy charles charlie chen cheryl chris christian
  christina christine christopher claire clarke claudia colin connor craig cristina dale damian dan daniel daniela
  danny darren dave david dean deborah debra denis dennis derek diana diane diego dimitri dmitry dominic donald donna
  doug douglas dustin dwyane eddie edward elena eli elijah elizabeth ellen emily emma emmanuel enrique eric erik erin
  ethan eugene evan fabrice fatima felipe felix fernando francesco francisco franck franz fred frederick gabriel
  gareth gary gavin george gerald gerard gerd giorgio giovanni glenn gordon graham greg gregory guillaume gustavo hank
  hannah hans harold harry hassan heather heinz helen helena henrik henry hiroshi howard hugo hussein ian igor ilya
  irina isaac isabel isabella ivan jack jacob jacques jake james jamie jan jane janet jason javier jay jean jeff
  jeffrey jennifer jenny jeremy jerome jerry jesse jessica jesus jim jimmy joachim joan joe joel johan johann john
  johnny jon jonathan jorge jose josef joseph josh joshua juan judith julia julian julie justin karen karim karl
  kate katherine kathleen kathryn katie keith kelly ken kenneth kevin khalid kim kirk klaus kurt kyle larry laura
  lauren lawrence leon leonardo liam linda lisa lorenzo louis lucas lucy luigi luis luke lynn marc marcel marco
  marcus margaret maria marie mario marion mark markus martin mary mateo matt matteo matthew matthias maurice max
  maxim megan melissa michael michel michelle miguel mike mikhail miroslav mohamed mohammad mohammed muhammad nadia
  nancy natalia natalie nathan neil nick nicholas nicola nicolas nicole nikolai noah norman oleg oliver olivia omar
  oscar pablo pamela patricia patrick paul paula pedro peter philip philipp phillip pierre rachel rafael ralph ramon
  randy raul ray raymond rebecca richard rick ricky rita rob robert roberto robin roger roman ron ronald ross roy
  ruben russell ryan sally sam samantha samuel sandra sara sarah scott sean sebastian sergei sergey seth shane
  sharon shawn sheila simon sofia sonia sophie stefan stefano stephanie stephen steve steven stuart susan sven tamara
  ted teresa terry thomas tim timothy tobias todd tom tommy tony travis trevor tyler valentina vanessa victor
  vince vincent viktor vladimir walter wayne wendy werner william willie wolfgang xavier yuri yusuf zachary
`);
