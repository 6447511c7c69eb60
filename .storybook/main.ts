import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // The MSW worker (public/mockServiceWorker.js) must be served for the mock API to run.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
};

export default config;
