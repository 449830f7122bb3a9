/** The version-fact components, for MDX pages: `import { Version, VersionsTable } from '../src/components/versions.ts';` */
export { default as Version } from './Version.astro';
export { default as VersionsTable } from './VersionsTable.astro';
