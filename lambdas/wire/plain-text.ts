import { htmlParagraphs, looksLikeHtml } from './formats/common.ts';
import type { WireDocument } from './types.ts';

/** One line of text without markup: tags gone, scripts and styles gone with their content, entities decoded. */
export function withoutMarkup(text: string): string {
  return looksLikeHtml(text) ? htmlParagraphs(text).join(' ') : text;
}

const line = (text: string | null): string | null => {
  if (text === null) return null;
  const plain = withoutMarkup(text);
  return plain === '' ? null : plain;
};
const lines = (texts: readonly string[]): string[] => texts.map(withoutMarkup).filter((t) => t !== '');

/**
 * The record's text fields are plain text, whatever the wire carried: a tag typed into a text wire,
 * or HTML that slipped through a structured format, must not reach a page that renders the field
 * (issue: "plain-text fields never carry markup"). Cheap when there is nothing to strip.
 */
export function plainTextDocument(doc: WireDocument): WireDocument {
  return {
    ...doc,
    headline: line(doc.headline),
    slugline: line(doc.slugline),
    edNote: line(doc.edNote),
    bylineLines: lines(doc.bylineLines),
    authors: doc.authors.map((a) => ({ ...a, name: withoutMarkup(a.name), title: line(a.title) })),
    datelineText: line(doc.datelineText),
    paragraphs: lines(doc.paragraphs),
    trailer: lines(doc.trailer),
  };
}
