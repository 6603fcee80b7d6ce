/**
 * Test helper: every file under a reports folder as text, recursively, with Playwright's HTML report
 * opened up: its index.html carries the whole report as a base64 zip (compressed, so a plain grep
 * would never find a secret inside it); each zip entry is returned as its own text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { inflateRawSync } from 'node:zlib';

export interface ReportText {
  readonly name: string;
  readonly text: string;
}

/** Entries of a zip archive (stored or deflated), from its central directory. */
function unzipEntries(zip: Buffer): ReportText[] {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i -= 1)
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new Error('unzipEntries: no end-of-central-directory record; not a zip archive');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const out: ReportText[] = [];
  for (let n = 0; n < count; n += 1) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`unzipEntries: bad central directory entry ${n}`);
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    const bytes = method === 0 ? data : method === 8 ? inflateRawSync(data) : undefined;
    if (bytes === undefined) throw new Error(`unzipEntries: ${name} uses compression method ${method}; only stored/deflate are supported`);
    out.push({ name, text: bytes.toString('utf8') });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

const EMBEDDED_ZIP = /data:application\/zip;base64,([A-Za-z0-9+/=]+)/g;

/** Every file under `dir` (names relative to it), plus the zip entries embedded in HTML files. */
export function reportTexts(dir: string): ReportText[] {
  const out: ReportText[] = [];
  const visit = (path: string): void => {
    for (const entry of readdirSync(path)) {
      const full = join(path, entry);
      if (statSync(full).isDirectory()) {
        visit(full);
        continue;
      }
      const name = relative(dir, full);
      const text = readFileSync(full).toString('utf8');
      out.push({ name, text });
      if (name.endsWith('.html'))
        for (const [, b64] of text.matchAll(EMBEDDED_ZIP))
          for (const e of unzipEntries(Buffer.from(b64!, 'base64'))) out.push({ name: `${name}!${e.name}`, text: e.text });
    }
  };
  visit(dir);
  return out;
}
