import { lazy, Suspense } from 'react';
import type { AuthorityProfile } from '../../../../shared/authorities';
import { AppModal } from '../../components/AppModal';
import { Loading } from '../../components/Loading';

const ProfileEditForm = lazy(() => import('./ProfileEditForm').then((m) => ({ default: m.ProfileEditForm })));

interface Props {
  profile: AuthorityProfile;
  title: string;
  opened: boolean;
  onClose: () => void;
  onSaved: (saved: AuthorityProfile) => void;
}

/** The profile's edit dialog (the modal, the form and its schema load when an officer first opens it). */
export default function ProfileEditModal({ profile, title, opened, onClose, onSaved }: Props) {
  return (
    <AppModal opened={opened} onClose={onClose} title={title}>
      <Suspense fallback={<Loading />}>
        <ProfileEditForm profile={profile} onCancel={onClose} onSaved={onSaved} />
      </Suspense>
    </AppModal>
  );
}
