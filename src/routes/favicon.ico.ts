import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import sharp from 'sharp';

// Browsers and crawlers ask for /favicon.ico whatever the pages link; a PNG inside is read by every current browser.
export const GET: APIRoute = async () => {
  const png = await sharp(readFileSync('public/icon.svg')).resize(32, 32).png().toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/x-icon' } });
};
