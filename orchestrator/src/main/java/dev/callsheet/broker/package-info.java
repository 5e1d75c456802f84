/**
 * The in-process Kafka broker Callsheet starts when no Kafka is configured, so that one command runs
 * the whole thing and the integration tests talk to a real broker without Docker.
 */
package dev.callsheet.broker;
