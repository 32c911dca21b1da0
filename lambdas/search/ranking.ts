/**
 * The ranking model: BM25 with per-field term-frequency saturation (BM25F-style), the "+δ" lower
 * bound of BM25+ (Lv & Zhai 2011), and one document frequency per term. MiniSearch (the bench's
 * reference) uses the same k1, b and δ.
 *
 *   impact(t, d) = Σ over fields f where t occurs:  boost_f · (δ + tf·(k1+1) / (tf + k1·(1 − b + b·len_f / ref_f)))
 *   idf(t)       = ln(1 + (N − df + ½) / (df + ½))
 *   score(d, q)  = m · Σ over query terms t:  idf(t) · impact(t, d)       m = query terms the story matches
 *
 * `impact` depends on the story alone, so it is computed once when the story is written and kept,
 * quantised, in the index entry's sort key: a term's entries are read highest impact first, which
 * lets a query stop early with an exact answer (see the store's search). `idf` is read at query time
 * from the document-frequency counters. Field lengths are normalised against fixed reference lengths
 * rather than the running corpus average, so that an impact never needs rewriting as the corpus grows.
 */
export const FIELDS = ['headline', 'lede', 'body'] as const;
export type Field = (typeof FIELDS)[number];

/** Headline and lede say what a story is about; a word there counts for more than one in the body. */
export const FIELD_BOOST: Readonly<Record<Field, number>> = { headline: 3, lede: 2, body: 1 };
/** Typical lengths in index terms (stop words removed) of agency copy's headline, first paragraph and rest. */
export const REFERENCE_LENGTH: Readonly<Record<Field, number>> = { headline: 6, lede: 20, body: 220 };
export const BM25 = { k1: 1.2, b: 0.7, delta: 0.5 } as const;

/** Impacts are kept as integers of this many parts per unit: exact to compare, exact to store. */
export const IMPACT_SCALE = 100_000;
/** Widest stored impact, in digits: the largest possible impact is below 20 units. */
export const IMPACT_DIGITS = 8;

export function fieldImpact(field: Field, tf: number, length: number): number {
  if (tf <= 0) return 0;
  const { k1, b, delta } = BM25;
  const norm = 1 - b + (b * length) / REFERENCE_LENGTH[field];
  return FIELD_BOOST[field] * (delta + (tf * (k1 + 1)) / (tf + k1 * norm));
}

export const quantise = (impact: number): number => Math.min(10 ** IMPACT_DIGITS - 1, Math.round(impact * IMPACT_SCALE));

export function idf(documents: number, df: number): number {
  const n = Math.max(documents, df, 1);
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/**
 * A story's score for a query, from the quantised impacts of the query terms it has (absent = 0).
 * Terms are summed in the order given (callers pass them sorted), so the same inputs give the same
 * float on every page of a result.
 */
export function score(impacts: readonly number[], idfs: readonly number[]): number {
  let sum = 0;
  let matched = 0;
  for (let i = 0; i < impacts.length; i++) {
    const impact = impacts[i] ?? 0;
    if (impact > 0) {
      sum += (idfs[i] ?? 0) * (impact / IMPACT_SCALE);
      matched += 1;
    }
  }
  return matched * sum;
}
