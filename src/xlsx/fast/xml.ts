import { Parser } from "htmlparser2";

export interface XmlHandler {
  readonly open?: (name: string, attributes: Record<string, string>) => void;
  readonly text?: (text: string) => void;
  readonly close?: (name: string) => void;
}

/**
 * Streams an XML part through htmlparser2 in xmlMode (entities decoded, names kept as written,
 * prefixes included, as exceljs's parser gives them).
 */
export function parseXml(xml: string, handler: XmlHandler): void {
  const parser = new Parser(
    { onopentag: handler.open, ontext: handler.text, onclosetag: handler.close },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
}
