package vn.dangvu.bench;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The measurements of one page: latency percentiles, throughput, SQL statements per request. Over several
 * runs, the median of each figure and the lowest and highest p50 and p95 (the spread).
 */
record Result(
        String page,
        String role,
        long budgetMs,
        int requests,
        int errors,
        double p50,
        double p95,
        double max,
        double rps,
        int minStatements,
        int maxStatements,
        int runs,
        double p50Low,
        double p50High,
        double p95Low,
        double p95High,
        double rawSqlMs) {

    /** One page over several runs: the median of each figure, the spread of p50 and p95, the highest max, errors summed. */
    static Result medianOf(List<Result> runs) {
        Result first = runs.get(0);
        return new Result(
                first.page,
                first.role,
                first.budgetMs,
                runs.stream().mapToInt(Result::requests).sum(),
                runs.stream().mapToInt(Result::errors).sum(),
                median(runs.stream().mapToDouble(Result::p50).toArray()),
                median(runs.stream().mapToDouble(Result::p95).toArray()),
                runs.stream().mapToDouble(Result::max).max().orElse(Double.NaN),
                median(runs.stream().mapToDouble(Result::rps).toArray()),
                first.minStatements,
                first.maxStatements,
                runs.size(),
                runs.stream().mapToDouble(Result::p50).min().orElse(Double.NaN),
                runs.stream().mapToDouble(Result::p50).max().orElse(Double.NaN),
                runs.stream().mapToDouble(Result::p95).min().orElse(Double.NaN),
                runs.stream().mapToDouble(Result::p95).max().orElse(Double.NaN),
                first.rawSqlMs);
    }

    /** The same figures with the statement counts of the separate counting pass. */
    Result withStatements(int min, int max) {
        return new Result(
                page, role, budgetMs, requests, errors, p50, p95, this.max, rps, min, max, runs, p50Low, p50High,
                p95Low, p95High, rawSqlMs);
    }

    /**
     * The same figures with the time the database spent on the page's SQL statements per request (one user,
     * one request after another, measured with pg_stat_statements in the counting pass).
     */
    Result withRawSql(double ms) {
        return new Result(
                page,
                role,
                budgetMs,
                requests,
                errors,
                p50,
                p95,
                max,
                rps,
                minStatements,
                maxStatements,
                runs,
                p50Low,
                p50High,
                p95Low,
                p95High,
                ms);
    }

    /** The page's p50 over its raw SQL time: how far the page is from the limit its SQL sets. */
    double p50OverSql() {
        return rawSqlMs > 0 ? p50 / rawSqlMs : Double.NaN;
    }

    private String rawSql() {
        return Double.isNaN(rawSqlMs) ? "–" : String.format(Locale.ROOT, "%.2f", rawSqlMs);
    }

    private String ratio() {
        return Double.isNaN(p50OverSql()) ? "–" : String.format(Locale.ROOT, "%.1f", p50OverSql());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /**
     * @param samples the requests of users who pause between clicks: the latencies
     * @param saturated the requests of the same users without pauses, taking {@code wallNanos}: the req/s
     */
    static Result of(
            String page,
            String role,
            long budgetMs,
            List<Client.Sample> samples,
            List<Client.Sample> saturated,
            long wallNanos) {
        double[] ms =
                samples.stream().mapToDouble(s -> s.nanos() / 1e6).sorted().toArray();
        int errors = (int) Stream.concat(samples.stream(), saturated.stream())
                .filter(s -> s.status() != 200)
                .count();
        double seconds = wallNanos / (double) TimeUnit.SECONDS.toNanos(1);
        double p50 = percentile(ms, 50);
        double p95 = percentile(ms, 95);
        return new Result(
                page,
                role,
                budgetMs,
                samples.size(),
                errors,
                p50,
                p95,
                ms[ms.length - 1],
                saturated.size() / seconds,
                -1,
                -1,
                1,
                p50,
                p50,
                p95,
                p95,
                Double.NaN);
    }

    /** The budget of issue 9: the p95 for pages, every request for the export. */
    boolean withinBudget() {
        return errors == 0 && (page.endsWith("xlsx") ? max : p95) < budgetMs;
    }

    String statements() {
        return minStatements == maxStatements ? String.valueOf(minStatements) : minStatements + "–" + maxStatements;
    }

    String line() {
        return String.format(
                Locale.ROOT,
                "%-24s p50 %7.1f ms (%.1f–%.1f)  p95 %7.1f ms (%.1f–%.1f)  max %7.1f ms  %6.1f req/s  %s statements"
                        + "  %d errors  %s",
                page,
                p50,
                p50Low,
                p50High,
                p95,
                p95Low,
                p95High,
                max,
                rps,
                statements(),
                errors,
                withinBudget() ? "within budget" : "OVER BUDGET");
    }

    /**
     * The columns the table and the CSV share: requests, errors, p50 and p95 (medians of the runs) with their
     * spreads, max, req/s, raw SQL ms per request and p50 ÷ raw SQL ("–" where not measured), SQL statements
     * (last, for the comparison between scales).
     */
    private String figures(String separator) {
        return String.format(
                Locale.ROOT,
                String.join(
                        separator,
                        "%d",
                        "%d",
                        "%.1f",
                        "%.1f–%.1f",
                        "%.1f",
                        "%.1f–%.1f",
                        "%.1f",
                        "%.1f",
                        "%s",
                        "%s",
                        "%s"),
                requests,
                errors,
                p50,
                p50Low,
                p50High,
                p95,
                p95Low,
                p95High,
                max,
                rps,
                rawSql(),
                ratio(),
                statements());
    }

    static String table(List<Result> results) {
        StringBuilder table = new StringBuilder(
                "| page | as | requests | errors | p50 ms (median) | p50 spread | p95 ms (median) | p95 spread | max ms"
                        + " | req/s | raw SQL ms | p50 ÷ SQL | SQL statements | budget | |\n"
                        + "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
        for (Result r : results) {
            table.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %s < %d ms | %s |%n",
                    r.page,
                    r.role,
                    r.figures(" | "),
                    r.page.endsWith("xlsx") ? "each" : "p95",
                    r.budgetMs,
                    r.withinBudget() ? "ok" : "**over**"));
        }
        return table.toString();
    }

    static String csv(List<Result> results) {
        StringBuilder csv = new StringBuilder(
                "page,requests,errors,p50_ms,p50_spread,p95_ms,p95_spread,max_ms,rps,raw_sql_ms,p50_over_sql,statements\n");
        for (Result r : results) {
            // quoted: a page's name may hold a comma ("summary, recomputing after writes")
            csv.append(String.format(Locale.ROOT, "\"%s\",%s%n", r.page.replace("\"", "\"\""), r.figures(",")));
        }
        return csv.toString();
    }

    private static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }
}
