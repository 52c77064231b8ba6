import { z } from 'zod';
import { measures } from '../domain/measures';
import { returns } from '../api/returns';
import type { Dashboard } from '../figures/build-dashboard';
import type { Target } from '../figures/load-targets';
import type { FigureDetails } from './figure-details';
import type { QuarterlyGrid } from './quarterly-grid';

const quarter = z.string().regex(/^(20\d\d|2100)-Q[1-4]$/, 'must be a quarter such as 2026-Q1');

/** The quarterly figures, the dashboard drawn from them, and the targets. */
export const quarterlyContract = {
  // upTo: the dashboard as it stood after that quarter, for a meeting's figures item.
  getDashboard: { input: z.object({ upTo: quarter.optional() }), result: returns<Dashboard>() },
  getQuarterlyGrid: { input: z.object({}), result: returns<QuarterlyGrid>() },
  getFigureDetails: { input: z.object({ serviceId: z.uuid(), quarter: quarter }), result: returns<FigureDetails | null>() },
  // Any finite number gets through: the bounds are the core's figure rules, whose refusals say what to do in the user's language.
  setFigure: {
    input: z.object({ serviceId: z.uuid(), quarter: quarter, measure: z.enum(measures), value: z.number().nullable() }),
    result: returns<FigureDetails | null>(),
  },
  listTargets: { input: z.object({}), result: returns<Target[]>() },
};
