/**
 * Carries out the commands the pipeline writes to {@code commands}: a spring-kafka listener runs
 * each with the typed clients of the {@code adapters} module and writes what it learned, or how the
 * attempt failed, back to {@code inbound} as a {@link dev.callsheet.events.command.CommandOutcome}, so
 * that results reach the pipeline on the same durable path as webhooks. Failed attempts are retried
 * through non-blocking retry topics with exponential back-off; commands that are given up end in
 * {@code commands-dlt}.
 */
package dev.callsheet.command;
