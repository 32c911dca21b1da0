import { describe, expect, it } from 'vitest';
import { isShouted, personCase, placeCase } from '../../lambdas/extract/names.ts';

describe('Function: personCase', () => {
  it.each([
    ['JASON DEAREN', 'Jason Dearen'],
    ['HYUNG JIN-KIM', 'Hyung Jin-Kim'],
    ['LOLITA C. BALDOR', 'Lolita C. Baldor'],
    ['HADEEL AL-SHALCHI', 'Hadeel al-Shalchi'],
    ['JUAN DE LA CRUZ', 'Juan de la Cruz'],
    ["CONOR O'BRIEN", "Conor O'Brien"],
    ['RYAN MCDONALD', 'Ryan McDonald'],
    ['JOHN SMITH III', 'John Smith III'],
    ['MARTIN LUTHER KING JR.', 'Martin Luther King Jr.'],
    ['MARÍA JOSÉ FERNÁNDEZ', 'María José Fernández'],
  ])('gives %s in natural case as %s', (printed, natural) => {
    // Act & Assess
    expect(personCase(printed)).toBe(natural);
  });

  it('keeps a name printed in mixed case as printed', () => {
    // Act & Assess
    expect(personCase('Kim Tong-hyung')).toBe('Kim Tong-hyung');
    expect(personCase('DeAndre McKAY')).toBe('DeAndre McKAY');
  });
});

describe('Function: placeCase', () => {
  it.each([
    ['MOUNT OLIVE', 'Mount Olive'],
    ['PORT-AU-PRINCE', 'Port-au-Prince'],
    ['RIO DE JANEIRO', 'Rio de Janeiro'],
    ['ST. LOUIS', 'St. Louis'],
    ['DES MOINES', 'Des Moines'],
    ['MCALLEN', 'McAllen'],
    ['N.C.', 'N.C.'],
  ])('gives %s in natural case as %s', (printed, natural) => {
    // Act & Assess
    expect(placeCase(printed)).toBe(natural);
  });
});

describe('Function: isShouted', () => {
  it('tells capitals from initials and mixed case', () => {
    // Act & Assess
    expect(isShouted('WASHINGTON')).toBe(true);
    expect(isShouted('N.C.')).toBe(false);
    expect(isShouted('Washington')).toBe(false);
  });
});
