package dev.callsheet.adapters.nzbget;

/**
 * NZBGet's JSON-RPC answer: {@code result}, or {@code error} when the method refused the call. Both
 * come with HTTP 200.
 */
record RpcAnswer<R>(R result, RpcError error) {

    /** Why a method refused the call. */
    record RpcError(String name, Integer code, String message) {}
}
