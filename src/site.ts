/** The site's configuration for this build, read once from the environment (see config.ts). */
import { readSiteConfig } from './config';

export const siteConfig = readSiteConfig();

export const SITE = {
  name: 'Papershelf',
} as const;
