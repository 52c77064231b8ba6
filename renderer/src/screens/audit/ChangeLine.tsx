import { useTranslation } from 'react-i18next';
import type { DescribedChange, FieldChange } from '../../../../electron/core/audit/described-change';
import { changeSentence } from './change-sentence';
import { fieldLabelKey } from './field-label-key';
import { shownText } from './shown-text';
import { labelled, separated } from '../../format/punctuation';

function FieldLine({ field }: { field: FieldChange }) {
  const { t } = useTranslation();
  const label = t(fieldLabelKey(field.group, field.field));
  // A value that means nothing read on its own (a column layout), or one not to be shown yet, is said once.
  if (field.after.type === 'opaque' || field.after.type === 'secret') return <li>{labelled(label, shownText(field.after, t))}</li>;
  return (
    <li>
      {labelled(label, shownText(field.before, t))}
      <span aria-hidden="true"> → </span>
      <span className="visually-hidden"> {t('audit.changedTo')} </span>
      {shownText(field.after, t)}
    </li>
  );
}

/** One change of an entry: what happened, then the values it set (added) or each field from old to new (changed). */
export function ChangeLine({ change }: { change: DescribedChange }) {
  const { t } = useTranslation();
  const sentence = changeSentence(change, t);
  if (change.fields.length === 0) return <li>{sentence}</li>;
  if (change.action === 'insert') {
    const values = separated(change.fields.map((field) => labelled(t(fieldLabelKey(field.group, field.field)), shownText(field.after, t))));
    return (
      <li>
        {sentence}
        <span className="audit-values"> – {values}</span>
      </li>
    );
  }
  return (
    <li>
      {sentence}
      <ul className="audit-fields">
        {change.fields.map((field) => (
          <FieldLine key={`${field.group}.${field.field}`} field={field} />
        ))}
      </ul>
    </li>
  );
}
