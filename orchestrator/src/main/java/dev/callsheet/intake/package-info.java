/**
 * Webhook intake: authenticate the sender, bound and check the body, write it raw and durably to
 * {@code inbound}, answer 202 only after the broker acknowledged. One sub-package per source holds
 * that source's parser, which the pipeline runs: a parser bug never loses a webhook, because the raw
 * body is already in Kafka.
 */
package dev.callsheet.intake;
