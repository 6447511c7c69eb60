export {
  PlanPicker,
  PlanPickerEmpty,
  PlanPickerError,
  PlanPickerLoading,
  PlanPickerOption,
  PlanPickerOptions,
  PlanPickerSort,
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
export type { PlanOption, PlanSelection, PlanSort } from './options.js';
