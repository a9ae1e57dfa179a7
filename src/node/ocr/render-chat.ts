import sharp from 'sharp';

/** One chat bubble: `from: 'them'` on the left, `from: 'me'` on the right. */
export interface ChatMessage {
  from: 'them' | 'me';
  text: string;
}

export interface ChatScreenshotOptions {
  width?: number;
  height?: number;
  dark?: boolean;
  contact?: string;
}

const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Splits text into lines of at most `max` characters, breaking at spaces where it can. */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Renders a phone-sized chat screenshot (PNG) with sharp from SVG: status bar, contact header,
 * bubbles in light or dark mode. Used by the OCR tests and benchmark to plant known indicators.
 */
export async function renderChatScreenshot(
  messages: ChatMessage[],
  options: ChatScreenshotOptions = {},
): Promise<Buffer> {
  const width = options.width ?? 1080;
  const height = options.height ?? 2340;
  const dark = options.dark ?? false;
  const u = width / 1080;
  const font = Math.round(40 * u);
  const lineHeight = Math.round(font * 1.3);
  const colours = dark
    ? {
        bg: '#000000',
        header: '#1c1c1e',
        them: '#262629',
        themText: '#f2f2f7',
        me: '#0a84ff',
        meText: '#ffffff',
        title: '#ffffff',
      }
    : {
        bg: '#ffffff',
        header: '#f6f6f6',
        them: '#e9e9eb',
        themText: '#000000',
        me: '#0b84ff',
        meText: '#ffffff',
        title: '#000000',
      };
  const parts: string[] = [
    `<rect width="${width}" height="${height}" fill="${colours.bg}"/>`,
    `<rect width="${width}" height="${Math.round(260 * u)}" fill="${colours.header}"/>`,
    `<text x="${Math.round(60 * u)}" y="${Math.round(70 * u)}" font-size="${Math.round(34 * u)}" fill="${colours.title}" font-family="DejaVu Sans, sans-serif">9:41</text>`,
    `<text x="${width / 2}" y="${Math.round(200 * u)}" text-anchor="middle" font-size="${Math.round(44 * u)}" font-weight="bold" fill="${colours.title}" font-family="DejaVu Sans, sans-serif">${escapeXml(options.contact ?? 'Alex')}</text>`,
  ];
  const maxChars = 30;
  let y = Math.round(320 * u);
  for (const message of messages) {
    const lines = wrap(message.text, maxChars);
    const bubbleWidth = Math.round(Math.max(...lines.map((l) => l.length)) * font * 0.62 + 70 * u);
    const bubbleHeight = lines.length * lineHeight + Math.round(40 * u);
    const x = message.from === 'me' ? width - bubbleWidth - Math.round(30 * u) : Math.round(30 * u);
    parts.push(
      `<rect x="${x}" y="${y}" width="${bubbleWidth}" height="${bubbleHeight}" rx="${Math.round(36 * u)}" fill="${message.from === 'me' ? colours.me : colours.them}"/>`,
    );
    lines.forEach((line, i) => {
      parts.push(
        `<text x="${x + Math.round(35 * u)}" y="${y + Math.round(20 * u) + (i + 1) * lineHeight - Math.round(font * 0.3)}" font-size="${font}" fill="${message.from === 'me' ? colours.meText : colours.themText}" font-family="DejaVu Sans, sans-serif">${escapeXml(line)}</text>`,
      );
    });
    y += bubbleHeight + Math.round(24 * u);
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${parts.join('')}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** The chat the tests and benchmark render, with the indicators planted in it. */
export const PLANTED_CHAT: ChatMessage[] = [
  { from: 'them', text: 'hey you are cute, add me on snap: alex_rivers22' },
  { from: 'me', text: 'ok who is this?' },
  { from: 'them', text: 'my profile instagram.com/jake.miller09' },
  { from: 'them', text: 'send $200 to my cashapp $BigMoney77 now' },
  { from: 'them', text: 'or bitcoin 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2' },
  { from: 'them', text: 'email me at payme.now@protonmail.com' },
  { from: 'me', text: 'please stop' },
];

/** The normalized forms of the indicators planted in PLANTED_CHAT, by type. */
export const PLANTED_INDICATORS: { type: string; normalized: string }[] = [
  { type: 'social_handle', normalized: 'snapchat:alex_rivers22' },
  { type: 'social_handle', normalized: 'instagram:jake.miller09' },
  { type: 'url', normalized: 'https://instagram.com/jake.miller09' },
  { type: 'payment_handle', normalized: 'cashapp:bigmoney77' },
  { type: 'amount', normalized: '200 USD' },
  { type: 'crypto_address', normalized: '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2' },
  { type: 'email', normalized: 'payme.now@protonmail.com' },
];
