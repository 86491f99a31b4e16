import { describe, expect, it } from 'vitest';
import type { Decision } from './lkjip.policy.ts';
import {
  mayAddNote,
  mayConclude,
  mayEditNote,
  mayReadReview,
  mayReopenNote,
  mayResolve,
  mayRespond,
  mayStartReview,
  type ReviewActor,
  reopenedStatus,
} from './review.policy.ts';

const evaluator: ReviewActor = { assesses: true, prepares: false, readsPlans: true };
const preparer: ReviewActor = { assesses: false, prepares: true, readsPlans: true };
const reader: ReviewActor = { assesses: false, prepares: false, readsPlans: true };
const nobody: ReviewActor = { assesses: false, prepares: false, readsPlans: false };
const ok: Decision = { allowed: true };
const forbidden = (reason: string): Decision => ({ allowed: false, kind: 'forbidden', reason });
const conflict = (reason: string): Decision => ({ allowed: false, kind: 'conflict', reason });

describe('mayStartReview', () => {
  it.each([
    ['an evaluator, no review yet', evaluator, false, ok],
    ['an evaluator, a review exists', evaluator, true, conflict('lkjip.review.exists')],
    ['a preparer of the report', preparer, false, forbidden('lkjip.review.notEvaluator')],
    ['a reader', reader, false, forbidden('lkjip.review.notEvaluator')],
  ])('%s', (_name, actor, exists, expected) => {
    expect(mayStartReview(actor, exists)).toEqual(expected);
  });
});

describe('mayReadReview', () => {
  it.each([
    ['evaluator, in review, draft', evaluator, 'in_review', 'draft', ok],
    ['preparer, revisions requested, draft', preparer, 'revisions_requested', 'draft', ok],
    ['reader, in review, draft', reader, 'in_review', 'draft', forbidden('lkjip.review.notVisible')],
    ['reader, revisions requested, draft', reader, 'revisions_requested', 'draft', forbidden('lkjip.review.notVisible')],
    ['reader, accepted, draft', reader, 'accepted', 'draft', ok],
    ['reader, in review, final report', reader, 'in_review', 'final', ok],
    ['no read permission, accepted', nobody, 'accepted', 'final', forbidden('lkjip.review.notVisible')],
  ] as const)('%s', (_name, actor, review, report, expected) => {
    expect(mayReadReview(actor, review, report)).toEqual(expected);
  });
});

describe('note writing by the evaluator', () => {
  it.each([
    ['add, in review', mayAddNote(evaluator, 'in_review'), ok],
    ['add, revisions requested', mayAddNote(evaluator, 'revisions_requested'), ok],
    ['add, accepted', mayAddNote(evaluator, 'accepted'), conflict('lkjip.review.concluded')],
    ['add, by a preparer', mayAddNote(preparer, 'in_review'), forbidden('lkjip.review.notEvaluator')],
    ['edit an answered note', mayEditNote(evaluator, 'in_review', 'answered'), ok],
    ['edit a resolved note', mayEditNote(evaluator, 'in_review', 'resolved'), conflict('lkjip.review.noteResolved')],
    ['edit, accepted review', mayEditNote(evaluator, 'accepted', 'open'), conflict('lkjip.review.concluded')],
    ['edit, by a reader', mayEditNote(reader, 'in_review', 'open'), forbidden('lkjip.review.notEvaluator')],
    ['resolve an open note', mayResolve(evaluator, 'in_review', 'open'), ok],
    ['resolve an answered note', mayResolve(evaluator, 'revisions_requested', 'answered'), ok],
    ['resolve a resolved note', mayResolve(evaluator, 'in_review', 'resolved'), conflict('lkjip.review.noteResolved')],
    ['resolve, by a preparer', mayResolve(preparer, 'in_review', 'answered'), forbidden('lkjip.review.notEvaluator')],
    ['reopen a resolved note', mayReopenNote(evaluator, 'in_review', 'resolved'), ok],
    ['reopen an open note', mayReopenNote(evaluator, 'in_review', 'open'), conflict('lkjip.review.noteNotResolved')],
    ['reopen, accepted review', mayReopenNote(evaluator, 'accepted', 'resolved'), conflict('lkjip.review.concluded')],
  ])('%s', (_name, decision, expected) => {
    expect(decision).toEqual(expected);
  });
});

describe('mayRespond', () => {
  it.each([
    ['preparer, open note', preparer, 'in_review', 'open', ok],
    ['preparer, answered note (answers again)', preparer, 'revisions_requested', 'answered', ok],
    ['preparer, resolved note', preparer, 'in_review', 'resolved', conflict('lkjip.review.noteResolved')],
    ['preparer, accepted review', preparer, 'accepted', 'open', conflict('lkjip.review.concluded')],
    ['evaluator', evaluator, 'in_review', 'open', forbidden('lkjip.review.notPreparer')],
    ['reader', reader, 'in_review', 'open', forbidden('lkjip.review.notPreparer')],
  ] as const)('%s', (_name, actor, review, note, expected) => {
    expect(mayRespond(actor, review, note)).toEqual(expected);
  });
});

describe('mayConclude', () => {
  it.each([
    ['accepted, all resolved', evaluator, 'in_review', 'accepted', 0, ok],
    ['accepted, after revisions', evaluator, 'revisions_requested', 'accepted', 0, ok],
    ['accepted, two unresolved', evaluator, 'revisions_requested', 'accepted', 2, conflict('lkjip.review.notesUnresolved')],
    ['revisions, one unresolved', evaluator, 'in_review', 'revisions_requested', 1, ok],
    ['revisions, nothing unresolved', evaluator, 'in_review', 'revisions_requested', 0, conflict('lkjip.review.nothingToRevise')],
    ['already accepted', evaluator, 'accepted', 'accepted', 0, conflict('lkjip.review.concluded')],
    ['a preparer', preparer, 'in_review', 'accepted', 0, forbidden('lkjip.review.notEvaluator')],
  ] as const)('%s', (_name, actor, review, outcome, unresolved, expected) => {
    expect(mayConclude(actor, review, outcome, unresolved)).toEqual(expected);
  });
});

describe('reopenedStatus', () => {
  it.each([
    [true, 'answered'],
    [false, 'open'],
  ] as const)('with a response: %s → %s', (hasResponse, expected) => {
    expect(reopenedStatus(hasResponse)).toBe(expected);
  });
});
