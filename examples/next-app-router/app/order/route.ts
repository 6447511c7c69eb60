import { isEsimApiError, variantPrice } from 'esim-picker/core';
import { serverEsimClient } from '../../lib/esim';

/**
 * The partner's order endpoint: the form posts only the variant id, and the server reads the plan and its
 * price again from the API (never trusting a price from the browser) before it would place the order.
 */
export async function POST(request: Request): Promise<Response> {
  const form = await request.formData();
  const raw = form.get('variant_id');
  const id = typeof raw === 'string' && /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : undefined;
  // An id no plan can have (past 2^53) is the form's problem, not the API's: answered here, never as a 502.
  if (id === undefined || !Number.isSafeInteger(id)) return Response.json({ error: 'Choose a plan first.' }, { status: 400 });
  try {
    const variant = await serverEsimClient().getVariant(id);
    const price = variantPrice(variant);
    return Response.json({
      order: { variant_id: variant.id, amount: variant.amount },
      walletDebit: price.discounted,
      walletDebitMinor: price.discountedMinor,
    });
  } catch (error) {
    // Nothing is ordered without a price read just now. The traveller gets a sentence the checkout can show; the
    // server log gets the client's error (its message never holds the token).
    if (isEsimApiError(error) && error.status === 404) {
      return Response.json({ error: 'This plan is no longer sold. Please choose another.' }, { status: 409 });
    }
    console.warn('order: could not re-price the plan', error);
    return Response.json({ error: 'We could not confirm the price just now. Nothing was charged; please try again.' }, { status: 502 });
  }
}
