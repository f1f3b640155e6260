/**
 * Benchmarks (issue 7; results and how to read them in docs/PERFORMANCE.md). Not tests: surefire
 * skips this package, and {@code mvn -B -Pbench verify} runs it all through {@link dev.safqa.bench.BenchMain}.
 *
 * <ul>
 *   <li>JMH: {@link dev.safqa.bench.AnswerBenchmark} (answer latency on the real knowledge against
 *   the Lucene floor), {@link dev.safqa.bench.CompositionBenchmark} (where one answer's time goes),
 *   {@link dev.safqa.bench.ScaleBenchmark} (1k, 10k, 100k facts of {@link dev.safqa.bench.SyntheticKnowledge}).</li>
 *   <li>Timed directly: {@link dev.safqa.bench.ScaleReport} (index build, heap, answer
 *   latency in wall and CPU time),
 *   {@link dev.safqa.bench.EndToEnd} (the Telegram adapter against {@link dev.safqa.bench.BotApiServer},
 *   Slack HTTP mode with signed commands, RSS), {@link dev.safqa.bench.StartAndSize} (the jar).</li>
 *   <li>{@link dev.safqa.bench.Workload}: the knowledge folder and the question mix they all use.</li>
 * </ul>
 *
 * <p>Everything listens and connects on 127.0.0.1 only, every run is bounded in count and time,
 * and each component closes what it started.
 */
package dev.safqa.bench;
