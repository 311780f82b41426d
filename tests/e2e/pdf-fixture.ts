/**
 * A multi-page PDF in English and Russian, made at test time: Chromium prints an HTML
 * page (system fonts carry the Cyrillic; Chromium embeds font subsets with Unicode
 * maps, as most report generators do). Names sit on page 1 and on a later page, in
 * English and in Russian case forms, some split over a line break inside a paragraph.
 */
import { chromium } from 'playwright-core';
import { chromePath } from './harness';

const FILLER =
  'The regional water commission met in the spring to review the allocation of summer flows, the state of canals and the schedule of repairs agreed in earlier years. ';

function paragraphs(n: number): string {
  return Array.from({ length: n }, (_, i) => `<p>${i + 1}. ${FILLER.repeat(3)}</p>`).join('');
}

/** HTML for `pages` pages; names on page 1 and on every page in `later`. */
export function reportHtml(pages: number, later: number[]): string {
  const page = (n: number) => {
    const names =
      n === 1
        ? `<h1>Regional briefing</h1>
           <p>President Kassym-Jomart Tokayev received Sadyr Japarov in Astana to discuss water sharing.</p>
           <p>Президент Казахстана встретился с журналистами; Токаеву задали вопросы о воде.</p>
           <p>On the second day Sadyr<br>Japarov visited the dam.</p>`
        : later.includes(n)
          ? `<h2>Later developments</h2>
             <p>Observers in Kazakhstan noted that Bolot Temirov had reported on the talks.</p>
             <p>В Казахстане о Токаеве писали все газеты.</p>`
          : '';
    return `<section class="page">${names}${paragraphs(n === 1 || later.includes(n) ? 3 : 5)}</section>`;
  };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
    body { font: 13px/1.5 "DejaVu Sans", "Liberation Sans", sans-serif; margin: 0; }
    .page { break-after: page; }
    h1, h2 { font-size: 18px; }
  </style></head><body>${Array.from({ length: pages }, (_, i) => page(i + 1)).join('')}</body></html>`;
}

/**
 * Print `html` to PDF bytes in a browser of its own, without the extension (its
 * underlines would be printed into the fixture). Headless Chromium only.
 */
export async function printPdf(html: string): Promise<Buffer> {
  const browser = await chromium.launch({ executablePath: chromePath(), headless: true, args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: false, margin: { top: '20mm', bottom: '20mm', left: '18mm', right: '18mm' } });
  } finally {
    await browser.close();
  }
}

/**
 * A PDF whose standard security handler wants a user password: the /U entry matches
 * no password (not even the empty one), so every reader must ask for one. No xref
 * table: readers rebuild it by scanning the objects.
 */
export function passwordPdf(): Buffer {
  const hex32 = 'A5'.repeat(32);
  return Buffer.from(
    [
      '%PDF-1.4',
      '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
      '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj',
      `3 0 obj << /Filter /Standard /V 1 /R 2 /O <${hex32}> /U <${hex32}> /P -4 >> endobj`,
      'trailer << /Root 1 0 R /Encrypt 3 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] >>',
      '%%EOF',
      '',
    ].join('\n'),
    'latin1',
  );
}

/** A file that starts like a PDF and is not one (a download cut short, or junk). */
export function brokenPdf(): Buffer {
  return Buffer.concat([Buffer.from('%PDF-1.7\n', 'latin1'), Buffer.alloc(4096, 0x5a)]);
}

/** A well-formed PDF with no pages: it opens, and has nothing to show. */
export function emptyPdf(): Buffer {
  return Buffer.from(
    ['%PDF-1.4', '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj', '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj', 'trailer << /Root 1 0 R >>', '%%EOF', ''].join('\n'),
    'latin1',
  );
}
