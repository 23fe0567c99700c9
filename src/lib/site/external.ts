/** Every link to another site opens without telling it where the reader came from: one rel for pages, prose and entry bodies. */
export const EXTERNAL_REL = 'noopener noreferrer external';
