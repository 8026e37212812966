// Writes the JSON Schema of the data format (from the same valibot schema the
// runtime validator uses) and/or the bundled dataset as a JSON file.
// Usage: node scripts/write-schema.mjs [--schema DIR] [--data FILE]   (after `tsc -p tsconfig.build.json`)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { toJsonSchema } from '@valibot/to-json-schema';
import { DatasetSchema } from '../dist/lib/data/schema.js';
import { bundledDataset } from '../dist/lib/data/bundled.js';

export function datasetJsonSchema() {
  return {
    ...toJsonSchema(DatasetSchema),
    $id: 'https://unpkg.com/cooperation-widgets/schema/cooperation-widgets.schema.json',
    title: 'cooperation-widgets dataset, version 1',
    description:
      'Partnerships, regions and their sources. Also checked at run time, beyond this schema: ids are unique, every source id and region id refers to an entry that exists, every date names a day that exists, and no event is both planned and possible.',
  };
}

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const schemaDir = arg('--schema');
const dataFile = arg('--data');
if (!schemaDir && !dataFile) {
  console.error('usage: node scripts/write-schema.mjs [--schema DIR] [--data FILE]');
  process.exit(2);
}
if (schemaDir) {
  mkdirSync(schemaDir, { recursive: true });
  const file = join(schemaDir, 'cooperation-widgets.schema.json');
  writeFileSync(file, JSON.stringify(datasetJsonSchema(), null, 2) + '\n');
  console.log(`wrote ${file}`);
}
if (dataFile) {
  mkdirSync(dirname(dataFile), { recursive: true });
  writeFileSync(dataFile, JSON.stringify(bundledDataset, null, 2) + '\n');
  console.log(`wrote ${dataFile}`);
}
