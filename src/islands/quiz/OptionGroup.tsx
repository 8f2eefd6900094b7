import type { ReactNode } from 'react';
import { Html } from './Html.tsx';

/** One radio button or checkbox. */
export interface Option {
  readonly id: string;
  /** Inline HTML. */
  readonly html: string;
}

interface OptionGroupProps {
  readonly name: string;
  readonly kind: 'radio' | 'checkbox';
  /** The question, as the group's legend. */
  readonly legend: ReactNode;
  /** What to do, read after the legend, e.g. "Choose one answer." */
  readonly hint: string;
  readonly options: readonly Option[];
  readonly selected: readonly string[];
  readonly onChange: (selected: string[]) => void;
  readonly disabled: boolean;
}

/** A labelled group of radio buttons or checkboxes (fieldset and legend), operable with the keyboard. */
export function OptionGroup({
  name,
  kind,
  legend,
  hint,
  options,
  selected,
  onChange,
  disabled,
}: OptionGroupProps) {
  const toggle = (id: string, checked: boolean) => {
    if (kind === 'radio') onChange([id]);
    else onChange(checked ? [...selected, id] : selected.filter((s) => s !== id));
  };
  return (
    <fieldset className="qz-options" disabled={disabled}>
      <legend className="qz-legend">
        {legend} <span className="qz-hint">{hint}</span>
      </legend>
      {options.map((option) => {
        const id = `${name}-${option.id}`;
        return (
          <div className="qz-option" key={option.id}>
            <input
              type={kind}
              id={id}
              name={name}
              value={option.id}
              checked={selected.includes(option.id)}
              onChange={(e) => toggle(option.id, e.currentTarget.checked)}
            />
            <label htmlFor={id}>
              <Html as="span" html={option.html} />
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
