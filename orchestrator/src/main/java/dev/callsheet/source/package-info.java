/**
 * The outside services Callsheet knows: named instances declared once in configuration, and what was
 * last heard from each ({@code GET /api/sources}).
 */
package dev.callsheet.source;
