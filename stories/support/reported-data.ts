import { bundledDataset } from '../../dist/lib/data/bundled.js';
import type { Dataset } from '../../dist/lib/index.js';

/**
 * The bundled data as a region would keep it once a source reports the agreement's plans carried
 * out: its signing, entry into force, reporting and end of term no longer planned. It shows the
 * statuses computed from dates alone (in force, first term ended, ended); in the bundled data
 * itself they are planned, as the sources give them. The stories and the tests use it.
 */
export function reportedDataset(): Dataset {
  const data = structuredClone(bundledDataset);
  const p = data.partnerships.find((x) => x.id === 'stockholm-ile-de-france')!;
  delete p.dates!.planned;
  for (const e of p.timeline!) delete e.planned;
  return data;
}
