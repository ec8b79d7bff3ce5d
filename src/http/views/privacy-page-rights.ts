// The privacy page's sections on the data subject's rights and whom to turn to: access,
// rectification and erasure, objection, how to make a request, complaints to the supervisory
// authority, the controller and its DPO, and the related laws.
import { html } from '../../lib/html.ts';
import { contactList, hostOf } from './contact-list.ts';
import type { PageSection, SectionInput } from './privacy-page-data.ts';

function agency(input: SectionInput): string {
  return input.catalog.controller.name[input.language];
}

export function accessSection(input: SectionInput): PageSection {
  const words = input.text.access;
  return {
    id: 'registerutdrag',
    heading: words.heading,
    body: html`<p>${words.right(agency(input))}</p>
        <p>${words.form}</p>
        <p>${words.mailbox}</p>
        <p>${words.mailboxFree}</p>`,
  };
}

export function changeSection(input: SectionInput): PageSection {
  const words = input.text.change;
  return {
    id: 'rattelse-och-radering',
    heading: words.heading,
    body: html`<p>${words.lead}</p>
        <ul>${words.rights.map((right) => html`<li>${right}</li>`)}</ul>
        <p>${words.erasure(agency(input))}</p>`,
  };
}

export function objectionSection(input: SectionInput): PageSection {
  const words = input.text.objection;
  const publicTask = input.catalog.purposes.filter((purpose) => purpose.public && purpose.legalBasis.article6 === 'e');
  return {
    id: 'invandning',
    heading: words.heading,
    body: html`<p>${words.right}</p>
        ${publicTask.length > 0 ? html`<p>${words.purposes}</p>
        <ul>${publicTask.map((purpose) => html`<li>${purpose.name[input.language]}</li>`)}</ul>` : ''}
        <p>${words.effect}</p>`,
  };
}

export function requestSection(input: SectionInput): PageSection {
  const words = input.text.request;
  return {
    id: 'begaran',
    heading: words.heading,
    body: html`<p>${words.how}</p>
        <h3>${words.contact(agency(input))}</h3>
        ${contactList(input.catalog.controller.contact, input.text.contactLabels)}
        <p>${words.promptly}</p>
        <p>${words.deadline}</p>`,
  };
}

export function complaintSection(input: SectionInput): PageSection {
  const words = input.text.complaint;
  const authority = input.catalog.controller.supervisoryAuthority;
  const name = authority.name[input.language];
  return {
    id: 'klagomal',
    heading: words.heading,
    body: html`<p>${words.role(name, agency(input))}</p>
        <p>${words.notThere}</p>
        <h3>${words.contact(name)}</h3>
        ${contactList(authority, input.text.contactLabels)}`,
  };
}

export function controllerSection(input: SectionInput): PageSection {
  const words = input.text.controller;
  const controller = input.catalog.controller;
  return {
    id: 'dataskyddsombud',
    heading: words.heading,
    body: html`<p>${words.responsible(agency(input))}
          ${words.organisationNumber}: ${controller.organisationNumber}.</p>
        <p>${words.dpoRole}</p>
        <p>${words.reachDpo}</p>
        ${contactList(controller.dpo, input.text.contactLabels)}`,
  };
}

export function lawsSection(input: SectionInput): PageSection {
  return {
    id: 'lagar',
    heading: input.text.laws.heading,
    body: html`<ul class="links">
          ${input.catalog.controller.relatedLinks.map((link) => html`<li><a href="${link.url}">${link.title[input.language]}
            (${hostOf(link.url)})</a></li>`)}
        </ul>`,
  };
}
