/**
 * The fast reader's XML scanner (src/xlsx/fast/xml.ts) gives the events htmlparser2 gives in
 * xmlMode, the parser it replaces for plain parts: names as written, entities decoded, a
 * self-closing tag opened and closed, the first of a repeated attribute.
 */
import { Parser } from "htmlparser2";
import { parseXml } from "../../src/xlsx/fast/xml";

type XmlEvent = [string, string, Record<string, string>?];

function events(read: (handler: Parameters<typeof parseXml>[1]) => void): XmlEvent[] {
  const out: XmlEvent[] = [];
  read({
    open: (name, attributes) => out.push(["open", name, { ...attributes }]),
    // Text may come in pieces: joined, as every handler joins it.
    text: (text) => {
      const last = out[out.length - 1];
      if (last?.[0] === "text") last[1] += text;
      else out.push(["text", text]);
    },
    close: (name) => out.push(["close", name]),
  });
  return out;
}

function viaHtmlparser2(xml: string): XmlEvent[] {
  return events((handler) => {
    const parser = new Parser(
      { onopentag: handler.open, ontext: handler.text, onclosetag: handler.close },
      { xmlMode: true, decodeEntities: true },
    );
    parser.write(xml);
    parser.end();
  });
}

const PARTS = [
  // A sheet as Excel writes it: prefixes, self-closing cells, shared and inline strings, a formula.
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://x" xmlns:r="http://r"><sheetData>' +
    '<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1" s="2"/><c r="C1" t="inlineStr"><is><t xml:space="preserve"> a  b </t></is></c></row>' +
    '<row r="2"><c r="A2"><f t="shared" ref="A2:A3" si="0">B2&amp;"x"</f><v>1.5</v></c></row></sheetData>' +
    '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><hyperlinks><hyperlink ref="A1" r:id="rId1"/></hyperlinks></worksheet>',
  // Entities in text and attributes, character references, single quotes, spaces around "=", a repeated attribute.
  '<a x=\'1 &lt; 2\' y = "&quot;q&quot;" x="second"><b>&amp;&lt;&gt;&apos;&quot; &#26412;&#x5E74;&#65;</b>tail<c\n  d="\t"\n/></a >',
  // Rich text runs with phonetic runs, as sharedStrings.xml holds them.
  '<sst count="1"><si><r><rPr><b/></rPr><t>粗</t></r><r><t xml:space="preserve"> 體</t></r><rPh sb="0" eb="1"><t>ㄘㄨ</t></rPh></si></sst>',
  // What the scanner leaves to htmlparser2: a comment, CDATA, an unknown entity, a C1 character reference.
  "<a><!-- note --><b><![CDATA[<raw> &amp;]]></b></a>",
  "<a>&nbsp;&copy;</a>",
  "<a>&#150;&#0;</a>",
];

describe("the fast reader's XML scanner", () => {
  it.each(PARTS.map((xml, i) => [i, xml]))("gives htmlparser2's events on part %i", (_, xml) => {
    expect(events((handler) => parseXml(xml, handler))).toEqual(viaHtmlparser2(xml));
  });

  it("throws on what is not well-formed, so that the full reader reads the file", () => {
    for (const xml of ["<a><b></a>", "<a x=1></a>", "<a><b>", "<a x></a>"]) expect(() => parseXml(xml, {})).toThrow();
  });
});
