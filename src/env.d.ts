/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The page being rendered, for components used inside MDX (contents list, pagination). */
    page?: import('./lib/navigation.ts').NavNode;
  }
}
