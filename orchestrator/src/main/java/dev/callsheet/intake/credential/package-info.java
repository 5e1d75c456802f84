/**
 * The shared secrets senders and API clients present: resolved from configuration, else from the
 * secrets file under the data directory, else generated once and written there. Compared in
 * constant time, never logged unless generated on this very start.
 */
package dev.callsheet.intake.credential;
