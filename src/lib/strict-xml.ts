// Strict XML parsing for signed documents that come from outside (digital-mailbox deliveries):
// a size cap, no DOCTYPE or entity declarations (no XXE, no entity expansion), no characters
// XML 1.0 forbids, and any parser warning or error counts as malformed. Returns undefined rather
// than throwing, so that verifiers can answer "no" to anything odd.
import { DOMParser } from '@xmldom/xmldom';

/** The largest document accepted, in UTF-8 bytes. */
export const STRICT_XML_MAX_BYTES = 50 * 1024 * 1024;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

const DECLARATIONS = /<!DOCTYPE|<!ENTITY/i;
// Anything outside the XML 1.0 Char production (lone surrogates included, thanks to the u flag).
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** True when every character of the text may appear in an XML 1.0 document. */
export function isXmlText(text: string): boolean {
  return !NOT_XML_CHAR.test(text);
}

/** Parses a whole document strictly; undefined when it is too large, declares a DOCTYPE, or is not well-formed. */
export function parseStrictXml(xml: unknown, maxBytes: number = STRICT_XML_MAX_BYTES): Document | undefined {
  if (typeof xml !== 'string' || xml.length === 0) return undefined;
  if (xml.length > maxBytes || Buffer.byteLength(xml, 'utf8') > maxBytes) return undefined;
  if (DECLARATIONS.test(xml) || !isXmlText(xml)) return undefined;
  let problems = 0;
  const count = (): void => { problems += 1; };
  try {
    const doc = new DOMParser({ errorHandler: { warning: count, error: count, fatalError: count } })
      .parseFromString(xml, 'text/xml');
    if (problems > 0 || !doc?.documentElement || doc.doctype) return undefined;
    return doc;
  } catch {
    return undefined;
  }
}

/** The element children of a node, in document order. */
export function childElements(node: Node): Element[] {
  const elements: Element[] = [];
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === ELEMENT_NODE) elements.push(child as Element);
  }
  return elements;
}

/** True when the element has no text content other than whitespace between its child elements. */
export function hasOnlyWhitespaceText(element: Element): boolean {
  for (let child = element.firstChild; child !== null; child = child.nextSibling) {
    if ((child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE) && (child.nodeValue ?? '').trim() !== '') {
      return false;
    }
  }
  return true;
}

/**
 * The text of an element that holds only text (comments and processing instructions are skipped,
 * as canonicalisation leaves comments out of the signed bytes); undefined when it has element children.
 */
export function elementText(element: Element): string | undefined {
  let text = '';
  for (let child = element.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === ELEMENT_NODE) return undefined;
    if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE) text += child.nodeValue ?? '';
  }
  return text;
}

/** Every element in the document, in document order. */
export function allElements(doc: Document): Element[] {
  const found: Element[] = [];
  const stack: Element[] = doc.documentElement === null ? [] : [doc.documentElement];
  while (stack.length > 0) {
    const element = stack.pop() as Element;
    found.push(element);
    const children = childElements(element);
    for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index] as Element);
  }
  return found;
}
