import { useState } from 'react';
import { EsimPicker, type PlanSelection } from 'esim-picker';
import './app.css';

export function App() {
  const [selection, setSelection] = useState<PlanSelection | null>(null);
  return (
    <main className="page">
      <h1>Stay connected abroad</h1>
      <EsimPicker name="variant_id" onChange={setSelection} />
      <p role="status" data-testid="selection">
        {selection ? `${selection.product.name}: ${selection.variant.name}, ${selection.price.discounted}` : 'No plan chosen yet.'}
      </p>
    </main>
  );
}
