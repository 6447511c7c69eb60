import type { ReactNode } from 'react';
import { headers } from 'next/headers';
import 'esim-picker/styles.css';
import './site.css';
import { localeFrom } from '../lib/esim';

export const metadata = { title: 'Checkout · eSIM' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = localeFrom((await headers()).get('accept-language'));
  return (
    <html lang={locale}>
      <body>{children}</body>
    </html>
  );
}
