/**
 * Benchmarks, run by the scripts in {@code bench/} and recorded in {@code docs/BENCHMARKS.md}; never by the test
 * suite: {@link org.castellan.tem106.bench.ArchiveReadBenchmark} (a 9600-baud line with a 300 ms round trip against
 * its wire-time lower bound) and {@link org.castellan.tem106.bench.DecoderBenchmark} (JMH, decoder throughput).
 */
package org.castellan.tem106.bench;
