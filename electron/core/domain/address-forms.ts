/** How a member wishes to be addressed in generated sentences; neutral avoids gendered forms altogether. */
export const addressForms = ['feminine', 'masculine', 'neutral'] as const;

export type AddressForm = (typeof addressForms)[number];
