import i18next from 'i18next';
import { formatNumber } from '../format/format';

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** Fields that carry a message set here, to be cleared once the person changes them. */
const ours = new WeakSet<Field>();

function isField(target: EventTarget | null): target is Field {
  return target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
}

function numberText(text: string): string {
  const value = Number(text);
  return text !== '' && Number.isFinite(value) ? formatNumber(value, 10) : text;
}

function messageFor(field: Field): string {
  const { validity } = field;
  const type = field instanceof HTMLInputElement ? field.type : field instanceof HTMLSelectElement ? 'select' : 'textarea';
  if (validity.valueMissing) {
    if (type === 'checkbox') return i18next.t('validity.check');
    if (type === 'radio' || type === 'select') return i18next.t('validity.choose');
    if (type === 'file') return i18next.t('validity.file');
    return i18next.t('validity.required');
  }
  if (validity.badInput) return i18next.t('validity.number');
  if (validity.typeMismatch) return i18next.t(type === 'email' ? 'validity.email' : type === 'url' ? 'validity.url' : 'validity.generic');
  if (field instanceof HTMLInputElement) {
    if (validity.rangeUnderflow) return i18next.t('validity.min', { min: numberText(field.min) });
    if (validity.rangeOverflow) return i18next.t('validity.max', { max: numberText(field.max) });
    if (validity.stepMismatch) return field.step === '' || field.step === '1' ? i18next.t('validity.step') : i18next.t('validity.stepOf', { step: numberText(field.step) });
    if (validity.patternMismatch) return field.title === '' ? i18next.t('validity.pattern') : field.title;
  }
  if (validity.tooLong && !(field instanceof HTMLSelectElement)) return i18next.t('validity.tooLong', { max: formatNumber(field.maxLength), length: formatNumber(field.value.length) });
  if (validity.tooShort && !(field instanceof HTMLSelectElement)) return i18next.t('validity.tooShort', { min: formatNumber(field.minLength), length: formatNumber(field.value.length) });
  return i18next.t('validity.generic');
}

/** A radio button's message belongs to its whole group: choosing another button of it clears it. */
function group(field: Field): Field[] {
  if (!(field instanceof HTMLInputElement) || field.type !== 'radio' || field.name === '') return [field];
  const scope = field.form ?? document;
  return [...scope.querySelectorAll('input[type="radio"]')].filter((radio): radio is HTMLInputElement => radio instanceof HTMLInputElement && radio.name === field.name);
}

function clear(event: Event): void {
  if (!isField(event.target)) return;
  for (const field of group(event.target)) {
    if (!ours.has(field)) continue;
    field.setCustomValidity('');
    ours.delete(field);
  }
}

/**
 * The browser says what is wrong with a field in its own language ("Please fill out this field." on a Czech
 * page). When a form is checked, each field found wanting gets the same message in the page's language
 * instead; the message goes as soon as the field is changed, so that the browser checks it afresh. A field
 * that sets its own message (a date field) keeps it.
 */
export function localizeValidity(): void {
  document.addEventListener(
    'invalid',
    (event) => {
      const field = event.target;
      if (!isField(field)) return;
      if (field.validity.customError && !ours.has(field)) return;
      field.setCustomValidity('');
      if (field.validity.valid) return;
      field.setCustomValidity(messageFor(field));
      ours.add(field);
    },
    true,
  );
  document.addEventListener('input', clear, true);
  document.addEventListener('change', clear, true);
}
