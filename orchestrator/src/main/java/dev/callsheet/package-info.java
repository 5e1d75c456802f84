/**
 * The Callsheet orchestrator. Packages by capability: {@code intake} (webhook endpoints and the
 * parsers of each source), {@code pipeline} (the Kafka Streams topology), {@code request} (the
 * pure core: states, transition table, decider), {@code api} (the read side), {@code source}
 * (configured instances and their health), {@code broker} (the in-process Kafka), {@code config}.
 */
package dev.callsheet;
