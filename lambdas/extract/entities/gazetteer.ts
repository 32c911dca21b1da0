import { city, country, otherRegion, tableCity, usState } from '../places.ts';

/**
 * What wire copy names often enough to know by heart: organisations with their acronyms, outlets
 * whose names are ordinary words, and places beyond the dateline tables of `../places.ts` (which this
 * reuses for countries, states, regions and cities): regions, continents, seas, and cities that are
 * seldom datelines. Data, not code.
 */

/**
 * [canonical name, other printed names…]. The canonical name is the full name, except where the
 * AP Stylebook accepts the acronym in all references (NATO, FBI, CIA, NASA, OPEC, UNESCO, UNICEF).
 */
const ORGANISATIONS: readonly (readonly string[])[] = [
  ['NATO', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation'],
  ['United Nations', 'UN', 'U.N.'], ['European Union', 'EU', 'E.U.'], ['UN Security Council', 'Security Council', 'U.N. Security Council'],
  ['UN General Assembly', 'General Assembly'], ['International Monetary Fund', 'IMF'], ['World Bank'],
  ['World Health Organization', 'WHO'], ['World Trade Organization', 'WTO'], ['International Atomic Energy Agency', 'IAEA'],
  ['International Criminal Court', 'ICC'], ['International Court of Justice', 'ICJ'], ['European Commission'], ['European Parliament'],
  ['European Central Bank', 'ECB'], ['Federal Reserve', 'Fed'], ['Bank of England'], ['Bank of Japan'], ['Bank of Korea'],
  ['Reserve Bank of India', 'RBI'], ['Bank Indonesia'], ['State Bank of Vietnam'], ['Central Bank of Nigeria', 'CBN'],
  ['OPEC', 'Organization of the Petroleum Exporting Countries'], ['African Union', 'AU'],
  ['Association of Southeast Asian Nations', 'ASEAN'], ['Group of Seven', 'G7', 'G-7'], ['Group of 20', 'G20', 'G-20'],
  ['Economic Community of West African States', 'ECOWAS'], ['Gulf Cooperation Council', 'GCC'], ['Arab League'],
  ['UNESCO'], ['UNICEF'], ['UN refugee agency', 'UNHCR'], ['World Food Programme', 'WFP'], ['Red Cross', 'International Committee of the Red Cross', 'ICRC'],
  ['Red Crescent'], ['Doctors Without Borders', 'MSF', 'Medecins Sans Frontieres'], ['Amnesty International'], ['Human Rights Watch'],
  ['White House'], ['Pentagon'], ['State Department'], ['Justice Department'], ['Defense Department'], ['Treasury Department'],
  ['Congress'], ['Senate'], ['House of Representatives'], ['Supreme Court'], ['Kremlin'], ['Downing Street'],
  ['FBI', 'Federal Bureau of Investigation'], ['CIA', 'Central Intelligence Agency'], ['NASA'], ['National Security Council', 'NSC'],
  ['Environmental Protection Agency', 'EPA'], ['Food and Drug Administration', 'FDA'], ['Centers for Disease Control and Prevention', 'CDC'],
  ['Securities and Exchange Commission', 'SEC'], ['Federal Aviation Administration', 'FAA'], ['National Weather Service'],
  ['Bundestag'], ['Bundesbank'], ['Knesset'], ['Duma', 'State Duma'], ['National Assembly'], ['Hamas'], ['Hezbollah'], ['Taliban'],
  ['Islamic State', 'IS', 'ISIS', 'ISIL', 'Islamic State in Iraq and the Levant'], ['Islamic Jihad'], ['al-Qaida', 'al-Qaeda', 'Al Qaeda', 'Qaeda', 'Qaida'], ['Houthis'], ['Boko Haram'], ['Wagner Group', 'Wagner'],
  ['National Intelligence Service', 'NIS'], ['Korean Central News Agency', 'KCNA'], ['Yonhap', 'Yonhap News Agency'],
  ['Xinhua', 'Xinhua News Agency'], ['Kyodo', 'Kyodo News'], ['Associated Press', 'AP'], ['Reuters'], ['AFP', 'Agence France-Presse'],
  ['dpa', 'Deutsche Presse-Agentur'], ['BBC'], ['CNN'], ['Al Jazeera'], ['Bloomberg', 'Bloomberg News'], ['Interfax'], ['TASS', 'Tass'],
  ['RIA Novosti'], ['Ukrinform'], ['The New York Times', 'New York Times'], ['The Washington Post', 'Washington Post'],
  ['The Wall Street Journal', 'Wall Street Journal'], ['Financial Times'], ['The War Zone'], ['Politico'],
  ['Communist Party', 'Chinese Communist Party'], ['People’s Liberation Army', "People's Liberation Army", 'PLA'],
  ['Samsung Electronics', 'Samsung'], ['Hyundai Motor', 'Hyundai'], ['Toyota'], ['Apple'], ['Google'], ['Microsoft'], ['Amazon'],
  ['Meta'], ['Tesla'], ['Boeing'], ['Airbus'], ['Nvidia'], ['TSMC', 'Taiwan Semiconductor Manufacturing Co.', 'Taiwan Semiconductor Manufacturing Co', 'Taiwan Semiconductor Manufacturing Company'], ['Huawei'],
  ['Gazprom'], ['Rosneft'], ['Saudi Aramco', 'Aramco'], ['Nigerian National Petroleum Company', 'NNPC'], ['Pertamina'],
  ['Tata Group', 'Tata'], ['Reliance Industries', 'Reliance'], ['Alibaba'], ['Tencent'], ['BYD'], ['VinFast'], ['Vingroup'],
  ['Bharatiya Janata Party', 'BJP'], ['Indian National Congress'], ['Democratic Party'], ['Republican Party'], ['Greens'],
  ['Indian Space Research Organisation', 'ISRO'], ['Association of Southeast Asian Nations'], ['Mossad'], ['Shin Bet'],
  ['Ukraine’s military intelligence', 'HUR'], ['Security Service of Ukraine', 'SBU'], ['Federal Security Service', 'FSB'],
  ['Revolutionary Guard', 'Revolutionary Guards', 'IRGC'], ['Pakistan Tehreek-e-Insaf', 'PTI'], ['African National Congress', 'ANC'],
  ['Telegram'], ['TikTok'], ['Facebook'], ['Instagram'], ['YouTube'], ['WhatsApp'], ['WeChat'], ['Weibo'], ['Bundeswehr'],
  ['International Olympic Committee', 'IOC'], ['FIFA'], ['UEFA'], ['NCAA'], ['Ministry of Defense'], ['Ministry of Defence'],
  ['NFL'], ['NBA'], ['MLB'], ['NHL'], ['Premier League'], ['Bundesliga'], ['Serie A'], ['La Liga'], ['Saab'], ['Volvo'], ['Volkswagen'],
  ['BMW'], ['Mercedes-Benz'], ['Stellantis'], ['Renault'], ['Nissan'], ['Honda'], ['General Motors', 'GM'], ['Ford Motor', 'Ford Motor Co.'], ['Dongfeng'],
  ['Mahindra'], ['Geely'], ['Siemens'], ['Nokia'], ['Ericsson'], ['Spotify'], ['Netflix'], ['Disney'], ['OpenAI'], ['SpaceX'],
];

/** Regions, continents, seas and cities not in the dateline tables. [canonical name, other printed names…]. */
const PLACES: readonly (readonly string[])[] = [
  ['United States', 'US', 'America'], ['Europe'], ['Asia'], ['Africa'], ['North America'], ['South America'], ['Latin America'],
  ['Antarctica'], ['Arctic'], ['Middle East'], ['Indo-Pacific'], ['Asia-Pacific'], ['Southeast Asia'], ['East Asia'], ['South Asia'],
  ['Central Asia'], ['West Africa'], ['East Africa'], ['North Africa'], ['Sahel'], ['Horn of Africa'], ['Balkans'], ['Caucasus'],
  ['Crimea'], ['Donbas', 'Donbass'], ['Kashmir'], ['Tigray'], ['Darfur'], ['Gaza', 'Gaza Strip'], ['West Bank'], ['Golan Heights'],
  ['Kursk'], ['Belgorod'], ['Donetsk'], ['Luhansk'], ['Zaporizhzhia'], ['Kherson'], ['Dnipro'], ['Lviv'], ['Mariupol'], ['Bakhmut'],
  ['Avdiivka'], ['Pokrovsk'], ['Sumy'], ['Vladivostok'], ['Siberia'], ['Baltic Sea'], ['Black Sea'], ['Red Sea'], ['South China Sea'],
  ['East China Sea'], ['Yellow Sea'], ['Sea of Japan'], ['Mediterranean', 'Mediterranean Sea'], ['Persian Gulf'], ['Gulf of Aden'],
  ['Strait of Hormuz'], ['Taiwan Strait'], ['Suez Canal'], ['Panama Canal'], ['Pacific Ocean'], ['Atlantic Ocean'], ['Indian Ocean'],
  ['Korean Peninsula'], ['Demilitarized Zone', 'DMZ'], ['Scandinavia'], ['Midlands'], ['Bavaria'], ['Catalonia'], ['Sichuan'],
  ['Guangdong'], ['Xinjiang'], ['Tibet'], ['Hokkaido'], ['Okinawa'], ['Mindanao'], ['Java'], ['Bali'], ['Sumatra'], ['Borneo'],
  ['Papua'], ['Aceh'], ['Punjab'], ['Kerala'], ['Gujarat'], ['Maharashtra'], ['Uttar Pradesh'], ['Tamil Nadu'], ['Bihar'],
  ['Karnataka'], ['Bengaluru', 'Bangalore'], ['Chennai'], ['Kolkata'], ['Hyderabad'], ['Karachi'], ['Lahore'], ['Dhaka'],
  ['Kathmandu'], ['Colombo'], ['Yangon'], ['Naypyitaw'], ['Phnom Penh'], ['Vientiane'], ['Ho Chi Minh City'], ['Da Nang'],
  ['Haiphong'], ['Surabaya'], ['Bandung'], ['Medan'], ['Nusantara'], ['Cebu'], ['Davao'], ['Incheon'], ['Daegu'], ['Gwangju'],
  ['Jeju'], ['Kaesong'], ['Sinuiju'], ['Kyoto'], ['Hiroshima'], ['Nagasaki'], ['Fukushima'], ['Shenzhen'], ['Guangzhou'],
  ['Wuhan'], ['Chengdu'], ['Chongqing'], ['Tianjin'], ['Hangzhou'], ['Macao', 'Macau'], ['Kano'], ['Kaduna'], ['Ibadan'],
  ['Port Harcourt'], ['Maiduguri'], ['Borno'], ['Zamfara'], ['Niger Delta'], ['Accra'], ['Addis Ababa'], ['Khartoum'], ['Mogadishu'],
  ['Kinshasa'], ['Kampala'], ['Dar es Salaam'], ['Kigali'], ['Harare'], ['Lusaka'], ['Dakar'], ['Abidjan'], ['Bamako'], ['Niamey'],
  ['Tripoli'], ['Tunis'], ['Algiers'], ['Rabat'], ['Casablanca'], ['Alexandria'], ['Aleppo'], ['Idlib'], ['Homs'], ['Mosul'],
  ['Basra'], ['Erbil'], ['Sanaa'], ['Aden'], ['Hodeida'], ['Jeddah'], ['Mecca'], ['Medina'], ['Abu Dhabi'], ['Muscat'],
  ['Kuwait City'], ['Manama'], ['Isfahan'], ['Tabriz'], ['Mashhad'], ['Rafah'], ['Khan Younis'], ['Hebron'], ['Nablus'], ['Jenin'],
  ['Haifa'], ['Sderot'], ['Hamburg'], ['Cologne'], ['Stuttgart'], ['Dresden'], ['Leipzig'], ['Duesseldorf', 'Düsseldorf'],
  ['Hanover'], ['Bremen'], ['Nuremberg'], ['Lyon'], ['Marseille'], ['Naples'], ['Turin'], ['Venice'], ['Florence'], ['Seville'],
  ['Valencia'], ['Porto'], ['Krakow'], ['Gdansk'], ['Rotterdam'], ['Antwerp'], ['Manchester'], ['Birmingham'], ['Glasgow'],
  ['Belfast'], ['Cardiff'], ['Bratislava'], ['Ljubljana'], ['Zagreb'], ['Sarajevo'], ['Skopje'], ['Tirana'], ['Chisinau'],
  ['Tbilisi'], ['Yerevan'], ['Baku'], ['Astana'], ['Almaty'], ['Tashkent'], ['Bishkek'], ['Dushanbe'], ['Ulaanbaatar'],
  ['Austin'], ['Sacramento'], ['Savannah'], ['Wilmington'], ['Madison'], ['Portland'], ['Orlando'], ['Tampa'], ['Charlotte'],
  ['Raleigh'], ['Columbus'], ['Louisville'], ['Albuquerque'], ['Tucson'], ['Fresno'], ['Oakland'], ['San Jose'], ['Brooklyn'],
  ['Manhattan'], ['Silicon Valley'], ['Wall Street'], ['Capitol Hill'], ['Northern California'], ['Southern California'],
  ['East Coast'], ['West Coast'], ['Gulf Coast'], ['Midwest'], ['Appalachia'], ['Quebec City'], ['Calgary'], ['Edmonton'],
  ['Winnipeg'], ['Guadalajara'], ['Monterrey'], ['Tijuana'], ['Quito'], ['La Paz'], ['Asuncion'], ['Montevideo'], ['Medellin'],
  ['Cali'], ['Recife'], ['Salvador'], ['Amazon', 'Amazon rainforest'], ['Andes'], ['Patagonia'], ['Caribbean'], ['Puerto Rico'],
  ['Greenland'], ['Perth'], ['Brisbane'], ['Adelaide'], ['Darwin'], ['Pacific', 'the Pacific'], ['Atlantic', 'the Atlantic'],
  ['Baltic', 'the Baltic'], ['Persian Gulf', 'Gulf'], ['Gulf of Finland'], ['Los Angeles', 'L.A.'], ['Pacific Northwest'],
  ['Great Plains'], ['Great Lakes'], ['Levant'], ['Alps'], ['Himalayas'], ['Rockies', 'Rocky Mountains'], ['Pyrenees'],
  ['West Germany'], ['East Germany'], ['Soviet Union', 'USSR'], ['Sheffield'], ['Liverpool'], ['Leeds'], ['Newcastle'],
  ['Bristol'], ['Nottingham'], ['Leicester'], ['Southampton'], ['Aberdeen'], ['Dundee'], ['Gothenburg'], ['Malmo', 'Malmö'],
  ['Bergen'], ['Tampere'], ['Turku'],
  ['Danube'], ['Blue Nile'], ['White Nile'], ['Rhine'], ['Elbe'], ['Oder'], ['Vistula'], ['Volga'], ['Dnieper'], ['Thames'], ['Seine'], ['Nile'], ['Niger River'], ['Congo River'],
  ['Zambezi'], ['Tigris'], ['Euphrates'], ['Jordan River'], ['Indus'], ['Ganges'], ['Brahmaputra'], ['Mekong'], ['Yangtze'], ['Yellow River'],
  ['Amur'], ['Mississippi River'], ['Rio Grande'], ['Silesia'], ['Saxony'], ['Tyrol'], ['Lombardy'], ['Tuscany'], ['Sicily'], ['Sardinia'],
  ['Andalusia'], ['Flanders'], ['Wallonia'], ['Transylvania'], ['Normandy'], ['Brittany'], ['Corsica'], ['Kurdistan'],
  ['Burkina Faso'], ['Chad'], ['Cameroon'], ['Democratic Republic of Congo', 'Congo', 'DR Congo'], ['Madagascar'], ['Mozambique'], ['Angola'],
  ['Namibia'], ['Botswana'], ['Malawi'], ['Eritrea'], ['South Sudan'], ['Djibouti'], ['Mauritania'], ['Guinea'], ['Sierra Leone'], ['Liberia'],
  ['Togo'], ['Benin'], ['Gabon'], ['Burundi'], ['Laos'], ['Brunei'], ['Timor-Leste', 'East Timor'], ['Fiji'], ['Papua New Guinea'],
  ['Kazakhstan'], ['Uzbekistan'], ['Kyrgyzstan'], ['Tajikistan'], ['Turkmenistan'], ['Bhutan'], ['Maldives'], ['North Macedonia'],
  ['Montenegro'], ['Slovenia'], ['Malta'], ['Monaco'], ['Liechtenstein'], ['Andorra'], ['San Marino'], ['Trinidad and Tobago'], ['Barbados'], ['Friedrichshain'], ['Neukoelln', 'Neukölln'], ['Gangnam'], ['Hongdae'], ['Jamsil'],
];

/** Place names that are also ordinary adjectives or given names: counted only with "the" before them or a head after. */
const PLACES_NEEDING_THE = new Set(['Gulf', 'Chad', 'Guinea', 'Jordan River', 'Pacific', 'Atlantic', 'Baltic', 'Arctic', 'Caribbean', 'Mediterranean', 'Amazon', 'Salvador', 'Darwin', 'Madison', 'Charlotte', 'Austin', 'Java', 'Cali']);

/** AP state abbreviations → the state's name (`N.C.` → North Carolina); `../places.ts` knows them for zones. */
const STATE_NAMES: Readonly<Record<string, string>> = {
  'Ala.': 'Alabama', 'Ariz.': 'Arizona', 'Ark.': 'Arkansas', 'Calif.': 'California', 'Colo.': 'Colorado', 'Conn.': 'Connecticut',
  'Del.': 'Delaware', 'D.C.': 'District of Columbia', 'Fla.': 'Florida', 'Ga.': 'Georgia', 'Ill.': 'Illinois', 'Ind.': 'Indiana',
  'Kan.': 'Kansas', 'Ky.': 'Kentucky', 'La.': 'Louisiana', 'Md.': 'Maryland', 'Mass.': 'Massachusetts', 'Mich.': 'Michigan',
  'Minn.': 'Minnesota', 'Miss.': 'Mississippi', 'Mo.': 'Missouri', 'Mont.': 'Montana', 'Neb.': 'Nebraska', 'Nev.': 'Nevada',
  'N.H.': 'New Hampshire', 'N.J.': 'New Jersey', 'N.M.': 'New Mexico', 'N.Y.': 'New York', 'N.C.': 'North Carolina',
  'N.D.': 'North Dakota', 'Okla.': 'Oklahoma', 'Ore.': 'Oregon', 'Pa.': 'Pennsylvania', 'R.I.': 'Rhode Island', 'S.C.': 'South Carolina',
  'S.D.': 'South Dakota', 'Tenn.': 'Tennessee', 'Vt.': 'Vermont', 'Va.': 'Virginia', 'Wash.': 'Washington', 'W.Va.': 'West Virginia',
  'Wis.': 'Wisconsin', 'Wyo.': 'Wyoming', 'P.R.': 'Puerto Rico',
};

const orgIndex = new Map<string, string>();
for (const [canonical, ...others] of ORGANISATIONS) for (const name of [canonical!, ...others]) orgIndex.set(name.toLowerCase().replace(/’/g, "'"), canonical!);
const placeIndex = new Map<string, string>();
for (const [canonical, ...others] of PLACES) for (const name of [canonical!, ...others]) placeIndex.set(name.toLowerCase(), canonical!);

/** Lower case without diacritics: `Malmö` → `malmo`. */
const bare = (name: string): string => name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
/** German umlauts as their two-letter spellings: `Düsseldorf` → `duesseldorf`. */
const umlauts = (name: string): string => bare(name.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss'));
/** Two spellings of one name, with and without diacritics. */
const sameSpelling = (a: string, b: string): boolean => bare(a) === bare(b) || umlauts(a) === umlauts(b);

const fold = (name: string): string => name.toLowerCase().replace(/’/g, "'");

/** A known organisation by any printed name (`NIS`, `North Atlantic Treaty Organization`) → its canonical name. */
export const knownOrganisation = (name: string): string | undefined => orgIndex.get(fold(name));

/** Acronyms are matched case-sensitively: `WHO` is the organisation, `Who` is a pronoun. */
export function knownAcronymOrganisation(name: string): string | undefined {
  return name === name.toUpperCase() || name.length > 5 ? orgIndex.get(fold(name)) : undefined;
}

/**
 * A known place by any printed name → its canonical name: a country (`U.S.` → United States), a US state
 * (`N.C.` → North Carolina), another federation's region, a city, or a region, sea or continent.
 * @param withThe whether "the" stands before the name, for names that are also ordinary words (`the Pacific`)
 */
export function knownPlace(name: string, withThe = false): string | undefined {
  const extra = placeIndex.get(name.toLowerCase());
  if (extra !== undefined) {
    if (PLACES_NEEDING_THE.has(name) && !withThe) return undefined;
    // `Malmö` and `Malmo`, `Neukölln` and `Neukoelln`: a spelling with or without its diacritics is kept as the story prints it.
    return extra !== name && /[^\x00-\x7f]/.test(name + extra) && sameSpelling(name, extra) ? name : extra;
  }
  const c = country(name);
  if (c) return c.name;
  if (STATE_NAMES[name]) return STATE_NAMES[name];
  if (name.length > 2 && usState(name)) return name;
  if (otherRegion(name)) return name;
  // `NIS` is an agency, not Niš: a name printed in capitals is a city only if the table has it
  const town = name === name.toUpperCase() ? tableCity(name) : city(name);
  return town ? town.name : undefined;
}
