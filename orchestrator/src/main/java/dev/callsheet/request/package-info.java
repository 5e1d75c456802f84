/**
 * The core: media items, the requests inside them, a series' episodes, their states, the transition
 * tables and the pure decider. The pipeline calls {@link dev.callsheet.request.Decider#decide} once
 * per fact and stores the {@link dev.callsheet.request.MediaItem} it returns; a wall-clock
 * punctuator calls {@link dev.callsheet.request.Decider#tick} for every stored item, since air
 * dates pass without a fact. No Spring, Kafka, Reactor or clock in here (an ArchUnit test says so):
 * the same facts always give the same decisions, so the pipeline can be replayed.
 */
package dev.callsheet.request;
