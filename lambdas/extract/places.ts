import WORLD from './data/world-cities.json' with { type: 'json' };
import COUNTRY_DATA from './data/countries.json' with { type: 'json' };
import { CYRILLIC, transliterated } from '../wire/index.ts';

/**
 * Place tables for datelines, credit lines and filing zones: US states (AP abbreviations, full names,
 * postal codes), a few other federal regions, countries, and the cities wire copy is most often filed
 * from. Data, not code: a missing city is one line. Zones are IANA names that Node's ICU knows
 * (`Europe/Kiev`, not the newer alias `Europe/Kyiv`, so that older runtimes agree).
 */

export interface Region {
  /** Country the region belongs to. */
  readonly country: string;
  /** Zone of most of the region's people; null when it spans zones too evenly to say. */
  readonly zone: string | null;
}

export interface City {
  /** Spelling in natural case (`St. Louis`, `The Hague`). */
  readonly name: string;
  readonly country: string;
  readonly zone: string;
}

const EASTERN = 'America/New_York';
const CENTRAL = 'America/Chicago';
const MOUNTAIN = 'America/Denver';
const PACIFIC = 'America/Los_Angeles';

/** [full name, AP abbreviation (or the full name where AP does not abbreviate), postal code, zone]. */
const US_STATES: readonly (readonly [string, string, string, string])[] = [
  ['Alabama', 'Ala.', 'AL', CENTRAL], ['Alaska', 'Alaska', 'AK', 'America/Anchorage'],
  ['Arizona', 'Ariz.', 'AZ', 'America/Phoenix'], ['Arkansas', 'Ark.', 'AR', CENTRAL],
  ['California', 'Calif.', 'CA', PACIFIC], ['Colorado', 'Colo.', 'CO', MOUNTAIN],
  ['Connecticut', 'Conn.', 'CT', EASTERN], ['Delaware', 'Del.', 'DE', EASTERN],
  ['District of Columbia', 'D.C.', 'DC', EASTERN], ['Florida', 'Fla.', 'FL', EASTERN],
  ['Georgia', 'Ga.', 'GA', EASTERN], ['Hawaii', 'Hawaii', 'HI', 'Pacific/Honolulu'],
  ['Idaho', 'Idaho', 'ID', 'America/Boise'], ['Illinois', 'Ill.', 'IL', CENTRAL],
  ['Indiana', 'Ind.', 'IN', 'America/Indiana/Indianapolis'], ['Iowa', 'Iowa', 'IA', CENTRAL],
  ['Kansas', 'Kan.', 'KS', CENTRAL], ['Kentucky', 'Ky.', 'KY', EASTERN],
  ['Louisiana', 'La.', 'LA', CENTRAL], ['Maine', 'Maine', 'ME', EASTERN],
  ['Maryland', 'Md.', 'MD', EASTERN], ['Massachusetts', 'Mass.', 'MA', EASTERN],
  ['Michigan', 'Mich.', 'MI', 'America/Detroit'], ['Minnesota', 'Minn.', 'MN', CENTRAL],
  ['Mississippi', 'Miss.', 'MS', CENTRAL], ['Missouri', 'Mo.', 'MO', CENTRAL],
  ['Montana', 'Mont.', 'MT', MOUNTAIN], ['Nebraska', 'Neb.', 'NE', CENTRAL],
  ['Nevada', 'Nev.', 'NV', PACIFIC], ['New Hampshire', 'N.H.', 'NH', EASTERN],
  ['New Jersey', 'N.J.', 'NJ', EASTERN], ['New Mexico', 'N.M.', 'NM', MOUNTAIN],
  ['New York', 'N.Y.', 'NY', EASTERN], ['North Carolina', 'N.C.', 'NC', EASTERN],
  ['North Dakota', 'N.D.', 'ND', CENTRAL], ['Ohio', 'Ohio', 'OH', EASTERN],
  ['Oklahoma', 'Okla.', 'OK', CENTRAL], ['Oregon', 'Ore.', 'OR', PACIFIC],
  ['Pennsylvania', 'Pa.', 'PA', EASTERN], ['Rhode Island', 'R.I.', 'RI', EASTERN],
  ['South Carolina', 'S.C.', 'SC', EASTERN], ['South Dakota', 'S.D.', 'SD', CENTRAL],
  ['Tennessee', 'Tenn.', 'TN', CENTRAL], ['Texas', 'Texas', 'TX', CENTRAL],
  ['Utah', 'Utah', 'UT', MOUNTAIN], ['Vermont', 'Vt.', 'VT', EASTERN],
  ['Virginia', 'Va.', 'VA', EASTERN], ['Washington', 'Wash.', 'WA', PACIFIC],
  ['West Virginia', 'W.Va.', 'WV', EASTERN], ['Wisconsin', 'Wis.', 'WI', CENTRAL],
  ['Wyoming', 'Wyo.', 'WY', MOUNTAIN], ['Puerto Rico', 'P.R.', 'PR', 'America/Puerto_Rico'],
];

/** Regions of other federations, as datelines print them: [names…, country, zone]. */
const OTHER_REGIONS: readonly (readonly [readonly string[], string, string | null])[] = [
  [['Ontario', 'Ont.'], 'Canada', 'America/Toronto'], [['Quebec', 'Que.'], 'Canada', 'America/Toronto'],
  [['British Columbia', 'B.C.'], 'Canada', 'America/Vancouver'], [['Alberta', 'Alta.'], 'Canada', 'America/Edmonton'],
  [['Manitoba', 'Man.'], 'Canada', 'America/Winnipeg'], [['Saskatchewan', 'Sask.'], 'Canada', 'America/Regina'],
  [['Nova Scotia', 'N.S.'], 'Canada', 'America/Halifax'], [['New Brunswick', 'N.B.'], 'Canada', 'America/Moncton'],
  [['Newfoundland', 'Newfoundland and Labrador', 'N.L.'], 'Canada', 'America/St_Johns'],
  [['Prince Edward Island', 'P.E.I.'], 'Canada', 'America/Halifax'],
  [['New South Wales', 'N.S.W.', 'NSW'], 'Australia', 'Australia/Sydney'], [['Queensland', 'Qld', 'QLD'], 'Australia', 'Australia/Brisbane'],
  [['Western Australia'], 'Australia', 'Australia/Perth'], [['South Australia'], 'Australia', 'Australia/Adelaide'],
  [['Tasmania'], 'Australia', 'Australia/Hobart'], [['Northern Territory'], 'Australia', 'Australia/Darwin'],
  [['England'], 'United Kingdom', 'Europe/London'], [['Scotland'], 'United Kingdom', 'Europe/London'],
  [['Wales'], 'United Kingdom', 'Europe/London'], [['Northern Ireland'], 'United Kingdom', 'Europe/London'],
];

/** Countries as datelines print them, with their zone when the country keeps one. [names…, zone]. */
const COUNTRIES: readonly (readonly [readonly string[], string | null])[] = [
  [['United States', 'U.S.', 'USA'], null], [['Canada'], null], [['Mexico'], 'America/Mexico_City'],
  [['Britain', 'United Kingdom', 'U.K.', 'UK', 'Great Britain'], 'Europe/London'], [['Ireland'], 'Europe/Dublin'],
  [['France'], 'Europe/Paris'], [['Germany'], 'Europe/Berlin'], [['Italy'], 'Europe/Rome'],
  [['Vatican City'], 'Europe/Rome'], [['Spain'], 'Europe/Madrid'], [['Portugal'], 'Europe/Lisbon'],
  [['Belgium'], 'Europe/Brussels'], [['Netherlands', 'the Netherlands'], 'Europe/Amsterdam'],
  [['Luxembourg'], 'Europe/Luxembourg'], [['Switzerland'], 'Europe/Zurich'], [['Austria'], 'Europe/Vienna'],
  [['Denmark'], 'Europe/Copenhagen'], [['Norway'], 'Europe/Oslo'], [['Sweden'], 'Europe/Stockholm'],
  [['Finland'], 'Europe/Helsinki'], [['Iceland'], 'Atlantic/Reykjavik'], [['Estonia'], 'Europe/Tallinn'],
  [['Latvia'], 'Europe/Riga'], [['Lithuania'], 'Europe/Vilnius'], [['Poland'], 'Europe/Warsaw'],
  [['Czech Republic', 'Czechia'], 'Europe/Prague'], [['Slovakia'], 'Europe/Bratislava'],
  [['Hungary'], 'Europe/Budapest'], [['Romania'], 'Europe/Bucharest'], [['Bulgaria'], 'Europe/Sofia'],
  [['Greece'], 'Europe/Athens'], [['Cyprus'], 'Asia/Nicosia'], [['Serbia'], 'Europe/Belgrade'],
  [['Croatia'], 'Europe/Zagreb'], [['Bosnia-Herzegovina', 'Bosnia'], 'Europe/Sarajevo'],
  [['Kosovo'], 'Europe/Belgrade'], [['Albania'], 'Europe/Tirane'], [['Moldova'], 'Europe/Chisinau'],
  [['Ukraine'], 'Europe/Kiev'], [['Belarus'], 'Europe/Minsk'], [['Russia'], null],
  [['Georgia'], 'Asia/Tbilisi'], [['Armenia'], 'Asia/Yerevan'], [['Azerbaijan'], 'Asia/Baku'],
  [['Turkey'], 'Europe/Istanbul'], [['Türkiye'], 'Europe/Istanbul'], // the English name since 2022, kept as printed [['Israel'], 'Asia/Jerusalem'],
  [['West Bank'], 'Asia/Hebron'], [['Gaza Strip', 'Palestinian Territories'], 'Asia/Gaza'],
  [['Lebanon'], 'Asia/Beirut'], [['Syria'], 'Asia/Damascus'], [['Jordan'], 'Asia/Amman'],
  [['Iraq'], 'Asia/Baghdad'], [['Iran'], 'Asia/Tehran'], [['Saudi Arabia'], 'Asia/Riyadh'],
  [['United Arab Emirates', 'UAE'], 'Asia/Dubai'], [['Qatar'], 'Asia/Qatar'], [['Kuwait'], 'Asia/Kuwait'],
  [['Bahrain'], 'Asia/Bahrain'], [['Oman'], 'Asia/Muscat'], [['Yemen'], 'Asia/Aden'],
  [['Egypt'], 'Africa/Cairo'], [['Libya'], 'Africa/Tripoli'], [['Tunisia'], 'Africa/Tunis'],
  [['Algeria'], 'Africa/Algiers'], [['Morocco'], 'Africa/Casablanca'], [['Sudan'], 'Africa/Khartoum'],
  [['Ethiopia'], 'Africa/Addis_Ababa'], [['Kenya'], 'Africa/Nairobi'], [['Uganda'], 'Africa/Kampala'],
  [['Tanzania'], 'Africa/Dar_es_Salaam'], [['Rwanda'], 'Africa/Kigali'], [['Somalia'], 'Africa/Mogadishu'],
  [['Nigeria'], 'Africa/Lagos'], [['Ghana'], 'Africa/Accra'], [['Senegal'], 'Africa/Dakar'],
  [['Ivory Coast'], 'Africa/Abidjan'], [['Mali'], 'Africa/Bamako'], [['Niger'], 'Africa/Niamey'],
  [['South Africa'], 'Africa/Johannesburg'], [['Zimbabwe'], 'Africa/Harare'], [['Zambia'], 'Africa/Lusaka'],
  [['Afghanistan'], 'Asia/Kabul'], [['Pakistan'], 'Asia/Karachi'], [['India'], 'Asia/Kolkata'],
  [['Bangladesh'], 'Asia/Dhaka'], [['Sri Lanka'], 'Asia/Colombo'], [['Nepal'], 'Asia/Kathmandu'],
  [['China'], 'Asia/Shanghai'], [['Taiwan'], 'Asia/Taipei'], [['Hong Kong'], 'Asia/Hong_Kong'],
  [['South Korea'], 'Asia/Seoul'], [['North Korea'], 'Asia/Pyongyang'], [['Japan'], 'Asia/Tokyo'],
  [['Mongolia'], null], [['Philippines'], 'Asia/Manila'], [['Vietnam'], 'Asia/Ho_Chi_Minh'],
  [['Thailand'], 'Asia/Bangkok'], [['Cambodia'], 'Asia/Phnom_Penh'], [['Myanmar'], 'Asia/Yangon'],
  [['Malaysia'], 'Asia/Kuala_Lumpur'], [['Singapore'], 'Asia/Singapore'], [['Indonesia'], null],
  [['Australia'], null], [['New Zealand'], 'Pacific/Auckland'], [['Brazil'], null],
  [['Argentina'], 'America/Argentina/Buenos_Aires'], [['Chile'], 'America/Santiago'],
  [['Colombia'], 'America/Bogota'], [['Peru'], 'America/Lima'], [['Venezuela'], 'America/Caracas'],
  [['Ecuador'], 'America/Guayaquil'], [['Bolivia'], 'America/La_Paz'], [['Uruguay'], 'America/Montevideo'],
  [['Paraguay'], 'America/Asuncion'], [['Cuba'], 'America/Havana'], [['Haiti'], 'America/Port-au-Prince'],
  [['Dominican Republic'], 'America/Santo_Domingo'], [['Jamaica'], 'America/Jamaica'],
  [['Guatemala'], 'America/Guatemala'], [['Honduras'], 'America/Tegucigalpa'],
  [['El Salvador'], 'America/El_Salvador'], [['Nicaragua'], 'America/Managua'],
  [['Costa Rica'], 'America/Costa_Rica'], [['Panama'], 'America/Panama'],
];

const US = 'United States';

/** Cities wire copy is often filed from; US entries are the AP stylebook's stand-alone datelines and more. */
const CITIES: readonly (readonly [string, string, string])[] = [
  ['Washington', US, EASTERN], ['New York', US, EASTERN], ['Boston', US, EASTERN], ['Philadelphia', US, EASTERN],
  ['Baltimore', US, EASTERN], ['Pittsburgh', US, EASTERN], ['Atlanta', US, EASTERN], ['Miami', US, EASTERN],
  ['Cleveland', US, EASTERN], ['Cincinnati', US, EASTERN], ['Detroit', US, 'America/Detroit'],
  ['Indianapolis', US, 'America/Indiana/Indianapolis'], ['Chicago', US, CENTRAL], ['Milwaukee', US, CENTRAL],
  ['Minneapolis', US, CENTRAL], ['St. Louis', US, CENTRAL], ['Kansas City', US, CENTRAL], ['Dallas', US, CENTRAL],
  ['Houston', US, CENTRAL], ['San Antonio', US, CENTRAL], ['New Orleans', US, CENTRAL], ['Oklahoma City', US, CENTRAL],
  ['Nashville', US, CENTRAL], ['Memphis', US, CENTRAL], ['Denver', US, MOUNTAIN], ['Salt Lake City', US, MOUNTAIN],
  ['Phoenix', US, 'America/Phoenix'], ['Las Vegas', US, PACIFIC], ['Los Angeles', US, PACIFIC],
  ['San Diego', US, PACIFIC], ['San Francisco', US, PACIFIC], ['Seattle', US, PACIFIC], ['Honolulu', US, 'Pacific/Honolulu'],
  ['Anchorage', US, 'America/Anchorage'],
  ['Toronto', 'Canada', 'America/Toronto'], ['Ottawa', 'Canada', 'America/Toronto'], ['Montreal', 'Canada', 'America/Toronto'],
  ['Vancouver', 'Canada', 'America/Vancouver'], ['Mexico City', 'Mexico', 'America/Mexico_City'],
  ['Havana', 'Cuba', 'America/Havana'], ['Bogota', 'Colombia', 'America/Bogota'], ['Caracas', 'Venezuela', 'America/Caracas'],
  ['Lima', 'Peru', 'America/Lima'], ['Santiago', 'Chile', 'America/Santiago'],
  ['Buenos Aires', 'Argentina', 'America/Argentina/Buenos_Aires'], ['Sao Paulo', 'Brazil', 'America/Sao_Paulo'],
  ['São Paulo', 'Brazil', 'America/Sao_Paulo'], ['Rio de Janeiro', 'Brazil', 'America/Sao_Paulo'],
  ['Brasilia', 'Brazil', 'America/Sao_Paulo'],
  ['London', 'United Kingdom', 'Europe/London'], ['Edinburgh', 'United Kingdom', 'Europe/London'],
  ['Dublin', 'Ireland', 'Europe/Dublin'], ['Paris', 'France', 'Europe/Paris'], ['Berlin', 'Germany', 'Europe/Berlin'],
  ['Frankfurt', 'Germany', 'Europe/Berlin'], ['Munich', 'Germany', 'Europe/Berlin'], ['Hamburg', 'Germany', 'Europe/Berlin'],
  ['Brussels', 'Belgium', 'Europe/Brussels'], ['Amsterdam', 'Netherlands', 'Europe/Amsterdam'],
  ['The Hague', 'Netherlands', 'Europe/Amsterdam'], ['Luxembourg', 'Luxembourg', 'Europe/Luxembourg'],
  ['Geneva', 'Switzerland', 'Europe/Zurich'], ['Zurich', 'Switzerland', 'Europe/Zurich'], ['Vienna', 'Austria', 'Europe/Vienna'],
  ['Rome', 'Italy', 'Europe/Rome'], ['Milan', 'Italy', 'Europe/Rome'], ['Vatican City', 'Vatican City', 'Europe/Rome'],
  ['Madrid', 'Spain', 'Europe/Madrid'], ['Barcelona', 'Spain', 'Europe/Madrid'], ['Lisbon', 'Portugal', 'Europe/Lisbon'],
  ['Copenhagen', 'Denmark', 'Europe/Copenhagen'], ['Oslo', 'Norway', 'Europe/Oslo'], ['Stockholm', 'Sweden', 'Europe/Stockholm'],
  ['Helsinki', 'Finland', 'Europe/Helsinki'], ['Tallinn', 'Estonia', 'Europe/Tallinn'], ['Riga', 'Latvia', 'Europe/Riga'],
  ['Vilnius', 'Lithuania', 'Europe/Vilnius'], ['Warsaw', 'Poland', 'Europe/Warsaw'], ['Prague', 'Czech Republic', 'Europe/Prague'],
  ['Budapest', 'Hungary', 'Europe/Budapest'], ['Bucharest', 'Romania', 'Europe/Bucharest'], ['Athens', 'Greece', 'Europe/Athens'],
  ['Belgrade', 'Serbia', 'Europe/Belgrade'], ['Kyiv', 'Ukraine', 'Europe/Kiev'], ['Kiev', 'Ukraine', 'Europe/Kiev'],
  ['Kharkiv', 'Ukraine', 'Europe/Kiev'], ['Odesa', 'Ukraine', 'Europe/Kiev'], ['Minsk', 'Belarus', 'Europe/Minsk'],
  ['Moscow', 'Russia', 'Europe/Moscow'], ['St. Petersburg', 'Russia', 'Europe/Moscow'], ['Istanbul', 'Turkey', 'Europe/Istanbul'],
  ['Ankara', 'Turkey', 'Europe/Istanbul'], ['Jerusalem', 'Israel', 'Asia/Jerusalem'], ['Tel Aviv', 'Israel', 'Asia/Jerusalem'],
  ['Gaza City', 'Gaza Strip', 'Asia/Gaza'], ['Ramallah', 'West Bank', 'Asia/Hebron'], ['Beirut', 'Lebanon', 'Asia/Beirut'],
  ['Damascus', 'Syria', 'Asia/Damascus'], ['Amman', 'Jordan', 'Asia/Amman'], ['Baghdad', 'Iraq', 'Asia/Baghdad'],
  ['Tehran', 'Iran', 'Asia/Tehran'], ['Riyadh', 'Saudi Arabia', 'Asia/Riyadh'], ['Dubai', 'United Arab Emirates', 'Asia/Dubai'],
  ['Doha', 'Qatar', 'Asia/Qatar'], ['Cairo', 'Egypt', 'Africa/Cairo'], ['Nairobi', 'Kenya', 'Africa/Nairobi'],
  ['Lagos', 'Nigeria', 'Africa/Lagos'], ['Abuja', 'Nigeria', 'Africa/Lagos'], ['Johannesburg', 'South Africa', 'Africa/Johannesburg'],
  ['Cape Town', 'South Africa', 'Africa/Johannesburg'], ['Kabul', 'Afghanistan', 'Asia/Kabul'],
  ['Islamabad', 'Pakistan', 'Asia/Karachi'], ['New Delhi', 'India', 'Asia/Kolkata'], ['Mumbai', 'India', 'Asia/Kolkata'],
  ['Beijing', 'China', 'Asia/Shanghai'], ['Shanghai', 'China', 'Asia/Shanghai'], ['Hong Kong', 'Hong Kong', 'Asia/Hong_Kong'],
  ['Taipei', 'Taiwan', 'Asia/Taipei'], ['Seoul', 'South Korea', 'Asia/Seoul'], ['Busan', 'South Korea', 'Asia/Seoul'],
  ['Pyongyang', 'North Korea', 'Asia/Pyongyang'], ['Tokyo', 'Japan', 'Asia/Tokyo'], ['Osaka', 'Japan', 'Asia/Tokyo'],
  ['Manila', 'Philippines', 'Asia/Manila'], ['Bangkok', 'Thailand', 'Asia/Bangkok'], ['Hanoi', 'Vietnam', 'Asia/Ho_Chi_Minh'],
  ['Jakarta', 'Indonesia', 'Asia/Jakarta'], ['Kuala Lumpur', 'Malaysia', 'Asia/Kuala_Lumpur'], ['Singapore', 'Singapore', 'Asia/Singapore'],
  ['Sydney', 'Australia', 'Australia/Sydney'], ['Melbourne', 'Australia', 'Australia/Melbourne'],
  ['Canberra', 'Australia', 'Australia/Sydney'], ['Wellington', 'New Zealand', 'Pacific/Auckland'],
  ['Auckland', 'New Zealand', 'Pacific/Auckland'],
  // Cities of the agencies' home countries and their neighbours, which dpa, AFP, ANSA, EFE, TT, NTB and STT file from.
  // Names that are also common words or given names (Nice, Split, Bath, Halle, Nancy, Brest) are left out.
  ...inCountry('Germany', 'Europe/Berlin', ['Leipzig', 'Düsseldorf', 'Duesseldorf', 'Cologne', 'Köln', 'Koeln', 'Stuttgart', 'Dresden', 'Hanover', 'Hannover',
    'Bremen', 'Nuremberg', 'Nürnberg', 'Bonn', 'Essen', 'Dortmund', 'Duisburg', 'Mainz', 'Wiesbaden', 'Karlsruhe', 'Mannheim', 'Freiburg', 'Kiel',
    'Rostock', 'Magdeburg', 'Potsdam', 'Erfurt', 'Saarbrücken', 'Saarbruecken', 'Augsburg', 'Regensburg', 'Münster', 'Muenster', 'Bielefeld',
    'Heidelberg', 'Schwerin', 'Wolfsburg', 'Ingolstadt', 'Chemnitz', 'Kassel', 'Lübeck', 'Luebeck', 'Würzburg', 'Wuerzburg', 'Aachen', 'Ramstein']),
  ...inCountry('France', 'Europe/Paris', ['Strasbourg', 'Lyon', 'Marseille', 'Toulouse', 'Bordeaux', 'Lille', 'Nantes', 'Rennes', 'Montpellier',
    'Grenoble', 'Calais', 'Dunkirk', 'Le Havre', 'Cannes', 'Versailles', 'Toulon', 'Dijon', 'Reims', 'Avignon', 'Ajaccio', 'Rouen', 'Clermont-Ferrand']),
  ...inCountry('Finland', 'Europe/Helsinki', ['Tampere', 'Turku', 'Oulu', 'Espoo', 'Vantaa', 'Rovaniemi', 'Jyväskylä', 'Jyvaskyla', 'Kuopio', 'Lahti', 'Vaasa']),
  ...inCountry('Sweden', 'Europe/Stockholm', ['Gothenburg', 'Göteborg', 'Malmö', 'Malmo', 'Uppsala', 'Kiruna', 'Luleå', 'Lulea', 'Umeå', 'Umea', 'Linköping', 'Örebro', 'Västerås']),
  ...inCountry('Norway', 'Europe/Oslo', ['Bergen', 'Trondheim', 'Stavanger', 'Tromsø', 'Tromso', 'Kristiansand', 'Bodø', 'Bodo']),
  ...inCountry('Denmark', 'Europe/Copenhagen', ['Aarhus', 'Odense', 'Aalborg']),
  ...inCountry('Italy', 'Europe/Rome', ['Naples', 'Turin', 'Venice', 'Florence', 'Genoa', 'Bologna', 'Palermo', 'Bari', 'Verona', 'Trieste',
    'Catania', 'Cagliari', 'Pisa', 'Lampedusa', 'Ancona', 'Perugia']),
  ...inCountry('Spain', 'Europe/Madrid', ['Seville', 'Valencia', 'Bilbao', 'Malaga', 'Málaga', 'Zaragoza', 'Palma', 'Granada', 'San Sebastian',
    'Pamplona', 'Cadiz', 'Cádiz', 'Ceuta', 'Melilla', 'Alicante', 'Santiago de Compostela']),
  ...inCountry('Spain', 'Atlantic/Canary', ['Las Palmas', 'Santa Cruz de Tenerife']),
  ...inCountry('Portugal', 'Europe/Lisbon', ['Porto', 'Faro', 'Coimbra']),
  ...inCountry('Switzerland', 'Europe/Zurich', ['Bern', 'Basel', 'Lausanne', 'Davos', 'Lugano', 'Lucerne']),
  ...inCountry('Austria', 'Europe/Vienna', ['Salzburg', 'Innsbruck', 'Graz', 'Linz', 'St. Pölten', 'St Pölten', 'Klagenfurt', 'Bregenz']),
  ...inCountry('Netherlands', 'Europe/Amsterdam', ['Rotterdam', 'Utrecht', 'Eindhoven', 'Maastricht', 'Groningen']),
  ...inCountry('Belgium', 'Europe/Brussels', ['Antwerp', 'Ghent', 'Liege', 'Liège', 'Bruges', 'Charleroi']),
  ...inCountry('Poland', 'Europe/Warsaw', ['Krakow', 'Kraków', 'Gdansk', 'Gdańsk', 'Wroclaw', 'Wrocław', 'Poznan', 'Poznań', 'Lodz', 'Łódź', 'Rzeszow', 'Rzeszów']),
  ...inCountry('Czech Republic', 'Europe/Prague', ['Brno', 'Ostrava']),
  ...inCountry('Greece', 'Europe/Athens', ['Thessaloniki', 'Piraeus', 'Heraklion']),
  ...inCountry('United Kingdom', 'Europe/London', ['Glasgow', 'Belfast', 'Cardiff', 'Liverpool', 'Leeds', 'Bristol']),
];

/**
 * Names the agencies print in their own languages (ANSA's `ROMA`, dpa's `Wien`, EFE's `Londres`) for a city of
 * the table above or of the world's: the printed name is kept, the country and zone are the city's.
 */
const OTHER_NAMES: readonly (readonly [string, readonly string[]])[] = [
  ['Rome', ['Roma', 'Rom']], ['Milan', ['Milano', 'Mailand']], ['Naples', ['Napoli', 'Neapel', 'Nápoles']],
  ['Turin', ['Torino']], ['Florence', ['Firenze', 'Florenz', 'Florencia']], ['Venice', ['Venezia', 'Venedig', 'Venecia', 'Venise']],
  ['Genoa', ['Genova', 'Genua']], ['Munich', ['München', 'Muenchen', 'Monaco di Baviera', 'Múnich']],
  ['Vienna', ['Wien', 'Viena', 'Vienne']], ['Lisbon', ['Lisboa', 'Lisbona', 'Lissabon', 'Lisbonne']],
  ['Prague', ['Praha', 'Prag', 'Praga']], ['Warsaw', ['Warszawa', 'Warschau', 'Varsovia', 'Varsavia', 'Varsovie', 'Varsóvia']],
  ['Brussels', ['Bruxelles', 'Brussel', 'Brüssel', 'Bruselas', 'Bruxelas']], ['The Hague', ['Den Haag', 'La Haya', 'La Haye', "L'Aia"]],
  ['Geneva', ['Genève', 'Genf', 'Ginevra', 'Ginebra', 'Genebra']], ['Zurich', ['Zürich', 'Zurigo']],
  ['Copenhagen', ['København', 'Kopenhagen', 'Copenhague', 'Copenaghen', 'Köpenhamn']], ['Helsinki', ['Helsingfors']],
  ['Gothenburg', ['Göteborg']], ['Seville', ['Sevilla', 'Siviglia']], ['Athens', ['Athen', 'Atenas', 'Atene', 'Athènes']],
  ['London', ['Londres', 'Londra']], ['Paris', ['Parigi', 'París']], ['Berlin', ['Berlino', 'Berlín']],
  ['Moscow', ['Moskau', 'Mosca', 'Moscú', 'Moscou', 'Moskva', 'Москва']], ['Beijing', ['Peking', 'Pechino', 'Pekín', 'Pékin', 'Pequim']],
  ['New York', ['Nueva York', 'Nova Iorque']], ['Washington', ['Washington D.C.']], ['Mexico City', ['Ciudad de México', 'Città del Messico']],
  ['Kyiv', ['Kiew', 'Kyjiw', 'Kijów', 'Kiova', 'Київ', 'Киев']], ['Cairo', ['Kairo', 'El Cairo', 'Le Caire']], ['Tokyo', ['Tokio']],
  ['Jerusalem', ['Jerusalén', 'Gerusalemme', 'Jérusalem']], ['Istanbul', ['Estambul']], ['Cologne', ['Colonia']],
  ['Stockholm', ['Estocolmo', 'Stoccolma']], ['Bucharest', ['București', 'Bukarest', 'Bucarest']], ['Belgrade', ['Beograd', 'Belgrad', 'Belgrado', 'Београд']],
  ['Marrakesh', ['Marrakech', 'Marrakesch']], ['Tangier', ['Tanger', 'Tánger']], ['Fez', ['Fès', 'Fes']],
  ['Algiers', ['Alger', 'Argel', 'Algeri']], ['Tunis', ['Túnez']], ['Beirut', ['Beyrouth', 'Beirute']],
  // in Cyrillic, as BelTA, MIA and Kazinform print them (Moscow, Kyiv and Belgrade above)
  ['Minsk', ['Мінск', 'Минск']], ['Skopje', ['Скопје']],
  ['Sofia', ['София']], ['Astana', ['Астана']], ['Bishkek', ['Бишкек']], ['Tashkent', ['Ташкент']], ['Baku', ['Баку']],
  ['Yerevan', ['Ереван', 'Єреван']], ['Tbilisi', ['Тбилиси']], ['Saint Petersburg', ['Санкт-Петербург']], ['Lviv', ['Львів', 'Львов']],
];

/** Rows for several cities of one country and zone. */
function inCountry(country: string, zone: string, names: readonly string[]): (readonly [string, string, string])[] {
  return names.map((name) => [name, country, zone] as const);
}

const key = (name: string): string => name.trim().toLowerCase();

const statesByName = new Map<string, string>(); // full name or AP abbreviation → zone
const statesByPostal = new Map<string, string>(); // postal code, upper case only → zone
for (const [full, ap, postal, zone] of US_STATES) {
  statesByName.set(key(full), zone);
  statesByName.set(key(ap), zone);
  statesByPostal.set(postal, zone);
}
const regions = new Map<string, Region>();
for (const [names, country, zone] of OTHER_REGIONS) for (const name of names) regions.set(key(name), { country, zone });
const countries = new Map<string, { name: string; zone: string | null }>();
for (const [names, zone] of COUNTRIES) for (const name of names) countries.set(key(name), { name: names[0]!, zone });
const cities = new Map<string, City>();
for (const [name, country, zone] of CITIES) cities.set(key(name), { name, country, zone });
/** Other names of cities only the world's table holds (`Marrakech`: `Marrakesh`), looked up there on use. */
const worldOtherNames = new Map<string, string>();
for (const [known, names] of OTHER_NAMES) {
  const found = cities.get(key(known));
  for (const name of names) {
    if (cities.has(key(name))) continue;
    if (found) cities.set(key(name), { ...found, name });
    else worldOtherNames.set(key(name), known);
  }
}

/** A US state as a dateline prints it (`N.C.`, `Texas`, `NC`): its zone, else undefined. Georgia is the country. */
export function usState(text: string): Region | undefined {
  const k = key(text);
  if (k === 'georgia') return undefined;
  const zone = statesByName.get(k) ?? (text.length === 2 ? statesByPostal.get(text) : undefined);
  return zone === undefined ? undefined : { country: US, zone };
}

let worldProvinces: ReadonlySet<string> | undefined;
/**
 * A first-level region of the world's table as printed there (`Lazio`, `Pernambuco`, `Kelantan`), its case and accents aside
 * (the table's `Ancash` is Peru's `Áncash`), read into a set on first use.
 */
export const worldProvince = (text: string): boolean => {
  worldProvinces ??= new Set(WORLD.provinces.split('|'));
  if (worldProvinces.has(text)) return true;
  // (else compared in lower case without accents, on either side; an ASCII name only lower-cased, not decomposed)
  unaccentedProvinces ??= new Set([...worldProvinces].map(unaccented));
  return unaccentedProvinces.has(ASCII.test(text) ? text.toLowerCase() : unaccented(text));
};
let unaccentedProvinces: ReadonlySet<string> | undefined;

/** A region of another federation (`Ontario`, `B.C.`, `Scotland`). */
export const otherRegion = (text: string): Region | undefined => regions.get(key(text));

/** A country by any printed name; `name` is the first spelling of the table, else the world's table's (`Angola`). */
export const country = (text: string): { name: string; zone: string | null } | undefined => countries.get(key(text)) ?? worldCountry(key(text));

/** A country named in another language or its own (`Tunisie`, `Deutschland`, `Lietuva`) → its English name. */
const LOCAL_COUNTRY_NAMES = new Map<string, string>(COUNTRY_DATA.names.map(([local, english]) => [local!, english!]));
export const countryInOtherLanguage = (text: string): string | undefined => LOCAL_COUNTRY_NAMES.get(text);
/** The country a name is, in English or in the agencies' languages (`Sverige`, `Deutschland`). */
export const countryOfName = (name: string): { name: string; zone: string | null } | undefined => country(countryInOtherLanguage(name) ?? name);

let worldCountries: Map<string, { name: string; zone: string | null }> | undefined;
/** A country of the world's table, with the one zone all its cities share (null when they span several). */
function worldCountry(name: string): { name: string; zone: string | null } | undefined {
  if (!worldCountries) {
    worldCountries = new Map();
    WORLD.countries.forEach((c, k) => {
      const zone = WORLD.countryZones[k]!;
      worldCountries!.set(unaccented(c), { name: c, zone: zone >= 0 ? WORLD.zones[zone]! : null });
    });
  }
  return worldCountries.get(unaccented(name));
}

/**
 * A city by its printed name: the table above (AP's dateline spellings first), else the world's cities
 * (bin/build-data.mjs: 7,300 cities with country and zone, reduced from city-timezones at install).
 */
/** A city of the tables under the name the copy printed. */
const named = (found: City, name: string): City => ({ ...found, name });

export function city(text: string, homeZone: string | null = null): City | undefined {
  const other = worldOtherNames.get(key(text));
  const theirs = other === undefined ? undefined : worldCity(key(other), null);
  const found = cities.get(key(text)) ?? worldCity(key(text), homeZone) ?? (theirs && named(theirs, text.trim())) ?? cyrillicCity(text, homeZone) ?? hyphenedCity(text, homeZone);
  if (!found) return cityCalled(text, homeZone);
  // `Iloilo City` is `Iloilo` in the world's table: the printed name is kept
  return /\sCity$/i.test(text.trim()) && !/\sCity$/i.test(found.name) ? named(found, text.trim()) : found;
}

/** `Port of Spain` for the table's `Port-of-Spain`, `Dar-es-Salaam` for `Dar es Salaam`: a name of several words joined the other way, kept as printed. */
function hyphenedCity(text: string, homeZone: string | null): City | undefined {
  const trimmed = text.trim();
  if (!/[\s-]/.test(trimmed) || trimmed.length > 40) return undefined;
  const other = trimmed.includes('-') ? trimmed.replace(/-/g, ' ') : trimmed.replace(/\s+/g, '-');
  const found = cities.get(key(other)) ?? worldCity(key(other), homeZone);
  return found && named(found, trimmed);
}

/** `Душанбе`, `Бишкек`: a city printed in Cyrillic, looked up by its transliteration and kept as printed (not a short word: `По`). */
function cyrillicCity(text: string, homeZone: string | null): City | undefined {
  if (!CYRILLIC.test(text) || text.trim().length < 4) return undefined;
  const found = worldCity(key(transliterated(text)), homeZone);
  return found && named(found, text.trim());
}

/** `Ciudad de Guatemala`, `Cidade do México`: in the world's table as `Guatemala City`, `Mexico City`; the printed name is kept. */
function cityCalled(text: string, homeZone: string | null): City | undefined {
  const called = /^(?:Ciudad|Cidade|Città|Cité)\s+(?:de|do|da|del|di)\s+(.+)$/iu.exec(text.trim()) ?? /^(.+?)\s+City$/iu.exec(text.trim());
  if (!called) return undefined;
  const bare = called[1]!.normalize('NFD').replace(/\p{M}/gu, '');
  // `Guatemala City` is `Guatemala` in the world's table
  const found = [`${bare} City`, bare].map((name) => cities.get(key(name)) ?? worldCity(key(name), homeZone)).find((c) => c !== undefined);
  return found && named(found, text.trim());
}

/**
 * A table of `name~country~zone` rows joined by `|`, sorted by the name's key (bin/build-data.mjs): split on first use, a row's
 * key read once as the search first looks at it (most rows never are), found by binary search with no map built.
 */
function rowTable(joined: () => string): (text: string) => City[] {
  let rows: readonly string[] | undefined;
  let keys: (string | undefined)[] = [];
  return (text) => {
    if (rows === undefined) {
      rows = joined().split('|');
      keys = new Array<string | undefined>(rows.length);
    }
    const all = rows;
    const k = keyOfName(text.trim());
    const keyAt = (i: number): string => (keys[i] ??= keyOfName(all[i]!.slice(0, all[i]!.indexOf('~'))));
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keyAt(mid) < k) lo = mid + 1;
      else hi = mid;
    }
    const found: City[] = [];
    for (let i = lo; i < all.length && keyAt(i) === k; i++) {
      const [name, country, zone] = all[i]!.split('~');
      found.push({ name: name!, country: WORLD.countries[Number(country)]!, zone: WORLD.zones[Number(zone)]! });
    }
    return found;
  };
}
const townRows = rowTable(() => WORLD.towns);
const villageRows = rowTable(() => WORLD.villages);

/**
 * A town of 3,000 people or more that the tables above lack (`Koper`, `Kempele`, `Whanganui`; bin/build-data.mjs, from GeoNames),
 * with its country and the zone of its country's nearest city: for datelines, and for places the story's other places vouch for.
 * Of several towns of one name, the one on the agency's clock, else the most populous.
 */
export function town(text: string, homeZone: string | null = null): City | undefined {
  const found = townRows(text);
  return found.find((c) => c.zone === homeZone) ?? found[0];
}

/** A village of 500 people or more in a country that capitalises its nouns (`Galtür`, `Leutschach`): for a place after a preposition there only. */
export const village = (text: string): City | undefined => villageRows(text)[0];

/** A dateline's place as a city: the tables' cities, else a town. */
export const datelineCity = (text: string, homeZone: string | null = null): City | undefined => city(text, homeZone) ?? town(text, homeZone);

/** A city of the table above only: the ones wire copy files from most, for uses where a namesake costs more than a miss. */
export const tableCity = (text: string): City | undefined => cities.get(key(text));

/** Lower case without diacritics: the world's table spells `Neuquen` where a dateline prints `Neuquén`. */
const unaccented = (name: string): string => name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
const ASCII = /^[\x00-\x7f]*$/;
/** A name's key, as bin/build-data.mjs sorts the towns by: lower case without diacritics (an ASCII name only lower-cased). */
const keyOfName = (name: string): string => (ASCII.test(name) ? name.toLowerCase() : unaccented(name));

type WorldCity = readonly [name: string, country: number, zone: number, population: number];
let worldCities: Map<string, WorldCity[]> | undefined;
/** The world's cities by lower-case name, read from the table on first use. */
function worldCitiesByName(): Map<string, WorldCity[]> {
  if (worldCities) return worldCities;
  worldCities = new Map();
  for (const line of WORLD.cities.split('|')) {
    const [name, country, zone, population] = line.split('~');
    const c: WorldCity = [name!, Number(country), Number(zone), Number(population)];
    // most names are ASCII, whose key is their lower case: decomposing 7,300 names cost a cold start 10 ms
    const k = keyOfName(c[0]);
    const list = worldCities.get(k);
    if (list) list.push(c);
    else worldCities.set(k, [c]);
  }
  return worldCities;
}
const region = (zone: string | null): string => zone?.split('/')[0] ?? '';

/** A town this small and a world away from the agency's desk is more likely a namesake than the place filed from. */
const FAR_TOWN = 100_000;

/**
 * A city of the world by name. Where names repeat (`Victoria`: in Canada, the Seychelles, Australia…), the
 * one in the agency's home zone, else in its part of the world (`Europe/…`), else the most populous, if it
 * is a city and not a small town on another continent.
 */
function worldCity(name: string, homeZone: string | null): City | undefined {
  const found = worldCitiesByName().get(unaccented(name));
  if (!found) return undefined;
  const best = found.find((c) => WORLD.zones[c[2]] === homeZone) ?? found.find((c) => region(WORLD.zones[c[2]]!) === region(homeZone))
    ?? (homeZone === null || found[0]![3] >= FAR_TOWN ? found[0]! : undefined);
  if (!best) return undefined;
  const country = WORLD.countries[best[1]]!;
  return { name: best[0], country: countries.get(key(country))?.name ?? country, zone: WORLD.zones[best[2]]! };
}

/**
 * The zone of the country a masthead names (`KENYA NEWS AGENCY`, `Agencia Boliviana de Información`, `Ethiopian
 * News Agency`): a word that is the country's name, or begins with all of it but its last letter (the adjective:
 * Bolivi-ana, Ethiopi-an, Guatemal-teca); else the zone of the city its first word names. Null when it names none, or a
 * country spanning several zones.
 */
export function mastheadZone(masthead: string | null, storyZone: () => string | null = () => null): string | null {
  if (masthead === null) return null;
  // (a site named by its address, in its country's domain: `sudinfo.be`, `unionesarda.it`)
  const domain = SITE_DOMAIN.exec(masthead.trim())?.[1];
  const land = domain === undefined ? undefined : (WORLD.domains as Readonly<Record<string, number>>)[domain.toLowerCase()];
  const landZone = land === undefined ? -1 : WORLD.countryZones[land]!;
  if (landZone >= 0) return WORLD.zones[landZone]!;
  for (const word of masthead.split(/[\s|()/-]+/)) {
    const w = key(word);
    if (w.length < 4) continue;
    const exact = country(w);
    if (exact) return exact.zone;
    for (const [names, zone] of COUNTRIES) {
      const name = key(names[0]!);
      if (zone !== null && !name.includes(' ') && name.length >= 5 && w.length >= name.length - 1 && w.startsWith(name.slice(0, -1))) return zone;
    }
    // `Trinidad Express`, `Saudi Gazette`: the first word of a country's name of several words, not a common one (`New`, `Costa`)
    const named = w.length >= 5 && !COMMON_FIRST_WORDS.has(w) ? WORLD.countries.findIndex((c) => key(c.split(' ')[0]!) === w && c.includes(' ')) : -1;
    if (named >= 0 && WORLD.countryZones[named]! >= 0) return WORLD.zones[WORLD.countryZones[named]!]!;
  }
  // … else a city it is named for, its first word (`Busan Ilbo`, `Winnipeg Free Press`, `Taipei Times`; not `… de Castilla y León`),
  // or the last of two (`SunStar Cebu`)
  const words = masthead.trim().split(/[\s|()/-]+/);
  // (a city with a namesake on another clock is the one the story's places are on: the Portland Press Herald's Maine, not Oregon)
  const cityWord = (word: string | undefined): string | undefined => {
    if (word === undefined || !/^\p{Lu}\p{L}{3,}$/u.test(word)) return undefined;
    const zone = city(word)?.zone;
    const namesakes = new Set(worldCitiesByName().get(unaccented(word))?.map((c) => WORLD.zones[c[2]]!));
    if (zone === undefined || namesakes.size < 2) return zone;
    const placesSay = storyZone();
    return placesSay !== null && namesakes.has(placesSay) ? placesSay : zone;
  };
  return cityWord(words[0]) ?? (words.length === 2 ? cityWord(words[1]) : undefined) ?? null;
}
/** A site's address as its name, its country's domain last: `sudinfo.be`, `www.unionesarda.it`, `L'Unione Sarda.it`. */
const SITE_DOMAIN = /^\S.{0,40}\.([A-Za-z]{2})$/u;
/** First words of countries' names that begin other names too. */
const COMMON_FIRST_WORDS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'central', 'united', 'costa', 'sierra', 'saint', 'equatorial', 'dominican', 'marshall', 'solomon', 'cayman', 'virgin', 'french', 'british', 'american', 'northern', 'western', 'democratic', 'republic']);

/** Whether text names a state, region or country: used to tell `Kiev, Ukraine` from a list of names. */
export const isRegionOrCountry = (text: string): boolean =>
  usState(text) !== undefined || key(text) === 'georgia' || otherRegion(text) !== undefined || country(text) !== undefined;

/** Two printed country names for the same country (`Britain`, `United Kingdom`)? */
export function sameCountry(a: string, b: string): boolean {
  const ca = country(a)?.name ?? a;
  const cb = country(b)?.name ?? b;
  return key(ca) === key(cb);
}

/** Every zone the tables name, so that a test can check the runtime knows each. */
export const PLACE_ZONES: ReadonlySet<string> = new Set([
  ...US_STATES.map((state) => state[3]),
  ...OTHER_REGIONS.flatMap((region) => (region[2] ? [region[2]] : [])),
  ...COUNTRIES.flatMap((entry) => (entry[1] ? [entry[1]] : [])),
  ...CITIES.map((entry) => entry[2]),
]);

/** Mexico's states as Mexican copy abbreviates them in datelines (`MORELIA, Mich.`, `GUADALAJARA, Jal.`). */
const MEXICAN_STATES: Readonly<Record<string, string>> = {
  'ags.': 'Aguascalientes', 'b.c.': 'Baja California', 'b.c.s.': 'Baja California Sur', 'camp.': 'Campeche', 'chis.': 'Chiapas',
  'chih.': 'Chihuahua', 'coah.': 'Coahuila', 'col.': 'Colima', 'dgo.': 'Durango', 'edomex': 'Estado de México', 'gto.': 'Guanajuato',
  'gro.': 'Guerrero', 'hgo.': 'Hidalgo', 'jal.': 'Jalisco', 'mich.': 'Michoacán', 'mor.': 'Morelos', 'nay.': 'Nayarit',
  'n.l.': 'Nuevo León', 'oax.': 'Oaxaca', 'pue.': 'Puebla', 'qro.': 'Querétaro', 'q. roo': 'Quintana Roo', 'slp': 'San Luis Potosí',
  's.l.p.': 'San Luis Potosí', 'sin.': 'Sinaloa', 'son.': 'Sonora', 'tab.': 'Tabasco', 'tamps.': 'Tamaulipas', 'tlax.': 'Tlaxcala',
  'ver.': 'Veracruz', 'yuc.': 'Yucatán', 'zac.': 'Zacatecas',
};
/** A Mexican state by its abbreviation, else undefined. */
export const mexicanState = (text: string): string | undefined => MEXICAN_STATES[text.trim().toLowerCase()];
