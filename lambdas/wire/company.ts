/** A company's legal form after its name: `Inc.`, `Ltd`, `S.A.`, `A/S`, `Oy`, `& Co.`. */
// (after a comma too, and `& Co.` or `& Company` before it: `Dow Jones & Company, Inc.`)
const LEGAL_FORM = /(?:\s+&\s+Co(?:mpany)?\.?)?(?:,?\s+(?:Inc|Ltd|Limited|Corp|LLC|S\.?\s?A|S\.?L|GmbH|AG|plc|PCL|Bhd|Berhad|Tbk|DAC|A\/S|ASA|AB|Oy|Oyj)\.?|\s+&\s+Co(?:mpany)?\.?)$/i;
/** … or before it, as the Baltic and Eastern European forms stand: `UAB „Delfi“`, `AS Ekspress Meedia`, `SIA …`. */
const LEGAL_FORM_FIRST = /^(?:UAB|AB|AS|SIA|OÜ|SA|JSC|OOO|ZAO|PJSC)\s+/;
/** Quotation marks around a company's name: `UAB „Delfi“`, `ООО «Медиа»`. */
const QUOTED = /^[„“"«»”](.+?)[“”"»«]$/u;

/** An outlet's name without its company's legal form: `The Fiji Times Ltd` → `The Fiji Times`, `UAB „Delfi“` → `Delfi`. */
export const withoutLegalForm = (name: string): string => {
  const bare = name.trim().replace(LEGAL_FORM, '').replace(LEGAL_FORM_FIRST, '');
  return QUOTED.exec(bare)?.[1] ?? bare;
};
