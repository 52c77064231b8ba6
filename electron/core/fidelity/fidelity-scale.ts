import { z } from 'zod';
import scaleJson from '../../../resources/fidelity/ips-25.json';
import { fidelityBands } from '../domain/fidelity-terms';

const text = z.object({ en: z.string().min(1), cs: z.string().min(1) });
const anchors = z.object({ '1': text, '2': text, '3': text, '4': text, '5': text });

const scaleSchema = z.object({
  scale: z.string(),
  source: z.string().min(1),
  versions: z.array(z.object({ id: z.enum(['us2008', 'us_manual', 'uk']), name: text })),
  bands: z.array(z.object({ id: z.enum(fidelityBands), min: z.int(), max: z.int(), name: text })),
  sections: z.array(z.object({ id: z.enum(['staffing', 'organisation', 'services']), name: text })),
  items: z
    .array(
      z.object({
        id: z.string().regex(/^(staffing|organisation|services)-\d{1,2}$/),
        section: z.enum(['staffing', 'organisation', 'services']),
        number: z.int(),
        name: text,
        definition: text,
        anchors,
        versionAnchors: z.record(z.string(), z.record(z.string(), text)).optional(),
      }),
    )
    .length(25),
});

export type FidelityScale = z.infer<typeof scaleSchema>;
export type FidelityItem = FidelityScale['items'][number];

let checked: FidelityScale | null = null;

/** The IPS-25 items, anchors and bands: data in resources/fidelity/ips-25.json, checked when first used. */
export function fidelityScale(): FidelityScale {
  checked ??= scaleSchema.parse(scaleJson);
  return checked;
}
