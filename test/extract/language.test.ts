import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../lambdas/extract/language.ts';

describe('Function: detectLanguage', () => {
  it.each([
    ['en', 'Ferry services resume', ['Ferry services between the two islands resumed on Monday after repairs to the wharf, which had been damaged in a storm, were completed, the operator said.']],
    ['nl', 'Veerdienst hervat', ['De veerdienst tussen de twee eilanden is maandag hervat na herstel van de steiger, die in een storm was beschadigd, aldus de exploitant. Of de dienst volgens schema blijft varen, is nog onzeker.']],
    ['it', 'Riprende il traghetto', ['Il servizio di traghetti tra le due isole è ripreso lunedì dopo la riparazione del molo, danneggiato da una tempesta, ha detto la società.']],
    ['fr', 'Le ferry reprend', ['Le service de ferry entre les deux îles a repris lundi après la réparation du quai, endommagé par une tempête, a indiqué l\'exploitant.']],
    ['de', 'Fähre fährt wieder', ['Die Fähre zwischen den beiden Inseln fährt seit Montag wieder, nachdem der im Sturm beschädigte Anleger repariert wurde, teilte der Betreiber mit.']],
  ])('reads %s', (language, headline, paragraphs) => {
    expect(detectLanguage(headline, paragraphs)).toBe(language);
  });

  it('reads Maltese, which the trigram profiles leave out, by its own letters', () => {
    // Act & Assess
    expect(detectLanguage('Il-vapur jerġa\' jibda', ['Is-servizz tal-vapur bejn iż-żewġ gżejjer reġa\' beda nhar it-Tnejn wara t-tiswija tal-moll, li kien ġarrab ħsara fil-maltempata, qalet il-kumpanija.'])).toBe('mt');
  });

  it('reads Icelandic by its eth and thorn, which the trigrams take for Norwegian in a short text', () => {
    // Act & Assess
    expect(detectLanguage('Ferjan siglir á ný', ['Ferjuferðir milli eyjanna hófust að nýju á mánudag eftir viðgerð á bryggjunni, sem skemmdist í óveðri, sagði útgerðin.'])).toBe('is');
  });

  it('reads Hausa as Hausa, not as Swahili', () => {
    // Act & Assess
    expect(detectLanguage('Jirgin ruwa ya koma aiki', ['Jirgin ruwa tsakanin tsibiran biyu ya koma aiki ranar Litinin bayan an gyara tashar da guguwa ta lalata, in ji kamfanin.'])).toBe('ha');
  });

  it('reads Serbo-Croatian in Cyrillic letters as Serbian', () => {
    // Act & Assess
    expect(detectLanguage('Трајект поново вози', ['Трајектна линија између два острва поново ради од понедјељка, након поправке пристаништа које је оштећено у олуји, саопштио је превозник.'])).toBe('sr');
  });

  it('gives no language to a text too short to tell', () => {
    expect(detectLanguage('Update', [])).toBeNull();
  });
});
