export { PlanPicker, type PlanPickerProps } from './PlanPicker.js';
export { PlanPickerEmpty, PlanPickerError, PlanPickerLoading, PlanPickerOption, PlanPickerOptions, PlanPickerSort } from './parts.js';
export type {
  PlanPickerErrorProps,
  PlanPickerLoadingProps,
  PlanPickerMessageProps,
  PlanPickerOptionProps,
  PlanPickerOptionsProps,
  PlanPickerSortProps,
} from './parts.js';
export { usePlanPicker } from './usePlanPicker.js';
export type { PlanOptionState, PlanPickerState, PlanPickerStatus, UsePlanPickerOptions } from './usePlanPicker.js';
export type { PlanOption, PlanSelection, PlanSort } from './options.js';
