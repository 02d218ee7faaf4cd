/**
 * @module @medcode/forms
 * Paper claim forms from the claim model: the 1500 Claim Form (02/12), "CMS-1500", for
 * professional claims, as PDF.
 */
export {
  type Check,
  type Cms1500Line,
  type Cms1500Page,
  cms1500Pages,
  formDate,
  formName,
  LINES_PER_PAGE,
} from './cms1500/fields.ts';
export { cms1500Unfit, type RenderOptions, renderCms1500 } from './cms1500/render.ts';
