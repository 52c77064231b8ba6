import { z } from 'zod';
import { returns } from '../api/returns';
import type { AboutView } from './about-view';

/**
 * The program itself: its version, where to report a problem, and the licences of the packages it ships
 * (listed at build time by scripts/licences.mjs). A package goes by its name and version as getAbout lists
 * them, npm's own limits on their length; any other is refused.
 */
export const aboutContract = {
  getAbout: { input: z.object({}), result: returns<AboutView>() },
  getLicenceText: {
    input: z.strictObject({ name: z.string().min(1).max(214), version: z.string().min(1).max(256) }),
    result: returns<string | null>(),
  },
};
