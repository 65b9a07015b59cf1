package vn.ptdv.review.bench;

import java.util.Arrays;
import java.util.List;

/** Median and range of repeated measurements (wall seconds, memory). */
public record Stats(double median, double min, double max, int n) {
    public static Stats of(List<Double> values) {
        if (values.isEmpty()) throw new IllegalArgumentException("no measurements");
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        int n = v.length;
        // The middle value; with an even count, the mean of the two middle ones.
        double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        return new Stats(median, v[0], v[n - 1], n);
    }
}
