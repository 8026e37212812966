import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';

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
  // The built files, as a CDN would serve them: the embed builder previews its frames from /dist/embed/.
  staticDirs: [{ from: '../dist', to: '/dist' }],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true, enableCrashReports: false },
  docs: { defaultName: 'Documentation' },
  viteFinal: (vite) => ({ ...vite, build: { ...vite.build, chunkSizeWarningLimit: 2000 } }),
};
export default config;
