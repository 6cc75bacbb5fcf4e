import { Alert, Anchor, Button, Group, MultiSelect, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvaluationGrid } from '../../../../shared/grants';
import { approveReport, getCommittee, getCommitteeCandidates, reportUrl, setCommittee, signDeclaration, type CommitteeView } from '../../api/evaluation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { notify } from '../../components/notify';
import { formatIstanbul } from '../../../../shared/istanbul';
import { titleOf } from '../grants/labels';
import { useLoad } from '../partners/useLoad';
import { errorText } from './committeeErrors';
import { useAction } from './useAction';

/** Appoint the committee: a chair and a secretary (programme staff) and an odd number of voting members. */
function AppointForm({ callId, view, onSaved }: { callId: string; view: CommitteeView; onSaved: (v: CommitteeView) => void }) {
  const { t } = useTranslation();
  const people = useLoad((s) => getCommitteeCandidates(callId, s), callId);
  const seat = (role: string) => view.members.filter((m) => m.role === role).map((m) => m.userId);
  const [chair, setChair] = useState<string | null>(seat('chair')[0] ?? null);
  const [secretary, setSecretary] = useState<string | null>(seat('secretary')[0] ?? null);
  const [voting, setVoting] = useState<string[]>(seat('voting'));
  const act = useAction();
  if (people.error) return <ErrorAlert error={people.error} />;
  if (!people.data) return <Loading />;
  const options = (roles: string[]) => people.data!.items.filter((p) => roles.includes(p.role)).map((p) => ({ value: p.id, label: `${p.name} (${t(`evaluation.board.roleOf.${p.role}`, { defaultValue: p.role })})` }));
  const staff = options(['programme_manager', 'admin']);
  const err = (path: string) => errorText(t, act.fields.filter((f) => f.path === path || f.path.startsWith(`${path}.`)));
  const save = () => void act.run('save', () => setCommittee(callId, { chairId: chair ?? '', secretaryId: secretary ?? '', votingIds: voting }), (v) => { notify('teal', t('evaluation.board.saved')); onSaved(v); });
  return (
    <Stack gap="sm" maw={640}>
      <Select label={t('evaluation.board.chair')} data={staff} value={chair} onChange={setChair} searchable error={err('chairId')} />
      <Select label={t('evaluation.board.secretary')} data={staff} value={secretary} onChange={setSecretary} searchable error={err('secretaryId')} />
      <MultiSelect label={t('evaluation.board.voting')} description={t('evaluation.board.votingRule')} data={options(['programme_manager', 'admin', 'assessor'])} value={voting} onChange={setVoting} searchable error={err('votingIds')} />
      {act.error !== null && act.fields.length === 0 && <ErrorAlert error={act.error} />}
      <Group><Button onClick={save} loading={act.busy === 'save'}>{t('evaluation.board.appoint')}</Button></Group>
    </Stack>
  );
}

/** The call's evaluation committee: members and declarations, averages and justified changes, the report and its approval. */
export function CommitteeSection({ callId, grid, version, manages, awarded = false, onChanged }: { callId: string; grid: EvaluationGrid; version: number; manages: boolean; awarded?: boolean; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const c = useLoad((s) => getCommittee(callId, s), `${callId}|${version}`);
  const act = useAction();
  const [editing, setEditing] = useState(false);
  if (c.error) return <ErrorAlert error={c.error} />;
  if (!c.data) return <Loading />;
  const v = c.data;
  const lang = i18n.language.startsWith('tr') ? 'tr' : 'en';
  const when = (iso: string) => formatIstanbul(iso, lang === 'tr' ? 'tr-TR' : 'en-GB');
  const done = (x: CommitteeView, note: string) => { c.setData(x); notify('teal', t(note)); onChanged(); };
  const sectionName = (key: string) => titleOf(i18n.language, grid.sections.find((s) => s.key === key) ?? { titleEn: key, titleTr: key });
  const approved = v.reportApprovedAt !== null;
  // The chair, or a programme manager who is not the secretary (the server decides; this only hides a button that would be refused).
  const mayApprove = !approved && !awarded && v.members.length > 0 && (v.mine?.role === 'chair' || (manages && v.mine?.role !== 'secretary'));
  return (
    <Stack gap="md">
      {v.members.length === 0 ? <Text c="dimmed">{t('evaluation.board.none')}</Text> : (
        <Table withTableBorder captionSide="top">
          <Table.Caption>{t('evaluation.board.membersCaption')}</Table.Caption>
          <Table.Thead><Table.Tr><Table.Th scope="col">{t('evaluation.board.member')}</Table.Th><Table.Th scope="col">{t('evaluation.board.seat')}</Table.Th><Table.Th scope="col">{t('evaluation.board.declaration')}</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {v.members.map((m) => (
              <Table.Tr key={m.userId}>
                <Table.Td>{m.name}</Table.Td>
                <Table.Td>{t(`evaluation.board.seats.${m.role}`)}</Table.Td>
                <Table.Td>{m.declaredAt ? t('evaluation.board.signedAt', { at: when(m.declaredAt) }) : t('evaluation.board.notSigned')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {act.error !== null && <ErrorAlert error={act.error} />}
      {v.mine && !v.mine.declaredAt && (
        <Alert color="yellow" title={t('evaluation.board.declareTitle')}>
          <Text size="sm" mb="sm">{t('evaluation.board.declareText')}</Text>
          <Button onClick={() => void act.run('declare', () => signDeclaration(callId), (x) => done(x, 'evaluation.board.declared'))} loading={act.busy === 'declare'}>{t('evaluation.board.declare')}</Button>
        </Alert>
      )}
      {manages && !approved && !awarded && (editing || v.members.length === 0
        ? <AppointForm callId={callId} view={v} onSaved={(x) => { setEditing(false); c.setData(x); onChanged(); }} />
        : <Group><Button variant="default" onClick={() => setEditing(true)}>{t('evaluation.board.change')}</Button></Group>)}
      {v.scores.length > 0 && (
        <Table withTableBorder captionSide="top">
          <Table.Caption>{t('evaluation.board.scoresCaption')}</Table.Caption>
          <Table.Thead><Table.Tr><Table.Th scope="col">{t('evaluation.mine.reference')}</Table.Th><Table.Th scope="col" ta="right">{t('evaluation.board.average')}</Table.Th><Table.Th scope="col" ta="right">{t('evaluation.board.score')}</Table.Th><Table.Th scope="col">{t('evaluation.board.changes')}</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {v.scores.map((s) => (
              <Table.Tr key={s.applicationId}>
                <Table.Td>{s.reference}</Table.Td>
                <Table.Td ta="right">{s.average ?? '–'}</Table.Td>
                <Table.Td ta="right">{s.passed ? s.total : t('evaluation.board.failed', { total: s.total, section: s.eliminatedBy ? sectionName(s.eliminatedBy) : '–' })}</Table.Td>
                <Table.Td>{s.changes.length === 0 ? t('evaluation.board.noChange') : s.changes.map((ch) => t('evaluation.board.changeOf', { section: sectionName(ch.section), average: ch.average ?? '–', score: ch.score, why: ch.justification })).join(' · ')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group gap="md">
        <Text size="sm" fw={500}>{t('evaluation.board.report')}</Text>
        <Anchor href={reportUrl(callId, 'tr')} size="sm" download>{t('evaluation.board.reportTr')}</Anchor>
        <Anchor href={reportUrl(callId, 'en')} size="sm" download>{t('evaluation.board.reportEn')}</Anchor>
      </Group>
      {approved
        ? <Alert color="teal">{t('evaluation.board.approved', { at: when(v.reportApprovedAt!), by: v.reportApprovedBy ?? '—' })}</Alert>
        : mayApprove && <Group><Button onClick={() => void act.run('approve', () => approveReport(callId), (x) => done(x, 'evaluation.board.approvedNote'))} loading={act.busy === 'approve'}>{t('evaluation.board.approve')}</Button></Group>}
    </Stack>
  );
}
