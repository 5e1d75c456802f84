/**
 * The read side under {@code /api}: request views and timelines, media items, sources and dead
 * letters, served from the pipeline's state stores. A key another instance owns is fetched from
 * that instance; lists are gathered from every instance.
 */
package dev.callsheet.readside;
