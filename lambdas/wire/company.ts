/** A company's legal form after its name, after a comma too: `Inc.`, `Ltd`, `S.A.`, `A/S`, `Oy`, `, Inc.`. */
const LEGAL_FORM = /,?\s+(?:Inc|Ltd|Limited|Corp|LLC|S\.?\s?A|S\.?L|GmbH|AG|plc|PCL|Bhd|Berhad|Tbk|DAC|A\/S|ASA|AB|Oy|Oyj)\.?$/i;
/** … or before it, as the Baltic and Eastern European forms stand: `UAB „Delfi“`, `AS Ekspress Meedia`, `SIA …`. */
const LEGAL_FORM_FIRST = /^(?:UAB|AB|AS|SIA|OÜ|SA|JSC|OOO|ZAO|PJSC)\s+/;
/** `& Co.`, `& Company` closing a firm's name, before its legal form or alone: `Dow Jones & Company, Inc.`. */
const AND_COMPANY = /\s+&\s+Co(?:mpany)?\.?$/i;
/** Quotation marks around a company's name: `UAB „Delfi“`, `ООО «Медиа»`. */
const QUOTED = /^[„“"«»”](.+?)[“”"»«]$/u;

/** An outlet's name without its company's legal form: `The Fiji Times Ltd` → `The Fiji Times`, `UAB „Delfi“` → `Delfi`. */
export const withoutLegalForm = (name: string): string => {
  const bare = name.trim().replace(LEGAL_FORM, '').replace(AND_COMPANY, '').replace(LEGAL_FORM_FIRST, '');
  return QUOTED.exec(bare)?.[1] ?? bare;
};
