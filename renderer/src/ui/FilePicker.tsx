import { forwardRef, useId, useImperativeHandle, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** What a screen may do with the field: empty it once its files are dealt with. */
export type FilePickerHandle = { clear: () => void };

type Props = {
  label: string;
  hint: string;
  accept: string;
  multiple?: boolean;
  onChoose: (files: FileList | null) => void;
};

/**
 * A file field in the page's language: a button ("Choose files" / "Vybrat soubory") and the names chosen,
 * where the browser's own field would say "Choose Files" and "No file chosen" in its own language. The
 * real file input stays in the page, out of sight but focusable, so that the keyboard and screen readers
 * use it as they always do; the button is its label.
 */
export const FilePicker = forwardRef<FilePickerHandle, Props>(function FilePicker({ label, hint, accept, multiple = false, onChoose }, ref) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [names, setNames] = useState<string[]>([]);
  useImperativeHandle(ref, () => ({
    clear: () => {
      if (input.current !== null) input.current.value = '';
      setNames([]);
    },
  }));
  return (
    <div className="field file-picker">
      <span id={`${id}-label`} className="field-label">
        {label}
      </span>
      <input
        ref={input}
        id={id}
        className="visually-hidden file-input"
        type="file"
        multiple={multiple}
        accept={accept}
        aria-labelledby={`${id}-label`}
        aria-describedby={`${id}-chosen ${id}-hint`}
        onChange={(event) => {
          const files = event.target.files;
          setNames(files === null ? [] : [...files].map((file) => file.name));
          onChoose(files);
        }}
      />
      <div className="file-choice">
        <label htmlFor={id} className="file-button">
          {t(multiple ? 'filePicker.chooseMany' : 'filePicker.chooseOne')}
        </label>
        <span id={`${id}-chosen`} className="file-names">
          {names.length === 0 ? t(multiple ? 'filePicker.noneMany' : 'filePicker.noneOne') : names.join(', ')}
        </span>
      </div>
      <span id={`${id}-hint`} className="hint">
        {hint}
      </span>
    </div>
  );
});
