/**
 * ISO 3166-1 alpha-3 → alpha-2, plus XKX → XK (Kosovo, user-assigned but sold by eSIM vendors).
 * Packed to keep the bundle small: each entry is the alpha-3 code, followed by the alpha-2 code
 * in lower case only when it is not the alpha-3 code's first two letters (ABW → AW, AFG → AF).
 */
const PACKED =
  'ABWawAFGAGOaoAIAALAaxALBANDadAREaeARGARMamASMATAaqATFtfATGagAUSAUTatAZEBDIbiBELBENbjBESbqBFABGDbdBGRBHRBHSbsBIHbaBLMBLRbyBLZbzBMUBOLBRABRBbbBRNbnBTNBVTBWACAFcfCANCCKCHECHLclCHNcnCIVCMRCODcdCOGcgCOKckCOLCOMkmCPVcvCRICUBCUWcwCXRCYMkyCYPCZEDEUDJIDMADNKdkDOMDZAECUEGYERIESHehESPESTeeETHFINFJIFLKfkFRAFROfoFSMfmGABGBRGEOGGYGHAGIBGINgnGLPgpGMBGNBgwGNQgqGRCGRDgdGRLglGTMGUFgfGUMGUYgyHKGHMDHNDHRVHTIHUNIDNIMNINDIOTIRLieIRNIRQiqISLISRilITAJAMjmJEYJORJPNKAZkzKENKGZKHMKIRKNAKORkrKWTLAOLBNLBRlrLBYlyLCALIELKALSOLTULUXLVAMACmoMAFmfMARMCOMDAMDGmgMDVmvMEXmxMHLMKDMLIMLTmtMMRMNEmeMNGMNPmpMOZmzMRTMSRMTQmqMUSMWIMYSMYTytNAMNCLNERNFKNGANICNIUnuNLDNORNPLNRUNZLOMNPAKpkPANPCNpnPERPHLPLWpwPNGpgPOLplPRIPRKkpPRTptPRYpyPSEPYFpfQATREUROURUSRWASAUSDNSENsnSGPSGSgsSHNSJMSLBsbSLESLVsvSMRSOMSPMpmSRBrsSSDSTPSURsrSVKskSVNsiSWEseSWZszSXMSYCscSYRTCATCDtdTGOTHATJKTKLTKMtmTLSTONTTOTUNtnTURtrTUVtvTWNTZAUGAUKRuaUMIURYuyUSAUZBVATVCTVENVGBVIRVNMVUTWLFwfWSMXKXYEMZAFZMBZWE';

let table: Map<string, string> | undefined;

function isLower(charCode: number): boolean {
  return charCode >= 97 && charCode <= 122;
}

// Parsed on first use rather than at import, so importing the library costs nothing here.
function load(): Map<string, string> {
  if (table) return table;
  table = new Map();
  let i = 0;
  while (i < PACKED.length) {
    const alpha3 = PACKED.slice(i, i + 3);
    i += 3;
    if (isLower(PACKED.charCodeAt(i))) {
      table.set(alpha3, PACKED.slice(i, i + 2).toUpperCase());
      i += 2;
    } else {
      table.set(alpha3, alpha3.slice(0, 2));
    }
  }
  return table;
}

/** The alpha-2 code of an ISO 3166-1 alpha-3 code (case-insensitive), or `undefined`. */
export function alpha3ToAlpha2(code: string): string | undefined {
  return load().get(code.toUpperCase());
}

/** Every alpha-3 code the table knows, in alphabetical order. */
export function countryCodes(): string[] {
  return [...load().keys()];
}
