package io.shoponevents.benchmark;

import io.shoponevents.benchmark.TimeBuckets.Bucket;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Latency percentiles over time as a self-contained SVG line chart: one polyline per percentile, axes and a legend. */
final class SvgPlot {

    private static final int WIDTH = 800, HEIGHT = 420, LEFT = 70, RIGHT = 150, TOP = 40, BOTTOM = 50;
    private static final int Y_TICKS = 5;

    private record Series(String label, String colour, Function<LatencySummary, Duration> value) {}

    private static final List<Series> SERIES = List.of(
            new Series("p50", "#1f77b4", LatencySummary::p50),
            new Series("p90", "#ff7f0e", LatencySummary::p90),
            new Series("p99", "#d62728", LatencySummary::p99));

    private SvgPlot() {}

    static String render(String title, List<Bucket> buckets, Duration bucketWidth) {
        double seconds = buckets.isEmpty()
                ? bucketWidth.toSeconds()
                : buckets.get(buckets.size() - 1).start().plus(bucketWidth).toMillis() / 1000.0;
        double maxMillis = niceCeiling(buckets.stream()
                .mapToDouble(bucket -> millis(bucket.summary().p99()))
                .max()
                .orElse(1));
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                        + " font-family=\"sans-serif\" font-size=\"12\">%n",
                WIDTH,
                HEIGHT,
                WIDTH,
                HEIGHT));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(text(WIDTH / 2.0 - RIGHT / 2.0, 24, "middle", "bold", escape(title)));
        axes(svg, seconds, maxMillis, bucketWidth);
        for (int i = 0; i < SERIES.size(); i++) {
            Series series = SERIES.get(i);
            StringBuilder points = new StringBuilder();
            for (Bucket bucket : buckets) {
                double middle = (bucket.start().toMillis() + bucketWidth.toMillis() / 2.0) / 1000.0;
                points.append(String.format(
                        Locale.ROOT,
                        "%.1f,%.1f ",
                        x(middle, seconds),
                        y(millis(series.value().apply(bucket.summary())), maxMillis)));
            }
            svg.append(String.format(
                    "<polyline class=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>%n",
                    series.label(), series.colour(), points.toString().trim()));
            double legendY = TOP + 20 + i * 20;
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                    WIDTH - RIGHT + 20,
                    legendY,
                    WIDTH - RIGHT + 45,
                    legendY,
                    series.colour()));
            svg.append(text(WIDTH - RIGHT + 52, legendY + 4, "start", "normal", series.label()));
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void axes(StringBuilder svg, double seconds, double maxMillis, Duration bucketWidth) {
        int bottom = HEIGHT - BOTTOM, right = WIDTH - RIGHT;
        svg.append(String.format(
                "<path d=\"M%d %d V%d H%d\" fill=\"none\" stroke=\"black\"/>%n", LEFT, TOP, bottom, right));
        for (int i = 0; i <= Y_TICKS; i++) {
            double value = maxMillis * i / Y_TICKS;
            double y = y(value, maxMillis);
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n",
                    LEFT,
                    y,
                    right,
                    y));
            svg.append(text(LEFT - 6, y + 4, "end", "normal", format(value)));
        }
        double step = bucketWidth.toMillis() / 1000.0;
        while (seconds / step > 12) {
            step *= 2;
        }
        for (double s = 0; s <= seconds + 1e-9; s += step) {
            svg.append(text(x(s, seconds), bottom + 18, "middle", "normal", format(s)));
        }
        svg.append(text(
                (LEFT + right) / 2.0,
                HEIGHT - 10,
                "middle",
                "normal",
                "seconds since the first measured checkout (" + bucketWidth.toSeconds() + "-s buckets)"));
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"16\" y=\"%.1f\" text-anchor=\"middle\" transform=\"rotate(-90 16 %.1f)\">"
                        + "checkout to CONFIRMED (ms)</text>%n",
                (TOP + bottom) / 2.0,
                (TOP + bottom) / 2.0));
    }

    /** The smallest of 1, 2, 5 times a power of ten at or above {@code value}. */
    static double niceCeiling(double value) {
        if (value <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (factor * magnitude >= value) {
                return factor * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static double x(double seconds, double totalSeconds) {
        return LEFT + (WIDTH - LEFT - RIGHT) * seconds / totalSeconds;
    }

    private static double y(double millis, double maxMillis) {
        return HEIGHT - BOTTOM - (HEIGHT - BOTTOM - TOP) * millis / maxMillis;
    }

    private static double millis(Duration duration) {
        return duration.toNanos() / 1_000_000.0;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String text(double x, double y, String anchor, String weight, String content) {
        return String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-weight=\"%s\">%s</text>%n",
                x,
                y,
                anchor,
                weight,
                content);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
