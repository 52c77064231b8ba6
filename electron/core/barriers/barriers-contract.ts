import { z } from 'zod';
import { barrierGroups, barrierLevels, barrierStatuses, barrierTrends, mitigationStatuses } from '../domain/barrier-terms';
import { isoDate } from '../api/iso-date';
import { requiredText } from '../api/required-text';
import { returns } from '../api/returns';
import type { BarrierDetails } from './barrier-details';
import type { Catalogue } from './catalogue';
import type { RegisterEntry } from './register-entry';
import type { RemovalOutcome } from './remove-barrier';
import type { SeverityMatrix } from './severity-matrix';
import type { VoteRound } from './vote-rounds';

const barrierCommon = {
  localWording: z.string().trim().max(4000),
  serviceIds: z.array(z.uuid()).max(200),
  ownerId: z.uuid().nullable(),
  status: z.enum(barrierStatuses),
};

const newBarrier = z.discriminatedUnion('source', [
  z.object({ source: z.literal('catalogue'), catalogueId: z.string().regex(/^[a-z0-9-]{1,80}$/), ...barrierCommon }),
  z.object({
    source: z.literal('custom'),
    name: requiredText(200),
    description: z.string().trim().max(4000),
    group: z.enum(barrierGroups),
    level: z.enum(barrierLevels),
    ...barrierCommon,
  }),
]);

/** The barrier register, its reviews and mitigations, the severity matrix and the dot-vote rounds. */
export const barriersContract = {
  getCatalogue: { input: z.object({}), result: returns<Catalogue>() },
  listRegister: { input: z.object({ includeArchived: z.boolean().default(false) }), result: returns<RegisterEntry[]>() },
  getBarrier: { input: z.object({ id: z.uuid() }), result: returns<BarrierDetails>() },
  addBarrier: { input: newBarrier, result: returns<BarrierDetails>() },
  updateBarrier: {
    input: z.object({
      id: z.uuid(),
      ...barrierCommon,
      name: requiredText(200).optional(),
      description: z.string().trim().max(4000).optional(),
      group: z.enum(barrierGroups).optional(),
      level: z.enum(barrierLevels).optional(),
    }),
    result: returns<BarrierDetails>(),
  },
  recordReview: {
    input: z.object({
      reviewDate: isoDate,
      assessments: z
        .array(z.object({ barrierId: z.uuid(), severity: z.int().min(1).max(5), trend: z.enum(barrierTrends), note: z.string().trim().max(4000) }))
        .min(1)
        .max(500),
    }),
    result: returns<RegisterEntry[]>(),
  },
  addMitigation: {
    input: z.object({ barrierId: z.uuid(), text: requiredText(2000), fromCatalogue: z.boolean().default(false), status: z.enum(mitigationStatuses).default('planned') }),
    result: returns<BarrierDetails>(),
  },
  setMitigationStatus: { input: z.object({ id: z.uuid(), status: z.enum(mitigationStatuses) }), result: returns<BarrierDetails>() },
  removeBarrier: { input: z.object({ id: z.uuid(), confirmed: z.boolean().default(false) }), result: returns<RemovalOutcome>() },
  restoreBarrier: { input: z.object({ id: z.uuid() }), result: returns<BarrierDetails>() },
  getSeverityMatrix: { input: z.object({}), result: returns<SeverityMatrix>() },
  listVoteRounds: { input: z.object({}), result: returns<{ id: string; title: string; heldOn: string; status: 'open' | 'closed' }[]>() },
  openVoteRound: {
    input: z.object({
      title: requiredText(200),
      heldOn: isoDate,
      dotsPerMember: z.int().min(1).max(20).default(3),
      hiddenUntilClosed: z.boolean().default(false),
      showUserGroup: z.boolean().default(false),
      participantIds: z.array(z.uuid()).min(1).max(100),
      barrierIds: z.array(z.uuid()).max(200).default([]),
      ideas: z.array(requiredText(500)).max(200).default([]),
    }),
    result: returns<VoteRound>(),
  },
  getVoteRound: { input: z.object({ roundId: z.uuid() }), result: returns<VoteRound>() },
  addVoteIdea: { input: z.object({ roundId: z.uuid(), idea: requiredText(500) }), result: returns<VoteRound>() },
  clusterVoteItems: { input: z.object({ roundId: z.uuid(), heading: requiredText(500), itemIds: z.array(z.uuid()).min(2).max(100) }), result: returns<VoteRound>() },
  castVotes: { input: z.object({ roundId: z.uuid(), memberId: z.uuid(), dots: z.record(z.uuid(), z.int().min(0).max(20)) }), result: returns<VoteRound>() },
  closeVoteRound: { input: z.object({ roundId: z.uuid() }), result: returns<VoteRound>() },
};
