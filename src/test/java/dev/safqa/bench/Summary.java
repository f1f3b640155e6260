package dev.safqa.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openjdk.jmh.results.RunResult;

/** The table of every figure against its target from issue 7, as Markdown. */
final class Summary {
    private final StringBuilder out = new StringBuilder();

    private Summary() {
    }

    static String table(Collection<RunResult> jmh, List<ScaleReport.Result> builds, JsonNode e2e,
                        StartAndSize.Result start, List<String> notes) {
        Summary s = new Summary();
        s.out.append("| figure | value | target | met |\n|---|---|---|---|\n");

        Optional<RunResult> answer = find(jmh, "AnswerBenchmark.answer", null);
        Optional<RunResult> floor = find(jmh, "AnswerBenchmark.floor", null);
        answer.ifPresent(a -> {
            s.row("answer on the article, p50", ms(BenchMain.percentileMs(a, 50)), "", "");
            s.row("answer on the article, p99", ms(BenchMain.percentileMs(a, 99)), "≤ 1 ms",
                    met(BenchMain.percentileMs(a, 99) <= 1.0));
        });
        floor.ifPresent(f -> s.row("floor (bare term query), p50 / p99",
                ms(BenchMain.percentileMs(f, 50)) + " / " + ms(BenchMain.percentileMs(f, 99)), "", ""));
        if (answer.isPresent() && floor.isPresent()) {
            double p50 = BenchMain.percentileMs(answer.get(), 50) / BenchMain.percentileMs(floor.get(), 50);
            double p99 = BenchMain.percentileMs(answer.get(), 99) / BenchMain.percentileMs(floor.get(), 99);
            s.row("answer / floor, at p50 (at p99)", String.format(Locale.ROOT, "%.1f (%.1f)", p50, p99), "≤ 5", met(p50 <= 5));
        }
        for (String stage : List.of("read", "retrieve", "compose", "json", "render")) {
            find(jmh, "CompositionBenchmark." + stage, null).ifPresent(r -> s.row("stage: " + stage + ", p50 / p99",
                    ms(BenchMain.percentileMs(r, 50)) + " / " + ms(BenchMain.percentileMs(r, 99)), "", ""));
        }
        for (String size : List.of("1000", "10000", "100000")) {
            Optional<RunResult> a = find(jmh, "ScaleBenchmark.answer", size);
            Optional<RunResult> f = find(jmh, "ScaleBenchmark.floor", size);
            a.ifPresent(r -> {
                double p99 = BenchMain.percentileMs(r, 99);
                s.row(String.format(Locale.ROOT, "answer at %,d facts, p50 / p99", Integer.parseInt(size)),
                        ms(BenchMain.percentileMs(r, 50)) + " / " + ms(p99),
                        size.equals("100000") ? "p99 ≤ 5 ms" : "", size.equals("100000") ? met(p99 <= 5) : "");
            });
            f.ifPresent(r -> s.row(String.format(Locale.ROOT, "floor at %,d facts, p50 / p99", Integer.parseInt(size)),
                    ms(BenchMain.percentileMs(r, 50)) + " / " + ms(BenchMain.percentileMs(r, 99)), "", ""));
        }
        for (ScaleReport.Result b : builds) {
            String size = b.facts() < 1_000 ? "the article (" + b.facts() + " facts)" : String.format(Locale.ROOT, "%,d facts", b.facts());
            ScaleReport.Latency l = b.answer();
            boolean article = b.facts() < 1_000;
            boolean big = b.facts() >= 100_000;
            s.row("answer per call, " + size + ": wall p50 / p99", ms(l.p50Ms()) + " / " + ms(l.p99Ms()),
                    article ? "p99 ≤ 1 ms" : big ? "p99 ≤ 5 ms" : "", article ? met(l.p99Ms() <= 1) : big ? met(l.p99Ms() <= 5) : "");
            s.row("answer per call, " + size + ": thread CPU p50 / p99", ms(l.cpuP50Ms()) + " / " + ms(l.cpuP99Ms()),
                    article ? "p99 ≤ 1 ms" : big ? "p99 ≤ 5 ms" : "", article ? met(l.cpuP99Ms() <= 1) : big ? met(l.cpuP99Ms() <= 5) : "");
            if (!article) {
                s.row("index build, " + size + "; heap after build (the index alone)",
                        String.format(Locale.ROOT, "%,.0f ms; %.0f MB (%.0f MB)", b.buildMs(), b.heapMb(), b.indexHeapMb()), "", "");
            }
        }
        if (e2e != null) {
            JsonNode sat = e2e.path("telegramSaturated");
            JsonNode paced = e2e.path("telegramAtTargetRate");
            JsonNode slack = e2e.path("slack");
            double ups = sat.path("updatesPerSecond").asDouble();
            s.row("Telegram end to end, updates/s (offered as fast as taken)", String.format(Locale.ROOT, "%,.0f", ups),
                    "≥ 1,000", met(ups >= 1000));
            s.row("Telegram served → sendMessage at that saturation, p50 / p99",
                    ms(sat.path("latency").path("p50Ms").asDouble()) + " / " + ms(sat.path("latency").path("p99Ms").asDouble()),
                    "", "");
            double p99 = paced.path("latency").path("p99Ms").asDouble();
            s.row(String.format(Locale.ROOT, "Telegram served → sendMessage offered %,.0f/s (achieved %,.0f/s), p50 / p99",
                            paced.path("offeredPerSecond").asDouble(), paced.path("updatesPerSecond").asDouble()),
                    ms(paced.path("latency").path("p50Ms").asDouble()) + " / " + ms(p99), "p99 < 50 ms", met(p99 < 50));
            JsonNode half = e2e.path("telegramAtHalfCapacity");
            s.row(String.format(Locale.ROOT, "Telegram served → sendMessage offered %,.0f/s (half the capacity), p50 / p99",
                            half.path("offeredPerSecond").asDouble()),
                    ms(half.path("latency").path("p50Ms").asDouble()) + " / " + ms(half.path("latency").path("p99Ms").asDouble()),
                    "", "");
            double rssStart = e2e.path("rssAfterStartMb").asDouble();
            double rssLoad = Math.max(Math.max(sat.path("rssUnderLoadMb").asDouble(), paced.path("rssUnderLoadMb").asDouble()),
                    half.path("rssUnderLoadMb").asDouble());
            s.row("RSS after start (bot JVM: " + e2e.path("jvm") + ")", String.format(Locale.ROOT, "%.0f MB", rssStart),
                    "< 256 MB", met(rssStart < 256));
            s.row("RSS under the end-to-end load (peak sampled)", String.format(Locale.ROOT, "%.0f MB", rssLoad),
                    "< 256 MB", met(rssLoad < 256));
            s.row("Slack HTTP mode, signed slash commands/s (" + slack.path("senders").asInt() + " senders)",
                    String.format(Locale.ROOT, "%,.0f", slack.path("commandsPerSecond").asDouble()), "", "");
            s.row("Slack ack, p50 / p99", ms(slack.path("ack").path("p50Ms").asDouble()) + " / "
                    + ms(slack.path("ack").path("p99Ms").asDouble()), "", "");
            s.row("Slack answer at response_url, p50 / p99", ms(slack.path("answer").path("p50Ms").asDouble()) + " / "
                    + ms(slack.path("answer").path("p99Ms").asDouble()), "", "");
        }
        if (start != null) {
            s.row("`java -jar safqa.jar ask` to the first answer (median of " + start.runs() + ")",
                    ms(start.firstAnswerMs()), "", "");
            s.row("`ask` whole process; its peak RSS", ms(start.askExitMs()) + "; "
                    + String.format(Locale.ROOT, "%.0f MB", start.askPeakRssMb()), "", "");
            s.row("`ask --json -` with stdin kept open: first answer; RSS after it", start.openFirstAnswerMs() < 0
                    ? "**no answer within 15 s** (it waits for the next line or EOF)"
                    : ms(start.openFirstAnswerMs()) + "; " + String.format(Locale.ROOT, "%.0f MB", start.openRssMb()), "", "");
            s.row(String.format(Locale.ROOT, "%,d questions through `ask --json -`, whole process", start.batchQuestions()),
                    String.format(Locale.ROOT, "%.2f s", start.batchSeconds()), "< 5 s", met(start.batchSeconds() < 5));
            s.row("shaded jar size", String.format(Locale.ROOT, "%.1f MB", start.jarMb()), "", "");
        }
        s.out.append('\n');
        notes.forEach(n -> s.out.append("- ").append(n).append('\n'));
        return s.out.toString();
    }

    private void row(String figure, String value, String target, String met) {
        out.append("| ").append(figure).append(" | ").append(value).append(" | ").append(target).append(" | ")
                .append(met).append(" |\n");
    }

    private static Optional<RunResult> find(Collection<RunResult> results, String benchmark, String facts) {
        return results.stream()
                .filter(r -> r.getParams().getBenchmark().endsWith(benchmark))
                .filter(r -> facts == null || facts.equals(r.getParams().getParam("facts")))
                .findFirst();
    }

    private static String ms(double ms) {
        if (ms < 1) {
            return String.format(Locale.ROOT, "%.0f µs", ms * 1000);
        }
        return ms < 100 ? String.format(Locale.ROOT, "%.2f ms", ms) : String.format(Locale.ROOT, "%,.0f ms", ms);
    }

    private static String met(boolean met) {
        return met ? "met" : "**not met**";
    }
}
