/** A company's legal form after its name: `Inc.`, `Ltd`, `S.A.`. */
const LEGAL_FORM = /\s+(?:Inc|Ltd|Limited|Corp|LLC|S\.?\s?A|GmbH|AG|plc)\.?$/i;

/** An outlet's name without its company's legal form: `The Fiji Times Ltd` → `The Fiji Times`, `Barbados Today Inc.` → `Barbados Today`. */
export const withoutLegalForm = (name: string): string => name.replace(LEGAL_FORM, '');
