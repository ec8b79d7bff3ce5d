// What delivering a decision with its register extract costs per delivery, each figure beside a
// baseline measured in the same run and process: rendering the delivery's two documents to PDF/A
// alone (what any channel must do). Against it: the Mina meddelanden message (render + sign +
// seal, sealedMailboxMessage), the operator's check of that message (readSealedDelivery), the
// print file for the direct and the forwarding route (renderPrintFile, which lays the documents out
// twice), and the message over HTTP to the development mailbox operator at concurrency 1 and 4.
// For a typical person (test/support/extract-model-fixture.ts ordinaryExtractModel) and a heavy one
// (heavyExtractModel, `--payments` payment rows), each with the decision letter of letter-fixtures.ts.
//
//   npm run bench:delivery -- [--repetitions 60] [--heavy-repetitions 15] [--messages 40] [--heavy-messages 16]
//                          [--payments 5000] [--rounds 3]
//
// Each repetition runs every step once, in an order rotated per repetition, after warm-up
// repetitions that are not counted; figures are medians with the interquartile range, ratios are
// median / median of the baseline. RSA-2048 keys are generated once, before anything is timed. The
// operator runs in this process (one event loop): over HTTP the sender's client and the operator's
// verification share a core, as they would not in production; its baseline is the local sign + seal
// rate (1 / median time of sealing the very messages sent), each rate the median of `--rounds`
// alternating rounds. Exits 1 if a check fails (a message not verified, not delivered or not stored,
// attachments read back not the PDFs rendered).
import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { Controller } from '../src/catalog/catalog-types.ts';
import type { MailboxKeys } from '../src/delivery/mailbox/mailbox-keys.ts';
import { httpMailboxService, senderOrgNumber } from '../src/delivery/mailbox/mailbox-client.ts';
import { mailboxDelivery, sealedMailboxMessage, type MailboxMessageInput } from '../src/delivery/mailbox/mailbox-message.ts';
import { renderPrintFile, SKATTEVERKET_FORWARDING_ADDRESS, type PrintItemInput } from '../src/delivery/post/print-file.ts';
import { startDevMailboxOperator } from '../src/devservices/mailbox-operator/dev-mailbox-operator.ts';
import { demoPersonas } from '../src/devservices/demo-agency/demo-personas.ts';
import type { ExtractModel } from '../src/documents/extract-model.ts';
import type { LetterModel } from '../src/documents/letters/letter-model.ts';
import { documentFileStems, outboxDocumentOutline, type OutboxDocument } from '../src/documents/outbox-document.ts';
import { renderPdf, renderPdfWithPageCount } from '../src/documents/pdf/write-pdf.ts';
import { buildSignedDelivery, readSealedDelivery, sealDelivery, type SealedDeliveryTrust } from '../src/lib/secure-delivery-xml.ts';
import { heavyExtractModel, ordinaryExtractModel } from '../test/support/extract-model-fixture.ts';
import { CASE_NUMBER, decisionLetter, demoController } from '../test/support/letter-fixtures.ts';
import { mapConcurrently } from '../test/support/map-concurrently.ts';
import { rsaKey } from '../test/support/rsa-key.ts';

const say = (line = '') => process.stdout.write(`${line}\n`);
const row = (name: string, value: string) => say(`  ${name.padEnd(58)} ${value}`);
const bytes = (n: number) => `${n.toLocaleString('en')} bytes`;

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low]! + (sorted[Math.ceil(at)]! - sorted[low]!) * (at - low);
}
const median = (values: readonly number[]) => quantile(values, 0.5);

/** '  12.3 ms [ 11.9– 13.0]   2.41×' : median, interquartile range, ratio to the baseline's median. */
function timed(values: readonly number[], baseline?: readonly number[]): string {
  const f = (n: number) => n.toFixed(1).padStart(6);
  const ratio = baseline ? `${(median(values) / median(baseline)).toFixed(2).padStart(6)}×` : '  1.00× (baseline)';
  return `${f(median(values))} ms [${f(quantile(values, 0.25))}–${f(quantile(values, 0.75))}]  ${ratio}`;
}

function fail(what: string): void {
  say(`  CHECK FAILED: ${what}`);
  process.exitCode = 1;
}

interface Person {
  readonly name: string;
  readonly extract: ExtractModel;
  /** A demo persona with a mailbox at a demo operator (12 digits; synthetic). */
  readonly recipientId: string;
}

interface RenderedDocument {
  readonly kind: 'decision' | 'extract';
  readonly filename: string;
  readonly pdf: Uint8Array;
}

/** One delivery's documents and everything the steps need, built as operations/delivery/deliver-letters.ts does. */
class Delivery {
  readonly documents: readonly OutboxDocument[];
  readonly letter: LetterModel;
  readonly controller: Controller;
  readonly person: Person;

  constructor(person: Person, controller: Controller) {
    this.person = person;
    this.controller = controller;
    this.letter = decisionLetter('sv');
    this.documents = [{ kind: 'letter', model: this.letter }, { kind: 'extract', model: person.extract }];
  }

  /** The baseline: both documents to PDF/A, as buildMailboxMessage renders them. */
  render(): Promise<RenderedDocument[]> {
    return Promise.all(this.documents.map(async (document) => {
      const kind = document.kind === 'extract' ? 'extract' : 'decision';
      const pdf = await renderPdf(outboxDocumentOutline(document, this.controller));
      return { kind, filename: `${documentFileStems.sv[kind]}.pdf`, pdf } as const;
    }));
  }

  messageInput(documents: readonly RenderedDocument[], deliveryId: string = randomUUID()): MailboxMessageInput {
    const { controller } = this;
    return {
      deliveryId, recipientId: this.person.recipientId, language: 'sv', caseNumber: CASE_NUMBER,
      sender: {
        orgNumber: senderOrgNumber(controller.organisationNumber), name: controller.name.sv,
        phone: controller.contact.phone ?? '', url: controller.contact.url ?? '',
        email: controller.contact.email ?? controller.dpo.email ?? '',
      },
      documents,
    };
  }

  printInput(route: 'direct' | 'forwarding'): PrintItemInput {
    const { controller } = this;
    return {
      id: randomUUID(), language: 'sv', createdAt: '2026-02-25T08:05:00.000Z', caseNumber: CASE_NUMBER,
      sender: {
        name: controller.name.sv,
        postalAddress: (controller.contact.postalAddress ?? '').split(',').map((part) => part.trim()).filter(Boolean),
      },
      route: route === 'forwarding'
        ? { kind: 'forwarding', forwardingAddress: SKATTEVERKET_FORWARDING_ADDRESS, identityNumber: this.person.recipientId }
        : { kind: 'direct', address: ['Tolvan Tolvansson', 'Exempelgatan 12', '123 45 Exempelby'] },
      documents: this.documents.map((document) => outboxDocumentOutline(document, controller)),
    };
  }
}

type Samples = Record<'render' | 'mailbox' | 'signSealPart' | 'sign' | 'seal' | 'read' | 'printDirect' | 'printForwarding', number[]>;

interface PersonFigures {
  readonly samples: Samples;
  readonly pdfBytes: readonly number[];
  readonly pdfPages: readonly number[];
  readonly xmlBytes: number;
  readonly print: Readonly<Record<'direct' | 'forwarding', { bytes: number; pages: number }>>;
}

/** Runs every step once per repetition (rotated order), `warmup` repetitions first uncounted. */
async function measurePerson(
  delivery: Delivery, keys: MailboxKeys, trust: SealedDeliveryTrust, repetitions: number, warmup: number,
): Promise<PersonFigures> {
  const samples: Samples = {
    render: [], mailbox: [], signSealPart: [], sign: [], seal: [], read: [], printDirect: [], printForwarding: [],
  };
  const rendered = await delivery.render();
  const referenceXml = sealedMailboxMessage(delivery.messageInput(rendered), keys, new Date());
  const print = { direct: { bytes: 0, pages: 0 }, forwarding: { bytes: 0, pages: 0 } };
  const steps: (() => Promise<void> | void)[] = [
    async () => {
      const started = performance.now();
      await delivery.render();
      samples.render.push(performance.now() - started);
    },
    async () => {
      const started = performance.now();
      const documents = await delivery.render();
      const renderedAt = performance.now();
      sealedMailboxMessage(delivery.messageInput(documents), keys, new Date());
      const done = performance.now();
      samples.mailbox.push(done - started);
      samples.signSealPart.push(done - renderedAt);
    },
    () => {
      // sealedMailboxMessage's two halves, timed apart on the already rendered documents.
      const started = performance.now();
      const signed = buildSignedDelivery(mailboxDelivery(delivery.messageInput(rendered)), keys.sender);
      const signedAt = performance.now();
      sealDelivery(signed, keys.seal, new Date(), [keys.sender.publicKeyPem]);
      samples.sign.push(signedAt - started);
      samples.seal.push(performance.now() - signedAt);
    },
    () => {
      const started = performance.now();
      const result = readSealedDelivery(referenceXml, trust);
      samples.read.push(performance.now() - started);
      if (!result.ok) fail(`readSealedDelivery: ${result.code}`);
    },
    ...(['direct', 'forwarding'] as const).map((route) => async () => {
      const input = delivery.printInput(route);
      const started = performance.now();
      const file = await renderPrintFile(input, delivery.controller.name.sv);
      samples[route === 'direct' ? 'printDirect' : 'printForwarding'].push(performance.now() - started);
      print[route] = { bytes: file.pdf.length, pages: file.pages };
    }),
  ];
  for (let repetition = 0; repetition < warmup + repetitions; repetition++) {
    if (repetition === warmup) for (const values of Object.values(samples)) values.length = 0;
    for (let i = 0; i < steps.length; i++) await steps[(i + repetition) % steps.length]!();
  }
  // The operator's reading gives back exactly the PDFs that went in.
  const read = readSealedDelivery(referenceXml, trust);
  const attachments = read.ok ? read.delivery.messages[0]?.attachments ?? [] : [];
  const same = attachments.length === rendered.length
    && attachments.every((attachment, i) => Buffer.from(attachment.body).equals(rendered[i]!.pdf));
  if (!same) {
    fail('the attachments read back differ from the rendered PDFs');
  }
  const pdfPages = await Promise.all(delivery.documents.map(async (document) => {
    return (await renderPdfWithPageCount(outboxDocumentOutline(document, delivery.controller))).pages;
  }));
  return { samples, pdfBytes: rendered.map((document) => document.pdf.length), pdfPages, xmlBytes: Buffer.byteLength(referenceXml), print };
}

function printPerson(person: Person, figures: PersonFigures, repetitions: number): void {
  const { samples: s } = figures;
  const pdfTotal = figures.pdfBytes.reduce((sum, n) => sum + n, 0);
  say(`\n${person.name}: decision letter (${figures.pdfPages[0]} p., ${bytes(figures.pdfBytes[0]!)}) + register extract `
    + `(${figures.pdfPages[1]} p., ${bytes(figures.pdfBytes[1]!)}); ${repetitions} repetitions, median [p25–p75], ratio to the baseline`);
  row('render letter + extract to PDF/A (baseline)', timed(s.render));
  row('mailbox message: render + sealedMailboxMessage', timed(s.mailbox, s.render));
  row('  of which sealedMailboxMessage (sign + seal), on top', timed(s.signSealPart, s.render));
  row('    sign: SignedDelivery XML + RSA-SHA256 signature', timed(s.sign, s.render));
  row('    seal: verify sender, check, wrap, sign, verify again', timed(s.seal, s.render));
  row('operator: readSealedDelivery (seal, signature, checksums)', timed(s.read, s.render));
  row('post, direct: renderPrintFile (lays documents out twice)', timed(s.printDirect, s.render));
  row('post, forwarding: renderPrintFile (lays them out twice)', timed(s.printForwarding, s.render));
  const overhead = (figures.xmlBytes / pdfTotal).toFixed(3);
  row('sizes: PDFs (baseline) → sealed XML', `${bytes(pdfTotal)} → ${bytes(figures.xmlBytes)}  ${overhead}× (base64 alone 1.333×)`);
  for (const route of ['direct', 'forwarding'] as const) {
    const file = figures.print[route];
    row(`sizes: print file, ${route}`, `${bytes(file.bytes)}, ${file.pages} pages  ${(file.bytes / pdfTotal).toFixed(3)}× the PDFs`);
  }
}

interface HttpFigures {
  readonly sealMs: readonly number[];
  /** Messages per second of each round, by concurrency. */
  readonly perSecond: ReadonlyMap<number, readonly number[]>;
}

/**
 * `rounds` × (concurrency 1, concurrency 4), alternating; each round sealed `messages` fresh messages
 * here (distinct ids, so the operator stores each one) and then POSTs them, timed.
 */
async function measureHttp(
  delivery: Delivery, keys: MailboxKeys, trust: SealedDeliveryTrust, messages: number, rounds: number,
): Promise<HttpFigures> {
  const operator = await startDevMailboxOperator({ mode: 'development', host: '127.0.0.1', port: 0, trust });
  try {
    const account = operator.accounts.get(delivery.person.recipientId);
    const serviceAddress = operator.operators.find((candidate) => candidate.id === account?.operatorId)?.serviceAddress;
    if (!serviceAddress) throw new Error('the demo persona has no mailbox at the development operator');
    const service = httpMailboxService({
      url: operator.url, senderOrgNumber: senderOrgNumber(delivery.controller.organisationNumber), timeoutMs: 120_000,
    });
    const rendered = await delivery.render();
    const sealMs: number[] = [];
    const perSecond = new Map<number, number[]>([[1, []], [4, []]]);
    const seal = () => {
      const started = performance.now();
      const xml = sealedMailboxMessage(delivery.messageInput(rendered), keys, new Date());
      sealMs.push(performance.now() - started);
      return xml;
    };
    // Warm-up: the HTTP path once (connection, the operator's route), not counted.
    const warm = await service.deliver(serviceAddress, seal());
    if (!warm.delivered) fail('the warm-up delivery was not delivered');
    sealMs.length = 0;
    for (let round = 0; round < rounds; round++) {
      for (const [concurrency, rates] of perSecond) {
        const xmls = Array.from({ length: messages }, seal);
        const started = performance.now();
        const receipts = await mapConcurrently(xmls, concurrency, (xml) => service.deliver(serviceAddress, xml));
        rates.push(messages / ((performance.now() - started) / 1000));
        if (receipts.some((receipt) => !receipt.delivered)) fail(`concurrency ${concurrency}: a message was not delivered`);
      }
    }
    const stored = operator.accounts.messages(delivery.person.recipientId).length;
    const expected = rounds * perSecond.size * messages + 1;
    if (stored !== expected) fail(`the operator holds ${stored} messages, expected ${expected}`);
    return { sealMs, perSecond };
  } finally {
    await operator.close();
  }
}

/** `readMs`: the operator's check measured in the repetitions above. */
function printHttp(figures: HttpFigures, readMs: readonly number[], messages: number, rounds: number): void {
  const sealRate = 1000 / median(figures.sealMs);
  say(`  over HTTP to the development mailbox operator (in this process), ${rounds} rounds of ${messages} messages per concurrency,`
    + ' median [min–max] of the rounds:');
  const perSecond = (rate: number) => `${rate.toFixed(1).padStart(7)} msg/s`;
  const sealMedian = median(figures.sealMs).toFixed(1);
  row('  local sign + seal (baseline)', `${perSecond(sealRate)}  (1 / median ${sealMedian} ms, ${figures.sealMs.length} messages)`);
  const readRate = 1000 / median(readMs);
  row('  local readSealedDelivery, the operator\'s check', `${perSecond(readRate)}  ${(readRate / sealRate).toFixed(2)}×`);
  for (const [concurrency, rates] of figures.perSecond) {
    const rate = median(rates);
    const range = `[${Math.min(...rates).toFixed(1)}–${Math.max(...rates).toFixed(1)}]`;
    row(`  POST (httpMailboxService.deliver), concurrency ${concurrency}`, `${perSecond(rate)} ${range}  ${(rate / sealRate).toFixed(2)}×`);
  }
}

function options() {
  const { values } = parseArgs({ options: {
    repetitions: { type: 'string', default: '60' }, 'heavy-repetitions': { type: 'string', default: '15' },
    messages: { type: 'string', default: '40' }, 'heavy-messages': { type: 'string', default: '16' },
    payments: { type: 'string', default: '5000' }, rounds: { type: 'string', default: '3' },
  } });
  return {
    repetitions: Number(values.repetitions), heavyRepetitions: Number(values['heavy-repetitions']),
    messages: Number(values.messages), heavyMessages: Number(values['heavy-messages']), payments: Number(values.payments),
    rounds: Number(values.rounds),
  };
}

async function main(): Promise<void> {
  const opts = options();
  const began = performance.now();
  const controller = demoController();
  const personas = demoPersonas();
  const sender = rsaKey();
  const seal = rsaKey();
  const keys: MailboxKeys = {
    sender: { privateKeyPem: sender.privateKeyPem, publicKeyPem: sender.publicKeyPem },
    seal: { privateKeyPem: seal.privateKeyPem, publicKeyPem: seal.publicKeyPem },
  };
  const trust: SealedDeliveryTrust = { senderKeysPem: [sender.publicKeyPem], sealKeysPem: [seal.publicKeyPem] };
  const load = loadavg().map((n) => n.toFixed(2)).join(' ');
  say(`Machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}, load average ${load}`);
  say('Keys: RSA-2048, sender and seal, generated once before timing.');
  const people = [
    {
      person: { name: 'Typical person', extract: ordinaryExtractModel('sv'), recipientId: personas.ordinaryAdult.identityNumber },
      repetitions: opts.repetitions, warmup: 3, messages: opts.messages,
    },
    {
      person: {
        name: `Heavy person (${opts.payments.toLocaleString('en')} payments)`, extract: heavyExtractModel('sv', opts.payments),
        recipientId: personas.heavy.identityNumber,
      },
      repetitions: opts.heavyRepetitions, warmup: 1, messages: opts.heavyMessages,
    },
  ];
  for (const { person, repetitions, warmup, messages } of people) {
    const delivery = new Delivery(person, controller);
    const figures = await measurePerson(delivery, keys, trust, repetitions, warmup);
    printPerson(person, figures, repetitions);
    if (messages > 0 && opts.rounds > 0) {
      printHttp(await measureHttp(delivery, keys, trust, messages, opts.rounds), figures.samples.read, messages, opts.rounds);
    }
  }
  say(`\nTook ${((performance.now() - began) / 1000).toFixed(1)} s. Reproduce: npm run bench:delivery -- --repetitions ${opts.repetitions}`
    + ` --heavy-repetitions ${opts.heavyRepetitions} --messages ${opts.messages} --heavy-messages ${opts.heavyMessages}`
    + ` --payments ${opts.payments} --rounds ${opts.rounds}`);
}

await main();
