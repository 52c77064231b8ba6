import { useId, type InputHTMLAttributes } from 'react';
import { DateInput } from './DateInput';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'> & {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** A line under the field, read out with it by screen readers. */
  hint?: string;
};

/** A labelled input with an optional hint: the pattern of the workbench's forms, written once. A date field is the workbench's own (DateInput). */
export function TextField({ label, value, onChange, hint, ...input }: Props) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {input.type === 'date' ? (
        <DateInput {...input} min={typeof input.min === 'string' ? input.min : undefined} id={id} value={value} describedBy={hint === undefined ? undefined : `${id}-hint`} onChange={onChange} />
      ) : (
        <input {...input} id={id} value={value} aria-describedby={hint === undefined ? undefined : `${id}-hint`} onChange={(event) => onChange(event.target.value)} />
      )}
      {hint !== undefined && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
    </div>
  );
}
