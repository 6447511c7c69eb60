export { EsimPicker, type EsimPickerProps, type EsimPickerStep } from './EsimPicker.js';
