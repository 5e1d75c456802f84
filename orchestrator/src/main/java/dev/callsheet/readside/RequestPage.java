package dev.callsheet.readside;

import dev.callsheet.request.RequestView;
import java.util.List;

/**
 * One page of requests.
 *
 * @param next the cursor for the following page; null on the last page
 */
record RequestPage(List<RequestView> requests, String next) {}
