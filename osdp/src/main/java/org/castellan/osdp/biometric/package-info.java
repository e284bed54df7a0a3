/**
 * Biometric template formats shared by the control panel (matching in the application) and the reader emulator.
 * OSDP has no palm-vein type (shared/protocols/osdp.md, "Biometrics"), so palm templates travel in Castellan's own
 * reference format, {@link org.castellan.osdp.biometric.ReferenceTemplate}.
 */
package org.castellan.osdp.biometric;
