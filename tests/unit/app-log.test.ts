import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appLog } from '../../electron/core/log/app-log';
import { menuTemplate } from '../../electron/main/menu-template';
import { startWebLog } from '../../electron/web/web-log';
import { apiFor } from '../helpers/api-for';
import { tempDir } from '../helpers/temp-dir';

const consoleSink = { info: (line: string) => console.log(line), warn: (line: string) => console.warn(line), error: (line: string) => console.error(line) };

afterEach(() => {
  appLog.connect(consoleSink);
  vi.restoreAllMocks();
});

function logInto(folder: string): string {
  vi.stubEnv('WORKBENCH_LOG_DIR', folder);
  return startWebLog();
}

describe('the log a coordinator can send', () => {
  it('writes one line per event to web.log in the log folder, with where an error happened, and one line without it on the terminal', () => {
    const folder = tempDir();
    const printed: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: unknown) => void printed.push(String(line)));
    expect(logInto(folder)).toBe(folder);
    appLog.info('started', { program: 'browser', status: 'ready' });
    appLog.failed('api_call_failed', new RangeError('Too many things\nsecond line'), { method: 'getDashboard' });
    const log = readFileSync(join(folder, 'web.log'), 'utf8');
    expect(log).toMatch(/\[info\]\s+started program="browser" status="ready"/);
    expect(log).toMatch(/\[error\]\s+api_call_failed method="getDashboard" error="RangeError" message="Too many things" at="at /);
    expect(log).not.toContain('second line');
    expect(printed).toEqual(['api_call_failed method="getDashboard" error="RangeError" message="Too many things"']);
  });

  it('keeps out what a committee wrote and who wrote it, also when a call fails unexpectedly', async () => {
    const folder = tempDir();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    logInto(folder);
    const dbPath = join(tempDir(), 'jana-dvorakova-committee.sqlite');
    const api = apiFor(dbPath);
    await api.call('createDemoCommittee', { language: 'en' });
    const members = await api.call('listMembers', {});
    const words = 'The job centre sent me on a course about my illness again';
    await api.call('giveFeedback', { text: words, contributor: { kind: 'anonymous' }, givenOn: '2026-11-30', tags: [], links: [], mayQuote: false, transcribed: false });
    // An unexpected failure in the middle of a call that carries the committee's words.
    vi.spyOn(api.context.workspace, 'db').mockImplementation(() => {
      throw new TypeError('database went away');
    });
    expect((await api.raw('giveFeedback', { text: words, contributor: { kind: 'anonymous' }, givenOn: '2026-11-30', tags: [], links: [], mayQuote: false, transcribed: false })).ok).toBe(false);
    const log = readFileSync(join(folder, 'web.log'), 'utf8');
    expect(log).toContain('api_call_failed method="giveFeedback" error="TypeError" message="database went away"');
    expect(log).not.toContain('job centre');
    expect(log).not.toContain('jana-dvorakova');
    for (const member of members) expect(log).not.toContain(member.name);
  });

  it('is one Help command away in the desktop app, in the app language', () => {
    const opened: string[] = [];
    for (const [language, label] of [['en', 'Open the log folder'], ['cs', 'Otevřít složku s protokolem']] as const) {
      const help = menuTemplate(false, language, [], { openRecent: () => undefined, openLogFolder: () => opened.push(language) }).find((menu) => menu.role === 'help');
      const items = Array.isArray(help?.submenu) ? help.submenu : [];
      const item = items.find((candidate) => candidate.label === label);
      expect(item, language).toBeDefined();
      item?.click?.(undefined as never, undefined, undefined as never);
    }
    expect(opened).toEqual(['en', 'cs']);
  });
});
