import type { ProjectView } from '../../api/grants';

type Authority = ProjectView['lead'];

/** One located authority of the funded projects, with the projects it leads or joins as a partner. */
export interface ProjectPlace {
  authority: Authority & { lat: number; lon: number };
  projects: { project: ProjectView; role: 'lead' | 'partner' }[];
}

/**
 * Group the funded projects by authority, leads and confirmed partners alike, so a town with two
 * projects is one dot listing both. Authorities without coordinates are left off the map (and counted
 * by the caller). Ordered Turkish first, then by country and code, so the table reads like the map.
 */
export function projectPlaces(projects: ProjectView[]): { places: ProjectPlace[]; unlocated: number } {
  const byCode = new Map<string, ProjectPlace>();
  const unlocated = new Set<string>();
  const add = (a: Authority, project: ProjectView, role: 'lead' | 'partner') => {
    if (a.lat == null || a.lon == null) {
      unlocated.add(a.code);
      return;
    }
    const place = byCode.get(a.code) ?? { authority: { ...a, lat: a.lat, lon: a.lon }, projects: [] };
    if (!place.projects.some((x) => x.project.id === project.id)) place.projects.push({ project, role });
    byCode.set(a.code, place);
  };
  for (const p of projects) {
    add(p.lead, p, 'lead');
    for (const partner of p.partners) add(partner, p, 'partner');
  }
  const places = [...byCode.values()].sort(
    (x, y) =>
      Number(y.authority.country === 'TR') - Number(x.authority.country === 'TR') ||
      x.authority.country.localeCompare(y.authority.country) ||
      x.authority.code.localeCompare(y.authority.code),
  );
  return { places, unlocated: unlocated.size };
}
