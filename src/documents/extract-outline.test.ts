import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  FIXTURE_GENERATED_AT, MASKED_SOURCE_VALUES, emptyExtractModel, heavyExtractModel, ordinaryExtractModel, redactedExtractModel,
} from '../../test/support/extract-model-fixture.ts';
import type { Block, DocumentOutline } from './document-outline.ts';
import { extractOutline } from './extract-outline.ts';

type Table = Extract<Block, { kind: 'table' }>;

function headings(outline: DocumentOutline, level?: number): string[] {
  return outline.blocks.flatMap((block) => (block.kind === 'heading' && (!level || block.level === level) ? [block.text] : []));
}

function paragraphs(outline: DocumentOutline): string[] {
  return outline.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
}

function table(outline: DocumentOutline, caption: string | RegExp): Table {
  const found = outline.blocks.find((block): block is Table => block.kind === 'table'
    && (typeof caption === 'string' ? block.caption === caption : caption.test(block.caption)));
  assert.ok(found, `no table ${String(caption)}`);
  return found;
}

/** Every piece of text in the outline. */
function allText(outline: DocumentOutline): string {
  return outline.blocks.map((block) => {
    if (block.kind === 'table') return [block.caption, ...block.columns, ...block.rows.flat()].join('\n');
    if (block.kind === 'window-address') return block.lines.join('\n');
    if (block.kind === 'page-break') return '';
    return block.kind === 'list' ? block.items.join('\n') : block.text;
  }).join('\n');
}

const closingSv = ['Utlämnanden till andra', 'När och varför dina uppgifter har använts', 'Automatiserade beslut',
  'Överföring till länder utanför EU/EES', 'Uppgifter som inte finns med i utdraget', 'Dina rättigheter', 'Kontakt'];

test('the sections come in the agreed order: title, overview, data per system, then the Art. 15 sections', () => {
  const outline = extractOutline(ordinaryExtractModel('sv'));
  assert.deepEqual(headings(outline, 1), ['Registerutdrag']);
  assert.deepEqual(headings(outline, 2), ['Så behandlar vi dina uppgifter', 'Dina uppgifter i Ärendehandläggning',
    'Dina uppgifter i Utbetalningar', 'Dina uppgifter i Läkarintyg', ...closingSv]);
  assert.deepEqual(headings(outline, 3), ['Ärenden', 'Utbetalningar', 'Läkarintyg']);
  assert.deepEqual(outline.blocks[0], { kind: 'heading', level: 1, text: 'Registerutdrag' });
});

test('the introduction names the agency, reference, date in words, identity number and name, then confirms', () => {
  const outline = extractOutline(ordinaryExtractModel('sv'));
  assert.deepEqual({ language: outline.language, title: outline.title, author: outline.author, createdAt: outline.createdAt },
    { language: 'sv', title: 'Registerutdrag', author: 'Socialförsäkringsverket (demo)', createdAt: FIXTURE_GENERATED_AT });
  const intro = paragraphs(outline).slice(0, 6);
  assert.match(intro[0] ?? '', /^Det här är ditt registerutdrag från Socialförsäkringsverket \(demo\)\./);
  assert.deepEqual(intro.slice(1, 5), ['Vår referens: REQ-2026-000123', 'Datum: 29 november 2026',
    'Personnummer: 19121212-1212', 'Namn: Tolvan Tolvansson']);
  assert.match(intro[5] ?? '', /^Vi behandlar personuppgifter om dig\./);
});

test('the English extract is in English throughout the fixed texts', () => {
  const outline = extractOutline(ordinaryExtractModel('en'));
  assert.equal(outline.title, 'Register extract');
  assert.ok(paragraphs(outline).includes('Date: 29 November 2026'));
  assert.deepEqual(headings(outline, 2).slice(-3), ['Data not included in this extract', 'Your rights', 'Contact']);
  assert.ok(headings(outline, 2).includes('Your data in Payments'));
});

test('a person the agency holds nothing on gets a complete extract that says so plainly', () => {
  const outline = extractOutline(emptyExtractModel('sv'));
  assert.deepEqual(headings(outline), ['Registerutdrag', ...closingSv]);
  const text = paragraphs(outline);
  assert.ok(text.some((line) => line.startsWith('Vi behandlar inga personuppgifter om dig')));
  assert.ok(text.some((line) => /^Samordningsnummer: 19900161-\d{4}$/.test(line)));
  assert.ok(!text.some((line) => line.startsWith('Namn:')));
  assert.ok(text.includes('Vi har inte utelämnat eller maskerat några uppgifter i det här utdraget.'));
  assert.ok(text.includes(emptyExtractModel('sv').rights.erasure));
});

test('up to six columns, the records share one table with the column labels as headers', () => {
  const outline = extractOutline(ordinaryExtractModel('sv'));
  const cases = table(outline, 'Ärenden: 3 poster');
  assert.deepEqual(cases.columns, ['Ärendenummer', 'Förmån', 'Status', 'Inkom', 'Beslut', 'Beslutsdag']);
  assert.equal(cases.rowHeaders, undefined);
  assert.deepEqual(cases.rows[2], ['2026-000958', 'bostadsbidrag', 'under utredning', '2026-11-02', '–', '–']);
});

test('wider records get a field → value table each, with row headers, the record named in the caption and the role', () => {
  const outline = extractOutline(ordinaryExtractModel('sv'));
  const certificate = table(outline, 'Läkarintyg: I-2026-0077');
  assert.equal(certificate.rowHeaders, true);
  assert.deepEqual(certificate.columns, ['Uppgift', 'Värde']);
  assert.deepEqual(certificate.rows[0], ['Din roll', 'Försäkrad']);
  assert.ok(certificate.rows.some(([label, value]) => label === 'Läkarens bedömning av arbetsförmågan' && value === '–'));
  assert.equal(certificate.rows.length, 9);
});

test('each dataset says why, what, from where, how long and to whom; health data are marked sensitive', () => {
  const text = paragraphs(extractOutline(ordinaryExtractModel('sv')));
  assert.ok(text.includes('Typer av uppgifter: Ärendeuppgifter, Hälsouppgifter (känsliga personuppgifter)'));
  assert.ok(text.includes('Kommer från: Hälso- och sjukvården'));
  assert.ok(text.some((line) => line.startsWith('Så länge sparar vi uppgifterna: 10 år från att ärendet avslutades')));
  assert.ok(text.includes('Vi lämnar inte ut uppgifterna till andra mottagare.'));
  assert.ok(text.some((line) => line.startsWith('Kan lämnas ut till: Skatteverket')));
  assert.ok(text.some((line) => line.startsWith('Därför behandlar vi uppgifterna: ') && !line.includes('rättslig grund')), 'purposes by name; legal bases once, in the overview');
});

test('a masked value shows its label; what the source held appears nowhere', () => {
  for (const language of ['sv', 'en'] as const) {
    const outline = extractOutline(redactedExtractModel(language));
    const contacts = table(outline, language === 'sv' ? 'Kontakter: 3 poster' : 'Contacts: 3 records');
    const label = language === 'sv' ? '[Utelämnad enligt sekretess]' : '[Withheld under secrecy]';
    assert.deepEqual(contacts.rows.map((row) => row.slice(4)), [['–', '–'],
      [label, language === 'sv' ? '[Utelämnad: utkast eller minnesanteckning]' : '[Withheld: draft or note]'], [label, '–']]);
    const text = allText(outline);
    for (const secret of MASKED_SOURCE_VALUES) assert.ok(!text.includes(secret));
  }
});

test('every cell of a record table is a value the model holds, a redaction label or the empty mark', () => {
  const model = redactedExtractModel('sv');
  const outline = extractOutline(model);
  const held = new Set(model.systems.flatMap((system) => system.datasets.flatMap((dataset) => dataset.items
    .flatMap((item) => Object.values(item.values)))));
  const allowed = new Set(['–', '[Utelämnad enligt sekretess]', '[Utelämnad: utkast eller minnesanteckning]']);
  for (const caption of ['Ärenden: 3 poster', 'Kontakter: 3 poster']) {
    for (const cell of table(outline, caption).rows.flat()) assert.ok(held.has(cell) || allowed.has(cell), cell);
  }
});

test('the secrecy section lists what was left out by register, kind, ground and count, and offers a decision', () => {
  const outline = extractOutline(redactedExtractModel('sv'));
  assert.deepEqual(table(outline, 'Uppgifter som inte har lämnats ut').rows[0], ['Handlingar', 'Uppgifter om någon annan person',
    '28 kap. 1 § offentlighets- och sekretesslagen (2009:400); 5 kap. 1 § dataskyddslagen (2018:218)', '2']);
  const masked = table(outline, 'Uppgifter som har maskerats');
  assert.deepEqual(masked.columns, ['Register', 'Uppgift', 'Skäl', 'Lagrum', 'Antal']);
  assert.deepEqual(masked.rows.map((row) => row.slice(0, 3)), [['Kontakter', 'Annan person', 'Uppgifter om någon annan person'],
    ['Kontakter', 'Handläggarens anteckning', 'Utkast eller minnesanteckning']]);
  assert.ok(paragraphs(outline).some((line) => line.includes('överklaga till förvaltningsrätten')));
  assert.ok(paragraphs(extractOutline(ordinaryExtractModel('sv')))
    .includes('Vi har inte utelämnat eller maskerat några uppgifter i det här utdraget.'));
});

test('disclosures, the processing log and automated decisions are tables; staff names are said to be left out', () => {
  const outline = extractOutline(ordinaryExtractModel('sv'));
  const disclosures = table(outline, 'Utlämnade uppgifter');
  assert.deepEqual(disclosures.columns, ['Datum', 'Mottagare', 'Rättslig grund', 'Uppgifter', 'Kanal']);
  assert.equal(disclosures.rows[1]?.[1], 'Kronofogdemyndigheten (i en särskild utredning)');
  assert.ok(paragraphs(outline).some((line) => line.includes('artikel 4.9')));
  assert.deepEqual(table(outline, 'Behandlingar per dag och ändamål').rows[0], ['2026-02-10', 'handlägga ärenden', '4']);
  assert.ok(paragraphs(outline).some((line) => line.startsWith('Namnen på de medarbetare')));
  const decision = table(outline, 'Beräkning av tillfällig föräldrapenning');
  assert.deepEqual(decision.rows.map(([label]) => label), ['Så går det till', 'Vad det betyder för dig', 'Regelversion', 'Gäller']);
  assert.deepEqual(decision.rows[3], ['Gäller', '2025-000417']);
});

test('rights are the model\'s texts; contacts list controller, DPO and IMY', () => {
  const model = ordinaryExtractModel('sv');
  const outline = extractOutline(model);
  const text = paragraphs(outline);
  for (const right of Object.values(model.rights)) assert.ok(text.includes(right));
  const lists = outline.blocks.filter((block) => block.kind === 'list').map((block) => block.items);
  assert.deepEqual(lists.slice(-3).map((items) => items[0]), ['Kundcenter', 'Dataskyddsombudet', 'Integritetsskyddsmyndigheten (IMY)']);
  assert.ok(lists.at(-2)?.includes('Mejl: dataskyddsombud@example.se'));
  assert.ok(text.some((line) => line.includes('organisationsnummer 202100-9999')));
});

test('5,000 payments outline in one table well within the time allowed', () => {
  const model = heavyExtractModel('sv');
  const started = performance.now();
  const outline = extractOutline(model);
  const elapsed = performance.now() - started;
  const payments = table(outline, /^Utbetalningar: /);
  assert.equal(payments.caption, 'Utbetalningar: 5\u00a0000 poster');
  assert.equal(payments.rows.length, 5000);
  assert.ok(elapsed < 500, `${elapsed.toFixed(1)} ms`);
});
