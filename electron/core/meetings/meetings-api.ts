import { translate } from '../../shared/translate';
import { actor } from '../api/actor';
import { apiSlice } from '../api/api-slice';
import { UserError } from '../api/user-error';
import { todayIso } from '../domain/today-iso';
import { agendaItems } from './agenda-items';
import { agendaMeeting } from './agenda-meeting';
import { approveMinutes } from './approve-minutes';
import { buildMinutesDocx } from './build-minutes-docx';
import { listMeetings } from './list-meetings';
import { loadMinutesData } from './load-minutes-data';
import { meetingDetailsToday } from './meeting-details-today';
import { meetingsContract } from './meetings-contract';
import { oneAction } from './one-action';
import { readActions } from './read-actions';
import { readDecisions } from './read-decisions';
import { saveAction } from './save-action';
import { saveDecision } from './save-decision';
import { saveMeeting } from './save-meeting';
import { setAttendance } from './set-attendance';

export const meetingsApi = apiSlice(meetingsContract, {
  listMeetings: (context) => listMeetings(context.workspace.db()),
  getMeeting: (context, input) => meetingDetailsToday(context, input.id),
  createMeeting: (context, input) => meetingDetailsToday(context, saveMeeting.create(context.workspace.db(), input, actor(context))),
  updateMeeting: (context, input) => {
    saveMeeting.update(context.workspace.db(), input.id, input, actor(context));
    return meetingDetailsToday(context, input.id);
  },
  setAttendance: (context, input) => {
    setAttendance(context.workspace.db(), input.meetingId, input, actor(context));
    return meetingDetailsToday(context, input.meetingId);
  },
  addAgendaItem: (context, input) => {
    agendaItems.add(context.workspace.db(), input.meetingId, input.title, actor(context));
    return meetingDetailsToday(context, input.meetingId);
  },
  updateAgendaItem: (context, input) => {
    agendaItems.update(context.workspace.db(), input.id, input, actor(context));
    return meetingDetailsToday(context, agendaMeeting(context, input.id));
  },
  moveAgendaItem: (context, input) => {
    agendaItems.move(context.workspace.db(), input.id, input.direction, actor(context));
    return meetingDetailsToday(context, agendaMeeting(context, input.id));
  },
  dropAgendaItem: (context, input) => {
    agendaItems.setDropped(context.workspace.db(), input.id, input.dropped, actor(context));
    return meetingDetailsToday(context, agendaMeeting(context, input.id));
  },
  recordDecision: (context, input) => {
    saveDecision.record(context.workspace.db(), input.meetingId, input, actor(context));
    return meetingDetailsToday(context, input.meetingId);
  },
  updateDecision: (context, input) => {
    saveDecision.update(context.workspace.db(), input.id, input, actor(context));
    const decision = readDecisions(context.workspace.db(), { id: input.id })[0];
    if (decision === undefined) throw new UserError('decision_not_found', {}, 'id');
    return decision;
  },
  listDecisions: (context, input) => readDecisions(context.workspace.db(), input.year === undefined ? {} : { year: input.year }).reverse(),
  approveMinutes: (context, input) => {
    approveMinutes(context.workspace.db(), input.meetingId, input.approvedOn, todayIso(), actor(context));
    return meetingDetailsToday(context, input.meetingId);
  },
  addAction: (context, input) => oneAction(context, saveAction.add(context.workspace.db(), input, todayIso(), actor(context))),
  updateAction: (context, input) => {
    saveAction.update(context.workspace.db(), input.id, input, input, todayIso(), actor(context));
    return oneAction(context, input.id);
  },
  reviewAction: (context, input) => {
    saveAction.review(context.workspace.db(), input.actionId, input.meetingId, input, actor(context));
    return meetingDetailsToday(context, input.meetingId);
  },
  listActions: (context, input) => readActions(context.workspace.db(), input, todayIso()),
  exportMinutes: async (context, input) => {
    const data = loadMinutesData(context.workspace.db(), input.meetingId);
    const bytes = await buildMinutesDocx(data);
    return {
      fileName: `${translate(data.language, 'meetings.minutesFileName', { date: data.meeting.heldOn })}.docx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      contentBase64: Buffer.from(bytes).toString('base64'),
    };
  },
});
