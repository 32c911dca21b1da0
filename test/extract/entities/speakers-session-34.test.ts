import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/** Speakers and names in the languages with a genitive after a job, and roles with their complement. Texts written for the tests. */

const speakers = (paragraphs: string[], language: string) => findEntities(paragraphs, { bylines: [], contributors: [], language }).quotes.map((q) => q.speaker);

describe('Function: findEntities (speakers and names, session 34)', () => {
  it('gives a quote to the one who spoke last when the role after its verb has a complement (`afirmó la secretaria de Estado`)', () => {
    // Act
    const spanish = speakers([
      'La ministra de Obras Públicas, Mirta Aquino Rolón, señaló que el ministerio coordina un plan de dragado con la Argentina.',
      '“El río es nuestra ruta al mar. Si se corta el río, se corta la economía”, afirmó la secretaria de Estado durante una conferencia de prensa.',
    ], 'es');

    // Assess
    expect(spanish).toEqual(['Mirta Aquino Rolón']);
  });

  it('reads a verb of saying the lists lacked, its subject unsaid, as the last speaker\'s (`reclamou`, `exhortó`)', () => {
    // Act
    const portuguese = speakers([
      'Na Avenida Central, o comerciante Antônio Valdenor Pereira calculava o prejuízo na loja que mantém há 20 anos. “Todo ano é a mesma coisa. A prefeitura só limpa os canais depois”, reclamou.',
    ], 'pt');

    // Assess
    expect(portuguese).toEqual(['Antônio Valdenor Pereira']);
  });

  it('reads a capitalised job opening the sentence with an adjective of place after it as the title (`Wojewoda dolnośląski`)', () => {
    // Act
    const { people, quotes } = findEntities([
      'Wojewoda opolski Piotr Kurzyna zwołał na wtorek posiedzenie zespołu zarządzania kryzysowego.',
      '„Nie ma zagrożenia dla ludzi, ale apeluję do mieszkańców” – podkreślił wojewoda.',
    ], { bylines: [], contributors: [], language: 'pl' });

    // Assess
    expect(people.map((p) => [p.name, p.title])).toEqual([['Piotr Kurzyna', 'Wojewoda opolski']]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Piotr Kurzyna']);
  });

  it('reads the person in a body\'s name run into theirs, and after an agency told in the dative (`powiedział PAP Jędrzejczak`)', () => {
    // Act
    const { people, quotes } = findEntities([
      'Rzecznik opolskiego Zarządu Zlewni (ZZ) Wód Polskich Tomasz Jędrzak poinformował we wtorek, że na rzece pracuje 12 łodzi.',
      '„Stężenie złotej algi jest dwa razy wyższe niż przed tygodniem” – powiedział PAP Jędrzak.',
    ], { bylines: [], contributors: [], language: 'pl' });

    // Assess
    expect(people.map((p) => p.name)).toEqual(['Tomasz Jędrzak']);
    expect(quotes.map((q) => q.speaker)).toEqual(['Tomasz Jędrzak']);
  });

  it('leaves an outlet named after a verb of saying whole (`сказал РИА Новости генеральный директор`)', () => {
    // Act
    const { organisations } = findEntities(['«На выходные ожидаем до 15 тысяч гостей», — сказал РИА Новости генеральный директор курорта Иван Петров.'], { bylines: [], contributors: [], language: 'ru' });

    // Assess
    expect(organisations.map((o) => o.name)).not.toContain('РИА');
  });

  it('reads Spanish `Doña` before a name of two words or more as an honorific, no part of the name (not `the ferry Doña Paz`)', () => {
    // Act
    const spanish = findEntities(['Doña Justina Mamani Choque, dirigente del comité de agua, denunció que los carros llegan tarde.'], { bylines: [], contributors: [], language: 'es' });
    const ferry = findEntities(['In 1987, the ferry Doña Paz sank after colliding with a fuel tanker, the coast guard said.'], { bylines: [], contributors: [], language: 'en' });

    // Assess
    expect(spanish.people.map((p) => p.name)).toEqual(['Justina Mamani Choque']);
    expect(ferry.people.map((p) => p.name)).toEqual([]);
  });

  it('reads no person in a run after an article, though its first word is a given name and a verb of saying stands by (`la Ville de Liège`, `the Pink Line`)', () => {
    // Act
    const french = findEntities(['L’échevine de la Mobilité annonce que la Ville de Namur demandera à la Région de nouveaux feux pour le tram de Namur.'], { bylines: [], contributors: [], language: 'fr' });
    const english = findEntities(['Commuters said the Pink Line had been late every morning this week, the operator said.'], { bylines: [], contributors: [], language: 'en' });

    // Assess
    expect(french.people.map((p) => p.name)).toEqual([]);
    expect(french.places.map((p) => p.name)).toContain('Namur');
    expect(english.people.map((p) => p.name)).toEqual([]);
  });
});
