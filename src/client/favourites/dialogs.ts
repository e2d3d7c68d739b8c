/** The favourites page's questions use the site's dialog (client/dialog.ts, components/Dialog.astro). */
export { ask, askName, confirmed } from '../dialog';
