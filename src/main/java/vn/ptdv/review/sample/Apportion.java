package vn.ptdv.review.sample;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Splits a whole total in proportion to weights, exactly (largest remainder; ties to the lower index). */
final class Apportion {
    private Apportion() {}

    static int[] largestRemainder(int total, int[] weights) {
        long sum = Arrays.stream(weights).asLongStream().sum();
        if (sum <= 0) throw new IllegalArgumentException("weights must add up to more than 0");
        int[] shares = new int[weights.length];
        double[] remainders = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = (double) total * weights[i] / sum;
            shares[i] = (int) Math.floor(exact);
            remainders[i] = exact - shares[i];
            given += shares[i];
        }
        Integer[] order = IntStream.range(0, weights.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -remainders[i]).thenComparing(i -> i))
                .toArray(Integer[]::new);
        for (int k = 0; k < total - given; k++) {
            shares[order[k]]++;
        }
        return shares;
    }
}
