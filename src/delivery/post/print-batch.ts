// Print batches for the print-and-mail vendor on the file system, crash-safe and idempotent:
//
//   <printDir>/staged/<id>.pdf              a rendered print file waiting for a batch
//   <printDir>/batches/<batchId>/<id>.pdf   the files of a batch
//   <printDir>/batches/<batchId>/manifest.json   written last: a vendor takes only batches that have one
//
// Every file is written under a temporary name, fsynced and renamed, and its directory fsynced, so
// a crash leaves either the old state or the new one. Staging the same bytes again, or closing a
// batch again (also after a crash between moving files and writing the manifest), gives the same
// result. The manifest holds ids, page counts and hashes only: no names, addresses or personnummer.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, unlink } from 'node:fs/promises';
import { syncDirectory, writeFileAtomically } from '../../lib/atomic-file.ts';
import { join } from 'node:path';
import { InsynError } from '../../domain/error-catalogue.ts';
import { printGeometry, type PrintGeometry } from './print-geometry.ts';
import { isUuid } from '../../domain/uuid.ts';

interface ManifestItemBase {
  /** The delivery id (uuid). */
  readonly id: string;
  /** `<id>.pdf`, in the batch directory. */
  readonly file: string;
  readonly pages: number;
  /** Single-sided printing: equal to pages. */
  readonly sheets: number;
  readonly envelope: 'C5-window';
  /** Hex SHA-256 of the file. */
  readonly sha256: string;
  /** B-post (ekonomibrev). */
  readonly postage: 'B';
}

/**
 * One envelope. 'single': all pages in one window envelope. 'forwarding': page 1 is the outer
 * envelope's sheet (to Skatteverket); pages innerEnvelope.firstPage..lastPage go folded into the
 * inner window envelope, which goes into the outer one with page 1.
 */
export type ManifestItem =
  | (ManifestItemBase & { readonly enclosure: 'single' })
  | (ManifestItemBase & {
    readonly enclosure: 'forwarding';
    readonly innerEnvelope: { readonly firstPage: number; readonly lastPage: number };
  });

export interface PrintManifest {
  readonly format: 'insyn-print-batch';
  readonly version: 1;
  readonly batchId: string;
  readonly createdAt: string;
  readonly geometry: PrintGeometry;
  readonly counts: { readonly items: number; readonly forwarding: number; readonly pages: number; readonly sheets: number };
  readonly items: readonly ManifestItem[];
}

export const MANIFEST_FILE = 'manifest.json';

const BATCH_ID = /^[A-Za-z0-9](?:[A-Za-z0-9_-]|\.(?!\.)){0,62}[A-Za-z0-9]$/;
const SHA256 = /^[0-9a-f]{64}$/;
/** The only keys a manifest item is written with (anything else a caller adds is dropped), in a fixed order. */
const ITEM_KEYS = ['id', 'file', 'pages', 'sheets', 'envelope', 'enclosure', 'innerEnvelope', 'firstPage', 'lastPage', 'sha256', 'postage'];

/** The items as written to the manifest: known keys only, in a fixed order. */
function manifestItems(items: readonly ManifestItem[]): string {
  return JSON.stringify(items, ITEM_KEYS);
}

/** The manifest entry for a print file from renderPrintFile. */
export function manifestItem(id: string, enclosure: 'single' | 'forwarding', file: { pages: number; sheets: number; sha256: string }): ManifestItem {
  const base = { id, file: `${id}.pdf`, pages: file.pages, sheets: file.sheets, envelope: 'C5-window', sha256: file.sha256, postage: 'B' } as const;
  return enclosure === 'single' ? { ...base, enclosure } : { ...base, enclosure, innerEnvelope: { firstPage: 2, lastPage: file.pages } };
}

/**
 * Writes `<printDir>/staged/<id>.pdf` atomically; the same bytes again is fine. Different bytes
 * replace the staged file: a staged file belongs to no batch until its print item is recorded, and
 * a retry that read a changed register must print what it read. Returns the path.
 */
export async function stagePrintFile(printDir: string, id: string, pdf: Buffer): Promise<string> {
  checkId(id);
  const dir = join(printDir, 'staged');
  const path = join(dir, `${id}.pdf`);
  await mkdir(dir, { recursive: true });
  const existing = await readIfExists(path);
  if (existing?.equals(pdf)) return path;
  await writeFileAtomically(path, pdf);
  return path;
}

/** The ids of the files waiting in `<printDir>/staged/`. */
export async function stagedPrintIds(printDir: string): Promise<string[]> {
  try {
    return (await readdir(join(printDir, 'staged'))).filter((name) => name.endsWith('.pdf')).map((name) => name.slice(0, -4));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Removes a staged file that will never be printed (its letter went another way); gone already is fine. */
export async function removeStagedPrintFile(printDir: string, id: string): Promise<void> {
  checkId(id);
  await rm(join(printDir, 'staged', `${id}.pdf`), { force: true });
}

/**
 * Moves the items' staged files into `<printDir>/batches/<batchId>/` (a file already there with
 * the expected hash is fine) and then writes manifest.json. Closing a closed batch with the same
 * items does nothing; with other items it throws.
 */
export async function closePrintBatch(
  printDir: string, batchId: string, items: readonly ManifestItem[], options: { readonly createdAt?: string } = {},
): Promise<void> {
  if (!BATCH_ID.test(batchId)) throw new InsynError('VALIDATION_FAILED', 'print batch: batchId must be 2–64 letters, digits, - _ .');
  checkItems(items);
  const batchDir = join(printDir, 'batches', batchId);
  const manifestPath = join(batchDir, MANIFEST_FILE);
  const closed = await readIfExists(manifestPath);
  if (closed) {
    const manifest = JSON.parse(closed.toString('utf8')) as PrintManifest;
    if (manifestItems(manifest.items) === manifestItems(items)) return;
    throw new InsynError('INTERNAL', `print batch: ${batchId} is already closed with other items`);
  }
  await mkdir(batchDir, { recursive: true });
  const stagedDir = join(printDir, 'staged');
  for (const item of items) await moveIntoBatch(join(stagedDir, item.file), join(batchDir, item.file), item);
  await syncDirectory(batchDir);
  await syncDirectory(stagedDir).catch(() => undefined);
  const manifest: PrintManifest = {
    format: 'insyn-print-batch',
    version: 1,
    batchId,
    createdAt: options.createdAt ?? new Date().toISOString(),
    geometry: printGeometry,
    counts: {
      items: items.length,
      forwarding: items.filter((item) => item.enclosure === 'forwarding').length,
      pages: items.reduce((sum, item) => sum + item.pages, 0),
      sheets: items.reduce((sum, item) => sum + item.sheets, 0),
    },
    items: JSON.parse(manifestItems(items)) as ManifestItem[],
  };
  await writeFileAtomically(manifestPath, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'));
}

async function moveIntoBatch(staged: string, target: string, item: ManifestItem): Promise<void> {
  const moved = await readIfExists(target);
  if (moved) {
    if (sha256(moved) !== item.sha256) throw new InsynError('INTERNAL', `print batch: ${item.file} in the batch does not match its hash`);
    // Staged again after it was moved: it is already in this batch, so it must not go into another.
    const again = await readIfExists(staged);
    if (again && sha256(again) === item.sha256) await unlink(staged);
    return;
  }
  const bytes = await readIfExists(staged);
  if (!bytes) throw new InsynError('INTERNAL', `print batch: ${item.file} is neither staged nor in the batch`);
  if (sha256(bytes) !== item.sha256) throw new InsynError('INTERNAL', `print batch: staged ${item.file} does not match its hash`);
  await rename(staged, target);
}

function checkId(id: string): void {
  if (!isUuid(id)) throw new InsynError('VALIDATION_FAILED', 'print batch: the id must be a uuid');
}

function checkItems(items: readonly ManifestItem[]): void {
  const seen = new Set<string>();
  for (const item of items) {
    checkId(item.id);
    const counts = [item.pages, item.sheets];
    const valid = item.file === `${item.id}.pdf` && counts.every((count) => Number.isInteger(count) && count > 0)
      && SHA256.test(item.sha256) && item.envelope === 'C5-window' && item.postage === 'B'
      && (item.enclosure === 'single' || (item.enclosure === 'forwarding' && item.innerEnvelope.firstPage === 2
        && item.innerEnvelope.lastPage >= 2 && item.innerEnvelope.lastPage === item.pages));
    if (!valid) throw new InsynError('VALIDATION_FAILED', `print batch: item ${item.id} is malformed`);
    if (seen.has(item.id)) throw new InsynError('VALIDATION_FAILED', `print batch: item ${item.id} is listed twice`);
    seen.add(item.id);
  }
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function readIfExists(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
