import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Lesson } from './content.ts';
import { wrapText } from '../pdf/text.ts';

/**
 * The lesson pack as a PDF, made on this device with pdf-lib's standard fonts (nothing is fetched):
 * teacher's notes first, then the pupils' handout on a page of its own so it can be printed alone.
 */
export const PAPER = {
  a4: [595.28, 841.89],
  letter: [612, 792],
} as const satisfies Record<string, readonly [number, number]>;

// Typographic quotes and dashes as plain ones, so the handout reads the same wherever it is printed.
function plainQuotes(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-');
}

class Writer {
  private page!: PDFPage;
  private y = 0;
  private readonly margin = 56;

  constructor(
    private readonly doc: PDFDocument,
    private readonly size: readonly [number, number],
    private readonly font: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.newPage();
  }

  newPage() {
    this.page = this.doc.addPage([this.size[0], this.size[1]]);
    this.y = this.size[1] - this.margin;
  }

  text(
    text: string,
    options: { size?: number; bold?: boolean; indent?: number; bullet?: string; gap?: number } = {},
  ) {
    const size = options.size ?? 11;
    const font = options.bold ? this.bold : this.font;
    const indent = options.indent ?? 0;
    const width = this.size[0] - 2 * this.margin - indent;
    wrapText(plainQuotes(text), font, size, width).forEach((line, n) => {
      if (this.y - size < this.margin) this.newPage();
      if (n === 0 && options.bullet) {
        this.page.drawText(options.bullet, { x: this.margin + indent - 14, y: this.y - size, size, font });
      }
      this.page.drawText(line, {
        x: this.margin + indent,
        y: this.y - size,
        size,
        font,
        color: rgb(0.1, 0.1, 0.1),
      });
      this.y -= size * 1.4;
    });
    this.y -= options.gap ?? 3;
  }

  heading(text: string, size = 14) {
    if (this.y < this.margin + 90) this.newPage();
    this.y -= 8;
    this.text(text, { size, bold: true, gap: 4 });
  }

  list(items: string[], numbered = false) {
    items.forEach((item, n) => this.text(item, { indent: 16, bullet: numbered ? `${n + 1}.` : '-' }));
  }
}

export async function buildLessonPdf(
  lesson: Lesson,
  options: { countryName: string; paper: keyof typeof PAPER },
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`${lesson.title} (lesson pack)`);
  doc.setCreator('Backstop Help');
  doc.setProducer('Backstop Help');
  const [font, bold] = await Promise.all([
    doc.embedFont(StandardFonts.Helvetica),
    doc.embedFont(StandardFonts.HelveticaBold),
  ]);
  const w = new Writer(doc, PAPER[options.paper], font, bold);

  w.text(lesson.title, { size: 20, bold: true, gap: 4 });
  w.text(`A one-lesson pack for ages 11 to 16 (${lesson.minutes} minutes). For ${options.countryName}.`, {
    gap: 8,
  });
  w.heading('Learning goals');
  w.list(lesson.goals);
  w.heading('Before you start');
  w.list(lesson.beforeYouStart);
  w.heading('Guidance this follows');
  w.text(lesson.guidance.name, { bold: true });
  w.text(lesson.guidance.text);
  w.heading('Lesson plan');
  for (const step of lesson.plan) {
    w.text(`${step.title} (${step.minutes} minutes)`, { bold: true });
    w.text(step.text, { indent: 16, gap: 6 });
  }
  w.heading("Scenario: Sam's story");
  for (const stage of lesson.scenario) {
    w.text(stage.stage, { bold: true });
    w.text(stage.story, { indent: 16 });
    w.text(`Ask: ${stage.question}`, { indent: 16, gap: 6 });
  }
  w.heading('Discussion prompts');
  w.list(lesson.prompts);

  w.newPage();
  w.text(lesson.handout.title, { size: 20, bold: true, gap: 8 });
  w.list(lesson.handout.points);
  w.heading('Where to get help', 16);
  w.list(lesson.handout.help);
  w.text('Backstop Help has step-by-step advice and keeps what you add on your own device.', { gap: 0 });
  return doc.save();
}
