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

/** HTML for `pages` pages; names on page 1 and on page `later`. */
export function reportHtml(pages: number, later: number): string {
  const page = (n: number) => {
    const names =
      n === 1
        ? `<h1>Regional briefing</h1>
           <p>President Kassym-Jomart Tokayev received Sadyr Japarov in Astana to discuss water sharing.</p>
           <p>Президент Казахстана встретился с журналистами; Токаеву задали вопросы о воде.</p>`
        : n === later
          ? `<h2>Later developments</h2>
             <p>Observers in Kazakhstan noted that Bolot Temirov had reported on the talks.</p>
             <p>В Казахстане о Токаеве писали все газеты.</p>`
          : '';
    return `<section class="page">${names}${paragraphs(n === 1 || n === later ? 3 : 5)}</section>`;
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
