/**
 * Deciding requests in Callsheet: the approval queue and its decisions (read side in {@code
 * readside}), and the handlers that carry a decision to the request manager the request came from,
 * in a consumer group of their own.
 */
package dev.callsheet.approval;
