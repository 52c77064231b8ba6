import { useId } from 'react';

export type SelectOption = { value: string; label: string; disabled?: boolean; /** The option's own language, for a list of languages. */ lang?: string };

type Props = {
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  /** A first option with the empty value, such as "All" in a filter or "Nobody yet". */
  emptyLabel?: string;
  /** A line under the field, read out with it by screen readers. */
  hint?: string;
  /** Label and drop-down on one line, for a choice above a chart or a table. */
  inline?: boolean;
  /** For a drop-down in a table row whose header already says what it is: the label is for screen readers only. */
  hideLabel?: boolean;
};

/** A labelled drop-down: the pattern of every filter and choice in the workbench, written once. */
export function SelectField({ label, value, options, onChange, emptyLabel, hint, inline = false, hideLabel = false }: Props) {
  const id = useId();
  return (
    <div className={inline ? 'field inline-field' : 'field'}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <select id={id} value={value} aria-describedby={hint === undefined ? undefined : `${id}-hint`} onChange={(event) => onChange(event.target.value)}>
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
      {hint !== undefined && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
    </div>
  );
}
