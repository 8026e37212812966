import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';
import { readFileSync } from 'node:fs';
import { loadCsf } from 'storybook/internal/csf-tools';

/** The version's built files are served at /<version>/, as on the hosted site. */
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/** The story files that take the shared story set, and that set's file. */
const SHARED_EXPORT = "export * from './support/shared-stories.js';";
const SHARED_FILE = new URL('../stories/support/shared-stories.ts', import.meta.url);

// The stories use the compiled library (dist/lib, from `npm run build:lib`), so
// Storybook shows exactly what npm users get, decorators compiled by tsc with
// experimentalDecorators and useDefineForClassFields: false.
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  // remark-gfm: the docs pages' tables (MDX has no GitHub-flavoured Markdown of its own).
  addons: [
    '@storybook/addon-a11y',
    { name: '@storybook/addon-docs', options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } },
  ],
  // The built files as a site serves them, at /<version>/: the embed builder previews its frames from
  // there and writes snippets that point there. Not at /dist/: that is where Vite serves the modules of
  // dist/lib/ that the stories import, transformed; a static mount there answers first, untransformed,
  // and the browser cannot resolve their bare imports.
  staticDirs: [{ from: '../dist', to: `/${version}` }],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Storybook opens on the product: no onboarding checklist in the sidebar or the menu.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true, enableCrashReports: false },
  docs: { defaultName: 'Documentation' },
  // Storybook's CSF indexer reads the stories a file declares itself; a widget's
  // `export * from './support/shared-stories.js'` adds the shared set at run time,
  // and this adds it to the index, under the widget's title, after its own stories.
  experimental_indexers: (indexers = []) =>
    indexers.map((indexer) => ({
      ...indexer,
      createIndex: async (fileName, options) => {
        const entries = await indexer.createIndex(fileName, options);
        if (!fileName.endsWith('.stories.ts') || !readFileSync(fileName, 'utf8').includes(SHARED_EXPORT)) return entries;
        // The widget's file and title; the ids come from the title and each export's name.
        const { importPath, title, tags, type } = entries[0];
        const shared = loadCsf(readFileSync(SHARED_FILE, 'utf8'), { fileName: SHARED_FILE.pathname, makeTitle: (t) => t }).parse();
        const inputs = shared.indexInputs.map(({ exportName, name }) => ({ importPath, title, tags, type, exportName, name }));
        return [...entries, ...inputs];
      },
    })),
  viteFinal: (vite) => ({
    ...vite,
    build: { ...vite.build, chunkSizeWarningLimit: 2000 },
    // Vite finds a docs page's dependencies only when the page is first opened, and then reloads every
    // open page once it has bundled them (seen with mermaid, the architecture page's diagrams): bundle
    // it at start instead.
    optimizeDeps: { ...vite.optimizeDeps, include: [...(vite.optimizeDeps?.include ?? []), 'mermaid'] },
  }),
};
export default config;
