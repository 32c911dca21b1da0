import { RejectionError } from '../../story/index.ts';

/**
 * Wire transmissions framed with ASCII controls (ANPA 1312, IPTC 7901): SOH opens the header, STX the
 * text, ETX closes it, EOT ends the message; SYN pads the start. Shared by both parsers.
 */

export const SOH = '\u0001';
export const STX = '\u0002';
export const ETX = '\u0003';

export interface Frame {
  /** Between SOH and STX: the service header. */
  readonly preamble: string;
  /** Between STX and ETX: the text, header lines and story. */
  readonly text: string;
  /** After ETX: the transmission trailer (time stamp). */
  readonly after: string;
}

const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Control characters other than tab and newline, which are framing, not text. */
export const withoutControls = (text: string): string => text.replace(CONTROLS, '');

/** @throws RejectionError `malformed` when the text is not framed (no STX) */
export function frame(text: string, format: string): Frame {
  const stx = text.indexOf(STX);
  if (stx < 0) throw new RejectionError('malformed', `the ${format} transmission has no STX (0x02) before its text; the file may be cut short or not ${format}`);
  const etx = text.indexOf(ETX, stx + 1);
  const soh = text.lastIndexOf(SOH, stx);
  return {
    preamble: text.slice(soh < 0 ? 0 : soh + 1, stx),
    text: text.slice(stx + 1, etx < 0 ? text.length : etx),
    after: etx < 0 ? '' : text.slice(etx + 1),
  };
}


export const pad2 = (n: number | string): string => String(n).padStart(2, '0');
