// The form for one right: which data and in which context, the proposed correction (rectification
// and completion), whom it is about (oneself, or one's child as guardian), the answer's format and
// language. Shown again with an error summary and the values kept when something is missing.
import type { Catalog } from '../../../catalog/catalog-types.ts';
import type { RequestRight } from '../../../domain/request-kinds.ts';
import { html, type SafeHtml } from '../../../lib/html.ts';
import type { CitizenSession } from '../../auth/require-session.ts';
import { problemField, takesCorrection, type RequestFormProblem, type RequestFormValues } from '../../eservice/request-form.ts';
import type { Language } from '../../request-language.ts';
import { eservicePage } from './eservice-page.ts';
import { eservicePaths, otherLanguage } from './eservice-paths.ts';
import { eserviceText } from './eservice-text.ts';
import { errorSummary, radioGroup, textArea, textInput, type FieldError } from './form-fields.ts';
import { requestFormText, type RequestFormText } from './request-form-text.ts';

export interface RequestFormPageInput {
  readonly catalog: Catalog;
  readonly language: Language;
  readonly session: CitizenSession;
  readonly right: RequestRight;
  readonly values: RequestFormValues;
  readonly problems: readonly RequestFormProblem[];
}

type ErrorOf = (field: string) => { readonly error?: string };

function aboutGroup(words: RequestFormText, values: RequestFormValues, errorOf: ErrorOf): SafeHtml {
  const child = textInput({
    id: 'child', name: 'child', label: words.child.label, hint: words.child.hint, value: values.child, inputMode: 'numeric',
    width: 'input-identity', errorWord: words.errorWord, ...errorOf('child'),
  });
  return radioGroup({
    id: 'about', name: 'about', legend: words.about, checked: values.about, errorWord: words.errorWord, ...errorOf('about-self'),
    choices: [
      { value: 'self', label: words.aboutSelf },
      { value: 'child', label: words.aboutChild, hint: words.aboutChildHint, more: html`<div class="radio-more">${child}</div>` },
    ],
  });
}

function answerGroups(words: RequestFormText, values: RequestFormValues, errorOf: ErrorOf): SafeHtml {
  return html`${radioGroup({
    id: 'answer-format', name: 'answerFormat', legend: words.answerFormat, checked: values.answerFormat, errorWord: words.errorWord,
    ...errorOf('answer-format-electronic'),
    choices: [{ value: 'electronic', ...words.electronic }, { value: 'paper', ...words.paper }],
  })}
    ${radioGroup({
    id: 'answer-language', name: 'answerLanguage', legend: words.answerLanguage, checked: values.language, errorWord: words.errorWord,
    ...errorOf('answer-language-sv'),
    choices: [{ value: 'sv', label: 'Svenska', lang: 'sv' }, { value: 'en', label: 'English', lang: 'en' }],
  })}`;
}

function textFields(input: RequestFormPageInput, words: RequestFormText, errorOf: ErrorOf): SafeHtml {
  const { right, values } = input;
  const details = textArea({
    id: 'details', name: 'details', rows: 6, value: values.details, ...words.details[right], errorWord: words.errorWord, ...errorOf('details'),
  });
  if (!takesCorrection(right)) return details;
  const correction = words.correction[right === 'rectification' ? 'rectification' : 'completion'];
  return html`${details}
    ${textArea({ id: 'correction', name: 'correction', rows: 4, value: values.correction, ...correction, errorWord: words.errorWord, ...errorOf('correction') })}`;
}

export function renderRequestForm(input: RequestFormPageInput): string {
  const { language, right, session, values } = input;
  const words = requestFormText[language];
  const paths = eservicePaths(language);
  const shared = eserviceText[language];
  const errors: FieldError[] = input.problems.map((problem) => ({ field: problemField[problem], message: words.problems[problem] }));
  const errorOf: ErrorOf = (field) => {
    const found = errors.find((error) => error.field === field);
    return found ? { error: found.message } : {};
  };
  const foreign = session.identity.kind === 'foreign';
  const title = shared.rights[right].action;
  return eservicePage({
    catalog: input.catalog, language, session, title, hasErrors: errors.length > 0,
    alternate: eservicePaths(otherLanguage(language)).form(right),
    breadcrumbs: [{ href: paths.start, text: shared.serviceName }],
    main: html`${errorSummary(errors, words.errorTitle, words.errorWord)}
    <h1>${title}</h1>
    <p class="lead">${shared.rights[right].description}</p>
    ${foreign ? html`<p class="notice">${words.foreign}</p>` : ''}
    <form class="request-form" method="post" action="${paths.form(right)}" novalidate>
      <input type="hidden" name="_csrf" value="${session.csrfToken}">
      ${textFields(input, words, errorOf)}
      ${foreign ? '' : aboutGroup(words, values, errorOf)}
      ${answerGroups(words, values, errorOf)}
      <button type="submit" class="button">${words.submit}</button>
    </form>`,
  });
}
