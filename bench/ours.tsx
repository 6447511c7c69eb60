// Our components as a partner embeds them: the ready defaults, no custom parts, no-op callbacks.
import { CountryList } from '../src/components/CountryList/index.js';
import { EsimPicker } from '../src/components/EsimPicker/index.js';

const ignore = () => {};

export function OursList() {
  return <CountryList onSelect={ignore} />;
}

export function OursPicker() {
  return <EsimPicker onSelect={ignore} />;
}
