import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { countryVotesZone, filingZone, placesZone } from '../../lambdas/extract/zones.ts';
import { AGENCY_PROFILES } from '../../lambdas/wire/index.ts';
import { city, country, isRegionOrCountry, mastheadZone, PLACE_ZONES, usState } from '../../lambdas/extract/places.ts';

const from = (over: Partial<Parameters<typeof filingZone>[0]>) => ({ homeZone: null, city: null, region: null, country: null, ...over });

describe('Function: filingZone', () => {
  it('takes AP + WASHINGTON as America/New_York', () => {
    // Act & Assess
    expect(filingZone(from({ homeZone: 'America/New_York', city: 'Washington' }))).toBe('America/New_York');
  });

  it.each([
    [{ city: 'Redding', region: 'Calif.' }, 'America/Los_Angeles'],
    [{ city: 'Green Bay', region: 'Wis.' }, 'America/Chicago'],
    [{ city: 'Seoul', country: 'South Korea' }, 'Asia/Seoul'],
    [{ city: 'Kyiv' }, 'Europe/Kiev'],
    [{ city: 'Kiev' }, 'Europe/Kiev'],
    [{ city: 'Paris', region: 'Texas' }, 'America/Chicago'],
    [{ city: 'London', country: 'Britain' }, 'Europe/London'],
    [{ city: 'Kure Beach', region: 'N.C.' }, 'America/New_York'],
    [{ city: 'Bucha', country: 'Ukraine' }, 'Europe/Kiev'],
  ])('takes the dateline %o to %s', (dateline, zone) => {
    // Act & Assess
    expect(filingZone(from({ homeZone: 'America/New_York', ...dateline }))).toBe(zone);
  });

  it('takes the city\'s zone when the dateline\'s second part is a region it does not know (MONTEGO BAY, St James)', () => {
    expect(filingZone(from({ city: 'Montego Bay', country: 'St James' }))).toBe('America/Jamaica');
  });

  it('takes a small town\'s zone from the nearest city of its country (a dateline town the city table lacks)', () => {
    // Act & Assess: Kempele (Finland) and Panchagarh (Bangladesh) are towns of GeoNames only
    expect(filingZone(from({ homeZone: 'America/New_York', city: 'Kempele' }))).toBe('Europe/Helsinki');
    expect(filingZone(from({ city: 'PANCHAGARH' }))).toBe('Asia/Dhaka');
    expect(city('Kempele')).toBeUndefined();
  });

  it('falls back to the provider\'s home zone when the dateline names no place it knows', () => {
    // Act & Assess
    expect(filingZone(from({ homeZone: 'Europe/Berlin', city: 'Kleinkleckersdorf' }))).toBe('Europe/Berlin');
  });

  it('gives null when nothing points anywhere', () => {
    // Act & Assess
    expect(filingZone(from({}))).toBeNull();
  });

  it('names only zones the runtime knows', () => {
    // Prepare
    const zones = new Set<string>([...AGENCY_PROFILES.map((p) => p.zone), ...PLACE_ZONES]);

    // Act
    const unknown = [...zones].filter((zone) => !DateTime.fromObject({ year: 2025, month: 1, day: 1 }, { zone }).isValid);

    // Assess
    expect(unknown).toEqual([]);
  });
});

describe('Function: placesZone', () => {
  it.each([
    ['the country named most', [{ name: 'Tolo Harbour', mentions: 1 }, { name: 'Hong Kong', mentions: 2 }, { name: 'Japan', mentions: 1 }], 'Asia/Hong_Kong'],
    ['the first place, a country in its own language', [{ name: 'Таджикистан', mentions: 1 }, { name: 'Афганистан', mentions: 1 }], 'Asia/Dushanbe'],
    ['the first place, a city of the table', [{ name: 'Bangkok', mentions: 1 }, { name: 'Phan Fa Lilat', mentions: 1 }], 'Asia/Bangkok'],
    ['a country of one clock under two zones\' names', [{ name: 'Mozambique', mentions: 2 }, { name: 'Zambézia', mentions: 1 }], 'Africa/Maputo'],
  ])('takes %s', (_, places, zone) => {
    expect(placesZone(places)).toBe(zone);
  });

  it('leaves a city named like a country in another language to the country its other places lie in (Santa Lucía, Uruguay)', () => {
    // Act
    const places = [{ name: 'Santa Lucía', mentions: 3 }, { name: 'Canelones', mentions: 1 }, { name: 'Montevideo', mentions: 1 }, { name: 'Florida', mentions: 1 }];

    // Assess
    expect(placesZone(places) ?? countryVotesZone(places, [])).toBe('America/Montevideo');
  });

  it.each([
    ['a country named once among others, not first', [{ name: 'Trinidad', mentions: 1 }, { name: 'Germany', mentions: 1 }, { name: 'Canada', mentions: 1 }]],
    ['a country of many clocks', [{ name: 'Canada', mentions: 3 }]],
    ['a capital named once, for its government, in a story on a city of another clock named more', [{ name: 'Victoria', mentions: 3 }, { name: 'Langford', mentions: 2 }, { name: 'Ottawa', mentions: 1 }]],
    ['no country', [{ name: 'Tolo Harbour', mentions: 1 }]],
    ['a country named once, not first, in a story on a town of the world\'s table on another clock named more', [{ name: 'Serekunda Market', mentions: 3 }, { name: 'Gunjur', mentions: 2 }, { name: 'China', mentions: 1 }]],
  ])('gives null for %s', (_, places) => {
    expect(placesZone(places)).toBeNull();
  });
});

describe('Function: countryVotesZone', () => {
  const named = (...names: string[]) => names.map((name) => ({ name }));
  it.each([
    ['the country of the cities the world knows', named('Tetulia', 'Panchagarh', 'Rangpur', 'Rajshahi'), named('Facebook'), 'Asia/Dhaka'],
    ['a city and the country bodies open with', named('Bulambuli', 'Mbale'), named('Uganda Red Cross Society', 'Uganda National Meteorological Authority', 'Makerere University'), 'Africa/Kampala'],
    ['three of four cities, over a namesake elsewhere', named('Heredia', 'San José', 'Alajuela', 'Puntarenas'), named('Hospital México'), 'America/Costa_Rica'],
    // (the world's cities file one Mozambican town under Lusaka's zone and Kuching under its own: one clock each country all the same)
    ['a country whose cities keep one clock under two zones\' names', named('Quelimane', 'Mocuba', 'Beira'), named('Mozambique Red Cross'), 'Africa/Maputo'],
    // (a country of several clocks: its cities vote by their own)
    ['cities of one clock in a country of several', named('Waterbury', 'Montpelier', 'Moretown'), named('House Education Committee'), 'America/New_York'],
    // (a body opening with the country's name tells no clock of several, and does not outvote its cities)
    ['cities of one clock, and a body named for their country of several', named('Walla Walla', 'Yakima'), named('U.S. Army Corps of Engineers'), 'America/Los_Angeles'],
    // (three votes at least and twice any other country's, though not two in three: towns of the world's table count for a country already voted for)
    ['the country named most, over several named once', named('Vietnam', 'Can Tho City', 'Ca Mau', 'Laos', 'Cambodia', 'Thailand'), [], 'Asia/Ho_Chi_Minh'],
    // (a town named like one of another country votes for no country the other places leave unvoted)
    ['cities of one clock, and a namesake town of another country', named('Walla Walla', 'Yakima', 'Bonneville'), [], 'America/Los_Angeles'],
  ])('takes %s', (_, places, organisations, zone) => {
    expect(countryVotesZone(places, organisations)).toBe(zone);
  });

  it.each([
    ['one vote', named('Mbale', 'Bulambuli'), []],
    ['votes split between two countries', named('Rangpur', 'Kolkata'), []],
    ['a country of many clocks', named('Manaus', 'Belém', 'Santarém'), []],
  ])('gives null for %s', (_, places, organisations) => {
    expect(countryVotesZone(places, organisations)).toBeNull();
  });
});

describe('Module: places', () => {
  it('tells states and countries from names', () => {
    // Act & Assess
    expect(isRegionOrCountry('Ukraine')).toBe(true);
    expect(isRegionOrCountry('N.C.')).toBe(true);
    expect(isRegionOrCountry('Georgia')).toBe(true);
    expect(isRegionOrCountry('Danica Kirka')).toBe(false);
    expect(country('Britain')?.zone).toBe('Europe/London');
  });

  it('reads postal codes only in capitals', () => {
    // Act & Assess
    expect(usState('NC')?.zone).toBe('America/New_York');
    expect(usState('in')).toBeUndefined();
  });
});

describe('Function: mastheadZone', () => {
  it.each([
    ['KENYA NEWS AGENCY', 'Africa/Nairobi'],
    ['Agencia Boliviana de Información', 'America/La_Paz'],
    ['Ethiopian News Agency', 'Africa/Addis_Ababa'],
    ['Middle East News Agency', null],
  ])('places the desk of "%s" in %s', (masthead, zone) => {
    expect(mastheadZone(masthead)).toBe(zone);
  });

  it('finds a dateline city by its name in another language or without its accents', () => {
    expect(city('Ciudad de Guatemala')).toMatchObject({ country: 'Guatemala', zone: 'America/Guatemala' });
    expect(city('Neuquén')).toMatchObject({ country: 'Argentina' });
  });
});

describe('Function: city, a name of several words joined the other way', () => {
  it.each([['Port au Prince', 'Haiti'], ['Dar-es-Salaam', 'Tanzania']])('finds %s, kept as printed', (printed, land) => {
    // Act
    const found = city(printed);

    // Assess
    expect([found?.name, found?.country]).toEqual([printed, land]);
  });
});
