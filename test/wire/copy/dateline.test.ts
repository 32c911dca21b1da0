import { describe, expect, it } from 'vitest';
import { splitDateline } from '../../../lambdas/wire/copy/index.ts';

describe('Function: splitDateline', () => {
  it.each([
    ['WASHINGTON (AP) — The United States said.', 'WASHINGTON', 'AP'],
    ['MOUNT OLIVE, N.C. (AP) _ A plane landed.', 'MOUNT OLIVE, N.C.', 'AP'],
    ['DAMASCUS, March 3 (Reuters) - Syria said.', 'DAMASCUS', 'Reuters'],
    ['Munich (dpa) - Bayern won.', 'Munich', 'dpa'],
    ['OTTAWA — The union says.', 'OTTAWA', null],
    ['SYDNEY, AAP - Residents were told.', 'SYDNEY', 'AAP'],
    ['TOKYO, March 3 Kyodo - Japan said.', 'TOKYO', 'Kyodo'],
    ['Tegucigalpa, 2 ene (EFE).- El Gobierno dijo.', 'Tegucigalpa', 'EFE'],
    ['(ANSA) - ROMA, 01 LUG - Diciotto città.', 'ROMA', 'ANSA'],
    ['NAPLES, MARCH 12 - A quake shook.', 'NAPLES', null],
    ['New Delhi, Mar 3 (PTI) The government said.', 'New Delhi', 'PTI'],
    ['New Delhi [India], March 26 (ANI): The ministry said.', 'New Delhi, India', 'ANI'],
    ['MOSCOW, March 3. /TASS/. Russia said.', 'MOSCOW', 'TASS'],
    ['Jakarta (ANTARA) - Indonesia said.', 'Jakarta', 'ANTARA'],
    ['(Bloomberg) -- Cocoa fell.', '', 'Bloomberg'],
    ['COPENHAGEN--Vestas swung to a profit.', 'COPENHAGEN', null],
    ['Brno 5. listopadu (ČTK) - Soud rozhodl.', 'Brno', 'ČTK'],
    ['ABU DHABI, 14th May, 2025 (WAM) -- The ministry said.', 'ABU DHABI', 'WAM'],
    ['Tehran, IRNA - The railway will open to freight.', 'Tehran', 'IRNA'],
    ['Matanzas, 15 jul (Prensa Latina) Un nuevo parque solar quedó sincronizado.', 'Matanzas', 'Prensa Latina'],
    ["(Belga) Près d'un ménage belge sur cinq vivait en précarité.", '', 'Belga'],
    ['BAKU, Azerbaijan, April 8. Azerbaijan exported 6.3 billion cubic meters of gas.', 'BAKU, Azerbaijan', null],
    ['MOSCOW. Feb 5 (Interfax) - Russia will cut its wheat export duty.', 'MOSCOW', 'Interfax'],
    ['Addis Ababa, March 11/2025(ENA)- Ethiopia earned 1.1 billion USD from coffee.', 'Addis Ababa', 'ENA'],
    ['SAN FRANCISCO--(BUSINESS WIRE)--Solvane Energy announced an agreement.', 'SAN FRANCISCO', 'BUSINESS WIRE'],
    ['लखनऊ, 04 दिसंबर (हि.स.)। उत्तर प्रदेश में घना कोहरा छाया रहा।', 'लखनऊ', 'हि.स.'],
    ['Toshkent, 3-dekabr (“Dunyo” AA). Toshkentda komissiya yig‘ilishi bo‘lib o‘tdi.', 'Toshkent', 'Dunyo AA'],
    // an agency we have no profile of, a date in a language the calendar does not know, a tag closed by a point
    ['Tartu, 14. märts (BNS). Linnavalitsus kinnitas uue bussiliikluse kava – muudatused jõustuvad aprillis.', 'Tartu', 'BNS'],
    ['Maracay, 9 Abr. VTV.- El gobierno regional inauguró un hospital.', 'Maracay', 'VTV'],
    ['(AGI) - Torino, 3 dic. - Il consiglio comunale ha approvato il bilancio.', 'Torino', 'AGI'],
    ['TBILISI, MARCH 4, GEOPRESS. The government approved a new rail link.', 'TBILISI', 'GEOPRESS'],
    ['Sohar, May 28 (ONA) --- The port handled a record cargo.', 'Sohar', 'ONA'],
    ['СОЧИ, 10 дек — РИА Новости. Горнолыжный сезон открылся в среду.', 'СОЧИ', 'РИА Новости'],
    ['دمشق-سانا أعلنت وزارة الطاقة اليوم انتهاء المرحلة الأولى من أعمال التأهيل.', 'دمشق', 'سانا'],
    ['PORT OF SPAIN, Trinidad (Loop News) -- The fast ferry was pulled from service.', 'PORT OF SPAIN, Trinidad', 'Loop News'],
    ['MORELIA, Mich., 10 de diciembre de 2025.- Las primeras colonias llegaron.', 'MORELIA, Mich.', null],
    ['CIUDAD DE MÉXICO, 10 de diciembre.- El Senado aprobó la reforma.', 'CIUDAD DE MÉXICO', null],
    ['Trento, 3 mar. (agenzianova) – Il tunnel riapre domani.', 'Trento', 'agenzianova'],
    ['Hamburg (kna). Die Kirche hat ein neues Jugendzentrum eröffnet.', 'Hamburg', 'kna'],
    ['Basra / INA / - Port workers ended their strike on Monday.', 'Basra', 'INA'],
    ['लखनऊ, 3 मार्च (भाषा) राज्य सरकार ने नई नीति की घोषणा की।', 'लखनऊ', 'भाषा'],
    ['رام الله 4-3-2026 معا- افتتحت البلدية حديقة جديدة.', 'رام الله', 'معا'],
    ['الدوحة - 4 - 3 (قنا) -- افتتحت الوزارة مدرسة جديدة.', 'الدوحة', 'قنا'],
    ['ภูเก็ต 4 มี.ค.-นักท่องเที่ยวเพิ่มขึ้นต่อเนื่อง', 'ภูเก็ต', null],
    ['【釜山聯合ニュース】釜山市は3日、新しい港湾計画を発表した。', '釜山', '聯合ニュース'],
    ['【共同社大阪3月4日电】大阪府4日宣布新的防灾计划。', '大阪', '共同社'],
  ])('reads "%s" as %s (%s)', (paragraph, place, tag) => {
    // Act
    const found = splitDateline(paragraph);

    // Assess
    expect(found).toMatchObject({ place, tag });
    expect(found!.rest).toMatch(/^[\p{Lu}\p{Lo}]/u);
  });

  it.each([
    'He said — and meant it — that the talks were over.',
    'The minister (left) - said nothing.',
    '"We will win," she said - and left.',
    'Shares fell 3% — the steepest drop since 2022.',
    'U.S.-backed forces advanced on Monday.',
    'NATO.-led patrols resumed on Tuesday.',
  ])('finds no dateline in "%s"', (paragraph) => {
    expect(splitDateline(paragraph)).toBeNull();
  });

  it('reads a weekday before the date, abbreviated as newspapers do, as no part of the place', () => {
    expect(splitDateline('ORANGE WALK, Weds. June 3, 2026--The town council voted on Tuesday.')).toMatchObject({ place: 'ORANGE WALK', rest: 'The town council voted on Tuesday.' });
    expect(splitDateline('ORANGE WALK, Wednesday, June 3, 2026 -- The town council voted on Tuesday.')).toMatchObject({ place: 'ORANGE WALK' });
  });

  it('reads the outlet\'s own name and a dash opening the story as no dateline, and takes them off the paragraph', () => {
    expect(splitDateline('Stabroek Ledger - The agency fined the operator on Monday.', 'Stabroek Ledger')).toMatchObject({ place: '', tag: 'Stabroek Ledger', rest: 'The agency fined the operator on Monday.' });
    expect(splitDateline('Stabroek Ledger - The agency fined the operator on Monday.', null)).toBeNull();
  });

  it('reads the writer a Yonhap dateline names', () => {
    expect(splitDateline('(대구=연합뉴스) 김민수 기자 = 4일 오전 불이 났다.')).toMatchObject({ place: '대구', tag: '연합뉴스', byline: '김민수', rest: '4일 오전 불이 났다.' });
  });
});
