import { useEffect, useRef, useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateNumeric } from '../format/format';
import { parseTypedDate } from '../format/parse-typed-date';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'min' | 'max'> & {
  id: string;
  /** The date as YYYY-MM-DD, or '' for none. */
  value: string;
  onChange: (value: string) => void;
  /** The earliest date allowed, YYYY-MM-DD. */
  min?: string;
  /** Ids of further texts that describe the field (its hint). */
  describedBy?: string;
};

/**
 * A date field that speaks the page's language: it shows and takes dates as the reader writes them
 * (24/11/2026, 24. 11. 2026, or 2026-11-24), and says in that language what is wrong with one that is not a
 * date. The browser's own date field would show its own language's mm/dd/yyyy on a Czech page.
 */
export function DateInput({ id, value, onChange, min, describedBy, onBlur, ...input }: Props) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(() => (value === '' ? '' : formatDateNumeric(value)));

  // A value set from outside (a form reset, a draft loaded) or a change of language shows in the field;
  // what the person is typing stays as typed while it means the same date.
  useEffect(() => {
    const typed = parseTypedDate(text);
    const same = (typed.kind === 'empty' && value === '') || (typed.kind === 'date' && typed.iso === value) || (typed.kind === 'invalid' && value === '');
    if (!same) setText(value === '' ? '' : formatDateNumeric(value));
    // Run on the value and the language only: the text is what they are compared with, not a reason to run.
  }, [value, i18n.language]);

  const problem = (typed: ReturnType<typeof parseTypedDate>): string => {
    if (typed.kind === 'invalid') return t('validity.date', { example: formatDateNumeric('2026-11-24') });
    if (typed.kind === 'date' && min !== undefined && min !== '' && typed.iso < min) return t('validity.dateMin', { date: formatDate(min) });
    return '';
  };

  useEffect(() => {
    ref.current?.setCustomValidity(problem(parseTypedDate(text)));
  });

  const hintId = `${id}-date-form`;
  return (
    <>
      <input
        {...input}
        ref={ref}
        id={id}
        type="text"
        inputMode="text"
        autoComplete="off"
        value={text}
        aria-describedby={[describedBy, hintId].filter(Boolean).join(' ')}
        onChange={(event) => {
          const typed = parseTypedDate(event.target.value);
          setText(event.target.value);
          event.target.setCustomValidity(problem(typed));
          onChange(typed.kind === 'date' ? typed.iso : '');
        }}
        onBlur={(event) => {
          const typed = parseTypedDate(text);
          if (typed.kind === 'date') setText(formatDateNumeric(typed.iso));
          onBlur?.(event);
        }}
      />
      <span id={hintId} className="hint">
        {t('validity.dateForm', { example: formatDateNumeric('2026-11-24') })}
      </span>
    </>
  );
}
