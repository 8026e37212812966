import type { StorybookConfig } from '@storybook/web-components-vite';

// The stories use the compiled library (dist/lib, from `npm run build:lib`), so
// Storybook shows exactly what npm users get, decorators compiled by tsc with
// experimentalDecorators and useDefineForClassFields: false.
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // The built files, as a CDN would serve them: the embed builder previews its frames from /dist/embed/.
  staticDirs: [{ from: '../dist', to: '/dist' }],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true, enableCrashReports: false },
  docs: { defaultName: 'Documentation' },
  viteFinal: (vite) => ({ ...vite, build: { ...vite.build, chunkSizeWarningLimit: 2000 } }),
};
export default config;
