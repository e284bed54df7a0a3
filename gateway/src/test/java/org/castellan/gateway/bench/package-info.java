/**
 * The gateway load benchmark, run by {@code bench/gateway-load.sh} and recorded in {@code docs/BENCHMARKS.md}; never
 * by the test suite (no class here is a test). Two JVMs: {@link org.castellan.gateway.bench.GatewayUnderLoad} runs a
 * {@link org.castellan.gateway.ModemListener} on 127.0.0.1 and answers a small line protocol on a control socket
 * (sessions online, heap after GC, open file descriptors, counters, in-process probes);
 * {@link org.castellan.gateway.bench.LoadGenerator} drives it with the {@code irz} emulator fleet and plain poller
 * sockets, one phase per run: sessions up to the open-file limit with per-modem poller ports or through the shared
 * poller port, relay latency against a direct TCP echo, and a reconnect storm.
 */
package org.castellan.gateway.bench;
