/**
 * How each member wishes to be addressed, so that generated sentences agree with the person (Czech
 * "omluvena" for a woman, "omluven" for a man; neutral wording when nothing is chosen), and how often
 * the committee wants each service's fidelity reviewed (12 months unless it decides otherwise).
 */
export const addressFormAndReviewIntervalMigration = `
ALTER TABLE member ADD COLUMN address_form TEXT NOT NULL DEFAULT 'neutral' CHECK (address_form IN ('feminine', 'masculine', 'neutral'));
ALTER TABLE committee ADD COLUMN fidelity_review_months INTEGER NOT NULL DEFAULT 12 CHECK (fidelity_review_months BETWEEN 1 AND 60);
`;
