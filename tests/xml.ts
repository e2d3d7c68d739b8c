/** Strict XML for tests: only XML 1.0 characters (also as character references), then a parser that throws on any error. */
import { DOMParser } from '@xmldom/xmldom';

const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

function referencedChar(text: string): string | undefined {
  for (const match of text.matchAll(/&#(x[0-9a-f]+|[0-9]+);/gi)) {
    const code = match[1]!.startsWith('x') || match[1]!.startsWith('X') ? parseInt(match[1]!.slice(1), 16) : Number(match[1]);
    if (code > 0x10ffff || NOT_XML_CHAR.test(String.fromCodePoint(code))) return match[0];
  }
  return undefined;
}

export function parseStrictXml(text: string, name: string): Document {
  const bad = NOT_XML_CHAR.exec(text);
  if (bad)
    throw new Error(
      `${name}: character U+${bad[0].codePointAt(0)!.toString(16).padStart(4, '0')} at ${bad.index} is not allowed in XML 1.0`,
    );
  const reference = referencedChar(text);
  if (reference) throw new Error(`${name}: ${reference} refers to a character XML 1.0 does not allow`);
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(`${name}: ${level}: ${message}`);
    },
  });
  return parser.parseFromString(text, 'text/xml') as unknown as Document;
}
