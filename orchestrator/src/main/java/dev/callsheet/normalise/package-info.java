/**
 * The vendor parsers the pipeline's normalise stage runs: one sub-package per source turns a raw
 * {@code inbound} body into Callsheet's own facts ({@link dev.callsheet.normalise.ParsedWebhook}),
 * or says why it cannot ({@link dev.callsheet.normalise.UnparseableWebhook}). Vendor words and
 * vendor DTOs stay here. Intake shares only {@link dev.callsheet.normalise.FormFields}, to check that
 * a script's form is well-formed before it is stored.
 */
package dev.callsheet.normalise;
