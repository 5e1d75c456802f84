/**
 * Commands the decider gives the adapters, written to the {@code commands} topic keyed by media key
 * (or by the {@link dev.callsheet.events.KeyLookup} value while the media key is still unknown). Each
 * carries an id so that a retry is recognisable and its outcome can be matched to it. What carrying
 * one out showed comes back as a {@link dev.callsheet.events.command.CommandOutcome}.
 */
package dev.callsheet.events.command;
