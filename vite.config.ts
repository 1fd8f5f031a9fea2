import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import pkg from './package.json' with { type: 'json' };

// Shown on the device screen and sent with every sync heartbeat; the build id tells two builds of
// the same version apart (and makes every build a new service-worker version).
const APP_VERSION = `${pkg.version}+${process.env.GHIDANH_BUILD_ID ?? new Date().toISOString().slice(0, 16).replace(/[-:]/g, '')}`;

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(APP_VERSION) },
  plugins: [
    react(),
    VitePWA({
      // Never take over a page on update: a field worker may be mid-visit. The app prompts instead.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/*.png'],
      manifest: {
        id: '/',
        name: 'Ghi Danh — đăng ký chi trả không dùng tiền mặt',
        short_name: 'Ghi Danh',
        description:
          'Ghi nhận phương thức chi trả an sinh xã hội tại nhà người hưởng, hoạt động cả khi không có mạng.',
        lang: 'vi',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#0f5132',
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      // Our own service worker (src/client/platform/sw.ts): precaching as generateSW would do it,
      // plus the Background Sync handler that wakes the app to drain its outbox.
      strategies: 'injectManifest',
      srcDir: 'src/client/platform',
      filename: 'sw.ts',
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,wasm,json,webmanifest}'],
        maximumFileSizeToCacheInBytes: 12 * 1024 * 1024,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  worker: { format: 'es' },
  server: {
    proxy: { '/api': 'http://localhost:8080' },
  },
});
