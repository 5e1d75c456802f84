package dev.callsheet.adapters.nzbget;

import java.util.List;

/** A JSON-RPC request as NZBGet reads it: positional parameters only, all of them mandatory. */
record RpcCall(String method, List<Object> params, int id) {}
