package vn.ptdv.review.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApportionTest {
    @Test
    void splitsExactlyByLargestRemainder() {
        // 10 by 1:1:1 -> 3.33 each; the one leftover goes to the first (ties to the lower index).
        assertThat(Apportion.largestRemainder(10, new int[] {1, 1, 1})).containsExactly(4, 3, 3);
        // 850 by 132:175:88 (sum 395): 284.05, 376.58, 189.37 -> floors 284, 376, 189 (849), leftover to 376.58.
        assertThat(Apportion.largestRemainder(850, new int[] {132, 175, 88})).containsExactly(284, 377, 189);
    }
}
