import { inflateSync } from 'node:zlib';
/**
 * Reads what the browser tests need from a PDF printed by Chromium (page.pdf with `outline: true`): the
 * page count and, for every heading, the page it starts on and its height on that page. Chromium writes
 * these objects uncompressed, so no PDF library is needed.
 */
export interface OutlineEntry {
  title: string;
  /** 0-based page index. */
  page: number;
  /** Distance of the heading's top from the bottom of the page, in points. */
  y: number;
}

export interface PdfLayout {
  pages: number;
  pageHeight: number;
  outline: OutlineEntry[];
}

function decodeTitle(raw: string): string {
  const hex = /^<([0-9A-Fa-f]*)>$/.exec(raw.trim());
  if (hex) {
    const bytes = Buffer.from(hex[1] ?? '', 'hex');
    const body = bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2) : bytes;
    return body.swap16().toString('utf16le');
  }
  return raw.replace(/^\(|\)$/g, '');
}

export function pdfLayout(pdf: Buffer): PdfLayout {
  const text = pdf.toString('latin1');
  const objects = new Map<number, string>();
  for (const m of text.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) objects.set(Number(m[1]), m[2] ?? '');
  const catalog = [...objects.values()].find((o) => /\/Type \/Catalog/.test(o)) ?? '';
  const root = Number(/\/Pages (\d+) 0 R/.exec(catalog)?.[1]);
  const order: number[] = [];
  const walk = (id: number) => {
    const obj = objects.get(id) ?? '';
    const kids = /\/Kids \[([^\]]*)\]/.exec(obj);
    if (/\/Type \/Pages/.test(obj) && kids) {
      for (const k of (kids[1] ?? '').matchAll(/(\d+) 0 R/g)) walk(Number(k[1]));
    } else order.push(id);
  };
  walk(root);
  const firstPage = objects.get(order[0] ?? -1) ?? '';
  const box = /\/MediaBox \[\s*[\d.]+\s+[\d.]+\s+[\d.]+\s+([\d.]+)\s*\]/.exec(firstPage);
  const outline: OutlineEntry[] = [];
  for (const obj of objects.values()) {
    const title = /\/Title (<[0-9A-Fa-f]*>|\((?:[^()\\]|\\.)*\))/.exec(obj);
    const dest = /\/Dest \[(\d+) 0 R \/XYZ [\d.-]+ ([\d.-]+)/.exec(obj);
    if (title && dest) {
      outline.push({
        title: decodeTitle(title[1] ?? '').trim(),
        page: order.indexOf(Number(dest[1])),
        y: Number(dest[2]),
      });
    }
  }
  outline.sort((a, b) => a.page - b.page || b.y - a.y);
  return { pages: order.length, pageHeight: Number(box?.[1] ?? 842), outline };
}

/**
 * How many path segments (`l`, `c`, `re` operators) each page of a Chromium PDF draws: text is drawn
 * with glyphs, so this counts vector drawings such as a QR code (an inline SVG of hundreds of segments).
 * Content streams are Flate-compressed; Node's zlib reads them.
 */
export function pageDrawingSegments(pdf: Buffer): number[] {
  const text = pdf.toString('latin1');
  const objects = new Map<number, { dict: string; start: number }>();
  for (const m of text.matchAll(/(\d+) 0 obj\s*/g))
    objects.set(Number(m[1]), { dict: '', start: (m.index ?? 0) + m[0].length });
  const body = (id: number) => {
    const o = objects.get(id);
    if (!o) return '';
    const end = text.indexOf('endobj', o.start);
    return text.slice(o.start, end);
  };
  const stream = (id: number): string => {
    const o = objects.get(id);
    if (!o) return '';
    const src = body(id);
    const s = src.indexOf('stream');
    if (s < 0) return '';
    const dataStart = o.start + s + 'stream'.length + (text[o.start + s + 6] === '\r' ? 2 : 1);
    const length = Number(/\/Length (\d+)/.exec(src.slice(0, s))?.[1] ?? 0);
    const raw = pdf.subarray(dataStart, dataStart + length);
    return /\/FlateDecode/.test(src.slice(0, s)) ? inflateSync(raw).toString('latin1') : raw.toString('latin1');
  };
  const catalog = [...objects.keys()].map(body).find((o) => /\/Type \/Catalog/.test(o)) ?? '';
  const order: number[] = [];
  const walk = (id: number) => {
    const obj = body(id);
    const kids = /\/Kids \[([^\]]*)\]/.exec(obj);
    if (/\/Type \/Pages/.test(obj) && kids) {
      for (const k of (kids[1] ?? '').matchAll(/(\d+) 0 R/g)) walk(Number(k[1]));
    } else order.push(id);
  };
  walk(Number(/\/Pages (\d+) 0 R/.exec(catalog)?.[1]));
  return order.map((id) => {
    const page = body(id);
    const contents = /\/Contents (?:\[([^\]]*)\]|(\d+) 0 R)/.exec(page);
    const ids = contents?.[1]
      ? [...contents[1].matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]))
      : [Number(contents?.[2])];
    // Forms (XObjects) the page draws count too: Chromium may put an SVG in one.
    const forms = [...page.matchAll(/\/X\d+ (\d+) 0 R/g)].map((m) => Number(m[1]));
    const all = [...ids, ...forms].map(stream).join('\n');
    return (all.match(/(?:^|\s)(?:l|c|re)(?=\s)/g) ?? []).length;
  });
}
