/**
 * A tiny XML writer for the IATI export: element trees rendered as indented text, attributes in the
 * order given (so the output is deterministic), absent attributes (null/undefined) left out.
 */
export type XmlAttrs = Record<string, string | null | undefined>;

export interface XmlElement {
  name: string;
  attrs: XmlAttrs;
  /** Child elements, or the element's text. */
  content: XmlElement[] | string;
}

// Characters XML 1.0 forbids outright (C0 controls except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF):
// escaping cannot make them legal, so they are dropped rather than producing an ill-formed file.
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching those controls is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes text for use in XML content or a double-quoted attribute value. */
export function xmlEscape(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Builds an element; `content` is child elements or text. */
export function el(name: string, attrs: XmlAttrs = {}, content: XmlElement[] | string = []): XmlElement {
  return { name, attrs, content };
}

function renderAttrs(attrs: XmlAttrs): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string] => entry[1] !== null && entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${xmlEscape(value)}"`)
    .join('');
}

/** Renders an element and its children, two spaces per level, one element per line. */
export function renderXml(node: XmlElement, depth = 0): string {
  const pad = '  '.repeat(depth);
  const open = `${pad}<${node.name}${renderAttrs(node.attrs)}`;
  if (typeof node.content === 'string') return `${open}>${xmlEscape(node.content)}</${node.name}>\n`;
  if (node.content.length === 0) return `${open}/>\n`;
  const children = node.content.map((child) => renderXml(child, depth + 1)).join('');
  return `${open}>\n${children}${pad}</${node.name}>\n`;
}

/** A whole document: XML declaration plus the root element. */
export function xmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderXml(root)}`;
}
