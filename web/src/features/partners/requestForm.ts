import type { PartnerRequest, PartnerRequestBody } from '../../../../shared/matching';

/** The request form's values (numbers as typed: '' is "no limit"). */
export interface RequestValues {
  title: string;
  themes: string[];
  targetCountries: string[];
  authorityTypes: string[];
  minPopulation: number | string;
  maxPopulation: number | string;
  languages: string[];
  timeframe: string;
  descriptionEn: string;
  descriptionTr: string;
}

export const EMPTY_REQUEST: RequestValues = {
  title: '', themes: [], targetCountries: [], authorityTypes: [], minPopulation: '', maxPopulation: '',
  languages: [], timeframe: '', descriptionEn: '', descriptionTr: '',
};

/** A stored request as form values. */
export function toValues(r: PartnerRequest): RequestValues {
  return {
    title: r.title, themes: r.themes, targetCountries: r.targetCountries, authorityTypes: r.authorityTypes,
    minPopulation: r.minPopulation ?? '', maxPopulation: r.maxPopulation ?? '', languages: r.languages,
    timeframe: r.timeframe, descriptionEn: r.descriptionEn, descriptionTr: r.descriptionTr,
  };
}

const pop = (v: number | string): number | null => (v === '' || v === null ? null : Number(v));

/** Form values as the API body (the shared schema validates the enums). */
export function toBody(v: RequestValues): PartnerRequestBody {
  return {
    ...v,
    minPopulation: pop(v.minPopulation),
    maxPopulation: pop(v.maxPopulation),
  } as PartnerRequestBody;
}
