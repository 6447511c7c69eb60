export {
  PlanPicker,
  PlanPickerDetails,
  PlanPickerEmpty,
  PlanPickerError,
  PlanPickerLoading,
  PlanPickerOption,
  PlanPickerOptions,
  PlanPickerSort,
  type PlanPickerDetailsProps,
  type PlanPickerErrorProps,
  type PlanPickerLoadingProps,
  type PlanPickerMessageProps,
  type PlanPickerOptionProps,
  type PlanPickerOptionsProps,
  type PlanPickerProps,
  type PlanPickerSortProps,
} from './PlanPicker.js';
export { usePlanPicker } from './usePlanPicker.js';
export type { PlanOptionState, PlanPickerState, PlanPickerStatus, UsePlanPickerOptions } from './usePlanPicker.js';
export type { PlanOption, PlanSelection, PlanSort, UnpricedPlan } from './options.js';
export type { PlanDetails, PlanFact } from './details.js';
export type { PlanDetailsState, PlanDetailsStatus } from './usePlanDetails.js';
