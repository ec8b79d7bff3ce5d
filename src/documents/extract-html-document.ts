// The extract as a standalone HTML file (the copy `insyn extract --format html` writes, and what
// a person can open in any browser): one page, no scripts, no external resources, styles inline
// in a <style> element, readable from 320 px up and with a screen reader.
import { html, trustedHtml } from '../lib/html.ts';
import type { DocumentOutline } from './document-outline.ts';
import { extractHtml } from './extract-html.ts';

const STYLE = `
body { margin: 0 auto; max-width: 60rem; padding: 1rem; font-family: system-ui, "Segoe UI", Roboto, Arial, sans-serif;
  font-size: 1.0625rem; line-height: 1.5; color: #1b1b1b; background: #fff; overflow-wrap: break-word; }
h1, h2, h3 { line-height: 1.25; }
table { border-collapse: collapse; margin: 0 0 1.5rem; width: 100%; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { border: 1px solid #8a8f94; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #eef1f4; }
th[scope="row"] { background: #f6f7f8; font-weight: 600; }
`;

export function extractHtmlDocument(outline: DocumentOutline): string {
  const page = html`<!doctype html>
<html lang="${outline.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="author" content="${outline.author}">
<title>${outline.title}</title>
<style>${trustedHtml(STYLE)}</style>
</head>
<body>
<main>
${extractHtml(outline)}
</main>
</body>
</html>
`;
  return page.value;
}
