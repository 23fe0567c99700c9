// The Korean feed: the same endpoint, rendered in Korean (src/middleware.ts picks the language from the path).
export { GET } from '../feed.xml';
