// Issue 30's scale: a dataset of 10,000 regions and 2,000 partnerships, made up for the benchmark
// (not facts), the same every time. It is the bundled data (its sources, regions and partnerships
// as they are) with made-up ones added, shaped like them: every region has a name in three
// languages, a country and its sources, every tenth a population and a leader too; every
// partnership a kind, a title in three languages, its regions with their roles, dates and sources,
// every fifth a summary. Region Stockholm takes part in every partnership, so its cooperation list
// and its fact box are the longest the data can give. It is written compactly (no indentation),
// as a site would serve it: just under the 2 MB (MAX_BYTES, src/data/limits.ts) a widget reads
// from `src`.
import { bundledDataset } from '../dist/lib/data/bundled.js';
import { PARTNERSHIP_KINDS } from '../dist/lib/data/kinds.js';

export const SCALE = { regions: 10_000, partnerships: 2_000 };
/** The region whose list spans every partnership. */
export const SCALE_REGION = 'stockholm';

const COUNTRIES = ['SE', 'FR', 'FI', 'EE', 'LV', 'LT', 'DK', 'DE', 'PL', 'NO', 'ES', 'IT'];
const ROLES = ['member', 'party', 'main-owner', 'contact-point-host', 'secretariat-host'];
const NAMES = ['Norra', 'Södra', 'Östra', 'Västra', 'Övre', 'Nedre', 'Stora', 'Lilla'];

/** `n` as a fixed-width number, so that ids and names sort and measure alike. */
const pad = (n, width = 5) => String(n).padStart(width, '0');

export function scaleDataset({ regions = SCALE.regions, partnerships = SCALE.partnerships } = {}) {
  const data = structuredClone(bundledDataset);
  const sourceCount = Math.ceil(partnerships / 20);
  for (let i = 0; i < sourceCount; i++) {
    data.sources.push({
      id: `bench-source-${pad(i, 3)}`,
      title: { sv: `Årsrapport om samarbetet ${2000 + (i % 25)}, del ${i + 1}` },
      publisher: { sv: `Region ${NAMES[i % NAMES.length]} län` },
      date: `${2000 + (i % 25)}-${pad((i % 12) + 1, 2)}`,
      url: `https://example.org/bench/sources/${i}`,
      language: 'sv',
    });
  }
  const sourceOf = (i) => `bench-source-${pad(i % sourceCount, 3)}`;
  for (let i = data.regions.length; i < regions; i++) {
    const name = `${NAMES[i % NAMES.length]} region ${pad(i)}`;
    const region = {
      id: `region-${pad(i)}`,
      name: { sv: name, fr: `Région ${pad(i)}`, en: `Region ${pad(i)}` },
      country: COUNTRIES[i % COUNTRIES.length],
      sources: [sourceOf(i)],
    };
    if (i % 10 === 0) {
      region.population = { value: 50_000 + ((i * 7919) % 2_000_000), qualifier: 'about', year: 2020, sources: [sourceOf(i)] };
      region.leader = { name: `Person ${pad(i)}`, role: { sv: 'regionråd', fr: 'conseiller régional', en: 'regional councillor' }, year: 2022, sources: [sourceOf(i)] };
    }
    data.regions.push(region);
  }
  const made = regions - bundledDataset.regions.length;
  for (let i = data.partnerships.length; i < partnerships; i++) {
    const kind = PARTNERSHIP_KINDS[i % PARTNERSHIP_KINDS.length];
    // Region Stockholm, and two to five made-up regions, spread over all of them.
    const others = Array.from({ length: 2 + (i % 4) }, (_, k) => `region-${pad(bundledDataset.regions.length + ((i * 5 + k * 1999) % made))}`);
    const year = 2000 + (i % 26);
    const p = {
      id: `bench-partnership-${pad(i, 4)}`,
      kind,
      title: { sv: `Samarbete ${pad(i, 4)} om hållbar utveckling`, fr: `Coopération ${pad(i, 4)} pour le développement durable`, en: `Cooperation ${pad(i, 4)} on sustainable development` },
      regions: [{ id: SCALE_REGION, role: ROLES[i % ROLES.length] }, ...others.map((id) => ({ id, role: ROLES[i % ROLES.length] }))],
      dates: { signed: `${year}-${pad((i % 12) + 1, 2)}`, inForce: `${year}-${pad((i % 12) + 1, 2)}`, termYears: 3 + (i % 5) },
      sources: [sourceOf(i)],
    };
    if (i % 5 === 0) {
      p.summary = {
        sv: 'Regionerna delar erfarenheter och driver gemensamma projekt.',
        fr: 'Les régions partagent leurs expériences et mènent des projets communs.',
        en: 'The regions share experience and run joint projects.',
      };
    }
    data.partnerships.push(p);
  }
  return data;
}

/**
 * The same dataset with as many regions as fit under `maxBytes` of JSON (its 2,000 partnerships all
 * there): the largest file a widget reads from `src`, for the pages that fetch it.
 */
export function scaleDatasetUnder(maxBytes) {
  let [low, high] = [bundledDataset.regions.length + 10, SCALE.regions];
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (Buffer.byteLength(JSON.stringify(scaleDataset({ regions: mid }))) <= maxBytes) low = mid;
    else high = mid - 1;
  }
  return scaleDataset({ regions: low });
}
