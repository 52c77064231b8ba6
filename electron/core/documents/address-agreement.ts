import type { AddressForm } from '../domain/address-forms';

/**
 * The form a phrase about one or more people agrees with: feminine only when every one of them is
 * addressed as a woman; neutral as soon as anyone chose neutral wording (so no one is gendered against
 * their wish); otherwise masculine, as Czech (and French, Spanish, Croatian) agree a mixed group.
 */
export function addressAgreement(forms: readonly AddressForm[]): AddressForm {
  if (forms.includes('neutral') || forms.length === 0) return 'neutral';
  return forms.every((form) => form === 'feminine') ? 'feminine' : 'masculine';
}
