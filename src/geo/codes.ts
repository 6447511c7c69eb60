/**
 * ISO 3166-1 alpha-3 → alpha-2, plus XKX → XK (Kosovo, user-assigned but sold by eSIM vendors).
 * Packed to keep the bundle small: one space-separated group per first letter, holding each code's
 * last two letters, then — only where the alpha-2 code is not the alpha-3 code's first two
 * letters — its alpha-2 in lower case: one letter when only the second differs (ABW → "BWw" → AW),
 * both when the first does too (COM → "OMkm" → KM).
 */
const PACKED =
  'ABWwFGGOoIALAxLBNDdREeRGRMmSMTAqTFtfTGgUSUTtZE BDIiELENjESqFAGDdGRHRHSsIHaLMLRyLZzMUOLRARBbRNnTNVTWA CAFfANCKHEHLlHNnIVMRODdOGgOKkOLOMkmPVvRIUBUWwXRYMkyYPZE DEUJIMANKkOMZA ECUGYRISHhSPSTeTH FINJILKkRAROoSMm GABBREOGYHAIBINnLPpMBNBwNQqRCRDdRLlTMUFfUMUYy HKGMDNDRVTIUN IDNMNNDOTRLeRNRQqSLSRlTA JAMmEYORPN KAZzENGZHMIRNAORrWT LAOBNBRrBYyCAIEKASOTUUXVA MACoAFfARCODADGgDVvEXxHLKDLILTtMRNEeNGNPpOZzRTSRTQqUSWIYSYTyt NAMCLERFKGAICIUuLDORPLRUZL OMN PAKkANCNnERHLLWwNGgOLlRIRKkpRTtRYySEYFf QAT REUOUUSWA SAUDNENnGPGSgsHNJMLBbLELVvMROMPMpmRBrsSDTPURrVKkVNiWEeWZzXMYCcYR TCACDdGOHAJKKLKMmLSONTOUNnURrUVvWNZA UGAKRaMIRYySAZB VATCTENGBIRNMUT WLFfSM XKX YEM ZAFMBWE';

let table: Map<string, string> | undefined;

// Parsed on first use rather than at import, so importing the library costs nothing here.
const load = (): Map<string, string> => {
  if (!table) {
    table = new Map();
    for (const group of PACKED.split(' ')) {
      const first = group[0]!;
      for (const [, rest, alpha2 = ''] of group.slice(1).matchAll(/([A-Z]{2})([a-z]*)/g)) {
        table.set(first + rest, (alpha2[1] ? alpha2 : first + (alpha2 || rest![0])).toUpperCase());
      }
    }
  }
  return table;
};

/** The alpha-2 code of an ISO 3166-1 alpha-3 code (case-insensitive), or `undefined`. */
export const alpha3ToAlpha2 = (code: string): string | undefined => load().get(code.toUpperCase());

/** A country code as the API writes it (`" jpn "` → `"JPN"`), from a host's prop or URL; null for none. */
export const normalCountryCode = (code: string | null | undefined): string | null => code?.trim().toUpperCase() || null;

/** Every alpha-3 code the table knows, in alphabetical order. */
export const countryCodes = (): string[] => [...load().keys()];
