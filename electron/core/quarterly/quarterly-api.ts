import { actor } from '../api/actor';
import { apiSlice } from '../api/api-slice';
import { parseQuarter } from '../domain/quarter';
import { todayIso } from '../domain/today-iso';
import { buildDashboard } from '../figures/build-dashboard';
import { loadTargets } from '../figures/load-targets';
import { figureDetails } from './figure-details';
import { quarterlyContract } from './quarterly-contract';
import { quarterlyGrid } from './quarterly-grid';
import { setFigure } from './set-figure';

export const quarterlyApi = apiSlice(quarterlyContract, {
  getDashboard: (context, input) => buildDashboard(context.workspace.db(), todayIso(), input.upTo === undefined ? undefined : (parseQuarter(input.upTo) ?? undefined)),
  getQuarterlyGrid: (context) => quarterlyGrid(context.workspace.db(), todayIso()),
  getFigureDetails: (context, input) => figureDetails(context.workspace.db(), input.serviceId, input.quarter),
  setFigure: (context, input) => {
    setFigure(context.workspace.db(), input, actor(context));
    return figureDetails(context.workspace.db(), input.serviceId, input.quarter);
  },
  listTargets: (context) => loadTargets(context.workspace.db()),
});
