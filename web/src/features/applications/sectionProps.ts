import type { ApplicationContent } from '../../../../shared/grants';
import type { ApplicationView } from '../../api/applications';
import type { CallView } from '../../api/grants';

/** What every section of the draft editor gets. */
export interface SectionProps {
  content: ApplicationContent;
  change: <F extends keyof ApplicationContent>(field: F, value: ApplicationContent[F]) => void;
  /** Messages by element id (see fieldAnchors.ts), from the live problems. */
  errors: Record<string, string>;
  /** Fields autosave holds back, with the key of the message (see draft.ts). */
  held: Partial<Record<keyof ApplicationContent, string>>;
  view: ApplicationView;
  /** The call's rules (themes, limits); null until loaded or when it cannot be read. */
  call: CallView | null;
}
