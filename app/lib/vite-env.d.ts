/// <reference types="vite/client" />
interface ImportMetaEnv {
  readonly VITE_SUPABASE_URL?: string;
  readonly VITE_SUPABASE_ANON_KEY?: string;
}

// A part of a language's shared strings (scripts/vite-string-parts.ts).
declare module '*.json?strings=shared' {
  const strings: Record<string, unknown>;
  export default strings;
}
declare module '*.json?strings=errors' {
  const strings: { errors: Record<string, unknown> };
  export default strings;
}
