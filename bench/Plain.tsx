// The floor: what a developer writes by hand in ten minutes. Every option in the DOM (no
// virtualisation), flag emoji + name, a lowercase `includes` filter. It reads the catalogue through
// the same provider and query cache as CountryList so both pay for the same data path.
import { useId, useMemo, useState } from 'react';
import { countryFlag, countryName } from '../src/geo/index.js';
import { useCatalogue } from '../src/query/index.js';

export function PlainList() {
  const { data } = useCatalogue();
  const [query, setQuery] = useState('');
  const listId = useId();
  const items = useMemo(
    () =>
      (data?.products ?? []).map((product) => {
        const name = countryName(product.country_code, 'en-US', product.name);
        return { product, name, flag: countryFlag(product.country_code), lower: `${name} ${product.name}`.toLowerCase() };
      }),
    [data],
  );
  const needle = query.trim().toLowerCase();
  const shown = needle ? items.filter((item) => item.lower.includes(needle)) : items;
  return (
    <div>
      <input
        type="search"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-label="Search destinations"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {/* A bounded scroll box like a real picker's, so layout cost is comparable; all options still render. */}
      <ul id={listId} role="listbox" aria-label="Destinations" style={{ maxHeight: 400, overflow: 'auto', margin: 0, padding: 0 }}>
        {shown.map(({ product, name, flag }) => (
          <li key={product.id} role="option" aria-selected="false" style={{ listStyle: 'none', padding: '8px 12px' }}>
            <span aria-hidden="true">{flag}</span> {name}
            <small style={{ display: 'block' }}>{product.name}</small>
          </li>
        ))}
      </ul>
    </div>
  );
}
