import assert from 'node:assert/strict';
import { test } from 'node:test';
import { redactionLabel, secrecyGround, secrecyKindName } from './secrecy-words.ts';

test('secrecy under OSL cites its chapter and section and 5 kap. 1 § dataskyddslagen', () => {
  assert.equal(secrecyGround('third-party', 'sv'),
    '28 kap. 1 § offentlighets- och sekretesslagen (2009:400); 5 kap. 1 § dataskyddslagen (2018:218)');
  assert.equal(secrecyGround('protected-address', 'sv'),
    '21 kap. 3 § offentlighets- och sekretesslagen (2009:400); 5 kap. 1 § dataskyddslagen (2018:218)');
  assert.equal(secrecyGround('child-against-guardian', 'sv'),
    '12 kap. 3 § offentlighets- och sekretesslagen (2009:400); 5 kap. 1 § dataskyddslagen (2018:218)');
});

test('drafts and notes fall under 5 kap. 2 § dataskyddslagen alone, named in full', () => {
  const ground = secrecyGround('draft-or-note', 'sv');
  assert.equal(ground, '5 kap. 2 § lagen (2018:218) med kompletterande bestämmelser till EU:s dataskyddsförordning (dataskyddslagen)');
  assert.doesNotMatch(ground, /sekretesslagen|5 kap\. 1 §/);
});

test('English grounds name chapter and section of the same acts', () => {
  assert.equal(secrecyGround('third-party', 'en'),
    'Chapter 28, Section 1 of the Public Access to Information and Secrecy Act (2009:400); Chapter 5, Section 1 of the Data Protection Act (2018:218)');
  assert.match(secrecyGround('draft-or-note', 'en'), /^Chapter 5, Section 2 of the Act \(2018:218\)/);
});

test('masked values show a label by kind: secrecy, or draft and note', () => {
  assert.equal(redactionLabel('third-party', 'sv'), '[Utelämnad enligt sekretess]');
  assert.equal(redactionLabel('protected-address', 'en'), '[Withheld under secrecy]');
  assert.equal(redactionLabel('draft-or-note', 'sv'), '[Utelämnad: utkast eller minnesanteckning]');
  assert.equal(secrecyKindName('third-party', 'sv'), 'Uppgifter om någon annan person');
  assert.equal(secrecyKindName('child-against-guardian', 'en'), "A child's data protected from a guardian");
});

test("the class 'none' withholds nothing, so asking for its words is a programmer mistake", () => {
  assert.throws(() => secrecyGround('none', 'sv'), TypeError);
  assert.throws(() => redactionLabel('none', 'en'), TypeError);
  assert.throws(() => secrecyKindName('none', 'sv'), TypeError);
});
