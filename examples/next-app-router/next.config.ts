import type { NextConfig } from 'next';

const config: NextConfig = {
  poweredByHeader: false,
  // msw (mock API only) is Node code with optional GraphQL parts: load it from node_modules, not the bundle.
  serverExternalPackages: ['msw'],
};

export default config;
