import type { UserError } from '../core/api/user-error';
import { translate } from '../shared/translate';

/**
 * A UserError in the words the app uses, in English. Some messages take in another text by i18next's
 * nesting, `$t(lockHolders.browser)`, which the page's i18next resolves by itself; here it is done by hand.
 */
export function errorMessage(error: UserError): string {
  return translate('en', `errors.${error.code}`, error.params).replace(/\$t\(([\w.]+)\)/g, (_match, key: string) => translate('en', key));
}
