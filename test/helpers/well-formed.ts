/** Checking office files with a real XML parser: every part of the zip must be well-formed XML 1.0. */
import { SaxesParser } from 'saxes';
import { readZip } from './zip.js';

/** The first well-formedness error of an XML text (saxes checks XML 1.0's Char production), or null. */
export function xmlError(xml: string): string | null {
  const parser = new SaxesParser({ xmlns: true });
  let error: string | null = null;
  parser.on('error', (err) => {
    error ??= err.message;
  });
  try {
    parser.write(xml).close();
  } catch (err) {
    error ??= (err as Error).message;
  }
  return error;
}

/** "word/document.xml: 1:530472: disallowed character." for every part of `zip` that is not well-formed. */
export function malformedParts(zip: Uint8Array): string[] {
  const out: string[] = [];
  for (const [name, data] of readZip(Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength))) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const error = xmlError(data.toString('utf8'));
    if (error !== null) out.push(`${name}: ${error}`);
  }
  return out;
}
