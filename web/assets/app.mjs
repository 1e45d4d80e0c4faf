// Progressive enhancement only: every page works without this file.
import { initAll } from "./govuk-frontend.min.js";
import { enhanceSearch } from "./live-search.mjs";
import { enhanceCopyButtons } from "./copy.mjs";

initAll();
enhanceCopyButtons();

const searchForm = document.querySelector("form[data-app-live-search]");
if (searchForm) {
  enhanceSearch(searchForm, initAll);
}
