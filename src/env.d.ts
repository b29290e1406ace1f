/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The page being rendered, for components used inside MDX (contents list, pagination). */
    page?: import('./lib/navigation.ts').NavNode;
  }
}

declare module 'virtual:editor-page-labels' {
  /** Each page's label in the editor's page pickers, by slug (src/integrations/editor-page-labels.ts). */
  const labels: Readonly<Record<string, string>>;
  export default labels;
}
