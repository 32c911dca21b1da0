/** Types of bin/build-desk.mjs, for the TypeScript that imports it (tests, the CDK app). */
export interface DeskBundleSizes {
  readonly 'desk.js': { readonly raw: number; readonly gzip: number };
  readonly 'desk.css': { readonly raw: number; readonly gzip: number };
  /** The gzipped script and style sheet together: CONTRACT.md §5 `deskBundleBytes`. */
  readonly gzipTotal: number;
}
export declare const ROOT: string;
export declare const DESK_SRC: string;
/** dist/desk/, where npm ci builds the page. */
export declare const DESK_OUT: string;
/** Builds the page into `outDir` (default {@link DESK_OUT}), replacing it whole. */
export declare function buildDesk(outDir?: string): Promise<DeskBundleSizes>;
export declare function deskBundleSizes(outDir?: string): DeskBundleSizes;
