export interface ParsedModule {
  hasUseClient: boolean;
  firstIsUseClient: boolean;
  imports: { source: string; names: string[]; reExport: boolean }[];
}
export declare function parseModule(code: string): ParsedModule;
export declare function checkModules(modules: Map<string, string>, serverEntries: string[]): string[];
export declare function entryFiles(
  distDir: string,
  pkg: { exports: Record<string, string | { default: string }> },
): { name: string; file: string }[];
