import type { Measure } from '../domain/measures';

/** One service's figures for one quarter; null means "not reported", never 0. */
export type FigureRow = { serviceId: string; quarter: string } & Record<Measure, number | null>;
