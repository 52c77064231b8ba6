import type { AddressForm } from '../../../electron/core/domain/address-forms';

/**
 * The i18next context for a person's form of address: "Přítomna" (feminine) or "Přítomen" (masculine) in
 * Czech; none for neutral, so that the key's own, ungendered wording is used.
 */
export function addressContext(form: AddressForm): 'feminine' | 'masculine' | undefined {
  return form === 'neutral' ? undefined : form;
}
