import { launch } from '/work/wt-kern-design/tests/helpers/browser.ts';
import { serve } from '/work/wt-kern-design/tests/helpers/serve.ts';
const [, , width, ...pages] = process.argv;
const server = await serve('/work/wt-kern-design/dist');
const browser = await launch();
const page = await browser.newPage({ viewport: { width: Number(width), height: 1000 } });
for (const p of pages) {
  const [pfad, y = '0'] = p.split('@');
  await page.goto(server.url + pfad, { waitUntil: 'networkidle' });
  await page.evaluate((yy) => window.scrollTo(0, Number(yy)), y);
  await page.screenshot({ path: `/tmp/kern-v-${pfad.replace(/[^a-z0-9]+/gi, '-')}-${width}-${y}.png` });
}
await browser.close(); await server.close();
