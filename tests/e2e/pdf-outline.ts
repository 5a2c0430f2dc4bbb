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
