/**
 * Webhook intake: authenticate the sender, bound and check the body, write it raw and durably to
 * {@code inbound}, answer 202 only after the broker acknowledged. Nothing here reads a body's
 * meaning: the parsers live in {@code normalise}, which the pipeline runs, so that a parser bug never
 * loses a webhook.
 */
package dev.callsheet.intake;
