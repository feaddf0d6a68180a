/** Checking office files with a real XML parser: every part of the zip must be well-formed XML 1.0. */
import { SaxesParser } from 'saxes';
import { listZipFiles } from '../../src/util/zip.js';

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
  for (const file of listZipFiles(zip)) {
    if (!/\.(xml|rels)$/.test(file.name)) continue;
    const error = xmlError(file.read().toString('utf8'));
    if (error !== null) out.push(`${file.name}: ${error}`);
  }
  return out;
}
