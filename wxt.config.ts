import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifest: {
    name: 'Market Report Lens',
    description: 'Checks the market-size figures and CAGR arithmetic of market-research report pages.',
    permissions: ['storage'],
    action: {},
  },
});
