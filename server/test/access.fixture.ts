import { randomUUID } from 'node:crypto';
import { call2018Rules } from '../../shared/grants.fixtures';
import { signedIn, signedUp } from '../domains/accounts/accounts.testkit';
import { consultationTarget, posted, twinningTarget } from '../domains/comments/comments.testkit';
import { published as publishedEvent } from '../domains/events/events.testkit';
import { applicationInEvaluation, assignDirectly, userIdOf } from '../domains/grants/grants.testkit';
import {
  call,
  officerOf,
  openRules,
  programme,
} from '../domains/grants/applications/grants.applications.testkit';
import { proposed } from '../domains/knowledge/knowledge.testkit';
import { written } from '../domains/news/news.testkit';
import type { Agent } from './harness';
import type { PeopleWorld } from './people.testkit';

// The data the access matrix asks about: authority A (İstanbul) with a partner request, an
// expression of interest from B (Köln) and its conversation, a twinning A–B with a private file, a
// draft application of A with B as partner, an application of A in evaluation with the assessor
// assigned (and another application with the other assessor), and public things to read: a
// consultation, a comment, news, a library proposal, an event. Officer C acts for an unrelated
// authority (Ankara).

export const A = 'TR-BSB-34';
export const B = 'DE_05315000';
export const C = 'TR-BSB-06';
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n').toString('base64');

/** The eight actors of the matrix, in its column order. */
export const ACTORS = [
  'anonymous',
  'public',
  'officerA',
  'officerC',
  'assessor',
  'assessorOther',
  'manager',
  'admin',
] as const;
export type Actor = (typeof ACTORS)[number];

export interface AccessWorld {
  agents: Record<Actor, Agent>;
  /** Ids of A's things (and a few others) that requests fill into their paths. */
  ids: Record<string, string>;
}

async function ok<T>(
  what: string,
  res: { statusCode: number; body: string; json(): T },
  expected = [200, 201],
): Promise<T> {
  if (!expected.includes(res.statusCode)) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** Build the matrix's world on a PeopleWorld (demo people signed in). */
export async function accessWorld(w: PeopleWorld): Promise<AccessWorld> {
  const { t, p } = w;
  const officerC = await officerOf(t, p.admin, 'officer.c@example.org', C);
  const assessorOther = await signedIn(t.app, 'assessor2@twinbridge.demo');
  const ids: Record<string, string> = { missing: randomUUID() };

  ids.partnerRequest = (
    await ok<{ id: string }>(
      'request',
      await p.istanbul.request('POST', '/api/partner-requests', {
        title: 'İstanbul looks for a partner',
        themes: ['recycling'],
        targetCountries: ['DE'],
        descriptionEn: 'A German town with a strong recycling record.',
      }),
    )
  ).id;
  // B's interest in A's request, accepted: the conversation A–B, with an attachment from B.
  const accepted = await ok<{ id: string }>(
    'interest',
    await p.koln.request('POST', '/api/expressions-of-interest', {
      toCode: A,
      requestId: ids.partnerRequest,
      message: 'We would like to explore a partnership.',
    }),
  );
  ids.conversation = (
    await ok<{ conversationId: string }>(
      'accept',
      await p.istanbul.request('POST', `/api/expressions-of-interest/${accepted.id}/decision`, {
        decision: 'accepted',
      }),
    )
  ).conversationId;
  await ok(
    'message',
    await p.koln.request('POST', `/api/conversations/${ids.conversation}/messages`, {
      body: 'Our proposal.',
      attachments: [{ filename: 'proposal.pdf', contentType: 'application/pdf', dataBase64: PDF }],
    }),
  );
  const view = await ok<{ messages: { attachments: { id: string }[] }[] }>(
    'conversation',
    await p.istanbul.request('GET', `/api/conversations/${ids.conversation}`),
  );
  ids.attachment = view.messages.flatMap((m) => m.attachments)[0]!.id;
  // A pending interest of A in a third authority (D), for deciding and withdrawing.
  ids.interest = (
    await ok<{ id: string }>(
      'pending interest',
      await p.istanbul.request('POST', '/api/expressions-of-interest', {
        toCode: 'DE_09162000',
        message: 'May we talk about a partnership?',
      }),
    )
  ).id;
  // İstanbul and Köln are twinned in the registry already: A proposes to a German town that is not.
  ids.twinning = (await twinningTarget(p.istanbul, 'DE_12053000')).slice('twinning:'.length);
  ids.twinningFile = (
    await ok<{ id: string }>(
      'file',
      await p.istanbul.request('POST', `/api/twinnings/${ids.twinning}/files`, {
        kind: 'letter_of_intent',
        filename: 'draft.pdf',
        contentType: 'application/pdf',
        dataBase64: PDF,
        visibility: 'private',
      }),
    )
  ).id;

  ids.twinningFile2 = (
    await ok<{ id: string }>(
      'file',
      await p.istanbul.request('POST', `/api/twinnings/${ids.twinning}/files`, {
        kind: 'other',
        filename: 'notes.pdf',
        contentType: 'application/pdf',
        dataBase64: PDF,
        visibility: 'private',
      }),
    )
  ).id;

  ids.programme = await programme(p.manager, 'ACM');
  ids.call = await call(p.manager, ids.programme, 'ACM/01', openRules());
  const draft = await ok<{ id: string }>(
    'application',
    await p.istanbul.request('POST', `/api/calls/${ids.call}/applications`),
  );
  ids.application = draft.id;
  await ok(
    'partners',
    await p.istanbul.request('PUT', `/api/applications/${ids.application}/partners`, { codes: [B] }),
  );
  ids.applicationFile = (
    await ok<{ id: string }>(
      'application file',
      await p.istanbul.request('POST', `/api/applications/${ids.application}/files`, {
        kind: 'other',
        filename: 'budget.pdf',
        contentType: 'application/pdf',
        dataBase64: PDF,
      }),
    )
  ).id;

  ids.evalCall = await call(p.manager, ids.programme, 'ACM/02', { ...call2018Rules(), ...openRules() });
  ids.evalApplication = await applicationInEvaluation(t, ids.evalCall, {
    reference: 'ACM/02-A',
    lead: A,
    theme: 'energy',
    grantCents: 90_000_00,
    partner: B,
  });
  ids.otherApplication = await applicationInEvaluation(t, ids.evalCall, {
    reference: 'ACM/02-X',
    lead: 'TR-BSB-07',
    theme: 'culture',
    grantCents: 80_000_00,
  });
  ids.assignment = await assignDirectly(t, ids.evalApplication, await userIdOf(p.assessor));
  ids.otherAssignment = await assignDirectly(t, ids.otherApplication, await userIdOf(assessorOther));

  const consultation = await consultationTarget(p.manager);
  ids.consultation = consultation.slice('consultation:'.length);
  ids.comment = (await posted(p.citizen, consultation)).id;
  ids.news = (await written(p.manager)).id;
  ids.library = (await proposed(p.istanbul)).id;
  ids.event = (await publishedEvent(p.manager)).id;

  // Throw-away people for the admin's account changes, so no actor of the matrix loses its role.
  const spare = await signedUp(t.app, 'spare@example.org', 'Spare User');
  ids.spareUser = await userIdOf(spare);
  ids.otherComment = (await posted(spare, consultation, 'Another view on the river.')).id;
  ids.citizenUser = await userIdOf(p.citizen);
  return {
    ids,
    agents: {
      anonymous: w.anonymous,
      public: p.citizen,
      officerA: p.istanbul,
      officerC,
      assessor: p.assessor,
      assessorOther,
      manager: p.manager,
      admin: p.admin,
    },
  };
}
