/**
 * The "Help in a crisis" page's id (its file name in content/pages). In its
 * own module, free of build-time settings, so browser scripts can use it too.
 */
export const CRISIS_PAGE_ID = 'help-in-a-crisis';
