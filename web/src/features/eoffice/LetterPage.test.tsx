import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { RequireAuth } from '../../app/RequireAuth.tsx';
import { mountPoint, settleUntil } from '../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../test-support/fetch-stub.ts';
import { renderWithProviders } from '../../test-support/providers.tsx';
import { LetterPage } from './LetterPage.tsx';
import { QueueChips } from './QueueChips.tsx';

const mount = mountPoint();
const LETTER_ID = '0190f000-0000-7000-8000-00000000c001';
const session = { csrfToken: 't', user: { id: 'u1', permissions: ['correspondence.letter.read'] } };
const letter = {
  id: LETTER_ID,
  agendaNumber: '0007/AGD/2026',
  sender: null,
  theirNumber: null,
  theirDate: null,
  receivedOn: '2026-11-27',
  hal: 'Undangan Rapat Koordinasi',
  summary: null,
  security: 'biasa',
  urgency: 'biasa',
  kka: '000.1.5',
  attachmentsNote: null,
  unit: { id: 'u1', name: 'Diskominfo' },
  status: 'dibaca',
  hasScan: false,
  recipients: [],
  mayDispose: false,
  createdAt: '2026-11-27T01:00:00Z',
};
const zero = { toSign: 0, toSignLetters: 0, toSignDocuments: 0, toVerify: 0, dispositionsToAct: 0, overdue: 0 };

describe('LetterPage', () => {
  it('asks for the work-queue counters again once the letter is read, so the unread chip drops at once', async () => {
    // The server records the read receipt when it answers the letter, which the test releases once the chip shows 1.
    let read = false;
    let releaseLetter = () => {};
    const letterAnswered = new Promise<void>((resolve) => {
      releaseLetter = resolve;
    });
    const routes = routeFetch([
      { match: '/api/auth/session', answer: () => json(200, session) },
      { match: '/api/work-queues', answer: () => json(200, { ...zero, incomingUnread: read ? 0 : 1, tembusanUnread: 0 }) },
      {
        match: `/api/letters/${LETTER_ID}/tracking`,
        answer: () =>
          json(200, { letter: { id: LETTER_ID, agendaNumber: null, hal: letter.hal, status: 'dibaca' }, dispositions: [] }),
      },
      {
        match: `/api/letters/${LETTER_ID}`,
        answer: () => {
          read = true;
          return json(200, letter);
        },
      },
    ]);
    stubFetch(async (input, init) => {
      if (String(input) === `/api/letters/${LETTER_ID}`) await letterAnswered;
      return routes(input, init);
    });
    const chip = () => mount.container.querySelector('a[aria-label^="Surat belum dibaca"]')?.getAttribute('aria-label');
    await renderWithProviders(
      mount,
      <>
        <QueueChips />
        <Routes>
          <Route
            path="/e-office/surat/:letterId"
            element={
              <RequireAuth>
                <LetterPage />
              </RequireAuth>
            }
          />
        </Routes>
      </>,
      { route: `/e-office/surat/${LETTER_ID}`, session: true },
    );
    await settleUntil(() => chip() === 'Surat belum dibaca: 1');
    expect(chip()).toBe('Surat belum dibaca: 1');
    releaseLetter();
    const shown = () => mount.container.textContent?.includes('Undangan Rapat Koordinasi') === true;
    await settleUntil(() => shown() && chip() === 'Surat belum dibaca: 0');
    expect(shown()).toBe(true);
    expect(chip()).toBe('Surat belum dibaca: 0');
  });
});
