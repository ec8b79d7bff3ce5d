// The inbox pages over real HTTP: masked numbers and opaque ids only, escaped letter text, Swedish
// and English, read state, attachment downloads with safe headers, and 404 for foreign ids.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { demoPersonas } from '../demo-agency/demo-personas.ts';
import {
  deliveryKeys, postDelivery, SAMPLE_PDF, sampleDelivery, sampleMessage, sealedDeliveryXml,
} from '../../../test/support/mailbox-delivery-fixture.ts';
import { startDevMailboxOperator, type DevMailboxOperator } from './dev-mailbox-operator.ts';
import { attachmentDisposition } from './mailbox-inbox-routes.ts';

const personas = demoPersonas();
const recipientId = personas.ordinaryAdult.identityNumber;
const message = sampleMessage({
  subject: 'Svar på din begäran <om> registerutdrag',
  attachments: [
    { contentType: 'application/pdf', filename: 'registerutdrag.pdf', body: SAMPLE_PDF },
    { contentType: 'text/html"; x=', filename: '../../etc/"passwd"\t åäö.txt', body: Buffer.from('<script>alert(1)</script>') },
  ],
});
let operator: DevMailboxOperator;
let inboxUrl: string;

async function get(url: string): Promise<{ status: number; text: string; headers: Headers }> {
  const response = await fetch(url);
  return { status: response.status, text: await response.text(), headers: response.headers };
}

function hrefs(page: string): string[] {
  return [...page.matchAll(/href="([^"]*)"/g)].map((match) => match[1]!);
}

before(async () => {
  const keys = deliveryKeys();
  operator = await startDevMailboxOperator({ mode: 'development', host: '127.0.0.1', port: 0, trust: keys.trust });
  const answer = await postDelivery(`${operator.url}/operators/kivra-demo/deliver-secure`, sealedDeliveryXml(keys, sampleDelivery(recipientId, [message])));
  assert.deepEqual(answer.body.delivered, [{ recipientId, delivered: true }]);
  inboxUrl = operator.accounts.inboxUrl('kivra-demo', recipientId);
});

after(async () => {
  await operator?.close();
});

test('the list of mailboxes shows masked numbers and operators, links with opaque ids, and no full number', async () => {
  const page = await get(`${operator.url}/`);
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'none'/);
  assert.match(page.text, /<html lang="sv">/);
  assert.ok(page.text.includes(`${recipientId.slice(0, 8)}-****`));
  assert.ok(page.text.includes('Kivra (demo)') && page.text.includes('Min myndighetspost (demo)'));
  assert.ok(page.text.includes(`href="${new URL(inboxUrl).pathname}"`));
  assert.ok(!/\d{12}/.test(page.text), 'no 12-digit number anywhere on the page');
  assert.ok(!page.text.includes('<script'));
  const english = await get(`${operator.url}/?lang=en`);
  assert.match(english.text, /<html lang="en">/);
  assert.ok(english.text.includes('Digital mailboxes (demo)'));
  assert.ok(hrefs(english.text).filter((href) => href.startsWith('/inkorg/')).every((href) => href.endsWith('?lang=en')));
});

test('the inbox lists the letter unread; opening it shows escaped text and marks it read', async () => {
  const inbox = await get(inboxUrl);
  assert.equal(inbox.status, 200);
  assert.ok(inbox.text.includes('Svar på din begäran &lt;om&gt; registerutdrag'));
  assert.ok(inbox.text.includes('Socialförsäkringsverket (demo)'));
  assert.ok(inbox.text.includes('Oläst'));
  assert.ok(!/\d{12}/.test(inbox.text));
  const key = operator.accounts.messages(recipientId)[0]?.key;
  const letter = await get(`${inboxUrl}/${key}`);
  assert.equal(letter.status, 200);
  assert.ok(letter.text.includes('Här är ditt registerutdrag. &lt;b&gt;Det&lt;/b&gt; finns i bilagan.'));
  assert.ok(letter.text.includes(`href="${new URL(inboxUrl).pathname}/${key}/bilagor/0"`));
  assert.ok(letter.text.includes('0771-00 00 00'));
  assert.ok(!/\d{12}/.test(letter.text));
  assert.ok((await get(inboxUrl)).text.includes('Läst'));
  assert.equal(operator.accounts.messages(recipientId)[0]?.read, true);
});

test('attachments download with their bytes, a safe content type and a safe file name', async () => {
  const key = operator.accounts.messages(recipientId)[0]?.key;
  const pdf = await fetch(`${inboxUrl}/${key}/bilagor/0`);
  assert.equal(pdf.status, 200);
  assert.equal(pdf.headers.get('content-type'), 'application/pdf');
  assert.equal(pdf.headers.get('content-disposition'), `attachment; filename="registerutdrag.pdf"; filename*=UTF-8''registerutdrag.pdf`);
  assert.deepEqual(Buffer.from(await pdf.arrayBuffer()), SAMPLE_PDF);
  const odd = await fetch(`${inboxUrl}/${key}/bilagor/1`);
  assert.equal(odd.headers.get('content-type'), 'application/octet-stream');
  assert.equal(odd.headers.get('x-content-type-options'), 'nosniff');
  assert.match(odd.headers.get('content-security-policy') ?? '', /^sandbox/);
  assert.equal(odd.headers.get('content-disposition'), attachmentDisposition('../../etc/"passwd"\t åäö.txt'));
  assert.equal((await fetch(`${inboxUrl}/${key}/bilagor/2`)).status, 404);
});

test('attachmentDisposition keeps no path, quote or control character', () => {
  assert.equal(attachmentDisposition('../../etc/"passwd"\t åäö.txt'),
    `attachment; filename="_.._etc__passwd__ ___.txt"; filename*=UTF-8''_.._etc__passwd__%20%C3%A5%C3%A4%C3%B6.txt`);
  assert.equal(attachmentDisposition('...'), `attachment; filename="bilaga"; filename*=UTF-8''bilaga`);
  assert.equal(attachmentDisposition("it's (1).pdf"), `attachment; filename="it's (1).pdf"; filename*=UTF-8''it%27s%20%281%29.pdf`);
});

test('an unknown mailbox, a letter from another mailbox and a bad index are 404 pages', async () => {
  const key = operator.accounts.messages(recipientId)[0]?.key;
  const otherInbox = operator.accounts.inboxUrl('kivra-demo', personas.guardian.identityNumber);
  for (const url of [`${operator.url}/inkorg/AAAAAAAAAAAAAAAAAAAAAAAA`, `${otherInbox}/${key}`, `${inboxUrl}/${key}/bilagor/x`, `${inboxUrl}/nope`]) {
    const page = await get(url);
    assert.equal(page.status, 404, url);
    assert.ok(page.text.includes('Sidan finns inte'));
  }
});

test('an HTML letter is shown in a sandboxed frame, never inline', async () => {
  const keys = deliveryKeys();
  const running = await startDevMailboxOperator({ mode: 'development', host: '127.0.0.1', port: 0, trust: keys.trust });
  try {
    const htmlLetter = sampleMessage({ body: { contentType: 'text/html', text: '<p>Hej <script>alert(1)</script></p>' } });
    await postDelivery(`${running.url}/operators/kivra-demo/deliver-secure`, sealedDeliveryXml(keys, sampleDelivery(recipientId, [htmlLetter])));
    const url = `${running.accounts.inboxUrl('kivra-demo', recipientId)}/${running.accounts.messages(recipientId)[0]?.key}`;
    const letter = await get(url);
    assert.ok(!letter.text.includes('<script'));
    assert.match(letter.text, /<iframe class="message-frame" title="Meddelandets innehåll" src="[^"]+\/innehall" sandbox="">/);
    const framed = await get(`${url}/innehall`);
    assert.match(framed.headers.get('content-security-policy') ?? '', /^sandbox; default-src 'none'/);
  } finally {
    await running.close();
  }
});
