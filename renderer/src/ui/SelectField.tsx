import { useId } from 'react';

export type SelectOption = { value: string; label: string };

type Props = {
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  /** A first option with the empty value, such as "All" in a filter or "Nobody yet". */
  emptyLabel?: string;
};

/** A labelled drop-down: the pattern of every filter and choice in the workbench, written once. */
export function SelectField({ label, value, options, onChange, emptyLabel }: Props) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
