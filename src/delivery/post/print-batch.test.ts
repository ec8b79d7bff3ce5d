import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { letterOutline } from '../../documents/letters/letter-outline.ts';
import { isInsynError } from '../../domain/error-catalogue.ts';
import { formatIdentityNumber, syntheticIdentityNumber } from '../../domain/personnummer.ts';
import { acknowledgementLetter, CASE_NUMBER, decisionLetter, demoController } from '../../../test/support/letter-fixtures.ts';
import { closePrintBatch, MANIFEST_FILE, manifestItem, stagePrintFile, type ManifestItem, type PrintManifest } from './print-batch.ts';
import { renderPrintFile, SKATTEVERKET_FORWARDING_ADDRESS, type PrintFile, type PrintItemInput } from './print-file.ts';
import { printGeometry } from './print-geometry.ts';

const IDS = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222', '33333333-3333-4333-8333-333333333333'] as const;
const NAME = 'Elin Exempelsson';
const STREET = 'Exempelgatan 12 B';
const PNR = syntheticIdentityNumber('1985-03-14', 123);
const CREATED = '2026-02-25T08:00:00.000Z';

function printInput(id: string, route: PrintItemInput['route']): PrintItemInput {
  return {
    id, language: 'sv', createdAt: CREATED, caseNumber: CASE_NUMBER,
    sender: { name: 'Exempelmyndigheten', postalAddress: ['Box 123', '123 45 Exempelstad'] },
    route, documents: [letterOutline(decisionLetter(), demoController()), letterOutline(acknowledgementLetter(), demoController())],
  };
}

let files: PrintFile[] = [];
let items: ManifestItem[] = [];
const dirs: string[] = [];

async function printDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'insyn-print-'));
  dirs.push(dir);
  return dir;
}

async function stageAll(dir: string): Promise<void> {
  for (let i = 0; i < IDS.length; i++) await stagePrintFile(dir, IDS[i]!, files[i]!.pdf);
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function code(expected: 'VALIDATION_FAILED' | 'INTERNAL') {
  return (error: unknown) => isInsynError(error, expected);
}

before(async () => {
  const direct = { kind: 'direct', address: [NAME, STREET, '123 45 EXEMPELSTAD'] } as const;
  const forwarding = { kind: 'forwarding', forwardingAddress: SKATTEVERKET_FORWARDING_ADDRESS, identityNumber: PNR.normalized } as const;
  files = [
    await renderPrintFile(printInput(IDS[0], direct), 'Exempelmyndigheten'),
    await renderPrintFile(printInput(IDS[1], forwarding), 'Exempelmyndigheten'),
    await renderPrintFile(printInput(IDS[2], { ...direct, address: ['Testa Testsson', 'Annangatan 3', '543 21 ANNANSTAD'] }), 'Exempelmyndigheten'),
  ];
  items = [manifestItem(IDS[0], 'single', files[0]!), manifestItem(IDS[1], 'forwarding', files[1]!), manifestItem(IDS[2], 'single', files[2]!)];
});

after(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('stagePrintFile', () => {
  it('writes staged/<id>.pdf; staging the same bytes again leaves one identical file and no temporary files', async () => {
    const dir = await printDir();
    const path = await stagePrintFile(dir, IDS[0], files[0]!.pdf);
    assert.equal(path, join(dir, 'staged', `${IDS[0]}.pdf`));
    assert.equal(await stagePrintFile(dir, IDS[0], files[0]!.pdf), path);
    assert.deepEqual(await readdir(join(dir, 'staged')), [`${IDS[0]}.pdf`]);
    assert.ok((await readFile(path)).equals(files[0]!.pdf));
  });

  it('replaces a staged file with other bytes (a retry that read a changed register), and refuses an id that is not a uuid', async () => {
    const dir = await printDir();
    await stagePrintFile(dir, IDS[0], files[0]!.pdf);
    await stagePrintFile(dir, IDS[0], files[2]!.pdf);
    assert.ok((await readFile(join(dir, 'staged', `${IDS[0]}.pdf`))).equals(files[2]!.pdf), 'the newer file is staged');
    assert.deepEqual(await readdir(join(dir, 'staged')), [`${IDS[0]}.pdf`], 'and only it');
    await assert.rejects(stagePrintFile(dir, '../../etc/x', files[0]!.pdf), code('VALIDATION_FAILED'));
  });
});

describe('closePrintBatch', () => {
  it('moves the staged files into the batch and writes the manifest with counts, geometry and a format version', async () => {
    const dir = await printDir();
    await stageAll(dir);
    await closePrintBatch(dir, 'batch-2026-02-25', items, { createdAt: CREATED });
    const batch = join(dir, 'batches', 'batch-2026-02-25');
    assert.deepEqual((await readdir(batch)).sort(), [...IDS.map((id) => `${id}.pdf`), MANIFEST_FILE].sort());
    assert.deepEqual(await readdir(join(dir, 'staged')), []);
    const manifest = JSON.parse(await readFile(join(batch, MANIFEST_FILE), 'utf8')) as PrintManifest;
    assert.equal(manifest.format, 'insyn-print-batch');
    assert.equal(manifest.version, 1);
    assert.equal(manifest.batchId, 'batch-2026-02-25');
    assert.equal(manifest.createdAt, CREATED);
    assert.deepEqual(manifest.geometry, printGeometry);
    const pages = files.reduce((sum, file) => sum + file.pages, 0);
    assert.deepEqual(manifest.counts, { items: 3, forwarding: 1, pages, sheets: pages });
    assert.deepEqual(manifest.items, items);
    for (const item of manifest.items) {
      assert.equal(sha256(await readFile(join(batch, item.file))), item.sha256, `${item.file} matches its hash`);
      assert.equal(item.envelope, 'C5-window');
      assert.equal(item.postage, 'B');
    }
    const forwarded = manifest.items[1]!;
    assert.equal(forwarded.enclosure, 'forwarding');
    assert.deepEqual(forwarded.enclosure === 'forwarding' && forwarded.innerEnvelope, { firstPage: 2, lastPage: files[1]!.pages });
  });

  it('holds no personal data: no name, address or personnummer, even if a caller adds some to an item', async () => {
    const dir = await printDir();
    await stageAll(dir);
    const leaky = items.map((item, i) => (i === 0 ? ({ ...item, name: NAME, address: STREET } as unknown as ManifestItem) : item));
    await closePrintBatch(dir, 'b1', leaky, { createdAt: CREATED });
    const text = await readFile(join(dir, 'batches', 'b1', MANIFEST_FILE), 'utf8');
    for (const secret of [NAME, STREET, 'Testa Testsson', PNR.normalized, formatIdentityNumber(PNR, 'pnr10'), 'EXEMPELSTAD']) {
      assert.ok(!text.includes(secret), `"${secret}" is in the manifest`);
    }
    assert.doesNotMatch(text, /(?<![\da-f-])(?:\d{6}|\d{8})[-+]?\d{4}(?![\da-f-])/, 'nothing personnummer-like');
  });

  it('closing twice gives the same result and keeps the first manifest', async () => {
    const dir = await printDir();
    await stageAll(dir);
    await closePrintBatch(dir, 'b2', items, { createdAt: CREATED });
    const manifestPath = join(dir, 'batches', 'b2', MANIFEST_FILE);
    const first = await readFile(manifestPath);
    await closePrintBatch(dir, 'b2', items, { createdAt: '2030-01-01T00:00:00.000Z' });
    assert.ok((await readFile(manifestPath)).equals(first));
    assert.equal((await readdir(join(dir, 'batches', 'b2'))).length, 4);
    await assert.rejects(closePrintBatch(dir, 'b2', items.slice(1), { createdAt: CREATED }), code('INTERNAL'), 'other items for a closed batch');
  });

  it('completes a batch after a crash between moving files and writing the manifest', async () => {
    const dir = await printDir();
    await stageAll(dir);
    const batch = join(dir, 'batches', 'b3');
    await mkdir(batch, { recursive: true });
    for (const id of IDS.slice(0, 2)) await rename(join(dir, 'staged', `${id}.pdf`), join(batch, `${id}.pdf`));
    await writeFile(join(batch, '.0123456789abcdef.partial'), '{"half": ');
    await closePrintBatch(dir, 'b3', items, { createdAt: CREATED });
    const manifest = JSON.parse(await readFile(join(batch, MANIFEST_FILE), 'utf8')) as PrintManifest;
    assert.equal(manifest.items.length, 3);
    for (const id of IDS) assert.ok((await readFile(join(batch, `${id}.pdf`))).length > 0, `${id} is in the batch`);
    assert.deepEqual(await readdir(join(dir, 'staged')), []);
  });

  it('a file staged again after it was moved stays out of other batches', async () => {
    const dir = await printDir();
    await stageAll(dir);
    await closePrintBatch(dir, 'b4', items, { createdAt: CREATED });
    await stagePrintFile(dir, IDS[0], files[0]!.pdf);
    await closePrintBatch(dir, 'b4', items, { createdAt: CREATED });
    assert.deepEqual(await readdir(join(dir, 'staged')), [`${IDS[0]}.pdf`], 'a closed batch is left alone');
    await rm(join(dir, 'batches', 'b4', MANIFEST_FILE));
    await closePrintBatch(dir, 'b4', items, { createdAt: CREATED });
    assert.deepEqual(await readdir(join(dir, 'staged')), [], 'closing it removes the duplicate');
  });

  it('writes no manifest when a file is missing or does not match its hash', async () => {
    const dir = await printDir();
    await stagePrintFile(dir, IDS[0], files[0]!.pdf);
    await assert.rejects(closePrintBatch(dir, 'b5', items, { createdAt: CREATED }), code('INTERNAL'));
    await assert.rejects(readFile(join(dir, 'batches', 'b5', MANIFEST_FILE)), { code: 'ENOENT' });
    const wrong = [{ ...items[0]!, sha256: sha256(Buffer.from('something else')) }];
    const other = await printDir();
    await stagePrintFile(other, IDS[0], files[0]!.pdf);
    await assert.rejects(closePrintBatch(other, 'b6', wrong, { createdAt: CREATED }), code('INTERNAL'));
    assert.deepEqual(await readdir(join(other, 'staged')), [`${IDS[0]}.pdf`], 'the file stays staged');
    await assert.rejects(readFile(join(other, 'batches', 'b6', MANIFEST_FILE)), { code: 'ENOENT' });
  });

  it('refuses a bad batch id and malformed or duplicate items', async () => {
    const dir = await printDir();
    await assert.rejects(closePrintBatch(dir, '../x', items), code('VALIDATION_FAILED'));
    await assert.rejects(closePrintBatch(dir, 'b7', [items[0]!, items[0]!]), code('VALIDATION_FAILED'));
    await assert.rejects(closePrintBatch(dir, 'b7', [{ ...items[0]!, file: 'other.pdf' }]), code('VALIDATION_FAILED'));
    await assert.rejects(closePrintBatch(dir, 'b7', [{ ...items[1]!, innerEnvelope: { firstPage: 1, lastPage: 3 } } as ManifestItem]), code('VALIDATION_FAILED'));
  });
});
