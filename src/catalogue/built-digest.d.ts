/** SHA-256 (hex) of public/catalogue.json as built, set by vite.config.ts (`define`). */
declare const __CATALOGUE_SHA256__: string
